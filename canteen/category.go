package canteen

import (
	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/enum"
	"golang.org/x/text/language"
)

// Category is the kind of a spending line. It is an enum that starts at 1,
// so that the zero Category means "not set" and is refused as input. The
// first five kinds are canteen cost (wages only where the region's policy
// says so, see [Policy.WagesBudgetFunded]); the six from StaffWelfare to
// BuildingDepreciation are never canteen cost: booked on the canteen's
// accounts they hide a surplus, and the check adds them back
// ([CodeDisguisedSurplus]). The last three (Office, BankCharges, Taxes) are
// the management and financial costs of a contracted canteen's statement:
// canteen cost unless the region's [Policy.ExcludedCosts] says otherwise.
//
// A Category encodes in JSON by its name: "food", "staff_welfare", ….
type Category uint8

// The spending categories.
const (
	// Food is food and ingredients (食材): rice, flour, oil, vegetables,
	// meat, condiments. Canteen cost.
	Food Category = iota + 1
	// FuelUtilities is fuel, water and electricity (燃料及水电), metered for
	// the canteen. Canteen cost.
	FuelUtilities
	// Wages is the pay of canteen workers (食堂从业人员工资). Canteen cost
	// unless [Policy.WagesBudgetFunded] says the government budget pays them.
	Wages
	// Equipment is the canteen's own purchases and repairs of equipment and
	// utensils (设备购置及维修). Canteen cost.
	Equipment
	// OtherCost is other operating spending of the canteen (其他支出):
	// cleaning supplies, disinfection, food-sample containers. Canteen cost.
	OtherCost
	// StaffWelfare is welfare and bonuses for teachers and staff
	// (教职工福利及奖金): never canteen cost
	// (监利县学校后勤管理工作会议讲话（上半年工作总结）;
	// 农村义务教育学生营养改善计划实施细则).
	StaffWelfare
	// StaffMeals is free or subsidised meals of teachers and staff
	// (教职工伙食): never canteen cost
	// (农村义务教育学生营养改善计划实施细则).
	StaffMeals
	// Entertainment is hospitality and receptions (招待费): never canteen
	// cost (农村义务教育学生营养改善计划实施细则).
	Entertainment
	// SchoolTransfer is money transferred to the school's own funds
	// (转入学校经费): never canteen cost: a canteen is not the school's
	// source of income (监利县学校后勤管理工作会议讲话（上半年工作总结）).
	SchoolTransfer
	// GovernmentPaid is an item the government budget already paid for, such
	// as equipment or staff (财政已支付项目): never canteen cost
	// (农村义务教育学生营养改善计划实施细则).
	GovernmentPaid
	// BuildingDepreciation is depreciation of the canteen building
	// (房屋折旧): never canteen cost (regional rules on canteen accounts:
	// Xi'an 2025).
	BuildingDepreciation

	// Office is the office costs of the canteen's management (办公费), a
	// management cost (管理费用) as a contracted canteen's statement books
	// it. Canteen cost unless the region's [Policy.ExcludedCosts] lists it.
	Office
	// BankCharges is bank charges on the canteen's account (手续费), a
	// financial cost (财务费用). Canteen cost unless [Policy.ExcludedCosts]
	// lists it.
	BankCharges
	// Taxes is taxes a contracted canteen pays (税费). Canteen cost unless
	// [Policy.ExcludedCosts] lists it.
	Taxes

	numCategories = iota + 1 // one more than the last category
)

