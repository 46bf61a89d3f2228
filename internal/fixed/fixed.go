// Package fixed converts decimal.Decimal values to exact scaled integers
// (yuan to fen, a proportion to hundred-millionths, points to hundredths)
// and does the 128-bit integer arithmetic those integers need: products and
// quotients that never overflow, rounded by a named rule.
//
// It is the one decimal→integer converter of the library. Every conversion
// refuses, before any arithmetic, a decimal whose exponent lies outside
// [MinExponent, MaxExponent]: shopspring rescales by multiplying with
// 10^|Δexponent|, so decimal.New(1, 1_000_000_000) would hang its Cmp and
// Add. A conversion runs in constant time and without allocation for every
// decimal whose coefficient has at most 18 digits.
package fixed

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

// The exponents a decimal may carry when it enters the library: 64 places
// is far more than any amount or ratio written by hand or computed by a host
// with DivRound.
const (
	MinExponent = -64
	MaxExponent = 18
)

// Pow10 holds 10^0 … 10^18.
var Pow10 = func() (t [19]int64) {
	t[0] = 1
	for i := 1; i < len(t); i++ {
		t[i] = t[i-1] * 10
	}
	return t
}()

// Reason says why a decimal has no exact scaled integer.
type Reason uint8

// The reasons.
const (
	OK            Reason = iota
	TooFine              // finer than 10^-scale
	TooLarge             // beyond the bound, int64 or MaxExponent
	TooManyPlaces        // exponent below MinExponent
)

// int64Bound[e-MinExponent] is 10^18 with exponent e, and negInt64Bound its
// negative: a decimal with exponent e lies between them exactly when its
// coefficient fits in an int64 (|c| ≤ 10^18). Comparing two decimals with
// the same exponent compares their coefficients only, in constant time.
var int64Bound, negInt64Bound = func() (pos, neg [MaxExponent - MinExponent + 1]decimal.Decimal) {
	for e := MinExponent; e <= MaxExponent; e++ {
		pos[e-MinExponent] = decimal.New(Pow10[18], int32(e))
		neg[e-MinExponent] = decimal.New(-Pow10[18], int32(e))
	}
	return
}()

// fitsInt64 reports whether the coefficient of a nonzero d, whose exponent
// lies in [MinExponent, MaxExponent], is at most 10^18 in magnitude.
func fitsInt64(d decimal.Decimal) bool {
	i := d.Exponent() - MinExponent
	if d.Sign() > 0 {
		return d.Cmp(int64Bound[i]) <= 0
	}
	return d.Cmp(negInt64Bound[i]) >= 0
}

// Scaled returns d × 10^scale when that is an integer that fits in an int64,
// for 0 ≤ scale ≤ 18. A value beyond 10^18 in magnitude may be refused as
// TooLarge even when it fits (when its coefficient has more than 18
// digits); no bound of the library comes near.
func Scaled(d decimal.Decimal, scale int32) (int64, Reason) {
	if d.Sign() == 0 {
		return 0, OK
	}
	e := d.Exponent()
	if e > MaxExponent {
		return 0, TooLarge
	}
	if e < MinExponent {
		return 0, TooManyPlaces
	}
	if !fitsInt64(d) {
		return scaledBig(d, scale)
	}
	c := d.CoefficientInt64() // |c| ≤ 10^18
	k := e + scale
	switch {
	case k == 0:
		return c, OK
	case k > 0:
		if k > 18 {
			return 0, TooLarge
		}
		p := Pow10[k]
		if c > math.MaxInt64/p || c < math.MinInt64/p {
			return 0, TooLarge
		}
		return c * p, OK
	default:
		if -k > 18 {
			return 0, TooFine // 0 < |c| ≤ 10^18 < 10^-k
		}
		p := Pow10[-k]
		if c%p != 0 {
			return 0, TooFine
		}
		return c / p, OK
	}
}

// scaledBig handles coefficients above 10^18 in magnitude, which only a host
// that builds decimals from big integers can produce.
func scaledBig(d decimal.Decimal, scale int32) (int64, Reason) {
	c := d.Coefficient()
	if c.BitLen() > 512 {
		return 0, TooLarge
	}
	k := int64(d.Exponent()) + int64(scale)
	if k >= 0 {
		return 0, TooLarge // |c| > 10^18, times 10^k ≥ 1
	}
	var r big.Int
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-k), nil)
	c.QuoRem(c, p, &r)
	if r.Sign() != 0 {
		return 0, TooFine
	}
	if !c.IsInt64() {
		return 0, TooLarge
	}
	return c.Int64(), OK
}

// A Converter converts decimals to exact multiples of 10^-scale within
// ±max. For the exponents hosts write (those at which max has a whole
// coefficient of at most 18 digits: −6 to 12 for fen within 10^14), a
// coefficient of at most 18 digits is compared as an int64 with the bound's
// coefficient at the same exponent, which decides at once whether the value
// is in bounds. Its digits are counted with Decimal.NumDigits, which takes no
// big-integer arithmetic for a coefficient that fits in an int64 (a
// comparison of decimals takes longer). For a coefficient of more than 128
// digits, which only a host that builds decimals from big integers makes,
// NumDigits computes a power of ten: about 5 ms for a million bits, less
// than printing the coefficient, or decoding it from text, would take.
// Every other decimal goes through [Scaled].
type Converter struct {
	scale int32
	max   int64
	lo    int32   // the first exponent of the fast path
	bound []int64 // bound[i]: the coefficient of max×10^-scale at exponent lo+i, at most 10^18
}

