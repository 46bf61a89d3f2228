package assessment

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
)

// Policy holds the configurable values of the assessment that are not part
// of a rubric: how rounds combine into the year, how vetoes carry, how many
// failed key items veto, what each grade band carries, how many bottom
// places are flagged, and how long a school has to rectify. The zero value
// of each field has the meaning its comment gives; [DefaultPolicy] returns
// the values of the source documents.
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
	// TermRoundWeights weighs the rounds within each term in CombineYear:
	// one decimal per round of a term, in the order given, each in [0, 1],
	// summing to exactly 1. 中心学校后勤工作计划（范文十一篇） counts the
	// first assessment 30% and the mid-term one 70% (第一、第三次评估占30%,
	// 期中、期末占70%): ["0.3", "0.7"]. Empty means the exact mean of the
	// term's rounds.
	TermRoundWeights []decimal.Decimal `json:"term_round_weights,omitempty"`
	// TermWeights weighs the terms of a year in CombineYear, in the order
	// given (autumn, then spring), each in [0, 1], summing to exactly 1; the
	// same document combines both terms at the end of the school year
	// (学年末综合两学期考评结果). Empty means the exact mean of the terms.
	TermWeights []decimal.Decimal `json:"term_weights,omitempty"`
	// Rounding rounds a score that is not a whole hundredth of a point: a
	// proportional item's points × ratio, a combined score and a term's
	// score. The zero value is houqin.RoundHalfUp (四舍五入): 89.995 → 90.
	Rounding houqin.Rounding `json:"rounding"`
	// VetoRoundOnly confines a veto to its round. By default (false) a veto
	// in any round fails the school's year, whatever the combined score.
	VetoRoundOnly bool `json:"veto_round_only,omitempty"`
	// VetoedByScore ranks a vetoed school by its score among the others. By
	// default (false) vetoed schools rank after every school without a veto.
	VetoedByScore bool `json:"vetoed_by_score,omitempty"`
	// KeyFailures is the number of failed key items (关键项) that vetoes a
	// result, as a veto item does: two or more by default. Zero means 2.
	KeyFailures int `json:"key_failures"`
	// Consequences lists, per grade band id, what a school's standing in
	// that band carries, as findings of Rank: losing award eligibility and
	// a written rectification commitment for a failing school
	// (高校后勤工作会上的领导讲话: 一律取消各种评先资格，同时要责令其做出整改承诺),
	// and, where a region links them, the principal's performance
	// assessment (考核结果与校长绩效挂钩; 监利县学校后勤管理工作会议讲话（上半年工作总结）
	// makes the result a parameter of the principal's performance pay). The
	// key "*" (AllBands) applies to every school, whatever its band, and is
	// the only key a rubric without bands takes. Nil means the sources'
	// rule: every failing school (a failing band, or a veto) carries
	// ConsequenceAwardIneligible and ConsequenceRectification; a map given
	// replaces it whole.
	Consequences map[string][]Consequence `json:"consequences,omitempty"`
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
	// defaultKeyFailures is the meaning of a zero KeyFailures.
	defaultKeyFailures = 2
	// AllBands is the key of Policy.Consequences that applies to every
	// school.
	AllBands = "*"
)

// DefaultPolicy returns the values of the source documents: rounds weigh
// equally ("four assessments decide the rank", 四次考核定高低, of
// 监利县学校后勤管理工作会议讲话（上半年工作总结）), and in a year built from
// terms the first round of a term weighs 30% and the second 70%, the two
// terms equally (中心学校后勤工作计划（范文十一篇）); scores round half-up, a
// veto in any round fails the year, two failed key items veto, a failing
// school loses award eligibility and must commit to rectification
// (高校后勤工作会上的领导讲话), vetoed schools rank last, the bottom place is
// flagged (中心学校后勤工作计划（范文十一篇）), and a school has 30 days to
// rectify (the documents set no term; 30 days is this package's).
func DefaultPolicy() Policy {
	return Policy{Bottom: 1, RectifyDays: defaultRectifyDays, KeyFailures: defaultKeyFailures,
		TermRoundWeights: []decimal.Decimal{decimal.New(3, -1), decimal.New(7, -1)}}
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
	weights      []int64 // ratios, summing to RatioOne; nil for equal weights
	termRounds   []int64 // the same, for the rounds of a term
	terms        []int64 // the same, for the terms of a year
	rounding     houqin.Rounding
	vetoRound    bool
	vetoByScore  bool
	keyFailures  int
	consequences map[string][]Consequence // nil for the sources' rule
	bottom       int
	rectifyDays  int
}

// weightsIn compiles a list of weights at path: nil when empty, and
// problems unless each lies in [0, 1] and they sum to 1.
func weightsIn(errs *problem.List, path string, ws []decimal.Decimal) []int64 {
	if len(ws) > MaxRounds {
		errs.Add(houqin.Invalid(path, fmt.Sprintf("%d weights, more than %d", len(ws), MaxRounds)))
		return nil
	}
	if len(ws) == 0 {
		return nil
	}
	out := make([]int64, len(ws))
	var sum int64
	ok := true
	for i, w := range ws {
		f := field.Index(path, i)
		r, err := houqin.RatioOf(f, w)
		switch {
		case err != nil:
			errs.Add(err)
			ok = false
		case r < 0 || r > houqin.RatioOne:
			errs.Add(houqin.Invalid(f, "must lie in [0, 1]"))
			ok = false
		}
		out[i] = int64(r)
		sum += int64(r)
	}
	if ok && sum != int64(houqin.RatioOne) {
		errs.Add(houqin.Invalid(path, fmt.Sprintf("sum to %s, not 1", houqin.Ratio(sum))))
	}
	return out
}

