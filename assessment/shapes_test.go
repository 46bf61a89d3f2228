package assessment_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The rubric shapes of real county rubrics: threshold items, judged items,
// tiers, nested sections with stated points, schemes without bands, how an
// item is checked, key items.

// cityRubric is a rubric of 30 points in the shape of a city's
// 中小学后勤管理量化考核评分细则, with A- and B-level indicators:
//
//	environment 环境管理 (11):
//	  green    threshold 3 at 40%, −1 per 5% short (每低5%扣1分)
//	  toilets  judged 3 (蹲位是否够用)
//	  habits   judged 2, tiers 2, 1, 0 (按2分、1分、0分三档计分)
//	  signs    checklist 3, tiers 3, 2 (按3分、2分两档计分), failed by test.signs
//	finance 财务管理 (12):
//	  funds 经费使用 (5): books  deduction 5, 1 per fault, key
//	  assets 固定财产 (7): ledger proportional 4; register checklist 3, key
//	safety 安全 (7):
//	  drills   deduction 4, 2 per fault, tiers 4, 2, 0, key
//	  dorm     checklist 3, key
//
// Bands: ≥27 top, ≥18 pass, <18 fail.
func cityRubric() assessment.Rubric {
	d := testkit.Dec
	return assessment.Rubric{ID: "city", Name: name("细则"), Total: d("30"),
		Sections: []assessment.Section{
			{ID: "environment", Name: name("环境管理"), Points: d("11"), Items: []assessment.Item{
				{ID: "green", Name: name("绿化覆盖率达40%"), CheckBy: name("实地查看"), Method: assessment.Threshold,
					Points: d("3"), Threshold: d("0.4"), Step: d("0.05"), Deduct: d("1")},
				{ID: "toilets", Name: name("蹲位够用"), Method: assessment.Judged, Points: d("3")},
				{ID: "habits", Name: name("风气"), CheckBy: name("调查师生"), Method: assessment.Judged, Points: d("2"),
					Tiers: []decimal.Decimal{d("2"), d("1"), d("0")}},
				{ID: "signs", Name: name("标识"), Method: assessment.Checklist, Points: d("3"),
					Tiers: []decimal.Decimal{d("3"), d("2")}, Findings: []assessment.FindingRule{{Code: "test.signs"}}},
			}},
			{ID: "finance", Name: name("财务管理"), Points: d("12"), Sections: []assessment.Section{
				{ID: "funds", Name: name("经费使用"), Points: d("5"), Items: []assessment.Item{
					{ID: "books", Name: name("账目"), CheckBy: name("查帐目"), Method: assessment.Deduction, Points: d("5"), Deduct: d("1"), Key: true},
				}},
				{ID: "assets", Name: name("固定财产"), Points: d("7"), Items: []assessment.Item{
					{ID: "ledger", Name: name("账实相符"), Method: assessment.Proportional, Points: d("4")},
					{ID: "register", Name: name("登记"), CheckBy: name("查看记录"), Method: assessment.Checklist, Points: d("3"), Key: true},
				}},
			}},
			{ID: "safety", Name: name("安全"), Items: []assessment.Item{
				{ID: "drills", Name: name("演练"), Method: assessment.Deduction, Points: d("4"), Deduct: d("2"),
					Tiers: []decimal.Decimal{d("4"), d("2"), d("0")}, Key: true},
				{ID: "dorm", Name: name("宿舍"), Method: assessment.Checklist, Points: d("3"), Key: true},
			}},
		},
		Grades: []assessment.Grade{
			{ID: "top", Name: name("优"), Min: d("27")},
			{ID: "pass", Name: name("合格"), Min: d("18")},
			{ID: "fail", Name: name("不合格"), Min: d("0"), Fail: true},
		},
	}
}

// cityInspection observes what every inspection of the city rubric must:
// the green rate, the judged items and the ledger, all at full marks.
func cityInspection() assessment.Inspection {
	return assessment.Inspection{School: "城关小学", Round: "r1", Observations: []assessment.Observation{
		{Item: "green", Ratio: ratio("0.43")},
		{Item: "toilets", Awarded: ratio("3")},
		{Item: "habits", Awarded: ratio("2")},
		{Item: "ledger", Ratio: ratio("1")},
	}}
}

// observe returns in with the observation of an item replaced or added.
func observe(in assessment.Inspection, o assessment.Observation) assessment.Inspection {
	out := in
	out.Observations = nil
	found := false
	for _, x := range in.Observations {
		if x.Item == o.Item {
			x, found = o, true
		}
		out.Observations = append(out.Observations, x)
	}
	if !found {
		out.Observations = append(out.Observations, o)
	}
	return out
}

func itemScore(t *testing.T, r assessment.Result, id string) assessment.ItemScore {
	t.Helper()
	for _, is := range r.Items {
		if is.Item == id {
			return is
		}
	}
	t.Fatalf("no item %s", id)
	return assessment.ItemScore{}
}

func sectionScore(t *testing.T, r assessment.Result, id string) assessment.SectionScore {
	t.Helper()
	for _, s := range r.Sections {
		if s.Section == id {
			return s
		}
	}
	t.Fatalf("no section %s", id)
	return assessment.SectionScore{}
}

func TestCityRubricFull(t *testing.T) {
	a := mustNew(t, cityRubric(), assessment.DefaultPolicy())
	res, err := a.Score(cityInspection())
	require.NoError(t, err)
	checkResult(t, a, res)
	assert.Equal(t, "30", res.Score.String())
	assert.Equal(t, "top", res.Grade)
	assert.Empty(t, res.Trail)
	assertAgrees(t, newNaive(cityRubric()), cityInspection(), res)
}

