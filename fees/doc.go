// Package fees audits what Chinese primary and secondary schools charge
// their pupils against the approved catalog and settles the money collected
// on the pupils' behalf at term end, to the fen.
//
// Parents complain, and bureaus audit, when a school charges what it may
// not, more than it may, without publishing it, or by compulsion; and at
// term end, money collected beyond an item's actual cost is owed back to
// each family. The rules come from the seeds of DOMAIN.md §2 (seeds 000,
// 001, 003, 004) and the national rules it names: the 2010 NDRC and
// Ministry of Education notice on service and agency fees, the 2015 rules
// on uniforms and commercial insurance, the 2020 opinion on agency fees.
//
// # Inputs
//
// A host loads two things from its own storage, once: the region's
// approved [Catalog] of items (kind, unit, standard, legal basis, voluntary,
// stages and grades, shortfall rule; [ParseCatalog] reads JSON) and the
// [Policy] of values that differ between regions ([DefaultPolicy],
// [ParsePolicy]). [New] validates and compiles them into an [Auditor].
// Then, for each school and term, it hands over a [Filing]: the school's
// charges ([Charge]) and, at term end, the actual cost of the items it
// settles ([Spending]).
//
// # Outputs
//
// [Auditor.Audit] returns a [Report]: the findings, each with a stable code
// ([CodeOverStandard], [CodeVoluntaryMadeCompulsory], … see [Codes]), and
// an [ItemSettlement] per settled charge: collected, actual cost, the
// balance, and each pupil's refund or top-up, which sum exactly to the
// balance by the root package's allocation rule. [ItemSettlement.Notice]
// writes a pupil's line of the refund notice with the amount in upper-case
// financial numerals (大写). Bad input is an *houqin.InputError naming the
// field, never a finding and never a panic.
//
// # Exactness and speed
//
// Every amount is converted once to integer fen with houqin.FenOf, and the
// rules add and compare in integers. A settlement shares its balance evenly
// (houqin.SplitEven: each pupil's share is Each, the first Extra get one fen
// more) without building a list: in constant time for a count of pupils, in
// one pass over a roll, which it must check. When the pupils of a roll paid
// different amounts it shares in proportion to what each paid
// (houqin.AllocateWeighted). There is no decimal arithmetic per pupil.
//
// # Example
//
//	a, err := fees.New(fees.DefaultPolicy(), catalog)
//	if err != nil { … }                          // errors.Is(err, houqin.ErrInvalidInput)
//	r, err := a.Audit(fees.Filing{Stage: fees.Primary, AsOf: today, TermEnd: end,
//		Charges: charges, Spending: spending})
//	for _, f := range r.Findings {
//		fmt.Fprintf(w, "%v %v\n", f.Code, f.Message(language.SimplifiedChinese))
//	}
//	for _, s := range r.Settlements {
//		fmt.Fprintf(w, "%v\n", s.Notice(language.SimplifiedChinese, 0)) // …本生应退¥33.34（大写：叁拾叁元叁角肆分）
//	}
package fees
