package canteen_test

import (
	"errors"
	"slices"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/shopspring/decimal"
)

// naive is the straightforward shopspring-decimal implementation of the
// same statement rules, for the benchmarks: decimal Add per line, then Sub,
// Div and compare per statement.
type naive struct {
	ceiling, tolerance decimal.Decimal
	notCost            map[canteen.Category]bool
	voucher, approver  bool
	each, atRollup     bool
}

func newNaive(p canteen.Policy) *naive {
	n := &naive{
		ceiling: p.SurplusCeiling, tolerance: p.DeficitTolerance,
		notCost: map[canteen.Category]bool{}, voucher: p.RequireVoucher, approver: p.RequireApprover,
		each:     p.CeilingScope == canteen.ScopeEach || p.CeilingScope == canteen.ScopeBoth,
		atRollup: p.CeilingScope == canteen.ScopeRollup || p.CeilingScope == canteen.ScopeBoth,
	}
	for _, c := range canteen.Categories() {
		n.notCost[c] = c.NeverCost() || (c == canteen.Wages && p.WagesBudgetFunded)
	}
	return n
}

type naiveResult struct {
	revenue, nonCanteen, spending, notCost, surplus, excess, deficit decimal.Decimal
	findings                                                         houqin.Findings
}

var maxYuan = decimal.New(1, 12)

func naiveAmount(field string, d decimal.Decimal) error {
	switch {
	case d.IsNegative():
		return houqin.Invalid(field, "negative")
	case !d.Round(2).Equal(d):
		return houqin.Invalid(field, "finer than a fen")
	case d.GreaterThan(maxYuan):
		return houqin.Invalid(field, "too large")
	}
	return nil
}

// yuanFact and percentFact build facts the naive way: from the decimal, to
// the integer a fact holds.
func yuanFact(name string, d decimal.Decimal) houqin.Fact {
	return houqin.Fact{Name: name, Unit: houqin.UnitYuan, Value: d.Shift(2).Round(0).IntPart()}
}

func percentFact(name string, d decimal.Decimal) houqin.Fact {
	return houqin.Fact{Name: name, Unit: houqin.UnitPercent, Value: d.Shift(8).Round(0).IntPart()}
}

func (n *naive) check(st canteen.Statement) (naiveResult, error) {
	r, err := n.tally(st, true)
	if err != nil {
		return r, err
	}
	n.balance(&r, st.Canteen, n.each)
	r.findings.Sort()
	return r, nil
}

func (n *naive) tally(st canteen.Statement, findings bool) (naiveResult, error) {
	var r naiveResult
	var errs []error
	if st.Canteen == "" {
		errs = append(errs, houqin.Invalid("canteen", "missing"))
	}
	if err := st.Period.Validate(); err != nil {
		errs = append(errs, err)
	}
	if st.Revenue.Valid {
		if err := naiveAmount("revenue", st.Revenue.Decimal); err != nil {
			errs = append(errs, err)
		}
	} else if len(st.Income) == 0 {
		errs = append(errs, houqin.Invalid("revenue", "missing"))
	}
	if st.Spending.Valid {
		if err := naiveAmount("spending", st.Spending.Decimal); err != nil {
			errs = append(errs, err)
		}
	}
	r.revenue, r.nonCanteen, r.spending, r.notCost = decimal.Zero, decimal.Zero, decimal.Zero, decimal.Zero
	income, booked := decimal.Zero, decimal.Zero
	for _, l := range st.Income {
		if err := naiveAmount("amount", l.Amount); err != nil {
			errs = append(errs, err)
			continue
		}
		if !l.Category.Valid() {
			errs = append(errs, houqin.Invalid("category", "unknown"))
			continue
		}
		income = income.Add(l.Amount)
		if l.Category == canteen.ShopRent {
			r.nonCanteen = r.nonCanteen.Add(l.Amount)
		} else {
			r.revenue = r.revenue.Add(l.Amount)
		}
	}
	for i, l := range st.Lines {
		if err := naiveAmount("amount", l.Amount); err != nil {
			errs = append(errs, err)
			continue
		}
		if !l.Category.Valid() {
			errs = append(errs, houqin.Invalid("category", "unknown"))
			continue
		}
		booked = booked.Add(l.Amount)
		subject := l.Voucher
		if subject == "" {
			subject = st.Canteen
		}
		lineFinding := func(c houqin.Code) houqin.Finding {
			return houqin.Finding{Code: c, Severity: houqin.Violation, Subject: subject,
				Facts: []houqin.Fact{yuanFact("amount", l.Amount), houqin.CountFact("line", int64(i)+1)}}
		}
		if n.notCost[l.Category] {
			r.notCost = r.notCost.Add(l.Amount)
			if findings {
				r.findings = append(r.findings, lineFinding(canteen.CodeDisguisedSurplus))
			}
		} else {
			r.spending = r.spending.Add(l.Amount)
		}
		if findings && n.voucher && l.Voucher == "" {
			r.findings = append(r.findings, lineFinding(canteen.CodeMissingVoucher))
		}
		if findings && n.approver && l.Approver == "" {
			r.findings = append(r.findings, lineFinding(canteen.CodeMissingApprover))
		}
	}
	if income.GreaterThan(maxYuan) || booked.GreaterThan(maxYuan) {
		errs = append(errs, houqin.Invalid("lines", "too large"))
	}
	if len(errs) > 0 {
		return naiveResult{}, errors.Join(errs...)
	}
	if len(st.Income) == 0 {
		r.revenue = st.Revenue.Decimal
	}
	if !findings {
		return r, nil
	}
	mismatch := func(c houqin.Code, stated, lines decimal.Decimal) {
		r.findings = append(r.findings, houqin.Finding{Code: c, Severity: houqin.Violation, Subject: st.Canteen,
			Facts: []houqin.Fact{yuanFact("stated", stated), yuanFact("lines", lines), yuanFact("difference", stated.Sub(lines))}})
	}
	if st.Revenue.Valid && len(st.Income) > 0 && !st.Revenue.Decimal.Equal(income) {
		mismatch(canteen.CodeIncomeTotalMismatch, st.Revenue.Decimal, income)
	}
	if st.Spending.Valid && !st.Spending.Decimal.Equal(booked) {
		mismatch(canteen.CodeSpendingTotalMismatch, st.Spending.Decimal, booked)
	}
	if r.nonCanteen.IsPositive() {
		r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeNonCanteenIncome, Severity: houqin.Warning, Subject: st.Canteen,
			Facts: []houqin.Fact{yuanFact("amount", r.nonCanteen)}})
	}
	return r, nil
}

