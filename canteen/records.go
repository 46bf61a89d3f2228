package canteen

import (
	"cmp"
	"slices"
	"strconv"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
)

// Records are one canteen's food-safety records for a period (a day, a
// week, a month), as the canteen keeps them: the meals it served with
// their dishes, the food samples it kept (留样), the log of school leaders
// who ate with the pupils (陪餐), and, where the host keeps it, the log of
// the food handlers' morning checks (晨检). [Checker.CheckRecords] checks
// them.
type Records struct {
	// Canteen is the host's identifier of the canteen: the subject of the
	// findings about accompanied meals. Required.
	Canteen string `json:"canteen"`
	// Period is the period the records cover. Required; every date of the
	// records lies in it.
	Period houqin.Period `json:"period"`
	// Meals are the meals the canteen served, each with its dishes: the
	// menu as served. A day without meals (a weekend, a holiday) has none.
	Meals []Meal `json:"meals"`
	// Samples is the sample log: the samples kept of the dishes served,
	// at most one per dish of a meal. A dish without one is a finding.
	Samples []Sample `json:"samples"`
	// Accompanied is the log of accompanied meals (陪餐记录): who ate
	// with the pupils at which meal. A meal may have several entries.
	Accompanied []Accompaniment `json:"accompanied"`
	// Handlers are the canteen's food handlers whose morning checks the
	// log records; needed only with MorningChecks.
	Handlers []Handler `json:"handlers,omitempty"`
	// MorningChecks is the morning-check log (晨检记录): one entry for
	// each handler checked on a day. Nil (or null in JSON) means the host
	// keeps no such log and the morning checks are not judged; an empty
	// log that is not nil means none were made.
	MorningChecks []MorningCheck `json:"morning_checks"`
}

// Meal is one meal the canteen served.
type Meal struct {
	// Date is the day the meal was served. Required.
	Date houqin.Date `json:"date"`
	// Name is the host's name of the meal, such as 早餐, 午餐 or 晚餐:
	// unique on its day, and the name the sample log and the log of
	// accompanied meals use. Required.
	Name string `json:"name"`
	// Dishes are the host's names of the dishes served at the meal, each
	// once. At least one.
	Dishes []string `json:"dishes"`
}

// Sample is one food sample in the sample log: its label (the date, the
// meal, the dish, who took it), its weight, and when it was put in the
// sample refrigerator and taken out.
type Sample struct {
	// Date, Meal and Dish name the dish sampled, as the menu names it: a
	// dish of a meal of Records.Meals. Required.
	Date houqin.Date `json:"date"`
	Meal string      `json:"meal"`
	Dish string      `json:"dish"`
	// Grams is the sample's weight in grams, with at most one decimal:
	// from 0 to 10,000.
	Grams decimal.Decimal `json:"grams"`
	// Taken is when the sample was taken and put in the sample
	// refrigerator; the zero time means the log does not say, which is a
	// finding ([CodeSampleUnlabelled]).
	Taken time.Time `json:"taken,omitzero"`
	// Discarded is when the sample was discarded; the zero time means it
	// is still kept. Not before Taken.
	Discarded time.Time `json:"discarded,omitzero"`
	// By is who took the sample (留样人); empty means the log does not
	// say, which is a finding ([CodeSampleUnlabelled]).
	By string `json:"by,omitempty"`
}

// Accompaniment is one entry of the log of accompanied meals: a school
// leader who ate with the pupils at a meal (陪餐).
type Accompaniment struct {
	// Date and Meal name the meal, as Records.Meals names it. Required.
	Date houqin.Date `json:"date"`
	Meal string      `json:"meal"`
	// By is the school leader who ate with the pupils. Required.
	By string `json:"by"`
}

// Handler is one of the canteen's food handlers, whose morning checks are
// judged.
type Handler struct {
	// ID is the host's identifier of the handler: the subject of the
	// handler's findings, and the name the morning-check log uses.
	// Required and unique among the handlers.
	ID string `json:"id"`
	// Serving is the part of the records' period in which the handler
	// worked, for a handler who joined or left in the period. The zero
	// Period means the whole period; otherwise it must lie within it.
	Serving houqin.Period `json:"serving,omitzero"`
}

