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
	n := len(standings)
	if n > MaxSchools {
		return Ranking{}, houqin.Invalid("standings", strconv.Itoa(n)+" schools, more than "+strconv.Itoa(MaxSchools))
	}
	if r, ok := a.rankFast(standings); ok {
		return r, nil
	}
	return a.rankFull(standings)
}

// rankFull is Rank without the fast path: it reports every problem of the
// standings, and ranks them when there is none.
func (a *Assessor) rankFull(standings []Standing) (Ranking, error) {
	s, p := a.s, a.p
	n := len(standings)
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
	bottoms = flagBottom(r.Places, p.bottom)
	r.Findings = a.consequences(r.Places, fails, bottoms)
	return r, nil
}

// flagBottom flags the bottom places and returns their number: a tie
// group is flagged when its last position falls among the last bottom.
func flagBottom(places []Place, bottom int) int {
	n, flagged := len(places), 0
	if bottom <= 0 {
		return 0
	}
	for k := n - 1; k >= 0; {
		first := k
		for first > 0 && places[first-1].Rank == places[k].Rank {
			first--
		}
		if k < n-bottom {
			break
		}
		for j := first; j <= k; j++ {
			places[j].Bottom = true
			flagged++
		}
		k = first - 1
	}
	return flagged
}

func standingField(i int, name string) string {
	return "standings[" + strconv.Itoa(i) + "]." + name
}

// consequences builds the findings of a ranking directly in the order of
// houqin.Findings.Sort (worst severity first, then code, then subject), so
// that no sort of the findings is needed: the violations of failing schools
// code by code, then the warnings of bottom places, each by school id.
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
	which := make([]int32, len(failing))
	for k, i := range failing {
		scores[k] = places[i].Score.fact("score")
		which[k] = int32(k)
	}
	return a.findingsOf(places, failing, scores, which, bottom)
}

// findingsOf builds the findings of the failing places and the bottom
// places, each listed in school order. The score fact of failing[k] is
// scores[which[k]]: a score fact may be shared by the findings of a school,
// and of schools with the same score (a decimal is immutable); each finding
// has its own Facts slice, cut from one block.
func (a *Assessor) findingsOf(places []Place, failing []int32, scores []houqin.Fact, which []int32, bottom []int32) houqin.Findings {
	fails, bottoms := len(failing), len(bottom)
	if fails+bottoms == 0 {
		return nil
	}
	vetoed := 0
	for _, i := range failing {
		if places[i].Vetoed {
			vetoed++
		}
	}
	pass := Points(a.s.passMark).fact("pass_mark")
	// Exactly the findings and facts needed, written by index.
	out := make(houqin.Findings, 3*fails+bottoms)
	facts := make([]houqin.Fact, 4*fails-vetoed+3*bottoms)
	o, f := 0, 0
	// Field by field: a composite literal would be a typed memory move, and
	// the memory is fresh.
	add := func(c houqin.Code, sev houqin.Severity, i int32, nfacts int) []houqin.Fact {
		fs := facts[f : f+nfacts : f+nfacts]
		f += nfacts
		fd := &out[o]
		o++
		fd.Code, fd.Severity, fd.Subject, fd.Facts = c, sev, places[i].School, fs
		return fs
	}
	set := func(dst *houqin.Fact, src *houqin.Fact) {
		dst.Name, dst.Value, dst.Unit = src.Name, src.Value, src.Unit
	}
	// The codes in the order of their text: award_ineligible, failed,
	// rectification_required, vetoed; then bottom_place, a warning.
	for k, i := range failing {
		set(&add(CodeAwardIneligible, houqin.Violation, i, 1)[0], &scores[which[k]])
	}
	for k, i := range failing {
		if !places[i].Vetoed {
			fs := add(CodeFailed, houqin.Violation, i, 2)
			set(&fs[0], &scores[which[k]])
			set(&fs[1], &pass)
		}
	}
	for k, i := range failing {
		set(&add(CodeRectificationRequired, houqin.Violation, i, 1)[0], &scores[which[k]])
	}
	for k, i := range failing {
		if places[i].Vetoed {
			set(&add(CodeVetoed, houqin.Violation, i, 1)[0], &scores[which[k]])
		}
	}
	n := int64(len(places))
	for _, i := range bottom {
		fs := add(CodeBottomPlace, houqin.Warning, i, 3)
		fs[0], fs[1], fs[2] = houqin.CountFact("rank", int64(places[i].Rank)), houqin.CountFact("schools", n), places[i].Score.fact("score")
	}
	return out
}
