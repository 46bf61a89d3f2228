package assessment

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/lang"
	"github.com/houqin-go/houqin/internal/problem"
	"golang.org/x/text/language"
)

// Scored is one round of a school as the host scored it: the inspection it
// passed to [Assessor.Score] and the result it got back. The evidence of
// the result points into the inspection.
type Scored struct {
	Inspection Inspection `json:"inspection"`
	Result     Result     `json:"result"`
}

// NoticeInput is what a written rectification notice (整改通知书) is made
// of: the notice, the school's year and the rounds that scored it.
type NoticeInput struct {
	// Rectification is the notice: the school, the day and the deadline
	// (see [Assessor.Rectification]). Required.
	Rectification Rectification `json:"rectification"`
	// School is the school's name as its reader knows it; the
	// Rectification's School when empty.
	School string `json:"school_name,omitempty"`
	// Issuer is the office that issues the notice (清河县教育局); optional.
	Issuer string `json:"issuer,omitempty"`
	// Year is the school's combined score (see [Assessor.Combine]).
	Year Combined `json:"year"`
	// Rounds are the rounds scored, in order. The subjects of their
	// findings are written as they are: label them for a reader first (a
	// canteen's month, a charge's name), never a field path.
	Rounds []Scored `json:"rounds"`
}

// Notice is a written rectification notice (整改通知书) for one reader's
// language: its facts, each problem found with its figures and the rule it
// breaks, grouped by area, and its sentences, for a host that lays the
// notice out in its own template; [Notice.Text] writes it as plain text
// with a stable layout.
type Notice struct {
	Title    string      `json:"title"`
	School   string      `json:"school"`
	Issuer   string      `json:"issuer,omitempty"`
	Issued   houqin.Date `json:"issued"`
	Deadline houqin.Date `json:"deadline"`
	Score    Points      `json:"score"`
	// Grade is the grade's name in the reader's language; empty for a
	// rubric without bands.
	Grade  string `json:"grade,omitempty"`
	Vetoed bool   `json:"vetoed,omitempty"`
	// Opening states the result and introduces the problems, counting
	// each problem once.
	Opening string `json:"opening"`
	// Areas are the problems, the findings and observations that cost the
	// school points or vetoed it, grouped by area in rubric order: an area
	// is a top-level section of the rubric, and a problem sits in the one
	// that holds the item it breaks. With the sample rubric the findings
	// of the canteen, fees and insurance packages fall under 食堂管理,
	// 学生消费市场与收费 and 安全与保险, beside what the inspectors
	// observed there, and the vetoes under 一票否决项. An area without a
	// problem is left out.
	Areas []NoticeArea `json:"areas"`
	// Commitment asks for the written commitment (整改承诺) by the
	// deadline; Recheck says how the notice is closed (复查销号).
	Commitment string `json:"commitment"`
	Recheck    string `json:"recheck"`
	// Date is the day of issue as the reader writes it.
	Date string `json:"date"`
}

// NoticeArea is one area of a rectification notice and the problems found
// in it, worst first: those that vetoed the result, then by the points
// they cost (all the times they were found together), then by the first
// round that found them (the rounds are in order of date), then in rubric
// order.
type NoticeArea struct {
	// Section is the id of the rubric's top-level section; Name its name
	// in the reader's language; Heading the heading the text writes,
	// numbered: "一、食堂管理", "A. Canteen".
	Section  string          `json:"section"`
	Name     string          `json:"name"`
	Heading  string          `json:"heading"`
	Problems []NoticeProblem `json:"problems"`
}