// MorningCheck is one entry of the morning-check log: a handler checked
// before work on a day.
type MorningCheck struct {
	// Date is the day of the check. Required.
	Date houqin.Date `json:"date"`
	// Handler is the ID of the handler checked, one of Records.Handlers.
	// Required.
	Handler string `json:"handler"`
}

// The bounds of the records' input.
const (
	maxSampleTenths = 100_000 // a sample of 10,000 g, in tenths of a gram
	maxPolicyTenths = 10_000  // Policy.SampleGrams of 1,000 g
	maxSampleHours  = 720     // Policy.SampleHours of 30 days
	maxCertMonths   = 120     // Policy.CertificateMonths of 10 years
)

// records is the part of a compiled policy that the food-safety records
// and the nutrition subsidy use.
type records struct {
	sampleTenths int64         // least sample weight in 0.1 g; 0 = not checked
	sampleKeep   time.Duration // least time a sample is kept; 0 = not checked
	accompanied  bool
	certMonths   int // validity of a health certificate; 0 = not capped

	rates       []rateStep   // the subsidy's daily rate, top-up included, ascending
	balanceTol  houqin.Ratio // the balance left at term end that is not reported
	publishDays int          // days to publish the subsidy's use; 0 = not checked
	cal         houqin.Calendar
}

// compileRecords validates the fields of p that the food-safety records
// and the nutrition subsidy use, adds their problems to errs, and returns
// them compiled.
func compileRecords(p Policy, errs *problem.List) records {
	var r records
	switch v, why := gramsOf(p.SampleGrams); {
	case why != "":
		errs.Add(houqin.Invalid("policy.sample_grams", why))
	case v > maxPolicyTenths:
		errs.Add(houqin.Invalid("policy.sample_grams", "must lie between 0 and 1,000 g, got "+p.SampleGrams.String()))
	default:
		r.sampleTenths = v
	}
	if p.SampleHours < 0 || p.SampleHours > maxSampleHours {
		errs.Add(houqin.Invalid("policy.sample_hours", "must lie between 0 and 720, got "+strconv.Itoa(p.SampleHours)))
	} else {
		r.sampleKeep = time.Duration(p.SampleHours) * time.Hour
	}
	r.accompanied = p.AccompaniedMeals
	if p.CertificateMonths < 0 || p.CertificateMonths > maxCertMonths {
		errs.Add(houqin.Invalid("policy.certificate_months", "must lie between 0 and 120, got "+strconv.Itoa(p.CertificateMonths)))
	} else {
		r.certMonths = p.CertificateMonths
	}
	compileSubsidy(p, &r, errs)
	return r
}

// tenthsConv converts weights in grams to tenths of a gram.
var tenthsConv = fixed.NewConverter(1, maxSampleTenths)

// gramsOf returns a weight in grams in tenths of a gram, or why it is not
// one: negative, finer than 0.1 g, or beyond 10,000 g.
func gramsOf(g decimal.Decimal) (int64, string) {
	v, why := tenthsConv.Of(g)
	switch {
	case why == fixed.TooFine:
		return 0, "finer than 0.1 g: " + clip.String(g.String(), 40)
	case why == fixed.TooManyPlaces:
		return 0, "not a weight: exponent out of range"
	case why != fixed.OK:
		return 0, "beyond 10,000 g"
	case v < 0:
		return 0, "negative: " + g.String()
	}
	return v, ""
}

