package insurance

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// This file holds the tests of the rules exactly at their bounds that
// mutation testing asked for (see MUTANTS.md): each row is at a limit or
// one step past it, and asserts every fact of its finding.

// reasonOf returns the reason of an *houqin.InputError.
func reasonOf(t testing.TB, err error) string {
	t.Helper()
	var ie *houqin.InputError
	require.True(t, errors.As(err, &ie), "want an *houqin.InputError, got %v", err)
	return ie.Reason
}

// TestKindSyntaxAtBounds checks the bounds of a kind code: 64 bytes are a
// kind, 65 are not; 'a' to 'z' begin one, '`' and '{' (the bytes either
// side) do not; digits '0' to '9' and '_' follow, '/' and ':' (either side
// of the digits) do not.
func TestKindSyntaxAtBounds(t *testing.T) {
	// A host's kind of exactly 64 bytes, beginning with 'z' and holding
	// 'z', '0' and '9': a policy names it and a checker knows it.
	long := Kind("z09_" + strings.Repeat("z", 60))
	require.Len(t, string(long), maxKindLen)
	p := DefaultPolicy()
	p.Kinds[long] = KindPolicy{Name: Name{Hans: "边界险", Hant: "邊界險", En: "bound insurance"}}
	c, err := New(p)
	require.NoError(t, err)
	assert.True(t, c.Known(long))

	tests := []struct {
		kind   Kind
		reason string
	}{
		{Kind(strings.Repeat("a", 64)), `unknown kind "` + strings.Repeat("a", 64) + `" (a host names its own kinds in its policy)`},
		{Kind(strings.Repeat("a", 65)), "kind longer than 64 bytes"},
		{"zebra", `unknown kind "zebra" (a host names its own kinds in its policy)`},
		{"az", `unknown kind "az" (a host names its own kinds in its policy)`},
		{"a0", `unknown kind "a0" (a host names its own kinds in its policy)`},
		{"a9", `unknown kind "a9" (a host names its own kinds in its policy)`},
		{"{a", `kind "{a" must begin with a lower-case letter`},
		{"`a", "kind \"`a\" must begin with a lower-case letter"},
		{"a{", `kind "a{" must be lower-case snake_case`},
		{"a`", "kind \"a`\" must be lower-case snake_case"},
		{"a/", `kind "a/" must be lower-case snake_case`},
		{"a:", `kind "a:" must be lower-case snake_case`},
	}
	for _, tt := range tests {
		err := testChecker.kinds.check(tt.kind)
		requireField(t, err, "")
		assert.Equal(t, tt.reason, reasonOf(t, err), string(tt.kind))
	}
}

// TestTruncateAtBounds cuts a text of exactly the length (kept whole), one
// byte longer, and one of continuation bytes only (nothing before the cut
// is a character boundary: only the ellipsis is left).
func TestTruncateAtBounds(t *testing.T) {
	assert.Equal(t, "abcde", truncate("abcde", 5))
	assert.Equal(t, "abcde…", truncate("abcdef", 5))
	assert.Equal(t, "…", truncate(strings.Repeat("\x80", 8), 4))

	// The same through the statuses' decoder, which quotes 32 bytes.
	var s Status
	text := strings.Repeat("x", 32)
	err := s.UnmarshalText([]byte(text))
	requireField(t, err, "status")
	assert.Equal(t, `unknown status "`+text+`" (want filed, approved, paid, rejected or withdrawn)`, reasonOf(t, err))
	err = s.UnmarshalText([]byte(strings.Repeat("\x80", 40)))
	requireField(t, err, "status")
	assert.Equal(t, `unknown status "…" (want filed, approved, paid, rejected or withdrawn)`, reasonOf(t, err))
	assert.Equal(t, Status(0), s, "left as it was")
}

// TestMonthStringPads checks that a month below 10 is written with two
// digits, month 0 included (as an error quotes a month out of range), and
// that a negative month is not padded.
func TestMonthStringPads(t *testing.T) {
	for _, tt := range []struct {
		m    Month
		want string
	}{
		{Month{2025, 0}, "2025-00"},
		{Month{2025, time.January}, "2025-01"},
		{Month{2025, time.September}, "2025-09"},
		{Month{2025, time.October}, "2025-10"},
		{Month{2025, -1}, "2025--1"},
		{Month{7, time.May}, "0007-05"},
	} {
		assert.Equal(t, tt.want, tt.m.String())
	}
}

