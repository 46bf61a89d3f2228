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
		{5_001_234, "5.0012%"},
		{5_001_250, "5.0013%"}, // 5.00125% rounds half-up
		{5_000_049, "5.00%"},
		{-12_500_000, "-12.50%"},
		{-49, "0.00%"}, // rounds to zero: no minus sign
		{1000 * houqin.RatioOne, "100,000.00%"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.r.Format(en))
		assert.Equal(t, tt.want, tt.r.Format(zhHans))
	}
	assert.Equal(t, "33.3333%", houqin.ShareOf(1, 3).Format(en))
}

// Each case worked by hand from the People's Bank of China's rules for
// writing amounts (支付结算办法, 附件一), with the examples it gives.
func TestDaxie(t *testing.T) {
	tests := []struct {
		in, hans, hant, rule string
	}{
		{"0", "零元整", "零元整", "zero is 零元整"},
		{"1", "壹元整", "壹元整", "整 after 元 when there are no jiao or fen"},
		{"10", "壹拾元整", "壹拾元整", "a leading ten is written 壹拾"},
		{"15", "壹拾伍元整", "壹拾伍元整", "a leading ten is written 壹拾"},
		{"110", "壹佰壹拾元整", "壹佰壹拾元整", "a ten inside the number is 壹拾"},
		{"1234.50", "壹仟贰佰叁拾肆元伍角整", "壹仟貳佰參拾肆元伍角整", "整 after 角 when there are no fen"},
		{"1234.56", "壹仟贰佰叁拾肆元伍角陆分", "壹仟貳佰參拾肆元伍角陸分", "no 整 with fen"},
		{"1004.05", "壹仟零肆元零伍分", "壹仟零肆元零伍分", "a run of zeros is one 零; 零 between 元 and the fen when jiao is zero"},
		{"1010", "壹仟零壹拾元整", "壹仟零壹拾元整", "one 零 inside, none at the end"},
		{"1409.50", "壹仟肆佰零玖元伍角整", "壹仟肆佰零玖元伍角整", "PBoC example ￥1409.50"},
		{"6007.14", "陆仟零柒元壹角肆分", "陸仟零柒元壹角肆分", "PBoC example ￥6007.14"},
		{"1680.32", "壹仟陆佰捌拾元叁角贰分", "壹仟陸佰捌拾元參角貳分", "PBoC example ￥1680.32: the form without 零 after 元"},
		{"107000.53", "壹拾万柒仟元伍角叁分", "壹拾萬柒仟元伍角參分", "PBoC example ￥107000.53: the form without 零 after 万"},
		{"325.04", "叁佰贰拾伍元零肆分", "參佰貳拾伍元零肆分", "PBoC example ￥325.04"},
		{"10000", "壹万元整", "壹萬元整", "zeros at the end of the 万 section are not written"},
		{"100100", "壹拾万零壹佰元整", "壹拾萬零壹佰元整", "next section begins with a zero: one 零"},
		{"100010", "壹拾万零壹拾元整", "壹拾萬零壹拾元整", "next section begins with zeros: one 零"},
		{"10000001.01", "壹仟万零壹元零壹分", "壹仟萬零壹元零壹分", "zeros across the 万 boundary are one 零"},
		{"100000000", "壹亿元整", "壹億元整", "亿"},
		{"100010000", "壹亿零壹万元整", "壹億零壹萬元整", "zeros across the 亿 boundary are one 零"},
		{"105000000", "壹亿零伍佰万元整", "壹億零伍佰萬元整", "a 万 section that begins with zero after 亿"},
		{"110000000", "壹亿壹仟万元整", "壹億壹仟萬元整", "a 万 section that begins with its thousands"},
		{"1000000000000", "壹万亿元整", "壹萬億元整", "the bound: 万亿"},
		{"123456789012.34", "壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分", "壹仟貳佰參拾肆億伍仟陸佰柒拾捌萬玖仟零壹拾貳元參角肆分", "every unit"},
		{"0.50", "伍角整", "伍角整", "under one yuan there is no yuan part"},
		{"0.05", "伍分", "伍分", "under one yuan there is no yuan part"},
		{"0.55", "伍角伍分", "伍角伍分", "jiao and fen"},
		{"1.05", "壹元零伍分", "壹元零伍分", "零 between 元 and the fen"},
		{"-12", "负壹拾贰元整", "負壹拾貳元整", "a negative amount begins with 负"},
		{"-0.01", "负壹分", "負壹分", "a negative amount begins with 负"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			f, err := houqin.FenOf("amount", dec(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.hans, f.Daxie(zhHans), tt.rule)
			assert.Equal(t, tt.hant, f.Daxie(language.MustParse("zh-TW")), tt.rule)
			// An English reader gets the Simplified form of a mainland receipt.
			assert.Equal(t, tt.hans, f.Daxie(en))
		})
	}
	// Any Fen can be written, even beyond the bound: 亿 nests.
	assert.Equal(t, "壹亿亿元整", houqin.Fen(1e18).Daxie(zhHans))
	assert.Equal(t, "壹億億元整", houqin.Fen(1e18).Daxie(zhHant))
}
