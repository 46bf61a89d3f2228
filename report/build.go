package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/insurance"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/format"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
)

// Report is the county's year, checked: the circular's content as data,
// for a host that lays it out in its own template (encoding/json writes it,
// and reads it back).
//
// [Build] makes one from a [County]. A host may also store one and load it
// back, or assemble one itself from results it got by calling the rule
// packages: [Report.Text] reads only the exported fields below (the names
// in three languages, each finding's label, the grades' names, the rounds
// and their weights), so that a Report read back from its JSON writes the
// same text, byte for byte, as the one Build returned. A part a host leaves
// empty (no schools' fees, no insurance, no ranking) is left out of the
// text, or said to be absent in one fixed sentence.
type Report struct {
	// County is the county's name: 清河县, 清河縣, Qinghe County.
	County     Name        `json:"county"`
	SchoolYear int         `json:"school_year"`
	AsOf       houqin.Date `json:"as_of"`
	Summary    Summary     `json:"summary"`
	// Schools are the schools' results, in the order of the data.
	Schools []SchoolReport `json:"schools"`
	// Insurance is the county's insurance figures.
	Insurance InsuranceReport `json:"insurance"`
	// Rounds are the year's assessment rounds, and Weights their weights
	// in the year's score (assessment.Policy.Weights: one a round, or none
	// for equal weights); the ranking's note says how they combine.
	Rounds  []Round           `json:"rounds"`
	Weights []decimal.Decimal `json:"weights,omitempty"`
	// Ranking is the year's ranking; Rectifications the rectifications it
	// calls for (整改通知书), issued on AsOf. The grades of its places are
	// named by Summary.Grades.
	Ranking        assessment.Ranking         `json:"ranking"`
	Rectifications []assessment.Rectification `json:"rectification_notices"`
	// PercentPlaces is the decimals of every percentage of the circular:
	// for each rate the circular writes, the decimals that tell it apart
	// from the threshold it is judged against (two, or more:
	// [houqin.Finding.PercentPlaces]), the largest of them. A circular
	// writes all its percentages alike (5.00002% above a 5.00000% ceiling
	// makes every other percentage five decimals too). Less than two
	// reads as two.
	PercentPlaces int `json:"percent_places"`
}

// Summary is the first paragraph of the circular, in figures. Each count
// is of what the findings section (二) and the refund section (三) list:
//
//   - Schools: the schools of the county.
//   - Statements: the canteen statements checked, one a canteen and month.
//   - StatementsBreaching: the statements with a violation: a canteen-month
//     counts when any violation of the canteen area has that month
//     ([Dated.Month]): a finding of the statement itself, of one of its
//     lines or accounts, or of a purchase made in that month.
//   - Charges: the fee charges audited, every charge of every term's
//     filing; ChargesBreaching: the charges with a violation, each charge
//     of a term counted once however many it has.
//   - Refunds and RefundedPupils: the sum of the term-end refunds and the
//     pupils they go to, over the settlements that refund.
//   - Claims: the insurance claims reported in the year, as of AsOf.
//   - Violations and Warnings: the findings of every school of that
//     severity, each one line of the findings section.
//   - Grades: how many schools got each grade of the rubric, in the
//     rubric's order, every grade listed (the text leaves out a grade no
//     school got).
type Summary struct {
	Schools             int        `json:"schools"`
	Statements          int        `json:"canteen_statements"`
	StatementsBreaching int        `json:"canteen_statements_breaching"`
	Charges             int        `json:"fee_charges"`
	ChargesBreaching    int        `json:"fee_charges_breaching"`
	Refunds             houqin.Fen `json:"refunds"`
	RefundedPupils      int        `json:"refunded_pupils"`
	Claims              int        `json:"claims"`
	Violations          int        `json:"violations"`
	Warnings            int        `json:"warnings"`
	Grades              []Count    `json:"grades"`
}

// Count is how many schools got a grade: its id, as the ranking's places
// give it, and its name.
type Count struct {
	Grade   string `json:"grade"`
	Name    Name   `json:"name"`
	Schools int    `json:"schools"`
}

