package assessment_test

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// round is a result of the sample rubric for school s with the given score.
func round(s, name, score string, vetoed ...string) assessment.Result {
	return assessment.Result{Rubric: "sample", School: s, Round: name, Score: p(score), Vetoed: vetoed}
}

func weights(ws ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(ws))
	for i, w := range ws {
		out[i] = testkit.Dec(w)
	}
	return out
}

func TestCombine(t *testing.T) {
	tests := []struct {
		name     string
		weights  []decimal.Decimal
		rounding houqin.Rounding
		vetoOnly bool
		rounds   []assessment.Result
		score    string
		grade    string
		vetoed   bool
	}{
		{name: "four equal rounds: (88 + 92 + 90.5 + 89.5) / 4 = 90",
			rounds: []assessment.Result{round("s", "1", "88"), round("s", "2", "92"), round("s", "3", "90.5"), round("s", "4", "89.5")},
			score:  "90", grade: "excellent"},
		{name: "three equal rounds take the exact mean: 269.99 / 3 = 89.99666… → 90",
			rounds: []assessment.Result{round("s", "1", "90"), round("s", "2", "90"), round("s", "3", "89.99")},
			score:  "90", grade: "excellent"},
		{name: "the same, rounded down by policy → 89.99",
			rounding: houqin.RoundFloor,
			rounds:   []assessment.Result{round("s", "1", "90"), round("s", "2", "90"), round("s", "3", "89.99")},
			score:    "89.99", grade: "good"},
		{name: "269.98 / 3 = 89.99333… → 89.99",
			rounds: []assessment.Result{round("s", "1", "90"), round("s", "2", "90"), round("s", "3", "89.98")},
			score:  "89.99", grade: "good"},
		{name: "a half rounds up: 179.97 / 2 = 89.985 → 89.99",
			rounds: []assessment.Result{round("s", "1", "89.98"), round("s", "2", "89.99")},
			score:  "89.99", grade: "good"},
		{name: "a half rounds to even by policy: 89.985 → 89.98",
			rounding: houqin.RoundHalfEven,
			rounds:   []assessment.Result{round("s", "1", "89.98"), round("s", "2", "89.99")},
			score:    "89.98", grade: "good"},
		{name: "one round is itself", rounds: []assessment.Result{round("s", "1", "74.99")}, score: "74.99", grade: "pass"},
		{name: "30/70 within each term, terms equal: 0.15×80 + 0.35×90 + 0.15×84 + 0.35×96 = 89.7",
			weights: weights("0.15", "0.35", "0.15", "0.35"),
			rounds:  []assessment.Result{round("s", "1", "80"), round("s", "2", "90"), round("s", "3", "84"), round("s", "4", "96")},
			score:   "89.7", grade: "good"},
		{name: "70/30: 0.3×85 + 0.7×92 = 89.9",
			weights: weights("0.3", "0.7"),
			rounds:  []assessment.Result{round("s", "first", "85"), round("s", "mid", "92")},
			score:   "89.9", grade: "good"},
		{name: "weighted, rounded once: 0.3×89.99 + 0.7×90.01 = 90.004 → 90",
			weights: weights("0.3", "0.7"),
			rounds:  []assessment.Result{round("s", "1", "89.99"), round("s", "2", "90.01")},
			score:   "90", grade: "excellent"},
		{name: "a veto in any round fails the year",
			rounds: []assessment.Result{round("s", "1", "98"), round("s", "2", "97", "veto.food_poisoning"), round("s", "3", "99")},
			score:  "98", grade: "fail", vetoed: true},
		{name: "unless the policy confines vetoes to their round", vetoOnly: true,
			rounds: []assessment.Result{round("s", "1", "98"), round("s", "2", "97", "veto.food_poisoning"), round("s", "3", "99")},
			score:  "98", grade: "excellent"},
		{name: "unnamed rounds may repeat",
			rounds: []assessment.Result{round("s", "", "60"), round("s", "", "59.99")},
			score:  "60", grade: "pass"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pol := assessment.DefaultPolicy()
			pol.Weights, pol.Rounding, pol.VetoRoundOnly = tt.weights, tt.rounding, tt.vetoOnly
			a := mustNew(t, assessment.SampleRubric(), pol)
			c, err := a.Combine(tt.rounds)
			require.NoError(t, err)
			assert.Equal(t, tt.score, c.Score.String())
			assert.Equal(t, tt.grade, c.Grade)
			assert.Equal(t, tt.grade == "fail", c.Fail)
			assert.Equal(t, tt.vetoed, c.Vetoed)
			assert.Equal(t, "s", c.School)
			require.Len(t, c.Rounds, len(tt.rounds))
			var sum houqin.Ratio
			for i, rs := range c.Rounds {
				assert.Equal(t, tt.rounds[i].Score, rs.Score)
				assert.Equal(t, len(tt.rounds[i].Vetoed) > 0, rs.Vetoed)
				sum += rs.Weight
			}
			if tt.weights != nil {
				assert.Equal(t, houqin.RatioOne, sum)
			}
			st := c.Standing()
			assert.Equal(t, assessment.Standing{School: "s", Score: c.Score, Vetoed: c.Vetoed}, st)
		})
	}
}

