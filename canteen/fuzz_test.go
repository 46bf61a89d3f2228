package canteen_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// requireInvalid fails unless err matches houqin.ErrInvalidInput.
func requireInvalid(t *testing.T, err error) {
	t.Helper()
	if !errors.Is(err, houqin.ErrInvalidInput) {
		t.Fatalf("error does not match ErrInvalidInput: %v", err)
	}
}

func FuzzParsePolicy(f *testing.F) {
	for _, s := range []string{
		`{}`,
		`{"surplus_ceiling": "0.03", "ceiling_scope": "each"}`,
		`{"surplus_ceiling": 0, "deficit_tolerance": 0.01, "wages_budget_funded": true}`,
		`{"surplus_ceiling":"0.05","ceiling_scope":"both","deficit_tolerance":"0","wages_budget_funded":false,"require_voucher":true,"require_approver":true,"staples":["rice","flour","oil"],"diners_per_worker":100}`,
		`{"surplus_ceiling": "1.05"}`,
		`{"surplus_ceiling": "1e1000000000"}`,
		`{"surplus_ceiling": "5e-1000000000"}`,
		`{"ceiling_scope": "monthly"}`,
		`{"staples": ["rice", "rice", ""]}`,
		`{"diners_per_worker": -1}`,
		`{"surplus_cieling": 1}`,
		`{} {}`,
		`[`,
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
		q, err := canteen.ParsePolicy(b)
		if err != nil {
			t.Fatalf("round trip: %v\n%s", err, b)
		}
		if b2, _ := json.Marshal(q); string(b2) != string(b) {
			t.Fatalf("round trip changed the policy:\n%s\n%s", b, b2)
		}
		// The policy runs.
		if _, err := chk.Check(statement("100", line(canteen.Food, "95"))); err != nil {
			t.Fatal(err)
		}
	})
}

var statementSeeds = []string{
	`{"canteen":"C001","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"40115.40","lines":[{"category":"food","amount":"38109.63","voucher":"V1","approver":"W"}]}`,
	`{"canteen":"C001","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"40115.40","lines":[{"category":"food","amount":"38109.62"}]}`,
	`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"10000","spending":"9600","lines":[{"category":"food","amount":"9000"},{"category":"staff_welfare","amount":"600","voucher":"B"}]}`,
	`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"10000","income":[{"category":"meal_fees","amount":"9000"},{"category":"shop_rent","amount":"1000"}],"lines":[]}`,
	`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"income":[{"category":"nutrition_subsidy","amount":"0.20"}],"lines":[{"category":"wages","amount":"0.19"}]}`,
	`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"0","lines":[{"category":"fuel_utilities","amount":"12.50"}]}`,
	`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"1000000000000","lines":[{"category":"food","amount":"1000000000000"},{"category":"entertainment","amount":"1"}]}`,
	`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"-1","lines":[{"category":"food","amount":"1e1000000000"}]}`,
	`{"canteen":"","period":{"from":"2025-09-31","to":"2025-09-30"},"revenue":"1.005"}`,
	`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":null,"lines":[{"amount":"1"}]}`,
	`{"canteen":"C","period":{"from":"2024-02-01","to":"2024-02-29"},"income":[{"category":"meal_fees","amount":"9000"},{"category":"other","amount":"1000.5"}],"revenue":"10000.50","lines":[{"category":"wages","amount":"0","voucher":"V","approver":"W"}]}`,
	`{"canteen":"C","period":{"from":"2025-02-01","to":"2025-02-29"},"revenue":"1","lines":[]}`,
	`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"18446744073709551616.01","lines":[{"category":"staff_meals","amount":"1e3","voucher":"V","approver":"W"}]}`,
	`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"revenue":"-18446744073709551615","spending":"1.000","lines":[{"category":"food","amount":"1.000","voucher":"V"}]}`,
}

