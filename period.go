package houqin

import (
	"time"
)

// Period is an inclusive range of days: a month, a term, a school year, the
// validity of a certificate. Period{From: 2025-09-01, To: 2025-09-30} is the
// thirty days of September 2025; a valid p has p.To.Sub(p.From)+1 days. It
// encodes in JSON as {"from": …, "to": …}.
type Period struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// MonthPeriod returns the period of one calendar month.
func MonthPeriod(year int, month time.Month) Period {
	return Period{From: Date{year, month, 1}, To: Date{year, month, daysIn(year, month)}}
}

// Validate reports an *InputError naming "from" or "to" unless both dates
// are valid and From is not after To.
func (p Period) Validate() error {
	if err := p.From.Validate(); err != nil {
		return WithField("from", err)
	}
	if err := p.To.Validate(); err != nil {
		return WithField("to", err)
	}
	if p.To.Before(p.From) {
		return Invalid("to", p.To.String()+" is before from "+p.From.String())
	}
	return nil
}

// Contains reports whether d lies in p, both ends included.
func (p Period) Contains(d Date) bool {
	o := d.ordinal()
	return p.From.ordinal() <= o && o <= p.To.ordinal()
}

// String returns "2025-09-01..2025-09-30".
func (p Period) String() string { return p.From.String() + ".." + p.To.String() }
