package canteen_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// yuan parses a decimal literal of a test table.
func yuan(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// total is a stated total.
func total(s string) decimal.NullDecimal { return decimal.NewNullDecimal(yuan(s)) }

var sept = houqin.MonthPeriod(2025, time.September)

// line is a spending line with voucher and approver.
func line(c canteen.Category, amount string) canteen.Line {
	return canteen.Line{Category: c, Amount: yuan(amount), Voucher: "V-" + amount, Approver: "Wang"}
}

// statement is canteen C001's September statement with revenue rev.
func statement(rev string, lines ...canteen.Line) canteen.Statement {
	return canteen.Statement{Canteen: "C001", Period: sept, Revenue: total(rev), Lines: lines}
}

func checker(t testing.TB, edit func(*canteen.Policy)) *canteen.Checker {
	t.Helper()
	p := canteen.DefaultPolicy()
	if edit != nil {
		edit(&p)
	}
	chk, err := canteen.New(p)
	require.NoError(t, err)
	return chk
}

// assertYuan compares an amount in fen with a decimal literal in yuan.
func assertYuan(t testing.TB, want string, got houqin.Fen, msgAndArgs ...any) {
	t.Helper()
	assert.Equal(t, yuan(want).StringFixed(2), got.String(), msgAndArgs...)
}

// codes lists the codes of findings, in order.
func codes(fs houqin.Findings) []houqin.Code {
	var out []houqin.Code
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

// fields lists the fields of every *houqin.InputError in err.
func fields(t testing.TB, err error) []string {
	t.Helper()
	var out []string
	for _, ie := range houqin.InputErrors(err) {
		out = append(out, ie.Field)
	}
	return out
}

// factStrings renders the facts of f as name=value, values as in JSON.
func factStrings(f houqin.Finding) []string {
	var out []string
	for _, x := range f.Facts {
		b, _ := json.Marshal(x)
		var j struct{ Value string }
		_ = json.Unmarshal(b, &j)
		out = append(out, x.Name+"="+j.Value)
	}
	return out
}
