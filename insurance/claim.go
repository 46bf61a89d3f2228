package insurance

import (
	"errors"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
)

// Claim is one claim against an insurance policy, as the host's records
// hold it. A claim is for one pupil (or one member of staff, or one loss
// of property).
type Claim struct {
	// ID is the host's identifier of the claim (the insurer's claim
	// number): unique across everything a tally or a check sees. Required;
	// at most 128 bytes of UTF-8.
	ID string `json:"id"`
	// Kind is the kind of policy claimed against. Required; a kind the
	// checker's policy knows (see [Policy]).
	Kind Kind `json:"kind"`
	// School is the host's identifier of the school. Required; at most 128
	// bytes of UTF-8.
	School string `json:"school"`
	// IncidentAt is when the accident happened. Required; not after
	// ReportedAt.
	IncidentAt time.Time `json:"incident_at"`
	// ReportedAt is when the claim was reported to the insurer. Required.
	// Its calendar date, in its own location, is the claim's reported
	// date: a tally buckets the claim by the month of that date. Give
	// times in the zone of the school (China Standard Time) so that a
	// claim reported at 23:30 falls on the right day.
	ReportedAt time.Time `json:"reported_at"`
	// DecidedOn is the day the insurer decided the claim: required for an
	// approved, paid or rejected claim, optional for a withdrawn one and
	// zero for a filed one; not before the reported date.
	DecidedOn houqin.Date `json:"decided_on,omitzero"`
	// Accident is the host's identifier of the accident the claim comes
	// from, when several pupils were hurt in one: the claims of one school
	// with one accident are paid under the per-accident limit together
	// (KindPolicy.PerAccidentLimit). Optional: a claim without one is an
	// accident of its own. At most 128 bytes of UTF-8.
	Accident string `json:"accident,omitempty"`
	// Status is where the claim stands. Required.
	Status Status `json:"status"`
	// Claimed is the amount claimed, in yuan: zero or more, at most two
	// decimals, within ±houqin.MaxFen. Zero when not yet known.
	Claimed decimal.Decimal `json:"claimed"`
	// Paid is the amount paid, in yuan: zero unless Status is StatusPaid;
	// zero or more, at most two decimals, within ±houqin.MaxFen.
	Paid decimal.Decimal `json:"paid"`
}

// maxIDLen bounds the length of claim, school, bus and premium ids.
const maxIDLen = 128

// checkID reports why s is not an acceptable identifier.
func checkID(field, s string) error {
	switch {
	case s == "":
		return houqin.Invalid(field, "missing")
	case len(s) > maxIDLen:
		return houqin.Invalid(field, "longer than "+strconv.Itoa(maxIDLen)+" bytes")
	case !utf8.ValidString(s):
		return houqin.Invalid(field, "not valid UTF-8")
	}
	return nil
}

// checked is what a claim's own fields yield once they are valid.
type checked struct {
	claimed, paid houqin.Fen
	reported      houqin.Date
}

// check validates the fields of c that need nothing but c (everything but
// the kind, which the caller resolves) and converts its amounts to fen.
// Field names are the JSON names of Claim; the caller prefixes them.
func (c *Claim) check() (checked, error) {
	if err := checkID("id", c.ID); err != nil {
		return checked{}, err
	}
	if err := checkID("school", c.School); err != nil {
		return checked{}, err
	}
	var out checked
	err := c.checkFields(&out)
	return out, err
}

// checkFields is check after the id and the school: it validates the
// status, the times, the decision date and the amounts. It fills in out as
// it goes.
func (c *Claim) checkFields(out *checked) error {
	if !c.Status.Valid() {
		return houqin.Invalid("status", "unknown status "+c.Status.String())
	}
	if c.ReportedAt.IsZero() {
		return houqin.Invalid("reported_at", "missing")
	}
	if c.IncidentAt.IsZero() {
		return houqin.Invalid("incident_at", "missing")
	}
	if c.IncidentAt.After(c.ReportedAt) {
		return houqin.Invalid("incident_at", "after reported_at")
	}
	out.reported = houqin.DateOf(c.ReportedAt)
	if y := out.reported.Year; y < 1 || y > 9999 {
		return houqin.Invalid("reported_at", "year "+strconv.Itoa(y)+" out of range [1, 9999]")
	}
	switch {
	case c.DecidedOn.IsZero():
		if c.Status == StatusApproved || c.Status == StatusPaid || c.Status == StatusRejected {
			return houqin.Invalid("decided_on", "missing for a "+c.Status.String()+" claim")
		}
	case c.Status == StatusFiled:
		return houqin.Invalid("decided_on", "set for a claim still filed")
	default:
		if err := c.DecidedOn.Validate(); err != nil {
			return houqin.Invalid("decided_on", reason(err))
		}
		if c.DecidedOn.Before(out.reported) {
			return houqin.Invalid("decided_on", "before the reported date "+out.reported.String())
		}
	}
	var err error
	if out.claimed, err = houqin.FenOf("claimed", c.Claimed); err != nil {
		return err
	}
	if out.claimed < 0 {
		return houqin.Invalid("claimed", "negative")
	}
	if out.paid, err = houqin.FenOf("paid", c.Paid); err != nil {
		return err
	}
	switch {
	case out.paid < 0:
		return houqin.Invalid("paid", "negative")
	case out.paid != 0 && c.Status != StatusPaid:
		return houqin.Invalid("paid", "not zero for a "+c.Status.String()+" claim")
	}
	return nil
}

// reason returns the reason of an *houqin.InputError, or the text of any
// other error.
func reason(err error) string {
	var ie *houqin.InputError
	if errors.As(err, &ie) {
		return ie.Reason
	}
	return err.Error()
}
