package fees_test

import (
	"slices"
	"strconv"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// benchTerm is one school's term: twelve charges, a few of them broken,
// three of them settled at term end: meals collected into the spring term
// with a pupil who left refunded too little, milk in one payment with the
// exercise books, after-school care charged twice beyond its standard.
func benchTerm() fees.Filing {
	pub, col := day(2025, 9, 1), day(2025, 9, 1)
	c := func(id, item, amount string, pupils int, h fees.Handler) fees.Charge {
		return fees.Charge{ID: id, Item: item, Amount: testkit.Dec(amount), Pupils: pupils, Consents: pupils,
			Published: pub, Collected: col, Handler: h, SupplierSettled: day(2025, 9, 20)}
	}
	over := c("uniform", "uniform", "95.00", 120, fees.HandlerSuppliesPoint)
	over.Grades = []int{1, 3, 4}
	meals := c("meals", "meals", "750.00", 600, fees.HandlerSchool)
	meals.Quantity = 5
	meals.Covers = houqin.Period{From: day(2025, 9, 1), To: day(2026, 2, 28)}
	// 181 days; left on 30 September: 151 unused, 750 × 151 ÷ 181 = 625.69.
	meals.Leavers = []fees.Leaver{{Pupil: "p1", Left: day(2025, 9, 30), Refunded: testkit.Dec("600.00")},
		{Pupil: "p2", Left: day(2025, 12, 31), Refunded: testkit.Dec("300.00")}}
	late := c("milk", "milk", "60.00", 400, fees.HandlerSuppliesPoint)
	late.Published = day(2025, 9, 3)
	late.Payment = "term-fees"
	books := c("books", "exercise_books", "10.00", 600, fees.HandlerSchool)
	books.ProviderPrice = decimal.NewNullDecimal(testkit.Dec("9.50"))
	books.Payment = "term-fees"
	textbooks := c("textbooks", "textbooks", "120.00", 600, fees.HandlerSchool)
	textbooks.Payment = "term-fees"
	return fees.Filing{
		School: "bench", Stage: fees.Primary, TermEnd: day(2026, 1, 20), AsOf: day(2026, 2, 10),
		Charges: []fees.Charge{
			over, meals, late, books,
			textbooks,
			c("accident", "accident", "50.00", 300, fees.HandlerInsurerWindow),
			c("tutoring", "tutoring", "200.00", 50, fees.HandlerSchool),
			c("misc", "misc", "30.00", 600, fees.HandlerSchool),
			c("boarding", "boarding", "200.00", 60, fees.HandlerSchool),
			c("uniform-2", "uniform", "80.00", 90, fees.HandlerSuppliesPoint),
			c("care", "care", "60.00", 200, fees.HandlerSuppliesPoint),
			c("care-2", "care", "60.00", 200, fees.HandlerSuppliesPoint),
		},
		Spending: []fees.Spending{
			{Charge: "books", Actual: testkit.Dec("5700.00"), Published: day(2026, 1, 25)},
			{Charge: "textbooks", Actual: testkit.Dec("71999.98"), Published: day(2026, 1, 25)},
			{Charge: "meals", Actual: testkit.Dec("449999.99"), Published: day(2026, 1, 25)},
		},
	}
}

// naiveAuditor is the same rules written the obvious way: decimal
// arithmetic on every amount, the catalog and the policy's lists searched
// as they are, the same findings built. It is the reference the benchmark
// compares Audit with, and a second implementation the tests check Audit
// against.
type naiveAuditor struct {
	p     fees.Policy
	items map[string]fees.Item
}

func newNaive(p fees.Policy, c fees.Catalog) *naiveAuditor {
	n := &naiveAuditor{p: p, items: map[string]fees.Item{}}
	for _, it := range c.Items {
		n.items[it.Code] = it
	}
	return n
}

func yf(name string, d decimal.Decimal) houqin.Fact {
	return houqin.Fact{Name: name, Unit: houqin.UnitYuan, Value: d.Round(2).Shift(2).IntPart()}
}

func cf(name string, n int) houqin.Fact { return houqin.CountFact(name, int64(n)) }

// naiveCats lists the categories of a charge and of its item.
func naiveCats(c fees.Charge, it fees.Item, ok bool) []fees.Category {
	var cs []fees.Category
	if c.Category != "" {
		cs = append(cs, c.Category)
	}
	if ok && it.Category != "" {
		cs = append(cs, it.Category)
	}
	return cs
}

// naiveHas reports whether list holds any of cs.
func naiveHas(list, cs []fees.Category) bool {
	for _, c := range cs {
		if slices.Contains(list, c) {
			return true
		}
	}
	return false
}

func (n *naiveAuditor) audit(f fees.Filing) houqin.Findings {
	var out houqin.Findings
	addF := func(code houqin.Code, sev houqin.Severity, s string, facts ...houqin.Fact) {
		out = append(out, houqin.Finding{Code: code, Severity: sev, Subject: s, Facts: facts})
	}
	V := houqin.Violation
	cats, has := naiveCats, naiveHas
	termEnd := f.TermEnd
	for _, c := range f.Charges {
		it, ok := n.items[c.Item]
		cs := cats(c, it, ok)
		pupils := c.Pupils
		collected := c.Amount.Mul(decimal.NewFromInt(int64(pupils)))
		if c.Amount.IsZero() {
			continue
		}
		stage := f.Stage
		if c.Stage != 0 {
			stage = c.Stage
		}
		if has(n.p.Forbidden, cs) {
			addF(fees.CodeForbiddenItem, V, c.ID, yf("amount", c.Amount), cf("pupils", pupils))
		}
		if has(n.p.CollectiveClothing, cs) {
			addF(fees.CodeCollectiveClothing, V, c.ID, yf("amount", c.Amount), cf("pupils", pupils))
		}
		if !ok && !has(n.p.Forbidden, cs) && !has(n.p.CollectiveClothing, cs) {
			addF(fees.CodeNotInCatalog, V, c.ID, yf("amount", c.Amount), cf("pupils", pupils))
		}
		if ok {
			if len(it.Stages) > 0 && !slices.Contains(it.Stages, stage) {
				addF(fees.CodeStageOutOfScope, V, c.ID, yf("amount", c.Amount), cf("pupils", pupils))
			}
			for _, g := range c.Grades {
				if len(it.Grades) > 0 && !slices.Contains(it.Grades, g) {
					addF(fees.CodeGradeOutOfScope, V, c.ID, cf("grade", g))
				}
			}
			q := int64(c.Quantity)
			if q == 0 {
				q = 1
			}
			allowed := it.Standard.Mul(decimal.NewFromInt(q))
			if c.Amount.GreaterThan(allowed) {
				ex := c.Amount.Sub(allowed)
				addF(fees.CodeOverStandard, V, c.ID, yf("amount", c.Amount), yf("standard", allowed),
					yf("excess_per_pupil", ex), cf("pupils", pupils), yf("excess_total", ex.Mul(decimal.NewFromInt(int64(pupils)))))
			}
			if it.Voluntary || (it.Kind == fees.Service && n.p.ServiceFeesVoluntary) {
				if c.Compulsory {
					addF(fees.CodeVoluntaryMadeCompulsory, V, c.ID, cf("pupils", pupils))
				}
				if c.EnrolmentCondition {
					addF(fees.CodeVoluntaryTiedToEnrolment, V, c.ID, cf("pupils", pupils))
				}
				if c.Consents == 0 && pupils > 0 {
					addF(fees.CodeVoluntaryNoConsent, V, c.ID, cf("pupils", pupils))
				} else if c.Consents < pupils {
					addF(fees.CodeVoluntaryWithoutConsent, V, c.ID, cf("pupils", pupils), cf("consents", c.Consents), cf("missing", pupils-c.Consents))
				}
			}
			if it.Kind == fees.Agency && c.ProviderPrice.Valid && c.Amount.GreaterThan(c.ProviderPrice.Decimal) {
				m := c.Amount.Sub(c.ProviderPrice.Decimal)
				addF(fees.CodeAgencyMargin, V, c.ID, yf("amount", c.Amount), yf("provider_price", c.ProviderPrice.Decimal),
					yf("margin_per_pupil", m), cf("pupils", pupils), yf("margin_total", m.Mul(decimal.NewFromInt(int64(pupils)))))
			}
		}
		if ok && (it.Voluntary || (it.Kind == fees.Service && n.p.ServiceFeesVoluntary)) && !has(n.p.Compulsory, cs) && c.Payment != "" {
			compulsory := decimal.Zero
			for _, d := range f.Charges {
				if d.Payment != c.Payment || d.Amount.IsZero() {
					continue
				}
				dit, dok := n.items[d.Item]
				if has(n.p.Compulsory, cats(d, dit, dok)) || (dok && !dit.Voluntary && !(dit.Kind == fees.Service && n.p.ServiceFeesVoluntary)) {
					compulsory = compulsory.Add(d.Amount)
				}
			}
			if compulsory.IsPositive() {
				addF(fees.CodeBundledWithCompulsory, V, c.ID, yf("amount", c.Amount), yf("compulsory", compulsory), cf("pupils", pupils))
			}
		}
		if !c.Collected.IsZero() {
			due := c.Collected.AddDays(-n.p.PublishLeadDays)
			switch {
			case c.Published.IsZero():
				addF(fees.CodeNotPublished, V, c.ID, houqin.DateFact("collected_on", c.Collected))
			case c.Published.After(due):
				addF(fees.CodeCollectedBeforePublication, V, c.ID, houqin.DateFact("published_on", c.Published),
					houqin.DateFact("collected_on", c.Collected), houqin.DateFact("due", due))
			}
		}
		if has(n.p.StudentSupplies, cs) && c.Handler == fees.HandlerSchool {
			addF(fees.CodeSuppliesHandledBySchool, V, c.ID, yf("amount", c.Amount), cf("pupils", pupils), yf("collected", collected))
		}
		if has(n.p.CommercialInsurance, cs) && c.Handler != fees.HandlerInsurerWindow && c.Handler != fees.HandlerProvider {
			addF(fees.CodeInsuranceCollectedBySchool, V, c.ID, yf("amount", c.Amount), cf("pupils", pupils), yf("collected", collected))
		}
		allowed := len(cs) > 0
		for _, x := range cs {
			allowed = allowed && slices.Contains(n.p.RuralAllowed, x)
		}
		if n.p.RuralCompulsoryRule && f.Rural && (stage == fees.Primary || stage == fees.JuniorSecondary) && !allowed {
			addF(fees.CodeRuralCompulsoryItem, V, c.ID, yf("amount", c.Amount), cf("pupils", pupils), yf("collected", collected))
		}
		if has(n.p.SupplierSettlement, cs) && !c.Collected.IsZero() &&
			(c.Handler == fees.HandlerSchool || c.Handler == fees.HandlerSuppliesPoint) {
			due := c.Collected.AddDays(n.p.SupplierSettlementDays)
			switch {
			case c.SupplierSettled.IsZero() && f.AsOf.After(due):
				addF(fees.CodeSupplierUnsettled, V, c.ID, houqin.DateFact("collected_on", c.Collected), houqin.DateFact("due", due),
					houqin.DateFact("as_of", f.AsOf), yf("collected", collected))
			case !c.SupplierSettled.IsZero() && c.SupplierSettled.After(due):
				addF(fees.CodeSupplierSettledLate, V, c.ID, houqin.DateFact("collected_on", c.Collected), houqin.DateFact("due", due),
					houqin.DateFact("settled_on", c.SupplierSettled))
			}
		}
	}
	for _, c := range f.Charges {
		out = append(out, n.ahead(c)...)
		out = append(out, n.leavers(c)...)
	}
	out = append(out, n.repeated(f)...)
	out = append(out, n.oneFee(f)...)
	due := termEnd.AddDays(n.p.SettlementPublicationDays)
	for _, c := range f.Charges {
		it, ok := n.items[c.Item]
		var s *fees.Spending
		for i := range f.Spending {
			if f.Spending[i].Charge == c.ID {
				s = &f.Spending[i]
			}
		}
		if s == nil {
			if ok && (it.Kind == fees.Agency || it.Kind == fees.Service) && c.Handler == fees.HandlerSchool &&
				!c.Collected.IsZero() && !c.Collected.After(termEnd) && !c.Amount.IsZero() && f.AsOf.After(due) {
				addF(fees.CodeSettlementUnpublished, V, c.ID, houqin.DateFact("term_end", termEnd), houqin.DateFact("due", due), houqin.DateFact("as_of", f.AsOf))
			}
			continue
		}
		collected := c.Amount.Mul(decimal.NewFromInt(int64(c.Pupils)))
		actual := s.Actual
		bal := collected.Sub(actual)
		topUp := ok && (it.Shortfall == fees.ShortfallTopUp || (it.Shortfall == 0 && it.Kind == fees.Agency && n.p.AgencyTopUp))
		switch {
		case bal.IsPositive():
			addF(fees.CodeRefundDue, houqin.Notice, c.ID, yf("collected", collected), yf("actual", actual), yf("excess", bal), cf("pupils", c.Pupils))
		case bal.IsNegative() && topUp && collected.IsPositive():
			addF(fees.CodeTopUpDue, houqin.Notice, c.ID, yf("collected", collected), yf("actual", actual), yf("shortfall", bal.Neg()), cf("pupils", c.Pupils))
		case bal.IsNegative():
			addF(fees.CodeShortfallBorne, houqin.Notice, c.ID, yf("collected", collected), yf("actual", actual), yf("shortfall", bal.Neg()))
		}
		switch {
		case s.Published.IsZero() && f.AsOf.After(due):
			addF(fees.CodeSettlementUnpublished, V, c.ID, houqin.DateFact("term_end", termEnd), houqin.DateFact("due", due), houqin.DateFact("as_of", f.AsOf))
		case !s.Published.IsZero() && s.Published.After(due):
			addF(fees.CodeSettlementPublishedLate, V, c.ID, houqin.DateFact("term_end", termEnd), houqin.DateFact("due", due), houqin.DateFact("published_on", s.Published))
		}
	}
	out.Sort()
	return out
}

// naiveCharge is a charge of a filing or of its Earlier, with its place.
type naiveCharge struct {
	fees.Charge
	earlier bool
	at      int
}

// sameGrades reports whether two lists hold the same grades.
func sameGrades(a, b []int) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(slices.Compact(x), slices.Compact(y))
}

