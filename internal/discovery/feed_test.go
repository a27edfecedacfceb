package discovery_test

import (
	"context"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/discovery"
	"github.com/morbotlabs/morbot/internal/discovery/discoverytest"
)

var (
	provider = common.HexToAddress("0x9a1b2c3d4e5f60718293a4b5c6d7e8f901234567")
	other    = common.HexToAddress("0x00000000000000000000000000000000000000c0")
	modelID  = common.HexToHash("0xaa00000000000000000000000000000000000000000000000000000000000001")
	bidID    = common.HexToHash("0xbbcdef0000000000000000000000000000000000000000000000000000000002")
	otherBid = common.HexToHash("0xcc00000000000000000000000000000000000000000000000000000000000003")
)

func feed(t *testing.T) (*discoverytest.Feed, *discovery.Feed) {
	t.Helper()
	fake, err := discoverytest.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Close)
	f, err := discovery.NewFeed(fake.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	f.Timeout = 2 * time.Second
	return fake, f
}

func listed(fake *discoverytest.Feed, health string, latency *float64) {
	fake.Set([]discoverytest.Model{{ID: modelID, Name: "llama", Owner: provider, Health: "healthy"}},
		[]discoverytest.Bid{
			{ID: bidID, Provider: provider, Model: modelID, ModelName: "llama", Price: big.NewInt(10_000_000_000_000), Health: health, LatencyMs: latency},
			{ID: otherBid, Provider: other, Model: modelID, ModelName: "llama", Price: big.NewInt(7), Health: "healthy", LatencyMs: discoverytest.Ms(80)},
		})
}

// The documented fields parse in any spelling: checksummed or lower-case addresses, upper-case IDs,
// extra fields ignored, health left out.
func TestFetchReadsTheDocumentedFields(t *testing.T) {
	fake, f := feed(t)
	listed(fake, "healthy", discoverytest.Ms(137))
	for _, spelling := range []discoverytest.Broken{discoverytest.OK, discoverytest.Mixed} {
		fake.Break(spelling)
		s, err := f.Fetch(context.Background(), time.Unix(100, 0))
		if err != nil {
			t.Fatalf("%q: %v", spelling, err)
		}
		b, ok := s.Bids[discovery.BidKey{ID: bidID, Provider: provider}]
		if !ok || b.Provider != provider || b.Model != modelID || b.PricePerSecond.String() != "10000000000000" || b.ModelName != "llama" {
			t.Fatalf("%q: bid %+v (ok %v)", spelling, b, ok)
		}
		if b.Health == nil || b.Health.Status != "healthy" || b.Health.LatencyMs == nil || *b.Health.LatencyMs != 137 {
			t.Fatalf("%q: bid health %+v", spelling, b.Health)
		}
		m, ok := s.Models[modelID]
		if !ok || m.Name != "llama" || m.Owner != provider || m.Health == nil || m.Health.HealthyBids != 2 || m.Health.Providers != 2 {
			t.Fatalf("%q: model %+v %+v", spelling, m, m.Health)
		}
		if len(s.Bids) != 2 || !s.Fetched.Equal(time.Unix(100, 0)) {
			t.Fatalf("%q: %d bids, fetched %s", spelling, len(s.Bids), s.Fetched)
		}
	}
	fake.Break(discoverytest.NoHealth)
	s, err := f.Fetch(context.Background(), time.Now())
	if err != nil || s.Bids[discovery.BidKey{ID: bidID, Provider: provider}].Health != nil || s.Models[modelID].Health != nil {
		t.Fatalf("no health: %+v %v", s, err)
	}
	// A null latency is no latency.
	fake.Break(discoverytest.OK)
	listed(fake, "healthy", nil)
	if s, err = f.Fetch(context.Background(), time.Now()); err != nil || s.Bids[discovery.BidKey{ID: bidID, Provider: provider}].Health.LatencyMs != nil {
		t.Fatalf("null latency: %+v %v", s.Bids[discovery.BidKey{ID: bidID, Provider: provider}].Health, err)
	}
}

