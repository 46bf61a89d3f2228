package assessment_test

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ev is the part of an Evidence a table checks.
type ev struct {
	item   string
	from   assessment.Source
	index  int
	points string
	taken  string
}

func evidence(r assessment.Result) []ev {
	var out []ev
	for _, e := range r.Trail {
		out = append(out, ev{e.Item, e.From, e.Index, e.Points.String(), e.Taken.String()})
	}
	return out
}

func finding(c houqin.Code, subject string) houqin.Finding {
	return houqin.Finding{Code: c, Severity: houqin.Violation, Subject: subject}
}

const (
	obs = assessment.FromObservation
	fnd = assessment.FromFinding
)

// TestScoreMethods scores the small rubric (20 points: check 4, ded 6 at
// 1.5 a time, prop 10, bonus up to 3, veto; bands ≥18 top, ≥12 mid). Each
// inspection has prop observed at 1 unless the row says otherwise.
func TestScoreMethods(t *testing.T) {
	tests := []struct {
		name     string
		obs      []assessment.Observation
		findings houqin.Findings
		score    string
		grade    string
		items    map[string]string // item scores that differ from full marks
		trail    []ev
		vetoed   []string
	}{
		{name: "nothing recorded: full marks", score: "20", grade: "top"},
		{name: "checklist failed by the observation", obs: []assessment.Observation{{Item: "check", Fail: true}},
			score: "16", grade: "mid", items: map[string]string{"check": "0"},
			trail: []ev{{"check", obs, 1, "4", "4"}}},
		{name: "checklist failed by a finding", findings: houqin.Findings{finding("test.check_code", "c1")},
			score: "16", grade: "mid", items: map[string]string{"check": "0"},
			trail: []ev{{"check", fnd, 0, "4", "4"}}},
		{name: "checklist failed twice: the first evidence takes all",
			obs:      []assessment.Observation{{Item: "check", Fail: true}},
			findings: houqin.Findings{finding("test.check_code", "c1"), finding("test.check_code", "c2")},
			score:    "16", grade: "mid", items: map[string]string{"check": "0"},
			trail: []ev{{"check", obs, 1, "4", "4"}, {"check", fnd, 0, "4", "0"}, {"check", fnd, 1, "4", "0"}}},
		{name: "checklist passed", obs: []assessment.Observation{{Item: "check"}}, score: "20", grade: "top"},
		{name: "one occurrence: 6 − 1.5", obs: []assessment.Observation{{Item: "ded", Occurrences: 1}},
			score: "18.5", grade: "top", items: map[string]string{"ded": "4.5"},
			trail: []ev{{"ded", obs, 1, "1.5", "1.5"}}},
		{name: "four occurrences reach the cap exactly", obs: []assessment.Observation{{Item: "ded", Occurrences: 4}},
			score: "14", grade: "mid", items: map[string]string{"ded": "0"},
			trail: []ev{{"ded", obs, 1, "6", "6"}}},
		{name: "five occurrences are capped at the item's points",
			obs:   []assessment.Observation{{Item: "ded", Occurrences: 5}},
			score: "14", grade: "mid", items: map[string]string{"ded": "0"},
			trail: []ev{{"ded", obs, 1, "7.5", "6"}}},
		{name: "zero occurrences take nothing", obs: []assessment.Observation{{Item: "ded", Occurrences: 0, Note: "ok"}},
			score: "20", grade: "top"},
		{name: "findings deduct per code: 2 + 2 + 1.5",
			findings: houqin.Findings{finding("test.ded_code", "a"), finding("test.ded_default", "b"), finding("test.ded_code", "c")},
			score:    "14.5", grade: "mid", items: map[string]string{"ded": "0.5"},
			trail: []ev{{"ded", fnd, 0, "2", "2"}, {"ded", fnd, 1, "1.5", "1.5"}, {"ded", fnd, 2, "2", "2"}}},
		{name: "the observation first, then the findings, to the cap",
			obs:      []assessment.Observation{{Item: "ded", Occurrences: 3}},
			findings: houqin.Findings{finding("test.ded_code", "a"), finding("test.ded_code", "b")},
			score:    "14", grade: "mid", items: map[string]string{"ded": "0"},
			trail: []ev{{"ded", obs, 1, "4.5", "4.5"}, {"ded", fnd, 0, "2", "1.5"}, {"ded", fnd, 1, "2", "0"}}},
		{name: "proportional: 10 × 0.875", obs: []assessment.Observation{{Item: "prop", Ratio: ratio("0.875")}},
			score: "18.75", grade: "top", items: map[string]string{"prop": "8.75"},
			trail: []ev{{"prop", obs, 0, "1.25", "1.25"}}},
		{name: "proportional: nothing achieved", obs: []assessment.Observation{{Item: "prop", Ratio: ratio("0")}},
			score: "10", grade: "fail", items: map[string]string{"prop": "0"},
			trail: []ev{{"prop", obs, 0, "10", "10"}}},
		{name: "proportional: 10 × 0.1225 = 1.225, half-up to 1.23",
			obs:   []assessment.Observation{{Item: "prop", Ratio: ratio("0.1225")}},
			score: "11.23", grade: "fail", items: map[string]string{"prop": "1.23"},
			trail: []ev{{"prop", obs, 0, "8.77", "8.77"}}},
		{name: "bonus levels add up to the cap: 2 + 1.5 → 3",
			obs:   []assessment.Observation{{Item: "bonus", Levels: []string{"gold", "silver"}}},
			score: "23", grade: "top", items: map[string]string{"bonus": "3"}},
		{name: "a level may repeat: 1.5 + 1.5",
			obs:   []assessment.Observation{{Item: "bonus", Levels: []string{"silver", "silver"}}},
			score: "23", grade: "top", items: map[string]string{"bonus": "3"}},
		{name: "one level", obs: []assessment.Observation{{Item: "bonus", Levels: []string{"silver"}}},
			score: "21.5", grade: "top", items: map[string]string{"bonus": "1.5"}},
		{name: "a veto at full marks fails", obs: []assessment.Observation{{Item: "veto", Fail: true, Note: "食物中毒"}},
			score: "20", grade: "fail", vetoed: []string{"veto"},
			trail: []ev{{"veto", obs, 1, "0", "0"}}},
		{name: "a veto by a finding", findings: houqin.Findings{finding("test.veto_code", "canteen-1")},
			score: "20", grade: "fail", vetoed: []string{"veto"},
			trail: []ev{{"veto", fnd, 0, "0", "0"}}},
		{name: "a veto item observed without fail does not veto", obs: []assessment.Observation{{Item: "veto"}},
			score: "20", grade: "top"},
		{name: "findings of codes no item lists are ignored",
			findings: houqin.Findings{finding("canteen.surplus_over_ceiling", "x")}, score: "20", grade: "top"},
		// Band boundaries, exact to the hundredth.
		{name: "exactly 18 is top", findings: houqin.Findings{finding("test.ded_code", "a")},
			score: "18", grade: "top", items: map[string]string{"ded": "4"}, trail: []ev{{"ded", fnd, 0, "2", "2"}}},
		{name: "17.99 is mid", obs: []assessment.Observation{{Item: "prop", Ratio: ratio("0.799")}},
			score: "17.99", grade: "mid", items: map[string]string{"prop": "7.99"}, trail: []ev{{"prop", obs, 0, "2.01", "2.01"}}},
		{name: "exactly 12 is mid", obs: []assessment.Observation{{Item: "prop", Ratio: ratio("0.2")}},
			score: "12", grade: "mid", items: map[string]string{"prop": "2"}, trail: []ev{{"prop", obs, 0, "8", "8"}}},
		{name: "11.99 fails", obs: []assessment.Observation{{Item: "prop", Ratio: ratio("0.199")}},
			score: "11.99", grade: "fail", items: map[string]string{"prop": "1.99"}, trail: []ev{{"prop", obs, 0, "8.01", "8.01"}}},
	}
	a := mustNew(t, small(), assessment.DefaultPolicy())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := assessment.Inspection{School: "s", Round: "r", Findings: tt.findings}
			hasProp := false
			for _, o := range tt.obs {
				hasProp = hasProp || o.Item == "prop"
			}
			if !hasProp {
				in.Observations = append(in.Observations, assessment.Observation{Item: "prop", Ratio: ratio("1")})
			}
			in.Observations = append(in.Observations, tt.obs...)
			r, err := a.Score(in)
			require.NoError(t, err)
			assert.Equal(t, tt.score, r.Score.String(), "score")
			assert.Equal(t, tt.grade, r.Grade, "grade")
			assert.Equal(t, tt.grade == "fail", r.Fail)
			assert.Equal(t, tt.vetoed, r.Vetoed)
			assert.Equal(t, tt.trail, evidence(r))
			full := map[string]string{"check": "4", "ded": "6", "prop": "10", "bonus": "0", "veto": "0"}
			for _, is := range r.Items {
				want := full[is.Item]
				if w, ok := tt.items[is.Item]; ok {
					want = w
				}
				assert.Equal(t, want, is.Score.String(), is.Item)
			}
			checkResult(t, a, r)
		})
	}
}

