package fees_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/fees"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// noticeSettlements are the notices' settlements: 城南小学's exercise
// books (7,200.00 − 6,519.37 = 680.63 over 720 pupils: 0.94 each, 680.63 −
// 676.80 = 3.83, so the first 383 get 0.95); a top-up of 12,650.00 over
// 1,100 pupils (11.50 each); a shortfall the school bears; an even one.
func noticeSettlements() map[string]fees.ItemSettlement {
	return map[string]fees.ItemSettlement{
		"refund": {Charge: "S10-books", Name: "作业本费", Kind: fees.Agency, Pupils: 720, Collected: 720000, Actual: 651937,
			Balance: 68063, Outcome: fees.Refund, Each: 94, Extra: 383},
		"top_up": {Charge: "S06-texts", Name: "教材费", Kind: fees.Agency, Pupils: 1100, Collected: 30800000, Actual: 32065000,
			Balance: -1265000, Outcome: fees.TopUp, Each: 1150},
		"borne": {Charge: "S01-milk", Name: "学生饮用奶", Kind: fees.Service, Pupils: 1, Collected: 4500, Actual: 4600,
			Balance: -100, Outcome: fees.Borne},
		"balanced": {Charge: "S01-books", Name: "作业本费", Kind: fees.Agency, Pupils: 1, Collected: 1000, Actual: 1000, Outcome: fees.Balanced},
		"shares": {Charge: "S01-meals", Name: "伙食费", Kind: fees.Service, Pupils: 3, Collected: 30000, Actual: 29000,
			Balance: 1000, Outcome: fees.Refund, Shares: []houqin.Fen{500, 300, 200}},
	}
}

// Every notice in each language, as text and as JSON, is the golden
// file's; go test -run TestRefundNoticeGolden -update rewrites them.
func TestRefundNoticeGolden(t *testing.T) {
	a := newAuditor(t, fees.DefaultPolicy())
	for name, s := range noticeSettlements() {
		for _, tag := range testkit.Languages() {
			in := fees.RefundNoticeInput{School: "城南小学", Class: "三年级（2）班", Term: houqin.Term{Year: 2025, Semester: houqin.Autumn},
				Settlement: s, Published: day(2026, 1, 20)}
			n, err := a.RefundNotice(tag, in)
			require.NoError(t, err)
			js, err := json.MarshalIndent(n, "", "  ")
			require.NoError(t, err)
			for ext, got := range map[string]string{"txt": n.Text(), "json": string(js) + "\n"} {
				path := filepath.Join("testdata", "refund_notice."+name+"."+tag.String()+"."+ext+".golden")
				if *update {
					require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
				}
				want, err := os.ReadFile(path)
				require.NoError(t, err, "run go test -run TestRefundNoticeGolden -update")
				assert.Equal(t, string(want), got)
			}
			text := n.Text()
			assert.NotContains(t, text, "%!")
			assert.NotContains(t, text, " 0 ")
			assert.NotContains(t, text, "1 pupils")
		}
	}
}

func TestRefundNoticeRegime(t *testing.T) {
	s := noticeSettlements()["refund"]
	in := fees.RefundNoticeInput{School: "城南小学", Term: houqin.Term{Year: 2025, Semester: houqin.Autumn}, Settlement: s, Published: day(2026, 1, 20)}
	n, err := newAuditor(t, fees.DefaultPolicy()).RefundNotice(language.SimplifiedChinese, in)
	require.NoError(t, err)
	assert.Equal(t, fees.RegimeRefundOnly, n.Regime)
	assert.Equal(t, "城南小学", n.Signature)
	assert.Equal(t, "陆佰捌拾元零陆角叁分", n.BalanceDaxie)
	p := fees.DefaultPolicy()
	p.AgencyTopUp = true
	a := newAuditor(t, p)
	for _, it := range testCatalog().Items {
		if it.Kind == fees.Agency {
			in.Settlement.Item = it.Code
			break
		}
	}
	n, err = a.RefundNotice(language.SimplifiedChinese, in)
	require.NoError(t, err)
	assert.Equal(t, fees.RegimeTopUp, n.Regime)
	assert.Contains(t, n.Text(), "多退少补")
}

