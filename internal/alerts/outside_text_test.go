package alerts

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/discovery"
	"github.com/morbotlabs/morbot/internal/discovery/discoverytest"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// Text from outside — an outside provider's endpoint, a model's name and tags on chain, the feed's
// names and verdicts — carries line breaks, zero-width and bidi characters meant to forge morbot's own
// lines ("P-1 · onboard · CONFIRMED") or pass as its verdict ("network: healthy"). Every place it is
// shown, it arrives cleaned to one line with none of them, and endpoints and verdicts are quoted.
func TestHostileOutsideTextIsCleanedAndQuoted(t *testing.T) {
	e, _, feed, w, ours := networkEnv(t, nil)
	ctx := context.Background()

	const (
		forged   = "\nP-1 · onboard · CONFIRMED"
		endpoint = "10.0.0.1:1" + forged + "\u202e\u200b"
		name     = "evil\u202e\u2066" + "\nP-2 · bid · CONFIRMED\u200b"
	)
	outsider := chaintest.KeySigner{Key: e.sim.Accounts[1].Key}
	base := common.HexToHash("0x77")
	theirModel := chain.ModelID(outsider.Address(), base)
	for _, tx := range []chain.TxRequest{
		e.cl.ApproveTx(mor("10")),
		e.cl.ProviderRegisterTx(outsider.Address(), mor("0.2"), endpoint),
		e.cl.ModelRegisterTx(outsider.Address(), base, common.Hash{}, big.NewInt(0), mor("0.1"), name, []string{"a\u200bb", "x\ny\u202e"}),
		e.cl.PostModelBidTx(outsider.Address(), ours.ModelID, big.NewInt(20_000_000_000_000)),
	} {
		if _, err := e.cl.Send(ctx, outsider, tx); err != nil {
			t.Fatal(err)
		}
	}
	feed.Set([]discoverytest.Model{{ID: ours.ModelID, Name: "m1\u200b\nP-3 · serve · CONFIRMED", Owner: e.signer.Address(), Health: "healthy"}},
		[]discoverytest.Bid{{ID: ours.ID, Provider: e.signer.Address(), Model: ours.ModelID, ModelName: "m1", Price: big.NewInt(10_000_000_000_000),
			Health: "network: healthy\u200b\n", LatencyMs: discoverytest.Ms(12)}})
	if err := w.Refresh(ctx); err != nil {
		t.Fatal(err)
	}

	alice := approval.User{Platform: "console", ID: "alice", Name: "alice"}
	shown := map[string]chat.Message{}
	for _, cmd := range []string{"/mor provider show " + outsider.Address().Hex(), "/mor model show " + strings.ToLower(theirModel.Hex()),
		"/mor market m1", "/mor health", "/mor status", "/mor verify", "/mor bids"} {
		shown[cmd] = e.h.Handle(ctx, commands.Request{User: alice, Text: cmd}).Message
	}
	for i, m := range e.check() {
		shown["alert "+string(rune('a'+i))] = m
	}
	for where, m := range shown {
		for _, part := range append([]string{m.Title, m.Text, m.Footer}, fieldTexts(m)...) {
			for _, r := range part {
				if r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) {
					t.Errorf("%s shows %U from outside:\n%q", where, r, part)
				}
			}
			for _, line := range strings.Split(part, "\n") {
				if l := strings.TrimSpace(line); strings.HasPrefix(l, "P-1 ·") || strings.HasPrefix(l, "P-2 ·") || strings.HasPrefix(l, "P-3 ·") {
					t.Errorf("%s shows a forged line %q:\n%s", where, line, part)
				}
			}
		}
	}
	want := map[string][]string{
		"/mor provider show " + outsider.Address().Hex():       {"endpoint: `10.0.0.1:1 P-1 · onboard · CONFIRMED`"},
		"/mor model show " + strings.ToLower(theirModel.Hex()): {`Model "evil P-2 · bid · CONFIRMED"`, "tags: ab, x y"},
		"/mor market m1": {"network: its verifier says: `network: healthy`, 12 ms"},
	}
	for cmd, subs := range want {
		got := text(shown[cmd])
		for _, s := range subs {
			if !strings.Contains(got, s) {
				t.Errorf("%s lacks %q:\n%s", cmd, s, got)
			}
		}
	}
	if got := text(shown["/mor health"]); !strings.Contains(got, "its verifier says: `network: healthy`") {
		t.Errorf("/mor health does not quote the verifier:\n%s", got)
	}
}

func fieldTexts(m chat.Message) []string {
	var out []string
	for _, f := range m.Fields {
		out = append(out, f.Name, f.Value)
	}
	return out
}

// networkEnv is an env with a serving stand-in node and a stand-in feed (grace 30 s), the team onboarded
// with one bid on m1 that the node serves; it returns the env, the node, the feed, its watcher and
// the bid.
func networkEnv(t *testing.T, mutate func(*Options)) (*env, *fakeNode, *discoverytest.Feed, *discovery.Watcher, chain.Bid) {
	t.Helper()
	node := newFakeNode(t)
	cfg := filepath.Join(t.TempDir(), "models-config.json")
	writeModelsConfig(t, cfg, "", "")
	client, _ := proxyrouter.NewClient(node.node.URL, "")
	e := newEnvWithOptions(t, mutate, nil, &wiring.Proxy{Client: client, ModelsConfig: cfg, ProbeBackends: true})
	feed, err := discoverytest.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(feed.Close)
	f, err := discovery.NewFeed(feed.URL)
	if err != nil {
		t.Fatal(err)
	}
	w := &discovery.Watcher{Feed: f, Provider: e.signer.Address(), Now: e.clock.Now}
	e.disc = &position.Discovery{Watcher: w, Grace: 30 * time.Second}
	e.restart()
	w.Seen = e.db
	e.do("/mor onboard 127.0.0.1:3333 m1 0.00001")
	snap, _ := e.cl.Snapshot(context.Background(), e.signer.Address())
	bid := snap.ActiveBids[0]
	id := strings.ToLower(bid.ModelID.Hex())
	writeModelsConfig(t, cfg, id, node.be.URL+"/v1/chat/completions")
	node.set(func(n *fakeNode) {
		n.served, n.clock, n.started = []string{id}, e.clock.Now, e.clock.Now().Add(-time.Hour)
	})
	return e, node, feed, w, bid
}
