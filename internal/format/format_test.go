package format_test

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/houqin-go/houqin/internal/format"
	"github.com/houqin-go/houqin/internal/lang"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

func TestMoneyAndAmount(t *testing.T) {
	for _, tt := range []struct {
		fen              int64
		hans, hant, engl string
		amount           string
	}{
		{123450, "¥1,234.50", "¥1,234.50", "CN¥1,234.50", "1,234.50"},
		{0, "¥0.00", "¥0.00", "CN¥0.00", "0.00"},
		{-5, "-¥0.05", "-¥0.05", "-CN¥0.05", "-0.05"},
		{100_000_000_000_000, "¥1,000,000,000,000.00", "¥1,000,000,000,000.00", "CN¥1,000,000,000,000.00", "1,000,000,000,000.00"},
		{math.MinInt64, "-¥92,233,720,368,547,758.08", "-¥92,233,720,368,547,758.08", "-CN¥92,233,720,368,547,758.08", "-92,233,720,368,547,758.08"},
	} {
		assert.Equal(t, tt.hans, string(format.AppendMoney(nil, lang.Hans, tt.fen)))
		assert.Equal(t, tt.hant, string(format.AppendMoney(nil, lang.Hant, tt.fen)))
		assert.Equal(t, tt.engl, string(format.AppendMoney(nil, lang.En, tt.fen)))
		assert.Equal(t, tt.amount, format.Amount(tt.fen))
	}
	assert.Equal(t, "¥", format.Symbol(lang.Lang(9)), "out of range is the default language")
	assert.Equal(t, "¥", format.Symbol(lang.N), "the first value out of range too")
}

func TestAppendPercent(t *testing.T) {
	for _, tt := range []struct {
		r    int64
		want string
	}{
		{5_000_000, "5.00%"},
		{0, "0.00%"},
		{100_000_000, "100.00%"},
		{5_001_234, "5.00%"},
		{5_005_000, "5.01%"}, // 5.005% rounds half up
		{5_004_999, "5.00%"},
		{-12_500_000, "-12.50%"},
		{-12_505_000, "-12.51%"}, // halves away from zero
		{-4_999, "0.00%"},        // rounds to zero: no minus sign
		{100_000_000_000, "100,000.00%"},
	} {
		assert.Equal(t, tt.want, string(format.AppendPercent(nil, tt.r)), tt.r)
	}
}

func TestAppendPercentAt(t *testing.T) {
	for _, tt := range []struct {
		r      int64
		places int
		want   string
	}{
		{5_000_024, 2, "5.00%"},
		{5_000_024, 3, "5.000%"},
		{5_000_024, 5, "5.00002%"},
		{5_000_025, 5, "5.00003%"},
		{5_000_024, 6, "5.000024%"},
		{5_000_000, 5, "5.00000%"},
		{99_999_990, 5, "99.99999%"},
		{99_999_990, 4, "100.0000%"},
		{5_000_024, 1, "5.00%"},     // below two: two
		{5_000_024, 9, "5.000024%"}, // above six: six
		{-5_000_024, 6, "-5.000024%"},
		{-4, 5, "0.00000%"},
		{-5, 5, "-0.00001%"},
		{math.MaxInt64, 6, "9,223,372,036,854.775807%"},
		{math.MinInt64, 6, "-9,223,372,036,854.775808%"},
		{math.MinInt64, 2, "-9,223,372,036,854.78%"},
	} {
		assert.Equal(t, tt.want, string(format.AppendPercentAt(nil, tt.r, tt.places)), "%d at %d", tt.r, tt.places)
	}
}

// A sentence never shows two different ratios alike: the boundary cases of
// a ceiling, a required rate and a tolerance.
func TestPercentPlacesFor(t *testing.T) {
	for _, tt := range []struct {
		name   string
		rs     []int64
		want   int
		reason string
	}{
		{"nothing", nil, 2, "no ratio, the default"},
		{"one ratio", []int64{5_000_024}, 2, "nothing to tell apart"},
		{"equal to the ceiling", []int64{5_000_000, 5_000_000}, 2, "equal ratios read alike at two"},
		{"far from the ceiling", []int64{7_500_000, 5_000_000}, 2, "7.50% against 5.00%"},
		{"a fen over the ceiling", []int64{5_000_025, 5_000_000}, 5, "¥2,005.78 of ¥40,115.40: 5.00003% against 5.00000%"},
		{"just over, six places", []int64{5_000_001, 5_000_000}, 6, "5.000001% against 5.000000%"},
		{"0.01% over", []int64{5_010_000, 5_000_000}, 2, "5.01% against 5.00%"},
		{"0.005% over", []int64{5_005_000, 5_000_000}, 2, "5.005% rounds up to 5.01%"},
		{"0.004% over", []int64{5_004_000, 5_000_000}, 3, "5.004% against 5.000%"},
		{"one uninsured in ten million", []int64{99_999_990, 100_000_000}, 5, "99.99999% against 100.00000%"},
		{"rounds up to the threshold", []int64{99_999_500, 100_000_000}, 4, "99.9995% rounds to 100.000 at three"},
		{"a tolerance", []int64{2_000_100, 2_000_000}, 4, "2.0001% against 2.0000%"},
		{"below and above zero", []int64{-1, 1}, 6, "-0.000001% against 0.000001%"},
		{"three ratios", []int64{5_000_000, 7_500_000, 5_000_100}, 4, "one pair decides for the sentence"},
		{"the extremes", []int64{math.MinInt64, math.MaxInt64}, 2, "never overflows"},
	} {
		assert.Equal(t, tt.want, format.PercentPlacesFor(tt.rs...), "%s: %s", tt.name, tt.reason)
		// At those places every two different ratios read differently and
		// in their order; at one place fewer (but not below two) some do not.
		p := format.PercentPlacesFor(tt.rs...)
		for _, a := range tt.rs {
			for _, b := range tt.rs {
				sa, sb := string(format.AppendPercentAt(nil, a, p)), string(format.AppendPercentAt(nil, b, p))
				if a != b {
					assert.NotEqual(t, sa, sb, tt.name)
				} else {
					assert.Equal(t, sa, sb, tt.name)
				}
			}
		}
	}
}

