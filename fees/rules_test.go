package fees_test

import (
	"golang.org/x/text/language"
	"strconv"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAuditRules runs each charging rule at and around its boundary. Every
// row starts from a filing with one clean charge and changes what the rule
// looks at.
func TestAuditRules(t *testing.T) {
	type row struct {
		name   string
		reason string
		policy func(*fees.Policy)
		filing func(*fees.Filing, *fees.Charge)
		want   []houqin.Code
		check  func(*testing.T, houqin.Findings)
	}
	rows := []row{
		{name: "clean charge", want: nil},

		// 1. The catalog and the forbidden categories.
		{name: "no item code", filing: func(_ *fees.Filing, c *fees.Charge) { c.Item = "" },
			want: []houqin.Code{fees.CodeNotInCatalog},
			check: func(t *testing.T, fs houqin.Findings) {
				assert.Equal(t, []string{"amount", "pupils"}, factNames(fs[0]))
				testkit.AssertYuan(t, "10.00", yuanFact(t, fs[0], "amount"))
			}},
		{name: "unknown item code", filing: func(_ *fees.Filing, c *fees.Charge) { c.Item = "tutoring" },
			want: []houqin.Code{fees.CodeNotInCatalog}},
		{name: "test papers outside the catalog", reason: "forbidden subsumes not-in-catalog: one finding",
			filing: func(_ *fees.Filing, c *fees.Charge) { c.Item = "papers"; c.Category = fees.TestPapers },
			want:   []houqin.Code{fees.CodeForbiddenItem}},
		{name: "computer time approved by the catalog", reason: "forbidden whatever the catalog says",
			filing: func(_ *fees.Filing, c *fees.Charge) { c.Item = "computer"; c.Amount = testkit.Dec("20.00") },
			want:   []houqin.Code{fees.CodeForbiddenItem}},
		{name: "forbidden category under an approved code", reason: "the charge's own category counts too",
			filing: func(_ *fees.Filing, c *fees.Charge) { c.Category = fees.DrinkingWater },
			want:   []houqin.Code{fees.CodeForbiddenItem}},
		{name: "a region that forbids nothing", policy: func(p *fees.Policy) { p.Forbidden = nil },
			filing: func(_ *fees.Filing, c *fees.Charge) { c.Item = "computer"; c.Amount = testkit.Dec("20.00") }},
		{name: "class T-shirts outside the catalog", reason: "collective clothing subsumes not-in-catalog: one finding",
			filing: func(_ *fees.Filing, c *fees.Charge) {
				c.Item, c.Category, c.Amount = "", fees.CollectiveClothing, testkit.Dec("35.00")
			},
			want: []houqin.Code{fees.CodeCollectiveClothing},
			check: func(t *testing.T, fs houqin.Findings) {
				assert.Equal(t, []string{"amount", "pupils"}, factNames(fs[0]))
				testkit.AssertYuan(t, "35.00", yuanFact(t, fs[0], "amount"))
			}},
		{name: "class T-shirts under an approved code", reason: "banned whatever the catalog says",
			filing: func(_ *fees.Filing, c *fees.Charge) { c.Category = fees.CollectiveClothing },
			want:   []houqin.Code{fees.CodeCollectiveClothing}},
		{name: "class T-shirts under a forbidden item", reason: "each banned category says what it is",
			filing: func(_ *fees.Filing, c *fees.Charge) {
				c.Item, c.Category, c.Amount = "computer", fees.CollectiveClothing, testkit.Dec("20.00")
			},
			want: []houqin.Code{fees.CodeForbiddenItem, fees.CodeCollectiveClothing}},
		{name: "class T-shirts where the region lists no collective clothing",
			policy: func(p *fees.Policy) { p.CollectiveClothing = nil },
			filing: func(_ *fees.Filing, c *fees.Charge) { c.Item, c.Category = "", fees.CollectiveClothing },
			want:   []houqin.Code{fees.CodeNotInCatalog}},
		{name: "a uniform is not collective clothing", filing: uniform(nil)},

		// Scope.
		{name: "boarding approved for senior secondary, charged in primary",
			filing: func(_ *fees.Filing, c *fees.Charge) { c.Item = "boarding"; c.Amount = testkit.Dec("200.00") },
			want:   []houqin.Code{fees.CodeStageOutOfScope}},
		{name: "boarding for the senior classes of the school", reason: "the charge's stage overrides the filing's",
			filing: func(_ *fees.Filing, c *fees.Charge) {
				c.Item = "boarding"
				c.Amount = testkit.Dec("200.00")
				c.Stage = fees.SeniorSecondary
			}},
		{name: "uniform for approved grades", filing: uniform(func(c *fees.Charge) { c.Grades = []int{1, 3, 4} })},
		{name: "uniform for grades 2 and 5", reason: "one finding per grade outside the approval",
			filing: uniform(func(c *fees.Charge) { c.Grades = []int{1, 2, 5} }),
			want:   []houqin.Code{fees.CodeGradeOutOfScope, fees.CodeGradeOutOfScope},
			check: func(t *testing.T, fs houqin.Findings) {
				g, _ := fs[0].Fact("grade")
				assert.Equal(t, "2", g.String())
				g, _ = fs[1].Fact("grade")
				assert.Equal(t, "5", g.String())
			}},
		{name: "uniform without grades", reason: "the host does not say: not checked",
			filing: uniform(func(c *fees.Charge) { c.Grades = nil })},

		// 2. The standard: exactly the standard complies; one fen more does not.
		{name: "uniform at the standard", filing: uniform(nil)},
		{name: "uniform one fen over", filing: uniform(func(c *fees.Charge) { c.Amount = testkit.Dec("80.01") }),
			want: []houqin.Code{fees.CodeOverStandard},
			check: func(t *testing.T, fs houqin.Findings) {
				f := fs[0]
				assert.Equal(t, []string{"amount", "standard", "excess_per_pupil", "pupils", "excess_total"}, factNames(f))
				testkit.AssertYuan(t, "80.00", yuanFact(t, f, "standard"))
				testkit.AssertYuan(t, "0.01", yuanFact(t, f, "excess_per_pupil"))
				testkit.AssertYuan(t, "1.00", yuanFact(t, f, "excess_total")) // 0.01 × 100 pupils
			}},
		{name: "five months of meals at five times the monthly standard", reason: "150.00 × 5 = 750.00",
			filing: meals(testkit.Dec("750.00"), 5)},
		{name: "five months of meals one fen over", filing: meals(testkit.Dec("750.01"), 5),
			want: []houqin.Code{fees.CodeOverStandard},
			check: func(t *testing.T, fs houqin.Findings) {
				testkit.AssertYuan(t, "750.00", yuanFact(t, fs[0], "standard"))
			}},
		{name: "quantity zero means one", filing: meals(testkit.Dec("150.01"), 0),
			want: []houqin.Code{fees.CodeOverStandard}},

		// 3. Publication.
		{name: "published on the day of collection", reason: "PublishLeadDays 0: the day itself is in time"},
		{name: "published the day after collection",
			filing: func(_ *fees.Filing, c *fees.Charge) { c.Published = day(2025, 9, 2) },
			want:   []houqin.Code{fees.CodeCollectedBeforePublication},
			check: func(t *testing.T, fs houqin.Findings) {
				assert.Equal(t, []string{"published_on", "collected_on", "due"}, factNames(fs[0]))
				d, _ := fs[0].Facts[2].Date()
				assert.Equal(t, day(2025, 9, 1), d)
			}},
		{name: "three days' notice given", policy: func(p *fees.Policy) { p.PublishLeadDays = 3 },
			filing: func(_ *fees.Filing, c *fees.Charge) { c.Published = day(2025, 8, 29) }},
		{name: "two days' notice where three are required", policy: func(p *fees.Policy) { p.PublishLeadDays = 3 },
			filing: func(_ *fees.Filing, c *fees.Charge) { c.Published = day(2025, 8, 30) },
			want:   []houqin.Code{fees.CodeCollectedBeforePublication}},
		{name: "never published", filing: func(_ *fees.Filing, c *fees.Charge) { c.Published = houqin.Date{} },
			want: []houqin.Code{fees.CodeNotPublished}},
		{name: "planned, neither published nor collected", reason: "nothing collected yet: no publication rule",
			filing: func(_ *fees.Filing, c *fees.Charge) { c.Published = houqin.Date{}; c.Collected = houqin.Date{} }},

		// 4. Voluntary means voluntary.
		{name: "uniform presented as compulsory", filing: uniform(func(c *fees.Charge) { c.Compulsory = true }),
			want: []houqin.Code{fees.CodeVoluntaryMadeCompulsory}},
		{name: "uniform tied to enrolment", filing: uniform(func(c *fees.Charge) { c.EnrolmentCondition = true }),
			want: []houqin.Code{fees.CodeVoluntaryTiedToEnrolment}},
		{name: "uniform with one consent missing", filing: uniform(func(c *fees.Charge) { c.Consents = 99 }),
			want: []houqin.Code{fees.CodeVoluntaryWithoutConsent},
			check: func(t *testing.T, fs houqin.Findings) {
				assert.Equal(t, []string{"pupils", "consents", "missing"}, factNames(fs[0]))
				m, _ := fs[0].Fact("missing")
				assert.Equal(t, "1", m.String())
			}},
		// 100 pupils, no consent at all: the variant says so, and counts no
		// "0 families".
		{name: "uniform with no consent at all", filing: uniform(func(c *fees.Charge) { c.Consents = 0 }),
			want: []houqin.Code{fees.CodeVoluntaryNoConsent},
			check: func(t *testing.T, fs houqin.Findings) {
				assert.Equal(t, []string{"pupils"}, factNames(fs[0]))
				assert.Contains(t, fs[0].Message(language.SimplifiedChinese), "没有任何学生家长的自愿确认记录")
				assert.Contains(t, fs[0].Message(language.English), "with no family's consent on record")
			}},
		// Charged to no pupil (Pupils 0, Consents 0): no family to ask, so
		// no consent is missing.
		{name: "uniform charged to no pupil", reason: "no family whose consent could be missing",
			filing: uniform(func(c *fees.Charge) { c.Pupils, c.Consents = 0, 0 })},
		{name: "milk, a service fee not flagged voluntary, made compulsory", reason: "ServiceFeesVoluntary",
			filing: milk(func(c *fees.Charge) { c.Compulsory = true }),
			want:   []houqin.Code{fees.CodeVoluntaryMadeCompulsory}},
		{name: "milk made compulsory where service fees are not voluntary by policy",
			policy: func(p *fees.Policy) { p.ServiceFeesVoluntary = false },
			filing: milk(func(c *fees.Charge) { c.Compulsory = true; c.Consents = 0 })},
		{name: "exercise books are compulsory", reason: "an agency item that is not voluntary",
			filing: func(_ *fees.Filing, c *fees.Charge) { c.Compulsory = true; c.Consents = 0 }},

		// 5. Who handles the money.
		{name: "uniform through the supplies point", filing: uniform(nil)},
		{name: "uniform collected by class teachers", filing: uniform(func(c *fees.Charge) { c.Handler = fees.HandlerSchool }),
			want: []houqin.Code{fees.CodeSuppliesHandledBySchool},
			check: func(t *testing.T, fs houqin.Findings) {
				assert.Equal(t, []string{"amount", "pupils", "collected"}, factNames(fs[0]))
				testkit.AssertYuan(t, "8000.00", yuanFact(t, fs[0], "collected"))
			}},
		{name: "accident insurance at the insurer's window", filing: insurance(fees.HandlerInsurerWindow)},
		{name: "accident insurance paid to the insurer", filing: insurance(fees.HandlerProvider)},
		{name: "accident insurance collected by the school", filing: insurance(fees.HandlerSchool),
			want: []houqin.Code{fees.CodeInsuranceCollectedBySchool}},
		{name: "accident insurance at the school's supplies point", reason: "the school at all",
			filing: insurance(fees.HandlerSuppliesPoint),
			want:   []houqin.Code{fees.CodeInsuranceCollectedBySchool}},

		// 6. Rural compulsory education.
		{name: "rural primary school, exercise books", filing: rural(nil)},
		{name: "rural primary school, voluntary meals", filing: rural(func(c *fees.Charge) {
			c.Item = "meals"
			c.Amount = testkit.Dec("150.00")
		})},
		{name: "rural primary school, milk", filing: rural(func(c *fees.Charge) {
			c.Item, c.Amount, c.Handler = "milk", testkit.Dec("60.00"), fees.HandlerSuppliesPoint
		}), want: []houqin.Code{fees.CodeRuralCompulsoryItem}},
		{name: "rural primary school, exercise books filed as handouts", reason: "every category must be allowed",
			filing: rural(func(c *fees.Charge) { c.Category = fees.Handouts }),
			want:   []houqin.Code{fees.CodeForbiddenItem, fees.CodeRuralCompulsoryItem}},
		{name: "rural primary school, a charge outside the catalog without category",
			filing: rural(func(c *fees.Charge) { c.Item = "" }),
			want:   []houqin.Code{fees.CodeNotInCatalog, fees.CodeRuralCompulsoryItem}},
		{name: "rural primary school, milk filed as meals", reason: "the item's category must be allowed too",
			filing: rural(func(c *fees.Charge) {
				c.Item, c.Amount, c.Handler, c.Category = "milk", testkit.Dec("60.00"), fees.HandlerSuppliesPoint, fees.Meals
			}), want: []houqin.Code{fees.CodeRuralCompulsoryItem}},
		{name: "rural senior school, milk", reason: "senior secondary is not compulsory",
			filing: func(f *fees.Filing, c *fees.Charge) {
				f.Rural, f.Stage = true, fees.SeniorSecondary
				c.Item, c.Amount, c.Handler = "milk", testkit.Dec("60.00"), fees.HandlerSuppliesPoint
			}},
		{name: "rural rule switched off", policy: func(p *fees.Policy) { p.RuralCompulsoryRule = false },
			filing: rural(func(c *fees.Charge) {
				c.Item, c.Amount, c.Handler = "milk", testkit.Dec("60.00"), fees.HandlerSuppliesPoint
			})},
		{name: "urban primary school, milk", filing: milk(nil)},

		// 7. No margin on agency fees.
		{name: "exercise books at the publisher's price",
			filing: func(_ *fees.Filing, c *fees.Charge) { c.ProviderPrice = decimal.NewNullDecimal(testkit.Dec("10.00")) }},
		{name: "exercise books one fen above the publisher's price",
			filing: func(_ *fees.Filing, c *fees.Charge) { c.ProviderPrice = decimal.NewNullDecimal(testkit.Dec("9.99")) },
			want:   []houqin.Code{fees.CodeAgencyMargin},
			check: func(t *testing.T, fs houqin.Findings) {
				assert.Equal(t, []string{"amount", "provider_price", "margin_per_pupil", "pupils", "margin_total"}, factNames(fs[0]))
				testkit.AssertYuan(t, "0.01", yuanFact(t, fs[0], "margin_per_pupil"))
				testkit.AssertYuan(t, "1.00", yuanFact(t, fs[0], "margin_total"))
			}},
		{name: "a service fee above a provider's price", reason: "the margin rule is for agency fees",
			filing: milk(func(c *fees.Charge) { c.ProviderPrice = decimal.NewNullDecimal(testkit.Dec("50.00")) })},

		// 9. Uniform money settled with the supplier.
		{name: "uniform settled on the 30th day", filing: uniform(func(c *fees.Charge) { c.SupplierSettled = day(2025, 10, 1) })},
		{name: "uniform settled on the 31st day", filing: uniform(func(c *fees.Charge) { c.SupplierSettled = day(2025, 10, 2) }),
			want: []houqin.Code{fees.CodeSupplierSettledLate},
			check: func(t *testing.T, fs houqin.Findings) {
				assert.Equal(t, []string{"collected_on", "due", "settled_on"}, factNames(fs[0]))
			}},
		{name: "uniform unsettled on its due day", reason: "collected 1 September, 30 days: due 1 October",
			filing: func(f *fees.Filing, c *fees.Charge) {
				uniform(func(c *fees.Charge) { c.SupplierSettled = houqin.Date{} })(f, c)
				f.AsOf = day(2025, 10, 1)
			}},
		{name: "uniform unsettled a day after its due day",
			filing: func(f *fees.Filing, c *fees.Charge) {
				uniform(func(c *fees.Charge) { c.SupplierSettled = houqin.Date{} })(f, c)
				f.AsOf = day(2025, 10, 2)
			},
			want: []houqin.Code{fees.CodeSupplierUnsettled},
			check: func(t *testing.T, fs houqin.Findings) {
				assert.Equal(t, []string{"collected_on", "due", "as_of", "collected"}, factNames(fs[0]))
			}},
		{name: "uniform paid to the supplier directly", reason: "the money never passed through the school",
			filing: func(f *fees.Filing, c *fees.Charge) {
				uniform(func(c *fees.Charge) { c.SupplierSettled = houqin.Date{}; c.Handler = fees.HandlerProvider })(f, c)
				f.AsOf = day(2026, 3, 1)
			}},

		// A charge of nothing.
		{name: "a free item outside the catalog", reason: "nothing charged: no charging rule",
			filing: func(_ *fees.Filing, c *fees.Charge) {
				c.Item = ""
				c.Amount = decimal.Zero
				c.Published = houqin.Date{}
			}},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			p := fees.DefaultPolicy()
			if tt.policy != nil {
				tt.policy(&p)
			}
			a := newAuditor(t, p)
			c := cleanCharge()
			f := baseFiling()
			if tt.filing != nil {
				tt.filing(&f, &c)
			}
			f.Charges = []fees.Charge{c}
			r, err := a.Audit(f)
			require.NoError(t, err)
			assert.ElementsMatch(t, tt.want, codes(r.Findings), tt.reason)
			for _, x := range r.Findings {
				assert.Equal(t, c.ID, x.Subject)
			}
			if tt.check != nil && len(r.Findings) == len(tt.want) {
				tt.check(t, r.Findings)
			}
		})
	}
}

