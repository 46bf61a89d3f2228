package assessment_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
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
	_ "github.com/houqin-go/houqin/insurance"
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
			// The cleaning (found in both rounds, listed once) and the
			// surplus; the two fees; the veto.
			require.Len(t, n.Areas, 3)
			assert.Equal(t, []string{"canteen", "fees", "veto"}, []string{n.Areas[0].Section, n.Areas[1].Section, n.Areas[2].Section})
			assert.Equal(t, []int{2, 2, 1}, []int{len(n.Areas[0].Problems), len(n.Areas[1].Problems), len(n.Areas[2].Problems)})
		})
	}
}

// TestNoticeListsOnceByArea: problems of the canteen, fees and insurance
// found in two rounds, some again, read once each, by area in rubric order
// (食堂管理, 学生消费市场与收费, 安全与保险), worst first, then by date.
//
// Round 1: the cleaning (3 occurrences, 1 point each: −3); a sample
// missing on 8 October twice, the same finding counted twice (−2, −2); a
// charge not in the catalog (−5); milk without any consent (checklist:
// −3); liability premiums charged to pupils (threshold item: −4).
// Round 2: the cleaning again (−3); the 8 October sample a third time
// (−2) and one missing on 2 March (−2); the uniform over its standard
// (−5); the premiums charged to pupils again (−4).
func TestNoticeListsOnceByArea(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	day := func(y int, m time.Month, d int) houqin.Date { return houqin.Date{Year: y, Month: m, Day: d} }
	october := houqin.Finding{Code: "canteen.sample_missing", Severity: houqin.Violation, Subject: "午餐/红烧肉",
		Facts: []houqin.Fact{houqin.DateFact("date", day(2025, time.October, 8))}}
	march := october
	march.Facts = []houqin.Fact{houqin.DateFact("date", day(2026, time.March, 2))}
	catalog := houqin.Finding{Code: "fees.item_not_in_catalog", Severity: houqin.Violation, Subject: "课后托管费",
		Facts: []houqin.Fact{houqin.YuanFact("amount", 20000), houqin.CountFact("pupils", 120)}}
	over := houqin.Finding{Code: "fees.over_standard", Severity: houqin.Violation, Subject: "校服费",
		Facts: []houqin.Fact{houqin.YuanFact("amount", 11000), houqin.YuanFact("standard", 10000), houqin.YuanFact("excess_per_pupil", 1000),
			houqin.CountFact("pupils", 300), houqin.YuanFact("excess_total", 300000)}}
	milk := houqin.Finding{Code: "fees.voluntary_no_consent", Severity: houqin.Violation, Subject: "学生饮用奶",
		Facts: []houqin.Fact{houqin.CountFact("pupils", 300)}}
	charged := houqin.Finding{Code: "insurance.premium_charged_to_pupils", Severity: houqin.Violation, Subject: "S05-SL-2025",
		Facts: []houqin.Fact{houqin.YuanFact("amount", 150000), houqin.CountFact("pupils", 300)}}
	r1 := noticeRound(t, a, "2025-autumn-mid", false, october, catalog, charged, october, milk)
	r2 := noticeRound(t, a, "2026-spring-mid", false, charged, march, over, october)
	rect, err := a.Rectification("S05", day(2026, time.August, 31))
	require.NoError(t, err)
	in := assessment.NoticeInput{Rectification: rect, School: "桃源乡小学",
		Year: assessment.Combined{School: "S05", Score: r2.Result.Score, Grade: r2.Result.Grade}, Rounds: []assessment.Scored{r1, r2}}

	type want struct {
		item   string
		text   string // a part of the text
		rounds []string
		times  int
		taken  assessment.Points
		seen   string // in Simplified Chinese
		basis  string // the end of the basis in Simplified Chinese
	}
	both := []string{"2025-autumn-mid", "2026-spring-mid"}
	areas := []struct {
		section, heading string
		problems         []want
	}{
		{"canteen", "一、食堂管理", []want{
			// 6 points, first in round 1, the cleaning before the samples in rubric order.
			{"canteen.cleaning", "操作间地面积水", both, 2, p("6"), "（两次检查均发现）", "（每次扣3分）"},
			{"canteen.samples", "2025年10月8日", both, 3, p("6"), "（两次检查共发现三次）", "（每次扣2分）"},
			{"canteen.samples", "2026年3月2日", both[1:], 1, p("2"), "", "（扣2分）"},
		}},
		{"fees", "二、学生消费市场与收费", []want{
			// 5 points each: round 1's first; then the 3 of the milk, though found first.
			{"fees.compliance", "课后托管费", both[:1], 1, p("5"), "", "（扣5分）"},
			{"fees.compliance", "校服费", both[1:], 1, p("5"), "", "（扣5分）"},
			{"fees.voluntary", "学生饮用奶", both[:1], 1, p("3"), "", "（扣3分）"},
		}},
		{"safety", "三、安全与保险", []want{
			{"safety.insurance", "S05-SL-2025", both, 2, p("8"), "（两次检查均发现）", "（每次扣4分）"},
		}},
	}
	n, err := a.Notice(language.SimplifiedChinese, in)
	require.NoError(t, err)
	require.Len(t, n.Areas, len(areas))
	assert.Contains(t, n.Opening, "检查发现以下7个问题：", "each problem counted once")
	text := n.Text()
	num := 0
	for i, wa := range areas {
		got := n.Areas[i]
		assert.Equal(t, wa.section, got.Section)
		assert.Equal(t, wa.heading, got.Heading)
		require.Len(t, got.Problems, len(wa.problems), wa.section)
		for j, w := range wa.problems {
			num++
			g := got.Problems[j]
			assert.Equal(t, w.item, g.Item, "%s %d", wa.section, j)
			assert.Contains(t, g.Text, w.text)
			assert.Equal(t, w.rounds, g.Rounds, g.Text)
			assert.Equal(t, w.times, g.Times, g.Text)
			assert.Equal(t, w.taken, g.Taken, g.Text)
			assert.Equal(t, w.seen, g.Seen, g.Text)
			assert.True(t, strings.HasSuffix(g.Basis, w.basis), "%q", g.Basis)
			assert.Equal(t, 1, strings.Count(text, g.Text), "listed once: %q", g.Text)
			assert.Contains(t, text, "\n"+strconv.Itoa(num)+". "+g.Text+g.Seen+"\n", "numbered on across the areas")
		}
	}

	// The same in English and Traditional Chinese.
	en, err := a.Notice(language.English, in)
	require.NoError(t, err)
	assert.Equal(t, "A. Canteen", en.Areas[0].Heading)
	assert.Equal(t, "(found in 2 inspections)", en.Areas[0].Problems[0].Seen)
	assert.Equal(t, "(found 3 times in 2 inspections)", en.Areas[0].Problems[1].Seen)
	assert.True(t, strings.HasSuffix(en.Areas[0].Problems[1].Basis, "(2 points deducted each time)"), en.Areas[0].Problems[1].Basis)
	assert.Contains(t, en.Text(), "1. 操作间地面积水，餐具未消毒（3处） (found in 2 inspections)\n")
	assert.Contains(t, en.Opening, "the following 7 problems:")
	hant, err := a.Notice(language.TraditionalChinese, in)
	require.NoError(t, err)
	assert.Equal(t, "（兩次檢查共發現三次）", hant.Areas[0].Problems[1].Seen)
	assert.Equal(t, "三、安全與保險", hant.Areas[2].Heading)
}

