package store

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/store/storetest"
)

// waitFor polls cond until it holds or the deadline passes (a lease expires on its clock, not on ours).
func waitFor(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %s", what, d)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Two replicas on one store: one holds the lease, the other is refused by name, takes over once it
// expires with a new epoch, and the old holder's fence fails from then on.
func TestLeaseAcrossReplicas(t *testing.T) {
	eachDriver(t, func(t *testing.T, open opener) {
		ctx := context.Background()
		a := open(t).NewLease("executor", "A", time.Second, nil)
		b := open(t).NewLease("executor", "B", time.Second, nil)
		if err := a.TryAcquire(ctx); err != nil {
			t.Fatal(err)
		}
		var held *HeldError
		if err := b.TryAcquire(ctx); !errors.As(err, &held) || held.Info.Holder != "A" || held.Info.Epoch != 1 {
			t.Fatalf("B while A holds: %v", err)
		}
		if err := b.HeldError(ctx); !errors.As(err, &held) {
			t.Fatalf("HeldError for B: %v", err)
		}
		if err := a.Check(ctx); err != nil {
			t.Fatalf("A's fence: %v", err)
		}
		st, ok, err := a.Status(ctx)
		if err != nil || !ok || !st.Mine || st.Holder != "A" || st.Epoch != 1 || !st.Live() || st.Age() < 0 || st.Age() > time.Second {
			t.Fatalf("A's status %+v %v %v", st, ok, err)
		}
		waitFor(t, "B takes over after expiry", 10*time.Second, func() bool { return b.TryAcquire(ctx) == nil })
		if err := a.Check(ctx); !errors.Is(err, ErrLeaseLost) {
			t.Fatalf("A's fence after the take-over: %v", err)
		}
		if err := a.Renew(ctx); !errors.Is(err, ErrLeaseLost) {
			t.Fatalf("A renews after the take-over: %v", err)
		}
		st, _, _ = b.Status(ctx)
		if st.Holder != "B" || st.Epoch != 2 || !st.Mine {
			t.Fatalf("after the take-over: %+v", st)
		}
		if err := b.Release(ctx); err != nil {
			t.Fatal(err)
		}
		if err := a.TryAcquire(ctx); err != nil {
			t.Fatalf("A after B released: %v", err)
		}
	})
}

// A holder that cannot renew stops passing its own fence before the lease can expire, without
// asking the database, and Keep reports it once.
func TestLeaseLocalDeadline(t *testing.T) {
	eachDriver(t, func(t *testing.T, open opener) {
		ctx := context.Background()
		db := open(t)
		l := db.NewLease("executor", "A", 600*time.Millisecond, nil)
		start := time.Now()
		if err := l.TryAcquire(ctx); err != nil {
			t.Fatal(err)
		}
		if err := l.Check(ctx); err != nil {
			t.Fatal(err)
		}
		waitFor(t, "the local deadline", 5*time.Second, l.Lapsed)
		if elapsed := time.Since(start); elapsed >= 600*time.Millisecond {
			t.Fatalf("lapsed only after %s, not before the lease's own expiry", elapsed)
		}
		err := l.Check(ctx)
		if !errors.Is(err, ErrLeaseUnrenewed) || !errors.Is(err, ErrLeaseLost) {
			t.Fatalf("fence past the local deadline: %v", err)
		}
		// Keep with a database that no longer answers: it reports ErrLeaseUnrenewed.
		l2 := open(t).NewLease("other", "A", 300*time.Millisecond, nil)
		if err := l2.TryAcquire(ctx); err != nil {
			t.Fatal(err)
		}
		_ = l2.db.Close()
		lost := make(chan error, 1)
		go l2.Keep(ctx, func(err error) { lost <- err })
		select {
		case err := <-lost:
			if !errors.Is(err, ErrLeaseUnrenewed) {
				t.Fatalf("Keep reported %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("Keep did not report the unrenewable lease")
		}
	})
}

// A leader paused inside a transaction (SIGSTOP, a GC pause, a frozen VM) holds the fence's lock; the
// server ends its idle session, so the replica takes over, and the paused write never lands.
func TestPausedLeaderDoesNotBlockTakeOver(t *testing.T) {
	dsn := storetest.Fresh(t)
	ctx := context.Background()
	opts := PostgresOptions{IdleInTx: 700 * time.Millisecond, LockTimeout: 500 * time.Millisecond}
	dbA, err := OpenPostgres(ctx, dsn, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer dbA.Close()
	dbB, err := OpenPostgres(ctx, dsn, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer dbB.Close()
	a := dbA.NewLease("executor", "A", time.Second, nil)
	b := dbB.NewLease("executor", "B", time.Second, nil)
	if err := a.TryAcquire(ctx); err != nil {
		t.Fatal(err)
	}
	fenced, resume, done := make(chan struct{}), make(chan struct{}), make(chan error, 1)
	go func() {
		done <- dbA.InTx(ctx, func(tx *Tx) error {
			if err := a.CheckTx(ctx, tx); err != nil {
				return err
			}
			close(fenced)
			<-resume // paused here, holding the transaction
			_, err := tx.ExecContext(ctx, `INSERT INTO audit(at, action) VALUES (1, 'paused write')`)
			return err
		})
	}()
	<-fenced
	took := time.Now()
	waitFor(t, "B takes over from the paused A", 10*time.Second, func() bool { return b.TryAcquire(ctx) == nil })
	t.Logf("take-over %s after A paused inside its transaction", time.Since(took).Round(time.Millisecond))
	close(resume)
	if err := <-done; err == nil {
		t.Fatal("the paused leader's transaction committed after the take-over")
	}
	var n int
	if err := dbB.QueryRowContext(ctx, `SELECT count(*) FROM audit WHERE action = 'paused write'`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("paused write visible: %d %v", n, err)
	}
}

// Every store method outside approval round-trips on both drivers.
func TestStoreTablesOnBothDrivers(t *testing.T) {
	eachDriver(t, func(t *testing.T, open opener) {
		ctx := context.Background()
		db := open(t)
		now := time.UnixMilli(1_800_000_000_000)
		if seen, err := db.SeenKey(ctx, "k", now, time.Minute); err != nil || seen {
			t.Fatalf("first key: %v %v", seen, err)
		}
		if seen, err := db.SeenKey(ctx, "k", now, time.Minute); err != nil || !seen {
			t.Fatalf("repeat key: %v %v", seen, err)
		}
		owner := common.HexToAddress("0x1")
		m := TeamModel{ID: common.HexToHash("0xaa"), Name: "m1", Base: common.HexToHash("0xbb")}
		if err := db.RememberModel(ctx, owner, m, 7, now); err != nil {
			t.Fatal(err)
		}
		if ms, err := db.TeamModels(ctx, owner); err != nil || len(ms) != 1 || ms[0] != m {
			t.Fatalf("team models %+v %v", ms, err)
		}
		if pid, ok, err := db.ModelProposal(ctx, m.ID); err != nil || !ok || pid != 7 {
			t.Fatalf("model proposal %d %v %v", pid, ok, err)
		}
		x := AlertRow{ID: "eth-low", Kind: "funds", State: AlertFiring, Title: "t", Fix: "f", FiringSince: 1, UpdatedAt: 2}
		if err := db.PutAlert(ctx, x); err != nil {
			t.Fatal(err)
		}
		if got, ok, err := db.Alert(ctx, "eth-low"); err != nil || !ok || got != x {
			t.Fatalf("alert %+v %v %v", got, ok, err)
		}
		if err := db.SetCheckpoint(ctx, "c", 42); err != nil {
			t.Fatal(err)
		}
		if b, ok, err := db.Checkpoint(ctx, "c"); err != nil || !ok || b != 42 {
			t.Fatalf("checkpoint %d %v %v", b, ok, err)
		}
		if err := db.SetSeenMinimum(ctx, "provider_stake", big.NewInt(5)); err != nil {
			t.Fatal(err)
		}
		if mins, err := db.SeenMinimums(ctx); err != nil || mins["provider_stake"].Int64() != 5 {
			t.Fatalf("minimums %v %v", mins, err)
		}
		if err := db.WatchBid(ctx, WatchedBid{Model: "0xaa", Bid: "0xcc", Price: big.NewInt(9)}, now); err != nil {
			t.Fatal(err)
		}
		if p, err := db.WatchedBidPrice(ctx, "0xaa"); err != nil || p.Int64() != 9 {
			t.Fatalf("watched price %v %v", p, err)
		}
		if err := db.UnwatchBid(ctx, "0xaa"); err != nil {
			t.Fatal(err)
		}
		if ws, err := db.WatchedBids(ctx); err != nil || len(ws) != 0 {
			t.Fatalf("watched %v %v", ws, err)
		}
		if err := db.RecordEarnings(ctx, EarningsReading{At: now, Earned: big.NewInt(1), Cap: big.NewInt(2)}); err != nil {
			t.Fatal(err)
		}
		if err := db.RecordEarnings(ctx, EarningsReading{At: now.Add(time.Minute), Earned: big.NewInt(3), Cap: big.NewInt(2)}); err != nil {
			t.Fatal(err)
		}
		if hs, err := db.EarningsSince(ctx, now.Add(-time.Hour)); err != nil || len(hs) != 1 || hs[0].Earned.Int64() != 3 {
			t.Fatalf("earnings history %+v %v", hs, err)
		}
		if n, err := db.RecordUptime(ctx, Reading{Sent: now, Received: now, Up: time.Hour}, 30*time.Minute); err != nil || n != 0 {
			t.Fatalf("first uptime %d %v", n, err)
		}
		if n, err := db.RecordUptime(ctx, Reading{Sent: now.Add(time.Minute), Received: now.Add(time.Minute), Up: time.Second}, 30*time.Minute); err != nil || n != 1 {
			t.Fatalf("uptime reset %d %v", n, err)
		}
		if n, _, err := db.RecordDown(ctx, now.Add(2*time.Minute)); err != nil || n != 1 {
			t.Fatalf("down %d %v", n, err)
		}
		// Discovery sightings move forward only.
		b1, b2 := common.HexToHash("0xb1"), common.HexToHash("0xb2")
		if err := db.RecordDiscoverySeen(ctx, now, []common.Hash{b1, b2}); err != nil {
			t.Fatal(err)
		}
		if err := db.RecordDiscoverySeen(ctx, now.Add(time.Minute), []common.Hash{b1}); err != nil {
			t.Fatal(err)
		}
		if err := db.RecordDiscoverySeen(ctx, now.Add(-time.Hour), []common.Hash{b2}); err != nil {
			t.Fatal(err)
		}
		seen, err := db.DiscoverySeen(ctx)
		if err != nil || len(seen) != 2 || !seen[b1].Equal(now.Add(time.Minute)) || !seen[b2].Equal(now) {
			t.Fatalf("discovery sightings %v %v", seen, err)
		}
	})
}

// The DSN's password never reaches an error: not from a server that does not answer, not from a DSN
// that does not parse.
func TestPostgresErrorsHoldNoPassword(t *testing.T) {
	ctx := context.Background()
	const pw = "Hunter2-pw-9d1e"
	for _, dsn := range []string{
		"postgres://root:" + pw + "@127.0.0.1:1/x?sslmode=disable&connect_timeout=2",
		"postgres://root:" + pw + "@[::1/x",
		"host=127.0.0.1 port=1 user=root password=" + pw + " dbname=x connect_timeout=2 sslmode=disable",
	} {
		_, err := OpenPostgres(ctx, dsn, PostgresOptions{})
		if err == nil {
			t.Fatalf("%q opened", dsn)
		}
		if strings.Contains(err.Error(), pw) {
			t.Fatalf("the password is in the error: %v", err)
		}
	}
}

// A standby asking for a live lease locks nothing: while the holder is in the middle of a fenced
// write (it shares the lease row), the standby's attempt answers at once that the lease is held,
// instead of waiting for the row and holding up the holder's next writes behind it.
func TestStandbyAttemptLocksNothing(t *testing.T) {
	storetest.Need(t)
	ctx := context.Background()
	dsn := storetest.Fresh(t)
	holderDB, err := OpenPostgres(ctx, dsn, PostgresOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer holderDB.Close()
	standbyDB, err := OpenPostgres(ctx, dsn, PostgresOptions{LockTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer standbyDB.Close()
	a := holderDB.NewLease("executor", "A", 15*time.Second, nil)
	if err := a.TryAcquire(ctx); err != nil {
		t.Fatal(err)
	}
	b := standbyDB.NewLease("executor", "B", 15*time.Second, nil)
	inside, release := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- holderDB.InTx(ctx, func(tx *Tx) error {
			if err := a.CheckTx(ctx, tx); err != nil { // the fence: shares the lease row until commit
				return err
			}
			close(inside)
			<-release
			return nil
		})
	}()
	<-inside
	var held *HeldError
	if err := b.TryAcquire(ctx); !errors.As(err, &held) || held.Info.Holder != "A" {
		t.Fatalf("the standby's attempt during the holder's fenced write: %v", err)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// Malformed DSNs are refused saying which part is wrong and how to encode it, and never quote any
// part of the DSN: a password with an unencoded @ or a space would otherwise show up as a host name
// or inside the driver's parse message.
func TestMalformedDSNsQuoteNoPassword(t *testing.T) {
	ctx := context.Background()
	const pw = "Qx7@Zk9 vR2:m8"
	fragments := []string{"Qx7", "Zk9", "vR2", "m8"}
	for _, c := range []struct{ dsn, want string }{
		{"postgres://root:Qx7@Zk9@127.0.0.1:5432/x", "holds an unencoded @"},
		{"postgres://root:Qx7 Zk9@127.0.0.1:5432/x", "holds a space"},
		{"postgres://root:Qx7Zk9@127.0.0.1:54x2/x", "port is not a number"},
		{"postgres://root:" + pw + "@127.0.0.1:5432/x", "holds an unencoded @"},
		{"mysql://root:Qx7@Zk9@127.0.0.1/x", "scheme is not postgres://"},
		{"postgres://root:Qx7Zk9@/x", "names no host"},
		{"host=127.0.0.1 user=root password=Qx7 Zk9 vR2 dbname=x", "every part must be key=value"},
		{"host=127.0.0.1 user=root password='Qx7 Zk9 vR2 dbname=x", "a single quote is not closed"},
		{"postgres://root:Qx7%ZZZk9@127.0.0.1:5432/x", "not a valid URL"},
	} {
		_, err := OpenPostgres(ctx, c.dsn, PostgresOptions{})
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "percent-encode") && !strings.Contains(err.Error(), "key=value") && !strings.Contains(err.Error(), "postgres://") {
			t.Fatalf("%q: %v", c.dsn, err)
		}
		msg := strings.ReplaceAll(err.Error(), dsnEncoding, "")
		for _, f := range fragments {
			if strings.Contains(msg, f) {
				t.Fatalf("%q: the error quotes %q: %v", c.dsn, f, err)
			}
		}
	}
}
