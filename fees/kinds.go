package fees

import (
	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/enum"
	"golang.org/x/text/language"
)

// The enums of this file start at 1, so that the zero value means "not
// set". They encode in JSON by name; the zero value encodes as "" and an
// empty text decodes to it, so that a host's JSON round-trips, and Validate
// (of the catalog, the filing) refuses it where a value is required.

// invalid returns the reason a codec gives for a refusal as an
// *houqin.InputError for field, and nil when there is none.
func invalid(field, why string) error {
	if why == "" {
		return nil
	}
	return houqin.Invalid(field, why)
}

// marshal and unmarshal are the MarshalText and UnmarshalText of an enum.
func marshal(c *enum.Codec, field string, v uint8) ([]byte, error) {
	b, why := c.Marshal(v)
	return b, invalid(field, why)
}

func unmarshal[T ~uint8](c *enum.Codec, field string, p *T, b []byte) error {
	v, why := c.Parse(b)
	if why == "" {
		*p = T(v)
	}
	return invalid(field, why)
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

var kindCodec = enum.New("Kind", "kind",
	enum.Value{},
	enum.Value{Name: "one_fee", Hans: "一费制项目", Hant: "一費制項目", En: "one-fee item"},
	enum.Value{Name: "service", Hans: "服务性收费", Hant: "服務性收費", En: "service fee"},
	enum.Value{Name: "agency", Hans: "代收费", Hant: "代收費", En: "agency fee"},
)

// String returns "one_fee", "service" or "agency", and "Kind(n)" for any
// other value, the zero value included.
func (k Kind) String() string { return kindCodec.String(uint8(k)) }

// Valid reports whether k is one of the kinds.
func (k Kind) Valid() bool { return kindCodec.Valid(uint8(k)) }

// Label names k for a reader: 一费制项目, 服务性收费, 代收费; "one-fee item",
// "service fee", "agency fee".
func (k Kind) Label(tag language.Tag) string { return kindCodec.Label(tag, uint8(k)) }

// MarshalText encodes k by its name, and the zero Kind as "". It refuses a
// value out of range with an *houqin.InputError.
func (k Kind) MarshalText() ([]byte, error) { return marshal(kindCodec, "kind", uint8(k)) }

// UnmarshalText decodes a name written by [Kind.MarshalText]; it returns an
// *houqin.InputError for field "kind" for any other text.
func (k *Kind) UnmarshalText(b []byte) error { return unmarshal(kindCodec, "kind", k, b) }

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

var unitCodec = enum.New("Unit", "unit",
	enum.Value{},
	enum.Value{Name: "term", Hans: "每生每学期", Hant: "每生每學期", En: "per pupil per term"},
	enum.Value{Name: "year", Hans: "每生每学年", Hant: "每生每學年", En: "per pupil per school year"},
	enum.Value{Name: "month", Hans: "每生每月", Hant: "每生每月", En: "per pupil per month"},
	enum.Value{Name: "day", Hans: "每生每天", Hant: "每生每天", En: "per pupil per school day"},
	enum.Value{Name: "set", Hans: "每套", Hant: "每套", En: "per set"},
	enum.Value{Name: "class_hour", Hans: "每课时", Hant: "每課時", En: "per class hour"},
)

// String returns the name of u, "term" or "class_hour", and "Unit(n)" for
// any other value, the zero value included.
func (u Unit) String() string { return unitCodec.String(uint8(u)) }

// Valid reports whether u is one of the units.
func (u Unit) Valid() bool { return unitCodec.Valid(uint8(u)) }

// Label names u for a fee board: 每生每学期, 每套; "per pupil per term",
// "per set".
func (u Unit) Label(tag language.Tag) string { return unitCodec.Label(tag, uint8(u)) }

// MarshalText encodes u by its name, and the zero Unit as "".
func (u Unit) MarshalText() ([]byte, error) { return marshal(unitCodec, "unit", uint8(u)) }

// UnmarshalText decodes a name written by [Unit.MarshalText]; it returns an
// *houqin.InputError for field "unit" for any other text.
func (u *Unit) UnmarshalText(b []byte) error { return unmarshal(unitCodec, "unit", u, b) }

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

var stageCodec = enum.New("Stage", "stage",
	enum.Value{},
	enum.Value{Name: "kindergarten", Hans: "幼儿园", Hant: "幼兒園", En: "kindergarten"},
	enum.Value{Name: "primary", Hans: "小学", Hant: "小學", En: "primary school"},
	enum.Value{Name: "junior_secondary", Hans: "初中", Hant: "初中", En: "junior secondary school"},
	enum.Value{Name: "senior_secondary", Hans: "普通高中", Hant: "普通高中", En: "senior secondary school"},
	enum.Value{Name: "vocational", Hans: "中等职业学校", Hant: "中等職業學校", En: "secondary vocational school"},
)

// String returns the name of s, "primary" or "junior_secondary", and
// "Stage(n)" for any other value, the zero value included.
func (s Stage) String() string { return stageCodec.String(uint8(s)) }

// Valid reports whether s is one of the stages.
func (s Stage) Valid() bool { return stageCodec.Valid(uint8(s)) }

// Compulsory reports whether s is a stage of compulsory education (义务教育):
// primary or junior secondary.
func (s Stage) Compulsory() bool { return s == Primary || s == JuniorSecondary }

// Label names s for a reader: 小学, 初中; "primary school".
func (s Stage) Label(tag language.Tag) string { return stageCodec.Label(tag, uint8(s)) }

// MarshalText encodes s by its name, and the zero Stage as "".
func (s Stage) MarshalText() ([]byte, error) { return marshal(stageCodec, "stage", uint8(s)) }

// UnmarshalText decodes a name written by [Stage.MarshalText]; it returns
// an *houqin.InputError for field "stage" for any other text.
func (s *Stage) UnmarshalText(b []byte) error { return unmarshal(stageCodec, "stage", s, b) }

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

var handlerCodec = enum.New("Handler", "handler",
	enum.Value{},
	enum.Value{Name: "school", Hans: "学校直接收取", Hant: "學校直接收取", En: "the school itself"},
	enum.Value{Name: "supplies_point", Hans: "学生用品服务部", Hant: "學生用品服務部", En: "a student-supplies service point"},
	enum.Value{Name: "insurer_window", Hans: "保险机构专门窗口", Hant: "保險機構專門窗口", En: "the insurer's own window"},
	enum.Value{Name: "provider", Hans: "提供方直接收取", Hant: "提供方直接收取", En: "the provider itself"},
)

// String returns the name of h, "school" or "supplies_point", and
// "Handler(n)" for any other value, the zero value included.
func (h Handler) String() string { return handlerCodec.String(uint8(h)) }

// Valid reports whether h is one of the handlers.
func (h Handler) Valid() bool { return handlerCodec.Valid(uint8(h)) }

// Label names h for a reader: 学校直接收取, 学生用品服务部; "the school itself".
func (h Handler) Label(tag language.Tag) string { return handlerCodec.Label(tag, uint8(h)) }

// MarshalText encodes h by its name, and the zero Handler as "".
func (h Handler) MarshalText() ([]byte, error) { return marshal(handlerCodec, "handler", uint8(h)) }

// UnmarshalText decodes a name written by [Handler.MarshalText]; it returns
// an *houqin.InputError for field "handler" for any other text.
func (h *Handler) UnmarshalText(b []byte) error { return unmarshal(handlerCodec, "handler", h, b) }

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

var shortfallCodec = enum.New("Shortfall", "shortfall",
	enum.Value{},
	enum.Value{Name: "borne"},
	enum.Value{Name: "top_up"},
)

// String returns "borne" or "top_up", and "Shortfall(n)" for any other
// value, the zero value included.
func (s Shortfall) String() string { return shortfallCodec.String(uint8(s)) }

// MarshalText encodes s by its name, and the zero Shortfall as "".
func (s Shortfall) MarshalText() ([]byte, error) {
	return marshal(shortfallCodec, "shortfall", uint8(s))
}

// UnmarshalText decodes a name written by [Shortfall.MarshalText]; it
// returns an *houqin.InputError for field "shortfall" for any other text.
func (s *Shortfall) UnmarshalText(b []byte) error {
	return unmarshal(shortfallCodec, "shortfall", s, b)
}

// Granularity is the unit by which the part of a charge a pupil did not use
// is counted when the pupil leaves before the end of what it paid for
// (中途退学、转学): by the day, the half-month or the month. It encodes in
// JSON as "day", "half_month" or "month"; the zero Granularity ("") leaves
// it to the catalog item or the policy (see [Policy.LeavingRefundBy]).
type Granularity uint8

// The granularities of a refund to a pupil who leaves.
const (
	// ByDay counts days: the day the pupil leaves is used, every day after
	// it is refunded.
	ByDay Granularity = iota + 1
	// ByHalfMonth counts half-months from the first day paid for (the 1st
	// to the 15th and the 16th to the month's end when that is the 1st): a
	// half-month begun is used, every half-month not begun is refunded.
	ByHalfMonth
	// ByMonth counts months from the first day paid for: a month begun is
	// used, every month not begun is refunded.
	ByMonth
)

var granularityCodec = enum.New("Granularity", "granularity",
	enum.Value{},
	enum.Value{Name: "day", Hans: "按天", Hant: "按天", En: "by the day"},
	enum.Value{Name: "half_month", Hans: "按半月", Hant: "按半月", En: "by the half-month"},
	enum.Value{Name: "month", Hans: "按月", Hant: "按月", En: "by the month"},
)

// String returns "day", "half_month" or "month", and "Granularity(n)" for
// any other value, the zero value included.
func (g Granularity) String() string { return granularityCodec.String(uint8(g)) }

// Valid reports whether g is one of the granularities.
func (g Granularity) Valid() bool { return granularityCodec.Valid(uint8(g)) }

// Label names g for a reader: 按天, 按半月, 按月; "by the day".
func (g Granularity) Label(tag language.Tag) string { return granularityCodec.Label(tag, uint8(g)) }

// MarshalText encodes g by its name, and the zero Granularity as "".
func (g Granularity) MarshalText() ([]byte, error) {
	return marshal(granularityCodec, "granularity", uint8(g))
}

// UnmarshalText decodes a name written by [Granularity.MarshalText]; it
// returns an *houqin.InputError for field "granularity" for any other text.
func (g *Granularity) UnmarshalText(b []byte) error {
	return unmarshal(granularityCodec, "granularity", g, b)
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

var outcomeCodec = enum.New("Outcome", "outcome",
	enum.Value{},
	enum.Value{Name: "balanced"},
	enum.Value{Name: "refund"},
	enum.Value{Name: "top_up"},
	enum.Value{Name: "borne"},
)

// String returns the name of o, and "Outcome(n)" for any other value.
func (o Outcome) String() string { return outcomeCodec.String(uint8(o)) }

// MarshalText encodes o by its name, and the zero Outcome as "".
func (o Outcome) MarshalText() ([]byte, error) { return marshal(outcomeCodec, "outcome", uint8(o)) }

// UnmarshalText decodes a name written by [Outcome.MarshalText].
func (o *Outcome) UnmarshalText(b []byte) error { return unmarshal(outcomeCodec, "outcome", o, b) }

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

	// Collective clothing: class or grade T-shirts and the like, which a
	// school may not collect for (关于规范中小学服务性收费和代收费管理有关问题的通知).
	// A school uniform (校服, [Uniform]) is not collective clothing.
	CollectiveClothing Category = "collective_clothing" // 班服, 年级T恤

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

	// Charges a pupil pays as a condition of schooling or boarding, which
	// no voluntary item may be collected with ([Policy.Compulsory]).
	Tuition  Category = "tuition"  // 学费
	Boarding Category = "boarding" // 住宿费

	// Other common items.
	Textbooks Category = "textbooks" // 课本
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
			return houqin.Invalid("", "want a lower-case snake_case category, got "+clip.Quote(string(c), 32))
		}
	}
	return nil
}
