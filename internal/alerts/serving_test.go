package alerts

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/proxyrouter/teetest"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// fakeNode is a proxy-router as its API answers: /healthcheck (status, version, uptime) and
// /v1/models (PascalCase keys), switchable between states; and a backend answering HEAD with a
// chosen status.
type fakeNode struct {
	mu       sync.Mutex
	down     bool
	degraded string // a badgerdb failure: /healthcheck answers 503 "degraded"
	uptime   time.Duration
	clock    func() time.Time // when set, uptime is clock() − started (the node keeps running)
	started  time.Time
	served   []string
	backend  int
	heads    int
	tee      *teetest.Attester // a v7 node's attestation list (nil: 404, a node before v7)
	node     *httptest.Server
	be       *httptest.Server
}

func newFakeNode(t *testing.T) *fakeNode {
	f := &fakeNode{uptime: time.Hour, backend: http.StatusOK}
	f.node = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.down {
			http.Error(w, "bad gateway", http.StatusBadGateway)
			return
		}
		switch r.URL.Path {
		case "/healthcheck":
			status, db := "healthy", "healthy, size=1.0MB"
			if f.degraded != "" { // as upstream's controller answers a failing storage check
				status, db = "degraded", "unhealthy: "+f.degraded
				w.WriteHeader(http.StatusServiceUnavailable)
			}
			up := f.uptime
			if f.clock != nil {
				up = f.clock().Sub(f.started)
			}
			_ = json.NewEncoder(w).Encode(map[string]any{"status": status, "version": "v5.1.0", "uptime": up.String(),
				"components": map[string]string{"badgerdb": db}})
		case "/v1/models/attestation":
			if f.tee == nil {
				http.NotFound(w, r)
				return
			}
			f.tee.ServeHTTP(w, r)
		case "/v1/models":
			out := []map[string]string{}
			for _, id := range f.served {
				out = append(out, map[string]string{"Id": id, "Name": "m1", "ApiType": "openai"})
			}
			_ = json.NewEncoder(w).Encode(out)
		default:
			http.NotFound(w, r)
		}
	}))
	f.be = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if r.Method != http.MethodHead {
			t.Errorf("the backend probe sent %s; only HEAD is allowed (never a completion)", r.Method)
		}
		f.heads++
		w.WriteHeader(f.backend)
	}))
	t.Cleanup(func() { f.node.Close(); f.be.Close() })
	return f
}

func (f *fakeNode) set(fn func(f *fakeNode)) { f.mu.Lock(); defer f.mu.Unlock(); fn(f) }

// onboardedWithNode is an env onboarded (model m1 at 0.00001 MOR/s) whose proxy-router is a fake node
// with an empty models-config.json; tune adjusts the proxy-router settings first (nil: none).
func onboardedWithNode(t *testing.T, tune func(*wiring.Proxy, *fakeNode)) (*env, *fakeNode, string) {
	t.Helper()
	node := newFakeNode(t)
	cfg := filepath.Join(t.TempDir(), "models-config.json")
	writeModelsConfig(t, cfg, "", "")
	client, _ := proxyrouter.NewClient(node.node.URL, "")
	p := &wiring.Proxy{Client: client, ModelsConfig: cfg}
	if tune != nil {
		tune(p, node)
	}
	e := newEnvWithProxy(t, p)
	e.do("/mor onboard 127.0.0.1:3333 m1 0.00001")
	return e, node, cfg
}

func writeModelsConfig(t *testing.T, path, id, apiURL string) {
	t.Helper()
	body := `{"models": []}`
	if id != "" {
		body = fmt.Sprintf(`{"models": [{"modelId": %q, "modelName": "m1", "apiType": "openai", "apiUrl": %q}]}`, id, apiURL)
	}
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
}

func firing(ms []chat.Message, id string) *chat.Message {
	if m, ok := alertIn(ms, id); ok {
		return &m
	}
	return nil
}

