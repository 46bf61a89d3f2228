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
// It must equal the full marks of the top-level sections: the sum of the
// points of their checklist, deduction, proportional, threshold and judged
// items, or a section's stated points where it caps its parts; bonus items
// add on top, each up to its own cap and all together up to BonusCap.
type Rubric struct {
	// ID names the rubric; results carry it, and rounds scored on different
	// rubrics are not combined. Required.
	ID string `json:"id"`
	// Name is the rubric's title.
	Name Name `json:"name"`
	// Total is the full marks: the sum of the points of every item other
	// than bonus and veto items (less what capped sections cut off), in
	// points with at most two decimals.
	Total decimal.Decimal `json:"total"`
	// BonusCap bounds the bonus points of all bonus items together; bonus
	// items are applied in rubric order until it is reached. Zero means no
	// cap beyond each item's own.
	BonusCap decimal.Decimal `json:"bonus_cap,omitzero"`
	// Sections hold the items, in the order of the score sheet; a section
	// may hold sections of its own (an A-level indicator and its B-level
	// indicators).
	Sections []Section `json:"sections"`
	// Grades are the grade bands, best first. Empty means [DefaultGrades],
	// which only a rubric with a total of 100 may use, unless Ungraded.
	Grades []Grade `json:"grades,omitempty"`
	// Ungraded marks a scheme without grade bands, whose score feeds
	// something else: 监利县学校后勤管理工作会议讲话（上半年工作总结） makes the
	// logistics result an indicator of the school's comprehensive
	// supervision assessment (作为学校综合督导评估指标). Its results carry a
	// score and no grade; no score fails, so no grade-driven finding
	// follows; a veto still fails the school. Grades must be empty.
	Ungraded bool `json:"ungraded,omitempty"`
}

