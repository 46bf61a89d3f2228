package canteen

import (
	"errors"
	"slices"
	"strconv"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
)

// Checker checks canteen statements, roll-ups, purchases and staff rosters
// against one policy. Build it once with [New], which validates the policy
// and compiles it to the integer form the checks use; then call it as often
// as needed, from as many goroutines as needed: a Checker is immutable, and
// its methods are pure and deterministic.
type Checker struct {
	policy Policy
	c      compiled
}

// New validates p and returns a Checker for it. It returns the errors of
// [Policy.Validate], each an *houqin.InputError that matches
// houqin.ErrInvalidInput, when p is not valid.
func New(p Policy) (*Checker, error) {
	c, err := compile(p)
	if err != nil {
		return nil, err
	}
	p.Staples = slices.Clone(p.Staples)
	return &Checker{policy: p, c: c}, nil
}

// Policy returns a copy of the policy the Checker applies.
func (k *Checker) Policy() Policy {
	p := k.policy
	p.Staples = slices.Clone(p.Staples)
	return p
}

var errNilChecker = houqin.Invalid("checker", "nil Checker: build one with canteen.New")

// Check checks one statement and returns its figures and findings:
//
//   - the surplus ceiling ([CodeSurplusOverCeiling]) and the deficit
//     warning ([CodeDeficit]), when [Policy.CeilingScope] applies them to
//     each statement;
//   - spending that is never canteen cost ([CodeDisguisedSurplus]), added
//     back to the surplus;
//   - shop rent booked as income ([CodeNonCanteenIncome]), left out of the
//     revenue;
//   - bookkeeping: lines without voucher or approver ([CodeMissingVoucher],
//     [CodeMissingApprover]), and stated totals that the lines do not add
//     up to ([CodeIncomeTotalMismatch], [CodeSpendingTotalMismatch]).
//
// The figures are exact to the fen; see [Result] for how they relate. The
// check of a compliant statement does not allocate.
//
// Check returns an error, and no result, when the statement is not valid
// input: a missing canteen or period, an amount that is negative, finer
// than a fen or beyond ±houqin.MaxFen, a category that is not set or not
// known, no revenue at all, or lines whose sum lies beyond ±houqin.MaxFen.
// The error joins every problem found, each an *houqin.InputError naming
// its field ("lines[3].amount") that matches houqin.ErrInvalidInput.
func (k *Checker) Check(st Statement) (r Result, err error) {
	if k == nil {
		return Result{}, errNilChecker
	}
	t, ok := k.quick(&st, true)
	var fs houqin.Findings
	if !ok {
		if t, err = k.tally(&st, &fs); err != nil {
			return Result{}, err
		}
	}
	r.Canteen, r.Period = st.Canteen, st.Period
	r.Revenue, r.NonCanteenIncome = t.revenue, t.nonCanteen
	r.Spending, r.NotCost = t.spending, t.notCost
	k.figures(&r)
	if k.c.scope.each() {
		k.verdicts(&r, &fs)
	}
	if len(fs) > 1 {
		fs.Sort()
	}
	r.Findings = fs
	return r, nil
}

// tally is what the lines of a statement add up to.
type tally struct {
	revenue    houqin.Fen // canteen income
	nonCanteen houqin.Fen // income that is not canteen income
	spending   houqin.Fen // canteen cost
	notCost    houqin.Fen // spending that is not canteen cost
}

