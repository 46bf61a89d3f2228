package canteen_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// month is canteen C001's statement of a month of 2025 (or of 2026 for
// January and February, in the autumn term of 2025).
func month(m time.Month, rev string, lines ...canteen.Line) canteen.Statement {
	y := 2025
	if m < time.September {
		y = 2026
	}
	st := statement(rev, lines...)
	st.Period = houqin.MonthPeriod(y, m)
	return st
}

var autumn2025 = houqin.DefaultCalendar().Term(houqin.Term{Year: 2025, Semester: houqin.Autumn})

// autumnMonths is the autumn term of 2025 (1 September 2025 to 31 January
// 2026) in five months: September runs 10% over the ceiling, January at a
// deficit, and the term as a whole at 1.2%.
func autumnMonths() []canteen.Statement {
	return []canteen.Statement{
		month(time.September, "10000", line(canteen.Food, "9000")), // +1000, 10%
		month(time.October, "10000", line(canteen.Food, "9900")),   // +100
		month(time.November, "10000", line(canteen.Food, "9800")),  // +200
		month(time.December, "10000", line(canteen.Food, "10000")), // 0
		month(time.January, "10000", line(canteen.Food, "10700")),  // −700
	}
}

func TestRollup(t *testing.T) {
	months := autumnMonths()
	// Spending 9000 + 9900 + 9800 + 10000 + 10700 = 49400; surplus 600 of
	// 50000 = 1.2%.
	chk := checker(t, nil)
	res, err := chk.Rollup(autumn2025, months)
	require.NoError(t, err)
	assert.Equal(t, "C001", res.Canteen)
	assert.Equal(t, autumn2025, res.Period)
	testkit.AssertFen(t, "50000", res.Revenue)
	testkit.AssertFen(t, "49400", res.Spending)
	testkit.AssertFen(t, "600", res.Surplus)
	testkit.AssertFen(t, "2500", res.Allowed)
	testkit.AssertFen(t, "0", res.Excess)
	assert.Nil(t, res.Findings, "the term is within the ceiling although September is not")

	sep, err := chk.Check(months[0])
	require.NoError(t, err)
	assert.True(t, sep.Findings.Has(canteen.CodeSurplusOverCeiling))

	t.Run("the roll-up breaks the ceiling", func(t *testing.T) {
		months := autumnMonths()
		months[4] = month(time.January, "10000", line(canteen.Food, "7600")) // term surplus 3700, 7.4%
		res, err := chk.Rollup(autumn2025, months)
		require.NoError(t, err)
		assert.Equal(t, []houqin.Code{canteen.CodeSurplusOverCeiling}, codes(res.Findings))
		testkit.AssertFen(t, "1200", res.Excess) // 3700 − 2500
		assert.Equal(t, "C001", res.Findings[0].Subject)
	})
	t.Run("exactly 5% over the term", func(t *testing.T) {
		months := autumnMonths()
		months[4] = month(time.January, "10000", line(canteen.Food, "8800")) // term surplus 2500
		res, err := chk.Rollup(autumn2025, months)
		require.NoError(t, err)
		assert.Nil(t, res.Findings)
		months[4] = month(time.January, "10000", line(canteen.Food, "8799.99"))
		res, err = chk.Rollup(autumn2025, months)
		require.NoError(t, err)
		testkit.AssertFen(t, "0.01", res.Excess)
	})
	t.Run("a term of exactly the largest revenue", func(t *testing.T) {
		// Revenue 10,000.00 × 3 + 500,000,000,000.00 + 499,999,970,000.00
		// = 1,000,000,000,000.00, the bound; spending 9,000.00 +
		// 949,999,960,500.00 + 9,800.00 + 10,000.00 + 10,700.00 =
		// 950,000,000,000.00, so the surplus, 50,000,000,000.00, is
		// exactly 5%.
		months := autumnMonths()
		months[1] = month(time.October, "500000000000", line(canteen.Food, "949999960500"))
		months[2] = month(time.November, "499999970000", line(canteen.Food, "9800"))
		res, err := chk.Rollup(autumn2025, months)
		require.NoError(t, err)
		testkit.AssertFen(t, "1000000000000", res.Revenue)
		testkit.AssertFen(t, "950000000000", res.Spending)
		testkit.AssertFen(t, "50000000000", res.Surplus)
		testkit.AssertFen(t, "50000000000", res.Allowed)
		testkit.AssertFen(t, "0", res.Excess)
		assert.Nil(t, res.Findings)
		// A fen more of revenue is beyond the bound.
		months[2] = month(time.November, "499999970000.01", line(canteen.Food, "9800"))
		_, err = chk.Rollup(autumn2025, months)
		assert.Equal(t, []string{"statements"}, testkit.Fields(err))
	})
	t.Run("a deficit over the term", func(t *testing.T) {
		months := autumnMonths()
		months[4] = month(time.January, "10000", line(canteen.Food, "11300.01")) // term −0.01
		res, err := chk.Rollup(autumn2025, months)
		require.NoError(t, err)
		assert.Equal(t, []houqin.Code{canteen.CodeDeficit}, codes(res.Findings))
		testkit.AssertFen(t, "0.01", res.Deficit)
	})
	t.Run("line rules are not repeated", func(t *testing.T) {
		months := autumnMonths()
		months[1] = month(time.October, "10000", line(canteen.Food, "9900"), canteen.Line{Category: canteen.StaffWelfare, Amount: testkit.Dec("100")})
		res, err := chk.Rollup(autumn2025, months)
		require.NoError(t, err)
		assert.Nil(t, res.Findings)
		testkit.AssertFen(t, "100", res.NotCost)
		testkit.AssertFen(t, "600", res.Surplus, "the bonus is not cost: the surplus is unchanged")
	})
	t.Run("rent and income lines roll up", func(t *testing.T) {
		months := autumnMonths()
		months[2].Revenue.Valid = false
		months[2].Income = []canteen.IncomeLine{{Category: canteen.MealFees, Amount: testkit.Dec("10000")}, {Category: canteen.ShopRent, Amount: testkit.Dec("300")}}
		res, err := chk.Rollup(autumn2025, months)
		require.NoError(t, err)
		testkit.AssertFen(t, "50000", res.Revenue)
		testkit.AssertFen(t, "300", res.NonCanteenIncome)
	})
}

