package insurance

import (
	"errors"
	"maps"
	"slices"
	"strconv"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
)

// Policy holds the region's rules for each kind of insurance policy: what
// coverage is required, who pays, the contract's premium range, the
// reporting deadline and the per-pupil limit. Load it from the host's
// storage as JSON, check it with [Policy.Validate] and compile it with
// [New].
//
//	{"kinds": {"school_liability": {"required_coverage": "1", "school_pays": true,
//	  "premium_min": "3.90", "premium_max": "8.00", "report_deadline_hours": 4,
//	  "per_pupil_limit": "400000.00"}}}
//
// A kind missing from Kinds has no rules: every zero value below means
// "no such rule".
type Policy struct {
	// Kinds holds the rules of each kind that has any. Keys must be known
	// kinds.
	Kinds map[Kind]KindPolicy `json:"kinds"`
}

// KindPolicy holds the rules of one kind of policy.
type KindPolicy struct {
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
}

// maxDeadlineHours bounds ReportDeadlineHours: a leap year of hours.
const maxDeadlineHours = 366 * 24

// DefaultPolicy returns the rules of the seeds and of the national notice
// of 2008 on school liability insurance (DOMAIN.md §3 and "Beyond the
// seeds"):
//   - school liability: full coverage required (100%, seed 000), paid from
//     public or school funds (seed 004), premiums from ¥3.90 to ¥8.00 per
//     pupil, claims reported within 24 hours of the incident, and at most
//     ¥600,000.00 paid per pupil (the top of the national range of 300,000
//     to 600,000 yuan; a region whose contract has a lower limit sets it);
//   - student accident insurance: voluntary, bought by parents directly
//     (seed 000);
//   - internship liability: paid by the vocational school, never by the
//     pupils.
func DefaultPolicy() Policy {
	return Policy{Kinds: map[Kind]KindPolicy{
		SchoolLiability: {
			RequiredCoverage:    decimal.NewFromInt(1),
			SchoolPays:          true,
			PremiumMin:          decimal.New(390, -2),
			PremiumMax:          decimal.New(800, -2),
			ReportDeadlineHours: 24,
			PerPupilLimit:       decimal.NewFromInt(600_000),
		},
		StudentAccident:     {Voluntary: true},
		InternshipLiability: {SchoolPays: true},
	}}
}

// Validate reports every problem of p at once, joined with errors.Join,
// each an *houqin.InputError naming its field, such as
// "policy.kinds.school_liability.premium_min".
func (p Policy) Validate() error {
	_, err := p.compile()
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
}

// compile checks p and converts it to the form the checks use.
func (p Policy) compile() (map[Kind]rules, error) {
	var errs []error
	out := make(map[Kind]rules, len(p.Kinds))
	for _, k := range slices.SortedFunc(maps.Keys(p.Kinds), compareKinds) {
		field := "policy.kinds." + string(k)
		if err := k.Validate(); err != nil {
			errs = append(errs, houqin.Invalid("policy.kinds", reason(err)))
			continue
		}
		kp := p.Kinds[k]
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
		out[k] = r
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
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

// Checker applies a validated Policy: validate once, check many. It is
// immutable and safe for concurrent use.
type Checker struct {
	policy Policy
	rules  map[Kind]rules
}

// New validates p and compiles it into a Checker. It returns the errors of
// [Policy.Validate].
func New(p Policy) (*Checker, error) {
	r, err := p.compile()
	if err != nil {
		return nil, err
	}
	p.Kinds = maps.Clone(p.Kinds)
	return &Checker{policy: p, rules: r}, nil
}

// Policy returns a copy of the policy c applies.
func (c *Checker) Policy() Policy {
	p := c.policy
	p.Kinds = maps.Clone(p.Kinds)
	return p
}