// tally validates st and adds up its lines. When fs is not nil it appends
// the findings of the lines and of the stated totals to it.
func (k *Checker) tally(st *Statement, fs *houqin.Findings) (tally, error) {
	var t tally
	var errs []error
	if st.Canteen == "" {
		errs = append(errs, houqin.Invalid("canteen", "missing"))
	}
	if err := st.Period.Validate(); err != nil {
		errs = append(errs, houqin.WithField("period", err))
	}
	statedIncome, hasIncome, err := stated("revenue", st.Revenue)
	if err != nil {
		errs = append(errs, err)
	}
	statedSpending, hasSpending, err := stated("spending", st.Spending)
	if err != nil {
		errs = append(errs, err)
	}
	if !st.Revenue.Valid && len(st.Income) == 0 {
		errs = append(errs, houqin.Invalid("revenue", "missing: give the revenue or income lines"))
	}

	var income houqin.Fen // every income line, as booked
	for i := range st.Income {
		l := &st.Income[i]
		f, err := amount("amount", l.Amount)
		if err != nil {
			errs = append(errs, houqin.WithField(index("income", i), err))
		}
		if !l.Category.Valid() {
			errs = append(errs, houqin.Invalid(index("income", i)+".category", categoryReason(l.Category.String(), l.Category == 0)))
			continue
		}
		if err != nil {
			continue
		}
		if l.Category.Revenue() {
			t.revenue += f
		} else {
			t.nonCanteen += f
		}
		if income += f; income > houqin.MaxFen {
			errs = append(errs, houqin.Invalid("income", "the lines add up beyond ±1,000,000,000,000.00 yuan"))
			break
		}
	}

	var booked houqin.Fen // every spending line, as booked
	for i := range st.Lines {
		l := &st.Lines[i]
		f, err := amount("amount", l.Amount)
		if err != nil {
			errs = append(errs, houqin.WithField(index("lines", i), err))
		}
		class := k.c.class[l.Category]
		if class == unknown {
			errs = append(errs, houqin.Invalid(index("lines", i)+".category", categoryReason(l.Category.String(), l.Category == 0)))
			continue
		}
		if err != nil {
			continue
		}
		if booked += f; booked > houqin.MaxFen {
			errs = append(errs, houqin.Invalid("lines", "the lines add up beyond ±1,000,000,000,000.00 yuan"))
			break
		}
		if class == isCost {
			t.spending += f
		} else {
			t.notCost += f
		}
		if fs == nil || errs != nil {
			continue
		}
		if class == notCost {
			*fs = append(*fs, lineFinding(CodeDisguisedSurplus, l, i, f))
		}
		if k.c.voucher && l.Voucher == "" {
			*fs = append(*fs, lineFinding(CodeMissingVoucher, l, i, f))
		}
		if k.c.approver && l.Approver == "" {
			*fs = append(*fs, lineFinding(CodeMissingApprover, l, i, f))
		}
	}
	if errs != nil {
		if len(errs) == 1 {
			return tally{}, errs[0]
		}
		return tally{}, errors.Join(errs...)
	}
	if len(st.Income) == 0 {
		t.revenue = statedIncome
	}
	if fs == nil {
		return t, nil
	}
	if hasIncome && len(st.Income) > 0 && statedIncome != income {
		*fs = append(*fs, mismatch(CodeIncomeTotalMismatch, st.Canteen, statedIncome, income))
	}
	if hasSpending && statedSpending != booked {
		*fs = append(*fs, mismatch(CodeSpendingTotalMismatch, st.Canteen, statedSpending, booked))
	}
	if t.nonCanteen > 0 {
		*fs = append(*fs, houqin.Finding{
			Code: CodeNonCanteenIncome, Severity: houqin.Warning, Subject: st.Canteen,
			Facts: []houqin.Fact{houqin.YuanFact("amount", t.nonCanteen)},
		})
	}
	return t, nil
}

// figures fills in the break-even figures of r from its revenue and
// spending.
func (k *Checker) figures(r *Result) {
	rev, sur := int64(r.Revenue), r.Revenue-r.Spending
	r.Surplus = sur
	r.Ratio = houqin.ShareOf(int64(sur), rev)
	r.Ceiling = k.c.ceiling
	r.Allowed = allowed(k.c.ceiling, rev)
	if sur > r.Allowed {
		r.Excess = sur - r.Allowed
	}
	if sur < 0 {
		r.Deficit = -sur
	}
}

