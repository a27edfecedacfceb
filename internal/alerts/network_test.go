package alerts

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/discovery/discoverytest"
)

// The network's view against the simulated chain, a serving node and a stand-in feed, with a grace of
// 30 s: a bid the network does not list past the grace is undiscovered (critical, with the cause);
// listed healthy at 137 ms it is serving with the latency shown and the alert resolves; and while the
// feed serves HTML nothing is judged, nothing resolves, and health says the view is stale.
func TestNetworkViewUndiscoveredAndBack(t *testing.T) {
	e, node, feed, w, bid := networkEnv(t, nil)
	ctx := context.Background()
	refresh := func(wantErr bool) {
		t.Helper()
		if err := w.Refresh(ctx); (err != nil) != wantErr {
			t.Fatalf("refresh: %v (want an error: %v)", err, wantErr)
		}
	}
	alice := approval.User{Platform: "console", ID: "alice", Name: "alice"}
	health := func() string {
		return text(e.h.Handle(ctx, commands.Request{User: alice, Text: "/mor health"}).Message)
	}
	id := strings.ToLower(bid.ModelID.Hex())
	alertID := "undiscovered-" + strings.ToLower(bid.ID.Hex())[:12]

	// Just posted: not listed yet, and not yet expected to be.
	refresh(false)
	if m := firing(e.check(), alertID); m != nil {
		t.Fatalf("undiscovered within the grace: %s", text(*m))
	}
	if h := health(); !strings.Contains(h, "m1 ("+id+"): serving") || !strings.Contains(h, "network: not_yet_listed") {
		t.Fatalf("health within the grace:\n%s", h)
	}

	// Past the grace and still absent: undiscovered, critical, with the cause.
	if err := e.sim.Advance(31 * time.Second); err != nil {
		t.Fatal(err)
	}
	refresh(false)
	m := firing(e.check(), alertID)
	if m == nil || m.Severity != chat.Error || m.Title != "ALERT · The network cannot find our bid" ||
		!strings.Contains(m.Text, "its verifier could not reach the provider's public endpoint `127.0.0.1:3333` from outside. Check the firewall or security group, the NAT or port forward") ||
		!strings.Contains(m.Text, "morbot has not seen the network list it.") {
		t.Fatalf("undiscovered: %+v", m)
	}
	if h := health(); !strings.Contains(h, "m1 ("+id+"): undiscovered") {
		t.Fatalf("health past the grace:\n%s", h)
	}
	st := e.h.Handle(ctx, commands.Request{User: alice, Text: "/mor status"}).Message
	if got := text(st); st.Severity != chat.Error || !strings.Contains(got, "seen from the network (/mor verify): network view from "+feed.URL+"/, read 0s ago: 0 bid(s), 0 model(s)\nm1 (bid "+strings.ToLower(bid.ID.Hex())[:10]+"…): undiscovered — the network does not list bid") {
		t.Fatalf("status past the grace (severity %v):\n%s", st.Severity, got)
	}

	// Listed, healthy, 137 ms: serving, the latency beside our own probe's, the alert resolved.
	feed.Set([]discoverytest.Model{{ID: bid.ModelID, Name: "m1", Owner: e.signer.Address(), Health: "healthy"}},
		[]discoverytest.Bid{{ID: bid.ID, Provider: e.signer.Address(), Model: bid.ModelID, ModelName: "m1", Price: big.NewInt(10_000_000_000_000), Health: "healthy", LatencyMs: discoverytest.Ms(137)}})
	e.clock.Add(time.Minute)
	refresh(false)
	if !resolvedIn(e.check(), alertID) {
		t.Fatal("undiscovered did not resolve once the network listed the bid")
	}
	if h := health(); !strings.Contains(h, "m1 ("+id+"): serving") || !strings.Contains(h, "network: discovered, verifier latency 137 ms (our probe: ") {
		t.Fatalf("health once listed:\n%s", h)
	}

	// The market shows each bid's network verdict while the view is fresh.
	if mk := e.h.Handle(ctx, commands.Request{User: alice, Text: "/mor market m1"}).Message; !strings.Contains(text(mk), "bid "+bid.ID.Hex()+" · network: healthy, 137 ms") ||
		!strings.Contains(mk.Footer, "network view read ") {
		t.Fatalf("market with the network's view:\n%s\n%s", text(mk), mk.Footer)
	}

	// The feed breaks (HTML): nothing judged, nothing raised, nothing resolved; health says the view is stale.
	feed.Break(discoverytest.HTML)
	e.clock.Add(5 * time.Minute)
	refresh(true)
	if got := e.check(); len(got) != 0 {
		t.Fatalf("a broken feed posted: %v", got)
	}
	if mk := text(e.h.Handle(ctx, commands.Request{User: alice, Text: "/mor market m1"}).Message); strings.Contains(mk, "network:") {
		t.Fatalf("market shows a stale view as current:\n%s", mk)
	}
	if h := health(); !strings.Contains(h, "is 5m old: the latest fetch failed (active_models.json: the feed answered an HTML page, not JSON), so morbot keeps the last good one") ||
		!strings.Contains(h, "network: network_unknown") {
		t.Fatalf("health with a broken feed:\n%s", h)
	}

	// Undiscovered again, then the feed breaks: the alert keeps firing, marked unknown; it resolves
	// only once a good view lists the bid.
	feed.Break(discoverytest.OK)
	feed.Set(nil, nil)
	refresh(false)
	if firing(e.check(), alertID) == nil {
		t.Fatal("undiscovered did not fire again")
	}
	feed.Break(discoverytest.Status)
	refresh(true)
	if got := e.check(); resolvedIn(got, alertID) {
		t.Fatal("undiscovered resolved because the feed went dark")
	}
	rows, _ := e.db.Alerts(ctx)
	if x := rows[alertID]; x.State != "firing" || x.UnknownSince == 0 {
		t.Fatalf("while the feed is dark: %+v", x)
	}
	if l := text(e.h.Handle(ctx, commands.Request{User: alice, Text: "/mor alerts"}).Message); !strings.Contains(l, "unknown since") {
		t.Fatalf("alert list:\n%s", l)
	}
	// After the grace of failures, health says the view is unavailable since the first failure.
	e.clock.Add(31 * time.Second)
	refresh(true)
	if h := health(); !strings.Contains(h, "network view unavailable since") {
		t.Fatalf("health after a long outage:\n%s", h)
	}
	feed.Break(discoverytest.OK)
	feed.Set(nil, []discoverytest.Bid{{ID: bid.ID, Provider: e.signer.Address(), Model: bid.ModelID, Price: big.NewInt(1), Health: "unhealthy"}})
	refresh(false)
	got := e.check()
	if !resolvedIn(got, alertID) {
		t.Fatal("undiscovered did not resolve once seen listed")
	}
	// Listed but unhealthy: a warning of its own.
	if m := firing(got, "network-unhealthy-"+strings.ToLower(bid.ID.Hex())[:12]); m == nil || m.Severity != chat.Warning || !strings.Contains(m.Text, "but its verifier says: `unhealthy`") {
		t.Fatalf("network-unhealthy: %+v", m)
	}
	if h := health(); !strings.Contains(h, "m1 ("+id+"): network_unhealthy") {
		t.Fatalf("health, unhealthy:\n%s", h)
	}
	// /mor verify: a degraded node fails check 1, an unhealthy network view fails check 4.
	node.set(func(n *fakeNode) { n.degraded = "disk full" })
	v := text(e.h.Handle(ctx, commands.Request{User: alice, Text: "/mor verify"}).Message)
	if !strings.Contains(v, "✗ 1. proxy-router healthcheck: status \"degraded\", version v5.1.0") || !strings.Contains(v, "fix: read the proxy-router's log") ||
		!strings.Contains(v, "✗ 4. network discovery") || !strings.Contains(v, "network_unhealthy — the network lists bid") {
		t.Fatalf("verify:\n%s", v)
	}
}
