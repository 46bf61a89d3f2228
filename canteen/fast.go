package canteen

import (
	"math/bits"
	"slices"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
)

// The fast path. Most statements a county receives are regular: every
// amount a decimal with zero, one or two decimal places, every category
// known, every line with its voucher and approver, totals that add up. For
// them the check is a single pass over the lines that adds integer fen and
// carries no error or finding machinery; the first thing out of the
// ordinary (an amount it cannot convert in one comparison, a line that
// would be a finding, a total that does not add up) abandons it, and the
// statement is checked again by the full path ([Checker.tally]), which
// reports every error and finding. The fast path decides nothing the full
// path would decide differently: it returns ok only for statements on which
// the full path returns the same tally, no error and no finding of the
// lines; TestFastPathAgrees and FuzzFastPath hold it to that.

// quick is the fast path of tally. With strict (a check) it also gives up
// on every line or total that the full path would report as a finding, so
// that a statement it accepts has no finding of its lines; without (a
// roll-up, which reports none) it only gives up on what would be an error.
func (k *Checker) quick(st *Statement, strict bool) (t tally, ok bool) {
	if st.Canteen == "" || !validPeriod(st.Period) {
		return t, false
	}
	// The stated totals, with fen written out.
	var statedIncome, statedSpending houqin.Fen
	if st.Revenue.Valid {
		d := &st.Revenue.Decimal
		if s := d.Sign(); s != 0 {
			e := uint32(d.Exponent() + 2)
			if s < 0 || e >= uint32(len(fenBound)) || d.Cmp(fenBound[e]) > 0 {
				return t, false
			}
			statedIncome = houqin.Fen(d.CoefficientInt64() * fenScale[e])
		}
	} else if len(st.Income) == 0 {
		return t, false
	}
	if st.Spending.Valid {
		d := &st.Spending.Decimal
		if s := d.Sign(); s != 0 {
			e := uint32(d.Exponent() + 2)
			if s < 0 || e >= uint32(len(fenBound)) || d.Cmp(fenBound[e]) > 0 {
				return t, false
			}
			statedSpending = houqin.Fen(d.CoefficientInt64() * fenScale[e])
		}
	}
	if len(st.Income) == 0 {
		t.revenue = statedIncome
	} else {
		var income houqin.Fen
		for i := range st.Income {
			l := &st.Income[i]
			f, ok := fen(l.Amount)
			if !ok || !l.Category.Valid() {
				return tally{}, false
			}
			if l.Category == ShopRent {
				t.nonCanteen += f
			} else {
				t.revenue += f
			}
			if income += f; income > houqin.MaxFen {
				return tally{}, false
			}
		}
		if strict && (t.nonCanteen > 0 || st.Revenue.Valid && statedIncome != income) {
			return tally{}, false
		}
	}
	var booked houqin.Fen
	// A line is irregular for a check when it is not canteen cost or lacks
	// a required voucher or approver: each is a finding.
	voucher, approver := strict && k.c.voucher, strict && k.c.approver
	for i := range st.Lines {
		l := &st.Lines[i]
		class := k.c.class[l.Category]
		// fen, written out: the loop is the hot path of a check.
		var f houqin.Fen
		if s := l.Amount.Sign(); s != 0 {
			e := uint32(l.Amount.Exponent() + 2)
			if s < 0 || e >= uint32(len(fenBound)) || l.Amount.Cmp(fenBound[e]) > 0 {
				return tally{}, false
			}
			f = houqin.Fen(l.Amount.CoefficientInt64() * fenScale[e])
		}
		if class == unknown {
			return tally{}, false
		}
		if booked += f; booked > houqin.MaxFen {
			return tally{}, false
		}
		if class == isCost {
			t.spending += f
		} else {
			if strict {
				return tally{}, false
			}
			t.notCost += f
		}
		if voucher && l.Voucher == "" || approver && l.Approver == "" {
			return tally{}, false
		}
	}
	if strict && st.Spending.Valid && statedSpending != booked {
		return tally{}, false
	}
	return t, true
}

