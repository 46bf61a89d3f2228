package fees

import (
	"strconv"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
)

// Auditor checks filings against one policy and one catalog, compiled once
// by [New] into the integer form the rules use. It holds no mutable state:
// its methods are pure, deterministic and safe for concurrent use, so a
// county audits its schools from as many goroutines as it likes.
type Auditor struct {
	pol     compiled
	catalog []citem
	items   map[string]int // item code → index in catalog
}

// citem is a validated catalog item in the form the rules use.
type citem struct {
	Item
	standard  houqin.Fen
	stageMask uint8  // bit s for Stage s; 0: every stage
	gradeMask uint16 // bit g for grade g; 0: every grade
	voluntary bool   // after Policy.ServiceFeesVoluntary
	topUp     bool   // after Policy.AgencyTopUp
	flags     catFlags
}

// New validates p and c and compiles them into an Auditor. It returns every
// problem at once (errors.Join), each an *houqin.InputError whose field
// begins with "policy." or "catalog.": "catalog.items[3].kind".
func New(p Policy, c Catalog) (*Auditor, error) {
	var probs problem.List
	probs.Add(houqin.WithField("policy", p.Validate()))
	probs.Add(houqin.WithField("catalog", c.Validate()))
	if err := probs.Err(); err != nil {
		return nil, err
	}
	a := &Auditor{
		pol:     compilePolicy(p),
		catalog: make([]citem, len(c.Items)),
		items:   make(map[string]int, len(c.Items)),
	}
	for i, it := range c.Items {
		ci := citem{Item: it}
		ci.standard, _ = houqin.FenOf("standard", it.Standard)
		for _, s := range it.Stages {
			ci.stageMask |= 1 << s
		}
		for _, g := range it.Grades {
			ci.gradeMask |= 1 << g
		}
		ci.voluntary = it.Voluntary || (it.Kind == Service && p.ServiceFeesVoluntary)
		switch it.Shortfall {
		case ShortfallTopUp:
			ci.topUp = true
		case ShortfallBorne:
		default:
			ci.topUp = it.Kind == Agency && p.AgencyTopUp
		}
		if it.Category != "" {
			ci.flags = a.pol.cats[it.Category]
		}
		a.catalog[i] = ci
		a.items[it.Code] = i
	}
	return a, nil
}

// Result is the outcome of auditing one filing: the findings, sorted, and
// the settlement of each charge that has spending, in the order of the
// filing's charges.
type Result struct {
	// School is the filing's school.
	School string `json:"school,omitempty"`
	// Findings are the rules broken, and the outcomes of the settlements
	// (of severity houqin.Notice), sorted by [houqin.Findings.Sort].
	Findings houqin.Findings `json:"findings"`
	// Settlements are the term-end settlements, one per charge with
	// spending, in the order of Filing.Charges.
	Settlements []ItemSettlement `json:"settlements,omitempty"`
}

// Refunded returns the sum of the refunds of the result's settlements.
func (r Result) Refunded() houqin.Fen { return r.sum(Refund) }

// ToCollect returns the sum of the shortfalls collected from pupils (多退少补).
func (r Result) ToCollect() houqin.Fen { return r.sum(TopUp) }

// Borne returns the sum of the shortfalls the school bears (多退少不补).
func (r Result) Borne() houqin.Fen { return r.sum(Borne) }

// sum adds |Balance| over the settlements of outcome o. A filing has at most
// 10,000 charges of at most houqin.MaxFen each: the sum fits an int64.
func (r Result) sum(o Outcome) houqin.Fen {
	var t houqin.Fen
	for i := range r.Settlements {
		if s := &r.Settlements[i]; s.Outcome == o {
			t += max(s.Balance, -s.Balance)
		}
	}
	return t
}

