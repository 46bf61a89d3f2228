package fees_test

import (
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestChargedAhead runs the rule against charging ahead at the ends of the
// terms of the default calendar: the autumn term 2025 runs from 1
// September 2025 to 31 January 2026, the spring term to 31 August 2026.
func TestChargedAhead(t *testing.T) {
	period := func(from, to houqin.Date) houqin.Period { return houqin.Period{From: from, To: to} }
	rows := []struct {
		name    string
		regDays int
		charge  func(*fees.Charge)
		want    houqin.Code
		end, to houqin.Date
	}{
		{name: "to the term's last day", charge: func(c *fees.Charge) { c.Covers = period(day(2025, 9, 1), day(2026, 1, 31)) }},
		{name: "a day into the spring term",
			charge: func(c *fees.Charge) { c.Covers = period(day(2025, 9, 1), day(2026, 2, 1)) },
			want:   fees.CodeChargedAcrossTerms, end: day(2026, 1, 31), to: day(2026, 2, 1)},
		{name: "two terms of an item per term by quantity",
			charge: func(c *fees.Charge) { c.Amount, c.Quantity = testkit.Dec("20.00"), 2 },
			want:   fees.CodeChargedAcrossTerms, end: day(2026, 1, 31), to: day(2026, 8, 31)},
		{name: "three terms from the spring term: into the next school year",
			charge: func(c *fees.Charge) {
				c.Amount, c.Quantity = testkit.Dec("30.00"), 3
				c.Published, c.Collected = day(2026, 2, 20), day(2026, 2, 20)
			},
			want: fees.CodeChargedAcrossTerms, end: day(2026, 8, 31), to: day(2027, 8, 31)},
		{name: "one term of an item per term", charge: func(c *fees.Charge) {}},
		{name: "an item per year for the school year it is collected in",
			charge: func(c *fees.Charge) { c.Item, c.Amount = "dorm", testkit.Dec("800.00") }},
		{name: "an item per year to the year's last day",
			charge: func(c *fees.Charge) {
				c.Item, c.Amount = "dorm", testkit.Dec("800.00")
				c.Covers = period(day(2025, 9, 1), day(2026, 8, 31))
			}},
		{name: "an item per year a day into the next year",
			charge: func(c *fees.Charge) {
				c.Item, c.Amount = "dorm", testkit.Dec("800.00")
				c.Covers = period(day(2025, 9, 1), day(2026, 9, 1))
			},
			want: fees.CodeChargedAcrossYears, end: day(2026, 8, 31), to: day(2026, 9, 1)},
		{name: "two years of an item per year by quantity",
			charge: func(c *fees.Charge) { c.Item, c.Amount, c.Quantity = "dorm", testkit.Dec("1600.00"), 2 },
			want:   fees.CodeChargedAcrossYears, end: day(2026, 8, 31), to: day(2027, 8, 31)},
		{name: "collected two days before the term for it",
			charge: func(c *fees.Charge) {
				c.Published, c.Collected = day(2025, 8, 30), day(2025, 8, 30)
				c.Covers = period(day(2025, 9, 1), day(2026, 1, 16))
			},
			want: fees.CodeChargedAcrossTerms, end: day(2025, 8, 31), to: day(2026, 1, 16)},
		{name: "collected two days before, with two registration days", regDays: 2,
			charge: func(c *fees.Charge) {
				c.Published, c.Collected = day(2025, 8, 30), day(2025, 8, 30)
				c.Covers = period(day(2025, 9, 1), day(2026, 1, 16))
			}},
		{name: "collected two days before, with one registration day", regDays: 1,
			charge: func(c *fees.Charge) {
				c.Published, c.Collected = day(2025, 8, 30), day(2025, 8, 30)
				c.Covers = period(day(2025, 9, 1), day(2026, 1, 16))
			},
			want: fees.CodeChargedAcrossTerms, end: day(2025, 8, 31), to: day(2026, 1, 16)},
		{name: "planned, not collected", charge: func(c *fees.Charge) {
			c.Published, c.Collected = houqin.Date{}, houqin.Date{}
			c.Covers = period(day(2025, 9, 1), day(2026, 6, 30))
		}},
		{name: "outside the catalog, into the next term",
			charge: func(c *fees.Charge) { c.Item = ""; c.Covers = period(day(2025, 9, 1), day(2026, 3, 31)) },
			want:   fees.CodeChargedAcrossTerms, end: day(2026, 1, 31), to: day(2026, 3, 31)},
		{name: "arrears of the autumn term collected in the spring",
			charge: func(c *fees.Charge) {
				c.Published, c.Collected = day(2026, 2, 10), day(2026, 2, 10)
				c.Covers = period(day(2025, 9, 1), day(2026, 1, 31))
			}},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			p := fees.DefaultPolicy()
			p.RegistrationDays = tt.regDays
			a := newAuditor(t, p)
			c := cleanCharge()
			tt.charge(&c)
			f := baseFiling(c)
			f.AsOf = day(2026, 3, 1)
			r, err := a.Audit(f)
			require.NoError(t, err)
			var got houqin.Findings
			for _, x := range r.Findings {
				if x.Code == fees.CodeChargedAcrossTerms || x.Code == fees.CodeChargedAcrossYears {
					got = append(got, x)
				}
			}
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			x := got[0]
			assert.Equal(t, tt.want, x.Code)
			end := "term_end"
			if tt.want == fees.CodeChargedAcrossYears {
				end = "year_end"
			}
			assert.Equal(t, []string{"collected_on", end, "covers_to"}, factNames(x))
			d, _ := x.Facts[1].Date()
			assert.Equal(t, tt.end, d)
			d, _ = x.Facts[2].Date()
			assert.Equal(t, tt.to, d)
			n := newNaive(p, testCatalog())
			assert.Equal(t, n.ahead(c), got)
		})
	}
}

