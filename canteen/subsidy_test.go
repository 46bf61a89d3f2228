package canteen_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func date(y int, m time.Month, d int) houqin.Date { return houqin.Date{Year: y, Month: m, Day: d} }

// schoolDays returns the first n weekdays from day from on.
func schoolDays(from houqin.Date, n int, meals int) []canteen.MealDay {
	var out []canteen.MealDay
	for d := from; len(out) < n; d = d.AddDays(1) {
		if wd := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Weekday(); wd != time.Saturday && wd != time.Sunday {
			out = append(out, canteen.MealDay{Date: d, Meals: meals})
		}
	}
	return out
}

// account is school S01's September 2025 account: 320 covered pupils,
// meals served on 21 school days (1–29 September) to all of them; the
// entitlement is 320 × 21 × 5.00 = 33,600.00, received, booked and spent on
// food, published on 5 October. Every rule holds.
func account() canteen.SubsidyAccount {
	return canteen.SubsidyAccount{
		School: "S01", Period: sept, Pupils: 320,
		Days:      schoolDays(sep(1), 21, 320),
		Received:  testkit.Dec("33600"),
		Income:    []canteen.IncomeLine{{Category: canteen.NutritionSubsidy, Amount: testkit.Dec("33600")}},
		Spending:  []canteen.SubsidyLine{{Use: canteen.SubsidyFood, Amount: testkit.Dec("33600"), Voucher: "V-0901"}},
		Published: day(time.October, 5),
	}
}

// checkOne checks one account on 1 March 2026 and returns its result.
func checkOne(t *testing.T, chk *canteen.Checker, a canteen.SubsidyAccount) canteen.SubsidyResult {
	t.Helper()
	res, err := chk.CheckSubsidy(date(2026, time.March, 1), []canteen.SubsidyAccount{a})
	require.NoError(t, err)
	require.Len(t, res, 1)
	return res[0]
}

func TestSubsidyCompliant(t *testing.T) {
	r := checkOne(t, checker(t, nil), account())
	assert.Nil(t, r.Findings)
	// 320 × 21 × 5.00 = 33,600.00.
	testkit.AssertFen(t, "33600", r.Entitlement)
	testkit.AssertFen(t, "33600", r.Claimed)
	testkit.AssertFen(t, "33600", r.Received)
	testkit.AssertFen(t, "33600", r.Booked)
	testkit.AssertFen(t, "33600", r.Food)
	testkit.AssertFen(t, "0", r.Misused)
	testkit.AssertFen(t, "0", r.Balance)
	assert.Equal(t, "S01", r.School)
	assert.Equal(t, sept, r.Period)
}

// TestSubsidyEntitlement: the daily rate is chosen by each meal day.
func TestSubsidyEntitlement(t *testing.T) {
	tests := []struct {
		name   string
		pupils int
		days   []houqin.Date
		policy func(*canteen.Policy)
		want   string
	}{
		// 100 × 3.00 on the first day of the programme.
		{name: "the first day at 3.00", pupils: 100, days: []houqin.Date{date(2011, time.September, 1)}, want: "300"},
		// 100 × (3.00 + 3.00 + 4.00 + 4.00) = 1,400.00.
		{name: "across November 2014", pupils: 100,
			days: []houqin.Date{date(2014, time.October, 30), date(2014, time.October, 31), date(2014, time.November, 3), date(2014, time.November, 4)},
			want: "1400"},
		// 100 × (3.00 + 4.00) = 700.00: 1 November 2014 is the first day at 4.00.
		{name: "the day before and the day of November 2014", pupils: 100,
			days: []houqin.Date{date(2014, time.October, 31), date(2014, time.November, 1)}, want: "700"},
		// 320 × (4.00 + 5.00) = 2,880.00.
		{name: "across the autumn term 2021", pupils: 320,
			days: []houqin.Date{date(2021, time.August, 31), date(2021, time.September, 1)}, want: "2880"},
		// 320 × 21 × (5.00 + 1.00) = 40,320.00.
		{name: "a region's top-up of 1.00", pupils: 320, days: dates(schoolDays(sep(1), 21, 0)),
			policy: func(p *canteen.Policy) { p.SubsidyTopUp = testkit.Dec("1") }, want: "40320"},
		// 7 × 4.50 = 31.50: a region's own schedule.
		{name: "a region's own rate", pupils: 7, days: []houqin.Date{sep(1)},
			policy: func(p *canteen.Policy) {
				p.SubsidyRates = []canteen.SubsidyRate{{From: date(2020, time.January, 1), Rate: testkit.Dec("4.50")}}
			}, want: "31.5"},
		// 100,000 × 21 × 5.00 = 10,500,000.00: the most covered pupils.
		{name: "the most pupils", pupils: 100_000, days: dates(schoolDays(sep(1), 21, 0)), want: "10500000"},
		{name: "no meal days", pupils: 320, want: "0"},
		{name: "no pupils", pupils: 0, days: []houqin.Date{sep(1)}, want: "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := account()
			a.Pupils = tt.pupils
			a.Period = houqin.Period{From: date(2011, time.January, 1), To: date(2030, time.December, 31)}
			a.Days = nil
			for _, d := range tt.days {
				a.Days = append(a.Days, canteen.MealDay{Date: d, Meals: tt.pupils})
			}
			r := checkOne(t, checker(t, tt.policy), a)
			testkit.AssertFen(t, tt.want, r.Entitlement)
			testkit.AssertFen(t, tt.want, r.Claimed, "every pupil ate every day")
		})
	}
}