// stageOf is the stage of a charge of f.
func stageOf(f fees.Filing, c fees.Charge) fees.Stage {
	if c.Stage != 0 {
		return c.Stage
	}
	return f.Stage
}

// inOrder sorts charges as they were collected: earlier terms first, then
// by day, not yet collected last, then by their place.
func inOrder(cs []naiveCharge) {
	slices.SortFunc(cs, func(a, b naiveCharge) int {
		ka, kb := 1, 1
		if a.earlier {
			ka = 0
		}
		if b.earlier {
			kb = 0
		}
		if ka != kb {
			return ka - kb
		}
		za, zb := a.Collected.IsZero(), b.Collected.IsZero()
		if za != zb {
			if za {
				return 1
			}
			return -1
		}
		if c := a.Collected.Compare(b.Collected); c != 0 {
			return c
		}
		return a.at - b.at
	})
}

// repeated sums each filing charge's item over the charges to the same
// pupils in its standard's period, in decimal.
func (n *naiveAuditor) repeated(f fees.Filing) houqin.Findings {
	var out houqin.Findings
	all := make([]naiveCharge, 0, len(f.Charges)+len(f.Earlier))
	for i, c := range f.Earlier {
		all = append(all, naiveCharge{c, true, i})
	}
	for i, c := range f.Charges {
		all = append(all, naiveCharge{c, false, len(f.Earlier) + i})
	}
	for _, c := range f.Charges {
		it, ok := n.items[c.Item]
		if !ok || c.Amount.IsZero() || (it.Unit != fees.PerTerm && it.Unit != fees.PerYear) {
			continue
		}
		var g []naiveCharge
		for _, d := range all {
			if d.Item == c.Item && !d.Amount.IsZero() && stageOf(f, d.Charge) == stageOf(f, c) &&
				sameGrades(d.Grades, c.Grades) && (!d.earlier || it.Unit == fees.PerYear) {
				g = append(g, d)
			}
		}
		inOrder(g)
		q := func(d naiveCharge) decimal.Decimal { return decimal.NewFromInt(int64(max(d.Quantity, 1))) }
		limit := it.Standard
		for _, d := range g {
			limit = decimal.Max(limit, it.Standard.Mul(q(d)))
		}
		total, within := decimal.Zero, decimal.Zero
		for k, d := range g {
			in := decimal.Min(d.Amount, it.Standard.Mul(q(d)))
			total, within = total.Add(d.Amount), within.Add(in)
			if d.earlier || d.ID != c.ID || !within.GreaterThan(limit) {
				continue
			}
			ex := decimal.Min(in, within.Sub(limit))
			out = append(out, houqin.Finding{Code: fees.CodeRepeatedOverStandard, Severity: houqin.Violation, Subject: c.ID,
				Facts: []houqin.Fact{cf("charge", k+1), yf("amount", d.Amount), yf("total", total), yf("standard", limit),
					yf("excess_per_pupil", ex), cf("pupils", d.Pupils), yf("excess_total", ex.Mul(decimal.NewFromInt(int64(d.Pupils))))}})
		}
	}
	return out
}

