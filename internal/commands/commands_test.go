package commands_test

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/approval/approvaltest"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/executor"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/store/testdb"
	"github.com/morbotlabs/morbot/internal/view"
	"github.com/morbotlabs/morbot/internal/wiring"
)

type env struct {
	t      *testing.T
	sim    *chaintest.Sim
	eng    approvaltest.Core
	h      *commands.Handler
	cl     *chain.Client
	events *approvaltest.Events // when the env records the engine's events
	core   *wiring.Core
	db     *store.DB
}

func mor(s string) *chainBig {
	v, err := chain.ParseMOR(s)
	if err != nil {
		panic(err)
	}
	return v
}

func newEnv(t *testing.T, caps approval.Caps) *env {
	t.Helper()
	return newEnvPolicy(t, func(p *approval.Policy) { p.Caps = caps })
}

// newEnvPolicy is newEnv with the policy (quorum 2 of alice, bob, carol) adjusted by tweak.
func newEnvPolicy(t *testing.T, tweak func(*approval.Policy)) *env {
	t.Helper()
	return newEnvFull(t, 2, tweak, nil)
}

// newEnvFull is newEnv with n funded accounts (account 0 is the provider), a policy tweak and a
// proxy-router integration.
func newEnvFull(t *testing.T, n int, tweak func(*approval.Policy), proxy *wiring.Proxy) *env {
	t.Helper()
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: n})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	db, err := testdb.Open(t, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	cl := sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	signer := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	members := approval.Members{Users: map[string]bool{"alice": true, "bob": true, "carol": true}}
	policy := approval.Policy{Quorum: 2, Approvers: map[string]approval.Members{"console": members}, AnyRejectEnds: true, Expiry: time.Hour}
	if tweak != nil {
		tweak(&policy)
	}
	var runner executor.Runner
	if proxy != nil && proxy.ModelsConfig != "" {
		runner = &proxyrouter.Runner{ModelsConfig: proxy.ModelsConfig, RestartCommand: proxy.RestartCommand, Client: proxy.Client}
	}
	engCore := wiring.New(wiring.Options{Store: db, Chain: cl, Signer: signer, Policy: policy, Provider: signer.Address(), Proxy: proxy, Exec: executor.Options{Runner: runner}})
	eng := approvaltest.CoreOf(engCore)
	t.Cleanup(func() { eng.Close(); _ = db.Close() })
	h := commands.New(commands.Options{Domain: engCore})
	return &env{t: t, sim: sim, eng: eng, h: h, cl: cl, core: engCore, db: db}
}

func u(name string) approval.User { return approval.User{Platform: "console", ID: name, Name: name} }

func (e *env) run(as, text string) commands.Response {
	e.t.Helper()
	return e.h.Handle(context.Background(), commands.Request{User: u(as), Channel: "test", Text: text})
}

