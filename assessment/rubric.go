package assessment

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/enum"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Rubric is a scoring rubric (考核评分细则) as data: sections of items, each
// with its points and a scoring [Method], and the grade bands. A bureau writes
// its own and loads it with [ParseRubric]; [SampleRubric] is an example.
//
// The total is the rubric's, not a constant: 100, 105 and 130 are all in use.
// It must equal the sum of the points of the checklist, deduction and
// proportional items (the full marks); bonus items add on top, each up to its
// own cap and all together up to BonusCap.
type Rubric struct {
	// ID names the rubric; results carry it, and rounds scored on different
	// rubrics are not combined. Required.
	ID string `json:"id"`
	// Name is the rubric's title.
	Name Name `json:"name"`
	// Total is the full marks: the sum of the points of every item other
	// than bonus and veto items, in points with at most two decimals.
	Total decimal.Decimal `json:"total"`
	// BonusCap bounds the bonus points of all bonus items together; bonus
	// items are applied in rubric order until it is reached. Zero means no
	// cap beyond each item's own.
	BonusCap decimal.Decimal `json:"bonus_cap,omitzero"`
	// Sections hold the items, in the order of the score sheet.
	Sections []Section `json:"sections"`
	// Grades are the grade bands, best first. Empty means [DefaultGrades],
	// which only a rubric with a total of 100 may use.
	Grades []Grade `json:"grades,omitempty"`
}

// Section is a part of a rubric (食堂管理, 学生宿舍 …) whose items' scores add
// up to the section's score.
type Section struct {
	// ID names the section, unique in the rubric. Required.
	ID string `json:"id"`
	// Name is the section's title.
	Name Name `json:"name"`
	// Items are the section's items, at least one.
	Items []Item `json:"items"`
}

// Item is one line of the score sheet.
//
// Points is the item's full marks (for a bonus item, its cap; a veto item
// has none). An item is scored by its Method from the school's
// [Observation] of it and from the findings whose codes it lists:
//
//   - [Checklist]: full points, or none when the observation says Fail or a
//     finding of a listed code is present (all or nothing).
//   - [Deduction]: full points less Deduct per occurrence observed and less
//     each listed finding's deduction per finding, capped at the item's
//     points (the score never goes below zero).
//   - [Proportional]: points × the achieved ratio observed, in [0, 1],
//     rounded to the hundredth by [Policy.Rounding].
//   - [Bonus]: the points of the levels observed, added up (or only the
//     highest when HighestOnly), capped at the item's points.
//   - [Veto]: no points; when the observation says Fail or a finding of a
//     listed code is present, the school gets the failing grade whatever its
//     score (一票否决).
type Item struct {
	// ID names the item, unique in the rubric; observations refer to it.
	// Required.
	ID string `json:"id"`
	// Name is the item's text on the score sheet.
	Name Name `json:"name"`
	// Method is how the item is scored. Required.
	Method Method `json:"method"`
	// Points is the item's full marks; for a bonus item, its cap; zero for a
	// veto item.
	Points decimal.Decimal `json:"points,omitzero"`
	// Deduct is the points a deduction item loses per occurrence observed,
	// and per finding of a listed code whose rule does not say otherwise.
	// Required for a deduction item; zero for every other.
	Deduct decimal.Decimal `json:"deduct,omitzero"`
	// Findings lists the finding codes that score the item: each finding
	// deducts (deduction item), fails the item (checklist item) or vetoes
	// (veto item). Not allowed on proportional and bonus items.
	Findings []FindingRule `json:"findings,omitempty"`
	// Levels are the honours a bonus item rewards (national, provincial …).
	// Required for a bonus item; not allowed on any other.
	Levels []Level `json:"levels,omitempty"`
	// HighestOnly makes a bonus item's levels not accumulate (不累计): the
	// item gives the points of the highest level observed. By default they
	// add up, to the item's cap.
	HighestOnly bool `json:"highest_only,omitempty"`
}

