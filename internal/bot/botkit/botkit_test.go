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
