package canteen_test

import (
	"encoding/json"
	"maps"
	"strconv"
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

// cst is China Standard Time, in which a canteen logs its samples.
var cst = time.FixedZone("CST", 8*3600)

// at is a time on day d of September 2025 in China.
func at(d, hour, minute, second int) time.Time {
	return time.Date(2025, time.September, d, hour, minute, second, 0, cst)
}

// gramsFact is a fact of a weight in tenths of a gram.
func gramsFact(name string, tenths int64) houqin.Fact {
	return houqin.Fact{Name: name, Unit: houqin.UnitGrams, Value: tenths}
}

var sep = func(d int) houqin.Date { return day(time.September, d) }

func init() {
	maps.Copy(documented, map[houqin.Code]houqin.Finding{
		canteen.CodeSampleMissing: {Severity: houqin.Violation, Subject: "午餐/红烧肉", Facts: []houqin.Fact{houqin.DateFact("date", sep(1))}},
		canteen.CodeSampleUnderweight: {Severity: houqin.Violation, Subject: "午餐/红烧肉", Facts: []houqin.Fact{
			houqin.DateFact("date", sep(1)), gramsFact("weight", 1249), gramsFact("required", 1250), gramsFact("shortfall", 1)}},
		canteen.CodeSampleDiscardedEarly: {Severity: houqin.Violation, Subject: "午餐/红烧肉", Facts: []houqin.Fact{
			houqin.DateFact("date", sep(1)), houqin.CountFact("kept", 2879), houqin.CountFact("required", 2880), houqin.CountFact("shortfall", 1)}},
		canteen.CodeSampleUnlabelled: {Severity: houqin.Warning, Subject: "午餐/红烧肉", Facts: []houqin.Fact{houqin.DateFact("date", sep(1))}},
		canteen.CodeMealUnaccompanied: {Severity: houqin.Violation, Subject: "C001", Facts: []houqin.Fact{
			houqin.DateFact("from", sep(3)), houqin.DateFact("to", sep(8)), houqin.CountFact("days", 4), houqin.CountFact("meals", 5)}},
		canteen.CodeMorningCheckMissing: {Severity: houqin.Violation, Subject: "W7", Facts: []houqin.Fact{
			houqin.DateFact("first", sep(3)), houqin.CountFact("days", 1)}},
		canteen.CodeCertificateBeyondValidity: {Severity: houqin.Warning, Subject: "W7", Facts: []houqin.Fact{
			houqin.DateFact("issued", day(time.March, 1)), houqin.DateFact("expires", houqin.Date{Year: 2027, Month: time.February, Day: 28}),
			houqin.DateFact("latest", houqin.Date{Year: 2026, Month: time.March, Day: 1})}},
		canteen.CodeWorkedBeforeCertificate: {Severity: houqin.Violation, Subject: "W7", Facts: []houqin.Fact{
			houqin.DateFact("first_day", sep(1)), houqin.DateFact("issued", sep(15)), houqin.CountFact("days", 14)}},
		canteen.CodeSubsidyOverclaimed: {Severity: houqin.Violation, Subject: "S01", Facts: []houqin.Fact{
			houqin.CountFact("excess", 10), houqin.YuanFact("amount", 5000), houqin.CountFact("days", 1), houqin.CountFact("pupils", 320)}},
		canteen.CodeSubsidyMisused:      {Severity: houqin.Violation, Subject: "V-0930", Facts: []houqin.Fact{houqin.YuanFact("amount", 300000), houqin.CountFact("line", 2)}},
		canteen.CodeSubsidyCashToPupils: {Severity: houqin.Violation, Subject: "V-0931", Facts: []houqin.Fact{houqin.YuanFact("amount", 1500), houqin.CountFact("line", 3)}},
		canteen.CodeSubsidyLedgerMismatch: {Severity: houqin.Violation, Subject: "S01", Facts: []houqin.Fact{
			houqin.YuanFact("received", 3360000), houqin.YuanFact("booked", 3300000), houqin.YuanFact("difference", -60000)}},
		canteen.CodeSubsidyMixedAccounts: {Severity: houqin.Violation, Subject: "S01", Facts: []houqin.Fact{houqin.YuanFact("amount", 120000)}},
		canteen.CodeSubsidyCarryForwardMismatch: {Severity: houqin.Violation, Subject: "S01", Facts: []houqin.Fact{
			houqin.YuanFact("closing", 120050), houqin.YuanFact("opening", 100000), houqin.YuanFact("difference", -20050)}},
		canteen.CodeSubsidyBalanceAtTermEnd: {Severity: houqin.Warning, Subject: "S01", Facts: []houqin.Fact{
			houqin.YuanFact("balance", 50001), houqin.YuanFact("available", 1000000),
			houqin.PercentFact("ratio", 5_000_100), houqin.PercentFact("tolerance", houqin.RatioOne/20)}},
		canteen.CodeSubsidyPublishedLate: {Severity: houqin.Warning, Subject: "S01", Facts: []houqin.Fact{
			houqin.DateFact("due", day(time.October, 5)), houqin.DateFact("published", day(time.October, 6)), houqin.CountFact("days_late", 1)}},
		canteen.CodeSubsidyNotPublished: {Severity: houqin.Violation, Subject: "S01", Facts: []houqin.Fact{
			houqin.DateFact("due", day(time.October, 5)), houqin.CountFact("days_late", 26)}},
	})
}

// recordsFindings runs the rules of the records and of the subsidy so that
// every code of theirs is produced, for TestEntryPointsProduceDocumentedFacts.
func recordsFindings(t *testing.T, chk *canteen.Checker) houqin.Findings {
	t.Helper()
	r := week()
	r.Samples[0].Grams = testkit.Dec("124.9")
	r.Samples[1].Discarded = r.Samples[1].Taken.Add(47*time.Hour + 59*time.Minute)
	r.Samples[2].By = ""
	r.Samples = r.Samples[:len(r.Samples)-1]
	r.Accompanied = r.Accompanied[1:]
	r.MorningChecks = r.MorningChecks[1:]
	all, err := chk.CheckRecords(r)
	require.NoError(t, err)
	fs, err := chk.CheckStaff(canteen.Roster{Canteen: "C001", Period: sept, Workers: []canteen.Worker{
		{ID: "W7", FirstDay: sep(1), Serving: span(sep(20), sep(30)), Certificates: []houqin.Period{span(sep(15), houqin.Date{Year: 2026, Month: time.December, Day: 31})}},
	}})
	require.NoError(t, err)
	all = append(all, fs...)
	a := account()
	a.Days[0].Meals = 330
	a.Spending = append(a.Spending, canteen.SubsidyLine{Use: canteen.SubsidyWages, Amount: testkit.Dec("3000"), Voucher: "V-0930"},
		canteen.SubsidyLine{Use: canteen.SubsidyCash, Amount: testkit.Dec("15"), Voucher: "V-0931"})
	a.Income = append(a.Income, canteen.IncomeLine{Category: canteen.MealFees, Amount: testkit.Dec("1200")})
	a.Received = testkit.Dec("33000")
	b := account()
	b.Period = houqin.MonthPeriod(2026, time.January)
	b.Days = []canteen.MealDay{{Date: houqin.Date{Year: 2026, Month: time.January, Day: 5}, Meals: 1}}
	b.Income[0].Amount = testkit.Dec("5")
	b.Received = testkit.Dec("5")
	b.Spending = nil
	b.Published = houqin.Date{Year: 2026, Month: time.February, Day: 9}
	c := account()
	c.Period = houqin.MonthPeriod(2025, time.October)
	c.Days = nil
	c.Opening = testkit.Dec("1")
	c.Published = houqin.Date{}
	res, err := chk.CheckSubsidy(houqin.Date{Year: 2026, Month: time.March, Day: 1}, []canteen.SubsidyAccount{a, b, c})
	require.NoError(t, err)
	for _, r := range res {
		all = append(all, r.Findings...)
	}
	return all
}

// lunchDishes are the eight dishes of a lunch.
var lunchDishes = []string{"红烧肉", "炒青菜", "番茄炒蛋", "土豆丝", "紫菜汤", "米饭", "馒头", "水果"}

// week is canteen C001's records of Monday 1 to Monday 8 September 2025
// (no meals at the weekend): lunch and dinner each day, two dishes each,
// every dish sampled with 250 g kept 48 hours and labelled, every meal
// accompanied, two handlers checked every serving day (W7's check of
// 1 September first). Every rule holds.
func week() canteen.Records {
	r := canteen.Records{Canteen: "C001", Period: sept, MorningChecks: []canteen.MorningCheck{},
		Handlers: []canteen.Handler{{ID: "W7"}, {ID: "W8"}}}
	for _, d := range []int{1, 2, 3, 4, 5, 8} {
		for _, meal := range []struct {
			name string
			hour int
		}{{"午餐", 11}, {"晚餐", 17}} {
			r.Meals = append(r.Meals, canteen.Meal{Date: sep(d), Name: meal.name, Dishes: lunchDishes[:2]})
			for _, dish := range lunchDishes[:2] {
				taken := at(d, meal.hour, 30, 0)
				r.Samples = append(r.Samples, canteen.Sample{Date: sep(d), Meal: meal.name, Dish: dish,
					Grams: testkit.Dec("250"), Taken: taken, Discarded: taken.Add(48 * time.Hour), By: "李"})
			}
			r.Accompanied = append(r.Accompanied, canteen.Accompaniment{Date: sep(d), Meal: meal.name, By: "王校长"})
		}
		for _, h := range []string{"W7", "W8"} {
			r.MorningChecks = append(r.MorningChecks, canteen.MorningCheck{Date: sep(d), Handler: h})
		}
	}
	return r
}

func TestRecordsCompliant(t *testing.T) {
	fs, err := checker(t, nil).CheckRecords(week())
	require.NoError(t, err)
	assert.Nil(t, fs)
}

// TestSamples: the sample of each dish at and around its boundaries. The
// lunch of 1 September's first dish, 红烧肉, is changed; every other dish
// complies.
func TestSamples(t *testing.T) {
	taken := at(1, 11, 30, 0)
	tests := []struct {
		name   string
		policy func(*canteen.Policy)
		edit   func(*canteen.Sample)
		code   houqin.Code // "": no finding
		facts  []string    // after the date
	}{
		{name: "exactly 125 g", edit: func(s *canteen.Sample) { s.Grams = testkit.Dec("125") }},
		{name: "the most a sample may weigh: 10,000 g", edit: func(s *canteen.Sample) { s.Grams = testkit.Dec("10000") }},
		{name: "125.0 g written with a decimal", edit: func(s *canteen.Sample) { s.Grams = testkit.Dec("125.0") }},
		// 125.0 − 124.9 = 0.1 g short.
		{name: "124.9 g", edit: func(s *canteen.Sample) { s.Grams = testkit.Dec("124.9") },
			code: canteen.CodeSampleUnderweight, facts: []string{"weight=124.9", "required=125", "shortfall=0.1"}},
		{name: "nothing kept: 0 g", edit: func(s *canteen.Sample) { s.Grams = decimal.Zero },
			code: canteen.CodeSampleUnderweight, facts: []string{"weight=0", "required=125", "shortfall=125"}},
		{name: "200 g where the region requires it", policy: func(p *canteen.Policy) { p.SampleGrams = testkit.Dec("200") },
			edit: func(s *canteen.Sample) { s.Grams = testkit.Dec("200") }},
		// 200.0 − 199.9 = 0.1 g short.
		{name: "199.9 g where 200 g are required", policy: func(p *canteen.Policy) { p.SampleGrams = testkit.Dec("200") },
			edit: func(s *canteen.Sample) { s.Grams = testkit.Dec("199.9") },
			code: canteen.CodeSampleUnderweight, facts: []string{"weight=199.9", "required=200", "shortfall=0.1"}},
		{name: "weights not checked", policy: func(p *canteen.Policy) { p.SampleGrams = decimal.Zero },
			edit: func(s *canteen.Sample) { s.Grams = decimal.Zero }},
		{name: "kept exactly 48 h", edit: func(s *canteen.Sample) { s.Discarded = taken.Add(48 * time.Hour) }},
		{name: "kept 48 h, discarded in another time zone", edit: func(s *canteen.Sample) { s.Discarded = taken.Add(48 * time.Hour).UTC() }},
		// 48 h is 2,880 minutes; 47 h 59 min is 2,879: a minute short.
		{name: "kept 47 h 59 min", edit: func(s *canteen.Sample) { s.Discarded = taken.Add(47*time.Hour + 59*time.Minute) },
			code: canteen.CodeSampleDiscardedEarly, facts: []string{"kept=2879", "required=2880", "shortfall=1"}},
		// 47:59:59 is 2,879 whole minutes: still a minute short, never 0.
		{name: "kept a second less than 48 h", edit: func(s *canteen.Sample) { s.Discarded = taken.Add(48*time.Hour - time.Second) },
			code: canteen.CodeSampleDiscardedEarly, facts: []string{"kept=2879", "required=2880", "shortfall=1"}},
		// 24 h is 1,440 minutes: 1,440 short of 2,880.
		{name: "kept 24 h under the older rule's habit", edit: func(s *canteen.Sample) { s.Discarded = taken.Add(24 * time.Hour) },
			code: canteen.CodeSampleDiscardedEarly, facts: []string{"kept=1440", "required=2880", "shortfall=1440"}},
		{name: "24 h where the region keeps the older rule", policy: func(p *canteen.Policy) { p.SampleHours = 24 },
			edit: func(s *canteen.Sample) { s.Discarded = taken.Add(24 * time.Hour) }},
		{name: "discarded at once, times not checked", policy: func(p *canteen.Policy) { p.SampleHours = 0 },
			edit: func(s *canteen.Sample) { s.Discarded = taken }},
		{name: "still kept", edit: func(s *canteen.Sample) { s.Discarded = time.Time{} }},
		{name: "no person on the label", edit: func(s *canteen.Sample) { s.By = "" }, code: canteen.CodeSampleUnlabelled},
		{name: "no time on the label: how long it was kept is unknown", edit: func(s *canteen.Sample) { s.Taken = time.Time{} },
			code: canteen.CodeSampleUnlabelled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := week()
			tt.edit(&r.Samples[0])
			fs, err := checker(t, tt.policy).CheckRecords(r)
			require.NoError(t, err)
			if tt.code == "" {
				assert.Nil(t, fs)
				return
			}
			require.Equal(t, []houqin.Code{tt.code}, codes(fs))
			assert.Equal(t, "午餐/红烧肉", fs[0].Subject)
			assert.Equal(t, append([]string{"date=2025-09-01"}, tt.facts...), factStrings(fs[0]))
			want := houqin.Violation
			if tt.code == canteen.CodeSampleUnlabelled {
				want = houqin.Warning
			}
			assert.Equal(t, want, fs[0].Severity)
		})
	}
}

