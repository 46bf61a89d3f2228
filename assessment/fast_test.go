package assessment

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
)

// These tests hold the fast path of scoring (fast.go) to the full path
// (scoreFull): whatever the fast path scores, the full path scores the
// same, field by field.

// fastRubric is a rubric of every method, with findings on checklist,
// deduction and veto items, bonus items that accumulate and that do not,
// and a bonus cap.
func fastRubric(rng *rand.Rand) Rubric {
	pts := func(h int64) decimal.Decimal { return decimal.New(h, -2) }
	r := Rubric{ID: "fast", Name: Name{Hans: "快"}, BonusCap: pts(150 + rng.Int64N(200))}
	var total int64
	levels := []Level{{ID: "a", Name: Name{Hans: "a"}, Points: pts(100)}, {ID: "b", Name: Name{Hans: "b"}, Points: pts(50)}}
	for si := range 4 {
		sec := Section{ID: "s" + strconv.Itoa(si), Name: Name{Hans: "节"}}
		for k := range 6 + rng.IntN(6) {
			id := "i" + strconv.Itoa(si) + "_" + strconv.Itoa(k)
			it := Item{ID: id, Name: Name{Hans: id}, Method: Method(1 + rng.IntN(5))}
			switch it.Method {
			case Checklist:
				it.Points = pts(100 + rng.Int64N(300))
			case Deduction:
				it.Points = pts(100 + rng.Int64N(300))
				it.Deduct = pts(25 + rng.Int64N(100))
			case Proportional:
				it.Points = pts(100 + rng.Int64N(300))
			case Bonus:
				it.Points = pts(100 + rng.Int64N(100))
				it.Levels = levels
				it.HighestOnly = rng.IntN(2) == 0
			}
			if it.Method == Checklist || it.Method == Deduction || it.Method == Veto {
				for c := range rng.IntN(3) {
					fr := FindingRule{Code: houqin.Code("t.c" + strconv.Itoa((k+c)%5))}
					if it.Method == Deduction && rng.IntN(2) == 0 {
						fr.Deduct = pts(10 + rng.Int64N(200))
					}
					it.Findings = append(it.Findings, fr)
				}
			}
			if it.Method != Bonus && it.Method != Veto {
				p, _ := PointsOf("", it.Points)
				total += int64(p)
			}
			sec.Items = append(sec.Items, it)
		}
		r.Sections = append(r.Sections, sec)
	}
	r.Total = pts(total)
	r.Grades = []Grade{
		{ID: "top", Name: Name{Hans: "优"}, Min: pts(total * 9 / 10)},
		{ID: "mid", Name: Name{Hans: "中"}, Min: pts(total * 6 / 10)},
		{ID: "fail", Name: Name{Hans: "差"}, Min: decimal.Zero, Fail: true},
	}
	return r
}

// fastInspection observes the items of r, most of the time as the fast
// path expects and now and then not (an unknown or repeated item, a field
// of another method, a count out of range, a ratio out of [0, 1] or written
// oddly, an unknown level, a proportional item left out).
func fastInspection(rng *rand.Rand, r Rubric) Inspection {
	odd := func() bool { return rng.IntN(150) == 0 }
	in := Inspection{School: "s", Round: "r"}
	if odd() {
		in.School = ""
	}
	for _, sec := range r.Sections {
		for _, it := range sec.Items {
			if it.Method != Proportional && rng.IntN(4) == 0 && !odd() {
				continue
			}
			o := Observation{Item: it.ID, Note: "n"}
			switch it.Method {
			case Deduction:
				o.Occurrences = rng.Int64N(6)
			case Checklist, Veto:
				o.Fail = rng.IntN(5) == 0
			case Proportional:
				o.Ratio = decimal.NewNullDecimal(decimal.New(rng.Int64N(1001), -3))
				if rng.IntN(3) == 0 {
					o.Ratio = decimal.NewNullDecimal(decimal.New(rng.Int64N(100_000_001), -8))
				}
			case Bonus:
				for range rng.IntN(4) {
					o.Levels = append(o.Levels, it.Levels[rng.IntN(len(it.Levels))].ID)
				}
			}
			switch {
			case !odd():
			case rng.IntN(2) == 0:
				o.Occurrences = rng.Int64N(3) - 1
			default:
				switch rng.IntN(7) {
				case 0:
					o.Item = "nope"
				case 1:
					o.Fail = true
				case 2:
					o.Ratio = decimal.NewNullDecimal(decimal.New(rng.Int64N(3)-1, int32(rng.IntN(5))-2))
				case 3:
					o.Ratio = decimal.NullDecimal{}
				case 4:
					o.Levels = []string{"zz"}
				case 5:
					o.Occurrences = MaxOccurrences + 1
				case 6:
					in.Observations = append(in.Observations, o) // twice
				}
			}
			in.Observations = append(in.Observations, o)
		}
	}
	if rng.IntN(3) > 0 {
		rng.Shuffle(len(in.Observations), func(i, j int) { in.Observations[i], in.Observations[j] = in.Observations[j], in.Observations[i] })
	}
	for range rng.IntN(8) {
		in.Findings = append(in.Findings, houqin.Finding{Code: houqin.Code("t.c" + strconv.Itoa(rng.IntN(7))), Severity: houqin.Violation, Subject: strconv.Itoa(rng.IntN(5))})
	}
	return in
}

