package assessment_test

import (
	"fmt"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// A threshold item: "校园绿化覆盖率达40%以上 … 3分". The first line scores all
// or nothing; the second, as its rubric says, loses a point for each 5% (or
// part of 5%) below 40%.
func ExampleAssessor_Score_threshold() {
	r, err := assessment.ParseRubric([]byte(`{
	  "id": "green", "name": {"zh_hans": "校园绿化"}, "total": "6", "ungraded": true,
	  "sections": [{"id": "green", "name": {"zh_hans": "校园绿化"}, "points": "6", "items": [
	    {"id": "coverage", "name": {"zh_hans": "校园绿化覆盖率达40%以上"}, "check_by": {"zh_hans": "实地查看"},
	     "method": "threshold", "points": "3", "threshold": "0.4"},
	    {"id": "coverage_steps", "name": {"zh_hans": "校园绿化覆盖率达40%以上，每低5%扣1分"}, "check_by": {"zh_hans": "实地查看"},
	     "method": "threshold", "points": "3", "threshold": "0.4", "step": "0.05", "deduct": "1"}]}]}`))
	if err != nil {
		panic(err)
	}
	a, _ := assessment.New(r, assessment.DefaultPolicy())
	for _, rate := range []string{"0.43", "0.4", "0.3999", "0.35", "0.3499", "0.25"} {
		measured := decimal.NewNullDecimal(decimal.RequireFromString(rate))
		res, _ := a.Score(assessment.Inspection{School: "城关小学", Observations: []assessment.Observation{
			{Item: "coverage", Ratio: measured}, {Item: "coverage_steps", Ratio: measured}}})
		fmt.Println(rate, res.Items[0].Score, res.Items[1].Score)
	}
	// Output:
	// 0.43 3 3
	// 0.4 3 3
	// 0.3999 0 2
	// 0.35 0 2
	// 0.3499 0 1
	// 0.25 0 0
}

// A judged item scores the points the inspector awards; a two-tier item
// ("按3分、2分两档计分") refuses any other.
func ExampleAssessor_Score_judged() {
	r, err := assessment.ParseRubric([]byte(`{
	  "id": "toilets", "name": {"zh_hans": "环境卫生"}, "total": "6", "ungraded": true,
	  "sections": [{"id": "env", "name": {"zh_hans": "环境卫生"}, "items": [
	    {"id": "toilets", "name": {"zh_hans": "厕所蹲位是否够用"}, "check_by": {"zh_hans": "实地查看"},
	     "method": "judged", "points": "3"},
	    {"id": "habits", "name": {"zh_hans": "师生讲卫生，形成良好风气（按3分、2分两档计分）"}, "check_by": {"zh_hans": "调查师生"},
	     "method": "judged", "points": "3", "tiers": ["3", "2"]}]}]}`))
	if err != nil {
		panic(err)
	}
	a, _ := assessment.New(r, assessment.DefaultPolicy())
	points := func(s string) decimal.NullDecimal { return decimal.NewNullDecimal(decimal.RequireFromString(s)) }
	res, err := a.Score(assessment.Inspection{School: "城关小学", Observations: []assessment.Observation{
		{Item: "toilets", Awarded: points("2")}, {Item: "habits", Awarded: points("2")}}})
	fmt.Println(res.Items[0].Score, res.Items[1].Score, res.Score, err)
	_, err = a.Score(assessment.Inspection{School: "城关小学", Observations: []assessment.Observation{
		{Item: "toilets", Awarded: points("3.5")}, {Item: "habits", Awarded: points("1")}}})
	fmt.Println(err)
	// Output:
	// 2 2 4 <nil>
	// invalid input: observations[0].awarded: 3.5 is above the item's points, 3
	// invalid input: observations[1].awarded: 1 is not one of the item's tiers, 3, 2
}

// A two-tier checklist item gives its last tier when it is not met: "按3分、
// 2分两档计分" never gives less than 2.
func ExampleAssessor_Score_tiers() {
	r, _ := assessment.ParseRubric([]byte(`{
	  "id": "dorm", "name": {"zh_hans": "宿舍"}, "total": "3", "ungraded": true,
	  "sections": [{"id": "dorm", "name": {"zh_hans": "宿舍"}, "items": [
	    {"id": "rules", "name": {"zh_hans": "宿舍管理制度上墙（按3分、2分两档计分）"}, "check_by": {"zh_hans": "查看记录"},
	     "method": "checklist", "points": "3", "tiers": ["3", "2"]}]}]}`))
	a, _ := assessment.New(r, assessment.DefaultPolicy())
	for _, fail := range []bool{false, true} {
		res, _ := a.Score(assessment.Inspection{School: "城关小学", Observations: []assessment.Observation{{Item: "rules", Fail: fail}}})
		fmt.Println(fail, res.Score)
	}
	// Output:
	// false 3
	// true 2
}

// Sections nest: an A-level indicator "财务管理（12分）" holds "经费使用（5分）"
// and "固定财产（7分）". Each stated subtotal is checked against its parts,
// and each section's score is reported.
func ExampleAssessor_Score_nested() {
	rubric := `{
	  "id": "finance", "name": {"zh_hans": "财务管理"}, "total": "12", "ungraded": true,
	  "sections": [{"id": "finance", "name": {"zh_hans": "财务管理"}, "points": "12", "sections": [
	    {"id": "funds", "name": {"zh_hans": "经费使用"}, "points": "5", "items": [
	      {"id": "books", "name": {"zh_hans": "账目清楚，支出有据"}, "check_by": {"zh_hans": "查帐目"},
	       "method": "deduction", "points": "5", "deduct": "1"}]},
	    {"id": "assets", "name": {"zh_hans": "固定财产"}, "points": "%s", "items": [
	      {"id": "ledger", "name": {"zh_hans": "账实相符"}, "check_by": {"zh_hans": "账物核对"}, "method": "proportional", "points": "4"},
	      {"id": "register", "name": {"zh_hans": "登记造册"}, "check_by": {"zh_hans": "查看记录"}, "method": "checklist", "points": "3"}]}]}]}`
	r, err := assessment.ParseRubric(fmt.Appendf(nil, rubric, "7"))
	if err != nil {
		panic(err)
	}
	a, _ := assessment.New(r, assessment.DefaultPolicy())
	res, _ := a.Score(assessment.Inspection{School: "城关小学", Observations: []assessment.Observation{
		{Item: "books", Occurrences: 2, Note: "两笔支出无凭证"},
		{Item: "ledger", Ratio: decimal.NewNullDecimal(decimal.RequireFromString("0.75"))},
	}})
	for _, s := range res.Sections {
		fmt.Printf("%s (in %q) %s/%s\n", s.Section, s.Parent, s.Score, s.Max)
	}
	fmt.Println(res.Score)

	// A clerk types 6 for 固定财产, whose items add up to 7.
	_, err = assessment.ParseRubric(fmt.Appendf(nil, rubric, "6"))
	fmt.Println(err)
	// Output:
	// finance (in "") 9/12
	// funds (in "finance") 3/5
	// assets (in "finance") 6/7
	// 9
	// invalid input: sections[0].sections[1].points: the parts add up to 7, not 6
}

// Key items (关键项): two failed key items veto the result like a veto item,
// and the result lists them.
func ExampleAssessor_Findings() {
	r, _ := assessment.ParseRubric([]byte(`{
	  "id": "canteen", "name": {"zh_hans": "食堂"}, "total": "100",
	  "sections": [{"id": "canteen", "name": {"zh_hans": "食堂"}, "items": [
	    {"id": "licence", "name": {"zh_hans": "持证经营"}, "method": "checklist", "points": "20", "key": true},
	    {"id": "samples", "name": {"zh_hans": "留样"}, "method": "deduction", "points": "20", "deduct": "2", "key": true},
	    {"id": "health", "name": {"zh_hans": "健康证"}, "method": "checklist", "points": "20", "key": true},
	    {"id": "hygiene", "name": {"zh_hans": "环境卫生"}, "method": "deduction", "points": "40", "deduct": "1"}]}]}`))
	a, _ := assessment.New(r, assessment.DefaultPolicy()) // Policy.KeyFailures: 2
	for _, obs := range [][]assessment.Observation{
		{{Item: "samples", Occurrences: 1}, {Item: "hygiene", Occurrences: 5}},
		{{Item: "samples", Occurrences: 1}, {Item: "health", Fail: true}},
	} {
		res, _ := a.Score(assessment.Inspection{School: "河口小学", Observations: obs})
		fmt.Println(res.Score, res.Grade, res.KeyFailed, res.Vetoed)
		for _, f := range a.Findings(res) {
			fmt.Println(f.Message(language.SimplifiedChinese))
			fmt.Println(f.Message(language.English))
		}
	}
	// Output:
	// 93 excellent [samples] []
	// 78 fail [samples health] [samples health]
	// 河口小学有2个关键项不合格（达到2项即一票否决），后勤管理考核不合格（得分78）
	// 河口小学 failed 2 key items (2 or more veto the result) and fails the logistics assessment whatever its 78 points
}

// What a school's standing carries, per grade band: here a region links
// every result to the principal's performance assessment (考核结果与校长绩效挂钩),
// and a failing school also loses its award eligibility and must commit to
// rectification.
func ExampleAssessor_Rank_consequences() {
	pol, err := assessment.ParsePolicy([]byte(`{"consequences": {
	  "*": ["principal_performance"],
	  "fail": ["award_ineligible", "rectification"]}}`))
	if err != nil {
		panic(err)
	}
	a, _ := assessment.New(assessment.SampleRubric(), pol)
	ranking, _ := a.Rank([]assessment.Standing{{School: "县一中", Score: 9200}, {School: "河口小学", Score: 5900}})
	for _, f := range ranking.Findings {
		fmt.Println(f.Message(language.SimplifiedChinese))
	}
	// Output:
	// 河口小学考核不合格（得分59），取消各种评先评优资格
	// 河口小学后勤管理考核不合格：得分59，低于合格线60分
	// 河口小学考核不合格（得分59），须作出整改承诺并限期整改
	// 河口小学在2所学校中排名第2，列末位（得分59）
	// 县一中后勤管理考核得分92，计入校长绩效考核
	// 河口小学后勤管理考核得分59，计入校长绩效考核
}

// A year built from two terms (学年末综合两学期考评结果): within each term the
// first round counts 30% and the mid-term round 70%; the terms count the
// same.
func ExampleAssessor_CombineYear() {
	a, _ := assessment.New(assessment.SampleRubric(), assessment.DefaultPolicy())
	score := func(round string, samples int64) assessment.Result { // dishes without a sample kept
		in := assessment.Inspection{School: "县一中", Round: round,
			Observations: []assessment.Observation{{Item: "canteen.samples", Occurrences: samples}}}
		for _, item := range []string{"canteen.accompany", "accounts.statements", "dorm.tidiness", "green.upkeep", "assets.ledger"} {
			in.Observations = append(in.Observations, assessment.Observation{Item: item, Ratio: decimal.NewNullDecimal(decimal.RequireFromString("0.9"))})
		}
		res, _ := a.Score(in)
		return res
	}
	year, err := a.CombineYear([]assessment.TermRounds{
		{Term: houqin.Term{Year: 2025, Semester: houqin.Autumn}, Rounds: []assessment.Result{score("autumn-start", 2), score("autumn-mid", 0)}},
		{Term: houqin.Term{Year: 2025, Semester: houqin.Spring}, Rounds: []assessment.Result{score("spring-start", 1), score("spring-mid", 0)}},
	})
	// Autumn 0.3 × 93.8 + 0.7 × 97.8 = 96.6; spring 0.3 × 95.8 + 0.7 × 97.8 = 97.2;
	// the year (96.6 + 97.2) / 2 = 96.9.
	for _, t := range year.Terms {
		fmt.Println(t.Term.Label(language.SimplifiedChinese), t.Score, t.Weight)
	}
	fmt.Println(year.Score, year.Grade, err)
	// Output:
	// 2025–2026学年秋季学期 96.6 0.5
	// 2025–2026学年春季学期 97.2 0.5
	// 96.9 excellent <nil>
}

// A town's 130-point 专项督导评估方案 feeds the schools' comprehensive
// assessment: it has no grade bands, so a result is a score, without a grade
// and without the findings of a failing grade.
func ExampleRubric_ungraded() {
	a, err := assessment.New(assessment.Rubric{
		ID: "town-2025", Name: assessment.Name{Hans: "后勤工作专项督导评估方案"}, Total: decimal.NewFromInt(130), Ungraded: true,
		Sections: []assessment.Section{{ID: "logistics", Name: assessment.Name{Hans: "后勤工作"}, Items: []assessment.Item{
			{ID: "canteen", Name: assessment.Name{Hans: "食堂管理"}, Method: assessment.Deduction, Points: decimal.NewFromInt(70), Deduct: decimal.NewFromInt(2)},
			{ID: "dorm", Name: assessment.Name{Hans: "宿舍管理"}, Method: assessment.Judged, Points: decimal.NewFromInt(60)},
		}}},
	}, assessment.DefaultPolicy())
	if err != nil {
		panic(err)
	}
	res, _ := a.Score(assessment.Inspection{School: "河口小学", Observations: []assessment.Observation{
		{Item: "canteen", Occurrences: 30}, {Item: "dorm", Awarded: decimal.NewNullDecimal(decimal.NewFromInt(20))}}})
	fmt.Printf("%s of %s, grade %q, fail %v\n", res.Score, res.Max, res.Grade, res.Fail)
	ranking, _ := a.Rank([]assessment.Standing{res.Standing()})
	fmt.Println(len(ranking.Findings), ranking.Findings[0].Code)
	// Output:
	// 30 of 130, grade "", fail false
	// 1 assessment.bottom_place
}

func ExampleConsequence_Label() {
	for _, q := range []assessment.Consequence{assessment.ConsequenceAwardIneligible, assessment.ConsequenceRectification,
		assessment.ConsequencePrincipalPerformance} {
		fmt.Println(q, q.Code(), q.Label(language.SimplifiedChinese))
	}
	// Output:
	// award_ineligible assessment.award_ineligible 取消评先评优资格
	// rectification assessment.rectification_required 书面整改承诺
	// principal_performance assessment.principal_performance 与校长绩效挂钩
}
