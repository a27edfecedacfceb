package executor

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/store/testdb"
)

// waitEvent waits for the recorder to hold n events of a kind (a signal, not a sleep: it re-checks
// whenever an event arrives).
func (r *recorder) waitEvent(t testing.TB, kind approval.EventKind, n int) approval.Event {
	t.Helper()
	deadline := time.After(30 * time.Second)
	for {
		r.mu.Lock()
		var found []approval.Event
		for _, e := range r.events {
			if e.Kind == kind {
				found = append(found, e)
			}
		}
		ch := r.changed()
		r.mu.Unlock()
		if len(found) >= n {
			return found[n-1]
		}
		select {
		case <-ch:
		case <-deadline:
			t.Fatalf("no %d %q event(s) within 30s", n, kind)
		}
	}
}

// latest is the signer's nonce at the latest block: transactions actually mined.
func (f *fixture) latest() uint64 {
	f.t.Helper()
	n, err := f.client.Nonce(context.Background(), f.signer.Address())
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

func (f *fixture) waitSend(ch <-chan struct{}) {
	f.t.Helper()
	select {
	case <-ch:
	case <-time.After(30 * time.Second):
		f.t.Fatal("no transaction reached the node")
	}
}

func quorum1() approval.Policy {
	return approval.Policy{Quorum: 1, Approvers: console("alice", "bob", "carol"), AnyRejectEnds: true, Expiry: time.Hour}
}

func newFixtureWith(t *testing.T, p approval.Policy, opts func(*testOptions)) *fixture {
	t.Helper()
	f := newFixture(t, p)
	f.close()
	f.opts = opts
	f.open()
	return f
}

// A step not mined within the receipt timeout becomes unknown; the reconciler settles it once it is
// mined and the plan goes on, with no restart and exactly the plan's transactions.
func TestSlowMiningSettlesWithoutRestart(t *testing.T) {
	t.Parallel()
	f := newFixtureWith(t, quorum1(), func(o *testOptions) { o.ReceiptTimeout = 150 * time.Millisecond; o.PollInterval = 5 * time.Millisecond })
	f.eng.StartReconciler(20 * time.Millisecond)
	f.sim.SetAutoMine(false)
	sends := f.sim.WatchSends()
	before := f.latest()
	p := f.propose("alice")
	if _, err := f.eng.Vote(context.Background(), user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	f.waitSend(sends)
	ev := f.rec.waitEvent(t, approval.EvUnknown, 1)
	if !strings.Contains(ev.Note, "step 1 (approve) was sent as 0x") || !strings.Contains(ev.Note, "keeps reconciling") {
		t.Fatalf("unknown note: %q", ev.Note)
	}
	f.sim.Commit() // step 1 mined: the reconciler picks the plan up and sends step 2
	f.waitSend(sends)
	f.sim.Commit()
	f.rec.waitEvent(t, approval.EvConfirmed, 1)
	got, _ := f.eng.Get(context.Background(), p.ID)
	if got.Status != approval.Confirmed {
		t.Fatalf("status %s (%s)", got.Status, got.Reason)
	}
	if n := f.latest() - before; n != 2 {
		t.Fatalf("%d transactions mined for a 2-step plan", n)
	}
	if n := f.rec.count(approval.EvUnknown); n < 1 {
		t.Fatal("the unknown state was not published")
	}
}

// The recorded transaction vanished from the node and another transaction of the same wallet took its
// nonce: reconciliation fails the step with that reason and signs nothing new.
func TestNonceTakenByAnotherTransactionFailsTheStep(t *testing.T) {
	t.Parallel()
	f := newFixture(t, quorum1())
	f.sim.SetAutoMine(false)
	f.eng.afterBroadcast = func(*approval.Proposal, int) error { return errCrash }
	ctx := context.Background()
	before := f.latest()
	p := f.propose("alice")
	if _, err := f.eng.Vote(ctx, user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	f.idle()
	f.sim.Backend.Rollback() // the node drops morbot's pending transaction
	// Another sender of the same wallet uses that nonce.
	other := types.NewTx(&types.DynamicFeeTx{ChainID: f.client.ChainID(), Nonce: before, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e10), Gas: 21000, To: &f.sim.Accounts[0].Address, Value: big.NewInt(0)})
	signed, _ := f.signer.SignTx(ctx, other, f.client.ChainID())
	if err := f.client.Broadcast(ctx, signed); err != nil {
		t.Fatal(err)
	}
	f.sim.Commit()
	f.sim.SetAutoMine(true)
	f.close()
	f.open()
	if err := f.eng.Recover(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := f.eng.Get(ctx, p.ID)
	if got.Status != approval.Failed || got.FailedStep != 0 || !strings.Contains(got.Reason, "its nonce "+big.NewInt(int64(before)).String()+" was used by another transaction of this wallet") {
		t.Fatalf("status %s step %d reason %q", got.Status, got.FailedStep, got.Reason)
	}
	if n := f.latest() - before; n != 1 {
		t.Fatalf("%d transactions on-chain, want only the other sender's 1", n)
	}
}

// A new plan is refused while another has a transaction in flight, and a plan approved meanwhile waits
// its turn instead of running beside it.
func TestInFlightGuardAndQueue(t *testing.T) {
	t.Parallel()
	f := newFixtureWith(t, quorum1(), func(o *testOptions) { o.ReceiptTimeout = 150 * time.Millisecond; o.PollInterval = 5 * time.Millisecond })
	f.eng.StartReconciler(20 * time.Millisecond)
	ctx := context.Background()
	f.sim.SetAutoMine(false)
	sends := f.sim.WatchSends()
	before := f.latest()
	p1 := f.propose("alice")
	p2 := f.propose("alice") // proposed before P-1 is approved: allowed
	if _, err := f.eng.Vote(ctx, user("bob"), p1.Token, true); err != nil {
		t.Fatal(err)
	}
	f.waitSend(sends)
	_, err := f.eng.Propose(ctx, user("alice"), approval.ProposeRequest{Kind: approval.KindApprove, Summary: "x", Steps: requests(p1)})
	denial(t, err, "P-1 has transactions in flight (step 1 (approve, tx 0x")
	denial(t, err, "wait for it, speed it up with /mor tx speedup P-1, or cancel it once it has settled")
	_, err = f.eng.Cancel(ctx, user("bob"), p1.ID)
	denial(t, err, "P-1 cannot be cancelled now: step 1 (approve, tx 0x")
	if _, err := f.eng.Vote(ctx, user("carol"), p2.Token, true); err != nil {
		t.Fatal(err)
	}
	q := f.rec.waitEvent(t, approval.EvQueued, 1)
	if q.Proposal.ID != p2.ID || !strings.Contains(q.Note, "waiting for P-1 to settle") {
		t.Fatalf("queued event: P-%d %q", q.Proposal.ID, q.Note)
	}
	if got, _ := f.eng.Get(ctx, p2.ID); got.Status != approval.Approved || got.Steps[0].Hash != nil {
		t.Fatalf("P-2 ran beside P-1: %s", got.Status)
	}
	// Mine everything as it comes: P-1 settles, then P-2 runs.
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-sends:
				f.sim.Commit()
			}
		}
	}()
	f.sim.Commit()
	f.rec.waitEvent(t, approval.EvConfirmed, 2)
	g1, _ := f.eng.Get(ctx, p1.ID)
	g2, _ := f.eng.Get(ctx, p2.ID)
	if g1.Status != approval.Confirmed || g2.Status != approval.Confirmed {
		t.Fatalf("P-1 %s, P-2 %s", g1.Status, g2.Status)
	}
	if g2.Steps[0].Block <= g1.Steps[1].Block {
		t.Fatalf("P-2 started (block %d) before P-1 finished (block %d)", g2.Steps[0].Block, g1.Steps[1].Block)
	}
	if n := f.latest() - before; n != 4 {
		t.Fatalf("%d transactions for two 2-step plans", n)
	}
}