// agreeScore checks the fast path against the full path on in, and returns
// whether the fast path scored it.
func agreeScore(t *testing.T, a *Assessor, in Inspection) bool {
	t.Helper()
	slots := make([]slot, len(a.s.items))
	var fast Result
	ok := a.quickScore(&fast, &in, slots)
	var full Result
	err := a.scoreFull(&full, &in, make([]slot, len(a.s.items)))
	if !ok {
		if !reflect.DeepEqual(fast, Result{}) {
			t.Fatalf("the fast path gave up but wrote %+v", fast)
		}
		return false
	}
	if err != nil {
		t.Fatalf("the fast path scored an inspection the full path refuses: %v\n%+v", err, in)
	}
	if !reflect.DeepEqual(fast, full) {
		t.Fatalf("fast path\n%+v\nfull path\n%+v\ninspection %+v", fast, full, in)
	}
	// Into reused memory, through ScoreTo, the same.
	reused := Result{Items: make([]ItemScore, 3, 500), Trail: make([]Evidence, 7, 500), Sections: make([]SectionScore, 1, 50),
		Vetoed: make([]string, 2, 50)}
	reused.Items[0].Item, reused.Trail[0].Note = "x", "y"
	if err := a.ScoreTo(&reused, in); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fast.Items, reused.Items) || !reflect.DeepEqual(fast.Trail, reused.Trail) ||
		!reflect.DeepEqual(fast.Sections, reused.Sections) || fast.Score != reused.Score || len(fast.Vetoed) != len(reused.Vetoed) {
		t.Fatalf("ScoreTo into reused memory differs:\n%+v\n%+v", fast, reused)
	}
	return true
}

func TestFastScoreAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 30))
	fast, total := 0, 0
	for range 120 {
		r := fastRubric(rng)
		pol := DefaultPolicy()
		pol.Rounding = houqin.Rounding(rng.IntN(4))
		a, err := New(r, pol)
		if err != nil {
			t.Fatal(err)
		}
		for range 50 {
			total++
			if agreeScore(t, a, fastInspection(rng, r)) {
				fast++
			}
		}
	}
	if fast < total/2 || fast > total*19/20 {
		t.Fatalf("the fast path scored %d of %d inspections", fast, total)
	}
	// The sample rubric, observed in full, in rubric order.
	a, err := New(SampleRubric(), DefaultPolicy())
	if err != nil {
		t.Fatal(err)
	}
	in := Inspection{School: "s"}
	for _, sec := range a.s.rubric.Sections {
		for _, it := range sec.Items {
			o := Observation{Item: it.ID}
			if it.Method == Proportional {
				o.Ratio = decimal.NewNullDecimal(decimal.RequireFromString("0.875"))
			}
			in.Observations = append(in.Observations, o)
		}
	}
	if !agreeScore(t, a, in) {
		t.Fatal("the fast path refused a regular inspection")
	}
}

func FuzzFastScore(f *testing.F) {
	rng := rand.New(rand.NewPCG(4, 40))
	r := fastRubric(rng)
	a, err := New(r, DefaultPolicy())
	if err != nil {
		f.Fatal(err)
	}
	for range 8 {
		b, err := json.Marshal(fastInspection(rng, r))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var in Inspection
		if json.Unmarshal(data, &in) != nil {
			return
		}
		agreeScore(t, a, in)
	})
}

// randomStandings makes n standings: ids sharing a prefix, or not, some
// alike in the first bytes after it, some with bytes beyond ASCII; scores
// with many ties; a few vetoed.
func randomStandings(rng *rand.Rand, n int, maxScore int64) []Standing {
	prefix := []string{"", "school-", "县", "sch"}[rng.IntN(4)]
	out := make([]Standing, n)
	seen := map[string]bool{}
	for i := range out {
		var id string
		for id == "" || seen[id] {
			switch rng.IntN(5) {
			case 0: // alike in the first bytes: told apart at the end
				id = prefix + "abcdefgh" + strconv.Itoa(rng.IntN(4*n))
			case 1:
				id = prefix + string(rune('A'+rng.IntN(3)))
			case 2:
				id = prefix + "城关" + strconv.Itoa(rng.IntN(4*n)) + "\x00"
			default:
				id = prefix + strconv.Itoa(rng.IntN(4*n))
			}
		}
		seen[id] = true
		score := rng.Int64N(maxScore + 1)
		if rng.IntN(2) == 0 {
			score = score / 500 * 500 // ties
		}
		out[i] = Standing{School: id, Score: Points(score), Vetoed: rng.IntN(20) == 0}
	}
	return out
}

