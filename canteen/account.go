package canteen

import (
	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/enum"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// AccountKind is the kind of an account a canteen keeps within its
// statement (分账核算): pupils' meals, staff meals that staff pay for, or
// other activities such as a tuck shop, interest or rent. Like [Category]
// it starts at 1, so that the zero AccountKind means "not set" and is
// refused as input.
//
// An AccountKind encodes in JSON by its name: "pupils", "staff", "other".
type AccountKind uint8

// The kinds of account.
const (
	// AccountPupils is the account of pupils' meals (学生伙食): the
	// pupils' meal fees and subsidies, and the food and running costs of
	// their meals. The surplus ceiling binds it ([Policy.CeilingAccounts]).
	// A statement without accounts is one account of this kind.
	AccountPupils AccountKind = iota + 1
	// AccountStaff is the account of staff meals that staff pay for
	// (教职工伙食): sold at cost, it breaks even; a loss on it is borne by the
	// canteen, that is by the pupils' money ([CodeStaffMealLoss]). Its
	// spending on staff meals ([StaffMeals]) is its own cost, not a
	// disguised surplus.
	AccountStaff
	// AccountOther is the account of the canteen's other activities
	// (其他业务): a tuck shop, interest on the bank account, rent. Rent booked
	// here is where it belongs and is not reported.
	AccountOther

	numAccountKinds = iota + 1
)

var accountCodec = enum.New("AccountKind", "kind",
	enum.Value{},
	enum.Value{Name: "pupils", Hans: "学生伙食", Hant: "學生伙食", En: "pupils' meals"},
	enum.Value{Name: "staff", Hans: "教职工伙食", Hant: "教職工伙食", En: "staff meals"},
	enum.Value{Name: "other", Hans: "其他业务", Hant: "其他業務", En: "other activities"},
)

// AccountKinds returns every kind of account, in order.
func AccountKinds() []AccountKind { return all[AccountKind](numAccountKinds) }

// Valid reports whether k is one of the kinds of account.
func (k AccountKind) Valid() bool { return accountCodec.Valid(uint8(k)) }

// String returns the name of k, "pupils", and "AccountKind(n)" for a value
// out of range, the zero value included.
func (k AccountKind) String() string { return accountCodec.String(uint8(k)) }

// MarshalText encodes k by its name; it refuses the zero AccountKind and a
// value out of range with an *houqin.InputError.
func (k AccountKind) MarshalText() ([]byte, error) {
	return marshalText(accountCodec, uint8(k), "kind", "kind of account")
}

// UnmarshalText decodes a name written by [AccountKind.MarshalText]. It
// returns an *houqin.InputError for field "kind" for any other text.
func (k *AccountKind) UnmarshalText(b []byte) error {
	return unmarshalText(k, accountCodec, b, "kind", "kind of account", accountHint)
}

// accountHint lists the kinds of account for a reason.
var accountHint = " (want " + accountCodec.List() + ")"

// Label names k for a reader of the language matched from tag: 学生伙食,
// "pupils' meals".
func (k AccountKind) Label(tag language.Tag) string { return accountCodec.Label(tag, uint8(k)) }

// Account is one account of a canteen's statement: its kind, its income and
// spending lines, and its balances. Its lines follow the rules of a
// statement's lines ([Statement]); its amounts are decimal yuan with at most
// two decimals, none negative but the balances, each within
// ±houqin.MaxFen.
//
// A category of spending is canteen cost or not as in a statement without
// accounts, but for [StaffMeals], which is the own cost of an account of
// staff meals and a disguised surplus anywhere else
// ([CodeDisguisedSurplus]): staff meals with no staff income behind them
// are paid with the pupils' money. Shop rent ([ShopRent]) and the school's
// public funds ([PublicFunds]) are never revenue; rent is reported on the
// accounts of meals and belongs to an account of other activities.
type Account struct {
	// ID is the host's identifier of the account, "教职工伙食": the subject
	// of the account's findings, and what a chain of statements matches an
	// account by ([Checker.Chain]). Required and unique in the statement.
	ID string `json:"id"`
	// Kind is the kind of account. Required.
	Kind AccountKind `json:"kind"`
	// Income are the account's income lines; may be empty.
	Income []IncomeLine `json:"income,omitempty"`
	// Lines are the account's spending lines; may be empty.
	Lines []Line `json:"lines,omitempty"`
	// Opening and Closing are the account's balances at the start and at
	// the end of the period (期初余额, 期末余额), positive or negative, or
	// null when not stated.
	Opening decimal.NullDecimal `json:"opening"`
	Closing decimal.NullDecimal `json:"closing"`
}

// Figures are the figures of the accounts of one kind in a statement,
// summed: what they took in and spent, as the rules count it, and their
// balances. Income and spending are as the statement's [Result] defines
// them: Revenue is operating revenue, NonCanteenIncome the shop rent,
// PublicFunds the school's money covering a deficit; Spending is canteen
// cost and NotCost spending that is not.
//
// Balances says whether Opening and Closing are known for every account of
// the kind: stated, carried from the previous statement of a chain
// ([Checker.Chain]), or worked out from the other balance as
// opening + income − spending = closing. When it is false they are zero.
type Figures struct {
	Revenue          houqin.Fen `json:"revenue"`
	NonCanteenIncome houqin.Fen `json:"non_canteen_income"`
	PublicFunds      houqin.Fen `json:"public_funds"`
	Spending         houqin.Fen `json:"spending"`
	NotCost          houqin.Fen `json:"not_cost"`
	Opening          houqin.Fen `json:"opening"`
	Closing          houqin.Fen `json:"closing"`
	Balances         bool       `json:"balances"`
}

// Income returns every income of f, as booked: Revenue + NonCanteenIncome
// + PublicFunds.
func (f Figures) Income() houqin.Fen { return f.Revenue + f.NonCanteenIncome + f.PublicFunds }

// Outgo returns every spending of f, as booked: Spending + NotCost.
func (f Figures) Outgo() houqin.Fen { return f.Spending + f.NotCost }

// Surplus returns the surplus the rules count (结余): Revenue − Spending.
func (f Figures) Surplus() houqin.Fen { return f.Revenue - f.Spending }

// Net returns the income less the spending, as booked: Income − Outgo,
// the change of the balance (Closing − Opening, where Balances).
func (f Figures) Net() houqin.Fen { return f.Income() - f.Outgo() }

// add adds the figures of g to f; the balances are known only where they
// are known for both.
func (f *Figures) add(g *Figures) {
	f.Revenue += g.Revenue
	f.NonCanteenIncome += g.NonCanteenIncome
	f.PublicFunds += g.PublicFunds
	f.Spending += g.Spending
	f.NotCost += g.NotCost
	f.Opening += g.Opening
	f.Closing += g.Closing
}
