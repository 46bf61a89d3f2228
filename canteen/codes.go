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
	// at all): see Policy.SurplusCeiling and Policy.CeilingScope. Of a
	// statement kept in accounts, the ceiling binds the pupils' meals and
	// the kinds Policy.CeilingAccounts adds.
	CodeSurplusOverCeiling houqin.Code = "canteen.surplus_over_ceiling"

	// CodeDisguisedSurplus: a spending line of a category that is never
	// canteen cost (staff welfare and bonuses, staff meals, entertainment,
	// transfers to school funds, items the government already paid for,
	// building depreciation; and wages where Policy.WagesBudgetFunded, and
	// the categories Policy.ExcludedCosts lists). The amount is added back
	// to the surplus before the ceiling test, so that a canteen cannot hide
	// a surplus by paying bonuses out of it. Staff meals are the own cost of
	// an account of staff meals, and a disguised surplus anywhere else.
	// Violation; subject: the line's voucher, or, without one, the account's ID (the canteen, for a
	// statement without accounts): never a field path. The line is the
	// second fact, counted from 1 as a person counts the account's spending
	// lines, and the message prints it as 第4行 / line 4.
	//
	// Facts: amount (yuan), line (count, the line's place among the spending
	// lines of its account, from 1).
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
	// revenue), ratio (percent, deficit / revenue, kept above the
	// tolerance), tolerance (percent). With no revenue at all there is no
	// ratio to state: the deficit is [CodeDeficitWithoutRevenue].
	//
	// Source: 高校后勤工作会上的领导讲话 (公益属性、服务至上、保本微利:
	// break-even or a small profit);
	// 监利县学校后勤管理工作会议讲话（上半年工作总结） (公益性、服务性).
	CodeDeficit houqin.Code = "canteen.deficit"

	// CodeDeficitWithoutRevenue: the variant of [CodeDeficit] for a
	// period with no operating revenue at all: any spending is a deficit,
	// whatever the tolerance, and no share of revenue is stated (never
	// "0.00% of revenue"). Warning; subject: the canteen.
	//
	// Facts: spending (yuan), deficit (yuan, spending − revenue: the
	// spending itself).
	//
	// Source: as [CodeDeficit].
	CodeDeficitWithoutRevenue houqin.Code = "canteen.deficit_without_revenue"

	// CodeMissingVoucher: a spending line without a voucher number, where
	// Policy.RequireVoucher. Violation; subject: the account's ID (the
	// canteen, for a statement without accounts): never a field path. The
	// line is the second fact, counted from 1 as a person counts the
	// account's spending lines, and the message prints it as 第4行 / line 4.
	//
	// Facts: amount (yuan), line (count, the line's place among the spending
	// lines of its account, from 1).
	//
	// Source: 监利县学校后勤管理工作会议讲话（上半年工作总结）
	// (原始凭证不规范: irregular vouchers).
	CodeMissingVoucher houqin.Code = "canteen.missing_voucher"

	// CodeMissingApprover: a spending line without an approver, where
	// Policy.RequireApprover. Violation; subject: the line's voucher, or, without one, the account's ID (the canteen, for a
	// statement without accounts): never a field path. The line is the
	// second fact, counted from 1 as a person counts the account's spending
	// lines, and the message prints it as 第4行 / line 4.
	//
	// Facts: amount (yuan), line (count, the line's place among the spending
	// lines of its account, from 1).
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
	// canteen income (shop rent); it is left out of the revenue. Rent booked
	// on an account of other activities is where it belongs and is not
	// reported. Warning; subject: the canteen.
	//
	// Facts: amount (yuan, the shop rent booked on the accounts of meals).
	//
	// Source: regional rules on canteen accounts (Zhangjiajie 2012; Xi'an
	// 2025): rent from shops is not canteen income.
	CodeNonCanteenIncome houqin.Code = "canteen.non_canteen_income"

	// CodeUnlistedSupplier: a staple (Policy.Staples) bought from a
	// supplier that the county's catalog does not list for that item.
	// Violation; subject: the purchase's ID, or, without one, the item and the supplier as the
	// buyer names them, "大米/荆州粮油": never a field path.
	//
	// Facts: price (yuan, the unit price paid).
	//
	// Source: 高校后勤工作会上的领导讲话 (严格执行大宗粮油定点采购制度: bulk
	// grain and oil from designated suppliers); 2023年学校后勤管理工作计划
	// (定点采购; 未经准入的商品，学校不得擅自采购).
	CodeUnlistedSupplier houqin.Code = "canteen.unlisted_supplier"

	// CodeAboveListedPrice: a staple bought from a listed supplier at a
	// unit price above the catalog's price for that item and supplier.
	// Violation; subject: the purchase's ID, or, without one, the item and the supplier as the
	// buyer names them, "大米/荆州粮油": never a field path.
	//
	// Facts: price (yuan, the unit price paid), listed (yuan, the
	// catalog's unit price), difference (yuan, price − listed).
	//
	// Source: 高校后勤工作会上的领导讲话 (物品采购质量关、成本核算监控关: the
	// gates of purchasing quality and of cost accounting).
	CodeAboveListedPrice houqin.Code = "canteen.above_listed_price"

	// CodeUncertifiedPurchase: a staple bought without its certification
	// (QS/SC food production licence, inspection report). Violation;
	// subject: the purchase's ID, or, without one, the item and the supplier as the
	// buyer names them, "大米/荆州粮油": never a field path.
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

	// CodeNoWorkers: the variant of [CodeUnderstaffed] for a roster of
	// diners with no canteen worker at all (never "0 workers"). Warning;
	// subject: the canteen.
	//
	// Facts: diners (count), required (count).
	//
	// Source: as [CodeUnderstaffed].
	CodeNoWorkers houqin.Code = "canteen.no_workers"
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
		Hans: "%[1]s：第%[3]s行列支%[2]s不属于食堂成本，已计回结余",
		Hant: "%[1]s：第%[3]s行列支%[2]s不屬於食堂成本，已計回結餘",
		En:   "%[1]s: line %[3]s, %[2]s booked as spending, is not canteen cost and is added back to the surplus",
	},
	{
		Code: CodeDeficit,
		Hans: "%[1]s：营业支出%[3]s超过营业收入%[2]s，亏损%[4]s，占收入的%[5]s（容许%[6]s），不符合保本原则",
		Hant: "%[1]s：營業支出%[3]s超過營業收入%[2]s，虧損%[4]s，佔收入的%[5]s（容許%[6]s），不符合保本原則",
		En:   "%[1]s: spending %[3]s exceeds revenue %[2]s by %[4]s, %[5]s of revenue (tolerance %[6]s), against the break-even principle",
	},
	{
		Code: CodeDeficitWithoutRevenue,
		Hans: "%[1]s：本期没有营业收入，营业支出%[2]s全部形成亏损（亏损%[3]s），不符合保本原则",
		Hant: "%[1]s：本期沒有營業收入，營業支出%[2]s全部形成虧損（虧損%[3]s），不符合保本原則",
		En:   "%[1]s: no revenue in the period, so all its spending of %[2]s is a deficit (%[3]s), against the break-even principle",
	},
	{
		Code: CodeMissingVoucher,
		Hans: "%[1]s：第%[3]s行支出%[2]s没有原始凭证",
		Hant: "%[1]s：第%[3]s行支出%[2]s沒有原始憑證",
		En:   "%[1]s: line %[3]s, spending of %[2]s, has no voucher",
	},
	{
		Code: CodeMissingApprover,
		Hans: "%[1]s：第%[3]s行支出%[2]s未经审批",
		Hant: "%[1]s：第%[3]s行支出%[2]s未經審批",
		En:   "%[1]s: line %[3]s, spending of %[2]s, has no approver",
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
		En:   "%[1]s: %[3]s {3:day|days} without a valid health certificate, the first on %[2]s",
	},
	{
		Code: CodeUnderstaffed,
		Hans: "%[1]s：就餐%[2]s人，从业人员%[3]s人，少于按比例应配的%[4]s人",
		Hant: "%[1]s：就餐%[2]s人，從業人員%[3]s人，少於按比例應配的%[4]s人",
		En:   "%[1]s: %[3]s {3:worker|workers} for %[2]s {2:diner|diners}, fewer than the %[4]s the staffing ratio requires",
	},
	{
		Code: CodeNoWorkers,
		Hans: "%[1]s：就餐%[2]s人，未配备从业人员，按比例应配%[3]s人",
		Hant: "%[1]s：就餐%[2]s人，未配備從業人員，按比例應配%[3]s人",
		En:   "%[1]s: no canteen workers for %[2]s {2:diner|diners}; the staffing ratio requires %[3]s",
	},
	{
		Code: CodeSampleMissing,
		Hans: "%[1]s：%[2]s供应的菜品未留样",
		Hant: "%[1]s：%[2]s供應的菜品未留樣",
		En:   "%[1]s: no food sample was kept of the dish served on %[2]s",
	},
	{
		Code: CodeSampleUnderweight,
		Hans: "%[1]s：%[2]s的留样仅%[3]s克，少于规定的%[4]s克，差%[5]s克",
		Hant: "%[1]s：%[2]s的留樣僅%[3]s克，少於規定的%[4]s克，差%[5]s克",
		En:   "%[1]s: the food sample of %[2]s weighs %[3]s g, %[5]s g short of the %[4]s g required",
	},
	{
		Code: CodeSampleDiscardedEarly,
		Hans: "%[1]s：%[2]s的留样仅保存%[3]s分钟，少于规定的%[4]s分钟，差%[5]s分钟",
		Hant: "%[1]s：%[2]s的留樣僅保存%[3]s分鐘，少於規定的%[4]s分鐘，差%[5]s分鐘",
		En:   "%[1]s: the food sample of %[2]s was kept %[3]s {3:minute|minutes}, %[5]s {5:minute|minutes} short of the %[4]s required",
	},
	{
		Code: CodeSampleUnlabelled,
		Hans: "%[1]s：%[2]s的留样记录未注明留样时间或留样人",
		Hant: "%[1]s：%[2]s的留樣記錄未註明留樣時間或留樣人",
		En:   "%[1]s: the food sample of %[2]s is logged without the time it was taken or who took it",
	},
	{
		Code: CodeMealUnaccompanied,
		Hans: "%[1]s：%[2]s至%[3]s的%[4]s个供餐日中共%[5]s餐无学校负责人陪餐记录",
		Hant: "%[1]s：%[2]s至%[3]s的%[4]s個供餐日中共%[5]s餐無學校負責人陪餐記錄",
		En:   "%[1]s: %[5]s {5:meal|meals} on %[4]s serving {4:day|days} from %[2]s to %[3]s without a record of a school leader eating with the pupils",
	},
	{
		Code: CodeMorningCheckMissing,
		Hans: "%[1]s：自%[2]s起共%[3]s个供餐日无晨检记录",
		Hant: "%[1]s：自%[2]s起共%[3]s個供餐日無晨檢記錄",
		En:   "%[1]s: no morning health check on %[3]s serving {3:day|days}, the first on %[2]s",
	},
	{
		Code: CodeCertificateBeyondValidity,
		Hans: "%[1]s：健康证于%[2]s签发，标明有效期至%[3]s，超出规定的有效期（最迟至%[4]s），此后不视为持证",
		Hant: "%[1]s：健康證於%[2]s簽發，標明有效期至%[3]s，超出規定的有效期（最遲至%[4]s），此後不視為持證",
		En:   "%[1]s: the health certificate issued on %[2]s states an expiry of %[3]s, beyond its validity, which ends on %[4]s at the latest; it covers no day after that",
	},
	{
		Code: CodeWorkedBeforeCertificate,
		Hans: "%[1]s：%[2]s上岗，健康证%[3]s才签发，先上岗后办证%[4]s天",
		Hant: "%[1]s：%[2]s上崗，健康證%[3]s才簽發，先上崗後辦證%[4]s天",
		En:   "%[1]s: started work on %[2]s, %[4]s {4:day|days} before the first health certificate was issued on %[3]s",
	},
	{
		Code: CodeSubsidyOverclaimed,
		Hans: "%[1]s：%[4]s天申报就餐人次超过在册受助学生%[5]s人，多报%[2]s人次，涉及营养膳食补助%[3]s，属虚报冒领",
		Hant: "%[1]s：%[4]s天申報就餐人次超過在冊受助學生%[5]s人，多報%[2]s人次，涉及營養膳食補助%[3]s，屬虛報冒領",
		En:   "%[1]s: on %[4]s {4:day|days}, %[2]s more {2:meal|meals} claimed than the %[5]s covered {5:pupil|pupils} on the roll, claiming %[3]s of nutrition subsidy falsely",
	},
	{
		Code: CodeSubsidyClaimedWithoutPupils,
		Hans: "%[1]s：名册上没有受助学生，却在%[4]s天申报就餐%[2]s人次，涉及营养膳食补助%[3]s，属虚报冒领",
		Hant: "%[1]s：名冊上沒有受助學生，卻在%[4]s天申報就餐%[2]s人次，涉及營養膳食補助%[3]s，屬虛報冒領",
		En:   "%[1]s: %[2]s {2:meal|meals} claimed on %[4]s {4:day|days} with no covered pupils on the roll, claiming %[3]s of nutrition subsidy falsely",
	},
	{
		Code: CodeSubsidyMisused,
		Hans: "%[1]s：第%[3]s行营养膳食补助%[2]s未用于学生食材",
		Hant: "%[1]s：第%[3]s行營養膳食補助%[2]s未用於學生食材",
		En:   "%[1]s: line %[3]s, %[2]s of nutrition subsidy, was spent on something other than food for the pupils",
	},
	{
		Code: CodeSubsidyCashToPupils,
		Hans: "%[1]s：第%[3]s行营养膳食补助%[2]s以现金发放给学生或家长",
		Hant: "%[1]s：第%[3]s行營養膳食補助%[2]s以現金發放給學生或家長",
		En:   "%[1]s: line %[3]s, %[2]s of nutrition subsidy, was handed to pupils or parents as cash",
	},
	{
		Code: CodeSubsidyLedgerMismatch,
		Hans: "%[1]s：补助专账入账%[3]s与实际拨付%[2]s不符，相差%[4]s",
		Hant: "%[1]s：補助專賬入賬%[3]s與實際撥付%[2]s不符，相差%[4]s",
		En:   "%[1]s: the subsidy ledger books %[3]s, which does not match the %[2]s received (difference %[4]s)",
	},
	{
		Code: CodeSubsidyMixedAccounts,
		Hans: "%[1]s：补助专账中混入伙食费等其他收入%[2]s，未分账核算",
		Hant: "%[1]s：補助專賬中混入伙食費等其他收入%[2]s，未分賬核算",
		En:   "%[1]s: %[2]s of meal fees or other income booked in the subsidy ledger, which must be kept apart",
	},
	{
		Code: CodeSubsidyCarryForwardMismatch,
		Hans: "%[1]s：上期补助结余%[2]s，本期结转%[3]s，相差%[4]s",
		Hant: "%[1]s：上期補助結餘%[2]s，本期結轉%[3]s，相差%[4]s",
		En:   "%[1]s: the subsidy balance of %[2]s at the end of the previous period is brought forward as %[3]s (difference %[4]s)",
	},
	{
		Code: CodeSubsidyBalanceAtTermEnd,
		Hans: "%[1]s：学期末营养膳食补助结余%[2]s，占可用补助%[3]s的%[4]s，超过容许的%[5]s",
		Hant: "%[1]s：學期末營養膳食補助結餘%[2]s，佔可用補助%[3]s的%[4]s，超過容許的%[5]s",
		En:   "%[1]s: %[2]s of nutrition subsidy left unspent at the end of the term, %[4]s of the %[3]s available, above the tolerance of %[5]s",
	},
	{
		Code: CodeSubsidyPublishedLate,
		Hans: "%[1]s：营养膳食补助使用情况应于%[2]s前公示，%[3]s才公示，逾期%[4]s天",
		Hant: "%[1]s：營養膳食補助使用情況應於%[2]s前公示，%[3]s才公示，逾期%[4]s天",
		En:   "%[1]s: the use of the nutrition subsidy, due to be published by %[2]s, was published on %[3]s, %[4]s {4:day|days} late",
	},
	{
		Code: CodeSubsidyNotPublished,
		Hans: "%[1]s：营养膳食补助使用情况应于%[2]s前公示，已逾期%[3]s天未公示",
		Hant: "%[1]s：營養膳食補助使用情況應於%[2]s前公示，已逾期%[3]s天未公示",
		En:   "%[1]s: the use of the nutrition subsidy, due to be published by %[2]s, is still unpublished %[3]s {3:day|days} later",
	},
	{
		Code: CodeStaffMealLoss,
		Hans: "%[1]s：教职工伙食收入%[2]s，支出%[3]s，亏损%[4]s由食堂承担，即以学生伙食费补贴教职工伙食",
		Hant: "%[1]s：教職工伙食收入%[2]s，支出%[3]s，虧損%[4]s由食堂承擔，即以學生伙食費補貼教職工伙食",
		En:   "%[1]s: staff meals took in %[2]s and cost %[3]s; the canteen bore the loss of %[4]s, so the pupils' meal money subsidised the staff's meals",
	},
	{
		Code: CodeBalanceMismatch,
		Hans: "%[1]s：期初余额%[2]s加收入%[3]s减支出%[4]s应为%[5]s，期末余额却为%[6]s，相差%[7]s",
		Hant: "%[1]s：期初餘額%[2]s加收入%[3]s減支出%[4]s應為%[5]s，期末餘額卻為%[6]s，相差%[7]s",
		En:   "%[1]s: the opening balance of %[2]s plus income of %[3]s less spending of %[4]s comes to %[5]s, but the closing balance is %[6]s (difference %[7]s)",
	},
	{
		Code: CodeCarryForwardMismatch,
		Hans: "%[1]s：%[2]s的期初余额%[4]s与上期期末余额%[3]s不符，相差%[5]s",
		Hant: "%[1]s：%[2]s的期初餘額%[4]s與上期期末餘額%[3]s不符，相差%[5]s",
		En:   "%[1]s: the opening balance of %[4]s on %[2]s does not match the previous closing balance of %[3]s (difference %[5]s)",
	},
	{
		Code: CodeBalanceOverCeiling,
		Hans: "%[1]s：累计盈亏%[3]s，占本期营业收入%[2]s的%[4]s，超出%[5]s的上限%[6]s",
		Hant: "%[1]s：累計盈虧%[3]s，佔本期營業收入%[2]s的%[4]s，超出%[5]s的上限%[6]s",
		En:   "%[1]s: the accumulated balance of %[3]s is %[4]s of the period's revenue of %[2]s, beyond the %[5]s ceiling by %[6]s",
	},
	{
		Code: CodeBalanceWithoutRevenue,
		Hans: "%[1]s：本期没有营业收入，累计盈亏%[2]s超出上限（营业收入的%[3]s）",
		Hant: "%[1]s：本期沒有營業收入，累計盈虧%[2]s超出上限（營業收入的%[3]s）",
		En:   "%[1]s: an accumulated balance of %[2]s with no revenue in the period, beyond the ceiling of %[3]s of revenue",
	},
	{
		Code: CodeDeficitCovered,
		Hans: "%[1]s：以学校公用经费%[2]s弥补食堂亏损，不计入营业收入",
		Hant: "%[1]s：以學校公用經費%[2]s彌補食堂虧損，不計入營業收入",
		En:   "%[1]s: %[2]s of the school's public funds covered the canteen's deficit and is left out of revenue",
	},
	{
		Code: CodeUnmeteredUtilities,
		Hans: "%[1]s：第%[3]s行水电燃料费%[2]s未按计量表读数计收",
		Hant: "%[1]s：第%[3]s行水電燃料費%[2]s未按計量表讀數計收",
		En:   "%[1]s: line %[3]s, utilities of %[2]s, was charged without a meter reading",
	},
	{
		Code: CodeFoodCostBelowFloor,
		Hans: "%[1]s：食材支出%[2]s仅占伙食费收入%[3]s的%[4]s，低于%[5]s的下限",
		Hant: "%[1]s：食材支出%[2]s僅佔伙食費收入%[3]s的%[4]s，低於%[5]s的下限",
		En:   "%[1]s: food cost of %[2]s is %[4]s of meal-fee income of %[3]s, below the %[5]s floor",
	},
	{
		Code: CodeSalesTarget,
		Hans: "%[1]s：食堂被下达销售任务%[2]s，超出本期成本%[3]s达%[4]s，违背保本微利原则",
		Hant: "%[1]s：食堂被下達銷售任務%[2]s，超出本期成本%[3]s達%[4]s，違背保本微利原則",
		En:   "%[1]s: the canteen was set a sales target of %[2]s, %[4]s beyond its cost of %[3]s, against the break-even principle",
	},
	{
		Code: CodeLateStatement,
		Hans: "%[1]s：报表应于%[2]s之前报送，%[3]s才报送，逾期%[4]s天",
		Hant: "%[1]s：報表應於%[2]s之前報送，%[3]s才報送，逾期%[4]s天",
		En:   "%[1]s: the statement was due by %[2]s and filed on %[3]s, %[4]s {4:day|days} late",
	},
	{
		Code: CodeIncompatibleDuties,
		Hans: "%[1]s：出纳兼任会计、稽核或会计档案保管中的%[2]s项，违反不相容岗位分离",
		Hant: "%[1]s：出納兼任會計、稽核或會計檔案保管中的%[2]s項，違反不相容崗位分離",
		En:   "%[1]s: the cashier also holds %[2]s incompatible {2:duty|duties} of accountant, auditor or archivist",
	},
}

