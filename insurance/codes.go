package insurance

import "github.com/houqin-go/houqin"

// The finding codes of the package, one per rule, each with the rule, its
// severity, subject and facts, and the documents it comes from (titles as
// in the repository's SOURCES.md). Codes are a public contract: hosts
// store them and assessment rubrics deduct points per code; a code is
// never renamed.
const (
	// CodeCoverageBelowRequired: the insured rate (投保率) of a school for a
	// kind of policy, insured ÷ enrolled, is below the rate the policy
	// requires for that kind (KindPolicy.RequiredCoverage; school
	// liability: 100%, full coverage, 应保尽保). Exactly the required rate
	// complies. Violation. Subject: "<school>/<kind>", such as
	// "S001/school_liability", a key for the host ([Checker.Message] writes
	// it for a reader as the school and the kind's name: "S001校方责任险",
	// "S001, school liability insurance"). Facts: rate (percent, rounded
	// half-up to 10⁻⁸ and kept below the required rate, see
	// [Coverage.Rate]: a breach never reads equal to it), required
	// (percent), uninsured (count), enrolled (count), insured (count, at
	// least one). A school with nobody insured is [CodeNobodyInsured].
	// Sources: 监利县学校后勤管理工作会议讲话（上半年工作总结）
	// (liability coverage of 100%);
	// 关于推行校方责任保险完善校园伤害事故风险管理机制的通知 (full coverage).
	CodeCoverageBelowRequired houqin.Code = "insurance.coverage_below_required"

	// CodeNobodyInsured: the variant of [CodeCoverageBelowRequired] for a
	// school with people enrolled for a kind it must cover and none of
	// them insured: the text says so, never "0 insured" nor an insured
	// rate of 0%. Violation. Subject: "<school>/<kind>", as for
	// [CodeCoverageBelowRequired]. Facts: required (percent), uninsured
	// (count: everyone enrolled). Sources: as [CodeCoverageBelowRequired].
	CodeNobodyInsured houqin.Code = "insurance.nobody_insured"

	// CodePremiumChargedToPupils: a premium for a kind the school or the
	// government pays (KindPolicy.SchoolPays: school liability and
	// internship liability) was paid by the pupils or their parents.
	// Violation. Subject: the premium's id. Facts: amount (yuan, more than
	// zero: a premium of nothing charges nobody), pupils (count of the
	// pupils charged, at least one: [Premium.Pupils]). Sources: 贵溪市学校勤工俭学工作总结 (school liability paid
	// from work-study funds);
	// 关于推行校方责任保险完善校园伤害事故风险管理机制的通知 (bought with
	// public or school funds, never charged to pupils); internship
	// insurance paid by the vocational school.
	CodePremiumChargedToPupils houqin.Code = "insurance.premium_charged_to_pupils"

	// CodePremiumCollectedBySchool: the school collected the premium of a
	// kind parents buy voluntarily (KindPolicy.Voluntary: student accident
	// insurance), through its fees, a teacher or a class. Violation.
	// Subject: the premium's id. Facts: amount (yuan, more than zero),
	// pupils (count of the pupils it was collected for, at least one:
	// [Premium.Pupils]). Sources: 监利县学校后勤管理工作会议讲话（上半年工作总结） (student
	// accident insurance is handled at a separate window; the school may
	// not handle it, still less make it compulsory);
	// 关于2015年规范教育收费治理教育乱收费工作的实施意见 (schools may not
	// collect commercial insurance premiums).
	CodePremiumCollectedBySchool houqin.Code = "insurance.premium_collected_by_school"

	// CodeBusRunUninsured: a school bus ran on a day that no carrier
	// liability insurance of that bus covered. Violation. Subject: the bus.
	// Facts: runs (count of uninsured runs), first (date of the first),
	// last (date of the last). Sources: 2023年学校后勤管理工作计划 (every
	// school bus insured); 校车安全管理条例, Art. 14 (carrier liability
	// insurance for a school-bus permit, valid on every run date).
	CodeBusRunUninsured houqin.Code = "insurance.bus_run_uninsured"

	// CodeClaimReportedLate: a claim was reported to the insurer more than
	// the deadline after the incident (KindPolicy.ReportDeadlineHours;
	// school liability: 24 hours; a city with a shorter deadline, such as
	// 4 hours, sets its own). Exactly the deadline complies. Warning.
	// Subject: the claim's id. Facts: elapsed_hours (number: hours from
	// incident to report, rounded up to 0.01, so that it shows beyond the
	// deadline), deadline_hours (number). Source:
	// 关于推行校方责任保险完善校园伤害事故风险管理机制的通知 (claims
	// reported within 24 hours).
	CodeClaimReportedLate houqin.Code = "insurance.claim_reported_late"

	// CodeClaimPaidAboveLimit: a claim was paid more than the per-pupil
	// limit of its kind of policy (KindPolicy.PerPupilLimit; school
	// liability: ¥600,000.00, the top of the national range). Exactly the
	// limit complies. Violation. Subject: the claim's id. Facts: paid
	// (yuan), limit (yuan), excess (yuan). Source:
	// 关于推行校方责任保险完善校园伤害事故风险管理机制的通知 (limits of
	// 300,000 to 600,000 yuan per pupil).
	CodeClaimPaidAboveLimit houqin.Code = "insurance.claim_paid_above_limit"

	// CodePremiumBelowContract: the premium per pupil (amount ÷ pupils) is
	// below the region's contract minimum for the kind
	// (KindPolicy.PremiumMin; school liability: ¥3.90). Warning. Subject:
	// the premium's id. Facts: per_pupil (yuan, rounded down to the fen, so
	// that it shows below the minimum), min (yuan), pupils (count), amount
	// (yuan). Source: 关于推行校方责任保险完善校园伤害事故风险管理机制的通知
	// (premiums of 3.9 to 8 yuan per pupil).
	CodePremiumBelowContract houqin.Code = "insurance.premium_below_contract"

	// CodePremiumAboveContract: the premium per pupil is above the region's
	// contract maximum for the kind (KindPolicy.PremiumMax; school
	// liability: ¥8.00). Warning. Subject: the premium's id. Facts:
	// per_pupil (yuan, rounded up to the fen, so that it shows above the
	// maximum), max (yuan), pupils (count), amount (yuan). Source:
	// 关于推行校方责任保险完善校园伤害事故风险管理机制的通知 (premiums of
	// 3.9 to 8 yuan per pupil).
	CodePremiumAboveContract houqin.Code = "insurance.premium_above_contract"

	// CodeAccidentPaidAboveLimit: the claims of one accident of one school
	// (Claim.Accident) were paid more, together, than the per-accident
	// limit of their kind of policy (KindPolicy.PerAccidentLimit; school
	// liability: ¥20,000,000.00, the top of the national range). Exactly
	// the limit complies. Violation. Subject: "<school>/<accident>", such
	// as "S001/A2025-07". Facts: paid (yuan, the accident's claims
	// together), limit (yuan), excess (yuan, exact to the fen), claims
	// (count of the accident's paid claims). Source:
	// 关于推行校方责任保险完善校园伤害事故风险管理机制的通知 (limits of 4.5
	// to 20 million yuan per school per accident).
	CodeAccidentPaidAboveLimit houqin.Code = "insurance.accident_paid_above_limit"

	// CodeIncidentReportedLate: a serious incident at a school was reported
	// to the education bureau more than the policy's time after it
	// happened (Policy.BureauReportHours: 24 hours by default, the time
	// the national notice gives for reporting to the insurer; cities that
	// want it sooner set 2 or 4). Exactly the deadline complies.
	// Violation. Subject: "<school>/<incident>". Facts: elapsed_hours
	// (number: hours from the incident to the report, rounded up to 0.01,
	// so that it shows beyond the deadline), deadline_hours (number).
	// Source: 关于推行校方责任保险完善校园伤害事故风险管理机制的通知
	// (incidents reported within 24 hours).
	CodeIncidentReportedLate houqin.Code = "insurance.incident_reported_late"

	// CodePremiumFundNotAllowed: a premium paid with public or school money
	// (PayerPublic) was drawn from a fund (Premium.Fund) that the policy
	// does not allow for the school's type: for school liability, a public
	// school pays from the running budget or the work-study funds of the
	// bureau and the school (KindPolicy.PublicFunds), a private school from
	// its own funds (KindPolicy.PrivateFunds). A premium without a
	// recorded fund is not checked, nor a premium of zero, which draws on
	// no fund; one charged to pupils is CodePremiumChargedToPupils.
	// Violation. Subject: the premium's id. Facts: amount (yuan, more
	// than zero). Sources:
	// 贵溪市学校勤工俭学工作总结 (school liability paid from the work-study
	// funds of the bureau and the school);
	// 关于推行校方责任保险完善校园伤害事故风险管理机制的通知 (public schools
	// from the running budget, private schools from their own funds, never
	// charged to pupils).
	CodePremiumFundNotAllowed houqin.Code = "insurance.premium_fund_not_allowed"

	// CodePoorPupilsInsuredFromBudget: the premium of a kind parents buy
	// voluntarily (student accident insurance) was paid for poor pupils
	// (Premium.PoorPupils) from the running budget: allowed, and reported
	// so that the county's accounts show it; a premium of zero (the insurer
	// covering them free) spends nothing and is not reported. Notice.
	// Subject: the premium's id. Facts: amount (yuan, more than zero),
	// pupils (count of the poor pupils covered, at least one:
	// [Premium.Pupils]). Source:
	// 贵溪市学校勤工俭学工作总结 (poor pupils covered free by the insurer or
	// advanced from the school's public funds).
	CodePoorPupilsInsuredFromBudget houqin.Code = "insurance.poor_pupils_insured_from_budget"

	// CodeCoverGap: a school with pupils enrolled for a kind it must cover
	// (KindPolicy.RequiredCoverage above zero) has no contract of that
	// kind in force on the as-of date: its contract lapsed, or the next
	// has not started (KindPolicy.PolicyYearStart; school liability: the
	// policy year from 1 September to 31 August). Violation. Subject:
	// "<school>/<kind>", such as "S001/school_liability", written for a
	// reader by [Checker.Message]. Facts: as_of
	// (date), year_from (date), year_to (date: the policy year that holds
	// the as-of date), enrolled (count). Source:
	// 关于推行校方责任保险完善校园伤害事故风险管理机制的通知 (the policy
	// year from 1 September; full coverage).
	CodeCoverGap houqin.Code = "insurance.cover_gap"

	// CodeClaimOutsideCover: a claim's incident date falls in no contract
	// of its school and kind, so no policy year covered the pupil then
	// (KindPolicy.PolicyYearStart). Violation. Subject: the claim's id.
	// Facts: incident (date, in the zone of the incident time), year_from
	// (date), year_to (date: the policy year that holds the incident).
	// Source: 关于推行校方责任保险完善校园伤害事故风险管理机制的通知 (the
	// policy year from 1 September to 31 August).
	CodeClaimOutsideCover houqin.Code = "insurance.claim_outside_cover"

	// CodeAggregatePaidAboveLimit: the claims of a contract (its school
	// and kind, the incident in its period) were paid more in all than the
	// annual aggregate limit the contract states (Contract.AnnualAggregate).
	// Exactly the aggregate complies. Violation. Subject: the contract's
	// id. Facts: paid (yuan), aggregate (yuan), excess (yuan, exact to the
	// fen), claims (count of its paid claims). Source:
	// 关于推行校方责任保险完善校园伤害事故风险管理机制的通知 (limits per
	// pupil, per accident and, where the contract states it, per year).
	CodeAggregatePaidAboveLimit houqin.Code = "insurance.aggregate_paid_above_limit"
)