// Every way the feed fails is an error that says what came back, never a snapshot.
func TestFetchRefusesWhatIsNotTheFeed(t *testing.T) {
	fake, f := feed(t)
	listed(fake, "healthy", nil)
	for b, want := range map[discoverytest.Broken]string{
		discoverytest.HTML:    "active_models.json: the feed answered an HTML page, not JSON",
		discoverytest.Status:  "active_models.json: HTTP 500",
		discoverytest.BadJSON: "active_models.json: not the expected JSON",
		discoverytest.NoList:  `active_models.json: no "models" list in the body`,
		discoverytest.Huge:    "active_models.json: body too large (over 8388608 bytes)",
		discoverytest.Slow:    "active_models.json: no answer in time",
	} {
		fake.Break(b)
		// The timeout bounds a hang (10× what a 16 MiB body takes on a busy machine); only the feed
		// that never answers waits it out, so it gets a short one.
		f.Timeout = 30 * time.Second
		if b == discoverytest.Slow {
			f.Timeout = 300 * time.Millisecond
		}
		s, err := f.Fetch(context.Background(), time.Now())
		if err == nil || s != nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, %v; want %q", b, s, err, want)
		}
	}
}

// An entry without a usable ID, or with an ID of the wrong type, is left out and counted; the rest of
// the snapshot stands.
func TestFetchSkipsEntriesWithoutAnID(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if strings.HasSuffix(r.URL.Path, "active_models.json") {
			_, _ = w.Write([]byte(`{"models": [{"Id": "llama"}, {"Id": "` + modelID.Hex() + `", "Name": "llama"}]}`))
			return
		}
		_, _ = w.Write([]byte(`{"bids": [{"Id": "0x12", "Provider": "x"}, {"Id": 5}, {"Id": "` + bidID.Hex() + `", "Provider": "not an address", "PricePerSecond": "-3"}]}`))
	}))
	defer srv.Close()
	f, err := discovery.NewFeed(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.Fetch(context.Background(), time.Now())
	if err != nil || len(s.Bids) != 1 || s.Skipped != 3 {
		t.Fatalf("a bid whose Id is a number is not skipped and counted: %+v %v", s, err)
	}
	srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if strings.HasSuffix(r.URL.Path, "active_models.json") {
			_, _ = w.Write([]byte(`{"models": [{"Id": "llama"}, {"Id": "` + modelID.Hex() + `", "Name": "llama"}]}`))
			return
		}
		_, _ = w.Write([]byte(`{"bids": [{"Id": "0x12", "Provider": "x"}, {"Id": "` + bidID.Hex() + `", "Provider": "not an address", "PricePerSecond": "-3"}]}`))
	})
	s, err = f.Fetch(context.Background(), time.Now())
	if err != nil || len(s.Bids) != 1 || len(s.Models) != 1 || s.Skipped != 2 {
		t.Fatalf("%+v %v", s, err)
	}
	if b, ok := s.Bid(bidID, common.Address{}); !ok || b.PricePerSecond != nil {
		t.Fatalf("a bad provider or price was read as a value: %+v", b)
	}
}

func TestNewFeedRefusesWhatIsNotABaseURL(t *testing.T) {
	for _, u := range []string{"ftp://active.mor.org", "https://user:secretpw@active.mor.org", "https://active.mor.org/?k=1", "active.mor.org", "https://"} {
		if _, err := discovery.NewFeed(u); err == nil || strings.Contains(err.Error(), "secretpw") {
			t.Errorf("%q: %v", u, err)
		}
	}
	f, err := discovery.NewFeed("https://active.mor.org")
	if err != nil || f.URL(discovery.BidsFile) != "https://active.mor.org/active_bids.json" {
		t.Fatalf("%v %v", f, err)
	}
	if f, _ = discovery.NewFeed("https://example.org/feeds/"); f.URL(discovery.ModelsFile) != "https://example.org/feeds/active_models.json" {
		t.Fatal(f.URL(discovery.ModelsFile))
	}
}

type memSeen struct {
	mu sync.Mutex
	m  map[common.Hash]time.Time
}

func (s *memSeen) RecordDiscoverySeen(_ context.Context, at time.Time, bids []common.Hash) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, b := range bids {
		s.m[b] = at
	}
	return nil
}

func (s *memSeen) DiscoverySeen(context.Context) (map[common.Hash]time.Time, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[common.Hash]time.Time{}
	for k, v := range s.m {
		out[k] = v
	}
	return out, nil
}