// NewConverter returns the converter to multiples of 10^-scale within ±max,
// for 0 ≤ scale ≤ 18 and max > 0.
func NewConverter(scale int32, max int64) *Converter {
	c := &Converter{scale: scale, max: max}
	for e := int32(MinExponent); e <= MaxExponent; e++ {
		// The bound at exponent e has coefficient max / 10^k; the fast path
		// needs it whole and at most 10^18.
		k := e + scale
		var coef int64
		switch {
		case k < -18:
		case k <= 0:
			if max <= Pow10[18]/Pow10[-k] {
				coef = max * Pow10[-k]
			}
		case k <= 18 && max%Pow10[k] == 0:
			coef = max / Pow10[k]
		}
		if coef <= 0 {
			if len(c.bound) > 0 {
				break
			}
			continue
		}
		if len(c.bound) == 0 {
			c.lo = e
		}
		c.bound = append(c.bound, coef)
	}
	return c
}

// Of returns d × 10^scale when it is an integer within ±max, and otherwise
// why not. Where d is both beyond the bound and finer than 10^-scale, the
// reason depends on how d is written.
func (c *Converter) Of(d decimal.Decimal) (int64, Reason) {
	e := d.Exponent()
	i := uint32(e - c.lo) // wraps for an exponent below lo
	fast := i < uint32(len(c.bound))
	if fast && d.NumDigits() <= 18 {
		v, b := d.CoefficientInt64(), c.bound[i]
		if v > b || v < -b {
			return 0, TooLarge
		}
		if k := e + c.scale; k >= 0 {
			return v * Pow10[k], OK
		} else if p := Pow10[-k]; v%p == 0 {
			return v / p, OK
		}
		return 0, TooFine
	}
	v, why := Scaled(d, c.scale)
	switch {
	case why == TooFine && fast:
		// More than 18 digits at an exponent of the fast path: at least the
		// bound's coefficient, and not the bound, which is whole: beyond it,
		// the reason the fast path gives first.
		return 0, TooLarge
	case why == OK && (v > c.max || v < -c.max):
		return 0, TooLarge
	}
	return v, why
}

// Mode names how a quotient is rounded to a whole number. Its values are
// those of houqin.Rounding.
type Mode uint8

// The modes.
const (
	HalfUp   Mode = iota // to the nearest, halves away from zero (四舍五入)
	HalfEven             // to the nearest, halves to the even neighbour
	Floor                // toward negative infinity
	Ceil                 // toward positive infinity
)

// RoundQuo finishes a division of magnitudes, q remainder rem over den
// (den > 0, rem < den), whose true sign is negative when neg, by mode, and
// returns the rounded magnitude. An unknown mode rounds half up.
func RoundQuo(q, rem, den uint64, neg bool, mode Mode) uint64 {
	if rem == 0 {
		return q
	}
	switch mode {
	case HalfEven:
		if rem > den-rem || (rem == den-rem && q%2 == 1) {
			q++
		}
	case Floor:
		if neg {
			q++
		}
	case Ceil:
		if !neg {
			q++
		}
	default:
		if rem >= den-rem {
			q++
		}
	}
	return q
}

// Round returns d × 10^scale rounded to a whole number by mode, when it fits
// in an int64. It refuses what [Scaled] refuses except TooFine.
func Round(d decimal.Decimal, scale int32, mode Mode) (int64, Reason) {
	v, why := Scaled(d, scale)
	if why != TooFine {
		return v, why
	}
	// Finer than 10^-scale: the exponent lies in [MinExponent, -scale-1].
	if fitsInt64(d) {
		c := d.CoefficientInt64()
		neg := c < 0
		var q, rem, den uint64
		if k := -d.Exponent() - scale; k <= 18 {
			den = uint64(Pow10[k])
			q, rem = Abs(c)/den, Abs(c)%den
		} else {
			// |d| < 10^18 × 10^-19 units: less than a tenth of one.
			q, rem, den = 0, 1, math.MaxUint64
		}
		q = RoundQuo(q, rem, den, neg, mode)
		if neg {
			return -int64(q), OK
		}
		return int64(q), OK
	}
	var r decimal.Decimal
	switch mode {
	case HalfEven:
		r = d.RoundBank(scale)
	case Floor:
		r = d.RoundFloor(scale)
	case Ceil:
		r = d.RoundCeil(scale)
	default:
		r = d.Round(scale)
	}
	if v, why = Scaled(r, scale); why != OK {
		return 0, TooLarge
	}
	return v, OK
}

// MulDiv128 returns a×b/c and a×b mod c for c > 0, exactly, through a
// 128-bit product; ok is false when the quotient does not fit in an int64.
func MulDiv128(a, b, c uint64) (q, r uint64, ok bool) {
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

// Abs returns the magnitude of x, math.MinInt64 included.
func Abs(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}
