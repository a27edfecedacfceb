// Package store is morbot's embedded database: SQLite through modernc.org/sqlite (pure Go), in WAL
// mode with a busy timeout, its schema owned here and migrated forward on open.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"modernc.org/sqlite" // also registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

// DB is an open store.
type DB struct {
	*sql.DB
	path string
	// patience is how long BEGIN is retried while the database stays busy, beyond SQLite's own busy
	// timeout; onBusy (tests) is told of each retry.
	patience time.Duration
	onBusy   func()
}

// busyTimeout is SQLite's own wait for a lock, in milliseconds.
const busyTimeout = 10000

// Open opens (creating if needed) the database at path and applies pending migrations.
func Open(ctx context.Context, path string) (*DB, error) {
	return open(ctx, path, busyTimeout)
}

func open(ctx context.Context, path string, busyMS int) (*DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("store directory %s: %w", dir, err)
		}
	}
	if err := private(path); err != nil {
		return nil, err
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyMS))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// One connection: every write is serialised in-process, so concurrent approvals queue instead of
	// failing with SQLITE_BUSY, and a transaction sees its own writes.
	db.SetMaxOpenConns(1)
	s := &DB{DB: db, path: path, patience: 30 * time.Second}
	if err := s.migrate(ctx); err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

// private makes the database file (created empty if missing) and its -wal and -shm files mode 0600,
// whatever the umask and however the directory was made: the store holds signed transactions and
// the team's approvals. SQLite creates -wal and -shm with the database file's mode.
func private(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("open store %s: %w", path, err)
	}
	_ = f.Close()
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if err := os.Chmod(p, 0o600); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("store %s: %w", p, err)
		}
	}
	return nil
}

// Path is the database file.
func (s *DB) Path() string { return s.path }

// InTx runs fn in one transaction (BEGIN IMMEDIATE): committed when fn returns nil, rolled back otherwise.
func (s *DB) InTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// begin starts a write transaction. SQLite can answer BEGIN IMMEDIATE with SQLITE_BUSY without
// waiting out its busy timeout (another process on the file, under load), and a BEGIN that failed
// did nothing, so it is retried with backoff for s.patience before the error is returned.
func (s *DB) begin(ctx context.Context) (*sql.Tx, error) {
	deadline := time.Now().Add(s.patience)
	delay := 5 * time.Millisecond
	for {
		tx, err := s.BeginTx(ctx, nil)
		if err == nil || !IsBusy(err) || !time.Now().Before(deadline) {
			return tx, err
		}
		if s.onBusy != nil {
			s.onBusy()
		}
		wait := delay/2 + time.Duration(mrand.Int64N(int64(delay)))
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(wait):
		}
		delay = min(2*delay, 500*time.Millisecond)
	}
}

// IsBusy reports whether err is SQLite's "database is locked" (SQLITE_BUSY, any extended code).
func IsBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

// Ping checks the store is writable (for readiness).
func (s *DB) Ping(ctx context.Context) error {
	return s.InTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = version`)
		return err
	})
}

// ErrNoRows is sql.ErrNoRows, re-exported for callers.
var ErrNoRows = sql.ErrNoRows

// IsNoRows reports whether err is "no rows".
func IsNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }
