package houqin

import (
	"time"
)

// Period is an inclusive range of days: a month, a term, a school year, the
// validity of a certificate. Period{From: 2025-09-01, To: 2025-09-30} is the
// thirty days of September 2025. It encodes in JSON as {"from": …, "to": …}.
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

// Covers reports whether every day of q lies in p.
func (p Period) Covers(q Period) bool { return p.Contains(q.From) && p.Contains(q.To) }

// Days returns the number of days in a valid p, both ends counted: 30 for
// September.
func (p Period) Days() int { return p.To.Sub(p.From) + 1 }

// Overlaps reports whether p and q share at least one day.
func (p Period) Overlaps(q Period) bool {
	return !p.To.Before(q.From) && !q.To.Before(p.From)
}

// Adjacent reports whether one of p and q begins the day after the other
// ends, so that together they form one period without a gap or an overlap.
func (p Period) Adjacent(q Period) bool {
	return p.To.AddDays(1) == q.From || q.To.AddDays(1) == p.From
}

// String returns "2025-09-01..2025-09-30".
func (p Period) String() string { return p.From.String() + ".." + p.To.String() }