func TestCombineDisplayWeights(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	c, err := a.Combine([]assessment.Result{round("s", "1", "1"), round("s", "2", "2"), round("s", "3", "3")})
	require.NoError(t, err)
	assert.Equal(t, "0.33333333", c.Rounds[0].Weight.String())
	assert.Equal(t, "2", c.Score.String())
}

func TestCombineErrors(t *testing.T) {
	many := make([]assessment.Result, assessment.MaxRounds+1)
	for i := range many {
		many[i] = round("s", strconv.Itoa(i), "80")
	}
	// More than 16 rounds are checked for repeats by a map, fewer pairwise.
	twenty := make([]assessment.Result, 20)
	for i := range twenty {
		twenty[i] = round("s", strconv.Itoa(i), "80")
	}
	twenty[17].Round = "3"
	tests := []struct {
		name    string
		weights []decimal.Decimal
		rounds  []assessment.Result
		fields  []string
	}{
		{"no rounds", nil, nil, []string{"rounds"}},
		{"a round twice among twenty", nil, twenty, []string{"rounds[17].round"}},
		{"too many rounds", nil, many, []string{"rounds"}},
		{"weights for four, three rounds", weights("0.15", "0.35", "0.15", "0.35"),
			[]assessment.Result{round("s", "1", "1"), round("s", "2", "1"), round("s", "3", "1")}, []string{"rounds"}},
		{"another school", nil, []assessment.Result{round("s", "1", "1"), round("t", "2", "1")}, []string{"rounds[1].school"}},
		{"no school", nil, []assessment.Result{round("", "1", "1")}, []string{"rounds[0].school"}},
		{"another rubric", nil, []assessment.Result{round("s", "1", "1"), {Rubric: "other", School: "s", Round: "2"}},
			[]string{"rounds[1].rubric"}},
		{"a round twice", nil, []assessment.Result{round("s", "1", "1"), round("s", "1", "2")}, []string{"rounds[1].round"}},
		{"a negative score", nil, []assessment.Result{round("s", "1", "-1")}, []string{"rounds[0].score"}},
		{"a score above the highest possible", nil, []assessment.Result{round("s", "1", "103.01")}, []string{"rounds[0].score"}},
		{"every problem at once", nil, []assessment.Result{round("s", "1", "104"), round("t", "1", "1")},
			[]string{"rounds[0].score", "rounds[1].school", "rounds[1].round"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pol := assessment.DefaultPolicy()
			pol.Weights = tt.weights
			_, err := mustNew(t, assessment.SampleRubric(), pol).Combine(tt.rounds)
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
		})
	}
}

// Rounds without a name may repeat, however many there are.
func TestCombineUnnamedRounds(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	for _, n := range []int{2, 16, 17, 40} {
		rounds := make([]assessment.Result, n)
		for i := range rounds {
			rounds[i] = round("s", "", "80")
		}
		rounds[n-1].Round = "last"
		c, err := a.Combine(rounds)
		require.NoError(t, err, "%d rounds", n)
		assert.Equal(t, p("80"), c.Score)
	}
}

