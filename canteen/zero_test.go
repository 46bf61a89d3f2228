package canteen_test

import (
	"strconv"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// The zero cases: where a figure a finding would state is zero (no
// revenue, no worker, no covered pupil), the rule gives a variant code
// whose text says so, never "0.00% of revenue", "0 workers" or "beyond
// the 0 covered pupils".
func init() {
	for code, f := range map[houqin.Code]houqin.Finding{
		canteen.CodeDeficitWithoutRevenue: {Severity: houqin.Warning, Subject: "C001", Facts: []houqin.Fact{
			houqin.YuanFact("spending", 7472640), houqin.YuanFact("deficit", 7472640)}},
		canteen.CodeBalanceWithoutRevenue: {Severity: houqin.Violation, Subject: "C001", Facts: []houqin.Fact{
			houqin.YuanFact("balance", 1), houqin.PercentFact("ceiling", 2_000_000)}},
		canteen.CodeNoWorkers: {Severity: houqin.Warning, Subject: "C001", Facts: []houqin.Fact{
			houqin.CountFact("diners", 150), houqin.CountFact("required", 2)}},
		canteen.CodeSubsidyClaimedWithoutPupils: {Severity: houqin.Violation, Subject: "S01", Facts: []houqin.Fact{
			houqin.CountFact("meals", 30), houqin.YuanFact("amount", 15000), houqin.CountFact("days", 1)}},
	} {
		documented[code] = f
	}
	entryPoints = append(entryPoints, func(t *testing.T) houqin.Findings {
		var all houqin.Findings
		res, err := checker(t, nil).Check(statement("0", line(canteen.Food, "12.5")))
		require.NoError(t, err)
		all = append(all, res.Findings...)
		st := statement("0", line(canteen.Food, "0"))
		st.Closing = nd("0.01")
		res, err = checker(t, func(p *canteen.Policy) { p.BalanceCeiling = testkit.Dec("0.02") }).Check(st)
		require.NoError(t, err)
		all = append(all, res.Findings...)
		fs, err := checker(t, nil).CheckStaff(canteen.Roster{Canteen: "C001", Period: sept, Diners: 150})
		require.NoError(t, err)
		all = append(all, fs...)
		a := account()
		a.Pupils = 0
		a.Days = []canteen.MealDay{{Date: sep(1), Meals: 30}}
		all = append(all, checkOne(t, checker(t, nil), a).Findings...)
		return all
	})
}

// TestDeficitWithoutRevenue: with no revenue, any deficit warns, whatever
// the tolerance, with the spending and the deficit and no ratio; with
// revenue, canteen.deficit as before.
func TestDeficitWithoutRevenue(t *testing.T) {
	tests := []struct {
		name, tolerance, revenue, spending string
		facts                              []string // nil: no variant
	}{
		{name: "a fen of spending", revenue: "0", spending: "0.01", facts: []string{"spending=0.01", "deficit=0.01"}},
		// The case: ¥74,726.40 spent on no revenue.
		{name: "the county's case", revenue: "0", spending: "74726.40", facts: []string{"spending=74726.40", "deficit=74726.40"}},
		{name: "whatever the tolerance", tolerance: "1", revenue: "0", spending: "12.5", facts: []string{"spending=12.50", "deficit=12.50"}},
		{name: "no spending, no revenue", revenue: "0", spending: "0"},
		{name: "a fen of revenue: the ratio rule", revenue: "0.01", spending: "12.5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chk := checker(t, func(p *canteen.Policy) {
				if tt.tolerance != "" {
					p.DeficitTolerance = testkit.Dec(tt.tolerance)
				}
			})
			res, err := chk.Check(statement(tt.revenue, line(canteen.Food, tt.spending)))
			require.NoError(t, err)
			got := testkit.Of(res.Findings, canteen.CodeDeficitWithoutRevenue)
			if tt.facts == nil {
				assert.Empty(t, got)
				assert.Equal(t, tt.revenue != "0", res.Findings.Has(canteen.CodeDeficit))
				return
			}
			assert.False(t, res.Findings.Has(canteen.CodeDeficit))
			require.Len(t, got, 1)
			assert.Equal(t, houqin.Warning, got[0].Severity)
			assert.Equal(t, tt.facts, factStrings(got[0]))
			for _, m := range testkit.AssertFitToPublish(t, got[0]) {
				assert.NotContains(t, m, "%")
			}
		})
	}
	// Before: "C001：营业支出¥74,726.40超过营业收入¥0.00，亏损¥74,726.40，占收入的0.00%（容许0.00%），不符合保本原则".
	res, err := checker(t, nil).Check(statement("0", line(canteen.Food, "74726.40")))
	require.NoError(t, err)
	assert.Equal(t, "C001：本期没有营业收入，营业支出¥74,726.40全部形成亏损（亏损¥74,726.40），不符合保本原则", res.Findings[0].Message(language.SimplifiedChinese))
}

