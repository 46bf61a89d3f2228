package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/insurance"
)

// County is everything a county logistics office holds for one school year:
// the data shape of county.json and of -data. Each part is the JSON of the
// package that checks it, so that a host can see, and try, what each
// package reads.
type County struct {
	// Name is the county's name: 清河县.
	Name string `json:"name"`
	// NameHant and NameEn are its name in Traditional Chinese and English:
	// 清河縣, Qinghe County.
	NameHant string `json:"name_hant,omitempty"`
	NameEn   string `json:"name_en,omitempty"`
	// SchoolYear is the year the school year begins: 2025 for 2025–2026学年.
	SchoolYear int `json:"school_year"`
	// AsOf is the day of the report; every deadline is judged on it.
	AsOf houqin.Date `json:"as_of"`
	// ClaimsAsOf is the day of the insurance sentence the county reports
	// mid-year (监利县学校后勤管理工作会议讲话（上半年工作总结）: by the end of
	// May).
	ClaimsAsOf houqin.Date `json:"claims_as_of"`
	// Notes are for the reader of the data: what the county is and what
	// it shows. The report does not read them.
	Notes []string `json:"notes,omitempty"`
	// Rounds are the year's assessment rounds in order: a finding dated
	// after one round and on or before the next counts in the next.
	Rounds []Round `json:"rounds"`
	// Assessment is the county's assessment policy (round weights, bottom
	// places, rectification days).
	Assessment assessment.Policy `json:"assessment"`
	// Rubric is the county's rubric; null means the library's sample rubric.
	Rubric *assessment.Rubric `json:"rubric,omitempty"`
	// FeeCatalog is the approved list of charges for the county.
	FeeCatalog fees.Catalog `json:"fee_catalog"`
	// Suppliers is the county's list of designated suppliers and prices of
	// staples (定点采购名录).
	Suppliers []canteen.Listing `json:"suppliers"`
	// Schools are the county's schools.
	Schools []School `json:"schools"`
	// Claims are the insurance claims of the county's schools in the year.
	Claims []insurance.Claim `json:"claims"`
}

// Round is one assessment round: 开学检查 or 期中检查.
type Round struct {
	ID   string      `json:"id"`
	Name string      `json:"name"`
	On   houqin.Date `json:"on"`
}

// School is one school's records.
type School struct {
	ID string `json:"id"`
	// Name is the school's name in Simplified Chinese; NameHant and NameEn
	// in Traditional Chinese and English, where the report is read in them
	// (empty falls back to Name).
	Name     string     `json:"name"`
	NameHant string     `json:"name_hant,omitempty"`
	NameEn   string     `json:"name_en,omitempty"`
	Stage    fees.Stage `json:"stage"`
	Rural    bool       `json:"rural,omitempty"`
	Pupils   int        `json:"pupils"`
	// Canteen is the school canteen's books; a school without a canteen
	// leaves it empty.
	Canteen Canteen `json:"canteen"`
	// Fees are the school's filings, one per term.
	Fees []fees.Filing `json:"fees"`
	// Insurance is the school's cover.
	Insurance Cover `json:"insurance"`
	// Inspections are the inspectors' records, one per round in the order
	// of County.Rounds; the report adds the school's findings to them.
	Inspections []assessment.Inspection `json:"inspections"`
}