// Codes returns the finding codes of the package, sorted.
func Codes() []houqin.Code {
	return []houqin.Code{
		CodeAccidentPaidAboveLimit,
		CodeAggregatePaidAboveLimit,
		CodeBusRunUninsured,
		CodeClaimOutsideCover,
		CodeClaimPaidAboveLimit,
		CodeClaimReportedLate,
		CodeCoverGap,
		CodeCoverageBelowRequired,
		CodeIncidentReportedLate,
		CodeNobodyInsured,
		CodePoorPupilsInsuredFromBudget,
		CodePremiumAboveContract,
		CodePremiumBelowContract,
		CodePremiumChargedToPupils,
		CodePremiumCollectedBySchool,
		CodePremiumFundNotAllowed,
	}
}

// Keys of the package's other texts.
const (
	keySummary     houqin.Code = "insurance.summary"
	keySummaryNone houqin.Code = "insurance.summary.none"
	// keySummaryUnpaid: claims, none of them paid yet.
	keySummaryUnpaid houqin.Code = "insurance.summary.unpaid"
	// keySubjectKind names a subject "<school>/<kind>" for a reader: the
	// school, then the kind's name (see Checker.Message).
	keySubjectKind houqin.Code = "insurance.subject.kind"
	keySummaryKind houqin.Code = "insurance.summary.kind"
	keySummarySep  houqin.Code = "insurance.summary.separator"
)

