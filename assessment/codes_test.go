package assessment_test

import (
	"maps"
	"slices"
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
	assessment.CodeFailed:                {pointsFact("score", "58.5"), pointsFact("pass_mark", "60")},
	assessment.CodeVetoed:                {pointsFact("score", "97")},
	assessment.CodeAwardIneligible:       {pointsFact("score", "58.5")},
	assessment.CodeRectificationRequired: {pointsFact("score", "58.5")},
	assessment.CodeKeyItemsFailed:        {houqin.CountFact("key_failed", 2), houqin.CountFact("key_failures", 2), pointsFact("score", "93.5")},
	assessment.CodePrincipalPerformance:  {pointsFact("score", "88.25")},
	assessment.CodeBottomPlace:           {houqin.CountFact("rank", 12), houqin.CountFact("schools", 12), pointsFact("score", "61")},
	assessment.CodeRectificationOverdue:  {houqin.DateFact("deadline", day("2025-10-31")), houqin.CountFact("days_overdue", 5)},
	assessment.CodeRecheckFailed:         {houqin.DateFact("recheck", day("2025-10-15")), houqin.DateFact("deadline", day("2025-10-31"))},
	assessment.CodeRectificationOpen:     {houqin.DateFact("deadline", day("2025-10-31")), houqin.CountFact("days_left", 9)},
	assessment.CodeRectificationDueToday: {houqin.DateFact("deadline", day("2025-10-31"))},
	assessment.CodeRectificationClosedLate: {houqin.DateFact("deadline", day("2025-10-31")),
		houqin.DateFact("closed", day("2025-11-05"))},
}

// TestCodesListed checks that Codes lists, sorted, every Code constant that
// codes.go declares, each citing its source and listing the facts of
// documentedFacts, and that each speaks the three languages.
func TestCodesListed(t *testing.T) {
	declared := testkit.DeclaredCodes(t, "codes.go")
	assert.ElementsMatch(t, slices.Collect(maps.Keys(declared)), assessment.Codes())
	assert.True(t, slices.IsSorted(assessment.Codes()), "Codes is sorted")
	for c, doc := range declared {
		assert.Contains(t, doc, "Source:", "%s cites its source", c)
		var facts []string
		for _, f := range documentedFacts[c] {
			facts = append(facts, f.Name+" ("+string(f.Unit)+")")
		}
		assert.Contains(t, doc, "Facts: "+strings.Join(facts, ", ")+".", "%s documents its facts", c)
	}
	testkit.AssertMessages(t, "assessment", assessment.Codes())
}

// TestMessagesRegistered renders a finding of every code with its documented
// facts in each language: no formatting error, the subject first, a
// registered text rather than the fallback.
func TestMessagesRegistered(t *testing.T) {
	for _, c := range assessment.Codes() {
		f := houqin.Finding{Code: c, Severity: houqin.Violation, Subject: "县一中", Facts: documentedFacts[c]}
		for _, tag := range testkit.Languages() {
			msg := f.Message(tag)
			assert.NotContains(t, msg, "%!", "%s: %s", tag, msg)
			assert.True(t, strings.HasPrefix(msg, "县一中"), msg)
			assert.NotContains(t, msg, string(c), "a registered text, not the fallback")
		}
	}
	f := houqin.Finding{Code: assessment.CodeRectificationOverdue, Subject: "县一中", Facts: documentedFacts[assessment.CodeRectificationOverdue]}
	assert.Equal(t, "县一中的整改期限2025年10月31日已过5天，仍未经复查通过", f.Message(language.SimplifiedChinese))
	assert.Equal(t, "縣一中的整改期限2025年10月31日已過5天，仍未經複查通過", strings.Replace(f.Message(language.TraditionalChinese), "县", "縣", 1))
	assert.Equal(t, "县一中 is 5 days past its rectification deadline of 31 October 2025 without a passing recheck", f.Message(language.English))
	b := houqin.Finding{Code: assessment.CodeBottomPlace, Subject: "县一中", Facts: documentedFacts[assessment.CodeBottomPlace]}
	assert.Equal(t, "县一中在12所学校中排名第12，列末位（得分61）", b.Message(language.SimplifiedChinese))
	require.Len(t, documentedFacts, len(assessment.Codes()))
}

// pointsFact is a fact in points: pointsFact("score", "58.5").
func pointsFact(name, points string) houqin.Fact {
	return houqin.Fact{Name: name, Unit: houqin.UnitPoints, Value: int64(p(points))}
}
