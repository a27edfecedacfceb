package commands_test

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// Three providers bid on the team's model: /mor market ranks them cheapest first with the median
// and ours, and bid create says where a new price would rank before approval.
func TestMarketAndBidRank(t *testing.T) {
	t.Parallel()
	e := newEnvFull(t, 3, nil, nil)
	ctx := context.Background()
	r := e.run("alice", "/mor onboard 127.0.0.1:3333 m1 0.00003")
	if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
		t.Fatalf("onboard: %s %s", p.Status, p.Reason)
	}
	snap, _ := e.cl.Snapshot(ctx, e.sim.Accounts[0].Address)
	model := snap.ActiveBids[0].ModelID
	for i, price := range []int64{1e13, 2e13} { // two other providers, cheaper
		s := chaintest.KeySigner{Key: e.sim.Accounts[i+1].Key}
		for _, tx := range []chain.TxRequest{e.cl.ApproveTx(mor("1")), e.cl.ProviderRegisterTx(s.Address(), mor("0.1"), "127.0.0.1:4444"), e.cl.PostModelBidTx(s.Address(), model, big.NewInt(price))} {
			if _, err := e.cl.Send(ctx, s, tx); err != nil {
				t.Fatal(err)
			}
		}
	}
	got := flatten(e.run("alice", "/mor market m1 --by price").Message)
	for _, want := range []string{
		"3 active bid(s); median 0.00002 MOR/s (0.072 MOR/h, 20000000000000 wei/s); ours ranks 3 of 3 (0.00003 MOR/s",
		"#1 0.00001 MOR/s = 0.036 MOR/h = 0.864 MOR/day — " + e.sim.Accounts[1].Address.Hex(),
		"#2 0.00002 MOR/s = 0.072 MOR/h = 1.728 MOR/day — " + e.sim.Accounts[2].Address.Hex(),
		"#3 0.00003 MOR/s = 0.108 MOR/h = 2.592 MOR/day — " + e.sim.Accounts[0].Address.Hex() + " (ours)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("/mor market lacks %q:\n%s", want, got)
		}
	}
	// Re-pricing to 0.000015 would rank 2 of 3 (our old bid is replaced, not counted).
	r = e.run("alice", "/mor bid create m1 0.000015")
	if !strings.Contains(flatten(r.Message), "market: at this price the bid ranks 2 of 3 on this model (cheapest first) and 2 of 3 as consumers' nodes rate bids (our stats and stake as now); the median of the other 2 bid(s) is 0.00001 MOR/s") {
		t.Fatalf("bid create rank: %s", flatten(r.Message))
	}
	if bad := e.run("alice", "/mor market nosuch"); bad.ProposalID != 0 || bad.Message.Severity != chat.Error {
		t.Fatalf("unknown model: %s", flatten(bad.Message))
	}
	if bad := flatten(e.run("alice", "/mor market m1 --by cost").Message); !strings.Contains(bad, `--by "cost" is not an order; use --by rating (as consumers' nodes rank bids, the default) or --by price (cheapest first)`) {
		t.Fatalf("--by cost: %s", bad)
	}
}

