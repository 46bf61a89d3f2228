package insurance

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// fuzzDecimal reads a decimal from fuzzer text, or from a coefficient and
// an exponent when the text is not one, so that hostile exponents come
// through.
func fuzzDecimal(s string, coef int64, exp int32) decimal.Decimal {
	if d, err := decimal.NewFromString(s); err == nil && len(s) < 64 {
		return d
	}
	return decimal.New(coef, exp)
}

// FuzzTallyAdd adds a fuzzed claim to a tally that holds a few claims
// already: never a panic; a refusal is an input error that leaves the
// tally as it was; an acceptance adds exactly the claim's amounts to the
// total and keeps every breakdown summing to it; the naive decimal tally
// agrees on which claims to refuse.
func FuzzTallyAdd(f *testing.F) {
	for _, c := range genClaims(1, 8) {
		f.Add(c.ID, string(c.Kind), c.School, c.IncidentAt.Unix(), c.ReportedAt.Unix(), c.DecidedOn.String(), uint8(c.Status), c.Claimed.String(), c.Paid.String(), int64(0), int32(0))
	}
	f.Add("CLM000000003", "school_liability", "S1", int64(1746000000), int64(1746003600), "2025-05-01", uint8(3), "1.5", "1.25", int64(0), int32(0)) // a duplicate id
	f.Add("X", "student_accident", "S1", int64(1746000000), int64(1746003600), "", uint8(1), "nan", "0", int64(1), int32(1_000_000_000))
	f.Add("X", "nope", "", int64(0), int64(-1), "2025-02-30", uint8(9), "1.005", "-1", int64(-5), int32(-70))
	f.Add("X", "school_liability", "S1", int64(1748707200), int64(1748707200), "2025-06-01", uint8(3), "1000000000000", "1000000000000", int64(0), int32(0))
	base := genClaims(1, 8)
	f.Fuzz(func(t *testing.T, id, kind, school string, incident, reported int64, decided string, status uint8, claimed, paid string, coef int64, exp int32) {
		tl, _ := testChecker.NewTally(testAsOf)
		n := newNaive(testAsOf)
		for _, c := range base {
			if err := tl.Add(c); err != nil {
				t.Fatal(err)
			}
			_ = n.add(c)
		}
		var dd houqin.Date
		_ = dd.UnmarshalText([]byte(decided))
		c := Claim{
			ID: id, Kind: Kind(kind), School: school,
			IncidentAt: time.Unix(incident, 0).In(cst), ReportedAt: time.Unix(reported, 0).In(cst),
			DecidedOn: dd, Status: Status(status),
			Claimed: fuzzDecimal(claimed, coef, exp), Paid: fuzzDecimal(paid, coef, -exp),
		}
		before := tl.Clone()
		err := tl.Add(c)
		nerr := n.add(c)
		if (err == nil) != (nerr == nil) {
			t.Fatalf("tally %v, naive %v", err, nerr)
		}
		// AddAll of the same claims, in one batch, agrees with Add: the
		// same claim refused for the same field, or the same tally.
		all, _ := testChecker.NewTally(testAsOf)
		aerr := all.AddAll(append(append([]Claim(nil), base...), c))
		var ie, aie *houqin.InputError
		switch {
		case (err == nil) != (aerr == nil):
			t.Fatalf("Add %v, AddAll %v", err, aerr)
		case err != nil && (!errors.As(err, &ie) || !errors.As(aerr, &aie) || aie.Field != "claims["+itoa(len(base))+"]."+ie.Field && aie.Field != "claims["+itoa(len(base))+"]"):
			t.Fatalf("Add %v, AddAll %v", err, aerr)
		case err != nil && all.Len() != 0:
			t.Fatal("a refused batch counted claims")
		case err == nil && !all.Equal(tl):
			t.Fatal("AddAll differs from Add")
		}
		if err != nil {
			if !errors.Is(err, houqin.ErrInvalidInput) {
				t.Fatalf("not an input error: %v", err)
			}
			if !tl.Equal(before) {
				t.Fatal("a refused claim changed the tally")
			}
			return
		}
		if d := n.same(tl); d != "" {
			t.Fatal(d)
		}
		want := before.Total()
		cf, _ := houqin.FenOf("", c.Claimed)
		pf, _ := houqin.FenOf("", c.Paid)
		want.add(cf, pf)
		if tl.Total() != want {
			t.Fatalf("total %v, want %v", tl.Total(), want)
		}
		checkSums(t, tl)
	})
}

