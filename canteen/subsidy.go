package canteen

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
)

// SubsidyAccount is one school's dedicated account of the nutrition
// programme's subsidy (农村义务教育学生营养改善计划膳食补助专账) for one period,
// usually a month: the covered pupils and the meals claimed for them, the
// subsidy received, and the ledger in which it is booked apart from the
// canteen's meal fees (专账核算). Amounts are decimal yuan with at most two
// decimals, within ±houqin.MaxFen.
type SubsidyAccount struct {
	// School is the host's identifier of the school: the subject of the
	// account's findings. Required.
	School string `json:"school"`
	// Period is the period the account covers. Required; the periods of a
	// school's accounts must not overlap.
	Period houqin.Period `json:"period"`
	// Pupils is the number of covered pupils on the real-name list
	// (实名制学生名单) in the period: from 0 to 100,000.
	Pupils int `json:"pupils"`
	// Days are the days on which meals were served in the period, each once,
	// with the meals claimed for covered pupils on that day.
	Days []MealDay `json:"days"`
	// Received is the subsidy the school received for the period, as the
	// funding documents state (拨付): zero or more.
	Received decimal.Decimal `json:"received"`
	// Opening is the ledger's balance brought forward from the previous
	// period; it may be negative.
	Opening decimal.Decimal `json:"opening"`
	// Income are the income lines of the subsidy's ledger: the subsidy
	// booked (NutritionSubsidy), and anything else booked in it, which
	// mixes the accounts ([CodeSubsidyMixedAccounts]).
	Income []IncomeLine `json:"income"`
	// Spending are the spending lines of the subsidy's ledger.
	Spending []SubsidyLine `json:"spending"`
	// Published is the day the use of the period's subsidy was published
	// (公示); the zero Date means it has not been.
	Published houqin.Date `json:"published,omitzero"`
}

// MealDay is a day on which meals were served to the covered pupils.
type MealDay struct {
	// Date is the day. Required; it lies in the account's period.
	Date houqin.Date `json:"date"`
	// Meals is the number of covered pupils' meals claimed for the day
	// (就餐人数): from 0 to 10,000,000.
	Meals int `json:"meals"`
}

// SubsidyLine is one spending line of the subsidy's ledger.
type SubsidyLine struct {
	// Use is what the line paid for. Required.
	Use SubsidyUse `json:"use"`
	// Amount is the amount spent, in yuan: zero or more.
	Amount decimal.Decimal `json:"amount"`
	// Voucher is the number of the source document (原始凭证号), or empty.
	// It names the line in findings.
	Voucher string `json:"voucher,omitempty"`
}

// SubsidyResult is the outcome of one [SubsidyAccount]: its figures,
// exact to the fen, and its findings.
type SubsidyResult struct {
	// School and Period are the account's.
	School string        `json:"school"`
	Period houqin.Period `json:"period"`

	// Entitlement is the subsidy the school may spend for the period:
	// the covered pupils × the daily rate of each meal day, summed over
	// the meal days (320 pupils × 21 days × 5.00 = 33,600.00).
	Entitlement houqin.Fen `json:"entitlement"`
	// Claimed is the subsidy of the meals claimed: the meals of each day ×
	// its rate, summed.
	Claimed houqin.Fen `json:"claimed"`
	// ExcessMeals are the meals claimed beyond the covered pupils, day by
	// day, and Excess the subsidy they claim (虚报冒领); zero when none.
	ExcessMeals int64      `json:"excess_meals"`
	Excess      houqin.Fen `json:"excess"`
	// Received is the subsidy received, and Booked the subsidy booked as
	// income in the ledger.
	Received houqin.Fen `json:"received"`
	Booked   houqin.Fen `json:"booked"`
	// Food is the spending on food for pupils; Misused the spending on
	// anything else, cash to pupils included.
	Food    houqin.Fen `json:"food"`
	Misused houqin.Fen `json:"misused"`
	// Balance is Opening + Booked − Food − Misused: the subsidy left, which
	// the next period's account brings forward.
	Balance houqin.Fen `json:"balance"`

	// Findings are the broken rules, sorted; nil when every rule held.
	Findings houqin.Findings `json:"findings,omitempty"`
}

