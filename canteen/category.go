package canteen

import (
	"strconv"

	"github.com/houqin-go/houqin"
	"golang.org/x/text/language"
)

// Category is the kind of a spending line. It is an enum that starts at 1,
// so that the zero Category means "not set" and is refused as input. The
// first five kinds are canteen cost (wages only where the region's policy
// says so, see [Policy.WagesBudgetFunded]); the others are never canteen
// cost: booked on the canteen's accounts they hide a surplus, and the check
// adds them back ([CodeDisguisedSurplus]).
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

	numCategories = iota + 1 // one more than the last category
)

var categoryNames = [numCategories]string{
	Food:                 "food",
	FuelUtilities:        "fuel_utilities",
	Wages:                "wages",
	Equipment:            "equipment",
	OtherCost:            "other",
	StaffWelfare:         "staff_welfare",
	StaffMeals:           "staff_meals",
	Entertainment:        "entertainment",
	SchoolTransfer:       "school_transfer",
	GovernmentPaid:       "government_paid",
	BuildingDepreciation: "building_depreciation",
}

// Categories returns every spending category, in order.
func Categories() []Category {
	out := make([]Category, 0, numCategories-1)
	for c := Food; c < numCategories; c++ {
		out = append(out, c)
	}
	return out
}

// Valid reports whether c is one of the spending categories.
func (c Category) Valid() bool { return c >= Food && c < numCategories }

// NeverCost reports whether c is never canteen cost, whatever the region:
// staff welfare and bonuses, staff meals, entertainment, transfers to school
// funds, items the government already paid for, building depreciation.
// Wages are not among them: whether they are canteen cost is the policy's
// [Policy.WagesBudgetFunded].
func (c Category) NeverCost() bool { return c >= StaffWelfare && c < numCategories }

// String returns the name of c, "food" or "staff_welfare", and
// "Category(n)" for a value out of range, the zero value included.
func (c Category) String() string {
	if c.Valid() {
		return categoryNames[c]
	}
	return "Category(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText encodes c by its name; it refuses the zero Category and a
// value out of range with an *houqin.InputError.
func (c Category) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, houqin.Invalid("category", "unknown category "+c.String())
	}
	return []byte(categoryNames[c]), nil
}

// UnmarshalText decodes a name written by [Category.MarshalText]. It
// returns an *houqin.InputError for field "category" for any other text.
func (c *Category) UnmarshalText(b []byte) error {
	for v := Food; v < numCategories; v++ {
		if string(b) == categoryNames[v] {
			*c = v
			return nil
		}
	}
	return houqin.Invalid("category", "unknown spending category "+quote(b))
}

// Label names c for a reader of the language matched from tag: 食材,
// 教职工福利及奖金; "food", "staff welfare and bonuses".
func (c Category) Label(tag language.Tag) string {
	if !c.Valid() {
		return c.String()
	}
	return houqin.Localize(tag, houqin.Code("canteen.category."+categoryNames[c]))
}

// IncomeCategory is the kind of an income line. Like [Category] it starts
// at 1, so that the zero value means "not set". Every kind but ShopRent is
// the canteen's operating revenue (营业收入); shop rent is not canteen income
// and is left out of the revenue ([CodeNonCanteenIncome]).
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

	numIncomeCategories = iota + 1
)

var incomeNames = [numIncomeCategories]string{
	MealFees:         "meal_fees",
	NutritionSubsidy: "nutrition_subsidy",
	Donations:        "donations",
	OtherIncome:      "other",
	ShopRent:         "shop_rent",
}

// IncomeCategories returns every income category, in order.
func IncomeCategories() []IncomeCategory {
	out := make([]IncomeCategory, 0, numIncomeCategories-1)
	for c := MealFees; c < numIncomeCategories; c++ {
		out = append(out, c)
	}
	return out
}

// Valid reports whether c is one of the income categories.
func (c IncomeCategory) Valid() bool { return c >= MealFees && c < numIncomeCategories }

// Revenue reports whether income of kind c is the canteen's operating
// revenue: every kind but ShopRent.
func (c IncomeCategory) Revenue() bool { return c.Valid() && c != ShopRent }

// String returns the name of c, "meal_fees", and "IncomeCategory(n)" for a
// value out of range, the zero value included.
func (c IncomeCategory) String() string {
	if c.Valid() {
		return incomeNames[c]
	}
	return "IncomeCategory(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText encodes c by its name; it refuses the zero value and a value
// out of range with an *houqin.InputError.
func (c IncomeCategory) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, houqin.Invalid("category", "unknown income category "+c.String())
	}
	return []byte(incomeNames[c]), nil
}

// UnmarshalText decodes a name written by [IncomeCategory.MarshalText]. It
// returns an *houqin.InputError for field "category" for any other text.
func (c *IncomeCategory) UnmarshalText(b []byte) error {
	for v := MealFees; v < numIncomeCategories; v++ {
		if string(b) == incomeNames[v] {
			*c = v
			return nil
		}
	}
	return houqin.Invalid("category", "unknown income category "+quote(b))
}

// Label names c for a reader of the language matched from tag: 伙食费收入,
// "meal fees".
func (c IncomeCategory) Label(tag language.Tag) string {
	if !c.Valid() {
		return c.String()
	}
	return houqin.Localize(tag, houqin.Code("canteen.income."+incomeNames[c]))
}

// quote quotes input text for an error message, cut to a readable length.
func quote(b []byte) string {
	s := string(b)
	if len(s) > 40 {
		n := 40
		for n > 0 && s[n]&0xC0 == 0x80 {
			n--
		}
		s = s[:n] + "…"
	}
	return strconv.Quote(s)
}
