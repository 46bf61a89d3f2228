package canteen

import (
	"slices"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
)

// Balances carried (结转): the one mechanism by which an account's money
// passes from one period to the next. For each account and period, in fen,
//
//	opening + income − spending = closing
//
// where income and spending are every line as booked (Figures.Net is their
// difference), and a chain of statements of consecutive periods carries
// each account's closing balance into the next period's opening:
//
//	opening(n+1) = closing(n)
//
// A balance the books do not state is worked out from the other one, or,
// for an opening, carried from the previous statement; a stated balance
// that breaks either equation is a finding ([CodeBalanceMismatch],
// [CodeCarryForwardMismatch]), never an error: it is the books that are
// wrong, not the host's input. A chain with a gap or an overlap is bad
// input.
//
// The same mechanism carries any ledger kept in periods: a surplus into the
// next period's meals, and the nutrition subsidy left unspent into the next
// period's food.

// balance works out the balances of account lg, whose figures are a, into
// a: the stated ones, the opening carried by c from the previous statement
// of a chain, the other one worked out from one. It appends to fs the
// findings of a closing balance that does not come from the opening, and of
// an opening that does not match the previous closing; it adds to p the
// problems of the balances.
func (k *Checker) balance(p *problem.List, fs *houqin.Findings, c *carrier, st *Statement, lg *ledger, a *Figures) {
	opening, closing := st.Opening, st.Closing
	if lg.at >= 0 {
		opening, closing = st.Accounts[lg.at].Opening, st.Accounts[lg.at].Closing
	}
	op, hasOp := signedFen(p, lg, "opening", opening)
	cl, hasCl := signedFen(p, lg, "closing", closing)
	net := a.Net()
	matched := false
	if c != nil {
		var prev houqin.Fen
		var known bool
		prev, known, matched = c.take(lg.id)
		switch {
		case !matched || !known:
		case !hasOp:
			op, hasOp = prev, true
		case beyond(op - prev):
			p.Add(houqin.Invalid(lg.path("opening"), "differs from the previous closing balance by more than ±1,000,000,000,000.00 yuan"))
		case op != prev && fs != nil && p.Len() == 0:
			*fs = append(*fs, carryMismatch(lg.id, st.Period.From, prev, op))
		}
	}
	switch {
	case hasOp && hasCl:
		switch expected := op + net; {
		case beyond(expected) || beyond(cl-expected):
			p.Add(houqin.Invalid(lg.path("closing"), "differs from the opening balance and the period's lines by more than ±1,000,000,000,000.00 yuan"))
		case expected != cl && fs != nil && p.Len() == 0:
			*fs = append(*fs, balanceMismatch(lg.id, op, a, cl))
		}
	case hasOp:
		cl = op + net
	case hasCl:
		op = cl - net
	}
	known := hasOp || hasCl
	if known && (beyond(op) || beyond(cl)) {
		p.Add(houqin.Invalid(lg.path("closing"), "the balance comes to beyond ±1,000,000,000,000.00 yuan"))
		known = false
	}
	if known {
		a.Opening, a.Closing, a.Balances = op, cl, true
	}
	if c != nil {
		c.next = append(c.next, carried{id: lg.id, closing: cl, known: known})
		if !matched {
			c.rest(op, known)
		}
	}
}

// beyond reports whether an amount lies beyond ±houqin.MaxFen: a balance,
// a sum of balances or a difference between two that is not valid input.
func beyond(f houqin.Fen) bool { return f < -houqin.MaxFen || f > houqin.MaxFen }

// signedFen converts a balance of account lg, which may be null or
// negative, to fen, and adds its problem to p.
func signedFen(p *problem.List, lg *ledger, name string, d decimal.NullDecimal) (houqin.Fen, bool) {
	if !d.Valid {
		return 0, false
	}
	v, why := fen.Of(d.Decimal)
	if why != fixed.OK {
		_, err := houqin.FenOf(lg.path(name), d.Decimal)
		p.Add(err)
		return 0, false
	}
	return houqin.Fen(v), true
}

func balanceMismatch(subject string, opening houqin.Fen, a *Figures, closing houqin.Fen) houqin.Finding {
	expected := opening + a.Net()
	return houqin.Finding{
		Code: CodeBalanceMismatch, Severity: houqin.Violation, Subject: subject,
		Facts: []houqin.Fact{
			houqin.YuanFact("opening", opening),
			houqin.YuanFact("income", a.Income()),
			houqin.YuanFact("spending", a.Outgo()),
			houqin.YuanFact("expected", expected),
			houqin.YuanFact("closing", closing),
			houqin.YuanFact("difference", closing-expected),
		},
	}
}

func carryMismatch(subject string, from houqin.Date, previous, opening houqin.Fen) houqin.Finding {
	return houqin.Finding{
		Code: CodeCarryForwardMismatch, Severity: houqin.Violation, Subject: subject,
		Facts: []houqin.Fact{
			houqin.DateFact("from", from),
			houqin.YuanFact("previous", previous),
			houqin.YuanFact("opening", opening),
			houqin.YuanFact("difference", opening-previous),
		},
	}
}

// carrier carries the closing balances of the accounts of one statement of
// a chain into the next, matching accounts by ID (a statement without
// accounts is one account, whose ID is its canteen's). The balances of
// accounts that do not match, because the canteen opened, closed or
// renamed accounts between the two periods, are carried as a whole: the
// closing balances of the previous statement's unmatched accounts must add
// up to the opening balances of this one's.
type carrier struct {
	first      bool      // no previous statement: nothing is carried
	prev, next []carried // the accounts of the previous statement, and of this one so far
	buf        [2][4]carried

	restOpening houqin.Fen // the opening balances of this statement's unmatched accounts
	restKnown   bool       // and whether they are all known
	restAny     bool       // whether there is any
}

