package report

import (
	"errors"
	"fmt"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/insurance"
)

// County is everything a county logistics office holds for one school year:
// the input of [Build], in the JSON shape a host may store it in. Each part is the JSON of the
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

// Validate checks what the packages do not: the county's own structure.
// The packages check their parts when [Build] runs them, and their errors
// are named by the record they came from.
func (c *County) Validate() error {
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
