// Package houqin is the rulebook of Chinese school logistics management
// (学校后勤管理): an embeddable library that checks canteen finances against
// the surplus ceiling, audits school fees, tallies insurance claims exactly
// and scores schools on logistics rubrics.
//
// County and city education bureaus and the schools under them run Go
// services that hold their data; they import houqin and hand it plain Go
// values: a canteen's monthly statement, a term's fee charges, a county's
// insurance claims, a school's inspection observations. They get back exact
// figures and findings that explain themselves in Simplified Chinese,
// Traditional Chinese and English.
//
// # No I/O
//
// The library does no I/O: no files, network, clock, environment, logging or
// global mutable state beyond the registry of message texts that packages
// fill at init. The host owns storage and time (every date is an argument);
// the library owns the rules. Every entry point is pure, deterministic and
// safe for concurrent use.
//
// # Packages
//
// This root package holds the vocabulary the rule packages speak:
//
//   - [Code], [Severity], [Fact], [Finding] and [Findings]: the outcome of a
//     rule, with its figures, in a deterministic order, and [Findings.Err]
//     for callers who prefer errors;
//   - [ErrInvalidInput] and [*InputError]: bad input is an error naming the
//     field and the reason, never a finding and never a panic;
//   - money: amounts are decimal.Decimal yuan exact to the fen, checked with
//     [FenOf] before any arithmetic, parsed from a clerk's text with
//     [ParseYuan], rounded with [RoundFen], split with [Allocate] and
//     [AllocateWeighted] so that the parts always sum to the total, written
//     with [FormatFen] and in upper-case financial numerals with [Daxie];
//   - [Ratio]: exact proportions (a 5% ceiling, a 0.7 weight) compared in
//     integers with [CmpShare];
//   - [Date], [Period] and the school [Calendar] of autumn and spring terms;
//   - messages: [RegisterMessages] gives a code its texts in the private
//     catalog, and [Localize] and [Finding.Message] write them.
//
// The rule packages build on it and never import each other:
//
//	canteen/     canteen finance: surplus ceiling, spending rules, bookkeeping, procurement, staff
//	fees/        fee compliance: approved catalog, standards, publication, voluntariness, settlement
//	insurance/   insurance claims: exact mergeable tallies, coverage, required policies
//	assessment/  scoring rubrics: items, deductions, veto items, grades, weighted rounds, ranking
//
// They meet in this vocabulary: an assessment rubric deducts points per
// finding [Code] of the other packages. examples/countyreport runs a
// county's school year through all four.
//
// # Money
//
// An amount is a decimal.Decimal in yuan with at most two decimal places,
// within ±[MaxFen] (one trillion yuan). Rules convert amounts to integer [Fen]
// once, exactly, and add and compare in integers; facts carry them back as
// decimals with exactly two places. Rounding is named wherever it happens:
// [RoundHalfUp] (四舍五入) unless a policy asks for [RoundHalfEven].
//
// # Design notes
//
// Where this library goes beyond the starting design (DESIGN.md), the
// choices are these:
//
//   - Amounts enter as decimal.Decimal and leave as [Fen] in result structs:
//     exact, cheap to store per pupil, and encoded in JSON as "1234.50";
//     Fen.Yuan gives the decimal back.
//   - A [Fact] carries a [Unit] (yuan, percent, count, date, points,
//     number), which says how it is written in a message and in JSON.
//   - [Code] implements error and [Finding] implements error, so that
//     [Findings.Err] joins the violations and errors.Is(err, code) finds one.
//   - Messages are format strings of golang.org/x/text in a private
//     catalog: %[1]s is a finding's subject, %[2]s… its facts; the three
//     languages of a text must use the same arguments.
//   - Validators of a value (Date.Validate, Code.Validate) leave the field
//     to the caller, who names it with [WithField]; [InputErrors] lists
//     every problem of an error that joins several.
//
// # Example
//
//	total, err := houqin.ParseYuan("¥100.00")
//	if err != nil { … }                       // errors.Is(err, houqin.ErrInvalidInput)
//	fen, _ := houqin.FenOf("total", total)
//	parts, _ := houqin.Allocate(fen, 3)       // 33.34 + 33.33 + 33.33
//	text, _ := houqin.Daxie(houqin.SimplifiedChinese, total) // 壹佰元整
package houqin
