package alerts

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/discovery/discoverytest"
	"github.com/morbotlabs/morbot/internal/store"
)

// A feed that flaps between unhealthy and healthy every 12 s posts nothing over 144 s with a 24 s
// hold (twice a 12 s interval); an unhealthy verdict that lasts fires once after the hold, and
// resolves once, only after healthy has lasted the hold too. A bid the feed contradicts itself about
// keeps its alert as it was.
func TestNetworkAlertsHold(t *testing.T) {
	const hold = 24 * time.Second
	e, _, feed, w, ours := networkEnv(t, func(o *Options) { o.NetworkHold = hold })
	ctx := context.Background()
	set := func(status string) {
		feed.Set([]discoverytest.Model{{ID: ours.ModelID, Name: "m1", Owner: e.signer.Address(), Health: "healthy"}},
			[]discoverytest.Bid{{ID: ours.ID, Provider: e.signer.Address(), Model: ours.ModelID, ModelName: "m1", Price: big.NewInt(10_000_000_000_000), Health: status, LatencyMs: discoverytest.Ms(50)}})
	}
	id := "network-unhealthy-" + strings.ToLower(ours.ID.Hex())[:12]
	step := func(status string) []string {
		t.Helper()
		set(status)
		e.clock.Add(12 * time.Second)
		if err := w.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
		var titles []string
		for _, m := range e.check() {
			titles = append(titles, m.Title)
		}
		return titles
	}
	state := func() string {
		rows, _ := e.db.Alerts(ctx)
		return rows[id].State
	}

	for i := 0; i < 12; i++ { // 144 s of flapping
		status := "healthy"
		if i%2 == 0 {
			status = "unhealthy"
		}
		if got := step(status); len(got) != 0 {
			t.Fatalf("a flapping feed posted at step %d: %v", i, got)
		}
	}
	if s := state(); s == store.AlertFiring {
		t.Fatalf("a flapping feed left the alert %s", s)
	}

	// Unhealthy for good: pending at first, fired once the hold has passed, never twice.
	var fired []string
	for i := 0; i < 4; i++ {
		fired = append(fired, step("unhealthy")...)
		if i == 0 && state() != store.AlertPending {
			t.Fatalf("first unhealthy read: %s, want pending", state())
		}
	}
	if len(fired) != 1 || fired[0] != "ALERT · The network reports our bid unhealthy" {
		t.Fatalf("a lasting unhealthy verdict posted %v", fired)
	}
	list, err := e.r.List(ctx)
	if err != nil || !strings.Contains(list.Text, "FIRING "+id) {
		t.Fatalf("alerts list: %v\n%s", err, list.Text)
	}

	// Healthy once, then unhealthy: still firing, nothing posted.
	if got := append(step("healthy"), step("unhealthy")...); len(got) != 0 || state() != store.AlertFiring {
		t.Fatalf("one healthy read resolved or posted: %v %s", got, state())
	}

	// The feed contradicts itself about the bid (listed twice, healthy and unhealthy): it keeps firing.
	feed.Set([]discoverytest.Model{{ID: ours.ModelID, Name: "m1", Owner: e.signer.Address(), Health: "healthy"}},
		[]discoverytest.Bid{{ID: ours.ID, Provider: e.signer.Address(), Model: ours.ModelID, Health: "healthy"}, {ID: ours.ID, Provider: e.signer.Address(), Model: ours.ModelID, Health: "unhealthy"}})
	for i := 0; i < 4; i++ {
		e.clock.Add(12 * time.Second)
		if err := w.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
		if got := e.check(); len(got) != 0 {
			t.Fatalf("a contradicting feed posted %v", got)
		}
	}
	if state() != store.AlertFiring {
		t.Fatalf("a contradicting feed changed the alert to %s", state())
	}

	// Healthy for good: resolved once, after the hold.
	var resolved []string
	for i := 0; i < 4; i++ {
		resolved = append(resolved, step("healthy")...)
	}
	if len(resolved) != 1 || resolved[0] != "RESOLVED · The network reports our bid unhealthy" {
		t.Fatalf("a lasting healthy verdict posted %v", resolved)
	}
}