func TestSampleMissing(t *testing.T) {
	r := week()
	// Drop the samples of 3 September's dinner (samples 10 and 11) and of
	// 8 September's lunch, second dish (sample 21).
	r.Samples = append(append(r.Samples[:10:10], r.Samples[12:21]...), r.Samples[22:]...)
	fs, err := checker(t, nil).CheckRecords(r)
	require.NoError(t, err)
	require.Equal(t, []houqin.Code{canteen.CodeSampleMissing, canteen.CodeSampleMissing, canteen.CodeSampleMissing}, codes(fs))
	var got []string
	for _, f := range fs {
		assert.Equal(t, houqin.Violation, f.Severity)
		got = append(got, f.Subject+" "+strings.Join(factStrings(f), " "))
	}
	assert.ElementsMatch(t, []string{"晚餐/红烧肉 date=2025-09-03", "晚餐/炒青菜 date=2025-09-03", "午餐/炒青菜 date=2025-09-08"}, got)

	r.Samples = nil
	fs, err = checker(t, nil).CheckRecords(r)
	require.NoError(t, err)
	assert.Len(t, fs, 24, "no sample log: every dish of every meal is missing one")
}

// TestSampleSeveralRules: one sample can break several rules at once.
func TestSampleSeveralRules(t *testing.T) {
	r := week()
	r.Samples[0].Grams = testkit.Dec("100")
	r.Samples[0].By = ""
	r.Samples[0].Discarded = r.Samples[0].Taken.Add(time.Hour)
	fs, err := checker(t, nil).CheckRecords(r)
	require.NoError(t, err)
	assert.Equal(t, []houqin.Code{canteen.CodeSampleDiscardedEarly, canteen.CodeSampleUnderweight, canteen.CodeSampleUnlabelled}, codes(fs))
}