// carried is the closing balance of one account.
type carried struct {
	id      string
	closing houqin.Fen
	known   bool // whether closing is known
	taken   bool // whether an account of the next statement matched it
}

// take returns the closing balance of the previous statement's account id,
// whether it is known, and whether there is one.
func (c *carrier) take(id string) (houqin.Fen, bool, bool) {
	for i := range c.prev {
		if x := &c.prev[i]; x.id == id && !x.taken {
			x.taken = true
			return x.closing, x.known, true
		}
	}
	return 0, false, false
}

// rest adds the opening balance of an unmatched account to the rest.
func (c *carrier) rest(opening houqin.Fen, known bool) {
	if !c.restAny {
		c.restKnown = true
	}
	c.restAny = true
	c.restOpening += opening
	c.restKnown = c.restKnown && known
}

// settle ends statement st: it appends to fs, when not nil, the finding of
// the balances of unmatched accounts that do not carry over, or adds to p
// the problem of balances beyond the bound; and it makes st's accounts the
// previous ones of the next statement.
func (c *carrier) settle(p *problem.List, fs *houqin.Findings, st *Statement) {
	var closing houqin.Fen
	known, any := true, c.restAny
	for _, x := range c.prev {
		if !x.taken {
			any = true
			closing += x.closing
			known = known && x.known
		}
	}
	if !c.restAny {
		c.restKnown = true
	}
	switch {
	case c.first || !any || !known || !c.restKnown || closing == c.restOpening || fs == nil:
	case beyond(closing) || beyond(c.restOpening) || beyond(c.restOpening-closing):
		p.Add(houqin.Invalid("accounts", "the balances carried add up beyond ±1,000,000,000,000.00 yuan"))
	default:
		*fs = append(*fs, carryMismatch(st.Canteen, st.Period.From, closing, c.restOpening))
	}
	c.prev, c.next = c.next, c.prev[:0]
	c.first, c.restOpening, c.restKnown, c.restAny = false, 0, false, false
}

// Chain checks the statements of one canteen for consecutive periods (its
// months, say) as [Checker.Check] checks each, and carries each account's
// balance from one statement into the next: an opening balance that the
// books do not state is the previous closing balance, and one they state
// must match it ([CodeCarryForwardMismatch]). A period's surplus thus
// reappears in the next period's opening balance, and every fen that leaves
// the canteen's accounts between two periods is reported, wherever the
// books state the balances on both sides. The balance
// ceiling ([Policy.BalanceCeiling]) then speaks of the balances carried.
//
// Accounts are matched by ID; the balances of accounts that appear or
// disappear between two statements are compared as a whole (the
// previous statement's closing balances of accounts that end against the
// opening balances of accounts that begin), with the canteen as subject.
//
// The statements may come in any order; Chain returns one [Result] for each,
// in the order of their periods. It returns an error, each an
// *houqin.InputError that matches houqin.ErrInvalidInput, when there are
// no statements, when a statement is not valid input (see [Checker.Check];
// the field is prefixed "statements[i]"), when the statements are of
// different canteens, or when two periods overlap or leave days between
// them (a gap).
func (k *Checker) Chain(sts []Statement) ([]Result, error) {
	if k == nil {
		return nil, errNilChecker
	}
	if len(sts) == 0 {
		return nil, houqin.Invalid("statements", "none to chain")
	}
	var p problem.List
	for i := range sts {
		st := &sts[i]
		if st.Canteen != sts[0].Canteen {
			p.Add(houqin.Invalid(field.Join(field.Index("statements", i), "canteen"),
				"canteen "+clip.Quote(st.Canteen, 40)+" differs from "+clip.Quote(sts[0].Canteen, 40)+" of statements[0]"))
		}
		if err := st.Period.Validate(); err != nil {
			p.Add(houqin.WithField(field.Join(field.Index("statements", i), "period"), err))
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	order, err := consecutive(len(sts), func(i int) houqin.Period { return sts[i].Period })
	if err != nil {
		return nil, err
	}
	out := make([]Result, len(sts))
	c := &carrier{first: true}
	c.prev, c.next = c.buf[0][:0], c.buf[1][:0]
	for n, i := range order {
		if err := k.check(&sts[i], c, &out[n]); err != nil {
			p.Add(houqin.WithField(field.Index("statements", i), err))
			c.settle(nil, nil, &sts[i]) // carry on, to report every problem
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// consecutive returns the indexes 0 … n−1 in the order of the periods
// period(i), valid periods of a chain, and an error joining every gap and
// overlap between two periods one after the other: a chain has no day
// between them and none twice.
func consecutive(n int, period func(i int) houqin.Period) ([]int, error) {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if c := period(a).From.Compare(period(b).From); c != 0 {
			return c
		}
		return period(a).To.Compare(period(b).To)
	})
	var p problem.List
	for n := 1; n < len(order); n++ {
		prev, at := period(order[n-1]), period(order[n])
		switch next := dayAfter(prev.To); {
		case at.From.Before(next):
			p.Add(houqin.Invalid(field.Join(field.Index("statements", order[n]), "period"),
				at.String()+" overlaps "+field.Index("statements", order[n-1])+" ("+prev.String()+")"))
		case at.From != next:
			p.Add(houqin.Invalid(field.Join(field.Index("statements", order[n]), "period"),
				"gap: no statement covers "+houqin.Period{From: next, To: at.From.AddDays(-1)}.String()))
		}
	}
	return order, p.Err()
}