// oneFee sums the one-fee charges of each filing charge's pupils in the
// school year against their cap, in decimal.
func (n *naiveAuditor) oneFee(f fees.Filing) houqin.Findings {
	o := n.p.OneFee
	if !o.Enabled {
		return nil
	}
	capOf := func(d fees.Charge) (decimal.Decimal, bool) {
		it, ok := n.items[d.Item]
		if d.Amount.IsZero() || (!(ok && it.Kind == fees.OneFee) && !naiveHas(o.Categories, naiveCats(d, it, ok))) {
			return decimal.Zero, false
		}
		for _, c := range o.Caps {
			if c.Stage == stageOf(f, d) && c.Rural == f.Rural {
				return c.Cap.Mul(decimal.NewFromInt(1).Add(o.Float)).RoundFloor(2), true
			}
		}
		return decimal.Zero, false
	}
	var out houqin.Findings
	all := make([]naiveCharge, 0, len(f.Charges)+len(f.Earlier))
	for i, c := range f.Earlier {
		all = append(all, naiveCharge{c, true, i})
	}
	for i, c := range f.Charges {
		all = append(all, naiveCharge{c, false, len(f.Earlier) + i})
	}
	for _, c := range f.Charges {
		limit, ok := capOf(c)
		if !ok {
			continue
		}
		var g []naiveCharge
		for _, d := range all {
			if _, ok := capOf(d.Charge); ok && stageOf(f, d.Charge) == stageOf(f, c) && sameGrades(d.Grades, c.Grades) {
				g = append(g, d)
			}
		}
		inOrder(g)
		total := decimal.Zero
		for k, d := range g {
			before := total
			total = total.Add(d.Amount)
			if d.earlier || d.ID != c.ID || !total.GreaterThan(limit) {
				continue
			}
			ex := total.Sub(decimal.Max(before, limit))
			out = append(out, houqin.Finding{Code: fees.CodeOneFeeOverCap, Severity: houqin.Violation, Subject: c.ID,
				Facts: []houqin.Fact{cf("charges", k+1), yf("amount", d.Amount), yf("total", total), yf("cap", limit),
					yf("excess_per_pupil", ex), cf("pupils", d.Pupils), yf("excess_total", ex.Mul(decimal.NewFromInt(int64(d.Pupils))))}})
		}
	}
	return out
}

