package houqin

import (
	"fmt"
	"strconv"
	"time"

	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/problem"
	"golang.org/x/text/language"
)

// MonthDay is a day of the year without a year, such as 1 September. It
// encodes as "09-01". In a given year it is Date{year, m.Month, m.Day}.
type MonthDay struct {
	Month time.Month
	Day   int
}

// Validate reports an *InputError without a field (name it with
// [WithField]) unless m is a day that exists every year (29 February does
// not).
func (m MonthDay) Validate() error {
	if m.Month < time.January || m.Month > time.December {
		return Invalid("", "month "+strconv.Itoa(int(m.Month))+" out of range [1, 12]")
	}
	if m.Day < 1 || m.Day > daysIn(2001, m.Month) {
		return Invalid("", m.text()+" is not a day of every year")
	}
	return nil
}

// in returns m in the given year.
func (m MonthDay) in(year int) Date { return Date{year, m.Month, m.Day} }

// text returns "09-01".
func (m MonthDay) text() string { return fmt.Sprintf("%02d-%02d", int(m.Month), m.Day) }

// MarshalText encodes m as "09-01".
func (m MonthDay) MarshalText() ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return []byte(m.text()), nil
}

// UnmarshalText decodes "09-01".
func (m *MonthDay) UnmarshalText(b []byte) error {
	d, err := parseDate("2001-" + string(b))
	if err != nil || len(b) != 5 {
		return Invalid("", "want a day of the year as MM-DD, got "+clip.Quote(string(b), 32))
	}
	*m = MonthDay{d.Month, d.Day}
	return nil
}

// Semester is one of the two terms of a Chinese school year, written as
// its name, "autumn" or "spring". The zero Semester ("") is not set;
// [Term.Validate] refuses it and any other name.
type Semester string

// The semesters, in the order they come in a school year.
const (
	// Autumn is the first term (秋季学期), from the start of the school year.
	Autumn Semester = "autumn"
	// Spring is the second term (春季学期), from the spring start to the end
	// of the school year.
	Spring Semester = "spring"
)

// Term names one term: the school year by the calendar year in which it
// begins (2025 for 2025–2026学年) and the semester. Term{2025, Spring} is the
// spring term of 2026.
type Term struct {
	Year     int      `json:"year"`
	Semester Semester `json:"semester"`
}

// Validate reports an *InputError unless t has a year in [1, 9998] and a
// known semester.
func (t Term) Validate() error {
	if t.Year < 1 || t.Year > 9998 {
		return Invalid("year", "school year "+strconv.Itoa(t.Year)+" out of range [1, 9998]")
	}
	switch t.Semester {
	case Autumn, Spring:
	case "":
		return Invalid("semester", "missing semester (want autumn or spring)")
	default:
		return Invalid("semester", "unknown semester "+clip.Quote(string(t.Semester), 32)+" (want autumn or spring)")
	}
	return nil
}

// Label names t for a reader: 2025–2026学年秋季学期, 2025–2026學年秋季學期,
// or "autumn term 2025–2026".
func (t Term) Label(tag language.Tag) string {
	key := Code("houqin.term.autumn")
	if t.Semester == Spring {
		key = "houqin.term.spring"
	}
	return Localize(tag, key, strconv.Itoa(t.Year), strconv.Itoa(t.Year+1))
}

// SchoolYearLabel names the school year that begins in year: 2025–2026学年,
// or "school year 2025–2026".
func SchoolYearLabel(tag language.Tag, year int) string {
	return Localize(tag, "houqin.school_year", strconv.Itoa(year), strconv.Itoa(year+1))
}

// Calendar is the school calendar: when the school year and its spring term
// begin. The autumn term runs from YearStart to the day before SpringStart
// of the next calendar year; the spring term from SpringStart to the day
// before the next YearStart; so the two terms cover the whole school year,
// holidays included (each holiday belongs to the term before it, the winter
// holiday's tail after SpringStart to the spring term). The school year
// that begins in year y runs from c.Term(Term{y, Autumn}).From to
// c.Term(Term{y, Spring}).To. Regions whose terms start on other days set
// their own; the zero Calendar is not valid.
type Calendar struct {
	// YearStart is the first day of the school year and of the autumn term.
	// Default 09-01.
	YearStart MonthDay `json:"year_start"`
	// SpringStart is the first day of the spring term, in the calendar year
	// after YearStart; it must come before YearStart in the calendar year.
	// Default 02-01.
	SpringStart MonthDay `json:"spring_start"`
}

// DefaultCalendar returns the calendar of most Chinese schools: the school
// year begins on 1 September, the spring term on 1 February.
func DefaultCalendar() Calendar {
	return Calendar{YearStart: MonthDay{time.September, 1}, SpringStart: MonthDay{time.February, 1}}
}

// Validate reports every problem of c at once, each an *InputError naming
// its field.
func (c Calendar) Validate() error {
	var p problem.List
	p.Add(WithField("year_start", c.YearStart.Validate()))
	p.Add(WithField("spring_start", c.SpringStart.Validate()))
	if p.Len() == 0 && !c.SpringStart.in(2001).Before(c.YearStart.in(2001)) {
		p.Add(Invalid("spring_start", c.SpringStart.text()+" must come before year_start "+c.YearStart.text()+" in the calendar year"))
	}
	return p.Err()
}

// schoolYearOf returns the year in which the school year holding d began.
func (c Calendar) schoolYearOf(d Date) int {
	if d.Before(c.YearStart.in(d.Year)) {
		return d.Year - 1
	}
	return d.Year
}

// Term returns the period of term t; see [Calendar] for the school year.
func (c Calendar) Term(t Term) Period {
	if t.Semester == Spring {
		return Period{From: c.SpringStart.in(t.Year + 1), To: c.YearStart.in(t.Year + 1).AddDays(-1)}
	}
	return Period{From: c.YearStart.in(t.Year), To: c.SpringStart.in(t.Year + 1).AddDays(-1)}
}

// TermOf returns the term holding d; its Year is the year in which the
// school year holding d began.
func (c Calendar) TermOf(d Date) Term {
	y := c.schoolYearOf(d)
	if d.Before(c.SpringStart.in(y + 1)) {
		return Term{y, Autumn}
	}
	return Term{y, Spring}
}