// Combine agrees with the exact rational Σ wᵢ sᵢ (or Σ sᵢ / n) rounded
// half-up to the hundredth.
func TestCombineExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 2000 {
		n := 1 + rng.IntN(6)
		rounds := make([]assessment.Result, n)
		for i := range rounds {
			rounds[i] = assessment.Result{Rubric: "sample", School: "s", Round: strconv.Itoa(i), Score: assessment.Points(rng.Int64N(10301))}
		}
		pol := assessment.DefaultPolicy()
		want := new(big.Rat)
		if trial%2 == 0 { // random weights summing to 1, in 10⁻⁸
			left := int64(houqin.RatioOne)
			pol.Weights = make([]decimal.Decimal, n)
			for i := range n {
				w := left
				if i < n-1 {
					w = rng.Int64N(left + 1)
				}
				left -= w
				pol.Weights[i] = decimal.New(w, -8)
				want.Add(want, new(big.Rat).Mul(big.NewRat(w, 100_000_000), big.NewRat(int64(rounds[i].Score), 100)))
			}
		} else {
			for _, r := range rounds {
				want.Add(want, big.NewRat(int64(r.Score), 100))
			}
			want.Quo(want, big.NewRat(int64(n), 1))
		}
		c, err := mustNew(t, assessment.SampleRubric(), pol).Combine(rounds)
		require.NoError(t, err)
		// Half-up to the hundredth: floor(x × 100 + 1/2).
		x := new(big.Rat).Add(new(big.Rat).Mul(want, big.NewRat(100, 1)), big.NewRat(1, 2))
		q := new(big.Int).Quo(x.Num(), x.Denom())
		require.Equal(t, q.Int64(), int64(c.Score), "trial %d: %v", trial, want.FloatString(10))
	}
}

func TestPolicyValidate(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(p *assessment.Policy)
		fields []string
	}{
		{"default", func(p *assessment.Policy) {}, nil},
		{"zero policy", func(p *assessment.Policy) { *p = assessment.Policy{} }, nil},
		{"70/30", func(p *assessment.Policy) { p.Weights = weights("0.7", "0.3") }, nil},
		{"a zero weight", func(p *assessment.Policy) { p.Weights = weights("0", "1") }, nil},
		{"weights not summing to 1", func(p *assessment.Policy) { p.Weights = weights("0.7", "0.2") }, []string{"weights"}},
		{"thirds do not sum to 1", func(p *assessment.Policy) { p.Weights = weights("0.33333333", "0.33333333", "0.33333333") },
			[]string{"weights"}},
		{"a negative weight", func(p *assessment.Policy) { p.Weights = weights("1.5", "-0.5") }, []string{"weights[0]", "weights[1]"}},
		{"a weight too fine", func(p *assessment.Policy) { p.Weights = weights("0.333333333", "0.666666667") },
			[]string{"weights[0]", "weights[1]"}},
		{"exactly MaxRounds weights", func(p *assessment.Policy) {
			// 1000 × 0.001 = 1.
			p.Weights = make([]decimal.Decimal, assessment.MaxRounds)
			for i := range p.Weights {
				p.Weights[i] = testkit.Dec("0.001")
			}
		}, nil},
		{"too many weights", func(p *assessment.Policy) { p.Weights = make([]decimal.Decimal, assessment.MaxRounds+1) }, []string{"weights"}},
		{"unknown rounding", func(p *assessment.Policy) { p.Rounding = 9 }, []string{"rounding"}},
		{"negative bottom", func(p *assessment.Policy) { p.Bottom = -1 }, []string{"bottom"}},
		{"negative rectify days", func(p *assessment.Policy) { p.RectifyDays = -1 }, []string{"rectify_days"}},
		{"rectify days beyond ten years", func(p *assessment.Policy) { p.RectifyDays = assessment.MaxRectifyDays + 1 }, []string{"rectify_days"}},
		{"every problem at once", func(p *assessment.Policy) {
			p.Weights = weights("0.5", "0.4")
			p.Bottom = -2
			p.RectifyDays = -3
		}, []string{"weights", "bottom", "rectify_days"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pol := assessment.DefaultPolicy()
			tt.edit(&pol)
			err := pol.Validate()
			if tt.fields == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
			_, err = assessment.New(small(), pol)
			require.Error(t, err)
			assert.Equal(t, "policy."+tt.fields[0], testkit.Fields(err)[0])
		})
	}
}

