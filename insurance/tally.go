package insurance

import (
	"slices"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
)

// Bucket is the number of claims in one bucket of a tally and their
// amounts claimed and paid, exact to the fen.
type Bucket struct {
	Count   int64      `json:"count"`
	Claimed houqin.Fen `json:"claimed"`
	Paid    houqin.Fen `json:"paid"`
}

func (b *Bucket) add(claimed, paid houqin.Fen) {
	b.Count++
	b.Claimed += claimed
	b.Paid += paid
}

// sub takes out of b what add put in.
func (b *Bucket) sub(claimed, paid houqin.Fen) {
	b.Count--
	b.Claimed -= claimed
	b.Paid -= paid
}

func (b *Bucket) merge(o *Bucket) {
	b.Count += o.Count
	b.Claimed += o.Claimed
	b.Paid += o.Paid
}

// KindTotal is the bucket of one kind of policy, with its claims by
// status.
type KindTotal struct {
	Kind Kind `json:"kind"`
	Bucket
	// Statuses holds the statuses with at least one claim, in the order of
	// the statuses.
	Statuses []StatusTotal `json:"statuses"`
}

// Status returns the bucket of the claims of status s (empty when there
// are none).
func (k KindTotal) Status(s Status) Bucket {
	for _, st := range k.Statuses {
		if st.Status == s {
			return st.Bucket
		}
	}
	return Bucket{}
}

// StatusTotal is the bucket of one status.
type StatusTotal struct {
	Status Status `json:"status"`
	Bucket
}

// SchoolTotal is the bucket of one school.
type SchoolTotal struct {
	School string `json:"school"`
	Bucket
}

// MonthTotal is the bucket of one month: the claims reported in it.
type MonthTotal struct {
	Month Month `json:"month"`
	Bucket
}

// A Tally counts the claims of a county or a province, as of a date, and
// adds their amounts claimed and paid exactly, in integer fen: in total,
// per kind of policy and status, per school and per month of the reported
// date, as county reports give them (监利县学校后勤管理工作会议讲话（上半年工作总结）:
// claims paid and amounts paid by kind as of a day; 贵溪市学校勤工俭学工作总结:
// claims as person-times and amounts). Every claim added is in exactly one bucket of each breakdown, so
// each breakdown sums to the total; nothing is rounded and nothing is
// dropped.
//
// A tally refuses, with an error that matches houqin.ErrInvalidInput and
// names the field, a claim it cannot count exactly: a claim id it has
// already counted, an amount finer than a fen or beyond houqin.MaxFen,
// a kind its checker's policy does not know, an unknown status, a claim reported or decided after the as-of
// date, and an amount that would carry a sum beyond houqin.MaxFen (one
// trillion yuan, so that every figure is an amount the library accepts
// and writes, in JSON too). A refused claim
// leaves the tally as it was.
//
// Tallies merge: a host fans claims out to shards (goroutines, machines),
// tallies each shard, and merges the shards with [Tally.Merge], which is
// associative and commutative and gives exactly the tally of one pass
// over all the claims. Two tallies that share a claim id do not merge, nor
// do tallies whose policies disagree on a kind they count (see
// [Tally.Merge]).
//
// Make a Tally with [Checker.NewTally], whose policy decides the kinds it
// accepts and the names its summary gives them; decode one with
// [Checker.ParseTally]; copy one with [Tally.Clone]: an assignment shares
// its tables. A Tally is not safe for concurrent
// mutation: give each goroutine its own and merge them. Its read methods
// may run concurrently with each other.
type Tally struct {
	asOf    houqin.Date
	asOfKey int32
	known   *kindSet // the kinds of the checker's policy; nil: the built-in kinds
	total   Bucket

	kinds    []kindCell
	kindHint [64]uint8 // kindHint[kindHash(k)] is 1 + the index of k's cell, a guess

	schools schoolSet

	months  []monthCell
	recent  []int32 // recent[off] is 1 + the index in months of the month off months before the as-of month, or 0
	olderIx map[int32]int32

	ids idSet
	sc  scratch
}

type kindCell struct {
	kind     Kind
	statuses [numStatuses]Bucket
}

