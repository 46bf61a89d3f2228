package fees_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestAuditInputErrors(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	rows := []struct {
		name   string
		filing func(*fees.Filing)
		want   []string
	}{
		{"no as-of day", func(f *fees.Filing) { f.AsOf = houqin.Date{} }, []string{"as_of"}},
		{"as-of day that does not exist", func(f *fees.Filing) { f.AsOf = day(2025, 2, 29) }, []string{"as_of"}},
		{"no stage", func(f *fees.Filing) { f.Stage = 0 }, []string{"stage"}},
		{"unknown stage", func(f *fees.Filing) { f.Stage = 9 }, []string{"stage"}},
		{"bad term end", func(f *fees.Filing) { f.TermEnd = day(2026, 13, 1) }, []string{"term_end"}},
		{"bad term", func(f *fees.Filing) { f.TermEnd = houqin.Date{}; f.Term = houqin.Term{Year: 2025} }, []string{"term.semester"}},
		{"no charge id", func(f *fees.Filing) { f.Charges[0].ID = "" }, []string{"charges[0].id"}},
		{"duplicate charge id", func(f *fees.Filing) { f.Charges = append(f.Charges, f.Charges[0]) }, []string{"charges[1].id"}},
		{"item code too long", func(f *fees.Filing) { f.Charges[0].Item = strings.Repeat("x", 129) }, []string{"charges[0].item"}},
		{"bad category", func(f *fees.Filing) { f.Charges[0].Category = "Test Papers" }, []string{"charges[0].category"}},
		{"payment too long", func(f *fees.Filing) { f.Charges[0].Payment = strings.Repeat("p", 129) }, []string{"charges[0].payment"}},
		{"covers backwards", func(f *fees.Filing) {
			f.Charges[0].Covers = houqin.Period{From: day(2025, 9, 2), To: day(2025, 9, 1)}
		}, []string{"charges[0].covers.to"}},
		{"covers without an end", func(f *fees.Filing) {
			f.Charges[0].Covers = houqin.Period{From: day(2025, 9, 1)}
		}, []string{"charges[0].covers.to"}},
		{"leavers without covers", func(f *fees.Filing) {
			f.Charges[0].Leavers = []fees.Leaver{{Left: day(2025, 10, 1)}}
		}, []string{"charges[0].covers"}},
		{"more leavers than pupils", func(f *fees.Filing) {
			f.Charges[0].Pupils, f.Charges[0].Consents = 1, 1
			f.Charges[0].Covers = houqin.Period{From: day(2025, 9, 1), To: day(2026, 1, 31)}
			f.Charges[0].Leavers = []fees.Leaver{{Left: day(2025, 10, 1)}, {Left: day(2025, 10, 2)}}
		}, []string{"charges[0].leavers"}},
		{"bad leavers", func(f *fees.Filing) {
			f.Charges[0].Covers = houqin.Period{From: day(2025, 9, 1), To: day(2026, 1, 31)}
			f.Charges[0].Leavers = []fees.Leaver{{}, {Left: day(2025, 10, 1), Refunded: testkit.Dec("-1")},
				{Left: day(2025, 10, 1), Paid: decimal.NewNullDecimal(testkit.Dec("1.001")), Pupil: strings.Repeat("p", 129)}}
		}, []string{"charges[0].leavers[0].left", "charges[0].leavers[1].refunded", "charges[0].leavers[2].pupil", "charges[0].leavers[2].paid"}},
		{"at most ten leaver problems", func(f *fees.Filing) {
			f.Charges[0].Covers = houqin.Period{From: day(2025, 9, 1), To: day(2026, 1, 31)}
			f.Charges[0].Leavers = make([]fees.Leaver, 20)
		}, []string{"charges[0].leavers[0].left", "charges[0].leavers[1].left", "charges[0].leavers[2].left", "charges[0].leavers[3].left",
			"charges[0].leavers[4].left", "charges[0].leavers[5].left", "charges[0].leavers[6].left", "charges[0].leavers[7].left",
			"charges[0].leavers[8].left", "charges[0].leavers[9].left"}},
		{"leavers who paid beyond the bound in all", func(f *fees.Filing) {
			f.Charges[0].Covers = houqin.Period{From: day(2025, 9, 1), To: day(2026, 1, 31)}
			big := decimal.NewNullDecimal(testkit.Dec("999999999999.99"))
			f.Charges[0].Leavers = []fees.Leaver{{Left: day(2025, 10, 1), Paid: big}, {Left: day(2025, 10, 1), Paid: big}}
		}, []string{"charges[0].leavers"}},
		{"bad charge stage", func(f *fees.Filing) { f.Charges[0].Stage = 7 }, []string{"charges[0].stage"}},
		{"grade 13", func(f *fees.Filing) { f.Charges[0].Grades = []int{1, 13} }, []string{"charges[0].grades[1]"}},
		{"negative amount", func(f *fees.Filing) { f.Charges[0].Amount = testkit.Dec("-1.00") }, []string{"charges[0].amount"}},
		{"amount finer than a fen", func(f *fees.Filing) { f.Charges[0].Amount = testkit.Dec("10.005") }, []string{"charges[0].amount"}},
		{"hostile exponent", func(f *fees.Filing) { f.Charges[0].Amount = decimal.New(1, 1_000_000_000) }, []string{"charges[0].amount"}},
		{"negative quantity", func(f *fees.Filing) { f.Charges[0].Quantity = -1 }, []string{"charges[0].quantity"}},
		{"quantity beyond 10,000", func(f *fees.Filing) { f.Charges[0].Quantity = 10_001 }, []string{"charges[0].quantity"}},
		{"negative pupils", func(f *fees.Filing) { f.Charges[0].Pupils = -1; f.Charges[0].Consents = 0 }, []string{"charges[0].pupils"}},
		{"pupils beyond MaxParts", func(f *fees.Filing) { f.Charges[0].Pupils = 10_000_001 }, []string{"charges[0].pupils"}},
		{"amount × pupils beyond the bound", func(f *fees.Filing) {
			f.Charges[0].Amount = testkit.Dec("1000000000.00")
			f.Charges[0].Pupils = 1001
			f.Charges[0].Consents = 0
		}, []string{"charges[0].pupils"}},
		{"amount × roll beyond the bound", func(f *fees.Filing) {
			f.Charges[0].Amount = testkit.Dec("1000000000.00")
			f.Charges[0].Pupils, f.Charges[0].Consents = 0, 0
			f.Charges[0].Roll = make([]fees.Pupil, 1001)
		}, []string{"charges[0].pupils"}},
		{"amount × pupils at the bound", func(f *fees.Filing) {
			f.Charges[0].Amount = testkit.Dec("1000000000.00")
			f.Charges[0].Pupils = 1000
			f.Charges[0].Consents = 1001 // to get an error at all: the bound itself passes
		}, []string{"charges[0].consents"}},
		{"pupils differ from the roll", func(f *fees.Filing) { f.Charges[0].Roll = roll("10.00", "10.00") }, []string{"charges[0].pupils"}},
		{"bad payments on the roll", func(f *fees.Filing) {
			f.Charges[0].Pupils, f.Charges[0].Consents = 0, 0
			f.Charges[0].Roll = roll("10.00", "-1.00", "0.001")
		}, []string{"charges[0].roll[1].paid", "charges[0].roll[2].paid"}},
		{"roll beyond the bound in all", func(f *fees.Filing) {
			f.Charges[0].Pupils, f.Charges[0].Consents = 0, 0
			f.Charges[0].Roll = roll("999999999999.99", "1.00")
		}, []string{"charges[0].roll"}},
		{"negative provider price", func(f *fees.Filing) { f.Charges[0].ProviderPrice = decimal.NewNullDecimal(testkit.Dec("-1")) }, []string{"charges[0].provider_price"}},
		{"provider price finer than a fen", func(f *fees.Filing) { f.Charges[0].ProviderPrice = decimal.NewNullDecimal(testkit.Dec("0.001")) }, []string{"charges[0].provider_price"}},
		{"bad dates", func(f *fees.Filing) {
			f.Charges[0].Published = day(2025, 4, 31)
			f.Charges[0].Collected = day(0, 1, 1)
			f.Charges[0].SupplierSettled = day(2025, 0, 1)
		}, []string{"charges[0].published", "charges[0].collected", "charges[0].supplier_settled"}},
		{"more consents than pupils", func(f *fees.Filing) { f.Charges[0].Consents = 101 }, []string{"charges[0].consents"}},
		{"negative consents", func(f *fees.Filing) { f.Charges[0].Consents = -1 }, []string{"charges[0].consents"}},
		{"no handler", func(f *fees.Filing) { f.Charges[0].Handler = 0 }, []string{"charges[0].handler"}},
		{"unknown handler", func(f *fees.Filing) { f.Charges[0].Handler = 5 }, []string{"charges[0].handler"}},
		{"spending of an unknown charge", func(f *fees.Filing) { f.Spending = []fees.Spending{{Charge: "zz", Actual: testkit.Dec("1")}} }, []string{"spending[0].charge"}},
		{"spending without a charge", func(f *fees.Filing) { f.Spending = []fees.Spending{{Actual: testkit.Dec("1")}} }, []string{"spending[0].charge"}},
		{"two spendings of one charge", func(f *fees.Filing) {
			f.Charges = append(f.Charges, cleanCharge())
			f.Charges[1].ID = "c2"
			f.Spending = []fees.Spending{{Charge: "c1"}, {Charge: "c1"}}
		}, []string{"spending[1].charge"}},
		{"more spendings than charges", func(f *fees.Filing) { f.Spending = []fees.Spending{{Charge: "c1"}, {Charge: "c1"}} }, []string{"spending"}},
		{"negative actual", func(f *fees.Filing) { f.Spending = []fees.Spending{{Charge: "c1", Actual: testkit.Dec("-0.01")}} }, []string{"spending[0].actual"}},
		{"actual finer than a fen", func(f *fees.Filing) { f.Spending = []fees.Spending{{Charge: "c1", Actual: testkit.Dec("0.001")}} }, []string{"spending[0].actual"}},
		{"zero pupils with a nonzero total", func(f *fees.Filing) {
			f.Charges[0].Pupils, f.Charges[0].Consents = 0, 0
			f.Spending = []fees.Spending{{Charge: "c1", Actual: testkit.Dec("5.00")}}
		}, []string{"spending[0].actual"}},
		{"actual per pupil beyond the bound", func(f *fees.Filing) {
			f.Spending = []fees.Spending{{Charge: "c1", Actual: testkit.Dec("10000000000.01"), PerPupil: true}}
		}, []string{"spending[0].actual"}},
		{"bad settlement publication day", func(f *fees.Filing) {
			f.Spending = []fees.Spending{{Charge: "c1", Published: day(2026, 2, 30)}}
		}, []string{"spending[0].published"}},
		{"spending of an invalid charge", func(f *fees.Filing) {
			f.Charges[0].Handler = 0
			f.Spending = []fees.Spending{{Charge: "c1", Actual: testkit.Dec("-1")}}
		}, []string{"charges[0].handler"}},
		{"spending without a term end", func(f *fees.Filing) {
			f.TermEnd = houqin.Date{}
			f.Spending = []fees.Spending{{Charge: "c1"}}
		}, []string{"term_end"}},
		{"too many charges", func(f *fees.Filing) { f.Charges = make([]fees.Charge, 10_001) }, []string{"charges"}},
		{"too many earlier charges", func(f *fees.Filing) { f.Earlier = make([]fees.Charge, 10_001) }, []string{"earlier"}},
		{"bad earlier charges", func(f *fees.Filing) {
			f.Earlier = []fees.Charge{cleanCharge(), cleanCharge()}
			f.Earlier[1].Amount = testkit.Dec("-1")
		}, []string{"earlier[1].amount"}},
		{"every problem at once", func(f *fees.Filing) {
			f.AsOf = houqin.Date{}
			f.Charges[0].Amount = testkit.Dec("-1")
			f.Charges[0].Handler = 0
		}, []string{"as_of", "charges[0].amount", "charges[0].handler"}},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			f := baseFiling(cleanCharge())
			tt.filing(&f)
			r, err := a.Audit(f)
			assert.Equal(t, tt.want, testkit.Fields(err))
			assert.Empty(t, r.Findings)
		})
	}
}

