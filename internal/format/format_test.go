package format_test

import (
	"math"
	"testing"
	"time"

	"github.com/houqin-go/houqin/internal/format"
	"github.com/houqin-go/houqin/internal/lang"
	"github.com/stretchr/testify/assert"
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
}

func TestAppendPercent(t *testing.T) {
	for _, tt := range []struct {
		r    int64
		want string
	}{
		{5_000_000, "5.00%"},
		{0, "0.00%"},
		{100_000_000, "100.00%"},
		{5_001_234, "5.0012%"},
		{5_001_250, "5.0013%"},
		{5_000_049, "5.00%"},
		{-12_500_000, "-12.50%"},
		{-49, "0.00%"},
		{100_000_000_000, "100,000.00%"},
	} {
		assert.Equal(t, tt.want, string(format.AppendPercent(nil, tt.r)), tt.r)
	}
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
// reach every branch of the writer.
func TestDaxie(t *testing.T) {
	for _, tt := range []struct {
		fen        int64
		hans, hant string
	}{
		{0, "零元整", "零元整"},
		{123450, "壹仟贰佰叁拾肆元伍角整", "壹仟貳佰參拾肆元伍角整"},
		{100405, "壹仟零肆元零伍分", "壹仟零肆元零伍分"},
		{10700053, "壹拾万柒仟元伍角叁分", "壹拾萬柒仟元伍角參分"},
		{1000000101, "壹仟万零壹元零壹分", "壹仟萬零壹元零壹分"},
		{10000000000, "壹亿元整", "壹億元整"},
		{10001000000, "壹亿零壹万元整", "壹億零壹萬元整"},
		{1000000000, "壹仟万元整", "壹仟萬元整"},
		{5, "伍分", "伍分"},
		{-1200, "负壹拾贰元整", "負壹拾貳元整"},
		{1e18, "壹亿亿元整", "壹億億元整"},
	} {
		assert.Equal(t, tt.hans, format.Daxie(lang.Hans, tt.fen), tt.fen)
		assert.Equal(t, tt.hans, format.Daxie(lang.En, tt.fen), tt.fen)
		assert.Equal(t, tt.hant, format.Daxie(lang.Hant, tt.fen), tt.fen)
	}
	assert.NotEmpty(t, format.Daxie(lang.Hans, math.MinInt64))
}

func TestAppendDoesNotAllocate(t *testing.T) {
	buf := make([]byte, 0, 64)
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		b := format.AppendMoney(buf[:0], lang.En, 123450)
		b = format.AppendPercent(b, 5_000_025)
		b = format.AppendPlain(b, 9050, 2)
		_ = format.AppendISODate(b, 2025, 9, 1)
	}))
}
