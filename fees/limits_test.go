package fees_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLimitsExactly runs every bound of a filing exactly at the bound, which
// must pass, beside one step past it, which must be refused at its field:
// a limit tested only one step past leaves `>` and `>=` indistinguishable.
func TestLimitsExactly(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	long := func(n int) string { return strings.Repeat("x", n) }
	rows := []struct {
		name   string
		filing func(*fees.Filing)
		field  string // "" at the bound: accepted
	}{
		// houqin.MaxFen is 10¹⁴ fen: 1,000,000.00 × 1,000,000 pupils is
		// 10⁸ × 10⁶ fen, exactly the bound; 2,000,000.00 is twice it.
		{"amount × pupils exactly at the bound", func(f *fees.Filing) {
			f.Charges[0].Amount, f.Charges[0].Pupils, f.Charges[0].Consents = testkit.Dec("1000000.00"), 1_000_000, 1_000_000
		}, ""},
		{"amount × pupils twice the bound", func(f *fees.Filing) {
			f.Charges[0].Amount, f.Charges[0].Pupils, f.Charges[0].Consents = testkit.Dec("2000000.00"), 1_000_000, 1_000_000
		}, "charges[0].pupils"},
		{"exactly 10,000 charges", func(f *fees.Filing) {
			f.Charges = manyCharges(10_000)
		}, ""},
		{"10,001 charges", func(f *fees.Filing) {
			f.Charges = manyCharges(10_001)
		}, "charges"},
		{"exactly 10,000 earlier charges", func(f *fees.Filing) {
			f.Earlier = manyCharges(10_000)
		}, ""},
		{"10,001 earlier charges", func(f *fees.Filing) {
			f.Earlier = manyCharges(10_001)
		}, "earlier"},
		{"an id of exactly 128 bytes", func(f *fees.Filing) { f.Charges[0].ID = long(128) }, ""},
		{"an id of 129 bytes", func(f *fees.Filing) { f.Charges[0].ID = long(129) }, "charges[0].id"},
		{"an item code of exactly 128 bytes", func(f *fees.Filing) { f.Charges[0].Item = long(128) }, ""},
		{"a payment of exactly 128 bytes", func(f *fees.Filing) { f.Charges[0].Payment = long(128) }, ""},
		{"a leaver's pupil id of exactly 128 bytes", func(f *fees.Filing) { leaver(f, long(128)) }, ""},
		{"a leaver's pupil id of 129 bytes", func(f *fees.Filing) { leaver(f, long(129)) }, "charges[0].leavers[0].pupil"},
		{"grade 12", func(f *fees.Filing) { f.Charges[0].Grades = []int{1, 12} }, ""},
		{"grade 13", func(f *fees.Filing) { f.Charges[0].Grades = []int{13} }, "charges[0].grades[0]"},
		{"grade 0", func(f *fees.Filing) { f.Charges[0].Grades = []int{0} }, "charges[0].grades[0]"},
		{"quantity exactly 10,000", func(f *fees.Filing) { f.Charges[0].Quantity = 10_000 }, ""},
		{"pupils exactly 10,000,000", func(f *fees.Filing) {
			f.Charges[0].Amount, f.Charges[0].Pupils, f.Charges[0].Consents = testkit.Dec("1.00"), 10_000_000, 0
		}, ""},
		{"a provider price of 0", func(f *fees.Filing) {
			f.Charges[0].ProviderPrice = decimal.NewNullDecimal(decimal.Zero)
		}, ""},
		{"pupils 0 with consents 1", func(f *fees.Filing) {
			f.Charges[0].Pupils, f.Charges[0].Consents = 0, 1
		}, "charges[0].consents"},
		{"consents equal to the pupils", func(f *fees.Filing) {
			f.Charges[0].Pupils, f.Charges[0].Consents = 3, 3
		}, ""},
		{"consents one above the pupils", func(f *fees.Filing) {
			f.Charges[0].Pupils, f.Charges[0].Consents = 3, 4
		}, "charges[0].consents"},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			f := baseFiling(cleanCharge())
			tt.filing(&f)
			_, err := a.Audit(f)
			if tt.field == "" {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, testkit.Fields(err), tt.field)
		})
	}
}

// leaver gives the filing's first charge the autumn term 2025 as its period
// and one leaver, the pupil of that id, who left on 1 October 2025.
func leaver(f *fees.Filing, id string) {
	f.Charges[0].Covers = houqin.Period{From: day(2025, 9, 1), To: day(2026, 1, 31)}
	f.Charges[0].Leavers = []fees.Leaver{{Pupil: id, Left: day(2025, 10, 1)}}
}

// manyCharges returns n clean charges with distinct ids.
func manyCharges(n int) []fees.Charge {
	cs := make([]fees.Charge, n)
	for i := range cs {
		cs[i] = cleanCharge()
		cs[i].ID = "c" + strconv.Itoa(i)
	}
	return cs
}