// SchoolReport is one school's results.
type SchoolReport struct {
	ID   string `json:"id"`
	Name Name   `json:"name"`
	// Findings are the school's findings from every package, each with the
	// day it counts from, sorted by area (canteen, fees, insurance,
	// assessment), worst first, then by day.
	Findings []Dated `json:"findings"`
	// Canteen holds the monthly checks and the year's roll-up.
	Canteen struct {
		Months []canteen.Result `json:"months"`
		Year   canteen.Result   `json:"year"`
		// Subsidy are the checks of the nutrition subsidy's accounts,
		// in the order of the data.
		Subsidy []canteen.SubsidyResult `json:"subsidy,omitempty"`
	} `json:"canteen"`
	// Fees are the audits of the school's terms, one a filing.
	Fees []FeeTerm `json:"fees"`
	// Rounds are the scores of the assessment rounds; Year combines them.
	Rounds []assessment.Result `json:"rounds"`
	Year   assessment.Combined `json:"year"`
}

// FeeTerm is the audit of a school's filing for a term: the term, the
// number of charges the filing holds, and the auditor's result.
type FeeTerm struct {
	Term    houqin.Term `json:"term"`
	Charges int         `json:"charges"`
	fees.Result
}

// Dated is a finding with where it came from (its area: "canteen", "fees",
// "insurance" or "assessment"), the day it counts from, and the place it
// is about named for a reader: a finding dated after one assessment round
// and on or before the next scores in the next.
type Dated struct {
	houqin.Finding
	Source string      `json:"source"`
	On     houqin.Date `json:"on"`
	// Month is the canteen statement's month the finding is of, for the
	// findings of a statement, its lines and accounts, and of a purchase
	// made in a month the canteen has a statement for; zero otherwise.
	Month houqin.Period `json:"month,omitzero"`
	// Label names the finding's subject for a reader, in place of the
	// Subject the package gave it (a key for the host): "城关小学食堂2025年10月
	// C01-202510-07". Empty, the text writes the Subject.
	Label Name `json:"label,omitzero"`
}

// InsuranceReport is the county's claims and coverage.
type InsuranceReport struct {
	// Midyear is the tally as of County.ClaimsAsOf (claims as they stood
	// then), Year as of County.AsOf.
	Midyear  *insurance.Tally         `json:"midyear"`
	Year     *insurance.Tally         `json:"year"`
	Coverage insurance.CoverageReport `json:"coverage"`
	// KindNames name the kinds of Coverage for a reader; a built-in kind
	// missing from them is named by the library.
	KindNames []KindName `json:"kind_names,omitempty"`
}

// KindName is the name of a kind of insurance.
type KindName struct {
	Kind insurance.Kind `json:"kind"`
	Name Name           `json:"name"`
}