// checkResult checks the invariants of a result: items add up to their
// sections, sections to the sections that hold them (up to a cap) and to the
// total, evidence taken adds up to each item's loss, vetoes and failed key
// items are listed in rubric order, and the grade is that of the score.
func checkResult(t *testing.T, a *assessment.Assessor, r assessment.Result) {
	t.Helper()
	rub := a.Rubric()
	taken := map[string]assessment.Points{}
	for _, e := range r.Trail {
		taken[e.Item] += e.Taken
		assert.LessOrEqual(t, e.Taken, e.Points)
		assert.GreaterOrEqual(t, e.Taken, assessment.Points(0))
	}
	items := allItems(rub)
	require.Len(t, r.Items, len(items))
	secs := allSections(rub)
	require.Len(t, r.Sections, len(secs))
	at := map[string]int{} // section id → index
	for k, sec := range secs {
		at[sec.ID] = k
	}
	sums := make([]assessment.Points, len(secs))
	maxes := make([]assessment.Points, len(secs))
	var bonus, total assessment.Points
	k := 0
	var walk func([]assessment.Section)
	walk = func(ss []assessment.Section) {
		for _, sec := range ss {
			si := at[sec.ID]
			for _, it := range sec.Items {
				is := r.Items[k]
				k++
				require.Equal(t, it.ID, is.Item)
				assert.Equal(t, it.CheckBy, is.CheckBy)
				sums[si] += is.Score
				assert.GreaterOrEqual(t, is.Score, assessment.Points(0))
				assert.LessOrEqual(t, is.Score, is.Max)
				switch it.Method {
				case assessment.Bonus:
					bonus += is.Score
				case assessment.Veto:
					assert.Zero(t, is.Score)
				default:
					maxes[si] += is.Max
					assert.Equal(t, is.Max-is.Score, taken[it.ID], "evidence of %s adds up to its loss", it.ID)
					if len(it.Tiers) > 0 {
						assert.True(t, slices.ContainsFunc(it.Tiers, func(d decimal.Decimal) bool { return d.Equal(is.Score.Decimal()) }),
							"%s scores one of its tiers", it.ID)
					}
				}
				assert.Equal(t, it.Key && is.Score < is.Max, slices.Contains(r.KeyFailed, it.ID))
			}
			walk(sec.Sections)
		}
	}
	walk(rub.Sections)
	for si := len(secs) - 1; si >= 0; si-- {
		sec := secs[si]
		got := r.Sections[si]
		assert.Equal(t, sec.ID, got.Section)
		want, max := sums[si], maxes[si]
		if sec.Capped {
			cap, err := assessment.PointsOf("", sec.Points)
			require.NoError(t, err)
			want, max = min(want, cap), cap
		}
		assert.Equal(t, want, got.Score, "section %s", sec.ID)
		assert.Equal(t, max, got.Max, "section %s", sec.ID)
		if got.Parent == "" {
			total += got.Score
		} else {
			p := at[got.Parent]
			require.Less(t, p, si, "a section comes after the one that holds it")
			sums[p] += got.Score
			maxes[p] += got.Max
		}
	}
	assert.Equal(t, total, r.Score)
	assert.Equal(t, bonus, r.Bonus)
	assert.LessOrEqual(t, r.Score, a.MaxScore())
	switch {
	case rub.Ungraded:
		assert.Empty(t, r.Grade)
		assert.Equal(t, len(r.Vetoed) > 0, r.Fail)
	case len(r.Vetoed) == 0:
		g, _ := a.Grade(r.Grade)
		min, _ := assessment.PointsOf("", g.Min)
		assert.GreaterOrEqual(t, r.Score, min)
	}
}

