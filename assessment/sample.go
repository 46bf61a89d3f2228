package assessment

import (
	"slices"

	"github.com/houqin-go/houqin"
	"github.com/shopspring/decimal"
)

// The finding codes of the other rule packages that the sample rubric
// scores, in one place. Codes are data here: the package does not import
// the packages that produce them; examples/countyreport tests that every
// one of them is a code those packages declare.
const (
	sampleHealthCertificateGap houqin.Code = "canteen.health_certificate_gap"
	sampleUnlistedSupplier     houqin.Code = "canteen.unlisted_supplier"
	sampleAboveListedPrice     houqin.Code = "canteen.above_listed_price"
	sampleUncertifiedPurchase  houqin.Code = "canteen.uncertified_purchase"
	sampleSurplusOverCeiling   houqin.Code = "canteen.surplus_over_ceiling"
	sampleDisguisedSurplus     houqin.Code = "canteen.disguised_surplus"
	sampleNonCanteenIncome     houqin.Code = "canteen.non_canteen_income"
	sampleSpendingMismatch     houqin.Code = "canteen.spending_total_mismatch"
	sampleIncomeMismatch       houqin.Code = "canteen.income_total_mismatch"
	sampleMissingVoucher       houqin.Code = "canteen.missing_voucher"
	sampleMissingApprover      houqin.Code = "canteen.missing_approver"
	sampleNotInCatalog         houqin.Code = "fees.item_not_in_catalog"
	sampleItemForbidden        houqin.Code = "fees.item_forbidden"
	sampleOverStandard         houqin.Code = "fees.over_standard"
	sampleAgencyMargin         houqin.Code = "fees.agency_margin"
	sampleRuralItem            houqin.Code = "fees.rural_compulsory_item"
	sampleSettlementUnpub      houqin.Code = "fees.settlement_unpublished"
	sampleNotPublished         houqin.Code = "fees.not_published"
	sampleCollectedEarly       houqin.Code = "fees.collected_before_publication"
	sampleMadeCompulsory       houqin.Code = "fees.voluntary_made_compulsory"
	sampleTiedToEnrolment      houqin.Code = "fees.voluntary_tied_to_enrolment"
	sampleWithoutConsent       houqin.Code = "fees.voluntary_without_consent"
	sampleSuppliesBySchool     houqin.Code = "fees.supplies_handled_by_school"
	sampleInsuranceCollected   houqin.Code = "fees.insurance_collected_by_school"
	sampleCoverageBelow        houqin.Code = "insurance.coverage_below_required"
	sampleBusUninsured         houqin.Code = "insurance.bus_run_uninsured"
	sampleChargedToPupils      houqin.Code = "insurance.premium_charged_to_pupils"
)

