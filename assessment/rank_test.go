package assessment_test

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func st(school, score string, vetoed bool) assessment.Standing {
	return assessment.Standing{School: school, Score: p(score), Vetoed: vetoed}
}

// places lists the part of each Place a table checks: "school rank score grade
// [fail] [vetoed] [bottom]".
func places(r assessment.Ranking) []string {
	var out []string
	for _, pl := range r.Places {
		s := pl.School + " " + strconv.Itoa(pl.Rank) + " " + pl.Score.String() + " " + pl.Grade
		if pl.Fail {
			s += " fail"
		}
		if pl.Vetoed {
			s += " vetoed"
		}
		if pl.Bottom {
			s += " bottom"
		}
		out = append(out, s)
	}
	return out
}

func codes(fs houqin.Findings) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Code)+" "+f.Subject)
	}
	return out
}

func TestRank(t *testing.T) {
	standings := []assessment.Standing{
		st("d", "85", false), st("b", "90", false), st("f", "99", true), st("e", "50", false),
		st("c", "90", false), st("a", "95", false),
	}
	tests := []struct {
		name     string
		edit     func(p *assessment.Policy)
		in       []assessment.Standing
		places   []string
		findings []string
	}{
		{name: "ties share a rank; the vetoed school ranks last and is the bottom place",
			in: standings,
			places: []string{"a 1 95 excellent", "b 2 90 excellent", "c 2 90 excellent", "d 4 85 good",
				"e 5 50 fail fail", "f 6 99 fail fail vetoed bottom"},
			findings: []string{
				"assessment.award_ineligible e", "assessment.award_ineligible f",
				"assessment.failed e",
				"assessment.rectification_required e", "assessment.rectification_required f",
				"assessment.vetoed f",
				"assessment.bottom_place f",
			}},
		{name: "vetoed schools ranked by score by policy", in: standings,
			edit: func(p *assessment.Policy) { p.VetoedByScore = true },
			places: []string{"f 1 99 fail fail vetoed", "a 2 95 excellent", "b 3 90 excellent", "c 3 90 excellent",
				"d 5 85 good", "e 6 50 fail fail bottom"}},
		{name: "no bottom places flagged", in: standings, edit: func(p *assessment.Policy) { p.Bottom = 0 },
			places: []string{"a 1 95 excellent", "b 2 90 excellent", "c 2 90 excellent", "d 4 85 good",
				"e 5 50 fail fail", "f 6 99 fail fail vetoed"}},
		{name: "a tie at the boundary flags every tied school",
			in:       []assessment.Standing{st("x", "70", false), st("y", "60", false), st("z", "60", false)},
			places:   []string{"x 1 70 pass", "y 2 60 pass bottom", "z 2 60 pass bottom"},
			findings: []string{"assessment.bottom_place y", "assessment.bottom_place z"}},
		{name: "two bottom places",
			in:     []assessment.Standing{st("w", "80", false), st("x", "70", false), st("y", "65", false), st("z", "60", false)},
			edit:   func(p *assessment.Policy) { p.Bottom = 2 },
			places: []string{"w 1 80 good", "x 2 70 pass", "y 3 65 pass bottom", "z 4 60 pass bottom"}},
		{name: "more bottom places than schools flags all", edit: func(p *assessment.Policy) { p.Bottom = 5 },
			in:     []assessment.Standing{st("x", "70", false), st("y", "60", false)},
			places: []string{"x 1 70 pass bottom", "y 2 60 pass bottom"}},
		{name: "a vetoed school does not tie with an equal score",
			in:     []assessment.Standing{st("a", "90", true), st("b", "90", false)},
			places: []string{"b 1 90 excellent", "a 2 90 fail fail vetoed bottom"}},
		{name: "all tied: 1, 1, 1",
			in:     []assessment.Standing{st("c", "75", false), st("a", "75", false), st("b", "75", false)},
			places: []string{"a 1 75 good bottom", "b 1 75 good bottom", "c 1 75 good bottom"}},
		{name: "the pass mark exactly passes; a hundredth less fails",
			in:     []assessment.Standing{st("a", "60", false), st("b", "59.99", false)},
			places: []string{"a 1 60 pass", "b 2 59.99 fail fail bottom"}},
		{name: "nobody", in: nil, places: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pol := assessment.DefaultPolicy()
			if tt.edit != nil {
				tt.edit(&pol)
			}
			a := mustNew(t, assessment.SampleRubric(), pol)
			r, err := a.Rank(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.places, places(r))
			if tt.findings != nil {
				assert.Equal(t, tt.findings, codes(r.Findings))
			}
			checkRanking(t, r)
		})
	}
}

