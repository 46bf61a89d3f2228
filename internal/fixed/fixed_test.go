package fixed_test

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// reference is the exact d × 10^scale within ±max, by big-integer
// arithmetic, and the reason when there is none.
func reference(d decimal.Decimal, scale int32, max int64) (int64, fixed.Reason) {
	e := d.Exponent()
	switch {
	case d.Sign() == 0:
		return 0, fixed.OK
	case e > fixed.MaxExponent:
		return 0, fixed.TooLarge
	case e < fixed.MinExponent:
		return 0, fixed.TooManyPlaces
	}
	r := new(big.Rat).SetFrac(d.Coefficient(), big.NewInt(1))
	p := new(big.Rat).SetFrac(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(e+scale)&0x7f), nil), big.NewInt(1))
	if e+scale < 0 {
		p.Inv(new(big.Rat).SetFrac(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-(e+scale))), nil), big.NewInt(1)))
	}
	r.Mul(r, p)
	bound := new(big.Rat).SetInt64(max)
	if r.Cmp(bound) > 0 || r.Cmp(bound.Neg(bound)) < 0 {
		return 0, fixed.TooLarge
	}
	if !r.IsInt() {
		return 0, fixed.TooFine
	}
	return r.Num().Int64(), fixed.OK
}

func TestScaled(t *testing.T) {
	for _, tt := range []struct {
		in    decimal.Decimal
		scale int32
		want  int64
		why   fixed.Reason
	}{
		{dec("0"), 2, 0, fixed.OK},
		{decimal.New(0, 1_000_000), 2, 0, fixed.OK},
		{dec("1234.5"), 2, 123450, fixed.OK},
		{dec("1.000"), 2, 100, fixed.OK},
		{dec("-0.05"), 2, -5, fixed.OK},
		{dec("1.005"), 2, 0, fixed.TooFine},
		{decimal.New(3, -40), 2, 0, fixed.TooFine},
		{decimal.New(1, 19), 0, 0, fixed.TooLarge},
		{decimal.New(1, 17), 2, 0, fixed.TooLarge},
		{decimal.New(-1, 17), 2, 0, fixed.TooLarge},
		{decimal.New(1, 100), 2, 0, fixed.TooLarge},
		{decimal.New(1, -65), 2, 0, fixed.TooManyPlaces},
		{decimal.New(12, 16), 2, 0, fixed.TooLarge},
		{decimal.New(9, 16), 2, 9_000_000_000_000_000_000, fixed.OK},
		{decimal.NewFromBigInt(new(big.Int).Lsh(big.NewInt(1), 300), -30), 2, 0, fixed.TooFine},
		{decimal.NewFromBigInt(new(big.Int).Lsh(big.NewInt(1), 600), -60), 2, 0, fixed.TooLarge},
		{decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil), -30), 2, 100, fixed.OK},
		{decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(40), nil), 0), 2, 0, fixed.TooLarge},
		{decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(40), nil), -10), 2, 0, fixed.TooLarge},
		// At the limits, not one step past them.
		{decimal.New(5, fixed.MaxExponent), 0, 5_000_000_000_000_000_000, fixed.OK},
		{decimal.New(-5, fixed.MaxExponent), 0, -5_000_000_000_000_000_000, fixed.OK},
		{decimal.New(math.MaxInt64/10, 0), 1, math.MaxInt64 / 10 * 10, fixed.OK},
		{decimal.New(math.MinInt64/10, 0), 1, math.MinInt64 / 10 * 10, fixed.OK},
		{decimal.New(math.MaxInt64/10+1, 0), 1, 0, fixed.TooLarge},
		{decimal.New(math.MinInt64/10-1, 0), 1, 0, fixed.TooLarge},
		// A coefficient of exactly 512 bits is still divided, and found finer
		// than the scale rather than too large.
		{decimal.NewFromBigInt(new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 511), big.NewInt(1)), fixed.MinExponent), 2, 0, fixed.TooFine},
	} {
		got, why := fixed.Scaled(tt.in, tt.scale)
		assert.Equal(t, tt.why, why, "%s scale %d", tt.in, tt.scale)
		if tt.why == fixed.OK {
			assert.Equal(t, tt.want, got, "%s scale %d", tt.in, tt.scale)
		}
	}
}

// randomDecimal draws decimals around the bounds and the fast path's
// exponents, with coefficients of every size up to 20 digits.
func randomDecimal(rng *rand.Rand) decimal.Decimal {
	digits := rng.IntN(21)
	c := new(big.Int)
	for range digits {
		c.Mul(c, big.NewInt(10))
		c.Add(c, big.NewInt(rng.Int64N(10)))
	}
	if rng.IntN(2) == 0 {
		c.Neg(c)
	}
	return decimal.NewFromBigInt(c, int32(rng.IntN(44)-24))
}

