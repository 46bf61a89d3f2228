package canteen_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// The surplus ceiling at its boundary: a surplus of exactly 5% of revenue
// complies, one fen more does not. A float64 rule engine gets the first
// statement wrong: (40115.40 − 38109.63) / 40115.40 > 0.05 in float64.
func Example() {
	chk, err := canteen.New(canteen.DefaultPolicy())
	if err != nil {
		panic(err)
	}
	st := canteen.Statement{
		Canteen: "C001",
		Period:  houqin.MonthPeriod(2025, time.September),
		Revenue: decimal.NewNullDecimal(decimal.RequireFromString("40115.40")),
		Lines: []canteen.Line{
			{Category: canteen.Food, Amount: decimal.RequireFromString("30909.63"), Voucher: "V-0901", Approver: "Wang"},
			{Category: canteen.Wages, Amount: decimal.RequireFromString("7200.00"), Voucher: "V-0902", Approver: "Wang"},
		},
	}
	res, err := chk.Check(st)
	if err != nil {
		panic(err)
	}
	fmt.Println("surplus", res.Surplus, "allowed", res.Allowed, "findings", len(res.Findings))

	st.Lines[0].Amount = decimal.RequireFromString("30909.62") // one fen less spent
	res, _ = chk.Check(st)
	fmt.Println("surplus", res.Surplus, "allowed", res.Allowed, "excess", res.Excess)
	fmt.Println(res.Findings[0].Message(language.English))
	fmt.Println(res.Findings[0].Message(language.SimplifiedChinese))
	// Output:
	// surplus 2005.77 allowed 2005.77 findings 0
	// surplus 2005.78 allowed 2005.77 excess 0.01
	// C001: revenue CN¥40,115.40, spending CN¥38,109.62, surplus CN¥2,005.78 (5.00003% of revenue) exceeds the 5.00000% ceiling by CN¥0.01, which belongs back in pupils' meals
	// C001：营业收入¥40,115.40，营业支出¥38,109.62，结余¥2,005.78（结余率5.00003%），超出5.00000%的上限¥0.01，超出部分应返还用于学生伙食
}

