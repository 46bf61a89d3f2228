package canteen_test

import (
	"flag"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// documented is every code with its severity and a finding with its facts
// in the order its doc comment gives.
var documented = map[houqin.Code]houqin.Finding{
	canteen.CodeSurplusOverCeiling: {Severity: houqin.Violation, Subject: "C001", Facts: []houqin.Fact{
		houqin.YuanFact("revenue", 4011540), houqin.YuanFact("spending", 3810962), houqin.YuanFact("surplus", 200578),
		houqin.PercentFact("ratio", 5_000_025), houqin.PercentFact("ceiling", houqin.RatioOne/20), houqin.YuanFact("excess", 1)}},
	canteen.CodeDisguisedSurplus: {Severity: houqin.Violation, Subject: "V-0917", Facts: []houqin.Fact{houqin.YuanFact("amount", 600000), houqin.CountFact("line", 7)}},
	canteen.CodeDeficit: {Severity: houqin.Warning, Subject: "C001", Facts: []houqin.Fact{
		houqin.YuanFact("revenue", 1000000), houqin.YuanFact("spending", 1020001), houqin.YuanFact("deficit", 20001),
		houqin.PercentFact("ratio", 2_000_100), houqin.PercentFact("tolerance", houqin.RatioOne/50)}},
	canteen.CodeMissingVoucher:  {Severity: houqin.Violation, Subject: "C001", Facts: []houqin.Fact{houqin.YuanFact("amount", 30000), houqin.CountFact("line", 4)}},
	canteen.CodeMissingApprover: {Severity: houqin.Violation, Subject: "V7", Facts: []houqin.Fact{houqin.YuanFact("amount", 20000), houqin.CountFact("line", 1)}},
	canteen.CodeIncomeTotalMismatch: {Severity: houqin.Violation, Subject: "C001", Facts: []houqin.Fact{
		houqin.YuanFact("stated", 1000000), houqin.YuanFact("lines", 1000001), houqin.YuanFact("difference", -1)}},
	canteen.CodeSpendingTotalMismatch: {Severity: houqin.Violation, Subject: "C001", Facts: []houqin.Fact{
		houqin.YuanFact("stated", 950000), houqin.YuanFact("lines", 950050), houqin.YuanFact("difference", -50)}},
	canteen.CodeNonCanteenIncome: {Severity: houqin.Warning, Subject: "C001", Facts: []houqin.Fact{houqin.YuanFact("amount", 100000)}},
	canteen.CodeUnlistedSupplier: {Severity: houqin.Violation, Subject: "INV-1", Facts: []houqin.Fact{houqin.YuanFact("price", 520)}},
	canteen.CodeAboveListedPrice: {Severity: houqin.Violation, Subject: "INV-1", Facts: []houqin.Fact{
		houqin.YuanFact("price", 521), houqin.YuanFact("listed", 520), houqin.YuanFact("difference", 1)}},
	canteen.CodeUncertifiedPurchase: {Severity: houqin.Violation, Subject: "INV-1", Facts: []houqin.Fact{houqin.YuanFact("price", 520)}},
	canteen.CodeHealthCertificateGap: {Severity: houqin.Violation, Subject: "W7", Facts: []houqin.Fact{
		houqin.DateFact("first_uncovered", houqin.Date{Year: 2025, Month: time.September, Day: 15}), houqin.CountFact("days", 16)}},
	canteen.CodeUnderstaffed: {Severity: houqin.Warning, Subject: "C001", Facts: []houqin.Fact{
		houqin.CountFact("diners", 301), houqin.CountFact("workers", 3), houqin.CountFact("required", 4)}},
}

// TestCodes: Codes lists every code the package declares, sorted, and each
// has its message in the three languages.
func TestCodes(t *testing.T) {
	got := canteen.Codes()
	assert.True(t, slices.IsSorted(got), "sorted")
	declared := slices.Sorted(maps.Keys(testkit.DeclaredCodes(t, "codes.go")))
	assert.Equal(t, declared, got)
	testkit.AssertMessages(t, "canteen", got)
	got[0] = "changed"
	assert.NotEqual(t, houqin.Code("changed"), canteen.Codes()[0], "a fresh slice")
}

func TestEveryCodeIsDocumentedAndRegistered(t *testing.T) {
	codes := testkit.DeclaredCodes(t, "codes.go")
	require.Len(t, codes, len(documented), "every code has a row in documented, and only they")
	for code, doc := range codes {
		t.Run(string(code), func(t *testing.T) {
			sample, ok := documented[code]
			require.True(t, ok, "no sample finding")
			assert.Contains(t, doc, sample.Severity.Label(language.English)+";", "the doc states the severity")
			assert.Contains(t, doc, "Source:")
			assert.Contains(t, doc, "Facts:")
			// The facts are named in the doc in their order.
			at := strings.Index(doc, "Facts:")
			for _, f := range sample.Facts {
				i := strings.Index(doc[at:], f.Name+" (")
				require.GreaterOrEqual(t, i, 0, "fact %s not documented in order", f.Name)
				at += i
			}
			sample.Code = code
			for _, tag := range testkit.Languages() {
				msg := sample.Message(tag)
				assert.NotContains(t, msg, "%!", tag)
				assert.True(t, strings.HasPrefix(msg, sample.Subject), "%s: %s", tag, msg)
				for _, f := range sample.Facts {
					assert.Contains(t, msg, testkit.FactIn(sample, f, tag), "%s: fact %s", tag, f.Name)
				}
			}
		})
	}
}

// TestEntryPointsProduceDocumentedFacts runs every rule and checks that its
// findings carry the documented facts, in order, with the documented
// severity.
func TestEntryPointsProduceDocumentedFacts(t *testing.T) {
	chk := checker(t, nil)
	var all houqin.Findings
	st := canteen.Statement{Canteen: "C001", Period: sept, Revenue: total("10000"), Spending: total("1"),
		Income: []canteen.IncomeLine{{Category: canteen.MealFees, Amount: testkit.Dec("9000")}, {Category: canteen.ShopRent, Amount: testkit.Dec("500")}},
		Lines:  []canteen.Line{{Category: canteen.StaffWelfare, Amount: testkit.Dec("10")}, line(canteen.Food, "1000")}}
	res, err := chk.Check(st)
	require.NoError(t, err)
	all = append(all, res.Findings...)
	res, err = chk.Check(statement("100", line(canteen.Food, "200")))
	require.NoError(t, err)
	all = append(all, res.Findings...)
	fs, err := chk.CheckPurchases(county(t), []canteen.Purchase{
		{Item: "rice", Supplier: "X", Price: testkit.Dec("5")},
		{Item: "rice", Supplier: "Jingzhou Grain", Price: testkit.Dec("6"), Certified: true},
	})
	require.NoError(t, err)
	all = append(all, fs...)
	fs, err = chk.CheckStaff(canteen.Roster{Canteen: "C001", Period: sept, Diners: 101, Workers: []canteen.Worker{{ID: "W"}}})
	require.NoError(t, err)
	all = append(all, fs...)
	all = append(all, recordsFindings(t, chk)...)
	for _, run := range entryPoints {
		all = append(all, run(t)...)
	}

	seen := map[houqin.Code]bool{}
	for _, f := range all {
		seen[f.Code] = true
		want := documented[f.Code]
		assert.Equal(t, want.Severity, f.Severity, f.Code)
		var names, wantNames []string
		for i, x := range f.Facts {
			names = append(names, x.Name)
			assert.Equal(t, want.Facts[i].Unit, x.Unit, "%s %s", f.Code, x.Name)
		}
		for _, x := range want.Facts {
			wantNames = append(wantNames, x.Name)
		}
		assert.Equal(t, wantNames, names, f.Code)
	}
	for code := range documented {
		assert.True(t, seen[code], "no entry point produced %s", code)
	}
}

// TestMessagesGolden keeps the rendered messages of every code in
// testdata/messages.golden; run with -update after changing a text.
func TestMessagesGolden(t *testing.T) {
	var keys []houqin.Code
	for c := range documented {
		keys = append(keys, c)
	}
	slices.Sort(keys)
	var b strings.Builder
	for _, c := range keys {
		f := documented[c]
		f.Code = c
		b.WriteString(string(c) + "\n")
		for _, tag := range testkit.Languages() {
			b.WriteString("  " + tag.String() + ": " + f.Message(tag) + "\n")
		}
	}
	for _, c := range canteen.Categories() {
		b.WriteString(c.String() + ": " + c.Label(language.SimplifiedChinese) + " / " + c.Label(language.TraditionalChinese) + " / " + c.Label(language.English) + "\n")
	}
	for _, c := range canteen.IncomeCategories() {
		b.WriteString("income " + c.String() + ": " + c.Label(language.SimplifiedChinese) + " / " + c.Label(language.TraditionalChinese) + " / " + c.Label(language.English) + "\n")
	}
	path := filepath.Join("testdata", "messages.golden")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -run TestMessagesGolden -update")
	assert.Equal(t, string(want), b.String())
}