func TestConverterAgreesWithBigArithmetic(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, cv := range []struct {
		scale int32
		max   int64
	}{{2, 100_000_000_000_000}, {8, 100_000_000_000}, {2, 100_000}, {0, 1_000_000_000_000_000_000}, {2, 950_000_000_000_000}, {18, 1}} {
		c := fixed.NewConverter(cv.scale, cv.max)
		for range 20_000 {
			d := randomDecimal(rng)
			wantV, wantWhy := reference(d, cv.scale, cv.max)
			v, why := c.Of(d)
			if wantWhy == fixed.OK && why == fixed.TooLarge && fixed.Abs(wantV) > uint64(fixed.Pow10[18]) {
				continue // refused beyond 10^18 units, as documented
			}
			if wantWhy == fixed.OK || why == fixed.OK {
				assert.Equal(t, wantWhy, why, "%s scale %d max %d", d, cv.scale, cv.max)
				assert.Equal(t, wantV, v, "%s scale %d max %d", d, cv.scale, cv.max)
			} else {
				assert.NotEqual(t, fixed.OK, why, "%s", d)
			}
		}
		for _, bound := range []decimal.Decimal{decimal.New(cv.max, -cv.scale), decimal.New(-cv.max, -cv.scale)} {
			v, why := c.Of(bound)
			assert.Equal(t, fixed.OK, why, "the bound itself is accepted")
			assert.Equal(t, bound.Sign()*int(cv.max), int(v))
		}
	}
}

// TestConverterAtTheBound writes ±max at every exponent where it is whole,
// with coefficients of up to 83 digits, and checks the bound itself, one
// past it and one short of it. One past the bound is refused as beyond it
// wherever the bound's coefficient is at most 10^18 (the fast path) or the
// exponent is not finer than a unit; elsewhere it may be refused as finer.
func TestConverterAtTheBound(t *testing.T) {
	e18 := big.NewInt(fixed.Pow10[18])
	for _, cv := range []struct {
		scale int32
		max   int64
	}{{2, 100_000_000_000_000}, {8, 100_000_000_000}, {0, 1_000_000_000_000_000_000}, {2, 950_000_000_000_000}, {18, 1}, {4, 922_337_203_685_477}} {
		c := fixed.NewConverter(cv.scale, cv.max)
		for e := int32(fixed.MinExponent); e <= fixed.MaxExponent; e++ {
			k := int64(e + cv.scale)
			coef := big.NewInt(cv.max)
			if k <= 0 {
				coef.Mul(coef, new(big.Int).Exp(big.NewInt(10), big.NewInt(-k), nil))
			} else if p := new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil); new(big.Int).Rem(coef, p).Sign() == 0 {
				coef.Quo(coef, p)
			} else {
				continue // max is not whole at exponent e
			}
			fast := coef.Cmp(e18) <= 0
			for _, sign := range []int64{1, -1} {
				for _, delta := range []int64{0, 1, -1} {
					x := new(big.Int).Add(coef, big.NewInt(delta))
					d := decimal.NewFromBigInt(x.Mul(x, big.NewInt(sign)), e)
					v, why := c.Of(d)
					wantV, wantWhy := reference(d, cv.scale, cv.max)
					switch {
					case delta == 1 && !fast && k < 0:
						assert.Contains(t, []fixed.Reason{fixed.TooLarge, fixed.TooFine}, why, "%s", d)
					case delta == 1:
						assert.Equal(t, fixed.TooLarge, why, "%s (max %d scale %d)", d, cv.max, cv.scale)
					default:
						assert.Equal(t, wantWhy, why, "%s (max %d scale %d)", d, cv.max, cv.scale)
						assert.Equal(t, wantV, v, "%s", d)
					}
				}
			}
		}
	}
}

