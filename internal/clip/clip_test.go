package clip_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/houqin-go/houqin/internal/clip"
	"github.com/stretchr/testify/assert"
)

func TestString(t *testing.T) {
	for _, tt := range []struct {
		name string
		s    string
		n    int
		want string
	}{
		{"shorter", "abc", 5, "abc"},
		{"exactly at the limit", "abcde", 5, "abcde"},
		{"one past the limit", "abcdef", 5, "abcde…"},
		{"empty", "", 0, ""},
		{"zero limit", "abc", 0, "…"},
		{"negative limit", "abc", -3, "…"},
		{"Chinese at the limit", "校方", 6, "校方"},
		{"Chinese one past the limit", "校方责", 6, "校方…"},
		{"cut inside a character backs off", "校方", 4, "校…"},
		{"cut after the first byte of a character", "a校", 2, "a…"},
		{"a four-byte character", "a😀b", 4, "a…"},
		{"a four-byte character fits", "a😀b", 5, "a😀…"},
		{"invalid bytes count one each", "\xff\xfe\xfd\xfc", 2, "\xff\xfe…"},
		{"lone continuation bytes", "\x80\x80\x80\x80", 3, "\x80\x80\x80…"},
		{"a truncated character at the limit", "ab\xe6\xa0", 3, "ab\xe6…"},
	} {
		got := clip.String(tt.s, tt.n)
		assert.Equal(t, tt.want, got, tt.name)
		assert.LessOrEqual(t, len(strings.TrimSuffix(got, "…")), max(tt.n, 0), tt.name)
	}
}

// Every clip of valid text is valid text and a prefix of it.
func TestStringKeepsCharacters(t *testing.T) {
	s := "学校后勤管理 school logistics 學校後勤 😀 end"
	for n := 0; n <= len(s)+1; n++ {
		got := strings.TrimSuffix(clip.String(s, n), "…")
		assert.True(t, utf8.ValidString(got), n)
		assert.True(t, strings.HasPrefix(s, got), n)
		assert.LessOrEqual(t, len(got), n)
		assert.Greater(t, len(got), n-4, "never more than one character short")
	}
}

func TestQuote(t *testing.T) {
	assert.Equal(t, `"校方…"`, clip.Quote("校方责任险", 6))
	assert.Equal(t, `"\xff…"`, clip.Quote("\xff\xfe", 1))
	assert.Equal(t, `"a\nb"`, clip.Quote("a\nb", 40))
}

func FuzzString(f *testing.F) {
	for _, s := range []string{"", "abc", "校方责任险", "a😀b", "\xff\x80\xe6\xa0"} {
		f.Add(s, 4)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		got := clip.String(s, n)
		if len(s) <= n {
			if got != s {
				t.Fatalf("%q, %d: %q", s, n, got)
			}
			return
		}
		p := strings.TrimSuffix(got, "…")
		if !strings.HasPrefix(s, p) || len(p) > max(n, 0) || len(p) < n-3 {
			t.Fatalf("%q, %d: %q", s, n, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(p) {
			t.Fatalf("%q, %d: %q cuts a character", s, n, got)
		}
	})
}
