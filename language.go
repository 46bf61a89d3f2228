package houqin

import (
	"github.com/houqin-go/houqin/internal/lang"
	"golang.org/x/text/language"
)

// MatchLanguage returns the one of the library's three languages that serves
// t. They are golang.org/x/text/language's tags: language.SimplifiedChinese
// (zh-Hans, the default), language.TraditionalChinese (zh-Hant) and
// language.English (en). English serves en and every en-* tag; Traditional
// Chinese serves Chinese written in the traditional script (zh-Hant,
// zh-Hant-*, and zh-TW, zh-HK, zh-MO, whose script is inferred); Simplified
// Chinese serves every other Chinese tag and anything unknown, the zero Tag
// included. Every function of the library that takes a tag matches it so.
func MatchLanguage(t language.Tag) language.Tag { return lang.Of(t).Tag() }
