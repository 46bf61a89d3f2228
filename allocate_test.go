package houqin_test

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sum(parts []houqin.Fen) houqin.Fen {
	var s houqin.Fen
	for _, p := range parts {
		s += p
	}
	return s
}

// ones returns n equal weights.
func ones(n int) []int64 { return slices.Repeat([]int64{1}, n) }

// evenParts builds the parts SplitEven tells: each, and one fen more toward
// the sign of total for the first extra parts.
func evenParts(t *testing.T, total houqin.Fen, n int) []houqin.Fen {
	t.Helper()
	each, extra, err := houqin.SplitEven(total, n)
	require.NoError(t, err)
	one := houqin.Fen(1)
	if total < 0 {
		one = -1
	}
	parts := make([]houqin.Fen, n)
	for i := range parts {
		parts[i] = each
		if i < extra {
			parts[i] += one
		}
	}
	return parts
}

func TestSplitEven(t *testing.T) {
	tests := []struct {
		name  string
		total houqin.Fen
		n     int
		want  []houqin.Fen
	}{
		{"100.00 over 3: the leftover fen to the first", 10000, 3, []houqin.Fen{3334, 3333, 3333}},
		{"two fen left over go to the first two", 11, 3, []houqin.Fen{4, 4, 3}},
		{"exact", 900, 3, []houqin.Fen{300, 300, 300}},
		{"fewer fen than parts", 2, 5, []houqin.Fen{1, 1, 0, 0, 0}},
		{"zero", 0, 2, []houqin.Fen{0, 0}},
		{"negative mirrors positive", -10000, 3, []houqin.Fen{-3334, -3333, -3333}},
		{"one part", 12345, 1, []houqin.Fen{12345}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, evenParts(t, tt.total, tt.n), "SplitEven tells the parts")
			got, err := houqin.AllocateWeighted(tt.total, ones(tt.n))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got, "AllocateWeighted builds them with equal weights")
		})
	}
	for _, n := range []int{0, -1} {
		_, _, err := houqin.SplitEven(100, n)
		assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	}
	_, _, err := houqin.SplitEven(houqin.MaxFen+1, 2)
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	_, err = houqin.AllocateWeighted(100, make([]int64, 10_000_001))
	assert.ErrorIs(t, err, houqin.ErrInvalidInput, "more than ten million parts")
}

func TestAllocateWeighted(t *testing.T) {
	tests := []struct {
		name    string
		total   houqin.Fen
		weights []int64
		want    []houqin.Fen
	}{
		{"equal weights are an even split", 100, []int64{1, 1, 1}, []houqin.Fen{34, 33, 33}},
		{"70/30", 1000, []int64{7, 3}, []houqin.Fen{700, 300}},
		// 1000 × 1/6 = 166.67, × 2/6 = 333.33, × 3/6 = 500: floors 166+333+500 = 999;
		// the leftover fen goes to the largest remainder, 4/6 of a fen (the first part).
		{"largest remainder", 1000, []int64{1, 2, 3}, []houqin.Fen{167, 333, 500}},
		// 7 × 1/6 = 1.17, 7 × 2/6 = 2.33 twice, 7 × 1/6 = 1.17: floors 1+2+2+1 = 6; the
		// one fen left goes to a remainder of 2/6, tied between the second and the
		// third part: the earlier, the second, takes it.
		{"ties to the earlier part", 7, []int64{1, 2, 2, 1}, []houqin.Fen{1, 3, 2, 1}},
		{"all tied", 4, []int64{1, 1, 1, 1, 1, 1}, []houqin.Fen{1, 1, 1, 1, 0, 0}},
		{"zero weight gets nothing", 101, []int64{0, 1, 0, 1}, []houqin.Fen{0, 51, 0, 50}},
		{"negative total", -1000, []int64{1, 2, 3}, []houqin.Fen{-167, -333, -500}},
		{"weights in fen paid", 10000, []int64{12000, 8000}, []houqin.Fen{6000, 4000}},
		{"huge weights stay exact", houqin.MaxFen, []int64{math.MaxInt64 / 2, math.MaxInt64 / 2}, []houqin.Fen{houqin.MaxFen / 2, houqin.MaxFen / 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := houqin.AllocateWeighted(tt.total, tt.weights)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.total, sum(got))
		})
	}
	bad := []struct {
		name    string
		total   houqin.Fen
		weights []int64
		field   string
	}{
		{"no weights", 1, nil, "weights"},
		{"negative weight", 1, []int64{1, -1}, "weights[1]"},
		{"zero sum", 1, []int64{0, 0}, "weights"},
		{"sum beyond int64", 1, []int64{math.MaxInt64, 1}, "weights"},
		{"total beyond the bound", houqin.MaxFen + 1, []int64{1}, "total"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := houqin.AllocateWeighted(tt.total, tt.weights)
			var ie *houqin.InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tt.field, ie.Field)
		})
	}
}

// Property: whatever the total and the weights, the parts sum to the total,
// an even split differs by at most one fen, and a weighted part is within
// one fen of its exact share.
func TestAllocationProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		total := houqin.Fen(rng.Int64N(2*int64(houqin.MaxFen)+1) - int64(houqin.MaxFen))
		if rng.IntN(2) == 0 {
			total %= 100000
		}
		n := 1 + rng.IntN(50)
		parts := evenParts(t, total, n)
		assert.Equal(t, total, sum(parts))
		lo, hi := parts[0], parts[0]
		for _, p := range parts {
			lo, hi = min(lo, p), max(hi, p)
		}
		assert.LessOrEqual(t, int64(hi-lo), int64(1))

		weights := make([]int64, n)
		var wsum float64
		for i := range weights {
			weights[i] = rng.Int64N(1000)
			wsum += float64(weights[i])
		}
		if wsum == 0 {
			weights[0] = 1
			wsum = 1
		}
		parts, err := houqin.AllocateWeighted(total, weights)
		require.NoError(t, err)
		assert.Equal(t, total, sum(parts))
		for i, p := range parts {
			exact := float64(total) * float64(weights[i]) / wsum // a check, not a verdict
			assert.InDelta(t, exact, float64(p), 1+math.Abs(exact)*1e-12, "part %d", i)
		}
	}
}

// referenceWeighted is the largest-remainder rule written the slow, obvious
// way: exact big-free arithmetic on small numbers and a stable sort.
func referenceWeighted(total int64, weights []int64) []houqin.Fen {
	var sum int64
	for _, w := range weights {
		sum += w
	}
	parts := make([]houqin.Fen, len(weights))
	type rem struct {
		i int
		r int64
	}
	var rems []rem
	var given int64
	for i, w := range weights {
		parts[i] = houqin.Fen(total * w / sum)
		given += total * w / sum
		rems = append(rems, rem{i, total * w % sum})
	}
	slices.SortStableFunc(rems, func(a, b rem) int { return int(b.r - a.r) })
	for j := int64(0); j < total-given; j++ {
		parts[rems[j].i]++
	}
	return parts
}

// Property: the linear-time selection of the leftover fen gives them to the
// same parts as sorting the remainders would, ties included.
func TestAllocateWeightedMatchesSorting(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		n := 1 + rng.IntN(40)
		weights := make([]int64, n)
		for i := range weights {
			weights[i] = rng.Int64N(6) // few values: many equal remainders
		}
		weights[rng.IntN(n)]++
		total := rng.Int64N(100_000)
		got, err := houqin.AllocateWeighted(houqin.Fen(total), weights)
		require.NoError(t, err)
		require.Equal(t, referenceWeighted(total, weights), got, "total %d weights %v", total, weights)
	}
}
