package houqin_test

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

const (
	codeSurplus houqin.Code = "testpkg.surplus_over_ceiling"
	codeDeficit houqin.Code = "testpkg.deficit"
	codeLate    houqin.Code = "testpkg.late"
)

func init() {
	if err := houqin.RegisterMessages(
		houqin.Message{Code: codeSurplus,
			Hans: "食堂%[1]s结余%[4]s，占营业收入%[5]s，超过上限%[6]s",
			Hant: "食堂%[1]s結餘%[4]s，佔營業收入%[5]s，超過上限%[6]s",
			En:   "canteen %[1]s: surplus %[4]s is %[5]s of revenue, above the ceiling of %[6]s"},
		houqin.Message{Code: codeLate,
			Hans: "%[1]s的健康证自%[2]s起失效",
			Hant: "%[1]s的健康證自%[2]s起失效",
			En:   "%[1]s: health certificate lapses from %[2]s"},
	); err != nil {
		panic(err)
	}
}

func surplusFinding() houqin.Finding {
	return houqin.Finding{
		Code: codeSurplus, Severity: houqin.Violation, Subject: "一中",
		Facts: []houqin.Fact{
			houqin.YuanFact("revenue", 4011540),
			houqin.YuanFact("spending", 3810963),
			houqin.YuanFact("surplus", 200577),
			houqin.PercentFact("ratio", 5_120_000),
			houqin.PercentFact("ceiling", houqin.RatioOne/20),
		},
	}
}

func TestFindingMessage(t *testing.T) {
	f := surplusFinding()
	assert.Equal(t, "食堂一中结余¥2,005.77，占营业收入5.12%，超过上限5.00%", f.Message(language.Chinese))
	assert.Equal(t, "食堂一中結餘¥2,005.77，佔營業收入5.12%，超過上限5.00%", f.Message(language.MustParse("zh-HK")))
	assert.Equal(t, "canteen 一中: surplus CN¥2,005.77 is 5.12% of revenue, above the ceiling of 5.00%", f.Message(language.MustParse("en-GB")))
	assert.Equal(t, f.Message(zhHans), f.Message(language.French), "unknown languages get Simplified Chinese")

	late := houqin.Finding{Code: codeLate, Severity: houqin.Violation, Subject: "王芳", Facts: []houqin.Fact{houqin.DateFact("first_uncovered", d(2025, 10, 8))}}
	assert.Equal(t, "王芳的健康证自2025年10月8日起失效", late.Message(zhHans))
	assert.Equal(t, "王芳: health certificate lapses from 8 October 2025", late.Message(en))

	// A code without registered text still explains itself.
	anon := houqin.Finding{Code: "elsewhere.thing", Subject: "s", Facts: []houqin.Fact{houqin.CountFact("pupils", 3), {Name: "points", Unit: houqin.UnitPoints, Value: 250}}}
	assert.Equal(t, "elsewhere.thing (s): pupils 3, points 2.5", anon.Message(en))
	assert.Equal(t, "elsewhere.thing", houqin.Finding{Code: "elsewhere.thing"}.Message(en))
}

