package main

import (
	"fmt"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/assessment"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/insurance"
	"github.com/shopspring/decimal"
)

// The built-in county: twelve schools of a fictional county through the
// school year 2025–2026, made up from the seeds' figures and the kinds of
// breach their audits report. Amounts are worked in integer fen here and
// handed to the library as decimal yuan, as a host's database would.

var cst = time.FixedZone("CST", 8*60*60)

func day(y int, m time.Month, d int) houqin.Date { return houqin.Date{Year: y, Month: m, Day: d} }

func yuan(f int64) decimal.Decimal { return houqin.Fen(f).Yuan() }

func nullYuan(f int64) decimal.NullDecimal { return decimal.NewNullDecimal(yuan(f)) }

// schoolSpec is what the sample derives a school's records from.
type schoolSpec struct {
	id, name, nameHant, nameEn string
	stage                      fees.Stage
	rural, boarding            bool
	pupils                     int
	diners                     int   // pupils and staff who eat at the canteen
	mealFee                    int64 // fen per diner per school day
	surplusBP                  int64 // usual surplus, in basis points of revenue
	quality                    int   // 0–100: how well the school is run, for the inspections
	exerciseActual             int64 // actual cost of exercise books per pupil per term, fen
}

var specs = []schoolSpec{
	{"S01", "城关第一小学", "城關第一小學", "Chengguan No. 1 Primary School", fees.Primary, false, false, 1260, 640, 600, 310, 97, 865},
	{"S02", "城关中学", "城關中學", "Chengguan Junior Secondary School", fees.JuniorSecondary, false, false, 980, 610, 800, 280, 88, 1320},
	{"S03", "清河县第一中学", "清河縣第一中學", "Qinghe No. 1 Senior Secondary School", fees.SeniorSecondary, false, true, 1850, 1920, 1500, 380, 90, 0},
	{"S04", "柳林镇中心小学", "柳林鎮中心小學", "Liulin Town Central Primary School", fees.Primary, true, false, 260, 270, 400, 100, 84, 910},
	{"S05", "桃源乡小学", "桃源鄉小學", "Taoyuan Township Primary School", fees.Primary, true, false, 120, 126, 400, 240, 90, 940},
	{"S06", "清河县职业技术学校", "清河縣職業技術學校", "Qinghe Vocational and Technical School", fees.Vocational, false, true, 1100, 1150, 1400, 330, 82, 0},
	{"S07", "清河县实验小学", "清河縣實驗小學", "Qinghe Experimental Primary School", fees.Primary, false, false, 1500, 620, 600, 260, 93, 885},
	{"S08", "东湖初级中学", "東湖初級中學", "Donghu Junior Secondary School", fees.JuniorSecondary, false, false, 860, 440, 800, 300, 85, 1430},
	{"S09", "南山寄宿制学校", "南山寄宿制學校", "Nanshan Boarding School", fees.JuniorSecondary, true, true, 640, 668, 1000, 290, 95, 1290},
	{"S10", "城南小学", "城南小學", "Chengnan Primary School", fees.Primary, false, false, 720, 440, 600, 350, 92, 0},
	{"S11", "河西镇中学", "河西鎮中學", "Hexi Town Junior Secondary School", fees.JuniorSecondary, true, false, 540, 560, 500, 270, 80, 1375},
	{"S12", "北关小学", "北關小學", "Beiguan Primary School", fees.Primary, false, false, 680, 350, 600, 320, 78, 960},
}

// months are the months of the school year with their school days.
var months = []struct {
	y    int
	m    time.Month
	days int64
}{
	{2025, time.September, 20}, {2025, time.October, 17}, {2025, time.November, 21},
	{2025, time.December, 22}, {2026, time.January, 12}, {2026, time.February, 8},
	{2026, time.March, 22}, {2026, time.April, 21}, {2026, time.May, 19},
	{2026, time.June, 20}, {2026, time.July, 6}, {2026, time.August, 0},
}