// TestClaimReportedYearBounds reports claims in the first and the last
// year a date can hold, and one year either side.
func TestClaimReportedYearBounds(t *testing.T) {
	filed := func(reported time.Time) Claim {
		return Claim{ID: "C1", Kind: SchoolLiability, School: "S001", Status: StatusFiled,
			IncidentAt: reported.Add(-2 * time.Hour), ReportedAt: reported}
	}
	tests := []struct {
		name     string
		reported time.Time
		reason   string // "" when accepted
	}{
		{"year 1", time.Date(1, time.January, 1, 10, 0, 0, 0, time.UTC), ""},
		{"year 9999", time.Date(9999, time.December, 31, 22, 0, 0, 0, time.UTC), ""},
		{"year 0", time.Date(0, time.December, 31, 22, 0, 0, 0, time.UTC), "year 0 out of range [1, 9999]"},
		{"year 10000", time.Date(10000, time.January, 1, 10, 0, 0, 0, time.UTC), "year 10000 out of range [1, 9999]"},
	}
	c := defaultChecker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := c.CheckClaims([]Claim{filed(tt.reported)})
			if tt.reason == "" {
				require.NoError(t, err)
				assert.Empty(t, fs, "reported two hours after the incident")
				return
			}
			requireField(t, err, "claims[0].reported_at")
			assert.Equal(t, tt.reason, reasonOf(t, err))
		})
	}
}

// TestCoverGapNeedsPupils: a school with no pupil enrolled for a kind has
// no gap in it; one pupil makes one, where the kind must be covered.
func TestCoverGapNeedsPupils(t *testing.T) {
	rows := []Enrollment{{"S001", SchoolLiability, 0, 0}, {"S002", SchoolLiability, 1, 1}}
	fs, err := defaultChecker(t).CheckContracts(day(2025, time.March, 1), nil, rows, nil)
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, CodeCoverGap, fs[0].Code)
	assert.Equal(t, houqin.Violation, fs[0].Severity)
	assert.Equal(t, "S002/school_liability", fs[0].Subject)
	assert.Equal(t, []string{"as_of=2025-03-01", "year_from=2024-09-01", "year_to=2025-08-31", "enrolled=1"}, factsOf(fs[0]))

	// A kind with a policy year that no school must cover (a required
	// coverage of 0) has no gap, whatever the pupils; a hundredth of a
	// percent required makes one.
	for _, tt := range []struct {
		required string
		gaps     int
	}{{"0", 0}, {"0.0001", 1}} {
		p := DefaultPolicy()
		k := p.Kinds[SchoolLiability]
		k.RequiredCoverage = yuan(tt.required)
		p.Kinds[SchoolLiability] = k
		fs, err := must(New(p)).CheckContracts(day(2025, time.March, 1), nil, rows[1:], nil)
		require.NoError(t, err)
		assert.Len(t, fs, tt.gaps, "required coverage %s", tt.required)
	}
}

// TestAggregateCountsPaidClaims: the claims fact of an aggregate finding
// counts the claims paid, not one the insurer refused; and a contract
// that states no aggregate adds nothing up, so two claims paid the most an
// amount can be (¥1,000,000,000,000.00 each) are not a sum beyond it.
func TestAggregateCountsPaidClaims(t *testing.T) {
	c := defaultChecker(t)
	k := year2024()
	k.AnnualAggregate = yuan("5000000")
	var cs []Claim
	for i := range 8 {
		cs = append(cs, claimAt("C"+string(rune('0'+i)), time.Date(2025, time.March, 1+i, 9, 0, 0, 0, cst), "600000"))
	}
	cs = append(cs, claimAt("CL", time.Date(2025, time.June, 1, 9, 0, 0, 0, cst), "200000.01"))
	refused := claimAt("R1", time.Date(2025, time.May, 2, 9, 0, 0, 0, cst), "0")
	refused.Status = StatusRejected
	// 8 × 600,000 + 200,000.01 = 5,000,000.01 on 9 paid claims; the
	// rejected one pays 0 and is not counted.
	fs, err := c.CheckContracts(day(2025, time.August, 1), []Contract{k}, nil, append(cs, refused))
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, CodeAggregatePaidAboveLimit, fs[0].Code)
	assert.Equal(t, "K2024", fs[0].Subject)
	assert.Equal(t, []string{"paid=5000000.01", "aggregate=5000000.00", "excess=0.01", "claims=9"}, factsOf(fs[0]))

	most := []Claim{
		claimAt("M1", time.Date(2025, time.May, 2, 9, 0, 0, 0, cst), "1000000000000"),
		claimAt("M2", time.Date(2025, time.May, 3, 9, 0, 0, 0, cst), "1000000000000"),
	}
	fs, err = c.CheckContracts(day(2025, time.August, 1), []Contract{year2024()}, nil, most)
	require.NoError(t, err)
	assert.Empty(t, fs)
}

