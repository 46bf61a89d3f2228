package canteen

import (
	"time"

	"github.com/houqin-go/houqin"
)

// The finance controls of a canteen's statement, beyond break-even: the
// staff meals' account, the share of meal fees spent on food, a sales
// target, the day the statement is filed, and the balance it carries.
// [Checker.Check] calls controls only when one of them has something to
// judge, so that a statement without them costs nothing more.

// controls returns fs with the findings of the controls on statement st,
// whose lines add up to t: the food-cost floor, a sales target, the day it
// was filed, and the ceiling on its balance.
func (k *Checker) controls(st *Statement, t *tally, fs houqin.Findings) houqin.Findings {
	// Food bought for at least the floor's share of meal fees: food × 10⁸ ≥ floor × fees.
	if k.c.floor > 0 && t.mealFees > 0 && houqin.CmpShare(int64(t.food), int64(t.mealFees), k.c.floor) < 0 {
		fs = append(fs, houqin.Finding{
			Code: CodeFoodCostBelowFloor, Severity: houqin.Warning, Subject: st.Canteen,
			Facts: []houqin.Fact{
				houqin.YuanFact("food", t.food),
				houqin.YuanFact("meal_fees", t.mealFees),
				houqin.PercentFact("ratio", houqin.ShareOf(int64(t.food), int64(t.mealFees), k.c.floor)),
				houqin.PercentFact("floor", k.c.floor),
			},
		})
	}
	if st.SalesTarget.Valid {
		// Valid input: tally converted it.
		target, _ := fenOf(st.SalesTarget.Decimal)
		if target > t.spending {
			fs = append(fs, houqin.Finding{
				Code: CodeSalesTarget, Severity: houqin.Violation, Subject: st.Canteen,
				Facts: []houqin.Fact{
					houqin.YuanFact("target", target),
					houqin.YuanFact("spending", t.spending),
					houqin.YuanFact("beyond", target-t.spending),
				},
			})
		}
	}
	if k.c.dueDay > 0 && !st.Filed.IsZero() {
		if due := dueDate(st.Period, k.c.dueDay); st.Filed.After(due) {
			fs = append(fs, houqin.Finding{
				Code: CodeLateStatement, Severity: houqin.Warning, Subject: st.Canteen,
				Facts: []houqin.Fact{
					houqin.DateFact("due", due),
					houqin.DateFact("filed", st.Filed),
					houqin.CountFact("days", int64(st.Filed.Sub(due))),
				},
			})
		}
	}
	if k.c.balanceCeiling > 0 && t.balances {
		fs = k.balanceVerdict(st.Canteen, t.revenue, t.closing, fs)
	}
	return fs
}

// balanceVerdict returns fs with the finding of the ceiling on the
// accumulated balance, where the closing balance of the bound accounts,
// surplus or loss, is above the ceiling share of the period's revenue.
func (k *Checker) balanceVerdict(canteen string, revenue, closing houqin.Fen, fs houqin.Findings) houqin.Findings {
	size := closing
	if size < 0 {
		size = -size
	}
	if houqin.CmpShare(int64(size), int64(revenue), k.c.balanceCeiling) <= 0 {
		return fs
	}
	if revenue <= 0 { // no ratio to state
		return append(fs, houqin.Finding{
			Code: CodeBalanceWithoutRevenue, Severity: houqin.Violation, Subject: canteen,
			Facts: []houqin.Fact{houqin.YuanFact("balance", closing), houqin.PercentFact("ceiling", k.c.balanceCeiling)},
		})
	}
	return append(fs, houqin.Finding{
		Code: CodeBalanceOverCeiling, Severity: houqin.Violation, Subject: canteen,
		Facts: []houqin.Fact{
			houqin.YuanFact("revenue", revenue),
			houqin.YuanFact("balance", closing),
			houqin.PercentFact("ratio", houqin.ShareOf(int64(size), int64(revenue), k.c.balanceCeiling)),
			houqin.PercentFact("ceiling", k.c.balanceCeiling),
			houqin.YuanFact("excess", size-allowed(k.c.balanceCeiling, int64(revenue))),
		},
	})
}

// dueDate returns the day a statement of period p is due: day day of the
// month after the one in which p ends, or that month's last day when it
// has fewer days.
func dueDate(p houqin.Period, day int) houqin.Date {
	y, m := p.To.Year, p.To.Month+1
	if m > time.December {
		y, m = y+1, time.January
	}
	last := houqin.MonthPeriod(y, m).To
	return houqin.Date{Year: y, Month: m, Day: min(day, last.Day)}
}

// staffLoss is the finding of an account of staff meals, a, that spent
// more than it took in.
func staffLoss(subject string, a *Figures) houqin.Finding {
	return houqin.Finding{
		Code: CodeStaffMealLoss, Severity: houqin.Violation, Subject: subject,
		Facts: []houqin.Fact{
			houqin.YuanFact("income", a.Income()),
			houqin.YuanFact("spending", a.Outgo()),
			houqin.YuanFact("loss", a.Outgo()-a.Income()),
		},
	}
}