// approveAndWait has bob and carol approve a proposal and waits for the executor.
func (e *env) approveAndWait(id int64) *approval.Proposal {
	e.t.Helper()
	ref := "P-" + itoa(id)
	for _, who := range []string{"bob", "carol"} {
		if m := e.h.ClickByID(context.Background(), u(who), ref, chat.ActionApprove).Message; m.Severity == chat.Error {
			e.t.Fatalf("%s approving %s: %s", who, ref, m.Text)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := e.eng.Idle(ctx); err != nil {
		e.t.Fatal(err)
	}
	p, err := e.eng.Get(context.Background(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

func itoa(n int64) string { return fmtInt(n) }

func TestStepByStepFlow(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{})
	steps := []struct {
		cmd  string
		kind approval.Kind
	}{
		{"/mor approve 0.4", approval.KindApprove},
		{"/mor provider create 0.2 node.example.com:3333", approval.KindProviderCreate},
		{`/mor model create "Llama 3.1 8B" 0.1 --tags LLM,chat`, approval.KindModelCreate},
		{`/mor bid create "Llama 3.1 8B" 0.036/h`, approval.KindBidCreate},
	}
	for _, s := range steps {
		r := e.run("alice", s.cmd)
		if r.ProposalID == 0 || r.Message.Severity == chat.Error {
			t.Fatalf("%s: no proposal: %+v", s.cmd, r.Message)
		}
		if len(r.Message.Buttons) != 3 || r.Message.Buttons[0].Token == "" || r.Message.Buttons[2].Action != chat.ActionDetails {
			t.Fatalf("%s: proposal without buttons", s.cmd)
		}
		p := e.approveAndWait(r.ProposalID)
		if p.Status != approval.Confirmed || p.Kind != s.kind {
			t.Fatalf("%s: %s %s (%s)", s.cmd, p.Kind, p.Status, p.Reason)
		}
		// The allowance covered the stakes and the fee: no approve step was prepended.
		if s.kind != "approve" && len(p.Steps) != 1 {
			t.Fatalf("%s: %d steps, want 1 (allowance was approved first)", s.cmd, len(p.Steps))
		}
	}
	st := e.run("alice", "/mor status")
	text := flatten(st.Message)
	for _, want := range []string{"0.2 MOR (active)", "node.example.com:3333", "Llama 3.1 8B", "0.00001 MOR/s = 0.036 MOR/h = 0.864 MOR/day", "active bids (1)"} {
		if !strings.Contains(text, want) {
			t.Errorf("status lacks %q:\n%s", want, text)
		}
	}
	// Re-pricing replaces the bid; deleting it and deregistering then work step by step.
	r := e.run("alice", `/mor bid create "Llama 3.1 8B" 0.00002`)
	if !strings.Contains(r.Message.Text, "replaces the active bid") {
		t.Fatalf("re-price does not say it replaces: %s", r.Message.Text)
	}
	if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed || len(p.Steps) != 2 {
		t.Fatalf("re-price: %s with %d steps (fee needs a new approve)", p.Status, len(p.Steps))
	}
}

func flatten(m chat.Message) string {
	var b strings.Builder
	b.WriteString(m.Title + "\n" + m.Text + "\n")
	for _, f := range m.Fields {
		b.WriteString(f.Name + ": " + f.Value + "\n")
	}
	return b.String()
}

func TestMalformedCommandsAnsweredAndNothingProposed(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{MaxStake: mor("5")})
	// A registered provider and model, so the later checks run against real state.
	r := e.run("alice", "/mor onboard 127.0.0.1:3333 known-model 0.00001")
	if e.approveAndWait(r.ProposalID).Status != approval.Confirmed {
		t.Fatal("setup onboarding failed")
	}
	cases := []struct{ cmd, want string }{
		{"/mor frobnicate", `unknown command "frobnicate"`},
		{"/mor stauts", "did you mean status?"},
		{"/mor provider", "/mor provider needs a subcommand: create, update, show, deregister"},
		{"/mor provider creat 0.2 h:1", "did you mean provider create?"},
		{"/mor provider create", "missing <stake>"},
		{"/mor provider create 0.2", "missing <endpoint>"},
		{"/mor provider create 0.2 h:1 extra", "too many arguments"},
		{"/mor provider create abc h:1", `stake: "abc" is not a valid amount`},
		{"/mor provider create -1 h:1", "negative amounts are not allowed"},
		{"/mor provider create 0.1234567890123456789 h:1", "it has 19 decimals; at most 18 are allowed"},
		{"/mor provider create 1e18 h:1", "exponents are not allowed"},
		{"/mor provider update --endpoint http://h:3333", "it has a scheme"},
		{"/mor provider update --endpoint h:0", `port "0" is not a number from 1 to 65535`},
		{"/mor provider update --endpoint h:70000", `port "70000" is not a number from 1 to 65535`},
		{"/mor provider update --endpoint nohost", "it is not host:port"},
		{"/mor provider update", "give --add-stake X and/or --endpoint host:port"},
		{"/mor provider update --bogus 1", "unknown option --bogus"},
		{"/mor provider create 0.2 h:1", "is already registered"},
		{"/mor model show 0x1234", "it has 4 hex digits after 0x, an ID has 64"},
		{"/mor model show 0xZZ", "not a 32-byte ID"},
		{"/mor bid create no-such-model 0.00001", `no active model named "no-such-model"`},
		{"/mor bid create known-model 0.000000001", "is outside the allowed range"},
		{"/mor bid create known-model 1", "is outside the allowed range"},
		{"/mor bid create known-model 0.00001", "already has the price"},
		{"/mor bid create known-model 0.05/h", "whole number of wei per second"},
		{"/mor bid delete 0x" + strings.Repeat("ab", 32), "there is no bid"},
		{"/mor model create m2 0.01", "below the model minimum stake 0.1 MOR (read at block"},
		{"/mor model create m3 6", "exceeds the team's cap of 5 MOR"},
		{"/mor model create known-model 0.1", `already has an active model named "known-model"`},
		{"/mor model create m4 0.1 --tags chat", "include a model type tag"},
		{"/mor model create 0xabc 0.1", "looks like an ID"},
		{`/mor model create "unclosed 0.1`, "unclosed \" quote"},
		{"/mor provider update --add-stake 1000", "holds 99.7 MOR but this plan pulls 1000 MOR"},
		{"/mor provider deregister", "active bid(s); delete them first"},
		{"/mor model deregister known-model", "still has our active bid 0x"},
		{"/mor model deregister known-model", "; delete it first: /mor bid delete 0x"},
		{"/mor approve", "missing <amount>"},
		{"/mor approve auto", "no open proposal needs MOR"},
		{"/mor proposals show P-999", "there is no proposal P-999"},
		{"/mor proposals show X-1", "is not a proposal ID"},
		{"/mor proposals cancel P-1", "P-1 is already confirmed"},
		{"/mor audit 0", "is not a number from 1 to 50"},
		{"/mor provider show 0x12", "is not an address"},
		{"/mor onboard 127.0.0.1:3333 known-model 0.00001", "provider already registered"},
		{"/mor help nope", `no command "nope"`},
		{"/mor help bi", `no command "bi"`},
		{"/mor help bid create", "/mor bid create <model> <price>"},
		{"/mor help bid", "/mor bid create <model> <price>\n    Post (or re-price)"},
		{"/mor help /mor bid", "/mor bid delete <bid>\n    Delete an active bid"},
	}
	before, _ := e.eng.List(context.Background(), 100)
	for _, c := range cases {
		r := e.run("alice", c.cmd)
		if r.ProposalID != 0 {
			t.Errorf("%s: created proposal P-%d", c.cmd, r.ProposalID)
		}
		text := flatten(r.Message)
		if !strings.Contains(text, c.want) {
			t.Errorf("%s:\n got: %s\nwant: %s", c.cmd, text, c.want)
		}
		if strings.Contains(text, "internal error") {
			t.Errorf("%s: internal error instead of a specific answer", c.cmd)
		}
	}
	after, _ := e.eng.List(context.Background(), 100)
	if len(after) != len(before) {
		t.Fatalf("malformed commands created %d proposals", len(after)-len(before))
	}
}

func TestBelowMinimumNamesNumbersAndBlock(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{})
	if err := e.sim.SetProviderMinStake(context.Background(), mor("0.2")); err != nil {
		t.Fatal(err)
	}
	r := e.run("alice", "/mor provider create 0.1 node.example.com:3333")
	if r.ProposalID != 0 || !strings.Contains(r.Message.Text, "0.1 MOR is below the provider minimum stake 0.2 MOR (read at block ") {
		t.Fatalf("%+v", r.Message)
	}
}

func TestRejectAndCancelThroughCommands(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{})
	r := e.run("alice", "/mor approve 1")
	m := e.h.ClickByID(context.Background(), u("bob"), "P-1", chat.ActionReject).Message
	if !strings.Contains(m.Text, "rejected P-1") {
		t.Fatalf("reject: %+v", m)
	}
	p, _ := e.eng.Get(context.Background(), r.ProposalID)
	if p.Status != approval.Rejected || len(view.Proposal(p, e.cl.Network(), nil).Buttons) != 0 {
		t.Fatalf("after reject: %s, buttons must be gone", p.Status)
	}
	r = e.run("alice", "/mor approve 2")
	c := e.run("bob", "/mor proposals cancel P-2")
	if !strings.Contains(c.Message.Text, "P-2 cancelled") {
		t.Fatalf("cancel: %+v", c.Message)
	}
	list := flatten(e.run("alice", "/mor proposals").Message)
	if !strings.Contains(list, "P-2 · approve · set the Diamond's MOR allowance to 2 MOR · cancelled · 0/2 · just now\n") ||
		!strings.Contains(list, "P-1 · approve · set the Diamond's MOR allowance to 1 MOR · rejected · 0/2 · just now") {
		t.Fatalf("list: %s", list)
	}
	audit := flatten(e.run("alice", "/mor audit 20").Message)
	for _, want := range []string{"alice proposed P-1", "bob rejected P-1", "bob cancelled P-2"} {
		if !strings.Contains(audit, want) {
			t.Errorf("audit lacks %q:\n%s", want, audit)
		}
	}
	_ = r
}

// What approvers read is decoded from the bytes that are signed: every step names its contract,
// function and arguments (amounts in MOR and wei), the details view shows the exact calldata, and
// that calldata is byte for byte what reaches the chain.
func TestProposalShowsTheExactPayload(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{})
	ctx := context.Background()
	r := e.run("alice", "/mor onboard node.example.com:3333 m1 0.00001")
	if r.ProposalID == 0 {
		t.Fatal(flatten(r.Message))
	}
	n := e.cl.Network()
	signer := e.eng.SignerAddress().Hex()
	text := flatten(r.Message)
	for _, want := range []string{
		"calls MOR token " + n.MOR.Hex() + " · approve(spender = " + n.Diamond.Hex() + " (the Diamond), amount = 0.3 MOR (300000000000000000 wei)) · sends 0 ETH",
		"calls Diamond (marketplace) " + n.Diamond.Hex() + " · providerRegister(provider = " + signer + " (the provider wallet, the signer), amount = 0.1 MOR (100000000000000000 wei), endpoint = \"node.example.com:3333\")",
		"modelRegister(modelOwner = " + signer + " (the provider wallet, the signer), baseModelId = 0x",
		"fee = 0 MOR (0 wei), amount = 0.1 MOR (100000000000000000 wei), name = \"m1\", tags = [\"LLM\"])",
		"postModelBid(provider = " + signer + " (the provider wallet, the signer), modelId = 0x",
		"pricePerSecond = 0.00001 MOR/s (0.036 MOR/h, 10000000000000 wei/s))",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the proposal lacks %q:\n%s", want, text)
		}
	}
	p, _ := e.eng.Get(ctx, r.ProposalID)
	if !strings.Contains(r.Message.Footer, "payload "+p.PayloadHash.Hex()) {
		t.Errorf("footer %q lacks the full payload hash", r.Message.Footer)
	}
	// The details button and /mor proposals show --raw give the same exact payload.
	raw := e.h.Click(ctx, u("bob"), p.Token, chat.ActionDetails).Message
	if shown := e.run("bob", "/mor proposals show P-1 --raw").Message; flatten(shown) != flatten(raw) {
		t.Fatalf("--raw and the details button differ:\n%s\n---\n%s", flatten(shown), flatten(raw))
	}
	p = e.approveAndWait(r.ProposalID)
	if p.Status != approval.Confirmed {
		t.Fatal(p.Reason)
	}
	for _, s := range p.Steps {
		tx, _, err := e.sim.Backend.Client().TransactionByHash(ctx, *s.Hash)
		if err != nil {
			t.Fatal(err)
		}
		var shown string
		for _, f := range raw.Fields {
			if strings.HasPrefix(f.Name, fmt.Sprintf("step %d data", s.Index+1)) {
				shown += f.Value
			}
		}
		if shown != "0x"+hex.EncodeToString(tx.Data()) || *tx.To() != s.Tx.To || tx.Value().Sign() != 0 {
			t.Fatalf("step %d: the details view shows %s, the chain has %x to %s", s.Index+1, shown, tx.Data(), tx.To().Hex())
		}
	}
}

