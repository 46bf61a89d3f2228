package insurance

import (
	"maps"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
)

// Premium is a premium paid for one school's cover of one kind: a policy,
// or a line of the school's fee list that collected it.
type Premium struct {
	// ID is the host's identifier of the premium (the policy number, the
	// fee line). Required, unique among the premiums checked together.
	ID string `json:"id"`
	// School is the host's identifier of the school. Required.
	School string `json:"school"`
	// Kind is the kind of policy. Required; a kind the checker knows.
	Kind Kind `json:"kind"`
	// Pupils is the number of people covered, in [0, 10,000,000]; zero
	// for cover that is not per pupil (property), which skips the check
	// of the premium per pupil. A premium paid by pupils (PayerPupils),
	// collected by the school (CollectedBySchool) or bought for poor
	// pupils (PoorPupils) counts at least one pupil, the pupils charged,
	// collected for or covered, whom its finding names and a refund
	// reaches (a property premium charged to pupils counts the pupils
	// charged): zero there is an *houqin.InputError on "pupils".
	Pupils int64 `json:"pupils"`
	// Amount is the premium in total, in yuan: zero or more, at most two
	// decimals. A premium of zero (cover given free) moves no money: the
	// rules of who pays report nothing of it, and only the premium per
	// pupil is checked.
	Amount decimal.Decimal `json:"amount"`
	// Payer is whose money paid it. Required.
	Payer Payer `json:"payer"`
	// CollectedBySchool says the school collected the money (with its
	// fees, through teachers or classes) instead of the payer paying the
	// insurer directly.
	CollectedBySchool bool `json:"collected_by_school"`
	// Private says the school is privately run (民办): its premiums come
	// from its own funds (KindPolicy.PrivateFunds), not a public school's
	// (KindPolicy.PublicFunds).
	Private bool `json:"private"`
	// Fund is the fund public or school money was drawn from (列支渠道),
	// when Payer is PayerPublic; zero when not recorded, which skips the
	// check of the fund.
	Fund Fund `json:"fund,omitzero"`
	// PoorPupils says the premium covers poor pupils (贫困学生) only.
	PoorPupils bool `json:"poor_pupils"`
}

// BusCover is one carrier liability policy of a school bus: the days it
// covers the bus.
type BusCover struct {
	// Bus is the host's identifier of the bus (its plate). Required.
	Bus string `json:"bus"`
	// Valid is the period of cover, both ends included. Required.
	Valid houqin.Period `json:"valid"`
}

// BusRun is a day on which a school bus carried pupils. Several runs of
// one bus on one day are several runs.
type BusRun struct {
	// Bus is the host's identifier of the bus. Required.
	Bus string `json:"bus"`
	// Date is the day of the run. Required.
	Date houqin.Date `json:"date"`
}

// Input gathers everything [Checker.Check] checks at once; any part may
// be empty.
type Input struct {
	Enrollments []Enrollment `json:"enrollments"`
	Premiums    []Premium    `json:"premiums"`
	BusCovers   []BusCover   `json:"bus_covers"`
	BusRuns     []BusRun     `json:"bus_runs"`
	Claims      []Claim      `json:"claims"`
	Incidents   []Incident   `json:"incidents"`
	// AsOf is the day cover is judged on, and Contracts the contracts of
	// the schools ([Checker.CheckContracts]); Check runs that check when
	// either is given, and then needs AsOf.
	AsOf      houqin.Date `json:"as_of,omitzero"`
	Contracts []Contract  `json:"contracts"`
}

// Check runs every rule of the package over in: coverage, premiums, bus
// cover, claims, incidents and, when in gives an as-of date or contracts,
// the contracts in force. It returns all the findings, sorted, or the first
// input error, with its field under the JSON name of the part of in
// ("premiums[2].amount").
func (c *Checker) Check(in Input) (houqin.Findings, error) {
	var all houqin.Findings
	for _, run := range []func() (houqin.Findings, error){
		func() (houqin.Findings, error) { return c.CheckCoverage(in.Enrollments) },
		func() (houqin.Findings, error) { return c.CheckPremiums(in.Premiums) },
		func() (houqin.Findings, error) { return c.CheckBuses(in.BusCovers, in.BusRuns) },
		func() (houqin.Findings, error) { return c.CheckClaims(in.Claims) },
		func() (houqin.Findings, error) { return c.CheckIncidents(in.Incidents) },
		func() (houqin.Findings, error) {
			if in.AsOf.IsZero() && len(in.Contracts) == 0 {
				return nil, nil
			}
			return c.CheckContracts(in.AsOf, in.Contracts, in.Enrollments, in.Claims)
		},
	} {
		fs, err := run()
		if err != nil {
			return nil, err
		}
		all = append(all, fs...)
	}
	all.Sort()
	return all, nil
}

