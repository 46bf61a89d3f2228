package canteen_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func day(m time.Month, d int) houqin.Date { return houqin.Date{Year: 2025, Month: m, Day: d} }

func span(from, to houqin.Date) houqin.Period { return houqin.Period{From: from, To: to} }

// yearly is a certificate valid for a year from 1 March 2025.
var yearly = span(day(time.March, 1), houqin.Date{Year: 2026, Month: time.February, Day: 28})

func TestHealthCertificates(t *testing.T) {
	tests := []struct {
		name   string
		worker canteen.Worker
		first  string // first uncovered day; "" for none
		days   int
	}{
		{name: "a yearly certificate covers September", worker: canteen.Worker{Certificates: []houqin.Period{yearly}}},
		{name: "no certificate", worker: canteen.Worker{}, first: "2025-09-01", days: 30},
		{name: "expires on the last day: covered", worker: canteen.Worker{Certificates: []houqin.Period{span(day(time.January, 1), day(time.September, 30))}}},
		{name: "expires the day before the last", worker: canteen.Worker{Certificates: []houqin.Period{span(day(time.January, 1), day(time.September, 29))}},
			first: "2025-09-30", days: 1},
		{name: "valid from the second day", worker: canteen.Worker{Certificates: []houqin.Period{span(day(time.September, 2), day(time.December, 31))}},
			first: "2025-09-01", days: 1},
		{name: "renewed a week late", worker: canteen.Worker{Certificates: []houqin.Period{
			span(day(time.October, 8), houqin.Date{Year: 2026, Month: time.October, Day: 7}),
			span(houqin.Date{Year: 2024, Month: time.October, Day: 1}, day(time.September, 14)),
		}}, first: "2025-09-15", days: 16},
		{name: "renewal adjacent: covered", worker: canteen.Worker{Certificates: []houqin.Period{
			span(houqin.Date{Year: 2024, Month: time.September, Day: 16}, day(time.September, 15)),
			span(day(time.September, 16), houqin.Date{Year: 2026, Month: time.September, Day: 15}),
		}}},
		{name: "overlapping renewals: covered", worker: canteen.Worker{Certificates: []houqin.Period{
			span(day(time.September, 10), day(time.October, 10)),
			span(day(time.January, 1), day(time.September, 20)),
			span(day(time.September, 1), day(time.September, 5)),
		}}},
		{name: "two gaps", worker: canteen.Worker{Certificates: []houqin.Period{
			span(day(time.September, 3), day(time.September, 10)),
			span(day(time.September, 21), day(time.September, 28)),
		}}, first: "2025-09-01", days: 2 + 10 + 2},
		{name: "certificate entirely before and after", worker: canteen.Worker{Certificates: []houqin.Period{
			span(day(time.January, 1), day(time.August, 31)),
			span(day(time.October, 1), day(time.December, 31)),
		}}, first: "2025-09-01", days: 30},
		{name: "joined mid-month, covered from then", worker: canteen.Worker{
			Serving:      span(day(time.September, 15), day(time.September, 30)),
			Certificates: []houqin.Period{span(day(time.September, 15), houqin.Date{Year: 2026, Month: time.September, Day: 14})}}},
		{name: "left mid-month before the certificate expired", worker: canteen.Worker{
			Serving:      span(day(time.September, 1), day(time.September, 10)),
			Certificates: []houqin.Period{span(houqin.Date{Year: 2024, Month: time.September, Day: 11}, day(time.September, 10))}}},
		{name: "joined mid-month without a certificate", worker: canteen.Worker{
			Serving: span(day(time.September, 29), day(time.September, 30))}, first: "2025-09-29", days: 2},
	}
	chk := checker(t, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := tt.worker
			w.ID = "W7"
			fs, err := chk.CheckStaff(canteen.Roster{Canteen: "C001", Period: sept, Diners: 100, Workers: []canteen.Worker{w}})
			require.NoError(t, err)
			if tt.first == "" {
				assert.Nil(t, fs)
				return
			}
			require.Equal(t, []houqin.Code{canteen.CodeHealthCertificateGap}, codes(fs))
			assert.Equal(t, houqin.Violation, fs[0].Severity)
			assert.Equal(t, "W7", fs[0].Subject)
			assert.Equal(t, []string{"first_uncovered=" + tt.first, "days=" + strconv.Itoa(tt.days)}, factStrings(fs[0]))
		})
	}
}

