package assessment_test

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestRubricValidate(t *testing.T) {
	item := func(r *assessment.Rubric, s, i int) *assessment.Item { return &r.Sections[s].Items[i] }
	tests := []struct {
		name   string
		edit   func(r *assessment.Rubric)
		fields []string
	}{
		{"valid", func(r *assessment.Rubric) {}, nil},
		{"missing id", func(r *assessment.Rubric) { r.ID = "" }, []string{"id"}},
		{"id too long", func(r *assessment.Rubric) { r.ID = strings.Repeat("x", 129) }, []string{"id"}},
		{"missing name", func(r *assessment.Rubric) { r.Name = assessment.Name{En: "x"} }, []string{"name.zh_hans"}},
		{"total not the sum", func(r *assessment.Rubric) { r.Total = testkit.Dec("21") }, []string{"total"}},
		{"total zero", func(r *assessment.Rubric) { r.Total = decimal.Zero }, []string{"total"}},
		{"total too fine", func(r *assessment.Rubric) { r.Total = testkit.Dec("20.001") }, []string{"total"}},
		{"negative bonus cap", func(r *assessment.Rubric) { r.BonusCap = testkit.Dec("-1") }, []string{"bonus_cap"}},
		{"no sections", func(r *assessment.Rubric) { r.Sections = nil }, []string{"sections"}},
		{"empty section", func(r *assessment.Rubric) {
			r.Sections = append(r.Sections, assessment.Section{ID: "s3", Name: name("三")})
		}, []string{"sections[2].items"}},
		{"duplicate section", func(r *assessment.Rubric) { r.Sections[1].ID = "s1" }, []string{"sections[1].id"}},
		{"section without id or name", func(r *assessment.Rubric) { r.Sections[0].ID = ""; r.Sections[0].Name = assessment.Name{} },
			[]string{"sections[0].id", "sections[0].name.zh_hans"}},
		{"duplicate item across sections", func(r *assessment.Rubric) { item(r, 1, 0).ID = "check" },
			[]string{"sections[1].items[0].id"}},
		{"item without id", func(r *assessment.Rubric) { item(r, 0, 0).ID = "" }, []string{"sections[0].items[0].id"}},
		{"item without name", func(r *assessment.Rubric) { item(r, 0, 0).Name = assessment.Name{} },
			[]string{"sections[0].items[0].name.zh_hans"}},
		{"unknown method", func(r *assessment.Rubric) { item(r, 0, 0).Method = 0 }, []string{"sections[0].items[0].method"}},
		{"points finer than a hundredth", func(r *assessment.Rubric) { item(r, 0, 0).Points = testkit.Dec("4.001") },
			[]string{"sections[0].items[0].points", "total"}},
		{"negative points", func(r *assessment.Rubric) { item(r, 0, 0).Points = testkit.Dec("-4"); r.Total = testkit.Dec("12") },
			[]string{"sections[0].items[0].points", "total"}},
		{"veto with points", func(r *assessment.Rubric) { item(r, 1, 2).Points = testkit.Dec("1") }, []string{"sections[1].items[2].points"}},
		{"deduction without deduct", func(r *assessment.Rubric) { item(r, 0, 1).Deduct = decimal.Zero },
			[]string{"sections[0].items[1].deduct"}},
		{"checklist with deduct", func(r *assessment.Rubric) { item(r, 0, 0).Deduct = testkit.Dec("1") },
			[]string{"sections[0].items[0].deduct"}},
		{"findings on a proportional item", func(r *assessment.Rubric) {
			item(r, 1, 0).Findings = []assessment.FindingRule{{Code: "a.b"}}
		}, []string{"sections[1].items[0].findings"}},
		{"malformed code", func(r *assessment.Rubric) { item(r, 0, 0).Findings[0].Code = "Not A Code" },
			[]string{"sections[0].items[0].findings[0].code"}},
		{"duplicate code in an item", func(r *assessment.Rubric) { item(r, 0, 1).Findings[1].Code = "test.ded_code" },
			[]string{"sections[0].items[1].findings[1].code"}},
		{"negative finding deduct", func(r *assessment.Rubric) { item(r, 0, 1).Findings[0].Deduct = testkit.Dec("-1") },
			[]string{"sections[0].items[1].findings[0].deduct"}},
		{"finding deduct on a checklist", func(r *assessment.Rubric) { item(r, 0, 0).Findings[0].Deduct = testkit.Dec("1") },
			[]string{"sections[0].items[0].findings[0].deduct"}},
		{"bonus without levels", func(r *assessment.Rubric) { item(r, 1, 1).Levels = nil }, []string{"sections[1].items[1].levels"}},
		{"levels on a checklist", func(r *assessment.Rubric) { item(r, 0, 0).Levels = item(r, 1, 1).Levels },
			[]string{"sections[0].items[0].levels"}},
		{"highest only on a deduction", func(r *assessment.Rubric) { item(r, 0, 1).HighestOnly = true },
			[]string{"sections[0].items[1].highest_only"}},
		{"level above the cap", func(r *assessment.Rubric) { item(r, 1, 1).Levels[0].Points = testkit.Dec("3.5") },
			[]string{"sections[1].items[1].levels[0].points"}},
		{"level without points", func(r *assessment.Rubric) { item(r, 1, 1).Levels[0].Points = decimal.Zero },
			[]string{"sections[1].items[1].levels[0].points"}},
		{"duplicate level", func(r *assessment.Rubric) { item(r, 1, 1).Levels[1].ID = "gold" },
			[]string{"sections[1].items[1].levels[1].id"}},
		{"level without id or name", func(r *assessment.Rubric) { item(r, 1, 1).Levels[1] = assessment.Level{Points: testkit.Dec("1")} },
			[]string{"sections[1].items[1].levels[1].id", "sections[1].items[1].levels[1].name.zh_hans"}},
		{"bands out of order", func(r *assessment.Rubric) { r.Grades[1].Min = testkit.Dec("18") }, []string{"grades[1].min"}},
		{"band above the highest score", func(r *assessment.Rubric) { r.Grades[0].Min = testkit.Dec("23.01") }, []string{"grades[0].min"}},
		{"last band not from zero", func(r *assessment.Rubric) { r.Grades[2].Min = testkit.Dec("1") }, []string{"grades[2].min"}},
		{"last band passes", func(r *assessment.Rubric) { r.Grades[2].Fail = false }, []string{"grades[2].fail"}},
		{"a failing band above a passing one", func(r *assessment.Rubric) { r.Grades[0].Fail = true; r.Grades[1].Fail = false },
			[]string{"grades[1].fail", "grades"}},
		{"duplicate grade", func(r *assessment.Rubric) { r.Grades[1].ID = "top" }, []string{"grades[1].id"}},
		{"negative band", func(r *assessment.Rubric) { r.Grades[2].Min = testkit.Dec("-1") }, []string{"grades[2].min"}},
		{"default bands on 20 points", func(r *assessment.Rubric) { r.Grades = nil }, []string{"grades"}},
		{"exactly 1000 points with bonus", func(r *assessment.Rubric) {
			// 4 + 6 + 987 = 997, and the bonus item's 3 on top: 1000.
			r.Total = testkit.Dec("997")
			item(r, 1, 0).Points = testkit.Dec("987")
		}, nil},
		{"beyond 1000 points", func(r *assessment.Rubric) {
			r.Total = testkit.Dec("1000")
			item(r, 1, 0).Points = testkit.Dec("990")
		}, []string{"total"}},
		{"every problem at once", func(r *assessment.Rubric) {
			r.ID = ""
			item(r, 0, 0).Method = 0
			item(r, 0, 1).Deduct = testkit.Dec("0.001")
			r.Grades[2].Fail = false
		}, []string{"id", "sections[0].items[0].method", "sections[0].items[1].deduct", "grades[2].fail"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := small()
			tt.edit(&r)
			err := r.Validate()
			if tt.fields == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
			_, err = assessment.New(r, assessment.DefaultPolicy())
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			for _, f := range testkit.Fields(err) {
				assert.True(t, strings.HasPrefix(f, "rubric"), f)
			}
		})
	}
}

