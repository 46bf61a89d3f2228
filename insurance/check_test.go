package insurance

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func defaultChecker(t testing.TB) *Checker {
	t.Helper()
	c, err := New(DefaultPolicy())
	require.NoError(t, err)
	return c
}

// factsOf returns the facts of a finding as "name=value" strings, values
// in JSON form, for compact assertions.
func factsOf(f houqin.Finding) []string {
	out := make([]string, len(f.Facts))
	for i, x := range f.Facts {
		b, _ := json.Marshal(x)
		var j struct{ Value string }
		_ = json.Unmarshal(b, &j)
		out[i] = x.Name + "=" + j.Value
	}
	return out
}

func TestDefaultPolicy(t *testing.T) {
	p := DefaultPolicy()
	require.NoError(t, p.Validate())
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var back Policy
	require.NoError(t, json.Unmarshal(b, &back))
	require.NoError(t, back.Validate())
	c1, c2 := defaultChecker(t), must(New(back))
	assert.Equal(t, c1.rules, c2.rules, "the policy survives JSON")
	r := c1.rules[SchoolLiability]
	assert.Equal(t, rules{
		required: houqin.RatioOne, schoolPays: true, premMin: 390, premMax: 800,
		deadline: 24 * time.Hour, limit: 60_000_000, accident: 2_000_000_000,
		public: 1<<FundRunningBudget | 1<<FundWorkStudy, private: 1 << FundOwn,
		yearStart: houqin.MonthDay{Month: time.September, Day: 1},
	}, r)
	assert.True(t, c1.rules[StudentAccident].voluntary)
	assert.True(t, c1.rules[InternshipLiability].schoolPays)

	// Policy returns a copy.
	cp := c1.Policy()
	delete(cp.Kinds, SchoolLiability)
	assert.Contains(t, c1.Policy().Kinds, SchoolLiability)

	// The zero policy has no rules.
	z, err := New(Policy{})
	require.NoError(t, err)
	fs, err := z.CheckCoverage([]Enrollment{{"S1", SchoolLiability, 10, 0}})
	require.NoError(t, err)
	assert.Empty(t, fs)
}

