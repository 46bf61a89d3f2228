package canteen

import (
	"slices"
	"strconv"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/enum"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
)

// Scope says which periods the break-even rules (the surplus ceiling and
// the deficit warning) speak of: each statement checked on its own, the
// roll-up of a term or a year, or both. It starts at 1, so that the zero
// Scope means "not set", which [Policy.Validate] refuses.
//
// A Scope encodes in JSON as "each", "rollup" or "both".
type Scope uint8

// The scopes.
const (
	// ScopeEach applies the rules to each statement [Checker.Check] checks,
	// whatever its period: the reading of a region that settles and publishes
	// its canteens' accounts each month (3% a month in Zhenjiang's
	// kindergartens).
	ScopeEach Scope = iota + 1
	// ScopeRollup applies them only to the roll-up [Checker.Rollup] builds
	// (5% of a year's revenue, as for Shandong's university canteens); a
	// single month may then run above the ceiling as long as the year does
	// not.
	ScopeRollup
	// ScopeBoth applies them to each statement and to the roll-up: the
	// reading of 监利县学校后勤管理工作会议讲话（上半年工作总结）, in which
	// the ceiling holds for every period reported (month, term, year).
	ScopeBoth
)

var scopeCodec = enum.New("Scope", "scope",
	enum.Value{}, enum.Value{Name: "each"}, enum.Value{Name: "rollup"}, enum.Value{Name: "both"})

// scopeHint lists the scopes for a reason.
var scopeHint = " (want " + scopeCodec.List() + ")"

// Valid reports whether s is one of the scopes.
func (s Scope) Valid() bool { return scopeCodec.Valid(uint8(s)) }

// String returns "each", "rollup" or "both", and "Scope(n)" otherwise.
func (s Scope) String() string { return scopeCodec.String(uint8(s)) }

// MarshalText encodes s by its name; it refuses a value out of range with
// an *houqin.InputError.
func (s Scope) MarshalText() ([]byte, error) {
	return marshalText(scopeCodec, uint8(s), "ceiling_scope", "scope")
}

// UnmarshalText decodes "each", "rollup" or "both"; it returns an
// *houqin.InputError for field "ceiling_scope" for any other text.
func (s *Scope) UnmarshalText(b []byte) error {
	return unmarshalText(s, scopeCodec, b, "ceiling_scope", "scope", scopeHint)
}

func (s Scope) each() bool   { return s == ScopeEach || s == ScopeBoth }
func (s Scope) rollup() bool { return s == ScopeRollup || s == ScopeBoth }

