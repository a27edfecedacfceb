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

// With more than sweepAbove live keys, Seen walks them for expired ones once per ttl/8, not at every
// request; expired keys are still swept.
func TestDedupSweepsAtMostOncePerInterval(t *testing.T) {
	d := NewDedup(time.Hour)
	t0 := time.Unix(1_700_000_000, 0)
	for i := range sweepAbove + 1 {
		d.Seen(fmt.Sprint("k", i), t0)
	}
	for i := range 100 {
		d.Seen(fmt.Sprint("new", i), t0.Add(time.Second))
	}
	if d.sweeps != 1 {
		t.Fatalf("%d sweeps of the live keys within ttl/8, want 1", d.sweeps)
	}
	d.Seen("late", t0.Add(2*time.Hour))
	if d.sweeps != 2 || len(d.m) != 1 {
		t.Fatalf("after the TTL: %d sweeps, %d keys kept, want 2 and 1", d.sweeps, len(d.m))
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
	quiet, _ := p.acksAnswered()
	<-quiet // the gate opened, once the settle time passed with no ack in flight
	p.Go(func(context.Context) { started <- 2 })
	if n := <-started; n != 2 {
		t.Fatal("wrong job")
	}
	if len(gated) != 0 {
		t.Fatal("a job waited at the gate with no ack in flight")
	}
}

// A job queued just after the last ack in flight still waits at the gate for the settle time: in a
// burst the next request is about to arrive, and its ack comes first.
func TestJobsWaitForTheAcksToSettle(t *testing.T) {
	p := NewPool(2, time.Minute, slog.New(slog.DiscardHandler))
	defer p.Close()
	p.settle = time.Hour // longer than AckFirst: the job goes at AckFirst
	gated := make(chan struct{}, 4)
	p.gated = func() { gated <- struct{}{} }
	p.Acking()()
	started := make(chan struct{})
	p.Go(func(context.Context) { close(started) })
	<-gated // no ack in flight, but the gate has not settled
	select {
	case <-started:
	case <-time.After(100 * AckFirst):
		t.Fatal("the job waited past AckFirst")
	}
}

// A request arriving during the settle time restarts it: the timer the last ack started does not open
// the gate under the new request, and the new request's own timer does.
func TestAckSettleRestartsWithEachRequest(t *testing.T) {
	p := NewPool(2, time.Minute, slog.New(slog.DiscardHandler))
	defer p.Close()
	var timers []func()
	p.after = func(_ time.Duration, f func()) { timers = append(timers, f) }
	p.Acking()()
	done := p.Acking()
	timers[0]() // the first request's settle time ends while the second is in flight
	if _, waiting := p.acksAnswered(); !waiting {
		t.Fatal("a stale settle timer opened the gate with an ack in flight")
	}
	done()
	timers[1]()
	if _, waiting := p.acksAnswered(); waiting {
		t.Fatal("the gate stayed shut after the last ack settled")
	}
	if len(timers) != 2 {
		t.Fatalf("%d settle timers, want one per time the acks in flight dropped to none", len(timers))
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
