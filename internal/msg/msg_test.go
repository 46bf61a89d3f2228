package msg_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/houqin-go/houqin/internal/lang"
	"github.com/houqin-go/houqin/internal/msg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

func TestCheck(t *testing.T) {
	for _, tt := range []struct {
		name string
		text msg.Text
		want string
	}{
		{"good", msg.Text{Key: "k", Hans: "%[1]s元", Hant: "%[1]s元", En: "%[1]s yuan"}, ""},
		{"no text in English", msg.Text{Key: "k", Hans: "a", Hant: "a"}, "needs a text in each of zh-Hans, zh-Hant and en"},
		{"another argument", msg.Text{Key: "k", Hans: "%[1]s", Hant: "%[1]s", En: "%[2]s"}, "the three texts do not use the same arguments"},
		{"an argument fewer", msg.Text{Key: "k", Hans: "%[1]s %[2]s", Hant: "%[1]s", En: "%[1]s %[2]s"}, "the three texts do not use the same arguments"},
		{"a plural selector", msg.Text{Key: "k", Hans: "%[1]s天", Hant: "%[1]s天", En: "%[1]s {1:day|days}"}, ""},
		{"a selector's argument is used", msg.Text{Key: "k", Hans: "%[1]s：%[2]s天", Hant: "%[1]s：%[2]s天", En: "%[1]s: {2:a day|some days}"}, ""},
		{"a selector reads another argument", msg.Text{Key: "k", Hans: "%[1]s天", Hant: "%[1]s天", En: "%[1]s {2:day|days}"}, "the three texts do not use the same arguments"},
		{"a selector in Chinese", msg.Text{Key: "k", Hans: "%[1]s{1:天|天}", Hant: "%[1]s天", En: "%[1]s {1:day|days}"},
			"the zh-Hans text has a plural selector {n:…}; a Chinese count keeps its measure word"},
		{"unclosed", msg.Text{Key: "k", Hans: "%[1]s天", Hant: "%[1]s天", En: "%[1]s {1:day|days"}, "the en text: plural selector at byte 6: want {n:one|other}, unclosed"},
		{"one form", msg.Text{Key: "k", Hans: "%[1]s天", Hant: "%[1]s天", En: "%[1]s {1:days}"}, "the en text: plural selector at byte 6: want {n:one|other}: two forms, without %, $, {, } or |"},
		{"three forms", msg.Text{Key: "k", Hans: "%[1]s天", Hant: "%[1]s天", En: "%[1]s {1:day|days|many}"},
			"the en text: plural selector at byte 6: want {n:one|other}: two forms, without %, $, {, } or |"},
		{"a verb in a form", msg.Text{Key: "k", Hans: "%[1]s天", Hant: "%[1]s天", En: "{1:%[1]s day|days}"},
			"the en text: plural selector at byte 0: want {n:one|other}: two forms, without %, $, {, } or |"},
		{"no colon", msg.Text{Key: "k", Hans: "%[1]s天", Hant: "%[1]s天", En: "%[1]s {1 day|days}"}, "the en text: plural selector at byte 6: want {n:one|other}"},
		{"argument zero", msg.Text{Key: "k", Hans: "天", Hant: "天", En: "{0:day|days}"}, "the en text: plural selector at byte 0: the argument must be 1 to 99"},
		{"a huge argument", msg.Text{Key: "k", Hans: "天", Hant: "天", En: "{99999999999999999999:day|days}"}, "the en text: plural selector at byte 0: the argument must be 1 to 99"},
		{"a brace without a digit is text", msg.Text{Key: "k", Hans: "{甲}", Hant: "{甲}", En: "{a} {} {"}, ""},
		{"the largest argument", msg.Text{Key: "k", Hans: "%[99]s天", Hant: "%[99]s天", En: "%[99]s {99:day|days}"}, ""},
		{"one past the largest", msg.Text{Key: "k", Hans: "天", Hant: "天", En: "{100:day|days}"}, "the en text: plural selector at byte 0: the argument must be 1 to 99"},
		{"arguments of 9 and 10", msg.Text{Key: "k", Hans: "%[9]s%[10]s天", Hant: "%[9]s%[10]s天", En: "{9:a|b} {10:day|days}"}, ""},
		{"a selector cut after its number", msg.Text{Key: "k", Hans: "天", Hant: "天", En: "{1"}, "the en text: plural selector at byte 0: want {n:one|other}"},
		{"${ is reserved", msg.Text{Key: "k", Hans: "甲", Hant: "甲", En: "${p0}"}, "the en text contains \"${\", which is reserved"},
	} {
		assert.Equal(t, tt.want, msg.Check(tt.text), tt.name)
	}
}

