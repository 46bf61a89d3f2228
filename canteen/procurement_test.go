package canteen_test

import (
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/canteen"
	"github.com/houqin-go/houqin/internal/testkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func county(t testing.TB) *canteen.Catalog {
	t.Helper()
	cat, err := canteen.NewCatalog([]canteen.Listing{
		{Item: "rice", Supplier: "Jingzhou Grain", Price: testkit.Dec("5.20")},
		{Item: "rice", Supplier: "Honghu Mills", Price: testkit.Dec("5.10")},
		{Item: "flour", Supplier: "Jingzhou Grain", Price: testkit.Dec("4.60")},
		{Item: "oil", Supplier: "Changjiang Oils", Price: testkit.Dec("168.00")},
	})
	require.NoError(t, err)
	return cat
}

func TestCheckPurchases(t *testing.T) {
	good := canteen.Purchase{ID: "INV-1", Item: "rice", Supplier: "Jingzhou Grain", Price: testkit.Dec("5.20"), Certified: true}
	tests := []struct {
		name     string
		reason   string
		edit     func(*canteen.Purchase)
		policy   func(*canteen.Policy)
		want     []houqin.Code
		subjects []string
		facts    [][]string
	}{
		{name: "at the listed price", edit: func(*canteen.Purchase) {}},
		{name: "below the listed price", edit: func(p *canteen.Purchase) { p.Price = testkit.Dec("4.99") }},
		{name: "one fen above the listed price", edit: func(p *canteen.Purchase) { p.Price = testkit.Dec("5.21") },
			want: []houqin.Code{canteen.CodeAboveListedPrice}, subjects: []string{"INV-1"},
			facts: [][]string{{"price=5.21", "listed=5.20", "difference=0.01"}}},
		{name: "the other supplier's price applies", reason: "prices are per item and supplier: Honghu Mills lists rice at 5.10", edit: func(p *canteen.Purchase) { p.Supplier = "Honghu Mills" },
			want: []houqin.Code{canteen.CodeAboveListedPrice}, facts: [][]string{{"price=5.20", "listed=5.10", "difference=0.10"}}},
		{name: "unlisted supplier", edit: func(p *canteen.Purchase) { p.Supplier = "Roadside Market" },
			want: []houqin.Code{canteen.CodeUnlistedSupplier}, facts: [][]string{{"price=5.20"}}},
		{name: "supplier listed for another item", edit: func(p *canteen.Purchase) { p.Item, p.Supplier = "oil", "Jingzhou Grain" },
			want: []houqin.Code{canteen.CodeUnlistedSupplier}},
		{name: "staple not in the catalog at all", edit: func(p *canteen.Purchase) { p.Item = "flour"; p.Supplier = "Honghu Mills" },
			want: []houqin.Code{canteen.CodeUnlistedSupplier}},
		{name: "uncertified", edit: func(p *canteen.Purchase) { p.Certified = false },
			want: []houqin.Code{canteen.CodeUncertifiedPurchase}, facts: [][]string{{"price=5.20"}}},
		{name: "unlisted, dear and uncertified", edit: func(p *canteen.Purchase) {
			p.Supplier = "X"
			p.Price = testkit.Dec("9")
			p.Certified = false
			p.ID = ""
		},
			want: []houqin.Code{canteen.CodeUncertifiedPurchase, canteen.CodeUnlistedSupplier}, subjects: []string{"rice/X", "rice/X"}},
		{name: "not a staple", edit: func(p *canteen.Purchase) { p.Item = "cabbage"; p.Supplier = "Farmer Li"; p.Certified = false }},
		{name: "a county's extra staple", policy: func(p *canteen.Policy) { p.Staples = append(p.Staples, "meat") },
			edit: func(p *canteen.Purchase) { p.Item = "meat"; p.Supplier = "Butcher Zhang" },
			want: []houqin.Code{canteen.CodeUnlistedSupplier}},
		{name: "no staples in the policy", policy: func(p *canteen.Policy) { p.Staples = nil },
			edit: func(p *canteen.Purchase) { p.Supplier = "X"; p.Certified = false }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := good
			tt.edit(&p)
			fs, err := checker(t, tt.policy).CheckPurchases(county(t), []canteen.Purchase{p})
			require.NoError(t, err)
			assert.Equal(t, tt.want, codes(fs), tt.reason)
			for i, s := range tt.subjects {
				assert.Equal(t, s, fs[i].Subject)
			}
			for i, f := range tt.facts {
				assert.Equal(t, f, factStrings(fs[i]))
			}
			for _, f := range fs {
				assert.Equal(t, houqin.Violation, f.Severity)
			}
		})
	}
}

func TestCheckPurchasesInputErrors(t *testing.T) {
	chk := checker(t, nil)
	_, err := chk.CheckPurchases(nil, []canteen.Purchase{{Item: "rice", Supplier: "S", Price: testkit.Dec("1")}})
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	assert.Equal(t, []string{"catalog"}, testkit.Fields(err))

	_, err = chk.CheckPurchases(county(t), []canteen.Purchase{
		{Item: "rice", Supplier: "Jingzhou Grain", Price: testkit.Dec("5.20")},
		{Supplier: "S", Price: testkit.Dec("-1")},
		{Item: "oil", Price: testkit.Dec("1.001")},
		{Item: string(make([]byte, 300)), Supplier: "S", Price: testkit.Dec("1")},
	})
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	assert.Equal(t, []string{"purchases[1].item", "purchases[1].price", "purchases[2].supplier", "purchases[2].price", "purchases[3].item"}, testkit.Fields(err))

	fs, err := chk.CheckPurchases(county(t), nil)
	assert.NoError(t, err)
	assert.Nil(t, fs)
}

func TestNewCatalog(t *testing.T) {
	cat := county(t)
	assert.Equal(t, 4, cat.Len())
	p, ok := cat.Price("rice", "Honghu Mills")
	assert.True(t, ok)
	testkit.AssertFen(t, "5.10", p)
	_, ok = cat.Price("rice", "nobody")
	assert.False(t, ok)
	var none *canteen.Catalog
	assert.Zero(t, none.Len())
	_, ok = none.Price("rice", "x")
	assert.False(t, ok)

	empty, err := canteen.NewCatalog(nil)
	require.NoError(t, err)
	assert.Zero(t, empty.Len())

	_, err = canteen.NewCatalog([]canteen.Listing{
		{Item: "rice", Supplier: "A", Price: testkit.Dec("5")},
		{Item: "rice", Supplier: "A", Price: testkit.Dec("6")},
		{Item: "", Supplier: "", Price: testkit.Dec("0")},
		{Item: "oil", Supplier: "B", Price: testkit.Dec("1.234")},
		{Item: "oil", Supplier: "C", Price: testkit.Dec("-2")},
	})
	assert.ErrorIs(t, err, houqin.ErrInvalidInput)
	assert.Equal(t, []string{"listings[1]", "listings[2].item", "listings[2].supplier", "listings[2].price", "listings[3].price", "listings[4].price"}, testkit.Fields(err))
}
