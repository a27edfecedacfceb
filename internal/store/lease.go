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
// epoch, so a stale holder's fenced writes (CheckTx inside the same transaction) fail. On PostgreSQL,
// shared by replicas on several machines, every time is the database's clock (so the replicas'
// clocks do not matter), a take-over locks the row (SELECT … FOR UPDATE) and the fence shares it
// (FOR SHARE), so a fenced write and a take-over are ordered. The holder also keeps a local deadline
// (the start of its last successful renewal plus the TTL, less a margin): past it, the fence refuses
// without asking the database, so a holder that cannot reach the database stops signing and
// broadcasting before anyone else may take over.
type Lease struct {
	db     *DB
	name   string
	holder string
	ttl    time.Duration
	now    func() time.Time

	mu    sync.Mutex
	epoch int64     // the epoch this process holds; 0 when it holds nothing
	valid time.Time // local deadline: past it the fence refuses without asking the database
}

// leaseMargin is how long before the local deadline the fence stops passing, leaving time for a
// broadcast already under way.
func (l *Lease) margin() time.Duration { return l.ttl / 5 }

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

// ErrLeaseUnrenewed means the lease's local deadline passed because it could not be renewed (the
// database did not answer): this process stopped signing and broadcasting before the lease could
// expire. It wraps ErrLeaseLost.
var ErrLeaseUnrenewed = fmt.Errorf("%w: it could not be renewed before its deadline (the database did not answer), so this morbot stopped signing and broadcasting", ErrLeaseLost)

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
	start := time.Now()
	if l.epoch == 0 {
		// A standby asks every tenth of the TTL: while another process holds the lease, it reads the
		// row without locking it, so its attempts never hold up the holder's fenced writes (which share
		// the row), however slow its link to the database.
		cur, ok, err := readLease(ctx, l.db, l.name, "")
		if err != nil {
			return err
		}
		if ok {
			now, err := l.clock(ctx, l.db)
			if err != nil {
				return err
			}
			if now.Before(cur.Expires) {
				return &HeldError{Info: cur, Now: now}
			}
		}
	}
	return l.db.InTx(ctx, func(tx *Tx) error {
		now, err := l.clock(ctx, tx)
		if err != nil {
			return err
		}
		cur, ok, err := readLease(ctx, tx, l.name, "FOR UPDATE")
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
			l.epoch, l.valid = 1, start.Add(l.ttl)
			return nil
		case cur.Holder == l.holder && cur.Epoch == l.epoch && now.Before(cur.Expires):
			_, err := tx.ExecContext(ctx, `UPDATE leases SET heartbeat_at = ?, expires_at = ? WHERE name = ? AND holder = ? AND epoch = ?`,
				now.UnixMilli(), exp, l.name, l.holder, l.epoch)
			if err == nil {
				l.valid = start.Add(l.ttl)
			}
			return err
		case now.Before(cur.Expires):
			return &HeldError{Info: cur, Now: now}
		}
		// Expired (or our own epoch lapsed): take it over with a new epoch, which fences the old holder.
		if _, err := tx.ExecContext(ctx, `UPDATE leases SET holder = ?, epoch = epoch + 1, heartbeat_at = ?, expires_at = ? WHERE name = ? AND epoch = ?`,
			l.holder, now.UnixMilli(), exp, l.name, cur.Epoch); err != nil {
			return fmt.Errorf("take over lease: %w", err)
		}
		l.epoch, l.valid = cur.Epoch+1, start.Add(l.ttl)
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
	start := time.Now()
	now, err := l.clock(ctx, l.db)
	if err != nil {
		return fmt.Errorf("renew lease: %w", err)
	}
	res, err := l.db.ExecContext(ctx, `UPDATE leases SET heartbeat_at = ?, expires_at = ? WHERE name = ? AND holder = ? AND epoch = ? AND expires_at > ?`,
		now.UnixMilli(), now.Add(l.ttl).UnixMilli(), l.name, l.holder, l.epoch, now.UnixMilli())
	if err != nil {
		return fmt.Errorf("renew lease: %w", err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		l.epoch = 0
		return ErrLeaseLost
	}
	l.valid = start.Add(l.ttl)
	return nil
}

// Lapsed reports whether the local deadline has passed (the lease could not be renewed in time).
func (l *Lease) Lapsed() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.epoch != 0 && !time.Now().Before(l.valid.Add(-l.margin()))
}

