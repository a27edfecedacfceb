package probe_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/cnode"
	"github.com/morbotlabs/morbot/internal/cnode/cnodetest"
	"github.com/morbotlabs/morbot/internal/probe"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/store/testdb"
	"github.com/morbotlabs/morbot/internal/view"
)

func mor(s string) *big.Int {
	v, err := chain.ParseMOR(s)
	if err != nil {
		panic(err)
	}
	return v
}

type world struct {
	sim    *chaintest.Sim
	cl     *chain.Client
	db     *store.DB
	node   *cnodetest.Node
	client *cnode.Client
	bid    chain.Bid
	us     common.Address
	price  *big.Int
}

// newWorld: our provider (account 0) with one model and a bid at 1e13 wei/s, a consumer node whose
// wallet (account 1) holds 100 MOR and 100 ETH, the funding account approved, and a store.
func newWorld(t testing.TB) *world {
	t.Helper()
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	cl := sim.Client(chain.Options{})
	us := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	price := big.NewInt(1e13)
	bid, err := chaintest.NewProvider(ctx, cl, us, "test-model", price, "127.0.0.1:3333")
	if err != nil {
		t.Fatal(err)
	}
	if err := sim.Owner.FundPayouts(ctx, mor("1000")); err != nil { // pays the provider for non-direct sessions
		t.Fatal(err)
	}
	db, err := testdb.Open(t, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	node := &cnodetest.Node{User: "admin", Password: "s3cret-pass", Owner: sim.Owner, Chain: cl, Consumer: sim.Accounts[1].Key,
		Provider: chaintest.KeyMessageSigner(us.Key), Answer: func(string) ([]string, error) { return []string{"o", "k"}, nil }}
	client, _ := cnodetest.Serve(t, node)
	return &world{sim: sim, cl: cl, db: db, node: node, client: client, bid: bid, us: us.Address(), price: price}
}

func (w *world) prober(mod func(*probe.Options)) *probe.Prober {
	o := probe.Options{Node: w.client, Chain: w.cl, Store: w.db, Provider: w.us, StepTimeout: 30 * time.Second}
	if mod != nil {
		mod(&o)
	}
	return probe.New(o)
}

func (w *world) target() []probe.Target { return []probe.Target{{Bid: w.bid, Name: "test-model"}} }

func (w *world) sessions(t *testing.T) uint64 {
	t.Helper()
	n, err := w.cl.TotalSessions(context.Background(), w.us)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestProbeOpensAsksAndClosesOnChain(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	before := w.sessions(t)
	mor0, _ := w.cl.MORBalance(ctx, w.us)
	round, err := w.prober(nil).Run(ctx, w.target(), false)
	if err != nil {
		t.Fatal(err)
	}
	rs := round.Results
	if len(rs) != 1 || !rs[0].OK() {
		t.Fatalf("probe: %+v", rs)
	}
	r := rs[0].Run
	if got := w.sessions(t); got != before+1 {
		t.Fatalf("sessions on our provider: %d, want %d", got, before+1)
	}
	s, err := w.cl.Session(ctx, common.HexToHash(r.Session))
	if err != nil || !s.Closed() || s.BidID != w.bid.ID || s.User != w.node.Address() {
		t.Fatalf("session after the probe: %+v %v", s, err)
	}
	// The contract's minimum (5 min) at 1e13 wei/s: a 3e15 wei stake.
	if s.Stake.Cmp(big.NewInt(3e15)) != 0 {
		t.Fatalf("stake %s, want 3000000000000000 (300 s × 1e13)", s.Stake)
	}
	opened, closed, open := w.node.Counts()
	if opened != 1 || closed != 1 || open != 0 {
		t.Fatalf("node counts opened %d closed %d open %d", opened, closed, open)
	}
	if p := w.node.Prompts(); len(p) != 1 || p[0] != probe.DefaultPrompt {
		t.Fatalf("prompts %q", p)
	}
	mor1, _ := w.cl.MORBalance(ctx, w.us)
	paid := new(big.Int).Sub(mor1, mor0)
	if r.Data.PaidWei != paid.String() || paid.Sign() <= 0 {
		t.Fatalf("paid %s recorded, our balance moved by %s", r.Data.PaidWei, paid)
	}
	if r.State != store.ProbeClosed || r.Data.OpenBlock == 0 || r.Data.CloseBlock <= r.Data.OpenBlock || r.Data.GasWei == "" || r.Data.Excerpt != "ok" {
		t.Fatalf("run %+v", r)
	}
	line := view.ProbeLine("test-model", r)
	for _, want := range []string{"✓ test-model: session " + r.Session + " opened in ", "answered `ok`", "closed in block", "MOR paid to ourselves", "gas 0."} {
		if !strings.Contains(line, want) {
			t.Errorf("line %q lacks %q", line, want)
		}
	}
	left, err := w.db.ProbesUnclosed(ctx)
	if err != nil || len(left) != 0 {
		t.Fatalf("unclosed %v %v", left, err)
	}
}

func TestProbeFailuresNameTheStepAndCloseTheSession(t *testing.T) {
	for _, c := range []struct {
		step, msg string
		want      []string
		openAfter int
		once      bool // the step fails once: a retry at once succeeds
	}{
		{cnodetest.StepOpen, "provider approval signature mismatch", []string{"failed at the session open", "the provider's node refused the session", "provider approval signature mismatch"}, 0, false},
		{cnodetest.StepOpenLate, "context deadline exceeded waiting for the receipt", []string{"failed at the session open", "the session did not open", "waiting for the receipt", "The open reached the chain anyway: session 0x", "which morbot found and closed"}, 0, false},
		{cnodetest.StepPrompt, "LLM TEE verification failed: quote expired", []string{"failed at the prompt", "the TEE attestation failed", "quote expired", "is closed"}, 0, false},
		{cnodetest.StepPrompt, "backend answered 500", []string{"failed at the prompt", "gave no answer", "backend answered 500", "is closed"}, 0, false},
		{cnodetest.StepClose, "rpc timeout", []string{"failed at the session close", "rpc timeout", "is still open"}, 1, false},
		{cnodetest.StepClose, "nonce too low", []string{"failed at the session close", "nonce too low", "is closed"}, 0, true},
	} {
		t.Run(c.step+" "+c.msg, func(t *testing.T) {
			w := newWorld(t)
			ctx := context.Background()
			if c.once {
				w.node.FailOnce(c.step, c.msg)
			} else {
				w.node.Fail(c.step, c.msg)
			}
			round, err := w.prober(nil).Run(ctx, w.target(), true)
			if err != nil {
				t.Fatal(err)
			}
			rs := round.Results
			if len(rs) != 1 || rs[0].OK() || rs[0].Run.Data.Step != strings.TrimSuffix(c.step, "-late") {
				t.Fatalf("probe %+v", rs)
			}
			line := view.ProbeLine("test-model", rs[0].Run)
			for _, want := range append(c.want, "/mor verify") {
				if !strings.Contains(line, want) {
					t.Errorf("line %q lacks %q", line, want)
				}
			}
			_, _, open := w.node.Counts()
			if open != c.openAfter {
				t.Fatalf("%d sessions open after the probe, want %d", open, c.openAfter)
			}
			// Once the node works again, the next pass closes what was left, once.
			w.node.Fail(c.step, "")
			n, err := w.prober(nil).CloseLeftovers(ctx)
			if err != nil || n != c.openAfter {
				t.Fatalf("closed %d leftovers (%v), want %d", n, err, c.openAfter)
			}
			if _, _, open := w.node.Counts(); open != 0 {
				t.Fatalf("%d sessions still open", open)
			}
			if n, err := w.prober(nil).CloseLeftovers(ctx); err != nil || n != 0 {
				t.Fatalf("second pass closed %d (%v)", n, err)
			}
		})
	}
}

// TestLeftoverWithoutASessionIDIsFound: a probe recorded before its open and stopped before the
// node answered (no session ID in the store) is found by its SessionOpened event and closed; the
// wallet's session on another bid of ours is not the probe's and stays open.
func TestLeftoverWithoutASessionIDIsFound(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	other := w.secondBid(t)
	head, _ := w.cl.BlockNumber(ctx)
	id, err := w.db.ProbeBegin(ctx, store.ProbeRun{Bid: strings.ToLower(w.bid.ID.Hex()), Model: strings.ToLower(w.bid.ModelID.Hex()), FromBlock: head, StartedAt: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := w.client.OpenSession(ctx, other, 300)
	if err != nil {
		t.Fatal(err)
	}
	sid, err := w.client.OpenSession(ctx, w.bid.ID, 300)
	if err != nil {
		t.Fatal(err)
	}
	n, err := w.prober(nil).CloseLeftovers(ctx)
	if err != nil || n != 1 {
		t.Fatalf("closed %d (%v), want 1", n, err)
	}
	s, _ := w.cl.Session(ctx, sid)
	if !s.Closed() {
		t.Fatal("the session opened before the stop is still open")
	}
	if s, _ := w.cl.Session(ctx, theirs); s.Closed() {
		t.Fatal("the closer closed a session on another bid")
	}
	rs, _ := w.db.RecentProbes(ctx, strings.ToLower(w.bid.ID.Hex()), false, 1)
	if len(rs) != 1 || rs[0].ID != id || rs[0].Session != sid.Hex() || rs[0].State != store.ProbeClosed || rs[0].Result != store.ProbeFailed || rs[0].Data.Step != "stopped" {
		t.Fatalf("run after the closer: %+v", rs)
	}
}

func TestProbeBudgetRefuses(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	p := w.prober(func(o *probe.Options) { o.MaxPerDay = 2 })
	for i := 0; i < 2; i++ {
		if r, err := p.Run(ctx, w.target(), false); err != nil || !r.Results[0].OK() {
			t.Fatalf("probe %d: %v %+v", i+1, err, r)
		}
	}
	before := w.sessions(t)
	_, err := p.Run(ctx, w.target(), false)
	var ref *probe.Refusal
	if !errors.As(err, &ref) || !strings.Contains(ref.Msg, "probe.max_per_day allows 2 probes a UTC day, 2 ran today, and this asks for 1 more") {
		t.Fatalf("third probe: %v", err)
	}
	if w.sessions(t) != before {
		t.Fatal("a refused probe opened a session")
	}
	// The per-session cap: 300 s at 1e13 wei/s stakes 0.003 MOR.
	_, err = w.prober(func(o *probe.Options) { o.MaxLocked = big.NewInt(2999999999999999) }).Run(ctx, w.target(), false)
	if !errors.As(err, &ref) || !strings.Contains(ref.Msg, "stakes 0.003 MOR, above probe.max_mor_locked (0.002999999999999999 MOR)") {
		t.Fatalf("cap: %v", err)
	}
}

func TestProbeRefusesWhenTheConsumerCannotFundIt(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	// Move the consumer's MOR away, leaving less than the 0.003 MOR stake.
	bal, _ := w.cl.MORBalance(ctx, w.node.Address())
	keep := big.NewInt(1e15)
	if err := w.sim.Owner.TransferMORAs(ctx, w.sim.Accounts[1].Key, w.us, new(big.Int).Sub(bal, keep)); err != nil {
		t.Fatal(err)
	}
	before := w.sessions(t)
	_, err := w.prober(nil).Run(ctx, w.target(), false)
	var ref *probe.Refusal
	if !errors.As(err, &ref) || !strings.Contains(ref.Msg, "cannot fund the probe: it holds 0.001 MOR and") || !strings.Contains(ref.Msg, "stake 0.003 MOR") {
		t.Fatalf("refusal: %v", err)
	}
	if w.sessions(t) != before {
		t.Fatal("a refused probe opened a session")
	}
}

// TestStandInIsStrict: the stand-in refuses what upstream refuses, so the client's requests are
// checked against it.
func TestStandInIsStrict(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	bad, _ := cnode.New(strings.TrimSuffix(w.client.URL(), "/"), "")
	_, err := bad.Wallet(ctx)
	var ne *cnode.NodeError
	if !errors.As(err, &ne) || !ne.Auth() || !strings.Contains(err.Error(), "check probe.cookie_file") {
		t.Fatalf("without auth: %v", err)
	}
	if _, err := w.client.CloseSession(ctx, common.HexToHash("0x01")); err == nil || !strings.Contains(err.Error(), "not found") {
		t.Fatalf("close of an unknown session: %v", err)
	}
	if _, err := w.client.Prompt(ctx, common.HexToHash("0x01"), "hi", time.Now); err == nil || !strings.Contains(err.Error(), "session not found") {
		t.Fatalf("prompt on an unknown session: %v", err)
	}
	if _, err := w.client.OpenSession(ctx, w.bid.ID, 0); err == nil || !strings.Contains(err.Error(), "not a positive whole number") {
		t.Fatalf("open of 0 s: %v", err)
	}
	eth, morBal, err := w.client.Balance(ctx)
	if err != nil || eth.Sign() <= 0 || morBal.Cmp(mor("100")) != 0 {
		t.Fatalf("balance %v %v %v", eth, morBal, err)
	}
}

// secondBid registers another model of ours with a bid and returns the bid's ID.
func (w *world) secondBid(t *testing.T) common.Hash {
	t.Helper()
	ctx := context.Background()
	us := chaintest.KeySigner{Key: w.sim.Accounts[0].Key}
	base, _ := chain.RandomBaseID()
	model := chain.ModelID(us.Address(), base)
	for _, tx := range []chain.TxRequest{w.cl.ApproveTx(mor("1")), w.cl.ModelRegisterTx(us.Address(), base, common.Hash{}, big.NewInt(0), mor("0.1"), "other", []string{"LLM"}),
		w.cl.PostModelBidTx(us.Address(), model, w.price)} {
		if _, err := w.cl.Send(ctx, us, tx); err != nil {
			t.Fatalf("%s: %v", tx.Kind, err)
		}
	}
	return chain.BidID(us.Address(), model, big.NewInt(0))
}

// A probe whose open may still be on its way (nothing on chain yet, started within the step
// timeout) is left for the next pass; after the step timeout it is concluded as never opened. A
// session the consumer node closed itself is not closed again.
func TestLeftoverTimingAndSessionsClosedElsewhere(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	now := time.Now()
	clock := func() time.Time { return now }
	head, _ := w.cl.BlockNumber(ctx)
	bid := strings.ToLower(w.bid.ID.Hex())
	if _, err := w.db.ProbeBegin(ctx, store.ProbeRun{Bid: bid, Model: strings.ToLower(w.bid.ModelID.Hex()), FromBlock: head, StartedAt: now}); err != nil {
		t.Fatal(err)
	}
	p := w.prober(func(o *probe.Options) { o.Now = clock })
	if n, err := p.CloseLeftovers(ctx); err != nil || n != 0 {
		t.Fatalf("closed %d (%v)", n, err)
	}
	if left, _ := w.db.ProbesUnclosed(ctx); len(left) != 1 {
		t.Fatalf("a run within the step timeout was concluded: %d unclosed", len(left))
	}
	now = now.Add(31 * time.Second) // past the 30 s step timeout
	if n, err := p.CloseLeftovers(ctx); err != nil || n != 0 {
		t.Fatalf("closed %d (%v)", n, err)
	}
	if left, _ := w.db.ProbesUnclosed(ctx); len(left) != 0 {
		t.Fatalf("a run with nothing on chain after the step timeout is still open: %+v", left)
	}
	// A recorded session the node closed on its own: read from the chain, no close request.
	id, _ := w.db.ProbeBegin(ctx, store.ProbeRun{Bid: bid, Model: strings.ToLower(w.bid.ModelID.Hex()), FromBlock: head, StartedAt: now})
	sid, err := w.client.OpenSession(ctx, w.bid.ID, 300)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.db.ProbeOpened(ctx, id, sid.Hex()); err != nil {
		t.Fatal(err)
	}
	if _, err := w.client.CloseSession(ctx, sid); err != nil {
		t.Fatal(err)
	}
	calls := w.node.CloseCalls()
	if n, err := p.CloseLeftovers(ctx); err != nil || n != 0 || w.node.CloseCalls() != calls {
		t.Fatalf("closed %d (%v), %d close requests for a closed session", n, err, w.node.CloseCalls()-calls)
	}
	if left, _ := w.db.ProbesUnclosed(ctx); len(left) != 0 {
		t.Fatalf("the run of a session closed elsewhere is still open: %+v", left)
	}
}

// The budget is checked again as each probe is recorded: a probe another replica records during a
// round (here, while the first probe's prompt is in flight) stops the round before it opens more.
func TestProbeBudgetRecheckedAsEachProbeIsRecorded(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	other := w.secondBid(t)
	ob, err := w.cl.Bid(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	w.node.OnPrompt = func(common.Hash) {
		once.Do(func() {
			if _, err := w.db.ProbeBegin(ctx, store.ProbeRun{Bid: "0xother-replica", Model: "0xm", StartedAt: time.Now()}); err != nil {
				t.Error(err)
			}
		})
	}
	round, err := w.prober(func(o *probe.Options) { o.MaxPerDay = 2 }).Run(ctx, []probe.Target{{Bid: w.bid, Name: "test-model"}, {Bid: ob, Name: "other"}}, false)
	var ref *probe.Refusal
	if !errors.As(err, &ref) || !strings.Contains(ref.Msg, `the probe budget ran out during this round: probe.max_per_day allows 2 probes a UTC day and 2 ran today (another replica probed meanwhile); "other" was not probed`) {
		t.Fatalf("second probe: %v", err)
	}
	if round == nil || len(round.Results) != 1 || !round.Results[0].OK() {
		t.Fatalf("round %+v", round)
	}
	if opened, _, _ := w.node.Counts(); opened != 1 {
		t.Fatalf("%d sessions opened, want 1", opened)
	}
}