func compilePolicy(p Policy) (*rules, error) {
	var errs problem.List
	c := &rules{rounding: p.Rounding, vetoRound: p.VetoRoundOnly, vetoByScore: p.VetoedByScore,
		bottom: p.Bottom, rectifyDays: p.RectifyDays, keyFailures: p.KeyFailures}
	c.weights = weightsIn(&errs, "weights", p.Weights)
	c.termRounds = weightsIn(&errs, "term_round_weights", p.TermRoundWeights)
	c.terms = weightsIn(&errs, "term_weights", p.TermWeights)
	if p.Rounding > houqin.RoundCeil {
		errs.Add(houqin.Invalid("rounding", "unknown rounding "+p.Rounding.String()))
	}
	switch {
	case p.KeyFailures < 0:
		errs.Add(houqin.Invalid("key_failures", "negative"))
	case p.KeyFailures > MaxItems:
		errs.Add(houqin.Invalid("key_failures", fmt.Sprintf("more than %d", MaxItems)))
	case p.KeyFailures == 0:
		c.keyFailures = defaultKeyFailures
	}
	if p.Consequences != nil {
		c.consequences = make(map[string][]Consequence, len(p.Consequences))
		for _, band := range slices.Sorted(maps.Keys(p.Consequences)) {
			cp := "consequences." + band
			list := p.Consequences[band]
			switch {
			case band == "":
				errs.Add(houqin.Invalid("consequences", "a grade band id is required as the key"))
			case len(band) > maxIDLen:
				errs.Add(houqin.Invalid("consequences", "a key longer than "+strconv.Itoa(maxIDLen)+" bytes"))
			case len(list) > len(consequenceCodes):
				errs.Add(houqin.Invalid(cp, fmt.Sprintf("%d consequences, more than the %d there are", len(list), len(consequenceCodes))))
			}
			for k, q := range list {
				if !q.Valid() {
					errs.Add(houqin.Invalid(field.Index(cp, k), "unknown consequence: want "+consequenceCodec.List()))
				} else if j := slices.Index(list, q); j < k {
					errs.Add(houqin.Invalid(field.Index(cp, k), fmt.Sprintf("%s given twice (also [%d])", q, j)))
				}
			}
			c.consequences[band] = slices.Clone(list)
		}
	}
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
	// carries[g] are the consequences of grade band g, all those of every
	// school; carries is nil for the sources' rule, where a failing school
	// carries ConsequenceAwardIneligible and ConsequenceRectification.
	carries [][]Consequence
	all     []Consequence
}

// New validates the rubric and the policy and compiles them into an
// Assessor. It reports every problem of both at once, as *houqin.InputError
// values under "rubric." and "policy." ("rubric.sections[0].items[2].points"),
// among them a key of Policy.Consequences that names no grade band of the
// rubric.
func New(r Rubric, p Policy) (*Assessor, error) {
	s, rerr := compileRubric(r)
	c, perr := compilePolicy(p)
	if err := errors.Join(houqin.WithField("rubric", rerr), houqin.WithField("policy", perr)); err != nil {
		return nil, err
	}
	a := &Assessor{s: s, p: c}
	if c.consequences == nil {
		return a, nil
	}
	a.carries = make([][]Consequence, len(s.grades))
	var errs problem.List
	a.all = c.consequences[AllBands]
	for _, band := range slices.Sorted(maps.Keys(c.consequences)) {
		g := slices.IndexFunc(s.grades, func(g cgrade) bool { return g.id == band })
		switch {
		case band == AllBands:
		case g < 0 && s.grades == nil:
			errs.Add(houqin.Invalid("consequences."+band, "a rubric without grade bands takes only the key \"*\""))
		case g < 0:
			errs.Add(houqin.Invalid("consequences."+band, "no grade band "+clip.Quote(band, 64)+" in the rubric"))
		default:
			a.carries[g] = c.consequences[band]
		}
	}
	if err := errs.Err(); err != nil {
		return nil, houqin.WithField("policy", err)
	}
	return a, nil
}

// Rubric returns a copy of the rubric a scores on.
func (a *Assessor) Rubric() Rubric { return a.s.rubric.clone() }

// Grade returns the grade band with the given id, and whether there is one;
// a rubric that declares no bands has [DefaultGrades], unless it is
// ungraded.
func (a *Assessor) Grade(id string) (Grade, bool) {
	grades := a.s.rubric.Grades
	if len(grades) == 0 && !a.s.rubric.Ungraded {
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
// that does not fail; 0 for a rubric without bands, where no score fails.
func (a *Assessor) PassMark() Points { return Points(a.s.passMark) }
