package chainwatch_test

import (
	"context"
	"math/big"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chainwatch"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/store/testdb"
)

// countingChain counts the batched log reads.
type countingChain struct {
	*chain.Client
	mu     sync.Mutex
	ranges [][2]uint64
}

func (c *countingChain) FilterLogsBatch(ctx context.Context, from, to uint64, f []chain.LogFilter) ([]types.Log, error) {
	c.mu.Lock()
	c.ranges = append(c.ranges, [2]uint64{from, to})
	c.mu.Unlock()
	return c.Client.FilterLogsBatch(ctx, from, to, f)
}

type recorder struct {
	mu   sync.Mutex
	logs []types.Log
}

func (r *recorder) handle(_ context.Context, ls []types.Log) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.logs = append(r.logs, ls...)
	return nil
}

func setup(t *testing.T) (*chaintest.Sim, *store.DB, *countingChain, func(chainwatch.Options) *chainwatch.Watcher) {
	t.Helper()
	sim, err := chaintest.NewSim(context.Background(), chaintest.Options{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	db, err := testdb.Open(t, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	cc := &countingChain{Client: sim.Client(chain.Options{})}
	mk := func(o chainwatch.Options) *chainwatch.Watcher {
		o.Chain, o.Store = cc, db
		o.Filters = func() []chain.LogFilter {
			return []chain.LogFilter{{Address: sim.Network().Diamond, Topics: [][]common.Hash{{chain.TopicProviderMinStakeUpdated}}}}
		}
		return chainwatch.New(o)
	}
	return sim, db, cc, mk
}

// A watch that was away backfills in bounded chunks, hands each block's logs on in order and once,
// remembers only the last Depth blocks, and a new process on the store hands nothing on again.
func TestBackfillInChunksOnce(t *testing.T) {
	sim, db, cc, mk := setup(t)
	ctx := context.Background()
	rec := &recorder{}
	w := mk(chainwatch.Options{Handle: rec.handle, Chunk: 3, Depth: 5})
	if err := w.Round(ctx); err != nil {
		t.Fatal(err)
	}
	start := w.Status().Processed
	for i := 1; i <= 10; i++ {
		if err := sim.SetProviderMinStake(ctx, big.NewInt(int64(i)*1e17)); err != nil {
			t.Fatal(err)
		}
	}
	cc.ranges = nil
	if err := w.Round(ctx); err != nil {
		t.Fatal(err)
	}
	st := w.Status()
	if len(rec.logs) != 10 || st.Processed != st.Head || st.Head != start+10 {
		t.Fatalf("handed %d logs, status %+v (from %d)", len(rec.logs), st, start)
	}
	for i, l := range rec.logs {
		if new(big.Int).SetBytes(l.Data).Int64() != int64(i+1)*1e17 || l.Removed {
			t.Fatalf("log %d out of order: %x", i, l.Data)
		}
	}
	if len(cc.ranges) != 4 || cc.ranges[0] != [2]uint64{start + 1, start + 3} || cc.ranges[3] != [2]uint64{start + 10, start + 10} {
		t.Fatalf("read in %v, want chunks of 3 blocks", cc.ranges)
	}
	if bs, _ := db.WatchBlocks(ctx, "chain-watch"); len(bs) > 6 || bs[len(bs)-1].Number != st.Head {
		t.Fatalf("remembered %d blocks: %v", len(bs), bs)
	}
	again := &recorder{}
	if err := mk(chainwatch.Options{Handle: again.handle, Chunk: 3, Depth: 5}).Round(ctx); err != nil {
		t.Fatal(err)
	}
	if len(again.logs) != 0 {
		t.Fatalf("a new process handed %d logs again", len(again.logs))
	}
}

// A handler that fails leaves the block unhandled: the next round hands it on again, once it works.
func TestAFailedHandlerIsRetried(t *testing.T) {
	sim, _, _, mk := setup(t)
	ctx := context.Background()
	fail := true
	var got int
	w := mk(chainwatch.Options{Handle: func(_ context.Context, ls []types.Log) error {
		if fail {
			return context.DeadlineExceeded
		}
		got += len(ls)
		return nil
	}})
	if err := w.Round(ctx); err != nil {
		t.Fatal(err)
	}
	if err := sim.SetProviderMinStake(ctx, big.NewInt(3e17)); err != nil {
		t.Fatal(err)
	}
	if err := w.Round(ctx); err == nil || w.Status().Err == "" {
		t.Fatal("a failed handler did not fail the round")
	}
	fail = false
	if err := w.Round(ctx); err != nil || got != 1 || w.Status().Err != "" {
		t.Fatalf("retry: %v, %d logs, %+v", err, got, w.Status())
	}
}
