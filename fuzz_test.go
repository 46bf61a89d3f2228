package houqin_test

import (
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// FuzzParseYuan: the parser never panics, refuses only with ErrInvalidInput,
// and what it accepts is a whole number of fen within the bound that reads
// back the same from its plain and its formatted forms.
func FuzzParseYuan(f *testing.F) {
	for _, s := range []string{"1234.5", "1,234.50", "¥1234.50", "1234.50元", "１２３４.５０", "-¥0.05", "人民币1,000",
		"1e3", "1e1000000000", "1.005", "NaN", "Inf", "", "12,34", ".", "0x10", "¥-", "CN¥1,234,567.89", "１，２３４．５"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseFen(s)
		if err != nil {
			if !errors.Is(err, houqin.ErrInvalidInput) {
				t.Fatalf("%q: error %v is not ErrInvalidInput", s, err)
			}
			return
		}
		if v > houqin.MaxFen || v < -houqin.MaxFen {
			t.Fatalf("%q: %d fen beyond the bound", s, v)
		}
		for _, text := range []string{v.String(), v.Format(language.English), v.Format(language.SimplifiedChinese)} {
			back, err := parseFen(text)
			if err != nil || back != v {
				t.Fatalf("%q → %d → %q → %d, %v", s, v, text, back, err)
			}
		}
		d, err := houqin.ParseYuan(s)
		if err != nil || !d.Equal(v.Yuan()) || d.Exponent() != -2 {
			t.Fatalf("ParseYuan(%q) = %v, %v", s, d, err)
		}
	})
}

// parseFen reads an amount as Fen.UnmarshalText does.
func parseFen(s string) (houqin.Fen, error) {
	var f houqin.Fen
	err := f.UnmarshalText([]byte(s))
	return f, err
}

// FuzzFenOf: any decimal a host can build in code is checked without hanging
// or panicking, and what is accepted is exactly the decimal's value.
func FuzzFenOf(f *testing.F) {
	f.Add(int64(123450), int32(-2))
	f.Add(int64(1), int32(1_000_000_000))
	f.Add(int64(1), int32(-1_000_000_000))
	f.Add(int64(1005), int32(-3))
	f.Add(int64(1000), int32(-3))
	f.Add(int64(math.MaxInt64), int32(-19))
	f.Add(int64(math.MinInt64), int32(-5))
	f.Add(int64(1), int32(12))
	f.Fuzz(func(t *testing.T, coef int64, exp int32) {
		d := decimal.New(coef, exp)
		v, err := houqin.FenOf("x", d)
		if err != nil {
			if !errors.Is(err, houqin.ErrInvalidInput) {
				t.Fatal(err)
			}
			return
		}
		if v > houqin.MaxFen || v < -houqin.MaxFen || !v.Yuan().Equal(d) {
			t.Fatalf("FenOf(%d e%d) = %d", coef, exp, v)
		}
	})
}

// FuzzRoundFen: rounding never panics or hangs, stays within one fen of the
// exact value, and agrees with shopspring where both can compute.
func FuzzRoundFen(f *testing.F) {
	f.Add(int64(2345), int32(-3), uint8(0))
	f.Add(int64(-2345), int32(-3), uint8(1))
	f.Add(int64(7), int32(-40), uint8(3))
	f.Add(int64(1), int32(1_000_000_000), uint8(2))
	f.Fuzz(func(t *testing.T, coef int64, exp int32, m uint8) {
		mode := houqin.Rounding(m % 4)
		d := decimal.New(coef, exp)
		v, err := houqin.RoundFen("x", d, mode)
		if err != nil {
			if !errors.Is(err, houqin.ErrInvalidInput) {
				t.Fatal(err)
			}
			return
		}
		if coef == 0 {
			if v != 0 {
				t.Fatalf("zero rounded to %d", v)
			}
			return // shopspring would rescale a zero with a huge exponent
		}
		if exp < -64 || exp > 18 {
			t.Fatalf("accepted a hostile exponent %d", exp)
		}
		var want decimal.Decimal
		switch mode {
		case houqin.RoundHalfUp:
			want = d.Round(2)
		case houqin.RoundHalfEven:
			want = d.RoundBank(2)
		case houqin.RoundFloor:
			want = d.RoundFloor(2)
		case houqin.RoundCeil:
			want = d.RoundCeil(2)
		}
		if !v.Yuan().Equal(want) {
			t.Fatalf("RoundFen(%s, %s) = %s, shopspring says %s", d, mode, v, want)
		}
	})
}

