package houqin_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// Each limit of the root package exactly at the limit and one step past it,
// and each input whose answer only a boundary decides: the tests that
// mutation testing (.ci/mutants) asks for. See MUTANTS.md for the mutants
// no input can kill.

func TestParseYuanLimits(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     houqin.Fen
		err      string // a part of the reason; "" when accepted
	}{
		{"exactly 128 bytes", strings.Repeat(" ", 127) + "1", 100, ""},
		{"129 bytes", strings.Repeat(" ", 128) + "1", 0, "longer than 128 bytes"},
		{"leading zeros do not count towards the 13 digits", "0000000000000001.00", 100, ""},
		{"13 digits after leading zeros", "00001000000000000", houqin.MaxFen, ""},
		{"2^64 yuan does not wrap to zero", "18446744073709551616", 0, "beyond the bound"},
		{"19 digits, mostly zeros, whose fen would wrap below the bound", "7932100000000000000", 0, "beyond the bound"},
		{"a first group of exactly three digits", "100,000.00", 10_000_000, ""},
		{"a first group of four digits", "1000,000", 0, "thousands separator out of place"},
		{"two separators in a row", "1,,000", 0, "thousands separator out of place"},
		{"a trailing separator", "1,", 0, "thousands separator out of place"},
		{"a word that is not NaN has no digits", "none", 0, "no digits"},
		{"NaN is not a number", "NaN", 0, "not a number"},
		{"stated without decimals, compared like 1.00", "1", 100, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := houqin.ParseYuan(tt.in)
			if tt.err != "" {
				require.Error(t, err)
				assert.ErrorIs(t, err, houqin.ErrInvalidInput)
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err)
			assert.True(t, d.Equal(tt.want.Yuan()), "%s is %s, want %s", tt.in, d, tt.want.Yuan())
		})
	}
	one, err := houqin.ParseYuan("1")
	require.NoError(t, err)
	assert.True(t, one.Equal(decimal.RequireFromString("1.00")))
	assert.Equal(t, "1.00", one.StringFixed(2))
}

func TestMoneyLimits(t *testing.T) {
	b, err := (-houqin.MaxFen).MarshalText()
	require.NoError(t, err, "exactly minus the bound")
	assert.Equal(t, "-1000000000000.00", string(b))

	// The reason quotes the amount: at the smallest exponent accepted, and
	// up to 40 characters unclipped.
	_, err = houqin.FenOf("amount", decimal.New(1, -64))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "0.0000000000", "exponent −64 is written out")
	forty := "1." + strings.Repeat("0", 37) + "1" // 40 characters, finer than a fen
	require.Len(t, forty, 40)
	_, err = houqin.FenOf("amount", decimal.RequireFromString(forty))
	require.Error(t, err)
	assert.Contains(t, err.Error(), forty)
	_, err = houqin.FenOf("amount", decimal.RequireFromString(forty+"1"))
	require.Error(t, err)
	assert.NotContains(t, err.Error(), forty+"1")
	assert.Contains(t, err.Error(), "...")
}

func TestAllocateLimits(t *testing.T) {
	parts, err := houqin.AllocateWeighted(100, []int64{math.MaxInt64})
	require.NoError(t, err, "weights summing to exactly MaxInt64")
	assert.Equal(t, []houqin.Fen{100}, parts)
	_, err = houqin.AllocateWeighted(100, []int64{math.MaxInt64, 1})
	assert.ErrorIs(t, err, houqin.ErrInvalidInput, "one past")

	if testing.Short() || raceEnabled {
		t.Skip("allocates 240 MB")
	}
	weights := make([]int64, 10_000_000) // exactly the limit
	weights[0] = 1
	parts, err = houqin.AllocateWeighted(100, weights)
	require.NoError(t, err)
	assert.Equal(t, houqin.Fen(100), parts[0])
}

func TestShareOfThresholdAtTheEndOfTheRange(t *testing.T) {
	// 1721726858119681 / 18667 × 10^8 lies just above MaxInt64
	// hundred-millionths: the share reads as MaxInt64, which is the
	// threshold, and stays there rather than wrapping to MinInt64.
	const part, whole = 1721726858119681, 18667
	assert.Equal(t, houqin.Ratio(math.MaxInt64), houqin.ShareOf(part, whole, math.MaxInt64))
	assert.Equal(t, houqin.Ratio(-math.MaxInt64), houqin.ShareOf(-part, whole, -math.MaxInt64))
}

func TestRatioTextDigits(t *testing.T) {
	var r houqin.Ratio
	require.NoError(t, r.UnmarshalText([]byte("0.09")))
	assert.Equal(t, houqin.Ratio(9_000_000), r)
	require.NoError(t, r.UnmarshalText([]byte("0.10")))
	assert.Equal(t, houqin.Ratio(10_000_000), r)
}