// Bonuses paid out of the canteen are not canteen cost: the check reports
// them and adds them back, and the surplus they hid is over the ceiling.
func ExampleChecker_Check_disguisedSurplus() {
	chk, _ := canteen.New(canteen.DefaultPolicy())
	res, err := chk.Check(canteen.Statement{
		Canteen: "C002",
		Period:  houqin.MonthPeriod(2025, time.October),
		Revenue: decimal.NewNullDecimal(decimal.RequireFromString("10000")),
		Lines: []canteen.Line{
			{Category: canteen.Food, Amount: decimal.RequireFromString("9000"), Voucher: "V-1001", Approver: "Wang"},
			{Category: canteen.StaffWelfare, Amount: decimal.RequireFromString("600"), Voucher: "V-1002", Approver: "Wang"},
		},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("booked surplus:", res.Surplus-res.NotCost, "real surplus:", res.Surplus, "not cost:", res.NotCost)
	for _, f := range res.Findings {
		fmt.Println(f.Severity, f.Code, f.Subject)
	}
	fmt.Println(res.Findings[0].Message(language.English))
	// Output:
	// booked surplus: 400.00 real surplus: 1000.00 not cost: 600.00
	// violation canteen.disguised_surplus V-1002
	// violation canteen.surplus_over_ceiling C002
	// V-1002: line 2, CN¥600.00 booked as spending, is not canteen cost and is added back to the surplus
}

// Bad input is an error naming the field, never a finding.
func ExampleChecker_Check_invalid() {
	chk, _ := canteen.New(canteen.DefaultPolicy())
	_, err := chk.Check(canteen.Statement{
		Canteen: "C003",
		Period:  houqin.MonthPeriod(2025, time.November),
		Revenue: decimal.NewNullDecimal(decimal.RequireFromString("5000")),
		Lines: []canteen.Line{
			{Category: canteen.Food, Amount: decimal.RequireFromString("-20")},
			{Amount: decimal.RequireFromString("12.345")},
		},
	})
	fmt.Println(errors.Is(err, houqin.ErrInvalidInput))
	fmt.Println(err)

	var st canteen.Statement
	err = json.Unmarshal([]byte(`{"lines": [{"category": "bonus", "amount": "100"}]}`), &st)
	fmt.Println(err)
	// Output:
	// true
	// invalid input: lines[0].amount: negative: -20.00
	// invalid input: lines[1].amount: finer than a fen (more than two decimal places): 12.345
	// invalid input: lines[1].category: missing
	// invalid input: category: unknown spending category "bonus"
}

// Five months of the autumn term roll up into the term. September alone is
// at 10%, above the ceiling; the term is at 1.2%.
func ExampleChecker_Rollup() {
	chk, _ := canteen.New(canteen.DefaultPolicy())
	term := houqin.DefaultCalendar().Term(houqin.Term{Year: 2025, Semester: houqin.Autumn})
	month := func(y int, m time.Month, spent string) canteen.Statement {
		return canteen.Statement{
			Canteen: "C001",
			Period:  houqin.MonthPeriod(y, m),
			Revenue: decimal.NewNullDecimal(decimal.RequireFromString("10000")),
			Lines:   []canteen.Line{{Category: canteen.Food, Amount: decimal.RequireFromString(spent), Voucher: "V", Approver: "Wang"}},
		}
	}
	months := []canteen.Statement{
		month(2025, time.September, "9000"),
		month(2025, time.October, "9900"),
		month(2025, time.November, "9800"),
		month(2025, time.December, "10000"),
		month(2026, time.January, "10700"),
	}
	sep, _ := chk.Check(months[0])
	fmt.Println("September:", sep.Findings[0].Code)

	res, err := chk.Rollup(term, months)
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Period, "revenue", res.Revenue, "surplus", res.Surplus, "ratio", res.Ratio, "findings", len(res.Findings))
	// Output:
	// September: canteen.surplus_over_ceiling
	// 2025-09-01..2026-01-31 revenue 50000.00 surplus 600.00 ratio 0.012 findings 0
}

// Statements that leave a gap, overlap, or belong to another canteen do not
// roll up.
func ExampleChecker_Rollup_gap() {
	chk, _ := canteen.New(canteen.DefaultPolicy())
	month := func(m time.Month) canteen.Statement {
		return canteen.Statement{Canteen: "C001", Period: houqin.MonthPeriod(2025, m), Revenue: decimal.NewNullDecimal(decimal.Zero)}
	}
	quarter := houqin.Period{From: houqin.Date{Year: 2025, Month: time.September, Day: 1}, To: houqin.Date{Year: 2025, Month: time.November, Day: 30}}
	_, err := chk.Rollup(quarter, []canteen.Statement{month(time.September), month(time.November)})
	fmt.Println(err)
	// Output:
	// invalid input: statements: gap: no statement covers 2025-10-01..2025-10-31
}

// A policy that is not valid is refused with every problem at once.
func ExampleNew_invalidPolicy() {
	p := canteen.DefaultPolicy()
	p.SurplusCeiling = decimal.RequireFromString("1.05")
	p.DinersPerWorker = -1
	_, err := canteen.New(p)
	fmt.Println(err)
	// Output:
	// invalid input: policy.surplus_ceiling: must lie between 0 and 1 (0% and 100%), got 1.05
	// invalid input: policy.diners_per_worker: must lie between 0 and 1,000,000, got -1
}

// A region's policy is read from JSON over the defaults: here 3% a month,
// with wages paid by the budget.
func ExampleParsePolicy() {
	p, err := canteen.ParsePolicy([]byte(`{"surplus_ceiling": "0.03", "ceiling_scope": "each", "wages_budget_funded": true}`))
	if err != nil {
		panic(err)
	}
	fmt.Println(p.SurplusCeiling, p.CeilingScope, p.WagesBudgetFunded, p.Staples, p.DinersPerWorker)

	_, err = canteen.ParsePolicy([]byte(`{"surplus_ceiling": "0.03", "ceiling_scope": "monthly"}`))
	fmt.Println(err)
	// Output:
	// 0.03 each true [rice flour oil soy_sauce vinegar] 100
	// invalid input: policy.ceiling_scope: unknown scope "monthly" (want each, rollup or both)
}

func ExampleDefaultPolicy() {
	p := canteen.DefaultPolicy()
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	// Output:
	// {"surplus_ceiling":"0.05","ceiling_scope":"both","deficit_tolerance":"0","wages_budget_funded":false,"require_voucher":true,"require_approver":true,"staples":["rice","flour","oil","soy_sauce","vinegar"],"diners_per_worker":100,"sample_grams":"125","sample_hours":48,"accompanied_meals":true,"certificate_months":12,"subsidy_rates":[{"from":"2011-09-01","rate":"3"},{"from":"2014-11-01","rate":"4"},{"from":"2021-09-01","rate":"5"}],"subsidy_top_up":"0","subsidy_balance_tolerance":"0","subsidy_publish_days":5,"calendar":{"year_start":"09-01","spring_start":"02-01"},"ceiling_accounts":["pupils"],"excluded_costs":[],"balance_ceiling":"0","require_meter":true,"food_cost_floor":"0","statement_due_day":5}
}

// Staples must come from the county's listed suppliers at the listed price,
// with certification.
func ExampleChecker_CheckPurchases() {
	chk, _ := canteen.New(canteen.DefaultPolicy())
	cat, err := canteen.NewCatalog([]canteen.Listing{
		{Item: "rice", Supplier: "Jingzhou Grain", Price: decimal.RequireFromString("5.20")},
		{Item: "oil", Supplier: "Changjiang Oils", Price: decimal.RequireFromString("168.00")},
	})
	if err != nil {
		panic(err)
	}
	fs, err := chk.CheckPurchases(cat, []canteen.Purchase{
		{ID: "INV-1", Item: "rice", Supplier: "Jingzhou Grain", Price: decimal.RequireFromString("5.20"), Certified: true},
		{ID: "INV-2", Item: "rice", Supplier: "Jingzhou Grain", Price: decimal.RequireFromString("5.35"), Certified: true},
		{ID: "INV-3", Item: "oil", Supplier: "Roadside Market", Price: decimal.RequireFromString("150.00")},
		{ID: "INV-4", Item: "cabbage", Supplier: "Farmer Li", Price: decimal.RequireFromString("1.20")},
	})
	if err != nil {
		panic(err)
	}
	for _, f := range fs {
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// INV-2: unit price CN¥5.35 is above the listed price of CN¥5.20 by CN¥0.15
	// INV-3: a staple was bought without certification (unit price CN¥150.00)
	// INV-3: a staple was bought from a supplier not on the county's list (unit price CN¥150.00)
}

// The same item and supplier listed twice is refused.
func ExampleNewCatalog() {
	_, err := canteen.NewCatalog([]canteen.Listing{
		{Item: "rice", Supplier: "Jingzhou Grain", Price: decimal.RequireFromString("5.20")},
		{Item: "rice", Supplier: "Jingzhou Grain", Price: decimal.RequireFromString("5.30")},
	})
	fmt.Println(err)
	// Output:
	// invalid input: listings[1]: item "rice" of supplier "Jingzhou Grain" is listed twice
}

// Health certificates must cover every day a worker serves; a canteen needs
// a worker per 100 diners.
func ExampleChecker_CheckStaff() {
	chk, _ := canteen.New(canteen.DefaultPolicy())
	d := func(y int, m time.Month, day int) houqin.Date { return houqin.Date{Year: y, Month: m, Day: day} }
	fs, err := chk.CheckStaff(canteen.Roster{
		Canteen: "C001",
		Period:  houqin.MonthPeriod(2025, time.September),
		Diners:  320,
		Workers: []canteen.Worker{
			{ID: "W1", Certificates: []houqin.Period{{From: d(2025, time.March, 1), To: d(2026, time.February, 28)}}},
			{ID: "W2", Certificates: []houqin.Period{
				{From: d(2024, time.September, 20), To: d(2025, time.September, 19)},
				{From: d(2025, time.September, 26), To: d(2026, time.September, 25)},
			}},
			{ID: "W3", Certificates: []houqin.Period{{From: d(2025, time.January, 1), To: d(2025, time.December, 31)}}},
		},
	})
	if err != nil {
		panic(err)
	}
	for _, f := range fs {
		fmt.Println(f.Message(language.SimplifiedChinese))
	}
	// Output:
	// W2：自2025年9月20日起共6天无有效健康证
	// C001：就餐320人，从业人员3人，少于按比例应配的4人
}

func ExampleCategory_UnmarshalText() {
	var c canteen.Category
	fmt.Println(c.UnmarshalText([]byte("staff_meals")), c, c.NeverCost())
	err := c.UnmarshalText([]byte("bonus"))
	fmt.Println(errors.Is(err, houqin.ErrInvalidInput), err)
	// Output:
	// <nil> staff_meals true
	// true invalid input: category: unknown spending category "bonus"
}

func ExampleCategory_Label() {
	for _, tag := range []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English} {
		fmt.Println(canteen.SchoolTransfer.Label(tag))
	}
	// Output:
	// 转入学校经费
	// 轉入學校經費
	// transfers to school funds
}

// A roster that lists a worker twice is refused.
func ExampleChecker_CheckStaff_invalid() {
	chk, _ := canteen.New(canteen.DefaultPolicy())
	_, err := chk.CheckStaff(canteen.Roster{
		Canteen: "C001",
		Period:  houqin.MonthPeriod(2025, time.September),
		Diners:  80,
		Workers: []canteen.Worker{{ID: "W1"}, {ID: "W1"}},
	})
	fmt.Println(err)
	// Output:
	// invalid input: workers[1].id: "W1" is listed twice, first as workers[0]
}

func ExamplePolicy_Validate() {
	p := canteen.DefaultPolicy()
	p.CeilingScope = 0
	p.Staples = []string{"rice", "rice"}
	fmt.Println(p.Validate())
	// Output:
	// invalid input: policy.ceiling_scope: missing (want each, rollup or both)
	// invalid input: policy.staples[1]: duplicate item "rice"
}

func ExampleCatalog_Price() {
	cat, _ := canteen.NewCatalog([]canteen.Listing{
		{Item: "flour", Supplier: "Jingzhou Grain", Price: decimal.RequireFromString("4.60")},
	})
	price, ok := cat.Price("flour", "Jingzhou Grain")
	fmt.Println(price, ok)
	_, ok = cat.Price("flour", "Roadside Market")
	fmt.Println(ok)
	// Output:
	// 4.60 true
	// false
}

// Codes lists every finding code of the package, for a host that stores
// codes or shows a legend.
func ExampleCodes() {
	for _, c := range canteen.Codes() {
		fmt.Println(c)
	}
	// Output:
	// canteen.above_listed_price
	// canteen.balance_mismatch
	// canteen.balance_over_ceiling
	// canteen.balance_without_revenue
	// canteen.carry_forward_mismatch
	// canteen.certificate_beyond_validity
	// canteen.deficit
	// canteen.deficit_covered
	// canteen.deficit_without_revenue
	// canteen.disguised_surplus
	// canteen.food_cost_below_floor
	// canteen.health_certificate_gap
	// canteen.income_total_mismatch
	// canteen.incompatible_duties
	// canteen.late_statement
	// canteen.meal_unaccompanied
	// canteen.missing_approver
	// canteen.missing_voucher
	// canteen.morning_check_missing
	// canteen.no_workers
	// canteen.non_canteen_income
	// canteen.sales_target
	// canteen.sample_discarded_early
	// canteen.sample_missing
	// canteen.sample_underweight
	// canteen.sample_unlabelled
	// canteen.spending_total_mismatch
	// canteen.staff_meal_loss
	// canteen.subsidy_balance_at_term_end
	// canteen.subsidy_carry_forward_mismatch
	// canteen.subsidy_cash_to_pupils
	// canteen.subsidy_claimed_without_pupils
	// canteen.subsidy_ledger_mismatch
	// canteen.subsidy_misused
	// canteen.subsidy_mixed_accounts
	// canteen.subsidy_not_published
	// canteen.subsidy_overclaimed
	// canteen.subsidy_published_late
	// canteen.surplus_over_ceiling
	// canteen.uncertified_purchase
	// canteen.understaffed
	// canteen.unlisted_supplier
	// canteen.unmetered_utilities
	// canteen.worked_before_certificate
}
