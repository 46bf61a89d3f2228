package assessment

import (
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/houqin-go/houqin/internal/format"
	"github.com/houqin-go/houqin/internal/lang"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Points is a score on a rubric held as a whole number of hundredths of a
// point: Points(9050) is 90.5 points. Every score the package computes is a
// Points, added and compared in integers, so a school that sits exactly on a
// band boundary gets exactly that boundary (90, never 89.99999999999999).
// Points encode in JSON as a plain decimal string, "90.5".
type Points int64

// PointsScale is the number of decimal places a Points keeps: a rubric's
// points, deductions, bonuses and band boundaries are whole hundredths of a
// point.
const PointsScale = 2

// MaxPoints bounds every points value of a rubric, and a rubric's highest
// possible score (its total plus every bonus it can give): 1000 points.
const MaxPoints Points = 1000 * pointsOne

// pointsOne is one point in hundredths.
const pointsOne = 100

// pointsOf converts a decimal number of points to hundredths within
// ±MaxPoints.
var pointsOf = fixed.NewConverter(PointsScale, int64(MaxPoints))

// PointsOf converts a decimal number of points to Points, exactly. It
// refuses, with an *InputError for field that matches houqin.ErrInvalidInput,
// a value finer than a hundredth of a point (0.125), a magnitude above
// [MaxPoints], and a decimal whose exponent lies outside [−64, 18]. Like
// houqin.FenOf it checks the exponent before any arithmetic, runs in constant
// time and does not allocate for a valid value.
func PointsOf(field string, d decimal.Decimal) (Points, error) {
	v, why := pointsOf.Of(d)
	switch e := d.Exponent(); {
	case why == fixed.OK:
		return Points(v), nil
	case e < fixed.MinExponent || e > fixed.MaxExponent:
		return 0, houqin.Invalid(field, "exponent "+strconv.Itoa(int(e))+" out of range")
	case why == fixed.TooLarge || d.Abs().Cmp(MaxPoints.Decimal()) > 0:
		return 0, houqin.Invalid(field, "beyond the bound of ±1000 points")
	}
	return 0, houqin.Invalid(field, "finer than a hundredth of a point: "+clip.String(d.String(), 40))
}

// Decimal returns p as a decimal number of points with exactly two decimal
// places.
func (p Points) Decimal() decimal.Decimal { return decimal.New(int64(p), -PointsScale) }

// String returns p as a plain decimal without trailing zeros: "90", "92.5",
// "0.05", "-1.25".
func (p Points) String() string {
	var buf [24]byte
	return string(format.AppendPlain(buf[:0], int64(p), PointsScale))
}

// MarshalText encodes p as a plain decimal, "92.5", so that a score in JSON
// is always a string, never a float.
func (p Points) MarshalText() ([]byte, error) {
	return format.AppendPlain(nil, int64(p), PointsScale), nil
}

// UnmarshalText decodes a plain decimal such as "92.5" or "90.00" and refuses
// what [PointsOf] refuses, and exponents.
func (p *Points) UnmarshalText(b []byte) error {
	s := string(b)
	var d decimal.Decimal
	plain := len(s) > 0 && len(s) <= 40 && strings.Trim(s, "0123456789.+-") == ""
	if plain {
		var err error
		d, err = decimal.NewFromString(s)
		plain = err == nil
	}
	if !plain {
		return houqin.Invalid("", "want plain decimal points such as 92.5, got "+clip.Quote(s, 40))
	}
	v, err := PointsOf("", d)
	if err == nil {
		*p = v
	}
	return err
}

// Name is the name of a rubric, section, item, level or grade in the three
// languages of the library. Hans is required; a missing Hant or En falls back
// to Hans.
type Name struct {
	// Hans is the name in Simplified Chinese.
	Hans string `json:"zh_hans"`
	// Hant is the name in Traditional Chinese.
	Hant string `json:"zh_hant,omitempty"`
	// En is the name in English.
	En string `json:"en,omitempty"`
}

// In returns the name for a reader of the language matched from tag (see
// houqin.MatchLanguage), falling back to Hans.
func (n Name) In(tag language.Tag) string {
	switch lang.Of(tag) {
	case lang.Hant:
		if n.Hant != "" {
			return n.Hant
		}
	case lang.En:
		if n.En != "" {
			return n.En
		}
	}
	return n.Hans
}

func (n Name) validate() error {
	if n.Hans == "" {
		return houqin.Invalid("zh_hans", "required")
	}
	return nil
}
