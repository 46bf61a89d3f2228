package fees_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// requireInputError fails unless err is an *houqin.InputError (or joins
// only such errors) matching houqin.ErrInvalidInput.
func requireInputError(t *testing.T, err error) {
	t.Helper()
	if !errors.Is(err, houqin.ErrInvalidInput) {
		t.Fatalf("error does not match ErrInvalidInput: %v", err)
	}
	var ie *houqin.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error is not an *InputError: %v", err)
	}
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

func FuzzParsePolicy(f *testing.F) {
	f.Add(mustJSON(fees.DefaultPolicy()))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"agency_top_up": true, "forbidden": [], "publish_lead_days": 3}`))
	f.Add([]byte(`{"calendar": {"year_start": "08-25", "spring_start": "02-20"}}`))
	f.Add([]byte(`{"settlement_publication_days": -1}`))
	f.Add([]byte(`{"forbidden": ["Heating", ""]}`))
	f.Add([]byte(`{"rural_allowed": null, "rural_compulsory_rule": false}`))
	f.Add([]byte(`{"calendar": {"year_start": "02-29"}}`))
	f.Add([]byte(`{"one_fee": {"enabled": true, "float": "0.2", "caps": [{"stage": "primary", "rural": true, "cap": "160"}]}}`))
	f.Add([]byte(`{"one_fee": {"caps": [{"stage": "primary", "cap": "1"}, {"stage": "primary", "cap": "2"}], "float": "-0.1", "categories": ["X"]}}`))
	f.Add([]byte(`{"compulsory": ["tuition"], "collective_clothing": []}`))
	f.Add([]byte(`{"unknown": 1}`))
	f.Add([]byte(`[1, 2]`))
	f.Add([]byte(`{} x`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := fees.ParsePolicy(data)
		if err != nil {
			requireInputError(t, err)
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("ParsePolicy returned a policy Validate refuses: %v", err)
		}
		a, err := fees.New(p, testCatalog())
		if err != nil {
			t.Fatalf("New refused a parsed policy: %v", err)
		}
		if _, err := a.Audit(kitchenSink()); err != nil {
			t.Fatalf("a valid policy broke the audit: %v", err)
		}
		again, err := fees.ParsePolicy(mustJSON(p))
		if err != nil {
			t.Fatalf("a parsed policy does not round-trip: %v", err)
		}
		if string(mustJSON(again)) != string(mustJSON(p)) {
			t.Fatalf("round trip changed the policy: %s vs %s", mustJSON(again), mustJSON(p))
		}
	})
}

func FuzzParseCatalog(f *testing.F) {
	f.Add(mustJSON(testCatalog()))
	f.Add([]byte(`{"items": []}`))
	f.Add([]byte(`{"items": [{"code": "a", "kind": "agency", "unit": "term", "basis": "测价费〔2025〕1号", "standard": "10.00", "shortfall": "top_up"}]}`))
	f.Add([]byte(`{"items": [{"code": "a", "kind": "tax", "unit": "term", "basis": "测价费〔2025〕1号", "standard": "1"}]}`))
	f.Add([]byte(`{"items": [{"code": "a", "kind": "agency", "unit": "term", "basis": "测价费〔2025〕1号", "standard": 1e999999999}]}`))
	f.Add([]byte(`{"items": [{"code": "a", "kind": "agency", "unit": "term", "basis": "测价费〔2025〕1号", "standard": "0.001", "grades": [0, 13]}]}`))
	f.Add([]byte(`{"items": [{"code": "a", "kind": "service", "unit": "month", "basis": "x", "standard": "1", "leaving_refund_by": "half_month"}]}`))
	f.Add([]byte(`{"items": [{"code": "a", "kind": "service", "unit": "month", "basis": " ", "standard": "1", "leaving_refund_by": "week"}]}`))
	f.Add([]byte(`{"items": [{"code": "a"}, {"code": "a"}]}`))
	f.Add([]byte(`{"items": [null]}`))
	f.Add([]byte(`{"region": 5}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := fees.ParseCatalog(data)
		if err != nil {
			requireInputError(t, err)
			return
		}
		a, err := fees.New(fees.DefaultPolicy(), c)
		if err != nil {
			t.Fatalf("New refused a parsed catalog: %v", err)
		}
		// Charge every item at its standard: the audit runs.
		fl := baseFiling()
		for i, it := range c.Items {
			if i >= 50 {
				break
			}
			ch := cleanCharge()
			ch.ID, ch.Item, ch.Amount = "c"+it.Code, it.Code, it.Standard
			ch.Pupils, ch.Consents = 3, 3
			fl.Charges = append(fl.Charges, ch)
		}
		if _, err := a.Audit(fl); err != nil {
			// Only a code that collides after prefixing may be refused.
			requireInputError(t, err)
		}
	})
}

