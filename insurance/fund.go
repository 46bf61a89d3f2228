package insurance

import (
	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/enum"
	"golang.org/x/text/language"
)

// Fund is the fund a premium paid with public or school money was drawn
// from (列支渠道). It encodes in JSON as "running_budget", "work_study",
// "own_funds" or "other"; the zero Fund is "not recorded" and encodes as
// "".
type Fund uint8

// The funds a premium is drawn from (贵溪市学校勤工俭学工作总结;
// 关于推行校方责任保险完善校园伤害事故风险管理机制的通知).
const (
	// FundRunningBudget is the running budget (公用经费) of the bureau or
	// the school.
	FundRunningBudget Fund = iota + 1
	// FundWorkStudy is the work-study funds (勤工俭学经费) of the bureau or
	// the school.
	FundWorkStudy
	// FundOwn is a privately run school's own funds (自有资金).
	FundOwn
	// FundOther is any other fund.
	FundOther
)

var fundCodec = enum.New("Fund", "fund",
	enum.Value{},
	enum.Value{Name: "running_budget", Hans: "公用经费", Hant: "公用經費", En: "running budget"},
	enum.Value{Name: "work_study", Hans: "勤工俭学经费", Hant: "勤工儉學經費", En: "work-study funds"},
	enum.Value{Name: "own_funds", Hans: "学校自有资金", Hant: "學校自有資金", En: "the school's own funds"},
	enum.Value{Name: "other", Hans: "其他经费", Hant: "其他經費", En: "other funds"},
)

// String returns the name of f, "running_budget" or "own_funds", and
// "Fund(n)" for any other value, the zero value included.
func (f Fund) String() string { return fundCodec.String(uint8(f)) }

// Valid reports whether f is one of the funds.
func (f Fund) Valid() bool { return fundCodec.Valid(uint8(f)) }

// Label names f for a reader: 公用经费, 勤工俭学经费; "running budget".
func (f Fund) Label(tag language.Tag) string { return fundCodec.Label(tag, uint8(f)) }

// MarshalText encodes f by its name, and the zero Fund as "".
func (f Fund) MarshalText() ([]byte, error) {
	b, why := fundCodec.Marshal(uint8(f))
	if why != "" {
		return nil, houqin.Invalid("fund", why)
	}
	return b, nil
}

// UnmarshalText decodes a name written by [Fund.MarshalText]; it returns
// an *houqin.InputError for field "fund" for any other text.
func (f *Fund) UnmarshalText(b []byte) error {
	v, why := fundCodec.Parse(b)
	if why != "" {
		return houqin.Invalid("fund", why)
	}
	*f = Fund(v)
	return nil
}

// fundSet is a set of funds, one bit per fund.
type fundSet uint8

func (s fundSet) has(f Fund) bool { return s&(1<<f) != 0 }

// fundsOf compiles the funds of a policy field, refusing a fund that is not
// one.
func fundsOf(field string, fs []Fund) (fundSet, error) {
	var s fundSet
	for i, f := range fs {
		if !f.Valid() {
			return 0, houqin.Invalid(item(field, i), "unknown fund "+f.String())
		}
		s |= 1 << f
	}
	return s, nil
}