// Build runs every check of the library over the county. Bad data is an
// error naming the school and the record: the county's own structure first
// ([County.Validate]), then each record as its package checks it.
func Build(c *County) (*Report, error) {
	if err := c.Validate(); err != nil { // the county's own structure, which the packages do not check
		return nil, err
	}
	r := &builder{Report: &Report{
		County:     Name{Hans: c.Name, Hant: c.NameHant, En: c.NameEn},
		SchoolYear: c.SchoolYear, AsOf: c.AsOf,
		Rounds: slices.Clone(c.Rounds), Weights: slices.Clone(c.Assessment.Weights),
	}, county: c}
	rubric := assessment.SampleRubric()
	if c.Rubric != nil {
		rubric = *c.Rubric
	}
	var err error
	if r.assessor, err = assessment.New(rubric, c.Assessment); err != nil {
		return nil, houqin.WithField("assessment", err)
	}
	chk, err := canteen.New(canteen.DefaultPolicy())
	if err != nil {
		return nil, err
	}
	cat, err := canteen.NewCatalog(c.Suppliers)
	if err != nil {
		return nil, houqin.WithField("suppliers", err)
	}
	auditor, err := fees.New(fees.DefaultPolicy(), c.FeeCatalog)
	if err != nil {
		return nil, houqin.WithField("fee_catalog", err)
	}
	ins, err := insurance.New(insurance.DefaultPolicy())
	if err != nil {
		return nil, err
	}
	r.insurer = ins
	required, err := houqin.RatioOf("", insurance.DefaultPolicy().Kinds[insurance.SchoolLiability].RequiredCoverage)
	if err != nil {
		return nil, err
	}
	claimsOf, err := r.checkClaims(ins)
	if err != nil {
		return nil, err
	}
	cal := houqin.DefaultCalendar()
	year := houqin.Period{From: cal.Term(houqin.Term{Year: c.SchoolYear, Semester: houqin.Autumn}).From,
		To: cal.Term(houqin.Term{Year: c.SchoolYear, Semester: houqin.Spring}).To}
	var standings []assessment.Standing
	var bad problem.List // every school's problems, listed together
	for i := range c.Schools {
		s := &c.Schools[i]
		sr, err := r.checkSchool(s, chk, cat, auditor, ins, year, claimsOf[s.ID])
		if err != nil {
			bad.Add(houqin.WithField(field.Index("schools", i), err))
			continue
		}
		r.Schools = append(r.Schools, sr)
		standings = append(standings, sr.Year.Standing())
	}
	if err := bad.Err(); err != nil {
		return nil, err
	}
	if r.Ranking, err = r.assessor.Rank(standings); err != nil {
		return nil, err
	}
	if r.Rectifications, err = r.assessor.Rectifications(r.Ranking, c.AsOf); err != nil {
		return nil, err
	}
	r.names()
	r.Summarize()
	r.PercentPlaces = r.percentPlaces(required)
	return r.Report, nil
}

// builder holds what Build works with besides the report it fills: the
// county and the checkers.
type builder struct {
	*Report
	county   *County
	assessor *assessment.Assessor
	insurer  *insurance.Checker // names the kinds of insurance
}

// checkClaims tallies the county's claims as of the midyear day and the
// report's day, checks them, and returns each school's claim findings.
func (r *builder) checkClaims(ins *insurance.Checker) (map[string][]Dated, error) {
	c := r.county
	var err error
	if r.Insurance.Midyear, err = tally(ins, c.Claims, c.ClaimsAsOf); err != nil {
		return nil, err
	}
	if r.Insurance.Year, err = tally(ins, c.Claims, c.AsOf); err != nil {
		return nil, err
	}
	// Each school's rows are checked on their own first, so that a bad row
	// is named by its school and its place there, not by its place in the
	// county's list.
	var rows []insurance.Enrollment
	var bad problem.List
	for i, s := range c.Schools {
		if _, err := ins.Coverage(s.Insurance.Enrollments); err != nil {
			bad.Add(houqin.WithField(field.Join(field.Index("schools", i), "insurance"), err))
		}
		rows = append(rows, s.Insurance.Enrollments...)
	}
	if err := bad.Err(); err != nil {
		return nil, err
	}
	if r.Insurance.Coverage, err = ins.Coverage(rows); err != nil {
		return nil, err
	}
	fs, err := ins.CheckClaims(c.Claims)
	if err != nil {
		return nil, houqin.WithField("claims", err)
	}
	byID := map[string]*insurance.Claim{}
	for i := range c.Claims {
		byID[c.Claims[i].ID] = &c.Claims[i]
	}
	out := map[string][]Dated{}
	for _, f := range fs {
		cl, ok := byID[f.Subject]
		if !ok { // not about one claim: the county's
			cl = &insurance.Claim{School: "", ReportedAt: time.Date(c.AsOf.Year, c.AsOf.Month, c.AsOf.Day, 0, 0, 0, 0, time.UTC)}
		}
		out[cl.School] = append(out[cl.School], Dated{Finding: f, Source: "insurance", On: houqin.DateOf(cl.ReportedAt)})
	}
	return out, nil
}

