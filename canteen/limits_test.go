package canteen_test

import (
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCategoryOnePastTheLast: the last category (Taxes) is booked as
// canteen cost; the value one past it is refused as input, never booked.
func TestCategoryOnePastTheLast(t *testing.T) {
	last := canteen.Categories()[len(canteen.Categories())-1]
	require.Equal(t, canteen.Taxes, last)
	chk := checker(t, nil)

	// 1,000.00 of revenue, 600.00 of food and 50.00 of taxes: 650.00 spent.
	r, err := chk.Check(statement("1000.00", line(canteen.Food, "600.00"), line(last, "50.00")))
	require.NoError(t, err)
	assert.Equal(t, houqin.Fen(65000), r.Spending)

	_, err = chk.Check(statement("1000.00", line(canteen.Food, "600.00"), line(last+1, "50.00")))
	require.ErrorIs(t, err, houqin.ErrInvalidInput)
	assert.Equal(t, []string{"lines[1].category"}, testkit.Fields(err))
	_, err = chk.Check(statement("1000.00", line(canteen.Food, "600.00"), line(0, "50.00")))
	assert.Equal(t, []string{"lines[1].category"}, testkit.Fields(err))
}

// TestDinersPerWorkerBound: the staffing ratio may be anything up to
// 1,000,000 diners a worker; one more is refused.
func TestDinersPerWorkerBound(t *testing.T) {
	p := canteen.DefaultPolicy()
	p.DinersPerWorker = 1_000_000
	chk, err := canteen.New(p)
	require.NoError(t, err)
	// 1,000,001 diners need two workers at 1:1,000,000; one is one short.
	fs, err := chk.CheckStaff(canteen.Roster{Canteen: "C001", Period: sept, Diners: 1_000_001, Workers: []canteen.Worker{{ID: "W0", Certificates: []houqin.Period{yearly}}}})
	require.NoError(t, err)
	require.Equal(t, []houqin.Code{canteen.CodeUnderstaffed}, codes(fs))
	assert.Equal(t, []string{"diners=1000001", "workers=1", "required=2"}, factStrings(fs[0]))

	p.DinersPerWorker = 1_000_001
	_, err = canteen.New(p)
	require.ErrorIs(t, err, houqin.ErrInvalidInput)
	assert.Equal(t, []string{"policy.diners_per_worker"}, testkit.Fields(err))
}

// TestStatedTotalsWithoutDecimals: a stated total written "1" is the same
// amount as "1.00" and agrees with lines that add up to 1.00.
func TestStatedTotalsWithoutDecimals(t *testing.T) {
	chk := checker(t, nil)
	st := statement("1", line(canteen.Food, "0.40"), line(canteen.Wages, "0.60"))
	st.Spending = total("1")
	r, err := chk.Check(st)
	require.NoError(t, err)
	assert.Equal(t, houqin.Fen(100), r.Revenue)
	assert.Equal(t, houqin.Fen(100), r.Spending)
	assert.Empty(t, testkit.Of(r.Findings, canteen.CodeSpendingTotalMismatch))

	// One fen apart is a mismatch: stated 1, lines 1.01; the difference is
	// stated − lines.
	st = statement("2", line(canteen.Food, "0.41"), line(canteen.Wages, "0.60"))
	st.Spending = total("1")
	r, err = chk.Check(st)
	require.NoError(t, err)
	fs := testkit.Of(r.Findings, canteen.CodeSpendingTotalMismatch)
	require.Len(t, fs, 1)
	assert.Equal(t, []string{"stated=1.00", "lines=1.01", "difference=-0.01"}, factStrings(fs[0]))
}
