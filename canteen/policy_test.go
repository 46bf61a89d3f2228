package canteen_test

import (
	"encoding/json"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestPolicyValidate(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*canteen.Policy)
		fields []string
	}{
		{"default", func(*canteen.Policy) {}, nil},
		{"ceiling 0 (Xi'an)", func(p *canteen.Policy) { p.SurplusCeiling = decimal.Zero }, nil},
		{"ceiling 100%", func(p *canteen.Policy) { p.SurplusCeiling = testkit.Dec("1") }, nil},
		{"ceiling above 100%", func(p *canteen.Policy) { p.SurplusCeiling = testkit.Dec("1.00000001") }, []string{"policy.surplus_ceiling"}},
		{"negative ceiling", func(p *canteen.Policy) { p.SurplusCeiling = testkit.Dec("-0.05") }, []string{"policy.surplus_ceiling"}},
		{"ceiling with nine decimals", func(p *canteen.Policy) { p.SurplusCeiling = testkit.Dec("0.050000001") }, []string{"policy.surplus_ceiling"}},
		{"ceiling with a hostile exponent", func(p *canteen.Policy) { p.SurplusCeiling = decimal.New(5, -1_000_000_000) }, []string{"policy.surplus_ceiling"}},
		{"tolerance above 100%", func(p *canteen.Policy) { p.DeficitTolerance = testkit.Dec("2") }, []string{"policy.deficit_tolerance"}},
		{"scope unset", func(p *canteen.Policy) { p.CeilingScope = 0 }, []string{"policy.ceiling_scope"}},
		{"scope unknown", func(p *canteen.Policy) { p.CeilingScope = 9 }, []string{"policy.ceiling_scope"}},
		{"no staples", func(p *canteen.Policy) { p.Staples = nil }, nil},
		{"empty staple", func(p *canteen.Policy) { p.Staples = []string{"rice", ""} }, []string{"policy.staples[1]"}},
		{"duplicate staple", func(p *canteen.Policy) { p.Staples = []string{"rice", "oil", "rice"} }, []string{"policy.staples[2]"}},
		{"long staple", func(p *canteen.Policy) { p.Staples = []string{string(make([]byte, 257))} }, []string{"policy.staples[0]"}},
		{"staffing not checked", func(p *canteen.Policy) { p.DinersPerWorker = 0 }, nil},
		{"negative staffing ratio", func(p *canteen.Policy) { p.DinersPerWorker = -1 }, []string{"policy.diners_per_worker"}},
		{"absurd staffing ratio", func(p *canteen.Policy) { p.DinersPerWorker = 1_000_001 }, []string{"policy.diners_per_worker"}},
		{"every problem at once", func(p *canteen.Policy) {
			p.SurplusCeiling = testkit.Dec("1.5")
			p.DeficitTolerance = testkit.Dec("-1")
			p.CeilingScope = 0
			p.Staples = []string{""}
			p.DinersPerWorker = -5
		}, []string{"policy.surplus_ceiling", "policy.deficit_tolerance", "policy.ceiling_scope", "policy.staples[0]", "policy.diners_per_worker"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := canteen.DefaultPolicy()
			tt.edit(&p)
			err := p.Validate()
			chk, nerr := canteen.New(p)
			if tt.fields == nil {
				assert.NoError(t, err)
				assert.NoError(t, nerr)
				assert.NotNil(t, chk)
				return
			}
			assert.ErrorIs(t, err, houqin.ErrInvalidInput)
			assert.Equal(t, tt.fields, testkit.Fields(err))
			assert.ErrorIs(t, nerr, houqin.ErrInvalidInput)
			assert.Nil(t, chk)
		})
	}
	assert.Error(t, canteen.Policy{}.Validate(), "the zero Policy has no scope")
}

func TestCheckerPolicyIsACopy(t *testing.T) {
	p := canteen.DefaultPolicy()
	chk, err := canteen.New(p)
	require.NoError(t, err)
	p.Staples[0] = "changed"
	got := chk.Policy()
	assert.Equal(t, canteen.DefaultPolicy(), got)
	got.Staples[0] = "changed again"
	assert.Equal(t, canteen.DefaultPolicy(), chk.Policy())
}

