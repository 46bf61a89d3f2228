package houqin

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/houqin-go/houqin/internal/clip"
	"github.com/shopspring/decimal"
)

// maxParseLen bounds the text ParseYuan reads: no amount a clerk types is
// longer, and a longer text is refused before it is scanned.
const maxParseLen = 128

// ParseYuan reads an amount in yuan as a clerk would type or paste it and
// returns it with exactly two decimal places. It accepts:
//   - plain digits with up to two decimals: "1234.5", "1234.50", "0.05";
//   - thousands separators in groups of three: "1,234.50", "1,234,567";
//   - a sign before or after the currency: "-12.50", "¥-12.50", "−12.50";
//   - a currency in front: "¥", "￥", "CN¥", "RMB", "CNY", "人民币";
//     and "元" behind: "1234.50元";
//   - full-width digits, points, commas and signs: "１２３４.５０", "１，２３４．５０";
//   - spaces around the whole and between the currency and the digits.
//
// It refuses, with an *InputError (empty Field) that matches
// [ErrInvalidInput] and says why: empty text; exponents ("1e3",
// "1e1000000000", refused as soon as the "e" is read, never evaluated); more
// than two decimals, even zeros ("1.000" could be a European one thousand);
// "NaN", "Inf" and the like; separators out of place ("12,34"); and
// magnitudes beyond ±[MaxFen] (¥1,000,000,000,000.00). Text longer than 128
// bytes is refused unread. ParseYuan works in integers and never calls the
// decimal parser.
//
// To keep the amount in fen, as [Fen.UnmarshalText] does, pass the result to
// [FenOf], which cannot fail on it.
func ParseYuan(s string) (decimal.Decimal, error) {
	f, err := parseFen(s)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return f.Yuan(), nil
}

// parseFen reads an amount in yuan like ParseYuan and returns it in fen.
func parseFen(s string) (Fen, error) {
	if len(s) > maxParseLen {
		return 0, Invalid("", "text longer than "+strconv.Itoa(maxParseLen)+" bytes")
	}
	p := parser{s: s}
	f, reason := p.parse()
	if reason != "" {
		return 0, Invalid("", reason+" in "+clip.Quote(s, 40))
	}
	return f, nil
}

type parser struct {
	s string
	i int
}

// peek returns the rune at the cursor mapped to ASCII where it is a
// full-width digit, point, comma or sign, without moving.
func (p *parser) peek() (rune, int) {
	if p.i >= len(p.s) {
		return -1, 0
	}
	if c := p.s[p.i]; c < utf8.RuneSelf {
		if c == '\t' {
			c = ' '
		}
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(p.s[p.i:])
	switch {
	case r >= '０' && r <= '９':
		r = '0' + (r - '０')
	case r == '．' || r == '。':
		r = '.'
	case r == '，':
		r = ','
	case r == '－' || r == '−':
		r = '-'
	case r == '＋':
		r = '+'
	case r == '\u3000' || r == '\u00a0' || r == '\t':
		r = ' '
	}
	return r, n
}

func (p *parser) skipSpaces() {
	for {
		r, n := p.peek()
		if r != ' ' {
			return
		}
		p.i += n
	}
}

var currencyPrefixes = []string{"CN¥", "¥", "￥", "RMB", "CNY", "人民币"}

func (p *parser) currency() bool {
	rest := p.s[p.i:]
	if len(rest) == 0 || rest[0] >= '0' && rest[0] <= '9' || rest[0] == '.' {
		return false
	}
	for _, c := range currencyPrefixes {
		if len(rest) >= len(c) && strings.EqualFold(rest[:len(c)], c) {
			p.i += len(c)
			return true
		}
	}
	return false
}

func (p *parser) sign() (neg, ok bool) {
	r, n := p.peek()
	switch r {
	case '-':
		p.i += n
		return true, true
	case '+':
		p.i += n
		return false, true
	}
	return false, false
}

func (p *parser) parse() (Fen, string) {
	p.skipSpaces()
	if p.i == len(p.s) {
		return 0, "empty amount"
	}
	neg, signed := p.sign()
	p.skipSpaces()
	if p.currency() {
		p.skipSpaces()
		if !signed {
			neg, _ = p.sign()
		}
	}
	if why := p.word(); why != "" {
		return 0, why
	}
	var (
		intPart    uint64
		intDigits  int // significant digits read, leading zeros excluded
		anyDigit   bool
		group      = -1 // digits since the last separator, -1 before any
		firstGroup = 0  // digits before the first separator
	)
	for {
		r, n := p.peek()
		if r >= '0' && r <= '9' {
			p.i += n
			anyDigit = true
			if intDigits > 0 || r != '0' {
				intDigits++
				if intDigits > 13 {
					return 0, "beyond the bound of ±" + maxYuanText + " yuan"
				}
			}
			intPart = intPart*10 + uint64(r-'0')
			if group >= 0 {
				group++
				if group > 3 {
					return 0, "thousands separator out of place"
				}
			} else {
				firstGroup++
			}
			continue
		}
		if r == ',' {
			if !anyDigit || (group < 0 && firstGroup > 3) || (group >= 0 && group != 3) {
				return 0, "thousands separator out of place"
			}
			p.i += n
			group = 0
			continue
		}
		break
	}
	if group >= 0 && group != 3 {
		return 0, "thousands separator out of place"
	}
	var frac uint64
	if r, n := p.peek(); r == '.' {
		p.i += n
		places := 0
		for {
			r, n := p.peek()
			if r < '0' || r > '9' {
				break
			}
			p.i += n
			places++
			if places > 2 {
				return 0, "more than two decimal places (finer than a fen)"
			}
			frac = frac*10 + uint64(r-'0')
			anyDigit = true
		}
		if places == 1 {
			frac *= 10
		}
	}
	if !anyDigit {
		if why := p.word(); why != "" {
			return 0, why
		}
		return 0, "no digits"
	}
	if r, _ := p.peek(); r == 'e' || r == 'E' {
		return 0, "exponent notation is not accepted"
	}
	p.skipSpaces()
	if strings.HasPrefix(p.s[p.i:], "元") {
		p.i += len("元")
		p.skipSpaces()
	}
	if p.i < len(p.s) {
		r, _ := utf8.DecodeRuneInString(p.s[p.i:])
		return 0, "unexpected " + strconv.QuoteRune(r) + " at byte " + strconv.Itoa(p.i)
	}
	v := intPart*100 + frac
	if v > uint64(MaxFen) {
		return 0, "beyond the bound of ±" + maxYuanText + " yuan"
	}
	if neg {
		return -Fen(v), ""
	}
	return Fen(v), ""
}

// word recognises the words for values that are not numbers.
func (p *parser) word() string {
	if p.i >= len(p.s) {
		return ""
	}
	switch p.s[p.i] {
	case 'n', 'N', 'i', 'I', 0xE2: // NaN, Inf, Infinity, ∞ (E2 88 9E)
	default:
		return ""
	}
	rest := strings.ToLower(strings.TrimSpace(p.s[p.i:]))
	for _, w := range []string{"nan", "inf", "infinity", "∞"} {
		if rest == w {
			return "not a number"
		}
	}
	return ""
}
