package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/format"
	"github.com/houqin-go/houqin/internal/lang"
	"golang.org/x/text/language"
)

// maxListed is how many problems of one data file are listed; the rest are
// counted.
const maxListed = 20

// A dataError is every problem of a -data file, written for the clerk who
// keeps the file: in the report's language, each with the line of the file
// and where the value sits as a person counts (the first school is school
// 1), and a count of the problems beyond maxListed. It matches
// houqin.ErrInvalidInput, and errors.As finds each *houqin.InputError.
type dataError struct {
	text string
	errs []*houqin.InputError
}

func (e *dataError) Error() string { return e.text }

func (e *dataError) Unwrap() []error {
	out := make([]error, len(e.errs))
	for i, x := range e.errs {
		out[i] = x
	}
	return out
}

// explain writes err, the problems of the data read from name, for a
// clerk in tag's language. An error that holds no *houqin.InputError (a
// file that cannot be opened) is returned as it is.
func explain(tag language.Tag, name string, data []byte, err error) error {
	errs := houqin.InputErrors(err)
	if len(errs) == 0 {
		return err
	}
	l := lang.Of(tag)
	var b strings.Builder
	n := int64(len(errs))
	switch {
	case name == "":
		b.WriteString(say(l, "数据有", "資料有", "The data has "))
	default:
		b.WriteString(name)
		b.WriteString(say(l, "有", "有", " has "))
	}
	b.Write(format.AppendNumber(nil, l, n, 0))
	b.WriteString(say(l, "处问题：", "處問題：", plural(n, " problem:", " problems:")))
	for i, e := range errs {
		if i == maxListed {
			rest := n - maxListed
			b.WriteString("\n  ")
			b.WriteString(say(l, "另有", "另有", "and "))
			b.Write(format.AppendNumber(nil, l, rest, 0))
			b.WriteString(say(l, "处问题未列出；请先改正以上问题。", "處問題未列出；請先改正以上問題。",
				plural(rest, " more problem not listed; correct the ones above first.", " more problems not listed; correct the ones above first.")))
			break
		}
		b.WriteString("\n  ")
		b.WriteString(describe(l, data, e))
	}
	return &dataError{text: b.String(), errs: errs}
}

// describe writes one problem: "第57行：第1所学校 › 食堂 › 第1份月报 › 第1行 ›
// 金额：不能为负数".
func describe(l lang.Lang, data []byte, e *houqin.InputError) string {
	var b strings.Builder
	line, reason := lineOf(data, e.Field), e.Reason
	if at, rest, ok := strings.Cut(reason, ": "); ok && strings.HasPrefix(at, "line ") {
		if n, err := strconv.Atoi(strings.TrimPrefix(at, "line ")); err == nil {
			line, reason = n, rest
		}
	}
	if line > 0 {
		b.WriteString(say(l, "文件第", "文件第", "file line "))
		b.WriteString(strconv.Itoa(line))
		b.WriteString(say(l, "行：", "行：", ": "))
	}
	if where := placeName(l, e.Field); where != "" {
		b.WriteString(where)
		b.WriteString(say(l, "：", "：", ": "))
	}
	b.WriteString(reasonText(l, reason))
	return b.String()
}

// say chooses the text of l.
func say(l lang.Lang, hans, hant, en string) string {
	switch l {
	case lang.Hant:
		return hant
	case lang.En:
		return en
	}
	return hans
}

func plural(n int64, one, other string) string {
	if n == 1 {
		return one
	}
	return other
}

// A word names a key of the county's JSON for a clerk: a list's member with
// its measure word ("第%d所学校", "school %d") or a field.
type word struct{ hans, hant, en string }