func FuzzCheck(f *testing.F) {
	for _, s := range statementSeeds {
		f.Add([]byte(s), uint8(0))
	}
	f.Add([]byte(statementSeeds[0]), uint8(7))
	policies := []canteen.Policy{canteen.DefaultPolicy()}
	for _, edit := range []func(*canteen.Policy){
		func(p *canteen.Policy) { p.SurplusCeiling = decimal.Zero; p.CeilingScope = canteen.ScopeEach },
		func(p *canteen.Policy) {
			p.SurplusCeiling = decimal.RequireFromString("0.03")
			p.WagesBudgetFunded = true
		},
		func(p *canteen.Policy) {
			p.SurplusCeiling = decimal.RequireFromString("0.12345678")
			p.DeficitTolerance = decimal.RequireFromString("0.5")
			p.RequireVoucher = false
		},
		func(p *canteen.Policy) {
			p.SurplusCeiling = decimal.NewFromInt(1)
			p.CeilingScope = canteen.ScopeRollup
		},
	} {
		p := canteen.DefaultPolicy()
		edit(&p)
		policies = append(policies, p)
	}
	checkers := make([]*canteen.Checker, len(policies))
	for i, p := range policies {
		checkers[i] = checker(f, func(q *canteen.Policy) { *q = p })
	}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		var st canteen.Statement
		if json.Unmarshal(data, &st) != nil {
			return
		}
		chk := checkers[int(which)%len(checkers)]
		p := policies[int(which)%len(policies)]
		res, err := chk.Check(st)
		sameThroughCheckTo(t, chk, &st, res, err)
		if err != nil {
			requireInvalid(t, err)
			return
		}
		checkResult(t, p, res)
		if _, err := json.Marshal(res); err != nil {
			t.Fatalf("result does not encode: %v", err)
		}
	})
}

// sameThroughCheckTo checks that CheckTo, into a Result that held
// findings (a breach without voucher or approver), writes what Check
// returned for st: res, or the same error.
func sameThroughCheckTo(t *testing.T, chk *canteen.Checker, st *canteen.Statement, res canteen.Result, err error) {
	t.Helper()
	var reused canteen.Result
	dirty := breachStatement()
	dirty.Lines[1].Voucher, dirty.Lines[2].Approver = "", ""
	if err := chk.CheckTo(&reused, &dirty); err != nil {
		t.Fatal(err)
	}
	errTo := chk.CheckTo(&reused, st)
	if err != nil {
		if errTo == nil || errTo.Error() != err.Error() {
			t.Fatalf("CheckTo: %v, Check: %v", errTo, err)
		}
		return
	}
	if errTo != nil {
		t.Fatalf("CheckTo: %v, Check: no error", errTo)
	}
	sameResult(t, res, reused)
}

// checkResult checks the invariants of a result against rationals.
func checkResult(t *testing.T, p canteen.Policy, res canteen.Result) {
	t.Helper()
	for _, f := range []houqin.Fen{res.Revenue, res.NonCanteenIncome, res.Spending, res.NotCost, res.Allowed, res.Excess, res.Deficit} {
		if f < 0 || f > houqin.MaxFen {
			t.Fatalf("amount out of range: %+v", res)
		}
	}
	if res.Surplus != res.Revenue-res.Spending {
		t.Fatalf("surplus %s ≠ revenue %s − spending %s", res.Surplus, res.Revenue, res.Spending)
	}
	if res.Deficit != max(0, -res.Surplus) {
		t.Fatalf("deficit %s for surplus %s", res.Deficit, res.Surplus)
	}
	ceiling, _ := houqin.RatioOf("", p.SurplusCeiling)
	limit := new(big.Rat).Mul(big.NewRat(int64(ceiling), int64(houqin.RatioOne)), big.NewRat(int64(res.Revenue), 1))
	over := new(big.Rat).SetInt64(int64(res.Surplus)).Cmp(limit) > 0
	if over != (res.Excess > 0) {
		t.Fatalf("excess %s but over=%v: %+v", res.Excess, over, res)
	}
	scoped := p.CeilingScope == canteen.ScopeEach || p.CeilingScope == canteen.ScopeBoth
	if res.Findings.Has(canteen.CodeSurplusOverCeiling) != (over && scoped) {
		t.Fatalf("ceiling finding %v, over %v: %+v", res.Findings.Has(canteen.CodeSurplusOverCeiling), over, res)
	}
	sorted := slices.Clone(res.Findings)
	sorted.Sort()
	if !reflect.DeepEqual(sorted, res.Findings) {
		t.Fatalf("findings not sorted: %v", res.Findings)
	}
	if res.Findings != nil && len(res.Findings) == 0 {
		t.Fatal("empty non-nil findings")
	}
	for _, f := range res.Findings {
		if msg := f.Message(language.English); msg == "" || strings.Contains(msg, "%!") {
			t.Fatalf("bad message %q", msg)
		}
	}
}

