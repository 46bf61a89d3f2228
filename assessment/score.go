package assessment

import (
	"math/bits"
	"slices"
	"strconv"
	"sync"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/enum"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
)

// Inspection is what an inspection of one school in one round recorded: an
// observation per item where there was something to record, and the
// findings of the other rule packages for the school (canteen, fees,
// insurance …), which score the items that list their codes.
type Inspection struct {
	// School is the host's identifier of the school. Required.
	School string `json:"school"`
	// Round names the round: "2025-autumn-start", say. Results of one school
	// are combined by round.
	Round string `json:"round,omitempty"`
	// Observations are the inspectors' records, at most one per item.
	Observations []Observation `json:"observations,omitempty"`
	// Findings are the school's findings; those whose code an item lists
	// score that item, the others are ignored.
	Findings houqin.Findings `json:"findings,omitempty"`
}

// Observation is the record of one item in one inspection. Which fields
// apply depends on the item's method; a field that does not apply is an
// error, so that a record meant for another item does not pass unnoticed:
//
//   - checklist: Fail (the item scores nothing, or its last tier);
//   - deduction: Occurrences (each takes the item's Deduct);
//   - proportional: Ratio, required, in [0, 1];
//   - threshold: Ratio, the rate measured, in [0, 1]; required unless the
//     item lists finding codes, which then score it alone;
//   - judged: Awarded, required, the points the inspector awards, in
//     [0, the item's points] and one of its tiers if it has them;
//   - bonus: Levels, the ids of the levels achieved (a level may repeat);
//   - veto: Fail (the school fails whatever its score).
//
// An item without an observation scores as if nothing was recorded: full
// points for checklist and deduction items (and threshold items scored by
// findings), no bonus, no veto. Every proportional and judged item must be
// observed, and every threshold item that lists no finding code.
type Observation struct {
	// Item is the id of the rubric item. Required.
	Item string `json:"item"`
	// Occurrences is the number of faults found on a deduction item, in
	// [0, MaxOccurrences].
	Occurrences int64 `json:"occurrences,omitempty"`
	// Fail says a checklist item was not met, or a veto item was triggered.
	Fail bool `json:"fail,omitempty"`
	// Ratio is a proportional item's achieved ratio (0.85 when 17 of 20
	// rooms pass), or a threshold item's measured rate (0.43 for a green
	// coverage of 43%), with at most eight decimals. Use
	// decimal.NewNullDecimal to set it.
	Ratio decimal.NullDecimal `json:"ratio,omitzero"`
	// Awarded is the points a judged item is awarded, in hundredths at
	// most: "2" of 3. Use decimal.NewNullDecimal to set it.
	Awarded decimal.NullDecimal `json:"awarded,omitzero"`
	// Levels are the ids of the levels a bonus item achieved, at most
	// MaxOccurrences.
	Levels []string `json:"levels,omitempty"`
	// Note is the inspector's evidence: "no sample kept on 3 May". It is
	// carried into the result's trail.
	Note string `json:"note,omitempty"`
}

// MaxOccurrences bounds the occurrences and levels of one observation.
const MaxOccurrences = 1_000_000

// MaxEvidence bounds the pieces of evidence the findings of one inspection
// give: the number of times they score an item.
const MaxEvidence = 10_000_000

// Result is the score of one school in one round: the total, the score of
// each section and item, the trail of evidence that took points, the vetoed
// items and the grade.
type Result struct {
	// Rubric is the id of the rubric.
	Rubric string `json:"rubric"`
	// School is the inspection's school.
	School string `json:"school"`
	// Round is the inspection's round.
	Round string `json:"round,omitempty"`
	// Score is the school's total: the sum of its top-level sections'
	// scores, bonus included. It is the sum of its items' scores unless a
	// capped section cut some off.
	Score Points `json:"score"`
	// Max is the rubric's total, the full marks without bonus.
	Max Points `json:"max"`
	// Bonus is the part of Score that bonus items gave.
	Bonus Points `json:"bonus,omitempty"`
	// Grade is the id of the grade band: that of Score, or the failing band
	// when vetoed; empty for a rubric without bands.
	Grade string `json:"grade"`
	// Fail reports whether the grade is a failing band; in a rubric without
	// bands, whether the school is vetoed.
	Fail bool `json:"fail,omitempty"`
	// Vetoed are the ids of the items that veto the result, in rubric
	// order: the veto items triggered, then, when Policy.KeyFailures key
	// items or more failed, those key items. The result is vetoed exactly
	// when Vetoed is not empty.
	Vetoed []string `json:"vetoed,omitempty"`
	// KeyFailed are the ids of the key items that failed (scored less than
	// their full points), in rubric order, whether or not they are enough
	// to veto.
	KeyFailed []string `json:"key_failed,omitempty"`
	// Sections are the sections' scores, in rubric order, each section
	// before the sections it holds.
	Sections []SectionScore `json:"sections"`
	// Items are the items' scores, in rubric order.
	Items []ItemScore `json:"items"`
	// Trail is the evidence that scored the items, grouped by item in rubric
	// order; within an item, the observation comes first, then the findings
	// in the order given.
	Trail []Evidence `json:"trail,omitempty"`
}