func TestRubricLimits(t *testing.T) {
	r := small()
	many := make([]assessment.Item, assessment.MaxItems+1)
	r.Sections[0].Items = many
	assert.Equal(t, []string{"sections"}, testkit.Fields(r.Validate()))

	r = small()
	lv := make([]assessment.Level, assessment.MaxLevels+1)
	for i := range lv {
		lv[i] = assessment.Level{ID: "l" + string(rune('a'+i%26)) + string(rune('a'+i/26)), Name: name("l"), Points: testkit.Dec("1")}
	}
	r.Sections[1].Items[1].Levels = lv
	assert.Equal(t, []string{"sections[1].items[1].levels"}, testkit.Fields(r.Validate()))
}

func TestSampleRubric(t *testing.T) {
	r := assessment.SampleRubric()
	require.NoError(t, r.Validate())
	var sum, bonus decimal.Decimal
	for _, it := range allItems(r) {
		switch it.Method {
		case assessment.Bonus:
			bonus = bonus.Add(it.Points)
		default:
			sum = sum.Add(it.Points)
		}
		assert.NotEmpty(t, it.Name.Hant, it.ID)
		assert.NotEmpty(t, it.Name.En, it.ID)
		if it.Method != assessment.Bonus && it.Method != assessment.Veto {
			assert.NotEmpty(t, it.CheckBy.Hans, "%s says how it is checked", it.ID)
			assert.NotEmpty(t, it.CheckBy.Hant, it.ID)
			assert.NotEmpty(t, it.CheckBy.En, it.ID)
		}
	}
	assert.True(t, sum.Equal(decimal.NewFromInt(100)), "points sum to 100, got %s", sum)
	a := mustNew(t, r, assessment.DefaultPolicy())
	assert.Equal(t, p("103"), a.MaxScore(), "100 plus the bonus cap of 3")
	assert.Equal(t, p("60"), a.PassMark())

	codes := assessment.SampleCodes()
	assert.Contains(t, codes, houqin.Code("canteen.surplus_over_ceiling"))
	assert.Contains(t, codes, houqin.Code("canteen.disguised_surplus"))
	assert.Contains(t, codes, houqin.Code("fees.voluntary_made_compulsory"))
	assert.Contains(t, codes, houqin.Code("insurance.coverage_below_required"))
	for _, c := range codes {
		assert.NoError(t, c.Validate())
	}

	// The assessor keeps its own copy.
	mine := a.Rubric()
	mine.Sections[0].Sections[0].Items[0].Findings[0].Code = "x.y"
	mine.Grades = nil
	assert.Equal(t, assessment.SampleRubric(), a.Rubric())
	r.Sections[0].Sections[0].Items[0].Findings = nil
	assert.Equal(t, assessment.SampleRubric(), a.Rubric())

	// Each call is a fresh copy, down to the nested sections, findings,
	// levels and tiers.
	r.Sections[0].Sections[0].Items[0].ID = "changed"
	assert.Equal(t, "canteen.licence", assessment.SampleRubric().Sections[0].Sections[0].Items[0].ID)
	r = assessment.SampleRubric()
	r.Sections[0].Sections[0].Items[0].Findings[0].Code = "x.y"
	r.Sections[6].Items[0].Levels[0].ID = "changed"
	assert.Equal(t, a.Rubric(), assessment.SampleRubric())

	// The sample is the package's JSON file, which a bureau can copy.
	b, err := os.ReadFile("sample_rubric.json")
	require.NoError(t, err)
	fromFile, err := assessment.ParseRubric(b)
	require.NoError(t, err)
	assert.Equal(t, assessment.SampleRubric(), fromFile)
	g, ok := a.Grade("excellent")
	require.True(t, ok)
	assert.Equal(t, "优秀", g.Name.In(language.SimplifiedChinese))
	_, ok = a.Grade("nonesuch")
	assert.False(t, ok)
}

