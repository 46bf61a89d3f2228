package houqin

import (
	"fmt"
	"math"
	"strconv"

	"github.com/shopspring/decimal"
)

// Fen is an amount of money in fen (分), the hundredth of a yuan: the exact
// integer form in which the rule packages add, compare and split money.
// Fen(123450) is ¥1,234.50. Convert a decimal yuan amount with [FenOf] and
// back with [Fen.Yuan]; both directions are exact.
type Fen int64

// MaxFen is the bound on the magnitude of every amount the library accepts:
// 10^14 fen, that is ¥1,000,000,000,000.00 (one trillion yuan, more than
// any province's school budget). Amounts from −MaxFen to MaxFen inclusive are
// accepted. The bound keeps every sum of up to 92,000 amounts, and every
// product with a ratio, exact in 64-bit or 128-bit integers.
const MaxFen Fen = 100_000_000_000_000

// maxYuanText is MaxFen in yuan, for error messages.
const maxYuanText = "1,000,000,000,000.00"

// yuanBound[e+6] is the bound MaxFen in yuan written with exponent e, for e
// in [−6, 12]: coefficient 10^(12−e), at most 10^18. negYuanBound is its
// negative.
var yuanBound, negYuanBound = func() (pos, neg [19]decimal.Decimal) {
	for e := -6; e <= 12; e++ {
		pos[e+6] = decimal.New(pow10i[12-e], int32(e))
		neg[e+6] = decimal.New(-pow10i[12-e], int32(e))
	}
	return
}()

// FenOf converts an amount in yuan to fen, exactly. It accepts any decimal
// that is a whole number of fen, however it is written (1.000 is 1.00 yuan)
// and refuses, with an *InputError for field that matches [ErrInvalidInput]:
//   - an amount finer than a fen (1.005);
//   - an amount beyond ±[MaxFen];
//   - a decimal whose exponent lies outside [−64, 18], which no amount needs.
//
// FenOf checks the exponent and the size of the coefficient before any
// arithmetic and runs in constant time without allocation, so a hostile
// value such as decimal.New(1, 1_000_000_000), which would hang shopspring's
// Cmp and Add, is refused at once. Every amount that enters the library
// through a Go value passes through FenOf or [CheckYuan].
func FenOf(field string, d decimal.Decimal) (Fen, error) {
	// The fast path: amounts as hosts write them, with an exponent in
	// [−6, 12]. One comparison of coefficients with the bound written at
	// the same exponent decides both that the coefficient fits in an int64
	// (it is at most 10^(12−e) ≤ 10^18) and that the amount is in bounds.
	if e := d.Exponent(); e >= -6 && e <= 12 {
		s := d.Sign()
		if s == 0 {
			return 0, nil
		}
		i := e + 6
		if s > 0 && d.Cmp(yuanBound[i]) > 0 || s < 0 && d.Cmp(negYuanBound[i]) < 0 {
			return 0, Invalid(field, "beyond the bound of ±"+maxYuanText+" yuan")
		}
		c := d.CoefficientInt64()
		if k := e + 2; k >= 0 {
			return Fen(c * pow10i[k]), nil
		} else if p := pow10i[-k]; c%p == 0 {
			return Fen(c / p), nil
		}
		return 0, Invalid(field, "finer than a fen (more than two decimal places): "+shortDecimal(d))
	}
	v, why := scaled(d, 2)
	switch why {
	case scaledTooFine:
		return 0, Invalid(field, "finer than a fen (more than two decimal places): "+shortDecimal(d))
	case scaledTooLarge:
		return 0, Invalid(field, "beyond the bound of ±"+maxYuanText+" yuan")
	case scaledTooSmallExp:
		return 0, Invalid(field, "more than 64 decimal places")
	}
	if v > int64(MaxFen) || v < -int64(MaxFen) {
		return 0, Invalid(field, "beyond the bound of ±"+maxYuanText+" yuan")
	}
	return Fen(v), nil
}

// CheckYuan reports, as an *InputError for field, why d is not an amount the
// library accepts; it returns nil for a valid amount. See [FenOf].
func CheckYuan(field string, d decimal.Decimal) error {
	_, err := FenOf(field, d)
	return err
}

// shortDecimal renders d for an error message without risking a huge string.
func shortDecimal(d decimal.Decimal) string {
	if e := d.Exponent(); e < minExponent || e > maxExponent {
		return "(exponent " + strconv.Itoa(int(e)) + ")"
	}
	s := d.String()
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}

// Yuan returns f as a decimal amount in yuan with exactly two decimal places
// (exponent −2).
func (f Fen) Yuan() decimal.Decimal { return decimal.New(int64(f), -2) }

// String returns f in yuan with two decimals and no grouping or symbol:
// Fen(-123450) is "-1234.50". Use [FormatYuan] for a reader.
func (f Fen) String() string {
	var buf [24]byte
	return string(f.appendPlain(buf[:0]))
}

func (f Fen) appendPlain(b []byte) []byte {
	u := abs64(int64(f))
	if f < 0 {
		b = append(b, '-')
	}
	b = strconv.AppendUint(b, u/100, 10)
	c := u % 100
	return append(b, '.', byte('0'+c/10), byte('0'+c%10))
}

// Valid reports whether f lies within ±[MaxFen].
func (f Fen) Valid() bool { return f <= MaxFen && f >= -MaxFen }

// Rounding names how an amount or a ratio is rounded to the precision it is
// kept at. The zero value is RoundHalfUp, the rule of Chinese accounting.
type Rounding uint8