// uniform turns the charge into a clean uniform charge through the supplies
// point, settled with the supplier in time, then applies more.
func uniform(more func(*fees.Charge)) func(*fees.Filing, *fees.Charge) {
	return func(_ *fees.Filing, c *fees.Charge) {
		c.Item, c.Amount, c.Handler = "uniform", testkit.Dec("80.00"), fees.HandlerSuppliesPoint
		c.SupplierSettled = day(2025, 9, 20)
		if more != nil {
			more(c)
		}
	}
}

func meals(amount decimal.Decimal, months int) func(*fees.Filing, *fees.Charge) {
	return func(_ *fees.Filing, c *fees.Charge) {
		c.Item, c.Amount, c.Quantity = "meals", amount, months
	}
}

func milk(more func(*fees.Charge)) func(*fees.Filing, *fees.Charge) {
	return func(_ *fees.Filing, c *fees.Charge) {
		c.Item, c.Amount, c.Handler = "milk", testkit.Dec("60.00"), fees.HandlerSuppliesPoint
		if more != nil {
			more(c)
		}
	}
}

func insurance(h fees.Handler) func(*fees.Filing, *fees.Charge) {
	return func(_ *fees.Filing, c *fees.Charge) {
		c.Item, c.Amount, c.Handler = "accident", testkit.Dec("50.00"), h
	}
}

