package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func runOK(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	require.NoError(t, run(args, &out, &errOut), errOut.String())
	return out.String()
}

// The report in each language is the golden file's; go test -update
// rewrites them.
func TestGolden(t *testing.T) {
	for _, lang := range []string{"zh-Hans", "zh-Hant", "en"} {
		t.Run(lang, func(t *testing.T) {
			got := runOK(t, "-lang", lang)
			path := filepath.Join("testdata", "report."+lang+".golden")
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, string(want), got)
		})
	}
}

// The report says what the source documents rule on: the county's claims
// by the end of May, the canteen over 5%, the bonuses, the compulsory
// uniform, the unpublished settlement, the coverage gap, the veto.
func TestReportTellsTheSourcesStory(t *testing.T) {
	zh := runOK(t)
	for _, want := range []string{
		"截至5月31日，校方责任险理赔26件",
		"学平险理赔1521件",
		"清河县第一中学食堂2025年10月：营业收入¥489,600.00",
		"列支¥6,000.00不属于食堂成本",
		"自愿收费项目被作为强制收费",
		"截至2026年8月31日仍未公示",
		"未投保37人",
		"不合格（一票否决）",
		"其中名册前383名各退¥0.95（玖角伍分）",
		// the canteen's food-safety records, nutrition subsidy, accounts
		// kept apart and duties; the principal's performance
		"柳林镇中心小学营养改善计划补助2025年11月 S04-YB-2511-03：第3行营养膳食补助¥2,400.00未用于学生食材",
		"河西镇中学营养改善计划补助2026年4月：21天申报就餐人次超过在册受助学生540人，多报252人次，涉及营养膳食补助¥1,260.00",
		"南山寄宿制学校食堂晚餐/清炒白菜：2026年5月13日供应的菜品未留样",
		"清河县实验小学食堂2025年12月 教职工伙食：教职工伙食收入¥11,352.00，支出¥16,212.00，亏损¥4,860.00",
		"河西镇中学食堂 S11-F01：出纳兼任会计",
		"桃源乡小学后勤管理考核得分90.09，计入校长绩效考核",
	} {
		assert.Contains(t, zh, want)
	}
	// 40115.40 − 38109.63 is exactly 5% of the revenue: no finding.
	assert.NotContains(t, zh, "城南小学食堂2025年9月")
	en := runOK(t, "-lang", "en")
	assert.Contains(t, en, "Qinghe County: school logistics report, school year 2025–2026")
}

// The nutrition subsidy's accounts of the four rural schools are clean but
// for the wages booked to them at S04 and the meals claimed beyond the
// pupils at S11: every account published in time, every balance brought
// forward, nothing left at the end of the autumn term. The food-safety
// records of three schools miss one sample, at S09; the duties of two
// canteens put one cashier at the books, at S11.
func TestNewCanteenRules(t *testing.T) {
	var rep struct {
		Schools []struct {
			ID       string `json:"id"`
			Findings []struct {
				Code string `json:"code"`
			} `json:"findings"`
			Canteen struct {
				Subsidy []struct {
					Period struct {
						To string `json:"to"`
					} `json:"period"`
					Balance  string `json:"balance"`
					Findings []struct {
						Code string `json:"code"`
					} `json:"findings"`
				} `json:"subsidy"`
			} `json:"canteen"`
		} `json:"schools"`
	}
	require.NoError(t, json.Unmarshal([]byte(runOK(t, "-json")), &rep))
	subsidy := map[string][]string{}
	found := map[string][]string{}
	for _, s := range rep.Schools {
		for _, a := range s.Canteen.Subsidy {
			for _, f := range a.Findings {
				subsidy[s.ID] = append(subsidy[s.ID], f.Code)
			}
			if a.Period.To == "2026-01-31" {
				assert.Equal(t, "0.00", a.Balance, "%s: nothing left at the end of the autumn term", s.ID)
			}
		}
		for _, f := range s.Findings {
			switch f.Code {
			case "canteen.sample_missing", "canteen.staff_meal_loss", "canteen.incompatible_duties",
				"canteen.carry_forward_mismatch", "canteen.balance_mismatch", "canteen.meal_unaccompanied",
				"canteen.morning_check_missing", "canteen.sample_underweight", "canteen.sample_discarded_early":
				found[s.ID] = append(found[s.ID], f.Code)
			}
		}
	}
	assert.Equal(t, map[string][]string{"S04": {"canteen.subsidy_misused"}, "S11": {"canteen.subsidy_overclaimed"}}, subsidy)
	assert.Equal(t, map[string][]string{"S07": {"canteen.staff_meal_loss"}, "S09": {"canteen.sample_missing"},
		"S11": {"canteen.incompatible_duties"}}, found)
}