// A threshold item: full points at or above the rate, one step of Deduct
// per 5% begun below it, exactly at the boundaries.
func TestThresholdItem(t *testing.T) {
	stepped := mustNew(t, cityRubric(), assessment.DefaultPolicy())
	whole := cityRubric()
	whole.Sections[0].Items[0].Step, whole.Sections[0].Items[0].Deduct = decimal.Zero, decimal.Zero
	allOrNothing := mustNew(t, whole, assessment.DefaultPolicy())
	tests := []struct {
		rate          string
		stepped, flat string // the item's score
		steps         int64  // the evidence's count, stepped
	}{
		{"1", "3", "3", 0},
		{"0.43", "3", "3", 0},
		{"0.4", "3", "3", 0},        // exactly the threshold
		{"0.39999999", "2", "0", 1}, // one hundred-millionth short: a step begun
		{"0.36", "2", "0", 1},
		{"0.35", "2", "0", 1},       // exactly one step short
		{"0.34999999", "1", "0", 2}, // one step and a hair
		{"0.3", "1", "0", 2},        // 0.1 short: two steps
		{"0.25", "0", "0", 3},       // three steps take all 3 points
		{"0.05", "0", "0", 7},       // seven steps would take 7: capped at 3
		{"0", "0", "0", 8},          // 0.4 / 0.05
		{"0.40000000", "3", "3", 0}, // written with eight decimals
		{"0.399999995", "", "", 0},  // finer than a ratio holds: refused
		{"1.01", "", "", 0},         // not a rate
		{"-0.1", "", "", 0},         // not a rate
	}
	for _, tt := range tests {
		t.Run(tt.rate, func(t *testing.T) {
			in := observe(cityInspection(), assessment.Observation{Item: "green", Ratio: ratio(tt.rate)})
			res, err := stepped.Score(in)
			flat, ferr := allOrNothing.Score(in)
			if tt.stepped == "" {
				require.ErrorIs(t, err, houqin.ErrInvalidInput)
				require.ErrorIs(t, ferr, houqin.ErrInvalidInput)
				assert.Equal(t, []string{"observations[0].ratio"}, testkit.Fields(err))
				return
			}
			require.NoError(t, err)
			require.NoError(t, ferr)
			checkResult(t, stepped, res)
			checkResult(t, allOrNothing, flat)
			assertAgrees(t, newNaive(cityRubric()), in, res)
			assertAgrees(t, newNaive(whole), in, flat)
			assert.Equal(t, p(tt.stepped), itemScore(t, res, "green").Score)
			assert.Equal(t, p(tt.flat), itemScore(t, flat, "green").Score)
			if tt.steps == 0 {
				assert.Empty(t, res.Trail)
				assert.Empty(t, flat.Trail)
				return
			}
			// The evidence: the steps begun, what they would take (1 each),
			// what they took (at most the item's 3).
			e := res.Trail[0]
			assert.Equal(t, "green", e.Item)
			assert.Equal(t, assessment.FromObservation, e.From)
			assert.Equal(t, tt.steps, e.Count)
			assert.Equal(t, assessment.Points(100*tt.steps), e.Points)
			assert.Equal(t, p("3")-p(tt.stepped), e.Taken)
			// All or nothing: the evidence takes the item's 3 points.
			f := flat.Trail[0]
			assert.Equal(t, int64(0), f.Count)
			assert.Equal(t, p("3"), f.Points)
			assert.Equal(t, p("3"), f.Taken)
		})
	}
}

// A threshold item that lists finding codes is scored by them alone when
// it is not observed; one that lists none must be observed.
func TestThresholdItemByFindings(t *testing.T) {
	r := cityRubric()
	r.Sections[0].Items[0].Findings = []assessment.FindingRule{{Code: "insurance.coverage_below_required"}}
	a := mustNew(t, r, assessment.DefaultPolicy())
	in := cityInspection()
	in.Observations = in.Observations[1:] // the rate is not observed
	res, err := a.Score(in)
	require.NoError(t, err)
	assert.Equal(t, p("3"), itemScore(t, res, "green").Score, "no finding: full points")

	in.Findings = houqin.Findings{finding("insurance.coverage_below_required", "s"), finding("insurance.coverage_below_required", "t")}
	res, err = a.Score(in)
	require.NoError(t, err)
	checkResult(t, a, res)
	assertAgrees(t, newNaive(r), in, res)
	assert.Equal(t, p("0"), itemScore(t, res, "green").Score, "a finding: below the threshold, all the item's points")
	assert.Equal(t, []ev{{"green", fnd, 0, "3", "3"}, {"green", fnd, 1, "3", "0"}}, evidence(res))

	// Observed and found short: the rate takes a step, the finding the rest.
	in = observe(in, assessment.Observation{Item: "green", Ratio: ratio("0.38")})
	res, err = a.Score(in)
	require.NoError(t, err)
	assert.Equal(t, []ev{{"green", obs, 3, "1", "1"}, {"green", fnd, 0, "3", "2"},
		{"green", fnd, 1, "3", "0"}}, evidence(res))

	// Without findings, the rate must be observed.
	a = mustNew(t, cityRubric(), assessment.DefaultPolicy())
	in = cityInspection()
	in.Observations = in.Observations[1:]
	_, err = a.Score(in)
	require.ErrorIs(t, err, houqin.ErrInvalidInput)
	assert.EqualError(t, err, `invalid input: observations: no observation of threshold item "green"`)
	_, err = a.Score(observe(cityInspection(), assessment.Observation{Item: "green", Note: "n"}))
	assert.EqualError(t, err, `invalid input: observations[0].ratio: required for threshold item "green"`)
}