func rural(more func(*fees.Charge)) func(*fees.Filing, *fees.Charge) {
	return func(f *fees.Filing, c *fees.Charge) {
		f.Rural = true
		if more != nil {
			more(c)
		}
	}
}

// TestSettlementDeadlines runs the publication deadline of the settlement
// (rule 8) at its boundary: term end 20 January 2026, 30 days: due 19
// February 2026.
func TestSettlementDeadlines(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	rows := []struct {
		name      string
		published houqin.Date
		asOf      houqin.Date
		spending  bool
		item      string
		want      []houqin.Code
	}{
		{"published on the due day", day(2026, 2, 19), day(2026, 3, 1), true, "exercise_books", nil},
		{"published a day late", day(2026, 2, 20), day(2026, 3, 1), true, "exercise_books", []houqin.Code{fees.CodeSettlementPublishedLate}},
		{"unpublished on the due day", houqin.Date{}, day(2026, 2, 19), true, "exercise_books", nil},
		{"unpublished a day after", houqin.Date{}, day(2026, 2, 20), true, "exercise_books", []houqin.Code{fees.CodeSettlementUnpublished}},
		{"no settlement at all, due day", houqin.Date{}, day(2026, 2, 19), false, "exercise_books", nil},
		{"no settlement at all, a day after", houqin.Date{}, day(2026, 2, 20), false, "exercise_books", []houqin.Code{fees.CodeSettlementUnpublished}},
		{"no settlement of a one-fee item", houqin.Date{}, day(2026, 6, 1), false, "misc", nil},
		{"no settlement of a charge outside the catalog", houqin.Date{}, day(2026, 6, 1), false, "", []houqin.Code{fees.CodeNotInCatalog}},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			c := cleanCharge()
			c.Item = tt.item
			f := baseFiling(c)
			f.AsOf = tt.asOf
			if tt.spending {
				f.Spending = []fees.Spending{{Charge: "c1", Actual: testkit.Dec("1000.00"), Published: tt.published}}
			}
			r, err := a.Audit(f)
			require.NoError(t, err)
			assert.ElementsMatch(t, tt.want, codes(r.Findings))
			for _, x := range testkit.Of(r.Findings, fees.CodeSettlementPublishedLate) {
				assert.Equal(t, []string{"term_end", "due", "published_on"}, factNames(x))
			}
			for _, x := range testkit.Of(r.Findings, fees.CodeSettlementUnpublished) {
				assert.Equal(t, []string{"term_end", "due", "as_of"}, factNames(x))
				d, _ := x.Facts[1].Date()
				assert.Equal(t, day(2026, 2, 19), d)
			}
		})
	}

	t.Run("term end from the calendar", func(t *testing.T) {
		// Autumn term 2025 of the default calendar ends 31 January 2026;
		// due 2 March 2026.
		f := baseFiling(cleanCharge())
		f.TermEnd = houqin.Date{}
		f.Term = houqin.Term{Year: 2025, Semester: houqin.Autumn}
		f.AsOf = day(2026, 3, 2)
		f.Spending = []fees.Spending{{Charge: "c1", Actual: testkit.Dec("1000.00")}}
		r, err := a.Audit(f)
		require.NoError(t, err)
		assert.Empty(t, r.Findings)
		f.AsOf = day(2026, 3, 3)
		r, err = a.Audit(f)
		require.NoError(t, err)
		require.Equal(t, []houqin.Code{fees.CodeSettlementUnpublished}, codes(r.Findings))
		d, _ := r.Findings[0].Facts[0].Date()
		assert.Equal(t, day(2026, 1, 31), d)
	})

	t.Run("a charge collected after term end belongs to the next term", func(t *testing.T) {
		c := cleanCharge()
		c.Published, c.Collected = day(2026, 2, 25), day(2026, 2, 25)
		f := baseFiling(c)
		f.AsOf = day(2026, 6, 1)
		r, err := a.Audit(f)
		require.NoError(t, err)
		assert.Empty(t, r.Findings)
	})

	t.Run("no term end: no settlement deadline", func(t *testing.T) {
		f := baseFiling(cleanCharge())
		f.TermEnd = houqin.Date{}
		f.AsOf = day(2027, 1, 1)
		r, err := a.Audit(f)
		require.NoError(t, err)
		assert.Empty(t, r.Findings)
	})
}

