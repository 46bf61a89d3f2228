package houqin

import (
	"strconv"

	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/enum"
	"golang.org/x/text/language"
)

// Code is the stable identifier of a rule outcome, "<package>.<snake_case>",
// such as "canteen.surplus_over_ceiling". Codes are a public contract: hosts
// store them, assessment rubrics deduct points per code, and a released
// code is never renamed. Each rule package declares its codes as exported
// constants whose doc comment states the rule and its source.
//
// Code implements error so that it can be the target of [errors.Is] on the
// error returned by [Findings.Err]:
//
//	if errors.Is(findings.Err(), canteen.CodeSurplusOverCeiling) { … }
type Code string

// Error returns the code itself.
func (c Code) Error() string { return string(c) }

// Validate reports an *InputError unless c has the form
// "<package>.<snake_case>": lower-case ASCII letters, digits and underscores,
// with at least one dot, no empty part, at most 128 bytes. The package of a
// code is the part before its first dot. The error has no field: the caller
// names it with [WithField].
func (c Code) Validate() error {
	s := string(c)
	if len(s) == 0 || len(s) > 128 {
		return Invalid("", "must be 1 to 128 bytes")
	}
	dots := 0
	prev := byte('.')
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch == '.':
			if prev == '.' {
				return Invalid("", "empty part in "+strconv.Quote(s))
			}
			dots++
		case ch >= 'a' && ch <= 'z', ch >= '0' && ch <= '9', ch == '_':
		default:
			return Invalid("", "unexpected "+strconv.QuoteRune(rune(ch))+" in "+clip.Quote(s, 40))
		}
		prev = ch
	}
	if dots == 0 || prev == '.' {
		return Invalid("", "want <package>.<name>, got "+strconv.Quote(s))
	}
	return nil
}

// Severity ranks a finding: Notice < Warning < Violation. The zero value is
// no severity at all (the Worst of no findings); it is not a valid severity
// of a finding, and it does not encode.
type Severity uint8

// The severities.
const (
	// Notice is information the reader should know, such as a shortfall the
	// school bears.
	Notice Severity = iota + 1
	// Warning is a risk or a breach of a principle that calls for attention,
	// such as a deficit against the break-even principle.
	Warning
	// Violation is a breach of a rule, such as a surplus above the ceiling.
	Violation
)

var severityCodec = enum.New("Severity", "severity",
	enum.Value{},
	enum.Value{Name: "notice", Hans: "提示", Hant: "提示", En: "Notice"},
	enum.Value{Name: "warning", Hans: "警告", Hant: "警告", En: "Warning"},
	enum.Value{Name: "violation", Hans: "违规", Hant: "違規", En: "Violation"},
)

// String returns "notice", "warning" or "violation", and "Severity(n)" for
// any other value, the zero value included.
func (s Severity) String() string { return severityCodec.String(uint8(s)) }

// MarshalText encodes s as "notice", "warning" or "violation"; it refuses
// any other value, the zero value included, with an *InputError.
func (s Severity) MarshalText() ([]byte, error) {
	if !severityCodec.Valid(uint8(s)) {
		return nil, Invalid("severity", "unknown severity "+s.String())
	}
	b, _ := severityCodec.Marshal(uint8(s))
	return b, nil
}

// UnmarshalText decodes "notice", "warning" or "violation", and refuses any
// other text, the empty text included.
func (s *Severity) UnmarshalText(b []byte) error {
	v, why := severityCodec.Parse(b)
	if len(b) == 0 {
		why = "unknown severity \"\" (want " + severityCodec.List() + ")"
	}
	if why != "" {
		return Invalid("severity", why)
	}
	*s = Severity(v)
	return nil
}

// Label returns the name of s for a reader of the language matched from
// tag: 违规, 警告, 提示 in Simplified Chinese; Violation, Warning, Notice in
// English; and String(s) for a value out of range.
func (s Severity) Label(tag language.Tag) string { return severityCodec.Label(tag, uint8(s)) }