// The fast ranking is the full one, place by place and finding by finding.
func TestRankFastAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 80))
	for round := range 300 {
		pol := DefaultPolicy()
		pol.Bottom = rng.IntN(4)
		pol.VetoedByScore = rng.IntN(3) == 0
		a, err := New(SampleRubric(), pol)
		if err != nil {
			t.Fatal(err)
		}
		n := rng.IntN(40)
		if round%10 == 0 {
			n = 300 + rng.IntN(2000) // the radix sort
		}
		in := randomStandings(rng, n, a.s.maxScore)
		got, ok := a.rankFast(in)
		if !ok {
			t.Fatalf("the fast path refused valid standings %v", in)
		}
		want, err := a.rankFull(in)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("fast ranking\n%+v\nfull ranking\n%+v", got, want)
		}
		if n > 0 { // a problem sends the standings to the full path
			bad := append([]Standing(nil), in...)
			switch k := rng.IntN(n); rng.IntN(3) {
			case 0:
				bad[k].School = ""
			case 1:
				bad[k].School = bad[rng.IntN(n)].School
				if bad[k].School == in[k].School {
					continue
				}
			case 2:
				bad[k].Score = Points(a.s.maxScore + 1)
			}
			if _, ok := a.rankFast(bad); ok {
				t.Fatalf("the fast path ranked invalid standings %v", bad)
			}
			if _, err := a.Rank(bad); err == nil {
				t.Fatalf("Rank accepted invalid standings %v", bad)
			}
		}
	}
}

// sortKeys sorts as slices.Sort does, for keys whose low bits are in
// order.
func TestSortKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 20))
	for _, n := range []int{0, 1, 255, 256, 1000, 5000} {
		keys := make([]uint64, n)
		for i := range keys {
			hi := rng.Uint64() >> idxBits
			switch rng.IntN(3) {
			case 0:
				hi &= 0xff00 // bytes that do not vary
			case 1:
				hi = uint64(rng.IntN(3)) // ties
			}
			keys[i] = hi<<idxBits | uint64(i)
		}
		want := append([]uint64(nil), keys...)
		slices.Sort(want)
		got, spare := sortKeys(keys, make([]uint64, 0, n))
		if !slices.Equal(got, want) || len(spare) != n && n >= 256 {
			t.Fatalf("n=%d: sortKeys differs from slices.Sort", n)
		}
	}
}

// FuzzRankFast: standings with ids of any bytes rank the same by the fast
// and the full path; with wide, each is repeated with suffixes into a few
// hundred schools, for the radix sort.
func FuzzRankFast(f *testing.F) {
	f.Add([]byte("\x05school-1\x23\x28\x05school-2\x23\x28\x04\xe5\x8e\xbf\x00\x17\x70\x00\x00\x10"), uint8(1), false)
	f.Add([]byte("\x01a\x00\x01\x02ab\x00\x01\x03ab\x00\x80\x02"), uint8(2), true)
	f.Add([]byte("\x01a\x00\x01\x01a\x00\x02"), uint8(0), false)
	f.Fuzz(func(t *testing.T, data []byte, bottom uint8, wide bool) {
		pol := DefaultPolicy()
		pol.Bottom = int(bottom % 8)
		pol.VetoedByScore = bottom&0x80 != 0
		a, err := New(SampleRubric(), pol)
		if err != nil {
			t.Fatal(err)
		}
		var in []Standing
		for len(data) > 0 {
			n := int(data[0] & 0x1f)
			if len(data) < 1+n+2 {
				break
			}
			score := int64(data[1+n])<<8 | int64(data[2+n])
			in = append(in, Standing{School: string(data[1 : 1+n]), Score: Points(score % 12000), Vetoed: data[0]&0x80 != 0})
			data = data[3+n:]
		}
		if wide && len(in) > 0 {
			var more []Standing
			for k := 0; len(more) < 300; k++ {
				for _, s := range in {
					s.School += "/" + strconv.Itoa(k)
					s.Score = (s.Score + Points(k*7)) % 10000
					more = append(more, s)
				}
			}
			in = more
		}
		got, ok := a.rankFast(in)
		want, err := a.rankFull(in)
		if !ok {
			if err == nil {
				t.Fatalf("the fast path refused valid standings %+v", in)
			}
			return
		}
		if err != nil {
			t.Fatalf("the fast path ranked invalid standings: %v", err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("fast ranking\n%+v\nfull ranking\n%+v", got, want)
		}
	})
}
