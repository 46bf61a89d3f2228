package canteen_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSurplusCeiling(t *testing.T) {
	tests := []struct {
		name     string
		reason   string
		ceiling  string // policy ceiling; "" is the default 5%
		revenue  string
		spending string
		over     bool
		surplus  string
		allowed  string
		excess   string
		ratio    string // the ratio fact, when over
	}{
		{name: "exactly 5%", reason: "40115.40 × 5% = 2005.77 = 40115.40 − 38109.63; the float64 trap",
			revenue: "40115.40", spending: "38109.63", surplus: "2005.77", allowed: "2005.77", excess: "0"},
		{name: "one fen over 5%", revenue: "40115.40", spending: "38109.62",
			over: true, surplus: "2005.78", allowed: "2005.77", excess: "0.01", ratio: "0.05000025"},
		{name: "one fen under 5%", revenue: "40115.40", spending: "38109.64", surplus: "2005.76", allowed: "2005.77", excess: "0"},
		{name: "ceiling a fraction of a fen, surplus below it", reason: "5% of 40115.43 is 2005.7715; 2005.77 is below",
			revenue: "40115.43", spending: "38109.66", surplus: "2005.77", allowed: "2005.77", excess: "0"},
		{name: "ceiling a fraction of a fen, surplus above it", reason: "2005.78 > 2005.7715: the excess over the floored 2005.77 is one fen",
			revenue: "40115.43", spending: "38109.65", over: true, surplus: "2005.78", allowed: "2005.77", excess: "0.01", ratio: "0.05000021"},
		{name: "smallest revenue at exactly 5%", reason: "5% of 0.20 is 0.01",
			revenue: "0.20", spending: "0.19", surplus: "0.01", allowed: "0.01", excess: "0"},
		{name: "smallest revenue one fen over", revenue: "0.20", spending: "0.18",
			over: true, surplus: "0.02", allowed: "0.01", excess: "0.01", ratio: "0.1"},
		{name: "revenue under a fen of ceiling", reason: "5% of 0.19 is 0.0095 → allowed 0; any surplus breaks it",
			revenue: "0.19", spending: "0.18", over: true, surplus: "0.01", allowed: "0", excess: "0.01", ratio: "0.05263158"},
		{name: "zero revenue, zero spending", revenue: "0", spending: "0", surplus: "0", allowed: "0", excess: "0"},
		{name: "break-even", revenue: "1000", spending: "1000", surplus: "0", allowed: "50", excess: "0"},
		{name: "nothing spent", revenue: "1000", spending: "0", over: true, surplus: "1000", allowed: "50", excess: "950", ratio: "1"},
		{name: "largest revenue", reason: "within ±MaxFen, products exact in 128 bits",
			revenue: "1000000000000", spending: "0", over: true, surplus: "1000000000000", allowed: "50000000000", excess: "950000000000", ratio: "1"},
		{name: "largest revenue at exactly 5%", revenue: "1000000000000", spending: "950000000000", surplus: "50000000000", allowed: "50000000000", excess: "0"},
		{name: "ceiling 0: any surplus", reason: "Xi'an 2025: no profit at all",
			ceiling: "0", revenue: "1000", spending: "999.99", over: true, surplus: "0.01", allowed: "0", excess: "0.01", ratio: "0.00001"},
		{name: "ceiling 0: break-even complies", ceiling: "0", revenue: "1000", spending: "1000", surplus: "0", allowed: "0", excess: "0"},
		{name: "ceiling 3% exactly", reason: "Zhenjiang 2013", ceiling: "0.03", revenue: "1000", spending: "970", surplus: "30", allowed: "30", excess: "0"},
		{name: "ceiling 3% one fen over", ceiling: "0.03", revenue: "1000", spending: "969.99", over: true, surplus: "30.01", allowed: "30", excess: "0.01", ratio: "0.03001"},
		{name: "ceiling 100% never breaks", ceiling: "1", revenue: "1000", spending: "0", surplus: "1000", allowed: "1000", excess: "0"},
		{name: "ceiling with eight decimals", ceiling: "0.04999999", revenue: "40115.40", spending: "38109.63",
			reason: "0.04999999 × 4011540 fen = 200576.9959 → allowed 2005.76", over: true, surplus: "2005.77", allowed: "2005.76", excess: "0.01", ratio: "0.05"},
		{name: "a hair above a ceiling of eight decimals", ceiling: "0.03333333", revenue: "2300000.03", spending: "2223333.37",
			reason: "76666.66 / 2300000.03 = 0.0333333300000000434…, above the ceiling by 4.3 × 10⁻¹⁷, which a division to 16 places reads as equal; allowed ⌊0.03333333 × 230000003 fen⌋ = 76666.65",
			over:   true, surplus: "76666.66", allowed: "76666.65", excess: "0.01", ratio: "0.03333333"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chk := checker(t, func(p *canteen.Policy) {
				if tt.ceiling != "" {
					p.SurplusCeiling = testkit.Dec(tt.ceiling)
				}
			})
			res, err := chk.Check(statement(tt.revenue, line(canteen.Food, tt.spending)))
			require.NoError(t, err)
			testkit.AssertFen(t, tt.revenue, res.Revenue)
			testkit.AssertFen(t, tt.spending, res.Spending)
			testkit.AssertFen(t, tt.surplus, res.Surplus)
			testkit.AssertFen(t, tt.allowed, res.Allowed)
			testkit.AssertFen(t, tt.excess, res.Excess)
			assert.Equal(t, res.Revenue-res.Spending, res.Surplus)
			assert.Equal(t, tt.over, res.Findings.Has(canteen.CodeSurplusOverCeiling), tt.reason)
			assert.Equal(t, tt.over, res.Excess > 0, "a breach shows at least a fen of excess, and only a breach")
			if !tt.over {
				assert.False(t, res.Findings.Has(canteen.CodeSurplusOverCeiling))
				return
			}
			f := testkit.Of(res.Findings, canteen.CodeSurplusOverCeiling)[0]
			assert.Equal(t, houqin.Violation, f.Severity)
			assert.Equal(t, "C001", f.Subject)
			ceiling := tt.ceiling
			if ceiling == "" {
				ceiling = "0.05"
			}
			assert.Equal(t, []string{
				"revenue=" + testkit.Dec(tt.revenue).StringFixed(2),
				"spending=" + testkit.Dec(tt.spending).StringFixed(2),
				"surplus=" + testkit.Dec(tt.surplus).StringFixed(2),
				"ratio=" + tt.ratio,
				"ceiling=" + testkit.Dec(ceiling).String(),
				"excess=" + testkit.Dec(tt.excess).StringFixed(2),
			}, factStrings(f))
		})
	}
}

