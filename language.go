package houqin

import (
	"golang.org/x/text/language"
)

// The three languages of the library's messages. Every other tag is matched
// to one of them by [MatchLanguage].
var (
	// SimplifiedChinese (zh-Hans) is the default language.
	SimplifiedChinese = language.SimplifiedChinese
	// TraditionalChinese (zh-Hant) serves zh-TW, zh-HK, zh-MO and zh-Hant-*.
	TraditionalChinese = language.TraditionalChinese
	// English (en) serves en and every en-* tag.
	English = language.English
)

// Languages returns the three supported languages, the default first.
func Languages() []language.Tag {
	return []language.Tag{SimplifiedChinese, TraditionalChinese, English}
}

// lang is the index of a supported language.
type lang uint8

const (
	hans lang = iota
	hant
	en
	numLangs
)

func (l lang) tag() language.Tag {
	switch l {
	case hant:
		return TraditionalChinese
	case en:
		return English
	}
	return SimplifiedChinese
}

// MatchLanguage returns the supported language that serves t: English for
// en and en-*; Traditional Chinese for Chinese written in the traditional
// script (zh-Hant, zh-Hant-*, and zh-TW, zh-HK, zh-MO, whose script is
// inferred); Simplified Chinese for every other Chinese tag and for anything
// unknown, including the zero Tag.
func MatchLanguage(t language.Tag) language.Tag { return matchLang(t).tag() }

func matchLang(t language.Tag) lang {
	base, conf := t.Base()
	if conf != language.Exact { // und, or a tag without a language
		return hans
	}
	switch base.String() {
	case "en":
		return en
	case "zh":
		if s, _ := t.Script(); s.String() == "Hant" {
			return hant
		}
	}
	return hans
}
