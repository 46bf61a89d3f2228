package houqin

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Message is the text of one code, or of another stable key, in the three
// supported languages. The text is a format for golang.org/x/text/message:
// an argument is written %[n]s, and a literal percent sign %%. In the text
// of a finding's code, %[1]s is the finding's subject and %[2]s, %[3]s, …
// are its facts in order, each already formatted for the language (¥1,234.50,
// 5.00%, 2025年9月1日).
type Message struct {
	Code Code
	// Hans is the Simplified Chinese text, the default.
	Hans string
	// Hant is the Traditional Chinese text.
	Hant string
	// En is the English text.
	En string
}

// The private catalog of the library: never golang.org/x/text's global
// DefaultCatalog, which belongs to the host.
var messages = struct {
	sync.RWMutex
	cat      *catalog.Builder
	texts    map[Code]Message
	printers [numLangs]*message.Printer
}{
	cat:   catalog.NewBuilder(catalog.Fallback(SimplifiedChinese)),
	texts: map[Code]Message{},
}

func init() {
	for l := hans; l < numLangs; l++ {
		messages.printers[l] = message.NewPrinter(l.tag(), message.Catalog(messages.cat))
	}
	MustRegisterMessages(rootMessages...)
}

// RegisterMessages adds the texts of codes to the library's private
// catalog. It is the one mechanism by which packages, the library's and a
// host's own, give their codes a voice; a rule package calls it from its init
// function with its table of messages. It refuses, and registers nothing of
// the call, when a code is malformed (see [Code.Validate]), a language's
// text is empty, the three texts do not use the same arguments, or a code is
// already registered with other texts. Registering the same texts again is
// harmless. It is safe for concurrent use.
func RegisterMessages(ms ...Message) error {
	var errs []error
	for i, m := range ms {
		field := "messages[" + strconv.Itoa(i) + "]"
		if err := m.Code.Validate(); err != nil {
			errs = append(errs, WithField(field, err))
			continue
		}
		field = string(m.Code)
		if m.Hans == "" || m.Hant == "" || m.En == "" {
			errs = append(errs, Invalid(field, "needs a text in each of zh-Hans, zh-Hant and en"))
			continue
		}
		a := formatArgs(m.Hans)
		if !slices.Equal(a, formatArgs(m.Hant)) || !slices.Equal(a, formatArgs(m.En)) {
			errs = append(errs, Invalid(field, "the three texts do not use the same arguments"))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	messages.Lock()
	defer messages.Unlock()
	for _, m := range ms {
		if old, ok := messages.texts[m.Code]; ok && old != m {
			return Invalid(string(m.Code), "already registered with other texts")
		}
	}
	for _, m := range ms {
		if _, ok := messages.texts[m.Code]; ok {
			continue
		}
		messages.texts[m.Code] = m
		for l, text := range [numLangs]string{hans: m.Hans, hant: m.Hant, en: m.En} {
			if err := messages.cat.SetString(lang(l).tag(), string(m.Code), text); err != nil {
				return Invalid(string(m.Code), err.Error())
			}
		}
	}
	return nil
}

// MustRegisterMessages is RegisterMessages for a package's init function,
// whose table of messages is a literal: it panics when the table is wrong,
// so that the mistake shows in the package's first test.
func MustRegisterMessages(ms ...Message) {
	if err := RegisterMessages(ms...); err != nil {
		panic(fmt.Sprintf("houqin: %v", err))
	}
}

// formatArgs lists the arguments a format refers to: explicit indexes %[n]
// as n, and each verb without an index as the next one, as fmt counts them.
func formatArgs(s string) []int {
	var out []int
	next := 1
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		i++
		if i >= len(s) {
			break
		}
		if s[i] == '%' {
			continue
		}
		n := next
		if s[i] == '[' {
			j := i + 1
			v := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				v = v*10 + int(s[j]-'0')
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

// RegisteredCodes returns every code with registered messages, sorted.
func RegisteredCodes() []Code {
	messages.RLock()
	defer messages.RUnlock()
	out := make([]Code, 0, len(messages.texts))
	for c := range messages.texts {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

// MessageOf returns the registered texts of a code, and whether there are any.
func MessageOf(c Code) (Message, bool) {
	messages.RLock()
	defer messages.RUnlock()
	m, ok := messages.texts[c]
	return m, ok
}

func isRegistered(c Code) bool {
	messages.RLock()
	defer messages.RUnlock()
	_, ok := messages.texts[c]
	return ok
}

// Localize writes the registered text of key in the language matched from
// tag (see [MatchLanguage]) with args. Arguments of the library's types are
// formatted for the language first: a [Fen] as money (¥1,234.50), a [Ratio]
// as a percentage (5.00%), a [Date] as a date (2025年9月1日), a [Fact] by its
// unit, a decimal.Decimal as a plain number, and integers as plain digits
// (1521, never 1,521); strings pass as they are. A key without registered
// text is written as the key followed by its arguments.
func Localize(tag language.Tag, key Code, args ...any) string {
	l := matchLang(tag)
	t := l.tag()
	conv := make([]any, len(args))
	for i, a := range args {
		conv[i] = localArg(t, a)
	}
	if !isRegistered(key) {
		s := string(key)
		for _, a := range conv {
			s += " " + fmt.Sprint(a)
		}
		return s
	}
	return messages.printers[l].Sprintf(string(key), conv...)
}

func localArg(tag language.Tag, a any) any {
	switch v := a.(type) {
	case Fen:
		return FormatFen(tag, v)
	case Ratio:
		return FormatPercent(tag, v)
	case Date:
		return v.Format(tag)
	case Fact:
		return v.Format(tag)
	case decimal.Decimal:
		return plainDecimal(v)
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case int32:
		return strconv.FormatInt(int64(v), 10)
	case uint64:
		return strconv.FormatUint(v, 10)
	case uint32:
		return strconv.FormatUint(uint64(v), 10)
	case fmt.Stringer:
		return v.String()
	}
	return a
}

func timeMonth(n int64) time.Month { return time.Month(n) }

// The root package's own texts.
var rootMessages = []Message{
	{Code: "houqin.severity.notice", Hans: "提示", Hant: "提示", En: "Notice"},
	{Code: "houqin.severity.warning", Hans: "警告", Hant: "警告", En: "Warning"},
	{Code: "houqin.severity.violation", Hans: "违规", Hant: "違規", En: "Violation"},
	{Code: "houqin.school_year", Hans: "%[1]s–%[2]s学年", Hant: "%[1]s–%[2]s學年", En: "school year %[1]s–%[2]s"},
	{Code: "houqin.term.autumn", Hans: "%[1]s–%[2]s学年秋季学期", Hant: "%[1]s–%[2]s學年秋季學期", En: "autumn term %[1]s–%[2]s"},
	{Code: "houqin.term.spring", Hans: "%[1]s–%[2]s学年春季学期", Hant: "%[1]s–%[2]s學年春季學期", En: "spring term %[1]s–%[2]s"},
}