// fen converts an amount of input to fen when it is written the way
// statements are: zero, or a positive decimal with an exponent from −2 to
// 4 whose value is at most houqin.MaxFen. One comparison with the bound
// written with the same exponent compares the coefficients; the coefficient
// then fits in an int64 and scales exactly to fen. It gives what
// [amount] gives; ok is false for every other value, which amount decides.
func fen(d decimal.Decimal) (houqin.Fen, bool) {
	s := d.Sign()
	if s == 0 {
		return 0, true // zero is zero whatever its exponent
	}
	e := uint32(d.Exponent() + 2)
	if s < 0 || e >= uint32(len(fenBound)) || d.Cmp(fenBound[e]) > 0 {
		return 0, false
	}
	return houqin.Fen(d.CoefficientInt64() * fenScale[e]), true
}

// fenBound[e+2] is houqin.MaxFen in yuan written with exponent e, and
// fenScale[e+2] the number of fen in a unit of 10^e yuan, for e from −2 to
// 4.
var (
	fenBound = func() (t [7]decimal.Decimal) {
		for i := range t {
			t[i] = decimal.New(int64(houqin.MaxFen)/fenScale[i], int32(i-2))
		}
		return t
	}()
	fenScale = [7]int64{1, 10, 100, 1_000, 10_000, 100_000, 1_000_000}
)

// validPeriod reports whether p.Validate() would return nil, without a
// call for the usual case.
func validPeriod(p houqin.Period) bool {
	if quickDate(p.From) && quickDate(p.To) {
		return ordinal(p.From) <= ordinal(p.To)
	}
	return p.Validate() == nil
}

// quickDate reports whether d is a valid date, with a test of its day
// against the length of its month only after the 28th; it returns false
// for years beyond 1 to 9999.
func quickDate(d houqin.Date) bool {
	return uint(d.Year-1) < 9999 && uint(d.Month-1) < 12 && d.Day >= 1 &&
		(d.Day <= 28 || d.Day <= houqin.MonthPeriod(d.Year, d.Month).To.Day)
}

// ordinal is a key that orders valid dates, one per day: consecutive days
// of a month have consecutive ordinals.
func ordinal(d houqin.Date) int { return d.Year<<9 | int(d.Month)<<5 | d.Day }

// nextOrdinal returns the ordinal of the day after the valid date whose
// ordinal is o.
func nextOrdinal(o int) int {
	y, m, d := o>>9, time.Month(o>>5&15), o&31
	switch {
	case d < 28 || d < houqin.MonthPeriod(y, m).To.Day:
		return o + 1
	case m < time.December:
		return y<<9 | int(m+1)<<5 | 1
	}
	return (y+1)<<9 | 1<<5 | 1
}

// tiles reports whether the periods of the valid statements cover over
// exactly, each day once: what [cover] reports as no error. It sorts the
// periods as integer keys (the first day's ordinal, then the last day's);
// a gap, an overlap or a period beyond over makes it false, and cover then
// says which.
func tiles(over houqin.Period, sts []Statement) bool {
	var buf [32]uint64
	keys := buf[:0]
	lo, hi := ordinal(over.From), ordinal(over.To)
	for i := range sts {
		p := &sts[i].Period
		from, to := ordinal(p.From), ordinal(p.To)
		if from < lo || to > hi {
			return false
		}
		keys = append(keys, uint64(from)<<32|uint64(to))
	}
	if !slices.IsSorted(keys) {
		slices.Sort(keys)
	}
	next := lo // the first day not yet covered
	for _, key := range keys {
		if int(key>>32) != next {
			return false
		}
		next = nextOrdinal(int(key & (1<<32 - 1)))
	}
	return next == nextOrdinal(hi)
}

// allowed returns ⌊ceiling × revenue⌋ for revenue ≥ 0: what
// ceiling.Of(revenue, houqin.RoundFloor) returns, with a division by a
// constant when the product fits in 64 bits.
func allowed(ceiling houqin.Ratio, revenue int64) houqin.Fen {
	hi, lo := bits.Mul64(uint64(ceiling), uint64(revenue))
	if hi == 0 {
		return houqin.Fen(lo / uint64(houqin.RatioOne))
	}
	return houqin.Fen(ceiling.Of(revenue, houqin.RoundFloor))
}
