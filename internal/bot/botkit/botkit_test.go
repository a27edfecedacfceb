package botkit

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/store"
)

func TestDedup(t *testing.T) {
	d := NewDedup(time.Minute)
	now := time.Unix(1000, 0)
	if d.Seen("a", now) || !d.Seen("a", now.Add(time.Second)) || d.Seen("a", now.Add(2*time.Minute)) {
		t.Fatal("dedup window wrong")
	}
}

func TestPoolBoundsAndSurvivesPanics(t *testing.T) {
	p := NewPool(2, time.Second, slog.New(slog.DiscardHandler))
	var running, peak, done atomic.Int64
	for i := 0; i < 10; i++ {
		p.Go(func(context.Context) {
			n := running.Add(1)
			for {
				old := peak.Load()
				if n <= old || peak.CompareAndSwap(old, n) {
					break
				}
			}
			time.Sleep(5 * time.Millisecond)
			running.Add(-1)
			done.Add(1)
			if n == 1 {
				panic("boom")
			}
		})
	}
	p.Idle(context.Background())
	if done.Load() != 10 || peak.Load() > 2 {
		t.Fatalf("done %d, peak %d", done.Load(), peak.Load())
	}
	p.Close()
}

// A job queued while a request's ack is being prepared waits at the gate and starts once the last
// ack in flight is written; with no ack in flight it starts at once (no gate).
func TestJobsWaitForTheAcksInFlight(t *testing.T) {
	p := NewPool(2, time.Minute, slog.New(slog.DiscardHandler))
	defer p.Close()
	gated := make(chan struct{}, 4)
	p.gated = func() { gated <- struct{}{} }
	first, second := p.Acking(), p.Acking()
	started := make(chan int, 4)
	p.Go(func(context.Context) { started <- 1 })
	<-gated // waiting for the acks
	first()
	first() // idempotent: one ack still in flight
	select {
	case <-started:
		t.Fatal("the job started while an ack was in flight")
	default:
	}
	second()
	if n := <-started; n != 1 {
		t.Fatal("wrong job")
	}
	p.Go(func(context.Context) { started <- 2 })
	if n := <-started; n != 2 {
		t.Fatal("wrong job")
	}
	if len(gated) != 0 {
		t.Fatal("a job waited at the gate with no ack in flight")
	}
}

// countingLog is the real store's replay log, counting the transactions it commits.
type countingLog struct {
	*store.DB
	batches atomic.Int64
}

func (c *countingLog) SeenKeys(ctx context.Context, keys []string, now time.Time, ttl time.Duration) ([]bool, error) {
	c.batches.Add(1)
	return c.DB.SeenKeys(ctx, keys, now, ttl)
}

// A burst of requests records its replay keys in a few group commits, not one each, and every key
// still gets its own answer: new keys are not seen, a key logged before (a replay after a restart)
// is.
func TestReplayKeysAreGroupCommitted(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Unix(1_900_000_000, 0)
	if seen, err := db.SeenKey(ctx, "discord:replayed", now, time.Hour); err != nil || seen {
		t.Fatalf("seed: %v %v", seen, err)
	}
	log := &countingLog{DB: db}
	d := NewDedup(time.Hour)
	d.Persist(log, "discord:", slog.New(slog.DiscardHandler))
	const n = 100
	results := make([]bool, n+1)
	var wg sync.WaitGroup
	for i := 0; i <= n; i++ {
		key := fmt.Sprintf("k%d", i)
		if i == n {
			key = "replayed"
		}
		wg.Go(func() { results[i] = d.Recorded(ctx, key, now) })
	}
	wg.Wait()
	for i := 0; i < n; i++ {
		if results[i] {
			t.Fatalf("new key k%d reported as seen", i)
		}
	}
	if !results[n] {
		t.Fatal("the key logged before a restart was not seen")
	}
	if b := log.batches.Load(); b < 1 || b >= n {
		t.Fatalf("%d commits for %d keys: not grouped", b, n+1)
	}
	// Recorded again: every key is now in the log.
	if !d.Recorded(ctx, "k7", now) {
		t.Fatal("a key recorded in a batch is not in the log")
	}
}
