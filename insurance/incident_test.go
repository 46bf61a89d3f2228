package insurance

import (
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func incident(id string, occurred, reported time.Time) Incident {
	return Incident{ID: id, School: "S001", OccurredAt: occurred, ReportedToBureauAt: reported}
}

func TestCheckIncidents(t *testing.T) {
	start := at(time.May, 6, 10)
	tests := []struct {
		name     string
		hours    int // Policy.BureauReportHours
		reported time.Time
		facts    []string
	}{
		{"at once", 24, start, nil},
		{"exactly 24 hours", 24, start.Add(24 * time.Hour), nil},
		// 24 h 1 min = 24.0166… h, rounded up to 24.02.
		{"a minute past 24 hours", 24, start.Add(24*time.Hour + time.Minute), []string{"elapsed_hours=24.02", "deadline_hours=24"}},
		{"exactly 2 hours", 2, start.Add(2 * time.Hour), nil},
		// 2 h 1 min = 2.0166… h, rounded up to 2.02.
		{"a minute past 2 hours", 2, start.Add(2*time.Hour + time.Minute), []string{"elapsed_hours=2.02", "deadline_hours=2"}},
		{"exactly 4 hours", 4, start.Add(4 * time.Hour), nil},
		{"a minute past 4 hours", 4, start.Add(4*time.Hour + time.Minute), []string{"elapsed_hours=4.02", "deadline_hours=4"}},
		{"no deadline", 0, start.Add(1000 * time.Hour), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := DefaultPolicy()
			p.BureauReportHours = tt.hours
			fs, err := must(New(p)).CheckIncidents([]Incident{incident("I1", start, tt.reported)})
			require.NoError(t, err)
			if tt.facts == nil {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, CodeIncidentReportedLate, fs[0].Code)
			assert.Equal(t, houqin.Violation, fs[0].Severity)
			assert.Equal(t, "S001/I1", fs[0].Subject)
			assert.Equal(t, tt.facts, factsOf(fs[0]))
		})
	}
	t.Run("instants, whatever the zones", func(t *testing.T) {
		// 02:00 UTC is 10:00 in Beijing: reported 24 hours later, on time.
		in := incident("I1", time.Date(2025, time.May, 6, 2, 0, 0, 0, time.UTC), at(time.May, 7, 10))
		fs, err := defaultChecker(t).CheckIncidents([]Incident{in})
		require.NoError(t, err)
		assert.Empty(t, fs)
	})
	t.Run("messages", func(t *testing.T) {
		fs, err := defaultChecker(t).CheckIncidents([]Incident{incident("I1", start, start.Add(30*time.Hour+15*time.Minute))})
		require.NoError(t, err)
		require.Len(t, fs, 1)
		assert.Equal(t, "S001/I1：事故发生30.25小时后才报告教育行政部门，超过24小时的报告时限", fs[0].Message(language.SimplifiedChinese))
		assert.Equal(t, "S001/I1: the incident was reported to the education bureau 30.25 hours after it happened, later than the 24-hour deadline", fs[0].Message(language.English))
	})
}

func TestCheckIncidentsRefuses(t *testing.T) {
	start := at(time.May, 6, 10)
	c := defaultChecker(t)
	tests := []struct {
		name  string
		in    Incident
		field string
	}{
		{"no id", incident("", start, start), "incidents[0].id"},
		{"no school", Incident{ID: "I1", OccurredAt: start, ReportedToBureauAt: start}, "incidents[0].school"},
		{"no time", incident("I1", time.Time{}, start), "incidents[0].occurred_at"},
		{"no report", incident("I1", start, time.Time{}), "incidents[0].reported_to_bureau_at"},
		{"reported before it happened", incident("I1", start, start.Add(-time.Second)), "incidents[0].reported_to_bureau_at"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.CheckIncidents([]Incident{tt.in})
			requireField(t, err, tt.field)
		})
	}
	_, err := c.CheckIncidents([]Incident{incident("I1", start, start), incident("I1", start, start)})
	requireField(t, err, "incidents[1].id")
	_, err = c.Check(Input{Incidents: []Incident{{}}})
	requireField(t, err, "incidents[0].id")
}

func TestBureauReportHoursPolicy(t *testing.T) {
	assert.Equal(t, 24*time.Hour, defaultChecker(t).bureau)
	for _, h := range []int{-1, 8785} {
		p := DefaultPolicy()
		p.BureauReportHours = h
		requireField(t, p.Validate(), "policy.bureau_report_hours")
	}
	p := DefaultPolicy()
	p.BureauReportHours = 8784
	require.NoError(t, p.Validate())
	q, err := ParsePolicy([]byte(`{"bureau_report_hours": 2}`))
	require.NoError(t, err)
	assert.Equal(t, 2*time.Hour, must(New(q)).bureau)
	q, err = ParsePolicy([]byte(`{"kinds": {}}`))
	require.NoError(t, err)
	assert.Equal(t, 24, q.BureauReportHours, "left out: the default")
	_, err = ParsePolicy([]byte(`{"bureau_report_hours": "2"}`))
	requireField(t, err, "bureau_report_hours")
	_, err = ParsePolicy([]byte(`{"bureau_report_hours": -2}`))
	requireField(t, err, "policy.bureau_report_hours")
}
