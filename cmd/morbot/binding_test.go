package main

import (
	"context"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/store"
)

// A morbot process on PostgreSQL (through the leader's database proxy) and a console team of three.
func bindingProcess(t *testing.T, node testNode) (*replicaSet, *proc) {
	rs := newReplicaSet(t, node)
	rs.mineEverySend()
	p := startMorbot(t, "leader", rs.envA, "run", "--config", rs.cfgA, "--console", "--as", "alice")
	p.send("/mor status")
	p.waitFor("leads: epoch 1", 1)
	return rs, p
}

// approveAs has bob and carol approve a proposal and waits for a state in its title.
func approveAs(p *proc, id, title string) {
	p.send("/as bob", "approve "+id, "/as carol", "approve "+id, "/as alice")
	p.waitFor(title, 1)
}

// An approval binds to the world it was approved in, on the real contracts: two identical re-prices
// cost one bid fee (the second is refused while the first is open; one built with another payload
// ends stale), and a re-price built before another confirmed ends stale and leaves the later price.
func TestApprovalsBindToTheWorld(t *testing.T) { approvalsBind(t, simNode(t)) }

func approvalsBind(t *testing.T, node testNode) {
	ctx := context.Background()
	rs, p := bindingProcess(t, node)
	p.send("/mor onboard 127.0.0.1:3333 m1 0.00001")
	p.waitFor("P-1 · onboard · PENDING", 1)
	approveAs(p, "P-1", "P-1 · onboard · CONFIRMED")
	p.send("/mor approve 1")
	p.waitFor("P-2 · approve · PENDING", 1)
	approveAs(p, "P-2", "P-2 · approve · CONFIRMED")
	mins, err := node.cl.Minimums(ctx)
	if err != nil {
		t.Fatal(err)
	}
	before, err := node.cl.MORBalance(ctx, rs.provider)
	if err != nil {
		t.Fatal(err)
	}
	p.send("/mor bid create m1 0.00002")
	p.waitFor("P-3 · bid create · PENDING", 1)
	p.send("/mor bid create m1 0.00002")
	p.waitFor("P-3 already proposes this", 1)
	p.send("/mor approve 0") // the allowance spent: the same re-price now needs an approve step
	p.waitFor("P-4 · approve · PENDING", 1)
	approveAs(p, "P-4", "P-4 · approve · CONFIRMED")
	p.send("/mor bid create m1 0.00002")
	p.waitFor("P-5 · bid create · PENDING", 1)
	p.waitFor("P-3 also changes this bid; whichever runs second will be checked against the first", 1)
	approveAs(p, "P-5", "P-5 · bid create · CONFIRMED")
	approveAs(p, "P-3", "P-3 · bid create · STALE")
	after, err := node.cl.MORBalance(ctx, rs.provider)
	if err != nil {
		t.Fatal(err)
	}
	if paid := new(big.Int).Sub(before, after); paid.Cmp(mins.BidFee) != 0 {
		t.Fatalf("two re-prices to one price paid %s wei in fees, want one fee of %s", paid, mins.BidFee)
	}
	// A re-price built before another one confirmed.
	p.send("/mor bid create m1 0.00003")
	p.waitFor("P-6 · bid create · PENDING", 1)
	p.send("/mor bid create m1 0.00004")
	p.waitFor("P-7 · bid create · PENDING", 1)
	approveAs(p, "P-7", "P-7 · bid create · CONFIRMED")
	approveAs(p, "P-6", "P-6 · bid create · STALE")
	st, err := node.cl.StateAt(ctx, 0, rs.provider)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.ActiveBids) != 1 || st.ActiveBids[0].PricePerSecond.Cmp(big.NewInt(4e13)) != 0 {
		t.Fatalf("active bids after the stale re-price: %+v", st.ActiveBids)
	}
	if out := p.output(); !strings.Contains(out, "[again P-6]") || !strings.Contains(out, "what changed: not sent: what it was approved against changed") {
		t.Fatalf("the stale card does not say what changed or offer to propose again:\n%s", out)
	}
	_ = p.stdin.Close()
	p.wait()
}