// A judged item scores the points awarded, exactly, bounded by its points
// and, where it has them, its tiers.
func TestJudgedItem(t *testing.T) {
	a := mustNew(t, cityRubric(), assessment.DefaultPolicy())
	tests := []struct {
		item, awarded, score string
		problem              string // the refusal, or ""
	}{
		{"toilets", "3", "3", ""},
		{"toilets", "2", "2", ""},
		{"toilets", "0", "0", ""},
		{"toilets", "2.5", "2.5", ""},
		{"toilets", "0.01", "0.01", ""},
		{"toilets", "2.99", "2.99", ""},
		{"toilets", "3.00", "3", ""},
		{"toilets", "3.01", "", "3.01 is above the item's points, 3"},
		{"toilets", "-0.01", "", "negative"},
		{"toilets", "2.125", "", "finer than a hundredth of a point: 2.125"},
		{"toilets", "1e400", "", "exponent 400 out of range"},
		{"toilets", "1001", "", "beyond the bound of ±1000 points"},
		{"habits", "1", "1", ""},
		{"habits", "0", "0", ""},
		{"habits", "1.5", "", "1.5 is not one of the item's tiers, 2, 1, 0"},
		{"habits", "2.01", "", "2.01 is above the item's points, 2"},
	}
	for _, tt := range tests {
		t.Run(tt.item+" "+tt.awarded, func(t *testing.T) {
			in := observe(cityInspection(), assessment.Observation{Item: tt.item, Awarded: ratio(tt.awarded)})
			res, err := a.Score(in)
			if tt.problem != "" {
				require.ErrorIs(t, err, houqin.ErrInvalidInput)
				k := 1
				if tt.item == "habits" {
					k = 2
				}
				assert.EqualError(t, err, "invalid input: observations["+string(rune('0'+k))+"].awarded: "+tt.problem)
				return
			}
			require.NoError(t, err)
			checkResult(t, a, res)
			assertAgrees(t, newNaive(cityRubric()), in, res)
			is := itemScore(t, res, tt.item)
			assert.Equal(t, p(tt.score), is.Score)
			if is.Score < is.Max {
				require.Len(t, res.Trail, 1)
				assert.Equal(t, is.Max-is.Score, res.Trail[0].Taken)
				assert.Equal(t, is.Max-is.Score, res.Trail[0].Points)
			}
		})
	}
	// Three judged thirds add up to exactly the whole: 4 + 4 + 4 = 12.
	r := assessment.Rubric{ID: "thirds", Name: name("t"), Total: testkit.Dec("12"), Ungraded: true, Sections: []assessment.Section{
		{ID: "s", Name: name("s"), Items: []assessment.Item{
			{ID: "a", Name: name("a"), Method: assessment.Judged, Points: testkit.Dec("4")},
			{ID: "b", Name: name("b"), Method: assessment.Judged, Points: testkit.Dec("4")},
			{ID: "c", Name: name("c"), Method: assessment.Judged, Points: testkit.Dec("4")},
		}}}}
	res, err := mustNew(t, r, assessment.DefaultPolicy()).Score(assessment.Inspection{School: "s", Observations: []assessment.Observation{
		{Item: "a", Awarded: ratio("3.33")}, {Item: "b", Awarded: ratio("3.33")}, {Item: "c", Awarded: ratio("3.34")}}})
	require.NoError(t, err)
	assert.Equal(t, "10", res.Score.String())

	// Awarded points on another item, and a judged item left out.
	_, err = a.Score(observe(cityInspection(), assessment.Observation{Item: "books", Awarded: ratio("5")}))
	assert.EqualError(t, err, `invalid input: observations[4].awarded: only judged items are awarded points; "books" is a deduction item`)
	in := cityInspection()
	in.Observations = append(in.Observations[:1], in.Observations[2:]...)
	_, err = a.Score(in)
	assert.EqualError(t, err, `invalid input: observations: no observation of judged item "toilets"`)
	_, err = a.Score(observe(cityInspection(), assessment.Observation{Item: "toilets", Ratio: ratio("1")}))
	assert.EqualError(t, err, `invalid input: observations[1].ratio: only proportional and threshold items take a ratio; "toilets" is a judged item`)
	_, err = a.Score(observe(cityInspection(), assessment.Observation{Item: "toilets"}))
	assert.EqualError(t, err, `invalid input: observations[1].awarded: required for judged item "toilets"`)
}

// Tiers on items whose rule computes the score: a failed checklist item
// gives its last tier; deductions stop at a deduction item's last tier.
func TestTiers(t *testing.T) {
	a := mustNew(t, cityRubric(), assessment.DefaultPolicy())
	tests := []struct {
		name     string
		obs      *assessment.Observation
		findings houqin.Findings
		item     string
		score    string
		taken    []string
	}{
		{"two tiers, met", nil, nil, "signs", "3", nil},
		{"two tiers, not met", &assessment.Observation{Item: "signs", Fail: true}, nil, "signs", "2", []string{"1"}},
		{"two tiers, a finding", nil, houqin.Findings{finding("test.signs", "a"), finding("test.signs", "b")}, "signs", "2", []string{"1", "0"}},
		{"three tiers, one fault", &assessment.Observation{Item: "drills", Occurrences: 1}, nil, "drills", "2", []string{"2"}},
		{"three tiers, two faults", &assessment.Observation{Item: "drills", Occurrences: 2}, nil, "drills", "0", []string{"4"}},
		{"three tiers, five faults", &assessment.Observation{Item: "drills", Occurrences: 5}, nil, "drills", "0", []string{"4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := cityInspection()
			if tt.obs != nil {
				in = observe(in, *tt.obs)
			}
			in.Findings = tt.findings
			res, err := a.Score(in)
			require.NoError(t, err)
			checkResult(t, a, res)
			assertAgrees(t, newNaive(cityRubric()), in, res)
			assert.Equal(t, p(tt.score), itemScore(t, res, tt.item).Score)
			var taken []string
			for _, e := range res.Trail {
				taken = append(taken, e.Taken.String())
			}
			assert.Equal(t, tt.taken, taken)
		})
	}

	// Deductions stop at the last tier: 3, 2 with 1 a fault never gives
	// less than 2.
	r := cityRubric()
	r.Sections[1].Sections[0].Items[0].Tiers = []decimal.Decimal{testkit.Dec("5"), testkit.Dec("4"), testkit.Dec("3")}
	r.Sections[1].Sections[0].Items[0].Findings = []assessment.FindingRule{{Code: "test.books", Deduct: testkit.Dec("2")}}
	a = mustNew(t, r, assessment.DefaultPolicy())
	in := observe(cityInspection(), assessment.Observation{Item: "books", Occurrences: 1})
	in.Findings = houqin.Findings{finding("test.books", "x")}
	res, err := a.Score(in)
	require.NoError(t, err)
	checkResult(t, a, res)
	assertAgrees(t, newNaive(r), in, res)
	assert.Equal(t, p("3"), itemScore(t, res, "books").Score, "5 − 1 − 2 would be 2; the last tier is 3")
	assert.Equal(t, []ev{{"books", obs, 4, "1", "1"}, {"books", fnd, 0, "2", "1"}}, evidence(res))

	// A stepped threshold item falls by whole steps to its last tier.
	r = cityRubric()
	r.Sections[0].Items[0].Tiers = []decimal.Decimal{testkit.Dec("3"), testkit.Dec("2"), testkit.Dec("1")}
	a = mustNew(t, r, assessment.DefaultPolicy())
	res, err = a.Score(observe(cityInspection(), assessment.Observation{Item: "green", Ratio: ratio("0")}))
	require.NoError(t, err)
	assert.Equal(t, p("1"), itemScore(t, res, "green").Score)
	assert.Equal(t, p("2"), res.Trail[0].Taken)
	assert.Equal(t, p("8"), res.Trail[0].Points)
}