// SectionScore is the score of one section, at any level.
type SectionScore struct {
	// Section is the section's id.
	Section string `json:"section"`
	// Parent is the id of the section that holds it; empty at the top.
	Parent string `json:"parent,omitempty"`
	// Score is the sum of the scores of the section's items and sections,
	// bonus included, at most Max when the section is capped.
	Score Points `json:"score"`
	// Max is the section's full marks: the points of its items other than
	// bonus items and its sections' full marks added up, or its points when
	// it is capped.
	Max Points `json:"max"`
}

// ItemScore is the score of one item.
type ItemScore struct {
	// Item is the item's id.
	Item string `json:"item"`
	// Score is the points the item gave.
	Score Points `json:"score"`
	// Max is the item's points: its full marks, a bonus item's cap, zero for
	// a veto item.
	Max Points `json:"max"`
	// Vetoed reports whether a veto item was triggered, or a failed key item
	// vetoes the result.
	Vetoed bool `json:"vetoed,omitempty"`
	// CheckBy says how the item is checked (查帐目), from the rubric.
	CheckBy Name `json:"check_by,omitzero"`
}

// Source says where a piece of evidence comes from.
type Source uint8

// The sources of evidence.
const (
	// FromObservation is an observation of the inspection.
	FromObservation Source = iota + 1
	// FromFinding is a finding of the inspection.
	FromFinding
)

var sourceCodec = enum.New("Source", "source", enum.Value{}, enum.Value{Name: "observation"}, enum.Value{Name: "finding"})

// String returns "observation" or "finding", and "Source(n)" otherwise.
func (s Source) String() string { return sourceCodec.String(uint8(s)) }

// MarshalText encodes s by its name.
func (s Source) MarshalText() ([]byte, error) { return marshalEnum(sourceCodec, "from", uint8(s)) }

// UnmarshalText decodes "observation" or "finding".
func (s *Source) UnmarshalText(b []byte) error {
	return unmarshalEnum(sourceCodec, "from", b, (*uint8)(s))
}

// Evidence is one observation or finding that scored an item: what it would
// take (Points) and what it took once the item's cap was reached (Taken).
// The Taken of an item's evidence add up to the points the item lost. A
// checklist item's first evidence takes all its points and the rest take
// none; a veto item's evidence takes no points (see Result.Vetoed).
type Evidence struct {
	// Item is the id of the item scored.
	Item string `json:"item"`
	// From says whether the evidence is an observation or a finding.
	From Source `json:"from"`
	// Index points at the evidence: Inspection.Observations[Index] or
	// Inspection.Findings[Index].
	Index int `json:"index"`
	// Code is a finding's code.
	Code houqin.Code `json:"code,omitempty"`
	// Subject is a finding's subject.
	Subject string `json:"subject,omitempty"`
	// Count is the number of occurrences an observation of a deduction item
	// counted, or the steps of shortfall of a threshold item's rate; 1 for
	// a finding.
	Count int64 `json:"count,omitempty"`
	// Points is what the evidence would take on its own.
	Points Points `json:"points"`
	// Taken is what it took.
	Taken Points `json:"taken"`
	// Note is the observation's note.
	Note string `json:"note,omitempty"`
}

// slot is the working state of one item while an inspection is scored.
type slot struct {
	obs   int32 // index+1 of the item's observation, 0 when none
	hits  int32 // findings that score the item
	pos   int32 // next position of the item's evidence in the trail
	count int32 // the observation's occurrences or steps of shortfall
	entry bool  // whether the observation is evidence
	// raw is what the observation says: the points it would take from a
	// checklist, deduction or proportional item (its evidence's Points),
	// a bonus item's bonus; once the item is scored, what the item has left
	// for its findings to take.
	raw int64
}