// counts reports whether the cell holds a claim.
func (c *kindCell) counts() bool {
	for s := range c.statuses {
		if c.statuses[s].Count > 0 {
			return true
		}
	}
	return false
}

type monthCell struct {
	key int32
	Bucket
}

// scratch holds the working memory of AddAll, kept between calls so that
// adding batch after batch allocates nothing per claim.
type scratch struct {
	tags      []uint64 // the tags of the ids of a batch
	keys, tmp []uint64 // their radix sort
}

// maxKeptScratch bounds the scratch a tally keeps after a call, in
// elements per slice, so that a tally built from one huge batch does not
// hold its working memory for good.
const maxKeptScratch = 1 << 16

// trim lets go of large working memory after a call.
func (sc *scratch) trim() {
	if cap(sc.tags) > maxKeptScratch {
		sc.tags = nil
	}
	if cap(sc.keys) > maxKeptScratch {
		sc.keys, sc.tmp = nil, nil
	}
}

// maxRecent is the number of months before the as-of month whose buckets
// a tally finds by index; older months (a claim reported a century before
// the as-of date) go through a map.
const maxRecent = 1200

// counted is a claim checked for a tally: its amounts and its buckets.
type counted struct {
	claimed, paid houqin.Fen
	kind          int    // the index of the kind's cell
	month         int32  // the key of the month
	status        Status // the claim's
	schoolTag     uint64 // the tag of the school's id
	school        int    // the slot of the school, or the empty slot where it goes
	newSchool     bool   // the tally has no claim of the school yet
}

// NewTally returns an empty tally of the claims known as of the given
// date, of the kinds c knows. It returns an *houqin.InputError for field
// "as_of" when asOf is not a valid date.
func (c *Checker) NewTally(asOf houqin.Date) (*Tally, error) { return makeTally(c.kinds, asOf) }

func makeTally(kinds *kindSet, asOf houqin.Date) (*Tally, error) {
	if err := asOf.Validate(); err != nil {
		return nil, houqin.Invalid("as_of", reason(err))
	}
	return &Tally{asOf: asOf, asOfKey: MonthOf(asOf).key(), known: kinds}, nil
}

// errNoAsOf is returned by the mutating methods of a zero Tally.
func errNoAsOf() error {
	return houqin.Invalid("as_of", "the tally has no as-of date: make it with Checker.NewTally")
}

// AsOf returns the date of the tally: every claim in it was reported and
// decided on or before that day.
func (t *Tally) AsOf() houqin.Date { return t.asOf }

// Len returns the number of claims in the tally.
func (t *Tally) Len() int { return t.ids.len() }

// Has reports whether the tally holds the claim with the given id.
func (t *Tally) Has(id string) bool { return t.ids.has(id) }

// Total returns the bucket of all the claims.
func (t *Tally) Total() Bucket { return t.total }

// Grow makes room for n more claims, so that adding them grows no table.
// A host that knows how many claims it will add calls it first; it is an
// optimization only. A non-positive n does nothing.
func (t *Tally) Grow(n int) {
	if n <= 0 || t.asOf.IsZero() {
		return
	}
	n = min(n, maxIDs-t.ids.len())
	t.ids.reserve(n)
	t.ids.growIDs(n)
}

// Add counts one claim. It returns an *houqin.InputError naming the field
// of the claim ("id", "paid", …) when the claim is refused (see [Tally]),
// and then leaves the tally as it was. Add does not allocate, but for the
// tables of the tally growing now and then.
func (t *Tally) Add(c Claim) error {
	if t.asOf.IsZero() {
		return errNoAsOf()
	}
	r := counted{schoolTag: tagOf(c.School)}
	if err := t.check(&c, &r); err != nil {
		return err
	}
	if t.ids.len() >= maxIDs {
		return houqin.Invalid("id", "the tally holds the most claims it can")
	}
	tag := tagOf(c.ID)
	t.ids.reserve(1)
	p, dup := t.ids.probe(c.ID, tag)
	if dup {
		return houqin.Invalid("id", "duplicate claim id "+strconv.Quote(c.ID))
	}
	t.count(&c, &r)
	t.ids.add(p, c.ID, tag)
	return nil
}

