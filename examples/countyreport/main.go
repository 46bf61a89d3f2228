// Command countyreport runs a county's school year through the whole
// library and prints the report a county logistics office would circulate
// (学校后勤管理工作通报): every school's canteen statements, fees and insurance
// checked, refund lines with amounts in figures and in 大写, the insurance
// sentence, and every school scored on the rubric — the findings feed it —
// ranked, with the schools that must rectify.
//
// Usage:
//
//	go run ./examples/countyreport [-lang zh-Hans|zh-Hant|en] [-json] [-data FILE] [-dump]
//
// With no flags it reads the built-in county, county.json in this
// directory, embedded in the program: twelve schools of a fictional county
// through the school year 2025–2026, with the kinds of breach the source
// documents in SOURCES.md rule on (a surplus over 5%, teachers' bonuses out
// of the canteen, a compulsory uniform charge, an unpublished settlement, a
// coverage gap, a food-poisoning veto; a food sample missed, nutrition
// subsidy paid as wages and meals claimed beyond the pupils, a staff-meal
// account at a loss, a cashier who keeps the books, a failing school's
// result counted in its principal's performance) and the claims figures of
// 监利县学校后勤管理工作会议讲话（上半年工作总结） (26 school-liability and 1521
// student-accident claims by the end of May); its "notes" say where each
// breach is. -data reads another county in the same shape, by the
// same code; -dump writes the county's JSON exactly as read (county.json
// itself by default): copy it, edit it and read it back with -data to try
// your own county.
//
// A school's canteen holds, besides its monthly statements (checked as a
// chain, each account's balance carried into the next month; a canteen
// that keeps pupils' and staff meals apart gives each statement's
// "accounts"), purchases and rosters: its food-safety "records"
// (canteen.Records: meals, samples, accompanied meals, morning checks), the
// school's nutrition "subsidy" accounts (canteen.SubsidyAccount, one a
// month, "school" the school's id, judged on "as_of") and the "duties" of
// its accounts (canteen.Duty). The county's "assessment" policy may say
// what each grade band carries ("consequences").
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/houqin-go/houqin/report"
)

// countyJSON is the built-in county: county.json, read by parseCounty like
// any -data file.
//
//go:embed county.json
var countyJSON []byte

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "countyreport:", err)
		os.Exit(1)
	}
}

// usage is the first paragraph of -h.
const usage = `Usage: countyreport [-lang zh-Hans|zh-Hant|en] [-json] [-data FILE] [-dump]

Prints the school logistics report (学校后勤管理工作通报) of the built-in county,
or of the county in FILE. Flags:
`

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("countyreport", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "zh-Hans", "language of the report: zh-Hans, zh-Hant or en")
	asJSON := fs.Bool("json", false, "write the whole result as JSON for a host")
	dataFile := fs.String("data", "", "read the county from this JSON file instead of the built-in county.json")
	dump := fs.Bool("dump", false, "write the county's JSON exactly as read (the built-in county.json, or the -data file) and stop")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	for _, a := range args { // -h is asked for: the usage goes to stdout
		if a == "-h" || a == "-help" || a == "--help" || a == "--h" {
			fs.SetOutput(stdout)
		}
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	tag, err := parseLang(*lang)
	if err != nil {
		return fmt.Errorf("-lang %q: %w", *lang, err)
	}

	data := countyJSON
	if *dataFile != "" {
		f, err := os.Open(*dataFile)
		if err != nil {
			return err
		}
		data, err = readCounty(f)
		f.Close()
		if err != nil {
			return explain(tag, *dataFile, nil, err)
		}
	}
	county, err := parseCounty(data)
	if err != nil {
		return explain(tag, *dataFile, bytes.TrimPrefix(data, bom), err)
	}
	if *dump {
		_, err := stdout.Write(data)
		return err
	}
	rep, err := report.Build(&county)
	if err != nil {
		return explain(tag, *dataFile, bytes.TrimPrefix(data, bom), err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	_, err = io.WriteString(stdout, rep.Text(tag))
	return err
}
