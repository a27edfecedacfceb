package store

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func TestLeaseOneHolderTakeOverAndFence(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "l.db")
	// Two processes: two connections to one file.
	db1, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db1.Close()
	db2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	c := &clock{t: time.Unix(1_800_000_000, 0)}
	a := db1.NewLease("executor", "A", 15*time.Second, c.now)
	b := db2.NewLease("executor", "B", 15*time.Second, c.now)

	if err := b.Check(ctx); !errors.Is(err, ErrLeaseLost) {
		t.Fatalf("fence before taking the lease: %v", err)
	}
	if err := a.TryAcquire(ctx); err != nil {
		t.Fatal(err)
	}
	var held *HeldError
	err = b.TryAcquire(ctx)
	if !errors.As(err, &held) || held.Info.Holder != "A" || !strings.Contains(err.Error(), "another morbot (A) holds this store's executor lease: last heartbeat 0s ago, it expires in 15s") {
		t.Fatalf("second holder: %v", err)
	}
	if err := a.Check(ctx); err != nil {
		t.Fatalf("holder's fence: %v", err)
	}
	// Renewals keep it; the standby still cannot take it.
	c.add(10 * time.Second)
	if err := a.Renew(ctx); err != nil {
		t.Fatal(err)
	}
	c.add(10 * time.Second)
	if err := b.TryAcquire(ctx); !errors.As(err, &held) {
		t.Fatalf("taken while renewed: %v", err)
	}
	// The holder stops renewing (killed, or paused): after the TTL the standby takes over with a new epoch.
	c.add(6 * time.Second)
	if err := a.Check(ctx); !errors.Is(err, ErrLeaseLost) {
		t.Fatalf("fence after expiry: %v", err)
	}
	if err := b.TryAcquire(ctx); err != nil {
		t.Fatalf("take-over after expiry: %v", err)
	}
	info, _, _ := b.Info(ctx)
	if info.Holder != "B" || info.Epoch != 2 {
		t.Fatalf("after take-over: %+v", info)
	}
	// The old holder wakes up: renewal and fenced writes fail; nothing it writes lands.
	if err := a.Renew(ctx); !errors.Is(err, ErrLeaseLost) {
		t.Fatalf("stale renew: %v", err)
	}
	err = db1.InTx(ctx, func(tx *Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO audit(at, action) VALUES (1, 'stale write')`); err != nil {
			return err
		}
		return a.CheckTx(ctx, tx)
	})
	if !errors.Is(err, ErrLeaseLost) {
		t.Fatalf("stale fenced write: %v", err)
	}
	var n int
	_ = db2.QueryRowContext(ctx, `SELECT count(*) FROM audit WHERE action = 'stale write'`).Scan(&n)
	if n != 0 {
		t.Fatal("a fenced write from the old holder landed")
	}
	// Even re-acquiring is refused while B is live.
	if err := a.TryAcquire(ctx); !errors.As(err, &held) || held.Info.Holder != "B" {
		t.Fatalf("old holder re-acquires: %v", err)
	}
	// A clean release hands over at once.
	if err := b.Release(ctx); err != nil {
		t.Fatal(err)
	}
	if err := a.TryAcquire(ctx); err != nil {
		t.Fatalf("after release: %v", err)
	}
	if info, _, _ := a.Info(ctx); info.Epoch != 3 {
		t.Fatalf("epoch after release and take-over: %d", info.Epoch)
	}
}

func TestLeaseKeepReportsLoss(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	l := db.NewLease("executor", "A", 30*time.Millisecond, nil)
	if err := l.TryAcquire(ctx); err != nil {
		t.Fatal(err)
	}
	// Another holder steals it (as a take-over after expiry would).
	if _, err := db.ExecContext(ctx, `UPDATE leases SET holder = 'B', epoch = epoch + 1`); err != nil {
		t.Fatal(err)
	}
	lost := make(chan error, 1)
	go l.Keep(ctx, func(err error) { lost <- err })
	select {
	case err := <-lost:
		if !errors.Is(err, ErrLeaseLost) {
			t.Fatalf("lost with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Keep did not report the lost lease")
	}
}

func TestReplayKeysOutliveAReopenAndExpire(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "r.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1_800_000_000, 0)
	if seen, err := db.SeenKey(ctx, "discord:1", now, 30*time.Minute); err != nil || seen {
		t.Fatalf("first: %v %v", seen, err)
	}
	_ = db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if seen, _ := db.SeenKey(ctx, "discord:1", now.Add(29*time.Minute), 30*time.Minute); !seen {
		t.Fatal("a key recorded before the reopen was not recognised")
	}
	if seen, _ := db.SeenKey(ctx, "slack:1", now, 30*time.Minute); seen {
		t.Fatal("keys of another namespace collide")
	}
	if seen, _ := db.SeenKey(ctx, "discord:1", now.Add(31*time.Minute), 30*time.Minute); seen {
		t.Fatal("an expired key still counts")
	}
}
