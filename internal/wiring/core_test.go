package wiring_test

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/approval/approvaltest"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/executor"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/store/testdb"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// world is the whole core as morbot wires it (the proposal engine, the plans and the executor on the
// real contract double), for the tests of what binds an approval to the world it was approved in.
type world struct {
	t      testing.TB
	ctx    context.Context
	sim    *chaintest.Sim
	client *chain.Client
	signer chaintest.KeySigner
	db     *store.DB
	core   *wiring.Core
	ev     *approvaltest.Events
}

func mor(s string) *big.Int {
	v, err := chain.ParseMOR(s)
	if err != nil {
		panic(err)
	}
	return v
}

func console(names ...string) map[string]approval.Members {
	m := approval.Members{Users: map[string]bool{}}
	for _, n := range names {
		m.Users[n] = true
	}
	return map[string]approval.Members{"console": m}
}

func user(name string) approval.User { return approval.User{Platform: "console", ID: name, Name: name} }

func quorum1() approval.Policy {
	return approval.Policy{Quorum: 1, Approvers: console("alice", "bob", "carol"), AnyRejectEnds: true, Expiry: time.Hour}
}

func newWorld(t *testing.T, p approval.Policy, pipelined bool) *world {
	return newWorldTB(t, p, pipelined)
}

// newWorldTB is newWorld for a benchmark too.
func newWorldTB(t testing.TB, p approval.Policy, pipelined ...bool) *world {
	t.Helper()
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	db, err := testdb.Open(t, filepath.Join(t.TempDir(), "morbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, ctx: ctx, sim: sim, signer: chaintest.KeySigner{Key: sim.Accounts[0].Key}, db: db, ev: &approvaltest.Events{}}
	w.client = sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	w.core = wiring.New(wiring.Options{Chain: w.client, Store: db, Signer: w.signer, Policy: p, Notifier: w.ev, Provider: w.signer.Address(),
		Pipelined: len(pipelined) > 0 && pipelined[0], Exec: executor.Options{PollInterval: 5 * time.Millisecond}})
	t.Cleanup(func() { w.core.Exec.Close(); _ = db.Close() })
	return w
}

// latest is the signer's nonce at the latest block: transactions actually mined.
func (w *world) latest() uint64 {
	w.t.Helper()
	n, err := w.client.Nonce(w.ctx, w.signer.Address())
	if err != nil {
		w.t.Fatal(err)
	}
	return n
}

// onboardSteps is a 4-step onboarding: approve, register the provider, register a model, bid on it.
func onboardSteps(c *chain.Client, p common.Address, base byte, stake string) []approval.Planned {
	b := common.BytesToHash([]byte{base})
	return []approval.Planned{
		approval.TxStep(c.ApproveTx(new(big.Int).Add(mor(stake), mor("0.2")))),
		approval.TxStep(c.ProviderRegisterTx(p, mor(stake), "127.0.0.1:3333")),
		approval.TxStep(c.ModelRegisterTx(p, b, common.Hash{}, big.NewInt(0), mor("0.1"), "m", []string{"LLM"})),
		approval.TxStep(c.PostModelBidTx(p, chain.ModelID(p, b), big.NewInt(1e13))),
	}
}

// A queued plan's allowance step is re-planned when it comes to run: P-3 (an onboarding proposed while
// the allowance was 0, so it approves 0.3) waits behind P-2, which sets the allowance to 7 MOR. P-3
// does not reset it to 0.3: its approve step is dropped, the changed payload goes back for approval
// with both payloads named, and once approved again it runs without touching the allowance.
func TestQueuedPlanReplansItsAllowance(t *testing.T) {
	t.Parallel()
	w := newWorld(t, quorum1(), false)
	f := w
	ctx := context.Background()
	me := f.signer.Address()
	onboard, err := f.core.Engine.Propose(ctx, user("alice"), approval.ProposeRequest{Kind: approval.KindOnboard, Summary: "approve the Diamond to pull 0.3 MOR (allowance now 0 MOR)\nregister …",
		Steps: onboardSteps(f.client, me, 3, "0.1"), MORNeeded: mor("0.3")})
	if err != nil {
		t.Fatal(err)
	}
	setAllowance, err := f.core.Engine.Propose(ctx, user("alice"), approval.ProposeRequest{Kind: approval.KindApprove, Summary: "approve 7", Steps: []approval.Planned{approval.TxStep(f.client.ApproveTx(mor("7")))}})
	if err != nil {
		t.Fatal(err)
	}
	f.sim.SetAutoMine(false)
	if _, err := f.core.Engine.Vote(ctx, user("bob"), setAllowance.Token, true); err != nil {
		t.Fatal(err)
	}
	f.ev.Wait(t, setAllowance.ID, approval.EvStepSent) // P-2's approve is in flight
	res, err := f.core.Engine.Vote(ctx, user("bob"), onboard.Token, true)
	if err != nil || !strings.Contains(res.Message, "queued behind P-2") {
		t.Fatalf("P-1's quorum: %+v %v", res, err)
	}
	f.sim.SetAutoMine(true)
	f.sim.Commit()
	ev := f.ev.Wait(t, onboard.ID, approval.EvReturned)
	back, _ := f.core.Engine.Get(ctx, onboard.ID)
	if back.Status != approval.Pending || len(back.Steps) != 3 || back.Steps[0].Tx.Kind == chain.KindApprove || back.Approvals() != 0 ||
		!strings.Contains(back.Reason, onboard.PayloadHash.Hex()) || !strings.Contains(back.Reason, back.PayloadHash.Hex()) || back.PayloadHash == onboard.PayloadHash ||
		!strings.HasPrefix(back.Summary, "no approve step: the allowance is now 7 MOR, which covers the 0.3 MOR this plan pulls") || ev.Note != back.Reason {
		t.Fatalf("after the re-plan: %s, %d steps, %d approvals, reason %q, summary %q", back.Status, len(back.Steps), back.Approvals(), back.Reason, back.Summary)
	}
	before := f.latest()
	if _, err := f.core.Engine.Vote(ctx, user("bob"), back.Token, true); err != nil {
		t.Fatal(err)
	}
	f.ev.Wait(t, onboard.ID, approval.EvConfirmed)
	done, _ := f.core.Engine.Get(ctx, onboard.ID)
	if done.Status != approval.Confirmed || f.latest()-before != 3 {
		t.Fatalf("the re-approved plan: %s %q, %d transactions", done.Status, done.Reason, f.latest()-before)
	}
	allowance, err := f.client.Allowance(ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	if want := mor("6.7"); allowance.Cmp(want) != 0 { // 7 set by P-2, minus 0.3 pulled by P-1
		t.Fatalf("the allowance is %s wei, want %s (P-2's 7 MOR less what P-1 pulled)", allowance, want)
	}
}
