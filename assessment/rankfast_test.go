package assessment

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"testing"
)

// These tests hold the fast path of ranking (rankfast.go) to the full path
// (rankFull).

// randomStandings makes n standings: ids sharing a prefix, or not, some
// alike in the first bytes after it, some with bytes beyond ASCII; scores
// with many ties; a few vetoed.
func randomStandings(rng *rand.Rand, n int, maxScore int64) []Standing {
	prefix := []string{"", "school-", "县", "sch"}[rng.IntN(4)]
	out := make([]Standing, n)
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
		out[i] = Standing{School: id, Score: Points(score), Vetoed: rng.IntN(20) == 0}
	}
	return out
}

// The fast ranking is the full one, place by place and finding by finding.
func TestRankFastAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 80))
	for round := range 300 {
		pol := DefaultPolicy()
		pol.Bottom = rng.IntN(4)
		pol.VetoedByScore = rng.IntN(3) == 0
		a, err := New(SampleRubric(), pol)
		if err != nil {
			t.Fatal(err)
		}
		n := rng.IntN(40)
		if round%10 == 0 {
			n = 300 + rng.IntN(2000) // the radix sort
		}
		in := randomStandings(rng, n, a.s.maxScore)
		got, ok := a.rankFast(in)
		if !ok {
			t.Fatalf("the fast path refused valid standings %v", in)
		}
		want, err := a.rankFull(in)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("fast ranking\n%+v\nfull ranking\n%+v", got, want)
		}
		if n > 0 { // a problem sends the standings to the full path
			bad := append([]Standing(nil), in...)
			switch k := rng.IntN(n); rng.IntN(3) {
			case 0:
				bad[k].School = ""
			case 1:
				bad[k].School = bad[rng.IntN(n)].School
				if bad[k].School == in[k].School {
					continue
				}
			case 2:
				bad[k].Score = Points(a.s.maxScore + 1)
			}
			if _, ok := a.rankFast(bad); ok {
				t.Fatalf("the fast path ranked invalid standings %v", bad)
			}
			if _, err := a.Rank(bad); err == nil {
				t.Fatalf("Rank accepted invalid standings %v", bad)
			}
		}
	}
}

// sortKeys sorts as slices.Sort does, for keys whose low bits are in
// order.
func TestSortKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 20))
	for _, n := range []int{0, 1, 255, 256, 1000, 5000} {
		keys := make([]uint64, n)
		for i := range keys {
			hi := rng.Uint64() >> idxBits
			switch rng.IntN(3) {
			case 0:
				hi &= 0xff00 // bytes that do not vary
			case 1:
				hi = uint64(rng.IntN(3)) // ties
			}
			keys[i] = hi<<idxBits | uint64(i)
		}
		want := append([]uint64(nil), keys...)
		slices.Sort(want)
		got, spare := sortKeys(keys, make([]uint64, 0, n))
		if !slices.Equal(got, want) || len(spare) != n && n >= 256 {
			t.Fatalf("n=%d: sortKeys differs from slices.Sort", n)
		}
	}
}

// FuzzRankFast: standings with ids of any bytes rank the same by the fast
// and the full path; with wide, each is repeated with suffixes into a few
// hundred schools, for the radix sort.
func FuzzRankFast(f *testing.F) {
	f.Add([]byte("\x05school-1\x23\x28\x05school-2\x23\x28\x04\xe5\x8e\xbf\x00\x17\x70\x00\x00\x10"), uint8(1), false)
	f.Add([]byte("\x01a\x00\x01\x02ab\x00\x01\x03ab\x00\x80\x02"), uint8(2), true)
	f.Add([]byte("\x01a\x00\x01\x01a\x00\x02"), uint8(0), false)
	f.Fuzz(func(t *testing.T, data []byte, bottom uint8, wide bool) {
		pol := DefaultPolicy()
		pol.Bottom = int(bottom % 8)
		pol.VetoedByScore = bottom&0x80 != 0
		a, err := New(SampleRubric(), pol)
		if err != nil {
			t.Fatal(err)
		}
		var in []Standing
		for len(data) > 0 {
			n := int(data[0] & 0x1f)
			if len(data) < 1+n+2 {
				break
			}
			score := int64(data[1+n])<<8 | int64(data[2+n])
			in = append(in, Standing{School: string(data[1 : 1+n]), Score: Points(score % 12000), Vetoed: data[0]&0x80 != 0})
			data = data[3+n:]
		}
		if wide && len(in) > 0 {
			var more []Standing
			for k := 0; len(more) < 300; k++ {
				for _, s := range in {
					s.School += "/" + strconv.Itoa(k)
					s.Score = (s.Score + Points(k*7)) % 10000
					more = append(more, s)
				}
			}
			in = more
		}
		got, ok := a.rankFast(in)
		want, err := a.rankFull(in)
		if !ok {
			if err == nil {
				t.Fatalf("the fast path refused valid standings %+v", in)
			}
			return
		}
		if err != nil {
			t.Fatalf("the fast path ranked invalid standings: %v", err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("fast ranking\n%+v\nfull ranking\n%+v", got, want)
		}
	})
}
