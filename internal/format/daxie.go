package format

import (
	"github.com/houqin-go/houqin/internal/fixed"
	"github.com/houqin-go/houqin/internal/lang"
)

type daxieChars struct {
	digits          [10]string
	ten, hun, thou  string
	wan, yi         string
	yuan, jiao, fen string
	whole, minus    string
}

var daxieSets = [2]daxieChars{
	{
		digits: [10]string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"},
		ten:    "拾", hun: "佰", thou: "仟", wan: "万", yi: "亿",
		yuan: "元", jiao: "角", fen: "分", whole: "整", minus: "负",
	},
	{
		digits: [10]string{"零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"},
		ten:    "拾", hun: "佰", thou: "仟", wan: "萬", yi: "億",
		yuan: "元", jiao: "角", fen: "分", whole: "整", minus: "負",
	},
}

// DaxieForm picks among the forms of an amount that the People's Bank of
// China's rules allow (支付结算办法, 附件一, 四(三) and 二). The zero value
// writes the form of the rules' worked examples. houqin.DaxieForm has the
// same fields and converts to it.
type DaxieForm struct {
	// ZeroAfterWan writes 零 after 万 (or 亿) when that digit is zero and the
	// thousands digit after it is not: 壹拾万零柒仟, not 壹拾万柒仟.
	ZeroAfterWan bool
	// NoZeroAfterYuan leaves out the 零 after 元 when the yuan digit is zero
	// and the jiao digit is not: 壹仟陆佰捌拾元叁角贰分, not
	// 壹仟陆佰捌拾元零叁角贰分.
	NoZeroAfterYuan bool
	// ZhengAfterJiao closes an amount that ends in jiao with 整:
	// 壹仟肆佰零玖元伍角整, not 壹仟肆佰零玖元伍角.
	ZhengAfterJiao bool
}

// Daxie writes an amount in fen in the upper-case financial numerals of
// Chinese receipts (大写金额), in the form the rules' worked examples show
// unless form says otherwise: in traditional characters for language Hant,
// in simplified ones otherwise. The rules are those of the People's Bank of
// China for writing amounts (支付结算办法, 附件一), as houqin.Fen.Daxie
// documents them. Every int64 can be written.
func Daxie(l lang.Lang, fen int64, form DaxieForm) string {
	cs := &daxieSets[0]
	if l == lang.Hant {
		cs = &daxieSets[1]
	}
	u := fixed.Abs(fen)
	yuan, jiao, f := u/100, u/10%10, u%10
	b := make([]byte, 0, 64)
	if fen < 0 {
		b = append(b, cs.minus...)
	}
	switch {
	case u == 0:
		b = append(b, cs.digits[0]...)
		b = append(b, cs.yuan...)
		return string(append(b, cs.whole...))
	case yuan > 0:
		b = cs.appendInt(b, yuan, form.ZeroAfterWan)
		b = append(b, cs.yuan...)
		// 四(四): jiao zero, fen not: 零 after 元, always. 四(三): the yuan
		// digit zero, jiao not: 零 after 元 unless the form leaves it out.
		if jiao == 0 && f != 0 || jiao != 0 && yuan%10 == 0 && !form.NoZeroAfterYuan {
			b = append(b, cs.digits[0]...)
		}
	}
	if jiao != 0 {
		b = append(b, cs.digits[jiao]...)
		b = append(b, cs.jiao...)
	}
	switch {
	case f != 0:
		b = append(b, cs.digits[f]...)
		return string(append(b, cs.fen...))
	case jiao != 0 && !form.ZhengAfterJiao:
		return string(b)
	}
	return string(append(b, cs.whole...))
}

// appendInt writes n > 0 in sections of 亿 and 万. Zeros that run from a
// section into the thousands digit of the next are one 零 (四(一), 四(二));
// a section that ends in zero before a nonzero thousands digit is followed
// by 零 only when zeroAfterWan (四(三)).
func (cs *daxieChars) appendInt(b []byte, n uint64, zeroAfterWan bool) []byte {
	const yi, wan = 100_000_000, 10_000
	if n >= yi {
		b = cs.appendInt(b, n/yi, zeroAfterWan)
		b = append(b, cs.yi...)
		low := n % yi
		if low == 0 {
			return b
		}
		if low < yi/10 || zeroAfterWan && n/yi%10 == 0 {
			b = append(b, cs.digits[0]...)
		}
		return cs.appendInt(b, low, zeroAfterWan)
	}
	if n >= wan {
		b = cs.appendSection(b, n/wan)
		b = append(b, cs.wan...)
		low := n % wan
		if low == 0 {
			return b
		}
		if low < wan/10 || zeroAfterWan && n/wan%10 == 0 {
			b = append(b, cs.digits[0]...)
		}
		return cs.appendSection(b, low)
	}
	return cs.appendSection(b, n)
}

// appendSection writes 0 < n < 10000: one 零 for a run of inner zeros, none
// at the end, and the digit always before its unit (壹拾, never a bare 拾).
func (cs *daxieChars) appendSection(b []byte, n uint64) []byte {
	units := [4]string{"", cs.ten, cs.hun, cs.thou}
	digits := [4]uint64{n % 10, n / 10 % 10, n / 100 % 10, n / 1000 % 10}
	started, zero := false, false
	for pos := 3; pos >= 0; pos-- {
		d := digits[pos]
		if d == 0 {
			zero = started
			continue
		}
		if zero {
			b = append(b, cs.digits[0]...)
			zero = false
		}
		b = append(b, cs.digits[d]...)
		b = append(b, units[pos]...)
		started = true
	}
	return b
}
