package canteen_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/shopspring/decimal"
)

// weekdays returns the weekdays of period p, at most n of them.
func weekdays(p houqin.Period, n int) []houqin.Date {
	var out []houqin.Date
	for d := p.From; !d.After(p.To) && len(out) < n; d = d.AddDays(1) {
		if wd := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Weekday(); wd != time.Saturday && wd != time.Sunday {
			out = append(out, d)
		}
	}
	return out
}

// monthRecords is a canteen's September 2025: three meals on each of its
// 22 school days, eight dishes each (528 samples), every meal accompanied,
// 30 food handlers checked every morning (660 checks), and its roster of
// the same 30 workers with yearly certificates. With breaches, the lunch of
// 10 September has no samples, two samples are under weight, three meals
// are not accompanied, one handler missed two morning checks and one
// worker's certificate lapsed on 20 September.
func monthRecords(breaches bool) (canteen.Records, canteen.Roster) {
	r := canteen.Records{Canteen: "C001", Period: sept, MorningChecks: []canteen.MorningCheck{}}
	roster := canteen.Roster{Canteen: "C001", Period: sept, Diners: 1500}
	for h := range 30 {
		id := fmt.Sprintf("W%02d", h+1)
		r.Handlers = append(r.Handlers, canteen.Handler{ID: id})
		roster.Workers = append(roster.Workers, canteen.Worker{ID: id, Certificates: []houqin.Period{yearly}})
	}
	dishes := []string{"红烧肉", "炒青菜", "番茄炒蛋", "土豆丝", "紫菜汤", "米饭", "馒头", "水果"}
	grams := decimal.New(150, 0)
	for _, d := range weekdays(sept, 22) {
		for m, meal := range []string{"早餐", "午餐", "晚餐"} {
			r.Meals = append(r.Meals, canteen.Meal{Date: d, Name: meal, Dishes: dishes})
			taken := time.Date(d.Year, d.Month, d.Day, 7+5*m, 30, 0, 0, cst)
			for _, dish := range dishes {
				if breaches && d.Day == 10 && meal == "午餐" {
					continue
				}
				r.Samples = append(r.Samples, canteen.Sample{Date: d, Meal: meal, Dish: dish, Grams: grams,
					Taken: taken, Discarded: taken.Add(49 * time.Hour), By: "李师傅"})
			}
			if !(breaches && d.Day >= 15 && d.Day <= 17 && meal == "晚餐") {
				r.Accompanied = append(r.Accompanied, canteen.Accompaniment{Date: d, Meal: meal, By: "王校长"})
			}
		}
		for _, h := range r.Handlers {
			if !(breaches && h.ID == "W07" && (d.Day == 3 || d.Day == 24)) {
				r.MorningChecks = append(r.MorningChecks, canteen.MorningCheck{Date: d, Handler: h.ID})
			}
		}
	}
	if breaches {
		r.Samples[5].Grams = decimal.RequireFromString("124.9")
		r.Samples[77].Grams = decimal.RequireFromString("100")
		roster.Workers[11].Certificates = []houqin.Period{{From: houqin.Date{Year: 2024, Month: time.September, Day: 20}, To: sep(19)}}
	}
	return r, roster
}

// BenchmarkCheckRecordsMonth checks one canteen's month of food-safety
// records (3 meals × 22 days × 8 dishes, 30 handlers) and its roster of 30
// workers, the houqin way beside the naive way.
func BenchmarkCheckRecordsMonth(b *testing.B) {
	for _, breaches := range []bool{false, true} {
		name := "compliant"
		if breaches {
			name = "breaches"
		}
		b.Run(name, func(b *testing.B) {
			r, roster := monthRecords(breaches)
			chk := checker(b, nil)
			nv := newNaiveRecords(canteen.DefaultPolicy())
			got, err := chk.CheckRecords(r)
			if err != nil {
				b.Fatal(err)
			}
			staff, err := chk.CheckStaff(roster)
			if err != nil {
				b.Fatal(err)
			}
			want, err := nv.check(r)
			if err != nil {
				b.Fatal(err)
			}
			if !slices.Equal(codes(got), codes(want)) || !slices.Equal(codes(staff), codes(nv.staff(roster))) {
				b.Fatalf("the naive way finds otherwise:\n%v\n%v", codes(got), codes(want))
			}
			b.Run("houqin", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := chk.CheckRecords(r); err != nil {
						b.Fatal(err)
					}
					if _, err := chk.CheckStaff(roster); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("naive", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := nv.check(r); err != nil {
						b.Fatal(err)
					}
					nv.staff(roster)
				}
			})
		})
	}
}

