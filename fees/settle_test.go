package fees_test

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func roll(paid ...string) []fees.Pupil {
	out := make([]fees.Pupil, len(paid))
	for i, p := range paid {
		out[i] = fees.Pupil{ID: "p" + strconv.Itoa(i+1), Paid: testkit.Dec(p)}
	}
	return out
}

func TestSettle(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	topUpPolicy := fees.DefaultPolicy()
	topUpPolicy.AgencyTopUp = true
	aTop := newAuditor(t, topUpPolicy)

	rows := []struct {
		name    string
		reason  string
		a       *fees.Auditor
		charge  fees.Charge
		spend   fees.Spending
		outcome fees.Outcome
		balance houqin.Fen
		amounts []houqin.Fen // every pupil's share, in roll order
		uneven  bool         // shared in proportion to what each paid: Shares set, Each and Extra zero
	}{
		{name: "100.00 over 3 pupils", reason: "10000 = 3 × 3333 + 1: the first pupil gets the leftover fen",
			a: a, charge: fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("40.00"), Pupils: 3, Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("20.00")}, outcome: fees.Refund, balance: 10000,
			amounts: []houqin.Fen{3334, 3333, 3333}},
		{name: "99.98 over 3 pupils", reason: "9998 = 3 × 3332 + 2",
			a: a, charge: fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("33.66"), Pupils: 3, Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("1.00")}, outcome: fees.Refund, balance: 9998,
			amounts: []houqin.Fen{3333, 3333, 3332}},
		{name: "even roll", reason: "all paid the same: the even split, in roll order",
			a: a, charge: fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("10.00"), Roll: roll("10.00", "10.00", "10.00"), Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("29.98")}, outcome: fees.Refund, balance: 2,
			amounts: []houqin.Fen{1, 1, 0}},
		{name: "uneven roll", reason: "refund 10.00 in proportion to 50 : 30 : 20",
			a: a, charge: fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("50.00"), Roll: roll("50.00", "30.00", "20.00"), Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("90.00")}, outcome: fees.Refund, balance: 1000,
			amounts: []houqin.Fen{500, 300, 200}, uneven: true},
		{name: "uneven roll with an exempt pupil", reason: "a pupil who paid nothing gets nothing back; 0.05 over 20 : 20 → 3 + 2, tie to the earlier",
			a: a, charge: fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("20.00"), Roll: roll("20.00", "0", "20.00"), Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("39.95")}, outcome: fees.Refund, balance: 5,
			amounts: []houqin.Fen{3, 0, 2}, uneven: true},
		{name: "balanced", a: a, charge: fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("10.00"), Pupils: 7, Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("70.00")}, outcome: fees.Balanced, balance: 0,
			amounts: []houqin.Fen{0, 0, 0, 0, 0, 0, 0}},
		{name: "actual per pupil", reason: "9.50 × 4 = 38.00 of 40.00: 2.00 back, 0.50 each",
			a: a, charge: fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("10.00"), Pupils: 4, Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("9.50"), PerPupil: true}, outcome: fees.Refund, balance: 200,
			amounts: []houqin.Fen{50, 50, 50, 50}},
		{name: "agency shortfall borne by default", reason: "多退少不补 is the national rule",
			a: a, charge: fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("10.00"), Pupils: 3, Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("31.00")}, outcome: fees.Borne, balance: -100,
			amounts: []houqin.Fen{0, 0, 0}},
		{name: "agency shortfall topped up where the region allows", reason: "Policy.AgencyTopUp",
			a: aTop, charge: fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("10.00"), Pupils: 3, Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("31.00")}, outcome: fees.TopUp, balance: -100,
			amounts: []houqin.Fen{34, 33, 33}},
		{name: "catalog's top-up wins over the policy", reason: "textbooks say top_up",
			a: a, charge: fees.Charge{ID: "b", Item: "textbooks", Amount: testkit.Dec("100.00"), Pupils: 3, Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("300.01")}, outcome: fees.TopUp, balance: -1,
			amounts: []houqin.Fen{1, 0, 0}},
		{name: "catalog's borne wins over the policy", reason: "boarding says borne",
			a: aTop, charge: fees.Charge{ID: "b", Item: "boarding", Amount: testkit.Dec("100.00"), Pupils: 3, Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("300.01")}, outcome: fees.Borne, balance: -1,
			amounts: []houqin.Fen{0, 0, 0}},
		{name: "a service fee is never topped up", reason: "milk: service, no catalog rule",
			a: aTop, charge: fees.Charge{ID: "b", Item: "milk", Amount: testkit.Dec("60.00"), Pupils: 2, Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("121.00")}, outcome: fees.Borne, balance: -100,
			amounts: []houqin.Fen{0, 0}},
		{name: "nothing collected, a shortfall", reason: "nothing to apportion a top-up by: borne",
			a: a, charge: fees.Charge{ID: "b", Item: "textbooks", Amount: testkit.Dec("0"), Pupils: 3, Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("3.00")}, outcome: fees.Borne, balance: -300,
			amounts: []houqin.Fen{0, 0, 0}},
		{name: "uneven top-up", reason: "textbooks top up 0.10 in proportion to 100 : 50",
			a: a, charge: fees.Charge{ID: "b", Item: "textbooks", Amount: testkit.Dec("100.00"), Roll: roll("100.00", "50.00"), Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("150.10")}, outcome: fees.TopUp, balance: -10,
			amounts: []houqin.Fen{7, 3}, uneven: true},
		{name: "a charge outside the catalog", reason: "settled like any other, shortfall borne",
			a: a, charge: fees.Charge{ID: "b", Item: "trip", Name: "春游", Amount: testkit.Dec("50.00"), Pupils: 2, Handler: fees.HandlerSchool},
			spend: fees.Spending{Actual: testkit.Dec("99.99")}, outcome: fees.Refund, balance: 1,
			amounts: []houqin.Fen{1, 0}},
		{name: "zero pupils, zero cost", a: a,
			charge:  fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("10.00"), Handler: fees.HandlerSchool},
			spend:   fees.Spending{Actual: testkit.Dec("0")},
			outcome: fees.Balanced, balance: 0, amounts: []houqin.Fen{}},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			s, err := tt.a.Settle(tt.charge, tt.spend)
			require.NoError(t, err)
			assert.Equal(t, tt.outcome, s.Outcome, tt.reason)
			assert.Equal(t, tt.balance, s.Balance)
			assert.Equal(t, s.Collected-s.Actual, s.Balance)
			assert.Equal(t, tt.amounts, s.Amounts(), tt.reason)
			// A roll whose pupils all paid the same, or a count of pupils, is
			// shared evenly (Each, Extra); only different payments make Shares.
			if tt.uneven {
				assert.Len(t, s.Shares, s.Pupils)
				assert.Zero(t, s.Each)
				assert.Zero(t, s.Extra)
			} else {
				assert.Nil(t, s.Shares)
			}
			var sum houqin.Fen
			for i := range s.Pupils {
				assert.Equal(t, tt.amounts[i], s.Share(i), "Share(%d)", i)
				sum += s.Share(i)
			}
			assert.Equal(t, s.Total(), sum)
			assert.Zero(t, s.Share(-1))
			assert.Zero(t, s.Share(s.Pupils))
		})
	}
}

