package report_test

import (
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/report"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var tags = []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English}

// sample is the example program's built-in county (a copy in testdata).
func sample(t testing.TB) *report.County {
	t.Helper()
	data, err := os.ReadFile("testdata/county.json")
	require.NoError(t, err)
	var c report.County
	require.NoError(t, json.Unmarshal(data, &c))
	return &c
}

func built(t testing.TB) (*report.County, *report.Report) {
	t.Helper()
	c := sample(t)
	require.NoError(t, c.Validate())
	r, err := report.Build(c)
	require.NoError(t, err)
	return c, r
}

// Every count of the summary is recounted from the details it summarises.
func TestSummaryAgreesWithDetails(t *testing.T) {
	c, r := built(t)
	s := r.Summary
	assert.Equal(t, len(c.Schools), s.Schools)

	statements, breaching, charges, breachingCharges, violations, warnings, pupils := 0, 0, 0, 0, 0, 0, 0
	var refunds houqin.Fen
	for i, sr := range r.Schools {
		statements += len(c.Schools[i].Canteen.Statements)
		months := map[houqin.Period]bool{}
		for _, m := range sr.Canteen.Months {
			months[m.Period] = true
		}
		breached := map[houqin.Period]bool{}
		for _, d := range sr.Findings {
			switch d.Severity {
			case houqin.Violation:
				violations++
				// A canteen violation that names a month of a statement:
				// the statement, its lines and accounts, its purchases.
				if d.Source == "canteen" && months[d.Month] {
					breached[d.Month] = true
				}
			case houqin.Warning:
				warnings++
			}
			if !d.Month.From.IsZero() {
				assert.True(t, months[d.Month], "%s: a month the canteen has a statement for", d.Code)
				assert.Equal(t, "canteen", d.Source)
			}
		}
		// Every violation of a statement's own result is counted.
		for _, m := range sr.Canteen.Months {
			if m.Findings.Worst() == houqin.Violation {
				assert.True(t, breached[m.Period], "%s %s", sr.ID, m.Period)
			}
		}
		breaching += len(breached)
		for k, rep := range sr.Fees {
			charges += len(c.Schools[i].Fees[k].Charges)
			assert.Equal(t, len(c.Schools[i].Fees[k].Charges), rep.Charges)
			assert.Equal(t, c.Schools[i].Fees[k].Term, rep.Term)
			subjects := map[string]bool{}
			for _, f := range rep.Findings {
				if f.Severity == houqin.Violation {
					subjects[f.Subject] = true
				}
			}
			breachingCharges += len(subjects)
			for _, st := range rep.Settlements {
				if st.Outcome == fees.Refund {
					pupils += st.Pupils
					refunds += st.Balance
				}
			}
		}
	}
	assert.Equal(t, statements, s.Statements)
	assert.Equal(t, breaching, s.StatementsBreaching)
	// The built-in county: 9 canteen-months whose statement breaches, and
	// two whose statements are clean but whose purchases breach: S05's
	// uncertified flour and S08's rice above the listed price, both March
	// 2026 (the "8 of 144" counted neither).
	assert.Equal(t, 11, s.StatementsBreaching)
	assert.Equal(t, charges, s.Charges)
	assert.Equal(t, breachingCharges, s.ChargesBreaching)
	assert.Equal(t, pupils, s.RefundedPupils)
	assert.Equal(t, refunds, s.Refunds)
	assert.Equal(t, violations, s.Violations)
	assert.Equal(t, warnings, s.Warnings)
	assert.Equal(t, r.Insurance.Year.Len(), s.Claims)
	graded := 0
	for _, g := range s.Grades {
		graded += g.Schools
	}
	assert.Equal(t, len(r.Ranking.Places), graded)

	// The text's findings section lists as many violations and warnings.
	for _, tag := range tags {
		text := r.Text(tag)
		v := houqin.Violation.Label(tag)
		w := houqin.Warning.Label(tag)
		findings := strings.Split(text, "\n\n")[2] // title, summary, findings by school
		assert.Equal(t, violations, strings.Count(findings, "["+v+"]"), tag)
		assert.Equal(t, warnings, strings.Count(findings, "["+w+"]"), tag)
	}
}

// Each school's findings read by area, worst first, then by date.
func TestFindingsGroupedByArea(t *testing.T) {
	_, r := built(t)
	order := []string{"canteen", "fees", "insurance", "assessment"}
	for _, sr := range r.Schools {
		for i := 1; i < len(sr.Findings); i++ {
			a, b := sr.Findings[i-1], sr.Findings[i]
			ka, kb := slices.Index(order, a.Source), slices.Index(order, b.Source)
			require.GreaterOrEqual(t, ka, 0, a.Source)
			if !assert.LessOrEqual(t, ka, kb, "%s: %s before %s", sr.ID, a.Source, b.Source) || ka != kb {
				continue
			}
			if !assert.GreaterOrEqual(t, a.Severity, b.Severity, "%s: worst first", sr.ID) || a.Severity != b.Severity {
				continue
			}
			assert.False(t, a.On.After(b.On), "%s: %s on %s before %s on %s", sr.ID, a.Code, a.On, b.Code, b.On)
		}
	}
}

var percent = regexp.MustCompile(`[0-9]+(?:\.([0-9]+))?%`)

// Every percentage of the circular has the same decimals: the most any
// rate needs to read apart from its threshold (the built-in county's
// 5.00002% above a 5.00000% ceiling: five).
func TestOnePrecision(t *testing.T) {
	_, r := built(t)
	assert.Equal(t, 5, r.PercentPlaces)
	for _, tag := range tags {
		text := r.Text(tag)
		n := 0
		for _, m := range percent.FindAllStringSubmatch(text, -1) {
			if m[1] == "" { // the rubric's round weights, 15% and 35%: policy, not a rate
				assert.Contains(t, []string{"15%", "35%"}, m[0])
				continue
			}
			n++
			assert.Len(t, m[1], r.PercentPlaces, "%s in %s", m[0], tag)
		}
		assert.Greater(t, n, 10, tag)
		assert.Contains(t, text, "99.64795%")
		assert.NotContains(t, text, "5.00%")
	}
}

// The text is stable (the same values write the same bytes), and the
// JSON carries the same content.
func TestTextAndJSON(t *testing.T) {
	c, r := built(t)
	_, again := built(t)
	for _, tag := range tags {
		assert.Equal(t, r.Text(tag), again.Text(tag))
	}
	assert.Contains(t, r.Text(language.TraditionalChinese), "清河縣")
	assert.Contains(t, r.Text(language.English), "Qinghe County")
	assert.Contains(t, r.Text(language.Japanese), "清河县", "another language reads Simplified Chinese")
	data, err := json.Marshal(r)
	require.NoError(t, err)
	var back map[string]any
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, map[string]any{"zh_hans": c.Name, "zh_hant": c.NameHant, "en": c.NameEn}, back["county"])
	assert.EqualValues(t, 5, back["percent_places"])
	assert.Contains(t, string(data), `"month":{"from":"2025-`)
	assert.Contains(t, string(data), `"canteen_statements_breaching":11`)
	assert.Contains(t, string(data), `"label":{"zh_hans":"城关中学食堂2026年2月","zh_hant":"城關中學食堂2026年2月","en":"Chengguan Junior Secondary School canteen, February 2026"}`)
}

