package houqin

import (
	"strconv"

	"github.com/houqin-go/houqin/internal/enum"
	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/houqin-go/houqin/internal/format"
	"github.com/houqin-go/houqin/internal/lang"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Fen is an amount of money in fen (分), the hundredth of a yuan: the exact
// integer form in which the rule packages add, compare and split money, and
// the form their results carry. Fen(123450) is ¥1,234.50. Amounts enter as
// decimal yuan through [FenOf], [RoundFen] or [ParseYuan], and a host gets
// the decimal back with [Fen.Yuan]; both directions are exact.
type Fen int64

// MaxFen is the bound on the magnitude of every amount the library accepts:
// 10^14 fen, that is ¥1,000,000,000,000.00 (one trillion yuan, more than
// any province's school budget). Amounts from −MaxFen to MaxFen inclusive are
// accepted. The bound keeps every sum of up to 92,000 amounts, and every
// product with a ratio, exact in 64-bit or 128-bit integers.
const MaxFen Fen = 100_000_000_000_000

// maxYuanText is MaxFen in yuan, for error messages.
const maxYuanText = "1,000,000,000,000.00"

// fenOf converts yuan to fen within ±MaxFen.
var fenOf = fixed.NewConverter(2, int64(MaxFen))

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
// through a Go value passes through FenOf or [RoundFen]; to check an amount
// without keeping it, discard the Fen.
func FenOf(field string, d decimal.Decimal) (Fen, error) {
	v, why := fenOf.Of(d)
	if why != fixed.OK {
		return 0, fenError(field, d, why)
	}
	return Fen(v), nil
}

func fenError(field string, d decimal.Decimal, why fixed.Reason) error {
	switch why {
	case fixed.TooFine:
		return Invalid(field, "finer than a fen (more than two decimal places): "+shortDecimal(d))
	case fixed.TooManyPlaces:
		return Invalid(field, "more than 64 decimal places")
	}
	return Invalid(field, "beyond the bound of ±"+maxYuanText+" yuan")
}

// shortDecimal renders d for an error message without risking a huge string.
func shortDecimal(d decimal.Decimal) string {
	if e := d.Exponent(); e < fixed.MinExponent || e > fixed.MaxExponent {
		return "(exponent " + strconv.Itoa(int(e)) + ")"
	}
	s := d.String()
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}

// RoundFen rounds an amount in yuan to the fen by the given rule and returns
// it in fen. 2.345 → 2.35 with [RoundHalfUp], 2.34 with [RoundHalfEven].
// It refuses, with an *InputError for field, an unknown rounding, a decimal
// whose exponent lies outside [−64, 18], and a rounded value beyond
// ±[MaxFen]. Like [FenOf], it runs without allocation for a coefficient of
// up to 18 digits.
func RoundFen(field string, d decimal.Decimal, mode Rounding) (Fen, error) {
	if err := mode.validate(); err != nil {
		return 0, err
	}
	v, why := fixed.Round(d, 2, fixed.Mode(mode))
	if why == fixed.OK && !Fen(v).valid() {
		why = fixed.TooLarge
	}
	if why != fixed.OK {
		return 0, fenError(field, d, why)
	}
	return Fen(v), nil
}

// Yuan returns f as a decimal amount in yuan with exactly two decimal places
// (exponent −2).
func (f Fen) Yuan() decimal.Decimal { return decimal.New(int64(f), -2) }

// String returns f in yuan with two decimals and no grouping or symbol:
// Fen(-123450) is "-1234.50". [Fen.Format] writes it for a reader.
func (f Fen) String() string {
	var buf [24]byte
	return string(format.AppendFixed(buf[:0], int64(f), 2))
}

// Format writes f for a reader of the language matched from tag (see
// [MatchLanguage]): a minus sign, the currency symbol, the yuan with
// thousands separators, two decimals. Fen(123450) is "¥1,234.50" in Chinese
// and "CN¥1,234.50" in English, where a bare ¥ could be the Japanese yen
// (CLDR's symbols, as golang.org/x/text reports them); Fen(-5) is "-¥0.05".
func (f Fen) Format(tag language.Tag) string {
	var buf [40]byte
	return string(format.AppendMoney(buf[:0], lang.Of(tag), int64(f)))
}

// Daxie writes f in the upper-case financial numerals of Chinese receipts,
// cheques and refund notices (大写金额), in the traditional characters for a
// Traditional Chinese tag and in the simplified ones for every other tag
// (the form is Chinese whatever the reader's language). It follows the
// People's Bank of China's rules for writing amounts (支付结算办法, 附件一
// 正确填写票据和结算凭证的基本规定), in the form of their worked examples
// unless form picks another form the rules allow (see [DaxieForm]; several
// forms combine). The worked examples of 四:
//
//	1409.50    壹仟肆佰零玖元伍角          (一) a zero inside is 零
//	6007.14    陆仟零柒元壹角肆分          (二) a run of zeros is one 零
//	1680.32    壹仟陆佰捌拾元零叁角贰分    (三) or 壹仟陆佰捌拾元叁角贰分
//	107000.53  壹拾万柒仟元零伍角叁分      (三) or 壹拾万零柒仟元伍角叁分
//	16409.02   壹万陆仟肆佰零玖元零贰分    (四) jiao zero, fen not: 零 after 元
//	325.04     叁佰贰拾伍元零肆分          (四)
//
// and, worked from the same rules:
//
//	0            零元整
//	10           壹拾元整      (a leading ten is written 壹拾)
//	1234.56      壹仟贰佰叁拾肆元伍角陆分
//	10000001.01  壹仟万零壹元零壹分
//	100000000    壹亿元整
//	0.50         伍角
//	0.05         伍分
//	-12          负壹拾贰元整
//
// The rules:
//   - a zero between nonzero digits, or a run of them, is one 零 (1004 →
//     壹仟零肆), also across a 万 or 亿 when the run reaches the thousands
//     digit after it (10000001 → 壹仟万零壹);
//   - zeros at the end of the number, or of a 万 or 亿 section, are not
//     written (10000 → 壹万);
//   - where the 万 (or 亿) digit is zero and the thousands digit after it is
//     not, no 零 is written (107000 → 壹拾万柒仟) unless ZeroAfterWan;
//   - where the yuan digit is zero and the jiao digit is not, 零 follows 元
//     (1680.30 → 壹仟陆佰捌拾元零叁角) unless NoZeroAfterYuan;
//   - where the jiao digit is zero and the fen digit is not, 零 follows 元,
//     always (325.04 → 叁佰贰拾伍元零肆分);
//   - 整 closes an amount that ends in 元 (元整); an amount that ends in 角
//     has none (伍角) unless ZhengAfterJiao; an amount with fen never has
//     one;
//   - an amount under one yuan has no yuan part (0.50 → 伍角), and zero is
//     零元整; a negative amount begins with 负 (負).
//
// Every Fen can be written, beyond [MaxFen] too (亿 nests: 壹亿亿元整). An
// amount in decimal yuan is first converted with [FenOf], which refuses one
// finer than a fen.
func (f Fen) Daxie(tag language.Tag, form ...DaxieForm) string {
	var o DaxieForm
	for _, x := range form {
		o.ZeroAfterWan = o.ZeroAfterWan || x.ZeroAfterWan
		o.NoZeroAfterYuan = o.NoZeroAfterYuan || x.NoZeroAfterYuan
		o.ZhengAfterJiao = o.ZhengAfterJiao || x.ZhengAfterJiao
	}
	return format.Daxie(lang.Of(tag), int64(f), format.DaxieForm(o))
}

// DaxieForm picks, for [Fen.Daxie], among the forms of an amount that the
// People's Bank of China's rules allow (支付结算办法, 附件一, 四(三) and 二):
// each field set to true picks the other form at one place. The zero value
// is the form of the rules' worked examples. The rules allow each form
// alone or with the others; 壹佰元零壹角 (the default) and 壹佰元壹角整
// (NoZeroAfterYuan and ZhengAfterJiao) are both correct.
type DaxieForm struct {
	// ZeroAfterWan writes 零 after 万 (or 亿) when that digit is zero and the
	// thousands digit after it is not: 壹拾万零柒仟, not 壹拾万柒仟.
	ZeroAfterWan bool
	// NoZeroAfterYuan leaves out the 零 after 元 when the yuan digit is zero
	// and the jiao digit is not: 壹仟陆佰捌拾元叁角贰分, not
	// 壹仟陆佰捌拾元零叁角贰分. The 零 of a zero jiao before nonzero fen
	// stays (壹仟元零贰分).
	NoZeroAfterYuan bool
	// ZhengAfterJiao closes an amount that ends in jiao with 整:
	// 壹仟肆佰零玖元伍角整, not 壹仟肆佰零玖元伍角.
	ZhengAfterJiao bool
}

// valid reports whether f lies within ±MaxFen.
func (f Fen) valid() bool { return f <= MaxFen && f >= -MaxFen }

// MarshalText encodes f in yuan with exactly two decimals, "1234.50", so that
// an amount in JSON is always a string, never a float. It refuses an amount
// beyond ±[MaxFen].
func (f Fen) MarshalText() ([]byte, error) {
	if !f.valid() {
		return nil, Invalid("amount", "beyond the bound of ±"+maxYuanText+" yuan")
	}
	return format.AppendFixed(nil, int64(f), 2), nil
}

// UnmarshalText decodes an amount in yuan as [ParseYuan] reads it:
// "1234.50", "1,234.5", "¥1234.50".
func (f *Fen) UnmarshalText(b []byte) error {
	v, err := parseFen(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// Rounding names how an amount or a ratio is rounded to the precision it is
// kept at. The zero value is RoundHalfUp, the rule of Chinese accounting. It
// encodes in JSON as "half_up", "half_even", "floor" or "ceil".
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

var roundingCodec = enum.New("Rounding", "rounding",
	enum.Value{Name: "half_up"}, enum.Value{Name: "half_even"}, enum.Value{Name: "floor"}, enum.Value{Name: "ceil"})

// String returns "half_up", "half_even", "floor" or "ceil", and
// "Rounding(n)" for a value out of range.
func (r Rounding) String() string { return roundingCodec.String(uint8(r)) }

// MarshalText encodes r as its name; it refuses a value out of range.
func (r Rounding) MarshalText() ([]byte, error) {
	b, why := roundingCodec.Marshal(uint8(r))
	if why != "" {
		return nil, Invalid("rounding", why)
	}
	return b, nil
}

// UnmarshalText decodes a name written by [Rounding.MarshalText]; an empty
// text is RoundHalfUp.
func (r *Rounding) UnmarshalText(b []byte) error {
	v, why := roundingCodec.Parse(b)
	if why != "" {
		return Invalid("rounding", why)
	}
	*r = Rounding(v)
	return nil
}

// validate reports an *InputError without a field when r is not one of the
// four roundings. A host checks a Rounding through the Policy that holds it
// (each Policy.Validate refuses an unknown rounding) or its text codec
// (MarshalText refuses it too).
func (r Rounding) validate() error {
	if why := roundingCodec.Validate(uint8(r)); why != "" {
		return Invalid("", why)
	}
	return nil
}
