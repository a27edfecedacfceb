package commands_test

import (
	"context"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/approval/approvaltest"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/store/testdb"
	"github.com/morbotlabs/morbot/internal/view"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// Someone outside the team learns nothing through a refusal: every write command, button and
// autocomplete is refused before morbot reads the chain or the store, with the same words whatever
// they hold. Help stays open.
func TestOutsidersAreRefusedBeforeAnyRead(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	db, err := testdb.Open(t, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	counter := &chaintest.Counter{Inner: sim.RPC()}
	cl := chain.NewClient(counter, sim.Network(), chain.Options{PollInterval: 5 * time.Millisecond})
	signer := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	policy := approval.Policy{Quorum: 2, Approvers: map[string]approval.Members{"console": {Users: map[string]bool{"alice": true, "bob": true, "carol": true}}},
		Viewers: map[string]approval.Members{"console": {Users: map[string]bool{"victor": true}}}, AnyRejectEnds: true, Expiry: time.Hour}
	engCore := wiring.New(wiring.Options{Store: db, Chain: cl, Signer: signer, Policy: policy, Provider: signer.Address()})
	eng := approvaltest.CoreOf(engCore)
	t.Cleanup(func() { eng.Close(); _ = db.Close() })
	h := commands.New(commands.Options{Domain: engCore})
	as := func(who, line string) commands.Response {
		return h.Handle(ctx, commands.Request{User: approval.User{Platform: "console", ID: who, Name: who}, Text: line})
	}
	outsider := approval.User{Platform: "console", ID: "mallory", Name: "mallory"}
	writes := []string{"/mor provider update --add-stake 1", "/mor bid delete 0x32c0000000000000000000000000000000000000000000000000000000056fc",
		"/mor model deregister foo", "/mor approve auto", "/mor tx speedup P-1", "/mor tx fill 0", "/mor claim all", "/mor proposals cancel P-1",
		"/mor alerts silence eth-low 1h", "/mor onboard 127.0.0.1:3333 m2 0.00001"}
	reads := []string{"/mor status", "/mor proposals", "/mor audit", "/mor earnings", "/mor proposals show P-1"}
	probe := func() (answers []string, rpc int64, stmts int64) {
		var n atomic.Int64
		db.Observe(func(string) { n.Add(1) })
		defer db.Observe(func(string) {})
		counter.Reset()
		for _, line := range append(writes, reads...) {
			r := h.Handle(ctx, commands.Request{User: outsider, Text: line})
			if r.ProposalID != 0 || !view.IsRefusal(r.Message) || r.Message.Title != view.TitleRefused {
				t.Fatalf("%s by an outsider: %+v", line, r.Message)
			}
			answers = append(answers, r.Message.Text)
		}
		for _, a := range []chat.Action{chat.ActionApprove, chat.ActionReject, chat.ActionDetails, chat.ActionFix, chat.ActionSilence, chat.ActionServe} {
			answers = append(answers, h.ClickByID(ctx, outsider, "P-1", a).Message.Text)
			answers = append(answers, h.Click(ctx, outsider, "00112233445566778899aabbccddeeff", a).Message.Text)
		}
		for _, arg := range []string{"model", "id", "bid"} {
			if got := h.Suggest(ctx, outsider, arg, ""); len(got) != 0 {
				t.Fatalf("autocomplete of %s listed %v to an outsider", arg, got)
			}
		}
		return answers, counter.Count(), n.Load()
	}
	empty, rpc, stmts := probe()
	if rpc != 0 || stmts != 0 {
		t.Fatalf("refusing an outsider on an empty store made %d RPC call(s) and %d store statement(s)", rpc, stmts)
	}
	// Now the team has a provider, a model, a bid and an open proposal.
	p := as("alice", "/mor onboard 127.0.0.1:3333 m1 0.00001")
	if p.ProposalID == 0 {
		t.Fatal(p.Message.Text)
	}
	if r := as("alice", "/mor approve 5"); r.ProposalID == 0 {
		t.Fatal(r.Message.Text)
	}
	full, rpc, stmts := probe()
	if rpc != 0 || stmts != 0 {
		t.Fatalf("refusing an outsider made %d RPC call(s) and %d store statement(s)", rpc, stmts)
	}
	if strings.Join(full, "\n") != strings.Join(empty, "\n") {
		t.Fatalf("the refusals depend on what the team holds:\n%s\n---\n%s", strings.Join(empty, "\n"), strings.Join(full, "\n"))
	}
	for _, a := range full {
		if strings.Contains(a, "P-1 is") || strings.Contains(a, "no provider") || strings.Contains(a, "there is no") || !strings.Contains(a, "sorry, ") {
			t.Fatalf("a refusal says more than what the outsider may do: %q", a)
		}
	}
	// A viewer reads, but is refused writes the same way, before any read.
	if r := as("victor", "/mor status"); r.Message.Severity == chat.Warning {
		t.Fatalf("a viewer's status: %s", r.Message.Text)
	}
	counter.Reset()
	if r := as("victor", "/mor provider update --add-stake 1"); !strings.Contains(r.Message.Text, "only the team's proposers may run /mor provider update") || counter.Count() != 0 {
		t.Fatalf("a viewer's write: %q after %d RPC calls", r.Message.Text, counter.Count())
	}
	// Help is open to everyone.
	if r := h.Handle(ctx, commands.Request{User: outsider, Text: "/mor help bid"}); r.Message.Severity == chat.Warning || !strings.Contains(r.Message.Text, "bid create") {
		t.Fatalf("help for an outsider: %+v", r.Message)
	}
}
