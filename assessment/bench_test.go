package assessment_test

import (
	"math/rand/v2"
	"sort"
	"strconv"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// The naive way: the same rules in shopspring decimals, item by item, as a
// host would write them without the package. The rubric is indexed once;
// every score is a decimal.

type naiveSection struct {
	parent int
	cap    decimal.Decimal // zero when not capped
}

type naiveRubric struct {
	items       []assessment.Item
	section     []int
	floor       []decimal.Decimal // the last tier of a checklist, deduction or threshold item
	sections    []naiveSection    // pre-order
	byID        map[string]int
	rules       []map[houqin.Code]decimal.Decimal // per item: code → nominal points per finding
	grades      []assessment.Grade
	ungraded    bool
	keyFailures int
	bonusCap    decimal.Decimal
	maxScore    decimal.Decimal
	pass        decimal.Decimal
}

func newNaive(r assessment.Rubric) *naiveRubric { return newNaiveKeys(r, 2) }

// newNaiveKeys is newNaive under a policy where keyFailures key items veto.
func newNaiveKeys(r assessment.Rubric, keyFailures int) *naiveRubric {
	n := &naiveRubric{byID: map[string]int{}, grades: r.Grades, ungraded: r.Ungraded, keyFailures: keyFailures}
	if len(n.grades) == 0 && !r.Ungraded {
		n.grades = assessment.DefaultGrades()
	}
	bonus := decimal.Zero
	var walk func(secs []assessment.Section, parent int)
	walk = func(secs []assessment.Section, parent int) {
		for _, s := range secs {
			si := len(n.sections)
			ns := naiveSection{parent: parent, cap: decimal.Zero}
			if s.Capped {
				ns.cap = s.Points
			}
			n.sections = append(n.sections, ns)
			for _, it := range s.Items {
				n.byID[it.ID] = len(n.items)
				n.items = append(n.items, it)
				n.section = append(n.section, si)
				floor := decimal.Zero
				if len(it.Tiers) > 0 && it.Method != assessment.Judged {
					floor = it.Tiers[len(it.Tiers)-1]
				}
				n.floor = append(n.floor, floor)
				rules := map[houqin.Code]decimal.Decimal{}
				for _, fr := range it.Findings {
					switch {
					case it.Method == assessment.Checklist, it.Method == assessment.Threshold:
						rules[fr.Code] = it.Points.Sub(floor)
					case it.Method == assessment.Veto:
						rules[fr.Code] = decimal.Zero
					case fr.Deduct.IsZero():
						rules[fr.Code] = it.Deduct
					default:
						rules[fr.Code] = fr.Deduct
					}
				}
				n.rules = append(n.rules, rules)
				if it.Method == assessment.Bonus {
					bonus = bonus.Add(it.Points)
				}
			}
			walk(s.Sections, si)
		}
	}
	walk(r.Sections, -1)
	n.bonusCap = bonus
	if r.BonusCap.IsPositive() && r.BonusCap.LessThan(bonus) {
		n.bonusCap = r.BonusCap
	}
	n.maxScore = r.Total.Add(n.bonusCap)
	n.pass = decimal.Zero
	for _, g := range n.grades {
		if !g.Fail {
			n.pass = g.Min
		}
	}
	return n
}

type naiveEvidence struct {
	item          string
	points, taken decimal.Decimal
}

type naiveResult struct {
	score     decimal.Decimal
	grade     string
	vetoed    []string
	keyFailed []string
	items     []decimal.Decimal
	sections  []decimal.Decimal
	trail     []naiveEvidence
}

// score scores an inspection that Assessor.Score accepts.
func (n *naiveRubric) score(in assessment.Inspection) naiveResult {
	obs := map[string]*assessment.Observation{}
	for i := range in.Observations {
		obs[in.Observations[i].Item] = &in.Observations[i]
	}
	res := naiveResult{score: decimal.Zero, sections: make([]decimal.Decimal, len(n.sections))}
	for i := range res.sections {
		res.sections[i] = decimal.Zero
	}
	bonusLeft := n.bonusCap
	for idx, it := range n.items {
		o := obs[it.ID]
		var evs []naiveEvidence
		if o != nil {
			switch {
			case it.Method == assessment.Deduction && o.Occurrences > 0:
				evs = append(evs, naiveEvidence{it.ID, it.Deduct.Mul(decimal.NewFromInt(o.Occurrences)), decimal.Zero})
			case it.Method == assessment.Checklist && o.Fail:
				evs = append(evs, naiveEvidence{it.ID, it.Points.Sub(n.floor[idx]), decimal.Zero})
			case it.Method == assessment.Veto && o.Fail:
				evs = append(evs, naiveEvidence{it.ID, decimal.Zero, decimal.Zero})
			case it.Method == assessment.Threshold && o.Ratio.Decimal.LessThan(it.Threshold):
				if it.Step.IsZero() {
					evs = append(evs, naiveEvidence{it.ID, it.Points.Sub(n.floor[idx]), decimal.Zero})
				} else {
					steps := it.Threshold.Sub(o.Ratio.Decimal).Div(it.Step).Ceil()
					evs = append(evs, naiveEvidence{it.ID, steps.Mul(it.Deduct), decimal.Zero})
				}
			case it.Method == assessment.Judged && o.Awarded.Decimal.LessThan(it.Points):
				evs = append(evs, naiveEvidence{it.ID, it.Points.Sub(o.Awarded.Decimal), decimal.Zero})
			}
		}
		for _, f := range in.Findings {
			if v, ok := n.rules[idx][f.Code]; ok {
				evs = append(evs, naiveEvidence{it.ID, v, decimal.Zero})
			}
		}
		score := decimal.Zero
		switch it.Method {
		case assessment.Deduction, assessment.Checklist, assessment.Threshold, assessment.Judged:
			left := it.Points.Sub(n.floor[idx])
			for k := range evs {
				evs[k].taken = decimal.Min(evs[k].points, left)
				left = left.Sub(evs[k].taken)
			}
			score = left.Add(n.floor[idx])
		case assessment.Proportional:
			score = it.Points.Mul(o.Ratio.Decimal).Round(2) // half away from zero: half-up for scores
			if lost := it.Points.Sub(score); lost.IsPositive() {
				evs = append(evs, naiveEvidence{it.ID, lost, lost})
			}
		case assessment.Bonus:
			raw := decimal.Zero
			if o != nil {
				for _, id := range o.Levels {
					for _, l := range it.Levels {
						if l.ID == id {
							if it.HighestOnly {
								raw = decimal.Max(raw, l.Points)
							} else {
								raw = raw.Add(l.Points)
							}
						}
					}
				}
			}
			score = decimal.Min(raw, it.Points, bonusLeft)
			bonusLeft = bonusLeft.Sub(score)
		case assessment.Veto:
			if len(evs) > 0 {
				res.vetoed = append(res.vetoed, it.ID)
			}
		}
		if it.Key && score.LessThan(it.Points) {
			res.keyFailed = append(res.keyFailed, it.ID)
		}
		res.items = append(res.items, score)
		res.sections[n.section[idx]] = res.sections[n.section[idx]].Add(score)
		res.trail = append(res.trail, evs...)
	}
	for k := len(n.sections) - 1; k >= 0; k-- {
		if c := n.sections[k].cap; c.IsPositive() {
			res.sections[k] = decimal.Min(res.sections[k], c)
		}
		if p := n.sections[k].parent; p >= 0 {
			res.sections[p] = res.sections[p].Add(res.sections[k])
		} else {
			res.score = res.score.Add(res.sections[k])
		}
	}
	if len(res.keyFailed) >= n.keyFailures {
		res.vetoed = append(res.vetoed, res.keyFailed...)
	}
	res.grade = n.grade(res.score, len(res.vetoed) > 0)
	return res
}

func (n *naiveRubric) grade(score decimal.Decimal, vetoed bool) string {
	if n.ungraded {
		return ""
	}
	if !vetoed {
		for _, g := range n.grades {
			if score.GreaterThanOrEqual(g.Min) {
				return g.ID
			}
		}
	}
	return n.grades[len(n.grades)-1].ID
}

func (n *naiveRubric) fails(id string, vetoed bool) bool {
	if n.ungraded {
		return vetoed
	}
	for _, g := range n.grades {
		if g.ID == id {
			return g.Fail
		}
	}
	return false
}

type naiveStanding struct {
	school string
	score  decimal.Decimal
	vetoed bool
}

type naivePlace struct {
	school string
	rank   int
	score  decimal.Decimal
	grade  string
	fail   bool
	bottom bool
}

// rank ranks standings the naive way: vetoed last, score descending, school.
func (n *naiveRubric) rank(in []naiveStanding, bottom int) ([]naivePlace, houqin.Findings) {
	seen := map[string]bool{}
	for _, s := range in {
		if seen[s.school] || s.score.IsNegative() || s.score.GreaterThan(n.maxScore) {
			panic("bad standing")
		}
		seen[s.school] = true
	}
	ss := append([]naiveStanding(nil), in...)
	sort.SliceStable(ss, func(i, j int) bool {
		if ss[i].vetoed != ss[j].vetoed {
			return !ss[i].vetoed
		}
		if c := ss[i].score.Cmp(ss[j].score); c != 0 {
			return c > 0
		}
		return ss[i].school < ss[j].school
	})
	out := make([]naivePlace, len(ss))
	for k, s := range ss {
		rank := k + 1
		if k > 0 && ss[k-1].vetoed == s.vetoed && ss[k-1].score.Equal(s.score) {
			rank = out[k-1].rank
		}
		g := n.grade(s.score, s.vetoed)
		out[k] = naivePlace{school: s.school, rank: rank, score: s.score, grade: g, fail: n.fails(g, s.vetoed)}
	}
	for k := len(out) - 1; k >= 0 && bottom > 0; k-- {
		last := k
		for last+1 < len(out) && out[last+1].rank == out[k].rank {
			last++
		}
		if last < len(out)-bottom {
			break
		}
		out[k].bottom = true
	}
	var fs houqin.Findings
	for k, pl := range out {
		if pl.fail {
			code := assessment.CodeFailed
			facts := []houqin.Fact{{Name: "score", Unit: houqin.UnitPoints, Value: pl.score.Shift(2).IntPart()}, {Name: "pass_mark", Unit: houqin.UnitPoints, Value: n.pass.Shift(2).IntPart()}}
			if ss[k].vetoed {
				code, facts = assessment.CodeVetoed, facts[:1]
			}
			fs = append(fs,
				houqin.Finding{Code: code, Severity: houqin.Violation, Subject: pl.school, Facts: facts},
				houqin.Finding{Code: assessment.CodeAwardIneligible, Severity: houqin.Violation, Subject: pl.school,
					Facts: []houqin.Fact{{Name: "score", Unit: houqin.UnitPoints, Value: pl.score.Shift(2).IntPart()}}},
				houqin.Finding{Code: assessment.CodeRectificationRequired, Severity: houqin.Violation, Subject: pl.school,
					Facts: []houqin.Fact{{Name: "score", Unit: houqin.UnitPoints, Value: pl.score.Shift(2).IntPart()}}})
		}
		if pl.bottom {
			fs = append(fs, houqin.Finding{Code: assessment.CodeBottomPlace, Severity: houqin.Warning, Subject: pl.school,
				Facts: []houqin.Fact{houqin.CountFact("rank", int64(pl.rank)), houqin.CountFact("schools", int64(len(out))),
					{Name: "score", Unit: houqin.UnitPoints, Value: pl.score.Shift(2).IntPart()}}})
		}
	}
	fs.Sort()
	return out, fs
}

// assertAgrees checks a result against the naive way, exactly.
func assertAgrees(t testing.TB, n *naiveRubric, in assessment.Inspection, got assessment.Result) {
	t.Helper()
	want := n.score(in)
	assert.True(t, want.score.Equal(got.Score.Decimal()), "score: naive %s, houqin %s", want.score, got.Score)
	assert.Equal(t, want.grade, got.Grade)
	assert.Equal(t, want.vetoed, got.Vetoed)
	assert.Equal(t, want.keyFailed, got.KeyFailed)
	require.Len(t, got.Items, len(want.items))
	require.Len(t, got.Sections, len(want.sections))
	for i := range want.items {
		assert.True(t, want.items[i].Equal(got.Items[i].Score.Decimal()), "item %s", got.Items[i].Item)
	}
	for i := range want.sections {
		assert.True(t, want.sections[i].Equal(got.Sections[i].Score.Decimal()), "section %d", i)
	}
	require.Len(t, got.Trail, len(want.trail))
	for i := range want.trail {
		assert.Equal(t, want.trail[i].item, got.Trail[i].Item)
		assert.True(t, want.trail[i].taken.Equal(got.Trail[i].Taken.Decimal()), "trail %d taken", i)
		assert.True(t, want.trail[i].points.Equal(got.Trail[i].Points.Decimal()), "trail %d points", i)
	}
}

// The integer way and the decimal way agree on every score.
func TestScoreAgreesWithNaive(t *testing.T) {
	for _, r := range []assessment.Rubric{bigRubric(), small(), assessment.SampleRubric(), bigShapes(), cityRubric(), townScheme()} {
		a := mustNew(t, r, assessment.DefaultPolicy())
		n := newNaive(r)
		rng := rand.New(rand.NewPCG(7, 8))
		for i := range 300 {
			in := randomInspection(rng, r, i)
			got, err := a.Score(in)
			require.NoError(t, err)
			assertAgrees(t, n, in, got)
		}
	}
}

// randomInspection observes a random part of the items of r with random
// values, and adds random findings of the codes r lists. Each kind of item
// draws from rng as a deduction item does (a threshold item's rate is 1, or
// 1 less the occurrences in hundredths; a judged item is awarded its points
// less the occurrences in hundredths, or its tier at that index), so that
// a rubric keeps its random inspections when an item changes its method.
func randomInspection(rng *rand.Rand, r assessment.Rubric, i int) assessment.Inspection {
	in := assessment.Inspection{School: "s" + strconv.Itoa(i)}
	var codes []houqin.Code
	for _, it := range allItems(r) {
		for _, fr := range it.Findings {
			codes = append(codes, fr.Code)
		}
		if it.Method != assessment.Proportional && rng.IntN(3) == 0 && !mustObserve(it) {
			continue
		}
		o := assessment.Observation{Item: it.ID}
		switch it.Method {
		case assessment.Deduction:
			o.Occurrences = rng.Int64N(12)
		case assessment.Checklist, assessment.Veto:
			o.Fail = rng.IntN(4) == 0
		case assessment.Proportional:
			o.Ratio = decimal.NewNullDecimal(decimal.New(rng.Int64N(10001), -4))
		case assessment.Threshold:
			o.Ratio = decimal.NewNullDecimal(decimal.New(100-rng.Int64N(12), -2))
		case assessment.Judged:
			k := rng.Int64N(12)
			o.Awarded = decimal.NewNullDecimal(decimal.Max(decimal.Zero, it.Points.Sub(decimal.New(k, -2))))
			if len(it.Tiers) > 0 {
				o.Awarded = decimal.NewNullDecimal(it.Tiers[int(k)%len(it.Tiers)])
			}
		case assessment.Bonus:
			for range rng.IntN(4) {
				o.Levels = append(o.Levels, it.Levels[rng.IntN(len(it.Levels))].ID)
			}
		}
		in.Observations = append(in.Observations, o)
	}
	rng.Shuffle(len(in.Observations), func(x, y int) { in.Observations[x], in.Observations[y] = in.Observations[y], in.Observations[x] })
	for range rng.IntN(6) {
		c := houqin.Code("other.code")
		if len(codes) > 0 && rng.IntN(4) > 0 {
			c = codes[rng.IntN(len(codes))]
		}
		in.Findings = append(in.Findings, houqin.Finding{Code: c, Severity: houqin.Violation, Subject: strconv.Itoa(rng.IntN(9))})
	}
	return in
}

func TestRankAgreesWithNaive(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	n := newNaive(assessment.SampleRubric())
	in, naive := standings(3000)
	got, err := a.Rank(in)
	require.NoError(t, err)
	want, wantFindings := n.rank(naive, 1)
	require.Len(t, got.Places, len(want))
	for k := range want {
		g := got.Places[k]
		w := want[k]
		assert.Equal(t, w.school, g.School)
		assert.Equal(t, w.rank, g.Rank)
		assert.Equal(t, w.grade, g.Grade)
		assert.Equal(t, w.bottom, g.Bottom)
	}
	require.Len(t, got.Findings, len(wantFindings))
	for k := range wantFindings {
		assert.Equal(t, wantFindings[k].Code, got.Findings[k].Code)
		assert.Equal(t, wantFindings[k].Subject, got.Findings[k].Subject)
		assert.Equal(t, wantFindings[k].Message(language.English), got.Findings[k].Message(language.English))
	}
}

// standings returns n standings with scores in hundredths from 40 to 100,
// many tied, a few vetoed, in both forms.
func standings(n int) ([]assessment.Standing, []naiveStanding) {
	rng := rand.New(rand.NewPCG(9, 10))
	out := make([]assessment.Standing, n)
	naive := make([]naiveStanding, n)
	for i := range out {
		s := assessment.Standing{School: "school-" + strconv.Itoa(i), Score: assessment.Points(4000 + rng.Int64N(6001)), Vetoed: rng.IntN(100) == 0}
		out[i] = s
		naive[i] = naiveStanding{school: s.School, score: s.Score.Decimal(), vetoed: s.Vetoed}
	}
	return out, naive
}

// BenchmarkScore scores one school on a rubric of 100 items.
func BenchmarkScore(b *testing.B) {
	r := bigRubric()
	ins := make([]assessment.Inspection, 64)
	for i := range ins {
		ins[i] = bigInspection(i)
	}
	b.Run("houqin", func(b *testing.B) {
		a := mustNew(b, r, assessment.DefaultPolicy())
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			if _, err := a.Score(ins[i%len(ins)]); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("houqin_reuse", func(b *testing.B) {
		a := mustNew(b, r, assessment.DefaultPolicy())
		b.ReportAllocs()
		var res assessment.Result
		i := 0
		for b.Loop() {
			if err := a.ScoreTo(&res, ins[i%len(ins)]); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("naive", func(b *testing.B) {
		n := newNaive(r)
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			_ = n.score(ins[i%len(ins)])
			i++
		}
	})
}

// BenchmarkScoreShapes scores one school on a rubric of 100 items in the
// shapes of county rubrics: nested sections with stated points, threshold,
// judged and tiered items, key items, how each is checked.
func BenchmarkScoreShapes(b *testing.B) {
	r := bigShapes()
	ins := make([]assessment.Inspection, 64)
	for i := range ins {
		ins[i] = bigShapesInspection(i)
	}
	b.Run("houqin_reuse", func(b *testing.B) {
		a := mustNew(b, r, assessment.DefaultPolicy())
		b.ReportAllocs()
		var res assessment.Result
		i := 0
		for b.Loop() {
			if err := a.ScoreTo(&res, ins[i%len(ins)]); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("naive", func(b *testing.B) {
		n := newNaive(r)
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			_ = n.score(ins[i%len(ins)])
			i++
		}
	})
}

// BenchmarkRank ranks 2,000 and 20,000 schools: ten times the schools take
// about thirteen times as long, as O(n log n) does.
func BenchmarkRank(b *testing.B) {
	for _, n := range []int{2_000, 20_000} {
		in, naive := standings(n)
		b.Run("houqin/"+strconv.Itoa(n), func(b *testing.B) {
			a := mustNew(b, assessment.SampleRubric(), assessment.DefaultPolicy())
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.Rank(in); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("naive/"+strconv.Itoa(n), func(b *testing.B) {
			n := newNaive(assessment.SampleRubric())
			b.ReportAllocs()
			for b.Loop() {
				_, _ = n.rank(naive, 1)
			}
		})
	}
}

// BenchmarkCombine combines a school's four rounds with 30/70 weights.
func BenchmarkCombine(b *testing.B) {
	pol := assessment.DefaultPolicy()
	pol.Weights = weights("0.15", "0.35", "0.15", "0.35")
	rounds := []assessment.Result{round("s", "1", "80"), round("s", "2", "90.25"), round("s", "3", "84.5"), round("s", "4", "96")}
	b.Run("houqin", func(b *testing.B) {
		a := mustNew(b, assessment.SampleRubric(), pol)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := a.Combine(rounds); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("naive", func(b *testing.B) {
		n := newNaive(assessment.SampleRubric())
		b.ReportAllocs()
		for b.Loop() {
			sum := decimal.Zero
			vetoed := false
			for i, r := range rounds {
				sum = sum.Add(pol.Weights[i].Mul(r.Score.Decimal()))
				vetoed = vetoed || len(r.Vetoed) > 0
			}
			_ = n.grade(sum.Round(2), vetoed)
		}
	})
}

// BenchmarkCombineYear combines a school's two terms of two rounds each,
// 30/70 within a term, the terms equal.
func BenchmarkCombineYear(b *testing.B) {
	year := []assessment.TermRounds{
		term(houqin.Autumn, round("s", "1", "80"), round("s", "2", "90.25")),
		term(houqin.Spring, round("s", "3", "84.5"), round("s", "4", "96")),
	}
	b.Run("houqin", func(b *testing.B) {
		a := mustNew(b, assessment.SampleRubric(), assessment.DefaultPolicy())
		b.ReportAllocs()
		for b.Loop() {
			if _, err := a.CombineYear(year); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("naive", func(b *testing.B) {
		n := newNaive(assessment.SampleRubric())
		w := []decimal.Decimal{decimal.RequireFromString("0.3"), decimal.RequireFromString("0.7")}
		half := decimal.RequireFromString("0.5")
		b.ReportAllocs()
		for b.Loop() {
			sum := decimal.Zero
			vetoed := false
			for _, t := range year {
				ts := decimal.Zero
				for i, r := range t.Rounds {
					ts = ts.Add(w[i].Mul(r.Score.Decimal()))
					vetoed = vetoed || len(r.Vetoed) > 0
				}
				sum = sum.Add(half.Mul(ts.Round(2)))
			}
			_ = n.grade(sum.Round(2), vetoed)
		}
	})
}
