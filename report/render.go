package report

import (
	"slices"
	"strings"
	"sync"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/insurance"
	"github.com/houqin-go/houqin/internal/format"
	"github.com/houqin-go/houqin/internal/lang"
	"golang.org/x/text/language"
)

type languageTag = language.Tag

// The report's own texts, registered the way a host registers its codes.
func init() {
	if err := houqin.RegisterMessages(
		houqin.Message{Code: "report.title",
			Hans: "%[1]s%[2]s学校后勤管理工作通报",
			Hant: "%[1]s%[2]s學校後勤管理工作通報",
			En:   "%[1]s: school logistics report, %[2]s"},
		houqin.Message{Code: "report.as_of", Hans: "（截至%[1]s）", Hant: "（截至%[1]s）", En: "(as of %[1]s)"},
		houqin.Message{Code: "report.h_summary", Hans: "一、总体情况", Hant: "一、總體情況", En: "1. Summary"},
		houqin.Message{Code: "report.summary_schools", Hans: "全县共%[1]s所学校。", Hant: "全縣共%[1]s所學校。", En: "The county has %[1]s {1:school|schools}."},
		houqin.Message{Code: "report.summary_statements",
			Hans: "审核食堂月度报表%[1]s份，其中%[2]s份有违规",
			Hant: "審核食堂月度報表%[1]s份，其中%[2]s份有違規",
			En:   "%[1]s canteen {1:statement|statements} checked, %[2]s with violations"},
		houqin.Message{Code: "report.summary_statements_clean",
			Hans: "审核食堂月度报表%[1]s份，未发现违规",
			Hant: "審核食堂月度報表%[1]s份，未發現違規",
			En:   "%[1]s canteen {1:statement|statements} checked, without violations"},
		houqin.Message{Code: "report.summary_charges",
			Hans: "审计收费项目%[1]s项，其中%[2]s项违规",
			Hant: "審計收費項目%[1]s項，其中%[2]s項違規",
			En:   "%[1]s fee {1:charge|charges} audited, %[2]s in breach"},
		houqin.Message{Code: "report.summary_charges_clean",
			Hans: "审计收费项目%[1]s项，未发现违规",
			Hant: "審計收費項目%[1]s項，未發現違規",
			En:   "%[1]s fee {1:charge|charges} audited, without violations"},
		houqin.Message{Code: "report.summary_refunds",
			Hans: "学期末结算应退还学生%[1]s（大写：%[2]s）",
			Hant: "學期末結算應退還學生%[1]s（大寫：%[2]s）",
			En:   "%[1]s (%[2]s) owed back to pupils at the term-end settlements"},
		houqin.Message{Code: "report.summary_refunded_pupils", Hans: "，涉及%[1]s人次", Hant: "，涉及%[1]s人次", En: ", %[1]s {1:refund|refunds}"},
		houqin.Message{Code: "report.summary_claims", Hans: "全年保险报案%[1]s件", Hant: "全年保險報案%[1]s件", En: "%[1]s insurance {1:claim|claims} reported in the year"},
		houqin.Message{Code: "report.summary_found",
			Hans: "共发现违规%[1]s项、警告%[2]s项。",
			Hant: "共發現違規%[1]s項、警告%[2]s項。",
			En:   "%[1]s {1:violation|violations} and %[2]s {2:warning|warnings} found."},
		houqin.Message{Code: "report.summary_violations", Hans: "共发现违规%[1]s项。", Hant: "共發現違規%[1]s項。", En: "%[1]s {1:violation|violations} found."},
		houqin.Message{Code: "report.summary_warnings", Hans: "共发现警告%[1]s项。", Hant: "共發現警告%[1]s項。", En: "%[1]s {1:warning|warnings} found."},
		houqin.Message{Code: "report.summary_clean", Hans: "各校检查未发现违规或警告。", Hant: "各校檢查未發現違規或警告。", En: "The schools' checks found no violations or warnings."},
		houqin.Message{Code: "report.clause_sep", Hans: "；", Hant: "；", En: "; "},
		houqin.Message{Code: "report.sentences", Hans: "%[1]s%[2]s", Hant: "%[1]s%[2]s", En: "%[1]s %[2]s"},
		houqin.Message{Code: "report.grades", Hans: "考核结果：%[1]s。", Hant: "考核結果：%[1]s。", En: "Assessment: %[1]s."},
		houqin.Message{Code: "report.grade_count", Hans: "%[1]s%[2]s所", Hant: "%[1]s%[2]s所", En: "%[2]s %[1]s"},
		houqin.Message{Code: "report.list_sep", Hans: "、", Hant: "、", En: ", "},
		houqin.Message{Code: "report.h_findings", Hans: "二、各校检查发现", Hant: "二、各校檢查發現", En: "2. Findings by school"},
		houqin.Message{Code: "report.no_schools", Hans: "未列入学校。", Hant: "未列入學校。", En: "No schools are listed."},
		houqin.Message{Code: "report.school_clean", Hans: "%[1]s：未发现问题。", Hant: "%[1]s：未發現問題。", En: "%[1]s: nothing found."},
		houqin.Message{Code: "report.school", Hans: "%[1]s：", Hant: "%[1]s：", En: "%[1]s:"},
		houqin.Message{Code: "report.h_refunds", Hans: "三、学期末结算退费通知", Hant: "三、學期末結算退費通知", En: "3. Term-end refund notices"},
		houqin.Message{Code: "report.refund",
			Hans: "%[1]s %[2]s（%[3]s）：收取%[4]s，实际支出%[5]s，结余%[6]s（大写：%[7]s）退还%[8]s名学生，每生%[9]s（%[10]s）",
			Hant: "%[1]s %[2]s（%[3]s）：收取%[4]s，實際支出%[5]s，結餘%[6]s（大寫：%[7]s）退還%[8]s名學生，每生%[9]s（%[10]s）",
			En:   "%[1]s, %[2]s (%[3]s): collected %[4]s, spent %[5]s; the excess of %[6]s (%[7]s) goes back to %[8]s {8:pupil|pupils}, %[9]s (%[10]s) each"},
		houqin.Message{Code: "report.refund_extra",
			Hans: "，其中名册前%[1]s名各退%[2]s（%[3]s）",
			Hant: "，其中名冊前%[1]s名各退%[2]s（%[3]s）",
			En:   "; the first %[1]s on the roll {1:gets|get} %[2]s (%[3]s)"},
		houqin.Message{Code: "report.top_up",
			Hans: "%[1]s %[2]s（%[3]s）：收取%[4]s，实际支出%[5]s，不足%[6]s按规定向%[7]s名学生补收，每生%[8]s",
			Hant: "%[1]s %[2]s（%[3]s）：收取%[4]s，實際支出%[5]s，不足%[6]s按規定向%[7]s名學生補收，每生%[8]s",
			En:   "%[1]s, %[2]s (%[3]s): collected %[4]s, spent %[5]s; the shortfall of %[6]s is collected from %[7]s {7:pupil|pupils}, %[8]s each"},
		houqin.Message{Code: "report.no_refunds", Hans: "学期末结算无退费或补收。", Hant: "學期末結算無退費或補收。", En: "No refunds or top-ups at the term-end settlements."},
		houqin.Message{Code: "report.end", Hans: "。", Hant: "。", En: "."},
		houqin.Message{Code: "report.h_insurance", Hans: "四、学校保险", Hant: "四、學校保險", En: "4. Insurance"},
		houqin.Message{Code: "report.no_insurance", Hans: "未列保险情况。", Hant: "未列保險情況。", En: "No insurance figures are given."},
		houqin.Message{Code: "report.coverage",
			Hans: "%[1]s投保率：全县%[2]s（应保%[3]s人，已保%[4]s人）。",
			Hant: "%[1]s投保率：全縣%[2]s（應保%[3]s人，已保%[4]s人）。",
			En:   "Coverage of %[1]s: %[2]s county-wide (%[4]s of %[3]s insured)."},
		houqin.Message{Code: "report.h_ranking", Hans: "五、后勤管理考核排名", Hant: "五、後勤管理考核排名", En: "5. Assessment ranking"},
		houqin.Message{Code: "report.ranking_weights",
			Hans: "（%[1]s次考核定高低，权重依次为%[2]s）",
			Hant: "（%[1]s次考核定高低，權重依次為%[2]s）",
			En:   "(%[1]s rounds decide the rank, weighted %[2]s in turn)"},
		houqin.Message{Code: "report.ranking_equal",
			Hans: "（%[1]s次考核定高低，各次权重相同）",
			Hant: "（%[1]s次考核定高低，各次權重相同）",
			En:   "(%[1]s rounds decide the rank, each weighing the same)"},
		houqin.Message{Code: "report.rank_row", Hans: "%[1]s. %[2]s %[3]s分 %[4]s", Hant: "%[1]s. %[2]s %[3]s分 %[4]s", En: "%[1]s. %[2]s %[3]s points, %[4]s"},
		houqin.Message{Code: "report.rank_row_ungraded", Hans: "%[1]s. %[2]s %[3]s分", Hant: "%[1]s. %[2]s %[3]s分", En: "%[1]s. %[2]s %[3]s points"},
		houqin.Message{Code: "report.no_ranking", Hans: "未列考核排名。", Hant: "未列考核排名。", En: "No ranking is given."},
		houqin.Message{Code: "report.vetoed", Hans: "（一票否决）", Hant: "（一票否決）", En: " (vetoed)"},
		houqin.Message{Code: "report.bottom", Hans: "（末位）", Hant: "（末位）", En: " (bottom place)"},
		houqin.Message{Code: "report.rectify",
			Hans: "须书面整改：%[1]s，整改期限%[2]s，经复查合格后销号。",
			Hant: "須書面整改：%[1]s，整改期限%[2]s，經複查合格後銷號。",
			En:   "Must rectify in writing: %[1]s, by %[2]s; closed only when a recheck passes."},
		houqin.Message{Code: "report.no_rectify", Hans: "无须整改的学校。", Hant: "無須整改的學校。", En: "No school must rectify."},
		houqin.Message{Code: "report.canteen", Hans: "%[1]s食堂", Hant: "%[1]s食堂", En: "%[1]s canteen"},
		houqin.Message{Code: "report.pair", Hans: "%[1]s%[2]s", Hant: "%[1]s%[2]s", En: "%[1]s, %[2]s"},
		houqin.Message{Code: "report.subsidy", Hans: "%[1]s营养改善计划补助%[2]s", Hant: "%[1]s營養改善計劃補助%[2]s", En: "%[1]s nutrition subsidy, %[2]s"},
		houqin.Message{Code: "report.charge", Hans: "%[1]s（%[2]s）", Hant: "%[1]s（%[2]s）", En: "%[1]s (%[2]s)"},
	); err != nil {
		panic(err)
	}
}