func TestPolicyJSON(t *testing.T) {
	var pol assessment.Policy
	require.NoError(t, json.Unmarshal([]byte(`{"weights": ["0.15", "0.35", "0.15", "0.35"], "rounding": "half_even",
		"veto_round_only": true, "bottom": 2, "rectify_days": 15}`), &pol))
	require.NoError(t, pol.Validate())
	assert.Equal(t, houqin.RoundHalfEven, pol.Rounding)
	assert.True(t, pol.VetoRoundOnly)
	b, err := json.Marshal(assessment.DefaultPolicy())
	require.NoError(t, err)
	assert.JSONEq(t, `{"term_round_weights": ["0.3", "0.7"], "rounding": "half_up", "key_failures": 2, "bottom": 1, "rectify_days": 30}`, string(b))
}

func TestParsePolicy(t *testing.T) {
	pol, err := assessment.ParsePolicy([]byte(`{"weights": ["0.15", "0.35", "0.15", "0.35"], "rounding": "half_even", "bottom": 2}`))
	require.NoError(t, err)
	assert.Equal(t, houqin.RoundHalfEven, pol.Rounding)
	assert.Equal(t, 2, pol.Bottom)
	assert.Equal(t, 30, pol.RectifyDays, "a field left out keeps its default")
	assert.Len(t, pol.Weights, 4)

	pol, err = assessment.ParsePolicy([]byte(`{}`))
	require.NoError(t, err)
	assert.Equal(t, assessment.DefaultPolicy(), pol)
	b, err := json.Marshal(assessment.DefaultPolicy())
	require.NoError(t, err)
	pol, err = assessment.ParsePolicy(b)
	require.NoError(t, err)
	assert.Equal(t, assessment.DefaultPolicy(), pol, "the default round-trips")

	tests := []struct {
		name, json string
		fields     []string
	}{
		{"not JSON", `{`, []string{""}},
		{"empty", ``, []string{""}},
		{"trailing data", `{} {}`, []string{""}},
		{"unknown field", `{"botom": 2}`, []string{"botom"}},
		{"wrong type", `{"bottom": "2"}`, []string{"bottom"}},
		{"unknown rounding", `{"rounding": "sideways"}`, []string{"rounding"}},
		{"invalid policy: every problem", `{"weights": ["0.7", "0.2"], "bottom": -1, "rectify_days": 4000}`,
			[]string{"weights", "bottom", "rectify_days"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := assessment.ParsePolicy([]byte(tt.json))
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
		})
	}
}

// term is the rounds of one term of the school year 2025.
func term(sem houqin.Semester, rounds ...assessment.Result) assessment.TermRounds {
	return assessment.TermRounds{Term: houqin.Term{Year: 2025, Semester: sem}, Rounds: rounds}
}