func TestStaffing(t *testing.T) {
	workers := func(n int) []canteen.Worker {
		ws := make([]canteen.Worker, n)
		for i := range ws {
			ws[i] = canteen.Worker{ID: "W" + strconv.Itoa(i), Certificates: []houqin.Period{yearly}}
		}
		return ws
	}
	tests := []struct {
		name     string
		ratio    int // diners per worker; 0 is the default 100
		diners   int
		workers  int
		required int // 0: no finding
	}{
		{name: "no diners, no workers", diners: 0, workers: 0},
		// No workers at all: canteen.no_workers instead (TestNoWorkers).
		{name: "one diner over 1:100, one worker", diners: 101, workers: 1, required: 2},
		{name: "exactly 1:100", diners: 300, workers: 3},
		{name: "one diner over 1:100", diners: 301, workers: 3, required: 4},
		{name: "more workers than needed", diners: 99, workers: 2},
		{name: "a county's 1:80", ratio: 80, diners: 400, workers: 4, required: 5},
		{name: "not checked", ratio: -1, diners: 10_000_000, workers: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chk := checker(t, func(p *canteen.Policy) {
				switch {
				case tt.ratio > 0:
					p.DinersPerWorker = tt.ratio
				case tt.ratio < 0:
					p.DinersPerWorker = 0
				}
			})
			fs, err := chk.CheckStaff(canteen.Roster{Canteen: "C001", Period: sept, Diners: tt.diners, Workers: workers(tt.workers)})
			require.NoError(t, err)
			if tt.required == 0 {
				assert.Nil(t, fs)
				return
			}
			require.Equal(t, []houqin.Code{canteen.CodeUnderstaffed}, codes(fs))
			assert.Equal(t, houqin.Warning, fs[0].Severity)
			assert.Equal(t, "C001", fs[0].Subject)
			assert.Equal(t, []string{"diners=" + strconv.Itoa(tt.diners), "workers=" + strconv.Itoa(tt.workers), "required=" + strconv.Itoa(tt.required)}, factStrings(fs[0]))
		})
	}
}

func TestCheckStaffSorted(t *testing.T) {
	fs, err := checker(t, nil).CheckStaff(canteen.Roster{Canteen: "C001", Period: sept, Diners: 250, Workers: []canteen.Worker{
		{ID: "W2"}, {ID: "W1"},
	}})
	require.NoError(t, err)
	assert.Equal(t, []houqin.Code{canteen.CodeHealthCertificateGap, canteen.CodeHealthCertificateGap, canteen.CodeUnderstaffed}, codes(fs))
	assert.Equal(t, "W1", fs[0].Subject)
	assert.Equal(t, "W2", fs[1].Subject)
}

func TestCheckStaffInputErrors(t *testing.T) {
	tests := []struct {
		name   string
		roster canteen.Roster
		fields []string
	}{
		{"missing canteen and period", canteen.Roster{}, []string{"canteen", "period.from"}},
		{"negative diners", canteen.Roster{Canteen: "C", Period: sept, Diners: -1}, []string{"diners"}},
		{"too many diners", canteen.Roster{Canteen: "C", Period: sept, Diners: 10_000_001}, []string{"diners"}},
		{"worker without ID", canteen.Roster{Canteen: "C", Period: sept, Workers: []canteen.Worker{{}}}, []string{"workers[0].id"}},
		{"worker twice", canteen.Roster{Canteen: "C", Period: sept, Workers: []canteen.Worker{{ID: "W"}, {ID: "V"}, {ID: "W"}}}, []string{"workers[2].id"}},
		{"serving outside the period", canteen.Roster{Canteen: "C", Period: sept, Workers: []canteen.Worker{
			{ID: "W", Serving: span(day(time.August, 25), day(time.September, 5))}}}, []string{"workers[0].serving"}},
		{"serving half set", canteen.Roster{Canteen: "C", Period: sept, Workers: []canteen.Worker{
			{ID: "W", Serving: houqin.Period{From: day(time.September, 5)}}}}, []string{"workers[0].serving.to"}},
		{"certificate backwards", canteen.Roster{Canteen: "C", Period: sept, Workers: []canteen.Worker{
			{ID: "W", Certificates: []houqin.Period{yearly, span(day(time.September, 5), day(time.September, 1))}}}}, []string{"workers[0].health_certificates[1].to"}},
		{"certificate with an impossible date", canteen.Roster{Canteen: "C", Period: sept, Workers: []canteen.Worker{
			{ID: "W", Certificates: []houqin.Period{span(day(time.February, 29), day(time.September, 1))}}}}, []string{"workers[0].health_certificates[0].from"}},
	}
	chk := checker(t, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := chk.CheckStaff(tt.roster)
			assert.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
			assert.Nil(t, fs)
		})
	}
}