// The codes of the food-safety records: the rules of a canteen's records
// that an inspector reads at every visit ([Checker.CheckRecords], and the
// health certificates of [Checker.CheckStaff]).
const (
	// CodeSampleMissing: a dish of a meal served without a food sample
	// (留样) in the sample log. Violation; subject: the meal and the dish as
	// the menu names them, "午餐/红烧肉".
	//
	// Facts: date (date, the day the meal was served).
	//
	// Source: 学校食品安全与营养健康管理规定
	// (对每餐次加工制作的每种食品成品进行留样: a sample of every dish of every
	// meal).
	CodeSampleMissing houqin.Code = "canteen.sample_missing"

	// CodeSampleUnderweight: a food sample lighter than Policy.SampleGrams
	// (default 125 g): exactly the least weight complies, 0.1 g less does
	// not. Violation; subject: the meal and the dish, "午餐/红烧肉".
	//
	// Facts: date (date, the day the meal was served), weight (grams, the
	// sample's), required (grams, Policy.SampleGrams), shortfall (grams,
	// required − weight).
	//
	// Source: 学校食品安全与营养健康管理规定 (每个品种留样量应当满足检验需要，
	// 不得少于125克: at least 125 g of each dish).
	CodeSampleUnderweight houqin.Code = "canteen.sample_underweight"

	// CodeSampleDiscardedEarly: a food sample discarded less than
	// Policy.SampleHours (default 48) after it was taken: kept exactly that
	// long complies, a second less does not. Violation; subject: the meal
	// and the dish, "午餐/红烧肉".
	//
	// Facts: date (date, the day the meal was served), kept (count, the
	// minutes the sample was kept, rounded down), required (count, the
	// minutes of Policy.SampleHours), shortfall (count, required − kept,
	// at least 1).
	//
	// Source: 学校食品安全与营养健康管理规定 (由专柜冷藏保存48小时以上:
	// kept refrigerated, apart, for at least 48 hours).
	CodeSampleDiscardedEarly houqin.Code = "canteen.sample_discarded_early"

	// CodeSampleUnlabelled: a food sample whose log entry does not say when
	// it was taken or who took it. Warning; subject: the meal and the
	// dish, "午餐/红烧肉".
	//
	// Facts: date (date, the day the meal was served).
	//
	// Source: 学校食品安全与营养健康管理规定 (记录留样食品名称、留样量、
	// 留样时间、留样人员: the log names the dish, the amount, the time and
	// the person).
	CodeSampleUnlabelled houqin.Code = "canteen.sample_unlabelled"

	// CodeMealUnaccompanied: meals served without a record of a school
	// leader eating with the pupils (陪餐), where Policy.AccompaniedMeals:
	// one finding for each run of consecutive serving days with a meal
	// missed (a day without meals does not break a run). Violation;
	// subject: the canteen.
	//
	// Facts: from (date, the first serving day of the run), to (date, its
	// last), days (count, the serving days of the run), meals (count, the
	// meals without a record in it).
	//
	// Source: 学校食品安全与营养健康管理规定 (学校应当建立集中用餐陪餐制度，
	// 每餐均应当有学校相关负责人与学生共同用餐，做好陪餐记录).
	CodeMealUnaccompanied houqin.Code = "canteen.meal_unaccompanied"

	// CodeMorningCheckMissing: a food handler without a morning check
	// (晨检) on a serving day the handler worked, where the host supplies
	// the morning-check log. Violation; subject: the handler's ID.
	//
	// Facts: first (date, the first such day), days (count, the serving
	// days without a check).
	//
	// Source: 学校食品安全与营养健康管理规定 (the morning check of food
	// handlers before work each day: those with fever, diarrhoea, wounds
	// or a sore throat stay off work).
	CodeMorningCheckMissing houqin.Code = "canteen.morning_check_missing"

	// CodeCertificateBeyondValidity: a health certificate stated to expire
	// later than Policy.CertificateMonths (default 12) after its issue,
	// among the certificates that reach the days the worker served. It is
	// a finding, not bad input: the certificate is a document an inspector
	// reads, and a validity longer than the rules give is what an
	// inspection must catch (a misprint or a forgery), while the rest of the
	// roster can still be judged. The certificate covers no day after its
	// latest lawful expiry, so those days count toward
	// [CodeHealthCertificateGap]. Warning; subject: the worker's ID.
	//
	// Facts: issued (date), expires (date, as stated), latest (date, the
	// issue plus Policy.CertificateMonths months; the last day of the month
	// where that day does not exist).
	//
	// Source: 学校食品安全与营养健康管理规定 (food handlers' health checked
	// every year, and a health certificate before work).
	CodeCertificateBeyondValidity houqin.Code = "canteen.certificate_beyond_validity"

	// CodeWorkedBeforeCertificate: a worker whose first working day
	// (Worker.FirstDay) came before the issue of the worker's first health
	// certificate: work before the certificate (先上岗后办证). Violation;
	// subject: the worker's ID.
	//
	// Facts: first_day (date), issued (date, of the earliest certificate),
	// days (count, the days from the first working day to the issue).
	//
	// Source: 2023年学校后勤管理工作计划 (持证上岗: a health certificate
	// before work); 学校食品安全与营养健康管理规定.
	CodeWorkedBeforeCertificate houqin.Code = "canteen.worked_before_certificate"
)

