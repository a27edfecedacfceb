package chain_test

import (
	"context"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chain/chaintest/contracts"
)

func newSim(t testing.TB, o chaintest.Options) *chaintest.Sim {
	t.Helper()
	sim, err := chaintest.NewSim(context.Background(), o)
	if err != nil {
		t.Fatalf("simulated chain: %v", err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	return sim
}

func TestOnboardingOnSimulatedChain(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	sim := newSim(t, chaintest.Options{Accounts: 1})
	c := sim.Client(chain.Options{PollInterval: 10 * time.Millisecond})
	onboard(t, ctx, c, chaintest.KeySigner{Key: sim.Accounts[0].Key}, chain.PlanSimulatedAll)
}

func TestOnboardingWithoutMulticall(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	sim := newSim(t, chaintest.Options{Accounts: 1, NoMulticall: true})
	c := sim.Client(chain.Options{PollInterval: 10 * time.Millisecond})
	onboard(t, ctx, c, chaintest.KeySigner{Key: sim.Accounts[0].Key}, chain.PlanSimulatedAll)
}

func TestFailurePathsDecodedByName(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	sim := newSim(t, chaintest.Options{Accounts: 3})
	c := sim.Client(chain.Options{PollInterval: 10 * time.Millisecond})
	alice := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	p := alice.Address()

	expectRevert := func(t *testing.T, from common.Address, r chain.TxRequest, name, reasonPart string) {
		t.Helper()
		_, err := c.Simulate(ctx, from, r)
		rv := asRevert(t, err)
		if rv.Name != name || !strings.Contains(rv.Reason, reasonPart) {
			t.Fatalf("%s: got %s %q, want %s containing %q", r.Kind, rv.Name, rv.Reason, name, reasonPart)
		}
	}
	send := func(r chain.TxRequest) {
		t.Helper()
		if _, err := c.Send(ctx, alice, r); err != nil {
			t.Fatalf("send %s: %v", r.Kind, err)
		}
	}

	// Insufficient allowance: providerRegister pulls MOR before checking the minimum.
	expectRevert(t, p, c.ProviderRegisterTx(p, mor("0.05"), "h:1"), "Error", "not approved for enough MOR")
	send(c.ApproveTx(mor("5000")))
	// Provider stake too low, with both numbers.
	expectRevert(t, p, c.ProviderRegisterTx(p, mor("0.05"), "h:1"), "ProviderStakeTooLow", "would be 0.05 MOR but the minimum is 0.1 MOR; add at least 0.05 MOR")
	// Insufficient balance.
	expectRevert(t, p, c.ProviderRegisterTx(p, mor("1000"), "h:1"), "Error", "does not hold enough MOR")
	// Bid before the provider exists.
	base := common.HexToHash("0x01")
	model := chain.ModelID(p, base)
	expectRevert(t, p, c.PostModelBidTx(p, model, big.NewInt(1e13)), "MarketplaceProviderNotFound", "not an active provider")
	// Provider not found on deregister.
	expectRevert(t, p, c.ProviderDeregisterTx(p), "ProviderNotFound", "no provider is registered")
	send(c.ProviderRegisterTx(p, mor("0.1"), "127.0.0.1:3333"))
	// Model stake too low.
	expectRevert(t, p, c.ModelRegisterTx(p, base, common.Hash{}, big.NewInt(0), mor("0.01"), "m", []string{"LLM"}), "ModelStakeTooLow", "model stake would be 0.01 MOR; the minimum is 0.1 MOR")
	// Model not found for a bid.
	expectRevert(t, p, c.PostModelBidTx(p, model, big.NewInt(1e13)), "MarketplaceModelNotFound", "derived model ID")
	send(c.ModelRegisterTx(p, base, common.Hash{}, big.NewInt(0), mor("0.1"), "m", []string{"LLM"}))
	// Price out of bounds, both sides.
	expectRevert(t, p, c.PostModelBidTx(p, model, big.NewInt(1e13-1)), "MarketplaceBidPricePerSecondInvalid", "outside the allowed range")
	expectRevert(t, p, c.PostModelBidTx(p, model, big.NewInt(1e16+1)), "MarketplaceBidPricePerSecondInvalid", "outside the allowed range")
	send(c.PostModelBidTx(p, model, big.NewInt(1e13)))
	// Provider with active bids cannot deregister; model with active bids neither.
	expectRevert(t, p, c.ProviderDeregisterTx(p), "ProviderHasActiveBids", "delete all your active bids")
	expectRevert(t, p, c.ModelDeregisterTx(model), "ModelHasActiveBids", "still has active bids")
	// Someone else acting for the provider.
	bob := sim.Accounts[1].Address
	expectRevert(t, bob, c.PostModelBidTx(p, model, big.NewInt(1e13)), "InsufficientRightsForOperation", "may not act for "+p.Hex())
	// Unknown bid: rights check fails first (owner reads as 0x0).
	expectRevert(t, p, c.DeleteModelBidTx(common.HexToHash("0x1234")), "InsufficientRightsForOperation", "unknown bid")
	// Re-posting replaces the bid and charges the fee again.
	before, _ := c.MORBalance(ctx, p)
	send(c.PostModelBidTx(p, model, big.NewInt(2e13)))
	after, _ := c.MORBalance(ctx, p)
	if d := new(big.Int).Sub(before, after); d.Cmp(mor("0.1")) != 0 {
		t.Fatalf("re-post charged %s, want the 0.1 MOR fee", d)
	}
	ids, total, err := c.ProviderActiveBids(ctx, p, 0, 10)
	if err != nil || total != 1 || ids[0] != chain.BidID(p, model, big.NewInt(1)) {
		t.Fatalf("after re-post: %v %d %v", ids, total, err)
	}
	// Deleting twice: the second says the bid is gone.
	send(c.DeleteModelBidTx(ids[0]))
	expectRevert(t, p, c.DeleteModelBidTx(ids[0]), "MarketplaceActiveBidNotFound", "already deleted")
	// Now deregistration works; again says already deregistered.
	send(c.ProviderDeregisterTx(p))
	expectRevert(t, p, c.ProviderDeregisterTx(p), "ProviderHasAlreadyDeregistered", "already deregistered")
	// Only the owner changes minimums.
	expectRevert(t, p, chain.TxRequest{Kind: "providerSetMinStake", To: sim.C.Diamond, Data: common.FromHex("0x0b7f94d6" + strings.Repeat("0", 64))}, "OwnableUnauthorizedAccount", "only the marketplace owner")
}

func TestSendRefusesWhenSimulationFails(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	sim := newSim(t, chaintest.Options{Accounts: 1})
	c := sim.Client(chain.Options{PollInterval: 10 * time.Millisecond})
	s := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	nonce, _ := c.PendingNonce(ctx, s.Address())
	_, err := c.Send(ctx, s, c.ProviderRegisterTx(s.Address(), mor("0.2"), "h:1"))
	asRevert(t, err)
	after, _ := c.PendingNonce(ctx, s.Address())
	if after != nonce {
		t.Fatalf("a transaction was sent although simulation failed (nonce %d -> %d)", nonce, after)
	}
}

func TestPlanStepFailureNamesTheStep(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	sim := newSim(t, chaintest.Options{Accounts: 1})
	c := sim.Client(chain.Options{})
	p := sim.Accounts[0].Address
	// Approve too little for the provider stake + model stake: step 3 (modelRegister) must fail.
	plan := []chain.TxRequest{
		c.ApproveTx(mor("0.15")),
		c.ProviderRegisterTx(p, mor("0.1"), "h:1"),
		c.ModelRegisterTx(p, common.HexToHash("0x02"), common.Hash{}, big.NewInt(0), mor("0.1"), "m", []string{"LLM"}),
	}
	_, err := c.SimulatePlan(ctx, p, plan)
	var se *chain.PlanStepError
	if !asPlanErr(err, &se) || se.Step != 2 || se.Kind != "modelRegister" || !strings.Contains(se.Revert.Reason, "not approved for enough MOR") {
		t.Fatalf("plan error: %v", err)
	}
}

func asPlanErr(err error, target **chain.PlanStepError) bool {
	e, ok := err.(*chain.PlanStepError)
	if ok {
		*target = e
	}
	return ok
}

func TestVerifyStartup(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	sim := newSim(t, chaintest.Options{Accounts: 1})
	ep := chain.Endpoint{URL: "http://sim.local:8545/secret-key", RPC: sim.RPC()}
	if err := chain.Verify(ctx, ep, sim.Network(), time.Second); err != nil {
		t.Fatalf("verify good network: %v", err)
	}
	wrongChain := sim.Network()
	wrongChain.ChainID = 8453
	err := chain.Verify(ctx, ep, wrongChain, time.Second)
	if err == nil || !strings.Contains(err.Error(), "serves chain ID 1337 but the configured network simulated is chain ID 8453") || !strings.Contains(err.Error(), "http://sim.local:8545") {
		t.Fatalf("wrong chain: %v", err)
	}
	if strings.Contains(err.Error(), "secret-key") {
		t.Fatalf("RPC URL path leaked into the error: %v", err)
	}
	noCode := sim.Network()
	noCode.Diamond = common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	if err := chain.Verify(ctx, ep, noCode, time.Second); err == nil || !strings.Contains(err.Error(), "no contract code at the Diamond") {
		t.Fatalf("no code: %v", err)
	}
	wrongToken := sim.Network()
	wrongToken.MOR = sim.C.Multicall // has code, but is not the Diamond's token
	if err := chain.Verify(ctx, ep, wrongToken, time.Second); err == nil || !strings.Contains(err.Error(), "the Diamond's token is") {
		t.Fatalf("wrong token: %v", err)
	}
}

func TestFailoverSkipsDeadEndpoint(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	sim := newSim(t, chaintest.Options{Accounts: 1})
	// A closed port on 127.0.0.1.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + l.Addr().String()
	_ = l.Close()
	deadRPC, err := rpc.DialContext(ctx, dead)
	if err != nil {
		t.Fatal(err)
	}
	f := chain.NewFailover([]chain.Endpoint{{URL: dead, RPC: deadRPC}, {URL: "sim", RPC: sim.RPC()}}, time.Second, nil)
	c := chain.NewClient(f, sim.Network(), chain.Options{})
	if _, err := c.Minimums(ctx); err != nil {
		t.Fatalf("failover did not reach the live endpoint: %v", err)
	}
	// A revert is an answer, not a failure: it must come back decoded, not as "unreachable".
	_, err = c.Simulate(ctx, sim.Accounts[0].Address, c.ProviderRegisterTx(sim.Accounts[0].Address, mor("1"), "h:1"))
	asRevert(t, err)
	// All endpoints down: a clear error naming the endpoints.
	only := chain.NewFailover([]chain.Endpoint{{URL: dead, RPC: deadRPC}}, time.Second, nil)
	_, err = chain.NewClient(only, sim.Network(), chain.Options{}).Minimums(ctx)
	if err == nil || !strings.Contains(err.Error(), "no RPC endpoint answered") || !strings.Contains(err.Error(), l.Addr().String()) {
		t.Fatalf("all down: %v", err)
	}
}

func TestSnapshotRoundTrips(t *testing.T) {
	t.Parallel()
	for _, n := range []int{1, 10} {
		sim := newSim(t, chaintest.Options{Accounts: 1})
		models := setupBids(t, sim, n)
		counter := &chaintest.Counter{Inner: sim.RPC()}
		c := chain.NewClient(counter, sim.Network(), chain.Options{})
		snap, err := c.Snapshot(context.Background(), sim.Accounts[0].Address, models...)
		if err != nil {
			t.Fatal(err)
		}
		if len(snap.ActiveBids) != n {
			t.Fatalf("%d bids read, want %d", len(snap.ActiveBids), n)
		}
		if got := counter.Count(); got > 2 {
			t.Fatalf("snapshot with %d bids took %d round trips, want at most 2 with Multicall3", n, got)
		}
	}
}

// setupBids registers a provider, n models and one bid on each; it returns the model IDs.
func setupBids(t testing.TB, sim *chaintest.Sim, n int) []common.Hash {
	t.Helper()
	ctx := context.Background()
	c := sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	s := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	p := s.Address()
	need := new(big.Int).Mul(mor("0.2"), big.NewInt(int64(n)))
	need.Add(need, mor("0.1"))
	if _, err := c.Send(ctx, s, c.ApproveTx(need)); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Send(ctx, s, c.ProviderRegisterTx(p, mor("0.1"), "127.0.0.1:3333")); err != nil {
		t.Fatal(err)
	}
	models := make([]common.Hash, n)
	for i := range n {
		base := common.BigToHash(big.NewInt(int64(i + 1)))
		if _, err := c.Send(ctx, s, c.ModelRegisterTx(p, base, common.Hash{}, big.NewInt(0), mor("0.1"), "m", []string{"LLM"})); err != nil {
			t.Fatal(err)
		}
		models[i] = chain.ModelID(p, base)
		if _, err := c.Send(ctx, s, c.PostModelBidTx(p, models[i], big.NewInt(1e13+int64(i)))); err != nil {
			t.Fatal(err)
		}
	}
	return models
}

func BenchmarkSnapshot(b *testing.B) {
	for _, n := range []int{1, 10, 100} {
		for _, mc := range []bool{true, false} {
			name := "multicall"
			if !mc {
				name = "batch"
			}
			b.Run(name+"/bids="+itoa(n), func(b *testing.B) {
				sim := newSim(b, chaintest.Options{Accounts: 1, NoMulticall: !mc})
				models := setupBids(b, sim, n)
				counter := &chaintest.Counter{Inner: sim.RPC()}
				c := chain.NewClient(counter, sim.Network(), chain.Options{})
				b.ResetTimer()
				for b.Loop() {
					if _, err := c.Snapshot(context.Background(), sim.Accounts[0].Address, models...); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(counter.Count())/float64(b.N), "roundtrips/op")
			})
		}
	}
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

// A provider with more bids than one page (200) is read whole: every bid, each once. Under -race the
// page is 20 and the bids 21 (make e2e runs it at 201 without -race).
func TestSnapshotPagesPast200Bids(t *testing.T) {
	t.Parallel()
	n, page := 201, uint64(0)
	if chaintest.Race {
		n, page = 21, 20
	}
	sim := newSim(t, chaintest.Options{Accounts: 1})
	models := setupBids(t, sim, n)
	counter := &chaintest.Counter{Inner: sim.RPC()}
	c := chain.NewClient(counter, sim.Network(), chain.Options{Page: page})
	snap, err := c.Snapshot(context.Background(), sim.Accounts[0].Address, models...)
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.ActiveBids) != n {
		t.Fatalf("%d bids read, want %d", len(snap.ActiveBids), n)
	}
	seen := map[common.Hash]bool{}
	prices := map[int64]bool{}
	for _, b := range snap.ActiveBids {
		if seen[b.ID] {
			t.Fatalf("bid %s read twice", b.ID.Hex())
		}
		seen[b.ID] = true
		prices[b.PricePerSecond.Int64()-1e13] = true
	}
	for i := range int64(n) {
		if !prices[i] {
			t.Fatalf("the bid of model %d (price 1e13+%d) is missing", i, i)
		}
	}
	if got := counter.Count(); got > 4 {
		t.Fatalf("%d round trips for two pages of bids", got)
	}
}

// A deleted bid's event is decoded with the provider, the model and the bid ID it derives.
func TestBidDeletedEventDecoded(t *testing.T) {
	t.Parallel()
	sim := newSim(t, chaintest.Options{Accounts: 1})
	models := setupBids(t, sim, 1)
	ctx := context.Background()
	c := sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	s := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	ids, _, err := c.ProviderActiveBids(ctx, s.Address(), 0, 10)
	if err != nil || len(ids) != 1 {
		t.Fatalf("bids %v %v", ids, err)
	}
	sent, err := c.Send(ctx, s, c.DeleteModelBidTx(ids[0]))
	if err != nil {
		t.Fatal(err)
	}
	d := sent.Events.BidsDeleted
	if len(d) != 1 || d[0].ID != ids[0] || d[0].Provider != s.Address() || d[0].ModelID != models[0] || len(sent.Events.BidsPosted) != 0 {
		t.Fatalf("decoded %+v", sent.Events)
	}
}

// A zero bid fee is valid, as on the real contract: a bid then costs nothing. Withdrawing fees when
// none were collected is what reverts with MarketplaceFeeAmountIsZero.
func TestZeroBidFee(t *testing.T) {
	t.Parallel()
	sim := newSim(t, chaintest.Options{Accounts: 1})
	ctx := context.Background()
	if err := sim.SetBidFee(ctx, big.NewInt(0)); err != nil {
		t.Fatalf("setMarketplaceBidFee(0) refused: %v", err)
	}
	c := sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	s := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	p := s.Address()
	if m, err := c.Minimums(ctx); err != nil || m.BidFee.Sign() != 0 {
		t.Fatalf("bid fee %v %v", m.BidFee, err)
	}
	for _, r := range []chain.TxRequest{c.ApproveTx(mor("0.2")), c.ProviderRegisterTx(p, mor("0.1"), "127.0.0.1:3333"),
		c.ModelRegisterTx(p, common.HexToHash("0x1"), common.Hash{}, big.NewInt(0), mor("0.1"), "m", []string{"LLM"})} {
		if _, err := c.Send(ctx, s, r); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := c.MORBalance(ctx, p)
	if _, err := c.Send(ctx, s, c.PostModelBidTx(p, chain.ModelID(p, common.HexToHash("0x1")), big.NewInt(1e13))); err != nil {
		t.Fatalf("a bid with a zero fee: %v", err)
	}
	after, _ := c.MORBalance(ctx, p)
	if before.Cmp(after) != 0 {
		t.Fatalf("a zero-fee bid moved %s wei", new(big.Int).Sub(before, after))
	}
	withdraw := chain.TxRequest{Kind: "withdrawFee", To: sim.Network().Diamond, Data: contracts.NewMarketplaceDouble().PackWithdrawFee(p, big.NewInt(1))}
	_, err := c.Simulate(ctx, sim.Owner.Address(), withdraw)
	if rv := asRevert(t, err); rv.Name != "MarketplaceFeeAmountIsZero" || rv.Reason != "there are no collected bid fees to withdraw" {
		t.Fatalf("withdrawFee with nothing collected: %s %q", rv.Name, rv.Reason)
	}
}

// The double's DELEGATION_RULES_* getters return RightHash, its registry is the one Rights reads,
// and a grant in the registry shows up in Rights and lets the operator act for the provider.
func TestRightsOnTheDouble(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	sim := newSim(t, chaintest.Options{Accounts: 2})
	c := sim.Client(chain.Options{PollInterval: 10 * time.Millisecond})
	md := contracts.NewMarketplaceDouble()
	for name, pack := range map[string][]byte{"provider": md.PackDELEGATIONRULESPROVIDER(), "model": md.PackDELEGATIONRULESMODEL(),
		"marketplace": md.PackDELEGATIONRULESMARKETPLACE(), "session": md.PackDELEGATIONRULESSESSION()} {
		var out hexutil.Bytes
		if err := sim.Raw.CallContext(ctx, &out, "eth_call", map[string]any{"to": sim.C.Diamond, "data": hexutil.Bytes(pack)}, "latest"); err != nil {
			t.Fatal(err)
		}
		if common.BytesToHash(out) != chain.RightHash(name) {
			t.Fatalf("DELEGATION_RULES for %s = %x", name, out)
		}
	}
	cold, hot := sim.Accounts[0], sim.Accounts[1]
	r, err := c.Rights(ctx, hot.Address, cold.Address)
	if err != nil || r.Registry != sim.C.Registry || len(r.Missing("providerRegister", "postModelBid", "claimForProvider", "approve")) != 3 {
		t.Fatalf("rights before any grant: %+v %v", r, err)
	}
	if err := sim.Delegate(ctx, cold.Key, hot.Address, chain.RightHash("provider"), true); err != nil {
		t.Fatal(err)
	}
	if r, _ = c.Rights(ctx, hot.Address, cold.Address); !r.Held["provider"] || r.Held["model"] {
		t.Fatalf("rights after the provider grant: %+v", r.Held)
	}
	if _, err := c.Send(ctx, chaintest.KeySigner{Key: cold.Key}, c.ApproveTx(mor("1"))); err != nil {
		t.Fatal(err)
	}
	// The operator registers the cold wallet; MOR comes from the cold wallet.
	if _, err := c.Send(ctx, chaintest.KeySigner{Key: hot.Key}, c.ProviderRegisterTx(cold.Address, mor("0.2"), "127.0.0.1:3333")); err != nil {
		t.Fatalf("operator register: %v", err)
	}
	// The model right is missing: the revert names both parties.
	_, err = c.Simulate(ctx, hot.Address, c.ModelRegisterTx(cold.Address, common.HexToHash("0x01"), common.Hash{}, big.NewInt(0), mor("0.1"), "m", []string{"LLM"}))
	rv := asRevert(t, err)
	if rv.Name != "InsufficientRightsForOperation" || !strings.Contains(rv.Reason, hot.Address.Hex()+" may not act for "+cold.Address.Hex()) {
		t.Fatalf("model register without the right: %s %s", rv.Name, rv.Reason)
	}
}

func TestIsClaimAcceptsOnlyAPlainClaim(t *testing.T) {
	t.Parallel()
	sim := newSim(t, chaintest.Options{Accounts: 1})
	c := sim.Client(chain.Options{})
	n := c.Network()
	claim := c.ClaimForProviderTx(common.HexToHash("0x01"))
	if !n.IsClaim(claim) {
		t.Fatal("a claim is not recognised")
	}
	for name, r := range map[string]chain.TxRequest{
		"other kind":     c.DeleteModelBidTx(common.HexToHash("0x01")),
		"relabelled":     {Kind: chain.KindClaim, To: n.Diamond, Data: c.DeleteModelBidTx(common.HexToHash("0x01")).Data},
		"other contract": {Kind: chain.KindClaim, To: n.MOR, Data: claim.Data},
		"with value":     {Kind: chain.KindClaim, To: n.Diamond, Data: claim.Data, Value: big.NewInt(1)},
		"extra data":     {Kind: chain.KindClaim, To: n.Diamond, Data: append(append([]byte(nil), claim.Data...), 0)},
	} {
		if n.IsClaim(r) {
			t.Errorf("%s passes as a claim", name)
		}
	}
}