// TestAuditFindingsSorted checks that a filing with many broken rules comes
// back sorted and deterministic.
func TestAuditFindingsSorted(t *testing.T) {
	a := newAuditor(t, kitchenPolicy())
	f := kitchenSink()
	r1, err := a.Audit(f)
	require.NoError(t, err)
	r2, err := a.Audit(f)
	require.NoError(t, err)
	assert.Equal(t, r1, r2)
	sorted := append(houqin.Findings(nil), r1.Findings...)
	sorted.Sort()
	assert.Equal(t, sorted, r1.Findings)
	assert.Equal(t, houqin.Violation, r1.Findings.Worst())
}

// kitchenSink is a filing that triggers every code of the package.
func kitchenSink() fees.Filing {
	pub, col := day(2025, 9, 1), day(2025, 9, 1)
	c := func(id, item string, amount string, pupils int) fees.Charge {
		return fees.Charge{ID: id, Item: item, Amount: testkit.Dec(amount), Pupils: pupils,
			Published: pub, Collected: col, Consents: pupils, Handler: fees.HandlerSuppliesPoint,
			SupplierSettled: day(2025, 9, 10)}
	}
	notInCatalog := c("tutoring", "tutoring", "200.00", 30)
	forbidden := c("papers", "", "15.00", 30)
	forbidden.Category = fees.TestPapers
	clothing := c("tshirts", "", "35.00", 45)
	clothing.Category = fees.CollectiveClothing
	stage := c("boarding", "boarding", "200.00", 10)
	grade := c("uniform-g2", "uniform", "80.00", 40)
	grade.Grades = []int{2}
	over := c("uniform-over", "uniform", "95.00", 40)
	unpublished := c("milk-unpublished", "milk", "60.00", 50)
	unpublished.Published = houqin.Date{}
	late := c("milk-late", "milk", "60.00", 50)
	late.Published = day(2025, 9, 5)
	compulsory := c("meals-compulsory", "meals", "150.00", 80)
	compulsory.Compulsory = true
	enrol := c("meals-enrol", "meals", "150.00", 80)
	enrol.EnrolmentCondition = true
	consent := c("meals-consent", "meals", "150.00", 80)
	consent.Consents = 70
	noConsent := c("meals-no-consent", "meals", "150.00", 80)
	noConsent.Consents = 0
	supplies := c("uniform-school", "uniform", "80.00", 40)
	supplies.Handler = fees.HandlerSchool
	ins := c("accident", "accident", "50.00", 40)
	ins.Handler = fees.HandlerSchool
	margin := c("books-margin", "exercise_books", "10.00", 100)
	margin.ProviderPrice = decimal.NewNullDecimal(testkit.Dec("8.50"))
	compulsory.Payment, margin.Payment = "pay-1", "pay-1" // bundled
	settledLate := c("uniform-late", "uniform", "80.00", 40)
	settledLate.SupplierSettled = day(2025, 11, 1)
	unsettled := c("uniform-unsettled", "uniform", "80.00", 40)
	unsettled.SupplierSettled = houqin.Date{}
	refund := c("books", "exercise_books", "10.00", 3)
	topUp := c("textbooks", "textbooks", "100.00", 3)
	borne := c("milk-borne", "milk", "60.00", 3)
	pubLate := c("books-pub-late", "exercise_books", "10.00", 3)
	// The one fee of these pupils: books-margin 10.00, books 10.00,
	// textbooks 100.00, books-pub-late 10.00 and misc 31.00 make 161.00,
	// 1.00 above the rural primary cap of 160.00.
	oneFee := c("misc-over", "misc", "31.00", 3)
	mealsAhead := c("meals-ahead", "meals", "900.00", 80) // September to February: into the spring term
	mealsAhead.Quantity = 6
	mealsAhead.Covers = houqin.Period{From: day(2025, 9, 1), To: day(2026, 2, 28)}
	dormAhead := c("dorm-ahead", "dorm", "1600.00", 20) // two school years at once
	dormAhead.Quantity = 2
	leavers := c("care-leavers", "care", "100.00", 3)
	leavers.Covers = houqin.Period{From: day(2025, 9, 1), To: day(2026, 1, 16)}
	// 138 days; the pupil's last day is 31 October, the 61st: 77 days
	// unused, 100.00 × 77 ÷ 138 = 55.797… → 55.80 owed, 50.00 refunded.
	leavers.Leavers = []fees.Leaver{{Pupil: "p1", Left: day(2025, 10, 31), Refunded: testkit.Dec("50.00")}}
	return fees.Filing{
		School: "kitchen-sink", Stage: fees.Primary, Rural: true,
		TermEnd: day(2026, 1, 20), AsOf: day(2026, 3, 1),
		Charges: []fees.Charge{notInCatalog, forbidden, clothing, stage, grade, over, unpublished, late,
			compulsory, enrol, consent, noConsent, supplies, ins, margin, settledLate, unsettled, refund, topUp, borne, pubLate, oneFee,
			mealsAhead, dormAhead, leavers},
		Spending: []fees.Spending{
			{Charge: "books", Actual: testkit.Dec("0.00"), Published: day(2026, 1, 25)},
			{Charge: "textbooks", Actual: testkit.Dec("300.01"), Published: day(2026, 1, 25)},
			{Charge: "milk-borne", Actual: testkit.Dec("200.00"), Published: day(2026, 1, 25)},
			{Charge: "books-pub-late", Actual: testkit.Dec("30.00"), Published: day(2026, 2, 25)},
		},
	}
}

