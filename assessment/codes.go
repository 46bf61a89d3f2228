package assessment

import "github.com/houqin-go/houqin"

// The finding codes of the assessment. The subject of each is the school's
// identifier. Rank gives the verdicts (CodeFailed, CodeVetoed), the
// consequences of a standing (CodeAwardIneligible,
// CodeRectificationRequired, CodePrincipalPerformance) and the bottom places;
// Assessor.Findings the failed key items of a round; Review the state of
// rectifications.
const (
	// CodeFailed: the school's score is below the pass mark, the Min of the
	// rubric's lowest passing band (60 of 100 by default), so its grade
	// fails. Violation. Facts: score (points), pass_mark (points). Source:
	// 高校后勤工作会上的领导讲话 (考核不合格); the default bands ≥90, ≥75, ≥60,
	// <60 are those of 餐饮服务食品安全监督量化分级管理.
	CodeFailed houqin.Code = "assessment.failed"

	// CodeVetoed: a veto item (一票否决) was triggered, so the school fails
	// whatever its score. Violation. Facts: score (points). Source: the
	// rubric, whose veto items a bureau declares (the sample's: a
	// food-poisoning incident, falsified records, a canteen contracted out
	// against the rules).
	CodeVetoed houqin.Code = "assessment.vetoed"

	// CodeKeyItemsFailed: Policy.KeyFailures key items (关键项) or more
	// failed in one round (each scored less than its full points), which
	// vetoes the result as a veto item does; the result's KeyFailed lists
	// them. Violation. Facts: key_failed (count), key_failures (count),
	// score (points). Source: the rubric, whose key items a bureau
	// declares; the number of failures that vetoes is Policy.KeyFailures, 2
	// by default.
	CodeKeyItemsFailed houqin.Code = "assessment.key_items_failed"

	// CodeAwardIneligible: a school that fails the logistics assessment
	// loses every award eligibility (一律取消各种评先资格), or a school whose
	// band carries ConsequenceAwardIneligible (Policy.Consequences).
	// Violation. Facts: score (points). Source: 高校后勤工作会上的领导讲话.
	CodeAwardIneligible houqin.Code = "assessment.award_ineligible"

	// CodeRectificationRequired: a school that fails must commit to
	// rectification (责令其做出整改承诺) and receives a written rectification
	// notice with a deadline; or a school whose band carries
	// ConsequenceRectification (Policy.Consequences). Violation. Facts:
	// score (points). Source: 高校后勤工作会上的领导讲话; the written notice
	// (书面整改通知书): 监利县学校后勤管理工作会议讲话（上半年工作总结）.
	CodeRectificationRequired houqin.Code = "assessment.rectification_required"

	// CodePrincipalPerformance: the school's result counts in its
	// principal's performance assessment (考核结果与校长绩效挂钩), where the
	// policy links the school's band to it (ConsequencePrincipalPerformance
	// in Policy.Consequences; no band carries it by default). Notice.
	// Facts: score (points). Source:
	// 监利县学校后勤管理工作会议讲话（上半年工作总结） (the result is a
	// parameter of the principal's performance pay, 作为…校长绩效工资发放参数)
	// and 高校后勤工作会上的领导讲话 (与领导干部考核挂钩).
	CodePrincipalPerformance houqin.Code = "assessment.principal_performance"

	// CodeBottomPlace: the school is among the Policy.Bottom last places of
	// the ranking (末位). Warning. Facts: rank (count), schools (count),
	// score (points). Source: 中心学校后勤工作计划（范文十一篇） (末位淘汰).
	CodeBottomPlace houqin.Code = "assessment.bottom_place"

	// CodeRectificationOverdue: the deadline of a rectification notice has
	// passed without a passing recheck. Violation. Facts: deadline (date),
	// days_overdue (count). Source: 监利县学校后勤管理工作会议讲话（上半年工作总结）
	// (整改通知书, 回访督促整改到位); that only a passing recheck closes a
	// notice is this package's reading of it.
	CodeRectificationOverdue houqin.Code = "assessment.rectification_overdue"

	// CodeRecheckFailed: the latest recheck of a rectification found the
	// school had not rectified; the deadline has not passed. Warning. Facts:
	// recheck (date), deadline (date). Source:
	// 监利县学校后勤管理工作会议讲话（上半年工作总结） (回访).
	CodeRecheckFailed houqin.Code = "assessment.recheck_failed"

	// CodeRectificationOpen: a rectification is under way and its deadline
	// is still to come (at least a day left; on the deadline day itself,
	// CodeRectificationDueToday). Notice. Facts: deadline (date), days_left (count).
	// Days left are at least 1. Source:
	// 监利县学校后勤管理工作会议讲话（上半年工作总结）.
	CodeRectificationOpen houqin.Code = "assessment.rectification_open"

	// CodeRectificationDueToday: the variant of CodeRectificationOpen on
	// the deadline day itself, without a passing recheck yet: the notice
	// is due today (never "0 days left"). Notice. Facts: deadline (date).
	// Source: 监利县学校后勤管理工作会议讲话（上半年工作总结）.
	CodeRectificationDueToday houqin.Code = "assessment.rectification_due_today"

	// CodeRectificationClosedLate: a rectification was closed by a passing
	// recheck after its deadline. Notice. Facts: deadline (date), closed
	// (date). Source: 监利县学校后勤管理工作会议讲话（上半年工作总结）.
	CodeRectificationClosedLate houqin.Code = "assessment.rectification_closed_late"
)

