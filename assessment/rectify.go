package assessment

import (
	"fmt"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/enum"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
	"golang.org/x/text/language"
)

// Rectification is a written rectification notice (书面整改通知书) and its
// follow-up: a school must rectify by the deadline, and the notice is closed
// only when a recheck (回访复查) passes. 监利县学校后勤管理工作会议讲话（上半年工作总结）
// asks for written notices and return visits until the school has
// rectified (回访督促整改到位); that only a passing recheck closes a notice is
// this package's reading of it.
type Rectification struct {
	// School is the host's identifier of the school. Required.
	School string `json:"school"`
	// Issued is the day of the notice.
	Issued houqin.Date `json:"issued"`
	// Deadline is the last day to rectify, not before Issued.
	Deadline houqin.Date `json:"deadline"`
	// Rechecks are the return visits so far, in any order.
	Rechecks []Recheck `json:"rechecks,omitempty"`
}

// Recheck is one return visit to a school under a rectification notice.
type Recheck struct {
	// Date is the day of the visit, not before the notice.
	Date houqin.Date `json:"date"`
	// Passed reports whether the school had rectified.
	Passed bool `json:"passed"`
	// Note is the inspector's note.
	Note string `json:"note,omitempty"`
}

// Status is the state of a rectification on a given day.
type Status uint8

// The states of a rectification.
const (
	// Open: not yet rechecked successfully, and the deadline has not passed.
	Open Status = iota + 1
	// Closed: a recheck passed (整改到位, 销号).
	Closed
	// Overdue: the deadline has passed without a passing recheck.
	Overdue
)

var statusCodec = enum.New("Status", "status",
	enum.Value{}, // not set
	enum.Value{Name: "open", Hans: "整改中", Hant: "整改中", En: "open"},
	enum.Value{Name: "closed", Hans: "已销号", Hant: "已銷號", En: "closed"},
	enum.Value{Name: "overdue", Hans: "逾期未整改", Hant: "逾期未整改", En: "overdue"})

// String returns "open", "closed" or "overdue", and "Status(n)" otherwise.
func (s Status) String() string { return statusCodec.String(uint8(s)) }

// Label returns the name of s for a reader of the language matched from
// tag: 整改中, 已销号, 逾期未整改 in Simplified Chinese.
func (s Status) Label(tag language.Tag) string { return statusCodec.Label(tag, uint8(s)) }

// MarshalText encodes s by its name.
func (s Status) MarshalText() ([]byte, error) { return marshalEnum(statusCodec, "status", uint8(s)) }

// UnmarshalText decodes "open", "closed" or "overdue".
func (s *Status) UnmarshalText(b []byte) error {
	return unmarshalEnum(statusCodec, "status", b, (*uint8)(s))
}

// Validate reports every problem of r at once, each an *houqin.InputError
// naming its field: a missing school, an invalid date, a deadline before the
// notice, a recheck before the notice.
func (r Rectification) Validate() error {
	var errs problem.List
	if r.School == "" {
		errs.Add(houqin.Invalid("school", "required"))
	}
	iok := r.Issued.Validate() == nil
	errs.Add(houqin.WithField("issued", r.Issued.Validate()))
	dok := r.Deadline.Validate() == nil
	errs.Add(houqin.WithField("deadline", r.Deadline.Validate()))
	if iok && dok && r.Deadline.Before(r.Issued) {
		errs.Add(houqin.Invalid("deadline", fmt.Sprintf("%s is before the notice of %s", r.Deadline, r.Issued)))
	}
	for i, c := range r.Rechecks {
		f := field.Index("rechecks", i) + ".date"
		if err := c.Date.Validate(); err != nil {
			errs.Add(houqin.WithField(f, err))
		} else if iok && c.Date.Before(r.Issued) {
			errs.Add(houqin.Invalid(f, fmt.Sprintf("%s is before the notice of %s", c.Date, r.Issued)))
		}
	}
	return errs.Err()
}

// ClosedOn returns the day of the first passing recheck on or before asOf,
// and whether there is one. r must be valid.
func (r Rectification) ClosedOn(asOf houqin.Date) (houqin.Date, bool) {
	var on houqin.Date
	found := false
	for _, c := range r.Rechecks {
		if c.Passed && !c.Date.After(asOf) && (!found || c.Date.Before(on)) {
			on, found = c.Date, true
		}
	}
	return on, found
}