// A crash before a step was signed, a minimum raised while morbot was down, then a restart: recovery
// re-simulates the unsent steps on current state and sends nothing that would fail.
func TestRecoveryRechecksBeforeSending(t *testing.T) {
	t.Parallel()
	for _, crashAt := range []int{0, 1} {
		f := newFixture(t, quorum1())
		ctx := context.Background()
		f.eng.beforeSign = func(_ *approval.Proposal, step int) error {
			if step == crashAt {
				return errCrash
			}
			return nil
		}
		before := f.latest()
		p := f.propose("alice")
		if _, err := f.eng.Vote(ctx, user("bob"), p.Token, true); err != nil {
			t.Fatal(err)
		}
		f.idle()
		if got, _ := f.eng.Get(ctx, p.ID); got.Status != approval.Submitting && got.Status != approval.Submitted {
			t.Fatalf("crash at step %d: state %s", crashAt+1, got.Status)
		}
		if err := f.sim.SetProviderMinStake(ctx, mor("0.5")); err != nil {
			t.Fatal(err)
		}
		f.close()
		f.open()
		if err := f.eng.Recover(ctx); err != nil {
			t.Fatal(err)
		}
		got, _ := f.eng.Get(ctx, p.ID)
		if got.Status != approval.Failed || got.FailedStep != 1 || !strings.Contains(got.Reason, "step 2 (providerRegister) would now fail, so nothing more was sent") ||
			!strings.Contains(got.Reason, "would be 0.2 MOR but the minimum is 0.5 MOR") {
			t.Fatalf("crash at step %d: %s step %d %q", crashAt+1, got.Status, got.FailedStep, got.Reason)
		}
		if n := f.latest() - before; n != uint64(crashAt) {
			t.Fatalf("crash at step %d: %d transactions sent, want %d", crashAt+1, n, crashAt)
		}
	}
}