func TestScoreHighestOnly(t *testing.T) {
	r := small()
	r.Sections[1].Items[1].HighestOnly = true
	a := mustNew(t, r, assessment.DefaultPolicy())
	res, err := a.Score(assessment.Inspection{School: "s", Observations: []assessment.Observation{
		{Item: "prop", Ratio: ratio("1")}, {Item: "bonus", Levels: []string{"silver", "gold", "silver"}}}})
	require.NoError(t, err)
	assert.Equal(t, p("2"), res.Items[3].Score, "levels do not accumulate: the highest, gold, counts")
	assert.Equal(t, p("22"), res.Score)
}

func TestScoreBonusCap(t *testing.T) {
	// big: BonusCap 2; bonus0 (cap 1.5) gets a + b = 1.5; bonus1 (cap 1,
	// highest only) gets 1; together 2.5, capped at 2 in rubric order.
	a := mustNew(t, bigRubric(), assessment.DefaultPolicy())
	res, err := a.Score(bigInspection(1))
	require.NoError(t, err)
	assert.Equal(t, p("1.5"), res.Items[96].Score)
	assert.Equal(t, p("0.5"), res.Items[97].Score)
	assert.Equal(t, p("2"), res.Bonus)
	checkResult(t, a, res)
}

func TestScoreRounding(t *testing.T) {
	tests := []struct {
		ratio string
		mode  houqin.Rounding
		want  string
	}{
		{"0.1225", houqin.RoundHalfUp, "1.23"}, // 10 × 0.1225 = 1.225
		{"0.1225", houqin.RoundHalfEven, "1.22"},
		{"0.1225", houqin.RoundFloor, "1.22"},
		{"0.1225", houqin.RoundCeil, "1.23"},
		{"0.1235", houqin.RoundHalfEven, "1.24"}, // 1.235: 123 is odd
		{"0.1235", houqin.RoundHalfUp, "1.24"},
		{"0.12351", houqin.RoundHalfEven, "1.24"}, // above the half
		{"0.12349", houqin.RoundHalfUp, "1.23"},   // below the half
		{"0.12341", houqin.RoundCeil, "1.24"},
		{"0.12349", houqin.RoundFloor, "1.23"},
		{"0.123", houqin.RoundCeil, "1.23"}, // exact: no rounding
		{"1.000000000", houqin.RoundHalfUp, "10"},
		{"0.00000001", houqin.RoundCeil, "0.01"},
		{"0.00000001", houqin.RoundHalfUp, "0"},
	}
	for _, tt := range tests {
		t.Run(tt.ratio+" "+tt.mode.String(), func(t *testing.T) {
			pol := assessment.DefaultPolicy()
			pol.Rounding = tt.mode
			in := assessment.Inspection{School: "s", Observations: []assessment.Observation{{Item: "prop", Ratio: ratio(tt.ratio)}}}
			r, err := mustNew(t, small(), pol).Score(in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.Items[2].Score.String())
		})
	}
}

