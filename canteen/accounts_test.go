package canteen_test

import (
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// entryPoints are more runs of the rules for
// TestEntryPointsProduceDocumentedFacts: each returns the findings it
// produces.
var entryPoints []func(t *testing.T) houqin.Findings

var oct = houqin.MonthPeriod(2025, time.October)

func init() {
	for code, f := range map[houqin.Code]houqin.Finding{
		canteen.CodeStaffMealLoss: {Severity: houqin.Violation, Subject: "教职工伙食", Facts: []houqin.Fact{
			houqin.YuanFact("income", 32126100), houqin.YuanFact("spending", 32731888), houqin.YuanFact("loss", 605788)}},
		canteen.CodeBalanceMismatch: {Severity: houqin.Violation, Subject: "C001", Facts: []houqin.Fact{
			houqin.YuanFact("opening", 100000), houqin.YuanFact("income", 1000000), houqin.YuanFact("spending", 950000),
			houqin.YuanFact("expected", 150000), houqin.YuanFact("closing", 149999), houqin.YuanFact("difference", -1)}},
		canteen.CodeCarryForwardMismatch: {Severity: houqin.Violation, Subject: "C001", Facts: []houqin.Fact{
			houqin.DateFact("from", day(time.October, 1)), houqin.YuanFact("previous", 150000),
			houqin.YuanFact("opening", 140000), houqin.YuanFact("difference", -10000)}},
		canteen.CodeBalanceOverCeiling: {Severity: houqin.Violation, Subject: "C001", Facts: []houqin.Fact{
			houqin.YuanFact("revenue", 1000000), houqin.YuanFact("balance", -20001), houqin.PercentFact("ratio", 2_000_100),
			houqin.PercentFact("ceiling", 2_000_000), houqin.YuanFact("excess", 1)}},
		canteen.CodeDeficitCovered:     {Severity: houqin.Warning, Subject: "C001", Facts: []houqin.Fact{houqin.YuanFact("amount", 50000)}},
		canteen.CodeUnmeteredUtilities: {Severity: houqin.Violation, Subject: "V-0930", Facts: []houqin.Fact{houqin.YuanFact("amount", 231075), houqin.CountFact("line", 2)}},
		canteen.CodeFoodCostBelowFloor: {Severity: houqin.Warning, Subject: "C001", Facts: []houqin.Fact{
			houqin.YuanFact("food", 599999), houqin.YuanFact("meal_fees", 1000000), houqin.PercentFact("ratio", 59_999_900),
			houqin.PercentFact("floor", 60_000_000)}},
		canteen.CodeSalesTarget: {Severity: houqin.Violation, Subject: "C001", Facts: []houqin.Fact{
			houqin.YuanFact("target", 1100000), houqin.YuanFact("spending", 1000000), houqin.YuanFact("beyond", 100000)}},
		canteen.CodeLateStatement: {Severity: houqin.Warning, Subject: "C001", Facts: []houqin.Fact{
			houqin.DateFact("due", day(time.October, 5)), houqin.DateFact("filed", day(time.October, 6)), houqin.CountFact("days", 1)}},
		canteen.CodeIncompatibleDuties: {Severity: houqin.Violation, Subject: "王芳", Facts: []houqin.Fact{houqin.CountFact("duties", 2)}},
	} {
		documented[code] = f
	}
	entryPoints = append(entryPoints, func(t *testing.T) houqin.Findings {
		chk := checker(t, func(p *canteen.Policy) {
			p.BalanceCeiling = testkit.Dec("0.02")
			p.FoodCostFloor = testkit.Dec("0.6")
		})
		var all houqin.Findings
		st := statement("10000", line(canteen.Food, "5000"), canteen.Line{Category: canteen.FuelUtilities, Amount: testkit.Dec("1"), Voucher: "V", Approver: "W", Unmetered: true})
		st.Income = []canteen.IncomeLine{{Category: canteen.MealFees, Amount: testkit.Dec("10000")}, {Category: canteen.PublicFunds, Amount: testkit.Dec("500")}}
		st.Revenue = decimal.NullDecimal{}
		st.Opening, st.Closing = total("-7000"), total("-1501") // −7000 + 10500 − 5001
		st.SalesTarget, st.Filed = total("20000"), day(time.October, 30)
		res, err := chk.Check(st)
		require.NoError(t, err)
		all = append(all, res.Findings...)
		rs, err := chk.Chain([]canteen.Statement{
			{Canteen: "C001", Period: sept, Accounts: []canteen.Account{
				{ID: "S", Kind: canteen.AccountStaff, Income: []canteen.IncomeLine{{Category: canteen.MealFees, Amount: testkit.Dec("1")}},
					Lines: []canteen.Line{line(canteen.StaffMeals, "2")}, Closing: total("100")}}},
			{Canteen: "C001", Period: oct, Accounts: []canteen.Account{{ID: "S", Kind: canteen.AccountStaff, Opening: total("99"), Closing: total("50")}}},
		})
		require.NoError(t, err)
		for _, r := range rs {
			all = append(all, r.Findings...)
		}
		fs, err := chk.CheckDuties([]canteen.Duty{{Person: "W", Role: canteen.Cashier}, {Person: "W", Role: canteen.Auditor}})
		require.NoError(t, err)
		return append(all, fs...)
	})
}

// nd is a stated amount.
func nd(s string) decimal.NullDecimal { return total(s) }

func in(c canteen.IncomeCategory, amount string) canteen.IncomeLine {
	return canteen.IncomeLine{Category: c, Amount: testkit.Dec(amount)}
}

// accounts is canteen C001's September statement kept in accounts.
func accounts(as ...canteen.Account) canteen.Statement {
	return canteen.Statement{Canteen: "C001", Period: sept, Accounts: as}
}

// pupils, staff and other are accounts of each kind, taking in income
// (meal fees; interest for other) and spending the lines.
func pupils(income string, lines ...canteen.Line) canteen.Account {
	return canteen.Account{ID: "学生伙食", Kind: canteen.AccountPupils, Income: []canteen.IncomeLine{in(canteen.MealFees, income)}, Lines: lines}
}

func staff(income string, lines ...canteen.Line) canteen.Account {
	return canteen.Account{ID: "教职工伙食", Kind: canteen.AccountStaff, Income: []canteen.IncomeLine{in(canteen.MealFees, income)}, Lines: lines}
}

func other(income string, lines ...canteen.Line) canteen.Account {
	return canteen.Account{ID: "其他", Kind: canteen.AccountOther, Income: []canteen.IncomeLine{in(canteen.Interest, income)}, Lines: lines}
}

// A statement without accounts is one account of pupils' meals: its
// figures are the result's, and Net is everything booked.
func TestStatementIsPupilsAccount(t *testing.T) {
	st := statement("10000", line(canteen.Food, "9000"), line(canteen.StaffWelfare, "300"))
	st.Income = []canteen.IncomeLine{in(canteen.MealFees, "9500"), in(canteen.ShopRent, "500")}
	res, err := checker(t, nil).Check(st)
	require.NoError(t, err)
	assert.Equal(t, canteen.Figures{Revenue: 950000, NonCanteenIncome: 50000, Spending: 900000, NotCost: 30000}, res.Pupils)
	assert.Equal(t, canteen.Figures{}, res.Staff)
	assert.Equal(t, canteen.Figures{}, res.Other)
	testkit.AssertFen(t, "700", res.Net, "9500 + 500 − 9000 − 300")
	assert.Equal(t, res.Pupils.Surplus(), res.Surplus)
	testkit.AssertFen(t, "10000", res.Pupils.Income())
	testkit.AssertFen(t, "9300", res.Pupils.Outgo())
	testkit.AssertFen(t, "700", res.Pupils.Net())
}

// The surplus ceiling binds the pupils' account, and the accounts the
// policy lists besides; a staff or other account's surplus does not count.
func TestCeilingBindsAccounts(t *testing.T) {
	tests := []struct {
		name, reason string
		bind         []canteen.AccountKind
		st           canteen.Statement
		over         bool
		revenue      string
		surplus      string
	}{
		{name: "pupils at exactly 5%", reason: "500 / 10000; the staff's 1000 and the interest do not count",
			st:   accounts(pupils("10000", line(canteen.Food, "9500")), staff("3000", line(canteen.StaffMeals, "2000")), other("50")),
			over: false, revenue: "10000", surplus: "500"},
		{name: "pupils a fen over 5%", st: accounts(pupils("10000", line(canteen.Food, "9499.99")), staff("3000", line(canteen.StaffMeals, "3000"))),
			over: true, revenue: "10000", surplus: "500.01"},
		{name: "pupils and staff bound", reason: "(500 + 1000) / 13000 = 11.5%", bind: []canteen.AccountKind{canteen.AccountPupils, canteen.AccountStaff},
			st:   accounts(pupils("10000", line(canteen.Food, "9500")), staff("3000", line(canteen.StaffMeals, "2000")), other("50")),
			over: true, revenue: "13000", surplus: "1500"},
		{name: "every kind bound", reason: "(500 + 0 + 50) / 13050", bind: []canteen.AccountKind{canteen.AccountOther, canteen.AccountStaff, canteen.AccountPupils},
			st:   accounts(pupils("10000", line(canteen.Food, "9500")), staff("3000", line(canteen.StaffMeals, "3000")), other("50")),
			over: false, revenue: "13050", surplus: "550"},
		{name: "two accounts of pupils add up", st: accounts(pupils("6000", line(canteen.Food, "5700")),
			canteen.Account{ID: "营养餐", Kind: canteen.AccountPupils, Income: []canteen.IncomeLine{in(canteen.NutritionSubsidy, "4000")}, Lines: []canteen.Line{line(canteen.Food, "3800.01")}}),
			over: false, revenue: "10000", surplus: "499.99"},
		{name: "no pupils' account", reason: "a tuck shop's surplus is bound by nothing",
			st: accounts(other("100")), over: false, revenue: "0", surplus: "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chk := checker(t, func(p *canteen.Policy) {
				if tt.bind != nil {
					p.CeilingAccounts = tt.bind
				}
			})
			res, err := chk.Check(tt.st)
			require.NoError(t, err)
			assert.Equal(t, tt.over, res.Findings.Has(canteen.CodeSurplusOverCeiling), tt.reason)
			testkit.AssertFen(t, tt.revenue, res.Revenue)
			testkit.AssertFen(t, tt.surplus, res.Surplus)
			assert.Equal(t, res.Pupils.Net()+res.Staff.Net()+res.Other.Net(), res.Net)
		})
	}
}