// NoticeProblem is one problem a rectification notice lists, once however
// many times it was found: the same observation (the same item and note)
// or the same finding (the same code, subject and facts), in several
// rounds or twice in one.
type NoticeProblem struct {
	// Rounds are the rounds that found it, in order, each once, as their
	// results name them.
	Rounds []string `json:"rounds,omitempty"`
	// Times is how many times it was found: once in each of its rounds,
	// or more when a round recorded it more than once.
	Times int `json:"times"`
	// Item is the id of the rubric item it breaks; Rule the item's name in
	// the reader's language.
	Item string `json:"item"`
	Rule string `json:"rule"`
	// Finding is the finding, for a problem another package found; nil
	// for an inspector's observation.
	Finding *houqin.Finding `json:"finding,omitempty"`
	// Text is the finding's message, or the observation's note, in the
	// reader's language.
	Text string `json:"text"`
	// Seen says how often a problem found more than once was found
	// (（两次检查均发现）, (found in 2 inspections)); empty for a problem
	// found once.
	Seen string `json:"seen,omitempty"`
	// Taken is the points it cost, all the times together; Veto whether it
	// vetoed the result.
	Taken Points `json:"points_taken"`
	Veto  bool   `json:"veto,omitempty"`
	// Basis is the sentence under the problem: the rule and what it cost,
	// each time when every time cost the same.
	Basis string `json:"basis"`
}

// Notice writes the written rectification notice (整改通知书) of in for a
// reader of the language matched from tag: to the school, the year's
// result, every problem that cost points or vetoed it, once, with its
// figures, how often it was found and the rubric item it breaks, grouped
// by area, worst first (see [Notice.Areas] and [NoticeArea]), the
// deadline, the written commitment required (整改承诺), and the recheck
// that closes the notice (复查销号).
// 监利县学校后勤管理工作会议讲话（上半年工作总结） asks for written notices and
// return visits until the school has rectified. Notice is pure; it returns
// an *houqin.InputError, listing every problem, when the rectification is
// invalid or a piece of evidence points outside its inspection or at an
// item the rubric does not have.
func (a *Assessor) Notice(tag language.Tag, in NoticeInput) (Notice, error) {
	items := a.noticeItems()
	var errs problem.List
	errs.Add(houqin.WithField("rectification", in.Rectification.Validate()))
	for i, r := range in.Rounds {
		for k, e := range r.Result.Trail {
			at := field.Index("rounds", i) + "." + field.Index("result.trail", k)
			n := len(r.Inspection.Observations)
			if e.From == FromFinding {
				n = len(r.Inspection.Findings)
			}
			if e.Index < 0 || e.Index >= n {
				errs.Add(houqin.Invalid(at+".index", "points outside the inspection"))
			}
			if _, ok := items[e.Item]; !ok {
				errs.Add(houqin.Invalid(at+".item", "not an item of the rubric"))
			}
		}
	}
	if err := errs.Err(); err != nil {
		return Notice{}, err
	}
	t := func(key houqin.Code, args ...any) string { return houqin.Localize(tag, key, args...) }
	rect := in.Rectification
	n := Notice{School: in.School, Issuer: in.Issuer, Issued: rect.Issued, Deadline: rect.Deadline,
		Score: in.Year.Score, Vetoed: in.Year.Vetoed, Title: t("assessment.notice_title")}
	if n.School == "" {
		n.School = rect.School
	}
	if g, ok := a.Grade(in.Year.Grade); ok && in.Year.Grade != "" {
		n.Grade = g.Name.In(tag)
	}
	score := in.Year.Score.Decimal().StringFixed(2)
	switch {
	case n.Grade != "" && n.Vetoed:
		n.Opening = t("assessment.notice_opening_vetoed", n.Grade, score)
	case n.Grade != "":
		n.Opening = t("assessment.notice_opening", n.Grade, score)
	default:
		n.Opening = t("assessment.notice_opening_ungraded", score)
	}

	ps := gatherProblems(in.Rounds, items)
	count := 0
	for _, p := range ps {
		if len(n.Areas) == 0 || n.Areas[len(n.Areas)-1].Section != p.area.ID {
			n.Areas = append(n.Areas, NoticeArea{Section: p.area.ID, Name: p.area.Name.In(tag),
				Heading: t("assessment.notice_area", ordinal(tag, len(n.Areas)+1), p.area.Name.In(tag))})
		}
		area := &n.Areas[len(n.Areas)-1]
		area.Problems = append(area.Problems, p.write(tag, in.Rounds, items[p.item].name))
		count++
	}
	if count == 0 {
		n.Opening += t("assessment.notice_no_problems")
	} else {
		n.Opening += t("assessment.notice_problems", count)
	}
	n.Commitment = t("assessment.notice_commitment", rect.Deadline)
	n.Recheck = t("assessment.notice_recheck", rect.Deadline)
	n.Date = t("assessment.notice_date", rect.Issued)
	return n, nil
}

