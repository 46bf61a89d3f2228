package insurance

import (
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Policy holds the region's kinds of insurance policy and the rules of
// each: what coverage is required, who pays, the contract's premium range,
// the reporting deadline and the per-pupil limit. Read it from the host's
// storage with [ParsePolicy] (or build it in Go and check it with
// [Policy.Validate]) and compile it with [New].
//
//	{"kinds": {
//	  "school_liability": {"required_coverage": "1", "school_pays": true,
//	    "premium_min": "3.90", "premium_max": "8.00", "report_deadline_hours": 4,
//	    "per_pupil_limit": "400000.00"},
//	  "preschool_food_safety": {"name": {"zh_hans": "幼儿园食品安全责任险",
//	    "zh_hant": "幼兒園食品安全責任險", "en": "preschool food safety liability insurance"},
//	    "required_coverage": "1"}}}
//
// The built-in kinds ([SchoolLiability] and the others) are known whatever
// the policy says, with their names built in. A kind of the host's own is
// known to a [Checker], and to the tallies it makes, when its policy lists
// it with its names; so the kinds a region adds travel with its policy, and
// no other code in the process can change what a check accepts.
//
// A kind missing from Kinds has no rules: every zero value below means
// "no such rule".
type Policy struct {
	// Kinds holds the kinds of the region that have rules or are the
	// host's own. Keys are well-formed kind codes; a key that is not a
	// built-in kind must have a Name.
	Kinds map[Kind]KindPolicy `json:"kinds"`
	// BureauReportHours is how many hours after a serious incident the
	// school must report it to the education bureau ([Incident]), in
	// [0, 8784]. The default is 24, the time the national notice gives for
	// reporting to the insurer; cities that want it sooner set their own,
	// such as 2 or 4. Zero sets no deadline.
	BureauReportHours int `json:"bureau_report_hours"`
}

// KindPolicy holds one kind of policy: its names, for a kind of the host's
// own, and its rules.
type KindPolicy struct {
	// Name is the name of a kind of the host's own, required in each of
	// the three languages. A built-in kind has its names built in and
	// leaves Name empty.
	Name Name `json:"name,omitzero"`
	// RequiredCoverage is the insured rate each school must reach, a ratio
	// in [0, 1] with at most eight decimals: 1 is full coverage (应保尽保).
	// Zero requires nothing.
	RequiredCoverage decimal.Decimal `json:"required_coverage"`
	// SchoolPays says the premium comes from public or school funds and is
	// never charged to pupils (school and internship liability).
	SchoolPays bool `json:"school_pays"`
	// Voluntary says parents buy the cover of their own free will, directly
	// and never through the school (student accident insurance). A kind is
	// not both SchoolPays and Voluntary.
	Voluntary bool `json:"voluntary"`
	// PremiumMin is the contract's least premium per pupil, in yuan. Zero
	// sets no minimum.
	PremiumMin decimal.Decimal `json:"premium_min"`
	// PremiumMax is the contract's greatest premium per pupil, in yuan,
	// not below PremiumMin. Zero sets no maximum.
	PremiumMax decimal.Decimal `json:"premium_max"`
	// ReportDeadlineHours is how many hours after the incident a claim may
	// be reported, in [0, 8784] (a year). Zero sets no deadline.
	ReportDeadlineHours int `json:"report_deadline_hours"`
	// PerPupilLimit is the most the policy pays on one claim (one pupil),
	// in yuan. Zero sets no limit.
	PerPupilLimit decimal.Decimal `json:"per_pupil_limit"`
	// PerAccidentLimit is the most the policy pays one school for one
	// accident, all its claims together (Claim.Accident), in yuan: the
	// national range is 4,500,000 to 20,000,000 yuan. Zero sets no limit;
	// otherwise not below PerPupilLimit.
	PerAccidentLimit decimal.Decimal `json:"per_accident_limit"`
	// PublicFunds lists the funds a publicly run school may pay the
	// premium from when public or school money pays it (school liability:
	// the running budget or the work-study funds of the bureau and the
	// school). Empty sets no rule.
	PublicFunds []Fund `json:"public_funds,omitempty"`
	// PrivateFunds lists the funds a privately run school (民办) may pay the
	// premium from (school liability: its own funds). Empty sets no rule.
	PrivateFunds []Fund `json:"private_funds,omitempty"`
	// PolicyYearStart is the first day of the kind's policy year, which
	// runs to the day before it a year later (school liability: 09-01, so
	// 1 September to 31 August); cover is judged against the contracts in
	// force ([Checker.CheckContracts]). A day of every year (not 02-29).
	// Zero sets no policy year, and no such check.
	PolicyYearStart houqin.MonthDay `json:"policy_year_start,omitzero"`
}

// maxDeadlineHours bounds ReportDeadlineHours: a leap year of hours.
const maxDeadlineHours = 366 * 24

// DefaultPolicy returns the national rules for school insurance, those of
// 关于推行校方责任保险完善校园伤害事故风险管理机制的通知 where the local
// documents are silent:
//   - school liability: full coverage required (100%, as
//     监利县学校后勤管理工作会议讲话（上半年工作总结） asks too), paid from
//     public or school funds (贵溪市学校勤工俭学工作总结 pays it from
//     work-study funds), premiums from ¥3.90 to ¥8.00 per pupil, claims
//     reported within 24 hours of the incident, and at most ¥600,000.00
//     paid per pupil (the top of the national range of 300,000 to 600,000
//     yuan; a region whose contract has a lower limit sets it) and at most
//     ¥20,000,000.00 paid to one school for one accident (the top of the
//     national range of 4.5 to 20 million yuan); a public school pays it
//     from the running budget or the work-study funds of the bureau and
//     the school, a private school from its own funds; its policy year
//     runs from 1 September to 31 August;
//   - student accident insurance: voluntary, bought by parents directly
//     (监利县学校后勤管理工作会议讲话（上半年工作总结）;
//     关于2015年规范教育收费治理教育乱收费工作的实施意见: schools may not
//     collect commercial insurance premiums);
//   - internship liability: paid by the vocational school, never by the
//     pupils.
//
// Serious incidents are reported to the education bureau within 24 hours
// (Policy.BureauReportHours), the national notice's time for the insurer.
//
// It lists no kind of a host's own: the built-in kinds are known to every
// Checker without it.
func DefaultPolicy() Policy {
	return Policy{Kinds: map[Kind]KindPolicy{
		SchoolLiability: {
			RequiredCoverage:    decimal.NewFromInt(1),
			SchoolPays:          true,
			PremiumMin:          decimal.New(390, -2),
			PremiumMax:          decimal.New(800, -2),
			ReportDeadlineHours: 24,
			PerPupilLimit:       decimal.NewFromInt(600_000),
			PerAccidentLimit:    decimal.NewFromInt(20_000_000),
			PublicFunds:         []Fund{FundRunningBudget, FundWorkStudy},
			PrivateFunds:        []Fund{FundOwn},
			PolicyYearStart:     houqin.MonthDay{Month: time.September, Day: 1},
		},
		StudentAccident:     {Voluntary: true},
		InternshipLiability: {SchoolPays: true},
	}, BureauReportHours: 24}
}

// ParsePolicy reads a policy from JSON over [DefaultPolicy]: a field the
// JSON leaves out keeps its default, down to the fields of a kind, so that
// a region writes only what differs
// ({"kinds": {"school_liability": {"report_deadline_hours": 4}}} keeps every
// other rule of school liability and of the other kinds), and adds its own
// kinds with their names. Unknown fields are refused, and the result is
// validated. Every problem is an *houqin.InputError naming the field:
// "kinds.school_liability.premium_min" for JSON that does not decode, the
// fields of [Policy.Validate] for a policy that does not validate.
func ParsePolicy(data []byte) (Policy, error) {
	var j struct {
		Kinds             map[Kind]json.RawMessage `json:"kinds"`
		BureauReportHours *int                     `json:"bureau_report_hours"`
	}
	if err := houqin.DecodeJSON(data, &j); err != nil {
		return Policy{}, err
	}
	p := DefaultPolicy()
	if j.BureauReportHours != nil {
		p.BureauReportHours = *j.BureauReportHours
	}
	for _, k := range slices.Sorted(maps.Keys(j.Kinds)) {
		kp := p.Kinds[k]
		if err := houqin.DecodeJSON(j.Kinds[k], &kp); err != nil {
			return Policy{}, houqin.WithField("kinds."+truncate(string(k), maxKindLen), err)
		}
		p.Kinds[k] = kp
	}
	if err := p.Validate(); err != nil {
		return Policy{}, err
	}
	return p, nil
}

// Validate reports every problem of p at once, joined with errors.Join,
// each an *houqin.InputError naming its field, such as
// "policy.kinds.school_liability.premium_min": a malformed kind code
// ("policy.kinds"), names given to a built-in kind or missing for a kind of
// the host's own ("policy.kinds.preschool_food_safety.name.zh_hant"), and
// rules out of range.
func (p Policy) Validate() error {
	_, _, err := p.compile()
	return err
}

// rules is the integer form of a KindPolicy.
type rules struct {
	required   houqin.Ratio
	schoolPays bool
	voluntary  bool
	premMin    houqin.Fen
	premMax    houqin.Fen
	deadline   time.Duration
	limit      houqin.Fen
	accident   houqin.Fen
	public     fundSet // the funds a public school may pay from; 0: no rule
	private    fundSet // the funds a private school may pay from; 0: no rule
	yearStart  houqin.MonthDay
}

// compile checks p and converts it to the form the checks use: the rules
// of each kind and the kinds p knows.
func (p Policy) compile() (map[Kind]rules, *kindSet, error) {
	var errs []error
	out := make(map[Kind]rules, len(p.Kinds))
	kinds := &kindSet{own: map[Kind]Name{}}
	for _, k := range slices.SortedFunc(maps.Keys(p.Kinds), compareKinds) {
		field := "policy.kinds." + string(k)
		if err := k.checkSyntax(); err != nil {
			errs = append(errs, houqin.Invalid("policy.kinds", reason(err)))
			continue
		}
		kp := p.Kinds[k]
		switch {
		case k.rank() < len(builtinKinds):
			if kp.Name != (Name{}) {
				errs = append(errs, houqin.Invalid(field+".name", "the built-in kind "+string(k)+" has its names built in"))
			}
		default:
			if err := kp.Name.validate(); err != nil {
				errs = append(errs, houqin.WithField(field+".name", err))
			} else {
				kinds.own[k] = kp.Name
			}
		}
		var r rules
		var err error
		if r.required, err = houqin.RatioOf(field+".required_coverage", kp.RequiredCoverage); err != nil {
			errs = append(errs, err)
		} else if r.required < 0 || r.required > houqin.RatioOne {
			errs = append(errs, houqin.Invalid(field+".required_coverage", "out of range [0, 1]"))
		}
		r.schoolPays, r.voluntary = kp.SchoolPays, kp.Voluntary
		if kp.SchoolPays && kp.Voluntary {
			errs = append(errs, houqin.Invalid(field+".voluntary", "a kind the school pays for is not voluntary"))
		}
		r.premMin, err = nonNegativeFen(field+".premium_min", kp.PremiumMin)
		errs = append(errs, err)
		r.premMax, err = nonNegativeFen(field+".premium_max", kp.PremiumMax)
		errs = append(errs, err)
		if r.premMax > 0 && r.premMin > r.premMax {
			errs = append(errs, houqin.Invalid(field+".premium_max", "below premium_min"))
		}
		if kp.ReportDeadlineHours < 0 || kp.ReportDeadlineHours > maxDeadlineHours {
			errs = append(errs, houqin.Invalid(field+".report_deadline_hours", "out of range [0, "+strconv.Itoa(maxDeadlineHours)+"]"))
		} else {
			r.deadline = time.Duration(kp.ReportDeadlineHours) * time.Hour
		}
		r.limit, err = nonNegativeFen(field+".per_pupil_limit", kp.PerPupilLimit)
		errs = append(errs, err)
		r.accident, err = nonNegativeFen(field+".per_accident_limit", kp.PerAccidentLimit)
		errs = append(errs, err)
		if r.accident > 0 && r.accident < r.limit {
			errs = append(errs, houqin.Invalid(field+".per_accident_limit", "below per_pupil_limit"))
		}
		r.public, err = fundsOf(field+".public_funds", kp.PublicFunds)
		errs = append(errs, err)
		r.private, err = fundsOf(field+".private_funds", kp.PrivateFunds)
		errs = append(errs, err)
		if kp.PolicyYearStart != (houqin.MonthDay{}) {
			if err := kp.PolicyYearStart.Validate(); err != nil {
				errs = append(errs, houqin.Invalid(field+".policy_year_start", reason(err)))
			} else {
				r.yearStart = kp.PolicyYearStart
			}
		}
		out[k] = r
	}
	if p.BureauReportHours < 0 || p.BureauReportHours > maxDeadlineHours {
		errs = append(errs, houqin.Invalid("policy.bureau_report_hours", "out of range [0, "+strconv.Itoa(maxDeadlineHours)+"]"))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	return out, kinds, nil
}

// nonNegativeFen converts an amount of a policy that may not be negative.
func nonNegativeFen(field string, d decimal.Decimal) (houqin.Fen, error) {
	f, err := houqin.FenOf(field, d)
	if err != nil {
		return 0, err
	}
	if f < 0 {
		return 0, houqin.Invalid(field, "negative")
	}
	return f, nil
}

// Checker applies a validated Policy: validate once, check many. It knows
// the policy's kinds (the built-in kinds and the host's own), checks
// coverage, premiums, school buses and claims by the policy's rules, and
// makes the tallies of claims of those kinds ([Checker.NewTally]). It is
// immutable and safe for concurrent use.
type Checker struct {
	policy Policy
	rules  map[Kind]rules
	kinds  *kindSet
	bureau time.Duration // Policy.BureauReportHours
}

// New validates p and compiles it into a Checker. It returns the errors of
// [Policy.Validate].
func New(p Policy) (*Checker, error) {
	r, kinds, err := p.compile()
	if err != nil {
		return nil, err
	}
	p.Kinds = maps.Clone(p.Kinds)
	return &Checker{policy: p, rules: r, kinds: kinds, bureau: time.Duration(p.BureauReportHours) * time.Hour}, nil
}

// Policy returns a copy of the policy c applies.
func (c *Checker) Policy() Policy {
	p := c.policy
	p.Kinds = maps.Clone(p.Kinds)
	return p
}

// Known reports whether c knows the kind k: a built-in kind, or one of its
// policy's own.
func (c *Checker) Known(k Kind) bool {
	_, ok := c.kinds.name(k)
	return ok
}

// KindName returns the name of k for a reader of the language matched from
// tag: 校方责任险, 校方責任險, "school liability insurance", or the name the
// policy gives a kind of the host's own. A kind c does not know is written
// as its code.
func (c *Checker) KindName(k Kind, tag language.Tag) string { return c.kinds.nameIn(k, tag) }

// Kinds returns every kind c knows: the built-in kinds in their order, then
// the policy's own by code.
func (c *Checker) Kinds() []Kind { return c.kinds.list() }

// Message explains f in the language matched from tag, as f.Message does,
// but with a subject "<school>/<kind>" ([CodeCoverageBelowRequired],
// [CodeNobodyInsured], [CodeCoverGap]) written for a reader: the school, then the name c's
// policy gives the kind ("S001校方责任险", "S001, school liability
// insurance"), never the kind's code. The finding keeps its subject as it
// is, a key for the host; a host that names its schools relabels the
// subject itself, with [Checker.KindName], as the county report does.
func (c *Checker) Message(f houqin.Finding, tag language.Tag) string {
	if f.Code == CodeCoverageBelowRequired || f.Code == CodeNobodyInsured || f.Code == CodeCoverGap {
		if school, k, ok := strings.Cut(f.Subject, "/"); ok { // see kindSubject
			if n, known := c.kinds.name(Kind(k)); known {
				f.Subject = houqin.Localize(tag, keySubjectKind, school, n.In(tag))
			}
		}
	}
	return f.Message(tag)
}