// A row lock held 10 s on a step's row while the executor records it: the plan waits and then
// confirms with its transaction; nothing fails.
func TestRowLockDelaysAnApprovedPlan(t *testing.T) { rowLockDelays(t, simNode(t)) }

func rowLockDelays(t *testing.T, node testNode) {
	ctx := context.Background()
	rs, p := bindingProcess(t, node)
	p.send("/mor onboard 127.0.0.1:3333 m1 0.00001")
	p.waitFor("P-1 · onboard · PENDING", 1)
	approveAs(p, "P-1", "P-1 · onboard · CONFIRMED")
	p.send("/mor bid create m1 0.00002")
	p.waitFor("P-2 · bid create · PENDING", 1)
	direct := strings.TrimPrefix(rs.envB[0], "MORBOT_PG_DSN=")
	db, err := store.OpenPostgres(ctx, direct, store.PostgresOptions{IdleInTx: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	held, release := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- db.InTx(ctx, func(tx *store.Tx) error {
			if _, err := tx.ExecContext(ctx, `SELECT status FROM proposal_txs WHERE proposal_id = 2 FOR UPDATE`); err != nil {
				return err
			}
			close(held)
			<-release
			return nil
		})
	}()
	<-held
	locked := time.Now()
	nonce, err := node.cl.Nonce(ctx, rs.provider)
	if err != nil {
		t.Fatal(err)
	}
	p.send("/as bob", "approve P-2", "/as carol", "approve P-2", "/as alice")
	p.waitFor("store write failed; retrying until it goes through", 1)
	time.Sleep(time.Until(locked.Add(10 * time.Second))) // the lock is held 10 s in all
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	p.waitFor("P-2 · bid create · CONFIRMED", 1)
	after, err := node.cl.Nonce(ctx, rs.provider)
	if err != nil {
		t.Fatal(err)
	}
	if out := p.output(); after-nonce != 2 || strings.Contains(out, "P-2 · bid create · FAILED") {
		t.Fatalf("after the lock: %d transaction(s) (want the approve and the bid)\n%s", after-nonce, out)
	}
	_ = p.stdin.Close()
	p.wait()
}

// Two replicas with different approval policies on one store: the second refuses to start and shows
// the difference; with --adopt-policy its policy becomes the team's for both, and the first replica
// (whose own file still says 2) holds a plan with 2 of the 3 approvals now required unsigned.
func TestReplicasShareOnePolicy(t *testing.T) { replicasSharePolicy(t, simNode(t)) }

func replicasSharePolicy(t *testing.T, node testNode) {
	ctx := context.Background()
	rs, a := bindingProcess(t, node)
	strict, err := os.ReadFile(rs.cfgB)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(rs.cfgB, []byte(strings.Replace(string(strict), "  quorum: 2\n", "  quorum: 3\n", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	refused := startMorbot(t, "replica", rs.envB, "run", "--config", rs.cfgB, "--console", "--standby", "--as", "alice")
	if code := refused.wait(); code != 1 || !strings.Contains(refused.output(), "differs from the team's") || !strings.Contains(refused.output(), "approval.quorum: 2 → 3") ||
		!strings.Contains(refused.output(), "--adopt-policy") {
		t.Fatalf("a replica with another quorum exited %d:\n%s", code, refused.output())
	}
	b := startMorbot(t, "replica", rs.envB, "run", "--config", rs.cfgB, "--console", "--standby", "--adopt-policy", "--as", "alice")
	b.waitFor("The team's approval policy changed", 1)
	nonce, err := node.cl.Nonce(ctx, rs.provider)
	if err != nil {
		t.Fatal(err)
	}
	a.send("/mor approve 1")
	a.waitFor("P-1 · approve · PENDING", 1)
	a.send("/as bob", "approve P-1", "/as carol", "approve P-1")
	a.waitFor("you approved P-1 (2/3 approvals)", 1)
	if after, err := node.cl.Nonce(ctx, rs.provider); err != nil || after != nonce {
		t.Fatalf("a plan with 2 of 3 approvals was signed: %d transaction(s) %v", after-nonce, err)
	}
	a.send("/as alice", "/mor proposals")
	a.waitFor("2/3", 1)
	_ = a.stdin.Close()
	a.wait()
	_ = b.stdin.Close()
	b.wait()
}
