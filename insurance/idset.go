package insurance

import (
	"hash/maphash"
	"math/bits"
)

// idSet is the set of claim ids of a tally: an open-addressing hash table,
// sized for a province (millions of ids, far more than any cache holds).
//
// Each slot is one uint64: the top 32 bits of the id's 64-bit hash (its
// tag) above 1 + the index of the id; 0 is an empty slot. The home slot of
// a tag is its top bits, and the table is kept in the order of the tags:
// an id lies at its home slot or, when that is taken, right after the ids
// of smaller or equal tags before it (ordered linear probing; nothing
// wraps around: a run that goes past the last home slot goes on in slots
// appended after it). So the table is a sorted array with gaps, and its
// layout depends only on the ids in it, not on the order they came in.
// That order does the work: a probe stops at the first greater tag; a
// table grows, and takes ids out again, in one pass that reads the old
// slots and writes the new ones in order, without probing; and a batch sorted by tag, or the ids of another table read in its
// order, go in sweeping the table from one end to the other instead of
// jumping about it. Equality is always decided on the ids themselves when
// the tags match, so the set is exact whatever the hashes do. The hash is
// seeded per process (hash/maphash), so no input can be crafted to
// collide, and nothing the package returns depends on the layout.
//
// The ids lie in chunks, one after another: growing the set never copies
// them, and merging another set takes its chunks as they are. A chunk
// that came from another set is cut to its length (a full slice
// expression), so that neither set ever writes where the other reads: a
// set appends only to a last chunk of its own, beyond what any other set
// sees, and ids once in a chunk are never changed.
type idSet struct {
	chunks [][]string // the ids, each once, in the order they came
	starts []int      // starts[k] is the index of chunks[k][0]
	n      int        // the number of ids
	owned  bool       // the last chunk was made by this set: ids may be appended to it
	slots  []uint64   // 0: empty; else tag<<32 | (1 + index); in the order of the tags; no empty slot after the home slots
	size   int        // the number of home slots, a power of two (the slots after them hold runs that go past the last)
	shift  uint       // the home slot of tag t is t >> shift (32 − log2 size)
}

// idSeed keys the maphash of claim and school ids for the life of the
// process; it decides where an id sits in the table, never an output.
var idSeed = maphash.MakeSeed()

// tagOf returns the tag of an id: the top 32 bits of its hash.
func tagOf(id string) uint64 { return maphash.String(idSeed, id) >> 32 }

const (
	// minSlots is the smallest table.
	minSlots = 16
	// maxIDs is the most ids a set holds: a slot keeps 1 + an index in 32
	// bits, and the table at most 2³² home slots.
	maxIDs = 1<<31 - 1
	// minChunk is the capacity of the smallest chunk of ids.
	minChunk = 64
)

// len returns the number of ids.
func (s *idSet) len() int { return s.n }

// id returns the id of index i.
func (s *idSet) id(i int) string {
	k := len(s.chunks) - 1
	if i < s.starts[k] {
		lo, hi := 0, k // the chunk is the last k in [lo, hi) with starts[k] ≤ i
		for hi-lo > 1 {
			m := int(uint(lo+hi) >> 1)
			if s.starts[m] <= i {
				lo = m
			} else {
				hi = m
			}
		}
		k = lo
	}
	return s.chunks[k][i-s.starts[k]]
}

// list returns the ids in a new slice.
func (s *idSet) list() []string {
	out := make([]string, 0, s.n)
	for _, c := range s.chunks {
		out = append(out, c...)
	}
	return out
}

// growIDs makes room for n more ids in the last chunk, making a new chunk
// when it has not the room; the new chunk holds at least as many ids as
// the set, so that the chunks stay few (about log₂ of the number of ids).
func (s *idSet) growIDs(n int) {
	if k := len(s.chunks) - 1; s.owned && cap(s.chunks[k])-len(s.chunks[k]) >= n {
		return
	}
	s.chunks = append(s.chunks, make([]string, 0, max(n, s.n, minChunk)))
	s.starts = append(s.starts, s.n)
	s.owned = true
}

// tail returns the last chunk, which growIDs made room in.
func (s *idSet) tail() []string { return s.chunks[len(s.chunks)-1] }

// setTail replaces the last chunk by ids, the same chunk with ids appended
// within its capacity (growIDs made room).
func (s *idSet) setTail(ids []string) {
	k := len(s.chunks) - 1
	s.n += len(ids) - len(s.chunks[k])
	s.chunks[k] = ids
}

// truncate takes out the ids from index n on, all of them in the last
// chunk (AddAll appends a batch to one chunk), which is this set's own.
func (s *idSet) truncate(n int) {
	k := len(s.chunks) - 1
	c := s.chunks[k]
	keep := n - s.starts[k]
	clear(c[keep:]) // let go of the host's strings
	s.chunks[k] = c[:keep]
	s.n = n
}

