package fees

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
)

// Catalog is the approved list of charges (收费目录) for a region and its
// school stages: what a school may charge, at no more than what, for whom,
// and on which approving document (every item names its [Item.Basis]).
// It is data a host loads from its own storage ([ParseCatalog] reads JSON);
// [New] validates it once.
type Catalog struct {
	// Region names the region and year the catalog is approved for, for the
	// host's reference: "湖北省 2024".
	Region string `json:"region,omitempty"`
	// Items are the approved items; their codes are unique.
	Items []Item `json:"items"`
}

// Item is one approved charge of the catalog: a line of the fee board
// (收费公示栏: kind, item, unit, standard, legal basis).
type Item struct {
	// Code identifies the item; a [Charge] names it in Charge.Item.
	// Required, at most 128 bytes.
	Code string `json:"code"`
	// Name is the item's name on the fee board: 作业本费, 学生装.
	Name string `json:"name"`
	// Kind is one-fee item, service fee or agency fee. Required.
	Kind Kind `json:"kind"`
	// Category says what the item is for (see [Category]); empty when the
	// catalog does not say. The policy's lists of categories apply to it.
	Category Category `json:"category,omitempty"`
	// Unit is what Standard is per. Required.
	Unit Unit `json:"unit"`
	// Standard is the approved maximum per pupil per unit, in yuan, at most
	// two decimals, not negative.
	Standard decimal.Decimal `json:"standard"`
	// Basis is the legal basis (收费依据): the number of the document that
	// approved the item and its standard, 鄂价费规〔2012〕114号, as the fee
	// board shows it (关于规范中小学服务性收费和代收费管理有关问题的通知: the
	// fee board shows kind, item, unit, standard and legal basis). Required,
	// at most 128 bytes, not blank: [Catalog.Validate] refuses an item
	// without it.
	//
	// An item without a basis is refused as bad input rather than reported
	// as a finding because the catalog is the region's approved list, not a
	// school's act: an entry that names no approving document is not an
	// approved item, and accepting it would let every charge under it pass
	// the rules as approved. The gap is the catalog keeper's to close, once,
	// when [New] loads the catalog ("catalog.items[3].basis: missing"), not
	// a school's to answer for in every term's findings; a charge whose item
	// is missing from the catalog is reported, as ever, by [CodeNotInCatalog].
	Basis string `json:"basis"`
	// Voluntary says pupils pay only by choice (自愿): a voluntary item may
	// not be presented as compulsory or tied to enrolment, and needs each
	// family's recorded consent. Service fees are voluntary whatever this
	// says when [Policy.ServiceFeesVoluntary] holds.
	Voluntary bool `json:"voluntary"`
	// Stages are the stages the item is approved for; empty means every
	// stage.
	Stages []Stage `json:"stages,omitempty"`
	// Grades are the grades the item is approved for, numbered through the
	// twelve years of schooling: 1–6 primary, 7–9 junior secondary (七年级
	// is 初一), 10–12 senior secondary; empty means every grade. Uniforms
	// for grades 1, 3, 4 of primary and 1, 3 of junior secondary
	// (2023年学校后勤管理工作计划) are [1 3 4 7 9].
	Grades []int `json:"grades,omitempty"`
	// Shortfall is whether a shortfall at settlement is collected (多退少补)
	// or borne by the school (多退少不补); the zero value leaves it to the
	// policy: agency items follow [Policy.AgencyTopUp], every other kind is
	// borne.
	Shortfall Shortfall `json:"shortfall,omitempty"`
	// LeavingRefundBy is how the part a pupil who leaves did not use is
	// counted for this item ([Granularity]); the zero value leaves it to
	// [Policy.LeavingRefundBy].
	LeavingRefundBy Granularity `json:"leaving_refund_by,omitempty"`
}

// Validate reports every problem of c at once (errors.Join), each an
// *houqin.InputError naming its field: "items[3].standard".
func (c Catalog) Validate() error {
	var p problem.List
	seen := make(map[string]int, len(c.Items))
	for i := range c.Items {
		at := field.Index("items", i)
		p.Add(houqin.WithField(at, c.Items[i].Validate()))
		code := c.Items[i].Code
		if j, dup := seen[code]; dup && code != "" {
			p.Add(houqin.Invalid(at+".code", "duplicate code "+clip.Quote(code, 40)+" (also "+field.Index("items", j)+")"))
		} else {
			seen[code] = i
		}
	}
	return p.Err()
}

// maxGrade is the last grade of schooling.
const maxGrade = 12

// maxBasisLen bounds an item's legal basis: a document number, or a few.
const maxBasisLen = 128

// Validate reports every problem of it at once, each an *houqin.InputError
// naming its field: "standard", "grades[2]".
func (it Item) Validate() error {
	var p problem.List
	if it.Code == "" || len(it.Code) > 128 {
		p.Add(houqin.Invalid("code", "must be 1 to 128 bytes"))
	}
	p.Add(invalid("kind", kindCodec.Validate(uint8(it.Kind))))
	p.Add(invalid("unit", unitCodec.Validate(uint8(it.Unit))))
	switch {
	case strings.TrimSpace(it.Basis) == "":
		p.Add(houqin.Invalid("basis", "missing: the approving document's number (收费依据)"))
	case len(it.Basis) > maxBasisLen:
		p.Add(houqin.Invalid("basis", "longer than 128 bytes"))
	}
	if it.Category != "" {
		p.Add(houqin.WithField("category", it.Category.Validate()))
	}
	_, err := amountOf("standard", it.Standard)
	p.Add(err)
	for i, s := range it.Stages {
		p.Add(invalid(field.Index("stages", i), stageCodec.Validate(uint8(s))))
	}
	checkGrades(&p, it.Grades)
	if it.Shortfall != 0 {
		p.Add(invalid("shortfall", shortfallCodec.Validate(uint8(it.Shortfall))))
	}
	if it.LeavingRefundBy != 0 {
		p.Add(invalid("leaving_refund_by", granularityCodec.Validate(uint8(it.LeavingRefundBy))))
	}
	return p.Err()
}

// checkGrades adds a problem for each grade outside [1, maxGrade].
func checkGrades(p *problem.List, grades []int) {
	for i, g := range grades {
		if g < 1 || g > maxGrade {
			p.Add(houqin.Invalid(field.Index("grades", i), "grade "+strconv.Itoa(g)+" out of range [1, 12]"))
		}
	}
}

// ParseCatalog reads a catalog from JSON and validates it. Amounts are JSON
// strings or numbers in yuan ("80.00"); kinds, units, stages and shortfall
// rules are their names. Unknown fields are refused, so that a misspelt key
// does not pass silently. Every problem is an *houqin.InputError naming the
// field, "items[3].kind", joined with errors.Join.
func ParseCatalog(data []byte) (Catalog, error) {
	var raw struct {
		Region string            `json:"region"`
		Items  []json.RawMessage `json:"items"`
	}
	if err := houqin.DecodeJSON(data, &raw); err != nil {
		return Catalog{}, err
	}
	c := Catalog{Region: raw.Region, Items: make([]Item, len(raw.Items))}
	var p problem.List
	for i, r := range raw.Items {
		p.Add(houqin.WithField(field.Index("items", i), houqin.DecodeJSON(r, &c.Items[i])))
	}
	if err := p.Err(); err != nil {
		return Catalog{}, err
	}
	if err := c.Validate(); err != nil {
		return Catalog{}, err
	}
	return c, nil
}
