package fees

import (
	"strconv"

	"github.com/houqin-go/houqin"
	"golang.org/x/text/language"
)

// The enums of this file start at 1, so that the zero value means "not
// set". They encode in JSON by name; the zero value encodes as "" and an
// empty text decodes to it, so that a host's JSON round-trips, and Validate
// (of the catalog, the filing) refuses it where a value is required.

// enumText is the shared text encoding of the enums: names[v] is the name of
// value v, names[0] is "".
type enumText struct {
	typ   string   // Go name, for String: "Kind"
	field string   // JSON field, for errors: "kind"
	names []string // names[0] == ""
}

func (e enumText) valid(v uint8) bool { return v >= 1 && int(v) < len(e.names) }

func (e enumText) string(v uint8) string {
	if e.valid(v) {
		return e.names[v]
	}
	return e.typ + "(" + strconv.Itoa(int(v)) + ")"
}

func (e enumText) marshal(v uint8) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if !e.valid(v) {
		return nil, houqin.Invalid(e.field, "unknown "+e.field+" "+e.string(v))
	}
	return []byte(e.names[v]), nil
}

func (e enumText) unmarshal(b []byte) (uint8, error) {
	if len(b) == 0 {
		return 0, nil
	}
	for i := 1; i < len(e.names); i++ {
		if string(b) == e.names[i] {
			return uint8(i), nil
		}
	}
	return 0, houqin.Invalid(e.field, "unknown "+e.field+" "+strconv.Quote(clip(string(b), 32))+" (want "+e.list()+")")
}

func (e enumText) validate(v uint8) error {
	if v == 0 {
		return houqin.Invalid("", "missing")
	}
	if !e.valid(v) {
		return houqin.Invalid("", "unknown "+e.field+" "+e.string(v))
	}
	return nil
}

func (e enumText) list() string {
	s := ""
	for i := 1; i < len(e.names); i++ {
		switch {
		case i == 1:
		case i == len(e.names)-1:
			s += " or "
		default:
			s += ", "
		}
		s += e.names[i]
	}
	return s
}

func (e enumText) label(tag language.Tag, v uint8) string {
	if !e.valid(v) {
		return e.string(v)
	}
	return houqin.Localize(tag, houqin.Code("fees."+e.field+"."+e.names[v]))
}

// clip shortens s to at most n bytes on a rune boundary, for error messages.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

// Kind is the kind of a charge in the approved catalog. It encodes in JSON as
// "one_fee", "service" or "agency".
type Kind uint8

// The kinds of charge (中心学校后勤工作计划（范文十一篇）, 2023年学校后勤管理工作计划;
// 关于规范中小学服务性收费和代收费管理有关问题的通知).
const (
	// OneFee is an item of the one-fee system of compulsory education
	// (一费制): fixed items collected as one fee under one cap
	// (义务教育阶段学校“一费制”收费办法).
	OneFee Kind = iota + 1
	// Service is a service fee (服务性收费): meals, boarding, uniforms,
	// student milk, anti-myopia exercise books. Voluntary and non-profit,
	// settled at actual cost.
	Service
	// Agency is an agency fee collected on behalf of a third party
	// (代收费, 代办费): textbooks, exercise books. No margin; settled at
	// term end at actual cost.
	Agency
)

var kindText = enumText{"Kind", "kind", []string{"", "one_fee", "service", "agency"}}

// String returns "one_fee", "service" or "agency", and "Kind(n)" for any
// other value, the zero value included.
func (k Kind) String() string { return kindText.string(uint8(k)) }

// Valid reports whether k is one of the kinds.
func (k Kind) Valid() bool { return kindText.valid(uint8(k)) }

// Label names k for a reader: 一费制项目, 服务性收费, 代收费; "one-fee item",
// "service fee", "agency fee".
func (k Kind) Label(tag language.Tag) string { return kindText.label(tag, uint8(k)) }