func TestScoreRatios(t *testing.T) {
	tests := []struct {
		name string
		r    decimal.Decimal
		ok   bool
	}{
		{"one", testkit.Dec("1"), true},
		{"one with trailing zeros beyond eight places", testkit.Dec("1.0000000000"), true},
		{"zero", decimal.Decimal{}, true},
		{"negative zero", testkit.Dec("-0"), true},
		{"a positive exponent", decimal.New(1, 1), false},
		{"ten", testkit.Dec("10"), false},
		{"finer than 10⁻⁸", testkit.Dec("0.000000001"), false},
		{"just above one", testkit.Dec("1.00000001"), false},
		{"negative", testkit.Dec("-0.00000001"), false},
		{"a huge coefficient", testkit.Dec("123456789012345678901234567890.5"), false},
	}
	a := mustNew(t, small(), assessment.DefaultPolicy())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := a.Score(assessment.Inspection{School: "s", Observations: []assessment.Observation{
				{Item: "prop", Ratio: decimal.NewNullDecimal(tt.r)}}})
			if tt.ok {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, []string{"observations[0].ratio"}, testkit.Fields(err))
		})
	}
}

// ScoreTo into a reused result gives what Score gives, and allocates
// nothing once the result's memory is large enough.
func TestScoreTo(t *testing.T) {
	a := mustNew(t, bigRubric(), assessment.DefaultPolicy())
	var dst assessment.Result
	for i := range 60 {
		in := bigInspection(i)
		want, err := a.Score(in)
		require.NoError(t, err)
		require.NoError(t, a.ScoreTo(&dst, in))
		assert.Equal(t, want.Score, dst.Score)
		assert.Equal(t, want.Items, dst.Items)
		assert.Equal(t, want.Sections, dst.Sections)
		assert.Equal(t, want.Trail, dst.Trail)
		assert.Equal(t, len(want.Vetoed), len(dst.Vetoed))
		assert.Equal(t, want.Grade, dst.Grade)
	}
	in := bigInspection(50) // vetoed, the longest trail
	allocs := testing.AllocsPerRun(100, func() { _ = a.ScoreTo(&dst, in) })
	assert.Zero(t, allocs)

	// An error leaves the zero result, memory kept.
	err := a.ScoreTo(&dst, assessment.Inspection{School: "s"})
	require.ErrorIs(t, err, houqin.ErrInvalidInput)
	assert.Zero(t, dst.Score)
	assert.Empty(t, dst.Items)
	assert.Positive(t, cap(dst.Items))
	assert.Empty(t, dst.Grade)

	// A result of another rubric is overwritten whole.
	s := mustNew(t, small(), assessment.DefaultPolicy())
	require.NoError(t, a.ScoreTo(&dst, bigInspection(3)))
	sin := assessment.Inspection{School: "t", Observations: []assessment.Observation{{Item: "prop", Ratio: ratio("0.5")}}}
	require.NoError(t, s.ScoreTo(&dst, sin))
	want, _ := s.Score(sin)
	assert.Equal(t, want.Items, dst.Items)
	assert.Equal(t, want.Trail, dst.Trail)
}