// Names people cannot tell apart are refused: the same name while another proposal is registering
// it, another case, a Cyrillic look-alike, full-width letters. Each refusal names the model it
// collides with, and nothing is proposed.
func TestConfusableAndDuplicateModelNamesRefused(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{})
	r := e.run("alice", "/mor provider create 0.2 node.example.com:3333")
	if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
		t.Fatal(p.Reason)
	}
	dup := e.run("alice", "/mor model create dup 0.1")
	if dup.ProposalID == 0 {
		t.Fatal(flatten(dup.Message))
	}
	for _, cmd := range []string{"/mor model create dup 0.1", "/mor model create DUP 0.1", "/mor onboard node.example.com:3333 dup 0.00001"} {
		got := e.run("alice", cmd)
		if got.ProposalID != 0 || !strings.Contains(flatten(got.Message), `P-2 (pending) is already registering a model named "dup" (0x`) {
			t.Fatalf("%s: %s", cmd, flatten(got.Message))
		}
	}
	if p := e.approveAndWait(dup.ProposalID); p.Status != approval.Confirmed {
		t.Fatal(p.Reason)
	}
	gpt := e.run("alice", "/mor model create gpt 0.1")
	if p := e.approveAndWait(gpt.ProposalID); p.Status != approval.Confirmed {
		t.Fatal(p.Reason)
	}
	for name, want := range map[string]string{
		"gpt":      `the team already has an active model named "gpt" (0x`,
		"GPT":      `the team already has an active model named "gpt" (0x`,
		"g\u0440t": `"gрt" looks like "gpt", the name of the team's active model 0x`, // Cyrillic er
		"ｇｐｔ":      `"ｇｐｔ" looks like "gpt", the name of the team's active model 0x`,
		"dup":      `the team already has an active model named "dup" (0x`,
		"\u0501up": `looks like "dup"`, // Cyrillic komi de
	} {
		got := e.run("alice", "/mor model create "+name+" 0.1")
		if got.ProposalID != 0 || !strings.Contains(flatten(got.Message), want) {
			t.Errorf("%q: %s", name, flatten(got.Message))
		}
	}
	if ok := e.run("alice", "/mor model create gpu 0.1"); ok.ProposalID == 0 {
		t.Fatalf("a distinct name was refused: %s", flatten(ok.Message))
	}
}

