//go:build e2e

package probe_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chain/chaintest/anviltest"
	"github.com/morbotlabs/morbot/internal/cnode/cnodetest"
	"github.com/morbotlabs/morbot/internal/probe"
	"github.com/morbotlabs/morbot/internal/store/testdb"
	"github.com/morbotlabs/morbot/internal/view"
)

// A probe on a real node (anvil, the doubles deployed): the consumer node's wallet opens a session on
// exactly our bid, asks, closes; the provider's session count goes up by one, nothing stays open,
// and the provider is paid what the session earned.
func TestProbeAgainstAnvil(t *testing.T) {
	ctx := context.Background()
	owner, cl, _, _ := anviltest.World(t)
	provKey, _ := crypto.HexToECDSA(anviltest.Key1)
	us := chaintest.KeySigner{Key: provKey}
	consumer, _ := crypto.GenerateKey()
	for _, step := range []func() error{
		func() error { return owner.MintMOR(ctx, us.Address(), mor("10")) },
		func() error { return owner.MintMOR(ctx, crypto.PubkeyToAddress(consumer.PublicKey), mor("10")) },
		func() error { return owner.SendETH(ctx, crypto.PubkeyToAddress(consumer.PublicKey), mor("1")) },
		func() error { return owner.FundPayouts(ctx, mor("100")) },
	} {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	bid, err := chaintest.NewProvider(ctx, cl, us, "anvil-model", big.NewInt(1e13), "127.0.0.1:3333")
	if err != nil {
		t.Fatal(err)
	}
	node := &cnodetest.Node{Owner: owner, Chain: cl, Consumer: consumer, Provider: chaintest.KeyMessageSigner(provKey)}
	client, _ := cnodetest.Serve(t, node)
	db, err := testdb.Open(t, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	before, _ := cl.TotalSessions(ctx, us.Address())
	morBefore, _ := cl.MORBalance(ctx, us.Address())
	round, err := probe.New(probe.Options{Node: client, Chain: cl, Store: db, Provider: us.Address(), StepTimeout: 60 * time.Second}).
		Run(ctx, []probe.Target{{Bid: bid, Name: "anvil-model"}}, false)
	if err != nil || len(round.Results) != 1 || !round.Results[0].OK() {
		t.Fatalf("probe: %v %+v", err, round)
	}
	r := round.Results[0].Run
	t.Log(view.ProbeLine("anvil-model", r))
	after, _ := cl.TotalSessions(ctx, us.Address())
	s, _ := cl.Session(ctx, common.HexToHash(r.Session))
	morAfter, _ := cl.MORBalance(ctx, us.Address())
	paid := new(big.Int).Sub(morAfter, morBefore)
	if after != before+1 || !s.Closed() || s.BidID != bid.ID || paid.String() != r.Data.PaidWei || r.Data.OpenBlock == 0 || r.Data.CloseBlock <= r.Data.OpenBlock {
		t.Fatalf("sessions %d → %d, session %+v, paid %s (recorded %s), blocks %d → %d", before, after, s, paid, r.Data.PaidWei, r.Data.OpenBlock, r.Data.CloseBlock)
	}
	if opened, closed, open := node.Counts(); opened != 1 || closed != 1 || open != 0 {
		t.Fatalf("node: opened %d closed %d open %d", opened, closed, open)
	}
}