// tally counts the claims reported by asOf as they stood on that day: a
// claim decided later was still filed.
func tally(ins *insurance.Checker, claims []insurance.Claim, asOf houqin.Date) (*insurance.Tally, error) {
	t, err := ins.NewTally(asOf)
	if err != nil {
		return nil, err
	}
	for i, cl := range claims {
		if houqin.DateOf(cl.ReportedAt).After(asOf) {
			continue
		}
		if cl.DecidedOn.After(asOf) {
			cl.Status, cl.DecidedOn, cl.Paid = insurance.StatusFiled, houqin.Date{}, decimal.Zero
		}
		if err := t.Add(cl); err != nil {
			return nil, houqin.WithField(fmt.Sprintf("claims[%d]", i), err)
		}
	}
	return t, nil
}

func (r *builder) checkSchool(s *School, chk *canteen.Checker, cat *canteen.Catalog, auditor *fees.Auditor,
	ins *insurance.Checker, year houqin.Period, claims []Dated) (SchoolReport, error) {
	sr := SchoolReport{ID: s.ID, Name: schoolName(s)}
	var bad problem.List
	add := func(source string, on houqin.Date, label func(languageTag) string, fs ...houqin.Finding) {
		name := nameIn(label)
		for _, f := range fs {
			sr.Findings = append(sr.Findings, Dated{Finding: f, Source: source, On: on, Label: name})
		}
	}
	month := func(p houqin.Period, fs ...houqin.Finding) { // the statement month of the findings just added
		for i := len(sr.Findings) - len(fs); i < len(sr.Findings); i++ {
			sr.Findings[i].Month = p
		}
	}
	canteenLabel := func(p houqin.Period) func(languageTag) string {
		return func(tag languageTag) string {
			return houqin.Localize(tag, "report.pair", canteenName(s, tag), periodLabel(tag, p))
		}
	}

	// Canteen: every month, its balances carried, the year's roll-up,
	// purchases, staff, food-safety records, the nutrition subsidy, duties.
	books := &s.Canteen
	for i, st := range books.Statements { // each statement's problems, listed by its place
		if _, err := chk.Check(st); err != nil {
			bad.Add(houqin.WithField(fmt.Sprintf("canteen.statements[%d]", i), err))
		}
	}
	if len(books.Statements) > 0 && bad.Err() == nil {
		chained, err := chk.Chain(books.Statements)
		if err != nil {
			return sr, houqin.WithField("canteen", err) // Chain names "statements[i]…" itself
		}
		for _, st := range books.Statements { // the results in the order of the data
			k := slices.IndexFunc(chained, func(res canteen.Result) bool { return res.Period == st.Period })
			res := chained[k]
			sr.Canteen.Months = append(sr.Canteen.Months, res)
			label := canteenLabel(st.Period)
			for _, f := range res.Findings {
				switch k := slices.IndexFunc(st.Accounts, func(a canteen.Account) bool { return a.ID == f.Subject }); {
				case f.Subject == st.Canteen:
					add("canteen", st.Period.To, label, f)
				case k >= 0: // an account, named by its kind
					add("canteen", st.Period.To, within(label, st.Accounts[k].Kind.Label), f)
				default: // a line of the statement, named by its voucher
					add("canteen", st.Period.To, within(label, plain(f.Subject)), f)
				}
				month(st.Period, f)
			}
		}
	}
	if len(books.Statements) > 0 && bad.Err() == nil {
		res, err := chk.Rollup(year, books.Statements)
		if err != nil {
			return sr, houqin.WithField("canteen", err) // Rollup names "statements…" itself
		}
		sr.Canteen.Year = res
		for _, f := range res.Findings {
			add("canteen", year.To, canteenLabel(year), f)
		}
	}
	for i, p := range books.Purchases {
		fs, err := chk.CheckPurchases(cat, []canteen.Purchase{p.Purchase})
		if err != nil {
			bad.Add(houqin.WithField(fmt.Sprintf("canteen.purchases[%d]", i), err))
			continue
		}
		m := houqin.MonthPeriod(p.On.Year, p.On.Month)
		add("canteen", p.On, within(canteenLabel(m), plain(p.ID)), fs...)
		if slices.ContainsFunc(sr.Canteen.Months, func(res canteen.Result) bool { return res.Period == m }) {
			month(m, fs...)
		}
	}
	for i, ro := range books.Rosters {
		fs, err := chk.CheckStaff(ro)
		if err != nil {
			bad.Add(houqin.WithField(fmt.Sprintf("canteen.rosters[%d]", i), err))
			continue
		}
		for _, f := range fs {
			on := ro.Period.To
			for _, x := range f.Facts {
				if x.Name == "first_uncovered" {
					on, _ = x.Date()
				}
			}
			label := within(func(tag languageTag) string { return canteenName(s, tag) }, plain(f.Subject))
			if f.Subject == ro.Canteen {
				label = canteenLabel(ro.Period)
			}
			add("canteen", on, label, f)
		}
	}
	canteenOnly := func(tag languageTag) string { return canteenName(s, tag) }
	for i, rec := range books.Records {
		fs, err := chk.CheckRecords(rec)
		if err != nil {
			bad.Add(houqin.WithField(fmt.Sprintf("canteen.records[%d]", i), err))
			continue
		}
		handlers := map[string]bool{}
		for _, h := range rec.Handlers {
			handlers[h.ID] = true
		}
		for _, f := range fs { // the messages name the days: the canteen, or its meal and dish, or its handler
			var label func(languageTag) string
			switch {
			case f.Subject == rec.Canteen:
				label = canteenOnly
			case handlers[f.Subject]:
				label = within(canteenOnly, plain(f.Subject))
			default: // "晚餐/清炒白菜"
				label = func(tag languageTag) string {
					return houqin.Localize(tag, "report.pair", canteenName(s, tag), foodName(f.Subject, tag))
				}
			}
			add("canteen", dateFact(f, rec.Period.To, "date", "from", "first"), label, f)
		}
	}
	if len(books.Subsidy) > 0 {
		res, err := chk.CheckSubsidy(r.county.AsOf, books.Subsidy)
		if err != nil && houqin.InputErrors(err) == nil {
			bad.Add(houqin.WithField("canteen.subsidy", err))
		}
		for _, e := range houqin.InputErrors(err) { // "accounts[3].days[2]" is the data's "subsidy[3].days[2]"
			at, ok := strings.CutPrefix(e.Field, "accounts")
			if !ok {
				at = "." + e.Field
			}
			bad.Add(houqin.Invalid(strings.TrimSuffix("canteen.subsidy"+at, "."), e.Reason))
		}
		sr.Canteen.Subsidy = res
		for _, a := range res {
			label := func(tag languageTag) string {
				return houqin.Localize(tag, "report.subsidy", schoolName(s).In(tag), periodLabel(tag, a.Period))
			}
			for _, f := range a.Findings {
				if f.Subject == s.ID {
					add("canteen", a.Period.To, label, f)
				} else { // a line of the ledger, named by its voucher
					add("canteen", a.Period.To, within(label, plain(f.Subject)), f)
				}
			}
		}
	}
	if len(books.Duties) > 0 {
		fs, err := chk.CheckDuties(books.Duties)
		if err != nil { // named "duties[i]" already
			bad.Add(houqin.WithField("canteen", err))
		}
		for _, f := range fs { // the duties stand for the year
			add("canteen", year.From, within(canteenOnly, plain(f.Subject)), f)
		}
	}

	// Fees: each term's filing.
	for i, fl := range s.Fees {
		rep, err := auditor.Audit(fl)
		if err != nil {
			bad.Add(houqin.WithField(fmt.Sprintf("fees[%d]", i), err))
			continue
		}
		sr.Fees = append(sr.Fees, FeeTerm{Term: fl.Term, Charges: len(fl.Charges), Result: rep})
		charges := map[string]fees.Charge{}
		for _, c := range fl.Charges {
			charges[c.ID] = c
		}
		for _, f := range rep.Findings {
			c := charges[f.Subject]
			on := c.Collected
			if settlementCodes[f.Code] || on.IsZero() {
				on = fl.TermEnd
			}
			add("fees", on, chargeLabel(c, fl.Term), f)
		}
	}

	// Insurance: the school's cover, premiums and buses; its claims.
	fs, err := ins.Check(insurance.Input{Enrollments: s.Insurance.Enrollments, Premiums: s.Insurance.Premiums,
		BusCovers: s.Insurance.BusCovers, BusRuns: s.Insurance.BusRuns})
	if err != nil {
		bad.Add(houqin.WithField("insurance", err))
	}
	if err := bad.Err(); err != nil { // the school's every problem, before it is scored
		return sr, err
	}
	for _, f := range fs {
		on := year.From // cover is bought for the year
		for _, x := range f.Facts {
			if x.Name == "first" {
				on, _ = x.Date()
			}
		}
		add("insurance", on, r.insuranceLabel(s, f.Subject), f)
	}
	sr.Findings = append(sr.Findings, claims...)
	sortDated(sr.Findings)

	// Assessment: each round scores the inspectors' records and the
	// findings dated since the round before.
	rounds := r.county.Rounds
	for k, in := range s.Inspections {
		from := houqin.Date{}
		if k > 0 {
			from = rounds[k-1].On
		}
		in.School = s.ID
		in.Round = rounds[k].ID
		in.Findings = nil
		for _, d := range sr.Findings {
			if d.On.After(from) && !d.On.After(rounds[k].On) {
				in.Findings = append(in.Findings, d.Finding)
			}
		}
		res, err := r.assessor.Score(in)
		if err != nil {
			return sr, houqin.WithField(fmt.Sprintf("inspections[%d]", k), err)
		}
		sr.Rounds = append(sr.Rounds, res)
	}
	if sr.Year, err = r.assessor.Combine(sr.Rounds); err != nil {
		return sr, houqin.WithField("inspections", err)
	}
	return sr, nil
}