// The reachability check dials only the endpoint being proposed for the provider, at most once every
// 10 s, and says nothing about why a connection failed (it cannot be used as a port scanner).
func TestEndpointCheckIsRateLimitedAndOpaque(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := l.Addr().String()
	l.Close()
	first := flatten(e.run("alice", "/mor provider create 0.2 "+closed).Message)
	if !strings.Contains(first, "warning: endpoint "+closed+" NOT reachable from morbot's host within 2 s") || strings.Contains(first, "refused") {
		t.Fatalf("first check: %s", first)
	}
	e.run("alice", "/mor proposals cancel P-1")
	// Within 10 s the same endpoint gets the last answer with its age; another endpoint is not dialled.
	second := flatten(e.run("alice", "/mor provider create 0.2 "+closed).Message)
	if !strings.Contains(second, "NOT reachable from morbot's host within 2 s; consumers must reach it from the internet: check the proxy-router and the firewall (checked ") ||
		!strings.Contains(second, "ago; morbot contacts it at most once every 10s)") {
		t.Fatalf("second check within 10 s: %s", second)
	}
	e.run("alice", "/mor proposals cancel P-2")
	third := flatten(e.run("alice", "/mor provider create 0.2 127.0.0.1:1").Message)
	if !strings.Contains(third, "not checked now (morbot contacts at most one endpoint every 10s)") {
		t.Fatalf("another endpoint within 10 s: %s", third)
	}
}

