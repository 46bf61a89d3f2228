package assessment_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestPointsOf(t *testing.T) {
	tests := []struct {
		name string
		in   decimal.Decimal
		want assessment.Points
		bad  bool
	}{
		{name: "zero", in: decimal.Decimal{}, want: 0},
		{name: "whole", in: testkit.Dec("90"), want: 9000},
		{name: "half", in: testkit.Dec("0.5"), want: 50},
		{name: "hundredth", in: testkit.Dec("0.01"), want: 1},
		{name: "trailing zeros are fine", in: testkit.Dec("1.0000"), want: 100},
		{name: "negative", in: testkit.Dec("-2.25"), want: -225},
		{name: "exponent form", in: decimal.New(125, -1), want: 1250},
		{name: "positive exponent", in: decimal.New(1, 3), want: 100000},
		{name: "at the bound", in: testkit.Dec("1000"), want: assessment.MaxPoints},
		{name: "at the negative bound", in: testkit.Dec("-1000"), want: -assessment.MaxPoints},
		{name: "a thousandth is too fine", in: testkit.Dec("0.125"), bad: true},
		{name: "nine places are too fine", in: testkit.Dec("0.000000001"), bad: true},
		{name: "beyond the bound", in: testkit.Dec("1000.01"), bad: true},
		{name: "far beyond the bound", in: testkit.Dec("123456789012345678901234567890"), bad: true},
		{name: "hostile exponent", in: decimal.New(1, 1_000_000_000), bad: true},
		{name: "hostile negative exponent", in: decimal.New(1, -1_000_000_000), bad: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := assessment.PointsOf("items[0].points", tt.in)
			if tt.bad {
				require.ErrorIs(t, err, houqin.ErrInvalidInput)
				assert.Equal(t, []string{"items[0].points"}, testkit.Fields(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.True(t, got.Decimal().Equal(tt.in), "Decimal() round trip")
		})
	}
}

func TestPointsText(t *testing.T) {
	tests := []struct {
		p    assessment.Points
		want string
	}{
		{0, "0"}, {9000, "90"}, {9050, "90.5"}, {9055, "90.55"}, {5, "0.05"}, {-125, "-1.25"}, {-50, "-0.5"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.p.String())
			b, err := json.Marshal(tt.p)
			require.NoError(t, err)
			assert.Equal(t, `"`+tt.want+`"`, string(b))
			var back assessment.Points
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tt.p, back)
		})
	}
	for _, bad := range []string{"", "1e3", "abc", "0.001", "NaN", "1001", "1.2.3", "--1", "12345678901234567890123456789012345678901"} {
		var v assessment.Points
		assert.ErrorIs(t, v.UnmarshalText([]byte(bad)), houqin.ErrInvalidInput, "%q", bad)
	}
	var v assessment.Points
	require.NoError(t, v.UnmarshalText([]byte("90.00")))
	assert.Equal(t, assessment.Points(9000), v)
	// A plain decimal of exactly 40 characters, the longest read: 35 zeros
	// before 90.50 is still 90.5; one zero more is refused unread.
	long := strings.Repeat("0", 35) + "90.50"
	require.NoError(t, v.UnmarshalText([]byte(long)))
	assert.Equal(t, assessment.Points(9050), v)
	assert.ErrorIs(t, v.UnmarshalText([]byte("0"+long)), houqin.ErrInvalidInput)
}

func TestNameIn(t *testing.T) {
	n := assessment.Name{Hans: "优秀", Hant: "優秀", En: "Excellent"}
	assert.Equal(t, "优秀", n.In(language.SimplifiedChinese))
	assert.Equal(t, "優秀", n.In(language.TraditionalChinese))
	assert.Equal(t, "Excellent", n.In(language.English))
	only := assessment.Name{Hans: "合格"}
	assert.Equal(t, "合格", only.In(language.TraditionalChinese), "falls back to Hans")
	assert.Equal(t, "合格", only.In(language.English), "falls back to Hans")
}
