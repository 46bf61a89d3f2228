package assessment_test

import (
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// documentedFacts are the facts each code's doc comment lists, in order.
var documentedFacts = map[houqin.Code][]houqin.Fact{
	assessment.CodeFailed:                {houqin.Fact{Name: "score", Unit: houqin.UnitPoints, Value: d("58.5").Shift(2).IntPart()}, houqin.Fact{Name: "pass_mark", Unit: houqin.UnitPoints, Value: d("60").Shift(2).IntPart()}},
	assessment.CodeVetoed:                {houqin.Fact{Name: "score", Unit: houqin.UnitPoints, Value: d("97").Shift(2).IntPart()}},
	assessment.CodeAwardIneligible:       {houqin.Fact{Name: "score", Unit: houqin.UnitPoints, Value: d("58.5").Shift(2).IntPart()}},
	assessment.CodeRectificationRequired: {houqin.Fact{Name: "score", Unit: houqin.UnitPoints, Value: d("58.5").Shift(2).IntPart()}},
	assessment.CodeBottomPlace: {houqin.CountFact("rank", 12), houqin.CountFact("schools", 12),
		houqin.Fact{Name: "score", Unit: houqin.UnitPoints, Value: d("61").Shift(2).IntPart()}},
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
			assert.Equal(t, "assessment", testkit.Package(c))
			require.NoError(t, c.Validate())
			m, ok := testkit.Message(c)
			require.True(t, ok, "registered")
			assert.NotEmpty(t, m.Hans)
			assert.NotEmpty(t, m.Hant)
			assert.NotEmpty(t, m.En)
			facts, ok := documentedFacts[c]
			require.True(t, ok, "facts documented in the test")
			f := houqin.Finding{Code: c, Severity: houqin.Violation, Subject: "县一中", Facts: facts}
			for _, tag := range testkit.Languages() {
				msg := f.Message(tag)
				assert.NotContains(t, msg, "%!", "%s: %s", tag, msg)
				assert.True(t, strings.HasPrefix(msg, "县一中"), msg)
				assert.NotContains(t, msg, string(c), "a registered text, not the fallback")
			}
		})
	}
	f := houqin.Finding{Code: assessment.CodeRectificationOverdue, Subject: "县一中", Facts: documentedFacts[assessment.CodeRectificationOverdue]}
	assert.Equal(t, "县一中的整改期限2025年10月31日已过5天，仍未经复查通过", f.Message(language.SimplifiedChinese))
	assert.Equal(t, "縣一中的整改期限2025年10月31日已過5天，仍未經複查通過", strings.Replace(f.Message(language.TraditionalChinese), "县", "縣", 1))
	assert.Equal(t, "县一中 is 5 days past its rectification deadline of 31 October 2025 without a passing recheck", f.Message(language.English))
	b := houqin.Finding{Code: assessment.CodeBottomPlace, Subject: "县一中", Facts: documentedFacts[assessment.CodeBottomPlace]}
	assert.Equal(t, "县一中在12所学校中排名第12，列末位（得分61）", b.Message(language.SimplifiedChinese))
}