func TestAuditManyCharges(t *testing.T) {
	// Beyond 16 charges the index is a map: duplicates and spending are
	// still found.
	a := newAuditor(t, fees.DefaultPolicy())
	f := baseFiling()
	for i := range 40 {
		c := cleanCharge()
		c.ID = "c" + string(rune('A'+i))
		f.Charges = append(f.Charges, c)
	}
	f.Spending = []fees.Spending{{Charge: "cZ", Actual: testkit.Dec("1000.00")}}
	r, err := a.Audit(f)
	require.NoError(t, err)
	require.Len(t, r.Settlements, 1)
	assert.Equal(t, "cZ", r.Settlements[0].Charge)

	f.Charges[30].ID = "cB"
	f.Spending[0].Charge = "nope"
	_, err = a.Audit(f)
	assert.Equal(t, []string{"charges[30].id", "spending[0].charge"}, testkit.Fields(err))
}

func TestAuditManyBundles(t *testing.T) {
	// Beyond 64 charges the payments are grouped in a map: 35 payments of
	// meals and exercise books, the meals of each bundled; the 70th charge
	// alone.
	a := newAuditor(t, fees.DefaultPolicy())
	f := baseFiling()
	for i := range 35 {
		meals, books := cleanCharge(), cleanCharge()
		meals.ID, meals.Item, meals.Amount = "meals-"+strconv.Itoa(i), "meals", testkit.Dec("150.00")
		books.ID = "books-" + strconv.Itoa(i)
		meals.Payment, books.Payment = "p"+strconv.Itoa(i), "p"+strconv.Itoa(i)
		f.Charges = append(f.Charges, meals, books)
	}
	f.Charges[69].Payment = ""
	r, err := a.Audit(f)
	require.NoError(t, err)
	assert.Len(t, testkit.Of(r.Findings, fees.CodeBundledWithCompulsory), 34)
}

