package insurance_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/insurance"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// The county's report sentence of 监利县学校后勤管理工作会议讲话（上半年工作总结）:
// 26 school-liability claims and 1521 student-accident claims paid by the
// end of May.
func ExampleTally_Summary() {
	asOf := houqin.Date{Year: 2025, Month: time.May, Day: 31}
	cst := time.FixedZone("CST", 8*3600) // China Standard Time
	// claim makes a claim paid on the given day of May 2025.
	claim := func(id string, kind insurance.Kind, school string, day int, paid string) insurance.Claim {
		return insurance.Claim{ID: id, Kind: kind, School: school,
			IncidentAt: time.Date(2025, time.May, day, 9, 30, 0, 0, cst), ReportedAt: time.Date(2025, time.May, day, 16, 0, 0, 0, cst),
			DecidedOn: houqin.Date{Year: 2025, Month: time.May, Day: day}, Status: insurance.StatusPaid,
			Claimed: decimal.RequireFromString(paid), Paid: decimal.RequireFromString(paid)}
	}
	checker, _ := insurance.New(insurance.DefaultPolicy())
	tally, _ := checker.NewTally(asOf)
	var claims []insurance.Claim
	for i := range 26 {
		claims = append(claims, claim(fmt.Sprintf("ZR%04d", i), insurance.SchoolLiability, "S001", 1+i%28, "3323.08"))
	}
	for i := range 1521 {
		claims = append(claims, claim(fmt.Sprintf("XP%04d", i), insurance.StudentAccident, fmt.Sprintf("S%03d", i%40), 1+i%28, "800.01"))
	}
	if err := tally.AddAll(claims); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(tally.Summary(language.SimplifiedChinese))
	fmt.Println(tally.Summary(language.TraditionalChinese))
	fmt.Println(tally.Summary(language.English))
	// Output:
	// 截至5月31日，校方责任险理赔26件，理赔金额¥86,400.08；学平险理赔1521件，理赔金额¥1,216,815.21。
	// 截至5月31日，校方責任險理賠26件，理賠金額¥86,400.08；學平險理賠1521件，理賠金額¥1,216,815.21。
	// As of 31 May, school liability insurance: 26 claims paid, CN¥86,400.08 in all; student accident insurance: 1,521 claims paid, CN¥1,216,815.21 in all.
}

