package assessment

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
)

// Ranking is the outcome of ranking schools: their places in rank order and
// the consequences as findings.
type Ranking struct {
	// Places are the schools in rank order.
	Places []Place `json:"places"`
	// Findings are the consequences, sorted: for each failing school
	// CodeFailed or CodeVetoed, CodeAwardIneligible and
	// CodeRectificationRequired; for each flagged bottom place
	// CodeBottomPlace.
	Findings houqin.Findings `json:"findings,omitempty"`
}

// Place is one school's place in a ranking.
type Place struct {
	// School is the school's identifier.
	School string `json:"school"`
	// Rank is the school's rank, from 1; tied schools share the rank of the
	// first of them, and the next rank skips (1, 2, 2, 4).
	Rank int `json:"rank"`
	// Score is the school's score.
	Score Points `json:"score"`
	// Grade is the id of the school's grade band.
	Grade string `json:"grade"`
	// Fail reports whether the grade fails.
	Fail bool `json:"fail,omitempty"`
	// Vetoed reports whether a veto fails the school.
	Vetoed bool `json:"vetoed,omitempty"`
	// Bottom reports whether the place is among the Policy.Bottom last
	// (末位).
	Bottom bool `json:"bottom,omitempty"`
}

// MaxSchools bounds the number of schools Rank takes.
const MaxSchools = 10_000_000

// rankKey is the sort key of a standing: vetoed schools last unless the
// policy ranks them by score, then the higher score first, then the school
// id, so that the order is deterministic.
type rankKey struct {
	last  bool
	score int64
	i     int32
}

// Rank ranks schools by score, highest first, in O(n log n). Schools with
// equal scores share a rank (1, 2, 2, 4) and are listed by school id. A
// vetoed school ranks after every school without a veto, unless
// Policy.VetoedByScore. The Policy.Bottom last places are flagged (末位);
// when the boundary falls inside a tie, every tied school is flagged, so that
// none is singled out by its id.
//
// Each school gets the grade of its score (the failing band when vetoed). A
// failing school loses every award eligibility and must commit to
// rectification (seed 002: 一律取消各种评先资格, 责令其做出整改承诺): the ranking
// carries those consequences as findings.
//
// Rank returns an *houqin.InputError, listing every problem, when a school id
// is empty or repeats, or a score lies outside [0, MaxScore].
func (a *Assessor) Rank(standings []Standing) (Ranking, error) {
	s, p := a.s, a.p
	n := len(standings)
	if n > MaxSchools {
		return Ranking{}, houqin.Invalid("standings", strconv.Itoa(n)+" schools, more than "+strconv.Itoa(MaxSchools))
	}
	var errs problems
	seen := make(map[string]int32, n)
	keys := make([]rankKey, n)
	for i := range standings {
		st := &standings[i]
		if st.School == "" {
			errs.add(standingField(i, "school"), "required")
		} else if j, dup := seen[st.School]; dup {
			errs.addf(standingField(i, "school"), "school %q appears twice (also standings[%d])", truncate(st.School, 64), j)
		} else {
			seen[st.School] = int32(i)
		}
		if st.Score < 0 || int64(st.Score) > s.maxScore {
			errs.addf(standingField(i, "score"), "%s lies outside [0, %s]", st.Score, Points(s.maxScore))
		}
		keys[i] = rankKey{last: st.Vetoed && !p.vetoByScore, score: int64(st.Score), i: int32(i)}
	}
	if err := errors.Join(errs...); err != nil {
		return Ranking{}, err
	}
	slices.SortFunc(keys, func(x, y rankKey) int {
		switch {
		case x.last != y.last:
			if x.last {
				return 1
			}
			return -1
		case x.score != y.score:
			return cmp.Compare(y.score, x.score)
		}
		return strings.Compare(standings[x.i].School, standings[y.i].School)
	})

	r := Ranking{Places: make([]Place, n)}
	fails, bottoms := 0, 0
	for k, key := range keys {
		st := &standings[key.i]
		rank := k + 1
		if k > 0 && keys[k-1].last == key.last && keys[k-1].score == key.score {
			rank = r.Places[k-1].Rank
		}
		g := s.grade(key.score, st.Vetoed)
		pl := Place{School: st.School, Rank: rank, Score: st.Score, Grade: s.grades[g].id,
			Fail: s.grades[g].fail, Vetoed: st.Vetoed}
		if pl.Fail {
			fails++
		}
		r.Places[k] = pl
	}
	// Flag the bottom places: a tie group is flagged when its last position
	// falls among the last p.bottom.
	if p.bottom > 0 {
		for k := n - 1; k >= 0; {
			first := k
			for first > 0 && r.Places[first-1].Rank == r.Places[k].Rank {
				first--
			}
			if k < n-p.bottom {
				break
			}
			for j := first; j <= k; j++ {
				r.Places[j].Bottom = true
				bottoms++
			}
			k = first - 1
		}
	}
	r.Findings = a.consequences(r.Places, fails, bottoms)
	return r, nil
}

