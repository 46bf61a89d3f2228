package assessment_test

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// ratio is an observed ratio.
func ratio(s string) decimal.NullDecimal { return decimal.NewNullDecimal(testkit.Dec(s)) }

// p parses points: p("90.5") is Points(9050).
func p(s string) assessment.Points {
	v, err := assessment.PointsOf("", testkit.Dec(s))
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

func name(s string) assessment.Name { return assessment.Name{Hans: s, Hant: s, En: s} }

// allItems returns the items of r in rubric order: a section's items, then
// its sections'.
func allItems(r assessment.Rubric) []assessment.Item {
	var out []assessment.Item
	var walk func([]assessment.Section)
	walk = func(secs []assessment.Section) {
		for _, s := range secs {
			out = append(out, s.Items...)
			walk(s.Sections)
		}
	}
	walk(r.Sections)
	return out
}

// allSections returns the sections of r in rubric order, each before those
// it holds.
func allSections(r assessment.Rubric) []assessment.Section {
	var out []assessment.Section
	var walk func([]assessment.Section)
	walk = func(secs []assessment.Section) {
		for _, s := range secs {
			out = append(out, s)
			walk(s.Sections)
		}
	}
	walk(r.Sections)
	return out
}

// mustObserve reports whether every inspection observes the item.
func mustObserve(it assessment.Item) bool {
	switch it.Method {
	case assessment.Proportional, assessment.Judged:
		return true
	case assessment.Threshold:
		return len(it.Findings) == 0
	}
	return false
}

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
		ID: "small", Name: name("小"), Total: testkit.Dec("20"),
		Sections: []assessment.Section{
			{ID: "s1", Name: name("一"), Items: []assessment.Item{
				{ID: "check", Name: name("check"), Method: assessment.Checklist, Points: testkit.Dec("4"),
					Findings: []assessment.FindingRule{{Code: "test.check_code"}}},
				{ID: "ded", Name: name("ded"), Method: assessment.Deduction, Points: testkit.Dec("6"), Deduct: testkit.Dec("1.5"),
					Findings: []assessment.FindingRule{{Code: "test.ded_code", Deduct: testkit.Dec("2")}, {Code: "test.ded_default"}}},
			}},
			{ID: "s2", Name: name("二"), Items: []assessment.Item{
				{ID: "prop", Name: name("prop"), Method: assessment.Proportional, Points: testkit.Dec("10")},
				{ID: "bonus", Name: name("bonus"), Method: assessment.Bonus, Points: testkit.Dec("3"), Levels: []assessment.Level{
					{ID: "gold", Name: name("gold"), Points: testkit.Dec("2")},
					{ID: "silver", Name: name("silver"), Points: testkit.Dec("1.5")},
				}},
				{ID: "veto", Name: name("veto"), Method: assessment.Veto,
					Findings: []assessment.FindingRule{{Code: "test.veto_code"}}},
			}},
		},
		Grades: []assessment.Grade{
			{ID: "top", Name: name("top"), Min: testkit.Dec("18")},
			{ID: "mid", Name: name("mid"), Min: testkit.Dec("12")},
			{ID: "fail", Name: name("fail"), Min: testkit.Dec("0"), Fail: true},
		},
	}
}