// The watcher keeps the last good view while the feed fails, says since when, and remembers when the
// network last listed the provider's bids (not other providers').
func TestWatcherKeepsTheLastGoodView(t *testing.T) {
	fake, f := feed(t)
	listed(fake, "healthy", discoverytest.Ms(137))
	now := time.Unix(1_800_000_000, 0)
	seen := &memSeen{m: map[common.Hash]time.Time{}}
	w := &discovery.Watcher{Feed: f, Provider: provider, Seen: seen, Now: func() time.Time { return now }}
	if err := w.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	if v := w.View(); !v.Fresh() || v.Snap.Bids[discovery.BidKey{ID: bidID, Provider: provider}].ID != bidID {
		t.Fatalf("first view %+v", v)
	}
	if got, _ := seen.DiscoverySeen(context.Background()); len(got) != 1 || !got[bidID].Equal(now) {
		t.Fatalf("sightings %v", got)
	}
	fake.Break(discoverytest.HTML)
	now = now.Add(5 * time.Minute)
	if err := w.Refresh(context.Background()); err == nil {
		t.Fatal("an HTML page refreshed the view")
	}
	now = now.Add(5 * time.Minute)
	_ = w.Refresh(context.Background())
	v := w.View()
	if v.Fresh() || v.Snap == nil || !v.Snap.Fetched.Equal(time.Unix(1_800_000_000, 0)) || !v.FailingSince.Equal(time.Unix(1_800_000_300, 0)) || !strings.Contains(v.Err, "HTML") {
		t.Fatalf("failing view %+v", v)
	}
	fake.Break(discoverytest.OK)
	if err := w.Refresh(context.Background()); err != nil || !w.View().Fresh() || !w.View().FailingSince.IsZero() {
		t.Fatalf("mended: %v %+v", err, w.View())
	}
}

func judgeInput(v discovery.View, createdAt uint64) discovery.Input {
	return discovery.Input{View: v, Bids: []chain.Bid{{ID: bidID, Provider: provider, ModelID: modelID, PricePerSecond: big.NewInt(10), CreatedAt: createdAt}},
		ChainNow: 10_000, Grace: 15 * time.Minute, Endpoint: "node.example.com:3333", Names: map[common.Hash]string{modelID: "llama"}, Now: time.Unix(1_800_000_000, 0)}
}

func snapWith(bids map[discovery.BidKey]discovery.Bid, models map[common.Hash]discovery.Model) discovery.View {
	return discovery.View{URL: "http://127.0.0.1:1/", Snap: &discovery.Snapshot{Fetched: time.Unix(1_800_000_000-60, 0), Bids: bids, Models: models}}
}