// percentPlaces returns the decimals of the circular's percentages: for
// each finding it writes, and for the county's coverage against the cover
// required, the decimals that tell the rate from its threshold; the most.
func (r *Report) percentPlaces(required houqin.Ratio) int {
	places := format.PercentPlacesFor(int64(required))
	for _, k := range r.Insurance.Coverage.Kinds {
		if k.Kind == insurance.SchoolLiability {
			places = max(places, format.PercentPlacesFor(int64(k.Rate), int64(required)))
		}
	}
	for _, sr := range r.Schools {
		for _, d := range sr.Findings {
			if d.Severity >= houqin.Warning {
				places = max(places, findingPlaces(d.Finding))
			}
		}
	}
	for _, f := range r.Ranking.Findings {
		places = max(places, findingPlaces(f))
	}
	return places
}

// settlementCodes are the fee codes that speak of the term-end settlement:
// they count from the end of the term.
var settlementCodes = map[houqin.Code]bool{
	fees.CodeRefundDue: true, fees.CodeTopUpDue: true, fees.CodeShortfallBorne: true,
	fees.CodeSettlementPublishedLate: true, fees.CodeSettlementUnpublished: true,
}

// Summarize counts the Summary from the report's details, as the Summary's
// documentation defines each count: Schools, the canteen statements
// (SchoolReport.Canteen.Months) and the canteen-months in breach
// (Dated.Month), the charges (FeeTerm.Charges) and those in breach, the
// refunds, the claims of Insurance.Year, the violations and warnings. It
// keeps the grades of Summary.Grades, with their names, and counts the
// places of Ranking in each. [Build] calls it; a host that assembles a
// Report itself calls it once the details are in.
func (r *Report) Summarize() {
	s := &r.Summary
	*s = Summary{Schools: len(r.Schools), Claims: max(claims(r.Insurance.Year), 0), Grades: s.Grades}
	for _, sr := range r.Schools {
		s.Statements += len(sr.Canteen.Months)
		breaching := map[houqin.Period]bool{}
		for _, d := range sr.Findings {
			switch d.Severity {
			case houqin.Violation:
				s.Violations++
				if !d.Month.From.IsZero() && !breaching[d.Month] {
					breaching[d.Month] = true
					s.StatementsBreaching++
				}
			case houqin.Warning:
				s.Warnings++
			}
		}
		for _, rep := range sr.Fees {
			s.Charges += rep.Charges
			seen := map[string]bool{}
			for _, f := range rep.Findings {
				if f.Severity == houqin.Violation && !seen[f.Subject] {
					seen[f.Subject] = true
					s.ChargesBreaching++
				}
			}
			s.Refunds += rep.Refunded()
			for _, st := range rep.Settlements {
				if st.Outcome == fees.Refund {
					s.RefundedPupils += st.Pupils
				}
			}
		}
	}
	for i := range s.Grades {
		g := &s.Grades[i]
		g.Schools = 0
		for _, p := range r.Ranking.Places {
			if p.Grade == g.Grade {
				g.Schools++
			}
		}
	}
}

