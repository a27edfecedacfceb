// Package store is morbot's database: SQLite through modernc.org/sqlite (pure Go, the embedded
// default, in WAL mode with a busy timeout) or PostgreSQL through pgx (replicas on several hosts). The
// schema is owned here, numbered the same for both, and migrated forward on open; every SQL statement
// outside the approval engine's own tables lives here. Statements are written once with ? placeholders
// and rebound for PostgreSQL.
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
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/morbotlabs/morbot/internal/redact"
	"modernc.org/sqlite" // also registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

// Drivers.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// DB is an open store.
type DB struct {
	*sql.DB
	driver string
	path   string // the SQLite file, or a description of the PostgreSQL database without its credentials
	secret string // the PostgreSQL password, scrubbed from errors
	// observe, when set (tests), is told of every statement and transaction.
	observe atomic.Pointer[func(string)]
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
	s := &DB{DB: db, driver: SQLite, path: path, patience: 30 * time.Second}
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

// Path is the database file (SQLite), or the PostgreSQL database's host and name (never its
// credentials).
func (s *DB) Path() string { return s.path }

// Driver is SQLite or Postgres.
func (s *DB) Driver() string { return s.driver }

// Observe has f told of every statement and transaction from now on (tests count store reads).
func (s *DB) Observe(f func(stmt string)) { s.observe.Store(&f) }

func (s *DB) seen(q string) {
	if f := s.observe.Load(); f != nil {
		(*f)(q)
	}
}

// ExecContext runs a statement written with ? placeholders.
func (s *DB) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	s.seen(q)
	return s.DB.ExecContext(ctx, s.bind(q), args...)
}

// QueryContext runs a query written with ? placeholders.
func (s *DB) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	s.seen(q)
	return s.DB.QueryContext(ctx, s.bind(q), args...)
}

// QueryRowContext runs a one-row query written with ? placeholders.
func (s *DB) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	s.seen(q)
	return s.DB.QueryRowContext(ctx, s.bind(q), args...)
}

// Tx is a store transaction; its statements are written with ? placeholders like the store's.
type Tx struct {
	*sql.Tx
	db *DB
}

// ExecContext runs a statement in the transaction.
func (t *Tx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(ctx, t.db.bind(q), args...)
}

// QueryContext runs a query in the transaction.
func (t *Tx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(ctx, t.db.bind(q), args...)
}

// QueryRowContext runs a one-row query in the transaction.
func (t *Tx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(ctx, t.db.bind(q), args...)
}

// Driver is the store's driver.
func (t *Tx) Driver() string { return t.db.driver }

// ForUpdate is the clause that locks the rows a SELECT reads for the rest of the transaction on
// PostgreSQL ("" on SQLite, where BEGIN IMMEDIATE already serialises every writer).
func (t *Tx) ForUpdate() string {
	if t.db.driver == Postgres {
		return " FOR UPDATE"
	}
	return ""
}

// LockKey serialises the transactions that lock the same key, until they end (PostgreSQL: a
// transaction-scoped advisory lock on the key's hash; SQLite: nothing more is needed). It is for a
// check that reads rows which do not exist yet, such as "no open proposal has this payload".
func (t *Tx) LockKey(ctx context.Context, key string) error {
	if t.db.driver != Postgres {
		return nil
	}
	if _, err := t.Tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1, 7304652))`, key); err != nil {
		return fmt.Errorf("lock %s: %w", key, t.db.Scrub(err))
	}
	return nil
}

// InTx runs fn in one transaction (BEGIN IMMEDIATE on SQLite): committed when fn returns nil, rolled
// back otherwise.
func (s *DB) InTx(ctx context.Context, fn func(*Tx) error) error {
	s.seen("BEGIN")
	stx, err := s.begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	tx := &Tx{Tx: stx, db: s}
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
	if s.driver == Postgres {
		// Writers lock only the rows they touch (LockRow, LockKey): a vote locks its proposal, a fenced
		// write shares the lease row, so a slow standby or one locked proposal never holds up unrelated
		// writes. A session that stalls inside (a paused process) is ended by
		// idle_in_transaction_session_timeout, and a wait longer than lock_timeout fails instead of hanging.
		tx, err := s.BeginTx(ctx, nil)
		if err != nil {
			return nil, s.Scrub(err)
		}
		return tx, nil
	}
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
	return s.InTx(ctx, func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = version`)
		return err
	})
}