// reserve makes room for n more ids, so that no insertion grows the table
// before they are in. The table keeps a load of at most 3/4.
func (s *idSet) reserve(n int) {
	if need := s.n + n; need*4 > s.size*3 {
		s.rehash(s.sizeFor(need))
	}
}

// sizeFor returns the number of home slots of a table for n ids: twice
// the present one, or more, to keep a load of at most 3/4.
func (s *idSet) sizeFor(n int) int {
	size := max(minSlots, 2*s.size)
	for size*3 < n*4 {
		size *= 2
	}
	return size
}

// newSlots returns an empty table of size home slots, with room after
// them for runs that go past the last.
func newSlots(size int) []uint64 { return make([]uint64, size, size+size/16+16) }

// rehash moves every id into a table of size home slots, a power of two,
// in one pass: the old slots, read in order, are the ids in the order of
// their tags, and each goes to its home slot or right after the one
// before it, whichever is later.
func (s *idSet) rehash(size int) {
	old := s.slots
	s.setSize(size)
	s.slots = newSlots(size)
	last := -1
	for _, v := range old {
		if v != 0 {
			last = s.place(v, last)
		}
	}
}

// setSize sets the number of home slots.
func (s *idSet) setSize(size int) {
	s.size = size
	s.shift = uint(32 - bits.TrailingZeros(uint(size)))
}

// place puts the slot value v, whose tag is not less than that of any
// value in the table, in the first free slot at or after its home, the one
// after last (the slot of the last value placed, or −1), and returns its
// slot.
func (s *idSet) place(v uint64, last int) int {
	p := max(int(v>>32>>s.shift), last+1)
	for p >= len(s.slots) {
		s.slots = append(s.slots, 0)
	}
	s.slots[p] = v
	return p
}

// probe looks for id, whose tag is tag: it returns the slot that holds id
// and true, or the slot where id belongs (in the order of the tags) and
// false. Ids of equal tags lie together, so a probe compares ids only
// among them.
func (s *idSet) probe(id string, tag uint64) (int, bool) {
	p := int(tag >> s.shift)
	for ; p < len(s.slots); p++ {
		v := s.slots[p]
		if v == 0 || v>>32 > tag {
			break
		}
		if v>>32 == tag && s.id(int(uint32(v)-1)) == id {
			return p, true
		}
	}
	return p, false
}

// has reports whether id is in the set.
func (s *idSet) has(id string) bool {
	if s.n == 0 {
		return false
	}
	_, ok := s.probe(id, tagOf(id))
	return ok
}

// put writes the slot value v at slot p, where probe said it belongs,
// moving the run of values from p on one slot along.
func (s *idSet) put(p int, v uint64) {
	q := p
	for q < len(s.slots) && s.slots[q] != 0 {
		q++
	}
	if q == len(s.slots) {
		s.slots = append(s.slots, 0)
	}
	copy(s.slots[p+1:q+1], s.slots[p:q])
	s.slots[p] = v
}

// add inserts one id with its tag, which the caller knows is not in the
// set (a failed probe) and has made room for; p is the slot probe gave.
func (s *idSet) add(p int, id string, tag uint64) {
	s.growIDs(1)
	s.setTail(append(s.tail(), id))
	s.put(p, tag<<32|uint64(s.n))
}

// sortFrom is the smallest table that addPending inserts into in the
// order of the tags: below it the table stays in cache, and the order of
// the batch is as good.
const sortFrom = 1 << 15

// addPending inserts the ids the caller appended (with growIDs, tail and
// setTail) after index base, tags[i] being the tag of id base+i, all or
// none: when one of them is already in the set, or equals an earlier one
// of them, it takes them all out again (the set is cut back to base ids)
// and returns the least such i; otherwise it returns −1. The caller has
// checked that the set does not exceed maxIDs. sc lends the working
// memory.
func (s *idSet) addPending(base int, tags []uint64, sc *scratch) int {
	n := len(tags)
	s.n = base // reserve counts the pending ids as new
	s.reserve(n)
	s.n = base + n
	dup := -1
	if s.size >= sortFrom && n >= 64 {
		// In the order of the home slots (stable, so that of two equal
		// ids the earlier goes in first and the later is the duplicate):
		// the probes sweep the table.
		keys := sc.sortedKeys(tags, 32-s.shift)
		for _, k := range keys {
			tag, i := k>>32, int(uint32(k))
			if !s.insert(tag, base+i) && (dup < 0 || i < dup) {
				dup = i
			}
		}
	} else {
		for i, tag := range tags {
			if !s.insert(tag, base+i) && dup < 0 {
				dup = i
			}
		}
	}
	if dup >= 0 {
		s.unwind(base)
		s.truncate(base)
	}
	return dup
}