// Policy holds the values of the canteen rules that differ between provinces
// and years. Start from [DefaultPolicy], which has the values of the source
// documents, and change what the region's documents say; or load a region's
// policy from JSON with [ParsePolicy]. Ratios are decimals (0.05 for 5%),
// written in JSON as strings.
type Policy struct {
	// SurplusCeiling is the largest surplus (结余) a canteen may keep, as a
	// share of the same period's operating revenue (当期营业收入): a surplus
	// of exactly the ceiling complies, one fen more does not. Default 0.05
	// (监利县学校后勤管理工作会议讲话（上半年工作总结）). Zero means no
	// surplus at all, as where any surplus is refunded to the pupils (Xi'an
	// 2025). It must lie in [0, 1] with at most eight decimals.
	SurplusCeiling decimal.Decimal `json:"surplus_ceiling"`

	// CeilingScope says which periods the surplus ceiling and the deficit
	// warning speak of. Default ScopeBoth. The zero Scope is refused.
	CeilingScope Scope `json:"ceiling_scope"`

	// DeficitTolerance is the largest deficit (spending above revenue) that
	// is not reported, as a share of the period's revenue: a deficit of
	// exactly the tolerance is not reported, one fen more is a Warning.
	// Default and zero: 0, every deficit is reported (保本微利: break even,
	// 高校后勤工作会上的领导讲话). It must lie in [0, 1] with at most eight
	// decimals.
	DeficitTolerance decimal.Decimal `json:"deficit_tolerance"`

	// WagesBudgetFunded says that the government budget pays canteen
	// workers' wages, so that wages booked on the canteen are not canteen
	// cost: they are a disguised surplus like bonuses, and added back.
	// Default and zero: false, wages are canteen cost.
	WagesBudgetFunded bool `json:"wages_budget_funded"`

	// RequireVoucher makes a spending line without a voucher number
	// (原始凭证) a Violation. Default true
	// (监利县学校后勤管理工作会议讲话（上半年工作总结）); zero (false) does
	// not check vouchers.
	RequireVoucher bool `json:"require_voucher"`

	// RequireApprover makes a spending line without an approver (审批人) a
	// Violation. Default true
	// (监利县学校后勤管理工作会议讲话（上半年工作总结）); zero (false) does
	// not check approvals.
	RequireApprover bool `json:"require_approver"`

	// Staples are the items bought through designated procurement
	// (大宗粮油定点采购): a purchase of a staple must come from a supplier on
	// the county's catalog, at no more than the listed price, with
	// certification. Items are the host's item codes, matched exactly.
	// Default ["rice", "flour", "oil", "soy_sauce", "vinegar"]
	// (2023年学校后勤管理工作计划: 食堂主要原材料（大米、面、食用油、酱油、醋）
	// 实行全市统一采购; 高校后勤工作会上的领导讲话: 大宗粮油定点采购); counties
	// add "meat", "milk", "eggs" and others. Empty (the zero value) checks no
	// purchase.
	Staples []string `json:"staples"`

	// DinersPerWorker is the staffing ratio: a canteen needs one worker for
	// every DinersPerWorker diners, rounded up. Default 100 (1:100,
	// 农村义务教育学生营养改善计划实施细则). Zero does not check staffing. At
	// most 1,000,000.
	DinersPerWorker int `json:"diners_per_worker"`

	// SampleGrams is the least weight of the food sample (留样) kept of each
	// dish of each meal, in grams with at most one decimal: a sample of
	// exactly SampleGrams complies, 0.1 g less does not. Default 125
	// (学校食品安全与营养健康管理规定: 每个品种留样量……不得少于125克); some places
	// require 200 (older rules 250, some 100). Zero does not check weights.
	// At most 1,000.
	SampleGrams decimal.Decimal `json:"sample_grams"`

	// SampleHours is the least time a food sample is kept, refrigerated,
	// from when it is taken to when it is discarded, in whole hours: a
	// sample kept exactly SampleHours complies, a second less does not.
	// Default 48 (学校食品安全与营养健康管理规定: 由专柜冷藏保存48小时以上);
	// older rules say 24. Zero does not check how long samples are kept. At
	// most 720.
	SampleHours int `json:"sample_hours"`

	// AccompaniedMeals makes a meal served without a record of a school
	// leader eating with the pupils (陪餐) a Violation. Default true
	// (学校食品安全与营养健康管理规定: 每餐均应当有学校相关负责人与学生共同用餐);
	// zero (false) does not check it.
	AccompaniedMeals bool `json:"accompanied_meals"`

	// CertificateMonths is how long a food handler's health certificate
	// (健康证) is valid from its issue, in months: a certificate issued on
	// 1 March 2025 is valid through 1 March 2026 at the latest, and one
	// stated to expire later is a finding, covering no day beyond that
	// ([CodeCertificateBeyondValidity]). Default 12
	// (学校食品安全与营养健康管理规定: a yearly health check and certificate).
	// Zero does not cap certificates. At most 120.
	CertificateMonths int `json:"certificate_months"`

	// SubsidyRates is the national daily rate of the nutrition programme's
	// subsidy (营养膳食补助) per covered pupil per school day, by the date
	// from which each rate applies: a meal day takes the rate of the latest
	// entry on or before it, so a period across a change is paid at both
	// rates. Each rate is yuan with at most two decimals, more than zero
	// and at most 50.00; the dates must ascend. Default: 3.00 from
	// 1 September 2011, 4.00 from 1 November 2014, 5.00 from 1 September
	// 2021, the autumn term (农村义务教育学生营养改善计划实施细则, and the
	// increases of 2014 and 2021). A meal day before the first entry has no
	// rate and is refused as input.
	SubsidyRates []SubsidyRate `json:"subsidy_rates"`

	// SubsidyTopUp is a region's own top-up of the daily rate, in yuan per
	// pupil per day, added to every rate of SubsidyRates. Default and zero:
	// 0. At most 50.00.
	SubsidyTopUp decimal.Decimal `json:"subsidy_top_up"`

	// SubsidyBalanceTolerance is the largest balance of the nutrition
	// subsidy left unspent at the end of a term that is not reported, as a
	// share of the subsidy available in the term's last period (the
	// balance brought in and the subsidy booked): a balance of exactly the
	// tolerance is not reported, one fen more is a Warning
	// ([CodeSubsidyBalanceAtTermEnd]). Default and zero: 0, every balance
	// left at the end of a term is reported: the subsidy is for the pupils
	// of the term, wholly on food (农村义务教育学生营养改善计划实施细则). It
	// must lie in [0, 1] with at most eight decimals.
	SubsidyBalanceTolerance decimal.Decimal `json:"subsidy_balance_tolerance"`

	// SubsidyPublishDays is how many days after the end of a period the use
	// of its nutrition subsidy must be published (公示): published on the
	// last day allowed complies, a day later does not
	// ([CodeSubsidyPublishedLate], [CodeSubsidyNotPublished]). Default 5,
	// by the 5th of the next month for a monthly account, the day monthly
	// canteen statements are due (农村义务教育学生营养改善计划实施细则:
	// published periodically, 定期公示; 学校食品安全与营养健康管理规定).
	// Zero does not check publication. At most 366.
	SubsidyPublishDays int `json:"subsidy_publish_days"`

	// Calendar gives the end of each term, at which the balance of the
	// nutrition subsidy is judged ([CodeSubsidyBalanceAtTermEnd]): an
	// account whose period ends on the last day of a term closes the term.
	// The zero Calendar means houqin.DefaultCalendar (terms from
	// 1 September and 1 February).
	Calendar houqin.Calendar `json:"calendar,omitzero"`
	// CeilingAccounts are the kinds of account the surplus ceiling and the
	// deficit warning bind: their figures, summed, are a Result's revenue
	// and spending. Default ["pupils"]: the pupils' meals, which a
	// statement without accounts is, while staff meals answer to their own
	// rule ([CodeStaffMealLoss]) and a tuck shop or interest to none
	// (监利县学校后勤管理工作会议讲话（上半年工作总结）: the ceiling is the
	// pupils' meals' own; 学校食品安全与营养健康管理规定: a surplus goes back
	// to the pupils). A region whose ceiling speaks of the canteen as a
	// whole lists every kind. It must include "pupils", each kind once.
	CeilingAccounts []AccountKind `json:"ceiling_accounts"`

	// ExcludedCosts are the spending categories the region does not count
	// as canteen cost, beyond those that never are ([Category.NeverCost]):
	// booked on the canteen they are a disguised surplus. Regions differ on
	// the management and financial costs of a contracted canteen (office
	// costs, bank charges, taxes) as on wages; listing "wages" is the same
	// as [Policy.WagesBudgetFunded]. Default and zero: none, as a contracted
	// canteen's statement counts them. Food may not be listed, nor a
	// category twice.
	ExcludedCosts []Category `json:"excluded_costs"`

	// BalanceCeiling is the largest accumulated balance, surplus or loss,
	// that the accounts the ceiling binds may carry at the end of a
	// period, as a share of the period's revenue: a balance of exactly the
	// ceiling complies, one fen more does not ([CodeBalanceOverCeiling]).
	// Some kindergartens publish each month an accumulated surplus or loss
	// within 2% of the month's income (0.02; settled and published monthly,
	// as 关于加强对公办幼儿园经费收支管理的几项规定 has it for the month's
	// surplus). Default and zero: not checked. It must lie in [0, 1] with
	// at most eight decimals.
	BalanceCeiling decimal.Decimal `json:"balance_ceiling"`

	// RequireMeter makes utilities charged to the canteen without a meter
	// reading ([Line.Unmetered]) a Violation. Default true (utilities are
	// metered: 农村义务教育学生营养改善计划实施细则 and the regional rules on
	// canteen accounts, Zhangjiajie 2012, Xi'an 2025); false where a
	// region charges an estimate.
	RequireMeter bool `json:"require_meter"`

	// FoodCostFloor is the smallest share of the pupils' meal fees that
	// must buy food: food cost ÷ meal-fee income below it is a Warning
	// ([CodeFoodCostBelowFloor]); exactly the floor complies. Default and
	// zero: not checked; a region supplies its floor (高校后勤工作会上的领导讲话:
	// 伙食质量与成本核算, meal quality and cost accounting). It must lie in
	// [0, 1] with at most eight decimals.
	FoodCostFloor decimal.Decimal `json:"food_cost_floor"`

	// StatementDueDay is the day of the month after a statement's period
	// ends by which the statement is due (a month's statement of November
	// is due on 5 December): filed later, it is a Warning with the days
	// late ([CodeLateStatement]). A month with fewer days is due on its last
	// day. Default 5 (泰兴市中小学食堂财务管理制度（试行）: 每月5日前报送上月
	// 资产负债表、损益表); 15 where a statement is published to parents by the
	// 15th. Zero does not check it. At most 31.
	StatementDueDay int `json:"statement_due_day"`
}