// The market: ours cheaper with no sessions, theirs at twice the price with three good
// sessions and twice the minimum stake. Consumers' nodes pick theirs, and /mor market says so, with
// the price that would put us first; after a re-price below it, ours ranks first.
func TestMarketRanksBidsAsConsumersRateThem(t *testing.T) {
	t.Parallel()
	e := newEnvFull(t, 3, nil, nil)
	ctx := context.Background()
	r := e.run("alice", "/mor onboard 127.0.0.1:3333 m1 0.00003")
	if r.ProposalID == 0 {
		t.Fatalf("onboard: %s", flatten(r.Message))
	}
	if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
		t.Fatalf("onboard: %s %s", p.Status, p.Reason)
	}
	snap, _ := e.cl.Snapshot(ctx, e.sim.Accounts[0].Address)
	model := snap.ActiveBids[0].ModelID
	them := chaintest.KeySigner{Key: e.sim.Accounts[1].Key}
	theirs, err := chaintest.NewRival(ctx, e.cl, them, model, mor("0.2"), big.NewInt(4e13), "127.0.0.1:4444")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.sim.ClosedSessions(ctx, them, theirs, 3, chaintest.DefaultReceipt, e.sim.Advance); err != nil {
		t.Fatal(err)
	}
	// /mor status rates our bid too.
	if got := flatten(e.run("alice", "/mor status").Message); !strings.Contains(got, "as consumers' nodes rate our bids: m1: ranks 2 of 2 as consumers rate it (by price: 1 of 2); no closed sessions yet") {
		t.Errorf("/mor status lacks the rated rank:\n%s", got)
	}
	// Theirs: 0.24·½ + 0.08·½ + 0.24·½ + 0.32·1 + 0.12·(0.2 − 0.1)/0.9 = 0.61333 points at 0.00004 MOR/s;
	// ours: 0.28 points at 0.00003 MOR/s.
	got := flatten(e.run("alice", "/mor market m1").Message)
	for _, want := range []string{
		"2 active bid(s)",
		"our bid ranks 2 of 2 as consumers rate it (by price: 1 of 2)",
		"#1 score 15,333 · 0.00004 MOR/s (0.144 MOR/h, 40000000000000 wei/s) (by price #2) — " + them.Address().Hex(),
		"#2 score 9,333 · 0.00003 MOR/s (0.108 MOR/h, 30000000000000 wei/s) (by price #1) — " + e.sim.Accounts[0].Address.Hex() + " (ours)",
		"price: at 0.000018260869565217 MOR/s",
		"or less we would rank first, all else equal (now 0.00003 MOR/s",
		"the best other bid scores 15,333",
		"stake: 0.1 MOR counts 0.00 of 0.12 points (full at 1 MOR, 10× the minimum); at 1 MOR: +0.12 points, score 13,333, rank 2 of 2",
		"success: no closed sessions yet: 0 of 0.32 points",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("/mor market lacks %q:\n%s", want, got)
		}
	}
	r = e.run("alice", "/mor bid create m1 0.000018")
	if r.ProposalID == 0 {
		t.Fatalf("re-price: %s", flatten(r.Message))
	}
	if want := "market: at this price the bid ranks 1 of 2 on this model (cheapest first) and 1 of 2 as consumers' nodes rate bids (our stats and stake as now)"; !strings.Contains(flatten(r.Message), want) {
		t.Fatalf("the re-price lacks %q:\n%s", want, flatten(r.Message))
	}
	if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
		t.Fatalf("re-price: %s %s: %s", p.Status, p.Reason, flatten(r.Message))
	}
	got = flatten(e.run("alice", "/mor market m1").Message)
	for _, want := range []string{
		"our bid ranks 1 of 2 as consumers rate it (by price: 1 of 2)",
		"#1 score 15,556 · 0.000018 MOR/s",
		"price: we rank first; we stay first up to 0.000018260869565217 MOR/s",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("after the re-price, /mor market lacks %q:\n%s", want, got)
		}
	}
	if r := e.run("alice", "/mor bid create m1 0.00002"); !strings.Contains(flatten(r.Message), "ranks 1 of 2 on this model (cheapest first) and 2 of 2 as consumers' nodes rate bids") {
		t.Fatalf("a re-price that would fall to second as rated: %s", flatten(r.Message))
	}
	// They halve their price: leading again would take a price below the contract's minimum.
	if _, err := e.cl.Send(ctx, them, e.cl.PostModelBidTx(them.Address(), model, big.NewInt(2e13))); err != nil {
		t.Fatal(err)
	}
	got = flatten(e.run("alice", "/mor market m1").Message)
	want := "price: no allowed price puts us first: it would take 0.000009130434782608 MOR/s (0.0328695652173888 MOR/h, 9130434782608 wei/s), below the minimum 0.00001 MOR/s (0.036 MOR/h, 10000000000000 wei/s), which scores 28,000 against the best other bid's 30,667; the stake and the stats below can"
	if !strings.Contains(got, want) {
		t.Errorf("below the minimum price, /mor market lacks %q:\n%s", want, got)
	}
	// Two sessions on our bid: one closed with our receipt, one disputed. /mor status shows our stats.
	snap, _ = e.cl.Snapshot(ctx, e.sim.Accounts[0].Address)
	consumer, err := e.sim.NewConsumer(ctx, mor("1"))
	if err != nil {
		t.Fatal(err)
	}
	ourIDs, err := consumer.Open(ctx, chaintest.KeyMessageSigner(e.sim.Accounts[0].Key), snap.ActiveBids[0].ID, mor("0.012"), false, 2)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.sim.Advance(700 * time.Second); err != nil {
		t.Fatal(err)
	}
	if err := consumer.Close(ctx, chaintest.KeyMessageSigner(e.sim.Accounts[0].Key), ourIDs[:1]); err != nil {
		t.Fatal(err)
	}
	if err := consumer.Close(ctx, nil, ourIDs[1:]); err != nil {
		t.Fatal(err)
	}
	if got := flatten(e.run("alice", "/mor status").Message); !strings.Contains(got, "m1: ranks 2 of 2 as consumers rate it (by price: 1 of 2); our sessions: 1 of 2 closed with a valid receipt, 10.0 tokens/s (model mean 10.0), first token 250 ms (mean 250 ms)") {
		t.Errorf("/mor status lacks our stats:\n%s", got)
	}
	if got := flatten(e.run("alice", "/mor market m1").Message); !strings.Contains(got, "success: 1 of 2 closed sessions with a valid receipt (50%): 0.08 of 0.32 points") ||
		!strings.Contains(got, "tokens/s: ours 10.0, the model's mean 10.0: ") {
		t.Errorf("/mor market lacks our stats:\n%s", got)
	}
	// Deregistering the model names our bid and theirs, then, ours deleted, theirs alone.
	ours := snap.ActiveBids[0].ID.Hex()
	if got := flatten(e.run("alice", "/mor model deregister m1").Message); !strings.Contains(got, "still has our active bid "+ours+" and 1 from other providers; delete ours first (/mor bid delete "+ours+")") {
		t.Fatalf("deregister with both bids: %s", got)
	}
	r = e.run("alice", "/mor bid delete "+ours)
	if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
		t.Fatalf("bid delete: %s %s: %s", p.Status, p.Reason, flatten(r.Message))
	}
	if got := flatten(e.run("alice", "/mor model deregister m1").Message); !strings.Contains(got, "still has 1 active bid(s) from other providers; the contract refuses to deregister a model with active bids, and only their providers can delete them") {
		t.Fatalf("deregister with their bid only: %s", got)
	}
}

