package canteen

import (
	"errors"
	"slices"
	"strconv"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/fixed"
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
	var fs houqin.Findings
	t, err := k.tally(&st, &fs)
	if err != nil {
		return Result{}, err
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
// the findings of the lines and of the stated totals to it. Its loops do
// the work of a valid line and no more: building an error or a finding is
// left to functions that only a problem reaches ([lineErrors],
// [appendLineFindings]).
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
		if err != nil || !l.Category.Valid() {
			errs = lineErrors(errs, "income", i, err, l.Category.Valid(), l.Category.String(), l.Category == 0)
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
		class := k.c.class[l.Category]
		if err != nil || class == unknown {
			errs = lineErrors(errs, "lines", i, err, class != unknown, l.Category.String(), l.Category == 0)
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
		if broken := k.lineRules(l, class); broken != 0 && fs != nil && errs == nil {
			*fs = appendLineFindings(*fs, broken, l, i, f)
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

// fen converts yuan to fen within ±houqin.MaxFen, as houqin.FenOf does.
var fen = fixed.NewConverter(2, int64(houqin.MaxFen))

// amount converts an amount of input, which may not be negative, to fen;
// its errors name field.
func amount(field string, d decimal.Decimal) (houqin.Fen, error) {
	if v, why := fen.Of(d); why == fixed.OK && v >= 0 {
		return houqin.Fen(v), nil
	}
	f, err := houqin.FenOf(field, d)
	if err == nil {
		err = houqin.Invalid(field, "negative: "+f.String())
	}
	return 0, err
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

// lineErrors appends to errs the problems of line i of list: err, the
// error of its amount, unless nil; and its category, named name, unless
// known.
func lineErrors(errs []error, list string, i int, err error, known bool, name string, unset bool) []error {
	if err != nil {
		errs = append(errs, houqin.WithField(index(list, i), err))
	}
	if !known {
		errs = append(errs, houqin.Invalid(index(list, i)+".category", categoryReason(name, unset)))
	}
	return errs
}

// lineRule is a rule of a spending line, as a bit: a set of them says
// which rules a line breaks.
type lineRule uint8

const (
	notCanteenCost lineRule = 1 << iota // CodeDisguisedSurplus
	noVoucher                           // CodeMissingVoucher
	noApprover                          // CodeMissingApprover
)

// lineRules returns the rules spending line l, of class c, breaks: spending
// that is never canteen cost, and, where the policy requires them, a
// voucher and an approver.
func (k *Checker) lineRules(l *Line, c class) (broken lineRule) {
	if c == notCost {
		broken |= notCanteenCost
	}
	if k.c.voucher && l.Voucher == "" {
		broken |= noVoucher
	}
	if k.c.approver && l.Approver == "" {
		broken |= noApprover
	}
	return broken
}

// appendLineFindings appends to fs a finding of each rule in broken, of
// spending line i of amount f.
func appendLineFindings(fs houqin.Findings, broken lineRule, l *Line, i int, f houqin.Fen) houqin.Findings {
	if broken&notCanteenCost != 0 {
		fs = append(fs, lineFinding(CodeDisguisedSurplus, l, i, f))
	}
	if broken&noVoucher != 0 {
		fs = append(fs, lineFinding(CodeMissingVoucher, l, i, f))
	}
	if broken&noApprover != 0 {
		fs = append(fs, lineFinding(CodeMissingApprover, l, i, f))
	}
	return fs
}