func TestSettleInputErrors(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	c := cleanCharge()
	_, err := a.Settle(c, fees.Spending{Charge: "other"})
	assert.Equal(t, []string{"spending.charge"}, testkit.Fields(err))
	c.Amount = testkit.Dec("-1")
	_, err = a.Settle(c, fees.Spending{Actual: testkit.Dec("-1")})
	assert.Equal(t, []string{"charge.amount"}, testkit.Fields(err))
	c = cleanCharge()
	_, err = a.Settle(c, fees.Spending{Actual: testkit.Dec("-1"), Published: day(2025, 2, 29)})
	assert.Equal(t, []string{"spending.actual", "spending.published"}, testkit.Fields(err))
}

func TestNewInputErrors(t *testing.T) {
	p := fees.DefaultPolicy()
	p.SettlementPublicationDays = -1
	c := testCatalog()
	c.Items[1].Kind = 0
	_, err := fees.New(p, c)
	assert.Equal(t, []string{"policy.settlement_publication_days", "catalog.items[1].kind"}, testkit.Fields(err))
}

func TestPolicyValidate(t *testing.T) {
	require.NoError(t, fees.DefaultPolicy().Validate())
	require.NoError(t, fees.Policy{}.Validate(), "the zero policy is valid: nothing forbidden, zero-day deadlines")
	p := fees.DefaultPolicy()
	p.Forbidden = append(p.Forbidden, "")
	p.CollectiveClothing = []fees.Category{"class-tshirts"}
	p.StudentSupplies = []fees.Category{"Uniform"}
	p.CommercialInsurance = []fees.Category{"9lives"}
	p.Compulsory = []fees.Category{fees.Tuition, "Boarding"}
	p.RuralAllowed = []fees.Category{fees.Category(strings.Repeat("a", 65))}
	p.SupplierSettlement = []fees.Category{"uni-form"}
	p.PublishLeadDays = -1
	p.SettlementPublicationDays = 367
	p.SupplierSettlementDays = 1000
	p.RegistrationDays = -1
	p.LeavingRefundBy = 4
	p.Calendar = houqin.Calendar{YearStart: houqin.MonthDay{Month: 13, Day: 1}, SpringStart: houqin.MonthDay{Month: 2, Day: 1}}
	assert.Equal(t, []string{
		"forbidden[8]", "collective_clothing[0]", "student_supplies[0]", "commercial_insurance[0]", "compulsory[1]", "rural_allowed[0]", "supplier_settlement[0]",
		"publish_lead_days", "settlement_publication_days", "supplier_settlement_days", "registration_days",
		"leaving_refund_by", "calendar.year_start",
	}, testkit.Fields(p.Validate()))
}

