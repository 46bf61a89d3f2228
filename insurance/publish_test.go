package insurance

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// boundary returns a finding of each code one step past its threshold:
// the documented facts (¥0.01 over a limit, 24.01 hours against 24, ¥3.89
// per pupil against ¥3.90), and, for the insured rate, the check's own
// finding for 9,999,999 insured of 10,000,000 against the required 100%:
// 99.99999% below 100.00000%, never 100.00% below 100.00%. Subjects are
// the host's keys without a kind ("S001"); TestCheckerMessageNamesKind
// writes "<school>/<kind>" for a reader.
func boundary(t *testing.T) map[houqin.Code]houqin.Finding {
	t.Helper()
	out := make(map[houqin.Code]houqin.Finding, len(documentedFacts))
	for c, facts := range documentedFacts {
		out[c] = houqin.Finding{Code: c, Subject: "S001", Facts: facts}
	}
	for c, late := range map[houqin.Code]int64{CodeClaimReportedLate: 2401, CodeIncidentReportedLate: 2401} {
		f := out[c]
		f.Facts = slices.Clone(f.Facts)
		f.Facts[0].Value = late // 24.01 hours against 24
		out[c] = f
	}
	checker, err := New(DefaultPolicy())
	require.NoError(t, err)
	fs, err := checker.CheckCoverage([]Enrollment{{School: "S001", Kind: SchoolLiability, Enrolled: maxPeople, Insured: maxPeople - 1}})
	require.NoError(t, err)
	require.Len(t, fs, 1)
	fs[0].Subject = "S001"
	out[CodeCoverageBelowRequired] = fs[0]
	return out
}

// TestFitToPublish renders every code of the package one step past its
// threshold and with every count set to 1, in the three languages, and
// checks that each reads as a bureau may publish it
// (testkit.AssertFitToPublish): no breach equal to its threshold, no
// field path or code, no sentence about nothing, English agreeing in
// number, money as ¥ / CN¥, no leftover verb; then the checker's own
// findings next to zero (zeroCases). The messages are kept in
// testdata/fit.golden, with the tally's summary sentence and the subjects
// the checker names; run with -update after changing a text.
func TestFitToPublish(t *testing.T) {
	samples := boundary(t)
	var p testkit.Published
	for _, c := range Codes() {
		f, ok := samples[c]
		require.True(t, ok, c)
		p.AddBoth(t, "boundary", f)
	}
	for _, z := range zeroCases(t) {
		p.Add(t, z.name, z.f)
	}
	got := p.String()

	// The subjects "<school>/<kind>" as Checker.Message writes them.
	checker, err := New(DefaultPolicy())
	require.NoError(t, err)
	for _, c := range []houqin.Code{CodeCoverageBelowRequired, CodeNobodyInsured, CodeCoverGap} {
		f := samples[c]
		f.Subject = "S001/" + string(SchoolLiability)
		got += string(c) + " (Checker.Message)\n"
		for _, tag := range testkit.Languages() {
			m := checker.Message(f, tag)
			assert.NotContains(t, m, string(SchoolLiability), tag)
			got += "  " + tag.String() + ": " + m + "\n"
		}
	}

	// The tally's summary: money as everywhere else, counts in number.
	for _, n := range []int{1, 2} {
		tl := newTally(t)
		for i := range n {
			c := paidClaim("C" + strconv.Itoa(i))
			c.Paid = yuan("1234567.89")
			require.NoError(t, tl.Add(c))
		}
		got += "summary (" + []string{"", "one claim", "two claims"}[n] + ")\n"
		for _, tag := range testkit.Languages() {
			s := tl.Summary(tag)
			assert.NotContains(t, s, "元", tag)
			got += "  " + tag.String() + ": " + s + "\n"
		}
	}
	assertGolden(t, "fit.golden", got)
}

// zeroCase is a finding the checker gives at a limit next to zero.
type zeroCase struct {
	name string
	f    houqin.Finding
}