// Reads are for the team: someone who is neither approver, proposer nor listed viewer gets a polite
// refusal for status, proposals, audit and a proposal's details; a listed viewer reads but cannot
// propose or vote.
func TestOnlyViewersRead(t *testing.T) {
	t.Parallel()
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
	cl := sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	signer := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	engCore := wiring.New(wiring.Options{Store: db, Chain: cl, Signer: signer, Policy: approval.Policy{Quorum: 1, AnyRejectEnds: true, Expiry: time.Hour,
		Approvers: map[string]approval.Members{"console": {Users: map[string]bool{"alice": true, "bob": true}}},
		Viewers:   map[string]approval.Members{"console": {Users: map[string]bool{"victor": true}}}}, Provider: signer.Address()})
	eng := approvaltest.CoreOf(engCore)
	defer eng.Close()
	h := commands.New(commands.Options{Domain: engCore})
	e := &env{t: t, sim: sim, eng: eng, h: h, cl: cl}
	p := e.run("alice", "/mor approve 1")
	if p.ProposalID == 0 {
		t.Fatal(flatten(p.Message))
	}
	for _, cmd := range []string{"/mor status", "/mor proposals", "/mor proposals show P-1", "/mor audit", "/mor minimums"} {
		got := e.run("mallory", cmd).Message
		if !view.IsRefusal(got) || !strings.Contains(got.Text, "sorry, you are not one of this team's viewers") || !strings.Contains(got.Text, "console ID mallory") {
			t.Errorf("mallory %s: %s", cmd, flatten(got))
		}
		if got := e.run("victor", cmd).Message; view.IsRefusal(got) && strings.Contains(got.Text, "viewers") {
			t.Errorf("victor (a viewer) refused %s", cmd)
		}
	}
	if got := e.run("mallory", "/mor help").Message; strings.Contains(got.Text, "viewers") {
		t.Error("help is refused to non-viewers")
	}
	tok, _ := eng.Get(ctx, p.ProposalID)
	if got := h.Click(ctx, u("mallory"), tok.Token, chat.ActionDetails).Message; !strings.Contains(got.Text, "only the team's viewers") {
		t.Errorf("details for mallory: %s", flatten(got))
	}
	if got := e.run("victor", "/mor approve 2"); got.ProposalID != 0 || !strings.Contains(flatten(got.Message), "only the team's proposers may run /mor approve") {
		t.Errorf("a viewer proposed: %s", flatten(got.Message))
	}
}

