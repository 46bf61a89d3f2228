package canteen_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sameResult asserts that got, written by CheckTo into a reused Result,
// is the result Check returns: the same figures and findings, an empty
// findings slice standing for none.
func sameResult(t *testing.T, want, got canteen.Result) {
	t.Helper()
	if len(want.Findings) == 0 {
		require.Empty(t, got.Findings)
		got.Findings, want.Findings = nil, nil
	}
	require.Equal(t, want, got)
}

// TestCheckToReuses checks one Result reused over a run of statements of
// every kind, each against Check: a breach of the ceiling, a compliant
// statement, a deficit without revenue (two facts where six were), a
// breach beside line findings, a statement that is not valid input, a
// breach again, a line finding alone (two facts), and a breach where that
// finding was (room for the finding, not for its six facts).
func TestCheckToReuses(t *testing.T) {
	chk := checker(t, nil)
	noRevenue := statement("0", line(canteen.Food, "120.00"))
	noVoucher := breachStatement()
	noVoucher.Lines[2].Voucher = ""
	invalid := statement("-1.00")
	onlyNoVoucher := benchStatement()
	onlyNoVoucher.Lines[2].Voucher = ""
	run := []canteen.Statement{breachStatement(), benchStatement(), noRevenue, noVoucher, invalid, breachStatement(), onlyNoVoucher, breachStatement()}

	var r canteen.Result
	for i := range run {
		want, wantErr := chk.Check(run[i])
		err := chk.CheckTo(&r, &run[i])
		if wantErr != nil {
			require.EqualError(t, err, wantErr.Error(), "statement %d", i)
			// The zero Result, with the memory of its findings kept.
			assert.Empty(t, r.Findings)
			assert.NotZero(t, cap(r.Findings), "statement %d: the memory of the findings is kept", i)
			r.Findings = r.Findings[:0:0]
			assert.Equal(t, canteen.Result{Findings: r.Findings}, r)
			continue
		}
		require.NoError(t, err, "statement %d", i)
		sameResult(t, want, r)
	}
	require.Equal(t, []houqin.Code{canteen.CodeSurplusOverCeiling}, codes(r.Findings))
}

// TestCheckToInPlace checks that a breach checked into a Result that held
// one takes the place and the facts of the finding before it, and so
// allocates nothing; Check, which has no Result to reuse, allocates the
// one finding.
func TestCheckToInPlace(t *testing.T) {
	chk := checker(t, nil)
	st := breachStatement()
	var r canteen.Result
	require.NoError(t, chk.CheckTo(&r, &st))
	first, facts := &r.Findings[0], &r.Findings[0].Facts[0]
	require.NoError(t, chk.CheckTo(&r, &st))
	assert.Same(t, first, &r.Findings[0])
	assert.Same(t, facts, &r.Findings[0].Facts[0])
	// ¥52,340.50 − ¥47,770.30 = ¥4,570.20, 4,570.20 / 52,340.50 =
	// 0.0873167050…, 0.08731671 to 10⁻⁸; 5% of ¥52,340.50 is ¥2,617.025,
	// allowed ¥2,617.02; the excess is ¥1,953.18.
	assert.Equal(t, []string{"revenue=52340.50", "spending=47770.30", "surplus=4570.20", "ratio=0.08731671", "ceiling=0.05", "excess=1953.18"}, factStrings(r.Findings[0]))

	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = chk.CheckTo(&r, &st) }), "CheckTo of a breach")
	assert.Equal(t, 1.0, testing.AllocsPerRun(100, func() { _, _ = chk.Check(st) }), "Check of a breach")
}

// TestCheckToNil checks that a nil Checker, Result or Statement is an
// error naming what is missing, never a panic.
func TestCheckToNil(t *testing.T) {
	st := benchStatement()
	var r canteen.Result
	var nilChecker *canteen.Checker
	for _, c := range []struct {
		name  string
		err   error
		field string
	}{
		{"nil checker", nilChecker.CheckTo(&r, &st), "checker"},
		{"nil result", checker(t, nil).CheckTo(nil, &st), "dst"},
		{"nil statement", checker(t, nil).CheckTo(&r, nil), "statement"},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.ErrorIs(t, c.err, houqin.ErrInvalidInput)
			var ie *houqin.InputError
			require.True(t, errors.As(c.err, &ie))
			assert.Equal(t, c.field, ie.Field)
		})
	}
}

// ExampleChecker_CheckTo checks a county's statements into one Result,
// reducing each to what the county keeps (the canteens over the ceiling,
// and what their excess adds up to) before the next.
func ExampleChecker_CheckTo() {
	chk, err := canteen.New(canteen.DefaultPolicy())
	if err != nil {
		panic(err)
	}
	month := houqin.MonthPeriod(2025, 9)
	statements := []canteen.Statement{
		{Canteen: "城关小学", Period: month, Revenue: decimal.NewNullDecimal(decimal.RequireFromString("40115.43")), Lines: []canteen.Line{
			{Category: canteen.Food, Amount: decimal.RequireFromString("38109.65"), Voucher: "记-0901", Approver: "王"},
		}},
		{Canteen: "河西镇中学", Period: month, Revenue: decimal.NewNullDecimal(decimal.RequireFromString("52340.50")), Lines: []canteen.Line{
			{Category: canteen.Food, Amount: decimal.RequireFromString("50770.30"), Voucher: "记-0902", Approver: "李"},
		}},
		{Canteen: "东湖小学", Period: month, Revenue: decimal.NewNullDecimal(decimal.RequireFromString("20000.00")), Lines: []canteen.Line{
			{Category: canteen.Food, Amount: decimal.RequireFromString("18000.00"), Voucher: "记-0903", Approver: "张"},
		}},
	}
	var (
		r      canteen.Result
		excess houqin.Fen
	)
	for i := range statements {
		if err := chk.CheckTo(&r, &statements[i]); err != nil {
			panic(err)
		}
		if r.Excess > 0 {
			fmt.Printf("%s: surplus %s, %s over the ceiling\n", r.Canteen, r.Surplus, r.Excess)
			excess += r.Excess
		}
	}
	fmt.Println("excess in all:", excess)
	// Output:
	// 城关小学: surplus 2005.78, 0.01 over the ceiling
	// 东湖小学: surplus 2000.00, 1000.00 over the ceiling
	// excess in all: 1000.01
}
