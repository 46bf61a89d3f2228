package insurance

import (
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
	"golang.org/x/text/language"
)

// Summary writes the county's report sentence for the tally in the
// language matched from tag: for every kind with at least one claim, in
// the order of [Tally.Kinds] and by the name its checker's policy gives it,
// the number of claims paid (理赔件数) and the amount paid (理赔金额), exact
// to the fen and written as money like every amount of the library (¥ in
// Chinese, CN¥ in English), as of the tally's day (its month and day, as
// 监利县学校后勤管理工作会议讲话（上半年工作总结） writes it within its year):
//
//	截至5月31日，校方责任险理赔26件，理赔金额¥86,400.00；学平险理赔1521件，理赔金额¥1,216,800.00。
//	As of 31 May, school liability insurance: 26 claims paid, CN¥86,400.00 in all; …
//
// A kind none of whose claims is paid yet is left out. A tally without
// claims says so (截至5月31日，无理赔。), and one whose claims are none of
// them paid says that (截至5月31日，尚无已赔付的理赔。).
func (t *Tally) Summary(tag language.Tag) string {
	day := dayText(tag, t.asOf)
	kinds := t.Kinds()
	if len(kinds) == 0 {
		return houqin.Localize(tag, keySummaryNone, day)
	}
	parts := make([]string, 0, len(kinds))
	for _, kt := range kinds {
		paid := kt.Status(StatusPaid)
		if paid.Count == 0 {
			continue // no sentence about nothing
		}
		parts = append(parts, houqin.Localize(tag, keySummaryKind, t.known.nameIn(kt.Kind, tag), paid.Count, paid.Paid))
	}
	if len(parts) == 0 {
		return houqin.Localize(tag, keySummaryUnpaid, day)
	}
	return houqin.Localize(tag, keySummary, day, strings.Join(parts, houqin.Localize(tag, keySummarySep)))
}

// dayText writes the month and day of d: 5月31日, or 31 May in English.
func dayText(tag language.Tag, d houqin.Date) string {
	if d.IsZero() {
		return "—"
	}
	if houqin.MatchLanguage(tag) == language.English {
		return strconv.Itoa(d.Day) + " " + d.Month.String()
	}
	return strconv.Itoa(int(d.Month)) + "月" + strconv.Itoa(d.Day) + "日"
}
