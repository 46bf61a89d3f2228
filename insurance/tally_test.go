package insurance

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// at is an instant of 2025 in China Standard Time.
func at(m time.Month, d, h int) time.Time { return time.Date(2025, m, d, h, 0, 0, 0, cst) }

func date(m time.Month, d int) houqin.Date { return houqin.Date{Year: 2025, Month: m, Day: d} }

func yuan(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// paidClaim is a valid paid school-liability claim of school S001,
// reported on 3 May 2025.
func paidClaim(id string) Claim {
	return Claim{
		ID:         id,
		Kind:       SchoolLiability,
		School:     "S001",
		IncidentAt: at(time.May, 3, 9),
		ReportedAt: at(time.May, 3, 15),
		DecidedOn:  date(time.May, 20),
		Status:     StatusPaid,
		Claimed:    yuan("3000.00"),
		Paid:       yuan("2800.00"),
	}
}

func newTally(t testing.TB) *Tally {
	t.Helper()
	tl, err := testChecker.NewTally(testAsOf)
	require.NoError(t, err)
	return tl
}

func jsonOf(t testing.TB, tl *Tally) string {
	t.Helper()
	b, err := json.Marshal(tl)
	require.NoError(t, err)
	return string(b)
}

// requireField asserts that err is an *houqin.InputError for field that
// matches houqin.ErrInvalidInput.
func requireField(t testing.TB, err error, field string) {
	t.Helper()
	require.Error(t, err)
	require.ErrorIs(t, err, houqin.ErrInvalidInput)
	var ie *houqin.InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, field, ie.Field, "error: %v", err)
}

func TestNewTally(t *testing.T) {
	_, err := testChecker.NewTally(houqin.Date{})
	requireField(t, err, "as_of")
	_, err = testChecker.NewTally(houqin.Date{Year: 2025, Month: time.February, Day: 30})
	requireField(t, err, "as_of")
	tl, err := testChecker.NewTally(testAsOf)
	require.NoError(t, err)
	assert.Equal(t, testAsOf, tl.AsOf())
	assert.Equal(t, 0, tl.Len())
	assert.Equal(t, Bucket{}, tl.Total())
	assert.Empty(t, tl.Kinds())
	assert.Empty(t, tl.Statuses())
	assert.Empty(t, tl.Schools())
	assert.Empty(t, tl.Months())
}

func TestTallyAddRefuses(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *Claim)
		field  string
	}{
		{"missing id", func(c *Claim) { c.ID = "" }, "id"},
		{"id of 129 bytes", func(c *Claim) { c.ID = strings.Repeat("x", 129) }, "id"},
		{"id not UTF-8", func(c *Claim) { c.ID = "C\xff" }, "id"},
		{"missing school", func(c *Claim) { c.School = "" }, "school"},
		{"school not UTF-8", func(c *Claim) { c.School = "\xc3" }, "school"},
		{"misspelt kind", func(c *Claim) { c.Kind = "school_liabilty" }, "kind"},
		{"kind not snake_case", func(c *Claim) { c.Kind = "School" }, "kind"},
		{"kind with a dot", func(c *Claim) { c.Kind = "school.liability" }, "kind"},
		{"missing kind", func(c *Claim) { c.Kind = "" }, "kind"},
		{"kind too long", func(c *Claim) { c.Kind = Kind(strings.Repeat("k", 65)) }, "kind"},
		{"zero status", func(c *Claim) { c.Status = 0 }, "status"},
		{"status out of range", func(c *Claim) { c.Status = 6 }, "status"},
		{"missing report time", func(c *Claim) { c.ReportedAt = time.Time{} }, "reported_at"},
		{"missing incident time", func(c *Claim) { c.IncidentAt = time.Time{} }, "incident_at"},
		{"incident a nanosecond after the report", func(c *Claim) { c.IncidentAt = c.ReportedAt.Add(1) }, "incident_at"},
		{"reported the day after the as-of date", func(c *Claim) {
			c.IncidentAt = at(time.May, 31, 23)
			c.ReportedAt = time.Date(2025, time.June, 1, 0, 0, 0, 0, cst)
			c.Status, c.DecidedOn, c.Paid = StatusFiled, houqin.Date{}, decimal.Zero
		}, "reported_at"},
		{"reported in year 10000", func(c *Claim) { c.ReportedAt = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }, "reported_at"},
		{"paid without a decision date", func(c *Claim) { c.DecidedOn = houqin.Date{} }, "decided_on"},
		{"approved without a decision date", func(c *Claim) {
			c.Status, c.DecidedOn, c.Paid = StatusApproved, houqin.Date{}, decimal.Zero
		}, "decided_on"},
		{"rejected without a decision date", func(c *Claim) {
			c.Status, c.DecidedOn, c.Paid = StatusRejected, houqin.Date{}, decimal.Zero
		}, "decided_on"},
		{"filed with a decision date", func(c *Claim) { c.Status, c.Paid = StatusFiled, decimal.Zero }, "decided_on"},
		{"decided the day before the report", func(c *Claim) { c.DecidedOn = date(time.May, 2) }, "decided_on"},
		{"decided after the as-of date", func(c *Claim) { c.DecidedOn = date(time.June, 1) }, "decided_on"},
		{"decided on 30 February", func(c *Claim) { c.DecidedOn = houqin.Date{Year: 2025, Month: time.February, Day: 30} }, "decided_on"},
		{"claimed with three decimals", func(c *Claim) { c.Claimed = yuan("1.005") }, "claimed"},
		{"claimed negative", func(c *Claim) { c.Claimed = yuan("-0.01") }, "claimed"},
		{"claimed with a hostile exponent", func(c *Claim) { c.Claimed = decimal.New(1, 1_000_000_000) }, "claimed"},
		{"claimed a fen beyond the bound", func(c *Claim) { c.Claimed = yuan("1000000000000.01") }, "claimed"},
		{"paid with three decimals", func(c *Claim) { c.Paid = yuan("0.001") }, "paid"},
		{"paid negative", func(c *Claim) { c.Paid = yuan("-5") }, "paid"},
		{"paid on an approved claim", func(c *Claim) { c.Status = StatusApproved }, "paid"},
		{"paid on a withdrawn claim", func(c *Claim) { c.Status = StatusWithdrawn }, "paid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := newTally(t)
			require.NoError(t, tl.Add(paidClaim("C0")))
			before := jsonOf(t, tl)
			c := paidClaim("C1")
			tt.change(&c)
			requireField(t, tl.Add(c), tt.field)
			assert.Equal(t, before, jsonOf(t, tl), "a refused claim leaves the tally as it was")
			requireField(t, tl.AddAll([]Claim{paidClaim("C2"), c}), "claims[1]."+tt.field)
			assert.Equal(t, before, jsonOf(t, tl), "a refused batch leaves the tally as it was")
			assert.False(t, tl.Has("C2"))
		})
	}
}