// FuzzAudit feeds filings decoded from JSON to the audit: it never panics,
// refuses bad input with an *InputError, and its results hold their
// invariants.
func FuzzAudit(f *testing.F) {
	f.Add(mustJSON(kitchenSink()))
	f.Add(mustJSON(baseFiling(cleanCharge())))
	rolled := cleanCharge()
	rolled.Pupils, rolled.Consents = 0, 0
	rolled.Roll = roll("10.00", "5.00", "0", "10.00")
	withRoll := baseFiling(rolled)
	withRoll.Spending = []fees.Spending{{Charge: "c1", Actual: testkit.Dec("20.01")}}
	f.Add(mustJSON(withRoll))
	f.Add([]byte(`{"stage": "primary", "as_of": "2025-10-01", "term": {"year": 2025, "semester": "spring"},
		"charges": [{"id": "a", "item": "textbooks", "amount": "100", "pupils": 3, "handler": "school",
		"collected": "2025-09-01", "published": "2025-09-02"}],
		"spending": [{"charge": "a", "actual": "33.34", "per_pupil": true, "published": "2026-09-30"}]}`))
	f.Add([]byte(`{"stage": "primary", "rural": true, "as_of": "2025-10-01", "charges": [{"id": "a", "amount": "1e999999999", "handler": "school"}]}`))
	f.Add([]byte(`{"stage": "junior_secondary", "as_of": "9999-12-31", "term_end": "9999-12-31",
		"charges": [{"id": "a", "item": "uniform", "amount": "999999999999.99", "pupils": 1, "consents": 1, "handler": "supplies_point",
		"collected": "9999-12-31", "provider_price": "0"}], "spending": [{"charge": "a", "actual": "0"}]}`))
	f.Add([]byte(`{"stage": "primary", "as_of": "2025-10-01", "charges": [{"id": "a", "amount": "1", "pupils": 10000000, "handler": "school"}]}`))
	f.Add([]byte(`{"stage": "primary", "as_of": "2026-03-01", "charges": [
		{"id": "a", "item": "dorm", "amount": "400", "pupils": 3, "consents": 3, "handler": "school", "grades": [2, 1], "payment": "p"},
		{"id": "b", "item": "exercise_books", "amount": "10", "pupils": 3, "handler": "school", "payment": "p"},
		{"id": "c", "item": "care", "amount": "60", "pupils": 3, "consents": 3, "handler": "school", "collected": "2026-03-01"},
		{"id": "d", "item": "care", "amount": "60", "pupils": 3, "consents": 3, "handler": "school", "quantity": 2}],
		"earlier": [{"id": "a", "item": "dorm", "amount": "500", "pupils": 3, "handler": "school", "grades": [1, 2]},
		{"id": "x", "item": "dorm", "amount": "-1", "handler": "school"}]}`))
	f.Add([]byte(`{"stage": "primary", "rural": true, "as_of": "2026-03-01", "charges": [
		{"id": "a", "item": "meals", "amount": "900", "quantity": 6, "pupils": 2, "consents": 2, "handler": "school",
		 "collected": "2025-09-01", "published": "2025-09-01", "covers": {"from": "2025-09-01", "to": "2026-02-28"},
		 "leavers": [{"pupil": "p", "left": "2025-10-31", "refunded": "10"}, {"left": "2025-08-01", "paid": "1", "refunded": "0"}]},
		{"id": "b", "item": "dorm", "amount": "1600", "quantity": 2, "pupils": 1, "handler": "school", "collected": "9999-12-31"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var fl fees.Filing
		if err := json.Unmarshal(data, &fl); err != nil {
			return
		}
		a := auditors()
		for _, au := range a {
			r, err := au.Audit(fl)
			if err != nil {
				requireInputError(t, err)
				return
			}
			checkResult(t, r)
		}
	})
}

// auditors returns an auditor with the default policy and one with every
// switch the other way, built once.
var auditors = sync.OnceValue(func() []*fees.Auditor {
	other := fees.DefaultPolicy()
	other.AgencyTopUp = true
	other.ServiceFeesVoluntary = false
	other.RuralCompulsoryRule = false
	other.PublishLeadDays = 3
	other.SettlementPublicationDays = 0
	other.SupplierSettlementDays = 366
	other.Forbidden = nil
	other.OneFee.Enabled = true
	other.OneFee.Float = decimal.RequireFromString("0.15")
	other.OneFee.Caps = append(other.OneFee.Caps, fees.OneFeeCap{Stage: fees.Primary, Cap: decimal.RequireFromString("200.00")})
	a1, err1 := fees.New(fees.DefaultPolicy(), testCatalog())
	a2, err2 := fees.New(other, testCatalog())
	if err := errors.Join(err1, err2); err != nil {
		panic(err)
	}
	return []*fees.Auditor{a1, a2}
})

// checkResult checks the invariants of a result: findings sorted and
// renderable, settlements exact.
func checkResult(t *testing.T, r fees.Result) {
	t.Helper()
	if !slices.IsSortedFunc(r.Findings, func(a, b houqin.Finding) int {
		if a.Severity != b.Severity {
			return int(b.Severity) - int(a.Severity)
		}
		if c := strings.Compare(string(a.Code), string(b.Code)); c != 0 {
			return c
		}
		return strings.Compare(a.Subject, b.Subject)
	}) {
		t.Fatalf("findings not sorted")
	}
	for i, x := range r.Findings {
		if i >= 5 {
			break
		}
		for _, tag := range testkit.Languages() {
			if m := x.Message(tag); strings.Contains(m, "%!") {
				t.Fatalf("bad message: %s", m)
			}
		}
		if _, err := json.Marshal(x); err != nil {
			t.Fatalf("finding does not encode: %v", err)
		}
	}
	for _, s := range r.Settlements {
		checkSettlement(t, s)
	}
}

func checkSettlement(t *testing.T, s fees.ItemSettlement) {
	t.Helper()
	if s.Balance != s.Collected-s.Actual {
		t.Fatalf("balance %v ≠ %v − %v", s.Balance, s.Collected, s.Actual)
	}
	switch s.Outcome {
	case fees.Refund:
		if s.Balance <= 0 {
			t.Fatalf("refund of a balance %v", s.Balance)
		}
	case fees.TopUp, fees.Borne:
		if s.Balance >= 0 {
			t.Fatalf("%v of a balance %v", s.Outcome, s.Balance)
		}
	case fees.Balanced:
		if s.Balance != 0 {
			t.Fatalf("balanced with a balance %v", s.Balance)
		}
	default:
		t.Fatalf("no outcome")
	}
	var sum houqin.Fen
	if s.Shares != nil {
		for _, v := range s.Shares {
			sum += v
		}
	} else {
		sum = s.Each*houqin.Fen(s.Pupils) + houqin.Fen(s.Extra)
		if s.Extra < 0 || (s.Pupils > 0 && s.Extra >= s.Pupils) {
			t.Fatalf("extra %d of %d pupils", s.Extra, s.Pupils)
		}
		if s.Pupils <= 10_000 {
			var m houqin.Fen
			for _, v := range s.Amounts() {
				m += v
			}
			if m != sum {
				t.Fatalf("Amounts sum to %v, Each and Extra to %v", m, sum)
			}
		}
	}
	if sum != s.Total() {
		t.Fatalf("shares sum to %v, Total is %v", sum, s.Total())
	}
	if _, err := json.Marshal(s); err != nil {
		t.Fatalf("settlement does not encode: %v", err)
	}
	_ = s.RefundLine(language.TraditionalChinese, 0)
}

// FuzzSettle drives the settlement with raw numbers near and beyond the
// bounds: it never panics, and the shares always sum to the balance.
func FuzzSettle(f *testing.F) {
	f.Add(int64(4000), 3, int64(2000), false, uint64(0), "exercise_books")
	f.Add(int64(10000), 2000, int64(1900001), false, uint64(7), "exercise_books")
	f.Add(int64(100_000_000_000_000), 1, int64(0), false, uint64(0), "textbooks")
	f.Add(int64(1), 10_000_000, int64(10_000_001), false, uint64(0), "textbooks")
	f.Add(int64(1000), 5, int64(999), true, uint64(0xdeadbeef), "textbooks")
	f.Add(int64(-1), 3, int64(0), false, uint64(0), "milk")
	f.Add(int64(1000), 3, int64(-5), false, uint64(0), "")
	f.Add(int64(1000), -3, int64(5), false, uint64(0), "boarding")
	f.Fuzz(func(t *testing.T, amount int64, pupils int, actual int64, perPupil bool, rollSeed uint64, item string) {
		c := fees.Charge{ID: "c", Item: item, Amount: decimal.New(amount, -2), Handler: fees.HandlerSchool}
		if rollSeed != 0 && pupils > 0 && pupils <= 64 {
			c.Roll = make([]fees.Pupil, pupils)
			x := rollSeed
			for i := range c.Roll {
				x = x*6364136223846793005 + 1442695040888963407
				paid := amount
				if x>>62 == 0 && amount > 0 {
					paid = int64(x>>1) % (amount + 1)
				}
				c.Roll[i].Paid = decimal.New(paid, -2)
			}
		} else {
			c.Pupils = pupils
		}
		for _, a := range auditors() {
			s, err := a.Settle(c, fees.Spending{Actual: decimal.New(actual, -2), PerPupil: perPupil})
			if err != nil {
				requireInputError(t, err)
				return
			}
			checkSettlement(t, s)
		}
	})
}

// FuzzRefundOnLeaving counts refunds over periods, days and amounts near
// and beyond the bounds: it never panics, refuses bad input with an
// *InputError, and a refund lies between nothing and what was paid.
func FuzzRefundOnLeaving(f *testing.F) {
	f.Add(int64(10000), int64(20250901), int64(20260131), int64(20250930), int64(0), uint8(1))
	f.Add(int64(10000), int64(20260131), int64(20260430), int64(20260227), int64(0), uint8(3))
	f.Add(int64(5), int64(20250901), int64(20250902), int64(20250901), int64(1), uint8(2))
	f.Add(int64(100_000_000_000_000), int64(10101), int64(99991231), int64(10101), int64(-1), uint8(1))
	f.Add(int64(-1), int64(20250902), int64(20250901), int64(0), int64(0), uint8(9))
	f.Add(int64(100), int64(20250229), int64(20251301), int64(20250931), int64(1), uint8(0))
	date := func(n int64) houqin.Date {
		return houqin.Date{Year: int(n / 10000), Month: time.Month(n / 100 % 100), Day: int(n % 100)}
	}
	f.Fuzz(func(t *testing.T, paid, from, to, left, refunded int64, by uint8) {
		p := fees.DefaultPolicy()
		p.LeavingRefundBy = fees.Granularity(by)
		a, err := fees.New(p, testCatalog())
		if err != nil {
			requireInputError(t, err)
			return
		}
		c := fees.Charge{ID: "c", Item: "care", Amount: decimal.New(paid, -2), Pupils: 1, Handler: fees.HandlerSchool,
			Covers: houqin.Period{From: date(from), To: date(to)}}
		r, err := a.RefundOnLeaving(c, fees.Leaver{Left: date(left), Refunded: decimal.New(refunded, -2)})
		if err != nil {
			requireInputError(t, err)
			return
		}
		if r.Due < 0 || r.Due > r.Paid || r.Unused < 0 || r.Unused > r.Units || r.Units < 1 {
			t.Fatalf("refund out of bounds: %+v", r)
		}
		if r.Paid > 0 && r.Unused*2 >= r.Units && r.Due == 0 {
			t.Fatalf("half the period unused and nothing due: %+v", r)
		}
		if r.Unused == 0 && r.Due != 0 {
			t.Fatalf("nothing unused and a refund due: %+v", r)
		}
		if r.Short() < 0 {
			t.Fatalf("short below zero: %+v", r)
		}
	})
}

// FuzzEnumText decodes every enum from arbitrary text: a name decodes and
// encodes back to itself; anything else is an *InputError.
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"", "agency", "one_fee", "class_hour", "junior_secondary", "supplies_point", "top_up", "borne", "refund", "half_month", "x", "长"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		type codec interface {
			UnmarshalText([]byte) error
			MarshalText() ([]byte, error)
		}
		var (
			k  fees.Kind
			u  fees.Unit
			st fees.Stage
			h  fees.Handler
			sf fees.Shortfall
			o  fees.Outcome
			g  fees.Granularity
		)
		for _, v := range []codec{&k, &u, &st, &h, &sf, &o, &g} {
			if err := v.UnmarshalText([]byte(s)); err != nil {
				requireInputError(t, err)
				continue
			}
			b, err := v.MarshalText()
			if err != nil || string(b) != s {
				t.Fatalf("%q round-trips to %q, %v", s, b, err)
			}
		}
		_ = fees.Category(s).Validate()
	})
}