func TestTiersValidate(t *testing.T) {
	d := testkit.Dec
	tiers := func(ss ...string) []decimal.Decimal {
		var out []decimal.Decimal
		for _, s := range ss {
			out = append(out, d(s))
		}
		return out
	}
	item := func(r *assessment.Rubric, path ...int) *assessment.Item {
		s := &r.Sections[path[0]]
		for _, k := range path[1 : len(path)-1] {
			s = &s.Sections[k]
		}
		return &s.Items[path[len(path)-1]]
	}
	tests := []struct {
		name   string
		edit   func(r *assessment.Rubric)
		fields []string
		reason string
	}{
		{"judged tiers of any steps", func(r *assessment.Rubric) { item(r, 0, 1).Tiers = tiers("3", "2.5", "0") }, nil, ""},
		{"checklist tiers down to zero", func(r *assessment.Rubric) { item(r, 2, 1).Tiers = tiers("3", "0") }, nil, ""},
		{"first tier not the points", func(r *assessment.Rubric) { item(r, 0, 2).Tiers = tiers("3", "1") },
			[]string{"sections[0].items[2].tiers[0]"}, "3 is not the item's points, 2: the first tier is full marks"},
		{"not decreasing", func(r *assessment.Rubric) { item(r, 0, 2).Tiers = tiers("2", "2") },
			[]string{"sections[0].items[2].tiers[1]"}, "2 is not below the tier before it (2): tiers go best first"},
		{"negative tier", func(r *assessment.Rubric) { item(r, 0, 2).Tiers = tiers("2", "-1") },
			[]string{"sections[0].items[2].tiers[1]"}, "negative"},
		{"tier too fine", func(r *assessment.Rubric) { item(r, 0, 2).Tiers = tiers("2", "0.125") },
			[]string{"sections[0].items[2].tiers[1]"}, "finer than a hundredth of a point: 0.125"},
		{"tiers on a proportional item", func(r *assessment.Rubric) { item(r, 1, 1, 0).Tiers = tiers("4", "2") },
			[]string{"sections[1].sections[1].items[0].tiers"}, "a proportional item has no tiers"},
		{"three tiers on a checklist", func(r *assessment.Rubric) { item(r, 0, 3).Tiers = tiers("3", "2", "1") },
			[]string{"sections[0].items[3].tiers"}, "a checklist item has two tiers, met and not met; score a line of 3 tiers as a judged item"},
		{"one tier on a checklist", func(r *assessment.Rubric) { item(r, 0, 3).Tiers = tiers("3") },
			[]string{"sections[0].items[3].tiers"}, "a checklist item has two tiers, met and not met; score a line of 1 tiers as a judged item"},
		{"deduction tiers not a step apart", func(r *assessment.Rubric) { item(r, 2, 0).Tiers = tiers("4", "3", "0") },
			[]string{"sections[2].items[0].tiers[1]"}, "3 is not a step of 2 below the tier before it: a deduction item's tiers fall by its deduction; score other tiers as a judged item"},
		{"finding deduct between tiers", func(r *assessment.Rubric) {
			item(r, 2, 0).Findings = []assessment.FindingRule{{Code: "a.b", Deduct: d("3")}}
		}, []string{"sections[2].items[0].findings[0].deduct"}, "3 is not a whole number of the item's steps of 2, so the score would fall between its tiers"},
		{"too many tiers", func(r *assessment.Rubric) { item(r, 0, 1).Tiers = make([]decimal.Decimal, assessment.MaxLevels+1) },
			[]string{"sections[0].items[1].tiers"}, "more than 100 tiers"},
		{"threshold without step, three tiers", func(r *assessment.Rubric) {
			item(r, 0, 0).Step, item(r, 0, 0).Deduct = decimal.Zero, decimal.Zero
			item(r, 0, 0).Tiers = tiers("3", "2", "1")
		}, []string{"sections[0].items[0].tiers"}, "a threshold item has two tiers, met and not met; score a line of 3 tiers as a judged item"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := cityRubric()
			tt.edit(&r)
			err := r.Validate()
			if tt.fields == nil {
				require.NoError(t, err)
				return
			}
			assert.Equal(t, tt.fields, testkit.Fields(err))
			var ie *houqin.InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tt.reason, ie.Reason)
		})
	}
}

// Nested sections: stated subtotals checked against their parts, each
// section's score reported at every level, capped sections.
func TestNestedSections(t *testing.T) {
	a := mustNew(t, cityRubric(), assessment.DefaultPolicy())
	in := observe(cityInspection(), assessment.Observation{Item: "books", Occurrences: 2})
	in = observe(in, assessment.Observation{Item: "ledger", Ratio: ratio("0.5")})
	res, err := a.Score(in)
	require.NoError(t, err)
	checkResult(t, a, res)
	// 财务管理 12: 经费使用 5 − 2 = 3, 固定财产 7 − 2 = 5, together 8.
	var got []string
	for _, s := range res.Sections {
		got = append(got, s.Parent+"/"+s.Section+" "+s.Score.String()+"/"+s.Max.String())
	}
	assert.Equal(t, []string{"/environment 11/11", "/finance 8/12", "finance/funds 3/5", "finance/assets 5/7", "/safety 7/7"}, got)
	assert.Equal(t, "26", res.Score.String())

	// A capped section (累计不超过): three items of 4 under a cap of 10.
	d := testkit.Dec
	r := cityRubric()
	r.Total = d("33")
	r.Sections[2] = assessment.Section{ID: "safety", Name: name("安全"), Points: d("10"), Capped: true, Items: []assessment.Item{
		{ID: "drills", Name: name("演练"), Method: assessment.Deduction, Points: d("4"), Deduct: d("1")},
		{ID: "dorm", Name: name("宿舍"), Method: assessment.Checklist, Points: d("4")},
		{ID: "gate", Name: name("门卫"), Method: assessment.Checklist, Points: d("4")},
	}}
	a = mustNew(t, r, assessment.DefaultPolicy())
	for _, tt := range []struct {
		drills int64
		gate   bool
		want   string
	}{
		{0, false, "10"}, // 12, capped at 10
		{1, false, "10"}, // 11, capped
		{2, false, "10"}, // exactly 10
		{3, false, "9"},  // below the cap
		{3, true, "5"},
	} {
		in := observe(cityInspection(), assessment.Observation{Item: "drills", Occurrences: tt.drills})
		in = observe(in, assessment.Observation{Item: "gate", Fail: tt.gate})
		res, err := a.Score(in)
		require.NoError(t, err)
		checkResult(t, a, res)
		assertAgrees(t, newNaive(r), in, res)
		s := sectionScore(t, res, "safety")
		assert.Equal(t, tt.want, s.Score.String())
		assert.Equal(t, p("10"), s.Max)
		assert.Equal(t, p("23")+s.Score, res.Score)
	}
}