// FindingRule lets the findings of a code score an item, so that the other
// rule packages' results score a school without glue code: 5 points per
// "canteen.surplus_over_ceiling", say. Codes are data here: the package never
// imports the packages that produce them.
type FindingRule struct {
	// Code is the finding code, "<package>.<snake_case>".
	Code houqin.Code `json:"code"`
	// Deduct is the points a deduction item loses per finding of the code;
	// zero means the item's Deduct. Zero on checklist and veto items.
	Deduct decimal.Decimal `json:"deduct,omitzero"`
}

// Level is one level of a bonus item: an honour and the points it gives.
type Level struct {
	// ID names the level, unique in the item; observations list it.
	ID string `json:"id"`
	// Name is the level's name.
	Name Name `json:"name"`
	// Points is the bonus the level gives, positive and at most the item's
	// cap.
	Points decimal.Decimal `json:"points"`
}

// Grade is a grade band: a score of at least Min gets the grade, unless a
// better band takes it. Bands are listed best first with strictly decreasing
// Min; the last has Min 0 and fails; failing bands come last. A vetoed
// school gets the last band.
type Grade struct {
	// ID names the grade: "excellent", "good", "pass", "fail". Required.
	ID string `json:"id"`
	// Name is the grade's name: 优秀, 良好, 合格, 不合格.
	Name Name `json:"name"`
	// Min is the lowest score of the band, in points.
	Min decimal.Decimal `json:"min"`
	// Fail marks a failing band: the school loses every award eligibility
	// and must commit to rectification (高校后勤工作会上的领导讲话).
	Fail bool `json:"fail,omitempty"`
}

// DefaultGrades returns the most widespread bands, those of the national
// food-safety grading of catering (餐饮服务食品安全监督量化分级管理), for a
// rubric of 100 points: at least 90 优秀 (excellent), at least 75 良好
// (good), at least 60 合格 (pass), below 60 不合格 (fail).
func DefaultGrades() []Grade {
	return []Grade{
		{ID: "excellent", Name: Name{"优秀", "優秀", "Excellent"}, Min: decimal.NewFromInt(90)},
		{ID: "good", Name: Name{"良好", "良好", "Good"}, Min: decimal.NewFromInt(75)},
		{ID: "pass", Name: Name{"合格", "合格", "Pass"}, Min: decimal.NewFromInt(60)},
		{ID: "fail", Name: Name{"不合格", "不合格", "Fail"}, Min: decimal.Zero, Fail: true},
	}
}

// Method says how an item is scored. The zero Method is unset and invalid.
type Method uint8

// The scoring methods.
const (
	// Checklist items score all or nothing (达标项).
	Checklist Method = iota + 1
	// Deduction items lose points per occurrence or finding, down to zero
	// (扣分项).
	Deduction
	// Proportional items score their points times an achieved ratio (按比例计分).
	Proportional
	// Bonus items add points for honours, capped (加分项).
	Bonus
	// Veto items force the failing grade (一票否决项).
	Veto
)

var methodCodec = enum.New("Method", "method",
	enum.Value{}, // not set
	enum.Value{Name: "checklist", Hans: "达标项", Hant: "達標項", En: "checklist"},
	enum.Value{Name: "deduction", Hans: "扣分项", Hant: "扣分項", En: "deduction"},
	enum.Value{Name: "proportional", Hans: "按比例计分项", Hant: "按比例計分項", En: "proportional"},
	enum.Value{Name: "bonus", Hans: "加分项", Hant: "加分項", En: "bonus"},
	enum.Value{Name: "veto", Hans: "一票否决项", Hant: "一票否決項", En: "veto"})

// Valid reports whether m is one of the five methods.
func (m Method) Valid() bool { return methodCodec.Valid(uint8(m)) }

// String returns "checklist", "deduction", "proportional", "bonus" or "veto",
// and "Method(n)" otherwise.
func (m Method) String() string { return methodCodec.String(uint8(m)) }

// Label returns the name of m for a reader of the language matched from tag:
// 扣分项, 扣分項, deduction.
func (m Method) Label(tag language.Tag) string { return methodCodec.Label(tag, uint8(m)) }

