package insurance

import (
	"strconv"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func day(y int, m time.Month, d int) houqin.Date { return houqin.Date{Year: y, Month: m, Day: d} }

// year2024 is S001's liability contract for the policy year 2024–25.
func year2024() Contract {
	return Contract{ID: "K2024", School: "S001", Kind: SchoolLiability, Valid: houqin.Period{From: day(2024, time.September, 1), To: day(2025, time.August, 31)}}
}

func TestPolicyYear(t *testing.T) {
	sep1 := houqin.MonthDay{Month: time.September, Day: 1}
	tests := []struct {
		d    houqin.Date
		want houqin.Period
	}{
		{day(2025, time.August, 31), houqin.Period{From: day(2024, time.September, 1), To: day(2025, time.August, 31)}},
		{day(2025, time.September, 1), houqin.Period{From: day(2025, time.September, 1), To: day(2026, time.August, 31)}},
		{day(2026, time.January, 1), houqin.Period{From: day(2025, time.September, 1), To: day(2026, time.August, 31)}},
		// At the year bounds a policy year that begins in year 1 or ends in
		// year 9999 is whole; one that would begin in year 0 or end in year
		// 10000 is clipped.
		{day(1, time.March, 1), houqin.Period{From: day(1, time.January, 1), To: day(1, time.August, 31)}},
		{day(1, time.August, 31), houqin.Period{From: day(1, time.January, 1), To: day(1, time.August, 31)}},
		{day(1, time.October, 1), houqin.Period{From: day(1, time.September, 1), To: day(2, time.August, 31)}},
		{day(9998, time.October, 1), houqin.Period{From: day(9998, time.September, 1), To: day(9999, time.August, 31)}},
		{day(9999, time.September, 1), houqin.Period{From: day(9999, time.September, 1), To: day(9999, time.December, 31)}},
		{day(9999, time.December, 31), houqin.Period{From: day(9999, time.September, 1), To: day(9999, time.December, 31)}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, PolicyYear(sep1, tt.d), tt.d.String())
	}
	// A policy year from 1 March runs to the last day of February, 29 in a leap year.
	assert.Equal(t, houqin.Period{From: day(2023, time.March, 1), To: day(2024, time.February, 29)}, PolicyYear(houqin.MonthDay{Month: time.March, Day: 1}, day(2024, time.February, 29)))
}

func TestCoverGap(t *testing.T) {
	rows := []Enrollment{{"S001", SchoolLiability, 1200, 1200}}
	tests := []struct {
		name      string
		asOf      houqin.Date
		contracts []Contract
		facts     []string
	}{
		{"the last day of the policy year", day(2025, time.August, 31), []Contract{year2024()}, nil},
		{"a day after: lapsed", day(2025, time.September, 1), []Contract{year2024()},
			[]string{"as_of=2025-09-01", "year_from=2025-09-01", "year_to=2026-08-31", "enrolled=1200"}},
		{"the next year's contract starts a day late", day(2025, time.September, 1), []Contract{year2024(), {ID: "K2025", School: "S001", Kind: SchoolLiability,
			Valid: houqin.Period{From: day(2025, time.September, 2), To: day(2026, time.August, 31)}}},
			[]string{"as_of=2025-09-01", "year_from=2025-09-01", "year_to=2026-08-31", "enrolled=1200"}},
		{"the next year's contract on time", day(2025, time.September, 1), []Contract{year2024(), {ID: "K2025", School: "S001", Kind: SchoolLiability,
			Valid: houqin.Period{From: day(2025, time.September, 1), To: day(2026, time.August, 31)}}}, nil},
		{"not yet started", day(2024, time.August, 31), []Contract{year2024()},
			[]string{"as_of=2024-08-31", "year_from=2023-09-01", "year_to=2024-08-31", "enrolled=1200"}},
		{"another school's contract", day(2025, time.March, 1), []Contract{func() Contract { k := year2024(); k.School = "S002"; return k }()},
			[]string{"as_of=2025-03-01", "year_from=2024-09-01", "year_to=2025-08-31", "enrolled=1200"}},
		{"no contracts at all", day(2025, time.March, 1), nil,
			[]string{"as_of=2025-03-01", "year_from=2024-09-01", "year_to=2025-08-31", "enrolled=1200"}},
	}
	c := defaultChecker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := c.CheckContracts(tt.asOf, tt.contracts, rows, nil)
			require.NoError(t, err)
			if tt.facts == nil {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, CodeCoverGap, fs[0].Code)
			assert.Equal(t, houqin.Violation, fs[0].Severity)
			assert.Equal(t, "S001/school_liability", fs[0].Subject)
			assert.Equal(t, tt.facts, factsOf(fs[0]))
		})
	}
	t.Run("no gap where nothing is required", func(t *testing.T) {
		fs, err := c.CheckContracts(day(2025, time.March, 1), nil, []Enrollment{
			{"S001", StudentAccident, 1200, 300}, // no policy year, nothing required
			{"S002", SchoolLiability, 0, 0},      // nobody enrolled
		}, nil)
		require.NoError(t, err)
		assert.Empty(t, fs)
	})
	t.Run("messages", func(t *testing.T) {
		fs, err := c.CheckContracts(day(2025, time.September, 1), []Contract{year2024()}, rows, nil)
		require.NoError(t, err)
		assert.Equal(t, "S001/school_liability："+day(2025, time.September, 1).Format(language.SimplifiedChinese)+"无有效保单（保单年度"+
			day(2025, time.September, 1).Format(language.SimplifiedChinese)+"至"+day(2026, time.August, 31).Format(language.SimplifiedChinese)+"），1200名学生未获保障",
			fs[0].Message(language.SimplifiedChinese))
		t.Log(fs[0].Message(language.SimplifiedChinese))
		t.Log(fs[0].Message(language.English))
		one, err := c.CheckContracts(day(2025, time.September, 1), nil, []Enrollment{{"S001", SchoolLiability, 1, 1}}, nil)
		require.NoError(t, err)
		assert.Contains(t, one[0].Message(language.English), "; 1 pupil is without cover")
	})
}