func TestNestedSectionsValidate(t *testing.T) {
	d := testkit.Dec
	tests := []struct {
		name   string
		edit   func(r *assessment.Rubric)
		fields []string
		reason string
	}{
		{"stated points differ from the parts", func(r *assessment.Rubric) { r.Sections[1].Sections[1].Points = d("6") },
			[]string{"sections[1].sections[1].points"}, "the parts add up to 7, not 6"},
		{"a parent's points differ", func(r *assessment.Rubric) { r.Sections[1].Points = d("13") },
			[]string{"sections[1].points"}, "the parts add up to 12, not 13"},
		{"an item mistyped", func(r *assessment.Rubric) { r.Sections[1].Sections[0].Items[0].Points = d("6"); r.Total = d("31") },
			[]string{"sections[1].sections[0].points", "sections[1].points"}, "the parts add up to 6, not 5"},
		{"negative points", func(r *assessment.Rubric) { r.Sections[0].Points = d("-11") },
			[]string{"sections[0].points"}, "negative"},
		{"points too fine", func(r *assessment.Rubric) { r.Sections[0].Points = d("11.001") },
			[]string{"sections[0].points"}, "finer than a hundredth of a point: 11.001"},
		{"capped without points", func(r *assessment.Rubric) { r.Sections[2].Capped = true },
			[]string{"sections[2].points"}, "required: a capped section states the points that cap it"},
		{"a cap above the parts", func(r *assessment.Rubric) { r.Sections[2].Capped, r.Sections[2].Points = true, d("8") },
			[]string{"sections[2].points"}, "the cap of 8 is above what the parts add up to, 7"},
		{"a cap holding a bonus item", func(r *assessment.Rubric) {
			r.Sections[1].Capped, r.Sections[1].Points = true, d("10")
			r.Sections[1].Sections[1].Items = append(r.Sections[1].Sections[1].Items, assessment.Item{ID: "b", Name: name("b"),
				Method: assessment.Bonus, Points: d("1"), Levels: []assessment.Level{{ID: "l", Name: name("l"), Points: d("1")}}})
		}, []string{"sections[1].capped"}, "a capped section holds no bonus item"},
		{"points on a section of bonus items", func(r *assessment.Rubric) {
			r.Sections = append(r.Sections, assessment.Section{ID: "bonus", Name: name("加分项"), Points: d("3"), Items: []assessment.Item{
				{ID: "b", Name: name("b"), Method: assessment.Bonus, Points: d("3"), Levels: []assessment.Level{{ID: "l", Name: name("l"), Points: d("1")}}}}})
		}, []string{"sections[3].points"}, "bonus items add on top of the full marks: cap them with the rubric's bonus_cap, not a section's points"},
		{"an empty nested section", func(r *assessment.Rubric) {
			r.Sections[1].Sections = append(r.Sections[1].Sections, assessment.Section{ID: "x", Name: name("x")})
		}, []string{"sections[1].sections[2].items"}, "at least one item or section is required"},
		{"a section id twice at two levels", func(r *assessment.Rubric) { r.Sections[1].Sections[0].ID = "safety" },
			[]string{"sections[2].id"}, `duplicate section id "safety" (also sections[1].sections[0])`},
		{"an item id twice at two levels", func(r *assessment.Rubric) { r.Sections[1].Sections[0].Items[0].ID = "green" },
			[]string{"sections[1].sections[0].items[0].id"}, `duplicate item id "green" (also sections[0].items[0])`},
		{"the total of the top sections", func(r *assessment.Rubric) { r.Total = d("29") },
			[]string{"total"}, "the sections' full marks add up to 30, not 29"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := cityRubric()
			tt.edit(&r)
			err := r.Validate()
			assert.Equal(t, tt.fields, testkit.Fields(err))
			var ie *houqin.InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tt.reason, ie.Reason)
		})
	}

	// Nesting deeper than MaxDepth is refused before anything else.
	r := cityRubric()
	inner := assessment.Section{ID: "leaf", Name: name("l"), Items: []assessment.Item{{ID: "x", Name: name("x"), Method: assessment.Checklist, Points: d("1")}}}
	for k := range assessment.MaxDepth {
		inner = assessment.Section{ID: "s" + string(rune('a'+k)), Name: name("s"), Sections: []assessment.Section{inner}}
	}
	r.Sections = append(r.Sections, inner)
	assert.EqualError(t, r.Validate(), "invalid input: sections: sections nested more than 8 deep")
	inner = inner.Sections[0]
	r.Sections[3], r.Total = inner, d("31")
	r.Grades[0].Min = d("28")
	assert.NoError(t, r.Validate(), "exactly 8 deep")

	// More sections than MaxItems.
	r = cityRubric()
	many := make([]assessment.Section, assessment.MaxItems+1)
	r.Sections[0].Sections = many
	assert.EqualError(t, r.Validate(), "invalid input: sections: more than 10000 sections")
}