// FuzzCeiling drives the surplus ceiling with raw numbers: amounts in fen
// (any int64, so beyond the bound too) and a ceiling in 10⁻⁸.
func FuzzCeiling(f *testing.F) {
	f.Add(int64(4011540), int64(3810963), int64(5_000_000))
	f.Add(int64(4011540), int64(3810962), int64(5_000_000))
	f.Add(int64(4011543), int64(3810965), int64(5_000_000))
	f.Add(int64(20), int64(19), int64(5_000_000))
	f.Add(int64(0), int64(0), int64(0))
	f.Add(int64(0), int64(1), int64(100_000_000))
	f.Add(int64(houqin.MaxFen), int64(0), int64(99_999_999))
	f.Add(int64(houqin.MaxFen)+1, int64(-1), int64(100_000_001))
	f.Fuzz(func(t *testing.T, rev, spent, ceiling int64) {
		p := canteen.DefaultPolicy()
		p.SurplusCeiling = decimal.New(ceiling, -8)
		chk, err := canteen.New(p)
		if err != nil {
			requireInvalid(t, err)
			return
		}
		res, err := chk.Check(canteen.Statement{Canteen: "C", Period: sept,
			Revenue: decimal.NewNullDecimal(decimal.New(rev, -2)),
			Lines:   []canteen.Line{{Category: canteen.Food, Amount: decimal.New(spent, -2), Voucher: "V", Approver: "A"}}})
		if err != nil {
			requireInvalid(t, err)
			if rev >= 0 && rev <= int64(houqin.MaxFen) && spent >= 0 && spent <= int64(houqin.MaxFen) {
				t.Fatalf("valid amounts refused: %v", err)
			}
			return
		}
		checkResult(t, p, res)
	})
}

func FuzzRollup(f *testing.F) {
	f.Add([]byte(`{"period":{"from":"2025-09-01","to":"2025-10-31"},"statements":[` + statementSeeds[0] + `,` +
		`{"canteen":"C001","period":{"from":"2025-10-01","to":"2025-10-31"},"revenue":"100","lines":[{"category":"food","amount":"1"}]}]}`))
	f.Add([]byte(`{"period":{"from":"2025-09-01","to":"2025-09-30"},"statements":[` + statementSeeds[2] + `]}`))
	f.Add([]byte(`{"period":{"from":"2025-09-01","to":"2025-09-30"},"statements":[` + statementSeeds[2] + `,` + statementSeeds[3] + `]}`))
	f.Add([]byte(`{"period":{"from":"2025-09-01","to":"2025-12-31"},"statements":[` + statementSeeds[0] + `]}`))
	f.Add([]byte(`{"period":{"from":"2025-09-10","to":"2025-09-20"},"statements":[]}`))
	chk := checker(f, nil)
	f.Fuzz(func(t *testing.T, data []byte) {
		var in struct {
			Period     houqin.Period       `json:"period"`
			Statements []canteen.Statement `json:"statements"`
		}
		if json.Unmarshal(data, &in) != nil {
			return
		}
		res, err := chk.Rollup(in.Period, in.Statements)
		if err != nil {
			requireInvalid(t, err)
			return
		}
		checkResult(t, canteen.DefaultPolicy(), res)
		// The roll-up is the sum of the statements' own checks.
		var rev, spent houqin.Fen
		days := 0
		for _, st := range in.Statements {
			r, err := chk.Check(st)
			if err != nil {
				t.Fatalf("a statement the roll-up accepted fails its own check: %v", err)
			}
			rev, spent = rev+r.Revenue, spent+r.Spending
			days += st.Period.To.Sub(st.Period.From) + 1
		}
		if rev != res.Revenue || spent != res.Spending || days != (in.Period.To.Sub(in.Period.From)+1) {
			t.Fatalf("roll-up %+v is not the sum: revenue %s spending %s days %d", res, rev, spent, days)
		}
	})
}

