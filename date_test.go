package houqin_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func d(y int, m time.Month, day int) houqin.Date { return houqin.Date{Year: y, Month: m, Day: day} }

func TestDateValidate(t *testing.T) {
	valid := []houqin.Date{d(2024, 2, 29), d(2000, 2, 29), d(1, 1, 1), d(9999, 12, 31), d(2025, 4, 30)}
	for _, x := range valid {
		assert.NoError(t, x.Validate(), x.String())
	}
	invalid := []houqin.Date{{}, d(2025, 2, 29), d(1900, 2, 29), d(2025, 4, 31), d(2025, 13, 1), d(2025, 0, 1), d(0, 1, 1), d(10000, 1, 1), d(2025, 1, 0)}
	for _, x := range invalid {
		err := x.Validate()
		var ie *houqin.InputError
		require.ErrorAs(t, err, &ie, "%+v", x)
		assert.Empty(t, ie.Field, "the caller names the field")
	}
}

// Property: Date arithmetic agrees with the time package over four centuries.
func TestDateArithmeticAgreesWithTime(t *testing.T) {
	start := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	base := houqin.DateOf(start)
	for i := 0; i < 146097; i += 7 {
		tm := start.AddDate(0, 0, i)
		want := houqin.DateOf(tm)
		got := base.AddDays(i)
		require.Equal(t, want, got)
		require.Equal(t, i, got.Sub(base))
		require.Equal(t, tm, time.Date(got.Year, got.Month, got.Day, 0, 0, 0, 0, time.UTC), "a date is midnight UTC at its start")
	}
	assert.Equal(t, d(1969, 12, 31), d(1970, 1, 1).AddDays(-1))
	assert.Equal(t, d(2024, 2, 29), d(2024, 2, 28).AddDays(1))
}

func TestDateOrderAndText(t *testing.T) {
	a, b := d(2025, 9, 1), d(2025, 10, 1)
	assert.True(t, a.Before(b))
	assert.True(t, b.After(a))
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(a))
	assert.Equal(t, "2025-09-01", a.String())
	assert.Equal(t, "0987-01-02", d(987, 1, 2).String())
	assert.Equal(t, "", houqin.Date{}.String())
	assert.Equal(t, "2025年9月1日", a.Format(zhHans))
	assert.Equal(t, "2025年9月1日", a.Format(zhHant))
	assert.Equal(t, "1 September 2025", a.Format(en))
	assert.Equal(t, "", houqin.Date{}.Format(en))

	b1, err := json.Marshal(struct {
		D houqin.Date `json:"d"`
		Z houqin.Date `json:"z"`
	}{D: a})
	require.NoError(t, err)
	assert.JSONEq(t, `{"d":"2025-09-01","z":""}`, string(b1))
	var back struct{ D, Z houqin.Date }
	require.NoError(t, json.Unmarshal([]byte(`{"D":"2025-09-01","Z":""}`), &back))
	assert.Equal(t, a, back.D)
	assert.True(t, back.Z.IsZero())
	_, err = d(2025, 2, 30).MarshalText()
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)

	for _, bad := range []string{"2025-02-30", "2025-9-1", "20250901", "2025/09/01", "abcd-ef-gh", "2025-0a-01"} {
		var x houqin.Date
		assert.ErrorIs(t, x.UnmarshalText([]byte(bad)), houqin.ErrInvalidInput, bad)
	}
}