// TestFloat64Trap shows why the verdict is never taken in floating point:
// 40115.40 − 38109.63 is 2005.77, exactly 5% of 40115.40, which complies;
// float64 arithmetic says it is above 5%.
func TestFloat64Trap(t *testing.T) {
	rev, spent := 40115.40, 38109.63
	assert.Greater(t, (rev-spent)/rev, 0.05, "float64 flags the exact 5%: the trap this package avoids")

	res, err := checker(t, nil).Check(statement("40115.40", line(canteen.Food, "38109.63")))
	require.NoError(t, err)
	assert.Nil(t, res.Findings)
	assert.Equal(t, houqin.RatioOne/20, res.Ratio)
	testkit.AssertFen(t, "0", res.Excess)
}

func TestDeficit(t *testing.T) {
	tests := []struct {
		name      string
		tolerance string
		revenue   string
		spending  string
		warn      bool
		deficit   string
		ratio     string
	}{
		{name: "break-even", revenue: "1000", spending: "1000", deficit: "0"},
		{name: "one fen of deficit", revenue: "1000", spending: "1000.01", warn: true, deficit: "0.01", ratio: "0.00001"},
		{name: "deficit at the tolerance", tolerance: "0.02", revenue: "1000", spending: "1020", deficit: "20"},
		{name: "one fen above the tolerance", tolerance: "0.02", revenue: "1000", spending: "1020.01", warn: true, deficit: "20.01", ratio: "0.02001"},
		// Zero revenue: canteen.deficit_without_revenue instead (TestDeficitWithoutRevenue).
		{name: "zero revenue", revenue: "0", spending: "12.5", deficit: "12.5"},
		{name: "zero revenue, whatever the tolerance", tolerance: "1", revenue: "0", spending: "0.01", deficit: "0.01"},
		{name: "tolerance 100%", tolerance: "1", revenue: "1000", spending: "2000", deficit: "1000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chk := checker(t, func(p *canteen.Policy) {
				if tt.tolerance != "" {
					p.DeficitTolerance = testkit.Dec(tt.tolerance)
				}
			})
			res, err := chk.Check(statement(tt.revenue, line(canteen.Food, tt.spending)))
			require.NoError(t, err)
			testkit.AssertFen(t, tt.deficit, res.Deficit)
			assert.Equal(t, tt.warn, res.Findings.Has(canteen.CodeDeficit))
			assert.False(t, res.Findings.Has(canteen.CodeSurplusOverCeiling))
			if !tt.warn {
				return
			}
			f := testkit.Of(res.Findings, canteen.CodeDeficit)[0]
			assert.Equal(t, houqin.Warning, f.Severity)
			tol := tt.tolerance
			if tol == "" {
				tol = "0"
			}
			assert.Equal(t, []string{
				"revenue=" + testkit.Dec(tt.revenue).StringFixed(2),
				"spending=" + testkit.Dec(tt.spending).StringFixed(2),
				"deficit=" + testkit.Dec(tt.deficit).StringFixed(2),
				"ratio=" + tt.ratio,
				"tolerance=" + testkit.Dec(tol).String(),
			}, factStrings(f))
		})
	}
}