func TestServingStatesAlertsAndFixes(t *testing.T) {
	e, node, cfg := onboardedWithNode(t, func(p *wiring.Proxy, node *fakeNode) {
		p.ProbeBackends, p.DefaultAPIType, p.DefaultAPIURL = true, "openai", node.be.URL+"/v1/chat/completions"
	})
	ctx := context.Background()
	snap, _ := e.cl.Snapshot(ctx, e.signer.Address())
	bid := snap.ActiveBids[0]
	id := strings.ToLower(bid.ModelID.Hex())
	short := id[:12]

	// A bid the node does not serve: critical, with Serve it and Delete the bid.
	m := firing(e.check(), "bid-without-config-"+short)
	if m == nil || m.Severity != chat.Error || !strings.Contains(m.Text, "models-config.json has no entry for the model") || len(m.Buttons) != 3 ||
		m.Buttons[0].Label != "Serve it" || m.Buttons[1].Label != "Delete the bid" || m.Buttons[1].Token != "bid-without-config-"+short+"#2" {
		t.Fatalf("bid-without-config: %+v", m)
	}
	serve, _ := e.r.FixCommand(ctx, "bid-without-config-"+short)
	del, _ := e.r.FixCommand(ctx, "bid-without-config-"+short+"#2")
	if serve != "/mor model serve "+id+" --api-type openai --api-url "+node.be.URL+"/v1/chat/completions" || del != "/mor bid delete "+bid.ID.Hex() {
		t.Fatalf("fixes: %q, %q", serve, del)
	}
	alice := approval.User{Platform: "console", ID: "alice", Name: "alice"}
	for token, kind := range map[string]approval.Kind{"bid-without-config-" + short: approval.KindModelServe, "bid-without-config-" + short + "#2": approval.KindBidDelete} {
		r := e.h.Click(ctx, alice, token, chat.ActionFix)
		p, err := e.eng.Get(ctx, r.ProposalID)
		if err != nil || p.Kind != kind {
			t.Fatalf("fix %s proposed %+v (%v): %s", token, p, err, r.Message.Text)
		}
		if _, err := e.eng.Cancel(ctx, alice, p.ID); err != nil {
			t.Fatal(err)
		}
	}
	// In models-config but the running node does not list it (not restarted): still bid_without_config.
	writeModelsConfig(t, cfg, id, node.be.URL+"/v1/chat/completions")
	if m := firing(e.repeat(""), "bid-without-config-"+short); m == nil || !strings.Contains(m.Text, "the running proxy-router does not list it") {
		t.Fatalf("config written, node not restarted: %+v", m)
	}
	// Served: resolved; the status line says serving.
	node.set(func(f *fakeNode) { f.served = []string{id} })
	if !resolvedIn(e.check(), "bid-without-config-"+short) {
		t.Fatal("bid-without-config did not resolve once served")
	}
	st := e.h.Handle(ctx, commands.Request{User: alice, Text: "/mor status"}).Message
	if got := text(st); !strings.Contains(got, "m1: serving — bid 0.00001 MOR/s") || !strings.Contains(got, "backend 200") {
		t.Fatalf("status serving line:\n%s", got)
	}

	// The backend: 402, 429, 503, each its own alert, each resolved when it clears.
	for _, c := range []struct {
		status int
		id     string
		text   string
	}{
		{402, "backend-billing-", "402 Payment Required"},
		{429, "backend-rate-limited-", "429 Too Many Requests"},
		{503, "backend-down-", "the backend answers 503"},
	} {
		node.set(func(f *fakeNode) { f.backend = c.status })
		got := e.check()
		if m := firing(got, c.id+short); m == nil || !strings.Contains(m.Text, c.text) {
			t.Fatalf("%d: %v", c.status, got)
		}
	}
	node.set(func(f *fakeNode) { f.backend = http.StatusOK })
	if !resolvedIn(e.check(), "backend-down-"+short) {
		t.Fatal("backend-down did not resolve")
	}

	// An entry the node cannot use: an openai URL ending in /v1.
	writeModelsConfig(t, cfg, id, node.be.URL+"/v1")
	if m := firing(e.check(), "config-invalid-"+short); m == nil || !strings.Contains(m.Text, "api url ends in /v1") {
		t.Fatal("config-invalid did not fire")
	} else if !strings.Contains(m.Text, "the running proxy-router keeps serving the entry it loaded at its last start until its next restart") {
		t.Fatalf("config-invalid does not say the running node keeps its old entry: %s", m.Text)
	}
	writeModelsConfig(t, cfg, id, node.be.URL+"/v1/chat/completions")
	if !resolvedIn(e.check(), "config-invalid-"+short) {
		t.Fatal("config-invalid did not resolve")
	}

	// The bid deleted through morbot: served without a bid, with a Post a bid fix at the minimum
	// (nobody else bids on the model).
	e.do("/mor bid delete " + bid.ID.Hex())
	m = firing(e.check(), "config-without-bid-"+short)
	if m == nil || m.Severity != chat.Warning || !strings.Contains(m.Text, "the marketplace minimum: nobody bids on it") {
		t.Fatalf("config-without-bid: %+v", m)
	}
	if fix, _ := e.r.FixCommand(ctx, "config-without-bid-"+short); fix != "/mor bid create "+id+" 10000000000000wei" {
		t.Fatalf("post-a-bid fix %q", fix)
	}
	r := e.h.Click(ctx, alice, "config-without-bid-"+short, chat.ActionFix)
	e.approve(r.ProposalID)
	if !resolvedIn(e.check(), "config-without-bid-"+short) {
		t.Fatal("config-without-bid did not resolve once a bid was posted")
	}

	// The node down: one check is a planned restart's worth of quiet, the second fires.
	node.set(func(f *fakeNode) { f.down = true })
	if got := e.check(); firing(got, "proxy-down") != nil {
		t.Fatal("proxy-down fired on the first failed check")
	}
	e.clock.Add(30 * time.Second)
	if got := e.check(); firing(got, "proxy-down") != nil {
		t.Fatal("proxy-down fired on two failed checks 30 s apart (a restart's worth)")
	}
	e.clock.Add(30 * time.Second)
	if m := firing(e.check(), "proxy-down"); m == nil || !strings.Contains(m.Text, "3 health checks in a row over 1m0s") {
		t.Fatalf("proxy-down did not fire a minute into the outage: %+v", m)
	}
	node.set(func(f *fakeNode) { f.down = false; f.uptime = 2 * time.Hour })
	if !resolvedIn(e.check(), "proxy-down") {
		t.Fatal("proxy-down did not resolve")
	}
	// Degraded (its storage failing): a warning naming the component, resolved when healthy again.
	node.set(func(f *fakeNode) { f.degraded = "Value log GC attempt didn't result in any cleanup" })
	m = firing(e.check(), "proxy-degraded")
	if m == nil || m.Severity != chat.Warning || !strings.Contains(m.Text, `badgerdb: unhealthy: Value log GC attempt didn't result in any cleanup`) {
		t.Fatalf("proxy-degraded: %+v", m)
	}
	if st := e.h.Handle(ctx, commands.Request{User: alice, Text: "/mor health"}); !strings.Contains(st.Message.Text, "proxy-router: degraded (badgerdb: unhealthy: Value log GC") {
		t.Fatalf("health while degraded: %s", st.Message.Text)
	}
	node.set(func(f *fakeNode) { f.degraded = ""; f.uptime = 3 * time.Hour })
	if !resolvedIn(e.check(), "proxy-degraded") {
		t.Fatal("proxy-degraded did not resolve")
	}
	if node.heads == 0 {
		t.Fatal("the backend was never probed")
	}
}

