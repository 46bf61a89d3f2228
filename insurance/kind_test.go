package insurance

import (
	"slices"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestKindValidate(t *testing.T) {
	tests := []struct {
		name string
		kind Kind
		ok   bool
	}{
		{"built in", SchoolLiability, true},
		{"every built-in", StaffCombined, true},
		{"empty", "", false},
		{"upper case", "School_liability", false},
		{"leading digit", "9lives", false},
		{"leading underscore", "_x", false},
		{"dot", "a.b", false},
		{"hyphen", "a-b", false},
		{"space", "a b", false},
		{"64 bytes, unregistered", Kind(strings.Repeat("a", 64)), false},
		{"65 bytes", Kind(strings.Repeat("a", 65)), false},
		{"well formed but unregistered", "pet_insurance", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.kind.Validate()
			if tt.ok {
				assert.NoError(t, err)
				assert.True(t, tt.kind.Known())
			} else {
				requireField(t, err, "")
				assert.False(t, tt.kind.Known())
			}
		})
	}
}

func TestKindNames(t *testing.T) {
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
		{"not_registered", "not_registered", "not_registered", "not_registered"},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			assert.Equal(t, tt.hans, tt.kind.Name(language.SimplifiedChinese))
			assert.Equal(t, tt.hant, tt.kind.Name(language.TraditionalChinese))
			assert.Equal(t, tt.en, tt.kind.Name(language.English))
			assert.Equal(t, string(tt.kind), tt.kind.String())
		})
	}
}

func TestRegisterKind(t *testing.T) {
	const k Kind = "test_register_kind"
	require.NoError(t, RegisterKind(k, "食品安全责任险", "食品安全責任險", "food safety liability insurance"))
	require.NoError(t, RegisterKind(k, "食品安全责任险", "食品安全責任險", "food safety liability insurance"), "again is harmless")
	assert.True(t, k.Known())
	assert.NoError(t, k.Validate())
	assert.Equal(t, "食品安全責任險", k.Name(language.TraditionalChinese))
	requireField(t, RegisterKind(k, "别的名字", "別的名字", "another name"), "kind")
	requireField(t, RegisterKind("Bad Kind", "x", "x", "x"), "kind")
	requireField(t, RegisterKind(SchoolLiability, "校园责任险", "校園責任險", "campus liability"), "kind")
	require.NoError(t, RegisterKind(SchoolLiability, "校方责任险", "校方責任險", "school liability insurance"), "the built-in names again are harmless")
	err := RegisterKind("test_register_empty", "", "x", "x")
	require.ErrorIs(t, err, houqin.ErrInvalidInput)
	assert.False(t, Kind("test_register_empty").Known())

	kinds := Kinds()
	assert.Equal(t, builtinKinds[:], kinds[:len(builtinKinds)], "built-in kinds first, in order")
	assert.Contains(t, kinds[len(builtinKinds):], k)
	assert.True(t, slices.IsSortedFunc(kinds, compareKinds))
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
