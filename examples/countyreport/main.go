// Command countyreport runs a county's school year through the whole
// library and prints the report a county logistics office would circulate
// (学校后勤管理工作通报): every school's canteen statements, fees and insurance
// checked, refund notices with amounts in figures and in 大写, the insurance
// sentence, and every school scored on the rubric — the findings feed it —
// ranked, with the schools that must rectify.
//
// Usage:
//
//	go run ./examples/countyreport [-lang zh-Hans|zh-Hant|en] [-json] [-data FILE] [-dump]
//
// With no flags it reads the built-in sample county: twelve schools of a
// fictional county through the school year 2025–2026, with the seeds'
// breaches (a surplus over 5%, teachers' bonuses out of the canteen, a
// compulsory uniform charge, an unpublished settlement, a coverage gap, a
// food-poisoning veto) and the seeds' figures (26 school-liability and 1521
// student-accident claims by the end of May). -dump writes that county as
// JSON: edit it and read it back with -data to try your own county.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/language"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "countyreport:", err)
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("countyreport", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "zh-Hans", "language of the report: zh-Hans, zh-Hant or en")
	asJSON := fs.Bool("json", false, "write the whole result as JSON for a host")
	data := fs.String("data", "", "read the county from this JSON file instead of the built-in sample")
	dump := fs.Bool("dump", false, "write the county's data as JSON (a template for -data) and stop")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	tag, err := language.Parse(*lang)
	if err != nil {
		return fmt.Errorf("-lang %q: %w", *lang, err)
	}

	county := sampleCounty()
	if *data != "" {
		f, err := os.Open(*data)
		if err != nil {
			return err
		}
		county, err = readCounty(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", *data, err)
		}
	}
	if *dump {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(county)
	}
	if err := county.validate(); err != nil {
		return err
	}
	rep, err := build(&county)
	if err != nil {
		if *data != "" {
			return fmt.Errorf("%s: %w", *data, err)
		}
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	rep.render(stdout, tag)
	return nil
}
