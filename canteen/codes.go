package canteen

import (
	"slices"

	"github.com/houqin-go/houqin"
)

// The codes of the canteen rules, one per rule. Each states the rule, its
// severity, its facts in order, and its source: the document's title as
// SOURCES.md lists it, with the words of the document that ground the rule.
// Codes are a public contract and are never renamed.
const (
	// CodeSurplusOverCeiling: a canteen's surplus (结余 = operating revenue −
	// canteen cost, with spending that is not canteen cost added back) is
	// above the ceiling share of the same period's operating revenue
	// (Policy.SurplusCeiling, default 5%). Exactly the ceiling complies; one
	// fen more does not. Decided exactly, surplus × 10⁸ against ceiling ×
	// revenue in 128-bit integers. Violation; subject: the canteen.
	//
	// Facts: revenue (yuan), spending (yuan, canteen cost), surplus (yuan),
	// ratio (percent, surplus / revenue rounded half-up to 10⁻⁸), ceiling
	// (percent), excess (yuan). The excess is surplus − allowed, where
	// allowed = ceiling × revenue rounded down to the fen, so that every
	// breach shows an excess of at least ¥0.01 (5% of ¥40,115.43 is
	// ¥2,005.7715; allowed is ¥2,005.77). It is the money that belongs back
	// in pupils' meals.
	//
	// Source: 监利县学校后勤管理工作会议讲话（上半年工作总结）
	// (食堂经营结余超过当期营业收入的5%: the surplus above 5% of the same
	// period's operating revenue); 学校食品安全与营养健康管理规定 (a surplus
	// goes back to the pupils). The ceiling and the periods it speaks of
	// differ between regions (5% of a year's revenue, 3% a month, no surplus
	// at all): see Policy.SurplusCeiling and Policy.CeilingScope.
	CodeSurplusOverCeiling houqin.Code = "canteen.surplus_over_ceiling"

	// CodeDisguisedSurplus: a spending line of a category that is never
	// canteen cost (staff welfare and bonuses, staff meals, entertainment,
	// transfers to school funds, items the government already paid for,
	// building depreciation; and wages where Policy.WagesBudgetFunded). The
	// amount is added back to the surplus before the ceiling test, so that
	// a canteen cannot hide a surplus by paying bonuses out of it.
	// Violation; subject: the line's voucher, or "lines[i]".
	//
	// Facts: amount (yuan).
	//
	// Source: 监利县学校后勤管理工作会议讲话（上半年工作总结） (canteens used
	// "to raise teachers' welfare", 用来提高教师的福利待遇);
	// 农村义务教育学生营养改善计划实施细则 (staff meals, bonuses,
	// entertainment and what the government already pays are not canteen
	// cost). Building depreciation: regional rules on canteen accounts (Xi'an
	// 2025).
	CodeDisguisedSurplus houqin.Code = "canteen.disguised_surplus"

	// CodeDeficit: canteen cost above the operating revenue by more than the
	// tolerance share of revenue (Policy.DeficitTolerance, default 0), against
	// the break-even principle (保本微利). Warning; subject: the canteen.
	//
	// Facts: revenue (yuan), spending (yuan), deficit (yuan, spending −
	// revenue), ratio (percent, deficit / revenue; 0 when revenue is 0),
	// tolerance (percent). With no revenue at all, any deficit is reported,
	// whatever the tolerance.
	//
	// Source: 高校后勤工作会上的领导讲话 (公益属性、服务至上、保本微利:
	// break-even or a small profit);
	// 监利县学校后勤管理工作会议讲话（上半年工作总结） (公益性、服务性).
	CodeDeficit houqin.Code = "canteen.deficit"

	// CodeMissingVoucher: a spending line without a voucher number, where
	// Policy.RequireVoucher. Violation; subject: "lines[i]".
	//
	// Facts: amount (yuan).
	//
	// Source: 监利县学校后勤管理工作会议讲话（上半年工作总结）
	// (原始凭证不规范: irregular vouchers).
	CodeMissingVoucher houqin.Code = "canteen.missing_voucher"

	// CodeMissingApprover: a spending line without an approver, where
	// Policy.RequireApprover. Violation; subject: the line's voucher, or
	// "lines[i]".
	//
	// Facts: amount (yuan).
	//
	// Source: 监利县学校后勤管理工作会议讲话（上半年工作总结）
	// (财务审核审批制度不健全: no sound review and approval).
	CodeMissingApprover houqin.Code = "canteen.missing_approver"

	// CodeIncomeTotalMismatch: the income lines, as booked, do not add up
	// to the revenue the statement states. Violation; subject: the canteen.
	//
	// Facts: stated (yuan), lines (yuan, the sum of the income lines),
	// difference (yuan, stated − lines).
	//
	// Source: 监利县学校后勤管理工作会议讲话（上半年工作总结）
	// (食堂建帐不完整: books not set up completely).
	CodeIncomeTotalMismatch houqin.Code = "canteen.income_total_mismatch"

	// CodeSpendingTotalMismatch: the spending lines, as booked, do not add
	// up to the spending the statement states. Violation; subject: the
	// canteen.
	//
	// Facts: stated (yuan), lines (yuan, the sum of the spending lines),
	// difference (yuan, stated − lines).
	//
	// Source: 监利县学校后勤管理工作会议讲话（上半年工作总结）
	// (食堂建帐不完整: books not set up completely).
	CodeSpendingTotalMismatch houqin.Code = "canteen.spending_total_mismatch"

	// CodeNonCanteenIncome: income booked on the canteen that is not
	// canteen income (shop rent); it is left out of the revenue. Warning;
	// subject: the canteen.
	//
	// Facts: amount (yuan, the non-canteen income of the statement).
	//
	// Source: regional rules on canteen accounts (Zhangjiajie 2012; Xi'an
	// 2025): rent from shops is not canteen income.
	CodeNonCanteenIncome houqin.Code = "canteen.non_canteen_income"

	// CodeUnlistedSupplier: a staple (Policy.Staples) bought from a
	// supplier that the county's catalog does not list for that item.
	// Violation; subject: the purchase's ID, or "purchases[i]".
	//
	// Facts: price (yuan, the unit price paid).
	//
	// Source: 高校后勤工作会上的领导讲话 (严格执行大宗粮油定点采购制度: bulk
	// grain and oil from designated suppliers); 2023年学校后勤管理工作计划
	// (定点采购; 未经准入的商品，学校不得擅自采购).
	CodeUnlistedSupplier houqin.Code = "canteen.unlisted_supplier"

	// CodeAboveListedPrice: a staple bought from a listed supplier at a
	// unit price above the catalog's price for that item and supplier.
	// Violation; subject: the purchase's ID, or "purchases[i]".
	//
	// Facts: price (yuan, the unit price paid), listed (yuan, the
	// catalog's unit price), difference (yuan, price − listed).
	//
	// Source: 高校后勤工作会上的领导讲话 (物品采购质量关、成本核算监控关: the
	// gates of purchasing quality and of cost accounting).
	CodeAboveListedPrice houqin.Code = "canteen.above_listed_price"

	// CodeUncertifiedPurchase: a staple bought without its certification
	// (QS/SC food production licence, inspection report). Violation;
	// subject: the purchase's ID, or "purchases[i]".
	//
	// Facts: price (yuan, the unit price paid).
	//
	// Source: 2023年学校后勤管理工作计划 (食品须通过qs认证;
	// 索取检测报告和合格证书).
	CodeUncertifiedPurchase houqin.Code = "canteen.uncertified_purchase"

	// CodeHealthCertificateGap: a canteen worker whose health certificates
	// do not cover every day the worker served in the period. Violation;
	// subject: the worker's ID.
	//
	// Facts: first_uncovered (date, the first day without a valid
	// certificate), days (count, the days without one).
	//
	// Source: 2023年学校后勤管理工作计划 (持证上岗: a health certificate
	// before work); 学校食品安全与营养健康管理规定 (health certificates of
	// food handlers, valid on every working day).
	CodeHealthCertificateGap houqin.Code = "canteen.health_certificate_gap"

	// CodeUnderstaffed: fewer canteen workers than the staffing ratio
	// requires: one per Policy.DinersPerWorker diners (default 100),
	// rounded up. Warning; subject: the canteen.
	//
	// Facts: diners (count), workers (count), required (count).
	//
	// Source: 农村义务教育学生营养改善计划实施细则 (at least one canteen
	// worker per 100 diners).
	CodeUnderstaffed houqin.Code = "canteen.understaffed"
)

