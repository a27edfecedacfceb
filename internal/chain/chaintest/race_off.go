//go:build !race

package chaintest

// Race says the race detector is on (see race_on.go).
const Race = false
