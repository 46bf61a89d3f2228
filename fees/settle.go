package fees

import (
	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/problem"
	"golang.org/x/text/language"
)

// ItemSettlement is the term-end settlement of one charge (学期末结算): what
// was collected, what the item actually cost, and what each pupil gets back
// or pays, to the fen, ready for the letter to parents
// ([ItemSettlement.RefundLine]).
//
// Balance is Collected − Actual. A positive balance is refunded (Outcome
// [Refund]); a negative one is collected from the pupils where the catalog
// allows it (多退少补, Outcome [TopUp]) and otherwise borne by the school
// (多退少不补, Outcome [Borne]); zero is [Balanced]. A shortfall is borne
// also when nothing was collected, for there is nothing to apportion it by.
//
// # Shares
//
// The amount refunded or topped up is shared among the pupils so that the
// shares sum exactly to |Balance|, by the root package's rule (houqin.SplitEven,
// houqin.AllocateWeighted): each share is truncated to the fen, and the fen
// left over go one each to the shares with the larger remainders, ties to
// the earlier pupil.
//
//   - When every pupil paid the same (always, when the charge has no roll)
//     the split is even and is not materialised: every pupil's share is
//     Each, and the first Extra pupils, in roll order, get one fen more.
//     ¥100.00 over 3 pupils is Each 33.33, Extra 1: 33.34 + 33.33 + 33.33.
//     Shares is nil.
//   - When the pupils of the roll paid different amounts, the amount is
//     shared in proportion to what each paid, and Shares lists each pupil's
//     share in roll order (a pupil who paid nothing gets nothing). Each and
//     Extra are zero.
//
// [ItemSettlement.Share] gives pupil i's share in both cases, in constant
// time. Shares are magnitudes: a refund to the pupil for [Refund], an amount
// the pupil pays for [TopUp]; every share is zero for [Balanced] and
// [Borne].
type ItemSettlement struct {
	// Charge is the charge's ID.
	Charge string `json:"charge"`
	// Item is the catalog item's code, empty for a charge outside the
	// catalog.
	Item string `json:"item,omitempty"`
	// Name is the charge's name, or its item's, for the letter to parents.
	Name string `json:"name,omitempty"`
	// Kind is the catalog item's kind; zero outside the catalog.
	Kind Kind `json:"kind,omitempty"`
	// Pupils is the number of pupils charged.
	Pupils int `json:"pupils"`
	// Collected is what was collected in total.
	Collected houqin.Fen `json:"collected"`
	// Actual is the actual cost in total.
	Actual houqin.Fen `json:"actual"`
	// Balance is Collected − Actual: an excess when positive, a shortfall
	// when negative.
	Balance houqin.Fen `json:"balance"`
	// Outcome says what happens to the balance.
	Outcome Outcome `json:"outcome"`
	// Each is every pupil's share of an even split.
	Each houqin.Fen `json:"each"`
	// Extra is the number of pupils, the first in roll order, whose share
	// of an even split is Each plus one fen.
	Extra int `json:"extra"`
	// Shares are the pupils' shares of an uneven split, in roll order; nil
	// for an even split.
	Shares []houqin.Fen `json:"shares,omitempty"`
}

// Share returns pupil i's share (counting from 0, in roll order): a refund
// for [Refund], an amount to pay for [TopUp], zero otherwise and for i
// outside [0, Pupils).
func (s ItemSettlement) Share(i int) houqin.Fen {
	if i < 0 || i >= s.Pupils {
		return 0
	}
	if s.Shares != nil {
		if i >= len(s.Shares) {
			return 0
		}
		return s.Shares[i]
	}
	if i < s.Extra {
		return s.Each + 1
	}
	return s.Each
}

// Amounts returns every pupil's share in roll order, materialising an even
// split: len(Amounts()) is Pupils, and the amounts sum to Total.
func (s ItemSettlement) Amounts() []houqin.Fen {
	if s.Shares != nil {
		return append([]houqin.Fen(nil), s.Shares...)
	}
	out := make([]houqin.Fen, s.Pupils)
	for i := range out {
		out[i] = s.Each
		if i < s.Extra {
			out[i]++
		}
	}
	return out
}

// Total returns the sum of the shares: |Balance| for [Refund] and [TopUp],
// zero for [Balanced] and [Borne].
func (s ItemSettlement) Total() houqin.Fen {
	if s.Outcome != Refund && s.Outcome != TopUp {
		return 0
	}
	return max(s.Balance, -s.Balance)
}

