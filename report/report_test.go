package report_test

import (
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/insurance"
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

// Each school's findings read by area, worst first, then by date, then by
// code and subject: in the built-in county, and in one whose records come
// out of the rules in another order. There, S02 buys rice above the
// listed price in September 2025 (a violation found after its February
// deficit, a warning), and S04's line of December's disguised surplus has
// the voucher 记-2512-06 (its violation that day reads before the
// statement's own, S04-canteen, by code, though its subject sorts after).
func TestFindingsGroupedByArea(t *testing.T) {
	c, r := built(t)
	s02, s04 := &c.Schools[1], &c.Schools[3]
	s02.Canteen.Purchases[0].Price = decimal.RequireFromString("4.60") // S02-2509-rice, listed at 4.20
	lines := s04.Canteen.Statements[3].Lines                           // December 2025
	k := slices.IndexFunc(lines, func(l canteen.Line) bool { return l.Voucher == "S04-2512-06" })
	require.GreaterOrEqual(t, k, 0)
	lines[k].Voucher = "记-2512-06"
	edited, err := report.Build(c)
	require.NoError(t, err)

	order := []string{"canteen", "fees", "insurance", "assessment"}
	for _, r := range []*report.Report{r, edited} {
		for _, sr := range r.Schools {
			for i := 1; i < len(sr.Findings); i++ {
				a, b := sr.Findings[i-1], sr.Findings[i]
				ka, kb := slices.Index(order, a.Source), slices.Index(order, b.Source)
				require.GreaterOrEqual(t, ka, 0, a.Source)
				if !assert.LessOrEqual(t, ka, kb, "%s: %s before %s", sr.ID, a.Source, b.Source) || ka != kb {
					continue
				}
				if !assert.GreaterOrEqual(t, a.Severity, b.Severity, "%s: %s before %s, worst first", sr.ID, a.Code, b.Code) || a.Severity != b.Severity {
					continue
				}
				if !assert.False(t, a.On.After(b.On), "%s: %s on %s before %s on %s", sr.ID, a.Code, a.On, b.Code, b.On) || a.On != b.On {
					continue
				}
				if !assert.LessOrEqual(t, a.Code, b.Code, "%s on %s", sr.ID, a.On) || a.Code != b.Code {
					continue
				}
				assert.LessOrEqual(t, a.Subject, b.Subject, "%s on %s: %s", sr.ID, a.On, a.Code)
			}
		}
	}
	var subjects []string
	for _, d := range edited.Schools[3].Findings {
		if d.On == (houqin.Date{Year: 2025, Month: 12, Day: 31}) {
			subjects = append(subjects, d.Subject)
		}
	}
	assert.Equal(t, []string{"记-2512-06", "S04-canteen"}, subjects) // disguised_surplus, surplus_over_ceiling
	i := slices.IndexFunc(edited.Schools[1].Findings, func(d report.Dated) bool { return d.Subject == "S02-2509-rice" })
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, canteen.CodeAboveListedPrice, edited.Schools[1].Findings[i].Code)
	assert.Zero(t, i, "S02's violation reads before its canteen's warnings")
}