func TestTallyAddAccepts(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *Claim)
		month  Month
	}{
		{"as it is", func(*Claim) {}, Month{2025, time.May}},
		{"id of 128 bytes", func(c *Claim) { c.ID = strings.Repeat("x", 128) }, Month{2025, time.May}},
		{"Chinese ids", func(c *Claim) { c.ID, c.School = "理赔-001", "城关小学" }, Month{2025, time.May}},
		{"incident at the instant of the report", func(c *Claim) { c.IncidentAt = c.ReportedAt }, Month{2025, time.May}},
		{"reported in the last minute of the as-of date", func(c *Claim) {
			c.ReportedAt = time.Date(2025, time.May, 31, 23, 59, 59, 0, cst)
			c.DecidedOn = testAsOf
		}, Month{2025, time.May}},
		{"reported on the as-of date in UTC, the next morning in Beijing", func(c *Claim) {
			// The reported date is the date in the time's own location.
			c.ReportedAt = time.Date(2025, time.May, 31, 20, 0, 0, 0, time.UTC)
			c.DecidedOn = testAsOf
		}, Month{2025, time.May}},
		{"decided on the reported day", func(c *Claim) { c.DecidedOn = date(time.May, 3) }, Month{2025, time.May}},
		{"decided on the as-of date", func(c *Claim) { c.DecidedOn = testAsOf }, Month{2025, time.May}},
		{"withdrawn without a decision date", func(c *Claim) {
			c.Status, c.DecidedOn, c.Paid = StatusWithdrawn, houqin.Date{}, decimal.Zero
		}, Month{2025, time.May}},
		{"withdrawn with a decision date", func(c *Claim) { c.Status, c.Paid = StatusWithdrawn, decimal.Zero }, Month{2025, time.May}},
		{"filed", func(c *Claim) { c.Status, c.DecidedOn, c.Paid = StatusFiled, houqin.Date{}, decimal.Zero }, Month{2025, time.May}},
		{"claimed written with trailing zeros", func(c *Claim) { c.Claimed = yuan("3000.000") }, Month{2025, time.May}},
		{"zero amounts", func(c *Claim) { c.Claimed, c.Paid = decimal.Decimal{}, decimal.Decimal{} }, Month{2025, time.May}},
		{"paid more than claimed", func(c *Claim) { c.Paid = yuan("3500") }, Month{2025, time.May}},
		{"the bound itself", func(c *Claim) { c.Claimed = yuan("1000000000000") }, Month{2025, time.May}},
		{"reported a year before", func(c *Claim) {
			c.IncidentAt = time.Date(2024, time.May, 31, 8, 0, 0, 0, cst)
			c.ReportedAt = time.Date(2024, time.May, 31, 9, 0, 0, 0, cst)
		}, Month{2024, time.May}},
		{"reported two centuries before", func(c *Claim) {
			c.IncidentAt = time.Date(1825, time.January, 1, 8, 0, 0, 0, cst)
			c.ReportedAt = time.Date(1825, time.January, 1, 9, 0, 0, 0, cst)
		}, Month{1825, time.January}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := paidClaim("C1")
			tt.change(&c)
			claimed, err := houqin.FenOf("", c.Claimed)
			require.NoError(t, err)
			paid, err := houqin.FenOf("", c.Paid)
			require.NoError(t, err)
			want := Bucket{Count: 1, Claimed: claimed, Paid: paid}
			for _, add := range []func(*Tally) error{
				func(tl *Tally) error { return tl.Add(c) },
				func(tl *Tally) error { return tl.AddAll([]Claim{c}) },
			} {
				tl := newTally(t)
				require.NoError(t, add(tl))
				assert.True(t, tl.Has(c.ID))
				assert.Equal(t, 1, tl.Len())
				assert.Equal(t, want, tl.Total())
				assert.Equal(t, []MonthTotal{{Month: tt.month, Bucket: want}}, tl.Months())
				assert.Equal(t, []SchoolTotal{{School: c.School, Bucket: want}}, tl.Schools())
				assert.Equal(t, []StatusTotal{{Status: c.Status, Bucket: want}}, tl.Statuses())
				assert.Equal(t, want, tl.Kind(c.Kind).Status(c.Status))
			}
		})
	}
}

