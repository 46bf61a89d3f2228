package fees_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestCodesListed checks that Codes lists every exported Code constant of
// the package's sources, sorted, and that each has the package's prefix.
func TestCodesListed(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	var declared []houqin.Code
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if !strings.HasPrefix(n.Name, "Code") || !n.IsExported() {
						continue
					}
					lit := vs.Values[i].(*ast.BasicLit)
					v, err := strconv.Unquote(lit.Value)
					require.NoError(t, err)
					declared = append(declared, houqin.Code(v))
				}
			}
		}
	}
	assert.ElementsMatch(t, declared, fees.Codes())
	assert.True(t, slices.IsSorted(fees.Codes()), "Codes is sorted")
	seen := map[houqin.Code]bool{}
	for _, c := range fees.Codes() {
		assert.NoError(t, c.Validate())
		assert.Equal(t, "fees", testkit.Package(c), c)
		assert.False(t, seen[c], "duplicate %s", c)
		seen[c] = true
	}
}

// TestMessagesRegistered checks that every code has its texts in the three
// languages and that a finding with the documented facts renders in each
// without a formatting error, naming its subject and every fact.
func TestMessagesRegistered(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	r, err := a.Audit(kitchenSink())
	require.NoError(t, err)
	for _, c := range fees.Codes() {
		m, ok := testkit.Message(c)
		require.True(t, ok, "%s is not registered", c)
		assert.NotEmpty(t, m.Hans, c)
		assert.NotEmpty(t, m.Hant, c)
		assert.NotEmpty(t, m.En, c)
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
	c.Item, c.Amount, c.Handler, c.Pupils, c.Consents = "uniform", yuan("95.00"), fees.HandlerSuppliesPoint, 40, 40
	c.SupplierSettled = day(2025, 9, 10)
	r, err := a.Audit(baseFiling(c))
	require.NoError(t, err)
	require.Len(t, r.Findings, 1)
	f := r.Findings[0]
	assert.Equal(t, "c1：每生收取¥95.00，超过核定标准¥80.00，每生多收¥15.00，40名学生合计多收¥600.00", f.Message(language.SimplifiedChinese))
	assert.Equal(t, "c1：每生收取¥95.00，超過核定標準¥80.00，每生多收¥15.00，40名學生合計多收¥600.00", f.Message(language.TraditionalChinese))
	assert.Equal(t, "c1: CN¥95.00 charged per pupil, above the approved standard of CN¥80.00: CN¥15.00 too much per pupil, CN¥600.00 in all for 40 pupils", f.Message(language.English))
}
