package houqin_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

func ExampleParseYuan() {
	for _, s := range []string{"1,234.5", "¥1234.50", "１２３４.５０元", "1e3", "1.005"} {
		d, err := houqin.ParseYuan(s)
		if err != nil {
			fmt.Println(errors.Is(err, houqin.ErrInvalidInput), err)
			continue
		}
		fmt.Println(d.StringFixed(2))
	}
	// Output:
	// 1234.50
	// 1234.50
	// 1234.50
	// true invalid input: exponent notation is not accepted in "1e3"
	// true invalid input: more than two decimal places (finer than a fen) in "1.005"
}

func ExampleFen_UnmarshalText() {
	var f houqin.Fen
	err := f.UnmarshalText([]byte("人民币 33.34 元"))
	fmt.Println(int64(f), err)
	// Output: 3334 <nil>
}

func ExampleFenOf() {
	for _, d := range []decimal.Decimal{
		decimal.RequireFromString("1.000"),
		decimal.RequireFromString("1.005"),
		decimal.New(1, 1_000_000_000), // would hang shopspring's Cmp; refused at once
	} {
		f, err := houqin.FenOf("amount", d)
		fmt.Println(int64(f), err)
	}
	// Output:
	// 100 <nil>
	// 0 invalid input: amount: finer than a fen (more than two decimal places): 1.005
	// 0 invalid input: amount: beyond the bound of ±1,000,000,000,000.00 yuan
}

func ExampleFenOf_check() {
	_, err := houqin.FenOf("lines[3].amount", decimal.RequireFromString("12.345"))
	var ie *houqin.InputError
	if errors.As(err, &ie) {
		fmt.Println(ie.Field, "|", ie.Reason)
	}
	// Output: lines[3].amount | finer than a fen (more than two decimal places): 12.345
}

func ExampleFen_Yuan() {
	fmt.Println(houqin.Fen(123450).Yuan().StringFixed(2), houqin.Fen(-5))
	// Output: 1234.50 -0.05
}

func ExampleRoundFen() {
	d := decimal.RequireFromString("2.345")
	up, _ := houqin.RoundFen("x", d, houqin.RoundHalfUp)
	even, _ := houqin.RoundFen("x", d, houqin.RoundHalfEven)
	fmt.Println(up, even)
	// Output: 2.35 2.34
}

func ExampleSplitEven() {
	// ¥10,000.00 over 2,001 pupils: 1,000,000 fen = 499 × 2,001 + 1,501,
	// so 1,501 pupils get 500 fen and 500 pupils get 499.
	each, extra, _ := houqin.SplitEven(1_000_000, 2001)
	fmt.Printf("%d pupils get %s and the rest %s\n", extra, each+1, each)
	// Output: 1501 pupils get 5.00 and the rest 4.99
}

func ExampleAllocateWeighted() {
	// ¥10.00 over pupils who ate 1, 2 and 3 weeks of meals.
	parts, _ := houqin.AllocateWeighted(1000, []int64{1, 2, 3})
	fmt.Println(parts)
	_, err := houqin.AllocateWeighted(1000, []int64{1, -2})
	fmt.Println(err)
	// An even split is a split by equal weights: ¥100.00 over three pupils.
	parts, _ = houqin.AllocateWeighted(10000, []int64{1, 1, 1})
	fmt.Println(parts)
	// Output:
	// [1.67 3.33 5.00]
	// invalid input: weights[1]: negative weight -2
	// [33.34 33.33 33.33]
}

func ExampleFen_Format() {
	fmt.Println(houqin.Fen(123450).Format(language.SimplifiedChinese))
	fmt.Println(houqin.Fen(-123450).Format(language.English))
	// An amount in decimal yuan is rounded to the fen first, by a named rule.
	f, _ := houqin.RoundFen("amount", decimal.RequireFromString("2005.7715"), houqin.RoundHalfUp)
	fmt.Println(f.Format(language.TraditionalChinese))
	// Output:
	// ¥1,234.50
	// -CN¥1,234.50
	// ¥2,005.77
}

func ExampleRatio_Format() {
	fmt.Println((houqin.RatioOne / 20).Format(language.English), houqin.Ratio(12_345_000).Format(language.English))
	r, _ := houqin.RatioOf("weight", decimal.RequireFromString("0.7"))
	fmt.Println(r.Format(language.SimplifiedChinese))
	// Alone, a ratio has two decimals; beside another, in one sentence, as
	// many more as it takes to tell them apart.
	fmt.Println(houqin.Ratio(5_000_025).Format(language.English))
	// Output:
	// 5.00% 12.35%
	// 70.00%
	// 5.00%
}