// TestBalanceWithoutRevenue: with no revenue, any accumulated balance,
// surplus or loss, is beyond the ceiling, stated without a ratio.
func TestBalanceWithoutRevenue(t *testing.T) {
	tests := []struct {
		name, closing string
		facts         []string // nil: no finding
	}{
		{name: "no balance", closing: "0"},
		{name: "a fen of surplus", closing: "0.01", facts: []string{"balance=0.01", "ceiling=0.02"}},
		{name: "a fen of loss", closing: "-0.01", facts: []string{"balance=-0.01", "ceiling=0.02"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chk := checker(t, func(p *canteen.Policy) { p.BalanceCeiling = testkit.Dec("0.02") })
			st := statement("0", line(canteen.Food, "0"))
			st.Closing = nd(tt.closing)
			res, err := chk.Check(st)
			require.NoError(t, err)
			assert.False(t, res.Findings.Has(canteen.CodeBalanceOverCeiling))
			got := testkit.Of(res.Findings, canteen.CodeBalanceWithoutRevenue)
			if tt.facts == nil {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Equal(t, houqin.Violation, got[0].Severity)
			assert.Equal(t, tt.facts, factStrings(got[0]))
			testkit.AssertFitToPublish(t, got[0])
		})
	}
}

// TestNoWorkers: diners and no worker at all is canteen.no_workers, with
// the diners and the workers required; one worker short of the ratio is
// canteen.understaffed as before.
func TestNoWorkers(t *testing.T) {
	tests := []struct {
		diners, workers int
		code            houqin.Code // "": no finding
		facts           []string
	}{
		{diners: 0, workers: 0},
		{diners: 1, workers: 0, code: canteen.CodeNoWorkers, facts: []string{"diners=1", "required=1"}},
		// 150 diners at 1:100: ⌈1.5⌉ = 2 workers required.
		{diners: 150, workers: 0, code: canteen.CodeNoWorkers, facts: []string{"diners=150", "required=2"}},
		{diners: 150, workers: 1, code: canteen.CodeUnderstaffed, facts: []string{"diners=150", "workers=1", "required=2"}},
		{diners: 100, workers: 1},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.diners)+"/"+strconv.Itoa(tt.workers), func(t *testing.T) {
			ws := make([]canteen.Worker, tt.workers)
			for i := range ws {
				ws[i].ID = "W" + strconv.Itoa(i)
			}
			fs, err := checker(t, nil).CheckStaff(canteen.Roster{Canteen: "C001", Period: sept, Diners: tt.diners, Workers: ws})
			require.NoError(t, err)
			// (The workers here have no health certificates: leave that rule's findings aside.)
			fs = append(testkit.Of(fs, canteen.CodeNoWorkers), testkit.Of(fs, canteen.CodeUnderstaffed)...)
			if tt.code == "" {
				assert.Empty(t, fs)
				return
			}
			require.Equal(t, []houqin.Code{tt.code}, codes(fs))
			assert.Equal(t, houqin.Warning, fs[0].Severity)
			assert.Equal(t, tt.facts, factStrings(fs[0]))
			testkit.AssertFitToPublish(t, fs[0])
		})
	}
	// Before: "C001：就餐150人，从业人员0人，少于按比例应配的2人".
	fs, err := checker(t, nil).CheckStaff(canteen.Roster{Canteen: "C001", Period: sept, Diners: 150})
	require.NoError(t, err)
	assert.Equal(t, "C001：就餐150人，未配备从业人员，按比例应配2人", fs[0].Message(language.SimplifiedChinese))
	assert.Equal(t, "C001: no canteen workers for 150 diners; the staffing ratio requires 2", fs[0].Message(language.English))
}

// TestSubsidyClaimedWithoutPupils: meals claimed with no covered pupil on
// the roll are all claimed falsely: 30 meals × ¥5.00 = ¥150.00.
func TestSubsidyClaimedWithoutPupils(t *testing.T) {
	a := account()
	a.Pupils = 0
	a.Days = []canteen.MealDay{{Date: sep(1), Meals: 30}}
	r := checkOne(t, checker(t, nil), a)
	assert.False(t, r.Findings.Has(canteen.CodeSubsidyOverclaimed))
	fs := testkit.Of(r.Findings, canteen.CodeSubsidyClaimedWithoutPupils)
	require.Len(t, fs, 1)
	assert.Equal(t, houqin.Violation, fs[0].Severity)
	assert.Equal(t, []string{"meals=30", "amount=150.00", "days=1"}, factStrings(fs[0]))
	assert.Equal(t, int64(30), r.ExcessMeals)
	testkit.AssertFen(t, "150", r.Excess)
	testkit.AssertFitToPublish(t, fs[0])
	assert.Equal(t, "S01: 30 meals claimed on 1 day with no covered pupils on the roll, claiming CN¥150.00 of nutrition subsidy falsely", fs[0].Message(language.English))

	// One covered pupil: canteen.subsidy_overclaimed, 29 meals too many.
	a.Pupils = 1
	r = checkOne(t, checker(t, nil), a)
	assert.False(t, r.Findings.Has(canteen.CodeSubsidyClaimedWithoutPupils))
	fs = testkit.Of(r.Findings, canteen.CodeSubsidyOverclaimed)
	require.Len(t, fs, 1)
	// Before: "… meals claimed beyond the covered pupils on the roll (320): …".
	assert.Equal(t, "S01: on 1 day, 29 more meals claimed than the 1 covered pupil on the roll, claiming CN¥145.00 of nutrition subsidy falsely", fs[0].Message(language.English))
}
