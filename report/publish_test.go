package report_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/insurance"
	"github.com/houqin-go/houqin/report"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// The counties the tests strip parts from: the sample county with a part
// of its year taken out, as a county that has no canteen, or files no
// fees, or reports no claims, hands it in.
var sparse = []struct {
	name string
	edit func(c *report.County)
	// absent are phrases of the summary that speak of the part taken out,
	// in each language: none may be written.
	absent []string
	// present are the fixed phrases that say the part is missing.
	present []string
}{
	{"the whole county", func(*report.County) {}, nil, nil},
	{"no canteen statements", func(c *report.County) {
		for i := range c.Schools {
			c.Schools[i].Canteen.Statements = nil
		}
	}, []string{"食堂月度报表", "食堂月度報表", "canteen statement"}, nil},
	{"no fee filings", func(c *report.County) {
		for i := range c.Schools {
			c.Schools[i].Fees = nil
		}
	}, []string{"收费项目", "收費項目", "fee charge", "应退还", "應退還", "owed back"},
		[]string{"学期末结算无退费或补收。", "學期末結算無退費或補收。", "No refunds or top-ups at the term-end settlements."}},
	{"top-ups only", func(c *report.County) {
		for i := range c.Schools {
			if c.Schools[i].ID != "S06" { // the vocational school collects its textbooks' shortfall
				c.Schools[i].Fees = nil
			}
		}
	}, []string{"应退还", "應退還", "owed back", "其中0项", "其中0項", "0 in breach"},
		[]string{"未发现违规；", "未發現違規；", "audited, without violations;"}},
	{"no claims", func(c *report.County) { c.Claims = nil },
		[]string{"保险报案", "保險報案", "insurance claim", "截至5月31日", "As of 31 May"},
		[]string{"截至8月31日，无理赔。", "As of 31 August, no claims."}},
	{"one clean school", func(c *report.County) {
		c.Schools = c.Schools[:1] // S01: nothing found
		c.Claims = slices.DeleteFunc(c.Claims, func(cl insurance.Claim) bool { return cl.School != "S01" })
	}, []string{"其中", "with violations", "in breach", "良好", "Good", "Pass", "警告0", "0 warnings"},
		[]string{"审核食堂月度报表12份，未发现违规", "12 canteen statements checked, without violations", "The county has 1 school."}},
	{"the barest county", func(c *report.County) {
		c.Rounds = c.Rounds[:1]
		c.Assessment.Weights = nil
		s := c.Schools[0]
		s.Canteen, s.Fees, s.Insurance = report.Canteen{}, nil, report.Cover{}
		s.Inspections = s.Inspections[:1]
		c.Schools = []report.School{s}
		c.Claims = nil
	}, []string{"食堂", "收费", "收費", "canteen", "fee", "投保率", "Coverage", "考核定高低", "rounds decide"},
		[]string{"各校检查未发现违规或警告。", "各校檢查未發現違規或警告。", "The schools' checks found no violations or warnings."}},
}

// Of a county without some part of the year, the circular says nothing:
// no count of none ("0 statements", "其中0份", "0 Pass"), no empty
// clause, no format verb left over, no field path, no raw code, and
// English agrees in number. What a part's absence leaves to say is said
// in one fixed sentence.
func TestNothingAboutNothing(t *testing.T) {
	for _, tt := range sparse {
		t.Run(tt.name, func(t *testing.T) {
			c := sample(t)
			tt.edit(c)
			require.NoError(t, c.Validate())
			r, err := report.Build(c)
			require.NoError(t, err)
			var all string
			for _, tag := range tags {
				text := r.Text(tag)
				assertFitToPublish(t, text, tag)
				summary := strings.Split(text, "\n\n")[1]
				for _, a := range tt.absent {
					assert.NotContains(t, summary, a, tag)
				}
				all += text
			}
			for _, p := range tt.present {
				assert.Contains(t, all, p)
			}
		})
	}
}

var (
	enZero     = regexp.MustCompile(`(?:^|[^\d.,])0 \p{L}`)
	zhZero     = regexp.MustCompile(`(?:^|[^\d.,])0(?:名|人|件|份|所|项|項|天|个|個|餐|次|行|笔|筆|分钟|分鐘)`)
	enOneMany  = regexp.MustCompile(`(?:^|[^\d.,])1 (\p{L}+s)\b`)
	fieldPath  = regexp.MustCompile(`[\p{L}_]\[\d+\]|\]\.\p{L}`)
	rawCode    = regexp.MustCompile(`\b(?:canteen|fees|insurance|assessment|report)\.\p{Ll}`)
	snake      = regexp.MustCompile(`\p{Ll}_\p{Ll}`)
	allowedOne = []string{"is", "was", "has", "its", "this", "as", "us"}
)

