package canteen

import (
	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
)

// Statement is one canteen's income statement for one period (a month, a
// term, a year): its operating revenue and its spending lines, as the
// canteen booked them. Amounts are decimal yuan with at most two decimals,
// none negative but the balances, each within ±houqin.MaxFen.
//
// The revenue is given either as a total, or as income lines (with the
// total too where the statement states one):
//
//   - With no income lines, Revenue must be given, and it is the revenue.
//   - With income lines, the revenue is the sum of the lines that are
//     canteen income; shop rent is left out ([CodeNonCanteenIncome]).
//     Revenue, if given, is the stated total of all the income lines as
//     booked (收入合计), and must add up ([CodeIncomeTotalMismatch]).
//
// Spending, if given, is the stated total of all the spending lines as
// booked (支出合计), and must add up ([CodeSpendingTotalMismatch]).
//
// A canteen that keeps its accounts apart (分账核算: pupils' meals, staff
// meals, other activities) gives them as Accounts instead of Income and
// Lines: see [Account]. Revenue and Spending, if given, are then the
// totals of every account's lines, and must add up likewise. A statement
// without accounts is one account of pupils' meals.
//
// Opening and Closing are the balances (期初余额, 期末余额) of a statement
// without accounts; with accounts, each account states its own. Where the
// books state them, opening + income − spending must come to the closing
// balance, to the fen ([CodeBalanceMismatch]), and a chain of statements
// carries each closing balance into the next period's opening
// ([Checker.Chain]).
type Statement struct {
	// Canteen is the host's identifier of the canteen: the subject of the
	// statement's findings. Required.
	Canteen string `json:"canteen"`
	// Period is the period the statement reports. Required.
	Period houqin.Period `json:"period"`
	// Revenue is the revenue the statement states: its operating revenue
	// (营业收入) or, with income lines, their total as booked (收入合计);
	// null (the zero NullDecimal) when it states none.
	Revenue decimal.NullDecimal `json:"revenue"`
	// Income is the split of the income into lines; may be empty.
	Income []IncomeLine `json:"income,omitempty"`
	// Spending is the total of the spending lines the statement states
	// (支出合计), or null when it states none.
	Spending decimal.NullDecimal `json:"spending"`
	// Lines are the spending lines; may be empty.
	Lines []Line `json:"lines"`

	// Accounts are the statement's accounts, for a canteen that keeps
	// them apart; empty for a statement of one account, whose lines are
	// Income and Lines. A statement with accounts has no Income, Lines,
	// Opening or Closing of its own.
	Accounts []Account `json:"accounts,omitempty"`
	// Opening and Closing are the balances at the start and at the end of
	// the period (期初余额, 期末余额), positive or negative, or null when the
	// statement does not state them; see [Statement].
	Opening decimal.NullDecimal `json:"opening"`
	Closing decimal.NullDecimal `json:"closing"`
	// SalesTarget is a revenue target the canteen was set for the period
	// (销售任务), where the host records one; null when there is none.
	// A target beyond the period's canteen cost is reported
	// ([CodeSalesTarget]).
	SalesTarget decimal.NullDecimal `json:"sales_target"`
	// Filed is the day the statement was filed (报送), or the zero Date
	// when the host does not record it. A statement filed after its due day
	// is reported ([Policy.StatementDueDay], [CodeLateStatement]).
	Filed houqin.Date `json:"filed,omitzero"`
}

// Line is one spending line of a statement.
type Line struct {
	// Category is the kind of spending. Required.
	Category Category `json:"category"`
	// Amount is the amount spent, in yuan: zero or more.
	Amount decimal.Decimal `json:"amount"`
	// Voucher is the number of the source document (原始凭证号), or empty
	// when the line has none. It names the line in findings.
	Voucher string `json:"voucher,omitempty"`
	// Approver is who approved the spending (审批人), or empty.
	Approver string `json:"approver,omitempty"`
	// Unmetered says that a line of fuel and utilities was charged without
	// a meter reading: an estimate, or a share by headcount. Only a
	// FuelUtilities line may say so; where [Policy.RequireMeter], it is
	// reported ([CodeUnmeteredUtilities]).
	Unmetered bool `json:"unmetered,omitempty"`
}