// ScoreTo into memory that held other results gives exactly what Score
// gives into fresh memory, on rubrics of every method under every rounding,
// and refuses what Score refuses, leaving the zero result.
func TestScoreToDirtyMemory(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 30))
	scored, refused := 0, 0
	for range 80 {
		r := randomRubric(rng)
		pol := assessment.DefaultPolicy()
		pol.Rounding = houqin.Rounding(rng.IntN(4))
		a := mustNew(t, r, pol)
		dst := assessment.Result{Items: make([]assessment.ItemScore, 3, 500), Trail: make([]assessment.Evidence, 7, 500),
			Sections: make([]assessment.SectionScore, 1, 50), Vetoed: make([]string, 2, 50), Grade: "stale"}
		dst.Items[0].Item, dst.Trail[0].Note, dst.Trail[1].Code, dst.Vetoed[0] = "x", "y", "z.z", "v"
		for range 40 {
			in := oddInspection(rng, r)
			want, wantErr := a.Score(in)
			err := a.ScoreTo(&dst, in)
			if wantErr != nil {
				refused++
				require.ErrorIs(t, err, houqin.ErrInvalidInput)
				assert.Equal(t, wantErr.Error(), err.Error())
				assert.Empty(t, dst.Items)
				assert.Empty(t, dst.Grade)
				continue
			}
			scored++
			require.NoError(t, err)
			checkResult(t, a, want)
			// Fresh memory has nil for an empty trail; reused memory, an
			// empty slice.
			got := dst
			if len(got.Trail) == 0 {
				got.Trail = want.Trail
			}
			if len(got.Vetoed) == 0 {
				got.Vetoed = want.Vetoed
			}
			require.Equal(t, want, got)
		}
	}
	assert.Greater(t, scored, 1000)
	assert.Greater(t, refused, 300)
}

func TestScoreErrors(t *testing.T) {
	prop := assessment.Observation{Item: "prop", Ratio: ratio("1")}
	tests := []struct {
		name   string
		in     assessment.Inspection
		fields []string
	}{
		{"no school", assessment.Inspection{Observations: []assessment.Observation{prop}}, []string{"school"}},
		{"unknown item", assessment.Inspection{School: "s", Observations: []assessment.Observation{prop, {Item: "nope"}}},
			[]string{"observations[1].item"}},
		{"second observation of an item", assessment.Inspection{School: "s", Observations: []assessment.Observation{prop, prop}},
			[]string{"observations[1].item"}},
		{"negative occurrences", assessment.Inspection{School: "s", Observations: []assessment.Observation{prop, {Item: "ded", Occurrences: -1}}},
			[]string{"observations[1].occurrences"}},
		{"too many occurrences", assessment.Inspection{School: "s", Observations: []assessment.Observation{prop, {Item: "ded", Occurrences: assessment.MaxOccurrences + 1}}},
			[]string{"observations[1].occurrences"}},
		{"occurrences on a checklist", assessment.Inspection{School: "s", Observations: []assessment.Observation{prop, {Item: "check", Occurrences: 1}}},
			[]string{"observations[1].occurrences"}},
		{"fail on a deduction item", assessment.Inspection{School: "s", Observations: []assessment.Observation{prop, {Item: "ded", Fail: true}}},
			[]string{"observations[1].fail"}},
		{"ratio on a checklist", assessment.Inspection{School: "s", Observations: []assessment.Observation{prop, {Item: "check", Ratio: ratio("1")}}},
			[]string{"observations[1].ratio"}},
		{"levels on a veto item", assessment.Inspection{School: "s", Observations: []assessment.Observation{prop, {Item: "veto", Levels: []string{"gold"}}}},
			[]string{"observations[1].levels"}},
		{"unknown level", assessment.Inspection{School: "s", Observations: []assessment.Observation{prop, {Item: "bonus", Levels: []string{"gold", "bronze"}}}},
			[]string{"observations[1].levels[1]"}},
		{"proportional without a ratio", assessment.Inspection{School: "s", Observations: []assessment.Observation{{Item: "prop"}}},
			[]string{"observations[0].ratio"}},
		{"proportional not observed", assessment.Inspection{School: "s"}, []string{"observations"}},
		{"ratio above 1", assessment.Inspection{School: "s", Observations: []assessment.Observation{{Item: "prop", Ratio: ratio("1.01")}}},
			[]string{"observations[0].ratio"}},
		{"negative ratio", assessment.Inspection{School: "s", Observations: []assessment.Observation{{Item: "prop", Ratio: ratio("-0.5")}}},
			[]string{"observations[0].ratio"}},
		{"ratio too fine", assessment.Inspection{School: "s", Observations: []assessment.Observation{{Item: "prop", Ratio: ratio("0.123456789")}}},
			[]string{"observations[0].ratio"}},
		{"hostile ratio", assessment.Inspection{School: "s", Observations: []assessment.Observation{{Item: "prop", Ratio: decimal.NewNullDecimal(decimal.New(1, 1_000_000_000))}}},
			[]string{"observations[0].ratio"}},
		{"every problem at once", assessment.Inspection{Observations: []assessment.Observation{{Item: "nope"}, {Item: "ded", Occurrences: -2}}},
			[]string{"school", "observations[0].item", "observations[1].occurrences", "observations"}},
	}
	a := mustNew(t, small(), assessment.DefaultPolicy())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := a.Score(tt.in)
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
		})
	}
}