func init() {
	if err := houqin.RegisterMessages(
		houqin.Message{
			Code: CodeCoverageBelowRequired,
			Hans: "%[1]s：投保率%[2]s，低于要求的%[3]s，未投保%[4]s人（应保%[5]s人，已保%[6]s人）",
			Hant: "%[1]s：投保率%[2]s，低於要求的%[3]s，未投保%[4]s人（應保%[5]s人，已保%[6]s人）",
			En:   "%[1]s: insured rate %[2]s, below the required %[3]s; %[4]s of %[5]s {5:pupil|pupils} uninsured (%[6]s insured)",
		},
		houqin.Message{
			Code: CodeNobodyInsured,
			Hans: "%[1]s：无人投保，未投保%[3]s人，要求的投保率为%[2]s",
			Hant: "%[1]s：無人投保，未投保%[3]s人，要求的投保率為%[2]s",
			En:   "%[1]s: nobody insured; %[3]s {3:pupil|pupils} uninsured, against a required insured rate of %[2]s",
		},
		houqin.Message{
			Code: CodePremiumChargedToPupils,
			Hans: "%[1]s：向学生收取保费%[2]s（%[3]s人），该险种应由学校或财政出资，不得向学生收费",
			Hant: "%[1]s：向學生收取保費%[2]s（%[3]s人），該險種應由學校或財政出資，不得向學生收費",
			En:   "%[1]s: a premium of %[2]s (%[3]s {3:pupil|pupils}) was charged to pupils; this cover must be paid from public or school funds",
		},
		houqin.Message{
			Code: CodePremiumCollectedBySchool,
			Hans: "%[1]s：学校代收保费%[2]s（%[3]s人），该险种由家长自愿购买，学校不得经办或代收",
			Hant: "%[1]s：學校代收保費%[2]s（%[3]s人），該險種由家長自願購買，學校不得經辦或代收",
			En:   "%[1]s: the school collected premiums of %[2]s (%[3]s {3:pupil|pupils}) for cover that parents buy voluntarily, which a school may not handle",
		},
		houqin.Message{
			Code: CodeBusRunUninsured,
			Hans: "校车%[1]s在无有效承运人责任险时运行%[2]s趟（%[3]s至%[4]s）",
			Hant: "校車%[1]s在無有效承運人責任險時運行%[2]s趟（%[3]s至%[4]s）",
			En:   "school bus %[1]s made %[2]s {2:run|runs} without valid carrier liability insurance, from %[3]s to %[4]s",
		},
		houqin.Message{
			Code: CodeClaimReportedLate,
			Hans: "理赔案件%[1]s在事故发生%[2]s小时后才报案，超过%[3]s小时的报案时限",
			Hant: "理賠案件%[1]s在事故發生%[2]s小時後才報案，超過%[3]s小時的報案時限",
			En:   "claim %[1]s was reported %[2]s {2:hour|hours} after the incident, later than the %[3]s-hour deadline",
		},
		houqin.Message{
			Code: CodeClaimPaidAboveLimit,
			Hans: "理赔案件%[1]s赔付%[2]s，超过每人赔偿限额%[3]s，超出%[4]s",
			Hant: "理賠案件%[1]s賠付%[2]s，超過每人賠償限額%[3]s，超出%[4]s",
			En:   "claim %[1]s was paid %[2]s, above the per-person limit of %[3]s by %[4]s",
		},
		houqin.Message{
			Code: CodePremiumBelowContract,
			Hans: "%[1]s：人均保费%[2]s，低于合同下限%[3]s（%[4]s人，保费合计%[5]s）",
			Hant: "%[1]s：人均保費%[2]s，低於合約下限%[3]s（%[4]s人，保費合計%[5]s）",
			En:   "%[1]s: premium per pupil %[2]s, below the contract minimum of %[3]s (%[4]s {4:pupil|pupils}, %[5]s in all)",
		},
		houqin.Message{
			Code: CodePremiumAboveContract,
			Hans: "%[1]s：人均保费%[2]s，高于合同上限%[3]s（%[4]s人，保费合计%[5]s）",
			Hant: "%[1]s：人均保費%[2]s，高於合約上限%[3]s（%[4]s人，保費合計%[5]s）",
			En:   "%[1]s: premium per pupil %[2]s, above the contract maximum of %[3]s (%[4]s {4:pupil|pupils}, %[5]s in all)",
		},
		houqin.Message{
			Code: CodeAccidentPaidAboveLimit,
			Hans: "%[1]s：同一事故%[5]s件理赔共赔付%[2]s，超过每次事故赔偿限额%[3]s，超出%[4]s",
			Hant: "%[1]s：同一事故%[5]s件理賠共賠付%[2]s，超過每次事故賠償限額%[3]s，超出%[4]s",
			En:   "%[1]s: one accident's %[5]s {5:claim was|claims were} paid %[2]s, above the per-accident limit of %[3]s by %[4]s",
		},
		houqin.Message{
			Code: CodeIncidentReportedLate,
			Hans: "%[1]s：事故发生%[2]s小时后才报告教育行政部门，超过%[3]s小时的报告时限",
			Hant: "%[1]s：事故發生%[2]s小時後才報告教育行政部門，超過%[3]s小時的報告時限",
			En:   "%[1]s: the incident was reported to the education bureau %[2]s {2:hour|hours} after it happened, later than the %[3]s-hour deadline",
		},
		houqin.Message{
			Code: CodePremiumFundNotAllowed,
			Hans: "%[1]s：保费%[2]s的列支渠道不是该类学校规定的经费来源",
			Hant: "%[1]s：保費%[2]s的列支渠道不是該類學校規定的經費來源",
			En:   "%[1]s: the premium of %[2]s was paid from a fund the rules do not allow for this type of school",
		},
		houqin.Message{
			Code: CodePoorPupilsInsuredFromBudget,
			Hans: "%[1]s：从公用经费为%[3]s名贫困学生支付家长自愿投保险种的保费%[2]s（允许，予以登记）",
			Hant: "%[1]s：從公用經費為%[3]s名貧困學生支付家長自願投保險種的保費%[2]s（允許，予以登記）",
			En:   "%[1]s: premiums of %[2]s for the voluntary cover of %[3]s poor {3:pupil|pupils} were paid from the running budget (allowed; recorded)",
		},
		houqin.Message{
			Code: CodeCoverGap,
			Hans: "%[1]s：%[2]s无有效保单（保单年度%[3]s至%[4]s），%[5]s名学生未获保障",
			Hant: "%[1]s：%[2]s無有效保單（保單年度%[3]s至%[4]s），%[5]s名學生未獲保障",
			En:   "%[1]s: no policy in force on %[2]s (policy year %[3]s to %[4]s); %[5]s {5:pupil is|pupils are} without cover",
		},
		houqin.Message{
			Code: CodeClaimOutsideCover,
			Hans: "理赔案件%[1]s的事故发生于%[2]s，不在本校任何保单的保险期间内（保单年度%[3]s至%[4]s）",
			Hant: "理賠案件%[1]s的事故發生於%[2]s，不在本校任何保單的保險期間內（保單年度%[3]s至%[4]s）",
			En:   "claim %[1]s: the incident on %[2]s falls in no policy of the school (policy year %[3]s to %[4]s)",
		},
		houqin.Message{
			Code: CodeAggregatePaidAboveLimit,
			Hans: "保单%[1]s累计赔付%[2]s（%[5]s件），超过年度累计赔偿限额%[3]s，超出%[4]s",
			Hant: "保單%[1]s累計賠付%[2]s（%[5]s件），超過年度累計賠償限額%[3]s，超出%[4]s",
			En:   "policy %[1]s paid %[2]s on %[5]s {5:claim|claims}, above its annual aggregate limit of %[3]s by %[4]s",
		},

		// Names of the statuses.
		houqin.Message{Code: "insurance.status.filed", Hans: "已报案", Hant: "已報案", En: "filed"},
		houqin.Message{Code: "insurance.status.approved", Hans: "已核定", Hant: "已核定", En: "approved"},
		houqin.Message{Code: "insurance.status.paid", Hans: "已赔付", Hant: "已賠付", En: "paid"},
		houqin.Message{Code: "insurance.status.rejected", Hans: "已拒赔", Hant: "已拒賠", En: "rejected"},
		houqin.Message{Code: "insurance.status.withdrawn", Hans: "已撤案", Hant: "已撤案", En: "withdrawn"},

		// The report sentence of a tally: %[1]s the as-of day, %[2]s the
		// kinds' parts joined by the separator.
		houqin.Message{Code: keySummary, Hans: "截至%[1]s，%[2]s。", Hant: "截至%[1]s，%[2]s。", En: "As of %[1]s, %[2]s."},
		houqin.Message{Code: keySummaryNone, Hans: "截至%[1]s，无理赔。", Hant: "截至%[1]s，無理賠。", En: "As of %[1]s, no claims."},
		houqin.Message{Code: keySummaryUnpaid, Hans: "截至%[1]s，尚无已赔付的理赔。", Hant: "截至%[1]s，尚無已賠付的理賠。", En: "As of %[1]s, no claims paid yet."},
		// One kind's part: %[1]s its name, %[2]s claims paid (at least
		// one), %[3]s the amount paid (a houqin.Fen, written as money like
		// every amount of the library: ¥86,400.00, CN¥86,400.00).
		houqin.Message{
			Code: keySummaryKind,
			Hans: "%[1]s理赔%[2]s件，理赔金额%[3]s",
			Hant: "%[1]s理賠%[2]s件，理賠金額%[3]s",
			En:   "%[1]s: %[2]s {2:claim|claims} paid, %[3]s in all",
		},
		houqin.Message{Code: keySubjectKind, Hans: "%[1]s%[2]s", Hant: "%[1]s%[2]s", En: "%[1]s, %[2]s"},
		houqin.Message{Code: keySummarySep, Hans: "；", Hant: "；", En: "; "},
	); err != nil {
		panic(err)
	}
}
