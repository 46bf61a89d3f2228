package enum_test

import (
	"testing"

	"github.com/houqin-go/houqin/internal/enum"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// unset is an enum whose zero value means "not set".
var unset = enum.New("Kind", "kind",
	enum.Value{},
	enum.Value{Name: "one_fee", Hans: "一费制项目", Hant: "一費制項目", En: "one-fee item"},
	enum.Value{Name: "service", Hans: "服务性收费", Hant: "服務性收費", En: "service fee"},
	enum.Value{Name: "agency"},
)

// named is an enum whose zero value is a value.
var named = enum.New("Rounding", "rounding",
	enum.Value{Name: "half_up"}, enum.Value{Name: "half_even"}, enum.Value{Name: "floor"}, enum.Value{Name: "ceil"})

func TestString(t *testing.T) {
	assert.Equal(t, "one_fee", unset.String(1))
	assert.Equal(t, "Kind(0)", unset.String(0))
	assert.Equal(t, "Kind(13)", unset.String(13))
	assert.Equal(t, "half_up", named.String(0))
	assert.Equal(t, "Rounding(4)", named.String(4))
	assert.True(t, unset.Valid(3))
	assert.False(t, unset.Valid(0))
	assert.False(t, unset.Valid(4))
	assert.True(t, named.Valid(0))
}

func TestMarshalParse(t *testing.T) {
	for v := uint8(0); v < 4; v++ {
		b, why := unset.Marshal(v)
		assert.Empty(t, why)
		got, why := unset.Parse(b)
		assert.Empty(t, why)
		assert.Equal(t, v, got, "round trip")
	}
	b, why := unset.Marshal(0)
	assert.Equal(t, []byte{}, b, "an unset zero encodes as empty text")
	assert.Empty(t, why)
	b, why = unset.Marshal(9)
	assert.Nil(t, b)
	assert.Equal(t, "unknown kind Kind(9)", why)
	b, _ = named.Marshal(0)
	assert.Equal(t, "half_up", string(b))

	v, why := named.Parse(nil)
	assert.Equal(t, uint8(0), v, "empty text is the zero value")
	assert.Empty(t, why)
	_, why = unset.Parse([]byte("One_Fee"))
	assert.Equal(t, `unknown kind "One_Fee" (want one_fee, service or agency)`, why)
	_, why = named.Parse([]byte("校方责任险校方责任险校方责任险"))
	assert.Equal(t, `unknown rounding "校方责任险校方责任险…" (want half_up, half_even, floor or ceil)`, why)
}

func TestValidate(t *testing.T) {
	assert.Empty(t, unset.Validate(1))
	assert.Equal(t, "missing", unset.Validate(0))
	assert.Equal(t, "unknown kind Kind(7)", unset.Validate(7))
	assert.Empty(t, named.Validate(0))
	assert.Equal(t, "unknown rounding Rounding(4)", named.Validate(4))
}

func TestList(t *testing.T) {
	assert.Equal(t, "one_fee, service or agency", unset.List())
	assert.Equal(t, "half_up, half_even, floor or ceil", named.List())
	assert.Equal(t, "a", enum.New("T", "t", enum.Value{Name: "a"}).List())
	assert.Equal(t, "a or b", enum.New("T", "t", enum.Value{}, enum.Value{Name: "a"}, enum.Value{Name: "b"}).List())
}

func TestLabel(t *testing.T) {
	assert.Equal(t, "一费制项目", unset.Label(language.SimplifiedChinese, 1))
	assert.Equal(t, "一費制項目", unset.Label(language.MustParse("zh-TW"), 1))
	assert.Equal(t, "one-fee item", unset.Label(language.English, 1))
	assert.Equal(t, "agency", unset.Label(language.English, 3), "no label: the name")
	assert.Equal(t, "Kind(0)", unset.Label(language.English, 0))
}

func TestParseDoesNotAllocate(t *testing.T) {
	b := []byte("service")
	assert.Zero(t, testing.AllocsPerRun(100, func() { unset.Parse(b) }))
}

func TestSet(t *testing.T) {
	b, why := unset.MarshalSet(1)
	assert.Equal(t, "one_fee", string(b))
	assert.Empty(t, why)
	b, why = unset.MarshalSet(0)
	assert.Nil(t, b)
	assert.Equal(t, "unknown kind Kind(0)", why, "the zero value is refused")
	_, why = unset.MarshalSet(9)
	assert.Equal(t, "unknown kind Kind(9)", why)
	b, _ = named.MarshalSet(0)
	assert.Equal(t, "half_up", string(b), "a named zero value is a value")

	v, why := unset.ParseSet([]byte("service"))
	assert.Equal(t, uint8(2), v)
	assert.Empty(t, why)
	_, why = unset.ParseSet(nil)
	assert.Equal(t, `unknown kind "" (want one_fee, service or agency)`, why, "the empty text is refused")
	_, why = unset.ParseSet([]byte("x"))
	assert.Equal(t, `unknown kind "x" (want one_fee, service or agency)`, why)
}
