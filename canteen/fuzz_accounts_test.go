package canteen_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/houqin-go/houqin/canteen"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// accountsSeeds are statements kept in accounts, with balances and the
// controls, from the tables of accounts_test.go and the published
// statements.
var accountsSeeds = []string{
	`{"canteen":"南京市东郊小镇小学","period":{"from":"2023-02-01","to":"2023-07-31"},"revenue":null,"spending":null,"lines":null,"accounts":[` +
		`{"id":"学生伙食","kind":"pupils","income":[{"category":"meal_fees","amount":"2087580.00"}],"lines":[{"category":"food","amount":"2070052.33"}],"opening":null,"closing":null},` +
		`{"id":"教职工伙食","kind":"staff","income":[{"category":"meal_fees","amount":"321261.00"}],"lines":[{"category":"staff_meals","amount":"327318.88"}],"opening":null,"closing":null},` +
		`{"id":"利息","kind":"other","income":[{"category":"interest","amount":"1157.97"}],"opening":null,"closing":null}]}`,
	`{"canteen":"C001","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"60775.62","spending":"59170.30","lines":null,"sales_target":"50770.30","filed":"2025-10-05","accounts":[` +
		`{"id":"P","kind":"pupils","income":[{"category":"meal_fees","amount":"52340.50"}],"lines":[{"category":"food","amount":"50000","voucher":"V","approver":"W"},{"category":"fuel_utilities","amount":"770.30","voucher":"U","approver":"W","unmetered":true}],"opening":"0","closing":"1570.20"},` +
		`{"id":"S","kind":"staff","income":[{"category":"meal_fees","amount":"8400"},{"category":"public_funds","amount":"1"}],"lines":[{"category":"staff_meals","amount":"8400"}],"opening":"120","closing":"120"},` +
		`{"id":"O","kind":"other","income":[{"category":"shop_rent","amount":"35.12"}],"opening":"-5","closing":null}]}`,
	`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"10000","lines":[{"category":"food","amount":"9000"},{"category":"office","amount":"600"},{"category":"bank_charges","amount":"25.50"},{"category":"taxes","amount":"300"}],"opening":"1000","closing":"1074.50","filed":"2025-10-06"}`,
	`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"income":[{"category":"meal_fees","amount":"9500"},{"category":"shop_rent","amount":"500"}],"lines":[{"category":"food","amount":"9000"},{"category":"staff_welfare","amount":"300"}],"opening":"-1000000000000","closing":"1000000000000"}`,
	`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"accounts":[{"kind":"pupils"},{"id":"X"},{"id":"X","kind":"teachers"}],"lines":[{"category":"food","amount":"1"}],"opening":"1"}`,
	`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"1","lines":[{"category":"food","amount":"1","unmetered":true}],"sales_target":"-1","filed":"2025-08-31"}`,
	`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"accounts":[{"id":"A","kind":"pupils","income":[{"category":"meal_fees","amount":"1000000000000"}]},{"id":"B","kind":"other","income":[{"category":"interest","amount":"1000000000000"}],"opening":"1e1000000000"}]}`,
}

// accountsPolicies are the policies the fuzz targets of accounts check
// under: the default, and one with every control on and every kind bound.
func accountsPolicies() []canteen.Policy {
	all := canteen.DefaultPolicy()
	all.CeilingAccounts = []canteen.AccountKind{canteen.AccountPupils, canteen.AccountStaff, canteen.AccountOther}
	all.ExcludedCosts = []canteen.Category{canteen.Office, canteen.Taxes}
	all.BalanceCeiling = decimal.RequireFromString("0.02")
	all.FoodCostFloor = decimal.RequireFromString("0.6")
	all.StatementDueDay = 31
	return []canteen.Policy{canteen.DefaultPolicy(), all}
}

func FuzzCheckAccounts(f *testing.F) {
	for _, s := range accountsSeeds {
		f.Add([]byte(s), uint8(0))
		f.Add([]byte(s), uint8(1))
	}
	policies := accountsPolicies()
	checkers := make([]*canteen.Checker, len(policies))
	for i, p := range policies {
		checkers[i] = checker(f, func(q *canteen.Policy) { *q = p })
	}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		var st canteen.Statement
		if json.Unmarshal(data, &st) != nil {
			return
		}
		p := policies[int(which)%len(policies)]
		chk := checkers[int(which)%len(checkers)]
		res, err := chk.Check(st)
		sameThroughCheckTo(t, chk, &st, res, err)
		if err != nil {
			requireInvalid(t, err)
			return
		}
		checkResult(t, p, res)
		checkFigures(t, p, res)
		if _, err := json.Marshal(res); err != nil {
			t.Fatalf("result does not encode: %v", err)
		}
	})
}