func TestCatalogValidate(t *testing.T) {
	require.NoError(t, testCatalog().Validate())
	require.NoError(t, fees.Catalog{}.Validate())
	c := fees.Catalog{Items: []fees.Item{
		{Code: "a", Kind: fees.Agency, Unit: fees.PerTerm, Standard: testkit.Dec("1"), Basis: "测价费〔2025〕1号"},
		{Code: "a", Kind: 9, Unit: 0, Standard: testkit.Dec("-1"), Basis: "测价费〔2025〕1号", Category: "Bad",
			Stages: []fees.Stage{fees.Primary, 0}, Grades: []int{0, 12, 13}, Shortfall: 3},
		{Code: "", Kind: fees.OneFee, Unit: fees.PerSet, Standard: testkit.Dec("0.001"), Basis: "测价费〔2025〕1号"},
		{Code: "", Kind: fees.OneFee, Unit: fees.PerSet},
		{Code: "blank basis", Kind: fees.OneFee, Unit: fees.PerSet, Basis: " \t"},
		{Code: "long basis", Kind: fees.OneFee, Unit: fees.PerSet, Basis: strings.Repeat("号", 43)}, // 129 bytes
		{Code: "longest basis", Kind: fees.OneFee, Unit: fees.PerSet, Basis: strings.Repeat("x", 128)},
		{Code: "refund by the week", Kind: fees.OneFee, Unit: fees.PerSet, Basis: "b", LeavingRefundBy: 4},
		{Code: strings.Repeat("c", 128), Kind: fees.OneFee, Unit: fees.PerSet, Basis: "b"}, // the longest code
		{Code: strings.Repeat("c", 129), Kind: fees.OneFee, Unit: fees.PerSet, Basis: "b"}, // one byte too long
	}}
	assert.Equal(t, []string{
		"items[1].kind", "items[1].unit", "items[1].category", "items[1].standard", "items[1].stages[1]",
		"items[1].grades[0]", "items[1].grades[2]", "items[1].shortfall", "items[1].code",
		"items[2].code", "items[2].standard",
		"items[3].code", "items[3].basis",
		"items[4].basis",
		"items[5].basis",
		"items[7].leaving_refund_by",
		"items[9].code",
	}, testkit.Fields(c.Validate()))
}

