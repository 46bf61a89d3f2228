package canteen_test

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/shopspring/decimal"
)

// BenchmarkCheckAccounts is the whole check of one compliant statement kept
// in three accounts with balances, a stated total, a sales target and the
// day it was filed (compliantAccounts), the houqin way beside the naive
// decimal way.
func BenchmarkCheckAccounts(b *testing.B) {
	chk := checker(b, nil)
	nv := newNaive(canteen.DefaultPolicy())
	st := compliantAccounts()
	if r, _, err := nv.checkAccounts(st, nil); err != nil || len(r.findings) != 0 {
		b.Fatalf("the naive way: %v %v", r.findings, err)
	}
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := chk.Check(st); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := nv.checkAccounts(st, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkChain checks a county's chains of statements per operation:
// 200 schools × 10 months, every statement with its balances, half of them
// kept in three accounts, one month in twenty opening short of the previous
// closing (money transferred out), shuffled within each school. It reports
// ns/statement. Both ways must find the same carry-forward mismatches.
func BenchmarkChain(b *testing.B) {
	chains := chainsOfCounty()
	chk := checker(b, nil)
	nv := newNaive(canteen.DefaultPolicy())
	statements, mismatches := 0, 0
	for _, sts := range chains {
		rs, err := chk.Chain(sts)
		if err != nil {
			b.Fatal(err)
		}
		nrs, err := nv.chain(sts)
		if err != nil {
			b.Fatal(err)
		}
		for i := range rs {
			got := len(findingsOf(rs[i].Findings, canteen.CodeCarryForwardMismatch))
			if want := len(findingsOf(nrs[i].findings, canteen.CodeCarryForwardMismatch)); got != want {
				b.Fatalf("%s %v: %d carry-forward mismatches, the naive way %d", sts[0].Canteen, rs[i].Period, got, want)
			}
			mismatches += got
		}
		statements += len(sts)
	}
	b.Logf("%d chains, %d statements, %d carry-forward mismatches", len(chains), statements, mismatches)
	perStatement := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(statements), "ns/statement")
	}
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, sts := range chains {
				if _, err := chk.Chain(sts); err != nil {
					b.Fatal(err)
				}
			}
		}
		perStatement(b)
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, sts := range chains {
				if _, err := nv.chain(sts); err != nil {
					b.Fatal(err)
				}
			}
		}
		perStatement(b)
	})
}

func findingsOf(fs houqin.Findings, c houqin.Code) houqin.Findings {
	var out houqin.Findings
	for _, f := range fs {
		if f.Code == c {
			out = append(out, f)
		}
	}
	return out
}

// chainsOfCounty is a county's chains: 200 schools, the ten months from September
// 2025 to June 2026 each (see BenchmarkChain). The fixed seed makes the
// same county on every run.
var chainsOfCounty = sync.OnceValue(func() [][]canteen.Statement {
	rng := rand.New(rand.NewPCG(200, 10))
	chains := make([][]canteen.Statement, 200)
	for s := range chains {
		id := "S" + strconv.Itoa(s)
		accounts := s%2 == 1
		var sts []canteen.Statement
		pupils, staff, other := houqin.Fen(rng.Int64N(500_000)), houqin.Fen(0), houqin.Fen(0) // the opening balances
		for m := range 10 {
			y, mo := 2025, time.Month(9+m)
			if mo > time.December {
				y, mo = 2026, mo-12
			}
			st := genStatement(rng, id, houqin.MonthPeriod(y, mo), 2)
			if rng.IntN(20) == 0 {
				pupils -= houqin.Fen(rng.Int64N(100_000) + 1) // transferred out
			}
			rev, _ := houqin.FenOf("", st.Revenue.Decimal)
			spent, _ := houqin.FenOf("", st.Spending.Decimal)
			if !accounts {
				st.Opening = decimal.NewNullDecimal(pupils.Yuan())
				pupils += rev - spent
				st.Closing = decimal.NewNullDecimal(pupils.Yuan())
				sts = append(sts, st)
				continue
			}
			fee := houqin.Fen(rng.Int64N(1_000_000) + 100_000)
			meals := fee - houqin.Fen(rng.Int64N(1000)) // at cost, or a little less
			interest := houqin.Fen(rng.Int64N(5000))
			p := canteen.Account{ID: "学生伙食", Kind: canteen.AccountPupils,
				Income: []canteen.IncomeLine{{Category: canteen.MealFees, Amount: rev.Yuan()}}, Lines: st.Lines,
				Opening: decimal.NewNullDecimal(pupils.Yuan()), Closing: decimal.NewNullDecimal((pupils + rev - spent).Yuan())}
			f := canteen.Account{ID: "教职工伙食", Kind: canteen.AccountStaff,
				Income:  []canteen.IncomeLine{{Category: canteen.MealFees, Amount: fee.Yuan()}},
				Lines:   []canteen.Line{{Category: canteen.StaffMeals, Amount: meals.Yuan(), Voucher: "V-staff", Approver: "Wang"}},
				Opening: decimal.NewNullDecimal(staff.Yuan()), Closing: decimal.NewNullDecimal((staff + fee - meals).Yuan())}
			o := canteen.Account{ID: "利息", Kind: canteen.AccountOther,
				Income:  []canteen.IncomeLine{{Category: canteen.Interest, Amount: interest.Yuan()}},
				Opening: decimal.NewNullDecimal(other.Yuan()), Closing: decimal.NewNullDecimal((other + interest).Yuan())}
			pupils, staff, other = pupils+rev-spent, staff+fee-meals, other+interest
			sts = append(sts, canteen.Statement{Canteen: id, Period: st.Period, Accounts: []canteen.Account{p, f, o},
				Revenue:  decimal.NewNullDecimal((rev + fee + interest).Yuan()),
				Spending: decimal.NewNullDecimal((spent + meals).Yuan())})
		}
		rng.Shuffle(len(sts), func(i, j int) { sts[i], sts[j] = sts[j], sts[i] })
		chains[s] = sts
	}
	return chains
})