// TestNoticeRepeats: how a problem found more than once reads, at the
// limits: once (nothing said), twice in one round, in two rounds, three
// times in two rounds; every time the same points, or not.
func TestNoticeRepeats(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	sample := houqin.Finding{Code: "canteen.sample_missing", Severity: houqin.Violation, Subject: "午餐/红烧肉",
		Facts: []houqin.Fact{houqin.DateFact("date", houqin.Date{Year: 2025, Month: time.October, Day: 8})}}
	rect, err := a.Rectification("S05", houqin.Date{Year: 2026, Month: 8, Day: 31})
	require.NoError(t, err)
	// canteen.samples deducts 2 per finding from its 4 points: a third
	// finding in one round takes nothing.
	tests := []struct {
		name         string
		rounds       [][]int // per round, how many times the finding is given
		hans, en     string  // Seen
		basisHans    string
		basisEn      string
		taken        assessment.Points
		times, count int // times; problems listed
	}{
		{"once", [][]int{{1}}, "", "", "（扣2分）", "(2 points deducted)", p("2"), 1, 1},
		{"twice in one round", [][]int{{2}}, "（同一次检查中发现两次）", "(found 2 times in one inspection)", "（每次扣2分）", "(2 points deducted each time)", p("4"), 2, 1},
		{"three times in one round, the third taking nothing", [][]int{{3}}, "（同一次检查中发现三次）", "(found 3 times in one inspection)", "（共扣4分）", "(4 points deducted in all)", p("4"), 3, 1},
		{"in two rounds", [][]int{{1}, {1}}, "（两次检查均发现）", "(found in 2 inspections)", "（每次扣2分）", "(2 points deducted each time)", p("4"), 2, 1},
		{"three times in two rounds", [][]int{{2}, {1}}, "（两次检查共发现三次）", "(found 3 times in 2 inspections)", "（每次扣2分）", "(2 points deducted each time)", p("6"), 3, 1},
		{"in the second of two rounds", [][]int{{0}, {1}}, "", "", "（扣2分）", "(2 points deducted)", p("2"), 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := assessment.NoticeInput{Rectification: rect, Year: assessment.Combined{Score: 9000}}
			for i, r := range tt.rounds {
				var fs []houqin.Finding
				for range r[0] {
					fs = append(fs, sample)
				}
				in.Rounds = append(in.Rounds, noticeRound(t, a, "r"+strconv.Itoa(i+1), false, fs...))
			}
			for _, tag := range []language.Tag{language.SimplifiedChinese, language.English} {
				n, err := a.Notice(tag, in)
				require.NoError(t, err)
				var got []assessment.NoticeProblem
				for _, ar := range n.Areas {
					for _, pr := range ar.Problems {
						if pr.Item == "canteen.samples" {
							got = append(got, pr)
						}
					}
				}
				require.Len(t, got, tt.count)
				assert.Equal(t, tt.times, got[0].Times)
				assert.Equal(t, tt.taken, got[0].Taken)
				seen, basis := tt.hans, tt.basisHans
				if tag == language.English {
					seen, basis = tt.en, tt.basisEn
				}
				assert.Equal(t, seen, got[0].Seen)
				assert.True(t, strings.HasSuffix(got[0].Basis, basis), "%q", got[0].Basis)
			}
		})
	}
}

