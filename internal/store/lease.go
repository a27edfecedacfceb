package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
)

// A Lease makes one process the only writer of a store: the process holding the lease executes
// approved plans, recovers and reconciles them, and runs the schedules. Any other process on the same
// store refuses to start or waits as a hot standby until the lease expires.
//
// The lease is one row: holder, epoch, heartbeat and expiry. Taking it over after expiry bumps the
// epoch, so a stale holder's fenced writes (CheckTx inside the same transaction) fail. The statements
// are plain SQL over one row, so the same lease can live in a shared PostgreSQL database for replicas
// on two machines (there: the database's now() instead of the process clock, and SELECT … FOR UPDATE
// inside the transaction).
type Lease struct {
	db     *DB
	name   string
	holder string
	ttl    time.Duration
	now    func() time.Time

	mu    sync.Mutex
	epoch int64 // the epoch this process holds; 0 when it holds nothing
}

// LeaseInfo describes who holds a lease.
type LeaseInfo struct {
	Holder    string
	Epoch     int64
	Heartbeat time.Time
	Expires   time.Time
}

// ErrLeaseLost means this process no longer holds the lease: another process took it over, or it
// expired before it was renewed. Nothing may be sent.
var ErrLeaseLost = errors.New("this morbot no longer holds the store's executor lease")

// HeldError says another live process holds the lease.
type HeldError struct {
	Info LeaseInfo
	Now  time.Time
}

func (e *HeldError) Error() string {
	return fmt.Sprintf("another morbot (%s) holds this store's executor lease: last heartbeat %s ago, it expires in %s",
		e.Info.Holder, e.Now.Sub(e.Info.Heartbeat).Round(time.Millisecond), e.Info.Expires.Sub(e.Now).Round(time.Millisecond))
}

// NewHolderID names this process: host, PID and a random suffix (PIDs repeat across machines and restarts).
func NewHolderID() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "unknown-host"
	}
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return fmt.Sprintf("%s pid %d #%s", host, os.Getpid(), hex.EncodeToString(b))
}

// NewLease returns a handle on the named lease for holder; nothing is taken until TryAcquire.
func (s *DB) NewLease(name, holder string, ttl time.Duration, now func() time.Time) *Lease {
	if now == nil {
		now = time.Now
	}
	return &Lease{db: s, name: name, holder: holder, ttl: ttl, now: now}
}

// Holder is this process's holder ID.
func (l *Lease) Holder() string { return l.holder }

// TTL is how long a heartbeat keeps the lease.
func (l *Lease) TTL() time.Duration { return l.ttl }

// TryAcquire takes the lease when nobody holds it, when it expired, or when this process already
// holds it (a renewal). Otherwise it returns a *HeldError naming the holder.
func (l *Lease) TryAcquire(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	return l.db.InTx(ctx, func(tx *sql.Tx) error {
		cur, ok, err := readLease(ctx, tx, l.name)
		if err != nil {
			return err
		}
		exp := now.Add(l.ttl).UnixMilli()
		switch {
		case !ok:
			if _, err := tx.ExecContext(ctx, `INSERT INTO leases (name, holder, epoch, heartbeat_at, expires_at) VALUES (?,?,1,?,?)`,
				l.name, l.holder, now.UnixMilli(), exp); err != nil {
				return fmt.Errorf("take lease: %w", err)
			}
			l.epoch = 1
			return nil
		case cur.Holder == l.holder && cur.Epoch == l.epoch && now.Before(cur.Expires):
			_, err := tx.ExecContext(ctx, `UPDATE leases SET heartbeat_at = ?, expires_at = ? WHERE name = ? AND holder = ? AND epoch = ?`,
				now.UnixMilli(), exp, l.name, l.holder, l.epoch)
			return err
		case now.Before(cur.Expires):
			return &HeldError{Info: cur, Now: now}
		}
		// Expired (or our own epoch lapsed): take it over with a new epoch, which fences the old holder.
		if _, err := tx.ExecContext(ctx, `UPDATE leases SET holder = ?, epoch = epoch + 1, heartbeat_at = ?, expires_at = ? WHERE name = ? AND epoch = ?`,
			l.holder, now.UnixMilli(), exp, l.name, cur.Epoch); err != nil {
			return fmt.Errorf("take over lease: %w", err)
		}
		l.epoch = cur.Epoch + 1
		return nil
	})
}