func newEnvWithProxy(t *testing.T, p *wiring.Proxy) *env {
	t.Helper()
	return newEnvWithOptions(t, nil, nil, p)
}

// A restart loop fires on uptime resets, and a single planned restart stays quiet.
func TestProxyRestartLoop(t *testing.T) {
	node := newFakeNode(t)
	client, _ := proxyrouter.NewClient(node.node.URL, "")
	e := newEnvWithOptions(t, nil, nil, &wiring.Proxy{Client: client})
	step := func(d, up time.Duration) []chat.Message {
		t.Helper()
		e.clock.Add(d)
		node.set(func(f *fakeNode) { f.uptime = up })
		return e.check()
	}
	step(0, time.Hour)
	// One planned restart: uptime back to 20 s; then it keeps running. Quiet.
	for _, got := range [][]chat.Message{step(5*time.Minute, 20*time.Second), step(5*time.Minute, 5*time.Minute+20*time.Second), step(5*time.Minute, 10*time.Minute+20*time.Second)} {
		if firing(got, "proxy-restart-loop") != nil {
			t.Fatal("a single planned restart raised the restart-loop alert")
		}
	}
	// Two more resets: three within 30 minutes is a loop.
	if firing(step(5*time.Minute, 15*time.Second), "proxy-restart-loop") != nil {
		t.Fatal("two restarts raised the restart-loop alert")
	}
	m := firing(step(5*time.Minute, 10*time.Second), "proxy-restart-loop")
	if m == nil || !strings.Contains(m.Text, "went back to zero 3 times in the last 30m0s (now 10s)") {
		t.Fatalf("restart loop did not fire: %+v", m)
	}
	// Running steadily for the window: resolved.
	var resolved bool
	for i := 1; i <= 7 && !resolved; i++ {
		resolved = resolvedIn(step(5*time.Minute, 10*time.Second+time.Duration(i)*5*time.Minute), "proxy-restart-loop")
	}
	if !resolved {
		t.Fatal("the restart-loop alert did not resolve after a steady window")
	}
}