// MarshalText encodes m by its name; it refuses an invalid method.
func (m Method) MarshalText() ([]byte, error) { return marshalEnum(methodCodec, "method", uint8(m)) }

// UnmarshalText decodes a name written by MarshalText.
func (m *Method) UnmarshalText(b []byte) error {
	return unmarshalEnum(methodCodec, "method", b, (*uint8)(m))
}

// marshalEnum encodes v by its name in c, and refuses a value without one
// with an *houqin.InputError for the field path.
func marshalEnum(c *enum.Codec, path string, v uint8) ([]byte, error) {
	b, why := c.MarshalSet(v)
	if why != "" {
		return nil, houqin.Invalid(path, why)
	}
	return b, nil
}

// unmarshalEnum decodes a name of c into v, and refuses any other text,
// the empty one included, with an *houqin.InputError for the field path.
func unmarshalEnum(c *enum.Codec, path string, b []byte, v *uint8) error {
	x, why := c.ParseSet(b)
	if why != "" {
		return houqin.Invalid(path, why)
	}
	*v = x
	return nil
}

// Limits of a rubric, checked by Validate.
const (
	// MaxItems bounds the number of items of a rubric.
	MaxItems = 10_000
	// MaxLevels bounds the number of levels of a bonus item.
	MaxLevels = 100
	// maxIDLen bounds the length of every identifier in a rubric.
	maxIDLen = 128
)

// Validate reports every problem of r at once, joined with errors.Join, each
// an *houqin.InputError naming its field ("sections[1].items[3].deduct"):
// missing or duplicate identifiers, unknown methods, points finer than a
// hundredth, items' points that do not add up to the total, fields that do
// not fit an item's method, unknown or duplicate finding codes, grade bands
// out of order. A rubric that Validate accepts scores every valid inspection
// without error.
func (r Rubric) Validate() error {
	_, err := compileRubric(r)
	return err
}

// ParseRubric reads a rubric from JSON and validates it. Points are decimals,
// best written as strings ("0.5"); unknown fields are refused, so that a typo
// does not silently drop a rule. It returns the rubric and an error that
// matches houqin.ErrInvalidInput when the JSON is malformed or the rubric is
// invalid (see [Rubric.Validate]).
func ParseRubric(data []byte) (Rubric, error) { return parse(data, Rubric{}) }

// parse decodes JSON over v and validates the result; on an error it
// returns the zero value.
func parse[T interface{ Validate() error }](data []byte, v T) (T, error) {
	var zero T
	if err := houqin.DecodeJSON(data, &v); err != nil {
		return zero, err
	}
	if err := v.Validate(); err != nil {
		return zero, err
	}
	return v, nil
}

// The compiled form of a rubric: integer hundredths and indexes.
type scheme struct {
	id       string
	total    int64
	bonusCap int64 // effective cap of all bonus items together
	maxScore int64 // total + bonusCap
	passMark int64 // Min of the lowest passing grade
	sections []SectionScore
	items    []citem
	template []ItemScore
	byID     map[string]int32
	byCode   map[houqin.Code][]hit
	props    []int32 // proportional items, which must be observed
	vetoes   []int32 // veto items
	grades   []cgrade
	rubric   Rubric
}

type citem struct {
	id          string
	method      Method
	fields      uint8 // the fields of an observation the item takes
	highestOnly bool
	section     int32
	points      int64
	deduct      int64
	levels      []clevel
}

type clevel struct {
	id     string
	points int64
}

// hit says that a finding code scores an item.
type hit struct {
	item   int32
	deduct int64 // nominal points per finding
}

type cgrade struct {
	id   string
	min  int64
	fail bool
}

// pointsIn converts a rubric value and returns it (0 when invalid) and
// whether it is valid, adding the problem to errs when it is not.
func pointsIn(errs *problem.List, field string, d decimal.Decimal) (int64, bool) {
	v, err := PointsOf(field, d)
	errs.Add(err)
	return int64(v), err == nil
}

// checkID adds a problem to errs when id is missing or too long.
func checkID(errs *problem.List, field, id string) {
	switch {
	case id == "":
		errs.Add(houqin.Invalid(field, "required"))
	case len(id) > maxIDLen:
		errs.Add(houqin.Invalid(field, "longer than "+strconv.Itoa(maxIDLen)+" bytes"))
	}
}