// The order of the observations changes nothing but the evidence's indexes.
func TestScoreObservationOrder(t *testing.T) {
	a := mustNew(t, bigRubric(), assessment.DefaultPolicy())
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 50 {
		in := bigInspection(i)
		want, err := a.Score(in)
		require.NoError(t, err)
		checkResult(t, a, want)
		rng.Shuffle(len(in.Observations), func(x, y int) { in.Observations[x], in.Observations[y] = in.Observations[y], in.Observations[x] })
		got, err := a.Score(in)
		require.NoError(t, err)
		assert.Equal(t, want.Score, got.Score)
		assert.Equal(t, want.Items, got.Items)
		assert.Equal(t, want.Sections, got.Sections)
		require.Equal(t, len(want.Trail), len(got.Trail))
		for k := range want.Trail {
			assert.Equal(t, want.Trail[k].Item, got.Trail[k].Item)
			assert.Equal(t, want.Trail[k].Taken, got.Trail[k].Taken)
		}
	}
}

// Scoring allocates the same small number of times whatever the number of
// items.
func TestScoreAllocations(t *testing.T) {
	a := mustNew(t, bigRubric(), assessment.DefaultPolicy())
	in := bigInspection(3)
	in.Observations[len(in.Observations)-2].Fail = true // a veto, so that every slice is made
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := a.Score(in); err != nil {
			t.Fatal(err)
		}
	})
	assert.LessOrEqual(t, allocs, 5.0)

	s := mustNew(t, small(), assessment.DefaultPolicy())
	sin := assessment.Inspection{School: "s", Observations: []assessment.Observation{{Item: "prop", Ratio: ratio("0.5")},
		{Item: "veto", Fail: true}}, Findings: houqin.Findings{finding("test.ded_code", "x")}}
	assert.Equal(t, allocs, testing.AllocsPerRun(100, func() { _, _ = s.Score(sin) }), "as many for 5 items as for 100")
}

func TestSourceText(t *testing.T) {
	for _, s := range []assessment.Source{assessment.FromObservation, assessment.FromFinding} {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back assessment.Source
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	assert.Equal(t, "Source(7)", assessment.Source(7).String())
	_, err := assessment.Source(0).MarshalText()
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	var s assessment.Source
	assert.ErrorIs(t, s.UnmarshalText([]byte("x")), houqin.ErrInvalidInput)
}

// The sample rubric scores the findings of the other packages.
func TestScoreSampleWithFindings(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	in := sampleInspection("school-7")
	in.Findings = houqin.Findings{
		finding("canteen.surplus_over_ceiling", "canteen-1"),     // accounts.surplus −5
		finding("canteen.disguised_surplus", "canteen-1"),        // accounts.surplus −5 → 0
		finding("canteen.non_canteen_income", "canteen-1"),       // accounts.surplus: capped, takes 0
		finding("fees.not_published", "uniform"),                 // fees.publication −2
		finding("fees.voluntary_made_compulsory", "milk"),        // fees.voluntary 3 → 0
		finding("insurance.coverage_below_required", "school-7"), // safety.insurance −4
	}
	r, err := a.Score(in)
	require.NoError(t, err)
	// 100 − 10 − 2 − 3 − 4 = 81.
	assert.Equal(t, "81", r.Score.String())
	assert.Equal(t, "good", r.Grade)
	checkResult(t, a, r)
	var taken []string
	for _, e := range r.Trail {
		taken = append(taken, e.Item+" "+string(e.Code)+" "+e.Taken.String())
	}
	assert.Equal(t, []string{
		"accounts.surplus canteen.surplus_over_ceiling 5",
		"accounts.surplus canteen.disguised_surplus 5",
		"accounts.surplus canteen.non_canteen_income 0",
		"fees.publication fees.not_published 2",
		"fees.voluntary fees.voluntary_made_compulsory 3",
		"safety.insurance insurance.coverage_below_required 4",
	}, taken)
}

// sampleInspection observes every proportional item of the sample rubric at 1.
func sampleInspection(school string) assessment.Inspection {
	in := assessment.Inspection{School: school, Round: "2025-autumn-start"}
	for _, it := range allItems(assessment.SampleRubric()) {
		if it.Method == assessment.Proportional {
			in.Observations = append(in.Observations, assessment.Observation{Item: it.ID, Ratio: ratio("1")})
		}
	}
	return in
}

// Scores are exact sums at every band boundary, where float64 is not: ten
// items of 10 points scoring 9.43, 8.3, 9.49, 9.8, 7.01, 8.69, 9.31, 9.93,
// 8.43 and 9.61 make exactly 90 (优秀), which float64 adds up to
// 89.99999999999999 (良好).
func TestScoreExactAtBoundaries(t *testing.T) {
	scores := []int64{943, 830, 949, 980, 701, 869, 931, 993, 843, 961}
	r := assessment.Rubric{ID: "hundredths", Name: name("t"), Total: testkit.Dec("100")}
	sec := assessment.Section{ID: "s", Name: name("s")}
	in := assessment.Inspection{School: "s"}
	var f float64
	for i, x := range scores {
		id := "i" + strconv.Itoa(i)
		sec.Items = append(sec.Items, assessment.Item{ID: id, Name: name("i"),
			Method: assessment.Deduction, Points: testkit.Dec("10"), Deduct: testkit.Dec("0.01")})
		in.Observations = append(in.Observations, assessment.Observation{Item: id, Occurrences: 1000 - x})
		v, err := strconv.ParseFloat(decimal.New(x, -2).String(), 64)
		require.NoError(t, err)
		f += v
	}
	r.Sections = []assessment.Section{sec}
	a := mustNew(t, r, assessment.DefaultPolicy())
	res, err := a.Score(in)
	require.NoError(t, err)
	assert.Equal(t, "90", res.Score.String())
	assert.Equal(t, "excellent", res.Grade)
	assert.Less(t, f, 90.0, "the float64 way misses the boundary (%v)", f)
}

func TestResultJSON(t *testing.T) {
	a := mustNew(t, bigRubric(), assessment.DefaultPolicy())
	r, err := a.Score(bigInspection(50))
	require.NoError(t, err)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var back assessment.Result
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r, back)
	assert.Contains(t, string(b), `"from":"finding"`)
	assert.Contains(t, string(b), `"score":"`)
	c, err := a.Combine([]assessment.Result{back})
	require.NoError(t, err)
	assert.Equal(t, r.Score, c.Score)
}