// The stated totals of a statement kept in accounts are the totals of
// every account's lines.
func TestAccountsStatedTotals(t *testing.T) {
	st := accounts(pupils("10000", line(canteen.Food, "9500")), staff("3000", line(canteen.StaffMeals, "3000")), other("50"))
	st.Revenue, st.Spending = nd("13050"), nd("12500")
	res, err := checker(t, nil).Check(st)
	require.NoError(t, err)
	assert.Nil(t, res.Findings)

	st.Revenue, st.Spending = nd("13050.01"), nd("12499.99")
	res, err = checker(t, nil).Check(st)
	require.NoError(t, err)
	require.Equal(t, []houqin.Code{canteen.CodeIncomeTotalMismatch, canteen.CodeSpendingTotalMismatch}, codes(res.Findings))
	assert.Equal(t, []string{"stated=13050.01", "lines=13050.00", "difference=0.01"}, factStrings(res.Findings[0]))
	assert.Equal(t, []string{"stated=12499.99", "lines=12500.00", "difference=-0.01"}, factStrings(res.Findings[1]))
}

// Staff meals: sold at cost they break even; a loss is the canteen's, a
// violation with the amount; staff meals booked on any other account are
// a disguised surplus, as in a statement without accounts.
func TestStaffMeals(t *testing.T) {
	tests := []struct {
		name, reason string
		st           canteen.Statement
		want         []houqin.Code
		facts        []string // of the first finding
	}{
		{name: "at cost", st: accounts(pupils("100", line(canteen.Food, "100")), staff("3000", line(canteen.StaffMeals, "2000"), line(canteen.Food, "1000")))},
		{name: "a fen of loss", reason: "3000.01 spent on 3000.00 taken in",
			st:    accounts(pupils("100", line(canteen.Food, "100")), staff("3000", line(canteen.StaffMeals, "3000.01"))),
			want:  []houqin.Code{canteen.CodeStaffMealLoss},
			facts: []string{"income=3000.00", "spending=3000.01", "loss=0.01"}},
		{name: "a surplus on staff meals is no finding", st: accounts(pupils("100", line(canteen.Food, "100")), staff("3000", line(canteen.StaffMeals, "2500")))},
		{name: "staff meals without staff income", reason: "on the pupils' account: pupils' money, as today",
			st:    accounts(pupils("10000", line(canteen.Food, "9000"), line(canteen.StaffMeals, "600"))),
			want:  []houqin.Code{canteen.CodeDisguisedSurplus, canteen.CodeSurplusOverCeiling},
			facts: []string{"amount=600.00", "line=2"}},
		{name: "staff meals on the tuck shop's account", st: accounts(pupils("100", line(canteen.Food, "100")), other("50", line(canteen.StaffMeals, "50"))),
			want: []houqin.Code{canteen.CodeDisguisedSurplus}, facts: []string{"amount=50.00", "line=1"}},
		{name: "bonuses on the staff account", reason: "never cost, whatever the account; and the staff account spent 3100 on 3000",
			st:   accounts(pupils("100", line(canteen.Food, "100")), staff("3000", line(canteen.StaffMeals, "3000"), line(canteen.StaffWelfare, "100"))),
			want: []houqin.Code{canteen.CodeDisguisedSurplus, canteen.CodeStaffMealLoss}, facts: []string{"amount=100.00", "line=2"}},
		{name: "a staff loss covered by public funds", reason: "not by the pupils; the public funds are reported",
			st: accounts(pupils("100", line(canteen.Food, "100")), canteen.Account{ID: "教职工伙食", Kind: canteen.AccountStaff,
				Income: []canteen.IncomeLine{in(canteen.MealFees, "3000"), in(canteen.PublicFunds, "500")}, Lines: []canteen.Line{line(canteen.StaffMeals, "3500")}}),
			want: []houqin.Code{canteen.CodeDeficitCovered}, facts: []string{"amount=500.00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := checker(t, nil).Check(tt.st)
			require.NoError(t, err)
			assert.Equal(t, tt.want, codes(res.Findings), tt.reason)
			if tt.facts != nil {
				assert.Equal(t, tt.facts, factStrings(res.Findings[0]))
			}
		})
	}
	// The staff account's figures: its meals are its own cost.
	res, err := checker(t, nil).Check(accounts(pupils("100", line(canteen.Food, "100")), staff("3000", line(canteen.StaffMeals, "3000.01"))))
	require.NoError(t, err)
	assert.Equal(t, canteen.Figures{Revenue: 300000, Spending: 300001}, res.Staff)
	assert.Equal(t, "教职工伙食", res.Findings[0].Subject)
}

