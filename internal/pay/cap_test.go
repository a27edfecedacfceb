package pay

import (
	"math/big"
	"testing"

	"github.com/morbotlabs/morbot/internal/chain"
)

// Earnings count against the stake only until the period ends; after it, nothing is earned yet in
// the next period (the contract renews it lazily) and the headroom is the whole stake.
func TestEarnedAndHeadroomFollowThePeriod(t *testing.T) {
	t.Parallel()
	stake := big.NewInt(1000)
	for _, c := range []struct {
		name             string
		earned, end, now uint64
		wantEarned       int64
		wantHeadroom     int64
	}{
		{"inside the period", 300, 2000, 1000, 300, 700},
		{"at the period end", 300, 2000, 2000, 300, 700},
		{"after the period end", 300, 2000, 2001, 0, 1000},
		{"earned past the stake", 1200, 2000, 1000, 1200, 0},
		{"nothing earned", 0, 2000, 1000, 0, 1000},
	} {
		p := chain.Provider{Stake: stake, LimitPeriodEarned: new(big.Int).SetUint64(c.earned), LimitPeriodEnd: c.end}
		if got := Earned(p, c.now); got.Int64() != c.wantEarned {
			t.Errorf("%s: earned %s, want %d", c.name, got, c.wantEarned)
		}
		if got := Headroom(p, c.now); got.Int64() != c.wantHeadroom {
			t.Errorf("%s: headroom %s, want %d", c.name, got, c.wantHeadroom)
		}
	}
}
