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
	} {
		err := run(args, &bytes.Buffer{})
		assert.ErrorIs(t, err, houqin.ErrInvalidInput, strings.Join(args, " "))
	}
	err := run([]string{"-lang", "!!"}, &bytes.Buffer{})
	assert.Error(t, err)
	err = run([]string{"-nope"}, &bytes.Buffer{})
	assert.True(t, err != nil && !errors.Is(err, houqin.ErrInvalidInput))
}