func TestParsePolicy(t *testing.T) {
	p, err := fees.ParsePolicy([]byte(`{"agency_top_up": true, "forbidden": [], "settlement_publication_days": 15}`))
	require.NoError(t, err)
	want := fees.DefaultPolicy()
	want.AgencyTopUp = true
	want.Forbidden = []fees.Category{}
	want.SettlementPublicationDays = 15
	assert.Equal(t, want, p)

	p, err = fees.ParsePolicy([]byte(`{"calendar": {"year_start": "08-25", "spring_start": "02-20"}}`))
	require.NoError(t, err)
	assert.Equal(t, houqin.MonthDay{Month: 8, Day: 25}, p.Calendar.YearStart)

	bad := []struct {
		name, json string
		want       []string
	}{
		{"unknown field", `{"agency_topup": true}`, []string{"agency_topup"}},
		{"wrong type", `{"publish_lead_days": "3"}`, []string{"publish_lead_days"}},
		{"syntax", `{"forbidden": [`, []string{""}},
		{"trailing data", `{} {}`, []string{""}},
		{"empty", ``, []string{""}},
		{"invalid value", `{"supplier_settlement_days": 400}`, []string{"supplier_settlement_days"}},
		{"bad category", `{"forbidden": ["Heating"]}`, []string{"forbidden[0]"}},
		{"bad calendar", `{"calendar": {"year_start": "13-01"}}`, []string{""}},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := fees.ParsePolicy([]byte(tt.json))
			assert.Equal(t, tt.want, testkit.Fields(err))
		})
	}
	_, err = fees.ParsePolicy(make([]byte, 16<<20+1))
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
}