func sampleCounty() County {
	c := County{
		Name:       "清河县",
		NameHant:   "清河縣",
		NameEn:     "Qinghe County",
		SchoolYear: 2025,
		AsOf:       day(2026, time.August, 31),
		ClaimsAsOf: day(2026, time.May, 31),
		Rounds: []Round{
			{ID: "2025-autumn-start", Name: "秋季开学检查", On: day(2025, time.September, 19)},
			{ID: "2025-autumn-mid", Name: "秋季期中检查", On: day(2025, time.November, 14)},
			{ID: "2026-spring-start", Name: "春季开学检查", On: day(2026, time.March, 20)},
			{ID: "2026-spring-mid", Name: "春季期中检查", On: day(2026, time.May, 15)},
		},
		Assessment: assessment.DefaultPolicy(),
		FeeCatalog: sampleCatalog(),
		Suppliers: []canteen.Listing{
			{Item: "rice", Supplier: "清河粮油公司", Price: yuan(420)},
			{Item: "rice", Supplier: "县粮食购销公司", Price: yuan(415)},
			{Item: "flour", Supplier: "清河粮油公司", Price: yuan(380)},
			{Item: "oil", Supplier: "清河粮油公司", Price: yuan(1450)},
		},
	}
	// Seed 001: the mid-term and final assessments count 70%, the first
	// and third 30%; the two terms weigh the same.
	c.Assessment.Weights = []decimal.Decimal{
		decimal.RequireFromString("0.15"), decimal.RequireFromString("0.35"),
		decimal.RequireFromString("0.15"), decimal.RequireFromString("0.35"),
	}
	for i, s := range specs {
		c.Schools = append(c.Schools, School{
			ID: s.id, Name: s.name, NameHant: s.nameHant, NameEn: s.nameEn, Stage: s.stage, Rural: s.rural, Pupils: s.pupils,
			Canteen:     sampleCanteen(i, s),
			Fees:        sampleFees(s),
			Insurance:   sampleCover(s),
			Inspections: sampleInspections(i, s, c.Rounds),
		})
	}
	c.Claims = sampleClaims()
	return c
}

// canteenID is the identifier of a school's canteen.
func canteenID(school string) string { return school + "-canteen" }

func sampleCanteen(i int, s schoolSpec) Canteen {
	var books Canteen
	for k, mo := range months {
		books.Statements = append(books.Statements, sampleStatement(i, k, s))
		if mo.days > 0 && k%3 == 0 {
			books.Purchases = append(books.Purchases, samplePurchases(s, k)...)
		}
	}
	cal := houqin.DefaultCalendar()
	for _, t := range []houqin.Term{{Year: 2025, Semester: houqin.Autumn}, {Year: 2025, Semester: houqin.Spring}} {
		books.Rosters = append(books.Rosters, sampleRoster(s, cal.Term(t)))
	}
	return books
}

// sampleStatement makes school s's statement of month k: income from meal
// fees (and the nutrition subsidy of rural compulsory schools), spending in
// the usual proportions, and the breaches of the sample.
func sampleStatement(i, k int, s schoolSpec) canteen.Statement {
	mo := months[k]
	period := houqin.MonthPeriod(mo.y, mo.m)
	st := canteen.Statement{Canteen: canteenID(s.id), Period: period}
	meals := int64(s.diners) * mo.days * s.mealFee
	var subsidy int64
	if s.rural && s.stage.Compulsory() {
		subsidy = int64(s.pupils) * mo.days * 500 // ¥5 a pupil a school day since 2021
	}
	if s.id == "S10" && k == 0 {
		meals = 4011540 // exactly 5% below: ¥40,115.40 of revenue, ¥38,109.63 spent
	}
	revenue := meals + subsidy
	st.Income = append(st.Income, canteen.IncomeLine{Category: canteen.MealFees, Amount: yuan(meals)})
	if subsidy > 0 {
		st.Income = append(st.Income, canteen.IncomeLine{Category: canteen.NutritionSubsidy, Amount: yuan(subsidy)})
	}
	st.Revenue = nullYuan(revenue)

	bp := s.surplusBP + int64((i*37+k*11)%9)*10 - 40
	var welfare int64
	switch {
	case s.id == "S03" && (k == 1 || k == 2 || k == 7 || k == 8):
		bp = []int64{0, 750, 680, 0, 0, 0, 0, 820, 560}[k] // the boarding school's surplus over 5%
	case s.id == "S02" && k == 5:
		bp = -300 // a deficit in the short February
	case s.id == "S04" && (k == 3 || k == 9):
		welfare = 600000 // teachers' holiday bonuses paid out of the canteen (seed 000)
	}
	surplus := revenue * bp / 10000
	if s.id == "S12" && k == 6 {
		surplus = revenue*5/100 + 1 // one fen over 5%
	}
	spend := revenue - surplus - welfare
	if s.id == "S10" && k == 0 {
		spend = 3810963
	}
	if revenue == 0 {
		spend = 0 // closed for the summer
	}
	parts := []struct {
		cat   canteen.Category
		share int64
	}{{canteen.Food, 74}, {canteen.FuelUtilities, 7}, {canteen.Wages, 12}, {canteen.Equipment, 3}}
	var booked int64
	for n, p := range parts {
		a := spend * p.share / 100
		st.Lines = append(st.Lines, line(s.id, mo.y, mo.m, n+1, p.cat, a))
		booked += a
	}
	st.Lines = append(st.Lines, line(s.id, mo.y, mo.m, len(parts)+1, canteen.OtherCost, spend-booked))
	if welfare > 0 {
		st.Lines = append(st.Lines, line(s.id, mo.y, mo.m, len(parts)+2, canteen.StaffWelfare, welfare))
	}
	if s.id == "S11" && k == 2 {
		st.Lines[3].Voucher = ""  // equipment bought without a voucher
		st.Lines[4].Approver = "" // other spending nobody approved
	}
	if revenue == 0 {
		st.Lines = nil
	}
	var total int64
	for _, l := range st.Lines {
		f, _ := houqin.FenOf("", l.Amount)
		total += int64(f)
	}
	st.Spending = nullYuan(total)
	return st
}