func TestRollupScope(t *testing.T) {
	months := autumnMonths()
	months[4] = month(time.January, "10000", line(canteen.Food, "7600")) // term 7.4%
	for _, tt := range []struct {
		scope  canteen.Scope
		rollup bool
	}{{canteen.ScopeEach, false}, {canteen.ScopeRollup, true}, {canteen.ScopeBoth, true}} {
		t.Run(tt.scope.String(), func(t *testing.T) {
			chk := checker(t, func(p *canteen.Policy) { p.CeilingScope = tt.scope })
			res, err := chk.Rollup(autumn2025, months)
			require.NoError(t, err)
			assert.Equal(t, tt.rollup, res.Findings.Has(canteen.CodeSurplusOverCeiling))
			testkit.AssertFen(t, "1200", res.Excess)
			sep, err := chk.Check(months[0])
			require.NoError(t, err)
			assert.Equal(t, !tt.rollup || tt.scope == canteen.ScopeBoth, sep.Findings.Has(canteen.CodeSurplusOverCeiling))
		})
	}
}

func TestRollupInputErrors(t *testing.T) {
	sep, oct, nov, dec, jan := 0, 1, 2, 3, 4
	tests := []struct {
		name   string
		over   houqin.Period
		edit   func([]canteen.Statement) []canteen.Statement
		fields []string
	}{
		{"no statements", autumn2025, func([]canteen.Statement) []canteen.Statement { return nil }, []string{"statements"}},
		{"no period", houqin.Period{}, nil, []string{"period.from"}},
		{"a gap: November missing", autumn2025, func(s []canteen.Statement) []canteen.Statement {
			return append(s[:nov:nov], s[dec:]...)
		}, []string{"statements"}},
		{"a gap at the start", autumn2025, func(s []canteen.Statement) []canteen.Statement { return s[oct:] }, []string{"statements"}},
		{"a gap at the end", autumn2025, func(s []canteen.Statement) []canteen.Statement { return s[:jan] }, []string{"statements"}},
		{"a day missing", autumn2025, func(s []canteen.Statement) []canteen.Statement {
			s[oct].Period.To = houqin.Date{Year: 2025, Month: time.October, Day: 30}
			return s
		}, []string{"statements"}},
		{"an overlap", autumn2025, func(s []canteen.Statement) []canteen.Statement {
			s[oct].Period.To = houqin.Date{Year: 2025, Month: time.November, Day: 1}
			return s
		}, []string{"statements[2].period"}},
		{"a month twice", autumn2025, func(s []canteen.Statement) []canteen.Statement { return append(s, s[dec]) }, []string{"statements[5].period"}},
		{"a statement inside another", autumn2025, func(s []canteen.Statement) []canteen.Statement {
			inner := s[sep]
			inner.Period = houqin.Period{From: houqin.Date{Year: 2025, Month: time.September, Day: 10}, To: houqin.Date{Year: 2025, Month: time.September, Day: 20}}
			return append(s, inner)
		}, []string{"statements[5].period"}},
		{"beyond the period", autumn2025, func(s []canteen.Statement) []canteen.Statement {
			return append(s, month(time.February, "1", line(canteen.Food, "1")))
		}, []string{"statements[5].period"}},
		{"different canteens", autumn2025, func(s []canteen.Statement) []canteen.Statement {
			s[dec].Canteen = "C002"
			return s
		}, []string{"statements[3].canteen"}},
		{"a statement that is not valid", autumn2025, func(s []canteen.Statement) []canteen.Statement {
			s[oct].Lines[0].Amount = testkit.Dec("-1")
			s[jan].Lines[0].Category = 0
			return s
		}, []string{"statements[1].lines[0].amount", "statements[4].lines[0].category"}},
		{"revenue beyond the bound", autumn2025, func(s []canteen.Statement) []canteen.Statement {
			s[oct].Revenue = total("600000000000")
			s[nov].Revenue = total("600000000000")
			return s
		}, []string{"statements"}},
	}
	chk := checker(t, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := autumnMonths()
			if tt.edit != nil {
				sts = tt.edit(sts)
			}
			res, err := chk.Rollup(tt.over, sts)
			assert.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
			assert.Equal(t, canteen.Result{}, res)
		})
	}
}