func TestParseCatalog(t *testing.T) {
	c, err := fees.ParseCatalog([]byte(`{
		"region": "测试县",
		"items": [
			{"code": "uniform", "name": "学生装", "kind": "service", "category": "uniform", "unit": "set",
			 "standard": "80.00", "basis": "鄂价费规〔2012〕114号", "voluntary": true,
			 "stages": ["primary", "junior_secondary"], "grades": [1, 3, 4, 7, 9]},
			{"code": "books", "name": "作业本费", "kind": "agency", "unit": "term", "basis": "测价费〔2025〕1号", "standard": 10, "shortfall": "top_up"}
		]}`))
	require.NoError(t, err)
	assert.Equal(t, "测试县", c.Region)
	require.Len(t, c.Items, 2)
	assert.Equal(t, fees.Service, c.Items[0].Kind)
	assert.Equal(t, []int{1, 3, 4, 7, 9}, c.Items[0].Grades)
	assert.True(t, c.Items[1].Standard.Equal(testkit.Dec("10")))
	assert.Equal(t, fees.ShortfallTopUp, c.Items[1].Shortfall)

	bad := []struct {
		name, json string
		want       []string
	}{
		{"unknown kind", `{"items": [{"code": "a", "kind": "tax", "unit": "term", "basis": "测价费〔2025〕1号", "standard": "1"}]}`, []string{"items[0].kind"}},
		{"unknown unit", `{"items": [{}, {"code": "a", "kind": "agency", "unit": "week", "standard": "1"}]}`, []string{"items[1].unit"}},
		{"unknown field in an item", `{"items": [{"code": "a", "price": "1"}]}`, []string{"items[0].price"}},
		{"bad standard", `{"items": [{"code": "a", "kind": "agency", "unit": "term", "basis": "测价费〔2025〕1号", "standard": "abc"}]}`, []string{"items[0]"}},
		{"hostile standard", `{"items": [{"code": "a", "kind": "agency", "unit": "term", "basis": "测价费〔2025〕1号", "standard": 1e999999999}]}`, []string{"items[0]"}},
		{"validation after decoding", `{"items": [{"code": "a", "kind": "agency", "unit": "term", "basis": "测价费〔2025〕1号", "standard": "-1"}]}`, []string{"items[0].standard"}},
		{"not an object", `[]`, []string{""}},
		{"unknown top-level field", `{"items": [], "year": 2025}`, []string{"year"}},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := fees.ParseCatalog([]byte(tt.json))
			assert.Equal(t, tt.want, testkit.Fields(err))
		})
	}
}