// Text writes the circular for a reader of tag as plain text, one
// paragraph or finding a line, in a stable layout. It reads only r's
// exported fields (see [Report]), so that a Report decoded from its JSON, or
// assembled by a host, reads as the one [Build] returned. A part the
// report does not hold is left out: no count of nothing is written.
func (r *Report) Text(tag language.Tag) string {
	var w strings.Builder
	r.write(&w, tag)
	return w.String()
}

func (r *Report) write(w *strings.Builder, tag language.Tag) {
	t := func(key houqin.Code, args ...any) string { return houqin.Localize(tag, key, args...) }
	p := func(s string) { w.WriteString(s); w.WriteByte('\n') }
	places := max(r.PercentPlaces, 2)
	finding := func(f houqin.Finding) { p("  [" + f.Severity.Label(tag) + "] " + f.MessageAt(tag, places)) }

	p(t("report.title", r.County.In(tag), houqin.SchoolYearLabel(tag, r.SchoolYear)))
	p(t("report.as_of", r.AsOf))
	p("")
	p(t("report.h_summary"))
	p(r.summaryText(tag))
	var grades []string
	for _, g := range r.Summary.Grades {
		if g.Schools > 0 { // a grade no school got is not listed
			grades = append(grades, t("report.grade_count", r.gradeName(g.Grade, tag), g.Schools))
		}
	}
	if len(grades) > 0 {
		p(t("report.grades", strings.Join(grades, t("report.list_sep"))))
	}

	p("")
	p(t("report.h_findings"))
	if len(r.Schools) == 0 {
		p(t("report.no_schools"))
	}
	for _, sr := range r.Schools {
		name := sr.Name.In(tag)
		var found []Dated // the settlements' findings (houqin.Notice) are the refunds below
		for _, d := range sr.Findings {
			if d.Severity >= houqin.Warning {
				found = append(found, d)
			}
		}
		if len(found) == 0 {
			p(t("report.school_clean", name))
			continue
		}
		p(t("report.school", name))
		for _, d := range found {
			f := d.Finding
			if d.Label.Hans != "" {
				f.Subject = d.Label.In(tag)
			}
			finding(f)
		}
	}

	p("")
	p(t("report.h_refunds"))
	n := 0
	for _, sr := range r.Schools {
		for _, rep := range sr.Fees {
			for _, st := range rep.Settlements {
				name := chargeName(st.Name, tag)
				switch st.Outcome {
				case fees.Refund:
					line := t("report.refund", sr.Name.In(tag), name, rep.Term.Label(tag),
						st.Collected, st.Actual, st.Balance, st.Balance.Daxie(tag), st.Pupils, st.Each, st.Each.Daxie(tag))
					if st.Extra > 0 {
						line += t("report.refund_extra", st.Extra, st.Each+1, (st.Each + 1).Daxie(tag))
					}
					p(line + t("report.end"))
					n++
				case fees.TopUp:
					p(t("report.top_up", sr.Name.In(tag), name, rep.Term.Label(tag),
						st.Collected, st.Actual, -st.Balance, st.Pupils, st.Each) + t("report.end"))
					n++
				}
			}
		}
	}
	if n == 0 {
		p(t("report.no_refunds"))
	}

	p("")
	p(t("report.h_insurance"))
	n = 0
	tallies := []*insurance.Tally{r.Insurance.Midyear, r.Insurance.Year}
	if claims(r.Insurance.Midyear) == 0 && claims(r.Insurance.Year) == 0 { // "no claims" is said once, of the year
		tallies = tallies[1:]
	}
	for _, tl := range tallies {
		if claims(tl) >= 0 {
			p(tl.Summary(tag))
			n++
		}
	}
	for _, k := range r.Insurance.Coverage.Kinds {
		if k.Kind == insurance.SchoolLiability && k.Enrolled > 0 {
			rate := string(format.AppendPercentAt(nil, int64(k.Rate), places))
			p(t("report.coverage", r.Insurance.kindName(k.Kind, tag), rate, k.Enrolled, k.Insured))
			n++
		}
	}
	if n == 0 {
		p(t("report.no_insurance"))
	}

	p("")
	p(t("report.h_ranking"))
	if len(r.Ranking.Places) == 0 {
		p(t("report.no_ranking"))
	} else if note := r.rankingNote(tag); note != "" {
		p(note)
	}
	for _, pl := range r.Ranking.Places {
		score := pl.Score.Decimal().StringFixed(2)
		var row string
		if grade := r.gradeName(pl.Grade, tag); grade != "" {
			row = t("report.rank_row", pl.Rank, r.nameOf(pl.School, tag), score, grade)
		} else {
			row = t("report.rank_row_ungraded", pl.Rank, r.nameOf(pl.School, tag), score)
		}
		if pl.Vetoed {
			row += t("report.vetoed")
		}
		if pl.Bottom {
			row += t("report.bottom")
		}
		p(row)
	}
	if len(r.Rectifications) == 0 && len(r.Ranking.Places) > 0 {
		p(t("report.no_rectify"))
	}
	for _, n := range r.Rectifications {
		p(t("report.rectify", r.nameOf(n.School, tag), n.Deadline))
	}
	for _, f := range r.Ranking.Findings {
		f.Subject = r.nameOf(f.Subject, tag)
		finding(f)
	}
}