// TestRollAtTheBound: a roll whose payments sum to exactly houqin.MaxFen
// (10¹⁴ fen) is accepted; one fen more is refused.
func TestRollAtTheBound(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	// 500,000,000,000.00 + 500,000,000,000.00 = 1,000,000,000,000.00.
	c := cleanCharge()
	c.Amount, c.Pupils, c.Consents = testkit.Dec("500000000000.00"), 0, 0
	c.Roll = roll("500000000000.00", "500000000000.00")
	_, err := a.Audit(baseFiling(c))
	require.NoError(t, err)

	c.Roll = roll("500000000000.00", "500000000000.01")
	_, err = a.Audit(baseFiling(c))
	require.Error(t, err)
	assert.Equal(t, []string{"charges[0].roll"}, testkit.Fields(err))
}

// TestRollErrorsListedUpToTen: twelve bad payments on a roll list exactly
// the first ten.
func TestRollErrorsListedUpToTen(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	c := cleanCharge()
	c.Pupils, c.Consents = 0, 0
	c.Roll = make([]fees.Pupil, 12)
	for i := range c.Roll {
		c.Roll[i] = fees.Pupil{ID: "p" + strconv.Itoa(i), Paid: testkit.Dec("-1.00")}
	}
	_, err := a.Audit(baseFiling(c))
	require.Error(t, err)
	want := make([]string, 10)
	for i := range want {
		want[i] = "charges[0].roll[" + strconv.Itoa(i) + "].paid"
	}
	assert.Equal(t, want, testkit.Fields(err))
}

// TestSettleZeroCases: what a pupil who paid nothing gets back, and costs of
// zero.
func TestSettleZeroCases(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	t.Run("first pupil paid nothing", func(t *testing.T) {
		// 40.00 collected, 39.95 spent: 0.05 back, split 20 : 20 over the
		// two who paid (3 + 2, the tie to the earlier), nothing to the first.
		s, err := a.Settle(fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("20.00"),
			Roll: roll("0", "20.00", "20.00"), Handler: fees.HandlerSchool},
			fees.Spending{Actual: testkit.Dec("39.95")})
		require.NoError(t, err)
		assert.Equal(t, fees.Refund, s.Outcome)
		assert.Equal(t, houqin.Fen(5), s.Balance)
		assert.Equal(t, []houqin.Fen{0, 3, 2}, s.Amounts())
	})
	t.Run("per-pupil spending of 0", func(t *testing.T) {
		// 10.00 × 4 collected, 0 × 4 spent: everything back, 10.00 each.
		s, err := a.Settle(fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("10.00"),
			Pupils: 4, Handler: fees.HandlerSchool},
			fees.Spending{Actual: decimal.Zero, PerPupil: true})
		require.NoError(t, err)
		assert.Equal(t, houqin.Fen(4000), s.Balance)
		assert.Equal(t, []houqin.Fen{1000, 1000, 1000, 1000}, s.Amounts())
	})
	t.Run("per-pupil spending at the bound", func(t *testing.T) {
		// 1,000,000.00 × 1,000,000 pupils is exactly houqin.MaxFen.
		_, err := a.Settle(fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("1000000.00"),
			Pupils: 1_000_000, Handler: fees.HandlerSchool},
			fees.Spending{Actual: testkit.Dec("1000000.00"), PerPupil: true})
		require.NoError(t, err)
		_, err = a.Settle(fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("1000000.00"),
			Pupils: 1_000_000, Handler: fees.HandlerSchool},
			fees.Spending{Actual: testkit.Dec("1000000.01"), PerPupil: true})
		require.Error(t, err)
		assert.Equal(t, []string{"spending.actual"}, testkit.Fields(err))
	})
}

// TestDueFactOfLatePublication: with five days' notice, a charge collected
// on 1 September 2025 had to be published by 27 August; published on 30
// August it was late, and the finding says the day it was due.
func TestDueFactOfLatePublication(t *testing.T) {
	p := fees.DefaultPolicy()
	p.PublishLeadDays = 5
	a := newAuditor(t, p)
	c := cleanCharge()
	c.Published = day(2025, 8, 30)
	res, err := a.Audit(baseFiling(c))
	require.NoError(t, err)
	fs := testkit.Of(res.Findings, fees.CodeCollectedBeforePublication)
	require.Len(t, fs, 1)
	assert.Equal(t, []string{"published_on", "collected_on", "due"}, factNames(fs[0]))
	for i, want := range []houqin.Date{day(2025, 8, 30), day(2025, 9, 1), day(2025, 8, 27)} {
		d, ok := fs[0].Facts[i].Date()
		require.True(t, ok)
		assert.Equal(t, want, d, fs[0].Facts[i].Name)
	}
	// Published on the 27th itself: in time.
	c.Published = day(2025, 8, 27)
	res, err = a.Audit(baseFiling(c))
	require.NoError(t, err)
	assert.Empty(t, testkit.Of(res.Findings, fees.CodeCollectedBeforePublication))
}

// TestRuralItemOutsideCatalogWithAllowedCategory: a rural school's charge
// outside the catalog whose own category is allowed (exercise books) is
// not in the catalog, but it is not a forbidden rural item.
func TestRuralItemOutsideCatalogWithAllowedCategory(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	c := cleanCharge()
	c.Item, c.Name, c.Category = "workbook_extra", "练习册", fees.ExerciseBooks
	f := baseFiling(c)
	f.Rural = true
	res, err := a.Audit(f)
	require.NoError(t, err)
	assert.Equal(t, []houqin.Code{fees.CodeNotInCatalog}, codes(res.Findings))
}
