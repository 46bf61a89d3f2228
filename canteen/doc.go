// Package canteen is the canteen finance rulebook of houqin: it checks a
// school canteen's statements against the surplus ceiling and the spending
// rules, its books, its purchases of staples and its staff, to the fen.
//
// A school canteen is public-interest and service-first (公益性、服务性): it
// runs at break-even or a small profit (保本微利), never as the school's
// money-maker. A county logistics office receives every canteen's statement
// each month and term and must know which canteens broke the rules and by
// how much.
//
// # Rules
//
// Each rule is a finding code (see the Code constants for the rule, its
// severity, its facts and its source):
//
//   - surplus ceiling: surplus = revenue − canteen cost must not exceed
//     Policy.SurplusCeiling (5%) of the same period's revenue; exactly 5%
//     complies, one fen more does not ([CodeSurplusOverCeiling]);
//   - disguised surplus: spending that is never canteen cost (staff bonuses,
//     staff meals, entertainment, transfers to school funds, items the
//     government paid for, building depreciation) is a violation and is
//     added back before the ceiling test ([CodeDisguisedSurplus]);
//   - deficit: spending above revenue, against the break-even principle
//     ([CodeDeficit]);
//   - bookkeeping: vouchers, approvals, totals that add up, and no shop rent
//     in revenue ([CodeMissingVoucher], [CodeMissingApprover],
//     [CodeIncomeTotalMismatch], [CodeSpendingTotalMismatch],
//     [CodeNonCanteenIncome]);
//   - procurement of staples from listed suppliers at listed prices, with
//     certification ([CodeUnlistedSupplier], [CodeAboveListedPrice],
//     [CodeUncertifiedPurchase]);
//   - staff: health certificates valid on every day served
//     ([CodeHealthCertificateGap]) and one worker per 100 diners
//     ([CodeUnderstaffed]).
//
// # Exactness and speed
//
// Amounts enter as decimal yuan and are converted once, exactly, to integer
// fen (houqin.FenOf); the ceiling verdict is houqin.CmpShare(surplus,
// revenue, ceiling), an exact 128-bit comparison with no division and no
// floating point. A float64 rule engine flags about half of the statements
// that sit at exactly 5% (revenue ¥40,115.40, spending ¥38,109.63); this
// package never does. A statement is checked in one pass over its lines
// that adds integer fen; errors and findings are built only when there are
// some, so the check of a compliant statement allocates nothing.
//
// # Usage
//
// Validate the policy once with [New], then check as many statements as
// needed, from any number of goroutines:
//
//	chk, err := canteen.New(canteen.DefaultPolicy())
//	if err != nil { … }
//	res, err := chk.Check(statement)     // err: bad input (errors.Is(err, houqin.ErrInvalidInput))
//	if res.Findings.Has(canteen.CodeSurplusOverCeiling) {
//		fmt.Fprintf(w, "%v\n", res.Excess)          // the money that belongs back in pupils' meals
//	}
//	term, err := chk.Rollup(houqin.DefaultCalendar().Term(t), months)
//
// Bad input (a negative amount, an unknown category, a policy with a ceiling
// above 100%) is an error, never a finding and never a panic.
package canteen
