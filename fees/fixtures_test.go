package fees_test

import (
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func day(y int, m time.Month, d int) houqin.Date { return houqin.Date{Year: y, Month: m, Day: d} }

// testCatalog is a small region's catalog: one item of each shape the rules
// care about.
func testCatalog() fees.Catalog {
	return fees.Catalog{
		Region: "测试县 2025",
		Items: []fees.Item{
			{Code: "uniform", Name: "学生装", Kind: fees.Service, Category: fees.Uniform, Unit: fees.PerSet,
				Standard: testkit.Dec("80.00"), Basis: "鄂价费规〔2012〕114号", Voluntary: true,
				Stages: []fees.Stage{fees.Primary, fees.JuniorSecondary}, Grades: []int{1, 3, 4, 7, 9}},
			{Code: "exercise_books", Name: "作业本费", Kind: fees.Agency, Category: fees.ExerciseBooks, Unit: fees.PerTerm,
				Standard: testkit.Dec("10.00"), Basis: "测价费〔2025〕1号", Stages: []fees.Stage{fees.Primary, fees.JuniorSecondary}},
			{Code: "textbooks", Name: "课本费", Kind: fees.Agency, Category: fees.Textbooks, Unit: fees.PerTerm,
				Standard: testkit.Dec("120.00"), Basis: "测价费〔2025〕1号", Shortfall: fees.ShortfallTopUp},
			{Code: "meals", Name: "伙食费", Kind: fees.Service, Category: fees.Meals, Unit: fees.PerMonth,
				Standard: testkit.Dec("150.00"), Basis: "测价费〔2025〕1号", Voluntary: true},
			{Code: "milk", Name: "学生饮用奶", Kind: fees.Service, Category: fees.Milk, Unit: fees.PerTerm,
				Standard: testkit.Dec("60.00"), Basis: "测价费〔2025〕1号"},
			{Code: "accident", Name: "学生平安险", Kind: fees.Service, Category: fees.AccidentInsurance, Unit: fees.PerYear,
				Standard: testkit.Dec("50.00"), Basis: "测价费〔2025〕1号", Voluntary: true},
			{Code: "computer", Name: "上机费", Kind: fees.OneFee, Category: fees.ComputerTime, Unit: fees.PerTerm,
				Standard: testkit.Dec("20.00"), Basis: "测价费〔2025〕1号"},
			{Code: "boarding", Name: "住宿费", Kind: fees.Service, Category: fees.Boarding, Unit: fees.PerTerm,
				Standard: testkit.Dec("200.00"), Basis: "测价费〔2025〕1号", Stages: []fees.Stage{fees.SeniorSecondary}, Shortfall: fees.ShortfallBorne},
			{Code: "misc", Name: "杂费", Kind: fees.OneFee, Unit: fees.PerTerm, Standard: testkit.Dec("30.00"), Basis: "测价费〔2025〕1号"},
			{Code: "care", Name: "课后服务费", Kind: fees.Service, Unit: fees.PerTerm, Standard: testkit.Dec("100.00"),
				Basis: "测价费〔2025〕2号", Voluntary: true},
			{Code: "dorm", Name: "住宿费（学年）", Kind: fees.Service, Category: fees.Boarding, Unit: fees.PerYear,
				Standard: testkit.Dec("800.00"), Basis: "测价费〔2025〕2号"},
		},
	}
}

// kitchenPolicy is the default policy with every rule switched on: the
// one-fee cap as well.
func kitchenPolicy() fees.Policy {
	p := fees.DefaultPolicy()
	p.OneFee.Enabled = true
	return p
}

func newAuditor(t testing.TB, p fees.Policy) *fees.Auditor {
	t.Helper()
	a, err := fees.New(p, testCatalog())
	require.NoError(t, err)
	return a
}

// cleanCharge is a charge that breaks no rule: exercise books at the
// standard, published and collected on 1 September, by the school.
func cleanCharge() fees.Charge {
	return fees.Charge{
		ID: "c1", Item: "exercise_books", Amount: testkit.Dec("10.00"), Pupils: 100,
		Published: day(2025, 9, 1), Collected: day(2025, 9, 1), Consents: 100,
		Handler: fees.HandlerSchool,
	}
}

// baseFiling is a filing of an urban primary school audited mid-term.
func baseFiling(cs ...fees.Charge) fees.Filing {
	return fees.Filing{
		School: "school-1", Stage: fees.Primary,
		TermEnd: day(2026, 1, 20), AsOf: day(2025, 10, 15),
		Charges: cs,
	}
}

// codes lists the codes of findings, in order.
func codes(fs houqin.Findings) []houqin.Code {
	out := make([]houqin.Code, 0, len(fs))
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

// factNames lists the names of a finding's facts, in order.
func factNames(f houqin.Finding) []string {
	out := make([]string, len(f.Facts))
	for i, x := range f.Facts {
		out[i] = x.Name
	}
	return out
}

// yuanFact is the value of a yuan fact of f.
func yuanFact(t testing.TB, f houqin.Finding, name string) decimal.Decimal {
	t.Helper()
	v, ok := f.Fact(name)
	require.True(t, ok, "fact %s of %s", name, f.Code)
	return v
}