// checkFigures checks the invariants of the figures of a result's
// accounts.
func checkFigures(t *testing.T, p canteen.Policy, res canteen.Result) {
	t.Helper()
	var bound canteen.Figures
	mismatch := res.Findings.Has(canteen.CodeBalanceMismatch)
	for i, f := range []canteen.Figures{res.Pupils, res.Staff, res.Other} {
		if f.Balances && f.Closing-f.Opening != f.Net() && !mismatch {
			t.Fatalf("kind %d: closing %s − opening %s ≠ net %s", i+1, f.Closing, f.Opening, f.Net())
		}
		if !f.Balances && (f.Opening != 0 || f.Closing != 0) {
			t.Fatalf("kind %d: balances without Balances: %+v", i+1, f)
		}
		for _, k := range p.CeilingAccounts {
			if int(k) == i+1 {
				bound.Revenue += f.Revenue
				bound.Spending += f.Spending
				bound.NotCost += f.NotCost
				bound.NonCanteenIncome += f.NonCanteenIncome
			}
		}
	}
	if bound.Revenue != res.Revenue || bound.Spending != res.Spending || bound.NotCost != res.NotCost || bound.NonCanteenIncome != res.NonCanteenIncome {
		t.Fatalf("the bound accounts' figures %+v are not the result's %+v", bound, res)
	}
	if net := res.Pupils.Net() + res.Staff.Net() + res.Other.Net(); net != res.Net {
		t.Fatalf("net %s ≠ Σ kinds %s", res.Net, net)
	}
	for _, f := range res.Findings {
		switch f.Code {
		case canteen.CodeStaffMealLoss:
			if f.Facts[2].Value <= 0 || f.Facts[2].Value != f.Facts[1].Value-f.Facts[0].Value {
				t.Fatalf("a loss that is not one: %v", f)
			}
		case canteen.CodeBalanceMismatch:
			if f.Facts[5].Value == 0 || f.Facts[3].Value != f.Facts[0].Value+f.Facts[1].Value-f.Facts[2].Value {
				t.Fatalf("a mismatch that is not one: %v", f)
			}
		case canteen.CodeLateStatement:
			if f.Facts[2].Value < 1 {
				t.Fatalf("late by less than a day: %v", f)
			}
		}
	}
}

func FuzzChain(f *testing.F) {
	month := func(m, revenue, opening, closing string) string {
		return `{"canteen":"C001","period":{"from":"2025-` + m + `-01","to":"2025-` + m + `-30"},"revenue":"` + revenue +
			`","lines":[{"category":"food","amount":"9500","voucher":"V","approver":"W"}],"opening":` + opening + `,"closing":` + closing + `}`
	}
	f.Add([]byte(`[` + month("09", "10000", `"0"`, `"500"`) + `,` + month("11", "10000", `null`, `null`) + `]`))
	f.Add([]byte(`[` + month("09", "10000", `"0"`, `"500"`) + `]`))
	f.Add([]byte(`[` + month("09", "10000", `null`, `"700"`) + `,` + `{"canteen":"C001","period":{"from":"2025-10-01","to":"2025-10-31"},"accounts":[{"id":"P","kind":"pupils","income":[{"category":"meal_fees","amount":"1"}],"opening":"400"},{"id":"S","kind":"staff","opening":"300"}]}` + `]`))
	f.Add([]byte(`[` + month("09", "1", `null`, `null`) + `,` + month("09", "1", `null`, `null`) + `]`))
	f.Add([]byte(`[]`))
	chk := checker(f, nil)
	f.Fuzz(func(t *testing.T, data []byte) {
		var sts []canteen.Statement
		if json.Unmarshal(data, &sts) != nil {
			return
		}
		rs, err := chk.Chain(sts)
		if err != nil {
			requireInvalid(t, err)
			return
		}
		if len(rs) != len(sts) {
			t.Fatalf("%d results of %d statements", len(rs), len(sts))
		}
		for i, r := range rs {
			if i > 0 && r.Period.From != rs[i-1].Period.To.AddDays(1) {
				t.Fatalf("results not consecutive: %v after %v", r.Period, rs[i-1].Period)
			}
			checkResult(t, canteen.DefaultPolicy(), r)
			checkFigures(t, canteen.DefaultPolicy(), r)
			for _, f := range r.Findings {
				if f.Code == canteen.CodeCarryForwardMismatch && (f.Facts[3].Value == 0 || f.Facts[3].Value != f.Facts[2].Value-f.Facts[1].Value) {
					t.Fatalf("a carry-forward mismatch that is not one: %v", f)
				}
			}
		}
		// Each statement of the chain is valid on its own, with the same
		// revenue and spending.
		for _, st := range sts {
			r, err := chk.Check(st)
			if err != nil {
				t.Fatalf("a statement the chain accepted fails its own check: %v", err)
			}
			found := false
			for _, c := range rs {
				if c.Period == st.Period {
					found = c.Revenue == r.Revenue && c.Spending == r.Spending && c.Net == r.Net
				}
			}
			if !found {
				t.Fatalf("the chain's result of %v differs from its check", st.Period)
			}
		}
	})
}