func dates(ds []canteen.MealDay) []houqin.Date {
	out := make([]houqin.Date, len(ds))
	for i, d := range ds {
		out[i] = d.Date
	}
	return out
}

// TestSubsidyOverclaimed: meals claimed beyond the pupils, day by day.
func TestSubsidyOverclaimed(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*canteen.SubsidyAccount)
		facts []string // nil: no finding
	}{
		{name: "as many meals as pupils", edit: func(*canteen.SubsidyAccount) {}},
		{name: "fewer meals than pupils", edit: func(a *canteen.SubsidyAccount) { a.Days[3].Meals = 0 }},
		// One meal over on one day: 1 × 5.00.
		{name: "one meal over", edit: func(a *canteen.SubsidyAccount) { a.Days[0].Meals = 321 },
			facts: []string{"excess=1", "amount=5.00", "days=1", "pupils=320"}},
		// 10 × 5.00 + 5 × 5.00 = 75.00; a day under does not make up for them.
		{name: "two days over, one under", edit: func(a *canteen.SubsidyAccount) {
			a.Days[0].Meals, a.Days[5].Meals, a.Days[6].Meals = 330, 325, 300
		}, facts: []string{"excess=15", "amount=75.00", "days=2", "pupils=320"}},
		// 2 × 3.00 on 31 October 2014 + 1 × 4.00 on 3 November = 10.00.
		{name: "across the rate change of 2014", edit: func(a *canteen.SubsidyAccount) {
			a.Period = houqin.Period{From: date(2014, time.October, 1), To: date(2014, time.November, 30)}
			a.Pupils = 10
			a.Days = []canteen.MealDay{{Date: date(2014, time.October, 31), Meals: 12}, {Date: date(2014, time.November, 3), Meals: 11}}
			a.Received, a.Income[0].Amount, a.Spending[0].Amount = testkit.Dec("0"), testkit.Dec("0"), testkit.Dec("0")
			a.Published = houqin.Date{}
		}, facts: []string{"excess=3", "amount=10.00", "days=2", "pupils=10"}},
		// The most meals a day may claim: 10,000,000 − 320 = 9,999,680
		// over, × 5.00 = 49,998,400.00.
		{name: "the most meals of a day", edit: func(a *canteen.SubsidyAccount) { a.Days[3].Meals = 10_000_000 },
			facts: []string{"excess=9999680", "amount=49998400.00", "days=1", "pupils=320"}},
		// No covered pupils: canteen.subsidy_claimed_without_pupils instead
		// (TestSubsidyClaimedWithoutPupils).
	}
	chk := checker(t, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := account()
			tt.edit(&a)
			r := checkOne(t, chk, a)
			fs := testkit.Of(r.Findings, canteen.CodeSubsidyOverclaimed)
			if tt.facts == nil {
				assert.Empty(t, fs)
				assert.Zero(t, r.ExcessMeals)
				testkit.AssertFen(t, "0", r.Excess)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, houqin.Violation, fs[0].Severity)
			assert.Equal(t, "S01", fs[0].Subject)
			assert.Equal(t, tt.facts, factStrings(fs[0]))
			assert.Equal(t, fs[0].Facts[0].Value, r.ExcessMeals)
			assert.Equal(t, fs[0].Facts[1].Value, int64(r.Excess))
		})
	}
}

// TestSubsidySpending: only food for the pupils; every other use is a
// violation with its amount.
func TestSubsidySpending(t *testing.T) {
	for _, use := range canteen.SubsidyUses() {
		t.Run(use.String(), func(t *testing.T) {
			a := account()
			a.Spending = []canteen.SubsidyLine{
				{Use: canteen.SubsidyFood, Amount: testkit.Dec("30600"), Voucher: "V-0901"},
				{Use: use, Amount: testkit.Dec("3000"), Voucher: "V-0930"},
				{Use: use, Amount: testkit.Dec("0.01")},
			}
			r := checkOne(t, checker(t, nil), a)
			if use == canteen.SubsidyFood {
				assert.Nil(t, r.Findings)
				testkit.AssertFen(t, "33600.01", r.Food)
				testkit.AssertFen(t, "-0.01", r.Balance)
				return
			}
			want := canteen.CodeSubsidyMisused
			if use == canteen.SubsidyCash {
				want = canteen.CodeSubsidyCashToPupils
			}
			require.Equal(t, []houqin.Code{want, want}, codes(r.Findings))
			// Without a voucher, the school names the line: "S01: 第3行".
			assert.Equal(t, "S01", r.Findings[0].Subject)
			assert.Equal(t, []string{"amount=0.01", "line=3"}, factStrings(r.Findings[0]))
			assert.Equal(t, "V-0930", r.Findings[1].Subject)
			assert.Equal(t, []string{"amount=3000.00", "line=2"}, factStrings(r.Findings[1]))
			testkit.AssertFen(t, "30600", r.Food)
			testkit.AssertFen(t, "3000.01", r.Misused)
			// 0 + 33,600.00 − 30,600.00 − 3,000.01 = −0.01.
			testkit.AssertFen(t, "-0.01", r.Balance)
		})
	}
}

