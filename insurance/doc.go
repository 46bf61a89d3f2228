// Package insurance tallies a county's or a province's school insurance
// claims exactly and mergeably, computes the insured rate of every school,
// and checks the rules of who pays, how much, when claims are reported and
// how much they pay.
//
// # Policy and kinds
//
// A [Policy] holds the region's kinds of insurance policy and the rules of
// each ([KindPolicy]); [DefaultPolicy] gives the national rules,
// [ParsePolicy] reads a region's policy from JSON over them, and
// [Policy.Validate] reports every problem at once. [New] compiles a policy
// into a [Checker]: validate once, check many.
//
// A [Kind] names a kind of policy. Six are built in and known to every
// Checker, with names in Simplified Chinese, Traditional Chinese and
// English: [SchoolLiability] 校方责任险, [StudentAccident] 学平险,
// [SchoolProperty] 学校财产险, [SchoolBusCarrier] 校车承运人责任险,
// [InternshipLiability] 实习责任保险 and [StaffCombined] 教职工组合保险.
// A host adds kinds of its own to its policy, each with its names
// ([KindPolicy.Name]):
//
//	{"kinds": {"preschool_food_safety": {"name": {"zh_hans": "幼儿园食品安全责任险",
//	  "zh_hant": "幼兒園食品安全責任險", "en": "preschool food safety liability insurance"},
//	  "required_coverage": "1"}}}
//
// Whether a claim, a premium or an enrollment is of a known kind is decided
// by the policy of the Checker that checks it, or of the Checker that made
// the [Tally] that counts it, and by nothing else in the process.
// [Checker.Known], [Checker.KindName] and [Checker.Kinds] answer for a
// policy.
//
// # Rules and their codes
//
// Each rule reports a finding with one code (see each code's doc for its
// facts and sources), decided exactly in integers:
//
//   - [Checker.CheckCoverage]: a school's insured rate of a kind below the
//     rate the policy requires ([CodeCoverageBelowRequired]; school
//     liability: 100%), or nobody insured at all ([CodeNobodyInsured]);
//     [Checker.Coverage] gives the rates themselves.
//   - [Checker.CheckPremiums]: cover the school pays charged to pupils
//     ([CodePremiumChargedToPupils]); voluntary cover collected by the
//     school ([CodePremiumCollectedBySchool]); a premium per pupil below or
//     above the contract's range ([CodePremiumBelowContract],
//     [CodePremiumAboveContract]; school liability: ¥3.90 to ¥8.00);
//     public or school money drawn from a fund not allowed for the school's
//     type ([CodePremiumFundNotAllowed]; school liability: the running
//     budget or work-study funds of a public school, a private school's own
//     funds); poor pupils' voluntary cover paid from the running budget,
//     allowed and reported ([CodePoorPupilsInsuredFromBudget], a notice).
//     A premium of zero moves no money and breaks none of the rules of
//     who pays; one paid by pupils, collected by the school or bought for
//     poor pupils counts its pupils, at least one ([Premium.Pupils]).
//   - [Checker.CheckBuses]: a school bus run on a day no carrier liability
//     insurance covered ([CodeBusRunUninsured]).
//   - [Checker.CheckClaims]: a claim reported later than the deadline after
//     the incident ([CodeClaimReportedLate]; school liability: 24 hours);
//     a claim paid above the per-pupil limit ([CodeClaimPaidAboveLimit];
//     school liability: ¥600,000.00); the claims of one accident of one
//     school paid above the per-accident limit together
//     ([CodeAccidentPaidAboveLimit]; school liability: ¥20,000,000.00).
//   - [Checker.CheckIncidents]: a serious incident reported to the
//     education bureau later than the policy's time
//     ([CodeIncidentReportedLate]; 24 hours by default, 2 or 4 in some
//     cities).
//   - [Checker.CheckContracts]: cover judged against the contracts in force
//     in the kind's policy year (school liability: 1 September to 31
//     August): a school with no contract in force on the as-of date,
//     lapsed or not yet started ([CodeCoverGap]); a claim whose incident
//     falls in no contract of its school ([CodeClaimOutsideCover]); a
//     contract's claims paid beyond the annual aggregate it states
//     ([CodeAggregatePaidAboveLimit]).
//   - [Checker.Check] runs them all over one [Input].
//
// [Codes] lists every code. The rules come from
// 监利县学校后勤管理工作会议讲话（上半年工作总结） (full liability coverage,
// student insurance outside the school's hands, the tally by kind),
// 贵溪市学校勤工俭学工作总结 (who pays each insurance),
// 2023年学校后勤管理工作计划 (every school bus insured), and, where they
// are silent, 关于推行校方责任保险完善校园伤害事故风险管理机制的通知,
// 关于2015年规范教育收费治理教育乱收费工作的实施意见 and 校车安全管理条例:
// the titles of the repository's SOURCES.md.
//
//	checker, err := insurance.New(insurance.DefaultPolicy())
//	findings, err := checker.CheckCoverage(enrollments)
//	for _, f := range findings {
//		fmt.Fprintf(w, "%v\n", f.Message(language.SimplifiedChinese))
//	}
//
// # Tallies
//
// A [Tally] made by [Checker.NewTally] counts [Claim] values as of a date:
// in total, per kind and status, per school and per month, in integer fen,
// never rounding and never dropping a claim. It refuses a claim id it has
// already counted, an amount finer than a fen or out of bounds, a kind its
// checker's policy does not know, an unknown status, and a claim reported
// or decided after its as-of date. A tally writes the county's report
// sentence with [Tally.Summary], naming each kind as its policy does:
//
//	tally, _ := checker.NewTally(houqin.Date{Year: 2025, Month: time.May, Day: 31})
//	if err := tally.AddAll(claims); err != nil { … } // errors.Is(err, houqin.ErrInvalidInput)
//	fmt.Fprintf(w, "%v\n", tally.Summary(language.SimplifiedChinese))
//	// 截至5月31日，校方责任险理赔26件，理赔金额…元；学平险理赔1521件，理赔金额…元。
//
// # Fanning out
//
// Tallies merge: shards built on many goroutines or machines merge, in any
// grouping and order, into exactly the tally of one pass ([Tally.Merge]).
// A host splits its claims into shards, tallies each on its own goroutine
// with its own Tally, and merges them; Merge refuses shards that share a
// claim, so a claim counted twice by a faulty split is caught, not
// double-counted, and a shard whose policy does not know, or names
// otherwise, a kind it counts:
//
//	shards := make([]*insurance.Tally, n)
//	var wg sync.WaitGroup
//	for i := range shards {
//		shards[i], _ = checker.NewTally(asOf)
//		wg.Go(func() { errs[i] = shards[i].AddAll(chunk(i)) })
//	}
//	wg.Wait()
//	total, _ := checker.NewTally(asOf)
//	for _, s := range shards {
//		if err := total.Merge(s); err != nil { … }
//	}
//
// A tally encodes to JSON with its claim ids ([Tally.MarshalJSON]), so that
// a shard can travel; the receiving worker decodes it with
// [Checker.ParseTally] of a checker built from the same policy, and the
// decoded shard still refuses to merge with a tally that shares a claim.
//
// Every entry point is pure, deterministic and safe for concurrent use;
// bad input is an error matching houqin.ErrInvalidInput, never a finding
// and never a panic.
package insurance
