package report_test

import (
	"encoding/json"
	"fmt"

	"github.com/houqin-go/houqin/report"
	"golang.org/x/text/language"
)

// A county of one school that insured 99,999 of its 100,000 pupils: the
// circular in English, every percentage at the decimals that tell 99.999%
// from the 100% required.
func Example() {
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
	// The county has 1 school. 0 canteen statements checked, 0 with violations; 0 fee charges audited, 0 in breach; CN¥0.00 (零元整) owed back to pupils at the term-end settlements, 0 refunds; 0 insurance claims reported in the year. 1 violation and 0 warnings found.
	// Assessment: 1 Excellent, 0 Good, 0 Pass, 0 Fail.
	//
	// 2. Findings by school
	// Chengguan Primary School:
	//   [Violation] Chengguan Primary School, school liability insurance: insured rate 99.999%, below the required 100.000%; 1 of 100,000 pupils uninsured (99,999 insured)
	//
	// 3. Term-end refund notices
	//
	// 4. Insurance
	// As of 31 May, no claims.
	// As of 31 August, no claims.
	// Coverage of school liability insurance: 99.999% county-wide (99,999 of 100,000 insured).
	//
	// 5. Assessment ranking
	// 1. Chengguan Primary School 96.00 points, Excellent
	// No school must rectify.
}
