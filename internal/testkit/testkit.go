// Package testkit holds the assertions the library's tests share: amounts
// compared by value, the fields of input errors, and the check that every
// code of a package speaks the three languages.
//
// It is imported only by _test.go files, and it is the one package outside
// them that may import github.com/stretchr/testify (the root's purity test
// holds both). It reads the message registry directly, so that the root
// exports no test-only lookups.
package testkit

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/format"
	"github.com/houqin-go/houqin/internal/lang"
	"github.com/houqin-go/houqin/internal/msg"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// Dec returns the decimal written in s, and panics when s is not one: for
// the literals of a test table.
func Dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// AssertYuan asserts that got equals the amount written in want by value,
// whatever their exponents: "12.5" equals 12.50. (testify's Equal compares
// decimals by representation and would call them different.)
func AssertYuan(t testing.TB, want string, got decimal.Decimal, msgAndArgs ...any) bool {
	t.Helper()
	if Dec(want).Equal(got) {
		return true
	}
	return assert.Fail(t, "want "+want+", got "+got.String(), msgAndArgs...)
}

// AssertFen asserts that an amount in fen is the amount in yuan written in
// want: AssertFen(t, "1234.5", houqin.Fen(123450)).
func AssertFen(t testing.TB, want string, got houqin.Fen, msgAndArgs ...any) bool {
	t.Helper()
	return AssertYuan(t, want, got.Yuan(), msgAndArgs...)
}

// Fields returns the Field of every *houqin.InputError in err, in order.
func Fields(err error) []string {
	var out []string
	for _, ie := range houqin.InputErrors(err) {
		out = append(out, ie.Field)
	}
	return out
}

// Languages returns the library's three languages, the default first.
func Languages() []language.Tag { return lang.Tags() }

// FactIn returns fact x as f.Message writes it in tag's language: as
// x.Format writes it, except a percentage, which has the decimals of its
// sentence (format.PercentPlacesFor of f's percent facts), so that a test
// can find each fact in its finding's message.
func FactIn(f houqin.Finding, x houqin.Fact, tag language.Tag) string {
	if x.Unit != houqin.UnitPercent {
		return x.Format(tag)
	}
	var rs []int64
	for _, y := range f.Facts {
		if y.Unit == houqin.UnitPercent {
			rs = append(rs, y.Value)
		}
	}
	return string(format.AppendPercentAt(nil, x.Value, format.PercentPlacesFor(rs...)))
}

// Message returns the texts registered for c, and whether there are any.
func Message(c houqin.Code) (houqin.Message, bool) {
	t, ok := msg.Lookup(string(c))
	return houqin.Message{Code: c, Hans: t.Hans, Hant: t.Hant, En: t.En}, ok
}

// Registered returns every code or key with registered texts, sorted.
func Registered() []houqin.Code {
	keys := msg.Keys()
	out := make([]houqin.Code, len(keys))
	for i, k := range keys {
		out[i] = houqin.Code(k)
	}
	return out
}

// AssertMessages asserts that every code is well formed, belongs to the
// package pkg ("canteen" for "canteen.surplus_over_ceiling"), and has
// registered texts in zh-Hans, zh-Hant and en that use the same arguments.
func AssertMessages(t testing.TB, pkg string, codes []houqin.Code) {
	t.Helper()
	require.NotEmpty(t, codes, "no codes")
	for _, c := range codes {
		assert.NoError(t, c.Validate(), c)
		p, _, _ := strings.Cut(string(c), ".")
		assert.Equal(t, pkg, p, "%s: the code's package", c)
		m, ok := msg.Lookup(string(c))
		if !assert.True(t, ok, "%s: no registered texts", c) {
			continue
		}
		assert.NotEmpty(t, m.Hans, "%s: zh-Hans", c)
		assert.NotEmpty(t, m.Hant, "%s: zh-Hant", c)
		assert.NotEmpty(t, m.En, "%s: en", c)
		assert.Empty(t, msg.Check(m), c)
	}
}

// DeclaredCodes parses the Go file at path (a package's codes.go) and
// returns every exported constant of type houqin.Code it declares, with its
// doc comment on one line: the codes a package promises, read from its
// source, for a test that each is documented, registered and produced.
func DeclaredCodes(t testing.TB, path string) map[houqin.Code]string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
	require.NoError(t, err)
	out := map[houqin.Code]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			v := s.(*ast.ValueSpec)
			if sel, ok := v.Type.(*ast.SelectorExpr); !ok || sel.Sel.Name != "Code" {
				continue
			}
			doc := v.Doc
			if doc == nil && len(g.Specs) == 1 {
				doc = g.Doc
			}
			for i, n := range v.Names {
				if !n.IsExported() || i >= len(v.Values) {
					continue
				}
				lit, ok := v.Values[i].(*ast.BasicLit)
				if !ok {
					continue
				}
				s, err := strconv.Unquote(lit.Value)
				require.NoError(t, err)
				out[houqin.Code(s)] = strings.Join(strings.Fields(doc.Text()), " ")
			}
		}
	}
	return out
}

// Of returns the findings of fs with code c, in order.
func Of(fs houqin.Findings, c houqin.Code) houqin.Findings {
	var out houqin.Findings
	for _, f := range fs {
		if f.Code == c {
			out = append(out, f)
		}
	}
	return out
}

// Package returns the package of a code, the part before its first dot:
// "canteen" for "canteen.surplus_over_ceiling".
func Package(c houqin.Code) string {
	p, _, _ := strings.Cut(string(c), ".")
	return p
}
