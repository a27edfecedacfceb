// Package storetest gives tests a fresh PostgreSQL database of their own on the test server, so that
// the store and everything on it run against the real server as well as SQLite. It does not import
// the store, so the store's own tests can use it.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// DefaultServer is the test server's DSN when MORBOT_TEST_PG is not set: the project's machines run
// PostgreSQL 15 on 127.0.0.1:5432 with trust authentication and a database named test.
const DefaultServer = "postgres://root@127.0.0.1:5432/test?sslmode=disable"

// Required reports whether PostgreSQL tests must run (MORBOT_TEST_PG_REQUIRED=1, as CI sets): a
// server that does not answer is then a failure, not a skip.
func Required() bool { return os.Getenv("MORBOT_TEST_PG_REQUIRED") == "1" }

// Server is the test server's DSN.
func Server() string {
	if v := os.Getenv("MORBOT_TEST_PG"); v != "" {
		return v
	}
	return DefaultServer
}

var (
	reachOnce sync.Once
	reachErr  error
)

// Reachable reports whether the test server answers.
func Reachable() error {
	reachOnce.Do(func() {
		db, err := sql.Open("pgx", Server())
		if err != nil {
			reachErr = err
			return
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		reachErr = db.PingContext(ctx)
	})
	return reachErr
}

// Need skips the test when the server does not answer, or fails it when PostgreSQL tests are
// required.
func Need(t testing.TB) {
	t.Helper()
	if err := Reachable(); err != nil {
		if Required() {
			t.Fatalf("PostgreSQL test server %s does not answer (%v), and MORBOT_TEST_PG_REQUIRED=1", redact(Server()), err)
		}
		t.Skipf("SKIPPED: PostgreSQL test server %s does not answer (%v); start it, or set MORBOT_TEST_PG", redact(Server()), err)
	}
}

// Fresh creates an empty database on the test server for this test alone and returns its DSN; it
// is dropped (with its sessions) when the test ends.
func Fresh(t testing.TB) string {
	t.Helper()
	Need(t)
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "t_" + hex.EncodeToString(b)
	admin, err := sql.Open("pgx", Server())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		_ = admin.Close()
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Logf("drop test database %s: %v", name, err)
		}
		_ = admin.Close()
	})
	u, err := url.Parse(Server())
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "(unparsable DSN)"
	}
	return u.Redacted()
}
