package insurance

import (
	"sync"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
)

// The benchmarks tally a province's year: 1,000,000 claims of 20,000
// schools. Each runs the package's way ("houqin") beside the naive way
// (naiveTally: shopspring decimals summed per claim in maps) in the same
// run, and reports the time and allocations per claim. Run them with
//
//	go test -run '^$' -bench . -benchtime 3x ./insurance/
const benchClaims = 1_000_000

var benchData = sync.OnceValue(func() []Claim { return genClaims(2025, benchClaims) })

// benchBatch is how many claims a host hands AddAll at a time in the
// benchmark: a page of rows from its database.
const benchBatch = 65_536

func BenchmarkTallyAdd(b *testing.B) {
	claims := benchData()
	perClaim := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchClaims, "ns/claim")
	}
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			t, _ := testChecker.NewTally(testAsOf)
			for i := 0; i < len(claims); i += benchBatch {
				if err := t.AddAll(claims[i:min(i+benchBatch, len(claims))]); err != nil {
					b.Fatal(err)
				}
			}
		}
		perClaim(b)
	})
	b.Run("houqin_one_by_one", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			t, _ := testChecker.NewTally(testAsOf)
			for i := range claims {
				if err := t.Add(claims[i]); err != nil {
					b.Fatal(err)
				}
			}
		}
		perClaim(b)
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			n := newNaive(testAsOf)
			for i := range claims {
				if err := n.add(claims[i]); err != nil {
					b.Fatal(err)
				}
			}
		}
		perClaim(b)
	})
}

func BenchmarkTallyMerge(b *testing.B) {
	const shards = 16
	claims := benchData()
	parts := shardsOf(claims, shards)
	perClaim := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchClaims, "ns/claim")
	}
	b.Run("houqin", func(b *testing.B) {
		ts := make([]*Tally, shards)
		for i, p := range parts {
			ts[i], _ = testChecker.NewTally(testAsOf)
			if err := ts[i].AddAll(p); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportAllocs()
		for b.Loop() {
			total, _ := testChecker.NewTally(testAsOf)
			for _, t := range ts {
				if err := total.Merge(t); err != nil {
					b.Fatal(err)
				}
			}
		}
		perClaim(b)
	})
	b.Run("naive", func(b *testing.B) {
		ns := make([]*naiveTally, shards)
		for i, p := range parts {
			ns[i] = newNaive(testAsOf)
			for _, c := range p {
				if err := ns[i].add(c); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportAllocs()
		for b.Loop() {
			total := newNaive(testAsOf)
			for _, n := range ns {
				if err := total.merge(n); err != nil {
					b.Fatal(err)
				}
			}
		}
		perClaim(b)
	})
}

// BenchmarkCheckCoverage checks the school-liability coverage of 20,000
// schools, one in a hundred short: exact integer comparison against the
// naive decimal division.
func BenchmarkCheckCoverage(b *testing.B) {
	rows := make([]Enrollment, 20_000)
	for i := range rows {
		enrolled := int64(200 + i%1800)
		rows[i] = Enrollment{School: "S" + itoa(i), Kind: SchoolLiability, Enrolled: enrolled, Insured: enrolled}
		if i%100 == 0 {
			rows[i].Insured -= int64(1 + i%3) // one school in a hundred is short
		}
	}
	c := defaultChecker(b)
	var want int
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			fs, err := c.CheckCoverage(rows)
			if err != nil {
				b.Fatal(err)
			}
			want = len(fs)
		}
	})
	b.Run("naive", func(b *testing.B) {
		required := decimal.NewFromInt(1)
		b.ReportAllocs()
		for b.Loop() {
			seen := map[string]bool{}
			n := 0
			var fs houqin.Findings
			for _, r := range rows {
				if seen[r.School] || r.Insured > r.Enrolled {
					b.Fatal("bad row")
				}
				seen[r.School] = true
				rate := decimal.NewFromInt(r.Insured).DivRound(decimal.NewFromInt(r.Enrolled), 8)
				if rate.LessThan(required) {
					fs = append(fs, houqin.Finding{Code: CodeCoverageBelowRequired, Severity: houqin.Violation, Subject: r.School + "/" + string(r.Kind), Facts: []houqin.Fact{
						{Name: "rate", Unit: houqin.UnitPercent, Value: rate.Shift(8).IntPart()},
						{Name: "required", Unit: houqin.UnitPercent, Value: required.Shift(8).IntPart()},
						houqin.CountFact("uninsured", r.Enrolled-r.Insured),
						houqin.CountFact("enrolled", r.Enrolled),
						houqin.CountFact("insured", r.Insured),
					}})
					n++
				}
			}
			fs.Sort()
			if n != want {
				b.Fatalf("naive %d findings, houqin %d", n, want)
			}
		}
	})
}

// BenchmarkCheckClaims checks 100,000 claims for late reports and
// payments above the limit.
func BenchmarkCheckClaims(b *testing.B) {
	claims := benchData()[:100_000]
	c := defaultChecker(b)
	var want int
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			fs, err := c.CheckClaims(claims)
			if err != nil {
				b.Fatal(err)
			}
			want = len(fs)
		}
	})
	b.Run("naive", func(b *testing.B) {
		limit := decimal.NewFromInt(600_000)
		deadline := decimal.NewFromInt(24)
		b.ReportAllocs()
		for b.Loop() {
			seen := map[string]bool{}
			count := 0
			var fs houqin.Findings
			for _, cl := range claims {
				if seen[cl.ID] {
					b.Fatal("duplicate")
				}
				seen[cl.ID] = true
				if !naiveAmount(cl.Claimed) || !naiveAmount(cl.Paid) || !naiveKnown(cl.Kind) {
					b.Fatal("bad claim")
				}
				if cl.Kind != SchoolLiability {
					continue
				}
				elapsed := decimal.NewFromInt(int64(cl.ReportedAt.Sub(cl.IncidentAt)))
				if elapsed.Div(decimal.NewFromInt(int64(time.Hour))).GreaterThan(deadline) {
					hours := elapsed.DivRound(decimal.NewFromInt(int64(time.Hour)), 2)
					fs = append(fs, houqin.Finding{Code: CodeClaimReportedLate, Severity: houqin.Warning, Subject: cl.ID, Facts: []houqin.Fact{
						{Name: "elapsed_hours", Unit: houqin.UnitHours, Value: hours.Shift(2).IntPart()},
						{Name: "deadline_hours", Unit: houqin.UnitHours, Value: deadline.Shift(2).IntPart()},
					}})
					count++
				}
				if cl.Paid.GreaterThan(limit) {
					fs = append(fs, houqin.Finding{Code: CodeClaimPaidAboveLimit, Severity: houqin.Violation, Subject: cl.ID, Facts: []houqin.Fact{
						{Name: "paid", Unit: houqin.UnitYuan, Value: cl.Paid.Shift(2).IntPart()}, {Name: "limit", Unit: houqin.UnitYuan, Value: limit.Shift(2).IntPart()},
						{Name: "excess", Unit: houqin.UnitYuan, Value: cl.Paid.Sub(limit).Shift(2).IntPart()},
					}})
					count++
				}
			}
			fs.Sort()
			if count != want {
				b.Fatalf("naive %d findings, houqin %d", count, want)
			}
		}
	})
}
