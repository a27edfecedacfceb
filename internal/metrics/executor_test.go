package metrics

import (
	"context"
	"math/big"
	"net/http/httptest"
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
	"github.com/morbotlabs/morbot/internal/wiring"
)

// The transaction and transition counters count what the real executor did, once each: a 4-step plan
// is 4 transactions sent and 4 confirmed, and the proposal passes each state once.
func TestCountersCountARealPlanOnce(t *testing.T) {
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	m := New()
	ev := &approvaltest.Events{}
	fan := &approval.Fanout{}
	fan.Add(m)
	fan.Add(ev)
	signer := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	cl := sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	policy := approval.Policy{Quorum: 1, Expiry: time.Hour, Approvers: map[string]approval.Members{"console": {Users: map[string]bool{"alice": true, "bob": true}}}}
	d := wiring.New(wiring.Options{Chain: cl, Store: db, Signer: signer, Policy: policy, Notifier: fan, Provider: signer.Address(), Pipelined: true,
		Exec: executor.Options{PollInterval: 5 * time.Millisecond}})
	defer d.Exec.Close()
	me, base := signer.Address(), common.BytesToHash([]byte{7})
	mor := func(s string) *big.Int { v, _ := chain.ParseMOR(s); return v }
	steps := []approval.Planned{
		approval.TxStep(cl.ApproveTx(mor("0.3"))),
		approval.TxStep(cl.ProviderRegisterTx(me, mor("0.1"), "127.0.0.1:3333")),
		approval.TxStep(cl.ModelRegisterTx(me, base, common.Hash{}, big.NewInt(0), mor("0.1"), "m", []string{"LLM"})),
		approval.TxStep(cl.PostModelBidTx(me, chain.ModelID(me, base), big.NewInt(1e13))),
	}
	p, err := d.Engine.Propose(ctx, approval.User{Platform: "console", ID: "alice", Name: "alice"},
		approval.ProposeRequest{Kind: approval.KindOnboard, Summary: "onboard", Steps: steps, Execution: approval.ExecPipelined})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Engine.Vote(ctx, approval.User{Platform: "console", ID: "bob", Name: "bob"}, p.Token, true); err != nil {
		t.Fatal(err)
	}
	ev.Wait(t, p.ID, approval.EvConfirmed)
	srv := httptest.NewServer(m.Handler(nil))
	defer srv.Close()
	_, body := get(t, srv.URL+"/metrics")
	for _, want := range []string{`morbot_transactions_total{result="sent"} 4`, `morbot_transactions_total{result="confirmed"} 4`,
		`morbot_proposal_transitions_total{state="confirmed"} 1`, `morbot_proposal_transitions_total{state="approved"} 1`,
		`morbot_proposal_transitions_total{state="submitting"} 1`} {
		if !strings.Contains(body, want+"\n") {
			t.Errorf("metrics lack %s:\n%s", want, grep(body, "morbot_transactions_total", "morbot_proposal_transitions_total"))
		}
	}
	if strings.Contains(body, `result="failed"`) || strings.Contains(body, `result="reverted"`) {
		t.Errorf("a clean plan counted failures:\n%s", grep(body, "morbot_transactions_total"))
	}
}

func grep(body string, prefixes ...string) string {
	var out []string
	for _, l := range strings.Split(body, "\n") {
		for _, p := range prefixes {
			if strings.HasPrefix(l, p) {
				out = append(out, l)
			}
		}
	}
	return strings.Join(out, "\n")
}