var categoryCodec = enum.New("Category", "category",
	enum.Value{},
	enum.Value{Name: "food", Hans: "食材", Hant: "食材", En: "food"},
	enum.Value{Name: "fuel_utilities", Hans: "燃料及水电", Hant: "燃料及水電", En: "fuel and utilities"},
	enum.Value{Name: "wages", Hans: "食堂从业人员工资", Hant: "食堂從業人員工資", En: "canteen workers' wages"},
	enum.Value{Name: "equipment", Hans: "设备购置及维修", Hant: "設備購置及維修", En: "equipment and repairs"},
	enum.Value{Name: "other", Hans: "其他支出", Hant: "其他支出", En: "other spending"},
	enum.Value{Name: "staff_welfare", Hans: "教职工福利及奖金", Hant: "教職工福利及獎金", En: "staff welfare and bonuses"},
	enum.Value{Name: "staff_meals", Hans: "教职工伙食", Hant: "教職工伙食", En: "staff meals"},
	enum.Value{Name: "entertainment", Hans: "招待费", Hant: "招待費", En: "entertainment"},
	enum.Value{Name: "school_transfer", Hans: "转入学校经费", Hant: "轉入學校經費", En: "transfers to school funds"},
	enum.Value{Name: "government_paid", Hans: "财政已支付项目", Hant: "財政已支付項目", En: "items the government already paid for"},
	enum.Value{Name: "building_depreciation", Hans: "房屋折旧", Hant: "房屋折舊", En: "building depreciation"},
	enum.Value{Name: "office", Hans: "办公费", Hant: "辦公費", En: "office costs"},
	enum.Value{Name: "bank_charges", Hans: "银行手续费", Hant: "銀行手續費", En: "bank charges"},
	enum.Value{Name: "taxes", Hans: "税费", Hant: "稅費", En: "taxes"},
)

// Categories returns every spending category, in order.
func Categories() []Category { return all[Category](numCategories) }

// Valid reports whether c is one of the spending categories.
func (c Category) Valid() bool { return categoryCodec.Valid(uint8(c)) }

// NeverCost reports whether c is never canteen cost, whatever the region:
// staff welfare and bonuses, staff meals, entertainment, transfers to school
// funds, items the government already paid for, building depreciation.
// Wages are not among them: whether they are canteen cost is the policy's
// [Policy.WagesBudgetFunded]; nor are the costs of management that regions
// count differently (office costs, bank charges, taxes: see
// [Policy.ExcludedCosts]). In an account of staff meals ([AccountStaff]),
// StaffMeals is that account's own cost: see [Account].
func (c Category) NeverCost() bool { return c >= StaffWelfare && c <= BuildingDepreciation }

// String returns the name of c, "food" or "staff_welfare", and
// "Category(n)" for a value out of range, the zero value included.
func (c Category) String() string { return categoryCodec.String(uint8(c)) }

// MarshalText encodes c by its name; it refuses the zero Category and a
// value out of range with an *houqin.InputError.
func (c Category) MarshalText() ([]byte, error) {
	return marshalText(categoryCodec, uint8(c), "category", "category")
}

// UnmarshalText decodes a name written by [Category.MarshalText]. It
// returns an *houqin.InputError for field "category" for any other text.
func (c *Category) UnmarshalText(b []byte) error {
	return unmarshalText(c, categoryCodec, b, "category", "spending category", "")
}

// Label names c for a reader of the language matched from tag: 食材,
// 教职工福利及奖金; "food", "staff welfare and bonuses".
func (c Category) Label(tag language.Tag) string { return categoryCodec.Label(tag, uint8(c)) }

// IncomeCategory is the kind of an income line. Like [Category] it starts
// at 1, so that the zero value means "not set". Every kind but ShopRent and
// PublicFunds is the canteen's operating revenue (营业收入); shop rent is not
// canteen income and is left out of the revenue ([CodeNonCanteenIncome]),
// and the school's public funds covering a deficit are left out of it and
// reported ([CodeDeficitCovered]).
//
// An IncomeCategory encodes in JSON by its name: "meal_fees", ….
type IncomeCategory uint8

// The income categories.
const (
	// MealFees is what pupils and staff pay for meals (伙食费收入).
	MealFees IncomeCategory = iota + 1
	// NutritionSubsidy is the rural nutrition-improvement subsidy
	// (营养改善计划膳食补助), spent wholly on food.
	NutritionSubsidy
	// Donations are gifts to the canteen (捐赠收入).
	Donations
	// OtherIncome is other operating income of the canteen (其他收入).
	OtherIncome
	// ShopRent is rent from shops and stalls (商铺租金): not canteen income
	// (regional rules on canteen accounts: Zhangjiajie 2012; Xi'an 2025).
	ShopRent
	// Interest is interest on the canteen's bank account (利息收入):
	// operating revenue of the account that earns it.
	Interest
	// PublicFunds is money from the school's public funds (学校公用经费)
	// booked to cover the canteen's deficit: not operating revenue, so that
	// the deficit it covers stays in sight, and reported
	// ([CodeDeficitCovered]).
	PublicFunds

	numIncomeCategories = iota + 1
)

