package canteen

import (
	"errors"
	"slices"

	"github.com/houqin-go/houqin"
)

// Rollup combines statements of one canteen (its months, say) into the
// statement of the period over (a term, a school year) and checks the
// break-even rules on it: the surplus ceiling ([CodeSurplusOverCeiling])
// and the deficit warning ([CodeDeficit]), when [Policy.CeilingScope]
// applies them to roll-ups. The ceiling then speaks of the roll-up's
// surplus against the roll-up's revenue, not of any single month.
//
// The figures of the result are the sums of the statements' figures,
// exactly, and the break-even figures computed from them; see [Result].
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
	var errs []error
	if err := over.Validate(); err != nil {
		return Result{}, houqin.WithField("period", err)
	}
	if len(sts) == 0 {
		return Result{}, houqin.Invalid("statements", "none to roll up")
	}
	r := Result{Canteen: sts[0].Canteen, Period: over}
	tooBig := false
	bounded := func(sum *houqin.Fen, f houqin.Fen) {
		if *sum += f; *sum > houqin.MaxFen {
			*sum = houqin.MaxFen
			if !tooBig {
				errs, tooBig = append(errs, houqin.Invalid("statements", "the roll-up adds up beyond ±1,000,000,000,000.00 yuan")), true
			}
		}
	}
	for i := range sts {
		st := &sts[i]
		t, err := k.tally(st, nil)
		if err != nil {
			errs = append(errs, houqin.WithField(index("statements", i), err))
			continue
		}
		if st.Canteen != r.Canteen {
			errs = append(errs, houqin.Invalid(index("statements", i)+".canteen",
				"canteen "+quote([]byte(st.Canteen))+" differs from "+quote([]byte(r.Canteen))+" of statements[0]"))
		}
		bounded(&r.Revenue, t.revenue)
		bounded(&r.NonCanteenIncome, t.nonCanteen)
		bounded(&r.Spending, t.spending)
		bounded(&r.NotCost, t.notCost)
	}
	if errs != nil {
		return Result{}, errors.Join(errs...)
	}
	if err := cover(over, sts); err != nil {
		return Result{}, err
	}
	var fs houqin.Findings
	k.figures(&r)
	if k.c.scope.rollup() {
		k.verdicts(&r, &fs)
	}
	if len(fs) > 1 {
		fs.Sort()
	}
	r.Findings = fs
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
	var errs []error
	gap := func(from, to houqin.Date) {
		errs = append(errs, houqin.Invalid("statements", "gap: no statement covers "+houqin.Period{From: from, To: to}.String()))
	}
	next := over.From // the first day not yet covered
	last := -1        // the statement that reaches furthest so far
	for _, i := range order {
		p := sts[i].Period
		switch {
		case !over.Contains(p.From) || !over.Contains(p.To):
			errs = append(errs, houqin.Invalid(index("statements", i)+".period", p.String()+" reaches beyond the roll-up's period "+over.String()))
			continue
		case p.From.Before(next):
			errs = append(errs, houqin.Invalid(index("statements", i)+".period", p.String()+" overlaps "+index("statements", last)+" ("+sts[last].Period.String()+")"))
		case p.From.After(next):
			gap(next, p.From.AddDays(-1))
		}
		if !p.To.Before(next) {
			next, last = p.To.AddDays(1), i
		}
	}
	if !over.To.Before(next) {
		gap(next, over.To)
	}
	return errors.Join(errs...)
}
