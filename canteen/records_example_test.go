package canteen_test

import (
	"fmt"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// A lunch of two dishes: one has no sample in the log, the other's sample
// is 0.1 g short of 125 g and was discarded a minute before 48 hours.
func ExampleChecker_CheckRecords() {
	chk, _ := canteen.New(canteen.DefaultPolicy())
	cst := time.FixedZone("CST", 8*3600)
	mon := houqin.Date{Year: 2025, Month: time.September, Day: 1}
	taken := time.Date(2025, time.September, 1, 11, 40, 0, 0, cst)
	fs, err := chk.CheckRecords(canteen.Records{
		Canteen: "C001",
		Period:  houqin.Period{From: mon, To: mon},
		Meals:   []canteen.Meal{{Date: mon, Name: "午餐", Dishes: []string{"红烧肉", "炒青菜"}}},
		Samples: []canteen.Sample{{
			Date: mon, Meal: "午餐", Dish: "炒青菜", Grams: decimal.RequireFromString("124.9"),
			Taken: taken, Discarded: taken.Add(47*time.Hour + 59*time.Minute), By: "李师傅",
		}},
		Accompanied: []canteen.Accompaniment{{Date: mon, Meal: "午餐", By: "王校长"}},
	})
	if err != nil {
		panic(err)
	}
	for _, f := range fs {
		fmt.Println(f.Message(language.SimplifiedChinese))
	}
	fmt.Println(fs[0].Message(language.English))
	// Output:
	// 午餐/炒青菜：2025年9月1日的留样仅保存2879分钟，少于规定的2880分钟，差1分钟
	// 午餐/红烧肉：2025年9月1日供应的菜品未留样
	// 午餐/炒青菜：2025年9月1日的留样仅124.9克，少于规定的125克，差0.1克
	// 午餐/炒青菜: the food sample of 1 September 2025 was kept 2,879 minutes, 1 minute short of the 2,880 required
}

// Three serving days in a row without a record of a school leader at lunch
// read as one finding, across the weekend.
func ExampleChecker_CheckRecords_accompaniedMeals() {
	chk, _ := canteen.New(canteen.DefaultPolicy())
	d := func(day int) houqin.Date { return houqin.Date{Year: 2025, Month: time.September, Day: day} }
	r := canteen.Records{Canteen: "C001", Period: houqin.MonthPeriod(2025, time.September)}
	for _, day := range []int{3, 4, 5, 8, 9} { // Wednesday to Tuesday
		r.Meals = append(r.Meals, canteen.Meal{Date: d(day), Name: "午餐", Dishes: []string{"米饭"}})
		r.Samples = append(r.Samples, canteen.Sample{Date: d(day), Meal: "午餐", Dish: "米饭",
			Grams: decimal.RequireFromString("150"), Taken: time.Date(2025, time.September, day, 12, 0, 0, 0, time.UTC), By: "李师傅"})
	}
	r.Accompanied = []canteen.Accompaniment{{Date: d(3), Meal: "午餐", By: "王校长"}, {Date: d(9), Meal: "午餐", By: "王校长"}}
	fs, _ := chk.CheckRecords(r)
	for _, f := range fs {
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// C001: 3 meals on 3 serving days from 4 September 2025 to 8 September 2025 without a record of a school leader eating with the pupils
}

// The entitlement of a month: 320 covered pupils × 21 meal days × 5.00 yuan
// = 33,600.00, all of it spent on food.
func ExampleChecker_CheckSubsidy() {
	chk, _ := canteen.New(canteen.DefaultPolicy())
	a := canteen.SubsidyAccount{
		School: "S01", Period: houqin.MonthPeriod(2025, time.September), Pupils: 320,
		Received:  decimal.RequireFromString("33600.00"),
		Income:    []canteen.IncomeLine{{Category: canteen.NutritionSubsidy, Amount: decimal.RequireFromString("33600.00")}},
		Spending:  []canteen.SubsidyLine{{Use: canteen.SubsidyFood, Amount: decimal.RequireFromString("33600.00"), Voucher: "V-0901"}},
		Published: houqin.Date{Year: 2025, Month: time.October, Day: 5},
	}
	for d := a.Period.From; len(a.Days) < 21; d = d.AddDays(1) {
		if wd := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Weekday(); wd != time.Saturday && wd != time.Sunday {
			a.Days = append(a.Days, canteen.MealDay{Date: d, Meals: 320})
		}
	}
	res, err := chk.CheckSubsidy(houqin.Date{Year: 2025, Month: time.November, Day: 1}, []canteen.SubsidyAccount{a})
	if err != nil {
		panic(err)
	}
	r := res[0]
	fmt.Println("entitlement", r.Entitlement, "food", r.Food, "balance", r.Balance, "findings", len(r.Findings))
	// Output:
	// entitlement 33600.00 food 33600.00 balance 0.00 findings 0
}

// Subsidy booked to wages is a violation with its amount, and so are meals
// claimed beyond the covered pupils: ten on one day, 10 × 5.00 = 50.00.
func ExampleChecker_CheckSubsidy_bookedToWages() {
	chk, _ := canteen.New(canteen.DefaultPolicy())
	sep := func(day int) houqin.Date { return houqin.Date{Year: 2025, Month: time.September, Day: day} }
	res, err := chk.CheckSubsidy(houqin.Date{Year: 2025, Month: time.October, Day: 5}, []canteen.SubsidyAccount{{
		School: "S02", Period: houqin.MonthPeriod(2025, time.September), Pupils: 320,
		Days:     []canteen.MealDay{{Date: sep(1), Meals: 320}, {Date: sep(2), Meals: 330}},
		Received: decimal.RequireFromString("3200.00"),
		Income:   []canteen.IncomeLine{{Category: canteen.NutritionSubsidy, Amount: decimal.RequireFromString("3200.00")}},
		Spending: []canteen.SubsidyLine{
			{Use: canteen.SubsidyFood, Amount: decimal.RequireFromString("2000.00"), Voucher: "V-0902"},
			{Use: canteen.SubsidyWages, Amount: decimal.RequireFromString("1200.00"), Voucher: "V-0930"},
		},
		Published: sep(30),
	}})
	if err != nil {
		panic(err)
	}
	r := res[0]
	fmt.Println("entitlement", r.Entitlement, "claimed", r.Claimed, "misused", r.Misused)
	for _, f := range r.Findings {
		fmt.Println(f.Message(language.English))
	}
	fmt.Println(r.Findings[0].Message(language.SimplifiedChinese))
	// Output:
	// entitlement 3200.00 claimed 3250.00 misused 1200.00
	// V-0930: line 2, CN¥1,200.00 of nutrition subsidy, was spent on something other than food for the pupils
	// S02: on 1 day, 10 more meals claimed than the 320 covered pupils on the roll, claiming CN¥50.00 of nutrition subsidy falsely
	// V-0930：第2行营养膳食补助¥1,200.00未用于学生食材
}

// Bad input is an error naming the field: a negative meal count, and two
// accounts of a school whose periods overlap.
func ExampleChecker_CheckSubsidy_invalid() {
	chk, _ := canteen.New(canteen.DefaultPolicy())
	sept := houqin.MonthPeriod(2025, time.September)
	_, err := chk.CheckSubsidy(houqin.Date{}, []canteen.SubsidyAccount{
		{School: "S01", Period: sept, Pupils: 320, Days: []canteen.MealDay{{Date: sept.From, Meals: -3}}},
		{School: "S01", Period: houqin.Period{From: sept.To, To: sept.To.AddDays(31)}},
	})
	fmt.Println(err)
	_, err = chk.CheckSubsidy(houqin.Date{}, []canteen.SubsidyAccount{
		{School: "S01", Period: sept},
		{School: "S01", Period: houqin.Period{From: sept.To, To: sept.To.AddDays(31)}},
	})
	fmt.Println(err)
	// Output:
	// invalid input: accounts[0].days[0].meals: must lie between 0 and 10,000,000, got -3
	// invalid input: accounts[1].period: 2025-09-30..2025-10-31 overlaps 2025-09-01..2025-09-30 of the same school, accounts[0]
}

// A region that requires 200 g samples, pays a top-up of 1.00 yuan a day
// and gives schools ten days to publish.
func ExampleParsePolicy_records() {
	p, err := canteen.ParsePolicy([]byte(`{"sample_grams": "200", "subsidy_top_up": "1.00", "subsidy_publish_days": 10}`))
	if err != nil {
		panic(err)
	}
	fmt.Println(p.SampleGrams, p.SampleHours, p.SubsidyTopUp, p.SubsidyPublishDays)
	_, err = canteen.ParsePolicy([]byte(`{"subsidy_rates": [{"from": "2021-09-01", "rate": "500"}]}`))
	fmt.Println(err)
	// Output:
	// 200 48 1 10
	// invalid input: policy.subsidy_rates[0].rate: must be more than 0 and at most 50.00 yuan a day, got 500.00
}

func ExampleSubsidyUse_Label() {
	for _, tag := range []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English} {
		fmt.Println(canteen.SubsidyStaffMeals.Label(tag))
	}
	// Output:
	// 教职工伙食
	// 教職工伙食
	// staff meals
}