// TestMealsUnaccompanied: runs of serving days with a meal missed. The week
// serves on 1–5 and 8 September; accompanied lists lunch then dinner of
// each day, so entry 2d is the lunch and 2d+1 the dinner of serving day d.
func TestMealsUnaccompanied(t *testing.T) {
	tests := []struct {
		name   string
		drop   []int // entries of the log to drop
		policy func(*canteen.Policy)
		want   [][]string
	}{
		{name: "every meal accompanied"},
		{name: "one lunch missed", drop: []int{4},
			want: [][]string{{"from=2025-09-03", "to=2025-09-03", "days=1", "meals=1"}}},
		{name: "both meals of a day", drop: []int{4, 5},
			want: [][]string{{"from=2025-09-03", "to=2025-09-03", "days=1", "meals=2"}}},
		// 3, 4, 5 and 8 September are consecutive serving days: the weekend
		// has no meals and does not break the run. 1 + 2 + 1 + 1 = 5 meals.
		{name: "a run across the weekend", drop: []int{5, 6, 7, 8, 10},
			want: [][]string{{"from=2025-09-03", "to=2025-09-08", "days=4", "meals=5"}}},
		{name: "two runs: 2 September is accompanied between them", drop: []int{1, 4},
			want: [][]string{{"from=2025-09-01", "to=2025-09-01", "days=1", "meals=1"}, {"from=2025-09-03", "to=2025-09-03", "days=1", "meals=1"}}},
		{name: "no log at all", drop: []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
			want: [][]string{{"from=2025-09-01", "to=2025-09-08", "days=6", "meals=12"}}},
		{name: "not checked", drop: []int{4}, policy: func(p *canteen.Policy) { p.AccompaniedMeals = false }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := week()
			var kept []canteen.Accompaniment
			for i, a := range r.Accompanied {
				if !contains(tt.drop, i) {
					kept = append(kept, a)
				}
			}
			r.Accompanied = kept
			fs, err := checker(t, tt.policy).CheckRecords(r)
			require.NoError(t, err)
			var got [][]string
			for _, f := range fs {
				assert.Equal(t, canteen.CodeMealUnaccompanied, f.Code)
				assert.Equal(t, houqin.Violation, f.Severity)
				assert.Equal(t, "C001", f.Subject)
				got = append(got, factStrings(f))
			}
			assert.Equal(t, tt.want, got)
		})
	}
	r := week()
	r.Accompanied = append(r.Accompanied, r.Accompanied[0])
	r.Accompanied[len(r.Accompanied)-1].By = "李副校长"
	fs, err := checker(t, nil).CheckRecords(r)
	require.NoError(t, err)
	assert.Nil(t, fs, "two leaders at a meal")
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func TestMorningChecks(t *testing.T) {
	tests := []struct {
		name string
		edit func(*canteen.Records)
		want map[string][]string // handler: facts
	}{
		{name: "every handler checked every serving day", edit: func(*canteen.Records) {}},
		{name: "no log kept: not judged", edit: func(r *canteen.Records) { r.MorningChecks = nil }},
		{name: "an empty log: nobody checked",
			edit: func(r *canteen.Records) { r.MorningChecks = []canteen.MorningCheck{} },
			want: map[string][]string{"W7": {"first=2025-09-01", "days=6"}, "W8": {"first=2025-09-01", "days=6"}}},
		{name: "W7 unchecked on the first day",
			edit: func(r *canteen.Records) { r.MorningChecks = r.MorningChecks[1:] },
			want: map[string][]string{"W7": {"first=2025-09-01", "days=1"}}},
		{name: "W8 joined on 3 September: not due before",
			edit: func(r *canteen.Records) {
				r.Handlers[1].Serving = span(sep(3), sep(30))
				r.MorningChecks = r.MorningChecks[:0:0]
			},
			want: map[string][]string{"W7": {"first=2025-09-01", "days=6"}, "W8": {"first=2025-09-03", "days=4"}}},
		{name: "W8 left on 2 September",
			edit: func(r *canteen.Records) {
				r.Handlers[1].Serving = span(sep(1), sep(2))
				var kept []canteen.MorningCheck
				for _, c := range r.MorningChecks {
					if c.Handler == "W7" || c.Date.Day <= 2 {
						kept = append(kept, c)
					}
				}
				r.MorningChecks = kept
			}},
		{name: "a check on a Saturday does not stand for Monday",
			edit: func(r *canteen.Records) {
				for i, c := range r.MorningChecks {
					if c.Handler == "W8" && c.Date == sep(8) {
						r.MorningChecks[i].Date = sep(6)
					}
				}
			},
			want: map[string][]string{"W8": {"first=2025-09-08", "days=1"}}},
		{name: "a check logged twice",
			edit: func(r *canteen.Records) { r.MorningChecks = append(r.MorningChecks, r.MorningChecks[3]) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := week()
			tt.edit(&r)
			fs, err := checker(t, nil).CheckRecords(r)
			require.NoError(t, err)
			got := map[string][]string{}
			for _, f := range fs {
				assert.Equal(t, canteen.CodeMorningCheckMissing, f.Code)
				assert.Equal(t, houqin.Violation, f.Severity)
				got[f.Subject] = factStrings(f)
			}
			if tt.want == nil {
				tt.want = map[string][]string{}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestMorningChecksLongPeriod: the serving days of more than one word of
// the bitset.
func TestMorningChecksLongPeriod(t *testing.T) {
	r := canteen.Records{Canteen: "C001", Period: houqin.Period{From: houqin.Date{Year: 2025, Month: time.January, Day: 1}, To: houqin.Date{Year: 2025, Month: time.December, Day: 31}},
		Handlers: []canteen.Handler{{ID: "W1"}, {ID: "W2"}}, MorningChecks: []canteen.MorningCheck{}}
	for d := r.Period.From; !d.After(r.Period.To); d = d.AddDays(1) {
		r.Meals = append(r.Meals, canteen.Meal{Date: d, Name: "午餐", Dishes: []string{"米饭"}})
		r.Samples = append(r.Samples, canteen.Sample{Date: d, Meal: "午餐", Dish: "米饭", Grams: testkit.Dec("130"), Taken: time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, cst), By: "李"})
		r.Accompanied = append(r.Accompanied, canteen.Accompaniment{Date: d, Meal: "午餐", By: "王"})
		r.MorningChecks = append(r.MorningChecks, canteen.MorningCheck{Date: d, Handler: "W1"})
		if d.Month != time.December || d.Day != 31 {
			r.MorningChecks = append(r.MorningChecks, canteen.MorningCheck{Date: d, Handler: "W2"})
		}
	}
	fs, err := checker(t, nil).CheckRecords(r)
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, "W2", fs[0].Subject)
	assert.Equal(t, []string{"first=2025-12-31", "days=1"}, factStrings(fs[0]))
}

func TestCheckRecordsInputErrors(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*canteen.Records)
		fields []string
	}{
		{"missing canteen and period", func(r *canteen.Records) { r.Canteen, r.Period = "", houqin.Period{} }, []string{"canteen", "period.from"}},
		{"negative weight", func(r *canteen.Records) { r.Samples[2].Grams = testkit.Dec("-125") }, []string{"samples[2].grams"}},
		{"finer than 0.1 g", func(r *canteen.Records) { r.Samples[2].Grams = testkit.Dec("124.95") }, []string{"samples[2].grams"}},
		{"beyond 10 kg", func(r *canteen.Records) { r.Samples[2].Grams = testkit.Dec("10000.1") }, []string{"samples[2].grams"}},
		{"a hostile exponent", func(r *canteen.Records) { r.Samples[2].Grams = decimal.New(1, 1_000_000_000) }, []string{"samples[2].grams"}},
		{"a hostile negative exponent", func(r *canteen.Records) { r.Samples[2].Grams = decimal.New(1, -1_000_000_000) }, []string{"samples[2].grams"}},
		{"discarded before it was taken", func(r *canteen.Records) { r.Samples[2].Discarded = r.Samples[2].Taken.Add(-time.Second) }, []string{"samples[2].discarded"}},
		{"a sample of a dish not served", func(r *canteen.Records) { r.Samples[2].Dish = "鱼香肉丝" }, []string{"samples[2].dish"}},
		{"a sample of a meal not served", func(r *canteen.Records) { r.Samples[2].Meal = "早餐" }, []string{"samples[2]"}},
		{"a sample without a dish", func(r *canteen.Records) { r.Samples[2].Dish = "" }, []string{"samples[2].dish"}},
		{"a second sample of a dish", func(r *canteen.Records) { r.Samples = append(r.Samples, r.Samples[2]) }, []string{"samples[24]"}},
		{"a sample outside the period", func(r *canteen.Records) { r.Samples[2].Date = day(time.October, 1) }, []string{"samples[2].date"}},
		{"a sample dated 31 September", func(r *canteen.Records) { r.Samples[2].Date = sep(31) }, []string{"samples[2].date"}},
		{"a meal outside the period", func(r *canteen.Records) { r.Meals[0].Date = day(time.August, 29) }, []string{"meals[0].date", "samples[0]", "samples[1]", "accompanied[0]"}},
		{"a meal listed twice", func(r *canteen.Records) { r.Meals = append(r.Meals, r.Meals[3]) }, []string{"meals[12].name"}},
		{"a meal without a name", func(r *canteen.Records) {
			r.Meals = append(r.Meals, canteen.Meal{Date: sep(9), Dishes: []string{"米饭"}})
		}, []string{"meals[12].name"}},
		{"a meal without dishes", func(r *canteen.Records) { r.Meals = append(r.Meals, canteen.Meal{Date: sep(9), Name: "早餐"}) }, []string{"meals[12].dishes"}},
		{"a dish listed twice", func(r *canteen.Records) { r.Meals[1].Dishes = []string{"红烧肉", "红烧肉"} }, []string{"meals[1].dishes[1]", "samples[3].dish"}},
		{"a dish with a long name", func(r *canteen.Records) { r.Meals[0].Dishes = []string{strings.Repeat("菜", 100), "炒青菜"} }, []string{"meals[0].dishes[0]", "samples[0].dish"}},
		{"an accompanied meal not served", func(r *canteen.Records) { r.Accompanied[0].Meal = "早餐" }, []string{"accompanied[0]"}},
		{"an accompanied meal without the leader", func(r *canteen.Records) { r.Accompanied[0].By = "" }, []string{"accompanied[0].by"}},
		{"an accompanied meal outside the period", func(r *canteen.Records) { r.Accompanied[0].Date = day(time.October, 1) }, []string{"accompanied[0].date"}},
		{"a handler listed twice", func(r *canteen.Records) { r.Handlers = append(r.Handlers, canteen.Handler{ID: "W7"}) }, []string{"handlers[2].id"}},
		{"a handler without ID", func(r *canteen.Records) { r.Handlers = append(r.Handlers, canteen.Handler{}) }, []string{"handlers[2].id"}},
		{"a handler serving outside the period", func(r *canteen.Records) { r.Handlers[0].Serving = span(sep(20), day(time.October, 3)) }, []string{"handlers[0].serving"}},
		{"a handler serving backwards", func(r *canteen.Records) { r.Handlers[0].Serving = span(sep(20), sep(3)) }, []string{"handlers[0].serving.to"}},
		{"a check of someone not a handler", func(r *canteen.Records) { r.MorningChecks[0].Handler = "W9" }, []string{"morning_checks[0].handler"}},
		{"a check of nobody", func(r *canteen.Records) { r.MorningChecks[0].Handler = "" }, []string{"morning_checks[0].handler"}},
		{"a check outside the period", func(r *canteen.Records) { r.MorningChecks[0].Date = day(time.October, 1) }, []string{"morning_checks[0].date"}},
	}
	chk := checker(t, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := week()
			tt.edit(&r)
			fs, err := chk.CheckRecords(r)
			assert.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
			assert.Nil(t, fs)
		})
	}
	var nilChecker *canteen.Checker
	_, err := nilChecker.CheckRecords(week())
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
}