func TestSubsidyLedger(t *testing.T) {
	tests := []struct {
		name string
		edit func(*canteen.SubsidyAccount)
		code houqin.Code
		want []string
	}{
		{name: "booked as received", edit: func(*canteen.SubsidyAccount) {}},
		{name: "booked in two lines", edit: func(a *canteen.SubsidyAccount) {
			a.Income = []canteen.IncomeLine{{Category: canteen.NutritionSubsidy, Amount: testkit.Dec("16800")}, {Category: canteen.NutritionSubsidy, Amount: testkit.Dec("16800")}}
		}},
		// 33,599.99 − 33,600.00 = −0.01.
		{name: "booked a fen less", edit: func(a *canteen.SubsidyAccount) { a.Income[0].Amount = testkit.Dec("33599.99") },
			code: canteen.CodeSubsidyLedgerMismatch, want: []string{"received=33600.00", "booked=33599.99", "difference=-0.01"}},
		{name: "received but not booked", edit: func(a *canteen.SubsidyAccount) { a.Income = nil },
			code: canteen.CodeSubsidyLedgerMismatch, want: []string{"received=33600.00", "booked=0.00", "difference=-33600.00"}},
		{name: "meal fees in the subsidy's ledger", edit: func(a *canteen.SubsidyAccount) {
			a.Income = append(a.Income, canteen.IncomeLine{Category: canteen.MealFees, Amount: testkit.Dec("1200")},
				canteen.IncomeLine{Category: canteen.Donations, Amount: testkit.Dec("0.50")})
		}, code: canteen.CodeSubsidyMixedAccounts, want: []string{"amount=1200.50"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := account()
			tt.edit(&a)
			r := checkOne(t, checker(t, nil), a)
			if tt.code == "" {
				assert.Nil(t, r.Findings)
				return
			}
			fs := testkit.Of(r.Findings, tt.code)
			require.Len(t, fs, 1)
			assert.Equal(t, houqin.Violation, fs[0].Severity)
			assert.Equal(t, tt.want, factStrings(fs[0]))
		})
	}
}

// acct is school's account of a month of the autumn term 2025 with
// opening balance opening and the subsidy booked and spent: the balance is
// opening + booked − spent.
func acct(school string, m houqin.Period, opening, booked, spent string) canteen.SubsidyAccount {
	return canteen.SubsidyAccount{
		School: school, Period: m, Pupils: 100,
		Opening:   testkit.Dec(opening),
		Received:  testkit.Dec(booked),
		Income:    []canteen.IncomeLine{{Category: canteen.NutritionSubsidy, Amount: testkit.Dec(booked)}},
		Spending:  []canteen.SubsidyLine{{Use: canteen.SubsidyFood, Amount: testkit.Dec(spent)}},
		Published: m.To.AddDays(1),
	}
}

var (
	sepM = houqin.MonthPeriod(2025, time.September)
	octM = houqin.MonthPeriod(2025, time.October)
	novM = houqin.MonthPeriod(2025, time.November)
)

