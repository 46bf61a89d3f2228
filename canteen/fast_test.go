package canteen

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
)

// These tests hold the fast path (fast.go) to the full path: whatever the
// fast path accepts, the full path accepts with the same figures and, for
// a check, without a finding of the lines.

// agreeFast checks quick against tally on st, for a check and a roll-up,
// and returns whether the fast path took the statement for a check.
func agreeFast(t *testing.T, k *Checker, st Statement) bool {
	t.Helper()
	for _, strict := range []bool{true, false} {
		got, ok := k.quick(&st, strict)
		if !ok {
			continue
		}
		var fs houqin.Findings
		var pfs *houqin.Findings
		if strict {
			pfs = &fs
		}
		want, err := k.tally(&st, pfs)
		if err != nil {
			t.Fatalf("fast path (strict %v) accepted a statement the full path refuses: %v\n%+v", strict, err, st)
		}
		if got != want {
			t.Fatalf("fast path (strict %v) tally %+v, full path %+v\n%+v", strict, got, want, st)
		}
		if len(fs) > 0 {
			t.Fatalf("fast path accepted a statement with findings %v\n%+v", fs, st)
		}
	}
	_, ok := k.quick(&st, true)
	return ok
}

// oddAmount returns an amount of an unusual kind: zero or one fen written
// with every exponent, negative, beyond the bound, finer than a fen, with a
// coefficient beyond int64 whose low 64 bits look like a small amount, or
// with a hostile exponent.
func oddAmount(rng *rand.Rand) decimal.Decimal {
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	switch rng.IntN(10) {
	case 0:
		return decimal.New(0, int32(rng.IntN(13))-6)
	case 1:
		return decimal.New(1, int32(rng.IntN(13))-6)
	case 2:
		return decimal.New(-rng.Int64N(100_000), -2)
	case 3:
		return decimal.New(int64(houqin.MaxFen)+rng.Int64N(3)-1, -2) // around the bound
	case 4:
		return decimal.New(int64(houqin.MaxFen)/100+rng.Int64N(3)-1, 0)
	case 5:
		return decimal.New(rng.Int64N(1_000_000), -3)
	case 6: // 2^64·k + c: the low word is a plausible amount
		c := new(big.Int).Mul(two64, big.NewInt(1+rng.Int64N(100)))
		return decimal.NewFromBigInt(c.Add(c, big.NewInt(rng.Int64N(1_000_000))), int32(rng.IntN(3))-2)
	case 7: // a negative single word whose low 64 bits, negated, are small
		c := new(big.Int).Sub(two64, big.NewInt(1+rng.Int64N(1_000)))
		return decimal.NewFromBigInt(c.Neg(c), -2)
	case 8:
		return decimal.New(1, 1_000_000_000)
	}
	return decimal.New(rng.Int64N(int64(houqin.MaxFen)), int32(rng.IntN(7))-2)
}

func randomFastStatement(rng *rand.Rand) Statement {
	amount := func() decimal.Decimal {
		if rng.IntN(40) == 0 {
			return oddAmount(rng)
		}
		return decimal.New(rng.Int64N(10_000_000), -int32(rng.IntN(3)))
	}
	st := Statement{Canteen: "C", Period: houqin.MonthPeriod(2025, time.Month(1+rng.IntN(12)))}
	if rng.IntN(20) == 0 {
		st.Canteen = ""
	}
	if rng.IntN(20) == 0 {
		st.Period.To = st.Period.To.AddDays(rng.IntN(5) - 40)
	}
	for range rng.IntN(8) {
		l := Line{Category: Category(1 + rng.IntN(int(OtherCost))), Amount: amount(), Voucher: "V", Approver: "A"}
		switch rng.IntN(30) {
		case 3:
			l.Category = Category(1 + rng.IntN(int(numCategories-1)))
		case 0:
			l.Category = Category(rng.IntN(3)) * 40 // unset or unknown
		case 1:
			l.Voucher = ""
		case 2:
			l.Approver = ""
		}
		st.Lines = append(st.Lines, l)
	}
	if rng.IntN(3) > 0 {
		st.Revenue = decimal.NewNullDecimal(amount())
	}
	if rng.IntN(3) == 0 {
		for range 1 + rng.IntN(3) {
			st.Income = append(st.Income, IncomeLine{Category: IncomeCategory(rng.IntN(int(numIncomeCategories + 1))), Amount: amount()})
		}
	}
	if rng.IntN(3) > 0 { // the stated spending: the lines' sum, or not
		var sum houqin.Fen
		for _, l := range st.Lines {
			f, err := houqin.FenOf("", l.Amount)
			if err == nil {
				sum += f
			}
		}
		st.Spending = decimal.NewNullDecimal(sum.Yuan())
		if rng.IntN(4) == 0 {
			st.Spending = decimal.NewNullDecimal(amount())
		}
	}
	if len(st.Income) > 0 && st.Revenue.Valid && rng.IntN(2) == 0 { // the stated income: their sum
		var sum houqin.Fen
		for _, l := range st.Income {
			f, err := houqin.FenOf("", l.Amount)
			if err == nil {
				sum += f
			}
		}
		st.Revenue = decimal.NewNullDecimal(sum.Yuan())
	}
	return st
}

func TestFastPathAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, edit := range []func(*Policy){
		nil,
		func(p *Policy) { p.WagesBudgetFunded = true; p.RequireVoucher = false },
		func(p *Policy) { p.RequireApprover = false; p.CeilingScope = ScopeRollup },
	} {
		p := DefaultPolicy()
		if edit != nil {
			edit(&p)
		}
		k, err := New(p)
		if err != nil {
			t.Fatal(err)
		}
		fast := 0
		for range 20_000 {
			if agreeFast(t, k, randomFastStatement(rng)) {
				fast++
			}
		}
		// The generator makes enough regular statements for the fast
		// path to be exercised, and enough irregular ones for the full
		// path.
		if fast < 2_000 || fast > 18_000 {
			t.Fatalf("the fast path took %d of 20,000 statements", fast)
		}
	}
}

// The fast path takes the statements of the benchmarks, and of a county.
func TestFastPathTakesRegularStatements(t *testing.T) {
	k, err := New(DefaultPolicy())
	if err != nil {
		t.Fatal(err)
	}
	st := Statement{
		Canteen: "C001", Period: houqin.MonthPeriod(2025, time.September),
		Revenue:  decimal.NewNullDecimal(decimal.RequireFromString("40115.40")),
		Spending: decimal.NewNullDecimal(decimal.RequireFromString("38109.63")),
		Lines: []Line{
			{Category: Food, Amount: decimal.RequireFromString("30000"), Voucher: "V1", Approver: "W"},
			{Category: Wages, Amount: decimal.RequireFromString("8109.6"), Voucher: "V2", Approver: "W"},
			{Category: Equipment, Amount: decimal.RequireFromString("0.03"), Voucher: "V3", Approver: "W"},
			{Category: OtherCost, Amount: decimal.Zero, Voucher: "V4", Approver: "W"},
		},
	}
	if !agreeFast(t, k, st) {
		t.Fatal("the fast path refused a regular statement")
	}
	st.Income = []IncomeLine{{Category: MealFees, Amount: decimal.RequireFromString("40000")}, {Category: NutritionSubsidy, Amount: decimal.RequireFromString("115.4")}}
	if !agreeFast(t, k, st) {
		t.Fatal("the fast path refused a regular statement with income lines")
	}
}

func FuzzFastPath(f *testing.F) {
	for _, s := range []string{
		`{"canteen":"C001","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"40115.40","spending":"38109.63","lines":[{"category":"food","amount":"38109.63","voucher":"V1","approver":"W"}]}`,
		`{"canteen":"C","period":{"from":"2024-02-01","to":"2024-02-29"},"income":[{"category":"meal_fees","amount":"9000"},{"category":"other","amount":"1000.5"}],"revenue":"10000.50","lines":[{"category":"wages","amount":"0","voucher":"V","approver":"W"}]}`,
		`{"canteen":"C","period":{"from":"2025-02-01","to":"2025-02-29"},"revenue":"1","lines":[]}`,
		`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"1000000000000","lines":[{"category":"food","amount":"1000000000000.00","voucher":"V","approver":"W"},{"category":"food","amount":"0.01","voucher":"V","approver":"W"}]}`,
		`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"18446744073709551616.01","lines":[{"category":"staff_meals","amount":"1e3","voucher":"V","approver":"W"}]}`,
		`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"-18446744073709551615","spending":"1.000","lines":[{"category":"food","amount":"1.000","voucher":"V"}]}`,
	} {
		f.Add([]byte(s), uint8(0))
	}
	var checkers []*Checker
	for _, edit := range []func(*Policy){nil, func(p *Policy) { p.WagesBudgetFunded = true; p.RequireVoucher = false }} {
		p := DefaultPolicy()
		if edit != nil {
			edit(&p)
		}
		k, err := New(p)
		if err != nil {
			f.Fatal(err)
		}
		checkers = append(checkers, k)
	}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		var st Statement
		if json.Unmarshal(data, &st) != nil {
			return
		}
		agreeFast(t, checkers[int(which)%len(checkers)], st)
	})
}