func TestRecordsJSON(t *testing.T) {
	r := week()
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var back canteen.Records
	require.NoError(t, json.Unmarshal(b, &back))
	fs, err := checker(t, nil).CheckRecords(back)
	require.NoError(t, err)
	assert.Nil(t, fs)
	assert.Contains(t, string(b), `"grams":"250"`)
	assert.Contains(t, string(b), `"taken":"2025-09-01T11:30:00+08:00"`)

	var nolog canteen.Records
	require.NoError(t, json.Unmarshal([]byte(`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"}}`), &nolog))
	assert.Nil(t, nolog.MorningChecks, "no log in JSON is no log")
	require.NoError(t, json.Unmarshal([]byte(`{"morning_checks":[]}`), &nolog))
	assert.NotNil(t, nolog.MorningChecks, "an empty log is a log")
}

// TestBigMeal: a meal of more dishes than a school serves (a buffet) is
// indexed by name.
func TestBigMeal(t *testing.T) {
	r := canteen.Records{Canteen: "C001", Period: sept}
	meal := canteen.Meal{Date: sep(1), Name: "自助餐"}
	for i := range 40 {
		meal.Dishes = append(meal.Dishes, "菜"+strings.Repeat("一", i+1))
	}
	r.Meals = []canteen.Meal{meal}
	r.Accompanied = []canteen.Accompaniment{{Date: sep(1), Meal: "自助餐", By: "王"}}
	for _, d := range meal.Dishes[1:] {
		r.Samples = append(r.Samples, canteen.Sample{Date: sep(1), Meal: "自助餐", Dish: d, Grams: testkit.Dec("125"), Taken: at(1, 12, 0, 0), By: "李"})
	}
	fs, err := checker(t, nil).CheckRecords(r)
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, "自助餐/菜一", fs[0].Subject)

	r.Samples[0].Dish = "鱼"
	r.Meals[0].Dishes = append(r.Meals[0].Dishes, r.Meals[0].Dishes[3])
	_, err = checker(t, nil).CheckRecords(r)
	assert.Equal(t, []string{"meals[0].dishes[40]", "samples[0].dish"}, testkit.Fields(err))
}