// TestTallyBreakdowns checks every breakdown of a small tally worked out
// by hand.
func TestTallyBreakdowns(t *testing.T) {
	c1 := paidClaim("C1") // liability, S001, May, paid 3000.00/2800.00
	c2 := paidClaim("C2")
	c2.School = "S002"
	c2.Claimed, c2.Paid = yuan("1200.50"), yuan("1000.25")
	c3 := paidClaim("C3") // accident, S001, April, filed 800.05
	c3.Kind, c3.Status, c3.DecidedOn, c3.Paid = StudentAccident, StatusFiled, houqin.Date{}, decimal.Zero
	c3.IncidentAt, c3.ReportedAt = at(time.April, 30, 8), at(time.April, 30, 23)
	c3.Claimed = yuan("800.05")
	c4 := paidClaim("C4") // accident, S002, May, rejected 99.99
	c4.Kind, c4.Status, c4.Paid, c4.School = StudentAccident, StatusRejected, decimal.Zero, "S002"
	c4.Claimed = yuan("99.99")

	tl := newTally(t)
	for _, c := range []Claim{c3, c1, c4, c2} {
		require.NoError(t, tl.Add(c))
	}
	// Total: claimed 3000.00 + 1200.50 + 800.05 + 99.99 = 5100.54;
	// paid 2800.00 + 1000.25 = 3800.25.
	assert.Equal(t, Bucket{4, 510054, 380025}, tl.Total())
	assert.Equal(t, []KindTotal{
		{Kind: SchoolLiability, Bucket: Bucket{2, 420050, 380025}, Statuses: []StatusTotal{{StatusPaid, Bucket{2, 420050, 380025}}}},
		{Kind: StudentAccident, Bucket: Bucket{2, 90004, 0}, Statuses: []StatusTotal{
			{StatusFiled, Bucket{1, 80005, 0}}, {StatusRejected, Bucket{1, 9999, 0}},
		}},
	}, tl.Kinds())
	assert.Equal(t, []StatusTotal{
		{StatusFiled, Bucket{1, 80005, 0}}, {StatusPaid, Bucket{2, 420050, 380025}}, {StatusRejected, Bucket{1, 9999, 0}},
	}, tl.Statuses())
	assert.Equal(t, []SchoolTotal{
		{"S001", Bucket{2, 380005, 280000}}, {"S002", Bucket{2, 130049, 100025}},
	}, tl.Schools())
	assert.Equal(t, []MonthTotal{
		{Month{2025, time.April}, Bucket{1, 80005, 0}}, {Month{2025, time.May}, Bucket{3, 430049, 380025}},
	}, tl.Months())
	assert.Equal(t, KindTotal{Kind: SchoolProperty}, tl.Kind(SchoolProperty))
	assert.Equal(t, Bucket{}, tl.Kind(StudentAccident).Status(StatusPaid))
}

func TestTallyDuplicates(t *testing.T) {
	tl := newTally(t)
	require.NoError(t, tl.Add(paidClaim("C1")))
	requireField(t, tl.Add(paidClaim("C1")), "id")

	// Within a batch the later of two equal ids is the duplicate.
	requireField(t, tl.AddAll([]Claim{paidClaim("C2"), paidClaim("C3"), paidClaim("C2")}), "claims[2].id")
	// A batch reports its first duplicate, whether of the tally or of the
	// batch.
	requireField(t, tl.AddAll([]Claim{paidClaim("C2"), paidClaim("C3"), paidClaim("C3"), paidClaim("C1")}), "claims[2].id")
	requireField(t, tl.AddAll([]Claim{paidClaim("C2"), paidClaim("C1"), paidClaim("C3"), paidClaim("C3")}), "claims[1].id")
	// A claim that fails on its own is reported before any duplicate.
	bad := paidClaim("C9")
	bad.Paid = yuan("0.001")
	requireField(t, tl.AddAll([]Claim{paidClaim("C1"), bad}), "claims[1].paid")
	assert.Equal(t, 1, tl.Len())
	require.NoError(t, tl.AddAll([]Claim{paidClaim("C2"), paidClaim("C3")}))
	assert.Equal(t, 3, tl.Len())
}

// TestAddAllLargeBatch goes through the insertion of large batches (into
// tables past sortFrom too, where a batch goes in in the order of its
// tags) and their undoing, when a claim is a duplicate and when one fails
// on its own after the batch has made new schools and months and grown
// the tables.
func TestAddAllLargeBatch(t *testing.T) {
	for _, size := range []int{2048, 20_000} {
		t.Run(itoa(size), func(t *testing.T) {
			claims := genClaims(7, 3*size)
			tl := newTally(t)
			require.NoError(t, tl.AddAll(claims[:size]))
			before := jsonOf(t, tl)
			m := tl.mark()

			batch := append([]Claim(nil), claims[size:]...)
			batch[3000].ID = batch[10].ID       // a duplicate within the batch
			batch[2500].ID = claims[100].ID     // a duplicate of the tally
			batch[len(batch)-1].School = "S999" // a new school, taken out again
			batch[len(batch)-2].ReportedAt = batch[len(batch)-2].ReportedAt.AddDate(-300, 0, 0)
			batch[len(batch)-2].IncidentAt = batch[len(batch)-2].ReportedAt // and a new month
			requireField(t, tl.AddAll(batch), "claims[2500].id")
			assert.Equal(t, before, jsonOf(t, tl))
			after := tl.mark()
			if size == 2048 { // of 20,000 schools, far from all
				assert.Greater(t, after.schools.slots, m.schools.slots, "the table of schools grew for the batch")
			}
			after.schools.slots = m.schools.slots
			assert.Equal(t, m, after, "the cells made for the batch are gone")
			for _, c := range claims[size:] {
				if c.ID != batch[10].ID {
					require.False(t, tl.Has(c.ID), c.ID)
				}
			}
			// A claim failing on its own comes before any duplicate, and
			// undoes what the claims before it counted.
			batch[len(batch)-3].Claimed = yuan("0.001")
			requireField(t, tl.AddAll(batch), "claims["+itoa(len(batch)-3)+"].claimed")
			assert.Equal(t, before, jsonOf(t, tl))
			after = tl.mark()
			after.schools.slots = m.schools.slots
			assert.Equal(t, m, after, "the cells made for the batch are gone")

			require.NoError(t, tl.AddAll(claims[size:]))
			one := newTally(t)
			for _, c := range claims {
				require.NoError(t, one.Add(c))
			}
			assert.True(t, tl.Equal(one))
			for _, c := range claims {
				require.True(t, tl.Has(c.ID))
			}
			assert.False(t, tl.Has("nope"))
		})
	}
}

