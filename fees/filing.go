package fees

import (
	"strconv"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
)

// Filing is what a school hands over for one term: its charges and, at term
// end, the actual spending of the items it settles. A county audits one
// Filing per school and term with [Auditor.Audit].
type Filing struct {
	// School is the host's identifier of the school, copied to the [Result].
	School string `json:"school,omitempty"`
	// Stage is the school's stage of schooling. Required; a charge may name
	// another (a nine-year school's junior classes) in Charge.Stage.
	Stage Stage `json:"stage"`
	// Rural says the school is a rural school; with a compulsory Stage,
	// [Policy.RuralCompulsoryRule] applies.
	Rural bool `json:"rural,omitempty"`
	// Term is the term the filing covers; with [Policy.Calendar] it gives
	// the term end when TermEnd is not set. The zero Term is "not given".
	Term houqin.Term `json:"term,omitzero"`
	// TermEnd is the last day of the term, from which the settlement's
	// publication deadline runs. It takes precedence over Term: set it to
	// the last teaching day where the calendar's term, which runs to the
	// day before the next term, is too late. Needed when Spending is not
	// empty; without it (and without Term) no settlement deadline is
	// checked.
	TermEnd houqin.Date `json:"term_end"`
	// AsOf is the day of the audit: a deadline passed before it with
	// nothing done is a finding. Required; the library never reads the
	// clock.
	AsOf houqin.Date `json:"as_of"`
	// Charges are the school's charges of the term, at most 10,000; their
	// IDs are unique.
	Charges []Charge `json:"charges"`
	// Spending is the actual cost of the items settled at term end, at
	// most one entry per charge.
	Spending []Spending `json:"spending,omitempty"`
	// Earlier are the school's charges of the earlier terms of the same
	// school year (the autumn term's, when the filing is the spring
	// term's), at most 10,000, for the rules that hold a school year's
	// charges together: an item charged by the year
	// ([CodeRepeatedOverStandard]) and the one-fee cap ([CodeOneFeeOverCap]).
	// They are validated as charges ("earlier[2].amount") and count toward
	// those sums before the filing's own charges, but they are not audited
	// again: no finding names them, and their IDs need not differ from the
	// filing's.
	Earlier []Charge `json:"earlier,omitempty"`
}

// Charge is one charge a school levied (or plans to levy) on its pupils.
// Amounts are decimal yuan with at most two decimals, not negative.
type Charge struct {
	// ID is the host's identifier of the charge: the subject of its
	// findings. Required, at most 128 bytes, unique in the filing.
	ID string `json:"id"`
	// Item is the code of the catalog item the charge is levied under;
	// empty, or a code the catalog lacks, is a charge outside the catalog.
	Item string `json:"item,omitempty"`
	// Name is what the school called the charge; the letter to parents
	// ([ItemSettlement.RefundLine]) uses it, or the catalog item's name when
	// it is empty.
	Name string `json:"name,omitempty"`
	// Category is the host's classification of the charge where it has one
	// (see [Category]); the policy's lists apply to it as well as to the
	// catalog item's category, so a forbidden category cannot hide under an
	// approved item's code.
	Category Category `json:"category,omitempty"`
	// Stage is the stage of the pupils charged; zero means the filing's.
	Stage Stage `json:"stage,omitempty"`
	// Grades are the grades charged (1–12, see [Item.Grades]); empty means
	// the host does not say, and the grade scope is not checked.
	Grades []int `json:"grades,omitempty"`
	// Amount is what each pupil is charged, in yuan.
	Amount decimal.Decimal `json:"amount"`
	// Quantity is how many of the item's units Amount covers per pupil:
	// 5 for five months of meals charged at once, 2 for two sets; 0 means 1.
	// The standard the amount is held to is the item's Standard × Quantity.
	// At most 10,000.
	Quantity int `json:"quantity,omitempty"`
	// Pupils is the number of pupils charged. When Roll is given it may be
	// left 0, or must equal len(Roll). At most 10,000,000.
	Pupils int `json:"pupils"`
	// Roll lists the pupils charged and what each paid, when the host has
	// the list: settlement then shares a refund among them in roll order,
	// in proportion to what each paid.
	Roll []Pupil `json:"roll,omitempty"`
	// ProviderPrice is the provider's own price for what Amount buys, per
	// pupil, when known (publisher's price of the textbooks): an agency
	// item charged above it carries a margin. Null when unknown.
	ProviderPrice decimal.NullDecimal `json:"provider_price"`
	// Covers is the period of service the charge pays for: the term's
	// teaching days, the months of meals, the school year of an item per
	// year. The zero Period means the host does not say: the charge is taken
	// to pay for the term (the school year, for an item per year) it is
	// collected in, or for as many terms or years as its Quantity says of
	// an item per term or per year. A charge that pays for days beyond the
	// term it is collected in is collected ahead ([CodeChargedAcrossTerms]).
	// Needed when the charge has Leavers: their refunds are counted over it.
	Covers houqin.Period `json:"covers,omitzero"`
	// Leavers are the pupils who left school before the end of what the
	// charge paid for (Covers), with what the school refunded each
	// ([CodeLeavingRefundShort]); at most Pupils.
	Leavers []Leaver `json:"leavers,omitempty"`
	// Published is the day the charge was published to parents (收费公示);
	// zero means never.
	Published houqin.Date `json:"published"`
	// Collected is the day the money was collected; zero means not yet
	// collected (a planned charge), which no publication or supplier
	// deadline applies to yet.
	Collected houqin.Date `json:"collected"`
	// Payment is the host's identifier of the payment the charge was
	// collected in when it was collected together with other charges as
	// one sum: one bill, one receipt, one transfer. Charges with the same
	// Payment were paid together, so that a family could not pay one and
	// decline another; empty means the charge was collected on its own. At
	// most 128 bytes.
	Payment string `json:"payment,omitempty"`
	// Compulsory says the charge was presented as compulsory.
	Compulsory bool `json:"compulsory,omitempty"`
	// EnrolmentCondition says paying was made a condition of enrolment or
	// registration.
	EnrolmentCondition bool `json:"enrolment_condition,omitempty"`
	// Consents is the number of pupils whose families' consent to a
	// voluntary item is on record; at most Pupils.
	Consents int `json:"consents"`
	// Handler is who took the money. Required.
	Handler Handler `json:"handler"`
	// SupplierSettled is the day the money of a supplier-settled item
	// (uniforms) was settled with the supplier; zero means not yet.
	SupplierSettled houqin.Date `json:"supplier_settled"`
}

