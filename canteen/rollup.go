package canteen

import (
	"slices"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
)

// Rollup combines statements of one canteen (its months, say) into the
// statement of the period over (a term, a school year) and checks the
// break-even rules on it: the surplus ceiling ([CodeSurplusOverCeiling])
// and the deficit warning ([CodeDeficit]), when [Policy.CeilingScope]
// applies them to roll-ups. The ceiling then speaks of the roll-up's
// surplus against the roll-up's revenue, not of any single month.
//
// The figures of the result are the sums of the statements' figures,
// exactly, and the break-even figures computed from them; see [Result]. Of
// statements kept in accounts, they are the figures of the accounts the
// ceiling binds ([Policy.CeilingAccounts]); the figures of each kind and
// the balances are left zero: a chain ([Checker.Chain]) carries balances.
// The rules of the lines (disguised surplus, bookkeeping) are not repeated:
// they belong to the statements, which [Checker.Check] checks one by one.
//
// The statements may come in any order; together they must cover over
// exactly, each day once. Rollup returns an error, each an
// *houqin.InputError that matches houqin.ErrInvalidInput, when there are
// no statements, when a statement is not valid input (see
// [Checker.Check]; the field is prefixed "statements[i]"), when the
// statements are of different canteens, when two overlap, when they leave
// a day of over uncovered (a gap) or reach beyond it, or when a sum lies
// beyond ±houqin.MaxFen.
func (k *Checker) Rollup(over houqin.Period, sts []Statement) (Result, error) {
	if k == nil {
		return Result{}, errNilChecker
	}
	if err := over.Validate(); err != nil {
		return Result{}, houqin.WithField("period", err)
	}
	if len(sts) == 0 {
		return Result{}, houqin.Invalid("statements", "none to roll up")
	}
	r := Result{Canteen: sts[0].Canteen, Period: over}
	var p problem.List
	tooBig := false
	bounded := func(sum *houqin.Fen, f houqin.Fen) {
		if *sum += f; *sum > houqin.MaxFen {
			*sum = houqin.MaxFen
			if !tooBig {
				p.Add(houqin.Invalid("statements", "the roll-up adds up beyond ±1,000,000,000,000.00 yuan"))
				tooBig = true
			}
		}
	}
	for i := range sts {
		st := &sts[i]
		var figures [numAccountKinds]Figures
		t := tally{fig: [numAccountKinds]*Figures{AccountPupils: &figures[AccountPupils], AccountStaff: &figures[AccountStaff], AccountOther: &figures[AccountOther]}}
		if err := k.tally(st, nil, nil, &t); err != nil {
			p.Add(houqin.WithField(field.Index("statements", i), err))
			continue
		}
		if st.Canteen != r.Canteen {
			p.Add(houqin.Invalid(field.Join(field.Index("statements", i), "canteen"),
				"canteen "+clip.Quote(st.Canteen, 40)+" differs from "+clip.Quote(r.Canteen, 40)+" of statements[0]"))
		}
		bounded(&r.Revenue, t.revenue)
		bounded(&r.NonCanteenIncome, t.nonCanteen)
		bounded(&r.Spending, t.spending)
		bounded(&r.NotCost, t.notCost)
	}
	if err := p.Err(); err != nil {
		return Result{}, err
	}
	if err := cover(over, sts); err != nil {
		return Result{}, err
	}
	k.settle(&r, nil, k.c.scope.rollup())
	return r, nil
}

// cover reports, joined, every way in which the periods of valid statements
// fail to cover over exactly, each day once.
func cover(over houqin.Period, sts []Statement) error {
	var buf [24]int // a school year of months, without allocating
	order := buf[:0]
	for i := range sts {
		order = append(order, i)
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if c := sts[a].Period.From.Compare(sts[b].Period.From); c != 0 {
			return c
		}
		return sts[a].Period.To.Compare(sts[b].Period.To)
	})
	var p problem.List
	gap := func(from, to houqin.Date) {
		p.Add(houqin.Invalid("statements", "gap: no statement covers "+houqin.Period{From: from, To: to}.String()))
	}
	next := over.From // the first day not yet covered
	last := -1        // the statement that reaches furthest so far
	for _, i := range order {
		at := sts[i].Period // valid: From is not after To
		switch {
		case at.From.Before(over.From) || at.To.After(over.To):
			p.Add(houqin.Invalid(field.Join(field.Index("statements", i), "period"), at.String()+" reaches beyond the roll-up's period "+over.String()))
			continue
		case at.From.Before(next):
			p.Add(houqin.Invalid(field.Join(field.Index("statements", i), "period"), at.String()+" overlaps "+field.Index("statements", last)+" ("+sts[last].Period.String()+")"))
		case at.From != next:
			gap(next, at.From.AddDays(-1))
		}
		if !at.To.Before(next) {
			next, last = dayAfter(at.To), i
		}
	}
	if !over.To.Before(next) {
		gap(next, over.To)
	}
	return p.Err()
}

// dayAfter returns the day after a valid date d, as d.AddDays(1) does but
// without counting days from an epoch: the end of a month is the last day
// of its houqin.MonthPeriod.
func dayAfter(d houqin.Date) houqin.Date {
	switch {
	case d.Day < 28 || d.Day < houqin.MonthPeriod(d.Year, d.Month).To.Day:
		d.Day++
	case d.Month < time.December:
		d.Month, d.Day = d.Month+1, 1
	default:
		d.Year, d.Month, d.Day = d.Year+1, time.January, 1
	}
	return d
}