// Audit checks a school's filing for a term against the catalog and the
// policy and settles the items that have spending. It returns the findings
// (sorted) and the settlements in a [Result].
//
// It applies the rules the package doc lists under Rules, each with
// its codes. A charge of nothing (amount zero and nothing collected) breaks
// no charging rule; it is still settled.
//
// Bad input is an error, never a finding: Audit returns every problem of the
// filing at once (errors.Join), each an *houqin.InputError naming its field,
// "charges[3].amount", "spending[0].charge".
func (a *Auditor) Audit(f Filing) (Result, error) {
	ps, termEnd, err := a.prepare(&f)
	if err != nil {
		return Result{}, err
	}
	r := Result{School: f.School}
	var fs houqin.Findings
	own := ps[:len(f.Charges)] // the filing's charges; Earlier's follow
	payments, repeats := false, 0
	var scratch []int // the groups' buffer
	for i := range own {
		p := &own[i]
		a.checkCharge(&fs, &f, p)
		payments = payments || p.ch.Payment != ""
		if p.repeatable() {
			repeats++
		}
	}
	if payments {
		checkBundles(&fs, own, &scratch)
	}
	if repeats > 1 || (repeats > 0 && len(f.Earlier) > 0) {
		checkRepeated(&fs, ps, &scratch)
	}
	if a.pol.OneFee.Enabled {
		a.checkOneFee(&fs, &f, ps, &scratch)
	}
	if len(f.Spending) > 0 {
		r.Settlements = make([]ItemSettlement, 0, len(f.Spending))
	}
	for i := range own {
		p := &own[i]
		if p.spending < 0 {
			a.checkUnsettled(&fs, &f, p, termEnd)
			continue
		}
		s := a.settle(p, p.actual)
		settlementFindings(&fs, &s)
		a.checkSettlementPublished(&fs, &f, p.ch.ID, f.Spending[p.spending].Published, termEnd)
		r.Settlements = append(r.Settlements, s)
	}
	fs.Sort()
	r.Findings = fs
	return r, nil
}

// prepare validates the filing and returns its charges in integer form,
// each with its spending, and the term end (zero when the filing gives
// none).
func (a *Auditor) prepare(f *Filing) ([]prepared, houqin.Date, error) {
	var probs problem.List
	probs.Add(houqin.WithField("as_of", f.AsOf.Validate()))
	probs.Add(invalid("stage", stageCodec.Validate(uint8(f.Stage))))
	var termEnd houqin.Date
	switch {
	case !f.TermEnd.IsZero():
		if err := f.TermEnd.Validate(); err != nil {
			probs.Add(houqin.WithField("term_end", err))
		} else {
			termEnd = f.TermEnd
		}
	case f.Term != (houqin.Term{}):
		if err := f.Term.Validate(); err != nil {
			probs.Add(houqin.WithField("term", err))
		} else {
			termEnd = a.pol.Calendar.Term(f.Term).To
		}
	case len(f.Spending) > 0:
		probs.Add(houqin.Invalid("term_end", "needed to settle: give term_end or term"))
	}
	if len(f.Charges) > maxCharges {
		probs.Add(houqin.Invalid("charges", "more than "+strconv.Itoa(maxCharges)+" charges"))
		return nil, houqin.Date{}, probs.Err()
	}
	if len(f.Spending) > len(f.Charges) {
		probs.Add(houqin.Invalid("spending", "more entries than charges"))
		return nil, houqin.Date{}, probs.Err()
	}
	if len(f.Earlier) > maxCharges {
		probs.Add(houqin.Invalid("earlier", "more than "+strconv.Itoa(maxCharges)+" charges"))
		return nil, houqin.Date{}, probs.Err()
	}
	ps := make([]prepared, len(f.Charges)+len(f.Earlier))
	for i := range f.Earlier {
		p := &ps[len(f.Charges)+i]
		if err := a.prepareCharge(p, &f.Earlier[i], f.Stage); err != nil {
			probs.Add(houqin.WithField(field.Index("earlier", i), err))
		} else {
			p.ch, p.earlier = &f.Earlier[i], true
		}
	}
	ids := newIndex(len(f.Charges))
	for i := range f.Charges {
		if err := a.prepareCharge(&ps[i], &f.Charges[i], f.Stage); err != nil {
			probs.Add(houqin.WithField(field.Index("charges", i), err))
		} else {
			ps[i].ch = &f.Charges[i]
		}
		if j, dup := ids.add(f.Charges, i); dup {
			probs.Add(houqin.Invalid(field.Index("charges", i)+".id",
				"duplicate id "+clip.Quote(f.Charges[i].ID, 40)+" (also "+field.Index("charges", j)+")"))
		}
	}
	for i := range f.Spending {
		s := &f.Spending[i]
		j := ids.find(f.Charges, s.Charge)
		switch {
		case s.Charge == "" || j < 0:
			probs.Add(houqin.Invalid(field.Index("spending", i)+".charge", "no charge with id "+clip.Quote(s.Charge, 40)))
			continue
		case ps[j].spending >= 0:
			probs.Add(houqin.Invalid(field.Index("spending", i)+".charge", "charge "+clip.Quote(s.Charge, 40)+" already settled by "+field.Index("spending", ps[j].spending)))
			continue
		case ps[j].ch == nil:
			continue // the charge is invalid: reported above
		}
		actual, err := prepareSpending(s, &ps[j])
		if err != nil {
			probs.Add(houqin.WithField(field.Index("spending", i), err))
		}
		ps[j].spending, ps[j].actual = i, actual
	}
	if err := probs.Err(); err != nil {
		return nil, houqin.Date{}, err
	}
	return ps, termEnd, nil
}