func TestScope(t *testing.T) {
	over := statement("1000", line(canteen.Food, "900"))   // 10% surplus
	short := statement("1000", line(canteen.Food, "1100")) // deficit
	tests := []struct {
		scope canteen.Scope
		each  bool
	}{
		{canteen.ScopeEach, true},
		{canteen.ScopeRollup, false},
		{canteen.ScopeBoth, true},
	}
	for _, tt := range tests {
		t.Run(tt.scope.String(), func(t *testing.T) {
			chk := checker(t, func(p *canteen.Policy) { p.CeilingScope = tt.scope })
			res, err := chk.Check(over)
			require.NoError(t, err)
			assert.Equal(t, tt.each, res.Findings.Has(canteen.CodeSurplusOverCeiling))
			testkit.AssertFen(t, "50", res.Excess, "the figures are there whatever the scope")
			res, err = chk.Check(short)
			require.NoError(t, err)
			assert.Equal(t, tt.each, res.Findings.Has(canteen.CodeDeficit))
			testkit.AssertFen(t, "100", res.Deficit)
		})
	}
}

func TestDisguisedSurplus(t *testing.T) {
	t.Run("every never-cost category is added back", func(t *testing.T) {
		for _, c := range canteen.Categories() {
			res, err := checker(t, nil).Check(statement("10000", line(canteen.Food, "9500"), line(c, "100")))
			require.NoError(t, err, c)
			if c.NeverCost() {
				testkit.AssertFen(t, "9500", res.Spending, c)
				testkit.AssertFen(t, "100", res.NotCost, c)
				assert.Equal(t, []houqin.Code{canteen.CodeDisguisedSurplus}, codes(res.Findings), c)
				assert.Equal(t, "V-100", res.Findings[0].Subject)
				assert.Equal(t, []string{"amount=100.00", "line=2"}, factStrings(res.Findings[0]))
			} else {
				testkit.AssertFen(t, "9600", res.Spending, c)
				testkit.AssertFen(t, "0", res.NotCost, c)
				assert.Nil(t, res.Findings, c)
			}
		}
	})
	t.Run("bonuses hide a surplus over the ceiling", func(t *testing.T) {
		// Booked: 10000 − 9600 = 400, 4%. But 600 are bonuses: the surplus
		// is 10000 − 9000 = 1000, 10%; allowed 500, excess 500.
		res, err := checker(t, nil).Check(statement("10000", line(canteen.Food, "9000"), line(canteen.StaffWelfare, "600")))
		require.NoError(t, err)
		assert.Equal(t, []houqin.Code{canteen.CodeDisguisedSurplus, canteen.CodeSurplusOverCeiling}, codes(res.Findings))
		testkit.AssertFen(t, "1000", res.Surplus)
		testkit.AssertFen(t, "500", res.Excess)
		testkit.AssertFen(t, "600", res.NotCost)
	})
	t.Run("added back to exactly 5% complies with the ceiling", func(t *testing.T) {
		res, err := checker(t, nil).Check(statement("10000", line(canteen.Food, "9500"), line(canteen.SchoolTransfer, "500")))
		require.NoError(t, err)
		assert.Equal(t, []houqin.Code{canteen.CodeDisguisedSurplus}, codes(res.Findings))
		testkit.AssertFen(t, "500", res.Surplus)
	})
	t.Run("wages are cost by default", func(t *testing.T) {
		res, err := checker(t, nil).Check(statement("10000", line(canteen.Food, "7500"), line(canteen.Wages, "2000")))
		require.NoError(t, err)
		assert.Nil(t, res.Findings)
		testkit.AssertFen(t, "9500", res.Spending)
	})
	t.Run("wages paid by the budget are not canteen cost", func(t *testing.T) {
		chk := checker(t, func(p *canteen.Policy) { p.WagesBudgetFunded = true })
		res, err := chk.Check(statement("10000", line(canteen.Food, "7500"), line(canteen.Wages, "2000")))
		require.NoError(t, err)
		assert.Equal(t, []houqin.Code{canteen.CodeDisguisedSurplus, canteen.CodeSurplusOverCeiling}, codes(res.Findings))
		testkit.AssertFen(t, "7500", res.Spending)
		testkit.AssertFen(t, "2000", res.NotCost)
		testkit.AssertFen(t, "2000", res.Excess) // surplus 2500, allowed 500
	})
}