// AddAll counts a batch of claims, all or none: when one is refused it
// returns an *houqin.InputError whose field names the claim by its index
// ("claims[3].paid") and leaves the tally as it was. The error names the
// first claim in the batch that fails on its own (a bad amount, a date
// after the as-of date) or, when every claim passes on its own, the first
// whose id is already in the tally or earlier in the batch.
//
// AddAll does not allocate per claim; it keeps a little working memory
// between calls.
func (t *Tally) AddAll(claims []Claim) error {
	if t.asOf.IsZero() {
		return errNoAsOf()
	}
	n := len(claims)
	if n == 0 {
		return nil
	}
	if n > maxIDs-t.ids.len() {
		return houqin.Invalid("claims", "more claims than a tally can hold")
	}
	defer t.sc.trim()
	m := t.mark()
	tags := slices.Grow(t.sc.tags[:0], n)[:n]
	t.sc.tags = tags
	// One pass over the claims checks and counts each claim at once
	// (undo takes them out again if the batch is refused) and collects
	// their ids, pending until addPending takes them in: when the batch
	// is refused, it has been counted in vain, which is rare, and when it
	// is not, no second pass is needed.
	base := t.ids.len()
	t.ids.growIDs(n)
	ids := t.ids.tail()
	var r counted
	for i := range claims {
		c := &claims[i]
		r.schoolTag = tagOf(c.School)
		if err := t.check(c, &r); err != nil {
			t.undo(claims[:i], m)
			clear(ids[len(t.ids.tail()):]) // let go of the host's strings
			return houqin.WithField("claims["+strconv.Itoa(i)+"]", err)
		}
		t.count(c, &r)
		tags[i] = tagOf(c.ID)
		ids = append(ids, c.ID)
	}
	t.ids.setTail(ids)
	if dup := t.ids.addPending(base, tags, &t.sc); dup >= 0 {
		t.undo(claims, m)
		return houqin.Invalid("claims["+strconv.Itoa(dup)+"].id", "duplicate claim id "+strconv.Quote(claims[dup].ID))
	}
	return nil
}

// check checks a claim against the tally (its sums so far, its as-of
// date) and finds its buckets, making none but a kind's: it looks up the
// school, whose tag the caller has put in r.schoolTag, and sets
// r.newSchool when the tally has no claim of it yet. It checks the fields
// in the order of Claim.check, but the school id (its length, UTF-8) only
// when the school is new: a school in the tally has passed.
func (t *Tally) check(c *Claim, r *counted) error {
	if err := checkID("id", c.ID); err != nil {
		return err
	}
	t.schools.reserve(1)
	var found bool
	r.school, found = findSchool(&t.schools, r.schoolTag, c.School)
	r.newSchool = !found
	if r.newSchool {
		if err := checkID("school", c.School); err != nil {
			return err
		}
	}
	var ck checked
	if err := c.checkFields(&ck); err != nil {
		return err
	}
	if err := t.checkDates(c, ck.reported); err != nil {
		return err
	}
	k, err := t.kindIndex(c.Kind)
	if err != nil {
		return err
	}
	if err := t.checkSums(t.total.Claimed, t.total.Paid, ck.claimed, ck.paid); err != nil {
		return err
	}
	r.claimed, r.paid = ck.claimed, ck.paid
	r.kind = k
	r.month = MonthOf(ck.reported).key()
	r.status = c.Status
	return nil
}

// count adds a claim that check passed, r being what check found, to the
// buckets of the tally, making the school's and the month's when needed.
func (t *Tally) count(c *Claim, r *counted) {
	if r.newSchool {
		insertSchool(&t.schools, r.school, r.schoolTag, c.School)
	}
	t.total.add(r.claimed, r.paid)
	t.kinds[r.kind].statuses[r.status-1].add(r.claimed, r.paid)
	t.schools.slots[r.school].add(r.claimed, r.paid)
	t.months[t.monthIndex(r.month)].add(r.claimed, r.paid)
}