// Pupil is one pupil of a charge's roll.
type Pupil struct {
	// ID is the host's identifier of the pupil, for its own use.
	ID string `json:"id,omitempty"`
	// Paid is what the pupil paid for the charge, in yuan: the charge's
	// amount, or less for a pupil exempted in part or in full.
	Paid decimal.Decimal `json:"paid"`
}

// Leaver is a pupil who left school (退学, 转学) before the end of what a
// charge paid for, and what the school gave back: the part of the charge
// the pupil did not use is refunded, counted by the day, the half-month or
// the month ([Granularity]).
type Leaver struct {
	// Pupil is the host's identifier of the pupil, for its own use; at
	// most 128 bytes.
	Pupil string `json:"pupil,omitempty"`
	// Left is the pupil's last day at school: it counts as used. Required.
	Left houqin.Date `json:"left"`
	// Paid is what the pupil paid for the charge, in yuan; null means the
	// charge's Amount.
	Paid decimal.NullDecimal `json:"paid"`
	// Refunded is what the school refunded the pupil, in yuan.
	Refunded decimal.Decimal `json:"refunded"`
}

// Spending is the actual cost of one charge's item at term end.
type Spending struct {
	// Charge is the ID of the charge settled. Required.
	Charge string `json:"charge"`
	// Actual is the actual cost, in yuan: in total, or per pupil when
	// PerPupil is set (the school prints the actual spending per pupil:
	// 中心学校后勤工作计划（范文十一篇）).
	Actual decimal.Decimal `json:"actual"`
	// PerPupil says Actual is per pupil; the total is Actual × pupils.
	PerPupil bool `json:"per_pupil,omitempty"`
	// Published is the day the settlement was published to parents; zero
	// means not yet.
	Published houqin.Date `json:"published"`
}

// Limits of a filing.
const (
	maxCharges  = 10_000
	maxQuantity = 10_000
	maxIDLen    = 128
	maxRollErrs = 10
	maxPupils   = 10_000_000 // the most parts houqin.AllocateWeighted splits over
)

// prepared is a validated charge in the integer form the rules use.
type prepared struct {
	ch          *Charge
	item        *citem // nil: not in the catalog
	flags       catFlags
	stage       Stage
	hasProvider bool
	amount      houqin.Fen
	qty         int64
	pupils      int
	collected   houqin.Fen // in total
	paid        []int64    // what each pupil of the roll paid, when not all the same
	provider    houqin.Fen
	spending    int        // index in Filing.Spending, −1 for none
	actual      houqin.Fen // the spending's actual cost in total
	grades      uint16     // bit g for each grade charged; 0: not said
	earlier     bool       // of Filing.Earlier: counted, never reported
}

