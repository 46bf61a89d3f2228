// Package field writes the paths that name a value in a host's input, as
// the host would write them in Go or JSON: "lines[3].amount",
// "policy.kinds.school_liability.limit". Every *houqin.InputError names its
// field with such a path.
package field

import "strconv"

// Index returns the path of element i of the list name: Index("lines", 3)
// is "lines[3]", and Index("", 3) is "[3]".
func Index(name string, i int) string {
	b := make([]byte, 0, len(name)+8)
	b = append(b, name...)
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(i), 10)
	return string(append(b, ']'))
}

// Join returns the path of field under prefix: Join("lines[3]", "amount") is
// "lines[3].amount", Join("lines", "[3]") is "lines[3]"; an empty part adds
// nothing. Join of more parts joins them in order.
func Join(parts ...string) string {
	out := ""
	for _, p := range parts {
		switch {
		case p == "":
		case out == "", p[0] == '[':
			out += p
		default:
			out += "." + p
		}
	}
	return out
}