// zeroCases are the checker's own findings where a figure they would state
// is next to zero: nobody insured of one pupil (insurance.nobody_insured,
// never "0 insured"), one insured of two, and premiums of ¥0.01 for one
// pupil (a premium of zero, or of zero pupils where pupils paid, the
// school collected or poor pupils are covered, gives none:
// TestPremiumsAtZero). Subjects are "S001", as in boundary.
func zeroCases(t *testing.T) []zeroCase {
	t.Helper()
	checker, err := New(DefaultPolicy())
	require.NoError(t, err)
	var out []zeroCase
	for _, z := range []struct {
		name string
		row  Enrollment
		code houqin.Code
	}{
		{"nobody insured of 1", Enrollment{School: "S001", Kind: SchoolLiability, Enrolled: 1}, CodeNobodyInsured},
		// 1 ÷ 2 = 50.00%.
		{"1 insured of 2", Enrollment{School: "S001", Kind: SchoolLiability, Enrolled: 2, Insured: 1}, CodeCoverageBelowRequired},
	} {
		fs, err := checker.CheckCoverage([]Enrollment{z.row})
		require.NoError(t, err)
		require.Len(t, fs, 1, z.name)
		require.Equal(t, z.code, fs[0].Code, z.name)
		fs[0].Subject = "S001"
		out = append(out, zeroCase{z.name, fs[0]})
	}
	fen := yuan("0.01")
	for _, z := range []struct {
		name string
		p    Premium
		code houqin.Code
	}{
		{"¥0.01 of 1 pupil", Premium{Kind: SchoolLiability, Pupils: 1, Amount: fen, Payer: PayerPupils}, CodePremiumChargedToPupils},
		{"¥0.01 of 1 pupil", Premium{Kind: StudentAccident, Pupils: 1, Amount: fen, Payer: PayerPupils, CollectedBySchool: true}, CodePremiumCollectedBySchool},
		{"¥0.01 from another fund", Premium{Kind: SchoolLiability, Pupils: 1, Amount: fen, Payer: PayerPublic, Fund: FundOther}, CodePremiumFundNotAllowed},
		{"¥0.01 of 1 poor pupil", Premium{Kind: StudentAccident, Pupils: 1, Amount: fen, Payer: PayerPublic, Fund: FundRunningBudget, PoorPupils: true}, CodePoorPupilsInsuredFromBudget},
	} {
		z.p.ID, z.p.School = "S001", "S001"
		fs, err := checker.CheckPremiums([]Premium{z.p})
		require.NoError(t, err)
		got := testkit.Of(fs, z.code)
		require.Len(t, got, 1, z.code)
		out = append(out, zeroCase{z.name, got[0]})
	}
	return out
}