// A scheme without grade bands: a score, no grade, no grade-driven finding.
func TestUngraded(t *testing.T) {
	r := townScheme()
	a := mustNew(t, r, assessment.DefaultPolicy())
	assert.Equal(t, p("130"), a.MaxScore())
	assert.Equal(t, assessment.Points(0), a.PassMark())
	_, ok := a.Grade("fail")
	assert.False(t, ok, "no bands, not the default ones")

	in := assessment.Inspection{School: "河口小学", Observations: []assessment.Observation{
		{Item: "canteen", Occurrences: 40}, {Item: "dorm", Ratio: ratio("0.1")}}}
	low, err := a.Score(in)
	require.NoError(t, err)
	checkResult(t, a, low)
	assertAgrees(t, newNaive(r), in, low)
	assert.Equal(t, "27", low.Score.String(), "60 − 40 for the canteen, 10% of 70 for the dormitories")
	assert.Empty(t, low.Grade)
	assert.False(t, low.Fail, "no score fails")

	vetoed, err := a.Score(assessment.Inspection{School: "城关小学", Observations: []assessment.Observation{
		{Item: "dorm", Ratio: ratio("1")}, {Item: "poisoning", Fail: true}}})
	require.NoError(t, err)
	checkResult(t, a, vetoed)
	assert.Empty(t, vetoed.Grade)
	assert.True(t, vetoed.Fail, "a veto still fails the school")

	c, err := a.Combine([]assessment.Result{low})
	require.NoError(t, err)
	assert.Empty(t, c.Grade)
	assert.False(t, c.Fail)

	ranking, err := a.Rank([]assessment.Standing{low.Standing(), vetoed.Standing()})
	require.NoError(t, err)
	assert.Empty(t, ranking.Places[0].Grade)
	assert.Equal(t, []string{
		"assessment.award_ineligible 城关小学", "assessment.rectification_required 城关小学", "assessment.vetoed 城关小学",
		"assessment.bottom_place 城关小学"}, codes(ranking.Findings), "the veto only: no score fails")

	// Grades given with ungraded are refused; the default bands need 100.
	r.Grades = assessment.DefaultGrades()
	assert.Equal(t, []string{"grades"}, testkit.Fields(r.Validate()))
	r.Grades, r.Ungraded = nil, false
	assert.EqualError(t, r.Validate(), "invalid input: grades: a rubric whose total is not 100 must declare its grade bands, or be ungraded")
}

// townScheme is a town's 130-point 后勤工作专项督导评估方案 without bands: its
// score feeds the school's comprehensive assessment. canteen: deduction 60,
// 1 per fault; dorm: proportional 70; poisoning: veto.
func townScheme() assessment.Rubric {
	d := testkit.Dec
	return assessment.Rubric{ID: "town", Name: name("专项督导"), Total: d("130"), Ungraded: true, Sections: []assessment.Section{
		{ID: "s", Name: name("后勤"), Points: d("130"), Items: []assessment.Item{
			{ID: "canteen", Name: name("食堂"), Method: assessment.Deduction, Points: d("60"), Deduct: d("1")},
			{ID: "dorm", Name: name("宿舍"), Method: assessment.Proportional, Points: d("70")},
			{ID: "poisoning", Name: name("中毒"), Method: assessment.Veto},
		}}}}
}

// How an item is checked is carried into its score.
func TestCheckBy(t *testing.T) {
	a := mustNew(t, cityRubric(), assessment.DefaultPolicy())
	res, err := a.Score(cityInspection())
	require.NoError(t, err)
	assert.Equal(t, "调查师生", itemScore(t, res, "habits").CheckBy.Hans)
	assert.Equal(t, assessment.Name{}, itemScore(t, res, "toilets").CheckBy)
	b, err := json.Marshal(itemScore(t, res, "books"))
	require.NoError(t, err)
	assert.JSONEq(t, `{"item":"books","score":"5","max":"5","check_by":{"zh_hans":"查帐目","zh_hant":"查帐目","en":"查帐目"}}`, string(b))
	b, err = json.Marshal(itemScore(t, res, "toilets"))
	require.NoError(t, err)
	assert.NotContains(t, string(b), "check_by")

	r := cityRubric()
	r.Sections[0].Items[1].CheckBy = assessment.Name{En: "on site"}
	assert.Equal(t, []string{"sections[0].items[1].check_by.zh_hans"}, testkit.Fields(r.Validate()))
}

// Key items: two or more failed veto the result, with the items listed.
func TestKeyItems(t *testing.T) {
	a := mustNew(t, cityRubric(), assessment.DefaultPolicy())
	tests := []struct {
		name      string
		obs       []assessment.Observation
		keyFailed []string
		vetoed    []string
		grade     string
	}{
		{"none", nil, nil, nil, "top"},
		{"one", []assessment.Observation{{Item: "books", Occurrences: 1}}, []string{"books"}, nil, "top"},
		{"two", []assessment.Observation{{Item: "books", Occurrences: 1}, {Item: "dorm", Fail: true}},
			[]string{"books", "dorm"}, []string{"books", "dorm"}, "fail"},
		{"three", []assessment.Observation{{Item: "books", Occurrences: 1}, {Item: "register", Fail: true}, {Item: "drills", Occurrences: 1}},
			[]string{"books", "register", "drills"}, []string{"books", "register", "drills"}, "fail"},
		{"a failed item that is not key", []assessment.Observation{{Item: "books", Occurrences: 1}, {Item: "toilets", Awarded: ratio("0")}},
			[]string{"books"}, nil, "pass"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := cityInspection()
			for _, o := range tt.obs {
				in = observe(in, o)
			}
			res, err := a.Score(in)
			require.NoError(t, err)
			checkResult(t, a, res)
			assertAgrees(t, newNaive(cityRubric()), in, res)
			assert.Equal(t, tt.keyFailed, res.KeyFailed)
			assert.Equal(t, tt.vetoed, res.Vetoed)
			assert.Equal(t, tt.grade, res.Grade)
			for _, id := range tt.keyFailed {
				assert.Equal(t, tt.vetoed != nil, itemScore(t, res, id).Vetoed)
			}
			fs := a.Findings(res)
			if tt.vetoed == nil {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			f := fs[0]
			assert.Equal(t, assessment.CodeKeyItemsFailed, f.Code)
			assert.Equal(t, houqin.Violation, f.Severity)
			assert.Equal(t, "城关小学", f.Subject)
			assert.Equal(t, []houqin.Fact{houqin.CountFact("key_failed", int64(len(tt.keyFailed))), houqin.CountFact("key_failures", 2),
				{Name: "score", Unit: houqin.UnitPoints, Value: int64(res.Score)}}, f.Facts)
		})
	}

	// A policy of three: two failed key items do not veto.
	pol := assessment.DefaultPolicy()
	pol.KeyFailures = 3
	a3 := mustNew(t, cityRubric(), pol)
	in := observe(observe(cityInspection(), assessment.Observation{Item: "books", Occurrences: 1}), assessment.Observation{Item: "dorm", Fail: true})
	res, err := a3.Score(in)
	require.NoError(t, err)
	assert.Equal(t, []string{"books", "dorm"}, res.KeyFailed)
	assert.Empty(t, res.Vetoed)
	assert.Empty(t, a3.Findings(res))
	assertAgrees(t, newNaiveKeys(cityRubric(), 3), in, res)

	// A key veto fails the year as a veto item does.
	res, err = a.Score(in)
	require.NoError(t, err)
	year, err := a.Combine([]assessment.Result{res})
	require.NoError(t, err)
	assert.True(t, year.Vetoed)
	assert.Equal(t, "fail", year.Grade)

	// Key items are scored items.
	r := cityRubric()
	r.Sections = append(r.Sections, assessment.Section{ID: "v", Name: name("v"), Items: []assessment.Item{
		{ID: "veto", Name: name("v"), Method: assessment.Veto, Key: true}}})
	assert.EqualError(t, r.Validate(), "invalid input: sections[3].items[0].key: a veto item cannot be a key item")
}