func TestJSON(t *testing.T) {
	var rep struct {
		Summary struct {
			Schools int    `json:"schools"`
			Refunds string `json:"refunds"`
		} `json:"summary"`
		Schools []struct {
			ID       string `json:"id"`
			Findings []struct {
				Code     string `json:"code"`
				Severity string `json:"severity"`
				Source   string `json:"source"`
				On       string `json:"on"`
			} `json:"findings"`
		} `json:"schools"`
		Ranking struct {
			Places []struct {
				School string `json:"school"`
				Rank   int    `json:"rank"`
				Score  string `json:"score"`
			} `json:"places"`
		} `json:"ranking"`
	}
	out := runOK(t, "-json")
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.Equal(t, 12, rep.Summary.Schools)
	assert.Regexp(t, `^\d+\.\d\d$`, rep.Summary.Refunds, "amounts are strings with two decimals")
	assert.Len(t, rep.Ranking.Places, 12)
	assert.Equal(t, 1, rep.Ranking.Places[0].Rank)
	assert.NotEmpty(t, rep.Schools[2].Findings)
	assert.NotContains(t, out, "e+", "no floats")
}

// -dump writes exactly the embedded county.json, and reading that file
// with -data gives the same report, in every language and as JSON: the
// built-in county and a host's file go through one loader.
func TestDumpIsTheEmbeddedFile(t *testing.T) {
	file, err := os.ReadFile("county.json")
	require.NoError(t, err)
	assert.Equal(t, string(file), string(countyJSON), "the embedded bytes are the file's")
	assert.Equal(t, string(file), runOK(t, "-dump"))
	for _, args := range [][]string{{"-lang", "zh-Hans"}, {"-lang", "zh-Hant"}, {"-lang", "en"}, {"-json"}} {
		assert.Equal(t, runOK(t, args...), runOK(t, append(args, "-data", "county.json")...), args)
	}
	// -dump with -data writes that file as read, once it reads.
	path := filepath.Join(t.TempDir(), "county.json")
	mine := strings.Replace(string(file), `"name": "清河县"`, `"name": "河西县"`, 1)
	require.NoError(t, os.WriteFile(path, []byte(mine), 0o644))
	assert.Equal(t, mine, runOK(t, "-dump", "-data", path))
	assert.True(t, strings.HasPrefix(runOK(t, "-data", path), "河西县"))
}

