package insurance

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
)

// Contract is one insurance contract (保单) of a school for one kind of
// policy: the days it covers and, where the contract states one, the most
// it pays in all over its term.
type Contract struct {
	// ID is the host's identifier of the contract (the policy number).
	// Required, unique among the contracts checked together.
	ID string `json:"id"`
	// School is the host's identifier of the school. Required.
	School string `json:"school"`
	// Kind is the kind of policy. Required; a kind the checker knows.
	Kind Kind `json:"kind"`
	// Valid is the period of cover, both ends included: for school
	// liability, a policy year from 1 September to 31 August
	// (KindPolicy.PolicyYearStart). Required.
	Valid houqin.Period `json:"valid"`
	// AnnualAggregate is the most the contract pays in all, for every
	// claim whose incident falls in Valid, in yuan, where the contract
	// states it (年累计赔偿限额). Zero states none.
	AnnualAggregate decimal.Decimal `json:"annual_aggregate"`
}

// PolicyYear returns the policy year that holds d for a policy year
// starting on start: from start in d's year, or the year before when d
// comes earlier, to the day before start a year later. It is clipped to
// the years 1 to 9999.
func PolicyYear(start houqin.MonthDay, d houqin.Date) houqin.Period {
	y := d.Year
	if d.Before(houqin.Date{Year: y, Month: start.Month, Day: start.Day}) {
		y--
	}
	p := houqin.Period{
		From: houqin.Date{Year: y, Month: start.Month, Day: start.Day},
		To:   houqin.Date{Year: y + 1, Month: start.Month, Day: start.Day}.AddDays(-1),
	}
	if p.From.Year < 1 {
		p.From = houqin.Date{Year: 1, Month: 1, Day: 1}
	}
	if p.To.Year > 9999 {
		p.To = houqin.Date{Year: 9999, Month: 12, Day: 31}
	}
	return p
}

// contractOf is a validated contract.
type contractOf struct {
	*Contract
	aggregate houqin.Fen
	paid      houqin.Fen
	claims    int64
}

// schoolKind is a school's cover of one kind.
type schoolKind struct {
	school string
	kind   Kind
}

