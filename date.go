package houqin

import (
	"strconv"
	"time"

	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/format"
	"github.com/houqin-go/houqin/internal/lang"
	"golang.org/x/text/language"
)

// Date is a day in the proleptic Gregorian calendar, without a time or a
// zone: the date of a statement, a charge, a certificate, a claim. The
// library never reads the clock; the host says what day it is. Write a date
// as a literal, Date{2025, time.September, 1}, or take one from a time with
// [DateOf]; check one that comes from input with [Date.Validate]. The zero
// Date is "no date" ([Date.IsZero]); Validate refuses it where a date is
// required.
//
// Dates compare with [Date.Compare], [Date.Before] and [Date.After], and
// with == (two equal dates have equal fields). They encode as "2006-01-02".
// In the time package's terms a date is midnight UTC at its start,
// time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC), whose Weekday
// is the day of the week of d.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// parseDate reads a date written "2006-01-02" and validates it. It returns
// an *InputError (empty Field) that matches [ErrInvalidInput] otherwise.
func parseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, Invalid("", "want a date as YYYY-MM-DD, got "+clip.Quote(s, 40))
	}
	num := func(t string) int {
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return -1
			}
			n = n*10 + int(t[i]-'0')
		}
		return n
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 0 || m < 0 || d < 0 {
		return Date{}, Invalid("", "want a date as YYYY-MM-DD, got "+strconv.Quote(s))
	}
	dt := Date{y, time.Month(m), d}
	if err := dt.Validate(); err != nil {
		return Date{}, err
	}
	return dt, nil
}

// Validate reports an *InputError unless d is a real day between the years 1
// and 9999. The error has no field: the caller names it with [WithField], as
// in WithField("issued", d.Validate()).
func (d Date) Validate() error {
	switch {
	case d.IsZero():
		return Invalid("", "missing")
	case d.Year < 1 || d.Year > 9999:
		return Invalid("", "year "+strconv.Itoa(d.Year)+" out of range [1, 9999]")
	case d.Month < time.January || d.Month > time.December:
		return Invalid("", "month "+strconv.Itoa(int(d.Month))+" out of range [1, 12]")
	case d.Day < 1 || d.Day > daysIn(d.Year, d.Month):
		return Invalid("", d.String()+" does not exist")
	}
	return nil
}

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// ordinal returns the key that orders dates: it is monotonic in the date.
func (d Date) ordinal() int { return d.Year*512 + int(d.Month)*32 + d.Day }

// Compare returns −1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	a, b := d.ordinal(), e.ordinal()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.ordinal() < e.ordinal() }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.ordinal() > e.ordinal() }

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d == Date{} }

// days returns the number of days from 1970-01-01 to d (negative before),
// for a valid d. It is Howard Hinnant's days_from_civil.
func (d Date) days() int {
	y, m := d.Year, int(d.Month)
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// dateFromDays is the inverse of days (civil_from_days).
func dateFromDays(z int) Date {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{y, time.Month(m), day}
}

// AddDays returns the date n days after d (before, for negative n). d must
// be valid.
func (d Date) AddDays(n int) Date { return dateFromDays(d.days() + n) }

// Sub returns the number of days from e to d: d.Sub(e) is 1 when d is the
// day after e. Both must be valid.
func (d Date) Sub(e Date) int { return d.days() - e.days() }

// String returns d as "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var buf [10]byte
	return string(d.appendISO(buf[:0]))
}

func (d Date) appendISO(b []byte) []byte {
	return format.AppendISODate(b, d.Year, int(d.Month), d.Day)
}

// MarshalText encodes d as "2006-01-02", and the zero Date as "".
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return d.appendISO(nil), nil
}

// UnmarshalText decodes "2006-01-02"; an empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := parseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Format writes d for a reader of the language matched from tag:
// 2025年9月1日 in Chinese, 1 September 2025 in English; "" for the zero Date.
func (d Date) Format(tag language.Tag) string { return d.format(lang.Of(tag)) }

func (d Date) format(l lang.Lang) string {
	if d.IsZero() {
		return ""
	}
	return format.Date(l, d.Year, d.Month, d.Day)
}

// FormatMonth writes a calendar month for a reader of the language matched
// from tag: 2025年10月 in Chinese, October 2025 in English.
func FormatMonth(tag language.Tag, year int, month time.Month) string {
	return format.Month(lang.Of(tag), year, month)
}