func TestSubsidyCarryForward(t *testing.T) {
	tests := []struct {
		name     string
		accounts []canteen.SubsidyAccount
		want     map[int][]string // account: facts of its finding
	}{
		// September: 0 + 10,000.00 − 8,799.50 = 1,200.50, October's opening.
		{name: "carried forward", accounts: []canteen.SubsidyAccount{
			acct("S01", sepM, "0", "10000", "8799.50"), acct("S01", octM, "1200.50", "10000", "11200.50")}},
		{name: "carried forward, given out of order", accounts: []canteen.SubsidyAccount{
			acct("S01", octM, "1200.50", "10000", "11200.50"), acct("S01", sepM, "0", "10000", "8799.50")}},
		// 1,000.00 − 1,200.50 = −200.50 went elsewhere.
		{name: "less brought forward", accounts: []canteen.SubsidyAccount{
			acct("S01", sepM, "0", "10000", "8799.50"), acct("S01", octM, "1000", "10000", "11000")},
			want: map[int][]string{1: {"closing=1200.50", "opening=1000.00", "difference=-200.50"}}},
		{name: "a fen more brought forward", accounts: []canteen.SubsidyAccount{
			acct("S01", sepM, "0", "10000", "8799.50"), acct("S01", octM, "1200.51", "10000", "11200.51")},
			want: map[int][]string{1: {"closing=1200.50", "opening=1200.51", "difference=0.01"}}},
		{name: "a gap: October missing, not judged", accounts: []canteen.SubsidyAccount{
			acct("S01", sepM, "0", "10000", "8799.50"), acct("S01", novM, "0", "10000", "10000")}},
		{name: "two schools apart", accounts: []canteen.SubsidyAccount{
			acct("S01", sepM, "0", "10000", "8799.50"), acct("S02", octM, "0", "10000", "10000"),
			acct("S02", sepM, "0", "10000", "10000"), acct("S01", octM, "1200.50", "10000", "11200.50")}},
		// September's balance is 0.00; October opens the whole bound,
		// 1,000,000,000,000.00, below or above it.
		{name: "an opening the bound below the balance before", accounts: []canteen.SubsidyAccount{
			acct("S01", sepM, "0", "0", "0"), acct("S01", octM, "-1000000000000", "0", "0")},
			want: map[int][]string{1: {"closing=0.00", "opening=-1000000000000.00", "difference=-1000000000000.00"}}},
		{name: "an opening the bound above the balance before", accounts: []canteen.SubsidyAccount{
			acct("S01", sepM, "0", "0", "0"), acct("S01", octM, "1000000000000", "0", "0")},
			want: map[int][]string{1: {"closing=0.00", "opening=1000000000000.00", "difference=1000000000000.00"}}},
		// An overspent September (−0.50) is carried as a negative opening.
		{name: "a negative balance carried forward", accounts: []canteen.SubsidyAccount{
			acct("S01", sepM, "0", "10000", "10000.50"), acct("S01", octM, "-0.50", "10000", "9999.50")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := checker(t, nil).CheckSubsidy(houqin.Date{}, tt.accounts)
			require.NoError(t, err)
			require.Len(t, res, len(tt.accounts))
			got := map[int][]string{}
			for i, r := range res {
				assert.Equal(t, tt.accounts[i].School, r.School, "results in the order of the accounts")
				assert.Equal(t, tt.accounts[i].Period, r.Period)
				for _, f := range r.Findings {
					require.Equal(t, canteen.CodeSubsidyCarryForwardMismatch, f.Code)
					assert.Equal(t, houqin.Violation, f.Severity)
					got[i] = factStrings(f)
				}
			}
			if tt.want == nil {
				tt.want = map[int][]string{}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSubsidyBalanceAtTermEnd(t *testing.T) {
	jan := houqin.MonthPeriod(2026, time.January)
	tests := []struct {
		name                   string
		period                 houqin.Period
		policy                 func(*canteen.Policy)
		opening, booked, spent string
		want                   []string
	}{
		{name: "nothing left in January", period: jan, opening: "0", booked: "10000", spent: "10000"},
		// 0.01 / 10,000.00 = 0.0001%: any balance, with no tolerance.
		{name: "a fen left at the end of the autumn term", period: jan, opening: "0", booked: "10000", spent: "9999.99",
			want: []string{"balance=0.01", "available=10000.00", "ratio=0.000001", "tolerance=0"}},
		{name: "a balance in December is carried on", period: houqin.MonthPeriod(2025, time.December), opening: "0", booked: "10000", spent: "5000"},
		// 500.00 / 10,000.00 = 5% exactly: within a 5% tolerance.
		{name: "exactly the tolerance", period: jan, policy: func(p *canteen.Policy) { p.SubsidyBalanceTolerance = testkit.Dec("0.05") },
			opening: "2000", booked: "8000", spent: "9500"},
		// 500.01 / 10,000.00 = 5.0001%.
		{name: "a fen over the tolerance", period: jan, policy: func(p *canteen.Policy) { p.SubsidyBalanceTolerance = testkit.Dec("0.05") },
			opening: "2000", booked: "8000", spent: "9499.99",
			want: []string{"balance=500.01", "available=10000.00", "ratio=0.050001", "tolerance=0.05"}},
		{name: "the spring term ends on 31 August", period: houqin.MonthPeriod(2026, time.August), opening: "100", booked: "0", spent: "0",
			want: []string{"balance=100.00", "available=100.00", "ratio=1", "tolerance=0"}},
		{name: "a term as the period", period: houqin.DefaultCalendar().Term(houqin.Term{Year: 2025, Semester: houqin.Autumn}),
			opening: "0", booked: "100", spent: "99",
			want: []string{"balance=1.00", "available=100.00", "ratio=0.01", "tolerance=0"}},
		{name: "a region whose spring term starts in March: January is mid-term", period: jan,
			policy: func(p *canteen.Policy) {
				p.Calendar = houqin.Calendar{YearStart: houqin.MonthDay{Month: time.September, Day: 1}, SpringStart: houqin.MonthDay{Month: time.March, Day: 1}}
			}, opening: "0", booked: "100", spent: "99"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := acct("S01", tt.period, tt.opening, tt.booked, tt.spent)
			r := checkOne(t, checker(t, tt.policy), a)
			fs := testkit.Of(r.Findings, canteen.CodeSubsidyBalanceAtTermEnd)
			if tt.want == nil {
				assert.Nil(t, r.Findings)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, houqin.Warning, fs[0].Severity)
			assert.Equal(t, tt.want, factStrings(fs[0]))
		})
	}
}

func TestSubsidyPublication(t *testing.T) {
	tests := []struct {
		name      string
		published houqin.Date
		asOf      houqin.Date
		policy    func(*canteen.Policy)
		code      houqin.Code
		want      []string
	}{
		{name: "on the due day", published: day(time.October, 5), asOf: day(time.December, 1)},
		{name: "before the period ends", published: sep(30), asOf: day(time.December, 1)},
		{name: "a day late", published: day(time.October, 6), asOf: day(time.December, 1),
			code: canteen.CodeSubsidyPublishedLate, want: []string{"due=2025-10-05", "published=2025-10-06", "days_late=1"}},
		{name: "not yet, on the due day", asOf: day(time.October, 5)},
		{name: "not yet, a day after", asOf: day(time.October, 6),
			code: canteen.CodeSubsidyNotPublished, want: []string{"due=2025-10-05", "days_late=1"}},
		{name: "not yet, no day of the check"},
		{name: "within ten days where the region allows them", published: day(time.October, 10), asOf: day(time.December, 1),
			policy: func(p *canteen.Policy) { p.SubsidyPublishDays = 10 }},
		{name: "not checked", asOf: day(time.December, 1), policy: func(p *canteen.Policy) { p.SubsidyPublishDays = 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := account()
			a.Published = tt.published
			res, err := checker(t, tt.policy).CheckSubsidy(tt.asOf, []canteen.SubsidyAccount{a})
			require.NoError(t, err)
			fs := res[0].Findings
			if tt.code == "" {
				assert.Nil(t, fs)
				return
			}
			require.Equal(t, []houqin.Code{tt.code}, codes(fs))
			assert.Equal(t, "S01", fs[0].Subject)
			assert.Equal(t, tt.want, factStrings(fs[0]))
		})
	}
}

func TestCheckSubsidyInputErrors(t *testing.T) {
	tests := []struct {
		name   string
		asOf   houqin.Date
		edit   func(*canteen.SubsidyAccount)
		more   []canteen.SubsidyAccount
		fields []string
	}{
		{name: "a day of the check that does not exist", asOf: sep(31), fields: []string{"as_of"}},
		{name: "missing school and period", edit: func(a *canteen.SubsidyAccount) { a.School, a.Period = "", houqin.Period{} },
			fields: []string{"accounts[0].school", "accounts[0].period.from"}},
		{name: "negative pupils", edit: func(a *canteen.SubsidyAccount) { a.Pupils = -1 }, fields: []string{"accounts[0].pupils"}},
		{name: "too many pupils", edit: func(a *canteen.SubsidyAccount) { a.Pupils = 100_001 }, fields: []string{"accounts[0].pupils"}},
		{name: "a negative meal count", edit: func(a *canteen.SubsidyAccount) { a.Days[3].Meals = -1 }, fields: []string{"accounts[0].days[3].meals"}},
		{name: "an absurd meal count", edit: func(a *canteen.SubsidyAccount) { a.Days[3].Meals = 10_000_001 }, fields: []string{"accounts[0].days[3].meals"}},
		{name: "a meal day outside the period", edit: func(a *canteen.SubsidyAccount) { a.Days[3].Date = day(time.October, 1) }, fields: []string{"accounts[0].days[3].date"}},
		{name: "a meal day that does not exist", edit: func(a *canteen.SubsidyAccount) { a.Days[3].Date = sep(31) }, fields: []string{"accounts[0].days[3].date"}},
		{name: "a meal day listed twice", edit: func(a *canteen.SubsidyAccount) { a.Days = append(a.Days, a.Days[3]) }, fields: []string{"accounts[0].days[21].date"}},
		{name: "a meal day before the programme", edit: func(a *canteen.SubsidyAccount) {
			a.Period = houqin.MonthPeriod(2011, time.August)
			a.Days = []canteen.MealDay{{Date: date(2011, time.August, 31), Meals: 1}}
		}, fields: []string{"accounts[0].days[0].date"}},
		{name: "negative subsidy received", edit: func(a *canteen.SubsidyAccount) { a.Received = testkit.Dec("-1") }, fields: []string{"accounts[0].received"}},
		{name: "an opening finer than a fen", edit: func(a *canteen.SubsidyAccount) { a.Opening = testkit.Dec("0.001") }, fields: []string{"accounts[0].opening"}},
		{name: "an income line of no category", edit: func(a *canteen.SubsidyAccount) { a.Income[0].Category = 0 }, fields: []string{"accounts[0].income[0].category"}},
		{name: "a negative income line", edit: func(a *canteen.SubsidyAccount) { a.Income[0].Amount = testkit.Dec("-5") }, fields: []string{"accounts[0].income[0].amount"}},
		{name: "a spending line of no use", edit: func(a *canteen.SubsidyAccount) { a.Spending[0].Use = 0 }, fields: []string{"accounts[0].spending[0].use"}},
		{name: "a spending line of an unknown use", edit: func(a *canteen.SubsidyAccount) { a.Spending[0].Use = 99 }, fields: []string{"accounts[0].spending[0].use"}},
		{name: "a negative spending line", edit: func(a *canteen.SubsidyAccount) { a.Spending[0].Amount = testkit.Dec("-5") }, fields: []string{"accounts[0].spending[0].amount"}},
		{name: "spending beyond the bound", edit: func(a *canteen.SubsidyAccount) {
			big := canteen.SubsidyLine{Use: canteen.SubsidyWages, Amount: houqin.MaxFen.Yuan()}
			a.Spending = append(a.Spending, big, big)
		}, fields: []string{"accounts[0].spending"}},
		// 999,999,966,400.00 of wages, then 33,600.01 of food: a fen beyond
		// the bound, on a line of food.
		{name: "spending a fen beyond the bound, food last", edit: func(a *canteen.SubsidyAccount) {
			a.Spending = []canteen.SubsidyLine{
				{Use: canteen.SubsidyWages, Amount: testkit.Dec("999999966400")},
				{Use: canteen.SubsidyFood, Amount: testkit.Dec("33600.01")},
			}
		}, fields: []string{"accounts[0].spending"}},
		{name: "income beyond the bound", edit: func(a *canteen.SubsidyAccount) {
			big := canteen.IncomeLine{Category: canteen.MealFees, Amount: houqin.MaxFen.Yuan()}
			a.Income = append(a.Income, big, big)
		}, fields: []string{"accounts[0].income"}},
		{name: "a balance beyond the bound", edit: func(a *canteen.SubsidyAccount) {
			a.Opening = houqin.MaxFen.Yuan()
			a.Received = houqin.MaxFen.Yuan()
			a.Income[0].Amount = houqin.MaxFen.Yuan()
		}, fields: []string{"accounts[0].opening"}},
		// −1,000,000,000,000.00 + 33,600.00 − 33,600.01: a fen below the bound.
		{name: "a balance a fen below the bound", edit: func(a *canteen.SubsidyAccount) {
			a.Opening = testkit.Dec("-1000000000000")
			a.Spending[0].Amount = testkit.Dec("33600.01")
		}, fields: []string{"accounts[0].opening"}},
		{name: "a publication date that does not exist", edit: func(a *canteen.SubsidyAccount) { a.Published = sep(31) }, fields: []string{"accounts[0].published"}},
		{name: "two accounts of a school overlap", more: []canteen.SubsidyAccount{func() canteen.SubsidyAccount {
			b := account()
			b.Period = houqin.Period{From: sep(30), To: day(time.October, 31)}
			b.Days = nil
			return b
		}()}, fields: []string{"accounts[1].period"}},
		{name: "the same period twice", more: []canteen.SubsidyAccount{account()}, fields: []string{"accounts[1].period"}},
		{name: "an opening absurdly far from the balance before", more: []canteen.SubsidyAccount{func() canteen.SubsidyAccount {
			b := acct("S01", octM, "-1000000000000", "0", "0")
			return b
		}()}, edit: func(a *canteen.SubsidyAccount) {
			a.Opening = houqin.MaxFen.Yuan()
			a.Received, a.Income[0].Amount = testkit.Dec("0"), testkit.Dec("0")
			a.Spending = nil
		}, fields: []string{"accounts[1].opening"}},
		// September's balance is 0.01 (−0.01); October opens
		// −1,000,000,000,000.00 (+1,000,000,000,000.00): a fen more than the
		// bound apart.
		{name: "an opening a fen more than the bound below the balance before", more: []canteen.SubsidyAccount{
			acct("S01", octM, "-1000000000000", "0", "0")}, edit: func(a *canteen.SubsidyAccount) { a.Opening = testkit.Dec("0.01") },
			fields: []string{"accounts[1].opening"}},
		{name: "an opening a fen more than the bound above the balance before", more: []canteen.SubsidyAccount{
			acct("S01", octM, "1000000000000", "0", "0")}, edit: func(a *canteen.SubsidyAccount) { a.Opening = testkit.Dec("-0.01") },
			fields: []string{"accounts[1].opening"}},
	}
	chk := checker(t, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := account()
			if tt.edit != nil {
				tt.edit(&a)
			}
			res, err := chk.CheckSubsidy(tt.asOf, append([]canteen.SubsidyAccount{a}, tt.more...))
			assert.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
			assert.Nil(t, res)
		})
	}
	var nilChecker *canteen.Checker
	_, err := nilChecker.CheckSubsidy(houqin.Date{}, nil)
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)

	chk = checker(t, func(p *canteen.Policy) { p.SubsidyRates = nil })
	_, err = chk.CheckSubsidy(houqin.Date{}, []canteen.SubsidyAccount{account()})
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	assert.Contains(t, err.Error(), "the policy has no subsidy rate")
	res, err := chk.CheckSubsidy(houqin.Date{}, nil)
	assert.NoError(t, err)
	assert.Empty(t, res)
}

func TestRecordsPolicyValidate(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*canteen.Policy)
		fields []string
	}{
		{"200 g", func(p *canteen.Policy) { p.SampleGrams = testkit.Dec("200") }, nil},
		{"1,000 g", func(p *canteen.Policy) { p.SampleGrams = testkit.Dec("1000") }, nil},
		{"1,000.1 g", func(p *canteen.Policy) { p.SampleGrams = testkit.Dec("1000.1") }, []string{"policy.sample_grams"}},
		{"negative grams", func(p *canteen.Policy) { p.SampleGrams = testkit.Dec("-125") }, []string{"policy.sample_grams"}},
		{"grams finer than 0.1", func(p *canteen.Policy) { p.SampleGrams = testkit.Dec("124.95") }, []string{"policy.sample_grams"}},
		{"720 hours", func(p *canteen.Policy) { p.SampleHours = 720 }, nil},
		{"721 hours", func(p *canteen.Policy) { p.SampleHours = 721 }, []string{"policy.sample_hours"}},
		{"negative hours", func(p *canteen.Policy) { p.SampleHours = -48 }, []string{"policy.sample_hours"}},
		{"certificates of 24 months", func(p *canteen.Policy) { p.CertificateMonths = 24 }, nil},
		{"certificates of 120 months", func(p *canteen.Policy) { p.CertificateMonths = 120 }, nil},
		{"certificates of 121 months", func(p *canteen.Policy) { p.CertificateMonths = 121 }, []string{"policy.certificate_months"}},
		{"negative months", func(p *canteen.Policy) { p.CertificateMonths = -1 }, []string{"policy.certificate_months"}},
		{"a rate of 50.00", func(p *canteen.Policy) { p.SubsidyRates[2].Rate = testkit.Dec("50") }, nil},
		{"a rate above the sane bound", func(p *canteen.Policy) { p.SubsidyRates[2].Rate = testkit.Dec("50.01") }, []string{"policy.subsidy_rates[2].rate"}},
		{"a rate of 500 (a typo of 5.00)", func(p *canteen.Policy) { p.SubsidyRates[2].Rate = testkit.Dec("500") }, []string{"policy.subsidy_rates[2].rate"}},
		{"a rate of nothing", func(p *canteen.Policy) { p.SubsidyRates[0].Rate = decimal.Zero }, []string{"policy.subsidy_rates[0].rate"}},
		{"a rate finer than a fen", func(p *canteen.Policy) { p.SubsidyRates[0].Rate = testkit.Dec("3.005") }, []string{"policy.subsidy_rates[0].rate"}},
		{"rates out of order", func(p *canteen.Policy) { p.SubsidyRates[1].From = date(2011, time.September, 1) }, []string{"policy.subsidy_rates[1].from"}},
		{"a rate without a date", func(p *canteen.Policy) { p.SubsidyRates[1].From = houqin.Date{} }, []string{"policy.subsidy_rates[1].from"}},
		{"no rates", func(p *canteen.Policy) { p.SubsidyRates = nil }, nil},
		{"a top-up of 50.00", func(p *canteen.Policy) { p.SubsidyTopUp = testkit.Dec("50") }, nil},
		{"a top-up above the bound", func(p *canteen.Policy) { p.SubsidyTopUp = testkit.Dec("50.01") }, []string{"policy.subsidy_top_up"}},
		{"a negative top-up", func(p *canteen.Policy) { p.SubsidyTopUp = testkit.Dec("-1") }, []string{"policy.subsidy_top_up"}},
		{"a top-up finer than a fen", func(p *canteen.Policy) { p.SubsidyTopUp = testkit.Dec("0.001") }, []string{"policy.subsidy_top_up"}},
		{"a tolerance of 100%", func(p *canteen.Policy) { p.SubsidyBalanceTolerance = testkit.Dec("1") }, nil},
		{"a tolerance above 100%", func(p *canteen.Policy) { p.SubsidyBalanceTolerance = testkit.Dec("1.01") }, []string{"policy.subsidy_balance_tolerance"}},
		{"a tolerance with nine decimals", func(p *canteen.Policy) { p.SubsidyBalanceTolerance = testkit.Dec("0.000000001") }, []string{"policy.subsidy_balance_tolerance"}},
		{"366 days to publish", func(p *canteen.Policy) { p.SubsidyPublishDays = 366 }, nil},
		{"367 days to publish", func(p *canteen.Policy) { p.SubsidyPublishDays = 367 }, []string{"policy.subsidy_publish_days"}},
		{"the zero calendar is the default", func(p *canteen.Policy) { p.Calendar = houqin.Calendar{} }, nil},
		{"a calendar whose spring comes after autumn", func(p *canteen.Policy) {
			p.Calendar = houqin.Calendar{YearStart: houqin.MonthDay{Month: time.February, Day: 1}, SpringStart: houqin.MonthDay{Month: time.September, Day: 1}}
		}, []string{"policy.calendar.spring_start"}},
		{"every problem at once", func(p *canteen.Policy) {
			p.SampleGrams = testkit.Dec("-1")
			p.SampleHours = -1
			p.CertificateMonths = -1
			p.SubsidyTopUp = testkit.Dec("99")
			p.SubsidyRates = []canteen.SubsidyRate{{Rate: testkit.Dec("99")}}
			p.SubsidyBalanceTolerance = testkit.Dec("2")
			p.SubsidyPublishDays = -1
		}, []string{"policy.sample_grams", "policy.sample_hours", "policy.certificate_months", "policy.subsidy_top_up",
			"policy.subsidy_rates[0].from", "policy.subsidy_rates[0].rate", "policy.subsidy_balance_tolerance", "policy.subsidy_publish_days"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := canteen.DefaultPolicy()
			tt.edit(&p)
			err := p.Validate()
			if tt.fields == nil {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
		})
	}
}

