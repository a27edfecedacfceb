package executor

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/netfault"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/store/storetest"
	"github.com/morbotlabs/morbot/internal/store/testdb"
)

func mor(s string) *big.Int {
	v, err := chain.ParseMOR(s)
	if err != nil {
		panic(err)
	}
	return v
}

// recorder is a approval.Notifier that keeps every event.
type recorder struct {
	mu     sync.Mutex
	events []approval.Event
	ch     chan struct{} // closed and replaced on every event
}

func (r *recorder) Notify(_ context.Context, ev approval.Event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, ev)
	if r.ch != nil {
		close(r.ch)
		r.ch = nil
	}
}

// changed returns a channel closed at the next event; call with r.mu held.
func (r *recorder) changed() <-chan struct{} {
	if r.ch == nil {
		r.ch = make(chan struct{})
	}
	return r.ch
}

func (r *recorder) count(kind approval.EventKind) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, e := range r.events {
		if e.Kind == kind {
			n++
		}
	}
	return n
}

type fixture struct {
	t      testing.TB
	sim    *chaintest.Sim
	client *chain.Client
	signer chaintest.KeySigner
	dbPath string
	db     *store.DB
	eng    *stack
	rec    *recorder
	policy approval.Policy
	clock  *fakeClock
	opts   func(*testOptions) // adjusts the engine's options at every open
	plans  int                // plans made, so that each has its own payload
}

type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func console(names ...string) map[string]approval.Members {
	m := approval.Members{Users: map[string]bool{}}
	for _, n := range names {
		m.Users[n] = true
	}
	return map[string]approval.Members{"console": m}
}

func user(name string) approval.User { return approval.User{Platform: "console", ID: name, Name: name} }