func TestRankFindingFacts(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	r, err := a.Rank([]assessment.Standing{st("a", "80", false), st("e", "58.5", false), st("f", "97", true)})
	require.NoError(t, err)
	facts := map[string]string{}
	for _, f := range r.Findings {
		var s string
		for _, x := range f.Facts {
			s += x.Name + "=" + x.Format(language.English) + " "
		}
		facts[string(f.Code)+" "+f.Subject] = s
	}
	assert.Equal(t, map[string]string{
		"assessment.failed e":                 "score=58.5 pass_mark=60 ",
		"assessment.award_ineligible e":       "score=58.5 ",
		"assessment.rectification_required e": "score=58.5 ",
		"assessment.vetoed f":                 "score=97 ",
		"assessment.award_ineligible f":       "score=97 ",
		"assessment.rectification_required f": "score=97 ",
		"assessment.bottom_place f":           "rank=3 schools=3 score=97 ",
	}, facts)
	assert.Equal(t, houqin.Violation, r.Findings.Worst())
	msg := testkit.Of(r.Findings, assessment.CodeFailed)[0].Message(language.SimplifiedChinese)
	assert.Equal(t, "e后勤管理考核不合格：得分58.5，低于合格线60分", msg)
}

// checkRanking checks the invariants of a ranking: places in order, each
// rank one more than the number of places strictly before it.
func checkRanking(t *testing.T, r assessment.Ranking) {
	t.Helper()
	sorted := slices.Clone(r.Findings)
	sorted.Sort()
	assert.Equal(t, sorted, r.Findings, "findings in the order of Findings.Sort")
	for k, pl := range r.Places {
		if k == 0 {
			assert.Equal(t, 1, pl.Rank)
			continue
		}
		prev := r.Places[k-1]
		if pl.Rank == prev.Rank {
			assert.Equal(t, prev.Score, pl.Score)
			assert.Less(t, prev.School, pl.School, "ties by school id")
		} else {
			assert.Equal(t, k+1, pl.Rank)
		}
	}
}

func TestRankDeterministic(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	rng := rand.New(rand.NewPCG(5, 6))
	in := make([]assessment.Standing, 2000)
	for i := range in {
		in[i] = assessment.Standing{School: "s" + strconv.Itoa(i), Score: assessment.Points(rng.Int64N(40) * 250), Vetoed: rng.IntN(50) == 0}
	}
	want, err := a.Rank(in)
	require.NoError(t, err)
	checkRanking(t, want)
	for range 5 {
		rng.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
		got, err := a.Rank(in)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
}

func TestRankErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     []assessment.Standing
		fields []string
	}{
		{"no school", []assessment.Standing{st("", "1", false)}, []string{"standings[0].school"}},
		{"a school twice", []assessment.Standing{st("a", "1", false), st("b", "2", false), st("a", "3", false)},
			[]string{"standings[2].school"}},
		{"negative score", []assessment.Standing{st("a", "-0.01", false)}, []string{"standings[0].score"}},
		{"score above the highest possible", []assessment.Standing{st("a", "103.01", false)}, []string{"standings[0].score"}},
		{"every problem at once", []assessment.Standing{st("", "-1", false), st("b", "200", false)},
			[]string{"standings[0].school", "standings[0].score", "standings[1].score"}},
		{"a school three times, no school twice", []assessment.Standing{st("a", "1", false), st("", "1", false),
			st("a", "1", false), st("", "1", false), st("a", "1", false)},
			[]string{"standings[1].school", "standings[2].school", "standings[3].school", "standings[4].school"}},
	}
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := a.Rank(tt.in)
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
		})
	}
	_, err := a.Rank([]assessment.Standing{st("a", "1", false), st("b", "1", false), st("a", "1", false), st("a", "1", false)})
	assert.EqualError(t, err, "invalid input: standings[2].school: school \"a\" appears twice (also standings[0])\n"+
		"invalid input: standings[3].school: school \"a\" appears twice (also standings[0])")
}

