package fees

import (
	"slices"

	"github.com/houqin-go/houqin"
)

// repeatable reports whether the charge counts toward the sum of its item's
// charges (rule 2): a charge of something, under an item whose standard is
// per term or per year; of Filing.Earlier only for an item per year.
func (p *prepared) repeatable() bool {
	if p.item == nil || p.amount == 0 {
		return false
	}
	switch p.item.Unit {
	case PerYear:
		return true
	case PerTerm:
		return !p.earlier
	}
	return false
}

// pupilsKey says which pupils a charge is for: its stage and its grades.
// Charges with equal keys are charged to the same pupils.
type pupilsKey struct {
	stage  Stage
	grades uint16
}

// repeatKey groups the charges of one item to the same pupils.
type repeatKey struct {
	item *citem
	pupilsKey
}

// checkRepeated applies the sum of rule 2: the charges of one item to the
// same pupils within its standard's period add up to no more than the
// standard. ps holds the filing's charges, then Filing.Earlier's.
func checkRepeated(fs *houqin.Findings, ps []prepared, buf *[]int) {
	eachGroup(len(ps), 2, func(i int) (repeatKey, bool) {
		p := &ps[i]
		return repeatKey{p.item, pupilsKey{p.stage, p.grades}}, p.repeatable()
	}, buf, func(g []int) {
		sortByCollection(ps, g)
		it := ps[g[0]].item
		var qty int64 = 1
		for _, i := range g {
			qty = max(qty, ps[i].qty)
		}
		// standard ≤ 10¹⁴ and qty ≤ 10⁴; a group has at most 2 × 10⁴
		// charges of at most 10¹⁴ each: every sum fits an int64.
		limit := it.standard * houqin.Fen(qty)
		var total, within houqin.Fen
		for k, i := range g {
			p := &ps[i]
			in := min(p.amount, it.standard*houqin.Fen(p.qty)) // the rest is CodeOverStandard's
			total += p.amount
			within += in
			if p.earlier || within <= limit {
				continue
			}
			excess := min(in, within-limit)
			add(fs, CodeRepeatedOverStandard, houqin.Violation, p.ch.ID,
				houqin.CountFact("charge", int64(k+1)), p.amountFact(),
				houqin.YuanFact("total", total), houqin.YuanFact("standard", limit),
				houqin.YuanFact("excess_per_pupil", excess), p.pupilsFact(),
				houqin.YuanFact("excess_total", excess*houqin.Fen(p.pupils)))
		}
	})
}

// sortByCollection orders the charges g of ps as they were collected:
// Filing.Earlier's first, then by the day of collection, a charge not yet
// collected last, and in the order of the filing where days are equal.
func sortByCollection(ps []prepared, g []int) {
	slices.SortStableFunc(g, func(i, j int) int {
		a, b := &ps[i], &ps[j]
		switch {
		case a.earlier != b.earlier:
			if a.earlier {
				return -1
			}
			return 1
		case a.ch.Collected.IsZero() != b.ch.Collected.IsZero():
			if a.ch.Collected.IsZero() {
				return 1
			}
			return -1
		}
		return a.ch.Collected.Compare(b.ch.Collected)
	})
}