// CheckRecords checks a canteen's food-safety records for a period:
//
//   - every dish of every meal served has a sample in the log
//     ([CodeSampleMissing]) of at least Policy.SampleGrams
//     ([CodeSampleUnderweight]), kept at least Policy.SampleHours
//     ([CodeSampleDiscardedEarly]), labelled with the time it was taken
//     and who took it ([CodeSampleUnlabelled]);
//   - every meal served has a record of a school leader who ate with the
//     pupils ([CodeMealUnaccompanied], one finding for each run of serving
//     days with a meal missed), where Policy.AccompaniedMeals;
//   - where the host supplies the morning-check log, every handler has a
//     morning check on every serving day the handler worked
//     ([CodeMorningCheckMissing]). A serving day is a day with a meal in
//     Records.Meals.
//
// It returns the findings sorted, nil when every rule held; or an error
// joining every problem of the input, each an *houqin.InputError naming
// its field ("samples[3].grams") that matches houqin.ErrInvalidInput: a
// missing canteen, a period that is not valid, a date outside the period,
// a name missing or longer than 256 bytes, a meal listed twice on a day or
// without dishes, a dish listed twice in a meal, a sample or an
// accompanied meal of a dish or meal the menu does not have, two samples
// of one dish, a weight that is negative, finer than 0.1 g or beyond
// 10,000 g, a sample discarded before it was taken, a handler listed
// twice or serving outside the period, a morning check of someone who is
// not a handler.
func (k *Checker) CheckRecords(r Records) (houqin.Findings, error) {
	if k == nil {
		return nil, errNilChecker
	}
	var v recordsCheck
	v.validate(&r)
	if err := v.p.Err(); err != nil {
		return nil, err
	}
	var fs houqin.Findings
	fs = k.sampleFindings(fs, &r, &v)
	if k.c.rec.accompanied {
		fs = mealFindings(fs, &r, &v)
	}
	if r.MorningChecks != nil {
		fs = morningFindings(fs, &r, &v)
	}
	fs.Sort()
	return fs, nil
}

// dishKey names a dish of a meal: the meal's index and the dish's name.
type dishKey struct {
	meal int
	dish string
}

// smallMeal is the most dishes a meal may have for its dishes to be found
// by a scan rather than by hashing: a school meal has a handful.
const smallMeal = 32

// recordsCheck is what validating a canteen's records learns of them: an
// index of the meals by day and name that is searched, not hashed, since
// a day has a few meals and a meal a few dishes.
type recordsCheck struct {
	p problem.List

	days     []houqin.Date   // the serving days, ascending, each once
	dayStart []int           // the meals of days[k] are order[dayStart[k]:dayStart[k+1]]
	order    []int           // the valid meals by day, then name, then index
	mealDay  []int           // mealDay[i]: the index in days of meal i's day
	dishBase []int           // dish j of meal i is dish dishBase[i]+j of the flat list of every meal's dishes
	big      map[dishKey]int // the dishes of meals of more than smallMeal dishes, by name
	sampled  []int           // sampled[dishBase[i]+j]: 1 + the index of the dish's sample, 0 for none
	weights  []int64         // weights[i]: the weight of sample i in 0.1 g
	withBy   []bool          // withBy[i]: whether meal i has a leader at table in the log

	handlers  map[string]int
	serving   []houqin.Period // serving[h]: the days handler h worked
	checkedOn []uint64        // the morning checks: bit d%64 of word h*words + d/64 for handler h on day d
	words     int             // the words of checkedOn per handler
}

// meal returns the index of the meal named name on day d, and whether
// there is one.
func (v *recordsCheck) meal(r *Records, d houqin.Date, name string) (int, bool) {
	k, ok := slices.BinarySearchFunc(v.days, d, houqin.Date.Compare)
	if !ok {
		return 0, false
	}
	for _, i := range v.order[v.dayStart[k]:v.dayStart[k+1]] {
		if r.Meals[i].Name == name {
			return i, true
		}
	}
	return 0, false
}

// dish returns the index in the flat list of the dish named name of meal
// i, and whether there is one.
func (v *recordsCheck) dish(r *Records, i int, name string) (int, bool) {
	dishes := r.Meals[i].Dishes
	if len(dishes) > smallMeal {
		j, ok := v.big[dishKey{i, name}]
		return j, ok
	}
	for j, d := range dishes {
		if d == name {
			return v.dishBase[i] + j, true
		}
	}
	return 0, false
}

// at is the path of field name of element i of list, such as
// "samples[3].grams"; name may be empty. Paths are built only for errors.
func at(list string, i int, name string) string { return field.Join(field.Index(list, i), name) }

// date adds a problem for field name of element i of list to v, and
// reports false, unless d is a valid date that lies in period (when the
// period is valid, periodOK).
func (v *recordsCheck) date(list string, i int, name string, d houqin.Date, period houqin.Period, periodOK bool) bool {
	if err := d.Validate(); err != nil {
		v.p.Add(houqin.WithField(at(list, i, name), err))
		return false
	}
	if periodOK && !period.Contains(d) {
		v.p.Add(houqin.Invalid(at(list, i, name), d.String()+" lies outside the period "+period.String()))
		return false
	}
	return true
}

