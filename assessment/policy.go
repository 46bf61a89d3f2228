package assessment

import (
	"errors"
	"fmt"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
)

// Policy holds the configurable values of the assessment that are not part
// of a rubric: how rounds combine into the year, how vetoes carry, how many
// bottom places are flagged, and how long a school has to rectify. The zero
// value of each field has the meaning its comment gives; [DefaultPolicy]
// returns the values of the source documents.
type Policy struct {
	// Weights weighs a school's rounds in Combine: one decimal per round, in
	// the order the rounds are given, each in [0, 1], summing to exactly 1.
	// 中心学校后勤工作计划（范文十一篇） counts the mid-term and final
	// assessments 70% and the first and third 30%; with both terms equal,
	// the four rounds of a year weigh 0.15, 0.35, 0.15, 0.35. Empty means equal weights:
	// the year's score is the exact mean of the rounds' scores, rounded once
	// by Rounding (so three rounds weigh exactly a third each, which no
	// decimal weight can say).
	Weights []decimal.Decimal `json:"weights,omitempty"`
	// Rounding rounds a score that is not a whole hundredth of a point: a
	// proportional item's points × ratio, and a combined score. The zero
	// value is houqin.RoundHalfUp (四舍五入): 89.995 → 90.
	Rounding houqin.Rounding `json:"rounding"`
	// VetoRoundOnly confines a veto to its round. By default (false) a veto
	// in any round fails the school's year, whatever the combined score.
	VetoRoundOnly bool `json:"veto_round_only,omitempty"`
	// VetoedByScore ranks a vetoed school by its score among the others. By
	// default (false) vetoed schools rank after every school without a veto.
	VetoedByScore bool `json:"vetoed_by_score,omitempty"`
	// Bottom is the number of bottom places Rank flags (末位; the 末位淘汰 of
	// 中心学校后勤工作计划（范文十一篇）). Schools tied with a flagged place
	// are flagged too. Zero flags none.
	Bottom int `json:"bottom"`
	// RectifyDays is the time a school has to rectify: the deadline of a
	// rectification notice is this many days after the notice. Zero means 30.
	RectifyDays int `json:"rectify_days"`
}

// Limits of a policy and of the inputs that depend on it.
const (
	// MaxRounds bounds the number of rounds Combine takes.
	MaxRounds = 1000
	// MaxRectifyDays bounds Policy.RectifyDays: ten years.
	MaxRectifyDays = 3660
	// defaultRectifyDays is the meaning of a zero RectifyDays.
	defaultRectifyDays = 30
)

// DefaultPolicy returns the values of the source documents: rounds weigh
// equally ("four assessments decide the rank", 四次考核定高低, of
// 监利县学校后勤管理工作会议讲话（上半年工作总结）), scores round half-up, a
// veto in any round fails the year, vetoed schools rank last, the bottom
// place is flagged (中心学校后勤工作计划（范文十一篇）), and a school has 30
// days to rectify (the documents set no term; 30 days is this package's).
func DefaultPolicy() Policy {
	return Policy{Bottom: 1, RectifyDays: defaultRectifyDays}
}

// Validate reports every problem of p at once, each an *houqin.InputError
// naming its field ("weights[2]").
func (p Policy) Validate() error {
	_, err := compilePolicy(p)
	return err
}

// ParsePolicy reads a policy from JSON over [DefaultPolicy]: a field the
// JSON leaves out keeps its default, so that a county writes only what
// differs ({"bottom": 2}). Weights are decimals, best written as strings
// ("0.15"). Unknown fields are refused, so that a typo does not silently
// drop a setting, and the result is validated. Every problem is an
// *houqin.InputError naming the field, matching houqin.ErrInvalidInput.
func ParsePolicy(data []byte) (Policy, error) { return parse(data, DefaultPolicy()) }

// The compiled form of a policy.
type rules struct {
	weights     []int64 // ratios, summing to RatioOne; nil for equal weights
	rounding    houqin.Rounding
	vetoRound   bool
	vetoByScore bool
	bottom      int
	rectifyDays int
}

func compilePolicy(p Policy) (*rules, error) {
	var errs problem.List
	c := &rules{rounding: p.Rounding, vetoRound: p.VetoRoundOnly, vetoByScore: p.VetoedByScore,
		bottom: p.Bottom, rectifyDays: p.RectifyDays}
	if len(p.Weights) > MaxRounds {
		errs.Add(houqin.Invalid("weights", fmt.Sprintf("%d weights, more than %d", len(p.Weights), MaxRounds)))
	} else if len(p.Weights) > 0 {
		c.weights = make([]int64, len(p.Weights))
		var sum int64
		ok := true
		for i, w := range p.Weights {
			f := field.Index("weights", i)
			r, err := houqin.RatioOf(f, w)
			switch {
			case err != nil:
				errs.Add(err)
				ok = false
			case r < 0 || r > houqin.RatioOne:
				errs.Add(houqin.Invalid(f, "must lie in [0, 1]"))
				ok = false
			}
			c.weights[i] = int64(r)
			sum += int64(r)
		}
		if ok && sum != int64(houqin.RatioOne) {
			errs.Add(houqin.Invalid("weights", fmt.Sprintf("sum to %s, not 1", houqin.Ratio(sum))))
		}
	}
	errs.Add(houqin.WithField("rounding", p.Rounding.Validate()))
	if p.Bottom < 0 {
		errs.Add(houqin.Invalid("bottom", "negative"))
	}
	switch {
	case p.RectifyDays < 0:
		errs.Add(houqin.Invalid("rectify_days", "negative"))
	case p.RectifyDays > MaxRectifyDays:
		errs.Add(houqin.Invalid("rectify_days", fmt.Sprintf("more than %d days", MaxRectifyDays)))
	case p.RectifyDays == 0:
		c.rectifyDays = defaultRectifyDays
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// Assessor scores inspections on one validated rubric under one policy,
// combines a school's rounds, ranks schools and issues rectification
// notices. Build it once with [New]; it is immutable and safe for concurrent
// use.
type Assessor struct {
	s *scheme
	p *rules
}

// New validates the rubric and the policy and compiles them into an
// Assessor. It reports every problem of both at once, as *houqin.InputError
// values under "rubric." and "policy." ("rubric.sections[0].items[2].points").
func New(r Rubric, p Policy) (*Assessor, error) {
	s, rerr := compileRubric(r)
	c, perr := compilePolicy(p)
	if err := errors.Join(houqin.WithField("rubric", rerr), houqin.WithField("policy", perr)); err != nil {
		return nil, err
	}
	return &Assessor{s: s, p: c}, nil
}

// Rubric returns a copy of the rubric a scores on.
func (a *Assessor) Rubric() Rubric { return a.s.rubric.clone() }

// Grade returns the grade band with the given id, and whether there is one;
// a rubric without bands has [DefaultGrades].
func (a *Assessor) Grade(id string) (Grade, bool) {
	grades := a.s.rubric.Grades
	if len(grades) == 0 {
		grades = DefaultGrades()
	}
	for _, g := range grades {
		if g.ID == id {
			return g, true
		}
	}
	return Grade{}, false
}

// MaxScore returns the highest score a school can get on the rubric: its
// total plus every bonus it can give.
func (a *Assessor) MaxScore() Points { return Points(a.s.maxScore) }

// PassMark returns the lowest score that passes: the Min of the lowest band
// that does not fail.
func (a *Assessor) PassMark() Points { return Points(a.s.passMark) }
