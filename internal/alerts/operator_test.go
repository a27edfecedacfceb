package alerts

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/approval/approvaltest"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/store/testdb"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// In operator mode the operator key pays the gas: eth-low watches its ETH, not the provider's.
func TestEthLowWatchesTheOperatorKey(t *testing.T) {
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	db, err := testdb.Open(t, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	cl := sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	cold, hot := sim.Accounts[0], sim.Accounts[1]
	engCore := wiring.New(wiring.Options{Store: db, Chain: cl, Signer: chaintest.KeySigner{Key: hot.Key}, Policy: approval.Policy{Quorum: 1, Approvers: map[string]approval.Members{"console": {Users: map[string]bool{"alice": true}}}, Expiry: time.Hour}, Provider: cold.Address})
	eng := approvaltest.CoreOf(engCore)
	t.Cleanup(func() { eng.Close(); _ = db.Close() })
	d := engCore
	p := &posts{}
	coldETH, _ := cl.ETHBalance(ctx, cold.Address)
	r := New(Options{Domain: d, Chain: cl, Store: db, Poster: p, RepeatInterval: time.Hour, MinETH: coldETH})
	check := func() []chat.Message {
		t.Helper()
		if err := r.Check(ctx); err != nil {
			t.Fatal(err)
		}
		return p.take()
	}
	// Both wallets hold exactly the threshold: nothing fires.
	if _, fired := alertIn(check(), "eth-low"); fired {
		t.Fatal("eth-low fired with both wallets at the threshold")
	}
	// The operator key spends gas and drops below it; the provider wallet does not move.
	if _, err := cl.Send(ctx, chaintest.KeySigner{Key: hot.Key}, cl.ApproveTx(big.NewInt(1))); err != nil {
		t.Fatal(err)
	}
	m, fired := alertIn(check(), "eth-low")
	if !fired || !strings.Contains(m.Text, "The operator key "+hot.Address.Hex()+", which signs and pays the gas, holds") || strings.Contains(m.Text, cold.Address.Hex()) {
		t.Fatalf("eth-low in operator mode: %+v", m)
	}
	// Lowering the threshold below the operator's ETH resolves it, though the provider never changed.
	r.o.MinETH = big.NewInt(1)
	if !resolvedIn(check(), "eth-low") {
		t.Fatal("eth-low did not resolve")
	}
}
