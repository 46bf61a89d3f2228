package insurance

import (
	"encoding/json"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestPremiumFunds(t *testing.T) {
	// 1000 pupils at ¥5.00: inside the contract's range, so that only the
	// rules of the fund speak.
	prem := func(kind Kind, payer Payer, fund Fund, private, poor bool) Premium {
		return Premium{ID: "P1", School: "S1", Kind: kind, Pupils: 1000, Amount: yuan("5000"), Payer: payer, Fund: fund, Private: private, PoorPupils: poor}
	}
	tests := []struct {
		name  string
		p     Premium
		code  houqin.Code
		sev   houqin.Severity
		facts []string
	}{
		{"public school, running budget", prem(SchoolLiability, PayerPublic, FundRunningBudget, false, false), "", 0, nil},
		{"public school, work-study funds", prem(SchoolLiability, PayerPublic, FundWorkStudy, false, false), "", 0, nil},
		{"public school, a private school's own funds", prem(SchoolLiability, PayerPublic, FundOwn, false, false), CodePremiumFundNotAllowed, houqin.Violation, []string{"amount=5000.00"}},
		{"public school, other funds", prem(SchoolLiability, PayerPublic, FundOther, false, false), CodePremiumFundNotAllowed, houqin.Violation, []string{"amount=5000.00"}},
		{"private school, own funds", prem(SchoolLiability, PayerPublic, FundOwn, true, false), "", 0, nil},
		{"private school, running budget", prem(SchoolLiability, PayerPublic, FundRunningBudget, true, false), CodePremiumFundNotAllowed, houqin.Violation, []string{"amount=5000.00"}},
		{"private school, work-study funds", prem(SchoolLiability, PayerPublic, FundWorkStudy, true, false), CodePremiumFundNotAllowed, houqin.Violation, []string{"amount=5000.00"}},
		{"fund not recorded", prem(SchoolLiability, PayerPublic, 0, true, false), "", 0, nil},
		{"paid by another: the fund is not the school's", prem(SchoolLiability, PayerOther, FundOther, false, false), "", 0, nil},
		{"a kind without a fund rule", prem(InternshipLiability, PayerPublic, FundOther, false, false), "", 0, nil},
		{"poor pupils from the running budget", prem(StudentAccident, PayerPublic, FundRunningBudget, false, true), CodePoorPupilsInsuredFromBudget, houqin.Notice, []string{"amount=5000.00", "pupils=1000"}},
		{"poor pupils from work-study funds: no notice", prem(StudentAccident, PayerPublic, FundWorkStudy, false, true), "", 0, nil},
		{"not poor pupils: no notice", prem(StudentAccident, PayerPublic, FundRunningBudget, false, false), "", 0, nil},
		{"paid by parents: no notice", prem(StudentAccident, PayerPupils, FundRunningBudget, false, true), "", 0, nil},
		// No poor pupil: an input error (TestPremiumsAtZero).
	}
	c := defaultChecker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := c.CheckPremiums([]Premium{tt.p})
			require.NoError(t, err)
			if tt.code == "" {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, tt.code, fs[0].Code)
			assert.Equal(t, tt.sev, fs[0].Severity)
			assert.Equal(t, "P1", fs[0].Subject)
			assert.Equal(t, tt.facts, factsOf(fs[0]))
		})
	}
	t.Run("messages", func(t *testing.T) {
		fs, err := c.CheckPremiums([]Premium{prem(SchoolLiability, PayerPublic, FundOther, false, false)})
		require.NoError(t, err)
		assert.Equal(t, "P1：保费¥5,000.00的列支渠道不是该类学校规定的经费来源", fs[0].Message(language.SimplifiedChinese))
		assert.Equal(t, "P1: the premium of CN¥5,000.00 was paid from a fund the rules do not allow for this type of school", fs[0].Message(language.English))
		one := prem(StudentAccident, PayerPublic, FundRunningBudget, false, true)
		one.Pupils, one.Amount = 1, yuan("50")
		fs, err = c.CheckPremiums([]Premium{one})
		require.NoError(t, err)
		assert.Equal(t, "P1：从公用经费为1名贫困学生支付家长自愿投保险种的保费¥50.00（允许，予以登记）", fs[0].Message(language.SimplifiedChinese))
		assert.Equal(t, "P1: premiums of CN¥50.00 for the voluntary cover of 1 poor pupil were paid from the running budget (allowed; recorded)", fs[0].Message(language.English))
	})
	t.Run("an unknown fund", func(t *testing.T) {
		_, err := c.CheckPremiums([]Premium{prem(SchoolLiability, PayerPublic, Fund(9), false, false)})
		requireField(t, err, "premiums[0].fund")
	})
}

func TestFundText(t *testing.T) {
	for f := FundRunningBudget; f <= FundOther; f++ {
		b, err := f.MarshalText()
		require.NoError(t, err)
		var back Fund
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, f, back)
		assert.NotEmpty(t, f.Label(language.English))
	}
	assert.Equal(t, "running_budget", FundRunningBudget.String())
	assert.Equal(t, "公用经费", FundRunningBudget.Label(language.SimplifiedChinese))
	b, err := Fund(0).MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	_, err = Fund(9).MarshalText()
	requireField(t, err, "fund")
	var f Fund
	requireField(t, f.UnmarshalText([]byte("pocket_money")), "fund")
	var p Premium
	require.NoError(t, json.Unmarshal([]byte(`{"fund":"work_study","private":true,"poor_pupils":true}`), &p))
	assert.Equal(t, Premium{Fund: FundWorkStudy, Private: true, PoorPupils: true}, p)
}

func TestFundPolicy(t *testing.T) {
	r := defaultChecker(t).rules[SchoolLiability]
	assert.True(t, r.public.has(FundRunningBudget) && r.public.has(FundWorkStudy) && !r.public.has(FundOwn))
	assert.True(t, r.private.has(FundOwn) && !r.private.has(FundRunningBudget))
	p := DefaultPolicy()
	k := p.Kinds[SchoolLiability]
	k.PublicFunds = []Fund{FundRunningBudget, 0}
	k.PrivateFunds = []Fund{7}
	p.Kinds[SchoolLiability] = k
	err := p.Validate()
	requireField(t, err, "policy.kinds.school_liability.public_funds[1]")
	assert.Contains(t, fieldsOf(err), "policy.kinds.school_liability.private_funds[0]")
	// A region that pays liability from the running budget only.
	q, err := ParsePolicy([]byte(`{"kinds": {"school_liability": {"public_funds": ["running_budget"]}}}`))
	require.NoError(t, err)
	fs, err := must(New(q)).CheckPremiums([]Premium{{ID: "P1", School: "S1", Kind: SchoolLiability, Pupils: 1000, Amount: yuan("5000"), Payer: PayerPublic, Fund: FundWorkStudy}})
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, CodePremiumFundNotAllowed, fs[0].Code)
	_, err = ParsePolicy([]byte(`{"kinds": {"school_liability": {"public_funds": ["pocket_money"]}}}`))
	require.ErrorIs(t, err, houqin.ErrInvalidInput)
}

func fieldsOf(err error) []string {
	var out []string
	for _, e := range houqin.InputErrors(err) {
		out = append(out, e.Field)
	}
	return out
}
