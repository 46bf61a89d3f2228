package insurance

import (
	"slices"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/msg"
	"golang.org/x/text/language"
)

// Kind is a kind of insurance policy, written as a lower-case snake_case
// code such as "school_liability". The six kinds the seeds name are
// built in; a host adds kinds of its own with [RegisterKind], without
// forking the package. A Kind is a plain string so that a host stores it
// as it is and a tally compares it without a lookup table.
type Kind string

// The built-in kinds, in the order in which tallies, reports and
// coverage list them (DOMAIN.md §3, seeds 000, 003, 004).
const (
	// SchoolLiability is school (kindergarten) liability insurance,
	// 校(园)方责任险: bought with public or school funds, full coverage
	// required.
	SchoolLiability Kind = "school_liability"
	// StudentAccident is student accident insurance, 学平险 (学生平安保险):
	// bought voluntarily by parents, never through the school.
	StudentAccident Kind = "student_accident"
	// SchoolProperty is school property insurance, 学校财产险, paid by the
	// local government.
	SchoolProperty Kind = "school_property"
	// SchoolBusCarrier is the carrier liability insurance every school bus
	// must carry, 校车承运人责任险.
	SchoolBusCarrier Kind = "school_bus_carrier"
	// InternshipLiability is internship liability insurance for pupils of
	// vocational schools, 实习责任保险, paid by the school.
	InternshipLiability Kind = "internship_liability"
	// StaffCombined is a combined policy for teachers and staff, such as
	// the "幸福园丁" cover of seed 004, 教职工组合保险.
	StaffCombined Kind = "staff_combined"
)

// builtinKinds lists the built-in kinds in their order.
var builtinKinds = [...]Kind{SchoolLiability, StudentAccident, SchoolProperty, SchoolBusCarrier, InternshipLiability, StaffCombined}

// maxKindLen bounds the length of a Kind code.
const maxKindLen = 64

const kindKeyPrefix = "insurance.kind."

// key is the message key of k's name.
func (k Kind) key() houqin.Code { return houqin.Code(kindKeyPrefix + string(k)) }

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

// Known reports whether k is a built-in kind or one a host registered
// with [RegisterKind].
func (k Kind) Known() bool {
	if k.rank() < len(builtinKinds) {
		return true
	}
	if k.checkSyntax() != nil {
		return false
	}
	_, ok := msg.Lookup(string(k.key()))
	return ok
}

// Validate reports an *houqin.InputError (empty Field) unless k is a
// well-formed code and a known kind: built in, or registered with
// [RegisterKind].
func (k Kind) Validate() error {
	if k.rank() < len(builtinKinds) {
		return nil
	}
	if err := k.checkSyntax(); err != nil {
		return err
	}
	if !k.Known() {
		return houqin.Invalid("", "unknown kind "+strconv.Quote(string(k))+" (register a host's own kind with insurance.RegisterKind)")
	}
	return nil
}

// Name returns the name of k for a reader of the language matched from
// tag: 校方责任险, 校方責任險, "school liability insurance". A kind
// without registered names is written as its code.
func (k Kind) Name(tag language.Tag) string {
	if !k.Known() {
		return string(k)
	}
	return houqin.Localize(tag, k.key())
}

// String returns the code of k.
func (k Kind) String() string { return string(k) }

// RegisterKind makes k a known kind, with its names in Simplified Chinese,
// Traditional Chinese and English, so that tallies, coverage and policies
// accept it. A host calls it from an init function, before it builds
// tallies:
//
//	insurance.RegisterKind("preschool_food_safety", "幼儿园食品安全责任险", "幼兒園食品安全責任險", "preschool food safety liability insurance")
//
// The names are message texts: write a literal percent sign as %%.
// Registering the same names again is harmless; RegisterKind returns an
// *houqin.InputError when k is malformed, is a built-in kind, or is
// already registered with other names, or when a name is empty. It is safe
// for concurrent use.
func RegisterKind(k Kind, hans, hant, en string) error {
	if err := k.checkSyntax(); err != nil {
		return houqin.WithField("kind", err)
	}
	if k.rank() < len(builtinKinds) {
		if m, ok := msg.Lookup(string(k.key())); ok && m.Hans == hans && m.Hant == hant && m.En == en {
			return nil
		}
		return houqin.Invalid("kind", "built-in kind "+string(k)+" cannot be renamed")
	}
	if err := houqin.RegisterMessages(houqin.Message{Code: k.key(), Hans: hans, Hant: hant, En: en}); err != nil {
		return houqin.Invalid("kind", string(k)+": "+reason(err))
	}
	return nil
}

// Kinds returns every known kind: the built-in kinds in their order, then
// the kinds registered with [RegisterKind], by code.
func Kinds() []Kind {
	out := slices.Clone(builtinKinds[:])
	var extra []Kind
	for _, c := range msg.Keys() {
		if s, ok := strings.CutPrefix(c, kindKeyPrefix); ok {
			if k := Kind(s); k.rank() == len(builtinKinds) {
				extra = append(extra, k)
			}
		}
	}
	slices.SortFunc(extra, compareKinds)
	return append(out, extra...)
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
