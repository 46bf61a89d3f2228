package fees_test

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestCodesListed checks that Codes lists, sorted, every Code constant that
// codes.go declares, each documented, and that each speaks the three
// languages.
func TestCodesListed(t *testing.T) {
	declared := testkit.DeclaredCodes(t, "codes.go")
	assert.ElementsMatch(t, slices.Collect(maps.Keys(declared)), fees.Codes())
	assert.True(t, slices.IsSorted(fees.Codes()), "Codes is sorted")
	for c, doc := range declared {
		assert.Contains(t, doc, "Source:", "%s cites its source", c)
	}
	testkit.AssertMessages(t, "fees", fees.Codes())
}

// TestMessagesRegistered checks that a finding of every code, with the
// documented facts, renders in each language without a formatting error,
// naming its subject and every fact, and that the traditional text is not a
// copy of the simplified one.
func TestMessagesRegistered(t *testing.T) {
	a := newAuditor(t, kitchenPolicy())
	r, err := a.Audit(kitchenSink())
	require.NoError(t, err)
	for _, c := range fees.Codes() {
		m, _ := testkit.Message(c)
		assert.NotEqual(t, m.Hans, m.Hant, "%s: the traditional text is a copy of the simplified one", c)
		fs := testkit.Of(r.Findings, c)
		require.NotEmpty(t, fs, c)
		f := fs[0]
		for _, tag := range testkit.Languages() {
			msg := f.Message(tag)
			assert.NotContains(t, msg, "%!", "%s in %s: %s", c, tag, msg)
			assert.True(t, strings.HasPrefix(msg, f.Subject), "%s in %s: %s", c, tag, msg)
			for _, x := range f.Facts {
				assert.Contains(t, msg, x.Format(tag), "%s in %s lacks fact %s: %s", c, tag, x.Name, msg)
			}
		}
	}
}

func TestMessageExamples(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	c := cleanCharge()
	c.Item, c.Amount, c.Handler, c.Pupils, c.Consents = "uniform", testkit.Dec("95.00"), fees.HandlerSuppliesPoint, 40, 40
	c.SupplierSettled = day(2025, 9, 10)
	r, err := a.Audit(baseFiling(c))
	require.NoError(t, err)
	require.Len(t, r.Findings, 1)
	f := r.Findings[0]
	assert.Equal(t, "c1：每生收取¥95.00，超过核定标准¥80.00，每生多收¥15.00，40名学生合计多收¥600.00", f.Message(language.SimplifiedChinese))
	assert.Equal(t, "c1：每生收取¥95.00，超過核定標準¥80.00，每生多收¥15.00，40名學生合計多收¥600.00", f.Message(language.TraditionalChinese))
	assert.Equal(t, "c1: CN¥95.00 charged per pupil, above the approved standard of CN¥80.00: CN¥15.00 too much per pupil, CN¥600.00 in all for 40 pupils", f.Message(language.English))
}

// TestMessagesAgreeInNumber checks that the English texts agree with a count
// of one: "1 pupil", never "1 pupils".
func TestMessagesAgreeInNumber(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	c := cleanCharge()
	c.Item, c.Amount, c.Handler, c.Pupils, c.Consents = "uniform", testkit.Dec("95.00"), fees.HandlerSchool, 1, 0
	c.Compulsory = true
	r, err := a.Audit(baseFiling(c))
	require.NoError(t, err)
	for _, f := range r.Findings {
		m := f.Message(language.English)
		assert.NotContains(t, m, " 1 pupils", m)
		assert.NotContains(t, m, " 1 families", m)
	}
	over := testkit.Of(r.Findings, fees.CodeOverStandard)
	require.Len(t, over, 1)
	assert.Equal(t, "c1: CN¥95.00 charged per pupil, above the approved standard of CN¥80.00: CN¥15.00 too much per pupil, CN¥15.00 in all for 1 pupil",
		over[0].Message(language.English))
}