func parseDay(s string) houqin.Date {
	var d houqin.Date
	if err := d.UnmarshalText([]byte(s)); err != nil {
		panic(err)
	}
	return d
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestPolicyValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(k *KindPolicy)
		field  string
	}{
		{"required coverage above 100%", func(k *KindPolicy) { k.RequiredCoverage = yuan("1.00000001") }, "policy.kinds.school_liability.required_coverage"},
		{"negative required coverage", func(k *KindPolicy) { k.RequiredCoverage = yuan("-0.5") }, "policy.kinds.school_liability.required_coverage"},
		{"required coverage with nine decimals", func(k *KindPolicy) { k.RequiredCoverage = yuan("0.999999999") }, "policy.kinds.school_liability.required_coverage"},
		{"required coverage with a hostile exponent", func(k *KindPolicy) { k.RequiredCoverage = decimal.New(1, -1_000_000_000) }, "policy.kinds.school_liability.required_coverage"},
		{"school-paid and voluntary", func(k *KindPolicy) { k.Voluntary = true }, "policy.kinds.school_liability.voluntary"},
		{"negative minimum", func(k *KindPolicy) { k.PremiumMin = yuan("-1") }, "policy.kinds.school_liability.premium_min"},
		{"minimum with three decimals", func(k *KindPolicy) { k.PremiumMin = yuan("3.905") }, "policy.kinds.school_liability.premium_min"},
		{"negative maximum", func(k *KindPolicy) { k.PremiumMax = yuan("-8") }, "policy.kinds.school_liability.premium_max"},
		{"maximum below minimum", func(k *KindPolicy) { k.PremiumMax = yuan("3.89") }, "policy.kinds.school_liability.premium_max"},
		{"negative deadline", func(k *KindPolicy) { k.ReportDeadlineHours = -1 }, "policy.kinds.school_liability.report_deadline_hours"},
		{"deadline beyond a year", func(k *KindPolicy) { k.ReportDeadlineHours = 8785 }, "policy.kinds.school_liability.report_deadline_hours"},
		{"negative limit", func(k *KindPolicy) { k.PerPupilLimit = yuan("-600000") }, "policy.kinds.school_liability.per_pupil_limit"},
		{"limit beyond the bound", func(k *KindPolicy) { k.PerPupilLimit = yuan("1000000000000.01") }, "policy.kinds.school_liability.per_pupil_limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := DefaultPolicy()
			k := p.Kinds[SchoolLiability]
			tt.change(&k)
			p.Kinds[SchoolLiability] = k
			requireField(t, p.Validate(), tt.field)
			_, err := New(p)
			requireField(t, err, tt.field)
		})
	}
	t.Run("accepted boundaries", func(t *testing.T) {
		p := DefaultPolicy()
		k := p.Kinds[SchoolLiability]
		k.RequiredCoverage, k.ReportDeadlineHours, k.PremiumMax = yuan("0"), 8784, yuan("3.90")
		p.Kinds[SchoolLiability] = k
		p.Kinds[SchoolProperty] = KindPolicy{PremiumMin: yuan("5")} // a minimum without a maximum
		assert.NoError(t, p.Validate())
	})
	t.Run("every problem at once", func(t *testing.T) {
		p := Policy{Kinds: map[Kind]KindPolicy{
			SchoolLiability: {RequiredCoverage: yuan("2"), PremiumMin: yuan("-1")},
			StudentAccident: {SchoolPays: true, Voluntary: true},
			"no_such_kind":  {},
			"Bad Kind":      {},
		}}
		err := p.Validate()
		var fields []string
		for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
			var ie *houqin.InputError
			require.True(t, errors.As(e, &ie))
			fields = append(fields, ie.Field)
		}
		assert.Equal(t, []string{
			"policy.kinds.school_liability.required_coverage",
			"policy.kinds.school_liability.premium_min",
			"policy.kinds.student_accident.voluntary",
			"policy.kinds",
			"policy.kinds.no_such_kind.name",
		}, fields, "in the order of the kinds, deterministically")
	})
}

