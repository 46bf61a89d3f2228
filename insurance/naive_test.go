package insurance

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
)

// naiveTally is the way a tally is written without thinking about money:
// shopspring decimals summed per claim in maps, and a map of ids. It
// applies the same rules as Tally and serves twice: as the reference the
// property tests compare Tally with, and as the baseline of the
// benchmarks.
type naiveTally struct {
	asOf    houqin.Date
	ids     map[string]bool
	total   naiveBucket
	kinds   map[kindStatus]*naiveBucket
	schools map[string]*naiveBucket
	months  map[Month]*naiveBucket
}

type kindStatus struct {
	kind   Kind
	status Status
}

type naiveBucket struct {
	count         int64
	claimed, paid decimal.Decimal
}

var (
	naiveMax  = decimal.New(1, 12) // houqin.MaxFen in yuan
	errNaive  = errors.New("naive: refused")
	naiveZero = decimal.Zero
)

func newNaive(asOf houqin.Date) *naiveTally {
	return &naiveTally{
		asOf:    asOf,
		ids:     map[string]bool{},
		kinds:   map[kindStatus]*naiveBucket{},
		schools: map[string]*naiveBucket{},
		months:  map[Month]*naiveBucket{},
	}
}

// naiveKnown reports whether k is a built-in kind, the kinds of the
// default policy.
func naiveKnown(k Kind) bool { return slices.Contains(builtinKinds[:], k) }

func naiveAmount(d decimal.Decimal) bool {
	if d.IsZero() {
		return true
	}
	if d.Exponent() < -64 || d.Exponent() > 18 {
		return false
	}
	return d.Round(2).Equal(d) && !d.IsNegative() && d.LessThanOrEqual(naiveMax)
}

func (n *naiveTally) add(c Claim) error {
	// A zero written with a huge exponent (0e1000000000) is zero, and the
	// tally counts it as such; shopspring would work out 10^1000000000 to
	// add it to a sum.
	if c.Claimed.IsZero() {
		c.Claimed = naiveZero
	}
	if c.Paid.IsZero() {
		c.Paid = naiveZero
	}
	for _, id := range []string{c.ID, c.School} {
		if id == "" || len(id) > 128 || !utf8.ValidString(id) {
			return errNaive
		}
	}
	if !c.Status.Valid() || !naiveKnown(c.Kind) {
		return errNaive
	}
	if c.ReportedAt.IsZero() || c.IncidentAt.IsZero() || c.IncidentAt.After(c.ReportedAt) {
		return errNaive
	}
	reported := houqin.DateOf(c.ReportedAt)
	if reported.After(n.asOf) || reported.Year < 1 {
		return errNaive
	}
	needDecision := c.Status == StatusApproved || c.Status == StatusPaid || c.Status == StatusRejected
	if c.DecidedOn.IsZero() && needDecision || !c.DecidedOn.IsZero() && (c.Status == StatusFiled || c.DecidedOn.Validate() != nil ||
		c.DecidedOn.Before(reported) || c.DecidedOn.After(n.asOf)) {
		return errNaive
	}
	if !naiveAmount(c.Claimed) || !naiveAmount(c.Paid) || !c.Paid.IsZero() && c.Status != StatusPaid {
		return errNaive
	}
	if c.Claimed.Add(n.total.claimed).GreaterThan(naiveMax) || c.Paid.Add(n.total.paid).GreaterThan(naiveMax) {
		return errNaive
	}
	if n.ids[c.ID] {
		return errNaive
	}
	n.ids[c.ID] = true
	n.total.add(c)
	bucket(n.kinds, kindStatus{c.Kind, c.Status}).add(c)
	bucket(n.schools, c.School).add(c)
	bucket(n.months, MonthOf(reported)).add(c)
	return nil
}

func bucket[K comparable](m map[K]*naiveBucket, k K) *naiveBucket {
	b := m[k]
	if b == nil {
		b = &naiveBucket{claimed: naiveZero, paid: naiveZero}
		m[k] = b
	}
	return b
}

func (b *naiveBucket) add(c Claim) {
	b.count++
	b.claimed = b.claimed.Add(c.Claimed)
	b.paid = b.paid.Add(c.Paid)
}

func (b *naiveBucket) merge(o *naiveBucket) {
	b.count += o.count
	b.claimed = b.claimed.Add(o.claimed)
	b.paid = b.paid.Add(o.paid)
}

// merge is the naive merge: refuse shared ids, then add every bucket.
func (n *naiveTally) merge(o *naiveTally) error {
	if n.asOf != o.asOf {
		return errNaive
	}
	for id := range o.ids {
		if n.ids[id] {
			return errNaive
		}
	}
	for id := range o.ids {
		n.ids[id] = true
	}
	n.total.merge(&o.total)
	for k, b := range o.kinds {
		bucket(n.kinds, k).merge(b)
	}
	for k, b := range o.schools {
		bucket(n.schools, k).merge(b)
	}
	for k, b := range o.months {
		bucket(n.months, k).merge(b)
	}
	return nil
}

