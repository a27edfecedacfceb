package commands_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/approval/approvaltest"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/executor"
	"github.com/morbotlabs/morbot/internal/store/testdb"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// faultEnv runs morbot's client over HTTP JSON-RPC through fault-injecting proxies on 127.0.0.1.
func faultEnv(t *testing.T, proxies int) (*env, []*chaintest.FaultProxy) {
	t.Helper()
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	var (
		ps  []*chaintest.FaultProxy
		eps []chain.Endpoint
	)
	for i := 0; i < proxies; i++ {
		p := chaintest.NewFaultProxy(sim.RPC())
		p.Delay = 2 * time.Second
		t.Cleanup(p.Close)
		c, err := rpc.DialContext(ctx, p.URL())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		ps = append(ps, p)
		eps = append(eps, chain.Endpoint{URL: p.URL(), RPC: c})
	}
	cl := chain.NewClient(chain.NewFailover(eps, 500*time.Millisecond, nil), sim.Network(), chain.Options{PollInterval: 10 * time.Millisecond, ReceiptTimeout: 2 * time.Second})
	db, err := testdb.Open(t, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	signer := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	members := approval.Members{Users: map[string]bool{"alice": true, "bob": true, "carol": true}}
	events := &approvaltest.Events{}
	engCore := wiring.New(wiring.Options{Store: db, Chain: cl, Signer: signer, Notifier: events, Policy: approval.Policy{Quorum: 2, Approvers: map[string]approval.Members{"console": members}, AnyRejectEnds: true, Expiry: time.Hour}, Provider: signer.Address(), Exec: executor.Options{PollInterval: 10 * time.Millisecond}})
	eng := approvaltest.CoreOf(engCore)
	t.Cleanup(func() { eng.Close(); _ = db.Close() })
	h := commands.New(commands.Options{Domain: engCore})
	return &env{t: t, sim: sim, eng: eng, h: h, cl: cl, events: events}, ps
}

// waitEvent waits for the engine to publish an event of a kind for a proposal.
func (e *env) waitEvent(id int64, kind approval.EventKind) approval.Event {
	e.t.Helper()
	return e.events.Wait(e.t, id, kind)
}

// A broadcast that never reached the node leaves the step signed and of unknown outcome: the plan
// cannot be cancelled (its transaction may still be mined), but it can be sped up; when the node is
// reachable again the engine re-sends the recorded bytes on its own, and exactly one transaction lands.
func TestUnknownStepSpeedupAndCancel(t *testing.T) {
	t.Parallel()
	e, ps := faultEnv(t, 1)
	ctx := context.Background()
	from := e.eng.SignerAddress()
	before, _ := e.cl.Nonce(ctx, from)
	r := e.run("alice", "/mor approve 1")
	ps[0].Set(chaintest.FaultDrop, "eth_sendRawTransaction")
	for _, who := range []string{"bob", "carol"} {
		e.h.ClickByID(ctx, u(who), "P-1", chat.ActionApprove)
	}
	e.waitEvent(r.ProposalID, approval.EvUnknown)
	c := e.run("bob", "/mor proposals cancel P-1")
	if !strings.Contains(flatten(c.Message), "P-1 cannot be cancelled now: step 1 (approve, tx 0x") {
		t.Fatalf("cancel: %s", flatten(c.Message))
	}
	sp := e.run("alice", "/mor tx speedup P-1")
	if sp.ProposalID == 0 || !strings.Contains(flatten(sp.Message), "replace P-1 step 1 (approve") {
		t.Fatalf("speed-up of an unknown step: %s", flatten(sp.Message))
	}
	if c := e.run("alice", "/mor proposals cancel P-2"); c.Message.Text != "P-2 cancelled; nothing will be sent" {
		t.Fatalf("cancel the speed-up: %+v", c)
	}
	ps[0].Set(chaintest.FaultNone)
	e.waitEvent(r.ProposalID, approval.EvConfirmed)
	after, _ := e.cl.Nonce(ctx, from)
	if after-before != 1 {
		t.Fatalf("%d transactions mined, want 1", after-before)
	}
}

func TestRPCFaultsFailoverAndRecovery(t *testing.T) {
	t.Parallel()
	for _, f := range []chaintest.Fault{chaintest.FaultDrop, chaintest.FaultHTTP500, chaintest.FaultDelay} {
		e, ps := faultEnv(t, 2)
		ps[0].Set(f)
		r := e.run("alice", "/mor minimums")
		if r.Message.Severity == chat.Error || !strings.Contains(flatten(r.Message), "provider minimum stake") {
			t.Fatalf("fault %d on the first endpoint: no failover: %s", f, flatten(r.Message))
		}
		if ps[0].Hits() == 0 || ps[1].Hits() == 0 {
			t.Fatalf("fault %d: the faulty endpoint was not tried first (%d, %d hits)", f, ps[0].Hits(), ps[1].Hits())
		}
		// morbot gave up on every delayed request (its 500 ms per-call timeout) before the proxy's 2 s
		// delay ended: the slow endpoint was never waited for.
		if f == chaintest.FaultDelay && ps[0].Waited() != 0 {
			t.Fatalf("a slow endpoint was waited for %d time(s); the per-call timeout is 500ms", ps[0].Waited())
		}
	}
	e, ps := faultEnv(t, 2)
	// Every endpoint down: a clear answer, no panic, nothing proposed.
	ps[0].Set(chaintest.FaultDrop)
	ps[1].Set(chaintest.FaultHTTP500)
	r := e.run("alice", "/mor provider create 0.2 node.example.com:3333")
	if r.ProposalID != 0 || !strings.Contains(r.Message.Text, "the chain cannot be reached right now") {
		t.Fatalf("all endpoints down: %+v", r.Message)
	}
	// Recovery when the RPC returns.
	ps[0].Set(chaintest.FaultNone)
	ps[1].Set(chaintest.FaultNone)
	r = e.run("alice", "/mor provider create 0.2 node.example.com:3333")
	if r.ProposalID == 0 {
		t.Fatalf("after recovery: %s", flatten(r.Message))
	}
	if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
		t.Fatalf("after recovery: %s %s", p.Status, p.Reason)
	}
}