// assertFitToPublish checks a whole circular as testkit.AssertFitToPublish
// checks a finding's message: no verb or selector left over, no field
// path, no raw code or snake_case identifier, no count of nothing, English
// agreeing in number, and no heading without a line under it.
func assertFitToPublish(t *testing.T, text string, tag language.Tag) {
	t.Helper()
	for _, bad := range []string{"%!", "%[", "{", "}", "lines[", "schools[", "¥0.00", "\n\n\n"} {
		assert.NotContains(t, text, bad, tag)
	}
	for _, re := range []*regexp.Regexp{fieldPath, rawCode, snake} {
		assert.Empty(t, re.FindAllString(text, -1), "%s: %s", tag, re)
	}
	if tag == language.English {
		assert.Empty(t, enZero.FindAllString(text, -1), "a sentence about nothing")
		for _, m := range enOneMany.FindAllStringSubmatch(text, -1) {
			assert.Contains(t, allowedOne, m[1], "English number: %q", m[0])
		}
	} else {
		assert.Empty(t, zhZero.FindAllString(text, -1), "%s: a sentence about nothing", tag)
	}
	for _, part := range strings.Split(text, "\n\n")[1:] { // every section has a heading and a line
		assert.GreaterOrEqual(t, len(strings.Split(strings.TrimSpace(part), "\n")), 2, "%s: %q", tag, part)
	}
}

// A report read back from its JSON writes the same circular, byte for
// byte, in every language: the text reads only what the JSON carries.
func TestJSONRoundTrip(t *testing.T) {
	for _, tt := range sparse {
		t.Run(tt.name, func(t *testing.T) {
			c := sample(t)
			tt.edit(c)
			r, err := report.Build(c)
			require.NoError(t, err)
			data, err := json.Marshal(r)
			require.NoError(t, err)
			var back report.Report
			require.NoError(t, json.Unmarshal(data, &back))
			for _, tag := range append(tags, language.Japanese, language.MustParse("zh-TW")) {
				assert.Equal(t, r.Text(tag), back.Text(tag), tag)
			}
			again, err := json.Marshal(&back)
			require.NoError(t, err)
			assert.Equal(t, string(data), string(again), "the JSON reads back to itself")
			// The summary is counted from the details the JSON carries.
			back.Summary.Violations, back.Summary.Grades[0].Schools = -1, -1
			back.Summarize()
			assert.Equal(t, r.Summary, back.Summary)
		})
	}
}

// The circular of a county with parts missing, in each language and as
// JSON, is the golden files' (testdata/circular.*); go test -update
// rewrites them. The county is two schools of the sample county, neither
// with a canteen: S01, whose exercise books are refunded, and S06, whose
// textbooks' shortfall is collected and whose pupils pay a premium; no
// claims; no school graded Pass or Fail. The sample county's whole circular in three languages is the
// example program's golden files (examples/countyreport/testdata).
func TestGolden(t *testing.T) {
	c := sample(t)
	c.Schools = []report.School{c.Schools[0], c.Schools[5]} // S01, S06
	c.Schools[0].Canteen = report.Canteen{}
	c.Schools[1].Canteen = report.Canteen{}
	c.Claims = nil
	r, err := report.Build(c)
	require.NoError(t, err)
	for _, tag := range tags {
		assertGolden(t, "circular."+tag.String()+".txt", r.Text(tag))
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(r))
	assertGolden(t, "circular.json", b.String())
}

func assertGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update")
	assert.Equal(t, string(want), got)
}

