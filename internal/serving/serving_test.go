package serving

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/proxyrouter/teetest"
	"github.com/morbotlabs/morbot/internal/store"
)

var (
	idA = common.HexToHash("0xaa00000000000000000000000000000000000000000000000000000000000001")
	idB = common.HexToHash("0xbb00000000000000000000000000000000000000000000000000000000000002")
)

func snapWithBid(id common.Hash, name string, price int64) *chain.Snapshot {
	s := &chain.Snapshot{Models: map[common.Hash]chain.Model{id: {ID: id, Name: name}}}
	if price > 0 {
		s.ActiveBids = []chain.Bid{{ModelID: id, PricePerSecond: big.NewInt(price), CreatedAt: 1}}
	}
	return s
}

func entry(id common.Hash, url string) proxyrouter.Entry {
	return proxyrouter.Entry{ModelID: Key(id), ModelName: "llama", APIType: "openai", APIURL: url}
}

const goodURL = "http://127.0.0.1:8000/v1/chat/completions"

// node is a healthy proxy-router that lists and configures the given models.
func node(ids ...common.Hash) Node {
	n := Node{Health: proxyrouter.Health{Status: "healthy", Uptime: "1h"}, Served: map[string]bool{}, Config: map[string]proxyrouter.Entry{}, ConfigManaged: true, LoopResets: 3, Window: 30 * time.Minute}
	for _, id := range ids {
		n.Served[Key(id)] = true
		n.Config[Key(id)] = entry(id, goodURL)
	}
	return n
}