func TestParseRecordsPolicy(t *testing.T) {
	p, err := canteen.ParsePolicy([]byte(`{"sample_grams": "200", "sample_hours": 48, "accompanied_meals": false,
		"subsidy_rates": [{"from": "2021-09-01", "rate": "5.00"}], "subsidy_top_up": "1.00",
		"subsidy_balance_tolerance": "0.05", "subsidy_publish_days": 10, "calendar": {"year_start": "09-01", "spring_start": "03-01"}}`))
	require.NoError(t, err)
	testkit.AssertYuan(t, "200", p.SampleGrams)
	assert.False(t, p.AccompaniedMeals)
	require.Len(t, p.SubsidyRates, 1)
	testkit.AssertYuan(t, "5", p.SubsidyRates[0].Rate)
	testkit.AssertYuan(t, "1", p.SubsidyTopUp)
	assert.Equal(t, 10, p.SubsidyPublishDays)
	assert.Equal(t, time.March, p.Calendar.SpringStart.Month)

	_, err = canteen.ParsePolicy([]byte(`{"subsidy_rates": [{"from": "2021-09-01", "rate": "500"}]}`))
	assert.Equal(t, []string{"policy.subsidy_rates[0].rate"}, testkit.Fields(err))
}

func TestSubsidyUseText(t *testing.T) {
	for _, u := range canteen.SubsidyUses() {
		b, err := u.MarshalText()
		require.NoError(t, err)
		var back canteen.SubsidyUse
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, u, back)
		assert.True(t, u.Valid())
		for _, tag := range testkit.Languages() {
			assert.NotEmpty(t, u.Label(tag))
			assert.NotContains(t, u.Label(tag), "_")
		}
	}
	assert.Len(t, canteen.SubsidyUses(), 8)
	assert.Equal(t, "SubsidyUse(0)", canteen.SubsidyUse(0).String())
	_, err := canteen.SubsidyUse(0).MarshalText()
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	var u canteen.SubsidyUse
	assert.ErrorIs(t, u.UnmarshalText([]byte("bonus")), houqin.ErrInvalidInput)
	assert.ErrorIs(t, u.UnmarshalText(nil), houqin.ErrInvalidInput)

	var a canteen.SubsidyAccount
	require.NoError(t, json.Unmarshal([]byte(`{"school":"S01","spending":[{"use":"wages","amount":"3000.00","voucher":"V-0930"}]}`), &a))
	assert.Equal(t, canteen.SubsidyWages, a.Spending[0].Use)
	err = json.Unmarshal([]byte(`{"spending":[{"use":"salaries","amount":"1"}]}`), &a)
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	assert.True(t, strings.Contains(err.Error(), `"salaries"`))
}