// validPeriod is Period.Validate() == nil, and nextOrdinal is the ordinal
// of Date.AddDays(1), on every day of four centuries and around them.
func TestCalendarShortcuts(t *testing.T) {
	for y := 1999; y <= 2401; y += 1 {
		if y == 2010 {
			y = 2095 // skip the dull years, keep 2100
		}
		if y == 2105 {
			y = 2395
		}
		for m := time.January; m <= time.December; m++ {
			for d := 0; d <= 32; d++ {
				day := houqin.Date{Year: y, Month: m, Day: d}
				p := houqin.Period{From: houqin.Date{Year: y, Month: m, Day: 1}, To: day}
				if got, want := validPeriod(p), p.Validate() == nil; got != want {
					t.Fatalf("validPeriod(%v) = %v, Validate says %v", p, got, want)
				}
				if day.Validate() == nil {
					if got, want := nextOrdinal(ordinal(day)), ordinal(day.AddDays(1)); got != want {
						t.Fatalf("nextOrdinal(%v) = %d, want %d", day, got, want)
					}
				}
			}
		}
	}
	for _, p := range []houqin.Period{
		{},
		{From: houqin.Date{Year: 2025, Month: 9, Day: 2}, To: houqin.Date{Year: 2025, Month: 9, Day: 1}},
		{From: houqin.Date{Year: 2025, Month: 9, Day: 30}, To: houqin.Date{Year: 2025, Month: 9, Day: 29}},
		{From: houqin.Date{Year: 0, Month: 1, Day: 1}, To: houqin.Date{Year: 2025, Month: 9, Day: 1}},
		{From: houqin.Date{Year: 9999, Month: 12, Day: 31}, To: houqin.Date{Year: 10000, Month: 1, Day: 1}},
		{From: houqin.Date{Year: 2025, Month: 13, Day: 1}, To: houqin.Date{Year: 2025, Month: 13, Day: 2}},
		{From: houqin.Date{Year: 1, Month: 1, Day: 1}, To: houqin.Date{Year: 9999, Month: 12, Day: 31}},
	} {
		if got, want := validPeriod(p), p.Validate() == nil; got != want {
			t.Fatalf("validPeriod(%v) = %v, Validate says %v", p, got, want)
		}
	}
}

// tiles is cover(…) == nil on random sets of periods.
func TestTilesAgreesWithCover(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	day := func() houqin.Date {
		return houqin.Date{Year: 2025, Month: time.January, Day: 1}.AddDays(rng.IntN(400) - 20)
	}
	covered := 0
	for range 20_000 {
		over := houqin.Period{From: day()}
		over.To = over.From.AddDays(rng.IntN(120))
		var sts []Statement
		next := over.From
		for !next.After(over.To) && len(sts) < 40 {
			p := houqin.Period{From: next, To: next.AddDays(rng.IntN(40))}
			switch rng.IntN(30) {
			case 0:
				p.From = p.From.AddDays(1) // a gap
			case 1:
				p.From = p.From.AddDays(-1) // an overlap, or beyond over
			case 2:
				p.To = p.To.AddDays(400) // beyond over
			}
			if p.To.Before(p.From) {
				p.To = p.From
			}
			sts = append(sts, Statement{Period: p})
			next = p.To.AddDays(1)
		}
		if rng.IntN(10) == 0 && len(sts) > 0 {
			sts = sts[:len(sts)-1] // a gap at the end
		}
		rng.Shuffle(len(sts), func(i, j int) { sts[i], sts[j] = sts[j], sts[i] })
		got, want := tiles(over, sts), cover(over, sts) == nil
		if got != want {
			t.Fatalf("tiles = %v, cover says %v: over %v, %+v", got, want, over, sts)
		}
		if got {
			covered++
		}
	}
	if covered < 300 {
		t.Fatalf("only %d tilings", covered)
	}
}

// allowed is ceiling.Of(revenue, RoundFloor), with and without the 64-bit
// shortcut.
func TestAllowed(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for range 100_000 {
		c := houqin.Ratio(rng.Int64N(int64(houqin.RatioOne) + 1))
		rev := rng.Int64N(int64(houqin.MaxFen) + 1)
		if rng.IntN(2) == 0 {
			rev = rng.Int64N(10_000_000_000)
		}
		if got, want := allowed(c, rev), houqin.Fen(c.Of(rev, houqin.RoundFloor)); got != want {
			t.Fatalf("allowed(%v, %d) = %d, want %d", c, rev, got, want)
		}
	}
}
