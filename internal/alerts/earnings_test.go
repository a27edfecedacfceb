package alerts

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
)

// sessionOn opens a session as the consumer (account 1) on the provider's first active bid.
func (e *env) sessionOn(amount string, direct bool) common.Hash {
	e.t.Helper()
	ctx := context.Background()
	snap, err := e.cl.Snapshot(ctx, e.signer.Address())
	if err != nil || len(snap.ActiveBids) == 0 {
		e.t.Fatalf("no active bid: %v", err)
	}
	id, err := e.sim.OpenSession(ctx, e.sim.Accounts[1].Key, chaintest.KeyMessageSigner(e.signer.Key), snap.ActiveBids[0].ID, mor(amount), direct)
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

func alertIn(ms []chat.Message, id string) (chat.Message, bool) {
	for _, m := range ms {
		if strings.Contains(m.Footer, "alert "+id) && !strings.HasPrefix(m.Title, "RESOLVED") {
			return m, true
		}
	}
	return chat.Message{}, false
}

func resolvedIn(ms []chat.Message, id string) bool {
	for _, m := range ms {
		if strings.Contains(m.Footer, "alert "+id) && strings.HasPrefix(m.Title, "RESOLVED") {
			return true
		}
	}
	return false
}

func TestEarningsAlertsAndClaimSweep(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.MinClaim = mor("0.1") })
	ctx := context.Background()
	e.do("/mor onboard 127.0.0.1:3333 m1 0.00001 --provider-stake 1")
	if got := e.check(); len(got) != 0 {
		t.Fatalf("healthy position posted %d messages", len(got))
	}
	e.sessionOn("0.5", false) // 50,000 s
	e.advance(50_000 * time.Second)

	got := e.check()
	m, ok := alertIn(got, "sessions-ended-unclaimed")
	if !ok || !strings.Contains(m.Text, "1 session(s) passed their end without the consumer closing them, and nothing was claimed from them: 0.5 MOR earned in all, all of it claimable now") {
		t.Fatalf("sessions-ended-unclaimed: %v", got)
	}
	if _, early := alertIn(got, "claimable-waiting"); early {
		t.Fatal("claimable-waiting fired before a day had passed")
	}
	// Its fix leads to a claim proposal (cancelled here: the sweep claims below).
	alice := approval.User{Platform: "console", ID: "alice", Name: "alice"}
	if _, err := e.eng.Cancel(ctx, alice, e.fix("sessions-ended-unclaimed")); err != nil {
		t.Fatal(err)
	}
	e.advance(24 * time.Hour)
	m, ok = alertIn(e.check(), "claimable-waiting")
	if !ok || !strings.Contains(m.Text, "0.5 MOR from 1 session(s) has been claimable for more than a day (above the 0.1 MOR threshold)") {
		t.Fatalf("claimable-waiting: %+v", m)
	}
	if _, err := e.eng.Cancel(ctx, alice, e.fix("claimable-waiting")); err != nil {
		t.Fatal(err)
	}

	// The funding account's allowance drops below what is due.
	if err := e.sim.FundingApprove(ctx, mor("0.1")); err != nil {
		t.Fatal(err)
	}
	m, ok = alertIn(e.check(), "funding-short")
	if !ok || !strings.Contains(m.Text, "Claims due now need 0.5 MOR from the funding account "+e.sim.Address().Hex()+", which holds 1000000 MOR and lets the Diamond pull 0.1 MOR") {
		t.Fatalf("funding-short: %+v", m)
	}
	// A sweep now leaves the session out and says nothing was proposed.
	if err := e.rep.ClaimSweep(ctx); err != nil {
		t.Fatal(err)
	}
	if ps, _ := e.eng.List(ctx, 10, approval.Pending); len(ps) != 0 {
		t.Fatalf("the sweep proposed %d claims the funding account cannot pay", len(ps))
	}
	if err := e.sim.FundingApprove(ctx, mor("1000")); err != nil {
		t.Fatal(err)
	}
	if !resolvedIn(e.check(), "funding-short") {
		t.Fatal("funding-short did not resolve")
	}

	// The sweep proposes the claim; once approved and executed, the earnings alerts resolve.
	before, _ := e.cl.MORBalance(ctx, e.signer.Address())
	if err := e.rep.ClaimSweep(ctx); err != nil {
		t.Fatal(err)
	}
	ps, _ := e.eng.List(ctx, 10, approval.Pending)
	if len(ps) != 1 || ps[0].Kind != approval.KindClaim || !ps[0].Scheduled() {
		t.Fatalf("sweep proposals: %+v", ps)
	}
	if r := e.posts.reports; len(r) == 0 || !strings.Contains(r[len(r)-1].Text, ps[0].HumanID()+" claims 0.5 MOR from 1 session(s), waiting for 1 approval(s)") {
		t.Fatalf("sweep report: %+v", r)
	}
	// A second sweep while it is open proposes nothing more.
	if err := e.rep.ClaimSweep(ctx); err != nil {
		t.Fatal(err)
	}
	if again, _ := e.eng.List(ctx, 10, approval.Pending); len(again) != 1 {
		t.Fatalf("a second sweep proposed again: %d open", len(again))
	}
	e.approve(ps[0].ID)
	after, _ := e.cl.MORBalance(ctx, e.signer.Address())
	if d := after.Sub(after, before); d.Cmp(mor("0.5")) != 0 {
		t.Fatalf("the claim paid %s wei, want 0.5 MOR", d)
	}
	got = e.check()
	if !resolvedIn(got, "sessions-ended-unclaimed") || !resolvedIn(got, "claimable-waiting") {
		t.Fatalf("earnings alerts did not resolve: %v", got)
	}
}