func TestSettleOutsideCatalogHasNoItem(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	s, err := a.Settle(fees.Charge{ID: "trip", Item: "trip", Name: "春游", Amount: testkit.Dec("5.00"), Pupils: 1, Handler: fees.HandlerSchool},
		fees.Spending{Charge: "trip", Actual: testkit.Dec("4.00")})
	require.NoError(t, err)
	assert.Empty(t, s.Item)
	assert.Equal(t, fees.Kind(0), s.Kind)
	assert.Equal(t, "春游", s.Name)
}

// TestRefundsSumToExcess is the property of the settlement: whatever the
// amounts and the roll, the shares sum exactly to |Balance| for a refund or
// a top-up, even shares differ by at most one fen with the larger first, and
// an uneven share lies within one fen of its exact proportion.
func TestRefundsSumToExcess(t *testing.T) {
	top := fees.DefaultPolicy()
	top.AgencyTopUp = true
	a := newAuditor(t, top)
	rng := rand.New(rand.NewPCG(1, 2))
	for iter := range 3000 {
		n := 1 + rng.IntN(60)
		c := fees.Charge{ID: "x", Item: "exercise_books", Handler: fees.HandlerSchool}
		amount := houqin.Fen(rng.Int64N(100_000))
		c.Amount = amount.Yuan()
		if rng.IntN(2) == 0 {
			c.Pupils = n
		} else {
			c.Roll = make([]fees.Pupil, n)
			for i := range c.Roll {
				paid := amount
				if rng.IntN(3) == 0 {
					paid = houqin.Fen(rng.Int64N(int64(amount) + 1))
				}
				c.Roll[i].Paid = paid.Yuan()
			}
		}
		actual := houqin.Fen(rng.Int64N(int64(amount)*int64(n)*2 + 1))
		s, err := a.Settle(c, fees.Spending{Actual: actual.Yuan()})
		require.NoError(t, err)
		amounts := s.Amounts()
		require.Len(t, amounts, n)
		var sum houqin.Fen
		for _, v := range amounts {
			require.GreaterOrEqual(t, v, houqin.Fen(0))
			sum += v
		}
		switch s.Outcome {
		case fees.Refund:
			require.Equal(t, s.Balance, sum, "iteration %d", iter)
		case fees.TopUp:
			require.Equal(t, -s.Balance, sum, "iteration %d", iter)
		default:
			require.Zero(t, sum)
		}
		if s.Shares == nil {
			for i := 1; i < n; i++ {
				d := amounts[i-1] - amounts[i]
				require.True(t, d == 0 || d == 1, "even shares differ by at most a fen, larger first")
			}
		} else if s.Outcome == fees.Refund || s.Outcome == fees.TopUp {
			// |share − total × paid / collected| < 1 fen, checked in decimals.
			total := decimal.NewFromInt(int64(sum))
			coll := decimal.NewFromInt(int64(s.Collected))
			for i, p := range c.Roll {
				exact := total.Mul(p.Paid.Shift(2)).Div(coll)
				diff := decimal.NewFromInt(int64(amounts[i])).Sub(exact).Abs()
				require.True(t, diff.LessThan(decimal.NewFromInt(1)), "share %d: %s vs %s", i, amounts[i], exact)
			}
		}
	}
}

