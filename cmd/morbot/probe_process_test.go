package main

import (
	"context"
	"math/big"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/cnode/cnodetest"
)

// kill -9 of `morbot run` while its probe session is open (the prompt in flight): the session stays
// open on chain, and the next start closes it, once.
func TestProbeSessionLeftByAKilledRunIsClosedOnce(t *testing.T) {
	ctx := context.Background()
	key, _ := crypto.HexToECDSA(strings.TrimPrefix(wellKnownKey, "0x"))
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Keys: []*ecdsaKey{key}, Accounts: 1}) // the provider, and the consumer node's wallet
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	srv := sim.ServeHTTP()
	t.Cleanup(srv.Close)
	cl := sim.Client(chain.Options{})
	us := chaintest.KeySigner{Key: key}
	if _, err := chaintest.NewProvider(ctx, cl, us, "probed", big.NewInt(1e13), "127.0.0.1:3333"); err != nil {
		t.Fatal(err)
	}
	if err := sim.FundPayouts(ctx, mustMOR("100")); err != nil {
		t.Fatal(err)
	}
	prompted := make(chan common.Hash, 1)
	release := make(chan struct{})
	var once sync.Once
	node := &cnodetest.Node{User: "admin", Password: "consumer-pass-7f", Owner: sim.Owner, Chain: cl, Consumer: sim.Accounts[1].Key, Provider: chaintest.KeyMessageSigner(key),
		OnPrompt: func(id common.Hash) {
			select {
			case prompted <- id:
			default:
			}
			<-release
		}}
	nodeClient, cookie := cnodetest.Serve(t, node)
	t.Cleanup(func() { once.Do(func() { close(release) }) }) // runs first: the held prompt returns
	cfg := watchConfig(t, sim.Network(), srv.URL, nil, "200ms", "probe:\n  consumer_api_url: "+nodeClient.URL()+"\n  cookie_file: "+cookie+"\n")
	// A short lease, so the restarts (standbys of the killed process) take over within a second or two.
	b, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfg, []byte(strings.Replace(string(b), "store:\n", "store:\n  lease_ttl: 1s\n", 1)), 0o600); err != nil {
		t.Fatal(err)
	}

	p := startMorbot(t, "probe", nil, "run", "--config", cfg, "--console")
	p.waitFor("chain watch: following the chain from block", 1)
	p.send("/mor probe")
	var sid common.Hash
	select {
	case sid = <-prompted:
	case <-time.After(60 * time.Second):
		t.Fatalf("no prompt reached the consumer node:\n%s", p.output())
	}
	if err := p.cmd.Process.Kill(); err != nil { // SIGKILL, the process this test started
		t.Fatal(err)
	}
	<-p.done
	once.Do(func() { close(release) })
	if opened, closed, open := node.Counts(); opened != 1 || closed != 0 || open != 1 {
		t.Fatalf("after the kill: opened %d closed %d open %d", opened, closed, open)
	}
	if s, _ := cl.Session(ctx, sid); !s.Exists() || s.Closed() {
		t.Fatalf("the probe session after the kill: %+v", s)
	}

	p2 := startMorbot(t, "probe-2", nil, "run", "--config", cfg, "--console", "--standby")
	p2.waitFor("probe: closed sessions left open by an earlier run", 1)
	if s, _ := cl.Session(ctx, sid); !s.Closed() {
		t.Fatalf("the session is still open after the restart: %+v", s)
	}
	p2.send("/mor status")
	p2.waitFor("last probe ✗", 1)
	if !strings.Contains(p2.output(), "failed at the stopped: morbot stopped during this probe; its session was closed afterwards") {
		t.Fatalf("status:\n%s", p2.output())
	}
	_ = p2.cmd.Process.Kill()
	<-p2.done

	p3 := startMorbot(t, "probe-3", nil, "run", "--config", cfg, "--console", "--standby")
	p3.waitFor("probe: ready", 1) // the leader's start-up, the closer included, is done
	if opened, closed, open := node.Counts(); opened != 1 || closed != 1 || open != 0 {
		t.Fatalf("after two restarts: opened %d closed %d open %d (closed once)", opened, closed, open)
	}
	if strings.Contains(p3.output(), "probe: closed sessions left open") {
		t.Fatalf("the third start closed something:\n%s", p3.output())
	}
	for _, out := range []string{p.output(), p2.output(), p3.output()} {
		if strings.Contains(out, "consumer-pass-7f") {
			t.Fatalf("the consumer node's password reached the output:\n%s", out)
		}
	}
}
