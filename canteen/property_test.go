package canteen_test

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// splitLines splits f fen into n spending lines of the given categories,
// exactly.
func splitLines(t testing.TB, rng *rand.Rand, f houqin.Fen, cats ...canteen.Category) []canteen.Line {
	t.Helper()
	weights := make([]int64, len(cats))
	for i := range weights {
		weights[i] = 1 + rng.Int64N(1000)
	}
	parts, err := houqin.AllocateWeighted(f, weights)
	require.NoError(t, err)
	lines := make([]canteen.Line, len(parts))
	for i, p := range parts {
		lines[i] = canteen.Line{Category: cats[i], Amount: p.Yuan(), Voucher: "V", Approver: "A"}
	}
	return lines
}

// TestExactFivePercentProperty generates statements whose surplus is
// exactly 5% of revenue, over the whole range of amounts, with lines that
// are not canteen cost mixed in: each complies, and one fen more surplus
// breaks the ceiling by exactly one fen. It also counts how many of them a
// float64 engine would wrongly flag.
func TestExactFivePercentProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	chk := checker(t, func(p *canteen.Policy) { p.RequireVoucher, p.RequireApprover = false, false })
	floatWrong := 0
	const n = 20_000
	for i := range n {
		var rev houqin.Fen
		switch i % 3 {
		case 0: // a school canteen's month: up to ¥1,000,000
			rev = houqin.Fen(1+rng.Int64N(5_000_000)) * 20
		case 1: // small amounts
			rev = houqin.Fen(rng.Int64N(1000)) * 20
		default: // anything up to the bound
			rev = houqin.Fen(rng.Int64N(int64(houqin.MaxFen)/20+1)) * 20
		}
		surplus := rev / 20
		cost := rev - surplus
		notCost := houqin.Fen(0)
		if rng.IntN(4) == 0 && surplus > 0 {
			notCost = houqin.Fen(rng.Int64N(int64(surplus))) // hidden in bonuses, added back
		}
		lines := splitLines(t, rng, cost, canteen.Food, canteen.Food, canteen.FuelUtilities, canteen.Wages, canteen.OtherCost)
		if notCost > 0 {
			lines = append(lines, canteen.Line{Category: canteen.StaffWelfare, Amount: notCost.Yuan(), Voucher: "B", Approver: "A"})
		}
		st := canteen.Statement{Canteen: "C", Period: sept, Revenue: decimal.NewNullDecimal(rev.Yuan()), Lines: lines}
		res, err := chk.Check(st)
		require.NoError(t, err)
		require.False(t, res.Findings.Has(canteen.CodeSurplusOverCeiling), "revenue %s surplus %s", rev, surplus)
		require.Equal(t, surplus, res.Surplus)
		require.Zero(t, res.Excess)
		require.Equal(t, surplus, res.Allowed)

		revF, costF := rev.Yuan().InexactFloat64(), cost.Yuan().InexactFloat64()
		if rev > 0 && (revF-costF)/revF > 0.05 {
			floatWrong++
		}

		// One fen more surplus: one fen less on the first line.
		if cost == 0 {
			continue
		}
		for j := range st.Lines {
			if a := st.Lines[j].Amount; a.IsPositive() {
				st.Lines[j].Amount = a.Sub(decimal.New(1, -2))
				break
			}
		}
		res, err = chk.Check(st)
		require.NoError(t, err)
		require.True(t, res.Findings.Has(canteen.CodeSurplusOverCeiling), "revenue %s", rev)
		require.Equal(t, houqin.Fen(1), res.Excess)
	}
	t.Logf("a float64 engine flags %d of %d statements at exactly 5%% (%.0f%%)", floatWrong, n, 100*float64(floatWrong)/n)
	assert.Positive(t, floatWrong)
}