// /mor health joins the chain with the node: a bid the node does not serve, then served.
func TestHealthCommand(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	served := []string{}
	node := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		switch r.URL.Path {
		case "/healthcheck":
			_, _ = w.Write([]byte(`{"status":"healthy","version":"v5.1.0","uptime":"2h0m0s"}`))
		case "/v1/models":
			out := []map[string]string{}
			for _, id := range served {
				out = append(out, map[string]string{"Id": id})
			}
			_ = json.NewEncoder(w).Encode(out)
		}
	}))
	defer node.Close()
	cfg := filepath.Join(t.TempDir(), "models-config.json")
	_ = os.WriteFile(cfg, []byte(`{"models": []}`), 0o600)
	client, _ := proxyrouter.NewClient(node.URL, "")
	e := newEnvFull(t, 2, nil, &wiring.Proxy{Client: client, ModelsConfig: cfg})
	r := e.run("alice", "/mor onboard 127.0.0.1:3333 m1 0.00001")
	e.approveAndWait(r.ProposalID)
	got := flatten(e.run("alice", "/mor health").Message)
	if !strings.Contains(got, "proxy-router: healthy, version v5.1.0, up 2h0m0s") || !strings.Contains(got, ": bid_without_config") || !strings.Contains(got, "models-config: no entry") {
		t.Fatalf("/mor health with an unserved bid:\n%s", got)
	}
	snap, _ := e.cl.Snapshot(context.Background(), e.sim.Accounts[0].Address)
	id := strings.ToLower(snap.ActiveBids[0].ModelID.Hex())
	_ = os.WriteFile(cfg, []byte(`{"models": [{"modelId": "`+id+`", "modelName": "m1", "apiType": "openai", "apiUrl": "http://127.0.0.1:1/v1/chat/completions"}]}`), 0o600)
	mu.Lock()
	served = append(served, id)
	mu.Unlock()
	got = flatten(e.run("alice", "/mor health").Message)
	if !strings.Contains(got, "m1 ("+id+"): serving") || !strings.Contains(got, "listed by the proxy-router: yes · models-config: openai http://127.0.0.1:1/v1/chat/completions") {
		t.Fatalf("/mor health served:\n%s", got)
	}
	if st := flatten(e.run("alice", "/mor status").Message); !strings.Contains(st, "serving (/mor health): proxy-router: healthy") || !strings.Contains(st, "m1: serving — bid 0.00001 MOR/s") {
		t.Fatalf("status serving field:\n%s", st)
	}
}