func FuzzCheckDuties(f *testing.F) {
	f.Add([]byte(`[{"person":"王芳","role":"cashier"},{"person":"王芳","role":"accountant"},{"person":"李明","role":"auditor"}]`))
	f.Add([]byte(`[{"person":"W","role":"cashier"},{"person":"W","role":"auditor"},{"person":"W","role":"archivist"},{"person":"W","role":"accountant"}]`))
	f.Add([]byte(`[{"person":"","role":"cashier"},{"person":"W","role":"boss"},{"person":"W","role":"cashier"},{"person":"W","role":"cashier"}]`))
	f.Add([]byte(`[]`))
	chk := checker(f, nil)
	f.Fuzz(func(t *testing.T, data []byte) {
		var ds []canteen.Duty
		if json.Unmarshal(data, &ds) != nil {
			return
		}
		fs, err := chk.CheckDuties(ds)
		if err != nil {
			requireInvalid(t, err)
			return
		}
		cashiers := map[string]bool{}
		for _, d := range ds {
			if d.Role == canteen.Cashier {
				cashiers[d.Person] = true
			}
		}
		if len(fs) > len(cashiers) {
			t.Fatalf("%d findings for %d cashiers", len(fs), len(cashiers))
		}
		for _, f := range fs {
			if n := f.Facts[0].Value; !cashiers[f.Subject] || n < 1 || n > 3 {
				t.Fatalf("finding %v", f)
			}
			if msg := f.Message(language.English); strings.Contains(msg, "%!") {
				t.Fatalf("bad message %q", msg)
			}
		}
	})
}

func FuzzParsePolicyControls(f *testing.F) {
	for _, s := range []string{
		`{"ceiling_accounts": ["pupils", "staff"], "excluded_costs": ["office", "taxes"], "balance_ceiling": "0.02", "require_meter": false, "food_cost_floor": "0.6", "statement_due_day": 15}`,
		`{"ceiling_accounts": ["staff"], "excluded_costs": ["food", "office", "office"], "balance_ceiling": "2", "food_cost_floor": "-1", "statement_due_day": 32}`,
		`{"ceiling_accounts": [], "excluded_costs": null, "balance_ceiling": 0, "statement_due_day": 0}`,
		`{"ceiling_accounts": ["pupils", "pupils", "teachers"]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := canteen.ParsePolicy(data)
		if err != nil {
			requireInvalid(t, err)
			return
		}
		chk, err := canteen.New(p)
		if err != nil {
			t.Fatalf("ParsePolicy accepted what New refuses: %v", err)
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := canteen.ParsePolicy(b); err != nil {
			t.Fatalf("round trip: %v\n%s", err, b)
		}
		st := compliantAccounts()
		res, err := chk.Check(st)
		if err != nil {
			t.Fatal(err)
		}
		checkFigures(t, p, res)
	})
}

func FuzzAccountText(f *testing.F) {
	for _, s := range []string{"pupils", "staff", "other", "cashier", "archivist", "", "Pupils", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var k canteen.AccountKind
		if err := k.UnmarshalText([]byte(s)); err != nil {
			requireInvalid(t, err)
		} else if b, _ := k.MarshalText(); string(b) != s {
			t.Fatalf("%q decodes to %v", s, k)
		}
		var r canteen.Role
		if err := r.UnmarshalText([]byte(s)); err != nil {
			requireInvalid(t, err)
		} else if b, _ := r.MarshalText(); string(b) != s {
			t.Fatalf("%q decodes to %v", s, r)
		}
	})
}
