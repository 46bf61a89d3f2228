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
// 监利县学校后勤管理工作会议讲话（上半年工作总结）), by [Assessor.Combine] from
// the rounds directly, or by [Assessor.CombineYear] from the terms.
type Combined struct {
	// Rubric is the id of the rubric the rounds were scored on.
	Rubric string `json:"rubric"`
	// School is the rounds' school.
	School string `json:"school"`
	// Score is the weighted score, rounded once to the hundredth by
	// Policy.Rounding.
	Score Points `json:"score"`
	// Grade is the id of the grade band of Score, or the failing band when
	// Vetoed; empty for a rubric without bands.
	Grade string `json:"grade"`
	// Fail reports whether the grade is a failing band; in a rubric without
	// bands, whether the school is vetoed.
	Fail bool `json:"fail,omitempty"`
	// Vetoed reports whether a veto fails the year: a round was vetoed and
	// the policy does not confine vetoes to their round.
	Vetoed bool `json:"vetoed,omitempty"`
	// Rounds are the rounds combined, in the order given, by Combine.
	Rounds []RoundScore `json:"rounds,omitempty"`
	// Terms are the terms combined, in the order given, by CombineYear.
	Terms []TermScore `json:"terms,omitempty"`
}

// RoundScore is one round of a combined score.
type RoundScore struct {
	// Round is the round's name.
	Round string `json:"round,omitempty"`
	// Score is the round's score.
	Score Points `json:"score"`
	// Weight is the round's weight, in the year or in its term. With equal
	// weights it is 1/n rounded half-up to 10⁻⁸, for display: the
	// combination itself takes the exact mean.
	Weight houqin.Ratio `json:"weight"`
	// Vetoed reports whether a veto item was triggered in the round.
	Vetoed bool `json:"vetoed,omitempty"`
}

// TermRounds are the results of one school's rounds in one term, for
// [Assessor.CombineYear].
type TermRounds struct {
	// Term is the term: autumn or spring of one school year.
	Term houqin.Term `json:"term"`
	// Rounds are the term's results, in the order of Policy.TermRoundWeights.
	Rounds []Result `json:"rounds"`
}

// TermScore is one term of a year built from terms.
type TermScore struct {
	// Term is the term.
	Term houqin.Term `json:"term"`
	// Score is the term's score: its rounds weighed by
	// Policy.TermRoundWeights, rounded once to the hundredth by
	// Policy.Rounding, as a term's result is reported.
	Score Points `json:"score"`
	// Weight is the term's weight in the year (for display with equal
	// weights, as RoundScore.Weight).
	Weight houqin.Ratio `json:"weight"`
	// Vetoed reports whether a veto item was triggered in a round of the
	// term.
	Vetoed bool `json:"vetoed,omitempty"`
	// Rounds are the term's rounds, each with its weight in the term.
	Rounds []RoundScore `json:"rounds"`
}

// Combine combines one school's rounds into the year's score. With
// Policy.Weights the score is Σ weightᵢ × scoreᵢ, computed exactly in
// integers and rounded once to the hundredth by Policy.Rounding; without,
// it is the exact mean Σ scoreᵢ / n, rounded once the same way. So four
// rounds of 90, 90, 90 and 90 always make 90, and 90, 90, 89.99 make 89.9966…,
// which rounds half-up to 90. [Assessor.CombineYear] builds the year from
// its terms instead.
//
// A veto in any round fails the year unless Policy.VetoRoundOnly. Combine
// returns an *houqin.InputError when there are no rounds or more than
// MaxRounds, when the policy's weights are not one per round, when a result
// is of another rubric or school, when a round name repeats, or when a score
// lies outside [0, MaxScore].
func (a *Assessor) Combine(rounds []Result) (Combined, error) {
	p := a.p
	switch {
	case len(rounds) == 0:
		return Combined{}, houqin.Invalid("rounds", "no rounds to combine")
	case len(rounds) > MaxRounds:
		return Combined{}, houqin.Invalid("rounds", strconv.Itoa(len(rounds))+" rounds, more than "+strconv.Itoa(MaxRounds))
	case p.weights != nil && len(p.weights) != len(rounds):
		return Combined{}, houqin.Invalid("rounds", strconv.Itoa(len(rounds))+" rounds, but the policy weighs "+strconv.Itoa(len(p.weights)))
	}
	err := a.roundsProblems(len(rounds), rounds[0].School,
		func(i int) *Result { return &rounds[i] },
		func(i int) string { return field.Index("rounds", i) })
	if err != nil {
		return Combined{}, err
	}
	c := Combined{Rubric: a.s.id, School: rounds[0].School, Rounds: make([]RoundScore, len(rounds))}
	score, vetoed := a.combine(rounds, p.weights, c.Rounds)
	c.Score = Points(score)
	a.finish(&c, vetoed)
	return c, nil
}

