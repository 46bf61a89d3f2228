package fees_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/fees"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// An over-standard uniform charge: 95 yuan a set where the catalog approves
// 80, to 40 pupils of grade 1, bought by choice at the supplies point.
func ExampleAuditor_Audit() {
	a, err := fees.New(fees.DefaultPolicy(), fees.Catalog{Items: []fees.Item{
		{Code: "uniform", Name: "学生装", Kind: fees.Service, Category: fees.Uniform, Unit: fees.PerSet,
			Standard: decimal.RequireFromString("80.00"), Basis: "测价费〔2025〕1号", Voluntary: true, Grades: []int{1, 3, 4, 7, 9}},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	sept1 := houqin.Date{Year: 2025, Month: time.September, Day: 1}
	r, err := a.Audit(fees.Filing{
		Stage: fees.Primary,
		AsOf:  houqin.Date{Year: 2025, Month: time.September, Day: 15},
		Charges: []fees.Charge{{
			ID: "2025秋-校服", Item: "uniform", Grades: []int{1},
			Amount: decimal.RequireFromString("95.00"), Pupils: 40, Consents: 40,
			Published: sept1, Collected: sept1, Handler: fees.HandlerSuppliesPoint,
		}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.Findings {
		fmt.Println(f.Code, f.Severity)
		fmt.Println(f.Message(language.SimplifiedChinese))
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// fees.over_standard violation
	// 2025秋-校服：每生收取¥95.00，超过核定标准¥80.00，每生多收¥15.00，40名学生合计多收¥600.00
	// 2025秋-校服: CN¥95.00 charged per pupil, above the approved standard of CN¥80.00: CN¥15.00 too much per pupil, CN¥600.00 in all for 40 pupils
}

// A compulsory "voluntary" fee: the uniform presented as compulsory and
// made a condition of registration, with the consent of only 30 of 40
// families on record.
func ExampleAuditor_Audit_compulsoryVoluntary() {
	a, err := fees.New(fees.DefaultPolicy(), fees.Catalog{Items: []fees.Item{
		{Code: "uniform", Name: "学生装", Kind: fees.Service, Category: fees.Uniform, Unit: fees.PerSet,
			Standard: decimal.RequireFromString("80.00"), Basis: "测价费〔2025〕1号", Voluntary: true},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	sept1 := houqin.Date{Year: 2025, Month: time.September, Day: 1}
	r, err := a.Audit(fees.Filing{
		Stage: fees.Primary,
		AsOf:  houqin.Date{Year: 2025, Month: time.September, Day: 15},
		Charges: []fees.Charge{{
			ID: "2025秋-校服", Item: "uniform", Grades: []int{1},
			Amount: decimal.RequireFromString("80.00"), Pupils: 40, Consents: 30,
			Compulsory: true, EnrolmentCondition: true,
			Published: sept1, Collected: sept1, Handler: fees.HandlerSuppliesPoint,
		}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.Findings {
		fmt.Println(f.Message(language.SimplifiedChinese))
	}
	// Output:
	// 2025秋-校服：自愿收费项目被作为强制收费（涉及40名学生）
	// 2025秋-校服：自愿收费项目与入学、注册挂钩（涉及40名学生）
	// 2025秋-校服：自愿收费项目向40名学生收取，仅有30名学生家长的自愿确认记录，缺10名
}

// Class T-shirts are collective clothing, which a school may not charge
// for, whether or not the catalog lists them; a school uniform is not.
func ExampleAuditor_Audit_collectiveClothing() {
	a, err := fees.New(fees.DefaultPolicy(), fees.Catalog{})
	if err != nil {
		fmt.Println(err)
		return
	}
	sept1 := houqin.Date{Year: 2025, Month: time.September, Day: 1}
	r, err := a.Audit(fees.Filing{
		Stage: fees.Primary,
		AsOf:  houqin.Date{Year: 2025, Month: time.September, Day: 15},
		Charges: []fees.Charge{{
			ID: "三年级二班班服", Category: fees.CollectiveClothing,
			Amount: decimal.RequireFromString("35.00"), Pupils: 45, Consents: 45,
			Published: sept1, Collected: sept1, Handler: fees.HandlerSchool,
		}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.Findings {
		fmt.Println(f.Code)
		for _, tag := range []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English} {
			fmt.Println(f.Message(tag))
		}
	}
	// Output:
	// fees.collective_clothing
	// 三年级二班班服：学校不得收取班服、年级T恤等集体服装费用（每生¥35.00，涉及45名学生）
	// 三年级二班班服：學校不得收取班服、年級T恤等集體服裝費用（每生¥35.00，涉及45名學生）
	// 三年级二班班服: class or grade T-shirts and similar collective clothing, which a school may not charge for (CN¥35.00 per pupil, 45 pupils)
}

// Milk, which families choose, collected in one payment with the exercise
// books, which every pupil pays: the families could not decline the milk
// alone, whatever consents are on record.
func ExampleAuditor_Audit_bundled() {
	a, err := fees.New(fees.DefaultPolicy(), fees.Catalog{Items: []fees.Item{
		{Code: "books", Name: "作业本费", Kind: fees.Agency, Category: fees.ExerciseBooks, Unit: fees.PerTerm,
			Standard: decimal.RequireFromString("10.00"), Basis: "测价费〔2025〕1号"},
		{Code: "milk", Name: "学生饮用奶", Kind: fees.Service, Category: fees.Milk, Unit: fees.PerTerm,
			Standard: decimal.RequireFromString("60.00"), Basis: "测价费〔2025〕1号"},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	sept1 := houqin.Date{Year: 2025, Month: time.September, Day: 1}
	r, err := a.Audit(fees.Filing{
		Stage: fees.Primary,
		AsOf:  houqin.Date{Year: 2025, Month: time.September, Day: 15},
		Charges: []fees.Charge{
			{ID: "2025秋-作业本", Item: "books", Amount: decimal.RequireFromString("10.00"), Pupils: 300,
				Published: sept1, Collected: sept1, Handler: fees.HandlerSchool, Payment: "2025秋-开学缴费"},
			{ID: "2025秋-牛奶", Item: "milk", Amount: decimal.RequireFromString("60.00"), Pupils: 300, Consents: 300,
				Published: sept1, Collected: sept1, Handler: fees.HandlerSuppliesPoint, Payment: "2025秋-开学缴费"},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.Findings {
		fmt.Println(f.Code)
		fmt.Println(f.Message(language.SimplifiedChinese))
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// fees.bundled_with_compulsory
	// 2025秋-牛奶：自愿收费项目（每生¥60.00）与必须缴纳的费用（每生¥10.00）捆绑一并收取，300名学生无法单独选择
	// 2025秋-牛奶: a voluntary item (CN¥60.00 per pupil) collected in one payment with compulsory charges of CN¥10.00 per pupil, leaving 300 pupils no separate choice
}

// After-school care approved at ¥100.00 a term, charged twice in the term
// at ¥60.00: each charge is within the standard, their sum is not.
func ExampleAuditor_Audit_repeated() {
	a, err := fees.New(fees.DefaultPolicy(), fees.Catalog{Items: []fees.Item{
		{Code: "care", Name: "课后服务费", Kind: fees.Service, Unit: fees.PerTerm,
			Standard: decimal.RequireFromString("100.00"), Basis: "测价费〔2025〕2号"},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	charge := func(id string, d int) fees.Charge {
		on := houqin.Date{Year: 2025, Month: time.September, Day: d}
		return fees.Charge{ID: id, Item: "care", Amount: decimal.RequireFromString("60.00"), Pupils: 200, Consents: 200,
			Published: on, Collected: on, Handler: fees.HandlerSchool}
	}
	r, err := a.Audit(fees.Filing{
		Stage:   fees.Primary,
		AsOf:    houqin.Date{Year: 2025, Month: time.October, Day: 15},
		Charges: []fees.Charge{charge("课后服务-9月", 1), charge("课后服务-补收", 29)},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.Findings {
		fmt.Println(f.Code)
		fmt.Println(f.Message(language.SimplifiedChinese))
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// fees.repeated_over_standard
	// 课后服务-补收：同一批学生第2次收取该项目，本次每生¥60.00，累计每生¥120.00，超过核定标准¥100.00，本次每生多收¥20.00，200名学生合计多收¥4,000.00
	// 课后服务-补收: charge 2 of this item to the same pupils, CN¥60.00 per pupil, brings their total to CN¥120.00, above the approved standard of CN¥100.00: CN¥20.00 too much per pupil, CN¥4,000.00 in all for 200 pupils
}

// A region that still applies the one-fee system switches it on, and with
// it off the rural rule of 2010 that it predates: a rural primary school's
// one fee, textbooks, exercise books and the miscellaneous fee, is held to
// 160 yuan a pupil a year. The spring term's filing carries the autumn
// term's charges in Earlier, so that the year is summed whole: 61 + 20 +
// 60 + 20 = 161, one yuan over.
func ExampleAuditor_Audit_oneFee() {
	p, err := fees.ParsePolicy([]byte(`{"one_fee": {"enabled": true}, "rural_compulsory_rule": false}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := fees.New(p, fees.Catalog{Items: []fees.Item{
		{Code: "misc", Name: "杂费", Kind: fees.OneFee, Unit: fees.PerTerm,
			Standard: decimal.RequireFromString("20.00"), Basis: "测价费〔2003〕5号"},
		{Code: "textbooks", Name: "课本费", Kind: fees.Agency, Category: fees.Textbooks, Unit: fees.PerTerm,
			Standard: decimal.RequireFromString("65.00"), Basis: "测价费〔2003〕5号"},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	charge := func(id, item, amount string, on houqin.Date) fees.Charge {
		return fees.Charge{ID: id, Item: item, Amount: decimal.RequireFromString(amount), Pupils: 120,
			Published: on, Collected: on, Handler: fees.HandlerSchool}
	}
	sept1, feb20 := houqin.Date{Year: 2025, Month: time.September, Day: 1}, houqin.Date{Year: 2026, Month: time.February, Day: 20}
	r, err := a.Audit(fees.Filing{
		Stage: fees.Primary, Rural: true,
		AsOf: houqin.Date{Year: 2026, Month: time.March, Day: 15},
		Earlier: []fees.Charge{
			charge("2025秋-课本", "textbooks", "61.00", sept1),
			charge("2025秋-杂费", "misc", "20.00", sept1),
		},
		Charges: []fees.Charge{
			charge("2026春-课本", "textbooks", "60.00", feb20),
			charge("2026春-杂费", "misc", "20.00", feb20),
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.Findings {
		fmt.Println(f.Code)
		fmt.Println(f.Message(language.SimplifiedChinese))
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// fees.one_fee_over_cap
	// 2026春-杂费：本学年第4笔一费制收费，本次每生¥20.00，累计每生¥161.00，超过一费制上限¥160.00，本次每生超收¥1.00，120名学生合计超收¥120.00
	// 2026春-杂费: one-fee charge 4 of the school year, CN¥20.00 per pupil, brings the one fee to CN¥161.00 per pupil, above its cap of CN¥160.00: CN¥1.00 too much per pupil, CN¥120.00 in all for 120 pupils
}

// Meals for September to February collected in September: February
// belongs to the spring term, so the charge is collected ahead of its term.
func ExampleAuditor_Audit_chargedAhead() {
	a, err := fees.New(fees.DefaultPolicy(), fees.Catalog{Items: []fees.Item{
		{Code: "meals", Name: "伙食费", Kind: fees.Service, Category: fees.Meals, Unit: fees.PerMonth,
			Standard: decimal.RequireFromString("150.00"), Basis: "测价费〔2025〕1号"},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	sept1 := houqin.Date{Year: 2025, Month: time.September, Day: 1}
	r, err := a.Audit(fees.Filing{
		Stage: fees.Primary,
		AsOf:  houqin.Date{Year: 2025, Month: time.September, Day: 15},
		Charges: []fees.Charge{{
			ID: "2025秋-伙食费", Item: "meals", Amount: decimal.RequireFromString("900.00"), Quantity: 6,
			Covers: houqin.Period{From: sept1, To: houqin.Date{Year: 2026, Month: time.February, Day: 28}},
			Pupils: 400, Consents: 400, Published: sept1, Collected: sept1, Handler: fees.HandlerSchool,
		}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.Findings {
		fmt.Println(f.Code)
		fmt.Println(f.Message(language.SimplifiedChinese))
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// fees.charged_across_terms
	// 2025秋-伙食费：于2025年9月1日收取，收费期间至2026年2月28日，超出收取时所在学期（2026年1月31日结束），属跨学期预收
	// 2025秋-伙食费: collected on 1 September 2025 for a period running to 28 February 2026, beyond the term it was collected in, which ends on 31 January 2026: collected ahead for a later term
}

// A term-end settlement in an audit: exercise books cost less than was
// collected, the settlement was published to parents late, and the result
// sums what goes back to the families.
func ExampleAuditor_Audit_settlement() {
	a, err := fees.New(fees.DefaultPolicy(), fees.Catalog{Items: []fees.Item{
		{Code: "books", Name: "作业本费", Kind: fees.Agency, Category: fees.ExerciseBooks, Unit: fees.PerTerm,
			Standard: decimal.RequireFromString("10.00"), Basis: "测价费〔2025〕1号"},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	sept1 := houqin.Date{Year: 2025, Month: time.September, Day: 1}
	r, err := a.Audit(fees.Filing{
		Stage:   fees.Primary,
		TermEnd: houqin.Date{Year: 2026, Month: time.January, Day: 16},
		AsOf:    houqin.Date{Year: 2026, Month: time.March, Day: 31},
		Charges: []fees.Charge{{
			ID: "2025秋-作业本", Item: "books", Amount: decimal.RequireFromString("10.00"), Pupils: 720,
			Published: sept1, Collected: sept1, Handler: fees.HandlerSchool,
		}},
		Spending: []fees.Spending{{
			Charge: "2025秋-作业本", Actual: decimal.RequireFromString("6519.37"),
			Published: houqin.Date{Year: 2026, Month: time.March, Day: 2},
		}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.Findings {
		fmt.Println(f.Severity, f.Message(language.SimplifiedChinese))
	}
	s := r.Settlements[0]
	fmt.Println(s.Outcome, s.Each, s.Extra, r.Refunded(), r.ToCollect(), r.Borne())
	// Output:
	// violation 2025秋-作业本：学期于2026年1月16日结束，结算清单最迟应于2026年2月15日向家长公示，实际于2026年3月2日公示
	// notice 2025秋-作业本：收取¥7,200.00，实际支出¥6,519.37，结余¥680.63应退还720名学生
	// refund 0.94 383 680.63 0.00 0.00
}

// Bad input is an error naming each field, never a finding.
func ExampleAuditor_Audit_invalidInput() {
	a, err := fees.New(fees.DefaultPolicy(), fees.Catalog{Items: []fees.Item{
		{Code: "books", Name: "作业本费", Kind: fees.Agency, Unit: fees.PerTerm, Standard: decimal.RequireFromString("10.00"), Basis: "测价费〔2025〕1号"},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = a.Audit(fees.Filing{
		Stage: fees.Primary,
		Charges: []fees.Charge{{
			ID: "x", Item: "books", Amount: decimal.RequireFromString("-10.00"), Pupils: 3, Handler: fees.HandlerSchool,
		}},
	})
	fmt.Println(errors.Is(err, houqin.ErrInvalidInput))
	fmt.Println(err)
	// Output:
	// true
	// invalid input: as_of: missing
	// invalid input: charges[0].amount: negative
}

// A refund of 100.00 yuan over 3 pupils: 40.00 each collected for exercise
// books that cost 20.00 in all. The excess splits as 33.34 + 33.33 + 33.33:
// each share is truncated to the fen and the leftover fen goes to the
// earlier pupil.
func ExampleAuditor_Settle() {
	a, err := fees.New(fees.DefaultPolicy(), fees.Catalog{Items: []fees.Item{
		{Code: "books", Name: "作业本费", Kind: fees.Agency, Unit: fees.PerTerm, Standard: decimal.RequireFromString("40.00"), Basis: "测价费〔2025〕1号"},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := a.Settle(
		fees.Charge{ID: "2025秋-作业本", Item: "books", Amount: decimal.RequireFromString("40.00"),
			Pupils: 3, Handler: fees.HandlerSchool},
		fees.Spending{Actual: decimal.RequireFromString("20.00")},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Outcome, s.Balance, "=", s.Each, "each, the first", s.Extra, "one fen more")
	for i := range s.Pupils {
		fmt.Println(s.Share(i), s.Share(i).Daxie(language.SimplifiedChinese))
	}
	// Output:
	// refund 100.00 = 33.33 each, the first 1 one fen more
	// 33.34 叁拾叁元叁角肆分
	// 33.33 叁拾叁元叁角叁分
	// 33.33 叁拾叁元叁角叁分
}

// A shortfall is collected from the pupils only where the catalog item (or
// the policy, for agency fees) allows it: 多退少补; otherwise the school bears
// it: 多退少不补.
func ExampleAuditor_Settle_shortfall() {
	a, err := fees.New(fees.DefaultPolicy(), fees.Catalog{Items: []fees.Item{
		{Code: "textbooks", Name: "教材费", Kind: fees.Agency, Unit: fees.PerTerm,
			Standard: decimal.RequireFromString("280.00"), Basis: "测价费〔2025〕1号", Shortfall: fees.ShortfallTopUp},
		{Code: "books", Name: "作业本费", Kind: fees.Agency, Unit: fees.PerTerm,
			Standard: decimal.RequireFromString("10.00"), Basis: "测价费〔2025〕1号"},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, item := range []string{"textbooks", "books"} {
		s, err := a.Settle(
			fees.Charge{ID: item, Item: item, Amount: decimal.RequireFromString("10.00"), Pupils: 4, Handler: fees.HandlerSchool},
			fees.Spending{Actual: decimal.RequireFromString("10.50"), PerPupil: true},
		)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(s.Charge, s.Outcome, s.Balance, s.Total(), s.Amounts())
	}
	// Output:
	// textbooks top_up -2.00 2.00 [0.50 0.50 0.50 0.50]
	// books borne -2.00 0.00 [0.00 0.00 0.00 0.00]
}

// A pupil who paid 600.00 for boarding in the autumn term, 1 September to
// 31 January, leaves on 20 October: what is owed back by the day, the
// half-month and the month.
func ExampleAuditor_RefundOnLeaving() {
	items := []fees.Item{{Code: "boarding", Name: "住宿费", Kind: fees.Service, Category: fees.Boarding, Unit: fees.PerTerm,
		Standard: decimal.RequireFromString("600.00"), Basis: "测价费〔2025〕1号"}}
	c := fees.Charge{ID: "2025秋-住宿费", Item: "boarding", Amount: decimal.RequireFromString("600.00"), Pupils: 1,
		Handler: fees.HandlerSchool,
		Covers: houqin.Period{From: houqin.Date{Year: 2025, Month: time.September, Day: 1},
			To: houqin.Date{Year: 2026, Month: time.January, Day: 31}}}
	l := fees.Leaver{Pupil: "张三", Left: houqin.Date{Year: 2025, Month: time.October, Day: 20}}
	for _, by := range []fees.Granularity{fees.ByDay, fees.ByHalfMonth, fees.ByMonth} {
		p := fees.DefaultPolicy()
		p.LeavingRefundBy = by
		a, err := fees.New(p, fees.Catalog{Items: items})
		if err != nil {
			fmt.Println(err)
			return
		}
		r, err := a.RefundOnLeaving(c, l)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(by.Label(language.SimplifiedChinese), r.Unused, "of", r.Units, r.Due, r.Due.Daxie(language.SimplifiedChinese))
	}
	// Output:
	// 按天 103 of 153 403.92 肆佰零叁元玖角贰分
	// 按半月 6 of 10 360.00 叁佰陆拾元整
	// 按月 3 of 5 360.00 叁佰陆拾元整
}

// A pupil's line of the letter to parents, in the three languages.
func ExampleItemSettlement_RefundLine() {
	a, err := fees.New(fees.DefaultPolicy(), fees.Catalog{Items: []fees.Item{
		{Code: "books", Name: "作业本费", Kind: fees.Agency, Unit: fees.PerTerm, Standard: decimal.RequireFromString("40.00"), Basis: "测价费〔2025〕1号"},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := a.Settle(
		fees.Charge{ID: "2025秋-作业本", Item: "books", Amount: decimal.RequireFromString("40.00"),
			Pupils: 3, Handler: fees.HandlerSchool},
		fees.Spending{Actual: decimal.RequireFromString("20.00")},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, tag := range []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English} {
		fmt.Println(s.RefundLine(tag, 0))
	}
	// Output:
	// 作业本费：收取¥120.00，实际支出¥20.00，结余¥100.00；本生应退¥33.34（大写：叁拾叁元叁角肆分）
	// 作业本费：收取¥120.00，實際支出¥20.00，結餘¥100.00；本生應退¥33.34（大寫：參拾參元參角肆分）
	// 作业本费: CN¥120.00 collected, CN¥20.00 spent, CN¥100.00 left over; refund to this pupil: CN¥33.34 (in words: 叁拾叁元叁角肆分)
}

// Pupils of a roll who paid different amounts share a refund in proportion
// to what each paid; a pupil exempted in full gets nothing back.
func ExampleItemSettlement_Share() {
	a, err := fees.New(fees.DefaultPolicy(), fees.Catalog{Items: []fees.Item{
		{Code: "books", Name: "作业本费", Kind: fees.Agency, Unit: fees.PerTerm, Standard: decimal.RequireFromString("10.00"), Basis: "测价费〔2025〕1号"},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := a.Settle(
		fees.Charge{ID: "books", Item: "books", Amount: decimal.RequireFromString("10.00"), Handler: fees.HandlerSchool,
			Roll: []fees.Pupil{
				{ID: "张三", Paid: decimal.RequireFromString("10.00")},
				{ID: "李四", Paid: decimal.RequireFromString("5.00")},
				{ID: "王五", Paid: decimal.Zero},
			}},
		fees.Spending{Actual: decimal.RequireFromString("12.00")},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Outcome, s.Balance, s.Share(0), s.Share(1), s.Share(2), s.Amounts())
	// Output:
	// refund 3.00 2.00 1.00 0.00 [2.00 1.00 0.00]
}

// New refuses a policy or catalog with problems, naming them all.
func ExampleNew() {
	p := fees.DefaultPolicy()
	p.SupplierSettlementDays = -5
	_, err := fees.New(p, fees.Catalog{Items: []fees.Item{{Code: "x", Kind: fees.Agency, Unit: fees.PerTerm,
		Standard: decimal.RequireFromString("1.005"), Basis: "测价费〔2025〕1号"}}})
	fmt.Println(err)
	// Output:
	// invalid input: policy.supplier_settlement_days: -5 days out of range [0, 366]
	// invalid input: catalog.items[0].standard: finer than a fen (more than two decimal places): 1.005
}

// The default policy holds the national values: what may never be a fee,
// what a rural compulsory school may charge, 多退少不补 for agency fees.
func ExampleDefaultPolicy() {
	p := fees.DefaultPolicy()
	fmt.Println(p.Forbidden)
	fmt.Println(p.RuralAllowed, p.AgencyTopUp, p.SettlementPublicationDays)
	// Output:
	// [handouts test_papers e_reading computer_time heating cooling drinking_water campus_security]
	// [exercise_books meals] false 30
}

// Validate reports every problem of a policy at once, each naming its field.
func ExamplePolicy_Validate() {
	p := fees.DefaultPolicy()
	p.Forbidden = append(p.Forbidden, "Tutoring")
	p.PublishLeadDays = 400
	fmt.Println(p.Validate())
	// Output:
	// invalid input: forbidden[8]: want a lower-case snake_case category, got "Tutoring"
	// invalid input: publish_lead_days: 400 days out of range [0, 366]
}

// A region writes only what differs from the default policy.
func ExampleParsePolicy() {
	p, err := fees.ParsePolicy([]byte(`{"agency_top_up": true, "settlement_publication_days": 15}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.AgencyTopUp, p.SettlementPublicationDays, p.Forbidden)
	_, err = fees.ParsePolicy([]byte(`{"agency_topup": true}`))
	fmt.Println(err)
	// Output:
	// true 15 [handouts test_papers e_reading computer_time heating cooling drinking_water campus_security]
	// invalid input: agency_topup: unknown field
}

// A catalog is JSON a region keeps: kinds, units and stages by name,
// amounts in yuan.
func ExampleParseCatalog() {
	c, err := fees.ParseCatalog([]byte(`{"region": "某县 2025", "items": [
		{"code": "milk", "name": "学生饮用奶", "kind": "service", "category": "milk", "unit": "term", "basis": "测价费〔2025〕1号", "standard": "60.00"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	it := c.Items[0]
	fmt.Println(it.Name, it.Kind.Label(language.SimplifiedChinese), it.Unit.Label(language.SimplifiedChinese), it.Standard)
	_, err = fees.ParseCatalog([]byte(`{"items": [{"code": "x", "kind": "tax", "unit": "term", "basis": "测价费〔2025〕1号", "standard": "1"}]}`))
	fmt.Println(err)
	// Output:
	// 学生饮用奶 服务性收费 每生每学期 60
	// invalid input: items[0].kind: unknown kind "tax" (want one_fee, service or agency)
}

// Validate reports every problem of a catalog at once, each naming its
// item and field. An item without its legal basis, the approving
// document's number, is refused: it is not an approved item.
func ExampleCatalog_Validate() {
	c := fees.Catalog{Items: []fees.Item{
		{Code: "books", Kind: fees.Agency, Unit: fees.PerTerm, Standard: decimal.RequireFromString("10.00"), Basis: "测价费〔2025〕1号"},
		{Code: "books", Kind: fees.Agency, Standard: decimal.RequireFromString("-1.00"), Grades: []int{13}},
	}}
	fmt.Println(c.Validate())
	// Output:
	// invalid input: items[1].unit: missing
	// invalid input: items[1].basis: missing: the approving document's number (收费依据)
	// invalid input: items[1].standard: negative
	// invalid input: items[1].grades[0]: grade 13 out of range [1, 12]
	// invalid input: items[1].code: duplicate code "books" (also items[0])
}

// Validate checks one item, naming each field relative to the item.
func ExampleItem_Validate() {
	it := fees.Item{Code: "uniform", Name: "学生装", Kind: fees.Service, Unit: fees.PerSet,
		Standard: decimal.RequireFromString("80.00"), Basis: "测价费〔2025〕1号", Stages: []fees.Stage{fees.Primary, 9}}
	fmt.Println(it.Validate())
	// Output:
	// invalid input: stages[1]: unknown stage Stage(9)
}

// A category is a lower-case snake_case name; a region may add its own.
func ExampleCategory_Validate() {
	fmt.Println(fees.Category("after_school_care").Validate())
	fmt.Println(fees.Category("课后服务").Validate())
	// Output:
	// <nil>
	// invalid input: want a lower-case snake_case category, got "课后服务"
}

// The enums name themselves for a reader in each language.
func ExampleKind_Label() {
	for _, tag := range []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English} {
		fmt.Println(fees.Agency.Label(tag), fees.PerSet.Label(tag), fees.JuniorSecondary.Label(tag), fees.HandlerSuppliesPoint.Label(tag))
	}
	// Output:
	// 代收费 每套 初中 学生用品服务部
	// 代收費 每套 初中 學生用品服務部
	// agency fee per set junior secondary school a student-supplies service point
}

// Codes lists every finding code the package declares, for a host that
// registers them or a rubric that deducts by them.
func ExampleCodes() {
	for _, c := range fees.Codes()[:3] {
		fmt.Println(c)
	}
	fmt.Println(len(fees.Codes()))
	// Output:
	// fees.agency_margin
	// fees.bundled_with_compulsory
	// fees.charged_across_terms
	// 29
}

func ExampleAuditor_RefundNotice() {
	a, _ := fees.New(fees.DefaultPolicy(), fees.Catalog{})
	// 7,200.00 − 6,519.37 = 680.63 over 720 pupils: 0.94 each, and the
	// 3.83 left over a fen more to the first 383.
	n, _ := a.RefundNotice(language.SimplifiedChinese, fees.RefundNoticeInput{School: "城南小学", Class: "三年级（2）班",
		Term: houqin.Term{Year: 2025, Semester: houqin.Autumn}, Published: houqin.Date{Year: 2026, Month: 1, Day: 20},
		Settlement: fees.ItemSettlement{Name: "作业本费", Pupils: 720, Collected: 720000, Actual: 651937, Balance: 68063,
			Outcome: fees.Refund, Each: 94, Extra: 383}})
	fmt.Print(n.Text())
	// Output:
	// 2025–2026学年秋季学期作业本费结算公示
	//
	// 本学期向720名学生代收¥7,200.00，实际支出¥6,519.37。
	// 结余¥680.63（大写：陆佰捌拾元零陆角叁分）全部退还，每生退还¥0.94（大写：玖角肆分）。
	// 因尾差，名册前383名学生各退还¥0.95（大写：玖角伍分）。
	// 按照“多退少不补”的规定结算：结余全部退还，不足部分不向学生补收。
	// 如有疑问，请向班主任或学校咨询。
	//
	// 城南小学 三年级（2）班
	// 2026年1月20日
}
