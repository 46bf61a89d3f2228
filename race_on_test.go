//go:build race

package houqin_test

// raceEnabled skips the tests that allocate hundreds of megabytes, which the
// race detector multiplies.
const raceEnabled = true