func TestAuditCoversEveryCode(t *testing.T) {
	a := newAuditor(t, kitchenPolicy())
	r, err := a.Audit(kitchenSink())
	require.NoError(t, err)
	for _, c := range fees.Codes() {
		assert.True(t, r.Findings.Has(c), "no finding of %s", c)
	}
	for _, f := range r.Findings {
		want, ok := documentedFacts[f.Code]
		require.True(t, ok, "%s has no documented facts in the test", f.Code)
		assert.Equal(t, want, factNames(f), "facts of %s", f.Code)
	}
}

// documentedFacts are the facts each code's doc comment lists, in order.
var documentedFacts = map[houqin.Code][]string{
	fees.CodeNotInCatalog:               {"amount", "pupils"},
	fees.CodeForbiddenItem:              {"amount", "pupils"},
	fees.CodeCollectiveClothing:         {"amount", "pupils"},
	fees.CodeStageOutOfScope:            {"amount", "pupils"},
	fees.CodeGradeOutOfScope:            {"grade"},
	fees.CodeOverStandard:               {"amount", "standard", "excess_per_pupil", "pupils", "excess_total"},
	fees.CodeRepeatedOverStandard:       {"charge", "amount", "total", "standard", "excess_per_pupil", "pupils", "excess_total"},
	fees.CodeOneFeeOverCap:              {"charges", "amount", "total", "cap", "excess_per_pupil", "pupils", "excess_total"},
	fees.CodeNotPublished:               {"collected_on"},
	fees.CodeCollectedBeforePublication: {"published_on", "collected_on", "due"},
	fees.CodeVoluntaryMadeCompulsory:    {"pupils"},
	fees.CodeVoluntaryTiedToEnrolment:   {"pupils"},
	fees.CodeVoluntaryWithoutConsent:    {"pupils", "consents", "missing"},
	fees.CodeVoluntaryNoConsent:         {"pupils"},
	fees.CodeBundledWithCompulsory:      {"amount", "compulsory", "pupils"},
	fees.CodeSuppliesHandledBySchool:    {"amount", "pupils", "collected"},
	fees.CodeInsuranceCollectedBySchool: {"amount", "pupils", "collected"},
	fees.CodeRuralCompulsoryItem:        {"amount", "pupils", "collected"},
	fees.CodeAgencyMargin:               {"amount", "provider_price", "margin_per_pupil", "pupils", "margin_total"},
	fees.CodeChargedAcrossTerms:         {"collected_on", "term_end", "covers_to"},
	fees.CodeChargedAcrossYears:         {"collected_on", "year_end", "covers_to"},
	fees.CodeLeavingRefundShort:         {"leavers", "due", "short"},
	fees.CodeRefundDue:                  {"collected", "actual", "excess", "pupils"},
	fees.CodeTopUpDue:                   {"collected", "actual", "shortfall", "pupils"},
	fees.CodeShortfallBorne:             {"collected", "actual", "shortfall"},
	fees.CodeSettlementPublishedLate:    {"term_end", "due", "published_on"},
	fees.CodeSettlementUnpublished:      {"term_end", "due", "as_of"},
	fees.CodeSupplierSettledLate:        {"collected_on", "due", "settled_on"},
	fees.CodeSupplierUnsettled:          {"collected_on", "due", "as_of", "collected"},
}

func TestSeverities(t *testing.T) {
	a := newAuditor(t, kitchenPolicy())
	r, err := a.Audit(kitchenSink())
	require.NoError(t, err)
	notices := map[houqin.Code]bool{fees.CodeRefundDue: true, fees.CodeTopUpDue: true, fees.CodeShortfallBorne: true}
	for _, f := range r.Findings {
		if notices[f.Code] {
			assert.Equal(t, houqin.Notice, f.Severity, f.Code)
		} else {
			assert.Equal(t, houqin.Violation, f.Severity, f.Code)
		}
	}
	assert.ErrorIs(t, r.Findings.Err(), fees.CodeOverStandard)
}

// TestZeroPolicy documents the zero Policy's meaning: nothing forbidden, no
// student supplies or insurance named, no rural rule, no service fee
// voluntary by default, zero-day deadlines, the default calendar.
func TestZeroPolicy(t *testing.T) {
	a, err := fees.New(fees.Policy{}, testCatalog())
	require.NoError(t, err)
	f := kitchenSink()
	f.TermEnd = houqin.Date{}
	f.Term = houqin.Term{Year: 2025, Semester: houqin.Autumn} // ends 31 January 2026 by the default calendar
	r, err := a.Audit(f)
	require.NoError(t, err)
	for _, c := range []houqin.Code{fees.CodeForbiddenItem, fees.CodeCollectiveClothing, fees.CodeSuppliesHandledBySchool, fees.CodeInsuranceCollectedBySchool,
		fees.CodeRuralCompulsoryItem, fees.CodeSupplierSettledLate, fees.CodeSupplierUnsettled} {
		assert.False(t, r.Findings.Has(c), c)
	}
	// Due on term end itself: 31 January 2026; books-pub-late was published
	// 25 February.
	late := testkit.Of(r.Findings, fees.CodeSettlementPublishedLate)
	require.NotEmpty(t, late)
	d, _ := late[0].Facts[1].Date()
	assert.Equal(t, day(2026, 1, 31), d)
	assert.True(t, r.Findings.Has(fees.CodeNotInCatalog), "papers, forbidden by no policy, is still outside the catalog")
}