// The county's own structure is checked, every problem with its field.
func TestValidate(t *testing.T) {
	for _, tt := range []struct {
		name   string
		edit   func(c *report.County)
		fields []string
	}{
		{"no name", func(c *report.County) { c.Name = "" }, []string{"name"}},
		{"no day", func(c *report.County) { c.AsOf = houqin.Date{} }, []string{"as_of"}},
		{"claims after the day", func(c *report.County) { c.ClaimsAsOf = houqin.Date{Year: 2026, Month: 9, Day: 1} }, []string{"claims_as_of"}},
		{"bad claims day", func(c *report.County) { c.ClaimsAsOf = houqin.Date{Year: 2026, Month: 2, Day: 30} }, []string{"claims_as_of"}},
		{"no rounds", func(c *report.County) { c.Rounds = nil }, []string{"rounds", "schools[0].inspections"}},
		{"round out of order", func(c *report.County) {
			c.Rounds[1].On = c.Rounds[0].On
			c.Rounds[2].ID = ""
			c.Rounds[3].On = houqin.Date{}
		}, []string{"rounds[1].on", "rounds[2].id", "rounds[3].on"}},
		{"no schools", func(c *report.County) { c.Schools = nil }, []string{"schools"}},
		{"school ids", func(c *report.County) {
			c.Schools[0].ID = ""
			c.Schools[2].ID = c.Schools[1].ID
			c.Schools[3].Name = ""
		}, []string{"schools[0].id", "schools[2].id", "schools[3].name"}},
		{"inspections", func(c *report.County) { c.Schools[1].Inspections = c.Schools[1].Inspections[:1] }, []string{"schools[1].inspections"}},
		{"claim of no school", func(c *report.County) { c.Claims[0].School = "S99" }, []string{"claims[0].school"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := sample(t)
			tt.edit(c)
			err := c.Validate()
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			var got []string
			for _, e := range houqin.InputErrors(err) {
				got = append(got, e.Field)
			}
			for _, f := range tt.fields {
				assert.Contains(t, got, f)
			}
		})
	}
	c := sample(t)
	for i := range c.Schools {
		if len(c.Schools[i].Canteen.Subsidy) > 0 {
			c.Schools[i].Canteen.Subsidy[0].School = "X"
			assert.ErrorContains(t, c.Validate(), "canteen.subsidy[0].school")
			break
		}
	}
}