// TestChargedAheadAtTheEndOfTime: a term beyond the last year a Date holds
// ends on its last day, and nothing overflows.
func TestChargedAheadAtTheEndOfTime(t *testing.T) {
	p := fees.DefaultPolicy()
	p.RegistrationDays = 366
	a := newAuditor(t, p)
	audit := func(item, amount string, qty int, on houqin.Date) houqin.Findings {
		c := cleanCharge()
		c.Item, c.Amount, c.Quantity = item, testkit.Dec(amount), qty
		c.Published, c.Collected = on, on
		f := baseFiling(c)
		f.AsOf = day(9999, 12, 31)
		r, err := a.Audit(f)
		require.NoError(t, err)
		return r.Findings
	}
	// 10,000 terms from the autumn term 9998 (collected 1 September 9997
	// plus 366 days of registration).
	fs := testkit.Of(audit("exercise_books", "100000.00", 10_000, day(9997, 9, 1)), fees.CodeChargedAcrossTerms)
	require.Len(t, fs, 1)
	d, _ := fs[0].Facts[1].Date()
	assert.Equal(t, day(9999, 1, 31), d)
	d, _ = fs[0].Facts[2].Date()
	assert.Equal(t, day(9999, 12, 31), d)
	fs = testkit.Of(audit("dorm", "1600.00", 2, day(9997, 9, 1)), fees.CodeChargedAcrossYears)
	require.Len(t, fs, 1)
	d, _ = fs[0].Facts[2].Date()
	assert.Equal(t, day(9999, 12, 31), d)
	// Collected on the last day: its term ends beyond the last day too.
	assert.Empty(t, testkit.Of(audit("exercise_books", "100000.00", 10_000, day(9999, 12, 31)), fees.CodeChargedAcrossTerms))
}

