package houqin_test

import (
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

var (
	zhHans = language.SimplifiedChinese
	zhHant = language.TraditionalChinese
	en     = language.English
)

func TestFormatFen(t *testing.T) {
	tests := []struct {
		f                houqin.Fen
		hans, hant, engl string
	}{
		{123450, "¥1,234.50", "¥1,234.50", "CN¥1,234.50"},
		{0, "¥0.00", "¥0.00", "CN¥0.00"},
		{5, "¥0.05", "¥0.05", "CN¥0.05"},
		{-5, "-¥0.05", "-¥0.05", "-CN¥0.05"},
		{99999, "¥999.99", "¥999.99", "CN¥999.99"},
		{100000, "¥1,000.00", "¥1,000.00", "CN¥1,000.00"},
		{houqin.MaxFen, "¥1,000,000,000,000.00", "¥1,000,000,000,000.00", "CN¥1,000,000,000,000.00"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.hans, tt.f.Format(zhHans))
		assert.Equal(t, tt.hant, tt.f.Format(zhHant))
		assert.Equal(t, tt.engl, tt.f.Format(en))
		assert.Equal(t, tt.hans, tt.f.Format(language.MustParse("zh-CN")))
	}
}

// The symbols are CLDR's as golang.org/x/text reports them: the narrow
// symbol for a Chinese reader, the standard one for an English reader.
func TestCurrencySymbolsAreCLDRs(t *testing.T) {
	narrow := message.NewPrinter(zhHans).Sprint(currency.NarrowSymbol(currency.CNY))
	assert.Equal(t, "¥"+"1.00", narrow+"1.00")
	assert.Equal(t, houqin.Fen(100).Format(zhHans), narrow+"1.00")
	assert.Equal(t, houqin.Fen(100).Format(zhHant), message.NewPrinter(zhHant).Sprint(currency.NarrowSymbol(currency.CNY))+"1.00")
	assert.Equal(t, houqin.Fen(100).Format(en), message.NewPrinter(en).Sprint(currency.Symbol(currency.CNY))+"1.00")
}

func TestFormatPercent(t *testing.T) {
	tests := []struct {
		r    houqin.Ratio
		want string
	}{
		{houqin.RatioOne / 20, "5.00%"},
		{0, "0.00%"},
		{houqin.RatioOne, "100.00%"},
		{5_001_234, "5.00%"},
		{5_005_000, "5.01%"}, // 5.005% rounds half-up
		{5_000_049, "5.00%"},
		{-12_500_000, "-12.50%"},
		{-4_999, "0.00%"}, // rounds to zero: no minus sign
		{1000 * houqin.RatioOne, "100,000.00%"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.r.Format(en))
		assert.Equal(t, tt.want, tt.r.Format(zhHans))
		assert.Equal(t, tt.want, houqin.PercentFact("x", tt.r).Format(zhHant))
	}
	assert.Equal(t, "33.33%", houqin.ShareOf(1, 3).Format(en))
}

// A sentence never shows a rate that breaches its threshold as equal to it:
// at the boundary (exactly equal: two decimals) and a fen, or a pupil, over.
// registerFigureTexts registers the texts of the tests of figures: a
// surplus over its ceiling and a coverage below the required rate.
func registerFigureTexts(t *testing.T) {
	t.Helper()
	require.NoError(t, houqin.RegisterMessages(
		houqin.Message{Code: "testfig.surplus",
			Hans: "%[1]s：结余%[2]s（结余率%[3]s），超出%[4]s的上限",
			Hant: "%[1]s：結餘%[2]s（結餘率%[3]s），超出%[4]s的上限",
			En:   "%[1]s: surplus %[2]s (%[3]s of revenue) above the %[4]s ceiling"},
		houqin.Message{Code: "testfig.coverage",
			Hans: "%[1]s：投保率%[2]s，低于要求的%[3]s（应保%[4]s人）",
			Hant: "%[1]s：投保率%[2]s，低於要求的%[3]s（應保%[4]s人）",
			En:   "%[1]s: insured rate %[2]s, below the required %[3]s (%[4]s {4:pupil|pupils} enrolled)"},
	))
}

func TestMessageTellsRatiosApart(t *testing.T) {
	registerFigureTexts(t)
	five := houqin.RatioOne / 20
	surplus := func(surplus, revenue int64) houqin.Finding {
		return houqin.Finding{Code: "testfig.surplus", Subject: "C001", Facts: []houqin.Fact{houqin.YuanFact("surplus", houqin.Fen(surplus)),
			houqin.PercentFact("ratio", houqin.ShareOf(surplus, revenue)), houqin.PercentFact("ceiling", five)}}
	}
	coverage := func(insured, enrolled int64) houqin.Finding {
		return houqin.Finding{Code: "testfig.coverage", Subject: "S1", Facts: []houqin.Fact{houqin.PercentFact("rate", houqin.ShareOf(insured, enrolled)),
			houqin.PercentFact("required", houqin.RatioOne), houqin.CountFact("enrolled", enrolled)}}
	}
	for _, tt := range []struct {
		name   string
		f      houqin.Finding
		hans   string
		en     string
		reason string
	}{
		{"exactly at the ceiling", surplus(200577, 4011540),
			"C001：结余¥2,005.77（结余率5.00%），超出5.00%的上限",
			"C001: surplus CN¥2,005.77 (5.00% of revenue) above the 5.00% ceiling",
			"equal ratios read alike: two decimals"},
		{"a fen over the ceiling", surplus(200578, 4011540),
			"C001：结余¥2,005.78（结余率5.00003%），超出5.00000%的上限",
			"C001: surplus CN¥2,005.78 (5.00003% of revenue) above the 5.00000% ceiling",
			"40115.40 − 38109.62: the issue's example"},
		{"a fen over on a large revenue", surplus(231001, 4620000),
			"C001：结余¥2,310.01（结余率5.00002%），超出5.00000%的上限",
			"C001: surplus CN¥2,310.01 (5.00002% of revenue) above the 5.00000% ceiling",
			"the county report's 5.00% breach"},
		{"far over the ceiling", surplus(3672000, 48960000),
			"C001：结余¥36,720.00（结余率7.50%），超出5.00%的上限",
			"C001: surplus CN¥36,720.00 (7.50% of revenue) above the 5.00% ceiling",
			"two decimals suffice"},
		{"one uninsured of ten million", coverage(9_999_999, 10_000_000),
			"S1：投保率99.99999%，低于要求的100.00000%（应保10000000人）",
			"S1: insured rate 99.99999%, below the required 100.00000% (10,000,000 pupils enrolled)",
			"the issue's example"},
		{"one uninsured of 860", coverage(857, 860),
			"S1：投保率99.65%，低于要求的100.00%（应保860人）",
			"S1: insured rate 99.65%, below the required 100.00% (860 pupils enrolled)",
			"two decimals suffice"},
		{"one pupil", coverage(0, 1),
			"S1：投保率0.00%，低于要求的100.00%（应保1人）",
			"S1: insured rate 0.00%, below the required 100.00% (1 pupil enrolled)",
			"English agrees in number"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.hans, tt.f.Message(zhHans), tt.reason)
			assert.Equal(t, tt.en, tt.f.Message(en), tt.reason)
			// Localize writes the same sentence from the same values.
			args := []any{tt.f.Subject}
			for _, x := range tt.f.Facts {
				args = append(args, x)
			}
			assert.Equal(t, tt.en, houqin.Localize(en, tt.f.Code, args...), tt.reason)
		})
	}
	// MessageAt writes a document's one precision, never fewer decimals than
	// the finding needs, never more than six.
	far, near := surplus(3672000, 48960000), surplus(231001, 4620000)
	assert.Contains(t, far.Message(en), "(7.50% of revenue)", "two decimals tell 7.5% from 5%")
	assert.Contains(t, near.Message(en), "(5.00002% of revenue)", "five decimals tell a fen over 5% from 5%")
	assert.Equal(t, far.Message(en), far.MessageAt(en, 2))
	assert.Equal(t, "C001: surplus CN¥36,720.00 (7.50000% of revenue) above the 5.00000% ceiling", far.MessageAt(en, 5))
	assert.Equal(t, near.Message(en), near.MessageAt(en, 2), "fewer decimals than the finding needs: its own")
	assert.Equal(t, "C001: surplus CN¥36,720.00 (7.500000% of revenue) above the 5.000000% ceiling", far.MessageAt(en, 9), "at most six")
	// Localize reads Ratios, as it reads percent facts, as one sentence.
	assert.Equal(t, "S1: insured rate 99.99999%, below the required 100.00000% (10,000,000 pupils enrolled)",
		houqin.Localize(en, "testfig.coverage", "S1", houqin.ShareOf(9_999_999, 10_000_000), houqin.RatioOne, 10_000_000))
}