func TestArgs(t *testing.T) {
	for _, tt := range []struct {
		format string
		want   []int
	}{
		{"", nil},
		{"plain", nil},
		{"100%%", nil},
		{"%s and %s", []int{1, 2}},
		{"%[2]s of %[1]s", []int{1, 2}},
		{"%[2]s then %s", []int{2, 3}},
		{"%[1]s %[1]s", []int{1}},
		{"ends in %", nil},
		{"%[2]s {3:day|days}", []int{2, 3}},
		{"{2:day|days} %[2]s", []int{2}},
		{"{2:day|days", nil},
		// Indexes of more than one digit, and the digits at both ends.
		{"%[10]s %[9]s %[0]s", []int{0, 9, 10}},
		{"an index cut short %[1", []int{1}},
	} {
		assert.Equal(t, tt.want, msg.Args(tt.format), tt.format)
	}
	assert.Len(t, msg.Args("%[99999999999999999999999]s"), 1, "a huge index wraps, never panics")
}

func TestRegisterLookupSprintf(t *testing.T) {
	a := msg.Text{Key: "msgtest.a", Hans: "甲%[1]s", Hant: "甲%[1]s", En: "A %[1]s"}
	b := msg.Text{Key: "msgtest.b", Hans: "乙", Hant: "乙", En: "B"}
	_, ok := msg.Register(a, b)
	require.True(t, ok)
	_, ok = msg.Register(a)
	assert.True(t, ok, "the same texts again are harmless")

	other := a
	other.En = "other"
	c := msg.Text{Key: "msgtest.c", Hans: "丙", Hant: "丙", En: "C"}
	key, ok := msg.Register(c, other)
	assert.False(t, ok)
	assert.Equal(t, "msgtest.a", key)
	_, found := msg.Lookup("msgtest.c")
	assert.False(t, found, "all or none")

	got, found := msg.Lookup("msgtest.a")
	assert.True(t, found)
	assert.Equal(t, a, got)
	assert.Contains(t, msg.Keys(), "msgtest.b")
	assert.IsNonDecreasing(t, msg.Keys())

	for l, want := range [lang.N]string{"甲1", "甲1", "A 1"} {
		s, ok := msg.Sprintf(lang.Lang(l), "msgtest.a", "1")
		assert.True(t, ok)
		assert.Equal(t, want, s)
	}
	s, _ := msg.Sprintf(lang.Lang(7), "msgtest.a", "1")
	assert.Equal(t, "甲1", s, "out of range is the default language")
	s, _ = msg.Sprintf(lang.N, "msgtest.a", "1")
	assert.Equal(t, "甲1", s, "the first value out of range too")
	s, ok = msg.Sprintf(lang.En, "msgtest.none", "x", 2)
	assert.False(t, ok)
	assert.Equal(t, "msgtest.none x 2", s)

	assert.Equal(t, "甲%[1]s", a.In(lang.Hans))
	assert.Equal(t, "甲%[1]s", a.In(lang.Hant))
	assert.Equal(t, "A %[1]s", a.In(lang.En))
}

func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := fmt.Sprintf("msgtest.concurrent_%d", i%2)
			msg.Register(msg.Text{Key: k, Hans: "x", Hant: "x", En: "x"})
			msg.Sprintf(lang.En, k)
			msg.Keys()
		}()
	}
	wg.Wait()
}