// noticeItem is where an item stands in the rubric, for a notice.
type noticeItem struct {
	name  Name
	area  *Section // the top-level section that holds it
	areaN int      // that section's place among the top-level sections
	order int      // the item's place in rubric order
}

// noticeItems maps each item of the rubric to its place.
func (a *Assessor) noticeItems() map[string]noticeItem {
	out := map[string]noticeItem{}
	secs := a.s.rubric.Sections
	for i := range secs {
		walkItems(secs[i:i+1], func(it *Item) {
			out[it.ID] = noticeItem{name: it.Name, area: &secs[i], areaN: i, order: len(out)}
		})
	}
	return out
}

// gathered is one problem of a notice as the rounds give it.
type gathered struct {
	item    string
	area    *Section
	areaN   int
	order   int // the item's place in rubric order
	first   int // the place in the rounds' trails where it was first found
	ev      Evidence
	round   int   // the round of ev
	rounds  []int // the rounds that found it, each once, in order
	takes   []Points
	taken   Points // the points of takes, all together
	veto    bool
	counted bool // some time cost points or vetoed
}

// gatherProblems returns the problems of rounds, each once, in the
// notice's order: by area, worst first, then by date.
func gatherProblems(rounds []Scored, items map[string]noticeItem) []*gathered {
	var ps []*gathered
	byKey := map[string]*gathered{}
	place := 0
	for ri, r := range rounds {
		vetoes := map[string]bool{}
		for _, id := range r.Result.Vetoed {
			vetoes[id] = true
		}
		for _, e := range r.Result.Trail {
			place++
			veto := vetoes[e.Item]
			if e.Points <= 0 && e.Taken <= 0 && !veto {
				continue // evidence that took nothing and would take nothing
			}
			k := problemKey(r.Inspection, e)
			p := byKey[k]
			if p == nil {
				it := items[e.Item]
				p = &gathered{item: e.Item, area: it.area, areaN: it.areaN, order: it.order, first: place, ev: e, round: ri}
				byKey[k] = p
				ps = append(ps, p)
			}
			if len(p.rounds) == 0 || p.rounds[len(p.rounds)-1] != ri {
				p.rounds = append(p.rounds, ri)
			}
			p.takes = append(p.takes, e.Taken)
			p.taken += e.Taken
			p.veto = p.veto || veto
			p.counted = p.counted || e.Taken > 0 || veto
		}
	}
	ps = slices.DeleteFunc(ps, func(p *gathered) bool { return !p.counted })
	slices.SortFunc(ps, func(a, b *gathered) int {
		switch {
		case a.areaN != b.areaN:
			return cmp.Compare(a.areaN, b.areaN)
		case a.veto != b.veto:
			if a.veto {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(b.taken, a.taken); c != 0 {
			return c
		}
		if c := cmp.Compare(a.rounds[0], b.rounds[0]); c != 0 {
			return c
		}
		if c := cmp.Compare(a.order, b.order); c != 0 {
			return c
		}
		return cmp.Compare(a.first, b.first)
	})
	return ps
}

// problemKey names what a piece of evidence found, so that the same
// problem found again is listed once: the item, then the finding's code,
// subject and facts, or the observation's note.
func problemKey(in Inspection, e Evidence) string {
	var b strings.Builder
	b.WriteString(e.Item)
	b.WriteByte(0)
	if e.From != FromFinding {
		b.WriteString("o\x00")
		b.WriteString(in.Observations[e.Index].Note)
		return b.String()
	}
	f := in.Findings[e.Index]
	b.WriteString("f\x00" + string(f.Code) + "\x00" + f.Subject)
	for _, x := range f.Facts {
		b.WriteString("\x00" + x.Name + "\x00" + string(x.Unit) + "\x00" + strconv.FormatInt(x.Value, 10))
	}
	return b.String()
}

// write writes the problem for a reader of tag.
func (p *gathered) write(tag language.Tag, rounds []Scored, rule Name) NoticeProblem {
	t := func(key houqin.Code, args ...any) string { return houqin.Localize(tag, key, args...) }
	out := NoticeProblem{Times: len(p.takes), Item: p.item, Rule: rule.In(tag), Taken: p.taken, Veto: p.veto}
	for _, ri := range p.rounds {
		out.Rounds = append(out.Rounds, rounds[ri].Result.Round)
	}
	in := rounds[p.round].Inspection
	if p.ev.From == FromFinding {
		f := in.Findings[p.ev.Index]
		out.Finding = &f
		out.Text = f.Message(tag)
	} else if out.Text = in.Observations[p.ev.Index].Note; out.Text == "" {
		out.Text = t("assessment.notice_observed", out.Rule)
	}
	nr := len(p.rounds)
	switch {
	case out.Times == 1:
	case nr == out.Times:
		out.Seen = t("assessment.notice_seen_rounds", timesIn(tag, nr))
	case nr == 1:
		out.Seen = t("assessment.notice_seen_times", timesIn(tag, out.Times))
	default:
		out.Seen = t("assessment.notice_seen_rounds_times", timesIn(tag, out.Times), timesIn(tag, nr))
	}
	each := out.Times > 1 && !slices.ContainsFunc(p.takes, func(x Points) bool { return x != p.takes[0] })
	per := p.takes[0].Decimal()
	switch {
	case out.Veto && out.Taken == 0:
		out.Basis = t("assessment.notice_basis_veto", out.Rule)
	case out.Times == 1 && out.Veto:
		out.Basis = t("assessment.notice_basis_veto_points", out.Rule, out.Taken.Decimal())
	case out.Times == 1:
		out.Basis = t("assessment.notice_basis", out.Rule, out.Taken.Decimal())
	case each && out.Veto:
		out.Basis = t("assessment.notice_basis_each_veto", out.Rule, per)
	case each:
		out.Basis = t("assessment.notice_basis_each", out.Rule, per)
	case out.Veto:
		out.Basis = t("assessment.notice_basis_total_veto", out.Rule, out.Taken.Decimal())
	default:
		out.Basis = t("assessment.notice_basis_total", out.Rule, out.Taken.Decimal())
	}
	return out
}

// timesIn is a count of times or rounds as the reader writes it: a Chinese
// numeral (两 / 兩, 三 … 十一) in Chinese, which reads "两次检查", the number
// in English.
func timesIn(tag language.Tag, n int) any {
	switch lang.Of(tag) {
	case lang.En:
		return n
	case lang.Hant:
		return hanzi(n, "兩")
	}
	return hanzi(n, "两")
}

// ordinal numbers an area's heading: 一, 二 … in Chinese, A, B … in
// English (the number from 27 on).
func ordinal(tag language.Tag, n int) string {
	if lang.Of(tag) != lang.En {
		return hanzi(n, "")
	}
	if n >= 1 && n <= 26 {
		return string(rune('A' + n - 1))
	}
	return strconv.Itoa(n)
}

// hanzi writes n in Chinese numerals from 1 to 99 (一, 十, 十一, 二十, 九十九),
// with two for a lone 2 when it is not empty (两 or 兩, the 2 of a count);
// other numbers in digits.
func hanzi(n int, two string) string {
	const digits = "〇一二三四五六七八九"
	d := func(i int) string { return string([]rune(digits)[i]) }
	switch {
	case n == 2 && two != "":
		return two
	case n >= 1 && n <= 9:
		return d(n)
	case n == 10:
		return "十"
	case n > 10 && n < 20:
		return "十" + d(n-10)
	case n >= 20 && n <= 99 && n%10 == 0:
		return d(n/10) + "十"
	case n > 20 && n <= 99:
		return d(n/10) + "十" + d(n%10)
	}
	return strconv.Itoa(n)
}

// Text writes the notice as plain text with a stable layout: the title,
// the school, the opening, each area's heading and its problems, numbered
// on from one area to the next, each with how often it was found and its
// rule, then the commitment, the recheck, the issuer and the date, one
// paragraph a line.
func (n Notice) Text() string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s); b.WriteByte('\n') }
	line(n.Title)
	line("")
	line(n.School + colon(n.Title))
	line("")
	line(n.Opening)
	i := 0
	for _, a := range n.Areas {
		line(a.Heading)
		for _, p := range a.Problems {
			i++
			text := p.Text
			switch {
			case p.Seen == "":
			case strings.HasPrefix(p.Seen, "（"):
				text += p.Seen
			default:
				text += " " + p.Seen
			}
			line(strconv.Itoa(i) + ". " + text)
			line("   " + p.Basis)
		}
	}
	line("")
	line(n.Commitment)
	line(n.Recheck)
	line("")
	if n.Issuer != "" {
		line(n.Issuer)
	}
	line(n.Date)
	return b.String()
}