// The management and financial costs of a contracted canteen are canteen
// cost unless the region's policy excludes them.
func TestContractedCosts(t *testing.T) {
	st := statement("10000", line(canteen.Food, "9000"), line(canteen.Office, "600"), line(canteen.BankCharges, "25.50"), line(canteen.Taxes, "300"))
	res, err := checker(t, nil).Check(st)
	require.NoError(t, err)
	testkit.AssertFen(t, "9925.50", res.Spending)
	assert.Nil(t, res.Findings)

	// Without office costs and taxes, the canteen kept 974.50, 9.7% of revenue.
	res, err = checker(t, func(p *canteen.Policy) { p.ExcludedCosts = []canteen.Category{canteen.Taxes, canteen.Office} }).Check(st)
	require.NoError(t, err)
	testkit.AssertFen(t, "9025.50", res.Spending)
	testkit.AssertFen(t, "900", res.NotCost)
	assert.Equal(t, []houqin.Code{canteen.CodeDisguisedSurplus, canteen.CodeDisguisedSurplus, canteen.CodeSurplusOverCeiling}, codes(res.Findings))

	// Listing wages is WagesBudgetFunded.
	wages := statement("10000", line(canteen.Food, "8000"), line(canteen.Wages, "1500"))
	a, err := checker(t, func(p *canteen.Policy) { p.ExcludedCosts = []canteen.Category{canteen.Wages} }).Check(wages)
	require.NoError(t, err)
	b, err := checker(t, func(p *canteen.Policy) { p.WagesBudgetFunded = true }).Check(wages)
	require.NoError(t, err)
	assert.Equal(t, b, a)
}

// opening + income − spending = closing, to the fen, every line as booked.
func TestBalances(t *testing.T) {
	tests := []struct {
		name, reason     string
		opening, closing string // "" is null
		mismatch         []string
		balances         bool
		wantOpening      string
		wantClosing      string
	}{
		{name: "reconciles", reason: "1000 + (9500 + 500 rent) − (9000 + 300 bonus) = 1700",
			opening: "1000", closing: "1700", balances: true, wantOpening: "1000", wantClosing: "1700"},
		{name: "a fen short", opening: "1000", closing: "1699.99", balances: true, wantOpening: "1000", wantClosing: "1699.99",
			mismatch: []string{"opening=1000.00", "income=10000.00", "spending=9300.00", "expected=1700.00", "closing=1699.99", "difference=-0.01"}},
		{name: "a fen over", opening: "1000", closing: "1700.01", balances: true, wantOpening: "1000", wantClosing: "1700.01",
			mismatch: []string{"opening=1000.00", "income=10000.00", "spending=9300.00", "expected=1700.00", "closing=1700.01", "difference=0.01"}},
		{name: "closing worked out", opening: "1000", balances: true, wantOpening: "1000", wantClosing: "1700"},
		{name: "opening worked out", closing: "1700", balances: true, wantOpening: "1000", wantClosing: "1700"},
		{name: "an accumulated loss", opening: "-2000", closing: "-1300", balances: true, wantOpening: "-2000", wantClosing: "-1300"},
		{name: "no balances", wantOpening: "0", wantClosing: "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := statement("10000", line(canteen.Food, "9000"), line(canteen.StaffWelfare, "300"))
			st.Income = []canteen.IncomeLine{in(canteen.MealFees, "9500"), in(canteen.ShopRent, "500")}
			if tt.opening != "" {
				st.Opening = nd(tt.opening)
			}
			if tt.closing != "" {
				st.Closing = nd(tt.closing)
			}
			res, err := checker(t, nil).Check(st)
			require.NoError(t, err)
			got := testkit.Of(res.Findings, canteen.CodeBalanceMismatch)
			if tt.mismatch == nil {
				assert.Empty(t, got, tt.reason)
			} else {
				require.Len(t, got, 1)
				assert.Equal(t, "C001", got[0].Subject)
				assert.Equal(t, tt.mismatch, factStrings(got[0]))
			}
			assert.Equal(t, tt.balances, res.Pupils.Balances)
			testkit.AssertFen(t, tt.wantOpening, res.Pupils.Opening)
			testkit.AssertFen(t, tt.wantClosing, res.Pupils.Closing)
		})
	}
}

// Each account reconciles on its own, named by its ID.
func TestAccountBalances(t *testing.T) {
	p, s := pupils("10000", line(canteen.Food, "9500")), staff("3000", line(canteen.StaffMeals, "3000"))
	p.Opening, p.Closing = nd("200"), nd("700")
	s.Opening, s.Closing = nd("50"), nd("50.01")
	o := other("10")
	o.Opening = nd("5")
	res, err := checker(t, nil).Check(accounts(p, s, o))
	require.NoError(t, err)
	require.Equal(t, []houqin.Code{canteen.CodeBalanceMismatch}, codes(res.Findings))
	assert.Equal(t, "教职工伙食", res.Findings[0].Subject)
	assert.Equal(t, canteen.Figures{Revenue: 1000000, Spending: 950000, Opening: 20000, Closing: 70000, Balances: true}, res.Pupils)
	assert.Equal(t, canteen.Figures{Revenue: 1000, Opening: 500, Closing: 1500, Balances: true}, res.Other)

	// A kind's balances are known only when every account of it has them.
	q := pupils("100")
	q.ID = "营养餐"
	res, err = checker(t, nil).Check(accounts(p, q))
	require.NoError(t, err)
	assert.False(t, res.Pupils.Balances)
	assert.Zero(t, res.Pupils.Opening)
	assert.Zero(t, res.Pupils.Closing)
	testkit.AssertFen(t, "600", res.Pupils.Surplus())
	res, err = checker(t, nil).Check(accounts(q, p))
	require.NoError(t, err)
	assert.False(t, res.Pupils.Balances)
	assert.Zero(t, res.Pupils.Closing)
}