// ahead finds a charge collected ahead of its term or school year, with
// the calendar's terms.
func (n *naiveAuditor) ahead(c fees.Charge) houqin.Findings {
	if c.Collected.IsZero() || c.Amount.IsZero() {
		return nil
	}
	cal := n.p.Calendar
	t := cal.TermOf(c.Collected.AddDays(n.p.RegistrationDays))
	it, ok := n.items[c.Item]
	q := max(c.Quantity, 1)
	perYear := ok && it.Unit == fees.PerYear
	spring := func(y int) houqin.Date { return cal.Term(houqin.Term{Year: y, Semester: houqin.Spring}).To }
	var covers houqin.Date
	switch {
	case !c.Covers.From.IsZero():
		covers = c.Covers.To
	case perYear && q > 1:
		covers = spring(t.Year + q - 1)
	case ok && it.Unit == fees.PerTerm && q > 1:
		u := t
		for range q - 1 {
			if u.Semester == houqin.Autumn {
				u.Semester = houqin.Spring
			} else {
				u = houqin.Term{Year: u.Year + 1, Semester: houqin.Autumn}
			}
		}
		covers = cal.Term(u).To
	default:
		return nil
	}
	f := func(code houqin.Code, name string, end houqin.Date) houqin.Findings {
		if !covers.After(end) {
			return nil
		}
		return houqin.Findings{{Code: code, Severity: houqin.Violation, Subject: c.ID, Facts: []houqin.Fact{
			houqin.DateFact("collected_on", c.Collected), houqin.DateFact(name, end), houqin.DateFact("covers_to", covers)}}}
	}
	if perYear {
		return f(fees.CodeChargedAcrossYears, "year_end", spring(t.Year))
	}
	return f(fees.CodeChargedAcrossTerms, "term_end", cal.Term(t).To)
}

