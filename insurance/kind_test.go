package insurance

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// foodSafety is a kind of a host's own, named in hostPolicy.
const foodSafety Kind = "food_safety_liability"

var foodSafetyName = Name{Hans: "食品安全责任险", Hant: "食品安全責任險", En: "food safety liability insurance"}

// hostPolicy is the default policy with a kind of the host's own.
func hostPolicy() Policy {
	p := DefaultPolicy()
	p.Kinds[foodSafety] = KindPolicy{Name: foodSafetyName, RequiredCoverage: yuan("1")}
	return p
}

func TestKindCheck(t *testing.T) {
	host := must(New(hostPolicy()))
	tests := []struct {
		name       string
		kind       Kind
		ok, okHost bool
	}{
		{"built in", SchoolLiability, true, true},
		{"every built-in", StaffCombined, true, true},
		{"the host's own kind", foodSafety, false, true},
		{"empty", "", false, false},
		{"upper case", "School_liability", false, false},
		{"leading digit", "9lives", false, false},
		{"leading underscore", "_x", false, false},
		{"dot", "a.b", false, false},
		{"hyphen", "a-b", false, false},
		{"space", "a b", false, false},
		{"64 bytes, in no policy", Kind(strings.Repeat("a", 64)), false, false},
		{"65 bytes", Kind(strings.Repeat("a", 65)), false, false},
		{"well formed but in no policy", "pet_insurance", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range []struct {
				checker *Checker
				ok      bool
			}{{testChecker, tt.ok}, {host, tt.okHost}} {
				err := c.checker.kinds.check(tt.kind)
				assert.Equal(t, c.ok, c.checker.Known(tt.kind))
				if c.ok {
					assert.NoError(t, err)
				} else {
					requireField(t, err, "")
				}
			}
			var zero *kindSet
			assert.Equal(t, tt.ok, zero.check(tt.kind) == nil, "a zero Tally knows the built-in kinds")
		})
	}
}

func TestKindNames(t *testing.T) {
	host := must(New(hostPolicy()))
	tests := []struct {
		kind           Kind
		hans, hant, en string
	}{
		{SchoolLiability, "校方责任险", "校方責任險", "school liability insurance"},
		{StudentAccident, "学平险", "學平險", "student accident insurance"},
		{SchoolProperty, "学校财产险", "學校財產險", "school property insurance"},
		{SchoolBusCarrier, "校车承运人责任险", "校車承運人責任險", "school bus carrier liability insurance"},
		{InternshipLiability, "实习责任保险", "實習責任保險", "internship liability insurance"},
		{StaffCombined, "教职工组合保险", "教職工組合保險", "staff combined insurance"},
		{foodSafety, "食品安全责任险", "食品安全責任險", "food safety liability insurance"},
		{"not_in_the_policy", "not_in_the_policy", "not_in_the_policy", "not_in_the_policy"},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			assert.Equal(t, tt.hans, host.KindName(tt.kind, language.SimplifiedChinese))
			assert.Equal(t, tt.hant, host.KindName(tt.kind, language.TraditionalChinese))
			assert.Equal(t, tt.en, host.KindName(tt.kind, language.English))
			assert.Equal(t, tt.hans, host.KindName(tt.kind, language.MustParse("zh-CN")))
			assert.Equal(t, tt.hant, host.KindName(tt.kind, language.MustParse("zh-TW")))
			assert.Equal(t, string(tt.kind), tt.kind.String())
		})
	}
	assert.Equal(t, string(foodSafety), testChecker.KindName(foodSafety, language.English), "the default policy does not know the host's kind")
}