// index finds charges by ID: a linear scan for a school's few charges, a
// map beyond.
type index struct{ m map[string]int }

const indexLinear = 16

func newIndex(n int) index {
	if n <= indexLinear {
		return index{}
	}
	return index{m: make(map[string]int, n)}
}

// add records charges[i]; it returns the earlier index and true when the ID
// is taken.
func (x index) add(cs []Charge, i int) (int, bool) {
	id := cs[i].ID
	if x.m == nil {
		for j := 0; j < i; j++ {
			if cs[j].ID == id {
				return j, true
			}
		}
		return 0, false
	}
	if j, ok := x.m[id]; ok {
		return j, true
	}
	x.m[id] = i
	return 0, false
}

// find returns the index of the first charge with the ID, or −1.
func (x index) find(cs []Charge, id string) int {
	if x.m == nil {
		for j := range cs {
			if cs[j].ID == id {
				return j
			}
		}
		return -1
	}
	if j, ok := x.m[id]; ok {
		return j
	}
	return -1
}

// checkCharge applies the charging rules to one charge.
func (a *Auditor) checkCharge(fs *houqin.Findings, f *Filing, p *prepared) {
	c := p.ch
	if p.amount == 0 && p.collected == 0 {
		return // nothing charged
	}
	id := c.ID

	// 1. The catalog, and what may never be a fee.
	if p.flags&flagForbidden != 0 {
		add(fs, CodeForbiddenItem, houqin.Violation, id, p.amountFact(), p.pupilsFact())
	}
	if p.flags&flagClothing != 0 {
		add(fs, CodeCollectiveClothing, houqin.Violation, id, p.amountFact(), p.pupilsFact())
	}
	if p.item == nil && p.flags&(flagForbidden|flagClothing) == 0 {
		add(fs, CodeNotInCatalog, houqin.Violation, id, p.amountFact(), p.pupilsFact())
	}
	if it := p.item; it != nil {
		// The approved scope.
		if it.stageMask != 0 && (p.stage == 0 || it.stageMask&(1<<p.stage) == 0) {
			add(fs, CodeStageOutOfScope, houqin.Violation, id, p.amountFact(), p.pupilsFact())
		}
		if it.gradeMask != 0 {
			for _, g := range c.Grades {
				if it.gradeMask&(1<<g) == 0 {
					add(fs, CodeGradeOutOfScope, houqin.Violation, id, houqin.CountFact("grade", int64(g)))
				}
			}
		}
		// 2. The standard: standard ≤ 10^14 and qty ≤ 10^4, so the product
		// fits an int64; excess ≤ amount, so excess × pupils ≤ MaxFen.
		if allowed := it.standard * houqin.Fen(p.qty); p.amount > allowed {
			excess := p.amount - allowed
			add(fs, CodeOverStandard, houqin.Violation, id, p.amountFact(),
				houqin.YuanFact("standard", allowed),
				houqin.YuanFact("excess_per_pupil", excess), p.pupilsFact(),
				houqin.YuanFact("excess_total", excess*houqin.Fen(p.pupils)))
		}
		// 4. Voluntary means voluntary.
		if it.voluntary {
			if c.Compulsory {
				add(fs, CodeVoluntaryMadeCompulsory, houqin.Violation, id, p.pupilsFact())
			}
			if c.EnrolmentCondition {
				add(fs, CodeVoluntaryTiedToEnrolment, houqin.Violation, id, p.pupilsFact())
			}
			if c.Consents == 0 && p.pupils > 0 {
				add(fs, CodeVoluntaryNoConsent, houqin.Violation, id, p.pupilsFact())
			} else if c.Consents < p.pupils {
				add(fs, CodeVoluntaryWithoutConsent, houqin.Violation, id, p.pupilsFact(),
					houqin.CountFact("consents", int64(c.Consents)),
					houqin.CountFact("missing", int64(p.pupils-c.Consents)))
			}
		}
		// 7. No margin on agency fees.
		if it.Kind == Agency && p.hasProvider && p.amount > p.provider {
			margin := p.amount - p.provider
			add(fs, CodeAgencyMargin, houqin.Violation, id, p.amountFact(),
				houqin.YuanFact("provider_price", p.provider),
				houqin.YuanFact("margin_per_pupil", margin), p.pupilsFact(),
				houqin.YuanFact("margin_total", margin*houqin.Fen(p.pupils)))
		}
	}

	// 3. Published before collection: at least publishLead days before.
	if !c.Collected.IsZero() {
		switch {
		case c.Published.IsZero():
			add(fs, CodeNotPublished, houqin.Violation, id, houqin.DateFact("collected_on", c.Collected))
		case c.Published.After(c.Collected) || (a.pol.PublishLeadDays > 0 && c.Collected.Sub(c.Published) < a.pol.PublishLeadDays):
			add(fs, CodeCollectedBeforePublication, houqin.Violation, id,
				houqin.DateFact("published_on", c.Published),
				houqin.DateFact("collected_on", c.Collected),
				houqin.DateFact("due", c.Collected.AddDays(-a.pol.PublishLeadDays)))
		}
	}

	// 5. Who handles the money.
	if p.flags&flagSupplies != 0 && c.Handler == HandlerSchool {
		add(fs, CodeSuppliesHandledBySchool, houqin.Violation, id, p.amountFact(), p.pupilsFact(), p.collectedFact())
	}
	if p.flags&flagInsurance != 0 && (c.Handler == HandlerSchool || c.Handler == HandlerSuppliesPoint) {
		add(fs, CodeInsuranceCollectedBySchool, houqin.Violation, id, p.amountFact(), p.pupilsFact(), p.collectedFact())
	}

	// 6. Rural compulsory education.
	if a.pol.RuralCompulsoryRule && f.Rural && p.stage.Compulsory() && !a.ruralAllowed(p) {
		add(fs, CodeRuralCompulsoryItem, houqin.Violation, id, p.amountFact(), p.pupilsFact(), p.collectedFact())
	}

	// 9. Supplier settlement.
	a.checkSupplier(fs, f, p)

	// 11. Nothing collected ahead of its term; the unused part back to a
	// pupil who leaves.
	a.checkAhead(fs, p)
	if len(c.Leavers) > 0 {
		a.checkLeaversRefunded(fs, p)
	}
}

