package houqin

import (
	"errors"

	"github.com/houqin-go/houqin/internal/field"
)

// ErrInvalidInput is the sentinel every input error of the library matches
// with [errors.Is]: a negative amount, an unknown category, a policy with a
// ceiling above 100%, text that is not money. Bad input is always an error,
// never a finding and never a panic; a broken rule is a [Finding].
var ErrInvalidInput = errors.New("invalid input")

// An InputError reports one bad input value: the field that holds it and the
// reason it was refused. It matches [ErrInvalidInput] through [errors.Is], and
// [errors.As] recovers it from an error that joins several.
//
// Field is a path in the input as a host would write it in Go or JSON, such
// as "revenue", "lines[3].amount" or "policy.surplus_ceiling"; it is empty
// when the value has no name (the text handed to [ParseYuan], say).
type InputError struct {
	Field  string
	Reason string
}

// Invalid returns an *InputError for field with the given reason.
func Invalid(field, reason string) *InputError {
	return &InputError{Field: field, Reason: reason}
}

// Error returns "invalid input: field: reason", or "invalid input: reason"
// when the field is empty.
func (e *InputError) Error() string {
	if e.Field == "" {
		return "invalid input: " + e.Reason
	}
	return "invalid input: " + e.Field + ": " + e.Reason
}

// Is reports whether target is [ErrInvalidInput].
func (e *InputError) Is(target error) bool { return target == ErrInvalidInput }

// WithField places err under the field path prefix: an *InputError for
// "amount" becomes one for "lines[3].amount" when prefix is "lines[3]". It
// walks errors joined with [errors.Join] and leaves other errors wrapped in an
// *InputError for prefix. WithField(prefix, nil) is nil.
func WithField(prefix string, err error) error {
	if err == nil {
		return nil
	}
	var ie *InputError
	switch e := err.(type) {
	case *InputError:
		return &InputError{Field: field.Join(prefix, e.Field), Reason: e.Reason}
	case interface{ Unwrap() []error }:
		errs := e.Unwrap()
		out := make([]error, len(errs))
		for i, x := range errs {
			out[i] = WithField(prefix, x)
		}
		return errors.Join(out...)
	default:
		if errors.As(err, &ie) {
			return &InputError{Field: field.Join(prefix, ie.Field), Reason: ie.Reason}
		}
		return &InputError{Field: prefix, Reason: err.Error()}
	}
}

// InputErrors returns every *InputError in err, in order, walking the
// errors joined with [errors.Join] and the errors wrapped with %w: the list
// a host shows its user when a policy or a statement has several problems
// at once. It returns nil when err holds none.
func InputErrors(err error) []*InputError {
	var out []*InputError
	var walk func(error)
	walk = func(e error) {
		switch x := e.(type) {
		case nil:
		case *InputError:
			out = append(out, x)
		case interface{ Unwrap() []error }:
			for _, y := range x.Unwrap() {
				walk(y)
			}
		case interface{ Unwrap() error }:
			walk(x.Unwrap())
		}
	}
	walk(err)
	return out
}