func TestEnums(t *testing.T) {
	type enum interface {
		String() string
		MarshalText() ([]byte, error)
	}
	rows := []struct {
		v    enum
		name string
	}{
		{fees.Agency, "agency"}, {fees.OneFee, "one_fee"}, {fees.Service, "service"},
		{fees.PerClassHour, "class_hour"}, {fees.PerTerm, "term"},
		{fees.JuniorSecondary, "junior_secondary"}, {fees.Vocational, "vocational"},
		{fees.HandlerSuppliesPoint, "supplies_point"}, {fees.HandlerInsurerWindow, "insurer_window"},
		{fees.ShortfallTopUp, "top_up"}, {fees.ShortfallBorne, "borne"},
		{fees.Refund, "refund"}, {fees.Borne, "borne"},
		{fees.ByDay, "day"}, {fees.ByHalfMonth, "half_month"}, {fees.ByMonth, "month"},
	}
	for _, r := range rows {
		assert.Equal(t, r.name, r.v.String())
		b, err := r.v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, r.name, string(b))
	}
	out := []enum{fees.Kind(0), fees.Kind(4), fees.Unit(7), fees.Stage(6), fees.Handler(5), fees.Shortfall(3), fees.Outcome(5), fees.Granularity(4)}
	for _, v := range out {
		assert.Contains(t, v.String(), "(")
	}
	for _, v := range out[1:] {
		_, err := v.MarshalText()
		assert.ErrorIs(t, err, houqin.ErrInvalidInput, "%v", v)
	}
	b, err := fees.Kind(0).MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b, "the zero value encodes as empty text")

	var k fees.Kind
	require.NoError(t, k.UnmarshalText([]byte("service")))
	assert.Equal(t, fees.Service, k)
	require.NoError(t, k.UnmarshalText(nil))
	assert.Equal(t, fees.Kind(0), k)
	err = k.UnmarshalText([]byte("tax"))
	var ie *houqin.InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "kind", ie.Field)
	assert.Contains(t, ie.Reason, "one_fee, service or agency")
	var u fees.Unit
	require.NoError(t, u.UnmarshalText([]byte("month")))
	assert.Equal(t, fees.PerMonth, u)
	assert.Error(t, u.UnmarshalText([]byte("week")))
	var s fees.Stage
	require.NoError(t, s.UnmarshalText([]byte("kindergarten")))
	assert.Equal(t, fees.Kindergarten, s)
	assert.Error(t, s.UnmarshalText([]byte(strings.Repeat("长", 40))))
	var h fees.Handler
	require.NoError(t, h.UnmarshalText([]byte("provider")))
	assert.Equal(t, fees.HandlerProvider, h)
	assert.Error(t, h.UnmarshalText([]byte("teacher")))
	var sf fees.Shortfall
	require.NoError(t, sf.UnmarshalText([]byte("borne")))
	assert.Equal(t, fees.ShortfallBorne, sf)
	assert.Error(t, sf.UnmarshalText([]byte("x")))
	var g fees.Granularity
	require.NoError(t, g.UnmarshalText([]byte("half_month")))
	assert.Equal(t, fees.ByHalfMonth, g)
	assert.Error(t, g.UnmarshalText([]byte("week")))
	assert.True(t, fees.ByMonth.Valid())
	assert.False(t, fees.Granularity(0).Valid())
	var o fees.Outcome
	require.NoError(t, o.UnmarshalText([]byte("top_up")))
	assert.Equal(t, fees.TopUp, o)
	assert.Error(t, o.UnmarshalText([]byte("x")))

	assert.True(t, fees.Primary.Compulsory())
	assert.True(t, fees.JuniorSecondary.Compulsory())
	assert.False(t, fees.SeniorSecondary.Compulsory())
	assert.False(t, fees.Kindergarten.Compulsory())
	assert.True(t, fees.Agency.Valid())
	assert.False(t, fees.Kind(0).Valid())
	assert.True(t, fees.PerDay.Valid())
	assert.True(t, fees.Vocational.Valid())
	assert.True(t, fees.HandlerSchool.Valid())
}

func TestLabels(t *testing.T) {
	assert.Equal(t, "代收费", fees.Agency.Label(language.SimplifiedChinese))
	assert.Equal(t, "代收費", fees.Agency.Label(language.TraditionalChinese))
	assert.Equal(t, "agency fee", fees.Agency.Label(language.English))
	assert.Equal(t, "每生每学期", fees.PerTerm.Label(language.SimplifiedChinese))
	assert.Equal(t, "每課時", fees.PerClassHour.Label(language.TraditionalChinese))
	assert.Equal(t, "primary school", fees.Primary.Label(language.English))
	assert.Equal(t, "學生用品服務部", fees.HandlerSuppliesPoint.Label(language.TraditionalChinese))
	assert.Equal(t, "按半月", fees.ByHalfMonth.Label(language.SimplifiedChinese))
	assert.Equal(t, "by the month", fees.ByMonth.Label(language.English))
	assert.Equal(t, "Kind(9)", fees.Kind(9).Label(language.English))
	// Every value has a label of its own in each language: a value without
	// one would show its name.
	type labelled interface {
		String() string
		Label(language.Tag) string
	}
	var all []labelled
	for k := fees.OneFee; k <= fees.Agency; k++ {
		all = append(all, k)
	}
	for u := fees.PerTerm; u <= fees.PerClassHour; u++ {
		all = append(all, u)
	}
	for s := fees.Kindergarten; s <= fees.Vocational; s++ {
		all = append(all, s)
	}
	for h := fees.HandlerSchool; h <= fees.HandlerProvider; h++ {
		all = append(all, h)
	}
	for g := fees.ByDay; g <= fees.ByMonth; g++ {
		all = append(all, g)
	}
	for _, v := range all {
		zh, zht, en := v.Label(language.SimplifiedChinese), v.Label(language.TraditionalChinese), v.Label(language.English)
		assert.NotEqual(t, v.String(), zh, v)
		assert.NotEqual(t, v.String(), zht, v)
		assert.NotEmpty(t, en, v)
		assert.NotEqual(t, zh, en, v)
	}
}