// checkSums fails unless every breakdown of tl sums to its total.
func checkSums(t *testing.T, tl *Tally) {
	t.Helper()
	var k, s, sc, m Bucket
	for _, x := range tl.Kinds() {
		k.merge(&x.Bucket)
	}
	for _, x := range tl.Statuses() {
		s.merge(&x.Bucket)
	}
	for _, x := range tl.Schools() {
		sc.merge(&x.Bucket)
	}
	for _, x := range tl.Months() {
		m.merge(&x.Bucket)
	}
	if total := tl.Total(); k != total || s != total || sc != total || m != total || total.Count != int64(tl.Len()) {
		t.Fatalf("breakdowns %v %v %v %v, total %v, len %d", k, s, sc, m, total, tl.Len())
	}
}

// FuzzMerge splits generated claims, some ids repeated across shards, and
// merges the shards: the merge equals one pass when no id repeats, and is
// refused, leaving the total as it was, when one does.
func FuzzMerge(f *testing.F) {
	f.Add(uint64(1), uint16(100), uint8(3), uint8(0))
	f.Add(uint64(2), uint16(3000), uint8(7), uint8(2))
	f.Add(uint64(3), uint16(0), uint8(1), uint8(1))
	f.Fuzz(func(t *testing.T, seed uint64, n uint16, k uint8, dups uint8) {
		r := rand.New(rand.NewPCG(seed, 1))
		claims := genClaims(seed, int(n%5000))
		k = k%16 + 1
		shards := randomShards(r, claims, int(k))
		repeated := false
		for range dups % 4 {
			if len(claims) == 0 {
				break
			}
			c := claims[r.IntN(len(claims))]
			i := r.IntN(int(k))
			dup := genClaims(seed+1, 1)[0]
			dup.ID = c.ID
			shards[i] = append(shards[i], dup)
			repeated = true
		}
		total, _ := testChecker.NewTally(testAsOf)
		var refused error
		for _, s := range shards {
			shard, _ := testChecker.NewTally(testAsOf)
			if err := shard.AddAll(s); err != nil {
				refused = err // a duplicate within one shard
				continue
			}
			before := total.Clone()
			if err := total.Merge(shard); err != nil {
				if !errors.Is(err, houqin.ErrInvalidInput) || !total.Equal(before) {
					t.Fatalf("merge refused badly: %v", err)
				}
				refused = err
			}
		}
		checkSums(t, total)
		if !repeated {
			if refused != nil {
				t.Fatal(refused)
			}
			if !total.Equal(tallyOf(t, claims)) {
				t.Fatal("merge differs from one pass")
			}
		} else if refused == nil {
			t.Fatal("a repeated id went through")
		}
	})
}

