package houqin

import (
	"strconv"
	"strings"

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

// Package returns the part of c before the first dot: "canteen" for
// "canteen.surplus_over_ceiling".
func (c Code) Package() string {
	if i := strings.IndexByte(string(c), '.'); i >= 0 {
		return string(c[:i])
	}
	return ""
}

// Validate reports an *InputError unless c has the form
// "<package>.<snake_case>": lower-case ASCII letters, digits and underscores,
// with at least one dot, no empty part, at most 128 bytes. The error has no
// field: the caller names it with [WithField].
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
			return Invalid("", "unexpected "+strconv.QuoteRune(rune(ch))+" in "+strconv.Quote(truncate(s, 40)))
		}
		prev = ch
	}
	if dots == 0 || prev == '.' {
		return Invalid("", "want <package>.<name>, got "+strconv.Quote(s))
	}
	return nil
}

// Severity ranks a finding: Notice < Warning < Violation. The zero value is
// no severity at all (the Worst of no findings).
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

var severityNames = [...]string{Notice: "notice", Warning: "warning", Violation: "violation"}

// String returns "notice", "warning" or "violation", and "Severity(n)" for
// any other value, the zero value included.
func (s Severity) String() string {
	if s >= Notice && s <= Violation {
		return severityNames[s]
	}
	return "Severity(" + strconv.Itoa(int(s)) + ")"
}

// Valid reports whether s is Notice, Warning or Violation.
func (s Severity) Valid() bool { return s >= Notice && s <= Violation }

// MarshalText encodes s as "notice", "warning" or "violation"; it refuses
// any other value with an *InputError.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, Invalid("severity", "unknown severity "+s.String())
	}
	return []byte(severityNames[s]), nil
}

// UnmarshalText decodes "notice", "warning" or "violation".
func (s *Severity) UnmarshalText(b []byte) error {
	for v := Notice; v <= Violation; v++ {
		if string(b) == severityNames[v] {
			*s = v
			return nil
		}
	}
	return Invalid("severity", "unknown severity "+strconv.Quote(truncate(string(b), 32))+" (want notice, warning or violation)")
}

// Label returns the name of s for a reader of the language matched from
// tag: 违规, 警告, 提示 in Simplified Chinese; Violation, Warning, Notice in
// English.
func (s Severity) Label(tag language.Tag) string {
	if !s.Valid() {
		return s.String()
	}
	return Localize(tag, Code("houqin.severity."+severityNames[s]))
}
