package alerts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/approval/approvaltest"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/executor"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/report"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/store/testdb"
	"github.com/morbotlabs/morbot/internal/wiring"
)

func mor(s string) *big.Int {
	v, err := chain.ParseMOR(s)
	if err != nil {
		panic(err)
	}
	return v
}

// posts records what the reporter posts: alerts in m, the reports channel in reports.
type posts struct {
	mu      sync.Mutex
	m       []chat.Message
	reports []chat.Message
}

func (p *posts) Post(_ context.Context, ch string, m chat.Message) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if ch == chat.ChannelAlerts {
		p.m = append(p.m, m)
	} else {
		p.reports = append(p.reports, m)
	}
	return nil
}

func (p *posts) take() []chat.Message {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := p.m
	p.m = nil
	return out
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// failingChain wraps the client to count and optionally fail eth_getLogs ranges.
type failingChain struct {
	*chain.Client
	mu      sync.Mutex
	ranges  [][2]uint64
	failAt  int // fail the n-th FilterLogs call (1-based); 0 = never
	calls   int
	failErr error
}

func (f *failingChain) FilterLogs(ctx context.Context, from, to uint64, addr common.Address, topics [][]common.Hash) ([]types.Log, error) {
	f.mu.Lock()
	f.calls++
	if f.failAt > 0 && f.calls == f.failAt {
		f.mu.Unlock()
		return nil, f.failErr
	}
	f.ranges = append(f.ranges, [2]uint64{from, to})
	f.mu.Unlock()
	return f.Client.FilterLogs(ctx, from, to, addr, topics)
}

type env struct {
	t      *testing.T
	sim    *chaintest.Sim
	cl     *chain.Client
	db     *store.DB
	dbPath string
	eng    approvaltest.Core
	h      *commands.Handler
	d      *wiring.Core
	r      *Alerter
	rep    *report.Reporter
	posts  *posts
	clock  *clock
	fc     *failingChain
	gate   *gate
	events *approvaltest.Events
	signer chaintest.KeySigner
	opts   Options
	mutate func(*Options)
	policy func(*approval.Policy) // adjusts the policy before the engine is built (nil: none)
	proxy  *wiring.Proxy          // the proxy-router integration (nil: none)
	disc   *position.Discovery    // the network's view (nil: off)
}

func newEnv(t *testing.T, mutate func(*Options)) *env {
	t.Helper()
	return newEnvWith(t, mutate, nil)
}

func newEnvWith(t *testing.T, mutate func(*Options), policy func(*approval.Policy)) *env {
	t.Helper()
	return newEnvWithOptions(t, mutate, policy, nil)
}

func newEnvWithOptions(t *testing.T, mutate func(*Options), policy func(*approval.Policy), proxy *wiring.Proxy) *env {
	t.Helper()
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 2}) // the provider, and a consumer
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	g := &gate{inner: sim.RPC()}
	e := &env{t: t, sim: sim, gate: g, cl: chain.NewClient(g, sim.Network(), chain.Options{PollInterval: 5 * time.Millisecond}), posts: &posts{}, clock: &clock{t: time.Unix(1_900_000_000, 0)},
		signer: chaintest.KeySigner{Key: sim.Accounts[0].Key}, dbPath: filepath.Join(t.TempDir(), "m.db"), events: &approvaltest.Events{}}
	e.fc = &failingChain{Client: e.cl}
	e.mutate, e.policy, e.proxy = mutate, policy, proxy
	e.open(mutate)
	t.Cleanup(e.close)
	return e
}

func (e *env) open(mutate func(*Options)) {
	e.t.Helper()
	db, err := testdb.Open(e.t, e.dbPath)
	if err != nil {
		e.t.Fatal(err)
	}
	e.db = db
	members := approval.Members{Users: map[string]bool{"alice": true, "bob": true}}
	policy := approval.Policy{Quorum: 1, Approvers: map[string]approval.Members{"console": members}, AnyRejectEnds: true, Expiry: time.Hour}
	if e.policy != nil {
		e.policy(&policy)
	}
	var runner executor.Runner
	if e.proxy != nil {
		runner = &proxyrouter.Runner{ModelsConfig: e.proxy.ModelsConfig, Client: e.proxy.Client}
	}
	e.d = wiring.New(wiring.Options{Chain: e.cl, Store: db, Signer: e.signer, Notifier: e.events, Policy: policy, Provider: e.signer.Address(), Proxy: e.proxy,
		Discovery: e.disc, Exec: executor.Options{PollInterval: 5 * time.Millisecond, Runner: runner}})
	e.eng = approvaltest.CoreOf(e.d)
	e.opts = Options{Domain: e.d, Chain: e.fc, Store: db, Poster: e.posts, Now: e.clock.Now,
		RepeatInterval: time.Hour, MinETH: big.NewInt(1), ChunkSize: 2000}
	if mutate != nil {
		mutate(&e.opts)
	}
	e.rep = report.New(report.Options{Domain: e.d, Chain: e.cl, Store: db, Poster: e.posts, Now: e.clock.Now, MinClaim: e.opts.MinClaim})
	e.opts.OnPosition = e.rep.RecordEarnings
	e.r = New(e.opts)
	e.h = commands.New(commands.Options{Domain: e.d, Report: e.rep, Alerts: e.r})
}