// undo takes claims, which count counted since m, out of the buckets
// again, and then the buckets made since m: the tally is as it was at m.
// Everything about the claims has been checked, so nothing fails.
func (t *Tally) undo(claims []Claim, m mark) {
	for i := range claims {
		c := &claims[i]
		claimed, _ := houqin.FenOf("", c.Claimed)
		paid, _ := houqin.FenOf("", c.Paid)
		t.total.sub(claimed, paid)
		t.kinds[t.kindIndexOf(c.Kind)].statuses[c.Status-1].sub(claimed, paid)
		p, _ := findSchool(&t.schools, tagOf(c.School), c.School)
		t.schools.slots[p].sub(claimed, paid)
		key := MonthOf(houqin.DateOf(c.ReportedAt)).key()
		t.months[t.monthIndex(key)].sub(claimed, paid)
	}
	t.rollback(m)
}

// checkDates refuses a claim reported or decided after the as-of date.
func (t *Tally) checkDates(c *Claim, reported houqin.Date) error {
	if reported.After(t.asOf) {
		return houqin.Invalid("reported_at", "reported on "+reported.String()+", after the as-of date "+t.asOf.String())
	}
	if !c.DecidedOn.IsZero() && c.DecidedOn.After(t.asOf) {
		return houqin.Invalid("decided_on", c.DecidedOn.String()+" is after the as-of date "+t.asOf.String())
	}
	return nil
}

// checkSums refuses amounts that would carry a sum of the tally beyond
// houqin.MaxFen (one trillion yuan, far beyond any province's claims), the
// bound of every amount of the library, so that every figure of a tally
// is an amount the library accepts and writes. Every amount is at least
// zero, so no bucket's sum exceeds the total's: the total is the only sum
// to check.
func (t *Tally) checkSums(sumC, sumP, claimed, paid houqin.Fen) error {
	if claimed > houqin.MaxFen-sumC {
		return houqin.Invalid("claimed", "the tally's sum of amounts claimed would exceed "+maxFenText)
	}
	if paid > houqin.MaxFen-sumP {
		return houqin.Invalid("paid", "the tally's sum of amounts paid would exceed "+maxFenText)
	}
	return nil
}

// maxFenText is houqin.MaxFen for error messages.
const maxFenText = "¥1,000,000,000,000.00"

// kindIndex returns the index of k's cell, making one for a kind the
// tally knows but has not seen yet.
func (t *Tally) kindIndex(k Kind) (int, error) {
	if len(k) > 0 {
		// The kinds are few but come in no order: a guess by the length
		// and the last byte, checked, spares a search with a branch the
		// processor cannot predict.
		h := kindHash(k)
		if i := int(t.kindHint[h]) - 1; i >= 0 && i < len(t.kinds) && t.kinds[i].kind == k {
			return i, nil
		}
		for i := range t.kinds {
			if t.kinds[i].kind == k {
				if i < 255 {
					t.kindHint[h] = uint8(i + 1)
				}
				return i, nil
			}
		}
	}
	if err := t.known.check(k); err != nil {
		return 0, houqin.WithField("kind", err)
	}
	t.kinds = append(t.kinds, kindCell{kind: k})
	return len(t.kinds) - 1, nil
}

// kindHash picks the hint of a kind, which is not empty.
func kindHash(k Kind) int { return (len(k)*5 + int(k[len(k)-1])) & 63 }

// kindIndexOf is kindIndex for a kind another tally has already checked.
func (t *Tally) kindIndexOf(k Kind) int {
	for i := range t.kinds {
		if t.kinds[i].kind == k {
			return i
		}
	}
	t.kinds = append(t.kinds, kindCell{kind: k})
	return len(t.kinds) - 1
}

// monthIndex returns the index of the cell of the month with the given
// key, which is not after the as-of month, making one when needed.
func (t *Tally) monthIndex(key int32) int32 {
	off := int(t.asOfKey - key)
	if off < maxRecent {
		if off < len(t.recent) {
			if v := t.recent[off]; v != 0 {
				return v - 1
			}
		} else {
			t.recent = append(t.recent, make([]int32, off+1-len(t.recent))...)
		}
		i := int32(len(t.months))
		t.months = append(t.months, monthCell{key: key})
		t.recent[off] = i + 1
		return i
	}
	i, ok := t.olderIx[key]
	if !ok {
		if t.olderIx == nil {
			t.olderIx = make(map[int32]int32)
		}
		i = int32(len(t.months))
		t.months = append(t.months, monthCell{key: key})
		t.olderIx[key] = i
	}
	return i
}

