package assessment_test

import (
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// documentedFacts are the facts each code's doc comment lists, in order.
var documentedFacts = map[houqin.Code][]houqin.Fact{
	assessment.CodeFailed:                {houqin.PointsFact("score", d("58.5")), houqin.PointsFact("pass_mark", d("60"))},
	assessment.CodeVetoed:                {houqin.PointsFact("score", d("97"))},
	assessment.CodeAwardIneligible:       {houqin.PointsFact("score", d("58.5"))},
	assessment.CodeRectificationRequired: {houqin.PointsFact("score", d("58.5"))},
	assessment.CodeBottomPlace: {houqin.CountFact("rank", 12), houqin.CountFact("schools", 12),
		houqin.PointsFact("score", d("61"))},
	assessment.CodeRectificationOverdue: {houqin.DateFact("deadline", day("2025-10-31")), houqin.CountFact("days_overdue", 5)},
	assessment.CodeRecheckFailed:        {houqin.DateFact("recheck", day("2025-10-15")), houqin.DateFact("deadline", day("2025-10-31"))},
	assessment.CodeRectificationOpen:    {houqin.DateFact("deadline", day("2025-10-31")), houqin.CountFact("days_left", 9)},
	assessment.CodeRectificationClosedLate: {houqin.DateFact("deadline", day("2025-10-31")),
		houqin.DateFact("closed", day("2025-11-05"))},
}

func TestCodesRegistered(t *testing.T) {
	require.Len(t, assessment.Codes(), len(documentedFacts))
	for _, c := range assessment.Codes() {
		t.Run(string(c), func(t *testing.T) {
			assert.Equal(t, "assessment", c.Package())
			require.NoError(t, c.Validate())
			m, ok := houqin.MessageOf(c)
			require.True(t, ok, "registered")
			assert.NotEmpty(t, m.Hans)
			assert.NotEmpty(t, m.Hant)
			assert.NotEmpty(t, m.En)
			facts, ok := documentedFacts[c]
			require.True(t, ok, "facts documented in the test")
			f := houqin.Finding{Code: c, Severity: houqin.Violation, Subject: "县一中", Facts: facts}
			for _, tag := range houqin.Languages() {
				msg := f.Message(tag)
				assert.NotContains(t, msg, "%!", "%s: %s", tag, msg)
				assert.True(t, strings.HasPrefix(msg, "县一中"), msg)
				assert.NotContains(t, msg, string(c), "a registered text, not the fallback")
			}
		})
	}
	f := houqin.Finding{Code: assessment.CodeRectificationOverdue, Subject: "县一中", Facts: documentedFacts[assessment.CodeRectificationOverdue]}
	assert.Equal(t, "县一中的整改期限2025年10月31日已过5天，仍未经复查通过", f.Message(houqin.SimplifiedChinese))
	assert.Equal(t, "縣一中的整改期限2025年10月31日已過5天，仍未經複查通過", strings.Replace(f.Message(houqin.TraditionalChinese), "县", "縣", 1))
	assert.Equal(t, "县一中 is 5 days past its rectification deadline of 31 October 2025 without a passing recheck", f.Message(houqin.English))
	b := houqin.Finding{Code: assessment.CodeBottomPlace, Subject: "县一中", Facts: documentedFacts[assessment.CodeBottomPlace]}
	assert.Equal(t, "县一中在12所学校中排名第12，列末位（得分61）", b.Message(houqin.SimplifiedChinese))
}