func TestTallyBound(t *testing.T) {
	big := func(id, amount string) Claim {
		c := paidClaim(id)
		c.Claimed, c.Paid = yuan(amount), yuan(amount)
		return c
	}
	tl := newTally(t)
	require.NoError(t, tl.Add(big("A", "600000000000")))
	// 600,000,000,000 + 400,000,000,000.01 is a fen beyond ¥10¹².
	requireField(t, tl.Add(big("B", "400000000000.01")), "claimed")
	c := big("B", "400000000000.01")
	c.Claimed = yuan("1")
	requireField(t, tl.Add(c), "paid")
	requireField(t, tl.AddAll([]Claim{big("B", "300000000000"), big("C", "100000000000.01")}), "claims[1].claimed")
	require.NoError(t, tl.Add(big("B", "400000000000")), "exactly the bound is accepted")
	assert.Equal(t, houqin.MaxFen, tl.Total().Claimed)

	other := newTally(t)
	require.NoError(t, other.Add(big("Z", "0.01")))
	before := jsonOf(t, tl)
	requireField(t, tl.Merge(other), "claimed")
	assert.Equal(t, before, jsonOf(t, tl))
	b, err := json.Marshal(tl)
	require.NoError(t, err, "a tally at the bound still encodes")
	var back Tally
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Equal(tl))
}

func TestMergeRefuses(t *testing.T) {
	a := newTally(t)
	require.NoError(t, a.AddAll([]Claim{paidClaim("C1"), paidClaim("C5"), paidClaim("C3")}))
	before := jsonOf(t, a)

	b := newTally(t)
	require.NoError(t, b.AddAll([]Claim{paidClaim("C9"), paidClaim("C5"), paidClaim("C3")}))
	err := a.Merge(b)
	requireField(t, err, "claim_ids")
	assert.Contains(t, err.Error(), `"C3"`, "the least shared id")
	assert.Equal(t, before, jsonOf(t, a))
	assert.False(t, a.Has("C9"))

	err = a.Merge(a)
	requireField(t, err, "claim_ids")
	assert.Contains(t, err.Error(), `"C1"`)
	assert.Equal(t, before, jsonOf(t, a))

	june, err := testChecker.NewTally(date(time.June, 30))
	require.NoError(t, err)
	requireField(t, a.Merge(june), "as_of")
	requireField(t, june.Merge(a), "as_of")
	requireField(t, a.Merge(&Tally{}), "as_of")
	requireField(t, a.Merge(nil), "")
	assert.Equal(t, before, jsonOf(t, a))

	empty := newTally(t)
	require.NoError(t, empty.Merge(empty), "an empty tally merges with itself")
	require.NoError(t, a.Merge(empty))
	require.NoError(t, empty.Merge(a))
	assert.True(t, empty.Equal(a))
	assert.Equal(t, before, jsonOf(t, a))
}

func TestZeroTally(t *testing.T) {
	var z Tally
	requireField(t, z.Add(paidClaim("C1")), "as_of")
	requireField(t, z.AddAll([]Claim{paidClaim("C1")}), "as_of")
	requireField(t, z.Merge(newTally(t)), "as_of")
	z.Grow(10)
	assert.Equal(t, 0, z.Len())
	assert.False(t, z.Has("C1"))
	assert.Equal(t, "截至—，无理赔。", z.Summary(language.SimplifiedChinese))
	assert.True(t, z.Equal(z.Clone()))
}

func TestTallyGrowAndClone(t *testing.T) {
	tl := newTally(t)
	tl.Grow(0)
	tl.Grow(-3)
	tl.Grow(5000)
	slots := tl.ids.size
	claims := genClaims(3, 5000)
	require.NoError(t, tl.AddAll(claims[:2500]))
	for _, c := range claims[2500:] {
		require.NoError(t, tl.Add(c))
	}
	assert.Equal(t, slots, tl.ids.size, "no growth after Grow")

	c := tl.Clone()
	assert.True(t, c.Equal(tl))
	extra := paidClaim("extra")
	require.NoError(t, c.Add(extra))
	assert.False(t, tl.Has("extra"), "a clone is independent")
	assert.False(t, c.Equal(tl))
	assert.False(t, tl.Equal(c))
}