// morbot's own restarts (three approved model serves in 30 minutes) are not a restart loop, and a
// loop, when the node does restart on its own three times, is shown beside the per-model states,
// never instead of them: a bid nobody serves stays firing throughout.
func TestPlannedRestartsAreNotALoopAndALoopHidesNothing(t *testing.T) {
	e, node, _ := onboardedWithNode(t, nil)
	ctx := context.Background()
	snap, _ := e.cl.Snapshot(ctx, e.signer.Address())
	bidAlert := "bid-without-config-" + strings.ToLower(snap.ActiveBids[0].ModelID.Hex())[:12]
	if firing(e.check(), bidAlert) == nil {
		t.Fatal("the bid nobody serves did not fire")
	}
	up := time.Hour
	restart := func(planned bool) []chat.Message {
		t.Helper()
		e.clock.Add(5 * time.Minute)
		if planned { // as the runner records it before running the restart command
			if err := e.db.RecordPlannedRestart(ctx, e.clock.Now().Add(-10*time.Second)); err != nil {
				t.Fatal(err)
			}
		}
		up = 5 * time.Second
		node.set(func(f *fakeNode) { f.uptime = up })
		got := e.check()
		if resolvedIn(got, bidAlert) {
			t.Fatal("the bid nobody serves resolved during restarts")
		}
		return got
	}
	for i := 0; i < 3; i++ {
		if firing(restart(true), "proxy-restart-loop") != nil {
			t.Fatalf("planned restart %d raised the restart-loop alert", i+1)
		}
	}
	var loop *chat.Message
	for i := 0; i < 3; i++ {
		loop = firing(restart(false), "proxy-restart-loop")
	}
	if loop == nil || !strings.Contains(loop.Text, "went back to zero 3 times") {
		t.Fatalf("three unplanned restarts did not raise the loop: %+v", loop)
	}
	h := e.h.Handle(ctx, commands.Request{User: approval.User{Platform: "console", ID: "alice", Name: "alice"}, Text: "/mor health"}).Message
	if got := text(h); !strings.Contains(got, "3 restart(s) in the last 30m0s") || !strings.Contains(got, ": bid_without_config") {
		t.Fatalf("/mor health does not show the loop beside the model's state:\n%s", got)
	}
	list, err := e.r.List(ctx)
	if err != nil || !strings.Contains(list.Text, "FIRING "+bidAlert) || !strings.Contains(list.Text, "FIRING proxy-restart-loop") {
		t.Fatalf("alerts: %s %v", list.Text, err)
	}
}