// countyAccounts is a county's nutrition subsidy accounts: 200 schools ×
// the 10 months from September 2025 to June 2026, meals on up to 21
// weekdays a month, the subsidy received, booked and spent on food, each
// month published on the 3rd. About one school-month in fifty claims meals
// beyond its pupils, one in a hundred books subsidy to wages, one in a
// hundred brings forward a wrong balance, and one in twenty leaves up to
// 100.00 unspent, which the end of the autumn term reports.
func countyAccounts() []canteen.SubsidyAccount {
	rng := rand.New(rand.NewPCG(2025, 12))
	five := decimal.New(5, 0)
	var out []canteen.SubsidyAccount
	for s := range 200 {
		school := fmt.Sprintf("S%03d", s+1)
		pupils := 100 + rng.IntN(700)
		opening := decimal.Zero
		for m := range 10 {
			y, mon := 2025, time.Month(9+m)
			if mon > 12 {
				y, mon = 2026, mon-12
			}
			p := houqin.MonthPeriod(y, mon)
			a := canteen.SubsidyAccount{School: school, Period: p, Pupils: pupils, Opening: opening, Published: p.To.AddDays(3)}
			for _, d := range weekdays(p, 21) {
				a.Days = append(a.Days, canteen.MealDay{Date: d, Meals: pupils - rng.IntN(5)})
			}
			if rng.IntN(50) == 0 {
				a.Days[rng.IntN(len(a.Days))].Meals = pupils + 1 + rng.IntN(30)
			}
			due := decimal.NewFromInt(int64(pupils * len(a.Days))).Mul(five)
			a.Received = due
			a.Income = []canteen.IncomeLine{{Category: canteen.NutritionSubsidy, Amount: due}}
			food := due.Add(opening) // spent to the fen, the balance brought in too
			if rng.IntN(20) == 0 {
				food = food.Sub(decimal.New(int64(1+rng.IntN(10000)), -2))
			}
			a.Spending = []canteen.SubsidyLine{
				{Use: canteen.SubsidyFood, Amount: food.Div(decimal.New(2, 0)).Round(2), Voucher: school + "-1"},
				{Use: canteen.SubsidyFood, Amount: food.Sub(food.Div(decimal.New(2, 0)).Round(2)), Voucher: school + "-2"},
			}
			if rng.IntN(100) == 0 {
				a.Spending = append(a.Spending, canteen.SubsidyLine{Use: canteen.SubsidyWages, Amount: decimal.New(1200, 0), Voucher: school + "-W"})
			}
			bal := opening.Add(due)
			for _, l := range a.Spending {
				bal = bal.Sub(l.Amount)
			}
			out = append(out, a)
			opening = bal
			if rng.IntN(100) == 0 {
				opening = opening.Sub(decimal.New(100, 0))
			}
		}
	}
	return out
}

var county200 = sync.OnceValue(countyAccounts)

// BenchmarkCheckSubsidyCounty checks a county's subsidy accounts, 200
// schools × 10 months, in one call, the houqin way beside the naive way. It
// reports ns/account.
func BenchmarkCheckSubsidyCounty(b *testing.B) {
	accounts := county200()
	asOf := houqin.Date{Year: 2026, Month: time.July, Day: 10}
	chk := checker(b, nil)
	nv := newNaiveSubsidy(canteen.DefaultPolicy())
	got, err := chk.CheckSubsidy(asOf, accounts)
	if err != nil {
		b.Fatal(err)
	}
	want, err := nv.check(asOf, accounts)
	if err != nil {
		b.Fatal(err)
	}
	counts := map[houqin.Code]int{}
	for i := range got {
		if !slices.Equal(codes(got[i].Findings), codes(want[i].findings)) {
			b.Fatalf("account %d: the naive way finds otherwise:\n%v\n%v", i, codes(got[i].Findings), codes(want[i].findings))
		}
		for _, f := range got[i].Findings {
			counts[f.Code]++
		}
	}
	b.Logf("%d accounts: %v", len(accounts), counts)
	perAccount := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(accounts)), "ns/account")
	}
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := chk.CheckSubsidy(asOf, accounts); err != nil {
				b.Fatal(err)
			}
		}
		perAccount(b)
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := nv.check(asOf, accounts); err != nil {
				b.Fatal(err)
			}
		}
		perAccount(b)
	})
}

// TestNaiveAgrees: the naive ways of the benchmarks find what the package
// finds, on the benchmarks' data, so that the two do the same work.
func TestNaiveAgrees(t *testing.T) {
	for _, breaches := range []bool{false, true} {
		r, roster := monthRecords(breaches)
		chk := checker(t, nil)
		nv := newNaiveRecords(canteen.DefaultPolicy())
		got, err := chk.CheckRecords(r)
		if err != nil {
			t.Fatal(err)
		}
		want, err := nv.check(r)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("breaches %v: %v against %v", breaches, codes(got), codes(want))
		}
		for i := range got {
			if factStrings(got[i])[0] != factStrings(want[i])[0] || got[i].Subject != want[i].Subject {
				t.Fatalf("finding %d: %v against %v", i, got[i], want[i])
			}
		}
		staff, _ := chk.CheckStaff(roster)
		if breaches != (len(staff) == 1) || !slices.Equal(codes(staff), codes(nv.staff(roster))) {
			t.Fatalf("staff: %v", staff)
		}
	}
	accounts := county200()
	asOf := houqin.Date{Year: 2026, Month: time.July, Day: 10}
	got, err := checker(t, nil).CheckSubsidy(asOf, accounts)
	if err != nil {
		t.Fatal(err)
	}
	want, err := newNaiveSubsidy(canteen.DefaultPolicy()).check(asOf, accounts)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		if !slices.Equal(codes(got[i].Findings), codes(want[i].findings)) {
			t.Fatalf("account %d: %v against %v", i, codes(got[i].Findings), codes(want[i].findings))
		}
		for j, f := range got[i].Findings {
			if !slices.Equal(factStrings(f), factStrings(want[i].findings[j])) {
				t.Fatalf("account %d: %v against %v", i, factStrings(f), factStrings(want[i].findings[j]))
			}
		}
	}
}