// Winding down through the commands: the bid deleted, the model deregistered (its whole stake back),
// the provider deregistered (the stake minus this period's earnings back, the rest kept staked, the
// record marked deleted), each to the wei.
func TestDeregisterThroughCommands(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{})
	ctx := context.Background()
	me := e.eng.SignerAddress()
	r := e.run("alice", "/mor onboard node.example.com:3333 m1 0.00001")
	if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
		t.Fatal(p.Reason)
	}
	earned := mor("0.04")
	if err := e.sim.SetEarned(ctx, me, earned); err != nil {
		t.Fatal(err)
	}
	bids, _, err := e.cl.ProviderActiveBids(ctx, me, 0, 10)
	if err != nil || len(bids) != 1 {
		t.Fatalf("bids: %v %v", bids, err)
	}
	// The provider cannot go while it has a bid.
	if got := flatten(e.run("alice", "/mor provider deregister").Message); !strings.Contains(got, "the provider has 1 active bid(s); delete them first") {
		t.Fatalf("deregister with a bid: %s", got)
	}
	balance := func() *chainBig {
		b, err := e.cl.MORBalance(ctx, me)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	step := func(cmd string) *chainBig {
		t.Helper()
		before := balance()
		r := e.run("alice", cmd)
		if r.ProposalID == 0 {
			t.Fatalf("%s: %s", cmd, flatten(r.Message))
		}
		if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
			t.Fatalf("%s: %s %s", cmd, p.Status, p.Reason)
		}
		return new(chainBig).Sub(balance(), before)
	}
	if got := step("/mor bid delete " + bids[0].Hex()); got.Sign() != 0 {
		t.Fatalf("deleting the bid moved %s MOR (the fee is not refunded)", got)
	}
	if got := step("/mor model deregister m1"); got.Cmp(mor("0.1")) != 0 {
		t.Fatalf("model deregister returned %s wei, want the whole 0.1 MOR stake", got)
	}
	r = e.run("alice", "/mor provider deregister")
	if !strings.Contains(flatten(r.Message), "returns 0.06 MOR now (the stake minus the 0.04 MOR earned this period). The other 0.04 MOR stays in the contract as the deregistered provider's stake, and nothing releases it on its own: after the earnings period ends") {
		t.Fatalf("deregister proposal: %s", flatten(r.Message))
	}
	_, _ = e.eng.Cancel(ctx, u("alice"), r.ProposalID)
	if got := step("/mor provider deregister"); got.Cmp(mor("0.06")) != 0 {
		t.Fatalf("provider deregister returned %s wei, want stake − earned = 0.06 MOR", got)
	}
	p, err := e.cl.Provider(ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	if !p.IsDeleted || p.Stake.Cmp(earned) != 0 {
		t.Fatalf("after deregistering: deleted %v, stake %s (want the 0.04 MOR earned kept)", p.IsDeleted, p.Stake)
	}
	if got := flatten(e.run("alice", "/mor provider deregister").Message); !strings.Contains(got, "is already deregistered") {
		t.Fatalf("second deregister: %s", got)
	}
	// Onboarding again reuses the stake the deregistered provider kept: only the difference to the
	// minimum is staked.
	r = e.run("alice", "/mor onboard node.example.com:3333 m2 0.00001")
	if !strings.Contains(flatten(r.Message), "register provider "+me.Hex()+" with 0.1 MOR stake at endpoint node.example.com:3333 (adds 0.06 MOR to the 0.04 MOR it still holds from before)") {
		t.Fatalf("onboard after deregistering: %s", flatten(r.Message))
	}
}