// TestPolicyKinds checks kinds of a host's own: they come with the policy
// and its checker, and nothing a policy says reaches another checker.
func TestPolicyKinds(t *testing.T) {
	host := must(New(hostPolicy()))
	assert.True(t, host.Known(foodSafety))
	assert.False(t, testChecker.Known(foodSafety), "another checker's policy is no business of this one")
	assert.Equal(t, append(builtinKinds[:], foodSafety), host.Kinds())
	assert.Equal(t, builtinKinds[:], testChecker.Kinds())
	assert.True(t, slices.IsSortedFunc(host.Kinds(), compareKinds))

	p := hostPolicy()
	p.Kinds["aaa_first"] = KindPolicy{Name: Name{Hans: "甲", Hant: "甲", En: "a"}}
	assert.Equal(t, append(builtinKinds[:], "aaa_first", foodSafety), must(New(p)).Kinds(), "a host's kinds by code, after the built-in kinds")

	tests := []struct {
		name   string
		change func(p *Policy)
		field  string
	}{
		{"a host's kind without names", func(p *Policy) { p.Kinds["pet_insurance"] = KindPolicy{} }, "policy.kinds.pet_insurance.name"},
		{"a host's kind without a Traditional Chinese name", func(p *Policy) {
			p.Kinds[foodSafety] = KindPolicy{Name: Name{Hans: "食品安全责任险", En: "food safety"}}
		}, "policy.kinds.food_safety_liability.name.zh_hant"},
		{"a host's kind without an English name", func(p *Policy) {
			p.Kinds[foodSafety] = KindPolicy{Name: Name{Hans: "食品安全责任险", Hant: "食品安全責任險"}}
		}, "policy.kinds.food_safety_liability.name.en"},
		{"a name that is not UTF-8", func(p *Policy) {
			p.Kinds[foodSafety] = KindPolicy{Name: Name{Hans: "\xff", Hant: "x", En: "x"}}
		}, "policy.kinds.food_safety_liability.name.zh_hans"},
		{"a built-in kind renamed", func(p *Policy) {
			k := p.Kinds[SchoolLiability]
			k.Name = Name{Hans: "校园责任险", Hant: "校園責任險", En: "campus liability"}
			p.Kinds[SchoolLiability] = k
		}, "policy.kinds.school_liability.name"},
		{"a malformed kind", func(p *Policy) { p.Kinds["Bad Kind"] = KindPolicy{Name: foodSafetyName} }, "policy.kinds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := hostPolicy()
			tt.change(&p)
			requireField(t, p.Validate(), tt.field)
		})
	}
}

func TestCompareKinds(t *testing.T) {
	assert.Equal(t, -1, compareKinds(SchoolLiability, StudentAccident))
	assert.Equal(t, 1, compareKinds(StaffCombined, SchoolProperty))
	assert.Equal(t, -1, compareKinds(StaffCombined, "aaa"), "built-in before host kinds")
	assert.Equal(t, -1, compareKinds("aaa", "bbb"))
	assert.Equal(t, 0, compareKinds("aaa", "aaa"))
}

func TestStatusText(t *testing.T) {
	labels := map[Status][3]string{
		StatusFiled:     {"已报案", "已報案", "filed"},
		StatusApproved:  {"已核定", "已核定", "approved"},
		StatusPaid:      {"已赔付", "已賠付", "paid"},
		StatusRejected:  {"已拒赔", "已拒賠", "rejected"},
		StatusWithdrawn: {"已撤案", "已撤案", "withdrawn"},
	}
	for s := StatusFiled; s <= StatusWithdrawn; s++ {
		b, err := s.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, s.String(), string(b))
		var back Status
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
		assert.Equal(t, labels[s][0], s.Label(language.SimplifiedChinese))
		assert.Equal(t, labels[s][1], s.Label(language.TraditionalChinese))
		assert.Equal(t, labels[s][2], s.Label(language.English))
	}
	for _, bad := range []Status{0, 6, 255} {
		assert.False(t, bad.Valid())
		_, err := bad.MarshalText()
		requireField(t, err, "status")
		assert.Equal(t, bad.String(), bad.Label(language.English))
	}
	assert.Equal(t, "Status(0)", Status(0).String())
	var s Status
	requireField(t, s.UnmarshalText([]byte("Paid")), "status")
}

func TestPayerText(t *testing.T) {
	for p := PayerPublic; p <= PayerOther; p++ {
		b, err := p.MarshalText()
		require.NoError(t, err)
		var back Payer
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, p, back)
	}
	assert.Equal(t, "public", PayerPublic.String())
	assert.Equal(t, "Payer(4)", Payer(4).String())
	_, err := Payer(0).MarshalText()
	requireField(t, err, "payer")
	var p Payer
	requireField(t, p.UnmarshalText([]byte("parents")), "payer")
}

func TestTruncate(t *testing.T) {
	assert.Equal(t, "abc", truncate("abc", 5))
	assert.Equal(t, "ab…", truncate("abcdef", 2))
	assert.Equal(t, "校…", truncate("校方", 4), "cut on a rune boundary")
}