// Codes returns every finding code the package declares, sorted: a fresh
// slice on each call.
func Codes() []houqin.Code {
	out := make([]houqin.Code, len(messages))
	for i, m := range messages {
		out[i] = m.Code
	}
	slices.Sort(out)
	return out
}

func init() {
	if err := houqin.RegisterMessages(messages...); err != nil {
		panic(err)
	}
}

// messages are the texts of the codes: %[1]s is the subject, %[2]s … the
// facts in the order their code's documentation gives.
var messages = []houqin.Message{
	{
		Code: CodeSurplusOverCeiling,
		Hans: "%[1]s：营业收入%[2]s，营业支出%[3]s，结余%[4]s（结余率%[5]s），超出%[6]s的上限%[7]s，超出部分应返还用于学生伙食",
		Hant: "%[1]s：營業收入%[2]s，營業支出%[3]s，結餘%[4]s（結餘率%[5]s），超出%[6]s的上限%[7]s，超出部分應返還用於學生伙食",
		En:   "%[1]s: revenue %[2]s, spending %[3]s, surplus %[4]s (%[5]s of revenue) exceeds the %[6]s ceiling by %[7]s, which belongs back in pupils' meals",
	},
	{
		Code: CodeDisguisedSurplus,
		Hans: "%[1]s：列支%[2]s不属于食堂成本，已计回结余",
		Hant: "%[1]s：列支%[2]s不屬於食堂成本，已計回結餘",
		En:   "%[1]s: %[2]s booked as spending is not canteen cost and is added back to the surplus",
	},
	{
		Code: CodeDeficit,
		Hans: "%[1]s：营业支出%[3]s超过营业收入%[2]s，亏损%[4]s，占收入的%[5]s（容许%[6]s），不符合保本原则",
		Hant: "%[1]s：營業支出%[3]s超過營業收入%[2]s，虧損%[4]s，佔收入的%[5]s（容許%[6]s），不符合保本原則",
		En:   "%[1]s: spending %[3]s exceeds revenue %[2]s by %[4]s, %[5]s of revenue (tolerance %[6]s), against the break-even principle",
	},
	{
		Code: CodeMissingVoucher,
		Hans: "%[1]s：支出%[2]s没有原始凭证",
		Hant: "%[1]s：支出%[2]s沒有原始憑證",
		En:   "%[1]s: spending of %[2]s has no voucher",
	},
	{
		Code: CodeMissingApprover,
		Hans: "%[1]s：支出%[2]s未经审批",
		Hant: "%[1]s：支出%[2]s未經審批",
		En:   "%[1]s: spending of %[2]s has no approver",
	},
	{
		Code: CodeIncomeTotalMismatch,
		Hans: "%[1]s：收入合计%[2]s与各项收入之和%[3]s不符，相差%[4]s",
		Hant: "%[1]s：收入合計%[2]s與各項收入之和%[3]s不符，相差%[4]s",
		En:   "%[1]s: the stated income of %[2]s does not match the income lines, which add up to %[3]s (difference %[4]s)",
	},
	{
		Code: CodeSpendingTotalMismatch,
		Hans: "%[1]s：支出合计%[2]s与各项支出之和%[3]s不符，相差%[4]s",
		Hant: "%[1]s：支出合計%[2]s與各項支出之和%[3]s不符，相差%[4]s",
		En:   "%[1]s: the stated spending of %[2]s does not match the spending lines, which add up to %[3]s (difference %[4]s)",
	},
	{
		Code: CodeNonCanteenIncome,
		Hans: "%[1]s：商铺租金等非食堂收入%[2]s不计入营业收入",
		Hant: "%[1]s：商鋪租金等非食堂收入%[2]s不計入營業收入",
		En:   "%[1]s: %[2]s of income that is not canteen income, such as shop rent, is left out of revenue",
	},
	{
		Code: CodeUnlistedSupplier,
		Hans: "%[1]s：大宗食材从未列入定点名录的供应商采购（单价%[2]s）",
		Hant: "%[1]s：大宗食材從未列入定點名錄的供應商採購（單價%[2]s）",
		En:   "%[1]s: a staple was bought from a supplier not on the county's list (unit price %[2]s)",
	},
	{
		Code: CodeAboveListedPrice,
		Hans: "%[1]s：采购单价%[2]s高于名录价格%[3]s，每单位高出%[4]s",
		Hant: "%[1]s：採購單價%[2]s高於名錄價格%[3]s，每單位高出%[4]s",
		En:   "%[1]s: unit price %[2]s is above the listed price of %[3]s by %[4]s",
	},
	{
		Code: CodeUncertifiedPurchase,
		Hans: "%[1]s：大宗食材采购无质量认证（单价%[2]s）",
		Hant: "%[1]s：大宗食材採購無質量認證（單價%[2]s）",
		En:   "%[1]s: a staple was bought without certification (unit price %[2]s)",
	},
	{
		Code: CodeHealthCertificateGap,
		Hans: "%[1]s：自%[2]s起共%[3]s天无有效健康证",
		Hant: "%[1]s：自%[2]s起共%[3]s天無有效健康證",
		En:   "%[1]s: days without a valid health certificate: %[3]s, the first on %[2]s",
	},
	{
		Code: CodeUnderstaffed,
		Hans: "%[1]s：就餐%[2]s人，从业人员%[3]s人，少于按比例应配的%[4]s人",
		Hant: "%[1]s：就餐%[2]s人，從業人員%[3]s人，少於按比例應配的%[4]s人",
		En:   "%[1]s: %[3]s workers for %[2]s diners, fewer than the %[4]s the staffing ratio requires",
	},
}
