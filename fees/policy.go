package fees

import (
	"strconv"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
)

// Policy holds the values of the fee rules that differ between regions and
// years. The zero Policy forbids no category, names no student supplies,
// commercial insurance or compulsory categories, applies no rural rule, treats no service fee as
// voluntary unless the catalog says so, lets the school bear every
// shortfall the catalog does not settle otherwise, and gives every deadline
// zero days; [DefaultPolicy] returns the values of the source documents
// each field names. Validate it with [Policy.Validate], or let [New] do it
// once.
type Policy struct {
	// Forbidden are the categories that may never be a fee, whatever the
	// catalog says: things inside teaching or school management
	// (关于规范中小学服务性收费和代收费管理有关问题的通知).
	// Default: handouts, test_papers, e_reading, computer_time, heating,
	// cooling, drinking_water, campus_security.
	Forbidden []Category `json:"forbidden"`
	// CollectiveClothing are the categories of collective clothing, class
	// and grade T-shirts and the like (班服、年级T恤), that a school may not
	// collect for, whatever the catalog says
	// (关于规范中小学服务性收费和代收费管理有关问题的通知). They stand on the
	// notice's banned list beside Forbidden; they have a list and a finding
	// of their own, [CodeCollectiveClothing], so that the finding says what
	// they are, where [CodeForbiddenItem] speaks of teaching and school
	// management. Default: collective_clothing.
	CollectiveClothing []Category `json:"collective_clothing"`
	// StudentSupplies are the categories of student supplies, which the
	// school and its teachers may not handle directly: they go through a
	// student-supplies service point or campus shop
	// (监利县学校后勤管理工作会议讲话（上半年工作总结）). Default: uniform, milk,
	// anti_myopia_books, study_aids.
	StudentSupplies []Category `json:"student_supplies"`
	// CommercialInsurance are the categories of commercial insurance, whose
	// premiums the school may not collect at all: they are paid at the
	// insurer's window or to the insurer
	// (监利县学校后勤管理工作会议讲话（上半年工作总结）;
	// 关于2015年规范教育收费治理教育乱收费工作的实施意见). Default:
	// accident_insurance, medical_insurance.
	CommercialInsurance []Category `json:"commercial_insurance"`
	// Compulsory are the categories of charges a pupil pays as a condition
	// of schooling or of boarding, whatever the catalog says of their
	// kind: no voluntary item may be collected in one payment with them
	// (关于进一步加强和规范教育收费管理的意见: 不得…将服务性收费与住宿费捆绑收取).
	// A charge the catalog does not make voluntary (a one-fee item, an
	// agency fee such as exercise books) is compulsory too. Default:
	// tuition, boarding.
	Compulsory []Category `json:"compulsory"`
	// RuralCompulsoryRule switches on the rule that a rural school of
	// compulsory education charges nothing but the categories of
	// RuralAllowed (关于规范中小学服务性收费和代收费管理有关问题的通知).
	// Default true.
	RuralCompulsoryRule bool `json:"rural_compulsory_rule"`
	// RuralAllowed are the categories a rural compulsory-education school
	// may charge when RuralCompulsoryRule holds. Default: exercise_books,
	// meals (for pupils who choose to eat at school).
	RuralAllowed []Category `json:"rural_allowed"`
	// ServiceFeesVoluntary makes every service fee voluntary, whatever the
	// catalog's Voluntary flag says (监利县学校后勤管理工作会议讲话（上半年工作总结）,
	// 贵溪市学校勤工俭学工作总结: 自愿, 不得强制). Default true.
	ServiceFeesVoluntary bool `json:"service_fees_voluntary"`
	// AgencyTopUp lets a shortfall of an agency item be collected from the
	// pupils at settlement (多退少补) where the catalog item does not say;
	// false leaves it to the school (多退少不补). Service fees and one-fee
	// items are never topped up unless their catalog item says so. Default
	// false, the national rule (关于规范中小学服务性收费和代收费管理有关问题的通知).
	AgencyTopUp bool `json:"agency_top_up"`
	// PublishLeadDays is how many days before collection a charge must be
	// published (收费公示) at the latest: 0 means on the day of collection
	// or before (关于规范中小学服务性收费和代收费管理有关问题的通知: a fee not
	// published beforehand may not be collected). Default 0. At most 366.
	PublishLeadDays int `json:"publish_lead_days"`
	// SettlementPublicationDays is how many days after term end the
	// settlement of the agency and service items must be published to
	// parents (中心学校后勤工作计划（范文十一篇）: printed and published to
	// every parent at term end, 及时). Default 30, this library's reading of
	// "promptly". At most 366.
	SettlementPublicationDays int `json:"settlement_publication_days"`
	// SupplierSettlementDays is how many days after collection the money of
	// a SupplierSettlement item must be settled with the supplier
	// (2023年学校后勤管理工作计划: 学生装收费后，要及时结账，不得挪用). Default
	// 30, this library's reading of "promptly". At most 366.
	SupplierSettlementDays int `json:"supplier_settlement_days"`
	// SupplierSettlement are the categories whose money, when it passes
	// through the school or its supplies point, must be settled with the
	// supplier within SupplierSettlementDays. Default: uniform.
	SupplierSettlement []Category `json:"supplier_settlement"`
	// RegistrationDays is how many days before a term begins by the
	// Calendar its charges may already be collected, at registration
	// (报名注册), and count as collected in it: a charge is collected ahead
	// when it pays for days beyond the term (or, for an item per year, the
	// school year) of its collection day plus RegistrationDays
	// ([CodeChargedAcrossTerms], [CodeChargedAcrossYears]). Default 0: the
	// rule as 关于规范中小学服务性收费和代收费管理有关问题的通知 states it, by
	// month or by term, with the calendar's terms. At most 366.
	RegistrationDays int `json:"registration_days"`
	// LeavingRefundBy is how the part of a charge a pupil who leaves
	// before its end did not use is counted, where the catalog item does
	// not say ([Item.LeavingRefundBy]): by the day, the half-month or the
	// month ([CodeLeavingRefundShort], [Auditor.RefundOnLeaving]). The
	// zero value is [ByDay]. Default [ByDay]: service and agency fees are
	// settled at actual cost (关于规范中小学服务性收费和代收费管理有关问题的通知),
	// and meals paid for and not eaten are refunded (Xi'an municipal notice
	// on the meal fees of primary and secondary schools and kindergartens,
	// 2025); regions that count by the half-month or the month say so.
	LeavingRefundBy Granularity `json:"leaving_refund_by"`
	// OneFee is the one-fee system of compulsory education (一费制) where
	// a region still applies it: off by default.
	OneFee OneFeePolicy `json:"one_fee"`
	// Calendar gives the end of a term when a [Filing] names its Term
	// rather than its TermEnd. The zero Calendar means
	// houqin.DefaultCalendar (terms from 1 September and 1 February).
	Calendar houqin.Calendar `json:"calendar,omitzero"`
}