// TestRollupEqualsOnePass: the roll-up of any split of a period into
// statements has the figures of one statement of all the lines.
func TestRollupEqualsOnePass(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	chk := checker(t, nil)
	year := houqin.Period{From: houqin.Date{Year: 2025, Month: time.January, Day: 1}, To: houqin.Date{Year: 2025, Month: time.December, Day: 31}}
	for range 200 {
		// Cut the year at random days into 1 to 20 statements.
		cuts := map[int]bool{}
		for range rng.IntN(20) {
			cuts[1+rng.IntN(364)] = true
		}
		var sts []canteen.Statement
		var all canteen.Statement
		all.Canteen, all.Period, all.Revenue = "C1", year, total("0")
		from := year.From
		for d := 1; d <= 365; d++ {
			if !cuts[d] && d != 365 {
				continue
			}
			to := year.From.AddDays(d - 1)
			st := genStatement(rng, "C1", houqin.Period{From: from, To: to}, 25)
			if rng.IntN(3) == 0 {
				st.Lines = append(st.Lines, canteen.Line{Category: canteen.Entertainment, Amount: testkit.Dec("99.99")})
			}
			sts = append(sts, st)
			all.Revenue = total(all.Revenue.Decimal.Add(st.Revenue.Decimal).String())
			all.Lines = append(all.Lines, st.Lines...)
			from = to.AddDays(1)
		}
		rng.Shuffle(len(sts), func(i, j int) { sts[i], sts[j] = sts[j], sts[i] })
		got, err := chk.Rollup(year, sts)
		require.NoError(t, err)
		one, err := chk.Check(all)
		require.NoError(t, err)
		for _, pair := range [][2]houqin.Fen{
			{one.Revenue, got.Revenue}, {one.Spending, got.Spending}, {one.NotCost, got.NotCost},
			{one.Surplus, got.Surplus}, {one.Allowed, got.Allowed}, {one.Excess, got.Excess}, {one.Deficit, got.Deficit},
		} {
			assert.Equal(t, pair[0], pair[1])
		}
		assert.Equal(t, one.Ratio, got.Ratio)
		assert.Equal(t, one.Findings.Has(canteen.CodeSurplusOverCeiling), got.Findings.Has(canteen.CodeSurplusOverCeiling))
	}
}
