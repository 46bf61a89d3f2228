package fees

import (
	"encoding/json"
	"errors"
	"strconv"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
)

// Catalog is the approved list of charges (收费目录) for a region and its
// school stages: what a school may charge, at no more than what, for whom.
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
	// Basis is the legal basis, the approving document's number:
	// 鄂价费规〔2012〕114号.
	Basis string `json:"basis,omitempty"`
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
}

// Validate reports every problem of c at once (errors.Join), each an
// *houqin.InputError naming its field: "items[3].standard".
func (c Catalog) Validate() error {
	var errs []error
	seen := make(map[string]int, len(c.Items))
	for i := range c.Items {
		field := "items[" + strconv.Itoa(i) + "]"
		if err := c.Items[i].Validate(); err != nil {
			errs = append(errs, houqin.WithField(field, err))
		}
		code := c.Items[i].Code
		if j, dup := seen[code]; dup && code != "" {
			errs = append(errs, houqin.Invalid(field+".code", "duplicate code "+strconv.Quote(clip(code, 40))+" (also items["+strconv.Itoa(j)+"])"))
		} else {
			seen[code] = i
		}
	}
	return errors.Join(errs...)
}

// maxGrade is the last grade of schooling.
const maxGrade = 12

// Validate reports every problem of it at once, each an *houqin.InputError
// naming its field: "standard", "grades[2]".
func (it Item) Validate() error {
	var errs []error
	if it.Code == "" || len(it.Code) > 128 {
		errs = append(errs, houqin.Invalid("code", "must be 1 to 128 bytes"))
	}
	if err := kindText.validate(uint8(it.Kind)); err != nil {
		errs = append(errs, houqin.WithField("kind", err))
	}
	if err := unitText.validate(uint8(it.Unit)); err != nil {
		errs = append(errs, houqin.WithField("unit", err))
	}
	if it.Category != "" {
		if err := it.Category.Validate(); err != nil {
			errs = append(errs, houqin.WithField("category", err))
		}
	}
	if f, err := houqin.FenOf("standard", it.Standard); err != nil {
		errs = append(errs, err)
	} else if f < 0 {
		errs = append(errs, houqin.Invalid("standard", "negative"))
	}
	for i, s := range it.Stages {
		if err := stageText.validate(uint8(s)); err != nil {
			errs = append(errs, houqin.WithField("stages["+strconv.Itoa(i)+"]", err))
		}
	}
	for i, g := range it.Grades {
		if g < 1 || g > maxGrade {
			errs = append(errs, houqin.Invalid("grades["+strconv.Itoa(i)+"]", "grade "+strconv.Itoa(g)+" out of range [1, 12]"))
		}
	}
	if it.Shortfall != 0 && !shortfallText.valid(uint8(it.Shortfall)) {
		errs = append(errs, houqin.Invalid("shortfall", "unknown shortfall "+it.Shortfall.String()))
	}
	return errors.Join(errs...)
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
	var errs []error
	for i, r := range raw.Items {
		if err := houqin.DecodeJSON(r, &c.Items[i]); err != nil {
			errs = append(errs, houqin.WithField("items["+strconv.Itoa(i)+"]", err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return Catalog{}, err
	}
	if err := c.Validate(); err != nil {
		return Catalog{}, err
	}
	return c, nil
}
