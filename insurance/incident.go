package insurance

import (
	"strconv"
	"time"

	"github.com/houqin-go/houqin"
)

// Incident is a serious incident at a school (a pupil badly hurt, several
// pupils hurt at once) that the school must report to the education
// bureau as well as to the insurer. Its report to the insurer is that of
// the claims it gives rise to ([Claim], [CodeClaimReportedLate]); this is
// its report to the bureau.
type Incident struct {
	// ID is the host's identifier of the incident (the same as the claims'
	// Accident, when it has claims). Required, unique among the incidents
	// checked together; at most 128 bytes of UTF-8.
	ID string `json:"id"`
	// School is the host's identifier of the school. Required.
	School string `json:"school"`
	// OccurredAt is when the incident happened. Required.
	OccurredAt time.Time `json:"occurred_at"`
	// ReportedToBureauAt is when the school reported it to the education
	// bureau. Required; not before OccurredAt.
	ReportedToBureauAt time.Time `json:"reported_to_bureau_at"`
}

// CheckIncidents finds the serious incidents reported to the education
// bureau more than the policy's time after they happened
// ([CodeIncidentReportedLate]; Policy.BureauReportHours, 24 hours by
// default): exactly the deadline complies, and the times compare as
// instants, whatever their zones. It returns the findings sorted, or an
// *houqin.InputError naming the incident ("incidents[2].occurred_at") for
// a missing or duplicate id, a missing school or time, or a report before
// the incident.
func (c *Checker) CheckIncidents(incs []Incident) (houqin.Findings, error) {
	seen := make(map[string]int, len(incs))
	var fs houqin.Findings
	for i := range incs {
		in := &incs[i]
		if err := in.check(); err != nil {
			return nil, houqin.WithField(item("incidents", i), err)
		}
		if j, ok := seen[in.ID]; ok {
			return nil, houqin.Invalid(item("incidents", i)+".id", "duplicate incident id "+strconv.Quote(in.ID)+", also "+item("incidents", j))
		}
		seen[in.ID] = i
		if elapsed := in.ReportedToBureauAt.Sub(in.OccurredAt); c.bureau > 0 && elapsed > c.bureau {
			fs = append(fs, houqin.Finding{Code: CodeIncidentReportedLate, Severity: houqin.Violation, Subject: in.School + "/" + in.ID, Facts: []houqin.Fact{
				{Name: "elapsed_hours", Unit: houqin.UnitHours, Value: hoursOf(elapsed)},
				{Name: "deadline_hours", Unit: houqin.UnitHours, Value: int64(c.bureau/time.Hour) * 100},
			}})
		}
	}
	fs.Sort()
	return fs, nil
}

// check validates an incident's fields.
func (in *Incident) check() error {
	if err := checkID("id", in.ID); err != nil {
		return err
	}
	if err := checkID("school", in.School); err != nil {
		return err
	}
	switch {
	case in.OccurredAt.IsZero():
		return houqin.Invalid("occurred_at", "missing")
	case in.ReportedToBureauAt.IsZero():
		return houqin.Invalid("reported_to_bureau_at", "missing")
	case in.ReportedToBureauAt.Before(in.OccurredAt):
		return houqin.Invalid("reported_to_bureau_at", "before occurred_at")
	}
	return nil
}
