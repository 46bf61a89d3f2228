// Package msg is the library's registry of message texts: the one private
// catalog (never golang.org/x/text's global DefaultCatalog, which belongs to
// the host) that holds, under a stable key, a text in each of the three
// languages, and writes it with arguments for a reader.
//
// The registry is filled at init time: each rule package registers its
// compiled-in texts from its init function, and a host registers the texts
// of its own codes once at start-up. It decides no verdict: a text only
// explains a finding. It is safe for concurrent use.
//
// # Plural forms
//
// An English text agrees in number with a plural selector, {n:one|other}:
// the word for one and the word for every other number, chosen by the
// number that argument n shows. With argument 2 a [Figure]:
//
//	"%[2]s {2:day|days} left"      "1 day left", "2 days left", "15,120 days left"
//	"%[2]s {2:worker|workers} for %[3]s {3:diner|diners}"
//
// The argument may be a [Figure] or a string: a selector reads the number
// the argument shows, "1", "15,120", "1.5". The registry compiles each
// selector into golang.org/x/text's
// plural.Selectf, set with catalog.Var in its private catalog, so that the
// choice follows CLDR's English rules: one is exactly 1 written without
// decimals ("1", not "1.0" or "1.00"); everything else, 0 included, is
// other. A selector's argument counts as used, as a verb does, when the
// three texts are compared. The forms are plain text, without %, $, {, }
// or |, and either may be empty ("%[2]s day{2:|s}"). A { that is not
// followed by a digit is an ordinary character; "${" is reserved.
//
// Chinese texts have no selectors: a Chinese count keeps its measure word
// (名, 人, 件, 份, 所, 项) and never changes form.
package msg

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/houqin-go/houqin/internal/lang"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Text is the text of one key in the three languages. Each text is a
// format for golang.org/x/text/message: an argument is written %[n]s, a
// literal percent sign %%; the English text may choose words by number with
// plural selectors {n:one|other} (see the package documentation).
type Text struct {
	Key  string
	Hans string // Simplified Chinese
	Hant string // Traditional Chinese
	En   string // English
}

// In returns the text of t in language l.
func (t Text) In(l lang.Lang) string {
	switch l {
	case lang.Hant:
		return t.Hant
	case lang.En:
		return t.En
	}
	return t.Hans
}

// Check returns why t cannot be registered, or "" when it can: each
// language needs a text; the English text's plural selectors must be well
// formed and the Chinese texts have none; no text may contain "${"; and the
// three texts must use the same arguments. It does not judge the key.
func Check(t Text) string {
	if t.Hans == "" || t.Hant == "" || t.En == "" {
		return "needs a text in each of zh-Hans, zh-Hant and en"
	}
	for l := lang.Hans; l < lang.N; l++ {
		s := t.In(l)
		if strings.Contains(s, "${") {
			return "the " + l.Tag().String() + " text contains \"${\", which is reserved"
		}
		sels, why := selectors(s)
		if why != "" {
			return "the " + l.Tag().String() + " text: " + why
		}
		if len(sels) > 0 && l != lang.En {
			return "the " + l.Tag().String() + " text has a plural selector {n:…}; a Chinese count keeps its measure word"
		}
	}
	a := Args(t.Hans)
	if !slices.Equal(a, Args(t.Hant)) || !slices.Equal(a, Args(t.En)) {
		return "the three texts do not use the same arguments"
	}
	return ""
}