// Bad records are errors naming the school and the record, every school's
// at once; nothing panics.
func TestBuildErrors(t *testing.T) {
	for _, tt := range []struct {
		name  string
		edit  func(c *report.County)
		field string
	}{
		{"assessment policy", func(c *report.County) { c.Assessment.RectifyDays = -1 }, "assessment"},
		{"suppliers", func(c *report.County) { c.Suppliers = append(c.Suppliers, c.Suppliers[0]) }, "suppliers"},
		{"a statement", func(c *report.County) { c.Schools[0].Canteen.Statements[2].Period = houqin.Period{} }, "schools[0].canteen.statements[2]"},
		{"a month missing from the chain", func(c *report.County) {
			c.Schools[0].Canteen.Statements = append(c.Schools[0].Canteen.Statements[:3:3], c.Schools[0].Canteen.Statements[4:]...)
		}, "schools[0].canteen.statements[3].period: gap"},
		{"a purchase", func(c *report.County) {
			for i := range c.Schools {
				if len(c.Schools[i].Canteen.Purchases) > 0 {
					c.Schools[i].Canteen.Purchases[0].Price = decimal.NewFromInt(-1)
					return
				}
			}
		}, ".canteen.purchases[0]"},
		{"a roster", func(c *report.County) {
			for i := range c.Schools {
				if len(c.Schools[i].Canteen.Rosters) > 0 {
					c.Schools[i].Canteen.Rosters[0].Canteen = ""
					return
				}
			}
		}, ".canteen.rosters[0]"},
		{"a fee filing", func(c *report.County) { c.Schools[1].Fees[0].Charges[0].ID = "" }, "schools[1].fees[0]"},
		{"enrollments", func(c *report.County) { c.Schools[2].Insurance.Enrollments[0].Insured = -1 }, "insured"},
		{"premiums", func(c *report.County) {
			for i := range c.Schools {
				if len(c.Schools[i].Insurance.Premiums) > 0 {
					c.Schools[i].Insurance.Premiums[0].Kind = "nope"
					return
				}
			}
		}, ".insurance"},
		{"a claim", func(c *report.County) { c.Claims[0].ID = "" }, "claims"},
		{"an inspection", func(c *report.County) { c.Schools[0].Inspections[1].Observations[0].Item = "nope" }, "schools[0].inspections[1]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := sample(t)
			tt.edit(c)
			_, err := report.Build(c)
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.ErrorContains(t, err, tt.field)
		})
	}
}

// FuzzBuild reads a county's JSON as a host might store it: whatever it
// holds, Build and Text return, never panic.
func FuzzBuild(f *testing.F) {
	data, err := os.ReadFile("testdata/county.json")
	require.NoError(f, err)
	f.Add(data)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"name":"x","as_of":"2026-08-31","claims_as_of":"2026-05-31","rounds":[{"id":"r","on":"2025-10-01"}],"schools":[{"id":"S1","name":"s","inspections":[{}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var c report.County
		if json.Unmarshal(data, &c) != nil || c.Validate() != nil {
			return
		}
		r, err := report.Build(&c)
		if err != nil {
			return
		}
		for _, tag := range tags {
			_ = r.Text(tag)
		}
	})
}
