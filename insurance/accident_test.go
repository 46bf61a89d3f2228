package insurance

import (
	"strconv"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// accidentClaims returns n claims of accident A1 at school S001, each paid
// ¥600,000.00, and one more paid last.
func accidentClaims(n int, last string) []Claim {
	var out []Claim
	for i := range n {
		c := paidClaim("C" + strconv.Itoa(i))
		c.Accident, c.Claimed, c.Paid = "A1", yuan("600000"), yuan("600000")
		out = append(out, c)
	}
	c := paidClaim("CL")
	c.Accident, c.Claimed, c.Paid = "A1", yuan(last), yuan(last)
	return append(out, c)
}

func TestAccidentLimit(t *testing.T) {
	tests := []struct {
		name   string
		claims []Claim
		facts  []string
	}{
		// 33 × 600,000 + 200,000 = 20,000,000: exactly the limit.
		{"exactly the limit", accidentClaims(33, "200000"), nil},
		// 19,800,000 + 200,000.01 = 20,000,000.01: a fen over.
		{"a fen over", accidentClaims(33, "200000.01"), []string{"paid=20000000.01", "limit=20000000.00", "excess=0.01", "claims=34"}},
		// 34 × 600,000 + 600,000 = 21,000,000: 1,000,000 over.
		{"a million over", accidentClaims(34, "600000"), []string{"paid=21000000.00", "limit=20000000.00", "excess=1000000.00", "claims=35"}},
	}
	c := defaultChecker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := c.CheckClaims(tt.claims)
			require.NoError(t, err)
			fs = ofCode(fs, CodeAccidentPaidAboveLimit)
			if tt.facts == nil {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, houqin.Violation, fs[0].Severity)
			assert.Equal(t, "S001/A1", fs[0].Subject)
			assert.Equal(t, tt.facts, factsOf(fs[0]))
		})
	}
	t.Run("claims of other accidents, schools and kinds apart", func(t *testing.T) {
		cs := accidentClaims(33, "200000")
		other := paidClaim("X1") // no accident: an accident of its own
		other.Paid = yuan("1")
		school := paidClaim("X2") // another school's accident A1
		school.School, school.Accident = "S002", "A1"
		unpaid := paidClaim("X3") // approved, not paid: nothing paid yet
		unpaid.Accident, unpaid.Status, unpaid.Paid = "A1", StatusApproved, yuan("0")
		kind := paidClaim("X4") // student accident has no per-accident limit
		kind.Kind, kind.Accident = StudentAccident, "A1"
		fs, err := c.CheckClaims(append(cs, other, school, unpaid, kind))
		require.NoError(t, err)
		assert.Empty(t, ofCode(fs, CodeAccidentPaidAboveLimit))
	})
	t.Run("sorted by school, then accident", func(t *testing.T) {
		a := accidentClaims(34, "600000")
		b := accidentClaims(34, "600000")
		for i := range b {
			b[i].ID, b[i].School = "B"+b[i].ID, "S000"
		}
		fs, err := c.CheckClaims(append(a, b...))
		require.NoError(t, err)
		fs = ofCode(fs, CodeAccidentPaidAboveLimit)
		require.Len(t, fs, 2)
		assert.Equal(t, "S000/A1", fs[0].Subject)
		assert.Equal(t, "S001/A1", fs[1].Subject)
	})
	t.Run("sorted by accident, then kind", func(t *testing.T) {
		p := DefaultPolicy()
		k := p.Kinds[InternshipLiability]
		k.PerAccidentLimit = yuan("1")
		p.Kinds[InternshipLiability] = k
		mk := func(id, accident string, kind Kind) Claim {
			c := paidClaim(id)
			c.Accident, c.Kind, c.Paid = accident, kind, yuan("2")
			return c
		}
		fs, err := must(New(p)).CheckClaims([]Claim{mk("C1", "A2", InternshipLiability), mk("C2", "A1", InternshipLiability), mk("C3", "A1", StaffCombined)})
		require.NoError(t, err)
		require.Len(t, fs, 2)
		assert.Equal(t, "S001/A1", fs[0].Subject)
		assert.Equal(t, "S001/A2", fs[1].Subject)
		assert.Equal(t, 0, compareAccidents(accidentKey{"S", InternshipLiability, "A"}, accidentKey{"S", InternshipLiability, "A"}))
		assert.Negative(t, compareAccidents(accidentKey{"S", SchoolLiability, "A"}, accidentKey{"S", InternshipLiability, "A"}))
	})
	t.Run("a bad accident id", func(t *testing.T) {
		bad := paidClaim("C1")
		bad.Accident = "A\xff"
		_, err := c.CheckClaims([]Claim{bad})
		requireField(t, err, "claims[0].accident")
	})
	t.Run("a sum beyond the bound", func(t *testing.T) {
		p := DefaultPolicy()
		k := p.Kinds[SchoolLiability]
		k.PerPupilLimit, k.PerAccidentLimit = yuan("0"), yuan("1")
		p.Kinds[SchoolLiability] = k
		x, y := paidClaim("C1"), paidClaim("C2")
		x.Accident, y.Accident = "A1", "A1"
		x.Claimed, x.Paid = yuan("1000000000000"), yuan("1000000000000")
		y.Claimed, y.Paid = yuan("0.01"), yuan("0.01")
		_, err := must(New(p)).CheckClaims([]Claim{x, y})
		requireField(t, err, "claims[1].paid")
	})
	t.Run("messages", func(t *testing.T) {
		fs, err := c.CheckClaims(accidentClaims(33, "200000.01"))
		require.NoError(t, err)
		f := ofCode(fs, CodeAccidentPaidAboveLimit)[0]
		assert.Equal(t, "S001/A1：同一事故34件理赔共赔付¥20,000,000.01，超过每次事故赔偿限额¥20,000,000.00，超出¥0.01", f.Message(language.SimplifiedChinese))
		assert.Equal(t, "S001/A1: one accident's 34 claims were paid CN¥20,000,000.01, above the per-accident limit of CN¥20,000,000.00 by CN¥0.01", f.Message(language.English))
	})
}