func TestBookkeeping(t *testing.T) {
	noVoucher := canteen.Line{Category: canteen.Food, Amount: testkit.Dec("300"), Approver: "Wang"}
	noApprover := canteen.Line{Category: canteen.Food, Amount: testkit.Dec("200"), Voucher: "V7"}
	neither := canteen.Line{Category: canteen.FuelUtilities, Amount: testkit.Dec("100")}
	tests := []struct {
		name     string
		edit     func(*canteen.Policy)
		st       canteen.Statement
		want     []houqin.Code
		subjects []string
		facts    [][]string
	}{
		{
			name: "voucher and approver missing",
			st:   statement("10000", line(canteen.Food, "9000"), noVoucher, noApprover, neither),
			want: []houqin.Code{canteen.CodeMissingApprover, canteen.CodeMissingApprover, canteen.CodeMissingVoucher, canteen.CodeMissingVoucher},
			// Without a voucher the canteen is the subject and the line, counted
			// from 1, a fact: "C001：第4行支出¥100.00未经审批".
			subjects: []string{"C001", "V7", "C001", "C001"},
			facts:    [][]string{{"amount=100.00", "line=4"}, {"amount=200.00", "line=3"}, {"amount=300.00", "line=2"}, {"amount=100.00", "line=4"}},
		},
		{
			name: "policy requires neither",
			edit: func(p *canteen.Policy) { p.RequireVoucher, p.RequireApprover = false, false },
			st:   statement("10000", line(canteen.Food, "9000"), noVoucher, noApprover, neither),
		},
		{
			name:     "policy requires vouchers only",
			edit:     func(p *canteen.Policy) { p.RequireApprover = false },
			st:       statement("10000", line(canteen.Food, "9000"), noVoucher, noApprover, neither),
			want:     []houqin.Code{canteen.CodeMissingVoucher, canteen.CodeMissingVoucher},
			subjects: []string{"C001", "C001"},
			facts:    [][]string{{"amount=300.00", "line=2"}, {"amount=100.00", "line=4"}},
		},
		{
			name: "stated spending adds up",
			st: func() canteen.Statement {
				s := statement("10000", line(canteen.Food, "9500"), line(canteen.StaffMeals, "100"))
				s.Spending = total("9600") // as booked, not-cost lines included
				return s
			}(),
			want:     []houqin.Code{canteen.CodeDisguisedSurplus},
			subjects: []string{"V-100"},
		},
		{
			name: "stated spending does not add up",
			st: func() canteen.Statement {
				s := statement("10000", line(canteen.Food, "9000"), line(canteen.Food, "500.50"))
				s.Spending = total("9500")
				return s
			}(),
			want:     []houqin.Code{canteen.CodeSpendingTotalMismatch},
			subjects: []string{"C001"},
			facts:    [][]string{{"stated=9500.00", "lines=9500.50", "difference=-0.50"}},
		},
		{
			name: "income lines add up to the stated revenue",
			st: canteen.Statement{Canteen: "C001", Period: sept, Revenue: total("10000"),
				Income: []canteen.IncomeLine{{Category: canteen.MealFees, Amount: testkit.Dec("8000")}, {Category: canteen.NutritionSubsidy, Amount: testkit.Dec("2000")}},
				Lines:  []canteen.Line{line(canteen.Food, "9500")}},
		},
		{
			name: "income lines do not add up",
			st: canteen.Statement{Canteen: "C001", Period: sept, Revenue: total("10000"),
				Income: []canteen.IncomeLine{{Category: canteen.MealFees, Amount: testkit.Dec("8000")}, {Category: canteen.Donations, Amount: testkit.Dec("2000.01")}},
				Lines:  []canteen.Line{line(canteen.Food, "9500.01")}},
			want:     []houqin.Code{canteen.CodeIncomeTotalMismatch},
			subjects: []string{"C001"},
			facts:    [][]string{{"stated=10000.00", "lines=10000.01", "difference=-0.01"}},
		},
		{
			name: "income lines without a stated total",
			st: canteen.Statement{Canteen: "C001", Period: sept,
				Income: []canteen.IncomeLine{{Category: canteen.MealFees, Amount: testkit.Dec("10000")}},
				Lines:  []canteen.Line{line(canteen.Food, "9500")}},
		},
		{
			name: "shop rent is left out of revenue",
			// Booked 10000 with 1000 rent: revenue 9000, surplus 9000 − 8550 = 450 = 5%.
			st: canteen.Statement{Canteen: "C001", Period: sept, Revenue: total("10000"),
				Income: []canteen.IncomeLine{{Category: canteen.MealFees, Amount: testkit.Dec("9000")}, {Category: canteen.ShopRent, Amount: testkit.Dec("1000")}},
				Lines:  []canteen.Line{line(canteen.Food, "8550")}},
			want:     []houqin.Code{canteen.CodeNonCanteenIncome},
			subjects: []string{"C001"},
			facts:    [][]string{{"amount=1000.00"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := checker(t, tt.edit).Check(tt.st)
			require.NoError(t, err)
			assert.Equal(t, tt.want, codes(res.Findings))
			for i, s := range tt.subjects {
				assert.Equal(t, s, res.Findings[i].Subject, i)
			}
			for i, f := range tt.facts {
				assert.Equal(t, f, factStrings(res.Findings[i]), i)
			}
		})
	}
}

// TestAmountsWrittenAnyWay: an amount counts by its value, however it is
// written: "28000", "8109.6", "0.03", "1000.000", "1e3", zero with any
// exponent. The statement is at exactly 5% and complies.
func TestAmountsWrittenAnyWay(t *testing.T) {
	st := canteen.Statement{
		Canteen: "C001", Period: sept,
		Revenue:  total("40115.40"),
		Spending: total("38109.63"),
		Lines: []canteen.Line{
			{Category: canteen.Food, Amount: testkit.Dec("28000"), Voucher: "V1", Approver: "W"},
			{Category: canteen.Food, Amount: testkit.Dec("1000.000"), Voucher: "V2", Approver: "W"},
			{Category: canteen.Food, Amount: testkit.Dec("1000"), Voucher: "V3", Approver: "W"},
			{Category: canteen.Wages, Amount: testkit.Dec("8109.6"), Voucher: "V4", Approver: "W"},
			{Category: canteen.Equipment, Amount: testkit.Dec("0.03"), Voucher: "V5", Approver: "W"},
			{Category: canteen.OtherCost, Amount: decimal.New(0, 7), Voucher: "V6", Approver: "W"},
			{Category: canteen.OtherCost, Amount: decimal.New(0, -9), Voucher: "V7", Approver: "W"},
		},
	}
	for _, form := range []string{"1000", "1e3", "1E+3", "1000.000000", "0.001e6"} {
		st.Lines[2].Amount = testkit.Dec(form)
		res, err := checker(t, nil).Check(st)
		require.NoError(t, err, form)
		assert.Nil(t, res.Findings, form)
		testkit.AssertFen(t, "38109.63", res.Spending, form)
		testkit.AssertFen(t, "2005.77", res.Surplus, form)
		testkit.AssertFen(t, "2005.77", res.Allowed, form)
	}

	st.Revenue = total("40115.4000")
	st.Income = []canteen.IncomeLine{{Category: canteen.MealFees, Amount: testkit.Dec("4e4")}, {Category: canteen.NutritionSubsidy, Amount: testkit.Dec("115.4")}}
	res, err := checker(t, nil).Check(st)
	require.NoError(t, err)
	assert.Nil(t, res.Findings, "income lines that add up to the stated revenue")
	testkit.AssertFen(t, "40115.40", res.Revenue)
	testkit.AssertFen(t, "2005.77", res.Surplus)
}

func TestShopRentFigures(t *testing.T) {
	st := canteen.Statement{Canteen: "C001", Period: sept,
		Income: []canteen.IncomeLine{{Category: canteen.MealFees, Amount: testkit.Dec("9000")}, {Category: canteen.ShopRent, Amount: testkit.Dec("1000")}},
		Lines:  []canteen.Line{line(canteen.Food, "8000")}}
	res, err := checker(t, nil).Check(st)
	require.NoError(t, err)
	testkit.AssertFen(t, "9000", res.Revenue)
	testkit.AssertFen(t, "1000", res.NonCanteenIncome)
	testkit.AssertFen(t, "1000", res.Surplus) // 11.1%: the rent does not dilute it
	assert.Equal(t, []houqin.Code{canteen.CodeSurplusOverCeiling, canteen.CodeNonCanteenIncome}, codes(res.Findings))
}

func TestCheckInputErrors(t *testing.T) {
	ok := func() canteen.Statement { return statement("1000", line(canteen.Food, "950")) }
	tests := []struct {
		name   string
		edit   func(*canteen.Statement)
		fields []string
	}{
		{"missing canteen", func(s *canteen.Statement) { s.Canteen = "" }, []string{"canteen"}},
		{"missing period", func(s *canteen.Statement) { s.Period = houqin.Period{} }, []string{"period.from"}},
		{"period backwards", func(s *canteen.Statement) { s.Period.From, s.Period.To = s.Period.To, s.Period.From }, []string{"period.to"}},
		{"negative revenue", func(s *canteen.Statement) { s.Revenue = total("-1") }, []string{"revenue"}},
		{"revenue finer than a fen", func(s *canteen.Statement) { s.Revenue = total("1000.005") }, []string{"revenue"}},
		{"revenue beyond the bound", func(s *canteen.Statement) { s.Revenue = total("1000000000000.01") }, []string{"revenue"}},
		{"hostile exponent", func(s *canteen.Statement) { s.Spending = decimal.NewNullDecimal(decimal.New(1, 1_000_000_000)) }, []string{"spending"}},
		{"a coefficient of 200 digits", func(s *canteen.Statement) {
			c, _ := new(big.Int).SetString("1"+strings.Repeat("0", 199), 10)
			s.Lines[0].Amount = decimal.NewFromBigInt(c, -2)
		}, []string{"lines[0].amount"}},
		{"no revenue at all", func(s *canteen.Statement) { s.Revenue = decimal.NullDecimal{} }, []string{"revenue"}},
		{"negative line", func(s *canteen.Statement) { s.Lines[0].Amount = testkit.Dec("-0.01") }, []string{"lines[0].amount"}},
		{"line category unset", func(s *canteen.Statement) { s.Lines[0].Category = 0 }, []string{"lines[0].category"}},
		{"line category unknown", func(s *canteen.Statement) { s.Lines[0].Category = 99 }, []string{"lines[0].category"}},
		{"line amount and category both bad", func(s *canteen.Statement) {
			s.Lines[0] = canteen.Line{Amount: testkit.Dec("1.001")}
		}, []string{"lines[0].amount", "lines[0].category"}},
		{"income category unset", func(s *canteen.Statement) {
			s.Income = []canteen.IncomeLine{{Amount: testkit.Dec("1000")}}
		}, []string{"income[0].category"}},
		{"income category unknown and amount negative", func(s *canteen.Statement) {
			s.Income = []canteen.IncomeLine{{Category: canteen.MealFees, Amount: testkit.Dec("1000")}, {Category: 42, Amount: testkit.Dec("-3")}}
		}, []string{"income[1].amount", "income[1].category"}},
		{"lines add up beyond the bound", func(s *canteen.Statement) {
			s.Lines = []canteen.Line{line(canteen.Food, "1000000000000"), line(canteen.Food, "0.01")}
		}, []string{"lines"}},
		{"income adds up beyond the bound", func(s *canteen.Statement) {
			s.Income = []canteen.IncomeLine{{Category: canteen.MealFees, Amount: testkit.Dec("1000000000000")}, {Category: canteen.ShopRent, Amount: testkit.Dec("0.01")}}
		}, []string{"income"}},
		{"every problem at once", func(s *canteen.Statement) {
			s.Canteen = ""
			s.Revenue = total("-5")
			s.Lines = append(s.Lines, canteen.Line{Category: canteen.Food, Amount: testkit.Dec("-1")}, canteen.Line{Amount: testkit.Dec("1")})
		}, []string{"canteen", "revenue", "lines[1].amount", "lines[2].category"}},
	}
	chk := checker(t, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := ok()
			tt.edit(&st)
			res, err := chk.Check(st)
			require.Error(t, err)
			assert.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
			assert.Equal(t, canteen.Result{}, res)
		})
	}
}