// claims returns how many claims t holds, or -1 when there is no tally.
func claims(t *insurance.Tally) int {
	if t == nil || t.AsOf().IsZero() {
		return -1
	}
	return t.Len()
}

// summaryText writes the summary's sentences: the schools, what was
// checked, the findings. A part the county does not have (no canteen
// statements, no charges, no refunds, no claims) is left out, and a
// count of none is said once, in words.
func (r *Report) summaryText(tag language.Tag) string {
	t := func(key houqin.Code, args ...any) string { return houqin.Localize(tag, key, args...) }
	s := r.Summary
	var sentences, clauses []string
	if s.Schools > 0 {
		sentences = append(sentences, t("report.summary_schools", s.Schools))
	}
	switch {
	case s.Statements > 0 && s.StatementsBreaching > 0:
		clauses = append(clauses, t("report.summary_statements", s.Statements, s.StatementsBreaching))
	case s.Statements > 0:
		clauses = append(clauses, t("report.summary_statements_clean", s.Statements))
	}
	switch {
	case s.Charges > 0 && s.ChargesBreaching > 0:
		clauses = append(clauses, t("report.summary_charges", s.Charges, s.ChargesBreaching))
	case s.Charges > 0:
		clauses = append(clauses, t("report.summary_charges_clean", s.Charges))
	}
	if s.Refunds > 0 {
		c := t("report.summary_refunds", s.Refunds, s.Refunds.Daxie(tag))
		if s.RefundedPupils > 0 {
			c += t("report.summary_refunded_pupils", s.RefundedPupils)
		}
		clauses = append(clauses, c)
	}
	if s.Claims > 0 {
		clauses = append(clauses, t("report.summary_claims", s.Claims))
	}
	if len(clauses) > 0 {
		sentences = append(sentences, strings.Join(clauses, t("report.clause_sep"))+t("report.end"))
	}
	switch {
	case s.Violations > 0 && s.Warnings > 0:
		sentences = append(sentences, t("report.summary_found", s.Violations, s.Warnings))
	case s.Violations > 0:
		sentences = append(sentences, t("report.summary_violations", s.Violations))
	case s.Warnings > 0:
		sentences = append(sentences, t("report.summary_warnings", s.Warnings))
	default:
		sentences = append(sentences, t("report.summary_clean"))
	}
	out := sentences[0] // there is always the findings' sentence
	for _, x := range sentences[1:] {
		out = t("report.sentences", out, x)
	}
	return out
}