var incomeCodec = enum.New("IncomeCategory", "category",
	enum.Value{},
	enum.Value{Name: "meal_fees", Hans: "伙食费收入", Hant: "伙食費收入", En: "meal fees"},
	enum.Value{Name: "nutrition_subsidy", Hans: "营养膳食补助", Hant: "營養膳食補助", En: "nutrition subsidy"},
	enum.Value{Name: "donations", Hans: "捐赠收入", Hant: "捐贈收入", En: "donations"},
	enum.Value{Name: "other", Hans: "其他收入", Hant: "其他收入", En: "other income"},
	enum.Value{Name: "shop_rent", Hans: "商铺租金", Hant: "商鋪租金", En: "shop rent"},
	enum.Value{Name: "interest", Hans: "利息收入", Hant: "利息收入", En: "interest"},
	enum.Value{Name: "public_funds", Hans: "学校公用经费弥补", Hant: "學校公用經費彌補", En: "school public funds"},
)

// IncomeCategories returns every income category, in order.
func IncomeCategories() []IncomeCategory { return all[IncomeCategory](numIncomeCategories) }

// Valid reports whether c is one of the income categories.
func (c IncomeCategory) Valid() bool { return incomeCodec.Valid(uint8(c)) }

// Revenue reports whether income of kind c is the canteen's operating
// revenue: every kind but ShopRent and PublicFunds.
func (c IncomeCategory) Revenue() bool { return c.Valid() && c != ShopRent && c != PublicFunds }

// String returns the name of c, "meal_fees", and "IncomeCategory(n)" for a
// value out of range, the zero value included.
func (c IncomeCategory) String() string { return incomeCodec.String(uint8(c)) }

// MarshalText encodes c by its name; it refuses the zero value and a value
// out of range with an *houqin.InputError.
func (c IncomeCategory) MarshalText() ([]byte, error) {
	return marshalText(incomeCodec, uint8(c), "category", "income category")
}

// UnmarshalText decodes a name written by [IncomeCategory.MarshalText]. It
// returns an *houqin.InputError for field "category" for any other text.
func (c *IncomeCategory) UnmarshalText(b []byte) error {
	return unmarshalText(c, incomeCodec, b, "category", "income category", "")
}

// Label names c for a reader of the language matched from tag: 伙食费收入,
// "meal fees".
func (c IncomeCategory) Label(tag language.Tag) string { return incomeCodec.Label(tag, uint8(c)) }

// all returns the values of an enum that starts at 1, up to n excluded.
func all[T ~uint8](n T) []T {
	out := make([]T, 0, n-1)
	for v := T(1); v < n; v++ {
		out = append(out, v)
	}
	return out
}

// marshalText encodes v by its name, and refuses a value without one with
// an *houqin.InputError for field: "unknown income category
// IncomeCategory(0)".
func marshalText(c *enum.Codec, v uint8, field, what string) ([]byte, error) {
	if !c.Valid(v) {
		return nil, houqin.Invalid(field, "unknown "+what+" "+c.String(v))
	}
	b, _ := c.Marshal(v)
	return b, nil
}

// unmarshalText decodes a name into *p, and refuses any other text, the
// empty text included, with an *houqin.InputError for field: `unknown
// spending category "bonus"`, followed by hint.
func unmarshalText[T ~uint8](p *T, c *enum.Codec, b []byte, field, what, hint string) error {
	v, why := c.Parse(b)
	if why != "" || v == 0 {
		return houqin.Invalid(field, "unknown "+what+" "+clip.Quote(string(b), 40)+hint)
	}
	*p = T(v)
	return nil
}