func compileRubric(r Rubric) (*scheme, error) {
	var errs problem.List
	s := &scheme{id: r.ID, byID: map[string]int32{}, byCode: map[houqin.Code][]hit{}}
	checkID(&errs, "id", r.ID)
	errs.Add(houqin.WithField("name", r.Name.validate()))
	total, totalOK := pointsIn(&errs, "total", r.Total)
	if totalOK && total <= 0 {
		errs.Add(houqin.Invalid("total", "must be positive"))
		totalOK = false
	}
	declaredCap, capOK := pointsIn(&errs, "bonus_cap", r.BonusCap)
	if capOK && declaredCap < 0 {
		errs.Add(houqin.Invalid("bonus_cap", "negative"))
		capOK = false
	}

	n := 0
	for _, sec := range r.Sections {
		n += len(sec.Items)
	}
	switch {
	case len(r.Sections) == 0:
		errs.Add(houqin.Invalid("sections", "at least one section is required"))
	case n > MaxItems:
		errs.Add(houqin.Invalid("sections", fmt.Sprintf("%d items, more than %d", n, MaxItems)))
		return nil, errs.Err()
	}
	s.items = make([]citem, 0, n)
	s.template = make([]ItemScore, 0, n)
	s.sections = make([]SectionScore, len(r.Sections))
	sectionAt := map[string]int{}
	itemAt := map[string]string{}
	var sum, bonusSum int64
	for si, sec := range r.Sections {
		sp := field.Index("sections", si)
		checkID(&errs, sp+".id", sec.ID)
		if k, dup := sectionAt[sec.ID]; dup && sec.ID != "" {
			errs.Add(houqin.Invalid(sp+".id", fmt.Sprintf("duplicate section id %q (also sections[%d])", sec.ID, k)))
		} else {
			sectionAt[sec.ID] = si
		}
		errs.Add(houqin.WithField(sp+".name", sec.Name.validate()))
		if len(sec.Items) == 0 {
			errs.Add(houqin.Invalid(sp+".items", "at least one item is required"))
		}
		s.sections[si] = SectionScore{Section: sec.ID}
		for ii, it := range sec.Items {
			ip := field.Index(sp+".items", ii)
			if other, dup := itemAt[it.ID]; dup && it.ID != "" {
				errs.Add(houqin.Invalid(ip+".id", fmt.Sprintf("duplicate item id %q (also %s)", it.ID, other)))
			} else {
				itemAt[it.ID] = ip
			}
			idx := int32(len(s.items))
			ci, rules := compileItem(&errs, ip, it)
			ci.section = int32(si)
			s.items = append(s.items, ci)
			s.template = append(s.template, ItemScore{Item: it.ID, Max: Points(ci.points)})
			s.byID[it.ID] = idx
			for _, h := range rules {
				h.rule.item = idx
				s.byCode[h.code] = append(s.byCode[h.code], h.rule)
			}
			switch ci.method {
			case Veto:
				s.vetoes = append(s.vetoes, idx)
			case Bonus:
				bonusSum += ci.points
			case Proportional:
				s.props = append(s.props, idx)
				fallthrough
			default:
				sum += ci.points
				s.sections[si].Max += Points(ci.points)
			}
		}
	}
	consistent := totalOK && capOK && sum == total
	if totalOK && sum != total && len(r.Sections) > 0 {
		errs.Add(houqin.Invalid("total", fmt.Sprintf("the items' points add up to %s, not %s", Points(sum), Points(total))))
	}
	s.total = total
	s.bonusCap = bonusSum
	if capOK && declaredCap > 0 && declaredCap < bonusSum {
		s.bonusCap = declaredCap
	}
	s.maxScore = s.total + s.bonusCap
	if consistent && s.maxScore > int64(MaxPoints) {
		errs.Add(houqin.Invalid("total", fmt.Sprintf("the highest possible score, %s with bonus, is beyond %s points", Points(s.maxScore), MaxPoints)))
	}

	grades, defaulted := r.Grades, len(r.Grades) == 0
	if defaulted {
		grades = DefaultGrades()
	}
	var gradeErrs problem.List
	bound := int64(0) // no bound on the bands unless the total is right
	if consistent {
		bound = s.maxScore
	}
	s.grades = compileGrades(&gradeErrs, "grades", grades, bound)
	switch {
	case defaulted && totalOK && total != 100*pointsOne:
		errs.Add(houqin.Invalid("grades", "a rubric whose total is not 100 must declare its grade bands"))
	case !defaulted:
		errs.Add(gradeErrs.Err())
	}
	for _, g := range s.grades {
		if !g.fail {
			s.passMark = g.min // the last passing band's Min
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	s.rubric = r.clone()
	return s, nil
}

// clone returns a deep copy of r's slices, so that an Assessor does not
// share memory with the rubric it was given or hands out.
func (r Rubric) clone() Rubric {
	out := r
	out.Sections = slices.Clone(r.Sections)
	for i := range out.Sections {
		items := slices.Clone(out.Sections[i].Items)
		for k := range items {
			items[k].Findings = slices.Clone(items[k].Findings)
			items[k].Levels = slices.Clone(items[k].Levels)
		}
		out.Sections[i].Items = items
	}
	out.Grades = slices.Clone(r.Grades)
	return out
}

type codeRule struct {
	code houqin.Code
	rule hit
}

func compileItem(errs *problem.List, ip string, it Item) (citem, []codeRule) {
	ci := citem{id: it.ID, method: it.Method, fields: fieldsTaken(it.Method), highestOnly: it.HighestOnly}
	checkID(errs, ip+".id", it.ID)
	errs.Add(houqin.WithField(ip+".name", it.Name.validate()))
	if !it.Method.Valid() {
		errs.Add(houqin.Invalid(ip+".method", "required: "+methodCodec.List()))
	}
	m := it.Method
	points, ok := pointsIn(errs, ip+".points", it.Points)
	switch {
	case !ok:
	case m == Veto && points != 0:
		errs.Add(houqin.Invalid(ip+".points", "a veto item carries no points"))
	case m != Veto && m.Valid() && points <= 0:
		errs.Add(houqin.Invalid(ip+".points", "must be positive"))
	default:
		ci.points = points
	}
	deduct, ok := pointsIn(errs, ip+".deduct", it.Deduct)
	switch {
	case !ok:
	case m == Deduction && deduct <= 0:
		errs.Add(houqin.Invalid(ip+".deduct", "required: the positive points a deduction item loses per occurrence"))
	case m != Deduction && deduct != 0:
		errs.Add(houqin.Invalid(ip+".deduct", "only deduction items deduct per occurrence"))
	default:
		ci.deduct = deduct
	}

	var rules []codeRule
	if len(it.Findings) > 0 && (m == Proportional || m == Bonus) {
		errs.Add(houqin.Invalid(ip+".findings", fmt.Sprintf("a %s item cannot be scored by findings", m)))
	}
	seen := map[houqin.Code]int{}
	for k, fr := range it.Findings {
		fp := field.Index(ip+".findings", k)
		if err := fr.Code.Validate(); err != nil {
			errs.Add(houqin.WithField(fp+".code", err))
			continue
		}
		if j, dup := seen[fr.Code]; dup {
			errs.Add(houqin.Invalid(fp+".code", fmt.Sprintf("duplicate code %q (also findings[%d])", fr.Code, j)))
			continue
		}
		seen[fr.Code] = k
		d, ok := pointsIn(errs, fp+".deduct", fr.Deduct)
		switch {
		case !ok:
			continue
		case d < 0:
			errs.Add(houqin.Invalid(fp+".deduct", "negative"))
			continue
		case d != 0 && m != Deduction:
			errs.Add(houqin.Invalid(fp+".deduct", "only deduction items deduct per finding"))
			continue
		}
		var nominal int64
		switch m {
		case Deduction:
			nominal = deduct
			if d != 0 {
				nominal = d
			}
		case Checklist:
			nominal = points
		}
		rules = append(rules, codeRule{fr.Code, hit{deduct: nominal}})
	}

	switch {
	case m == Bonus && len(it.Levels) == 0:
		errs.Add(houqin.Invalid(ip+".levels", "required: a bonus item needs at least one level"))
	case m != Bonus && len(it.Levels) > 0:
		errs.Add(houqin.Invalid(ip+".levels", "only bonus items have levels"))
	case len(it.Levels) > MaxLevels:
		errs.Add(houqin.Invalid(ip+".levels", fmt.Sprintf("more than %d levels", MaxLevels)))
	}
	if m != Bonus && it.HighestOnly {
		errs.Add(houqin.Invalid(ip+".highest_only", "only bonus items have levels"))
	}
	levelAt := map[string]int{}
	for k, l := range it.Levels {
		lp := field.Index(ip+".levels", k)
		checkID(errs, lp+".id", l.ID)
		if j, dup := levelAt[l.ID]; dup && l.ID != "" {
			errs.Add(houqin.Invalid(lp+".id", fmt.Sprintf("duplicate level id %q (also levels[%d])", l.ID, j)))
		}
		levelAt[l.ID] = k
		errs.Add(houqin.WithField(lp+".name", l.Name.validate()))
		lv, ok := pointsIn(errs, lp+".points", l.Points)
		switch {
		case !ok:
		case lv <= 0:
			errs.Add(houqin.Invalid(lp+".points", "must be positive"))
		case points > 0 && lv > points:
			errs.Add(houqin.Invalid(lp+".points", fmt.Sprintf("%s is above the item's cap of %s", Points(lv), Points(points))))
		}
		ci.levels = append(ci.levels, clevel{l.ID, lv})
	}
	return ci, rules
}

func compileGrades(errs *problem.List, path string, grades []Grade, maxScore int64) []cgrade {
	out := make([]cgrade, len(grades))
	seen := map[string]int{}
	for i, g := range grades {
		gp := field.Index(path, i)
		checkID(errs, gp+".id", g.ID)
		if j, dup := seen[g.ID]; dup && g.ID != "" {
			errs.Add(houqin.Invalid(gp+".id", fmt.Sprintf("duplicate grade id %q (also grades[%d])", g.ID, j)))
		}
		seen[g.ID] = i
		errs.Add(houqin.WithField(gp+".name", g.Name.validate()))
		v, ok := pointsIn(errs, gp+".min", g.Min)
		out[i] = cgrade{id: g.ID, min: v, fail: g.Fail}
		switch {
		case !ok:
		case v < 0:
			errs.Add(houqin.Invalid(gp+".min", "negative"))
		case i > 0 && v >= out[i-1].min:
			errs.Add(houqin.Invalid(gp+".min", fmt.Sprintf("%s is not below the band before it (%s): bands go best first", Points(v), Points(out[i-1].min))))
		case maxScore > 0 && v > maxScore:
			errs.Add(houqin.Invalid(gp+".min", fmt.Sprintf("%s is above the highest possible score, %s", Points(v), Points(maxScore))))
		}
		if i > 0 && grades[i-1].Fail && !g.Fail {
			errs.Add(houqin.Invalid(gp+".fail", "a band below a failing band must fail too"))
		}
	}
	if n := len(grades); n > 0 {
		last := field.Index(path, n-1)
		if out[n-1].min > 0 {
			errs.Add(houqin.Invalid(last+".min", "the last band must start at 0 so that every score has a grade"))
		}
		if !grades[n-1].Fail {
			errs.Add(houqin.Invalid(last+".fail", "the last band must fail: a vetoed school gets it"))
		}
		if grades[0].Fail {
			errs.Add(houqin.Invalid(path, "at least one band must pass"))
		}
	}
	return out
}

// grade returns the index of the grade of score, the last one when vetoed.
func (s *scheme) grade(score int64, vetoed bool) int {
	last := len(s.grades) - 1
	if vetoed {
		return last
	}
	for i := range s.grades {
		if score >= s.grades[i].min {
			return i
		}
	}
	return last
}
