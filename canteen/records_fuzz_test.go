package canteen_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
)

// checkFindingsSpeak fails unless every finding explains itself in every
// language without a formatting error.
func checkFindingsSpeak(t *testing.T, fs houqin.Findings) {
	for _, f := range fs {
		for _, tag := range testkit.Languages() {
			if msg := f.Message(tag); strings.Contains(msg, "%!") {
				t.Fatalf("%s: %s", f.Code, msg)
			}
		}
	}
}

func FuzzCheckRecords(f *testing.F) {
	seed, err := json.Marshal(week())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	for _, s := range []string{
		`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"meals":[{"date":"2025-09-01","name":"午餐","dishes":["红烧肉","米饭"]}],` +
			`"samples":[{"date":"2025-09-01","meal":"午餐","dish":"红烧肉","grams":"124.9","taken":"2025-09-01T11:30:00+08:00","discarded":"2025-09-03T11:29:00+08:00","by":"李"}],` +
			`"accompanied":[],"handlers":[{"id":"W1"}],"morning_checks":[]}`,
		`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"meals":[{"date":"2025-09-01","name":"午餐","dishes":["米饭"]},{"date":"2025-09-08","name":"午餐","dishes":["米饭"]}],` +
			`"samples":[{"date":"2025-09-01","meal":"午餐","dish":"米饭","grams":125,"taken":"2025-09-01T11:30:00Z","by":"李"}],"accompanied":[{"date":"2025-09-08","meal":"午餐","by":"王"}]}`,
		`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"meals":[{"date":"2025-09-01","name":"午餐","dishes":["米饭","米饭"]}],` +
			`"samples":[{"date":"2025-09-01","meal":"午餐","dish":"米饭","grams":"-1","taken":"2025-09-03T00:00:00Z","discarded":"2025-09-01T00:00:00Z"}],"handlers":[{"id":"W"},{"id":"W"}],"morning_checks":[{"date":"2025-10-01","handler":"X"}]}`,
		`{"canteen":"C","period":{"from":"0001-01-01","to":"9999-12-31"},"meals":[{"date":"9999-12-31","name":"x","dishes":["y"]}],"samples":[{"date":"9999-12-31","meal":"x","dish":"y","grams":"1e100000"}]}`,
	} {
		f.Add([]byte(s))
	}
	chk := checker(f, nil)
	f.Fuzz(func(t *testing.T, data []byte) {
		var r canteen.Records
		if json.Unmarshal(data, &r) != nil {
			return
		}
		fs, err := chk.CheckRecords(r)
		if err != nil {
			requireInvalid(t, err)
			if fs != nil {
				t.Fatal("findings with an error")
			}
			return
		}
		for _, f := range fs {
			for _, x := range f.Facts {
				if d, ok := x.Date(); x.Unit == houqin.UnitDate && (!ok || !r.Period.Contains(d)) {
					t.Fatalf("%s: date %v outside %v", f.Code, x, r.Period)
				}
			}
			switch f.Code {
			case canteen.CodeSampleUnderweight, canteen.CodeSampleDiscardedEarly:
				got, req, short := f.Facts[1].Value, f.Facts[2].Value, f.Facts[3].Value
				if got >= req || short != req-got || short < 1 {
					t.Fatalf("%s: %v", f.Code, f.Facts)
				}
			case canteen.CodeMealUnaccompanied:
				from, _ := f.Facts[0].Date()
				to, _ := f.Facts[1].Date()
				days, meals := f.Facts[2].Value, f.Facts[3].Value
				if to.Before(from) || days < 1 || meals < days {
					t.Fatalf("a run %v", f.Facts)
				}
			case canteen.CodeMorningCheckMissing:
				if f.Facts[1].Value < 1 {
					t.Fatalf("no day missing: %v", f.Facts)
				}
			}
		}
		checkFindingsSpeak(t, fs)
	})
}

// subsidyInput is the JSON form of a call of CheckSubsidy, for the fuzzer.
type subsidyInput struct {
	AsOf     houqin.Date              `json:"as_of"`
	Accounts []canteen.SubsidyAccount `json:"accounts"`
}

