package canteen_test

import (
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCertificateValidity: a certificate is valid at most a year from its
// issue; a longer stated validity is a finding and covers no day beyond.
func TestCertificateValidity(t *testing.T) {
	feb25 := houqin.MonthPeriod(2025, time.February)
	tests := []struct {
		name   string
		period houqin.Period
		certs  []houqin.Period
		months int // 0: the default 12; -1: not capped
		want   []string
	}{
		{name: "a year to the day: 1 March 2025 to 1 March 2026", period: sept,
			certs: []houqin.Period{span(day(time.March, 1), date(2026, time.March, 1))}},
		{name: "a day more than a year", period: sept,
			certs: []houqin.Period{span(day(time.March, 1), date(2026, time.March, 2))},
			want:  []string{"certificate_beyond_validity issued=2025-03-01 expires=2026-03-02 latest=2026-03-01"}},
		// Issued 1 September 2024, valid through 1 September 2025 at the
		// latest: 2–30 September, 29 days, are not covered.
		{name: "a stated expiry that would cover the month", period: sept,
			certs: []houqin.Period{span(date(2024, time.September, 1), day(time.December, 31))},
			want: []string{ // the violation first
				"health_certificate_gap first_uncovered=2025-09-02 days=29",
				"certificate_beyond_validity issued=2024-09-01 expires=2025-12-31 latest=2025-09-01",
			}},
		{name: "a long certificate that no longer reaches the month", period: sept,
			certs: []houqin.Period{span(date(2022, time.January, 1), date(2024, time.December, 31)), span(day(time.January, 1), day(time.December, 31))}},
		// 29 February 2024 plus a year is 28 February 2025, the last day of
		// that February.
		{name: "issued on 29 February", period: feb25,
			certs: []houqin.Period{span(date(2024, time.February, 29), date(2025, time.March, 1))},
			want:  []string{"certificate_beyond_validity issued=2024-02-29 expires=2025-03-01 latest=2025-02-28"}},
		{name: "issued on 29 February, expiring on the 28th", period: feb25,
			certs: []houqin.Period{span(date(2024, time.February, 29), date(2025, time.February, 28))}},
		{name: "a two-year certificate where the region allows it", period: sept, months: 24,
			certs: []houqin.Period{span(date(2024, time.September, 1), date(2026, time.August, 31))}},
		{name: "not capped", period: sept, months: -1,
			certs: []houqin.Period{span(date(2020, time.September, 1), date(2030, time.August, 31))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chk := checker(t, func(p *canteen.Policy) {
				switch {
				case tt.months > 0:
					p.CertificateMonths = tt.months
				case tt.months < 0:
					p.CertificateMonths = 0
				}
			})
			certs := append([]houqin.Period(nil), tt.certs...)
			fs, err := chk.CheckStaff(canteen.Roster{Canteen: "C001", Period: tt.period, Workers: []canteen.Worker{{ID: "W7", Certificates: certs}}})
			require.NoError(t, err)
			assert.Equal(t, tt.certs, certs, "the roster is not changed")
			var got []string
			for _, f := range fs {
				assert.Equal(t, "W7", f.Subject)
				line := string(f.Code)[len("canteen."):]
				for _, x := range factStrings(f) {
					line += " " + x
				}
				got = append(got, line)
			}
			assert.Equal(t, tt.want, got)
			for _, f := range testkit.Of(fs, canteen.CodeCertificateBeyondValidity) {
				assert.Equal(t, houqin.Warning, f.Severity)
			}
		})
	}
}

// TestWorkedBeforeCertificate: the first working day against the issue of
// the first certificate.
func TestWorkedBeforeCertificate(t *testing.T) {
	cert := span(day(time.June, 10), date(2026, time.June, 9))
	tests := []struct {
		name  string
		first houqin.Date
		certs []houqin.Period
		want  []string
	}{
		{name: "not known", certs: []houqin.Period{cert}},
		{name: "started on the day of issue", first: day(time.June, 10), certs: []houqin.Period{cert}},
		{name: "started the day before", first: day(time.June, 9), certs: []houqin.Period{cert},
			want: []string{"first_day=2025-06-09", "issued=2025-06-10", "days=1"}},
		// 10 June − 1 June = 9 days.
		{name: "the earliest of renewals counts", first: day(time.June, 1),
			certs: []houqin.Period{span(date(2026, time.June, 10), date(2027, time.June, 9)), cert},
			want:  []string{"first_day=2025-06-01", "issued=2025-06-10", "days=9"}},
		{name: "started before any certificate, renewed since", first: day(time.March, 1),
			certs: []houqin.Period{span(day(time.April, 1), date(2026, time.March, 31))},
			want:  []string{"first_day=2025-03-01", "issued=2025-04-01", "days=31"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := checker(t, nil).CheckStaff(canteen.Roster{Canteen: "C001", Period: sept,
				Workers: []canteen.Worker{{ID: "W7", FirstDay: tt.first, Certificates: tt.certs}}})
			require.NoError(t, err)
			if tt.want == nil {
				assert.Nil(t, fs)
				return
			}
			require.Equal(t, []houqin.Code{canteen.CodeWorkedBeforeCertificate}, codes(fs))
			assert.Equal(t, houqin.Violation, fs[0].Severity)
			assert.Equal(t, tt.want, factStrings(fs[0]))
		})
	}

	fs, err := checker(t, nil).CheckStaff(canteen.Roster{Canteen: "C001", Period: sept,
		Workers: []canteen.Worker{{ID: "W7", FirstDay: sep(1)}}})
	require.NoError(t, err)
	assert.Equal(t, []houqin.Code{canteen.CodeHealthCertificateGap}, codes(fs), "no certificate at all: the gap says it")

	bad := []struct {
		worker canteen.Worker
		field  string
	}{
		{canteen.Worker{ID: "W7", FirstDay: sep(31)}, "workers[0].first_day"},
		{canteen.Worker{ID: "W7", FirstDay: sep(2)}, "workers[0].first_day"},
		{canteen.Worker{ID: "W7", FirstDay: sep(21), Serving: span(sep(20), sep(30))}, "workers[0].first_day"},
	}
	for _, b := range bad {
		_, err := checker(t, nil).CheckStaff(canteen.Roster{Canteen: "C001", Period: sept, Workers: []canteen.Worker{b.worker}})
		assert.ErrorIs(t, err, houqin.ErrInvalidInput)
		assert.Equal(t, []string{b.field}, testkit.Fields(err))
	}
	fs, err = checker(t, nil).CheckStaff(canteen.Roster{Canteen: "C001", Period: sept, Workers: []canteen.Worker{
		{ID: "W7", FirstDay: sep(20), Serving: span(sep(20), sep(30)), Certificates: []houqin.Period{span(sep(20), sep(30))}}}})
	require.NoError(t, err)
	assert.Nil(t, fs, "joined on the first day served")
}
