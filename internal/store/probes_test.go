package store

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// Probes started at once from several connections (replicas sharing the store) never go over the
// day's budget together: exactly max are recorded, the others get the budget error.
func TestProbeBudgetHoldsUnderConcurrentBegins(t *testing.T) {
	eachDriver(t, func(t *testing.T, open opener) {
		ctx := context.Background()
		dbs := []*DB{open(t), open(t), open(t), open(t), open(t), open(t)}
		start := make(chan struct{}) // every begin at once
		day := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
		var (
			wg              sync.WaitGroup
			mu              sync.Mutex
			recorded, spent int
		)
		for i := 0; i < 30; i++ {
			wg.Add(1)
			go func(db *DB) {
				defer wg.Done()
				<-start
				_, err := db.ProbeBeginWithin(ctx, ProbeRun{Bid: "0xb", Model: "0xm", StartedAt: day.Add(time.Hour)}, day, 3)
				var be *ProbeBudgetError
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err == nil:
					recorded++
				case errors.As(err, &be) && be.Max == 3 && be.Ran == 3:
					spent++
				default:
					t.Errorf("begin: %v", err)
				}
			}(dbs[i%len(dbs)])
		}
		close(start)
		wg.Wait()
		if recorded != 3 || spent != 27 {
			t.Fatalf("%d recorded, %d refused; want 3 and 27", recorded, spent)
		}
		if n, err := dbs[0].ProbesStarted(ctx, day); err != nil || n != 3 {
			t.Fatalf("%d probes in the store (%v)", n, err)
		}
	})
}