// name adds a problem for field name of element i of list to v, and
// reports false, unless s is a name: not empty, at most 256 bytes.
func (v *recordsCheck) name(list string, i int, name, s string) bool {
	if s != "" && len(s) <= maxItemLen {
		return true
	}
	v.p.Add(checkName(at(list, i, name), s))
	return false
}

func (v *recordsCheck) validate(r *Records) {
	if r.Canteen == "" {
		v.p.Add(houqin.Invalid("canteen", "missing"))
	}
	periodErr := r.Period.Validate()
	v.p.Add(houqin.WithField("period", periodErr))
	periodOK := periodErr == nil
	v.validateMeals(r, periodOK)
	v.validateSamples(r, periodOK)
	v.validateAccompanied(r, periodOK)
	v.validateMorning(r, periodOK)
}

func (v *recordsCheck) validateMeals(r *Records, periodOK bool) {
	v.order = make([]int, 0, len(r.Meals))
	v.dishBase = make([]int, len(r.Meals)+1)
	for i := range r.Meals {
		m := &r.Meals[i]
		v.dishBase[i+1] = v.dishBase[i] + len(m.Dishes)
		ok := v.date("meals", i, "date", m.Date, r.Period, periodOK)
		ok = v.name("meals", i, "name", m.Name) && ok
		if len(m.Dishes) == 0 {
			v.p.Add(houqin.Invalid(at("meals", i, "dishes"), "missing: a meal served has at least one dish"))
		}
		if ok {
			v.order = append(v.order, i)
		}
		v.validateDishes(r, i)
	}
	slices.SortFunc(v.order, func(a, b int) int {
		ma, mb := &r.Meals[a], &r.Meals[b]
		return cmp.Or(ma.Date.Compare(mb.Date), cmp.Compare(ma.Name, mb.Name), cmp.Compare(a, b))
	})
	v.mealDay = make([]int, len(r.Meals))
	v.days = make([]houqin.Date, 0, len(v.order))
	v.dayStart = make([]int, 0, len(v.order)+1)
	for n, i := range v.order {
		m := &r.Meals[i]
		if n > 0 {
			prev := &r.Meals[v.order[n-1]]
			if prev.Date == m.Date && prev.Name == m.Name {
				v.p.Add(houqin.Invalid(at("meals", i, "name"), "meal "+clip.Quote(m.Name, 40)+" of "+m.Date.String()+" is listed twice, first as "+field.Index("meals", v.order[n-1])))
			}
		}
		if len(v.days) == 0 || v.days[len(v.days)-1] != m.Date {
			v.days = append(v.days, m.Date)
			v.dayStart = append(v.dayStart, n)
		}
		v.mealDay[i] = len(v.days) - 1
	}
	v.dayStart = append(v.dayStart, len(v.order))
}

// validateDishes checks the dishes of meal i: names, each once.
func (v *recordsCheck) validateDishes(r *Records, i int) {
	dishes := r.Meals[i].Dishes
	for j, d := range dishes {
		dup := false
		switch {
		case d == "" || len(d) > maxItemLen:
			v.p.Add(checkName(at(at("meals", i, "dishes"), j, ""), d))
			continue
		case len(dishes) <= smallMeal:
			dup = slices.Contains(dishes[:j], d)
		default:
			if v.big == nil {
				v.big = make(map[dishKey]int)
			}
			_, dup = v.big[dishKey{i, d}]
			if !dup {
				v.big[dishKey{i, d}] = v.dishBase[i] + j
			}
		}
		if dup {
			v.p.Add(houqin.Invalid(at(at("meals", i, "dishes"), j, ""), "dish "+clip.Quote(d, 40)+" is listed twice in the meal"))
		}
	}
}

