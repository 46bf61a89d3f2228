package testkit_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func init() {
	if err := houqin.RegisterMessages(
		houqin.Message{Code: "kit.good", Hans: "好%[1]s", Hant: "好%[1]s", En: "good %[1]s"},
		houqin.Message{Code: "other.good", Hans: "好", Hant: "好", En: "good"},
	); err != nil {
		panic(err)
	}
}

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Helper()               {}
func (r *recorder) FailNow()              { r.failed = true; panic(r) }

// fails reports whether f fails the test it is given.
func fails(t *testing.T, f func(testing.TB)) (failed bool) {
	r := &recorder{TB: t}
	defer func() {
		if p := recover(); p != nil && p != r {
			panic(p)
		}
		failed = r.failed
	}()
	f(r)
	return r.failed
}

func TestAssertYuan(t *testing.T) {
	assert.True(t, testkit.AssertYuan(t, "12.5", testkit.Dec("12.50")))
	assert.True(t, testkit.AssertFen(t, "1234.5", houqin.Fen(123450)))
	assert.True(t, fails(t, func(tb testing.TB) { testkit.AssertYuan(tb, "12.5", testkit.Dec("12.51")) }))
	assert.True(t, fails(t, func(tb testing.TB) { testkit.AssertFen(tb, "1", houqin.Fen(1)) }))
}

func TestFields(t *testing.T) {
	err := errors.Join(houqin.Invalid("a", "x"), houqin.WithField("lines[1]", houqin.Invalid("amount", "y")))
	assert.Equal(t, []string{"a", "lines[1].amount"}, testkit.Fields(err))
	assert.Nil(t, testkit.Fields(nil))
}

func TestLanguages(t *testing.T) {
	assert.Equal(t, []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English}, testkit.Languages())
}

func TestMessages(t *testing.T) {
	m, ok := testkit.Message("kit.good")
	assert.True(t, ok)
	assert.Equal(t, "good %[1]s", m.En)
	_, ok = testkit.Message("kit.none")
	assert.False(t, ok)
	assert.Contains(t, testkit.Registered(), houqin.Code("kit.good"))
	assert.Contains(t, testkit.Registered(), houqin.Code("houqin.school_year"), "the root's own texts")

	testkit.AssertMessages(t, "kit", []houqin.Code{"kit.good"})
	assert.True(t, fails(t, func(tb testing.TB) { testkit.AssertMessages(tb, "kit", []houqin.Code{"other.good"}) }), "another package")
	assert.True(t, fails(t, func(tb testing.TB) { testkit.AssertMessages(tb, "kit", []houqin.Code{"kit.none"}) }), "not registered")
	assert.True(t, fails(t, func(tb testing.TB) { testkit.AssertMessages(tb, "kit", nil) }), "no codes")
}

func TestDeclaredCodes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "codes.go")
	require.NoError(t, os.WriteFile(path, []byte(`package x

import "github.com/houqin-go/houqin"

// CodeOne is the first rule.
// Source: a title.
const CodeOne houqin.Code = "x.one"

const (
	// CodeTwo is the second.
	CodeTwo houqin.Code = "x.two"
	codeHidden houqin.Code = "x.hidden"
	// Other is not a code.
	Other string = "x.other"
)
`), 0o600))
	assert.Equal(t, map[houqin.Code]string{"x.one": "CodeOne is the first rule. Source: a title.", "x.two": "CodeTwo is the second."},
		testkit.DeclaredCodes(t, path))
}

func TestOfAndPackage(t *testing.T) {
	fs := houqin.Findings{{Code: "a.x"}, {Code: "a.y"}, {Code: "a.x", Subject: "2"}}
	assert.Equal(t, houqin.Findings{{Code: "a.x"}, {Code: "a.x", Subject: "2"}}, testkit.Of(fs, "a.x"))
	assert.Nil(t, testkit.Of(fs, "a.z"))
	assert.Equal(t, "canteen", testkit.Package("canteen.surplus_over_ceiling"))
	assert.Equal(t, "bare", testkit.Package("bare"))
}

func TestFactIn(t *testing.T) {
	f := houqin.Finding{Code: "x.y", Facts: []houqin.Fact{houqin.YuanFact("surplus", 200578),
		houqin.PercentFact("ratio", 5_000_025), houqin.PercentFact("ceiling", houqin.RatioOne/20)}}
	en := language.English
	assert.Equal(t, "CN¥2,005.78", testkit.FactIn(f, f.Facts[0], en))
	assert.Equal(t, "5.00003%", testkit.FactIn(f, f.Facts[1], en))
	assert.Equal(t, "5.00000%", testkit.FactIn(f, f.Facts[2], en))
	assert.Equal(t, "5.00%", testkit.FactIn(houqin.Finding{}, f.Facts[1], en), "alone, two decimals")
}