// TestConverterHostile: exponents far out of range and coefficients of
// hundreds of thousands of digits are refused, and quickly.
func TestConverterHostile(t *testing.T) {
	fen := fixed.NewConverter(2, 100_000_000_000_000)
	huge := new(big.Int).Lsh(big.NewInt(1), 100_000) // 30,103 digits
	tenTo130 := new(big.Int).Exp(big.NewInt(10), big.NewInt(130), nil)
	for _, tt := range []struct {
		in   decimal.Decimal
		want fixed.Reason
	}{
		{decimal.New(1, math.MinInt32), fixed.TooManyPlaces},
		{decimal.New(1, math.MaxInt32), fixed.TooLarge},
		{decimal.New(-7, fixed.MinExponent-1), fixed.TooManyPlaces},
		{decimal.New(7, fixed.MaxExponent+1), fixed.TooLarge},
		{decimal.New(0, math.MinInt32), fixed.OK},
		{decimal.NewFromBigInt(huge, -2), fixed.TooLarge},
		{decimal.NewFromBigInt(new(big.Int).Neg(huge), 0), fixed.TooLarge},
		{decimal.NewFromBigInt(huge, math.MinInt32), fixed.TooManyPlaces},
		{decimal.NewFromBigInt(tenTo130, -2), fixed.TooLarge},                                    // 131 digits, a usual exponent
		{decimal.NewFromBigInt(new(big.Int).Add(tenTo130, big.NewInt(1)), -3), fixed.TooLarge},   // beyond and finer: the bound first
		{decimal.NewFromBigInt(new(big.Int).Add(tenTo130, big.NewInt(1)), -64), fixed.TooFine},   // beyond and finer, written finer than the fast path
		{decimal.NewFromBigInt(new(big.Int).Mul(tenTo130, big.NewInt(-3)), -64), fixed.TooLarge}, // 10^66 and more
		{decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(80), nil), -68), fixed.TooManyPlaces},
	} {
		_, why := fen.Of(tt.in)
		assert.Equal(t, tt.want, why, "%d digits, exponent %d", tt.in.NumDigits(), tt.in.Exponent())
	}
}

func TestConverterOrderOfReasons(t *testing.T) {
	fen := fixed.NewConverter(2, 100_000_000_000_000)
	_, why := fen.Of(dec("1000000000000.005"))
	assert.Equal(t, fixed.TooLarge, why, "beyond and finer, at a usual exponent: the bound first")
	_, why = fen.Of(decimal.New(-3, -100))
	assert.Equal(t, fixed.TooManyPlaces, why)
	_, why = fen.Of(decimal.New(0, -100))
	assert.Equal(t, fixed.OK, why, "zero is zero whatever its exponent")
	_, why = fen.Of(decimal.New(0, 5))
	assert.Equal(t, fixed.OK, why)
}

func TestConverterDoesNotAllocate(t *testing.T) {
	fen := fixed.NewConverter(2, 100_000_000_000_000)
	for _, d := range []decimal.Decimal{dec("40115.43"), dec("-0.001"), dec("1000000000000.01"), dec("999999999999999999e-6"), dec("1e-40"), dec("5e11")} {
		assert.Zero(t, testing.AllocsPerRun(100, func() { fen.Of(d) }), "%s", d)
	}
}

// BenchmarkConverter converts the eight amounts of a canteen statement.
func BenchmarkConverter(b *testing.B) {
	fen := fixed.NewConverter(2, 100_000_000_000_000)
	ds := []decimal.Decimal{dec("52340.50"), dec("50770.30"), dec("38210.40"), dec("1520.00"), dec("2310.75"), dec("7200.00"), dec("860.00"), dec("669.15")}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range ds {
			fen.Of(d)
		}
	}
}

func TestRound(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20_000 {
		d := randomDecimal(rng)
		if d.Exponent() < -20 {
			d = decimal.New(d.CoefficientInt64()%1000, d.Exponent())
		}
		for _, m := range []fixed.Mode{fixed.HalfUp, fixed.HalfEven, fixed.Floor, fixed.Ceil} {
			var want decimal.Decimal
			switch m {
			case fixed.HalfUp:
				want = d.Round(2)
			case fixed.HalfEven:
				want = d.RoundBank(2)
			case fixed.Floor:
				want = d.RoundFloor(2)
			case fixed.Ceil:
				want = d.RoundCeil(2)
			}
			got, why := fixed.Round(d, 2, m)
			w := want.Shift(2).BigInt() // exact: want has at most two places
			if why != fixed.OK {
				// Refused only beyond 10^18 units, which no bound reaches.
				assert.Positive(t, new(big.Int).Abs(w).Cmp(big.NewInt(fixed.Pow10[18])), "%s mode %d", d, m)
				continue
			}
			assert.Equal(t, w.Int64(), got, "%s mode %d", d, m)
		}
	}
	for _, tt := range []struct {
		in   decimal.Decimal
		mode fixed.Mode
		want int64
	}{
		{decimal.New(1, -30), fixed.Ceil, 1},
		{decimal.New(-1, -30), fixed.Floor, -1},
		{decimal.New(1, -30), fixed.HalfUp, 0},
		{decimal.NewFromBigInt(tenPointFive, -24), fixed.HalfUp, 1001},
		{decimal.NewFromBigInt(tenPointFive, -24), fixed.HalfEven, 1000},
		{decimal.NewFromBigInt(tenPointFive, -24), fixed.Floor, 1000},
		{decimal.NewFromBigInt(tenPointFive, -24), fixed.Ceil, 1001},
	} {
		got, why := fixed.Round(tt.in, 2, tt.mode)
		assert.Equal(t, fixed.OK, why, "%s", tt.in)
		assert.Equal(t, tt.want, got, "%s mode %d", tt.in, tt.mode)
	}
	_, why := fixed.Round(decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(60), nil), -20), 2, fixed.HalfUp)
	assert.Equal(t, fixed.TooLarge, why)
	_, why = fixed.Round(decimal.New(1, -70), 2, fixed.HalfUp)
	assert.Equal(t, fixed.TooManyPlaces, why)
}

