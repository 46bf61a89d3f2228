package fees

import (
	"strings"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/houqin-go/houqin/internal/problem"
)

// lastDay is the last day a Date may hold.
var lastDay = houqin.Date{Year: 9999, Month: time.December, Day: 31}

// collectionTerm returns the term a charge collected on d counts as
// collected in: the calendar's term of d plus Policy.RegistrationDays.
func (a *Auditor) collectionTerm(d houqin.Date) houqin.Term {
	if n := a.pol.RegistrationDays; n > 0 {
		if lastDay.Sub(d) < n {
			d = lastDay
		} else {
			d = d.AddDays(n)
		}
	}
	return a.pol.Calendar.TermOf(d)
}

// termEnd returns the last day of the term that is n terms after t, or the
// last day a Date holds when it lies beyond.
func (a *Auditor) termEnd(t houqin.Term, n int64) houqin.Date {
	i := int64(t.Year)*2 + n
	if t.Semester == houqin.Spring {
		i++
	}
	if i/2 > 9998 {
		return lastDay
	}
	s := houqin.Autumn
	if i%2 == 1 {
		s = houqin.Spring
	}
	return a.pol.Calendar.Term(houqin.Term{Year: int(i / 2), Semester: s}).To
}

// checkAhead applies the first part of rule 11: a charge pays for nothing
// beyond the term it is collected in, or for an item per year, beyond the
// school year.
func (a *Auditor) checkAhead(fs *houqin.Findings, p *prepared) {
	c := p.ch
	if c.Collected.IsZero() {
		return
	}
	t := a.collectionTerm(c.Collected)
	perYear := p.item != nil && p.item.Unit == PerYear
	var covers houqin.Date
	switch {
	case c.Covers != (houqin.Period{}):
		covers = c.Covers.To
	case p.qty > 1 && perYear:
		covers = a.termEnd(houqin.Term{Year: t.Year, Semester: houqin.Autumn}, 2*p.qty-1)
	case p.qty > 1 && p.item != nil && p.item.Unit == PerTerm:
		covers = a.termEnd(t, p.qty-1)
	default:
		return
	}
	if perYear {
		if end := a.termEnd(houqin.Term{Year: t.Year, Semester: houqin.Spring}, 0); covers.After(end) {
			add(fs, CodeChargedAcrossYears, houqin.Violation, c.ID, houqin.DateFact("collected_on", c.Collected),
				houqin.DateFact("year_end", end), houqin.DateFact("covers_to", covers))
		}
		return
	}
	if end := a.termEnd(t, 0); covers.After(end) {
		add(fs, CodeChargedAcrossTerms, houqin.Violation, c.ID, houqin.DateFact("collected_on", c.Collected),
			houqin.DateFact("term_end", end), houqin.DateFact("covers_to", covers))
	}
}

// granularity returns how the charge's refunds to leavers are counted.
func (a *Auditor) granularity(p *prepared) Granularity {
	if p.item != nil && p.item.LeavingRefundBy != 0 {
		return p.item.LeavingRefundBy
	}
	return a.pol.LeavingRefundBy
}

// checkLeaversRefunded applies the second part of rule 11: every pupil who
// left before the end of what the charge paid for got back the part not
// used.
func (a *Auditor) checkLeaversRefunded(fs *houqin.Findings, p *prepared) {
	c := p.ch
	by := a.granularity(p)
	var n int64
	var due, short houqin.Fen // within MaxFen: the leavers paid at most that in all
	for i := range c.Leavers {
		r := a.leavingRefund(p, &c.Leavers[i], by)
		if r.Refunded < r.Due {
			n++
			due += r.Due
			short += r.Due - r.Refunded
		}
	}
	if n > 0 {
		add(fs, CodeLeavingRefundShort, houqin.Violation, c.ID, houqin.CountFact("leavers", n),
			houqin.YuanFact("due", due), houqin.YuanFact("short", short))
	}
}

// LeavingRefund is what a pupil who left before the end of what a charge
// paid for gets back: the part not used, Paid × Unused ÷ Units, rounded
// half up to the fen (四舍五入).
type LeavingRefund struct {
	// Charge is the charge's ID; Pupil the leaver's.
	Charge string `json:"charge"`
	Pupil  string `json:"pupil,omitempty"`
	// Covers is the period the charge paid for; Left the pupil's last day.
	Covers houqin.Period `json:"covers"`
	Left   houqin.Date   `json:"left"`
	// By is how the period is counted.
	By Granularity `json:"by"`
	// Units is how many days, half-months or months the period has, a
	// part at its end counting as one; Unused how many of them the pupil
	// did not begin.
	Units  int `json:"units"`
	Unused int `json:"unused"`
	// Paid is what the pupil paid; Due what is owed back; Refunded what the
	// school gave back.
	Paid     houqin.Fen `json:"paid"`
	Due      houqin.Fen `json:"due"`
	Refunded houqin.Fen `json:"refunded"`
}