// DefaultPolicy returns the policy of the source documents (each field names
// its own): a surplus ceiling of 5% of the same period's revenue, applied to
// each statement and to each roll-up, binding the pupils' meals; every
// deficit reported; wages and the costs of management are canteen cost;
// vouchers, approvers and meter readings required; rice, flour, edible
// oil, soy sauce and vinegar bought from listed suppliers; one worker per
// 100 diners; statements due by the 5th of the next month; no floor on food
// cost and no ceiling on the balance carried.
func DefaultPolicy() Policy {
	return Policy{
		SurplusCeiling:   decimal.New(5, -2),
		CeilingScope:     ScopeBoth,
		DeficitTolerance: decimal.Zero,
		RequireVoucher:   true,
		RequireApprover:  true,
		Staples:          []string{"rice", "flour", "oil", "soy_sauce", "vinegar"},
		DinersPerWorker:  100,

		SampleGrams:             decimal.New(125, 0),
		SampleHours:             48,
		AccompaniedMeals:        true,
		CertificateMonths:       12,
		SubsidyRates:            DefaultSubsidyRates(),
		SubsidyTopUp:            decimal.Zero,
		SubsidyBalanceTolerance: decimal.Zero,
		SubsidyPublishDays:      5,
		Calendar:                houqin.DefaultCalendar(),
		CeilingAccounts:         []AccountKind{AccountPupils},
		ExcludedCosts:           []Category{},
		RequireMeter:            true,
		StatementDueDay:         5,
	}
}