// A broken data file fails with a message for the clerk who keeps it: the
// line of the file, where the value sits counted from 1 in the report's
// language, and the reason in that language.
func TestBrokenData(t *testing.T) {
	school := func(c map[string]any, i int) map[string]any { return c["schools"].([]any)[i].(map[string]any) }
	tests := []struct {
		name   string
		mutate func(c map[string]any)
		raw    string
		want   []string
		en     []string
	}{
		{"a date that does not exist", func(c map[string]any) {
			school(c, 3)["fees"].([]any)[0].(map[string]any)["charges"].([]any)[0].(map[string]any)["published"] = "2025-02-30"
		}, "", []string{"第4所学校 › 第1个学期的收费 › 第1项收费 › 公示日期：日历上没有这一天：2025-02-30"},
			[]string{"school 4, fee filing 1, charge 1, day published: no such day: 2025-02-30"}},
		{"an amount finer than a fen", func(c map[string]any) {
			st := school(c, 2)["canteen"].(map[string]any)["statements"].([]any)[4].(map[string]any)
			st["lines"].([]any)[1].(map[string]any)["amount"] = "123.456"
		}, "", []string{"第3所学校 › 食堂 › 第5份月报 › 第2行 › 金额：金额只能精确到分（最多两位小数）：123.456"},
			[]string{"school 3, canteen, statement 5, line 2, amount: an amount has at most two decimals (fen)"}},
		{"an unknown field", func(c map[string]any) { school(c, 1)["pupills"] = 3 }, "",
			[]string{"第2所学校 › “pupills”栏：文件格式里没有这一栏（是否拼错？）"},
			[]string{`school 2, field "pupills": the file has no such field (a misspelling?)`}},
		{"an unknown stage", func(c map[string]any) {
			school(c, 1)["fees"].([]any)[0].(map[string]any)["stage"] = "college"
		}, "", []string{"第2所学校 › 第1个学期的收费 › 学段：不认识的取值\"college\"（可填：kindergarten"}, nil},
		{"a number as text", func(c map[string]any) { school(c, 1)["pupils"] = "many" }, "",
			[]string{"第2所学校 › 学生人数：这里应填数字，实际是文字"}, []string{"school 2, pupils: this should be a number, not text"}},
		{"a duplicate school", func(c map[string]any) { school(c, 1)["id"] = "S01" }, "",
			[]string{"第2所学校 › 编号：\"S01\"与第1所学校的编号重复"}, nil},
		{"a negative canteen amount", func(c map[string]any) {
			st := school(c, 0)["canteen"].(map[string]any)["statements"].([]any)[0].(map[string]any)
			st["lines"].([]any)[0].(map[string]any)["amount"] = "-5.00"
		}, "", []string{"第1所学校 › 食堂 › 第1份月报 › 第1行 › 金额：不能为负数"},
			[]string{"school 1, canteen, statement 1, line 1, amount: must not be negative"}},
		{"a claim with a duplicate id", func(c map[string]any) {
			cl := c["claims"].([]any)
			cl[1].(map[string]any)["id"] = cl[0].(map[string]any)["id"]
		}, "", []string{"第2件理赔 › 编号：理赔编号重复"}, nil},
		{"a hostile exponent", func(c map[string]any) {
			st := school(c, 0)["canteen"].(map[string]any)["statements"].([]any)[0].(map[string]any)
			st["lines"].([]any)[0].(map[string]any)["amount"] = json.Number("1e20000")
		}, "", []string{"不是金额（请写成如1234.50的元数）"}, []string{"not an amount (write yuan such as 1234.50)"}},
		{"a sample with a negative weight", func(c map[string]any) {
			rec := school(c, 8)["canteen"].(map[string]any)["records"].([]any)[0].(map[string]any)
			rec["samples"].([]any)[2].(map[string]any)["grams"] = "-150"
		}, "", []string{"第9所学校 › 食堂 › 第1份食品安全记录 › 第3份留样 › 留样重量：不能为负数"},
			[]string{"school 9, canteen, food-safety record 1, sample 3, sample weight: must not be negative"}},
		{"a meal count below zero", func(c map[string]any) {
			a := school(c, 10)["canteen"].(map[string]any)["subsidy"].([]any)[1].(map[string]any)
			a["days"].([]any)[4].(map[string]any)["meals"] = -3
		}, "", []string{"第11所学校 › 食堂 › 第2份营养改善计划补助账 › 第5个供餐日 › 就餐人次：应在0至10,000,000之间，这里是-3"},
			[]string{"school 11, canteen, subsidy account 2, meal day 5, meals: must lie between 0 and 10,000,000, got -3"}},
		{"a subsidy account of another school", func(c map[string]any) {
			school(c, 3)["canteen"].(map[string]any)["subsidy"].([]any)[0].(map[string]any)["school"] = "S05"
		}, "", []string{"第4所学校 › 食堂 › 第1份营养改善计划补助账 › 学校"}, []string{"school 4, canteen, subsidy account 1, school"}},
		{"a duty without a person", func(c map[string]any) {
			school(c, 10)["canteen"].(map[string]any)["duties"].([]any)[1].(map[string]any)["person"] = ""
		}, "", []string{"第11所学校 › 食堂 › 第2项岗位 › 人员："}, []string{"school 11, canteen, duty 2, person: "}},
		{"an array for the county", nil, `[]`, []string{"这里应填一组字段（{…}），实际是列表（[…]）"},
			[]string{"this should be a record ({…}), not a list ([…])"}},
		{"not JSON", nil, "{\n\"name\": \"清河县\",,}", []string{"文件第2行：", "这里不是正确的JSON写法"}, []string{"file line 2: "}},
		{"cut short", nil, `{"name": "清河县"`, []string{"文件在结尾之前中断"}, []string{"the file ends too soon"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.raw)
			if tt.mutate != nil {
				var c map[string]any
				require.NoError(t, json.Unmarshal([]byte(runOK(t, "-dump")), &c))
				tt.mutate(c)
				var err error
				data, err = json.MarshalIndent(c, "", "  ")
				require.NoError(t, err)
			}
			path := filepath.Join(t.TempDir(), "county.json")
			require.NoError(t, os.WriteFile(path, data, 0o644))
			for _, lang := range []string{"zh-Hans", "en"} {
				var out, errOut bytes.Buffer
				err := run([]string{"-data", path, "-lang", lang}, &out, &errOut)
				require.Error(t, err)
				assert.ErrorIs(t, err, houqin.ErrInvalidInput)
				want := tt.want
				if lang == "en" {
					want = tt.en
				}
				for _, w := range want {
					assert.Contains(t, err.Error(), w)
				}
				for _, bad := range []string{"schools[", "claims[", "MaxDecodeExponent", "main.", "invalid input", "want int"} {
					assert.NotContains(t, err.Error(), bad, "no internal words for a clerk")
				}
				assert.Regexp(t, `(文件第|file line )[1-9]`, err.Error(), "the line of the file")
				assert.Empty(t, out.String(), "nothing is printed for bad data")
			}
		})
	}
}