// Short returns what the school still owes the pupil: Due − Refunded, or
// zero when it refunded as much or more.
func (r LeavingRefund) Short() houqin.Fen { return max(r.Due-r.Refunded, 0) }

// RefundOnLeaving counts what a pupil who left before the end of what the
// charge paid for (Charge.Covers) is owed back: the days, half-months or
// months of the period not begun after the pupil's last day, as a share of
// the period, of what the pupil paid, by the charge's item's granularity
// or the policy's ([Policy.LeavingRefundBy]). A pupil who left before the
// period began gets everything back; one who left on its last day or
// after, nothing.
//
// It returns every problem of c and l at once, each an *houqin.InputError
// naming its field ("charge.covers", "leaver.left").
func (a *Auditor) RefundOnLeaving(c Charge, l Leaver) (LeavingRefund, error) {
	var probs problem.List
	var p prepared
	c.Leavers = nil // the charge's own are not this call's
	err := a.prepareCharge(&p, &c, 0)
	probs.Add(houqin.WithField("charge", err))
	if err == nil {
		if c.Covers == (houqin.Period{}) {
			probs.Add(houqin.Invalid("charge.covers", "needed to count the refund"))
		}
		ls := []Leaver{l}
		probs.Add(houqin.WithField("leaver", unindex(checkLeavers(ls, p.amount))))
	}
	if err := probs.Err(); err != nil {
		return LeavingRefund{}, err
	}
	p.ch = &c
	return a.leavingRefund(&p, &l, a.granularity(&p)), nil
}

// unindex strips the "leavers[0]." of the errors of a single leaver.
func unindex(err error) error {
	var probs problem.List
	for _, e := range houqin.InputErrors(err) {
		probs.Add(houqin.Invalid(strings.TrimPrefix(e.Field, "leavers[0]."), e.Reason))
	}
	return probs.Err()
}

// leavingRefund counts the refund of a validated leaver of a prepared
// charge with a period.
func (a *Auditor) leavingRefund(p *prepared, l *Leaver, by Granularity) LeavingRefund {
	paid := p.amount
	if l.Paid.Valid {
		paid, _ = houqin.FenOf("paid", l.Paid.Decimal)
	}
	refunded, _ := houqin.FenOf("refunded", l.Refunded)
	cov := p.ch.Covers
	units, unused := countUnused(cov, l.Left, by)
	// paid ≤ 10¹⁴ and units ≤ 4 × 10⁶ days: the product needs 128 bits.
	q, r, _ := fixed.MulDiv128(uint64(paid), uint64(unused), uint64(units))
	due := houqin.Fen(fixed.RoundQuo(q, r, uint64(units), false, fixed.HalfUp))
	return LeavingRefund{Charge: p.ch.ID, Pupil: l.Pupil, Covers: cov, Left: l.Left, By: by,
		Units: units, Unused: unused, Paid: paid, Due: due, Refunded: refunded}
}

// countUnused returns how many units (days, half-months, months) the
// period has and how many of them begin after left.
func countUnused(cov houqin.Period, left houqin.Date, by Granularity) (units, unused int) {
	index := func(d houqin.Date) int { return d.Sub(cov.From) }
	switch by {
	case ByMonth:
		index = func(d houqin.Date) int { return monthIndex(cov.From, d) }
	case ByHalfMonth:
		index = func(d houqin.Date) int {
			k := monthIndex(cov.From, d)
			if d.Sub(monthStart(cov.From, k)) < 15 {
				return 2 * k
			}
			return 2*k + 1
		}
	}
	units = index(cov.To) + 1
	switch {
	case left.Before(cov.From):
		return units, units
	case !left.Before(cov.To):
		return units, 0
	}
	return units, units - index(left) - 1
}

// monthStart returns the first day of the k-th month counted from from:
// the same day of the month, or the month's last day where it is shorter.
func monthStart(from houqin.Date, k int) houqin.Date {
	m := int(from.Month) - 1 + k
	y, mo := from.Year+m/12, time.Month(m%12+1)
	return houqin.Date{Year: y, Month: mo, Day: min(from.Day, houqin.MonthPeriod(y, mo).To.Day)}
}

// monthIndex returns which month counted from from (0 for the first) holds
// d, on or after from.
func monthIndex(from, d houqin.Date) int {
	k := (d.Year-from.Year)*12 + int(d.Month) - int(from.Month)
	if d.Before(monthStart(from, k)) {
		k--
	}
	return k
}