// naiveCarried is what the naive chain carries: each account's closing
// balance by ID, in decimals.
type naiveCarried map[string]decimal.Decimal

// checkAccounts is the naive check of a statement kept in accounts (or of
// one account): decimal sums per account and kind, the break-even rules on
// the accounts of pupils' meals, the staff meals' loss, the balances, and
// the balances carried from prev (nil: none). It returns the result and the
// closing balances to carry.
func (n *naive) checkAccounts(st canteen.Statement, prev naiveCarried) (naiveResult, naiveCarried, error) {
	type account struct {
		id               string
		kind             canteen.AccountKind
		income           []canteen.IncomeLine
		lines            []canteen.Line
		opening, closing decimal.NullDecimal
	}
	as := []account{{id: st.Canteen, kind: canteen.AccountPupils, income: st.Income, lines: st.Lines, opening: st.Opening, closing: st.Closing}}
	if len(st.Accounts) > 0 {
		as = nil
		for _, a := range st.Accounts {
			if !a.Kind.Valid() || a.ID == "" {
				return naiveResult{}, nil, houqin.Invalid("accounts", "bad account")
			}
			as = append(as, account{a.ID, a.Kind, a.Income, a.Lines, a.Opening, a.Closing})
		}
	}
	if st.Canteen == "" || st.Period.Validate() != nil {
		return naiveResult{}, nil, houqin.Invalid("statement", "bad header")
	}
	r := naiveResult{revenue: decimal.Zero, nonCanteen: decimal.Zero, spending: decimal.Zero, notCost: decimal.Zero}
	income, booked := decimal.Zero, decimal.Zero
	next := naiveCarried{}
	for _, a := range as {
		rev, other, cost, notCost := decimal.Zero, decimal.Zero, decimal.Zero, decimal.Zero
		for _, l := range a.income {
			if err := naiveAmount("amount", l.Amount); err != nil || !l.Category.Valid() {
				return naiveResult{}, nil, errors.Join(err, houqin.Invalid("category", "unknown"))
			}
			income = income.Add(l.Amount)
			if l.Category == canteen.ShopRent || l.Category == canteen.PublicFunds {
				other = other.Add(l.Amount)
			} else {
				rev = rev.Add(l.Amount)
			}
		}
		if len(a.income) == 0 && len(st.Accounts) == 0 {
			rev = st.Revenue.Decimal
			income = income.Add(rev)
		}
		for _, l := range a.lines {
			if err := naiveAmount("amount", l.Amount); err != nil || !l.Category.Valid() {
				return naiveResult{}, nil, errors.Join(err, houqin.Invalid("category", "unknown"))
			}
			booked = booked.Add(l.Amount)
			never := n.notCost[l.Category] && !(a.kind == canteen.AccountStaff && l.Category == canteen.StaffMeals)
			subject := l.Voucher
			if subject == "" {
				subject = "lines"
			}
			finding := func(c houqin.Code) {
				r.findings = append(r.findings, houqin.Finding{Code: c, Severity: houqin.Violation, Subject: subject, Facts: []houqin.Fact{yuanFact("amount", l.Amount)}})
			}
			if never {
				notCost = notCost.Add(l.Amount)
				finding(canteen.CodeDisguisedSurplus)
			} else {
				cost = cost.Add(l.Amount)
			}
			if n.voucher && l.Voucher == "" {
				finding(canteen.CodeMissingVoucher)
			}
			if n.approver && l.Approver == "" {
				finding(canteen.CodeMissingApprover)
			}
			if l.Unmetered {
				finding(canteen.CodeUnmeteredUtilities)
			}
		}
		in, out := rev.Add(other), cost.Add(notCost)
		if a.kind == canteen.AccountStaff && out.GreaterThan(in) {
			r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeStaffMealLoss, Severity: houqin.Violation, Subject: a.id,
				Facts: []houqin.Fact{yuanFact("income", in), yuanFact("spending", out), yuanFact("loss", out.Sub(in))}})
		}
		if a.kind == canteen.AccountPupils {
			r.revenue, r.spending, r.notCost = r.revenue.Add(rev), r.spending.Add(cost), r.notCost.Add(notCost)
		}
		// The balances: carried, stated, worked out.
		opening, hasOpening := a.opening.Decimal, a.opening.Valid
		if p, ok := prev[a.id]; ok {
			if !hasOpening {
				opening, hasOpening = p, true
			} else if !opening.Equal(p) {
				r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeCarryForwardMismatch, Severity: houqin.Violation, Subject: a.id,
					Facts: []houqin.Fact{houqin.DateFact("from", st.Period.From), yuanFact("previous", p), yuanFact("opening", opening), yuanFact("difference", opening.Sub(p))}})
			}
		}
		closing := a.closing.Decimal
		switch {
		case hasOpening && a.closing.Valid:
			if expected := opening.Add(in).Sub(out); !expected.Equal(closing) {
				r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeBalanceMismatch, Severity: houqin.Violation, Subject: a.id})
			}
		case hasOpening:
			closing = opening.Add(in).Sub(out)
		}
		if hasOpening || a.closing.Valid {
			next[a.id] = closing
		}
	}
	if st.Revenue.Valid && !st.Revenue.Decimal.Equal(income) && (len(st.Income) > 0 || len(st.Accounts) > 0) {
		r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeIncomeTotalMismatch, Severity: houqin.Violation, Subject: st.Canteen})
	}
	if st.Spending.Valid && !st.Spending.Decimal.Equal(booked) {
		r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeSpendingTotalMismatch, Severity: houqin.Violation, Subject: st.Canteen})
	}
	if st.SalesTarget.Valid && st.SalesTarget.Decimal.GreaterThan(r.spending) {
		r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeSalesTarget, Severity: houqin.Violation, Subject: st.Canteen})
	}
	if !st.Filed.IsZero() {
		due := time.Date(st.Period.To.Year, st.Period.To.Month+1, 5, 0, 0, 0, 0, time.UTC)
		filed := time.Date(st.Filed.Year, st.Filed.Month, st.Filed.Day, 0, 0, 0, 0, time.UTC)
		if filed.After(due) {
			r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeLateStatement, Severity: houqin.Warning, Subject: st.Canteen})
		}
	}
	n.balance(&r, st.Canteen, n.each)
	r.findings.Sort()
	return r, next, nil
}

// chain is the naive chain: sort the statements by period, check that each
// follows the last, then check each with the balances carried.
func (n *naive) chain(sts []canteen.Statement) ([]naiveResult, error) {
	sorted := slices.Clone(sts)
	slices.SortFunc(sorted, func(a, b canteen.Statement) int { return a.Period.From.Compare(b.Period.From) })
	out := make([]naiveResult, len(sorted))
	var carried naiveCarried
	for i, st := range sorted {
		if st.Canteen != sorted[0].Canteen {
			return nil, houqin.Invalid("canteen", "differs")
		}
		if i > 0 && st.Period.From != sorted[i-1].Period.To.AddDays(1) {
			return nil, houqin.Invalid("statements", "gap or overlap")
		}
		r, next, err := n.checkAccounts(st, carried)
		if err != nil {
			return nil, err
		}
		out[i], carried = r, next
	}
	return out, nil
}
