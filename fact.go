package houqin

import (
	"encoding/json"
	"strconv"
	"time"

	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/houqin-go/houqin/internal/format"
	"github.com/houqin-go/houqin/internal/lang"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Unit says what a Fact's value measures: the scale of its integer, how it
// is written in a message, and its name in JSON (the constant's text).
type Unit string

// The units of a Fact.
const (
	// UnitYuan is an amount of money held in fen ([Fen]): 123450 is
	// ¥1,234.50, and "1234.50" in JSON.
	UnitYuan Unit = "yuan"
	// UnitPercent is a proportion held as a [Ratio] in hundred-millionths,
	// written as a percentage: 5000000 is 5.00%, and "0.05" in JSON.
	UnitPercent Unit = "percent"
	// UnitCount is a whole number of things: pupils, claims, workers, days.
	UnitCount Unit = "count"
	// UnitDate is a day held as the number yyyymmdd: 20250901 is
	// 2025年9月1日 or 1 September 2025, and "2025-09-01" in JSON.
	UnitDate Unit = "date"
	// UnitPoints is a score on an assessment rubric held in hundredths of a
	// point: 9250 is 92.5.
	UnitPoints Unit = "points"
	// UnitHours is a duration held in hundredths of an hour: 3050 is 30.5.
	UnitHours Unit = "hours"
	// UnitGrams is a weight held in tenths of a gram: 1249 is 124.9 (grams),
	// and "124.9" in JSON.
	UnitGrams Unit = "grams"
)

// scale returns the number of decimal places of u's integer, and whether u
// is one of the units.
func (u Unit) scale() (int, bool) {
	switch u {
	case UnitYuan, UnitPoints, UnitHours:
		return 2, true
	case UnitPercent:
		return 8, true
	case UnitGrams:
		return 1, true
	case UnitCount, UnitDate:
		return 0, true
	}
	return 0, false
}

// Fact is a named figure that justifies a finding: the surplus, the ratio,
// the ceiling, the excess. Its Value is the exact integer the rule computed,
// scaled by its Unit (fen for UnitYuan; see each unit), so that building a
// finding costs no arithmetic; [Fact.Decimal] gives a host the decimal. A
// finding's facts come in a fixed order that its code's documentation
// gives.
type Fact struct {
	Name  string
	Unit  Unit
	Value int64
}

// YuanFact returns a fact of an amount.
func YuanFact(name string, f Fen) Fact { return Fact{Name: name, Unit: UnitYuan, Value: int64(f)} }

// PercentFact returns a fact of a proportion (RatioOne/20 is 5%).
func PercentFact(name string, r Ratio) Fact {
	return Fact{Name: name, Unit: UnitPercent, Value: int64(r)}
}

// CountFact returns a fact of a whole number of things.
func CountFact(name string, n int64) Fact { return Fact{Name: name, Unit: UnitCount, Value: n} }

// DateFact returns a fact of a date, held as yyyymmdd.
func DateFact(name string, d Date) Fact {
	return Fact{Name: name, Unit: UnitDate, Value: int64(d.Year)*10000 + int64(d.Month)*100 + int64(d.Day)}
}

// Decimal returns the value of f as a decimal in the unit's own terms: yuan
// with two decimal places for UnitYuan, the proportion (0.05) for
// UnitPercent, points or hours with two places, grams with one, the number
// yyyymmdd for UnitDate; an unknown unit's value as it is.
func (f Fact) Decimal() decimal.Decimal {
	s, _ := f.Unit.scale()
	return decimal.New(f.Value, -int32(s))
}

// Date returns the date of a fact whose Unit is UnitDate, and whether it is
// one and holds a date that exists.
func (f Fact) Date() (Date, bool) {
	if f.Unit != UnitDate || f.Value < 10101 || f.Value > 99991231 {
		return Date{}, false
	}
	d := Date{int(f.Value / 10000), time.Month(f.Value / 100 % 100), int(f.Value % 100)}
	return d, d.Validate() == nil
}

// Format writes the value of f for a reader of the language matched from
// tag: ¥1,234.50 (CN¥ in English), 5.00%, 2025年9月1日 or 1 September 2025,
// and a plain number without trailing zeros for counts, points, hours and
// grams, its digits grouped in English (15,120) and not in Chinese (15120).
// A percentage has two decimals; in [Finding.Message], where it stands
// beside other percentages, it has as many more as it takes to tell them
// apart. It works on the integer, never through a decimal.
func (f Fact) Format(tag language.Tag) string { return f.format(lang.Of(tag), format.PercentPlaces) }

// format writes f for a reader of l, a percentage with places decimals.
func (f Fact) format(l lang.Lang, places int) string {
	var buf [48]byte
	switch f.Unit {
	case UnitYuan:
		return string(format.AppendMoney(buf[:0], l, f.Value))
	case UnitPercent:
		return string(format.AppendPercentAt(buf[:0], f.Value, places))
	case UnitDate:
		if d, ok := f.Date(); ok {
			return d.format(l)
		}
		return string(format.AppendPlain(buf[:0], f.Value, 0))
	}
	s, _ := f.Unit.scale()
	return string(format.AppendNumber(buf[:0], l, f.Value, s))
}

type factJSON struct {
	Name  string `json:"name"`
	Unit  Unit   `json:"unit"`
	Value string `json:"value"`
}

// MarshalJSON writes {"name": "surplus", "unit": "yuan", "value": "1234.50"}:
// the value is always a string, never a float; amounts have exactly two
// decimals, dates are "2006-01-02", other values are plain decimals without
// trailing zeros ("0.05", "92.5"). It refuses, with an *InputError, an
// unknown unit, an amount beyond ±[MaxFen] and a date that does not exist.
func (f Fact) MarshalJSON() ([]byte, error) {
	s, ok := f.Unit.scale()
	if !ok {
		return nil, Invalid("unit", "unknown unit "+clip.Quote(string(f.Unit), 32))
	}
	var buf [32]byte
	var v []byte
	switch f.Unit {
	case UnitYuan:
		if !Fen(f.Value).valid() {
			return nil, Invalid(f.Name, "beyond the bound of ±"+maxYuanText+" yuan")
		}
		v = format.AppendFixed(buf[:0], f.Value, 2)
	case UnitDate:
		d, ok := f.Date()
		if !ok {
			return nil, Invalid(f.Name, "not a date")
		}
		v = d.appendISO(buf[:0])
	default:
		v = format.AppendPlain(buf[:0], f.Value, s)
	}
	return json.Marshal(factJSON{f.Name, f.Unit, string(v)})
}

// UnmarshalJSON reads what MarshalJSON writes and validates the value for
// its unit: an amount as [FenOf] does, a date as [Date.UnmarshalText] does, any other
// value as a decimal with no more places than its unit keeps.
func (f *Fact) UnmarshalJSON(b []byte) error {
	var j factJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return Invalid("fact", err.Error())
	}
	s, ok := j.Unit.scale()
	if !ok {
		return Invalid("unit", "unknown unit "+clip.Quote(string(j.Unit), 32))
	}
	out := Fact{Name: j.Name, Unit: j.Unit}
	if j.Unit == UnitDate {
		d, err := parseDate(j.Value)
		if err != nil {
			return WithField(j.Name, err)
		}
		*f = DateFact(j.Name, d)
		return nil
	}
	d, err := decimal.NewFromString(j.Value)
	if err != nil {
		return Invalid(j.Name, "not a decimal: "+clip.Quote(j.Value, 40))
	}
	if j.Unit == UnitYuan {
		fen, err := FenOf(j.Name, d)
		if err != nil {
			return err
		}
		out.Value = int64(fen)
	} else {
		v, why := fixed.Scaled(d, int32(s))
		switch why {
		case fixed.TooFine:
			return Invalid(j.Name, "more than "+strconv.Itoa(s)+" decimal places for unit "+string(j.Unit))
		case fixed.TooLarge:
			return Invalid(j.Name, "beyond the range of a fact")
		case fixed.TooManyPlaces:
			return Invalid(j.Name, "exponent out of range")
		}
		out.Value = v
	}
	*f = out
	return nil
}
