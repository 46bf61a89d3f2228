package fees

import (
	"slices"

	"github.com/houqin-go/houqin"
)

// The finding codes of the fee rules. Each states the rule, its severity,
// its facts in order, and its source: the title of a document listed in the
// repository's SOURCES.md, with the words of the rule where they are short.
// The subject of every finding is the [Charge]'s ID. Amounts are per pupil
// unless the fact's name says total; dates are days. Codes are a public
// contract and never change.
const (
	// CodeNotInCatalog: the charge's item is not in the approved catalog:
	// an unauthorised charge (擅自设立收费项目). Violation. Facts: amount
	// (yuan per pupil), pupils (count). Not reported when the charge is of a
	// forbidden category or of collective clothing, which
	// [CodeForbiddenItem] and [CodeCollectiveClothing] report instead.
	// Source: 中心学校后勤工作计划（范文十一篇） (无擅自增加收费项目);
	// 监利县学校后勤管理工作会议讲话（上半年工作总结） (the province's list of
	// service and agency fees, 不得越雷池一步).
	CodeNotInCatalog houqin.Code = "fees.item_not_in_catalog"

	// CodeForbiddenItem: the charge is of a category that may never be a
	// fee ([Policy.Forbidden]: handouts, test papers, e-reading, computer
	// time, heating, cooling, drinking water, campus security), whatever the
	// catalog says. Violation. Facts: amount (yuan per pupil), pupils
	// (count). Source: 关于规范中小学服务性收费和代收费管理有关问题的通知
	// (nothing inside teaching or school management becomes a fee).
	CodeForbiddenItem houqin.Code = "fees.item_forbidden"

	// CodeCollectiveClothing: the charge is for class or grade T-shirts or
	// similar collective clothing ([Policy.CollectiveClothing]), which a
	// school may not collect for, whatever the catalog says; a voluntary
	// school uniform is not collective clothing. Violation. Facts: amount
	// (yuan per pupil), pupils (count). Like [CodeForbiddenItem], it stands
	// for [CodeNotInCatalog] when the charge is outside the catalog. Source:
	// 关于规范中小学服务性收费和代收费管理有关问题的通知 (no collective clothing
	// such as class or grade T-shirts).
	CodeCollectiveClothing houqin.Code = "fees.collective_clothing"

	// CodeStageOutOfScope: the catalog approves the item for other school
	// stages than the charge's ([Item.Stages]). Violation. Facts: amount
	// (yuan per pupil), pupils (count). Source: 中心学校后勤工作计划（范文十一篇）
	// (按照收费公示规定的项目、标准、范围进行收费; 无乱摊派).
	CodeStageOutOfScope houqin.Code = "fees.stage_out_of_scope"

	// CodeGradeOutOfScope: the charge is levied on a grade the catalog does
	// not approve the item for ([Item.Grades]); one finding per grade.
	// Violation. Facts: grade (count, 1–12). Source: 中心学校后勤工作计划
	// （范文十一篇） (范围); 2023年学校后勤管理工作计划 (uniforms for grades 1, 3,
	// 4 of primary and 1, 3 of junior secondary).
	CodeGradeOutOfScope houqin.Code = "fees.grade_out_of_scope"

	// CodeOverStandard: the amount per pupil is above the approved standard
	// times the charge's quantity (提高收费标准). Exactly the standard
	// complies; one fen more does not. Violation. Facts: amount (yuan per
	// pupil), standard (yuan per pupil: the item's standard × quantity),
	// excess_per_pupil (yuan), pupils (count), excess_total (yuan).
	// Source: 中心学校后勤工作计划（范文十一篇） (无随意提高收费标准).
	CodeOverStandard houqin.Code = "fees.over_standard"

	// CodeRepeatedOverStandard: the charges of one item to the same pupils
	// within the period of its standard, a term for an item per term and
	// the school year for an item per year ([Filing.Earlier] holds the
	// year's earlier terms), add up to more than the standard (times the
	// largest quantity among them): an item charged in parts or twice
	// (分次收取, 重复收费). Two charges of ¥60.00 break a standard of
	// ¥100.00 per term; ¥50.00 and ¥50.00 do not. The same pupils are those
	// of the same stage and the same grades (or of charges that name no
	// grades). The charges are counted in the order they were collected,
	// earlier terms first, a charge not yet collected last; each after the
	// first that takes the sum beyond the standard is reported, with the
	// part of it beyond. The part of a charge beyond its own standard is
	// [CodeOverStandard]'s, so that the excesses of the two codes add up to
	// what the charges took beyond the standard, each fen once. Items
	// charged by the month, day, set or class hour are not summed: each
	// charge is held to the standard of its quantity. Violation. Facts:
	// charge (count: the charge's place among the item's charges to these
	// pupils in the period, counted from 1), amount (yuan per pupil),
	// total (yuan per pupil: this charge and those before it), standard
	// (yuan per pupil), excess_per_pupil (yuan: the part of this charge
	// beyond the standard), pupils (count), excess_total (yuan). Source:
	// 中心学校后勤工作计划（范文十一篇） (无随意提高收费标准; 按照收费公示规定的项目、
	// 标准、范围进行收费).
	CodeRepeatedOverStandard houqin.Code = "fees.repeated_over_standard"

	// CodeOneFeeOverCap: where a region applies the one-fee system
	// ([Policy.OneFee]), the one-fee charges to the same pupils in a school
	// year, the items of kind one_fee and the charges of
	// [OneFeePolicy.Categories] (textbooks, exercise books), add up to more
	// than the cap of their stage, rural or urban, raised by the region's
	// float: 160 yuan a year for a rural primary school and 260 for a rural
	// junior secondary school, up to 20% more. [Filing.Earlier] holds the
	// year's earlier terms. The same pupils are those of the same stage and
	// grades, as for [CodeRepeatedOverStandard]. The charges are counted in
	// the order they were collected, earlier terms first; each that takes
	// the sum beyond the cap is reported, with the part of it beyond. Exactly
	// the cap complies; one fen more does not. Violation. Facts: charges
	// (count: the one-fee charges to these pupils in the year so far, this
	// one included, counted from 1), amount (yuan per pupil), total (yuan
	// per pupil: those charges in all), cap (yuan per pupil, after the
	// float, to the fen below), excess_per_pupil (yuan: the part of this
	// charge beyond the cap), pupils (count), excess_total (yuan). Source:
	// 义务教育阶段学校“一费制”收费办法.
	CodeOneFeeOverCap houqin.Code = "fees.one_fee_over_cap"

	// CodeNotPublished: the charge was collected and never published
	// (未公示). Violation. Facts: collected_on (date). Source:
	// 监利县学校后勤管理工作会议讲话（上半年工作总结） (收费公示制度);
	// 中心学校后勤工作计划（范文十一篇） (“价格服务进校园”收费公示制);
	// 关于规范中小学服务性收费和代收费管理有关问题的通知 (a fee not published
	// beforehand may not be collected).
	CodeNotPublished houqin.Code = "fees.not_published"

	// CodeCollectedBeforePublication: the charge was published after the
	// latest day allowed, collection day minus [Policy.PublishLeadDays].
	// Violation. Facts: published_on (date), collected_on (date), due
	// (date: the latest day of publication). Source: as for
	// [CodeNotPublished].
	CodeCollectedBeforePublication houqin.Code = "fees.collected_before_publication"

	// CodeVoluntaryMadeCompulsory: a voluntary item was presented as
	// compulsory (强制收费). Violation. Facts: pupils (count). Source:
	// 监利县学校后勤管理工作会议讲话（上半年工作总结） (自愿的原则, 学校不得强制);
	// 贵溪市学校勤工俭学工作总结 (坚持自愿的原则，不搞强买强卖);
	// 关于规范中小学服务性收费和代收费管理有关问题的通知; for uniforms,
	// 关于进一步加强中小学校服管理工作的意见.
	CodeVoluntaryMadeCompulsory houqin.Code = "fees.voluntary_made_compulsory"

	// CodeVoluntaryTiedToEnrolment: a voluntary item was made a condition
	// of enrolment or registration (与入学、注册挂钩). Violation. Facts:
	// pupils (count). Source: as for [CodeVoluntaryMadeCompulsory].
	CodeVoluntaryTiedToEnrolment houqin.Code = "fees.voluntary_tied_to_enrolment"

	// CodeVoluntaryWithoutConsent: a voluntary item was charged to more
	// pupils than there are families' consents on record. Violation. Facts:
	// pupils (count), consents (count), missing (count: pupils − consents).
	// Source: as for [CodeVoluntaryMadeCompulsory].
	CodeVoluntaryWithoutConsent houqin.Code = "fees.voluntary_without_consent"

	// CodeVoluntaryNoConsent: the variant of [CodeVoluntaryWithoutConsent]
	// when no family's consent at all is on record, so that the sentence
	// says so ("没有任何学生家长的自愿确认记录") rather than counting none.
	// A rubric that deducts for the one deducts for the other. Violation.
	// Facts: pupils (count). Source: as for [CodeVoluntaryMadeCompulsory].
	CodeVoluntaryNoConsent houqin.Code = "fees.voluntary_no_consent"

	// CodeBundledWithCompulsory: a voluntary item was collected in one
	// payment ([Charge.Payment]) with a compulsory charge, one of
	// [Policy.Compulsory] (tuition, boarding) or one the catalog does not
	// make voluntary (a one-fee item; an agency fee such as exercise
	// books), so that a family could not decline it without declining what
	// it must pay (捆绑收费). Consents on record do not cure it: a family
	// that must pay the sum whole has no choice left when it pays, and a
	// missing consent is [CodeVoluntaryWithoutConsent]'s. A charge of a
	// compulsory category is never the voluntary side. Violation. Facts:
	// amount (yuan per pupil), compulsory (yuan per pupil: the compulsory
	// charges of the payment in all), pupils (count). Source:
	// 关于进一步加强和规范教育收费管理的意见 (不得…将服务性收费与住宿费捆绑收取);
	// 关于规范中小学服务性收费和代收费管理有关问题的通知 (service and agency fees
	// voluntary, never compelled).
	CodeBundledWithCompulsory houqin.Code = "fees.bundled_with_compulsory"

	// CodeSuppliesHandledBySchool: student supplies ([Policy.StudentSupplies]:
	// uniforms, milk, anti-myopia books, study aids) were handled by the
	// school or its teachers directly ([HandlerSchool]) rather than through
	// a student-supplies service point. Violation. Facts: amount (yuan per
	// pupil), pupils (count), collected (yuan total). Source:
	// 监利县学校后勤管理工作会议讲话（上半年工作总结） (不得由学校及老师直接经办).
	CodeSuppliesHandledBySchool houqin.Code = "fees.supplies_handled_by_school"

	// CodeInsuranceCollectedBySchool: commercial insurance premiums
	// ([Policy.CommercialInsurance]: student accident and medical insurance)
	// were collected through the school at all, by its office, its teachers
	// or its supplies point ([HandlerSchool], [HandlerSuppliesPoint]),
	// rather than at the insurer's window or by the insurer. Violation.
	// Facts: amount (yuan per pupil), pupils (count), collected (yuan
	// total). Source: 监利县学校后勤管理工作会议讲话（上半年工作总结）
	// (学校不得直接经办，更不得强制办理); 关于2015年规范教育收费治理教育乱收费工作的实施意见
	// (schools may not collect commercial insurance premiums).
	CodeInsuranceCollectedBySchool houqin.Code = "fees.insurance_collected_by_school"

	// CodeRuralCompulsoryItem: a rural school of compulsory education
	// charged an item outside [Policy.RuralAllowed] (exercise books, and
	// meals for pupils who choose to eat at school), while
	// [Policy.RuralCompulsoryRule] holds. A charge without a category is
	// outside. Violation. Facts: amount (yuan per pupil), pupils (count),
	// collected (yuan total). Source:
	// 关于规范中小学服务性收费和代收费管理有关问题的通知.
	CodeRuralCompulsoryItem houqin.Code = "fees.rural_compulsory_item"

	// CodeAgencyMargin: an agency item was charged above the provider's
	// price (代收费加价). Violation. Facts: amount (yuan per pupil),
	// provider_price (yuan per pupil), margin_per_pupil (yuan), pupils
	// (count), margin_total (yuan). Source: 关于进一步加强和规范教育收费管理的意见
	// (no margin on agency fees).
	CodeAgencyMargin houqin.Code = "fees.agency_margin"

	// CodeChargedAcrossTerms: the charge pays for days beyond the end of
	// the term it was collected in ([Charge.Covers]; or, without it, more
	// than one term of an item per term by its Quantity): collected ahead
	// for a later term (跨学期预收). The term of collection is the
	// calendar's term of the collection day plus [Policy.RegistrationDays].
	// Violation. Facts: collected_on (date), term_end (date: the last day
	// of that term), covers_to (date: the last day paid for). Source:
	// 关于规范中小学服务性收费和代收费管理有关问题的通知 (collected and settled
	// by the month or the term).
	CodeChargedAcrossTerms houqin.Code = "fees.charged_across_terms"

	// CodeChargedAcrossYears: a charge of an item per year pays for days
	// beyond the end of the school year it was collected in
	// ([Charge.Covers]; or, without it, more than one year by its
	// Quantity): collected ahead for a later school year (跨学年预收). An
	// item per year may be collected for the whole school year it is
	// collected in. Violation. Facts: collected_on (date), year_end (date:
	// the last day of that school year), covers_to (date). Source: as for
	// [CodeChargedAcrossTerms].
	CodeChargedAcrossYears houqin.Code = "fees.charged_across_years"

	// CodeLeavingRefundShort: pupils who left school before the end of
	// what the charge paid for ([Charge.Leavers]) got back less than the
	// part they did not use, counted over [Charge.Covers] by the day, the
	// half-month or the month ([Policy.LeavingRefundBy],
	// [Item.LeavingRefundBy]; see [Auditor.RefundOnLeaving]); one finding
	// for all the leavers of a charge. Violation. Facts: leavers (count:
	// the pupils refunded too little), due (yuan total: what they were owed
	// back), short (yuan total: what they were not given). Source:
	// 关于规范中小学服务性收费和代收费管理有关问题的通知 (service and agency fees
	// at actual cost, any excess refunded); Xi'an municipal notice on the
	// meal fees of primary and secondary schools and kindergartens, 2025
	// (meals paid for and not eaten refunded).
	CodeLeavingRefundShort houqin.Code = "fees.leaving_refund_short"

	// CodeRefundDue: at settlement the item cost less than was collected;
	// the excess is refunded to the pupils to the fen ([ItemSettlement]
	// says how much each). Notice. Facts: collected (yuan
	// total), actual (yuan total), excess (yuan total), pupils (count).
	// Source: 中心学校后勤工作计划（范文十一篇） (学期末代办费开支情况向每个学生家长公示);
	// 关于规范中小学服务性收费和代收费管理有关问题的通知 (settled at actual cost,
	// 多退).
	CodeRefundDue houqin.Code = "fees.refund_due"

	// CodeTopUpDue: at settlement the item cost more than was collected and
	// the catalog item ([Item.Shortfall]) or [Policy.AgencyTopUp] allows
	// collecting the shortfall (多退少补). Notice. Facts:
	// collected (yuan total), actual (yuan total), shortfall (yuan total),
	// pupils (count). Source: the region's catalog or policy, where its own
	// rules let agency fees be topped up; the national default, 多退少不补,
	// is [CodeShortfallBorne].
	CodeTopUpDue houqin.Code = "fees.top_up_due"

	// CodeShortfallBorne: at settlement the item cost more than was
	// collected and the shortfall may not be collected (多退少不补): the
	// school bears it. Notice. Facts: collected (yuan
	// total), actual (yuan total), shortfall (yuan total). Source:
	// 关于规范中小学服务性收费和代收费管理有关问题的通知.
	CodeShortfallBorne houqin.Code = "fees.shortfall_borne"

	// CodeSettlementPublishedLate: the settlement was published to parents
	// after term end plus [Policy.SettlementPublicationDays]. Violation.
	// Facts: term_end (date), due (date), published_on (date). Source:
	// 中心学校后勤工作计划（范文十一篇） (学期末…及时印发清单，向每个学生家长公示).
	CodeSettlementPublishedLate houqin.Code = "fees.settlement_published_late"

	// CodeSettlementUnpublished: the settlement of a charge is unpublished
	// on the filing's as-of day, after its due day; or an agency or service
	// charge the school collected itself ([HandlerSchool]) in the term has
	// no [Spending] at all by then. Violation. Facts: term_end (date), due
	// (date), as_of (date). Source: as for [CodeSettlementPublishedLate].
	CodeSettlementUnpublished houqin.Code = "fees.settlement_unpublished"

	// CodeSupplierSettledLate: money of a [Policy.SupplierSettlement] item
	// (uniforms) that passed through the school was settled with the
	// supplier after collection day plus [Policy.SupplierSettlementDays].
	// Violation. Facts: collected_on (date), due (date), settled_on (date).
	// Source: 2023年学校后勤管理工作计划 (学生装收费后，要及时结账，不得挪用).
	CodeSupplierSettledLate houqin.Code = "fees.supplier_settled_late"

	// CodeSupplierUnsettled: such money is still unsettled with the
	// supplier on the as-of day, after its due day: held, and at risk of
	// being diverted. Violation. Facts: collected_on (date), due (date),
	// as_of (date), collected (yuan total). Source: as for
	// [CodeSupplierSettledLate].
	CodeSupplierUnsettled houqin.Code = "fees.supplier_unsettled"
)