// FuzzAllocate: the parts always sum to the total; an even split (equal
// weights) differs by at most one fen and is the split SplitEven tells; a
// weighted split gives nothing to a zero weight.
func FuzzAllocate(f *testing.F) {
	f.Add(int64(10000), uint16(3), []byte{1, 1, 1})
	f.Add(int64(-7), uint16(5), []byte{0, 2, 2, 1})
	f.Add(int64(100_000_000_000_000), uint16(7), []byte{255, 0, 3})
	f.Fuzz(func(t *testing.T, total int64, n uint16, w []byte) {
		tot := houqin.Fen(total)
		each, extra, err := houqin.SplitEven(tot, int(n))
		parts, err2 := houqin.AllocateWeighted(tot, slices.Repeat([]int64{1}, int(n)))
		if (err == nil) != (err2 == nil) {
			t.Fatalf("SplitEven(%d, %d): %v; AllocateWeighted: %v", total, n, err, err2)
		}
		if err != nil {
			if !errors.Is(err, houqin.ErrInvalidInput) || !errors.Is(err2, houqin.ErrInvalidInput) {
				t.Fatal(err, err2)
			}
		} else {
			var s houqin.Fen
			lo, hi := parts[0], parts[0]
			for i, p := range parts {
				s += p
				lo, hi = min(lo, p), max(hi, p)
				want := each
				if i < extra {
					want += houqin.Fen(sign(total))
				}
				if p != want {
					t.Fatalf("part %d of %d over %d: %d, SplitEven says %d", i, total, n, p, want)
				}
			}
			if s != tot || hi-lo > 1 {
				t.Fatalf("even split of %d over %d: sum %d, spread %d", total, n, s, hi-lo)
			}
		}
		weights := make([]int64, len(w))
		for i, b := range w {
			weights[i] = int64(b) * int64(b) * 1_000_003
		}
		parts, err = houqin.AllocateWeighted(tot, weights)
		if err != nil {
			if !errors.Is(err, houqin.ErrInvalidInput) {
				t.Fatal(err)
			}
			return
		}
		var s houqin.Fen
		for i, p := range parts {
			s += p
			if weights[i] == 0 && p != 0 {
				t.Fatalf("zero weight got %d", p)
			}
		}
		if s != tot {
			t.Fatalf("AllocateWeighted(%d, %v): sum %d", total, weights, s)
		}
	})
}

// FuzzDaxie: every amount is written without panicking, in every form, by
// the zero rules, and reads back to the same amount.
func FuzzDaxie(f *testing.F) {
	for _, v := range []int64{0, 1, 10, 50, 123450, 100405, 100002, 1000000101, 10000000000, 101000000000, -3334, 10700053, 168032, 100000000000000, math.MaxInt64, math.MinInt64 + 1} {
		f.Add(v, uint8(0))
		f.Add(v, uint8(7))
	}
	f.Fuzz(func(t *testing.T, v int64, bits uint8) {
		if v == math.MinInt64 {
			return
		}
		fen := houqin.Fen(v)
		form := houqin.DaxieForm{ZeroAfterWan: bits&1 != 0, NoZeroAfterYuan: bits&2 != 0, ZhengAfterJiao: bits&4 != 0}
		for _, tag := range []language.Tag{language.SimplifiedChinese, language.TraditionalChinese} {
			s := fen.Daxie(tag, form)
			if strings.Contains(s, "零零") || strings.Contains(s, "零元") && v != 0 || strings.Contains(s, "零万") || strings.Contains(s, "零亿") || strings.Contains(s, "零萬") || strings.Contains(s, "零億") {
				t.Fatalf("%d: %s breaks a zero rule", v, s)
			}
			u := max(v, -v)
			if wantZheng := u%100 == 0 || form.ZhengAfterJiao && u%10 == 0; strings.HasSuffix(s, "整") != wantZheng {
				t.Fatalf("%d %+v: %s: 整 after 元, after 角 only in its form, never after 分", v, form, s)
			}
			if u >= 100 && u%1000 < 100 && u/10%10 != 0 && strings.Contains(s, "元零") == form.NoZeroAfterYuan {
				t.Fatalf("%d %+v: %s: 零 after a zero yuan digit before jiao only in the default form", v, form, s)
			}
			if u >= 100 && u/10%10 == 0 && u%10 != 0 && !strings.Contains(s, "元零") {
				t.Fatalf("%d %+v: %s: 零 after 元 before fen when jiao is zero, in every form", v, form, s)
			}
			back, ok := readDaxie(s)
			if !ok || back != v {
				t.Fatalf("%d → %s → %d", v, s, back)
			}
		}
		if fen <= houqin.MaxFen && fen >= -houqin.MaxFen {
			if back, err := houqin.FenOf("x", fen.Yuan()); err != nil || back != fen {
				t.Fatalf("FenOf(%s) = %d, %v", fen, back, err)
			}
		}
	})
}

// readDaxie reads upper-case financial numerals back into fen: the test's
// independent check of the writer.
func readDaxie(s string) (int64, bool) {
	digits := map[rune]int64{'零': 0, '壹': 1, '贰': 2, '貳': 2, '叁': 3, '參': 3, '肆': 4, '伍': 5, '陆': 6, '陸': 6, '柒': 7, '捌': 8, '玖': 9}
	units := map[rune]int64{'拾': 10, '佰': 100, '仟': 1000}
	neg := false
	if r, n := utf8.DecodeRuneInString(s); r == '负' || r == '負' {
		neg, s = true, s[n:]
	}
	var result, wan, section, num, yuan, jiao, fen int64
	for _, r := range s {
		switch {
		case r == '零':
			num = 0
		case digits[r] != 0:
			num = digits[r]
		case units[r] != 0:
			if num == 0 {
				return 0, false // a bare unit: 拾 must be 壹拾
			}
			section += num * units[r]
			num = 0
		case r == '万' || r == '萬':
			wan = (section + num) * 10_000
			section, num = 0, 0
		case r == '亿' || r == '億':
			result = (result + wan + section + num) * 100_000_000
			wan, section, num = 0, 0, 0
		case r == '元':
			yuan = result + wan + section + num
			result, wan, section, num = 0, 0, 0, 0
		case r == '角':
			jiao, num = num, 0
		case r == '分':
			fen, num = num, 0
		case r == '整':
		default:
			return 0, false
		}
	}
	v := yuan*100 + jiao*10 + fen
	if neg {
		v = -v
	}
	return v, true
}

