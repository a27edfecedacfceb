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
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/store"
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
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	signer := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	members := approval.Members{Users: map[string]bool{"alice": true, "bob": true, "carol": true}}
	eng := approval.New(approval.Options{Store: db, Chain: cl, Signer: signer,
		Policy: approval.Policy{Quorum: 2, Approvers: map[string]approval.Members{"console": members}, AnyRejectEnds: true, Expiry: time.Hour}})
	t.Cleanup(func() { eng.Close(); _ = db.Close() })
	h := commands.New(commands.Options{Chain: cl, Engine: eng, Store: db, Provider: signer.Address()})
	return &env{t: t, sim: sim, eng: eng, h: h, cl: cl}, ps
}

func TestRPCFaultsFailoverAndRecovery(t *testing.T) {
	t.Parallel()
	for _, f := range []chaintest.Fault{chaintest.FaultDrop, chaintest.FaultHTTP500, chaintest.FaultDelay} {
		e, ps := faultEnv(t, 2)
		ps[0].Set(f)
		start := time.Now()
		r := e.run("alice", "/mor minimums")
		if r.Message.Severity == commands.Error || !strings.Contains(flatten(r.Message), "provider minimum stake") {
			t.Fatalf("fault %d on the first endpoint: no failover: %s", f, flatten(r.Message))
		}
		if ps[0].Hits() == 0 || ps[1].Hits() == 0 {
			t.Fatalf("fault %d: the faulty endpoint was not tried first (%d, %d hits)", f, ps[0].Hits(), ps[1].Hits())
		}
		if f == chaintest.FaultDelay && time.Since(start) > 1500*time.Millisecond {
			t.Fatalf("a slow endpoint was waited for %s; the per-call timeout is 500ms", time.Since(start))
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

// The node receives a transaction but its answer is lost: the proposal becomes unknown, and
// reconciliation finds the transaction by hash instead of sending another one.
func TestLostBroadcastAnswerIsNotResent(t *testing.T) {
	t.Parallel()
	e, ps := faultEnv(t, 1)
	ctx := context.Background()
	from := e.eng.SignerAddress()
	before, _ := e.cl.PendingNonce(ctx, from)
	r := e.run("alice", "/mor approve 1")
	ps[0].Set(chaintest.FaultForwardDrop, "eth_sendRawTransaction")
	for _, who := range []string{"bob", "carol"} {
		e.h.ClickByID(ctx, u(who), "P-1", commands.ActionApprove)
	}
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	_ = e.eng.Idle(wctx)
	p, _ := e.eng.Get(ctx, r.ProposalID)
	if p.Status != approval.Unknown || !strings.Contains(p.Reason, "may or may not have reached the network") {
		t.Fatalf("after a lost answer: %s %q", p.Status, p.Reason)
	}
	ps[0].Set(chaintest.FaultNone)
	if err := e.eng.Recover(ctx); err != nil {
		t.Fatal(err)
	}
	p, _ = e.eng.Get(ctx, r.ProposalID)
	after, _ := e.cl.PendingNonce(ctx, from)
	if p.Status != approval.Confirmed || after-before != 1 {
		t.Fatalf("after reconciling: %s, %d transactions sent (want 1)", p.Status, after-before)
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
