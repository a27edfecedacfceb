package wiring_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/executor"
	"github.com/morbotlabs/morbot/internal/plans"
	"github.com/morbotlabs/morbot/internal/view"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// onboarded is a world whose provider has a model "m" with a bid at 0.00001 MOR/s; it returns the
// model ID.
func (w *world) onboarded() common.Hash {
	w.t.Helper()
	p, _, err := w.core.Plans.Onboard(w.ctx, user("alice"), plans.OnboardSpec{Endpoint: "127.0.0.1:3333", ModelName: "m", Price: big.NewInt(1e13)})
	if err != nil {
		w.t.Fatal(err)
	}
	if st := w.approve(p, approval.EvConfirmed); st.Status != approval.Confirmed {
		w.t.Fatalf("onboarding: %s %s", st.Status, st.Reason)
	}
	id, ok := p.Params.(approval.OnboardParams)
	if !ok || id.Model == nil {
		w.t.Fatalf("onboarding params %#v", p.Params)
	}
	return *id.Model
}

// approve has bob approve a proposal and waits for an event of a kind on it.
func (w *world) approve(p *approval.Proposal, until approval.EventKind) *approval.Proposal {
	w.t.Helper()
	if _, err := w.core.Engine.Vote(w.ctx, user("bob"), p.Token, true); err != nil {
		w.t.Fatal(err)
	}
	w.ev.Wait(w.t, p.ID, until)
	return w.get(p.ID)
}

func (w *world) get(id int64) *approval.Proposal {
	w.t.Helper()
	p, err := w.core.Engine.Get(w.ctx, id)
	if err != nil {
		w.t.Fatal(err)
	}
	return p
}

func (w *world) reprice(model common.Hash, wei int64) (*approval.Proposal, error) {
	return w.core.Plans.BidCreate(w.ctx, user("alice"), model, big.NewInt(wei))
}