func TestTallyEqual(t *testing.T) {
	a, b := newTally(t), newTally(t)
	require.NoError(t, a.Add(paidClaim("C1")))
	require.NoError(t, b.Add(paidClaim("C2")))
	assert.False(t, a.Equal(b), "same figures, other ids")
	c, d := newTally(t), newTally(t)
	x := paidClaim("C1")
	x.School = "S002"
	require.NoError(t, c.Add(paidClaim("C1")))
	require.NoError(t, d.Add(x))
	assert.False(t, c.Equal(d), "other school")
	e := newTally(t)
	y := paidClaim("C1")
	y.IncidentAt, y.ReportedAt = at(time.April, 3, 9), at(time.April, 3, 10)
	require.NoError(t, e.Add(y))
	assert.False(t, c.Equal(e), "other month")
	f := newTally(t)
	z := paidClaim("C1")
	z.Kind = InternshipLiability
	require.NoError(t, f.Add(z))
	assert.False(t, c.Equal(f), "other kind")
	assert.True(t, c.Equal(c))
}

func TestTallyOldMonths(t *testing.T) {
	// Claims reported more than maxRecent months before the as-of month
	// go through the map of old months, merges and rollbacks included.
	old := func(id string, year int) Claim {
		c := paidClaim(id)
		c.IncidentAt = time.Date(year, time.March, 1, 8, 0, 0, 0, cst)
		c.ReportedAt = time.Date(year, time.March, 1, 9, 0, 0, 0, cst)
		return c
	}
	a, b := newTally(t), newTally(t)
	require.NoError(t, a.Add(old("A1", 1800)))
	require.NoError(t, b.AddAll([]Claim{old("B1", 1800), old("B2", 1700), paidClaim("B3")}))
	bad := old("B4", 1600)
	bad.Paid = yuan("0.001")
	requireField(t, b.AddAll([]Claim{old("B5", 1500), bad}), "claims[1].paid")
	require.NoError(t, a.Merge(b))
	assert.Equal(t, []MonthTotal{
		{Month{1700, time.March}, Bucket{1, 300000, 280000}},
		{Month{1800, time.March}, Bucket{2, 600000, 560000}},
		{Month{2025, time.May}, Bucket{1, 300000, 280000}},
	}, a.Months())
	c := a.Clone()
	assert.True(t, c.Equal(a))
	b2, err := json.Marshal(a)
	require.NoError(t, err)
	var back Tally
	require.NoError(t, json.Unmarshal(b2, &back))
	assert.True(t, back.Equal(a))
}

func TestHostKindInTally(t *testing.T) {
	const k Kind = "test_tally_host_kind"
	p := DefaultPolicy()
	p.Kinds[k] = KindPolicy{Name: Name{Hans: "测试险", Hant: "測試險", En: "test insurance"}}
	host := must(New(p))
	c := paidClaim("H1")
	c.Kind = k
	tl := must(host.NewTally(testAsOf))
	require.NoError(t, tl.Add(paidClaim("C1")))
	require.NoError(t, tl.Add(c))
	kinds := tl.Kinds()
	require.Len(t, kinds, 2)
	assert.Equal(t, SchoolLiability, kinds[0].Kind, "built-in kinds come first")
	assert.Equal(t, k, kinds[1].Kind)
	assert.Equal(t, "截至5月31日，校方责任险理赔1件，理赔金额¥2,800.00；测试险理赔1件，理赔金额¥2,800.00。", tl.Summary(language.SimplifiedChinese))
	assert.Equal(t, "As of 31 May, school liability insurance: 1 claim paid, CN¥2,800.00 in all; test insurance: 1 claim paid, CN¥2,800.00 in all.", tl.Summary(language.English))

	// A tally of the default policy does not know the host's kind.
	requireField(t, newTally(t).Add(c), "kind")
	requireField(t, newTally(t).AddAll([]Claim{paidClaim("C1"), c}), "claims[1].kind")

	// The tally travels as JSON: the host's checker decodes it, with its
	// kinds; the default checker and a zero Tally know the built-in kinds
	// only.
	b, err := json.Marshal(tl)
	require.NoError(t, err)
	back, err := host.ParseTally(b)
	require.NoError(t, err)
	assert.True(t, back.Equal(tl))
	assert.Equal(t, tl.Summary(language.TraditionalChinese), back.Summary(language.TraditionalChinese))
	_, err = testChecker.ParseTally(b)
	requireField(t, err, "kinds[1].kind")
	var zero Tally
	requireField(t, json.Unmarshal(b, &zero), "kinds[1].kind")
}

