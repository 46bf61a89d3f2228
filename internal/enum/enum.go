// Package enum is the text codec of the library's small enums: the
// uint8-backed types (a severity, a kind of charge, a rounding) that encode
// in JSON by name, print diagnosably out of range, and name themselves for a
// reader in three languages.
//
// A type declares its values once, in a table, and its methods are one line
// each:
//
//	var kindCodec = enum.New("Kind", "kind",
//		enum.Value{},   // 0: not set
//		enum.Value{Name: "one_fee", Hans: "一费制项目", Hant: "一費制項目", En: "one-fee item"},
//		…)
//
//	func (k Kind) String() string { return kindCodec.String(uint8(k)) }
//
// The codec returns the reason of a refusal as text; the caller wraps it in
// an *houqin.InputError for its field, since this package cannot import the
// root.
package enum

import (
	"strconv"

	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/lang"
	"golang.org/x/text/language"
)

// Value is one value of an enum: its name in JSON and its label for a
// reader in each language. A Value without a name (the zero Value) marks a
// value that has none: the zero value of an enum whose zero means "not set".
type Value struct {
	Name           string
	Hans, Hant, En string
}

// Codec encodes the values of one enum type.
type Codec struct {
	typ, field string
	values     []Value
}

// New returns the codec of the enum type typ (its Go name, "Kind", for
// String out of range), whose values appear in input under field ("kind",
// for reasons); values[v] describes value v.
func New(typ, field string, values ...Value) *Codec {
	return &Codec{typ: typ, field: field, values: values}
}

// Valid reports whether v is a value with a name.
func (c *Codec) Valid(v uint8) bool { return int(v) < len(c.values) && c.values[v].Name != "" }

// String returns the name of v, and for a value without one the type and
// the number, "Kind(13)", "Kind(0)", so that a bad value stays diagnosable.
func (c *Codec) String(v uint8) string {
	if c.Valid(v) {
		return c.values[v].Name
	}
	return c.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Marshal returns the name of v; the zero value, when it has no name,
// encodes as empty text. It returns the reason instead for any other value
// without a name: "unknown kind Kind(13)".
func (c *Codec) Marshal(v uint8) ([]byte, string) {
	if c.Valid(v) {
		return []byte(c.values[v].Name), ""
	}
	if v == 0 {
		return []byte{}, ""
	}
	return nil, c.unknown(v)
}

func (c *Codec) unknown(v uint8) string { return "unknown " + c.field + " " + c.String(v) }

// Parse returns the value named b; an empty text is the zero value. It
// returns the reason instead for any other text, quoting at most 32 bytes
// of it: `unknown kind "x" (want one_fee, service or agency)`.
func (c *Codec) Parse(b []byte) (uint8, string) {
	if len(b) == 0 {
		return 0, ""
	}
	for i := range c.values {
		if n := c.values[i].Name; n != "" && string(b) == n {
			return uint8(i), ""
		}
	}
	return 0, "unknown " + c.field + " " + clip.Quote(string(b), 32) + " (want " + c.List() + ")"
}

// MarshalSet is Marshal for a value that must be set: it refuses a zero
// value without a name like any other value without one, "unknown status
// Status(0)", where Marshal encodes it as empty text.
func (c *Codec) MarshalSet(v uint8) ([]byte, string) {
	if !c.Valid(v) {
		return nil, c.unknown(v)
	}
	return []byte(c.values[v].Name), ""
}

// ParseSet is Parse for a value that must be set: it refuses the empty text
// like any other text without a value, `unknown status "" (want filed, …)`,
// where Parse returns the zero value.
func (c *Codec) ParseSet(b []byte) (uint8, string) {
	if len(b) == 0 {
		return 0, "unknown " + c.field + ` "" (want ` + c.List() + ")"
	}
	return c.Parse(b)
}

// Validate returns "" when v is a value with a name, "missing" for a zero
// value without one, and "unknown kind Kind(13)" otherwise.
func (c *Codec) Validate(v uint8) string {
	switch {
	case c.Valid(v):
		return ""
	case v == 0:
		return "missing"
	}
	return c.unknown(v)
}

// List returns the names of the values in order, for a reason: "one_fee,
// service or agency".
func (c *Codec) List() string {
	s := ""
	n := 0
	for _, v := range c.values {
		if v.Name != "" {
			n++
		}
	}
	i := 0
	for _, v := range c.values {
		if v.Name == "" {
			continue
		}
		i++
		switch {
		case i == 1:
		case i == n:
			s += " or "
		default:
			s += ", "
		}
		s += v.Name
	}
	return s
}

// Label returns the label of v for a reader of the language matched from
// tag, and String(v) for a value without a name or without labels.
func (c *Codec) Label(tag language.Tag, v uint8) string {
	if !c.Valid(v) {
		return c.String(v)
	}
	x := c.values[v]
	var s string
	switch lang.Of(tag) {
	case lang.Hant:
		s = x.Hant
	case lang.En:
		s = x.En
	default:
		s = x.Hans
	}
	if s == "" {
		return x.Name
	}
	return s
}
