package assessment_test

import (
	"encoding/binary"
	"encoding/json"
	"github.com/houqin-go/houqin/internal/testkit"
	"strconv"
	"strings"
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
	for _, r := range []assessment.Rubric{small(), cityRubric(), townScheme()} {
		b, _ := json.Marshal(r)
		f.Add(b)
	}
	f.Add([]byte(bureauRubric))
	f.Add([]byte(countyRubric))
	f.Add([]byte(cappedRubric))
	f.Add([]byte(`{"id":"x","name":{"zh_hans":"x"},"total":"3","ungraded":true,"sections":[{"id":"a","name":{"zh_hans":"a"},"points":"3","sections":[{"id":"b","name":{"zh_hans":"b"},"points":"3","sections":[{"id":"c","name":{"zh_hans":"c"},"items":[{"id":"i","name":{"zh_hans":"i"},"method":"threshold","points":"3","threshold":"0.4","step":"0.05","deduct":"1","tiers":["3","2","1"],"key":true}]}]}]}]}`))
	f.Add([]byte(`{"id":"x","name":{"zh_hans":"x"},"total":"3","ungraded":true,"sections":[{"id":"a","name":{"zh_hans":"a"},"items":[{"id":"i","name":{"zh_hans":"i"},"check_by":{"zh_hans":"查帐目"},"method":"judged","points":"3","tiers":["3","2"]}]}]}`))
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
	seed(cityInspection())
	f.Add([]byte(`{"school":"s","observations":[{"item":"green","ratio":"0.34999999"},{"item":"toilets","awarded":"2.99"},{"item":"habits","awarded":"1"},{"item":"ledger","ratio":"1"},{"item":"signs","fail":true},{"item":"books","occurrences":3},{"item":"dorm","fail":true}]}`), uint8(3))
	f.Add([]byte(`{"school":"s","observations":[{"item":"green","ratio":"0.4"},{"item":"toilets","awarded":"-1"},{"item":"habits","awarded":"1.5"},{"item":"ledger","ratio":"1"}]}`), uint8(3))
	f.Add([]byte(`{"school":"s","observations":[{"item":"canteen","occurrences":30},{"item":"dorm","ratio":"0.5"},{"item":"poisoning","fail":true}]}`), uint8(4))
	rubrics := []assessment.Rubric{bigRubric(), small(), assessment.SampleRubric(), cityRubric(), townScheme()}
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
// builds an assessor (unless its consequences name a band the rubric lacks)
// that combines rounds to a score within the rounds' range, a year from
// terms within the same range, and ranks schools with sorted findings.
func FuzzPolicy(f *testing.F) {
	f.Add([]byte(`{"weights":["0.15","0.35","0.15","0.35"],"rounding":"half_even","bottom":2,"rectify_days":15}`), uint16(8000))
	f.Add([]byte(`{"weights":["0.7","0.3"],"rounding":"floor"}`), uint16(8999))
	f.Add([]byte(`{"weights":["0.7","0.2"]}`), uint16(1))
	f.Add([]byte(`{"weights":["1e1000000000"]}`), uint16(1))
	f.Add([]byte(`{"rounding":"sideways","bottom":-1}`), uint16(1))
	f.Add([]byte(`{}`), uint16(10300))
	f.Add([]byte(`{"key_failures":3,"term_round_weights":["0.25","0.25","0.5"],"term_weights":["0.4","0.6"]}`), uint16(5999))
	f.Add([]byte(`{"consequences":{"*":["principal_performance"],"fail":["award_ineligible","rectification"]}}`), uint16(5999))
	f.Add([]byte(`{"consequences":{"good":["principal_performance"],"nope":["rectification"]}}`), uint16(7500))
	f.Add([]byte(`{"consequences":{"fail":["rectification","rectification"],"":[]},"key_failures":-1}`), uint16(1))
	f.Fuzz(func(t *testing.T, data []byte, score uint16) {
		pol, err := assessment.ParsePolicy(data)
		if err != nil {
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			return
		}
		a, err := assessment.New(assessment.SampleRubric(), pol)
		if err != nil {
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			for _, f := range testkit.Fields(err) {
				require.True(t, strings.HasPrefix(f, "policy.consequences."), f)
			}
			return
		}
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

		perTerm, terms := max(len(pol.TermRoundWeights), 2), max(len(pol.TermWeights), 1)
		if len(pol.TermRoundWeights) == 0 {
			perTerm = 1 + int(score%3)
		}
		if terms <= 2 {
			year := make([]assessment.TermRounds, terms)
			lo, hi = assessment.MaxPoints, 0
			for k := range year {
				year[k].Term = houqin.Term{Year: 2025, Semester: []houqin.Semester{houqin.Autumn, houqin.Spring}[k]}
				for i := range perTerm {
					s := assessment.Points((int(score) + (k*perTerm+i)*991) % 10301)
					lo, hi = min(lo, s), max(hi, s)
					year[k].Rounds = append(year[k].Rounds, assessment.Result{Rubric: "sample", School: "s", Round: strconv.Itoa(k*perTerm + i), Score: s})
				}
			}
			y, err := a.CombineYear(year)
			require.NoError(t, err)
			require.GreaterOrEqual(t, y.Score, lo)
			require.LessOrEqual(t, y.Score, hi)
		}

		ranking, err := a.Rank([]assessment.Standing{{School: "a", Score: lo}, {School: "b", Score: hi}, {School: "c", Score: lo, Vetoed: true}})
		require.NoError(t, err)
		checkRanking(t, ranking)
	})
}

// FuzzCombineYear: terms and rounds decoded from JSON either fail with
// ErrInvalidInput or combine to a year whose score lies within its terms'
// and whose terms' lie within their rounds'.
func FuzzCombineYear(f *testing.F) {
	seed := func(year []assessment.TermRounds) {
		b, _ := json.Marshal(year)
		f.Add(b, false)
	}
	seed([]assessment.TermRounds{term(houqin.Autumn, round("s", "a1", "80"), round("s", "a2", "90")),
		term(houqin.Spring, round("s", "s1", "85"), round("s", "s2", "95", "veto.falsified"))})
	seed([]assessment.TermRounds{term(houqin.Spring, round("s", "s1", "60"), round("s", "s2", "50"))})
	seed([]assessment.TermRounds{term(houqin.Autumn, round("s", "a1", "80"), round("t", "a1", "103.01")),
		term(houqin.Autumn, round("s", "s1", "85"))})
	f.Add([]byte(`[{"term":{"year":2025,"semester":"autumn"},"rounds":[{"rubric":"sample","school":"s","round":"1","score":"89.99"},{"rubric":"sample","school":"s","round":"2","score":"90.01"}]},{"term":{"year":2025,"semester":"spring"},"rounds":[{"rubric":"sample","school":"s","round":"3","score":"89.99"},{"rubric":"sample","school":"s","round":"4","score":"89.99"}]}]`), true)
	f.Add([]byte(`[{"term":{"year":2025,"semester":"summer"},"rounds":[]}]`), false)
	equal := assessment.DefaultPolicy()
	equal.TermRoundWeights = nil
	assessors := []*assessment.Assessor{mustNew(f, assessment.SampleRubric(), assessment.DefaultPolicy()), mustNew(f, assessment.SampleRubric(), equal)}
	f.Fuzz(func(t *testing.T, data []byte, equalWeights bool) {
		var year []assessment.TermRounds
		if json.Unmarshal(data, &year) != nil {
			return
		}
		a := assessors[0]
		if equalWeights {
			a = assessors[1]
		}
		c, err := a.CombineYear(year)
		if err != nil {
			require.ErrorIs(t, err, houqin.ErrInvalidInput)
			return
		}
		require.Len(t, c.Terms, len(year))
		lo, hi := assessment.MaxPoints, assessment.Points(0)
		vetoed := false
		for k, ts := range c.Terms {
			tlo, thi := assessment.MaxPoints, assessment.Points(0)
			for _, r := range year[k].Rounds {
				tlo, thi = min(tlo, r.Score), max(thi, r.Score)
				vetoed = vetoed || len(r.Vetoed) > 0
			}
			require.GreaterOrEqual(t, ts.Score, tlo)
			require.LessOrEqual(t, ts.Score, thi)
			lo, hi = min(lo, ts.Score), max(hi, ts.Score)
		}
		require.GreaterOrEqual(t, c.Score, lo)
		require.LessOrEqual(t, c.Score, hi)
		require.Equal(t, vetoed, c.Vetoed)
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
			require.Contains(t, []houqin.Code{assessment.CodeRectificationOpen, assessment.CodeRectificationDueToday, assessment.CodeRecheckFailed}, fs[0].Code)
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

// cappedRubric is a rubric of 20 points with a capped section (累计不超过),
// a seed of FuzzParseRubric.
const cappedRubric = `{
  "id": "capped", "name": {"zh_hans": "安全"}, "total": "20",
  "sections": [
    {"id": "safety", "name": {"zh_hans": "安全管理"}, "points": "10", "capped": true, "items": [
      {"id": "drills", "name": {"zh_hans": "演练"}, "method": "deduction", "points": "4", "deduct": "1", "key": true},
      {"id": "gate", "name": {"zh_hans": "门卫"}, "method": "checklist", "points": "4", "findings": [{"code": "safety.gate_unstaffed"}], "key": true},
      {"id": "dorm", "name": {"zh_hans": "宿舍"}, "method": "checklist", "points": "4", "tiers": ["4", "1"]}]},
    {"id": "green", "name": {"zh_hans": "绿化"}, "points": "10", "items": [
      {"id": "coverage", "name": {"zh_hans": "绿化覆盖率"}, "method": "threshold", "points": "10", "threshold": "0.4",
       "findings": [{"code": "safety.green"}]}]}
  ],
  "grades": [{"id": "pass", "name": {"zh_hans": "合格"}, "min": "12"}, {"id": "fail", "name": {"zh_hans": "不合格"}, "min": "0", "fail": true}]
}`

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