// checkBundles applies the bundling rule of rule 4: no voluntary item in
// one payment with a compulsory charge.
func checkBundles(fs *houqin.Findings, ps []prepared, buf *[]int) {
	eachGroup(len(ps), 2, func(i int) (string, bool) {
		pay := ps[i].ch.Payment
		return pay, pay != ""
	}, buf, func(g []int) {
		// Each amount ≤ MaxFen = 10¹⁴ and a filing has at most 10⁴
		// charges: the sum fits an int64.
		var compulsory houqin.Fen
		for _, i := range g {
			if p := &ps[i]; p.compulsory() {
				compulsory += p.amount
			}
		}
		if compulsory == 0 {
			return
		}
		for _, i := range g {
			if p := &ps[i]; p.amount > 0 && p.item != nil && p.item.voluntary && !p.compulsory() {
				add(fs, CodeBundledWithCompulsory, houqin.Violation, p.ch.ID, p.amountFact(),
					houqin.YuanFact("compulsory", compulsory), p.pupilsFact())
			}
		}
	})
}

// compulsory reports whether the charge is one a pupil must pay: of a
// compulsory category, or of a catalog item that is not voluntary.
func (p *prepared) compulsory() bool {
	return p.flags&flagCompulsory != 0 || (p.item != nil && !p.item.voluntary)
}

