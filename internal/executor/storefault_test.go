package executor

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/store/storetest"
)

// signalHandler is a log handler that closes a channel the first time a message containing want is
// logged (a test waits on the executor's own account of what it does, not on time).
type signalHandler struct {
	want string
	once sync.Once
	seen chan struct{}
	mu   sync.Mutex
	msgs []string
}

func (h *signalHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h *signalHandler) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	h.msgs = append(h.msgs, r.Message)
	h.mu.Unlock()
	if strings.Contains(r.Message, h.want) {
		h.once.Do(func() { close(h.seen) })
	}
	return nil
}
func (h *signalHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *signalHandler) WithGroup(string) slog.Handler      { return h }

// A row lock held on a step's row (a long transaction, a vacuum, a migration) while the executor
// records that step delays the plan; it never fails it. The write is retried until the lock goes,
// and the plan confirms with all its transactions.
func TestRowLockDelaysAPlanButDoesNotFailIt(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn := storetest.Fresh(t)
	db, err := store.OpenPostgres(ctx, dsn, store.PostgresOptions{LockTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	locker, err := store.OpenPostgres(ctx, dsn, store.PostgresOptions{IdleInTx: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	defer locker.Close()
	f := newFixture(t, quorum1())
	f.close()
	logs := &signalHandler{want: "store write failed; retrying", seen: make(chan struct{})}
	rec := &recorder{}
	s := newStack(testOptions{Store: db, Policy: quorum1(), Chain: f.client, Signer: f.signer, Notifier: rec, Logger: slog.New(logs), PollInterval: 5 * time.Millisecond})
	defer s.Close()
	p, err := s.Propose(ctx, user("alice"), approval.ProposeRequest{Kind: approval.KindProviderCreate, Summary: "register", Steps: txs(f.plan(f.signer.Address())...)})
	if err != nil {
		t.Fatal(err)
	}
	// Another session holds step 2's row, as a long transaction would, until the executor says it waits.
	held, release := make(chan struct{}), make(chan struct{})
	lockDone := make(chan error, 1)
	go func() {
		lockDone <- locker.InTx(ctx, func(tx *store.Tx) error {
			if _, err := tx.ExecContext(ctx, `SELECT status FROM proposal_txs WHERE proposal_id = ? AND step = 1 FOR UPDATE`, p.ID); err != nil {
				return err
			}
			close(held)
			<-release
			return nil
		})
	}()
	<-held
	before := f.latest()
	if _, err := s.Vote(ctx, user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	select {
	case <-logs.seen:
	case <-time.After(60 * time.Second):
		t.Fatal("the executor never waited on the locked row")
	}
	close(release)
	if err := <-lockDone; err != nil {
		t.Fatal(err)
	}
	rec.waitEvent(t, approval.EvConfirmed, 1)
	got, err := s.Get(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != approval.Confirmed || f.latest()-before != 2 {
		t.Fatalf("after the lock: %s %q, %d transaction(s)", got.Status, got.Reason, f.latest()-before)
	}
	if n := rec.count(approval.EvFailed); n != 0 {
		t.Fatalf("the plan was failed %d time(s) on the way", n)
	}
}
