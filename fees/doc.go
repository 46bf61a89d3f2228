// Package fees audits what Chinese primary and secondary schools charge
// their pupils against the approved catalog and settles the money collected
// on the pupils' behalf at term end, to the fen.
//
// Parents complain, and bureaus audit, when a school charges what it may
// not, more than it may, without publishing it, or by compulsion; and at
// term end, money collected beyond an item's actual cost is owed back to
// each family.
//
// # Inputs
//
// A host loads two things from its own storage, once: the region's
// approved [Catalog] of items (kind, unit, standard, legal basis, voluntary,
// stages and grades, shortfall rule; [ParseCatalog] reads JSON) and the
// [Policy] of values that differ between regions ([DefaultPolicy],
// [ParsePolicy]). [New] validates and compiles them into an [Auditor].
// Then, for each school and term, it hands over a [Filing]: the school's
// charges ([Charge]) and, at term end, the actual cost of the items it
// settles ([Spending]).
//
// # Outputs
//
// [Auditor.Audit] returns a [Result]: the findings, each with a stable code
// (see Rules below; [Codes] lists them all), and an [ItemSettlement] per
// settled charge: collected, actual cost, the balance, and each pupil's
// refund or top-up, which sum exactly to the balance by the root package's
// allocation rule. [Auditor.Settle] settles one charge alone.
// [ItemSettlement.RefundLine] writes a pupil's line of the letter to parents
// with the amount in upper-case financial numerals (大写). Bad input is an
// *houqin.InputError naming the field, never a finding and never a panic.
//
// # Rules
//
// Audit applies these rules to every charge of a filing, and reports each
// one broken as a finding whose subject is the charge's ID. Each code's doc
// gives the rule exactly, its facts and its source; the [Policy] field that
// sets a rule's values is named beside it.
//
//  1. Approved items only: a charge outside the catalog
//     ([CodeNotInCatalog]); a category that may never be a fee
//     ([CodeForbiddenItem], [Policy.Forbidden]), collective clothing such
//     as class T-shirts among them ([CodeCollectiveClothing],
//     [Policy.CollectiveClothing]); the approved stages
//     ([CodeStageOutOfScope]) and grades ([CodeGradeOutOfScope]). Every
//     catalog item names its legal basis, the approving document
//     ([Item.Basis]): the catalog refuses an item without one as bad
//     input, so that nothing unapproved passes as approved.
//  2. The approved standard, times the charge's quantity
//     ([CodeOverStandard]); and the charges of one item to the same pupils
//     summed against it within its term or school year
//     ([CodeRepeatedOverStandard], [Filing.Earlier]).
//  3. Published before collection: [CodeNotPublished],
//     [CodeCollectedBeforePublication] ([Policy.PublishLeadDays]).
//  4. Voluntary means voluntary: [CodeVoluntaryMadeCompulsory],
//     [CodeVoluntaryTiedToEnrolment], [CodeVoluntaryWithoutConsent]
//     (its variant [CodeVoluntaryNoConsent] when no consent at all is on
//     record) ([Item.Voluntary], [Policy.ServiceFeesVoluntary]); never in one
//     payment with a compulsory charge ([CodeBundledWithCompulsory],
//     [Charge.Payment], [Policy.Compulsory]).
//  5. Who takes the money: student supplies through a supplies point
//     ([CodeSuppliesHandledBySchool], [Policy.StudentSupplies]); commercial
//     insurance never through the school ([CodeInsuranceCollectedBySchool],
//     [Policy.CommercialInsurance]).
//  6. A rural compulsory-education school charges only what it may
//     ([CodeRuralCompulsoryItem], [Policy.RuralAllowed]).
//  7. No margin on agency fees ([CodeAgencyMargin]).
//  8. At term end, each settled charge's outcome, of severity houqin.Notice
//     ([CodeRefundDue], [CodeTopUpDue], [CodeShortfallBorne]), and its
//     publication to parents ([CodeSettlementPublishedLate],
//     [CodeSettlementUnpublished], [Policy.SettlementPublicationDays]).
//  9. Uniform money settled with the supplier in time
//     ([CodeSupplierSettledLate], [CodeSupplierUnsettled],
//     [Policy.SupplierSettlementDays]).
//  10. Where a region still applies the one-fee system, the one fee of a
//     school year within its cap ([CodeOneFeeOverCap], [Policy.OneFee],
//     off by default).
//  11. Nothing collected ahead: a charge pays for no day beyond the term
//     it is collected in, or for an item per year, beyond the school year
//     ([CodeChargedAcrossTerms], [CodeChargedAcrossYears], [Charge.Covers],
//     [Policy.RegistrationDays]); and a pupil who leaves before the end of
//     what a charge paid for gets back the part not used, counted by the
//     day, the half-month or the month, to the fen
//     ([CodeLeavingRefundShort], [Charge.Leavers], [Policy.LeavingRefundBy];
//     [Auditor.RefundOnLeaving] counts one pupil's).
//
// In the source, audit.go applies rules 1 to 7 and 9 (its comments carry
// these numbers) and the publication deadline of rule 8; repeat.go the sum
// of rule 2, onefee.go rule 10, ahead.go rule 11; settle.go computes the
// settlement.
//
// # Sources
//
// The rules come from documents listed by title in the repository's
// SOURCES.md: 监利县学校后勤管理工作会议讲话（上半年工作总结） (fees published
// and voluntary; student supplies and commercial insurance out of the
// school's hands), 中心学校后勤工作计划（范文十一篇） (the approved list,
// standards and scope; settlements published to every parent at term end),
// 2023年学校后勤管理工作计划 (uniform money settled promptly, never diverted)
// and 贵溪市学校勤工俭学工作总结 (sales to pupils voluntary); and, where those
// are silent, the national documents
// 关于规范中小学服务性收费和代收费管理有关问题的通知 (what may never be a fee,
// collective clothing among it; the rural rule; charges by the month or
// the term, settled at actual cost), 关于进一步加强中小学校服管理工作的意见
// (uniforms voluntary), 关于2015年规范教育收费治理教育乱收费工作的实施意见 (no
// commercial insurance premiums through schools),
// 关于进一步加强和规范教育收费管理的意见 (no margin on agency fees; no service
// fee bundled with boarding) and the Xi'an municipal notice on the meal fees
// of primary and secondary schools and kindergartens, 2025 (meals paid for
// and not eaten refunded); and, where a region still applies it,
// 义务教育阶段学校“一费制”收费办法 (the one-fee cap).
//
// # Exactness and speed
//
// Every amount is converted once to integer fen with houqin.FenOf, and the
// rules add and compare in integers. A settlement shares its balance evenly
// (houqin.SplitEven: each pupil's share is Each, the first Extra get one fen
// more) without building a list: in constant time for a count of pupils, in
// one pass over a roll, which it must check. When the pupils of a roll paid
// different amounts it shares in proportion to what each paid
// (houqin.AllocateWeighted). There is no decimal arithmetic per pupil. A
// refund to a pupil who leaves is what was paid times the unused part, in
// 128-bit integers, rounded half up to the fen (四舍五入); a one-fee cap
// raised by a float is the fen below the exact product, so that a charge in
// fen breaks it exactly when it breaks the exact cap.
//
// # Example
//
//	a, err := fees.New(fees.DefaultPolicy(), catalog)
//	if err != nil { … }                          // errors.Is(err, houqin.ErrInvalidInput)
//	r, err := a.Audit(fees.Filing{Stage: fees.Primary, AsOf: today, TermEnd: end,
//		Charges: charges, Spending: spending})
//	for _, f := range r.Findings {
//		fmt.Fprintf(w, "%v %v\n", f.Code, f.Message(language.SimplifiedChinese))
//	}
//	for _, s := range r.Settlements {
//		fmt.Fprintf(w, "%v\n", s.RefundLine(language.SimplifiedChinese, 0)) // …本生应退¥33.34（大写：叁拾叁元叁角肆分）
//	}
package fees