// same reports how t differs from the naive tally, or "" when they agree
// on every figure.
func (n *naiveTally) same(t *Tally) string {
	var diffs []string
	eq := func(what string, b Bucket, nb *naiveBucket) {
		if nb == nil {
			nb = &naiveBucket{}
		}
		if b.Count != nb.count || !b.Claimed.Yuan().Equal(nb.claimed) || !b.Paid.Yuan().Equal(nb.paid) {
			diffs = append(diffs, fmt.Sprintf("%s: %v vs %d %s %s", what, b, nb.count, nb.claimed, nb.paid))
		}
	}
	eq("total", t.Total(), &n.total)
	if t.Len() != len(n.ids) {
		diffs = append(diffs, fmt.Sprintf("len %d vs %d", t.Len(), len(n.ids)))
	}
	nk := 0
	for _, kt := range t.Kinds() {
		for _, st := range kt.Statuses {
			eq(string(kt.Kind)+"/"+st.Status.String(), st.Bucket, n.kinds[kindStatus{kt.Kind, st.Status}])
			nk++
		}
	}
	if nk != len(n.kinds) {
		diffs = append(diffs, fmt.Sprintf("%d kind cells vs %d", nk, len(n.kinds)))
	}
	for _, st := range t.Schools() {
		eq(st.School, st.Bucket, n.schools[st.School])
	}
	if len(t.Schools()) != len(n.schools) {
		diffs = append(diffs, "schools")
	}
	for _, mt := range t.Months() {
		eq(mt.Month.String(), mt.Bucket, n.months[mt.Month])
	}
	if len(t.Months()) != len(n.months) {
		diffs = append(diffs, "months")
	}
	for id := range n.ids {
		if !t.Has(id) {
			diffs = append(diffs, "missing id "+id)
			break
		}
	}
	return strings.Join(diffs, "; ")
}

// testAsOf is the as-of date of the generated claims: the end of May, as
// in the county report of 监利县学校后勤管理工作会议讲话（上半年工作总结）.
var testAsOf = houqin.Date{Year: 2025, Month: time.May, Day: 31}

// testChecker applies the default policy: it knows the built-in kinds.
var testChecker = must(New(DefaultPolicy()))

// cst is China Standard Time.
var cst = time.FixedZone("CST", 8*3600)

// genClaims makes n valid claims as of testAsOf, reproducibly from seed:
// ids unique and in no order, schools out of 20,000, reported from June
// 2024 to May 2025, the kinds and statuses in proportions like a
// county's, amounts up to ¥20,000.00 with fen.
func genClaims(seed uint64, n int) []Claim {
	r := rand.New(rand.NewPCG(seed, 1))
	perm := r.Perm(n)
	kinds := []Kind{StudentAccident, StudentAccident, StudentAccident, StudentAccident, SchoolLiability, SchoolLiability, InternshipLiability, SchoolProperty, SchoolBusCarrier, StaffCombined}
	start := time.Date(2024, time.June, 1, 0, 0, 0, 0, cst)
	span := time.Date(2025, time.May, 31, 23, 59, 0, 0, cst).Sub(start)
	out := make([]Claim, n)
	for i := range out {
		reported := start.Add(time.Duration(r.Int64N(int64(span))))
		incident := reported.Add(-time.Duration(r.Int64N(int64(48 * time.Hour))))
		st := Status(1 + r.IntN(numStatuses))
		c := Claim{
			ID:         fmt.Sprintf("CLM%09d", perm[i]+int(seed%1000)*10_000_000),
			Kind:       kinds[r.IntN(len(kinds))],
			School:     fmt.Sprintf("S%05d", r.IntN(20_000)),
			IncidentAt: incident,
			ReportedAt: reported,
			Status:     st,
			Claimed:    decimal.New(r.Int64N(2_000_000)+1, -2),
			Paid:       decimal.Zero,
		}
		if st != StatusFiled && (st != StatusWithdrawn || r.IntN(2) == 0) {
			rd := houqin.DateOf(reported)
			c.DecidedOn = rd.AddDays(r.IntN(testAsOf.Sub(rd) + 1))
		}
		if st == StatusPaid {
			c.Paid = decimal.New(r.Int64N(2_000_000)+1, -2)
		}
		out[i] = c
	}
	return out
}

// shardsOf splits claims into n shards by position.
func shardsOf(claims []Claim, n int) [][]Claim {
	out := make([][]Claim, n)
	for i := range out {
		out[i] = claims[i*len(claims)/n : (i+1)*len(claims)/n]
	}
	return out
}
