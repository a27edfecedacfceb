package chain_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
)

// bidsOnOneModel registers a model (account 0 owns it) and has n providers bid on it at the given
// prices (wei per second), returning the model ID.
func bidsOnOneModel(t testing.TB, sim *chaintest.Sim, c *chain.Client, prices []int64) common.Hash {
	t.Helper()
	ctx := context.Background()
	owner := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	base := common.HexToHash("0x0a")
	model := chain.ModelID(owner.Address(), base)
	send := func(s chaintest.KeySigner, r chain.TxRequest) {
		t.Helper()
		if _, err := c.Send(ctx, s, r); err != nil {
			t.Fatalf("%s: %v", r.Kind, err)
		}
	}
	for i, p := range prices {
		s := chaintest.KeySigner{Key: sim.Accounts[i].Key}
		send(s, c.ApproveTx(mor("1")))
		send(s, c.ProviderRegisterTx(s.Address(), mor("0.1"), "127.0.0.1:3333"))
		if i == 0 {
			send(s, c.ModelRegisterTx(s.Address(), base, common.Hash{}, big.NewInt(0), mor("0.1"), "m", []string{"LLM"}))
		}
		send(s, c.PostModelBidTx(s.Address(), model, big.NewInt(p)))
	}
	return model
}

func TestMarketRanksBidsFromThreeProviders(t *testing.T) {
	t.Parallel()
	sim := newSim(t, chaintest.Options{Accounts: 3})
	c := sim.Client(chain.Options{PollInterval: 10 * time.Millisecond})
	model := bidsOnOneModel(t, sim, c, []int64{3e13, 1e13, 2e13})
	mk, err := c.Market(context.Background(), model)
	if err != nil {
		t.Fatal(err)
	}
	if len(mk.Bids) != 3 || mk.Model.Name != "m" {
		t.Fatalf("market: %d bids, model %q", len(mk.Bids), mk.Model.Name)
	}
	want := []common.Address{sim.Accounts[1].Address, sim.Accounts[2].Address, sim.Accounts[0].Address}
	for i, b := range mk.Bids {
		if b.Provider != want[i] {
			t.Fatalf("bid %d is %s's, want %s's (cheapest first)", i, b.Provider.Hex(), want[i].Hex())
		}
	}
	// Account 0's bid (3e13) ranks 3 of 3; re-posting it at 1.5e13 would rank 2 of 3; at 1e13 it ties
	// for first (only strictly cheaper bids rank ahead).
	if r, n := mk.Rank(big.NewInt(3e13), common.Hash{}); r != 3 || n != 4 {
		t.Fatalf("rank of 3e13 among all: %d of %d", r, n)
	}
	ours := mk.Bids[2].ID
	for price, want := range map[int64]int{15e12: 2, 1e13: 1, 5e13: 3} {
		if r, n := mk.Rank(big.NewInt(price), ours); r != want || n != 3 {
			t.Errorf("re-post at %d: rank %d of %d, want %d of 3", price, r, n, want)
		}
	}
}

// The market of a model with 100 bids is read in 3 round trips with Multicall3: the model and the
// first page, the bids, and their providers' stakes and stats (a bid names its provider only once read).
// Under -race, 30 bids take the same path (make e2e runs it at 100 without -race).
func TestMarketRoundTripsAt100Bids(t *testing.T) {
	t.Parallel()
	n := 100
	if chaintest.Race {
		n = 30
	}
	prices := make([]int64, n)
	for i := range prices {
		prices[i] = 1e13 + int64(i)*1e11
	}
	mk, counter, _ := countedMarket(t, prices, 0)
	if len(mk.Bids) != n || mk.Bids[0].PricePerSecond.Int64() != 1e13 || mk.Bids[n-1].PricePerSecond.Int64() != 1e13+int64(n-1)*1e11 {
		t.Fatalf("market: %d bids", len(mk.Bids))
	}
	if c := counter.Count(); c > 3 {
		t.Fatalf("the market used %d round trips, want at most 3", c)
	}
	if len(mk.Bidders) != n || mk.Minimums.ProviderStake == nil || mk.Minimums.ProviderStake.Sign() <= 0 || mk.Minimums.MinPricePerSecond == nil {
		t.Fatalf("rating inputs: %d bidders, minimum stake %v", len(mk.Bidders), mk.Minimums.ProviderStake)
	}
	for _, b := range mk.Bids {
		if st := mk.Bidders[b.Provider].Stake; st == nil || st.Sign() <= 0 {
			t.Fatalf("bidder %s: stake %v", b.Provider.Hex(), st)
		}
	}
}

