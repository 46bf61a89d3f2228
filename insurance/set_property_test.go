package insurance

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// This file checks the tally's set of claim ids against a plain
// map[string]bool through the public API only (ids cannot be crafted to
// collide: the hash is seeded per process, so the tests use enough ids to
// grow the table and make long runs), and the refusals of a batch whose
// first claim is the duplicate.

// cheapClaim is a valid filed claim of school S001 with the given id,
// reported on 3 May 2025.
func cheapClaim(id string) Claim {
	return Claim{ID: id, Kind: SchoolLiability, School: "S001", Status: StatusFiled,
		IncidentAt: at(time.May, 3, 9), ReportedAt: at(time.May, 3, 15), Claimed: yuan("1")}
}

// idModel is the set a tally's ids must equal.
type idModel map[string]bool

// requireSame checks that tl holds exactly the ids of m, and none of
// absent.
func (m idModel) requireSame(t *testing.T, tl *Tally, absent []string) {
	t.Helper()
	require.Equal(t, len(m), tl.Len())
	require.Equal(t, int64(len(m)), tl.Total().Count)
	for id := range m {
		if !tl.Has(id) {
			t.Fatalf("id %q missing", id)
		}
	}
	for _, id := range absent {
		if !m[id] && tl.Has(id) {
			t.Fatalf("id %q present", id)
		}
	}
}

// TestIDSetMatchesMap adds ids drawn from a small universe (so that about
// a third are repeats) one by one, in batches of random sizes and by
// merging shards, stopping at sizes either side of every growth of the
// table (its load is at most 3/4 of 16, 32, … slots), and checks after
// each step that the tally holds the ids of the model: the same members,
// the same count, and a repeat refused exactly when the model has it.
func TestIDSetMatchesMap(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 90))
	universe := make([]string, 6000)
	for i := range universe {
		universe[i] = "c" + strconv.Itoa(i)
	}
	// The sizes at which a table of 16·2^k slots is full to 3/4, and one
	// past.
	var stops []int
	for size := 16; size*3/4+1 < 4000; size *= 2 {
		stops = append(stops, size*3/4, size*3/4+1)
	}
	for _, mode := range []string{"one by one", "batches", "shards"} {
		t.Run(mode, func(t *testing.T) {
			tl := newTally(t)
			m := idModel{}
			for _, stop := range stops {
				for len(m) < stop {
					switch mode {
					case "one by one":
						id := universe[r.IntN(len(universe))]
						err := tl.Add(cheapClaim(id))
						if m[id] {
							requireField(t, err, "id")
						} else {
							require.NoError(t, err)
							m[id] = true
						}
					case "batches":
						n := 1 + r.IntN(min(stop-len(m), 70))
						var batch []Claim
						fresh, dupAt := idModel{}, -1
						for i := range n {
							id := universe[r.IntN(len(universe))]
							if (m[id] || fresh[id]) && dupAt < 0 {
								dupAt = i
							}
							fresh[id] = true
							batch = append(batch, cheapClaim(id))
						}
						err := tl.AddAll(batch)
						if dupAt >= 0 {
							requireField(t, err, "claims["+strconv.Itoa(dupAt)+"].id")
							// Take the repeats out and add the rest.
							var rest []Claim
							seen := idModel{}
							for _, c := range batch {
								if !m[c.ID] && !seen[c.ID] {
									seen[c.ID] = true
									rest = append(rest, c)
								}
							}
							batch = rest
							require.NoError(t, tl.AddAll(batch))
						} else {
							require.NoError(t, err)
						}
						for _, c := range batch {
							m[c.ID] = true
						}
					case "shards":
						// A shard of fresh ids, one in four with a repeat of
						// the tally's.
						sh := newTally(t)
						n := 1 + r.IntN(min(stop-len(m), 90))
						shared := ""
						for range n {
							id := universe[r.IntN(len(universe))]
							if sh.Has(id) || m[id] {
								continue
							}
							require.NoError(t, sh.Add(cheapClaim(id)))
						}
						if r.IntN(4) == 0 && len(m) > 0 {
							for id := range m {
								if !sh.Has(id) {
									require.NoError(t, sh.Add(cheapClaim(id)))
									shared = id
								}
								break
							}
						}
						if sh.Len() == 0 {
							continue
						}
						err := tl.Merge(sh)
						if shared != "" {
							requireField(t, err, "claim_ids")
							assert.Contains(t, err.Error(), strconv.Quote(shared), "the shared id")
							continue
						}
						require.NoError(t, err)
						for _, id := range shardIDs(sh) {
							m[id] = true
						}
					}
				}
				m.requireSame(t, tl, universe[:200])
			}
			// A clone holds the same ids, and each goes its own way.
			c := tl.Clone()
			m.requireSame(t, c, universe)
			require.NoError(t, c.Add(cheapClaim("only-in-the-clone")))
			assert.False(t, tl.Has("only-in-the-clone"))
		})
	}
}

// shardIDs lists the ids of a tally.
func shardIDs(tl *Tally) []string {
	var ids []string
	for _, c := range tl.ids.chunks {
		ids = append(ids, c...)
	}
	return ids
}