// A school's standing carries the consequences its band does.
func TestConsequences(t *testing.T) {
	pol := assessment.DefaultPolicy()
	require.NoError(t, json.Unmarshal([]byte(`{"consequences": {
		"fail": ["award_ineligible", "rectification", "principal_performance"],
		"pass": ["principal_performance"]}}`), &pol))
	a := mustNew(t, cityRubric(), pol)
	ranking, err := a.Rank([]assessment.Standing{st("a", "29", false), st("b", "20", false), st("c", "17.99", false), st("d", "25", true)})
	require.NoError(t, err)
	checkRanking(t, ranking)
	var got []string
	for _, f := range ranking.Findings {
		sc, _ := f.Fact("score")
		got = append(got, f.Severity.String()+" "+string(f.Code)+" "+f.Subject+" "+sc.String())
	}
	assert.Equal(t, []string{
		"violation assessment.award_ineligible c 17.99",
		"violation assessment.award_ineligible d 25",
		"violation assessment.failed c 17.99",
		"violation assessment.rectification_required c 17.99",
		"violation assessment.rectification_required d 25",
		"violation assessment.vetoed d 25",
		"warning assessment.bottom_place d 25",
		"notice assessment.principal_performance b 20",
		"notice assessment.principal_performance c 17.99",
		"notice assessment.principal_performance d 25",
	}, got)

	// "*" reaches every school; an empty map, none.
	pol.Consequences = map[string][]assessment.Consequence{assessment.AllBands: {assessment.ConsequencePrincipalPerformance}}
	a = mustNew(t, cityRubric(), pol)
	ranking, err = a.Rank([]assessment.Standing{st("a", "29", false), st("c", "17.99", false)})
	require.NoError(t, err)
	assert.Equal(t, []string{"assessment.failed c", "assessment.bottom_place c", "assessment.principal_performance a",
		"assessment.principal_performance c"}, codes(ranking.Findings))
	pol.Consequences = map[string][]assessment.Consequence{}
	a = mustNew(t, cityRubric(), pol)
	ranking, err = a.Rank([]assessment.Standing{st("a", "29", false), st("c", "17.99", false)})
	require.NoError(t, err)
	assert.Equal(t, []string{"assessment.failed c", "assessment.bottom_place c"}, codes(ranking.Findings))

	// A rubric without bands takes only "*".
	pol.Consequences = map[string][]assessment.Consequence{"*": {assessment.ConsequencePrincipalPerformance}}
	a = mustNew(t, townScheme(), pol)
	ranking, err = a.Rank([]assessment.Standing{st("a", "100", false)})
	require.NoError(t, err)
	assert.Equal(t, []string{"assessment.bottom_place a", "assessment.principal_performance a"}, codes(ranking.Findings))
	pol.Consequences = map[string][]assessment.Consequence{"fail": {assessment.ConsequenceAwardIneligible}}
	_, err = assessment.New(townScheme(), pol)
	assert.EqualError(t, err, `invalid input: policy.consequences.fail: a rubric without grade bands takes only the key "*"`)

	// Problems of the policy, every one with its path.
	_, err = assessment.New(cityRubric(), pol)
	require.NoError(t, err)
	pol.Consequences = map[string][]assessment.Consequence{"top": {1}, "nope": {2}}
	_, err = assessment.New(cityRubric(), pol)
	assert.EqualError(t, err, `invalid input: policy.consequences.nope: no grade band "nope" in the rubric`)
	pol.Consequences = map[string][]assessment.Consequence{"": {1}, "fail": {0, 1, 1}, "pass": {1, 2, 3, 1}}
	assert.Equal(t, []string{"consequences", "consequences.fail[0]", "consequences.fail[2]", "consequences.pass",
		"consequences.pass[3]"}, testkit.Fields(pol.Validate()))
	pol.Consequences = map[string][]assessment.Consequence{strings.Repeat("x", 129): {1}}
	assert.Equal(t, []string{"consequences"}, testkit.Fields(pol.Validate()))

	_, err = assessment.ParsePolicy([]byte(`{"consequences": {"fail": ["expelled"]}}`))
	assert.EqualError(t, err, `invalid input: consequence: unknown consequence "expelled" (want award_ineligible, rectification or principal_performance)`)
}

func TestConsequenceText(t *testing.T) {
	for _, q := range []assessment.Consequence{assessment.ConsequenceAwardIneligible, assessment.ConsequenceRectification,
		assessment.ConsequencePrincipalPerformance} {
		b, err := q.MarshalText()
		require.NoError(t, err)
		var back assessment.Consequence
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, q, back)
		assert.True(t, strings.HasPrefix(string(q.Code()), "assessment."))
		for _, tag := range testkit.Languages() {
			assert.NotEqual(t, q.String(), q.Label(tag))
		}
	}
	assert.Equal(t, assessment.CodeRectificationRequired, assessment.ConsequenceRectification.Code())
	assert.Equal(t, houqin.Code(""), assessment.Consequence(0).Code())
	assert.Equal(t, "Consequence(9)", assessment.Consequence(9).String())
	_, err := assessment.Consequence(0).MarshalText()
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
}

