package canteen

import (
	"math/bits"

	"github.com/houqin-go/houqin"
)

// The break-even rules (保本微利), on the figures of one statement
// ([Checker.Check]) or of a roll-up ([Checker.Rollup]), all in fen:
//
//	surplus = revenue − spending   (canteen cost only)
//	allowed = ⌊ceiling × revenue⌋  (rounded down to the fen)
//	excess  = max(0, surplus − allowed)
//	deficit = max(0, −surplus)
//
// The surplus ceiling ([CodeSurplusOverCeiling]) is broken when surplus /
// revenue is above the ceiling, decided exactly: surplus × 10⁸ against
// ceiling × revenue, in 128-bit integers. Because the surplus is a whole
// number of fen, that is exactly when excess > 0. The deficit warning
// ([CodeDeficit]) is due when deficit / revenue is above the tolerance, or
// when there is a deficit and no revenue at all.

// figures fills in the break-even figures of r from its revenue and
// spending.
func (k *Checker) figures(r *Result) {
	rev, sur := int64(r.Revenue), r.Revenue-r.Spending
	r.Surplus = sur
	r.Ratio = houqin.ShareOf(int64(sur), rev)
	r.Ceiling = k.c.ceiling
	r.Allowed = allowed(k.c.ceiling, rev)
	if sur > r.Allowed {
		r.Excess = sur - r.Allowed
	}
	if sur < 0 {
		r.Deficit = -sur
	}
}

// verdicts appends to fs the findings of the surplus ceiling and of the
// deficit tolerance on the figures of r.
func (k *Checker) verdicts(r *Result, fs *houqin.Findings) {
	if r.Excess == 0 && r.Deficit == 0 {
		return // within the ceiling (see below), and no deficit
	}
	rev, sur := int64(r.Revenue), r.Surplus
	// The verdict, exactly: surplus × 10⁸ > ceiling × revenue.
	if houqin.CmpShare(int64(sur), rev, k.c.ceiling) > 0 {
		*fs = append(*fs, houqin.Finding{
			Code: CodeSurplusOverCeiling, Severity: houqin.Violation, Subject: r.Canteen,
			Facts: []houqin.Fact{
				houqin.YuanFact("revenue", r.Revenue),
				houqin.YuanFact("spending", r.Spending),
				houqin.YuanFact("surplus", sur),
				houqin.PercentFact("ratio", r.Ratio),
				houqin.PercentFact("ceiling", r.Ceiling),
				houqin.YuanFact("excess", r.Excess),
			},
		})
	}
	if r.Deficit > 0 && houqin.CmpShare(int64(r.Deficit), rev, k.c.tolerance) > 0 {
		*fs = append(*fs, houqin.Finding{
			Code: CodeDeficit, Severity: houqin.Warning, Subject: r.Canteen,
			Facts: []houqin.Fact{
				houqin.YuanFact("revenue", r.Revenue),
				houqin.YuanFact("spending", r.Spending),
				houqin.YuanFact("deficit", r.Deficit),
				houqin.PercentFact("ratio", houqin.ShareOf(int64(r.Deficit), rev)),
				houqin.PercentFact("tolerance", k.c.tolerance),
			},
		})
	}
}

// allowed returns the largest surplus the ceiling allows on revenue ≥ 0:
// ⌊ceiling × revenue⌋, the share rounded down to the fen, so that a surplus
// above it is above the ceiling by at least a fen. The product is exact in
// 128 bits; when it fits in 64 (every revenue below ¥36.9 billion at a
// ceiling of 5%), the division by 10⁸ is by a constant, which the compiler
// makes a multiplication.
func allowed(ceiling houqin.Ratio, revenue int64) houqin.Fen {
	hi, lo := bits.Mul64(uint64(ceiling), uint64(revenue))
	if hi == 0 {
		return houqin.Fen(lo / uint64(houqin.RatioOne))
	}
	return houqin.Fen(ceiling.Of(revenue, houqin.RoundFloor))
}
