package insurance

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/require"
)

// testZones are the locations the zone cache is checked in: fixed zones
// (whole, half and three-quarter hours, far east and far west, beyond the
// week the cache serves), UTC and Local, and zones with daylight saving
// time and changes of their standard offset, China's among them (daylight
// saving time from 1986 to 1991).
func testZones(t testing.TB) []*time.Location {
	zones := []*time.Location{
		time.UTC, time.Local, cst,
		time.FixedZone("-0330", -(3*3600 + 1800)),
		time.FixedZone("+0545", 5*3600+45*60),
		time.FixedZone("+1400", 14*3600),
		time.FixedZone("-1200", -12*3600),
		time.FixedZone("+0000:01", 1),
		time.FixedZone("far east", 8*24*3600),
		time.FixedZone("far west", -30*24*3600),
	}
	for _, name := range []string{
		"Asia/Shanghai", "America/New_York", "Europe/London", "Australia/Lord_Howe",
		"Pacific/Chatham", "America/St_Johns", "Pacific/Apia", "Europe/Dublin", "Antarctica/Troll",
	} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Logf("no zone %s: %v", name, err)
			continue
		}
		zones = append(zones, loc)
	}
	return zones
}

// TestZoneCacheMatchesTime checks the zone cache against time.Time.Date:
// every hour around the changes of offset of each zone from 1980 to 2040,
// random times from the year 1 to 9999 (and beyond, where the cache steps
// aside), and the edges of the years it serves.
func TestZoneCacheMatchesTime(t *testing.T) {
	check := func(z *zoneCache, tm time.Time) {
		t.Helper()
		if got, want := z.dateOf(tm), houqin.DateOf(tm); got != want {
			t.Fatalf("%v (%d in %s): %v, want %v", tm, tm.Unix(), tm.Location(), got, want)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for _, loc := range testZones(t) {
		var z zoneCache
		// Hours around every change of offset from 1980 to 2040, in
		// order (the cache refills at each change) and shuffled.
		var times []time.Time
		for tm := time.Date(1980, 1, 1, 0, 0, 0, 0, loc); tm.Year() < 2040; {
			_, end := tm.ZoneBounds()
			if end.IsZero() || end.Year() >= 2040 {
				break
			}
			for h := -26; h <= 26; h++ {
				times = append(times, end.Add(time.Duration(h)*time.Hour), end.Add(time.Duration(h)*time.Hour-time.Nanosecond))
			}
			tm = end
		}
		for _, tm := range times {
			check(&z, tm)
		}
		r.Shuffle(len(times), func(i, j int) { times[i], times[j] = times[j], times[i] })
		for _, tm := range times {
			check(&z, tm)
		}
		// Random instants over the years the cache serves and beyond.
		for range 3000 {
			sec := r.Int64N(fastMax-fastMin+2*secondsPerDay*800) + fastMin - secondsPerDay*800
			check(&z, time.Unix(sec, r.Int64N(1e9)).In(loc))
			check(&z, time.Unix(r.Int64N(1<<40)-1<<39, 0).In(loc))
		}
		// The edges of the years the cache serves.
		for _, sec := range []int64{fastMin - 1, fastMin, fastMin + 1, fastMax - 1, fastMax, fastMax + 1, 0, -1} {
			for _, d := range []int64{-2 * secondsPerDay, -1, 0, 1, 2 * secondsPerDay} {
				check(&z, time.Unix(sec+d, 0).In(loc))
			}
		}
		// Times out of the range of Unix seconds in int64 arithmetic.
		check(&z, time.Date(-300_000_000, 1, 1, 0, 0, 0, 0, loc))
		check(&z, time.Date(300_000_000, 1, 1, 0, 0, 0, 0, loc))
		check(&z, time.Unix(math.MaxInt64-1, 0).In(loc))
		check(&z, time.Unix(math.MinInt64+1, 0).In(loc))
		check(&z, time.Time{}.In(loc))
	}
}

// TestZoneCacheMonotonic checks that a reading of the monotonic clock in a
// time changes nothing.
func TestZoneCacheMonotonic(t *testing.T) {
	var z zoneCache
	// time.Now is fine in a test: it is the one way to get a time with a
	// monotonic reading.
	now := time.Now().In(cst)
	require.Equal(t, houqin.DateOf(now), z.dateOf(now))
	require.Equal(t, houqin.DateOf(now.Round(0)), z.dateOf(now))
}

// TestCivilDate checks the conversion of day numbers to dates, day by day
// over four centuries (a whole cycle of the Gregorian calendar) and every
// seventh day from the year 1 to 9999, against package time.
func TestCivilDate(t *testing.T) {
	day := func(tm time.Time) uint64 { return uint64(tm.Unix()+unixDay0*secondsPerDay) / secondsPerDay }
	check := func(tm time.Time) {
		t.Helper()
		if got, want := civilDate(day(tm)), houqin.DateOf(tm); got != want {
			t.Fatalf("%v: %v, want %v", tm, got, want)
		}
	}
	for tm := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC); tm.Year() < 2300; tm = tm.AddDate(0, 0, 1) {
		check(tm)
	}
	for tm := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC); tm.Year() < 10000; tm = tm.AddDate(0, 0, 7) {
		check(tm)
	}
	require.Equal(t, houqin.Date{Year: 1970, Month: time.January, Day: 1}, civilDate(unixDay0))
	require.Equal(t, houqin.Date{Year: 0, Month: time.March, Day: 1}, civilDate(0))
}

// FuzzZoneCache compares the zone cache with time.Time.Date for fuzzed
// instants, zones and fixed offsets, and sequences of them (a cache
// filled by one time serves the next).
func FuzzZoneCache(f *testing.F) {
	f.Add(int64(1748707200), int64(0), uint8(2), int32(0), int64(3600))
	f.Add(int64(fastMin), int64(1), uint8(3), int32(-12600), int64(-1))
	f.Add(int64(fastMax-1), int64(999999999), uint8(200), int32(8*24*3600), int64(86400))
	f.Add(int64(-62135596800), int64(0), uint8(13), int32(1), int64(1<<40))
	f.Add(int64(688000000), int64(0), uint8(10), int32(0), int64(-7200)) // China, daylight saving time, 1991
	zones := testZones(f)
	f.Fuzz(func(t *testing.T, sec, nsec int64, zone uint8, offset int32, step int64) {
		loc := zones[int(zone)%len(zones)]
		if zone >= 128 {
			loc = time.FixedZone("fuzz", int(offset))
		}
		var z zoneCache
		tm := time.Unix(sec, nsec).In(loc)
		for range 4 {
			if got, want := z.dateOf(tm), houqin.DateOf(tm); got != want {
				t.Fatalf("%v (%d): %v, want %v", tm, tm.Unix(), got, want)
			}
			tm = tm.Add(time.Duration(step) * time.Second)
		}
	})
}
