package fees

import (
	"strings"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
	"golang.org/x/text/language"
)

// RefundNoticeInput is what a term-end settlement notice to parents
// (学期末代收费结算公示) is made of: one settlement of an audit, and who
// posts it.
type RefundNoticeInput struct {
	// School and Class name the school and, optionally, the class whose
	// teacher posts the notice, as their reader knows them. School is
	// required.
	School string `json:"school"`
	Class  string `json:"class,omitempty"`
	// Term is the term settled.
	Term houqin.Term `json:"term"`
	// Settlement is one settlement of [Result.Settlements]. Its Name is
	// written as it is: translate it first for a reader of another
	// language.
	Settlement ItemSettlement `json:"settlement"`
	// Published is the day the notice is posted. Required.
	Published houqin.Date `json:"published"`
}

// RefundNotice is a term-end settlement notice to parents in one reader's
// language: its figures, with each amount also in 大写 where it is paid
// out, and its sentences, for a host that lays it out in its own template;
// [RefundNotice.Text] writes it as plain text a class teacher can post.
type RefundNotice struct {
	Title     string      `json:"title"`
	Published houqin.Date `json:"published"`
	Pupils    int         `json:"pupils"`
	Collected houqin.Fen  `json:"collected"`
	Spent     houqin.Fen  `json:"spent"`
	// Balance is collected − spent: an excess when positive.
	Balance      houqin.Fen `json:"balance"`
	BalanceDaxie string     `json:"balance_daxie,omitempty"`
	// Each is every pupil's refund, or top-up; EachDaxie in 大写. Extra
	// pupils, the first on the roll, get a fen more, ExtraDaxie.
	Each       houqin.Fen `json:"each"`
	EachDaxie  string     `json:"each_daxie,omitempty"`
	Extra      int        `json:"extra,omitempty"`
	ExtraDaxie string     `json:"extra_daxie,omitempty"`
	// Regime is the shortfall rule that applies: "refund_excess_only"
	// (多退少不补) or "refund_and_top_up" (多退少补); RegimeText names it.
	Regime     string `json:"regime"`
	RegimeText string `json:"regime_text"`
	// Lines are the notice's sentences in order: the figures, what each
	// family gets back or pays, the rule, who to ask.
	Lines []string `json:"lines"`
	// Signature is the school, and the class, under the notice.
	Signature string `json:"signature"`
	Date      string `json:"date"`
}

// The shortfall rules a notice names.
const (
	RegimeRefundOnly = "refund_excess_only" // 多退少不补: a shortfall is the school's
	RegimeTopUp      = "refund_and_top_up"  // 多退少补: a shortfall is collected
)

// RefundNotice writes the term-end settlement notice to parents
// (学期末代收费结算公示) of one settlement, for a reader of the language matched
// from tag: what was collected and spent, the balance, what each pupil gets
// back (in figures and in 大写) or pays, and the rule for a shortfall: 多退少补
// where the item's catalog entry or [Policy.AgencyTopUp] lets a shortfall
// be collected, 多退少不补 otherwise (关于规范中小学服务性收费和代收费管理有关问题的通知).
// It is pure, and returns an *houqin.InputError listing every problem when
// the school, the term, the day or the settlement is missing or invalid.
func (a *Auditor) RefundNotice(tag language.Tag, in RefundNoticeInput) (RefundNotice, error) {
	var errs problem.List
	if strings.TrimSpace(in.School) == "" {
		errs.Add(houqin.Invalid("school", "required"))
	}
	errs.Add(houqin.WithField("term", in.Term.Validate()))
	errs.Add(houqin.WithField("published", in.Published.Validate()))
	s := in.Settlement
	if s.Outcome < Balanced || s.Outcome > Borne {
		errs.Add(houqin.Invalid("settlement.outcome", "required"))
	}
	if s.Pupils <= 0 {
		errs.Add(houqin.Invalid(field.Join("settlement", "pupils"), "must be positive"))
	}
	if err := errs.Err(); err != nil {
		return RefundNotice{}, err
	}
	t := func(key houqin.Code, args ...any) string { return houqin.Localize(tag, key, args...) }
	n := RefundNotice{Title: t("fees.notice_title", s.Name, in.Term.Label(tag)), Published: in.Published,
		Pupils: s.Pupils, Collected: s.Collected, Spent: s.Actual, Balance: s.Balance, Each: s.Each, Extra: s.Extra,
		Regime: RegimeRefundOnly}
	if i, ok := a.items[s.Item]; (ok && a.catalog[i].topUp) || s.Outcome == TopUp {
		n.Regime = RegimeTopUp
	}
	n.RegimeText = t(houqin.Code("fees.notice_regime_" + n.Regime))
	n.Lines = append(n.Lines, t("fees.notice_figures", s.Pupils, s.Collected, s.Actual))
	switch s.Outcome {
	case Refund:
		n.BalanceDaxie, n.EachDaxie = s.Balance.Daxie(tag), s.Each.Daxie(tag)
		n.Lines = append(n.Lines, t("fees.notice_refund", s.Balance, n.BalanceDaxie, s.Each, n.EachDaxie))
		if s.Shares != nil {
			n.Lines[len(n.Lines)-1] = t("fees.notice_refund_shares", s.Balance, n.BalanceDaxie)
		} else if s.Extra > 0 {
			n.ExtraDaxie = (s.Each + 1).Daxie(tag)
			n.Lines = append(n.Lines, t("fees.notice_refund_extra", s.Extra, s.Each+1, n.ExtraDaxie))
		}
	case TopUp:
		n.EachDaxie = s.Each.Daxie(tag)
		n.Lines = append(n.Lines, t("fees.notice_top_up", -s.Balance, s.Each, n.EachDaxie))
	case Borne:
		n.Lines = append(n.Lines, t("fees.notice_borne", -s.Balance))
	default:
		n.Lines = append(n.Lines, t("fees.notice_balanced"))
	}
	n.Lines = append(n.Lines, n.RegimeText, t("fees.notice_ask"))
	n.Signature = in.School
	if in.Class != "" {
		n.Signature = t("fees.notice_signature", in.School, in.Class)
	}
	n.Date = t("fees.notice_date", in.Published)
	return n, nil
}

