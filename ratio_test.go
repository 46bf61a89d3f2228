package houqin_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// maxRatio is the bound RatioOf accepts: 1000 (100,000%).
const maxRatio = 1000 * houqin.RatioOne

func TestRatioOf(t *testing.T) {
	tests := []struct {
		in     decimal.Decimal
		want   houqin.Ratio
		reason string
	}{
		{dec("0.05"), 5_000_000, ""},
		{dec("0.050000000000"), 5_000_000, ""},
		{dec("1"), houqin.RatioOne, ""},
		{dec("0.7"), 70_000_000, ""},
		{dec("-0.125"), -12_500_000, ""},
		{dec("0.00000001"), 1, ""},
		{dec("1000"), maxRatio, ""},
		{dec("0.000000001"), 0, "eight decimal places"},
		{dec("1000.00000001"), 0, "beyond the bound"},
		{decimal.New(1, 1_000_000_000), 0, "beyond the bound"},
		{decimal.New(1, -1_000_000_000), 0, "64 decimal places"},
	}
	for _, tt := range tests {
		got, err := houqin.RatioOf("policy.ceiling", tt.in)
		if tt.reason != "" {
			var ie *houqin.InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, "policy.ceiling", ie.Field)
			assert.Contains(t, ie.Reason, tt.reason)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tt.want, got)
		assert.True(t, got.Decimal().Equal(tt.in))
	}
}

func TestRatioText(t *testing.T) {
	for _, tt := range []struct {
		r    houqin.Ratio
		text string
	}{{5_000_000, "0.05"}, {houqin.RatioOne, "1"}, {-12_500_000, "-0.125"}, {0, "0"}, {1, "0.00000001"}, {70_000_000, "0.7"}} {
		assert.Equal(t, tt.text, tt.r.String())
		b, err := tt.r.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tt.text, string(b))
		var back houqin.Ratio
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, tt.r, back)
	}
	var r houqin.Ratio
	for _, bad := range []string{"5%", "1e-2", "0.000000001", "abc", "", "NaN"} {
		assert.ErrorIs(t, r.UnmarshalText([]byte(bad)), houqin.ErrInvalidInput, bad)
	}
}

func TestCmpShare(t *testing.T) {
	five := houqin.RatioOne / 20
	tests := []struct {
		name        string
		part, whole int64
		r           houqin.Ratio
		want        int
	}{
		// revenue 40115.40, spending 38109.63: surplus 2005.77 is exactly 5%,
		// the statement a float64 engine wrongly flags.
		{"exactly 5% complies", 200577, 4011540, five, 0},
		{"one fen more does not", 200578, 4011540, five, 1},
		{"one fen less", 200576, 4011540, five, -1},
		{"zero share", 0, 100, five, -1},
		{"zero share of a zero ratio", 0, 100, 0, 0},
		{"negative share below zero ratio", -1, 100, 0, -1},
		{"negative share vs negative ratio", -5, 100, -houqin.RatioOne / 20, 0},
		{"negative share below a negative ratio", -6, 100, -houqin.RatioOne / 20, -1},
		{"positive share vs negative ratio", 1, 100, -1, 1},
		{"zero whole, positive part", 5, 0, five, 1},
		{"zero whole, zero part", 0, 0, five, 0},
		{"zero whole, negative part", -5, 0, five, -1},
		{"large values stay exact", int64(houqin.MaxFen) / 20, int64(houqin.MaxFen), five, 0},
		{"large values, one over", int64(houqin.MaxFen)/20 + 1, int64(houqin.MaxFen), five, 1},
		{"extreme operands", math.MaxInt64, math.MaxInt64, maxRatio, -1},
		{"min int64 part", math.MinInt64, 1, maxRatio, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, houqin.CmpShare(tt.part, tt.whole, tt.r))
		})
	}
}

// Property: CmpShare agrees with exact big-decimal arithmetic, and with
// float64 never trusted.
func TestCmpShareAgreesWithDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		whole := 1 + rng.Int64N(int64(houqin.MaxFen))
		r := houqin.Ratio(rng.Int64N(int64(houqin.RatioOne)))
		part := r.Of(whole, houqin.RoundFloor) + rng.Int64N(3) - 1
		want := decimal.New(part, 0).Cmp(r.Decimal().Mul(decimal.New(whole, 0)))
		assert.Equal(t, want, houqin.CmpShare(part, whole, r), "part %d whole %d r %s", part, whole, r)
	}
}