func line(school string, y int, m time.Month, n int, cat canteen.Category, amount int64) canteen.Line {
	return canteen.Line{
		Category: cat, Amount: yuan(amount),
		Voucher:  fmt.Sprintf("%s-%02d%02d-%02d", school, y%100, int(m), n),
		Approver: "总务主任",
	}
}

func samplePurchases(s schoolSpec, k int) []Purchase {
	mo := months[k]
	on := day(mo.y, mo.m, 8)
	id := func(item string) string { return fmt.Sprintf("%s-%02d%02d-%s", s.id, mo.y%100, int(mo.m), item) }
	ps := []Purchase{
		{On: on, Purchase: canteen.Purchase{ID: id("rice"), Item: "rice", Supplier: "清河粮油公司", Price: yuan(420), Certified: true}},
		{On: on, Purchase: canteen.Purchase{ID: id("flour"), Item: "flour", Supplier: "清河粮油公司", Price: yuan(380), Certified: true}},
		{On: on, Purchase: canteen.Purchase{ID: id("oil"), Item: "oil", Supplier: "清河粮油公司", Price: yuan(1450), Certified: true}},
	}
	switch {
	case s.id == "S04" && k == 3:
		ps[2].Supplier = "镇上个体粮油店" // oil from a shop not on the list
	case s.id == "S08" && k == 6:
		ps[0].Price = yuan(460) // rice above the listed price
	case s.id == "S05" && k == 6:
		ps[1].Certified = false // flour without its certificate
	}
	return ps
}

func sampleRoster(s schoolSpec, term houqin.Period) canteen.Roster {
	n := (s.diners + 99) / 100
	if s.id == "S02" {
		n-- // one worker short of one per hundred diners
	}
	r := canteen.Roster{Canteen: canteenID(s.id), Period: term, Diners: s.diners}
	for w := 1; w <= n; w++ {
		certs := []houqin.Period{
			{From: day(2025, time.March, 1), To: day(2026, time.February, 28)},
			{From: day(2026, time.March, 1), To: day(2027, time.February, 28)},
		}
		if s.id == "S11" && w == 2 {
			// renewed two weeks late
			certs = []houqin.Period{
				{From: day(2025, time.March, 16), To: day(2026, time.March, 15)},
				{From: day(2026, time.April, 1), To: day(2027, time.March, 31)},
			}
		}
		r.Workers = append(r.Workers, canteen.Worker{ID: fmt.Sprintf("%s-W%02d", s.id, w), Certificates: certs})
	}
	return r
}

// Purchase is a canteen's purchase with the day it was made.
type Purchase struct {
	On houqin.Date `json:"on"`
	canteen.Purchase
}