// TestBundling runs the bundling rule: a voluntary item in one payment with
// a compulsory charge. Meals are voluntary (150.00 a month), exercise books
// a compulsory agency fee (10.00), misc a one-fee item (30.00), boarding a
// service fee of the compulsory category boarding (200.00).
func TestBundling(t *testing.T) {
	charge := func(id, item, amount, payment string) fees.Charge {
		c := cleanCharge()
		c.ID, c.Item, c.Amount, c.Payment = id, item, testkit.Dec(amount), payment
		return c
	}
	rows := []struct {
		name       string
		policy     func(*fees.Policy)
		charges    []fees.Charge
		want       []string // subjects of the bundling findings
		compulsory string   // the compulsory fact of the first
	}{
		{name: "meals with the exercise books in one payment",
			charges: []fees.Charge{charge("meals", "meals", "150.00", "p1"), charge("books", "exercise_books", "10.00", "p1")},
			want:    []string{"meals"}, compulsory: "10.00"},
		{name: "in separate payments",
			charges: []fees.Charge{charge("meals", "meals", "150.00", "p1"), charge("books", "exercise_books", "10.00", "p2")}},
		{name: "each on its own",
			charges: []fees.Charge{charge("meals", "meals", "150.00", ""), charge("books", "exercise_books", "10.00", "")}},
		{name: "with two compulsory charges",
			charges: []fees.Charge{charge("books", "exercise_books", "10.00", "p1"), charge("meals", "meals", "150.00", "p1"), charge("misc", "misc", "30.00", "p1")},
			want:    []string{"meals"}, compulsory: "40.00"},
		{name: "with boarding, a voluntary service of a compulsory category",
			charges: []fees.Charge{charge("meals", "meals", "150.00", "p1"), charge("boarding", "boarding", "200.00", "p1")},
			want:    []string{"meals"}, compulsory: "200.00"},
		{name: "with boarding where no category is compulsory", policy: func(p *fees.Policy) { p.Compulsory = nil },
			charges: []fees.Charge{charge("meals", "meals", "150.00", "p1"), charge("boarding", "boarding", "200.00", "p1")}},
		{name: "with tuition outside the catalog",
			charges: func() []fees.Charge {
				tuition := charge("tuition", "", "600.00", "p1")
				tuition.Category = fees.Tuition
				return []fees.Charge{tuition, charge("meals", "meals", "150.00", "p1")}
			}(),
			want: []string{"meals"}, compulsory: "600.00"},
		{name: "two voluntary items in one payment",
			charges: []fees.Charge{charge("meals", "meals", "150.00", "p1"), charge("accident", "accident", "50.00", "p1")}},
		{name: "two voluntary items with a compulsory one",
			charges: []fees.Charge{charge("meals", "meals", "150.00", "p1"), charge("accident", "accident", "50.00", "p1"), charge("books", "exercise_books", "10.00", "p1")},
			want:    []string{"accident", "meals"}, compulsory: "10.00"},
		{name: "with exercise books of nothing",
			charges: []fees.Charge{charge("meals", "meals", "150.00", "p1"), charge("books", "exercise_books", "0", "p1")}},
		{name: "meals of nothing with the exercise books",
			charges: []fees.Charge{charge("meals", "meals", "0", "p1"), charge("books", "exercise_books", "10.00", "p1")}},
		{name: "meals presented as voluntary consents and all",
			charges: []fees.Charge{charge("meals", "meals", "150.00", "p1"), charge("books", "exercise_books", "10.00", "p1")},
			want:    []string{"meals"}, compulsory: "10.00"},
		{name: "where service fees are not voluntary by policy", policy: func(p *fees.Policy) { p.ServiceFeesVoluntary = false },
			charges: []fees.Charge{charge("milk", "milk", "60.00", "p1"), charge("books", "exercise_books", "10.00", "p1")}},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			p := fees.DefaultPolicy()
			if tt.policy != nil {
				tt.policy(&p)
			}
			a := newAuditor(t, p)
			f := baseFiling(tt.charges...)
			f.Stage = fees.SeniorSecondary // boarding's stage; the others have every stage or none checked here
			r, err := a.Audit(f)
			require.NoError(t, err)
			got := testkit.Of(r.Findings, fees.CodeBundledWithCompulsory)
			var subjects []string
			for _, x := range got {
				subjects = append(subjects, x.Subject)
				assert.Equal(t, []string{"amount", "compulsory", "pupils"}, factNames(x))
			}
			assert.Equal(t, tt.want, subjects)
			if len(got) > 0 {
				testkit.AssertYuan(t, tt.compulsory, yuanFact(t, got[0], "compulsory"))
			}
		})
	}
}