// leavers counts the refunds owed to a charge's leavers, in decimal, day
// by day.
func (n *naiveAuditor) leavers(c fees.Charge) houqin.Findings {
	if len(c.Leavers) == 0 || c.Amount.IsZero() {
		return nil
	}
	count, due, short := 0, decimal.Zero, decimal.Zero
	for _, l := range c.Leavers {
		paid := c.Amount
		if l.Paid.Valid {
			paid = l.Paid.Decimal
		}
		units, unused := 0, 0
		for d := c.Covers.From; !d.After(c.Covers.To); d = d.AddDays(1) {
			units++
			if d.After(l.Left) {
				unused++
			}
		}
		owed := paid.Mul(decimal.NewFromInt(int64(unused))).Div(decimal.NewFromInt(int64(units))).Round(2)
		if l.Refunded.LessThan(owed) {
			count++
			due, short = due.Add(owed), short.Add(owed.Sub(l.Refunded))
		}
	}
	if count == 0 {
		return nil
	}
	return houqin.Findings{{Code: fees.CodeLeavingRefundShort, Severity: houqin.Violation, Subject: c.ID,
		Facts: []houqin.Fact{cf("leavers", count), yf("due", due), yf("short", short)}}}
}

// cleanTerm is a term where every rule holds: the typical school.
func cleanTerm() fees.Filing {
	f := benchTerm()
	f.Charges[0].Amount = testkit.Dec("80.00")
	f.Charges[2].Published = day(2025, 9, 1)
	f.Charges[3].ProviderPrice = decimal.NewNullDecimal(testkit.Dec("10.00"))
	f.Charges[1].Covers.To = day(2026, 1, 31) // 153 days: 750 × 123 ÷ 153 = 602.94, and 750 × 31 ÷ 153 = 151.96
	f.Charges[1].Leavers[0].Refunded = testkit.Dec("602.94")
	f.Charges[1].Leavers[1].Refunded = testkit.Dec("151.96")
	f.Charges[2].Payment = "" // the milk paid on its own; the books and textbooks together
	f.Charges[10].Amount = testkit.Dec("50.00")
	f.Charges[11].Amount = testkit.Dec("50.00")
	f.Charges = slices.Delete(f.Charges, 6, 9) // tutoring, misc, boarding
	f.Spending[0].Actual = testkit.Dec("6000.00")
	f.Spending[1].Actual = testkit.Dec("72000.00")
	f.Spending[2].Actual = testkit.Dec("450000.00")
	return f
}