// gradeName names the grade with the given id, as the summary's counts
// name it; empty when it has none (a rubric without bands).
func (r *Report) gradeName(id string, tag language.Tag) string {
	if id == "" {
		return ""
	}
	for _, g := range r.Summary.Grades {
		if g.Grade == id {
			return g.Name.In(tag)
		}
	}
	return id
}

// nameOf names the school with the given ID, or returns the ID.
func (r *Report) nameOf(id string, tag language.Tag) string {
	for _, sr := range r.Schools {
		if sr.ID == id {
			return sr.Name.In(tag)
		}
	}
	return id
}

// kindName names a kind of insurance: by the report's names, or by the
// library's own for a built-in kind.
func (ir *InsuranceReport) kindName(k insurance.Kind, tag language.Tag) string {
	for _, n := range ir.KindNames {
		if n.Kind == k && n.Name.Hans != "" {
			return n.Name.In(tag)
		}
	}
	c, err := builtinKinds()
	if err != nil { // the default policy is valid: the insurance package's tests say so
		return string(k)
	}
	return c.KindName(k, tag)
}

// builtinKinds is a checker of the library's default policy: it names the
// built-in kinds of insurance.
var builtinKinds = sync.OnceValues(func() (*insurance.Checker, error) {
	return insurance.New(insurance.DefaultPolicy())
})