// An alert does not resolve because its source went dark: the proxy-router dies while a backend is
// down, and the backend alert stays firing, marked unknown; it is neither resolved nor fired again
// when the node comes back with the backend still down, and resolves once it is seen to be fixed.
func TestADarkSourceResolvesNothing(t *testing.T) {
	node := newFakeNode(t)
	cfg := filepath.Join(t.TempDir(), "models-config.json")
	client, _ := proxyrouter.NewClient(node.node.URL, "")
	e := newEnvWithProxy(t, &wiring.Proxy{Client: client, ModelsConfig: cfg, ProbeBackends: true})
	ctx := context.Background()
	e.do("/mor onboard 127.0.0.1:3333 m1 0.00001")
	snap, _ := e.cl.Snapshot(ctx, e.signer.Address())
	id := strings.ToLower(snap.ActiveBids[0].ModelID.Hex())
	writeModelsConfig(t, cfg, id, node.be.URL+"/v1/chat/completions")
	node.set(func(f *fakeNode) { f.served = []string{id}; f.backend = http.StatusServiceUnavailable })
	backend := "backend-down-" + id[:12]
	if firing(e.check(), backend) == nil {
		t.Fatal("the backend alert did not fire")
	}
	node.set(func(f *fakeNode) { f.down = true })
	for i := 0; i < 3; i++ {
		e.clock.Add(time.Minute)
		if got := e.check(); resolvedIn(got, backend) {
			t.Fatal("the backend alert resolved because the proxy-router went dark")
		}
	}
	list, _ := e.r.List(ctx)
	if !strings.Contains(list.Text, "FIRING "+backend) || !strings.Contains(list.Text, "unknown since") {
		t.Fatalf("the backend alert is not kept firing and marked unknown:\n%s", list.Text)
	}
	node.set(func(f *fakeNode) { f.down = false })
	e.clock.Add(time.Minute)
	got := e.check()
	if resolvedIn(got, backend) || firing(got, backend) != nil {
		t.Fatalf("the node came back with the backend still down: the alert resolved or fired again: %v", got)
	}
	if list, _ := e.r.List(ctx); strings.Contains(list.Text, "unknown since") {
		t.Fatalf("still marked unknown once seen again:\n%s", list.Text)
	}
	node.set(func(f *fakeNode) { f.backend = http.StatusOK })
	e.clock.Add(time.Minute)
	if !resolvedIn(e.check(), backend) {
		t.Fatal("the backend alert did not resolve once the backend was seen to answer")
	}
}