// Codes returns every finding code of the package, sorted.
func Codes() []houqin.Code {
	out := make([]houqin.Code, len(codeMessages))
	for i, m := range codeMessages {
		out[i] = m.Code
	}
	slices.Sort(out)
	return out
}

var codeMessages = []houqin.Message{
	{Code: CodeNotInCatalog,
		Hans: "%[1]s：收费项目不在核定的收费目录内，属擅自设立收费项目（每生%[2]s，涉及%[3]s名学生）",
		Hant: "%[1]s：收費項目不在核定的收費目錄內，屬擅自設立收費項目（每生%[2]s，涉及%[3]s名學生）",
		En:   "%[1]s: the item is not in the approved catalog, an unauthorised charge (%[2]s per pupil, %[3]s {3:pupil|pupils})"},
	{Code: CodeForbiddenItem,
		Hans: "%[1]s：属于教学或学校管理范围内的事项，一律不得收费（每生%[2]s，涉及%[3]s名学生）",
		Hant: "%[1]s：屬於教學或學校管理範圍內的事項，一律不得收費（每生%[2]s，涉及%[3]s名學生）",
		En:   "%[1]s: part of teaching or school management, which may never be charged for (%[2]s per pupil, %[3]s {3:pupil|pupils})"},
	{Code: CodeCollectiveClothing,
		Hans: "%[1]s：学校不得收取班服、年级T恤等集体服装费用（每生%[2]s，涉及%[3]s名学生）",
		Hant: "%[1]s：學校不得收取班服、年級T恤等集體服裝費用（每生%[2]s，涉及%[3]s名學生）",
		En:   "%[1]s: class or grade T-shirts and similar collective clothing, which a school may not charge for (%[2]s per pupil, %[3]s {3:pupil|pupils})"},
	{Code: CodeStageOutOfScope,
		Hans: "%[1]s：该项目未核准在本学段收取（每生%[2]s，涉及%[3]s名学生）",
		Hant: "%[1]s：該項目未核准在本學段收取（每生%[2]s，涉及%[3]s名學生）",
		En:   "%[1]s: the item is not approved for this school stage (%[2]s per pupil, %[3]s {3:pupil|pupils})"},
	{Code: CodeGradeOutOfScope,
		Hans: "%[1]s：该项目未核准向%[2]s年级收取",
		Hant: "%[1]s：該項目未核准向%[2]s年級收取",
		En:   "%[1]s: the item is not approved for grade %[2]s"},
	{Code: CodeOverStandard,
		Hans: "%[1]s：每生收取%[2]s，超过核定标准%[3]s，每生多收%[4]s，%[5]s名学生合计多收%[6]s",
		Hant: "%[1]s：每生收取%[2]s，超過核定標準%[3]s，每生多收%[4]s，%[5]s名學生合計多收%[6]s",
		En:   "%[1]s: %[2]s charged per pupil, above the approved standard of %[3]s: %[4]s too much per pupil, %[6]s in all for %[5]s {5:pupil|pupils}"},
	{Code: CodeRepeatedOverStandard,
		Hans: "%[1]s：同一批学生第%[2]s次收取该项目，本次每生%[3]s，累计每生%[4]s，超过核定标准%[5]s，本次每生多收%[6]s，%[7]s名学生合计多收%[8]s",
		Hant: "%[1]s：同一批學生第%[2]s次收取該項目，本次每生%[3]s，累計每生%[4]s，超過核定標準%[5]s，本次每生多收%[6]s，%[7]s名學生合計多收%[8]s",
		En:   "%[1]s: charge %[2]s of this item to the same pupils, %[3]s per pupil, brings their total to %[4]s, above the approved standard of %[5]s: %[6]s too much per pupil, %[8]s in all for %[7]s {7:pupil|pupils}"},
	{Code: CodeOneFeeOverCap,
		Hans: "%[1]s：本学年第%[2]s笔一费制收费，本次每生%[3]s，累计每生%[4]s，超过一费制上限%[5]s，本次每生超收%[6]s，%[7]s名学生合计超收%[8]s",
		Hant: "%[1]s：本學年第%[2]s筆一費制收費，本次每生%[3]s，累計每生%[4]s，超過一費制上限%[5]s，本次每生超收%[6]s，%[7]s名學生合計超收%[8]s",
		En:   "%[1]s: one-fee charge %[2]s of the school year, %[3]s per pupil, brings the one fee to %[4]s per pupil, above its cap of %[5]s: %[6]s too much per pupil, %[8]s in all for %[7]s {7:pupil|pupils}"},
	{Code: CodeNotPublished,
		Hans: "%[1]s：未经公示即于%[2]s收取",
		Hant: "%[1]s：未經公示即於%[2]s收取",
		En:   "%[1]s: collected on %[2]s without having been published"},
	{Code: CodeCollectedBeforePublication,
		Hans: "%[1]s：于%[3]s收取，%[2]s才公示，最迟应于%[4]s公示",
		Hant: "%[1]s：於%[3]s收取，%[2]s才公示，最遲應於%[4]s公示",
		En:   "%[1]s: collected on %[3]s but published only on %[2]s; it had to be published by %[4]s"},
	{Code: CodeVoluntaryMadeCompulsory,
		Hans: "%[1]s：自愿收费项目被作为强制收费（涉及%[2]s名学生）",
		Hant: "%[1]s：自願收費項目被作為強制收費（涉及%[2]s名學生）",
		En:   "%[1]s: a voluntary item presented as compulsory (%[2]s {2:pupil|pupils})"},
	{Code: CodeVoluntaryTiedToEnrolment,
		Hans: "%[1]s：自愿收费项目与入学、注册挂钩（涉及%[2]s名学生）",
		Hant: "%[1]s：自願收費項目與入學、註冊掛鉤（涉及%[2]s名學生）",
		En:   "%[1]s: a voluntary item made a condition of enrolment (%[2]s {2:pupil|pupils})"},
	{Code: CodeVoluntaryWithoutConsent,
		Hans: "%[1]s：自愿收费项目向%[2]s名学生收取，仅有%[3]s名学生家长的自愿确认记录，缺%[4]s名",
		Hant: "%[1]s：自願收費項目向%[2]s名學生收取，僅有%[3]s名學生家長的自願確認記錄，缺%[4]s名",
		En:   "%[1]s: a voluntary item charged to %[2]s {2:pupil|pupils} with the recorded consent of only %[3]s {3:family|families}; %[4]s missing"},
	{Code: CodeVoluntaryNoConsent,
		Hans: "%[1]s：自愿收费项目向%[2]s名学生收取，没有任何学生家长的自愿确认记录",
		Hant: "%[1]s：自願收費項目向%[2]s名學生收取，沒有任何學生家長的自願確認記錄",
		En:   "%[1]s: a voluntary item charged to %[2]s {2:pupil|pupils} with no family's consent on record"},
	{Code: CodeBundledWithCompulsory,
		Hans: "%[1]s：自愿收费项目（每生%[2]s）与必须缴纳的费用（每生%[3]s）捆绑一并收取，%[4]s名学生无法单独选择",
		Hant: "%[1]s：自願收費項目（每生%[2]s）與必須繳納的費用（每生%[3]s）捆綁一併收取，%[4]s名學生無法單獨選擇",
		En:   "%[1]s: a voluntary item (%[2]s per pupil) collected in one payment with compulsory charges of %[3]s per pupil, leaving %[4]s {4:pupil|pupils} no separate choice"},
	{Code: CodeSuppliesHandledBySchool,
		Hans: "%[1]s：学生用品由学校或教师直接经办收费（每生%[2]s，%[3]s名学生，共%[4]s），应通过学生用品服务部由学生自愿购买",
		Hant: "%[1]s：學生用品由學校或教師直接經辦收費（每生%[2]s，%[3]s名學生，共%[4]s），應通過學生用品服務部由學生自願購買",
		En:   "%[1]s: student supplies handled by the school or its teachers directly (%[2]s per pupil, %[3]s {3:pupil|pupils}, %[4]s in all); they belong in a student-supplies service point, bought by choice"},
	{Code: CodeInsuranceCollectedBySchool,
		Hans: "%[1]s：学校代收商业保险费（每生%[2]s，%[3]s名学生，共%[4]s），应由保险机构的专门窗口办理",
		Hant: "%[1]s：學校代收商業保險費（每生%[2]s，%[3]s名學生，共%[4]s），應由保險機構的專門窗口辦理",
		En:   "%[1]s: commercial insurance premiums collected through the school (%[2]s per pupil, %[3]s {3:pupil|pupils}, %[4]s in all); they belong at the insurer's own window"},
	{Code: CodeRuralCompulsoryItem,
		Hans: "%[1]s：农村义务教育学校不得收取此项费用（每生%[2]s，%[3]s名学生，共%[4]s）",
		Hant: "%[1]s：農村義務教育學校不得收取此項費用（每生%[2]s，%[3]s名學生，共%[4]s）",
		En:   "%[1]s: a rural compulsory-education school may not charge this item (%[2]s per pupil, %[3]s {3:pupil|pupils}, %[4]s in all)"},
	{Code: CodeAgencyMargin,
		Hans: "%[1]s：代收费每生收取%[2]s，高于提供方价格%[3]s，每生加价%[4]s，%[5]s名学生合计%[6]s",
		Hant: "%[1]s：代收費每生收取%[2]s，高於提供方價格%[3]s，每生加價%[4]s，%[5]s名學生合計%[6]s",
		En:   "%[1]s: agency fee of %[2]s per pupil above the provider's price of %[3]s: a margin of %[4]s per pupil, %[6]s in all for %[5]s {5:pupil|pupils}"},
	{Code: CodeChargedAcrossTerms,
		Hans: "%[1]s：于%[2]s收取，收费期间至%[4]s，超出收取时所在学期（%[3]s结束），属跨学期预收",
		Hant: "%[1]s：於%[2]s收取，收費期間至%[4]s，超出收取時所在學期（%[3]s結束），屬跨學期預收",
		En:   "%[1]s: collected on %[2]s for a period running to %[4]s, beyond the term it was collected in, which ends on %[3]s: collected ahead for a later term"},
	{Code: CodeChargedAcrossYears,
		Hans: "%[1]s：于%[2]s收取，收费期间至%[4]s，超出收取时所在学年（%[3]s结束），属跨学年预收",
		Hant: "%[1]s：於%[2]s收取，收費期間至%[4]s，超出收取時所在學年（%[3]s結束），屬跨學年預收",
		En:   "%[1]s: collected on %[2]s for a period running to %[4]s, beyond the school year it was collected in, which ends on %[3]s: collected ahead for a later school year"},
	{Code: CodeLeavingRefundShort,
		Hans: "%[1]s：%[2]s名学生中途离校，未使用部分应退%[3]s，少退%[4]s",
		Hant: "%[1]s：%[2]s名學生中途離校，未使用部分應退%[3]s，少退%[4]s",
		En:   "%[1]s: %[2]s {2:pupil|pupils} who left before the end of the period paid for {2:was|were} owed %[3]s back for the part unused; %[4]s of it was not refunded"},
	{Code: CodeRefundDue,
		Hans: "%[1]s：收取%[2]s，实际支出%[3]s，结余%[4]s应退还%[5]s名学生",
		Hant: "%[1]s：收取%[2]s，實際支出%[3]s，結餘%[4]s應退還%[5]s名學生",
		En:   "%[1]s: %[2]s collected, %[3]s spent: %[4]s to refund to %[5]s {5:pupil|pupils}"},
	{Code: CodeTopUpDue,
		Hans: "%[1]s：收取%[2]s，实际支出%[3]s，不足%[4]s按规定向%[5]s名学生补收",
		Hant: "%[1]s：收取%[2]s，實際支出%[3]s，不足%[4]s按規定向%[5]s名學生補收",
		En:   "%[1]s: %[2]s collected, %[3]s spent: the shortfall of %[4]s is collected from %[5]s {5:pupil|pupils}, as the catalog allows"},
	{Code: CodeShortfallBorne,
		Hans: "%[1]s：收取%[2]s，实际支出%[3]s，不足%[4]s由学校承担，不向学生补收",
		Hant: "%[1]s：收取%[2]s，實際支出%[3]s，不足%[4]s由學校承擔，不向學生補收",
		En:   "%[1]s: %[2]s collected, %[3]s spent: the school bears the shortfall of %[4]s; it is not collected from the pupils"},
	{Code: CodeSettlementPublishedLate,
		Hans: "%[1]s：学期于%[2]s结束，结算清单最迟应于%[3]s向家长公示，实际于%[4]s公示",
		Hant: "%[1]s：學期於%[2]s結束，結算清單最遲應於%[3]s向家長公示，實際於%[4]s公示",
		En:   "%[1]s: the term ended on %[2]s and the settlement was due to parents by %[3]s, but was published on %[4]s"},
	{Code: CodeSettlementUnpublished,
		Hans: "%[1]s：学期于%[2]s结束，结算清单最迟应于%[3]s向家长公示，截至%[4]s仍未公示",
		Hant: "%[1]s：學期於%[2]s結束，結算清單最遲應於%[3]s向家長公示，截至%[4]s仍未公示",
		En:   "%[1]s: the term ended on %[2]s and the settlement was due to parents by %[3]s, but is still unpublished on %[4]s"},
	{Code: CodeSupplierSettledLate,
		Hans: "%[1]s：款项于%[2]s收取，最迟应于%[3]s与供应商结账，实际于%[4]s结账",
		Hant: "%[1]s：款項於%[2]s收取，最遲應於%[3]s與供應商結賬，實際於%[4]s結賬",
		En:   "%[1]s: collected on %[2]s and due to be settled with the supplier by %[3]s, but settled on %[4]s"},
	{Code: CodeSupplierUnsettled,
		Hans: "%[1]s：%[2]s收取的%[5]s最迟应于%[3]s与供应商结账，截至%[4]s仍未结账，不得挪用",
		Hant: "%[1]s：%[2]s收取的%[5]s最遲應於%[3]s與供應商結賬，截至%[4]s仍未結賬，不得挪用",
		En:   "%[1]s: %[5]s collected on %[2]s was due to be settled with the supplier by %[3]s and is still unsettled on %[4]s; it may not be diverted"},
}