// TestCeilingAgainstRationals checks the verdict and the figures against
// exact rational arithmetic for random revenues, spendings and ceilings.
func TestCeilingAgainstRationals(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	for range 20_000 {
		ceiling := houqin.Ratio(rng.Int64N(int64(houqin.RatioOne) + 1))
		if rng.IntN(2) == 0 {
			ceiling = houqin.Ratio(rng.Int64N(11)) * houqin.RatioOne / 100 // 0%, 1%, …, 10%
		}
		rev := houqin.Fen(rng.Int64N(int64(houqin.MaxFen) + 1))
		if rng.IntN(2) == 0 {
			rev = houqin.Fen(rng.Int64N(10_000_000))
		}
		spent := houqin.Fen(rng.Int64N(int64(rev) + int64(rev)/10 + 2))
		if spent > houqin.MaxFen {
			spent = houqin.MaxFen
		}
		checkAgainstRationals(t, ceiling, rev, spent)
	}
}

// checkAgainstRationals checks one statement of revenue rev and spending
// spent under ceiling against big.Rat.
func checkAgainstRationals(t *testing.T, ceiling houqin.Ratio, rev, spent houqin.Fen) {
	t.Helper()
	chk := checker(t, func(p *canteen.Policy) { p.SurplusCeiling = ceiling.Decimal() })
	res, err := chk.Check(canteen.Statement{Canteen: "C", Period: sept,
		Revenue: decimal.NewNullDecimal(rev.Yuan()),
		Lines:   []canteen.Line{{Category: canteen.Food, Amount: spent.Yuan(), Voucher: "V", Approver: "A"}}})
	require.NoError(t, err)
	surplus := rev - spent
	require.Equal(t, surplus, res.Surplus)
	c := big.NewRat(int64(ceiling), int64(houqin.RatioOne))
	limit := new(big.Rat).Mul(c, big.NewRat(int64(rev), 1)) // in fen
	over := rev > 0 && new(big.Rat).SetInt64(int64(surplus)).Cmp(limit) > 0
	assert.Equal(t, over, res.Findings.Has(canteen.CodeSurplusOverCeiling), "ceiling %s revenue %s spent %s", ceiling, rev, spent)
	floor := new(big.Int).Quo(limit.Num(), limit.Denom()) // limit ≥ 0: Quo truncates = floor
	assert.Equal(t, floor.Int64(), int64(res.Allowed))
	if over {
		assert.Equal(t, surplus-res.Allowed, res.Excess)
		assert.GreaterOrEqual(t, res.Excess, houqin.Fen(1))
	} else {
		assert.Zero(t, res.Excess)
	}
	if surplus < 0 {
		assert.Equal(t, -surplus, res.Deficit)
	} else {
		assert.Zero(t, res.Deficit)
	}
}

// TestAmountsAsFenOf: every amount the checks accept is converted exactly
// as houqin.FenOf converts it, and every amount they refuse is one FenOf
// refuses or a negative one; across exponents, signs and magnitudes,
// including coefficients beyond int64.
func TestAmountsAsFenOf(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	chk := checker(t, nil)
	huge := new(big.Int).Lsh(big.NewInt(1), 70)
	for range 20_000 {
		var d decimal.Decimal
		exp := int32(rng.IntN(9)) - 5 // −5 … 3
		switch rng.IntN(6) {
		case 0:
			d = decimal.NewFromBigInt(new(big.Int).Add(huge, big.NewInt(rng.Int64N(1000))), exp)
		case 1:
			d = decimal.New(-rng.Int64N(1_000_000), exp)
		case 2:
			d = decimal.New(int64(houqin.MaxFen)/100+rng.Int64N(3)-1, exp) // around the bound
		default:
			d = decimal.New(rng.Int64N(int64(houqin.MaxFen)*10), exp)
		}
		want, wantErr := houqin.FenOf("revenue", d)
		if wantErr == nil && want < 0 {
			wantErr = houqin.Invalid("revenue", "negative")
		}
		res, err := chk.Check(canteen.Statement{Canteen: "C", Period: sept, Revenue: decimal.NewNullDecimal(d)})
		if wantErr != nil {
			require.Error(t, err, "%s", d)
			assert.Equal(t, []string{"revenue"}, testkit.Fields(err))
			continue
		}
		require.NoError(t, err, "%s", d)
		require.Equal(t, want, res.Revenue, "%s", d)
	}
}
