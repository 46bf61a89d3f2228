package insurance

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// spoil makes a claim invalid in one of many ways, or a duplicate of an
// earlier one, at random.
func spoil(r *rand.Rand, c Claim, earlier []Claim) Claim {
	switch r.IntN(12) {
	case 0:
		if len(earlier) > 0 {
			c.ID = earlier[r.IntN(len(earlier))].ID
		}
	case 1:
		c.Claimed = decimal.New(r.Int64N(1_000_000), -3)
	case 2:
		c.Paid = decimal.New(-r.Int64N(1000)-1, -2)
	case 3:
		c.Kind = "no_such_kind"
	case 4:
		c.Status = Status(r.IntN(3) * 6)
	case 5:
		c.ReportedAt = time.Date(2025, time.June, 1+r.IntN(20), 1, 0, 0, 0, cst)
	case 6:
		c.IncidentAt = c.ReportedAt.Add(time.Minute)
	case 7:
		c.School = ""
	case 8:
		c.DecidedOn = houqin.Date{Year: 2025, Month: time.July, Day: 1}
	case 9:
		c.Claimed = decimal.New(1, 13)
	case 10:
		c.ID = ""
	case 11:
		c.Status, c.Paid = StatusApproved, decimal.New(100, -2)
	}
	return c
}

// TestTallyMatchesNaive adds the same claims, a tenth of them spoiled, to
// a Tally and to the naive decimal tally: both must refuse the same
// claims and agree on every figure to the fen.
func TestTallyMatchesNaive(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		r := rand.New(rand.NewPCG(seed, 99))
		claims := genClaims(seed, 2000)
		tl := newTally(t)
		n := newNaive(testAsOf)
		for i, c := range claims {
			if r.IntN(10) == 0 {
				c = spoil(r, c, claims[:i])
			}
			err := tl.Add(c)
			nerr := n.add(c)
			require.Equal(t, nerr == nil, err == nil, "claim %d: tally %v, naive %v", i, err, nerr)
			if err != nil {
				require.ErrorIs(t, err, houqin.ErrInvalidInput)
			}
		}
		require.Empty(t, n.same(tl), "seed %d", seed)
	}
}

// TestBreakdownsSumToTotal checks that every breakdown sums to the total
// exactly, and every kind to its statuses.
func TestBreakdownsSumToTotal(t *testing.T) {
	tl := newTally(t)
	require.NoError(t, tl.AddAll(genClaims(11, 5000)))
	total := tl.Total()
	assert.Equal(t, int64(5000), total.Count)
	var kinds, statuses, schools, months Bucket
	for _, k := range tl.Kinds() {
		var sum Bucket
		for _, s := range k.Statuses {
			sum.merge(&s.Bucket)
		}
		assert.Equal(t, k.Bucket, sum, k.Kind)
		kinds.merge(&k.Bucket)
	}
	for _, s := range tl.Statuses() {
		statuses.merge(&s.Bucket)
	}
	for _, s := range tl.Schools() {
		schools.merge(&s.Bucket)
	}
	for _, m := range tl.Months() {
		months.merge(&m.Bucket)
	}
	for _, b := range []Bucket{kinds, statuses, schools, months} {
		assert.Equal(t, total, b)
	}
	assert.True(t, slices.IsSortedFunc(tl.Schools(), func(a, b SchoolTotal) int {
		if a.School < b.School {
			return -1
		}
		return 1
	}))
	assert.Len(t, tl.Months(), 12)
}

// randomShards splits claims into k shards at random (not by position).
func randomShards(r *rand.Rand, claims []Claim, k int) [][]Claim {
	out := make([][]Claim, k)
	for _, c := range claims {
		i := r.IntN(k)
		out[i] = append(out[i], c)
	}
	return out
}

func tallyOf(t testing.TB, claims []Claim) *Tally {
	tl := newTally(t)
	require.NoError(t, tl.AddAll(claims))
	return tl
}

// TestMergeEqualsOnePass merges random shards in random orders and
// groupings and compares with one pass over all the claims.
func TestMergeEqualsOnePass(t *testing.T) {
	for seed := uint64(1); seed <= 8; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		claims := genClaims(seed, 1000+r.IntN(4000))
		one := newTally(t)
		for _, c := range claims {
			require.NoError(t, one.Add(c))
		}
		want := jsonOf(t, one)

		k := 1 + r.IntN(12)
		var ts []*Tally
		for _, s := range randomShards(r, claims, k) {
			ts = append(ts, tallyOf(t, s))
		}
		// Merge as a random tree: pick two, merge one into the other.
		for len(ts) > 1 {
			i, j := r.IntN(len(ts)), r.IntN(len(ts)-1)
			if j >= i {
				j++
			}
			require.NoError(t, ts[i].Merge(ts[j]))
			ts = slices.Delete(ts, j, j+1)
		}
		assert.True(t, ts[0].Equal(one), "seed %d", seed)
		assert.Equal(t, want, jsonOf(t, ts[0]), "seed %d", seed)
	}
}