// maxDinersPerWorker bounds Policy.DinersPerWorker.
const maxDinersPerWorker = 1_000_000

// maxItemLen bounds the length of an item code or a supplier.
const maxItemLen = 256

// Validate reports every problem of p at once, joined with errors.Join;
// each is an *houqin.InputError whose field is "policy." followed by the
// JSON name of the field, such as "policy.surplus_ceiling". It returns nil
// for a valid policy.
func (p Policy) Validate() error {
	_, err := compile(p)
	return err
}

// compiled is a policy in the integer form the checks use.
type compiled struct {
	ceiling   houqin.Ratio
	tolerance houqin.Ratio
	scope     Scope
	class     [256]class // class[c]: whether category c is canteen cost

	voucher  bool
	approver bool
	staples  map[string]struct{}
	ratio    int64 // diners per worker, 0 = not checked

	rec records // the food-safety records and the nutrition subsidy
	// The finance controls of accounts and balances; the class table
	// above is that of a statement without accounts, an account of pupils'
	// meals.
	bound          [numAccountKinds]bool // bound[k]: the ceiling binds accounts of kind k
	accountClass   [numAccountKinds][256]class
	balanceCeiling houqin.Ratio // 0 = not checked
	floor          houqin.Ratio // 0 = not checked
	meter          bool
	dueDay         int // 0 = not checked
}

// class is what a spending category is under a policy, in one table
// lookup: not a category at all, canteen cost, or not canteen cost.
type class uint8

const (
	unknown class = iota
	isCost
	notCost
)