// Name is a name in the three languages of the circular: a county's, a
// school's, a grade's, or the place a finding is about. It is the
// assessment package's name (Hans required in a rubric; an empty Hant or En
// reads as Hans), so that a rubric's names pass into a report as they are.
type Name = assessment.Name

// nameIn writes a name in each of the three languages with f.
func nameIn(f func(language.Tag) string) Name {
	return Name{Hans: f(language.SimplifiedChinese), Hant: f(language.TraditionalChinese), En: f(language.English)}
}

// pick chooses the name for the language matched from tag, falling back
// to the Simplified Chinese one.
func pick(tag language.Tag, hans, hant, en string) string {
	return Name{Hans: hans, Hant: hant, En: en}.In(tag)
}

// periodLabel names a month, a term or a school year for a reader.
func periodLabel(tag language.Tag, p houqin.Period) string {
	cal := houqin.DefaultCalendar()
	y := cal.TermOf(p.From).Year
	switch {
	case p == houqin.MonthPeriod(p.From.Year, p.From.Month):
		return houqin.FormatMonth(tag, p.From.Year, p.From.Month)
	case p == houqin.Period{From: cal.Term(houqin.Term{Year: y, Semester: houqin.Autumn}).From,
		To: cal.Term(houqin.Term{Year: y, Semester: houqin.Spring}).To}:
		return houqin.SchoolYearLabel(tag, y)
	case p == cal.Term(cal.TermOf(p.From)):
		return cal.TermOf(p.From).Label(tag)
	}
	return p.String()
}

// chargeNames translates the sample's charge names; a host's own charges
// are written as the host named them.
var chargeNames = map[string][2]string{
	"作业本费":   {"作業本費", "exercise books"},
	"校服费":    {"校服費", "uniforms"},
	"学生饮用奶":  {"學生飲用奶", "student milk"},
	"学生平安保险": {"學生平安保險", "student accident insurance"},
	"教辅资料":   {"教輔資料", "study aids"},
	"饮用水费":   {"飲用水費", "drinking water"},
	"课后补课费":  {"課後補課費", "after-school tutoring"},
	"学费":     {"學費", "tuition"},
	"住宿费":    {"住宿費", "boarding"},
	"教材费":    {"教材費", "textbooks"},
}

