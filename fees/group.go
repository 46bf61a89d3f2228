package fees

// eachGroup calls fn with each group of at least least (1 or 2) of the
// indices [0, n) that share a key, its members in ascending order, the
// groups in the order of their first members; key reports false for an
// index that joins no group. fn may reorder the slice it is given but not
// keep it.
//
// For a school's few charges (n ≤ 64) it compares the pairs, and allocates
// nothing until it meets a group; beyond, it gathers the groups in a map.
func eachGroup[K comparable](n, least int, key func(int) (K, bool), fn func([]int)) {
	if n > 64 {
		eachGroupMap(n, least, key, fn)
		return
	}
	var done uint64
	var g []int
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
			fn(append(g, i))
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
