package assessment

import (
	"slices"
	"strings"

	"github.com/houqin-go/houqin"
)

// The fast path of ranking sorts integers, not strings. Both orders a
// ranking needs, by school id and by score, come from sorts of uint64 keys:
//
//   - by school: the key is the five bytes of the id that follow the prefix
//     every id shares ("school-"), big-endian, above the standing's index;
//     ids that the five bytes do not tell apart (rare) are ordered by a
//     comparison of the whole ids. The order is that of strings.Compare.
//   - by score: the key is (vetoed last, score descending, place in school
//     order), so that tied schools come out by id with no comparison of ids.
//
// The failing and bottom places are then taken in school order, with no
// sort, and the findings of failing schools with equal scores share one
// score fact, so that ranking makes a handful of allocations plus one
// decimal per distinct failing score, not one per school. Any problem of
// the input (an empty or repeated id, a score out of range) abandons the
// fast path, and rankFull reports it.

// idxBits is the width of the index in the sort keys: MaxSchools < 2^24.
const (
	idxBits = 24
	idxMask = 1<<idxBits - 1
)

// rankFast ranks valid standings as rankFull does and reports true; it
// reports false, having allocated only its working memory, when a school id
// is empty or repeats or a score is out of range.
func (a *Assessor) rankFast(standings []Standing) (Ranking, bool) {
	s, p := a.s, a.p
	n := len(standings)
	if n == 0 {
		return Ranking{Places: make([]Place, 0)}, true
	}
	// Check the standings, and find the prefix every id shares.
	shared := standings[0].School
	for i := range standings {
		st := &standings[i]
		if st.School == "" || st.Score < 0 || int64(st.Score) > s.maxScore {
			return Ranking{}, false
		}
		if len(shared) > 0 {
			shared = shared[:commonPrefix(shared, st.School)]
		}
	}
	skip := len(shared)

	// Sort by school id.
	keys, tmp := make([]uint64, n), make([]uint64, n)
	for i := range standings {
		keys[i] = idKey(standings[i].School, skip)<<idxBits | uint64(i)
	}
	keys, tmp = sortKeys(keys, tmp)
	for lo := 0; lo < n; {
		hi := lo + 1
		for hi < n && keys[hi]>>idxBits == keys[lo]>>idxBits {
			hi++
		}
		if hi-lo > 1 { // ids alike in the five bytes: compare them whole
			run := keys[lo:hi]
			slices.SortFunc(run, func(x, y uint64) int {
				return strings.Compare(standings[x&idxMask].School, standings[y&idxMask].School)
			})
			for k := 1; k < len(run); k++ {
				if standings[run[k]&idxMask].School == standings[run[k-1]&idxMask].School {
					return Ranking{}, false // a school twice: rankFull says which
				}
			}
		}
		lo = hi
	}
	byID := make([]int32, n) // byID[j]: the standing of the j-th school in id order
	for j, key := range keys {
		byID[j] = int32(key & idxMask)
	}

	// Sort by score: vetoed schools last unless the policy ranks them by
	// score, then the higher score first, then the school id.
	order := tmp
	for j, i := range byID {
		st := &standings[i]
		var last uint64
		if st.Vetoed && !p.vetoByScore {
			last = 1
		}
		order[j] = last<<63 | uint64(s.maxScore-int64(st.Score))<<idxBits | uint64(j)
	}
	order, spare := sortKeys(order, keys)

	r := Ranking{Places: make([]Place, n)}
	at := spare[:n] // at[j]: the place of the j-th school in id order
	fails := 0
	last := len(s.grades) - 1
	g := 0 // the grade of the schools without a veto, from the best down
	for k, key := range order {
		j := key & idxMask
		st := &standings[byID[j]]
		rank := k + 1
		if k > 0 && order[k-1]>>idxBits == key>>idxBits {
			rank = r.Places[k-1].Rank
		}
		// Scores come in descending order (vetoed schools aside, who
		// get the last band), so the grade only moves down the bands:
		// this is s.grade without the search.
		grade := last
		if !st.Vetoed {
			for g < last && int64(st.Score) < s.grades[g].min {
				g++
			}
			grade = g
		}
		pl := &r.Places[k]
		pl.School, pl.Rank, pl.Score, pl.Grade = st.School, rank, st.Score, s.grades[grade].id
		pl.Fail, pl.Vetoed = s.grades[grade].fail, st.Vetoed
		at[j] = uint64(k)
		if pl.Fail {
			fails++
		}
	}
	bottoms := flagBottom(r.Places, p.bottom)
	if fails+bottoms == 0 {
		return r, true
	}

	// The score facts of failing places, one per run of equal scores in
	// rank order, shared.
	fact := byID // fact[k]: the score fact of failing place k; byID is done with
	distinct := 0
	for k := range r.Places {
		if r.Places[k].Fail && (k == 0 || !r.Places[k-1].Fail || r.Places[k-1].Score != r.Places[k].Score) {
			distinct++
		}
	}
	scores := make([]houqin.Fact, 0, distinct)
	for k := range r.Places {
		pl := &r.Places[k]
		if !pl.Fail {
			continue
		}
		if k == 0 || !r.Places[k-1].Fail || r.Places[k-1].Score != pl.Score {
			scores = append(scores, pl.Score.fact("score"))
		}
		fact[k] = int32(len(scores) - 1)
	}
	// The failing and bottom places in school order.
	failing := make([]int32, 0, fails)
	which := make([]int32, 0, fails)
	bottom := make([]int32, 0, bottoms)
	for _, k := range at {
		if r.Places[k].Fail {
			failing = append(failing, int32(k))
			which = append(which, fact[k])
		}
		if r.Places[k].Bottom {
			bottom = append(bottom, int32(k))
		}
	}
	r.Findings = a.findingsOf(r.Places, failing, scores, which, bottom)
	return r, true
}

// commonPrefix returns the length of the prefix a and b share.
func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// idKey is the five bytes of id after skip, big-endian, padded with zero
// bytes: ids ordered by their keys are ordered as strings.Compare orders
// them, except that ids with equal keys need a comparison.
func idKey(id string, skip int) uint64 {
	var k uint64
	for i := skip; i < skip+5; i++ {
		k <<= 8
		if i < len(id) {
			k |= uint64(id[i])
		}
	}
	return k
}

// sortKeys sorts keys whose low idxBits bits are already in ascending
// order within equal high bits (an index, in the order the keys were
// made): by a least-significant-digit radix sort of the high bits, a byte
// at a time, stable, skipping the bytes that are the same in every key. One
// pass counts the bytes of every position; each byte that varies then takes
// one pass. It returns the sorted keys and the other buffer; tmp must have
// room for len(keys).
func sortKeys(keys, tmp []uint64) (sorted, spare []uint64) {
	if len(keys) < 256 {
		slices.Sort(keys)
		return keys, tmp
	}
	tmp = tmp[:len(keys)]
	const digits = (64 - idxBits) / 8
	var count [digits][256]int
	for _, k := range keys {
		k >>= idxBits
		for d := range digits {
			count[d][byte(k)]++
			k >>= 8
		}
	}
	for d := range digits {
		c := &count[d]
		shift := uint(idxBits + 8*d)
		if c[byte(keys[0]>>shift)] == len(keys) {
			continue // the same byte in every key
		}
		sum := 0
		for b, n := range c {
			c[b] = sum
			sum += n
		}
		for _, k := range keys {
			b := byte(k >> shift)
			tmp[c[b]] = k
			c[b]++
		}
		keys, tmp = tmp, keys
	}
	return keys, tmp
}
