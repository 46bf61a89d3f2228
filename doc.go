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
// Traditional Chinese and English. The rules come from the documents listed
// by title in the repository's SOURCES.md, which the rule packages cite.
//
// # No I/O
//
// The library does no I/O: no files, network, clock, environment or
// logging. The host owns storage and time (every date is an argument); the
// library owns the rules. Every entry point is pure, deterministic and safe
// for concurrent use. The one process-wide table is the catalog of message
// texts, filled at init time (see [RegisterMessages]); it explains findings
// and decides no verdict.
//
// # Vocabulary
//
// This root package holds the vocabulary the rule packages speak:
//
//   - [Code], [Severity], [Fact], [Finding] and [Findings]: the outcome of a
//     rule, with its figures as exact integers, in a deterministic order, and
//     [Findings.Err] for callers who prefer errors;
//   - [ErrInvalidInput] and [*InputError]: bad input is an error naming the
//     field and the reason, never a finding and never a panic;
//   - money: an amount enters as decimal.Decimal yuan through [FenOf] (exact
//     to the fen), [RoundFen] (by a named [Rounding]) or [ParseYuan] (a
//     clerk's text), and results carry it as [Fen]; [SplitEven] and
//     [AllocateWeighted] split it so that the parts always sum to the total;
//     [Fen.Format] writes it for a reader and [Fen.Daxie] in the upper-case
//     financial numerals of receipts, in a [DaxieForm] the People's Bank of
//     China's rules allow;
//   - [Ratio]: exact proportions (a 5% ceiling, a 0.7 weight) that enter
//     through [RatioOf], compared in integers with [CmpShare] and written
//     with [Ratio.Format];
//   - [Date], [Period] and the school [Calendar] of autumn and spring terms;
//   - messages: [RegisterMessages] gives a code its texts, and
//     [Finding.Message] and [Localize] write them in the language
//     [MatchLanguage] picks: language.SimplifiedChinese (the default),
//     language.TraditionalChinese or language.English of golang.org/x/text.
//
// # Money
//
// An amount is a decimal.Decimal in yuan with at most two decimal places,
// within ±[MaxFen] (one trillion yuan). Rules convert amounts to integer [Fen]
// once, exactly, and add and compare in integers; a fact keeps the fen, and
// [Fact.Decimal] gives a host the decimal back. Rounding is named wherever
// it happens: [RoundHalfUp] (四舍五入) unless a policy asks for
// [RoundHalfEven].
//
// # Architecture
//
// The packages import in one direction:
//
//	internal/…    machinery: decimal→integer conversion (fixed), formatting
//	     ↑        (format), languages (lang), the message catalog (msg), enum
//	     |        text (enum), field paths (field), problem lists (problem),
//	     |        the rune-safe clip (clip); and testkit, for tests only
//	  houqin      this package: the vocabulary above, a thin face over internal
//	     ↑
//	canteen  fees  insurance  assessment      rule packages; never each other
//	     ↑
//	  report      documents rendered from the rule packages' results
//	     ↑
//	examples/…    programs that use the library as a host would
//
// Imports run internal ← root ← rule packages ← report ← examples: report
// is not a rule package; it runs the rule packages and lays out their
// results as documents, and nothing in the library imports it.
//
// The rule packages meet in this vocabulary: an assessment rubric deducts
// points per finding [Code] of the other packages. A rule package writes
// rules and nothing else; what two packages need alike lives once, in the
// root or in internal.
//
// One canteen statement, from canteen.Checker.Check to a message:
//
//  1. Check converts each amount of the statement once, with [FenOf], which
//     refuses a hostile decimal in constant time and returns an
//     *[InputError] naming its field ("lines[3].amount") for bad input.
//  2. It adds revenue and spending in integer fen, and decides the 5%
//     ceiling exactly with [CmpShare]: surplus × 10⁸ against ceiling ×
//     revenue in 128 bits, never in float64.
//  3. A breach appends a [Finding] with Code canteen.surplus_over_ceiling
//     and its facts, built from the integers the rule already holds:
//     [YuanFact] of the surplus in fen, [PercentFact] of the ratio. Building
//     it allocates the facts slice and nothing else.
//  4. Check returns the findings sorted ([Findings.Sort]).
//  5. The host calls [Finding.Message] with a language tag. The canteen
//     package registered the code's texts in its init function; Message
//     writes each fact from its integer for that language (¥2,005.78,
//     5.00003%: a ratio a fen over its 5% ceiling never reads as equal to
//     it) and fills the text: "C001：营业收入¥40,115.40，营业支出
//     ¥38,109.62，结余¥2,005.78（结余率5.00003%），超出5.00000%的上限…".
//
// # Design notes
//
//   - Amounts enter as decimal.Decimal and leave as [Fen] in result structs:
//     exact, cheap to store per pupil, and encoded in JSON as "1234.50";
//     Fen.Yuan gives the decimal back.
//   - A [Fact] is a name, a [Unit] and the exact integer the rule computed,
//     scaled by the unit; the unit says how it is written in a message and
//     in JSON, where the value is always a string.
//   - [Code] implements error and [Finding] implements error, so that
//     [Findings.Err] joins the violations and errors.Is(err, code) finds one.
//   - Messages are format strings of golang.org/x/text in a private
//     catalog: %[1]s is a finding's subject, %[2]s… its facts; the three
//     languages of a text must use the same arguments. English agrees in
//     number through plural selectors, "%[2]s {2:day|days}", which the
//     catalog compiles into x/text's plural.Selectf; Chinese keeps its
//     measure words.
//   - Figures fit to publish: a percentage has two decimals, and as many
//     more as it takes for the ratios of one sentence to read differently
//     when they differ (5.00003% against 5.00000%, 99.99999% against
//     100.00000%); English groups the digits of counts (15,120), Chinese
//     writes them plainly (15120).
//   - Validators of a value (Date.Validate, Code.Validate) leave the field
//     to the caller, who names it with [WithField]; [InputErrors] lists
//     every problem of an error that joins several.
//
// # Example
//
//	total, err := houqin.ParseYuan("¥100.00")
//	if err != nil { … }                         // errors.Is(err, houqin.ErrInvalidInput)
//	fen, _ := houqin.FenOf("total", total)      // 10000
//	each, extra, _ := houqin.SplitEven(fen, 3)  // 33.33, and 1 part a fen more: 33.34 + 33.33 + 33.33
//	text := fen.Daxie(language.SimplifiedChinese) // 壹佰元整
//	fen.Daxie(language.SimplifiedChinese, houqin.DaxieForm{ZhengAfterJiao: true})
package houqin