func TestScoreTooManyFindings(t *testing.T) {
	// A code that 1000 items list: 10,001 findings of it score items
	// 10,001,000 times, more than MaxEvidence.
	r := assessment.Rubric{ID: "fan", Name: name("f"), Total: testkit.Dec("100")}
	sec := assessment.Section{ID: "s", Name: name("s")}
	for i := range 1000 {
		sec.Items = append(sec.Items, assessment.Item{ID: "i" + strconv.Itoa(i), Name: name("i"), Method: assessment.Deduction,
			Points: testkit.Dec("0.1"), Deduct: testkit.Dec("0.01"), Findings: []assessment.FindingRule{{Code: "x.fan"}}})
	}
	r.Sections = []assessment.Section{sec}
	a := mustNew(t, r, assessment.DefaultPolicy())
	fs := make(houqin.Findings, assessment.MaxEvidence/1000+1)
	for i := range fs {
		fs[i] = houqin.Finding{Code: "x.fan"}
	}
	_, err := a.Score(assessment.Inspection{School: "s", Findings: fs})
	require.ErrorIs(t, err, houqin.ErrInvalidInput)
	assert.Equal(t, []string{"findings"}, testkit.Fields(err))
	res, err := a.Score(assessment.Inspection{School: "s", Findings: fs[:3]})
	require.NoError(t, err)
	assert.Equal(t, "70", res.Score.String(), "each item loses 0.03 of 0.1")
}

// TestScoreRatioReasons: why a ratio is refused. One written with at most
// eight decimals (an exponent in [−8, 0]) is refused for its range alone,
// even beyond houqin.RatioOf's own bound of ±1000; one written otherwise
// gets RatioOf's reason first when RatioOf refuses it too.
func TestScoreRatioReasons(t *testing.T) {
	tests := []struct {
		name   string
		r      decimal.Decimal
		reason string
	}{
		// Exponent −9: finer than 10⁻⁸, which RatioOf says.
		{"nine decimals", testkit.Dec("0.123456789"), "more than eight decimal places: 0.123456789"},
		// Exponent −8, exactly eight decimals: 1000.00000001 is beyond RatioOf's
		// 1000 too, but only the range is said.
		{"eight decimals beyond 1000", testkit.Dec("1000.00000001"), "must lie in [0, 1]"},
		// Exponent 0: 2000, beyond 1000, written without decimals.
		{"a whole 2000", testkit.Dec("2000"), "must lie in [0, 1]"},
		// Exponent 1: 10 is within RatioOf's bound, so only the range is said.
		{"ten with exponent 1", decimal.New(1, 1), "must lie in [0, 1]"},
		// Exponent 4: 10,000, beyond RatioOf's bound, which it says.
		{"ten thousand with exponent 4", decimal.New(1, 4), "beyond the bound of ±1000"},
		// Exponent −9 and negative: whole hundred-millionths, out of range only.
		{"negative with nine decimals", testkit.Dec("-0.500000000"), "must lie in [0, 1]"},
	}
	a := mustNew(t, small(), assessment.DefaultPolicy())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := a.Score(assessment.Inspection{School: "s", Observations: []assessment.Observation{
				{Item: "prop", Ratio: decimal.NewNullDecimal(tt.r)}}})
			ies := houqin.InputErrors(err)
			require.Len(t, ies, 1, "%v", err)
			assert.Equal(t, "observations[0].ratio", ies[0].Field)
			assert.Equal(t, tt.reason, ies[0].Reason)
		})
	}
}

