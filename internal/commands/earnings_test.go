package commands_test

import (
	"context"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/sessionindex"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
)

// onboardForSessions registers the provider with a 2 MOR stake and a bid at 0.00001 MOR/s, and
// returns the bid ID.
func (e *env) onboardForSessions() common.Hash {
	e.t.Helper()
	r := e.run("alice", "/mor onboard 127.0.0.1:3333 m1 0.00001 --provider-stake 2")
	if r.ProposalID == 0 {
		e.t.Fatalf("onboard: %s", flatten(r.Message))
	}
	if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
		e.t.Fatalf("onboard: %s %s", p.Status, p.Reason)
	}
	s, err := e.cl.Snapshot(context.Background(), e.sim.Accounts[0].Address)
	if err != nil || len(s.ActiveBids) != 1 {
		e.t.Fatalf("snapshot after onboarding: %v", err)
	}
	return s.ActiveBids[0].ID
}

// openSession opens a session as the consumer (account 1) with the provider's (account 0) approval.
func (e *env) openSession(bid common.Hash, amount string, direct bool) common.Hash {
	e.t.Helper()
	id, err := e.sim.OpenSession(context.Background(), e.sim.Accounts[1].Key, chaintest.KeyMessageSigner(e.sim.Accounts[0].Key), bid, mor(amount), direct)
	if err != nil {
		e.t.Fatal(err)
	}
	return id
}

func (e *env) advance(d time.Duration) {
	e.t.Helper()
	if err := e.sim.Advance(d); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) morOf(a common.Address) *chainBig {
	e.t.Helper()
	b, err := e.cl.MORBalance(context.Background(), a)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func hexOf(h common.Hash) string { return strings.ToLower(h.Hex()) }

func TestEarningsSessionsAndClaimThroughApproval(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{})
	bid := e.onboardForSessions()
	s1 := e.openSession(bid, "0.5", false) // 50,000 s, earns 0.5 MOR
	s2 := e.openSession(bid, "3", false)   // 300,000 s, earns 3 MOR
	e.advance(300_000 * time.Second)
	s3 := e.openSession(bid, "10", false) // still running (7 days at most)

	// The cap is the 2 MOR stake: the older session pays its 0.5, the other 1.5 of its 3.
	got := flatten(e.run("alice", "/mor earnings").Message)
	for _, want := range []string{
		"claimable now: 2 MOR from 2 session(s), exactly as claimForProvider computes it",
		"the cap withholds another 1.5 MOR until the next period",
		"earnings cap: 0 MOR earned of the 2 MOR cap (the stake); headroom 2 MOR",
		"sessions: 1 active, 2 ended-unclaimed, 0 closed with pay left, 0 claimed",
		"m1, bid " + hexOf(bid)[:10],
		"1 active, 2 ended-unclaimed, 0 closed, 0 claimed; paid 0 MOR, claimable now 2 MOR",
		"funding account: " + e.sim.Address().Hex() + " holds 1000000 MOR",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("/mor earnings lacks %q:\n%s", want, got)
		}
	}
	if got := e.run("alice", "/mor sessions claimable").Message.Text; strings.Count(got, "\n") != 1 || !strings.Contains(got, hexOf(s1)) || !strings.Contains(got, hexOf(s2)) ||
		!strings.Contains(got, "claimable now 1.5 MOR (the cap withholds 1.5 MOR)") {
		t.Errorf("/mor sessions claimable:\n%s", got)
	}
	if got := e.run("alice", "/mor sessions active").Message.Text; strings.Count(got, "\n") != 0 || !strings.Contains(got, hexOf(s3)) || !strings.Contains(got, "— active;") {
		t.Errorf("/mor sessions active:\n%s", got)
	}
	for cmd, want := range map[string]string{
		"/mor sessions bogus":     `filter: "bogus" is not one of active, claimable`,
		"/mor claim 0x1234":       `sessions: "0x1234" is not a session ID`,
		"/mor claim all 0x12,zz":  `sessions: "all" is not a session ID`,
		"/mor claim " + hexOf(s3): "still running until",
	} {
		r := e.run("alice", cmd)
		if r.ProposalID != 0 || !strings.Contains(flatten(r.Message), want) {
			t.Errorf("%s: P-%d %s\nwant %q", cmd, r.ProposalID, flatten(r.Message), want)
		}
	}

	r := e.run("alice", "/mor claim")
	msg := flatten(r.Message)
	if r.ProposalID == 0 {
		t.Fatalf("claim: %s", msg)
	}
	for _, want := range []string{
		"claim session " + s1.Hex() + " (model \"m1\", bid " + bid.Hex() + "): pays 0.5 MOR",
		"claim session " + s2.Hex() + " (model \"m1\", bid " + bid.Hex() + "): pays 1.5 MOR of 3 MOR due; the earnings cap withholds 1.5 MOR until the next period",
		"pays 2 MOR to the provider wallet " + e.sim.Accounts[0].Address.Hex() + " in total; 2 MOR of it from the marketplace funding account " + e.sim.Address().Hex(),
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("claim proposal lacks %q:\n%s", want, msg)
		}
	}
	// A second /mor claim while the first is open leaves its sessions out.
	if again := e.run("alice", "/mor claim"); again.ProposalID != 0 || !strings.Contains(flatten(again.Message), "already in P-"+itoa(r.ProposalID)) {
		t.Fatalf("second claim while the first is open: P-%d %s", again.ProposalID, flatten(again.Message))
	}
	before, funding := e.morOf(e.sim.Accounts[0].Address), e.morOf(e.sim.Address())
	p := e.approveAndWait(r.ProposalID)
	if p.Status != approval.Confirmed || len(p.Steps) != 2 {
		t.Fatalf("claim: %s %s, %d steps", p.Status, p.Reason, len(p.Steps))
	}
	if d := new(chainBig).Sub(e.morOf(e.sim.Accounts[0].Address), before); d.Cmp(mor("2")) != 0 {
		t.Fatalf("the provider received %s wei, want 2 MOR", d)
	}
	if d := new(chainBig).Sub(funding, e.morOf(e.sim.Address())); d.Cmp(mor("2")) != 0 {
		t.Fatalf("the funding account paid %s wei, want 2 MOR", d)
	}
	// The cap is spent: nothing more is proposed, and the capped session says why.
	r = e.run("alice", "/mor claim all")
	if got := flatten(r.Message); r.ProposalID != 0 || !strings.Contains(got, hexOf(s2)+": the earnings cap leaves nothing this period: 2 MOR earned of the 2 MOR cap") {
		t.Fatalf("claim at the cap: P-%d %s", r.ProposalID, got)
	}
	st := flatten(e.run("alice", "/mor status").Message)
	for _, want := range []string{"earnings cap: 2 MOR earned of the 2 MOR cap (the stake); headroom 0 MOR", "claimable now: 0 MOR from 0 session(s)", "the cap withholds another 1.5 MOR"} {
		if !strings.Contains(st, want) {
			t.Errorf("status lacks %q:\n%s", want, st)
		}
	}
}