// TestRepeatedCharges runs the sum of an item's charges to the same pupils
// at and around the standard. care is ¥100.00 per term, dorm ¥800.00 per
// year, meals ¥150.00 per month; every charge is to 100 pupils and
// collected on 1 September unless the row says otherwise.
func TestRepeatedCharges(t *testing.T) {
	type fact struct {
		subject                         string
		charge                          int64
		amount, total, standard, excess string
		excessTotal                     string
	}
	ch := func(id, item, amount string, more ...func(*fees.Charge)) fees.Charge {
		c := cleanCharge()
		c.ID, c.Item, c.Amount = id, item, testkit.Dec(amount)
		for _, m := range more {
			m(&c)
		}
		return c
	}
	on := func(m time.Month, d int) func(*fees.Charge) {
		return func(c *fees.Charge) { c.Published, c.Collected = day(2025, m, d), day(2025, m, d) }
	}
	grades := func(g ...int) func(*fees.Charge) { return func(c *fees.Charge) { c.Grades = g } }
	senior := func(c *fees.Charge) { c.Stage = fees.SeniorSecondary }
	rows := []struct {
		name    string
		charges []fees.Charge
		earlier []fees.Charge
		want    []fact
		also    []houqin.Code // other codes expected
	}{
		{name: "two charges of 60.00 against 100.00", // 60 + 60 = 120: 20 over, × 100 = 2,000
			charges: []fees.Charge{ch("c1", "care", "60.00"), ch("c2", "care", "60.00")},
			want:    []fact{{"c2", 2, "60.00", "120.00", "100.00", "20.00", "2000.00"}}},
		{name: "two charges of 50.00: exactly the standard",
			charges: []fees.Charge{ch("c1", "care", "50.00"), ch("c2", "care", "50.00")}},
		{name: "one fen over in two charges", // 50.00 + 50.01 = 100.01: 0.01 over, × 100 = 1.00
			charges: []fees.Charge{ch("c1", "care", "50.00"), ch("c2", "care", "50.01")},
			want:    []fact{{"c2", 2, "50.01", "100.01", "100.00", "0.01", "1.00"}}},
		{name: "the third charge takes it over", // 40 × 3 = 120
			charges: []fees.Charge{ch("c1", "care", "40.00"), ch("c2", "care", "40.00"), ch("c3", "care", "40.00")},
			want:    []fact{{"c3", 3, "40.00", "120.00", "100.00", "20.00", "2000.00"}}},
		{name: "every charge after the standard is spent is excess in full", // 20 + 60 = 80 = 180 − 100
			charges: []fees.Charge{ch("c1", "care", "60.00"), ch("c2", "care", "60.00"), ch("c3", "care", "60.00")},
			want: []fact{{"c2", 2, "60.00", "120.00", "100.00", "20.00", "2000.00"},
				{"c3", 3, "60.00", "180.00", "100.00", "60.00", "6000.00"}}},
		{name: "a first charge over its own standard is over_standard's", // 20 (over_standard) + 30 = 50 = 150 − 100
			charges: []fees.Charge{ch("c1", "care", "120.00"), ch("c2", "care", "30.00")},
			want:    []fact{{"c2", 2, "30.00", "150.00", "100.00", "30.00", "3000.00"}},
			also:    []houqin.Code{fees.CodeOverStandard}},
		{name: "counted in the order of collection",
			charges: []fees.Charge{ch("c1", "care", "60.00", on(time.October, 1)), ch("c2", "care", "60.00")},
			want:    []fact{{"c1", 2, "60.00", "120.00", "100.00", "20.00", "2000.00"}}},
		{name: "a charge not yet collected counts last",
			charges: []fees.Charge{ch("c1", "care", "60.00", func(c *fees.Charge) { c.Published, c.Collected = houqin.Date{}, houqin.Date{} }),
				ch("c2", "care", "60.00", on(time.December, 1))},
			want: []fact{{"c1", 2, "60.00", "120.00", "100.00", "20.00", "2000.00"}}},
		{name: "different grades are different pupils",
			charges: []fees.Charge{ch("c1", "care", "60.00", grades(1)), ch("c2", "care", "60.00", grades(2))}},
		{name: "the same grades in another order",
			charges: []fees.Charge{ch("c1", "care", "60.00", grades(1, 2)), ch("c2", "care", "60.00", grades(2, 1))},
			want:    []fact{{"c2", 2, "60.00", "120.00", "100.00", "20.00", "2000.00"}}},
		// Grades 1 and 12, the ends of the range, are grades like the others:
		// a charge to grades 1 and 2 is not to the pupils of grade 2 alone,
		// one to grades 11 and 12 not to those of grade 11 alone.
		{name: "grades 1 and 2 are not grade 2 alone",
			charges: []fees.Charge{ch("c1", "care", "60.00", grades(1, 2)), ch("c2", "care", "60.00", grades(2))}},
		{name: "grades 11 and 12 are not grade 11 alone",
			charges: []fees.Charge{ch("c1", "care", "60.00", grades(11, 12), senior), ch("c2", "care", "60.00", grades(11), senior)}},
		{name: "another stage is other pupils",
			charges: []fees.Charge{ch("c1", "care", "60.00"), ch("c2", "care", "60.00", func(c *fees.Charge) { c.Stage = fees.JuniorSecondary })}},
		{name: "an item per month is not summed", // each month's meals within 150.00
			charges: []fees.Charge{ch("c1", "meals", "150.00"), ch("c2", "meals", "150.00")}},
		{name: "a charge of nothing is not counted",
			charges: []fees.Charge{ch("c0", "care", "0"), ch("c1", "care", "60.00"), ch("c2", "care", "60.00")},
			want:    []fact{{"c2", 2, "60.00", "120.00", "100.00", "20.00", "2000.00"}}},
		{name: "the largest quantity sets the sum's standard", // 150 (2 terms) + 60 = 210 against 200
			charges: []fees.Charge{ch("c1", "care", "150.00", func(c *fees.Charge) { c.Quantity = 2 }), ch("c2", "care", "60.00")},
			want:    []fact{{"c2", 2, "60.00", "210.00", "200.00", "10.00", "1000.00"}},
			also:    []houqin.Code{fees.CodeChargedAcrossTerms}},
		{name: "an item per year with the autumn term's charge", // 500 + 400 = 900: 100 over
			earlier: []fees.Charge{ch("a1", "dorm", "500.00")},
			charges: []fees.Charge{ch("c1", "dorm", "400.00", on(time.September, 1))},
			want:    []fact{{"c1", 2, "400.00", "900.00", "800.00", "100.00", "10000.00"}}},
		{name: "an item per year at the standard with the autumn term's",
			earlier: []fees.Charge{ch("a1", "dorm", "500.00")},
			charges: []fees.Charge{ch("c1", "dorm", "300.00")}},
		{name: "an item per year spent in the autumn term: one fen", // 800.00 + 0.01
			earlier: []fees.Charge{ch("a1", "dorm", "800.00")},
			charges: []fees.Charge{ch("c1", "dorm", "0.01")},
			want:    []fact{{"c1", 2, "0.01", "800.01", "800.00", "0.01", "1.00"}}},
		{name: "the earlier term's charges alone are never reported",
			earlier: []fees.Charge{ch("a1", "dorm", "600.00"), ch("a2", "dorm", "600.00")},
			charges: []fees.Charge{ch("c1", "care", "60.00")}},
		{name: "an item per term is not summed with the earlier term's",
			earlier: []fees.Charge{ch("a1", "care", "100.00")},
			charges: []fees.Charge{ch("c1", "care", "100.00")}},
	}
	a := newAuditor(t, fees.DefaultPolicy())
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			f := baseFiling(tt.charges...)
			f.Earlier = tt.earlier
			r, err := a.Audit(f)
			require.NoError(t, err)
			got := testkit.Of(r.Findings, fees.CodeRepeatedOverStandard)
			require.Len(t, got, len(tt.want))
			for i, w := range tt.want {
				x := got[i]
				assert.Equal(t, w.subject, x.Subject)
				assert.Equal(t, []string{"charge", "amount", "total", "standard", "excess_per_pupil", "pupils", "excess_total"}, factNames(x))
				assert.Equal(t, w.charge, x.Facts[0].Value)
				testkit.AssertYuan(t, w.amount, yuanFact(t, x, "amount"))
				testkit.AssertYuan(t, w.total, yuanFact(t, x, "total"))
				testkit.AssertYuan(t, w.standard, yuanFact(t, x, "standard"))
				testkit.AssertYuan(t, w.excess, yuanFact(t, x, "excess_per_pupil"))
				testkit.AssertYuan(t, w.excessTotal, yuanFact(t, x, "excess_total"))
			}
			for _, x := range r.Findings {
				if x.Code != fees.CodeRepeatedOverStandard && x.Code != fees.CodeVoluntaryWithoutConsent && x.Code != fees.CodeVoluntaryNoConsent {
					assert.Contains(t, tt.also, x.Code)
				}
			}
			// The naive way agrees.
			n := newNaive(fees.DefaultPolicy(), testCatalog())
			assert.Equal(t, n.repeated(f), got)
		})
	}
}