// TestMealsOfAnySize: every dish of a meal is found by its name, whatever
// the number of dishes, from one to a buffet's: each dish but the last is
// sampled, and the last is the one sample missing.
func TestMealsOfAnySize(t *testing.T) {
	for _, n := range []int{1, 2, 31, 32, 33, 40} {
		r := canteen.Records{Canteen: "C001", Period: sept}
		meal := canteen.Meal{Date: sep(1), Name: "自助餐"}
		for i := range n {
			meal.Dishes = append(meal.Dishes, "菜"+strconv.Itoa(i+1))
		}
		r.Meals = []canteen.Meal{meal}
		r.Accompanied = []canteen.Accompaniment{{Date: sep(1), Meal: "自助餐", By: "王"}}
		for _, d := range meal.Dishes[:n-1] {
			r.Samples = append(r.Samples, canteen.Sample{Date: sep(1), Meal: "自助餐", Dish: d, Grams: testkit.Dec("125"), Taken: at(1, 12, 0, 0), By: "李"})
		}
		fs, err := checker(t, nil).CheckRecords(r)
		require.NoError(t, err, "%d dishes", n)
		require.Equal(t, []houqin.Code{canteen.CodeSampleMissing}, codes(fs), "%d dishes", n)
		assert.Equal(t, "自助餐/菜"+strconv.Itoa(n), fs[0].Subject)
		assert.Equal(t, houqin.Violation, fs[0].Severity)
		assert.Equal(t, []string{"date=2025-09-01"}, factStrings(fs[0]))
	}
}

