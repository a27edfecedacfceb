package approval

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/store/testdb"
)

func teamOf(users ...string) map[string]Members {
	m := Members{Users: map[string]bool{}, Groups: map[string]bool{"ops": true}}
	for _, u := range users {
		m.Users[u] = true
	}
	return map[string]Members{"console": m, "discord": {Users: map[string]bool{}, Groups: map[string]bool{"ops": true}}}
}

func who(name string) User { return User{Platform: "console", ID: name, Name: name} }

// engines opens two engines (two replicas) with their own configured policies on one store.
func engines(t *testing.T, a, b Policy) (*Engine, *Engine) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "p.db")
	db, err := testdb.Open(t, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	n := chain.Network{ChainID: 1337, Diamond: common.HexToAddress("0xd1")}
	mk := func(p Policy, origin string) *Engine {
		return New(Options{Repo: NewRepo(db, origin), Policy: p, ChainID: 1337, Network: n, Signer: common.HexToAddress("0x51")})
	}
	return mk(a, "A"), mk(b, "B")
}

func approveStep() []Planned {
	return []Planned{TxStep(chain.TxRequest{Kind: chain.KindApprove, To: common.HexToAddress("0x40"), Data: []byte{1, 2, 3}})}
}

// The team's policy is stored by the first replica; another with a different file refuses to start
// and says what differs, and --adopt-policy makes its policy the team's, audited.
func TestTeamPolicySync(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	loose := Policy{Quorum: 1, Approvers: teamOf("alice", "bob"), AnyRejectEnds: true, Expiry: time.Hour}
	strict := loose
	five, _ := chain.ParseMOR("5")
	strict.Quorum, strict.Caps.MaxApprove = 2, five
	a, b := engines(t, loose, strict)
	if r, err := a.SyncPolicy(ctx, false, "A"); err != nil || !r.First {
		t.Fatalf("first start: %+v %v", r, err)
	}
	if r, err := a.SyncPolicy(ctx, false, "A"); err != nil || r.First || r.Adopted {
		t.Fatalf("the same policy again: %+v %v", r, err)
	}
	_, err := b.SyncPolicy(ctx, false, "B")
	var mm *PolicyMismatch
	if !errors.As(err, &mm) || len(mm.Diff) != 2 || mm.Diff[0] != "approval.quorum: 1 → 2" || mm.Diff[1] != `approval.caps.max_approve: "none" → "5 MOR"` ||
		!strings.Contains(err.Error(), "--adopt-policy") || !strings.Contains(err.Error(), "adopted by A") {
		t.Fatalf("a replica with another policy: %v", err)
	}
	r, err := b.SyncPolicy(ctx, true, "B")
	if err != nil || !r.Adopted || r.From != loose.Hash() {
		t.Fatalf("adopt: %+v %v", r, err)
	}
	if got := a.Policy(); got.Quorum != 1 {
		t.Fatal("the first replica's read-only checks changed before it read the store again")
	}
	if err := a.RefreshPolicy(ctx); err != nil || a.Policy().Quorum != 2 {
		t.Fatalf("after a refresh the first replica reads quorum %d (%v), want the team's 2", a.Policy().Quorum, err)
	}
	es, _ := a.Audit(ctx, 10)
	if len(es) == 0 || es[0].Action != "policy adopted" || !strings.Contains(es[0].Detail, "--adopt-policy by B") || !strings.Contains(es[0].Detail, "approval.quorum: 1 → 2") {
		t.Fatalf("the adoption is not audited: %+v", es)
	}
}

// Before signing, the votes are judged by the team's policy as it is then: a proposer's own vote
// stops counting once proposers may not approve, a vote by a role that is no longer an approver
// stops counting, and a vote cast by role still counts (the roles are kept with the vote).
func TestRecheckCountsPeopleByTheTeamsPolicy(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	lax := Policy{Quorum: 2, Approvers: teamOf("alice", "bob"), ProposerMayApprove: true, Expiry: time.Hour}
	a, b := engines(t, lax, lax)
	if _, err := a.SyncPolicy(ctx, false, "A"); err != nil {
		t.Fatal(err)
	}
	p, err := a.Propose(ctx, who("alice"), ProposeRequest{Kind: KindApprove, Summary: "approve", Steps: approveStep()})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Vote(ctx, who("alice"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	dave := User{Platform: "discord", ID: "1001", Name: "dave", Roles: []string{"ops"}}
	res, err := a.Vote(ctx, dave, p.Token, true)
	if err != nil || res.Proposal.Status != Approved {
		t.Fatalf("the second vote: %+v %v", res, err)
	}
	if ok, why, _, _, err := a.Recheck(ctx, res.Proposal); err != nil || !ok {
		t.Fatalf("under the policy it was approved by: %v %q", err, why)
	}
	strict := lax
	strict.ProposerMayApprove = false
	b.local = strict
	if _, err := b.SyncPolicy(ctx, true, "B"); err != nil {
		t.Fatal(err)
	}
	ok, why, quorum, _, err := a.Recheck(ctx, res.Proposal)
	if err != nil || ok || quorum != 2 || !strings.Contains(why, "needs 2 approval(s) and 1 of its votes count") || !strings.Contains(why, "console:alice proposed it") {
		t.Fatalf("a proposer's vote under a policy that forbids it: %v %v %q", ok, err, why)
	}
	noRole := lax
	noRole.Approvers = map[string]Members{"console": {Users: map[string]bool{"alice": true, "bob": true}}}
	b.local = noRole
	if _, err := b.SyncPolicy(ctx, true, "B"); err != nil {
		t.Fatal(err)
	}
	if ok, why, _, _, _ := a.Recheck(ctx, res.Proposal); ok || !strings.Contains(why, "dave (discord:1001) is not an approver") {
		t.Fatalf("a vote by a role that is no longer an approver: %v %q", ok, why)
	}
}

// recorded keeps the events a publisher shows.
type recorded struct{ evs []Event }

func (r *recorded) Notify(_ context.Context, ev Event) { r.evs = append(r.evs, ev) }

// A replica shows each event another one recorded once, whatever order their IDs committed in, and
// none it recorded itself or that was recorded before it started following.
func TestFollowerShowsEachEventOnce(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	p := Policy{Quorum: 2, Approvers: teamOf("alice", "bob"), Expiry: time.Hour}
	a, b := engines(t, p, p)
	early, err := a.Propose(ctx, who("alice"), ProposeRequest{Kind: KindApprove, Summary: "early", Steps: approveStep()})
	if err != nil {
		t.Fatal(err)
	}
	seen := &recorded{}
	pub := NewPublisher(b.repo, seen, nil)
	last, err := b.repo.LastEventID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	floor, shown := last, map[int64]bool{}
	if _, err := a.Vote(ctx, who("bob"), early.Token, true); err != nil { // recorded by A after B started
		t.Fatal(err)
	}
	mine, err := b.Propose(ctx, who("bob"), ProposeRequest{Kind: KindApprove, Summary: "b's own", Steps: []Planned{TxStep(chain.TxRequest{Kind: chain.KindApprove, Data: []byte{9}})}})
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if err := pub.catchUp(ctx, &last, floor, shown); err != nil {
			t.Fatal(err)
		}
	}
	if len(seen.evs) != 1 || seen.evs[0].Kind != EvVoted || seen.evs[0].Proposal.ID != early.ID || !seen.evs[0].Remote {
		t.Fatalf("shown %d event(s): %+v", len(seen.evs), seen.evs)
	}
	_ = mine
}
