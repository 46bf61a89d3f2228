package insurance

import (
	"math/bits"
)

// schoolSet holds the buckets of the schools of a tally, in an
// open-addressing table with linear probing. A province has some tens of
// thousands of schools and a claim finds its school once, so the table is
// laid out for the cache: a slot holds the school's tag (the top 32 bits
// of the hash of its id), where its id lies in one arena of bytes (the
// ids one after another: no string per school, nothing for the garbage
// collector to trace) and its bucket, so that counting a claim reads its
// slot and its id and nothing else. Equality is always decided on the
// bytes of the ids, so the set is exact whatever the hashes do.
//
// A slot's position is the school's handle while the table does not grow:
// the tally finds a claim's school and counts it in one go.
type schoolSet struct {
	names []byte       // the ids of the schools, one after another
	slots []schoolSlot // a power of two of them, or none
	n     int          // the number of schools
	shift uint         // the home slot of tag t is t >> shift
}

// schoolSlot is one slot of the table of schools.
type schoolSlot struct {
	key uint64 // 0: empty; else tag<<32 | length of the id (1 to maxIDLen)
	off uint64 // the id is names[off : off+length]
	Bucket
}

func (s *schoolSet) len() int { return s.n }

// name returns the id of the school in slot p, in the arena.
func (s *schoolSet) name(p int) []byte {
	sl := &s.slots[p]
	return s.names[sl.off : sl.off+sl.key&0xffffffff]
}

// findSchool looks for the school with the given id, whose tag is tag, in
// s: it returns the slot that holds it and true, or the empty slot where
// it belongs and false (valid until s changes). The table must have an
// empty slot (see reserve). An id longer than maxIDLen is never found
// (nor is the empty id, whose key would be that of an empty slot when its
// tag is 0: the caller refuses both).
func findSchool[S string | []byte](s *schoolSet, tag uint64, id S) (int, bool) {
	mask := len(s.slots) - 1
	p := int(tag >> s.shift)
	if len(id) > maxIDLen || len(id) == 0 {
		for s.slots[p].key != 0 {
			p = (p + 1) & mask
		}
		return p, false
	}
	key := tag<<32 | uint64(len(id))
	for {
		sl := &s.slots[p]
		if sl.key == key && string(s.names[sl.off:sl.off+uint64(len(id))]) == string(id) {
			return p, true
		}
		if sl.key == 0 {
			return p, false
		}
		p = (p + 1) & mask
	}
}

// reserve makes room for n more schools, so that no insertion grows the
// table before they are in. The table keeps a load of at most 3/4.
func (s *schoolSet) reserve(n int) {
	need := s.n + n
	if need*4 <= len(s.slots)*3 {
		return
	}
	size := max(minSlots, 2*len(s.slots))
	for size*3 < need*4 {
		size *= 2
	}
	s.rehash(size)
}

// rehash moves every school into a new table of size slots, a power of
// two.
func (s *schoolSet) rehash(size int) {
	old := s.slots
	s.slots = make([]schoolSlot, size)
	s.shift = uint(32 - bits.TrailingZeros(uint(size)))
	mask := size - 1
	for i := range old {
		if old[i].key == 0 {
			continue
		}
		p := int(old[i].key >> 32 >> s.shift)
		for s.slots[p].key != 0 {
			p = (p + 1) & mask
		}
		s.slots[p] = old[i]
	}
}

// insertSchool adds a school that findSchool did not find, at the slot p
// it gave. The caller has checked the id (1 to maxIDLen bytes of UTF-8).
func insertSchool[S string | []byte](s *schoolSet, p int, tag uint64, id S) {
	off := len(s.names)
	s.names = append(s.names, id...)
	s.slots[p] = schoolSlot{key: tag<<32 | uint64(len(id)), off: uint64(off)}
	s.n++
}

// schoolMark is the state of a schoolSet for truncate.
type schoolMark struct{ n, names, slots int }

func (s *schoolSet) mark() schoolMark { return schoolMark{s.n, len(s.names), len(s.slots)} }

// truncate takes out the schools added since m, all of them with empty
// buckets again. When the table has not grown since m, emptying their
// slots restores it exactly (a school that was in before them lies at the
// end of a run of slots that were all full when it went in, so none of
// them is one of theirs); when it has, the table is built again.
func (s *schoolSet) truncate(m schoolMark) {
	if s.n == m.n {
		return
	}
	for p := range s.slots {
		if s.slots[p].key != 0 && s.slots[p].off >= uint64(m.names) {
			s.slots[p] = schoolSlot{}
		}
	}
	s.names = s.names[:m.names]
	s.n = m.n
	if len(s.slots) != m.slots {
		s.rehash(len(s.slots))
	}
}

// merge adds the buckets of o's schools to s's, adding the schools s has
// not seen.
func (s *schoolSet) merge(o *schoolSet) {
	s.reserve(o.n)
	for p := range o.slots {
		if o.slots[p].key == 0 || o.slots[p].Count == 0 {
			continue
		}
		name := o.name(p)
		tag := o.slots[p].key >> 32
		q, ok := findSchool(s, tag, name)
		if !ok {
			insertSchool(s, q, tag, name)
		}
		s.slots[q].merge(&o.slots[p].Bucket)
	}
}

// list returns the schools with at least one claim, in no order.
func (s *schoolSet) list() []SchoolTotal {
	var out []SchoolTotal
	for p := range s.slots {
		if sl := &s.slots[p]; sl.key != 0 && sl.Count > 0 {
			out = append(out, SchoolTotal{School: string(s.name(p)), Bucket: sl.Bucket})
		}
	}
	return out
}

// clone returns a deep copy of s.
func (s *schoolSet) clone() schoolSet {
	return schoolSet{
		names: append([]byte(nil), s.names...),
		slots: append([]schoolSlot(nil), s.slots...),
		n:     s.n,
		shift: s.shift,
	}
}