// tenPointFive is the coefficient of 10.005 written with exponent −24.
var tenPointFive = new(big.Int).Add(new(big.Int).Exp(big.NewInt(10), big.NewInt(25), nil), new(big.Int).Mul(big.NewInt(5), new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil)))

func TestRoundQuo(t *testing.T) {
	for _, tt := range []struct {
		q, rem, den uint64
		neg         bool
		mode        fixed.Mode
		want        uint64
	}{
		{12, 0, 10, false, fixed.Ceil, 12},
		{12, 5, 10, false, fixed.HalfUp, 13},
		{12, 4, 10, false, fixed.HalfUp, 12},
		{12, 5, 10, false, fixed.HalfEven, 12},
		{13, 5, 10, false, fixed.HalfEven, 14},
		{12, 6, 10, false, fixed.HalfEven, 13},
		{12, 1, 10, false, fixed.Floor, 12},
		{12, 1, 10, true, fixed.Floor, 13},
		{12, 1, 10, false, fixed.Ceil, 13},
		{12, 1, 10, true, fixed.Ceil, 12},
		{12, 5, 10, false, fixed.Mode(9), 13},
	} {
		assert.Equal(t, tt.want, fixed.RoundQuo(tt.q, tt.rem, tt.den, tt.neg, tt.mode), "%+v", tt)
	}
}

func TestMulDiv128(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 10_000 {
		a, b, c := rng.Uint64()>>rng.IntN(64), rng.Uint64()>>rng.IntN(64), rng.Uint64()>>rng.IntN(64)|1
		p := new(big.Int).Mul(new(big.Int).SetUint64(a), new(big.Int).SetUint64(b))
		wq, wr := new(big.Int).QuoRem(p, new(big.Int).SetUint64(c), new(big.Int))
		q, r, ok := fixed.MulDiv128(a, b, c)
		if !wq.IsInt64() {
			assert.False(t, ok)
			continue
		}
		assert.True(t, ok)
		assert.Equal(t, wq.Uint64(), q)
		assert.Equal(t, wr.Uint64(), r)
	}
	_, _, ok := fixed.MulDiv128(math.MaxUint64, math.MaxUint64, 3)
	assert.False(t, ok)
	_, _, ok = fixed.MulDiv128(math.MaxUint64, 1, 1)
	assert.False(t, ok)

	// A quotient of exactly MaxInt64 fits, through either division.
	for _, tt := range [][3]uint64{{math.MaxInt64, 1, 1}, {math.MaxInt64, 4, 4}} {
		q, r, ok := fixed.MulDiv128(tt[0], tt[1], tt[2])
		assert.True(t, ok, "%d×%d/%d", tt[0], tt[1], tt[2])
		assert.Equal(t, uint64(math.MaxInt64), q)
		assert.Zero(t, r)
		_, _, ok = fixed.MulDiv128(tt[0]+1, tt[1], tt[2])
		assert.False(t, ok, "%d×%d/%d", tt[0]+1, tt[1], tt[2])
	}
}

func TestAbs(t *testing.T) {
	assert.Equal(t, uint64(5), fixed.Abs(-5))
	assert.Equal(t, uint64(5), fixed.Abs(5))
	assert.Equal(t, uint64(1)<<63, fixed.Abs(math.MinInt64))
	assert.Equal(t, int64(1_000_000_000_000_000_000), fixed.Pow10[18])
}

func FuzzConverter(f *testing.F) {
	f.Add(int64(123450), int32(-2))
	f.Add(int64(-5), int32(-3))
	f.Add(int64(1), int32(12))
	f.Add(int64(1), int32(13))
	f.Add(int64(1_000_000_000_000_000_000), int32(-6))
	c := fixed.NewConverter(2, 100_000_000_000_000)
	f.Fuzz(func(t *testing.T, coef int64, exp int32) {
		d := decimal.New(coef, exp%200)
		wantV, wantWhy := reference(d, 2, 100_000_000_000_000)
		v, why := c.Of(d)
		if wantWhy == fixed.OK || why == fixed.OK {
			if wantWhy != why || wantV != v {
				t.Fatalf("%s: got %d %d, want %d %d", d, v, why, wantV, wantWhy)
			}
		}
	})
}
