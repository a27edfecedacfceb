// Package store is morbot's embedded database: SQLite through modernc.org/sqlite (pure Go), in WAL
// mode with a busy timeout, its schema owned here and migrated forward on open.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// DB is an open store.
type DB struct {
	*sql.DB
	path string
}

// Open opens (creating if needed) the database at path and applies pending migrations.
func Open(ctx context.Context, path string) (*DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("store directory %s: %w", dir, err)
		}
	}
	if err := private(path); err != nil {
		return nil, err
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
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
	s := &DB{DB: db, path: path}
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
	tx, err := s.BeginTx(ctx, nil)
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
