package canteen_test

import (
	"fmt"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// 南京市东郊小镇小学 published its canteen's accounts for the spring term
// of 2023 with the pupils' and the staff's meals apart. Checked the right
// way, as accounts, the pupils' account is well within the 5% ceiling,
// and the finding is the other way round: the staff's meals ran at a loss
// that the canteen, that is the pupils' money, bore.
func ExampleChecker_Check_accounts() {
	yuan := decimal.RequireFromString
	p := canteen.DefaultPolicy()
	p.RequireVoucher, p.RequireApprover = false, false // a published statement prints neither
	chk, err := canteen.New(p)
	if err != nil {
		panic(err)
	}
	res, err := chk.Check(canteen.Statement{
		Canteen: "南京市东郊小镇小学",
		Period:  houqin.Period{From: houqin.Date{Year: 2023, Month: time.February, Day: 1}, To: houqin.Date{Year: 2023, Month: time.July, Day: 31}},
		Accounts: []canteen.Account{
			{ID: "学生伙食", Kind: canteen.AccountPupils,
				Income: []canteen.IncomeLine{{Category: canteen.MealFees, Amount: yuan("2087580.00")}},
				Lines:  []canteen.Line{{Category: canteen.Food, Amount: yuan("2070052.33")}}},
			{ID: "教职工伙食", Kind: canteen.AccountStaff,
				Income: []canteen.IncomeLine{{Category: canteen.MealFees, Amount: yuan("321261.00")}},
				Lines:  []canteen.Line{{Category: canteen.StaffMeals, Amount: yuan("327318.88")}}},
			{ID: "利息", Kind: canteen.AccountOther,
				Income: []canteen.IncomeLine{{Category: canteen.Interest, Amount: yuan("1157.97")}}},
		},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("pupils' surplus", res.Surplus, "rate", res.Ratio.Format(language.SimplifiedChinese))
	fmt.Println("staff meals' surplus", res.Staff.Surplus())
	fmt.Println("period's surplus", res.Net)
	for _, f := range res.Findings {
		fmt.Println(f.Message(language.SimplifiedChinese))
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// pupils' surplus 17527.67 rate 0.84%
	// staff meals' surplus -6057.88
	// period's surplus 12627.76
	// 教职工伙食：教职工伙食收入¥321,261.00，支出¥327,318.88，亏损¥6,057.88由食堂承担，即以学生伙食费补贴教职工伙食
	// 教职工伙食: staff meals took in CN¥321,261.00 and cost CN¥327,318.88; the canteen bore the loss of CN¥6,057.88, so the pupils' meal money subsidised the staff's meals
}

// A contracted canteen's statement (铜陵市第一中学江北分校, November 2025)
// books management and financial costs besides the meals; by default they
// are canteen cost, and the month's loss and margin are the statement's own.
func ExampleChecker_Check_contracted() {
	yuan := decimal.RequireFromString
	p := canteen.DefaultPolicy()
	p.RequireVoucher, p.RequireApprover = false, false
	chk, _ := canteen.New(p)
	line := func(c canteen.Category, amount string) canteen.Line {
		return canteen.Line{Category: c, Amount: yuan(amount)}
	}
	res, err := chk.Check(canteen.Statement{
		Canteen: "铜陵市第一中学江北分校",
		Period:  houqin.MonthPeriod(2025, time.November),
		Income:  []canteen.IncomeLine{{Category: canteen.MealFees, Amount: yuan("218259.58")}},
		Lines: []canteen.Line{
			line(canteen.Food, "122081.52"), line(canteen.Food, "21666"), line(canteen.Food, "4887"),
			line(canteen.OtherCost, "11240"), line(canteen.FuelUtilities, "3012"),
			line(canteen.Office, "9630.50"), line(canteen.Wages, "52119"), line(canteen.Equipment, "430"),
			line(canteen.BankCharges, "255.86"),
		},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("operating profit", res.Surplus, "margin", res.Ratio.Format(language.SimplifiedChinese))
	fmt.Println(res.Findings[0].Message(language.English))
	// Output:
	// operating profit -7062.30 margin -3.24%
	// 铜陵市第一中学江北分校: spending CN¥225,321.88 exceeds revenue CN¥218,259.58 by CN¥7,062.30, 3.24% of revenue (tolerance 0.00%), against the break-even principle
}

// A chain of monthly statements carries each month's surplus into the next
// month's opening balance. September's surplus of ¥1,570.20 reappears in
// October, whose own surplus adds ¥1,200.00; in November the books open
// ¥500.00 short: money left the canteen's account between the two months.
func ExampleChecker_Chain() {
	yuan := decimal.RequireFromString
	chk, _ := canteen.New(canteen.DefaultPolicy())
	month := func(m time.Month, revenue, food, opening, closing string) canteen.Statement {
		return canteen.Statement{
			Canteen: "C001",
			Period:  houqin.MonthPeriod(2025, m),
			Revenue: decimal.NewNullDecimal(yuan(revenue)),
			Lines:   []canteen.Line{{Category: canteen.Food, Amount: yuan(food), Voucher: "V-" + m.String(), Approver: "Wang"}},
			Opening: decimal.NewNullDecimal(yuan(opening)),
			Closing: decimal.NewNullDecimal(yuan(closing)),
		}
	}
	results, err := chk.Chain([]canteen.Statement{
		month(time.September, "52340.50", "50770.30", "0", "1570.20"),
		month(time.October, "48000.00", "46800.00", "1570.20", "2770.20"),
		month(time.November, "50000.00", "49000.00", "2270.20", "3270.20"),
	})
	if err != nil {
		panic(err)
	}
	for _, r := range results {
		fmt.Println(r.Period, "opening", r.Pupils.Opening, "surplus", r.Surplus, "closing", r.Pupils.Closing, "findings", len(r.Findings))
	}
	fmt.Println(results[2].Findings[0].Message(language.English))
	// Output:
	// 2025-09-01..2025-09-30 opening 0.00 surplus 1570.20 closing 1570.20 findings 0
	// 2025-10-01..2025-10-31 opening 1570.20 surplus 1200.00 closing 2770.20 findings 0
	// 2025-11-01..2025-11-30 opening 2270.20 surplus 1000.00 closing 3270.20 findings 1
	// C001: the opening balance of CN¥2,270.20 on 1 November 2025 does not match the previous closing balance of CN¥2,770.20 (difference -CN¥500.00)
}

// A statement is due by the 5th of the month after its period: filed on
// the 6th, it is a day late.
func ExampleChecker_Check_late() {
	chk, _ := canteen.New(canteen.DefaultPolicy())
	res, err := chk.Check(canteen.Statement{
		Canteen: "C001",
		Period:  houqin.MonthPeriod(2025, time.September),
		Revenue: decimal.NewNullDecimal(decimal.RequireFromString("10000")),
		Lines:   []canteen.Line{{Category: canteen.Food, Amount: decimal.RequireFromString("9800"), Voucher: "V-0930", Approver: "Wang"}},
		Filed:   houqin.Date{Year: 2025, Month: time.October, Day: 6},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Findings[0].Message(language.English))
	fmt.Println(res.Findings[0].Message(language.SimplifiedChinese))
	// Output:
	// C001: the statement was due by 5 October 2025 and filed on 6 October 2025, 1 day late
	// C001：报表应于2025年10月5日之前报送，2025年10月6日才报送，逾期1天
}

// The cashier may not also keep the books, audit them or keep their
// archives.
func ExampleChecker_CheckDuties() {
	chk, _ := canteen.New(canteen.DefaultPolicy())
	fs, err := chk.CheckDuties([]canteen.Duty{
		{Person: "王芳", Role: canteen.Cashier},
		{Person: "王芳", Role: canteen.Accountant},
		{Person: "李明", Role: canteen.Auditor},
		{Person: "李明", Role: canteen.Archivist},
	})
	if err != nil {
		panic(err)
	}
	for _, f := range fs {
		fmt.Println(f.Message(language.English))
		fmt.Println(f.Message(language.SimplifiedChinese))
	}
	// Output:
	// 王芳: the cashier also holds 1 incompatible duty of accountant, auditor or archivist
	// 王芳：出纳兼任会计、稽核或会计档案保管中的1项，违反不相容岗位分离
}
