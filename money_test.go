package houqin_test

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// assertYuan compares a decimal with the amount written in want, by value.
func assertYuan(t *testing.T, want string, got decimal.Decimal) {
	t.Helper()
	assert.True(t, dec(want).Equal(got), "want %s, got %s", want, got)
}

func TestFenOf(t *testing.T) {
	big100 := new(big.Int).Exp(big.NewInt(10), big.NewInt(100), nil)
	big60 := new(big.Int).Exp(big.NewInt(10), big.NewInt(60), nil)
	tests := []struct {
		name   string
		in     decimal.Decimal
		want   houqin.Fen
		reason string // a substring of the refusal; "" when accepted
	}{
		{"whole yuan", dec("1234"), 123400, ""},
		{"one decimal", dec("1234.5"), 123450, ""},
		{"two decimals", dec("1234.56"), 123456, ""},
		{"trailing zeros are the same amount", dec("1.000"), 100, ""},
		{"many trailing zeros", decimal.New(1_000_000_000_000_000_000, -18), 100, ""},
		{"negative", dec("-0.01"), -1, ""},
		{"zero with a huge exponent is zero", decimal.New(0, 1_000_000_000), 0, ""},
		{"the zero Decimal", decimal.Decimal{}, 0, ""},
		{"exactly the bound", dec("1000000000000"), houqin.MaxFen, ""},
		{"exactly minus the bound", dec("-1000000000000.00"), -houqin.MaxFen, ""},
		{"positive exponent", decimal.New(12, 3), 1_200_000, ""},
		{"big coefficient, exact", decimal.NewFromBigInt(new(big.Int).Mul(big60, big.NewInt(5)), -60), 500, ""},
		{"a fen more than the bound", dec("1000000000000.01"), 0, "beyond the bound"},
		{"finer than a fen", dec("1.005"), 0, "finer than a fen"},
		{"a tenth of a fen", dec("0.001"), 0, "finer than a fen"},
		{"hostile positive exponent", decimal.New(1, 1_000_000_000), 0, "beyond the bound"},
		{"hostile negative exponent", decimal.New(1, -1_000_000_000), 0, "more than 64 decimal places"},
		{"exponent just past int64", decimal.New(1, 19), 0, "beyond the bound"},
		{"big coefficient beyond the bound", decimal.NewFromBigInt(big100, 0), 0, "beyond the bound"},
		{"big coefficient finer than a fen", decimal.NewFromBigInt(new(big.Int).Add(big60, big.NewInt(1)), -60), 0, "finer than a fen"},
		{"huge coefficient", decimal.NewFromBigInt(new(big.Int).Lsh(big.NewInt(1), 4096), -60), 0, "beyond the bound"},
		{"coefficient 10^18 at exponent -20 is one fen", decimal.New(1_000_000_000_000_000_000, -20), 1, ""},
		{"coefficient 10^18 at exponent -21", decimal.New(1_000_000_000_000_000_000, -21), 0, "finer than a fen"},
		{"exponent -100 even when exact", decimal.NewFromBigInt(new(big.Int).Mul(big100, big.NewInt(5)), -100), 0, "more than 64 decimal places"},
		{"tiny coefficient far below a fen", decimal.New(7, -40), 0, "finer than a fen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := houqin.FenOf("amount", tt.in)
			if tt.reason != "" {
				require.ErrorIs(t, err, houqin.ErrInvalidInput)
				var ie *houqin.InputError
				require.ErrorAs(t, err, &ie)
				assert.Equal(t, "amount", ie.Field)
				assert.Contains(t, ie.Reason, tt.reason)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.True(t, got.Yuan().Equal(tt.in), "Yuan() of %d fen", got)
		})
	}
}

func TestFenOfDoesNotAllocate(t *testing.T) {
	d := dec("40115.40")
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := houqin.FenOf("revenue", d); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, allocs)
}