// TestRefundNoticeEvenSplit: 7,200.00 collected from 720 pupils and
// 6,480.00 spent leaves 720.00, 1.00 each with no fen over (72000 = 720 ×
// 100, Extra 0): the notice says nothing of pupils who get a fen more and
// writes no amount in words for them.
func TestRefundNoticeEvenSplit(t *testing.T) {
	s := fees.ItemSettlement{Charge: "S10-books", Name: "作业本费", Kind: fees.Agency, Pupils: 720, Collected: 720000,
		Actual: 648000, Balance: 72000, Outcome: fees.Refund, Each: 100}
	in := fees.RefundNoticeInput{School: "城南小学", Term: houqin.Term{Year: 2025, Semester: houqin.Autumn}, Settlement: s, Published: day(2026, 1, 20)}
	n, err := newAuditor(t, fees.DefaultPolicy()).RefundNotice(language.English, in)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"This term CN¥7,200.00 was collected from 720 pupils, and CN¥6,480.00 was spent.",
		"The balance of CN¥720.00 (柒佰贰拾元整) is refunded in full: CN¥1.00 (壹元整) to each pupil.",
		"Settled by the rule that any excess is refunded and no shortfall is collected from pupils (多退少不补).",
		"Please ask the class teacher or the school about anything unclear.",
	}, n.Lines)
	assert.Zero(t, n.Extra)
	assert.Empty(t, n.ExtraDaxie)
	assert.Equal(t, "柒佰贰拾元整", n.BalanceDaxie)
	assert.Equal(t, "壹元整", n.EachDaxie)
}

func TestRefundNoticeRefusesBadInput(t *testing.T) {
	_, err := newAuditor(t, fees.DefaultPolicy()).RefundNotice(language.English, fees.RefundNoticeInput{School: " "})
	assert.Equal(t, []string{"school", "term.year", "published", "settlement.outcome", "settlement.pupils"}, testkit.Fields(err))
}

// FuzzRefundNotice writes notices from any figures: an error names its
// field; a notice never panics, names its school and leaves no format verb.
func FuzzRefundNotice(f *testing.F) {
	for _, s := range noticeSettlements() {
		f.Add("城南小学", "", 2026, 1, 20, uint8(s.Outcome), s.Pupils, int64(s.Collected), int64(s.Actual), int64(s.Each), s.Extra)
	}
	f.Add("", "x", 0, 13, 0, uint8(9), -1, int64(-1), int64(0), int64(0), 0)
	a := newAuditor(f, fees.DefaultPolicy())
	f.Fuzz(func(t *testing.T, school, class string, y, m, d int, outcome uint8, pupils int, collected, actual, each int64, extra int) {
		s := fees.ItemSettlement{Name: "作业本费", Pupils: pupils, Collected: houqin.Fen(collected), Actual: houqin.Fen(actual),
			Balance: houqin.Fen(collected - actual), Outcome: fees.Outcome(outcome), Each: houqin.Fen(each), Extra: extra}
		in := fees.RefundNoticeInput{School: school, Class: class, Term: houqin.Term{Year: y - 1, Semester: houqin.Autumn},
			Settlement: s, Published: houqin.Date{Year: y, Month: time.Month(m), Day: d}}
		for _, tag := range testkit.Languages() {
			n, err := a.RefundNotice(tag, in)
			if err != nil {
				require.NotEmpty(t, testkit.Fields(err))
				continue
			}
			assert.True(t, strings.HasPrefix(n.Signature, school))
			if !strings.Contains(school+class, "%") {
				assert.NotContains(t, n.Text(), "%!")
			}
		}
	})
}