// TestAddAllFirstClaimDuplicate refuses a batch whose first claim repeats
// an id of the tally, naming claims[0] even when a later claim repeats it
// too, and leaves the tally as it was; with a table past the size at which
// a batch goes in by the order of its tags too (more than 12,288 ids make
// a table of 32,768 slots, and the batch holds 64 claims).
func TestAddAllFirstClaimDuplicate(t *testing.T) {
	for _, tt := range []struct {
		name  string
		held  int // the claims in the tally first
		batch int // the claims of the batch
	}{
		{"a small table", 3, 3},
		{"a large table, a batch of 64", 12300, 64},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tl := newTally(t)
			var held []Claim
			for i := range tt.held {
				held = append(held, cheapClaim("H"+strconv.Itoa(i)))
			}
			require.NoError(t, tl.AddAll(held))
			if tt.held > 12288 {
				require.GreaterOrEqual(t, tl.ids.size, sortFrom, "the case is the one it says")
			}
			before := tl.Clone()
			// H0, N1, H0, N3, N4, …: claims[0] and claims[2] repeat H0.
			batch := []Claim{cheapClaim("H0"), cheapClaim("N1"), cheapClaim("H0")}
			for i := 3; i < tt.batch; i++ {
				batch = append(batch, cheapClaim("N"+strconv.Itoa(i)))
			}
			requireField(t, tl.AddAll(batch), "claims[0].id")
			assert.True(t, tl.Equal(before), "the tally is as it was")
			assert.Equal(t, tt.held, tl.Len())
			assert.False(t, tl.Has("N1"))
			// A repeat within the batch: N1, N2, N1, N3, …: claims[2]
			// repeats claims[0].
			batch[0], batch[1], batch[2] = cheapClaim("N1"), cheapClaim("N2"), cheapClaim("N1")
			requireField(t, tl.AddAll(batch), "claims[2].id")
			assert.True(t, tl.Equal(before))
			// Without the repeat it goes in.
			batch = append(batch[:2], batch[3:]...)
			require.NoError(t, tl.AddAll(batch))
			assert.Equal(t, tt.held+tt.batch-1, tl.Len())
			assert.True(t, tl.Has("N1"))
		})
	}
}

// TestMonthsAtTheRecentBound refuses a batch holding a claim reported
// 1,199, 1,200 or 1,201 months before the as-of month (either side of
// the months a tally finds by index), then counts a claim of the as-of
// month and one of that old month: each month is in its own bucket.
func TestMonthsAtTheRecentBound(t *testing.T) {
	// testAsOf is 31 May 2025: 1,200 months before May 2025 is May 1925.
	for _, tt := range []struct {
		name string
		old  Month
	}{
		{"1,199 months before", Month{1925, time.June}},
		{"1,200 months before", Month{1925, time.May}},
		{"1,201 months before", Month{1925, time.April}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			old := func(id string) Claim {
				c := cheapClaim(id)
				c.IncidentAt = time.Date(tt.old.Year, tt.old.Month, 10, 8, 0, 0, 0, cst)
				c.ReportedAt = time.Date(tt.old.Year, tt.old.Month, 10, 9, 0, 0, 0, cst)
				return c
			}
			tl := newTally(t)
			requireField(t, tl.AddAll([]Claim{old("O1"), old("O1")}), "claims[1].id")
			assert.Empty(t, tl.Months())
			require.NoError(t, tl.Add(cheapClaim("N1")))
			require.NoError(t, tl.Add(old("O2")))
			assert.Equal(t, []MonthTotal{
				{tt.old, Bucket{1, 100, 0}},
				{Month{2025, time.May}, Bucket{1, 100, 0}},
			}, tl.Months())
		})
	}
}

// TestCloneKeepsOldMonths: a clone of a tally with a claim reported more
// than 1,200 months before the as-of month counts another claim of that
// month in the same bucket; the tally it came from is left as it was.
func TestCloneKeepsOldMonths(t *testing.T) {
	old := func(id string) Claim {
		c := cheapClaim(id)
		c.IncidentAt = time.Date(1800, time.March, 1, 8, 0, 0, 0, cst)
		c.ReportedAt = time.Date(1800, time.March, 1, 9, 0, 0, 0, cst)
		return c
	}
	tl := newTally(t)
	require.NoError(t, tl.Add(old("A1")))
	c := tl.Clone()
	require.NoError(t, c.Add(old("A2")))
	assert.Equal(t, []MonthTotal{{Month{1800, time.March}, Bucket{2, 200, 0}}}, c.Months())
	assert.Equal(t, []MonthTotal{{Month{1800, time.March}, Bucket{1, 100, 0}}}, tl.Months())
}

// TestRefusedClaimLeavesNoKind: a claim refused as a duplicate, of a kind
// the tally has no claim of, lists no kind, and a tally of another policy
// that does not know that kind merges it.
func TestRefusedClaimLeavesNoKind(t *testing.T) {
	host := must(New(hostPolicy()))
	o := must(host.NewTally(testAsOf))
	require.NoError(t, o.Add(paidClaim("C1")))
	dup := paidClaim("C1")
	dup.Kind = foodSafety
	requireField(t, o.Add(dup), "id")
	assert.Equal(t, []Kind{SchoolLiability}, kindsOf(o.Kinds()))

	tl := newTally(t) // the default policy: no food safety liability
	require.NoError(t, tl.Merge(o))
	assert.Equal(t, []KindTotal{{Kind: SchoolLiability, Bucket: Bucket{1, 300000, 280000},
		Statuses: []StatusTotal{{StatusPaid, Bucket{1, 300000, 280000}}}}}, tl.Kinds())
	assert.Equal(t, 1, tl.Len())
}

func kindsOf(kts []KindTotal) []Kind {
	var out []Kind
	for _, k := range kts {
		out = append(out, k.Kind)
	}
	return out
}
