package msg_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/houqin-go/houqin/internal/lang"
	"github.com/houqin-go/houqin/internal/msg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