// AppendNumber groups digits in English as golang.org/x/text's printer does,
// and writes Chinese counts plainly.
func TestAppendNumber(t *testing.T) {
	en := message.NewPrinter(language.English)
	for _, n := range []int64{0, 1, 999, 1000, 15120, 10473, -1234567, math.MaxInt64} {
		assert.Equal(t, en.Sprint(n), string(format.AppendNumber(nil, lang.En, n, 0)), n)
		assert.Equal(t, strconv.FormatInt(n, 10), string(format.AppendNumber(nil, lang.Hans, n, 0)), n)
		assert.Equal(t, strconv.FormatInt(n, 10), string(format.AppendNumber(nil, lang.Hant, n, 0)), n)
	}
	assert.Equal(t, "1,234.5", string(format.AppendNumber(nil, lang.En, 123450, 2)))
	assert.Equal(t, "1234.5", string(format.AppendNumber(nil, lang.Hans, 123450, 2)))
	assert.Equal(t, "-0.05", string(format.AppendNumber(nil, lang.En, -5, 2)))
}

func TestPlainAndFixed(t *testing.T) {
	for _, tt := range []struct {
		v            int64
		scale        int
		plain, fixed string
	}{
		{5_000_000, 8, "0.05", "0.05000000"},
		{9050, 2, "90.5", "90.50"},
		{100, 2, "1", "1.00"},
		{-125, 3, "-0.125", "-0.125"},
		{0, 2, "0", "0.00"},
		{-123450, 2, "-1234.5", "-1234.50"},
		{42, 0, "42", "42"},
		{math.MinInt64, 18, "-9.223372036854775808", "-9.223372036854775808"},
	} {
		assert.Equal(t, tt.plain, string(format.AppendPlain(nil, tt.v, tt.scale)), "%d/%d", tt.v, tt.scale)
		assert.Equal(t, tt.fixed, string(format.AppendFixed(nil, tt.v, tt.scale)), "%d/%d", tt.v, tt.scale)
	}
}

func TestDates(t *testing.T) {
	assert.Equal(t, "2025-09-01", string(format.AppendISODate(nil, 2025, 9, 1)))
	assert.Equal(t, "0001-01-01", string(format.AppendISODate(nil, 1, 1, 1)))
	assert.Equal(t, "2025年9月1日", format.Date(lang.Hans, 2025, time.September, 1))
	assert.Equal(t, "2025年9月1日", format.Date(lang.Hant, 2025, time.September, 1))
	assert.Equal(t, "1 September 2025", format.Date(lang.En, 2025, time.September, 1))
	assert.Equal(t, "2025年10月", format.Month(lang.Hans, 2025, time.October))
	assert.Equal(t, "October 2025", format.Month(lang.En, 2025, time.October))
}