// Each case worked by hand from the People's Bank of China's rules for
// writing amounts (支付结算办法, 附件一 正确填写票据和结算凭证的基本规定).
// Every worked example of the rules' 四 is here, each form it shows; the
// rules' other worked examples (六: 1月15日 → 零壹月壹拾伍日, 10月20日 →
// 零壹拾月零贰拾日) are dates, which the library does not write in 大写.
func TestDaxie(t *testing.T) {
	var (
		def     = houqin.DaxieForm{}
		wan     = houqin.DaxieForm{ZeroAfterWan: true}
		noYuan  = houqin.DaxieForm{NoZeroAfterYuan: true}
		zheng   = houqin.DaxieForm{ZhengAfterJiao: true}
		swapped = houqin.DaxieForm{ZeroAfterWan: true, NoZeroAfterYuan: true}
	)
	tests := []struct {
		in         string
		form       houqin.DaxieForm
		hans, hant string
		rule       string
	}{
		// The worked examples, 四(一) to 四(四).
		{"1409.50", def, "壹仟肆佰零玖元伍角", "壹仟肆佰零玖元伍角", "四(一) ￥1,409.50: a zero inside is 零; no 整 after 角"},
		{"6007.14", def, "陆仟零柒元壹角肆分", "陸仟零柒元壹角肆分", "四(二) ￥6,007.14: a run of zeros is one 零"},
		{"1680.32", def, "壹仟陆佰捌拾元零叁角贰分", "壹仟陸佰捌拾元零參角貳分", "四(三) ￥1,680.32, the first form: 零 after 元"},
		{"1680.32", noYuan, "壹仟陆佰捌拾元叁角贰分", "壹仟陸佰捌拾元參角貳分", "四(三) ￥1,680.32, the second form"},
		{"107000.53", def, "壹拾万柒仟元零伍角叁分", "壹拾萬柒仟元零伍角參分", "四(三) ￥107,000.53, the first form: 零 after 元, none after 万"},
		{"107000.53", swapped, "壹拾万零柒仟元伍角叁分", "壹拾萬零柒仟元伍角參分", "四(三) ￥107,000.53, the second form: 零 after 万, none after 元"},
		{"16409.02", def, "壹万陆仟肆佰零玖元零贰分", "壹萬陸仟肆佰零玖元零貳分", "四(四) ￥16,409.02: jiao zero, fen not: 零 after 元"},
		{"325.04", def, "叁佰贰拾伍元零肆分", "參佰貳拾伍元零肆分", "四(四) ￥325.04"},
		// 二: 整 after 元, may be after 角, never after 分.
		{"1409.50", zheng, "壹仟肆佰零玖元伍角整", "壹仟肆佰零玖元伍角整", "二: 整 may follow 角"},
		{"100.10", def, "壹佰元零壹角", "壹佰元零壹角", "the issue's example, the default form"},
		{"100.10", houqin.DaxieForm{NoZeroAfterYuan: true, ZhengAfterJiao: true}, "壹佰元壹角整", "壹佰元壹角整", "the issue's example, the other form"},
		{"16409.02", noYuan, "壹万陆仟肆佰零玖元零贰分", "壹萬陸仟肆佰零玖元零貳分", "四(四) is not a choice: the 零 stays"},
		{"1234.56", zheng, "壹仟贰佰叁拾肆元伍角陆分", "壹仟貳佰參拾肆元伍角陸分", "二: never 整 after 分"},
		{"107000.53", wan, "壹拾万零柒仟元零伍角叁分", "壹拾萬零柒仟元零伍角參分", "四(三) read for each run of zeros: both 零"},
		{"107000.53", noYuan, "壹拾万柒仟元伍角叁分", "壹拾萬柒仟元伍角參分", "四(三): 也可以不写零字"},
		// Worked from the rules.
		{"0", def, "零元整", "零元整", "zero is 零元整"},
		{"1", def, "壹元整", "壹元整", "整 after 元 when there are no jiao or fen"},
		{"10", def, "壹拾元整", "壹拾元整", "a leading ten is written 壹拾"},
		{"15", def, "壹拾伍元整", "壹拾伍元整", "a leading ten is written 壹拾"},
		{"110", def, "壹佰壹拾元整", "壹佰壹拾元整", "a ten inside the number is 壹拾"},
		{"1234.50", def, "壹仟贰佰叁拾肆元伍角", "壹仟貳佰參拾肆元伍角", "no 整 after 角, as 四(一)"},
		{"1234.56", def, "壹仟贰佰叁拾肆元伍角陆分", "壹仟貳佰參拾肆元伍角陸分", "no 整 with fen"},
		{"1004.05", def, "壹仟零肆元零伍分", "壹仟零肆元零伍分", "a run of zeros is one 零; 零 between 元 and the fen when jiao is zero"},
		{"1000.02", def, "壹仟元零贰分", "壹仟元零貳分", "zeros to 元, jiao zero: one 零 after 元"},
		{"1010", def, "壹仟零壹拾元整", "壹仟零壹拾元整", "one 零 inside, none at the end"},
		{"10000", def, "壹万元整", "壹萬元整", "zeros at the end of the 万 section are not written"},
		{"100100", def, "壹拾万零壹佰元整", "壹拾萬零壹佰元整", "next section begins with a zero: one 零"},
		{"100100", wan, "壹拾万零壹佰元整", "壹拾萬零壹佰元整", "one 零 for the run, whatever the form"},
		{"100010", def, "壹拾万零壹拾元整", "壹拾萬零壹拾元整", "next section begins with zeros: one 零"},
		{"117000", wan, "壹拾壹万柒仟元整", "壹拾壹萬柒仟元整", "the 万 digit is not zero: no 零 in any form"},
		{"10000001.01", def, "壹仟万零壹元零壹分", "壹仟萬零壹元零壹分", "zeros across the 万 boundary are one 零"},
		{"100000000", def, "壹亿元整", "壹億元整", "亿"},
		{"100010000", def, "壹亿零壹万元整", "壹億零壹萬元整", "zeros across the 亿 boundary are one 零"},
		{"105000000", def, "壹亿零伍佰万元整", "壹億零伍佰萬元整", "a 万 section that begins with zero after 亿"},
		{"110000000", def, "壹亿壹仟万元整", "壹億壹仟萬元整", "a 万 section that begins with its thousands"},
		{"1010000000", def, "壹拾亿壹仟万元整", "壹拾億壹仟萬元整", "the 亿 digit zero, the next thousands not: as at 万"},
		{"1010000000", wan, "壹拾亿零壹仟万元整", "壹拾億零壹仟萬元整", "the 亿 digit zero, the next thousands not: as at 万"},
		{"1000000000000", def, "壹万亿元整", "壹萬億元整", "the bound: 万亿"},
		{"123456789012.34", def, "壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分", "壹仟貳佰參拾肆億伍仟陸佰柒拾捌萬玖仟零壹拾貳元參角肆分", "every unit"},
		{"0.50", def, "伍角", "伍角", "under one yuan there is no yuan part"},
		{"0.50", zheng, "伍角整", "伍角整", "under one yuan there is no yuan part"},
		{"0.05", def, "伍分", "伍分", "under one yuan there is no yuan part"},
		{"0.55", def, "伍角伍分", "伍角伍分", "jiao and fen"},
		{"1.05", def, "壹元零伍分", "壹元零伍分", "零 between 元 and the fen"},
		{"-12", def, "负壹拾贰元整", "負壹拾貳元整", "a negative amount begins with 负"},
		{"-0.01", def, "负壹分", "負壹分", "a negative amount begins with 负"},
	}
	for _, tt := range tests {
		t.Run(tt.in+" "+tt.hans, func(t *testing.T) {
			f, err := houqin.FenOf("amount", dec(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.hans, f.Daxie(zhHans, tt.form), tt.rule)
			assert.Equal(t, tt.hant, f.Daxie(language.MustParse("zh-TW"), tt.form), tt.rule)
			// An English reader gets the Simplified form of a mainland receipt.
			assert.Equal(t, tt.hans, f.Daxie(en, tt.form))
			if tt.form == def {
				assert.Equal(t, tt.hans, f.Daxie(zhHans), "no form is the default form")
			}
		})
	}
	// Forms combine: each field true in any of them.
	assert.Equal(t, "壹拾万零柒仟元伍角叁分", houqin.Fen(10700053).Daxie(zhHans, wan, def, noYuan))
	// Any Fen can be written, even beyond the bound: 亿 nests.
	assert.Equal(t, "壹亿亿元整", houqin.Fen(1e18).Daxie(zhHans))
	assert.Equal(t, "壹億億元整", houqin.Fen(1e18).Daxie(zhHant))
}
