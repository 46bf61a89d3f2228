package assessment

import (
	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
)

// The fast path of scoring. An inspection as inspectors record it is
// regular: at most one observation per item, each with the fields of its
// item's method and nothing else, every proportional item observed, every
// level known. For it, quickScore scores in three passes over the items
// (match the observations, score, write the result) plus, when findings
// score items, one pass over the findings, with no error bookkeeping. The
// first thing out of the ordinary abandons it before the result is
// touched, and [Assessor.ScoreTo] scores the inspection again by the full
// path, which reports every problem. The fast path decides nothing the
// full path would decide differently: TestFastScoreAgrees and
// FuzzFastScore hold it to that.

// quickScore scores in, when it is regular, into dst and reports true;
// otherwise it reports false and leaves dst alone. slots is cleared working
// memory, one per item.
func (a *Assessor) quickScore(dst *Result, in *Inspection, slots []slot) bool {
	s := a.s
	items, obs := s.items, in.Observations
	slots = slots[:len(items)]
	if in.School == "" {
		return false
	}
	// Match the observations to their items.
	cursor := 0
	for i := range obs {
		idx, ok := s.lookup(obs[i].Item, &cursor)
		if !ok || slots[idx].obs != 0 {
			return false
		}
		slots[idx].obs = int32(i + 1)
	}
	// Count the findings that score each item.
	hits := 0
	if len(s.byCode) > 0 {
		for j := range in.Findings {
			for _, h := range s.byCode[in.Findings[j].Code] {
				slots[h.item].hits++
				hits++
			}
		}
		if hits > MaxEvidence {
			return false
		}
	}
	// Score each item's observation, and count the evidence and vetoes.
	n, vetoes := hits, 0
	for idx := range items {
		it, st := &items[idx], &slots[idx]
		if st.obs == 0 {
			switch {
			case it.method == Proportional:
				return false // must be observed
			case it.method == Veto && st.hits > 0:
				vetoes++
			}
			continue
		}
		o := &obs[st.obs-1]
		// Each method takes its own fields and no other.
		switch it.method {
		case Deduction:
			if o.Fail || o.Ratio.Valid || len(o.Levels) != 0 || uint64(o.Occurrences) > MaxOccurrences {
				return false
			}
			st.entry = o.Occurrences > 0
		case Checklist, Veto:
			if o.Occurrences != 0 || o.Ratio.Valid || len(o.Levels) != 0 {
				return false
			}
			st.entry = o.Fail
			if it.method == Veto && (o.Fail || st.hits > 0) {
				vetoes++
			}
		case Proportional:
			if o.Occurrences != 0 || o.Fail || len(o.Levels) != 0 || !o.Ratio.Valid {
				return false
			}
			r, ok := quickUnitRatio(&o.Ratio.Decimal)
			if !ok {
				return false
			}
			st.raw = ofPoints(r, it.points, a.p.rounding)
			st.entry = st.raw < it.points
		case Bonus:
			if o.Occurrences != 0 || o.Fail || o.Ratio.Valid || len(o.Levels) > MaxOccurrences {
				return false
			}
			var sum, best int64
			for _, id := range o.Levels {
				v, ok := it.level(id)
				if !ok {
					return false
				}
				sum = min(sum+v, it.points)
				best = max(best, v)
			}
			st.raw = sum
			if it.highestOnly {
				st.raw = best
			}
		}
		if st.entry {
			n++
		}
	}

	// The inspection is regular: write the result.
	r := Result{
		Rubric:   s.id,
		School:   in.School,
		Round:    in.Round,
		Max:      Points(s.total),
		Sections: reuse(dst.Sections, len(s.sections)),
		Items:    reuse(dst.Items, len(items)),
		Trail:    reuse(dst.Trail, n),
		Vetoed:   reuse(dst.Vetoed, vetoes)[:0],
	}
	copy(r.Sections, s.sections)
	scores, trail := r.Items[:len(items)], r.Trail
	copy(scores, s.template) // each item's id and points
	var total, bonus, section int64
	bonusLeft := s.bonusCap
	sec := int32(0) // the section whose score adds up in section
	pos := 0
	for idx := range items {
		it, st := &items[idx], &slots[idx]
		if it.section != sec { // the items of a section are together
			r.Sections[sec].Score = Points(section)
			sec, section = it.section, 0
		}
		score := it.points
		vetoed := false
		switch it.method {
		case Deduction, Checklist:
			if st.entry { // the observation's evidence comes first
				o := &obs[st.obs-1]
				e := &trail[pos]
				pos++
				lost := it.points // a checklist item fails whole
				e.Count = 0
				if it.method == Deduction {
					lost = o.Occurrences * it.deduct
					e.Count = o.Occurrences
				}
				taken := min(lost, it.points)
				e.Item, e.From, e.Index, e.Code, e.Subject, e.Note = it.id, FromObservation, int(st.obs-1), "", "", o.Note
				e.Points, e.Taken = Points(lost), Points(taken)
				score -= taken
			}
		case Proportional:
			score = st.raw
			if st.entry {
				e := &trail[pos]
				pos++
				e.Item, e.From, e.Index, e.Code, e.Subject, e.Note = it.id, FromObservation, int(st.obs-1), "", "", obs[st.obs-1].Note
				e.Count, e.Points, e.Taken = 0, Points(it.points-st.raw), Points(it.points-st.raw)
			}
		case Bonus:
			score = min(st.raw, bonusLeft)
			bonusLeft -= score
			bonus += score
		case Veto:
			score = 0
			if st.entry {
				e := &trail[pos]
				pos++
				e.Item, e.From, e.Index, e.Code, e.Subject, e.Note = it.id, FromObservation, int(st.obs-1), "", "", obs[st.obs-1].Note
				e.Count, e.Points, e.Taken = 0, 0, 0
			}
			if st.entry || st.hits > 0 {
				vetoed = true
				r.Vetoed = append(r.Vetoed, it.id)
			}
		}
		if st.hits > 0 {
			// The findings' evidence follows, filled in below; the
			// item's score is what they leave.
			st.pos = int32(pos)
			pos += int(st.hits)
			st.raw = score
		}
		is := &scores[idx]
		is.Score, is.Vetoed = Points(score), vetoed
		section += score
		total += score
	}
	if len(r.Sections) > 0 {
		r.Sections[sec].Score = Points(section)
	}
	if hits > 0 {
		// The findings' evidence, in the order given, each taking what the
		// item has left.
		for j := range in.Findings {
			f := &in.Findings[j]
			for _, h := range s.byCode[f.Code] {
				st := &slots[h.item]
				e := &trail[st.pos]
				st.pos++
				take := min(h.deduct, st.raw)
				st.raw -= take
				e.Item, e.From, e.Index, e.Code, e.Subject, e.Note = items[h.item].id, FromFinding, j, f.Code, f.Subject, ""
				e.Count, e.Points, e.Taken = 1, Points(h.deduct), Points(take)
			}
		}
		for idx := range items {
			st := &slots[idx]
			if st.hits == 0 {
				continue
			}
			it := &items[idx]
			if it.method == Deduction || it.method == Checklist {
				is := &scores[idx]
				lost := int64(is.Score) - st.raw
				is.Score = Points(st.raw)
				r.Sections[it.section].Score -= Points(lost)
				total -= lost
			}
		}
	}
	r.Score = Points(total)
	r.Bonus = Points(bonus)
	g := s.grade(total, len(r.Vetoed) > 0)
	r.Grade = s.grades[g].id
	r.Fail = s.grades[g].fail
	*dst = r
	return true
}

// quickUnitRatio is unitRatio for the usual exponents of an observation's
// ratio (zero to eight decimal places), with ok = false for every other
// value, and for a ratio outside [0, 1], which unitRatio reports.
func quickUnitRatio(d *decimal.Decimal) (r houqin.Ratio, ok bool) {
	e := -int(d.Exponent())
	if e < 0 || e >= len(unitOne) || d.Sign() < 0 || d.Cmp(unitOne[e]) > 0 {
		return 0, false
	}
	return houqin.Ratio(d.CoefficientInt64() * pow10[len(unitOne)-1-e]), true
}
