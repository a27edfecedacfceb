package commands_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/approval/approvaltest"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/executor"
	"github.com/morbotlabs/morbot/internal/store/testdb"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// A transaction the node holds but does not mine is replaced through a speed-up proposal: same nonce,
// higher fees, approved like any transaction; the replacement settles the original proposal too, and
// exactly one transaction is mined for that nonce.
func TestSpeedupReplacesAStuckTransaction(t *testing.T) {
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
	cl := sim.Client(chain.Options{PollInterval: 5 * time.Millisecond, ReceiptTimeout: time.Minute})
	signer := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	members := approval.Members{Users: map[string]bool{"alice": true, "bob": true, "carol": true}}
	engCore := wiring.New(wiring.Options{Store: db, Chain: cl, Signer: signer, Policy: approval.Policy{Quorum: 2, Approvers: map[string]approval.Members{"console": members}, AnyRejectEnds: true, Expiry: time.Hour}, Provider: signer.Address(), Exec: executor.Options{PollInterval: 5 * time.Millisecond}})
	eng := approvaltest.CoreOf(engCore)
	defer eng.Close()
	h := commands.New(commands.Options{Domain: engCore})
	e := &env{t: t, sim: sim, eng: eng, h: h, cl: cl}
	before, _ := cl.PendingNonce(ctx, signer.Address())

	sim.SetAutoMine(false) // the node accepts transactions but nothing is mined until the test says so
	r := e.run("alice", "/mor approve 1")
	for _, who := range []string{"bob", "carol"} {
		e.h.ClickByID(ctx, u(who), "P-1", chat.ActionApprove)
	}
	waitStep := func(id int64) *approval.Proposal {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) {
			p, _ := e.eng.Get(ctx, id)
			if p.Steps[0].Status == approval.StepSent {
				return p
			}
			time.Sleep(5 * time.Millisecond)
		}
		t.Fatalf("P-%d never sent", id)
		return nil
	}
	orig := waitStep(r.ProposalID)

	bad := e.run("alice", "/mor tx speedup P-9")
	if bad.ProposalID != 0 || !strings.Contains(bad.Message.Text, "there is no proposal P-9") {
		t.Fatalf("unknown proposal: %+v", bad.Message)
	}
	sp := e.run("alice", "/mor tx speedup P-1")
	if sp.ProposalID == 0 || !strings.Contains(sp.Message.Text, "replace P-1 step 1") || !strings.Contains(sp.Message.Text, "nonce") {
		t.Fatalf("speed-up: %s", flatten(sp.Message))
	}
	for _, who := range []string{"bob", "carol"} {
		e.h.ClickByID(ctx, u(who), "P-2", chat.ActionApprove)
	}
	repl := waitStep(sp.ProposalID)
	if *repl.Steps[0].Hash == *orig.Steps[0].Hash || *repl.Steps[0].Nonce != *orig.Steps[0].Nonce {
		t.Fatalf("the replacement must be a different transaction with the same nonce")
	}
	sim.Commit() // mine: the pool holds only the replacement now
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := e.eng.Idle(wctx); err != nil {
		t.Fatal(err)
	}
	p1, _ := e.eng.Get(ctx, 1)
	p2, _ := e.eng.Get(ctx, 2)
	if p1.Status != approval.Confirmed || p2.Status != approval.Confirmed {
		t.Fatalf("P-1 %s (%s), P-2 %s (%s)", p1.Status, p1.Reason, p2.Status, p2.Reason)
	}
	if !strings.Contains(p1.Steps[0].Note, "mined as "+repl.Steps[0].Hash.Hex()) {
		t.Fatalf("P-1 does not say it was settled by the replacement: %q", p1.Steps[0].Note)
	}
	after, _ := cl.PendingNonce(ctx, signer.Address())
	if after-before != 1 {
		t.Fatalf("%d transactions mined for one nonce", after-before)
	}
	if a, _ := cl.Allowance(ctx, signer.Address()); a.Cmp(mor("1")) != 0 {
		t.Fatalf("allowance %s", a)
	}
	again := e.run("alice", "/mor tx speedup P-1")
	if again.ProposalID != 0 || !strings.Contains(again.Message.Text, "P-1 is confirmed") {
		t.Fatalf("speeding up a confirmed proposal: %+v", again.Message)
	}
}