// CheckPremiums checks who paid each premium and how much per pupil:
// [CodePremiumChargedToPupils] for a kind the school pays charged to
// pupils, [CodePremiumCollectedBySchool] for a voluntary kind collected by
// the school, [CodePremiumFundNotAllowed] for public or school money drawn
// from a fund the policy does not allow for the school's type,
// [CodePoorPupilsInsuredFromBudget] (a notice) for a voluntary kind bought
// for poor pupils from the running budget, and [CodePremiumBelowContract] or [CodePremiumAboveContract]
// for a premium per pupil outside the contract's range, decided exactly
// (amount against bound × pupils, in integers). A premium of zero pays
// nothing, so the rules of who pays it and from which fund report nothing.
// It returns the findings sorted, or an *houqin.InputError naming the
// premium ("premiums[2].amount") for a missing or duplicate id or school,
// an unknown kind or payer, a pupil count out of range or of zero where
// pupils paid, the school collected or poor pupils are covered (see
// [Premium.Pupils]), or an amount that is negative, finer than a fen or
// out of bounds.
func (c *Checker) CheckPremiums(ps []Premium) (houqin.Findings, error) {
	seen := make(map[string]int, len(ps))
	var fs houqin.Findings
	for i := range ps {
		p := &ps[i]
		amount, err := p.check(c.kinds)
		if err != nil {
			return nil, houqin.WithField(item("premiums", i), err)
		}
		if j, ok := seen[p.ID]; ok {
			return nil, houqin.Invalid(item("premiums", i)+".id", "duplicate premium id "+strconv.Quote(p.ID)+", also "+item("premiums", j))
		}
		seen[p.ID] = i
		r := c.rules[p.Kind]
		paidFacts := func() []houqin.Fact {
			return []houqin.Fact{houqin.YuanFact("amount", amount), houqin.CountFact("pupils", p.Pupils)}
		}
		paid := amount > 0 // a premium of nothing charges and spends nothing
		if paid && r.schoolPays && p.Payer == PayerPupils {
			fs = append(fs, houqin.Finding{Code: CodePremiumChargedToPupils, Severity: houqin.Violation, Subject: p.ID, Facts: paidFacts()})
		}
		if paid && r.voluntary && p.CollectedBySchool {
			fs = append(fs, houqin.Finding{Code: CodePremiumCollectedBySchool, Severity: houqin.Violation, Subject: p.ID, Facts: paidFacts()})
		}
		if paid && p.Payer == PayerPublic && p.Fund != 0 {
			allowed := r.public
			if p.Private {
				allowed = r.private
			}
			if allowed != 0 && !allowed.has(p.Fund) {
				fs = append(fs, houqin.Finding{Code: CodePremiumFundNotAllowed, Severity: houqin.Violation, Subject: p.ID, Facts: []houqin.Fact{houqin.YuanFact("amount", amount)}})
			}
			if r.voluntary && p.PoorPupils && p.Fund == FundRunningBudget {
				fs = append(fs, houqin.Finding{Code: CodePoorPupilsInsuredFromBudget, Severity: houqin.Notice, Subject: p.ID, Facts: paidFacts()})
			}
		}
		if p.Pupils == 0 {
			continue
		}
		if r.premMin > 0 && cmpProduct(amount, r.premMin, p.Pupils) < 0 {
			per := amount / houqin.Fen(p.Pupils) // rounded down: shows below the minimum
			fs = append(fs, houqin.Finding{Code: CodePremiumBelowContract, Severity: houqin.Warning, Subject: p.ID, Facts: []houqin.Fact{
				houqin.YuanFact("per_pupil", per), houqin.YuanFact("min", r.premMin), houqin.CountFact("pupils", p.Pupils), houqin.YuanFact("amount", amount),
			}})
		}
		if r.premMax > 0 && cmpProduct(amount, r.premMax, p.Pupils) > 0 {
			n := houqin.Fen(p.Pupils)
			per := (amount + n - 1) / n // rounded up: shows above the maximum
			fs = append(fs, houqin.Finding{Code: CodePremiumAboveContract, Severity: houqin.Warning, Subject: p.ID, Facts: []houqin.Fact{
				houqin.YuanFact("per_pupil", per), houqin.YuanFact("max", r.premMax), houqin.CountFact("pupils", p.Pupils), houqin.YuanFact("amount", amount),
			}})
		}
	}
	fs.Sort()
	return fs, nil
}