// bigRubric returns a rubric of 100 items worth 100 points: 96 scored items in 12
// sections of 8 (deduction, checklist and proportional in turn; the first
// four worth 2 points, the rest 1; deduction items lose 0.25 per occurrence
// and 0.5 per finding of "bench.code_<i%7>"), then a section with two bonus
// items and two veto items (the second vetoing on "bench.veto").
func bigRubric() assessment.Rubric {
	r := assessment.Rubric{ID: "big", Name: name("big"), Total: testkit.Dec("100"), BonusCap: testkit.Dec("2")}
	for s := 0; s < 12; s++ {
		sec := assessment.Section{ID: "sec" + strconv.Itoa(s), Name: name("sec")}
		for k := 0; k < 8; k++ {
			i := s*8 + k
			it := assessment.Item{ID: "item" + strconv.Itoa(i), Name: name("item"), Points: testkit.Dec("1")}
			if i < 4 {
				it.Points = testkit.Dec("2")
			}
			switch i % 3 {
			case 0:
				it.Method = assessment.Deduction
				it.Deduct = testkit.Dec("0.25")
				it.Findings = []assessment.FindingRule{{Code: houqin.Code("bench.code_" + strconv.Itoa(i%7)), Deduct: testkit.Dec("0.5")}}
			case 1:
				it.Method = assessment.Checklist
			case 2:
				it.Method = assessment.Proportional
			}
			sec.Items = append(sec.Items, it)
		}
		r.Sections = append(r.Sections, sec)
	}
	levels := []assessment.Level{{ID: "a", Name: name("a"), Points: testkit.Dec("1")}, {ID: "b", Name: name("b"), Points: testkit.Dec("0.5")}}
	r.Sections = append(r.Sections, assessment.Section{ID: "extra", Name: name("extra"), Items: []assessment.Item{
		{ID: "bonus0", Name: name("b0"), Method: assessment.Bonus, Points: testkit.Dec("1.5"), Levels: levels},
		{ID: "bonus1", Name: name("b1"), Method: assessment.Bonus, Points: testkit.Dec("1"), Levels: levels, HighestOnly: true},
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

// randomRubric is a rubric of every method, with findings on checklist,
// deduction and veto items, bonus items that accumulate and that do not,
// and a bonus cap.
func randomRubric(rng *rand.Rand) assessment.Rubric {
	pts := func(h int64) decimal.Decimal { return decimal.New(h, -2) }
	r := assessment.Rubric{ID: "random", Name: assessment.Name{Hans: "快"}, BonusCap: pts(150 + rng.Int64N(200))}
	var total int64
	levels := []assessment.Level{{ID: "a", Name: assessment.Name{Hans: "a"}, Points: pts(100)}, {ID: "b", Name: assessment.Name{Hans: "b"}, Points: pts(50)}}
	for si := range 4 {
		sec := assessment.Section{ID: "s" + strconv.Itoa(si), Name: assessment.Name{Hans: "节"}}
		for k := range 6 + rng.IntN(6) {
			id := "i" + strconv.Itoa(si) + "_" + strconv.Itoa(k)
			it := assessment.Item{ID: id, Name: assessment.Name{Hans: id}, Method: assessment.Method(1 + rng.IntN(5))}
			switch it.Method {
			case assessment.Checklist:
				it.Points = pts(100 + rng.Int64N(300))
			case assessment.Deduction:
				it.Points = pts(100 + rng.Int64N(300))
				it.Deduct = pts(25 + rng.Int64N(100))
			case assessment.Proportional:
				it.Points = pts(100 + rng.Int64N(300))
			case assessment.Bonus:
				it.Points = pts(100 + rng.Int64N(100))
				it.Levels = levels
				it.HighestOnly = rng.IntN(2) == 0
			}
			if it.Method == assessment.Checklist || it.Method == assessment.Deduction || it.Method == assessment.Veto {
				for c := range rng.IntN(3) {
					fr := assessment.FindingRule{Code: houqin.Code("t.c" + strconv.Itoa((k+c)%5))}
					if it.Method == assessment.Deduction && rng.IntN(2) == 0 {
						fr.Deduct = pts(10 + rng.Int64N(200))
					}
					it.Findings = append(it.Findings, fr)
				}
			}
			if it.Method != assessment.Bonus && it.Method != assessment.Veto {
				p, _ := assessment.PointsOf("", it.Points)
				total += int64(p)
			}
			sec.Items = append(sec.Items, it)
		}
		r.Sections = append(r.Sections, sec)
	}
	r.Total = pts(total)
	r.Grades = []assessment.Grade{
		{ID: "top", Name: assessment.Name{Hans: "优"}, Min: pts(total * 9 / 10)},
		{ID: "mid", Name: assessment.Name{Hans: "中"}, Min: pts(total * 6 / 10)},
		{ID: "fail", Name: assessment.Name{Hans: "差"}, Min: decimal.Zero, Fail: true},
	}
	return r
}

// oddInspection observes the items of r, in rubric order or shuffled, most
// of the time as their methods want and now and then not (an unknown or
// repeated item, a field of another method, a count out of range, a ratio
// out of [0, 1] or written oddly, an unknown level, a proportional item
// left out).
func oddInspection(rng *rand.Rand, r assessment.Rubric) assessment.Inspection {
	odd := func() bool { return rng.IntN(150) == 0 }
	in := assessment.Inspection{School: "s", Round: "r"}
	if odd() {
		in.School = ""
	}
	for _, sec := range r.Sections {
		for _, it := range sec.Items {
			if it.Method != assessment.Proportional && rng.IntN(4) == 0 && !odd() {
				continue
			}
			o := assessment.Observation{Item: it.ID, Note: "n"}
			switch it.Method {
			case assessment.Deduction:
				o.Occurrences = rng.Int64N(6)
			case assessment.Checklist, assessment.Veto:
				o.Fail = rng.IntN(5) == 0
			case assessment.Proportional:
				o.Ratio = decimal.NewNullDecimal(decimal.New(rng.Int64N(1001), -3))
				if rng.IntN(3) == 0 {
					o.Ratio = decimal.NewNullDecimal(decimal.New(rng.Int64N(100_000_001), -8))
				}
			case assessment.Bonus:
				for range rng.IntN(4) {
					o.Levels = append(o.Levels, it.Levels[rng.IntN(len(it.Levels))].ID)
				}
			}
			switch {
			case !odd():
			case rng.IntN(2) == 0:
				o.Occurrences = rng.Int64N(3) - 1
			default:
				switch rng.IntN(7) {
				case 0:
					o.Item = "nope"
				case 1:
					o.Fail = true
				case 2:
					o.Ratio = decimal.NewNullDecimal(decimal.New(rng.Int64N(3)-1, int32(rng.IntN(5))-2))
				case 3:
					o.Ratio = decimal.NullDecimal{}
				case 4:
					o.Levels = []string{"zz"}
				case 5:
					o.Occurrences = assessment.MaxOccurrences + 1
				case 6:
					in.Observations = append(in.Observations, o) // twice
				}
			}
			in.Observations = append(in.Observations, o)
		}
	}
	if rng.IntN(3) > 0 {
		rng.Shuffle(len(in.Observations), func(i, j int) { in.Observations[i], in.Observations[j] = in.Observations[j], in.Observations[i] })
	}
	for range rng.IntN(8) {
		in.Findings = append(in.Findings, houqin.Finding{Code: houqin.Code("t.c" + strconv.Itoa(rng.IntN(7))), Severity: houqin.Violation, Subject: strconv.Itoa(rng.IntN(5))})
	}
	return in
}

// bigShapes returns a rubric of 100 items worth 100 points in the shapes of
// county rubrics: 5 A-level sections of 20 points, each of two B-level
// sections of 10 one-point items. Items cycle through deduction (0.25 per
// occurrence, 0.5 per finding of "bench.code_<i%7>"), checklist (tiers 1,
// 0.5), proportional, threshold (60%, −0.25 per 10% short) and judged
// (tiers 1, 0.5, 0 on every other one); every seventeenth is a key item.
func bigShapes() assessment.Rubric {
	d := testkit.Dec
	r := assessment.Rubric{ID: "shapes", Name: name("shapes"), Total: d("100"), Ungraded: false}
	for a := range 5 {
		top := assessment.Section{ID: "a" + strconv.Itoa(a), Name: name("A"), Points: d("20")}
		for b := range 2 {
			sub := assessment.Section{ID: "b" + strconv.Itoa(a*2+b), Name: name("B"), Points: d("10")}
			for k := range 10 {
				i := (a*2+b)*10 + k
				it := assessment.Item{ID: "item" + strconv.Itoa(i), Name: name("item"), CheckBy: name("查看记录"), Points: d("1"), Key: i%17 == 0}
				switch i % 5 {
				case 0:
					it.Method, it.Deduct = assessment.Deduction, d("0.25")
					it.Findings = []assessment.FindingRule{{Code: houqin.Code("bench.code_" + strconv.Itoa(i%7)), Deduct: d("0.5")}}
				case 1:
					it.Method, it.Tiers = assessment.Checklist, []decimal.Decimal{d("1"), d("0.5")}
				case 2:
					it.Method = assessment.Proportional
				case 3:
					it.Method, it.Threshold, it.Step, it.Deduct = assessment.Threshold, d("0.6"), d("0.1"), d("0.25")
				case 4:
					it.Method = assessment.Judged
					if i%10 == 4 {
						it.Tiers = []decimal.Decimal{d("1"), d("0.5"), d("0")}
					}
				}
				sub.Items = append(sub.Items, it)
			}
			top.Sections = append(top.Sections, sub)
		}
		r.Sections = append(r.Sections, top)
	}
	return r
}

// bigShapesInspection returns an inspection of bigShapes for school i with
// an observation of every item in rubric order, and a few findings.
func bigShapesInspection(i int) assessment.Inspection {
	in := assessment.Inspection{School: "school-" + strconv.Itoa(i), Round: "r1"}
	for k := range 100 {
		o := assessment.Observation{Item: "item" + strconv.Itoa(k)}
		switch k % 5 {
		case 0:
			o.Occurrences = int64((i + k) % 4)
		case 1:
			o.Fail = (i+k)%5 == 0
		case 2:
			o.Ratio = decimal.NewNullDecimal(decimal.New(int64((i*7+k*13)%101), -2))
		case 3:
			o.Ratio = decimal.NewNullDecimal(decimal.New(int64((i*11+k*7)%101), -2))
		case 4:
			o.Awarded = decimal.NewNullDecimal(decimal.New(int64((i+k)%3)*50, -2))
		}
		in.Observations = append(in.Observations, o)
	}
	for k := range 4 {
		in.Findings = append(in.Findings, houqin.Finding{Code: houqin.Code("bench.code_" + strconv.Itoa((i+k)%9)),
			Severity: houqin.Violation, Subject: "c" + strconv.Itoa(k)})
	}
	return in
}