// CombineYear combines one school's year from its terms (中心学校后勤工作计划（范文十一篇）:
// 学年末综合两学期考评结果): each term's rounds by Policy.TermRoundWeights
// into the term's score, rounded once to the hundredth by Policy.Rounding
// as a term's result is reported; then the terms' scores by
// Policy.TermWeights into the year's, rounded once more. Without weights,
// each is the exact mean. So with the default 30% and 70% within a term and
// equal terms, rounds of 80 and 90 make an autumn of 87, rounds of 85 and 95
// a spring of 92, and the year 89.5.
//
// A veto in any round fails the year unless Policy.VetoRoundOnly.
// CombineYear returns an *houqin.InputError, listing every problem, when
// there are no terms or more than two, a term is invalid, repeats or is of
// another school year, a term has no rounds or not one per weight of
// Policy.TermRoundWeights, the terms are not one per weight of
// Policy.TermWeights, or a result is of another rubric or school, repeats a
// round name of the year or has a score outside [0, MaxScore].
func (a *Assessor) CombineYear(terms []TermRounds) (Combined, error) {
	p := a.p
	switch {
	case len(terms) == 0:
		return Combined{}, houqin.Invalid("terms", "no terms to combine")
	case len(terms) > 2:
		return Combined{}, houqin.Invalid("terms", strconv.Itoa(len(terms))+" terms, but a school year has two")
	case p.terms != nil && len(p.terms) != len(terms):
		return Combined{}, houqin.Invalid("terms", strconv.Itoa(len(terms))+" terms, but the policy weighs "+strconv.Itoa(len(p.terms)))
	}
	var errs problem.List
	n := 0
	for t := range terms {
		tp := func(name string) string { return field.Index("terms", t) + "." + name } // on a problem only
		tr := &terms[t]
		rs := len(tr.Rounds)
		if err := tr.Term.Validate(); err != nil {
			errs.Add(houqin.WithField(tp("term"), err))
		}
		switch {
		case t > 0 && tr.Term == terms[0].Term:
			errs.Add(houqin.Invalid(tp("term"), "the term of terms[0] again"))
		case t > 0 && tr.Term.Year != terms[0].Term.Year:
			errs.Add(houqin.Invalid(tp("term"), fmt.Sprintf("of school year %d, not %d like terms[0]", tr.Term.Year, terms[0].Term.Year)))
		}
		switch {
		case rs == 0:
			errs.Add(houqin.Invalid(tp("rounds"), "no rounds to combine"))
		case rs > MaxRounds:
			errs.Add(houqin.Invalid(tp("rounds"), strconv.Itoa(rs)+" rounds, more than "+strconv.Itoa(MaxRounds)))
		case p.termRounds != nil && len(p.termRounds) != rs:
			errs.Add(houqin.Invalid(tp("rounds"), strconv.Itoa(rs)+" rounds, but the policy weighs "+strconv.Itoa(len(p.termRounds))+" in a term"))
		}
		n += rs
	}
	if err := errs.Err(); err != nil {
		return Combined{}, err
	}
	// The rounds of the year in order: round i is terms[term[i]].Rounds[i-first[term[i]]].
	at := make([][2]int32, 0, n)
	for t := range terms {
		for k := range terms[t].Rounds {
			at = append(at, [2]int32{int32(t), int32(k)})
		}
	}
	school := terms[0].Rounds[0].School
	err := a.roundsProblems(n, school,
		func(i int) *Result { return &terms[at[i][0]].Rounds[at[i][1]] },
		func(i int) string { return field.Index(field.Index("terms", int(at[i][0]))+".rounds", int(at[i][1])) })
	if err != nil {
		return Combined{}, err
	}

	c := Combined{Rubric: a.s.id, School: school, Terms: make([]TermScore, len(terms))}
	rounds := make([]RoundScore, n)
	var sum int64
	vetoed := false
	equal := houqin.ShareOf(1, int64(len(terms)))
	for t := range terms {
		tr, ts := &terms[t], &c.Terms[t]
		ts.Term, ts.Rounds, rounds = tr.Term, rounds[:len(tr.Rounds):len(tr.Rounds)], rounds[len(tr.Rounds):]
		score, v := a.combine(tr.Rounds, p.termRounds, ts.Rounds)
		ts.Score, ts.Vetoed, ts.Weight = Points(score), v, equal
		vetoed = vetoed || v
		if p.terms != nil {
			ts.Weight = houqin.Ratio(p.terms[t])
			sum += p.terms[t] * score // ≤ 10⁸ × 10⁵ per term
		} else {
			sum += score
		}
	}
	if p.terms != nil {
		c.Score = Points(divRound(sum, int64(houqin.RatioOne), p.rounding))
	} else {
		c.Score = Points(divRound(sum, int64(len(terms)), p.rounding))
	}
	a.finish(&c, vetoed)
	return c, nil
}