// The line of a problem is the line of the value in the file.
func TestProblemLine(t *testing.T) {
	file, err := os.ReadFile("county.json")
	require.NoError(t, err)
	mine := strings.Replace(string(file), `"amount": "5230.84"`, `"amount": "-5230.84"`, 1)
	require.NotEqual(t, string(file), mine)
	line := 1 + strings.Count(mine[:strings.Index(mine, `"amount": "-5230.84"`)], "\n")
	path := filepath.Join(t.TempDir(), "county.json")
	require.NoError(t, os.WriteFile(path, []byte(mine), 0o644))
	err = run([]string{"-data", path}, &bytes.Buffer{}, &bytes.Buffer{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "文件第"+strconv.Itoa(line)+"行：")
}

// A premium for 0 pupils that pupils paid is refused in the clerk's words
// and language, with the school and the premium counted from 1.
func TestPremiumWithoutPupils(t *testing.T) {
	var c map[string]any
	require.NoError(t, json.Unmarshal([]byte(runOK(t, "-dump")), &c))
	found := false
	for _, s := range c["schools"].([]any) {
		ins, _ := s.(map[string]any)["insurance"].(map[string]any)
		ps, _ := ins["premiums"].([]any)
		for _, p := range ps {
			if p.(map[string]any)["payer"] == "pupils" {
				p.(map[string]any)["pupils"] = 0
				found = true
				break
			}
		}
		if found {
			break
		}
	}
	require.True(t, found, "the built-in county has a premium pupils paid")
	data, err := json.MarshalIndent(c, "", "  ")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "county.json")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	for lang, want := range map[string]string{
		"zh-Hans": "填写为0，但保费由学生缴纳：请填写缴费学生人数",
		"zh-Hant": "填寫為0，但保費由學生繳納：請填寫繳費學生人數",
		"en":      "0, but the pupils paid the premium: give how many pupils paid",
	} {
		err := run([]string{"-data", path, "-lang", lang}, &bytes.Buffer{}, &bytes.Buffer{})
		require.Error(t, err, lang)
		assert.Contains(t, err.Error(), want, lang)
		assert.NotContains(t, err.Error(), "give the pupils charged", lang)
	}
}