// items are the lists of the county file, one member named by its
// 1-based place.
var items = map[string]word{
	"schools":     {"第%d所学校", "第%d所學校", "school %d"},
	"statements":  {"第%d份月报", "第%d份月報", "statement %d"},
	"lines":       {"第%d行", "第%d行", "line %d"},
	"purchases":   {"第%d笔采购", "第%d筆採購", "purchase %d"},
	"rosters":     {"第%d份人员名册", "第%d份人員名冊", "roster %d"},
	"workers":     {"第%d名员工", "第%d名員工", "worker %d"},
	"fees":        {"第%d个学期的收费", "第%d個學期的收費", "fee filing %d"},
	"charges":     {"第%d项收费", "第%d項收費", "charge %d"},
	"settlements": {"第%d项结算", "第%d項結算", "settlement %d"},
	"leavers":     {"第%d名离校学生", "第%d名離校學生", "leaver %d"},
	"claims":      {"第%d件理赔", "第%d件理賠", "claim %d"},
	"rounds":      {"第%d轮考核", "第%d輪考核", "round %d"},
	"inspections": {"第%d次检查记录", "第%d次檢查記錄", "inspection %d"},
	"enrollments": {"第%d条投保记录", "第%d條投保記錄", "enrolment %d"},
	"premiums":    {"第%d笔保费", "第%d筆保費", "premium %d"},
	"bus_covers":  {"第%d份校车保单", "第%d份校車保單", "bus cover %d"},
	"bus_runs":    {"第%d条校车线路", "第%d條校車線路", "bus run %d"},
	"suppliers":   {"第%d家供应商", "第%d家供應商", "supplier %d"},
	"items":       {"第%d项", "第%d項", "item %d"},
	"sections":    {"第%d部分", "第%d部分", "section %d"},
	"notes":       {"第%d条说明", "第%d條說明", "note %d"},
	"accounts":    {"第%d个账户", "第%d個賬戶", "account %d"},
	"records":     {"第%d份食品安全记录", "第%d份食品安全記錄", "food-safety record %d"},
	"samples":     {"第%d份留样", "第%d份留樣", "sample %d"},
	"accompanied": {"第%d条陪餐记录", "第%d條陪餐記錄", "accompanied meal %d"},
	"subsidy":     {"第%d份营养改善计划补助账", "第%d份營養改善計劃補助賬", "subsidy account %d"},
	"days":        {"第%d个供餐日", "第%d個供餐日", "meal day %d"},
	"duties":      {"第%d项岗位", "第%d項崗位", "duty %d"},
	"meals":       {"第%d餐", "第%d餐", "meal %d"},
}

// fields are the other keys a clerk meets in a problem.
var fields = map[string]word{
	"name": {"名称", "名稱", "name"}, "id": {"编号", "編號", "ID"}, "amount": {"金额", "金額", "amount"},
	"pupils": {"学生人数", "學生人數", "pupils"}, "published": {"公示日期", "公示日期", "day published"},
	"collected": {"收取日期", "收取日期", "day collected"}, "stage": {"学段", "學段", "school stage"},
	"canteen": {"食堂", "食堂", "canteen"}, "insurance": {"保险", "保險", "insurance"},
	"as_of": {"报告日期", "報告日期", "report day"}, "claims_as_of": {"理赔统计日期", "理賠統計日期", "claims day"},
	"on": {"日期", "日期", "day"}, "period": {"期间", "期間", "period"}, "school": {"学校", "學校", "school"},
	"revenue": {"营业收入", "營業收入", "revenue"}, "term": {"学期", "學期", "term"},
	"term_end": {"学期结束日", "學期結束日", "end of term"}, "price": {"单价", "單價", "price"},
	"standard": {"收费标准", "收費標準", "approved rate"}, "fee_catalog": {"收费目录", "收費目錄", "fee catalogue"},
	"grams": {"留样重量", "留樣重量", "sample weight"}, "received": {"到账补助", "到賬補助", "subsidy received"},
	"opening": {"期初余额", "期初餘額", "opening balance"}, "closing": {"期末余额", "期末餘額", "closing balance"},
	"role": {"岗位", "崗位", "role"}, "person": {"人员", "人員", "person"}, "meals": {"就餐人次", "就餐人次", "meals"},
	"assessment": {"考核办法", "考核辦法", "assessment policy"}, "rubric": {"考核细则", "考核細則", "rubric"},
	"school_year": {"学年", "學年", "school year"}, "kind": {"类别", "類別", "kind"},
	"status": {"状态", "狀態", "status"}, "paid": {"赔付金额", "賠付金額", "amount paid"},
	"claimed": {"报案金额", "報案金額", "amount claimed"}, "category": {"类别", "類別", "category"},
}

