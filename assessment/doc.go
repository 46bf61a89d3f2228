// Package assessment scores schools' logistics work on a rubric, exactly:
// items, deductions, veto items, grades, weighted rounds, ranking and
// rectification.
//
// A county scores every school several times a year: at the start and in
// the middle of each term, and "four assessments decide the rank"
// (四次考核定高低, 监利县学校后勤管理工作会议讲话（上半年工作总结）). The year's
// result enters the school's annual target assessment and the principal's
// appraisal and performance pay, and decides awards. A school that fails
// loses every award eligibility and must commit to rectification
// (高校后勤工作会上的领导讲话), and receives a written rectification notice
// that return visits follow up (监利县学校后勤管理工作会议讲话（上半年工作总结）).
//
// # The rules and where to find them
//
//   - Scoring one school in one round: [Assessor.Score], or
//     [Assessor.ScoreTo] to reuse a result's memory. How each item scores is
//     its [Method]: [Checklist], [Deduction], [Proportional], [Threshold],
//     [Judged], [Bonus], [Veto]; what an inspector records is an
//     [Observation]; what the score is made of is the [Result]'s items,
//     sections at every level and trail of [Evidence].
//   - Grades: a rubric's [Grade] bands, [DefaultGrades] when it declares
//     none, none at all when it is [Rubric.Ungraded]; [CodeFailed] and
//     [CodeVetoed].
//   - Key items (关键项, [Item.Key]): [Policy.KeyFailures] of them failed
//     veto a result; [Assessor.Findings] reports it ([CodeKeyItemsFailed]).
//   - A year of rounds: [Assessor.Combine] weighs a school's results by
//     [Policy.Weights] into a [Combined] score; [Assessor.CombineYear]
//     builds the year from two terms ([TermRounds]), each of its rounds by
//     [Policy.TermRoundWeights], then the terms by [Policy.TermWeights].
//   - Ranking: [Assessor.Rank] ranks [Standing] values into a [Ranking],
//     flags the bottom places ([Policy.Bottom], [CodeBottomPlace]) and
//     gives what each school's band carries ([Policy.Consequences], a
//     [Consequence] each: [CodeAwardIneligible],
//     [CodeRectificationRequired], [CodePrincipalPerformance]).
//   - Rectification: [Assessor.Rectification] and
//     [Assessor.Rectifications] issue a [Rectification] with a deadline
//     ([Policy.RectifyDays]); [Rectification.Status] says whether it is
//     open, closed or overdue on a day; [Review] reports every notice not
//     closed in time ([CodeRectificationOverdue], [CodeRecheckFailed],
//     [CodeRectificationOpen], [CodeRectificationDueToday],
//     [CodeRectificationClosedLate]); [Assessor.Notice] writes the
//     written notice (整改通知书) from a school's scored rounds: each
//     problem once, however often it was found, grouped by the rubric's
//     top-level sections, worst first, then by date.
//   - Data: [Rubric] and [ParseRubric], [Policy], [DefaultPolicy] and
//     [ParsePolicy], [New] to build an [Assessor] from both; [Codes] lists
//     every finding code, each documented with its facts and its source.
//
// # Rubrics are data
//
// A [Rubric] is sections of items, each scored by a [Method]: [Checklist]
// (all or nothing), [Deduction] (per occurrence, capped at the item's points),
// [Proportional] (points × an achieved ratio), [Threshold] (full points when
// a measured rate reaches a threshold, "校园绿化覆盖率达40%以上"; none, or a
// step less per shortfall, below it), [Judged] (the points the inspector
// awards, "2 of 3"), [Bonus] (levels of honours, capped, optionally not
// accumulating) and [Veto] (一票否决: the failing grade whatever the points).
// An item may restrict its scores to tiers ("按3分、2分两档计分"), be a key
// item, and say how it is checked (查帐目, 查看记录, 调查师生). Sections nest,
// as a city's A- and B-level indicators do ("财务管理（12分）" of "经费使用（5分）"
// and "固定财产（7分）"): a stated subtotal must equal its parts, or caps them
// (累计不超过). Grade bands are rubric data too, with names in three
// languages; [DefaultGrades] are ≥90 优秀, ≥75 良好, ≥60 合格, below 60 不合格
// (餐饮服务食品安全监督量化分级管理); a scheme whose score feeds something else
// has none. A bureau writes its rubric in JSON and loads it with
// [ParseRubric]; [Rubric.Validate] reports every problem at once, each with
// its path ("sections[4].sections[1].points"). [SampleRubric] is a sample of
// 100 points, the JSON file sample_rubric.json of this package: a shape to
// copy, to be replaced.
//
// # Findings feed the rubric
//
// An item may list finding codes of the other rule packages
// ("canteen.surplus_over_ceiling", "fees.not_published" …): each finding of
// such a code in an [Inspection] deducts from the item, fails it, or vetoes.
// Codes are data: this package imports none of the other rule packages
// ([SampleCodes] lists those the sample rubric scores).
//
// # Exact scores
//
// Points are whole hundredths ([Points]); [New] compiles a validated rubric
// into integers once, and [Assessor.Score] scores a school in integers with a
// constant number of allocations, whatever the number of items
// ([Assessor.ScoreTo] reuses a result's memory and allocates none), in one
// pass over the observations, which checks each against its item's method
// and reports every problem, one over the items and one over the sections.
// [Assessor.Rank] sorts the schools by id once, then by integer keys. A
// school on a band boundary gets exactly that boundary: 90 is 优秀, never
// 89.99999999999999; a threshold of 40% is met by exactly 40% (rates are
// whole hundred-millionths). The places where a score is not a whole
// hundredth, a proportional item's points × ratio, a combination of rounds
// and a term's score, round once each by [Policy.Rounding], half-up (四舍五入)
// by default.
//
// # Example
//
//	a, err := assessment.New(assessment.SampleRubric(), assessment.DefaultPolicy())
//	if err != nil { … }
//	res, err := a.Score(assessment.Inspection{
//		School:       "s-001",
//		Round:        "2025-autumn-start",
//		Observations: observations,   // per item: occurrences, fail, ratio, levels, note
//		Findings:     canteenFindings, // from the canteen package, say
//	})
//	if err != nil { … }                 // errors.Is(err, houqin.ErrInvalidInput)
//	fmt.Fprintf(w, "%v %v\n", res.Score, res.Grade)   // 87.5 good
//	year, _ := a.Combine([]assessment.Result{r1, r2, r3, r4}) // or a.CombineYear(terms)
//	ranking, _ := a.Rank([]assessment.Standing{year.Standing(), …})
//	rects, _ := a.Rectifications(ranking, today)
package assessment
