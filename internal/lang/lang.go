// Package lang matches a language tag to one of the library's three
// languages: Simplified Chinese (the default), Traditional Chinese and
// English. It is the one place that decides which language serves a tag.
package lang

import "golang.org/x/text/language"

// Lang is one of the three languages, usable as an index: a table of texts
// is a [N]string indexed by Lang.
type Lang uint8

// The languages, the default first.
const (
	Hans Lang = iota // Simplified Chinese, zh-Hans
	Hant             // Traditional Chinese, zh-Hant
	En               // English, en
	N                // the number of languages
)

// Tag returns the language tag of l: zh-Hans, zh-Hant or en.
func (l Lang) Tag() language.Tag {
	switch l {
	case Hant:
		return language.TraditionalChinese
	case En:
		return language.English
	}
	return language.SimplifiedChinese
}

// Tags returns the tags of the three languages, the default first.
func Tags() []language.Tag {
	return []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English}
}

// Of returns the language that serves t: English for en and en-*;
// Traditional Chinese for Chinese written in the traditional script
// (zh-Hant, zh-Hant-*, and zh-TW, zh-HK, zh-MO, whose script is inferred);
// Simplified Chinese for every other Chinese tag and for anything unknown,
// the zero Tag included.
func Of(t language.Tag) Lang {
	base, conf := t.Base()
	if conf != language.Exact { // und, or a tag without a language
		return Hans
	}
	switch base.String() {
	case "en":
		return En
	case "zh":
		if s, _ := t.Script(); s.String() == "Hant" {
			return Hant
		}
	}
	return Hans
}