// Section is a part of a rubric (食堂管理, 学生宿舍 …): its items' scores and
// its own sections' scores add up to the section's score. Sections nest: a
// city's A-level indicator "财务管理（12分）" holds the B-level indicators
// "经费使用（5分）" and "固定财产（7分）", each with its items. A section's
// items come before its sections in the rubric's order.
type Section struct {
	// ID names the section, unique in the rubric, at every level. Required.
	ID string `json:"id"`
	// Name is the section's title.
	Name Name `json:"name"`
	// Points is the section's stated points, the subtotal the score sheet
	// prints beside its title. Optional: when set, the full marks of its
	// parts (items other than bonus and veto items, and sections) must add
	// up to exactly Points, so that a clerk's typing error in an item or a
	// subtotal is caught; when Capped, Points caps them instead.
	Points decimal.Decimal `json:"points,omitzero"`
	// Capped makes Points a cap on the section's score (累计不超过): its parts
	// may add up to more, and the section scores at most Points; its full
	// marks are Points. A capped section states positive Points, at most
	// what its parts add up to, and holds no bonus item.
	Capped bool `json:"capped,omitempty"`
	// Items are the section's items. A section has at least one item or
	// section.
	Items []Item `json:"items,omitempty"`
	// Sections are the section's own sections, after its items.
	Sections []Section `json:"sections,omitempty"`
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
//   - [Threshold]: full points when the rate observed reaches Threshold
//     ("校园绿化覆盖率达40%以上 … 3分"); below it none, or, with a Step,
//     Deduct less per step of shortfall, each step begun counting whole
//     (每低5%扣1分: 39.99% and 35% lose one step, 34.99% two). A finding of
//     a listed code says the rate fell short: the item scores as below the
//     threshold without a step.
//   - [Judged]: the points the inspector awards (2 of 3), in [0, Points].
//   - [Bonus]: the points of the levels observed, added up (or only the
//     highest when HighestOnly), capped at the item's points.
//   - [Veto]: no points; when the observation says Fail or a finding of a
//     listed code is present, the school gets the failing grade whatever its
//     score (一票否决).
//
// Tiers restrict the scores an item gives ("按2分、1分、0分三档计分",
// "按3分、2分两档计分"): a judged item's awarded points must be one of them;
// a checklist item, or a threshold item without a step, that is not met
// gives its last tier; a deduction item, or a threshold item with a step,
// loses whole steps of Deduct down to its last tier, which its tiers must
// say (3, 2 with Deduct 1: never below 2).
type Item struct {
	// ID names the item, unique in the rubric; observations refer to it.
	// Required.
	ID string `json:"id"`
	// Name is the item's text on the score sheet.
	Name Name `json:"name"`
	// CheckBy says how the item is checked, as the score sheet prints it
	// beside the item: 查帐目 (the accounts), 查看记录 (the records), 调查师生
	// (asking teachers and pupils). Optional; results carry it with the
	// item's score.
	CheckBy Name `json:"check_by,omitzero"`
	// Method is how the item is scored. Required.
	Method Method `json:"method"`
	// Points is the item's full marks; for a bonus item, its cap; zero for a
	// veto item.
	Points decimal.Decimal `json:"points,omitzero"`
	// Deduct is the points a deduction item loses per occurrence observed,
	// and per finding of a listed code whose rule does not say otherwise;
	// the points a threshold item with a Step loses per step. Required for
	// those; zero for every other.
	Deduct decimal.Decimal `json:"deduct,omitzero"`
	// Threshold is the rate a threshold item requires, in (0, 1]: "0.4"
	// for 40%. Required for a threshold item; zero for every other.
	Threshold decimal.Decimal `json:"threshold,omitzero"`
	// Step is the shortfall below Threshold that costs a threshold item
	// Deduct, in (0, Threshold]: "0.05" for 每低5%. Zero means the item
	// scores all or nothing.
	Step decimal.Decimal `json:"step,omitzero"`
	// Tiers are the only scores the item may give, best first, the first
	// its Points, strictly decreasing, the last at least zero (see above).
	// Not allowed on proportional, bonus and veto items.
	Tiers []decimal.Decimal `json:"tiers,omitempty"`
	// Key marks a key item (关键项): when Policy.KeyFailures key items or
	// more fail, that is score less than their full points, the school is
	// vetoed as by a veto item. Not allowed on bonus and veto items.
	Key bool `json:"key,omitempty"`
	// Findings lists the finding codes that score the item: each finding
	// deducts (deduction item), fails the item (checklist and threshold
	// items) or vetoes (veto item). Not allowed on proportional, judged and
	// bonus items.
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
	// Threshold items score full points when a measured rate reaches a
	// threshold, and none or less per step of shortfall below it (达标线计分).
	Threshold
	// Judged items score the points the inspector awards (评定计分).
	Judged
)

var methodCodec = enum.New("Method", "method",
	enum.Value{}, // not set
	enum.Value{Name: "checklist", Hans: "达标项", Hant: "達標項", En: "checklist"},
	enum.Value{Name: "deduction", Hans: "扣分项", Hant: "扣分項", En: "deduction"},
	enum.Value{Name: "proportional", Hans: "按比例计分项", Hant: "按比例計分項", En: "proportional"},
	enum.Value{Name: "bonus", Hans: "加分项", Hant: "加分項", En: "bonus"},
	enum.Value{Name: "veto", Hans: "一票否决项", Hant: "一票否決項", En: "veto"},
	enum.Value{Name: "threshold", Hans: "达标线计分项", Hant: "達標線計分項", En: "threshold"},
	enum.Value{Name: "judged", Hans: "评定计分项", Hant: "評定計分項", En: "judged"})

// Valid reports whether m is one of the seven methods.
func (m Method) Valid() bool { return methodCodec.Valid(uint8(m)) }

// String returns "checklist", "deduction", "proportional", "bonus", "veto",
// "threshold" or "judged", and "Method(n)" otherwise.
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
	// MaxItems bounds the number of items of a rubric, and the number of its
	// sections.
	MaxItems = 10_000
	// MaxLevels bounds the number of levels of a bonus item, and the number
	// of tiers of an item.
	MaxLevels = 100
	// MaxDepth bounds the nesting of sections: a top-level section is at
	// depth 1.
	MaxDepth = 8
	// maxIDLen bounds the length of every identifier in a rubric.
	maxIDLen = 128
)

