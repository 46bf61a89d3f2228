package canteen

import (
	"slices"
	"strconv"
	"time"

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
	// certificates (健康证), in any order; renewals may overlap. From is
	// the day of issue and To the expiry the certificate states.
	Certificates []houqin.Period `json:"health_certificates"`
	// FirstDay is the worker's first working day at the canteen, which may
	// lie before the roster's period but not after the first day the worker
	// served in it; the zero Date means the host does not know it, and the
	// rule of [CodeWorkedBeforeCertificate] is not checked.
	FirstDay houqin.Date `json:"first_day,omitzero"`
}

// maxDiners bounds Roster.Diners.
const maxDiners = 10_000_000

// CheckStaff checks a canteen's roster:
//
//   - every worker's health certificates must together cover every day the
//     worker served in the period ([CodeHealthCertificateGap], with the
//     first day not covered and the number of days not covered);
//   - a certificate covers no day after its issue plus
//     Policy.CertificateMonths, and one stated to expire later, among
//     those that reach the days the worker served, is a finding
//     ([CodeCertificateBeyondValidity]);
//   - a worker's first working day, where the host gives it, must not
//     come before the issue of the worker's first certificate
//     ([CodeWorkedBeforeCertificate]);
//   - the canteen must have at least one worker for every
//     Policy.DinersPerWorker diners, rounded up ([CodeUnderstaffed]); a
//     policy of zero does not check it.
//
// It returns the findings sorted, nil when every rule held; or an error
// joining every problem of the input, each an *houqin.InputError that
// matches houqin.ErrInvalidInput: a missing canteen, a period or
// certificate that is not a valid period, a worker without ID or listed
// twice, a serving period outside the roster's period, a first working day
// that is not a valid date or comes after the first day the worker served
// in the period, diners out of range.
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
		if !w.FirstDay.IsZero() {
			if err := w.FirstDay.Validate(); err != nil {
				p.Add(houqin.WithField(field.Join(at, "first_day"), err))
			} else if serving.From.Validate() == nil && w.FirstDay.After(serving.From) {
				p.Add(houqin.Invalid(field.Join(at, "first_day"), w.FirstDay.String()+" is after the first day the worker served in the period, "+serving.From.String()+": give the worker's serving period"))
			}
		}
		if p.Len() > 0 {
			continue
		}
		certs := w.Certificates
		if k.c.rec.certMonths > 0 {
			certs, fs = capCertificates(fs, w.ID, serving, certs, k.c.rec.certMonths)
		}
		if !w.FirstDay.IsZero() {
			fs = firstDayFinding(fs, &w)
		}
		if first, days := uncovered(serving, certs); days > 0 {
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
		if have := int64(len(r.Workers)); have == 0 && need > 0 {
			fs = append(fs, houqin.Finding{
				Code: CodeNoWorkers, Severity: houqin.Warning, Subject: r.Canteen,
				Facts: []houqin.Fact{houqin.CountFact("diners", int64(r.Diners)), houqin.CountFact("required", need)},
			})
		} else if have < need {
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

// capCertificates returns certs with each certificate's expiry brought back
// to its issue plus months where it states a later one, and appends to fs a
// finding of each such certificate that reaches the days of serving. It
// returns certs itself when none needs to be capped.
func capCertificates(fs houqin.Findings, worker string, serving houqin.Period, certs []houqin.Period, months int) ([]houqin.Period, houqin.Findings) {
	out, cloned := certs, false
	for i, c := range certs {
		latest := addMonths(c.From, months)
		if !c.To.After(latest) {
			continue
		}
		if !c.From.After(serving.To) && !c.To.Before(serving.From) {
			fs = append(fs, houqin.Finding{
				Code: CodeCertificateBeyondValidity, Severity: houqin.Warning, Subject: worker,
				Facts: []houqin.Fact{
					houqin.DateFact("issued", c.From),
					houqin.DateFact("expires", c.To),
					houqin.DateFact("latest", latest),
				},
			})
		}
		if !cloned {
			out, cloned = slices.Clone(certs), true
		}
		out[i].To = latest
	}
	return out, fs
}

// firstDayFinding appends to fs the finding of a worker whose first working
// day came before the issue of the worker's first certificate. A worker
// without certificates has none: [CodeHealthCertificateGap] reports every
// day served.
func firstDayFinding(fs houqin.Findings, w *Worker) houqin.Findings {
	if len(w.Certificates) == 0 {
		return fs
	}
	issued := w.Certificates[0].From
	for _, c := range w.Certificates[1:] {
		if c.From.Before(issued) {
			issued = c.From
		}
	}
	if !w.FirstDay.Before(issued) {
		return fs
	}
	return append(fs, houqin.Finding{
		Code: CodeWorkedBeforeCertificate, Severity: houqin.Violation, Subject: w.ID,
		Facts: []houqin.Fact{
			houqin.DateFact("first_day", w.FirstDay),
			houqin.DateFact("issued", issued),
			houqin.CountFact("days", int64(issued.Sub(w.FirstDay))),
		},
	})
}

// addMonths returns the day n months after d: the same day of the month,
// or the month's last day where that day does not exist (29 February 2024
// plus 12 months is 28 February 2025).
func addMonths(d houqin.Date, n int) houqin.Date {
	m := int(d.Month) - 1 + n
	y := d.Year + m/12
	month := time.Month(m%12 + 1)
	return houqin.Date{Year: y, Month: month, Day: min(d.Day, houqin.MonthPeriod(y, month).To.Day)}
}
