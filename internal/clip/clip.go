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
	// i ≤ n < len(s) throughout, so s[i:] holds a character (w ≥ 1), and
	// the loop ends at the first one that does not fit: at i == n at the
	// latest.
	i := 0
	for {
		_, w := utf8.DecodeRuneInString(s[i:])
		if i+w > n {
			return s[:i] + "…"
		}
		i += w
	}
}

// Quote returns [String] of s and n as a double-quoted Go string literal,
// with invalid bytes and control characters escaped: "\"校方…\"".
func Quote(s string, n int) string { return strconv.Quote(String(s, n)) }
