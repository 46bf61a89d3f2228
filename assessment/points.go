package assessment

import (
	"strconv"

	"github.com/houqin-go/houqin"
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

// ratioPerHundredth is the number of houqin.Ratio units (10⁻⁸) in a
// hundredth: a points value read as a ratio is a whole number of them.
const ratioPerHundredth = int64(houqin.RatioOne) / pointsOne

// PointsOf converts a decimal number of points to Points, exactly. It
// refuses, with an *InputError for field that matches houqin.ErrInvalidInput,
// a value finer than a hundredth of a point (0.125), a magnitude above
// [MaxPoints], and a decimal whose exponent lies outside [−64, 18]. Like
// houqin.FenOf it checks the exponent before any arithmetic, runs in constant
// time and does not allocate for a valid value.
func PointsOf(field string, d decimal.Decimal) (Points, error) {
	r, err := houqin.RatioOf(field, d) // exact to 10⁻⁸ within ±1000
	if err == nil && int64(r)%ratioPerHundredth == 0 {
		return Points(int64(r) / ratioPerHundredth), nil
	}
	if e := d.Exponent(); e < -64 || e > 18 {
		return 0, houqin.Invalid(field, "exponent "+strconv.Itoa(int(e))+" out of range")
	}
	if d.Abs().Cmp(decimal.New(int64(MaxPoints), -PointsScale)) > 0 {
		return 0, houqin.Invalid(field, "beyond the bound of ±1000 points")
	}
	return 0, houqin.Invalid(field, "finer than a hundredth of a point: "+truncate(d.String(), 40))
}

// Decimal returns p as a decimal number of points with exactly two decimal
// places.
func (p Points) Decimal() decimal.Decimal { return decimal.New(int64(p), -PointsScale) }

// String returns p as a plain decimal without trailing zeros: "90", "92.5",
// "0.05", "-1.25".
func (p Points) String() string {
	var buf [24]byte
	return string(p.appendText(buf[:0]))
}

func (p Points) appendText(b []byte) []byte {
	u := uint64(p)
	if p < 0 {
		b = append(b, '-')
		u = uint64(-p)
	}
	b = strconv.AppendUint(b, u/pointsOne, 10)
	switch c := u % pointsOne; {
	case c == 0:
	case c%10 == 0:
		b = append(b, '.', byte('0'+c/10))
	default:
		b = append(b, '.', byte('0'+c/10), byte('0'+c%10))
	}
	return b
}

// MarshalText encodes p as a plain decimal, "92.5", so that a score in JSON
// is always a string, never a float.
func (p Points) MarshalText() ([]byte, error) { return p.appendText(nil), nil }

// UnmarshalText decodes a plain decimal such as "92.5" or "90.00" and refuses
// what [PointsOf] refuses, and exponents.
func (p *Points) UnmarshalText(b []byte) error {
	s := string(b)
	bad := len(s) == 0 || len(s) > 40
	for i := 0; i < len(s) && !bad; i++ {
		c := s[i]
		bad = !(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+')
	}
	if bad {
		return houqin.Invalid("", "want plain decimal points such as 92.5, got "+strconv.Quote(truncate(s, 40)))
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return houqin.Invalid("", "want plain decimal points such as 92.5, got "+strconv.Quote(s))
	}
	v, err := PointsOf("", d)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// fact returns p as a fact of unit houqin.UnitPoints.
func (p Points) fact(name string) houqin.Fact {
	return houqin.Fact{Name: name, Unit: houqin.UnitPoints, Value: int64(p)}
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
	switch houqin.MatchLanguage(tag) {
	case language.TraditionalChinese:
		if n.Hant != "" {
			return n.Hant
		}
	case language.English:
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

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
