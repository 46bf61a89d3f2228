package insurance

import (
	"strconv"
	"time"

	"github.com/houqin-go/houqin"
)

// Month is a calendar month: the bucket of a claim by the month of its
// reported date. It encodes as "2025-05".
type Month struct {
	Year  int
	Month time.Month
}

// MonthOf returns the month of d.
func MonthOf(d houqin.Date) Month { return Month{d.Year, d.Month} }

// key numbers months consecutively: key(m)+1 is the month after m.
func (m Month) key() int32 { return int32(m.Year*12 + int(m.Month) - 1) }

// monthOfKey is the inverse of key.
func monthOfKey(k int32) Month { return Month{int(k / 12), time.Month(k%12 + 1)} }

// Period returns the days of m.
func (m Month) Period() houqin.Period { return houqin.MonthPeriod(m.Year, m.Month) }

// Validate reports an *houqin.InputError (field "month") unless m is a
// month of the years 1 to 9999.
func (m Month) Validate() error {
	switch {
	case m.Year < 1 || m.Year > 9999:
		return houqin.Invalid("month", "year "+strconv.Itoa(m.Year)+" out of range [1, 9999]")
	case m.Month < time.January || m.Month > time.December:
		return houqin.Invalid("month", "month "+strconv.Itoa(int(m.Month))+" out of range [1, 12]")
	}
	return nil
}

// String returns m as "2025-05".
func (m Month) String() string {
	b := make([]byte, 0, 7)
	y := strconv.Itoa(m.Year)
	for i := len(y); i < 4; i++ {
		b = append(b, '0')
	}
	b = append(b, y...)
	b = append(b, '-')
	if m.Month < 10 && m.Month >= 0 {
		b = append(b, '0')
	}
	return string(strconv.AppendInt(b, int64(m.Month), 10))
}

// MarshalText encodes m as "2025-05"; it refuses a month that
// [Month.Validate] refuses.
func (m Month) MarshalText() ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return []byte(m.String()), nil
}

// UnmarshalText decodes "2025-05".
func (m *Month) UnmarshalText(b []byte) error {
	s := string(b)
	bad := houqin.Invalid("month", "want a month as YYYY-MM, got "+strconv.Quote(truncate(s, 40)))
	if len(s) != 7 || s[4] != '-' {
		return bad
	}
	year, month := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case i == 4:
		case c < '0' || c > '9':
			return bad
		case i < 4:
			year = year*10 + int(c-'0')
		default:
			month = month*10 + int(c-'0')
		}
	}
	v := Month{year, time.Month(month)}
	if err := v.Validate(); err != nil {
		return err
	}
	*m = v
	return nil
}