// OneFeePolicy is the one-fee system of compulsory education (一费制:
// 义务教育阶段学校“一费制”收费办法): the items of the one fee, charged to a
// pupil in a school year, held in all to a cap per stage. The system is
// historical (2001–2004 onward) and most regions no longer apply it, so it
// is off unless a region enables it; its caps and float are then the
// region's, the defaults the national ones. A region that applies it to
// rural schools does not apply the later rural rule, which leaves them
// only exercise books and meals ([Policy.RuralCompulsoryRule]): it
// switches that rule off.
type OneFeePolicy struct {
	// Enabled switches the cap on ([CodeOneFeeOverCap]). Default false:
	// the system is the region's choice to keep.
	Enabled bool `json:"enabled"`
	// Caps are the caps per pupil per school year, in yuan, by stage and
	// by rural or urban school; a school of a stage without a cap here is
	// not held to one. Default: 160.00 for rural primary schools and
	// 260.00 for rural junior secondary schools (义务教育阶段学校“一费制”收费办法).
	// A stage and rural pair appears at most once.
	Caps []OneFeeCap `json:"caps"`
	// Float is how far above the caps the region sets its own, a decimal
	// proportion in [0, 0.2] (0.2 for 20%) with at most eight decimals:
	// the national document lets a region float up to 20%. The cap a
	// school is held to is Cap × (1 + Float), to the fen below. Default 0.
	Float decimal.Decimal `json:"float"`
	// Categories are the categories that belong to the one fee whatever
	// their kind in the catalog, besides the items of kind [OneFee]: the
	// one fee covers the miscellaneous fee, textbooks and exercise books
	// (义务教育阶段学校“一费制”收费办法). Default: textbooks, exercise_books.
	Categories []Category `json:"categories"`
}

