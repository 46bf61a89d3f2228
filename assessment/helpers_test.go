package assessment_test

import (
	"strconv"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// d parses a decimal literal of a test.
func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// ratio is an observed ratio.
func ratio(s string) decimal.NullDecimal { return decimal.NewNullDecimal(d(s)) }

// p parses points: p("90.5") is Points(9050).
func p(s string) assessment.Points {
	v, err := assessment.PointsOf("", d(s))
	if err != nil {
		panic(err)
	}
	return v
}

func mustNew(t testing.TB, r assessment.Rubric, pol assessment.Policy) *assessment.Assessor {
	t.Helper()
	a, err := assessment.New(r, pol)
	require.NoError(t, err)
	return a
}

// fields lists the fields of every *houqin.InputError in err.
func fields(t testing.TB, err error) []string {
	t.Helper()
	var out []string
	for _, ie := range houqin.InputErrors(err) {
		out = append(out, ie.Field)
	}
	return out
}

func name(s string) assessment.Name { return assessment.Name{Hans: s, Hant: s, En: s} }

// small is a rubric of 20 points with one item of each method:
//
//	s1: check (checklist, 4; fails on test.check_code)
//	    ded   (deduction, 6, 1.5 per occurrence; test.ded_code 2 per finding,
//	           test.ded_default the item's 1.5)
//	s2: prop  (proportional, 10)
//	    bonus (bonus, cap 3: gold 2, silver 1.5)
//	    veto  (veto; vetoes on test.veto_code)
//
// Bands: ≥18 top, ≥12 mid, <12 fail.
func small() assessment.Rubric {
	return assessment.Rubric{
		ID: "small", Name: name("小"), Total: d("20"),
		Sections: []assessment.Section{
			{ID: "s1", Name: name("一"), Items: []assessment.Item{
				{ID: "check", Name: name("check"), Method: assessment.Checklist, Points: d("4"),
					Findings: []assessment.FindingRule{{Code: "test.check_code"}}},
				{ID: "ded", Name: name("ded"), Method: assessment.Deduction, Points: d("6"), Deduct: d("1.5"),
					Findings: []assessment.FindingRule{{Code: "test.ded_code", Deduct: d("2")}, {Code: "test.ded_default"}}},
			}},
			{ID: "s2", Name: name("二"), Items: []assessment.Item{
				{ID: "prop", Name: name("prop"), Method: assessment.Proportional, Points: d("10")},
				{ID: "bonus", Name: name("bonus"), Method: assessment.Bonus, Points: d("3"), Levels: []assessment.Level{
					{ID: "gold", Name: name("gold"), Points: d("2")},
					{ID: "silver", Name: name("silver"), Points: d("1.5")},
				}},
				{ID: "veto", Name: name("veto"), Method: assessment.Veto,
					Findings: []assessment.FindingRule{{Code: "test.veto_code"}}},
			}},
		},
		Grades: []assessment.Grade{
			{ID: "top", Name: name("top"), Min: d("18")},
			{ID: "mid", Name: name("mid"), Min: d("12")},
			{ID: "fail", Name: name("fail"), Min: d("0"), Fail: true},
		},
	}
}

// bigRubric returns a rubric of 100 items worth 100 points: 96 scored items in 12
// sections of 8 (deduction, checklist and proportional in turn; the first
// four worth 2 points, the rest 1; deduction items lose 0.25 per occurrence
// and 0.5 per finding of "bench.code_<i%7>"), then a section with two bonus
// items and two veto items (the second vetoing on "bench.veto").
func bigRubric() assessment.Rubric {
	r := assessment.Rubric{ID: "big", Name: name("big"), Total: d("100"), BonusCap: d("2")}
	for s := 0; s < 12; s++ {
		sec := assessment.Section{ID: "sec" + strconv.Itoa(s), Name: name("sec")}
		for k := 0; k < 8; k++ {
			i := s*8 + k
			it := assessment.Item{ID: "item" + strconv.Itoa(i), Name: name("item"), Points: d("1")}
			if i < 4 {
				it.Points = d("2")
			}
			switch i % 3 {
			case 0:
				it.Method = assessment.Deduction
				it.Deduct = d("0.25")
				it.Findings = []assessment.FindingRule{{Code: houqin.Code("bench.code_" + strconv.Itoa(i%7)), Deduct: d("0.5")}}
			case 1:
				it.Method = assessment.Checklist
			case 2:
				it.Method = assessment.Proportional
			}
			sec.Items = append(sec.Items, it)
		}
		r.Sections = append(r.Sections, sec)
	}
	levels := []assessment.Level{{ID: "a", Name: name("a"), Points: d("1")}, {ID: "b", Name: name("b"), Points: d("0.5")}}
	r.Sections = append(r.Sections, assessment.Section{ID: "extra", Name: name("extra"), Items: []assessment.Item{
		{ID: "bonus0", Name: name("b0"), Method: assessment.Bonus, Points: d("1.5"), Levels: levels},
		{ID: "bonus1", Name: name("b1"), Method: assessment.Bonus, Points: d("1"), Levels: levels, HighestOnly: true},
		{ID: "veto0", Name: name("v0"), Method: assessment.Veto},
		{ID: "veto1", Name: name("v1"), Method: assessment.Veto, Findings: []assessment.FindingRule{{Code: "bench.veto"}}},
	}})
	return r
}

// bigInspection returns an inspection of the big rubric for school i with
// an observation of every item in rubric order, and a few findings.
func bigInspection(i int) assessment.Inspection {
	in := assessment.Inspection{School: "school-" + strconv.Itoa(i), Round: "r1"}
	for k := 0; k < 96; k++ {
		o := assessment.Observation{Item: "item" + strconv.Itoa(k)}
		switch k % 3 {
		case 0:
			o.Occurrences = int64((i + k) % 4)
		case 1:
			o.Fail = (i+k)%5 == 0
		case 2:
			o.Ratio = decimal.NewNullDecimal(decimal.New(int64((i*7+k*13)%101), -2))
		}
		in.Observations = append(in.Observations, o)
	}
	in.Observations = append(in.Observations,
		assessment.Observation{Item: "bonus0", Levels: []string{"a", "b"}},
		assessment.Observation{Item: "bonus1", Levels: []string{"b", "a"}},
		assessment.Observation{Item: "veto0", Fail: i%50 == 0},
		assessment.Observation{Item: "veto1"},
	)
	for k := 0; k < 4; k++ {
		in.Findings = append(in.Findings, houqin.Finding{Code: houqin.Code("bench.code_" + strconv.Itoa((i+k)%9)),
			Severity: houqin.Violation, Subject: "c" + strconv.Itoa(k)})
	}
	return in
}