// The node receives a transaction but its answer is lost: the step is of unknown outcome for a
// moment, then reconciliation finds the transaction by hash and the plan finishes, with no restart
// and no second transaction.
func TestLostBroadcastAnswerIsNotResent(t *testing.T) {
	t.Parallel()
	e, ps := faultEnv(t, 1)
	ctx := context.Background()
	from := e.eng.SignerAddress()
	before, _ := e.cl.Nonce(ctx, from)
	r := e.run("alice", "/mor provider create 0.2 node.example.com:3333") // approve + providerRegister
	ps[0].Set(chaintest.FaultForwardDrop, "eth_sendRawTransaction")
	for _, who := range []string{"bob", "carol"} {
		e.h.ClickByID(ctx, u(who), "P-1", chat.ActionApprove)
	}
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	_ = e.eng.Idle(wctx)
	p, _ := e.eng.Get(ctx, r.ProposalID)
	after, _ := e.cl.Nonce(ctx, from)
	if p.Status != approval.Confirmed || after-before != 2 {
		t.Fatalf("after lost answers: %s %q, %d transactions mined (want 2)", p.Status, p.Reason, after-before)
	}
	audit, _ := e.eng.Audit(ctx, 50)
	unknown := 0
	for _, a := range audit {
		if a.Action == "outcome unknown" && strings.Contains(a.Detail, "may or may not have reached the network") {
			unknown++
		}
	}
	if unknown != 1 {
		t.Fatalf("%d unknown outcomes audited, want 1 (the first step's lost answer; the second is the same proposal)", unknown)
	}
	if ps[0].Hits() < 3 {
		t.Fatal("the broadcast was not retried")
	}
}

// One HTTP 500 on eth_getTransactionCount between two steps is retried; the plan completes.
func TestSingle500BetweenStepsIsRetried(t *testing.T) {
	t.Parallel()
	e, ps := faultEnv(t, 1)
	ctx := context.Background()
	from := e.eng.SignerAddress()
	before, _ := e.cl.Nonce(ctx, from)
	r := e.run("alice", "/mor provider create 0.2 node.example.com:3333")
	// The executor reads the pending nonce once per step: let step 1's read through, fail step 2's once.
	ps[0].Inject(chaintest.FaultHTTP500, "eth_getTransactionCount", 1, 1)
	p := e.approveAndWait(r.ProposalID)
	after, _ := e.cl.Nonce(ctx, from)
	if ps[0].Injected() != 1 {
		t.Fatalf("the fault hit %d requests, want 1", ps[0].Injected())
	}
	if p.Status != approval.Confirmed || after-before != 2 {
		t.Fatalf("after one 500 between steps: %s %q, %d transactions", p.Status, p.Reason, after-before)
	}
}

func TestWrongChainAndStaleNodeRefusedAtStart(t *testing.T) {
	t.Parallel()
	e, ps := faultEnv(t, 1)
	c, err := rpc.DialContext(context.Background(), ps[0].URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ep := chain.Endpoint{URL: ps[0].URL() + "/secret", RPC: c}
	ps[0].Set(chaintest.FaultWrongChain)
	err = chain.Verify(context.Background(), ep, e.cl.Network(), time.Second)
	var se *chain.StartupError
	if !errors.As(err, &se) || !strings.Contains(err.Error(), "serves chain ID 1 but the configured network simulated is chain ID 1337") || strings.Contains(err.Error(), "secret") {
		t.Fatalf("wrong chain: %v", err)
	}
}