// IncomeLine is one income line of a statement.
type IncomeLine struct {
	// Category is the kind of income. Required.
	Category IncomeCategory `json:"category"`
	// Amount is the amount received, in yuan: zero or more.
	Amount decimal.Decimal `json:"amount"`
}

// Result is the outcome of a check of a statement ([Checker.Check]) or of a
// roll-up ([Checker.Rollup]): the figures, exact to the fen, and the
// findings. It is returned by value; the check of a compliant statement
// allocates nothing, and its Findings are nil.
//
// The figures always satisfy
//
//	Surplus = Revenue − Spending
//	Deficit = max(0, −Surplus)
//	Allowed = ⌊Ceiling × Revenue⌋ (rounded down to the fen)
//	Excess  = max(0, Surplus − Allowed)
//
// and Excess is positive exactly when Surplus / Revenue is above Ceiling,
// which the check decides in integers with houqin.CmpShare, never in
// floating point. A finding of [CodeSurplusOverCeiling] is reported only
// when, besides, the ceiling speaks of this period ([Policy.CeilingScope]).
//
// Revenue, NonCanteenIncome, Spending and NotCost are the figures of the
// accounts the ceiling binds ([Policy.CeilingAccounts]): by default the
// pupils' meals, which for a statement without accounts is the whole
// statement. Pupils, Staff and Other are the figures of each kind of
// account, and Net the statement's income less its spending across every
// account, as booked (本期盈余):
//
//	Net = Σ over Pupils, Staff, Other of Figures.Net
type Result struct {
	// Canteen and Period are the statement's (the roll-up's).
	Canteen string        `json:"canteen"`
	Period  houqin.Period `json:"period"`

	// Revenue is the operating revenue the rules count.
	Revenue houqin.Fen `json:"revenue"`
	// NonCanteenIncome is income booked that is not canteen income (shop
	// rent), left out of Revenue.
	NonCanteenIncome houqin.Fen `json:"non_canteen_income"`
	// Spending is the spending that is canteen cost.
	Spending houqin.Fen `json:"spending"`
	// NotCost is spending booked that is not canteen cost, added back to
	// the surplus (a disguised surplus).
	NotCost houqin.Fen `json:"not_cost"`
	// Surplus is Revenue − Spending (结余); negative for a deficit.
	Surplus houqin.Fen `json:"surplus"`
	// Ratio is Surplus / Revenue rounded half-up to 10⁻⁸, for display; 0
	// when Revenue is 0.
	Ratio houqin.Ratio `json:"ratio"`
	// Ceiling is the policy's surplus ceiling.
	Ceiling houqin.Ratio `json:"ceiling"`
	// Allowed is the largest surplus the ceiling allows: Ceiling × Revenue
	// rounded down to the fen.
	Allowed houqin.Fen `json:"allowed"`
	// Excess is the surplus above Allowed, zero when within the ceiling:
	// the money that belongs back in pupils' meals.
	Excess houqin.Fen `json:"excess"`
	// Deficit is the spending above revenue, zero when there is none.
	Deficit houqin.Fen `json:"deficit"`

	// Pupils, Staff and Other are the figures of the statement's accounts
	// of each kind, summed; the zero Figures for a kind it does not keep.
	Pupils Figures `json:"pupils"`
	Staff  Figures `json:"staff"`
	Other  Figures `json:"other"`
	// Net is every income line less every spending line of every account,
	// as booked (本期盈余): the change of the canteen's money in the period.
	Net houqin.Fen `json:"net"`

	// Findings are the broken rules, sorted (houqin.Findings.Sort); nil
	// when every rule held.
	Findings houqin.Findings `json:"findings,omitempty"`
}