// Each write is refused before anything is proposed when the chain would refuse it, with the reason.
func TestWritePreChecks(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{})
	ctx := context.Background()
	base := "0x" + strings.Repeat("0", 63) + "7"
	refused := func(cmd, want string) {
		t.Helper()
		r := e.run("alice", cmd)
		if r.ProposalID != 0 || !strings.Contains(flatten(r.Message), want) {
			t.Fatalf("%s: proposal P-%d, %s\nwant: %s", cmd, r.ProposalID, flatten(r.Message), want)
		}
	}
	ok := func(cmd string) {
		t.Helper()
		r := e.run("alice", cmd)
		if r.ProposalID == 0 {
			t.Fatalf("%s: %s", cmd, flatten(r.Message))
		}
		if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
			t.Fatalf("%s: %s", cmd, p.Reason)
		}
	}
	// A bid needs an active provider.
	ok("/mor model create solo 0.1 --base-id " + base)
	refused("/mor bid create solo 0.00001", "provider "+e.eng.SignerAddress().Hex()+" is not an active provider; register it first (/mor provider create or /mor onboard)")
	// Re-registering an active model through its base ID would overwrite it.
	refused("/mor model create other-name 0.1 --base-id "+base, "already exists for base ID "+base)
	// Below the provider minimum, every update reverts: refused up front.
	ok("/mor provider create 0.1 node.example.com:3333")
	if err := e.sim.SetProviderMinStake(ctx, mor("0.5")); err != nil {
		t.Fatal(err)
	}
	refused("/mor provider update --endpoint node2.example.com:3333", "the stake would be 0.1 MOR, below the provider minimum 0.5 MOR")
	// A model someone else owns cannot be deregistered by this team.
	other := chaintest.KeySigner{Key: e.sim.Accounts[1].Key}
	c := e.sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	if _, err := c.Send(ctx, other, c.ApproveTx(mor("1"))); err != nil {
		t.Fatal(err)
	}
	otherBase := common.HexToHash("0x99")
	if _, err := c.Send(ctx, other, c.ModelRegisterTx(other.Address(), otherBase, common.Hash{}, big.NewInt(0), mor("0.1"), "theirs", []string{"LLM"})); err != nil {
		t.Fatal(err)
	}
	theirs := chain.ModelID(other.Address(), otherBase)
	refused("/mor model deregister "+theirs.Hex(), "is owned by "+other.Address().Hex()+"; only its owner can deregister it")
}

// TestRefusalsAreHeadedByWhatWasRefused: a read that names what does not exist says "Not found", a
// read that cannot run says "Refused", and only a command that proposes says "Not proposed". Every
// refusal has the same shape (an error, private, no usage: that is for syntax errors).
func TestRefusalsAreHeadedByWhatWasRefused(t *testing.T) {
	e := newEnv(t, approval.Caps{})
	missing := "0x" + strings.Repeat("ab", 32)
	for _, c := range []struct{ cmd, title, text string }{
		{"/mor model show " + missing, "Not found", "does not exist on-chain"},
		{"/mor market " + missing, "Not found", "is not active on-chain"},
		{"/mor bid delete " + missing, "Not found", "there is no bid"},
		{"/mor bid create nosuchmodel 0.00001", "Not found", `no active model named "nosuchmodel"`},
		{"/mor health", "Refused", "no proxy-router API is configured"},
		{"/mor provider create 0.0001 node.example.com:3333", "Not proposed", "minimum"},
	} {
		r := e.run("alice", c.cmd)
		if r.Message.Title != c.title || !strings.Contains(r.Message.Text, c.text) || r.ProposalID != 0 || !view.IsRefusal(r.Message) || !r.Message.Ephemeral {
			t.Errorf("%s: headed %q, text %q, %d field(s); want %q with %q", c.cmd, r.Message.Title, r.Message.Text, len(r.Message.Fields), c.title, c.text)
		}
	}
	// A duration that does not parse is bad input, said before anything else: the usage comes with it.
	r := e.run("alice", "/mor alerts silence all 5x")
	if !strings.Contains(flatten(r.Message), `"5x" is not a duration such as 30m, 4h or 2d`) || !strings.Contains(flatten(r.Message), "usage") {
		t.Errorf("bad duration: %s", flatten(r.Message))
	}
}

