package insurance_test

import (
	"fmt"
	"strconv"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/insurance"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// The claims of one accident, several pupils hurt in one fall of a
// staircase, are paid together under the per-accident limit: here a
// region's contract of ¥4,500,000.00 per accident.
func ExampleChecker_CheckClaims_accident() {
	cst := time.FixedZone("CST", 8*3600)
	policy, _ := insurance.ParsePolicy([]byte(`{"kinds": {"school_liability": {"per_accident_limit": "4500000"}}}`))
	checker, _ := insurance.New(policy)
	var claims []insurance.Claim
	for i, paid := range []string{"600000", "600000", "600000", "600000", "600000", "600000", "600000", "300000.01"} {
		claims = append(claims, insurance.Claim{ID: "C" + strconv.Itoa(i+1), Kind: insurance.SchoolLiability, School: "S001",
			Accident:   "A2025-0506",
			IncidentAt: time.Date(2025, time.May, 6, 10, 5, 0, 0, cst), ReportedAt: time.Date(2025, time.May, 6, 14, 0, 0, 0, cst),
			DecidedOn: houqin.Date{Year: 2025, Month: time.June, Day: 30}, Status: insurance.StatusPaid,
			Claimed: decimal.RequireFromString(paid), Paid: decimal.RequireFromString(paid)})
	}
	findings, err := checker.CheckClaims(claims)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Println(f.Message(language.SimplifiedChinese))
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// S001/A2025-0506：同一事故8件理赔共赔付¥4,500,000.01，超过每次事故赔偿限额¥4,500,000.00，超出¥0.01
	// S001/A2025-0506: one accident's 8 claims were paid CN¥4,500,000.01, above the per-accident limit of CN¥4,500,000.00 by CN¥0.01
}

// A city that wants serious incidents reported to the education bureau
// within 2 hours sets its own time: a report 2 hours and 1 minute after
// the incident is late.
func ExampleChecker_CheckIncidents() {
	cst := time.FixedZone("CST", 8*3600)
	policy, _ := insurance.ParsePolicy([]byte(`{"bureau_report_hours": 2}`))
	checker, _ := insurance.New(policy)
	at := time.Date(2025, time.May, 6, 10, 5, 0, 0, cst)
	findings, err := checker.CheckIncidents([]insurance.Incident{
		{ID: "A2025-0506", School: "S001", OccurredAt: at, ReportedToBureauAt: at.Add(2 * time.Hour)},
		{ID: "A2025-0509", School: "S002", OccurredAt: at, ReportedToBureauAt: at.Add(2*time.Hour + time.Minute)},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Println(f.Message(language.SimplifiedChinese))
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// S002/A2025-0509：事故发生2.02小时后才报告教育行政部门，超过2小时的报告时限
	// S002/A2025-0509: the incident was reported to the education bureau 2.02 hours after it happened, later than the 2-hour deadline
}

// Who funds the premium: a public school pays school liability from the
// running budget or the work-study funds, a private school from its own
// funds; poor pupils' accident insurance paid from the running budget is
// allowed and reported as a notice.
func ExampleChecker_CheckPremiums_funds() {
	checker, _ := insurance.New(insurance.DefaultPolicy())
	findings, err := checker.CheckPremiums([]insurance.Premium{
		{ID: "P1", School: "S001", Kind: insurance.SchoolLiability, Pupils: 800, Amount: decimal.RequireFromString("4000"),
			Payer: insurance.PayerPublic, Fund: insurance.FundWorkStudy},
		{ID: "P2", School: "S009", Kind: insurance.SchoolLiability, Pupils: 600, Amount: decimal.RequireFromString("3000"),
			Payer: insurance.PayerPublic, Fund: insurance.FundRunningBudget, Private: true},
		{ID: "P3", School: "S001", Kind: insurance.StudentAccident, Pupils: 12, Amount: decimal.RequireFromString("600"),
			Payer: insurance.PayerPublic, Fund: insurance.FundRunningBudget, PoorPupils: true},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Println(f.Severity, f.Message(language.SimplifiedChinese))
		fmt.Println(f.Severity, f.Message(language.English))
	}
	// Output:
	// violation P2：保费¥3,000.00的列支渠道不是该类学校规定的经费来源
	// violation P2: the premium of CN¥3,000.00 was paid from a fund the rules do not allow for this type of school
	// notice P3：从公用经费为12名贫困学生支付家长自愿投保险种的保费¥600.00（允许，予以登记）
	// notice P3: premiums of CN¥600.00 for the voluntary cover of 12 poor pupils were paid from the running budget (allowed; recorded)
}

// School liability cover runs from 1 September to 31 August. On 8 October
// 2025, S002's contract of the year before has lapsed and no new one has
// started; a claim of S001 from 2 September falls in no contract; and
// S001's claims of the year 2024–25 were paid beyond the aggregate its
// contract states.
func ExampleChecker_CheckContracts() {
	cst := time.FixedZone("CST", 8*3600)
	year := func(y int) houqin.Period {
		return houqin.Period{From: houqin.Date{Year: y, Month: time.September, Day: 1}, To: houqin.Date{Year: y + 1, Month: time.August, Day: 31}}
	}
	contracts := []insurance.Contract{
		{ID: "PL2024-001", School: "S001", Kind: insurance.SchoolLiability, Valid: year(2024), AnnualAggregate: decimal.RequireFromString("1000000")},
		{ID: "PL2025-001", School: "S001", Kind: insurance.SchoolLiability, Valid: houqin.Period{
			From: houqin.Date{Year: 2025, Month: time.September, Day: 5}, To: houqin.Date{Year: 2026, Month: time.August, Day: 31}}},
		{ID: "PL2024-002", School: "S002", Kind: insurance.SchoolLiability, Valid: year(2024)},
	}
	enrollments := []insurance.Enrollment{
		{School: "S001", Kind: insurance.SchoolLiability, Enrolled: 1200, Insured: 1200},
		{School: "S002", Kind: insurance.SchoolLiability, Enrolled: 450, Insured: 450},
	}
	claim := func(id string, month time.Month, day int, paid string) insurance.Claim {
		at := time.Date(2025, month, day, 10, 0, 0, 0, cst)
		return insurance.Claim{ID: id, Kind: insurance.SchoolLiability, School: "S001", IncidentAt: at, ReportedAt: at.Add(2 * time.Hour),
			DecidedOn: houqin.Date{Year: 2025, Month: month, Day: day + 1}, Status: insurance.StatusPaid,
			Claimed: decimal.RequireFromString(paid), Paid: decimal.RequireFromString(paid)}
	}
	claims := []insurance.Claim{
		claim("C1", time.March, 3, "600000"),
		claim("C2", time.June, 9, "400000.01"),
		claim("C3", time.September, 2, "1500"),
	}
	checker, _ := insurance.New(insurance.DefaultPolicy())
	findings, err := checker.CheckContracts(houqin.Date{Year: 2025, Month: time.October, Day: 8}, contracts, enrollments, claims)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Println(f.Message(language.SimplifiedChinese))
	}
	// Output:
	// 保单PL2024-001累计赔付¥1,000,000.01（2件），超过年度累计赔偿限额¥1,000,000.00，超出¥0.01
	// 理赔案件C3的事故发生于2025年9月2日，不在本校任何保单的保险期间内（保单年度2025年9月1日至2026年8月31日）
	// S002/school_liability：2025年10月8日无有效保单（保单年度2025年9月1日至2026年8月31日），450名学生未获保障
}