// CheckSubsidy checks the nutrition subsidy's accounts of one school or of
// many (a county's), of any number of periods each, on day asOf, and
// returns one result for each account, in the order given:
//
//   - the meals claimed on a day must not exceed the covered pupils
//     ([CodeSubsidyOverclaimed], 虚报冒领, with the excess meals and the
//     subsidy they claim);
//   - the subsidy buys food for the pupils and nothing else
//     ([CodeSubsidyMisused] for each line that is not food,
//     [CodeSubsidyCashToPupils] for cash handed out);
//   - the ledger books the subsidy received ([CodeSubsidyLedgerMismatch])
//     and nothing else ([CodeSubsidyMixedAccounts]);
//   - the balance of a period reappears as the opening balance of the next
//     ([CodeSubsidyCarryForwardMismatch]), judged between two accounts of a
//     school whose periods follow one another without a gap; a balance
//     left at the end of a term (of Policy.Calendar) above
//     Policy.SubsidyBalanceTolerance is a Warning
//     ([CodeSubsidyBalanceAtTermEnd]);
//   - the use of the subsidy is published within Policy.SubsidyPublishDays
//     after the period ([CodeSubsidyPublishedLate]; [CodeSubsidyNotPublished]
//     when it has not been by asOf). The zero asOf does not judge accounts
//     not yet published.
//
// The entitlement, the subsidy a school may spend, is the covered pupils ×
// the daily rate of each meal day (Policy.SubsidyRates, chosen by the day,
// plus Policy.SubsidyTopUp): 320 pupils × 21 days × 5.00 = 33,600.00.
//
// It returns an error, and no results, joining every problem of the input,
// each an *houqin.InputError naming its field ("accounts[3].days[2].meals")
// that matches houqin.ErrInvalidInput: a missing school, a period that is
// not valid, two accounts of a school whose periods overlap, pupils or
// meals negative or beyond their bounds, a meal day outside the period,
// listed twice or before the policy's first rate, an amount that is
// negative (but the opening balance), finer than a fen or beyond
// ±houqin.MaxFen, a category or use not set or not known, sums beyond
// ±houqin.MaxFen, a publication date that is not valid.
func (k *Checker) CheckSubsidy(asOf houqin.Date, accounts []SubsidyAccount) ([]SubsidyResult, error) {
	if k == nil {
		return nil, errNilChecker
	}
	var p problem.List
	if !asOf.IsZero() {
		p.Add(houqin.WithField("as_of", asOf.Validate()))
	}
	rec := &k.c.rec
	out := make([]SubsidyResult, len(accounts))
	opening := make([]houqin.Fen, len(accounts))
	for i := range accounts {
		if err := rec.account(&accounts[i], &out[i], &opening[i]); err != nil {
			p.Add(houqin.WithField(field.Index("accounts", i), err))
		}
	}
	if p.Len() > 0 {
		return nil, p.Err()
	}
	// The accounts of each school in the order of their periods.
	order := make([]int, len(accounts))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(accounts[a].School, accounts[b].School),
			accounts[a].Period.From.Compare(accounts[b].Period.From), cmp.Compare(a, b))
	})
	for n := 1; n < len(order); n++ {
		prev, i := order[n-1], order[n]
		a, b := &accounts[prev], &accounts[i]
		if a.School != b.School {
			continue
		}
		if !b.Period.From.After(a.Period.To) {
			p.Add(houqin.Invalid(at("accounts", i, "period"),
				b.Period.String()+" overlaps "+a.Period.String()+" of the same school, "+field.Index("accounts", prev)))
			continue
		}
		diff := opening[i] - out[prev].Balance
		if diff < -houqin.MaxFen || diff > houqin.MaxFen {
			p.Add(houqin.Invalid(at("accounts", i, "opening"),
				"differs from the balance of "+field.Index("accounts", prev)+" by more than 1,000,000,000,000.00 yuan"))
			continue
		}
		if diff != 0 && b.Period.From == dayAfter(a.Period.To) {
			out[i].Findings = append(out[i].Findings, houqin.Finding{
				Code: CodeSubsidyCarryForwardMismatch, Severity: houqin.Violation, Subject: b.School,
				Facts: []houqin.Fact{
					houqin.YuanFact("closing", out[prev].Balance),
					houqin.YuanFact("opening", opening[i]),
					houqin.YuanFact("difference", diff),
				},
			})
		}
	}
	if p.Len() > 0 {
		return nil, p.Err()
	}
	for i := range out {
		rec.periodEnd(&accounts[i], &out[i], opening[i], asOf)
		out[i].Findings.Sort()
	}
	return out, nil
}

