package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/report"
)

// County is the county's data, the shape of county.json and of -data:
// report.County.
type County = report.County

// bom is the byte-order mark Windows Notepad writes at the start of a
// UTF-8 file: the county file may begin with it.
var bom = []byte("\xef\xbb\xbf")

// maxData bounds the data file: far more than a county's year.
const maxData = 256 << 20

// readCounty reads a county's JSON from r, as much as parseCounty takes.
func readCounty(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxData+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxData {
		return nil, houqin.Invalid("", "data longer than 256 MiB")
	}
	return data, nil
}

// parseCounty decodes a county from JSON, the built-in county.json and a
// -data file alike: strictly, refusing unknown fields, each value by its
// package's own decoder (dates, amounts, kinds and stages as the library
// reads them); it names the record and the field of the first problem,
// and checks the county's own structure ([County.validate]).
func parseCounty(data []byte) (County, error) {
	data = bytes.TrimPrefix(data, bom)
	dec, c, err := decodeCounty(data)
	if err != nil {
		// The decoder stops at a bad value: read on past each one, set to
		// null, to list the file's other problems with it.
		// When every bad value is read past, the county is checked too,
		// and its problems listed with them (a value set to null is not
		// reported twice).
		errs := []error{err}
		seen := map[string]bool{}
		for tries, fixed := 0, data; tries < maxListed*5; tries++ {
			field := houqin.InputErrors(err)[0].Field
			seen[field] = true
			start, end := spanOf(fixed, field)
			if start < 0 || end < 0 {
				break
			}
			fixed = append(append(append([]byte(nil), fixed[:start]...), "null"...), fixed[end:]...)
			_, c, err = decodeCounty(fixed)
			if err == nil {
				more := c.Validate()
				if more == nil {
					_, more = report.Build(&c)
				}
				for _, e := range houqin.InputErrors(more) {
					if !seen[e.Field] {
						errs = append(errs, e)
					}
				}
				break
			}
			if seen[houqin.InputErrors(err)[0].Field] {
				break
			}
			errs = append(errs, err)
		}
		return County{}, errors.Join(errs...)
	}
	if dec.More() {
		return County{}, houqin.Invalid("", "trailing data after the county")
	}
	return c, c.Validate()
}

// decodeCounty decodes one county from data.
func decodeCounty(data []byte) (*json.Decoder, County, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c County
	if err := dec.Decode(&c); err != nil {
		return nil, County{}, jsonError(data, err)
	}
	return dec, c, nil
}

// jsonError names where in the data a decoding error happened: the path of
// the value in the county ("schools[3].fees[0].charges[2].published") and
// its line.
func jsonError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return houqin.Invalid(pathAt(data, se.Offset), "line "+strconv.Itoa(lineAt(data, se.Offset))+": JSON syntax error: "+se.Error())
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return houqin.Invalid(pathAt(data, te.Offset), "line "+strconv.Itoa(lineAt(data, te.Offset))+": want "+jsonKind(te.Type)+", got JSON "+te.Value)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return houqin.Invalid("", "line "+strconv.Itoa(lineAt(data, int64(len(data))))+": the JSON ends too soon")
	}
	// A value's own decoder (a date, an amount, an enum) and an unknown
	// field say what was wrong but not where: find the text they name.
	reason := err.Error()
	var ie *houqin.InputError
	if errors.As(err, &ie) {
		reason = ie.Reason
	}
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		if at := bytes.Index(data, []byte(name+":")); at >= 0 {
			return houqin.Invalid(pathAt(data, int64(at+1)), "unknown field "+name)
		}
		return houqin.Invalid("", "unknown field "+name)
	}
	if _, rest, ok := strings.Cut(reason, "can't convert "); ok { // shopspring/decimal's refusal
		if v, _, ok := strings.Cut(rest, " "); ok {
			if at := bytes.Index(data, []byte(v)); at >= 0 {
				return houqin.Invalid(pathAt(data, int64(at+1)), "line "+strconv.Itoa(lineAt(data, int64(at)))+": "+reason)
			}
		}
	}
	for _, quoted := range quotedIn(reason) {
		if at := bytes.Index(data, []byte(quoted)); at >= 0 {
			return houqin.Invalid(pathAt(data, int64(at+1)), reason)
		}
	}
	return houqin.Invalid("", reason)
}

// quotedIn returns the quoted strings in s, quotes included, and the first
// word that looks like a value ("2025-02-30 does not exist").
func quotedIn(s string) []string {
	var out []string
	for rest := s; ; {
		i := strings.IndexByte(rest, '"')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i+1:], '"')
		if j < 0 {
			break
		}
		out = append(out, rest[i:i+j+2])
		rest = rest[i+j+2:]
	}
	if w, _, ok := strings.Cut(s, " "); ok && w != "" {
		out = append(out, `"`+w+`"`)
	}
	return out
}

// lineAt returns the line of byte offset in data.
func lineAt(data []byte, offset int64) int {
	return 1 + bytes.Count(data[:min(int(offset), len(data))], []byte("\n"))
}

// pathAt walks the tokens of data up to offset and returns the path of the
// value being read there.
func pathAt(data []byte, offset int64) string {
	type frame struct {
		array bool
		index int
		key   string
	}
	var stack []frame
	dec := json.NewDecoder(bytes.NewReader(data))
	path := func() string {
		var b strings.Builder
		for _, f := range stack {
			if f.array {
				b.WriteString("[" + strconv.Itoa(f.index) + "]")
			} else if f.key != "" {
				if b.Len() > 0 {
					b.WriteByte('.')
				}
				b.WriteString(f.key)
			}
		}
		return b.String()
	}
	expectKey := false
	for {
		before := path()
		tok, err := dec.Token()
		if err != nil {
			return before
		}
		top := len(stack) - 1
		if key, ok := tok.(string); ok && expectKey && top >= 0 && !stack[top].array {
			stack[top].key = key
			expectKey = false
			if dec.InputOffset() >= offset {
				return path()
			}
			continue
		}
		if dec.InputOffset() >= offset {
			return before
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				stack = append(stack, frame{array: t == '['})
				expectKey = t == '{'
				continue
			default:
				stack = stack[:top]
				top--
			}
		}
		// a value ended: the next key or element follows
		if top >= 0 {
			if stack[top].array {
				stack[top].index++
			} else {
				expectKey = true
			}
		}
	}
}