// MarshalText encodes k by its name, and the zero Kind as "". It refuses a
// value out of range with an *houqin.InputError.
func (k Kind) MarshalText() ([]byte, error) { return kindText.marshal(uint8(k)) }

// UnmarshalText decodes a name written by [Kind.MarshalText]; it returns an
// *houqin.InputError for field "kind" for any other text.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := kindText.unmarshal(b)
	if err == nil {
		*k = Kind(v)
	}
	return err
}

// Unit is what an item's approved standard is charged per. It encodes in
// JSON as "term", "year", "month", "day", "set" or "class_hour".
type Unit uint8

// The units of a standard.
const (
	// PerTerm is per pupil per term (每生每学期).
	PerTerm Unit = iota + 1
	// PerYear is per pupil per school year (每生每学年).
	PerYear
	// PerMonth is per pupil per month (每生每月).
	PerMonth
	// PerDay is per pupil per school day (每生每天).
	PerDay
	// PerSet is per set (每套), as of uniforms.
	PerSet
	// PerClassHour is per class hour (每课时).
	PerClassHour
)

var unitText = enumText{"Unit", "unit", []string{"", "term", "year", "month", "day", "set", "class_hour"}}

// String returns the name of u, "term" or "class_hour", and "Unit(n)" for
// any other value, the zero value included.
func (u Unit) String() string { return unitText.string(uint8(u)) }

// Valid reports whether u is one of the units.
func (u Unit) Valid() bool { return unitText.valid(uint8(u)) }

// Label names u for a fee board: 每生每学期, 每套; "per pupil per term",
// "per set".
func (u Unit) Label(tag language.Tag) string { return unitText.label(tag, uint8(u)) }

// MarshalText encodes u by its name, and the zero Unit as "".
func (u Unit) MarshalText() ([]byte, error) { return unitText.marshal(uint8(u)) }

// UnmarshalText decodes a name written by [Unit.MarshalText]; it returns an
// *houqin.InputError for field "unit" for any other text.
func (u *Unit) UnmarshalText(b []byte) error {
	v, err := unitText.unmarshal(b)
	if err == nil {
		*u = Unit(v)
	}
	return err
}

// Stage is a stage of schooling. It encodes in JSON as "kindergarten",
// "primary", "junior_secondary", "senior_secondary" or "vocational".
type Stage uint8

// The stages of schooling.
const (
	// Kindergarten is pre-school education (学前教育).
	Kindergarten Stage = iota + 1
	// Primary is primary school (小学), compulsory.
	Primary
	// JuniorSecondary is junior secondary school (初中), compulsory.
	JuniorSecondary
	// SeniorSecondary is general senior secondary school (普通高中).
	SeniorSecondary
	// Vocational is secondary vocational school (中职).
	Vocational
)

var stageText = enumText{"Stage", "stage", []string{"", "kindergarten", "primary", "junior_secondary", "senior_secondary", "vocational"}}

// String returns the name of s, "primary" or "junior_secondary", and
// "Stage(n)" for any other value, the zero value included.
func (s Stage) String() string { return stageText.string(uint8(s)) }

// Valid reports whether s is one of the stages.
func (s Stage) Valid() bool { return stageText.valid(uint8(s)) }

// Compulsory reports whether s is a stage of compulsory education (义务教育):
// primary or junior secondary.
func (s Stage) Compulsory() bool { return s == Primary || s == JuniorSecondary }

// Label names s for a reader: 小学, 初中; "primary school".
func (s Stage) Label(tag language.Tag) string { return stageText.label(tag, uint8(s)) }

// MarshalText encodes s by its name, and the zero Stage as "".
func (s Stage) MarshalText() ([]byte, error) { return stageText.marshal(uint8(s)) }