// checkSupplier applies rule 9: money of a supplier-settled item (uniforms)
// that passed through the school is settled with the supplier in time.
func (a *Auditor) checkSupplier(fs *houqin.Findings, f *Filing, p *prepared) {
	c := p.ch
	if p.flags&flagSupplier == 0 || c.Collected.IsZero() || p.collected == 0 ||
		(c.Handler != HandlerSchool && c.Handler != HandlerSuppliesPoint) {
		return
	}
	days := a.pol.SupplierSettlementDays
	switch {
	case c.SupplierSettled.IsZero():
		if f.AsOf.Sub(c.Collected) > days {
			add(fs, CodeSupplierUnsettled, houqin.Violation, c.ID,
				houqin.DateFact("collected_on", c.Collected), houqin.DateFact("due", c.Collected.AddDays(days)),
				houqin.DateFact("as_of", f.AsOf), houqin.YuanFact("collected", p.collected))
		}
	case c.SupplierSettled.Sub(c.Collected) > days:
		add(fs, CodeSupplierSettledLate, houqin.Violation, c.ID,
			houqin.DateFact("collected_on", c.Collected), houqin.DateFact("due", c.Collected.AddDays(days)),
			houqin.DateFact("settled_on", c.SupplierSettled))
	}
}

// checkUnsettled reports an agency or service charge the school collected
// itself in the term that has no settlement at all once its publication is
// overdue. Money paid to a supplies point, an insurer's window or a
// provider is theirs to account for.
func (a *Auditor) checkUnsettled(fs *houqin.Findings, f *Filing, p *prepared, termEnd houqin.Date) {
	c := p.ch
	if p.item == nil || (p.item.Kind != Agency && p.item.Kind != Service) ||
		c.Handler != HandlerSchool || c.Collected.IsZero() || c.Collected.After(termEnd) || p.collected == 0 {
		return
	}
	a.checkSettlementPublished(fs, f, c.ID, houqin.Date{}, termEnd)
}

// checkSettlementPublished applies the publication deadline of rule 8; it
// checks nothing without a term end.
func (a *Auditor) checkSettlementPublished(fs *houqin.Findings, f *Filing, id string, published, termEnd houqin.Date) {
	if termEnd.IsZero() {
		return
	}
	days := a.pol.SettlementPublicationDays
	switch {
	case published.IsZero():
		if f.AsOf.Sub(termEnd) > days {
			add(fs, CodeSettlementUnpublished, houqin.Violation, id, houqin.DateFact("term_end", termEnd),
				houqin.DateFact("due", termEnd.AddDays(days)), houqin.DateFact("as_of", f.AsOf))
		}
	case published.Sub(termEnd) > days:
		add(fs, CodeSettlementPublishedLate, houqin.Violation, id, houqin.DateFact("term_end", termEnd),
			houqin.DateFact("due", termEnd.AddDays(days)), houqin.DateFact("published_on", published))
	}
}

// The facts most findings of a charge carry, built only for a finding: a
// fact's decimal allocates.
func (p *prepared) amountFact() houqin.Fact    { return houqin.YuanFact("amount", p.amount) }
func (p *prepared) pupilsFact() houqin.Fact    { return houqin.CountFact("pupils", int64(p.pupils)) }
func (p *prepared) collectedFact() houqin.Fact { return houqin.YuanFact("collected", p.collected) }

// add appends a finding.
func add(fs *houqin.Findings, code houqin.Code, sev houqin.Severity, subject string, facts ...houqin.Fact) {
	*fs = append(*fs, houqin.Finding{Code: code, Severity: sev, Subject: subject, Facts: facts})
}