func TestCheckCoverage(t *testing.T) {
	p := DefaultPolicy()
	p.Kinds[InternshipLiability] = KindPolicy{SchoolPays: true, RequiredCoverage: yuan("0.95")}
	c := must(New(p))
	tests := []struct {
		name  string
		row   Enrollment
		facts []string    // nil: no finding
		code  houqin.Code // "": CodeCoverageBelowRequired
	}{
		{"full coverage", Enrollment{"S1", SchoolLiability, 200, 200}, nil, ""},
		{"one pupil short", Enrollment{"S1", SchoolLiability, 200, 199}, []string{"rate=0.995", "required=1", "uninsured=1", "enrolled=200", "insured=199"}, ""},
		// Nobody insured of people who must be is insurance.nobody_insured,
		// with the required rate and everyone uninsured, never "0 insured";
		// one insured is the least coverage_below_required speaks of:
		// 1 ÷ 7 = 14.285714%, 1 ÷ 2 = 50%.
		{"nobody of 1", Enrollment{"S1", SchoolLiability, 1, 0}, []string{"required=1", "uninsured=1"}, CodeNobodyInsured},
		{"nobody of 7", Enrollment{"S1", SchoolLiability, 7, 0}, []string{"required=1", "uninsured=7"}, CodeNobodyInsured},
		{"nobody of 10,000,000", Enrollment{"S1", SchoolLiability, 10_000_000, 0}, []string{"required=1", "uninsured=10000000"}, CodeNobodyInsured},
		{"nobody of 20 at 95%", Enrollment{"S1", InternshipLiability, 20, 0}, []string{"required=0.95", "uninsured=20"}, CodeNobodyInsured},
		{"1 of 2", Enrollment{"S1", SchoolLiability, 2, 1}, []string{"rate=0.5", "required=1", "uninsured=1", "enrolled=2", "insured=1"}, ""},
		{"one insured", Enrollment{"S1", SchoolLiability, 7, 1}, []string{"rate=0.14285714", "required=1", "uninsured=6", "enrolled=7", "insured=1"}, ""},
		{"nobody enrolled", Enrollment{"S1", SchoolLiability, 0, 0}, nil, ""},
		{"one of a big school short", Enrollment{"S1", SchoolLiability, 9_999_999, 9_999_998}, []string{"rate=0.9999999", "required=1", "uninsured=1", "enrolled=9999999", "insured=9999998"}, ""},
		// 95% of 200 is 190.
		{"exactly 95%", Enrollment{"S1", InternshipLiability, 200, 190}, nil, ""},
		{"just below 95%", Enrollment{"S1", InternshipLiability, 200, 189}, []string{"rate=0.945", "required=0.95", "uninsured=11", "enrolled=200", "insured=189"}, ""},
		// 95% of 21 is 19.95: 20 complies, 19 does not.
		{"95% of 21, rounded up", Enrollment{"S1", InternshipLiability, 21, 20}, nil, ""},
		{"95% of 21, short", Enrollment{"S1", InternshipLiability, 21, 19}, []string{"rate=0.9047619", "required=0.95", "uninsured=2", "enrolled=21", "insured=19"}, ""},
		{"voluntary kind: no requirement", Enrollment{"S1", StudentAccident, 200, 3}, nil, ""},
		{"voluntary kind, nobody insured", Enrollment{"S1", StudentAccident, 5, 0}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := c.CheckCoverage([]Enrollment{tt.row})
			require.NoError(t, err)
			if tt.facts == nil {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			want := tt.code
			if want == "" {
				want = CodeCoverageBelowRequired
			}
			assert.Equal(t, want, fs[0].Code)
			assert.Equal(t, houqin.Violation, fs[0].Severity)
			assert.Equal(t, "S1/"+string(tt.row.Kind), fs[0].Subject)
			assert.Equal(t, tt.facts, factsOf(fs[0]))
		})
	}
}

func TestCoverageRefuses(t *testing.T) {
	tests := []struct {
		name  string
		rows  []Enrollment
		field string
	}{
		{"missing school", []Enrollment{{"", SchoolLiability, 1, 1}}, "enrollments[0].school"},
		{"unknown kind", []Enrollment{{"S1", "liability", 1, 1}}, "enrollments[0].kind"},
		{"negative enrolled", []Enrollment{{"S1", SchoolLiability, -1, 0}}, "enrollments[0].enrolled"},
		{"too many enrolled", []Enrollment{{"S1", SchoolLiability, 10_000_001, 0}}, "enrollments[0].enrolled"},
		{"negative insured", []Enrollment{{"S1", SchoolLiability, 5, -1}}, "enrollments[0].insured"},
		{"more insured than enrolled", []Enrollment{{"S1", SchoolLiability, 5, 6}}, "enrollments[0].insured"},
		{"same school and kind twice", []Enrollment{{"S1", SchoolLiability, 5, 5}, {"S2", SchoolLiability, 5, 5}, {"S1", SchoolLiability, 6, 6}}, "enrollments[2]"},
	}
	c := defaultChecker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.CheckCoverage(tt.rows)
			requireField(t, err, tt.field)
			_, err = testChecker.Coverage(tt.rows)
			requireField(t, err, tt.field)
			_, err = c.Check(Input{Enrollments: tt.rows})
			requireField(t, err, tt.field)
		})
	}
}

