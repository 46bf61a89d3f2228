package assessment_test

import (
	"encoding/binary"
	"encoding/json"
	"strconv"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// FuzzParseRubric: any JSON either fails with ErrInvalidInput or gives a
// rubric that compiles and scores an inspection observing its proportional
// items, with the result's invariants and the naive way's figures.
func FuzzParseRubric(f *testing.F) {
	// Small seeds: the fuzzer minimizes what it finds, which is slow for
	// inputs of many kilobytes; the sample and big rubrics are unit-tested.
	b, _ := json.Marshal(small())
	f.Add(b)
	f.Add([]byte(bureauRubric))
	f.Add([]byte(countyRubric))
	f.Add([]byte(`{"id":"x","name":{"zh_hans":"x"},"total":"1","sections":[{"id":"s","name":{"zh_hans":"s"},"items":[{"id":"i","name":{"zh_hans":"i"},"method":"checklist","points":"1"}]}],"grades":[{"id":"p","name":{"zh_hans":"p"},"min":"0.5"},{"id":"f","name":{"zh_hans":"f"},"min":"0","fail":true}]}`))
	f.Add([]byte(`{"id":"x","total":"1e1000000000"}`))
	f.Add([]byte(`{"id":"x","total":"100","bonus_cap":"-0","sections":[]}`))
	f.Add([]byte(`{`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := assessment.ParseRubric(data)
		if err != nil {
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			return
		}
		require.NoError(t, r.Validate())
		a, err := assessment.New(r, assessment.DefaultPolicy())
		require.NoError(t, err)
		in := assessment.Inspection{School: "s"}
		for _, it := range allItems(r) {
			switch {
			case it.Method == assessment.Proportional, it.Method == assessment.Threshold:
				in.Observations = append(in.Observations, assessment.Observation{Item: it.ID, Ratio: ratio("0.5")})
			case it.Method == assessment.Judged && len(it.Tiers) > 0:
				in.Observations = append(in.Observations, assessment.Observation{Item: it.ID, Awarded: decimal.NewNullDecimal(it.Tiers[len(it.Tiers)-1])})
			case it.Method == assessment.Judged:
				in.Observations = append(in.Observations, assessment.Observation{Item: it.ID, Awarded: decimal.NewNullDecimal(decimal.Zero)})
			}
		}
		res, err := a.Score(in)
		require.NoError(t, err)
		checkResult(t, a, res)
		assertAgrees(t, newNaive(r), in, res)
		b, err := json.Marshal(r)
		require.NoError(t, err)
		_, err = assessment.ParseRubric(b)
		require.NoError(t, err, "a valid rubric round-trips")
	})
}

// FuzzScore: any inspection in JSON either fails with ErrInvalidInput or
// scores with the result's invariants and exactly the naive way's figures.
func FuzzScore(f *testing.F) {
	seed := func(in assessment.Inspection) {
		b, _ := json.Marshal(in)
		f.Add(b, uint8(0))
		f.Add(b, uint8(1))
	}
	big := bigInspection(1)
	big.Observations = big.Observations[:12]
	seed(big)
	seed(sampleInspection("s"))
	seed(assessment.Inspection{School: "s", Observations: []assessment.Observation{
		{Item: "prop", Ratio: ratio("0.1225")}, {Item: "ded", Occurrences: 3}, {Item: "check", Fail: true},
		{Item: "bonus", Levels: []string{"gold", "silver"}}, {Item: "veto", Fail: true, Note: "n"}},
		Findings: houqin.Findings{finding("test.ded_code", "a"), finding("test.check_code", "b"), finding("test.veto_code", "c")}})
	f.Add([]byte(`{"school":"s","observations":[{"item":"prop","ratio":"1e1000000000"}]}`), uint8(1))
	f.Add([]byte(`{"school":"s","observations":[{"item":"prop","ratio":"-0"},{"item":"ded","occurrences":-5}]}`), uint8(1))
	f.Add([]byte(`{"school":"","observations":[{"item":"x"},{"item":"x"}]}`), uint8(2))
	rubrics := []assessment.Rubric{bigRubric(), small(), assessment.SampleRubric()}
	var assessors []*assessment.Assessor
	var naives []*naiveRubric
	for _, r := range rubrics {
		assessors = append(assessors, mustNew(f, r, assessment.DefaultPolicy()))
		naives = append(naives, newNaive(r))
	}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		var in assessment.Inspection
		if json.Unmarshal(data, &in) != nil {
			return
		}
		k := int(which) % len(rubrics)
		res, err := assessors[k].Score(in)
		if err != nil {
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			return
		}
		checkResult(t, assessors[k], res)
		assertAgrees(t, naives[k], in, res)
	})
}

