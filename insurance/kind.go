package insurance

import (
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/houqin-go/houqin"
	"golang.org/x/text/language"
)

// Kind is a kind of insurance policy, written as a lower-case snake_case
// code such as "school_liability". The six built-in kinds below are known
// to every [Checker], with their names in the library's three languages; a
// host adds kinds of its own, with their names, to the [Policy] it builds
// its Checker from ([KindPolicy.Name]), so that what a check or a tally
// accepts depends on that policy alone. A Kind is a plain string so that a
// host stores it as it is and a tally compares it without a lookup table.
type Kind string

// The built-in kinds, in the order in which tallies, reports and coverage
// list them. The local documents name them in their insurance work
// (监利县学校后勤管理工作会议讲话（上半年工作总结）: school liability and
// student accident insurance; 2023年学校后勤管理工作计划: school buses;
// 贵溪市学校勤工俭学工作总结: property, student accident, school liability
// and staff cover, and who pays each).
const (
	// SchoolLiability is school (kindergarten) liability insurance,
	// 校(园)方责任险: bought with public or school funds, full coverage
	// required (关于推行校方责任保险完善校园伤害事故风险管理机制的通知).
	SchoolLiability Kind = "school_liability"
	// StudentAccident is student accident insurance, 学平险 (学生平安保险):
	// bought voluntarily by parents, never through the school.
	StudentAccident Kind = "student_accident"
	// SchoolProperty is school property insurance, 学校财产险, paid by the
	// local government.
	SchoolProperty Kind = "school_property"
	// SchoolBusCarrier is the carrier liability insurance every school bus
	// must carry, 校车承运人责任险 (校车安全管理条例, Art. 14).
	SchoolBusCarrier Kind = "school_bus_carrier"
	// InternshipLiability is internship liability insurance for pupils of
	// vocational schools, 实习责任保险, paid by the school.
	InternshipLiability Kind = "internship_liability"
	// StaffCombined is a combined policy for teachers and staff, such as
	// the "幸福园丁" cover of 贵溪市学校勤工俭学工作总结, 教职工组合保险.
	StaffCombined Kind = "staff_combined"
)

// builtinKinds lists the built-in kinds in their order, and builtinNames
// their names.
var (
	builtinKinds = [...]Kind{SchoolLiability, StudentAccident, SchoolProperty, SchoolBusCarrier, InternshipLiability, StaffCombined}
	builtinNames = [len(builtinKinds)]Name{
		{Hans: "校方责任险", Hant: "校方責任險", En: "school liability insurance"},
		{Hans: "学平险", Hant: "學平險", En: "student accident insurance"},
		{Hans: "学校财产险", Hant: "學校財產險", En: "school property insurance"},
		{Hans: "校车承运人责任险", Hant: "校車承運人責任險", En: "school bus carrier liability insurance"},
		{Hans: "实习责任保险", Hant: "實習責任保險", En: "internship liability insurance"},
		{Hans: "教职工组合保险", Hant: "教職工組合保險", En: "staff combined insurance"},
	}
)

// maxKindLen bounds the length of a Kind code.
const maxKindLen = 64

// rank orders kinds: the built-in kinds in their order, then every other
// kind after them (by code, see compareKinds).
func (k Kind) rank() int {
	for i, b := range builtinKinds {
		if k == b {
			return i
		}
	}
	return len(builtinKinds)
}

// compareKinds orders kinds as reports list them: the built-in kinds in
// their order, then a host's kinds by code.
func compareKinds(a, b Kind) int {
	ra, rb := a.rank(), b.rank()
	switch {
	case ra < rb:
		return -1
	case ra > rb:
		return 1
	}
	return strings.Compare(string(a), string(b))
}