// The full table of the rules is the root's (houqin.Fen.Daxie); these
// reach every branch of the writer, in the default form and in each other.
func TestDaxie(t *testing.T) {
	var (
		def    = format.DaxieForm{}
		wan    = format.DaxieForm{ZeroAfterWan: true}
		yuan   = format.DaxieForm{NoZeroAfterYuan: true}
		zheng  = format.DaxieForm{ZhengAfterJiao: true}
		others = format.DaxieForm{ZeroAfterWan: true, NoZeroAfterYuan: true, ZhengAfterJiao: true}
	)
	for _, tt := range []struct {
		fen        int64
		form       format.DaxieForm
		hans, hant string
	}{
		{0, def, "零元整", "零元整"},
		{123450, def, "壹仟贰佰叁拾肆元伍角", "壹仟貳佰參拾肆元伍角"},
		{123450, zheng, "壹仟贰佰叁拾肆元伍角整", "壹仟貳佰參拾肆元伍角整"},
		{100405, def, "壹仟零肆元零伍分", "壹仟零肆元零伍分"},
		{100405, others, "壹仟零肆元零伍分", "壹仟零肆元零伍分"},
		{10700053, def, "壹拾万柒仟元零伍角叁分", "壹拾萬柒仟元零伍角參分"},
		{10700053, wan, "壹拾万零柒仟元零伍角叁分", "壹拾萬零柒仟元零伍角參分"},
		{10700053, yuan, "壹拾万柒仟元伍角叁分", "壹拾萬柒仟元伍角參分"},
		{10700053, others, "壹拾万零柒仟元伍角叁分", "壹拾萬零柒仟元伍角參分"},
		{1000000101, def, "壹仟万零壹元零壹分", "壹仟萬零壹元零壹分"},
		{1000000101, others, "壹仟万零壹元零壹分", "壹仟萬零壹元零壹分"},
		{10000000000, def, "壹亿元整", "壹億元整"},
		{10001000000, def, "壹亿零壹万元整", "壹億零壹萬元整"},
		{101000000000, def, "壹拾亿壹仟万元整", "壹拾億壹仟萬元整"},
		{101000000000, wan, "壹拾亿零壹仟万元整", "壹拾億零壹仟萬元整"},
		{1000000000, def, "壹仟万元整", "壹仟萬元整"},
		{5, def, "伍分", "伍分"},
		{50, def, "伍角", "伍角"},
		{50, others, "伍角整", "伍角整"},
		{-1200, def, "负壹拾贰元整", "負壹拾貳元整"},
		{1e18, def, "壹亿亿元整", "壹億億元整"},
		// The thousands digit after 万 or 亿 exactly at 1: no 零 unless the
		// 万 (亿) digit is zero and ZeroAfterWan asks for one.
		{1100000, def, "壹万壹仟元整", "壹萬壹仟元整"},
		{1100000, wan, "壹万壹仟元整", "壹萬壹仟元整"},
		{11100000, wan, "壹拾壹万壹仟元整", "壹拾壹萬壹仟元整"},
		{11000000000, def, "壹亿壹仟万元整", "壹億壹仟萬元整"},
		{11000000000, wan, "壹亿壹仟万元整", "壹億壹仟萬元整"},
		{111000000000, wan, "壹拾壹亿壹仟万元整", "壹拾壹億壹仟萬元整"},
	} {
		assert.Equal(t, tt.hans, format.Daxie(lang.Hans, tt.fen, tt.form), "%d %+v", tt.fen, tt.form)
		assert.Equal(t, tt.hans, format.Daxie(lang.En, tt.fen, tt.form), "%d %+v", tt.fen, tt.form)
		assert.Equal(t, tt.hant, format.Daxie(lang.Hant, tt.fen, tt.form), "%d %+v", tt.fen, tt.form)
	}
	assert.NotEmpty(t, format.Daxie(lang.Hans, math.MinInt64, others))
}

func TestAppendDoesNotAllocate(t *testing.T) {
	buf := make([]byte, 0, 64)
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		b := format.AppendMoney(buf[:0], lang.En, 123450)
		b = format.AppendPercent(b, 5_000_025)
		b = format.AppendPercentAt(b, 5_000_025, format.PercentPlacesFor(5_000_025, 5_000_000))
		b = format.AppendNumber(b, lang.En, 15120, 0)
		b = format.AppendPlain(b, 9050, 2)
		_ = format.AppendISODate(b, 2025, 9, 1)
	}))
}

// FuzzPercentPlacesFor: at the decimals PercentPlacesFor picks, two ratios
// read alike exactly when they are equal, and in their order.
func FuzzPercentPlacesFor(f *testing.F) {
	for _, p := range [][2]int64{{5_000_025, 5_000_000}, {99_999_990, 100_000_000}, {-1, 1}, {0, 0}, {math.MinInt64, math.MaxInt64}, {7_500_000, 5_000_000}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b int64) {
		p := format.PercentPlacesFor(a, b)
		if p < format.PercentPlaces || p > format.MaxPercentPlaces {
			t.Fatalf("%d, %d: %d places", a, b, p)
		}
		sa, sb := string(format.AppendPercentAt(nil, a, p)), string(format.AppendPercentAt(nil, b, p))
		if (sa == sb) != (a == b) {
			t.Fatalf("%d, %d at %d: %s, %s", a, b, p, sa, sb)
		}
		da := decimal.RequireFromString(strings.NewReplacer(",", "", "%", "").Replace(sa))
		db := decimal.RequireFromString(strings.NewReplacer(",", "", "%", "").Replace(sb))
		if a < b && da.GreaterThanOrEqual(db) || a > b && da.LessThanOrEqual(db) {
			t.Fatalf("%d, %d at %d: %s, %s out of order", a, b, p, sa, sb)
		}
		if p > format.PercentPlaces {
			// One place fewer would not do.
			if string(format.AppendPercentAt(nil, a, p-1)) != string(format.AppendPercentAt(nil, b, p-1)) {
				t.Fatalf("%d, %d: %d places where %d do", a, b, p, p-1)
			}
		}
	})
}
