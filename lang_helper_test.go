package houqin_test

import "golang.org/x/text/language"

func languageTag(s string) language.Tag { return language.MustParse(s) }