// Score scores one inspection. It checks every observation against its item
// and returns all the problems at once as *houqin.InputError values: an
// unknown item, a second observation of an item, a field that does not fit
// the item's method, a negative or excessive count, a ratio outside [0, 1],
// awarded points outside the item's points or tiers, an unknown level, an
// item that must be observed left unobserved.
//
// Scoring runs in integer hundredths with a constant number of allocations
// (the result's slices) whatever the number of items; [Assessor.ScoreTo]
// reuses them. Observations given in rubric order are matched to their items
// without a lookup.
func (a *Assessor) Score(in Inspection) (Result, error) {
	var r Result
	err := a.ScoreTo(&r, in)
	return r, err
}

// ScoreTo is [Assessor.Score] writing the result into dst and reusing the
// memory of dst's slices, so that a host that scores many inspections in
// turn, and stores or reduces each result before the next, scores without
// allocating. Whatever dst held is overwritten: slices taken from it before
// the call change with it. When ScoreTo returns an error, dst holds the zero
// Result, with its memory kept for the next call.
func (a *Assessor) ScoreTo(dst *Result, in Inspection) error {
	s := a.s
	buf := slotPool.Get().(*[]slot)
	defer slotPool.Put(buf)
	if cap(*buf) < len(s.items) {
		*buf = make([]slot, len(s.items))
	}
	slots := (*buf)[:len(s.items)]
	clear(slots)

	// Scoring takes five passes: the observations, each matched to its item
	// and checked against the item's method; the findings, counted per item
	// they score; the items in rubric order; the findings again, each
	// taking from its item what the item has left; the sections, from the
	// innermost out.
	entries, err := a.observeAll(in.School, in.Observations, slots)
	var found [16][]hit // the items the first findings score, looked up once
	hits := 0
	for j := 0; j < len(in.Findings) && len(s.byCode) > 0 && err == nil; j++ {
		hs := s.byCode[in.Findings[j].Code]
		if j < len(found) {
			found[j] = hs
		}
		for _, h := range hs {
			slots[h.item].hits++
			hits++
		}
		if hits > MaxEvidence {
			err = houqin.Invalid("findings", "they score items more than "+strconv.Itoa(MaxEvidence)+" times")
		}
	}
	if err != nil {
		*dst = Result{Sections: dst.Sections[:0], Items: dst.Items[:0], Trail: dst.Trail[:0],
			Vetoed: dst.Vetoed[:0], KeyFailed: dst.KeyFailed[:0]}
		return err
	}

	r := Result{
		Rubric:   s.id,
		School:   in.School,
		Round:    in.Round,
		Max:      Points(s.total),
		Sections: reuse(dst.Sections, len(s.sections)),
		Items:    reuse(dst.Items, len(s.items)),
		Trail:    reuse(dst.Trail, entries+hits),
	}
	copy(r.Sections, s.sections)
	copy(r.Items, s.template) // each item's id, points and how it is checked

	// The items, in rubric order. An item's evidence is together in the
	// trail: its observation first, then its findings in the order given.
	// Each piece of evidence takes its points, or what the item has left.
	items, scores, trail, obs, sections := s.items[:len(slots)], r.Items[:len(slots)], r.Trail, in.Observations, r.Sections
	var bonus int64
	bonusLeft := s.bonusCap
	pos := 0
	for idx := range slots {
		it, st := &items[idx], &slots[idx]
		var score int64
		if it.method == Bonus {
			score = min(st.raw, bonusLeft)
			bonusLeft -= score
			bonus += score
		} else {
			taken := min(st.raw, it.most)
			score = it.points - taken
			if st.entry {
				o := &obs[st.obs-1]
				e := &trail[pos]
				pos++
				// Field by field: a composite literal would be a typed memory move.
				e.Item, e.From, e.Index, e.Code, e.Subject, e.Note = it.id, FromObservation, int(st.obs-1), "", "", o.Note
				e.Count, e.Points, e.Taken = int64(st.count), Points(st.raw), Points(taken)
			}
			if st.hits > 0 {
				st.pos = int32(pos) // the findings' evidence, written below
				pos += int(st.hits)
				st.raw = score - (it.points - it.most) // down to the item's last tier
			}
		}
		scores[idx].Score = Points(score)
		sections[it.section].Score += Points(score)
	}

	// The findings, in the order given.
	if hits > 0 {
		for j := range in.Findings {
			f := &in.Findings[j]
			hs := found[j%len(found)]
			if j >= len(found) {
				hs = s.byCode[f.Code]
			}
			for _, h := range hs {
				it, st := &items[h.item], &slots[h.item]
				e := &trail[st.pos]
				st.pos++
				take := min(h.deduct, st.raw)
				st.raw -= take
				e.Item, e.From, e.Index, e.Code, e.Subject, e.Note = it.id, FromFinding, j, f.Code, f.Subject, ""
				e.Count, e.Points, e.Taken = 1, Points(h.deduct), Points(take)
				scores[h.item].Score -= Points(take)
				sections[it.section].Score -= Points(take)
			}
		}
	}

	// The sections, each added to the one that holds it once complete: in
	// rubric order a section comes before those it holds.
	var total int64
	for k := len(sections) - 1; k >= 0; k-- {
		sc, cs := &sections[k], &s.secs[k]
		if cs.cap > 0 && int64(sc.Score) > cs.cap {
			sc.Score = Points(cs.cap)
		}
		if cs.parent >= 0 {
			sections[cs.parent].Score += sc.Score
		} else {
			total += int64(sc.Score)
		}
	}

	// Vetoes: the veto items triggered, then the key items when enough fail.
	vetoes, keyFailed := 0, 0
	for _, idx := range s.vetoes {
		vetoes += b2i(slots[idx].entry || slots[idx].hits > 0)
	}
	for _, idx := range s.keys {
		keyFailed += b2i(scores[idx].Score < scores[idx].Max)
	}
	keyVeto := keyFailed > 0 && keyFailed >= a.p.keyFailures
	if keyVeto {
		vetoes += keyFailed
	}
	r.Vetoed = reuse(dst.Vetoed, vetoes)[:0]
	r.KeyFailed = reuse(dst.KeyFailed, keyFailed)[:0]
	for _, idx := range s.vetoes {
		if slots[idx].entry || slots[idx].hits > 0 {
			scores[idx].Vetoed = true
			r.Vetoed = append(r.Vetoed, items[idx].id)
		}
	}
	for _, idx := range s.keys {
		if scores[idx].Score < scores[idx].Max {
			r.KeyFailed = append(r.KeyFailed, items[idx].id)
			if keyVeto {
				scores[idx].Vetoed = true
				r.Vetoed = append(r.Vetoed, items[idx].id)
			}
		}
	}

	r.Score = Points(total)
	r.Bonus = Points(bonus)
	r.Grade, r.Fail = s.verdict(total, len(r.Vetoed) > 0)
	*dst = r
	return nil
}