func FuzzCheckPurchases(f *testing.F) {
	f.Add([]byte(`{"listings":[{"item":"rice","supplier":"A","price":"5.20"}],"purchases":[{"id":"1","item":"rice","supplier":"A","price":"5.21","certified":true},{"item":"rice","supplier":"B","price":"1"}]}`))
	f.Add([]byte(`{"listings":[{"item":"rice","supplier":"A","price":"5.20"},{"item":"rice","supplier":"A","price":"0"}],"purchases":[]}`))
	f.Add([]byte(`{"listings":[],"purchases":[{"item":"oil","supplier":"","price":"-1"}]}`))
	f.Add([]byte(`{"listings":[{"item":"oil","supplier":"C","price":"168"}],"purchases":[{"item":"oil","supplier":"C","price":"168.00","certified":true},{"item":"cabbage","supplier":"D","price":"1e1000000000"}]}`))
	chk := checker(f, nil)
	f.Fuzz(func(t *testing.T, data []byte) {
		var in struct {
			Listings  []canteen.Listing  `json:"listings"`
			Purchases []canteen.Purchase `json:"purchases"`
		}
		if json.Unmarshal(data, &in) != nil {
			return
		}
		cat, err := canteen.NewCatalog(in.Listings)
		if err != nil {
			requireInvalid(t, err)
			return
		}
		fs, err := chk.CheckPurchases(cat, in.Purchases)
		if err != nil {
			requireInvalid(t, err)
			return
		}
		for _, f := range fs {
			if f.Code == canteen.CodeAboveListedPrice {
				price, _ := f.Fact("price")
				listed, _ := f.Fact("listed")
				if !price.GreaterThan(listed) {
					t.Fatalf("above the listed price but not above: %v", f)
				}
			}
		}
	})
}

func FuzzCheckStaff(f *testing.F) {
	f.Add([]byte(`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"diners":301,"workers":[{"id":"W1","health_certificates":[{"from":"2025-03-01","to":"2026-02-28"}]},{"id":"W2","health_certificates":[{"from":"2024-09-20","to":"2025-09-19"},{"from":"2025-09-26","to":"2026-09-25"}]}]}`))
	f.Add([]byte(`{"canteen":"C","period":{"from":"2025-09-01","to":"2025-09-30"},"diners":0,"workers":[{"id":"W","serving":{"from":"2025-09-10","to":"2025-09-12"}}]}`))
	f.Add([]byte(`{"canteen":"C","period":{"from":"0001-01-01","to":"9999-12-31"},"diners":5,"workers":[{"id":"W","health_certificates":[{"from":"9999-12-31","to":"9999-12-31"}]}]}`))
	f.Add([]byte(`{"canteen":"","period":{"from":"2025-09-30","to":"2025-09-01"},"diners":-1,"workers":[{"id":""},{"id":""}]}`))
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
			if f.Code != canteen.CodeHealthCertificateGap {
				continue
			}
			first, _ := f.Facts[0].Date()
			days := f.Facts[1].Value
			if !r.Period.Contains(first) || days < 1 || days > int64(r.Period.To.Sub(r.Period.From)+1) {
				t.Fatalf("gap %v outside the period %v", f, r.Period)
			}
		}
	})
}

func FuzzCategoryText(f *testing.F) {
	for _, s := range []string{"food", "staff_welfare", "meal_fees", "shop_rent", "both", "", "Food", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var c canteen.Category
		if err := c.UnmarshalText([]byte(s)); err != nil {
			requireInvalid(t, err)
		} else if b, _ := c.MarshalText(); string(b) != s {
			t.Fatalf("%q decodes to %v", s, c)
		}
		var ic canteen.IncomeCategory
		if err := ic.UnmarshalText([]byte(s)); err != nil {
			requireInvalid(t, err)
		} else if b, _ := ic.MarshalText(); string(b) != s {
			t.Fatalf("%q decodes to %v", s, ic)
		}
		var sc canteen.Scope
		if err := sc.UnmarshalText([]byte(s)); err != nil {
			requireInvalid(t, err)
		} else if b, _ := sc.MarshalText(); string(b) != s {
			t.Fatalf("%q decodes to %v", s, sc)
		}
	})
}