// Renew extends a lease this process holds; ErrLeaseLost when it no longer does.
func (l *Lease) Renew(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.epoch == 0 {
		return ErrLeaseLost
	}
	now := l.now()
	res, err := l.db.ExecContext(ctx, `UPDATE leases SET heartbeat_at = ?, expires_at = ? WHERE name = ? AND holder = ? AND epoch = ? AND expires_at > ?`,
		now.UnixMilli(), now.Add(l.ttl).UnixMilli(), l.name, l.holder, l.epoch, now.UnixMilli())
	if err != nil {
		return fmt.Errorf("renew lease: %w", err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		l.epoch = 0
		return ErrLeaseLost
	}
	return nil
}

// Release gives the lease up (on a clean shutdown), so a standby takes over at once.
func (l *Lease) Release(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.epoch == 0 {
		return nil
	}
	_, err := l.db.ExecContext(ctx, `UPDATE leases SET expires_at = 0 WHERE name = ? AND holder = ? AND epoch = ?`, l.name, l.holder, l.epoch)
	l.epoch = 0
	if err != nil {
		return fmt.Errorf("release lease: %w", err)
	}
	return nil
}

// CheckTx is the fence: inside a store transaction it fails with ErrLeaseLost unless this process
// still holds the lease at its epoch and it has not expired. A write made in the same transaction
// therefore never lands after a take-over.
func (l *Lease) CheckTx(ctx context.Context, tx *sql.Tx) error {
	l.mu.Lock()
	epoch := l.epoch
	l.mu.Unlock()
	if epoch == 0 {
		return ErrLeaseLost
	}
	cur, ok, err := readLease(ctx, tx, l.name)
	if err != nil {
		return err
	}
	if !ok || cur.Holder != l.holder || cur.Epoch != epoch || !l.now().Before(cur.Expires) {
		return ErrLeaseLost
	}
	return nil
}

// Check runs the fence in its own transaction.
func (l *Lease) Check(ctx context.Context) error {
	return l.db.InTx(ctx, func(tx *sql.Tx) error { return l.CheckTx(ctx, tx) })
}

// Info reads who holds the lease; false when nobody ever took it.
func (l *Lease) Info(ctx context.Context) (LeaseInfo, bool, error) {
	return readLease(ctx, l.db, l.name)
}

func readLease(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, name string) (LeaseInfo, bool, error) {
	var (
		li        LeaseInfo
		hb, until int64
	)
	err := q.QueryRowContext(ctx, `SELECT holder, epoch, heartbeat_at, expires_at FROM leases WHERE name = ?`, name).Scan(&li.Holder, &li.Epoch, &hb, &until)
	if IsNoRows(err) {
		return li, false, nil
	}
	if err != nil {
		return li, false, fmt.Errorf("read lease %s: %w", name, err)
	}
	li.Heartbeat, li.Expires = time.UnixMilli(hb), time.UnixMilli(until)
	return li, true, nil
}

// Keep renews the lease every third of its TTL until ctx ends; lost is called once if a renewal
// finds the lease gone (the caller must stop executing at once). A renewal that fails for another
// reason (a busy store) is retried at the next tick while the lease is still valid.
func (l *Lease) Keep(ctx context.Context, lost func(error)) {
	t := time.NewTicker(l.ttl / 3)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := l.Renew(ctx); err != nil {
				if ctx.Err() != nil {
					return
				}
				if errors.Is(err, ErrLeaseLost) {
					lost(err)
					return
				}
			}
		}
	}
}