func sampleCatalog() fees.Catalog {
	basis := "清价费〔2024〕12号"
	return fees.Catalog{Region: "清河县", Items: []fees.Item{
		{Code: "exercise_books_primary", Name: "作业本费（小学）", Kind: fees.Agency, Category: fees.ExerciseBooks, Unit: fees.PerTerm,
			Standard: yuan(1000), Basis: basis, Stages: []fees.Stage{fees.Primary}},
		{Code: "exercise_books_junior", Name: "作业本费（初中）", Kind: fees.Agency, Category: fees.ExerciseBooks, Unit: fees.PerTerm,
			Standard: yuan(1500), Basis: basis, Stages: []fees.Stage{fees.JuniorSecondary}},
		{Code: "uniform_primary", Name: "学生装（小学）", Kind: fees.Service, Category: fees.Uniform, Unit: fees.PerSet,
			Standard: yuan(8000), Basis: basis, Voluntary: true, Stages: []fees.Stage{fees.Primary}, Grades: []int{1, 3, 4}},
		{Code: "uniform_junior", Name: "学生装（初中）", Kind: fees.Service, Category: fees.Uniform, Unit: fees.PerSet,
			Standard: yuan(10000), Basis: basis, Voluntary: true, Stages: []fees.Stage{fees.JuniorSecondary}, Grades: []int{7, 9}},
		{Code: "milk", Name: "学生饮用奶", Kind: fees.Service, Category: fees.Milk, Unit: fees.PerMonth,
			Standard: yuan(4500), Basis: basis, Voluntary: true, Stages: []fees.Stage{fees.Primary, fees.JuniorSecondary}},
		{Code: "boarding", Name: "住宿费", Kind: fees.Service, Category: fees.Boarding, Unit: fees.PerTerm,
			Standard: yuan(30000), Basis: basis, Voluntary: true, Stages: []fees.Stage{fees.SeniorSecondary, fees.Vocational}},
		{Code: "senior_tuition", Name: "普通高中学费", Kind: fees.OneFee, Unit: fees.PerTerm,
			Standard: yuan(60000), Basis: basis, Stages: []fees.Stage{fees.SeniorSecondary}},
		{Code: "vocational_textbooks", Name: "中职教材费", Kind: fees.Agency, Category: fees.Textbooks, Unit: fees.PerTerm,
			Standard: yuan(28000), Basis: basis, Stages: []fees.Stage{fees.Vocational}, Shortfall: fees.ShortfallTopUp},
		{Code: "study_aids", Name: "教辅资料", Kind: fees.Service, Category: fees.StudyAids, Unit: fees.PerTerm,
			Standard: yuan(3000), Basis: basis, Voluntary: true, Stages: []fees.Stage{fees.Primary, fees.JuniorSecondary}},
	}}
}

// terms are the two terms' dates: published, collected, last teaching day,
// settlement published.
var terms = []struct {
	term                                     houqin.Term
	published, collected, end, settlePublish houqin.Date
}{
	{houqin.Term{Year: 2025, Semester: houqin.Autumn}, day(2025, time.August, 28), day(2025, time.September, 3), day(2026, time.January, 16), day(2026, time.January, 23)},
	{houqin.Term{Year: 2025, Semester: houqin.Spring}, day(2026, time.February, 20), day(2026, time.February, 26), day(2026, time.July, 10), day(2026, time.July, 17)},
}

