package houqin

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

// The exponents a decimal.Decimal may carry when it enters the library. A
// value outside them is refused before any arithmetic: shopspring rescales
// by multiplying with 10^|Δexponent|, so decimal.New(1, 1_000_000_000) would
// hang Cmp and Add. 64 places is far more than any amount or ratio written by
// hand or computed by a host with DivRound.
const (
	minExponent = -64
	maxExponent = 18
)

// pow10i holds 10^0 … 10^18.
var pow10i = func() (t [19]int64) {
	t[0] = 1
	for i := 1; i < len(t); i++ {
		t[i] = t[i-1] * 10
	}
	return t
}()

// int64Bound[e-minExponent] is 10^18 with exponent e, and negInt64Bound its
// negative: a decimal with exponent e lies between them exactly when its
// coefficient fits in an int64 (|c| ≤ 10^18). Comparing two decimals with the
// same exponent compares their coefficients only, in constant time.
var int64Bound, negInt64Bound = func() (pos, neg [maxExponent - minExponent + 1]decimal.Decimal) {
	for e := minExponent; e <= maxExponent; e++ {
		pos[e-minExponent] = decimal.New(pow10i[18], int32(e))
		neg[e-minExponent] = decimal.New(-pow10i[18], int32(e))
	}
	return
}()

// fitsInt64 reports whether the coefficient of a nonzero d, whose exponent
// lies in [minExponent, maxExponent], is at most 10^18 in magnitude: one
// comparison of coefficients against the bound of the same exponent.
func fitsInt64(d decimal.Decimal) bool {
	i := d.Exponent() - minExponent
	if d.Sign() > 0 {
		return d.Cmp(int64Bound[i]) <= 0
	}
	return d.Cmp(negInt64Bound[i]) >= 0
}

// scaledReason says why a decimal is not an exact int64 multiple of 10^-scale.
type scaledReason uint8

const (
	scaledOK          scaledReason = iota
	scaledTooFine                  // finer than 10^-scale
	scaledTooLarge                 // beyond int64 or exponent too large
	scaledTooSmallExp              // exponent below minExponent
)

// scaled returns d × 10^scale as an int64 when that is an integer that fits.
// It runs in constant time and without allocation for every decimal whose
// coefficient fits in 18 digits, and refuses, before any arithmetic, any
// decimal whose exponent lies outside [minExponent, maxExponent].
func scaled(d decimal.Decimal, scale int32) (int64, scaledReason) {
	if d.Sign() == 0 {
		return 0, scaledOK
	}
	e := d.Exponent()
	if e > maxExponent {
		return 0, scaledTooLarge
	}
	if e < minExponent {
		return 0, scaledTooSmallExp
	}
	if !fitsInt64(d) {
		return scaledBig(d, scale)
	}
	c := d.CoefficientInt64() // |c| ≤ 10^18
	k := e + scale
	switch {
	case k == 0:
		return c, scaledOK
	case k > 0:
		if k > 18 {
			return 0, scaledTooLarge
		}
		p := pow10i[k]
		if c > math.MaxInt64/p || c < math.MinInt64/p {
			return 0, scaledTooLarge
		}
		return c * p, scaledOK
	default:
		if -k > 18 {
			return 0, scaledTooFine // 0 < |c| ≤ 10^18 < 10^-k
		}
		p := pow10i[-k]
		if c%p != 0 {
			return 0, scaledTooFine
		}
		return c / p, scaledOK
	}
}

// scaledBig handles coefficients above 10^18 in magnitude, which only a host
// that builds decimals from big integers can produce.
func scaledBig(d decimal.Decimal, scale int32) (int64, scaledReason) {
	c := d.Coefficient()
	if c.BitLen() > 512 {
		return 0, scaledTooLarge
	}
	k := int64(d.Exponent()) + int64(scale)
	if k >= 0 {
		return 0, scaledTooLarge // |c| > 10^18, times 10^k ≥ 1
	}
	var r big.Int
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-k), nil)
	c.QuoRem(c, p, &r)
	if r.Sign() != 0 {
		return 0, scaledTooFine
	}
	if !c.IsInt64() {
		return 0, scaledTooLarge
	}
	return c.Int64(), scaledOK
}

// mulDiv128 returns a×b/c and a×b mod c for a, b ≥ 0 and c > 0, exactly,
// through a 128-bit product; ok is false when the quotient does not fit in
// an int64.
func mulDiv128(a, b, c uint64) (q, r uint64, ok bool) {
	hi, lo := bits.Mul64(a, b)
	if hi == 0 { // the common case: a 64-bit division is several times cheaper
		q, r = lo/c, lo%c
		return q, r, q <= math.MaxInt64
	}
	if hi >= c {
		return 0, 0, false
	}
	q, r = bits.Div64(hi, lo, c)
	return q, r, q <= math.MaxInt64
}

func abs64(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}