// Text writes the notice as plain text with a stable layout: the title,
// a blank line, one sentence a line, a blank line, the signature and the
// date.
func (n RefundNotice) Text() string {
	var b strings.Builder
	b.WriteString(n.Title + "\n\n")
	for _, l := range n.Lines {
		b.WriteString(l + "\n")
	}
	b.WriteString("\n" + n.Signature + "\n" + n.Date + "\n")
	return b.String()
}

var noticeMessages = []houqin.Message{
	{Code: "fees.notice_title", Hans: "%[2]s%[1]s结算公示", Hant: "%[2]s%[1]s結算公示", En: "Settlement of %[1]s, %[2]s"},
	{Code: "fees.notice_figures",
		Hans: "本学期向%[1]s名学生代收%[2]s，实际支出%[3]s。",
		Hant: "本學期向%[1]s名學生代收%[2]s，實際支出%[3]s。",
		En:   "This term %[2]s was collected from %[1]s {1:pupil|pupils}, and %[3]s was spent."},
	{Code: "fees.notice_refund",
		Hans: "结余%[1]s（大写：%[2]s）全部退还，每生退还%[3]s（大写：%[4]s）。",
		Hant: "結餘%[1]s（大寫：%[2]s）全部退還，每生退還%[3]s（大寫：%[4]s）。",
		En:   "The balance of %[1]s (%[2]s) is refunded in full: %[3]s (%[4]s) to each pupil."},
	{Code: "fees.notice_refund_shares",
		Hans: "结余%[1]s（大写：%[2]s）全部退还，每生退还金额见所附名单。",
		Hant: "結餘%[1]s（大寫：%[2]s）全部退還，每生退還金額見所附名單。",
		En:   "The balance of %[1]s (%[2]s) is refunded in full; each pupil's refund is on the attached list."},
	{Code: "fees.notice_refund_extra",
		Hans: "因尾差，名册前%[1]s名学生各退还%[2]s（大写：%[3]s）。",
		Hant: "因尾差，名冊前%[1]s名學生各退還%[2]s（大寫：%[3]s）。",
		En:   "So that the refunds add up exactly, the first %[1]s {1:pupil|pupils} on the roll get %[2]s (%[3]s)."},
	{Code: "fees.notice_top_up",
		Hans: "不足%[1]s，按规定向学生补收，每生补交%[2]s（大写：%[3]s）。",
		Hant: "不足%[1]s，按規定向學生補收，每生補交%[2]s（大寫：%[3]s）。",
		En:   "The shortfall of %[1]s is collected from the pupils as the rules allow: %[2]s (%[3]s) from each pupil."},
	{Code: "fees.notice_borne",
		Hans: "不足%[1]s由学校承担，不向学生补收。",
		Hant: "不足%[1]s由學校承擔，不向學生補收。",
		En:   "The shortfall of %[1]s is borne by the school; no pupil pays more."},
	{Code: "fees.notice_balanced",
		Hans: "收支相抵，无结余，不退不补。",
		Hant: "收支相抵，無結餘，不退不補。",
		En:   "Collections and spending are equal: nothing is refunded or collected."},
	{Code: "fees.notice_regime_" + RegimeRefundOnly,
		Hans: "按照“多退少不补”的规定结算：结余全部退还，不足部分不向学生补收。",
		Hant: "按照「多退少不補」的規定結算：結餘全部退還，不足部分不向學生補收。",
		En:   "Settled by the rule that any excess is refunded and no shortfall is collected from pupils (多退少不补)."},
	{Code: "fees.notice_regime_" + RegimeTopUp,
		Hans: "按照“多退少补”的规定结算：结余全部退还，不足部分按规定向学生补收。",
		Hant: "按照「多退少補」的規定結算：結餘全部退還，不足部分按規定向學生補收。",
		En:   "Settled by the rule that any excess is refunded and any shortfall is collected from pupils (多退少补)."},
	{Code: "fees.notice_ask",
		Hans: "如有疑问，请向班主任或学校咨询。",
		Hant: "如有疑問，請向班主任或學校諮詢。",
		En:   "Please ask the class teacher or the school about anything unclear."},
	{Code: "fees.notice_signature", Hans: "%[1]s %[2]s", Hant: "%[1]s %[2]s", En: "%[1]s, %[2]s"},
	{Code: "fees.notice_date", Hans: "%[1]s", Hant: "%[1]s", En: "%[1]s"},
}
