package insurance

import (
	"hash/maphash"
	"math/bits"
)

// idSet is the set of claim ids of a tally: an open-addressing hash table
// with linear probing, sized for a province (millions of ids, far more
// than any cache holds), so that each insertion costs about one cache
// miss and nothing else.
//
// Each slot is one uint64: the top 32 bits of the id's 64-bit hash (its
// tag) above 1 + the index of the id in ids; 0 is an empty slot. A hash's
// home slot is its top bits, which the tag holds, so growing the table
// needs no other record of the hashes; and a probe reads one cache line.
// Equality is always decided on the ids themselves when the tags match, so
// the set is exact whatever the hashes do. The hash is seeded per process
// (hash/maphash), so no input can be crafted to collide, and nothing the
// package returns depends on the layout.
type idSet struct {
	ids   []string // every id, each once
	slots []uint64 // 0: empty; else tag<<32 | (1 + index in ids)
	shift uint     // the home slot of tag t is t >> shift (32 − log2 len(slots))
}

// idSeed seeds the hashes of claim ids for the life of the process.
var idSeed = maphash.MakeSeed()

// tagOf returns the tag of a claim id: the top 32 bits of its hash.
func tagOf(id string) uint64 { return maphash.String(idSeed, id) >> 32 }

const (
	// minSlots is the smallest table.
	minSlots = 16
	// maxIDs is the most ids a set holds: a slot keeps 1 + an index in 32
	// bits, and the table at most 2³² slots.
	maxIDs = 1<<31 - 1
)

// len returns the number of ids.
func (s *idSet) len() int { return len(s.ids) }

// growIDs makes room in s.ids for n more ids, at least doubling its
// capacity when it grows (append grows large slices by a quarter, which
// would copy a province's ids several times over).
func (s *idSet) growIDs(n int) {
	if cap(s.ids)-len(s.ids) >= n {
		return
	}
	ids := make([]string, len(s.ids), max(len(s.ids)+n, 2*cap(s.ids)))
	copy(ids, s.ids)
	s.ids = ids
}

// reserve makes room for n more ids, so that no insertion grows the table
// before they are in. The table keeps a load of at most 3/4.
func (s *idSet) reserve(n int) {
	need := len(s.ids) + n
	if need*4 <= len(s.slots)*3 {
		return
	}
	size := max(minSlots, 2*len(s.slots))
	for size*3 < need*4 {
		size *= 2
	}
	s.rehash(size)
}

// rehash moves every id into a table of size slots, a power of two. The
// old slots are read in order and land in nearly ascending new slots.
func (s *idSet) rehash(size int) {
	old := s.slots
	s.slots = make([]uint64, size)
	s.shift = uint(32 - bits.TrailingZeros(uint(size)))
	mask := size - 1
	for _, v := range old {
		if v == 0 {
			continue
		}
		p := int(v >> 32 >> s.shift)
		for s.slots[p] != 0 {
			p = (p + 1) & mask
		}
		s.slots[p] = v
	}
}

// probe looks for id, whose tag is tag, in a table that has room (see
// reserve): it returns the slot that holds id and true, or the empty slot
// where id belongs and false.
func (s *idSet) probe(id string, tag uint64) (int, bool) {
	mask := len(s.slots) - 1
	p := int(tag >> s.shift)
	for {
		v := s.slots[p]
		if v == 0 {
			return p, false
		}
		if v>>32 == tag && s.ids[uint32(v)-1] == id {
			return p, true
		}
		p = (p + 1) & mask
	}
}

// has reports whether id is in the set.
func (s *idSet) has(id string) bool {
	if len(s.ids) == 0 {
		return false
	}
	_, ok := s.probe(id, tagOf(id))
	return ok
}

// add inserts one id with its tag, which the caller knows is not in the
// set (a failed probe) and has made room for; p is the slot probe gave.
func (s *idSet) add(p int, id string, tag uint64) {
	s.growIDs(1)
	s.ids = append(s.ids, id)
	s.slots[p] = tag<<32 | uint64(len(s.ids))
}

// addPending inserts the ids the caller appended to s.ids after index
// base, tags[i] being the tag of s.ids[base+i], all or none: when one of
// them is already in the set, or equals an earlier one of them, it takes
// them all out again (s.ids is cut back to base) and returns the least
// such i; otherwise it returns −1. The caller has checked that the set
// does not exceed maxIDs.
func (s *idSet) addPending(base int, tags []uint64, undo *[]int32) int {
	n := len(tags)
	s.ids = s.ids[:base] // reserve counts the pending ids as new
	s.reserve(n)
	s.ids = s.ids[:base+n]
	log := (*undo)[:0]
	dup := -1
	for i, tag := range tags {
		p, found := s.probe(s.ids[base+i], tag)
		if found {
			// The earlier of two equal ids is in: this is the duplicate.
			if dup < 0 {
				dup = i
			}
			continue
		}
		s.slots[p] = tag<<32 | uint64(base+i+1)
		log = append(log, int32(p))
	}
	*undo = log[:0]
	if dup >= 0 {
		// Undo the insertions newest first: with linear probing, taking
		// out the latest insertion restores the table exactly.
		for k := len(log) - 1; k >= 0; k-- {
			s.slots[log[k]] = 0
		}
		clear(s.ids[base:])
		s.ids = s.ids[:base]
	}
	return dup
}

// addSet inserts every id of o, which must be another set, all or none:
// when the two share ids it leaves s as it was and returns the least
// shared id (in byte order) and false. It reads o's tags from o's table,
// in table order, and o's ids only when a tag matches.
func (s *idSet) addSet(o *idSet, undo *[]int32) (string, bool) {
	if len(o.ids) == 0 {
		return "", true
	}
	base := len(s.ids)
	s.reserve(len(o.ids))
	s.growIDs(len(o.ids))
	s.ids = append(s.ids, o.ids...)
	log := (*undo)[:0]
	mask := len(s.slots) - 1
	var dup string
	shared := false
	for _, ov := range o.slots {
		if ov == 0 {
			continue
		}
		tag, i := ov>>32, uint32(ov)-1
		p := int(tag >> s.shift)
		found := false
		for {
			v := s.slots[p]
			if v == 0 {
				break
			}
			if v>>32 == tag && s.ids[uint32(v)-1] == o.ids[i] {
				found = true
				break
			}
			p = (p + 1) & mask
		}
		if found {
			if id := o.ids[i]; !shared || id < dup {
				dup, shared = id, true
			}
			continue
		}
		s.slots[p] = tag<<32 | (uint64(base) + uint64(i) + 1)
		log = append(log, int32(p))
	}
	*undo = log[:0]
	if shared {
		for k := len(log) - 1; k >= 0; k-- {
			s.slots[log[k]] = 0
		}
		clear(s.ids[base:])
		s.ids = s.ids[:base]
		return dup, false
	}
	return "", true
}

// clone returns a deep copy of s.
func (s *idSet) clone() idSet {
	return idSet{
		ids:   append([]string(nil), s.ids...),
		slots: append([]uint64(nil), s.slots...),
		shift: s.shift,
	}
}