// Several problems of one file are listed together, up to maxListed, with
// a count of the rest; a file with no schools says so once.
func TestManyProblems(t *testing.T) {
	var c map[string]any
	require.NoError(t, json.Unmarshal([]byte(runOK(t, "-dump")), &c))
	c["schools"] = []any{}
	c["name"] = ""
	data, err := json.MarshalIndent(c, "", "  ")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "county.json")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	err = run([]string{"-data", path, "-lang", "en"}, &bytes.Buffer{}, &bytes.Buffer{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "has 2 problems:\n")
	assert.Contains(t, err.Error(), "name: missing")
	assert.Contains(t, err.Error(), "schools: no schools are listed")

	// Every school's statements with a negative amount: each is listed up
	// to the limit, the rest counted.
	require.NoError(t, json.Unmarshal([]byte(runOK(t, "-dump")), &c))
	n := 0
	for _, s := range c["schools"].([]any) {
		sts, _ := s.(map[string]any)["canteen"].(map[string]any)["statements"].([]any)
		for _, st := range sts {
			if lines, _ := st.(map[string]any)["lines"].([]any); len(lines) > 0 {
				lines[0].(map[string]any)["amount"] = "-1.00"
				n++
			}
		}
	}
	require.Greater(t, n, maxListed)
	data, err = json.MarshalIndent(c, "", "  ")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, data, 0o644))
	err = run([]string{"-data", path}, &bytes.Buffer{}, &bytes.Buffer{})
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	assert.Len(t, lines, 1+maxListed+1)
	assert.Equal(t, "  另有"+strconv.Itoa(n-maxListed)+"处问题未列出；请先改正以上问题。", lines[len(lines)-1])
	assert.Len(t, houqin.InputErrors(err), n, "a host still has every problem")
}

// A file with a date that does not exist, a negative amount and an amount
// finer than a fen lists the three together: the decoder reads past the
// first, and the checks of the county find the others.
func TestThreeProblems(t *testing.T) {
	var c map[string]any
	require.NoError(t, json.Unmarshal([]byte(runOK(t, "-dump")), &c))
	school := func(i int) map[string]any { return c["schools"].([]any)[i].(map[string]any) }
	line := func(i, st, l int) map[string]any {
		return school(i)["canteen"].(map[string]any)["statements"].([]any)[st].(map[string]any)["lines"].([]any)[l].(map[string]any)
	}
	line(0, 0, 0)["amount"] = "-1"
	school(3)["fees"].([]any)[0].(map[string]any)["charges"].([]any)[0].(map[string]any)["published"] = "2025-02-30"
	line(5, 1, 2)["amount"] = "1.234"
	data, err := json.MarshalIndent(c, "", "  ")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "county.json")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	err = run([]string{"-data", path, "-lang", "en"}, &bytes.Buffer{}, &bytes.Buffer{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "has 3 problems:")
	assert.Contains(t, err.Error(), "school 4, fee filing 1, charge 1, day published: no such day: 2025-02-30")
	assert.Contains(t, err.Error(), "school 1, canteen, statement 1, line 1, amount: must not be negative")
	assert.Contains(t, err.Error(), "school 6, canteen, statement 2, line 3, amount: an amount has at most two decimals (fen): 1.234")
}

// A file saved by Windows Notepad begins with a byte-order mark: it reads.
func TestByteOrderMark(t *testing.T) {
	path := filepath.Join(t.TempDir(), "county.json")
	require.NoError(t, os.WriteFile(path, append([]byte("\xef\xbb\xbf"), countyJSON...), 0o644))
	assert.Equal(t, runOK(t), runOK(t, "-data", path))
}

func TestFlags(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Error(t, run([]string{"-data", filepath.Join(t.TempDir(), "missing.json")}, &out, &errOut))
	assert.Error(t, run([]string{"extra"}, &out, &errOut))
	assert.Error(t, run([]string{"-nope"}, &out, &errOut))
	assert.True(t, strings.HasPrefix(runOK(t, "-lang", "zh-TW"), "清河縣"), "zh-TW reads Traditional Chinese")
	for _, l := range []string{"ja", "english", "??"} {
		err := run([]string{"-lang", l}, &out, &errOut)
		require.Error(t, err, l)
		assert.Contains(t, err.Error(), "accepted values are zh-Hans (简体中文), zh-Hant (繁體中文) and en (English)", l)
	}
	// -h prints the usage and is no error.
	out.Reset()
	errOut.Reset()
	require.NoError(t, run([]string{"-h"}, &out, &errOut))
	assert.Contains(t, out.String(), "Usage: countyreport")
	assert.Contains(t, out.String(), "-lang")
	assert.NotContains(t, out.String()+errOut.String(), "help requested")
}

// The sample rubric deducts per finding of the other packages: every code
// it names is a code those packages declare.
func TestSampleRubricNamesRealCodes(t *testing.T) {
	for _, c := range assessment.SampleCodes() {
		_, ok := testkit.Message(c)
		assert.True(t, ok, "the sample rubric names %s, which no package declares", c)
	}
}