func (w *world) mor() *big.Int {
	w.t.Helper()
	b, err := w.client.MORBalance(w.ctx, w.signer.Address())
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

func (w *world) ourBid(model common.Hash) chain.Bid {
	w.t.Helper()
	st, err := w.client.StateAt(w.ctx, 0, w.signer.Address())
	if err != nil {
		w.t.Fatal(err)
	}
	for _, b := range st.ActiveBids {
		if b.ModelID == model {
			return b
		}
	}
	w.t.Fatal("no active bid")
	return chain.Bid{}
}

// Two re-prices to the same price: the second is refused while the first is open, naming it.
func TestSamePayloadIsProposedOnce(t *testing.T) {
	t.Parallel()
	w := newWorld(t, quorum1(), false)
	model := w.onboarded()
	first, err := w.reprice(model, 2e13)
	if err != nil {
		t.Fatal(err)
	}
	_, err = w.reprice(model, 2e13)
	var d *approval.Denial
	if !errors.As(err, &d) || !strings.HasPrefix(d.Reason, first.HumanID()+" already proposes this") {
		t.Fatalf("the same re-price again: %v", err)
	}
	if ps, _ := w.core.Engine.List(w.ctx, 10, approval.Pending); len(ps) != 1 {
		t.Fatalf("%d pending proposals, want the first alone", len(ps))
	}
}

// Two re-prices to the same price with different payloads (one carries an approve step), both
// approved: one runs and the other ends stale. The provider pays the bid fee once.
func TestTwoApprovedRepricesPayOneFee(t *testing.T) {
	t.Parallel()
	w := newWorld(t, quorum1(), false)
	model := w.onboarded()
	fee, err := w.client.Minimums(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	more, err := w.core.Plans.Approve(w.ctx, user("alice"), mor("1"))
	if err != nil {
		t.Fatal(err)
	}
	w.approve(more, approval.EvConfirmed)
	a, err := w.reprice(model, 2e13) // the allowance covers the fee: no approve step
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Steps) != 1 {
		t.Fatalf("the first re-price has %d steps", len(a.Steps))
	}
	// Spend the allowance, so the same re-price now needs an approve step: another payload.
	zero, err := w.core.Plans.Approve(w.ctx, user("alice"), big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	w.approve(zero, approval.EvConfirmed)
	b, err := w.reprice(model, 2e13)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Steps) != 2 || b.PayloadHash == a.PayloadHash {
		t.Fatalf("the second re-price has %d steps and the same payload %v", len(b.Steps), b.PayloadHash == a.PayloadHash)
	}
	if len(b.Overlaps) == 0 || b.Overlaps[0].Proposal != a.ID {
		t.Fatalf("the second re-price is not flagged against the first: %+v", b.Overlaps)
	}
	before, nonce := w.mor(), w.latest()
	w.approve(b, approval.EvConfirmed)
	a = w.approve(a, approval.EvStale)
	if a.Status != approval.Stale || !strings.Contains(a.Reason, `our active bid on "m": was bid `) || !strings.Contains(a.Reason, "at 0.00001 MOR/s") ||
		!strings.Contains(a.Reason, "→ now bid ") {
		t.Fatalf("the older re-price: %s %q", a.Status, a.Reason)
	}
	if paid := new(big.Int).Sub(before, w.mor()); paid.Cmp(fee.BidFee) != 0 {
		t.Fatalf("paid %s wei in bid fees, want one fee of %s", paid, fee.BidFee)
	}
	if n := w.latest() - nonce; n != 2 { // the second re-price's approve and bid; nothing of the stale one
		t.Fatalf("%d transactions, want 2", n)
	}
}

// A re-price built before another re-price confirmed ends stale and leaves the later-approved price;
// its message says what changed and offers to propose it again; nothing of it is sent.
func TestStaleRepriceLeavesTheLaterPrice(t *testing.T) {
	t.Parallel()
	w := newWorld(t, quorum1(), false)
	model := w.onboarded()
	p5, err := w.reprice(model, 3e13)
	if err != nil {
		t.Fatal(err)
	}
	p6, err := w.reprice(model, 4e13)
	if err != nil {
		t.Fatal(err)
	}
	flag := w.ev.Wait(t, p5.ID, approval.EvFlagged)
	if want := p6.HumanID() + " also changes the allowance and this bid; whichever runs second will be checked against the first"; flag.Note != want ||
		!strings.Contains(strings.Join(view.OverlapLines(w.get(p5.ID)), "\n"), want) {
		t.Fatalf("P-5 is not told of P-6: %q", flag.Note)
	}
	if lines := view.OverlapLines(p6); len(lines) != 1 || !strings.HasPrefix(lines[0], p5.HumanID()+" also changes the allowance and this bid") {
		t.Fatalf("P-6 is not flagged: %v", lines)
	}
	w.approve(p6, approval.EvConfirmed)
	nonce := w.latest()
	p5 = w.approve(p5, approval.EvStale)
	if w.latest() != nonce {
		t.Fatal("the stale plan sent a transaction")
	}
	if got := w.ourBid(model).PricePerSecond; got.Cmp(big.NewInt(4e13)) != 0 {
		t.Fatalf("the bid's price is %s wei/s, want the later-approved 4e13", got)
	}
	if !strings.Contains(p5.Reason, "was bid ") || !strings.Contains(p5.Reason, "at 0.00001 MOR/s") || !strings.Contains(p5.Reason, "at 0.00004 MOR/s") {
		t.Fatalf("the stale reason does not say what changed: %q", p5.Reason)
	}
	m := w.core.Proposals.Render(p5)
	var again bool
	for _, b := range m.Buttons {
		again = again || b.Action == chat.ActionProposeAgain && b.Token == p5.Token
	}
	if p5.Origin != "" && !again || !strings.Contains(m.Title, "STALE") {
		t.Fatalf("the stale card: %q, buttons %+v", m.Title, m.Buttons)
	}
	if len(w.get(p6.ID).Overlaps) != 0 {
		t.Fatal("a settled proposal still shows as overlapping")
	}
}

// The leader judges the votes by the team's policy as the store holds it when it signs: a plan
// approved by one vote under quorum 1 is not signed once the team adopted quorum 2; it goes back for
// approval and runs once a second approver votes.
func TestLeaderRechecksVotesByTheTeamsPolicy(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	loose := quorum1()
	w := newWorldWith(t, loose, executor.Options{Standby: true})
	if _, err := w.core.Engine.SyncPolicy(ctx, false, "replica A"); err != nil {
		t.Fatal(err)
	}
	p, err := w.core.Plans.Approve(ctx, user("alice"), mor("1"))
	if err != nil {
		t.Fatal(err)
	}
	if r, err := w.core.Engine.Vote(ctx, user("bob"), p.Token, true); err != nil || r.Proposal.Status != approval.Approved {
		t.Fatalf("bob's vote: %+v %v", r, err)
	}
	// Another replica makes the stricter policy the team's.
	strict := loose
	strict.Quorum = 2
	other := wiring.New(wiring.Options{Chain: w.client, Store: w.db, Signer: w.signer, Policy: strict, Provider: w.signer.Address(), Exec: executor.Options{Standby: true}})
	defer other.Exec.Close()
	if _, err := other.Engine.SyncPolicy(ctx, false, "replica B"); err == nil {
		t.Fatal("a replica with another policy started without --adopt-policy")
	}
	adopted, err := other.Engine.SyncPolicy(ctx, true, "replica B")
	if err != nil || !adopted.Adopted || len(adopted.Diff) != 1 || adopted.Diff[0] != "approval.quorum: 1 → 2" {
		t.Fatalf("adopt: %+v %v", adopted, err)
	}
	nonce := w.latest()
	w.core.Exec.SetLeader(true)
	if err := w.core.Exec.ReconcileOnce(ctx); err != nil {
		t.Fatal(err)
	}
	ev := w.ev.Wait(t, p.ID, approval.EvReturned)
	back := w.get(p.ID)
	if back.Status != approval.Pending || back.Quorum != 2 || !strings.Contains(ev.Note, "needs 2 approval(s) and 1 of its votes count") || w.latest() != nonce {
		t.Fatalf("after the policy changed: %s quorum %d %q, %d transaction(s)", back.Status, back.Quorum, ev.Note, w.latest()-nonce)
	}
	if r, err := w.core.Engine.Vote(ctx, user("carol"), p.Token, true); err != nil || !strings.Contains(r.Message, "quorum 2/2 reached") {
		t.Fatalf("carol's vote: %+v %v", r, err)
	}
	w.ev.Wait(t, p.ID, approval.EvConfirmed)
	if w.latest() != nonce+1 {
		t.Fatalf("%d transactions after the second approval, want 1", w.latest()-nonce)
	}
}

// Votes are judged by the team's policy, not by the voting replica's file: a replica that lets
// proposers approve does not, once the team's policy says they may not.
func TestVotesFollowTheTeamsPolicy(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newWorld(t, quorum1(), false)
	if _, err := w.core.Engine.SyncPolicy(ctx, false, "replica A"); err != nil {
		t.Fatal(err)
	}
	lax := quorum1()
	lax.ProposerMayApprove = true
	other := wiring.New(wiring.Options{Chain: w.client, Store: w.db, Signer: w.signer, Policy: lax, Provider: w.signer.Address(), Exec: executor.Options{Standby: true}})
	defer other.Exec.Close()
	p, err := other.Plans.Approve(ctx, user("alice"), mor("1"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = other.Engine.Vote(ctx, user("alice"), p.Token, true)
	var d *approval.Denial
	if !errors.As(err, &d) || !strings.Contains(d.Reason, "you proposed "+p.HumanID()+", so you cannot approve it") {
		t.Fatalf("self-approval on the lax replica: %v", err)
	}
}

func newWorldWith(t *testing.T, p approval.Policy, xo executor.Options) *world {
	t.Helper()
	w := newWorld(t, p, false)
	w.core.Exec.Close()
	xo.PollInterval = 5 * time.Millisecond
	w.core = wiring.New(wiring.Options{Chain: w.client, Store: w.db, Signer: w.signer, Policy: p, Notifier: w.ev, Provider: w.signer.Address(), Exec: xo})
	t.Cleanup(w.core.Exec.Close)
	return w
}