// TestPremiumsAtZero: the rules of who pays a premium at their limits. A
// premium paid by pupils, collected by the school or bought for poor
// pupils counts at least one pupil (zero is an input error on the
// premium's pupils, one gives the finding with pupils=1); a premium of ¥0
// moves no money and gives none of those findings, ¥0.01 does; a
// property premium not paid by pupils may count nobody.
func TestPremiumsAtZero(t *testing.T) {
	c := defaultChecker(t)
	liability := func(pupils int64, amount string, payer Payer) Premium {
		return Premium{ID: "P1", School: "S1", Kind: SchoolLiability, Pupils: pupils, Amount: yuan(amount), Payer: payer}
	}
	accident := func(pupils int64, amount string, payer Payer) Premium {
		return Premium{ID: "P1", School: "S1", Kind: StudentAccident, Pupils: pupils, Amount: yuan(amount), Payer: payer}
	}
	collected := func(p Premium) Premium { p.CollectedBySchool = true; return p }
	poor := func(p Premium) Premium { p.Fund, p.PoorPupils = FundRunningBudget, true; return p }
	fund := func(p Premium) Premium { p.Fund = FundOther; return p }
	// A region whose school pays for its property insurance.
	pol := DefaultPolicy()
	pol.Kinds[SchoolProperty] = KindPolicy{SchoolPays: true}
	regional := must(New(pol))
	property := func(pupils int64, payer Payer) Premium {
		return Premium{ID: "P1", School: "S1", Kind: SchoolProperty, Pupils: pupils, Amount: yuan("12000"), Payer: payer}
	}
	tests := []struct {
		name   string
		c      *Checker
		p      Premium
		reason string // an input error on premiums[0].pupils, or
		code   houqin.Code
		facts  []string // the finding of code; nil: no finding of code
	}{
		{"charged to 0 pupils", c, liability(0, "50", PayerPupils), "0, but the premium was paid by pupils: give the pupils charged", "", nil},
		// ¥50.00 for 1 pupil is above ¥8.00 per pupil too (premium_above_contract).
		{"charged to 1 pupil", c, liability(1, "50", PayerPupils), "", CodePremiumChargedToPupils, []string{"amount=50.00", "pupils=1"}},
		{"¥0 charged to pupils", c, liability(10, "0", PayerPupils), "", CodePremiumChargedToPupils, nil},
		{"¥0.01 charged to pupils", c, liability(10, "0.01", PayerPupils), "", CodePremiumChargedToPupils, []string{"amount=0.01", "pupils=10"}},
		{"collected for 0 pupils", c, collected(accident(0, "50", PayerPupils)), "0, but the premium was paid by pupils: give the pupils charged", "", nil},
		{"collected from public money for 0 pupils", c, collected(accident(0, "50", PayerPublic)), "0, but the school collected the premium: give the pupils it was collected for", "", nil},
		{"collected for 1 pupil", c, collected(accident(1, "50", PayerPupils)), "", CodePremiumCollectedBySchool, []string{"amount=50.00", "pupils=1"}},
		{"¥0 collected", c, collected(accident(10, "0", PayerPupils)), "", CodePremiumCollectedBySchool, nil},
		{"¥0.01 collected", c, collected(accident(10, "0.01", PayerPupils)), "", CodePremiumCollectedBySchool, []string{"amount=0.01", "pupils=10"}},
		{"0 poor pupils", c, poor(accident(0, "50", PayerPublic)), "0, but the premium covers poor pupils: give how many", "", nil},
		{"1 poor pupil", c, poor(accident(1, "50", PayerPublic)), "", CodePoorPupilsInsuredFromBudget, []string{"amount=50.00", "pupils=1"}},
		{"¥0 for poor pupils", c, poor(accident(10, "0", PayerPublic)), "", CodePoorPupilsInsuredFromBudget, nil},
		{"¥0.01 for poor pupils", c, poor(accident(10, "0.01", PayerPublic)), "", CodePoorPupilsInsuredFromBudget, []string{"amount=0.01", "pupils=10"}},
		{"¥0 from another fund", c, fund(liability(10, "0", PayerPublic)), "", CodePremiumFundNotAllowed, nil},
		{"¥0.01 from another fund", c, fund(liability(10, "0.01", PayerPublic)), "", CodePremiumFundNotAllowed, []string{"amount=0.01"}},
		{"property of nobody, paid by the school", regional, property(0, PayerPublic), "", CodePremiumChargedToPupils, nil},
		{"property charged to 0 pupils", regional, property(0, PayerPupils), "0, but the premium was paid by pupils: give the pupils charged", "", nil},
		{"property charged to 3 pupils", regional, property(3, PayerPupils), "", CodePremiumChargedToPupils, []string{"amount=12000.00", "pupils=3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := tt.c.CheckPremiums([]Premium{tt.p})
			if tt.reason != "" {
				requireField(t, err, "premiums[0].pupils")
				var ie *houqin.InputError
				require.ErrorAs(t, err, &ie)
				assert.Equal(t, tt.reason, ie.Reason)
				return
			}
			require.NoError(t, err)
			got := testkit.Of(fs, tt.code)
			if tt.facts == nil {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Equal(t, "P1", got[0].Subject)
			assert.Equal(t, tt.facts, factsOf(got[0]))
		})
	}
}

// TestNobodyInsured: nobody insured reads so in each language, with
// everyone uninsured and the required rate, never "0 insured" (the
// figures of insurance.nobody_insured: TestCheckCoverage).
func TestNobodyInsured(t *testing.T) {
	c := defaultChecker(t)
	fs, err := c.CheckCoverage([]Enrollment{{"S1", SchoolLiability, 1, 0}})
	require.NoError(t, err)
	assert.Equal(t, "S1校方责任险：无人投保，未投保1人，要求的投保率为100.00%", c.Message(fs[0], language.SimplifiedChinese))
	assert.Equal(t, "S1校方責任險：無人投保，未投保1人，要求的投保率為100.00%", c.Message(fs[0], language.TraditionalChinese))
	assert.Equal(t, "S1, school liability insurance: nobody insured; 1 pupil uninsured, against a required insured rate of 100.00%", c.Message(fs[0], language.English))
}

// TestCheckerMessageNamesKind: the checker writes a subject
// "<school>/<kind>" as the school and the kind's name in the reader's
// language, leaves other subjects and unknown kinds as they are, and the
// finding keeps its subject.
func TestCheckerMessageNamesKind(t *testing.T) {
	checker, err := New(DefaultPolicy())
	require.NoError(t, err)
	f := houqin.Finding{Code: CodeCoverGap, Subject: "S001/school_liability", Facts: documentedFacts[CodeCoverGap]}
	assert.Contains(t, checker.Message(f, language.SimplifiedChinese), "S001校方责任险：")
	assert.Contains(t, checker.Message(f, language.TraditionalChinese), "S001校方責任險：")
	assert.Contains(t, checker.Message(f, language.English), "S001, school liability insurance: ")
	assert.Equal(t, "S001/school_liability", f.Subject)
	unknown := f
	unknown.Subject = "S001/pet_insurance"
	assert.Equal(t, unknown.Message(language.English), checker.Message(unknown, language.English))
	other := houqin.Finding{Code: CodeIncidentReportedLate, Subject: "S001/school_liability", Facts: documentedFacts[CodeIncidentReportedLate]}
	assert.Equal(t, other.Message(language.English), checker.Message(other, language.English), "only the two codes keyed by kind")
}

// assertGolden compares got with testdata/name, rewriting it first under
// -update.
func assertGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update")
	assert.Equal(t, string(want), got)
}
