package canteen

import (
	"testing"
	"time"

	"github.com/houqin-go/houqin"
)

// TestDayAfter: dayAfter is AddDays(1) on every day of four centuries (the
// Gregorian cycle: 1900 and 2100 are not leap years, 2000 is) and at the
// ends of the library's range of years.
func TestDayAfter(t *testing.T) {
	check := func(d houqin.Date) {
		if got, want := dayAfter(d), d.AddDays(1); got != want {
			t.Fatalf("dayAfter(%s) = %v, want %v", d, got, want)
		}
	}
	for d := (houqin.Date{Year: 1900, Month: time.January, Day: 1}); d.Year < 2300; d = d.AddDays(1) {
		check(d)
	}
	check(houqin.Date{Year: 1, Month: time.January, Day: 1})
	check(houqin.Date{Year: 9999, Month: time.December, Day: 31})
}