// claimAt is a paid liability claim of S001 whose incident happened at t.
func claimAt(id string, t time.Time, paid string) Claim {
	c := paidClaim(id)
	c.IncidentAt, c.ReportedAt = t, t.Add(time.Hour)
	c.DecidedOn = houqin.DateOf(c.ReportedAt).AddDays(10)
	c.Claimed, c.Paid = yuan(paid), yuan(paid)
	return c
}

func TestClaimOutsideCover(t *testing.T) {
	end := time.Date(2025, time.August, 31, 23, 59, 0, 0, cst)
	tests := []struct {
		name  string
		at    time.Time
		facts []string
	}{
		{"the last minute of the policy year", end, nil},
		{"a minute past", end.Add(time.Minute), []string{"incident=2025-09-01", "year_from=2025-09-01", "year_to=2026-08-31"}},
		{"the first day of the contract", time.Date(2024, time.September, 1, 0, 0, 0, 0, cst), nil},
		{"the day before it", time.Date(2024, time.August, 31, 23, 0, 0, 0, cst), []string{"incident=2024-08-31", "year_from=2023-09-01", "year_to=2024-08-31"}},
		// 16:00 UTC on 31 August is midnight in Beijing, but the incident's
		// date is read in the zone its time is given in.
		{"a UTC time on the last day", time.Date(2025, time.August, 31, 16, 0, 0, 0, time.UTC), nil},
	}
	c := defaultChecker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := c.CheckContracts(day(2025, time.October, 1), []Contract{year2024()}, nil, []Claim{claimAt("C1", tt.at, "100")})
			require.NoError(t, err)
			if tt.facts == nil {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, CodeClaimOutsideCover, fs[0].Code)
			assert.Equal(t, houqin.Violation, fs[0].Severity)
			assert.Equal(t, "C1", fs[0].Subject)
			assert.Equal(t, tt.facts, factsOf(fs[0]))
			t.Log(fs[0].Message(language.English))
		})
	}
	t.Run("a kind without a policy year", func(t *testing.T) {
		cl := claimAt("C1", end.Add(time.Hour), "100")
		cl.Kind = StudentAccident
		fs, err := c.CheckContracts(day(2025, time.October, 1), nil, nil, []Claim{cl})
		require.NoError(t, err)
		assert.Empty(t, fs)
	})
}