func TestRubricJSONRoundTrip(t *testing.T) {
	for _, r := range []assessment.Rubric{assessment.SampleRubric(), small(), bigRubric()} {
		b, err := json.Marshal(r)
		require.NoError(t, err)
		back, err := assessment.ParseRubric(b)
		require.NoError(t, err, string(b))
		b2, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(b2))
		assert.NotContains(t, string(b), `"points":0`, "points are strings")
	}
}

// A rubric of 130 points, written by a bureau in JSON, with its own bands.
const bureauRubric = `{
  "id": "county-2025",
  "name": {"zh_hans": "县学校后勤管理考核细则", "en": "County logistics rubric"},
  "total": "130",
  "sections": [
    {"id": "canteen", "name": {"zh_hans": "食堂"}, "items": [
      {"id": "surplus", "name": {"zh_hans": "结余不超过5%"}, "method": "deduction", "points": "30", "deduct": "5",
       "findings": [{"code": "canteen.surplus_over_ceiling"}, {"code": "canteen.disguised_surplus", "deduct": "10"}]},
      {"id": "hygiene", "name": {"zh_hans": "卫生"}, "method": "checklist", "points": "50"},
      {"id": "poisoning", "name": {"zh_hans": "食物中毒"}, "method": "veto"}
    ]},
    {"id": "fees", "name": {"zh_hans": "收费"}, "items": [
      {"id": "published", "name": {"zh_hans": "公示"}, "method": "proportional", "points": "50"}
    ]}
  ],
  "grades": [
    {"id": "a", "name": {"zh_hans": "优秀"}, "min": "117"},
    {"id": "b", "name": {"zh_hans": "良好"}, "min": "97.5"},
    {"id": "c", "name": {"zh_hans": "合格"}, "min": "78"},
    {"id": "d", "name": {"zh_hans": "不合格"}, "min": "0", "fail": true}
  ]
}`

