package houqin

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin/internal/clip"
)

// maxJSON bounds the JSON text DecodeJSON reads: 16 MiB, far more than any
// region's policy, catalog or rubric.
const maxJSON = 16 << 20

// DecodeJSON decodes the single JSON value in data into v, strictly, as the
// rule packages read a policy, a catalog or a rubric from a host's storage:
// a field v does not have is refused (a typo must not silently drop a
// rule), and so is anything after the value, text longer than 16 MiB,
// and empty text. Every error is an *InputError that matches
// [ErrInvalidInput]: its Field is the field encoding/json names (the JSON
// path of a value of the wrong type, the name of an unknown field), and an
// error from a value's own decoder (an amount, a date, an enum) is returned
// as it is.
func DecodeJSON(data []byte, v any) error {
	if len(data) > maxJSON {
		return Invalid("", "JSON text longer than 16 MiB")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return Invalid("", "trailing data after the JSON value")
	}
	return nil
}

// jsonError turns an error of encoding/json, or of a value's own decoder,
// into an *InputError.
func jsonError(err error) error {
	var ie *InputError
	if errors.As(err, &ie) {
		return ie
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return Invalid(te.Field, "want "+te.Type.String()+", got JSON "+te.Value)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return Invalid("", "JSON syntax error at byte "+strconv.FormatInt(se.Offset, 10)+": "+se.Error())
	}
	// encoding/json names a field DisallowUnknownFields refuses only in its
	// message: `json: unknown field "name"`.
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		if n, err := strconv.Unquote(name); err == nil {
			return Invalid(clip.String(n, 64), "unknown field")
		}
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return Invalid("", "JSON text is empty or cut short")
	}
	return Invalid("", clip.String(err.Error(), 200))
}