func FuzzCheckSubsidy(f *testing.F) {
	wages := account()
	wages.Days[0].Meals = 330
	wages.Spending = append(wages.Spending, canteen.SubsidyLine{Use: canteen.SubsidyWages, Amount: testkit.Dec("1200"), Voucher: "V-0930"})
	for _, in := range []subsidyInput{
		{AsOf: day(11, 1), Accounts: []canteen.SubsidyAccount{account()}},
		{AsOf: day(11, 1), Accounts: []canteen.SubsidyAccount{wages, acct("S01", octM, "1", "10000", "10000")}},
		{Accounts: []canteen.SubsidyAccount{acct("S01", houqin.MonthPeriod(2026, 1), "0", "100", "99.99"), acct("S02", sepM, "-5", "0", "0")}},
	} {
		b, err := json.Marshal(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		`{"accounts":[{"school":"S","period":{"from":"2025-09-01","to":"2025-09-30"},"pupils":-1,"days":[{"date":"2025-09-01","meals":-1}]}]}`,
		`{"accounts":[{"school":"S","period":{"from":"2025-09-01","to":"2025-09-30"}},{"school":"S","period":{"from":"2025-09-30","to":"2025-10-31"}}]}`,
		`{"accounts":[{"school":"S","period":{"from":"2010-09-01","to":"2010-09-30"},"days":[{"date":"2010-09-01","meals":1}],"received":"1e30"}]}`,
		`{"as_of":"9999-12-31","accounts":[{"school":"S","period":{"from":"9999-12-01","to":"9999-12-31"},"opening":"-1000000000000","published":"9999-12-31"}]}`,
	} {
		f.Add([]byte(s))
	}
	chk := checker(f, nil)
	f.Fuzz(func(t *testing.T, data []byte) {
		var in subsidyInput
		if json.Unmarshal(data, &in) != nil {
			return
		}
		res, err := chk.CheckSubsidy(in.AsOf, in.Accounts)
		if err != nil {
			requireInvalid(t, err)
			if res != nil {
				t.Fatal("results with an error")
			}
			return
		}
		if len(res) != len(in.Accounts) {
			t.Fatalf("%d results for %d accounts", len(res), len(in.Accounts))
		}
		for i, r := range res {
			opening, _ := houqin.FenOf("opening", in.Accounts[i].Opening)
			if r.Balance != opening+r.Booked-r.Food-r.Misused {
				t.Fatalf("balance %v", r)
			}
			if (r.ExcessMeals > 0) != (r.Findings.Has(canteen.CodeSubsidyOverclaimed) || r.Findings.Has(canteen.CodeSubsidyClaimedWithoutPupils)) || r.Excess > r.Claimed {
				t.Fatalf("excess %v", r)
			}
			var misused houqin.Fen
			for _, f := range r.Findings {
				if f.Code == canteen.CodeSubsidyMisused || f.Code == canteen.CodeSubsidyCashToPupils {
					misused += houqin.Fen(f.Facts[0].Value)
				}
			}
			if misused != r.Misused {
				t.Fatalf("misused %v, findings %v", r.Misused, misused)
			}
			if _, err := json.Marshal(r); err != nil {
				t.Fatalf("a result that does not encode: %v", err)
			}
			checkFindingsSpeak(t, r.Findings)
		}
	})
}

func FuzzParsePolicyRecords(f *testing.F) {
	for _, s := range []string{
		`{"sample_grams": "200", "sample_hours": 24, "accompanied_meals": false, "certificate_months": 24}`,
		`{"subsidy_rates": [{"from": "2021-09-01", "rate": "5.00"}], "subsidy_top_up": "1.00", "subsidy_balance_tolerance": "0.05", "subsidy_publish_days": 10}`,
		`{"calendar": {"year_start": "09-01", "spring_start": "03-01"}}`,
		`{"sample_grams": "124.95"}`,
		`{"sample_grams": "-1", "sample_hours": 721, "certificate_months": -1}`,
		`{"subsidy_rates": [{"from": "2021-09-01", "rate": "500"}, {"from": "2011-09-01", "rate": "0"}]}`,
		`{"subsidy_top_up": "1e1000000000"}`,
		`{"calendar": {"year_start": "02-30"}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := canteen.ParsePolicy(data)
		if err != nil {
			requireInvalid(t, err)
			return
		}
		if _, err := canteen.New(p); err != nil {
			t.Fatalf("ParsePolicy accepted what New refuses: %v", err)
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		q, err := canteen.ParsePolicy(b)
		if err != nil {
			t.Fatalf("round trip: %v\n%s", err, b)
		}
		c, _ := json.Marshal(q)
		if string(b) != string(c) {
			t.Fatalf("round trip changed the policy:\n%s\n%s", b, c)
		}
	})
}

func FuzzSubsidyUseText(f *testing.F) {
	for _, s := range []string{"food", "cash_to_pupils", "wages", "other", "", "Food", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var u canteen.SubsidyUse
		if err := u.UnmarshalText([]byte(s)); err != nil {
			requireInvalid(t, err)
		} else if b, _ := u.MarshalText(); string(b) != s {
			t.Fatalf("%q decodes to %v", s, u)
		}
	})
}

// FuzzCheckStaffCertificates drives the certificates' rules of CheckStaff:
// the validity cap and the first working day.
func FuzzCheckStaffCertificates(f *testing.F) {
	f.Add([]byte(`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"workers":[{"id":"W","first_day":"2025-09-01","serving":{"from":"2025-09-20","to":"2025-09-30"},"health_certificates":[{"from":"2025-09-15","to":"2026-12-31"}]}]}`))
	f.Add([]byte(`{"canteen":"C","period":{"from":"2025-02-01","to":"2025-02-28"},"workers":[{"id":"W","first_day":"2024-01-31","health_certificates":[{"from":"2024-02-29","to":"2025-03-01"},{"from":"2025-02-20","to":"2026-02-20"}]}]}`))
	f.Add([]byte(`{"canteen":"C","period":{"from":"9999-12-01","to":"9999-12-31"},"workers":[{"id":"W","first_day":"0001-01-01","health_certificates":[{"from":"9999-12-31","to":"9999-12-31"},{"from":"0001-01-01","to":"9999-12-31"}]}]}`))
	f.Add([]byte(`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"workers":[{"id":"W","first_day":"2025-09-02"}]}`))
	chk := checker(f, nil)
	f.Fuzz(func(t *testing.T, data []byte) {
		var r canteen.Roster
		if json.Unmarshal(data, &r) != nil {
			return
		}
		fs, err := chk.CheckStaff(r)
		if err != nil {
			requireInvalid(t, err)
			return
		}
		for _, f := range fs {
			switch f.Code {
			case canteen.CodeCertificateBeyondValidity:
				issued, _ := f.Facts[0].Date()
				expires, _ := f.Facts[1].Date()
				latest, ok := f.Facts[2].Date()
				if ok && (!latest.Before(expires) || latest.Before(issued)) {
					t.Fatalf("a cap %v", f.Facts)
				}
			case canteen.CodeWorkedBeforeCertificate:
				if f.Facts[2].Value < 1 {
					t.Fatalf("worked before by %v", f.Facts)
				}
			}
		}
		checkFindingsSpeak(t, fs)
	})
}