// TestNaiveAuditAgrees checks that the naive implementation benchmarked
// beside Audit finds exactly the same findings, facts included.
func TestNaiveAuditAgrees(t *testing.T) {
	for pname, p := range map[string]fees.Policy{"default": fees.DefaultPolicy(), "kitchen": kitchenPolicy()} {
		a := newAuditor(t, p)
		n := newNaive(p, testCatalog())
		for name, f := range map[string]fees.Filing{"bench": benchTerm(), "clean": cleanTerm(), "kitchen sink": kitchenSink()} {
			t.Run(pname+"/"+name, func(t *testing.T) {
				r, err := a.Audit(f)
				require.NoError(t, err)
				want := n.audit(f)
				require.Equal(t, codes(want), codes(r.Findings))
				for i := range want {
					assert.Equal(t, want[i].Subject, r.Findings[i].Subject)
					require.Equal(t, factNames(want[i]), factNames(r.Findings[i]), "%s", want[i].Code)
					for j := range want[i].Facts {
						assert.Equal(t, want[i].Facts[j], r.Findings[i].Facts[j], "%s %s", want[i].Code, want[i].Facts[j].Name)
					}
				}
			})
		}
	}
	a := newAuditor(t, fees.DefaultPolicy())
	r, err := a.Audit(cleanTerm())
	require.NoError(t, err)
	assert.Empty(t, r.Findings)
}