// Past one page of bid IDs the market reads the next page at the same block: 201 bids, one round trip
// more for the second page. Under -race the page is 20 and the bids 21 (make e2e runs it at 201
// without -race).
func TestMarketPagesPast200Bids(t *testing.T) {
	t.Parallel()
	n, page := 201, uint64(0)
	if chaintest.Race {
		n, page = 21, 20
	}
	prices := make([]int64, n)
	for i := range prices {
		prices[i] = 2e13 - int64(i)*1e10 // the last provider is the cheapest
	}
	mk, counter, sim := countedMarket(t, prices, page)
	if len(mk.Bids) != n || mk.Bids[0].PricePerSecond.Int64() != 2e13-int64(n-1)*1e10 || mk.Bids[0].Provider != (chaintest.KeySigner{Key: sim.Accounts[n-1].Key}).Address() || mk.Bids[n-1].PricePerSecond.Int64() != 2e13 {
		t.Fatalf("market: %d bids, cheapest %v", len(mk.Bids), mk.Bids[0].PricePerSecond)
	}
	seen := map[common.Hash]bool{}
	for _, b := range mk.Bids {
		seen[b.ID] = true
	}
	if len(seen) != n {
		t.Fatalf("%d distinct bids of %d", len(seen), n)
	}
	if rank, of := mk.Rank(big.NewInt(1), common.Hash{}); rank != 1 || of != n+1 {
		t.Fatalf("rank %d of %d", rank, of)
	}
	if c, want := counter.Count(), int64(4); c != want {
		t.Fatalf("the market used %d round trips, want %d", c, want)
	}
}

// countedMarket posts one bid per price (one provider each) on one model and reads the market through
// a round-trip counter.
func countedMarket(t *testing.T, prices []int64, page uint64) (*chain.Market, *chaintest.Counter, *chaintest.Sim) {
	t.Helper()
	sim := newSim(t, chaintest.Options{Accounts: len(prices)})
	model := bidsOnOneModel(t, sim, sim.Client(chain.Options{PollInterval: 10 * time.Millisecond}), prices)
	counter := &chaintest.Counter{Inner: sim.RPC()}
	mk, err := chain.NewClient(counter, sim.Network(), chain.Options{Page: page}).Market(context.Background(), model)
	if err != nil {
		t.Fatal(err)
	}
	return mk, counter, sim
}

// BenchmarkMarket reads the market of a model with 1,000 bids from 1,000 providers: all pages of IDs
// at one block in one round, then the bids 500 to a round.
func BenchmarkMarket(b *testing.B) {
	const n = 1000
	prices := make([]int64, n)
	for i := range prices {
		prices[i] = 1e13 + int64(i)*1e9
	}
	sim := newSim(b, chaintest.Options{Accounts: n})
	model := bidsOnOneModel(b, sim, sim.Client(chain.Options{PollInterval: time.Millisecond}), prices)
	counter := &chaintest.Counter{Inner: sim.RPC()}
	c := chain.NewClient(counter, sim.Network(), chain.Options{})
	b.ResetTimer()
	for b.Loop() {
		mk, err := c.Market(context.Background(), model)
		if err != nil {
			b.Fatal(err)
		}
		if len(mk.Bids) != n {
			b.Fatalf("%d bids, want %d", len(mk.Bids), n)
		}
	}
	// 1 for the model, its stats, the minimums and the first page; 1 for the other pages; 2 for the
	// bids (500 a round); 4 for the 1,000 bidders' stakes and stats (250 providers a round).
	rt := float64(counter.Count()) / float64(b.N)
	if rt > 8 {
		b.Fatalf("%.1f round trips at %d bids, want at most 8", rt, n)
	}
	b.ReportMetric(rt, "roundtrips/op")
}
