package canteen

import (
	"slices"
	"strconv"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
)

// Roster is a canteen's staff for one period: its workers with their
// health certificates, and the number of diners it serves.
type Roster struct {
	// Canteen is the host's identifier of the canteen: the subject of the
	// staffing finding. Required.
	Canteen string `json:"canteen"`
	// Period is the period the roster covers (a month, a term). Required.
	Period houqin.Period `json:"period"`
	// Diners is the number of diners the canteen serves at a meal (pupils
	// and staff who eat there): from 0 to 10,000,000.
	Diners int `json:"diners"`
	// Workers are the canteen's workers in the period; each counts once
	// toward the staffing ratio.
	Workers []Worker `json:"workers"`
}

// Worker is one canteen worker.
type Worker struct {
	// ID is the host's identifier of the worker: the subject of the
	// worker's findings. Required and unique in the roster.
	ID string `json:"id"`
	// Serving is the part of the roster's period in which the worker
	// served, for a worker who joined or left in the period. The zero
	// Period means the whole period; otherwise it must lie within it.
	Serving houqin.Period `json:"serving"`
	// Certificates are the validity periods of the worker's health
	// certificates (健康证), in any order; renewals may overlap.
	Certificates []houqin.Period `json:"health_certificates"`
}

// maxDiners bounds Roster.Diners.
const maxDiners = 10_000_000

// CheckStaff checks a canteen's roster:
//
//   - every worker's health certificates must together cover every day the
//     worker served in the period ([CodeHealthCertificateGap], with the
//     first day not covered and the number of days not covered);
//   - the canteen must have at least one worker for every
//     Policy.DinersPerWorker diners, rounded up ([CodeUnderstaffed]); a
//     policy of zero does not check it.
//
// It returns the findings sorted, nil when every rule held; or an error
// joining every problem of the input, each an *houqin.InputError that
// matches houqin.ErrInvalidInput: a missing canteen, a period or
// certificate that is not a valid period, a worker without ID or listed
// twice, a serving period outside the roster's period, diners out of range.
func (k *Checker) CheckStaff(r Roster) (houqin.Findings, error) {
	if k == nil {
		return nil, errNilChecker
	}
	var p problem.List
	if r.Canteen == "" {
		p.Add(houqin.Invalid("canteen", "missing"))
	}
	periodErr := r.Period.Validate()
	p.Add(houqin.WithField("period", periodErr))
	if r.Diners < 0 || r.Diners > maxDiners {
		p.Add(houqin.Invalid("diners", "must lie between 0 and 10,000,000, got "+strconv.Itoa(r.Diners)))
	}
	var fs houqin.Findings
	seen := make(map[string]int, len(r.Workers))
	for i, w := range r.Workers {
		at := field.Index("workers", i)
		if err := checkName(field.Join(at, "id"), w.ID); err != nil {
			p.Add(err)
		} else if j, dup := seen[w.ID]; dup {
			p.Add(houqin.Invalid(field.Join(at, "id"), clip.Quote(w.ID, 40)+" is listed twice, first as "+field.Index("workers", j)))
		} else {
			seen[w.ID] = i
		}
		serving := r.Period
		if w.Serving != (houqin.Period{}) {
			if err := w.Serving.Validate(); err != nil {
				p.Add(houqin.WithField(field.Join(at, "serving"), err))
			} else if periodErr == nil && !(r.Period.Contains(w.Serving.From) && r.Period.Contains(w.Serving.To)) {
				p.Add(houqin.Invalid(field.Join(at, "serving"), w.Serving.String()+" lies outside the period "+r.Period.String()))
			}
			serving = w.Serving
		}
		for j, c := range w.Certificates {
			p.Add(houqin.WithField(field.Join(at, field.Index("health_certificates", j)), c.Validate()))
		}
		if p.Len() > 0 {
			continue
		}
		if first, days := uncovered(serving, w.Certificates); days > 0 {
			fs = append(fs, houqin.Finding{
				Code: CodeHealthCertificateGap, Severity: houqin.Violation, Subject: w.ID,
				Facts: []houqin.Fact{houqin.DateFact("first_uncovered", first), houqin.CountFact("days", int64(days))},
			})
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if k.c.ratio > 0 {
		need := (int64(r.Diners) + k.c.ratio - 1) / k.c.ratio
		if have := int64(len(r.Workers)); have < need {
			fs = append(fs, houqin.Finding{
				Code: CodeUnderstaffed, Severity: houqin.Warning, Subject: r.Canteen,
				Facts: []houqin.Fact{
					houqin.CountFact("diners", int64(r.Diners)),
					houqin.CountFact("workers", have),
					houqin.CountFact("required", need),
				},
			})
		}
	}
	fs.Sort()
	return fs, nil
}

// uncovered returns the first day of p that none of the valid periods
// certs covers, and the number of such days; days is 0 when they cover p.
func uncovered(p houqin.Period, certs []houqin.Period) (first houqin.Date, days int) {
	cs := slices.Clone(certs)
	slices.SortFunc(cs, func(a, b houqin.Period) int { return a.From.Compare(b.From) })
	next := p.From // the first day of p not yet known to be covered
	gap := func(from, to houqin.Date) {
		if first.IsZero() {
			first = from
		}
		days += to.Sub(from) + 1
	}
	for _, c := range cs {
		if next.After(p.To) {
			break
		}
		if c.To.Before(next) {
			continue
		}
		if c.From.After(next) {
			end := c.From.AddDays(-1)
			if end.After(p.To) {
				end = p.To
			}
			gap(next, end)
		}
		next = c.To.AddDays(1)
	}
	if !next.After(p.To) {
		gap(next, p.To)
	}
	return first, days
}
