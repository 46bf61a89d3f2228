package problem_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/houqin-go/houqin/internal/problem"
	"github.com/stretchr/testify/assert"
)

func TestList(t *testing.T) {
	var l problem.List
	assert.NoError(t, l.Err(), "an empty list is no error")
	assert.Zero(t, l.Len())

	a, b, c := errors.New("a"), errors.New("b"), errors.New("c")
	l.Add(nil)
	l.Add(a)
	l.Add(errors.Join(b, nil, errors.Join(c)))
	wrapped := fmt.Errorf("ctx: %w", a)
	l.Add(wrapped)
	assert.Equal(t, 4, l.Len(), "joined errors are flattened, nil is dropped")

	err := l.Err()
	assert.ErrorIs(t, err, a)
	assert.ErrorIs(t, err, c)
	joined, ok := err.(interface{ Unwrap() []error })
	assert.True(t, ok)
	assert.Equal(t, []error{a, b, c, wrapped}, joined.Unwrap(), "in order, flat")
}