// account validates a and fills r with its figures and the findings of
// its lines and days, and *opening with its opening balance in fen. Its
// errors name the fields of a.
func (rec *records) account(a *SubsidyAccount, r *SubsidyResult, opening *houqin.Fen) error {
	var p problem.List
	p.Add(checkName("school", a.School))
	periodErr := a.Period.Validate()
	p.Add(houqin.WithField("period", periodErr))
	if a.Pupils < 0 || a.Pupils > maxPupils {
		p.Add(houqin.Invalid("pupils", "must lie between 0 and 100,000, got "+strconv.Itoa(a.Pupils)))
	}
	received, err := amount("received", a.Received)
	p.Add(err)
	open, err := houqin.FenOf("opening", a.Opening)
	p.Add(err)
	if !a.Published.IsZero() {
		p.Add(houqin.WithField("published", a.Published.Validate()))
	}
	rec.days(&p, a, r, periodErr == nil)

	var booked, mixed, total houqin.Fen
	for i := range a.Income {
		l := &a.Income[i]
		f, ok := fenOf(l.Amount)
		if !ok || !l.Category.Valid() {
			lineErrors(&p, "income", i, l.Amount, incomeCodec.Validate(uint8(l.Category)))
			continue
		}
		if total += f; total > houqin.MaxFen {
			p.Add(houqin.Invalid("income", "the lines add up beyond ±1,000,000,000,000.00 yuan"))
			break
		}
		if l.Category == NutritionSubsidy {
			booked += f
		} else {
			mixed += f
		}
	}
	var food, misused houqin.Fen
	for i := range a.Spending {
		l := &a.Spending[i]
		f, ok := fenOf(l.Amount)
		if !ok || !l.Use.Valid() {
			_, err := amount(at("spending", i, "amount"), l.Amount)
			p.Add(err)
			if why := useCodec.Validate(uint8(l.Use)); why != "" {
				p.Add(houqin.Invalid(at("spending", i, "use"), why))
			}
			continue
		}
		if food+misused+f > houqin.MaxFen {
			p.Add(houqin.Invalid("spending", "the lines add up beyond ±1,000,000,000,000.00 yuan"))
			break
		}
		if l.Use == SubsidyFood {
			food += f
			continue
		}
		misused += f
		if p.Len() > 0 {
			continue
		}
		code := CodeSubsidyMisused
		if l.Use == SubsidyCash {
			code = CodeSubsidyCashToPupils
		}
		subject := l.Voucher
		if subject == "" {
			subject = a.School
		}
		r.Findings = append(r.Findings, houqin.Finding{
			Code: code, Severity: houqin.Violation, Subject: subject,
			Facts: []houqin.Fact{houqin.YuanFact("amount", f), houqin.CountFact("line", int64(i)+1)},
		})
	}
	if err := p.Err(); err != nil {
		return err
	}
	r.School, r.Period = a.School, a.Period
	r.Received, r.Booked, r.Food, r.Misused = received, booked, food, misused
	r.Balance = open + booked - food - misused
	if r.Balance < -houqin.MaxFen || r.Balance > houqin.MaxFen {
		return houqin.Invalid("opening", "the balance of the account lies beyond ±1,000,000,000,000.00 yuan")
	}
	*opening = open
	if booked != received {
		r.Findings = append(r.Findings, houqin.Finding{
			Code: CodeSubsidyLedgerMismatch, Severity: houqin.Violation, Subject: a.School,
			Facts: []houqin.Fact{
				houqin.YuanFact("received", received),
				houqin.YuanFact("booked", booked),
				houqin.YuanFact("difference", booked-received),
			},
		})
	}
	if mixed > 0 {
		r.Findings = append(r.Findings, houqin.Finding{
			Code: CodeSubsidyMixedAccounts, Severity: houqin.Violation, Subject: a.School,
			Facts: []houqin.Fact{houqin.YuanFact("amount", mixed)},
		})
	}
	return nil
}