// verdicts appends to fs the findings of the surplus ceiling and of the
// deficit tolerance on the figures of r.
func (k *Checker) verdicts(r *Result, fs *houqin.Findings) {
	if r.Excess == 0 && r.Deficit == 0 {
		return // within the ceiling (see below), and no deficit
	}
	rev, sur := int64(r.Revenue), r.Surplus
	// The verdict, exactly: surplus × 10⁸ > ceiling × revenue. It agrees
	// with Excess > 0 because the surplus is a whole number of fen.
	if houqin.CmpShare(int64(sur), rev, k.c.ceiling) > 0 {
		*fs = append(*fs, houqin.Finding{
			Code: CodeSurplusOverCeiling, Severity: houqin.Violation, Subject: r.Canteen,
			Facts: []houqin.Fact{
				houqin.YuanFact("revenue", r.Revenue),
				houqin.YuanFact("spending", r.Spending),
				houqin.YuanFact("surplus", sur),
				houqin.PercentFact("ratio", r.Ratio),
				houqin.PercentFact("ceiling", r.Ceiling),
				houqin.YuanFact("excess", r.Excess),
			},
		})
	}
	if r.Deficit > 0 && houqin.CmpShare(int64(r.Deficit), rev, k.c.tolerance) > 0 {
		*fs = append(*fs, houqin.Finding{
			Code: CodeDeficit, Severity: houqin.Warning, Subject: r.Canteen,
			Facts: []houqin.Fact{
				houqin.YuanFact("revenue", r.Revenue),
				houqin.YuanFact("spending", r.Spending),
				houqin.YuanFact("deficit", r.Deficit),
				houqin.PercentFact("ratio", houqin.ShareOf(int64(r.Deficit), rev)),
				houqin.PercentFact("tolerance", k.c.tolerance),
			},
		})
	}
}

// stated converts a stated total, which may be null.
func stated(field string, d decimal.NullDecimal) (houqin.Fen, bool, error) {
	if !d.Valid {
		return 0, false, nil
	}
	f, err := amount("", d.Decimal)
	if err != nil {
		return 0, true, houqin.WithField(field, err)
	}
	return f, true, nil
}

// amount converts an amount of input, which may not be negative, to fen;
// its errors name field. It gives what houqin.FenOf gives, with the fast
// path of [fen] for the amounts statements are made of: one comparison
// where FenOf makes two (with the positive and the negative bound). Every
// other value goes through FenOf.
func amount(field string, d decimal.Decimal) (houqin.Fen, error) {
	if f, ok := fen(d); ok {
		return f, nil
	}
	return amountOf(field, d)
}

// amountOf is amount without the fast path.
func amountOf(field string, d decimal.Decimal) (houqin.Fen, error) {
	f, err := houqin.FenOf(field, d)
	if err != nil {
		return 0, err
	}
	if f < 0 {
		return 0, houqin.Invalid(field, "negative: "+f.String())
	}
	return f, nil
}

func categoryReason(name string, unset bool) string {
	if unset {
		return "missing"
	}
	return "unknown category " + name
}

// index returns "list[i]".
func index(list string, i int) string { return list + "[" + strconv.Itoa(i) + "]" }

// lineFinding is a finding of spending line i with its amount as the fact.
func lineFinding(code houqin.Code, l *Line, i int, f houqin.Fen) houqin.Finding {
	subject := l.Voucher
	if subject == "" {
		subject = index("lines", i)
	}
	return houqin.Finding{
		Code: code, Severity: houqin.Violation, Subject: subject,
		Facts: []houqin.Fact{houqin.YuanFact("amount", f)},
	}
}

func mismatch(code houqin.Code, canteen string, stated, lines houqin.Fen) houqin.Finding {
	return houqin.Finding{
		Code: code, Severity: houqin.Violation, Subject: canteen,
		Facts: []houqin.Fact{
			houqin.YuanFact("stated", stated),
			houqin.YuanFact("lines", lines),
			houqin.YuanFact("difference", stated-lines),
		},
	}
}
