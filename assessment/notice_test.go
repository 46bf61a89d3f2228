package assessment_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	_ "github.com/houqin-go/houqin/canteen" // the texts of the findings
	_ "github.com/houqin-go/houqin/fees"
)

// noticeRound scores one round of the sample rubric: every item that must
// be observed at full marks, the canteen cleaned badly on 3 occasions, the
// given findings, and a veto when veto is set.
func noticeRound(t testing.TB, a *assessment.Assessor, round string, veto bool, fs ...houqin.Finding) assessment.Scored {
	in := assessment.Inspection{School: "S05", Round: round, Findings: fs}
	for _, it := range allItems(a.Rubric()) {
		if !mustObserve(it) {
			continue
		}
		o := assessment.Observation{Item: it.ID}
		switch it.Method {
		case assessment.Judged:
			o.Awarded = decimal.NewNullDecimal(it.Points)
		default:
			o.Ratio = decimal.NewNullDecimal(decimal.NewFromInt(1))
		}
		in.Observations = append(in.Observations, o)
	}
	in.Observations = append(in.Observations, assessment.Observation{Item: "canteen.cleaning", Occurrences: 3, Note: "操作间地面积水，餐具未消毒（3处）"})
	if veto {
		in.Observations = append(in.Observations, assessment.Observation{Item: "veto.food_poisoning", Fail: true, Note: "2026年5月12日发生食物中毒事件"})
	}
	res, err := a.Score(in)
	require.NoError(t, err)
	return assessment.Scored{Inspection: in, Result: res}
}

// noticeInput is the golden notice's school: one round with a fee over
// its standard and a voluntary charge without any consent, one with a
// canteen surplus a fen over its ceiling and a food-poisoning veto.
func noticeInput(t testing.TB, a *assessment.Assessor) assessment.NoticeInput {
	over := houqin.Finding{Code: "fees.over_standard", Severity: houqin.Violation, Subject: "校服费（2025–2026学年秋季学期）",
		Facts: []houqin.Fact{houqin.YuanFact("amount", 11000), houqin.YuanFact("standard", 10000), houqin.YuanFact("excess_per_pupil", 1000),
			houqin.CountFact("pupils", 1), houqin.YuanFact("excess_total", 1000)}}
	consent := houqin.Finding{Code: "fees.voluntary_no_consent", Severity: houqin.Violation, Subject: "学生饮用奶（2025–2026学年秋季学期）",
		Facts: []houqin.Fact{houqin.CountFact("pupils", 1)}}
	// 46,200.00 − 43,889.99 = 2,310.01, a fen over 5% of the revenue (2,310.00).
	surplus := houqin.Finding{Code: "canteen.surplus_over_ceiling", Severity: houqin.Violation, Subject: "桃源乡小学食堂2026年3月",
		Facts: []houqin.Fact{houqin.YuanFact("revenue", 4620000), houqin.YuanFact("spending", 4388999), houqin.YuanFact("surplus", 231001),
			houqin.PercentFact("ratio", houqin.ShareOf(231001, 4620000, 5_000_000)), houqin.PercentFact("ceiling", 5_000_000), houqin.YuanFact("excess", 1)}}
	r1 := noticeRound(t, a, "2025-autumn-mid", false, over, consent)
	r2 := noticeRound(t, a, "2026-spring-mid", true, surplus)
	rect, err := a.Rectification("S05", houqin.Date{Year: 2026, Month: 8, Day: 31})
	require.NoError(t, err)
	return assessment.NoticeInput{Rectification: rect, School: "桃源乡小学", Issuer: "清河县教育局",
		Year:   assessment.Combined{School: "S05", Score: r2.Result.Score, Grade: r2.Result.Grade, Fail: true, Vetoed: true},
		Rounds: []assessment.Scored{r1, r2}}
}

// The notice in each language, as text and as JSON, is the golden file's;
// go test -run TestNoticeGolden -update rewrites them.
func TestNoticeGolden(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	in := noticeInput(t, a)
	for _, tag := range testkit.Languages() {
		t.Run(tag.String(), func(t *testing.T) {
			n, err := a.Notice(tag, in)
			require.NoError(t, err)
			js, err := json.MarshalIndent(n, "", "  ")
			require.NoError(t, err)
			for ext, got := range map[string]string{"txt": n.Text(), "json": string(js) + "\n"} {
				path := filepath.Join("testdata", "notice."+tag.String()+"."+ext+".golden")
				if *update {
					require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
				}
				want, err := os.ReadFile(path)
				require.NoError(t, err, "run go test -run TestNoticeGolden -update")
				assert.Equal(t, string(want), got)
			}
			assert.Len(t, n.Problems, 6, "the cleaning and the two fees; the cleaning again, the surplus and the veto")
		})
	}
}

func TestNoticeRefusesBadInput(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	in := noticeInput(t, a)
	in.Rectification.School = ""
	in.Rounds[0].Result.Trail[0].Index = 99
	_, err := a.Notice(language.English, in)
	assert.Equal(t, []string{"rectification.school", "rounds[0].result.trail[0].index"}, testkit.Fields(err))
}

func TestNoticeWithoutProblemsOrGrade(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	rect, _ := a.Rectification("S01", houqin.Date{Year: 2026, Month: 8, Day: 31})
	n, err := a.Notice(language.English, assessment.NoticeInput{Rectification: rect, Year: assessment.Combined{Score: 5000}})
	require.NoError(t, err)
	assert.Equal(t, "S01", n.School)
	assert.Contains(t, n.Opening, "gives your school 50.00 points. No problem that cost points is on record.")
	assert.NotContains(t, n.Text(), "0 problems")
}

// FuzzNotice writes notices from any school name, issuer, dates and
// evidence index: an error names its field, a notice never panics and its
// text names the school.
func FuzzNotice(f *testing.F) {
	f.Add("桃源乡小学", "清河县教育局", 2026, 8, 31, 0, int64(9209))
	f.Add("", "", 0, 0, 0, 99, int64(0))
	f.Add("S", "x", 2026, 2, 30, -1, int64(-5))
	a := mustNew(f, assessment.SampleRubric(), assessment.DefaultPolicy())
	base := noticeInput(f, a)
	f.Fuzz(func(t *testing.T, school, issuer string, y, m, d, index int, score int64) {
		in := base
		in.Rounds = []assessment.Scored{base.Rounds[0]}
		in.Rounds[0].Result.Trail = append([]assessment.Evidence(nil), base.Rounds[0].Result.Trail...)
		in.Rounds[0].Result.Trail[0].Index = index
		in.School, in.Issuer = school, issuer
		in.Rectification.Issued = houqin.Date{Year: y, Month: time.Month(m), Day: d}
		in.Year.Score = assessment.Points(score)
		for _, tag := range testkit.Languages() {
			n, err := a.Notice(tag, in)
			if err != nil {
				require.NotEmpty(t, testkit.Fields(err), err)
				continue
			}
			assert.Contains(t, n.Text(), n.School)
		}
	})
}