// mark records the size of the tally's tables, for rollback.
type mark struct {
	kinds, months int
	schools       schoolMark
}

func (t *Tally) mark() mark { return mark{len(t.kinds), len(t.months), t.schools.mark()} }

// rollback takes out the cells made since m, all of them still empty.
func (t *Tally) rollback(m mark) {
	t.kinds = t.kinds[:m.kinds]
	t.schools.truncate(m.schools)
	for _, mc := range t.months[m.months:] {
		if off := int(t.asOfKey - mc.key); off < maxRecent {
			t.recent[off] = 0
		} else {
			delete(t.olderIx, mc.key)
		}
	}
	t.months = t.months[:m.months]
}

// Merge adds the claims of o to t, exactly as if they had been added to t
// one by one; o is left as it is. Merge is associative and commutative:
// however a host splits the claims into shards and in whatever order it
// merges them, the result is the tally of one pass over all the claims.
//
// Merge refuses, with an *houqin.InputError and leaving t as it was, a
// tally of another as-of date (field "as_of": figures as of different
// days do not add up to a figure as of either), a tally with claims of a
// kind that t's policy does not know or names otherwise than o's policy
// (field "kinds": a kind is its code and its names, and a summary must not
// give o's claims a name their region does not use; the kinds a policy
// knows without claims in o do not matter, nor do the rules of either
// policy, which no tally applies), tallies that share a claim id (field
// "claim_ids"; the error names the least shared id in byte order), and
// sums that would exceed houqin.MaxFen. Merging a tally into itself is
// refused unless it is empty, for it shares every claim id.
//
// Merge does not copy o's claim ids: t refers to the ones o holds (which
// neither changes), so they stay in memory while t does. o may go on
// counting claims, on another goroutine too.
func (t *Tally) Merge(o *Tally) error {
	if t.asOf.IsZero() {
		return errNoAsOf()
	}
	if o == nil {
		return houqin.Invalid("", "nil tally")
	}
	if o.asOf != t.asOf {
		return houqin.Invalid("as_of", "cannot merge a tally as of "+dateText(o.asOf)+" into one as of "+t.asOf.String())
	}
	if o.ids.len() == 0 {
		return nil
	}
	if o == t {
		return houqin.Invalid("claim_ids", "claim id "+strconv.Quote(slices.Min(t.ids.list()))+" is in both tallies")
	}
	if err := t.checkKinds(o); err != nil {
		return err
	}
	if err := t.checkSums(t.total.Claimed, t.total.Paid, o.total.Claimed, o.total.Paid); err != nil {
		return err
	}
	if o.ids.len() > maxIDs-t.ids.len() {
		return houqin.Invalid("claim_ids", "more claims than a tally can hold")
	}
	defer t.sc.trim()
	if dup, ok := t.ids.addSet(&o.ids); !ok {
		return houqin.Invalid("claim_ids", "claim id "+strconv.Quote(dup)+" is in both tallies")
	}
	t.total.merge(&o.total)
	for i := range o.kinds {
		oc := &o.kinds[i]
		k := t.kindIndexOf(oc.kind) // may grow t.kinds: index after the call
		tc := &t.kinds[k]
		for s := range oc.statuses {
			tc.statuses[s].merge(&oc.statuses[s])
		}
	}
	t.schools.merge(&o.schools)
	for i := range o.months {
		if oc := &o.months[i]; oc.Count > 0 {
			k := t.monthIndex(oc.key)
			t.months[k].merge(&oc.Bucket)
		}
	}
	return nil
}

// checkKinds refuses o's claims of a kind that t does not know, or names
// otherwise than o does.
func (t *Tally) checkKinds(o *Tally) error {
	if o.known == t.known {
		return nil
	}
	for i := range o.kinds {
		oc := &o.kinds[i]
		if !oc.counts() {
			continue
		}
		theirs, _ := o.known.name(oc.kind)
		ours, ok := t.known.name(oc.kind)
		switch {
		case !ok:
			return houqin.Invalid("kinds", "the merged tally has claims of kind "+string(oc.kind)+", which this tally's policy does not know")
		case ours != theirs:
			return houqin.Invalid("kinds", "kind "+string(oc.kind)+" is "+theirs.Hans+" ("+theirs.En+") in the merged tally's policy but "+ours.Hans+" ("+ours.En+") in this tally's")
		}
	}
	return nil
}