func TestNoticeRefusesBadInput(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	in := noticeInput(t, a)
	in.Rectification.School = ""
	in.Rounds[0].Result.Trail[0].Index = 99
	in.Rounds[1].Result.Trail = append([]assessment.Evidence(nil), in.Rounds[1].Result.Trail...)
	in.Rounds[1].Result.Trail[1].Item = "canteen.nope"
	_, err := a.Notice(language.English, in)
	assert.Equal(t, []string{"rectification.school", "rounds[0].result.trail[0].index", "rounds[1].result.trail[1].item"}, testkit.Fields(err))
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

// TestNoticeOrderAndCost: what a notice lists and in which order, where
// the rule's ties break. canteen.samples (4 points, 2 per finding) is
// found three times in round 1 (A, B, C: C comes when A and B have taken
// its 4 points) and once in round 2 (D); canteen.procurement (4 points, 2
// per finding), which follows it in the rubric, once in round 1 (P); the
// cleaning 3 times a round (1 each).
func TestNoticeOrderAndCost(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	sample := func(s string) houqin.Finding {
		return houqin.Finding{Code: "canteen.sample_missing", Severity: houqin.Violation, Subject: s}
	}
	supplier := houqin.Finding{Code: "canteen.unlisted_supplier", Severity: houqin.Violation, Subject: "P"}
	r1 := noticeRound(t, a, "r1", false, sample("A"), supplier, sample("B"), sample("C"))
	r2 := noticeRound(t, a, "r2", false, sample("D"))
	rect, err := a.Rectification("S05", houqin.Date{Year: 2026, Month: 8, Day: 31})
	require.NoError(t, err)
	n, err := a.Notice(language.SimplifiedChinese, assessment.NoticeInput{Rectification: rect,
		Year: assessment.Combined{School: "S05", Score: r2.Result.Score}, Rounds: []assessment.Scored{r1, r2}})
	require.NoError(t, err)

	// C took nothing and is not listed. The cleaning cost 3 + 3 = 6; the
	// others 2 each: first those found in round 1 (A and B, which the rubric
	// lists before P, in the order found), then D, found in round 2 only.
	type want struct {
		item, subject string
		rounds        []string
		times         int
		taken         string
		seen, basis   string
	}
	wants := []want{
		{"canteen.cleaning", "", []string{"r1", "r2"}, 2, "6", "（两次检查均发现）", "（每次扣3分）"},
		{"canteen.samples", "A", []string{"r1"}, 1, "2", "", "（扣2分）"},
		{"canteen.samples", "B", []string{"r1"}, 1, "2", "", "（扣2分）"},
		{"canteen.procurement", "P", []string{"r1"}, 1, "2", "", "（扣2分）"},
		{"canteen.samples", "D", []string{"r2"}, 1, "2", "", "（扣2分）"},
	}
	require.Len(t, n.Areas, 1)
	assert.Equal(t, "canteen", n.Areas[0].Section)
	assert.True(t, strings.HasSuffix(n.Opening, "检查发现以下5个问题："), n.Opening)
	got := n.Areas[0].Problems
	require.Len(t, got, len(wants))
	for i, w := range wants {
		g := got[i]
		assert.Equal(t, w.item, g.Item, "%d", i)
		if w.subject == "" {
			assert.Nil(t, g.Finding, "%d", i)
		} else {
			require.NotNil(t, g.Finding, "%d", i)
			assert.Equal(t, w.subject, g.Finding.Subject, "%d", i)
		}
		assert.Equal(t, w.rounds, g.Rounds, "%d", i)
		assert.Equal(t, w.times, g.Times, "%d", i)
		assert.Equal(t, p(w.taken), g.Taken, "%d", i)
		assert.False(t, g.Veto, "%d", i)
		assert.Equal(t, w.seen, g.Seen, "%d", i)
		assert.True(t, strings.HasSuffix(g.Basis, w.basis), "%d: %q", i, g.Basis)
	}
}

// TestNoticeIndexAtTheEnd: evidence pointing one past the last observation
// or finding of its inspection is refused; at the last one it is read.
func TestNoticeIndexAtTheEnd(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	base := noticeInput(t, a)
	for k, e := range base.Rounds[0].Result.Trail {
		t.Run(e.From.String()+strconv.Itoa(k), func(t *testing.T) {
			in := base
			in.Rounds = slices.Clone(base.Rounds)
			in.Rounds[0].Result.Trail = slices.Clone(base.Rounds[0].Result.Trail)
			n := len(in.Rounds[0].Inspection.Observations)
			if e.From == assessment.FromFinding {
				n = len(in.Rounds[0].Inspection.Findings)
			}
			in.Rounds[0].Result.Trail[k].Index = n
			_, err := a.Notice(language.English, in)
			assert.Equal(t, []string{"rounds[0].result.trail[" + strconv.Itoa(k) + "].index"}, testkit.Fields(err))
			in.Rounds[0].Result.Trail[k].Index = n - 1
			_, err = a.Notice(language.English, in)
			assert.NoError(t, err)
		})
	}
}

// TestNoticeAreaHeadings: English numbers the areas A to Z, then 26 is
// followed by 27; Chinese 一 … 二十六, 二十七.
func TestNoticeAreaHeadings(t *testing.T) {
	// 27 sections of one checklist item of 1 point, every item failed.
	r := assessment.Rubric{ID: "areas", Name: name("areas"), Total: testkit.Dec("27"), Ungraded: true}
	in := assessment.Inspection{School: "S", Round: "r"}
	for i := 1; i <= 27; i++ {
		id := strconv.Itoa(i)
		r.Sections = append(r.Sections, assessment.Section{ID: "s" + id, Name: name("area" + id), Items: []assessment.Item{
			{ID: "i" + id, Name: name("item" + id), Method: assessment.Checklist, Points: testkit.Dec("1")}}})
		in.Observations = append(in.Observations, assessment.Observation{Item: "i" + id, Fail: true})
	}
	a := mustNew(t, r, assessment.DefaultPolicy())
	res, err := a.Score(in)
	require.NoError(t, err)
	rect, err := a.Rectification("S", houqin.Date{Year: 2026, Month: 8, Day: 31})
	require.NoError(t, err)
	ni := assessment.NoticeInput{Rectification: rect, Year: assessment.Combined{School: "S"}, Rounds: []assessment.Scored{{Inspection: in, Result: res}}}
	tests := []struct {
		tag            language.Tag
		first, z, last string
	}{
		{language.English, "A. area1", "Z. area26", "27. area27"},
		{language.SimplifiedChinese, "一、area1", "二十六、area26", "二十七、area27"},
	}
	for _, tt := range tests {
		n, err := a.Notice(tt.tag, ni)
		require.NoError(t, err)
		require.Len(t, n.Areas, 27)
		assert.Equal(t, tt.first, n.Areas[0].Heading)
		assert.Equal(t, tt.z, n.Areas[25].Heading)
		assert.Equal(t, tt.last, n.Areas[26].Heading)
	}
}

// TestNoticeTiesInFoundOrder: problems that tie on everything the rule
// orders by (area, veto, points, first round, item) are listed in the
// order they were found, however many they are. Item y, after x in the
// rubric, loses 2 per finding and x 1: the 13 findings of y come first,
// then the 13 of x, each item's in the order given, though the findings
// alternate x, y, x, y …
func TestNoticeTiesInFoundOrder(t *testing.T) {
	r := assessment.Rubric{ID: "ties", Name: name("ties"), Total: testkit.Dec("200"), Ungraded: true,
		Sections: []assessment.Section{{ID: "s", Name: name("s"), Items: []assessment.Item{
			{ID: "x", Name: name("x"), Method: assessment.Deduction, Points: testkit.Dec("100"), Deduct: testkit.Dec("1"),
				Findings: []assessment.FindingRule{{Code: "t.x"}}},
			{ID: "y", Name: name("y"), Method: assessment.Deduction, Points: testkit.Dec("100"), Deduct: testkit.Dec("2"),
				Findings: []assessment.FindingRule{{Code: "t.y"}}},
		}}}}
	a := mustNew(t, r, assessment.DefaultPolicy())
	in := assessment.Inspection{School: "S", Round: "r"}
	var wantX, wantY []string
	for i := 1; i <= 13; i++ {
		x, y := "x"+strconv.Itoa(100+i), "y"+strconv.Itoa(100+i)
		in.Findings = append(in.Findings, houqin.Finding{Code: "t.x", Severity: houqin.Violation, Subject: x},
			houqin.Finding{Code: "t.y", Severity: houqin.Violation, Subject: y})
		wantX, wantY = append(wantX, x), append(wantY, y)
	}
	res, err := a.Score(in)
	require.NoError(t, err)
	// 200 − 13 × 1 − 13 × 2 = 161.
	require.Equal(t, p("161"), res.Score)
	rect, err := a.Rectification("S", houqin.Date{Year: 2026, Month: 8, Day: 31})
	require.NoError(t, err)
	n, err := a.Notice(language.English, assessment.NoticeInput{Rectification: rect, Year: assessment.Combined{School: "S", Score: res.Score},
		Rounds: []assessment.Scored{{Inspection: in, Result: res}}})
	require.NoError(t, err)
	require.Len(t, n.Areas, 1)
	var got []string
	for k, pr := range n.Areas[0].Problems {
		got = append(got, pr.Finding.Subject)
		item, taken := "y", p("2")
		if k >= 13 {
			item, taken = "x", p("1")
		}
		assert.Equal(t, item, pr.Item)
		assert.Equal(t, taken, pr.Taken)
		assert.Equal(t, 1, pr.Times)
		assert.Equal(t, []string{"r"}, pr.Rounds)
	}
	assert.Equal(t, append(wantY, wantX...), got)
	assert.True(t, strings.HasSuffix(n.Opening, "the following 26 problems:"), n.Opening)
}
