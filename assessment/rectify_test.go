package assessment_test

import (
	"encoding/json"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func day(s string) houqin.Date {
	var dt houqin.Date
	if err := dt.UnmarshalText([]byte(s)); err != nil {
		panic(err)
	}
	return dt
}

// rectification is a notice issued on 1 October with a deadline of 31
// October.
func rectification(rechecks ...assessment.Recheck) assessment.Rectification {
	return assessment.Rectification{School: "s", Issued: day("2025-10-01"), Deadline: day("2025-10-31"), Rechecks: rechecks}
}

func recheck(on string, passed bool) assessment.Recheck {
	return assessment.Recheck{Date: day(on), Passed: passed}
}

func TestRectification(t *testing.T) {
	tests := []struct {
		name    string
		r       assessment.Rectification
		asOf    string
		status  assessment.Status
		finding string // code and facts
	}{
		{"open on the day of the notice", rectification(), "2025-10-01", assessment.Open,
			"assessment.rectification_open deadline=2025-10-31 days_left=30"},
		// Before: "…正在整改，期限2025年10月31日，尚余0天" / "0 days left".
		{"open on the deadline: due today", rectification(), "2025-10-31", assessment.Open,
			"assessment.rectification_due_today deadline=2025-10-31"},
		{"open the day before the deadline", rectification(), "2025-10-30", assessment.Open,
			"assessment.rectification_open deadline=2025-10-31 days_left=1"},
		{"a failed recheck on the deadline", rectification(recheck("2025-10-31", false)), "2025-10-31", assessment.Open,
			"assessment.recheck_failed recheck=2025-10-31 deadline=2025-10-31"},
		{"overdue the day after", rectification(), "2025-11-01", assessment.Overdue,
			"assessment.rectification_overdue deadline=2025-10-31 days_overdue=1"},
		{"a failed recheck", rectification(recheck("2025-10-15", false)), "2025-10-20", assessment.Open,
			"assessment.recheck_failed recheck=2025-10-15 deadline=2025-10-31"},
		{"the latest recheck failed", rectification(recheck("2025-10-20", false), recheck("2025-10-10", false)), "2025-10-25", assessment.Open,
			"assessment.recheck_failed recheck=2025-10-20 deadline=2025-10-31"},
		{"a failed recheck, then overdue", rectification(recheck("2025-10-15", false)), "2025-11-10", assessment.Overdue,
			"assessment.rectification_overdue deadline=2025-10-31 days_overdue=10"},
		{"closed by a passing recheck", rectification(recheck("2025-10-15", false), recheck("2025-10-28", true)), "2025-11-10", assessment.Closed, ""},
		{"closed on the deadline", rectification(recheck("2025-10-31", true)), "2025-12-01", assessment.Closed, ""},
		{"closed late", rectification(recheck("2025-11-05", true)), "2025-11-06", assessment.Closed,
			"assessment.rectification_closed_late deadline=2025-10-31 closed=2025-11-05"},
		{"a recheck after the day asked about has not happened yet", rectification(recheck("2025-10-28", true)), "2025-10-20", assessment.Open,
			"assessment.rectification_open deadline=2025-10-31 days_left=11"},
		{"the first passing recheck closes", rectification(recheck("2025-11-20", true), recheck("2025-11-02", true)), "2025-12-01", assessment.Closed,
			"assessment.rectification_closed_late deadline=2025-10-31 closed=2025-11-02"},
		{"a deadline on the day of the notice", assessment.Rectification{School: "s", Issued: day("2025-10-01"), Deadline: day("2025-10-01")},
			"2025-10-02", assessment.Overdue, "assessment.rectification_overdue deadline=2025-10-01 days_overdue=1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.r.Status(day(tt.asOf))
			require.NoError(t, err)
			assert.Equal(t, tt.status, got)
			fs, err := assessment.Review([]assessment.Rectification{tt.r}, day(tt.asOf))
			require.NoError(t, err)
			if tt.finding == "" {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			s := string(fs[0].Code)
			for _, f := range fs[0].Facts {
				v := f.Decimal().String()
				if dt, ok := f.Date(); ok {
					v = dt.String()
				}
				s += " " + f.Name + "=" + v
			}
			assert.Equal(t, tt.finding, s)
			assert.Equal(t, "s", fs[0].Subject)
		})
	}
}

func TestRectificationErrors(t *testing.T) {
	tests := []struct {
		name   string
		r      assessment.Rectification
		asOf   houqin.Date
		fields []string
	}{
		{"no school", assessment.Rectification{Issued: day("2025-10-01"), Deadline: day("2025-10-31")}, day("2025-10-01"),
			[]string{"rectifications[0].school"}},
		{"no dates", assessment.Rectification{School: "s"}, day("2025-10-01"),
			[]string{"rectifications[0].issued", "rectifications[0].deadline"}},
		{"a deadline before the notice", assessment.Rectification{School: "s", Issued: day("2025-10-01"), Deadline: day("2025-09-30")},
			day("2025-10-01"), []string{"rectifications[0].deadline"}},
		{"a recheck before the notice", rectification(recheck("2025-09-30", true)), day("2025-10-01"),
			[]string{"rectifications[0].rechecks[0].date"}},
		{"a recheck on no day", rectification(assessment.Recheck{Date: houqin.Date{Year: 2025, Month: 2, Day: 30}}), day("2025-10-01"),
			[]string{"rectifications[0].rechecks[0].date"}},
		{"no day to review", rectification(), houqin.Date{}, []string{"as_of"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := assessment.Review([]assessment.Rectification{tt.r}, tt.asOf)
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
			_, err = tt.r.Status(tt.asOf)
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
		})
	}
}

func TestAssessorRectification(t *testing.T) {
	a := mustNew(t, assessment.SampleRubric(), assessment.DefaultPolicy())
	n, err := a.Rectification("s", day("2025-12-15"))
	require.NoError(t, err)
	assert.Equal(t, assessment.Rectification{School: "s", Issued: day("2025-12-15"), Deadline: day("2026-01-14")}, n, "30 days later")

	pol := assessment.DefaultPolicy()
	pol.RectifyDays = 0 // zero means 30
	n, err = mustNew(t, small(), pol).Rectification("s", day("2025-10-01"))
	require.NoError(t, err)
	assert.Equal(t, day("2025-10-31"), n.Deadline)

	pol.RectifyDays = 15
	b := mustNew(t, small(), pol)
	n, err = b.Rectification("s", day("2025-10-01"))
	require.NoError(t, err)
	assert.Equal(t, day("2025-10-16"), n.Deadline)

	_, err = b.Rectification("", day("2025-10-01"))
	assert.Equal(t, []string{"school"}, testkit.Fields(err))
	_, err = b.Rectification("s", houqin.Date{Year: 2025, Month: 13, Day: 1})
	assert.Equal(t, []string{"issued"}, testkit.Fields(err))
	_, err = b.Rectification("s", day("9999-12-30"))
	assert.Equal(t, []string{"deadline"}, testkit.Fields(err))

	r, err := a.Rank([]assessment.Standing{st("a", "90", false), st("b", "50", false), st("c", "99", true)})
	require.NoError(t, err)
	ns, err := a.Rectifications(r, day("2026-01-20"))
	require.NoError(t, err)
	require.Len(t, ns, 2)
	assert.Equal(t, "b", ns[0].School)
	assert.Equal(t, "c", ns[1].School)
	assert.Equal(t, day("2026-02-19"), ns[1].Deadline)
	_, err = a.Rectifications(r, houqin.Date{})
	assert.Equal(t, []string{"places[1].issued"}, testkit.Fields(err))

	fs, err := assessment.Review(ns, day("2026-03-01"))
	require.NoError(t, err)
	assert.Equal(t, []string{"assessment.rectification_overdue b", "assessment.rectification_overdue c"}, codes(fs))
}

func TestStatusText(t *testing.T) {
	for _, s := range []assessment.Status{assessment.Open, assessment.Closed, assessment.Overdue} {
		b, err := json.Marshal(s)
		require.NoError(t, err)
		var back assessment.Status
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, s, back)
		for _, tag := range testkit.Languages() {
			assert.NotContains(t, s.Label(tag), "assessment.")
		}
		assert.NotEqual(t, s.String(), s.Label(language.SimplifiedChinese), "a label of its own")
		assert.NotEqual(t, s.String(), s.Label(language.TraditionalChinese), "a label of its own")
	}
	assert.Equal(t, "逾期未整改", assessment.Overdue.Label(language.SimplifiedChinese))
	assert.Equal(t, "已銷號", assessment.Closed.Label(language.TraditionalChinese))
	assert.Equal(t, "open", assessment.Open.Label(language.English))
	assert.Equal(t, "Status(0)", assessment.Status(0).String())
	assert.Equal(t, "Status(4)", assessment.Status(4).Label(language.English))
	_, err := assessment.Status(0).MarshalText()
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	var s assessment.Status
	assert.EqualError(t, s.UnmarshalText([]byte("done")), `invalid input: status: unknown status "done" (want open, closed or overdue)`)
}

func TestRectificationJSON(t *testing.T) {
	r := rectification(recheck("2025-10-20", true))
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"school": "s", "issued": "2025-10-01", "deadline": "2025-10-31",
		"rechecks": [{"date": "2025-10-20", "passed": true}]}`, string(b))
	var back assessment.Rectification
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r, back)
}

// TestDueTodayReadsSo: on the deadline day the notice reads as due today,
// never "0 days left"; the day before, "1 day left".
func TestDueTodayReadsSo(t *testing.T) {
	fs, err := assessment.Review([]assessment.Rectification{rectification()}, day("2025-10-31"))
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, houqin.Notice, fs[0].Severity)
	assert.Equal(t, "s正在整改，整改期限2025年10月31日即今天到期", fs[0].Message(language.SimplifiedChinese))
	assert.Equal(t, "s is rectifying: the deadline of 31 October 2025 is today", fs[0].Message(language.English))
	fs, err = assessment.Review([]assessment.Rectification{rectification()}, day("2025-10-30"))
	require.NoError(t, err)
	assert.Equal(t, "s is rectifying: 1 day left until the deadline of 31 October 2025", fs[0].Message(language.English))
}
