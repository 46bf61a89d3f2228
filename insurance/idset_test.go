package insurance

import (
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// addWith appends ids to s with the given tags and inserts them.
func addWith(s *idSet, sc *scratch, ids []string, tags []uint64) int {
	base := s.len()
	s.growIDs(len(ids))
	s.setTail(append(s.tail(), ids...))
	return s.addPending(base, tags, sc)
}

// check verifies the invariants of s: every id in exactly one slot, with
// its index, a load of at most 3/4, and chunks that add up.
func (s *idSet) check(t *testing.T) {
	t.Helper()
	n := 0
	for k, c := range s.chunks {
		require.Equal(t, n, s.starts[k], "chunk %d starts where the one before ends", k)
		n += len(c)
	}
	require.Equal(t, n, s.n)
	seen := make([]bool, s.n)
	last, lastTag := -1, uint64(0)
	for p, v := range s.slots {
		if v == 0 {
			continue
		}
		i := int(uint32(v)) - 1
		switch {
		case i >= s.n:
			t.Fatalf("slot %d: index %d of %d ids", p, i, s.n)
		case seen[i]:
			t.Fatalf("id %d in two slots", i)
		case v>>32 < lastTag:
			t.Fatalf("slot %d: not in the order of the tags", p)
		case p != max(int(v>>32>>s.shift), last+1):
			t.Fatalf("slot %d: neither at its home nor right after the one before", p)
		}
		seen[i] = true
		last, lastTag = p, v>>32
	}
	for i, ok := range seen {
		if !ok {
			t.Fatalf("id %d in no slot", i)
		}
	}
	require.LessOrEqual(t, 4*s.n, 3*s.size+3, "load at most 3/4")
	require.Equal(t, max(s.size, last+1), len(s.slots), "no empty slot after the home slots")
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
			var sc scratch
			var all []string
			for round, n := range []int{1, 40, 700} {
				ids := make([]string, n)
				tags := make([]uint64, n)
				for i := range ids {
					ids[i] = fmt.Sprintf("r%d-%d", round, i)
					tags[i] = tc.tag(i)
				}
				require.Equal(t, -1, addWith(&s, &sc, ids, tags))
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
			before := s.len()
			slots := append([]uint64(nil), s.slots...)
			ids := []string{"new-1", "new-2", "r0-0", "new-3", "new-1"}
			tags := []uint64{tc.tag(5), tc.tag(6), tc.tag(0), tc.tag(7), tc.tag(5)}
			assert.Equal(t, 2, addWith(&s, &sc, ids, tags), "the first duplicate")
			assert.Equal(t, before, s.len())
			assert.Equal(t, slots, s.slots, "the table is as it was")
			s.check(t)
			// A repeat within the batch: the later one is the duplicate.
			assert.Equal(t, 2, addWith(&s, &sc, []string{"x", "y", "x"}, []uint64{tc.tag(1), tc.tag(2), tc.tag(1)}))
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
	var sc scratch
	ai, at := mkIDs("a", 3000)
	bi, bt := mkIDs("b", 5000)
	require.Equal(t, -1, addWith(&a, &sc, ai, at))
	require.Equal(t, -1, addWith(&b, &sc, bi, bt))
	c := a.clone()
	_, ok := c.addSet(&b)
	require.True(t, ok)
	c.check(t)
	assert.Equal(t, 8000, c.len())
	for _, id := range append(ai, bi...) {
		require.True(t, c.has(id))
	}
	// Shared ids: the least is named, and a keeps the same ids.
	d := b.clone()
	x, xt := mkIDs("a", 2)
	require.Equal(t, -1, addWith(&d, &sc, []string{"zz", x[1], x[0]}, []uint64{tagOf("zz"), xt[1], xt[0]}))
	id, ok := a.addSet(&d)
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
	_, ok = a.addSet(&empty)
	assert.True(t, ok)
	assert.False(t, empty.has("a0"))
}

// TestIDSetAddSetCollisions merges sets whose tags all collide.
func TestIDSetAddSetCollisions(t *testing.T) {
	var a, b idSet
	var sc scratch
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
	require.Equal(t, -1, addWith(&a, &sc, ai, at))
	require.Equal(t, -1, addWith(&b, &sc, bi, bt))
	c := a.clone()
	_, ok := c.addSet(&b)
	require.True(t, ok)
	c.check(t)
	for _, id := range append(ai, bi...) {
		_, found := c.probe(id, 7)
		require.True(t, found, id)
	}
	require.Equal(t, -1, addWith(&b, &sc, []string{"a7"}, []uint64{7}))
	slots := append([]uint64(nil), a.slots...)
	id, ok := a.addSet(&b)
	assert.False(t, ok)
	assert.Equal(t, "a7", id)
	a.check(t)
	assert.Equal(t, 50, a.len())
	_ = slots
}

// TestIDSetSortedBatch goes through the insertion of a batch in the order
// of its tags, into a table past sortFrom, with duplicates of the set and
// within the batch: the least duplicate is named and the set is as it was.
func TestIDSetSortedBatch(t *testing.T) {
	var s idSet
	var sc scratch
	ids, tags := mkIDs("x", sortFrom/2)
	require.Equal(t, -1, addWith(&s, &sc, ids, tags))
	require.GreaterOrEqual(t, s.size, sortFrom)
	s.check(t)
	before := append([]uint64(nil), s.slots...)
	batch, btags := mkIDs("y", 500)
	batch[400], btags[400] = ids[7], tags[7]    // a duplicate of the set
	batch[450], btags[450] = batch[3], btags[3] // a duplicate within the batch
	batch[420], btags[420] = ids[9], tags[9]
	assert.Equal(t, 400, addWith(&s, &sc, batch, btags))
	assert.Equal(t, before, s.slots, "the table is as it was")
	assert.Equal(t, len(ids), s.len())
	s.check(t)
	batch, btags = mkIDs("y", 500)
	require.Equal(t, -1, addWith(&s, &sc, batch, btags))
	s.check(t)
	for _, id := range append(ids, batch...) {
		require.True(t, s.has(id), id)
	}
}

// TestIDSetChunks merges many sets, so that ids lie in many chunks, some
// shared with the sets they came from, and then adds to all of them: each
// keeps its own ids (run it with -race: no set writes where another reads).
func TestIDSetChunks(t *testing.T) {
	var sc scratch
	parts := make([]idSet, 12)
	var all []string
	for k := range parts {
		for b := range k + 1 { // several chunks in some parts
			ids, tags := mkIDs(fmt.Sprintf("p%d-%d-", k, b), 10*(b+1))
			require.Equal(t, -1, addWith(&parts[k], &sc, ids, tags))
			all = append(all, ids...)
		}
	}
	var total idSet
	for k := range parts {
		_, ok := total.addSet(&parts[k])
		require.True(t, ok)
	}
	total.check(t)
	require.Equal(t, all, total.list())
	for i, id := range all {
		require.Equal(t, id, total.id(i))
	}
	done := make(chan bool)
	for k := range parts {
		go func() {
			ids, tags := mkIDs(fmt.Sprintf("more%d-", k), 50)
			assert.Equal(t, -1, addWith(&parts[k], &scratch{}, ids, tags))
			done <- true
		}()
	}
	ids, tags := mkIDs("total-", 50)
	require.Equal(t, -1, addWith(&total, &sc, ids, tags))
	for range parts {
		<-done
	}
	total.check(t)
	require.Equal(t, append(all, ids...), total.list())
	for k := range parts {
		parts[k].check(t)
		assert.True(t, parts[k].has(fmt.Sprintf("more%d-0", k)))
		assert.False(t, total.has(fmt.Sprintf("more%d-0", k)))
		assert.False(t, parts[k].has("total-0"))
	}
	// A refused merge takes its chunks out again.
	chunks := len(total.chunks)
	_, ok := total.addSet(&parts[3])
	require.False(t, ok)
	assert.Equal(t, chunks, len(total.chunks))
	total.check(t)
	// A clone has its ids in one chunk of its own.
	c := total.clone()
	require.Len(t, c.chunks, 1)
	require.Equal(t, total.list(), c.list())
	require.Equal(t, -1, addWith(&c, &sc, []string{"c"}, []uint64{tagOf("c")}))
	assert.False(t, total.has("c"))
}

func TestScratchTrim(t *testing.T) {
	sc := scratch{
		tags: make([]uint64, maxKeptScratch+1),
		keys: make([]uint64, maxKeptScratch+1),
		tmp:  make([]uint64, maxKeptScratch+1),
	}
	sc.trim()
	assert.Nil(t, sc.tags)
	assert.Nil(t, sc.keys)
	assert.Nil(t, sc.tmp)
	small := scratch{tags: make([]uint64, 10)}
	small.trim()
	assert.NotNil(t, small.tags)
}
