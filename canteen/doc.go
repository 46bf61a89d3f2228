// Package canteen is the canteen finance rulebook of houqin: it checks a
// school canteen's statements against the surplus ceiling and the spending
// rules, its books, its purchases of staples and its staff, to the fen.
//
// A school canteen is public-interest and service-first (公益性、服务性): it
// runs at break-even or a small profit (保本微利), never as the school's
// money-maker. A county logistics office receives every canteen's statement
// each month and term and must know which canteens broke the rules and by
// how much.
//
// # Rules
//
// One finding code per rule; the code's doc comment states the rule, its
// severity, its facts and the document it comes from, and [Codes] lists
// them all. A statement ([Checker.Check]):
//
//   - [CodeSurplusOverCeiling]: surplus above the ceiling, 5% of revenue
//   - [CodeDeficit]: spending above revenue, against break-even
//     ([CodeDeficitWithoutRevenue] when there is no revenue: no ratio)
//   - [CodeDisguisedSurplus]: spending that is never canteen cost, added back
//   - [CodeMissingVoucher]: a spending line without a voucher
//   - [CodeMissingApprover]: a spending line without an approver
//   - [CodeIncomeTotalMismatch]: income lines that miss the stated revenue
//   - [CodeSpendingTotalMismatch]: spending lines that miss the stated total
//   - [CodeNonCanteenIncome]: shop rent booked as income, left out of revenue
//
// A term or a year ([Checker.Rollup]): the surplus ceiling and the deficit
// again, on the sums of its months. Purchases ([Checker.CheckPurchases]
// against a [Catalog]):
//
//   - [CodeUnlistedSupplier]: a staple from a supplier the catalog does not list
//   - [CodeAboveListedPrice]: a staple above the catalog's price
//   - [CodeUncertifiedPurchase]: a staple without certification
//
// Staff ([Checker.CheckStaff]):
//
//   - [CodeHealthCertificateGap]: a day served without a health certificate
//   - [CodeUnderstaffed]: fewer than one worker per 100 diners
//     ([CodeNoWorkers] when there is none at all)
//
// The values that differ between regions (the ceiling and the periods it
// speaks of, the deficit tolerance, whether wages are canteen cost, the
// staples, the staffing ratio) are fields of [Policy]; [DefaultPolicy] has
// the source documents' values. The rules live in the files that name
// them: ceiling.go (the surplus ceiling and the deficit), check.go (a
// statement's books), rollup.go, procurement.go and staff.go.
//
// # Exactness and speed
//
// Amounts enter as decimal yuan and are converted once, exactly, to integer
// fen (houqin.FenOf); the ceiling verdict is houqin.CmpShare(surplus,
// revenue, ceiling), an exact 128-bit comparison with no division and no
// floating point. A float64 rule engine flags about half of the statements
// that sit at exactly 5% (revenue ¥40,115.40, spending ¥38,109.63); this
// package never does. A statement is checked in one pass over its lines
// that adds integer fen; errors and findings are built only when there are
// some, so the check of a compliant statement allocates nothing, and one
// over the ceiling allocates once: the finding and its facts together.
// [Checker.CheckTo] writes into a Result the host reuses, in the memory of
// its findings: a county's statements checked one after the other, each
// result reduced before the next, allocate nothing, breaches included.
//
// # Usage
//
// Validate the policy once with [New], then check as many statements as
// needed, from any number of goroutines:
//
//	chk, err := canteen.New(canteen.DefaultPolicy())
//	if err != nil { … }
//	res, err := chk.Check(statement)     // err: bad input (errors.Is(err, houqin.ErrInvalidInput))
//	if res.Findings.Has(canteen.CodeSurplusOverCeiling) {
//		fmt.Fprintf(w, "%v\n", res.Excess)          // the money that belongs back in pupils' meals
//	}
//	term, err := chk.Rollup(houqin.DefaultCalendar().Term(t), months)
//
// A region's policy is JSON over the defaults, read with [ParsePolicy]:
//
//	p, err := canteen.ParsePolicy([]byte(`{"surplus_ceiling": "0.03", "ceiling_scope": "each"}`))
//
// Bad input (a negative amount, an unknown category, a policy with a ceiling
// above 100%) is an error, never a finding and never a panic.
//
// # Food-safety records and the nutrition programme
//
// An inspector reads more than money at a canteen visit. A canteen's
// records for a period ([Checker.CheckRecords]: its meals as served, the
// sample log, the log of accompanied meals and, where the host keeps it,
// the morning checks; samples.go, meals.go, morning.go):
//
//   - [CodeSampleMissing]: a dish of a meal without a food sample (留样)
//   - [CodeSampleUnderweight]: a sample under 125 g (Policy.SampleGrams)
//   - [CodeSampleDiscardedEarly]: a sample kept less than 48 hours
//     (Policy.SampleHours)
//   - [CodeSampleUnlabelled]: a sample logged without its time or person
//   - [CodeMealUnaccompanied]: meals without a school leader at table
//     (陪餐), one finding for each run of serving days
//   - [CodeMorningCheckMissing]: a food handler without a morning check
//     (晨检) on a serving day
//
// Staff ([Checker.CheckStaff]) also caps a health certificate at a year
// from its issue (Policy.CertificateMonths):
//
//   - [CodeCertificateBeyondValidity]: a certificate stated to run longer
//   - [CodeWorkedBeforeCertificate]: work before the first certificate
//
// A school's dedicated account of the nutrition programme's subsidy
// (农村义务教育学生营养改善计划), month by month, for one school or a county
// ([Checker.CheckSubsidy], subsidy.go and nutrition.go): the entitlement
// is the covered pupils × the daily rate of each meal day (3.00, 4.00 from
// November 2014, 5.00 from the autumn term 2021; Policy.SubsidyRates and
// Policy.SubsidyTopUp), 320 × 21 × 5.00 = 33,600.00, exact to the fen.
//
//   - [CodeSubsidyOverclaimed]: meals claimed beyond the covered pupils
//     (虚报冒领; [CodeSubsidyClaimedWithoutPupils] when the roll is empty)
//   - [CodeSubsidyMisused]: subsidy spent on anything but food for pupils
//   - [CodeSubsidyCashToPupils]: subsidy handed out as cash
//   - [CodeSubsidyLedgerMismatch]: a ledger that does not book what was
//     received
//   - [CodeSubsidyMixedAccounts]: meal fees or other income in the ledger
//   - [CodeSubsidyCarryForwardMismatch]: a balance not brought forward
//   - [CodeSubsidyBalanceAtTermEnd]: subsidy left unspent at term end
//   - [CodeSubsidyPublishedLate], [CodeSubsidyNotPublished]: the use of
//     the subsidy published late (公示), or not at all
//
// Weights enter as decimal grams and are kept in tenths of a gram
// (houqin.UnitGrams), so 124.9 g is short of 125 g by exactly 0.1 g; times
// are time.Time, and a sample kept a second less than 48 hours is short by
// a minute in its finding, never by none.
//
// # Accounts kept apart and balances carried
//
// Most school canteens feed pupils and staff, and many keep their accounts
// apart (教职工伙食与学生伙食分开, 分账核算): a statement may give its
// [Account]s, each of a kind (pupils' meals, staff meals that staff pay for,
// other activities such as a tuck shop, interest or rent) with its own
// income, spending and balances. The surplus ceiling binds the pupils'
// meals ([Policy.CeilingAccounts]); a statement without accounts is one
// account of pupils' meals, checked exactly as before. The staff's meals are
// the staff account's own cost; booked anywhere else they are a disguised
// surplus, as they always were. Besides the rules above, a statement
// ([Checker.Check]):
//
//   - [CodeStaffMealLoss]: a staff account that spent more than it took in,
//     its loss borne by the pupils' money
//   - [CodeBalanceMismatch]: opening + income − spending ≠ closing balance
//   - [CodeBalanceOverCeiling]: an accumulated balance beyond a ceiling (off
//     by default; [CodeBalanceWithoutRevenue] when there is no revenue)
//   - [CodeDeficitCovered]: the school's public funds covering a deficit
//   - [CodeUnmeteredUtilities]: utilities charged without a meter reading
//   - [CodeFoodCostBelowFloor]: too little of the meal fees spent on food
//     (off by default)
//   - [CodeSalesTarget]: a sales target beyond cost
//   - [CodeLateStatement]: a statement filed after the 5th of the next month
//
// A chain of statements of consecutive periods ([Checker.Chain]) carries
// each account's closing balance into the next period's opening, to the fen
// ([CodeCarryForwardMismatch]): a surplus reappears in the next period, and
// money that leaves the accounts between two periods is reported. The
// roster of the accounts' keepers ([Checker.CheckDuties]):
//
//   - [CodeIncompatibleDuties]: a cashier who is also accountant, auditor
//     or archivist
//
// A transfer of the canteen's money to the school's funds booked as
// spending ([SchoolTransfer]) is a disguised surplus ([CodeDisguisedSurplus]);
// one not booked at all shows as a carry-forward mismatch. The costs of a
// contracted canteen's management (office costs, bank charges, taxes) are
// categories of their own, canteen cost unless the region's
// [Policy.ExcludedCosts] says otherwise. These rules live in account.go,
// carry.go, controls.go and duties.go.
//
// A statement kept in accounts is checked in the same one pass, and a
// compliant one allocates nothing either. Bad input of accounts (an account
// without a kind or an ID, lines beside the accounts) and of chains (a gap,
// an overlap, two canteens) is an error; a balance that does not reconcile
// is a finding, for it is the books that are wrong.
package canteen