// TestAccidentCountsPaidClaims: the claims fact of an accident finding
// counts the claims paid; a claim of the accident still filed pays 0.
func TestAccidentCountsPaidClaims(t *testing.T) {
	cs := accidentClaims(33, "200000.01")
	filed := paidClaim("F1")
	filed.Accident, filed.Status, filed.DecidedOn, filed.Paid = "A1", StatusFiled, houqin.Date{}, yuan("0")
	// 33 × 600,000 + 200,000.01 = 20,000,000.01 on 34 claims paid.
	fs, err := defaultChecker(t).CheckClaims(append(cs, filed))
	require.NoError(t, err)
	fs = ofCode(fs, CodeAccidentPaidAboveLimit)
	require.Len(t, fs, 1)
	assert.Equal(t, "S001/A1", fs[0].Subject)
	assert.Equal(t, []string{"paid=20000000.01", "limit=20000000.00", "excess=0.01", "claims=34"}, factsOf(fs[0]))
}

// TestBusCoversApart: a bus covered in three periods with gaps between
// them runs insured on any day of each, the later ones too, and uninsured
// in the gaps.
func TestBusCoversApart(t *testing.T) {
	period := func(from, to string) houqin.Period { return houqin.Period{From: parseDay(from), To: parseDay(to)} }
	covers := []BusCover{
		{"B1", period("2025-09-01", "2025-12-31")}, // given out of order
		{"B1", period("2025-03-01", "2025-06-30")},
		{"B1", period("2024-09-01", "2025-01-31")},
	}
	var runs []BusRun
	for _, d := range []string{"2024-09-01", "2025-01-31", "2025-03-01", "2025-05-06", "2025-06-30", "2025-09-01", "2025-10-08", "2025-12-31"} {
		runs = append(runs, BusRun{"B1", parseDay(d)})
	}
	fs, err := defaultChecker(t).CheckBuses(covers, runs)
	require.NoError(t, err)
	assert.Empty(t, fs, "every run in a cover")

	// One day into each gap, and a day after the last cover.
	for _, d := range []string{"2025-02-01", "2025-08-31", "2026-01-01"} {
		runs = append(runs, BusRun{"B1", parseDay(d)})
	}
	fs, err = defaultChecker(t).CheckBuses(covers, runs)
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, CodeBusRunUninsured, fs[0].Code)
	assert.Equal(t, "B1", fs[0].Subject)
	assert.Equal(t, []string{"runs=3", "first=2025-02-01", "last=2026-01-01"}, factsOf(fs[0]))
}

// TestTallyJSONStatusesInAnyOrder: the statuses of a tally decode in any
// order, as the doc of UnmarshalJSON says of every breakdown.
func TestTallyJSONStatusesInAnyOrder(t *testing.T) {
	tl := newTally(t)
	filed := paidClaim("C2")
	filed.Status, filed.DecidedOn, filed.Paid = StatusFiled, houqin.Date{}, yuan("0")
	withdrawn := paidClaim("C3")
	withdrawn.Status, withdrawn.Paid = StatusWithdrawn, yuan("0")
	require.NoError(t, tl.AddAll([]Claim{paidClaim("C1"), filed, withdrawn}))
	b, err := json.Marshal(tl)
	require.NoError(t, err)
	var j tallyJSON
	require.NoError(t, json.Unmarshal(b, &j))
	require.Len(t, j.Statuses, 3)
	slices.Reverse(j.Statuses) // withdrawn, paid, filed
	slices.Reverse(j.Kinds[0].Statuses)
	b, err = json.Marshal(j)
	require.NoError(t, err)
	back, err := testChecker.ParseTally(b)
	require.NoError(t, err)
	assert.True(t, back.Equal(tl))
	assert.Equal(t, []StatusTotal{
		{StatusFiled, Bucket{1, 300000, 0}},
		{StatusPaid, Bucket{1, 300000, 280000}},
		{StatusWithdrawn, Bucket{1, 300000, 0}},
	}, back.Statuses())
}