// TestRecordsWithoutMeals: a month in which no meal was served has nothing
// to sample, accompany or check, even with handlers and a log of morning
// checks.
func TestRecordsWithoutMeals(t *testing.T) {
	r := canteen.Records{Canteen: "C001", Period: sept}
	fs, err := checker(t, nil).CheckRecords(r)
	require.NoError(t, err)
	assert.Nil(t, fs)

	r.Handlers = []canteen.Handler{{ID: "W7"}}
	r.MorningChecks = []canteen.MorningCheck{{Date: sep(1), Handler: "W7"}}
	fs, err = checker(t, nil).CheckRecords(r)
	require.NoError(t, err)
	assert.Nil(t, fs)

	// Only a meal that is not valid input: an error, and still nothing
	// to order.
	r.Meals = []canteen.Meal{{Date: sep(31), Name: "午餐", Dishes: []string{"米饭"}}}
	_, err = checker(t, nil).CheckRecords(r)
	assert.Equal(t, []string{"meals[0].date"}, testkit.Fields(err))
}

// TestRecordsNamesOfTheLimit: a name of exactly 256 bytes (a meal's, a
// handler's) is a name; 257 bytes are refused.
func TestRecordsNamesOfTheLimit(t *testing.T) {
	rename := func(r *canteen.Records, meal, handler string) {
		// The lunch of 1 September is meals[0], sampled by samples[0] and
		// [1] and accompanied by accompanied[0]; W7 is handlers[0], checked
		// by morning_checks[0], [2], [4] … of the six serving days.
		r.Meals[0].Name, r.Samples[0].Meal, r.Samples[1].Meal, r.Accompanied[0].Meal = meal, meal, meal, meal
		r.Handlers[0].ID = handler
		for i := range r.MorningChecks {
			if r.MorningChecks[i].Handler == "W7" {
				r.MorningChecks[i].Handler = handler
			}
		}
	}
	r := week()
	rename(&r, strings.Repeat("m", 256), strings.Repeat("h", 256))
	fs, err := checker(t, nil).CheckRecords(r)
	require.NoError(t, err)
	assert.Nil(t, fs, "every rule holds, as in week()")

	r = week()
	rename(&r, strings.Repeat("m", 257), strings.Repeat("h", 257))
	_, err = checker(t, nil).CheckRecords(r)
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	assert.Equal(t, []string{"meals[0].name", "samples[0].meal", "samples[1].meal", "accompanied[0].meal",
		"handlers[0].id", "morning_checks[0].handler", "morning_checks[2].handler", "morning_checks[4].handler",
		"morning_checks[6].handler", "morning_checks[8].handler", "morning_checks[10].handler"}, testkit.Fields(err))
	assert.Contains(t, err.Error(), "longer than 256 bytes")
}