func TestCoverageOf(t *testing.T) {
	rep, err := testChecker.Coverage([]Enrollment{
		{"S2", StudentAccident, 300, 240},
		{"S2", SchoolLiability, 300, 300},
		{"S1", SchoolLiability, 120, 119},
		{"S3", SchoolLiability, 0, 0},
	})
	require.NoError(t, err)
	assert.Equal(t, []Coverage{
		{"S1", SchoolLiability, 120, 119, 1, 99_166_667}, // 119/120 = 0.991666…, half-up
		{"S2", SchoolLiability, 300, 300, 0, houqin.RatioOne},
		{"S2", StudentAccident, 300, 240, 60, 80_000_000},
		{"S3", SchoolLiability, 0, 0, 0, houqin.RatioOne},
	}, rep.Schools)
	assert.Equal(t, []Coverage{
		{"", SchoolLiability, 420, 419, 1, 99_761_905}, // 419/420
		{"", StudentAccident, 300, 240, 60, 80_000_000},
	}, rep.Kinds)
	empty, err := testChecker.Coverage(nil)
	require.NoError(t, err)
	assert.Empty(t, empty.Schools)
	assert.Empty(t, empty.Kinds)
}

func TestCheckPremiums(t *testing.T) {
	liability := func(amount string, pupils int64) Premium {
		return Premium{ID: "P1", School: "S1", Kind: SchoolLiability, Pupils: pupils, Amount: yuan(amount), Payer: PayerPublic}
	}
	tests := []struct {
		name    string
		premium Premium
		codes   []houqin.Code
		facts   [][]string
	}{
		{"liability from public funds, in range", liability("5000", 1000), nil, nil},
		{"liability charged to pupils", func() Premium { p := liability("5000", 1000); p.Payer = PayerPupils; return p }(),
			[]houqin.Code{CodePremiumChargedToPupils}, [][]string{{"amount=5000.00", "pupils=1000"}}},
		{"internship charged to pupils", Premium{ID: "P1", School: "S1", Kind: InternshipLiability, Pupils: 40, Amount: yuan("1000"), Payer: PayerPupils},
			[]houqin.Code{CodePremiumChargedToPupils}, [][]string{{"amount=1000.00", "pupils=40"}}},
		{"internship paid by the school", Premium{ID: "P1", School: "S1", Kind: InternshipLiability, Pupils: 40, Amount: yuan("1000"), Payer: PayerPublic}, nil, nil},
		{"student accident collected by the school", Premium{ID: "P1", School: "S1", Kind: StudentAccident, Pupils: 500, Amount: yuan("25000"), Payer: PayerPupils, CollectedBySchool: true},
			[]houqin.Code{CodePremiumCollectedBySchool}, [][]string{{"amount=25000.00", "pupils=500"}}},
		{"student accident bought by parents", Premium{ID: "P1", School: "S1", Kind: StudentAccident, Pupils: 500, Amount: yuan("25000"), Payer: PayerPupils}, nil, nil},
		{"student accident of poor pupils, free", Premium{ID: "P1", School: "S1", Kind: StudentAccident, Pupils: 12, Amount: yuan("0"), Payer: PayerOther}, nil, nil},
		// 3.90 × 1000 = 3900.00.
		{"exactly the minimum", liability("3900.00", 1000), nil, nil},
		{"a fen below the minimum", liability("3899.99", 1000),
			[]houqin.Code{CodePremiumBelowContract}, [][]string{{"per_pupil=3.89", "min=3.90", "pupils=1000", "amount=3899.99"}}},
		{"exactly the maximum", liability("8000.00", 1000), nil, nil},
		{"a fen above the maximum", liability("8000.01", 1000),
			[]houqin.Code{CodePremiumAboveContract}, [][]string{{"per_pupil=8.01", "max=8.00", "pupils=1000", "amount=8000.01"}}},
		{"charged to pupils and above the maximum", func() Premium { p := liability("9000", 1000); p.Payer = PayerPupils; return p }(),
			[]houqin.Code{CodePremiumChargedToPupils, CodePremiumAboveContract}, [][]string{{"amount=9000.00", "pupils=1000"}, {"per_pupil=9.00", "max=8.00", "pupils=1000", "amount=9000.00"}}},
		{"no pupils: no premium per pupil", liability("1", 0), nil, nil},
		{"huge premium on many pupils", liability("1000000000000", 10_000_000),
			[]houqin.Code{CodePremiumAboveContract}, [][]string{{"per_pupil=100000.00", "max=8.00", "pupils=10000000", "amount=1000000000000.00"}}},
		{"property: no rules", Premium{ID: "P1", School: "S1", Kind: SchoolProperty, Amount: yuan("12000"), Payer: PayerPublic}, nil, nil},
	}
	c := defaultChecker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := c.CheckPremiums([]Premium{tt.premium})
			require.NoError(t, err)
			require.Len(t, fs, len(tt.codes))
			for i, f := range fs {
				assert.Equal(t, tt.codes[i], f.Code)
				assert.Equal(t, "P1", f.Subject)
				assert.Equal(t, tt.facts[i], factsOf(f))
			}
		})
	}
}

