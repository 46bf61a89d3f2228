package canteen_test

import (
	"encoding/json"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// total is a stated total.
func total(s string) decimal.NullDecimal { return decimal.NewNullDecimal(testkit.Dec(s)) }

var sept = houqin.MonthPeriod(2025, time.September)

// line is a spending line with voucher and approver.
func line(c canteen.Category, amount string) canteen.Line {
	return canteen.Line{Category: c, Amount: testkit.Dec(amount), Voucher: "V-" + amount, Approver: "Wang"}
}

// statement is canteen C001's September statement with revenue rev.
func statement(rev string, lines ...canteen.Line) canteen.Statement {
	return canteen.Statement{Canteen: "C001", Period: sept, Revenue: total(rev), Lines: lines}
}

func checker(t testing.TB, edit func(*canteen.Policy)) *canteen.Checker {
	t.Helper()
	p := canteen.DefaultPolicy()
	if edit != nil {
		edit(&p)
	}
	chk, err := canteen.New(p)
	require.NoError(t, err)
	return chk
}

// codes lists the codes of findings, in order.
func codes(fs houqin.Findings) []houqin.Code {
	var out []houqin.Code
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

// factStrings renders the facts of f as name=value, values as in JSON.
func factStrings(f houqin.Finding) []string {
	var out []string
	for _, x := range f.Facts {
		b, _ := json.Marshal(x)
		var j struct{ Value string }
		_ = json.Unmarshal(b, &j)
		out = append(out, x.Name+"="+j.Value)
	}
	return out
}

// benchStatement is a compliant month of a canteen: revenue ¥52,340.50,
// spending ¥50,770.30 in six lines, surplus ¥1,570.20 (3.0%).
func benchStatement() canteen.Statement {
	st := statement("52340.50",
		line(canteen.Food, "38210.40"),
		line(canteen.Food, "1520.00"),
		line(canteen.FuelUtilities, "2310.75"),
		line(canteen.Wages, "7200.00"),
		line(canteen.Equipment, "860.00"),
		line(canteen.OtherCost, "669.15"),
	)
	st.Spending = total("50770.30")
	return st
}

// breachStatement is benchStatement with ¥3,000.00 less spent on food:
// surplus ¥4,570.20 (8.7%), over the 5% ceiling by ¥1,953.18, and no other
// finding.
func breachStatement() canteen.Statement {
	st := benchStatement()
	st.Lines[0] = line(canteen.Food, "35210.40")
	st.Spending = total("47770.30")
	return st
}

// genStatement makes a statement of canteen id for period p with six
// lines from rng: its surplus share is above the 5% ceiling (a violation)
// overPercent times in a hundred, and otherwise drawn below 5%, at exactly
// 5% one time in ten.
func genStatement(rng *rand.Rand, id string, p houqin.Period, overPercent int) canteen.Statement {
	rev := houqin.Fen(rng.Int64N(20_000_000)+1_000_000) * 20 // ¥200,000 to ¥4,200,000, a multiple of 20 fen
	var surplus houqin.Fen
	switch {
	case rng.IntN(100) < overPercent:
		surplus = rev/20 + 1 + houqin.Fen(rng.Int64N(int64(rev/20)))
	case rng.IntN(10) == 0:
		surplus = rev / 20 // exactly 5%
	default:
		surplus = houqin.Fen(rng.Int64N(int64(rev/20) + 1))
	}
	weights := []int64{60 + rng.Int64N(20), 1 + rng.Int64N(5), 4 + rng.Int64N(3), 10 + rng.Int64N(8), 1 + rng.Int64N(3), 1 + rng.Int64N(2)}
	parts, err := houqin.AllocateWeighted(rev-surplus, weights)
	if err != nil {
		panic(err)
	}
	cats := []canteen.Category{canteen.Food, canteen.Food, canteen.FuelUtilities, canteen.Wages, canteen.Equipment, canteen.OtherCost}
	lines := make([]canteen.Line, len(parts))
	for i, f := range parts {
		lines[i] = canteen.Line{Category: cats[i], Amount: f.Yuan(), Voucher: "V" + f.String(), Approver: "Wang"}
	}
	return canteen.Statement{
		Canteen: id, Period: p,
		Revenue:  decimal.NewNullDecimal(rev.Yuan()),
		Spending: decimal.NewNullDecimal((rev - surplus).Yuan()),
		Lines:    lines,
	}
}

// statements makes n monthly statements of 2025, twelve to a canteen, of
// which about overPercent in a hundred are above the ceiling. The fixed seeds
// make the same statements on every run.
func statements(n, overPercent int, seed uint64) []canteen.Statement {
	rng := rand.New(rand.NewPCG(2025, seed))
	sts := make([]canteen.Statement, n)
	for i := range sts {
		sts[i] = genStatement(rng, "C"+strconv.Itoa(i/12), houqin.MonthPeriod(2025, time.Month(1+i%12)), overPercent)
	}
	return sts
}

// province is a province's 100,000 statements with one in a hundred above
// the ceiling; mix is 100,000 with two in five above it, the realistic mix
// of a county that has not yet cleaned up its canteens; mixOneLine is mix
// with each statement's spending in one food line, the shape of the
// comparison with other tools in the README.
var (
	province   = sync.OnceValue(func() []canteen.Statement { return laidOut(statements(100_000, 1, 9)) })
	mix        = sync.OnceValue(func() []canteen.Statement { return laidOut(statements(100_000, 40, 40)) })
	mixOneLine = sync.OnceValue(func() []canteen.Statement { return laidOut(oneLine(statements(100_000, 40, 40))) })
)

// oneLine books each statement's spending in one food line, with the
// voucher and approver of its first line, and no stated total.
func oneLine(sts []canteen.Statement) []canteen.Statement {
	for i := range sts {
		st := &sts[i]
		st.Lines = []canteen.Line{{Category: canteen.Food, Amount: st.Spending.Decimal, Voucher: st.Lines[0].Voucher, Approver: st.Lines[0].Approver}}
		st.Spending = decimal.NullDecimal{}
	}
	return sts
}

// laidOut returns a copy of sts, of the fields genStatement sets, built in
// one pass, each statement's amounts and texts allocated in turn, as a host
// that reads its statements in order holds them (and as the comparison with
// other tools builds them), not among the scraps of the generator's
// arithmetic: over 100,000 statements, where their amounts lie in memory
// weighs on a check as much as the check itself.
func laidOut(sts []canteen.Statement) []canteen.Statement {
	dec := func(d decimal.Decimal) decimal.Decimal { return decimal.New(d.CoefficientInt64(), d.Exponent()) }
	out := make([]canteen.Statement, len(sts))
	for i, st := range sts {
		o := &out[i]
		o.Canteen, o.Period = strings.Clone(st.Canteen), st.Period
		o.Revenue = decimal.NewNullDecimal(dec(st.Revenue.Decimal))
		if st.Spending.Valid {
			o.Spending = decimal.NewNullDecimal(dec(st.Spending.Decimal))
		}
		o.Lines = make([]canteen.Line, len(st.Lines))
		for j, l := range st.Lines {
			o.Lines[j] = canteen.Line{Category: l.Category, Amount: dec(l.Amount), Voucher: strings.Clone(l.Voucher), Approver: strings.Clone(l.Approver)}
		}
	}
	return out
}