func TestPeriod(t *testing.T) {
	sep := houqin.MonthPeriod(2025, time.September)
	oct := houqin.MonthPeriod(2025, time.October)
	feb := houqin.MonthPeriod(2024, time.February)
	assert.Equal(t, 30, sep.To.Sub(sep.From)+1, "the days of a period")
	assert.Equal(t, 29, feb.To.Sub(feb.From)+1)
	assert.NoError(t, sep.Validate())
	assert.True(t, sep.Contains(d(2025, 9, 1)))
	assert.True(t, sep.Contains(d(2025, 9, 30)))
	assert.False(t, sep.Contains(d(2025, 10, 1)))
	assert.False(t, sep.Contains(d(2025, 8, 31)))
	assert.Equal(t, oct.From, sep.To.AddDays(1), "consecutive months are adjacent")
	assert.False(t, sep.Contains(oct.From) || oct.Contains(sep.To), "and do not overlap")
	term := houqin.Period{From: d(2025, 9, 1), To: d(2026, 1, 31)}
	assert.True(t, term.Contains(oct.From) && term.Contains(oct.To))
	assert.False(t, sep.Contains(term.From) && sep.Contains(term.To))
	assert.Equal(t, "2025-09-01..2025-09-30", sep.String())

	tests := []struct {
		p     houqin.Period
		field string
	}{
		{houqin.Period{To: d(2025, 9, 1)}, "from"},
		{houqin.Period{From: d(2025, 9, 1), To: d(2025, 9, 31)}, "to"},
		{houqin.Period{From: d(2025, 9, 2), To: d(2025, 9, 1)}, "to"},
		// Both dates invalid: the first is named, and neither is compared.
		{houqin.Period{From: d(2025, 0, 1), To: d(2025, 9, 0)}, "from"},
		{houqin.Period{From: d(10000, 1, 1), To: d(2025, 0, 1)}, "from"},
		{houqin.Period{From: d(2025, 9, 0), To: d(10000, 1, 1)}, "from"},
		{houqin.Period{From: d(2025, 9, 1), To: d(10000, 1, 1)}, "to"},
		{houqin.Period{From: d(2025, 9, 1), To: d(2025, 13, 1)}, "to"},
		// Exactly the limits of a date are accepted.
		{houqin.Period{From: d(1, 1, 1), To: d(9999, 12, 31)}, ""},
		{houqin.Period{From: d(2025, 9, 1), To: d(2025, 9, 1)}, ""},
	}
	for _, tt := range tests {
		if tt.field == "" {
			assert.NoError(t, tt.p.Validate(), tt.p.String())
			continue
		}
		var ie *houqin.InputError
		require.ErrorAs(t, tt.p.Validate(), &ie, tt.p.String())
		assert.Equal(t, tt.field, ie.Field)
	}
}

