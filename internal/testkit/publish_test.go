package testkit

import (
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
)

// recorder is a testing.TB that counts failures instead of failing.
type recorder struct {
	testing.TB
	failed int
}

func (r *recorder) Errorf(string, ...any) { r.failed++ }
func (r *recorder) Helper()               {}

func TestAssertFitToPublish(t *testing.T) {
	fit := houqin.Finding{Code: "houqin.school_year", Subject: "一中", Facts: []houqin.Fact{houqin.CountFact("a", 2025)}}
	r := &recorder{TB: t}
	AssertFitToPublish(r, fit)
	assert.Zero(t, r.failed)
	// A count of nothing is refused.
	r = &recorder{TB: t}
	AssertFitToPublish(r, houqin.Finding{Code: "houqin.school_year", Subject: "一中", Facts: []houqin.Fact{houqin.CountFact("a", 0)}})
	assert.NotZero(t, r.failed)
	// A field path in the subject is refused.
	r = &recorder{TB: t}
	AssertFitToPublish(r, houqin.Finding{Code: "houqin.school_year", Subject: "lines[3]", Facts: []houqin.Fact{houqin.CountFact("a", 2025)}})
	assert.NotZero(t, r.failed)
	assert.Equal(t, []string{"1 days"}, []string{enOneMany.FindStringSubmatch("x: 1 days left")[0][1:]})
	assert.False(t, enOneMany.MatchString("CN¥0.1 days, 2,001 days, 1 day"))
	assert.Equal(t, int64(1), OneOfEach(fit).Facts[0].Value)
	assert.Equal(t, int64(2025), fit.Facts[0].Value, "a copy")
}

func TestPublished(t *testing.T) {
	fit := houqin.Finding{Code: "houqin.school_year", Subject: "一中", Facts: []houqin.Fact{houqin.CountFact("a", 2025)}}
	var p Published
	p.AddBoth(t, "boundary", fit)
	want := "houqin.school_year (boundary)\n" +
		"  zh-Hans: " + fit.Message(Languages()[0]) + "\n" +
		"  zh-Hant: " + fit.Message(Languages()[1]) + "\n" +
		"  en: " + fit.Message(Languages()[2]) + "\n" +
		"houqin.school_year (one of each)\n" +
		"  zh-Hans: " + OneOfEach(fit).Message(Languages()[0]) + "\n" +
		"  zh-Hant: " + OneOfEach(fit).Message(Languages()[1]) + "\n" +
		"  en: " + OneOfEach(fit).Message(Languages()[2]) + "\n"
	assert.Equal(t, want, p.String())
	// A finding that is not fit to publish fails the test it is added in.
	r := &recorder{TB: t}
	p.Add(r, "zero", houqin.Finding{Code: "houqin.school_year", Subject: "一中", Facts: []houqin.Fact{houqin.CountFact("a", 0)}})
	assert.NotZero(t, r.failed)
}
