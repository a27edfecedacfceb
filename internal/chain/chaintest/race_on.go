//go:build race

package chaintest

// Race says the race detector is on. Under it every simulated transaction and block costs about ten
// times more, so the tests that build big chain states (10,000 blocks, 201 bids, 1,000 sessions) keep
// their shape at a smaller size; `make e2e` runs them once more without -race at full size.
const Race = true