// A year from two terms: each term's rounds 30/70, rounded once; the terms
// equal or weighed by policy, rounded once more.
func TestCombineYear(t *testing.T) {
	tests := []struct {
		name       string
		rounds     []decimal.Decimal // Policy.TermRoundWeights; nil for the default 0.3, 0.7
		terms      []decimal.Decimal // Policy.TermWeights
		rounding   houqin.Rounding
		vetoOnly   bool
		year       []assessment.TermRounds
		autumn     string
		spring     string
		score      string
		grade      string
		vetoed     bool
		termWeight houqin.Ratio
	}{
		{name: "0.3 × 80 + 0.7 × 90 = 87; 0.3 × 85 + 0.7 × 95 = 92; (87 + 92) / 2 = 89.5",
			year: []assessment.TermRounds{
				term(houqin.Autumn, round("s", "a1", "80"), round("s", "a2", "90")),
				term(houqin.Spring, round("s", "s1", "85"), round("s", "s2", "95"))},
			autumn: "87", spring: "92", score: "89.5", grade: "good", termWeight: houqin.RatioOne / 2},
		{name: "each term rounds: 0.3 × 89.99 + 0.7 × 90.01 = 90.004 → 90; the year (90 + 89.99) / 2 = 89.995 → 90",
			year: []assessment.TermRounds{
				term(houqin.Autumn, round("s", "a1", "89.99"), round("s", "a2", "90.01")),
				term(houqin.Spring, round("s", "s1", "89.99"), round("s", "s2", "89.99"))},
			autumn: "90", spring: "89.99", score: "90", grade: "excellent", termWeight: houqin.RatioOne / 2},
		{name: "the same rounded down: 90.004 → 90, 89.995 → 89.99",
			rounding: houqin.RoundFloor,
			year: []assessment.TermRounds{
				term(houqin.Autumn, round("s", "a1", "89.99"), round("s", "a2", "90.01")),
				term(houqin.Spring, round("s", "s1", "89.99"), round("s", "s2", "89.99"))},
			autumn: "90", spring: "89.99", score: "89.99", grade: "good", termWeight: houqin.RatioOne / 2},
		{name: "weighed terms: 0.4 × 87 + 0.6 × 92 = 90",
			terms: weights("0.4", "0.6"),
			year: []assessment.TermRounds{
				term(houqin.Autumn, round("s", "a1", "80"), round("s", "a2", "90")),
				term(houqin.Spring, round("s", "s1", "85"), round("s", "s2", "95"))},
			autumn: "87", spring: "92", score: "90", grade: "excellent"},
		{name: "three equal rounds a term, the exact mean: (90 + 90 + 89.99) / 3 = 89.99666… → 90",
			rounds: []decimal.Decimal{},
			year: []assessment.TermRounds{
				term(houqin.Autumn, round("s", "a1", "90"), round("s", "a2", "90"), round("s", "a3", "89.99")),
				term(houqin.Spring, round("s", "s1", "80"), round("s", "s2", "80"), round("s", "s3", "80"))},
			autumn: "90", spring: "80", score: "85", grade: "good", termWeight: houqin.RatioOne / 2},
		{name: "one term only",
			year:   []assessment.TermRounds{term(houqin.Spring, round("s", "s1", "60"), round("s", "s2", "50"))},
			spring: "53", score: "53", grade: "fail", termWeight: houqin.RatioOne},
		{name: "a veto in a round fails the year",
			year: []assessment.TermRounds{
				term(houqin.Autumn, round("s", "a1", "95", "veto.food_poisoning"), round("s", "a2", "95")),
				term(houqin.Spring, round("s", "s1", "95"), round("s", "s2", "95"))},
			autumn: "95", spring: "95", score: "95", grade: "fail", vetoed: true, termWeight: houqin.RatioOne / 2},
		{name: "unless confined to its round",
			vetoOnly: true,
			year: []assessment.TermRounds{
				term(houqin.Autumn, round("s", "a1", "95", "veto.food_poisoning"), round("s", "a2", "95")),
				term(houqin.Spring, round("s", "s1", "95"), round("s", "s2", "95"))},
			autumn: "95", spring: "95", score: "95", grade: "excellent", termWeight: houqin.RatioOne / 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pol := assessment.DefaultPolicy()
			if tt.rounds != nil {
				pol.TermRoundWeights = tt.rounds
			}
			pol.TermWeights, pol.Rounding, pol.VetoRoundOnly = tt.terms, tt.rounding, tt.vetoOnly
			a := mustNew(t, assessment.SampleRubric(), pol)
			c, err := a.CombineYear(tt.year)
			require.NoError(t, err)
			assert.Equal(t, tt.score, c.Score.String())
			assert.Equal(t, tt.grade, c.Grade)
			assert.Equal(t, tt.grade == "fail", c.Fail)
			assert.Equal(t, tt.vetoed, c.Vetoed)
			assert.Equal(t, tt.vetoed, c.Standing().Vetoed)
			assert.Empty(t, c.Rounds, "the rounds are within their terms")
			require.Len(t, c.Terms, len(tt.year))
			for k, ts := range c.Terms {
				assert.Equal(t, tt.year[k].Term, ts.Term)
				want := tt.autumn
				if ts.Term.Semester == houqin.Spring {
					want = tt.spring
				}
				assert.Equal(t, want, ts.Score.String(), "the term's score")
				w := tt.termWeight
				if tt.terms != nil {
					w, _ = houqin.RatioOf("", tt.terms[k])
				}
				assert.Equal(t, w, ts.Weight)
				require.Len(t, ts.Rounds, len(tt.year[k].Rounds))
				for i, rs := range ts.Rounds {
					assert.Equal(t, tt.year[k].Rounds[i].Round, rs.Round)
					assert.Equal(t, tt.year[k].Rounds[i].Score, rs.Score)
				}
			}
			if len(c.Terms[0].Rounds) == 2 {
				assert.Equal(t, []houqin.Ratio{30_000_000, 70_000_000}, []houqin.Ratio{c.Terms[0].Rounds[0].Weight, c.Terms[0].Rounds[1].Weight})
			}
		})
	}
}