func TestClaimFundingShortLeftOut(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{})
	bid := e.onboardForSessions()
	s := e.openSession(bid, "0.5", false)
	e.advance(50_000 * time.Second)
	if err := e.sim.FundingApprove(context.Background(), mor("0.1")); err != nil {
		t.Fatal(err)
	}
	r := e.run("alice", "/mor claim")
	want := hexOf(s) + ": the marketplace funding account " + e.sim.Address().Hex() + " can pay only 0.1 MOR now (balance 1000000 MOR, allowance to the Diamond 0.1 MOR) and this claim needs 0.5 MOR"
	if got := flatten(r.Message); r.ProposalID != 0 || !strings.Contains(got, want) {
		t.Fatalf("claim with the funding account short: P-%d %s\nwant %s", r.ProposalID, got, want)
	}
	if got := flatten(e.run("alice", "/mor earnings").Message); !strings.Contains(got, "0.5 MOR cannot be paid until the funding account is topped up") {
		t.Fatalf("earnings with the funding account short:\n%s", got)
	}
}

func TestAutoApprovedClaimRunsWithoutVotes(t *testing.T) {
	t.Parallel()
	e := newEnvPolicy(t, func(p *approval.Policy) { p.AutoApprove = map[approval.Kind]bool{approval.KindClaim: true} })
	bid := e.onboardForSessions()
	e.openSession(bid, "0.5", true) // direct payment: paid from the Diamond
	e.advance(50_000 * time.Second)
	before := e.morOf(e.sim.Accounts[0].Address)
	r := e.run("alice", "/mor claim")
	if r.ProposalID == 0 {
		t.Fatalf("claim: %s", flatten(r.Message))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := e.eng.Idle(ctx); err != nil {
		t.Fatal(err)
	}
	p, err := e.eng.Get(ctx, r.ProposalID)
	if err != nil || p.Status != approval.Confirmed || len(p.Votes) != 0 {
		t.Fatalf("auto-approved claim: %+v %v", p, err)
	}
	if d := new(chainBig).Sub(e.morOf(e.sim.Accounts[0].Address), before); d.Cmp(mor("0.5")) != 0 {
		t.Fatalf("the provider received %s wei, want 0.5 MOR", d)
	}
	audit, err := e.eng.Audit(ctx, 20)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range audit {
		if a.Action == "auto-approved" && a.ProposalID == r.ProposalID && strings.Contains(a.Detail, "approval.auto_approve: claim") {
			found = true
		}
	}
	if !found {
		t.Fatalf("no auto-approved audit entry for P-%d: %+v", r.ProposalID, audit)
	}
	// Auto-approval covers claims only: other plans still wait for votes, and a plan labelled a
	// claim that holds anything but claimForProvider calls waits too.
	if r := e.run("alice", "/mor approve 1"); r.ProposalID == 0 {
		t.Fatalf("approve: %s", flatten(r.Message))
	} else if p, _ := e.eng.Get(ctx, r.ProposalID); p.Status != approval.Pending {
		t.Fatalf("an approve plan was %s without votes", p.Status)
	}
	fake, err := e.eng.Propose(ctx, u("alice"), approval.ProposeRequest{Kind: approval.KindClaim, Summary: "not a claim",
		Steps: []approval.Planned{approval.TxStep(e.cl.ClaimForProviderTx(common.HexToHash("0x01"))), approval.TxStep(e.cl.ApproveTx(mor("5")))}, Gas: []uint64{100_000, 100_000}})
	if err != nil || fake.Status != approval.Pending {
		t.Fatalf("a claim-labelled plan with an approve step: %+v %v", fake, err)
	}
}

var _ = chat.Info

// A session the cap leaves out is told the headroom after the plan's own claims, which come first
// and use it up, not the headroom before them.
func TestClaimLeftOutCountsThePlansOwnClaims(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{})
	bid := e.onboardForSessions()    // stake 2 MOR: the cap
	e.openSession(bid, "1.5", false) // ends at 150,000 s
	e.openSession(bid, "0.5", false) // ends at 50,000 s
	e.advance(150_000 * time.Second)
	late := e.openSession(bid, "0.3", false) // ends last: nothing left for it
	e.advance(30_000 * time.Second)
	r := e.run("alice", "/mor claim all")
	got := flatten(r.Message)
	if r.ProposalID == 0 || !strings.Contains(got, hexOf(late)+": the earnings cap leaves nothing this period: 2 MOR earned of the 2 MOR cap (the stake), counting the 2 MOR this claim takes first, until ") {
		t.Fatalf("left-out line for the capped session:\n%s", got)
	}
}