func TestCheckPremiumsRefuses(t *testing.T) {
	ok := Premium{ID: "P1", School: "S1", Kind: SchoolLiability, Pupils: 10, Amount: yuan("50"), Payer: PayerPublic}
	tests := []struct {
		name   string
		change func(p *Premium)
		field  string
	}{
		{"missing id", func(p *Premium) { p.ID = "" }, "premiums[1].id"},
		{"missing school", func(p *Premium) { p.School = "" }, "premiums[1].school"},
		{"unknown kind", func(p *Premium) { p.Kind = "x" }, "premiums[1].kind"},
		{"negative pupils", func(p *Premium) { p.Pupils = -1 }, "premiums[1].pupils"},
		{"too many pupils", func(p *Premium) { p.Pupils = 10_000_001 }, "premiums[1].pupils"},
		{"no payer", func(p *Premium) { p.Payer = 0 }, "premiums[1].payer"},
		{"negative amount", func(p *Premium) { p.Amount = yuan("-1") }, "premiums[1].amount"},
		{"amount finer than a fen", func(p *Premium) { p.Amount = yuan("0.001") }, "premiums[1].amount"},
		{"duplicate id", func(p *Premium) {}, "premiums[1].id"},
	}
	c := defaultChecker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ok
			tt.change(&p)
			_, err := c.CheckPremiums([]Premium{ok, p})
			requireField(t, err, tt.field)
		})
	}
}

func TestCheckBuses(t *testing.T) {
	period := func(from, to string) houqin.Period {
		return houqin.Period{From: parseDay(from), To: parseDay(to)}
	}
	run := func(bus, d string) BusRun { return BusRun{bus, parseDay(d)} }
	covers := []BusCover{
		{"B1", period("2024-09-01", "2025-02-28")},
		{"B1", period("2025-03-01", "2025-08-31")}, // adjacent: one cover
		{"B2", period("2025-01-01", "2025-06-30")},
		{"B2", period("2025-03-01", "2025-04-30")}, // inside the other
		{"B3", period("2025-09-01", "2026-08-31")},
	}
	runs := []BusRun{
		run("B1", "2024-09-01"), run("B1", "2025-02-28"), run("B1", "2025-03-01"), run("B1", "2025-08-31"),
		run("B1", "2025-09-01"), run("B1", "2025-09-01"), run("B1", "2024-08-31"), // a day after, twice, and a day before
		run("B2", "2025-06-30"), run("B2", "2025-07-01"),
		run("B4", "2025-05-06"), run("B4", "2025-05-05"), run("B4", "2025-05-07"), // no cover at all
	}
	fs, err := defaultChecker(t).CheckBuses(covers, runs)
	require.NoError(t, err)
	require.Len(t, fs, 3)
	assert.Equal(t, []string{"B1", "B2", "B4"}, []string{fs[0].Subject, fs[1].Subject, fs[2].Subject})
	for _, f := range fs {
		assert.Equal(t, CodeBusRunUninsured, f.Code)
		assert.Equal(t, houqin.Violation, f.Severity)
	}
	assert.Equal(t, []string{"runs=3", "first=2024-08-31", "last=2025-09-01"}, factsOf(fs[0]))
	assert.Equal(t, []string{"runs=1", "first=2025-07-01", "last=2025-07-01"}, factsOf(fs[1]))
	assert.Equal(t, []string{"runs=3", "first=2025-05-05", "last=2025-05-07"}, factsOf(fs[2]))

	none, err := defaultChecker(t).CheckBuses(covers, nil)
	require.NoError(t, err)
	assert.Empty(t, none)
}