// prepareCharge validates c and writes it in integer form into p, which
// must be the zero prepared; school is the filing's stage. Errors name
// fields relative to the charge. The caller sets p.ch to c when it
// succeeds: storing c here would make every charge escape to the heap.
func (a *Auditor) prepareCharge(p *prepared, c *Charge, school Stage) error {
	p.stage, p.spending = school, -1 // fields, not the struct: no write barrier
	var probs problem.List
	bad := func(field, reason string) { probs.Add(houqin.Invalid(field, reason)) }
	if c.ID == "" || len(c.ID) > maxIDLen {
		bad("id", "must be 1 to 128 bytes")
	}
	if len(c.Item) > maxIDLen {
		bad("item", "longer than 128 bytes")
	}
	if len(c.Payment) > maxIDLen {
		bad("payment", "longer than 128 bytes")
	}
	if c.Category != "" {
		probs.Add(houqin.WithField("category", c.Category.Validate()))
	}
	if c.Stage != 0 {
		probs.Add(invalid("stage", stageCodec.Validate(uint8(c.Stage))))
		p.stage = c.Stage
	}
	checkGrades(&probs, c.Grades)
	for _, g := range c.Grades {
		if g >= 1 && g <= maxGrade {
			p.grades |= 1 << g
		}
	}
	var err error
	p.amount, err = amountOf("amount", c.Amount)
	probs.Add(err)
	switch {
	case c.Quantity < 0 || c.Quantity > maxQuantity:
		bad("quantity", strconv.Itoa(c.Quantity)+" out of range [0, 10000]")
	case c.Quantity == 0:
		p.qty = 1
	default:
		p.qty = int64(c.Quantity)
	}
	p.pupils = c.Pupils
	switch {
	case c.Pupils < 0 || c.Pupils > maxPupils:
		bad("pupils", strconv.Itoa(c.Pupils)+" out of range [0, "+strconv.Itoa(maxPupils)+"]")
	case len(c.Roll) > maxPupils:
		bad("roll", "more than "+strconv.Itoa(maxPupils)+" pupils")
	case len(c.Roll) > 0 && c.Pupils != 0 && c.Pupils != len(c.Roll):
		bad("pupils", strconv.Itoa(c.Pupils)+" differs from the "+strconv.Itoa(len(c.Roll))+" pupils of the roll")
	case p.amount > 0 && int64(max(c.Pupils, len(c.Roll))) > int64(houqin.MaxFen/p.amount):
		// amount × pupils bounds the totals of the findings (excess, margin).
		bad("pupils", "amount × pupils is beyond the bound of ±1,000,000,000,000.00 yuan")
	case len(c.Roll) > 0:
		p.pupils = len(c.Roll)
		p.collected, p.paid, err = sumRoll(c.Roll)
		probs.Add(err)
	default:
		p.collected = p.amount * houqin.Fen(c.Pupils)
	}
	if c.ProviderPrice.Valid {
		p.provider, err = amountOf("provider_price", c.ProviderPrice.Decimal)
		probs.Add(err)
		p.hasProvider = true
	}
	if c.Covers != (houqin.Period{}) {
		probs.Add(houqin.WithField("covers", c.Covers.Validate()))
	}
	switch {
	case len(c.Leavers) == 0:
	case p.pupils >= 0 && len(c.Leavers) > max(p.pupils, len(c.Roll)):
		bad("leavers", strconv.Itoa(len(c.Leavers))+" leavers of "+strconv.Itoa(max(p.pupils, len(c.Roll)))+" pupils charged")
	case c.Covers == (houqin.Period{}):
		bad("covers", "needed to count the refunds of the leavers")
	default:
		probs.Add(checkLeavers(c.Leavers, p.amount))
	}
	checkDate(&probs, "published", c.Published)
	checkDate(&probs, "collected", c.Collected)
	checkDate(&probs, "supplier_settled", c.SupplierSettled)
	if p.pupils >= 0 && (c.Consents < 0 || c.Consents > p.pupils) {
		bad("consents", strconv.Itoa(c.Consents)+" out of range [0, "+strconv.Itoa(p.pupils)+"] (the pupils charged)")
	}
	probs.Add(invalid("handler", handlerCodec.Validate(uint8(c.Handler))))
	if probs.Len() > 0 {
		return probs.Err()
	}

	if c.Category != "" {
		p.flags = a.pol.cats[c.Category]
	}
	if c.Item != "" {
		if i, ok := a.items[c.Item]; ok {
			p.item = &a.catalog[i]
			p.flags |= p.item.flags
		}
	}
	return nil
}