func standingField(i int, name string) string {
	return "standings[" + strconv.Itoa(i) + "]." + name
}

// consequences builds the findings of a ranking directly in the order of
// houqin.Findings.Sort (worst severity first, then code, then subject), so
// that no sort of the findings is needed: the violations of failing schools
// code by code, then the warnings of bottom places, each by school id. A
// school's score fact is made once and shared by its findings (a decimal
// is immutable); each finding has its own Facts slice, cut from one block.
func (a *Assessor) consequences(places []Place, fails, bottoms int) houqin.Findings {
	if fails+bottoms == 0 {
		return nil
	}
	failing := make([]int32, 0, fails)
	bottom := make([]int32, 0, bottoms)
	for i := range places {
		if places[i].Fail {
			failing = append(failing, int32(i))
		}
		if places[i].Bottom {
			bottom = append(bottom, int32(i))
		}
	}
	bySchool := func(x, y int32) int { return strings.Compare(places[x].School, places[y].School) }
	slices.SortFunc(failing, bySchool)
	slices.SortFunc(bottom, bySchool)

	scores := make([]houqin.Fact, len(failing))
	for k, i := range failing {
		scores[k] = places[i].Score.fact("score")
	}
	pass := Points(a.s.passMark).fact("pass_mark")
	out := make(houqin.Findings, 0, 3*fails+bottoms)
	facts := make([]houqin.Fact, 0, 4*fails+3*bottoms)
	take := func(fs ...houqin.Fact) []houqin.Fact {
		start := len(facts)
		facts = append(facts, fs...)
		return facts[start:len(facts):len(facts)]
	}
	add := func(c houqin.Code, sev houqin.Severity, i int32, fs []houqin.Fact) {
		out = append(out, houqin.Finding{Code: c, Severity: sev, Subject: places[i].School, Facts: fs})
	}
	// The codes in the order of their text: award_ineligible, failed,
	// rectification_required, vetoed; then bottom_place, a warning.
	for k, i := range failing {
		add(CodeAwardIneligible, houqin.Violation, i, take(scores[k]))
	}
	for k, i := range failing {
		if !places[i].Vetoed {
			add(CodeFailed, houqin.Violation, i, take(scores[k], pass))
		}
	}
	for k, i := range failing {
		add(CodeRectificationRequired, houqin.Violation, i, take(scores[k]))
	}
	for k, i := range failing {
		if places[i].Vetoed {
			add(CodeVetoed, houqin.Violation, i, take(scores[k]))
		}
	}
	n := int64(len(places))
	for _, i := range bottom {
		add(CodeBottomPlace, houqin.Warning, i,
			take(houqin.CountFact("rank", int64(places[i].Rank)), houqin.CountFact("schools", n), places[i].Score.fact("score")))
	}
	return out
}