// UnmarshalText decodes a name written by [Stage.MarshalText]; it returns
// an *houqin.InputError for field "stage" for any other text.
func (s *Stage) UnmarshalText(b []byte) error {
	v, err := stageText.unmarshal(b)
	if err == nil {
		*s = Stage(v)
	}
	return err
}

// Handler is who takes the pupils' money for a charge. It encodes in JSON as
// "school", "supplies_point", "insurer_window" or "provider".
type Handler uint8

// Who handles the money (监利县学校后勤管理工作会议讲话（上半年工作总结）).
const (
	// HandlerSchool is the school itself: its office, its class teachers or
	// any of its staff collecting directly (学校及老师直接经办).
	HandlerSchool Handler = iota + 1
	// HandlerSuppliesPoint is a student-supplies service point or campus
	// shop run on market terms (学生用品服务部, 校园超市), where pupils buy by
	// choice.
	HandlerSuppliesPoint
	// HandlerInsurerWindow is the separate window an insurer sets up with
	// the relevant department (相关部门设立的专门窗口), where parents buy
	// student accident and medical insurance.
	HandlerInsurerWindow
	// HandlerProvider is the provider itself (supplier, publisher, dairy,
	// insurer), paid by the families without the school in between.
	HandlerProvider
)

var handlerText = enumText{"Handler", "handler", []string{"", "school", "supplies_point", "insurer_window", "provider"}}

// String returns the name of h, "school" or "supplies_point", and
// "Handler(n)" for any other value, the zero value included.
func (h Handler) String() string { return handlerText.string(uint8(h)) }

// Valid reports whether h is one of the handlers.
func (h Handler) Valid() bool { return handlerText.valid(uint8(h)) }

// Label names h for a reader: 学校直接收取, 学生用品服务部; "the school itself".
func (h Handler) Label(tag language.Tag) string { return handlerText.label(tag, uint8(h)) }

// MarshalText encodes h by its name, and the zero Handler as "".
func (h Handler) MarshalText() ([]byte, error) { return handlerText.marshal(uint8(h)) }

// UnmarshalText decodes a name written by [Handler.MarshalText]; it returns
// an *houqin.InputError for field "handler" for any other text.
func (h *Handler) UnmarshalText(b []byte) error {
	v, err := handlerText.unmarshal(b)
	if err == nil {
		*h = Handler(v)
	}
	return err
}

// Shortfall is what happens at settlement when an item cost more than was
// collected for it. It encodes in JSON as "borne" or "top_up"; the zero
// Shortfall ("") leaves it to the policy (see [Policy.AgencyTopUp]).
type Shortfall uint8

// The shortfall rules.
const (
	// ShortfallBorne is 多退少不补: an excess is refunded, a shortfall is not
	// collected from the pupils; the school bears it. The national rule for
	// service fees (关于规范中小学服务性收费和代收费管理有关问题的通知).
	ShortfallBorne Shortfall = iota + 1
	// ShortfallTopUp is 多退少补: an excess is refunded and a shortfall is
	// collected from the pupils. Allowed for agency fees in some regions.
	ShortfallTopUp
)

var shortfallText = enumText{"Shortfall", "shortfall", []string{"", "borne", "top_up"}}

// String returns "borne" or "top_up", and "Shortfall(n)" for any other
// value, the zero value included.
func (s Shortfall) String() string { return shortfallText.string(uint8(s)) }

// MarshalText encodes s by its name, and the zero Shortfall as "".
func (s Shortfall) MarshalText() ([]byte, error) { return shortfallText.marshal(uint8(s)) }

// UnmarshalText decodes a name written by [Shortfall.MarshalText]; it
// returns an *houqin.InputError for field "shortfall" for any other text.
func (s *Shortfall) UnmarshalText(b []byte) error {
	v, err := shortfallText.unmarshal(b)
	if err == nil {
		*s = Shortfall(v)
	}
	return err
}

// Outcome is the result of settling one charge at term end. It encodes in
// JSON as "balanced", "refund", "top_up" or "borne".
type Outcome uint8