// The ceiling on the accumulated balance (a policy, off by default), at
// exactly the ceiling and one fen past, surplus and loss alike.
func TestBalanceCeiling(t *testing.T) {
	tests := []struct {
		name, closing string
		revenue       string
		facts         []string // nil: no finding
	}{
		{name: "exactly 2%", closing: "200", revenue: "10000"},
		{name: "a fen over 2%", closing: "200.01", revenue: "10000",
			facts: []string{"revenue=10000.00", "balance=200.01", "ratio=0.020001", "ceiling=0.02", "excess=0.01"}},
		{name: "a loss of exactly 2%", closing: "-200", revenue: "10000"},
		{name: "a loss a fen over 2%", closing: "-200.01", revenue: "10000",
			facts: []string{"revenue=10000.00", "balance=-200.01", "ratio=0.020001", "ceiling=0.02", "excess=0.01"}},
		{name: "no revenue, no balance", closing: "0", revenue: "0"},
		// No revenue: canteen.balance_without_revenue instead (TestBalanceWithoutRevenue).
		{name: "no revenue, a fen of balance", closing: "0.01", revenue: "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chk := checker(t, func(p *canteen.Policy) { p.BalanceCeiling = testkit.Dec("0.02") })
			st := statement(tt.revenue, line(canteen.Food, tt.revenue))
			st.Closing = nd(tt.closing)
			res, err := chk.Check(st)
			require.NoError(t, err)
			got := testkit.Of(res.Findings, canteen.CodeBalanceOverCeiling)
			if tt.facts == nil {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Equal(t, tt.facts, factStrings(got[0]))
		})
	}
	// Off by default; and a statement without balances has none to judge.
	st := statement("10000", line(canteen.Food, "5000"))
	st.Closing = nd("5000")
	res, err := checker(t, nil).Check(st)
	require.NoError(t, err)
	assert.Empty(t, testkit.Of(res.Findings, canteen.CodeBalanceOverCeiling))
	res, err = checker(t, func(p *canteen.Policy) { p.BalanceCeiling = testkit.Dec("0.02") }).Check(statement("10000", line(canteen.Food, "5000")))
	require.NoError(t, err)
	assert.Empty(t, testkit.Of(res.Findings, canteen.CodeBalanceOverCeiling))
	// Off by default even where another control has something to judge:
	// the statement filed on 5 October, on time, with its balance of
	// 5,000.00, 50% of the revenue.
	st.Filed = day(time.October, 5)
	res, err = checker(t, nil).Check(st)
	require.NoError(t, err)
	assert.Empty(t, testkit.Of(res.Findings, canteen.CodeBalanceOverCeiling))
	assert.Empty(t, testkit.Of(res.Findings, canteen.CodeLateStatement))
}

// The food-cost floor: off by default; food ÷ meal fees of the pupils'
// accounts, exactly the floor complies.
func TestFoodCostFloor(t *testing.T) {
	tests := []struct {
		name  string
		st    canteen.Statement
		facts []string
	}{
		{name: "exactly 60%", st: fees("10000", line(canteen.Food, "6000"), line(canteen.Wages, "3000"))},
		{name: "a fen under 60%", st: fees("10000", line(canteen.Food, "5999.99"), line(canteen.Wages, "3000")),
			facts: []string{"food=5999.99", "meal_fees=10000.00", "ratio=0.599999", "floor=0.6"}},
		{name: "no income lines: the revenue is the meal fees", st: statement("10000", line(canteen.Food, "5999.99")),
			facts: []string{"food=5999.99", "meal_fees=10000.00", "ratio=0.599999", "floor=0.6"}},
		{name: "the subsidy is not meal fees: food 6000 of fees 10000", st: statementOf(func(st *canteen.Statement) {
			st.Income = append(st.Income, in(canteen.NutritionSubsidy, "5000"))
		}, fees("10000", line(canteen.Food, "6000")))},
		{name: "no meal fees: nothing to judge", st: statementOf(func(st *canteen.Statement) {
			st.Income = []canteen.IncomeLine{in(canteen.NutritionSubsidy, "5000")}
		}, fees("0", line(canteen.Food, "10")))},
		{name: "the staff's food does not count", st: accounts(pupils("10000", line(canteen.Food, "5999.99")), staff("3000", line(canteen.Food, "3000"))),
			facts: []string{"food=5999.99", "meal_fees=10000.00", "ratio=0.599999", "floor=0.6"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chk := checker(t, func(p *canteen.Policy) { p.FoodCostFloor = testkit.Dec("0.6") })
			res, err := chk.Check(tt.st)
			require.NoError(t, err)
			got := testkit.Of(res.Findings, canteen.CodeFoodCostBelowFloor)
			if tt.facts == nil {
				assert.Empty(t, got)
			} else {
				require.Len(t, got, 1)
				assert.Equal(t, tt.facts, factStrings(got[0]))
			}
			res, err = checker(t, nil).Check(tt.st)
			require.NoError(t, err)
			assert.Empty(t, testkit.Of(res.Findings, canteen.CodeFoodCostBelowFloor), "off by default")
		})
	}
}

// fees is a statement whose revenue is meal fees in an income line.
func fees(amount string, lines ...canteen.Line) canteen.Statement {
	st := statement(amount, lines...)
	st.Revenue = decimal.NullDecimal{}
	st.Income = []canteen.IncomeLine{in(canteen.MealFees, amount)}
	return st
}

func statementOf(edit func(*canteen.Statement), st canteen.Statement) canteen.Statement {
	edit(&st)
	return st
}

// A sales target beyond the period's canteen cost is reported.
func TestSalesTarget(t *testing.T) {
	for _, tt := range []struct {
		target string
		facts  []string
	}{
		{"9500", nil},
		{"9500.01", []string{"target=9500.01", "spending=9500.00", "beyond=0.01"}},
		{"0", nil},
	} {
		st := statement("10000", line(canteen.Food, "9500"))
		st.SalesTarget = nd(tt.target)
		res, err := checker(t, nil).Check(st)
		require.NoError(t, err)
		got := testkit.Of(res.Findings, canteen.CodeSalesTarget)
		if tt.facts == nil {
			assert.Empty(t, got, tt.target)
			continue
		}
		require.Len(t, got, 1, tt.target)
		assert.Equal(t, tt.facts, factStrings(got[0]))
	}
}

// A statement is due by the 5th of the month after its period: the 5th is
// on time, the 6th a day late.
func TestLateStatement(t *testing.T) {
	tests := []struct {
		name   string
		period houqin.Period
		filed  houqin.Date
		dueDay int // 0: the default
		facts  []string
	}{
		{name: "on the 5th", period: sept, filed: day(time.October, 5)},
		{name: "on the 6th", period: sept, filed: day(time.October, 6), facts: []string{"due=2025-10-05", "filed=2025-10-06", "days=1"}},
		{name: "on the last day of the period", period: sept, filed: day(time.September, 30)},
		{name: "a month late", period: sept, filed: day(time.November, 5), facts: []string{"due=2025-10-05", "filed=2025-11-05", "days=31"}},
		{name: "December's, due in January", period: houqin.MonthPeriod(2025, time.December), filed: houqin.Date{Year: 2026, Month: time.January, Day: 6},
			facts: []string{"due=2026-01-05", "filed=2026-01-06", "days=1"}},
		{name: "a term's, due the month after it ends", period: houqin.Period{From: day(time.September, 1), To: houqin.Date{Year: 2026, Month: time.January, Day: 20}},
			filed: houqin.Date{Year: 2026, Month: time.February, Day: 5}},
		{name: "due on the 31st of a short month", period: houqin.MonthPeriod(2026, time.January), dueDay: 31,
			filed: houqin.Date{Year: 2026, Month: time.March, Day: 1}, facts: []string{"due=2026-02-28", "filed=2026-03-01", "days=1"}},
		{name: "the 15th", period: sept, dueDay: 15, filed: day(time.October, 15)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chk := checker(t, func(p *canteen.Policy) {
				if tt.dueDay != 0 {
					p.StatementDueDay = tt.dueDay
				}
			})
			st := statement("100", line(canteen.Food, "100"))
			st.Period, st.Filed = tt.period, tt.filed
			res, err := chk.Check(st)
			require.NoError(t, err)
			got := testkit.Of(res.Findings, canteen.CodeLateStatement)
			if tt.facts == nil {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Equal(t, tt.facts, factStrings(got[0]))
		})
	}
	st := statement("100", line(canteen.Food, "100"))
	st.Filed = day(time.December, 31)
	res, err := checker(t, func(p *canteen.Policy) { p.StatementDueDay = 0 }).Check(st)
	require.NoError(t, err)
	assert.Nil(t, res.Findings, "not checked")
	// Not checked either where another control has something to judge: a
	// sales target of exactly the spending, 100.00, which complies.
	st.SalesTarget = nd("100")
	res, err = checker(t, func(p *canteen.Policy) { p.StatementDueDay = 0 }).Check(st)
	require.NoError(t, err)
	assert.Nil(t, res.Findings, "not checked, beside a sales target")
}

