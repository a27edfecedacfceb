package alerts

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/cnode/cnodetest"
	"github.com/morbotlabs/morbot/internal/probe"
)

// TestProbeFailedFiresAfterScheduledFailuresAndResolves: scheduled probes through a stand-in
// consumer node on the simulated chain; probe-failed fires only after failures_to_alert scheduled
// failures in a row (a probe asked for in chat does not count), names the step and what the node
// said, and the next scheduled success resolves it.
func TestProbeFailedFiresAfterScheduledFailuresAndResolves(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.ProbeFailures = 2 })
	e.do("/mor onboard 127.0.0.1:3333 m1 0.00001 --provider-stake 0.2")
	ctx := context.Background()
	if err := e.sim.FundPayouts(ctx, mor("100")); err != nil {
		t.Fatal(err)
	}
	node := &cnodetest.Node{Owner: e.sim.Owner, Chain: e.cl, Consumer: e.sim.Accounts[1].Key, Provider: chaintest.KeyMessageSigner(e.sim.Accounts[0].Key)}
	client, _ := cnodetest.Serve(t, node)
	pr := probe.New(probe.Options{Node: client, Chain: e.cl, Store: e.db, Provider: e.signer.Address(), StepTimeout: 30 * time.Second, Now: e.clock.Now})
	snap, _ := e.cl.Snapshot(ctx, e.signer.Address())
	ts := []probe.Target{{Bid: snap.ActiveBids[0], Name: "m1"}}
	run := func(scheduled bool) {
		t.Helper()
		if _, err := pr.Run(ctx, ts, scheduled); err != nil {
			t.Fatal(err)
		}
	}
	id := "probe-failed-" + strings.ToLower(snap.ActiveBids[0].ModelID.Hex())[:12]
	if got := e.check(); len(got) != 0 {
		t.Fatalf("first check posted %v", got)
	}
	node.Fail(cnodetest.StepPrompt, "backend answered 502")
	run(true)
	if got := e.check(); len(got) != 0 {
		t.Fatalf("one scheduled failure posted %v", got)
	}
	run(false) // asked for in chat: not part of the streak
	if got := e.check(); len(got) != 0 {
		t.Fatalf("a chat probe's failure posted %v", got)
	}
	run(true)
	got := e.check()
	if len(got) != 1 || !strings.Contains(got[0].Footer, "alert "+id) {
		t.Fatalf("after two scheduled failures: %v", got)
	}
	s := text(got[0])
	for _, want := range []string{"A consumer gets no answer from our bid", "the last 2 scheduled probes of bid " + snap.ActiveBids[0].ID.Hex() + " failed, the latest at the prompt step",
		"`backend answered 502`", "/mor verify 0x", "/mor probe 0x"} {
		if !strings.Contains(s, want) {
			t.Errorf("alert lacks %q:\n%s", want, s)
		}
	}
	if again := e.check(); len(again) != 0 {
		t.Fatalf("fired twice: %v", again)
	}
	node.Fail(cnodetest.StepPrompt, "")
	run(true)
	res := e.check()
	if len(res) != 1 || !strings.HasPrefix(res[0].Title, "RESOLVED") || !strings.Contains(res[0].Footer, "alert "+id) {
		t.Fatalf("resolution: %v", res)
	}
	// The weekly report says how the week's probes went.
	if _, err := e.rep.ReportNow(ctx, true); err != nil {
		t.Fatal(err)
	}
	e.posts.mu.Lock()
	m := e.posts.reports[len(e.posts.reports)-1]
	e.posts.mu.Unlock()
	if want := "probes over the week: 1 of 4 answered, time to first token 0 ms → 0 ms"; !strings.Contains(text(m), want) || !strings.Contains(text(m), "last probe ✓ just now") {
		t.Fatalf("the weekly report lacks the week's probes or the last one:\n%s", text(m))
	}
}