func TestAccidentLimitPolicy(t *testing.T) {
	p := DefaultPolicy()
	k := p.Kinds[SchoolLiability]
	k.PerAccidentLimit = yuan("599999.99") // below the per-pupil limit
	p.Kinds[SchoolLiability] = k
	requireField(t, p.Validate(), "policy.kinds.school_liability.per_accident_limit")
	k.PerAccidentLimit = yuan("-1")
	p.Kinds[SchoolLiability] = k
	requireField(t, p.Validate(), "policy.kinds.school_liability.per_accident_limit")
	k.PerAccidentLimit = yuan("600000") // equal to the per-pupil limit
	p.Kinds[SchoolLiability] = k
	require.NoError(t, p.Validate())
	assert.Equal(t, houqin.Fen(2_000_000_000), defaultChecker(t).rules[SchoolLiability].accident)
	// The four-and-a-half-million region.
	q, err := ParsePolicy([]byte(`{"kinds": {"school_liability": {"per_accident_limit": "4500000"}}}`))
	require.NoError(t, err)
	fs, err := must(New(q)).CheckClaims(accidentClaims(7, "300000.01")) // 7 × 600,000 + 300,000.01
	require.NoError(t, err)
	require.Len(t, ofCode(fs, CodeAccidentPaidAboveLimit), 1)
	assert.Equal(t, []string{"paid=4500000.01", "limit=4500000.00", "excess=0.01", "claims=8"}, factsOf(ofCode(fs, CodeAccidentPaidAboveLimit)[0]))
}

// ofCode returns the findings of fs with code c.
func ofCode(fs houqin.Findings, c houqin.Code) houqin.Findings {
	var out houqin.Findings
	for _, f := range fs {
		if f.Code == c {
			out = append(out, f)
		}
	}
	return out
}
