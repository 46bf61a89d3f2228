package houqin

import (
	"math"
	"strconv"

	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/fixed"
)

// maxParts bounds the number of parts AllocateWeighted returns: ten
// million, more pupils than any county has.
const maxParts = 10_000_000

// SplitEven tells how total splits over n equal parts, in fen, without
// building them: every part is each, except that the first extra parts carry
// one fen more (one fen less when total is negative). each × n + extra (with
// the sign of total) is exactly total.
//
// It is the rule of [AllocateWeighted] with n equal weights, told in two
// numbers: each part is total/n truncated toward zero; the leftover fen go to
// the parts with the larger remainders, and since every part's remainder is
// the same, to the earlier parts, one fen each. A refund of ¥100.00 over 3
// pupils is 33.34 + 33.33 + 33.33: each 3333, extra 1. Part i (from 0) is
// each, plus one fen toward the sign of total when i < extra.
//
// SplitEven returns an *InputError when n is not positive or total lies
// beyond ±[MaxFen].
func SplitEven(total Fen, n int) (each Fen, extra int, err error) {
	if n <= 0 {
		return 0, 0, Invalid("parts", "must be positive, got "+strconv.Itoa(n))
	}
	if !total.valid() {
		return 0, 0, Invalid("total", "beyond the bound of ±"+maxYuanText+" yuan")
	}
	each = total / Fen(n)
	r := total % Fen(n)
	if r < 0 {
		r = -r
	}
	return each, int(r), nil
}

// AllocateWeighted splits total in proportion to weights, in fen, by the
// largest-remainder method, in time linear in the number of weights, and the
// parts sum exactly to total:
//
//  1. part i is |total| × weights[i] / Σweights, truncated to the fen;
//  2. the fen left over (fewer than the number of parts) go one each to the
//     parts with the largest remainders of that division; equal remainders
//     go to the earlier part;
//  3. a negative total is split as its magnitude, and every part negated.
//
// A part with weight zero is zero. Weights are integers: pupils' days, fen
// paid, points; scale decimal weights to integers first. The products are
// exact in 128 bits. It returns an *InputError naming the weight when one
// is negative, when the weights sum to zero or beyond int64, when there are
// more than ten million of them, or when total lies beyond ±[MaxFen].
//
// With equal weights it builds the even split [SplitEven] tells: the parts
// differ by at most one fen and the larger come first.
// AllocateWeighted(100, []int64{1, 1, 1}) is [34 33 33];
// AllocateWeighted(1000, []int64{7, 3}) is [700 300].
func AllocateWeighted(total Fen, weights []int64) ([]Fen, error) {
	if len(weights) == 0 {
		return nil, Invalid("weights", "no weights")
	}
	if len(weights) > maxParts {
		return nil, Invalid("weights", "more than "+strconv.Itoa(maxParts))
	}
	if !total.valid() {
		return nil, Invalid("total", "beyond the bound of ±"+maxYuanText+" yuan")
	}
	var sum uint64
	for i, w := range weights {
		if w < 0 {
			return nil, Invalid(field.Index("weights", i), "negative weight "+strconv.FormatInt(w, 10))
		}
		sum += uint64(w)
		if sum > math.MaxInt64 {
			return nil, Invalid("weights", "the sum of the weights is beyond int64")
		}
	}
	if sum == 0 {
		return nil, Invalid("weights", "the weights sum to zero")
	}
	t := fixed.Abs(int64(total))
	parts := make([]Fen, len(weights))
	rems := make([]uint64, len(weights))
	var given uint64
	for i, w := range weights {
		q, r, _ := fixed.MulDiv128(t, uint64(w), sum) // q ≤ t: always fits
		parts[i] = Fen(q)
		rems[i] = r
		given += q
	}
	if left := t - given; left > 0 {
		giveLeftover(parts, rems, left)
	}
	if total < 0 {
		for i := range parts {
			parts[i] = -parts[i]
		}
	}
	return parts, nil
}

// giveLeftover adds one fen to each of the left parts with the largest
// remainders, equal remainders going to the earlier part, in linear time: a
// radix selection finds the left-th largest remainder v a byte at a time
// (eight passes), then every part whose remainder exceeds v, and the
// earliest parts whose remainder equals v, take one fen each. left is at
// least one and at most the number of nonzero remainders.
func giveLeftover(parts []Fen, rems []uint64, left uint64) {
	var prefix, mask uint64
	k := left // how many are still to be given among the candidates
	for shift := 56; shift >= 0; shift -= 8 {
		var hist [256]uint64
		for _, r := range rems {
			if r&mask == prefix {
				hist[r>>shift&0xff]++
			}
		}
		b := 255
		for ; b > 0 && hist[b] < k; b-- {
			k -= hist[b]
		}
		prefix |= uint64(b) << shift
		mask |= 0xff << shift
	}
	for i, r := range rems {
		switch {
		case r > prefix:
			parts[i]++
		case r == prefix && k > 0:
			parts[i]++
			k--
		}
	}
}