// A host fans the claims out to goroutines, each with its own tally, and
// merges the shards: the result is exactly the tally of one pass, in
// whatever order the shards finish.
func ExampleTally_Merge() {
	asOf := houqin.Date{Year: 2025, Month: time.May, Day: 31}
	cst := time.FixedZone("CST", 8*3600) // China Standard Time
	// claim makes a claim paid on the given day of May 2025.
	claim := func(id string, kind insurance.Kind, school string, day int, paid string) insurance.Claim {
		return insurance.Claim{ID: id, Kind: kind, School: school,
			IncidentAt: time.Date(2025, time.May, day, 9, 30, 0, 0, cst), ReportedAt: time.Date(2025, time.May, day, 16, 0, 0, 0, cst),
			DecidedOn: houqin.Date{Year: 2025, Month: time.May, Day: day}, Status: insurance.StatusPaid,
			Claimed: decimal.RequireFromString(paid), Paid: decimal.RequireFromString(paid)}
	}
	var claims []insurance.Claim
	for i := range 1000 {
		claims = append(claims, claim(fmt.Sprintf("C%04d", i), insurance.StudentAccident, fmt.Sprintf("S%02d", i%7), 1+i%31, "100.01"))
	}

	checker, _ := insurance.New(insurance.DefaultPolicy())
	const workers = 4
	shards := make([]*insurance.Tally, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range shards {
		shards[w], _ = checker.NewTally(asOf)
		chunk := claims[w*len(claims)/workers : (w+1)*len(claims)/workers]
		wg.Go(func() { errs[w] = shards[w].AddAll(chunk) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		fmt.Println(err)
		return
	}

	total, _ := checker.NewTally(asOf)
	for _, s := range shards {
		if err := total.Merge(s); err != nil {
			fmt.Println(err)
			return
		}
	}
	onePass, _ := checker.NewTally(asOf)
	_ = onePass.AddAll(claims)
	fmt.Println(total.Len(), total.Total().Paid, total.Equal(onePass))

	// A shard merged twice shares its claims with the total: refused.
	err := total.Merge(shards[2])
	fmt.Println(errors.Is(err, houqin.ErrInvalidInput))
	fmt.Println(err)
	// Output:
	// 1000 100010.00 true
	// true
	// invalid input: claim_ids: claim id "C0500" is in both tallies
}

// A claim the tally cannot count exactly is refused, and the tally stays
// as it was.
func ExampleTally_Add() {
	asOf := houqin.Date{Year: 2025, Month: time.May, Day: 31}
	cst := time.FixedZone("CST", 8*3600) // China Standard Time
	// claim makes a claim paid on the given day of May 2025.
	claim := func(id string, kind insurance.Kind, school string, day int, paid string) insurance.Claim {
		return insurance.Claim{ID: id, Kind: kind, School: school,
			IncidentAt: time.Date(2025, time.May, day, 9, 30, 0, 0, cst), ReportedAt: time.Date(2025, time.May, day, 16, 0, 0, 0, cst),
			DecidedOn: houqin.Date{Year: 2025, Month: time.May, Day: day}, Status: insurance.StatusPaid,
			Claimed: decimal.RequireFromString(paid), Paid: decimal.RequireFromString(paid)}
	}
	checker, _ := insurance.New(insurance.DefaultPolicy())
	tally, _ := checker.NewTally(asOf)
	fmt.Println(tally.Add(claim("C1", insurance.SchoolLiability, "S001", 3, "2800.00")))
	fmt.Println(tally.Add(claim("C1", insurance.SchoolLiability, "S001", 4, "100.00")))
	fmt.Println(tally.Add(claim("C2", insurance.SchoolLiability, "S001", 4, "100.005")))
	late := claim("C3", insurance.SchoolLiability, "S001", 4, "100.00")
	late.ReportedAt = time.Date(2025, time.June, 2, 8, 0, 0, 0, cst)
	late.DecidedOn = houqin.Date{Year: 2025, Month: time.June, Day: 2}
	fmt.Println(tally.Add(late))
	fmt.Println(tally.Len(), tally.Total().Paid)
	// Output:
	// <nil>
	// invalid input: id: duplicate claim id "C1"
	// invalid input: claimed: finer than a fen (more than two decimal places): 100.005
	// invalid input: reported_at: reported on 2025-06-02, after the as-of date 2025-05-31
	// 1 2800.00
}

// AddAll counts a batch all or none, and names the claim it refuses.
func ExampleTally_AddAll() {
	asOf := houqin.Date{Year: 2025, Month: time.May, Day: 31}
	cst := time.FixedZone("CST", 8*3600) // China Standard Time
	// claim makes a claim paid on the given day of May 2025.
	claim := func(id string, kind insurance.Kind, school string, day int, paid string) insurance.Claim {
		return insurance.Claim{ID: id, Kind: kind, School: school,
			IncidentAt: time.Date(2025, time.May, day, 9, 30, 0, 0, cst), ReportedAt: time.Date(2025, time.May, day, 16, 0, 0, 0, cst),
			DecidedOn: houqin.Date{Year: 2025, Month: time.May, Day: day}, Status: insurance.StatusPaid,
			Claimed: decimal.RequireFromString(paid), Paid: decimal.RequireFromString(paid)}
	}
	checker, _ := insurance.New(insurance.DefaultPolicy())
	tally, _ := checker.NewTally(asOf)
	batch := []insurance.Claim{
		claim("C1", insurance.SchoolLiability, "S001", 3, "2800.00"),
		claim("C2", insurance.StudentAccident, "S002", 9, "650.50"),
		claim("C1", insurance.StudentAccident, "S002", 9, "120.00"),
	}
	fmt.Println(tally.AddAll(batch))
	fmt.Println(tally.Len())
	fmt.Println(tally.AddAll(batch[:2]))
	for _, s := range tally.Schools() {
		fmt.Println(s.School, s.Count, s.Paid)
	}
	// Output:
	// invalid input: claims[2].id: duplicate claim id "C1"
	// 0
	// <nil>
	// S001 1 2800.00
	// S002 1 650.50
}

func ExampleTally_Kinds() {
	asOf := houqin.Date{Year: 2025, Month: time.May, Day: 31}
	cst := time.FixedZone("CST", 8*3600) // China Standard Time
	// claim makes a claim paid on the given day of May 2025.
	claim := func(id string, kind insurance.Kind, school string, day int, paid string) insurance.Claim {
		return insurance.Claim{ID: id, Kind: kind, School: school,
			IncidentAt: time.Date(2025, time.May, day, 9, 30, 0, 0, cst), ReportedAt: time.Date(2025, time.May, day, 16, 0, 0, 0, cst),
			DecidedOn: houqin.Date{Year: 2025, Month: time.May, Day: day}, Status: insurance.StatusPaid,
			Claimed: decimal.RequireFromString(paid), Paid: decimal.RequireFromString(paid)}
	}
	checker, _ := insurance.New(insurance.DefaultPolicy())
	tally, _ := checker.NewTally(asOf)
	filed := claim("C3", insurance.StudentAccident, "S001", 20, "900.00")
	filed.Status, filed.DecidedOn, filed.Paid = insurance.StatusFiled, houqin.Date{}, decimal.Zero
	_ = tally.AddAll([]insurance.Claim{
		claim("C1", insurance.StudentAccident, "S001", 3, "650.50"),
		claim("C2", insurance.SchoolLiability, "S001", 9, "2800.00"),
		filed,
	})
	for _, k := range tally.Kinds() {
		fmt.Println(checker.KindName(k.Kind, language.SimplifiedChinese), k.Count, k.Claimed, k.Paid)
		for _, s := range k.Statuses {
			fmt.Println("  ", s.Status.Label(language.SimplifiedChinese), s.Count, s.Claimed)
		}
	}
	// Output:
	// 校方责任险 1 2800.00 2800.00
	//    已赔付 1 2800.00
	// 学平险 2 1550.50 650.50
	//    已报案 1 900.00
	//    已赔付 1 650.50
}

// A tally travels as JSON, claim ids included, so that a shard tallied on
// another machine still refuses to merge with one that shares a claim.
func ExampleTally_MarshalJSON() {
	asOf := houqin.Date{Year: 2025, Month: time.May, Day: 31}
	cst := time.FixedZone("CST", 8*3600) // China Standard Time
	// claim makes a claim paid on the given day of May 2025.
	claim := func(id string, kind insurance.Kind, school string, day int, paid string) insurance.Claim {
		return insurance.Claim{ID: id, Kind: kind, School: school,
			IncidentAt: time.Date(2025, time.May, day, 9, 30, 0, 0, cst), ReportedAt: time.Date(2025, time.May, day, 16, 0, 0, 0, cst),
			DecidedOn: houqin.Date{Year: 2025, Month: time.May, Day: day}, Status: insurance.StatusPaid,
			Claimed: decimal.RequireFromString(paid), Paid: decimal.RequireFromString(paid)}
	}
	checker, _ := insurance.New(insurance.DefaultPolicy())
	tally, _ := checker.NewTally(asOf)
	_ = tally.Add(claim("C1", insurance.SchoolLiability, "S001", 3, "2800.00"))
	b, _ := json.Marshal(tally)
	fmt.Println(string(b))

	shard, err := checker.ParseTally(b)
	fmt.Println(err, shard.Equal(tally))
	fmt.Println(tally.Merge(shard))
	// Output:
	// {"as_of":"2025-05-31","total":{"count":1,"claimed":"2800.00","paid":"2800.00"},"kinds":[{"kind":"school_liability","count":1,"claimed":"2800.00","paid":"2800.00","statuses":[{"status":"paid","count":1,"claimed":"2800.00","paid":"2800.00"}]}],"statuses":[{"status":"paid","count":1,"claimed":"2800.00","paid":"2800.00"}],"schools":[{"school":"S001","count":1,"claimed":"2800.00","paid":"2800.00"}],"months":[{"month":"2025-05","count":1,"claimed":"2800.00","paid":"2800.00"}],"claim_ids":["C1"]}
	// <nil> true
	// invalid input: claim_ids: claim id "C1" is in both tallies
}

func ExampleChecker_NewTally() {
	asOf := houqin.Date{Year: 2025, Month: time.May, Day: 31}
	checker, _ := insurance.New(insurance.DefaultPolicy())
	_, err := checker.NewTally(houqin.Date{Year: 2025, Month: time.February, Day: 30})
	fmt.Println(err)
	tally, _ := checker.NewTally(asOf)
	fmt.Println(tally.AsOf(), tally.Len())
	// Output:
	// invalid input: as_of: 2025-02-30 does not exist
	// 2025-05-31 0
}

func ExampleChecker_Coverage() {
	checker, _ := insurance.New(insurance.DefaultPolicy())
	rep, err := checker.Coverage([]insurance.Enrollment{
		{School: "S001", Kind: insurance.SchoolLiability, Enrolled: 1200, Insured: 1200},
		{School: "S002", Kind: insurance.SchoolLiability, Enrolled: 860, Insured: 857},
		{School: "S002", Kind: insurance.StudentAccident, Enrolled: 860, Insured: 700},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range rep.Schools {
		fmt.Println(c.School, c.Kind, c.Insured, "/", c.Enrolled, c.Rate.Format(language.SimplifiedChinese))
	}
	for _, c := range rep.Kinds {
		fmt.Println("county", c.Kind, c.Uninsured, "uninsured", c.Rate.Format(language.SimplifiedChinese))
	}
	_, err = checker.Coverage([]insurance.Enrollment{{School: "S003", Kind: insurance.SchoolLiability, Enrolled: 10, Insured: 11}})
	fmt.Println(err)
	// Output:
	// S001 school_liability 1200 / 1200 100.00%
	// S002 school_liability 857 / 860 99.65%
	// S002 student_accident 700 / 860 81.40%
	// county school_liability 3 uninsured 99.85%
	// county student_accident 160 uninsured 81.40%
	// invalid input: enrollments[0].insured: more insured (11) than enrolled (10)
}

// School liability insurance must cover every pupil: a school three
// pupils short is a violation.
func ExampleChecker_CheckCoverage() {
	checker, _ := insurance.New(insurance.DefaultPolicy())
	findings, err := checker.CheckCoverage([]insurance.Enrollment{
		{School: "S001", Kind: insurance.SchoolLiability, Enrolled: 1200, Insured: 1200},
		{School: "S002", Kind: insurance.SchoolLiability, Enrolled: 860, Insured: 857},
		{School: "S002", Kind: insurance.StudentAccident, Enrolled: 860, Insured: 700}, // voluntary
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Println(f.Code, f.Severity, f.Subject)
		// The checker writes the kind's name for the reader.
		fmt.Println(checker.Message(f, language.SimplifiedChinese))
		fmt.Println(checker.Message(f, language.English))
	}
	// Output:
	// insurance.coverage_below_required violation S002/school_liability
	// S002校方责任险：投保率99.65%，低于要求的100.00%，未投保3人（应保860人，已保857人）
	// S002, school liability insurance: insured rate 99.65%, below the required 100.00%; 3 of 860 pupils uninsured (857 insured)
}

func ExampleChecker_CheckPremiums() {
	checker, _ := insurance.New(insurance.DefaultPolicy())
	findings, _ := checker.CheckPremiums([]insurance.Premium{
		{ID: "ZR-2025-001", School: "S001", Kind: insurance.SchoolLiability, Pupils: 1200, Amount: decimal.RequireFromString("6000"), Payer: insurance.PayerPublic},
		{ID: "ZR-2025-002", School: "S002", Kind: insurance.SchoolLiability, Pupils: 860, Amount: decimal.RequireFromString("4300"), Payer: insurance.PayerPupils},
		{ID: "XP-2025-002", School: "S002", Kind: insurance.StudentAccident, Pupils: 700, Amount: decimal.RequireFromString("35000"), Payer: insurance.PayerPupils, CollectedBySchool: true},
		{ID: "ZR-2025-003", School: "S003", Kind: insurance.SchoolLiability, Pupils: 400, Amount: decimal.RequireFromString("1200"), Payer: insurance.PayerPublic},
	})
	for _, f := range findings {
		fmt.Println(f.Severity, f.Message(language.SimplifiedChinese))
	}
	// Output:
	// violation ZR-2025-002：向学生收取保费¥4,300.00（860人），该险种应由学校或财政出资，不得向学生收费
	// violation XP-2025-002：学校代收保费¥35,000.00（700人），该险种由家长自愿购买，学校不得经办或代收
	// warning ZR-2025-003：人均保费¥3.00，低于合同下限¥3.90（400人，保费合计¥1,200.00）
}

func ExampleChecker_CheckBuses() {
	checker, _ := insurance.New(insurance.DefaultPolicy())
	cover := houqin.Period{From: houqin.Date{Year: 2024, Month: time.September, Day: 1}, To: houqin.Date{Year: 2025, Month: time.August, Day: 31}}
	findings, _ := checker.CheckBuses(
		[]insurance.BusCover{{Bus: "鲁A·X1234", Valid: cover}},
		[]insurance.BusRun{
			{Bus: "鲁A·X1234", Date: houqin.Date{Year: 2025, Month: time.August, Day: 31}},
			{Bus: "鲁A·X1234", Date: houqin.Date{Year: 2025, Month: time.September, Day: 1}},
			{Bus: "鲁A·X1234", Date: houqin.Date{Year: 2025, Month: time.September, Day: 2}},
		})
	for _, f := range findings {
		fmt.Println(f.Message(language.SimplifiedChinese))
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// 校车鲁A·X1234在无有效承运人责任险时运行2趟（2025年9月1日至2025年9月2日）
	// school bus 鲁A·X1234 made 2 runs without valid carrier liability insurance, from 1 September 2025 to 2 September 2025
}

func ExampleChecker_CheckClaims() {
	cst := time.FixedZone("CST", 8*3600) // China Standard Time
	// claim makes a claim paid on the given day of May 2025.
	claim := func(id string, kind insurance.Kind, school string, day int, paid string) insurance.Claim {
		return insurance.Claim{ID: id, Kind: kind, School: school,
			IncidentAt: time.Date(2025, time.May, day, 9, 30, 0, 0, cst), ReportedAt: time.Date(2025, time.May, day, 16, 0, 0, 0, cst),
			DecidedOn: houqin.Date{Year: 2025, Month: time.May, Day: day}, Status: insurance.StatusPaid,
			Claimed: decimal.RequireFromString(paid), Paid: decimal.RequireFromString(paid)}
	}
	checker, _ := insurance.New(insurance.DefaultPolicy())
	late := claim("C7", insurance.SchoolLiability, "S001", 5, "1200.00")
	late.ReportedAt = late.IncidentAt.Add(30*time.Hour + 15*time.Minute)
	late.DecidedOn = houqin.Date{Year: 2025, Month: time.May, Day: 20}
	big := claim("C8", insurance.SchoolLiability, "S002", 6, "650000.00")
	findings, err := checker.CheckClaims([]insurance.Claim{late, big})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Println(f.Severity, f.Message(language.SimplifiedChinese))
	}
	// Output:
	// violation 理赔案件C8赔付¥650,000.00，超过每人赔偿限额¥600,000.00，超出¥50,000.00
	// warning 理赔案件C7在事故发生30.25小时后才报案，超过24小时的报案时限
}

// Check runs every rule at once; the first bad input stops it with an
// error naming the field.
func ExampleChecker_Check() {
	cst := time.FixedZone("CST", 8*3600) // China Standard Time
	// claim makes a claim paid on the given day of May 2025.
	claim := func(id string, kind insurance.Kind, school string, day int, paid string) insurance.Claim {
		return insurance.Claim{ID: id, Kind: kind, School: school,
			IncidentAt: time.Date(2025, time.May, day, 9, 30, 0, 0, cst), ReportedAt: time.Date(2025, time.May, day, 16, 0, 0, 0, cst),
			DecidedOn: houqin.Date{Year: 2025, Month: time.May, Day: day}, Status: insurance.StatusPaid,
			Claimed: decimal.RequireFromString(paid), Paid: decimal.RequireFromString(paid)}
	}
	checker, _ := insurance.New(insurance.DefaultPolicy())
	in := insurance.Input{
		Enrollments: []insurance.Enrollment{{School: "S002", Kind: insurance.SchoolLiability, Enrolled: 860, Insured: 857}},
		Claims:      []insurance.Claim{claim("C1", insurance.SchoolLiability, "S002", 3, "2800.00")},
	}
	findings, _ := checker.Check(in)
	fmt.Println(len(findings), findings.Worst(), findings.Has(insurance.CodeCoverageBelowRequired))

	in.Claims[0].Paid = decimal.RequireFromString("-1")
	_, err := checker.Check(in)
	fmt.Println(err)
	// Output:
	// 1 violation true
	// invalid input: claims[0].paid: negative
}

// A region builds its own policy in Go: a four-hour reporting deadline and
// a lower limit.
func ExampleNew() {
	cst := time.FixedZone("CST", 8*3600) // China Standard Time
	// claim makes a claim paid on the given day of May 2025.
	claim := func(id string, kind insurance.Kind, school string, day int, paid string) insurance.Claim {
		return insurance.Claim{ID: id, Kind: kind, School: school,
			IncidentAt: time.Date(2025, time.May, day, 9, 30, 0, 0, cst), ReportedAt: time.Date(2025, time.May, day, 16, 0, 0, 0, cst),
			DecidedOn: houqin.Date{Year: 2025, Month: time.May, Day: day}, Status: insurance.StatusPaid,
			Claimed: decimal.RequireFromString(paid), Paid: decimal.RequireFromString(paid)}
	}
	p := insurance.Policy{Kinds: map[insurance.Kind]insurance.KindPolicy{
		insurance.SchoolLiability: {RequiredCoverage: decimal.NewFromInt(1), SchoolPays: true,
			ReportDeadlineHours: 4, PerPupilLimit: decimal.NewFromInt(400_000)},
	}}
	checker, err := insurance.New(p)
	fmt.Println(err)
	late := claim("C1", insurance.SchoolLiability, "S001", 3, "450000.00")
	findings, _ := checker.CheckClaims([]insurance.Claim{late})
	for _, f := range findings {
		fmt.Println(f.Code)
	}

	p.Kinds[insurance.SchoolLiability] = insurance.KindPolicy{RequiredCoverage: decimal.RequireFromString("1.2"), PremiumMin: decimal.RequireFromString("9"), PremiumMax: decimal.RequireFromString("8")}
	_, err = insurance.New(p)
	fmt.Println(err)
	// Output:
	// <nil>
	// insurance.claim_paid_above_limit
	// insurance.claim_reported_late
	// invalid input: policy.kinds.school_liability.required_coverage: out of range [0, 1]
	// invalid input: policy.kinds.school_liability.premium_max: below premium_min
}

// A region's policy, as its host stores it: what differs from the default
// (a four-hour deadline for school liability claims) and a kind of its
// own, with its names.
func ExampleParsePolicy() {
	p, err := insurance.ParsePolicy([]byte(`{"kinds": {
		"school_liability": {"report_deadline_hours": 4},
		"preschool_food_safety": {"name": {"zh_hans": "幼儿园食品安全责任险", "zh_hant": "幼兒園食品安全責任險",
			"en": "preschool food safety liability insurance"}, "required_coverage": "1"}}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	sl := p.Kinds[insurance.SchoolLiability]
	fmt.Println(sl.ReportDeadlineHours, sl.SchoolPays, sl.PerPupilLimit, p.Kinds[insurance.StudentAccident].Voluntary)

	checker, _ := insurance.New(p)
	findings, _ := checker.CheckCoverage([]insurance.Enrollment{{School: "K01", Kind: "preschool_food_safety", Enrolled: 120, Insured: 118}})
	fmt.Println(checker.Message(findings[0], language.SimplifiedChinese))

	_, err = insurance.ParsePolicy([]byte(`{"kinds": {"school_liability": {"report_deadline": 4}}}`))
	fmt.Println(err)
	_, err = insurance.ParsePolicy([]byte(`{"kinds": {"pet_insurance": {"required_coverage": "1"}}}`))
	fmt.Println(err)
	// Output:
	// 4 true 600000 true
	// K01幼儿园食品安全责任险：投保率98.33%，低于要求的100.00%，未投保2人（应保120人，已保118人）
	// invalid input: kinds.school_liability.report_deadline: unknown field
	// invalid input: policy.kinds.pet_insurance.name: missing: a kind that is not built in needs its names in zh_hans, zh_hant and en
}

func ExampleDefaultPolicy() {
	p := insurance.DefaultPolicy()
	sl := p.Kinds[insurance.SchoolLiability]
	fmt.Println(sl.RequiredCoverage, sl.SchoolPays, sl.PremiumMin.StringFixed(2), sl.PremiumMax.StringFixed(2), sl.ReportDeadlineHours, sl.PerPupilLimit)
	fmt.Println(p.Kinds[insurance.StudentAccident].Voluntary, p.Kinds[insurance.InternshipLiability].SchoolPays)
	// Output:
	// 1 true 3.90 8.00 24 600000
	// true true
}

func ExamplePolicy_Validate() {
	p := insurance.DefaultPolicy()
	fmt.Println(p.Validate())
	p.Kinds["pet_insurance"] = insurance.KindPolicy{Name: insurance.Name{Hans: "宠物险", En: "pet insurance"}}
	p.Kinds[insurance.StudentAccident] = insurance.KindPolicy{SchoolPays: true, Voluntary: true}
	fmt.Println(p.Validate())
	// Output:
	// <nil>
	// invalid input: policy.kinds.student_accident.voluntary: a kind the school pays for is not voluntary
	// invalid input: policy.kinds.pet_insurance.name.zh_hant: missing
}

// A host adds a kind of its own, with its names, to its policy: the
// checker built from that policy, and every tally it makes, accept the
// kind and name it; a checker of another policy does not.
func ExamplePolicy_hostKind() {
	asOf := houqin.Date{Year: 2025, Month: time.May, Day: 31}
	cst := time.FixedZone("CST", 8*3600) // China Standard Time
	// claim makes a claim paid on the given day of May 2025.
	claim := func(id string, kind insurance.Kind, school string, day int, paid string) insurance.Claim {
		return insurance.Claim{ID: id, Kind: kind, School: school,
			IncidentAt: time.Date(2025, time.May, day, 9, 30, 0, 0, cst), ReportedAt: time.Date(2025, time.May, day, 16, 0, 0, 0, cst),
			DecidedOn: houqin.Date{Year: 2025, Month: time.May, Day: day}, Status: insurance.StatusPaid,
			Claimed: decimal.RequireFromString(paid), Paid: decimal.RequireFromString(paid)}
	}
	const foodSafety insurance.Kind = "food_safety_liability"
	p := insurance.DefaultPolicy()
	p.Kinds[foodSafety] = insurance.KindPolicy{Name: insurance.Name{
		Hans: "食品安全责任险", Hant: "食品安全責任險", En: "food safety liability insurance",
	}}
	checker, err := insurance.New(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	tally, _ := checker.NewTally(asOf)
	_ = tally.Add(claim("F1", foodSafety, "S001", 12, "3500.00"))
	fmt.Println(tally.Summary(language.SimplifiedChinese))
	fmt.Println(tally.Summary(language.English))

	plain, _ := insurance.New(insurance.DefaultPolicy())
	other, _ := plain.NewTally(asOf)
	fmt.Println(other.Add(claim("F2", foodSafety, "S001", 12, "3500.00")))
	fmt.Println(other.Merge(tally))
	// Output:
	// 截至5月31日，食品安全责任险理赔1件，理赔金额¥3,500.00。
	// As of 31 May, food safety liability insurance: 1 claim paid, CN¥3,500.00 in all.
	// invalid input: kind: unknown kind "food_safety_liability" (a host names its own kinds in its policy)
	// invalid input: kinds: the merged tally has claims of kind food_safety_liability, which this tally's policy does not know
}

func ExampleChecker_KindName() {
	checker, _ := insurance.New(insurance.DefaultPolicy())
	for _, k := range checker.Kinds() {
		fmt.Printf("%s | %s | %s\n", checker.KindName(k, language.SimplifiedChinese), checker.KindName(k, language.TraditionalChinese), checker.KindName(k, language.English))
	}
	fmt.Println(checker.Known("pet_insurance"), checker.KindName("pet_insurance", language.English))
	// Output:
	// 校方责任险 | 校方責任險 | school liability insurance
	// 学平险 | 學平險 | student accident insurance
	// 学校财产险 | 學校財產險 | school property insurance
	// 校车承运人责任险 | 校車承運人責任險 | school bus carrier liability insurance
	// 实习责任保险 | 實習責任保險 | internship liability insurance
	// 教职工组合保险 | 教職工組合保險 | staff combined insurance
	// false pet_insurance
}

// A worker decodes a shard another worker tallied with a checker of the
// same policy; the shard still refuses a claim the total already counts.
func ExampleChecker_ParseTally() {
	asOf := houqin.Date{Year: 2025, Month: time.May, Day: 31}
	cst := time.FixedZone("CST", 8*3600) // China Standard Time
	// claim makes a claim paid on the given day of May 2025.
	claim := func(id string, kind insurance.Kind, school string, day int, paid string) insurance.Claim {
		return insurance.Claim{ID: id, Kind: kind, School: school,
			IncidentAt: time.Date(2025, time.May, day, 9, 30, 0, 0, cst), ReportedAt: time.Date(2025, time.May, day, 16, 0, 0, 0, cst),
			DecidedOn: houqin.Date{Year: 2025, Month: time.May, Day: day}, Status: insurance.StatusPaid,
			Claimed: decimal.RequireFromString(paid), Paid: decimal.RequireFromString(paid)}
	}
	checker, _ := insurance.New(insurance.DefaultPolicy())
	shard, _ := checker.NewTally(asOf)
	_ = shard.Add(claim("C1", insurance.StudentAccident, "S001", 3, "650.50"))
	wire, _ := json.Marshal(shard)

	total, _ := checker.NewTally(asOf)
	_ = total.Add(claim("C1", insurance.StudentAccident, "S001", 3, "650.50"))
	decoded, err := checker.ParseTally(wire)
	fmt.Println(err, decoded.Len(), decoded.Total().Paid)
	fmt.Println(total.Merge(decoded))
	_, err = checker.ParseTally([]byte(`{"as_of":"2025-05-31","kinds":[{"kind":"pet_insurance"}]}`))
	fmt.Println(err)
	// Output:
	// <nil> 1 650.50
	// invalid input: claim_ids: claim id "C1" is in both tallies
	// invalid input: kinds[0].kind: unknown kind "pet_insurance" (a host names its own kinds in its policy)
}

func ExampleCodes() {
	for _, c := range insurance.Codes() {
		fmt.Println(c)
	}
	// Output:
	// insurance.accident_paid_above_limit
	// insurance.aggregate_paid_above_limit
	// insurance.bus_run_uninsured
	// insurance.claim_outside_cover
	// insurance.claim_paid_above_limit
	// insurance.claim_reported_late
	// insurance.cover_gap
	// insurance.coverage_below_required
	// insurance.incident_reported_late
	// insurance.nobody_insured
	// insurance.poor_pupils_insured_from_budget
	// insurance.premium_above_contract
	// insurance.premium_below_contract
	// insurance.premium_charged_to_pupils
	// insurance.premium_collected_by_school
	// insurance.premium_fund_not_allowed
}
