// Package format writes the library's exact integers for a reader: amounts
// in fen as yuan with thousands separators, with or without the currency
// symbol; ratios as percentages; scaled integers as plain decimals; dates
// and months in Chinese or English; and amounts in the upper-case financial
// numerals of Chinese receipts (大写金额).
//
// Every function works on integers and never on decimal.Decimal, and the
// Append forms write into a caller's buffer without allocating.
//
// # Percentages
//
// A percentage has [PercentPlaces] (two) decimals, and as many more as it
// takes, up to [MaxPercentPlaces] (six, where a ratio in 10⁻⁸ is exact), for
// ratios read together never to show two different values alike. What is
// read together decides the decimals.
//
// One sentence: houqin's Finding.Message and Localize give every percentage
// of the sentence the decimals [PercentPlacesFor] returns for all of them,
// so a surplus ratio a fen over its ceiling reads "5.00003%" against
// "5.00000%".
//
// A whole report, or a table: its renderer takes, over every rate and the
// threshold it is judged against, the largest of PercentPlacesFor(rate,
// threshold), and writes every percentage of the report at that one
// precision with [AppendPercentAt]:
//
//	places := format.PercentPlaces
//	for _, row := range rows {
//		places = max(places, format.PercentPlacesFor(row.Rate, row.Threshold))
//	}
//	for _, row := range rows {
//		b = format.AppendPercentAt(b[:0], row.Rate, places)
//	}
//
// Rates that are not judged against each other, the rates of two schools,
// are not passed together: they may read alike when they differ by less than
// the report's precision shows.
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

// The decimals of a percentage. A ratio held in hundred-millionths (10⁻⁸)
// is exact at six decimals of a percent.
const (
	PercentPlaces    = 2 // the decimals of a percentage by default
	MaxPercentPlaces = 6 // the decimals at which every ratio is exact
)

// AppendPercent appends a ratio in hundred-millionths (10⁻⁸) as a percentage
// with [PercentPlaces] (two) decimals, rounded half up, with thousands
// separators: 5_000_000 is "5.00%", 5_001_234 is "5.00%", 12_345_000 is
// "12.35%", −12_500_000 is "-12.50%". The form is the same in the three
// languages. Where two ratios are read side by side, write both at the
// decimals [PercentPlacesFor] returns with [AppendPercentAt].
func AppendPercent(b []byte, r int64) []byte { return AppendPercentAt(b, r, PercentPlaces) }

// AppendPercentAt appends a ratio in hundred-millionths (10⁻⁸) as a
// percentage with exactly places decimals, places clamped to
// [PercentPlaces, MaxPercentPlaces], rounded half up, with thousands
// separators and no minus sign on a value that rounds to zero:
// (5_000_024, 5) is "5.00002%", (5_000_000, 5) is "5.00000%".
func AppendPercentAt(b []byte, r int64, places int) []byte {
	places = min(max(places, PercentPlaces), MaxPercentPlaces)
	u := roundPercent(r, places)
	if r < 0 && u != 0 {
		b = append(b, '-')
	}
	one := uint64(fixed.Pow10[places])
	b = AppendGrouped(b, u/one)
	b = append(b, '.')
	var digits [MaxPercentPlaces]byte
	frac := u % one
	for i := places - 1; i >= 0; i-- {
		digits[i] = byte('0' + frac%10)
		frac /= 10
	}
	b = append(b, digits[:places]...)
	return append(b, '%')
}

// roundPercent returns |r| as a percentage in units of 10^-places, rounded
// half up (away from zero), for 0 ≤ places ≤ MaxPercentPlaces.
func roundPercent(r int64, places int) uint64 {
	// r is in 10⁻⁶ of a percent.
	den := uint64(fixed.Pow10[MaxPercentPlaces-places])
	a := fixed.Abs(r)
	return fixed.RoundQuo(a/den, a%den, den, r < 0, fixed.HalfUp)
}

// percentAt returns r as a signed percentage in units of 10^-places,
// rounded as AppendPercentAt writes it.
func percentAt(r int64, places int) int64 {
	u := roundPercent(r, places)
	if r < 0 {
		return -int64(u) // u ≤ 2⁶³, and −int64(2⁶³) wraps to MinInt64 as it should
	}
	return int64(u)
}

// PercentPlacesFor returns the decimals at which the percentages of rs, read
// side by side, never show two different ratios alike: [PercentPlaces]
// (two) when that is enough, and otherwise the fewest more that tell every
// two different ratios apart, up to [MaxPercentPlaces], where every ratio is
// exact. Equal ratios read alike at any precision and ask for nothing more.
//
// Rounding half up never reverses an order, so at these decimals a ratio
// above another also reads above it: a surplus ratio of 5_000_024 (just over
// a 5% ceiling of 5_000_000) reads "5.00002%" against "5.00000%", and
// 99_999_990 (9,999,999 insured of 10,000,000) reads "99.99999%" against a
// required "100.00000%". It does not allocate; rs is a handful of ratios
// (one sentence), or the ratios of one comparison.
func PercentPlacesFor(rs ...int64) int {
	for p := PercentPlaces; p < MaxPercentPlaces; p++ {
		if apartAt(rs, p) {
			return p
		}
	}
	return MaxPercentPlaces
}

// apartAt reports whether every two different ratios of rs read differently
// at places decimals.
func apartAt(rs []int64, places int) bool {
	for i := range rs {
		for j := i + 1; j < len(rs); j++ {
			if rs[i] != rs[j] && percentAt(rs[i], places) == percentAt(rs[j], places) {
				return false
			}
		}
	}
	return true
}

// AppendPlain appends v × 10^-scale, for 0 ≤ scale ≤ 18, as a plain decimal
// without grouping and without trailing zeros: (5_000_000, 8) is "0.05",
// (9050, 2) is "90.5", (100, 2) is "1", (−125, 3) is "-0.125".
func AppendPlain(b []byte, v int64, scale int) []byte {
	return appendDecimal(b, v, scale, true, false)
}

// AppendNumber appends v × 10^-scale, for 0 ≤ scale ≤ 18, for a reader of
// language l: a count, points, hours. It writes what [AppendPlain] writes,
// and in English groups the whole part by threes with commas, as
// golang.org/x/text's printer does for English: (15120, 0) is "15,120" in
// English and "15120" in Chinese, which writes counts without separators;
// (123450, 2) is "1,234.5" in English.
func AppendNumber(b []byte, l lang.Lang, v int64, scale int) []byte {
	return appendDecimal(b, v, scale, true, l == lang.En)
}

// AppendFixed appends v × 10^-scale, for 0 ≤ scale ≤ 18, with exactly scale
// decimals and no grouping: (−123450, 2) is "-1234.50".
func AppendFixed(b []byte, v int64, scale int) []byte {
	return appendDecimal(b, v, scale, false, false)
}

func appendDecimal(b []byte, v int64, scale int, trim, group bool) []byte {
	if v < 0 {
		b = append(b, '-')
	}
	u := fixed.Abs(v)
	if scale <= 0 {
		return appendWhole(b, u, group)
	}
	one := uint64(fixed.Pow10[scale])
	b = appendWhole(b, u/one, group)
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

func appendWhole(b []byte, u uint64, group bool) []byte {
	if group {
		return AppendGrouped(b, u)
	}
	return strconv.AppendUint(b, u, 10)
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