// names gives the report the names its text needs: the rubric's grades
// (counted by Summarize) and the kinds of insurance of the coverage.
func (r *builder) names() {
	grades := r.assessor.Rubric().Grades
	if len(grades) == 0 {
		grades = assessment.DefaultGrades()
	}
	for _, g := range grades {
		r.Summary.Grades = append(r.Summary.Grades, Count{Grade: g.ID, Name: Name(g.Name)})
	}
	for _, k := range r.Insurance.Coverage.Kinds {
		r.Insurance.KindNames = append(r.Insurance.KindNames, KindName{Kind: k.Kind, Name: nameIn(func(tag languageTag) string {
			return r.insurer.KindName(k.Kind, tag)
		})})
	}
}

// within names a part of something: a line of a statement, a worker of a
// canteen, an account.
func within(outer, part func(languageTag) string) func(languageTag) string {
	return func(tag languageTag) string { return outer(tag) + " " + part(tag) }
}

// dateFact returns the first of the finding's date facts of the given
// names, or def: the day a finding of food-safety records counts from.
func dateFact(f houqin.Finding, def houqin.Date, names ...string) houqin.Date {
	for _, name := range names {
		for _, x := range f.Facts {
			if x.Name == name {
				if d, ok := x.Date(); ok {
					return d
				}
			}
		}
	}
	return def
}

