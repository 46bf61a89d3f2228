package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
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
	} {
		assert.Contains(t, zh, want)
	}
	// 40115.40 − 38109.63 is exactly 5% of the revenue: no finding.
	assert.NotContains(t, zh, "城南小学食堂2025年9月")
	en := runOK(t, "-lang", "en")
	assert.Contains(t, en, "Qinghe County: school logistics report, school year 2025–2026")
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

// A broken data file fails with a message that names the record and the
// field.
func TestBrokenData(t *testing.T) {
	school := func(c map[string]any, i int) map[string]any { return c["schools"].([]any)[i].(map[string]any) }
	tests := []struct {
		name   string
		mutate func(c map[string]any)
		raw    string
		want   []string
	}{
		{"a date that does not exist", func(c map[string]any) {
			school(c, 3)["fees"].([]any)[0].(map[string]any)["charges"].([]any)[0].(map[string]any)["published"] = "2025-02-30"
		}, "", []string{"schools[3].fees[0].charges[0].published", "2025-02-30 does not exist"}},
		{"an amount finer than a fen", func(c map[string]any) {
			st := school(c, 2)["canteen"].(map[string]any)["statements"].([]any)[4].(map[string]any)
			st["lines"].([]any)[1].(map[string]any)["amount"] = "123.456"
		}, "", []string{"school S03", "schools[2].canteen.statements[4].lines[1].amount", "finer than a fen"}},
		{"an unknown field", func(c map[string]any) { school(c, 1)["pupills"] = 3 }, "", []string{"schools[1].pupills", "unknown field"}},
		{"an unknown stage", func(c map[string]any) {
			school(c, 1)["fees"].([]any)[0].(map[string]any)["stage"] = "college"
		}, "", []string{"schools[1].fees[0].stage", "college"}},
		{"a number as text", func(c map[string]any) { school(c, 1)["pupils"] = "many" }, "", []string{"schools[1].pupils", "want int"}},
		{"a duplicate school", func(c map[string]any) { school(c, 1)["id"] = "S01" }, "", []string{"schools[1].id", "also schools[0]"}},
		{"a negative canteen amount", func(c map[string]any) {
			st := school(c, 0)["canteen"].(map[string]any)["statements"].([]any)[0].(map[string]any)
			st["lines"].([]any)[0].(map[string]any)["amount"] = "-5.00"
		}, "", []string{"schools[0].canteen.statements[0].lines[0].amount", "negative"}},
		{"a claim with a duplicate id", func(c map[string]any) {
			cl := c["claims"].([]any)
			cl[1].(map[string]any)["id"] = cl[0].(map[string]any)["id"]
		}, "", []string{"claims[1]", "duplicate"}},
		{"not JSON", nil, `{"name": "清河县",,}`, []string{"line 1", "JSON syntax error"}},
		{"cut short", nil, `{"name": "清河县"`, []string{"ends too soon"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.raw)
			if tt.mutate != nil {
				var c map[string]any
				require.NoError(t, json.Unmarshal([]byte(runOK(t, "-dump")), &c))
				tt.mutate(c)
				var err error
				data, err = json.Marshal(c)
				require.NoError(t, err)
			}
			path := filepath.Join(t.TempDir(), "county.json")
			require.NoError(t, os.WriteFile(path, data, 0o644))
			var out, errOut bytes.Buffer
			err := run([]string{"-data", path}, &out, &errOut)
			require.Error(t, err)
			assert.ErrorIs(t, err, houqin.ErrInvalidInput)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
			assert.Empty(t, out.String(), "nothing is printed for bad data")
		})
	}
}

func TestFlags(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Error(t, run([]string{"-lang", "??"}, &out, &errOut))
	assert.Error(t, run([]string{"-data", filepath.Join(t.TempDir(), "missing.json")}, &out, &errOut))
	assert.Error(t, run([]string{"extra"}, &out, &errOut))
	assert.Error(t, run([]string{"-nope"}, &out, &errOut))
	assert.True(t, strings.HasPrefix(runOK(t, "-lang", "zh-TW"), "清河縣"), "zh-TW reads Traditional Chinese")
}

// The sample rubric deducts per finding of the other packages: every code
// it names is a code those packages declare.
func TestSampleRubricNamesRealCodes(t *testing.T) {
	for _, c := range assessment.SampleCodes() {
		_, ok := testkit.Message(c)
		assert.True(t, ok, "the sample rubric names %s, which no package declares", c)
	}
}
