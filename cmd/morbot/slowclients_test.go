package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/bot/botkit/acktest"
)

// slowClientsAttack starts `morbot run` with its Discord HTTP endpoint, puts 2,500 slow clients on it
// (headers, then one body byte a second, reconnecting when cut off) from 50 loopback addresses, and
// sends pings signed PINGs, one every 50 ms, while the attack lasts. Each must be answered with a
// PONG within Discord's 3-second deadline; it returns their times to the PONG, sorted.
func slowClientsAttack(tb testing.TB, pings int) []time.Duration {
	tb.Helper()
	node := simNode(tb)
	dir := tb.TempDir()
	tb.Setenv("MORBOT_KEYRING_PASSPHRASE", passphrase)
	if code, _, errOut := runApp(tb, wellKnownKey, "keys", "import", "--name", "operator", "--keyring-backend", "file", "--keyring-dir", filepath.Join(dir, "keyring")); code != 0 {
		tb.Fatal(errOut)
	}
	const appID, guild, channel = "123456789012345678", "998877665544332211", "111111111111111111"
	api := newRecorder(tb, func(*http.Request, int) string { return `{"id":"400000000000000001"}` })
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	addr := freeAddr(tb)
	n := node.net
	cfg := fmt.Sprintf(`network: {name: custom, chain_id: %d, diamond: %q, mor_token: %q, multicall3: %q, rpc_urls: [%q]}
provider: {address: %q}
signer: {backends: [file], key: operator, file_dir: %s}
approval: {quorum: 1, approvers: {discord: {users: ["100000000000000001", "100000000000000002"]}}}
discord:
  mode: http
  application_id: %q
  public_key: %q
  token_env: MORBOT_T_DISCORD
  guilds: [%q]
  channels: {proposals: %q}
  listen: %s
  api_url: %s/api/v9/
store: {path: %s}
log: {level: info}
`, n.ChainID, n.Diamond.Hex(), n.MOR.Hex(), n.Multicall3.Hex(), node.url, wellKnownAddr, filepath.Join(dir, "keyring"),
		appID, hex.EncodeToString(pub), guild, channel, addr, api.srv.URL, filepath.Join(dir, "m.db"))
	cfgPath := filepath.Join(dir, "morbot.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		tb.Fatal(err)
	}
	p := startMorbot(tb, "morbot", []string{"MORBOT_T_DISCORD=discord-token"}, "run", "--config", cfgPath)
	p.waitFor("discord interactions endpoint listening", 1)

	from := make([]string, 50)
	for i := range from {
		from[i] = fmt.Sprintf("127.0.2.%d", i+1)
	}
	attack := acktest.StartSlow(addr, 2500, from)
	defer attack.Stop()
	select {
	case <-attack.Ready:
	case <-time.After(60 * time.Second):
		tb.Fatalf("the attack opened %d of 2500 connections in 60 s", attack.Started.Load())
	}
	lat := make([]time.Duration, 0, pings)
	pace := time.NewTicker(50 * time.Millisecond) // the pings span the attack's cut-offs and reconnections
	defer pace.Stop()
	for i := 0; i < pings; i++ {
		<-pace.C
		body := fmt.Appendf(nil, `{"id":"%d","type":1,"application_id":%q,"token":"t%d","version":1}`, 700000000000000000+i, appID, i)
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		h := http.Header{"Content-Type": {"application/json"}, "X-Signature-Timestamp": {ts},
			"X-Signature-Ed25519": {hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), body...)))}}
		status, got, took, err := acktest.One(addr, acktest.Raw(addr, "/", h, body))
		if err != nil || status != http.StatusOK || !strings.Contains(got, `"type":1`) {
			tb.Fatalf("signed PING %d during the attack: %d %q %v", i, status, got, err)
		}
		if took > 3*time.Second {
			tb.Fatalf("signed PING %d took %s during the attack, past Discord's 3 s deadline", i, took)
		}
		lat = append(lat, took)
	}
	if started := attack.Started.Load(); started < 2500 {
		tb.Fatalf("the attack held only %d connections", started)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return lat
}

// 2,500 slow clients against the Discord endpoint of a real `morbot run`: every signed PING sent
// during the attack is answered with a PONG within Discord's 3-second deadline (the p99 figure is
// BenchmarkSlowClientsPing's, in BENCHMARKS.md).
func TestSlowClientsDoNotStarveSignedRequests(t *testing.T) {
	if lat := slowClientsAttack(t, 60); len(lat) != 60 {
		t.Fatalf("%d PINGs answered of 60", len(lat))
	}
}

// BenchmarkSlowClientsPing reports the time to PONG of signed PINGs sent one after another while
// 2,500 slow clients hold the Discord endpoint (see slowClientsAttack).
func BenchmarkSlowClientsPing(b *testing.B) {
	var all []time.Duration
	for b.Loop() {
		all = append(all, slowClientsAttack(b, 100)...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	b.ReportMetric(acktest.Percentile(all, 50), "p50-ms")
	b.ReportMetric(acktest.Percentile(all, 99), "p99-ms")
	b.ReportMetric(float64(all[len(all)-1].Microseconds())/1000, "max-ms")
}