func TestResultTotals(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	r, err := a.Audit(kitchenSink())
	require.NoError(t, err)
	// books: 30.00 − 0 = 30.00 refunded; textbooks: 300.00 − 300.01: 0.01
	// topped up; milk-borne: 180.00 − 200.00: 20.00 borne; books-pub-late:
	// 30.00 − 30.00 balanced.
	assert.Equal(t, houqin.Fen(3000), r.Refunded())
	assert.Equal(t, houqin.Fen(1), r.ToCollect())
	assert.Equal(t, houqin.Fen(2000), r.Borne())
	require.Len(t, r.Settlements, 4)
	assert.Equal(t, []string{"books", "textbooks", "milk-borne", "books-pub-late"},
		[]string{r.Settlements[0].Charge, r.Settlements[1].Charge, r.Settlements[2].Charge, r.Settlements[3].Charge})
}

// TestResultWithoutSpending: a filing with no spending settles nothing, and
// its clean result is the zero Result with the school's name: no findings,
// Settlements nil. One entry of spending (10.00 × 100 collected, 1,000.00
// spent: balanced, published in time) makes one settlement and no finding.
func TestResultWithoutSpending(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	r, err := a.Audit(baseFiling(cleanCharge()))
	require.NoError(t, err)
	assert.Equal(t, fees.Result{School: "school-1"}, r)

	f := baseFiling(cleanCharge())
	f.Spending = []fees.Spending{{Charge: "c1", Actual: testkit.Dec("1000.00")}}
	r, err = a.Audit(f)
	require.NoError(t, err)
	assert.Empty(t, r.Findings)
	require.Len(t, r.Settlements, 1)
	assert.Equal(t, fees.Balanced, r.Settlements[0].Outcome)
}