func TestJoinStates(t *testing.T) {
	withProbe := func(n Node, p Probe) Node {
		n.Probes = map[string]Probe{Key(idA): p}
		return n
	}
	cases := []struct {
		name   string
		snap   *chain.Snapshot
		n      Node
		state  State
		detail string // a part of the detail that must be there
	}{
		{"serving", snapWithBid(idA, "llama", 10_000_000_000_000), node(idA), Serving,
			"bid 0.00001 MOR/s (0.036 MOR/h, 10000000000000 wei/s), served"},
		{"serving with a probe", snapWithBid(idA, "llama", 1), withProbe(node(idA), Probe{Status: 401, Latency: 12 * time.Millisecond}), Serving,
			"served, backend 401 in 12ms"},
		{"proxy down beats everything", snapWithBid(idA, "llama", 1), func() Node { n := node(); n.HealthErr = "connection refused"; return n }(), ProxyDown,
			"the proxy-router does not answer: connection refused"},
		{"a restart loop does not hide the model's state", snapWithBid(idA, "llama", 1), func() Node { n := node(idA); n.Resets = 3; return n }(), Serving,
			"served"},
		{"a restart loop does not hide a bid nobody serves", snapWithBid(idA, "llama", 1), func() Node { n := node(); n.Resets = 3; return n }(), BidWithoutConfig,
			"models-config.json has no entry for the model"},
		{"bid, no entry, not listed", snapWithBid(idA, "llama", 1), node(), BidWithoutConfig,
			"models-config.json has no entry for the model: consumers who open a session pay and get no answer"},
		{"bid, entry, not listed", snapWithBid(idA, "llama", 1), func() Node { n := node(idA); delete(n.Served, Key(idA)); return n }(), BidWithoutConfig,
			"the running proxy-router does not list it (restart it to load the file)"},
		{"bid, listed, entry removed from the file", snapWithBid(idA, "llama", 1), func() Node { n := node(idA); delete(n.Config, Key(idA)); return n }(), BidWithoutConfig,
			"the next restart stops serving it"},
		{"bid, file unreadable, not listed", snapWithBid(idA, "llama", 1), func() Node { n := node(); n.ConfigErr = "permission denied"; return n }(), BidWithoutConfig,
			"models-config.json could not be read: permission denied"},
		{"bid, file not managed, not listed", snapWithBid(idA, "llama", 1), func() Node { n := node(); n.ConfigManaged = false; n.Config = nil; return n }(), BidWithoutConfig,
			"the proxy-router does not list the model"},
		{"bid, file not managed, listed", snapWithBid(idA, "llama", 1), func() Node {
			n := node(idA)
			n.ConfigManaged, n.Config = false, nil
			return n
		}(), Serving, "served"},
		{"bid, entry, model list unreadable", snapWithBid(idA, "llama", 1), func() Node {
			n := node(idA)
			delete(n.Served, Key(idA))
			n.ModelsErr = "HTTP 401"
			return n
		}(), Serving, "in models-config.json (the node's model list could not be read: HTTP 401)"},
		{"entry ending in /v1", snapWithBid(idA, "llama", 1), func() Node {
			n := node(idA)
			n.Config[Key(idA)] = entry(idA, "http://127.0.0.1:8000/v1")
			return n
		}(), ConfigInvalid, "api url ends in /v1"},
		{"entry ending in /v1, served", snapWithBid(idA, "llama", 1), func() Node {
			n := node(idA)
			n.Config[Key(idA)] = entry(idA, "http://127.0.0.1:8000/v1")
			return n
		}(), ConfigInvalid, "the running proxy-router keeps serving the entry it loaded at its last start until its next restart, which loads this one"},
		{"entry ending in /v1, not listed", snapWithBid(idA, "llama", 1), func() Node {
			n := node()
			n.Config[Key(idA)] = entry(idA, "http://127.0.0.1:8000/v1")
			return n
		}(), BidWithoutConfig, "does not list it"},
		{"entry ending in /v1, no bid, not listed", snapWithBid(idA, "llama", 0), func() Node {
			n := node()
			n.Config[Key(idA)] = entry(idA, "http://127.0.0.1:8000/v1")
			return n
		}(), ConfigInvalid, "the running proxy-router does not serve the model, and its next restart loads this entry"},
		{"entry ending in /v1, model list unreadable", snapWithBid(idA, "llama", 1), func() Node {
			n := node(idA)
			n.ModelsErr = "HTTP 401"
			n.Config[Key(idA)] = entry(idA, "http://127.0.0.1:8000/v1")
			return n
		}(), ConfigInvalid, "keeps whatever entry it loaded at its last start until its next restart"},
		{"unknown api type", snapWithBid(idA, "llama", 1), func() Node {
			n := node(idA)
			e := entry(idA, goodURL)
			e.APIType = "gpt"
			n.Config[Key(idA)] = e
			return n
		}(), ConfigInvalid, `api type "gpt" is not one of`},
		{"healthcheck component unhealthy", snapWithBid(idA, "llama", 1), func() Node {
			n := node(idA)
			n.Health.Components = map[string]string{"model " + strings.TrimPrefix(Key(idA), "0x"): "Unhealthy: timeout"}
			return n
		}(), BackendDown, "the proxy-router reports the model Unhealthy: timeout"},
		{"healthcheck component healthy", snapWithBid(idA, "llama", 1), func() Node {
			n := node(idA)
			n.Health.Components = map[string]string{strings.TrimPrefix(Key(idA), "0x"): "healthy"}
			return n
		}(), Serving, "served"},
		{"402", snapWithBid(idA, "llama", 1), withProbe(node(idA), Probe{Status: 402, Latency: 3 * time.Millisecond}), BackendBilling,
			"the backend answers 402 Payment Required (3ms): its billing or credit ran out"},
		{"429", snapWithBid(idA, "llama", 1), withProbe(node(idA), Probe{Status: 429, Latency: 3 * time.Millisecond}), BackendRateLimited,
			"the backend answers 429 Too Many Requests (3ms)"},
		{"no answer", snapWithBid(idA, "llama", 1), withProbe(node(idA), Probe{Err: "dial tcp 127.0.0.1:9: connection refused"}), BackendDown,
			"the backend does not answer: dial tcp 127.0.0.1:9: connection refused"},
		{"503", snapWithBid(idA, "llama", 1), withProbe(node(idA), Probe{Status: 503, Latency: time.Millisecond}), BackendDown,
			"the backend answers 503 (1ms)"},
		{"499 is an answer", snapWithBid(idA, "llama", 1), withProbe(node(idA), Probe{Status: 499}), Serving, "backend 499"},
		{"served, no bid", snapWithBid(idA, "llama", 0), node(idA), ConfigWithoutBid,
			"the proxy-router serves the model but the provider has no active bid on it: it earns nothing"},
		{"in the file, not listed, no bid", snapWithBid(idA, "llama", 0), func() Node { n := node(idA); delete(n.Served, Key(idA)); return n }(), ConfigWithoutBid,
			"models-config.json has the model but the provider has no active bid on it"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := Join(map[common.Hash]string{idA: "llama"}, c.snap, c.n)
			if len(ms) != 1 {
				t.Fatalf("%d models, want 1: %+v", len(ms), ms)
			}
			m := ms[0]
			if m.State != c.state || !strings.Contains(m.Detail, c.detail) {
				t.Fatalf("got %s — %q\nwant %s containing %q", m.State, m.Detail, c.state, c.detail)
			}
			if m.ID != idA || m.Name != "llama" {
				t.Fatalf("model %s %q", m.ID.Hex(), m.Name)
			}
		})
	}
}

