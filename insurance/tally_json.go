package insurance

import (
	"encoding/json"
	"slices"
	"strconv"

	"github.com/houqin-go/houqin"
)

// tallyJSON is the encoded form of a Tally.
type tallyJSON struct {
	AsOf     houqin.Date   `json:"as_of"`
	Total    Bucket        `json:"total"`
	Kinds    []KindTotal   `json:"kinds"`
	Statuses []StatusTotal `json:"statuses"`
	Schools  []SchoolTotal `json:"schools"`
	Months   []MonthTotal  `json:"months"`
	ClaimIDs []string      `json:"claim_ids"`
}

// MarshalJSON encodes the tally with every breakdown in its order and the
// claim ids sorted, so that equal tallies encode to equal bytes, amounts
// as strings of yuan with two decimals:
//
//	{"as_of":"2025-05-31","total":{"count":2,"claimed":"5000.00","paid":"3200.00"},
//	 "kinds":[{"kind":"school_liability","count":2,…,"statuses":[{"status":"paid",…}]}],
//	 "statuses":[…],"schools":[{"school":"S001",…}],"months":[{"month":"2025-05",…}],
//	 "claim_ids":["C1","C2"]}
//
// The claim ids travel with the figures so that a tally decoded elsewhere
// (a shard from another machine) still refuses to merge with one that
// shares a claim. MarshalJSON has a value receiver so that a Tally held
// by value in a host's struct encodes too.
func (t Tally) MarshalJSON() ([]byte, error) {
	ids := t.ids.list()
	slices.Sort(ids)
	j := tallyJSON{
		AsOf:     t.asOf,
		Total:    t.total,
		Kinds:    nonNil(t.Kinds()),
		Statuses: nonNil(t.Statuses()),
		Schools:  nonNil(t.Schools()),
		Months:   nonNil(t.Months()),
		ClaimIDs: nonNil(ids),
	}
	for i := range j.Kinds {
		j.Kinds[i].Statuses = nonNil(j.Kinds[i].Statuses)
	}
	return json.Marshal(j)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// ParseTally decodes a tally that [Tally.MarshalJSON] wrote, on this
// machine or another, as a tally of c: it accepts the kinds c knows, its
// summary names them as c's policy does, and it merges with c's tallies. A
// worker that receives shards builds its Checker from the same policy as
// the workers that tallied them and decodes each shard with ParseTally.
// It checks what [Tally.UnmarshalJSON] checks, and refuses JSON null and
// anything after the tally; every problem is an *houqin.InputError naming
// the field.
func (c *Checker) ParseTally(data []byte) (*Tally, error) {
	t := &Tally{known: c.kinds}
	if err := houqin.DecodeJSON(data, t); err != nil {
		return nil, err
	}
	if t.asOf.IsZero() {
		return nil, houqin.Invalid("", "want a tally, got JSON null")
	}
	return t, nil
}

// UnmarshalJSON decodes what [Tally.MarshalJSON] writes, in any order of
// the breakdowns, and checks that it is a tally: a valid as-of date,
// distinct valid claim ids as many as the total count, known kinds and
// statuses, months not after the as-of month, no amount paid outside the
// paid status, and every breakdown summing exactly to the total. It
// returns an *houqin.InputError naming the field otherwise, and leaves t
// as it was. JSON null leaves t as it is.
//
// The kinds it knows are t's: those of the checker that made t, or, in a
// zero Tally (as when encoding/json fills a host's struct), the built-in
// kinds only. To decode a tally with kinds of the host's own, use
// [Checker.ParseTally].
func (t *Tally) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var j tallyJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return houqin.Invalid("tally", reason(err))
	}
	n, err := makeTally(t.known, j.AsOf)
	if err != nil {
		return err
	}
	if err := checkBucket("total", j.Total); err != nil {
		return err
	}
	if j.Total.Count != int64(len(j.ClaimIDs)) {
		return houqin.Invalid("total.count", strconv.FormatInt(j.Total.Count, 10)+" claims but "+strconv.Itoa(len(j.ClaimIDs))+" claim ids")
	}
	n.total = j.Total

	// Kinds and their statuses.
	var sum Bucket
	var byStatus [numStatuses]Bucket
	for i, kt := range j.Kinds {
		field := "kinds[" + strconv.Itoa(i) + "]"
		if err := n.known.check(kt.Kind); err != nil {
			return houqin.WithField(field+".kind", err)
		}
		for _, c := range n.kinds {
			if c.kind == kt.Kind {
				return houqin.Invalid(field+".kind", "kind "+string(kt.Kind)+" listed twice")
			}
		}
		// A kind is listed only with claims, as every other bucket.
		if err := checkBucket(field, kt.Bucket); err != nil {
			return err
		}
		cell := kindCell{kind: kt.Kind}
		var ks Bucket
		for k, st := range kt.Statuses {
			sf := field + ".statuses[" + strconv.Itoa(k) + "]"
			if !st.Status.Valid() {
				return houqin.Invalid(sf+".status", "unknown status "+st.Status.String())
			}
			if err := checkBucket(sf, st.Bucket); err != nil {
				return err
			}
			if st.Paid != 0 && st.Status != StatusPaid {
				return houqin.Invalid(sf+".paid", "not zero for "+st.Status.String()+" claims")
			}
			c := &cell.statuses[st.Status-1]
			if c.Count != 0 {
				return houqin.Invalid(sf+".status", "status "+st.Status.String()+" listed twice")
			}
			*c = st.Bucket
			if err := addBucket(sf, &ks, st.Bucket); err != nil {
				return err
			}
			byStatus[st.Status-1].merge(&st.Bucket)
		}
		if ks != kt.Bucket {
			return houqin.Invalid(field, "the kind's figures are not the sum of its statuses'")
		}
		if err := addBucket(field, &sum, kt.Bucket); err != nil {
			return err
		}
		n.kinds = append(n.kinds, cell)
	}
	if sum != j.Total {
		return houqin.Invalid("kinds", "the kinds do not sum to the total")
	}
	var want []StatusTotal
	for s, b := range byStatus {
		if b.Count > 0 {
			want = append(want, StatusTotal{Status: Status(s + 1), Bucket: b})
		}
	}
	got := slices.Clone(j.Statuses)
	slices.SortFunc(got, func(a, b StatusTotal) int { return int(a.Status) - int(b.Status) })
	if !slices.Equal(got, want) {
		return houqin.Invalid("statuses", "not the sums of the kinds' statuses")
	}

	// Schools.
	sum = Bucket{}
	for i, st := range j.Schools {
		field := "schools[" + strconv.Itoa(i) + "]"
		if err := checkID(field+".school", st.School); err != nil {
			return err
		}
		if err := checkBucket(field, st.Bucket); err != nil {
			return err
		}
		n.schools.reserve(1)
		tag := tagOf(st.School)
		p, dup := findSchool(&n.schools, tag, st.School)
		if dup {
			return houqin.Invalid(field+".school", "school "+strconv.Quote(st.School)+" listed twice")
		}
		insertSchool(&n.schools, p, tag, st.School)
		n.schools.slots[p].Bucket = st.Bucket
		if err := addBucket(field, &sum, st.Bucket); err != nil {
			return err
		}
	}
	if sum != j.Total {
		return houqin.Invalid("schools", "the schools do not sum to the total")
	}

	// Months.
	sum = Bucket{}
	for i, mt := range j.Months {
		field := "months[" + strconv.Itoa(i) + "]"
		if err := mt.Month.Validate(); err != nil {
			return houqin.Invalid(field+".month", reason(err))
		}
		key := mt.Month.key()
		if key > n.asOfKey {
			return houqin.Invalid(field+".month", mt.Month.String()+" is after the as-of date "+n.asOf.String())
		}
		if err := checkBucket(field, mt.Bucket); err != nil {
			return err
		}
		before := len(n.months)
		k := n.monthIndex(key)
		if len(n.months) == before {
			return houqin.Invalid(field+".month", "month "+mt.Month.String()+" listed twice")
		}
		n.months[k].Bucket = mt.Bucket
		if err := addBucket(field, &sum, mt.Bucket); err != nil {
			return err
		}
	}
	if sum != j.Total {
		return houqin.Invalid("months", "the months do not sum to the total")
	}

	// Claim ids.
	n.ids.reserve(len(j.ClaimIDs))
	for i, id := range j.ClaimIDs {
		if err := checkID("", id); err != nil {
			return houqin.WithField(item("claim_ids", i), err)
		}
		tag := tagOf(id)
		p, dup := n.ids.probe(id, tag)
		if dup {
			return houqin.Invalid(item("claim_ids", i), "duplicate claim id "+strconv.Quote(id))
		}
		n.ids.add(p, id, tag)
	}
	*t = *n
	return nil
}

// checkBucket refuses a listed bucket without claims or with amounts out
// of bounds.
func checkBucket(field string, b Bucket) error {
	switch {
	case b.Count < 0:
		return houqin.Invalid(field+".count", "negative")
	case b.Claimed < 0 || b.Claimed > houqin.MaxFen:
		return houqin.Invalid(field+".claimed", "out of range [0, "+maxFenText+"]")
	case b.Paid < 0 || b.Paid > houqin.MaxFen:
		return houqin.Invalid(field+".paid", "out of range [0, "+maxFenText+"]")
	case b.Count == 0 && field != "total":
		return houqin.Invalid(field+".count", "a listed bucket without claims")
	case b.Count == 0 && (b.Claimed != 0 || b.Paid != 0):
		return houqin.Invalid(field, "amounts without claims")
	}
	return nil
}

// addBucket adds b to sum, refusing sums beyond houqin.MaxFen (every
// part is in [0, MaxFen], so this never overflows).
func addBucket(field string, sum *Bucket, b Bucket) error {
	sum.merge(&b)
	if sum.Claimed > houqin.MaxFen || sum.Paid > houqin.MaxFen || sum.Count < 0 {
		return houqin.Invalid(field, "the sums exceed "+maxFenText)
	}
	return nil
}
