package canteen

import (
	"github.com/houqin-go/houqin"
	"github.com/houqin-go/houqin/internal/clip"
	"github.com/houqin-go/houqin/internal/field"
	"github.com/houqin-go/houqin/internal/problem"
	"github.com/shopspring/decimal"
)

// Listing is one entry of the county's catalog of designated suppliers
// (定点采购名录): a supplier listed for an item, at a unit price.
type Listing struct {
	// Item is the host's item code, as in Policy.Staples: "rice". Required.
	Item string `json:"item"`
	// Supplier is the host's identifier of the supplier. Required.
	Supplier string `json:"supplier"`
	// Price is the listed unit price in yuan (per the catalog's unit: a
	// kilogram, a 5-litre can): more than zero, at most two decimals.
	Price decimal.Decimal `json:"price"`
}

type listingKey struct{ item, supplier string }

// Catalog is the county's catalog of designated suppliers and their
// prices, validated and indexed for [Checker.CheckPurchases]. Build it with
// [NewCatalog]. It is immutable and safe for concurrent use.
type Catalog struct {
	prices map[listingKey]houqin.Fen
}

// NewCatalog validates the listings and indexes them by item and
// supplier. It returns an error joining every problem, each an
// *houqin.InputError for field "listings[i]…" that matches
// houqin.ErrInvalidInput: an empty item or supplier, a price that is not
// more than zero or finer than a fen, and the same item and supplier listed
// twice.
func NewCatalog(listings []Listing) (*Catalog, error) {
	c := &Catalog{prices: make(map[listingKey]houqin.Fen, len(listings))}
	var p problem.List
	for i, l := range listings {
		at := field.Index("listings", i)
		n := p.Len()
		p.Add(checkName(field.Join(at, "item"), l.Item))
		p.Add(checkName(field.Join(at, "supplier"), l.Supplier))
		f, err := houqin.FenOf(field.Join(at, "price"), l.Price)
		if err == nil && f <= 0 {
			err = houqin.Invalid(field.Join(at, "price"), "must be more than zero, got "+f.String())
		}
		if p.Add(err); p.Len() > n {
			continue
		}
		key := listingKey{l.Item, l.Supplier}
		if _, dup := c.prices[key]; dup {
			p.Add(houqin.Invalid(at, "item "+clip.Quote(l.Item, 40)+" of supplier "+clip.Quote(l.Supplier, 40)+" is listed twice"))
			continue
		}
		c.prices[key] = f
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// Price returns the listed unit price of item from supplier, and whether
// the catalog lists that supplier for that item.
func (c *Catalog) Price(item, supplier string) (houqin.Fen, bool) {
	if c == nil {
		return 0, false
	}
	f, ok := c.prices[listingKey{item, supplier}]
	return f, ok
}

// Len returns the number of listings.
func (c *Catalog) Len() int {
	if c == nil {
		return 0
	}
	return len(c.prices)
}

// Purchase is one purchase of an item by a canteen, as its invoice shows.
type Purchase struct {
	// ID is the host's identifier of the purchase (the invoice number): the
	// subject of its findings. When empty, "purchases[i]" is.
	ID string `json:"id,omitempty"`
	// Item is the host's item code, as in Policy.Staples. Required.
	Item string `json:"item"`
	// Supplier is the host's identifier of the supplier. Required.
	Supplier string `json:"supplier"`
	// Price is the unit price paid, in yuan, in the catalog's unit: zero
	// or more, at most two decimals.
	Price decimal.Decimal `json:"price"`
	// Certified says that the goods came with their certification (QS/SC
	// food production licence, inspection report and certificate).
	Certified bool `json:"certified"`
}

// CheckPurchases checks a canteen's purchases of staples against the
// county's catalog: a purchase of an item in Policy.Staples must come
// from a supplier the catalog lists for that item
// ([CodeUnlistedSupplier]), at no more than the listed unit price
// ([CodeAboveListedPrice]), with certification ([CodeUncertifiedPurchase]).
// Purchases of other items are validated but not checked. An unlisted
// supplier has no listed price, so its price is not compared.
//
// It returns the findings sorted, nil when every rule held; or an error
// joining every problem of the input, each an *houqin.InputError that
// matches houqin.ErrInvalidInput: a nil catalog, a purchase without item
// or supplier, a price that is negative or finer than a fen.
func (k *Checker) CheckPurchases(cat *Catalog, purchases []Purchase) (houqin.Findings, error) {
	if k == nil {
		return nil, errNilChecker
	}
	var probs problem.List
	if cat == nil {
		probs.Add(houqin.Invalid("catalog", "missing: build one with canteen.NewCatalog"))
	}
	var fs houqin.Findings
	for i := range purchases {
		p := &purchases[i]
		at := field.Index("purchases", i)
		probs.Add(checkName(field.Join(at, "item"), p.Item))
		probs.Add(checkName(field.Join(at, "supplier"), p.Supplier))
		price, err := amount(field.Join(at, "price"), p.Price)
		if probs.Add(err); probs.Len() > 0 {
			continue
		}
		if _, staple := k.c.staples[p.Item]; !staple {
			continue
		}
		subject := p.ID
		if subject == "" { // the purchase as the buyer names it: "大米/荆州粮油"
			subject = p.Item + "/" + p.Supplier
		}
		listed, ok := cat.Price(p.Item, p.Supplier)
		switch {
		case !ok:
			fs = append(fs, houqin.Finding{
				Code: CodeUnlistedSupplier, Severity: houqin.Violation, Subject: subject,
				Facts: []houqin.Fact{houqin.YuanFact("price", price)},
			})
		case price > listed:
			fs = append(fs, houqin.Finding{
				Code: CodeAboveListedPrice, Severity: houqin.Violation, Subject: subject,
				Facts: []houqin.Fact{
					houqin.YuanFact("price", price),
					houqin.YuanFact("listed", listed),
					houqin.YuanFact("difference", price-listed),
				},
			})
		}
		if !p.Certified {
			fs = append(fs, houqin.Finding{
				Code: CodeUncertifiedPurchase, Severity: houqin.Violation, Subject: subject,
				Facts: []houqin.Fact{houqin.YuanFact("price", price)},
			})
		}
	}
	if err := probs.Err(); err != nil {
		return nil, err
	}
	fs.Sort()
	return fs, nil
}

// checkName checks an identifier of input: not empty, at most 256 bytes.
func checkName(field, s string) error {
	switch {
	case s == "":
		return houqin.Invalid(field, "missing")
	case len(s) > maxItemLen:
		return houqin.Invalid(field, "longer than 256 bytes")
	}
	return nil
}
