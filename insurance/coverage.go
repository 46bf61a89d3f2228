package insurance

import (
	"slices"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
)

// Enrollment gives, for one school and one kind of policy, the people the
// kind should cover (pupils enrolled, or staff for a staff policy) and
// how many of them it covers.
type Enrollment struct {
	// School is the host's identifier of the school. Required.
	School string `json:"school"`
	// Kind is the kind of policy. Required; a kind the checker knows.
	Kind Kind `json:"kind"`
	// Enrolled is the number of people the kind should cover, in
	// [0, 10,000,000].
	Enrolled int64 `json:"enrolled"`
	// Insured is the number of them it covers, in [0, Enrolled].
	Insured int64 `json:"insured"`
}

// maxPeople bounds the people of one row of input: more pupils than any
// county has.
const maxPeople = 10_000_000

// Coverage is the insured rate (投保率) of one school, or of all the
// schools together, for one kind of policy.
type Coverage struct {
	// School is the school, empty for the total of all schools.
	School string `json:"school,omitempty"`
	Kind   Kind   `json:"kind"`
	// Enrolled, Insured and Uninsured count people; Uninsured is
	// Enrolled − Insured.
	Enrolled  int64 `json:"enrolled"`
	Insured   int64 `json:"insured"`
	Uninsured int64 `json:"uninsured"`
	// Rate is Insured ÷ Enrolled rounded half-up to 10⁻⁸, for display
	// (verdicts compare the counts exactly), kept on its side of the rate
	// the policy requires for the kind (houqin.ShareOf with that
	// threshold), so that a rate below it never reads equal to it:
	// 9,999,999 of 10,000,000 is 99.99999%, never 100%; 100% when nobody
	// is enrolled, for then nobody is uninsured.
	Rate houqin.Ratio `json:"rate"`
}

// CoverageReport is the coverage of a county: per school and kind, and
// per kind over all schools.
type CoverageReport struct {
	// Schools holds one row per school and kind, by school (byte order)
	// then kind.
	Schools []Coverage `json:"schools"`
	// Kinds holds one row per kind, totalled over the schools, in the
	// order of the kinds.
	Kinds []Coverage `json:"kinds"`
}

// Coverage computes the insured rate of every school and kind, and of
// each kind over all schools, exactly. It returns an *houqin.InputError
// naming the row ("enrollments[3].insured") for a row with a missing
// school, a kind c does not know, counts out of range or more insured than
// enrolled, and for two rows of the same school and kind.
func (c *Checker) Coverage(rows []Enrollment) (CoverageReport, error) {
	if err := checkEnrollments(c.kinds, rows); err != nil {
		return CoverageReport{}, err
	}
	rep := CoverageReport{Schools: make([]Coverage, len(rows))}
	totals := map[Kind]*Coverage{}
	for i, r := range rows {
		rep.Schools[i] = coverage(r.School, r.Kind, r.Enrolled, r.Insured, c.rules[r.Kind].required)
		t := totals[r.Kind]
		if t == nil {
			t = &Coverage{Kind: r.Kind}
			totals[r.Kind] = t
		}
		t.Enrolled += r.Enrolled
		t.Insured += r.Insured
	}
	slices.SortFunc(rep.Schools, func(a, b Coverage) int {
		if c := strings.Compare(a.School, b.School); c != 0 {
			return c
		}
		return compareKinds(a.Kind, b.Kind)
	})
	for _, t := range totals {
		rep.Kinds = append(rep.Kinds, coverage("", t.Kind, t.Enrolled, t.Insured, c.rules[t.Kind].required))
	}
	slices.SortFunc(rep.Kinds, func(a, b Coverage) int { return compareKinds(a.Kind, b.Kind) })
	return rep, nil
}

// coverage is the row of school and kind, its rate kept on its side of
// required (see Coverage.Rate).
func coverage(school string, k Kind, enrolled, insured int64, required houqin.Ratio) Coverage {
	rate := houqin.RatioOne
	if enrolled > 0 {
		rate = houqin.ShareOf(insured, enrolled, required)
	}
	return Coverage{School: school, Kind: k, Enrolled: enrolled, Insured: insured, Uninsured: enrolled - insured, Rate: rate}
}