func TestJudgeEachState(t *testing.T) {
	healthyModel := map[common.Hash]discovery.Model{modelID: {ID: modelID, Name: "llama", Health: &discovery.ModelHealth{Status: "healthy", HealthyBids: 1, Providers: 1}}}
	bid := func(status string, ms *float64) map[discovery.BidKey]discovery.Bid {
		b := discovery.Bid{ID: bidID, Provider: provider, Model: modelID}
		if status != "" {
			b.Health = &discovery.BidHealth{Status: status, LatencyMs: ms}
		}
		return map[discovery.BidKey]discovery.Bid{{ID: bidID, Provider: provider}: b}
	}
	lastSeen := time.Date(2026, 12, 3, 9, 30, 0, 0, time.UTC)
	failing := snapWith(bid("healthy", discoverytest.Ms(137)), healthyModel)
	failing.Err, failing.FailingSince = "active_models.json: HTTP 500", time.Unix(1_800_000_000-120, 0)
	cases := []struct {
		name    string
		in      discovery.Input
		state   discovery.State
		detail  string
		latency string
	}{
		{"absent past the grace", judgeInput(snapWith(nil, healthyModel), 10_000-16*60), discovery.Undiscovered,
			"its verifier could not reach the provider's public endpoint `node.example.com:3333` from outside. Check the firewall or security group, the NAT or port forward", ""},
		{"absent within the grace", judgeInput(snapWith(nil, healthyModel), 10_000-14*60), discovery.Settling, "posted 14m ago", ""},
		{"listed healthy", judgeInput(snapWith(bid("healthy", discoverytest.Ms(137)), healthyModel), 1), discovery.Listed, "listed by the network, healthy, 137 ms", "137 ms"},
		{"listed without health", judgeInput(snapWith(bid("", nil), healthyModel), 1), discovery.Listed, "listed by the network, no health verdict", ""},
		{"listed, health unknown", judgeInput(snapWith(bid("unknown", nil), healthyModel), 1), discovery.Listed, "no health verdict", ""},
		{"bid unhealthy", judgeInput(snapWith(bid("Unhealthy", discoverytest.Ms(4000)), healthyModel), 1), discovery.NetworkUnhealthy, "the network lists bid 0xbbcdef0000000000000000000000000000000000000000000000000000000002, but its verifier says: `Unhealthy`, 4000 ms", "4000 ms"},
		{"model missing", judgeInput(snapWith(bid("healthy", nil), nil), 1), discovery.NetworkUnhealthy, `does not list model "llama"`, ""},
		{"model unhealthy", judgeInput(snapWith(bid("healthy", nil), map[common.Hash]discovery.Model{modelID: {ID: modelID, Health: &discovery.ModelHealth{Status: "degraded", Providers: 3}}}), 1),
			discovery.NetworkUnhealthy, `the network lists model "llama" (`, ""},
		{"feed failing", judgeInput(failing, 1), discovery.Unknown, "the network's view cannot be read now (active_models.json: HTTP 500); the last good view listed the bid (its verifier says: `healthy`), 137 ms", "137 ms"},
		{"not read yet", judgeInput(discovery.View{URL: "u"}, 1), discovery.Unknown, "morbot has not read the network's view yet", ""},
	}
	for _, c := range cases {
		in := c.in
		in.Seen = map[common.Hash]time.Time{bidID: lastSeen}
		j := discovery.Judge(in)
		bv := j.Bids[bidID]
		if bv.State != c.state || !strings.Contains(bv.Detail, c.detail) || bv.Latency() != c.latency {
			t.Errorf("%s: %s %q %q; want %s %q %q", c.name, bv.State, bv.Detail, bv.Latency(), c.state, c.detail, c.latency)
		}
		if c.state == discovery.Undiscovered && !strings.Contains(bv.Detail, "The network last listed it at 2026-12-03 09:30 UTC.") {
			t.Errorf("undiscovered without its last sighting: %s", bv.Detail)
		}
		if j.Dark() != (c.state == discovery.Unknown) {
			t.Errorf("%s: dark %v", c.name, j.Dark())
		}
	}
	// Never seen: says so.
	j := discovery.Judge(judgeInput(snapWith(nil, healthyModel), 1))
	if d := j.Bids[bidID].Detail; !strings.Contains(d, "morbot has not seen the network list it.") {
		t.Errorf("never seen: %s", d)
	}
}

// The view's own line: fresh with its age, failing but recent, and unavailable after the grace.
func TestViewLine(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	v := snapWith(nil, nil)
	in := judgeInput(v, 1)
	if l := discovery.Judge(in).Line; l != "network view from http://127.0.0.1:1/, read 1m ago: 0 bid(s), 0 model(s)" {
		t.Errorf("fresh: %q", l)
	}
	v.Err, v.FailingSince = "active_bids.json: HTTP 502", now.Add(-10*time.Minute)
	in.View = v
	if l := discovery.Judge(in).Line; !strings.Contains(l, "is 1m old: the latest fetch failed (active_bids.json: HTTP 502), so morbot keeps the last good one") {
		t.Errorf("failing: %q", l)
	}
	v.FailingSince = now.Add(-20 * time.Minute)
	in.View = v
	if l := discovery.Judge(in).Line; l != "network view unavailable since 2027-01-15 07:40 UTC: active_bids.json: HTTP 502 (the last good view is from 2027-01-15 07:59 UTC)" {
		t.Errorf("unavailable: %q", l)
	}
}

// An HTML page served as JSON (a CDN's error page with the wrong type) is named as HTML, not as bad JSON.
func TestFetchNamesHTMLWhateverItsType(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte("\n  <html><body>Service Unavailable</body></html>"))
	}))
	defer srv.Close()
	f, _ := discovery.NewFeed(srv.URL)
	if s, err := f.Fetch(context.Background(), time.Now()); err == nil || s != nil || err.Error() != "active_models.json: the feed answered an HTML page, not JSON" {
		t.Fatalf("%v %v", s, err)
	}
}

