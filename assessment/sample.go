package assessment

import (
	_ "embed"
	"slices"
	"sync"

	"github.com/houqin-go/houqin"
)

// sampleRubric is the sample rubric in JSON, as a bureau would write its
// own: the file sample_rubric.json beside this one.
//
//go:embed sample_rubric.json
var sampleRubric []byte

// parsedSample is the sample rubric, read once.
var parsedSample = sync.OnceValues(func() (Rubric, error) { return ParseRubric(sampleRubric) })

// SampleRubric returns a sample rubric of 100 points built from the areas
// that 高校后勤工作会上的领导讲话 and 监利县学校后勤管理工作会议讲话（上半年工作总结）
// name: the canteen (40 points, in two sections of 20: hygiene and food
// safety, cost accounting), dormitories, greening and sanitation, the
// student-consumption market and fees, assets, and safety and insurance;
// plus two bonus items (at most 3 points together) and three veto items (a
// food-poisoning incident, falsified records, a canteen contracted out
// against the rules). Every section states its points; every item says how
// it is checked. The school-liability insured rate is a threshold item at
// 100% (投保率达到100%, 监利县学校后勤管理工作会议讲话（上半年工作总结）),
// scored by the insurance package's findings or by a rate observed. It uses
// the default grade bands.
//
// It is a sample, not a standard: a bureau replaces it with its own rubric,
// loaded with [ParseRubric]. The sample is the JSON file sample_rubric.json
// of this package, read with ParseRubric, so that it documents the shape of
// a rubric and the ids of its items. Several items deduct per finding of the
// canteen, fees and insurance packages (see [SampleCodes]), so that their
// results score a school directly. Each call returns a new copy.
func SampleRubric() Rubric {
	r, err := parsedSample()
	if err != nil { // the package's tests read the file
		panic("assessment: the sample rubric is invalid: " + err.Error())
	}
	return r.clone()
}

// SampleCodes returns the finding codes of the other rule packages that the
// sample rubric scores, sorted. Codes are data here: this package does not
// import the packages that produce them; the county report example checks
// that each is a code those packages declare.
func SampleCodes() []houqin.Code {
	var out []houqin.Code
	walkItems(SampleRubric().Sections, func(it *Item) {
		for _, r := range it.Findings {
			out = append(out, r.Code)
		}
	})
	slices.Sort(out)
	return slices.Compact(out)
}