// Utilities charged without a meter reading.
func TestUnmeteredUtilities(t *testing.T) {
	u := line(canteen.FuelUtilities, "2310.75")
	u.Voucher, u.Unmetered = "V-0930", true
	st := statement("52340.50", line(canteen.Food, "50000"), u)
	res, err := checker(t, nil).Check(st)
	require.NoError(t, err)
	require.Equal(t, []houqin.Code{canteen.CodeUnmeteredUtilities}, codes(res.Findings))
	assert.Equal(t, "V-0930", res.Findings[0].Subject)
	assert.Equal(t, []string{"amount=2310.75", "line=2"}, factStrings(res.Findings[0]))
	res, err = checker(t, func(p *canteen.Policy) { p.RequireMeter = false }).Check(st)
	require.NoError(t, err)
	assert.Nil(t, res.Findings, "a region that charges an estimate")
}

func TestCheckDuties(t *testing.T) {
	d := func(person string, r canteen.Role) canteen.Duty { return canteen.Duty{Person: person, Role: r} }
	tests := []struct {
		name   string
		duties []canteen.Duty
		want   map[string]int64 // person → incompatible duties
	}{
		{name: "duties apart", duties: []canteen.Duty{d("王芳", canteen.Cashier), d("李明", canteen.Accountant), d("张华", canteen.Auditor), d("李明", canteen.Archivist)}},
		{name: "cashier and accountant", duties: []canteen.Duty{d("王芳", canteen.Accountant), d("王芳", canteen.Cashier)}, want: map[string]int64{"王芳": 1}},
		{name: "cashier of everything", duties: []canteen.Duty{d("王芳", canteen.Cashier), d("王芳", canteen.Accountant), d("王芳", canteen.Auditor), d("王芳", canteen.Archivist)},
			want: map[string]int64{"王芳": 3}},
		{name: "two cashiers, one of them auditing", duties: []canteen.Duty{d("王芳", canteen.Cashier), d("李明", canteen.Cashier), d("李明", canteen.Auditor), d("王芳", canteen.Accountant)},
			want: map[string]int64{"王芳": 1, "李明": 1}},
		{name: "no cashier", duties: []canteen.Duty{d("李明", canteen.Accountant), d("李明", canteen.Auditor)}},
		{name: "none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := checker(t, nil).CheckDuties(tt.duties)
			require.NoError(t, err)
			got := map[string]int64{}
			for _, f := range fs {
				assert.Equal(t, canteen.CodeIncompatibleDuties, f.Code)
				got[f.Subject] = f.Facts[0].Value
			}
			if tt.want == nil {
				assert.Nil(t, fs)
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
	_, err := checker(t, nil).CheckDuties([]canteen.Duty{{Role: canteen.Cashier}, {Person: "王芳"}, d("李明", 9), d("张华", canteen.Cashier), d("张华", canteen.Cashier)})
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	assert.Equal(t, []string{"duties[0].person", "duties[1].role", "duties[2].role", "duties[4]"}, testkit.Fields(err))
	var nilChecker *canteen.Checker
	_, err = nilChecker.CheckDuties(nil)
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
}

// Bad input of accounts and controls is an error naming the field.
func TestAccountsInvalid(t *testing.T) {
	big := "1000000000000"
	tests := []struct {
		name   string
		st     canteen.Statement
		fields []string
	}{
		{name: "an account without a kind", st: accounts(pupils("1"), canteen.Account{ID: "X"}), fields: []string{"accounts[1].kind"}},
		{name: "an account of an unknown kind", st: accounts(canteen.Account{ID: "X", Kind: 9, Lines: []canteen.Line{line(canteen.Food, "-1")}}),
			fields: []string{"accounts[0].kind", "accounts[0].lines[0].amount"}},
		{name: "an account without an ID", st: accounts(canteen.Account{Kind: canteen.AccountPupils}), fields: []string{"accounts[0].id"}},
		{name: "two accounts of one ID", st: accounts(pupils("1"), pupils("2")), fields: []string{"accounts[1].id"}},
		{name: "lines beside accounts", st: statementOf(func(st *canteen.Statement) {
			st.Income, st.Lines = []canteen.IncomeLine{in(canteen.MealFees, "1")}, []canteen.Line{line(canteen.Food, "1")}
			st.Opening, st.Closing = nd("1"), nd("1")
		}, accounts(pupils("1"))), fields: []string{"income", "lines", "opening", "closing"}},
		{name: "a bad line of an account", st: accounts(pupils("1", canteen.Line{Category: canteen.Food, Amount: testkit.Dec("0.001")}),
			canteen.Account{ID: "S", Kind: canteen.AccountStaff, Income: []canteen.IncomeLine{{Amount: testkit.Dec("1")}}}),
			fields: []string{"accounts[0].lines[0].amount", "accounts[1].income[0].category"}},
		{name: "a balance finer than a fen", st: statementOf(func(st *canteen.Statement) { st.Accounts[0].Opening = nd("0.001") }, accounts(pupils("1"))),
			fields: []string{"accounts[0].opening"}},
		{name: "a balance beyond the bound", st: statementOf(func(st *canteen.Statement) { st.Closing = nd("-1000000000000.01") }, statement("1")),
			fields: []string{"closing"}},
		{name: "a balance worked out beyond the bound", st: statementOf(func(st *canteen.Statement) { st.Opening = nd(big) }, statement(big)),
			fields: []string{"closing"}},
		{name: "balances that differ beyond the bound", st: statementOf(func(st *canteen.Statement) { st.Opening, st.Closing = nd("-"+big), nd(big) }, statement("1")),
			fields: []string{"closing"}},
		{name: "balances of a kind that add up beyond the bound", st: statementOf(func(st *canteen.Statement) {
			st.Accounts[0].Closing, st.Accounts[1].Closing = nd(big), nd(big)
		}, accounts(pupils("0"), canteen.Account{ID: "营养餐", Kind: canteen.AccountPupils})), fields: []string{"accounts[1].closing"}},
		{name: "unmetered food", st: statement("10", canteen.Line{Category: canteen.Food, Amount: testkit.Dec("1"), Unmetered: true}),
			fields: []string{"lines[0].unmetered"}},
		{name: "a negative sales target", st: statementOf(func(st *canteen.Statement) { st.SalesTarget = nd("-1") }, statement("1")),
			fields: []string{"sales_target"}},
		{name: "filed before the period", st: statementOf(func(st *canteen.Statement) { st.Filed = day(time.August, 31) }, statement("1")),
			fields: []string{"filed"}},
		{name: "filed on no day", st: statementOf(func(st *canteen.Statement) { st.Filed = houqin.Date{Year: 2025, Month: 13, Day: 1} }, statement("1")),
			fields: []string{"filed"}},
		{name: "income beyond the bound across accounts", st: accounts(pupils(big), other(big), staff(big)),
			fields: []string{"accounts[1].income"}},
		{name: "spending beyond the bound across accounts", st: accounts(pupils("1", line(canteen.Food, big)), other("1", line(canteen.Food, big)), staff("1", line(canteen.Food, big))),
			fields: []string{"accounts[1].lines"}},
		// Reported once, at the first line beyond: 1,000,000,000,000.00 +
		// 1,000,000,000,000.00 is beyond, and a line of 0.00 after it adds
		// nothing to report, in income as in spending.
		{name: "income beyond the bound, then a line of 0.00", st: accounts(pupils(big), other(big), staff("0")),
			fields: []string{"accounts[1].income"}},
		{name: "spending beyond the bound, then a line of 0.00", st: accounts(pupils("1", line(canteen.Food, big)), other("1", line(canteen.Food, big)), staff("1", line(canteen.Food, "0"))),
			fields: []string{"accounts[1].lines"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := checker(t, nil).Check(tt.st)
			assert.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
		})
	}
	// The closing balances of the bound accounts add up beyond the bound.
	both := accounts(pupils("0"), staff("0"))
	both.Accounts[0].Closing, both.Accounts[1].Closing = nd(big), nd(big)
	_, err := checker(t, func(p *canteen.Policy) {
		p.CeilingAccounts = []canteen.AccountKind{canteen.AccountPupils, canteen.AccountStaff}
	}).Check(both)
	assert.Equal(t, []string{"accounts"}, testkit.Fields(err))
	_, err = checker(t, nil).Check(both)
	assert.NoError(t, err, "the staff's balance is not bound")

	// A line finding of an account without a voucher names the account, and
	// the line as a person counts it: never a field path.
	res, err := checker(t, nil).Check(accounts(pupils("10", canteen.Line{Category: canteen.Food, Amount: testkit.Dec("10"), Approver: "W"})))
	require.NoError(t, err)
	require.Equal(t, []houqin.Code{canteen.CodeMissingVoucher}, codes(res.Findings))
	assert.Equal(t, "学生伙食", res.Findings[0].Subject)
	assert.Equal(t, []string{"amount=10.00", "line=1"}, factStrings(res.Findings[0]))
}

// A roll-up of statements kept in accounts is the roll-up of the accounts
// the ceiling binds.
func TestRollupAccounts(t *testing.T) {
	a := accounts(pupils("10000", line(canteen.Food, "9800")), staff("3000", line(canteen.StaffMeals, "1000")))
	b := statement("10000", line(canteen.Food, "9700"))
	b.Period = oct
	res, err := checker(t, nil).Rollup(houqin.Period{From: sept.From, To: oct.To}, []canteen.Statement{a, b})
	require.NoError(t, err)
	testkit.AssertFen(t, "20000", res.Revenue)
	testkit.AssertFen(t, "500", res.Surplus)
	assert.Nil(t, res.Findings)
}

func TestPolicyAccountsValidate(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*canteen.Policy)
		fields []string
	}{
		{"every kind bound", func(p *canteen.Policy) {
			p.CeilingAccounts = []canteen.AccountKind{canteen.AccountStaff, canteen.AccountPupils, canteen.AccountOther}
		}, nil},
		{"pupils not bound", func(p *canteen.Policy) { p.CeilingAccounts = []canteen.AccountKind{canteen.AccountStaff} }, []string{"policy.ceiling_accounts"}},
		{"no accounts bound", func(p *canteen.Policy) { p.CeilingAccounts = nil }, []string{"policy.ceiling_accounts"}},
		{"a kind twice", func(p *canteen.Policy) {
			p.CeilingAccounts = []canteen.AccountKind{canteen.AccountPupils, canteen.AccountPupils}
		}, []string{"policy.ceiling_accounts[1]"}},
		{"an unknown kind", func(p *canteen.Policy) { p.CeilingAccounts = []canteen.AccountKind{canteen.AccountPupils, 0} }, []string{"policy.ceiling_accounts[1]"}},
		{"costs excluded", func(p *canteen.Policy) {
			p.ExcludedCosts = []canteen.Category{canteen.Office, canteen.BankCharges, canteen.Taxes, canteen.Wages, canteen.StaffMeals}
		}, nil},
		{"food excluded", func(p *canteen.Policy) { p.ExcludedCosts = []canteen.Category{canteen.Food} }, []string{"policy.excluded_costs[0]"}},
		{"a cost twice", func(p *canteen.Policy) {
			p.ExcludedCosts = []canteen.Category{canteen.Taxes, canteen.Office, canteen.Taxes}
		}, []string{"policy.excluded_costs[2]"}},
		{"an unknown cost", func(p *canteen.Policy) { p.ExcludedCosts = []canteen.Category{99} }, []string{"policy.excluded_costs[0]"}},
		{"balance ceiling 100%", func(p *canteen.Policy) { p.BalanceCeiling = testkit.Dec("1") }, nil},
		{"balance ceiling above 100%", func(p *canteen.Policy) { p.BalanceCeiling = testkit.Dec("1.01") }, []string{"policy.balance_ceiling"}},
		{"negative food floor", func(p *canteen.Policy) { p.FoodCostFloor = testkit.Dec("-0.6") }, []string{"policy.food_cost_floor"}},
		{"food floor with nine decimals", func(p *canteen.Policy) { p.FoodCostFloor = testkit.Dec("0.600000001") }, []string{"policy.food_cost_floor"}},
		{"due on the 31st", func(p *canteen.Policy) { p.StatementDueDay = 31 }, nil},
		{"due on the 32nd", func(p *canteen.Policy) { p.StatementDueDay = 32 }, []string{"policy.statement_due_day"}},
		{"due on a negative day", func(p *canteen.Policy) { p.StatementDueDay = -1 }, []string{"policy.statement_due_day"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := canteen.DefaultPolicy()
			tt.edit(&p)
			err := p.Validate()
			if tt.fields == nil {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
		})
	}
	p, err := canteen.ParsePolicy([]byte(`{"ceiling_accounts": ["pupils", "staff"], "excluded_costs": ["office", "taxes"], "balance_ceiling": "0.02",
		"require_meter": false, "food_cost_floor": "0.6", "statement_due_day": 15}`))
	require.NoError(t, err)
	assert.Equal(t, []canteen.AccountKind{canteen.AccountPupils, canteen.AccountStaff}, p.CeilingAccounts)
	assert.Equal(t, []canteen.Category{canteen.Office, canteen.Taxes}, p.ExcludedCosts)
	assert.Equal(t, 15, p.StatementDueDay)
	_, err = canteen.ParsePolicy([]byte(`{"ceiling_accounts": ["teachers"]}`))
	assert.Equal(t, []string{"policy.kind"}, testkit.Fields(err))

	// The Checker keeps its own copy of the policy's lists.
	q := canteen.DefaultPolicy()
	chk, err := canteen.New(q)
	require.NoError(t, err)
	q.CeilingAccounts[0] = canteen.AccountStaff
	got := chk.Policy()
	assert.Equal(t, []canteen.AccountKind{canteen.AccountPupils}, got.CeilingAccounts)
	got.CeilingAccounts[0] = canteen.AccountOther
	assert.Equal(t, []canteen.AccountKind{canteen.AccountPupils}, chk.Policy().CeilingAccounts)
}

func TestAccountKindAndRoleText(t *testing.T) {
	for _, k := range canteen.AccountKinds() {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back canteen.AccountKind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
		assert.Equal(t, string(b), k.String())
		for _, tag := range testkit.Languages() {
			assert.NotEmpty(t, k.Label(tag))
		}
	}
	assert.Equal(t, "教职工伙食", canteen.AccountStaff.Label(language.SimplifiedChinese))
	assert.Equal(t, "pupils' meals", canteen.AccountPupils.Label(language.English))
	assert.Equal(t, "AccountKind(0)", canteen.AccountKind(0).String())
	assert.False(t, canteen.AccountKind(4).Valid())
	_, err := canteen.AccountKind(0).MarshalText()
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	var k canteen.AccountKind
	assert.ErrorIs(t, k.UnmarshalText([]byte("teachers")), houqin.ErrInvalidInput)

	assert.Len(t, canteen.Roles(), 4)
	for _, r := range canteen.Roles() {
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back canteen.Role
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
		assert.True(t, r.Valid())
	}
	assert.Equal(t, "出纳", canteen.Cashier.Label(language.SimplifiedChinese))
	assert.Equal(t, "Role(9)", canteen.Role(9).String())
	_, err = canteen.Role(0).MarshalText()
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	var r canteen.Role
	assert.ErrorIs(t, r.UnmarshalText([]byte("boss")), houqin.ErrInvalidInput)
}

// booked is canteen C001's statement for a month of 2025 with revenue and
// food spent, and its balances ("" is null).
func booked(m time.Month, revenue, spent, opening, closing string) canteen.Statement {
	st := statement(revenue, line(canteen.Food, spent))
	st.Period = houqin.MonthPeriod(2025, m)
	if opening != "" {
		st.Opening = nd(opening)
	}
	if closing != "" {
		st.Closing = nd(closing)
	}
	return st
}

// A chain carries each closing balance into the next period's opening.
func TestChain(t *testing.T) {
	chk := checker(t, nil)
	tests := []struct {
		name, reason string
		sts          []canteen.Statement
		want         [][]string // the facts of each statement's carry-forward findings
		closing      []string   // each statement's closing balance; "" unknown
	}{
		{name: "carried and stated", reason: "500 + 300 carried into October's stated 800; November's opening carried",
			sts:     []canteen.Statement{booked(time.September, "10000", "9500", "0", "500"), booked(time.October, "10000", "9700", "500", ""), booked(time.November, "10000", "9900", "", "")},
			want:    [][]string{nil, nil, nil},
			closing: []string{"500", "800", "900"}},
		{name: "any order", sts: []canteen.Statement{booked(time.November, "10000", "9900", "", ""), booked(time.September, "10000", "9500", "0", ""), booked(time.October, "10000", "9700", "", "")},
			want: [][]string{nil, nil, nil}, closing: []string{"500", "800", "900"}},
		{name: "a surplus transferred out", reason: "September closed at 500; October opens at 400",
			sts:     []canteen.Statement{booked(time.September, "10000", "9500", "0", "500"), booked(time.October, "10000", "9700", "400", "")},
			want:    [][]string{nil, {"from=2025-10-01", "previous=500.00", "opening=400.00", "difference=-100.00"}},
			closing: []string{"500", "700"}},
		{name: "a fen off", sts: []canteen.Statement{booked(time.September, "10000", "9500", "0", "500"), booked(time.October, "10000", "9700", "500.01", "")},
			want:    [][]string{nil, {"from=2025-10-01", "previous=500.00", "opening=500.01", "difference=0.01"}},
			closing: []string{"500", "800.01"}},
		{name: "unknown until stated", reason: "September states nothing: October's stated opening is not compared",
			sts:     []canteen.Statement{booked(time.September, "10000", "9500", "", ""), booked(time.October, "10000", "9700", "123", "")},
			want:    [][]string{nil, nil},
			closing: []string{"", "423"}},
		{name: "worked out from the closing", sts: []canteen.Statement{booked(time.September, "10000", "9500", "", "700"), booked(time.October, "10000", "9700", "", "")},
			want: [][]string{nil, nil}, closing: []string{"700", "1000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := chk.Chain(tt.sts)
			require.NoError(t, err)
			require.Len(t, rs, len(tt.want))
			for i, r := range rs {
				if i > 0 {
					assert.True(t, r.Period.From.After(rs[i-1].Period.To), "in period order")
				}
				var got []string
				if fs := testkit.Of(r.Findings, canteen.CodeCarryForwardMismatch); len(fs) > 0 {
					require.Len(t, fs, 1)
					assert.Equal(t, "C001", fs[0].Subject)
					got = factStrings(fs[0])
				}
				assert.Equal(t, tt.want[i], got, "%s: %s", r.Period, tt.reason)
				if tt.closing[i] == "" {
					assert.False(t, r.Pupils.Balances, r.Period.String())
				} else {
					assert.True(t, r.Pupils.Balances, r.Period.String())
					testkit.AssertFen(t, tt.closing[i], r.Pupils.Closing, r.Period.String())
				}
			}
		})
	}
}

// Accounts are carried by ID; accounts that begin or end are carried as a
// whole.
func TestChainAccounts(t *testing.T) {
	chk := checker(t, nil)
	single := booked(time.September, "10000", "9500", "0", "")                    // closes at 500
	split := accounts(pupils("10000", line(canteen.Food, "10000")), staff("100")) // pupils +0, staff +100
	split.Period = oct
	split.Accounts[0].Opening, split.Accounts[1].Opening = nd("400"), nd("100")
	rs, err := chk.Chain([]canteen.Statement{single, split})
	require.NoError(t, err)
	assert.Nil(t, rs[1].Findings, "500 carried into 400 + 100")
	testkit.AssertFen(t, "400", rs[1].Pupils.Closing)
	testkit.AssertFen(t, "200", rs[1].Staff.Closing)

	split.Accounts[1].Opening = nd("99.99")
	rs, err = chk.Chain([]canteen.Statement{single, split})
	require.NoError(t, err)
	require.Equal(t, []houqin.Code{canteen.CodeCarryForwardMismatch}, codes(rs[1].Findings))
	assert.Equal(t, "C001", rs[1].Findings[0].Subject)
	assert.Equal(t, []string{"from=2025-10-01", "previous=500.00", "opening=499.99", "difference=-0.01"}, factStrings(rs[1].Findings[0]))

	// Matched accounts compare one by one; an account that ends with money
	// in it is reported with the canteen as subject.
	nov := accounts(pupils("10000", line(canteen.Food, "10000")))
	nov.Period = houqin.MonthPeriod(2025, time.November)
	nov.Accounts[0].Opening = nd("300")
	split.Accounts[1].Opening = nd("100")
	rs, err = chk.Chain([]canteen.Statement{single, split, nov})
	require.NoError(t, err)
	require.Len(t, rs[2].Findings, 2)
	byFacts := map[string][]string{}
	for _, f := range rs[2].Findings {
		byFacts[f.Subject] = factStrings(f)
	}
	assert.Equal(t, map[string][]string{
		"学生伙食": {"from=2025-11-01", "previous=400.00", "opening=300.00", "difference=-100.00"},
		"C001": {"from=2025-11-01", "previous=200.00", "opening=0.00", "difference=-200.00"},
	}, byFacts)
}

// The balance ceiling speaks of the balance carried.
func TestChainBalanceCeiling(t *testing.T) {
	chk := checker(t, func(p *canteen.Policy) { p.BalanceCeiling = testkit.Dec("0.02") })
	rs, err := chk.Chain([]canteen.Statement{booked(time.September, "10000", "9900", "100", ""), booked(time.October, "10000", "10000", "", "")})
	require.NoError(t, err)
	assert.Nil(t, rs[0].Findings, "200 is exactly 2% of 10000")
	assert.Nil(t, rs[1].Findings, "200 carried, exactly 2%")
	rs, err = chk.Chain([]canteen.Statement{booked(time.September, "10000", "9900", "100", ""), booked(time.October, "10000", "9999.99", "", "")})
	require.NoError(t, err)
	require.Equal(t, []houqin.Code{canteen.CodeBalanceOverCeiling}, codes(rs[1].Findings))
	assert.Equal(t, []string{"revenue=10000.00", "balance=200.01", "ratio=0.020001", "ceiling=0.02", "excess=0.01"}, factStrings(rs[1].Findings[0]))
}

// A chain with a gap or an overlap, of two canteens, or of bad statements,
// is bad input.
func TestChainInvalid(t *testing.T) {
	chk := checker(t, nil)
	sep, octo, nov := booked(time.September, "1", "1", "", ""), booked(time.October, "1", "1", "", ""), booked(time.November, "1", "1", "", "")
	other := octo
	other.Canteen = "C002"
	bad := octo
	bad.Lines = []canteen.Line{line(canteen.Food, "-1")}
	overlap := octo
	overlap.Period = houqin.Period{From: day(time.September, 30), To: day(time.October, 31)}
	tests := []struct {
		name   string
		sts    []canteen.Statement
		fields []string
		why    string
	}{
		{name: "none", fields: []string{"statements"}},
		{name: "a gap", sts: []canteen.Statement{nov, sep}, fields: []string{"statements[0].period"}, why: "gap: no statement covers 2025-10-01..2025-10-31"},
		{name: "an overlap", sts: []canteen.Statement{sep, overlap}, fields: []string{"statements[1].period"}},
		{name: "the same month twice", sts: []canteen.Statement{sep, sep}, fields: []string{"statements[1].period"}},
		// Periods that begin on the same day are ordered by their end:
		// September (to 30 September) first, then statements[0] (to
		// 31 October), which overlaps it.
		{name: "the same start, the longer first", sts: []canteen.Statement{statementOf(func(st *canteen.Statement) {
			st.Period = houqin.Period{From: day(time.September, 1), To: day(time.October, 31)}
		}, sep), sep}, fields: []string{"statements[0].period"}, why: "2025-09-01..2025-10-31 overlaps statements[1] (2025-09-01..2025-09-30)"},
		{name: "two canteens", sts: []canteen.Statement{sep, other}, fields: []string{"statements[1].canteen"}},
		{name: "a bad period", sts: []canteen.Statement{sep, statementOf(func(st *canteen.Statement) { st.Period = houqin.Period{} }, octo)},
			fields: []string{"statements[1].period.from"}},
		{name: "a bad statement", sts: []canteen.Statement{sep, bad, nov}, fields: []string{"statements[1].lines[0].amount"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := chk.Chain(tt.sts)
			assert.Nil(t, rs)
			assert.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
			if tt.why != "" {
				assert.Contains(t, err.Error(), tt.why)
			}
		})
	}
	// Balances carried that differ beyond the bound.
	big := "1000000000000"
	_, err := chk.Chain([]canteen.Statement{booked(time.September, "1", "1", "-"+big, ""), booked(time.October, "1", "1", big, "")})
	assert.Equal(t, []string{"statements[1].opening"}, testkit.Fields(err))
	renamed := accounts(canteen.Account{ID: "旧", Kind: canteen.AccountPupils, Opening: nd("0")}, canteen.Account{ID: "新", Kind: canteen.AccountPupils, Opening: nd(big)})
	renamed.Period = oct
	_, err = chk.Chain([]canteen.Statement{booked(time.September, "1", "1", "-"+big, ""), renamed})
	assert.Equal(t, []string{"statements[1].accounts"}, testkit.Fields(err))

	var nilChecker *canteen.Checker
	_, err = nilChecker.Chain([]canteen.Statement{sep})
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
}

// A compliant statement kept in accounts, with balances, allocates nothing;
// nor does one with controls to judge that it passes.
func TestAccountsCheckDoesNotAllocate(t *testing.T) {
	chk := checker(t, func(p *canteen.Policy) {
		p.BalanceCeiling, p.FoodCostFloor = testkit.Dec("0.05"), testkit.Dec("0.5")
	})
	st := compliantAccounts()
	res, err := chk.Check(st)
	require.NoError(t, err)
	require.Nil(t, res.Findings)
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := chk.Check(st); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, allocs)
}

// compliantAccounts is a month of a canteen that keeps three accounts,
// with balances, a stated total, a sales target at cost and a day filed:
// every rule holds.
//
//	pupils: 0.00 + 52,340.50 − 50,770.30 = 1,570.20 (3.0%)
//	staff:  120.00 + 8,400.00 − 8,400.00 = 120.00
//	other:  0.00 + 35.12 = 35.12
func compliantAccounts() canteen.Statement {
	p := pupils("52340.50", line(canteen.Food, "38210.40"), line(canteen.Food, "1520.00"), line(canteen.FuelUtilities, "2310.75"),
		line(canteen.Wages, "7200.00"), line(canteen.Equipment, "860.00"), line(canteen.OtherCost, "669.15"))
	p.Opening, p.Closing = nd("0"), nd("1570.20")
	s := staff("8400", line(canteen.StaffMeals, "8400"))
	s.Opening, s.Closing = nd("120"), nd("120")
	o := other("35.12")
	o.Opening, o.Closing = nd("0"), nd("35.12")
	st := accounts(p, s, o)
	st.Revenue, st.Spending = nd("60775.62"), nd("59170.30")
	st.SalesTarget, st.Filed = nd("50770.30"), day(time.October, 5)
	return st
}