// combine returns the score of rounds weighed by weights, or their exact
// mean when weights is nil, rounded once by the policy, and whether any
// round is vetoed; it writes each round's score and weight in out.
func (a *Assessor) combine(rounds []Result, weights []int64, out []RoundScore) (int64, bool) {
	var sum int64
	vetoed := false
	equal := houqin.ShareOf(1, int64(len(rounds)))
	for i := range rounds {
		r := &rounds[i]
		v := len(r.Vetoed) > 0
		vetoed = vetoed || v
		w := equal
		if weights != nil {
			w = houqin.Ratio(weights[i])
			sum += weights[i] * int64(r.Score) // ≤ 10⁸ × 10⁵ per round
		} else {
			sum += int64(r.Score)
		}
		out[i] = RoundScore{Round: r.Round, Score: r.Score, Weight: w, Vetoed: v}
	}
	if weights != nil {
		return divRound(sum, int64(houqin.RatioOne), a.p.rounding), vetoed
	}
	return divRound(sum, int64(len(rounds)), a.p.rounding), vetoed
}

// finish sets a combined score's veto and grade.
func (a *Assessor) finish(c *Combined, vetoed bool) {
	c.Vetoed = vetoed && !a.p.vetoRound
	c.Grade, c.Fail = a.s.verdict(int64(c.Score), c.Vetoed)
}

// roundsProblems reports every problem of n rounds, or nil: results of
// another rubric or of another school than school, a round name given
// before, a score out of range. get returns round i, path its field path.
// It allocates nothing for rounds without a problem, unless there are more
// than 16 (whose names it remembers in a map; fewer it compares pairwise).
func (a *Assessor) roundsProblems(n int, school string, get func(int) *Result, path func(int) string) error {
	s := a.s
	var errs problem.List
	if school == "" {
		errs.Add(houqin.Invalid(path(0)+".school", "required"))
	}
	var seen map[string]int
	if n > 16 {
		seen = make(map[string]int, n)
	}
	for i := range n {
		r := get(i)
		at := func(name string) string { return path(i) + "." + name }
		if r.Rubric != s.id {
			errs.Add(houqin.Invalid(at("rubric"), fmt.Sprintf("scored on rubric %q, not %q", clip.String(r.Rubric, 64), s.id)))
		}
		if r.School != school {
			errs.Add(houqin.Invalid(at("school"), fmt.Sprintf("%q, not %q like %s", clip.String(r.School, 64), clip.String(school, 64), path(0))))
		}
		j, dup := -1, false // the round's last appearance before i
		if seen != nil {
			j, dup = seen[r.Round]
			seen[r.Round] = i
		}
		for k := i - 1; k >= 0 && seen == nil && !dup; k-- {
			j, dup = k, get(k).Round == r.Round
		}
		if dup && r.Round != "" {
			errs.Add(houqin.Invalid(at("round"), fmt.Sprintf("round %q appears twice (also %s)", clip.String(r.Round, 64), path(j))))
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
