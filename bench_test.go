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

// benchSurplus is the text of a surplus over the ceiling, as the canteen
// package writes it, registered for the benchmarks of Finding.Message.
var benchSurplus = houqin.Message{Code: "bench.surplus_over_ceiling",
	Hans: "%[1]s：结余%[2]s（结余率%[3]s），超出%[4]s的上限%[5]s",
	Hant: "%[1]s：結餘%[2]s（結餘率%[3]s），超出%[4]s的上限%[5]s",
	En:   "%[1]s: surplus %[2]s (%[3]s of revenue) exceeds the %[4]s ceiling by %[5]s"}

// Explaining a finding of a surplus over the ceiling: Finding.Message
// against the naive way, a host's printer fed decimals.
func BenchmarkMessage(b *testing.B) {
	if err := houqin.RegisterMessages(benchSurplus); err != nil {
		b.Fatal(err)
	}
	f := houqin.Finding{Code: benchSurplus.Code, Severity: houqin.Violation, Subject: "C001",
		Facts: []houqin.Fact{houqin.YuanFact("surplus", 231001), houqin.PercentFact("ratio", houqin.ShareOf(231001, 4620000)),
			houqin.PercentFact("ceiling", houqin.RatioOne/20), houqin.YuanFact("excess", 1)}}
	for _, tag := range []language.Tag{language.SimplifiedChinese, language.English} {
		b.Run("houqin-"+tag.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkStr = f.Message(tag)
			}
		})
	}
	b.Run("naive-en", func(b *testing.B) {
		p := message.NewPrinter(language.English)
		hundred := decimal.NewFromInt(100)
		b.ReportAllocs()
		for b.Loop() {
			sinkStr = p.Sprintf(benchSurplus.En, f.Subject,
				"CN¥"+f.Facts[0].Decimal().StringFixed(2), f.Facts[1].Decimal().Mul(hundred).StringFixed(2)+"%",
				f.Facts[2].Decimal().Mul(hundred).StringFixed(2)+"%", "CN¥"+f.Facts[3].Decimal().StringFixed(2))
		}
	})
}

var benchRefunds = houqin.Message{Code: "bench.refunds",
	Hans: "退还%[1]s，共%[2]s笔，占%[3]s", Hant: "退還%[1]s，共%[2]s筆，佔%[3]s", En: "%[1]s refunded in %[2]s refunds, %[3]s"}

// A host's own sentence through Localize: an amount, a count and a ratio.
func BenchmarkLocalize(b *testing.B) {
	if err := houqin.RegisterMessages(benchRefunds); err != nil {
		b.Fatal(err)
	}
	for _, tag := range []language.Tag{language.SimplifiedChinese, language.English} {
		b.Run("houqin-"+tag.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkStr = houqin.Localize(tag, benchRefunds.Code, houqin.Fen(1813926), 15120, houqin.ShareOf(10473, 10510))
			}
		})
	}
}