func ExampleFen_Daxie() {
	// The worked examples of the People's Bank of China's rules.
	for _, s := range []string{"1409.50", "6007.14", "1680.32", "107000.53", "16409.02", "325.04"} {
		f, _ := houqin.FenOf("amount", decimal.RequireFromString(s))
		fmt.Println(f.Daxie(language.SimplifiedChinese))
	}
	fmt.Println(houqin.Fen(123450).Daxie(language.TraditionalChinese))
	fmt.Println(houqin.Fen(-3334).Daxie(language.SimplifiedChinese))
	// Output:
	// 壹仟肆佰零玖元伍角
	// 陆仟零柒元壹角肆分
	// 壹仟陆佰捌拾元零叁角贰分
	// 壹拾万柒仟元零伍角叁分
	// 壹万陆仟肆佰零玖元零贰分
	// 叁佰贰拾伍元零肆分
	// 壹仟貳佰參拾肆元伍角
	// 负叁拾叁元叁角肆分
}

// A host picks the other forms the rules allow.
func ExampleDaxieForm() {
	f := houqin.Fen(10000053) // ¥100,000.53
	g := houqin.Fen(10700053) // ¥107,000.53
	h := houqin.Fen(10010)    // ¥100.10
	zh := language.SimplifiedChinese
	fmt.Println(g.Daxie(zh))
	fmt.Println(g.Daxie(zh, houqin.DaxieForm{ZeroAfterWan: true, NoZeroAfterYuan: true}))
	fmt.Println(h.Daxie(zh))
	fmt.Println(h.Daxie(zh, houqin.DaxieForm{NoZeroAfterYuan: true, ZhengAfterJiao: true}))
	fmt.Println(f.Daxie(zh, houqin.DaxieForm{NoZeroAfterYuan: true}))
	// Output:
	// 壹拾万柒仟元零伍角叁分
	// 壹拾万零柒仟元伍角叁分
	// 壹佰元零壹角
	// 壹佰元壹角整
	// 壹拾万元伍角叁分
}

func ExampleRatioOf() {
	r, _ := houqin.RatioOf("ceiling", decimal.RequireFromString("0.05"))
	fmt.Println(int64(r), r)
	_, err := houqin.RatioOf("ceiling", decimal.RequireFromString("0.000000001"))
	fmt.Println(err)
	// Output:
	// 5000000 0.05
	// invalid input: ceiling: more than eight decimal places: 0.000000001
}

func ExampleCmpShare() {
	ceiling := houqin.RatioOne / 20 // 5%
	// Revenue ¥40,115.40; surplus ¥2,005.77 is exactly 5%: it complies.
	fmt.Println(houqin.CmpShare(200577, 4011540, ceiling))
	// One fen more does not.
	fmt.Println(houqin.CmpShare(200578, 4011540, ceiling))
	// Output:
	// 0
	// 1
}

func ExampleRatio_Of() {
	five := houqin.RatioOne / 20
	fmt.Println(houqin.Fen(five.Of(4011543, houqin.RoundHalfUp)), houqin.Fen(five.Of(4011543, houqin.RoundFloor)))
	// Output: 2005.77 2005.77
}

func ExampleShareOf() {
	fmt.Println(houqin.ShareOf(1, 3), houqin.ShareOf(1, 3).Format(language.English))
	// One fen over 5% of ¥100,000,000.00 rounds onto the ceiling; against
	// the ceiling it stays above it.
	ceiling := houqin.RatioOne / 20
	fmt.Println(houqin.ShareOf(500_000_001, 10_000_000_000), houqin.ShareOf(500_000_001, 10_000_000_000, ceiling))
	// Output:
	// 0.33333333 33.33%
	// 0.05 0.05000001
}

func ExampleFindings() {
	fs := houqin.Findings{
		{Code: "canteen.deficit", Severity: houqin.Warning, Subject: "二中"},
		{Code: "canteen.surplus_over_ceiling", Severity: houqin.Violation, Subject: "一中",
			Facts: []houqin.Fact{houqin.YuanFact("excess", 1234)}},
	}
	fs.Sort()
	fmt.Println(fs[0].Code, fs.Worst(), fs.Has("canteen.deficit"))
	err := fs.Err()
	fmt.Println(errors.Is(err, houqin.Code("canteen.surplus_over_ceiling")), errors.Is(err, houqin.Code("canteen.deficit")))
	// Output:
	// canteen.surplus_over_ceiling violation true
	// true false
}