func TestEarningsNearCapNamesPeriodAndTopUp(t *testing.T) {
	e := newEnv(t, nil)
	ctx := context.Background()
	p := e.signer.Address()
	e.do("/mor onboard 127.0.0.1:3333 m1 0.00001 --provider-stake 1")
	e.check()
	if err := e.sim.SetEarned(ctx, p, mor("0.9")); err != nil {
		t.Fatal(err)
	}
	m, ok := alertIn(e.check(), "earnings-near-cap")
	prov, _ := e.cl.Provider(ctx, p)
	end := time.Unix(int64(prov.LimitPeriodEnd), 0).UTC().Format("2006-01-02 15:04 UTC")
	// 0.9 is 80% of 1.125: a top-up of just over 0.125 MOR, rounded up to 0.126, brings it under.
	if !ok || !strings.Contains(m.Text, "Earned 0.9 MOR of the 1 MOR cap this period (90%, at or above the 80% threshold); headroom 0.1 MOR. The period ends "+end) ||
		!strings.Contains(m.Text, "adding 0.126 MOR brings the earned share back under 80%") {
		t.Fatalf("earnings-near-cap: %+v", m)
	}
	// With pay withheld by the cap, the alert names the top-up that lets it be claimed, as a fix.
	e.sessionOn("0.5", false)
	e.advance(50_000 * time.Second)
	m, _ = alertIn(append(e.check(), e.repeat("earnings-near-cap")...), "earnings-near-cap")
	if !strings.Contains(m.Text, "adding 0.4 MOR would let the 0.4 MOR withheld now be claimed this period") {
		t.Fatalf("earnings-near-cap with pay withheld: %+v", m)
	}
	fix, err := e.r.FixCommand(ctx, "earnings-near-cap")
	if err != nil || fix != "/mor provider update --add-stake 400000000000000000wei" {
		t.Fatalf("fix %q %v", fix, err)
	}
	// After the period ends the stored figure is stale: nothing is earned, the alert resolves.
	e.advance(366 * 24 * time.Hour)
	if !resolvedIn(e.check(), "earnings-near-cap") {
		t.Fatal("earnings-near-cap did not resolve after the period ended")
	}
}

// repeat forces the next check to re-post a firing alert (its repeat interval elapses).
func (e *env) repeat(string) []chat.Message {
	e.clock.Add(2 * time.Hour)
	return e.check()
}

func TestClaimSweepAutoApproved(t *testing.T) {
	e := newEnvWith(t, func(o *Options) { o.MinClaim = mor("0.01") }, func(p *approval.Policy) { p.AutoApprove = map[approval.Kind]bool{approval.KindClaim: true} })
	ctx := context.Background()
	e.do("/mor onboard 127.0.0.1:3333 m1 0.00001 --provider-stake 1")
	e.sessionOn("0.5", true)   // direct payment: 0.5 MOR
	e.sessionOn("0.005", true) // 0.005 MOR: below the sweep's minimum
	e.advance(50_000 * time.Second)
	before, _ := e.cl.MORBalance(ctx, e.signer.Address())
	if err := e.rep.ClaimSweep(ctx); err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := e.eng.Idle(cctx); err != nil {
		t.Fatal(err)
	}
	ps, _ := e.eng.List(ctx, 10)
	var claim *approval.Proposal
	for _, p := range ps {
		if p.Kind == approval.KindClaim {
			claim = p
		}
	}
	if claim == nil || claim.Status != approval.Confirmed || len(claim.Votes) != 0 || len(claim.Steps) != 1 {
		t.Fatalf("auto-approved sweep: %+v", claim)
	}
	after, _ := e.cl.MORBalance(ctx, e.signer.Address())
	if d := after.Sub(after, before); d.Cmp(mor("0.5")) != 0 {
		t.Fatalf("the sweep paid %s wei, want 0.5 MOR (the 0.005 MOR session is below min_claim)", d)
	}
	if r := e.posts.reports; len(r) == 0 || !strings.Contains(r[len(r)-1].Text, "approved by the team's policy (approval.auto_approve: claim) and executing") {
		t.Fatalf("sweep report: %+v", r)
	}
	if ev := e.waitEvent(claim.ID, approval.EvCreated); ev.Actor == nil || ev.Actor.Platform != "morbot" {
		t.Fatalf("created event actor: %+v", ev.Actor)
	}
}

