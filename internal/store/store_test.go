package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/store/storetest"
)

func TestSQLiteInWALMode(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "sub", "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var mode string
	if err := db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal mode %q %v", mode, err)
	}
}

// Both drivers have the same number of migrations: a step added to one is added to the other.
func TestMigrationsNumberedAlike(t *testing.T) {
	if len(migrations) != len(pgMigrations) {
		t.Fatalf("%d SQLite migrations, %d PostgreSQL ones", len(migrations), len(pgMigrations))
	}
}

func TestOpenMigratesAndReopens(t *testing.T) { eachDriver(t, testOpenMigratesAndReopens) }

func testOpenMigratesAndReopens(t *testing.T, open opener) {
	ctx := context.Background()
	db := open(t)
	if v, err := db.Version(ctx); err != nil || v != len(migrations) {
		t.Fatalf("version %d %v", v, err)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO audit(at, action) VALUES (1, 'x')`); err != nil {
		t.Fatal(err)
	}
	_ = db.Close()
	db = open(t)
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM audit`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("rows after reopen %d %v", n, err)
	}
	if err := db.Ping(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestInTxRollsBackAndSerialisesWriters(t *testing.T) {
	eachDriver(t, testInTxRollsBackAndSerialisesWriters)
}

// Writers that lock the same key are serialised even from two handles (two processes, or two
// replicas): a read-modify-write under LockKey loses nothing.
func testInTxRollsBackAndSerialisesWriters(t *testing.T, open opener) {
	ctx := context.Background()
	db, other := open(t), open(t)
	boom := errors.New("boom")
	err := db.InTx(ctx, func(tx *Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO audit(at, action) VALUES (1, 'x')`); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatal(err)
	}
	var n int
	_ = db.QueryRowContext(ctx, `SELECT count(*) FROM audit`).Scan(&n)
	if n != 0 {
		t.Fatal("rolled-back insert is visible")
	}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		h := db
		if i%2 == 1 {
			h = other
		}
		go func() {
			defer wg.Done()
			err := h.InTx(ctx, func(tx *Tx) error {
				if err := tx.LockKey(ctx, "the audit count"); err != nil {
					return err
				}
				var c int
				if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM audit`).Scan(&c); err != nil {
					return err
				}
				_, err := tx.ExecContext(ctx, `INSERT INTO audit(at, action, detail) VALUES (?, 'inc', '')`, c)
				return err
			})
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	var distinct int
	_ = db.QueryRowContext(ctx, `SELECT count(DISTINCT at) FROM audit`).Scan(&distinct)
	if distinct != 50 {
		t.Fatalf("read-modify-write lost updates: %d distinct of 50", distinct)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "n.db")
	db, err := Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = db.ExecContext(ctx, `UPDATE schema_version SET version = 999`)
	_ = db.Close()
	dsn := storetest.Fresh(t)
	pg, err := OpenPostgres(ctx, dsn, PostgresOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_, _ = pg.ExecContext(ctx, `UPDATE schema_version SET version = 999`)
	_ = pg.Close()
	if _, err := OpenPostgres(ctx, dsn, PostgresOptions{}); err == nil || !strings.Contains(err.Error(), "has schema version 999, newer than this morbot (") {
		t.Fatalf("a newer PostgreSQL schema: %v", err)
	}
	if _, err := Open(ctx, p); err == nil || !strings.Contains(err.Error(), "has schema version 999, newer than this morbot (") || !strings.Contains(err.Error(), "upgrade morbot") {
		t.Fatalf("a newer schema: %v", err)
	}
}

// The database and its -wal and -shm files are 0600 even in a directory that already exists, with a
// permissive umask, and an existing file that was world-readable is tightened.
func TestStoreFilesArePrivate(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	ctx := context.Background()
	dir := t.TempDir() // already exists
	path := filepath.Join(dir, "m.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, `INSERT INTO audit(at, action) VALUES (1, 'x')`); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if st.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %o, want 0600", filepath.Base(p), st.Mode().Perm())
		}
	}
}

// On PostgreSQL a writer locks only what it touches: while one transaction holds a proposal's row and
// a key (a long vote, a stuck replica), another replica's write to other rows goes through at once,
// and a write to the held row waits for it. Nothing takes one lock for every write any more.
func TestWritesLockOnlyTheirRows(t *testing.T) {
	storetest.Need(t)
	ctx := context.Background()
	dsn := storetest.Fresh(t)
	a, err := OpenPostgres(ctx, dsn, PostgresOptions{LockTimeout: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := OpenPostgres(ctx, dsn, PostgresOptions{LockTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := a.ExecContext(ctx, `INSERT INTO audit(at, action) VALUES (1, 'held'), (2, 'free')`); err != nil {
		t.Fatal(err)
	}
	held, release := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- a.InTx(ctx, func(tx *Tx) error {
			if err := tx.LockKey(ctx, "proposal 1"); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE audit SET detail = 'a' WHERE at = 1`); err != nil {
				return err
			}
			close(held)
			<-release
			return nil
		})
	}()
	<-held
	// Unrelated rows and keys: through at once, well within the other side's short lock timeout.
	if err := b.InTx(ctx, func(tx *Tx) error {
		if err := tx.LockKey(ctx, "proposal 2"); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE audit SET detail = 'b' WHERE at = 2`)
		return err
	}); err != nil {
		t.Fatalf("a write to other rows waited for a held one: %v", err)
	}
	// The held row and the held key: both wait, and fail at the lock timeout.
	if err := b.InTx(ctx, func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE audit SET detail = 'c' WHERE at = 1`)
		return err
	}); err == nil {
		t.Fatal("a write to the held row did not wait for it")
	}
	if err := b.InTx(ctx, func(tx *Tx) error { return tx.LockKey(ctx, "proposal 1") }); err == nil {
		t.Fatal("the held key was taken twice")
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