func TestNilChecker(t *testing.T) {
	var chk *canteen.Checker
	_, err := chk.Check(statement("1", line(canteen.Food, "1")))
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	_, err = chk.Rollup(sept, nil)
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	_, err = chk.CheckPurchases(nil, nil)
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	_, err = chk.CheckStaff(canteen.Roster{})
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
}

func TestCompliantCheckDoesNotAllocate(t *testing.T) {
	chk := checker(t, nil)
	st := benchStatement()
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

// TestBreachAllocatesOnce: a statement over the ceiling, and nothing else,
// costs one allocation, its finding and the finding's facts together; a
// host that appends to the findings or to the facts does not write over
// the other.
func TestBreachAllocatesOnce(t *testing.T) {
	chk := checker(t, nil)
	st := breachStatement()
	res, err := chk.Check(st)
	require.NoError(t, err)
	require.Equal(t, []houqin.Code{canteen.CodeSurplusOverCeiling}, codes(res.Findings))
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := chk.Check(st); err != nil {
			t.Fatal(err)
		}
	})
	assert.Equal(t, 1.0, allocs)
	facts := res.Findings[0].Facts
	more := append(res.Findings, houqin.Finding{Code: "x"})
	_ = append(facts, houqin.CountFact("x", 1))
	assert.Equal(t, facts, more[0].Facts)
	assert.Equal(t, canteen.CodeSurplusOverCeiling, res.Findings[0].Code)
}