// The codes of the nutrition programme's subsidy (农村义务教育学生营养改善计划):
// a school's dedicated account of it ([Checker.CheckSubsidy]).
const (
	// CodeSubsidyOverclaimed: meals claimed on a day beyond the covered
	// pupils on the real-name list (虚报冒领): on each day, the meals claimed
	// above the pupils are the excess, and the excess × the day's rate is
	// the subsidy claimed falsely. Exactly as many meals as pupils
	// complies. Violation; subject: the school.
	//
	// Facts: excess (count, the meals claimed beyond the pupils, summed over
	// the days), amount (yuan, their subsidy), days (count, the days with an
	// excess), pupils (count, the covered pupils).
	//
	// Source: 农村义务教育学生营养改善计划实施细则 (实名制: claims bounded by
	// the real-name list of covered pupils; no false claims, 虚报冒领).
	CodeSubsidyOverclaimed houqin.Code = "canteen.subsidy_overclaimed"

	// CodeSubsidyClaimedWithoutPupils: the variant of
	// [CodeSubsidyOverclaimed] for an account with no covered pupil on the
	// real-name list: every meal claimed is claimed falsely (never "beyond
	// the 0 covered pupils"). Violation; subject: the school.
	//
	// Facts: meals (count, the meals claimed, summed over the days),
	// amount (yuan, their subsidy), days (count, the days with a claim).
	//
	// Source: as [CodeSubsidyOverclaimed].
	CodeSubsidyClaimedWithoutPupils houqin.Code = "canteen.subsidy_claimed_without_pupils"

	// CodeSubsidyMisused: a spending line of the subsidy's ledger that is not
	// food for the covered pupils: wages, utilities, equipment, staff meals,
	// the school's running costs or anything else. Violation; subject:
	// the line's voucher, or, without one, the school: never a
	// field path; the message prints the line as 第4行 / line 4.
	//
	// Facts: amount (yuan), line (count, the line's place among the
	// ledger's spending lines, from 1).
	//
	// Source: 农村义务教育学生营养改善计划实施细则 (the subsidy is spent
	// wholly on food for the pupils: never on staff meals, wages, the
	// school's running costs, and no withholding or diverting).
	CodeSubsidyMisused houqin.Code = "canteen.subsidy_misused"

	// CodeSubsidyCashToPupils: subsidy handed to pupils or parents as cash
	// or cashable credit. Violation; subject: the line's voucher, or, without one, the school: never a
	// field path; the message prints the line as 第4行 / line 4.
	//
	// Facts: amount (yuan), line (count, the line's place among the
	// ledger's spending lines, from 1).
	//
	// Source: 农村义务教育学生营养改善计划实施细则 (the subsidy buys meals:
	// it is never handed to pupils or parents as cash).
	CodeSubsidyCashToPupils houqin.Code = "canteen.subsidy_cash_to_pupils"

	// CodeSubsidyLedgerMismatch: the subsidy booked as income in the
	// dedicated ledger is not the subsidy received for the period. Violation;
	// subject: the school.
	//
	// Facts: received (yuan), booked (yuan), difference (yuan, booked −
	// received).
	//
	// Source: 农村义务教育学生营养改善计划实施细则 (专账核算: a dedicated
	// ledger of the subsidy).
	CodeSubsidyLedgerMismatch houqin.Code = "canteen.subsidy_ledger_mismatch"

	// CodeSubsidyMixedAccounts: income other than the subsidy (meal fees,
	// donations, anything else) booked in the subsidy's dedicated ledger:
	// the accounts are not kept apart. Violation; subject: the school.
	//
	// Facts: amount (yuan, the income that is not the subsidy).
	//
	// Source: 农村义务教育学生营养改善计划实施细则 (分账核算、专款专用:
	// separate accounts, the subsidy for its purpose only).
	CodeSubsidyMixedAccounts houqin.Code = "canteen.subsidy_mixed_accounts"

	// CodeSubsidyCarryForwardMismatch: the opening balance of a period is
	// not the balance the school's previous period left, when the two
	// periods follow one another without a gap: subsidy left unspent is
	// carried into the next period's food, never elsewhere. Violation;
	// subject: the school.
	//
	// Facts: closing (yuan, the previous period's balance), opening (yuan,
	// this period's opening balance), difference (yuan, opening − closing).
	//
	// Source: 农村义务教育学生营养改善计划实施细则 (a balance rolls forward
	// into the programme).
	CodeSubsidyCarryForwardMismatch houqin.Code = "canteen.subsidy_carry_forward_mismatch"

	// CodeSubsidyBalanceAtTermEnd: subsidy left unspent at the end of a term
	// (an account whose period ends on the last day of a term of
	// Policy.Calendar) above Policy.SubsidyBalanceTolerance (default 0) of
	// the subsidy available in the period (the opening balance and the
	// subsidy booked): exactly the tolerance is not reported, one fen more
	// is. Warning; subject: the school.
	//
	// Facts: balance (yuan), available (yuan), ratio (percent, balance /
	// available), tolerance (percent).
	//
	// Source: 农村义务教育学生营养改善计划实施细则 (the subsidy is for the
	// covered pupils' food: spent, not hoarded).
	CodeSubsidyBalanceAtTermEnd houqin.Code = "canteen.subsidy_balance_at_term_end"

	// CodeSubsidyPublishedLate: the use of a period's subsidy published
	// (公示) later than Policy.SubsidyPublishDays (default 5) after the
	// period's end: on the due day complies, a day later does not. Warning;
	// subject: the school.
	//
	// Facts: due (date, the last day allowed), published (date), days_late
	// (count, published − due).
	//
	// Source: 农村义务教育学生营养改善计划实施细则 (the use of the subsidy,
	// the pupils and the menus published periodically, 定期公示).
	CodeSubsidyPublishedLate houqin.Code = "canteen.subsidy_published_late"

	// CodeSubsidyNotPublished: the use of a period's subsidy not yet
	// published on the day of the check, after the last day allowed.
	// Violation; subject: the school.
	//
	// Facts: due (date, the last day allowed), days_late (count, the day of
	// the check − due).
	//
	// Source: 农村义务教育学生营养改善计划实施细则 (定期公示).
	CodeSubsidyNotPublished houqin.Code = "canteen.subsidy_not_published"
)