func TestRestartLoopNeedsTheLimit(t *testing.T) {
	n := node(idA)
	n.Resets = 2
	if ms := Join(nil, snapWithBid(idA, "llama", 1), n); ms[0].State != Serving {
		t.Fatalf("2 resets of 3: %s", ms[0].State)
	}
}

func TestJoinCoversEveryModelOnceAndSorts(t *testing.T) {
	idC := common.HexToHash("0xcc")
	snap := snapWithBid(idB, "beta", 5)
	snap.Models[idC] = chain.Model{ID: idC, Name: "idle"}
	n := node(idA) // served and configured, no bid, named only in models-config
	ms := Join(map[common.Hash]string{idC: "idle"}, snap, n)
	if len(ms) != 2 {
		t.Fatalf("%d models, want 2 (a model neither sold nor served is left out): %+v", len(ms), ms)
	}
	// "beta" (on-chain name) sorts before "llama" (models-config's name).
	if ms[0].ID != idB || ms[0].Name != "beta" || ms[0].State != BidWithoutConfig || ms[0].Bid == nil || ms[0].Bid.PricePerSecond.Int64() != 5 {
		t.Fatalf("first: %+v", ms[0])
	}
	if ms[1].ID != idA || ms[1].Name != "llama" || ms[1].State != ConfigWithoutBid || ms[1].Entry == nil || !ms[1].Served {
		t.Fatalf("second: %+v", ms[1])
	}
	if got := ms[0].Line(); got != "beta: bid_without_config — "+ms[0].Detail {
		t.Fatalf("line %q", got)
	}
	if got := (Model{ID: idB, State: Serving, Detail: "x"}).Line(); got != "0xbb000000…: serving — x" {
		t.Fatalf("unnamed line %q", got)
	}
}

func TestMedian(t *testing.T) {
	in := []*big.Int{big.NewInt(30), big.NewInt(10), big.NewInt(20), big.NewInt(40)}
	if m := Median(in); m.Int64() != 20 {
		t.Fatalf("median of 4: %s, want the lower middle 20", m)
	}
	if in[0].Int64() != 30 || in[1].Int64() != 10 {
		t.Fatal("Median reordered its input")
	}
	if m := Median(in[:3]); m.Int64() != 20 {
		t.Fatalf("median of 3: %s", m)
	}
	if m := Median(nil); m != nil {
		t.Fatalf("median of none: %s", m)
	}
}

// fakeProxy is a proxy-router whose uptime and reachability the test sets.
type fakeProxy struct {
	mu      sync.Mutex
	uptime  time.Duration
	down    bool
	served  []string
	version string
	tee     *teetest.Attester // a v7 node's attestation list (nil: a node before v7, which answers 404)
	attests int               // GET /v1/models/attestation requests
	srv     *httptest.Server
}