func TestRefundLine(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	top := fees.DefaultPolicy()
	top.AgencyTopUp = true
	aTop := newAuditor(t, top)
	books := fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("40.00"), Pupils: 3, Handler: fees.HandlerSchool}
	rows := []struct {
		name   string
		a      *fees.Auditor
		actual string
		i      int
		want   [3]string // zh-Hans, zh-Hant, en
	}{
		{"refund", a, "20.00", 0, [3]string{
			"作业本费：收取¥120.00，实际支出¥20.00，结余¥100.00；本生应退¥33.34（大写：叁拾叁元叁角肆分）",
			"作业本费：收取¥120.00，實際支出¥20.00，結餘¥100.00；本生應退¥33.34（大寫：參拾參元參角肆分）",
			"作业本费: CN¥120.00 collected, CN¥20.00 spent, CN¥100.00 left over; refund to this pupil: CN¥33.34 (in words: 叁拾叁元叁角肆分)",
		}},
		{"top-up", aTop, "121.00", 2, [3]string{
			"作业本费：收取¥120.00，实际支出¥121.00，不足¥1.00；本生应补交¥0.33（大写：叁角叁分）",
			"作业本费：收取¥120.00，實際支出¥121.00，不足¥1.00；本生應補交¥0.33（大寫：參角參分）",
			"作业本费: CN¥120.00 collected, CN¥121.00 spent, CN¥1.00 short; this pupil pays CN¥0.33 more (in words: 叁角叁分)",
		}},
		{"borne", a, "121.00", 1, [3]string{
			"作业本费：收取¥120.00，实际支出¥121.00，不足¥1.00由学校承担，本生无需补交",
			"作业本费：收取¥120.00，實際支出¥121.00，不足¥1.00由學校承擔，本生無需補交",
			"作业本费: CN¥120.00 collected, CN¥121.00 spent, CN¥1.00 short; the school bears the shortfall and this pupil pays nothing more",
		}},
		{"balanced", a, "120.00", 1, [3]string{
			"作业本费：收取¥120.00，实际支出¥120.00，收支相抵，无退无补",
			"作业本费：收取¥120.00，實際支出¥120.00，收支相抵，無退無補",
			"作业本费: CN¥120.00 collected, CN¥120.00 spent; nothing to refund or pay",
		}},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			s, err := tt.a.Settle(books, fees.Spending{Actual: testkit.Dec(tt.actual)})
			require.NoError(t, err)
			for i, tag := range testkit.Languages() {
				assert.Equal(t, tt.want[i], s.RefundLine(tag, tt.i))
			}
			assert.Empty(t, s.RefundLine(language.SimplifiedChinese, -1))
			assert.Empty(t, s.RefundLine(language.SimplifiedChinese, 3))
		})
	}
	t.Run("traditional numerals", func(t *testing.T) {
		s, err := a.Settle(fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("10.00"), Pupils: 1, Handler: fees.HandlerSchool},
			fees.Spending{Actual: testkit.Dec("7.66")})
		require.NoError(t, err)
		assert.Contains(t, s.RefundLine(language.TraditionalChinese, 0), "貳元參角肆分")
	})
	t.Run("a charge without a name", func(t *testing.T) {
		s := fees.ItemSettlement{Charge: "c9", Pupils: 1, Outcome: fees.Balanced}
		assert.Equal(t, "c9：收取¥0.00，实际支出¥0.00，收支相抵，无退无补", s.RefundLine(language.SimplifiedChinese, 0))
		s.Outcome = 0
		assert.Empty(t, s.RefundLine(language.SimplifiedChinese, 0))
	})
}

func TestShareOfMalformedSettlement(t *testing.T) {
	// A host that builds an ItemSettlement by hand with fewer shares than
	// pupils gets zeros, not a panic.
	s := fees.ItemSettlement{Pupils: 3, Outcome: fees.Refund, Shares: []houqin.Fen{5}}
	assert.Equal(t, houqin.Fen(5), s.Share(0))
	assert.Zero(t, s.Share(1)) // the first pupil past the shares
	assert.Zero(t, s.Share(2))
}

// TestAuditorConcurrent runs one Auditor from many goroutines: under -race
// this checks the promise that it holds no mutable state.
func TestAuditorConcurrent(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	want, err := a.Audit(kitchenSink())
	require.NoError(t, err)
	c, s := fees.Charge{ID: "b", Item: "exercise_books", Amount: testkit.Dec("40.00"), Pupils: 3, Handler: fees.HandlerSchool},
		fees.Spending{Actual: testkit.Dec("20.00")}
	done := make(chan fees.Result)
	for range 8 {
		go func() {
			var r fees.Result
			for range 20 {
				r, _ = a.Audit(kitchenSink())
				_, _ = a.Settle(c, s)
			}
			done <- r
		}()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
}
