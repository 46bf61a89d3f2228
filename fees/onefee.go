package fees

import "github.com/houqin-go/houqin"

// oneFeeCap returns the one-fee cap the charge is held to, and whether
// it counts toward the one fee at all: a charge of something, of an item
// of kind one_fee or of a one-fee category, for a stage with a cap.
func (a *Auditor) oneFeeCap(p *prepared, rural bool) (houqin.Fen, bool) {
	if p.amount == 0 || (p.flags&flagOneFee == 0 && (p.item == nil || p.item.Kind != OneFee)) {
		return 0, false
	}
	c := a.pol.oneFeeCap[p.stage][b2i(rural)]
	return c, c >= 0
}

// checkOneFee applies rule 10: the one-fee charges to the same pupils in a
// school year add up to no more than the cap of their stage. ps holds the
// filing's charges, then Filing.Earlier's.
func (a *Auditor) checkOneFee(fs *houqin.Findings, f *Filing, ps []prepared, buf *[]int) {
	eachGroup(len(ps), 1, func(i int) (pupilsKey, bool) {
		p := &ps[i]
		_, ok := a.oneFeeCap(p, f.Rural)
		return pupilsKey{p.stage, p.grades}, ok
	}, buf, func(g []int) {
		sortByCollection(ps, g)
		limit, _ := a.oneFeeCap(&ps[g[0]], f.Rural)
		// At most 2 × 10⁴ charges of at most 10¹⁴ each: the sum fits.
		var total houqin.Fen
		for k, i := range g {
			p := &ps[i]
			before := total
			total += p.amount
			if p.earlier || total <= limit {
				continue
			}
			excess := total - max(before, limit)
			add(fs, CodeOneFeeOverCap, houqin.Violation, p.ch.ID,
				houqin.CountFact("charges", int64(k+1)), p.amountFact(),
				houqin.YuanFact("total", total), houqin.YuanFact("cap", limit),
				houqin.YuanFact("excess_per_pupil", excess), p.pupilsFact(),
				houqin.YuanFact("excess_total", excess*houqin.Fen(p.pupils)))
		}
	})
}