// lineMessages are the lines of the settlement letter to parents
// ([ItemSettlement.RefundLine]).
var lineMessages = []houqin.Message{
	{Code: "fees.refund_line.refund",
		Hans: "%[1]s：收取%[2]s，实际支出%[3]s，结余%[4]s；本生应退%[5]s（大写：%[6]s）",
		Hant: "%[1]s：收取%[2]s，實際支出%[3]s，結餘%[4]s；本生應退%[5]s（大寫：%[6]s）",
		En:   "%[1]s: %[2]s collected, %[3]s spent, %[4]s left over; refund to this pupil: %[5]s (in words: %[6]s)"},
	{Code: "fees.refund_line.top_up",
		Hans: "%[1]s：收取%[2]s，实际支出%[3]s，不足%[4]s；本生应补交%[5]s（大写：%[6]s）",
		Hant: "%[1]s：收取%[2]s，實際支出%[3]s，不足%[4]s；本生應補交%[5]s（大寫：%[6]s）",
		En:   "%[1]s: %[2]s collected, %[3]s spent, %[4]s short; this pupil pays %[5]s more (in words: %[6]s)"},
	{Code: "fees.refund_line.borne",
		Hans: "%[1]s：收取%[2]s，实际支出%[3]s，不足%[4]s由学校承担，本生无需补交",
		Hant: "%[1]s：收取%[2]s，實際支出%[3]s，不足%[4]s由學校承擔，本生無需補交",
		En:   "%[1]s: %[2]s collected, %[3]s spent, %[4]s short; the school bears the shortfall and this pupil pays nothing more"},
	{Code: "fees.refund_line.balanced",
		Hans: "%[1]s：收取%[2]s，实际支出%[3]s，收支相抵，无退无补",
		Hant: "%[1]s：收取%[2]s，實際支出%[3]s，收支相抵，無退無補",
		En:   "%[1]s: %[2]s collected, %[3]s spent; nothing to refund or pay"},
}

func init() {
	if err := houqin.RegisterMessages(slices.Concat(codeMessages, lineMessages, noticeMessages)...); err != nil {
		panic(err)
	}
}
