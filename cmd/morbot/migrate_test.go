package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/alerts"
	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/approval/approvaltest"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/store/storetest"
	"github.com/morbotlabs/morbot/internal/wiring"
)

type discard struct{}

func (discard) Post(context.Context, string, chat.Message) error { return nil }

// team is the engine, the alerts and the commands on one store.
type team struct {
	eng approvaltest.Core
	al  *alerts.Alerter
	h   *commands.Handler
}

func newTeam(t *testing.T, db *store.DB, sim *chaintest.Sim, now func() time.Time) *team {
	cl := sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	signer := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	policy := approval.Policy{Quorum: 2, Approvers: map[string]approval.Members{"console": {Users: map[string]bool{"alice": true, "bob": true, "carol": true}}},
		AnyRejectEnds: true, Expiry: time.Hour}
	engCore := wiring.New(wiring.Options{Store: db, Chain: cl, Signer: signer, Policy: policy, Now: now, Provider: signer.Address()})
	eng := approvaltest.CoreOf(engCore)
	t.Cleanup(eng.Close)
	d := engCore
	al := alerts.New(alerts.Options{Domain: d, Chain: cl, Store: db, Poster: discard{}, Now: now, MinETH: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))})
	return &team{eng: eng, al: al, h: commands.New(commands.Options{Domain: d, Alerts: al})}
}

func (tm *team) run(t *testing.T, who, line string) commands.Response {
	t.Helper()
	return tm.h.Handle(context.Background(), commands.Request{User: approval.User{Platform: "console", ID: who, Name: who}, Text: line})
}

func flat(m chat.Message) string {
	var b strings.Builder
	b.WriteString(m.Title + "\n" + m.Text + "\n")
	for _, f := range m.Fields {
		b.WriteString(f.Name + ": " + f.Value + "\n")
	}
	return b.String()
}

// A populated SQLite store copied into PostgreSQL (morbot store migrate) shows the same proposals,
// audit log and alert state.
func TestStoreMigrateToPostgres(t *testing.T) {
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	dir := t.TempDir()
	src := filepath.Join(dir, "morbot.db")
	sdb, err := store.Open(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	clock := time.Unix(1_900_000_000, 0)
	now := func() time.Time { return clock }
	a := newTeam(t, sdb, sim, now)
	// A confirmed onboarding, a rejected proposal, a pending one; an alert firing (eth-low against a
	// high threshold); a replay key.
	p1 := a.run(t, "alice", "/mor onboard 127.0.0.1:3333 m1 0.00001")
	for _, who := range []string{"bob", "carol"} {
		a.h.ClickByID(ctx, approval.User{Platform: "console", ID: who, Name: who}, fmt.Sprintf("P-%d", p1.ProposalID), chat.ActionApprove)
	}
	ictx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := a.eng.Idle(ictx); err != nil {
		t.Fatal(err)
	}
	p2 := a.run(t, "alice", "/mor provider update --add-stake 0.1")
	a.h.ClickByID(ctx, approval.User{Platform: "console", ID: "bob", Name: "bob"}, fmt.Sprintf("P-%d", p2.ProposalID), chat.ActionReject)
	if p3 := a.run(t, "alice", "/mor approve 5"); p3.ProposalID == 0 {
		t.Fatalf("no pending proposal: %s", p3.Message.Text)
	}
	if err := a.al.Check(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := sdb.SeenKey(ctx, "discord:1", clock, time.Hour); err != nil {
		t.Fatal(err)
	}
	render := func(tm *team, db *store.DB) string {
		out := flat(tm.run(t, "alice", "/mor proposals").Message) + flat(tm.run(t, "alice", "/mor audit 50").Message)
		rows, err := db.Alerts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{"eth-low"} {
			out += fmt.Sprintf("%+v\n", rows[id])
		}
		return out
	}
	before := render(a, sdb)
	if !strings.Contains(before, "eth-low") || !strings.Contains(before, "rejected") || !strings.Contains(before, "confirmed") {
		t.Fatalf("the source store is not populated as intended:\n%s", before)
	}
	a.eng.Close()

	// The copy refuses while a process holds the SQLite store's lease.
	held := sdb.NewLease("executor", "busy", time.Hour, nil)
	if err := held.TryAcquire(ctx); err != nil {
		t.Fatal(err)
	}
	dsn := storetest.Fresh(t)
	cfg := migrateConfig(t, dir)
	t.Setenv("MORBOT_PG_DSN", dsn)
	if code, _, errOut := runApp(t, "", "store", "migrate", "--from", "sqlite:"+src, "--config", cfg); code != 1 || !strings.Contains(errOut, "another morbot (busy) holds this store's executor lease") {
		t.Fatalf("migrate while the lease is held: %d %s", code, errOut)
	}
	if err := held.Release(ctx); err != nil {
		t.Fatal(err)
	}
	_ = sdb.Close()
	code, out, errOut := runApp(t, "", "store", "migrate", "--from", "sqlite:"+src, "--config", cfg)
	if code != 0 || !strings.Contains(out, "the row counts match") || !strings.Contains(out, "proposals              3 rows copied,      3 in the target") {
		t.Fatalf("migrate: %d\n%s\n%s", code, out, errOut)
	}
	// Into a database that already holds proposals: refused.
	if code, _, errOut := runApp(t, "", "store", "migrate", "--from", "sqlite:"+src, "--config", cfg); code != 1 || !strings.Contains(errOut, "already holds 3 proposal(s)") {
		t.Fatalf("a second migrate: %d %s", code, errOut)
	}
	pg, err := store.OpenPostgres(ctx, dsn, store.PostgresOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	b := newTeam(t, pg, sim, now)
	if after := render(b, pg); after != before {
		t.Fatalf("after the migration:\n%s\nbefore:\n%s", after, before)
	}
	if seen, err := pg.SeenKey(ctx, "discord:1", clock, time.Hour); err != nil || !seen {
		t.Fatalf("the replay key was not copied: %v %v", seen, err)
	}
	// New rows continue after the copied IDs.
	if p4 := b.run(t, "alice", "/mor approve 6"); p4.ProposalID != 4 {
		t.Fatalf("the next proposal after the copy is P-%d: %s", p4.ProposalID, p4.Message.Text)
	}
}

func migrateConfig(t *testing.T, dir string) string {
	cfg := `network:
  name: custom
  chain_id: 1337
  diamond: "0x5FbDB2315678afecb367f032d93F642f64180aa3"
  mor_token: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"
  rpc_urls: ["http://127.0.0.1:8545"]
provider:
  address: "` + wellKnownAddr + `"
signer:
  backends: [file]
  key: operator
  file_dir: ` + filepath.Join(dir, "keyring") + `
approval:
  quorum: 1
  approvers:
    console:
      users: [alice]
store:
  driver: postgres
  dsn_env: MORBOT_PG_DSN
`
	p := filepath.Join(dir, "pg.yaml")
	if err := os.WriteFile(p, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}