// checkEnrollments validates rows, whose kinds must be among kinds, with
// fields under "enrollments".
func checkEnrollments(kinds *kindSet, rows []Enrollment) error {
	type key struct {
		school string
		kind   Kind
	}
	seen := make(map[key]int, len(rows))
	for i := range rows {
		r := &rows[i]
		if err := r.check(kinds); err != nil {
			return houqin.WithField(item("enrollments", i), err)
		}
		k := key{r.School, r.Kind}
		if j, ok := seen[k]; ok {
			return houqin.Invalid(item("enrollments", i), "school "+strconv.Quote(r.School)+" and kind "+string(r.Kind)+" already given in "+item("enrollments", j))
		}
		seen[k] = i
	}
	return nil
}

// check validates one row's own fields, its kind among kinds.
func (r *Enrollment) check(kinds *kindSet) error {
	if err := checkID("school", r.School); err != nil {
		return err
	}
	if err := kinds.check(r.Kind); err != nil {
		return houqin.WithField("kind", err)
	}
	switch {
	case r.Enrolled < 0 || r.Enrolled > maxPeople:
		return houqin.Invalid("enrolled", "out of range [0, "+strconv.Itoa(maxPeople)+"]")
	case r.Insured < 0:
		return houqin.Invalid("insured", "negative")
	case r.Insured > r.Enrolled:
		return houqin.Invalid("insured", "more insured ("+strconv.FormatInt(r.Insured, 10)+") than enrolled ("+strconv.FormatInt(r.Enrolled, 10)+")")
	}
	return nil
}

// item names the i-th element of a list in a field path: "claims[3]". It
// is called on the error path only, so that checking a row builds no
// string.
func item(list string, i int) string { return list + "[" + strconv.Itoa(i) + "]" }

// kindSubject is the subject of a finding about one school's cover of one
// kind, "<school>/<kind>", which [Checker.Message] writes for a reader.
func kindSubject(school string, k Kind) string { return school + "/" + string(k) }

// CheckCoverage finds the schools whose insured rate of a kind is below
// the rate the policy requires for it ([CodeCoverageBelowRequired], or
// [CodeNobodyInsured] when none of the people enrolled is insured),
// deciding exactly: 199 insured of 200 enrolled is below 100%; 200 of 200
// is not. It returns the findings sorted, or the errors of
// [Checker.Coverage].
func (c *Checker) CheckCoverage(rows []Enrollment) (houqin.Findings, error) {
	if err := checkEnrollments(c.kinds, rows); err != nil {
		return nil, err
	}
	var fs houqin.Findings
	for _, r := range rows {
		req := c.rules[r.Kind].required
		if req <= 0 || houqin.CmpShare(r.Insured, r.Enrolled, req) >= 0 {
			continue
		}
		subject := kindSubject(r.School, r.Kind)
		if r.Insured == 0 {
			fs = append(fs, houqin.Finding{Code: CodeNobodyInsured, Severity: houqin.Violation, Subject: subject,
				Facts: []houqin.Fact{houqin.PercentFact("required", req), houqin.CountFact("uninsured", r.Enrolled)}})
			continue
		}
		cov := coverage(r.School, r.Kind, r.Enrolled, r.Insured, req)
		fs = append(fs, houqin.Finding{
			Code:     CodeCoverageBelowRequired,
			Severity: houqin.Violation,
			Subject:  subject,
			Facts: []houqin.Fact{
				houqin.PercentFact("rate", cov.Rate),
				houqin.PercentFact("required", req),
				houqin.CountFact("uninsured", cov.Uninsured),
				houqin.CountFact("enrolled", r.Enrolled),
				houqin.CountFact("insured", r.Insured),
			},
		})
	}
	fs.Sort()
	return fs, nil
}
