package houqin

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/houqin-go/houqin/internal/format"
	"github.com/houqin-go/houqin/internal/lang"
	"github.com/houqin-go/houqin/internal/msg"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Message is the text of one code, or of another stable key, in the three
// supported languages. The text is a format for golang.org/x/text/message:
// an argument is written %[n]s, and a literal percent sign %%. In the text
// of a finding's code, %[1]s is the finding's subject and %[2]s, %[3]s, …
// are its facts in order, each already formatted for the language (¥1,234.50,
// 5.00%, 2025年9月1日, 15,120 in English and 15120 in Chinese).
//
// The English text agrees in number with a plural selector {n:one|other}:
// the word for one and the word for any other number, chosen by the number
// argument n shows, by CLDR's English rules (one is exactly 1, written
// without decimals; 0, 1.5 and 1.00 are other):
//
//	En:   "%[1]s: %[2]s {2:day|days} left"      // "一中: 1 day left", "一中: 2 days left"
//	Hans: "%[1]s：还有%[2]s天"
//
// A selector's forms are plain text, without %, $, {, } or |; either may be
// empty ("day{2:|s}"). A { not followed by a digit is an ordinary
// character, and "${" is reserved. The Chinese texts have no selectors: a
// Chinese count keeps its measure word (名, 人, 件, 份, 所, 项).
type Message struct {
	Code Code
	// Hans is the Simplified Chinese text, the default.
	Hans string
	// Hant is the Traditional Chinese text.
	Hant string
	// En is the English text.
	En string
}

func init() {
	if err := RegisterMessages(rootMessages...); err != nil {
		panic(err)
	}
}

// RegisterMessages adds the texts of codes to the library's private
// catalog (never golang.org/x/text's global DefaultCatalog, which belongs to
// the host). It is the one mechanism by which codes get a voice, and it is
// for init time only: each rule package registers its compiled-in texts
// from its init function, and a host registers the texts of its own codes
// once at start-up, before it checks anything. The catalog explains
// findings; it decides no verdict.
//
// It refuses, with *InputErrors joined, and registers nothing of the call,
// when a code is malformed (see [Code.Validate]), a language's text is
// empty, a plural selector is malformed or stands in a Chinese text, a text
// contains "${", the three texts do not use the same arguments (a
// selector's argument counts as used), or a code is already registered
// with other texts. Registering the same texts again is
// harmless. It is safe for concurrent use.
func RegisterMessages(ms ...Message) error {
	var p problem.List
	texts := make([]msg.Text, len(ms))
	for i, m := range ms {
		if err := m.Code.Validate(); err != nil {
			p.Add(WithField(field.Index("messages", i), err))
			continue
		}
		texts[i] = msg.Text{Key: string(m.Code), Hans: m.Hans, Hant: m.Hant, En: m.En}
		if why := msg.Check(texts[i]); why != "" {
			p.Add(Invalid(string(m.Code), why))
		}
	}
	if err := p.Err(); err != nil {
		return err
	}
	if key, ok := msg.Register(texts...); !ok {
		return Invalid(key, "already registered with other texts")
	}
	return nil
}

// Localize writes the registered text of key in the language matched from
// tag (see [MatchLanguage]) with args: the way a host writes the texts it
// registered for its own reports. Arguments of the library's types are
// formatted for the language first, as [Finding.Message] formats facts: a
// [Fen] as money (¥1,234.50), a [Ratio] as a percentage (5.00%), a [Date]
// as a date (2025年9月1日), a [Fact] by its unit, a decimal.Decimal as a plain
// number, and integers as counts, grouped in English (15,120) and plain in
// Chinese (15120), so pass a year as a string; strings pass as they are.
// The Ratios and percent Facts among args make one sentence, written with
// one number of decimals that tells every two different ones apart (see
// [Finding.Message]). A key without registered text is written as the key
// followed by its arguments.
func Localize(tag language.Tag, key Code, args ...any) string {
	l := lang.Of(tag)
	places := argPlaces(args)
	conv := make([]any, len(args))
	for i, a := range args {
		conv[i] = localArg(l, a, places)
	}
	s, _ := msg.Sprintf(l, string(key), conv...)
	return s
}

// argPlaces returns the decimals of the percentages among args, read in one
// sentence.
func argPlaces(args []any) int {
	rs := make([]int64, 0, 8)
	for _, a := range args {
		switch v := a.(type) {
		case Ratio:
			rs = append(rs, int64(v))
		case Fact:
			if v.Unit == UnitPercent {
				rs = append(rs, v.Value)
			}
		}
	}
	return format.PercentPlacesFor(rs...)
}

func localArg(l lang.Lang, a any, places int) any {
	var buf [40]byte
	switch v := a.(type) {
	case Fen:
		return string(format.AppendMoney(buf[:0], l, int64(v)))
	case Ratio:
		return string(format.AppendPercentAt(buf[:0], int64(v), places))
	case Date:
		return v.format(l)
	case Fact:
		return v.format(l, places)
	case decimal.Decimal:
		return plainDecimal(v)
	case int:
		return string(format.AppendNumber(buf[:0], l, int64(v), 0))
	case int64:
		return string(format.AppendNumber(buf[:0], l, v, 0))
	case int32:
		return string(format.AppendNumber(buf[:0], l, int64(v), 0))
	case uint64:
		if l == lang.En {
			return string(format.AppendGrouped(buf[:0], v))
		}
		return strconv.FormatUint(v, 10)
	case uint32:
		return string(format.AppendNumber(buf[:0], l, int64(v), 0))
	case fmt.Stringer:
		return v.String()
	}
	return a
}

// The root package's own texts: the labels of school years and terms.
var rootMessages = []Message{
	{Code: "houqin.school_year", Hans: "%[1]s–%[2]s学年", Hant: "%[1]s–%[2]s學年", En: "school year %[1]s–%[2]s"},
	{Code: "houqin.term.autumn", Hans: "%[1]s–%[2]s学年秋季学期", Hant: "%[1]s–%[2]s學年秋季學期", En: "autumn term %[1]s–%[2]s"},
	{Code: "houqin.term.spring", Hans: "%[1]s–%[2]s学年春季学期", Hant: "%[1]s–%[2]s學年春季學期", En: "spring term %[1]s–%[2]s"},
}

// plainDecimal writes d without exponent and without trailing zeros, and
// never evaluates a hostile exponent.
func plainDecimal(d decimal.Decimal) string {
	e := d.Exponent()
	if e < fixed.MinExponent || e > fixed.MaxExponent {
		return "(invalid number)"
	}
	if e >= 0 {
		return d.StringFixed(0)
	}
	s := d.StringFixed(-e)
	if strings.IndexByte(s, '.') >= 0 {
		s = strings.TrimRight(s, "0")
		s = strings.TrimSuffix(s, ".")
	}
	return s
}