func newFixture(t testing.TB, p approval.Policy) *fixture {
	t.Helper()
	sim, err := chaintest.NewSim(context.Background(), chaintest.Options{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	f := &fixture{t: t, sim: sim, signer: chaintest.KeySigner{Key: sim.Accounts[0].Key},
		dbPath: filepath.Join(t.TempDir(), "morbot.db"), policy: p, clock: &fakeClock{t: time.Unix(1_800_000_000, 0)}}
	f.client = sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	f.open()
	t.Cleanup(f.close)
	return f
}

func (f *fixture) open() {
	f.t.Helper()
	db, err := testdb.Open(f.t, f.dbPath)
	if err != nil {
		f.t.Fatal(err)
	}
	f.db, f.rec = db, &recorder{}
	o := testOptions{Store: db, Policy: f.policy, Chain: f.client, Signer: f.signer, Notifier: f.rec, Now: f.clock.Now}
	if f.opts != nil {
		f.opts(&o)
	}
	f.eng = newStack(o)
}

func (f *fixture) close() {
	if f.eng != nil {
		f.eng.Close()
		_ = f.db.Close()
		f.eng = nil
	}
}

// plan is approve + providerRegister: two transactions from one proposal. Each plan approves one wei
// more than the one before, so that no two are the same payload (an open proposal's payload cannot be
// proposed again).
func (f *fixture) plan(provider common.Address) []chain.TxRequest {
	f.plans++
	approve := new(big.Int).Add(mor("0.2"), big.NewInt(int64(f.plans)))
	return []chain.TxRequest{f.client.ApproveTx(approve), f.client.ProviderRegisterTx(provider, mor("0.2"), "127.0.0.1:3333")}
}

func requests(p *approval.Proposal) []approval.Planned { return p.Planned() }

func (f *fixture) propose(by string) *approval.Proposal {
	f.t.Helper()
	steps := f.plan(f.signer.Address())
	prop, err := f.eng.Propose(context.Background(), user(by), approval.ProposeRequest{Kind: approval.KindProviderCreate, Summary: "register the provider", Steps: txs(steps...),
		Amounts: approval.Amounts{Approve: mor("0.2"), Stake: mor("0.2")}})
	if err != nil {
		f.t.Fatalf("propose: %v", err)
	}
	return prop
}

func (f *fixture) nonce() uint64 {
	n, err := f.client.PendingNonce(context.Background(), f.signer.Address())
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

func (f *fixture) idle() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := f.eng.Idle(ctx); err != nil {
		f.t.Fatal("executor did not finish")
	}
}

func denial(t testing.TB, err error, want string) {
	t.Helper()
	var d *approval.Denial
	if !errors.As(err, &d) || !strings.Contains(d.Reason, want) {
		t.Fatalf("want a denial containing %q, got %v", want, err)
	}
}

func TestFiftyConcurrentApprovalsExecuteOnce(t *testing.T) {
	t.Parallel()
	names := []string{"proposer"}
	for i := 0; i < 50; i++ {
		names = append(names, fmt.Sprintf("a%02d", i))
	}
	f := newFixture(t, approval.Policy{Quorum: 2, Approvers: console(names...), AnyRejectEnds: true, Expiry: time.Hour})
	p := f.propose("proposer")
	before := f.nonce()
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := f.eng.Vote(context.Background(), user(names[i+1]), p.Token, true)
			var d *approval.Denial
			if err != nil && !errors.As(err, &d) {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	f.idle()
	got, err := f.eng.Get(context.Background(), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != approval.Confirmed {
		t.Fatalf("status %s (%s)", got.Status, got.Reason)
	}
	if n := f.rec.count(approval.EvApproved); n != 1 {
		t.Fatalf("%d approved events, want exactly 1", n)
	}
	if sent := f.nonce() - before; sent != 2 {
		t.Fatalf("%d transactions sent for a 2-step plan", sent)
	}
	if got.Approvals() != 2 {
		t.Fatalf("%d approvals stored after quorum; later clicks must be refused", got.Approvals())
	}
	for _, s := range got.Steps {
		if s.Status != approval.StepConfirmed || s.Hash == nil || s.Block == 0 {
			t.Fatalf("step %+v", s)
		}
	}
}

func TestVotesSurviveStoreReopen(t *testing.T) {
	t.Parallel()
	f := newFixture(t, approval.Policy{Quorum: 2, Approvers: console("alice", "bob", "carol"), AnyRejectEnds: true, Expiry: time.Hour})
	p := f.propose("alice")
	if _, err := f.eng.Vote(context.Background(), user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	f.close()
	f.open()
	if err := f.eng.Recover(context.Background()); err != nil {
		t.Fatal(err)
	}
	got, _ := f.eng.Get(context.Background(), p.ID)
	if got.Status != approval.Pending || got.Approvals() != 1 {
		t.Fatalf("after reopen: %s with %d approvals", got.Status, got.Approvals())
	}
	before := f.nonce()
	res, err := f.eng.Vote(context.Background(), user("carol"), p.Token, true)
	if err != nil || !strings.Contains(res.Message, "quorum 2/2 reached") {
		t.Fatalf("second vote: %v %+v", err, res)
	}
	f.idle()
	got, _ = f.eng.Get(context.Background(), p.ID)
	if got.Status != approval.Confirmed || f.nonce()-before != 2 {
		t.Fatalf("after quorum: %s, %d txs", got.Status, f.nonce()-before)
	}
}

var errCrash = errors.New("injected crash")

func TestCrashAfterBroadcastRecoversWithoutResending(t *testing.T) {
	t.Parallel()
	f := newFixture(t, approval.Policy{Quorum: 1, Approvers: console("alice", "bob"), AnyRejectEnds: true, Expiry: time.Hour})
	f.eng.afterBroadcast = func(*approval.Proposal, int) error { return errCrash }
	p := f.propose("alice")
	before := f.nonce()
	if _, err := f.eng.Vote(context.Background(), user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	f.idle()
	crashed, _ := f.eng.Get(context.Background(), p.ID)
	if crashed.Status != approval.Submitting || crashed.Steps[0].Hash == nil || crashed.Steps[0].Status != approval.StepSigned {
		t.Fatalf("state at crash: %s, step %+v", crashed.Status, crashed.Steps[0])
	}
	hash := *crashed.Steps[0].Hash
	f.close()
	f.open() // a new process: no hook
	if err := f.eng.Recover(context.Background()); err != nil {
		t.Fatal(err)
	}
	got, _ := f.eng.Get(context.Background(), p.ID)
	if got.Status != approval.Confirmed {
		t.Fatalf("after recovery: %s (%s)", got.Status, got.Reason)
	}
	if *got.Steps[0].Hash != hash {
		t.Fatalf("step 1 hash changed: %s -> %s", hash.Hex(), got.Steps[0].Hash.Hex())
	}
	if sent := f.nonce() - before; sent != 2 {
		t.Fatalf("%d transactions for a 2-step plan after recovery (a step was sent twice or not at all)", sent)
	}
}

func TestCrashBeforeBroadcastReachedTheNodeResendsSameBytes(t *testing.T) {
	t.Parallel()
	f := newFixture(t, approval.Policy{Quorum: 1, Approvers: console("alice", "bob"), AnyRejectEnds: true, Expiry: time.Hour})
	f.sim.SetAutoMine(false)
	f.eng.afterBroadcast = func(*approval.Proposal, int) error { return errCrash }
	p := f.propose("alice")
	before := f.nonce()
	if _, err := f.eng.Vote(context.Background(), user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	f.idle()
	crashed, _ := f.eng.Get(context.Background(), p.ID)
	hash := *crashed.Steps[0].Hash
	f.sim.Backend.Rollback() // the node loses the pending transaction, as if the broadcast never arrived
	f.sim.SetAutoMine(true)
	f.close()
	f.open()
	if err := f.eng.Recover(context.Background()); err != nil {
		t.Fatal(err)
	}
	got, _ := f.eng.Get(context.Background(), p.ID)
	if got.Status != approval.Confirmed || *got.Steps[0].Hash != hash || f.nonce()-before != 2 {
		t.Fatalf("after recovery: %s (%s), hash %s vs %s, %d txs", got.Status, got.Reason, got.Steps[0].Hash.Hex(), hash.Hex(), f.nonce()-before)
	}
}

func TestPolicyRefusals(t *testing.T) {
	t.Parallel()
	f := newFixture(t, approval.Policy{Quorum: 2, Approvers: console("alice", "bob", "carol"), AnyRejectEnds: true, Expiry: time.Hour,
		Caps: approval.Caps{MaxStake: mor("1"), MaxApprove: mor("1")}})
	ctx := context.Background()
	p := f.propose("alice")

	_, err := f.eng.Vote(ctx, user("alice"), p.Token, true)
	denial(t, err, "you proposed P-1, so you cannot approve it")
	_, err = f.eng.Vote(ctx, user("mallory"), p.Token, true)
	denial(t, err, "you are not an approver of P-1")
	res, err := f.eng.Vote(ctx, user("bob"), p.Token, true)
	if err != nil || !res.Changed || !strings.Contains(res.Message, "1/2") {
		t.Fatalf("bob: %v %+v", err, res)
	}
	res, err = f.eng.Vote(ctx, user("bob"), p.Token, true)
	if err != nil || res.Changed || !strings.Contains(res.Message, "already voted") {
		t.Fatalf("bob again: %v %+v", err, res)
	}
	got, _ := f.eng.Get(ctx, p.ID)
	if len(got.Votes) != 1 {
		t.Fatalf("votes stored: %+v (refused votes must not be stored)", got.Votes)
	}
	audit, _ := f.eng.Audit(ctx, 50)
	refused := 0
	for _, a := range audit {
		if a.Action == "vote refused" {
			refused++
		}
	}
	if refused != 2 {
		t.Fatalf("%d refused votes audited, want 2", refused)
	}
	// Reject ends it.
	res, err = f.eng.Vote(ctx, user("carol"), p.Token, false)
	if err != nil || !strings.Contains(res.Message, "rejected") {
		t.Fatalf("reject: %v %+v", err, res)
	}
	got, _ = f.eng.Get(ctx, p.ID)
	if got.Status != approval.Rejected {
		t.Fatalf("after reject: %s", got.Status)
	}
	_, err = f.eng.Vote(ctx, user("bob"), p.Token, true)
	denial(t, err, "P-1 is already rejected")

	// Expiry closes it (fake clock).
	p2 := f.propose("alice")
	f.clock.Add(2 * time.Hour)
	_, err = f.eng.Vote(ctx, user("bob"), p2.Token, true)
	denial(t, err, "expired")
	got, _ = f.eng.Get(ctx, p2.ID)
	if got.Status != approval.Expired {
		t.Fatalf("after expiry: %s", got.Status)
	}
	p3 := f.propose("alice")
	f.clock.Add(2 * time.Hour)
	if n, err := f.eng.Sweep(ctx); err != nil || n != 1 {
		t.Fatalf("sweep: %d %v", n, err)
	}

	// Cap exceeded at propose time: nothing stored.
	_, err = f.eng.Propose(ctx, user("alice"), approval.ProposeRequest{Kind: approval.KindProviderCreate, Summary: "x",
		Steps: txs(f.client.ApproveTx(mor("5"))), Amounts: approval.Amounts{Approve: mor("5")}})
	denial(t, err, "approving 5 MOR exceeds the team's cap of 1 MOR")
	list, _ := f.eng.List(ctx, 10)
	if len(list) != 3 {
		t.Fatalf("%d proposals stored, want 3 (the refused one must not be)", len(list))
	}
	// A non-proposer cannot propose.
	_, err = f.eng.Propose(ctx, user("mallory"), approval.ProposeRequest{Kind: "x", Steps: txs(f.client.ApproveTx(mor("0.1")))})
	denial(t, err, "not allowed to propose")
	// Cancel: only proposer or approver, only pending.
	p4 := f.propose("alice")
	_, err = f.eng.Cancel(ctx, user("mallory"), p4.ID)
	denial(t, err, "only the proposer or an approver")
	if _, err := f.eng.Cancel(ctx, user("bob"), p4.ID); err != nil {
		t.Fatal(err)
	}
	_, err = f.eng.Cancel(ctx, user("bob"), p3.ID)
	denial(t, err, "already expired")
}

func TestBadInputChangesNothing(t *testing.T) {
	t.Parallel()
	f := newFixture(t, approval.Policy{Quorum: 1, Approvers: console("alice", "bob"), AnyRejectEnds: true, Expiry: time.Hour})
	ctx := context.Background()
	p := f.propose("alice")
	_, err := f.eng.Get(ctx, 999)
	denial(t, err, "there is no proposal P-999")
	tampered := p.Token[:31] + string("0123456789abcdef"[(strings.IndexByte("0123456789abcdef", p.Token[31])+1)%16])
	_, err = f.eng.Vote(ctx, user("bob"), tampered, true)
	denial(t, err, "does not belong to any proposal")
	_, err = f.eng.Vote(ctx, user("bob"), "not-a-token", true)
	denial(t, err, "does not belong to any proposal")
	if _, err := approval.ParseID("Q-1"); err == nil {
		t.Fatal("bad ID accepted")
	}
	if id, err := approval.ParseID("P-12"); err != nil || id != 12 {
		t.Fatal("P-12 not parsed")
	}
	got, _ := f.eng.Get(ctx, p.ID)
	if got.Status != approval.Pending || len(got.Votes) != 0 {
		t.Fatalf("bad input changed the proposal: %s %+v", got.Status, got.Votes)
	}
}

func TestMinimumRaisedBeforeQuorumFailsWithoutSending(t *testing.T) {
	t.Parallel()
	f := newFixture(t, approval.Policy{Quorum: 1, Approvers: console("alice", "bob"), AnyRejectEnds: true, Expiry: time.Hour})
	ctx := context.Background()
	p := f.propose("alice") // stakes 0.2 MOR, valid against the 0.1 minimum
	if err := f.sim.SetProviderMinStake(ctx, mor("0.5")); err != nil {
		t.Fatal(err)
	}
	before := f.nonce()
	if _, err := f.eng.Vote(ctx, user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	f.idle()
	got, _ := f.eng.Get(ctx, p.ID)
	if got.Status != approval.Failed || got.FailedStep != 1 || !strings.Contains(got.Reason, "step 2 (providerRegister) would now fail") ||
		!strings.Contains(got.Reason, "would be 0.2 MOR but the minimum is 0.5 MOR") {
		t.Fatalf("status %s step %d reason %q", got.Status, got.FailedStep, got.Reason)
	}
	if f.nonce() != before {
		t.Fatal("a transaction was sent although the re-simulation failed")
	}
	if f.rec.count(approval.EvFailed) != 1 {
		t.Fatal("no failed event published")
	}
}

func TestPayloadHashBindsEveryField(t *testing.T) {
	t.Parallel()
	f := newFixture(t, approval.Policy{Quorum: 1, Approvers: console("a"), Expiry: time.Hour})
	r := f.client.ApproveTx(mor("1"))
	base := approval.PayloadHash(1337, f.signer.Address(), txs(r))
	changed := []chain.TxRequest{r, r, r, r}
	changed[0].Data = append(append([]byte{}, r.Data...), 0)
	changed[1].To[0] ^= 1
	changed[2].Value = big.NewInt(1)
	hashes := map[string]bool{base.Hex(): true}
	for _, c := range changed[:3] {
		hashes[approval.PayloadHash(1337, f.signer.Address(), txs(c)).Hex()] = true
	}
	hashes[approval.PayloadHash(8453, f.signer.Address(), txs(r)).Hex()] = true
	hashes[approval.PayloadHash(1337, f.sim.Owner.Address(), txs(r)).Hex()] = true
	if len(hashes) != 6 {
		t.Fatalf("payload hash ignores a field: %d distinct of 6", len(hashes))
	}
}

// BenchmarkQuorumToBroadcast measures the time from the quorum-reaching vote to the first broadcast.
func BenchmarkQuorumToBroadcast(b *testing.B) {
	f := newFixture(b, approval.Policy{Quorum: 1, Approvers: console("alice", "bob"), Expiry: time.Hour})
	var lat []time.Duration
	for b.Loop() {
		p, err := f.eng.Propose(context.Background(), user("alice"), approval.ProposeRequest{Kind: approval.KindApprove, Summary: "approve",
			Steps: txs(f.client.ApproveTx(mor("1")))})
		if err != nil {
			b.Fatal(err)
		}
		sent := make(chan time.Time, 1)
		f.eng.afterBroadcast = func(*approval.Proposal, int) error { sent <- time.Now(); return nil }
		start := time.Now()
		if _, err := f.eng.Vote(context.Background(), user("bob"), p.Token, true); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, (<-sent).Sub(start))
		f.idle()
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkQuorumOnReplicaToBroadcast measures, across two engines on one store (on PostgreSQL when
// MORBOT_TEST_STORE=postgres, as make bench runs it), the time from the vote that reaches the quorum
// on a replica to the leader's first broadcast of that plan; the leader looks for approved plans every
// 200 ms, as morbot run does.
func BenchmarkQuorumOnReplicaToBroadcast(b *testing.B) {
	policy := approval.Policy{Quorum: 1, Approvers: console("alice", "bob"), Expiry: time.Hour}
	f := newFixture(b, policy)
	f.close()
	ctx := context.Background()
	dbA, err := testdb.Open(b, f.dbPath)
	if err != nil {
		b.Fatal(err)
	}
	defer dbA.Close()
	dbB, err := testdb.Open(b, f.dbPath)
	if err != nil {
		b.Fatal(err)
	}
	defer dbB.Close()
	leaseA := dbA.NewLease("executor", "A", 15*time.Second, nil)
	if err := leaseA.TryAcquire(ctx); err != nil {
		b.Fatal(err)
	}
	go leaseA.Keep(ctx, func(error) {})
	leader := newStack(testOptions{Store: dbA, Policy: policy, Chain: f.client, Signer: f.signer, Lease: leaseA})
	defer leader.Close()
	replica := newStack(testOptions{Store: dbB, Policy: policy, Chain: f.client, Signer: f.signer, Standby: true})
	defer replica.Close()
	sent := make(chan time.Time, 1)
	leader.afterBroadcast = func(*approval.Proposal, int) error { sent <- time.Now(); return nil }
	leader.StartApprovedWatch(200 * time.Millisecond)
	var lat []time.Duration
	for b.Loop() {
		p, err := replica.Propose(ctx, user("alice"), approval.ProposeRequest{Kind: approval.KindApprove, Summary: "approve", Steps: txs(f.client.ApproveTx(mor("1")))})
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if _, err := replica.Vote(ctx, user("bob"), p.Token, true); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, (<-sent).Sub(start))
		if err := leader.Idle(ctx); err != nil {
			b.Fatal(err)
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkQuorumToBroadcastSlowStandby is quorum → broadcast on PostgreSQL on the leader while a
// standby whose link to the database takes 150 ms each way asks for the lease every 100 ms, as a
// replica far away does (MORBOT_STANDBYS of them, default 1). A standby that locked something for its whole attempt (one lock for every
// write, or the lease row) would hold the leader's votes and fenced writes for seconds at a time.
func BenchmarkQuorumToBroadcastSlowStandby(b *testing.B) {
	ctx := context.Background()
	dsn := storetest.Fresh(b)
	u, err := url.Parse(dsn)
	if err != nil {
		b.Fatal(err)
	}
	proxy, err := netfault.New(u.Host)
	if err != nil {
		b.Fatal(err)
	}
	defer proxy.Close()
	proxy.SetDelay(150 * time.Millisecond)
	slow := *u
	slow.Host = proxy.Addr()
	policy := approval.Policy{Quorum: 1, Approvers: console("alice", "bob"), Expiry: time.Hour}
	f := newFixture(b, policy)
	f.close()
	dbA, err := store.OpenPostgres(ctx, dsn, store.PostgresOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer dbA.Close()
	dbC, err := store.OpenPostgres(ctx, slow.String(), store.PostgresOptions{IdleInTx: time.Minute, StatementTimeout: time.Minute})
	if err != nil {
		b.Fatal(err)
	}
	defer dbC.Close()
	leaseA := dbA.NewLease("executor", "A", 15*time.Second, nil)
	if err := leaseA.TryAcquire(ctx); err != nil {
		b.Fatal(err)
	}
	kctx, stop := context.WithCancel(ctx)
	defer stop()
	go leaseA.Keep(kctx, func(error) {})
	var (
		waiting sync.WaitGroup
		ready   []chan struct{}
	)
	for i := range standbys() { // standbys far away, each asking every 100 ms
		standby := dbC.NewLease("executor", fmt.Sprintf("C%d", i), 15*time.Second, nil)
		waiting.Add(1)
		first := make(chan struct{})
		ready = append(ready, first)
		go func() {
			defer waiting.Done()
			_ = standby.TryAcquire(kctx) // connected and asking before the clock starts
			close(first)
			t := time.NewTicker(100 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-kctx.Done():
					return
				case <-t.C:
					_ = standby.TryAcquire(kctx)
				}
			}
		}()
	}
	for _, r := range ready {
		<-r
	}
	leader := newStack(testOptions{Store: dbA, Policy: policy, Chain: f.client, Signer: f.signer, Lease: leaseA})
	defer leader.Close()
	var lat []time.Duration
	for b.Loop() {
		p, err := leader.Propose(ctx, user("alice"), approval.ProposeRequest{Kind: approval.KindApprove, Summary: "approve", Steps: txs(f.client.ApproveTx(mor("1")))})
		if err != nil {
			b.Fatal(err)
		}
		sent := make(chan time.Time, 1)
		leader.afterBroadcast = func(*approval.Proposal, int) error { sent <- time.Now(); return nil }
		start := time.Now()
		if _, err := leader.Vote(ctx, user("bob"), p.Token, true); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, (<-sent).Sub(start))
		wctx, cancel := context.WithTimeout(ctx, time.Minute)
		_ = leader.Idle(wctx)
		cancel()
	}
	stop()
	waiting.Wait()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "max-ms")
}

// standbys is how many slow standbys BenchmarkQuorumToBroadcastSlowStandby runs (MORBOT_STANDBYS,
// default 1).
func standbys() int {
	if n, err := strconv.Atoi(os.Getenv("MORBOT_STANDBYS")); err == nil && n >= 0 {
		return n
	}
	return 1
}