// FuzzPolicy: any policy in JSON either fails with ErrInvalidInput or
// builds an assessor that combines rounds to a score within the rounds'
// range.
func FuzzPolicy(f *testing.F) {
	f.Add([]byte(`{"weights":["0.15","0.35","0.15","0.35"],"rounding":"half_even","bottom":2,"rectify_days":15}`), uint16(8000))
	f.Add([]byte(`{"weights":["0.7","0.3"],"rounding":"floor"}`), uint16(8999))
	f.Add([]byte(`{"weights":["0.7","0.2"]}`), uint16(1))
	f.Add([]byte(`{"weights":["1e1000000000"]}`), uint16(1))
	f.Add([]byte(`{"rounding":"sideways","bottom":-1}`), uint16(1))
	f.Add([]byte(`{}`), uint16(10300))
	f.Fuzz(func(t *testing.T, data []byte, score uint16) {
		pol, err := assessment.ParsePolicy(data)
		if err != nil {
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			return
		}
		a, err := assessment.New(assessment.SampleRubric(), pol)
		require.NoError(t, err)
		n := len(pol.Weights)
		if n == 0 {
			n = 3
		}
		rounds := make([]assessment.Result, n)
		lo, hi := assessment.Points(score%10301), assessment.Points(score%10301)
		for i := range rounds {
			s := assessment.Points((int(score) + i*997) % 10301)
			lo, hi = min(lo, s), max(hi, s)
			rounds[i] = assessment.Result{Rubric: "sample", School: "s", Round: strconv.Itoa(i), Score: s}
		}
		c, err := a.Combine(rounds)
		require.NoError(t, err)
		require.GreaterOrEqual(t, c.Score, lo)
		require.LessOrEqual(t, c.Score, hi)
	})
}

// FuzzRank: standings decoded from bytes either fail with ErrInvalidInput or
// rank with the ranking's invariants, like the naive way.
func FuzzRank(f *testing.F) {
	f.Add([]byte{1, 0x23, 0x28, 2, 0x23, 0x28, 3, 0x17, 0x70, 4, 0x23, 0x29}, uint8(1))
	f.Add([]byte{1, 0x23, 0x28, 1, 0x23, 0x28}, uint8(0))
	f.Add([]byte{0x81, 0xff, 0xff, 2, 0, 0}, uint8(3))
	f.Add([]byte{}, uint8(1))
	n := newNaive(assessment.SampleRubric())
	f.Fuzz(func(t *testing.T, data []byte, bottom uint8) {
		pol := assessment.DefaultPolicy()
		pol.Bottom = int(bottom % 8)
		a := mustNew(t, assessment.SampleRubric(), pol)
		var in []assessment.Standing
		var naive []naiveStanding
		for len(data) >= 3 {
			s := assessment.Standing{School: "s" + strconv.Itoa(int(data[0]&0x3f)), Vetoed: data[0]&0x80 != 0,
				Score: assessment.Points(binary.BigEndian.Uint16(data[1:3]))}
			if data[0]&0x40 != 0 {
				s.School = ""
			}
			in = append(in, s)
			naive = append(naive, naiveStanding{s.School, s.Score.Decimal(), s.Vetoed})
			data = data[3:]
		}
		r, err := a.Rank(in)
		if err != nil {
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			return
		}
		checkRanking(t, r)
		want, wantFindings := n.rank(naive, pol.Bottom)
		require.Len(t, r.Places, len(want))
		for k := range want {
			require.Equal(t, want[k].school, r.Places[k].School)
			require.Equal(t, want[k].rank, r.Places[k].Rank)
			require.Equal(t, want[k].bottom, r.Places[k].Bottom)
		}
		require.Equal(t, codes(wantFindings), codes(r.Findings))
	})
}