func TestParsePolicy(t *testing.T) {
	tests := []struct {
		name   string
		json   string
		want   func(*canteen.Policy)
		fields []string // nil: valid
	}{
		{name: "empty object keeps the defaults", json: `{}`, want: func(*canteen.Policy) {}},
		{name: "Zhenjiang: 3% each month", json: `{"surplus_ceiling": "0.03", "ceiling_scope": "each"}`,
			want: func(p *canteen.Policy) { p.SurplusCeiling = testkit.Dec("0.03"); p.CeilingScope = canteen.ScopeEach }},
		{name: "Shandong: 5% a year", json: `{"ceiling_scope": "rollup"}`,
			want: func(p *canteen.Policy) { p.CeilingScope = canteen.ScopeRollup }},
		{name: "numbers for ratios", json: `{"surplus_ceiling": 0, "deficit_tolerance": 0.01}`,
			want: func(p *canteen.Policy) { p.SurplusCeiling = decimal.Zero; p.DeficitTolerance = testkit.Dec("0.01") }},
		{name: "every field", json: `{"surplus_ceiling":"0.05","ceiling_scope":"both","deficit_tolerance":"0","wages_budget_funded":true,
			"require_voucher":false,"require_approver":false,"staples":["rice","flour","oil","meat"],"diners_per_worker":80}`,
			want: func(p *canteen.Policy) {
				p.WagesBudgetFunded, p.RequireVoucher, p.RequireApprover = true, false, false
				p.Staples = []string{"rice", "flour", "oil", "meat"}
				p.DinersPerWorker = 80
			}},
		{name: "ceiling above 100%", json: `{"surplus_ceiling": "1.05"}`, fields: []string{"policy.surplus_ceiling"}},
		{name: "unknown scope", json: `{"ceiling_scope": "monthly"}`, fields: []string{"policy.ceiling_scope"}},
		{name: "unknown field", json: `{"surplus_cieling": "0.05"}`, fields: []string{"policy.surplus_cieling"}},
		{name: "wrong type", json: `{"diners_per_worker": "100"}`, fields: []string{"policy.diners_per_worker"}},
		{name: "not a decimal", json: `{"surplus_ceiling": "five percent"}`, fields: []string{"policy"}},
		{name: "not JSON", json: `surplus_ceiling: 0.05`, fields: []string{"policy"}},
		{name: "trailing data", json: `{} {}`, fields: []string{"policy"}},
		{name: "empty", json: ``, fields: []string{"policy"}},
		{name: "two problems", json: `{"surplus_ceiling": "-1", "staples": ["rice", "rice"]}`, fields: []string{"policy.surplus_ceiling", "policy.staples[1]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := canteen.ParsePolicy([]byte(tt.json))
			if tt.fields != nil {
				assert.ErrorIs(t, err, houqin.ErrInvalidInput)
				assert.Equal(t, tt.fields, testkit.Fields(err))
				return
			}
			require.NoError(t, err)
			want := canteen.DefaultPolicy()
			tt.want(&want)
			assert.True(t, want.SurplusCeiling.Equal(got.SurplusCeiling))
			assert.True(t, want.DeficitTolerance.Equal(got.DeficitTolerance))
			want.SurplusCeiling, got.SurplusCeiling = decimal.Zero, decimal.Zero
			want.DeficitTolerance, got.DeficitTolerance = decimal.Zero, decimal.Zero
			assert.Equal(t, want, got)
		})
	}
}

