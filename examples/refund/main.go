// Command refund splits a term-end refund exactly over a class of pupils and
// prints the refund list for the parents (退费通知): each pupil's share in
// figures and in the upper-case financial numerals of Chinese receipts
// (大写金额).
//
// Usage:
//
//	go run ./examples/refund [-lang zh-Hans|zh-Hant|en] [-total 1000.00] [-pupils 45]
//
// By default it refunds ¥1,000.00 of exercise-book money collected beyond
// the actual cost over the 45 pupils of a built-in class. The shares sum to
// the total exactly: each pupil gets the total divided by the class,
// truncated to the fen, and the fen left over go one each to the first
// pupils on the roll (houqin.SplitEven).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/houqin-go/houqin"
	"golang.org/x/text/language"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "refund:", err)
		os.Exit(2)
	}
}

// usage is the first paragraph of -h.
const usage = `Usage: refund [-lang zh-Hans|zh-Hant|en] [-total 1000.00] [-pupils 45]

Splits a term-end refund exactly over a class and prints the list for the
parents (退费通知). Flags:
`

// The example's own texts, registered the way a host registers its codes.
func init() {
	if err := houqin.RegisterMessages(
		houqin.Message{Code: "refund.class", Hans: "四年级三班", Hant: "四年級三班", En: "Class 3, Grade 4"},
		houqin.Message{Code: "refund.title",
			Hans: "%[1]s 作业本代收费结算退费通知",
			Hant: "%[1]s 作業本代收費結算退費通知",
			En:   "%[1]s: refund of exercise-book money"},
		houqin.Message{Code: "refund.total",
			Hans: "多收金额 %[1]s（%[2]s），退还 %[3]s 名学生：",
			Hant: "多收金額 %[1]s（%[2]s），退還 %[3]s 名學生：",
			En:   "Collected beyond cost: %[1]s (%[2]s), refunded to %[3]s {3:pupil|pupils}:"},
		houqin.Message{Code: "refund.rule",
			Hans: "每人 %[1]s，其中前 %[2]s 名各多退 1 分，合计与多收金额分毫不差。",
			Hant: "每人 %[1]s，其中前 %[2]s 名各多退 1 分，合計與多收金額分毫不差。",
			En:   "%[1]s each; %[2]s {2:pupil|pupils} at the top of the roll {2:gets|get} one fen more, so the refunds sum to the total exactly."},
		houqin.Message{Code: "refund.even",
			Hans: "每人 %[1]s，合计与多收金额分毫不差。",
			Hant: "每人 %[1]s，合計與多收金額分毫不差。",
			En:   "%[1]s each, so the refunds sum to the total exactly."},
		houqin.Message{Code: "refund.sum",
			Hans: "合计 %[1]s（%[2]s）",
			Hant: "合計 %[1]s（%[2]s）",
			En:   "Total %[1]s (%[2]s)"},
	); err != nil {
		panic(err)
	}
}

// class is the built-in roll of Class 3, Grade 4.
var class = []string{
	"安心怡", "白子轩", "蔡雨桐", "曹一鸣", "陈思远", "程嘉怡", "崔浩然", "戴雨萱", "邓子涵", "丁梓萌",
	"杜宇航", "范欣妍", "方俊熙", "冯诗琪", "高梓轩", "龚雨涵", "郭子墨", "韩沐阳", "何欣怡", "胡一诺",
	"黄子睿", "贾若曦", "江浩宇", "姜语桐", "金梓豪", "康欣然", "黎子萱", "李沐宸", "梁诗涵", "林浩轩",
	"刘一菲", "龙子航", "卢思琪", "陆梓睿", "罗雨欣", "马浩然", "孟子怡", "潘宇轩", "彭诗雨", "钱梓涵",
	"秦浩宇", "任欣妍", "沈子墨", "石雨桐", "宋俊杰",
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("refund", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	lang := fs.String("lang", "zh-Hans", "language of the refund list: zh-Hans, zh-Hant or en")
	totalText := fs.String("total", "1000.00", "the money collected beyond the actual cost, in yuan")
	pupils := fs.Int("pupils", len(class), "the number of pupils to refund")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	tag, err := language.Parse(*lang)
	if base, _ := tag.Base(); err != nil || (base.String() != "zh" && base.String() != "en") {
		return fmt.Errorf("-lang %q: accepted values are zh-Hans (简体中文), zh-Hant (繁體中文) and en (English)", *lang)
	}
	var total houqin.Fen
	if err := total.UnmarshalText([]byte(*totalText)); err != nil {
		return fmt.Errorf("-total: %w", err)
	}
	if total < 0 {
		return houqin.WithField("-total", houqin.Invalid("", "a refund is not negative: "+*totalText))
	}
	if *pupils > 10_000 {
		return fmt.Errorf("-pupils: more than a school of 10,000")
	}
	each, extra, err := houqin.SplitEven(total, *pupils)
	if err != nil {
		return fmt.Errorf("-pupils: %w", err)
	}
	// Pupil i gets each, and one fen more when i < extra.
	one := houqin.Fen(1)

	fmt.Fprintln(out, houqin.Localize(tag, "refund.title", houqin.Localize(tag, "refund.class")))
	fmt.Fprintln(out, houqin.Localize(tag, "refund.total", total, total.Daxie(tag), *pupils))
	if extra > 0 {
		fmt.Fprintln(out, houqin.Localize(tag, "refund.rule", each, extra))
	} else { // no pupil gets a fen more: no sentence about none
		fmt.Fprintln(out, houqin.Localize(tag, "refund.even", each))
	}
	fmt.Fprintln(out)
	var sum houqin.Fen
	for i := range *pupils {
		p := each
		if i < extra {
			p += one
		}
		name := fmt.Sprintf("No.%d", i+1)
		if i < len(class) {
			name = class[i]
		}
		fmt.Fprintf(out, "%3d  %-6s %12s  %s\n", i+1, name, p.Format(tag), p.Daxie(tag))
		sum += p
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, houqin.Localize(tag, "refund.sum", sum, sum.Daxie(tag)))
	return nil
}