// Args lists, sorted and without repeats, the arguments a format refers to:
// an explicit index %[n] as n, each verb without an index as the next one,
// as fmt counts them, and the argument n of each well-formed plural
// selector {n:one|other}. Args("%[2]s of %[1]s") is [1 2], and
// Args("%[2]s {3:day|days}") is [2 3].
func Args(format string) []int {
	var out []int
	next := 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			continue
		}
		n := next
		if format[i] == '[' {
			j := i + 1
			v := 0
			for j < len(format) && format[j] >= '0' && format[j] <= '9' {
				v = v*10 + int(format[j]-'0')
				j++
			}
			n = v
			i = j
		}
		out = append(out, n)
		next = n + 1
	}
	sels, _ := selectors(format)
	for _, s := range sels {
		out = append(out, s.arg)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// maxSelectorArg bounds the argument of a plural selector.
const maxSelectorArg = 99

// selector is one plural selector {arg:one|other} of a text, at
// text[start:end].
type selector struct {
	start, end int
	arg        int
	one, other string
}

// selectors returns the plural selectors of s in order, or why one is
// malformed.
func selectors(s string) ([]selector, string) {
	var out []selector
	for i := 0; i < len(s); i++ {
		if s[i] != '{' || i+1 >= len(s) || s[i+1] < '0' || s[i+1] > '9' {
			continue
		}
		sel := selector{start: i}
		j := i + 1
		for ; j < len(s) && s[j] >= '0' && s[j] <= '9'; j++ {
			sel.arg = min(sel.arg*10+int(s[j]-'0'), maxSelectorArg+1)
		}
		at := "plural selector at byte " + strconv.Itoa(i)
		if sel.arg < 1 || sel.arg > maxSelectorArg {
			return nil, at + ": the argument must be 1 to " + strconv.Itoa(maxSelectorArg)
		}
		if j >= len(s) || s[j] != ':' {
			return nil, at + ": want {n:one|other}"
		}
		var why string
		if sel.one, j, why = form(s, j+1, '|'); why != "" {
			return nil, at + ": " + why
		}
		if sel.other, j, why = form(s, j+1, '}'); why != "" {
			return nil, at + ": " + why
		}
		sel.end = j + 1
		out = append(out, sel)
		i = j
	}
	return out, ""
}

// form reads a selector's form from s[i:] up to the byte end, and returns
// it with the index of end.
func form(s string, i int, end byte) (string, int, string) {
	for j := i; j < len(s); j++ {
		switch c := s[j]; {
		case c == end:
			return s[i:j], j, ""
		case strings.IndexByte("%${}|", c) >= 0:
			return "", 0, "want {n:one|other}: two forms, without %, $, {, } or |"
		}
	}
	return "", 0, "want {n:one|other}, unclosed"
}

// compile returns the catalog message of a text: the text itself, or, when
// it has plural selectors, each selector as a variable of x/text's
// plural.Selectf and the text with the variables in their places.
func compile(s string) []catalog.Message {
	sels, _ := selectors(s)
	if len(sels) == 0 {
		return []catalog.Message{catalog.String(s)}
	}
	msgs := make([]catalog.Message, 0, len(sels)+1)
	var b strings.Builder
	last := 0
	for k, sel := range sels {
		name := "p" + strconv.Itoa(k)
		msgs = append(msgs, catalog.Var(name, plural.Selectf(sel.arg, "", plural.One, sel.one, plural.Other, sel.other)))
		b.WriteString(s[last:sel.start])
		b.WriteString("${" + name + "}")
		last = sel.end
	}
	b.WriteString(s[last:])
	return append(msgs, catalog.String(b.String()))
}

// Figure is an argument as its reader sees it, "15,120", "1.5", "CN¥1.00",
// "5.00%": it prints as it is, and a plural selector reads it as the number
// it shows. [Sprintf] passes each string argument that a selector reads as
// a Figure.
type Figure string

// PluralForm implements golang.org/x/text/feature/plural.Interface: the
// plural form, in language t, of the number f shows, that is the first run
// of digits in f, with commas between the groups of its whole part and a
// point before its decimals, all of them visible ("1.00" is not "1"). It
// returns the whole part, or −1 and plural.Other when f shows no digits.
// A whole part beyond a billion keeps its last nine digits above a
// billion, which every plural rule of CLDR reads alike.
func (f Figure) PluralForm(t language.Tag, _ int) (plural.Form, int) {
	i, v, w, frac, trimmed, ok := operands(string(f))
	if !ok {
		return plural.Other, -1
	}
	return plural.Cardinal.MatchPlural(t, i, v, w, frac, trimmed), i
}

// operands returns the plural operands of the number s shows (see
// plural.Rules.MatchPlural): its whole part i, its number of visible
// decimals v and without trailing zeros w, and its decimals with trailing
// zeros f and without t; ok is false when s shows no digits.
func operands(s string) (i, v, w, f, t int, ok bool) {
	k := strings.IndexAny(s, "0123456789")
	if k < 0 {
		return 0, 0, 0, 0, 0, false
	}
	const big = 1_000_000_000
	keep := func(n uint64) uint64 { // bounded, with the same last nine digits
		if n >= big {
			n = big + n%big
		}
		return n
	}
	var whole, frac uint64
	for ; k < len(s); k++ {
		c := s[k]
		if c == ',' && k+1 < len(s) && s[k+1] >= '0' && s[k+1] <= '9' {
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		whole = keep(whole*10 + uint64(c-'0'))
	}
	if k+1 < len(s) && s[k] == '.' && s[k+1] >= '0' && s[k+1] <= '9' {
		for k++; k < len(s) && s[k] >= '0' && s[k] <= '9'; k++ {
			frac = keep(frac*10 + uint64(s[k]-'0'))
			v++
		}
	}
	w, tr := v, frac
	for w > 0 && tr%10 == 0 {
		w--
		tr /= 10
	}
	return int(whole), v, w, int(frac), int(tr), true
}

var registry = struct {
	sync.RWMutex
	cat      *catalog.Builder
	texts    map[string]Text
	plural   map[string][]int // the arguments the English text's selectors read
	printers [lang.N]*message.Printer
}{
	cat:    catalog.NewBuilder(catalog.Fallback(lang.Hans.Tag())),
	texts:  map[string]Text{},
	plural: map[string][]int{},
}

func init() {
	for l := lang.Hans; l < lang.N; l++ {
		registry.printers[l] = message.NewPrinter(l.Tag(), message.Catalog(registry.cat))
	}
}

// Register adds texts to the registry, all or none: when a key is already
// registered with other texts it registers nothing and returns that key
// and false. Registering a key again with the same texts is harmless. The
// caller checks each text with [Check] first.
func Register(texts ...Text) (conflict string, ok bool) {
	registry.Lock()
	defer registry.Unlock()
	for _, t := range texts {
		if old, ok := registry.texts[t.Key]; ok && old != t {
			return t.Key, false
		}
	}
	for _, t := range texts {
		if _, ok := registry.texts[t.Key]; ok {
			continue
		}
		registry.texts[t.Key] = t
		if sels, _ := selectors(t.En); len(sels) > 0 {
			var args []int
			for _, sel := range sels {
				args = append(args, sel.arg)
			}
			registry.plural[t.Key] = args
		}
		for l := lang.Hans; l < lang.N; l++ {
			// Set fails only on a malformed tag, ours are constants, or on a
			// text that Check refuses.
			_ = registry.cat.Set(l.Tag(), t.Key, compile(t.In(l))...)
		}
	}
	return "", true
}

// Lookup returns the texts registered under key, and whether there are any.
func Lookup(key string) (Text, bool) {
	registry.RLock()
	defer registry.RUnlock()
	t, ok := registry.texts[key]
	return t, ok
}

// Keys returns every registered key, sorted.
func Keys() []string {
	registry.RLock()
	defer registry.RUnlock()
	out := make([]string, 0, len(registry.texts))
	for k := range registry.texts {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Sprintf writes the text registered under key in language l with args,
// which the caller has already formatted for l (strings, mostly); a string
// argument that a plural selector reads is passed as a [Figure]. It
// reports false, and writes the key followed by its arguments, when key
// has no text.
func Sprintf(l lang.Lang, key string, args ...any) (string, bool) {
	registry.RLock()
	_, ok := registry.texts[key]
	sel := registry.plural[key]
	registry.RUnlock()
	if !ok {
		s := key
		for _, a := range args {
			s += " " + fmt.Sprint(a)
		}
		return s, false
	}
	if l >= lang.N {
		l = lang.Hans
	}
	if l == lang.En && len(sel) > 0 {
		args = slices.Clone(args)
		for _, n := range sel {
			if n > len(args) {
				continue
			}
			if s, ok := args[n-1].(string); ok {
				args[n-1] = Figure(s)
			}
		}
	}
	return registry.printers[l].Sprintf(key, args...), true
}