func TestDateLimits(t *testing.T) {
	for _, tt := range []struct{ in, err string }{
		{"0000-01-01", "year 0 out of range"},
		{"2025-00-01", "month 0 out of range"},
		{"2025-01-00", "does not exist"},
		{"0001-01-01", ""},
		{"9999-12-31", ""},
	} {
		var x houqin.Date
		err := x.UnmarshalText([]byte(tt.in))
		if tt.err == "" {
			assert.NoError(t, err, tt.in)
			continue
		}
		require.Error(t, err, tt.in)
		assert.Contains(t, err.Error(), tt.err, tt.in)
	}

	leap := d(2000, 2, 29) // the last day of a 400-year cycle (eras start on 1 March)
	assert.Equal(t, leap, d(2000, 2, 28).AddDays(1))
	assert.Equal(t, leap, d(2000, 3, 1).AddDays(-1))
	assert.Equal(t, d(2000, 3, 1), leap.AddDays(1))
	assert.False(t, leap.After(leap), "a day is not after itself")
	assert.False(t, leap.Before(leap), "nor before")

	for _, day := range []houqin.Date{d(1, 1, 1), d(9999, 12, 31)} {
		got, ok := houqin.DateFact("day", day).Date()
		assert.True(t, ok, day.String())
		assert.Equal(t, day, got)
	}
}

func TestMonthDayAndTermLimits(t *testing.T) {
	for _, tt := range []struct {
		m  houqin.MonthDay
		ok bool
	}{
		{houqin.MonthDay{Month: 1, Day: 1}, true},
		{houqin.MonthDay{Month: 12, Day: 31}, true},
		{houqin.MonthDay{Month: 1, Day: 31}, true},
		{houqin.MonthDay{Month: 4, Day: 30}, true},
		{houqin.MonthDay{Month: 0, Day: 10}, false},
		{houqin.MonthDay{Month: 13, Day: 1}, false},
		{houqin.MonthDay{Month: 1, Day: 0}, false},
		{houqin.MonthDay{Month: 1, Day: 32}, false},
		{houqin.MonthDay{Month: 4, Day: 31}, false},
		{houqin.MonthDay{Month: 2, Day: 29}, false},
	} {
		b, err := tt.m.MarshalText() // validates as Calendar.Validate does
		if tt.ok {
			assert.NoError(t, err, "%+v", tt.m)
			var back houqin.MonthDay
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tt.m, back)
		} else {
			assert.ErrorIs(t, err, houqin.ErrInvalidInput, "%+v", tt.m)
		}
	}
	for _, tt := range []struct {
		year int
		ok   bool
	}{{1, true}, {9998, true}, {0, false}, {9999, false}} {
		err := houqin.Term{Year: tt.year, Semester: houqin.Autumn}.Validate()
		assert.Equal(t, tt.ok, err == nil, "school year %d", tt.year)
	}
}

func TestCodeLimits(t *testing.T) {
	at := houqin.Code("a." + strings.Repeat("b", 126)) // exactly 128 bytes
	assert.NoError(t, at.Validate())
	assert.ErrorIs(t, (at + "b").Validate(), houqin.ErrInvalidInput)
}

func TestDecodeJSONLimit(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("decodes 16 MiB")
	}
	data := []byte("{}" + strings.Repeat(" ", 16<<20-2)) // exactly 16 MiB
	var v map[string]int
	assert.NoError(t, houqin.DecodeJSON(data, &v))
	assert.ErrorIs(t, houqin.DecodeJSON(append(data, ' '), &v), houqin.ErrInvalidInput)
}

// AddDays of a valid date may leave the range of valid dates; it counts as
// the proleptic Gregorian calendar of package time does, year 0 included.
func TestAddDaysBeforeYearOne(t *testing.T) {
	start := time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)
	for _, n := range []int{-1, -94, -306, -307, -400, -146097, -146098, -146403, -1_000_000} {
		want := start.AddDate(0, 0, n)
		got := d(1, 1, 1).AddDays(n)
		assert.Equal(t, d(want.Year(), want.Month(), want.Day()), got, "%d days", n)
	}
}

// A decimal argument of a message is written out at both ends of the
// exponents the library accepts, and only beyond them refused.
func TestLocalizeDecimalExponents(t *testing.T) {
	s := houqin.Localize(language.English, "houqin.term.autumn", decimal.New(1, 18), decimal.New(1, -64))
	assert.Equal(t, "autumn term 1"+strings.Repeat("0", 18)+"–0."+strings.Repeat("0", 63)+"1", s)
	s = houqin.Localize(language.English, "houqin.term.autumn", decimal.New(1, 19), decimal.New(1, -65))
	assert.Equal(t, "autumn term (invalid number)–(invalid number)", s)
}