// BenchmarkAudit audits one school's term: "clean", nine charges where
// every rule holds (the typical school), with payments, a period and a
// leaver to check; "broken", twelve charges with twelve findings.
func BenchmarkAudit(b *testing.B) {
	for _, sc := range []struct {
		name string
		f    fees.Filing
	}{{"clean", cleanTerm()}, {"broken", benchTerm()}} {
		b.Run(sc.name+"/houqin", func(b *testing.B) {
			a := newAuditor(b, fees.DefaultPolicy())
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.Audit(sc.f); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(sc.name+"/naive", func(b *testing.B) {
			n := newNaive(fees.DefaultPolicy(), testCatalog())
			b.ReportAllocs()
			for b.Loop() {
				_ = n.audit(sc.f)
			}
		})
	}
}

// settleRoll is a 2,000-pupil school's exercise books: 10.00 each,
// 18,765.43 spent, 1,234.57 to refund; and an uneven variant where every
// tenth pupil paid half.
func settleRoll(uneven bool) (fees.Charge, fees.Spending) {
	c := fees.Charge{ID: "books", Item: "exercise_books", Amount: testkit.Dec("10.00"), Handler: fees.HandlerSchool,
		Roll: make([]fees.Pupil, 2000)}
	half := testkit.Dec("5.00")
	for i := range c.Roll {
		c.Roll[i] = fees.Pupil{ID: "p" + strconv.Itoa(i), Paid: c.Amount}
		if uneven && i%10 == 0 {
			c.Roll[i].Paid = half
		}
	}
	return c, fees.Spending{Charge: "books", Actual: testkit.Dec("18765.43")}
}

// naiveSettle is the per-pupil decimal loop: add the payments in decimal,
// divide the excess by the pupils, round each share down to the fen, then
// hand out the leftover fen one by one, all in decimal.
func naiveSettle(c fees.Charge, s fees.Spending) []decimal.Decimal {
	collected := decimal.Zero
	for _, p := range c.Roll {
		collected = collected.Add(p.Paid)
	}
	excess := collected.Sub(s.Actual)
	out := make([]decimal.Decimal, len(c.Roll))
	if !excess.IsPositive() {
		return out
	}
	n := decimal.NewFromInt(int64(len(c.Roll)))
	given := decimal.Zero
	for i := range c.Roll {
		out[i] = excess.Div(n).RoundDown(2)
		given = given.Add(out[i])
	}
	fen := decimal.New(1, -2)
	for i := 0; given.LessThan(excess); i++ {
		out[i] = out[i].Add(fen)
		given = given.Add(fen)
	}
	return out
}

// naiveSettleWeighted is the per-pupil decimal loop of a refund shared in
// proportion to what each pupil paid: each share is excess × paid ÷
// collected rounded down to the fen, and the leftover fen go to the largest
// remainders, ties to the earlier pupil, all in decimal.
func naiveSettleWeighted(c fees.Charge, s fees.Spending) []decimal.Decimal {
	collected := decimal.Zero
	for _, p := range c.Roll {
		collected = collected.Add(p.Paid)
	}
	excess := collected.Sub(s.Actual)
	out := make([]decimal.Decimal, len(c.Roll))
	if !excess.IsPositive() {
		return out
	}
	rems := make([]decimal.Decimal, len(c.Roll))
	given := decimal.Zero
	for i, p := range c.Roll {
		exact := excess.Mul(p.Paid).DivRound(collected, 16)
		out[i] = exact.RoundDown(2)
		rems[i] = exact.Sub(out[i])
		given = given.Add(out[i])
	}
	order := make([]int, len(c.Roll))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rems[b].Cmp(rems[a]) })
	fen := decimal.New(1, -2)
	for k := 0; given.LessThan(excess); k++ {
		out[order[k]] = out[order[k]].Add(fen)
		given = given.Add(fen)
	}
	return out
}