// Two engines on one store: the one that lost the lease writes and sends nothing; the one that took
// it over finishes the plan exactly once.
func TestLeaseFencesAStaleExecutor(t *testing.T) {
	t.Parallel()
	f := newFixture(t, quorum1())
	ctx := context.Background()
	f.close()
	ttl := 15 * time.Second
	dbA, err := testdb.Open(t, f.dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer dbA.Close()
	dbB, err := testdb.Open(t, filepath.Join(filepath.Dir(f.dbPath), filepath.Base(f.dbPath)))
	if err != nil {
		t.Fatal(err)
	}
	defer dbB.Close()
	leaseA := dbA.NewLease("executor", "A", ttl, f.clock.Now)
	leaseB := dbB.NewLease("executor", "B", ttl, f.clock.Now)
	if err := leaseA.TryAcquire(ctx); err != nil {
		t.Fatal(err)
	}
	recA, recB := &recorder{}, &recorder{}
	a := newStack(testOptions{Store: dbA, Policy: f.policy, Chain: f.client, Signer: f.signer, Notifier: recA, Now: f.clock.Now, Lease: leaseA})
	defer a.Close()
	b := newStack(testOptions{Store: dbB, Policy: f.policy, Chain: f.client, Signer: f.signer, Notifier: recB, Now: f.clock.Now, Lease: leaseB, Standby: true})
	defer b.Close()

	before := f.latest()
	steps := []approval.ProposeRequest{{Kind: approval.KindProviderCreate, Summary: "register", Amounts: approval.Amounts{Approve: mor("0.2"), Stake: mor("0.2")}}}
	steps[0].Steps = txs(f.plan(f.signer.Address())...)
	p, err := a.Propose(ctx, user("alice"), steps[0])
	if err != nil {
		t.Fatal(err)
	}
	// The replica takes proposals and cancels (rows in the shared store) but executes nothing.
	steps[0].Steps = txs(f.plan(f.signer.Address())...)
	other, err := b.Propose(ctx, user("carol"), steps[0])
	if err != nil {
		t.Fatalf("the replica refused a proposal: %v", err)
	}
	if _, err := b.Cancel(ctx, user("carol"), other.ID); err != nil {
		t.Fatalf("the replica refused a cancel: %v", err)
	}
	// A stalls right before signing (a long GC pause, a frozen VM) past its lease, and B takes it over.
	a.beforeSign = func(*approval.Proposal, int) error {
		if _, err := dbB.ExecContext(ctx, `UPDATE leases SET expires_at = 0`); err != nil {
			t.Error(err)
		}
		if err := leaseB.TryAcquire(ctx); err != nil {
			t.Errorf("take-over: %v", err)
		}
		return nil
	}
	if _, err := a.Vote(ctx, user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	if err := a.Idle(ctx); err != nil {
		t.Fatal(err)
	}
	if n := f.latest() - before; n != 0 {
		t.Fatalf("the fenced executor sent %d transaction(s)", n)
	}
	if a.Leader() {
		t.Fatal("A still thinks it leads after its write was fenced")
	}
	// A fenced process says nothing: no audit row and no message about a step it never sent.
	recA.mu.Lock()
	for _, ev := range recA.events {
		if ev.Proposal.ID == p.ID && (ev.Step >= 0 || ev.Kind == approval.EvFailed || ev.Kind == approval.EvUnknown) {
			t.Errorf("the fenced executor told of %s (step %d): %s", ev.Kind, ev.Step+1, ev.Note)
		}
	}
	recA.mu.Unlock()
	es, err := b.Audit(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.ProposalID == p.ID && e.Action != "proposed" && e.Action != "approved" {
			t.Errorf("the fenced executor wrote an audit row: %s %q", e.Action, e.Detail)
		}
	}
	got, _ := b.Get(ctx, p.ID)
	if got.Status != approval.Submitting || got.Steps[0].Hash != nil {
		t.Fatalf("after the fenced attempt: %s, step 1 hash %v", got.Status, got.Steps[0].Hash)
	}
	b.SetLeader(true)
	if err := b.Recover(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ = b.Get(ctx, p.ID)
	if got.Status != approval.Confirmed {
		t.Fatalf("after take-over: %s %q", got.Status, got.Reason)
	}
	if n := f.latest() - before; n != 2 {
		t.Fatalf("%d transactions for a 2-step plan", n)
	}
	if errors.Is(err, store.ErrLeaseLost) {
		t.Fatal(err)
	}
}

// A plan whose first step is mined and whose second was never signed can be cancelled: the unsent
// step is dropped, and neither recovery nor the reconciler sends it afterwards.
func TestCancelDropsUnsentSteps(t *testing.T) {
	t.Parallel()
	f := newFixture(t, quorum1())
	ctx := context.Background()
	f.eng.beforeSign = func(_ *approval.Proposal, step int) error {
		if step == 1 {
			return errCrash
		}
		return nil
	}
	before := f.latest()
	p := f.propose("alice")
	if _, err := f.eng.Vote(ctx, user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	f.idle()
	_, err := f.eng.Cancel(ctx, user("mallory"), p.ID)
	denial(t, err, "only the proposer or an approver can cancel P-1")
	got, err := f.eng.Cancel(ctx, user("carol"), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != approval.Cancelled || !strings.Contains(got.Reason, "never signed and dropped: step 2 (providerRegister)") {
		t.Fatalf("after cancel: %s %q", got.Status, got.Reason)
	}
	f.close()
	f.open()
	if err := f.eng.Recover(ctx); err != nil {
		t.Fatal(err)
	}
	if err := f.eng.ReconcileOnce(ctx); err != nil {
		t.Fatal(err)
	}
	f.idle()
	if n := f.latest() - before; n != 1 {
		t.Fatalf("%d transactions, want only step 1's", n)
	}
	got, _ = f.eng.Get(ctx, p.ID)
	if got.Status != approval.Cancelled || got.Steps[0].Status != approval.StepConfirmed || got.Steps[1].Status != approval.StepPending {
		t.Fatalf("after restart: %s, steps %s/%s", got.Status, got.Steps[0].Status, got.Steps[1].Status)
	}
	_, err = f.eng.Cancel(ctx, user("carol"), p.ID)
	denial(t, err, "P-1 is already cancelled")
}

// Every replica serves chat: a plan proposed and approved on a replica that does not hold the lease
// is executed by the leader, exactly once, without a restart.
func TestQuorumOnReplicaExecutesOnLeader(t *testing.T) {
	t.Parallel()
	policy := approval.Policy{Quorum: 2, Approvers: console("alice", "bob", "carol"), AnyRejectEnds: true, Expiry: time.Hour}
	f := newFixture(t, policy)
	ctx := context.Background()
	f.close()
	dbA, err := testdb.Open(t, f.dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer dbA.Close()
	dbB, err := testdb.Open(t, f.dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer dbB.Close()
	leaseA := dbA.NewLease("executor", "A", 15*time.Second, nil)
	if err := leaseA.TryAcquire(ctx); err != nil {
		t.Fatal(err)
	}
	leader := newStack(testOptions{Store: dbA, Policy: policy, Chain: f.client, Signer: f.signer, Lease: leaseA, Origin: "A"})
	defer leader.Close()
	// The replica has no lease to fence it here: what keeps it from executing is that it does not lead.
	seen := &recorder{}
	replica := newStack(testOptions{Store: dbB, Policy: policy, Chain: f.client, Signer: f.signer, Standby: true, Notifier: seen, Origin: "B"})
	defer replica.Close()
	// The leader learns of the quorum from the replica's recorded events (no NOTIFY on SQLite, and no
	// approved-proposals watch here), and the replica learns the outcome from the leader's.
	fctx, stop := context.WithCancel(ctx)
	defer stop()
	go leader.Follow(fctx, 20*time.Millisecond)
	go replica.Follow(fctx, 20*time.Millisecond)

	before := f.latest()
	req := approval.ProposeRequest{Kind: approval.KindProviderCreate, Summary: "register", Amounts: approval.Amounts{Approve: mor("0.2"), Stake: mor("0.2")}}
	req.Steps = txs(f.plan(f.signer.Address())...)
	p, err := replica.Propose(ctx, user("alice"), req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := replica.Vote(ctx, user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	res, err := replica.Vote(ctx, user("carol"), p.Token, true)
	if err != nil || !strings.Contains(res.Message, "quorum 2/2") {
		t.Fatalf("quorum on the replica: %+v %v", res, err)
	}
	// The chat where the vote was taken sees the outcome the leader recorded.
	done := seen.waitEvent(t, approval.EvConfirmed, 1)
	if !done.Remote || done.Proposal.Status != approval.Confirmed {
		t.Fatalf("the replica's view of the outcome: remote %v, %s", done.Remote, done.Proposal.Status)
	}
	if n := f.latest() - before; n != 2 {
		t.Fatalf("%d transactions for a 2-step plan", n)
	}
	if err := replica.Idle(ctx); err != nil {
		t.Fatal(err)
	}
	seen.mu.Lock()
	defer seen.mu.Unlock()
	for _, ev := range seen.events {
		if ev.Kind == approval.EvExecuting && !ev.Remote {
			t.Fatal("the replica started executing the plan it approved")
		}
		if ev.Kind != approval.EvCreated && ev.Kind != approval.EvVoted && ev.Kind != approval.EvApproved && !ev.Remote {
			t.Fatalf("the replica recorded %s itself", ev.Kind)
		}
	}
}

// Three quorums reached at once: one plan is sent now, and the other two are told they are queued
// behind it; each says "sending now (was queued behind …)" when it really starts.
func TestConcurrentQuorumsSayWhatHappens(t *testing.T) {
	t.Parallel()
	f := newFixture(t, quorum1())
	ctx := context.Background()
	var ps []*approval.Proposal
	for i := 0; i < 3; i++ {
		p, err := f.eng.Propose(ctx, user("alice"), approval.ProposeRequest{Kind: approval.KindApprove, Summary: "approve", Steps: txs(f.client.ApproveTx(mor(strconv.Itoa(i + 1))))})
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	f.sim.SetAutoMine(false) // the first plan stays in flight while the others' quorums land
	msgs := make([]string, 3)
	var wg sync.WaitGroup
	for i, p := range ps {
		wg.Go(func() {
			res, err := f.eng.Vote(ctx, user("bob"), p.Token, true)
			if err != nil {
				t.Error(err)
				return
			}
			msgs[i] = res.Message
		})
	}
	wg.Wait()
	sending, queued := 0, 0
	for _, m := range msgs {
		switch {
		case strings.Contains(m, "quorum 1/1 reached, sending now"):
			sending++
		case strings.Contains(m, "; queued behind P-") && (strings.Contains(m, "which has transactions in flight") || strings.Contains(m, "which was approved first and goes first")):
			queued++
		}
	}
	if sending != 1 || queued != 2 {
		t.Fatalf("%d said sending now and %d queued behind:\n%s", sending, queued, strings.Join(msgs, "\n"))
	}
	f.sim.SetAutoMine(true)
	f.sim.Commit()
	for i := 1; i <= 3; i++ {
		f.rec.waitEvent(t, approval.EvConfirmed, i)
		f.sim.Commit()
	}
	notes := 0
	f.rec.mu.Lock()
	for _, ev := range f.rec.events {
		if ev.Kind == approval.EvExecuting && strings.HasPrefix(ev.Note, "sending now (was queued behind P-") {
			notes++
		}
	}
	f.rec.mu.Unlock()
	if notes != 2 {
		t.Fatalf("%d plans said they were sending after waiting, want 2", notes)
	}
}

// One person, one vote, across platforms: a member with a Discord and a Slack identity cannot make a
// quorum of 2 alone, and cannot approve their own proposal from the other platform. Votes and the
// audit show the member's name.
func TestOnePersonOneVoteAcrossPlatforms(t *testing.T) {
	t.Parallel()
	alice := map[string]string{"discord": "100000000000000001", "slack": "U0ALICE"}
	policy := approval.Policy{Quorum: 2, AnyRejectEnds: true, Expiry: time.Hour,
		Approvers: map[string]approval.Members{"discord": {Users: map[string]bool{alice["discord"]: true}}, "slack": {Users: map[string]bool{alice["slack"]: true}},
			"console": {Users: map[string]bool{"carol": true, "dave": true}}},
		People: map[string]map[string]string{"discord": {alice["discord"]: "alice"}, "slack": {alice["slack"]: "alice"}}}
	f := newFixture(t, policy)
	ctx := context.Background()
	onDiscord := approval.User{Platform: "discord", ID: alice["discord"], Name: "ali"}
	onSlack := approval.User{Platform: "slack", ID: alice["slack"], Name: "alice.w"}
	req := approval.ProposeRequest{Kind: approval.KindApprove, Summary: "approve", Steps: txs(f.client.ApproveTx(mor("1")))}
	p, err := f.eng.Propose(ctx, user("carol"), req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.eng.Vote(ctx, onDiscord, p.Token, true); err != nil {
		t.Fatal(err)
	}
	res, err := f.eng.Vote(ctx, onSlack, p.Token, true)
	if err != nil || res.Changed || !strings.Contains(res.Message, "one person has one vote") {
		t.Fatalf("alice's second vote from Slack: %+v %v", res, err)
	}
	got, _ := f.eng.Get(ctx, p.ID)
	if got.Status != approval.Pending || got.Approvals() != 1 || got.Votes[0].User.Name != "alice" {
		t.Fatalf("one member made the quorum, or the vote is not under her name: %s, %d approvals, %+v", got.Status, got.Approvals(), got.Votes)
	}
	// Her own proposal, made on Discord, cannot be approved from Slack.
	mine, err := f.eng.Propose(ctx, onDiscord, approval.ProposeRequest{Kind: approval.KindApprove, Summary: "approve", Steps: txs(f.client.ApproveTx(mor("2")))})
	if err != nil {
		// the first plan is still pending, not in flight: proposals are taken
		t.Fatal(err)
	}
	_, err = f.eng.Vote(ctx, onSlack, mine.Token, true)
	denial(t, err, "you proposed P-2 (as alice on discord), so you cannot approve it")
	if mine.Proposer.Name != "alice" {
		t.Fatalf("the proposer is shown as %q, not the member's name", mine.Proposer.Name)
	}
	es, err := f.eng.Audit(ctx, 20)
	if err != nil {
		t.Fatal(err)
	}
	named := 0
	for _, e := range es {
		if e.User.Platform != "console" && e.User.Name == "alice" {
			named++
		}
	}
	if named < 3 { // her vote, her proposal, her refused self-approval
		t.Fatalf("the audit shows alice by her name %d time(s): %+v", named, es)
	}
}