// clock is the lease's time: the database's on PostgreSQL (shared by every replica), the process's
// on SQLite (one host).
func (l *Lease) clock(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (time.Time, error) {
	if l.db.driver != Postgres {
		return l.now(), nil
	}
	var ms int64
	if err := q.QueryRowContext(ctx, `SELECT (extract(epoch from clock_timestamp()) * 1000)::bigint`).Scan(&ms); err != nil {
		return time.Time{}, fmt.Errorf("read the database clock: %w", err)
	}
	return time.UnixMilli(ms), nil
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
func (l *Lease) CheckTx(ctx context.Context, tx *Tx) error {
	l.mu.Lock()
	epoch, valid := l.epoch, l.valid
	l.mu.Unlock()
	if epoch == 0 {
		return ErrLeaseLost
	}
	if !time.Now().Before(valid.Add(-l.margin())) {
		return ErrLeaseUnrenewed
	}
	now, err := l.clock(ctx, tx)
	if err != nil {
		return err
	}
	cur, ok, err := readLease(ctx, tx, l.name, "FOR SHARE")
	if err != nil {
		return err
	}
	if !ok || cur.Holder != l.holder || cur.Epoch != epoch || !now.Before(cur.Expires) {
		return ErrLeaseLost
	}
	return nil
}

// Check runs the fence in its own transaction.
func (l *Lease) Check(ctx context.Context) error {
	return l.db.InTx(ctx, func(tx *Tx) error { return l.CheckTx(ctx, tx) })
}

// Info reads who holds the lease; false when nobody ever took it.
func (l *Lease) Info(ctx context.Context) (LeaseInfo, bool, error) {
	return readLease(ctx, l.db, l.name, "")
}

// Status is who holds the lease as seen now: its info, the time on the lease's clock, and whether
// this process is the holder.
type Status struct {
	LeaseInfo
	Now  time.Time
	Mine bool
}

// Age is how long ago the holder last renewed.
func (s Status) Age() time.Duration { return s.Now.Sub(s.Heartbeat) }

// Live reports whether the lease is held (not expired).
func (s Status) Live() bool { return s.Now.Before(s.Expires) }

// Status reads the lease and the lease's clock.
func (l *Lease) Status(ctx context.Context) (Status, bool, error) {
	li, ok, err := l.Info(ctx)
	if err != nil || !ok {
		return Status{}, ok, err
	}
	now, err := l.clock(ctx, l.db)
	if err != nil {
		return Status{}, false, err
	}
	l.mu.Lock()
	mine := l.epoch != 0 && li.Holder == l.holder && li.Epoch == l.epoch
	l.mu.Unlock()
	return Status{LeaseInfo: li, Now: now, Mine: mine}, true, nil
}

// HeldError reads the lease as a *HeldError when another live process holds it (nil otherwise).
func (l *Lease) HeldError(ctx context.Context) error {
	st, ok, err := l.Status(ctx)
	if err != nil || !ok || st.Mine || !st.Live() {
		return err
	}
	return &HeldError{Info: st.LeaseInfo, Now: st.Now}
}

// readLease reads the lease row; on PostgreSQL, lock ("FOR UPDATE", "FOR SHARE") locks it for the
// rest of the transaction.
func readLease(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
	Driver() string
}, name, lock string) (LeaseInfo, bool, error) {
	var (
		li        LeaseInfo
		hb, until int64
	)
	stmt := `SELECT holder, epoch, heartbeat_at, expires_at FROM leases WHERE name = ?`
	if lock != "" && q.Driver() == Postgres {
		stmt += " " + lock
	}
	err := q.QueryRowContext(ctx, stmt, name).Scan(&li.Holder, &li.Epoch, &hb, &until)
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
// finds the lease gone, or if renewals keep failing (the database does not answer) until the local
// deadline is near (ErrLeaseUnrenewed): the caller must stop executing at once. A renewal that fails
// for another reason is retried at the next tick while the deadline allows.
func (l *Lease) Keep(ctx context.Context, lost func(error)) {
	t := time.NewTicker(l.ttl / 3)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			rctx, cancel := context.WithTimeout(ctx, l.ttl/3)
			err := l.Renew(rctx)
			cancel()
			if err != nil {
				if ctx.Err() != nil {
					return
				}
				if errors.Is(err, ErrLeaseLost) {
					lost(err)
					return
				}
				if l.Lapsed() {
					lost(ErrLeaseUnrenewed)
					return
				}
			}
		}
	}
}
