package canteen

import (
	"slices"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/houqin-go/houqin/internal/problem"
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
// check of a compliant statement does not allocate; a breach of the ceiling
// alone allocates once.
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
	k.settle(&r, fs, k.c.scope.each())
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
	var p problem.List
	if st.Canteen == "" {
		p.Add(houqin.Invalid("canteen", "missing"))
	}
	if err := st.Period.Validate(); err != nil {
		p.Add(houqin.WithField("period", err))
	}
	statedIncome, hasIncome := stated(&p, "revenue", st.Revenue)
	statedSpending, hasSpending := stated(&p, "spending", st.Spending)
	if !st.Revenue.Valid && len(st.Income) == 0 {
		p.Add(houqin.Invalid("revenue", "missing: give the revenue or income lines"))
	}

	var income houqin.Fen // every income line, as booked
	for i := range st.Income {
		l := &st.Income[i]
		f, ok := fenOf(l.Amount)
		if !ok || !l.Category.Valid() {
			lineErrors(&p, "income", i, l.Amount, incomeCodec.Validate(uint8(l.Category)))
			continue
		}
		if l.Category.Revenue() {
			t.revenue += f
		} else {
			t.nonCanteen += f
		}
		if income += f; income > houqin.MaxFen {
			p.Add(houqin.Invalid("income", "the lines add up beyond ±1,000,000,000,000.00 yuan"))
			break
		}
	}

	var booked houqin.Fen // every spending line, as booked
	for i := range st.Lines {
		l := &st.Lines[i]
		f, ok := fenOf(l.Amount)
		class := k.c.class[l.Category]
		if !ok || class == unknown {
			lineErrors(&p, "lines", i, l.Amount, categoryCodec.Validate(uint8(l.Category)))
			continue
		}
		if booked += f; booked > houqin.MaxFen {
			p.Add(houqin.Invalid("lines", "the lines add up beyond ±1,000,000,000,000.00 yuan"))
			break
		}
		if class == isCost {
			t.spending += f
		} else {
			t.notCost += f
		}
		if broken := k.lineRules(l, class); broken != 0 && fs != nil && p.Len() == 0 {
			*fs = appendLineFindings(*fs, broken, l, i, f)
		}
	}
	if p.Len() > 0 {
		return tally{}, p.Err()
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

// stated converts a stated total, which may be null, and adds its problem
// to p.
func stated(p *problem.List, field string, d decimal.NullDecimal) (houqin.Fen, bool) {
	if !d.Valid {
		return 0, false
	}
	f, ok := fenOf(d.Decimal)
	if !ok {
		_, err := amount(field, d.Decimal)
		p.Add(err)
	}
	return f, true
}

// fen converts yuan to fen within ±houqin.MaxFen, as houqin.FenOf does.
var fen = fixed.NewConverter(2, int64(houqin.MaxFen))

// fenOf converts an amount of input to fen, and reports whether it is one:
// a whole number of fen from 0 to houqin.MaxFen. [amount] says why not.
func fenOf(d decimal.Decimal) (houqin.Fen, bool) {
	v, why := fen.Of(d)
	return houqin.Fen(v), why == fixed.OK && v >= 0
}

// amount converts an amount of input, which may not be negative, to fen;
// its errors name field.
func amount(field string, d decimal.Decimal) (houqin.Fen, error) {
	if f, ok := fenOf(d); ok {
		return f, nil
	}
	f, err := houqin.FenOf(field, d)
	if err == nil {
		err = houqin.Invalid(field, "negative: "+f.String())
	}
	return 0, err
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

// lineErrors adds to p the problems of line i of list: its amount d,
// unless valid, and why its category is refused, unless why is "".
func lineErrors(p *problem.List, list string, i int, d decimal.Decimal, why string) {
	at := field.Index(list, i)
	_, err := amount(field.Join(at, "amount"), d)
	p.Add(err)
	if why != "" {
		p.Add(houqin.Invalid(field.Join(at, "category"), why))
	}
}

// lineRule is a rule of a spending line, as a bit: a set of them says
// which rules a line breaks.
type lineRule uint8

const (
	notCanteenCost lineRule = 1 << iota // CodeDisguisedSurplus
	noVoucher                           // CodeMissingVoucher
	noApprover                          // CodeMissingApprover
)

// lineCodes[b] is the code of the rule 1<<b.
var lineCodes = [...]houqin.Code{CodeDisguisedSurplus, CodeMissingVoucher, CodeMissingApprover}

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
// spending line i of amount f: its subject is the line's voucher, or
// "lines[i]", and its fact the amount.
func appendLineFindings(fs houqin.Findings, broken lineRule, l *Line, i int, f houqin.Fen) houqin.Findings {
	subject := l.Voucher
	if subject == "" {
		subject = field.Index("lines", i)
	}
	for b, code := range lineCodes {
		if broken&(1<<b) != 0 {
			fs = append(fs, houqin.Finding{
				Code: code, Severity: houqin.Violation, Subject: subject,
				Facts: []houqin.Fact{houqin.YuanFact("amount", f)},
			})
		}
	}
	return fs
}