func TestKeyFailuresPolicy(t *testing.T) {
	pol := assessment.DefaultPolicy()
	assert.Equal(t, 2, pol.KeyFailures)
	pol.KeyFailures = -1
	assert.Equal(t, []string{"key_failures"}, testkit.Fields(pol.Validate()))
	pol.KeyFailures = assessment.MaxItems + 1
	assert.Equal(t, []string{"key_failures"}, testkit.Fields(pol.Validate()))
	pol.KeyFailures = 0 // means 2
	a := mustNew(t, cityRubric(), pol)
	in := observe(observe(cityInspection(), assessment.Observation{Item: "books", Occurrences: 1}), assessment.Observation{Item: "dorm", Fail: true})
	res, err := a.Score(in)
	require.NoError(t, err)
	assert.Equal(t, []string{"books", "dorm"}, res.Vetoed)
}

// The new shapes survive JSON, as a clerk types them.
func TestShapesJSON(t *testing.T) {
	for _, r := range []assessment.Rubric{cityRubric(), townScheme()} {
		b, err := json.Marshal(r)
		require.NoError(t, err)
		back, err := assessment.ParseRubric(b)
		require.NoError(t, err, string(b))
		assert.Equal(t, r, back)
	}
	_, err := assessment.ParseRubric([]byte(`{"id": "x", "name": {"zh_hans": "x"}, "total": "3", "ungraded": true, "sections": [
	  {"id": "s", "name": {"zh_hans": "s"}, "items": [
	    {"id": "i", "name": {"zh_hans": "i"}, "method": "threshold", "points": "3", "threshold": "40%"}]}]}`))
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
}

func TestThresholdJudgedValidate(t *testing.T) {
	d := testkit.Dec
	green := func(r *assessment.Rubric) *assessment.Item { return &r.Sections[0].Items[0] }
	toilets := func(r *assessment.Rubric) *assessment.Item { return &r.Sections[0].Items[1] }
	tests := []struct {
		name   string
		edit   func(r *assessment.Rubric)
		fields []string
		reason string
	}{
		{"no threshold", func(r *assessment.Rubric) { green(r).Threshold = decimal.Zero },
			[]string{"sections[0].items[0].threshold"}, "required: the rate in (0, 1] the item requires"},
		{"a threshold above 1", func(r *assessment.Rubric) { green(r).Threshold = d("1.01") },
			[]string{"sections[0].items[0].threshold"}, "must lie in [0, 1]"},
		{"a threshold of 100%", func(r *assessment.Rubric) { green(r).Threshold = d("1") }, nil, ""},
		{"a negative threshold", func(r *assessment.Rubric) { green(r).Threshold = d("-0.4") },
			[]string{"sections[0].items[0].threshold"}, "must lie in [0, 1]"},
		{"a threshold too fine", func(r *assessment.Rubric) { green(r).Threshold = d("0.123456789") },
			[]string{"sections[0].items[0].threshold"}, "more than eight decimal places: 0.123456789"},
		{"a step above the threshold", func(r *assessment.Rubric) { green(r).Step = d("0.41") },
			[]string{"sections[0].items[0].step"}, "0.41 is above the threshold, 0.4"},
		{"a step of the whole threshold", func(r *assessment.Rubric) { green(r).Step = d("0.4") }, nil, ""},
		{"a negative step", func(r *assessment.Rubric) { green(r).Step = d("-0.05") },
			[]string{"sections[0].items[0].step"}, "must lie in [0, 1]"},
		{"a step without deduction", func(r *assessment.Rubric) { green(r).Deduct = decimal.Zero },
			[]string{"sections[0].items[0].deduct"}, "required: the positive points a threshold item loses per step"},
		{"a deduction without step", func(r *assessment.Rubric) { green(r).Step = decimal.Zero },
			[]string{"sections[0].items[0].deduct"}, "a threshold item without a step scores all or nothing"},
		{"a threshold on a judged item", func(r *assessment.Rubric) { toilets(r).Threshold = d("0.4") },
			[]string{"sections[0].items[1].threshold"}, "only threshold items have a threshold"},
		{"a step on a judged item", func(r *assessment.Rubric) { toilets(r).Step = d("0.05") },
			[]string{"sections[0].items[1].step"}, "only threshold items have a step"},
		{"a deduction on a judged item", func(r *assessment.Rubric) { toilets(r).Deduct = d("1") },
			[]string{"sections[0].items[1].deduct"}, "only deduction and threshold items deduct"},
		{"findings on a judged item", func(r *assessment.Rubric) { toilets(r).Findings = []assessment.FindingRule{{Code: "a.b"}} },
			[]string{"sections[0].items[1].findings"}, "a judged item cannot be scored by findings"},
		{"a finding's own deduction on a threshold item", func(r *assessment.Rubric) {
			green(r).Findings = []assessment.FindingRule{{Code: "a.b", Deduct: d("1")}}
		}, []string{"sections[0].items[0].findings[0].deduct"}, "only deduction items deduct per finding"},
		{"a judged item without points", func(r *assessment.Rubric) { toilets(r).Points = decimal.Zero; r.Total = d("27") },
			[]string{"sections[0].items[1].points"}, "must be positive"},
		{"a bonus key item", func(r *assessment.Rubric) {
			r.Sections[2].Items = append(r.Sections[2].Items, assessment.Item{ID: "b", Name: name("b"), Method: assessment.Bonus, Points: d("1"),
				Levels: []assessment.Level{{ID: "l", Name: name("l"), Points: d("1")}}, Key: true})
		}, []string{"sections[2].items[2].key"}, "a bonus item cannot be a key item"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := cityRubric()
			tt.edit(&r)
			err := r.Validate()
			if tt.fields == nil {
				require.NoError(t, err)
				return
			}
			assert.Equal(t, tt.fields, testkit.Fields(err))
			var ie *houqin.InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tt.reason, ie.Reason)
		})
	}
}

// The benchmark's inspections of bigShapes score exactly as the naive way
// does.
func TestBigShapesAgreesWithNaive(t *testing.T) {
	r := bigShapes()
	a := mustNew(t, r, assessment.DefaultPolicy())
	n := newNaive(r)
	vetoed := 0
	for i := range 64 {
		in := bigShapesInspection(i)
		res, err := a.Score(in)
		require.NoError(t, err)
		checkResult(t, a, res)
		assertAgrees(t, n, in, res)
		vetoed += len(res.Vetoed)
	}
	assert.Positive(t, vetoed, "key items veto some")
}