// A model tagged tee: a failed attestation is critical and names the node's error; a workload
// mismatch fires the same alert; passing again resolves it; a node without the endpoint fires
// tee-unsupported; while the list cannot be read the alerts keep their state.
func TestTEEAttestationAlerts(t *testing.T) {
	e, node, cfg := onboardedWithNode(t, nil)
	ctx := context.Background()
	alice := approval.User{Platform: "console", ID: "alice", Name: "alice"}
	// Created while the node answers 404 (before v7): the proposal warns.
	r := e.h.Handle(ctx, commands.Request{User: alice, Text: "/mor model create secure 0.1 --tags LLM,TEE"})
	if !strings.Contains(text(r.Message), "WARNING: tagged tee, but the configured proxy-router has no /v1/models/attestation (a version before v7.0.0)") {
		t.Fatalf("model create on a node before v7 does not warn:\n%s", text(r.Message))
	}
	e.approve(r.ProposalID)
	tm, _, err := e.d.Read.ModelByName(ctx, "secure")
	if err != nil || tm == nil {
		t.Fatalf("model secure: %v", err)
	}
	e.do("/mor bid create secure 0.00001")
	id := strings.ToLower(tm.ID.Hex())
	short := id[:12]
	// Served from an http backend: refused, as the node pins the backend's certificate.
	if r := e.h.Handle(ctx, commands.Request{User: alice, Text: "/mor model serve secure --api-type openai --api-url http://gpu.example/v1/chat/completions"}); r.ProposalID != 0 ||
		!strings.Contains(text(r.Message), "is tagged tee: a TEE model's apiUrl must be https") {
		t.Fatalf("an http backend for a tee model: %s", text(r.Message))
	}
	writeModelsConfig(t, cfg, id, "https://gpu.example/v1/chat/completions")
	tee := &teetest.Attester{Now: e.clock.Now}
	node.set(func(f *fakeNode) { f.served, f.tee = []string{id}, tee })
	tee.Fail(id, "https://gpu.example:29343", "nras: GPU evidence rejected")
	m := firing(e.check(), "attestation-failed-"+short)
	if m == nil || m.Severity != chat.Error || !strings.Contains(m.Text, "`nras: GPU evidence rejected`") || !strings.Contains(m.Text, `every prompt fails with "LLM TEE verification failed"`) {
		t.Fatalf("attestation-failed: %+v", m)
	}
	// m1 is not tagged: no attestation alert of its own.
	for _, x := range e.check() {
		if strings.Contains(x.Footer, "attestation") && !strings.Contains(x.Footer, short) {
			t.Fatalf("an untagged model raised %s", x.Footer)
		}
	}
	// The list cannot be read (the node refuses): the alert keeps its state, nothing resolves.
	node.set(func(f *fakeNode) { f.tee = &teetest.Attester{User: "someone", Password: "else"} })
	for _, x := range e.check() {
		if strings.HasPrefix(x.Title, "RESOLVED") {
			t.Fatalf("an unreadable list resolved %s", x.Footer)
		}
	}
	node.set(func(f *fakeNode) { f.tee = tee })
	tee.Pass(id, "https://gpu.example:29343")
	if res := e.check(); len(res) != 1 || !strings.HasPrefix(res[0].Title, "RESOLVED") || !strings.Contains(res[0].Footer, "attestation-failed-"+short) {
		t.Fatalf("passing again: %v", res)
	}
	tee.Mismatch(id, "https://gpu.example:29343")
	if m := firing(e.check(), "attestation-failed-"+short); m == nil || !strings.Contains(m.Text, "`authentic_mismatch`") {
		t.Fatalf("mismatch: %+v", m)
	}
	// /mor verify's check 6 in each state, with its fix.
	verify := func(wants ...string) {
		t.Helper()
		got := text(e.h.Handle(ctx, commands.Request{User: alice, Text: "/mor verify secure"}).Message)
		for _, w := range wants {
			if !strings.Contains(got, w) {
				t.Fatalf("verify lacks %q:\n%s", w, got)
			}
		}
	}
	verify("✗ 6. TEE attestation", "attestation passed, but the workload is `authentic_mismatch`", "redeploy the backend with exactly the docker-compose the VM attests")
	tee.Set(proxyrouter.Attestation{ModelID: id, Status: proxyrouter.AttestPassed, WorkloadStatus: proxyrouter.WorkloadMatch,
		VerifiedAt: time.Now().Add(-3 * time.Hour).Format(time.RFC3339)}) // verify reads the wall clock
	verify("✗ 6. TEE attestation", "the last passing attestation is older than 1h0m0s", "check that the node runs and reaches its attestation URL")
	tee.Forget(id)
	verify("✗ 6. TEE attestation", ": not attested by the node", "restart the node so it attests the backend at start-up")
	tee.Pass(id, "https://gpu.example:29343")
	// Passing, but the node reports a version before v7 (this fake says v5.1.0): still ✗, with the fix.
	verify("✗ 6. TEE attestation", "version `v5.1.0` is before v7.0.0", ": attestation passed, workload authentic_match, verified ", "run the proxy-router v7 -tee image")
	node.set(func(f *fakeNode) { f.tee = nil })
	if m := firing(e.check(), "tee-unsupported-"+short); m == nil || m.Severity != chat.Error || !strings.Contains(m.Text, "has no /v1/models/attestation") {
		t.Fatalf("tee-unsupported: %+v", m)
	}
	verify("✗ 6. TEE attestation", "version `v5.1.0` is before v7.0.0", "the node has no /v1/models/attestation (404)", "run the proxy-router v7 -tee image")
}