// The roundings. A policy that does not say uses RoundHalfUp.
const (
	// RoundHalfUp rounds to the nearest, and halves away from zero: 四舍五入,
	// as Chinese accounting does. 0.125 → 0.13; −0.125 → −0.13.
	RoundHalfUp Rounding = iota
	// RoundHalfEven rounds to the nearest, and halves to the even neighbour
	// (banker's rounding). 0.125 → 0.12; 0.135 → 0.14.
	RoundHalfEven
	// RoundFloor rounds toward negative infinity. 0.129 → 0.12; −0.121 → −0.13.
	RoundFloor
	// RoundCeil rounds toward positive infinity. 0.121 → 0.13; −0.129 → −0.12.
	RoundCeil
)

var roundingNames = [...]string{"half_up", "half_even", "floor", "ceil"}

// String returns "half_up", "half_even", "floor" or "ceil", and
// "Rounding(n)" for a value out of range.
func (r Rounding) String() string {
	if int(r) < len(roundingNames) {
		return roundingNames[r]
	}
	return "Rounding(" + strconv.Itoa(int(r)) + ")"
}

// MarshalText encodes r as its name; it refuses a value out of range.
func (r Rounding) MarshalText() ([]byte, error) {
	if int(r) >= len(roundingNames) {
		return nil, Invalid("rounding", "unknown rounding "+r.String())
	}
	return []byte(roundingNames[r]), nil
}

// UnmarshalText decodes a name written by [Rounding.MarshalText]; an empty
// text is RoundHalfUp.
func (r *Rounding) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = RoundHalfUp
		return nil
	}
	for i, n := range roundingNames {
		if string(b) == n {
			*r = Rounding(i)
			return nil
		}
	}
	return Invalid("rounding", fmt.Sprintf("unknown rounding %q (want half_up, half_even, floor or ceil)", truncate(string(b), 32)))
}

// Validate reports an *InputError without a field (name it with
// [WithField]) when r is not one of the four roundings.
func (r Rounding) Validate() error {
	if int(r) >= len(roundingNames) {
		return Invalid("", "unknown rounding "+r.String())
	}
	return nil
}

// roundQuo finishes a division of magnitudes, q remainder rem over den (den >
// 0, rem < den), whose true sign is negative when neg, by the rounding mode,
// and returns the rounded magnitude.
func roundQuo(q, rem, den uint64, neg bool, mode Rounding) uint64 {
	if rem == 0 {
		return q
	}
	switch mode {
	case RoundHalfEven:
		if rem > den-rem || (rem == den-rem && q%2 == 1) {
			q++
		}
	case RoundFloor:
		if neg {
			q++
		}
	case RoundCeil:
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

// RoundFen rounds an amount in yuan to the fen by the given rule and returns
// it in fen. 2.345 → 2.35 with [RoundHalfUp], 2.34 with [RoundHalfEven].
// It refuses, with an *InputError for field, a decimal whose exponent lies
// outside [−64, 18] or whose rounded value lies beyond ±[MaxFen]. Like
// [FenOf], it runs without allocation for a coefficient of up to 18 digits.
func RoundFen(field string, d decimal.Decimal, mode Rounding) (Fen, error) {
	if err := mode.Validate(); err != nil {
		return 0, err
	}
	v, why := scaled(d, 2)
	switch why {
	case scaledOK:
		if v > int64(MaxFen) || v < -int64(MaxFen) {
			return 0, Invalid(field, "beyond the bound of ±"+maxYuanText+" yuan")
		}
		return Fen(v), nil
	case scaledTooSmallExp:
		return 0, Invalid(field, "more than 64 decimal places")
	case scaledTooLarge:
		return 0, Invalid(field, "beyond the bound of ±"+maxYuanText+" yuan")
	}
	// Finer than a fen: exponent in [−64, −3].
	e := d.Exponent()
	var f int64
	if fitsInt64(d) {
		c := d.CoefficientInt64()
		neg := c < 0
		m := abs64(c)
		var q, rem, den uint64
		if k := -e - 2; k <= 18 {
			den = uint64(pow10i[k])
			q, rem = m/den, m%den
		} else {
			// |d| < 10^18 × 10^-21 fen: less than a thousandth of a fen.
			q, rem, den = 0, 1, math.MaxUint64
		}
		q = roundQuo(q, rem, den, neg, mode)
		f = int64(q)
		if neg {
			f = -f
		}
	} else {
		var r decimal.Decimal
		switch mode {
		case RoundHalfEven:
			r = d.RoundBank(2)
		case RoundFloor:
			r = d.RoundFloor(2)
		case RoundCeil:
			r = d.RoundCeil(2)
		default:
			r = d.Round(2)
		}
		v, why = scaled(r, 2)
		if why != scaledOK {
			return 0, Invalid(field, "beyond the bound of ±"+maxYuanText+" yuan")
		}
		f = v
	}
	if f > int64(MaxFen) || f < -int64(MaxFen) {
		return 0, Invalid(field, "beyond the bound of ±"+maxYuanText+" yuan")
	}
	return Fen(f), nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	// cut on a rune boundary
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

// MarshalText encodes f in yuan with exactly two decimals, "1234.50", so that
// an amount in JSON is always a string, never a float.
func (f Fen) MarshalText() ([]byte, error) {
	if !f.Valid() {
		return nil, Invalid("amount", "beyond the bound of ±"+maxYuanText+" yuan")
	}
	return f.appendPlain(nil), nil
}

// UnmarshalText decodes an amount in yuan as [ParseFen] reads it: "1234.50",
// "1,234.5", "¥1234.50".
func (f *Fen) UnmarshalText(b []byte) error {
	v, err := ParseFen(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}