func TestCalendar(t *testing.T) {
	c := houqin.DefaultCalendar()
	require.NoError(t, c.Validate())
	autumn, spring := houqin.Term{Year: 2025, Semester: houqin.Autumn}, houqin.Term{Year: 2025, Semester: houqin.Spring}
	assert.Equal(t, houqin.Period{From: d(2025, 9, 1), To: d(2026, 8, 31)}, houqin.Period{From: c.Term(autumn).From, To: c.Term(spring).To}, "the school year")
	assert.Equal(t, houqin.Period{From: d(2025, 9, 1), To: d(2026, 1, 31)}, c.Term(houqin.Term{Year: 2025, Semester: houqin.Autumn}))
	assert.Equal(t, houqin.Period{From: d(2026, 2, 1), To: d(2026, 8, 31)}, c.Term(houqin.Term{Year: 2025, Semester: houqin.Spring}))
	cases := []struct {
		day  houqin.Date
		want houqin.Term
	}{
		{d(2025, 9, 1), houqin.Term{Year: 2025, Semester: houqin.Autumn}},
		{d(2025, 12, 31), houqin.Term{Year: 2025, Semester: houqin.Autumn}},
		{d(2026, 1, 31), houqin.Term{Year: 2025, Semester: houqin.Autumn}},
		{d(2026, 2, 1), houqin.Term{Year: 2025, Semester: houqin.Spring}},
		{d(2026, 8, 31), houqin.Term{Year: 2025, Semester: houqin.Spring}},
		{d(2026, 9, 1), houqin.Term{Year: 2026, Semester: houqin.Autumn}},
	}
	for _, tt := range cases {
		assert.Equal(t, tt.want, c.TermOf(tt.day), tt.day.String())
		assert.True(t, c.Term(tt.want).Contains(tt.day))
	}
	assert.Equal(t, c.Term(spring).From, c.Term(autumn).To.AddDays(1), "the terms are adjacent")
	assert.Equal(t, c.Term(houqin.Term{Year: 2026, Semester: houqin.Autumn}).From, c.Term(spring).To.AddDays(1))
	assert.Equal(t, "2025–2026学年秋季学期", autumn.Label(zhHans))
	assert.Equal(t, "2025–2026學年春季學期", spring.Label(zhHant))
	assert.Equal(t, "spring term 2025–2026", spring.Label(en))
	assert.Equal(t, "2025–2026学年", houqin.SchoolYearLabel(zhHans, 2025))
	assert.Equal(t, "school year 2025–2026", houqin.SchoolYearLabel(en, 2025))
	assert.NoError(t, autumn.Validate())
	assert.ErrorIs(t, houqin.Term{Year: 2025}.Validate(), houqin.ErrInvalidInput)
	assert.ErrorIs(t, houqin.Term{Year: 0, Semester: houqin.Spring}.Validate(), houqin.ErrInvalidInput)

	// A region whose spring term starts on 20 February.
	late := houqin.Calendar{YearStart: houqin.MonthDay{Month: time.August, Day: 25}, SpringStart: houqin.MonthDay{Month: time.February, Day: 20}}
	require.NoError(t, late.Validate())
	assert.Equal(t, houqin.Period{From: d(2025, 8, 25), To: d(2026, 2, 19)}, late.Term(autumn))
	assert.Equal(t, houqin.Term{Year: 2024, Semester: houqin.Spring}, late.TermOf(d(2025, 8, 24)))

	bad := []struct {
		c      houqin.Calendar
		fields []string
	}{
		{houqin.Calendar{}, []string{"year_start", "spring_start"}},
		{houqin.Calendar{YearStart: houqin.MonthDay{Month: time.February, Day: 29}, SpringStart: houqin.MonthDay{Month: time.February, Day: 1}}, []string{"year_start"}},
		{houqin.Calendar{YearStart: houqin.MonthDay{Month: time.September, Day: 1}, SpringStart: houqin.MonthDay{Month: time.October, Day: 1}}, []string{"spring_start"}},
	}
	for _, tt := range bad {
		err := tt.c.Validate()
		require.ErrorIs(t, err, houqin.ErrInvalidInput)
		for _, f := range tt.fields {
			assert.Contains(t, err.Error(), f)
		}
	}

	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"year_start":"09-01","spring_start":"02-01"}`, string(b))
	var back houqin.Calendar
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, c, back)
	assert.Error(t, json.Unmarshal([]byte(`{"year_start":"9-1"}`), &back))
	assert.Error(t, json.Unmarshal([]byte(`{"year_start":"02-29"}`), &back))
	_, err = houqin.MonthDay{Month: 13, Day: 1}.MarshalText()
	assert.Error(t, err)

	tb, err := json.Marshal(autumn)
	require.NoError(t, err)
	assert.JSONEq(t, `{"year":2025,"semester":"autumn"}`, string(tb))
	var tback houqin.Term
	require.NoError(t, json.Unmarshal(tb, &tback))
	assert.Equal(t, autumn, tback)
	require.NoError(t, json.Unmarshal([]byte(`{"year":2025,"semester":"summer"}`), &tback))
	assert.ErrorIs(t, tback.Validate(), houqin.ErrInvalidInput, "an unknown semester decodes, and Validate refuses it")
	var ie *houqin.InputError
	require.ErrorAs(t, houqin.Term{Year: 2025, Semester: "summer"}.Validate(), &ie)
	assert.Equal(t, "semester", ie.Field)
	assert.Equal(t, `unknown semester "summer" (want autumn or spring)`, ie.Reason)
}
