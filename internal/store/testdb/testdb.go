// Package testdb opens the store a test asks for on the driver the run asks for: SQLite by default,
// or, with MORBOT_TEST_STORE=postgres, a fresh database on the PostgreSQL test server for each path,
// so that suites written against one store file run unchanged against the real server.
package testdb

import (
	"context"
	"os"
	"sync"
	"testing"

	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/store/storetest"
)

// Postgres reports whether this run puts test stores on PostgreSQL.
func Postgres() bool { return os.Getenv("MORBOT_TEST_STORE") == store.Postgres }

var (
	mu   sync.Mutex
	dsns = map[string]string{} // path → its database, so a reopen finds the same store
)

// Open opens the store at path: the SQLite file, or the PostgreSQL database standing for it.
func Open(t testing.TB, path string) (*store.DB, error) {
	t.Helper()
	if !Postgres() {
		return store.Open(context.Background(), path)
	}
	mu.Lock()
	dsn, ok := dsns[path]
	if !ok {
		dsn = storetest.Fresh(t)
		dsns[path] = dsn
	}
	mu.Unlock()
	return store.OpenPostgres(context.Background(), dsn, store.PostgresOptions{})
}