// days validates the meal days of a and sets the entitlement, the claim
// and its excess in r, with the finding of the excess.
func (rec *records) days(p *problem.List, a *SubsidyAccount, r *SubsidyResult, periodOK bool) {
	n := p.Len()
	pupils := a.Pupils
	if pupils < 0 || pupils > maxPupils {
		pupils = 0 // reported by account; the sums below stay in range
	}
	var rates, claimed, excess, excessMeals, excessDays int64
	ascending := true
	for i := range a.Days {
		d := &a.Days[i]
		if err := d.Date.Validate(); err != nil {
			p.Add(houqin.WithField(at("days", i, "date"), err))
			continue
		}
		if periodOK && !a.Period.Contains(d.Date) {
			p.Add(houqin.Invalid(at("days", i, "date"), d.Date.String()+" lies outside the period "+a.Period.String()))
		}
		if i > 0 && !d.Date.After(a.Days[i-1].Date) {
			ascending = false
		}
		if d.Meals < 0 || d.Meals > maxDayMeals {
			p.Add(houqin.Invalid(at("days", i, "meals"), "must lie between 0 and 10,000,000, got "+strconv.Itoa(d.Meals)))
			continue
		}
		rate, ok := rec.rate(d.Date)
		if !ok {
			p.Add(houqin.Invalid(at("days", i, "date"), noRate(rec, d.Date)))
			continue
		}
		rates += int64(rate)
		claimed += int64(d.Meals) * int64(rate)
		if over := int64(d.Meals - pupils); over > 0 {
			excessMeals += over
			excess += over * int64(rate)
			excessDays++
		}
	}
	if !ascending && p.Len() == n {
		seen := make(map[houqin.Date]int, len(a.Days))
		for i, d := range a.Days {
			if j, dup := seen[d.Date]; dup {
				p.Add(houqin.Invalid(at("days", i, "date"), d.Date.String()+" is listed twice, first as "+field.Index("days", j)))
			} else {
				seen[d.Date] = i
			}
		}
	}
	// rates ≤ 3,652,059 days × 10,000 fen; × 100,000 pupils fits in int64,
	// and so does claimed ≤ days × 10,000,000 meals × 10,000 fen.
	entitlement := rates * int64(pupils)
	if entitlement > int64(houqin.MaxFen) || claimed > int64(houqin.MaxFen) {
		p.Add(houqin.Invalid("days", "the subsidy of the meal days adds up beyond ±1,000,000,000,000.00 yuan"))
	}
	if p.Len() > n {
		return
	}
	r.Entitlement, r.Claimed = houqin.Fen(entitlement), houqin.Fen(claimed)
	r.ExcessMeals, r.Excess = excessMeals, houqin.Fen(excess)
	if excessMeals > 0 && pupils == 0 {
		// No covered pupil: every meal claimed is claimed falsely.
		r.Findings = append(r.Findings, houqin.Finding{
			Code: CodeSubsidyClaimedWithoutPupils, Severity: houqin.Violation, Subject: a.School,
			Facts: []houqin.Fact{
				houqin.CountFact("meals", excessMeals),
				houqin.YuanFact("amount", houqin.Fen(excess)),
				houqin.CountFact("days", excessDays),
			},
		})
	} else if excessMeals > 0 {
		r.Findings = append(r.Findings, houqin.Finding{
			Code: CodeSubsidyOverclaimed, Severity: houqin.Violation, Subject: a.School,
			Facts: []houqin.Fact{
				houqin.CountFact("excess", excessMeals),
				houqin.YuanFact("amount", houqin.Fen(excess)),
				houqin.CountFact("days", excessDays),
				houqin.CountFact("pupils", int64(a.Pupils)),
			},
		})
	}
}

// noRate says why day d has no rate.
func noRate(rec *records, d houqin.Date) string {
	if len(rec.rates) == 0 {
		return "the policy has no subsidy rate"
	}
	return d.String() + " comes before the policy's first subsidy rate, from " + rec.rates[0].from.String()
}

// periodEnd appends to r the findings of the end of a's period: the
// balance left at the end of a term, and the publication of the subsidy's
// use.
func (rec *records) periodEnd(a *SubsidyAccount, r *SubsidyResult, opening houqin.Fen, asOf houqin.Date) {
	if bal := r.Balance; bal > 0 && rec.cal.Term(rec.cal.TermOf(a.Period.To)).To == a.Period.To {
		available := opening + r.Booked
		if houqin.CmpShare(int64(bal), int64(available), rec.balanceTol) > 0 {
			r.Findings = append(r.Findings, houqin.Finding{
				Code: CodeSubsidyBalanceAtTermEnd, Severity: houqin.Warning, Subject: a.School,
				Facts: []houqin.Fact{
					houqin.YuanFact("balance", bal),
					houqin.YuanFact("available", available),
					houqin.PercentFact("ratio", houqin.ShareOf(int64(bal), int64(available), rec.balanceTol)),
					houqin.PercentFact("tolerance", rec.balanceTol),
				},
			})
		}
	}
	if rec.publishDays == 0 {
		return
	}
	due := a.Period.To.AddDays(rec.publishDays)
	switch {
	case !a.Published.IsZero():
		if a.Published.After(due) {
			r.Findings = append(r.Findings, houqin.Finding{
				Code: CodeSubsidyPublishedLate, Severity: houqin.Warning, Subject: a.School,
				Facts: []houqin.Fact{
					houqin.DateFact("due", due),
					houqin.DateFact("published", a.Published),
					houqin.CountFact("days_late", int64(a.Published.Sub(due))),
				},
			})
		}
	case !asOf.IsZero() && asOf.After(due):
		r.Findings = append(r.Findings, houqin.Finding{
			Code: CodeSubsidyNotPublished, Severity: houqin.Violation, Subject: a.School,
			Facts: []houqin.Fact{
				houqin.DateFact("due", due),
				houqin.CountFact("days_late", int64(asOf.Sub(due))),
			},
		})
	}
}