// The codes of the canteen's finance controls: its accounts kept apart, the
// balances it carries, and the controls of its books (files account.go,
// carry.go, controls.go and duties.go).
const (
	// CodeStaffMealLoss: an account of staff meals ([AccountStaff]) spent
	// more than it took in. Staff meals sold to paying staff at cost break
	// even; a loss is borne by the canteen, that is by the pupils' meal
	// money subsidising the staff's meals. Violation; subject: the
	// account's ID.
	//
	// Facts: income (yuan, every income line of the account), spending
	// (yuan, every spending line), loss (yuan, spending − income).
	//
	// Source: 农村义务教育学生营养改善计划实施细则 (staff meals are not
	// canteen cost: pupils' money never pays for them);
	// 监利县学校后勤管理工作会议讲话（上半年工作总结） (canteen money used
	// "to raise teachers' welfare", 用来提高教师的福利待遇, is what the reform
	// forbids).
	CodeStaffMealLoss houqin.Code = "canteen.staff_meal_loss"

	// CodeBalanceMismatch: an account's opening balance plus its income
	// less its spending, every line as booked, does not come to the
	// closing balance it states (期初余额 + 本期收入 − 本期支出 = 期末余额), to
	// the fen. Money entered or left the account off its books. Violation;
	// subject: the account's ID, or the canteen for a statement without
	// accounts.
	//
	// Facts: opening (yuan), income (yuan), spending (yuan), expected
	// (yuan, opening + income − spending), closing (yuan, as stated),
	// difference (yuan, closing − expected).
	//
	// Source: 监利县学校后勤管理工作会议讲话（上半年工作总结）
	// (食堂建帐不完整: books not set up completely);
	// 泰兴市中小学食堂财务管理制度（试行） (账款相符、账证相符、账账相符).
	CodeBalanceMismatch houqin.Code = "canteen.balance_mismatch"

	// CodeCarryForwardMismatch: in a chain of statements
	// ([Checker.Chain]), an account's opening balance is not the closing
	// balance of the same account in the previous period: a period's
	// surplus must reappear in the next period's opening balance and be
	// used for meals, and money that leaves the canteen's accounts between
	// two periods (a transfer out, 转出) is reported here. Accounts that
	// begin or end between the two periods are compared as a whole, with
	// the canteen as subject. Violation; subject: the account's ID, or the
	// canteen.
	//
	// Facts: from (date, the first day of the period), previous (yuan, the
	// previous closing balance), opening (yuan, as stated), difference
	// (yuan, opening − previous).
	//
	// Source: 学校食品安全与营养健康管理规定 (a surplus goes back to the
	// pupils' meals); 农村义务教育学生营养改善计划实施细则 (a balance rolls
	// forward, never into other uses).
	CodeCarryForwardMismatch houqin.Code = "canteen.carry_forward_mismatch"

	// CodeBalanceOverCeiling: the accumulated balance of the accounts the
	// ceiling binds (their closing balance, surplus or loss) is above the
	// ceiling share of the period's revenue (Policy.BalanceCeiling; not
	// checked by default). Exactly the ceiling complies; one fen more does
	// not. Violation; subject: the canteen.
	//
	// Facts: revenue (yuan), balance (yuan, the closing balance; negative
	// for an accumulated loss), ratio (percent, |balance| / revenue),
	// ceiling (percent), excess (yuan, |balance| − ceiling × revenue
	// rounded down to the fen). With no revenue at all there is no ratio
	// to state: the balance is [CodeBalanceWithoutRevenue].
	//
	// Source: 关于加强对公办幼儿园经费收支管理的几项规定 (a kindergarten
	// canteen's accounts settled each month and published to the parents,
	// within a ceiling); kindergartens that publish an accumulated surplus
	// or loss within 2% of the month's income.
	CodeBalanceOverCeiling houqin.Code = "canteen.balance_over_ceiling"

	// CodeBalanceWithoutRevenue: the variant of [CodeBalanceOverCeiling]
	// for a period with no operating revenue at all: any accumulated
	// balance, surplus or loss, is above the ceiling, and no share of
	// revenue is stated. Violation; subject: the canteen.
	//
	// Facts: balance (yuan, the closing balance; negative for an
	// accumulated loss), ceiling (percent).
	//
	// Source: as [CodeBalanceOverCeiling].
	CodeBalanceWithoutRevenue houqin.Code = "canteen.balance_without_revenue"

	// CodeDeficitCovered: money from the school's public funds (学校公用经费,
	// [PublicFunds]) was booked to cover the canteen's deficit. It is left
	// out of the revenue, so that the deficit stays in sight, and reported,
	// not hidden. Warning; subject: the canteen.
	//
	// Facts: amount (yuan, the public funds booked on every account).
	//
	// Source: 高校后勤工作会上的领导讲话 (保本微利: a canteen breaks even on
	// its own); 学生食堂伙食费监督管理办法（张家界市） (what public funds pay
	// is kept out of the canteen's own accounts).
	CodeDeficitCovered houqin.Code = "canteen.deficit_covered"

	// CodeUnmeteredUtilities: fuel and utilities charged to the canteen
	// without a meter reading ([Line.Unmetered]: an estimate, a share by
	// headcount), where Policy.RequireMeter (the default). Violation;
	// subject: the line's voucher, or, without one, the account's ID (the canteen, for a
	// statement without accounts): never a field path. The line is the
	// second fact, counted from 1 as a person counts the account's spending
	// lines, and the message prints it as 第4行 / line 4.
	//
	// Facts: amount (yuan), line (count, the line's place among the spending
	// lines of its account, from 1).
	//
	// Source: 农村义务教育学生营养改善计划实施细则 and the regional rules on
	// canteen accounts (Zhangjiajie 2012; Xi'an 2025): what the canteen is
	// charged must be its own, and utilities are metered.
	CodeUnmeteredUtilities houqin.Code = "canteen.unmetered_utilities"

	// CodeFoodCostBelowFloor: the food bought on the pupils' accounts is
	// less than the floor share of their meal fees (Policy.FoodCostFloor;
	// not checked by default): the pupils pay for meals they do not get.
	// Exactly the floor complies; one fen less does not. The meal fees are
	// the MealFees income lines, or the stated revenue of a statement
	// without income lines. Warning; subject: the canteen.
	//
	// Facts: food (yuan, the Food lines), meal_fees (yuan), ratio
	// (percent, food / meal_fees), floor (percent).
	//
	// Source: 高校后勤工作会上的领导讲话 (伙食质量与成本核算、成本核算监控关:
	// meal quality, cost accounting and its monitoring).
	CodeFoodCostBelowFloor houqin.Code = "canteen.food_cost_below_floor"

	// CodeSalesTarget: the canteen was set a sales target (销售任务) beyond
	// the period's canteen cost: it is to earn money, against break-even,
	// as county documents describe canteens praised for 超额完成销售任务.
	// Reported where the host records a target (Statement.SalesTarget).
	// Violation; subject: the canteen.
	//
	// Facts: target (yuan), spending (yuan, the canteen cost of the
	// accounts the ceiling binds), beyond (yuan, target − spending).
	//
	// Source: 学生食堂伙食费监督管理办法（张家界市） (student canteens are
	// non-profit and are never set revenue targets); 高校后勤工作会上的领导讲话
	// (保本微利).
	CodeSalesTarget houqin.Code = "canteen.sales_target"

	// CodeLateStatement: the statement was filed (Statement.Filed) after
	// its due day, day Policy.StatementDueDay (default 5) of the month
	// after its period ends: filed on the 5th it is on time, on the 6th a
	// day late. Warning; subject: the canteen.
	//
	// Facts: due (date), filed (date), days (count, filed − due).
	//
	// Source: 泰兴市中小学食堂财务管理制度（试行） (每月5日前报送上月
	// 资产负债表、损益表); 学校食品安全与营养健康管理规定 (monthly canteen
	// statements).
	CodeLateStatement houqin.Code = "canteen.late_statement"

	// CodeIncompatibleDuties: the canteen's cashier (出纳) also holds an
	// incompatible duty of the same accounts: accountant (posting the
	// ledgers of income and spending), auditor (稽核) or archivist of the
	// accounting records (会计档案保管), against the separation of
	// incompatible duties (不相容岗位分离). Violation; subject: the person.
	//
	// Facts: duties (count, the incompatible duties the cashier also
	// holds, 1 to 3).
	//
	// Source: 中华人民共和国会计法 (出纳人员不得兼任稽核、会计档案保管和收入、
	// 支出、费用、债权债务账目的登记工作); 泰兴市中小学食堂财务管理制度（试行）
	// (按照不相容岗位分设的要求，设置会计、出纳、采购、保管等工作岗位).
	CodeIncompatibleDuties houqin.Code = "canteen.incompatible_duties"
)