// observeAll matches the observations of an inspection to their items and
// records what each says in its item's slot. It returns the number of
// observations that are evidence (that take points or veto), or every
// problem of the school and the observations.
func (a *Assessor) observeAll(school string, obs []Observation, slots []slot) (int, error) {
	s := a.s
	var errs problem.List
	if school == "" {
		errs.Add(houqin.Invalid("school", "required"))
	}
	cursor, entries, required := 0, 0, 0
	for i := range obs {
		o := &obs[i]
		idx, ok := s.lookup(o.Item, &cursor)
		if !ok {
			errs.Add(houqin.Invalid(field.Index("observations", i)+".item", "unknown item "+clip.Quote(o.Item, 64)))
			continue
		}
		st := &slots[idx]
		if st.obs != 0 {
			errs.Add(houqin.Invalid(field.Index("observations", i)+".item",
				"second observation of item "+strconv.Quote(o.Item)+" (also "+field.Index("observations", int(st.obs-1))+")"))
			continue
		}
		st.obs = int32(i + 1)
		it := &s.items[idx]
		required += b2i(it.required)
		if uint64(o.Occurrences) > MaxOccurrences || fieldsOf(o)&^it.fields != 0 || len(o.Levels) > MaxOccurrences {
			errs.Add(houqin.WithField(field.Index("observations", i), misfit(it, o)))
			continue
		}
		var err error
		switch it.method {
		case Deduction:
			st.raw = o.Occurrences * it.deduct
			st.count = int32(o.Occurrences)
			st.entry = o.Occurrences > 0
		case Checklist:
			if o.Fail {
				st.raw = it.most
			}
			st.entry = o.Fail
		case Veto:
			st.entry = o.Fail
		case Proportional:
			err = a.proportional(it, o, st)
		case Threshold:
			err = threshold(it, &s.rules[idx], o, st)
		case Judged:
			err = judged(it, &s.rules[idx], o, st)
		case Bonus:
			err = bonusOf(it, &s.rules[idx], o, st)
		}
		if err != nil {
			errs.Add(houqin.WithField(field.Index("observations", i), err))
		}
		entries += b2i(st.entry)
	}
	for k := 0; k < len(s.required) && required < len(s.required); k++ {
		if idx := s.required[k]; slots[idx].obs == 0 {
			errs.Add(houqin.Invalid("observations",
				"no observation of "+s.items[idx].method.String()+" item "+strconv.Quote(s.items[idx].id)))
		}
	}
	return entries, errs.Err()
}