// colon ends the salutation: "：" after a Chinese title, ":" after an
// English one.
func colon(title string) string {
	if title != "" && title[0] < 0x80 {
		return ":"
	}
	return "："
}

func init() {
	if err := houqin.RegisterMessages(
		houqin.Message{Code: "assessment.notice_title", Hans: "整改通知书", Hant: "整改通知書", En: "Rectification notice"},
		houqin.Message{Code: "assessment.notice_opening",
			Hans: "经后勤管理考核，你校考核结果为%[1]s（得分%[2]s）。",
			Hant: "經後勤管理考核，你校考核結果為%[1]s（得分%[2]s）。",
			En:   "Your school's logistics assessment result: %[1]s (%[2]s points)."},
		houqin.Message{Code: "assessment.notice_opening_vetoed",
			Hans: "经后勤管理考核，你校触及一票否决项，考核结果为%[1]s（得分%[2]s）。",
			Hant: "經後勤管理考核，你校觸及一票否決項，考核結果為%[1]s（得分%[2]s）。",
			En:   "Your school's logistics assessment result: %[1]s, on a veto item (%[2]s points)."},
		houqin.Message{Code: "assessment.notice_opening_ungraded",
			Hans: "经后勤管理考核，你校得分%[1]s。",
			Hant: "經後勤管理考核，你校得分%[1]s。",
			En:   "The logistics assessment gives your school %[1]s points."},
		houqin.Message{Code: "assessment.notice_problems",
			Hans: "检查发现以下%[1]s个问题：",
			Hant: "檢查發現以下%[1]s個問題：",
			En:   " The inspections found the following %[1]s {1:problem|problems}:"},
		houqin.Message{Code: "assessment.notice_no_problems",
			Hans: "检查中没有扣分的问题记录在案。",
			Hant: "檢查中沒有扣分的問題記錄在案。",
			En:   " No problem that cost points is on record."},
		houqin.Message{Code: "assessment.notice_observed",
			Hans: "检查组现场检查发现“%[1]s”不达标",
			Hant: "檢查組現場檢查發現「%[1]s」不達標",
			En:   "The inspectors found “%[1]s” not met"},
		houqin.Message{Code: "assessment.notice_basis",
			Hans: "违反考核项目：%[1]s（扣%[2]s分）",
			Hant: "違反考核項目：%[1]s（扣%[2]s分）",
			En:   "Rule broken: %[1]s (%[2]s {2:point|points} deducted)"},
		houqin.Message{Code: "assessment.notice_basis_veto",
			Hans: "违反考核项目：%[1]s（一票否决）",
			Hant: "違反考核項目：%[1]s（一票否決）",
			En:   "Rule broken: %[1]s (a veto item)"},
		houqin.Message{Code: "assessment.notice_basis_veto_points",
			Hans: "违反考核项目：%[1]s（扣%[2]s分，一票否决）",
			Hant: "違反考核項目：%[1]s（扣%[2]s分，一票否決）",
			En:   "Rule broken: %[1]s (%[2]s {2:point|points} deducted; a veto item)"},
		// A problem found more than once: the points each time, when every
		// time cost the same, or in all.
		houqin.Message{Code: "assessment.notice_basis_each",
			Hans: "违反考核项目：%[1]s（每次扣%[2]s分）",
			Hant: "違反考核項目：%[1]s（每次扣%[2]s分）",
			En:   "Rule broken: %[1]s (%[2]s {2:point|points} deducted each time)"},
		houqin.Message{Code: "assessment.notice_basis_each_veto",
			Hans: "违反考核项目：%[1]s（每次扣%[2]s分，一票否决）",
			Hant: "違反考核項目：%[1]s（每次扣%[2]s分，一票否決）",
			En:   "Rule broken: %[1]s (%[2]s {2:point|points} deducted each time; a veto item)"},
		houqin.Message{Code: "assessment.notice_basis_total",
			Hans: "违反考核项目：%[1]s（共扣%[2]s分）",
			Hant: "違反考核項目：%[1]s（共扣%[2]s分）",
			En:   "Rule broken: %[1]s (%[2]s {2:point|points} deducted in all)"},
		houqin.Message{Code: "assessment.notice_basis_total_veto",
			Hans: "违反考核项目：%[1]s（共扣%[2]s分，一票否决）",
			Hant: "違反考核項目：%[1]s（共扣%[2]s分，一票否決）",
			En:   "Rule broken: %[1]s (%[2]s {2:point|points} deducted in all; a veto item)"},
		// How often a problem was found: in each of several inspections;
		// more than once in one; more times than inspections.
		houqin.Message{Code: "assessment.notice_seen_rounds",
			Hans: "（%[1]s次检查均发现）",
			Hant: "（%[1]s次檢查均發現）",
			En:   "(found in %[1]s {1:inspection|inspections})"},
		houqin.Message{Code: "assessment.notice_seen_times",
			Hans: "（同一次检查中发现%[1]s次）",
			Hant: "（同一次檢查中發現%[1]s次）",
			En:   "(found %[1]s {1:time|times} in one inspection)"},
		houqin.Message{Code: "assessment.notice_seen_rounds_times",
			Hans: "（%[2]s次检查共发现%[1]s次）",
			Hant: "（%[2]s次檢查共發現%[1]s次）",
			En:   "(found %[1]s {1:time|times} in %[2]s {2:inspection|inspections})"},
		// An area's heading: its number (一 / A) and its name.
		houqin.Message{Code: "assessment.notice_area", Hans: "%[1]s、%[2]s", Hant: "%[1]s、%[2]s", En: "%[1]s. %[2]s"},
		houqin.Message{Code: "assessment.notice_commitment",
			Hans: "请你校于%[1]s前逐项完成整改，并提交书面整改承诺，写明每个问题的整改措施、责任人和完成时间。",
			Hant: "請你校於%[1]s前逐項完成整改，並提交書面整改承諾，寫明每個問題的整改措施、責任人和完成時間。",
			En:   "Rectify every problem by %[1]s, and submit a written commitment to rectify (整改承诺) naming, for each problem, the measures, the person responsible and the date."},
		houqin.Message{Code: "assessment.notice_recheck",
			Hans: "%[1]s后将组织复查：复查合格的问题予以销号；复查不合格的，继续整改，直至复查合格后销号。",
			Hant: "%[1]s後將組織複查：複查合格的問題予以銷號；複查不合格的，繼續整改，直至複查合格後銷號。",
			En:   "After %[1]s the school will be rechecked: a problem found rectified is closed (复查销号); one that is not stays open until a recheck finds it rectified."},
		houqin.Message{Code: "assessment.notice_date", Hans: "%[1]s", Hant: "%[1]s", En: "%[1]s"},
	); err != nil {
		panic(err)
	}
}