func TestFindingsSorted(t *testing.T) {
	st := statement("10000",
		canteen.Line{Category: canteen.Entertainment, Amount: testkit.Dec("50")},
		line(canteen.Food, "8000"),
		canteen.Line{Category: canteen.Food, Amount: testkit.Dec("10"), Voucher: "B"},
	)
	st.Spending = total("1")
	res, err := checker(t, nil).Check(st)
	require.NoError(t, err)
	sorted := append(houqin.Findings(nil), res.Findings...)
	sorted.Sort()
	assert.Equal(t, sorted, res.Findings)
	assert.Equal(t, []houqin.Code{
		canteen.CodeDisguisedSurplus,
		canteen.CodeMissingApprover, canteen.CodeMissingApprover,
		canteen.CodeMissingVoucher,
		canteen.CodeSpendingTotalMismatch,
		canteen.CodeSurplusOverCeiling,
	}, codes(res.Findings))
	assert.True(t, errors.Is(res.Findings.Err(), canteen.CodeSurplusOverCeiling))
}

func TestResultJSON(t *testing.T) {
	res, err := checker(t, nil).Check(statement("40115.40", line(canteen.Food, "38109.62")))
	require.NoError(t, err)
	b, err := json.Marshal(res)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, "40115.40", m["revenue"])
	assert.Equal(t, "2005.78", m["surplus"])
	assert.Equal(t, "0.05", m["ceiling"])
	assert.Equal(t, "0.01", m["excess"])
	assert.Equal(t, map[string]any{"from": "2025-09-01", "to": "2025-09-30"}, m["period"])
	assert.Len(t, m["findings"], 1)

	res, err = checker(t, nil).Check(statement("100", line(canteen.Food, "96")))
	require.NoError(t, err)
	b, err = json.Marshal(res)
	require.NoError(t, err)
	assert.NotContains(t, string(b), "findings")
}