// amountOf converts an amount in yuan, which may not be negative, to fen.
func amountOf(field string, d decimal.Decimal) (houqin.Fen, error) {
	f, err := houqin.FenOf(field, d)
	if err == nil && f < 0 {
		return 0, houqin.Invalid(field, "negative")
	}
	return f, err
}

// checkDate adds the problem of an optional date: zero, or a real day.
func checkDate(p *problem.List, field string, d houqin.Date) {
	if !d.IsZero() {
		p.Add(houqin.WithField(field, d.Validate()))
	}
}

// ruralAllowed reports whether every category the charge has (its own and
// its item's), and at least one, is allowed to a rural compulsory school.
func (a *Auditor) ruralAllowed(p *prepared) bool {
	n := 0
	if c := p.ch.Category; c != "" {
		if a.pol.cats[c]&flagRuralAllowed == 0 {
			return false
		}
		n++
	}
	if p.item != nil && p.item.Category != "" {
		if p.item.flags&flagRuralAllowed == 0 {
			return false
		}
		n++
	}
	return n > 0
}

// sumRoll adds what the pupils of a roll paid, checking each amount, and
// returns, when they did not all pay the same, what each paid in fen: the
// weights of an uneven split. Errors name "roll[i].paid"; at most
// maxRollErrs of them are reported.
func sumRoll(roll []Pupil) (total houqin.Fen, paid []int64, err error) {
	var probs problem.List
	first := houqin.Fen(-1)
	for i := range roll {
		f, err := amountOf("paid", roll[i].Paid)
		if err != nil {
			if probs.Len() < maxRollErrs {
				probs.Add(houqin.WithField(field.Index("roll", i), err))
			}
			continue
		}
		switch {
		case first < 0:
			first = f
		case paid == nil && f != first:
			paid = make([]int64, len(roll)) // every pupil before i paid first
			for j := range i {
				paid[j] = int64(first)
			}
		}
		if paid != nil {
			paid[i] = int64(f)
		}
		total += f // total ≤ MaxFen and f ≤ MaxFen: no overflow
		if total > houqin.MaxFen {
			return 0, nil, houqin.Invalid("roll", "the pupils paid beyond the bound of ±1,000,000,000,000.00 yuan in all")
		}
	}
	if err := probs.Err(); err != nil {
		return 0, nil, err
	}
	return total, paid, nil
}

// checkLeavers validates the leavers of a charge of amount per pupil.
// Errors name "leavers[i].left"; at most maxRollErrs of them are reported.
func checkLeavers(ls []Leaver, amount houqin.Fen) error {
	var probs problem.List
	at := func(i int, name string) string { return field.Index("leavers", i) + "." + name }
	var paid houqin.Fen
	for i := range ls {
		if probs.Len() >= maxRollErrs {
			break
		}
		l := &ls[i]
		if len(l.Pupil) > maxIDLen {
			probs.Add(houqin.Invalid(at(i, "pupil"), "longer than 128 bytes"))
		}
		if l.Left.IsZero() {
			probs.Add(houqin.Invalid(at(i, "left"), "missing"))
		} else if err := l.Left.Validate(); err != nil {
			probs.Add(houqin.WithField(at(i, "left"), err))
		}
		p := amount
		if l.Paid.Valid {
			var err error
			if p, err = amountOf("paid", l.Paid.Decimal); err != nil {
				probs.Add(houqin.WithField(field.Index("leavers", i), err))
			}
		}
		if _, err := amountOf("refunded", l.Refunded); err != nil {
			probs.Add(houqin.WithField(field.Index("leavers", i), err))
		}
		if paid += p; paid > houqin.MaxFen {
			probs.Add(houqin.Invalid("leavers", "the leavers paid beyond the bound of ±1,000,000,000,000.00 yuan in all"))
			break
		}
	}
	return probs.Err()
}

// prepareSpending validates s for the prepared charge p and returns the
// actual cost in total.
func prepareSpending(s *Spending, p *prepared) (houqin.Fen, error) {
	var probs problem.List
	actual, err := amountOf("actual", s.Actual)
	switch {
	case err != nil:
		probs.Add(err)
	case s.PerPupil:
		if actual > 0 && int64(p.pupils) > int64(houqin.MaxFen/actual) {
			probs.Add(houqin.Invalid("actual", "actual × pupils is beyond the bound of ±1,000,000,000,000.00 yuan"))
		} else {
			actual *= houqin.Fen(p.pupils)
		}
	case actual > 0 && p.pupils == 0:
		probs.Add(houqin.Invalid("actual", "a nonzero cost for zero pupils"))
	}
	checkDate(&probs, "published", s.Published)
	return actual, probs.Err()
}