// Each finding of the built-in county is dated from the record it came
// from and named for a reader by it, whichever rule found it: the values
// below are read off the county's data.
func TestDatedAndLabelled(t *testing.T) {
	c, r := built(t)
	day := func(y int, m time.Month, d int) houqin.Date { return houqin.Date{Year: y, Month: m, Day: d} }
	for _, tt := range []struct {
		school, code, subject string
		on                    houqin.Date
		month                 houqin.Date // the statement month's first day, or zero
		label                 string      // in English; empty, the text writes the subject
	}{
		// A claim reported late (QHSL-00004, reported 2025-12-22): the
		// county's claims are checked once and each finding goes to the
		// claim's school, dated the day it was reported.
		{"S03", "insurance.claim_reported_late", "QHSL-00004", day(2025, 12, 22), houqin.Date{}, ""},
		// A finding of an account of a statement is named by the
		// account's kind (S07-staff, the staff meals), a line's by its
		// voucher, the statement's own by the month.
		{"S07", "canteen.staff_meal_loss", "S07-staff", day(2025, 12, 31), day(2025, 12, 1),
			"Qinghe Experimental Primary School canteen, December 2025 staff meals"},
		{"S04", "canteen.disguised_surplus", "S04-2512-06", day(2025, 12, 31), day(2025, 12, 1),
			"Liulin Town Central Primary School canteen, December 2025 S04-2512-06"},
		{"S04", "canteen.surplus_over_ceiling", "S04-canteen", day(2025, 12, 31), day(2025, 12, 1),
			"Liulin Town Central Primary School canteen, December 2025"},
		// A purchase: the day it was made, in a month the canteen has a
		// statement for.
		{"S05", "canteen.uncertified_purchase", "S05-2603-flour", day(2026, 3, 8), day(2026, 3, 1),
			"Taoyuan Township Primary School canteen, March 2026 S05-2603-flour"},
		// Staff: the canteen short of workers over the roster's period
		// (autumn term, 2025-09-01 to 2026-01-31), dated its end; a worker
		// without a health certificate from the first day uncovered.
		{"S02", "canteen.understaffed", "S02-canteen", day(2026, 1, 31), houqin.Date{},
			"Chengguan Junior Secondary School canteen, autumn term 2025–2026"},
		{"S11", "canteen.health_certificate_gap", "S11-W02", day(2026, 3, 16), houqin.Date{},
			"Hexi Town Junior Secondary School canteen S11-W02"},
		// Food-safety records: the dish of the meal, on the meal's day.
		{"S09", "canteen.sample_missing", "晚餐/清炒白菜", day(2026, 5, 13), houqin.Date{},
			"Nanshan Boarding School canteen, dinner/stir-fried cabbage"},
		// The nutrition subsidy's account: the account's own finding by
		// the school and month, a line's by its voucher; both dated the
		// month's end.
		{"S11", "canteen.subsidy_overclaimed", "S11", day(2026, 4, 30), houqin.Date{},
			"Hexi Town Junior Secondary School nutrition subsidy, April 2026"},
		{"S04", "canteen.subsidy_misused", "S04-YB-2511-03", day(2025, 11, 30), houqin.Date{},
			"Liulin Town Central Primary School nutrition subsidy, November 2025 S04-YB-2511-03"},
		// Duties stand for the year: from its first day.
		{"S11", "canteen.incompatible_duties", "S11-F01", day(2025, 9, 1), houqin.Date{},
			"Hexi Town Junior Secondary School canteen S11-F01"},
	} {
		t.Run(tt.code+" "+tt.subject, func(t *testing.T) {
			k := slices.IndexFunc(r.Schools, func(sr report.SchoolReport) bool { return sr.ID == tt.school })
			require.GreaterOrEqual(t, k, 0)
			fs := r.Schools[k].Findings
			i := slices.IndexFunc(fs, func(d report.Dated) bool { return string(d.Code) == tt.code && d.Subject == tt.subject })
			require.GreaterOrEqual(t, i, 0, "%s: no %s of %s", tt.school, tt.code, tt.subject)
			d := fs[i]
			assert.Equal(t, tt.on, d.On)
			assert.Equal(t, tt.month, d.Month.From)
			assert.Equal(t, tt.label, d.Label.En)
		})
	}
	// Every school's subsidy accounts are checked, one result an account
	// in the order of the data; a school without any has none (nil, as
	// its JSON, which leaves them out, reads back).
	for i, s := range c.Schools {
		got := r.Schools[i].Canteen.Subsidy
		if len(s.Canteen.Subsidy) == 0 {
			assert.Nil(t, got, s.ID)
			continue
		}
		require.Len(t, got, len(s.Canteen.Subsidy), s.ID)
		for k, a := range s.Canteen.Subsidy {
			assert.Equal(t, a.Period, got[k].Period, "%s subsidy[%d]", s.ID, k)
		}
	}
}