func TestParseRubric(t *testing.T) {
	r, err := assessment.ParseRubric([]byte(bureauRubric))
	require.NoError(t, err)
	a := mustNew(t, r, assessment.DefaultPolicy())
	res, err := a.Score(assessment.Inspection{School: "x", Observations: []assessment.Observation{{Item: "published", Ratio: ratio("0.9")}},
		Findings: houqin.Findings{{Code: "canteen.disguised_surplus", Severity: houqin.Violation}}})
	require.NoError(t, err)
	// 30 − 10 + 50 + 45 = 115: below 117, at least 97.5.
	assert.Equal(t, p("115"), res.Score)
	assert.Equal(t, "b", res.Grade)

	tests := []struct {
		name, json string
		fields     []string
	}{
		{"not JSON", `{`, []string{""}},
		{"trailing data", bureauRubric + `{}`, []string{""}},
		{"unknown field", `{"id": "x", "totl": "100"}`, []string{"totl"}},
		{"wrong type", `{"id": 5}`, []string{"id"}},
		{"unknown method", strings.Replace(bureauRubric, `"veto"`, `"vetoo"`, 1), []string{"method"}},
		{"points as an exponent beyond range", strings.Replace(bureauRubric, `"deduct": "5"`, `"deduct": "5e100"`, 1),
			[]string{"sections[0].items[0].deduct"}},
		{"not a decimal", strings.Replace(bureauRubric, `"deduct": "5"`, `"deduct": "five"`, 1), []string{""}},
		{"invalid rubric", strings.Replace(bureauRubric, `"total": "130"`, `"total": "131"`, 1), []string{"total"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := assessment.ParseRubric([]byte(tt.json))
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
		})
	}
}

func TestMethodText(t *testing.T) {
	for _, m := range []assessment.Method{assessment.Checklist, assessment.Deduction, assessment.Proportional, assessment.Bonus, assessment.Veto,
		assessment.Threshold, assessment.Judged} {
		b, err := m.MarshalText()
		require.NoError(t, err)
		var back assessment.Method
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, m, back)
		assert.Equal(t, string(b), m.String())
		for _, tag := range testkit.Languages() {
			assert.NotContains(t, m.Label(tag), "assessment.")
		}
		assert.NotEqual(t, m.String(), m.Label(language.SimplifiedChinese), "a label of its own")
		assert.NotEqual(t, m.String(), m.Label(language.TraditionalChinese), "a label of its own")
	}
	assert.Equal(t, "扣分项", assessment.Deduction.Label(language.SimplifiedChinese))
	assert.Equal(t, "一票否決項", assessment.Veto.Label(language.TraditionalChinese))
	assert.Equal(t, "达标线计分项", assessment.Threshold.Label(language.SimplifiedChinese))
	assert.Equal(t, "評定計分項", assessment.Judged.Label(language.TraditionalChinese))
	assert.Equal(t, "Method(9)", assessment.Method(9).String())
	assert.Equal(t, "Method(0)", assessment.Method(0).Label(language.English))
	_, err := assessment.Method(0).MarshalText()
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	var m assessment.Method
	assert.ErrorIs(t, m.UnmarshalText([]byte("Checklist")), houqin.ErrInvalidInput)
	err = m.UnmarshalText([]byte(strings.Repeat("中", 20)))
	assert.EqualError(t, err, `invalid input: method: unknown method "中中中中中中中中中中…" (want checklist, deduction, proportional, bonus, veto, threshold or judged)`,
		"clipped between characters")
}