// placeName writes a field path of the county file for a clerk:
// "schools[0].canteen.statements[0].lines[0].amount" is "第1所学校 › 食堂 ›
// 第1份月报 › 第1行 › 金额" or "school 1, canteen, statement 1, line 1, amount".
// A key it has no word for is written as it stands in the file, quoted.
func placeName(l lang.Lang, path string) string {
	if path == "" {
		return ""
	}
	sep := say(l, " › ", " › ", ", ")
	var parts []string
	for _, seg := range strings.Split(path, ".") {
		key, rest, _ := strings.Cut(seg, "[")
		var idx []int
		for rest != "" {
			num, after, ok := strings.Cut(rest, "]")
			n, err := strconv.Atoi(num)
			if !ok || err != nil {
				idx = nil
				break
			}
			idx = append(idx, n)
			rest = strings.TrimPrefix(after, "[")
		}
		w, isList := items[key]
		_, isField := fields[key] // "meals": a list of the records, a count of a meal day
		switch {
		case len(idx) == 1 && isList:
			parts = append(parts, strings.Replace(say(l, w.hans, w.hant, w.en), "%d", strconv.Itoa(idx[0]+1), 1))
		case len(idx) == 0 && isList && !isField:
			parts = append(parts, strings.NewReplacer("第%d", "", " %d", "s").Replace(say(l, w.hans, w.hant, w.en)))
		default:
			f, ok := fields[key]
			name := say(l, f.hans, f.hant, f.en)
			if !ok {
				name = say(l, "“"+key+"”栏", "「"+key+"」欄", `field "`+key+`"`)
			}
			for _, n := range idx {
				name += say(l, "第"+strconv.Itoa(n+1)+"项", "第"+strconv.Itoa(n+1)+"項", " "+strconv.Itoa(n+1))
			}
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, sep)
}

// reasonText writes the library's reason for a clerk: the reasons a county
// file meets in words of l; another reason as the library wrote it.
func reasonText(l lang.Lang, r string) string {
	switch {
	case r == "negative" || strings.HasPrefix(r, "negative: "):
		return say(l, "不能为负数", "不能為負數", "must not be negative")
	case r == "missing" || r == "required":
		return say(l, "未填写", "未填寫", "missing")
	case r == "0, but the premium was paid by pupils: give the pupils charged":
		return say(l, "填写为0，但保费由学生缴纳：请填写缴费学生人数", "填寫為0，但保費由學生繳納：請填寫繳費學生人數",
			"0, but the pupils paid the premium: give how many pupils paid")
	case r == "0, but the school collected the premium: give the pupils it was collected for":
		return say(l, "填写为0，但保费由学校代收：请填写代收的学生人数", "填寫為0，但保費由學校代收：請填寫代收的學生人數",
			"0, but the school collected the premium: give how many pupils it collected it from")
	case r == "0, but the premium covers poor pupils: give how many":
		return say(l, "填写为0，但保费用于困难学生：请填写困难学生人数", "填寫為0，但保費用於困難學生：請填寫困難學生人數",
			"0, but the premium covers poor pupils: give how many")
	case r == "no schools":
		return say(l, "没有任何学校", "沒有任何學校", "no schools are listed")
	case r == "no assessment rounds":
		return say(l, "没有考核轮次", "沒有考核輪次", "no assessment rounds are listed")
	case r == "the JSON ends too soon":
		return say(l, "文件在结尾之前中断（缺少右括号或引号）", "文件在結尾之前中斷（缺少右括號或引號）",
			"the file ends too soon (a closing bracket or quote is missing)")
	case r == "trailing data after the county":
		return say(l, "县的数据结束后还有多余的内容", "縣的資料結束後還有多餘的內容", "there is more text after the county's data")
	case strings.HasPrefix(r, "finer than a fen") || strings.HasPrefix(r, "more than two decimal places"):
		return say(l, "金额只能精确到分（最多两位小数）", "金額只能精確到分（最多兩位小數）",
			"an amount has at most two decimals (fen)") + quotedTail(l, r)
	case strings.HasPrefix(r, "beyond the bound"):
		return say(l, "金额超出一万亿元", "金額超出一萬億元", "the amount is beyond a trillion yuan")
	case strings.HasSuffix(r, " does not exist"):
		return say(l, "日历上没有这一天：", "日曆上沒有這一天：", "no such day: ") + strings.TrimSuffix(r, " does not exist")
	case strings.HasPrefix(r, "want a date as YYYY-MM-DD, got "):
		return say(l, "日期应写成YYYY-MM-DD，这里是", "日期應寫成YYYY-MM-DD，這裡是", "write a day as YYYY-MM-DD, not ") +
			strings.TrimPrefix(r, "want a date as YYYY-MM-DD, got ")
	case strings.HasPrefix(r, "unknown field "):
		return say(l, "文件格式里没有这一栏（是否拼错？）", "文件格式裡沒有這一欄（是否拼錯？）",
			"the file has no such field (a misspelling?)")
	case strings.HasPrefix(r, "unknown school "):
		return say(l, "没有这个编号的学校：", "沒有這個編號的學校：", "no school has the ID ") + strings.TrimPrefix(r, "unknown school ")
	case strings.HasPrefix(r, "JSON syntax error"):
		return say(l, "这里不是正确的JSON写法（检查逗号、引号和括号）", "這裡不是正確的JSON寫法（檢查逗號、引號和括號）",
			"this is not well-formed JSON (check the commas, quotes and brackets)")
	case strings.HasPrefix(r, "want "):
		if want, got, ok := strings.Cut(strings.TrimPrefix(r, "want "), ", got JSON "); ok {
			return say(l, "这里应填", "這裡應填", "this should be ") + kindName(l, want) +
				say(l, "，实际是", "，實際是", ", not ") + kindName(l, got)
		}
	case strings.HasPrefix(r, "must lie between "):
		if bounds, got, ok := strings.Cut(strings.TrimPrefix(r, "must lie between "), ", got "); ok {
			if lo, hi, ok := strings.Cut(bounds, " and "); ok {
				return say(l, "应在"+lo+"至"+hi+"之间，这里是"+got, "應在"+lo+"至"+hi+"之間，這裡是"+got, r)
			}
		}
	case strings.Contains(r, "decimal"):
		return say(l, "不是金额（请写成如1234.50的元数）", "不是金額（請寫成如1234.50的元數）",
			"not an amount (write yuan such as 1234.50)")
	}
	if v, d, ok := strings.Cut(r, " is also "); ok {
		return v + say(l, "与", "與", " is also the ID of ") + placeName(l, d) + say(l, "的编号重复", "的編號重複", "")
	}
	if id, ok := strings.CutPrefix(r, "duplicate claim id "); ok {
		return say(l, "理赔编号重复：", "理賠編號重複：", "the claim ID is used twice: ") + id
	}
	if m := unknownValue.FindStringSubmatch(r); m != nil {
		return say(l, "不认识的取值", "不認識的取值", "unknown value ") + m[1] + say(l, "（可填：", "（可填：", " (one of: ") + m[2] + say(l, "）", "）", ")")
	}
	return r
}

// unknownValue is an enum's refusal: unknown stage "college" (want
// kindergarten, primary or junior_secondary).
var unknownValue = regexp.MustCompile(`^unknown [a-z ]+ ("[^"]*") \(want ([^)]*)\)$`)

// quotedTail returns ": 123.456" from a reason that ends in the value it
// refused.
func quotedTail(l lang.Lang, r string) string {
	if i := strings.LastIndex(r, ": "); i >= 0 {
		return say(l, "：", "：", ": ") + r[i+2:]
	}
	return ""
}

// kindName names a JSON kind or a Go type of a value for a clerk.
func kindName(l lang.Lang, t string) string {
	switch {
	case t == "string":
		return say(l, "文字", "文字", "text")
	case t == "number" || strings.HasPrefix(t, "int") || strings.HasPrefix(t, "uint") || strings.HasPrefix(t, "float"):
		return say(l, "数字", "數字", "a number")
	case t == "bool":
		return say(l, "true 或 false", "true 或 false", "true or false")
	case t == "array" || strings.HasPrefix(t, "[]"):
		return say(l, "列表（[…]）", "列表（[…]）", "a list ([…])")
	case t == "object" || strings.HasPrefix(t, "map[") || strings.Contains(t, "."):
		return say(l, "一组字段（{…}）", "一組欄位（{…}）", "a record ({…})")
	}
	return t
}

// jsonKind is the name kindName reads for a Go type.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Bool:
		return "bool"
	case reflect.Slice, reflect.Array:
		return "array"
	}
	return "object"
}

