package report_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/report"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Build checks a county read from its JSON: here one school that insured
// 99,999 of its 100,000 pupils. The circular is in English, every
// percentage at the decimals that tell 99.999% from the 100% required. Of
// what the county does not have (canteen statements, charges, refunds,
// claims) the summary says nothing.
func ExampleBuild() {
	const data = `{
	  "name": "清河县", "name_en": "Qinghe County", "school_year": 2025,
	  "as_of": "2026-08-31", "claims_as_of": "2026-05-31",
	  "rounds": [{"id": "r1", "name": "秋季开学检查", "on": "2025-10-20"}],
	  "assessment": {"weights": ["1"], "rounding": "half_up", "bottom": 0, "rectify_days": 30},
	  "fee_catalog": {"items": []},
	  "suppliers": [],
	  "schools": [{
	    "id": "S1", "name": "城关小学", "name_en": "Chengguan Primary School", "stage": "primary", "pupils": 100,
	    "canteen": {"statements": []},
	    "fees": [],
	    "insurance": {"enrollments": [{"school": "S1", "kind": "school_liability", "enrolled": 100000, "insured": 99999}]},
	    "inspections": [{"observations": [{"item": "canteen.accompany", "ratio": "1"}, {"item": "accounts.statements", "ratio": "1"},
	      {"item": "dorm.tidiness", "ratio": "1"}, {"item": "green.upkeep", "ratio": "1"}, {"item": "assets.ledger", "ratio": "1"}]}]
	  }],
	  "claims": []
	}`
	var c report.County
	if err := json.Unmarshal([]byte(data), &c); err != nil {
		fmt.Println(err)
		return
	}
	r, err := report.Build(&c)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Summary.Statements, r.Summary.StatementsBreaching, r.PercentPlaces)
	fmt.Print(r.Text(language.English))
	// Output:
	// 0 0 3
	// Qinghe County: school logistics report, school year 2025–2026
	// (as of 31 August 2026)
	//
	// 1. Summary
	// The county has 1 school. 1 violation found.
	// Assessment: 1 Excellent.
	//
	// 2. Findings by school
	// Chengguan Primary School:
	//   [Violation] Chengguan Primary School, school liability insurance: insured rate 99.999%, below the required 100.000%; 1 of 100,000 pupils uninsured (99,999 insured)
	//
	// 3. Term-end refund notices
	// No refunds or top-ups at the term-end settlements.
	//
	// 4. Insurance
	// As of 31 August, no claims.
	// Coverage of school liability insurance: 99.999% county-wide (99,999 of 100,000 insured).
	//
	// 5. Assessment ranking
	// 1. Chengguan Primary School 96.00 points, Excellent
	// No school must rectify.
}

// A host that keeps its own results assembles a circular from them: one
// school's October canteen statement and its autumn term's charges,
// checked by calling the canteen and fees packages directly, each finding
// labelled for a reader and dated. Summarize counts the summary from
// them; the parts the host leaves out (insurance, ranking) are said to be
// absent, once.
func ExampleReport_Summarize() {
	chk, err := canteen.New(canteen.DefaultPolicy())
	if err != nil {
		fmt.Println(err)
		return
	}
	oct := houqin.MonthPeriod(2025, time.October)
	month, err := chk.Check(canteen.Statement{Canteen: "C1", Period: oct,
		Revenue: decimal.NewNullDecimal(decimal.NewFromInt(40000)),
		Lines:   []canteen.Line{{Category: canteen.Food, Amount: decimal.NewFromInt(37000), Voucher: "V1", Approver: "王"}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	auditor, err := fees.New(fees.DefaultPolicy(), fees.Catalog{})
	if err != nil {
		fmt.Println(err)
		return
	}
	autumn := houqin.Term{Year: 2025, Semester: houqin.Autumn}
	audit, err := auditor.Audit(fees.Filing{Stage: fees.Primary, Term: autumn, AsOf: houqin.Date{Year: 2026, Month: 8, Day: 31},
		Charges: []fees.Charge{{ID: "F1", Name: "课后补课费", Amount: decimal.NewFromInt(200), Pupils: 150,
			Published: houqin.Date{Year: 2025, Month: 8, Day: 28}, Collected: houqin.Date{Year: 2025, Month: 9, Day: 3},
			Consents: 150, Handler: fees.HandlerSchool}}})
	if err != nil {
		fmt.Println(err)
		return
	}

	school := report.SchoolReport{ID: "S1", Name: report.Name{Hans: "城关小学", En: "Chengguan Primary School"},
		Fees: []report.FeeTerm{{Term: autumn, Charges: 1, Result: audit}}}
	school.Canteen.Months = []canteen.Result{month}
	for _, f := range month.Findings {
		school.Findings = append(school.Findings, report.Dated{Finding: f, Source: "canteen", On: oct.To, Month: oct,
			Label: report.Name{Hans: "城关小学食堂2025年10月", En: "Chengguan Primary School canteen, October 2025"}})
	}
	for _, f := range audit.Findings {
		school.Findings = append(school.Findings, report.Dated{Finding: f, Source: "fees", On: houqin.Date{Year: 2025, Month: 9, Day: 3},
			Label: report.Name{Hans: "课后补课费（秋季学期）", En: "after-school tutoring (autumn term)"}})
	}
	r := report.Report{County: report.Name{Hans: "清河县", En: "Qinghe County"}, SchoolYear: 2025,
		AsOf: houqin.Date{Year: 2026, Month: 8, Day: 31}, Schools: []report.SchoolReport{school}}
	r.Summarize()
	fmt.Print(r.Text(language.English))
	// Output:
	// Qinghe County: school logistics report, school year 2025–2026
	// (as of 31 August 2026)
	//
	// 1. Summary
	// The county has 1 school. 1 canteen statement checked, 1 with violations; 1 fee charge audited, 1 in breach. 2 violations found.
	//
	// 2. Findings by school
	// Chengguan Primary School:
	//   [Violation] Chengguan Primary School canteen, October 2025: revenue CN¥40,000.00, spending CN¥37,000.00, surplus CN¥3,000.00 (7.50% of revenue) exceeds the 5.00% ceiling by CN¥1,000.00, which belongs back in pupils' meals
	//   [Violation] after-school tutoring (autumn term): the item is not in the approved catalog, an unauthorised charge (CN¥200.00 per pupil, 150 pupils)
	//
	// 3. Term-end refund notices
	// No refunds or top-ups at the term-end settlements.
	//
	// 4. Insurance
	// No insurance figures are given.
	//
	// 5. Assessment ranking
	// No ranking is given.
}
