package canteen

import "github.com/houqin-go/houqin"

// mealFindings appends to fs a finding of each run of serving days on which
// a meal was served without a record of a school leader eating with the
// pupils: consecutive serving days, so that a weekend without meals does
// not break a run.
func mealFindings(fs houqin.Findings, r *Records, v *recordsCheck) houqin.Findings {
	missed := make([]int64, len(v.days)) // the meals missed on each serving day
	some := false
	for i, ok := range v.withBy {
		if !ok {
			missed[v.mealDay[i]]++
			some = true
		}
	}
	if !some {
		return fs
	}
	for d := 0; d < len(missed); {
		if missed[d] == 0 {
			d++
			continue
		}
		start, meals := d, int64(0)
		for ; d < len(missed) && missed[d] > 0; d++ {
			meals += missed[d]
		}
		fs = append(fs, houqin.Finding{
			Code: CodeMealUnaccompanied, Severity: houqin.Violation, Subject: r.Canteen,
			Facts: []houqin.Fact{
				houqin.DateFact("from", v.days[start]),
				houqin.DateFact("to", v.days[d-1]),
				houqin.CountFact("days", int64(d-start)),
				houqin.CountFact("meals", meals),
			},
		})
	}
	return fs
}