// TestScoreCountsAtTheLimit: an observation of exactly MaxOccurrences
// occurrences or levels is scored; one more is refused; a second
// observation of an item names the first.
func TestScoreCountsAtTheLimit(t *testing.T) {
	a := mustNew(t, small(), assessment.DefaultPolicy())
	prop := assessment.Observation{Item: "prop", Ratio: ratio("1")}

	// 1,000,000 occurrences × 1.5 = 1,500,000 points would be taken; ded has
	// 6, so it takes 6: 20 − 6 = 14, grade mid.
	r, err := a.Score(assessment.Inspection{School: "s", Observations: []assessment.Observation{prop,
		{Item: "ded", Occurrences: assessment.MaxOccurrences, Note: "n"}}})
	require.NoError(t, err)
	assert.Equal(t, p("14"), r.Score)
	assert.Equal(t, "mid", r.Grade)
	assert.Equal(t, []assessment.Evidence{{Item: "ded", From: obs, Index: 1, Count: 1_000_000,
		Points: p("1000") * 1500, Taken: p("6"), Note: "n"}}, r.Trail)

	// 1,000,000 levels of gold (2 each) add up to the item's cap of 3:
	// 20 + 3 = 23, grade top.
	gold := make([]string, assessment.MaxOccurrences)
	for i := range gold {
		gold[i] = "gold"
	}
	r, err = a.Score(assessment.Inspection{School: "s", Observations: []assessment.Observation{prop, {Item: "bonus", Levels: gold}}})
	require.NoError(t, err)
	assert.Equal(t, p("23"), r.Score)
	assert.Equal(t, p("3"), r.Bonus)
	assert.Equal(t, "top", r.Grade)
	assert.Empty(t, r.Trail)

	tests := []struct {
		name  string
		o     assessment.Observation
		field string
		why   string
	}{
		{"one occurrence more", assessment.Observation{Item: "ded", Occurrences: assessment.MaxOccurrences + 1},
			"observations[1].occurrences", "more than 1000000"},
		{"one level more", assessment.Observation{Item: "bonus", Levels: append(gold, "gold")},
			"observations[1].levels", "more than 1000000"},
		{"a second observation", prop, "observations[1].item", `second observation of item "prop" (also observations[0])`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := a.Score(assessment.Inspection{School: "s", Observations: []assessment.Observation{prop, tt.o}})
			ies := houqin.InputErrors(err)
			require.Len(t, ies, 1, "%v", err)
			assert.Equal(t, tt.field, ies[0].Field)
			assert.Equal(t, tt.why, ies[0].Reason)
		})
	}
}

// TestScoreSeventeenFindings: the items a finding scores are remembered
// for the first 16 findings; the 17th is looked up again, and must score
// its own item, not the first finding's.
func TestScoreSeventeenFindings(t *testing.T) {
	a := mustNew(t, small(), assessment.DefaultPolicy())
	fs := make(houqin.Findings, 17)
	fs[0] = finding("test.ded_code", "first")
	for j := 1; j < 16; j++ {
		fs[j] = finding("test.unscored", "x")
	}
	fs[16] = finding("test.check_code", "seventeenth")
	r, err := a.Score(assessment.Inspection{School: "s", Findings: fs,
		Observations: []assessment.Observation{{Item: "prop", Ratio: ratio("1")}}})
	require.NoError(t, err)
	// check loses its 4 to findings[16], ded 2 of its 6 to findings[0]:
	// 20 − 4 − 2 = 14, grade mid.
	assert.Equal(t, p("14"), r.Score)
	assert.Equal(t, "mid", r.Grade)
	assert.Equal(t, []assessment.Evidence{
		{Item: "check", From: fnd, Index: 16, Code: "test.check_code", Subject: "seventeenth", Count: 1, Points: p("4"), Taken: p("4")},
		{Item: "ded", From: fnd, Index: 0, Code: "test.ded_code", Subject: "first", Count: 1, Points: p("2"), Taken: p("2")},
	}, r.Trail)
	assert.Equal(t, p("0"), r.Items[0].Score)
	assert.Equal(t, p("4"), r.Items[1].Score)
}