func TestPluralSelectors(t *testing.T) {
	days := msg.Text{Key: "msgtest.days", Hans: "还有%[1]s天，%[2]s名学生", Hant: "還有%[1]s天，%[2]s名學生",
		En: "%[1]s {1:day|days} left, %[2]s {2:pupil|pupils}; {1:it is|they are} few{2:|!}"}
	require.Empty(t, msg.Check(days))
	_, ok := msg.Register(days)
	require.True(t, ok)
	for _, tt := range []struct {
		n, m any
		want string
	}{
		{"1", "1", "1 day left, 1 pupil; it is few"},
		{"2", "1", "2 days left, 1 pupil; they are few"},
		{"0", "2", "0 days left, 2 pupils; they are few!"},
		{"15,120", "10,473", "15,120 days left, 10,473 pupils; they are few!"},
		{"1.5", "1.0", "1.5 days left, 1.0 pupils; they are few!"},
		{msg.Figure("1"), msg.Figure("-1"), "1 day left, -1 pupil; it is few"},
		{"101", "1,001", "101 days left, 1,001 pupils; they are few!"},
		{"", "none", " days left, none pupils; they are few!"},
		{1, 2, "%!s(int=1) day left, %!s(int=2) pupils; it is few!"}, // x/text reads numbers, %s does not
	} {
		s, ok := msg.Sprintf(lang.En, "msgtest.days", tt.n, tt.m)
		assert.True(t, ok)
		assert.Equal(t, tt.want, s)
	}
	s, _ := msg.Sprintf(lang.Hans, "msgtest.days", "1", "15120")
	assert.Equal(t, "还有1天，15120名学生", s)
	s, _ = msg.Sprintf(lang.En, "msgtest.days", "1")
	assert.Contains(t, s, "1 day left", "a missing argument never panics")
	got, _ := msg.Lookup("msgtest.days")
	assert.Equal(t, days, got, "the registry keeps the text as written")
}

// Latvian's rules read the visible fraction digits (v and f), which
// English and Chinese never do: they pin how the fraction is read.
func TestFigurePluralFormFraction(t *testing.T) {
	lv := language.MustParse("lv")
	for _, tt := range []struct {
		f    msg.Figure
		form plural.Form
	}{
		{"2.1", plural.One},
		{"10.1", plural.One},
		{"0.21", plural.One},
		{"0.11", plural.Zero},
		{"0.19", plural.Zero},
		{"2.10", plural.Other},
		{"10.5", plural.Other},
	} {
		form, _ := tt.f.PluralForm(lv, -1)
		assert.Equal(t, tt.form, form, tt.f)
	}
}

func TestFigurePluralForm(t *testing.T) {
	for _, tt := range []struct {
		f    msg.Figure
		form plural.Form
		n    int
	}{
		{"1", plural.One, 1},
		{"CN¥1", plural.One, 1},
		{"1 September 2025", plural.One, 1},
		{"1.00", plural.Other, 1},
		{"CN¥1.00", plural.Other, 1},
		{"0", plural.Other, 0},
		{"2", plural.Other, 2},
		{"15,120", plural.Other, 15120},
		{"1,", plural.One, 1},
		{"1.", plural.One, 1},
		{"1.9", plural.Other, 1},
		{"1.0", plural.Other, 1},
		{"1,.5", plural.One, 1},
		{"5.00%", plural.Other, 5},
		{"12,345,678,901,234,567,890", plural.Other, 1_234_567_890},
		{"1,000,000,001", plural.Other, 1_000_000_001},
		{"0.123456789012345678901", plural.Other, 0},
		{"", plural.Other, -1},
		{"none", plural.Other, -1},
	} {
		form, n := tt.f.PluralForm(language.English, -1)
		assert.Equal(t, tt.form, form, tt.f)
		assert.Equal(t, tt.n, n, tt.f)
		form, _ = tt.f.PluralForm(language.SimplifiedChinese, -1)
		assert.Equal(t, plural.Other, form, "Chinese has one form: %s", tt.f)
	}
}