// FuzzReview: rectifications decoded from bytes either fail with
// ErrInvalidInput or review to at most one finding per notice, agreeing with
// Status.
func FuzzReview(f *testing.F) {
	f.Add(int16(0), int16(30), int16(20), true, int16(40))
	f.Add(int16(0), int16(30), int16(35), true, int16(40))
	f.Add(int16(0), int16(30), int16(20), false, int16(25))
	f.Add(int16(5), int16(-1), int16(-3), false, int16(0))
	f.Fuzz(func(t *testing.T, deadline0, deadline, recheck int16, passed bool, asOf int16) {
		base := day("2025-10-01")
		r := assessment.Rectification{School: "s", Issued: base.AddDays(int(deadline0 % 1000)), Deadline: base.AddDays(int(deadline)),
			Rechecks: []assessment.Recheck{{Date: base.AddDays(int(recheck)), Passed: passed}}}
		fs, err := assessment.Review([]assessment.Rectification{r}, base.AddDays(int(asOf)))
		status, serr := r.Status(base.AddDays(int(asOf)))
		if err != nil {
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			require.ErrorIs(t, serr, houqin.ErrInvalidInput)
			return
		}
		require.NoError(t, serr)
		require.LessOrEqual(t, len(fs), 1)
		switch status {
		case assessment.Overdue:
			require.Equal(t, assessment.CodeRectificationOverdue, fs[0].Code)
		case assessment.Open:
			require.Contains(t, []houqin.Code{assessment.CodeRectificationOpen, assessment.CodeRecheckFailed}, fs[0].Code)
		case assessment.Closed:
			if len(fs) == 1 {
				require.Equal(t, assessment.CodeRectificationClosedLate, fs[0].Code)
			}
		}
	})
}

// FuzzPointsText: text either fails with ErrInvalidInput or round-trips.
func FuzzPointsText(f *testing.F) {
	for _, s := range []string{"90", "92.5", "0.05", "-1.25", "1000", "1000.01", "0.001", "1e3", "", "+.5", "00.50"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v assessment.Points
		if err := v.UnmarshalText([]byte(s)); err != nil {
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			return
		}
		require.LessOrEqual(t, v, assessment.MaxPoints)
		require.GreaterOrEqual(t, v, -assessment.MaxPoints)
		var back assessment.Points
		require.NoError(t, back.UnmarshalText([]byte(v.String())))
		require.Equal(t, v, back)
		want, err := decimal.NewFromString(s)
		require.NoError(t, err)
		require.True(t, want.Equal(v.Decimal()))
	})
}

// countyRubric is a small rubric of 100 points in JSON, a seed of FuzzParseRubric.
const countyRubric = `{
  "id": "county-2025",
  "name": {"zh_hans": "学校后勤管理考核细则", "en": "School logistics rubric"},
  "total": "100",
  "sections": [
    {"id": "canteen", "name": {"zh_hans": "食堂", "en": "Canteen"}, "items": [
      {"id": "surplus", "name": {"zh_hans": "结余不超过营业收入的5%"}, "method": "deduction",
       "points": "20", "deduct": "5", "findings": [{"code": "canteen.surplus_over_ceiling"}]},
      {"id": "samples", "name": {"zh_hans": "留样"}, "method": "deduction", "points": "10", "deduct": "2"},
      {"id": "licence", "name": {"zh_hans": "持证上岗"}, "method": "checklist", "points": "20"},
      {"id": "poisoning", "name": {"zh_hans": "食物中毒事故"}, "method": "veto"}
    ]},
    {"id": "dorm", "name": {"zh_hans": "宿舍", "en": "Dormitories"}, "items": [
      {"id": "tidy", "name": {"zh_hans": "寝室整洁"}, "method": "proportional", "points": "50"}
    ]}
  ]
}`