// SampleRubric returns a sample rubric of 100 points built from the areas
// of the seeds: canteen hygiene and food safety, canteen cost accounting,
// dormitories, greening and sanitation, the student-consumption market and
// fees, assets, and safety and insurance; plus two bonus items (at most 3
// points together) and three veto items (a food-poisoning incident,
// falsified records, a canteen contracted out against the rules). It uses
// the default grade bands.
//
// It is a sample, not a standard: a bureau replaces it with its own rubric,
// loaded with [ParseRubric]. Several items deduct per finding of the canteen,
// fees and insurance packages (see [SampleCodes]), so that their results
// score a school directly. Each call returns a new copy.
func SampleRubric() Rubric {
	return Rubric{
		ID:       "sample",
		Name:     Name{"学校后勤管理考核评分表（示例）", "學校後勤管理考核評分表（示例）", "School logistics assessment (sample)"},
		Total:    decimal.NewFromInt(100),
		BonusCap: decimal.NewFromInt(3),
		Sections: []Section{
			{ID: "canteen_hygiene", Name: Name{"食堂卫生与食品安全", "食堂衛生與食品安全", "Canteen hygiene and food safety"}, Items: []Item{
				checklist("canteen.licence", 4, Name{"食堂持证经营，从业人员持有效健康证、经培训上岗", "食堂持證經營，從業人員持有效健康證、經培訓上崗",
					"Canteen licensed; every worker trained and holding a valid health certificate"},
					sampleHealthCertificateGap),
				deduction("canteen.cleaning", 4, 1, Name{"每周或两周一次卫生大整治、每月安全检查，记录齐全", "每週或兩週一次衛生大整治、每月安全檢查，記錄齊全",
					"Hygiene clean-up every week or two and a monthly safety check, all recorded"}),
				deduction("canteen.samples", 4, 2, Name{"每餐每样留样不少于125克、保存48小时以上", "每餐每樣留樣不少於125克、保存48小時以上",
					"A sample of every dish, at least 125 g, kept 48 hours or more"}),
				deduction("canteen.procurement", 4, 2, Name{"大宗粮油定点采购，索证索票，未经准入的食品不得采购", "大宗糧油定點採購，索證索票，未經准入的食品不得採購",
					"Bulk grain and oil from designated suppliers, with certificates and invoices; nothing bought without admission"},
					rule(sampleUnlistedSupplier, 0), rule(sampleAboveListedPrice, 0), rule(sampleUncertifiedPurchase, 0)),
				proportional("canteen.accompany", 4, Name{"学校领导陪餐并记录（有陪餐记录的餐次占比）", "學校領導陪餐並記錄（有陪餐記錄的餐次佔比）",
					"A school leader eats with pupils and logs it (share of meals logged)"}),
			}},
			{ID: "canteen_accounts", Name: Name{"食堂成本核算", "食堂成本核算", "Canteen cost accounting"}, Items: []Item{
				deduction("accounts.surplus", 10, 5, Name{"食堂结余不超过当期营业收入的5%，坚持公益性、服务性", "食堂結餘不超過當期營業收入的5%，堅持公益性、服務性",
					"Canteen surplus within 5% of the period's revenue; public interest and service first"},
					rule(sampleSurplusOverCeiling, 0), rule(sampleDisguisedSurplus, 0), rule(sampleNonCanteenIncome, 2)),
				deduction("accounts.books", 6, 2, Name{"建账完整，原始凭证规范，财务审核审批制度健全", "建賬完整，原始憑證規範，財務審核審批制度健全",
					"Complete books, proper source documents, working review and approval"},
					rule(sampleSpendingMismatch, 0), rule(sampleIncomeMismatch, 0), rule(sampleMissingVoucher, 0), rule(sampleMissingApprover, 0)),
				proportional("accounts.statements", 4, Name{"月度收支报表按时报送（按时报送的月份占比）", "月度收支報表按時報送（按時報送的月份佔比）",
					"Monthly statements filed on time (share of months)"}),
			}},
			{ID: "dormitory", Name: Name{"学生宿舍", "學生宿舍", "Dormitories"}, Items: []Item{
				checklist("dorm.safety", 6, Name{"消防设施、安全通道、警示标志、门窗锁具齐全", "消防設施、安全通道、警示標誌、門窗鎖具齊全",
					"Fire equipment, safe exits, warning signs, doors, windows and locks all in place"}),
				deduction("dorm.duty", 5, 1, Name{"24小时值班，学生出入、家长来访登记齐全", "24小時值班，學生出入、家長來訪登記齊全",
					"Staffed around the clock; pupils' comings and goings and parents' visits logged"}),
				proportional("dorm.tidiness", 4, Name{"寝室整洁、内务规范（达标寝室占比）", "寢室整潔、內務規範（達標寢室佔比）",
					"Rooms clean and tidy (share of rooms that pass)"}),
			}},
			{ID: "greening", Name: Name{"校园绿化与环境", "校園綠化與環境", "Greening and campus environment"}, Items: []Item{
				proportional("green.upkeep", 6, Name{"绿化养护到位（养护达标区域占比）", "綠化養護到位（養護達標區域佔比）",
					"Green areas kept up (share of areas that pass)"}),
				deduction("green.sanitation", 4, 1, Name{"校园环境卫生、厕所清洁", "校園環境衛生、廁所清潔", "Campus and toilets clean"}),
			}},
			{ID: "fees", Name: Name{"学生消费市场与收费", "學生消費市場與收費", "Student consumption market and fees"}, Items: []Item{
				deduction("fees.compliance", 10, 5, Name{"无擅自增加收费项目、无提高收费标准、无乱摊派；代收费按实结算，多收退还", "無擅自增加收費項目、無提高收費標準、無亂攤派；代收費按實結算，多收退還",
					"No unauthorised charge, raised standard or arbitrary apportionment; agency fees settled at cost, excess refunded"},
					rule(sampleNotInCatalog, 0), rule(sampleItemForbidden, 0), rule(sampleOverStandard, 0), rule(sampleAgencyMargin, 0),
					rule(sampleRuralItem, 0), rule(sampleSettlementUnpub, 2)),
				deduction("fees.publication", 4, 2, Name{"收费公示，接受家长监督", "收費公示，接受家長監督", "Charges published in advance and open to parents' scrutiny"},
					rule(sampleNotPublished, 0), rule(sampleCollectedEarly, 0)),
				checklist("fees.voluntary", 3, Name{"服务性收费坚持自愿，不强制购买或消费，学校不代办商业保险", "服務性收費堅持自願，不強制購買或消費，學校不代辦商業保險",
					"Service charges voluntary, nobody forced to buy or consume; the school collects no commercial insurance"},
					sampleMadeCompulsory, sampleTiedToEnrolment, sampleWithoutConsent, sampleSuppliesBySchool, sampleInsuranceCollected),
				deduction("fees.shop", 3, 1, Name{"小卖部卫生达标，杜绝过期变质及“三无”食品", "小賣部衛生達標，杜絕過期變質及「三無」食品",
					"Tuck shop clean; no expired, spoiled or unlabelled food"}),
			}},
			{ID: "assets", Name: Name{"资产管理", "資產管理", "Assets"}, Items: []Item{
				proportional("assets.ledger", 4, Name{"固定资产账实相符（抽查相符率）", "固定資產賬實相符（抽查相符率）",
					"Fixed assets match the ledger (share of a sample that matches)"}),
				deduction("assets.purchasing", 3, 1, Name{"物资采购申请审批，验收入库后发放", "物資採購申請審批，驗收入庫後發放",
					"Purchases requested and approved, received into stock before issue"}),
			}},
			{ID: "safety", Name: Name{"安全与保险", "安全與保險", "Safety and insurance"}, Items: []Item{
				deduction("safety.insurance", 4, 4, Name{"校方责任险应保尽保，校车承运人责任险有效", "校方責任險應保盡保，校車承運人責任險有效",
					"School liability insurance for every pupil; every school bus carries carrier liability insurance"},
					rule(sampleCoverageBelow, 0), rule(sampleBusUninsured, 0), rule(sampleChargedToPupils, 0)),
				deduction("safety.drills", 4, 2, Name{"每学期疏散演练不少于两次，安全检查记录齐全", "每學期疏散演練不少於兩次，安全檢查記錄齊全",
					"At least two evacuation drills a term; safety checks recorded"}),
			}},
			{ID: "bonus", Name: Name{"加分项", "加分項", "Bonus"}, Items: []Item{
				{ID: "bonus.honours", Method: Bonus, Points: decimal.NewFromInt(3), HighestOnly: true,
					Name: Name{"后勤工作获上级表彰（按最高级别计，不累计）", "後勤工作獲上級表彰（按最高級別計，不累計）",
						"Honours for logistics work (the highest level counts; levels do not accumulate)"},
					Levels: []Level{
						{ID: "national", Name: Name{"国家级", "國家級", "National"}, Points: decimal.NewFromInt(3)},
						{ID: "provincial", Name: Name{"省级", "省級", "Provincial"}, Points: decimal.NewFromInt(2)},
						{ID: "municipal", Name: Name{"市级", "市級", "Municipal"}, Points: decimal.NewFromInt(1)},
					}},
				{ID: "bonus.promoted", Method: Bonus, Points: decimal.NewFromInt(2),
					Name:   Name{"后勤管理经验被推广（每次1分）", "後勤管理經驗被推廣（每次1分）", "Logistics practice promoted by the bureau (1 point each)"},
					Levels: []Level{{ID: "promoted", Name: Name{"推广", "推廣", "Promoted"}, Points: decimal.NewFromInt(1)}}},
			}},
			{ID: "veto", Name: Name{"一票否决项", "一票否決項", "Veto items"}, Items: []Item{
				{ID: "veto.food_poisoning", Method: Veto, Name: Name{"发生食物中毒等食品安全责任事故", "發生食物中毒等食品安全責任事故",
					"A food-poisoning or other food-safety incident"}},
				{ID: "veto.falsified", Method: Veto, Name: Name{"弄虚作假，伪造账目或记录", "弄虛作假，偽造賬目或記錄",
					"Falsified accounts or records"}},
				{ID: "veto.contracting", Method: Veto, Name: Name{"食堂违规对外承包", "食堂違規對外承包",
					"Canteen contracted out against the rules"}},
			}},
		},
	}
}

