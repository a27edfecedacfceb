package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/store/storetest"
)

// opener opens a new handle on one store (a second handle is a second process).
type opener func(t *testing.T) *DB

// eachDriver runs fn on a fresh SQLite file and on a fresh PostgreSQL database.
func eachDriver(t *testing.T, fn func(t *testing.T, open opener)) {
	t.Run("sqlite", func(t *testing.T) {
		t.Parallel()
		p := filepath.Join(t.TempDir(), "s.db")
		fn(t, func(t *testing.T) *DB {
			db, err := Open(context.Background(), p)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = db.Close() })
			return db
		})
	})
	t.Run("postgres", func(t *testing.T) {
		t.Parallel()
		dsn := storetest.Fresh(t)
		fn(t, func(t *testing.T) *DB {
			db, err := OpenPostgres(context.Background(), dsn, PostgresOptions{IdleInTx: time.Second, LockTimeout: time.Second})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = db.Close() })
			return db
		})
	})
}
