package houqin

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Unit says what a Fact's value measures, and so how it is written in a
// message and in JSON.
type Unit uint8

// The units of a Fact.
const (
	// Number is a plain decimal number (the zero Unit).
	Number Unit = iota
	// Yuan is an amount of money in yuan, two decimals: ¥1,234.50.
	Yuan
	// Percent is a ratio, 0.05 for 5%, written as a percentage: 5.00%.
	Percent
	// Count is a whole number of things: pupils, claims, workers.
	Count
	// Day is a date, held as the number yyyymmdd (20250901) and written as
	// a date: 2025年9月1日, 1 September 2025; "2025-09-01" in JSON.
	Day
	// Points is a score on an assessment rubric: 92.5.
	Points
)

var unitNames = [...]string{"number", "yuan", "percent", "count", "date", "points"}

// String returns "number", "yuan", "percent", "count", "date" or "points",
// and "Unit(n)" otherwise.
func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return "Unit(" + strconv.Itoa(int(u)) + ")"
}

// MarshalText encodes u by its name.
func (u Unit) MarshalText() ([]byte, error) {
	if int(u) >= len(unitNames) {
		return nil, Invalid("unit", "unknown unit "+u.String())
	}
	return []byte(unitNames[u]), nil
}

// UnmarshalText decodes a name written by MarshalText; empty is Number.
func (u *Unit) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*u = Number
		return nil
	}
	for i, n := range unitNames {
		if string(b) == n {
			*u = Unit(i)
			return nil
		}
	}
	return Invalid("unit", "unknown unit "+strconv.Quote(truncate(string(b), 32)))
}

// Fact is a named figure that justifies a finding: the surplus, the ratio,
// the ceiling, the excess. A finding's facts come in a fixed order that its
// code's documentation gives.
type Fact struct {
	Name  string
	Value decimal.Decimal
	Unit  Unit
}

// YuanFact returns a fact of an amount in fen, valued in yuan.
func YuanFact(name string, f Fen) Fact { return Fact{Name: name, Value: f.Yuan(), Unit: Yuan} }

// PercentFact returns a fact of a ratio (RatioOne/20 is 5%).
func PercentFact(name string, r Ratio) Fact {
	return Fact{Name: name, Value: r.Decimal(), Unit: Percent}
}

// CountFact returns a fact of a whole number of things.
func CountFact(name string, n int64) Fact {
	return Fact{Name: name, Value: decimal.NewFromInt(n), Unit: Count}
}

// DateFact returns a fact of a date.
func DateFact(name string, d Date) Fact {
	return Fact{Name: name, Value: decimal.NewFromInt(int64(d.Year*10000 + int(d.Month)*100 + d.Day)), Unit: Day}
}

// PointsFact returns a fact of a score.
func PointsFact(name string, points decimal.Decimal) Fact {
	return Fact{Name: name, Value: points, Unit: Points}
}

// NumberFact returns a fact of a plain number.
func NumberFact(name string, v decimal.Decimal) Fact {
	return Fact{Name: name, Value: v, Unit: Number}
}

// Date returns the date of a fact whose Unit is Day.
func (f Fact) Date() (Date, bool) {
	if f.Unit != Day {
		return Date{}, false
	}
	n, why := scaled(f.Value, 0)
	if why != scaledOK || n < 10101 || n > 99991231 {
		return Date{}, false
	}
	d := Date{int(n / 10000), timeMonth(n / 100 % 100), int(n % 100)}
	return d, d.Validate() == nil
}

// Format writes the value of f for a reader of the language matched from tag.
func (f Fact) Format(tag language.Tag) string {
	switch f.Unit {
	case Yuan:
		return FormatYuan(tag, f.Value)
	case Percent:
		return FormatRatio(tag, f.Value)
	case Day:
		if d, ok := f.Date(); ok {
			return d.Format(tag)
		}
	}
	return plainDecimal(f.Value)
}