// Canteen is a canteen's books for the year.
type Canteen struct {
	// Statements are the monthly statements, of consecutive months: the
	// report checks them as a chain (canteen.Checker.Chain), each
	// account's closing balance carried into the next month's opening. A
	// canteen that keeps pupils' and staff meals apart (分账核算) gives each
	// statement's accounts.
	Statements []canteen.Statement `json:"statements"`
	Purchases  []Purchase          `json:"purchases,omitempty"`
	Rosters    []canteen.Roster    `json:"rosters,omitempty"`
	// Records are the canteen's food-safety records (canteen.Records), each
	// for a period such as the week before an inspection: the meals served
	// with their dishes, the sample log (留样), the log of accompanied meals
	// (陪餐) and, where the canteen keeps it, the morning checks (晨检).
	Records []canteen.Records `json:"records,omitempty"`
	// Subsidy is the school's dedicated account of the nutrition
	// programme's subsidy (营养改善计划膳食补助专账), one
	// canteen.SubsidyAccount a period, usually a month, whose school is
	// the school's id; judged on County.AsOf.
	Subsidy []canteen.SubsidyAccount `json:"subsidy,omitempty"`
	// Duties are the roles in the keeping of the canteen's accounts
	// (canteen.Duty: a person and a role, 出纳, 会计, 稽核, 档案保管), one
	// line a person and role, as they stand for the school year.
	Duties []canteen.Duty `json:"duties,omitempty"`
}

// Purchase is a canteen's purchase with the day it was made.
type Purchase struct {
	On houqin.Date `json:"on"`
	canteen.Purchase
}

// Cover is a school's insurance records.
type Cover struct {
	Enrollments []insurance.Enrollment `json:"enrollments"`
	Premiums    []insurance.Premium    `json:"premiums,omitempty"`
	BusCovers   []insurance.BusCover   `json:"bus_covers,omitempty"`
	BusRuns     []insurance.BusRun     `json:"bus_runs,omitempty"`
}

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
				more := c.validate()
				if more == nil {
					_, more = build(&c)
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
	return c, c.validate()
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

// validate checks what the packages do not: the county's own structure.
// The packages check their parts when the report runs them, and their
// errors are named by the record they came from.
func (c *County) validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, houqin.Invalid(field, fmt.Sprintf(format, args...)))
	}
	if c.Name == "" {
		bad("name", "missing")
	}
	if err := c.AsOf.Validate(); err != nil {
		errs = append(errs, houqin.WithField("as_of", err))
	}
	if err := c.ClaimsAsOf.Validate(); err != nil {
		errs = append(errs, houqin.WithField("claims_as_of", err))
	} else if c.ClaimsAsOf.After(c.AsOf) {
		bad("claims_as_of", "after as_of %s", c.AsOf)
	}
	if len(c.Rounds) == 0 {
		bad("rounds", "no assessment rounds")
	}
	for i, r := range c.Rounds {
		f := fmt.Sprintf("rounds[%d]", i)
		if r.ID == "" {
			bad(f+".id", "missing")
		}
		if err := r.On.Validate(); err != nil {
			errs = append(errs, houqin.WithField(f+".on", err))
		} else if i > 0 && !c.Rounds[i-1].On.Before(r.On) {
			bad(f+".on", "%s is not after the round before it", r.On)
		}
	}
	if len(c.Schools) == 0 {
		bad("schools", "no schools")
	}
	seen := map[string]int{}
	for i, s := range c.Schools {
		f := fmt.Sprintf("schools[%d]", i)
		if s.ID == "" {
			bad(f+".id", "missing")
		} else if j, dup := seen[s.ID]; dup {
			bad(f+".id", "%q is also schools[%d]", s.ID, j)
		}
		seen[s.ID] = i
		if s.Name == "" {
			bad(f+".name", "missing")
		}
		for k, a := range s.Canteen.Subsidy {
			if a.School != s.ID {
				bad(fmt.Sprintf("%s.canteen.subsidy[%d].school", f, k), "%q is not the school's id %q", a.School, s.ID)
			}
		}
		if len(s.Inspections) != len(c.Rounds) {
			bad(f+".inspections", "%d inspections for %d rounds", len(s.Inspections), len(c.Rounds))
		}
	}
	for i, cl := range c.Claims {
		if _, ok := seen[cl.School]; !ok && len(c.Schools) > 0 {
			bad(fmt.Sprintf("claims[%d].school", i), "unknown school %q", cl.School)
		}
	}
	return errors.Join(errs...)
}
