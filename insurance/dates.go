package insurance

import (
	"math"
	"time"

	"github.com/houqin-go/houqin"
)

// zoneCache finds the calendar date of a time in its own location, as
// houqin.DateOf does, without asking the location for its offset at every
// call: it remembers the last location seen and the span of Unix seconds
// over which that location keeps one offset from UTC (a zone period, from
// one daylight-saving or legal change to the next; forever for a fixed
// zone). A time of that location within that span has the date of its
// Unix seconds plus the offset, counted in whole days; any other time
// refills the cache (or, far from the years 1000 to 9999, goes to
// houqin.DateOf). The result is exactly time.Time.Date's: the offset is
// the one time.Time.Zone reports for every second of the span
// (time.Time.ZoneBounds), and a location never changes once made.
//
// The zero zoneCache is empty and ready to use. A zoneCache is not safe
// for concurrent use.
type zoneCache struct {
	loc        *time.Location
	start, end int64 // the span [start, end) of Unix seconds, within [fastMin, fastMax)
	off        int64 // the offset east of UTC, in seconds
}

const (
	// fastMin and fastMax bound the Unix seconds the cache serves:
	// 1000-01-01 and 10000-01-01 UTC. Outside, houqin.DateOf decides.
	fastMin = -30610224000
	fastMax = 253402300800
	// maxFastOffset bounds the offsets the cache serves: real zones are
	// within a day of UTC; time.FixedZone takes any offset.
	maxFastOffset = 7 * 24 * 3600
	secondsPerDay = 24 * 3600
	// unixDay0 is the day number of 1970-01-01 counted from 0000-03-01
	// of the proleptic Gregorian calendar.
	unixDay0 = 719468
)

// dateOf returns the calendar date of t in t's location.
func (z *zoneCache) dateOf(t time.Time) houqin.Date {
	sec := t.Unix()
	if loc := t.Location(); loc != z.loc || sec < z.start || sec >= z.end {
		if !z.fill(t, loc, sec) {
			return houqin.DateOf(t)
		}
	}
	// Within [fastMin, fastMax) and a week of offset, the seconds from
	// 0000-03-01 are positive: truncated division is floor division.
	return civilDate(uint64(sec+z.off+unixDay0*secondsPerDay) / secondsPerDay)
}

// fill makes the cache hold the zone period of t, whose location is loc
// and whose Unix seconds are sec, and reports whether it could (t within
// the years the cache serves, an offset within a week).
func (z *zoneCache) fill(t time.Time, loc *time.Location, sec int64) bool {
	*z = zoneCache{}
	if sec < fastMin || sec >= fastMax {
		return false
	}
	_, off := t.Zone()
	if off < -maxFastOffset || off > maxFastOffset {
		return false
	}
	// ZoneBounds gives the zero Time for a period without a start or an
	// end: within [fastMin, fastMax) it cannot be a real bound.
	start, end := int64(math.MinInt64), int64(math.MaxInt64)
	s, e := t.ZoneBounds()
	if !s.IsZero() {
		start = s.Unix()
	}
	if !e.IsZero() {
		end = e.Unix()
	}
	if sec < start || sec >= end {
		return false // a zone period that does not hold t: never, but be sure
	}
	*z = zoneCache{loc: loc, start: max(start, fastMin), end: min(end, fastMax), off: int64(off)}
	return true
}

// civilDate returns the date of day z, counted from 0000-03-01 of the
// proleptic Gregorian calendar, on years that start in March so that the
// leap day ends them (Neri and Schneider, "Euclidean affine functions and
// their application to calendar algorithms", 2022, as in package time).
func civilDate(z uint64) houqin.Date {
	n := 4*z + 3
	century := n / 146097
	r := uint32(n%146097) | 3 // 4 × the day of the century + 3
	p := uint64(r) * 2939745  // 2939745 / 2³² ≈ 1 / 1461: years of the century and days of the year in one product
	year := 100*century + p>>32
	yday := uint32(p) / 2939745 / 4 // the day of the March-based year, [0, 365]
	q := 2141*yday + 197913         // (month, day) of the March-based year in one product
	month, day := q>>16, (q&0xffff)/2141
	if yday >= 306 { // January or February: of the next calendar year
		year++
		month -= 12
	}
	return houqin.Date{Year: int(year), Month: time.Month(month), Day: int(day) + 1}
}
