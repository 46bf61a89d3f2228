// Package insurance tallies a county's or a province's school insurance
// claims exactly and mergeably, computes the insured rate of every school,
// and checks the rules of who pays, how much, when claims are reported and
// how much they pay.
//
// # Kinds, claims and tallies
//
// A [Kind] names a kind of policy: the six the seeds name are built in
// ([SchoolLiability] 校(园)方责任险, [StudentAccident] 学平险, and the
// others), with names in Simplified Chinese, Traditional Chinese and
// English; a host adds its own with [RegisterKind].
//
// A [Tally] counts [Claim] values as of a date: in total, per kind and
// status, per school and per month, in integer fen, never rounding and
// never dropping a claim. It refuses a claim id it has already counted, an
// amount finer than a fen or out of bounds, an unknown kind or status,
// and a claim reported or decided after its as-of date. Tallies merge:
// shards built on many goroutines or machines merge, in any grouping and
// order, into exactly the tally of one pass ([Tally.Merge]). A tally
// writes the county's report sentence with [Tally.Summary] and encodes to
// JSON with its claim ids, so that a shard can travel.
//
//	tally, _ := insurance.NewTally(houqin.Date{Year: 2025, Month: time.May, Day: 31})
//	if err := tally.AddAll(claims); err != nil { … } // errors.Is(err, houqin.ErrInvalidInput)
//	fmt.Fprintf(w, "%v\n", tally.Summary(language.SimplifiedChinese))
//	// 截至5月31日，校方责任险理赔26件，理赔金额…元；学平险理赔1521件，理赔金额…元。
//
// # Fanning out
//
// A host splits its claims into shards, tallies each on its own goroutine
// with its own Tally, and merges them; Merge refuses shards that share a
// claim, so a claim counted twice by a faulty split is caught, not
// double-counted:
//
//	shards := make([]*insurance.Tally, n)
//	var wg sync.WaitGroup
//	for i := range shards {
//		shards[i], _ = insurance.NewTally(asOf)
//		wg.Go(func() { errs[i] = shards[i].AddAll(chunk(i)) })
//	}
//	wg.Wait()
//	total, _ := insurance.NewTally(asOf)
//	for _, s := range shards {
//		if err := total.Merge(s); err != nil { … }
//	}
//
// # Coverage and rules
//
// [CoverageOf] computes the insured rate (投保率) of each school and kind
// exactly. A [Checker], compiled from a [Policy] by [New], checks:
// coverage below the required rate ([CodeCoverageBelowRequired]);
// premiums of school-paid cover charged to pupils
// ([CodePremiumChargedToPupils]) and voluntary cover collected by the
// school ([CodePremiumCollectedBySchool]); school bus runs without carrier
// liability insurance ([CodeBusRunUninsured]); claims reported late
// ([CodeClaimReportedLate]) or paid above the per-pupil limit
// ([CodeClaimPaidAboveLimit]); premiums per pupil outside the contract
// range ([CodePremiumBelowContract], [CodePremiumAboveContract]).
// [DefaultPolicy] holds the seeds' and the national notice's values: 100%
// school liability coverage, 3.9–8 yuan per pupil, claims within 24 hours.
//
//	checker, err := insurance.New(insurance.DefaultPolicy())
//	findings, err := checker.CheckCoverage(enrollments)
//	for _, f := range findings {
//		fmt.Fprintf(w, "%v\n", f.Message(language.SimplifiedChinese))
//	}
//
// Every entry point is pure, deterministic and safe for concurrent use;
// bad input is an error matching houqin.ErrInvalidInput, never a finding
// and never a panic.
package insurance
