package assessment

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
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

// Rank ranks schools by score, highest first, in O(n log n). Schools with
// equal scores share a rank (1, 2, 2, 4) and are listed by school id. A
// vetoed school ranks after every school without a veto, unless
// Policy.VetoedByScore. The Policy.Bottom last places are flagged (末位);
// when the boundary falls inside a tie, every tied school is flagged, so that
// none is singled out by its id.
//
// Each school gets the grade of its score (the failing band when vetoed). A
// failing school loses every award eligibility and must commit to
// rectification (一律取消各种评先资格, 责令其做出整改承诺: 高校后勤工作会上的领导讲话):
// the ranking carries those consequences as findings.
//
// Rank returns an *houqin.InputError, listing every problem, when a school id
// is empty or repeats, or a score lies outside [0, MaxScore].
func (a *Assessor) Rank(standings []Standing) (Ranking, error) {
	s, p := a.s, a.p
	n := len(standings)
	if n > MaxSchools {
		return Ranking{}, houqin.Invalid("standings", strconv.Itoa(n)+" schools, more than "+strconv.Itoa(MaxSchools))
	}
	byID := schoolOrder(standings) // byID[j]: the standing of the j-th school in id order
	if err := a.checkStandings(standings, byID); err != nil {
		return Ranking{}, err
	}

	// The places: vetoed schools last unless the policy ranks them by
	// score, then the higher score first, then the school id. A key holds
	// the three, the id as the school's position in id order.
	order := make([]uint64, n)
	for j, i := range byID {
		st := &standings[i]
		var last uint64
		if st.Vetoed && !p.vetoByScore {
			last = 1
		}
		order[j] = last<<63 | uint64(s.maxScore-int64(st.Score))<<idxBits | uint64(j)
	}
	slices.Sort(order)
	r := Ranking{Places: make([]Place, n)}
	at := make([]int32, n) // at[j]: the place of the j-th school in id order
	fails := 0
	for k, key := range order {
		j := key & idxMask
		st := &standings[byID[j]]
		rank := k + 1
		if k > 0 && order[k-1]>>idxBits == key>>idxBits { // tied
			rank = r.Places[k-1].Rank
		}
		g := &s.grades[s.grade(int64(st.Score), st.Vetoed)]
		pl := &r.Places[k]
		pl.School, pl.Rank, pl.Score, pl.Grade, pl.Fail, pl.Vetoed = st.School, rank, st.Score, g.id, g.fail, st.Vetoed
		at[j] = int32(k)
		if pl.Fail {
			fails++
		}
	}
	bottoms := flagBottom(r.Places, p.bottom)
	r.Findings = a.consequences(r.Places, at, fails, bottoms)
	return r, nil
}

// idxBits is the width of a school's position in a sort key:
// MaxSchools < 2^24.
const (
	idxBits = 24
	idxMask = 1<<idxBits - 1
)

// schoolOrder returns the indexes of the standings in the order of their
// school ids (strings.Compare), a repeated id in the order given.
func schoolOrder(standings []Standing) []int32 {
	byID := make([]int32, len(standings))
	for i := range byID {
		byID[i] = int32(i)
	}
	slices.SortFunc(byID, func(x, y int32) int {
		return cmp.Or(strings.Compare(standings[x].School, standings[y].School), cmp.Compare(x, y))
	})
	return byID
}

// checkStandings reports every problem of the standings, in their order:
// an empty school id, a school id given before, a score outside
// [0, MaxScore]. byID is the standings' order by school id.
func (a *Assessor) checkStandings(standings []Standing, byID []int32) error {
	maxScore := a.s.maxScore
	first := make([]int32, len(standings)) // the first standing of each one's school
	for j, i := range byID {
		first[i] = i
		if j > 0 && standings[i].School == standings[byID[j-1]].School {
			first[i] = first[byID[j-1]]
		}
	}
	var errs problem.List
	for i := range standings {
		st := &standings[i]
		if st.School == "" {
			errs.Add(houqin.Invalid(field.Index("standings", i)+".school", "required"))
		} else if j := first[i]; j != int32(i) {
			errs.Add(houqin.Invalid(field.Index("standings", i)+".school", fmt.Sprintf("school %q appears twice (also standings[%d])", clip.String(st.School, 64), j)))
		}
		if st.Score < 0 || int64(st.Score) > maxScore {
			errs.Add(houqin.Invalid(field.Index("standings", i)+".score", fmt.Sprintf("%s lies outside [0, %s]", st.Score, Points(maxScore))))
		}
	}
	return errs.Err()
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

// consequences returns the findings of a ranking, directly in the order of
// houqin.Findings.Sort (worst severity first, then code, then subject): the
// violations of failing schools code by code, then the warnings of bottom
// places, each in school order. at[j] is the place of the j-th school in id
// order. Each finding has its own Facts slice, cut from one block.
func (a *Assessor) consequences(places []Place, at []int32, fails, bottoms int) houqin.Findings {
	if fails+bottoms == 0 {
		return nil
	}
	// The failing and bottom places in school order.
	failing := make([]int32, 0, fails)
	bottom := make([]int32, 0, bottoms)
	vetoed := 0
	for _, k := range at {
		if places[k].Fail {
			failing = append(failing, k)
			if places[k].Vetoed {
				vetoed++
			}
		}
		if places[k].Bottom {
			bottom = append(bottom, k)
		}
	}

	// Exactly the findings and facts needed, written field by field into
	// fresh memory (a composite literal would be a typed memory move).
	out := make(houqin.Findings, 3*fails+bottoms)
	facts := make([]houqin.Fact, 4*fails-vetoed+3*bottoms)
	o, f := 0, 0
	add := func(c houqin.Code, sev houqin.Severity, k int32, nfacts int) []houqin.Fact {
		fs := facts[f : f+nfacts : f+nfacts]
		f += nfacts
		fd := &out[o]
		o++
		fd.Code, fd.Severity, fd.Subject, fd.Facts = c, sev, places[k].School, fs
		return fs
	}
	score := func(dst *houqin.Fact, k int32) {
		dst.Name, dst.Unit, dst.Value = "score", houqin.UnitPoints, int64(places[k].Score)
	}
	// The codes in the order of their text: award_ineligible, failed,
	// rectification_required, vetoed; then bottom_place, a warning.
	for _, k := range failing {
		score(&add(CodeAwardIneligible, houqin.Violation, k, 1)[0], k)
	}
	for _, k := range failing {
		if !places[k].Vetoed {
			fs := add(CodeFailed, houqin.Violation, k, 2)
			score(&fs[0], k)
			fs[1].Name, fs[1].Unit, fs[1].Value = "pass_mark", houqin.UnitPoints, a.s.passMark
		}
	}
	for _, k := range failing {
		score(&add(CodeRectificationRequired, houqin.Violation, k, 1)[0], k)
	}
	for _, k := range failing {
		if places[k].Vetoed {
			score(&add(CodeVetoed, houqin.Violation, k, 1)[0], k)
		}
	}
	n := int64(len(places))
	for _, k := range bottom {
		fs := add(CodeBottomPlace, houqin.Warning, k, 3)
		fs[0], fs[1] = houqin.CountFact("rank", int64(places[k].Rank)), houqin.CountFact("schools", n)
		score(&fs[2], k)
	}
	return out
}