// TestOneFeeCap runs the one-fee cap at and around it. The school is a
// rural primary school (cap 160.00 a year) unless the row says otherwise;
// the one fee of the test catalog is misc (one_fee, 30.00 a term),
// textbooks (agency, 120.00) and exercise books (agency, 10.00), by their
// categories. Every charge is to 100 pupils on 1 September.
func TestOneFeeCap(t *testing.T) {
	type want struct {
		subject              string
		charges              int64
		total, limit, excess string
		excessTotal          string
	}
	ch := func(id, item, amount string, more ...func(*fees.Charge)) fees.Charge {
		c := cleanCharge()
		c.ID, c.Item, c.Amount = id, item, testkit.Dec(amount)
		for _, m := range more {
			m(&c)
		}
		return c
	}
	threeItems := func(misc string) []fees.Charge {
		return []fees.Charge{ch("textbooks", "textbooks", "120.00"), ch("books", "exercise_books", "10.00"), ch("misc", "misc", misc)}
	}
	rows := []struct {
		name    string
		policy  func(*fees.OneFeePolicy)
		filing  func(*fees.Filing)
		charges []fees.Charge
		earlier []fees.Charge
		want    []want
	}{
		{name: "exactly the cap: 120 + 10 + 30", charges: threeItems("30.00")},
		{name: "one fen over the cap", charges: threeItems("30.01"), // 160.01: 0.01 over, × 100 = 1.00
			want: []want{{"misc", 3, "160.01", "160.00", "0.01", "1.00"}}},
		{name: "an urban school has no cap by default", charges: threeItems("60.00"),
			filing: func(f *fees.Filing) { f.Rural = false }},
		{name: "the cap switched off", charges: threeItems("60.00"),
			policy: func(o *fees.OneFeePolicy) { o.Enabled = false }},
		{name: "rural junior secondary with the autumn term: exactly 260", // 100 + 120 + 10 + 30
			filing:  func(f *fees.Filing) { f.Stage = fees.JuniorSecondary },
			earlier: []fees.Charge{ch("autumn-textbooks", "textbooks", "100.00")},
			charges: threeItems("30.00")},
		{name: "rural junior secondary with the autumn term: one fen over",
			filing:  func(f *fees.Filing) { f.Stage = fees.JuniorSecondary },
			earlier: []fees.Charge{ch("autumn-textbooks", "textbooks", "100.00")},
			charges: threeItems("30.01"),
			want:    []want{{"misc", 4, "260.01", "260.00", "0.01", "1.00"}}},
		{name: "a float of 20%: 192.00 complies", // 160 × 1.2 = 192
			policy:  func(o *fees.OneFeePolicy) { o.Float = testkit.Dec("0.2") },
			earlier: []fees.Charge{ch("autumn-misc", "misc", "32.00")},
			charges: threeItems("30.00")},
		{name: "a float of 20%: 192.01 does not",
			policy:  func(o *fees.OneFeePolicy) { o.Float = testkit.Dec("0.2") },
			earlier: []fees.Charge{ch("autumn-misc", "misc", "32.01")},
			charges: threeItems("30.00"),
			want:    []want{{"misc", 4, "192.01", "192.00", "0.01", "1.00"}}},
		{name: "a float that gives a fraction of a fen: the cap is the fen below", // 160 × 1.12345 = 179.752
			policy:  func(o *fees.OneFeePolicy) { o.Float = testkit.Dec("0.12345") },
			charges: []fees.Charge{ch("textbooks", "textbooks", "120.00"), ch("books", "exercise_books", "10.00"), ch("misc", "misc", "49.76")},
			want:    []want{{"misc", 3, "179.76", "179.75", "0.01", "1.00"}}},
		{name: "a float that gives a fraction of a fen: at the fen below",
			policy:  func(o *fees.OneFeePolicy) { o.Float = testkit.Dec("0.12345") },
			charges: []fees.Charge{ch("textbooks", "textbooks", "120.00"), ch("books", "exercise_books", "10.00"), ch("misc", "misc", "49.75")}},
		{name: "one charge alone over the cap",
			charges: []fees.Charge{ch("textbooks", "textbooks", "160.01")},
			want:    []want{{"textbooks", 1, "160.01", "160.00", "0.01", "1.00"}}},
		{name: "the autumn term spent the cap: the spring charge is excess in full",
			earlier: []fees.Charge{ch("autumn-textbooks", "textbooks", "200.00")},
			charges: []fees.Charge{ch("misc", "misc", "30.00")},
			want:    []want{{"misc", 2, "230.00", "160.00", "30.00", "3000.00"}}},
		{name: "each charge beyond the cap reports its part", // 150 + 20 + 30: 10 then 30
			charges: []fees.Charge{ch("textbooks", "textbooks", "150.00"), ch("books", "exercise_books", "20.00"), ch("misc", "misc", "30.00")},
			want:    []want{{"books", 2, "170.00", "160.00", "10.00", "1000.00"}, {"misc", 3, "200.00", "160.00", "30.00", "3000.00"}}},
		{name: "other grades are other pupils",
			charges: []fees.Charge{ch("textbooks", "textbooks", "120.00", func(c *fees.Charge) { c.Grades = []int{1} }),
				ch("misc", "misc", "50.00", func(c *fees.Charge) { c.Grades = []int{2} })}},
		{name: "a charge outside the catalog of a one-fee category counts",
			charges: []fees.Charge{ch("textbooks", "textbooks", "120.00"),
				ch("workbooks", "", "40.01", func(c *fees.Charge) { c.Category = fees.ExerciseBooks })},
			want: []want{{"workbooks", 2, "160.01", "160.00", "0.01", "1.00"}}},
		// A cap of 0.00 (a region that allows no one-fee charge) is a cap:
		// 0.01 is 0.01 over it, × 100 pupils = 1.00.
		{name: "a cap of nothing",
			policy:  func(o *fees.OneFeePolicy) { o.Caps[0].Cap = decimal.Zero }, // Caps[0] is rural primary's
			charges: []fees.Charge{ch("misc", "misc", "0.01")},
			want:    []want{{"misc", 1, "0.01", "0.00", "0.01", "1.00"}}},
		// The default caps are for rural primary and junior secondary
		// schools only: a rural senior school's 120.00 + 60.00 is over none.
		{name: "a rural senior school has no cap",
			filing:  func(f *fees.Filing) { f.Stage = fees.SeniorSecondary },
			charges: []fees.Charge{ch("textbooks", "textbooks", "120.00"), ch("misc", "misc", "60.00")}},
		{name: "meals are no part of the one fee",
			charges: []fees.Charge{ch("textbooks", "textbooks", "120.00"), ch("meals", "meals", "150.00")}},
		{name: "without one-fee categories only the one_fee items count",
			policy:  func(o *fees.OneFeePolicy) { o.Categories = nil },
			charges: []fees.Charge{ch("textbooks", "textbooks", "150.00"), ch("misc", "misc", "30.00")}},
		{name: "an urban cap where the region sets one",
			policy: func(o *fees.OneFeePolicy) {
				o.Caps = append(o.Caps, fees.OneFeeCap{Stage: fees.Primary, Cap: testkit.Dec("200.00")})
			},
			filing:  func(f *fees.Filing) { f.Rural = false },
			charges: threeItems("70.01"),
			want:    []want{{"misc", 3, "200.01", "200.00", "0.01", "1.00"}}},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			p := kitchenPolicy()
			if tt.policy != nil {
				tt.policy(&p.OneFee)
			}
			a := newAuditor(t, p)
			f := baseFiling(tt.charges...)
			f.Rural, f.Earlier = true, tt.earlier
			if tt.filing != nil {
				tt.filing(&f)
			}
			r, err := a.Audit(f)
			require.NoError(t, err)
			got := testkit.Of(r.Findings, fees.CodeOneFeeOverCap)
			require.Len(t, got, len(tt.want))
			for i, w := range tt.want {
				x := got[i]
				assert.Equal(t, w.subject, x.Subject)
				assert.Equal(t, []string{"charges", "amount", "total", "cap", "excess_per_pupil", "pupils", "excess_total"}, factNames(x))
				assert.Equal(t, w.charges, x.Facts[0].Value)
				testkit.AssertYuan(t, w.total, yuanFact(t, x, "total"))
				testkit.AssertYuan(t, w.limit, yuanFact(t, x, "cap"))
				testkit.AssertYuan(t, w.excess, yuanFact(t, x, "excess_per_pupil"))
				testkit.AssertYuan(t, w.excessTotal, yuanFact(t, x, "excess_total"))
			}
			n := newNaive(p, testCatalog())
			assert.Equal(t, n.oneFee(f), got)
		})
	}
}

// TestAuditAllocationsDoNotGrowWithCharges: auditing a clean filing costs
// as many allocations for twelve charges as for two: the charges' integer
// form and one buffer shared by the groups of every rule. Each charge is
// to a grade of its own at a rural primary school with the one fee on, so
// that each is a one-fee group of its own (10.00 against the cap of 160.00).
func TestAuditAllocationsDoNotGrowWithCharges(t *testing.T) {
	a := newAuditor(t, kitchenPolicy())
	allocs := func(n int) float64 {
		f := baseFiling()
		f.Rural = true
		for g := 1; g <= n; g++ {
			c := cleanCharge()
			c.ID, c.Grades = "c"+strconv.Itoa(g), []int{g}
			f.Charges = append(f.Charges, c)
		}
		r, err := a.Audit(f)
		require.NoError(t, err)
		require.Empty(t, r.Findings)
		return testing.AllocsPerRun(20, func() { _, _ = a.Audit(f) })
	}
	assert.Equal(t, allocs(2), allocs(12))
}
