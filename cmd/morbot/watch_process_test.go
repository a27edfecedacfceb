package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
)

// watchConfig writes a `morbot run` configuration with the alert schedule hourly, so that only the
// chain watch can announce an event within seconds; it imports the provider key.
func watchConfig(t testing.TB, n chain.Network, rpcURL string, ws []string, poll string, extra ...string) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("MORBOT_KEYRING_PASSPHRASE", passphrase)
	if code, _, errOut := runApp(t, wellKnownKey, "keys", "import", "--name", "operator", "--keyring-backend", "file", "--keyring-dir", filepath.Join(dir, "keyring")); code != 0 {
		t.Fatal(errOut)
	}
	wsLine := ""
	if len(ws) > 0 {
		wsLine = fmt.Sprintf("  ws_urls: [%q]\n", ws[0])
	}
	cfg := fmt.Sprintf(`network:
  name: custom
  chain_id: %d
  diamond: "%s"
  mor_token: "%s"
  multicall3: "%s"
  rpc_urls: ["%s"]
%s  poll_interval: %s
  confirmations: 1
%sreports:
  alerts_cron: "0 0 * * * *"
store:
  path: %s
log:
  level: info
%s`, n.ChainID, n.Diamond.Hex(), n.MOR.Hex(), n.Multicall3.Hex(), rpcURL, wsLine, poll, teamYAML(filepath.Join(dir, "keyring")), filepath.Join(dir, "morbot.db"), strings.Join(extra, ""))
	p := filepath.Join(dir, "morbot.yaml")
	if err := os.WriteFile(p, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// With the alert schedule hourly and no WebSocket, `morbot run` polls the block number and announces
// a minimum change seen in a polled block, once.
func TestRunAnnouncesAMinimumChangeWithinAPoll(t *testing.T) {
	key, _ := crypto.HexToECDSA(strings.TrimPrefix(wellKnownKey, "0x"))
	sim, err := chaintest.NewSim(context.Background(), chaintest.Options{Keys: []*ecdsaKey{key}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	srv := sim.ServeHTTP()
	t.Cleanup(srv.Close)
	mAddr := freeAddr(t)
	cfg := watchConfig(t, sim.Network(), srv.URL, nil, "200ms", "metrics:\n  listen: "+mAddr+"\n")
	p := startMorbot(t, "watch", nil, "run", "--config", cfg, "--console")
	p.waitFor("chain watch: following the chain from block", 1)
	if err := sim.SetProviderMinStake(context.Background(), mustMOR("0.5")); err != nil {
		t.Fatal(err)
	}
	// Announced by the chain watch alone (the alert schedule is hourly). How fast is a benchmark
	// (BenchmarkEventToChat in make bench), not this test: a busy machine must not fail it.
	p.waitFor("A marketplace minimum changed", 1)
	if !strings.Contains(p.output(), "provider minimum stake: 0.1 MOR → 0.5 MOR") {
		t.Fatalf("the notice:\n%s", p.output())
	}
	// A later block with nothing of interest: nothing announced again.
	sim.Commit()
	p.send("/mor status")
	p.waitFor("Provider "+common.HexToAddress(wellKnownAddr).Hex(), 1)
	if n := strings.Count(p.output(), "A marketplace minimum changed"); n != 1 {
		t.Fatalf("announced %d times", n)
	}
	// /readyz and the metrics say how the chain is followed.
	get := func(path string) string {
		resp, err := http.Get("http://" + mAddr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	// (The lag is whatever the round in progress leaves: a block mined a moment ago may not be handled yet.)
	if r := get("/readyz"); !regexp.MustCompile(`"chain-watch":"polling the block number; \d+ block\(s\) behind the head \(head \d+, handled \d+\)"`).MatchString(r) {
		t.Fatalf("readyz: %s", r)
	}
	if m := get("/metrics"); !strings.Contains(m, `morbot_chain_watch_mode{mode="polling"} 1`) || !strings.Contains(m, `morbot_chain_watch_mode{mode="subscribed"} 0`) ||
		!regexp.MustCompile(`(?m)^morbot_chain_watch_lag_blocks \d+$`).MatchString(m) {
		t.Fatalf("metrics lack the chain watch:\n%s", m)
	}
}