// checkSyntax reports why k is not a well-formed kind code.
func (k Kind) checkSyntax() error {
	s := string(k)
	if s == "" {
		return houqin.Invalid("", "missing kind")
	}
	if len(s) > maxKindLen {
		return houqin.Invalid("", "kind longer than "+strconv.Itoa(maxKindLen)+" bytes")
	}
	if s[0] < 'a' || s[0] > 'z' {
		return houqin.Invalid("", "kind "+strconv.Quote(truncate(s, 40))+" must begin with a lower-case letter")
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return houqin.Invalid("", "kind "+strconv.Quote(truncate(s, 40))+" must be lower-case snake_case")
		}
	}
	return nil
}

// String returns the code of k.
func (k Kind) String() string { return string(k) }

// Name is the name of a kind in the three languages of the library, as a
// policy gives it for a kind of its own:
//
//	{"zh_hans": "幼儿园食品安全责任险", "zh_hant": "幼兒園食品安全責任險",
//	 "en": "preschool food safety liability insurance"}
//
// The names are plain text, written as they are.
type Name struct {
	// Hans is the name in Simplified Chinese.
	Hans string `json:"zh_hans"`
	// Hant is the name in Traditional Chinese.
	Hant string `json:"zh_hant"`
	// En is the name in English.
	En string `json:"en"`
}

// In returns the name for a reader of the language matched from tag (see
// houqin.MatchLanguage).
func (n Name) In(tag language.Tag) string {
	switch houqin.MatchLanguage(tag) {
	case language.TraditionalChinese:
		return n.Hant
	case language.English:
		return n.En
	}
	return n.Hans
}

// validate reports every name of n that is missing or not UTF-8, each an
// *houqin.InputError naming its field ("zh_hant").
func (n Name) validate() error {
	if n == (Name{}) {
		return houqin.Invalid("", "missing: a kind that is not built in needs its names in zh_hans, zh_hant and en")
	}
	var errs []error
	for _, x := range [...]struct{ field, text string }{{"zh_hans", n.Hans}, {"zh_hant", n.Hant}, {"en", n.En}} {
		switch {
		case x.text == "":
			errs = append(errs, houqin.Invalid(x.field, "missing"))
		case !utf8.ValidString(x.text):
			errs = append(errs, houqin.Invalid(x.field, "not valid UTF-8"))
		}
	}
	return errors.Join(errs...)
}

// kindSet is what a Checker and its tallies know of kinds: the built-in
// kinds and the policy's own, with their names. It never changes once
// made; a nil *kindSet knows the built-in kinds only (a zero Tally's).
type kindSet struct {
	own map[Kind]Name // the policy's own kinds
}

// name returns the names of k and whether s knows k.
func (s *kindSet) name(k Kind) (Name, bool) {
	if r := k.rank(); r < len(builtinKinds) {
		return builtinNames[r], true
	}
	if s == nil {
		return Name{}, false
	}
	n, ok := s.own[k]
	return n, ok
}

// nameIn returns the name of k in the language matched from tag, or its
// code when s does not know it.
func (s *kindSet) nameIn(k Kind, tag language.Tag) string {
	if n, ok := s.name(k); ok {
		return n.In(tag)
	}
	return string(k)
}

// check reports an *houqin.InputError (empty Field) unless k is a kind s
// knows.
func (s *kindSet) check(k Kind) error {
	if _, ok := s.name(k); ok {
		return nil
	}
	if err := k.checkSyntax(); err != nil {
		return err
	}
	return houqin.Invalid("", "unknown kind "+strconv.Quote(string(k))+" (a host names its own kinds in its policy)")
}

// list returns every kind s knows: the built-in kinds in their order, then
// the policy's own by code.
func (s *kindSet) list() []Kind {
	out := slices.Clone(builtinKinds[:])
	if s != nil {
		out = append(out, slices.Sorted(maps.Keys(s.own))...)
	}
	return out
}

// Status is the state of a claim. The zero Status is unset and is refused
// wherever a claim is read.
type Status uint8

