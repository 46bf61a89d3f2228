package canteen

import (
	"slices"

	"github.com/houqin-go/houqin"
)

// morningFindings appends to fs a finding of each handler who has no
// morning check on a serving day the handler worked.
func morningFindings(fs houqin.Findings, r *Records, v *recordsCheck) houqin.Findings {
	for h := range r.Handlers {
		serving := v.serving[h]
		d, _ := slices.BinarySearchFunc(v.days, serving.From, houqin.Date.Compare)
		var first houqin.Date
		var days int64
		for ; d < len(v.days) && !v.days[d].After(serving.To); d++ {
			if v.checkedOn[h*v.words+d/64]&(1<<(d%64)) != 0 {
				continue
			}
			if days == 0 {
				first = v.days[d]
			}
			days++
		}
		if days > 0 {
			fs = append(fs, houqin.Finding{
				Code: CodeMorningCheckMissing, Severity: houqin.Violation, Subject: r.Handlers[h].ID,
				Facts: []houqin.Fact{houqin.DateFact("first", first), houqin.CountFact("days", days)},
			})
		}
	}
	return fs
}
