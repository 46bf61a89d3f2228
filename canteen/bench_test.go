package canteen_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
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

// BenchmarkCheckMixOneLine checks the realistic mix with each statement's
// spending in one line, as the comparison with other tools in the README
// has it. It reports ns/statement.
func BenchmarkCheckMixOneLine(b *testing.B) {
	benchCheck(b, mixOneLine())
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
	// houqin_reuse is how a host checks a province: CheckTo into one
	// Result, each statement where it lies in the slice, and each result
	// reduced (here to a count of breaches) before the next.
	b.Run("houqin_reuse", func(b *testing.B) {
		b.ReportAllocs()
		var r canteen.Result
		n := 0
		for b.Loop() {
			for i := range sts {
				if err := chk.CheckTo(&r, &sts[i]); err != nil {
					b.Fatal(err)
				}
				if r.Findings.Has(canteen.CodeSurplusOverCeiling) {
					n++
				}
			}
		}
		perStatement(b)
		if n == 0 && breaches > 0 {
			b.Fatal("CheckTo found no breach")
		}
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
	return months, houqin.Period{From: houqin.Date{Year: 2025, Month: time.January, Day: 1}, To: houqin.Date{Year: 2025, Month: time.December, Day: 31}}
}
