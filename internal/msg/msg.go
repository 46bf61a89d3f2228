// Package msg is the library's registry of message texts: the one private
// catalog (never golang.org/x/text's global DefaultCatalog, which belongs to
// the host) that holds, under a stable key, a text in each of the three
// languages, and writes it with arguments for a reader.
//
// The registry is filled at init time: each rule package registers its
// compiled-in texts from its init function, and a host registers the texts
// of its own codes once at start-up. It decides no verdict: a text only
// explains a finding. It is safe for concurrent use.
package msg

import (
	"fmt"
	"slices"
	"sync"

	"github.com/houqin-go/houqin/internal/lang"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Text is the text of one key in the three languages. Each text is a
// format for golang.org/x/text/message: an argument is written %[n]s, a
// literal percent sign %%.
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
// language needs a text, and the three texts must use the same arguments.
// It does not judge the key.
func Check(t Text) string {
	if t.Hans == "" || t.Hant == "" || t.En == "" {
		return "needs a text in each of zh-Hans, zh-Hant and en"
	}
	a := Args(t.Hans)
	if !slices.Equal(a, Args(t.Hant)) || !slices.Equal(a, Args(t.En)) {
		return "the three texts do not use the same arguments"
	}
	return ""
}

// Args lists, sorted and without repeats, the arguments a format refers to:
// an explicit index %[n] as n, and each verb without an index as the next
// one, as fmt counts them. Args("%[2]s of %[1]s") is [1 2].
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
	slices.Sort(out)
	return slices.Compact(out)
}

var registry = struct {
	sync.RWMutex
	cat      *catalog.Builder
	texts    map[string]Text
	printers [lang.N]*message.Printer
}{
	cat:   catalog.NewBuilder(catalog.Fallback(lang.Hans.Tag())),
	texts: map[string]Text{},
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
		for l := lang.Hans; l < lang.N; l++ {
			// SetString fails only on a malformed tag; ours are constants.
			_ = registry.cat.SetString(l.Tag(), t.Key, t.In(l))
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
// which the caller has already formatted for l (strings, mostly). It
// reports false, and writes the key followed by its arguments, when key
// has no text.
func Sprintf(l lang.Lang, key string, args ...any) (string, bool) {
	if _, ok := Lookup(key); !ok {
		s := key
		for _, a := range args {
			s += " " + fmt.Sprint(a)
		}
		return s, false
	}
	if l >= lang.N {
		l = lang.Hans
	}
	return registry.printers[l].Sprintf(key, args...), true
}