func sampleFees(s schoolSpec) []fees.Filing {
	var out []fees.Filing
	for t, tm := range terms {
		f := fees.Filing{School: s.id, Stage: s.stage, Rural: s.rural, Term: tm.term, TermEnd: tm.end,
			AsOf: day(2026, time.August, 31)}
		id := func(item string) string {
			return fmt.Sprintf("%s-%d%s-%s", s.id, tm.term.Year, string(tm.term.Semester)[:2], item)
		}
		charge := func(item, name string, amount int64, pupils int) fees.Charge {
			return fees.Charge{ID: id(item), Item: item, Name: name, Amount: yuan(amount), Pupils: pupils,
				Published: tm.published, Collected: tm.collected, Consents: pupils, Handler: fees.HandlerSchool}
		}
		settle := func(c fees.Charge, actual int64, perPupil bool) {
			sp := fees.Spending{Charge: c.ID, Actual: yuan(actual), PerPupil: perPupil, Published: tm.settlePublish}
			if s.id == "S07" && t == 0 {
				sp.Published = houqin.Date{} // the autumn settlement never shown to parents
			}
			f.Spending = append(f.Spending, sp)
		}
		switch s.stage {
		case fees.Primary, fees.JuniorSecondary:
			item, std := "exercise_books_primary", int64(1000)
			if s.stage == fees.JuniorSecondary {
				item, std = "exercise_books_junior", 1500
			}
			c := charge(item, "作业本费", std, s.pupils) // an agency item the school collects and settles
			f.Charges = append(f.Charges, c)
			if s.id == "S10" {
				settle(c, 651937, false) // ¥6,519.37 in all: ¥680.63 back over 720 pupils
			} else {
				settle(c, s.exerciseActual, true)
			}
		case fees.SeniorSecondary:
			b := charge("boarding", "住宿费", 30000, s.pupils)
			f.Charges = append(f.Charges, charge("senior_tuition", "学费", 60000, s.pupils), b)
			settle(b, 30000, true) // boarding costs what it is charged
		case fees.Vocational:
			c := charge("vocational_textbooks", "教材费", 28000, s.pupils)
			b := charge("boarding", "住宿费", 30000, s.pupils)
			f.Charges = append(f.Charges, c, b)
			settle(c, 29150, true) // the books cost more: the shortfall is topped up (多退少补)
			settle(b, 30000, true)
		}
		if t != 0 {
			out = append(out, f)
			continue
		}
		switch s.id {
		case "S01":
			u := charge("uniform_primary", "校服费", 8000, 210)
			u.Grades = []int{1}
			u.SupplierSettled = day(2025, time.September, 25)
			milk := charge("milk", "学生饮用奶", 4000, 540)
			u.Handler, milk.Handler = fees.HandlerSuppliesPoint, fees.HandlerSuppliesPoint
			f.Charges = append(f.Charges, u, milk)
		case "S02":
			u := charge("uniform_junior", "校服费", 10000, 330)
			u.Grades = []int{7}
			u.Compulsory, u.Consents = true, 0 // "every new pupil must buy the uniform"
			u.Handler = fees.HandlerSuppliesPoint
			u.SupplierSettled = day(2025, time.September, 30)
			ins := charge("", "学生平安保险", 10000, 830)
			ins.Category = fees.AccidentInsurance // collected with the fees
			f.Charges = append(f.Charges, u, ins)
		case "S04":
			aids := charge("study_aids", "教辅资料", 2800, 240) // sold by the class teachers
			f.Charges = append(f.Charges, aids)
		case "S08":
			u := charge("uniform_junior", "校服费", 11000, 280) // ¥10 above the standard
			u.Grades = []int{7}
			u.SupplierSettled = day(2025, time.October, 8)
			u.Handler = fees.HandlerSuppliesPoint
			water := charge("", "饮用水费", 2000, 860)
			water.Category = fees.DrinkingWater
			f.Charges = append(f.Charges, u, water)
		case "S10":
			milk := charge("milk", "学生饮用奶", 4000, 300)
			milk.Handler = fees.HandlerSuppliesPoint
			f.Charges = append(f.Charges, milk)
		case "S12":
			f.Charges = append(f.Charges, charge("", "课后补课费", 20000, 150))
		}
		out = append(out, f)
	}
	return out
}

