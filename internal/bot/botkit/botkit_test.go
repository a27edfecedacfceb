package botkit

import (
	"context"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"
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