func (e *env) close() {
	if e.eng.Engine != nil {
		e.eng.Close()
		_ = e.db.Close()
		e.eng = approvaltest.Core{}
	}
}

// restart closes the store and opens everything again, as a new process would.
func (e *env) restart() {
	e.close()
	e.open(e.mutate)
}

// do runs a /mor command as alice and, when it proposes, approves it as bob and waits for the result.
func (e *env) do(cmd string) {
	e.t.Helper()
	resp := e.h.Handle(context.Background(), commands.Request{User: approval.User{Platform: "console", ID: "alice", Name: "alice"}, Text: cmd})
	if resp.ProposalID == 0 {
		e.t.Fatalf("%s did not propose: %s %s", cmd, resp.Message.Title, resp.Message.Text)
	}
	e.approve(resp.ProposalID)
}

func (e *env) approve(id int64) {
	e.t.Helper()
	if m := e.h.ClickByID(context.Background(), approval.User{Platform: "console", ID: "bob", Name: "bob"}, fmt.Sprintf("P-%d", id), chat.ActionApprove); m.Message.Severity == chat.Error {
		e.t.Fatal(m.Message.Text)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_ = e.eng.Idle(ctx)
	p, _ := e.eng.Get(context.Background(), id)
	if p.Status != approval.Confirmed {
		e.t.Fatalf("P-%d %s: %s", id, p.Status, p.Reason)
	}
}

// fix clicks an alert's fix button as alice and returns the proposal it made (a fix must lead to one).
func (e *env) fix(alertID string) int64 {
	e.t.Helper()
	r := e.h.Click(context.Background(), approval.User{Platform: "console", ID: "alice", Name: "alice"}, alertID, chat.ActionFix)
	if r.ProposalID == 0 {
		e.t.Fatalf("the fix of %s proposed nothing: %s", alertID, text(r.Message))
	}
	return r.ProposalID
}

func (e *env) check() []chat.Message {
	e.t.Helper()
	if err := e.r.Check(context.Background()); err != nil {
		e.t.Fatalf("check: %v", err)
	}
	return e.posts.take()
}

func text(m chat.Message) string {
	var b strings.Builder
	b.WriteString(m.Title + "\n" + m.Text + "\n")
	for _, f := range m.Fields {
		b.WriteString(f.Name + ": " + f.Value + "\n")
	}
	for _, btn := range m.Buttons {
		b.WriteString("[" + string(btn.Action) + " " + btn.Ref + "]\n")
	}
	return b.String()
}

func onboarded(t *testing.T) *env {
	e := newEnv(t, nil)
	e.do("/mor onboard 127.0.0.1:3333 m1 0.00001 --provider-stake 0.2")
	if got := e.check(); len(got) != 0 {
		t.Fatalf("first check on a healthy position posted %d messages: %v", len(got), got)
	}
	return e
}

func TestProviderMinimumRaised(t *testing.T) {
	e := onboarded(t)
	ctx := context.Background()
	if err := e.sim.SetProviderMinStake(ctx, mor("0.5")); err != nil {
		t.Fatal(err)
	}
	got := e.check()
	if len(got) != 1 {
		t.Fatalf("%d messages, want exactly one: %v", len(got), got)
	}
	s := text(got[0])
	for _, want := range []string{"provider minimum stake: 0.1 MOR → 0.5 MOR", "Your stake 0.2 MOR is now below the minimum 0.5 MOR", "[fix provider-stake-below-min]"} {
		if !strings.Contains(s, want) {
			t.Errorf("alert lacks %q:\n%s", want, s)
		}
	}
	if again := e.check(); len(again) != 0 {
		t.Fatalf("a second check posted %v", again)
	}
	e.restart()
	if again := e.check(); len(again) != 0 {
		t.Fatalf("a check after restart posted %v", again)
	}
	// The fix button proposes the top-up; once confirmed, one resolved message.
	resp := e.h.Click(ctx, approval.User{Platform: "console", ID: "alice", Name: "alice"}, "provider-stake-below-min", chat.ActionFix)
	if resp.ProposalID == 0 {
		t.Fatalf("fix did not propose: %+v", resp.Message)
	}
	e.approve(resp.ProposalID)
	res := e.check()
	if len(res) != 1 || !strings.Contains(res[0].Title, "RESOLVED") || !strings.Contains(res[0].Title, "Provider stake below the minimum") {
		t.Fatalf("resolution: %v", res)
	}
	if again := e.check(); len(again) != 0 {
		t.Fatalf("resolved twice: %v", again)
	}
}

func TestEachAlertKindFiresAndResolves(t *testing.T) {
	e := onboarded(t)
	ctx := context.Background()
	p := e.signer.Address()
	fires := func(id string) chat.Message {
		t.Helper()
		for _, m := range e.check() {
			if strings.Contains(m.Footer, "alert "+id) {
				return m
			}
		}
		t.Fatalf("%s did not fire", id)
		return chat.Message{}
	}
	resolves := func(id string) {
		t.Helper()
		for _, m := range e.check() {
			if strings.Contains(m.Footer, "alert "+id) && strings.HasPrefix(m.Title, "RESOLVED") {
				return
			}
		}
		t.Fatalf("%s did not resolve", id)
	}
	snap, _ := e.cl.Snapshot(ctx, p)
	model := snap.ActiveBids[0].ModelID
	modelShort := strings.ToLower(model.Hex())[:12]

	// Bid price outside the range: the owner raises the minimum price above our bid.
	if err := e.sim.SetPriceBounds(ctx, big.NewInt(2e13), big.NewInt(1e16)); err != nil {
		t.Fatal(err)
	}
	// The change notice names the minimum that moved (not the maximum, which stayed), old and new, and
	// the condition names the range in order, minimum first.
	var notice, condition string
	for _, m := range e.check() {
		switch {
		case m.Title == "A marketplace minimum changed":
			notice = m.Text
		case strings.Contains(m.Footer, "alert bid-price-out-of-range-"+modelShort):
			condition = m.Text
		}
	}
	if !strings.HasPrefix(notice, "minimum price per second: 0.00001 MOR/s (0.036 MOR/h, 10000000000000 wei/s) → 0.00002 MOR/s (0.072 MOR/h, 20000000000000 wei/s). 1 of your active bids are outside the new range") ||
		strings.Contains(notice, "maximum price") {
		t.Fatalf("price-range notice: %q", notice)
	}
	if !strings.Contains(condition, "prices 0.00001 MOR/s (0.036 MOR/h, 10000000000000 wei/s), outside 0.00002 MOR/s (0.072 MOR/h, 20000000000000 wei/s) … 0.01 MOR/s (36 MOR/h, 10000000000000000 wei/s)") {
		t.Fatalf("price-range condition: %q", condition)
	}
	resp := e.h.Click(ctx, approval.User{Platform: "console", ID: "alice", Name: "alice"}, "bid-price-out-of-range-"+modelShort, chat.ActionFix)
	if resp.ProposalID == 0 {
		t.Fatalf("fix for the bid price did not propose: %s", resp.Message.Text)
	}
	e.approve(resp.ProposalID)
	resolves("bid-price-out-of-range-" + modelShort)

	// An active bid disappears without morbot (deleted straight on-chain).
	ids, _, _ := e.cl.ProviderActiveBids(ctx, p, 0, 10)
	if _, err := e.cl.Send(ctx, e.signer, e.cl.DeleteModelBidTx(ids[0])); err != nil {
		t.Fatal(err)
	}
	m := fires("bid-missing-" + modelShort)
	if !strings.Contains(text(m), "no morbot proposal deleted it") {
		t.Fatalf("bid missing: %s", text(m))
	}
	e.approve(e.fix("bid-missing-" + modelShort)) // its fix re-posts the bid at its last price
	resolves("bid-missing-" + modelShort)
	// Deleting through morbot is deliberate: no alert.
	ids, _, _ = e.cl.ProviderActiveBids(ctx, p, 0, 10)
	e.do("/mor bid delete " + ids[0].Hex())
	for _, m := range e.check() {
		if strings.Contains(m.Footer, "bid-missing") && !strings.HasPrefix(m.Title, "RESOLVED") {
			t.Fatalf("a deliberate delete raised %s", m.Title)
		}
	}
	e.do(fmt.Sprintf("/mor bid create %s 0.00002", model.Hex()))
	e.check()

	// ETH below the threshold.
	e.r.o.MinETH = mor("1000")
	fires("eth-low")
	e.r.o.MinETH = big.NewInt(1)
	resolves("eth-low")

	// Allowance below what an open proposal needs: propose while the allowance covers it, then revoke it.
	e.do("/mor approve 1")
	resp = e.h.Handle(ctx, commands.Request{User: approval.User{Platform: "console", ID: "alice", Name: "alice"}, Text: "/mor provider update --add-stake 0.3"})
	if resp.ProposalID == 0 {
		t.Fatal(resp.Message.Text)
	}
	if _, err := e.cl.Send(ctx, e.signer, e.cl.ApproveTx(big.NewInt(0))); err != nil {
		t.Fatal(err)
	}
	fires("allowance-short")
	e.approve(e.fix("allowance-short"))
	resolves("allowance-short")

	// Earnings at 80% of the cap.
	if err := e.sim.SetEarned(ctx, p, mor("0.45")); err != nil { // stake is 0.5 after the top-up
		t.Fatal(err)
	}
	fires("earnings-near-cap")
	if err := e.sim.SetEarned(ctx, p, big.NewInt(0)); err != nil {
		t.Fatal(err)
	}
	resolves("earnings-near-cap")

	// The Diamond upgraded: one notice, once.
	if err := e.sim.DiamondCut(ctx, common.HexToAddress("0x1234"), [][4]byte{{1, 2, 3, 4}}); err != nil {
		t.Fatal(err)
	}
	got := e.check()
	if len(got) != 1 || !strings.Contains(got[0].Title, "Diamond was upgraded") {
		t.Fatalf("diamond cut: %v", got)
	}
	if again := e.check(); len(again) != 0 {
		t.Fatalf("diamond cut announced twice: %v", again)
	}
}

func TestRepeatIntervalAndSilence(t *testing.T) {
	e := onboarded(t)
	ctx := context.Background()
	e.r.o.MinETH = mor("1000")
	if got := e.check(); len(got) != 1 {
		t.Fatalf("first: %v", got)
	}
	e.clock.Add(30 * time.Minute)
	if got := e.check(); len(got) != 0 {
		t.Fatalf("re-posted before the repeat interval: %v", got)
	}
	e.clock.Add(31 * time.Minute)
	got := e.check()
	if len(got) != 1 || !strings.Contains(got[0].Title, "still firing") {
		t.Fatalf("after the repeat interval: %v", got)
	}
	if _, err := e.r.Silence(ctx, approval.User{Platform: "console", ID: "bob", Name: "bob"}, "eth-low", 3*time.Hour); err != nil {
		t.Fatal(err)
	}
	e.clock.Add(2 * time.Hour)
	if got := e.check(); len(got) != 0 {
		t.Fatalf("silenced alert posted: %v", got)
	}
	list, _ := e.r.List(ctx)
	e.posts.take()
	if !strings.Contains(list.Text, "FIRING eth-low") || !strings.Contains(list.Text, "silenced until") {
		t.Fatalf("alerts list: %s", list.Text)
	}
	e.clock.Add(2 * time.Hour) // the silence expired
	if got := e.check(); len(got) != 1 {
		t.Fatalf("after the silence expired: %v", got)
	}
	audit, _ := e.eng.Audit(ctx, 5)
	if audit[0].Action != "silenced" || audit[0].User.ID != "bob" {
		t.Fatalf("silence not audited: %+v", audit[0])
	}
	if _, err := e.r.Silence(ctx, approval.User{}, "no-such-alert", time.Hour); err == nil {
		t.Fatal("silencing an unknown alert succeeded")
	}
}

// Silences are matchers, as Alertmanager has them: a rule silenced before it fires is never posted
// while the silence lasts; a prefix ending in * covers every model's alert of a rule; a matcher that
// can match nothing is refused; /mor alerts silences lists them with their expiry and who set them.
func TestSilencesAreMatchersSetBeforeAnAlertFires(t *testing.T) {
	e := onboarded(t)
	ctx := context.Background()
	bob := approval.User{Platform: "console", ID: "bob", Name: "bob"}
	if got := e.check(); len(got) != 0 {
		t.Fatalf("a quiet provider: %v", got)
	}
	m, err := e.r.Silence(ctx, bob, "eth-low", 4*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Text, "alerts matching eth-low are silenced until ") || !strings.Contains(m.Text, "none fires now, and none that starts meanwhile is posted") {
		t.Fatalf("silence before firing: %s", m.Text)
	}
	if _, err := e.r.Silence(ctx, bob, "bid-missing-*", time.Hour); err != nil {
		t.Fatal(err)
	}
	e.r.o.MinETH = mor("1000") // eth-low fires now: silenced, nothing posted
	if got := e.check(); len(got) != 0 {
		t.Fatalf("an alert silenced before it fired was posted: %v", got)
	}
	list, _ := e.r.List(ctx)
	e.posts.take()
	if !strings.Contains(list.Text, "FIRING eth-low") || !strings.Contains(list.Text, "silenced until") {
		t.Fatalf("alerts list: %s", list.Text)
	}
	sl, err := e.r.Silences(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(sl.Text, "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "bid-missing-* until ") || !strings.HasSuffix(lines[0], "(1h0m0s left), set by bob") ||
		!strings.HasPrefix(lines[1], "eth-low until ") || !strings.HasSuffix(lines[1], "(4h0m0s left), set by bob") {
		t.Fatalf("silences:\n%s", sl.Text)
	}
	for _, bad := range []string{"no-such-alert", "*", "zzz*", "bid-missing-"} {
		if _, err := e.r.Silence(ctx, bob, bad, time.Hour); err == nil || !strings.Contains(err.Error(), "no alert is or can be") {
			t.Fatalf("silence %q: %v", bad, err)
		}
	}
	e.clock.Add(5 * time.Hour) // both expired: eth-low is posted, and the list is empty
	if got := e.check(); len(got) != 1 || !strings.Contains(text(got[0]), "eth-low") {
		t.Fatalf("after the silence expired: %v", got)
	}
	if sl, _ := e.r.Silences(ctx); !strings.HasPrefix(sl.Text, "no silence is in force") {
		t.Fatalf("expired silences listed: %s", sl.Text)
	}
	// Matching, one by one.
	for _, c := range []struct {
		matcher, id string
		want        bool
	}{{"eth-low", "eth-low", true}, {"eth-low", "eth-low-2", false}, {"bid-missing-*", "bid-missing-0x1234abcd", true},
		{"bid-missing-0x1234abcd", "bid-missing-0x1234abcd", true}, {"bid-missing-0x1234abcd", "bid-missing-0x99", false}, {"backend-*", "backend-down-0x12", true}} {
		if got := silenceMatches(c.matcher, c.id); got != c.want {
			t.Errorf("silenceMatches(%q, %q) = %v", c.matcher, c.id, got)
		}
	}
}

func TestScanIsChunkedAndResumes(t *testing.T) {
	blocks, chunk := uint64(10_000), uint64(1000)
	if chaintest.Race {
		blocks, chunk = 2_000, 200
	}
	e := newEnv(t, func(o *Options) { o.ChunkSize = chunk })
	e.check() // the first check starts watching at the head
	start, _ := e.cl.BlockNumber(context.Background())
	if err := e.sim.SetBidFee(context.Background(), mor("0.2")); err != nil {
		t.Fatal(err)
	}
	for i := uint64(0); i < blocks; i++ {
		e.sim.Commit()
	}
	head, _ := e.cl.BlockNumber(context.Background())
	e.fc.failAt, e.fc.failErr = 4, errors.New("injected RPC failure")
	if err := e.r.Check(context.Background()); err == nil {
		t.Fatal("the injected failure was not reported")
	}
	e.fc.failAt = 0
	cp, _, _ := e.r.checkpoint(context.Background())
	if cp != start+3*chunk {
		t.Fatalf("checkpoint after 3 chunks = %d, want %d", cp, start+3*chunk)
	}
	e.restart()
	if got := e.check(); len(got) != 1 || !strings.Contains(text(got[0]), "bid fee: 0.1 MOR → 0.2 MOR") {
		t.Fatalf("the fee change was lost or repeated: %v", got)
	}
	// Every block from start+1 to head was scanned exactly once, in chunks of at most 1000.
	next := start + 1
	for _, r := range e.fc.ranges {
		if r[0] != next || r[1]-r[0]+1 > chunk {
			t.Fatalf("ranges not contiguous chunks: %v", e.fc.ranges)
		}
		next = r[1] + 1
	}
	if next != head+1 {
		t.Fatalf("scanned up to %d, head %d", next-1, head)
	}
	if want := int((blocks + 1 + chunk - 1) / chunk); len(e.fc.ranges) != want {
		t.Fatalf("%d ranges for %d blocks in chunks of %d, want %d", len(e.fc.ranges), blocks+1, chunk, want)
	}
	t.Logf("scanned %d blocks in %d chunks of at most %d, resumed after a failure and a restart", blocks+1, len(e.fc.ranges), chunk)
}

// rpcCounter counts JSON-RPC round trips under the chain client.
func TestReportRoundTripsWith100Bids(t *testing.T) {
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	db, err := testdb.Open(t, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	signer := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	setup := sim.Client(chain.Options{PollInterval: 2 * time.Millisecond})
	p := signer.Address()
	if _, err := setup.Send(ctx, signer, setup.ApproveTx(mor("100"))); err != nil {
		t.Fatal(err)
	}
	if _, err := setup.Send(ctx, signer, setup.ProviderRegisterTx(p, mor("0.1"), "h:1")); err != nil {
		t.Fatal(err)
	}
	for i := range 100 {
		base := common.BigToHash(big.NewInt(int64(i + 1)))
		if _, err := setup.Send(ctx, signer, setup.ModelRegisterTx(p, base, common.Hash{}, big.NewInt(0), mor("0.1"), fmt.Sprintf("m%03d", i), []string{"LLM"})); err != nil {
			t.Fatal(err)
		}
		id := chain.ModelID(p, base)
		if _, err := db.ExecContext(ctx, `INSERT INTO team_models (model_id, name, base_id, owner, created_at) VALUES (?,?,?,?,0)`,
			strings.ToLower(id.Hex()), fmt.Sprintf("m%03d", i), base.Hex(), p.Hex()); err != nil {
			t.Fatal(err)
		}
		if _, err := setup.Send(ctx, signer, setup.PostModelBidTx(p, id, big.NewInt(1e13))); err != nil {
			t.Fatal(err)
		}
	}
	counter := &chaintest.Counter{Inner: sim.RPC()}
	cl := chain.NewClient(counter, sim.Network(), chain.Options{})
	engCore := wiring.New(wiring.Options{Store: db, Chain: cl, Signer: signer, Policy: approval.Policy{Quorum: 1}, Provider: p})
	eng := approvaltest.CoreOf(engCore)
	defer eng.Close()
	d := engCore
	var reports atomic.Int64
	r := report.New(report.Options{Domain: d, Chain: cl, Store: db, Poster: posterFunc(func(ch string, m chat.Message) {
		if ch == chat.ChannelReports && strings.Contains(text(m), "active bids (100)") {
			reports.Add(1)
		}
	})})
	counter.Reset()
	if _, err := r.ReportNow(ctx, false); err != nil {
		t.Fatal(err)
	}
	if reports.Load() != 1 {
		t.Fatal("the report with 100 bids was not posted")
	}
	if n := counter.Count(); n > 2 {
		t.Fatalf("the report used %d RPC round trips, want at most 2 with Multicall3", n)
	}
	t.Logf("status report with 100 bids: %d RPC round trips", counter.Count())
}

type posterFunc func(ch string, m chat.Message)

func (f posterFunc) Post(_ context.Context, ch string, m chat.Message) error {
	f(ch, m)
	return nil
}

// gate is the node's JSON-RPC with a switch that makes every broadcast fail before it reaches the node.
type gate struct {
	inner chain.RPC
	drop  atomic.Bool
}

func (g *gate) CallContext(ctx context.Context, result any, method string, args ...any) error {
	if method == "eth_sendRawTransaction" && g.drop.Load() {
		return errors.New("connection reset by peer (test)")
	}
	return g.inner.CallContext(ctx, result, method, args...)
}

func (g *gate) BatchCallContext(ctx context.Context, b []rpc.BatchElem) error {
	return g.inner.BatchCallContext(ctx, b)
}

// waitEvent waits for the engine to publish an event of a kind for a proposal.
func (e *env) waitEvent(id int64, kind approval.EventKind) approval.Event {
	e.t.Helper()
	return e.events.Wait(e.t, id, kind)
}

func (e *env) nonce() uint64 {
	e.t.Helper()
	n, err := e.cl.Nonce(context.Background(), e.signer.Address())
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func findAlert(ms []chat.Message, id string) *chat.Message {
	for i := range ms {
		if strings.Contains(ms[i].Footer, "alert "+id) {
			return &ms[i]
		}
	}
	return nil
}

// A broadcast that never reached the node: the alert says the node has nothing at that nonce, and
// once the node is reachable the engine re-sends the recorded bytes on its own; the alert resolves.
func TestStuckTransactionAlert(t *testing.T) {
	e := onboarded(t)
	ctx := context.Background()
	e.r.o.StuckTxBlocks = 5
	before := e.nonce()
	e.gate.drop.Store(true)
	resp := e.h.Handle(ctx, commands.Request{User: approval.User{Platform: "console", ID: "alice", Name: "alice"}, Text: "/mor approve 2"})
	if resp.ProposalID == 0 {
		t.Fatal(resp.Message.Text)
	}
	e.h.ClickByID(ctx, approval.User{Platform: "console", ID: "bob", Name: "bob"}, fmt.Sprintf("P-%d", resp.ProposalID), chat.ActionApprove)
	e.waitEvent(resp.ProposalID, approval.EvUnknown)
	for i := 0; i < 6; i++ {
		e.sim.Commit()
	}
	id := fmt.Sprintf("tx-stuck-p%d-s1", resp.ProposalID)
	m := findAlert(e.check(), id)
	if m == nil || !strings.Contains(m.Text, "has no receipt 6 blocks later") || !strings.Contains(m.Text, fmt.Sprintf("The node has nothing pending at nonce %d", before)) ||
		!strings.Contains(text(*m), fmt.Sprintf("/mor tx speedup P-%d", resp.ProposalID)) {
		t.Fatalf("%s: %+v", id, m)
	}
	// The node is reachable again: the running engine re-sends the same bytes; no restart.
	e.gate.drop.Store(false)
	e.waitEvent(resp.ProposalID, approval.EvConfirmed)
	if n := e.nonce() - before; n != 1 {
		t.Fatalf("%d transactions for a 1-step plan", n)
	}
	if m := findAlert(e.check(), id); m == nil || !strings.HasPrefix(m.Title, "RESOLVED") {
		t.Fatalf("%s did not resolve: %+v", id, m)
	}
}

// Another sender's transaction at a lower nonce was dropped: morbot's transaction waits behind the
// gap. The alert names the gap (not the fees), its fix proposes the filler, and once the filler is
// approved and mined the stuck step is mined too.
func TestNonceGapAlertAndFill(t *testing.T) {
	e := onboarded(t)
	ctx := context.Background()
	e.r.o.StuckTxBlocks = 5
	alice := approval.User{Platform: "console", ID: "alice", Name: "alice"}
	bob := approval.User{Platform: "console", ID: "bob", Name: "bob"}
	gapNonce := e.nonce()
	e.sim.SetAutoMine(false)
	// Another sender of the same wallet signs nonce gapNonce; it is pending.
	self := e.signer.Address()
	other := types.NewTx(&types.DynamicFeeTx{ChainID: e.cl.ChainID(), Nonce: gapNonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e10), Gas: 21000, To: &self, Value: big.NewInt(0)})
	signed, _ := e.signer.SignTx(ctx, other, e.cl.ChainID())
	if err := e.cl.Broadcast(ctx, signed); err != nil {
		t.Fatal(err)
	}
	resp := e.h.Handle(ctx, commands.Request{User: alice, Text: "/mor approve 2"})
	if resp.ProposalID == 0 {
		t.Fatal(resp.Message.Text)
	}
	stuck := resp.ProposalID
	e.h.ClickByID(ctx, bob, fmt.Sprintf("P-%d", stuck), chat.ActionApprove)
	e.waitEvent(stuck, approval.EvStepSent)
	if p, _ := e.eng.Get(ctx, stuck); *p.Steps[0].Nonce != gapNonce+1 {
		t.Fatalf("morbot signed nonce %d, want %d", *p.Steps[0].Nonce, gapNonce+1)
	}
	e.sim.Backend.Rollback() // the node drops both; morbot's is re-sent and waits behind the gap
	for i := 0; i < 6; i++ {
		e.sim.Commit()
	}
	id := fmt.Sprintf("tx-stuck-p%d-s1", stuck)
	m := findAlert(e.check(), id)
	want := fmt.Sprintf("blocked behind nonce %d, which nothing is pending for", gapNonce)
	if m == nil || !strings.Contains(m.Title, "blocked behind a nonce gap") || !strings.Contains(m.Text, want) || strings.Contains(m.Text, "fees are likely too low") {
		t.Fatalf("%s: %+v", id, m)
	}
	if !strings.Contains(text(*m), fmt.Sprintf("/mor tx fill %d", gapNonce)) {
		t.Fatalf("the fix is not the filler: %s", text(*m))
	}
	if n := e.nonce(); n != gapNonce {
		t.Fatalf("something was mined behind the gap: nonce %d", n)
	}
	// Fillers anywhere else are refused with the reason, and nothing is proposed.
	for cmd, want := range map[string]string{
		fmt.Sprintf("/mor tx fill %d", gapNonce-1): fmt.Sprintf("nonce %d is already used on-chain (the signer's next nonce is %d)", gapNonce-1, gapNonce),
		fmt.Sprintf("/mor tx fill %d", gapNonce+3): fmt.Sprintf("nonce %d is beyond the first free nonce %d; fill %d first (/mor tx fill %d)", gapNonce+3, gapNonce, gapNonce, gapNonce),
		"/mor tx fill x": `nonce: "x" is not a whole number`,
	} {
		if r := e.h.Handle(ctx, commands.Request{User: alice, Text: cmd}); r.ProposalID != 0 || !strings.Contains(text(r.Message), want) {
			t.Fatalf("%s: %s", cmd, text(r.Message))
		}
	}
	// Propose the fix from the alert's button, approve it.
	fix := e.h.ClickByID(ctx, alice, id, chat.ActionFix)
	if fix.ProposalID == 0 || !strings.Contains(text(fix.Message), fmt.Sprintf("to itself at nonce %d", gapNonce)) ||
		!strings.Contains(text(fix.Message), fmt.Sprintf("P-%d step 1 (nonce %d)", stuck, gapNonce+1)) {
		t.Fatalf("fix: %+v", fix)
	}
	e.sim.SetAutoMine(true)
	e.h.ClickByID(ctx, bob, fmt.Sprintf("P-%d", fix.ProposalID), chat.ActionApprove)
	e.waitEvent(fix.ProposalID, approval.EvConfirmed)
	e.sim.Commit() // the queued transaction is now next in line
	e.waitEvent(stuck, approval.EvConfirmed)
	if n := e.nonce() - gapNonce; n != 2 {
		t.Fatalf("%d transactions after the gap, want 2 (the filler and morbot's step)", n)
	}
	if m := findAlert(e.check(), id); m == nil || !strings.HasPrefix(m.Title, "RESOLVED") {
		t.Fatalf("%s did not resolve: %+v", id, m)
	}
	next := e.nonce()
	if r := e.h.Handle(ctx, commands.Request{User: alice, Text: fmt.Sprintf("/mor tx fill %d", next)}); r.ProposalID != 0 || !strings.Contains(text(r.Message), fmt.Sprintf("no morbot transaction waits behind nonce %d", next)) {
		t.Fatalf("filler with nothing behind it: %s", text(r.Message))
	}
	// Beyond the first free nonce with nothing waiting: no advice to fill, since filling would unblock nothing.
	want = fmt.Sprintf("nonce %d is beyond the first free nonce %d, and no morbot transaction waits behind either; nothing to unblock", next+2, next)
	if r := e.h.Handle(ctx, commands.Request{User: alice, Text: fmt.Sprintf("/mor tx fill %d", next+2)}); r.ProposalID != 0 || !strings.Contains(text(r.Message), want) {
		t.Fatalf("filler beyond the gap with nothing behind it: %s", text(r.Message))
	}
}

func TestDiagnose(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		nonce, latest, pending uint64
		gap                    bool
		gapNonce               uint64
		why                    string
	}{
		{nonce: 7, latest: 5, pending: 5, gap: true, gapNonce: 5, why: "blocked behind nonce 5, which nothing is pending for"},
		{nonce: 7, latest: 5, pending: 6, gap: true, gapNonce: 6, why: "blocked behind nonce 6"},
		{nonce: 7, latest: 7, pending: 8, why: "fees are likely too low"},
		{nonce: 7, latest: 5, pending: 9, why: "fees are likely too low"},
		{nonce: 7, latest: 7, pending: 7, why: "The node has nothing pending at nonce 7"},
		{nonce: 0, latest: 0, pending: 0, why: "The node has nothing pending at nonce 0"},
	} {
		d := Diagnose(c.nonce, c.latest, c.pending)
		if d.Gap != c.gap || d.GapNonce != c.gapNonce || !strings.Contains(d.Why, c.why) {
			t.Errorf("Diagnose(%d, %d, %d) = %+v", c.nonce, c.latest, c.pending, d)
		}
	}
}

// The model minimum rises above the team's model stake: the change is announced, the condition alert
// names the model (with its ID) and resolves once the minimum is back within the stake.
func TestModelStakeBelowMinimum(t *testing.T) {
	e := onboarded(t)
	ctx := context.Background()
	snap, err := e.cl.Snapshot(ctx, e.signer.Address())
	if err != nil || len(snap.ActiveBids) != 1 {
		t.Fatalf("snapshot: %v", err)
	}
	model := snap.ActiveBids[0].ModelID
	id := "model-stake-below-min-" + strings.ToLower(model.Hex())[:12]
	if err := e.sim.SetModelMinStake(ctx, mor("0.3")); err != nil {
		t.Fatal(err)
	}
	var notice, alert string
	for _, m := range e.check() {
		switch {
		case m.Title == "A marketplace minimum changed":
			notice = m.Text
		case strings.Contains(m.Footer, "alert "+id):
			alert = m.Title + "\n" + m.Text
		}
	}
	if !strings.HasPrefix(notice, "model minimum stake: 0.1 MOR → 0.3 MOR. 1 of your models are now below it") {
		t.Fatalf("notice: %q", notice)
	}
	if !strings.Contains(alert, `Model "m1" (`+strings.ToLower(model.Hex())+`) stake below the minimum`) || !strings.Contains(alert, "has 0.1 MOR staked, below the minimum 0.3 MOR") {
		t.Fatalf("%s: %q", id, alert)
	}
	if err := e.sim.SetModelMinStake(ctx, mor("0.1")); err != nil {
		t.Fatal(err)
	}
	resolved := false
	for _, m := range e.check() {
		if strings.Contains(m.Footer, "alert "+id) && strings.HasPrefix(m.Title, "RESOLVED") {
			resolved = true
		}
	}
	if !resolved {
		t.Fatalf("%s did not resolve", id)
	}
}