// Onboarding a registered provider says what it changes: an endpoint change is its own line, and
// --provider-stake is the stake the provider ends with (never lower than it holds), with what is
// added.
func TestOnboardSaysWhatItChanges(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{})
	me := e.eng.SignerAddress().Hex()
	r := e.run("alice", "/mor onboard 127.0.0.1:3333 m1 0.00001 --provider-stake 2")
	if !strings.Contains(flatten(r.Message), "register provider "+me+" with 2 MOR stake at endpoint 127.0.0.1:3333\n") {
		t.Fatalf("first onboard: %s", flatten(r.Message))
	}
	if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
		t.Fatalf("onboard: %s %s", p.Status, p.Reason)
	}
	moved := e.run("alice", "/mor onboard 127.0.0.2:3333 m1 0.00001")
	if got := flatten(moved.Message); !strings.Contains(got, "update provider "+me+": changes the endpoint from `127.0.0.1:3333` to 127.0.0.2:3333\n") ||
		strings.Contains(got, "adds ") {
		t.Fatalf("a new endpoint: %s", got)
	}
	_, _ = e.eng.Cancel(context.Background(), u("alice"), moved.ProposalID)
	lower := flatten(e.run("alice", "/mor onboard 127.0.0.1:3333 m1 0.00001 --provider-stake 1").Message)
	if !strings.Contains(lower, "--provider-stake 1 MOR is below the provider's stake of 2 MOR") || !strings.Contains(lower, "it is the stake the provider ends with") {
		t.Fatalf("a lower stake: %s", lower)
	}
	more := e.run("alice", "/mor onboard 127.0.0.1:3333 m1 0.00001 --provider-stake 3")
	if got := flatten(more.Message); !strings.Contains(got, "update provider "+me+": adds 1 MOR stake (2 MOR → 3 MOR)\n") || strings.Contains(got, "endpoint from") {
		t.Fatalf("a higher stake: %s", got)
	}
	if p := e.approveAndWait(more.ProposalID); p.Status != approval.Confirmed {
		t.Fatalf("top-up: %s %s", p.Status, p.Reason)
	}
	pr, err := e.cl.Provider(context.Background(), e.eng.SignerAddress())
	if err != nil || pr.Stake.Cmp(mor("3")) != 0 {
		t.Fatalf("the provider's stake after --provider-stake 3: %v %v", pr.Stake, err)
	}
}

// A re-price approved after another re-price ran ends stale, and its "Propose again" button builds a
// fresh plan from the same command, on the chain as it is now.
func TestStaleProposalIsProposedAgain(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{})
	r := e.run("alice", "/mor onboard 127.0.0.1:3333 m1 0.00001")
	if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
		t.Fatalf("onboard: %s %s", p.Status, p.Reason)
	}
	older := e.run("alice", "/mor bid create m1 0.00003")
	later := e.run("alice", "/mor bid create m1 0.00004")
	if older.ProposalID == 0 || later.ProposalID == 0 {
		t.Fatalf("re-prices: %s / %s", flatten(older.Message), flatten(later.Message))
	}
	if p := e.approveAndWait(later.ProposalID); p.Status != approval.Confirmed {
		t.Fatalf("the later re-price: %s %s", p.Status, p.Reason)
	}
	stale := e.approveAndWait(older.ProposalID)
	if stale.Status != approval.Stale {
		t.Fatalf("the older re-price: %s %q", stale.Status, stale.Reason)
	}
	ref := stale.HumanID()
	if m := e.h.ClickByID(context.Background(), u("mallory"), ref, chat.ActionProposeAgain).Message; !strings.Contains(m.Text, "only the team's proposers") {
		t.Fatalf("an outsider proposed again: %s", flatten(m))
	}
	again := e.h.ClickByID(context.Background(), u("alice"), ref, chat.ActionProposeAgain)
	if again.ProposalID == 0 || again.ProposalID == stale.ID {
		t.Fatalf("propose again: %s", flatten(again.Message))
	}
	fresh, err := e.eng.Get(context.Background(), again.ProposalID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(fresh.Summary, "at 0.00003 MOR/s") || !strings.Contains(fresh.Summary, "replaces the active bid") || !strings.Contains(fresh.Summary, "at 0.00004 MOR/s") {
		t.Fatalf("the fresh plan does not start from the chain as it is now: %s", fresh.Summary)
	}
	if m := e.h.ClickByID(context.Background(), u("alice"), fresh.HumanID(), chat.ActionProposeAgain).Message; !strings.Contains(m.Text, "only a stale proposal") {
		t.Fatalf("a pending proposal was proposed again: %s", flatten(m))
	}
}