func TestAggregateLimit(t *testing.T) {
	withAggregate := func(agg string) []Contract {
		k := year2024()
		k.AnnualAggregate = yuan(agg)
		return []Contract{k}
	}
	// claims returns n claims of ¥600,000.00 in the policy year and one of
	// last.
	claims := func(n int, last string) []Claim {
		var out []Claim
		for i := range n {
			out = append(out, claimAt("C"+strconv.Itoa(i), time.Date(2025, time.March, 1+i, 9, 0, 0, 0, cst), "600000"))
		}
		return append(out, claimAt("CL", time.Date(2025, time.June, 1, 9, 0, 0, 0, cst), last))
	}
	tests := []struct {
		name   string
		agg    string
		claims []Claim
		facts  []string
	}{
		// 8 × 600,000 + 200,000 = 5,000,000: exactly the aggregate.
		{"exactly the aggregate", "5000000", claims(8, "200000"), nil},
		// 4,800,000 + 200,000.01 = 5,000,000.01: a fen past.
		{"a fen past", "5000000", claims(8, "200000.01"), []string{"paid=5000000.01", "aggregate=5000000.00", "excess=0.01", "claims=9"}},
		{"no aggregate stated", "0", claims(20, "1"), nil},
	}
	c := defaultChecker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := c.CheckContracts(day(2025, time.August, 1), withAggregate(tt.agg), nil, tt.claims)
			require.NoError(t, err)
			if tt.facts == nil {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, CodeAggregatePaidAboveLimit, fs[0].Code)
			assert.Equal(t, houqin.Violation, fs[0].Severity)
			assert.Equal(t, "K2024", fs[0].Subject)
			assert.Equal(t, tt.facts, factsOf(fs[0]))
			assert.Equal(t, "保单K2024累计赔付¥5,000,000.01（9件），超过年度累计赔偿限额¥5,000,000.00，超出¥0.01", fs[0].Message(language.SimplifiedChinese))
			assert.Equal(t, "policy K2024 paid CN¥5,000,000.01 on 9 claims, above its annual aggregate limit of CN¥5,000,000.00 by CN¥0.01", fs[0].Message(language.English))
		})
	}
	t.Run("claims of the next year, of other schools and unpaid apart", func(t *testing.T) {
		cs := claims(8, "200000")
		next := claimAt("N1", time.Date(2025, time.September, 2, 9, 0, 0, 0, cst), "1") // outside: another finding
		other := claimAt("O1", time.Date(2025, time.May, 2, 9, 0, 0, 0, cst), "1")
		other.School = "S002"
		unpaid := claimAt("U1", time.Date(2025, time.May, 2, 9, 0, 0, 0, cst), "0")
		unpaid.Status = StatusRejected
		fs, err := c.CheckContracts(day(2025, time.October, 1), withAggregate("5000000"), nil, append(cs, next, other, unpaid))
		require.NoError(t, err)
		assert.Empty(t, ofCode(fs, CodeAggregatePaidAboveLimit))
		assert.Len(t, ofCode(fs, CodeClaimOutsideCover), 2)
	})
	t.Run("a claim two contracts cover counts to the first", func(t *testing.T) {
		ks := withAggregate("1000")
		ks = append(ks, Contract{ID: "K2024b", School: "S001", Kind: SchoolLiability, AnnualAggregate: yuan("1000"),
			Valid: houqin.Period{From: day(2025, time.January, 1), To: day(2025, time.December, 31)}})
		fs, err := c.CheckContracts(day(2025, time.October, 1), ks, nil, []Claim{claimAt("C1", time.Date(2025, time.May, 2, 9, 0, 0, 0, cst), "1000.01")})
		require.NoError(t, err)
		require.Len(t, fs, 1)
		assert.Equal(t, "K2024", fs[0].Subject)
	})
	t.Run("a sum beyond the bound", func(t *testing.T) {
		x := claimAt("C1", time.Date(2025, time.May, 2, 9, 0, 0, 0, cst), "1000000000000")
		y := claimAt("C2", time.Date(2025, time.May, 2, 9, 0, 0, 0, cst), "0.01")
		_, err := c.CheckContracts(day(2025, time.October, 1), withAggregate("1"), nil, []Claim{x, y})
		requireField(t, err, "claims[1].paid")
	})
}