// TestMergeAcrossPolicies checks when tallies of two policies merge: when
// every kind the merged tally counts is known to the other by the same
// names.
func TestMergeAcrossPolicies(t *testing.T) {
	named := func(hans, hant, en string) *Checker {
		p := DefaultPolicy()
		p.Kinds[foodSafety] = KindPolicy{Name: Name{Hans: hans, Hant: hant, En: en}}
		return must(New(p))
	}
	host := named(foodSafetyName.Hans, foodSafetyName.Hant, foodSafetyName.En)
	same := named(foodSafetyName.Hans, foodSafetyName.Hant, foodSafetyName.En) // another checker of the same policy
	other := named("食品险", "食品險", "food insurance")
	withRules := must(New(hostPolicy())) // the same names, other rules
	food := paidClaim("F1")
	food.Kind = foodSafety

	tallyOf := func(c *Checker, claims ...Claim) *Tally {
		tl := must(c.NewTally(testAsOf))
		require.NoError(t, tl.AddAll(claims))
		return tl
	}
	tests := []struct {
		name     string
		into, of *Tally
		field    string // "" when they merge
	}{
		{"the same policy", tallyOf(host), tallyOf(same, food), ""},
		{"the same names, other rules", tallyOf(host), tallyOf(withRules, food), ""},
		{"a built-in kind, whatever the policies", tallyOf(testChecker), tallyOf(host, paidClaim("C1")), ""},
		{"a kind the other policy does not know", tallyOf(testChecker), tallyOf(host, paidClaim("C1"), food), "kinds"},
		{"a kind the other policy names otherwise", tallyOf(other), tallyOf(host, food), "kinds"},
		{"a kind known to this policy only", tallyOf(host, food), tallyOf(testChecker, paidClaim("C1")), ""},
		{"a decoded zero Tally knows the built-in kinds", func() *Tally {
			var z Tally
			require.NoError(t, json.Unmarshal([]byte(jsonOf(t, tallyOf(testChecker, paidClaim("C2")))), &z))
			return &z
		}(), tallyOf(host, food), "kinds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, n := jsonOf(t, tt.into), tt.into.Len()
			err := tt.into.Merge(tt.of)
			if tt.field == "" {
				require.NoError(t, err)
				assert.Equal(t, n+tt.of.Len(), tt.into.Len())
				return
			}
			requireField(t, err, tt.field)
			assert.Equal(t, before, jsonOf(t, tt.into), "a refused merge leaves the tally as it was")
		})
	}
}

func TestSummary(t *testing.T) {
	// The figures of 监利县学校后勤管理工作会议讲话（上半年工作总结）: 26 school-liability claims and 1521
	// student-accident claims paid by the end of May; the filed and
	// rejected claims are counted in the tally but not in "理赔…件".
	tl := newTally(t)
	n := 0
	add := func(k Kind, st Status, count int, paid string) {
		for range count {
			c := paidClaim("C" + strings.Repeat("0", 6-len(itoa(n))) + itoa(n))
			n++
			c.Kind, c.Status, c.Paid = k, st, yuan(paid)
			if st == StatusFiled {
				c.DecidedOn = houqin.Date{}
			}
			require.NoError(t, tl.Add(c))
		}
	}
	add(SchoolLiability, StatusPaid, 26, "3323.08")
	add(SchoolLiability, StatusFiled, 3, "0")
	add(StudentAccident, StatusPaid, 1521, "800.01")
	add(StudentAccident, StatusRejected, 40, "0")
	// 26 × 3323.08 = 86,400.08; 1521 × 800.01 = 1,216,815.21.
	assert.Equal(t, "截至5月31日，校方责任险理赔26件，理赔金额¥86,400.08；学平险理赔1521件，理赔金额¥1,216,815.21。",
		tl.Summary(language.SimplifiedChinese))
	assert.Equal(t, "截至5月31日，校方責任險理賠26件，理賠金額¥86,400.08；學平險理賠1521件，理賠金額¥1,216,815.21。",
		tl.Summary(language.TraditionalChinese))
	assert.Equal(t, "As of 31 May, school liability insurance: 26 claims paid, CN¥86,400.08 in all; "+
		"student accident insurance: 1,521 claims paid, CN¥1,216,815.21 in all.", tl.Summary(language.English))

	only := newTally(t)
	c := paidClaim("F1")
	c.Status, c.DecidedOn, c.Paid = StatusFiled, houqin.Date{}, decimal.Zero
	require.NoError(t, only.Add(c))
	// Before: "截至5月31日，校方责任险理赔0件，理赔金额0.00元。", a sentence about nothing.
	assert.Equal(t, "截至5月31日，尚无已赔付的理赔。", only.Summary(language.SimplifiedChinese),
		"claims, none of them paid: no kind is listed with 0 claims")
	assert.Equal(t, "截至5月31日，尚無已賠付的理賠。", only.Summary(language.TraditionalChinese))
	assert.Equal(t, "As of 31 May, no claims paid yet.", only.Summary(language.English))
	// A kind none of whose claims is paid is left out beside one with a paid claim.
	require.NoError(t, only.Add(paidClaim("F2")))
	assert.Equal(t, "As of 31 May, school liability insurance: 1 claim paid, CN¥2,800.00 in all.", only.Summary(language.English))

	empty := newTally(t)
	assert.Equal(t, "截至5月31日，无理赔。", empty.Summary(language.SimplifiedChinese))
	assert.Equal(t, "截至5月31日，無理賠。", empty.Summary(language.TraditionalChinese))
	assert.Equal(t, "As of 31 May, no claims.", empty.Summary(language.English))
}

func itoa(n int) string { return decimal.NewFromInt(int64(n)).String() }

func TestMonth(t *testing.T) {
	m := Month{2025, time.May}
	assert.Equal(t, "2025-05", m.String())
	assert.Equal(t, "0033-12", Month{33, time.December}.String())
	assert.Equal(t, houqin.MonthPeriod(2025, time.May), m.Period())
	assert.Equal(t, m, MonthOf(date(time.May, 31)))
	assert.Equal(t, m, monthOfKey(m.key()))
	assert.Equal(t, m.key()+1, Month{2025, time.June}.key())
	assert.Equal(t, Month{2026, time.January}.key(), Month{2025, time.December}.key()+1)

	b, err := m.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "2025-05", string(b))
	var back Month
	require.NoError(t, back.UnmarshalText(b))
	assert.Equal(t, m, back)

	for _, bad := range []string{"", "2025-5", "2025/05", "2025-13", "2025-00", "0000-01", "20x5-05", "2025-0a", "2025-05-01"} {
		requireField(t, back.UnmarshalText([]byte(bad)), "month")
	}
	for _, bad := range []Month{{0, time.May}, {10000, time.May}, {2025, 0}, {2025, 13}} {
		requireField(t, bad.Validate(), "month")
		_, err := bad.MarshalText()
		requireField(t, err, "month")
	}
}

