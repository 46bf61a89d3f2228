package insurance

import (
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// addWith appends ids to s with the given tags and inserts them.
func addWith(s *idSet, undo *[]int32, ids []string, tags []uint64) int {
	base := s.len()
	s.ids = append(s.ids, ids...)
	return s.addPending(base, tags, undo)
}

// check verifies the invariants of s: every id in exactly one slot, with
// its index, and a load of at most 3/4.
func (s *idSet) check(t *testing.T) {
	t.Helper()
	seen := make([]bool, len(s.ids))
	for _, v := range s.slots {
		if v == 0 {
			continue
		}
		i := int(uint32(v)) - 1
		require.Less(t, i, len(s.ids))
		require.False(t, seen[i], "id %d in two slots", i)
		seen[i] = true
	}
	for i, ok := range seen {
		require.True(t, ok, "id %d in no slot", i)
	}
	require.LessOrEqual(t, 4*len(s.ids), 3*len(s.slots)+3, "load at most 3/4")
}

// TestIDSetCollisions forces tags to be equal, or to land at the end of
// the table, so that probing runs long, compares ids with equal tags and
// wraps around.
func TestIDSetCollisions(t *testing.T) {
	for _, tc := range []struct {
		name string
		tag  func(i int) uint64
	}{
		{"all equal", func(int) uint64 { return 42 }},
		{"all at the end", func(i int) uint64 { return math.MaxUint32 - uint64(i%3) }},
		{"two homes", func(i int) uint64 { return uint64(i%2)<<31 | 1 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s idSet
			var undo []int32
			var all []string
			for round, n := range []int{1, 40, 700} {
				ids := make([]string, n)
				tags := make([]uint64, n)
				for i := range ids {
					ids[i] = fmt.Sprintf("r%d-%d", round, i)
					tags[i] = tc.tag(i)
				}
				require.Equal(t, -1, addWith(&s, &undo, ids, tags))
				s.check(t)
				all = append(all, ids...)
			}
			for i, id := range all {
				_, ok := s.probe(id, tc.tag(i%741%700)) // the tag it was added with
				if tc.name == "all equal" {
					require.True(t, ok, id)
				}
			}
			// A batch that repeats an id is undone exactly.
			before := len(s.ids)
			slots := append([]uint64(nil), s.slots...)
			ids := []string{"new-1", "new-2", "r0-0", "new-3", "new-1"}
			tags := []uint64{tc.tag(5), tc.tag(6), tc.tag(0), tc.tag(7), tc.tag(5)}
			assert.Equal(t, 2, addWith(&s, &undo, ids, tags), "the first duplicate")
			assert.Equal(t, before, len(s.ids))
			assert.Equal(t, slots, s.slots, "the table is as it was")
			s.check(t)
			// A repeat within the batch: the later one is the duplicate.
			assert.Equal(t, 2, addWith(&s, &undo, []string{"x", "y", "x"}, []uint64{tc.tag(1), tc.tag(2), tc.tag(1)}))
			assert.Equal(t, slots, s.slots)
		})
	}
}

func mkIDs(prefix string, n int) ([]string, []uint64) {
	ids := make([]string, n)
	tags := make([]uint64, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("%s%d", prefix, i)
		tags[i] = tagOf(ids[i])
	}
	return ids, tags
}

func TestIDSetAddSet(t *testing.T) {
	var a, b idSet
	var undo []int32
	ai, at := mkIDs("a", 3000)
	bi, bt := mkIDs("b", 5000)
	require.Equal(t, -1, addWith(&a, &undo, ai, at))
	require.Equal(t, -1, addWith(&b, &undo, bi, bt))
	c := a.clone()
	_, ok := c.addSet(&b, &undo)
	require.True(t, ok)
	c.check(t)
	assert.Equal(t, 8000, c.len())
	for _, id := range append(ai, bi...) {
		require.True(t, c.has(id))
	}
	// Shared ids: the least is named, and a keeps the same ids.
	d := b.clone()
	x, xt := mkIDs("a", 2)
	require.Equal(t, -1, addWith(&d, &undo, []string{"zz", x[1], x[0]}, []uint64{tagOf("zz"), xt[1], xt[0]}))
	id, ok := a.addSet(&d, &undo)
	assert.False(t, ok)
	assert.Equal(t, "a0", id)
	assert.Equal(t, 3000, a.len())
	a.check(t) // the table may have grown, but holds the same ids
	for _, id := range ai {
		require.True(t, a.has(id))
	}
	assert.False(t, a.has("zz"))
	assert.False(t, a.has("b0"))
	var empty idSet
	_, ok = a.addSet(&empty, &undo)
	assert.True(t, ok)
	assert.False(t, empty.has("a0"))
}

// TestIDSetAddSetCollisions merges sets whose tags all collide.
func TestIDSetAddSetCollisions(t *testing.T) {
	var a, b idSet
	var undo []int32
	ids := func(p string, n int) ([]string, []uint64) {
		s := make([]string, n)
		tags := make([]uint64, n)
		for i := range s {
			s[i] = fmt.Sprint(p, i)
			tags[i] = 7
		}
		return s, tags
	}
	ai, at := ids("a", 50)
	bi, bt := ids("b", 50)
	require.Equal(t, -1, addWith(&a, &undo, ai, at))
	require.Equal(t, -1, addWith(&b, &undo, bi, bt))
	c := a.clone()
	_, ok := c.addSet(&b, &undo)
	require.True(t, ok)
	c.check(t)
	for _, id := range append(ai, bi...) {
		_, found := c.probe(id, 7)
		require.True(t, found, id)
	}
	require.Equal(t, -1, addWith(&b, &undo, []string{"a7"}, []uint64{7}))
	slots := append([]uint64(nil), a.slots...)
	id, ok := a.addSet(&b, &undo)
	assert.False(t, ok)
	assert.Equal(t, "a7", id)
	a.check(t)
	assert.Equal(t, 50, a.len())
	_ = slots
}

func TestScratchTrim(t *testing.T) {
	sc := scratch{
		recs: make([]rec, maxKeptScratch+1),
		tags: make([]uint64, maxKeptScratch+1),
		undo: make([]int32, maxKeptScratch+1),
	}
	sc.trim()
	assert.Nil(t, sc.recs)
	assert.Nil(t, sc.tags)
	assert.Nil(t, sc.undo)
	small := scratch{recs: make([]rec, 10)}
	small.trim()
	assert.NotNil(t, small.recs)
}
