package canteen_test

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// BenchmarkCheck is the whole check of one compliant statement (six lines,
// a stated total), the houqin way beside the naive decimal way.
func BenchmarkCheck(b *testing.B) {
	benchCheck(b, []canteen.Statement{benchStatement()})
}

// BenchmarkCheckBreach is the whole check of one statement over the
// ceiling: the statement of BenchmarkCheck with less spent, and its one
// finding with six facts.
func BenchmarkCheckBreach(b *testing.B) {
	benchCheck(b, []canteen.Statement{breachStatement()})
}

// BenchmarkCheck100k checks 100,000 statements per operation (a province
// sends ~240,000 a year): six lines each, one in ten at exactly 5%, one in
// a hundred above the ceiling. It reports ns/statement.
func BenchmarkCheck100k(b *testing.B) {
	benchCheck(b, province())
}

// BenchmarkCheckMix checks the realistic mix: 100,000 statements of which
// two in five are above the ceiling. It reports ns/statement.
func BenchmarkCheckMix(b *testing.B) {
	benchCheck(b, mix())
}

// benchCheck checks every statement of sts per operation, the houqin way
// and the naive way, under the default policy; with more than one
// statement it reports ns/statement. Both ways must find the same number
// of breaches of the ceiling, or the two would not be doing the same work.
func benchCheck(b *testing.B, sts []canteen.Statement) {
	chk := checker(b, nil)
	nv := newNaive(canteen.DefaultPolicy())
	breaches := 0
	for i := range sts {
		got, err := chk.Check(sts[i])
		if err != nil {
			b.Fatal(err)
		}
		want, err := nv.check(sts[i])
		if err != nil {
			b.Fatal(err)
		}
		if got.Findings.Has(canteen.CodeSurplusOverCeiling) != want.findings.Has(canteen.CodeSurplusOverCeiling) {
			b.Fatalf("statement %d: the naive way decides the ceiling differently", i)
		}
		if got.Findings.Has(canteen.CodeSurplusOverCeiling) {
			breaches++
		}
	}
	if len(sts) > 1 {
		b.Logf("%d statements, %.1f%% above the ceiling", len(sts), 100*float64(breaches)/float64(len(sts)))
	}
	perStatement := func(b *testing.B) {
		if len(sts) > 1 {
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(sts)), "ns/statement")
		}
	}
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i := range sts {
				if _, err := chk.Check(sts[i]); err != nil {
					b.Fatal(err)
				}
			}
		}
		perStatement(b)
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i := range sts {
				if _, err := nv.check(sts[i]); err != nil {
					b.Fatal(err)
				}
			}
		}
		perStatement(b)
	})
}

