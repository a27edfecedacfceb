package store

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"
)

// A BEGIN that finds the database locked by another process is retried until the lock is released,
// instead of failing the caller's write (a lease check, an executor write) on the first SQLITE_BUSY.
func TestBeginRetriesWhileAnotherProcessWrites(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "busy.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := open(ctx, path, 1) // SQLite's own wait: 1 ms, so only morbot's retry can wait it out
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	busy := make(chan struct{}, 1)
	b.onBusy = func() {
		select {
		case busy <- struct{}{}:
		default:
		}
	}

	held, err := a.BeginTx(ctx, nil) // BEGIN IMMEDIATE: the write lock
	if err != nil {
		t.Fatal(err)
	}
	if _, err := held.ExecContext(ctx, `INSERT INTO leases (name, holder, epoch, heartbeat_at, expires_at) VALUES ('a', 'a', 1, 0, 0)`); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		done <- b.InTx(ctx, func(tx *Tx) error {
			_, err := tx.ExecContext(ctx, `INSERT INTO leases (name, holder, epoch, heartbeat_at, expires_at) VALUES ('b', 'b', 1, 0, 0)`)
			return err
		})
	}()
	select {
	case <-busy: // b met the lock and is retrying
	case err := <-done:
		t.Fatalf("the write did not wait for the lock: %v", err)
	case <-time.After(20 * time.Second):
		t.Fatal("no retry within 20 s")
	}
	if err := held.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("the retried write failed: %v", err)
	}
	var n int
	if err := a.QueryRowContext(ctx, `SELECT COUNT(*) FROM leases WHERE name IN ('a','b')`).Scan(&n); err != nil || n != 2 {
		t.Fatalf("%d rows (%v), want both writes", n, err)
	}

	// Out of patience: the error is SQLITE_BUSY, named as such.
	b.patience = 0
	held, err = a.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Rollback()
	err = b.InTx(ctx, func(*Tx) error { return nil })
	if !IsBusy(err) {
		t.Fatalf("got %v, want SQLITE_BUSY", err)
	}
	if IsBusy(errors.New("database is locked")) || IsBusy(nil) {
		t.Fatal("IsBusy matched an error that is not SQLite's")
	}
}
