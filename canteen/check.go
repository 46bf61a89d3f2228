package canteen

import (
	"slices"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
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
	p.CeilingAccounts, p.ExcludedCosts = slices.Clone(p.CeilingAccounts), slices.Clone(p.ExcludedCosts)
	p.SubsidyRates = slices.Clone(p.SubsidyRates)
	return &Checker{policy: p, c: c}, nil
}

// Policy returns a copy of the policy the Checker applies.
func (k *Checker) Policy() Policy {
	p := k.policy
	p.Staples = slices.Clone(p.Staples)
	p.CeilingAccounts, p.ExcludedCosts = slices.Clone(p.CeilingAccounts), slices.Clone(p.ExcludedCosts)
	p.SubsidyRates = slices.Clone(p.SubsidyRates)
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
//     up to ([CodeIncomeTotalMismatch], [CodeSpendingTotalMismatch]);
//   - the accounts kept apart: a staff account's loss ([CodeStaffMealLoss]),
//     the school's public funds covering a deficit ([CodeDeficitCovered]);
//   - the balances: opening + income − spending = closing, for each account
//     ([CodeBalanceMismatch]), and the ceiling on the balance
//     ([CodeBalanceOverCeiling], where [Policy.BalanceCeiling]);
//   - the controls: utilities without a meter reading
//     ([CodeUnmeteredUtilities]), the food-cost floor
//     ([CodeFoodCostBelowFloor], where [Policy.FoodCostFloor]), a sales
//     target beyond cost ([CodeSalesTarget]), a statement filed late
//     ([CodeLateStatement]).
//
// The figures are exact to the fen; see [Result] for how they relate. The
// check of a compliant statement does not allocate, kept in accounts or
// not; a breach of the ceiling alone allocates once.
//
// Check returns an error, and no result, when the statement is not valid
// input: a missing canteen or period, an amount that is negative, finer
// than a fen or beyond ±houqin.MaxFen, a category that is not set or not
// known, no revenue at all, or lines whose sum lies beyond ±houqin.MaxFen;
// an account without a kind or an ID, two accounts of one ID, income,
// lines or balances of the statement's own beside its accounts; a balance
// finer than a fen, or balances whose sums or differences lie beyond
// ±houqin.MaxFen; an unmetered line that is not of utilities; a negative
// sales target; a day filed that is not a date or comes before the period.
// The error joins every problem found, each an *houqin.InputError naming
// its field ("lines[3].amount", "accounts[1].kind") that matches
// houqin.ErrInvalidInput.
func (k *Checker) Check(st Statement) (r Result, err error) {
	if k == nil {
		return Result{}, errNilChecker
	}
	if err = k.check(&st, nil, &r); err != nil {
		return Result{}, err
	}
	return r, nil
}

// CheckTo is [Checker.Check] writing the result into dst and reusing the
// memory of dst's findings, so that a host that checks many statements in
// turn, and stores or reduces each result before the next, allocates
// nothing once a statement over the ceiling has left dst room for its
// finding. The statement is read
// through a pointer and never changed: a Statement is large, and a host
// holding a county's statements in a slice checks each where it lies.
//
// Whatever dst held is overwritten: findings, and facts of findings, taken
// from it before the call change with it. When CheckTo returns an error,
// dst holds the zero Result, with its memory kept for the next call. A nil
// dst or st is an error, not a panic.
func (k *Checker) CheckTo(dst *Result, st *Statement) error {
	switch {
	case k == nil:
		return errNilChecker
	case dst == nil:
		return houqin.Invalid("dst", "nil Result: give the Result to write into")
	case st == nil:
		return houqin.Invalid("statement", "nil Statement")
	}
	*dst = Result{Findings: dst.Findings[:0]}
	return k.check(st, nil, dst)
}

// check checks st as [Checker.Check] does into r, which is the zero
// Result but for the memory of its findings ([Checker.CheckTo]); in a
// chain ([Checker.Chain]), c carries the balances of the previous
// statement into it.
func (k *Checker) check(st *Statement, c *carrier, r *Result) error {
	fs := r.Findings
	r.Findings = nil
	t := tally{fig: [numAccountKinds]*Figures{AccountPupils: &r.Pupils, AccountStaff: &r.Staff, AccountOther: &r.Other}}
	if err := k.tally(st, &fs, c, &t); err != nil {
		*r = Result{Findings: fs[:0]}
		return err
	}
	r.Canteen, r.Period = st.Canteen, st.Period
	r.Revenue, r.NonCanteenIncome = t.revenue, t.nonCanteen
	r.Spending, r.NotCost = t.spending, t.notCost
	r.Net = t.income - t.booked // = Σ Figures.Net
	if k.c.floor > 0 || st.SalesTarget.Valid || (k.c.dueDay > 0 && !st.Filed.IsZero()) || (k.c.balanceCeiling > 0 && t.balances) {
		fs = k.controls(st, &t, fs)
	}
	k.settle(r, fs, k.c.scope.each())
	return nil
}

// tally is what the lines of a statement add up to.
type tally struct {
	revenue    houqin.Fen // canteen income of the accounts the ceiling binds
	nonCanteen houqin.Fen // their income that is not canteen income
	spending   houqin.Fen // their canteen cost
	notCost    houqin.Fen // their spending that is not canteen cost

	fig  [numAccountKinds]*Figures // where to add up the figures of each kind of account
	kept [numAccountKinds]bool     // whether the statement keeps an account of the kind

	bound    bool       // the statement keeps an account the ceiling binds
	balances bool       // the closing balances of the bound accounts are known
	closing  houqin.Fen // and they add up to this

	food     houqin.Fen // food bought on the pupils' accounts
	mealFees houqin.Fen // meal fees they took in
	rent     houqin.Fen // shop rent booked on the accounts of meals
	covered  houqin.Fen // the school's public funds booked on any account

	income houqin.Fen // every income line, as booked
	booked houqin.Fen // every spending line, as booked
}

// ledger names one account of a statement as the tally reads it: an
// element of Statement.Accounts, or the statement itself when it has none.
type ledger struct {
	at   int    // the index in Statement.Accounts; −1 for the statement itself
	id   string // the subject of the account's findings
	kind AccountKind
}

// path returns the field path of list ("lines") of l: "lines" or
// "accounts[2].lines". Only the ways to an error or a finding call it.
func (l *ledger) path(list string) string {
	if l.at < 0 {
		return list
	}
	return field.Join(field.Index("accounts", l.at), list)
}

// tally validates st and adds up its lines, account by account. When fs is
// not nil it appends the findings of the lines, of the accounts and of the
// stated totals to it; c, when not nil, carries the balances of the
// previous statement of a chain. Its loops do the work of a valid line and
// no more: building an error or a finding is left to functions that only a
// problem reaches ([lineErrors], [appendLineFindings]).
func (k *Checker) tally(st *Statement, fs *houqin.Findings, c *carrier, t *tally) error {
	var p problem.List
	if st.Canteen == "" {
		p.Add(houqin.Invalid("canteen", "missing"))
	}
	if err := st.Period.Validate(); err != nil {
		p.Add(houqin.WithField("period", err))
	}
	statedIncome, hasIncome := stated(&p, "revenue", st.Revenue)
	statedSpending, hasSpending := stated(&p, "spending", st.Spending)
	if !st.Revenue.Valid && len(st.Income) == 0 && len(st.Accounts) == 0 {
		p.Add(houqin.Invalid("revenue", "missing: give the revenue or income lines"))
	}
	if st.SalesTarget.Valid {
		stated(&p, "sales_target", st.SalesTarget)
	}
	if !st.Filed.IsZero() {
		filedErrors(&p, st)
	}
	if len(st.Accounts) == 0 {
		k.account(t, &p, fs, c, st, -1, statedIncome)
	} else {
		accountsErrors(&p, st)
		for a := range st.Accounts {
			if kind := st.Accounts[a].Kind; !kind.Valid() {
				p.Add(houqin.Invalid(field.Join(field.Index("accounts", a), "kind"), accountCodec.Validate(uint8(kind))+accountHint))
			}
			k.account(t, &p, fs, c, st, a, 0)
		}
	}
	if c != nil && p.Len() == 0 {
		c.settle(&p, fs, st)
	}
	if p.Len() > 0 {
		return p.Err()
	}
	if t.balances && beyond(t.closing) {
		return houqin.Invalid("accounts", "the closing balances add up beyond ±1,000,000,000,000.00 yuan")
	}
	if fs == nil {
		return nil
	}
	if hasIncome && (len(st.Income) > 0 || len(st.Accounts) > 0) && statedIncome != t.income {
		*fs = append(*fs, mismatch(CodeIncomeTotalMismatch, st.Canteen, statedIncome, t.income))
	}
	if hasSpending && statedSpending != t.booked {
		*fs = append(*fs, mismatch(CodeSpendingTotalMismatch, st.Canteen, statedSpending, t.booked))
	}
	if t.rent > 0 {
		*fs = append(*fs, houqin.Finding{
			Code: CodeNonCanteenIncome, Severity: houqin.Warning, Subject: st.Canteen,
			Facts: []houqin.Fact{houqin.YuanFact("amount", t.rent)},
		})
	}
	if t.covered > 0 {
		*fs = append(*fs, houqin.Finding{
			Code: CodeDeficitCovered, Severity: houqin.Warning, Subject: st.Canteen,
			Facts: []houqin.Fact{houqin.YuanFact("amount", t.covered)},
		})
	}
	return nil
}

// filedErrors adds to p the problems of the day st was filed: not a valid
// date, or before the period it reports begins.
func filedErrors(p *problem.List, st *Statement) {
	if err := st.Filed.Validate(); err != nil {
		p.Add(houqin.WithField("filed", err))
	} else if st.Filed.Before(st.Period.From) {
		p.Add(houqin.Invalid("filed", st.Filed.String()+" is before the period it reports begins"))
	}
}

// accountsErrors adds to p the problems of a statement kept in accounts
// that are not those of one account: lines or balances of its own, and
// accounts without an ID or with the same ID.
func accountsErrors(p *problem.List, st *Statement) {
	if len(st.Income) > 0 {
		p.Add(houqin.Invalid("income", "a statement kept in accounts books its income in its accounts"))
	}
	if len(st.Lines) > 0 {
		p.Add(houqin.Invalid("lines", "a statement kept in accounts books its spending in its accounts"))
	}
	if st.Opening.Valid {
		p.Add(houqin.Invalid("opening", "a statement kept in accounts states each account's balances"))
	}
	if st.Closing.Valid {
		p.Add(houqin.Invalid("closing", "a statement kept in accounts states each account's balances"))
	}
	for a := range st.Accounts {
		id := st.Accounts[a].ID
		if id == "" {
			p.Add(houqin.Invalid(field.Join(field.Index("accounts", a), "id"), "missing"))
			continue
		}
		for b := range a {
			if st.Accounts[b].ID == id {
				p.Add(houqin.Invalid(field.Join(field.Index("accounts", a), "id"), "duplicate "+clip.Quote(id, 40)+" of "+field.Index("accounts", b)))
				break
			}
		}
	}
}

// account adds up the lines of account at of st (−1: the statement
// itself, without accounts) into t: its figures into those of its kind,
// and every line into the statement's totals. A statement without
// accounts and without income lines has the revenue it states,
// statedIncome. It adds the problems of the account to p and, when fs is
// not nil and there are none so far, its findings to fs.
func (k *Checker) account(t *tally, p *problem.List, fs *houqin.Findings, c *carrier, st *Statement, at int, statedIncome houqin.Fen) {
	lg := ledger{at: at, id: st.Canteen, kind: AccountPupils}
	income, lines := st.Income, st.Lines
	balances := st.Opening.Valid || st.Closing.Valid
	if at >= 0 {
		acc := &st.Accounts[at]
		lg.id, lg.kind = acc.ID, acc.Kind
		if !acc.Kind.Valid() {
			lg.kind = AccountOther // check its lines all the same
		}
		income, lines = acc.Income, acc.Lines
		balances = acc.Opening.Valid || acc.Closing.Valid
	}
	var a Figures
	var food, mealFees houqin.Fen
	for i := range income {
		l := &income[i]
		f, ok := fenOf(l.Amount)
		if !ok || !l.Category.Valid() {
			lineErrors(p, lg.path("income"), i, l.Amount, incomeCodec.Validate(uint8(l.Category)))
			continue
		}
		switch l.Category {
		case ShopRent:
			a.NonCanteenIncome += f
		case PublicFunds:
			a.PublicFunds += f
		case MealFees:
			mealFees += f
			a.Revenue += f
		default:
			a.Revenue += f
		}
		if t.income += f; t.income > houqin.MaxFen {
			if t.income < 2*houqin.MaxFen+1 { // reported once: the first line beyond
				p.Add(houqin.Invalid(lg.path("income"), "the lines add up beyond ±1,000,000,000,000.00 yuan"))
			}
			t.income = 2*houqin.MaxFen + 1
			break
		}
	}
	if at < 0 && len(income) == 0 {
		a.Revenue, mealFees = statedIncome, statedIncome
		t.income = statedIncome
	}
	classes := &k.c.accountClass[lg.kind]
	for i := range lines {
		l := &lines[i]
		f, ok := fenOf(l.Amount)
		class := classes[l.Category]
		if !ok || class == unknown || (l.Unmetered && l.Category != FuelUtilities) {
			lineErrors(p, lg.path("lines"), i, l.Amount, categoryCodec.Validate(uint8(l.Category)))
			if l.Unmetered && l.Category.Valid() && l.Category != FuelUtilities {
				p.Add(houqin.Invalid(field.Join(field.Index(lg.path("lines"), i), "unmetered"), "only a line of fuel and utilities is metered"))
			}
			continue
		}
		if t.booked += f; t.booked > houqin.MaxFen {
			if t.booked < 2*houqin.MaxFen+1 { // reported once: the first line beyond
				p.Add(houqin.Invalid(lg.path("lines"), "the lines add up beyond ±1,000,000,000,000.00 yuan"))
			}
			t.booked = 2*houqin.MaxFen + 1
			break
		}
		if class == isCost {
			a.Spending += f
		} else {
			a.NotCost += f
		}
		if l.Category == Food {
			food += f
		}
		if broken := k.lineRules(l, class); broken != 0 && fs != nil && p.Len() == 0 {
			*fs = appendLineFindings(*fs, broken, l, &lg, i, f)
		}
	}
	if balances || c != nil {
		k.balance(p, fs, c, st, &lg, &a)
	}
	if lg.kind == AccountStaff && a.Outgo() > a.Income() && fs != nil && p.Len() == 0 {
		*fs = append(*fs, staffLoss(lg.id, &a))
	}
	if lg.kind != AccountOther {
		t.rent += a.NonCanteenIncome
	}
	if lg.kind == AccountPupils {
		t.food += food
		t.mealFees += mealFees
	}
	t.covered += a.PublicFunds
	if k.c.bound[lg.kind] { // the figures the ceiling speaks of
		t.revenue += a.Revenue
		t.nonCanteen += a.NonCanteenIncome
		t.spending += a.Spending
		t.notCost += a.NotCost
		t.closing += a.Closing
		t.balances = (t.balances || !t.bound) && a.Balances
		t.bound = true
	}
	if f := t.fig[lg.kind]; t.kept[lg.kind] {
		f.add(&a)
		f.Balances = f.Balances && a.Balances
		switch {
		case !f.Balances:
			f.Opening, f.Closing = 0, 0
		case beyond(f.Opening) || beyond(f.Closing):
			p.Add(houqin.Invalid(lg.path("closing"), "the balances of the accounts of its kind add up beyond ±1,000,000,000,000.00 yuan"))
		}
	} else {
		*f, t.kept[lg.kind] = a, true
	}
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
	noMeter                             // CodeUnmeteredUtilities
)

// lineCodes[b] is the code of the rule 1<<b.
var lineCodes = [...]houqin.Code{CodeDisguisedSurplus, CodeMissingVoucher, CodeMissingApprover, CodeUnmeteredUtilities}

// lineRules returns the rules spending line l, of class c, breaks: spending
// that is not canteen cost, and, where the policy requires them, a voucher,
// an approver and a meter reading.
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
	if l.Unmetered && k.c.meter {
		broken |= noMeter
	}
	return broken
}

// appendLineFindings appends to fs a finding of each rule in broken, of
// spending line i of amount f of account lg: its subject is the line's
// voucher, or the account's ID (the canteen's, for a statement without
// accounts), and its facts the amount and the line as a person counts it,
// from 1 (line i+1 of the account's spending lines).
func appendLineFindings(fs houqin.Findings, broken lineRule, l *Line, lg *ledger, i int, f houqin.Fen) houqin.Findings {
	subject := l.Voucher
	if subject == "" {
		subject = lg.id
	}
	for b, code := range lineCodes {
		if broken&(1<<b) != 0 {
			fs = append(fs, houqin.Finding{
				Code: code, Severity: houqin.Violation, Subject: subject,
				Facts: []houqin.Fact{houqin.YuanFact("amount", f), houqin.CountFact("line", int64(i)+1)},
			})
		}
	}
	return fs
}