func TestCheckBusesRefuses(t *testing.T) {
	good := houqin.Period{From: date(time.January, 1), To: date(time.December, 31)}
	c := defaultChecker(t)
	_, err := c.CheckBuses([]BusCover{{"", good}}, nil)
	requireField(t, err, "bus_covers[0].bus")
	_, err = c.CheckBuses([]BusCover{{"B1", houqin.Period{From: date(time.May, 2), To: date(time.May, 1)}}}, nil)
	requireField(t, err, "bus_covers[0].valid.to")
	_, err = c.CheckBuses([]BusCover{{"B1", houqin.Period{To: date(time.May, 1)}}}, nil)
	requireField(t, err, "bus_covers[0].valid.from")
	_, err = c.CheckBuses(nil, []BusRun{{"B1", date(time.May, 1)}, {"", date(time.May, 1)}})
	requireField(t, err, "bus_runs[1].bus")
	_, err = c.CheckBuses(nil, []BusRun{{"B1", houqin.Date{}}})
	requireField(t, err, "bus_runs[0].date")
}

func TestCheckClaims(t *testing.T) {
	withTimes := func(incident, reported time.Time) Claim {
		c := paidClaim("C1")
		c.IncidentAt, c.ReportedAt = incident, reported
		return c
	}
	tests := []struct {
		name  string
		claim Claim
		codes []houqin.Code
		facts [][]string
	}{
		{"reported after six hours", paidClaim("C1"), nil, nil},
		{"exactly 24 hours", withTimes(at(time.May, 3, 9), at(time.May, 4, 9)), nil, nil},
		{"a second late", withTimes(at(time.May, 3, 9), at(time.May, 4, 9).Add(time.Second)),
			[]houqin.Code{CodeClaimReportedLate}, [][]string{{"elapsed_hours=24.01", "deadline_hours=24"}}},
		{"a day and a half", withTimes(at(time.May, 3, 9), at(time.May, 4, 21)),
			[]houqin.Code{CodeClaimReportedLate}, [][]string{{"elapsed_hours=36", "deadline_hours=24"}}},
		// 01:00 UTC is 09:00 in Beijing: the times compare as instants.
		{"incident in UTC, report in Beijing", withTimes(time.Date(2025, time.May, 3, 1, 0, 0, 0, time.UTC), at(time.May, 4, 9)), nil, nil},
		{"paid the limit", func() Claim { c := paidClaim("C1"); c.Claimed, c.Paid = yuan("700000"), yuan("600000"); return c }(), nil, nil},
		{"paid a fen above the limit", func() Claim { c := paidClaim("C1"); c.Claimed, c.Paid = yuan("700000"), yuan("600000.01"); return c }(),
			[]houqin.Code{CodeClaimPaidAboveLimit}, [][]string{{"paid=600000.01", "limit=600000.00", "excess=0.01"}}},
		{"late and above the limit", func() Claim {
			c := withTimes(at(time.May, 1, 9), at(time.May, 3, 9))
			c.Paid = yuan("650000")
			return c
		}(), []houqin.Code{CodeClaimPaidAboveLimit, CodeClaimReportedLate},
			[][]string{{"paid=650000.00", "limit=600000.00", "excess=50000.00"}, {"elapsed_hours=48", "deadline_hours=24"}}},
		{"student accident: no deadline, no limit", func() Claim {
			c := withTimes(at(time.April, 1, 9), at(time.May, 3, 9))
			c.Kind, c.Paid = StudentAccident, yuan("900000")
			return c
		}(), nil, nil},
	}
	c := defaultChecker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := c.CheckClaims([]Claim{tt.claim})
			require.NoError(t, err)
			require.Len(t, fs, len(tt.codes))
			for i, f := range fs {
				assert.Equal(t, tt.codes[i], f.Code)
				assert.Equal(t, "C1", f.Subject)
				assert.Equal(t, tt.facts[i], factsOf(f))
			}
		})
	}
	t.Run("a four-hour city", func(t *testing.T) {
		p := DefaultPolicy()
		k := p.Kinds[SchoolLiability]
		k.ReportDeadlineHours = 4
		p.Kinds[SchoolLiability] = k
		fs, err := must(New(p)).CheckClaims([]Claim{paidClaim("C1")}) // reported after 6 hours
		require.NoError(t, err)
		require.Len(t, fs, 1)
		assert.Equal(t, []string{"elapsed_hours=6", "deadline_hours=4"}, factsOf(fs[0]))
	})
}