// rawFeed serves the two files as given.
func rawFeed(t *testing.T, models, bids string) *discovery.Feed {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if strings.HasSuffix(r.URL.Path, "active_models.json") {
			_, _ = w.Write([]byte(models))
			return
		}
		_, _ = w.Write([]byte(bids))
	}))
	t.Cleanup(srv.Close)
	f, err := discovery.NewFeed(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// Gaps in the feed: the same bid ID in another case by another provider does not speak for ours; the
// same bid listed twice for one provider with different verdicts is a contradiction, judged as
// nothing; a latency given as a string skips that entry alone (counted); names and verdicts arrive
// cleaned of control, zero-width and bidi characters.
func TestFetchGaps(t *testing.T) {
	lower, upper := strings.ToLower(bidID.Hex()), "0x"+strings.ToUpper(strings.TrimPrefix(bidID.Hex(), "0x"))
	models := `{"models": [{"Id": "` + modelID.Hex() + `", "Name": "lla\u200bma\n", "health": {"status": "healthy"}}]}`
	entry := func(id string, who common.Address, status string, latency string) string {
		return `{"Id": "` + id + `", "Provider": "` + who.Hex() + `", "ModelAgentId": "` + modelID.Hex() + `", "ModelName": "llama\u202e", "health": {"status": "` + status + `", "latencyMs": ` + latency + `}}`
	}
	judge := func(f *discovery.Feed) (*discovery.Snapshot, discovery.BidView) {
		t.Helper()
		s, err := f.Fetch(context.Background(), time.Unix(1_800_000_000-60, 0))
		if err != nil {
			t.Fatal(err)
		}
		j := discovery.Judge(judgeInput(discovery.View{URL: "http://127.0.0.1:1/", Snap: s}, 1))
		return s, j.Bids[bidID]
	}

	// Ours healthy at 80 ms; another provider lists the same ID in upper case, unhealthy at 9999 ms.
	s, bv := judge(rawFeed(t, models, `{"bids": [`+entry(lower, provider, "healthy", "80")+`, `+entry(upper, other, "unhealthy", "9999")+`]}`))
	if bv.State != discovery.Listed || bv.Latency() != "80 ms" {
		t.Fatalf("another provider's entry spoke for ours: %s %q %s", bv.State, bv.Detail, bv.Latency())
	}
	if len(s.Bids) != 2 || len(s.Conflicts) != 0 {
		t.Fatalf("two providers' entries: %+v", s)
	}
	if m := s.Models[modelID]; m.Name != "llama" {
		t.Fatalf("the model's name was kept raw: %q", m.Name)
	}
	if b, _ := s.Bid(bidID, provider); b.ModelName != "llama" {
		t.Fatalf("the bid's model name was kept raw: %q", b.ModelName)
	}

	// Ours listed twice, healthy and unhealthy: a contradiction, nothing judged from it.
	s, bv = judge(rawFeed(t, models, `{"bids": [`+entry(lower, provider, "healthy", "80")+`, `+entry(upper, provider, "unhealthy", "9999")+`]}`))
	if bv.State != discovery.Unknown || !strings.Contains(bv.Detail, "contradicts itself (one entry says `healthy`, another `unhealthy`)") {
		t.Fatalf("a contradiction was judged: %s %q", bv.State, bv.Detail)
	}
	if _, ok := s.Bid(bidID, provider); ok || s.Conflict(bidID, provider) == "" {
		t.Fatalf("a contradicted entry was kept: %+v", s)
	}
	// Listed twice saying the same: one entry, no contradiction.
	s, bv = judge(rawFeed(t, models, `{"bids": [`+entry(lower, provider, "healthy", "80")+`, `+entry(upper, provider, "Healthy", "80")+`]}`))
	if bv.State != discovery.Listed || len(s.Conflicts) != 0 {
		t.Fatalf("agreeing duplicates: %s %+v", bv.State, s.Conflicts)
	}

	// One latency given as a string: that entry is skipped and counted; ours stands.
	s, bv = judge(rawFeed(t, models, `{"bids": [`+entry(upper, other, "healthy", `"12"`)+`, `+entry(lower, provider, "healthy", "80")+`]}`))
	if bv.State != discovery.Listed || s.Skipped != 1 || len(s.Bids) != 1 {
		t.Fatalf("a string latency: state %s, skipped %d, bids %d", bv.State, s.Skipped, len(s.Bids))
	}
	if line := discovery.Judge(judgeInput(discovery.View{URL: "u", Snap: s}, 1)).Line; !strings.HasSuffix(line, "1 bid(s), 1 model(s); 1 malformed entry left out") {
		t.Fatalf("the view's line does not count the skipped entry: %q", line)
	}
}

// The feed follows a redirect only within its own scheme and host (or to a configured host): one to
// another port, or to the cloud metadata address, is refused and says so.
func TestFeedRedirectsStayOnItsHost(t *testing.T) {
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if strings.HasSuffix(r.URL.Path, "active_models.json") {
			_, _ = w.Write([]byte(`{"models": []}`))
			return
		}
		_, _ = w.Write([]byte(`{"bids": []}`))
	}))
	defer target.Close()
	var to string
	redirector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/moved/") {
			http.Redirect(w, r, "/"+strings.TrimPrefix(r.URL.Path, "/moved/"), http.StatusFound) // same host: followed
			return
		}
		if strings.HasSuffix(r.URL.Path, ".json") && !strings.Contains(r.URL.Path, "/base/") {
			target.Config.Handler.ServeHTTP(w, r)
			return
		}
		http.Redirect(w, r, to+"/"+r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:], http.StatusFound)
	}))
	defer redirector.Close()

	f, err := discovery.NewFeed(redirector.URL + "/moved")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Fetch(context.Background(), time.Now()); err != nil {
		t.Fatalf("a redirect within the feed's host was refused: %v", err)
	}
	for _, c := range []struct{ to, want string }{
		{target.URL, "a redirect to http://" + strings.TrimPrefix(target.URL, "http://") + " was refused: the feed may redirect only within http://" + strings.TrimPrefix(redirector.URL, "http://")},
		{"http://169.254.169.254/latest/meta-data", "a redirect to http://169.254.169.254 was refused"},
	} {
		to = c.to
		f, _ := discovery.NewFeed(redirector.URL + "/base")
		if _, err := f.Fetch(context.Background(), time.Now()); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("redirect to %s: %v; want %q", c.to, err, c.want)
		}
	}
	// A configured host may be redirected to.
	to = target.URL
	f, _ = discovery.NewFeed(redirector.URL + "/base")
	f.RedirectHosts = []string{strings.TrimPrefix(target.URL, "http://")}
	if _, err := f.Fetch(context.Background(), time.Now()); err != nil {
		t.Fatalf("a redirect to a configured host was refused: %v", err)
	}
}

