package houqin_test

import (
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

var (
	sinkFen   houqin.Fen
	sinkDec   decimal.Decimal
	sinkStr   string
	sinkErr   error
	sinkParts []houqin.Fen
	sinkDecs  []decimal.Decimal
	sinkBool  bool
)

// naiveParse is how a host would parse a clerk's text with shopspring:
// strip the decoration, parse, check the fen.
func naiveParse(s string) (decimal.Decimal, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "¥"), "元"))
	s = strings.ReplaceAll(s, ",", "")
	d, err := decimal.NewFromString(s)
	if err != nil {
		return d, err
	}
	if !d.Round(2).Equal(d) {
		return d, houqin.ErrInvalidInput
	}
	return d.Round(2), nil
}

func BenchmarkParseYuan(b *testing.B) {
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkDec, sinkErr = houqin.ParseYuan("¥1,234.50")
		}
	})
	b.Run("houqin-fen", func(b *testing.B) {
		text := []byte("¥1,234.50")
		b.ReportAllocs()
		for b.Loop() {
			var f houqin.Fen
			sinkErr = f.UnmarshalText(text)
			sinkFen = f
		}
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkDec, sinkErr = naiveParse("¥1,234.50")
		}
	})
}

// Parsing "1e1000000000" is refused at the "e", in nanoseconds. shopspring
// refuses it too since v1.5.0, through MaxDecodeExponent.
func BenchmarkParseHostileExponent(b *testing.B) {
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, sinkErr = houqin.ParseYuan("1e1000000000")
		}
		if sinkErr == nil {
			b.Fatal("accepted")
		}
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, sinkErr = naiveParse("1e1000000000")
		}
		if sinkErr == nil {
			b.Fatal("accepted")
		}
	})
}

// Checking a Go value: FenOf against the naive d.Round(2).Equal(d), which
// would hang on decimal.New(1, 1_000_000_000) (so it is not benchmarked on it).
func BenchmarkFenOf(b *testing.B) {
	d := decimal.RequireFromString("40115.40")
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkFen, sinkErr = houqin.FenOf("revenue", d)
		}
	})
	b.Run("houqin-hostile", func(b *testing.B) {
		hostile := decimal.New(1, 1_000_000_000)
		b.ReportAllocs()
		for b.Loop() {
			sinkFen, sinkErr = houqin.FenOf("revenue", hostile)
		}
	})
	b.Run("naive", func(b *testing.B) {
		limit := decimal.New(1, 12)
		b.ReportAllocs()
		for b.Loop() {
			sinkBool = d.Round(2).Equal(d) && d.Abs().LessThanOrEqual(limit)
		}
	})
}

// Splitting ¥10,000.00 over 2,000 pupils: evenly (SplitEven tells each
// part, and the parts are built from it), by equal weights, and by weights.
func BenchmarkAllocate2000(b *testing.B) {
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			each, extra, err := houqin.SplitEven(1_000_000, 2000)
			parts := make([]houqin.Fen, 2000)
			for i := range parts {
				parts[i] = each
				if i < extra {
					parts[i]++
				}
			}
			sinkParts, sinkErr = parts, err
		}
	})
	b.Run("houqin-equal-weights", func(b *testing.B) {
		w := ones(2000)
		b.ReportAllocs()
		for b.Loop() {
			sinkParts, sinkErr = houqin.AllocateWeighted(1_000_000, w)
		}
	})
	b.Run("houqin-weighted", func(b *testing.B) {
		w := make([]int64, 2000)
		for i := range w {
			w[i] = int64(1 + i%7)
		}
		b.ReportAllocs()
		for b.Loop() {
			sinkParts, sinkErr = houqin.AllocateWeighted(1_000_000, w)
		}
	})
	b.Run("naive", func(b *testing.B) {
		total, n := decimal.RequireFromString("10000.00"), decimal.NewFromInt(2000)
		cent := decimal.RequireFromString("0.01")
		b.ReportAllocs()
		for b.Loop() {
			each := total.Div(n).RoundDown(2)
			left := total.Sub(each.Mul(n))
			parts := make([]decimal.Decimal, 2000)
			for i := range parts {
				parts[i] = each
				if left.IsPositive() {
					parts[i] = parts[i].Add(cent)
					left = left.Sub(cent)
				}
			}
			sinkDecs = parts
		}
	})
}

func BenchmarkFormatFen(b *testing.B) {
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkStr = houqin.Fen(123456789).Format(language.English)
		}
	})
	b.Run("naive", func(b *testing.B) {
		// x/text's currency formatting, which needs a float64 (display only).
		p := message.NewPrinter(language.English)
		d := decimal.RequireFromString("1234567.89")
		b.ReportAllocs()
		for b.Loop() {
			sinkStr = p.Sprint(currency.CNY.Amount(d.InexactFloat64()))
		}
	})
}

func BenchmarkDaxie(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkStr = houqin.Fen(1000000101).Daxie(language.SimplifiedChinese)
	}
}

// naiveFact is a fact as a host would keep it with shopspring: a decimal
// rebuilt from the exact integer the rule computed.
type naiveFact struct {
	Name  string
	Unit  houqin.Unit
	Value decimal.Decimal
}

var (
	sinkFinding houqin.Finding
	sinkNaive   []naiveFact
)

// A finding of a surplus over the ceiling, with its four facts: the cost of
// a breach. The houqin way allocates the facts slice and nothing else.
func BenchmarkFinding(b *testing.B) {
	const surplus, excess houqin.Fen = 261050, 1
	const ratio, ceiling houqin.Ratio = 5_000_025, houqin.RatioOne / 20
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkFinding = houqin.Finding{Code: "canteen.surplus_over_ceiling", Severity: houqin.Violation, Subject: "C001",
				Facts: []houqin.Fact{houqin.YuanFact("surplus", surplus), houqin.PercentFact("ratio", ratio),
					houqin.PercentFact("ceiling", ceiling), houqin.YuanFact("excess", excess)}}
		}
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkNaive = []naiveFact{{"surplus", houqin.UnitYuan, surplus.Yuan()}, {"ratio", houqin.UnitPercent, ratio.Decimal()},
				{"ceiling", houqin.UnitPercent, ceiling.Decimal()}, {"excess", houqin.UnitYuan, excess.Yuan()}}
		}
	})
}

// Writing a finding's facts for a reader: from the integer, against the
// naive way through the decimal.
func BenchmarkFactFormat(b *testing.B) {
	facts := []houqin.Fact{houqin.YuanFact("surplus", 261050), houqin.PercentFact("ratio", 5_000_025)}
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, f := range facts {
				sinkStr = f.Format(language.English)
			}
		}
	})
	b.Run("naive", func(b *testing.B) {
		hundred := decimal.NewFromInt(100)
		b.ReportAllocs()
		for b.Loop() {
			for _, f := range facts {
				if f.Unit == houqin.UnitYuan {
					sinkStr = "CN¥" + f.Decimal().StringFixed(2)
				} else {
					sinkStr = f.Decimal().Mul(hundred).StringFixed(2) + "%"
				}
			}
		}
	})
}