func TestCheckContractsRefuses(t *testing.T) {
	c := defaultChecker(t)
	asOf := day(2025, time.October, 1)
	bad := func(change func(k *Contract)) []Contract { k := year2024(); change(&k); return []Contract{k} }
	tests := []struct {
		name      string
		asOf      houqin.Date
		contracts []Contract
		rows      []Enrollment
		claims    []Claim
		field     string
	}{
		{"no as-of date", houqin.Date{}, nil, nil, nil, "as_of"},
		{"no id", asOf, bad(func(k *Contract) { k.ID = "" }), nil, nil, "contracts[0].id"},
		{"no school", asOf, bad(func(k *Contract) { k.School = "" }), nil, nil, "contracts[0].school"},
		{"an unknown kind", asOf, bad(func(k *Contract) { k.Kind = "pets" }), nil, nil, "contracts[0].kind"},
		{"a period backwards", asOf, bad(func(k *Contract) { k.Valid.To = day(2024, time.August, 31) }), nil, nil, "contracts[0].valid.to"},
		{"a negative aggregate", asOf, bad(func(k *Contract) { k.AnnualAggregate = yuan("-1") }), nil, nil, "contracts[0].annual_aggregate"},
		{"a duplicate id", asOf, []Contract{year2024(), year2024()}, nil, nil, "contracts[1].id"},
		{"a duplicate enrollment", asOf, nil, []Enrollment{{"S1", SchoolLiability, 1, 1}, {"S1", SchoolLiability, 1, 1}}, nil, "enrollments[1]"},
		{"a bad claim", asOf, nil, nil, []Claim{{}}, "claims[0].id"},
		{"a claim of an unknown kind", asOf, nil, nil, []Claim{func() Claim { c := paidClaim("C1"); c.Kind = "pets"; return c }()}, "claims[0].kind"},
		{"a duplicate claim", asOf, nil, nil, []Claim{paidClaim("C1"), paidClaim("C1")}, "claims[1].id"},
		{"an incident before the year 1", asOf, nil, nil, []Claim{func() Claim {
			c := paidClaim("C1")
			c.IncidentAt = time.Date(0, time.December, 31, 0, 0, 0, 0, time.UTC)
			return c
		}()}, "claims[0].incident_at"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.CheckContracts(tt.asOf, tt.contracts, tt.rows, tt.claims)
			requireField(t, err, tt.field)
		})
	}
	_, err := c.Check(Input{Contracts: []Contract{year2024()}})
	requireField(t, err, "as_of")
}

func TestCheckWithContracts(t *testing.T) {
	in := Input{
		Enrollments: []Enrollment{{"S001", SchoolLiability, 100, 100}},
		Claims:      []Claim{claimAt("C1", time.Date(2025, time.September, 3, 9, 0, 0, 0, cst), "100")},
		AsOf:        day(2025, time.September, 30),
		Contracts:   []Contract{year2024()},
	}
	fs, err := defaultChecker(t).Check(in)
	require.NoError(t, err)
	var codes []houqin.Code
	for _, f := range fs {
		codes = append(codes, f.Code)
	}
	assert.Equal(t, []houqin.Code{CodeClaimOutsideCover, CodeCoverGap}, codes)
}

func TestPolicyYearStartPolicy(t *testing.T) {
	for _, md := range []houqin.MonthDay{{Month: time.February, Day: 29}, {Month: 13, Day: 1}, {Month: time.April, Day: 31}} {
		p := DefaultPolicy()
		k := p.Kinds[SchoolLiability]
		k.PolicyYearStart = md
		p.Kinds[SchoolLiability] = k
		requireField(t, p.Validate(), "policy.kinds.school_liability.policy_year_start")
	}
	p, err := ParsePolicy([]byte(`{"kinds": {"school_liability": {"policy_year_start": "08-01"}}}`))
	require.NoError(t, err)
	assert.Equal(t, houqin.MonthDay{Month: time.August, Day: 1}, must(New(p)).rules[SchoolLiability].yearStart)
	_, err = ParsePolicy([]byte(`{"kinds": {"school_liability": {"policy_year_start": "09-31"}}}`))
	require.ErrorIs(t, err, houqin.ErrInvalidInput)
}