// CheckContracts judges cover against the contracts in force, for each
// kind with a policy year (KindPolicy.PolicyYearStart; school liability:
// 1 September to 31 August):
//
//   - [CodeCoverGap]: a school with pupils enrolled for a kind it must
//     cover (KindPolicy.RequiredCoverage above zero) and no contract of
//     that kind in force on asOf, lapsed or not yet started;
//   - [CodeClaimOutsideCover]: a claim whose incident date (in the zone
//     of IncidentAt) falls in no contract of its school and kind;
//   - [CodeAggregatePaidAboveLimit]: a contract that states an annual
//     aggregate, whose claims (those of its school and kind with the
//     incident in its period; a claim two contracts cover counts to the one
//     that starts first) were paid more in all.
//
// The contracts are all the contracts of the schools checked: a school
// without one has no cover. It returns the findings sorted, or an
// *houqin.InputError naming the field ("contracts[1].valid.to",
// "enrollments[0].kind", "claims[2].paid", "as_of").
func (c *Checker) CheckContracts(asOf houqin.Date, contracts []Contract, rows []Enrollment, claims []Claim) (houqin.Findings, error) {
	if err := asOf.Validate(); err != nil {
		return nil, houqin.Invalid("as_of", reason(err))
	}
	byKey := make(map[schoolKind][]*contractOf)
	seen := make(map[string]int, len(contracts))
	for i := range contracts {
		k := &contracts[i]
		co, err := k.check(c.kinds)
		if err != nil {
			return nil, houqin.WithField(item("contracts", i), err)
		}
		if j, ok := seen[k.ID]; ok {
			return nil, houqin.Invalid(item("contracts", i)+".id", "duplicate contract id "+strconv.Quote(k.ID)+", also "+item("contracts", j))
		}
		seen[k.ID] = i
		key := schoolKind{k.School, k.Kind}
		byKey[key] = append(byKey[key], co)
	}
	for _, cs := range byKey {
		slices.SortFunc(cs, func(a, b *contractOf) int {
			return cmp.Or(a.Valid.From.Compare(b.Valid.From), strings.Compare(a.ID, b.ID))
		})
	}
	var fs houqin.Findings

	// Gaps on the as-of date.
	if err := checkEnrollments(c.kinds, rows); err != nil {
		return nil, err
	}
	enrolled := make(map[schoolKind]int64)
	for _, e := range rows {
		if r := c.rules[e.Kind]; r.yearStart != (houqin.MonthDay{}) && r.required > 0 && e.Enrolled > 0 {
			enrolled[schoolKind{e.School, e.Kind}] = e.Enrolled
		}
	}
	for _, key := range slices.SortedFunc(maps.Keys(enrolled), compareSchoolKinds) {
		if inForce(byKey[key], asOf) != nil {
			continue
		}
		year := PolicyYear(c.rules[key.kind].yearStart, asOf)
		fs = append(fs, houqin.Finding{Code: CodeCoverGap, Severity: houqin.Violation, Subject: kindSubject(key.school, key.kind), Facts: []houqin.Fact{
			houqin.DateFact("as_of", asOf), houqin.DateFact("year_from", year.From), houqin.DateFact("year_to", year.To), houqin.CountFact("enrolled", enrolled[key]),
		}})
	}

	// Claims outside cover, and the aggregate of each contract.
	ids := make(map[string]int, len(claims))
	for i := range claims {
		cl := &claims[i]
		ck, err := cl.check()
		if err == nil {
			err = houqin.WithField("kind", c.kinds.check(cl.Kind))
		}
		if err != nil {
			return nil, houqin.WithField(item("claims", i), err)
		}
		if j, ok := ids[cl.ID]; ok {
			return nil, houqin.Invalid(item("claims", i)+".id", "duplicate claim id "+strconv.Quote(cl.ID)+", also "+item("claims", j))
		}
		ids[cl.ID] = i
		start := c.rules[cl.Kind].yearStart
		if start == (houqin.MonthDay{}) {
			continue
		}
		incident := houqin.DateOf(cl.IncidentAt)
		if incident.Validate() != nil {
			return nil, houqin.Invalid(item("claims", i)+".incident_at", "year "+strconv.Itoa(incident.Year)+" out of range [1, 9999]")
		}
		co := inForce(byKey[schoolKind{cl.School, cl.Kind}], incident)
		if co == nil {
			year := PolicyYear(start, incident)
			fs = append(fs, houqin.Finding{Code: CodeClaimOutsideCover, Severity: houqin.Violation, Subject: cl.ID, Facts: []houqin.Fact{
				houqin.DateFact("incident", incident), houqin.DateFact("year_from", year.From), houqin.DateFact("year_to", year.To),
			}})
			continue
		}
		if co.aggregate > 0 && ck.paid > 0 {
			if co.paid > houqin.MaxFen-ck.paid {
				return nil, houqin.Invalid(item("claims", i)+".paid", "the contract's claims paid add up to more than "+houqin.MaxFen.String()+" yuan")
			}
			co.paid += ck.paid
			co.claims++
		}
	}
	for _, cs := range byKey {
		for _, co := range cs {
			if co.aggregate > 0 && co.paid > co.aggregate {
				fs = append(fs, houqin.Finding{Code: CodeAggregatePaidAboveLimit, Severity: houqin.Violation, Subject: co.ID, Facts: []houqin.Fact{
					houqin.YuanFact("paid", co.paid), houqin.YuanFact("aggregate", co.aggregate), houqin.YuanFact("excess", co.paid-co.aggregate), houqin.CountFact("claims", co.claims),
				}})
			}
		}
	}
	fs.Sort()
	return fs, nil
}

// inForce returns the first of the contracts cs, sorted by start, that
// covers d, or nil.
func inForce(cs []*contractOf, d houqin.Date) *contractOf {
	for _, co := range cs {
		if co.Valid.From.After(d) {
			return nil
		}
		if co.Valid.Contains(d) {
			return co
		}
	}
	return nil
}

// compareSchoolKinds orders by school, then kind.
func compareSchoolKinds(a, b schoolKind) int {
	return cmp.Or(strings.Compare(a.school, b.school), compareKinds(a.kind, b.kind))
}

// check validates a contract's fields, its kind among kinds.
func (k *Contract) check(kinds *kindSet) (*contractOf, error) {
	if err := checkID("id", k.ID); err != nil {
		return nil, err
	}
	if err := checkID("school", k.School); err != nil {
		return nil, err
	}
	if err := kinds.check(k.Kind); err != nil {
		return nil, houqin.WithField("kind", err)
	}
	if err := k.Valid.Validate(); err != nil {
		return nil, houqin.WithField("valid", err)
	}
	agg, err := nonNegativeFen("annual_aggregate", k.AnnualAggregate)
	if err != nil {
		return nil, err
	}
	return &contractOf{Contract: k, aggregate: agg}, nil
}