func TestStatementJSON(t *testing.T) {
	in := `{
		"canteen": "C001",
		"period": {"from": "2025-09-01", "to": "2025-09-30"},
		"revenue": "40115.40",
		"spending": null,
		"lines": [
			{"category": "food", "amount": "30000", "voucher": "V1", "approver": "Wang"},
			{"category": "wages", "amount": "8109.63", "voucher": "V2", "approver": "Wang"}
		]
	}`
	var st canteen.Statement
	require.NoError(t, json.Unmarshal([]byte(in), &st))
	res, err := checker(t, nil).Check(st)
	require.NoError(t, err)
	assert.Nil(t, res.Findings)
	testkit.AssertFen(t, "2005.77", res.Surplus)

	err = json.Unmarshal([]byte(`{"lines": [{"category": "bonus", "amount": "1"}]}`), &st)
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	var ie *houqin.InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "category", ie.Field)
}

func TestConcurrentUse(t *testing.T) {
	chk := checker(t, nil)
	rng := rand.New(rand.NewPCG(1, 1))
	sts := make([]canteen.Statement, 2000)
	for i := range sts {
		sts[i] = genStatement(rng, "C", sept, 10)
	}
	want := make([]canteen.Result, len(sts))
	for i, st := range sts {
		want[i], _ = chk.Check(st)
	}
	done := make(chan bool)
	for g := range 4 {
		go func() {
			ok := true
			for i := g; i < len(sts); i += 4 {
				got, err := chk.Check(sts[i])
				ok = ok && err == nil && got.Surplus == want[i].Surplus && len(got.Findings) == len(want[i].Findings)
			}
			done <- ok
		}()
	}
	for range 4 {
		assert.True(t, <-done)
	}
}