// check validates a premium's own fields, its kind among kinds, and returns
// its amount in fen.
func (p *Premium) check(kinds *kindSet) (houqin.Fen, error) {
	if err := checkID("id", p.ID); err != nil {
		return 0, err
	}
	if err := checkID("school", p.School); err != nil {
		return 0, err
	}
	if err := kinds.check(p.Kind); err != nil {
		return 0, houqin.WithField("kind", err)
	}
	switch {
	case p.Pupils < 0 || p.Pupils > maxPeople:
		return 0, houqin.Invalid("pupils", "out of range [0, "+strconv.Itoa(maxPeople)+"]")
	case p.Pupils > 0:
	case p.Payer == PayerPupils:
		return 0, houqin.Invalid("pupils", "0, but the premium was paid by pupils: give the pupils charged")
	case p.CollectedBySchool:
		return 0, houqin.Invalid("pupils", "0, but the school collected the premium: give the pupils it was collected for")
	case p.PoorPupils:
		return 0, houqin.Invalid("pupils", "0, but the premium covers poor pupils: give how many")
	}
	if !p.Payer.Valid() {
		return 0, houqin.Invalid("payer", "unknown payer "+p.Payer.String())
	}
	if p.Fund != 0 && !p.Fund.Valid() {
		return 0, houqin.Invalid("fund", "unknown fund "+p.Fund.String())
	}
	amount, err := nonNegativeFen("amount", p.Amount)
	if err != nil {
		return 0, err
	}
	return amount, nil
}

// cmpProduct compares a with b × n, exactly (all three at least zero),
// and returns −1, 0 or +1.
func cmpProduct(a, b houqin.Fen, n int64) int {
	hi, lo := bits.Mul64(uint64(b), uint64(n))
	switch {
	case hi > 0 || uint64(a) < lo:
		return -1
	case uint64(a) > lo:
		return 1
	}
	return 0
}

// CheckBuses finds the school buses that ran on a day no carrier
// liability policy of theirs covered ([CodeBusRunUninsured]): one finding
// per bus, with the number of uninsured runs and the first and last of
// their dates. A bus with runs and no cover at all is uninsured on every
// run. It returns the findings sorted, or an *houqin.InputError naming the
// cover ("bus_covers[1].valid.to") or the run ("bus_runs[4].date") with a
// missing bus or an invalid date or period.
func (c *Checker) CheckBuses(covers []BusCover, runs []BusRun) (houqin.Findings, error) {
	byBus := make(map[string][]houqin.Period)
	for i, bc := range covers {
		if err := checkID("bus", bc.Bus); err != nil {
			return nil, houqin.WithField(item("bus_covers", i), err)
		}
		if err := bc.Valid.Validate(); err != nil {
			return nil, houqin.WithField(item("bus_covers", i)+".valid", err)
		}
		byBus[bc.Bus] = append(byBus[bc.Bus], bc.Valid)
	}
	for bus, ps := range byBus {
		byBus[bus] = unionOf(ps)
	}
	type gap struct {
		runs        int64
		first, last houqin.Date
	}
	gaps := make(map[string]*gap)
	for i, r := range runs {
		if err := checkID("bus", r.Bus); err != nil {
			return nil, houqin.WithField(item("bus_runs", i), err)
		}
		if err := r.Date.Validate(); err != nil {
			return nil, houqin.Invalid(item("bus_runs", i)+".date", reason(err))
		}
		if covered(byBus[r.Bus], r.Date) {
			continue
		}
		g := gaps[r.Bus]
		if g == nil {
			gaps[r.Bus] = &gap{runs: 1, first: r.Date, last: r.Date}
			continue
		}
		g.runs++
		if r.Date.Before(g.first) {
			g.first = r.Date
		}
		if r.Date.After(g.last) {
			g.last = r.Date
		}
	}
	var fs houqin.Findings
	for _, bus := range slices.Sorted(maps.Keys(gaps)) {
		g := gaps[bus]
		fs = append(fs, houqin.Finding{Code: CodeBusRunUninsured, Severity: houqin.Violation, Subject: bus, Facts: []houqin.Fact{
			houqin.CountFact("runs", g.runs), houqin.DateFact("first", g.first), houqin.DateFact("last", g.last),
		}})
	}
	fs.Sort()
	return fs, nil
}

// unionOf returns the periods ps cover as disjoint periods in order, with
// adjacent and overlapping periods joined.
func unionOf(ps []houqin.Period) []houqin.Period {
	slices.SortFunc(ps, func(a, b houqin.Period) int { return a.From.Compare(b.From) })
	out := ps[:0]
	for _, p := range ps {
		if n := len(out); n > 0 && !p.From.After(out[n-1].To.AddDays(1)) {
			if p.To.After(out[n-1].To) {
				out[n-1].To = p.To
			}
			continue
		}
		out = append(out, p)
	}
	return out
}

// covered reports whether one of the disjoint ordered periods ps holds d.
func covered(ps []houqin.Period, d houqin.Date) bool {
	i, _ := slices.BinarySearchFunc(ps, d, func(p houqin.Period, d houqin.Date) int {
		if p.To.Before(d) {
			return -1
		}
		if p.From.After(d) {
			return 1
		}
		return 0
	})
	return i < len(ps) && ps[i].Contains(d)
}