// SampleCodes returns the finding codes the sample rubric scores, sorted.
func SampleCodes() []houqin.Code {
	var out []houqin.Code
	for _, sec := range SampleRubric().Sections {
		for _, it := range sec.Items {
			for _, r := range it.Findings {
				out = append(out, r.Code)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func checklist(id string, points int64, name Name, codes ...houqin.Code) Item {
	it := Item{ID: id, Name: name, Method: Checklist, Points: decimal.NewFromInt(points)}
	for _, c := range codes {
		it.Findings = append(it.Findings, FindingRule{Code: c})
	}
	return it
}

func deduction(id string, points, deduct int64, name Name, rules ...FindingRule) Item {
	return Item{ID: id, Name: name, Method: Deduction, Points: decimal.NewFromInt(points),
		Deduct: decimal.NewFromInt(deduct), Findings: rules}
}

func proportional(id string, points int64, name Name) Item {
	return Item{ID: id, Name: name, Method: Proportional, Points: decimal.NewFromInt(points)}
}

// rule is a finding rule deducting the given whole points per finding, or
// the item's Deduct when zero.
func rule(c houqin.Code, deduct int64) FindingRule {
	r := FindingRule{Code: c}
	if deduct != 0 {
		r.Deduct = decimal.NewFromInt(deduct)
	}
	return r
}
