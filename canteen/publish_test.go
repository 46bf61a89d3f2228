package canteen_test

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFitToPublish renders every code of the package, as its documented
// sample finding shows it (each threshold one step past: a surplus ratio
// of 5.000025% on a 5% ceiling, ¥0.01 of excess, 124.9 g of 125 g) and
// with every count set to 1, in the three languages, and checks that each
// reads as a bureau may publish it (testkit.AssertFitToPublish): no
// breach equal to its threshold, no field path or code, no sentence about
// nothing, English agreeing in number, no leftover verb. The messages are
// kept in testdata/fit.golden; run with -update after changing a text.
func TestFitToPublish(t *testing.T) {
	assertFit(t, "canteen", canteen.Codes(), documented)
}

func assertFit(t *testing.T, pkg string, codes []houqin.Code, samples map[houqin.Code]houqin.Finding) {
	t.Helper()
	if !slices.Equal(codes, slices.Sorted(maps.Keys(samples))) {
		t.Fatalf("a sample for every code, and only for them: %v against %v", codes, slices.Sorted(maps.Keys(samples)))
	}
	var p testkit.Published
	for _, c := range codes {
		f := samples[c]
		f.Code = c
		p.AddBoth(t, "boundary", f)
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