// TestRefundOnLeaving counts refunds over the autumn term 2025 paid for in
// full, 1 September 2025 to 31 January 2026: 153 days, 5 months, 10
// half-months; the pupil paid 100.00.
func TestRefundOnLeaving(t *testing.T) {
	term := houqin.Period{From: day(2025, 9, 1), To: day(2026, 1, 31)}
	rows := []struct {
		name          string
		by            fees.Granularity
		covers        houqin.Period
		paid          string
		left          houqin.Date
		units, unused int
		due           string
	}{
		{"a month in, by the day", fees.ByDay, term, "100.00", day(2025, 9, 30), 153, 123, "80.39"}, // 100 × 123 ÷ 153 = 80.392…
		{"on the first day, by the day", fees.ByDay, term, "100.00", day(2025, 9, 1), 153, 152, "99.35"},
		{"before the period, by the day", fees.ByDay, term, "100.00", day(2025, 8, 31), 153, 153, "100.00"},
		{"on the day before the last", fees.ByDay, term, "100.00", day(2026, 1, 30), 153, 1, "0.65"}, // 0.6535…
		{"on the last day", fees.ByDay, term, "100.00", day(2026, 1, 31), 153, 0, "0.00"},
		{"after the period", fees.ByDay, term, "100.00", day(2026, 3, 1), 153, 0, "0.00"},
		{"half a fen rounds up", fees.ByDay, houqin.Period{From: day(2025, 9, 1), To: day(2025, 9, 2)}, "0.05", day(2025, 9, 1), 2, 1, "0.03"},
		{"on the 15th, by the half-month", fees.ByHalfMonth, term, "100.00", day(2025, 9, 15), 10, 9, "90.00"},
		{"on the 16th, by the half-month", fees.ByHalfMonth, term, "100.00", day(2025, 9, 16), 10, 8, "80.00"},
		{"on the 30th, by the month", fees.ByMonth, term, "100.00", day(2025, 9, 30), 5, 4, "80.00"},
		{"on the 1st of the next month, by the month", fees.ByMonth, term, "100.00", day(2025, 10, 1), 5, 3, "60.00"},
		{"in the last month, by the month", fees.ByMonth, term, "100.00", day(2026, 1, 1), 5, 0, "0.00"},
		{"months from the 25th: the last day of the first", fees.ByMonth,
			houqin.Period{From: day(2025, 8, 25), To: day(2026, 1, 24)}, "100.00", day(2025, 9, 24), 5, 4, "80.00"},
		{"months from the 25th: the first day of the second", fees.ByMonth,
			houqin.Period{From: day(2025, 8, 25), To: day(2026, 1, 24)}, "100.00", day(2025, 9, 25), 5, 3, "60.00"},
		{"months from the 31st: a day left over counts as one", fees.ByMonth, // Jan 31, Feb 28, Mar 31, Apr 30
			houqin.Period{From: day(2026, 1, 31), To: day(2026, 4, 30)}, "100.00", day(2026, 2, 27), 4, 3, "75.00"},
		{"February's halves: the 15th", fees.ByHalfMonth, houqin.Period{From: day(2026, 2, 1), To: day(2026, 2, 28)}, "60.00", day(2026, 2, 15), 2, 1, "30.00"},
		{"February's halves: the 16th", fees.ByHalfMonth, houqin.Period{From: day(2026, 2, 1), To: day(2026, 2, 28)}, "60.00", day(2026, 2, 16), 2, 0, "0.00"},
		{"a short last half-month", fees.ByHalfMonth, houqin.Period{From: day(2025, 9, 1), To: day(2025, 9, 20)}, "30.00", day(2025, 9, 10), 2, 1, "15.00"},
		{"the largest amount over the longest period", fees.ByDay, houqin.Period{From: day(1, 1, 1), To: day(9999, 12, 31)},
			"1000000000000.00", day(1, 1, 1), 3652059, 3652058, "999999726181.86"}, // 10¹⁴ × 3652058 ÷ 3652059 fen = 99999972618186.07
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			p := fees.DefaultPolicy()
			p.LeavingRefundBy = tt.by
			a := newAuditor(t, p)
			c := cleanCharge()
			c.Item, c.Amount, c.Covers, c.Pupils, c.Consents = "care", testkit.Dec(tt.paid), tt.covers, 1, 1
			r, err := a.RefundOnLeaving(c, fees.Leaver{Pupil: "p", Left: tt.left, Refunded: testkit.Dec("0.01")})
			require.NoError(t, err)
			assert.Equal(t, tt.units, r.Units, "units")
			assert.Equal(t, tt.unused, r.Unused, "unused")
			testkit.AssertFen(t, tt.due, r.Due)
			testkit.AssertFen(t, tt.paid, r.Paid)
			assert.Equal(t, tt.by, r.By)
			assert.Equal(t, "c1", r.Charge)
			assert.Equal(t, "p", r.Pupil)
			assert.Equal(t, max(r.Due-1, 0), r.Short())
		})
	}
}

func TestRefundOnLeavingGranularity(t *testing.T) {
	// The item's granularity stands before the policy's; the zero
	// policy's is by the day.
	cat := testCatalog()
	cat.Items = append(cat.Items, fees.Item{Code: "lodging", Name: "住宿费", Kind: fees.Service, Unit: fees.PerTerm,
		Standard: testkit.Dec("300.00"), Basis: "测价费〔2025〕3号", LeavingRefundBy: fees.ByMonth})
	a, err := fees.New(fees.Policy{}, cat)
	require.NoError(t, err)
	c := cleanCharge()
	c.Covers = houqin.Period{From: day(2025, 9, 1), To: day(2026, 1, 31)}
	l := fees.Leaver{Left: day(2025, 9, 30), Paid: decimal.NewNullDecimal(testkit.Dec("100.00"))}
	r, err := a.RefundOnLeaving(c, l)
	require.NoError(t, err)
	assert.Equal(t, fees.ByDay, r.By)
	testkit.AssertFen(t, "80.39", r.Due)
	c.Item = "lodging"
	r, err = a.RefundOnLeaving(c, l)
	require.NoError(t, err)
	assert.Equal(t, fees.ByMonth, r.By)
	testkit.AssertFen(t, "80.00", r.Due)
}