// The statuses of a claim, in the order a claim passes through them.
const (
	// StatusFiled is a claim reported to the insurer and not yet decided
	// (已报案).
	StatusFiled Status = iota + 1
	// StatusApproved is a claim the insurer accepted but has not yet paid
	// (已核定).
	StatusApproved
	// StatusPaid is a claim paid (已赔付): the only status with an amount
	// paid.
	StatusPaid
	// StatusRejected is a claim the insurer refused (已拒赔).
	StatusRejected
	// StatusWithdrawn is a claim withdrawn by the claimant (已撤案).
	StatusWithdrawn
)

// numStatuses is the number of statuses; statuses run from 1 to it.
const numStatuses = 5

var statusNames = [...]string{StatusFiled: "filed", StatusApproved: "approved", StatusPaid: "paid", StatusRejected: "rejected", StatusWithdrawn: "withdrawn"}

// Valid reports whether s is one of the five statuses.
func (s Status) Valid() bool { return s >= StatusFiled && s <= StatusWithdrawn }

// String returns "filed", "approved", "paid", "rejected" or "withdrawn",
// and "Status(n)" for any other value.
func (s Status) String() string {
	if s.Valid() {
		return statusNames[s]
	}
	return "Status(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText encodes s by its name; it refuses a value out of range.
func (s Status) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, houqin.Invalid("status", "unknown status "+s.String())
	}
	return []byte(statusNames[s]), nil
}

// UnmarshalText decodes a name written by [Status.MarshalText].
func (s *Status) UnmarshalText(b []byte) error {
	for v := StatusFiled; v <= StatusWithdrawn; v++ {
		if string(b) == statusNames[v] {
			*s = v
			return nil
		}
	}
	return houqin.Invalid("status", "unknown status "+strconv.Quote(truncate(string(b), 32))+" (want filed, approved, paid, rejected or withdrawn)")
}

// Label returns the name of s for a reader of the language matched from
// tag: 已赔付, 已賠付, "paid".
func (s Status) Label(tag language.Tag) string {
	if !s.Valid() {
		return s.String()
	}
	return houqin.Localize(tag, houqin.Code("insurance.status."+statusNames[s]))
}

// Payer says whose money pays a premium. The zero Payer is unset and is
// refused.
type Payer uint8

// The payers of a premium.
const (
	// PayerPublic is public money: the government, the education bureau or
	// the school's own funds, work-study (勤工俭学) funds included.
	PayerPublic Payer = iota + 1
	// PayerPupils is the pupils or their parents.
	PayerPupils
	// PayerOther is anyone else: the insurer covering poor pupils free of
	// charge, a bus operator, an enterprise, a donor.
	PayerOther
)

var payerNames = [...]string{PayerPublic: "public", PayerPupils: "pupils", PayerOther: "other"}

// Valid reports whether p is one of the three payers.
func (p Payer) Valid() bool { return p >= PayerPublic && p <= PayerOther }

// String returns "public", "pupils" or "other", and "Payer(n)" for any
// other value.
func (p Payer) String() string {
	if p.Valid() {
		return payerNames[p]
	}
	return "Payer(" + strconv.Itoa(int(p)) + ")"
}

// MarshalText encodes p by its name; it refuses a value out of range.
func (p Payer) MarshalText() ([]byte, error) {
	if !p.Valid() {
		return nil, houqin.Invalid("payer", "unknown payer "+p.String())
	}
	return []byte(payerNames[p]), nil
}

// UnmarshalText decodes a name written by [Payer.MarshalText].
func (p *Payer) UnmarshalText(b []byte) error {
	for v := PayerPublic; v <= PayerOther; v++ {
		if string(b) == payerNames[v] {
			*p = v
			return nil
		}
	}
	return houqin.Invalid("payer", "unknown payer "+strconv.Quote(truncate(string(b), 32))+" (want public, pupils or other)")
}

// truncate cuts s to at most n bytes on a rune boundary, for messages.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