func TestCheckClaimsRefuses(t *testing.T) {
	c := defaultChecker(t)
	_, err := c.CheckClaims([]Claim{paidClaim("C1"), paidClaim("C1")})
	requireField(t, err, "claims[1].id")
	bad := paidClaim("C2")
	bad.Kind = "nope"
	_, err = c.CheckClaims([]Claim{paidClaim("C1"), bad})
	requireField(t, err, "claims[1].kind")
	bad = paidClaim("C2")
	bad.Paid = yuan("1.001")
	_, err = c.CheckClaims([]Claim{bad})
	requireField(t, err, "claims[0].paid")
	bad = paidClaim("C2")
	bad.School = "S\xff"
	_, err = c.CheckClaims([]Claim{bad})
	requireField(t, err, "claims[0].school")
	// The checker has no as-of date: a claim decided in the future is not
	// its business.
	future := paidClaim("C3")
	future.DecidedOn = houqin.Date{Year: 2030, Month: time.January, Day: 1}
	_, err = c.CheckClaims([]Claim{future})
	require.NoError(t, err)
}

func TestHoursOf(t *testing.T) {
	assert.Equal(t, int64(2400), hoursOf(24*time.Hour))
	assert.Equal(t, int64(2401), hoursOf(24*time.Hour+time.Nanosecond))
	assert.Equal(t, int64(1), hoursOf(36*time.Second))
	assert.Equal(t, int64(2), hoursOf(37*time.Second))
}

func TestCmpProduct(t *testing.T) {
	assert.Equal(t, 0, cmpProduct(3900, 390, 10))
	assert.Equal(t, -1, cmpProduct(3899, 390, 10))
	assert.Equal(t, 1, cmpProduct(3901, 390, 10))
	assert.Equal(t, -1, cmpProduct(houqin.MaxFen, houqin.MaxFen, 10_000_000), "a product beyond 64 bits")
}