// OneFeeCap is the one-fee cap of one stage, rural or urban.
type OneFeeCap struct {
	// Stage is the stage of schooling the cap is for. Required.
	Stage Stage `json:"stage"`
	// Rural says the cap is for rural schools ([Filing.Rural]); false, for
	// the others.
	Rural bool `json:"rural,omitempty"`
	// Cap is the most a pupil pays for the one fee in a school year, in
	// yuan, at most two decimals, not negative.
	Cap decimal.Decimal `json:"cap"`
}

// maxOneFeeFloat is the largest float above the one-fee caps: 20%.
const maxOneFeeFloat = houqin.RatioOne / 5

// DefaultPolicy returns the policy of the source documents each field of
// [Policy] names: the forbidden categories, collective clothing and the
// rural rule of 关于规范中小学服务性收费和代收费管理有关问题的通知, the student
// supplies and commercial insurance of
// 监利县学校后勤管理工作会议讲话（上半年工作总结）, tuition and boarding as the
// compulsory charges of 关于进一步加强和规范教育收费管理的意见, voluntary
// service fees, 多退少不补 for agency fees, publication on or before the day
// of collection, settlements published and uniforms settled within 30 days,
// no days of registration before a term, refunds to pupils who leave
// counted by the day, the national one-fee caps (switched off), and the
// default school calendar.
func DefaultPolicy() Policy {
	return Policy{
		Forbidden:                 []Category{Handouts, TestPapers, EReading, ComputerTime, Heating, Cooling, DrinkingWater, CampusSecurity},
		CollectiveClothing:        []Category{CollectiveClothing},
		StudentSupplies:           []Category{Uniform, Milk, AntiMyopiaBooks, StudyAids},
		CommercialInsurance:       []Category{AccidentInsurance, MedicalInsurance},
		Compulsory:                []Category{Tuition, Boarding},
		RuralCompulsoryRule:       true,
		RuralAllowed:              []Category{ExerciseBooks, Meals},
		ServiceFeesVoluntary:      true,
		AgencyTopUp:               false,
		PublishLeadDays:           0,
		SettlementPublicationDays: 30,
		SupplierSettlementDays:    30,
		SupplierSettlement:        []Category{Uniform},
		RegistrationDays:          0,
		LeavingRefundBy:           ByDay,
		OneFee: OneFeePolicy{
			Caps: []OneFeeCap{
				{Stage: Primary, Rural: true, Cap: decimal.New(16000, -2)},
				{Stage: JuniorSecondary, Rural: true, Cap: decimal.New(26000, -2)},
			},
			Float:      decimal.Zero,
			Categories: []Category{Textbooks, ExerciseBooks},
		},
		Calendar: houqin.DefaultCalendar(),
	}
}

// maxDays bounds the policy's deadlines: a year.
const maxDays = 366

// Validate reports every problem of p at once (errors.Join), each an
// *houqin.InputError naming its field: "forbidden[2]",
// "settlement_publication_days", "calendar.year_start".
func (p Policy) Validate() error {
	var probs problem.List
	lists := []struct {
		name string
		cs   []Category
	}{
		{"forbidden", p.Forbidden},
		{"collective_clothing", p.CollectiveClothing},
		{"student_supplies", p.StudentSupplies},
		{"commercial_insurance", p.CommercialInsurance},
		{"compulsory", p.Compulsory},
		{"rural_allowed", p.RuralAllowed},
		{"supplier_settlement", p.SupplierSettlement},
	}
	for _, l := range lists {
		for i, c := range l.cs {
			probs.Add(houqin.WithField(field.Index(l.name, i), c.Validate()))
		}
	}
	days := []struct {
		name string
		n    int
	}{
		{"publish_lead_days", p.PublishLeadDays},
		{"settlement_publication_days", p.SettlementPublicationDays},
		{"supplier_settlement_days", p.SupplierSettlementDays},
		{"registration_days", p.RegistrationDays},
	}
	for _, d := range days {
		if d.n < 0 || d.n > maxDays {
			probs.Add(houqin.Invalid(d.name, strconv.Itoa(d.n)+" days out of range [0, 366]"))
		}
	}
	if p.LeavingRefundBy != 0 {
		probs.Add(invalid("leaving_refund_by", granularityCodec.Validate(uint8(p.LeavingRefundBy))))
	}
	probs.Add(houqin.WithField("one_fee", p.OneFee.validate()))
	if p.Calendar != (houqin.Calendar{}) {
		probs.Add(houqin.WithField("calendar", p.Calendar.Validate()))
	}
	return probs.Err()
}

