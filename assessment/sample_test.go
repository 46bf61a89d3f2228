package assessment_test

import (
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/houqin-go/houqin/assessment"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The sample rubric scores, grades and ranks a fixed set of inspections
// exactly as testdata/sample_scores.golden records: every item's score,
// every piece of evidence, the grade, the vetoes and the ranking of the
// schools. The golden file was written when the sample rubric was Go code;
// read from sample_rubric.json, it scores the same. Run go test -run
// TestSampleRubricScores -update after a deliberate change of the sample
// rubric.
func TestSampleRubricScores(t *testing.T) {
	r := assessment.SampleRubric()
	a := mustNew(t, r, assessment.DefaultPolicy())
	codes := assessment.SampleCodes()
	rng := rand.New(rand.NewPCG(11, 12))
	var b strings.Builder
	var standings []assessment.Standing
	for i := range 40 {
		in := randomInspection(rng, r, i)
		for range rng.IntN(4) { // and the codes of the other packages
			in.Findings = append(in.Findings, finding(codes[rng.IntN(len(codes))], "x"+strconv.Itoa(rng.IntN(3))))
		}
		res, err := a.Score(in)
		require.NoError(t, err)
		checkResult(t, a, res)
		b.WriteString(res.School + " " + res.Score.String() + " " + res.Grade)
		if res.Bonus != 0 {
			b.WriteString(" bonus " + res.Bonus.String())
		}
		for _, v := range res.Vetoed {
			b.WriteString(" vetoed " + v)
		}
		b.WriteString("\n  sections")
		for _, s := range res.Sections {
			b.WriteString(" " + s.Section + "=" + s.Score.String() + "/" + s.Max.String())
		}
		b.WriteString("\n  items")
		for _, is := range res.Items {
			if is.Score != is.Max {
				b.WriteString(" " + is.Item + "=" + is.Score.String())
			}
		}
		for _, e := range res.Trail {
			b.WriteString("\n  " + e.Item + " " + e.From.String() + "[" + strconv.Itoa(e.Index) + "] " + string(e.Code) +
				" count " + strconv.FormatInt(e.Count, 10) + " points " + e.Points.String() + " taken " + e.Taken.String())
		}
		b.WriteString("\n")
		standings = append(standings, res.Standing())
	}
	ranking, err := a.Rank(standings)
	require.NoError(t, err)
	b.WriteString("ranking\n")
	for _, s := range places(ranking) {
		b.WriteString("  " + s + "\n")
	}
	for _, f := range ranking.Findings {
		b.WriteString("  " + f.Message(language.English) + "\n")
	}

	path := filepath.Join("testdata", "sample_scores.golden")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -run TestSampleRubricScores -update")
	assert.Equal(t, string(want), b.String())
}