// CheckClaims checks each claim against the rules of its kind:
// [CodeClaimReportedLate] when it was reported more than the deadline
// after the incident (exactly the deadline complies; the times compare as
// instants, whatever their zones), and [CodeClaimPaidAboveLimit] when it
// was paid more than the per-pupil limit; and the claims of one accident
// of one school together: [CodeAccidentPaidAboveLimit] when they were paid
// more than the per-accident limit. It validates the claims as a Tally
// does, apart from the as-of date, and returns the findings sorted, or an
// *houqin.InputError naming the claim ("claims[4].paid"), duplicate ids
// included.
func (c *Checker) CheckClaims(claims []Claim) (houqin.Findings, error) {
	seen := make(map[string]int, len(claims))
	var fs houqin.Findings
	var accidents map[accidentKey]*accidentSum
	for i := range claims {
		cl := &claims[i]
		ck, err := cl.check()
		if err == nil {
			err = houqin.WithField("kind", c.kinds.check(cl.Kind))
		}
		if err == nil && cl.Accident != "" {
			err = checkID("accident", cl.Accident)
		}
		if err != nil {
			return nil, houqin.WithField(item("claims", i), err)
		}
		if j, ok := seen[cl.ID]; ok {
			return nil, houqin.Invalid(item("claims", i)+".id", "duplicate claim id "+strconv.Quote(cl.ID)+", also "+item("claims", j))
		}
		seen[cl.ID] = i
		r := c.rules[cl.Kind]
		if elapsed := cl.ReportedAt.Sub(cl.IncidentAt); r.deadline > 0 && elapsed > r.deadline {
			fs = append(fs, houqin.Finding{Code: CodeClaimReportedLate, Severity: houqin.Warning, Subject: cl.ID, Facts: []houqin.Fact{
				{Name: "elapsed_hours", Unit: houqin.UnitHours, Value: hoursOf(elapsed)},
				{Name: "deadline_hours", Unit: houqin.UnitHours, Value: int64(r.deadline/time.Hour) * 100},
			}})
		}
		if r.limit > 0 && ck.paid > r.limit {
			fs = append(fs, houqin.Finding{Code: CodeClaimPaidAboveLimit, Severity: houqin.Violation, Subject: cl.ID, Facts: []houqin.Fact{
				houqin.YuanFact("paid", ck.paid), houqin.YuanFact("limit", r.limit), houqin.YuanFact("excess", ck.paid-r.limit),
			}})
		}
		if r.accident > 0 && cl.Accident != "" && ck.paid > 0 {
			if accidents == nil {
				accidents = make(map[accidentKey]*accidentSum)
			}
			k := accidentKey{cl.School, cl.Kind, cl.Accident}
			a := accidents[k]
			if a == nil {
				a = &accidentSum{}
				accidents[k] = a
			}
			if a.paid > houqin.MaxFen-ck.paid {
				return nil, houqin.Invalid(item("claims", i)+".paid", "the accident's claims paid add up to more than "+houqin.MaxFen.String()+" yuan")
			}
			a.paid += ck.paid
			a.claims++
		}
	}
	for _, k := range slices.SortedFunc(maps.Keys(accidents), compareAccidents) {
		a := accidents[k]
		if limit := c.rules[k.kind].accident; a.paid > limit {
			fs = append(fs, houqin.Finding{Code: CodeAccidentPaidAboveLimit, Severity: houqin.Violation, Subject: k.school + "/" + k.accident, Facts: []houqin.Fact{
				houqin.YuanFact("paid", a.paid), houqin.YuanFact("limit", limit), houqin.YuanFact("excess", a.paid-limit), houqin.CountFact("claims", a.claims),
			}})
		}
	}
	fs.Sort()
	return fs, nil
}

// accidentKey names one accident of one school under one kind of policy.
type accidentKey struct {
	school   string
	kind     Kind
	accident string
}

// compareAccidents orders accidents by school, accident and kind.
func compareAccidents(a, b accidentKey) int {
	if c := strings.Compare(a.school, b.school); c != 0 {
		return c
	}
	if c := strings.Compare(a.accident, b.accident); c != 0 {
		return c
	}
	return compareKinds(a.kind, b.kind)
}

// accidentSum is what the claims of one accident were paid.
type accidentSum struct {
	paid   houqin.Fen
	claims int64
}

// hoursOf returns d, which is positive, in hundredths of an hour (the scale
// of houqin.UnitHours) rounded up to 0.01 hour (36 seconds), exactly, in
// integers: a claim reported one second after a 24-hour deadline shows
// 24.01 hours, never 24.00.
func hoursOf(d time.Duration) int64 {
	const unit = time.Hour / 100
	q := d / unit
	if d%unit != 0 {
		q++
	}
	return int64(q)
}
