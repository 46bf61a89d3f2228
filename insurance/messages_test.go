package insurance

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// documentedFacts gives a finding of each code with the facts its doc
// comment lists, in order.
var documentedFacts = map[houqin.Code][]houqin.Fact{
	CodeCoverageBelowRequired: {
		houqin.PercentFact("rate", 99_500_000), houqin.PercentFact("required", houqin.RatioOne),
		houqin.CountFact("uninsured", 1), houqin.CountFact("enrolled", 200), houqin.CountFact("insured", 199),
	},
	CodeNobodyInsured:            {houqin.PercentFact("required", houqin.RatioOne), houqin.CountFact("uninsured", 1200)},
	CodePremiumChargedToPupils:   {houqin.YuanFact("amount", 500000), houqin.CountFact("pupils", 1000)},
	CodePremiumCollectedBySchool: {houqin.YuanFact("amount", 500000), houqin.CountFact("pupils", 1000)},
	CodeBusRunUninsured: {
		houqin.CountFact("runs", 3), houqin.DateFact("first", date(time.May, 5)), houqin.DateFact("last", date(time.May, 7)),
	},
	CodeClaimReportedLate:   {{Name: "elapsed_hours", Unit: houqin.UnitHours, Value: 3050}, {Name: "deadline_hours", Unit: houqin.UnitHours, Value: 2400}},
	CodeClaimPaidAboveLimit: {houqin.YuanFact("paid", 60_000_001), houqin.YuanFact("limit", 60_000_000), houqin.YuanFact("excess", 1)},
	CodePremiumBelowContract: {
		houqin.YuanFact("per_pupil", 389), houqin.YuanFact("min", 390), houqin.CountFact("pupils", 1000), houqin.YuanFact("amount", 389999),
	},
	CodeAccidentPaidAboveLimit: {
		houqin.YuanFact("paid", 2_000_000_001), houqin.YuanFact("limit", 2_000_000_000), houqin.YuanFact("excess", 1), houqin.CountFact("claims", 34),
	},
	CodeIncidentReportedLate:        {{Name: "elapsed_hours", Unit: houqin.UnitHours, Value: 2402}, {Name: "deadline_hours", Unit: houqin.UnitHours, Value: 2400}},
	CodePremiumFundNotAllowed:       {houqin.YuanFact("amount", 500000)},
	CodePoorPupilsInsuredFromBudget: {houqin.YuanFact("amount", 500000), houqin.CountFact("pupils", 1000)},
	CodeCoverGap: {
		houqin.DateFact("as_of", date(time.October, 8)), houqin.DateFact("year_from", date(time.September, 1)),
		houqin.DateFact("year_to", houqin.Date{Year: 2026, Month: time.August, Day: 31}), houqin.CountFact("enrolled", 1200),
	},
	CodeClaimOutsideCover: {
		houqin.DateFact("incident", date(time.September, 1)), houqin.DateFact("year_from", date(time.September, 1)),
		houqin.DateFact("year_to", houqin.Date{Year: 2026, Month: time.August, Day: 31}),
	},
	CodeAggregatePaidAboveLimit: {
		houqin.YuanFact("paid", 500_000_001), houqin.YuanFact("aggregate", 500_000_000), houqin.YuanFact("excess", 1), houqin.CountFact("claims", 9),
	},
	CodePremiumAboveContract: {
		houqin.YuanFact("per_pupil", 801), houqin.YuanFact("max", 800), houqin.CountFact("pupils", 1000), houqin.YuanFact("amount", 800001),
	},
}

func TestCodesRegistered(t *testing.T) {
	require.True(t, slices.IsSorted(Codes()))
	assert.ElementsMatch(t, exportedCodes(t), Codes(), "Codes lists every exported code")
	for _, c := range Codes() {
		t.Run(string(c), func(t *testing.T) {
			require.NoError(t, c.Validate())
			assert.Equal(t, "insurance", testkit.Package(c))
			m, ok := testkit.Message(c)
			require.True(t, ok, "registered")
			assert.NotEmpty(t, m.Hans)
			assert.NotEmpty(t, m.Hant)
			assert.NotEmpty(t, m.En)
			facts, ok := documentedFacts[c]
			require.True(t, ok, "documented facts")
			f := houqin.Finding{Code: c, Severity: houqin.Violation, Subject: "SUBJ-1", Facts: facts}
			for _, tag := range testkit.Languages() {
				msg := f.Message(tag)
				assert.NotContains(t, msg, "%!", "%s: %s", tag, msg)
				assert.Contains(t, msg, "SUBJ-1")
				for _, x := range facts {
					assert.Contains(t, msg, x.Format(tag), "%s: every fact appears in %q", tag, msg)
				}
			}
			hans, hant := f.Message(language.SimplifiedChinese), f.Message(language.TraditionalChinese)
			assert.NotEqual(t, hans, hant, "the traditional text is not the simplified one")
		})
	}
}

// exportedCodes reads the package source for its exported Code constants.
func exportedCodes(t *testing.T) []houqin.Code {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "codes.go", nil, 0)
	require.NoError(t, err)
	var out []houqin.Code
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			v := s.(*ast.ValueSpec)
			for i, n := range v.Names {
				if strings.HasPrefix(n.Name, "Code") && n.IsExported() {
					lit := v.Values[i].(*ast.BasicLit).Value
					out = append(out, houqin.Code(strings.Trim(lit, `"`)))
				}
			}
		}
	}
	require.NotEmpty(t, out)
	return out
}

func TestOtherTextsRegistered(t *testing.T) {
	keys := []houqin.Code{keySummary, keySummaryNone, keySummaryKind, keySummarySep}
	for s := StatusFiled; s <= StatusWithdrawn; s++ {
		keys = append(keys, houqin.Code("insurance.status."+s.String()))
	}
	for _, k := range keys {
		_, ok := testkit.Message(k)
		assert.True(t, ok, k)
	}
}
