// Package report writes the county circular (学校后勤管理工作通报) a county
// logistics office circulates for a school year: every school's canteen
// statements, fees and insurance checked, the term-end refunds in figures
// and in 大写, the insurance figures, and every school scored on the
// rubric, ranked, with the schools that must rectify.
//
// It is not a rule package: it decides nothing itself. It imports the rule
// packages (canteen, fees, insurance, assessment), runs them over a
// county's year ([County], [Build]) and lays out what they found, as plain
// text in Simplified Chinese, Traditional Chinese and English with a
// stable layout ([Report.Text]), and as the same content in a struct with
// JSON tags ([Report]) for a host that lays it out in its own template.
// The text is written from the Report's exported fields alone: a host may
// store a Report as JSON and render it later, or assemble one from results
// it got by calling the rule packages itself ([Report.Summarize] counts
// its summary). A part of the year the county does not have (no canteen
// statements, no charges, no refunds, no claims, a grade no school got)
// is left out of the text, never written as a count of none.
// Like the rest of the library it is pure: values in, text out; no I/O and
// no clock (the day of the report is [County.AsOf]).
package report
