package assessment_test

import (
	"errors"
	"fmt"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// A bureau writes its rubric in JSON.
func ExampleParseRubric() {
	r, err := assessment.ParseRubric([]byte(`{
	  "id": "county-2025",
	  "name": {"zh_hans": "学校后勤管理考核细则", "en": "School logistics rubric"},
	  "total": "100",
	  "sections": [
	    {"id": "canteen", "name": {"zh_hans": "食堂", "en": "Canteen"}, "items": [
	      {"id": "surplus", "name": {"zh_hans": "结余不超过营业收入的5%"}, "method": "deduction",
	       "points": "20", "deduct": "5", "findings": [{"code": "canteen.surplus_over_ceiling"}]},
	      {"id": "samples", "name": {"zh_hans": "留样"}, "method": "deduction", "points": "30", "deduct": "2"},
	      {"id": "poisoning", "name": {"zh_hans": "食物中毒事故"}, "method": "veto"}
	    ]},
	    {"id": "dorm", "name": {"zh_hans": "宿舍", "en": "Dormitories"}, "items": [
	      {"id": "tidy", "name": {"zh_hans": "寝室整洁"}, "method": "proportional", "points": "50"}
	    ]}
	  ]
	}`))
	fmt.Println(r.ID, r.Total, len(r.Sections), err)

	_, err = assessment.ParseRubric([]byte(`{"id": "x", "total": "100", "sections": [
	  {"id": "s", "name": {"zh_hans": "食堂"}, "items": [
	    {"id": "a", "name": {"zh_hans": "留样"}, "method": "deduction", "points": "90", "deduct": "0.125"}]}]}`))
	fmt.Println(errors.Is(err, houqin.ErrInvalidInput))
	fmt.Println(err)
	// Output:
	// county-2025 100 2 <nil>
	// true
	// invalid input: name.zh_hans: required
	// invalid input: sections[0].items[0].deduct: finer than a hundredth of a point: 0.125
	// invalid input: total: the sections' full marks add up to 90, not 100
}

// An inspection of the sample rubric: every proportional item must be
// observed, the other items only when there is something to record.
func ExampleAssessor_Score() {
	a, err := assessment.New(assessment.SampleRubric(), assessment.DefaultPolicy())
	if err != nil {
		panic(err)
	}
	ratio := func(s string) decimal.NullDecimal { return decimal.NewNullDecimal(decimal.RequireFromString(s)) }
	res, err := a.Score(assessment.Inspection{
		School: "县一中",
		Round:  "2025-autumn-start",
		Observations: []assessment.Observation{
			{Item: "canteen.samples", Occurrences: 1, Note: "10月9日午餐未留样"},
			{Item: "canteen.accompany", Ratio: ratio("1")},
			{Item: "accounts.statements", Ratio: ratio("1")},
			{Item: "dorm.tidiness", Ratio: ratio("0.9"), Note: "50间寝室45间达标"},
			{Item: "green.upkeep", Ratio: ratio("1")},
			{Item: "assets.ledger", Ratio: ratio("1")},
		},
		// A finding of the canteen package deducts from the item that lists its code.
		Findings: houqin.Findings{{Code: "canteen.surplus_over_ceiling", Severity: houqin.Violation, Subject: "一食堂"}},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Score, res.Grade)
	for _, s := range res.Sections {
		if s.Score != s.Max {
			fmt.Printf("%s %s/%s\n", s.Section, s.Score, s.Max)
		}
	}
	for _, e := range res.Trail {
		why := e.Note
		if e.From == assessment.FromFinding {
			why = string(e.Code) + " " + e.Subject
		}
		fmt.Printf("%s −%s (%s[%d] %s)\n", e.Item, e.Taken, e.From, e.Index, why)
	}
	// Output:
	// 92.6 excellent
	// canteen 33/40
	// canteen_hygiene 18/20
	// canteen_accounts 15/20
	// dormitory 14.6/15
	// canteen.samples −2 (observation[0] 10月9日午餐未留样)
	// accounts.surplus −5 (finding[0] canteen.surplus_over_ceiling 一食堂)
	// dorm.tidiness −0.4 (observation[3] 50间寝室45间达标)
}

// A host scoring a county's inspections one after another reuses one
// result's memory.
func ExampleAssessor_ScoreTo() {
	a, err := assessment.New(assessment.SampleRubric(), assessment.DefaultPolicy())
	if err != nil {
		panic(err)
	}
	ratio := func(s string) decimal.NullDecimal { return decimal.NewNullDecimal(decimal.RequireFromString(s)) }
	var res assessment.Result
	for i, tidy := range []string{"0.9", "0.5", "1"} {
		in := assessment.Inspection{School: fmt.Sprint("school-", i), Observations: []assessment.Observation{
			{Item: "canteen.accompany", Ratio: ratio("1")},
			{Item: "accounts.statements", Ratio: ratio("1")},
			{Item: "dorm.tidiness", Ratio: ratio(tidy)},
			{Item: "green.upkeep", Ratio: ratio("0.5")},
			{Item: "assets.ledger", Ratio: ratio("1")},
		}}
		if err := a.ScoreTo(&res, in); err != nil {
			panic(err)
		}
		fmt.Println(res.School, res.Score, res.Grade) // store what is needed before the next
	}
	// Output:
	// school-0 96.6 excellent
	// school-1 95 excellent
	// school-2 97 excellent
}

// A veto item fails the school whatever its score (一票否决).
func ExampleAssessor_Score_veto() {
	a, _ := assessment.New(assessment.SampleRubric(), assessment.DefaultPolicy())
	in := assessment.Inspection{School: "县一中"}
	for _, item := range []string{"canteen.accompany", "accounts.statements", "dorm.tidiness", "green.upkeep", "assets.ledger"} {
		in.Observations = append(in.Observations, assessment.Observation{Item: item, Ratio: decimal.NewNullDecimal(decimal.NewFromInt(1))})
	}
	in.Observations = append(in.Observations, assessment.Observation{Item: "veto.food_poisoning", Fail: true, Note: "11月3日学生食物中毒"})
	res, _ := a.Score(in)
	fmt.Println(res.Score, res.Grade, res.Fail, res.Vetoed)
	// Output:
	// 100 fail true [veto.food_poisoning]
}

// Deductions stop at the item's points: six missing samples at 2 points
// each would take 12, but the item has 4.
func ExampleAssessor_Score_capped() {
	a, _ := assessment.New(assessment.SampleRubric(), assessment.DefaultPolicy())
	in := assessment.Inspection{School: "县一中", Observations: []assessment.Observation{{Item: "canteen.samples", Occurrences: 6}}}
	for _, item := range []string{"canteen.accompany", "accounts.statements", "dorm.tidiness", "green.upkeep", "assets.ledger"} {
		in.Observations = append(in.Observations, assessment.Observation{Item: item, Ratio: decimal.NewNullDecimal(decimal.NewFromInt(1))})
	}
	res, _ := a.Score(in)
	e := res.Trail[0]
	fmt.Println(e.Item, e.Count, e.Points, e.Taken)
	fmt.Println(res.Items[2].Item, res.Items[2].Score, res.Score)
	// Output:
	// canteen.samples 6 12 4
	// canteen.samples 0 96
}

// Every problem of an inspection at once, each naming its field.
func ExampleAssessor_Score_error() {
	a, _ := assessment.New(assessment.SampleRubric(), assessment.DefaultPolicy())
	_, err := a.Score(assessment.Inspection{School: "县一中", Observations: []assessment.Observation{
		{Item: "canteen.samples", Occurrences: -1},
		{Item: "canteen.licence", Occurrences: 2},
		{Item: "library"},
	}})
	fmt.Println(errors.Is(err, houqin.ErrInvalidInput))
	fmt.Println(err)
	// Output:
	// true
	// invalid input: observations[0].occurrences: negative
	// invalid input: observations[1].occurrences: only deduction items count occurrences; "canteen.licence" is a checklist item
	// invalid input: observations[2].item: unknown item "library"
	// invalid input: observations: no observation of proportional item "canteen.accompany"
	// invalid input: observations: no observation of proportional item "accounts.statements"
	// invalid input: observations: no observation of proportional item "dorm.tidiness"
	// invalid input: observations: no observation of proportional item "green.upkeep"
	// invalid input: observations: no observation of proportional item "assets.ledger"
}

// Four rounds a year (四次考核定高低): 30/70 within each term, terms equal.
func ExampleAssessor_Combine() {
	pol := assessment.DefaultPolicy()
	pol.Weights = []decimal.Decimal{
		decimal.RequireFromString("0.15"), decimal.RequireFromString("0.35"), // autumn: start, middle
		decimal.RequireFromString("0.15"), decimal.RequireFromString("0.35"), // spring: start, middle
	}
	a, _ := assessment.New(assessment.SampleRubric(), pol)
	var rounds []assessment.Result
	for i, samples := range []int64{2, 0, 1, 0} { // dishes without a sample kept
		in := assessment.Inspection{School: "县一中", Round: fmt.Sprint("r", i+1),
			Observations: []assessment.Observation{{Item: "canteen.samples", Occurrences: samples}}}
		for _, item := range []string{"canteen.accompany", "accounts.statements", "dorm.tidiness", "green.upkeep", "assets.ledger"} {
			in.Observations = append(in.Observations, assessment.Observation{Item: item, Ratio: decimal.NewNullDecimal(decimal.RequireFromString("0.9"))})
		}
		res, _ := a.Score(in)
		rounds = append(rounds, res)
	}
	year, err := a.Combine(rounds)
	// 0.15×93.8 + 0.35×97.8 + 0.15×95.8 + 0.35×97.8 = 96.9
	fmt.Println(year.Score, year.Grade, err)
	for _, rs := range year.Rounds {
		fmt.Println(rs.Round, rs.Score, rs.Weight)
	}
	// Output:
	// 96.9 excellent <nil>
	// r1 93.8 0.15
	// r2 97.8 0.35
	// r3 95.8 0.15
	// r4 97.8 0.35
}

func ExampleAssessor_Rank() {
	a, _ := assessment.New(assessment.SampleRubric(), assessment.DefaultPolicy())
	ranking, err := a.Rank([]assessment.Standing{
		{School: "东街小学", Score: 8850},
		{School: "县一中", Score: 9200},
		{School: "城关中学", Score: 8850},
		{School: "河口小学", Score: 5900},
	})
	if err != nil {
		panic(err)
	}
	for _, pl := range ranking.Places {
		fmt.Println(pl.Rank, pl.School, pl.Score, pl.Grade, pl.Bottom)
	}
	for _, f := range ranking.Findings {
		fmt.Println(f.Message(language.SimplifiedChinese))
	}
	// Output:
	// 1 县一中 92 excellent false
	// 2 东街小学 88.5 good false
	// 2 城关中学 88.5 good false
	// 4 河口小学 59 fail true
	// 河口小学考核不合格（得分59），取消各种评先评优资格
	// 河口小学后勤管理考核不合格：得分59，低于合格线60分
	// 河口小学考核不合格（得分59），须作出整改承诺并限期整改
	// 河口小学在4所学校中排名第4，列末位（得分59）
}

func ExampleAssessor_Rectification() {
	a, _ := assessment.New(assessment.SampleRubric(), assessment.DefaultPolicy())
	n, err := a.Rectification("河口小学", houqin.Date{Year: 2025, Month: 12, Day: 15})
	fmt.Println(n.Issued, n.Deadline, err)
	_, err = a.Rectification("河口小学", houqin.Date{})
	fmt.Println(err)
	// Output:
	// 2025-12-15 2026-01-14 <nil>
	// invalid input: issued: missing
}

func ExampleAssessor_Rectifications() {
	a, _ := assessment.New(assessment.SampleRubric(), assessment.DefaultPolicy())
	ranking, _ := a.Rank([]assessment.Standing{{School: "县一中", Score: 9200}, {School: "河口小学", Score: 5900}})
	rects, _ := a.Rectifications(ranking, houqin.Date{Year: 2026, Month: 1, Day: 20})
	for _, n := range rects {
		fmt.Println(n.School, n.Deadline)
	}
	// Output:
	// 河口小学 2026-02-19
}

func ExampleReview() {
	rects := []assessment.Rectification{
		{School: "河口小学", Issued: houqin.Date{Year: 2025, Month: 10, Day: 1}, Deadline: houqin.Date{Year: 2025, Month: 10, Day: 31},
			Rechecks: []assessment.Recheck{{Date: houqin.Date{Year: 2025, Month: 10, Day: 20}, Passed: false}}},
		{School: "城关中学", Issued: houqin.Date{Year: 2025, Month: 10, Day: 1}, Deadline: houqin.Date{Year: 2025, Month: 10, Day: 31},
			Rechecks: []assessment.Recheck{{Date: houqin.Date{Year: 2025, Month: 10, Day: 25}, Passed: true}}},
	}
	findings, err := assessment.Review(rects, houqin.Date{Year: 2025, Month: 11, Day: 5})
	fmt.Println(err)
	for _, f := range findings {
		fmt.Println(f.Message(language.English))
	}
	_, err = assessment.Review(rects, houqin.Date{})
	fmt.Println(err)
	// Output:
	// <nil>
	// 河口小学 is 5 days past its rectification deadline of 31 October 2025 without a passing recheck
	// invalid input: as_of: missing
}

func ExampleRectification_Status() {
	n := assessment.Rectification{School: "河口小学", Issued: houqin.Date{Year: 2025, Month: 10, Day: 1}, Deadline: houqin.Date{Year: 2025, Month: 10, Day: 31},
		Rechecks: []assessment.Recheck{{Date: houqin.Date{Year: 2025, Month: 11, Day: 3}, Passed: true}}}
	for _, day := range []houqin.Date{houqin.Date{Year: 2025, Month: 10, Day: 31}, houqin.Date{Year: 2025, Month: 11, Day: 1}, houqin.Date{Year: 2025, Month: 11, Day: 3}} {
		s, _ := n.Status(day)
		fmt.Println(day, s, s.Label(language.SimplifiedChinese))
	}
	// Output:
	// 2025-10-31 open 整改中
	// 2025-11-01 overdue 逾期未整改
	// 2025-11-03 closed 已销号
}

func ExampleNew() {
	pol := assessment.DefaultPolicy()
	pol.Weights = []decimal.Decimal{decimal.RequireFromString("0.7"), decimal.RequireFromString("0.2")}
	_, err := assessment.New(assessment.SampleRubric(), pol)
	fmt.Println(err)
	// Output:
	// invalid input: policy.weights: sum to 0.9, not 1
}

func ExampleSampleRubric() {
	a, err := assessment.New(assessment.SampleRubric(), assessment.DefaultPolicy())
	fmt.Println(a.Rubric().Name.In(language.SimplifiedChinese), a.Rubric().Total, a.MaxScore(), a.PassMark(), err)
	for _, s := range a.Rubric().Sections {
		fmt.Println(s.Name.In(language.English), s.Points)
		for _, sub := range s.Sections {
			fmt.Println("  "+sub.Name.In(language.English), sub.Points)
		}
	}
	// Output:
	// 学校后勤管理考核评分表（示例） 100 103 60 <nil>
	// Canteen 40
	//   Canteen hygiene and food safety 20
	//   Canteen cost accounting 20
	// Dormitories 15
	// Greening and campus environment 10
	// Student consumption market and fees 20
	// Assets 7
	// Safety and insurance 8
	// Bonus 0
	// Veto items 0
}

func ExamplePointsOf() {
	p, err := assessment.PointsOf("deduct", decimal.RequireFromString("0.5"))
	fmt.Println(int64(p), p, err)
	_, err = assessment.PointsOf("deduct", decimal.RequireFromString("0.125"))
	fmt.Println(err)
	// Output:
	// 50 0.5 <nil>
	// invalid input: deduct: finer than a hundredth of a point: 0.125
}

func ExampleRubric_Validate() {
	r := assessment.SampleRubric()
	r.Total = decimal.NewFromInt(105)
	r.Sections[1].Items[0].Method = 0
	fmt.Println(r.Validate())
	// Output:
	// invalid input: sections[1].items[0].method: required: checklist, deduction, proportional, bonus, veto, threshold or judged
	// invalid input: total: the sections' full marks add up to 100, not 105
	// invalid input: grades: a rubric whose total is not 100 must declare its grade bands, or be ungraded
}

// A county writes only what differs from the default policy.
func ExampleParsePolicy() {
	pol, err := assessment.ParsePolicy([]byte(`{"weights": ["0.3", "0.7"], "bottom": 2}`))
	fmt.Println(pol.Weights, pol.Bottom, pol.RectifyDays, err)

	_, err = assessment.ParsePolicy([]byte(`{"weights": ["0.3", "0.6"], "botom": 2}`))
	fmt.Println(err)
	// Output:
	// [0.3 0.7] 2 30 <nil>
	// invalid input: botom: unknown field
}

func ExamplePolicy_Validate() {
	pol := assessment.Policy{Bottom: -1, RectifyDays: 15}
	fmt.Println(pol.Validate())
	// Output:
	// invalid input: bottom: negative
}

func ExampleCodes() {
	for _, c := range assessment.Codes() {
		fmt.Println(c)
	}
	// Output:
	// assessment.award_ineligible
	// assessment.bottom_place
	// assessment.failed
	// assessment.key_items_failed
	// assessment.principal_performance
	// assessment.recheck_failed
	// assessment.rectification_closed_late
	// assessment.rectification_due_today
	// assessment.rectification_open
	// assessment.rectification_overdue
	// assessment.rectification_required
	// assessment.vetoed
}

func ExampleSampleCodes() {
	codes := assessment.SampleCodes()
	fmt.Println(len(codes), codes[0], codes[len(codes)-1])
	// Output:
	// 59 canteen.above_listed_price insurance.premium_fund_not_allowed
}

func ExampleDefaultPolicy() {
	pol := assessment.DefaultPolicy()
	fmt.Println(pol.Weights == nil, pol.Rounding, pol.VetoRoundOnly, pol.VetoedByScore, pol.Bottom, pol.RectifyDays)
	// Output:
	// true half_up false false 1 30
}

func ExampleDefaultGrades() {
	for _, g := range assessment.DefaultGrades() {
		fmt.Println(g.ID, g.Min, g.Name.In(language.SimplifiedChinese), g.Fail)
	}
	// Output:
	// excellent 90 优秀 false
	// good 75 良好 false
	// pass 60 合格 false
	// fail 0 不合格 true
}

func ExamplePoints() {
	fmt.Println(assessment.Points(9050), assessment.Points(9000), assessment.Points(5))
	b, _ := assessment.Points(9250).MarshalText()
	fmt.Println(string(b))
	// Output:
	// 90.5 90 0.05
	// 92.5
}

func ExampleMethod_Label() {
	for _, m := range []assessment.Method{assessment.Checklist, assessment.Deduction, assessment.Veto} {
		fmt.Println(m, m.Label(language.SimplifiedChinese), m.Label(language.TraditionalChinese))
	}
	// Output:
	// checklist 达标项 達標項
	// deduction 扣分项 扣分項
	// veto 一票否决项 一票否決項
}

func ExampleAssessor_Notice() {
	a, _ := assessment.New(assessment.SampleRubric(), assessment.DefaultPolicy())
	rect, _ := a.Rectification("S05", houqin.Date{Year: 2026, Month: 8, Day: 31})
	n, _ := a.Notice(language.English, assessment.NoticeInput{Rectification: rect, School: "Taoyuan Primary School",
		Year: assessment.Combined{Score: 5900, Grade: "fail", Fail: true}})
	fmt.Print(n.Text())
	// Output:
	// Rectification notice
	//
	// Taoyuan Primary School:
	//
	// Your school's logistics assessment result: Fail (59.00 points). No problem that cost points is on record.
	//
	// Rectify every problem by 30 September 2026, and submit a written commitment to rectify (整改承诺) naming, for each problem, the measures, the person responsible and the date.
	// After 30 September 2026 the school will be rechecked: a problem found rectified is closed (复查销号); one that is not stays open until a recheck finds it rectified.
	//
	// 31 August 2026
}
