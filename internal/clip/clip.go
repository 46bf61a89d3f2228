// Package clip shortens text for an error message: the one rune-safe clip
// of the library, so that a message quotes what a host sent without ever
// growing with it and without ever cutting a character in half.
package clip

import (
	"strconv"
	"unicode/utf8"
)

// String returns s when it has at most n bytes, and otherwise its longest
// prefix of at most n bytes that ends on a character boundary, followed by
// "…". An invalid byte counts as a character of its own, so text that is
// not UTF-8 is clipped at exactly n bytes too. A negative n is 0.
func String(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := 0
	for i < n {
		_, w := utf8.DecodeRuneInString(s[i:])
		if i+w > n {
			break
		}
		i += w
	}
	return s[:i] + "…"
}

// Quote returns [String] of s and n as a double-quoted Go string literal,
// with invalid bytes and control characters escaped: "\"校方…\"".
func Quote(s string, n int) string { return strconv.Quote(String(s, n)) }
