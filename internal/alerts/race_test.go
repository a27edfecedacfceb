//go:build race

package alerts

// Under the race detector every simulated block costs ~10× more; the scan test keeps its shape
// (ten chunks, a failure after three) on fewer blocks. `make test` also runs it without -race on the
// full 10,000 blocks.
const raceEnabled = true
