package commands_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/cnode/cnodetest"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/probe"
)

// TestProbeCommand: who may probe, what an unconfigured probe says, and the budget's refusal as a
// chat answer that opened nothing (the stand-in consumer node on the simulated chain).
func TestProbeCommand(t *testing.T) {
	t.Parallel()
	e := newEnvFull(t, 2, nil, nil)
	ctx := context.Background()
	if r := e.run("alice", "/mor probe"); !strings.Contains(r.Message.Text, "no probe is configured: set probe.consumer_api_url") {
		t.Fatalf("unconfigured: %s", r.Message.Text)
	}
	r := e.run("alice", "/mor onboard 127.0.0.1:3333 m1 0.00001")
	if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
		t.Fatalf("onboard: %s %s", p.Status, p.Reason)
	}
	if err := e.sim.FundPayouts(ctx, mor("100")); err != nil {
		t.Fatal(err)
	}
	node := &cnodetest.Node{Owner: e.sim.Owner, Chain: e.cl, Consumer: e.sim.Accounts[1].Key, Provider: chaintest.KeyMessageSigner(e.sim.Accounts[0].Key)}
	client, _ := cnodetest.Serve(t, node)
	pr := probe.New(probe.Options{Node: client, Chain: e.cl, Store: e.db, Provider: e.sim.Accounts[0].Address, MaxPerDay: 1, StepTimeout: 30 * time.Second})
	e.h = commands.New(commands.Options{Domain: e.core, Probe: pr})
	if r := e.run("mallory", "/mor probe"); !strings.Contains(r.Message.Text, "only the team's proposers may run /mor probe") {
		t.Fatalf("outsider: %s", r.Message.Text)
	}
	if r := e.run("alice", "/mor probe nosuch"); !strings.Contains(r.Message.Title+r.Message.Text, "nosuch") {
		t.Fatalf("unknown model: %s %s", r.Message.Title, r.Message.Text)
	}
	r = e.run("alice", "/mor probe m1")
	if !strings.Contains(r.Message.Text, "✓ m1: session 0x") || r.ProposalID != 0 {
		t.Fatalf("probe: %s %s", r.Message.Title, r.Message.Text)
	}
	r = e.run("alice", "/mor probe")
	if r.Message.Title != "Refused" || !strings.Contains(r.Message.Text, "the probe budget is spent: probe.max_per_day allows 1 probes a UTC day, 1 ran today, and this asks for 1 more") {
		t.Fatalf("over budget: %q %s", r.Message.Title, r.Message.Text)
	}
	if opened, closed, open := node.Counts(); opened != 1 || closed != 1 || open != 0 {
		t.Fatalf("node: opened %d closed %d open %d", opened, closed, open)
	}
}