func TestPolicyJSONRoundTrip(t *testing.T) {
	p := canteen.DefaultPolicy()
	p.CeilingScope = canteen.ScopeRollup
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"surplus_ceiling":"0.05","ceiling_scope":"rollup","deficit_tolerance":"0","wages_budget_funded":false,
		"require_voucher":true,"require_approver":true,"staples":["rice","flour","oil","soy_sauce","vinegar"],"diners_per_worker":100,
		"sample_grams":"125","sample_hours":48,"accompanied_meals":true,"certificate_months":12,
		"subsidy_rates":[{"from":"2011-09-01","rate":"3"},{"from":"2014-11-01","rate":"4"},{"from":"2021-09-01","rate":"5"}],
		"subsidy_top_up":"0","subsidy_balance_tolerance":"0","subsidy_publish_days":5,
		"calendar":{"year_start":"09-01","spring_start":"02-01"},
		"ceiling_accounts":["pupils"],"excluded_costs":[],"balance_ceiling":"0","require_meter":true,"food_cost_floor":"0","statement_due_day":5}`, string(b))
	got, err := canteen.ParsePolicy(b)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(must(json.Marshal(got))))

	_, err = json.Marshal(canteen.Policy{})
	assert.ErrorIs(t, err, houqin.ErrInvalidInput, "the zero scope does not encode")
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestCategoryText(t *testing.T) {
	for _, c := range canteen.Categories() {
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back canteen.Category
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, c, back)
		assert.Equal(t, string(b), c.String())
		assert.True(t, c.Valid())
		for _, tag := range testkit.Languages() {
			assert.NotEmpty(t, c.Label(tag))
			assert.NotContains(t, c.Label(tag), "canteen.")
		}
	}
	assert.Len(t, canteen.Categories(), 14)
	assert.False(t, canteen.Category(0).Valid())
	assert.False(t, canteen.Category(15).Valid())
	assert.Equal(t, "Category(0)", canteen.Category(0).String())
	assert.Equal(t, "Category(15)", canteen.Category(15).String())
	assert.Equal(t, "Category(0)", canteen.Category(0).Label(language.English))
	assert.Equal(t, "教职工福利及奖金", canteen.StaffWelfare.Label(language.SimplifiedChinese))
	assert.Equal(t, "教職工福利及獎金", canteen.StaffWelfare.Label(language.TraditionalChinese))
	assert.Equal(t, "building depreciation", canteen.BuildingDepreciation.Label(language.English))
	_, err := canteen.Category(0).MarshalText()
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	var c canteen.Category
	for _, bad := range []string{"", "Food", "bonus", "food ", string(make([]byte, 100))} {
		err := c.UnmarshalText([]byte(bad))
		assert.ErrorIs(t, err, houqin.ErrInvalidInput, bad)
	}

	never := map[canteen.Category]bool{}
	for _, c := range canteen.Categories() {
		never[c] = c.NeverCost()
	}
	assert.Equal(t, map[canteen.Category]bool{
		canteen.Food: false, canteen.FuelUtilities: false, canteen.Wages: false, canteen.Equipment: false, canteen.OtherCost: false,
		canteen.StaffWelfare: true, canteen.StaffMeals: true, canteen.Entertainment: true, canteen.SchoolTransfer: true,
		canteen.GovernmentPaid: true, canteen.BuildingDepreciation: true,
		canteen.Office: false, canteen.BankCharges: false, canteen.Taxes: false,
	}, never)
	assert.False(t, canteen.Category(0).NeverCost())
	assert.False(t, canteen.Category(200).NeverCost())
}

func TestIncomeCategoryText(t *testing.T) {
	for _, c := range canteen.IncomeCategories() {
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back canteen.IncomeCategory
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, c, back)
		assert.Equal(t, c != canteen.ShopRent && c != canteen.PublicFunds, c.Revenue())
		for _, tag := range testkit.Languages() {
			assert.NotContains(t, c.Label(tag), "canteen.")
		}
	}
	assert.Len(t, canteen.IncomeCategories(), 7)
	assert.Equal(t, "IncomeCategory(0)", canteen.IncomeCategory(0).String())
	assert.Equal(t, "IncomeCategory(9)", canteen.IncomeCategory(9).Label(language.English))
	assert.Equal(t, "商鋪租金", canteen.ShopRent.Label(language.TraditionalChinese))
	assert.False(t, canteen.IncomeCategory(0).Revenue())
	_, err := canteen.IncomeCategory(8).MarshalText()
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	var c canteen.IncomeCategory
	assert.ErrorIs(t, c.UnmarshalText([]byte("rent")), houqin.ErrInvalidInput)
}

func TestScopeText(t *testing.T) {
	for _, s := range []canteen.Scope{canteen.ScopeEach, canteen.ScopeRollup, canteen.ScopeBoth} {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back canteen.Scope
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
		assert.True(t, s.Valid())
	}
	assert.Equal(t, "Scope(0)", canteen.Scope(0).String())
	assert.False(t, canteen.Scope(4).Valid())
	var s canteen.Scope
	assert.ErrorIs(t, s.UnmarshalText([]byte("yearly")), houqin.ErrInvalidInput)
}