// unwind takes the ids of index base and above out of the table, in one
// pass that moves every other id back to its home slot or right after the
// one before it: the layout of the table depends only on the ids in it,
// so this is the table as it was before they went in. It reads the whole
// table, but only when a batch or a merge is refused.
func (s *idSet) unwind(base int) {
	last := -1
	for r, v := range s.slots {
		if v == 0 {
			continue
		}
		s.slots[r] = 0
		if int(uint32(v)) <= base {
			last = s.place(v, last) // at r or before: never where the loop has yet to read
		}
	}
	s.slots = s.slots[:max(s.size, last+1)] // no empty slots after the home slots
}

// insert puts the id of index i, whose tag is tag, in the table and
// reports whether it did: false when the table holds an equal id already.
func (s *idSet) insert(tag uint64, i int) bool {
	p := int(tag >> s.shift)
	for ; p < len(s.slots); p++ {
		v := s.slots[p]
		if v == 0 || v>>32 > tag {
			break
		}
		if v>>32 == tag && s.id(int(uint32(v)-1)) == s.id(i) {
			return false
		}
	}
	if p < len(s.slots) && s.slots[p] == 0 {
		s.slots[p] = tag<<32 | uint64(i+1)
	} else {
		s.put(p, tag<<32|uint64(i+1))
	}
	return true
}

// sortedKeys returns tag<<32 | i for every i, sorted by the top bits
// (bits of the tag) of the keys, stably: a least-significant-digit radix
// sort, in passes of 11 bits.
func (sc *scratch) sortedKeys(tags []uint64, bits uint) []uint64 {
	n := len(tags)
	if cap(sc.keys) < n {
		sc.keys = make([]uint64, n)
		sc.tmp = make([]uint64, n)
	}
	keys, tmp := sc.keys[:n], sc.tmp[:n]
	for i, t := range tags {
		keys[i] = t<<32 | uint64(i)
	}
	const digit = 11
	var count [1 << digit]int
	for lo := uint(64) - bits; lo < 64; lo += digit {
		w := min(digit, 64-lo)
		mask := uint64(1)<<w - 1
		clear(count[:])
		for _, k := range keys {
			count[k>>lo&mask]++
		}
		sum := 0
		for d := range count[:mask+1] {
			count[d], sum = sum, sum+count[d]
		}
		for _, k := range keys {
			d := k >> lo & mask
			tmp[count[d]] = k
			count[d]++
		}
		keys, tmp = tmp, keys
	}
	return keys
}

// addSet inserts every id of o, which must be another set, all or none:
// when the two share ids it leaves s as it was and returns the least
// shared id (in byte order) and false. It takes o's chunks as they are,
// reads o's tags from o's table, in table order (so that it sweeps s's
// table), and o's ids only when a tag matches.
func (s *idSet) addSet(o *idSet) (string, bool) {
	if o.n == 0 {
		return "", true
	}
	base, chunks, owned := s.n, len(s.chunks), s.owned
	if need := s.n + o.n; need*4 > s.size*3 {
		// A set built by merging grows by four at a time rather than
		// two: a province's total takes shard after shard, and every
		// growth moves every id. Its load stays between 3/16 and 3/4.
		s.rehash(max(s.sizeFor(need), 4*s.size))
	}
	for k, c := range o.chunks {
		if len(c) > 0 {
			s.chunks = append(s.chunks, c[:len(c):len(c)])
			s.starts = append(s.starts, base+o.starts[k])
		}
	}
	s.owned = false
	var dup string
	shared := false
	s.n += o.n
	for _, ov := range o.slots {
		if ov == 0 {
			continue
		}
		if !s.insert(ov>>32, base+int(uint32(ov)-1)) {
			if id := o.id(int(uint32(ov) - 1)); !shared || id < dup {
				dup, shared = id, true
			}
		}
	}
	if shared {
		s.unwind(base)
		clear(s.chunks[chunks:])
		s.chunks, s.starts = s.chunks[:chunks], s.starts[:chunks]
		s.n, s.owned = base, owned
		return dup, false
	}
	return "", true
}

// clone returns a deep copy of s, its ids in one chunk.
func (s *idSet) clone() idSet {
	c := idSet{n: s.n, slots: append([]uint64(nil), s.slots...), size: s.size, shift: s.shift}
	if s.n > 0 {
		c.chunks = [][]string{s.list()}
		c.starts = []int{0}
		c.owned = true
	}
	return c
}