// TestSubsidySumsAtTheBound: spending, a balance and the sums of the meal
// days of exactly 1,000,000,000,000.00 are accepted (one fen or one meal
// more is refused: TestCheckSubsidyInputErrors and below).
func TestSubsidySumsAtTheBound(t *testing.T) {
	t.Run("spending", func(t *testing.T) {
		// 999,999,966,400.00 of wages + 33,600.00 of food =
		// 1,000,000,000,000.00; the balance is 0 + 33,600.00 − 33,600.00 −
		// 999,999,966,400.00.
		a := account()
		a.Spending = []canteen.SubsidyLine{
			{Use: canteen.SubsidyWages, Amount: testkit.Dec("999999966400"), Voucher: "V-0930"},
			{Use: canteen.SubsidyFood, Amount: testkit.Dec("33600"), Voucher: "V-0901"},
		}
		r := checkOne(t, checker(t, nil), a)
		require.Equal(t, []houqin.Code{canteen.CodeSubsidyMisused}, codes(r.Findings))
		assert.Equal(t, houqin.Violation, r.Findings[0].Severity)
		assert.Equal(t, "V-0930", r.Findings[0].Subject)
		assert.Equal(t, []string{"amount=999999966400.00", "line=1"}, factStrings(r.Findings[0]))
		testkit.AssertFen(t, "33600", r.Food)
		testkit.AssertFen(t, "999999966400", r.Misused)
		testkit.AssertFen(t, "-999999966400", r.Balance)
	})
	t.Run("a balance", func(t *testing.T) {
		// −1,000,000,000,000.00 + 33,600.00 − 33,600.00.
		a := account()
		a.Opening = testkit.Dec("-1000000000000")
		r := checkOne(t, checker(t, nil), a)
		assert.Nil(t, r.Findings)
		testkit.AssertFen(t, "-1000000000000", r.Balance)
	})
	t.Run("the meal days", func(t *testing.T) {
		// A rate of 50.00 and a top-up of 50.00: 100.00 a day. 100,000
		// pupils × 100,000 days × 100.00 = 1,000,000,000,000.00 of
		// entitlement, and as much claimed for 100,000 meals a day.
		chk := checker(t, func(p *canteen.Policy) {
			p.SubsidyRates = []canteen.SubsidyRate{{From: date(2000, time.January, 1), Rate: testkit.Dec("50")}}
			p.SubsidyTopUp = testkit.Dec("50")
		})
		days := make([]canteen.MealDay, 100_001)
		for i, d := 0, date(2000, time.January, 1); i < len(days); i, d = i+1, d.AddDays(1) {
			days[i] = canteen.MealDay{Date: d, Meals: 100_000}
		}
		a := canteen.SubsidyAccount{School: "S01", Pupils: 100_000, Days: days[:100_000],
			Period: houqin.Period{From: days[0].Date, To: days[100_000].Date}}
		res, err := chk.CheckSubsidy(houqin.Date{}, []canteen.SubsidyAccount{a})
		require.NoError(t, err)
		require.Len(t, res, 1)
		assert.Nil(t, res[0].Findings)
		testkit.AssertFen(t, "1000000000000", res[0].Entitlement)
		testkit.AssertFen(t, "1000000000000", res[0].Claimed)

		// One meal more on the last day: 100.00 of claim beyond the bound.
		days[99_999].Meals++
		_, err = chk.CheckSubsidy(houqin.Date{}, []canteen.SubsidyAccount{a})
		assert.Equal(t, []string{"accounts[0].days"}, testkit.Fields(err))
		days[99_999].Meals--
		// One day more, without meals: 10,000,000.00 of entitlement beyond.
		days[100_000].Meals = 0
		a.Days = days
		_, err = chk.CheckSubsidy(houqin.Date{}, []canteen.SubsidyAccount{a})
		assert.Equal(t, []string{"accounts[0].days"}, testkit.Fields(err))
	})
}