// A feed named by a public host never connects to a private, loopback or link-local address, even
// through a configured redirect host: the address is checked as it is dialled.
func TestFeedRefusesPrivateAddressesUnlessConfigured(t *testing.T) {
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`{"models": [], "bids": []}`))
	}))
	defer target.Close()
	port := target.URL[strings.LastIndex(target.URL, ":")+1:]
	// The base URL names a public address (documentation range; never dialled here) and redirects are
	// allowed to 127.0.0.1; a request to 127.0.0.1 through the feed's client must still be refused.
	f, err := discovery.NewFeed("http://192.0.2.10:" + port)
	if err != nil {
		t.Fatal(err)
	}
	f.RedirectHosts = []string{"127.0.0.1"}
	req, _ := http.NewRequest(http.MethodGet, "http://127.0.0.1:"+port+"/active_models.json", nil)
	if _, err := f.Client().Do(req); err == nil || !strings.Contains(err.Error(), "the feed led to 127.0.0.1, a private, loopback or link-local address") {
		t.Fatalf("a public feed reached a loopback address: %v", err)
	}
	// A feed configured on a loopback address may use it.
	f, _ = discovery.NewFeed(target.URL)
	if _, err := f.Client().Do(req); err != nil {
		t.Fatalf("a loopback feed could not reach its own address: %v", err)
	}
}