func TestFindingFacts(t *testing.T) {
	f := surplusFinding()
	v, ok := f.Fact("surplus")
	require.True(t, ok)
	assertYuan(t, "2005.77", v)
	assert.Equal(t, int32(-2), v.Exponent(), "yuan with two places")
	v, ok = f.Fact("ratio")
	require.True(t, ok)
	assertYuan(t, "0.0512", v)
	_, ok = f.Fact("excess")
	assert.False(t, ok)
	assert.Equal(t, houqin.Fact{Name: "ratio", Unit: houqin.UnitPercent, Value: 5_120_000}, f.Facts[3], "the exact integer the rule computed")

	day := houqin.DateFact("on", d(2025, 10, 8))
	assert.Equal(t, int64(20251008), day.Value)
	got, ok := day.Date()
	require.True(t, ok)
	assert.Equal(t, d(2025, 10, 8), got)
	_, ok = houqin.CountFact("n", 20251008).Date()
	assert.False(t, ok, "a count is not a date")
	bad := houqin.Fact{Name: "x", Unit: houqin.UnitDate, Value: 20251332}
	_, ok = bad.Date()
	assert.False(t, ok)
	assert.Equal(t, "20251332", bad.Format(en), "a date that does not exist is written as its number")

	for _, tt := range []struct {
		fact      houqin.Fact
		dec, text string
	}{
		{houqin.YuanFact("x", -123450), "-1234.5", "-CN¥1,234.50"},
		{houqin.PercentFact("x", 5_001_250), "0.0500125", "5.00%"},
		{houqin.PercentFact("x", 5_005_000), "0.05005", "5.01%"},
		{houqin.CountFact("x", 1200), "1200", "1,200"},
		{day, "20251008", "8 October 2025"},
		{houqin.Fact{Name: "x", Unit: houqin.UnitPoints, Value: 9250}, "92.5", "92.5"},
		{houqin.Fact{Name: "x", Unit: houqin.UnitHours, Value: 2401}, "24.01", "24.01"},
		{houqin.Fact{Name: "x", Unit: houqin.UnitGrams, Value: 1249}, "124.9", "124.9"},
		{houqin.Fact{Name: "x", Unit: houqin.UnitGrams, Value: 12500}, "1250", "1,250"},
		{houqin.Fact{Name: "x", Unit: "furlongs", Value: 7}, "7", "7"},
	} {
		assertYuan(t, tt.dec, tt.fact.Decimal())
		assert.Equal(t, tt.text, tt.fact.Format(en), tt.dec)
	}
	assert.Equal(t, "1200", houqin.CountFact("x", 1200).Format(zhHans), "Chinese counts have no separators")
	assert.Equal(t, "1200", houqin.CountFact("x", 1200).Format(zhHant), "Chinese counts have no separators")
}