func TestNaiveSettleWeightedAgrees(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	c, s := settleRoll(true)
	got, err := a.Settle(c, s)
	require.NoError(t, err)
	require.NotNil(t, got.Shares)
	want := naiveSettleWeighted(c, s)
	for i := range want {
		require.True(t, want[i].Equal(got.Shares[i].Yuan()), "pupil %d: %s vs %s", i, want[i], got.Shares[i])
	}
}

// TestNaiveSettleAgrees checks that the naive loop benchmarked beside
// Settle computes the same refunds.
func TestNaiveSettleAgrees(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	c, s := settleRoll(false)
	got, err := a.Settle(c, s)
	require.NoError(t, err)
	want := naiveSettle(c, s)
	amounts := got.Amounts()
	require.Len(t, amounts, len(want))
	for i := range want {
		require.True(t, want[i].Equal(amounts[i].Yuan()), "pupil %d: %s vs %s", i, want[i], amounts[i])
	}
}

func BenchmarkSettle(b *testing.B) {
	a := newAuditor(b, fees.DefaultPolicy())
	c, s := settleRoll(false)
	b.Run("houqin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r, err := a.Settle(c, s)
			if err != nil || r.Share(1999) == 0 {
				b.Fatal(err)
			}
		}
	})
	b.Run("houqin_amounts", func(b *testing.B) {
		// The same, with every pupil's refund materialised in a list.
		b.ReportAllocs()
		for b.Loop() {
			r, err := a.Settle(c, s)
			if err != nil || len(r.Amounts()) != 2000 {
				b.Fatal(err)
			}
		}
	})
	cu, su := settleRoll(true)
	b.Run("houqin_uneven", func(b *testing.B) {
		// Every tenth pupil paid half: shared in proportion to payments.
		b.ReportAllocs()
		for b.Loop() {
			r, err := a.Settle(cu, su)
			if err != nil || len(r.Shares) != 2000 {
				b.Fatal(err)
			}
		}
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if len(naiveSettle(c, s)) != 2000 {
				b.Fatal()
			}
		}
	})
	b.Run("naive_uneven", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if len(naiveSettleWeighted(cu, su)) != 2000 {
				b.Fatal()
			}
		}
	})
}
