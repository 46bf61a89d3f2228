package assessment

import (
	"fmt"
	"strconv"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/houqin-go/houqin/internal/problem"
)

// Combined is a school's score over several rounds: the year's score of
// "four assessments decide the rank" (四次考核定高低, in
// 监利县学校后勤管理工作会议讲话（上半年工作总结）).
type Combined struct {
	// Rubric is the id of the rubric the rounds were scored on.
	Rubric string `json:"rubric"`
	// School is the rounds' school.
	School string `json:"school"`
	// Score is the weighted score, rounded once to the hundredth by
	// Policy.Rounding.
	Score Points `json:"score"`
	// Grade is the id of the grade band of Score, or the failing band when
	// Vetoed.
	Grade string `json:"grade"`
	// Fail reports whether the grade is a failing band.
	Fail bool `json:"fail,omitempty"`
	// Vetoed reports whether a veto fails the year: a round was vetoed and
	// the policy does not confine vetoes to their round.
	Vetoed bool `json:"vetoed,omitempty"`
	// Rounds are the rounds combined, in the order given.
	Rounds []RoundScore `json:"rounds"`
}

// RoundScore is one round of a combined score.
type RoundScore struct {
	// Round is the round's name.
	Round string `json:"round,omitempty"`
	// Score is the round's score.
	Score Points `json:"score"`
	// Weight is the round's weight. With equal weights it is 1/n rounded
	// half-up to 10⁻⁸, for display: the combination itself takes the exact
	// mean.
	Weight houqin.Ratio `json:"weight"`
	// Vetoed reports whether a veto item was triggered in the round.
	Vetoed bool `json:"vetoed,omitempty"`
}

// Combine combines one school's rounds into the year's score. With
// Policy.Weights the score is Σ weightᵢ × scoreᵢ, computed exactly in
// integers and rounded once to the hundredth by Policy.Rounding; without,
// it is the exact mean Σ scoreᵢ / n, rounded once the same way. So four
// rounds of 90, 90, 90 and 90 always make 90, and 90, 90, 89.99 make 89.9966…,
// which rounds half-up to 90.
//
// A veto in any round fails the year unless Policy.VetoRoundOnly. Combine
// returns an *houqin.InputError when there are no rounds or more than
// MaxRounds, when the policy's weights are not one per round, when a result
// is of another rubric or school, when a round name repeats, or when a score
// lies outside [0, MaxScore].
func (a *Assessor) Combine(rounds []Result) (Combined, error) {
	s, p := a.s, a.p
	switch {
	case len(rounds) == 0:
		return Combined{}, houqin.Invalid("rounds", "no rounds to combine")
	case len(rounds) > MaxRounds:
		return Combined{}, houqin.Invalid("rounds", strconv.Itoa(len(rounds))+" rounds, more than "+strconv.Itoa(MaxRounds))
	case p.weights != nil && len(p.weights) != len(rounds):
		return Combined{}, houqin.Invalid("rounds", strconv.Itoa(len(rounds))+" rounds, but the policy weighs "+strconv.Itoa(len(p.weights)))
	}
	school := rounds[0].School
	if err := a.roundsProblems(rounds); err != nil {
		return Combined{}, err
	}

	c := Combined{Rubric: s.id, School: school, Rounds: make([]RoundScore, len(rounds))}
	var sum int64
	vetoed := false
	equal := houqin.ShareOf(1, int64(len(rounds)))
	for i := range rounds {
		r := &rounds[i]
		v := len(r.Vetoed) > 0
		vetoed = vetoed || v
		w := equal
		if p.weights != nil {
			w = houqin.Ratio(p.weights[i])
			sum += p.weights[i] * int64(r.Score) // ≤ 10⁸ × 10⁵ per round
		} else {
			sum += int64(r.Score)
		}
		c.Rounds[i] = RoundScore{Round: r.Round, Score: r.Score, Weight: w, Vetoed: v}
	}
	if p.weights != nil {
		c.Score = Points(divRound(sum, int64(houqin.RatioOne), p.rounding))
	} else {
		c.Score = Points(divRound(sum, int64(len(rounds)), p.rounding))
	}
	c.Vetoed = vetoed && !p.vetoRound
	g := s.grade(int64(c.Score), c.Vetoed)
	c.Grade = s.grades[g].id
	c.Fail = s.grades[g].fail
	return c, nil
}

// roundsProblems reports every problem of rounds, or nil: results of another
// rubric or school, a round name given before, a score out of range. It
// allocates nothing for rounds without a problem, unless there are more
// than 16 (whose names it remembers in a map; fewer it compares pairwise).
func (a *Assessor) roundsProblems(rounds []Result) error {
	s := a.s
	var errs problem.List
	school := rounds[0].School
	if school == "" {
		errs.Add(houqin.Invalid("rounds[0].school", "required"))
	}
	var seen map[string]int
	if len(rounds) > 16 {
		seen = make(map[string]int, len(rounds))
	}
	for i := range rounds {
		r := &rounds[i]
		at := func(name string) string { return field.Index("rounds", i) + "." + name }
		if r.Rubric != s.id {
			errs.Add(houqin.Invalid(at("rubric"), fmt.Sprintf("scored on rubric %q, not %q", clip.String(r.Rubric, 64), s.id)))
		}
		if r.School != school {
			errs.Add(houqin.Invalid(at("school"), fmt.Sprintf("%q, not %q like rounds[0]", clip.String(r.School, 64), clip.String(school, 64))))
		}
		j, dup := -1, false // the round's last appearance before i
		if seen != nil {
			j, dup = seen[r.Round]
			seen[r.Round] = i
		}
		for k := i - 1; k >= 0 && seen == nil && !dup; k-- {
			j, dup = k, rounds[k].Round == r.Round
		}
		if dup && r.Round != "" {
			errs.Add(houqin.Invalid(at("round"), fmt.Sprintf("round %q appears twice (also rounds[%d])", clip.String(r.Round, 64), j)))
		}
		if r.Score < 0 || int64(r.Score) > s.maxScore {
			errs.Add(houqin.Invalid(at("score"), fmt.Sprintf("%s lies outside [0, %s]", r.Score, Points(s.maxScore))))
		}
	}
	return errs.Err()
}

// divRound returns num/den rounded by mode, for num ≥ 0 (scores and
// weights are never negative) and den > 0. Inlined with a constant den, the
// division needs no division instruction.
func divRound(num, den int64, mode houqin.Rounding) int64 {
	return int64(fixed.RoundQuo(uint64(num/den), uint64(num%den), uint64(den), false, fixed.Mode(mode)))
}

// Standing is what ranking needs of a school: its score and whether a veto
// fails it. [Result.Standing] and [Combined.Standing] make one.
type Standing struct {
	// School is the host's identifier of the school. Required, unique.
	School string `json:"school"`
	// Score is the school's score.
	Score Points `json:"score"`
	// Vetoed reports whether a veto fails the school.
	Vetoed bool `json:"vetoed,omitempty"`
}

// Standing returns the school's standing in its round.
func (r Result) Standing() Standing {
	return Standing{School: r.School, Score: r.Score, Vetoed: len(r.Vetoed) > 0}
}

// Standing returns the school's standing over its rounds.
func (c Combined) Standing() Standing {
	return Standing{School: c.School, Score: c.Score, Vetoed: c.Vetoed}
}
