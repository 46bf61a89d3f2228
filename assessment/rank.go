package assessment

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/enum"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
	"golang.org/x/text/language"
)

// Ranking is the outcome of ranking schools: their places in rank order and
// the consequences as findings.
type Ranking struct {
	// Places are the schools in rank order.
	Places []Place `json:"places"`
	// Findings are the verdicts and consequences, sorted: for each failing
	// school CodeFailed or CodeVetoed; for each school the consequences
	// its grade band carries (Policy.Consequences: by default
	// CodeAwardIneligible and CodeRectificationRequired for a failing
	// school); for each flagged bottom place CodeBottomPlace.
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
	// Grade is the id of the school's grade band; empty for a rubric
	// without bands.
	Grade string `json:"grade"`
	// Fail reports whether the grade fails; in a rubric without bands,
	// whether a veto fails the school.
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
// Each school gets the grade of its score (the failing band when vetoed),
// and carries the consequences Policy.Consequences gives its band: by
// default, a failing school loses every award eligibility and must commit to
// rectification (一律取消各种评先资格, 责令其做出整改承诺: 高校后勤工作会上的领导讲话).
// The ranking carries them as findings, with the school and its score.
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
	for k, key := range order {
		j := key & idxMask
		st := &standings[byID[j]]
		rank := k + 1
		if k > 0 && order[k-1]>>idxBits == key>>idxBits { // tied
			rank = r.Places[k-1].Rank
		}
		pl := &r.Places[k]
		pl.School, pl.Rank, pl.Score, pl.Vetoed = st.School, rank, st.Score, st.Vetoed
		pl.Grade, pl.Fail = s.verdict(int64(st.Score), st.Vetoed)
		at[j] = int32(k)
	}
	bottoms := flagBottom(r.Places, p.bottom)
	r.Findings = a.consequences(r.Places, at, bottoms)
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

// Consequence is what a school's standing carries beyond its grade (see
// Policy.Consequences): each is a finding of [Assessor.Rank] with the school
// as subject and its score as fact. The zero Consequence is unset and
// invalid.
type Consequence uint8

// The consequences.
const (
	// ConsequenceAwardIneligible: the school loses every award eligibility
	// (CodeAwardIneligible).
	ConsequenceAwardIneligible Consequence = iota + 1
	// ConsequenceRectification: the school must commit to rectification in
	// writing (CodeRectificationRequired); Assessor.Rectifications issues
	// its notice.
	ConsequenceRectification
	// ConsequencePrincipalPerformance: the result counts in the principal's
	// performance assessment (CodePrincipalPerformance).
	ConsequencePrincipalPerformance
)

var consequenceCodec = enum.New("Consequence", "consequence",
	enum.Value{},
	enum.Value{Name: "award_ineligible", Hans: "取消评先评优资格", Hant: "取消評先評優資格", En: "loses award eligibility"},
	enum.Value{Name: "rectification", Hans: "书面整改承诺", Hant: "書面整改承諾", En: "written rectification commitment"},
	enum.Value{Name: "principal_performance", Hans: "与校长绩效挂钩", Hant: "與校長績效掛鉤", En: "counts in the principal's performance assessment"})

// consequenceCodes[q] is the finding code of consequence q, and its
// severity.
var consequenceCodes = [...]struct {
	code houqin.Code
	sev  houqin.Severity
}{
	ConsequenceAwardIneligible - 1:      {CodeAwardIneligible, houqin.Violation},
	ConsequenceRectification - 1:        {CodeRectificationRequired, houqin.Violation},
	ConsequencePrincipalPerformance - 1: {CodePrincipalPerformance, houqin.Notice},
}

// Valid reports whether q is one of the consequences.
func (q Consequence) Valid() bool { return consequenceCodec.Valid(uint8(q)) }

// String returns "award_ineligible", "rectification" or
// "principal_performance", and "Consequence(n)" otherwise.
func (q Consequence) String() string { return consequenceCodec.String(uint8(q)) }

// Label returns the name of q for a reader of the language matched from tag:
// 取消评先评优资格, 書面整改承諾, counts in the principal's performance
// assessment.
func (q Consequence) Label(tag language.Tag) string { return consequenceCodec.Label(tag, uint8(q)) }

// Code returns the finding code of q, and "" for an invalid q.
func (q Consequence) Code() houqin.Code {
	if !q.Valid() {
		return ""
	}
	return consequenceCodes[q-1].code
}

// MarshalText encodes q by its name; it refuses an invalid consequence.
func (q Consequence) MarshalText() ([]byte, error) {
	return marshalEnum(consequenceCodec, "consequence", uint8(q))
}

// UnmarshalText decodes a name written by MarshalText.
func (q *Consequence) UnmarshalText(b []byte) error {
	return unmarshalEnum(consequenceCodec, "consequence", b, (*uint8)(q))
}

// carriesAt reports whether a place carries consequence q: every school
// those of AllBands, and a school those of its grade band; by default a
// failing school those of failing.
func (a *Assessor) carriesAt(pl *Place, q Consequence) bool {
	if a.carries == nil {
		return pl.Fail && (q == ConsequenceAwardIneligible || q == ConsequenceRectification)
	}
	if slices.Contains(a.all, q) {
		return true
	}
	if pl.Grade == "" {
		return false
	}
	return slices.Contains(a.carries[a.s.grade(int64(pl.Score), pl.Vetoed)], q)
}

// consequences returns the findings of a ranking, directly in the order of
// houqin.Findings.Sort (worst severity first, then code, then subject): the
// violations code by code (award_ineligible, failed,
// rectification_required, vetoed), then the warnings of bottom places, then
// the notices (principal_performance), each in school order. at[j] is the
// place of the j-th school in id order. Each finding has its own Facts
// slice, cut from one block.
func (a *Assessor) consequences(places []Place, at []int32, bottoms int) houqin.Findings {
	// Which place carries what, and how many findings and facts that makes.
	var carry [len(consequenceCodes)]int
	fails, vetoed := 0, 0
	for k := range places {
		pl := &places[k]
		if pl.Fail {
			fails++
			vetoed += b2i(pl.Vetoed)
		}
		for q := range carry {
			carry[q] += b2i(a.carriesAt(pl, Consequence(q+1)))
		}
	}
	n, nfacts := fails+bottoms, 2*fails-vetoed+3*bottoms
	for _, c := range carry {
		n, nfacts = n+c, nfacts+c
	}
	if n == 0 {
		return nil
	}

	// Exactly the findings and facts needed, written field by field into
	// fresh memory (a composite literal would be a typed memory move).
	out := make(houqin.Findings, n)
	facts := make([]houqin.Fact, nfacts)
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
	consequence := func(q Consequence) {
		if carry[q-1] == 0 {
			return
		}
		cc := consequenceCodes[q-1]
		for _, k := range at {
			if a.carriesAt(&places[k], q) {
				score(&add(cc.code, cc.sev, k, 1)[0], k)
			}
		}
	}
	// The codes in the order of their text, within each severity.
	consequence(ConsequenceAwardIneligible)
	for _, k := range at {
		if places[k].Fail && !places[k].Vetoed {
			fs := add(CodeFailed, houqin.Violation, k, 2)
			score(&fs[0], k)
			fs[1].Name, fs[1].Unit, fs[1].Value = "pass_mark", houqin.UnitPoints, a.s.passMark
		}
	}
	consequence(ConsequenceRectification)
	for _, k := range at {
		if places[k].Fail && places[k].Vetoed {
			score(&add(CodeVetoed, houqin.Violation, k, 1)[0], k)
		}
	}
	schools := int64(len(places))
	for _, k := range at {
		if places[k].Bottom {
			fs := add(CodeBottomPlace, houqin.Warning, k, 3)
			fs[0], fs[1] = houqin.CountFact("rank", int64(places[k].Rank)), houqin.CountFact("schools", schools)
			score(&fs[2], k)
		}
	}
	consequence(ConsequencePrincipalPerformance)
	return out
}