// validate reports every problem of the one-fee policy, each naming its
// field: "caps[1].cap", "float".
func (o OneFeePolicy) validate() error {
	var probs problem.List
	seen := map[OneFeeCap]int{}
	for i, c := range o.Caps {
		at := field.Index("caps", i)
		if why := stageCodec.Validate(uint8(c.Stage)); why != "" {
			probs.Add(houqin.Invalid(at+".stage", why))
		} else if j, dup := seen[OneFeeCap{Stage: c.Stage, Rural: c.Rural}]; dup {
			where := " urban"
			if c.Rural {
				where = " rural"
			}
			probs.Add(houqin.Invalid(at+".stage", "a second cap for "+c.Stage.String()+where+
				" schools (also "+field.Index("caps", j)+")"))
		} else {
			seen[OneFeeCap{Stage: c.Stage, Rural: c.Rural}] = i
		}
		_, err := amountOf("cap", c.Cap)
		probs.Add(houqin.WithField(at, err))
	}
	if r, err := houqin.RatioOf("float", o.Float); err != nil {
		probs.Add(err)
	} else if r < 0 || r > maxOneFeeFloat {
		probs.Add(houqin.Invalid("float", o.Float.String()+" out of range [0, 0.2]"))
	}
	for i, c := range o.Categories {
		probs.Add(houqin.WithField(field.Index("categories", i), c.Validate()))
	}
	return probs.Err()
}

// ParsePolicy reads a policy from JSON over [DefaultPolicy]: a field the
// JSON leaves out keeps its default, so a region writes only what differs
// ({"agency_top_up": true}); an empty list ("forbidden": []) clears a
// default list. Unknown fields are refused, and the result is validated.
// Every problem is an *houqin.InputError naming the field.
func ParsePolicy(data []byte) (Policy, error) {
	p := DefaultPolicy()
	if err := houqin.DecodeJSON(data, &p); err != nil {
		return Policy{}, err
	}
	if err := p.Validate(); err != nil {
		return Policy{}, err
	}
	return p, nil
}

// catFlags says what the policy makes of a category.
type catFlags uint8

const (
	flagForbidden catFlags = 1 << iota
	flagSupplies
	flagInsurance
	flagRuralAllowed
	flagSupplier
	flagClothing
	flagCompulsory
	flagOneFee
)

// compiled is a validated policy in the form the rules use: its lists of
// categories folded into one map, its one-fee caps in fen, and its
// calendar set.
type compiled struct {
	Policy // its lists are read through cats
	cats   map[Category]catFlags
	// oneFeeCap is the one-fee cap by stage and rural (1) or not (0),
	// after the float, to the fen below; −1 where there is none.
	oneFeeCap [6][2]houqin.Fen
}

func compilePolicy(p Policy) compiled {
	c := compiled{Policy: p, cats: map[Category]catFlags{}}
	if c.Calendar == (houqin.Calendar{}) {
		c.Calendar = houqin.DefaultCalendar()
	}
	if c.LeavingRefundBy == 0 {
		c.LeavingRefundBy = ByDay
	}
	add := func(cs []Category, f catFlags) {
		for _, x := range cs {
			c.cats[x] |= f
		}
	}
	add(p.Forbidden, flagForbidden)
	add(p.StudentSupplies, flagSupplies)
	add(p.CommercialInsurance, flagInsurance)
	add(p.RuralAllowed, flagRuralAllowed)
	add(p.SupplierSettlement, flagSupplier)
	add(p.CollectiveClothing, flagClothing)
	add(p.Compulsory, flagCompulsory)
	add(p.OneFee.Categories, flagOneFee)
	for s := range c.oneFeeCap {
		c.oneFeeCap[s] = [2]houqin.Fen{-1, -1}
	}
	float, _ := houqin.RatioOf("float", p.OneFee.Float)
	for _, x := range p.OneFee.Caps {
		base, _ := houqin.FenOf("cap", x.Cap)
		// base ≤ 10¹⁴ and 1 + float ≤ 1.2: the product needs 128 bits,
		// the quotient fits an int64.
		q, _, _ := fixed.MulDiv128(uint64(base), uint64(houqin.RatioOne+float), uint64(houqin.RatioOne))
		c.oneFeeCap[x.Stage][b2i(x.Rural)] = houqin.Fen(q)
	}
	return c
}

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
