package canteen

import (
	"time"

	"github.com/houqin-go/houqin"
)

// sampleFindings appends to fs the findings of the sample log: a dish
// without a sample, and each sample under weight, without its label, or
// discarded before its time.
func (k *Checker) sampleFindings(fs houqin.Findings, r *Records, v *recordsCheck) houqin.Findings {
	rec := &k.c.rec
	for j, s := range v.sampled {
		m := &r.Meals[v.dishMeal[j]]
		if s == 0 {
			fs = append(fs, houqin.Finding{
				Code: CodeSampleMissing, Severity: houqin.Violation, Subject: dishSubject(m, v.dishName[j]),
				Facts: []houqin.Fact{houqin.DateFact("date", m.Date)},
			})
			continue
		}
		smp := &r.Samples[s-1]
		if w := v.weights[s-1]; w < rec.sampleTenths {
			fs = append(fs, houqin.Finding{
				Code: CodeSampleUnderweight, Severity: houqin.Violation, Subject: dishSubject(m, v.dishName[j]),
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
				Code: CodeSampleUnlabelled, Severity: houqin.Warning, Subject: dishSubject(m, v.dishName[j]),
				Facts: []houqin.Fact{houqin.DateFact("date", m.Date)},
			})
		}
		if smp.Taken.IsZero() || smp.Discarded.IsZero() {
			continue
		}
		if kept := smp.Discarded.Sub(smp.Taken); kept < rec.sampleKeep {
			// Whole minutes: the time kept rounded down and the time
			// required, which is whole hours, so that the shortfall is at
			// least a minute when the sample was kept a second too little.
			keptMin, reqMin := int64(kept/time.Minute), int64(rec.sampleKeep/time.Minute)
			fs = append(fs, houqin.Finding{
				Code: CodeSampleDiscardedEarly, Severity: houqin.Violation, Subject: dishSubject(m, v.dishName[j]),
				Facts: []houqin.Fact{
					houqin.DateFact("date", m.Date),
					houqin.CountFact("kept", keptMin),
					houqin.CountFact("required", reqMin),
					houqin.CountFact("shortfall", reqMin-keptMin),
				},
			})
		}
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