func ExampleFinding_Message() {
	if err := houqin.RegisterMessages(houqin.Message{
		Code: "demo.surplus",
		Hans: "%[1]s结余%[2]s，占收入%[3]s，超出%[4]s的上限",
		Hant: "%[1]s結餘%[2]s，佔收入%[3]s，超出%[4]s的上限",
		En:   "%[1]s: surplus %[2]s, %[3]s of revenue, above the %[4]s ceiling",
	}); err != nil {
		panic(err)
	}
	ceiling := houqin.RatioOne / 20
	surplus := func(subject string, surplus, revenue houqin.Fen) houqin.Finding {
		return houqin.Finding{Code: "demo.surplus", Severity: houqin.Violation, Subject: subject,
			Facts: []houqin.Fact{houqin.YuanFact("surplus", surplus),
				houqin.PercentFact("ratio", houqin.ShareOf(int64(surplus), int64(revenue))), houqin.PercentFact("ceiling", ceiling)}}
	}
	// A fen over the ceiling: the ratio reads above it, never equal to it.
	f := surplus("一中食堂", 200578, 4011540)
	for _, tag := range []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English} {
		fmt.Println(f.Message(tag))
	}
	// Far over it: two decimals.
	fmt.Println(surplus("二中食堂", 367200, 4896000).Message(language.English))
	v, _ := f.Fact("surplus")
	fmt.Println(v.StringFixed(2))
	// Output:
	// 一中食堂结余¥2,005.78，占收入5.00003%，超出5.00000%的上限
	// 一中食堂結餘¥2,005.78，佔收入5.00003%，超出5.00000%的上限
	// 一中食堂: surplus CN¥2,005.78, 5.00003% of revenue, above the 5.00000% ceiling
	// 二中食堂: surplus CN¥3,672.00, 7.50% of revenue, above the 5.00% ceiling
	// 2005.78
}

func ExampleRegisterMessages() {
	err := houqin.RegisterMessages(houqin.Message{Code: "demo.incomplete", Hans: "缺英文", Hant: "缺英文"})
	fmt.Println(err)
	// Output: invalid input: demo.incomplete: needs a text in each of zh-Hans, zh-Hant and en
}

// An English text agrees in number with a plural selector {n:one|other}; a
// Chinese text keeps its measure word.
func ExampleRegisterMessages_plural() {
	if err := houqin.RegisterMessages(houqin.Message{
		Code: "demo.days_left",
		Hans: "%[1]s：距整改期限还有%[2]s天",
		Hant: "%[1]s：距整改期限還有%[2]s天",
		En:   "%[1]s: %[2]s {2:day|days} left to rectify",
	}); err != nil {
		panic(err)
	}
	for _, n := range []int64{1, 2, 15120} {
		f := houqin.Finding{Code: "demo.days_left", Severity: houqin.Warning, Subject: "一中",
			Facts: []houqin.Fact{houqin.CountFact("days_left", n)}}
		fmt.Println(f.Message(language.English), "|", f.Message(language.SimplifiedChinese))
	}
	err := houqin.RegisterMessages(houqin.Message{Code: "demo.days_bad", Hans: "%[1]s{1:天|天}", Hant: "%[1]s天", En: "%[1]s {1:day|days}"})
	fmt.Println(err)
	// Output:
	// 一中: 1 day left to rectify | 一中：距整改期限还有1天
	// 一中: 2 days left to rectify | 一中：距整改期限还有2天
	// 一中: 15,120 days left to rectify | 一中：距整改期限还有15120天
	// invalid input: demo.days_bad: the zh-Hans text has a plural selector {n:…}; a Chinese count keeps its measure word
}

func ExampleLocalize() {
	if err := houqin.RegisterMessages(houqin.Message{
		Code: "demo.claims",
		Hans: "截至%[1]s，理赔%[2]s件，理赔金额%[3]s",
		Hant: "截至%[1]s，理賠%[2]s件，理賠金額%[3]s",
		En:   "by %[1]s, %[2]s claims, %[3]s paid",
	}); err != nil {
		panic(err)
	}
	args := []any{houqin.Date{Year: 2026, Month: time.May, Day: 31}, 1521, houqin.Fen(45678900)}
	fmt.Println(houqin.Localize(language.SimplifiedChinese, "demo.claims", args...))
	fmt.Println(houqin.Localize(language.English, "demo.claims", args...))
	// Output:
	// 截至2026年5月31日，理赔1521件，理赔金额¥456,789.00
	// by 31 May 2026, 1,521 claims, CN¥456,789.00 paid
}

func ExampleInvalid() {
	err := houqin.WithField("lines[3]", houqin.Invalid("amount", "negative"))
	fmt.Println(err, errors.Is(err, houqin.ErrInvalidInput))
	// Output: invalid input: lines[3].amount: negative true
}

func ExampleWithField() {
	err := houqin.WithField("policy", errors.Join(
		houqin.Invalid("surplus_ceiling", "above 100%"),
		houqin.Invalid("staff_ratio", "zero"),
	))
	fmt.Println(err)
	// Output:
	// invalid input: policy.surplus_ceiling: above 100%
	// invalid input: policy.staff_ratio: zero
}

func ExampleMatchLanguage() {
	for _, s := range []string{"zh-HK", "en-GB", "fr"} {
		fmt.Println(houqin.MatchLanguage(languageTag(s)))
	}
	// Output:
	// zh-Hant
	// en
	// zh-Hans
}

