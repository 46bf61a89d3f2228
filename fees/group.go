package fees

// eachGroup calls fn with each group of at least least (1 or 2) of the
// indices [0, n) that share a key, its members in ascending order, the
// groups in the order of their first members; key reports false for an
// index that joins no group. fn may reorder the slice it is given but not
// keep it.
//
// For a school's few charges (n ≤ 64) it compares the pairs, and
// allocates nothing but the buffer *buf, of n, the first time it meets a
// group (the caller shares it between calls); beyond, it gathers the
// groups in a map.
func eachGroup[K comparable](n, least int, key func(int) (K, bool), buf *[]int, fn func([]int)) {
	if n > 64 {
		eachGroupMap(n, least, key, fn)
		return
	}
	var done uint64
	g := *buf
	defer func() { *buf = g }()
	for i := range n {
		if done&(1<<i) != 0 {
			continue
		}
		ki, ok := key(i)
		if !ok {
			continue
		}
		g = g[:0]
		for j := i + 1; j < n; j++ {
			if done&(1<<j) != 0 {
				continue
			}
			if kj, ok := key(j); ok && kj == ki {
				if cap(g) == 0 {
					g = make([]int, 0, n)
				}
				if len(g) == 0 {
					g = append(g, i)
				}
				g = append(g, j)
				done |= 1 << j
			}
		}
		switch {
		case len(g) > 0:
			fn(g)
		case least == 1:
			if cap(g) == 0 {
				g = make([]int, 0, n)
			}
			g = append(g, i)
			fn(g)
		}
	}
}

func eachGroupMap[K comparable](n, least int, key func(int) (K, bool), fn func([]int)) {
	m := make(map[K][]int)
	var order []K
	for i := range n {
		k, ok := key(i)
		if !ok {
			continue
		}
		g, seen := m[k]
		if !seen {
			order = append(order, k)
		}
		m[k] = append(g, i)
	}
	for _, k := range order {
		if g := m[k]; len(g) >= least {
			fn(g)
		}
	}
}