// RefundLine writes pupil i's line of the settlement letter to parents
// (告家长书, 退费单) for a reader of the language matched from tag: the item,
// what was collected and spent, and the pupil's refund or top-up in figures
// and in upper-case financial numerals (大写, traditional characters for
// Traditional Chinese, simplified otherwise); for [Borne] and [Balanced], that
// the pupil pays nothing more:
//
//	作业本费：收取¥100.00，实际支出¥0.00，结余¥100.00；本生应退¥33.34（大写：叁拾叁元叁角肆分）
//
// It returns "" for i outside [0, Pupils).
func (s ItemSettlement) RefundLine(tag language.Tag, i int) string {
	if i < 0 || i >= s.Pupils {
		return ""
	}
	name := s.Name
	if name == "" {
		name = s.Charge
	}
	switch s.Outcome {
	case Refund:
		v := s.Share(i)
		return houqin.Localize(tag, "fees.refund_line.refund", name, s.Collected, s.Actual, s.Balance, v, v.Daxie(tag))
	case TopUp:
		v := s.Share(i)
		return houqin.Localize(tag, "fees.refund_line.top_up", name, s.Collected, s.Actual, -s.Balance, v, v.Daxie(tag))
	case Borne:
		return houqin.Localize(tag, "fees.refund_line.borne", name, s.Collected, s.Actual, -s.Balance)
	case Balanced:
		return houqin.Localize(tag, "fees.refund_line.balanced", name, s.Collected, s.Actual)
	}
	return ""
}

// Settle settles one charge against its actual cost, without the filing's
// deadlines: the settlement of an [Auditor.Audit] without its findings. The
// spending's Charge must be empty or the charge's ID. It takes time linear
// in the charge's roll and allocates nothing per pupil for an even split.
//
// It returns every problem of c and s at once, each an *houqin.InputError
// naming its field ("charge.amount", "spending.actual").
func (a *Auditor) Settle(c Charge, s Spending) (ItemSettlement, error) {
	var probs problem.List
	var p prepared
	err := a.prepareCharge(&p, &c, 0)
	probs.Add(houqin.WithField("charge", err))
	p.ch = &c
	if s.Charge != "" && s.Charge != c.ID {
		probs.Add(houqin.Invalid("spending.charge", "settles another charge"))
	}
	var actual houqin.Fen
	if err == nil {
		actual, err = prepareSpending(&s, &p)
		probs.Add(houqin.WithField("spending", err))
	}
	if err := probs.Err(); err != nil {
		return ItemSettlement{}, err
	}
	return a.settle(&p, actual), nil
}

// settle computes the settlement of a prepared charge against its actual
// cost in total (validated: 0 ≤ actual ≤ MaxFen, 0 ≤ collected ≤ MaxFen,
// so |Balance| ≤ MaxFen).
func (a *Auditor) settle(p *prepared, actual houqin.Fen) ItemSettlement {
	s := ItemSettlement{
		Charge:    p.ch.ID,
		Item:      p.ch.Item,
		Name:      p.ch.Name,
		Pupils:    p.pupils,
		Collected: p.collected,
		Actual:    actual,
		Balance:   p.collected - actual,
	}
	if p.item != nil {
		s.Kind = p.item.Kind
		if s.Name == "" {
			s.Name = p.item.Name
		}
	} else {
		s.Item = ""
	}
	switch {
	case s.Balance == 0:
		s.Outcome = Balanced
	case s.Balance > 0:
		s.Outcome = Refund
		s.split(p, s.Balance)
	case p.item != nil && p.item.topUp && p.collected > 0:
		s.Outcome = TopUp
		s.split(p, -s.Balance)
	default:
		s.Outcome = Borne
	}
	return s
}

// split shares total (> 0, ≤ MaxFen) among the pupils: evenly when they all
// paid the same, in proportion to what each paid otherwise. The pupils paid
// collected > 0 in all, so there is at least one pupil and the weights do
// not sum to zero.
func (s *ItemSettlement) split(p *prepared, total houqin.Fen) {
	if p.paid == nil {
		s.Each, s.Extra, _ = houqin.SplitEven(total, p.pupils)
		return
	}
	s.Shares, _ = houqin.AllocateWeighted(total, p.paid)
}

// settlementFindings reports the outcome of a settlement as a finding of
// severity houqin.Notice.
func settlementFindings(fs *houqin.Findings, s *ItemSettlement) {
	if s.Outcome == Balanced {
		return
	}
	collected := houqin.YuanFact("collected", s.Collected)
	actual := houqin.YuanFact("actual", s.Actual)
	switch s.Outcome {
	case Refund:
		add(fs, CodeRefundDue, houqin.Notice, s.Charge, collected, actual,
			houqin.YuanFact("excess", s.Balance), houqin.CountFact("pupils", int64(s.Pupils)))
	case TopUp:
		add(fs, CodeTopUpDue, houqin.Notice, s.Charge, collected, actual,
			houqin.YuanFact("shortfall", -s.Balance), houqin.CountFact("pupils", int64(s.Pupils)))
	default:
		add(fs, CodeShortfallBorne, houqin.Notice, s.Charge, collected, actual,
			houqin.YuanFact("shortfall", -s.Balance))
	}
}