// ErrNoRows is sql.ErrNoRows, re-exported for callers.
var ErrNoRows = sql.ErrNoRows

// IsNoRows reports whether err is "no rows".
func IsNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }

// bind rewrites ? placeholders as $1, $2, … for PostgreSQL (outside quoted text); SQLite takes them as
// they are.
func (s *DB) bind(q string) string {
	if s.driver != Postgres || !strings.Contains(q, "?") {
		return q
	}
	if v, ok := binds.Load(q); ok {
		return v.(string)
	}
	var b strings.Builder
	n, quoted := 0, false
	for _, r := range q {
		switch {
		case r == '\'':
			quoted = !quoted
		case r == '?' && !quoted:
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	out := b.String()
	binds.Store(q, out)
	return out
}

var binds sync.Map // statement → its PostgreSQL form

// PostgresOptions tune a PostgreSQL store. Zero fields take the defaults.
type PostgresOptions struct {
	// IdleInTx ends a session that sits in a transaction this long (a paused or frozen process), so
	// its locks cannot hold up a take-over (default 5s).
	IdleInTx time.Duration
	// LockTimeout bounds a wait for a row lock (default 3s); StatementTimeout any statement (default 15s).
	LockTimeout      time.Duration
	StatementTimeout time.Duration
	MaxConns         int // default 8
}

// OpenPostgres opens the PostgreSQL database named by dsn and applies pending migrations. The DSN can
// hold a password: it is never part of an error, a log line or Path.
func OpenPostgres(ctx context.Context, dsn string, o PostgresOptions) (*DB, error) {
	if o.IdleInTx <= 0 {
		o.IdleInTx = 5 * time.Second
	}
	if o.LockTimeout <= 0 {
		o.LockTimeout = 3 * time.Second
	}
	if o.StatementTimeout <= 0 {
		o.StatementTimeout = 15 * time.Second
	}
	if o.MaxConns <= 0 {
		o.MaxConns = 8
	}
	if err := checkDSN(dsn); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		// The driver's message can quote parts of the DSN (a password split at a stray character is
		// no longer the password the scrubber knows): it is never shown.
		return nil, fmt.Errorf("store: the PostgreSQL DSN does not parse; check its scheme, host, port and options, and %s", dsnEncoding)
	}
	cfg.RuntimeParams["idle_in_transaction_session_timeout"] = strconv.FormatInt(o.IdleInTx.Milliseconds(), 10)
	cfg.RuntimeParams["lock_timeout"] = strconv.FormatInt(o.LockTimeout.Milliseconds(), 10)
	cfg.RuntimeParams["statement_timeout"] = strconv.FormatInt(o.StatementTimeout.Milliseconds(), 10)
	cfg.RuntimeParams["application_name"] = "morbot"
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 5 * time.Second
	}
	redact.AddSecret(cfg.Password) // scrubbed from every error, log line and stored text from now on
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(o.MaxConns)
	db.SetConnMaxIdleTime(time.Minute)
	s := &DB{DB: db, driver: Postgres, path: fmt.Sprintf("postgres %s:%d/%s", cfg.Host, cfg.Port, cfg.Database), secret: cfg.Password}
	if err := s.migrate(ctx); err != nil {
		_ = db.Close()
		return nil, s.Scrub(err)
	}
	return s, nil
}

// Scrub removes the store's password from an error's text (a driver may quote what it was given).
func (s *DB) Scrub(err error) error {
	if err == nil || s.secret == "" || !strings.Contains(err.Error(), s.secret) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), s.secret, "<secret>"))
}
