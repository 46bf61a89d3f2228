// Package problem collects every problem of an input instead of stopping at
// the first, so that a host shows its user the whole list at once.
//
// A List holds errors the caller builds with houqin.Invalid (one bad value)
// and houqin.WithField (a value's own errors placed under its field path):
// this package cannot import the root, which owns *houqin.InputError, and
// needs to know nothing of it. Err joins what was collected with
// errors.Join, flat, in the order the problems were found.
//
//	var p problem.List
//	if rev < 0 {
//		p.Add(houqin.Invalid("revenue", "negative"))
//	}
//	for i, l := range lines {
//		p.Add(houqin.WithField(field.Index("lines", i), l.Validate()))
//	}
//	return p.Err()
package problem

import "errors"

// List collects problems. The zero List is empty and ready to use.
type List struct {
	errs []error
}

// Add appends err to the list; a nil err adds nothing, and an error that
// joins several (errors.Join) adds each of them, so the list stays flat.
func (l *List) Add(err error) {
	if err == nil {
		return
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			l.Add(e)
		}
		return
	}
	l.errs = append(l.errs, err)
}

// Len returns the number of problems collected.
func (l *List) Len() int { return len(l.errs) }

// Err returns the problems joined with errors.Join in the order they were
// added, or nil when there is none.
func (l *List) Err() error { return errors.Join(l.errs...) }