// plainDecimal writes d without exponent and without trailing zeros, and
// never evaluates a hostile exponent.
func plainDecimal(d decimal.Decimal) string {
	e := d.Exponent()
	if e < minExponent || e > maxExponent {
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

// jsonValue is how f's value is written in JSON: yuan with exactly two
// decimals, a date as "2006-01-02", everything else as a plain decimal.
func (f Fact) jsonValue() (string, error) {
	switch f.Unit {
	case Yuan:
		fen, err := FenOf(f.Name, f.Value)
		if err != nil {
			return "", err
		}
		return fen.String(), nil
	case Day:
		d, ok := f.Date()
		if !ok {
			return "", Invalid(f.Name, "not a date")
		}
		return d.String(), nil
	}
	if e := f.Value.Exponent(); e < minExponent || e > maxExponent {
		return "", Invalid(f.Name, "exponent out of range")
	}
	return plainDecimal(f.Value), nil
}

type factJSON struct {
	Name  string `json:"name"`
	Unit  Unit   `json:"unit"`
	Value string `json:"value"`
}

// MarshalJSON writes {"name": "surplus", "unit": "yuan", "value": "1234.50"}:
// the value is always a string, never a float; amounts have exactly two
// decimals and dates are "2006-01-02".
func (f Fact) MarshalJSON() ([]byte, error) {
	v, err := f.jsonValue()
	if err != nil {
		return nil, err
	}
	return json.Marshal(factJSON{f.Name, f.Unit, v})
}

// UnmarshalJSON reads what MarshalJSON writes and validates the value for
// its unit.
func (f *Fact) UnmarshalJSON(b []byte) error {
	var j factJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return Invalid("fact", err.Error())
	}
	out := Fact{Name: j.Name, Unit: j.Unit}
	switch j.Unit {
	case Day:
		d, err := ParseDate(j.Value)
		if err != nil {
			return WithField(j.Name, err)
		}
		out = DateFact(j.Name, d)
	default:
		v, err := decimal.NewFromString(j.Value)
		if err != nil {
			return Invalid(j.Name, "not a decimal: "+strconv.Quote(truncate(j.Value, 40)))
		}
		if j.Unit == Yuan {
			fen, err := FenOf(j.Name, v)
			if err != nil {
				return err
			}
			v = fen.Yuan()
		} else if e := v.Exponent(); e < minExponent || e > maxExponent {
			return Invalid(j.Name, "exponent out of range")
		}
		out.Value = v
	}
	*f = out
	return nil
}

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

// Fact returns the value of the fact with the given name, and whether there
// is one.
func (f Finding) Fact(name string) (decimal.Decimal, bool) {
	for _, x := range f.Facts {
		if x.Name == name {
			return x.Value, true
		}
	}
	return decimal.Decimal{}, false
}

// Lookup returns the fact with the given name, and whether there is one.
func (f Finding) Lookup(name string) (Fact, bool) {
	for _, x := range f.Facts {
		if x.Name == name {
			return x, true
		}
	}
	return Fact{}, false
}

// Message explains f in the language matched from tag (see
// [MatchLanguage]) with the text its package registered for its code, its
// subject and its facts formatted for that language. A code without
// registered text is explained as "code (subject): name value, …".
func (f Finding) Message(tag language.Tag) string {
	args := make([]any, 0, 1+len(f.Facts))
	args = append(args, f.Subject)
	for _, x := range f.Facts {
		args = append(args, x)
	}
	if !isRegistered(f.Code) {
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
			b.WriteString(x.Name + " " + x.Format(tag))
		}
		return b.String()
	}
	return Localize(tag, f.Code, args...)
}

// Error returns the finding's code, subject and English message, so that a
// Finding can stand as an error in [Findings.Err].
func (f Finding) Error() string {
	return string(f.Code) + ": " + f.Message(English)
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

// Count returns the number of findings of the code.
func (fs Findings) Count(c Code) int {
	n := 0
	for i := range fs {
		if fs[i].Code == c {
			n++
		}
	}
	return n
}

// Of returns the findings of the code, in order.
func (fs Findings) Of(c Code) Findings {
	var out Findings
	for _, f := range fs {
		if f.Code == c {
			out = append(out, f)
		}
	}
	return out
}

// AtLeast returns the findings of severity s or worse, in order.
func (fs Findings) AtLeast(s Severity) Findings {
	var out Findings
	for _, f := range fs {
		if f.Severity >= s {
			out = append(out, f)
		}
	}
	return out
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