func dateText(d houqin.Date) string {
	if d.IsZero() {
		return "(no date)"
	}
	return d.String()
}

// Clone returns a deep copy of t.
func (t *Tally) Clone() *Tally {
	c := &Tally{
		asOf:     t.asOf,
		asOfKey:  t.asOfKey,
		known:    t.known,
		total:    t.total,
		kinds:    slices.Clone(t.kinds),
		kindHint: t.kindHint,
		schools:  t.schools.clone(),
		months:   slices.Clone(t.months),
		recent:   slices.Clone(t.recent),
		ids:      t.ids.clone(),
	}
	if t.olderIx != nil {
		c.olderIx = make(map[int32]int32, len(t.olderIx))
		for k, v := range t.olderIx {
			c.olderIx[k] = v
		}
	}
	return c
}

// Kinds returns the kinds with at least one claim, built-in kinds first
// in their order, then a host's kinds by code.
func (t *Tally) Kinds() []KindTotal {
	var out []KindTotal
	for i := range t.kinds {
		kc := &t.kinds[i]
		kt := KindTotal{Kind: kc.kind}
		for s := range kc.statuses {
			if b := kc.statuses[s]; b.Count > 0 {
				kt.Bucket.merge(&b)
				kt.Statuses = append(kt.Statuses, StatusTotal{Status: Status(s + 1), Bucket: b})
			}
		}
		if kt.Count > 0 {
			out = append(out, kt)
		}
	}
	slices.SortFunc(out, func(a, b KindTotal) int { return compareKinds(a.Kind, b.Kind) })
	return out
}

// Kind returns the bucket of kind k (with no claims when the tally has
// none of that kind).
func (t *Tally) Kind(k Kind) KindTotal {
	for _, kt := range t.Kinds() {
		if kt.Kind == k {
			return kt
		}
	}
	return KindTotal{Kind: k}
}

// Statuses returns the statuses with at least one claim, in their order.
func (t *Tally) Statuses() []StatusTotal {
	var sum [numStatuses]Bucket
	for i := range t.kinds {
		for s := range sum {
			sum[s].merge(&t.kinds[i].statuses[s])
		}
	}
	var out []StatusTotal
	for s, b := range sum {
		if b.Count > 0 {
			out = append(out, StatusTotal{Status: Status(s + 1), Bucket: b})
		}
	}
	return out
}

// Schools returns the schools with at least one claim, by id in byte
// order.
func (t *Tally) Schools() []SchoolTotal {
	out := t.schools.list()
	slices.SortFunc(out, func(a, b SchoolTotal) int { return strings.Compare(a.School, b.School) })
	return out
}

// Months returns the months with at least one claim reported, in
// calendar order.
func (t *Tally) Months() []MonthTotal {
	var cells []monthCell
	for _, mc := range t.months {
		if mc.Count > 0 {
			cells = append(cells, mc)
		}
	}
	slices.SortFunc(cells, func(a, b monthCell) int { return int(a.key) - int(b.key) })
	out := make([]MonthTotal, len(cells))
	for i, mc := range cells {
		out[i] = MonthTotal{Month: monthOfKey(mc.key), Bucket: mc.Bucket}
	}
	return out
}

// Equal reports whether t and o hold the same claims as of the same date:
// the same ids and the same figures in every bucket.
func (t *Tally) Equal(o *Tally) bool {
	if t == o {
		return true
	}
	if t.asOf != o.asOf || t.total != o.total || t.ids.len() != o.ids.len() {
		return false
	}
	if !slices.EqualFunc(t.Kinds(), o.Kinds(), func(a, b KindTotal) bool {
		return a.Kind == b.Kind && a.Bucket == b.Bucket && slices.Equal(a.Statuses, b.Statuses)
	}) || !slices.Equal(t.Schools(), o.Schools()) || !slices.Equal(t.Months(), o.Months()) {
		return false
	}
	for _, c := range t.ids.chunks {
		for _, id := range c {
			if !o.ids.has(id) {
				return false
			}
		}
	}
	return true
}
