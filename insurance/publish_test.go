package insurance

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// boundary returns a finding of each code one step past its threshold:
// the documented facts (¥0.01 over a limit, 24.01 hours against 24, ¥3.89
// per pupil against ¥3.90), and, for the insured rate, the check's own
// finding for 9,999,999 insured of 10,000,000 against the required 100%:
// 99.99999% below 100.00000%, never 100.00% below 100.00%. Subjects are
// the host's keys without a kind ("S001"); TestCheckerMessageNamesKind
// writes "<school>/<kind>" for a reader.
func boundary(t *testing.T) map[houqin.Code]houqin.Finding {
	t.Helper()
	out := make(map[houqin.Code]houqin.Finding, len(documentedFacts))
	for c, facts := range documentedFacts {
		out[c] = houqin.Finding{Code: c, Subject: "S001", Facts: facts}
	}
	for c, late := range map[houqin.Code]int64{CodeClaimReportedLate: 2401, CodeIncidentReportedLate: 2401} {
		f := out[c]
		f.Facts = slices.Clone(f.Facts)
		f.Facts[0].Value = late // 24.01 hours against 24
		out[c] = f
	}
	checker, err := New(DefaultPolicy())
	require.NoError(t, err)
	fs, err := checker.CheckCoverage([]Enrollment{{School: "S001", Kind: SchoolLiability, Enrolled: maxPeople, Insured: maxPeople - 1}})
	require.NoError(t, err)
	require.Len(t, fs, 1)
	fs[0].Subject = "S001"
	out[CodeCoverageBelowRequired] = fs[0]
	return out
}

// TestFitToPublish renders every code of the package one step past its
// threshold and with every count set to 1, in the three languages, and
// checks that each reads as a bureau may publish it
// (testkit.AssertFitToPublish): no breach equal to its threshold, no
// field path or code, no sentence about nothing, English agreeing in
// number, money as ¥ / CN¥, no leftover verb. The messages are kept in
// testdata/fit.golden, with the tally's summary sentence and the subjects
// the checker names; run with -update after changing a text.
func TestFitToPublish(t *testing.T) {
	samples := boundary(t)
	var cases []string
	var fs []houqin.Finding
	var texts [][]string
	for _, c := range Codes() {
		f, ok := samples[c]
		require.True(t, ok, c)
		for _, tc := range []struct {
			name string
			f    houqin.Finding
		}{{"boundary", f}, {"one of each", testkit.OneOfEach(f)}} {
			cases = append(cases, tc.name)
			fs = append(fs, tc.f)
			texts = append(texts, testkit.AssertFitToPublish(t, tc.f))
		}
	}
	got := testkit.RenderFindings(cases, fs, texts)

	// The subjects "<school>/<kind>" as Checker.Message writes them.
	checker, err := New(DefaultPolicy())
	require.NoError(t, err)
	for _, c := range []houqin.Code{CodeCoverageBelowRequired, CodeCoverGap} {
		f := samples[c]
		f.Subject = "S001/" + string(SchoolLiability)
		got += string(c) + " (Checker.Message)\n"
		for _, tag := range testkit.Languages() {
			m := checker.Message(f, tag)
			assert.NotContains(t, m, string(SchoolLiability), tag)
			got += "  " + tag.String() + ": " + m + "\n"
		}
	}

	// The tally's summary: money as everywhere else, counts in number.
	for _, n := range []int{1, 2} {
		tl := newTally(t)
		for i := range n {
			c := paidClaim("C" + strconv.Itoa(i))
			c.Paid = yuan("1234567.89")
			require.NoError(t, tl.Add(c))
		}
		got += "summary (" + []string{"", "one claim", "two claims"}[n] + ")\n"
		for _, tag := range testkit.Languages() {
			s := tl.Summary(tag)
			assert.NotContains(t, s, "元", tag)
			got += "  " + tag.String() + ": " + s + "\n"
		}
	}
	assertGolden(t, "fit.golden", got)
}

// TestCheckerMessageNamesKind: the checker writes a subject
// "<school>/<kind>" as the school and the kind's name in the reader's
// language, leaves other subjects and unknown kinds as they are, and the
// finding keeps its subject.
func TestCheckerMessageNamesKind(t *testing.T) {
	checker, err := New(DefaultPolicy())
	require.NoError(t, err)
	f := houqin.Finding{Code: CodeCoverGap, Subject: "S001/school_liability", Facts: documentedFacts[CodeCoverGap]}
	assert.Contains(t, checker.Message(f, language.SimplifiedChinese), "S001校方责任险：")
	assert.Contains(t, checker.Message(f, language.TraditionalChinese), "S001校方責任險：")
	assert.Contains(t, checker.Message(f, language.English), "S001, school liability insurance: ")
	assert.Equal(t, "S001/school_liability", f.Subject)
	unknown := f
	unknown.Subject = "S001/pet_insurance"
	assert.Equal(t, unknown.Message(language.English), checker.Message(unknown, language.English))
	other := houqin.Finding{Code: CodeIncidentReportedLate, Subject: "S001/school_liability", Facts: documentedFacts[CodeIncidentReportedLate]}
	assert.Equal(t, other.Message(language.English), checker.Message(other, language.English), "only the two codes keyed by kind")
}

// assertGolden compares got with testdata/name, rewriting it first under
// -update.
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