func sampleCover(s schoolSpec) Cover {
	insured := int64(s.pupils)
	if s.id == "S08" {
		insured -= 37 // a class's worth of pupils left off the school liability policy
	}
	c := Cover{
		Enrollments: []insurance.Enrollment{
			{School: s.id, Kind: insurance.SchoolLiability, Enrolled: int64(s.pupils), Insured: insured},
			{School: s.id, Kind: insurance.StudentAccident, Enrolled: int64(s.pupils), Insured: int64(s.pupils) * 85 / 100},
		},
	}
	per := int64(500)
	if s.id == "S12" {
		per = 350 // below the contract's ¥3.90
	}
	c.Premiums = append(c.Premiums, insurance.Premium{ID: s.id + "-SL-2025", School: s.id, Kind: insurance.SchoolLiability,
		Pupils: insured, Amount: yuan(insured * per), Payer: insurance.PayerPublic})
	switch s.id {
	case "S02":
		c.Premiums = append(c.Premiums, insurance.Premium{ID: s.id + "-SA-2025", School: s.id, Kind: insurance.StudentAccident,
			Pupils: 830, Amount: yuan(830 * 10000), Payer: insurance.PayerPupils, CollectedBySchool: true})
	case "S06":
		c.Enrollments = append(c.Enrollments, insurance.Enrollment{School: s.id, Kind: insurance.InternshipLiability, Enrolled: 320, Insured: 320})
		c.Premiums = append(c.Premiums, insurance.Premium{ID: s.id + "-IL-2025", School: s.id, Kind: insurance.InternshipLiability,
			Pupils: 320, Amount: yuan(320 * 2500), Payer: insurance.PayerPupils})
	case "S09":
		c.BusCovers = []insurance.BusCover{
			{Bus: "清A·00731", Valid: houqin.Period{From: day(2025, time.August, 20), To: day(2026, time.August, 19)}},
			{Bus: "清A·00732", Valid: houqin.Period{From: day(2025, time.April, 1), To: day(2026, time.March, 31)}},
			{Bus: "清A·00732", Valid: houqin.Period{From: day(2026, time.April, 10), To: day(2027, time.April, 9)}},
		}
		for _, bus := range []string{"清A·00731", "清A·00732"} {
			for _, tm := range terms {
				for d := tm.collected; !d.After(tm.end); d = d.AddDays(1) {
					if wd := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Weekday(); wd != time.Saturday && wd != time.Sunday {
						c.BusRuns = append(c.BusRuns, insurance.BusRun{Bus: bus, Date: d})
					}
				}
			}
		}
	}
	return c
}

// sampleClaims makes the county's claims of the year: by the end of May,
// 26 school-liability and 1521 student-accident claims paid (seed 000),
// and the claims of the rest of the year.
func sampleClaims() []insurance.Claim {
	var out []insurance.Claim
	var total int
	for _, s := range specs {
		total += s.pupils
	}
	school := func(i int) string { // schools in proportion to their pupils
		n := (i * 7919) % total
		for _, s := range specs {
			if n < s.pupils {
				return s.id
			}
			n -= s.pupils
		}
		return specs[0].id
	}
	mayEnd, yearEnd := day(2026, time.May, 8), day(2026, time.August, 10)
	start := day(2025, time.September, 1)
	add := func(prefix string, kind insurance.Kind, n, offset int, from, to houqin.Date, status insurance.Status, base, spread int64) {
		span := to.Sub(from) + 1
		for j := 0; j < n; j++ {
			i := offset + j
			day := from.AddDays((i * 37) % span)
			inc := time.Date(day.Year, day.Month, day.Day, 0, 0, 0, 0, time.UTC)
			incident := time.Date(inc.Year(), inc.Month(), inc.Day(), 8+i%9, (i*13)%60, 0, 0, cst)
			reported := incident.Add(time.Duration(1+i%20) * time.Hour)
			c := insurance.Claim{
				ID: fmt.Sprintf("QH%s-%05d", prefix, i+1), Kind: kind, School: school(i),
				IncidentAt: incident, ReportedAt: reported, Status: status,
				Claimed: yuan(base + int64(i*7919)%spread + int64(i*37%100)),
				Paid:    decimal.Zero,
			}
			if status != insurance.StatusFiled {
				c.DecidedOn = houqin.DateOf(reported).AddDays(7 + i%14)
			}
			if status == insurance.StatusPaid {
				claimed, _ := houqin.FenOf("", c.Claimed)
				c.Paid = yuan(int64(claimed) - int64(claimed)*int64(i%21)/100)
			}
			out = append(out, c)
		}
	}
	add("SL", insurance.SchoolLiability, 26, 0, start, mayEnd, insurance.StatusPaid, 200000, 1800000)
	add("SL", insurance.SchoolLiability, 2, 26, start, mayEnd, insurance.StatusRejected, 200000, 1800000)
	add("SL", insurance.SchoolLiability, 3, 28, day(2026, time.June, 1), yearEnd, insurance.StatusPaid, 200000, 1800000)
	add("SL", insurance.SchoolLiability, 1, 31, day(2026, time.August, 12), day(2026, time.August, 20), insurance.StatusFiled, 200000, 1800000)
	add("SA", insurance.StudentAccident, 1521, 0, start, mayEnd, insurance.StatusPaid, 20000, 480000)
	add("SA", insurance.StudentAccident, 12, 1521, start, mayEnd, insurance.StatusRejected, 20000, 480000)
	add("SA", insurance.StudentAccident, 5, 1533, start, mayEnd, insurance.StatusWithdrawn, 20000, 480000)
	add("SA", insurance.StudentAccident, 164, 1538, day(2026, time.June, 1), yearEnd, insurance.StatusPaid, 20000, 480000)
	add("SA", insurance.StudentAccident, 20, 1702, day(2026, time.August, 12), day(2026, time.August, 20), insurance.StatusFiled, 20000, 480000)
	add("SP", insurance.SchoolProperty, 2, 0, start, yearEnd, insurance.StatusPaid, 500000, 3000000)
	// A school-liability claim reported 30 hours after the accident.
	late := &out[3]
	late.ReportedAt = late.IncidentAt.Add(30 * time.Hour)
	late.DecidedOn = houqin.DateOf(late.ReportedAt).AddDays(12)
	return out
}