func TestMergeAssociativeCommutative(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	shards := randomShards(r, genClaims(5, 3000), 3)
	a, b, c := tallyOf(t, shards[0]), tallyOf(t, shards[1]), tallyOf(t, shards[2])
	merge := func(x, y *Tally) *Tally {
		z := x.Clone()
		require.NoError(t, z.Merge(y))
		return z
	}
	ab, ba := merge(a, b), merge(b, a)
	assert.True(t, ab.Equal(ba), "a+b = b+a")
	left := merge(ab, c)
	right := merge(a, merge(b, c))
	assert.True(t, left.Equal(right), "(a+b)+c = a+(b+c)")
	assert.Equal(t, jsonOf(t, left), jsonOf(t, right))
	assert.Equal(t, jsonOf(t, left), jsonOf(t, merge(merge(c, a), b)))
	assert.Equal(t, jsonOf(t, left), jsonOf(t, tallyOf(t, append(append(slices.Clone(shards[0]), shards[1]...), shards[2]...))))
}

// TestDuplicateAlwaysRefused takes a claim id already in a tally and tries
// to count it again every way: alone, in a batch, in a merged shard, in a
// decoded shard.
func TestDuplicateAlwaysRefused(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	claims := genClaims(3, 4000)
	tl := tallyOf(t, claims)
	want := jsonOf(t, tl)
	fresh := genClaims(4, 3000)
	for range 6 {
		dup := fresh[r.IntN(len(fresh))]
		dup.ID = claims[r.IntN(len(claims))].ID
		require.ErrorIs(t, tl.Add(dup), houqin.ErrInvalidInput)

		batch := slices.Clone(fresh)
		at := r.IntN(len(batch))
		batch[at] = dup
		requireField(t, tl.AddAll(batch), "claims["+itoa(at)+"].id")

		shard := tallyOf(t, batch)
		requireField(t, tl.Merge(shard), "claim_ids")
		requireField(t, shard.Merge(tl), "claim_ids")

		var decoded Tally
		require.NoError(t, json.Unmarshal([]byte(jsonOf(t, shard)), &decoded))
		requireField(t, tl.Merge(&decoded), "claim_ids")
		assert.Equal(t, want, jsonOf(t, tl))
	}
}

func TestJSONRoundTrip(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		tl := tallyOf(t, genClaims(seed, 3000))
		b, err := json.Marshal(tl)
		require.NoError(t, err)
		var back Tally
		require.NoError(t, json.Unmarshal(b, &back))
		assert.True(t, back.Equal(tl))
		b2, err := json.Marshal(&back)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(b2))
	}
}

// TestConcurrentShards builds shards on goroutines, as the README shows,
// and merges them; the race detector watches. The merged tally is then
// read from several goroutines at once.
func TestConcurrentShards(t *testing.T) {
	claims := genClaims(21, 20_000)
	const workers = 8
	chunks := shardsOf(claims, workers)
	shards := make([]*Tally, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for i := range shards {
		shards[i] = newTally(t)
		wg.Go(func() {
			if i%2 == 0 {
				errs[i] = shards[i].AddAll(chunks[i])
				return
			}
			for _, c := range chunks[i] {
				if errs[i] = shards[i].Add(c); errs[i] != nil {
					return
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
	// Merge pairwise on goroutines too: each merge owns its receiver.
	for len(shards) > 1 {
		half := (len(shards) + 1) / 2
		for i := 0; i+half < len(shards); i++ {
			wg.Go(func() { errs[i] = shards[i].Merge(shards[i+half]) })
		}
		wg.Wait()
		for i := 0; i+half < len(shards); i++ {
			require.NoError(t, errs[i])
		}
		shards = shards[:half]
	}
	total := shards[0]
	one := tallyOf(t, claims)
	assert.True(t, total.Equal(one))

	summaries := make([]string, workers)
	for i := range summaries {
		wg.Go(func() {
			_ = total.Kinds()
			_ = total.Schools()
			summaries[i] = total.Summary(testkit.Languages()[i%3])
		})
	}
	wg.Wait()
	for i, s := range summaries {
		assert.Equal(t, one.Summary(testkit.Languages()[i%3]), s)
	}
}