func TestCheck(t *testing.T) {
	in := Input{
		Enrollments: []Enrollment{{"S1", SchoolLiability, 100, 98}},
		Premiums:    []Premium{{ID: "P1", School: "S1", Kind: SchoolLiability, Pupils: 100, Amount: yuan("300"), Payer: PayerPublic}},
		BusCovers:   nil,
		BusRuns:     []BusRun{{"B1", date(time.May, 6)}},
		Claims:      []Claim{func() Claim { c := paidClaim("C1"); c.ReportedAt = at(time.May, 5, 9); return c }()},
	}
	fs, err := defaultChecker(t).Check(in)
	require.NoError(t, err)
	var codes []houqin.Code
	for _, f := range fs {
		codes = append(codes, f.Code)
	}
	assert.Equal(t, []houqin.Code{
		CodeBusRunUninsured, CodeCoverageBelowRequired, // violations first, by code
		CodeClaimReportedLate, CodePremiumBelowContract, // then warnings
	}, codes)

	bad := in
	bad.Premiums = []Premium{{ID: "P1"}}
	_, err = defaultChecker(t).Check(bad)
	requireField(t, err, "premiums[0].school")
	bad = in
	bad.BusRuns = []BusRun{{}}
	_, err = defaultChecker(t).Check(bad)
	requireField(t, err, "bus_runs[0].bus")
	bad = in
	bad.Claims = []Claim{{}}
	_, err = defaultChecker(t).Check(bad)
	requireField(t, err, "claims[0].id")

	none, err := defaultChecker(t).Check(Input{})
	require.NoError(t, err)
	assert.Empty(t, none)
}

func TestParsePolicy(t *testing.T) {
	t.Run("over the default, down to a kind's fields", func(t *testing.T) {
		p, err := ParsePolicy([]byte(`{"kinds": {"school_liability": {"report_deadline_hours": 4, "premium_max": "0"}}}`))
		require.NoError(t, err)
		want := DefaultPolicy()
		sl := want.Kinds[SchoolLiability]
		sl.ReportDeadlineHours, sl.PremiumMax = 4, decimal.Zero
		want.Kinds[SchoolLiability] = sl
		assert.Equal(t, must(New(want)).rules, must(New(p)).rules)
	})
	t.Run("empty and null keep the default", func(t *testing.T) {
		for _, text := range []string{`{}`, `{"kinds": {}}`, `{"kinds": null}`, `{"kinds": {"school_liability": null}}`, `{"kinds": {"school_liability": {}}}`} {
			p, err := ParsePolicy([]byte(text))
			require.NoError(t, err, text)
			assert.Equal(t, defaultChecker(t).rules, must(New(p)).rules, text)
		}
	})
	t.Run("the default through JSON", func(t *testing.T) {
		b, err := json.Marshal(DefaultPolicy())
		require.NoError(t, err)
		p, err := ParsePolicy(b)
		require.NoError(t, err)
		assert.Equal(t, defaultChecker(t).rules, must(New(p)).rules)
	})
	t.Run("a kind of the host's own", func(t *testing.T) {
		p, err := ParsePolicy([]byte(`{"kinds": {"food_safety_liability": {"name": {"zh_hans": "食品安全责任险", "zh_hant": "食品安全責任險", "en": "food safety liability insurance"}, "required_coverage": "1"}}}`))
		require.NoError(t, err)
		assert.Equal(t, hostPolicy(), p)
	})
	tests := []struct {
		name, text, field string
	}{
		{"unknown field", `{"kinds": {"school_liability": {"report_deadline": 4}}}`, "kinds.school_liability.report_deadline"},
		{"unknown top-level field", `{"kind": {}}`, "kind"},
		{"wrong type", `{"kinds": {"school_liability": {"report_deadline_hours": "4"}}}`, "kinds.school_liability.report_deadline_hours"},
		{"wrong type of the kinds", `{"kinds": []}`, "kinds"},
		{"an amount that is no amount", `{"kinds": {"school_liability": {"premium_min": "cheap"}}}`, "kinds.school_liability"},
		{"trailing data", `{} {}`, ""},
		{"a kind without names", `{"kinds": {"pet_insurance": {}}}`, "policy.kinds.pet_insurance.name"},
		{"a rule out of range", `{"kinds": {"school_liability": {"required_coverage": "2"}}}`, "policy.kinds.school_liability.required_coverage"},
		{"a malformed kind", `{"kinds": {"Pet": {}}}`, "policy.kinds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParsePolicy([]byte(tt.text))
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			var ie *houqin.InputError
			require.True(t, errors.As(err, &ie))
			assert.Equal(t, tt.field, ie.Field, "%v", err)
		})
	}
}