// sampleInspections makes the inspectors' records of a school for each
// round, from how well the school is run.
func sampleInspections(i int, s schoolSpec, rounds []Round) []assessment.Inspection {
	ratio := func(r, salt int) decimal.NullDecimal {
		v := int64(s.quality) + int64((i*7+r*5+salt*3)%7) - 3
		v = min(v, 100)
		return decimal.NewNullDecimal(decimal.New(v, -2))
	}
	faults := func(r, salt int) int64 {
		return int64((100-s.quality)*(1+(i+r+salt)%3)) / 8
	}
	var out []assessment.Inspection
	for r, round := range rounds {
		in := assessment.Inspection{School: s.id, Round: round.ID}
		obs := []assessment.Observation{
			{Item: "canteen.cleaning", Occurrences: faults(r, 1)},
			{Item: "canteen.samples", Occurrences: faults(r, 2) / 2},
			{Item: "canteen.accompany", Ratio: ratio(r, 3)},
			{Item: "accounts.statements", Ratio: ratio(r, 4)},
			{Item: "green.upkeep", Ratio: ratio(r, 5)},
			{Item: "green.sanitation", Occurrences: faults(r, 6)},
			{Item: "fees.shop", Occurrences: faults(r, 7) / 2},
			{Item: "assets.ledger", Ratio: ratio(r, 8)},
			{Item: "assets.purchasing", Occurrences: faults(r, 9) / 2},
			{Item: "safety.drills", Occurrences: faults(r, 10) / 3},
		}
		if s.boarding {
			obs = append(obs,
				assessment.Observation{Item: "dorm.duty", Occurrences: faults(r, 11) / 2},
				assessment.Observation{Item: "dorm.tidiness", Ratio: ratio(r, 12)})
		} else {
			obs = append(obs, assessment.Observation{Item: "dorm.tidiness", Ratio: decimal.NewNullDecimal(decimal.NewFromInt(1)),
				Note: "无学生宿舍"})
		}
		switch {
		case s.id == "S05" && r == 2:
			obs = append(obs, assessment.Observation{Item: "veto.food_poisoning", Fail: true,
				Note: "2026年3月12日午餐后12名学生腹泻，县疾控中心认定为食物中毒"})
		case s.id == "S11" && r == 1:
			obs = append(obs, assessment.Observation{Item: "dorm.safety", Fail: true, Note: "宿舍楼安全出口堆放杂物"})
		case s.id == "S01" && r == 3:
			obs = append(obs, assessment.Observation{Item: "bonus.honours", Levels: []string{"municipal"}, Note: "市级后勤管理先进单位"})
		case s.id == "S09" && r == 1:
			obs = append(obs, assessment.Observation{Item: "bonus.honours", Levels: []string{"provincial", "municipal"},
				Note: "省级、市级文明食堂（按最高级别计）"})
		}
		in.Observations = obs
		out = append(out, in)
	}
	return out
}