// A report a host assembles itself writes what it holds and says, once,
// what it does not: no schools, no insurance, no ranking; a rubric without
// grade bands; rounds of equal weight; a kind of insurance the report
// does not name. It reads the same back from its JSON.
func TestAssembled(t *testing.T) {
	asOf := houqin.Date{Year: 2026, Month: 8, Day: 31}
	ins, err := insurance.New(insurance.DefaultPolicy())
	require.NoError(t, err)
	year, err := ins.NewTally(asOf)
	require.NoError(t, err)
	score, err := assessment.PointsOf("", decimal.RequireFromString("88.5"))
	require.NoError(t, err)
	school := report.SchoolReport{ID: "S1", Name: report.Name{Hans: "城关小学", Hant: "城關小學", En: "Chengguan Primary School"},
		Findings: []report.Dated{{Finding: houqin.Finding{Code: "houqin.school_year", Severity: houqin.Warning, Subject: "一中",
			Facts: []houqin.Fact{houqin.CountFact("year", 2025)}}, Source: "canteen", On: asOf}},
		Fees: []report.FeeTerm{{Term: houqin.Term{Year: 2025, Semester: houqin.Autumn}, Charges: 2}}}
	rounds := []report.Round{{ID: "r1", On: houqin.Date{Year: 2025, Month: 10, Day: 20}}, {ID: "r2", On: houqin.Date{Year: 2026, Month: 4, Day: 20}}}
	base := func() report.Report {
		return report.Report{County: report.Name{Hans: "清河县"}, SchoolYear: 2025, AsOf: asOf}
	}
	for _, tt := range []struct {
		name string
		r    func() report.Report
		want []string // in Simplified Chinese and English
	}{
		{"nothing at all", base, []string{
			"清河县2025–2026学年", "一、总体情况\n各校检查未发现违规或警告。\n\n", "未列入学校。", "学期末结算无退费或补收。", "未列保险情况。", "未列考核排名。",
			"清河县: school logistics report", "1. Summary\nThe schools' checks found no violations or warnings.\n\n", "No schools are listed.", "No insurance figures are given.", "No ranking is given."}},
		{"ungraded, equal rounds", func() report.Report {
			r := base()
			r.Schools = []report.SchoolReport{school}
			r.Rounds = rounds
			r.Insurance = report.InsuranceReport{Year: year, Coverage: insurance.CoverageReport{Kinds: []insurance.Coverage{
				{Kind: insurance.SchoolLiability, Enrolled: 1, Insured: 1, Rate: houqin.Ratio(100_000_000)}}}}
			r.Insurance.KindNames = []report.KindName{{Kind: insurance.SchoolLiability}} // no name: the library's
			r.Ranking = assessment.Ranking{Places: []assessment.Place{{School: "S1", Rank: 1, Score: score}}}
			r.Summarize()
			return r
		}, []string{
			"全县共1所学校。审计收费项目2项，未发现违规。共发现警告1项。\n\n", "截至8月31日，无理赔。\n校方责任险投保率：全县100.00%（应保1人，已保1人）。",
			"（2次考核定高低，各次权重相同）\n1. 城关小学 88.50分\n无须整改的学校。",
			"The county has 1 school. 2 fee charges audited, without violations. 1 warning found.\n\n",
			"Coverage of school liability insurance: 100.00% county-wide (1 of 1 insured).",
			"(2 rounds decide the rank, each weighing the same)\n1. Chengguan Primary School 88.50 points\nNo school must rectify."}},
		{"weights not one a round, a grade not listed", func() report.Report {
			r := base()
			r.Schools = []report.SchoolReport{school}
			r.Rounds = rounds
			r.Weights = []decimal.Decimal{decimal.NewFromInt(1)}
			r.Summary = report.Summary{Refunds: 150, Violations: 2, Warnings: 1}
			// One pupil refunded, one of two getting a fen more, one
			// pupil topping up: English agrees with each.
			r.Schools[0].Fees = []report.FeeTerm{{Term: houqin.Term{Year: 2025, Semester: houqin.Spring}, Charges: 3,
				Result: fees.Result{Settlements: []fees.ItemSettlement{
					{Name: "作业本费", Pupils: 1, Collected: 1000, Actual: 900, Balance: 100, Outcome: fees.Refund, Each: 100},
					{Name: "作业本费", Pupils: 2, Collected: 2000, Actual: 1995, Balance: 5, Outcome: fees.Refund, Each: 2, Extra: 1},
					{Name: "教材费", Pupils: 1, Collected: 1000, Actual: 1200, Balance: -200, Outcome: fees.TopUp, Each: 200},
				}}}}
			r.Ranking = assessment.Ranking{Places: []assessment.Place{{School: "S9", Rank: 1, Score: score, Grade: "gold"}}}
			return r
		}, []string{
			"学期末结算应退还学生¥1.50（大写：壹元伍角）。共发现违规2项、警告1项。", "五、后勤管理考核排名\n1. S9 88.50分 gold\n",
			"CN¥1.50 (壹元伍角) owed back to pupils at the term-end settlements. 2 violations and 1 warning found.",
			"the excess of CN¥1.00 (壹元整) goes back to 1 pupil, CN¥1.00 (壹元整) each.",
			"goes back to 2 pupils, CN¥0.02 (贰分) each; the first 1 on the roll gets CN¥0.03 (叁分).",
			"the shortfall of CN¥2.00 is collected from 1 pupil, CN¥2.00 each."}},
		// Coverage of no pupils is no figure; a kind the report names is
		// written by its name.
		{"coverage of nobody", func() report.Report {
			r := base()
			r.Insurance = report.InsuranceReport{Coverage: insurance.CoverageReport{Kinds: []insurance.Coverage{
				{Kind: insurance.SchoolLiability}}}}
			return r
		}, []string{"四、学校保险\n未列保险情况。\n", "4. Insurance\nNo insurance figures are given.\n"}},
		{"a kind named by the report", func() report.Report {
			r := base()
			r.Insurance = report.InsuranceReport{Coverage: insurance.CoverageReport{Kinds: []insurance.Coverage{
				{Kind: insurance.SchoolLiability, Enrolled: 2, Insured: 1, Rate: houqin.Ratio(50_000_000)}}},
				KindNames: []report.KindName{{Kind: insurance.SchoolLiability, Name: report.Name{Hans: "校方责任保险", Hant: "校方責任保險", En: "liability cover"}}}}
			return r
		}, []string{"校方责任保险投保率：全县50.00%（应保2人，已保1人）。", "Coverage of liability cover: 50.00% county-wide (1 of 2 insured)."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.r()
			var all string
			for _, tag := range tags {
				text := r.Text(tag)
				assertFitToPublish(t, text, tag)
				all += text
			}
			for _, w := range tt.want {
				assert.Contains(t, all, w)
			}
			data, err := json.Marshal(r)
			require.NoError(t, err)
			var back report.Report
			require.NoError(t, json.Unmarshal(data, &back))
			for _, tag := range tags {
				assert.Equal(t, r.Text(tag), back.Text(tag), tag)
			}
		})
	}
}