func TestTallyJSON(t *testing.T) {
	tl := newTally(t)
	c2 := paidClaim("C2")
	c2.Kind, c2.Status, c2.DecidedOn, c2.Paid, c2.Claimed = StudentAccident, StatusFiled, houqin.Date{}, decimal.Zero, yuan("12.5")
	require.NoError(t, tl.AddAll([]Claim{c2, paidClaim("C1")}))
	want := `{"as_of":"2025-05-31","total":{"count":2,"claimed":"3012.50","paid":"2800.00"},` +
		`"kinds":[{"kind":"school_liability","count":1,"claimed":"3000.00","paid":"2800.00","statuses":[{"status":"paid","count":1,"claimed":"3000.00","paid":"2800.00"}]},` +
		`{"kind":"student_accident","count":1,"claimed":"12.50","paid":"0.00","statuses":[{"status":"filed","count":1,"claimed":"12.50","paid":"0.00"}]}],` +
		`"statuses":[{"status":"filed","count":1,"claimed":"12.50","paid":"0.00"},{"status":"paid","count":1,"claimed":"3000.00","paid":"2800.00"}],` +
		`"schools":[{"school":"S001","count":2,"claimed":"3012.50","paid":"2800.00"}],` +
		`"months":[{"month":"2025-05","count":2,"claimed":"3012.50","paid":"2800.00"}],` +
		`"claim_ids":["C1","C2"]}`
	assert.Equal(t, want, jsonOf(t, tl))

	var back Tally
	require.NoError(t, json.Unmarshal([]byte(want), &back))
	assert.True(t, back.Equal(tl))
	assert.Equal(t, want, jsonOf(t, &back))
	require.NoError(t, back.Add(paidClaim("C3")), "a decoded tally takes claims")
	requireField(t, back.Add(paidClaim("C1")), "id")

	type holder struct{ T Tally }
	b, err := json.Marshal(holder{T: *tl})
	require.NoError(t, err)
	assert.Equal(t, `{"T":`+want+`}`, string(b), "a tally held by value encodes")

	empty := `{"as_of":"2025-05-31","total":{"count":0,"claimed":"0.00","paid":"0.00"},"kinds":[],"statuses":[],"schools":[],"months":[],"claim_ids":[]}`
	assert.Equal(t, empty, jsonOf(t, newTally(t)))
	var e Tally
	require.NoError(t, json.Unmarshal([]byte(empty), &e))
	assert.True(t, e.Equal(newTally(t)))
}