// FuzzTallyJSON decodes fuzzed JSON into a tally: never a panic; a
// refusal is an input error; a tally decoded keeps its breakdowns summing
// to its total and encodes back to what decodes to an equal tally.
func FuzzTallyJSON(f *testing.F) {
	tl, _ := testChecker.NewTally(testAsOf)
	_ = tl.AddAll(genClaims(9, 20))
	b, _ := json.Marshal(tl)
	f.Add(b)
	e, _ := testChecker.NewTally(testAsOf)
	b, _ = json.Marshal(e)
	f.Add(b)
	f.Add([]byte(`{"as_of":"2025-05-31","total":{"count":1,"claimed":"1e9","paid":"0"},"claim_ids":["x"]}`))
	f.Add([]byte(`{"as_of":"2025-05-31","kinds":[{"kind":"school_liability","count":-1}]}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var tl Tally
		if err := json.Unmarshal(data, &tl); err != nil {
			var se *json.SyntaxError
			if !errors.Is(err, houqin.ErrInvalidInput) && !errors.As(err, &se) {
				t.Fatalf("not an input error: %v", err)
			}
			return
		}
		if tl.AsOf().IsZero() {
			return // JSON null leaves the zero Tally
		}
		checkSums(t, &tl)
		out, err := json.Marshal(&tl)
		if err != nil {
			t.Fatal(err)
		}
		var back Tally
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatal(err)
		}
		if !back.Equal(&tl) {
			t.Fatal("round trip differs")
		}
	})
}

// FuzzPolicyJSON loads a fuzzed policy, as it decodes and through
// ParsePolicy: never a panic; Validate and ParsePolicy refuse with input
// errors only; a policy they accept compiles and runs every check.
func FuzzPolicyJSON(f *testing.F) {
	b, _ := json.Marshal(DefaultPolicy())
	f.Add(b)
	f.Add([]byte(`{"kinds":{"school_liability":{"required_coverage":"1e-1000000000"}}}`))
	f.Add([]byte(`{"kinds":{"student_accident":{"school_pays":true,"voluntary":true,"premium_min":"9","premium_max":"8"}}}`))
	f.Add([]byte(`{"kinds":{"nope":{},"school_liability":{"report_deadline_hours":-4,"per_pupil_limit":"0.001"}}}`))
	f.Add([]byte(`{"kinds":{"internship_liability":{"required_coverage":0.95,"premium_min":10,"premium_max":25}}}`))
	f.Add([]byte(`{"bureau_report_hours":2,"kinds":{"school_liability":{"per_accident_limit":"4500000"}}}`))
	f.Add([]byte(`{"bureau_report_hours":-1}`))
	f.Add([]byte(`{"kinds":{"school_liability":{"policy_year_start":"02-29"},"student_accident":{"policy_year_start":"03-01","required_coverage":"1"}}}`))
	f.Add([]byte(`{"kinds":{"school_liability":{"public_funds":["running_budget"],"private_funds":["own_funds","nope"]}}}`))
	in := Input{
		Enrollments: []Enrollment{{"S1", SchoolLiability, 100, 97}, {"S1", InternshipLiability, 30, 30}},
		Premiums:    []Premium{{ID: "P1", School: "S1", Kind: SchoolLiability, Pupils: 100, Amount: decimal.New(300, 0), Payer: PayerPupils}},
		BusRuns:     []BusRun{{"B1", testAsOf}},
		Claims:      genClaims(2, 5),
	}
	f.Add([]byte(`{"kinds":{"x_1":{"name":{"zh_hans":"甲","zh_hant":"甲","en":"a"},"required_coverage":"1"},"school_liability":{"name":{"en":"b"}}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if p, err := ParsePolicy(data); err != nil {
			if !errors.Is(err, houqin.ErrInvalidInput) {
				t.Fatalf("not an input error: %v", err)
			}
		} else if c, err := New(p); err != nil {
			t.Fatalf("New refused what ParsePolicy accepts: %v", err)
		} else if _, err := c.Check(in); err != nil {
			t.Fatal(err)
		}
		var p Policy
		if json.Unmarshal(data, &p) != nil {
			return
		}
		c, err := New(p)
		if err != nil {
			if !errors.Is(err, houqin.ErrInvalidInput) {
				t.Fatalf("not an input error: %v", err)
			}
			if p.Validate() == nil {
				t.Fatal("New refused what Validate accepts")
			}
			return
		}
		if _, err := c.Check(in); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzCheck runs every check over fuzzed input: never a panic; bad input
// is an input error; findings come sorted, each with a registered code.
func FuzzCheck(f *testing.F) {
	seed := Input{
		Enrollments: []Enrollment{{"S1", SchoolLiability, 100, 97}},
		Premiums:    []Premium{{ID: "P1", School: "S1", Kind: SchoolLiability, Pupils: 100, Amount: decimal.New(300, 0), Payer: PayerPupils}},
		BusCovers:   []BusCover{{"B1", houqin.Period{From: houqin.Date{Year: 2025, Month: 1, Day: 1}, To: houqin.Date{Year: 2025, Month: 5, Day: 1}}}},
		BusRuns:     []BusRun{{"B1", testAsOf}},
		Claims:      genClaims(2, 3),
	}
	b, _ := json.Marshal(seed)
	f.Add(b)
	f.Add([]byte(`{"enrollments":[{"school":"S1","kind":"school_liability","enrolled":10000000,"insured":9999999}]}`))
	f.Add([]byte(`{"premiums":[{"id":"P","school":"S","kind":"school_liability","pupils":10000000,"amount":"1000000000000","payer":"pupils"}]}`))
	f.Add([]byte(`{"premiums":[{"id":"P","school":"S","kind":"student_accident","amount":"1e1000000000","payer":"public"}]}`))
	f.Add([]byte(`{"bus_covers":[{"bus":"B","valid":{"from":"2025-01-02","to":"2025-01-01"}}],"bus_runs":[{"bus":"B","date":""}]}`))
	f.Add([]byte(`{"claims":[{"id":"C","kind":"school_liability","school":"S","incident_at":"0001-01-01T00:00:00Z","reported_at":"9999-12-31T23:59:59Z","status":"filed","claimed":"1","paid":"0"}]}`))
	f.Add([]byte(`{"claims":[{"id":"C1","kind":"school_liability","school":"S","accident":"A","incident_at":"2025-05-06T10:00:00+08:00","reported_at":"2025-05-06T12:00:00+08:00","decided_on":"2025-06-01","status":"paid","claimed":"600000","paid":"600000"},{"id":"C2","kind":"school_liability","school":"S","accident":"A","incident_at":"2025-05-06T10:00:00+08:00","reported_at":"2025-05-06T12:00:00+08:00","decided_on":"2025-06-01","status":"paid","claimed":"1","paid":"19400000.01"}]}`))
	f.Add([]byte(`{"incidents":[{"id":"I1","school":"S","occurred_at":"2025-05-06T10:00:00+08:00","reported_to_bureau_at":"2025-05-07T10:01:00+08:00"},{"id":"I2","school":"S","occurred_at":"2025-05-06T10:00:00+08:00","reported_to_bureau_at":"2025-05-06T09:00:00+08:00"}]}`))
	f.Add([]byte(`{"premiums":[{"id":"P1","school":"S","kind":"school_liability","pupils":10,"amount":"50","payer":"public","fund":"own_funds","private":false},{"id":"P2","school":"S","kind":"student_accident","pupils":1,"amount":"50","payer":"public","fund":"running_budget","poor_pupils":true},{"id":"P3","school":"S","kind":"school_liability","pupils":10,"amount":"50","payer":"public","fund":"nope"}]}`))
	f.Add([]byte(`{"as_of":"2025-09-01","enrollments":[{"school":"S","kind":"school_liability","enrolled":10,"insured":10}],"contracts":[{"id":"K","school":"S","kind":"school_liability","valid":{"from":"2024-09-01","to":"2025-08-31"},"annual_aggregate":"1"}],"claims":[{"id":"C","kind":"school_liability","school":"S","incident_at":"2025-08-31T23:59:00+08:00","reported_at":"2025-09-01T09:00:00+08:00","decided_on":"2025-09-02","status":"paid","claimed":"2","paid":"1.01"}]}`))
	f.Add([]byte(`{"contracts":[{"id":"K","school":"S","kind":"school_liability","valid":{"from":"2025-09-01","to":"2024-08-31"},"annual_aggregate":"-1"}]}`))
	f.Add([]byte(`{"as_of":"2025-09-01","claims":[{"id":"C","kind":"school_liability","school":"S","incident_at":"0000-12-31T00:00:00Z","reported_at":"0001-01-02T00:00:00Z","status":"filed","claimed":"1","paid":"0"}]}`))
	c, _ := New(DefaultPolicy())
	f.Fuzz(func(t *testing.T, data []byte) {
		var in Input
		if json.Unmarshal(data, &in) != nil {
			return
		}
		fs, err := c.Check(in)
		if err != nil {
			if !errors.Is(err, houqin.ErrInvalidInput) {
				t.Fatalf("not an input error: %v", err)
			}
			return
		}
		for i, x := range fs {
			if _, ok := testkit.Message(x.Code); !ok {
				t.Fatalf("unregistered code %s", x.Code)
			}
			if i > 0 && fs[i-1].Severity < x.Severity {
				t.Fatal("findings not sorted")
			}
			_ = x.Message(language.English)
		}
		if _, err := testChecker.Coverage(in.Enrollments); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzMonthText decodes a month: never a panic; a month decoded encodes
// back to the same text.
func FuzzMonthText(f *testing.F) {
	for _, s := range []string{"2025-05", "0001-01", "9999-12", "2025-13", "abcd-ef", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var m Month
		if err := m.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, houqin.ErrInvalidInput) {
				t.Fatal(err)
			}
			return
		}
		b, err := m.MarshalText()
		if err != nil || string(b) != s {
			t.Fatalf("%q → %v → %q, %v", s, m, b, err)
		}
	})
}

// FuzzKind checks fuzzed kinds against a checker and as a kind of a
// host's own: never a panic; a kind a checker accepts is known and named;
// a well-formed kind with names makes a valid policy whose checker knows it
// by those names.
func FuzzKind(f *testing.F) {
	for _, s := range []string{"school_liability", "", "School", "a.b", "x_1", "food_safety_liability"} {
		f.Add(s)
	}
	host := must(New(hostPolicy()))
	f.Fuzz(func(t *testing.T, s string) {
		k := Kind(s)
		for _, c := range []*Checker{testChecker, host} {
			if err := c.kinds.check(k); err != nil {
				if !errors.Is(err, houqin.ErrInvalidInput) || c.Known(k) {
					t.Fatal(err)
				}
				continue
			}
			if !c.Known(k) || c.KindName(k, language.English) == "" {
				t.Fatal("known without a name")
			}
		}
		p := Policy{Kinds: map[Kind]KindPolicy{k: {Name: foodSafetyName}}}
		c, err := New(p)
		if k.rank() < len(builtinKinds) || k.checkSyntax() != nil {
			if err == nil {
				t.Fatal("accepted names for a built-in or malformed kind")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if c.KindName(k, language.TraditionalChinese) != foodSafetyName.Hant {
			t.Fatal("not named by its policy")
		}
	})
}