// Status returns the state of r as of the given day: Closed once a recheck
// on or before asOf passed, else Overdue after the deadline, else Open.
// Rechecks after asOf have not happened yet as of that day. Status returns
// an *houqin.InputError when r or asOf is invalid.
func (r Rectification) Status(asOf houqin.Date) (Status, error) {
	if err := r.Validate(); err != nil {
		return 0, err
	}
	if err := asOf.Validate(); err != nil {
		return 0, houqin.WithField("as_of", err)
	}
	return r.status(asOf), nil
}

func (r Rectification) status(asOf houqin.Date) Status {
	if _, ok := r.ClosedOn(asOf); ok {
		return Closed
	}
	if asOf.After(r.Deadline) {
		return Overdue
	}
	return Open
}

// Rectification returns a written rectification notice (整改通知书) for a
// school, issued on the given day, with the deadline Policy.RectifyDays
// later. It returns an *houqin.InputError when the school is empty or a
// date is invalid.
func (a *Assessor) Rectification(school string, issued houqin.Date) (Rectification, error) {
	if school == "" {
		return Rectification{}, houqin.Invalid("school", "required")
	}
	if err := issued.Validate(); err != nil {
		return Rectification{}, houqin.WithField("issued", err)
	}
	deadline := issued.AddDays(a.p.rectifyDays)
	if err := deadline.Validate(); err != nil {
		return Rectification{}, houqin.WithField("deadline", err)
	}
	return Rectification{School: school, Issued: issued, Deadline: deadline}, nil
}

// Rectifications returns a rectification notice, issued on the given day,
// for each failing school of a ranking, in rank order. See
// [Assessor.Rectification].
func (a *Assessor) Rectifications(r Ranking, issued houqin.Date) ([]Rectification, error) {
	var out []Rectification
	for i, pl := range r.Places {
		if !pl.Fail {
			continue
		}
		rect, err := a.Rectification(pl.School, issued)
		if err != nil {
			return nil, houqin.WithField(field.Index("places", i), err)
		}
		out = append(out, rect)
	}
	return out, nil
}

// Review reports the state of rectifications as of a day the host passes,
// as sorted findings, one per notice that is not closed in time:
// CodeRectificationOverdue past the deadline, CodeRecheckFailed when the
// latest recheck failed, CodeRectificationDueToday on the deadline day,
// CodeRectificationOpen otherwise, and
// CodeRectificationClosedLate for a notice closed after its deadline. A
// notice closed in time gives none. Review returns an *houqin.InputError,
// listing every problem, when a record or asOf is invalid.
func Review(recs []Rectification, asOf houqin.Date) (houqin.Findings, error) {
	var errs problem.List
	errs.Add(houqin.WithField("as_of", asOf.Validate()))
	for i := range recs {
		errs.Add(houqin.WithField(field.Index("rectifications", i), recs[i].Validate()))
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	var out houqin.Findings
	for i := range recs {
		r := &recs[i]
		add := func(c houqin.Code, sev houqin.Severity, facts ...houqin.Fact) {
			out = append(out, houqin.Finding{Code: c, Severity: sev, Subject: r.School, Facts: facts})
		}
		deadline := houqin.DateFact("deadline", r.Deadline)
		on, closed := r.ClosedOn(asOf)
		last, rechecked := r.latest(asOf)
		switch {
		case closed && on.After(r.Deadline):
			add(CodeRectificationClosedLate, houqin.Notice, deadline, houqin.DateFact("closed", on))
		case closed:
		case asOf.After(r.Deadline):
			add(CodeRectificationOverdue, houqin.Violation, deadline, houqin.CountFact("days_overdue", int64(asOf.Sub(r.Deadline))))
		case rechecked && !last.Passed:
			add(CodeRecheckFailed, houqin.Warning, houqin.DateFact("recheck", last.Date), deadline)
		case asOf == r.Deadline:
			add(CodeRectificationDueToday, houqin.Notice, deadline)
		default:
			add(CodeRectificationOpen, houqin.Notice, deadline, houqin.CountFact("days_left", int64(r.Deadline.Sub(asOf))))
		}
	}
	out.Sort()
	return out, nil
}

// latest returns the latest recheck on or before asOf.
func (r Rectification) latest(asOf houqin.Date) (Recheck, bool) {
	var last Recheck
	found := false
	for _, c := range r.Rechecks {
		if !c.Date.After(asOf) && (!found || !c.Date.Before(last.Date)) {
			last, found = c, true
		}
	}
	return last, found
}