// The outcomes of a settlement.
const (
	// Balanced: the item cost exactly what was collected.
	Balanced Outcome = iota + 1
	// Refund: the item cost less than was collected; the excess goes back to
	// the pupils (多退).
	Refund
	// TopUp: the item cost more and the catalog allows collecting the
	// shortfall from the pupils (少补).
	TopUp
	// Borne: the item cost more and the shortfall is not collected; the
	// school bears it (少不补).
	Borne
)

var outcomeText = enumText{"Outcome", "outcome", []string{"", "balanced", "refund", "top_up", "borne"}}

// String returns the name of o, and "Outcome(n)" for any other value.
func (o Outcome) String() string { return outcomeText.string(uint8(o)) }

// MarshalText encodes o by its name, and the zero Outcome as "".
func (o Outcome) MarshalText() ([]byte, error) { return outcomeText.marshal(uint8(o)) }

// UnmarshalText decodes a name written by [Outcome.MarshalText].
func (o *Outcome) UnmarshalText(b []byte) error {
	v, err := outcomeText.unmarshal(b)
	if err == nil {
		*o = Outcome(v)
	}
	return err
}

// Category classifies what a charge is for, so that the policy can name
// what may never be a fee, what counts as student supplies or commercial
// insurance, and what a rural compulsory-education school may charge. It is
// a lower-case snake_case name of 1 to 64 bytes. The library knows the
// categories below; a region may use its own.
type Category string

// The categories the default policy names.
const (
	// Things inside teaching or school management, never a fee
	// (关于规范中小学服务性收费和代收费管理有关问题的通知).
	Handouts       Category = "handouts"        // 讲义资料
	TestPapers     Category = "test_papers"     // 试卷
	EReading       Category = "e_reading"       // 电子阅览
	ComputerTime   Category = "computer_time"   // 计算机上机
	Heating        Category = "heating"         // 取暖
	Cooling        Category = "cooling"         // 降温
	DrinkingWater  Category = "drinking_water"  // 饮用水
	CampusSecurity Category = "campus_security" // 安保

	// Student supplies, which the school and its teachers may not handle
	// directly (监利县学校后勤管理工作会议讲话（上半年工作总结）).
	Uniform         Category = "uniform"           // 学生装, 校服
	Milk            Category = "milk"              // 学生饮用奶
	AntiMyopiaBooks Category = "anti_myopia_books" // 防近视抄本
	StudyAids       Category = "study_aids"        // 教辅资料

	// Commercial insurance, which the school may not collect
	// (监利县学校后勤管理工作会议讲话（上半年工作总结）;
	// 关于2015年规范教育收费治理教育乱收费工作的实施意见).
	AccidentInsurance Category = "accident_insurance" // 学生平安险, 学平险
	MedicalInsurance  Category = "medical_insurance"  // 学生医疗保险 (commercial)

	// What a rural compulsory-education school may charge
	// (关于规范中小学服务性收费和代收费管理有关问题的通知).
	ExerciseBooks Category = "exercise_books" // 作业本
	Meals         Category = "meals"          // 伙食费

	// Other common items.
	Textbooks Category = "textbooks" // 课本
	Boarding  Category = "boarding"  // 住宿费
)

// Validate reports an *houqin.InputError unless c is a lower-case
// snake_case name of 1 to 64 bytes that starts with a letter.
func (c Category) Validate() error {
	if len(c) == 0 || len(c) > 64 {
		return houqin.Invalid("", "a category has 1 to 64 bytes")
	}
	for i := 0; i < len(c); i++ {
		ch := c[i]
		switch {
		case ch >= 'a' && ch <= 'z':
		case i > 0 && (ch >= '0' && ch <= '9' || ch == '_'):
		default:
			return houqin.Invalid("", "want a lower-case snake_case category, got "+strconv.Quote(clip(string(c), 32)))
		}
	}
	return nil
}