func newFakeProxy(t *testing.T) *fakeProxy {
	f := &fakeProxy{}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.down {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		switch r.URL.Path {
		case "/healthcheck":
			v := f.version
			if v == "" {
				v = "v5"
			}
			fmt.Fprintf(w, `{"status":"healthy","version":%q,"uptime":%q}`, v, f.uptime.String())
		case "/v1/models/attestation":
			f.attests++
			if f.tee == nil {
				http.NotFound(w, r)
				return
			}
			f.tee.ServeHTTP(w, r)
		case "/v1/models":
			var out []map[string]string
			for _, id := range f.served {
				out = append(out, map[string]string{"Id": id, "Name": "m", "ApiType": "openai"})
			}
			_ = json.NewEncoder(w).Encode(out)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeProxy) set(up time.Duration, down bool) {
	f.mu.Lock()
	f.uptime, f.down = up, down
	f.mu.Unlock()
}

func newChecker(t *testing.T, f *fakeProxy, now *time.Time) *Checker {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	cl, err := proxyrouter.NewClient(f.srv.URL, "")
	if err != nil {
		t.Fatal(err)
	}
	return &Checker{Client: cl, Store: db, Now: func() time.Time { return *now }}
}

func TestCheckerCountsUptimeResetsInTheWindow(t *testing.T) {
	ctx := context.Background()
	f := newFakeProxy(t)
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	c := newChecker(t, f, &now)
	step := func(after, up time.Duration) int {
		t.Helper()
		now = now.Add(after)
		f.set(up, false)
		n, err := c.Read(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n.HealthErr != "" || n.Window != 30*time.Minute || n.LoopResets != 3 {
			t.Fatalf("node %+v", n)
		}
		return n.Resets
	}
	if r := step(0, 10*time.Minute); r != 0 {
		t.Fatalf("first check: %d resets", r)
	}
	// One minute later, up one minute more: no restart. Half a second short is rounding, not a restart.
	if r := step(time.Minute, 11*time.Minute-500*time.Millisecond); r != 0 {
		t.Fatalf("steady: %d resets", r)
	}
	// Two seconds short of the expected uptime (each reading may be a second off): still the same start.
	if r := step(time.Minute, 12*time.Minute-2*time.Second); r != 0 {
		t.Fatalf("short by 2s: %d resets, want 0", r)
	}
	// Five seconds short: the start moved later than both readings' rounding allows; it restarted.
	if r := step(time.Minute, 13*time.Minute-5*time.Second); r != 1 {
		t.Fatalf("short by 5s: %d resets, want 1", r)
	}
	if r := step(time.Minute, 5*time.Second); r != 2 {
		t.Fatalf("restarted: %d resets, want 2", r)
	}
	if r := step(time.Minute, 2*time.Second); r != 3 {
		t.Fatalf("restarted again: %d resets, want 3", r)
	}
	n, _ := c.Read(ctx) // same instant, same uptime: no new reset
	if n.Resets != 3 {
		t.Fatalf("repeat read: %d resets", n.Resets)
	}
	if !n.Looping() {
		t.Fatalf("3 resets in the window are not a loop: %+v", n)
	}
	if ms := Join(nil, snapWithBid(idA, "llama", 1), n); len(ms) != 1 || ms[0].State != BidWithoutConfig {
		t.Fatalf("the loop hid the model's own state: %+v", ms)
	}
	// 29 minutes later the first reset (at 12:02) leaves the 30-minute window; up all along since.
	if r := step(29*time.Minute, 2*time.Second+29*time.Minute); r != 2 {
		t.Fatalf("after the window: %d resets, want 2", r)
	}
}

func TestCheckerCountsDownChecksInARow(t *testing.T) {
	ctx := context.Background()
	f := newFakeProxy(t)
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	c := newChecker(t, f, &now)
	read := func(down bool) Node {
		t.Helper()
		now = now.Add(time.Minute)
		f.set(time.Hour, down)
		n, err := c.Read(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := read(true); n.DownChecks != 1 || n.DownFor != 0 || n.HealthErr != "proxy-router /healthcheck answered 502" {
		t.Fatalf("first down: %d %s %q", n.DownChecks, n.DownFor, n.HealthErr)
	}
	if n := read(true); n.DownChecks != 2 || n.DownFor != time.Minute {
		t.Fatalf("second down: %d over %s", n.DownChecks, n.DownFor)
	}
	if n := read(true); n.DownChecks != 3 || n.DownFor != 2*time.Minute {
		t.Fatalf("third down: %d over %s", n.DownChecks, n.DownFor)
	}
	if n := read(false); n.DownChecks != 0 || n.HealthErr != "" {
		t.Fatalf("back up: %d %q", n.DownChecks, n.HealthErr)
	}
	if n := read(true); n.DownChecks != 1 || n.DownFor != 0 {
		t.Fatalf("down after up: %d over %s, want the count to start again", n.DownChecks, n.DownFor)
	}
}

func TestCheckerReadsModelsAndConfigAndProbes(t *testing.T) {
	ctx := context.Background()
	f := newFakeProxy(t)
	f.set(time.Hour, false)
	f.served = []string{strings.TrimPrefix(Key(idA), "0x")} // a version that drops the 0x
	var mu sync.Mutex
	var methods []string
	var bodies int64
	backend := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		methods = append(methods, r.Method+" "+r.URL.Path)
		bodies += r.ContentLength
		mu.Unlock()
		if strings.HasSuffix(r.URL.Path, "/broke") {
			w.WriteHeader(http.StatusPaymentRequired)
			return
		}
		w.WriteHeader(http.StatusMethodNotAllowed)
	}))
	defer backend.Close()
	// A backend that does not answer, with a key in its URL that must not show.
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL + "/v1/chat/completions?api-key=SECRETKEY"
	dead.Close()
	cfg := filepath.Join(t.TempDir(), "models-config.json")
	body := fmt.Sprintf(`{"models":[
 {"modelId":%q,"modelName":"a","apiType":"openai","apiUrl":%q},
 {"modelId":%q,"modelName":"b","apiType":"openai","apiUrl":%q},
 {"modelId":"0xcc00000000000000000000000000000000000000000000000000000000000003","modelName":"c","apiType":"openai","apiUrl":%q}]}`,
		Key(idA), backend.URL+"/v1/chat/completions", Key(idB), backend.URL+"/broke", deadURL)
	if err := os.WriteFile(cfg, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	c := newChecker(t, f, &now)
	c.ModelsConfig = cfg

	n, err := c.Read(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !n.Served[Key(idA)] || len(n.Served) != 1 || len(n.Config) != 3 || !n.ConfigManaged {
		t.Fatalf("served %v config %d", n.Served, len(n.Config))
	}
	if n.Probes != nil || len(methods) != 0 {
		t.Fatalf("probes are off by default, got %v %v", n.Probes, methods)
	}

	c.Probe = true
	if n, err = c.Read(ctx); err != nil {
		t.Fatal(err)
	}
	if p := n.Probes[Key(idA)]; p.Status != 405 || p.Err != "" {
		t.Fatalf("probe a: %+v", p)
	}
	if p := n.Probes[Key(idB)]; p.Status != 402 {
		t.Fatalf("probe b: %+v", p)
	}
	p := n.Probes["0xcc00000000000000000000000000000000000000000000000000000000000003"]
	if p.Status != 0 || p.Err == "" || strings.Contains(p.Err, "SECRETKEY") || strings.Contains(p.Err, "api-key") || strings.Contains(p.Err, "/v1/") {
		t.Fatalf("probe c: %+v (the error must name only scheme and host)", p)
	}
	mu.Lock()
	defer mu.Unlock()
	if strings.Join(methods, ",") != "HEAD /v1/chat/completions,HEAD /broke" && strings.Join(methods, ",") != "HEAD /broke,HEAD /v1/chat/completions" {
		t.Fatalf("backend saw %v, want one HEAD each", methods)
	}
	if bodies != 0 {
		t.Fatalf("probes sent %d body bytes", bodies)
	}
	ms := Join(nil, &chain.Snapshot{Models: map[common.Hash]chain.Model{}, ActiveBids: []chain.Bid{{ModelID: idB, PricePerSecond: big.NewInt(1), CreatedAt: 1}}}, n)
	states := map[string]State{}
	for _, m := range ms {
		states[m.Name] = m.State
	}
	if states["a"] != ConfigWithoutBid || states["b"] != BidWithoutConfig || states["c"] != BackendDown {
		t.Fatalf("states %v", states)
	}
	// The proxy-router down: no probes at all.
	f.set(time.Hour, true)
	methods = nil
	mu.Unlock()
	n, err = c.Read(ctx)
	mu.Lock()
	if err != nil || n.Probes != nil || len(methods) != 0 {
		t.Fatalf("probed with the node down: %v %v %v", err, n.Probes, methods)
	}
}

func TestUnhealthyNamesOnlyTheFailingComponents(t *testing.T) {
	cases := []struct {
		in   map[string]string
		want string
	}{
		{map[string]string{"badgerdb": "unhealthy: disk full", "ethnode": "healthy", "model 0xab": "Unhealthy: timeout"}, "badgerdb: unhealthy: disk full; model 0xab: Unhealthy: timeout"},
		{map[string]string{"badgerdb": "healthy, size=1.0MB"}, "badgerdb: healthy, size=1.0MB"}, // degraded, yet nothing says why: show all
		{nil, "no component named"},
	}
	for _, c := range cases {
		if got := Unhealthy(c.in); got != c.want {
			t.Errorf("Unhealthy(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A node left running that reports whole-second uptimes and answers up to 1.5 s late is never taken
// for restarted over 2 minutes of 5 s checks; a real restart is seen at the next check. The node and
// the checker share a clock: the node reads its uptime when the request arrives, and the answer's
// lateness moves the clock before the checker reads it.
func TestCheckerTellsARestartFromRoundingAndLateAnswers(t *testing.T) {
	ctx := context.Background()
	var (
		mu      sync.Mutex
		now     = time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)
		started = now.Add(-time.Hour)
		late    time.Duration
	)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		up := now.Sub(started).Truncate(time.Second) // whole seconds, as the node reports
		now = now.Add(late)                          // then the answer waits behind other work
		mu.Unlock()
		switch r.URL.Path {
		case "/healthcheck":
			fmt.Fprintf(w, `{"status":"healthy","version":"v7.0.0","uptime":%q}`, up.String())
		default:
			fmt.Fprint(w, `[]`)
		}
	}))
	defer srv.Close()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cl, _ := proxyrouter.NewClient(srv.URL, "")
	c := &Checker{Client: cl, Store: db, Now: clock}
	rng := rand.New(rand.NewPCG(7, 7))
	check := func() int {
		t.Helper()
		mu.Lock()
		now = now.Add(5*time.Second + time.Duration(rng.IntN(1000))*time.Millisecond)
		late = time.Duration(rng.IntN(1501)) * time.Millisecond
		mu.Unlock()
		n, err := c.Read(ctx)
		if err != nil || n.HealthErr != "" {
			t.Fatalf("read: %v %s", err, n.HealthErr)
		}
		return n.Resets
	}
	for i := 0; i < 24; i++ { // 2 minutes of 5 s checks
		if r := check(); r != 0 {
			t.Fatalf("check %d counted %d restart(s) of a node that never restarted", i, r)
		}
	}
	mu.Lock()
	started = now.Add(2 * time.Second) // it restarts between two checks
	mu.Unlock()
	if r := check(); r != 1 {
		t.Fatalf("the check after a restart counted %d restart(s), want 1", r)
	}
	if r := check(); r != 1 {
		t.Fatalf("the check after that counted %d restart(s), want still 1", r)
	}
}

// A model tagged tee (any case) on a v7 node: its attestation, read with the node's basic auth, joins
// its state. Passed is serving; failed names the node's error; a workload mismatch fails too; an old
// or missing attestation is stale; a node without the endpoint (404) cannot serve it; a list that
// cannot be read judges nothing. An untagged model never shows an attestation line.
func TestTEEAttestationJoinsTheState(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)
	f := newFakeProxy(t)
	f.set(time.Hour, false)
	f.version = "v7.0.0"
	f.served = []string{Key(idA), Key(idB)}
	f.tee = &teetest.Attester{User: "admin", Password: "s3cret", Now: func() time.Time { return now }}
	cookie := filepath.Join(t.TempDir(), ".cookie")
	if err := os.WriteFile(cookie, []byte("admin:s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c := newChecker(t, f, &now)
	var err error
	if c.Client, err = proxyrouter.NewClient(f.srv.URL, cookie); err != nil {
		t.Fatal(err)
	}
	// Without a tee model on chain the checker does not ask for attestations at all.
	if _, err := c.Read(ctx); err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	asked := f.attests
	f.mu.Unlock()
	if asked != 0 {
		t.Fatalf("a read without tee models asked for attestations %d times", asked)
	}
	c.Attest = true
	snap := &chain.Snapshot{Models: map[common.Hash]chain.Model{idA: {ID: idA, Name: "secure", Tags: []string{"LLM", "TEE"}}, idB: {ID: idB, Name: "plain", Tags: []string{"LLM"}}},
		ActiveBids: []chain.Bid{{ModelID: idA, PricePerSecond: big.NewInt(1e13), CreatedAt: 1}, {ModelID: idB, PricePerSecond: big.NewInt(1e13), CreatedAt: 1}}}
	read := func() (Model, Model) {
		t.Helper()
		n, err := c.Read(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var a, b Model
		for _, m := range Join(nil, snap, n) {
			if m.ID == idA {
				a = m
			} else {
				b = m
			}
		}
		if b.State != Serving || b.AttestLine(now) != "" || b.TEE {
			t.Fatalf("the untagged model: %s %q %q", b.State, b.Detail, b.AttestLine(now))
		}
		return a, b
	}
	url := "https://gpu.example:29343"
	f.tee.Pass(Key(idA), url)
	if a, _ := read(); a.State != Serving || a.AttestLine(now) != "attestation: passed, workload authentic_match, verified 0s ago (`https://gpu.example:29343`)" {
		t.Fatalf("passed: %s %q %q", a.State, a.Detail, a.AttestLine(now))
	}
	f.tee.Fail(Key(idA), url, "tdx quote: RTMR3 does not match the attested compose")
	a, _ := read()
	if a.State != AttestationFailed || !strings.Contains(a.Detail, "the node's attestation of the backend failed: `tdx quote: RTMR3 does not match the attested compose`") ||
		!strings.Contains(a.Detail, `every prompt fails with "LLM TEE verification failed"`) {
		t.Fatalf("failed: %s %q", a.State, a.Detail)
	}
	f.tee.Mismatch(Key(idA), url)
	if a, _ = read(); a.State != AttestationFailed || !strings.Contains(a.Detail, "the backend's workload is `authentic_mismatch`, not authentic_match") {
		t.Fatalf("mismatch: %s %q", a.State, a.Detail)
	}
	f.tee.Set(proxyrouter.Attestation{ModelID: Key(idA), Status: proxyrouter.AttestPassed, WorkloadStatus: proxyrouter.WorkloadMatch, VerifiedAt: now.Add(-2 * time.Hour).Format(time.RFC3339)})
	if a, _ = read(); a.State != AttestationStale || !strings.Contains(a.Detail, "the last passing attestation is 2h0m0s old (verified 2026-12-06 10:00 UTC), more than 1h0m0s") {
		t.Fatalf("old: %s %q", a.State, a.Detail)
	}
	c.StaleAfter = 3 * time.Hour
	if a, _ = read(); a.State != Serving {
		t.Fatalf("within attestation_stale_after: %s %q", a.State, a.Detail)
	}
	f.tee.Set(proxyrouter.Attestation{ModelID: Key(idA), Status: proxyrouter.AttestUnknown})
	if a, _ = read(); a.State != AttestationStale || !strings.Contains(a.Detail, "the node's attestation status is `unknown`") {
		t.Fatalf("unknown: %s %q", a.State, a.Detail)
	}
	f.tee.Forget(Key(idA))
	if a, _ = read(); a.State != AttestationStale || a.AttestLine(now) != "attestation: none reported by the node" {
		t.Fatalf("none: %s %q", a.State, a.AttestLine(now))
	}
	// Credentials the node refuses: nothing is judged, and the detail says why.
	if c.Client, err = proxyrouter.NewClient(f.srv.URL, ""); err != nil {
		t.Fatal(err)
	}
	if a, _ = read(); a.State != Serving || !strings.Contains(a.Detail, "TEE attestation unknown: proxy-router /v1/models/attestation refused the credentials (HTTP 401)") {
		t.Fatalf("unreadable: %s %q", a.State, a.Detail)
	}
	// A node before v7.
	f.mu.Lock()
	f.tee, f.version = nil, "v5.4.1"
	f.mu.Unlock()
	if a, _ = read(); a.State != TEEUnsupported || !strings.Contains(a.Detail, "the proxy-router (v5.4.1) has no /v1/models/attestation") {
		t.Fatalf("before v7: %s %q", a.State, a.Detail)
	}
}

// The stand-in is as strict as the node: GET only, and basic auth when the node has a user.
func TestAttesterIsStrict(t *testing.T) {
	at := &teetest.Attester{User: "admin", Password: "pw"}
	srv := httptest.NewServer(at)
	defer srv.Close()
	for _, c := range []struct {
		method, user, pass string
		want               int
	}{{http.MethodPost, "admin", "pw", 405}, {http.MethodGet, "", "", 401}, {http.MethodGet, "admin", "nope", 401}, {http.MethodGet, "admin", "pw", 200}} {
		req, _ := http.NewRequest(c.method, srv.URL+"/v1/models/attestation", nil)
		if c.user != "" {
			req.SetBasicAuth(c.user, c.pass)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.want {
			t.Fatalf("%s as %q: %d, want %d", c.method, c.user, resp.StatusCode, c.want)
		}
		if c.want == 200 && strings.TrimSpace(string(body)) != "[]" {
			t.Fatalf("an empty list is %q, want []", body)
		}
	}
}
