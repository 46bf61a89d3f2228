package canteen

import (
	"time"

	"github.com/houqin-go/houqin"
)

// sampleFindings appends to fs the findings of the sample log: a dish
// without a sample, and each sample under weight, without its label, or
// discarded before its time.
func (k *Checker) sampleFindings(fs houqin.Findings, r *Records, v *recordsCheck) houqin.Findings {
	for i := range r.Meals {
		m := &r.Meals[i]
		for j, dish := range m.Dishes {
			if s := v.sampled[v.dishBase[i]+j]; s == 0 {
				fs = append(fs, houqin.Finding{
					Code: CodeSampleMissing, Severity: houqin.Violation, Subject: dishSubject(m, dish),
					Facts: []houqin.Fact{houqin.DateFact("date", m.Date)},
				})
			} else {
				fs = k.appendSampleFindings(fs, m, dish, &r.Samples[s-1], v.weights[s-1])
			}
		}
	}
	return fs
}

// appendSampleFindings appends to fs the findings of smp, the sample of
// dish of meal m, which weighs w tenths of a gram.
func (k *Checker) appendSampleFindings(fs houqin.Findings, m *Meal, dish string, smp *Sample, w int64) houqin.Findings {
	rec := &k.c.rec
	if w < rec.sampleTenths {
		fs = append(fs, houqin.Finding{
			Code: CodeSampleUnderweight, Severity: houqin.Violation, Subject: dishSubject(m, dish),
			Facts: []houqin.Fact{
				houqin.DateFact("date", m.Date),
				gramsFact("weight", w),
				gramsFact("required", rec.sampleTenths),
				gramsFact("shortfall", rec.sampleTenths-w),
			},
		})
	}
	if smp.Taken.IsZero() || smp.By == "" {
		fs = append(fs, houqin.Finding{
			Code: CodeSampleUnlabelled, Severity: houqin.Warning, Subject: dishSubject(m, dish),
			Facts: []houqin.Fact{houqin.DateFact("date", m.Date)},
		})
	}
	if smp.Taken.IsZero() || smp.Discarded.IsZero() {
		return fs
	}
	if kept := smp.Discarded.Sub(smp.Taken); kept < rec.sampleKeep {
		// Whole minutes: the time kept rounded down and the time required,
		// which is whole hours, so that the shortfall is at least a minute
		// when the sample was kept a second too little.
		keptMin, reqMin := int64(kept/time.Minute), int64(rec.sampleKeep/time.Minute)
		fs = append(fs, houqin.Finding{
			Code: CodeSampleDiscardedEarly, Severity: houqin.Violation, Subject: dishSubject(m, dish),
			Facts: []houqin.Fact{
				houqin.DateFact("date", m.Date),
				houqin.CountFact("kept", keptMin),
				houqin.CountFact("required", reqMin),
				houqin.CountFact("shortfall", reqMin-keptMin),
			},
		})
	}
	return fs
}

// dishSubject names a dish of meal m in a finding: "午餐/红烧肉", the
// meal's and the dish's names as the host wrote them.
func dishSubject(m *Meal, dish string) string { return m.Name + "/" + dish }

// gramsFact returns a fact of a weight in tenths of a gram.
func gramsFact(name string, tenths int64) houqin.Fact {
	return houqin.Fact{Name: name, Unit: houqin.UnitGrams, Value: tenths}
}
