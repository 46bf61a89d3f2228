package testkit

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
)

var (
	// one number (not the end of a larger one, nor a decimal) followed by
	// a word ending in s: "1 days", "1 pupils".
	enOneMany = regexp.MustCompile(`(?:^|[^\d.,])1 (\p{L}+s)\b`)
	// a sentence about nothing: "0 pupils", "仅有0名".
	enZero = regexp.MustCompile(`(?:^|[^\d.,])0 \p{L}`)
	zhZero = regexp.MustCompile(`(?:^|[^\d.,])0(?:名|人|件|份|所|项|項|天|个|個|餐|次|行|笔|筆|分钟|分鐘)`)
	// an internal identifier: a field path or a snake_case code.
	snake = regexp.MustCompile(`\p{Ll}_\p{Ll}`)
)

// notPlural are English words ending in s that follow a count without
// being its plural: "1 is", "1 has".
var notPlural = []string{"is", "was", "has", "its", "this", "as", "us"}

// AssertFitToPublish asserts that f reads as a bureau may publish it, in
// each supported language, and returns its messages in the order of
// Languages. A message is fit when it
//
//   - has no leftover format verb or selector ("%!", "%[", "{", "}");
//   - carries no internal identifier: no field path ("lines[3]": no "["
//     at all, and no "lines", "schools", … in a Chinese text), no
//     snake_case word, not its own code;
//   - speaks of no zero things: no count fact of 0, no "0 pupils" or
//     "0名" in the text;
//   - agrees in number in English: no "1 days" (a word ending in s after
//     a lone 1, unless allowed, as "1 is");
//   - shows every two facts of one unit that differ differently: a breach
//     never reads equal to its threshold ("5.00%" against "5.00%").
func AssertFitToPublish(t testing.TB, f houqin.Finding, allow ...string) []string {
	t.Helper()
	for _, x := range f.Facts {
		if x.Unit == houqin.UnitCount && x.Value == 0 {
			assert.Failf(t, "a count of nothing", "%s: fact %s is 0", f.Code, x.Name)
		}
	}
	var out []string
	for _, tag := range Languages() {
		m := f.Message(tag)
		out = append(out, m)
		for _, bad := range []string{"%!", "%[", "{", "}", "[", "]", string(f.Code)} {
			assert.NotContains(t, m, bad, "%s %s", f.Code, tag)
		}
		if tag.String() != "en" { // English prose may speak of "the income lines"
			for _, bad := range []string{"lines", "schools", "statements", "spending", "purchases"} {
				assert.NotContains(t, m, bad, "%s %s", f.Code, tag)
			}
		}
		assert.False(t, snake.MatchString(m), "%s %s: a snake_case identifier in %q", f.Code, tag, m)
		if tag.String() == "en" {
			assert.False(t, enZero.MatchString(m), "%s: a sentence about nothing: %q", f.Code, m)
			for _, sub := range enOneMany.FindAllStringSubmatch(m, -1) {
				if !slices.Contains(notPlural, sub[1]) && !slices.Contains(allow, sub[1]) {
					assert.Failf(t, "English number", "%s: %q in %q", f.Code, "1 "+sub[1], m)
				}
			}
		} else {
			assert.False(t, zhZero.MatchString(m), "%s %s: a sentence about nothing: %q", f.Code, tag, m)
		}
		for i, a := range f.Facts {
			for _, b := range f.Facts[i+1:] {
				if a.Unit == b.Unit && a.Value != b.Value && a.Unit != houqin.UnitCount {
					assert.NotEqual(t, FactIn(f, a, tag), FactIn(f, b, tag), "%s %s: %s and %s read alike", f.Code, tag, a.Name, b.Name)
				}
			}
		}
	}
	return out
}

// OneOfEach returns f with every count fact set to 1, the number English
// agrees with in the singular: the finding as it reads of one day, one
// pupil, one meal.
func OneOfEach(f houqin.Finding) houqin.Finding {
	f.Facts = slices.Clone(f.Facts)
	for i := range f.Facts {
		if f.Facts[i].Unit == houqin.UnitCount {
			f.Facts[i].Value = 1
		}
	}
	return f
}

// Published is the text of a package's fit-to-publish golden file: each
// finding added is checked with [AssertFitToPublish] and written as its
// code, the case's name and its message in each language, one per line.
type Published struct{ b strings.Builder }

// Add checks f and writes it under the case's name.
func (p *Published) Add(t testing.TB, name string, f houqin.Finding) {
	t.Helper()
	texts := AssertFitToPublish(t, f)
	p.b.WriteString(string(f.Code) + " (" + name + ")\n")
	for j, tag := range Languages() {
		p.b.WriteString("  " + tag.String() + ": " + texts[j] + "\n")
	}
}

// AddBoth adds f under name, then with every count set to 1 ([OneOfEach])
// under "one of each".
func (p *Published) AddBoth(t testing.TB, name string, f houqin.Finding) {
	t.Helper()
	p.Add(t, name, f)
	p.Add(t, "one of each", OneOfEach(f))
}

// String returns the text written so far.
func (p *Published) String() string { return p.b.String() }