// School ids order as strings.Compare orders them, byte by byte, whatever
// they share or hold (a common prefix, ids alike but for their last bytes,
// Chinese, a zero byte), and rankings of few or many schools, under every
// policy, are those of the naive way, place by place and finding by finding.
func TestRankIDs(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 80))
	n := newNaive(assessment.SampleRubric())
	for round := range 120 {
		pol := assessment.DefaultPolicy()
		pol.Bottom = rng.IntN(4)
		pol.VetoedByScore = rng.IntN(3) == 0
		a := mustNew(t, assessment.SampleRubric(), pol)
		size := rng.IntN(40)
		if round%10 == 0 {
			size = 300 + rng.IntN(2000)
		}
		in := oddStandings(rng, size, int64(a.MaxScore()))
		got, err := a.Rank(in)
		require.NoError(t, err)
		checkRanking(t, got)
		naive := make([]naiveStanding, len(in))
		for i, s := range in {
			naive[i] = naiveStanding{s.School, s.Score.Decimal(), s.Vetoed}
			if pol.VetoedByScore {
				naive[i].vetoed = false // ranked by score; the grade still fails
			}
		}
		want, wantFindings := n.rank(naive, pol.Bottom)
		require.Len(t, got.Places, len(want))
		for k := range want {
			require.Equal(t, want[k].school, got.Places[k].School)
			require.Equal(t, want[k].rank, got.Places[k].Rank)
			require.Equal(t, want[k].bottom, got.Places[k].Bottom)
			if !got.Places[k].Vetoed {
				require.Equal(t, want[k].grade, got.Places[k].Grade)
			}
		}
		if !pol.VetoedByScore {
			require.Len(t, got.Findings, len(wantFindings))
			for k := range wantFindings {
				require.Equal(t, wantFindings[k].Code, got.Findings[k].Code)
				require.Equal(t, wantFindings[k].Subject, got.Findings[k].Subject)
				require.Equal(t, wantFindings[k].Message(language.English), got.Findings[k].Message(language.English))
			}
		}
	}
}

// oddStandings makes n standings: ids sharing a prefix, or not, some alike
// but for their last bytes, some beyond ASCII or with a zero byte; scores
// with many ties; a few vetoed.
func oddStandings(rng *rand.Rand, n int, maxScore int64) []assessment.Standing {
	prefix := []string{"", "school-", "县", "sch"}[rng.IntN(4)]
	out := make([]assessment.Standing, n)
	seen := map[string]bool{}
	for i := range out {
		var id string
		for id == "" || seen[id] {
			switch rng.IntN(5) {
			case 0: // alike in the first bytes: told apart at the end
				id = prefix + "abcdefgh" + strconv.Itoa(rng.IntN(4*n))
			case 1:
				id = prefix + string(rune('A'+rng.IntN(3)))
			case 2:
				id = prefix + "城关" + strconv.Itoa(rng.IntN(4*n)) + "\x00"
			default:
				id = prefix + strconv.Itoa(rng.IntN(4*n))
			}
		}
		seen[id] = true
		score := rng.Int64N(maxScore + 1)
		if rng.IntN(2) == 0 {
			score = score / 500 * 500 // ties
		}
		out[i] = assessment.Standing{School: id, Score: assessment.Points(score), Vetoed: rng.IntN(20) == 0}
	}
	return out
}

// From inspections to the ranking: Score, Combine, Rank.
func TestScoreCombineRank(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	var standings []assessment.Standing
	for i := range 5 {
		var rounds []assessment.Result
		for k := range 4 {
			in := sampleInspection("school-" + strconv.Itoa(i))
			in.Round = "r" + strconv.Itoa(k)
			in.Observations = append(in.Observations, assessment.Observation{Item: "canteen.samples", Occurrences: int64(i)})
			if i == 4 && k == 2 {
				in.Observations = append(in.Observations, assessment.Observation{Item: "veto.food_poisoning", Fail: true})
			}
			r, err := a.Score(in)
			require.NoError(t, err)
			assert.Equal(t, r.Standing().Vetoed, len(r.Vetoed) > 0)
			rounds = append(rounds, r)
		}
		c, err := a.Combine(rounds)
		require.NoError(t, err)
		standings = append(standings, c.Standing())
	}
	r, err := a.Rank(standings)
	require.NoError(t, err)
	assert.Equal(t, []string{"school-0 1 100 excellent", "school-1 2 98 excellent", "school-2 3 96 excellent",
		"school-3 3 96 excellent", "school-4 5 96 fail fail vetoed bottom"}, places(r))
}