// A purchase in a month the canteen has no statement for is of no
// statement month: its violation is not a statement in breach. S05's
// statements run from September 2025 to August 2026; its uncertified
// flour, bought on 2026-03-08, is here bought on 2025-08-28.
func TestPurchaseOutsideTheStatements(t *testing.T) {
	c, whole := built(t)
	ps := c.Schools[4].Canteen.Purchases // S05
	k := slices.IndexFunc(ps, func(p report.Purchase) bool { return p.ID == "S05-2603-flour" })
	require.GreaterOrEqual(t, k, 0)
	ps[k].On = houqin.Date{Year: 2025, Month: 8, Day: 28}
	r, err := report.Build(c)
	require.NoError(t, err)
	fs := r.Schools[4].Findings
	i := slices.IndexFunc(fs, func(d report.Dated) bool { return d.Subject == "S05-2603-flour" })
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, houqin.Period{}, fs[i].Month)
	assert.Equal(t, houqin.Date{Year: 2025, Month: 8, Day: 28}, fs[i].On)
	assert.Equal(t, "Taoyuan Township Primary School canteen, August 2025 S05-2603-flour", fs[i].Label.En)
	assert.Equal(t, whole.Summary.Statements, r.Summary.Statements)
	assert.Equal(t, 10, r.Summary.StatementsBreaching) // 11 but S05's March
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

