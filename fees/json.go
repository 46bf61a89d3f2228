package fees

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
)

// maxJSON bounds the JSON text ParsePolicy and ParseCatalog read: 16 MiB,
// far more than any region's catalog.
const maxJSON = 16 << 20

// decodeStrict decodes one JSON value into v, refusing unknown fields and
// trailing data, and returns every error as an *houqin.InputError.
func decodeStrict(data []byte, v any) error {
	if len(data) > maxJSON {
		return houqin.Invalid("", "JSON text longer than 16 MiB")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(err)
	}
	var extra json.RawMessage
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return houqin.Invalid("", "trailing data after the JSON value")
	}
	return nil
}

// jsonError turns an error of encoding/json, or of a value's own decoder,
// into an *houqin.InputError.
func jsonError(err error) error {
	var ie *houqin.InputError
	if errors.As(err, &ie) {
		return ie
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return houqin.Invalid(te.Field, "want "+te.Type.String()+", got JSON "+te.Value)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return houqin.Invalid("", "JSON syntax error at byte "+strconv.FormatInt(se.Offset, 10)+": "+se.Error())
	}
	// encoding/json reports a field DisallowUnknownFields refuses only in
	// its message: `json: unknown field "name"`.
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		if n, err := strconv.Unquote(name); err == nil {
			return houqin.Invalid(clip(n, 64), "unknown field")
		}
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return houqin.Invalid("", "JSON text is empty or cut short")
	}
	return houqin.Invalid("", clip(err.Error(), 200))
}