// findingPlaces returns the decimals f's own message writes its percentages
// at: two, or more to tell its ratios apart (the rule of houqin.Finding's
// Message).
func findingPlaces(f houqin.Finding) int {
	var rs []int64
	for _, x := range f.Facts {
		if x.Unit == houqin.UnitPercent {
			rs = append(rs, x.Value)
		}
	}
	return format.PercentPlacesFor(rs...)
}

func schoolName(s *School) Name { return Name{Hans: s.Name, Hant: s.NameHant, En: s.NameEn} }

func canteenName(s *School, tag languageTag) string {
	return houqin.Localize(tag, "report.canteen", schoolName(s).In(tag))
}

func plain(s string) func(languageTag) string { return func(languageTag) string { return s } }

func chargeLabel(c fees.Charge, term houqin.Term) func(languageTag) string {
	return func(tag languageTag) string {
		return houqin.Localize(tag, "report.charge", chargeName(c.Name, tag), term.Label(tag))
	}
}

// insuranceLabel names the subject of an insurance finding: a school's
// cover of a kind ("S08/school_liability"), a premium, or a bus.
func (r *builder) insuranceLabel(s *School, subject string) func(languageTag) string {
	return func(tag languageTag) string {
		if school, kind, ok := strings.Cut(subject, "/"); ok && school == s.ID {
			return houqin.Localize(tag, "report.pair", schoolName(s).In(tag), r.insurer.KindName(insurance.Kind(kind), tag))
		}
		for _, pr := range s.Insurance.Premiums {
			if pr.ID == subject {
				return houqin.Localize(tag, "report.pair", schoolName(s).In(tag), r.insurer.KindName(pr.Kind, tag))
			}
		}
		return subject
	}
}
