package houqin_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInputErrorMatchesSentinel(t *testing.T) {
	var err error = houqin.Invalid("revenue", "negative")
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	var ie *houqin.InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "revenue", ie.Field)
	assert.Equal(t, "invalid input: revenue: negative", err.Error())
	assert.Equal(t, "invalid input: empty", houqin.Invalid("", "empty").Error())

	wrapped := fmt.Errorf("loading: %w", err)
	assert.ErrorIs(t, wrapped, houqin.ErrInvalidInput)
}

func TestWithField(t *testing.T) {
	tests := []struct {
		name   string
		prefix string
		err    error
		want   []string
	}{
		{"nil stays nil", "lines[3]", nil, nil},
		{"dotted", "lines[3]", houqin.Invalid("amount", "negative"), []string{"lines[3].amount"}},
		{"index", "lines", houqin.Invalid("[3]", "negative"), []string{"lines[3]"}},
		{"empty field takes the prefix", "revenue", houqin.Invalid("", "x"), []string{"revenue"}},
		{"empty prefix", "", houqin.Invalid("amount", "x"), []string{"amount"}},
		{"joined", "policy", errors.Join(houqin.Invalid("a", "x"), houqin.Invalid("b", "y")), []string{"policy.a", "policy.b"}},
		{"wrapped", "p", fmt.Errorf("ctx: %w", houqin.Invalid("a", "x")), []string{"p.a"}},
		{"foreign error", "p", errors.New("boom"), []string{"p"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := houqin.WithField(tt.prefix, tt.err)
			if tt.want == nil {
				assert.NoError(t, got)
				return
			}
			assert.ErrorIs(t, got, houqin.ErrInvalidInput)
			var fields []string
			for _, ie := range houqin.InputErrors(got) {
				fields = append(fields, ie.Field)
			}
			assert.Equal(t, tt.want, fields)
		})
	}
}

func TestInputErrors(t *testing.T) {
	assert.Nil(t, houqin.InputErrors(nil))
	assert.Nil(t, houqin.InputErrors(errors.New("other")))
	err := fmt.Errorf("policy: %w", errors.Join(
		houqin.Invalid("a", "x"),
		errors.New("not an input error"),
		fmt.Errorf("nested: %w", errors.Join(houqin.Invalid("b", "y"), houqin.Invalid("c", "z"))),
	))
	var fields []string
	for _, ie := range houqin.InputErrors(err) {
		fields = append(fields, ie.Field)
	}
	assert.Equal(t, []string{"a", "b", "c"}, fields)
}

func TestDecodeJSON(t *testing.T) {
	type inner struct {
		Amount houqin.Fen `json:"amount"`
		Count  int        `json:"count"`
	}
	type doc struct {
		Name  string  `json:"name"`
		Lines []inner `json:"lines"`
	}
	var ok doc
	require.NoError(t, houqin.DecodeJSON([]byte(`{"name": "C001", "lines": [{"amount": "12.50", "count": 2}]}`), &ok))
	assert.Equal(t, houqin.Fen(1250), ok.Lines[0].Amount)

	tests := []struct {
		name, json, field, reason string
	}{
		{"unknown field", `{"name": "x", "lnes": []}`, "lnes", "unknown field"},
		{"wrong type", `{"lines": [{"count": "two"}]}`, "lines.count", "want int"},
		{"a value's own decoder", `{"lines": [{"amount": "1e3"}]}`, "", "exponent"},
		{"syntax", `{"name": }`, "", "JSON syntax error at byte"},
		{"trailing data", `{} {}`, "", "trailing data"},
		{"empty", ``, "", "empty or cut short"},
		{"cut short", `{"name": "x"`, "", "empty or cut short"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			err := houqin.DecodeJSON([]byte(tt.json), &d)
			var ie *houqin.InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tt.field, ie.Field)
			assert.Contains(t, ie.Reason, tt.reason)
		})
	}
	var d doc
	assert.ErrorIs(t, houqin.DecodeJSON(make([]byte, 16<<20+1), &d), houqin.ErrInvalidInput)
}
