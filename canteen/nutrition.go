package canteen

import (
	"strconv"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/enum"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// SubsidyRate is one step of the schedule of the nutrition programme's
// daily rate (see Policy.SubsidyRates): the rate, in yuan per covered pupil
// per school day, that applies to the meal days from From on.
type SubsidyRate struct {
	From houqin.Date     `json:"from"`
	Rate decimal.Decimal `json:"rate"`
}

// DefaultSubsidyRates returns the national schedule of the nutrition
// subsidy (农村义务教育学生营养改善计划实施细则, and the increases of 2014 and
// 2021): 3.00 yuan per pupil per school day from the autumn term 2011, 4.00
// from 1 November 2014, 5.00 from the autumn term 2021 (1 September).
func DefaultSubsidyRates() []SubsidyRate {
	return []SubsidyRate{
		{From: houqin.Date{Year: 2011, Month: time.September, Day: 1}, Rate: decimal.New(300, -2)},
		{From: houqin.Date{Year: 2014, Month: time.November, Day: 1}, Rate: decimal.New(400, -2)},
		{From: houqin.Date{Year: 2021, Month: time.September, Day: 1}, Rate: decimal.New(500, -2)},
	}
}

// rateStep is a step of the compiled schedule: the daily rate in fen,
// the region's top-up included, from a day on.
type rateStep struct {
	from houqin.Date
	fen  houqin.Fen
}

// maxDailyRate bounds a daily rate of the subsidy and a top-up: 50.00 yuan
// a day, ten times the national rate of 2021.
const maxDailyRate houqin.Fen = 5_000

// The bounds of the nutrition subsidy's other input.
const (
	maxPupils      = 100_000    // covered pupils of one school
	maxDayMeals    = 10_000_000 // meals claimed on one day
	maxPublishDays = 366        // Policy.SubsidyPublishDays
)

// compileSubsidy validates the fields of p that the nutrition subsidy uses,
// adds their problems to errs, and sets them in r.
func compileSubsidy(p Policy, r *records, errs *problem.List) {
	topUp, err := houqin.FenOf("policy.subsidy_top_up", p.SubsidyTopUp)
	switch {
	case err != nil:
		errs.Add(err)
	case topUp < 0 || topUp > maxDailyRate:
		errs.Add(houqin.Invalid("policy.subsidy_top_up", "must lie between 0 and 50.00 yuan a day, got "+topUp.String()))
		topUp = 0
	}
	r.rates = make([]rateStep, 0, len(p.SubsidyRates))
	for i, s := range p.SubsidyRates {
		at := field.Index("policy.subsidy_rates", i)
		if err := s.From.Validate(); err != nil {
			errs.Add(houqin.WithField(field.Join(at, "from"), err))
		} else if n := len(r.rates); n > 0 && !s.From.After(r.rates[n-1].from) {
			errs.Add(houqin.Invalid(field.Join(at, "from"), s.From.String()+" is not after the date of the rate before it, "+r.rates[n-1].from.String()))
		}
		rate, err := houqin.FenOf(field.Join(at, "rate"), s.Rate)
		switch {
		case err != nil:
			errs.Add(err)
		case rate <= 0 || rate > maxDailyRate:
			errs.Add(houqin.Invalid(field.Join(at, "rate"), "must be more than 0 and at most 50.00 yuan a day, got "+rate.String()))
		}
		r.rates = append(r.rates, rateStep{s.From, rate + topUp})
	}
	tol, err := houqin.RatioOf("policy.subsidy_balance_tolerance", p.SubsidyBalanceTolerance)
	switch {
	case err != nil:
		errs.Add(err)
	case tol < 0 || tol > houqin.RatioOne:
		errs.Add(houqin.Invalid("policy.subsidy_balance_tolerance", "must lie between 0 and 1 (0% and 100%), got "+tol.String()))
	}
	r.balanceTol = tol
	if p.SubsidyPublishDays < 0 || p.SubsidyPublishDays > maxPublishDays {
		errs.Add(houqin.Invalid("policy.subsidy_publish_days", "must lie between 0 and 366, got "+strconv.Itoa(p.SubsidyPublishDays)))
	} else {
		r.publishDays = p.SubsidyPublishDays
	}
	r.cal = p.Calendar
	if r.cal == (houqin.Calendar{}) {
		r.cal = houqin.DefaultCalendar()
	} else if err := r.cal.Validate(); err != nil {
		errs.Add(houqin.WithField("policy.calendar", err))
	}
}

// rate returns the daily rate of day d in fen, and false when d comes
// before the first rate of the schedule.
func (r *records) rate(d houqin.Date) (houqin.Fen, bool) {
	for i := len(r.rates) - 1; i >= 0; i-- {
		if !r.rates[i].from.After(d) {
			return r.rates[i].fen, true
		}
	}
	return 0, false
}

// SubsidyUse is what a spending line of the nutrition subsidy's ledger paid
// for. It starts at 1, so that the zero SubsidyUse means "not set" and is
// refused as input. Only Food is a lawful use: the subsidy buys food for the
// covered pupils and nothing else (农村义务教育学生营养改善计划实施细则).
//
// A SubsidyUse encodes in JSON by its name: "food", "cash_to_pupils", ….
type SubsidyUse uint8

// The uses of the subsidy.
const (
	// SubsidyFood is food and ingredients for the covered pupils' meals
	// (食材): the one lawful use.
	SubsidyFood SubsidyUse = iota + 1
	// SubsidyCash is cash or cashable credit handed to pupils or parents
	// (发放现金): never allowed ([CodeSubsidyCashToPupils]).
	SubsidyCash
	// SubsidyWages is wages and labour (工资及劳务费): of canteen workers or
	// anyone else.
	SubsidyWages
	// SubsidyUtilities is water, electricity and fuel (水电燃料).
	SubsidyUtilities
	// SubsidyEquipment is equipment, utensils and repairs (设备及维修).
	SubsidyEquipment
	// SubsidyStaffMeals is meals of teachers and staff (教职工伙食).
	SubsidyStaffMeals
	// SubsidyRunningCosts is the school's running costs (学校公用经费):
	// publicity, transport, office costs.
	SubsidyRunningCosts
	// SubsidyOther is anything else that is not food (其他).
	SubsidyOther

	numSubsidyUses = iota + 1
)

var useCodec = enum.New("SubsidyUse", "use",
	enum.Value{},
	enum.Value{Name: "food", Hans: "学生食材", Hant: "學生食材", En: "food for pupils"},
	enum.Value{Name: "cash_to_pupils", Hans: "向学生发放现金", Hant: "向學生發放現金", En: "cash to pupils"},
	enum.Value{Name: "wages", Hans: "工资及劳务费", Hant: "工資及勞務費", En: "wages and labour"},
	enum.Value{Name: "utilities", Hans: "水电燃料", Hant: "水電燃料", En: "utilities and fuel"},
	enum.Value{Name: "equipment", Hans: "设备及维修", Hant: "設備及維修", En: "equipment and repairs"},
	enum.Value{Name: "staff_meals", Hans: "教职工伙食", Hant: "教職工伙食", En: "staff meals"},
	enum.Value{Name: "running_costs", Hans: "学校公用经费", Hant: "學校公用經費", En: "the school's running costs"},
	enum.Value{Name: "other", Hans: "其他非食材支出", Hant: "其他非食材支出", En: "other spending that is not food"},
)

// SubsidyUses returns every use of the subsidy, in order.
func SubsidyUses() []SubsidyUse { return all[SubsidyUse](numSubsidyUses) }

// Valid reports whether u is one of the uses.
func (u SubsidyUse) Valid() bool { return useCodec.Valid(uint8(u)) }

// String returns the name of u, "food", and "SubsidyUse(n)" for a value out
// of range, the zero value included.
func (u SubsidyUse) String() string { return useCodec.String(uint8(u)) }

// MarshalText encodes u by its name; it refuses the zero value and a value
// out of range with an *houqin.InputError.
func (u SubsidyUse) MarshalText() ([]byte, error) {
	return marshalText(useCodec, uint8(u), "use", "use of the subsidy")
}

// UnmarshalText decodes a name written by [SubsidyUse.MarshalText]. It
// returns an *houqin.InputError for field "use" for any other text.
func (u *SubsidyUse) UnmarshalText(b []byte) error {
	return unmarshalText(u, useCodec, b, "use", "use of the subsidy", "")
}

// Label names u for a reader of the language matched from tag: 学生食材,
// "food for pupils".
func (u SubsidyUse) Label(tag language.Tag) string { return useCodec.Label(tag, uint8(u)) }
