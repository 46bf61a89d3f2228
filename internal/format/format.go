// Package format writes the library's exact integers for a reader: amounts
// in fen as yuan with thousands separators, with or without the currency
// symbol; ratios as percentages; scaled integers as plain decimals; dates
// and months in Chinese or English; and amounts in the upper-case financial
// numerals of Chinese receipts (大写金额).
//
// Every function works on integers and never on decimal.Decimal, and the
// Append forms write into a caller's buffer without allocating.
package format

import (
	"strconv"
	"time"

	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/houqin-go/houqin/internal/lang"
)

// symbols are CLDR's symbols for the yuan (CNY) as golang.org/x/text reports
// them: the narrow "¥" where the reader is Chinese, "CN¥" in English, where
// a bare ¥ could be the Japanese yen.
var symbols = [lang.N]string{lang.Hans: "¥", lang.Hant: "¥", lang.En: "CN¥"}

// Symbol returns the currency symbol of the yuan in language l.
func Symbol(l lang.Lang) string {
	if l >= lang.N {
		l = lang.Hans
	}
	return symbols[l]
}

// AppendGrouped appends u with a comma between groups of three digits.
func AppendGrouped(b []byte, u uint64) []byte {
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

// AppendAmount appends an amount in fen as yuan with thousands separators
// and two decimals, without a currency symbol: 123450 is "1,234.50", −5 is
// "-0.05".
func AppendAmount(b []byte, fen int64) []byte {
	if fen < 0 {
		b = append(b, '-')
	}
	return appendYuan(b, fixed.Abs(fen))
}

// appendYuan appends u fen as grouped yuan with two decimals.
func appendYuan(b []byte, u uint64) []byte {
	b = AppendGrouped(b, u/100)
	c := u % 100
	return append(b, '.', byte('0'+c/10), byte('0'+c%10))
}

// Amount returns [AppendAmount]'s text: for text that names the currency in
// words, "理赔金额1,234.50元", "1,234.50 yuan".
func Amount(fen int64) string {
	var buf [32]byte
	return string(AppendAmount(buf[:0], fen))
}

// AppendMoney appends an amount in fen for a reader of language l: a minus
// sign, the currency symbol, the amount as [AppendAmount] writes it.
// 123450 is "¥1,234.50" in Chinese and "CN¥1,234.50" in English; −5 is
// "-¥0.05".
func AppendMoney(b []byte, l lang.Lang, fen int64) []byte {
	if fen < 0 {
		b = append(b, '-')
	}
	b = append(b, Symbol(l)...)
	return appendYuan(b, fixed.Abs(fen))
}

// AppendPercent appends a ratio in hundred-millionths (10⁻⁸) as a percentage
// with at least two and at most four decimals, rounded half up, with
// thousands separators: 5_000_000 is "5.00%", 5_001_234 is "5.0012%",
// −12_500_000 is "-12.50%". The form is the same in the three languages.
func AppendPercent(b []byte, r int64) []byte {
	// r is in 10⁻⁶ of a percent; keep four decimals of a percent.
	neg := r < 0
	u := fixed.RoundQuo(fixed.Abs(r)/100, fixed.Abs(r)%100, 100, neg, fixed.HalfUp)
	if neg && u != 0 {
		b = append(b, '-')
	}
	b = AppendGrouped(b, u/10000)
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

// AppendPlain appends v × 10^-scale, for 0 ≤ scale ≤ 18, as a plain decimal
// without grouping and without trailing zeros: (5_000_000, 8) is "0.05",
// (9050, 2) is "90.5", (100, 2) is "1", (−125, 3) is "-0.125".
func AppendPlain(b []byte, v int64, scale int) []byte {
	return appendDecimal(b, v, scale, true)
}

// AppendFixed appends v × 10^-scale, for 0 ≤ scale ≤ 18, with exactly scale
// decimals and no grouping: (−123450, 2) is "-1234.50".
func AppendFixed(b []byte, v int64, scale int) []byte {
	return appendDecimal(b, v, scale, false)
}

func appendDecimal(b []byte, v int64, scale int, trim bool) []byte {
	if v < 0 {
		b = append(b, '-')
	}
	u := fixed.Abs(v)
	if scale <= 0 {
		return strconv.AppendUint(b, u, 10)
	}
	one := uint64(fixed.Pow10[scale])
	b = strconv.AppendUint(b, u/one, 10)
	fp := u % one
	var digits [18]byte
	for i := scale - 1; i >= 0; i-- {
		digits[i] = byte('0' + fp%10)
		fp /= 10
	}
	n := scale
	if trim {
		for n > 0 && digits[n-1] == '0' {
			n--
		}
	}
	if n == 0 {
		return b
	}
	b = append(b, '.')
	return append(b, digits[:n]...)
}

// AppendISODate appends a date as "2006-01-02", each field zero-padded to
// its width (and wider when it does not fit).
func AppendISODate(b []byte, year, month, day int) []byte {
	b = appendPadded(b, year, 4)
	b = append(b, '-')
	b = appendPadded(b, month, 2)
	b = append(b, '-')
	return appendPadded(b, day, 2)
}

func appendPadded(b []byte, n, w int) []byte {
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(n), 10)
	for i := len(s); i < w; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Date returns a date for a reader of language l: 2025年9月1日 in Chinese,
// 1 September 2025 in English.
func Date(l lang.Lang, year int, month time.Month, day int) string {
	if l == lang.En {
		return strconv.Itoa(day) + " " + month.String() + " " + strconv.Itoa(year)
	}
	return strconv.Itoa(year) + "年" + strconv.Itoa(int(month)) + "月" + strconv.Itoa(day) + "日"
}

// Month returns a calendar month for a reader of language l: 2025年10月 in
// Chinese, October 2025 in English.
func Month(l lang.Lang, year int, month time.Month) string {
	if l == lang.En {
		return month.String() + " " + strconv.Itoa(year)
	}
	return strconv.Itoa(year) + "年" + strconv.Itoa(int(month)) + "月"
}