// FuzzParseDate: dates read by Date.UnmarshalText without panicking and
// print back the same; the empty text is the zero Date.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-09-01", "2024-02-29", "2025-02-29", "0000-01-01", "9999-12-31", "2025-9-01", "abcd-ef-gh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var d houqin.Date
		if err := d.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, houqin.ErrInvalidInput) {
				t.Fatal(err)
			}
			return
		}
		if s == "" { // the empty text is the zero Date, "no date"
			if d != (houqin.Date{}) {
				t.Fatalf("empty text read as %v", d)
			}
			return
		}
		if d.String() != s || d.AddDays(1).AddDays(-1) != d {
			t.Fatalf("%q → %v", s, d)
		}
	})
}

// FuzzFindingJSON: a finding read from JSON never panics, and one that reads
// writes back to JSON that reads the same, fact for fact.
func FuzzFindingJSON(f *testing.F) {
	good, _ := json.Marshal(surplusFinding())
	f.Add(string(good))
	f.Add(`{"code":"a.b","severity":"notice","facts":[{"name":"d","unit":"date","value":"2025-09-01"}]}`)
	f.Add(`{"code":"a.b","severity":"warning","facts":[{"name":"x","unit":"count","value":"1e100000"}]}`)
	f.Add(`{"code":"a.b","severity":"violation","facts":[{"name":"x","unit":"percent","value":"0.05"}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		var x houqin.Finding
		if err := json.Unmarshal([]byte(s), &x); err != nil {
			return
		}
		_ = x.Message(language.English)
		b, err := json.Marshal(x)
		if err != nil {
			return // e.g. a finding without a severity is not written
		}
		var y houqin.Finding
		if err := json.Unmarshal(b, &y); err != nil {
			t.Fatalf("%s does not read back: %v", b, err)
		}
		if x.Message(language.English) != y.Message(language.English) || !slices.Equal(x.Facts, y.Facts) {
			t.Fatalf("%s changed on the way back", b)
		}
	})
}

// FuzzRatioText: ratios read from text never panic and print back exactly.
func FuzzRatioText(f *testing.F) {
	for _, s := range []string{"0.05", "1", "-0.125", "0.000000001", "1e-2", "1000", "abc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var r houqin.Ratio
		if err := r.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, houqin.ErrInvalidInput) {
				t.Fatal(err)
			}
			return
		}
		var back houqin.Ratio
		b, _ := r.MarshalText()
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Fatalf("%q → %d → %s → %d", s, r, b, back)
		}
	})
}

func sign(x int64) int64 {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

// FuzzBreachNeverReadsEqual: a share judged against a threshold, written in
// one sentence with it, reads equal to it exactly when it is equal to it,
// and reads on its side of it.
func FuzzBreachNeverReadsEqual(f *testing.F) {
	for _, c := range [][3]int64{{200578, 4011540, 5_000_000}, {200577, 4011540, 5_000_000}, {9_999_999, 10_000_000, 100_000_000},
		{500_000_001, 10_000_000_000, 5_000_000}, {1, 3, 33_333_333}, {0, 1, 0}} {
		f.Add(c[0], c[1], c[2])
	}
	if err := houqin.RegisterMessages(houqin.Message{Code: "testfuzz.pair", Hans: "%[2]s|%[3]s", Hant: "%[2]s|%[3]s", En: "%[2]s|%[3]s"}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, part, whole, threshold int64) {
		if whole <= 0 || part < 0 || part > int64(houqin.MaxFen) || whole > int64(houqin.MaxFen) || threshold < 0 || threshold > 1000*int64(houqin.RatioOne) {
			return
		}
		r := houqin.Ratio(threshold)
		share := houqin.ShareOf(part, whole, r)
		msg := houqin.Finding{Code: "testfuzz.pair", Facts: []houqin.Fact{houqin.PercentFact("share", share), houqin.PercentFact("threshold", r)}}.Message(language.English)
		a, b, _ := strings.Cut(msg, "|")
		da := decimal.RequireFromString(strings.NewReplacer(",", "", "%", "").Replace(a))
		db := decimal.RequireFromString(strings.NewReplacer(",", "", "%", "").Replace(b))
		if got, want := da.Cmp(db), houqin.CmpShare(part, whole, r); got != want {
			t.Fatalf("%d/%d against %s reads %s: %d, want %d", part, whole, r, msg, got, want)
		}
	})
}