// BenchmarkRollup rolls twelve monthly statements up into a year.
func BenchmarkRollup(b *testing.B) {
	months, year := yearOfMonths(rand.New(rand.NewPCG(1, 2)), "C001", 0)
	chk := checker(b, nil)
	nv := newNaive(canteen.DefaultPolicy())
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := chk.Rollup(year, months); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := nv.rollup(year, months); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// yearOfMonths makes the twelve monthly statements of the 2025 calendar
// year, shuffled.
func yearOfMonths(rng *rand.Rand, id string, overPercent int) ([]canteen.Statement, houqin.Period) {
	months := make([]canteen.Statement, 12)
	for m := range months {
		months[m] = genStatement(rng, id, houqin.MonthPeriod(2025, time.Month(m+1)), overPercent)
	}
	rng.Shuffle(len(months), func(i, j int) { months[i], months[j] = months[j], months[i] })
	return months, houqin.Period{From: houqin.NewDate(2025, time.January, 1), To: houqin.NewDate(2025, time.December, 31)}
}

// TestAgreesWithNaive checks the integer way against the decimal reference
// on generated statements, with every kind of line and finding.
func TestAgreesWithNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for _, edit := range []func(*canteen.Policy){
		nil,
		func(p *canteen.Policy) { p.WagesBudgetFunded = true; p.DeficitTolerance = yuan("0.01") },
		func(p *canteen.Policy) { p.SurplusCeiling = yuan("0.03"); p.RequireApprover = false },
	} {
		p := canteen.DefaultPolicy()
		if edit != nil {
			edit(&p)
		}
		chk, err := canteen.New(p)
		require.NoError(t, err)
		nv := newNaive(p)
		for i := range 3000 {
			st := genStatement(rng, "C1", sept, 20)
			// Mutate: some lines never cost, some without voucher or
			// approver, a deficit, income lines with rent, a wrong total.
			for j := range st.Lines {
				switch rng.IntN(12) {
				case 0:
					st.Lines[j].Category = canteen.Category(1 + rng.IntN(len(canteen.Categories())))
				case 1:
					st.Lines[j].Voucher = ""
				case 2:
					st.Lines[j].Approver = ""
				}
			}
			if rng.IntN(8) == 0 {
				st.Lines = append(st.Lines, line(canteen.Food, "250000.00"))
			}
			if rng.IntN(6) == 0 {
				rev := st.Revenue.Decimal
				st.Income = []canteen.IncomeLine{
					{Category: canteen.MealFees, Amount: rev},
					{Category: canteen.ShopRent, Amount: yuan("1200.00")},
				}
				if rng.IntN(2) == 0 {
					st.Revenue.Valid = false
				}
			}
			if rng.IntN(10) == 0 {
				st.Spending = total("1.00")
			}
			got, err := chk.Check(st)
			require.NoError(t, err)
			want, err := nv.check(st)
			require.NoError(t, err)
			msg := fmt.Sprintf("statement %d: %+v", i, st)
			assert.True(t, want.revenue.Equal(got.Revenue.Yuan()), msg)
			assert.True(t, want.spending.Equal(got.Spending.Yuan()), msg)
			assert.True(t, want.notCost.Equal(got.NotCost.Yuan()), msg)
			assert.True(t, want.surplus.Equal(got.Surplus.Yuan()), msg)
			assert.True(t, want.excess.Equal(got.Excess.Yuan()), msg)
			assert.True(t, want.deficit.Equal(got.Deficit.Yuan()), msg)
			require.Equal(t, codes(want.findings), codes(got.Findings), msg)
			for k := range want.findings {
				w, g := want.findings[k], got.Findings[k]
				assert.Equal(t, w.Subject, g.Subject, msg)
				require.Len(t, g.Facts, len(w.Facts))
				for x := range w.Facts {
					assert.Equal(t, w.Facts[x].Name, g.Facts[x].Name)
					assert.True(t, w.Facts[x].Value.Equal(g.Facts[x].Value), "%s: %s %s vs %s", msg, w.Facts[x].Name, w.Facts[x].Value, g.Facts[x].Value)
				}
			}
		}
	}
}

// TestNaiveExactAtOddCeiling is the statement that showed the naive way's
// divisions too short (see divPlaces): with a ceiling of 0.03333333, a
// surplus of ¥76,666.66 on a revenue of ¥2,300,000.03 is above the ceiling
// by 4.3 × 10⁻¹⁷, which a division to 16 places rounds away.
func TestNaiveExactAtOddCeiling(t *testing.T) {
	p := canteen.DefaultPolicy()
	p.SurplusCeiling = yuan("0.03333333")
	chk, err := canteen.New(p)
	require.NoError(t, err)
	st := statement("2300000.03", line(canteen.Food, "2223333.37"))
	got, err := chk.Check(st)
	require.NoError(t, err)
	assertYuan(t, "76666.66", got.Surplus)
	assertYuan(t, "0.01", got.Excess) // allowed: ⌊0.03333333 × 2,300,000.03⌋ = 76,666.65
	assert.Equal(t, []houqin.Code{canteen.CodeSurplusOverCeiling}, codes(got.Findings))
	sur, rev := yuan("76666.66"), yuan("2300000.03")
	assert.True(t, sur.DivRound(rev, 16).Equal(p.SurplusCeiling), "16 places read the share as the ceiling")
	want, err := newNaive(p).check(st)
	require.NoError(t, err)
	assert.Equal(t, codes(got.Findings), codes(want.findings))
}

func TestRollupAgreesWithNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	chk := checker(t, nil)
	nv := newNaive(canteen.DefaultPolicy())
	for range 300 {
		months, year := yearOfMonths(rng, "C9", 33)
		got, err := chk.Rollup(year, months)
		require.NoError(t, err)
		want, err := nv.rollup(year, months)
		require.NoError(t, err)
		assert.True(t, want.surplus.Equal(got.Surplus.Yuan()))
		assert.True(t, want.excess.Equal(got.Excess.Yuan()))
		assert.Equal(t, codes(want.findings), codes(got.Findings))
	}
}