// Validate reports every problem of r at once, joined with errors.Join, each
// an *houqin.InputError naming its field ("sections[1].items[3].deduct"):
// missing or duplicate identifiers, unknown methods, points finer than a
// hundredth, items' points that do not add up to the total or to a
// section's stated points ("sections[4].sections[1].points"), fields that
// do not fit an item's method, tiers a rule cannot keep to, unknown or
// duplicate finding codes, grade bands out of order. A rubric that Validate
// accepts scores every valid inspection without error.
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
	bonusCap int64          // effective cap of all bonus items together
	maxScore int64          // total + bonusCap
	passMark int64          // Min of the lowest passing grade; 0 when ungraded
	sections []SectionScore // the sections in rubric order (pre-order), each parent before its own
	secs     []csection     // the same sections compiled
	items    []citem
	rules    []crule // rules[i] of items[i]
	template []ItemScore
	byID     map[string]int32
	byCode   map[houqin.Code][]hit
	required []int32  // items that must be observed
	vetoes   []int32  // veto items
	keys     []int32  // key items
	grades   []cgrade // nil when ungraded
	rubric   Rubric
}

type csection struct {
	parent int32 // index of the enclosing section, -1 at the top
	cap    int64 // a capped section's points, 0 when not capped
}

// citem is what scoring reads of every item; crule, the rest of the rule
// of a threshold, judged or bonus item, which only its observation reads.
type citem struct {
	id       string
	method   Method
	fields   uint8 // the fields of an observation the item takes
	required bool  // whether every inspection must observe the item
	section  int32
	points   int64
	most     int64 // the most the item can lose: points less its last tier, if its rule computes its score
	deduct   int64 // per occurrence (deduction), per step (threshold)
}

