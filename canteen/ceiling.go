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

// settle fills in the break-even figures of r from its revenue and
// spending; when apply, it adds to fs the findings of the surplus ceiling
// and of the deficit tolerance on them. It sets r.Findings to fs, sorted.
func (k *Checker) settle(r *Result, fs houqin.Findings, apply bool) {
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
	// Within the ceiling (see above) and no deficit: no finding, the common case.
	if apply && (r.Excess > 0 || r.Deficit > 0) {
		fs = k.verdicts(r, fs)
	}
	if len(fs) > 1 {
		fs.Sort()
	}
	r.Findings = fs
}

// verdicts returns fs with the findings of the surplus ceiling and of the
// deficit tolerance on the figures of r.
func (k *Checker) verdicts(r *Result, fs houqin.Findings) houqin.Findings {
	rev := int64(r.Revenue)
	// The verdict, exactly: surplus × 10⁸ > ceiling × revenue.
	if houqin.CmpShare(int64(r.Surplus), rev, k.c.ceiling) > 0 {
		var x []houqin.Fact
		fs, x = breach(fs, CodeSurplusOverCeiling, houqin.Violation, r.Canteen, 6)
		setFact(&x[0], "revenue", houqin.UnitYuan, int64(r.Revenue))
		setFact(&x[1], "spending", houqin.UnitYuan, int64(r.Spending))
		setFact(&x[2], "surplus", houqin.UnitYuan, int64(r.Surplus))
		setFact(&x[3], "ratio", houqin.UnitPercent, int64(r.Ratio))
		setFact(&x[4], "ceiling", houqin.UnitPercent, int64(r.Ceiling))
		setFact(&x[5], "excess", houqin.UnitYuan, int64(r.Excess))
	}
	if r.Deficit > 0 && rev <= 0 {
		// No revenue: no ratio to state (never "0.00% of revenue").
		var x []houqin.Fact
		fs, x = breach(fs, CodeDeficitWithoutRevenue, houqin.Warning, r.Canteen, 2)
		setFact(&x[0], "spending", houqin.UnitYuan, int64(r.Spending))
		setFact(&x[1], "deficit", houqin.UnitYuan, int64(r.Deficit))
	} else if r.Deficit > 0 && houqin.CmpShare(int64(r.Deficit), rev, k.c.tolerance) > 0 {
		ratio := houqin.ShareOf(int64(r.Deficit), rev, k.c.tolerance)
		var x []houqin.Fact
		fs, x = breach(fs, CodeDeficit, houqin.Warning, r.Canteen, 5)
		setFact(&x[0], "revenue", houqin.UnitYuan, int64(r.Revenue))
		setFact(&x[1], "spending", houqin.UnitYuan, int64(r.Spending))
		setFact(&x[2], "deficit", houqin.UnitYuan, int64(r.Deficit))
		setFact(&x[3], "ratio", houqin.UnitPercent, int64(ratio))
		setFact(&x[4], "tolerance", houqin.UnitPercent, int64(k.c.tolerance))
	}
	return fs
}

// verdict is a finding of the break-even rules with room for its facts: a
// breach of a statement that has no other finding costs this one
// allocation, and none where [Checker.CheckTo] has left room.
type verdict struct {
	f     [1]houqin.Finding
	facts [6]houqin.Fact
}

// breach returns fs with one more finding, of code with n facts, and those
// facts for the caller to set ([setFact]). The finding takes the place, and
// its facts the memory, that a result given to [Checker.CheckTo] left
// beyond fs when there is room; otherwise one fresh verdict.
func breach(fs houqin.Findings, code houqin.Code, sev houqin.Severity, subject string, n int) (houqin.Findings, []houqin.Fact) {
	if len(fs) < cap(fs) {
		fs = fs[:len(fs)+1]
		if f := &fs[len(fs)-1]; cap(f.Facts) >= n {
			f.Code, f.Severity, f.Subject, f.Facts = code, sev, subject, f.Facts[:n]
			return fs, f.Facts
		}
		fs = fs[:len(fs)-1]
	}
	v := new(verdict)
	f := &v.f[0]
	f.Code, f.Severity, f.Subject, f.Facts = code, sev, subject, v.facts[:n]
	if fs == nil {
		return v.f[:], f.Facts
	}
	return append(fs, *f), f.Facts
}

// setFact sets the fields of a fact in place, in a fresh verdict or in the
// memory of a reused result.
func setFact(x *houqin.Fact, name string, unit houqin.Unit, value int64) {
	x.Name, x.Unit, x.Value = name, unit, value
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