// With the session index, settled sessions come as running totals rather than one by one; /mor
// earnings and /mor sessions answer exactly as from a full read: the groups by bid with their counts
// and paid sums, and the listing (settled sessions merged by end, newest first, "… and N more"), warm
// as well as cold.
func TestIndexedEarningsAnswerAsAFullRead(t *testing.T) {
	t.Parallel()
	e := newEnvFull(t, 2, nil, nil)
	ctx := context.Background()
	bid := e.onboardForSessions()
	var ids []common.Hash
	for i := 0; i < 24; i++ {
		ids = append(ids, e.openSession(bid, "0.006", true))
	}
	e.advance(700 * time.Second) // every session past its end (600 s)
	for _, id := range ids[:16] {
		if err := e.sim.CloseSession(ctx, e.sim.Accounts[1].Key, chaintest.KeyMessageSigner(e.sim.Accounts[0].Key), id); err != nil {
			t.Fatal(err)
		}
	}
	e.openSession(bid, "0.006", true) // one still running
	indexed := *e.core
	idx := e.sim.Client(chain.Options{PollInterval: 5 * time.Millisecond, SessionIndex: sessionindex.New(e.db)})
	indexed.Read = position.New(position.Options{Chain: idx, Store: e.db, Engine: e.core.Engine, Provider: e.core.Provider, Signer: e.core.Signer})
	pb := *e.core.Plans // claims read the earnings through the plans' chain
	pb.Chain, pb.Read = idx, indexed.Read
	indexed.Plans = &pb
	ih := commands.New(commands.Options{Domain: &indexed})
	ask := func(h *commands.Handler, line string) string {
		return flatten(h.Handle(ctx, commands.Request{User: u("alice"), Channel: "test", Text: line}).Message)
	}
	for _, round := range []string{"cold", "warm"} {
		for _, line := range []string{"/mor earnings", "/mor sessions", "/mor sessions claimable", "/mor sessions active"} {
			full, got := ask(e.h, line), ask(ih, line)
			if full != got {
				t.Fatalf("%s %s: indexed\n%s\nfull read\n%s", round, line, got, full)
			}
		}
	}
	s, err := indexed.Read.Earnings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.E.Settled.Count != 16 || len(s.E.Sessions) != 9 || s.E.Count() != 25 {
		t.Fatalf("warm: %d settled, %d one by one", s.E.Settled.Count, len(s.E.Sessions))
	}
	list := ask(ih, "/mor sessions")
	if !strings.Contains(list, "… and 5 more") || !strings.Contains(list, "— claimed;") {
		t.Fatalf("listing:\n%s", list)
	}
	if earn := ask(ih, "/mor earnings"); !strings.Contains(earn, "m1, bid ") || !strings.Contains(earn, "— 1 active, 8 ended-unclaimed, 0 closed, 16 claimed; paid 0.096 MOR") {
		t.Fatalf("earnings:\n%s", earn)
	}
	// A settled session claimed by name: nothing left, not "not a session of this provider".
	r := e.run("alice", "/mor claim "+hexOf(ids[0]))
	if !strings.Contains(flatten(r.Message), "nothing left to claim") {
		t.Fatalf("claim of a settled session (full read): %s", flatten(r.Message))
	}
	r = ih.Handle(ctx, commands.Request{User: u("alice"), Channel: "test", Text: "/mor claim " + hexOf(ids[0])})
	if !strings.Contains(flatten(r.Message), "nothing left to claim") {
		t.Fatalf("claim of a settled session (indexed): %s", flatten(r.Message))
	}
}