// When the earnings cap leaves nothing to claim this period, sessions that ended unclaimed are not a
// claim to make (its fix could not work): earnings-near-cap says they wait for the cap, when it
// renews and what a top-up releases, and its fix leads to a proposal.
func TestCappedSessionsFoldIntoEarningsNearCap(t *testing.T) {
	e := newEnv(t, nil)
	ctx := context.Background()
	p := e.signer.Address()
	e.do("/mor onboard 127.0.0.1:3333 m1 0.00001 --provider-stake 1")
	e.check()
	if err := e.sim.SetEarned(ctx, p, mor("1")); err != nil { // the whole cap is earned
		t.Fatal(err)
	}
	e.sessionOn("0.5", false)
	e.advance(50_000 * time.Second)
	got := e.check()
	if _, ok := alertIn(got, "sessions-ended-unclaimed"); ok {
		t.Fatal("sessions-ended-unclaimed fired for sessions only the cap holds: its claim fix cannot work")
	}
	m, ok := alertIn(got, "earnings-near-cap")
	prov, _ := e.cl.Provider(ctx, p)
	end := time.Unix(int64(prov.LimitPeriodEnd), 0).UTC().Format("2006-01-02 15:04 UTC")
	if !ok || !strings.Contains(m.Text, "1 session(s) ended and wait for the cap (0.5 MOR): nothing can be claimed for them this period; the cap renews at the first claim after "+end+", or a stake top-up releases them now") ||
		!strings.Contains(m.Text, "adding 0.5 MOR would let the 0.5 MOR withheld now be claimed this period") {
		t.Fatalf("earnings-near-cap: %+v", m)
	}
	r := e.h.Click(ctx, approval.User{Platform: "console", ID: "alice", Name: "alice"}, "earnings-near-cap", chat.ActionFix)
	if r.ProposalID == 0 || !strings.Contains(text(r.Message), "provider update") {
		t.Fatalf("the fix did not lead to a proposal: %s", text(r.Message))
	}
	if c := e.h.Handle(ctx, commands.Request{User: approval.User{Platform: "console", ID: "alice", Name: "alice"}, Text: "/mor claim all"}); c.ProposalID != 0 ||
		!strings.Contains(text(c.Message), "the earnings cap leaves nothing this period") {
		t.Fatalf("claim all proposed what the cap withholds: %s", text(c.Message))
	}
}

// Far under the threshold, a session larger than the headroom: earnings-near-cap says it fires
// because the cap withholds pay (not "≥ 80%"), and sessions-ended-unclaimed shows what a claim pays
// now beside what was earned.
func TestCapWithholdingSaysWhatFires(t *testing.T) {
	e := newEnv(t, nil)
	ctx := context.Background()
	p := e.signer.Address()
	e.do("/mor onboard 127.0.0.1:3333 m1 0.00001 --provider-stake 1")
	e.check()
	if err := e.sim.SetEarned(ctx, p, mor("0.06")); err != nil {
		t.Fatal(err)
	}
	e.sessionOn("1", false) // 100,000 s: 1 MOR earned, 0.94 MOR of headroom
	e.advance(100_000 * time.Second)
	got := e.check()
	m, ok := alertIn(got, "earnings-near-cap")
	if !ok || m.Title != "ALERT · The earnings cap withholds pay" ||
		!strings.Contains(m.Text, "Earned 0.06 MOR of the 1 MOR cap this period (6%, under the 80% threshold: this fires because the cap withholds 0.06 MOR of what ended sessions earned)") {
		t.Fatalf("earnings-near-cap: %+v", m)
	}
	u, ok := alertIn(got, "sessions-ended-unclaimed")
	if !ok || !strings.Contains(u.Text, "1 MOR earned in all, 0.94 MOR of it claimable now (the cap, the hold until the next UTC day or the funding account keeps the rest") {
		t.Fatalf("sessions-ended-unclaimed: %+v", u)
	}
}