// TestListedTwiceNamesTheFirst: a meal or a sample given twice is refused
// at the second, whose reason names the first.
func TestListedTwiceNamesTheFirst(t *testing.T) {
	// meals[12] repeats meals[3] (the dinner of 2 September); meals
	// served later follow it in the order of days.
	r := week()
	r.Meals = append(r.Meals, r.Meals[3])
	_, err := checker(t, nil).CheckRecords(r)
	assert.Equal(t, []string{"meals[12].name"}, testkit.Fields(err))
	assert.Contains(t, err.Error(), "of 2025-09-02 is listed twice, first as meals[3]")
	// The last meal served (the dinner of 8 September, meals[11]) twice.
	r = week()
	r.Meals = append(r.Meals, r.Meals[11])
	_, err = checker(t, nil).CheckRecords(r)
	assert.Equal(t, []string{"meals[12].name"}, testkit.Fields(err))
	assert.Contains(t, err.Error(), "of 2025-09-08 is listed twice, first as meals[11]")

	// samples[24] repeats samples[2] (the first dish of 1 September's
	// dinner).
	r = week()
	r.Samples = append(r.Samples, r.Samples[2])
	_, err = checker(t, nil).CheckRecords(r)
	assert.Equal(t, []string{"samples[24]"}, testkit.Fields(err))
	assert.Contains(t, err.Error(), "a second sample of the dish, first as samples[2]")
}