// The circular's decimals are the most any rate it writes needs: a
// warning's as well as a violation's, and the county's coverage of school
// liability insurance, which is judged against the cover required (100%)
// as each school's is. In each county below, every other rate reads apart
// from its threshold at two decimals.
func TestPercentPlacesOf(t *testing.T) {
	for _, tt := range []struct {
		name   string
		edit   func(c *report.County)
		places int
		want   string // in the English text
	}{
		// S02 alone, its February deficit cut to a fen: spending 39,040.01
		// (the line "other" 1,608.47 − 1,171.19 = 437.28) against revenue
		// 39,040.00. The ratio 0.01 / 39,040 = 0.0000256…% reads 0.00% at
		// two decimals, not apart from the tolerance of 0%, and first
		// differs at five: 0.00003%.
		{"a warning's rate", func(c *report.County) {
			c.Schools = c.Schools[1:2] // S02
			c.Claims = slices.DeleteFunc(c.Claims, func(cl insurance.Claim) bool { return cl.School != "S02" })
			st := &c.Schools[0].Canteen.Statements[5] // February 2026
			st.Spending = decimal.NewNullDecimal(decimal.RequireFromString("39040.01"))
			st.Lines[4].Amount = decimal.RequireFromString("437.28")
		}, 5, "0.00003%"},
		// S01 and S02: S01 insures all of 100,000 pupils, S02 979 of 980
		// (99.897959…%, 99.90% at two decimals, S02's own violation). The
		// county: 100,979 of 100,980, 99.99900…%, reads 100.00% at two
		// decimals, and 99.999% at three.
		{"the county's coverage", func(c *report.County) {
			c.Schools = c.Schools[:2]
			c.Claims = slices.DeleteFunc(c.Claims, func(cl insurance.Claim) bool { return cl.School != "S01" && cl.School != "S02" })
			e := &c.Schools[0].Insurance.Enrollments[0] // S01, school liability
			e.Enrolled, e.Insured = 100_000, 100_000
			c.Schools[1].Insurance.Enrollments[0].Insured = 979 // S02, school liability
		}, 3, "Coverage of school liability insurance: 99.999% county-wide (100,979 of 100,980 insured)."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := sample(t)
			tt.edit(c)
			r, err := report.Build(c)
			require.NoError(t, err)
			assert.Equal(t, tt.places, r.PercentPlaces)
			assert.Contains(t, r.Text(language.English), tt.want)
		})
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
	// A county without schools says so once: its claims are not each of an
	// unknown school.
	c := sample(t)
	c.Schools = nil
	var got []string
	for _, e := range houqin.InputErrors(c.Validate()) {
		got = append(got, e.Field+": "+e.Reason)
	}
	assert.Equal(t, []string{"schools: no schools"}, got)

	c = sample(t)
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
		// errs, when set, are every problem of the error, "field: reason",
		// in order: each named once, by its record.
		errs []string
	}{
		{"assessment policy", func(c *report.County) { c.Assessment.RectifyDays = -1 }, "assessment", nil},
		{"suppliers", func(c *report.County) { c.Suppliers = append(c.Suppliers, c.Suppliers[0]) }, "suppliers", nil},
		{"a statement", func(c *report.County) { c.Schools[0].Canteen.Statements[2].Period = houqin.Period{} }, "schools[0].canteen.statements[2]", nil},
		{"a month missing from the chain", func(c *report.County) {
			c.Schools[0].Canteen.Statements = append(c.Schools[0].Canteen.Statements[:3:3], c.Schools[0].Canteen.Statements[4:]...)
		}, "schools[0].canteen.statements[3].period: gap", nil},
		{"a purchase", func(c *report.County) {
			for i := range c.Schools {
				if len(c.Schools[i].Canteen.Purchases) > 0 {
					c.Schools[i].Canteen.Purchases[0].Price = decimal.NewFromInt(-1)
					return
				}
			}
		}, ".canteen.purchases[0]", nil},
		{"a roster", func(c *report.County) {
			for i := range c.Schools {
				if len(c.Schools[i].Canteen.Rosters) > 0 {
					c.Schools[i].Canteen.Rosters[0].Canteen = ""
					return
				}
			}
		}, ".canteen.rosters[0]", nil},
		{"a fee filing", func(c *report.County) { c.Schools[1].Fees[0].Charges[0].ID = "" }, "schools[1].fees[0]", nil},
		{"enrollments", func(c *report.County) { c.Schools[2].Insurance.Enrollments[0].Insured = -1 }, "insured", nil},
		{"premiums", func(c *report.County) {
			for i := range c.Schools {
				if len(c.Schools[i].Insurance.Premiums) > 0 {
					c.Schools[i].Insurance.Premiums[0].Kind = "nope"
					return
				}
			}
		}, ".insurance", nil},
		{"a claim", func(c *report.County) { c.Claims[0].ID = "" }, "claims", nil},
		{"an inspection", func(c *report.County) { c.Schools[0].Inspections[1].Observations[0].Item = "nope" }, "schools[0].inspections[1]", nil},
		// Each statement is checked on its own first: its problems are
		// named by the statement, not by the chain (which would say the
		// canteen "differs from" the first statement's).
		{"two statements without a canteen", func(c *report.County) {
			c.Schools[0].Canteen.Statements[2].Canteen = ""
			c.Schools[0].Canteen.Statements[5].Canteen = ""
		}, "", []string{"schools[0].canteen.statements[2].canteen: missing", "schools[0].canteen.statements[5].canteen: missing"}},
		{"food-safety records", func(c *report.County) { c.Schools[8].Canteen.Records[0].Canteen = "" }, // S09
			"schools[8].canteen.records[0].canteen", nil},
		// A subsidy account's problem is named once, by the data's field
		// (subsidy[3], the canteen package's accounts[3]).
		{"a subsidy account", func(c *report.County) { c.Schools[10].Canteen.Subsidy[3].Pupils = -1 }, // S11
			"", []string{"schools[10].canteen.subsidy[3].pupils: must lie between 0 and 100,000, got -1"}},
		{"a duty", func(c *report.County) { c.Schools[10].Canteen.Duties[1].Person = "" }, // S11
			"", []string{"schools[10].canteen.duties[1].person: missing"}},
		// Build validates the county's own structure first: one inspection
		// a round, neither fewer nor more (more used to index past the
		// rounds and panic).
		{"no inspections", func(c *report.County) { c.Schools[1].Inspections = nil },
			"", []string{"schools[1].inspections: 0 inspections for 4 rounds"}},
		{"an inspection more than the rounds", func(c *report.County) {
			c.Schools[1].Inspections = append(c.Schools[1].Inspections, c.Schools[1].Inspections[0])
		}, "", []string{"schools[1].inspections: 5 inspections for 4 rounds"}},
		// A bad enrollment is named by its school and its place there, not
		// by its place in the county's list of every school's rows.
		{"an enrollment", func(c *report.County) { c.Schools[2].Insurance.Enrollments[0].Insured = -1 },
			"", []string{"schools[2].insurance.enrollments[0].insured: negative"}},
		{"a county with no rounds", func(c *report.County) { c.Rounds = nil },
			"rounds", nil},
		// The year's roll-up names the statements once: a chain that starts
		// a month late leaves September uncovered.
		{"a year's first month missing", func(c *report.County) {
			c.Schools[0].Canteen.Statements = c.Schools[0].Canteen.Statements[1:]
		}, "", []string{"schools[0].canteen.statements: gap: no statement covers 2025-09-01..2025-09-30"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := sample(t)
			tt.edit(c)
			_, err := report.Build(c)
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.ErrorContains(t, err, tt.field)
			if tt.errs != nil {
				var got []string
				for _, e := range houqin.InputErrors(err) {
					got = append(got, e.Field+": "+e.Reason)
				}
				assert.Equal(t, tt.errs, got)
			}
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