func compile(p Policy) (compiled, error) {
	var c compiled
	var errs problem.List
	share := func(field string, d decimal.Decimal) houqin.Ratio {
		r, err := houqin.RatioOf(field, d)
		switch {
		case err != nil:
			errs.Add(err)
		case r < 0 || r > houqin.RatioOne:
			errs.Add(houqin.Invalid(field, "must lie between 0 and 1 (0% and 100%), got "+r.String()))
		}
		return r
	}
	c.ceiling = share("policy.surplus_ceiling", p.SurplusCeiling)
	c.tolerance = share("policy.deficit_tolerance", p.DeficitTolerance)
	if why := scopeCodec.Validate(uint8(p.CeilingScope)); why != "" {
		errs.Add(houqin.Invalid("policy.ceiling_scope", why+scopeHint))
	}
	c.scope = p.CeilingScope
	for cat := Food; cat < numCategories; cat++ {
		c.class[cat] = isCost
		if cat.NeverCost() || (cat == Wages && p.WagesBudgetFunded) {
			c.class[cat] = notCost
		}
	}
	c.voucher, c.approver = p.RequireVoucher, p.RequireApprover
	if len(p.Staples) > 0 {
		c.staples = make(map[string]struct{}, len(p.Staples))
	}
	for i, s := range p.Staples {
		at := field.Index("policy.staples", i)
		switch _, dup := c.staples[s]; {
		case s == "":
			errs.Add(houqin.Invalid(at, "empty item"))
		case len(s) > maxItemLen:
			errs.Add(houqin.Invalid(at, "longer than 256 bytes"))
		case dup:
			errs.Add(houqin.Invalid(at, "duplicate item "+clip.Quote(s, maxItemLen)))
		default:
			c.staples[s] = struct{}{}
		}
	}
	if p.DinersPerWorker < 0 || p.DinersPerWorker > maxDinersPerWorker {
		errs.Add(houqin.Invalid("policy.diners_per_worker", "must lie between 0 and 1,000,000, got "+strconv.Itoa(p.DinersPerWorker)))
	}
	c.ratio = int64(p.DinersPerWorker)
	c.rec = compileRecords(p, &errs)
	compileAccounts(&c, &p, &errs, share)
	return c, errs.Err()
}

// compileAccounts compiles the policy's values for accounts and the finance
// controls into c, and adds their problems to errs.
func compileAccounts(c *compiled, p *Policy, errs *problem.List, share func(string, decimal.Decimal) houqin.Ratio) {
	for i, k := range p.CeilingAccounts {
		at := field.Index("policy.ceiling_accounts", i)
		switch {
		case !k.Valid():
			errs.Add(houqin.Invalid(at, accountCodec.Validate(uint8(k))+accountHint))
		case c.bound[k]:
			errs.Add(houqin.Invalid(at, "duplicate kind "+k.String()))
		default:
			c.bound[k] = true
		}
	}
	if !c.bound[AccountPupils] {
		errs.Add(houqin.Invalid("policy.ceiling_accounts", `must include "pupils": the ceiling binds the pupils' meals`))
	}
	excluded := c.class // the table of a region's excluded costs
	for i, cat := range p.ExcludedCosts {
		at := field.Index("policy.excluded_costs", i)
		switch {
		case !cat.Valid():
			errs.Add(houqin.Invalid(at, categoryCodec.Validate(uint8(cat))))
		case cat == Food:
			errs.Add(houqin.Invalid(at, "food is always canteen cost"))
		case slices.Contains(p.ExcludedCosts[:i], cat):
			errs.Add(houqin.Invalid(at, "duplicate category "+cat.String()))
		default:
			excluded[cat] = notCost
		}
	}
	c.class = excluded
	for k := AccountPupils; k < numAccountKinds; k++ {
		c.accountClass[k] = excluded
	}
	c.accountClass[AccountStaff][StaffMeals] = isCost // the staff account's own meals
	c.balanceCeiling = share("policy.balance_ceiling", p.BalanceCeiling)
	c.floor = share("policy.food_cost_floor", p.FoodCostFloor)
	c.meter = p.RequireMeter
	if p.StatementDueDay < 0 || p.StatementDueDay > 31 {
		errs.Add(houqin.Invalid("policy.statement_due_day", "must lie between 0 and 31, got "+strconv.Itoa(p.StatementDueDay)))
	}
	c.dueDay = p.StatementDueDay
}

// ParsePolicy reads a region's policy from JSON. It starts from
// [DefaultPolicy], so that a field the JSON leaves out keeps its default
// value, refuses unknown fields and trailing data, and validates the result.
// Ratios may be written as strings ("0.05", the form encoding/json writes) or
// numbers:
//
//	{"surplus_ceiling": "0.03", "ceiling_scope": "each", "staples": ["rice", "flour", "oil", "meat"]}
//
// Every error matches houqin.ErrInvalidInput; a value that is not valid is
// reported as [Policy.Validate] reports it, and malformed JSON as an
// *houqin.InputError for field "policy".
func ParsePolicy(data []byte) (Policy, error) {
	p := DefaultPolicy()
	if err := houqin.DecodeJSON(data, &p); err != nil {
		return Policy{}, houqin.WithField("policy", err)
	}
	if err := p.Validate(); err != nil {
		return Policy{}, err
	}
	return p, nil
}