// Codes returns every finding code of the package, sorted.
func Codes() []houqin.Code {
	return []houqin.Code{
		CodeAwardIneligible,
		CodeBottomPlace,
		CodeFailed,
		CodeKeyItemsFailed,
		CodePrincipalPerformance,
		CodeRecheckFailed,
		CodeRectificationClosedLate,
		CodeRectificationDueToday,
		CodeRectificationOpen,
		CodeRectificationOverdue,
		CodeRectificationRequired,
		CodeVetoed,
	}
}

func init() {
	if err := houqin.RegisterMessages(
		houqin.Message{Code: CodeFailed,
			Hans: "%[1]s后勤管理考核不合格：得分%[2]s，低于合格线%[3]s分",
			Hant: "%[1]s後勤管理考核不合格：得分%[2]s，低於合格線%[3]s分",
			En:   "%[1]s failed the logistics assessment: %[2]s {2:point|points}, below the pass mark of %[3]s"},
		houqin.Message{Code: CodeVetoed,
			Hans: "%[1]s触及一票否决项，后勤管理考核不合格（得分%[2]s）",
			Hant: "%[1]s觸及一票否決項，後勤管理考核不合格（得分%[2]s）",
			En:   "%[1]s failed the logistics assessment on a veto item, whatever its %[2]s {2:point|points}"},
		houqin.Message{Code: CodeAwardIneligible,
			Hans: "%[1]s考核不合格（得分%[2]s），取消各种评先评优资格",
			Hant: "%[1]s考核不合格（得分%[2]s），取消各種評先評優資格",
			En:   "%[1]s failed the assessment (%[2]s {2:point|points}) and loses every award eligibility"},
		houqin.Message{Code: CodeRectificationRequired,
			Hans: "%[1]s考核不合格（得分%[2]s），须作出整改承诺并限期整改",
			Hant: "%[1]s考核不合格（得分%[2]s），須作出整改承諾並限期整改",
			En:   "%[1]s failed the assessment (%[2]s {2:point|points}) and must commit to rectification by a deadline"},
		houqin.Message{Code: CodeKeyItemsFailed,
			Hans: "%[1]s有%[2]s个关键项不合格（达到%[3]s项即一票否决），后勤管理考核不合格（得分%[4]s）",
			Hant: "%[1]s有%[2]s個關鍵項不合格（達到%[3]s項即一票否決），後勤管理考核不合格（得分%[4]s）",
			En:   "%[1]s failed %[2]s key {2:item|items} (%[3]s or more veto the result) and fails the logistics assessment whatever its %[4]s {4:point|points}"},
		houqin.Message{Code: CodePrincipalPerformance,
			Hans: "%[1]s后勤管理考核得分%[2]s，计入校长绩效考核",
			Hant: "%[1]s後勤管理考核得分%[2]s，計入校長績效考核",
			En:   "%[1]s scored %[2]s {2:point|points} in the logistics assessment, which count in the principal's performance assessment"},
		houqin.Message{Code: CodeBottomPlace,
			Hans: "%[1]s在%[3]s所学校中排名第%[2]s，列末位（得分%[4]s）",
			Hant: "%[1]s在%[3]s所學校中排名第%[2]s，列末位（得分%[4]s）",
			En:   "%[1]s ranks %[2]s of %[3]s {3:school|schools}, in the bottom places (%[4]s {4:point|points})"},
		houqin.Message{Code: CodeRectificationOverdue,
			Hans: "%[1]s的整改期限%[2]s已过%[3]s天，仍未经复查通过",
			Hant: "%[1]s的整改期限%[2]s已過%[3]s天，仍未經複查通過",
			En:   "%[1]s is %[3]s {3:day|days} past its rectification deadline of %[2]s without a passing recheck"},
		houqin.Message{Code: CodeRecheckFailed,
			Hans: "%[1]s于%[2]s复查未通过，须在%[3]s前整改到位",
			Hant: "%[1]s於%[2]s複查未通過，須在%[3]s前整改到位",
			En:   "%[1]s failed the recheck of %[2]s and must rectify by %[3]s"},
		houqin.Message{Code: CodeRectificationOpen,
			Hans: "%[1]s正在整改，期限%[2]s，尚余%[3]s天",
			Hant: "%[1]s正在整改，期限%[2]s，尚餘%[3]s天",
			En:   "%[1]s is rectifying: %[3]s {3:day|days} left until the deadline of %[2]s"},
		houqin.Message{Code: CodeRectificationDueToday,
			Hans: "%[1]s正在整改，整改期限%[2]s即今天到期",
			Hant: "%[1]s正在整改，整改期限%[2]s即今天到期",
			En:   "%[1]s is rectifying: the deadline of %[2]s is today"},
		houqin.Message{Code: CodeRectificationClosedLate,
			Hans: "%[1]s于%[3]s复查通过，晚于整改期限%[2]s",
			Hant: "%[1]s於%[3]s複查通過，晚於整改期限%[2]s",
			En:   "%[1]s passed its recheck on %[3]s, after the rectification deadline of %[2]s"},
	); err != nil {
		panic(err)
	}
}