func TestRatioOfAmount(t *testing.T) {
	five := houqin.RatioOne / 20
	// 5% of ¥40,115.43 is ¥2,005.7715.
	assert.Equal(t, int64(200577), five.Of(4011543, houqin.RoundHalfUp))
	assert.Equal(t, int64(200578), five.Of(4011543, houqin.RoundCeil))
	assert.Equal(t, int64(200577), five.Of(4011543, houqin.RoundFloor))
	assert.Equal(t, int64(-200577), five.Of(-4011543, houqin.RoundHalfUp))
	assert.Equal(t, int64(-200578), five.Of(-4011543, houqin.RoundFloor))
	// 0.7 × 92.5 points (in hundredths) is exactly 64.75.
	assert.Equal(t, int64(6475), houqin.Ratio(70_000_000).Of(9250, houqin.RoundHalfEven))
	// Halves: 5% of 10 fen is half a fen.
	assert.Equal(t, int64(1), five.Of(10, houqin.RoundHalfUp))
	assert.Equal(t, int64(0), five.Of(10, houqin.RoundHalfEven))
	assert.Equal(t, int64(math.MaxInt64), maxRatio.Of(math.MaxInt64, houqin.RoundHalfUp))
	assert.Equal(t, int64(math.MinInt64), maxRatio.Of(math.MinInt64+1, houqin.RoundHalfUp))
}

func TestShareOf(t *testing.T) {
	assert.Equal(t, houqin.RatioOne/20, houqin.ShareOf(200577, 4011540))
	assert.Equal(t, houqin.Ratio(33_333_333), houqin.ShareOf(1, 3))
	assert.Equal(t, houqin.Ratio(66_666_667), houqin.ShareOf(2, 3))
	assert.Equal(t, houqin.Ratio(-66_666_667), houqin.ShareOf(-2, 3))
	assert.Equal(t, houqin.Ratio(-66_666_667), houqin.ShareOf(2, -3))
	assert.Equal(t, houqin.Ratio(0), houqin.ShareOf(5, 0))
	assert.Equal(t, houqin.Ratio(math.MaxInt64), houqin.ShareOf(math.MaxInt64, 1))
	assert.Equal(t, houqin.Ratio(-math.MaxInt64), houqin.ShareOf(math.MinInt64, 1))
}

// Against its threshold a share keeps its side: it never rounds onto a
// threshold it differs from.
func TestShareOfAgainstThreshold(t *testing.T) {
	registerFigureTexts(t)
	five := houqin.RatioOne / 20
	for _, tt := range []struct {
		name        string
		part, whole int64
		against     houqin.Ratio
		want        houqin.Ratio
	}{
		{"a fen over 5% of ¥100,000,000.00", 500_000_001, 10_000_000_000, five, 5_000_001},
		{"a fen under", 499_999_999, 10_000_000_000, five, 4_999_999},
		{"exactly 5%", 500_000_000, 10_000_000_000, five, five},
		{"one uninsured of a billion", 999_999_999, 1_000_000_000, houqin.RatioOne, 99_999_999},
		{"far from it: as rounded", 7, 100, five, 7_000_000},
		{"rounding lands elsewhere", 200578, 4011540, five, 5_000_025},
		{"no share of nothing", 5, 0, five, 0},
		{"a negative whole is left as it is", -500_000_001, -10_000_000_000, five, five},
		{"the edge of the range", math.MaxInt64, 1, math.MaxInt64, math.MaxInt64},
		{"the other edge", math.MinInt64 + 1, 1, -math.MaxInt64, -math.MaxInt64},
	} {
		assert.Equal(t, tt.want, houqin.ShareOf(tt.part, tt.whole, tt.against), tt.name)
		assert.Equal(t, tt.want, houqin.ShareOf(tt.part, tt.whole, tt.against, houqin.RatioOne), "%s: only the first threshold", tt.name)
	}
	// The message then reads the difference.
	f := houqin.Finding{Code: "testfig.surplus", Subject: "C001", Facts: []houqin.Fact{houqin.YuanFact("surplus", 500_000_001),
		houqin.PercentFact("ratio", houqin.ShareOf(500_000_001, 10_000_000_000, five)), houqin.PercentFact("ceiling", five)}}
	assert.Equal(t, "C001: surplus CN¥5,000,000.01 (5.000001% of revenue) above the 5.000000% ceiling", f.Message(en))
}