type crule struct {
	threshold   int64 // a threshold item's rate, in hundred-millionths
	step        int64 // a threshold item's step, in hundred-millionths; 0 for all or nothing
	tiers       []int64
	levels      []clevel
	highestOnly bool
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

// rateIn converts a rubric rate in [0, 1] to hundred-millionths and returns
// it (0 when invalid) and whether it is valid, adding the problem to errs
// when it is not.
func rateIn(errs *problem.List, field string, d decimal.Decimal) (int64, bool) {
	r, err := houqin.RatioOf(field, d)
	if err == nil && (r < 0 || r > houqin.RatioOne) {
		err = houqin.Invalid(field, "must lie in [0, 1]")
	}
	errs.Add(err)
	if err != nil {
		return 0, false
	}
	return int64(r), true
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

// compiler holds the state of compiling a rubric.
type compiler struct {
	errs      problem.List
	s         *scheme
	sectionAt map[string]string // section id → path
	itemAt    map[string]string // item id → path
	bonusSum  int64
}

// count returns the number of items and of sections of secs, sections at
// depth depth, at most MaxItems+1 each, and the depth of the deepest, at
// most MaxDepth+1.
func count(secs []Section, depth int) (items, sections, deepest int) {
	for i := range secs {
		if items > MaxItems || sections > MaxItems || depth > MaxDepth {
			return items, sections, max(deepest, depth)
		}
		sections++
		items += len(secs[i].Items)
		n, m, d := count(secs[i].Sections, depth+1)
		items, sections, deepest = items+n, sections+m, max(deepest, depth, d)
	}
	return items, sections, deepest
}

func compileRubric(r Rubric) (*scheme, error) {
	c := &compiler{s: &scheme{id: r.ID, byID: map[string]int32{}, byCode: map[houqin.Code][]hit{}},
		sectionAt: map[string]string{}, itemAt: map[string]string{}}
	s, errs := c.s, &c.errs
	checkID(errs, "id", r.ID)
	errs.Add(houqin.WithField("name", r.Name.validate()))
	total, totalOK := pointsIn(errs, "total", r.Total)
	if totalOK && total <= 0 {
		errs.Add(houqin.Invalid("total", "must be positive"))
		totalOK = false
	}
	declaredCap, capOK := pointsIn(errs, "bonus_cap", r.BonusCap)
	if capOK && declaredCap < 0 {
		errs.Add(houqin.Invalid("bonus_cap", "negative"))
		capOK = false
	}

	n, m, depth := count(r.Sections, 1)
	switch {
	case len(r.Sections) == 0:
		errs.Add(houqin.Invalid("sections", "at least one section is required"))
	case n > MaxItems:
		errs.Add(houqin.Invalid("sections", fmt.Sprintf("more than %d items", MaxItems)))
		return nil, errs.Err()
	case m > MaxItems:
		errs.Add(houqin.Invalid("sections", fmt.Sprintf("more than %d sections", MaxItems)))
		return nil, errs.Err()
	case depth > MaxDepth:
		errs.Add(houqin.Invalid("sections", fmt.Sprintf("sections nested more than %d deep", MaxDepth)))
		return nil, errs.Err()
	}
	s.items = make([]citem, 0, n)
	s.rules = make([]crule, 0, n)
	s.template = make([]ItemScore, 0, n)
	s.sections = make([]SectionScore, 0, m)
	s.secs = make([]csection, 0, m)
	var sum int64
	for si, sec := range r.Sections {
		full, _, _ := c.section(field.Index("sections", si), sec, -1)
		sum += full
	}
	consistent := totalOK && capOK && sum == total
	if totalOK && sum != total && len(r.Sections) > 0 {
		errs.Add(houqin.Invalid("total", fmt.Sprintf("the sections' full marks add up to %s, not %s", Points(sum), Points(total))))
	}
	s.total = total
	s.bonusCap = c.bonusSum
	if capOK && declaredCap > 0 && declaredCap < c.bonusSum {
		s.bonusCap = declaredCap
	}
	s.maxScore = s.total + s.bonusCap
	if consistent && s.maxScore > int64(MaxPoints) {
		errs.Add(houqin.Invalid("total", fmt.Sprintf("the highest possible score, %s with bonus, is beyond %s points", Points(s.maxScore), MaxPoints)))
	}

	grades, defaulted := r.Grades, len(r.Grades) == 0
	switch {
	case r.Ungraded && !defaulted:
		errs.Add(houqin.Invalid("grades", "a rubric without grade bands (ungraded) declares none"))
	case r.Ungraded:
	default:
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
			errs.Add(houqin.Invalid("grades", "a rubric whose total is not 100 must declare its grade bands, or be ungraded"))
		case !defaulted:
			errs.Add(gradeErrs.Err())
		}
		for _, g := range s.grades {
			if !g.fail {
				s.passMark = g.min // the last passing band's Min
			}
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	s.rubric = r.clone()
	return s, nil
}

// section compiles a section at path, enclosed by the section parent (-1
// at the top), and returns its full marks, whether they are known (every
// points value in it valid), and whether it holds a bonus item.
func (c *compiler) section(sp string, sec Section, parent int32) (full int64, known, bonus bool) {
	s, errs := c.s, &c.errs
	si := int32(len(s.secs))
	checkID(errs, sp+".id", sec.ID)
	if other, dup := c.sectionAt[sec.ID]; dup && sec.ID != "" {
		errs.Add(houqin.Invalid(sp+".id", fmt.Sprintf("duplicate section id %q (also %s)", sec.ID, other)))
	} else {
		c.sectionAt[sec.ID] = sp
	}
	errs.Add(houqin.WithField(sp+".name", sec.Name.validate()))
	if len(sec.Items) == 0 && len(sec.Sections) == 0 {
		errs.Add(houqin.Invalid(sp+".items", "at least one item or section is required"))
	}
	parentID := ""
	if parent >= 0 {
		parentID = s.sections[parent].Section
	}
	s.sections = append(s.sections, SectionScore{Section: sec.ID, Parent: parentID})
	s.secs = append(s.secs, csection{parent: parent})
	stated, statedOK := pointsIn(errs, sp+".points", sec.Points)
	if statedOK && stated < 0 {
		errs.Add(houqin.Invalid(sp+".points", "negative"))
		statedOK = false
	}

	known = true
	for ii, it := range sec.Items {
		ip := field.Index(sp+".items", ii)
		if other, dup := c.itemAt[it.ID]; dup && it.ID != "" {
			errs.Add(houqin.Invalid(ip+".id", fmt.Sprintf("duplicate item id %q (also %s)", it.ID, other)))
		} else {
			c.itemAt[it.ID] = ip
		}
		idx := int32(len(s.items))
		ci, cr, rules, ok := compileItem(errs, ip, it)
		known = known && ok
		ci.section = si
		s.items = append(s.items, ci)
		s.rules = append(s.rules, cr)
		s.template = append(s.template, ItemScore{Item: it.ID, Max: Points(ci.points), CheckBy: it.CheckBy})
		s.byID[it.ID] = idx
		for _, h := range rules {
			h.rule.item = idx
			s.byCode[h.code] = append(s.byCode[h.code], h.rule)
		}
		if it.Key && ci.method != Bonus && ci.method != Veto {
			s.keys = append(s.keys, idx)
		}
		switch ci.method {
		case Veto:
			s.vetoes = append(s.vetoes, idx)
		case Bonus:
			c.bonusSum += ci.points
			bonus = true
		default:
			full += ci.points
			if ci.method == Proportional || ci.method == Judged || ci.method == Threshold && len(it.Findings) == 0 {
				s.required = append(s.required, idx)
				s.items[idx].required = true
			}
		}
	}
	for k, sub := range sec.Sections {
		f, ok, b := c.section(field.Index(sp+".sections", k), sub, si)
		full += f
		known, bonus = known && ok, bonus || b
	}
	switch {
	case !statedOK || !known:
	case sec.Capped && stated == 0:
		errs.Add(houqin.Invalid(sp+".points", "required: a capped section states the points that cap it"))
	case sec.Capped && stated > full:
		errs.Add(houqin.Invalid(sp+".points", fmt.Sprintf("the cap of %s is above what the parts add up to, %s", Points(stated), Points(full))))
	case sec.Capped && bonus:
		errs.Add(houqin.Invalid(sp+".capped", "a capped section holds no bonus item"))
	case sec.Capped:
		s.secs[si].cap = stated
		full = stated
	case stated != 0 && full == 0 && bonus:
		errs.Add(houqin.Invalid(sp+".points", "bonus items add on top of the full marks: cap them with the rubric's bonus_cap, not a section's points"))
	case stated != 0 && stated != full:
		errs.Add(houqin.Invalid(sp+".points", fmt.Sprintf("the parts add up to %s, not %s", Points(full), Points(stated))))
	}
	s.sections[si].Max = Points(full)
	return full, known && statedOK, bonus
}

// clone returns a deep copy of r's slices, so that an Assessor does not
// share memory with the rubric it was given or hands out.
func (r Rubric) clone() Rubric {
	out := r
	out.Sections = cloneSections(r.Sections)
	out.Grades = slices.Clone(r.Grades)
	return out
}

func cloneSections(secs []Section) []Section {
	out := slices.Clone(secs)
	for i := range out {
		items := slices.Clone(out[i].Items)
		for k := range items {
			items[k].Findings = slices.Clone(items[k].Findings)
			items[k].Levels = slices.Clone(items[k].Levels)
			items[k].Tiers = slices.Clone(items[k].Tiers)
		}
		out[i].Items = items
		out[i].Sections = cloneSections(out[i].Sections)
	}
	return out
}

// walkItems calls fn for every item of secs, in rubric order.
func walkItems(secs []Section, fn func(*Item)) {
	for i := range secs {
		for k := range secs[i].Items {
			fn(&secs[i].Items[k])
		}
		walkItems(secs[i].Sections, fn)
	}
}

type codeRule struct {
	code houqin.Code
	rule hit
}

// compileItem compiles an item at path ip and returns it, the rest of its
// rule, the rules of its finding codes, and whether its points are known
// (valid).
func compileItem(errs *problem.List, ip string, it Item) (citem, crule, []codeRule, bool) {
	ci := citem{id: it.ID, method: it.Method, fields: fieldsTaken(it.Method)}
	cr := crule{highestOnly: it.HighestOnly}
	checkID(errs, ip+".id", it.ID)
	errs.Add(houqin.WithField(ip+".name", it.Name.validate()))
	if it.CheckBy != (Name{}) {
		errs.Add(houqin.WithField(ip+".check_by", it.CheckBy.validate()))
	}
	if !it.Method.Valid() {
		errs.Add(houqin.Invalid(ip+".method", "required: "+methodCodec.List()))
	}
	m := it.Method
	points, known := pointsIn(errs, ip+".points", it.Points)
	switch {
	case !known:
	case m == Veto && points != 0:
		errs.Add(houqin.Invalid(ip+".points", "a veto item carries no points"))
		known = false
	case m != Veto && m.Valid() && points <= 0:
		errs.Add(houqin.Invalid(ip+".points", "must be positive"))
		known = false
	default:
		ci.points = points
	}
	deduct, ok := pointsIn(errs, ip+".deduct", it.Deduct)
	stepped := !it.Step.IsZero()
	switch {
	case !ok:
	case m == Deduction && deduct <= 0:
		errs.Add(houqin.Invalid(ip+".deduct", "required: the positive points a deduction item loses per occurrence"))
	case m == Threshold && stepped && deduct <= 0:
		errs.Add(houqin.Invalid(ip+".deduct", "required: the positive points a threshold item loses per step"))
	case m == Threshold && !stepped && deduct != 0:
		errs.Add(houqin.Invalid(ip+".deduct", "a threshold item without a step scores all or nothing"))
	case m != Deduction && m != Threshold && deduct != 0:
		errs.Add(houqin.Invalid(ip+".deduct", "only deduction and threshold items deduct"))
	default:
		ci.deduct = deduct
	}
	compileThreshold(errs, ip, it, &cr)

	var rules []codeRule
	if len(it.Findings) > 0 && (m == Proportional || m == Bonus || m == Judged) {
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
		case d != 0 && len(it.Tiers) > 0 && ci.deduct > 0 && d%ci.deduct != 0:
			errs.Add(houqin.Invalid(fp+".deduct", fmt.Sprintf("%s is not a whole number of the item's steps of %s, so the score would fall between its tiers", Points(d), Points(ci.deduct))))
			continue
		}
		nominal := d
		if d == 0 {
			nominal = ci.deduct
		}
		rules = append(rules, codeRule{fr.Code, hit{deduct: nominal}}) // checklist and threshold: set below
	}

	ci.most = ci.points - compileTiers(errs, ip, it, &ci, &cr, known)
	if m == Checklist || m == Threshold {
		for k := range rules {
			rules[k].rule.deduct = ci.most
		}
	} else if m == Veto {
		for k := range rules {
			rules[k].rule.deduct = 0
		}
	}
	if it.Key && (m == Bonus || m == Veto) {
		errs.Add(houqin.Invalid(ip+".key", fmt.Sprintf("a %s item cannot be a key item", m)))
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
		cr.levels = append(cr.levels, clevel{l.ID, lv})
	}
	return ci, cr, rules, known
}

// compileThreshold checks a threshold item's rate and step, and that no
// other item has them.
func compileThreshold(errs *problem.List, ip string, it Item, ci *crule) {
	if it.Method != Threshold {
		if !it.Threshold.IsZero() {
			errs.Add(houqin.Invalid(ip+".threshold", "only threshold items have a threshold"))
		}
		if !it.Step.IsZero() {
			errs.Add(houqin.Invalid(ip+".step", "only threshold items have a step"))
		}
		return
	}
	thr, ok := rateIn(errs, ip+".threshold", it.Threshold)
	if ok && thr == 0 {
		errs.Add(houqin.Invalid(ip+".threshold", "required: the rate in (0, 1] the item requires"))
		ok = false
	}
	ci.threshold = thr
	step, sok := rateIn(errs, ip+".step", it.Step)
	switch {
	case !sok || it.Step.IsZero():
	case step == 0:
		errs.Add(houqin.Invalid(ip+".step", "must be positive"))
	case ok && step > thr:
		errs.Add(houqin.Invalid(ip+".step", fmt.Sprintf("%s is above the threshold, %s", houqin.Ratio(step), houqin.Ratio(thr))))
	default:
		ci.step = step
	}
}

// compileTiers checks an item's tiers against its rule and returns its
// floor: the last tier of an item whose rule computes its score, else 0.
func compileTiers(errs *problem.List, ip string, it Item, ci *citem, cr *crule, known bool) int64 {
	if len(it.Tiers) == 0 {
		return 0
	}
	tp := ip + ".tiers"
	m := it.Method
	switch {
	case m == Proportional || m == Bonus || m == Veto:
		errs.Add(houqin.Invalid(tp, fmt.Sprintf("a %s item has no tiers", m)))
		return 0
	case len(it.Tiers) > MaxLevels:
		errs.Add(houqin.Invalid(tp, fmt.Sprintf("more than %d tiers", MaxLevels)))
		return 0
	}
	tiers := make([]int64, len(it.Tiers))
	ok := true
	for k, d := range it.Tiers {
		kp := field.Index(tp, k)
		v, vok := pointsIn(errs, kp, d)
		tiers[k] = v
		switch {
		case !vok:
			ok = false
		case v < 0:
			errs.Add(houqin.Invalid(kp, "negative"))
			ok = false
		case k == 0 && known && v != ci.points:
			errs.Add(houqin.Invalid(kp, fmt.Sprintf("%s is not the item's points, %s: the first tier is full marks", Points(v), Points(ci.points))))
			ok = false
		case k > 0 && v >= tiers[k-1]:
			errs.Add(houqin.Invalid(kp, fmt.Sprintf("%s is not below the tier before it (%s): tiers go best first", Points(v), Points(tiers[k-1]))))
			ok = false
		}
	}
	if !ok || !known {
		return 0
	}
	stepped := m == Deduction || m == Threshold && cr.step > 0
	switch {
	case m == Judged:
		cr.tiers = tiers
		return 0
	case !stepped && len(tiers) != 2:
		errs.Add(houqin.Invalid(tp, fmt.Sprintf("a %s item has two tiers, met and not met; score a line of %d tiers as a judged item", m, len(tiers))))
		return 0
	case stepped && ci.deduct > 0:
		for k := 1; k < len(tiers); k++ {
			if tiers[k-1]-tiers[k] != ci.deduct {
				errs.Add(houqin.Invalid(field.Index(tp, k), fmt.Sprintf("%s is not a step of %s below the tier before it: a %s item's tiers fall by its deduction; score other tiers as a judged item", Points(tiers[k]), Points(ci.deduct), m)))
				return 0
			}
		}
	case stepped:
		return 0 // the deduction's own problem is reported
	}
	return tiers[len(tiers)-1]
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

// verdict returns the grade of score, the last band when vetoed, and
// whether it fails; in a rubric without bands, no grade, and a failure when
// vetoed.
func (s *scheme) verdict(score int64, vetoed bool) (string, bool) {
	if s.grades == nil {
		return "", vetoed
	}
	g := &s.grades[s.grade(score, vetoed)]
	return g.id, g.fail
}

// grade returns the index of the grade of score, the last one when vetoed,
// in a rubric with bands.
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
