package assessment

import (
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/field"
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
// breaks, and its sentences, for a host that lays the notice out in its
// own template; [Notice.Text] writes it as plain text with a stable layout.
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
	// Opening states the result and introduces the problems.
	Opening string `json:"opening"`
	// Problems are the findings and observations that cost the school
	// points or vetoed it, round by round, each round's in rubric order.
	Problems []NoticeProblem `json:"problems"`
	// Commitment asks for the written commitment (整改承诺) by the
	// deadline; Recheck says how the notice is closed (复查销号).
	Commitment string `json:"commitment"`
	Recheck    string `json:"recheck"`
	// Date is the day of issue as the reader writes it.
	Date string `json:"date"`
}

// NoticeProblem is one problem a rectification notice lists.
type NoticeProblem struct {
	// Round is the round that found it.
	Round string `json:"round,omitempty"`
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
	// Taken is the points it cost; Veto whether it vetoed the result.
	Taken Points `json:"points_taken"`
	Veto  bool   `json:"veto,omitempty"`
	// Basis is the sentence under the problem: the rule and what it cost.
	Basis string `json:"basis"`
}

// Notice writes the written rectification notice (整改通知书) of in for a
// reader of the language matched from tag: to the school, the year's
// result, every problem that cost points or vetoed it, with its figures
// and the rubric item it breaks, the deadline, the written commitment
// required (整改承诺), and the recheck that closes the notice (复查销号).
// 监利县学校后勤管理工作会议讲话（上半年工作总结） asks for written notices and
// return visits until the school has rectified. Notice is pure; it returns
// an *houqin.InputError, listing every problem, when the rectification is
// invalid or a piece of evidence points outside its inspection.
func (a *Assessor) Notice(tag language.Tag, in NoticeInput) (Notice, error) {
	var errs problem.List
	errs.Add(houqin.WithField("rectification", in.Rectification.Validate()))
	for i, r := range in.Rounds {
		for k, e := range r.Result.Trail {
			n := len(r.Inspection.Observations)
			if e.From == FromFinding {
				n = len(r.Inspection.Findings)
			}
			if e.Index < 0 || e.Index >= n {
				errs.Add(houqin.Invalid(field.Index("rounds", i)+"."+field.Index("result.trail", k)+".index",
					"points outside the inspection"))
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
	names := map[string]Name{}
	walkItems(a.s.rubric.Sections, func(it *Item) { names[it.ID] = it.Name })
	score := in.Year.Score.Decimal().StringFixed(2)
	switch {
	case n.Grade != "" && n.Vetoed:
		n.Opening = t("assessment.notice_opening_vetoed", n.Grade, score)
	case n.Grade != "":
		n.Opening = t("assessment.notice_opening", n.Grade, score)
	default:
		n.Opening = t("assessment.notice_opening_ungraded", score)
	}
	for _, r := range in.Rounds {
		vetoes := map[string]bool{}
		for _, id := range r.Result.Vetoed {
			vetoes[id] = true
		}
		for _, e := range r.Result.Trail {
			if e.Taken <= 0 && !vetoes[e.Item] {
				continue
			}
			p := NoticeProblem{Round: r.Result.Round, Item: e.Item, Rule: names[e.Item].In(tag), Taken: e.Taken, Veto: vetoes[e.Item]}
			if e.From == FromFinding {
				f := r.Inspection.Findings[e.Index]
				p.Finding = &f
				p.Text = f.Message(tag)
			} else {
				p.Text = r.Inspection.Observations[e.Index].Note
				if p.Text == "" {
					p.Text = t("assessment.notice_observed", p.Rule)
				}
			}
			switch {
			case p.Veto && p.Taken > 0:
				p.Basis = t("assessment.notice_basis_veto_points", p.Rule, p.Taken.Decimal())
			case p.Veto:
				p.Basis = t("assessment.notice_basis_veto", p.Rule)
			default:
				p.Basis = t("assessment.notice_basis", p.Rule, p.Taken.Decimal())
			}
			n.Problems = append(n.Problems, p)
		}
	}
	if len(n.Problems) == 0 {
		n.Opening += t("assessment.notice_no_problems")
	} else {
		n.Opening += t("assessment.notice_problems", len(n.Problems))
	}
	n.Commitment = t("assessment.notice_commitment", rect.Deadline)
	n.Recheck = t("assessment.notice_recheck", rect.Deadline)
	n.Date = t("assessment.notice_date", rect.Issued)
	return n, nil
}

// Text writes the notice as plain text with a stable layout: the title,
// the school, the opening, the numbered problems each with its rule, the
// commitment, the recheck, the issuer and the date, one paragraph a line.
func (n Notice) Text() string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s); b.WriteByte('\n') }
	line(n.Title)
	line("")
	line(n.School + colon(n.Title))
	line("")
	line(n.Opening)
	for i, p := range n.Problems {
		line(strconv.Itoa(i+1) + ". " + p.Text)
		line("   " + p.Basis)
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
