package houqin

import (
	"errors"
	"slices"
	"strings"

	"github.com/houqin-go/houqin/internal/format"
	"github.com/houqin-go/houqin/internal/lang"
	"github.com/houqin-go/houqin/internal/msg"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Finding is one outcome of a rule: what broke (Code), how badly (Severity),
// where (Subject: the canteen, the charge, the worker, the line of input the
// host can point to), and the figures that justify it (Facts, in the order
// the code's documentation gives). A finding explains itself with
// [Finding.Message] in each supported language.
type Finding struct {
	Code     Code     `json:"code"`
	Severity Severity `json:"severity"`
	Subject  string   `json:"subject,omitempty"`
	Facts    []Fact   `json:"facts,omitempty"`
}

// Fact returns the value of the fact with the given name as a decimal (see
// [Fact.Decimal]), and whether there is one. The fact itself, with its
// exact integer and its unit, is in f.Facts.
func (f Finding) Fact(name string) (decimal.Decimal, bool) {
	for _, x := range f.Facts {
		if x.Name == name {
			return x.Decimal(), true
		}
	}
	return decimal.Decimal{}, false
}

// Message explains f in the language matched from tag (see
// [MatchLanguage]) with the text its package registered for its code, its
// subject and its facts formatted for that language (see [Fact.Format]). A
// code without registered text is explained as "code (subject): name
// value, …".
//
// The facts of one finding make one sentence, and a sentence never shows two
// different ratios alike: its percentages have two decimals, or, when two of
// its percent facts differ but would read alike at two, as many more as it
// takes to tell every two of them apart, all with the same number of
// decimals (at most six, where a ratio is exact). So a surplus ratio just
// over a 5% ceiling reads "5.00002%" against "5.00000%", never "5.00%"
// against "5.00%"; rounding keeps the order, so it also reads above it.
// Equal ratios ask for no more decimals.
func (f Finding) Message(tag language.Tag) string {
	return f.message(tag, percentPlaces(f.Facts))
}

// MessageAt is [Finding.Message] with every percentage at places decimals,
// or at the decimals its own [Finding.Message] needs when that is more, and at
// most six: a document that sets many findings side by side writes all its
// percentages at one precision, the largest any of them needs.
func (f Finding) MessageAt(tag language.Tag, places int) string {
	return f.message(tag, min(max(places, percentPlaces(f.Facts)), format.MaxPercentPlaces))
}

func (f Finding) message(tag language.Tag, places int) string {
	l := lang.Of(tag)
	args := make([]any, 0, 1+len(f.Facts))
	args = append(args, f.Subject)
	for _, x := range f.Facts {
		args = append(args, x.format(l, places))
	}
	if s, ok := msg.Sprintf(l, string(f.Code), args...); ok {
		return s
	}
	var b strings.Builder
	b.WriteString(string(f.Code))
	if f.Subject != "" {
		b.WriteString(" (" + f.Subject + ")")
	}
	for i, x := range f.Facts {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(x.Name + " " + args[1+i].(string))
	}
	return b.String()
}

// percentPlaces returns the decimals of the percent facts among facts, read
// in one sentence: see format.PercentPlacesFor.
func percentPlaces(facts []Fact) int {
	rs := make([]int64, 0, 8)
	for _, x := range facts {
		if x.Unit == UnitPercent {
			rs = append(rs, x.Value)
		}
	}
	return format.PercentPlacesFor(rs...)
}

// Error returns the finding's code, subject and English message, so that a
// Finding can stand as an error in [Findings.Err].
func (f Finding) Error() string {
	return string(f.Code) + ": " + f.Message(language.English)
}

// Is reports whether target is f's Code, so that errors.Is(err, code)
// finds a finding of that code in the error returned by [Findings.Err].
func (f Finding) Is(target error) bool {
	c, ok := target.(Code)
	return ok && c == f.Code
}

// Findings is the outcome of a check: zero or more findings in a
// deterministic order (see [Findings.Sort]). No findings means the rules
// held.
type Findings []Finding

// Has reports whether a finding of the code is among fs.
func (fs Findings) Has(c Code) bool {
	for i := range fs {
		if fs[i].Code == c {
			return true
		}
	}
	return false
}

// Worst returns the highest severity among fs, and 0 (no severity) when fs
// is empty.
func (fs Findings) Worst() Severity {
	var w Severity
	for i := range fs {
		if fs[i].Severity > w {
			w = fs[i].Severity
		}
	}
	return w
}

// Sort puts fs in the library's deterministic order: the worst severity
// first, then by code, then by subject; findings equal in all three keep
// the order in which the rules produced them. Every entry point of the rule
// packages returns its findings sorted.
func (fs Findings) Sort() {
	slices.SortStableFunc(fs, compareFindings)
}

func compareFindings(a, b Finding) int {
	switch {
	case a.Severity > b.Severity:
		return -1
	case a.Severity < b.Severity:
		return 1
	}
	if c := strings.Compare(string(a.Code), string(b.Code)); c != 0 {
		return c
	}
	return strings.Compare(a.Subject, b.Subject)
}

// Err returns the violations among fs joined into one error, for callers who
// prefer errors to findings, and nil when there is none. errors.Is(err, code)
// reports whether a violation of the code is among them, and errors.As with
// a *Finding target recovers the first.
func (fs Findings) Err() error {
	var errs []error
	for _, f := range fs {
		if f.Severity == Violation {
			errs = append(errs, f)
		}
	}
	return errors.Join(errs...)
}
