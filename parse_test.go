package houqin_test

import (
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestParseYuan(t *testing.T) {
	accepted := []struct {
		in   string
		want houqin.Fen
	}{
		{"1234.5", 123450},
		{"1234.50", 123450},
		{"1,234.50", 123450},
		{"1,234,567", 123456700},
		{"¥1234.50", 123450},
		{"￥1234.50", 123450},
		{"CN¥1,234.50", 123450},
		{"RMB 1,234.50", 123450},
		{"cny1234.5", 123450},
		{"人民币1234.50元", 123450},
		{"1234.50元", 123450},
		{"1234.50 元", 123450},
		{"１２３４.５０", 123450},
		{"１，２３４．５０", 123450},
		{"  12.5\t", 1250},
		{"\u300012.5\u3000", 1250},
		{"-12.50", -1250},
		{"−12.50", -1250},
		{"－12.50", -1250},
		{"+12.50", 1250},
		{"-¥12.50", -1250},
		{"¥-12.50", -1250},
		{"¥ -12.50", -1250},
		{"0", 0},
		{"-0", 0},
		{".5", 50},
		{"5.", 500},
		{"0.05", 5},
		{"0001.00", 100},
		{"1000000000000", 100_000_000_000_000},
		{"-1,000,000,000,000.00", -100_000_000_000_000},
	}
	for _, tt := range accepted {
		t.Run(tt.in, func(t *testing.T) {
			f, err := parseFen(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, f)
			d, err := houqin.ParseYuan(tt.in)
			require.NoError(t, err)
			assert.Equal(t, int32(-2), d.Exponent(), "two decimal places")
			assert.True(t, d.Equal(tt.want.Yuan()))
		})
	}

	refused := []struct {
		in, reason string
	}{
		{"", "empty"},
		{"   ", "empty"},
		{"1e3", "exponent"},
		{"1E3", "exponent"},
		{"1e1000000000", "exponent"},
		{"1.5e-3", "exponent"},
		{"1.005", "more than two decimal places"},
		{"1.000", "more than two decimal places"}, // could be a European thousand
		{"NaN", "not a number"},
		{"nan", "not a number"},
		{"Inf", "not a number"},
		{"-Infinity", "not a number"},
		{"¥∞", "not a number"},
		{"12,34", "separator"},
		{"1234,567", "separator"},
		{",123", "separator"},
		{"1,234,56", "separator"},
		{"1,2345", "separator"},
		{"1000000000000.01", "beyond the bound"},
		{"99999999999999", "beyond the bound"},
		{".", "no digits"},
		{"¥", "no digits"},
		{"-", "no digits"},
		{"12元整", "unexpected"},
		{"0x10", "unexpected"},
		{"12.5.6", "unexpected"},
		{"--12", "no digits"},
		{"12 34", "unexpected"},
		{"1/2", "unexpected"},
		{strings.Repeat("1", 129), "longer than 128"},
	}
	for _, tt := range refused {
		t.Run("refuses "+tt.in, func(t *testing.T) {
			_, err := houqin.ParseYuan(tt.in)
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			var ie *houqin.InputError
			require.ErrorAs(t, err, &ie)
			assert.Empty(t, ie.Field)
			assert.Contains(t, ie.Reason, tt.reason)
		})
	}
}

// A value printed by Fen.String parses back to itself.
func TestParseFormatRoundTrip(t *testing.T) {
	for _, f := range []houqin.Fen{0, 1, -1, 99, 100, 123456, -987654321, houqin.MaxFen, -houqin.MaxFen} {
		got, err := parseFen(f.String())
		require.NoError(t, err)
		assert.Equal(t, f, got)
		got, err = parseFen(f.Format(language.English))
		require.NoError(t, err)
		assert.Equal(t, f, got)
		got, err = parseFen(f.Format(language.SimplifiedChinese))
		require.NoError(t, err)
		assert.Equal(t, f, got)
	}
}