// slotPool holds the working state of scoring, so that it is not allocated
// for every inspection.
var slotPool = sync.Pool{New: func() any { return new([]slot) }}

// reuse returns a slice of length n, in the memory of buf when it is large
// enough; nil when n is zero and buf has no memory.
func reuse[T any](buf []T, n int) []T {
	if cap(buf) >= n {
		return buf[:n]
	}
	return make([]T, n)
}

// The fields of an observation, each with the methods whose items take it.
// An observation's fields are a set of bits: 1<<k for obsFields[k].
var obsFields = [...]struct {
	name    string
	methods []Method
	only    string
}{
	{"occurrences", []Method{Deduction}, "only deduction items count occurrences"},
	{"fail", []Method{Checklist, Veto}, "only checklist and veto items fail"},
	{"ratio", []Method{Proportional, Threshold}, "only proportional and threshold items take a ratio"},
	{"levels", []Method{Bonus}, "only bonus items take levels"},
	{"awarded", []Method{Judged}, "only judged items are awarded points"},
}

// fieldsOf returns the set of the fields o sets.
func fieldsOf(o *Observation) uint8 {
	return uint8(b2i(o.Occurrences != 0) | b2i(o.Fail)<<1 | b2i(o.Ratio.Valid)<<2 | b2i(len(o.Levels) > 0)<<3 | b2i(o.Awarded.Valid)<<4)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fieldsTaken returns the set of the fields an item of method m takes.
func fieldsTaken(m Method) uint8 {
	var f uint8
	for k, fd := range obsFields {
		if slices.Contains(fd.methods, m) {
			f |= 1 << k
		}
	}
	return f
}

// proportional records what a proportional item's observation takes: the
// item's points less their product by the observed ratio, rounded by the
// policy.
func (a *Assessor) proportional(it *citem, o *Observation, st *slot) error {
	r, why := unitRatios.Of(o.Ratio.Decimal)
	if !o.Ratio.Valid || why != fixed.OK || r < 0 {
		return rateProblem(it, o, why)
	}
	st.raw = it.points - divRound(r*it.points, int64(houqin.RatioOne), a.p.rounding)
	st.entry = st.raw > 0
	return nil
}

// rateProblem says why an observation gives no ratio or rate for its
// proportional or threshold item: it has none, or it is not in [0, 1].
func rateProblem(it *citem, o *Observation, why fixed.Reason) error {
	if !o.Ratio.Valid {
		return houqin.Invalid("ratio", "required for "+it.method.String()+" item "+strconv.Quote(it.id))
	}
	return ratioProblem(o.Ratio.Decimal, why)
}

// threshold records what a threshold item's observation takes: nothing at
// or above the threshold; below it, all the item can lose, or Deduct per
// step of shortfall begun: ⌈(threshold − rate) / step⌉ steps.
func threshold(it *citem, cr *crule, o *Observation, st *slot) error {
	r, why := unitRatios.Of(o.Ratio.Decimal)
	if !o.Ratio.Valid || why != fixed.OK || r < 0 {
		return rateProblem(it, o, why)
	}
	if r >= cr.threshold {
		return nil
	}
	st.entry = true
	if cr.step == 0 {
		st.raw = it.most
		return nil
	}
	steps := (cr.threshold - r + cr.step - 1) / cr.step // ≤ 10⁸
	st.count = int32(steps)
	st.raw = steps * it.deduct // ≤ 10⁸ × 10⁵
	return nil
}

// judged records what a judged item's observation takes: the item's points
// less those awarded.
func judged(it *citem, cr *crule, o *Observation, st *slot) error {
	if !o.Awarded.Valid {
		return houqin.Invalid("awarded", "required for judged item "+strconv.Quote(it.id))
	}
	v, err := PointsOf("awarded", o.Awarded.Decimal)
	switch {
	case err != nil:
		return err
	case v < 0:
		return houqin.Invalid("awarded", "negative")
	case int64(v) > it.points:
		return houqin.Invalid("awarded", v.String()+" is above the item's points, "+Points(it.points).String())
	case cr.tiers != nil && !slices.Contains(cr.tiers, int64(v)):
		return houqin.Invalid("awarded", v.String()+" is not one of the item's tiers, "+tierList(cr.tiers))
	}
	st.raw = it.points - int64(v)
	st.entry = st.raw > 0
	return nil
}

// tierList writes tiers as "3, 2".
func tierList(tiers []int64) string {
	var b []byte
	for k, t := range tiers {
		if k > 0 {
			b = append(b, ", "...)
		}
		b = append(b, Points(t).String()...)
	}
	return string(b)
}

// bonusOf records the bonus of a bonus item's observation: the points of
// its levels added up to the item's cap, or the highest.
func bonusOf(it *citem, cr *crule, o *Observation, st *slot) error {
	var sum, best int64
	for k, id := range o.Levels {
		v, ok := cr.level(id)
		if !ok {
			return houqin.Invalid(field.Index("levels", k), "unknown level "+clip.Quote(id, 64)+" of item "+strconv.Quote(it.id))
		}
		sum = min(sum+v, it.points) // stays bounded whatever the count
		best = max(best, v)
	}
	st.raw = sum
	if cr.highestOnly {
		st.raw = best
	}
	return nil
}

// misfit returns the first problem of an observation whose counts are out
// of range or that sets a field its item does not take.
func misfit(it *citem, o *Observation) error {
	switch {
	case o.Occurrences < 0:
		return houqin.Invalid("occurrences", "negative")
	case o.Occurrences > MaxOccurrences:
		return houqin.Invalid("occurrences", "more than "+strconv.Itoa(MaxOccurrences))
	}
	if bad := fieldsOf(o) &^ it.fields; bad != 0 {
		fd := obsFields[bits.TrailingZeros8(bad)]
		return houqin.Invalid(fd.name, fd.only+"; "+strconv.Quote(it.id)+" is a "+it.method.String()+" item")
	}
	return houqin.Invalid("levels", "more than "+strconv.Itoa(MaxOccurrences))
}

// unitRatios converts an observed ratio, in [0, 1], to hundred-millionths
// (those of a houqin.Ratio) within ±1, exactly.
var unitRatios = fixed.NewConverter(8, int64(houqin.RatioOne))

// ratioProblem says why an observed ratio is not in [0, 1]: unitRatios
// refused it for why, or found it negative. A ratio written with at most
// eight decimals is refused for its range alone; of any other,
// houqin.RatioOf says first what else is wrong with it.
func ratioProblem(d decimal.Decimal, why fixed.Reason) error {
	if e := d.Exponent(); why != fixed.OK && (e < -8 || e > 0) {
		if _, err := houqin.RatioOf("ratio", d); err != nil {
			return err
		}
	}
	return houqin.Invalid("ratio", "must lie in [0, 1]")
}

func (cr *crule) level(id string) (int64, bool) {
	for _, l := range cr.levels {
		if l.id == id {
			return l.points, true
		}
	}
	return 0, false
}

// lookup finds the item of an observation: first among the next few items
// after the previous observation's, which finds observations given in
// rubric order without hashing, then by id.
func (s *scheme) lookup(id string, cursor *int) (int, bool) {
	c := *cursor
	for k := c; k < c+4 && k < len(s.items); k++ {
		if s.items[k].id == id {
			*cursor = k + 1
			return k, true
		}
	}
	i, ok := s.byID[id]
	if ok {
		*cursor = int(i) + 1
	}
	return int(i), ok
}

// Findings returns the findings of one round's result as [Assessor.Score]
// gave it: CodeKeyItemsFailed when Policy.KeyFailures key items or more
// failed, which vetoes the result (its KeyFailed lists them). The verdict
// and the consequences of a school's standing come from [Assessor.Rank].
func (a *Assessor) Findings(r Result) houqin.Findings {
	n := len(r.KeyFailed)
	if n == 0 || n < a.p.keyFailures {
		return nil
	}
	return houqin.Findings{{Code: CodeKeyItemsFailed, Severity: houqin.Violation, Subject: r.School, Facts: []houqin.Fact{
		houqin.CountFact("key_failed", int64(n)),
		houqin.CountFact("key_failures", int64(a.p.keyFailures)),
		{Name: "score", Unit: houqin.UnitPoints, Value: int64(r.Score)},
	}}}
}
