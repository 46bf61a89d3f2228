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

// exampleAuditor compiles the default policy and a two-item catalog: the
// uniform at 80 yuan a set, voluntary (seed 003's grades), and exercise
// books at 10 yuan a term, an agency item.
func exampleAuditor() *fees.Auditor {
	catalog, err := fees.ParseCatalog([]byte(`{"items": [
		{"code": "uniform", "name": "学生装", "kind": "service", "category": "uniform", "unit": "set",
		 "standard": "80.00", "voluntary": true, "grades": [1, 3, 4, 7, 9]},
		{"code": "books", "name": "作业本费", "kind": "agency", "category": "exercise_books", "unit": "term",
		 "standard": "10.00"}]}`))
	if err != nil {
		panic(err)
	}
	a, err := fees.New(fees.DefaultPolicy(), catalog)
	if err != nil {
		panic(err)
	}
	return a
}

// An over-standard uniform charge: 95 yuan a set where the catalog approves
// 80, to 40 pupils of grade 1, bought by choice at the supplies point.
func ExampleAuditor_Audit() {
	a := exampleAuditor()
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
	a := exampleAuditor()
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

// A refund of 100.00 yuan over 3 pupils: 40.00 each collected for exercise
// books that cost 20.00 in all. The excess splits as 33.34 + 33.33 + 33.33:
// each share is truncated to the fen and the leftover fen goes to the
// earlier pupil.
func ExampleAuditor_Settle() {
	a := exampleAuditor()
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

// A pupil's line of the refund notice, in the three languages.
func ExampleItemSettlement_Notice() {
	a := exampleAuditor()
	s, _ := a.Settle(
		fees.Charge{ID: "2025秋-作业本", Item: "books", Amount: decimal.RequireFromString("40.00"),
			Pupils: 3, Handler: fees.HandlerSchool},
		fees.Spending{Actual: decimal.RequireFromString("20.00")},
	)
	for _, tag := range []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English} {
		fmt.Println(s.Notice(tag, 0))
	}
	// Output:
	// 作业本费：收取¥120.00，实际支出¥20.00，结余¥100.00；本生应退¥33.34（大写：叁拾叁元叁角肆分）
	// 作业本费：收取¥120.00，實際支出¥20.00，結餘¥100.00；本生應退¥33.34（大寫：參拾參元參角肆分）
	// 作业本费: CN¥120.00 collected, CN¥20.00 spent, CN¥100.00 left over; refund to this pupil: CN¥33.34 (in words: 叁拾叁元叁角肆分)
}

// Pupils of a roll who paid different amounts share a refund in proportion
// to what each paid; a pupil exempted in full gets nothing back.
func ExampleItemSettlement_Share() {
	a := exampleAuditor()
	s, _ := a.Settle(
		fees.Charge{ID: "books", Item: "books", Amount: decimal.RequireFromString("10.00"), Handler: fees.HandlerSchool,
			Roll: []fees.Pupil{
				{ID: "张三", Paid: decimal.RequireFromString("10.00")},
				{ID: "李四", Paid: decimal.RequireFromString("5.00")},
				{ID: "王五", Paid: decimal.Zero},
			}},
		fees.Spending{Actual: decimal.RequireFromString("12.00")},
	)
	fmt.Println(s.Outcome, s.Balance, s.Amounts())
	// Output:
	// refund 3.00 [2.00 1.00 0.00]
}

// Bad input is an error naming each field, never a finding.
func ExampleAuditor_Audit_invalidInput() {
	a := exampleAuditor()
	_, err := a.Audit(fees.Filing{
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

// New refuses a policy or catalog with problems, naming them all.
func ExampleNew() {
	p := fees.DefaultPolicy()
	p.SupplierSettlementDays = -5
	_, err := fees.New(p, fees.Catalog{Items: []fees.Item{{Code: "x", Kind: fees.Agency, Unit: fees.PerTerm,
		Standard: decimal.RequireFromString("1.005")}}})
	fmt.Println(err)
	// Output:
	// invalid input: policy.supplier_settlement_days: -5 days out of range [0, 366]
	// invalid input: catalog.items[0].standard: finer than a fen (more than two decimal places): 1.005
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

func ExampleParseCatalog() {
	c, err := fees.ParseCatalog([]byte(`{"region": "某县 2025", "items": [
		{"code": "milk", "name": "学生饮用奶", "kind": "service", "category": "milk", "unit": "term", "standard": "60.00"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	it := c.Items[0]
	fmt.Println(it.Name, it.Kind.Label(language.SimplifiedChinese), it.Unit.Label(language.SimplifiedChinese), it.Standard)
	_, err = fees.ParseCatalog([]byte(`{"items": [{"code": "x", "kind": "tax", "unit": "term", "standard": "1"}]}`))
	fmt.Println(err)
	// Output:
	// 学生饮用奶 服务性收费 每生每学期 60
	// invalid input: items[0].kind: unknown kind "tax" (want one_fee, service or agency)
}
