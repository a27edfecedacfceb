package chain_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/pay"
)

func mor(s string) *big.Int {
	v, err := chain.ParseMOR(s)
	if err != nil {
		panic(err)
	}
	return v
}

// onboard performs the whole provider onboarding through internal/chain and checks every step.
// It runs on the simulated backend and, in the e2e build, against anvil over HTTP.
func onboard(t *testing.T, ctx context.Context, c *chain.Client, s chain.Signer, wantPlanMode string) (common.Hash, common.Hash) {
	t.Helper()
	p := s.Address()
	min, err := c.Minimums(ctx)
	if err != nil {
		t.Fatalf("minimums: %v", err)
	}
	// The double starts with the Base mainnet deploy configuration.
	if min.ProviderStake.Cmp(mor("0.1")) != 0 || min.ModelStake.Cmp(mor("0.1")) != 0 || min.BidFee.Cmp(mor("0.1")) != 0 ||
		min.MinPricePerSecond.Cmp(big.NewInt(1e13)) != 0 || min.MaxPricePerSecond.Cmp(big.NewInt(1e16)) != 0 {
		t.Fatalf("unexpected starting minimums: %+v", min)
	}
	balBefore, err := c.MORBalance(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	base, err := chain.RandomBaseID()
	if err != nil {
		t.Fatal(err)
	}
	modelID := chain.ModelID(p, base)
	price := big.NewInt(1e13)
	total := new(big.Int).Add(new(big.Int).Add(min.ProviderStake, min.ModelStake), min.BidFee)
	plan := []chain.TxRequest{
		c.ApproveTx(total),
		c.ProviderRegisterTx(p, min.ProviderStake, "127.0.0.1:3333"),
		c.ModelRegisterTx(p, base, common.Hash{}, big.NewInt(0), min.ModelStake, "test-model", []string{"LLM"}),
		c.PostModelBidTx(p, modelID, price),
	}
	res, err := c.SimulatePlan(ctx, p, plan)
	if err != nil {
		t.Fatalf("simulate plan: %v", err)
	}
	if res.Mode != wantPlanMode {
		t.Fatalf("plan simulated with %s, want %s", res.Mode, wantPlanMode)
	}
	if res.Gas[0] == 0 || (wantPlanMode == chain.PlanSimulatedAll && res.Gas[3] == 0) {
		t.Fatalf("plan gas not estimated: %v", res.Gas)
	}
	// Before the approve, the bid step alone must fail: nothing may be sent on a failing simulation.
	if _, err := c.Simulate(ctx, p, plan[3]); err == nil {
		t.Fatal("bid before registration simulated fine")
	} else if rv := asRevert(t, err); rv.Name != "MarketplaceProviderNotFound" {
		t.Fatalf("bid before registration failed as %s (%s), want MarketplaceProviderNotFound", rv.Name, rv.Reason)
	}

	sent := make([]*chain.Sent, len(plan))
	for i, r := range plan {
		sent[i], err = c.Send(ctx, s, r)
		if err != nil {
			t.Fatalf("send %s: %v", r.Kind, err)
		}
	}
	if got := sent[2].Events.ModelsRegistered; len(got) != 1 || got[0] != modelID {
		t.Fatalf("model ID from event %v, derived %s", got, modelID.Hex())
	}
	m, err := c.Model(ctx, modelID)
	if err != nil || !m.Active() || m.Name != "test-model" || m.Owner != p || m.Stake.Cmp(min.ModelStake) != 0 {
		t.Fatalf("model read back: %+v %v", m, err)
	}
	bids := sent[3].Events.BidsPosted
	wantBid := chain.BidID(p, modelID, big.NewInt(0))
	if len(bids) != 1 || bids[0].ID != wantBid {
		t.Fatalf("bid from receipt %+v, want %s", bids, wantBid.Hex())
	}

	snap, err := c.Snapshot(ctx, p, modelID)
	if err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	if !snap.Provider.Active() || snap.Provider.Endpoint != "127.0.0.1:3333" || snap.Provider.Stake.Cmp(min.ProviderStake) != 0 {
		t.Fatalf("provider in snapshot: %+v", snap.Provider)
	}
	if len(snap.ActiveBids) != 1 || snap.ActiveBids[0].ID != wantBid || snap.ActiveBids[0].PricePerSecond.Cmp(price) != 0 {
		t.Fatalf("bids in snapshot: %+v", snap.ActiveBids)
	}
	if snap.Models[modelID].Name != "test-model" {
		t.Fatalf("model in snapshot: %+v", snap.Models)
	}
	if snap.Allowance.Sign() != 0 {
		t.Fatalf("allowance left %s, want 0 (approve covered exactly the plan)", snap.Allowance)
	}
	if spent := new(big.Int).Sub(balBefore, snap.MORBalance); spent.Cmp(total) != 0 {
		t.Fatalf("MOR spent %s, want %s", spent, total)
	}
	if snap.ETHBalance.Sign() <= 0 || snap.Time == 0 || snap.Block == 0 {
		t.Fatalf("snapshot header fields: %+v", snap)
	}
	if h := pay.Headroom(snap.Provider, snap.Time); h.Cmp(min.ProviderStake) != 0 {
		t.Fatalf("headroom %s, want the stake", h)
	}
	return modelID, wantBid
}

func asRevert(t *testing.T, err error) *chain.RevertError {
	t.Helper()
	var rv *chain.RevertError
	if !errors.As(err, &rv) {
		t.Fatalf("want a *chain.RevertError, got %T: %v", err, err)
	}
	return rv
}
