package canteen_test

import (
	"sort"
	"strconv"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/shopspring/decimal"
)

// naiveRecords is the straightforward way of the records' rules, for the
// benchmarks: weights compared as shopspring decimals, records found by
// string keys built per lookup, every day of a period walked for the
// certificates, and facts built from decimals.
type naiveRecords struct {
	minGrams    decimal.Decimal
	keep        time.Duration
	accompanied bool
	months      int
}

func newNaiveRecords(p canteen.Policy) *naiveRecords {
	return &naiveRecords{minGrams: p.SampleGrams, keep: time.Duration(p.SampleHours) * time.Hour,
		accompanied: p.AccompaniedMeals, months: p.CertificateMonths}
}

var tenKilos = decimal.New(10000, 0)

func (n *naiveRecords) check(r canteen.Records) (houqin.Findings, error) {
	var errs []error
	bad := func(field, why string) { errs = append(errs, houqin.Invalid(field, why)) }
	if r.Canteen == "" {
		bad("canteen", "missing")
	}
	if err := r.Period.Validate(); err != nil {
		errs = append(errs, houqin.WithField("period", err))
	}
	menu := map[string]bool{}
	meals := map[string]int{}
	for i, m := range r.Meals {
		at := "meals[" + strconv.Itoa(i) + "]"
		if m.Date.Validate() != nil || !r.Period.Contains(m.Date) {
			bad(at+".date", "not a day of the period")
		}
		if m.Name == "" || len(m.Name) > 256 {
			bad(at+".name", "bad name")
		}
		key := m.Date.String() + "|" + m.Name
		if _, dup := meals[key]; dup {
			bad(at+".name", "listed twice")
		}
		meals[key] = i
		for _, d := range m.Dishes {
			menu[key+"|"+d] = true
		}
	}
	samples := map[string]int{}
	for i, s := range r.Samples {
		at := "samples[" + strconv.Itoa(i) + "]"
		if s.Grams.IsNegative() || !s.Grams.Round(1).Equal(s.Grams) || s.Grams.GreaterThan(tenKilos) {
			bad(at+".grams", "not a weight")
		}
		key := s.Date.String() + "|" + s.Meal + "|" + s.Dish
		if !menu[key] {
			bad(at, "not on the menu")
		}
		if _, dup := samples[key]; dup {
			bad(at, "twice")
		}
		samples[key] = i
	}
	accompanied := map[string]bool{}
	for i, a := range r.Accompanied {
		key := a.Date.String() + "|" + a.Meal
		if _, ok := meals[key]; !ok || a.By == "" {
			bad("accompanied["+strconv.Itoa(i)+"]", "not a meal")
		}
		accompanied[key] = true
	}
	checked := map[string]bool{}
	handlers := map[string]bool{}
	for _, h := range r.Handlers {
		handlers[h.ID] = true
	}
	for i, c := range r.MorningChecks {
		if !handlers[c.Handler] {
			bad("morning_checks["+strconv.Itoa(i)+"].handler", "not a handler")
		}
		checked[c.Handler+"|"+c.Date.String()] = true
	}
	if len(errs) > 0 {
		return nil, errs[0]
	}

	var fs houqin.Findings
	for _, m := range r.Meals {
		for _, d := range m.Dishes {
			subject := m.Name + "/" + d
			i, ok := samples[m.Date.String()+"|"+m.Name+"|"+d]
			if !ok {
				fs = append(fs, houqin.Finding{Code: canteen.CodeSampleMissing, Severity: houqin.Violation, Subject: subject,
					Facts: []houqin.Fact{houqin.DateFact("date", m.Date)}})
				continue
			}
			s := r.Samples[i]
			if s.Grams.LessThan(n.minGrams) {
				fs = append(fs, houqin.Finding{Code: canteen.CodeSampleUnderweight, Severity: houqin.Violation, Subject: subject,
					Facts: []houqin.Fact{houqin.DateFact("date", m.Date), decGrams("weight", s.Grams), decGrams("required", n.minGrams),
						decGrams("shortfall", n.minGrams.Sub(s.Grams))}})
			}
			if s.Taken.IsZero() || s.By == "" {
				fs = append(fs, houqin.Finding{Code: canteen.CodeSampleUnlabelled, Severity: houqin.Warning, Subject: subject,
					Facts: []houqin.Fact{houqin.DateFact("date", m.Date)}})
			}
			if !s.Taken.IsZero() && !s.Discarded.IsZero() {
				kept := decimal.NewFromFloat(s.Discarded.Sub(s.Taken).Minutes()).Floor()
				req := decimal.NewFromInt(int64(n.keep / time.Minute))
				if s.Discarded.Sub(s.Taken) < n.keep {
					fs = append(fs, houqin.Finding{Code: canteen.CodeSampleDiscardedEarly, Severity: houqin.Violation, Subject: subject,
						Facts: []houqin.Fact{houqin.DateFact("date", m.Date), houqin.CountFact("kept", kept.IntPart()),
							houqin.CountFact("required", req.IntPart()), houqin.CountFact("shortfall", req.Sub(kept).IntPart())}})
				}
			}
		}
	}
	days := map[string]houqin.Date{}
	for _, m := range r.Meals {
		days[m.Date.String()] = m.Date
	}
	keys := make([]string, 0, len(days))
	for k := range days {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if n.accompanied {
		var run []string
		missed := 0
		flush := func() {
			if len(run) > 0 {
				fs = append(fs, houqin.Finding{Code: canteen.CodeMealUnaccompanied, Severity: houqin.Violation, Subject: r.Canteen,
					Facts: []houqin.Fact{houqin.DateFact("from", days[run[0]]), houqin.DateFact("to", days[run[len(run)-1]]),
						houqin.CountFact("days", int64(len(run))), houqin.CountFact("meals", int64(missed))}})
			}
			run, missed = nil, 0
		}
		for _, k := range keys {
			m := 0
			for _, meal := range r.Meals {
				if meal.Date.String() == k && !accompanied[k+"|"+meal.Name] {
					m++
				}
			}
			if m == 0 {
				flush()
				continue
			}
			run = append(run, k)
			missed += m
		}
		flush()
	}
	if r.MorningChecks != nil {
		for _, h := range r.Handlers {
			serving := h.Serving
			if serving == (houqin.Period{}) {
				serving = r.Period
			}
			var first houqin.Date
			missing := 0
			for _, k := range keys {
				d := days[k]
				if serving.Contains(d) && !checked[h.ID+"|"+k] {
					if missing == 0 {
						first = d
					}
					missing++
				}
			}
			if missing > 0 {
				fs = append(fs, houqin.Finding{Code: canteen.CodeMorningCheckMissing, Severity: houqin.Violation, Subject: h.ID,
					Facts: []houqin.Fact{houqin.DateFact("first", first), houqin.CountFact("days", int64(missing))}})
			}
		}
	}
	fs.Sort()
	return fs, nil
}

func decGrams(name string, d decimal.Decimal) houqin.Fact {
	return houqin.Fact{Name: name, Unit: houqin.UnitGrams, Value: d.Shift(1).IntPart()}
}

// staff is the naive check of a roster's certificates: every day of each
// worker's serving period is looked for among the certificates, capped by
// time.AddDate.
func (n *naiveRecords) staff(r canteen.Roster) houqin.Findings {
	var fs houqin.Findings
	for _, w := range r.Workers {
		serving := w.Serving
		if serving == (houqin.Period{}) {
			serving = r.Period
		}
		var first houqin.Date
		days := 0
		for d := serving.From; !d.After(serving.To); d = d.AddDays(1) {
			covered := false
			for _, c := range w.Certificates {
				to := c.To
				if n.months > 0 {
					latest := houqin.DateOf(time.Date(c.From.Year, c.From.Month, c.From.Day, 0, 0, 0, 0, time.UTC).AddDate(0, n.months, 0))
					if to.After(latest) {
						to = latest
					}
				}
				if !d.Before(c.From) && !d.After(to) {
					covered = true
					break
				}
			}
			if !covered {
				if days == 0 {
					first = d
				}
				days++
			}
		}
		if days > 0 {
			fs = append(fs, houqin.Finding{Code: canteen.CodeHealthCertificateGap, Severity: houqin.Violation, Subject: w.ID,
				Facts: []houqin.Fact{houqin.DateFact("first_uncovered", first), houqin.CountFact("days", int64(days))}})
		}
	}
	fs.Sort()
	return fs
}

// naiveSubsidy is the straightforward way of the subsidy's rules: rates,
// sums and balances as shopspring decimals.
type naiveSubsidy struct {
	rates []canteen.SubsidyRate
	topUp decimal.Decimal
}

func newNaiveSubsidy(p canteen.Policy) *naiveSubsidy {
	return &naiveSubsidy{rates: p.SubsidyRates, topUp: p.SubsidyTopUp}
}

type naiveSubsidyResult struct {
	entitlement, claimed, excess, booked, food, misused, balance decimal.Decimal
	findings                                                     houqin.Findings
}

func (n *naiveSubsidy) rate(d houqin.Date) decimal.Decimal {
	r := decimal.Zero
	for _, s := range n.rates {
		if !s.From.After(d) {
			r = s.Rate
		}
	}
	return r.Add(n.topUp)
}

func (n *naiveSubsidy) check(asOf houqin.Date, accounts []canteen.SubsidyAccount) ([]naiveSubsidyResult, error) {
	out := make([]naiveSubsidyResult, len(accounts))
	for i, a := range accounts {
		if a.School == "" || a.Pupils < 0 {
			return nil, houqin.Invalid("accounts["+strconv.Itoa(i)+"]", "bad account")
		}
		r := &out[i]
		pupils := decimal.NewFromInt(int64(a.Pupils))
		excessMeals, excessDays := int64(0), int64(0)
		seen := map[string]bool{}
		for _, d := range a.Days {
			if d.Meals < 0 || !a.Period.Contains(d.Date) || seen[d.Date.String()] {
				return nil, houqin.Invalid("days", "bad day")
			}
			seen[d.Date.String()] = true
			rate := n.rate(d.Date)
			r.entitlement = r.entitlement.Add(pupils.Mul(rate))
			r.claimed = r.claimed.Add(decimal.NewFromInt(int64(d.Meals)).Mul(rate))
			if d.Meals > a.Pupils {
				over := int64(d.Meals - a.Pupils)
				excessMeals += over
				excessDays++
				r.excess = r.excess.Add(decimal.NewFromInt(over).Mul(rate))
			}
		}
		if excessMeals > 0 && a.Pupils == 0 {
			r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeSubsidyClaimedWithoutPupils, Severity: houqin.Violation, Subject: a.School,
				Facts: []houqin.Fact{houqin.CountFact("meals", excessMeals), yuanFact("amount", r.excess), houqin.CountFact("days", excessDays)}})
		} else if excessMeals > 0 {
			r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeSubsidyOverclaimed, Severity: houqin.Violation, Subject: a.School,
				Facts: []houqin.Fact{houqin.CountFact("excess", excessMeals), yuanFact("amount", r.excess),
					houqin.CountFact("days", excessDays), houqin.CountFact("pupils", int64(a.Pupils))}})
		}
		mixed := decimal.Zero
		for _, l := range a.Income {
			if err := naiveAmount("income", l.Amount); err != nil {
				return nil, err
			}
			if l.Category == canteen.NutritionSubsidy {
				r.booked = r.booked.Add(l.Amount)
			} else {
				mixed = mixed.Add(l.Amount)
			}
		}
		for j, l := range a.Spending {
			if err := naiveAmount("spending", l.Amount); err != nil {
				return nil, err
			}
			if l.Use == canteen.SubsidyFood {
				r.food = r.food.Add(l.Amount)
				continue
			}
			r.misused = r.misused.Add(l.Amount)
			code := canteen.CodeSubsidyMisused
			if l.Use == canteen.SubsidyCash {
				code = canteen.CodeSubsidyCashToPupils
			}
			subject := l.Voucher
			if subject == "" {
				subject = a.School
			}
			r.findings = append(r.findings, houqin.Finding{Code: code, Severity: houqin.Violation, Subject: subject,
				Facts: []houqin.Fact{yuanFact("amount", l.Amount), houqin.CountFact("line", int64(j)+1)}})
		}
		if !r.booked.Equal(a.Received) {
			r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeSubsidyLedgerMismatch, Severity: houqin.Violation, Subject: a.School,
				Facts: []houqin.Fact{yuanFact("received", a.Received), yuanFact("booked", r.booked), yuanFact("difference", r.booked.Sub(a.Received))}})
		}
		if mixed.IsPositive() {
			r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeSubsidyMixedAccounts, Severity: houqin.Violation, Subject: a.School,
				Facts: []houqin.Fact{yuanFact("amount", mixed)}})
		}
		r.balance = a.Opening.Add(r.booked).Sub(r.food).Sub(r.misused)
		due := a.Period.To.AddDays(5)
		switch {
		case !a.Published.IsZero() && a.Published.After(due):
			r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeSubsidyPublishedLate, Severity: houqin.Warning, Subject: a.School,
				Facts: []houqin.Fact{houqin.DateFact("due", due), houqin.DateFact("published", a.Published), houqin.CountFact("days_late", int64(a.Published.Sub(due)))}})
		case a.Published.IsZero() && !asOf.IsZero() && asOf.After(due):
			r.findings = append(r.findings, houqin.Finding{Code: canteen.CodeSubsidyNotPublished, Severity: houqin.Violation, Subject: a.School,
				Facts: []houqin.Fact{houqin.DateFact("due", due), houqin.CountFact("days_late", int64(asOf.Sub(due)))}})
		}
	}
	// The chain of each school, by the text of its periods.
	order := make([]int, len(accounts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool {
		a, b := accounts[order[x]], accounts[order[y]]
		if a.School != b.School {
			return a.School < b.School
		}
		return a.Period.From.String() < b.Period.From.String()
	})
	cal := houqin.DefaultCalendar()
	for k, i := range order {
		a := accounts[i]
		if k > 0 {
			p := accounts[order[k-1]]
			if p.School == a.School {
				if !a.Period.From.After(p.Period.To) {
					return nil, houqin.Invalid("period", "overlap")
				}
				if a.Period.From == p.Period.To.AddDays(1) && !a.Opening.Equal(out[order[k-1]].balance) {
					out[i].findings = append(out[i].findings, houqin.Finding{Code: canteen.CodeSubsidyCarryForwardMismatch, Severity: houqin.Violation,
						Subject: a.School, Facts: []houqin.Fact{yuanFact("closing", out[order[k-1]].balance), yuanFact("opening", a.Opening),
							yuanFact("difference", a.Opening.Sub(out[order[k-1]].balance))}})
				}
			}
		}
		if bal := out[i].balance; bal.IsPositive() && cal.Term(cal.TermOf(a.Period.To)).To == a.Period.To {
			avail := a.Opening.Add(out[i].booked)
			out[i].findings = append(out[i].findings, houqin.Finding{Code: canteen.CodeSubsidyBalanceAtTermEnd, Severity: houqin.Warning,
				Subject: a.School, Facts: []houqin.Fact{yuanFact("balance", bal), yuanFact("available", avail),
					percentFact("ratio", bal.DivRound(avail, 8)), percentFact("tolerance", decimal.Zero)}})
		}
	}
	for i := range out {
		out[i].findings.Sort()
	}
	return out, nil
}
