package insurance

import (
	"fmt"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// addSchool adds a school to s with the given tag (forced, for the tests
// of collisions) unless it is there, and returns its slot.
func addSchool(s *schoolSet, tag uint64, id string) int {
	s.reserve(1)
	p, ok := findSchool(s, tag, id)
	if !ok {
		insertSchool(s, p, tag, id)
	}
	return p
}

// check verifies the invariants of s: every school reachable from its
// home slot, where findSchool finds it, and a load of at most 3/4.
func (s *schoolSet) check(t *testing.T) {
	t.Helper()
	n := 0
	for p := range s.slots {
		if s.slots[p].key == 0 {
			require.Equal(t, Bucket{}, s.slots[p].Bucket, "an empty slot has no claims")
			continue
		}
		n++
		q, ok := findSchool(s, s.slots[p].key>>32, s.name(p))
		require.True(t, ok, "slot %d: %q found", p, s.name(p))
		require.Equal(t, p, q)
	}
	require.Equal(t, s.n, n)
	require.LessOrEqual(t, 4*s.n, 3*len(s.slots))
}

func TestSchoolSetCollisions(t *testing.T) {
	for _, tc := range []struct {
		name string
		tag  func(i int) uint64
	}{
		{"all equal", func(int) uint64 { return 7 }},
		{"all at the end, wrapping around", func(i int) uint64 { return 1<<32 - 1 - uint64(i%2) }},
		{"real", func(i int) uint64 { return tagOf(fmt.Sprint("S", i)) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s schoolSet
			for i := range 300 {
				// Ids of one length, so that only their bytes tell them apart.
				p := addSchool(&s, tc.tag(i), fmt.Sprintf("S%03d", i))
				s.slots[p].add(100, 0)
			}
			s.check(t)
			assert.Equal(t, 300, s.len())
			for i := range 300 {
				p, ok := findSchool(&s, tc.tag(i), fmt.Sprintf("S%03d", i))
				require.True(t, ok)
				assert.Equal(t, Bucket{1, 100, 0}, s.slots[p].Bucket)
				_, ok = findSchool(&s, tc.tag(i), []byte(fmt.Sprintf("S%03d", i)))
				require.True(t, ok, "found by bytes")
			}
			_, ok := findSchool(&s, tc.tag(0), "S300")
			assert.False(t, ok)
			_, ok = findSchool(&s, tc.tag(0), "S00")
			assert.False(t, ok, "a prefix is another id")

			// Taking out the schools added since a mark, with and without
			// the table growing in between.
			for _, more := range []int{5, 400} {
				before := s.clone()
				m := s.mark()
				for i := range more {
					addSchool(&s, tc.tag(i), fmt.Sprintf("N%03d", i))
				}
				s.check(t)
				s.truncate(m)
				s.check(t)
				assert.Equal(t, before.n, s.n)
				assert.Equal(t, before.names, s.names)
				assert.ElementsMatch(t, before.list(), s.list())
				for i := range more {
					_, ok := findSchool(&s, tc.tag(i), fmt.Sprintf("N%03d", i))
					require.False(t, ok)
				}
			}
			s.truncate(s.mark()) // nothing to take out
			s.check(t)
		})
	}
}

func TestSchoolSetFindRefuses(t *testing.T) {
	var s schoolSet
	s.reserve(1)
	// The empty id of tag 0 would have the key of an empty slot.
	p, ok := findSchool(&s, 0, "")
	assert.False(t, ok)
	assert.Equal(t, uint64(0), s.slots[p].key)
	insertSchool(&s, p, 0, strings.Repeat("x", maxIDLen))
	// Longer than any school the set holds: never found, whatever its tag.
	_, ok = findSchool(&s, 0, strings.Repeat("x", maxIDLen+1))
	assert.False(t, ok)
	_, ok = findSchool(&s, 0, strings.Repeat("x", maxIDLen))
	assert.True(t, ok)
}

func TestSchoolSetMerge(t *testing.T) {
	var a, b schoolSet
	for i := range 100 {
		p := addSchool(&a, tagOf(fmt.Sprint("S", i)), fmt.Sprint("S", i))
		a.slots[p].add(houqin.Fen(i), 0)
	}
	for i := 50; i < 250; i++ {
		p := addSchool(&b, tagOf(fmt.Sprint("S", i)), fmt.Sprint("S", i))
		b.slots[p].add(1, 1)
	}
	addSchool(&b, tagOf("empty"), "empty") // a school without claims is not merged
	c := a.clone()
	c.merge(&b)
	c.check(t)
	assert.Equal(t, 250, c.len())
	for i := range 250 {
		p, ok := findSchool(&c, tagOf(fmt.Sprint("S", i)), fmt.Sprint("S", i))
		require.True(t, ok)
		want := Bucket{}
		if i < 100 {
			want.add(houqin.Fen(i), 0)
		}
		if i >= 50 {
			want.merge(&Bucket{1, 1, 1})
		}
		assert.Equal(t, want, c.slots[p].Bucket, "S%d", i)
	}
	_, ok := findSchool(&c, tagOf("empty"), "empty")
	assert.False(t, ok)
	assert.Equal(t, 100, a.len(), "a clone is independent")
	var empty schoolSet
	empty.merge(&a)
	empty.check(t)
	assert.ElementsMatch(t, a.list(), empty.list())
}