// divPlaces is the precision of the naive way's divisions that decide a
// verdict. Sixteen places (shopspring's default) are not enough: with a
// ceiling such as 0.03333333 the share of a surplus just above it can differ
// from it by less than 10⁻¹⁶ (revenue ¥2,300,000.03, surplus ¥76,666.66:
// 0.0333333300000000434…), and rounding then reads it as exactly the
// ceiling (a row of TestSurplusCeiling). The share of amounts of at most
// 10¹⁴ fen differs from a ceiling of eight decimals by at least 10⁻²², so 24
// places decide every verdict exactly.
const divPlaces = 24

// balance is the naive ceiling test: Sub, Div, compare.
func (n *naive) balance(r *naiveResult, canteenID string, apply bool) {
	r.surplus = r.revenue.Sub(r.spending)
	r.excess, r.deficit = decimal.Zero, decimal.Zero
	shown := decimal.Zero // the ratio fact, half-up to 10⁻⁸
	over := r.surplus.IsPositive()
	if !r.revenue.IsZero() {
		over = r.surplus.DivRound(r.revenue, divPlaces).GreaterThan(n.ceiling)
		shown = r.surplus.DivRound(r.revenue, 8)
	}
	if over {
		r.excess = r.surplus.Sub(r.revenue.Mul(n.ceiling).RoundFloor(2))
	}
	if r.surplus.IsNegative() {
		r.deficit = r.surplus.Neg()
	}
	if !apply {
		return
	}
	if over {
		r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeSurplusOverCeiling, Severity: houqin.Violation, Subject: canteenID,
			Facts: []houqin.Fact{yuanFact("revenue", r.revenue), yuanFact("spending", r.spending), yuanFact("surplus", r.surplus),
				percentFact("ratio", shown), percentFact("ceiling", n.ceiling), yuanFact("excess", r.excess)}})
	}
	if r.deficit.IsPositive() {
		dratio := decimal.Zero
		under := true
		if !r.revenue.IsZero() {
			under = r.deficit.DivRound(r.revenue, divPlaces).GreaterThan(n.tolerance)
			dratio = r.deficit.DivRound(r.revenue, 8)
		}
		if r.revenue.IsZero() {
			r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeDeficitWithoutRevenue, Severity: houqin.Warning, Subject: canteenID,
				Facts: []houqin.Fact{yuanFact("spending", r.spending), yuanFact("deficit", r.deficit)}})
		} else if under {
			r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeDeficit, Severity: houqin.Warning, Subject: canteenID,
				Facts: []houqin.Fact{yuanFact("revenue", r.revenue), yuanFact("spending", r.spending), yuanFact("deficit", r.deficit),
					percentFact("ratio", dratio), percentFact("tolerance", n.tolerance)}})
		}
	}
}

// rollup is the naive roll-up: tally each statement in decimals, sort the
// periods, check that they tile over, then the ceiling test on the sums.
func (n *naive) rollup(over houqin.Period, sts []canteen.Statement) (naiveResult, error) {
	sum := naiveResult{revenue: decimal.Zero, nonCanteen: decimal.Zero, spending: decimal.Zero, notCost: decimal.Zero}
	for _, st := range sts {
		if st.Canteen != sts[0].Canteen {
			return naiveResult{}, houqin.Invalid("canteen", "differs")
		}
		r, err := n.tally(st, false)
		if err != nil {
			return naiveResult{}, err
		}
		sum.revenue = sum.revenue.Add(r.revenue)
		sum.nonCanteen = sum.nonCanteen.Add(r.nonCanteen)
		sum.spending = sum.spending.Add(r.spending)
		sum.notCost = sum.notCost.Add(r.notCost)
	}
	ps := make([]houqin.Period, len(sts))
	for i, st := range sts {
		ps[i] = st.Period
	}
	slices.SortFunc(ps, func(a, b houqin.Period) int { return a.From.Compare(b.From) })
	next := over.From
	for _, p := range ps {
		if p.From != next || !over.Contains(p.From) || !over.Contains(p.To) {
			return naiveResult{}, houqin.Invalid("statements", "gap or overlap")
		}
		next = p.To.AddDays(1)
	}
	if next != over.To.AddDays(1) {
		return naiveResult{}, houqin.Invalid("statements", "gap")
	}
	n.balance(&sum, sts[0].Canteen, n.atRollup)
	sum.findings.Sort()
	return sum, nil
}
