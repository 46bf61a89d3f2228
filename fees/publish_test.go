package fees_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFitToPublish renders a finding of every code as the auditor writes
// it from the kitchen-sink filing (each rule broken, an amount a fen or a
// pupil past its standard where the fixture sets one), and the same with
// every count set to 1, in the three languages, and checks that each reads
// as a bureau may publish it (testkit.AssertFitToPublish). The messages
// are kept in testdata/fit.golden; run with -update after changing a text.
func TestFitToPublish(t *testing.T) {
	a := newAuditor(t, kitchenPolicy())
	r, err := a.Audit(kitchenSink())
	require.NoError(t, err)
	var p testkit.Published
	for _, c := range fees.Codes() {
		got := testkit.Of(r.Findings, c)
		require.NotEmpty(t, got, c)
		p.AddBoth(t, "audited", got[0])
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