func TestDefaultGrades(t *testing.T) {
	g := assessment.DefaultGrades()
	require.Len(t, g, 4)
	assert.Equal(t, []string{"优秀", "良好", "合格", "不合格"}, []string{g[0].Name.Hans, g[1].Name.Hans, g[2].Name.Hans, g[3].Name.Hans})
	assert.True(t, g[3].Fail)
	assert.False(t, g[2].Fail)
}

// TestRubricReasons: what a refusal says where the field alone does not
// tell the rule.
func TestRubricReasons(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(r *assessment.Rubric)
		field  string
		reason string
	}{
		// A rubric of veto items only adds up to 0, which a total of 0 matches:
		// still refused, as a rubric scores something.
		{"total zero", func(r *assessment.Rubric) {
			r.Total, r.Grades, r.Ungraded = decimal.Zero, nil, true
			r.Sections = r.Sections[1:]
			r.Sections[0].Items = r.Sections[0].Items[2:]
		}, "total", "must be positive"},
		// The bands 18, 18, 0: the second is not below the first.
		{"a band equal to the one before", func(r *assessment.Rubric) { r.Grades[1].Min = testkit.Dec("18") },
			"grades[1].min", "18 is not below the band before it (18): bands go best first"},
		// The bands 18, 12, 12: the last, at 12, fails to start at 0 too.
		{"the last band equal to the one before", func(r *assessment.Rubric) { r.Grades[2].Min = testkit.Dec("12") },
			"grades[2].min", "12 is not below the band before it (12): bands go best first"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := small()
			tt.edit(&r)
			ies := houqin.InputErrors(r.Validate())
			require.NotEmpty(t, ies)
			assert.Equal(t, tt.field, ies[0].Field)
			assert.Equal(t, tt.reason, ies[0].Reason)
		})
	}
}

// TestRubricCountAtTheLimit: a rubric of exactly MaxItems items and
// MaxItems sections is valid; one item or one section more, wherever it
// comes, is refused before anything else is checked.
func TestRubricCountAtTheLimit(t *testing.T) {
	// 10,000 sections of one checklist item of 0.01: 10,000 × 0.01 = 100
	// points, the default bands' total.
	r := assessment.Rubric{ID: "many", Name: name("many"), Total: testkit.Dec("100")}
	for i := range assessment.MaxItems {
		id := strconv.Itoa(i)
		r.Sections = append(r.Sections, assessment.Section{ID: "s" + id, Name: name("s"), Items: []assessment.Item{
			{ID: "i" + id, Name: name("i"), Method: assessment.Checklist, Points: testkit.Dec("0.01")}}})
	}
	require.NoError(t, r.Validate())

	more := r
	more.Sections = append(r.Sections[:len(r.Sections):len(r.Sections)], assessment.Section{ID: "x", Name: name("x")})
	assert.EqualError(t, more.Validate(), "invalid input: sections: more than 10000 sections")

	// The same 10,000 items in one section, then one more item in a second.
	one := assessment.Rubric{ID: "many", Name: name("many"), Total: testkit.Dec("100"),
		Sections: []assessment.Section{{ID: "s", Name: name("s")}}}
	for _, s := range r.Sections {
		one.Sections[0].Items = append(one.Sections[0].Items, s.Items...)
	}
	require.NoError(t, one.Validate())
	one.Sections = append(one.Sections, assessment.Section{ID: "t", Name: name("t"), Items: []assessment.Item{
		{ID: "x", Name: name("x"), Method: assessment.Checklist, Points: testkit.Dec("0.01")}}})
	assert.EqualError(t, one.Validate(), "invalid input: sections: more than 10000 items")
}