// lineOf returns the line of data where the value at path begins, or 0
// when path is not in data.
func lineOf(data []byte, path string) int {
	start, _ := spanOf(data, path)
	if start < 0 {
		return 0
	}
	return lineAt(data, start)
}

// spanOf returns where the value at path begins in data and, for a value
// that is not a list or a record, where it ends; -1, -1 when path is not
// in data.
func spanOf(data []byte, path string) (start, end int64) {
	if path == "" {
		return -1, -1
	}
	type frame struct {
		array bool
		index int
		key   string
	}
	var stack []frame
	cur := func() string {
		var b strings.Builder
		for _, f := range stack {
			if f.array {
				b.WriteString("[" + strconv.Itoa(f.index) + "]")
			} else if f.key != "" {
				if b.Len() > 0 {
					b.WriteByte('.')
				}
				b.WriteString(f.key)
			}
		}
		return b.String()
	}
	skip := func(off int64) int64 { // past the separators before a value
		for off < int64(len(data)) && strings.IndexByte(", \t\r\n:", data[off]) >= 0 {
			off++
		}
		return off
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	expectKey, found := false, false
	for {
		off := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return -1, -1
		}
		if found { // the value of the key that matched
			start = skip(off)
			if d, ok := tok.(json.Delim); ok && (d == '{' || d == '[') {
				return start, -1
			}
			return start, dec.InputOffset()
		}
		top := len(stack) - 1
		if key, ok := tok.(string); ok && expectKey && top >= 0 && !stack[top].array {
			stack[top].key = key
			expectKey = false
			found = cur() == path
			continue
		}
		if top >= 0 && stack[top].array && cur() == path {
			if d, ok := tok.(json.Delim); !ok || d == '{' || d == '[' {
				if ok {
					return skip(off), -1
				}
				return skip(off), dec.InputOffset()
			}
		}
		if d, ok := tok.(json.Delim); ok {
			if d == '{' || d == '[' {
				stack = append(stack, frame{array: d == '['})
				expectKey = d == '{'
				continue
			}
			stack = stack[:top]
			top--
		}
		if top >= 0 {
			if stack[top].array {
				stack[top].index++
			} else {
				expectKey = true
			}
		}
	}
}

// errNoLang is the error of an unknown -lang: it lists the accepted values.
var errNoLang = errors.New("accepted values are zh-Hans (简体中文), zh-Hant (繁體中文) and en (English); zh-CN, zh-TW, zh-HK and en-GB are read as the nearest of them")

// parseLang reads -lang: Chinese or English, in any form language.Parse
// reads; another language is an error that lists the accepted values.
func parseLang(s string) (language.Tag, error) {
	tag, err := language.Parse(s)
	if err != nil {
		return language.Und, errNoLang
	}
	if base, _ := tag.Base(); base.String() != "zh" && base.String() != "en" {
		return language.Und, errNoLang
	}
	return tag, nil
}
