package lang_test

import (
	"testing"

	"github.com/houqin-go/houqin/internal/lang"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

func TestOf(t *testing.T) {
	for _, tt := range []struct {
		tag  string
		want lang.Lang
	}{
		{"zh", lang.Hans}, {"zh-Hans", lang.Hans}, {"zh-CN", lang.Hans}, {"zh-SG", lang.Hans},
		{"zh-Hant", lang.Hant}, {"zh-TW", lang.Hant}, {"zh-HK", lang.Hant}, {"zh-MO", lang.Hant}, {"zh-Hant-CN", lang.Hant},
		{"en", lang.En}, {"en-GB", lang.En}, {"en-US", lang.En},
		{"fr", lang.Hans}, {"ja", lang.Hans}, {"und", lang.Hans},
	} {
		assert.Equal(t, tt.want, lang.Of(language.MustParse(tt.tag)), tt.tag)
	}
	assert.Equal(t, lang.Hans, lang.Of(language.Tag{}), "the zero Tag")
}

func TestTags(t *testing.T) {
	tags := lang.Tags()
	assert.Len(t, tags, int(lang.N))
	for l := lang.Hans; l < lang.N; l++ {
		assert.Equal(t, tags[l], l.Tag())
		assert.Equal(t, l, lang.Of(l.Tag()), "a language serves its own tag")
	}
	assert.Equal(t, language.SimplifiedChinese, lang.Lang(9).Tag(), "out of range is the default")
}
