package houqin

import (
	"math"
	"math/bits"

	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/houqin-go/houqin/internal/format"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Ratio is an exact proportion held as a whole number of hundred-millionths
// (10⁻⁸): a surplus ceiling of 5% is Ratio(5_000_000), a weight of 0.7 is
// Ratio(70_000_000), and [RatioOne] is 100%. The rule packages keep ceilings,
// tolerances, weights and rates as Ratios so that a verdict such as
// "surplus / revenue > 5%" is decided in integers, exactly, never in float64.
type Ratio int64

// RatioOne is the Ratio of 1 (100%).
const RatioOne Ratio = 100_000_000

// ratioScale is the number of decimal places a Ratio keeps.
const ratioScale = 8

// maxRatio bounds the magnitude of a Ratio RatioOf accepts: 1000 (100,000%).
const maxRatio Ratio = 1000 * RatioOne

// ratioOf converts a proportion to hundred-millionths within ±maxRatio.
var ratioOf = fixed.NewConverter(ratioScale, int64(maxRatio))

// RatioOf converts a decimal proportion (0.05 for 5%) to a Ratio, exactly.
// It refuses, with an *InputError for field that matches [ErrInvalidInput],
// a value with more than eight decimal places (other than trailing zeros), a
// magnitude above 1000, and a decimal whose exponent lies outside [−64, 18].
// Like [FenOf] it runs in constant time, before any decimal arithmetic.
func RatioOf(field string, d decimal.Decimal) (Ratio, error) {
	v, why := ratioOf.Of(d)
	switch why {
	case fixed.TooFine:
		return 0, Invalid(field, "more than eight decimal places: "+shortDecimal(d))
	case fixed.TooLarge:
		return 0, Invalid(field, "beyond the bound of ±1000")
	case fixed.TooManyPlaces:
		return 0, Invalid(field, "more than 64 decimal places")
	}
	return Ratio(v), nil
}

// Decimal returns r as a decimal with exactly eight decimal places.
func (r Ratio) Decimal() decimal.Decimal { return decimal.New(int64(r), -ratioScale) }

// String returns r as a plain decimal without trailing zeros: "0.05", "1", "-0.125".
func (r Ratio) String() string {
	var buf [24]byte
	return string(format.AppendPlain(buf[:0], int64(r), ratioScale))
}

// Format writes r as a percentage for a reader, with two decimals, rounded
// half up, and thousands separators: RatioOne/20 is "5.00%",
// Ratio(12_345_000) is "12.35%", Ratio(-12_500_000) is "-12.50%". The form
// is the same in the three languages (CLDR's), so tag only documents the
// reader. Two ratios written side by side, a rate and the threshold it is
// judged against, may read alike at two decimals when they differ
// (Ratio(5_000_025) is "5.00%" too): write them in one sentence, with
// [Localize] or [Finding.Message], which gives every percentage of a
// sentence the decimals it takes to tell them apart.
func (r Ratio) Format(tag language.Tag) string {
	_ = tag
	var buf [40]byte
	return string(format.AppendPercent(buf[:0], int64(r)))
}

// Of returns r × x rounded to a whole unit by mode: with x in fen, the share
// r of an amount, to the fen. Of(RatioOne/20, 4011543) is 200577 with
// [RoundHalfUp] (5% of ¥40,115.43 is ¥2,005.7715 → ¥2,005.77) and 200578 with
// [RoundCeil]. The product is exact in 128 bits; a result beyond int64
// saturates at math.MaxInt64 or math.MinInt64, which validated inputs never
// reach.
func (r Ratio) Of(x int64, mode Rounding) int64 {
	neg := (r < 0) != (x < 0)
	q, rem, ok := fixed.MulDiv128(fixed.Abs(int64(r)), fixed.Abs(x), uint64(RatioOne))
	if !ok {
		if neg {
			return math.MinInt64
		}
		return math.MaxInt64
	}
	q = fixed.RoundQuo(q, rem, uint64(RatioOne), neg, fixed.Mode(mode))
	if q > math.MaxInt64 {
		q = math.MaxInt64
	}
	if neg {
		return -int64(q)
	}
	return int64(q)
}

// CmpShare compares the share part/whole with r, exactly, and returns −1, 0
// or +1 as part/whole is less than, equal to or greater than r. whole must be
// positive for a share to exist; when whole is zero or negative CmpShare
// compares part with zero instead (a positive part of nothing is more than
// any share), so that a caller never divides by zero.
func CmpShare(part, whole int64, r Ratio) int {
	if whole <= 0 {
		switch {
		case part > 0:
			return 1
		case part < 0:
			return -1
		}
		return 0
	}
	// Compare part × RatioOne with r × whole, both signed 128-bit.
	lneg, rneg := part < 0, r < 0
	lh, ll := bits.Mul64(fixed.Abs(part), uint64(RatioOne))
	rh, rl := bits.Mul64(fixed.Abs(int64(r)), uint64(whole))
	lzero, rzero := lh == 0 && ll == 0, rh == 0 && rl == 0
	switch {
	case lzero && rzero:
		return 0
	case lzero:
		if rneg {
			return 1
		}
		return -1
	case rzero:
		if lneg {
			return -1
		}
		return 1
	case lneg != rneg:
		if lneg {
			return -1
		}
		return 1
	}
	c := 0
	switch {
	case lh < rh, lh == rh && ll < rl:
		c = -1
	case lh > rh, lh == rh && ll > rl:
		c = 1
	}
	if lneg {
		c = -c
	}
	return c
}

// ShareOf returns part/whole as a Ratio rounded half-up to 10⁻⁸, for
// display: the surplus ratio of a canteen, the insured rate of a school.
// Decide verdicts with [CmpShare], which is exact. ShareOf returns 0 when
// whole is zero and saturates at ±math.MaxInt64 for shares beyond it.
//
// Given the threshold the share is judged against (only the first is
// read), ShareOf keeps the share on its side of it: where the share differs
// from the threshold but would round onto it, it is rounded away from it
// instead, still within 10⁻⁸ of the exact share. One fen over a 5% ceiling
// on a revenue of ¥100,000,000.00 is 0.0500000001: Ratio(5_000_000) by
// rounding, Ratio(5_000_001) against the ceiling, so that the message
// reads 5.000001% against 5.000000%, never 5% against 5%. A share equal to
// the threshold stays equal to it; a whole that is not positive leaves the
// share as it is.
func ShareOf(part, whole int64, threshold ...Ratio) Ratio {
	if whole == 0 {
		return 0
	}
	neg := (part < 0) != (whole < 0)
	w := fixed.Abs(whole)
	q, rem, ok := fixed.MulDiv128(fixed.Abs(part), uint64(RatioOne), w)
	if !ok {
		if neg {
			return -math.MaxInt64
		}
		return math.MaxInt64
	}
	q = fixed.RoundQuo(q, rem, w, neg, fixed.HalfUp)
	if q > math.MaxInt64 {
		q = math.MaxInt64
	}
	r := Ratio(q)
	if neg {
		r = -r
	}
	if len(threshold) > 0 && whole > 0 && r == threshold[0] {
		switch t := threshold[0]; CmpShare(part, whole, t) {
		case 1:
			if t < math.MaxInt64 {
				r = t + 1
			}
		case -1:
			if t > -math.MaxInt64 {
				r = t - 1
			}
		}
	}
	return r
}

// MarshalText encodes r as a plain decimal, "0.05", so that a ratio in JSON
// is always a string, never a float.
func (r Ratio) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes a plain decimal such as "0.05" and refuses what
// [RatioOf] refuses, and exponents.
func (r *Ratio) UnmarshalText(b []byte) error {
	s := string(b)
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+') {
			return Invalid("", "want a plain decimal ratio such as 0.05, got "+clip.Quote(s, 40))
		}
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return Invalid("", "want a plain decimal ratio such as 0.05, got "+clip.Quote(s, 40))
	}
	v, err := RatioOf("", d)
	if err != nil {
		return err
	}
	*r = v
	return nil
}