func (v *recordsCheck) validateSamples(r *Records, periodOK bool) {
	v.sampled = make([]int, v.dishBase[len(r.Meals)])
	v.weights = make([]int64, len(r.Samples))
	for i := range r.Samples {
		s := &r.Samples[i]
		n := v.p.Len()
		v.date("samples", i, "date", s.Date, r.Period, periodOK)
		v.name("samples", i, "meal", s.Meal)
		v.name("samples", i, "dish", s.Dish)
		if w, why := gramsOf(s.Grams); why != "" {
			v.p.Add(houqin.Invalid(at("samples", i, "grams"), why))
		} else {
			v.weights[i] = w
		}
		if !s.Taken.IsZero() && !s.Discarded.IsZero() && s.Discarded.Before(s.Taken) {
			v.p.Add(houqin.Invalid(at("samples", i, "discarded"), "before the sample was taken ("+s.Taken.Format(time.RFC3339)+")"))
		}
		if v.p.Len() > n {
			continue
		}
		meal, ok := v.meal(r, s.Date, s.Meal)
		if !ok {
			v.p.Add(houqin.Invalid(at("samples", i, ""), "no meal "+clip.Quote(s.Meal, 40)+" on "+s.Date.String()+" among the meals"))
			continue
		}
		dish, ok := v.dish(r, meal, s.Dish)
		switch {
		case !ok:
			v.p.Add(houqin.Invalid(at("samples", i, "dish"), "no dish "+clip.Quote(s.Dish, 40)+" at meal "+clip.Quote(s.Meal, 40)+" on "+s.Date.String()))
		case v.sampled[dish] != 0:
			v.p.Add(houqin.Invalid(at("samples", i, ""), "a second sample of the dish, first as "+field.Index("samples", v.sampled[dish]-1)))
		default:
			v.sampled[dish] = i + 1
		}
	}
}

func (v *recordsCheck) validateAccompanied(r *Records, periodOK bool) {
	v.withBy = make([]bool, len(r.Meals))
	for i := range r.Accompanied {
		a := &r.Accompanied[i]
		n := v.p.Len()
		v.date("accompanied", i, "date", a.Date, r.Period, periodOK)
		v.name("accompanied", i, "meal", a.Meal)
		v.name("accompanied", i, "by", a.By)
		if v.p.Len() > n {
			continue
		}
		if meal, ok := v.meal(r, a.Date, a.Meal); ok {
			v.withBy[meal] = true
		} else {
			v.p.Add(houqin.Invalid(at("accompanied", i, ""), "no meal "+clip.Quote(a.Meal, 40)+" on "+a.Date.String()+" among the meals"))
		}
	}
}

func (v *recordsCheck) validateMorning(r *Records, periodOK bool) {
	v.handlers = make(map[string]int, len(r.Handlers))
	v.serving = make([]houqin.Period, len(r.Handlers))
	for i, h := range r.Handlers {
		switch j, dup := v.handlers[h.ID]; {
		case !v.name("handlers", i, "id", h.ID):
		case dup:
			v.p.Add(houqin.Invalid(at("handlers", i, "id"), clip.Quote(h.ID, 40)+" is listed twice, first as "+field.Index("handlers", j)))
		default:
			v.handlers[h.ID] = i
		}
		v.serving[i] = r.Period
		if h.Serving != (houqin.Period{}) {
			if err := h.Serving.Validate(); err != nil {
				v.p.Add(houqin.WithField(at("handlers", i, "serving"), err))
			} else if periodOK && !(r.Period.Contains(h.Serving.From) && r.Period.Contains(h.Serving.To)) {
				v.p.Add(houqin.Invalid(at("handlers", i, "serving"), h.Serving.String()+" lies outside the period "+r.Period.String()))
			}
			v.serving[i] = h.Serving
		}
	}
	if r.MorningChecks == nil {
		return
	}
	v.words = (len(v.days) + 63) / 64
	v.checkedOn = make([]uint64, len(r.Handlers)*v.words)
	for i := range r.MorningChecks {
		c := &r.MorningChecks[i]
		ok := v.date("morning_checks", i, "date", c.Date, r.Period, periodOK)
		h, known := v.handlers[c.Handler]
		switch {
		case c.Handler == "":
			v.p.Add(houqin.Invalid(at("morning_checks", i, "handler"), "missing"))
		case !known:
			v.p.Add(houqin.Invalid(at("morning_checks", i, "handler"), clip.Quote(c.Handler, 40)+" is not among the handlers"))
		case ok:
			if d, served := slices.BinarySearchFunc(v.days, c.Date, houqin.Date.Compare); served {
				v.checkedOn[h*v.words+d/64] |= 1 << (d % 64)
			}
		}
	}
}
