package canteen

import (
	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/enum"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
	"golang.org/x/text/language"
)

// Role is a duty in the keeping of the canteen's accounts. Like [Category]
// it starts at 1, so that the zero Role means "not set". The cashier may
// not hold any of the others ([CodeIncompatibleDuties]).
//
// A Role encodes in JSON by its name: "cashier", "accountant", ….
type Role uint8

// The roles.
const (
	// Cashier keeps the cash and the bank account (出纳).
	Cashier Role = iota + 1
	// Accountant posts the ledgers of income, spending, costs, claims and
	// debts (会计, 记账).
	Accountant
	// Auditor reviews the entries (稽核, 审核).
	Auditor
	// Archivist keeps the accounting records (会计档案保管).
	Archivist

	numRoles = iota + 1
)

var roleCodec = enum.New("Role", "role",
	enum.Value{},
	enum.Value{Name: "cashier", Hans: "出纳", Hant: "出納", En: "cashier"},
	enum.Value{Name: "accountant", Hans: "会计", Hant: "會計", En: "accountant"},
	enum.Value{Name: "auditor", Hans: "稽核", Hant: "稽核", En: "auditor"},
	enum.Value{Name: "archivist", Hans: "会计档案保管", Hant: "會計檔案保管", En: "archivist"},
)

// Roles returns every role, in order.
func Roles() []Role { return all[Role](numRoles) }

// Valid reports whether r is one of the roles.
func (r Role) Valid() bool { return roleCodec.Valid(uint8(r)) }

// String returns the name of r, "cashier", and "Role(n)" for a value out
// of range, the zero value included.
func (r Role) String() string { return roleCodec.String(uint8(r)) }

// MarshalText encodes r by its name; it refuses the zero Role and a value
// out of range with an *houqin.InputError.
func (r Role) MarshalText() ([]byte, error) { return marshalText(roleCodec, uint8(r), "role", "role") }

// UnmarshalText decodes a name written by [Role.MarshalText]. It returns an
// *houqin.InputError for field "role" for any other text.
func (r *Role) UnmarshalText(b []byte) error {
	return unmarshalText(r, roleCodec, b, "role", "role", " (want "+roleCodec.List()+")")
}

// Label names r for a reader of the language matched from tag: 出纳,
// "cashier".
func (r Role) Label(tag language.Tag) string { return roleCodec.Label(tag, uint8(r)) }

// Duty says that a person holds a role in the keeping of a canteen's
// accounts: one line of the roster of its financial staff.
type Duty struct {
	// Person is the host's identifier of the person: the subject of the
	// findings. Required.
	Person string `json:"person"`
	// Role is the role the person holds. Required.
	Role Role `json:"role"`
}

// CheckDuties checks the roster of the roles in the keeping of one
// canteen's accounts: the cashier may not also be its accountant, auditor
// or archivist (不相容岗位分离, [CodeIncompatibleDuties]), one finding per
// cashier who is, with the number of incompatible duties held. A person
// may hold several roles, each a Duty; the order of the duties does not
// matter.
//
// It returns the findings sorted, nil when every rule held; or an error
// joining every problem of the input, each an *houqin.InputError that
// matches houqin.ErrInvalidInput: a duty without a person or a role, or
// the same person and role listed twice.
func (k *Checker) CheckDuties(duties []Duty) (houqin.Findings, error) {
	if k == nil {
		return nil, errNilChecker
	}
	var p problem.List
	for i := range duties {
		d := &duties[i]
		at := field.Index("duties", i)
		if d.Person == "" {
			p.Add(houqin.Invalid(field.Join(at, "person"), "missing"))
		}
		if why := roleCodec.Validate(uint8(d.Role)); why != "" {
			p.Add(houqin.Invalid(field.Join(at, "role"), why))
		}
		for j := range i {
			if duties[j] == *d && d.Person != "" {
				p.Add(houqin.Invalid(at, clip.Quote(d.Person, 40)+" as "+d.Role.String()+" is listed twice, first as "+field.Index("duties", j)))
				break
			}
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	var fs houqin.Findings
	for i := range duties {
		d := &duties[i]
		if d.Role != Cashier {
			continue
		}
		n := 0
		for j := range duties {
			if duties[j].Person == d.Person && duties[j].Role != Cashier {
				n++
			}
		}
		if n > 0 {
			fs = append(fs, houqin.Finding{
				Code: CodeIncompatibleDuties, Severity: houqin.Violation, Subject: d.Person,
				Facts: []houqin.Fact{houqin.CountFact("duties", int64(n))},
			})
		}
	}
	fs.Sort()
	return fs, nil
}