func TestFindingJSON(t *testing.T) {
	f := surplusFinding()
	f.Facts = append(f.Facts, houqin.DateFact("as_of", d(2026, 5, 31)), houqin.CountFact("pupils", 1521),
		houqin.Fact{Name: "points", Unit: houqin.UnitPoints, Value: 9250}, houqin.Fact{Name: "elapsed", Unit: houqin.UnitHours, Value: 3050})
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"code": "testpkg.surplus_over_ceiling", "severity": "violation", "subject": "一中",
		"facts": [
			{"name": "revenue", "unit": "yuan", "value": "40115.40"},
			{"name": "spending", "unit": "yuan", "value": "38109.63"},
			{"name": "surplus", "unit": "yuan", "value": "2005.77"},
			{"name": "ratio", "unit": "percent", "value": "0.0512"},
			{"name": "ceiling", "unit": "percent", "value": "0.05"},
			{"name": "as_of", "unit": "date", "value": "2026-05-31"},
			{"name": "pupils", "unit": "count", "value": "1521"},
			{"name": "points", "unit": "points", "value": "92.5"},
			{"name": "elapsed", "unit": "hours", "value": "30.5"}
		]}`, string(b))
	var back houqin.Finding
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f, back)
	assert.Equal(t, f.Message(en), back.Message(en))
	var one houqin.Fact
	require.NoError(t, json.Unmarshal([]byte(`{"name":"x","unit":"yuan","value":"1234.5"}`), &one))
	assert.Equal(t, houqin.YuanFact("x", 123450), one, "an amount however it is written")
	require.NoError(t, json.Unmarshal([]byte(`{"name":"w","unit":"grams","value":"124.90"}`), &one))
	assert.Equal(t, houqin.Fact{Name: "w", Unit: houqin.UnitGrams, Value: 1249}, one, "a weight in tenths of a gram")

	bad := []string{
		`{"code":"a.b","severity":"fatal"}`,
		`{"code":"a.b","severity":"notice","facts":[{"name":"x","unit":"yuan","value":"1.005"}]}`,
		`{"code":"a.b","severity":"notice","facts":[{"name":"x","unit":"yuan","value":"abc"}]}`,
		`{"code":"a.b","severity":"notice","facts":[{"name":"x","unit":"date","value":"2025-02-30"}]}`,
		`{"code":"a.b","severity":"notice","facts":[{"name":"x","unit":"lightyears","value":"1"}]}`,
		`{"code":"a.b","severity":"notice","facts":[{"name":"x","unit":"count","value":"1e100000"}]}`,
		`{"code":"a.b","severity":"notice","facts":[{"name":"x","unit":"count","value":"1e-1000"}]}`,
		`{"code":"a.b","severity":"notice","facts":[{"name":"x","unit":"count","value":"1.5"}]}`,
		`{"code":"a.b","severity":"notice","facts":[{"name":"x","unit":"count","value":"99999999999999999999"}]}`,
		`{"code":"a.b","severity":"notice","facts":[{"name":"x","unit":"percent","value":"0.123456789"}]}`,
		`{"code":"a.b","severity":"notice","facts":[{"name":"x","unit":"grams","value":"124.95"}]}`,
		`{"code":"a.b","severity":"notice","facts":[{"name":"x","unit":"","value":"1"}]}`,
		`{"code":"a.b","severity":"notice","facts":[{"name":"x","unit":"number","value":"1"}]}`,
		`{"code":"a.b","severity":"notice","facts":[7]}`,
	}
	for _, s := range bad {
		assert.Error(t, json.Unmarshal([]byte(s), &back), s)
	}
	_, err = json.Marshal(houqin.Finding{Code: "a.b", Severity: houqin.Violation, Facts: []houqin.Fact{houqin.YuanFact("x", houqin.MaxFen+1)}})
	assert.Error(t, err, "an amount beyond the bound")
	_, err = json.Marshal(houqin.Finding{Code: "a.b", Severity: houqin.Violation, Facts: []houqin.Fact{{Name: "x", Unit: houqin.UnitDate, Value: 1}}})
	assert.Error(t, err, "not a date")
	_, err = json.Marshal(houqin.Finding{Code: "a.b", Severity: houqin.Violation, Facts: []houqin.Fact{{Name: "x", Unit: "lightyears"}}})
	assert.Error(t, err, "an unknown unit")
	_, err = json.Marshal(houqin.Finding{Code: "a.b", Severity: houqin.Violation, Facts: []houqin.Fact{{Name: "x"}}})
	assert.Error(t, err, "no unit")
	_, err = json.Marshal(houqin.Finding{Code: "a.b"})
	assert.Error(t, err, "a finding without a severity is not written")
}

func TestFindingsOrderAndQueries(t *testing.T) {
	fs := houqin.Findings{
		{Code: codeDeficit, Severity: houqin.Warning, Subject: "b"},
		{Code: codeSurplus, Severity: houqin.Violation, Subject: "b"},
		{Code: codeLate, Severity: houqin.Violation, Subject: "z"},
		{Code: codeSurplus, Severity: houqin.Violation, Subject: "a"},
		{Code: codeDeficit, Severity: houqin.Notice, Subject: "a"},
		{Code: codeLate, Severity: houqin.Violation, Subject: "z", Facts: []houqin.Fact{houqin.CountFact("second", 2)}},
	}
	fs.Sort()
	var got []string
	for _, f := range fs {
		got = append(got, f.Severity.String()+" "+string(f.Code)+" "+f.Subject)
	}
	assert.Equal(t, []string{
		"violation testpkg.late z",
		"violation testpkg.late z",
		"violation testpkg.surplus_over_ceiling a",
		"violation testpkg.surplus_over_ceiling b",
		"warning testpkg.deficit b",
		"notice testpkg.deficit a",
	}, got)
	assert.Empty(t, fs[0].Facts, "equal keys keep their order")

	assert.True(t, fs.Has(codeLate))
	assert.False(t, fs.Has("testpkg.other"))
	assert.Equal(t, houqin.Violation, fs.Worst())
	assert.Equal(t, houqin.Severity(0), houqin.Findings(nil).Worst())
	assert.Equal(t, houqin.Warning, fs[4:].Worst())
}

func TestFindingsErr(t *testing.T) {
	assert.NoError(t, houqin.Findings(nil).Err())
	assert.NoError(t, houqin.Findings{{Code: codeDeficit, Severity: houqin.Warning}}.Err(), "only violations are errors")

	fs := houqin.Findings{surplusFinding(), {Code: codeDeficit, Severity: houqin.Warning}}
	err := fs.Err()
	require.Error(t, err)
	assert.ErrorIs(t, err, codeSurplus)
	assert.NotErrorIs(t, err, codeDeficit)
	assert.NotErrorIs(t, err, houqin.ErrInvalidInput, "a broken rule is not bad input")
	var f houqin.Finding
	require.ErrorAs(t, err, &f)
	assert.Equal(t, "一中", f.Subject)
	assert.True(t, strings.HasPrefix(err.Error(), "testpkg.surplus_over_ceiling: canteen 一中"))
	assert.Equal(t, "testpkg.surplus_over_ceiling", codeSurplus.Error())
	assert.False(t, f.Is(errors.New("testpkg.surplus_over_ceiling")))
}

func TestSeverityText(t *testing.T) {
	for _, s := range []houqin.Severity{houqin.Notice, houqin.Warning, houqin.Violation} {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back houqin.Severity
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	assert.True(t, houqin.Notice < houqin.Warning && houqin.Warning < houqin.Violation)
	assert.Equal(t, "Severity(0)", houqin.Severity(0).String())
	assert.Equal(t, "Severity(9)", houqin.Severity(9).Label(en))
	_, err := houqin.Severity(0).MarshalText()
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	var s houqin.Severity
	assert.ErrorIs(t, s.UnmarshalText([]byte("Violation")), houqin.ErrInvalidInput)
	assert.ErrorIs(t, s.UnmarshalText(nil), houqin.ErrInvalidInput, "a finding always has a severity")
	assert.Equal(t, "违规", houqin.Violation.Label(zhHans))
	assert.Equal(t, "違規", houqin.Violation.Label(zhHant))
	assert.Equal(t, "Warning", houqin.Warning.Label(en))
	assert.Equal(t, "提示", houqin.Notice.Label(zhHans))
}

func TestUnits(t *testing.T) {
	for _, u := range []houqin.Unit{houqin.UnitYuan, houqin.UnitPercent, houqin.UnitCount, houqin.UnitDate, houqin.UnitPoints, houqin.UnitHours, houqin.UnitGrams} {
		f := houqin.Fact{Name: "x", Unit: u, Value: 20250901}
		b, err := json.Marshal(f)
		require.NoError(t, err)
		assert.Contains(t, string(b), `"unit":"`+string(u)+`"`, "a unit's text is its name in JSON")
		var back houqin.Fact
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, f, back)
	}
}

func TestCode(t *testing.T) {
	for _, good := range []houqin.Code{"canteen.surplus_over_ceiling", "a.b", "insurance.kind.school_liability", "x1.y_2"} {
		assert.NoError(t, good.Validate(), good)
	}
	for _, bad := range []houqin.Code{"", "bare", "a..b", ".a", "a.", "Canteen.x", "a.b-c", "a.b c", houqin.Code(strings.Repeat("a.", 70))} {
		assert.ErrorIs(t, bad.Validate(), houqin.ErrInvalidInput, bad)
	}
}

func TestLanguageMatching(t *testing.T) {
	tests := map[string]language.Tag{
		"zh-Hans": zhHans, "zh": zhHans, "zh-CN": zhHans, "zh-SG": zhHans, "zh-Hans-HK": zhHans,
		"zh-Hant": zhHant, "zh-TW": zhHant, "zh-HK": zhHant, "zh-MO": zhHant, "zh-Hant-MO": zhHant, "zh-Hant-CN": zhHant,
		"en": en, "en-US": en, "en-GB": en, "en-Latn-IN": en,
		"fr": zhHans, "ja": zhHans, "und": zhHans, "yue": zhHans,
	}
	for in, want := range tests {
		assert.Equal(t, want, houqin.MatchLanguage(language.MustParse(in)), in)
	}
	assert.Equal(t, zhHans, houqin.MatchLanguage(language.Tag{}))
	assert.Equal(t, []language.Tag{zhHans, zhHant, en}, testkit.Languages())
}

func TestRegisterMessages(t *testing.T) {
	ok := houqin.Message{Code: "testreg.ok", Hans: "甲%[1]s", Hant: "甲%[1]s", En: "A %[1]s"}
	require.NoError(t, houqin.RegisterMessages(ok))
	require.NoError(t, houqin.RegisterMessages(ok), "the same texts again are harmless")
	m, found := testkit.Message("testreg.ok")
	require.True(t, found)
	assert.Equal(t, ok, m)

	bad := []struct {
		name string
		m    houqin.Message
	}{
		{"malformed code", houqin.Message{Code: "Bad Code", Hans: "a", Hant: "a", En: "a"}},
		{"missing English", houqin.Message{Code: "testreg.no_en", Hans: "a", Hant: "a"}},
		{"different arguments", houqin.Message{Code: "testreg.args", Hans: "%[1]s%[2]s", Hant: "%[1]s%[2]s", En: "%[1]s"}},
		{"different implicit arguments", houqin.Message{Code: "testreg.args2", Hans: "%s %s", Hant: "%s %s", En: "%s 100%%"}},
		{"other texts for a registered code", houqin.Message{Code: "testreg.ok", Hans: "乙", Hant: "乙", En: "B"}},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			innocent := houqin.Code("testreg.innocent_" + strings.ReplaceAll(tt.name, " ", "_"))
			err := houqin.RegisterMessages(houqin.Message{Code: innocent, Hans: "x", Hant: "x", En: "x"}, tt.m)
			assert.ErrorIs(t, err, houqin.ErrInvalidInput)
			_, found := testkit.Message(innocent)
			assert.False(t, found, "nothing of a refused call is registered")
		})
	}
	require.NoError(t, houqin.RegisterMessages(houqin.Message{Code: "testreg.pct", Hans: "甲%[1]s占100%%", Hant: "甲%[1]s佔100%%", En: "%[1]s is 100%%"}))
	assert.Equal(t, "X is 100%", houqin.Localize(en, "testreg.pct", "X"))
}

// Every registered code has its text in all three languages, and each text
// renders without a formatting error when given enough arguments.
func TestEveryRegisteredCodeSpeaksThreeLanguages(t *testing.T) {
	codes := testkit.Registered()
	require.NotEmpty(t, codes)
	args := make([]any, 12)
	for i := range args {
		args[i] = "x"
	}
	for _, c := range codes {
		m, ok := testkit.Message(c)
		require.True(t, ok, c)
		assert.NotEmpty(t, m.Hans, c)
		assert.NotEmpty(t, m.Hant, c)
		assert.NotEmpty(t, m.En, c)
		for _, tag := range testkit.Languages() {
			s := houqin.Localize(tag, c, args...)
			assert.NotContains(t, s, "%!", "%s in %s", c, tag)
		}
	}
}

func TestLocalize(t *testing.T) {
	if err := houqin.RegisterMessages(houqin.Message{Code: "testloc.all",
		Hans: "%[1]s|%[2]s|%[3]s|%[4]s|%[5]s|%[6]s|%[7]s|%[8]s|%[9]s|%[10]s|%[11]s",
		Hant: "%[1]s|%[2]s|%[3]s|%[4]s|%[5]s|%[6]s|%[7]s|%[8]s|%[9]s|%[10]s|%[11]s",
		En:   "%[1]s|%[2]s|%[3]s|%[4]s|%[5]s|%[6]s|%[7]s|%[8]s|%[9]s|%[10]s|%[11]s"}); err != nil {
		panic(err)
	}
	args := []any{houqin.Fen(123450), houqin.Ratio(5_000_000), d(2026, 5, 31), houqin.YuanFact("x", 5),
		dec("1.50"), 1521, int64(26), int32(3), uint64(4), uint32(5), houqin.Violation}
	assert.Equal(t, "¥1,234.50|5.00%|2026年5月31日|¥0.05|1.5|1521|26|3|4|5|violation", houqin.Localize(zhHans, "testloc.all", args...))
	assert.Equal(t, "CN¥1,234.50|5.00%|31 May 2026|CN¥0.05|1.5|1,521|26|3|4|5|violation", houqin.Localize(en, "testloc.all", args...))
	assert.Equal(t, "testloc.missing 1,521 CN¥0.05", houqin.Localize(en, "testloc.missing", 1521, houqin.Fen(5)))
	big := []any{houqin.Fen(0), houqin.Ratio(0), d(2026, 5, 31), houqin.YuanFact("x", 0),
		dec("1234.5"), 15120, int64(-10473), int32(1000), uint64(18446744073709551615), uint32(4294967295), houqin.Notice}
	assert.Equal(t, "¥0.00|0.00%|2026年5月31日|¥0.00|1234.5|15120|-10473|1000|18446744073709551615|4294967295|notice", houqin.Localize(zhHans, "testloc.all", big...))
	assert.Equal(t, "CN¥0.00|0.00%|31 May 2026|CN¥0.00|1234.5|15,120|-10,473|1,000|18,446,744,073,709,551,615|4,294,967,295|notice",
		houqin.Localize(en, "testloc.all", big...), "English groups the digits of counts")
}

// Messages are safe to write from many goroutines while packages register.
func TestMessagesConcurrently(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for range 200 {
				_ = surplusFinding().Message(testkit.Languages()[i%3])
			}
		}()
		go func() {
			defer wg.Done()
			c := houqin.Code("testconc.c" + string(rune('a'+i)))
			assert.NoError(t, houqin.RegisterMessages(houqin.Message{Code: c, Hans: "甲", Hant: "甲", En: "a"}))
		}()
	}
	wg.Wait()
}