func TestFenText(t *testing.T) {
	tests := []struct {
		f    houqin.Fen
		want string
	}{
		{0, "0.00"},
		{5, "0.05"},
		{-5, "-0.05"},
		{123450, "1234.50"},
		{houqin.MaxFen, "1000000000000.00"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.f.String())
		b, err := tt.f.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tt.want, string(b))
		var back houqin.Fen
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, tt.f, back)
		assert.Equal(t, int32(-2), tt.f.Yuan().Exponent())
	}
	_, err := (houqin.MaxFen + 1).MarshalText()
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	var f houqin.Fen
	assert.ErrorIs(t, f.UnmarshalText([]byte("1e3")), houqin.ErrInvalidInput)

	// In JSON an amount is a string with exactly two decimals.
	b, err := json.Marshal(struct{ Refund houqin.Fen }{3334})
	require.NoError(t, err)
	assert.JSONEq(t, `{"Refund":"33.34"}`, string(b))
	_, err = (-houqin.MaxFen - 1).MarshalText()
	assert.ErrorIs(t, err, houqin.ErrInvalidInput, "beyond minus the bound")
}

func TestRoundFen(t *testing.T) {
	tests := []struct {
		in                          string
		halfUp, halfEven, floor, ce houqin.Fen
	}{
		// 四舍五入: the half goes away from zero; banker's: to the even fen.
		{"2.345", 235, 234, 234, 235},
		{"2.355", 236, 236, 235, 236},
		{"-2.345", -235, -234, -235, -234},
		{"2.3449999", 234, 234, 234, 235},
		{"0.004", 0, 0, 0, 1},
		{"-0.004", 0, 0, -1, 0},
		{"0.005", 1, 0, 0, 1},
		{"1.10", 110, 110, 110, 110},
		{"1.000000000000000000000000001", 100, 100, 100, 101},
		{"-1.000000000000000000000000001", -100, -100, -101, -100},
		{"999999999999.994", houqin.MaxFen - 1, houqin.MaxFen - 1, houqin.MaxFen - 1, houqin.MaxFen},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			for mode, want := range map[houqin.Rounding]houqin.Fen{
				houqin.RoundHalfUp: tt.halfUp, houqin.RoundHalfEven: tt.halfEven,
				houqin.RoundFloor: tt.floor, houqin.RoundCeil: tt.ce,
			} {
				got, err := houqin.RoundFen("x", dec(tt.in), mode)
				require.NoError(t, err, mode)
				assert.Equal(t, want, got, mode.String())
			}
		})
	}
	// Big coefficients take the slow path and round the same way.
	bigHalf := decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(40), nil), -40).Add(dec("0.005"))
	got, err := houqin.RoundFen("x", bigHalf, houqin.RoundHalfUp)
	require.NoError(t, err)
	assert.Equal(t, houqin.Fen(101), got)
	got, err = houqin.RoundFen("x", bigHalf, houqin.RoundHalfEven)
	require.NoError(t, err)
	assert.Equal(t, houqin.Fen(100), got)

	for _, bad := range []decimal.Decimal{dec("1000000000000.005"), decimal.New(1, 40), decimal.New(3, -100), decimal.NewFromBigInt(new(big.Int).Lsh(big.NewInt(1), 300), -30)} {
		_, err := houqin.RoundFen("x", bad, houqin.RoundHalfUp)
		assert.ErrorIs(t, err, houqin.ErrInvalidInput, bad.String())
	}
	_, err = houqin.RoundFen("x", dec("1"), houqin.Rounding(9))
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	tiny, err := houqin.RoundFen("x", decimal.New(5, -30), houqin.RoundCeil)
	require.NoError(t, err)
	assert.Equal(t, houqin.Fen(1), tiny)
}

func TestRoundingText(t *testing.T) {
	for _, r := range []houqin.Rounding{houqin.RoundHalfUp, houqin.RoundHalfEven, houqin.RoundFloor, houqin.RoundCeil} {
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back houqin.Rounding
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
	}
	var r houqin.Rounding = 7
	assert.Equal(t, "Rounding(7)", r.String())
	_, err := r.MarshalText()
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	_, err = houqin.RoundFen("x", decimal.New(1, -3), r)
	assert.ErrorIs(t, err, houqin.ErrInvalidInput, "RoundFen refuses an unknown rounding")
	assert.ErrorIs(t, r.UnmarshalText([]byte("bankers")), houqin.ErrInvalidInput)
	require.NoError(t, r.UnmarshalText(nil))
	assert.Equal(t, houqin.RoundHalfUp, r)
}