func TestRefundOnLeavingInputErrors(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	c := cleanCharge()
	c.Covers = houqin.Period{From: day(2025, 9, 1), To: day(2026, 1, 31)}
	ok := fees.Leaver{Left: day(2025, 10, 1)}
	rows := []struct {
		name   string
		charge func(*fees.Charge)
		leaver func(*fees.Leaver)
		want   []string
	}{
		{"no covers", func(c *fees.Charge) { c.Covers = houqin.Period{} }, nil, []string{"charge.covers"}},
		{"covers backwards", func(c *fees.Charge) { c.Covers.To = day(2025, 8, 1) }, nil, []string{"charge.covers.to"}},
		{"bad charge", func(c *fees.Charge) { c.Amount = testkit.Dec("-1") }, nil, []string{"charge.amount"}},
		{"no day left", nil, func(l *fees.Leaver) { l.Left = houqin.Date{} }, []string{"leaver.left"}},
		{"no such day", nil, func(l *fees.Leaver) { l.Left = day(2025, 2, 29) }, []string{"leaver.left"}},
		{"bad amounts", nil, func(l *fees.Leaver) {
			l.Paid = decimal.NewNullDecimal(testkit.Dec("-1"))
			l.Refunded = testkit.Dec("0.001")
		}, []string{"leaver.paid", "leaver.refunded"}},
		{"pupil too long", nil, func(l *fees.Leaver) { l.Pupil = string(make([]byte, 129)) }, []string{"leaver.pupil"}},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			c, l := c, ok
			if tt.charge != nil {
				tt.charge(&c)
			}
			if tt.leaver != nil {
				tt.leaver(&l)
			}
			_, err := a.RefundOnLeaving(c, l)
			assert.Equal(t, tt.want, testkit.Fields(err))
		})
	}
}

// TestLeavingRefundShort runs the audit of the refunds to a charge's
// leavers: care at 100.00 for the autumn term, 1 September 2025 to 31
// January 2026 (153 days); a pupil who left on 30 September is owed
// 100 × 123 ÷ 153 = 80.39, one who left on 31 October 100 × 92 ÷ 153 =
// 60.13.
func TestLeavingRefundShort(t *testing.T) {
	leaver := func(left houqin.Date, refunded string) fees.Leaver {
		return fees.Leaver{Left: left, Refunded: testkit.Dec(refunded)}
	}
	rows := []struct {
		name       string
		leavers    []fees.Leaver
		n          int64
		due, short string
	}{
		{"refunded exactly", []fees.Leaver{leaver(day(2025, 9, 30), "80.39")}, 0, "", ""},
		{"refunded a fen more", []fees.Leaver{leaver(day(2025, 9, 30), "80.40")}, 0, "", ""},
		{"a fen short", []fees.Leaver{leaver(day(2025, 9, 30), "80.38")}, 1, "80.39", "0.01"},
		{"nothing refunded", []fees.Leaver{leaver(day(2025, 9, 30), "0")}, 1, "80.39", "80.39"},
		{"two short, one paid in full", []fees.Leaver{
			leaver(day(2025, 9, 30), "50.00"), leaver(day(2025, 10, 31), "60.13"), leaver(day(2025, 10, 31), "0"),
		}, 2, "140.52", "90.52"}, // 80.39 + 60.13; 30.39 + 60.13
		{"a pupil who paid less is owed less", []fees.Leaver{{Left: day(2025, 9, 30),
			Paid: decimal.NewNullDecimal(testkit.Dec("50.00")), Refunded: testkit.Dec("40.19")}}, 1, "40.20", "0.01"}, // 50 × 123 ÷ 153 = 40.196…
		{"left on the last day", []fees.Leaver{leaver(day(2026, 1, 31), "0")}, 0, "", ""},
	}
	a := newAuditor(t, fees.DefaultPolicy())
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			c := cleanCharge()
			c.Item, c.Amount = "care", testkit.Dec("100.00")
			c.Covers = houqin.Period{From: day(2025, 9, 1), To: day(2026, 1, 31)}
			c.Leavers = tt.leavers
			r, err := a.Audit(baseFiling(c))
			require.NoError(t, err)
			got := testkit.Of(r.Findings, fees.CodeLeavingRefundShort)
			n := newNaive(fees.DefaultPolicy(), testCatalog())
			assert.Equal(t, n.leavers(c), got)
			if tt.n == 0 {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Equal(t, []string{"leavers", "due", "short"}, factNames(got[0]))
			assert.Equal(t, tt.n, got[0].Facts[0].Value)
			testkit.AssertYuan(t, tt.due, yuanFact(t, got[0], "due"))
			testkit.AssertYuan(t, tt.short, yuanFact(t, got[0], "short"))
			if tt.n == 1 {
				assert.Equal(t, "c1: 1 pupil who left before the end of the period paid for was owed CN¥"+tt.due+
					" back for the part unused; CN¥"+tt.short+" of it was not refunded", got[0].Message(language.English))
			} else {
				assert.Equal(t, "c1：2名学生中途离校，未使用部分应退¥140.52，少退¥90.52", got[0].Message(language.SimplifiedChinese))
				assert.Contains(t, got[0].Message(language.English), "2 pupils who left before the end of the period paid for were owed")
			}
		})
	}
}
