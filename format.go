package houqin

import (
	"strconv"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// currencySymbols are CLDR's symbols for the yuan (CNY) as golang.org/x/text
// reports them: the narrow "¥" where the reader is Chinese, "CN¥" in English,
// where a bare ¥ could be the Japanese yen.
var currencySymbols = [numLangs]string{hans: "¥", hant: "¥", en: "CN¥"}

// FormatFen formats an amount in fen for a reader of the language matched
// from tag (see [MatchLanguage]): a minus sign, the currency symbol, the yuan
// with thousands separators, two decimals. Fen(123450) is "¥1,234.50" in
// Chinese and "CN¥1,234.50" in English; Fen(-5) is "-¥0.05".
func FormatFen(tag language.Tag, f Fen) string {
	var buf [40]byte
	return string(appendMoney(buf[:0], matchLang(tag), f))
}

func appendMoney(b []byte, l lang, f Fen) []byte {
	if f < 0 {
		b = append(b, '-')
	}
	b = append(b, currencySymbols[l]...)
	return appendAmount(b, abs64(int64(f)))
}

// appendAmount appends u fen as grouped yuan with two decimals.
func appendAmount(b []byte, u uint64) []byte {
	b = appendGrouped(b, u/100)
	c := u % 100
	return append(b, '.', byte('0'+c/10), byte('0'+c%10))
}

// appendGrouped appends u with a comma between groups of three digits.
func appendGrouped(b []byte, u uint64) []byte {
	var tmp [20]byte
	s := strconv.AppendUint(tmp[:0], u, 10)
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	return b
}

// FormatAmount formats an amount in fen as a number of yuan with thousands
// separators and two decimals but no currency symbol, for text that names
// the currency in words: "理赔金额1,234.50元", "1,234.50 yuan". Fen(-5) is
// "-0.05". The form is the same in the three languages.
func FormatAmount(tag language.Tag, f Fen) string {
	_ = tag
	var buf [32]byte
	b := buf[:0]
	if f < 0 {
		b = append(b, '-')
	}
	return string(appendAmount(b, abs64(int64(f))))
}

// FormatYuan formats an amount in yuan like [FormatFen], after rounding it
// half-up to the fen. A value that [RoundFen] refuses (beyond ±[MaxFen], or
// a hostile exponent) is written as "¥(invalid amount)" rather than
// evaluated: formatting never panics and never hangs.
func FormatYuan(tag language.Tag, d decimal.Decimal) string {
	f, err := RoundFen("", d, RoundHalfUp)
	if err != nil {
		return currencySymbols[matchLang(tag)] + "(invalid amount)"
	}
	return FormatFen(tag, f)
}

// FormatPercent formats a ratio as a percentage with at least two and at most
// four decimals, rounded half-up, and thousands separators: RatioOne/20 is
// "5.00%", Ratio(5_001_234) is "5.0012%", Ratio(-12_500_000) is "-12.50%".
// The form is the same in the three languages.
func FormatPercent(tag language.Tag, r Ratio) string {
	_ = tag // one form for all three languages, per CLDR
	var buf [40]byte
	return string(appendPercent(buf[:0], r))
}

func appendPercent(b []byte, r Ratio) []byte {
	// r is in 10⁻⁸ of one, so 10⁻⁶ of a percent; keep four decimals of a percent.
	neg := r < 0
	u := roundQuo(abs64(int64(r))/100, abs64(int64(r))%100, 100, neg, RoundHalfUp)
	if neg && u != 0 {
		b = append(b, '-')
	}
	b = appendGrouped(b, u/10000)
	frac := u % 10000
	digits := [4]byte{byte('0' + frac/1000), byte('0' + frac/100%10), byte('0' + frac/10%10), byte('0' + frac%10)}
	n := 4
	for n > 2 && digits[n-1] == '0' {
		n--
	}
	b = append(b, '.')
	b = append(b, digits[:n]...)
	return append(b, '%')
}

// FormatRatio formats a decimal ratio (0.05 for 5%) like [FormatPercent]; a
// value [RatioOf] refuses is written "(invalid ratio)".
func FormatRatio(tag language.Tag, d decimal.Decimal) string {
	r, err := roundRatio(d)
	if err != nil {
		return "(invalid ratio)"
	}
	return FormatPercent(tag, r)
}

// roundRatio converts d to a Ratio, rounding half-up beyond eight places.
func roundRatio(d decimal.Decimal) (Ratio, error) {
	if _, why := scaled(d, RatioScale); why != scaledTooFine {
		return RatioOf("", d)
	}
	// Finer than 10⁻⁸ with an exponent in range: round at a shifted scale.
	f, err := RoundFen("", d.Shift(RatioScale-2), RoundHalfUp)
	if err != nil || f > Fen(MaxRatio) || f < -Fen(MaxRatio) {
		return 0, Invalid("", "beyond the bound of ±1000")
	}
	return Ratio(f), nil
}

// Daxie writes an amount in yuan in the upper-case financial numerals of
// Chinese receipts, cheques and refund notices (大写金额), in the traditional
// characters for a Traditional Chinese tag and in the simplified ones for
// every other tag (the form is Chinese whatever the reader's language):
//
//	0         零元整
//	10        壹拾元整            (a leading ten is written 壹拾)
//	1234.50   壹仟贰佰叁拾肆元伍角整
//	1004.05   壹仟零肆元零伍分
//	107000.53 壹拾万柒仟元伍角叁分
//	10000001.01 壹仟万零壹元零壹分
//	100000000 壹亿元整
//	0.05      伍分
//	-12       负壹拾贰元整
//
// The rules, from the People's Bank of China's rules for writing amounts
// (支付结算办法, 附件一):
//   - a run of zeros between two nonzero digits is one 零 (1004 → 壹仟零肆);
//   - zeros at the end of the number, or of a 万 or 亿 section, are not
//     written; where a section ends in zeros and the next section begins with
//     a nonzero thousands digit, no 零 is written either (107000 →
//     壹拾万柒仟, one of the two forms the rules allow; the other,
//     壹拾万零柒仟, is not produced); where the next section begins with a
//     zero, one 零 is written (10000001 → 壹仟万零壹);
//   - when the yuan digit is zero and the jiao digit is not, no 零 is written
//     after 元 (1680.32 → 壹仟陆佰捌拾元叁角贰分, again one of two allowed
//     forms); when the jiao digit is zero and the fen digit is not, 零 is
//     written after 元 (1004.05 → 壹仟零肆元零伍分);
//   - 整 closes an amount without fen (元整, 角整), never one with fen;
//   - an amount under one yuan has no yuan part (0.50 → 伍角整), and zero is
//     零元整; a negative amount begins with 负 (負).
//
// Daxie returns an *InputError when d is finer than a fen or beyond ±[MaxFen].
func Daxie(tag language.Tag, d decimal.Decimal) (string, error) {
	f, err := FenOf("", d)
	if err != nil {
		return "", err
	}
	return f.Daxie(tag), nil
}

type daxieChars struct {
	digits          [10]string
	ten, hun, thou  string
	wan, yi         string
	yuan, jiao, fen string
	whole, minus    string
}

var daxieSets = [2]daxieChars{
	{
		digits: [10]string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"},
		ten:    "拾", hun: "佰", thou: "仟", wan: "万", yi: "亿",
		yuan: "元", jiao: "角", fen: "分", whole: "整", minus: "负",
	},
	{
		digits: [10]string{"零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"},
		ten:    "拾", hun: "佰", thou: "仟", wan: "萬", yi: "億",
		yuan: "元", jiao: "角", fen: "分", whole: "整", minus: "負",
	},
}

// Daxie writes f in upper-case financial numerals; see the package function
// [Daxie] for the rules. Every Fen can be written, beyond [MaxFen] too.
func (f Fen) Daxie(tag language.Tag) string {
	cs := &daxieSets[0]
	if matchLang(tag) == hant {
		cs = &daxieSets[1]
	}
	u := abs64(int64(f))
	yuan, jiao, fen := u/100, u/10%10, u%10
	b := make([]byte, 0, 64)
	if f < 0 {
		b = append(b, cs.minus...)
	}
	switch {
	case u == 0:
		b = append(b, cs.digits[0]...)
		b = append(b, cs.yuan...)
		return string(append(b, cs.whole...))
	case yuan > 0:
		b = cs.appendInt(b, yuan)
		b = append(b, cs.yuan...)
		if jiao == 0 && fen != 0 {
			b = append(b, cs.digits[0]...)
		}
	}
	if jiao != 0 {
		b = append(b, cs.digits[jiao]...)
		b = append(b, cs.jiao...)
	}
	if fen != 0 {
		b = append(b, cs.digits[fen]...)
		return string(append(b, cs.fen...))
	}
	return string(append(b, cs.whole...))
}

// appendInt writes n > 0 in sections of 亿 and 万.
func (cs *daxieChars) appendInt(b []byte, n uint64) []byte {
	const yi, wan = 100_000_000, 10_000
	if n >= yi {
		b = cs.appendInt(b, n/yi)
		b = append(b, cs.yi...)
		low := n % yi
		if low == 0 {
			return b
		}
		if low < yi/10 {
			b = append(b, cs.digits[0]...)
		}
		return cs.appendInt(b, low)
	}
	if n >= wan {
		b = cs.appendSection(b, n/wan)
		b = append(b, cs.wan...)
		low := n % wan
		if low == 0 {
			return b
		}
		if low < wan/10 {
			b = append(b, cs.digits[0]...)
		}
		return cs.appendSection(b, low)
	}
	return cs.appendSection(b, n)
}

// appendSection writes 0 < n < 10000: one 零 for a run of inner zeros, none
// at the end, and the digit always before its unit (壹拾, never a bare 拾).
func (cs *daxieChars) appendSection(b []byte, n uint64) []byte {
	units := [4]string{"", cs.ten, cs.hun, cs.thou}
	digits := [4]uint64{n % 10, n / 10 % 10, n / 100 % 10, n / 1000 % 10}
	started, zero := false, false
	for pos := 3; pos >= 0; pos-- {
		d := digits[pos]
		if d == 0 {
			zero = started
			continue
		}
		if zero {
			b = append(b, cs.digits[0]...)
			zero = false
		}
		b = append(b, cs.digits[d]...)
		b = append(b, units[pos]...)
		started = true
	}
	return b
}
