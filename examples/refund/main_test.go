package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/houqin-go/houqin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"zh-Hans", nil},
		{"zh-Hant", []string{"-lang", "zh-Hant"}},
		{"en", []string{"-lang", "en", "-total", "100", "-pupils", "3"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			require.NoError(t, run(tt.args, &out))
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				require.NoError(t, os.WriteFile(path, out.Bytes(), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, string(want), out.String())
		})
	}
}

func TestSharesSumToTheTotal(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-lang", "en"}, &out))
	assert.Contains(t, out.String(), "Total CN¥1,000.00 (壹仟元整)")
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-total", "1e3"},
		{"-total", "12.345"},
		{"-pupils", "0"},
		{"-total", "-10.00"},
	} {
		err := run(args, &bytes.Buffer{})
		assert.ErrorIs(t, err, houqin.ErrInvalidInput, strings.Join(args, " "))
	}
	err := run([]string{"-lang", "!!"}, &bytes.Buffer{})
	assert.Error(t, err)
	err = run([]string{"-nope"}, &bytes.Buffer{})
	assert.True(t, err != nil && !errors.Is(err, houqin.ErrInvalidInput))
}

// A total that divides evenly says nothing of pupils who get a fen more;
// English agrees with one pupil.
func TestEvenAndOne(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-total", "90.00", "-pupils", "45"}, &out))
	assert.Contains(t, out.String(), "每人 ¥2.00，合计与多收金额分毫不差。")
	assert.NotContains(t, out.String(), "前 0 名")
	out.Reset()
	require.NoError(t, run([]string{"-lang", "en", "-total", "1.01", "-pupils", "2"}, &out))
	assert.Contains(t, out.String(), "refunded to 2 pupils:")
	assert.Contains(t, out.String(), "1 pupil at the top of the roll gets one fen more")
	out.Reset()
	require.NoError(t, run([]string{"-lang", "en", "-total", "1.00", "-pupils", "1"}, &out))
	assert.Contains(t, out.String(), "refunded to 1 pupil:")
}

func TestHelpAndLang(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-h"}, &out))
	assert.Contains(t, out.String(), "Usage: refund")
	assert.NotContains(t, out.String(), "help requested")
	for _, l := range []string{"ja", "english"} {
		err := run([]string{"-lang", l}, &bytes.Buffer{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "accepted values are zh-Hans")
	}
	err := run([]string{"-total", "-1.00"}, &bytes.Buffer{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "-total")
}