func TestCombineYearErrors(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	two := func(s, prefix string) []assessment.Result {
		return []assessment.Result{round(s, prefix+"1", "90"), round(s, prefix+"2", "90")}
	}
	autumn, spring := houqin.Term{Year: 2025, Semester: houqin.Autumn}, houqin.Term{Year: 2025, Semester: houqin.Spring}
	tests := []struct {
		name   string
		pol    func(*assessment.Policy)
		year   []assessment.TermRounds
		fields []string
	}{
		{"no terms", nil, nil, []string{"terms"}},
		{"three terms", nil, []assessment.TermRounds{{autumn, two("s", "a")}, {spring, two("s", "s")}, {autumn, two("s", "x")}}, []string{"terms"}},
		{"terms not one per weight", func(p *assessment.Policy) { p.TermWeights = weights("0.5", "0.5") },
			[]assessment.TermRounds{{autumn, two("s", "a")}}, []string{"terms"}},
		{"a term twice", nil, []assessment.TermRounds{{autumn, two("s", "a")}, {autumn, two("s", "s")}}, []string{"terms[1].term"}},
		{"another school year", nil, []assessment.TermRounds{{autumn, two("s", "a")}, {houqin.Term{Year: 2026, Semester: houqin.Spring}, two("s", "s")}},
			[]string{"terms[1].term"}},
		{"an invalid term", nil, []assessment.TermRounds{{houqin.Term{Year: 2025}, two("s", "a")}}, []string{"terms[0].term.semester"}},
		{"a term without rounds", nil, []assessment.TermRounds{{autumn, two("s", "a")}, {spring, nil}}, []string{"terms[1].rounds"}},
		{"rounds not one per weight", nil, []assessment.TermRounds{{autumn, two("s", "a")[:1]}, {spring, two("s", "s")}}, []string{"terms[0].rounds"}},
		{"too many rounds", func(p *assessment.Policy) { p.TermRoundWeights = nil },
			[]assessment.TermRounds{{autumn, make([]assessment.Result, assessment.MaxRounds+1)}}, []string{"terms[0].rounds"}},
		{"another school, a round name twice, a score out of range, another rubric", nil, []assessment.TermRounds{
			{autumn, two("s", "a")},
			{spring, []assessment.Result{round("t", "s1", "90"), round("s", "a2", "103.01"), {Rubric: "other", School: "s", Round: "s3"}}}},
			[]string{"terms[1].rounds"}},
		{"another school, a round name twice, a score out of range, another rubric", func(p *assessment.Policy) { p.TermRoundWeights = nil },
			[]assessment.TermRounds{
				{autumn, two("s", "a")},
				{spring, []assessment.Result{round("t", "s1", "90"), round("s", "a2", "103.01"), {Rubric: "other", School: "s", Round: "s3"}}}},
			[]string{"terms[1].rounds[0].school", "terms[1].rounds[1].round", "terms[1].rounds[1].score", "terms[1].rounds[2].rubric"}},
		{"no school", nil, []assessment.TermRounds{{autumn, two("", "a")}}, []string{"terms[0].rounds[0].school"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			aa := a
			if tt.pol != nil {
				pol := assessment.DefaultPolicy()
				tt.pol(&pol)
				aa = mustNew(t, assessment.SampleRubric(), pol)
			}
			c, err := aa.CombineYear(tt.year)
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
			assert.Zero(t, c.Score)
		})
	}
	// Round names repeat across terms only once each, and the message
	// names the first.
	_, err := a.CombineYear([]assessment.TermRounds{{autumn, two("s", "a")}, {spring, two("s", "a")}})
	assert.EqualError(t, err, `invalid input: terms[1].rounds[0].round: round "a1" appears twice (also terms[0].rounds[0])`+"\n"+
		`invalid input: terms[1].rounds[1].round: round "a2" appears twice (also terms[0].rounds[1])`)
}

func TestTermWeightsPolicy(t *testing.T) {
	pol, err := assessment.ParsePolicy([]byte(`{"term_round_weights": ["0.25", "0.25", "0.5"], "term_weights": ["0.4", "0.6"]}`))
	require.NoError(t, err)
	assert.Len(t, pol.TermRoundWeights, 3)
	_, err = assessment.ParsePolicy([]byte(`{"term_round_weights": ["0.3", "0.6"], "term_weights": ["1.5", "-0.5"]}`))
	assert.Equal(t, []string{"term_round_weights", "term_weights[0]", "term_weights[1]"}, testkit.Fields(err))
}