func TestCategoryValidate(t *testing.T) {
	// 64 bytes is the longest category; 65 is one too many.
	for _, c := range []fees.Category{fees.Handouts, fees.CampusSecurity, "a", "x9_y", fees.Category(strings.Repeat("a", 64))} {
		assert.NoError(t, c.Validate(), c)
	}
	for _, c := range []fees.Category{"", "9a", "_a", "A", "a-b", "a b", fees.Category(strings.Repeat("a", 65))} {
		assert.ErrorIs(t, c.Validate(), houqin.ErrInvalidInput, c)
	}
}

func TestErrorsAreInputErrors(t *testing.T) {
	// A non-InputError never leaks from the parsers.
	for _, s := range []string{`{"items": 5}`, `nul`, `{"items": [1]}`, `{"items": [{"grades": ["x"]}]}`} {
		_, err := fees.ParseCatalog([]byte(s))
		var ie *houqin.InputError
		assert.True(t, errors.As(err, &ie), "%s: %v", s, err)
	}
}

func TestOneFeePolicyValidate(t *testing.T) {
	p := fees.DefaultPolicy()
	p.OneFee.Caps = append(p.OneFee.Caps,
		fees.OneFeeCap{Stage: fees.Primary, Rural: true, Cap: testkit.Dec("150.00")}, // a second rural primary cap
		fees.OneFeeCap{Cap: testkit.Dec("100.00")},                                   // no stage
		fees.OneFeeCap{Stage: fees.Primary, Cap: testkit.Dec("-1.00")},               // urban primary, negative
		fees.OneFeeCap{Stage: fees.JuniorSecondary, Cap: testkit.Dec("0.001")},
	)
	p.OneFee.Categories = []fees.Category{"Textbooks"}
	p.OneFee.Float = testkit.Dec("0.20000001")
	assert.Equal(t, []string{
		"one_fee.caps[2].stage", "one_fee.caps[3].stage", "one_fee.caps[4].cap", "one_fee.caps[5].cap",
		"one_fee.float", "one_fee.categories[0]",
	}, testkit.Fields(p.Validate()))
	for _, f := range []string{"0", "0.2", "0.12345678"} {
		p := fees.DefaultPolicy()
		p.OneFee.Float = testkit.Dec(f)
		assert.NoError(t, p.Validate(), f)
	}
	for _, f := range []string{"-0.01", "0.200000001", "1e30"} {
		p := fees.DefaultPolicy()
		p.OneFee.Float = testkit.Dec(f)
		assert.Equal(t, []string{"one_fee.float"}, testkit.Fields(p.Validate()), f)
	}
}

func TestParseOneFeePolicy(t *testing.T) {
	// A region writes only what differs: the caps stay the national ones.
	p, err := fees.ParsePolicy([]byte(`{"one_fee": {"enabled": true, "float": "0.2"}}`))
	require.NoError(t, err)
	assert.True(t, p.OneFee.Enabled)
	assert.Len(t, p.OneFee.Caps, 2)
	testkit.AssertYuan(t, "0.2", p.OneFee.Float)
	_, err = fees.ParsePolicy([]byte(`{"one_fee": {"caps": [{"stage": "primary", "cap": "-5"}], "float": 0.3}}`))
	assert.Equal(t, []string{"one_fee.caps[0].cap", "one_fee.float"}, testkit.Fields(err))
}
