package field_test

import (
	"testing"

	"github.com/houqin-go/houqin/internal/field"
	"github.com/stretchr/testify/assert"
)

func TestIndex(t *testing.T) {
	assert.Equal(t, "lines[3]", field.Index("lines", 3))
	assert.Equal(t, "[0]", field.Index("", 0))
	assert.Equal(t, "policy.kinds[-1]", field.Index("policy.kinds", -1))
}

func TestJoin(t *testing.T) {
	for _, tt := range []struct {
		parts []string
		want  string
	}{
		{nil, ""},
		{[]string{"amount"}, "amount"},
		{[]string{"lines[3]", "amount"}, "lines[3].amount"},
		{[]string{"lines", "[3]"}, "lines[3]"},
		{[]string{"lines", "[3]", "amount"}, "lines[3].amount"},
		{[]string{"", "amount"}, "amount"},
		{[]string{"revenue", ""}, "revenue"},
		{[]string{"", ""}, ""},
		{[]string{"[2]", "x"}, "[2].x"},
		{[]string{"policy", "kinds.school_liability", "limit"}, "policy.kinds.school_liability.limit"},
	} {
		assert.Equal(t, tt.want, field.Join(tt.parts...), "%q", tt.parts)
	}
}