// foodNames translates the meals and dishes of the sample's food-safety
// records; a host's own are written as the host named them.
var foodNames = map[string][2]string{
	"早餐": {"早餐", "breakfast"}, "午餐": {"午餐", "lunch"}, "晚餐": {"晚餐", "dinner"},
	"米饭": {"米飯", "rice"}, "馒头": {"饅頭", "steamed buns"}, "包子": {"包子", "stuffed buns"}, "面条": {"麵條", "noodles"},
	"煮鸡蛋": {"煮雞蛋", "boiled eggs"}, "小米粥": {"小米粥", "millet porridge"}, "豆浆": {"豆漿", "soy milk"}, "咸菜": {"鹹菜", "pickles"},
	"红烧肉": {"紅燒肉", "braised pork"}, "炒青菜": {"炒青菜", "stir-fried greens"}, "紫菜汤": {"紫菜湯", "seaweed soup"},
	"土豆烧鸡": {"土豆燒雞", "chicken with potatoes"}, "蒜蓉菠菜": {"蒜蓉菠菜", "spinach with garlic"}, "冬瓜汤": {"冬瓜湯", "winter melon soup"},
	"鱼香肉丝": {"魚香肉絲", "fish-fragrant pork"}, "炒豆角": {"炒豆角", "stir-fried beans"}, "番茄蛋汤": {"番茄蛋湯", "tomato and egg soup"},
	"肉末豆腐": {"肉末豆腐", "tofu with minced pork"}, "清炒白菜": {"清炒白菜", "stir-fried cabbage"}, "青椒肉丝": {"青椒肉絲", "pork with green pepper"},
	"凉拌黄瓜": {"涼拌黃瓜", "cucumber salad"}, "番茄炒蛋": {"番茄炒蛋", "tomato and egg"}, "炒土豆丝": {"炒土豆絲", "shredded potato"},
	"红烧鸡块": {"紅燒雞塊", "braised chicken"}, "紫菜蛋汤": {"紫菜蛋湯", "seaweed and egg soup"}, "肉末茄子": {"肉末茄子", "aubergine with minced pork"},
	"炒豆芽": {"炒豆芽", "bean sprouts"}, "萝卜汤": {"蘿蔔湯", "radish soup"},
}

// foodName names a meal, or a meal and a dish ("晚餐/清炒白菜"), for a reader.
func foodName(subject string, tag language.Tag) string {
	parts := strings.Split(subject, "/")
	for i, p := range parts {
		n, ok := foodNames[p]
		if ok {
			parts[i] = pick(tag, p, n[0], n[1])
		}
	}
	return strings.Join(parts, "/")
}

func chargeName(name string, tag language.Tag) string {
	n := chargeNames[name]
	return pick(tag, name, n[0], n[1])
}

// areas are the order of a school's findings by area.
var areas = []string{"canteen", "fees", "insurance", "assessment"}

// sortDated orders a school's findings by area (canteen, fees, insurance,
// assessment), worst first, then by day, then by code and subject.
func sortDated(ds []Dated) {
	area := func(s string) int {
		if i := slices.Index(areas, s); i >= 0 {
			return i
		}
		return len(areas)
	}
	slices.SortStableFunc(ds, func(a, b Dated) int {
		if c := area(a.Source) - area(b.Source); c != 0 {
			return c
		}
		if a.Severity != b.Severity {
			return int(b.Severity) - int(a.Severity)
		}
		if c := a.On.Compare(b.On); c != 0 {
			return c
		}
		if c := strings.Compare(string(a.Code), string(b.Code)); c != 0 {
			return c
		}
		return strings.Compare(a.Subject, b.Subject)
	})
}

// rankingNote says how the rounds combine into the year's rank, from the
// county's assessment policy: the number of rounds and their weights in
// turn, or that they weigh the same. A single round needs no note, nor do
// weights that are not one a round.
func (r *Report) rankingNote(tag language.Tag) string {
	n := len(r.Rounds)
	if n < 2 {
		return ""
	}
	ws := r.Weights
	if len(ws) == 0 {
		return houqin.Localize(tag, "report.ranking_equal", n)
	}
	if len(ws) != n {
		return ""
	}
	sep := "、"
	if lang.Of(tag) == lang.En {
		sep = ", "
	}
	parts := make([]string, len(ws))
	for i, w := range ws {
		ratio, err := houqin.RatioOf("weights", w) // validated by assessment.New, when Build made r
		if err != nil {
			return ""
		}
		parts[i] = string(format.AppendPlain(nil, int64(ratio), 6)) + "%" // 10⁻⁸ of one is 10⁻⁶ of a percent
	}
	return houqin.Localize(tag, "report.ranking_weights", n, strings.Join(parts, sep))
}
