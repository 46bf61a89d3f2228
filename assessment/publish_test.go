package assessment_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFitToPublish renders every code with its documented facts, the
// thresholds it judges one step past (a score of 59.99 on a pass mark of
// 60; as many failed key items as veto; one day overdue or left), and the
// same with every count set to 1, in the three languages, and checks that
// each reads as a bureau may publish it (testkit.AssertFitToPublish). The
// messages are kept in testdata/fit.golden; run with -update after
// changing a text.
func TestFitToPublish(t *testing.T) {
	boundary := map[houqin.Code][]houqin.Fact{
		assessment.CodeFailed:                  {pointsFact("score", "59.99"), pointsFact("pass_mark", "60")},
		assessment.CodeKeyItemsFailed:          {houqin.CountFact("key_failed", 2), houqin.CountFact("key_failures", 2), pointsFact("score", "93.5")},
		assessment.CodeRectificationOverdue:    {houqin.DateFact("deadline", day("2025-10-31")), houqin.CountFact("days_overdue", 1)},
		assessment.CodeRectificationOpen:       {houqin.DateFact("deadline", day("2025-10-31")), houqin.CountFact("days_left", 1)},
		assessment.CodeRectificationClosedLate: {houqin.DateFact("deadline", day("2025-10-31")), houqin.DateFact("closed", day("2025-11-01"))},
	}
	var p testkit.Published
	for _, c := range assessment.Codes() {
		facts, ok := boundary[c]
		if !ok {
			facts, ok = documentedFacts[c]
		}
		require.True(t, ok, c)
		p.AddBoth(t, "boundary", houqin.Finding{Code: c, Subject: "河西镇中学", Facts: facts})
	}
	assertGolden(t, "fit.golden", p.String())
}

// assertGolden compares got with testdata/name, rewriting it first under
// -update (testkit does no I/O: the root's purity test holds it).
func assertGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update")
	assert.Equal(t, string(want), got)
}