func TestTallyUnmarshalRefuses(t *testing.T) {
	valid := func() map[string]any {
		tl := newTally(t)
		c2 := paidClaim("C2")
		c2.Kind, c2.Status, c2.DecidedOn, c2.Paid, c2.School = StudentAccident, StatusFiled, houqin.Date{}, decimal.Zero, "S002"
		c2.IncidentAt, c2.ReportedAt = at(time.April, 1, 8), at(time.April, 1, 9)
		require.NoError(t, tl.AddAll([]Claim{c2, paidClaim("C1")}))
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(jsonOf(t, tl)), &m))
		return m
	}
	get := func(m map[string]any, path ...any) map[string]any {
		var cur any = m
		for _, p := range path {
			switch k := p.(type) {
			case string:
				cur = cur.(map[string]any)[k]
			case int:
				cur = cur.([]any)[k]
			}
		}
		return cur.(map[string]any)
	}
	tests := []struct {
		name   string
		change func(m map[string]any)
		field  string
	}{
		{"no as-of date", func(m map[string]any) { m["as_of"] = "" }, "as_of"},
		{"bad as-of date", func(m map[string]any) { m["as_of"] = "2025-02-30" }, "tally"},
		{"total count off", func(m map[string]any) { get(m, "total")["count"] = 3 }, "total.count"},
		{"negative total", func(m map[string]any) { get(m, "total")["claimed"] = "-1.00" }, "total.claimed"},
		{"total amounts without claims", func(m map[string]any) {
			m["claim_ids"] = []any{}
			m["total"] = map[string]any{"count": 0, "claimed": "1.00", "paid": "0.00"}
		}, "total"},
		{"total paid beyond the bound", func(m map[string]any) { get(m, "total")["paid"] = "1000000000000.01" }, "tally"},
		{"unknown kind", func(m map[string]any) { get(m, "kinds", 0)["kind"] = "no_such_kind" }, "kinds[0].kind"},
		{"kind twice", func(m map[string]any) { get(m, "kinds", 1)["kind"] = "school_liability" }, "kinds[1].kind"},
		{"unknown status", func(m map[string]any) { get(m, "kinds", 0, "statuses", 0)["status"] = "lost" }, "tally"},
		{"status twice", func(m map[string]any) {
			k := get(m, "kinds", 0)
			k["statuses"] = append(k["statuses"].([]any), k["statuses"].([]any)[0])
		}, "kinds[0].statuses[1].status"},
		{"paid on a filed status", func(m map[string]any) { get(m, "kinds", 1, "statuses", 0)["paid"] = "1.00" }, "kinds[1].statuses[0].paid"},
		{"empty status listed", func(m map[string]any) {
			get(m, "kinds", 1, "statuses", 0)["count"] = 0
		}, "kinds[1].statuses[0].count"},
		// A kind listed without claims (and so without statuses) is refused,
		// as every other bucket without claims: a tally never writes one.
		{"empty kind listed", func(m map[string]any) {
			m["kinds"] = append(m["kinds"].([]any), map[string]any{"kind": "internship_liability", "count": 0, "claimed": "0.00", "paid": "0.00", "statuses": []any{}})
		}, "kinds[2].count"},
		{"kind not the sum of its statuses", func(m map[string]any) { get(m, "kinds", 0)["claimed"] = "1.00" }, "kinds[0]"},
		{"kinds not the total", func(m map[string]any) { m["kinds"] = m["kinds"].([]any)[:1] }, "kinds"},
		{"statuses not the kinds'", func(m map[string]any) { get(m, "statuses", 0)["claimed"] = "1.00" }, "statuses"},
		{"school missing", func(m map[string]any) { get(m, "schools", 0)["school"] = "" }, "schools[0].school"},
		{"school twice", func(m map[string]any) { get(m, "schools", 1)["school"] = "S001" }, "schools[1].school"},
		{"empty school listed", func(m map[string]any) { get(m, "schools", 0)["count"] = 0 }, "schools[0].count"},
		{"schools not the total", func(m map[string]any) { m["schools"] = m["schools"].([]any)[:1] }, "schools"},
		{"school amount beyond the bound", func(m map[string]any) { get(m, "schools", 0)["claimed"] = "1000000000000.01" }, "tally"},
		{"schools summing beyond the bound", func(m map[string]any) {
			s := get(m, "schools", 0)
			s["claimed"] = "900000000000.00"
			s2 := map[string]any{"school": "S003", "count": 1, "claimed": "900000000000.00", "paid": "0"}
			m["schools"] = append(m["schools"].([]any), s2)
		}, "schools[2]"},
		{"bad month", func(m map[string]any) { get(m, "months", 0)["month"] = "2025-13" }, "tally"},
		{"month after the as-of date", func(m map[string]any) { get(m, "months", 1)["month"] = "2025-06" }, "months[1].month"},
		{"month twice", func(m map[string]any) { get(m, "months", 1)["month"] = "2025-04" }, "months[1].month"},
		{"months not the total", func(m map[string]any) { m["months"] = m["months"].([]any)[:1] }, "months"},
		{"empty month listed", func(m map[string]any) { get(m, "months", 0)["count"] = 0 }, "months[0].count"},
		{"duplicate id", func(m map[string]any) { m["claim_ids"] = []any{"C1", "C1"} }, "claim_ids[1]"},
		{"missing id", func(m map[string]any) { m["claim_ids"] = []any{"C1", ""} }, "claim_ids[1]"},
		{"negative count", func(m map[string]any) { get(m, "months", 0)["count"] = -1 }, "months[0].count"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := valid()
			tt.change(m)
			b, err := json.Marshal(m)
			require.NoError(t, err)
			var tl Tally
			requireField(t, json.Unmarshal(b, &tl), tt.field)
		})
	}
	var tl Tally
	require.NoError(t, json.Unmarshal([]byte(`null`), &tl), "null is a no-op")
	require.NoError(t, tl.UnmarshalJSON([]byte(`null`)))
	assert.True(t, tl.AsOf().IsZero())
	requireField(t, tl.UnmarshalJSON([]byte(`{"as_of":`)), "tally")
	requireField(t, tl.UnmarshalJSON([]byte(`[]`)), "tally")
	assert.True(t, errors.Is(tl.UnmarshalJSON([]byte(`{"as_of":"2025-05-31","total":{"count":1}}`)), houqin.ErrInvalidInput))
}

// TestReportedDateInItsLocation checks that a tally buckets a claim by the
// calendar date of its reported time in the time's own location (the date
// houqin.DateOf gives), around midnight at the turn of a month, in fixed
// zones far east and west and in zones with daylight saving time (China's
// from 1986 to 1991 among them).
func TestReportedDateInItsLocation(t *testing.T) {
	zones := []*time.Location{time.UTC, cst, time.FixedZone("+1400", 14*3600), time.FixedZone("-1200", -12*3600), time.FixedZone("+0545", 5*3600+45*60)}
	for _, name := range []string{"Asia/Shanghai", "America/New_York", "Australia/Lord_Howe", "Pacific/Apia"} {
		if loc, err := time.LoadLocation(name); err == nil {
			zones = append(zones, loc)
		}
	}
	for _, loc := range zones {
		t.Run(loc.String(), func(t *testing.T) {
			tl := newTally(t)
			want := map[Month]int64{}
			n := 0
			for _, first := range []time.Time{
				time.Date(1991, time.September, 1, 0, 0, 0, 0, loc), // China: the end of daylight saving time, 1991
				time.Date(2024, time.November, 1, 0, 0, 0, 0, loc),
				time.Date(2025, time.March, 1, 0, 0, 0, 0, loc),
				time.Date(2025, time.April, 1, 0, 0, 0, 0, loc),
			} {
				for _, d := range []time.Duration{-time.Hour - time.Nanosecond, -time.Nanosecond, 0, time.Nanosecond, time.Hour} {
					c := paidClaim("Z" + itoa(n))
					n++
					c.ReportedAt = first.Add(d)
					c.IncidentAt = c.ReportedAt.Add(-time.Hour)
					c.DecidedOn = testAsOf
					require.NoError(t, tl.Add(c))
					want[MonthOf(houqin.DateOf(c.ReportedAt))]++
				}
			}
			got := map[Month]int64{}
			for _, m := range tl.Months() {
				got[m.Month] = m.Count
			}
			assert.Equal(t, want, got)
		})
	}
}