func ExampleDate() {
	d := houqin.Date{Year: 2025, Month: time.September, Day: 1}
	fmt.Println(d, d.AddDays(30), d.Format(language.SimplifiedChinese), d.Before(d.AddDays(1)))
	// Output: 2025-09-01 2025-10-01 2025年9月1日 true
}

func ExampleDate_UnmarshalText() {
	var d houqin.Date
	err := d.UnmarshalText([]byte("2025-02-29"))
	fmt.Println(err)
	// Output: invalid input: 2025-02-29 does not exist
}

func ExamplePeriod() {
	sep := houqin.MonthPeriod(2025, time.September)
	oct := houqin.MonthPeriod(2025, time.October)
	fmt.Println(sep, sep.To.Sub(sep.From)+1, sep.Contains(oct.From), sep.To.AddDays(1) == oct.From)
	// Output: 2025-09-01..2025-09-30 30 false true
}

func ExampleCalendar() {
	cal := houqin.DefaultCalendar()
	term := cal.TermOf(houqin.Date{Year: 2026, Month: time.March, Day: 2})
	fmt.Println(term.Label(language.SimplifiedChinese), cal.Term(term))
	fmt.Println(term.Label(language.English))
	// The school year that begins in 2025: from its autumn term to its spring
	// term.
	year := houqin.Period{From: cal.Term(houqin.Term{Year: 2025, Semester: houqin.Autumn}).From, To: cal.Term(term).To}
	fmt.Println(year)
	// Output:
	// 2025–2026学年春季学期 2026-02-01..2026-08-31
	// spring term 2025–2026
	// 2025-09-01..2026-08-31
}

func ExampleFormatMonth() {
	fmt.Println(houqin.FormatMonth(language.SimplifiedChinese, 2025, time.October))
	fmt.Println(houqin.FormatMonth(language.English, 2025, time.October))
	// Output:
	// 2025年10月
	// October 2025
}

func ExampleInputErrors() {
	err := errors.Join(
		houqin.Invalid("policy.surplus_ceiling", "above 100%"),
		houqin.Invalid("policy.staff_ratio", "zero"),
	)
	for _, ie := range houqin.InputErrors(err) {
		fmt.Printf("%s: %s\n", ie.Field, ie.Reason)
	}
	// Output:
	// policy.surplus_ceiling: above 100%
	// policy.staff_ratio: zero
}

func ExampleYuanFact() {
	facts := []houqin.Fact{
		houqin.YuanFact("excess", 1234),
		houqin.PercentFact("ratio", 5_120_000),
		houqin.CountFact("pupils", 1521),
		houqin.DateFact("first_uncovered", houqin.Date{Year: 2026, Month: time.March, Day: 16}),
		{Name: "score", Unit: houqin.UnitPoints, Value: 9250},  // hundredths of a point
		{Name: "elapsed", Unit: houqin.UnitHours, Value: 3050}, // hundredths of an hour
	}
	for _, f := range facts {
		fmt.Printf("%s %s %d | %s | %s | %s\n", f.Name, f.Unit, f.Value, f.Decimal(), f.Format(language.SimplifiedChinese), f.Format(language.English))
	}
	// Output:
	// excess yuan 1234 | 12.34 | ¥12.34 | CN¥12.34
	// ratio percent 5120000 | 0.0512 | 5.12% | 5.12%
	// pupils count 1521 | 1521 | 1521 | 1,521
	// first_uncovered date 20260316 | 20260316 | 2026年3月16日 | 16 March 2026
	// score points 9250 | 92.5 | 92.5 | 92.5
	// elapsed hours 3050 | 30.5 | 30.5 | 30.5
}

func ExampleSchoolYearLabel() {
	for _, tag := range []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English} {
		fmt.Println(houqin.SchoolYearLabel(tag, 2025))
	}
	// Output:
	// 2025–2026学年
	// 2025–2026學年
	// school year 2025–2026
}

func ExampleSeverity_Label() {
	for _, tag := range []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English} {
		fmt.Println(houqin.Violation.Label(tag), houqin.Warning.Label(tag), houqin.Notice.Label(tag))
	}
	// Output:
	// 违规 警告 提示
	// 違規 警告 提示
	// Violation Warning Notice
}

func ExampleDecodeJSON() {
	var policy struct {
		SurplusCeiling houqin.Ratio `json:"surplus_ceiling"`
	}
	fmt.Println(houqin.DecodeJSON([]byte(`{"surplus_ceiling": "0.03"}`), &policy), policy.SurplusCeiling)
	fmt.Println(houqin.DecodeJSON([]byte(`{"surplus_cieling": "0.03"}`), &policy))
	// Output:
	// <nil> 0.03
	// invalid input: surplus_cieling: unknown field
}
