package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/chain/chaintest"
)

// syncBuffer is a goroutine-safe output sink.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// recorder is a fake platform API that records every request body.
type recorder struct {
	mu     sync.Mutex
	bodies []string
	n      int
	srv    *httptest.Server
}

func newRecorder(t testing.TB, reply func(r *http.Request, n int) string) *recorder {
	rec := &recorder{}
	rec.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		rec.mu.Lock()
		rec.n++
		n := rec.n
		rec.bodies = append(rec.bodies, r.Method+" "+r.URL.Path+" "+string(b))
		rec.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, reply(r, n))
	}))
	t.Cleanup(rec.srv.Close)
	return rec
}

func (r *recorder) all() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Join(r.bodies, "\n")
}

func (r *recorder) waitFor(t testing.TB, substr string) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		r.mu.Lock()
		for _, b := range r.bodies {
			if strings.Contains(b, substr) {
				r.mu.Unlock()
				return b
			}
		}
		r.mu.Unlock()
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("never saw %q in:\n%s", substr, r.all())
	return ""
}

func freeAddr(t testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// A whole flow through morbot run — Discord and Slack over signed HTTP, the keyring signer, debug
// logging — after which no log line and no chat message holds a private key, the keyring passphrase,
// a bot token or a signing secret.
func TestRedactionEndToEnd(t *testing.T) {
	const (
		discordToken  = "discord-bot-token-SECRET-3f9a"
		slackBot      = "xoxb-slack-bot-token-SECRET-77e1"
		slackSigning  = "slack-signing-secret-SECRET-c0de"
		guild         = "998877665544332211"
		channel       = "111111111111111111"
		appID         = "123456789012345678"
		bob, carol    = "100000000000000002", "100000000000000003"
		alice         = "100000000000000001"
		slackUser     = "U0000ALICE"
		slackTeam     = "T0123ABCD"
		slackChannel  = "C0123ABCD"
		keyringSecret = passphrase
	)
	key, _ := crypto.HexToECDSA(strings.TrimPrefix(wellKnownKey, "0x"))
	sim, err := chaintest.NewSim(context.Background(), chaintest.Options{Keys: []*ecdsa.PrivateKey{key}})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	node := sim.ServeHTTP()
	defer node.Close()

	discordAPI := newRecorder(t, func(r *http.Request, n int) string {
		if r.Method == http.MethodPost && strings.Contains(r.URL.Path, "/channels/") {
			return fmt.Sprintf(`{"id":"%d","channel_id":"%s"}`, 500000000000000000+n, channel)
		}
		return `{"id":"400000000000000001"}`
	})
	slackAPI := newRecorder(t, func(r *http.Request, n int) string {
		return fmt.Sprintf(`{"ok":true,"channel":"%s","ts":"1700000000.%06d"}`, slackChannel, n)
	})
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	dir := t.TempDir()
	t.Setenv("MORBOT_KEYRING_PASSPHRASE", keyringSecret)
	t.Setenv("MORBOT_T_DISCORD", discordToken)
	t.Setenv("MORBOT_T_SLACK_BOT", slackBot)
	t.Setenv("MORBOT_T_SLACK_SIGNING", slackSigning)
	if code, _, errOut := runApp(t, wellKnownKey, "keys", "import", "--name", "operator", "--keyring-backend", "file", "--keyring-dir", filepath.Join(dir, "kr")); code != 0 {
		t.Fatal(errOut)
	}
	dAddr, sAddr, mAddr := freeAddr(t), freeAddr(t), freeAddr(t)
	n := sim.Network()
	cfg := fmt.Sprintf(`network: {name: custom, chain_id: 1337, diamond: %q, mor_token: %q, multicall3: %q, rpc_urls: [%q]}
provider: {address: %q}
signer: {backends: [file], key: operator, file_dir: %s}
approval:
  quorum: 2
  approvers:
    discord: {users: [%q, %q, %q]}
    slack: {users: [%q]}
discord:
  mode: http
  application_id: %q
  public_key: %q
  token_env: MORBOT_T_DISCORD
  guilds: [%q]
  channels: {proposals: %q}
  listen: %s
  api_url: %s/api/v9/
slack:
  mode: http
  bot_token_env: MORBOT_T_SLACK_BOT
  signing_secret_env: MORBOT_T_SLACK_SIGNING
  teams: [%s]
  channels: {proposals: %s}
  listen: %s
  api_url: %s/
store: {path: %s}
metrics: {listen: %s}
log: {level: debug, format: json}
`, n.Diamond.Hex(), n.MOR.Hex(), n.Multicall3.Hex(), node.URL, wellKnownAddr, filepath.Join(dir, "kr"), alice, bob, carol, slackUser,
		appID, hex.EncodeToString(pub), guild, channel, dAddr, discordAPI.srv.URL, slackTeam, slackChannel, sAddr, slackAPI.srv.URL, filepath.Join(dir, "m.db"), mAddr)
	cfgPath := filepath.Join(dir, "morbot.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}

	var stdout, stderr syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		a := &app{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: os.Getenv}
		done <- a.main(ctx, []string{"run", "--config", cfgPath})
	}()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if c, err := net.Dial("tcp", dAddr); err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("morbot run never listened:\n%s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	for {
		if c, err := net.Dial("tcp", sAddr); err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the Slack endpoint never listened:\n%s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}

	seq := 0
	discord := func(body map[string]any) {
		seq++
		body["id"] = fmt.Sprintf("%d", 700000000000000000+seq)
		body["application_id"], body["guild_id"], body["channel_id"], body["token"] = appID, guild, channel, fmt.Sprintf("itok%d", seq)
		b, _ := json.Marshal(body)
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		r, _ := http.NewRequest(http.MethodPost, "http://"+dAddr+"/", bytes.NewReader(b))
		r.Header.Set("X-Signature-Timestamp", ts)
		r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), b...))))
		resp, err := http.DefaultClient.Do(r)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("discord interaction: %v %v", err, resp)
		}
		resp.Body.Close()
	}
	member := func(id string) map[string]any {
		return map[string]any{"user": map[string]any{"id": id, "username": "u" + id[len(id)-1:]}, "roles": []string{}}
	}
	discord(map[string]any{"type": 2, "member": member(alice), "data": map[string]any{"id": "1", "name": "mor", "type": 1, "options": []any{
		map[string]any{"name": "onboard", "type": 1, "options": []any{
			map[string]any{"name": "endpoint", "type": 3, "value": "127.0.0.1:3333"},
			map[string]any{"name": "model-name", "type": 3, "value": "m"},
			map[string]any{"name": "price", "type": 3, "value": "0.00001"}}}}}})
	posted := discordAPI.waitFor(t, `"custom_id":"mor1:`)
	i := strings.Index(posted, `"custom_id":"mor1:`)
	customID := strings.SplitN(posted[i+len(`"custom_id":"`):], `"`, 2)[0]
	for _, who := range []string{bob, carol} {
		discord(map[string]any{"type": 3, "member": member(who), "message": map[string]any{"id": "1", "channel_id": channel},
			"data": map[string]any{"custom_id": customID, "component_type": 2}})
	}
	discordAPI.waitFor(t, "CONFIRMED")

	// Slack: a signed /mor status.
	form := url.Values{"command": {"/mor"}, "text": {"status"}, "user_id": {slackUser}, "user_name": {"alice"}, "channel_id": {slackChannel},
		"team_id": {slackTeam}, "response_url": {slackAPI.srv.URL + "/response/1"}, "trigger_id": {"t.1"}}
	body := form.Encode()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(slackSigning))
	mac.Write([]byte("v0:" + ts + ":" + body))
	r, _ := http.NewRequest(http.MethodPost, "http://"+sAddr+"/slack/commands", strings.NewReader(body))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("X-Slack-Request-Timestamp", ts)
	r.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	resp, err := http.DefaultClient.Do(r)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("slack command: %v %v", err, resp)
	}
	resp.Body.Close()
	slackAPI.waitFor(t, "active bids (1)")
	if resp, err := http.Get("http://" + mAddr + "/readyz"); err != nil || resp.StatusCode != 200 {
		t.Fatalf("readyz: %v %v", err, resp)
	}

	// A model name made to mislead approvers (a mention, a masked link, a spoiler) renders inert on
	// both platforms: proposed through Discord, listed through Slack.
	const hostile = "<!channel> @everyone [approve 0.1 MOR](http://x.io) ||2 MOR||"
	discord(map[string]any{"type": 2, "member": member(alice), "data": map[string]any{"id": "1", "name": "mor", "type": 1, "options": []any{
		map[string]any{"name": "model", "type": 2, "options": []any{map[string]any{"name": "create", "type": 1, "options": []any{
			map[string]any{"name": "name", "type": 3, "value": hostile},
			map[string]any{"name": "stake", "type": 3, "value": "0.1"}}}}}}}})
	discordAPI.waitFor(t, "P-2 · model create")
	slashSlack := func(text string, n int) {
		form := url.Values{"command": {"/mor"}, "text": {text}, "user_id": {slackUser}, "user_name": {"alice"}, "channel_id": {slackChannel},
			"team_id": {slackTeam}, "response_url": {slackAPI.srv.URL + fmt.Sprintf("/response/%d", n)}, "trigger_id": {fmt.Sprintf("t.%d", n)}}
		body := form.Encode()
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		mac := hmac.New(sha256.New, []byte(slackSigning))
		mac.Write([]byte("v0:" + ts + ":" + body))
		r, _ := http.NewRequest(http.MethodPost, "http://"+sAddr+"/slack/commands", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("X-Slack-Request-Timestamp", ts)
		r.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
		resp, err := http.DefaultClient.Do(r)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("slack command: %v %v", err, resp)
		}
		resp.Body.Close()
	}
	slashSlack("proposals show P-2", 2)
	slackAPI.waitFor(t, "/response/2")
	for _, b := range strings.Split(discordAPI.all(), "\n") {
		if strings.Contains(b, "MOR](") || strings.Contains(b, "||2 MOR||") || strings.Contains(b, "@everyone") {
			t.Errorf("live markup in a Discord body: %s", b)
		}
		if strings.Contains(b, `"embeds"`) && !strings.Contains(b, `"allowed_mentions":{"parse":[]`) {
			t.Errorf("a Discord message without allowed_mentions none: %s", b)
		}
	}
	if !strings.Contains(discordAPI.all(), `\\[approve 0.1 MOR\\]`) {
		t.Error("the hostile name never reached Discord (escaped); the check above proves nothing")
	}
	sawName := false
	for _, b := range strings.Split(slackAPI.all(), "\n") {
		var texts []slackText
		if _, js, ok := strings.Cut(b, " {"); ok { // a JSON body (response_url)
			var v any
			if json.Unmarshal([]byte("{"+js), &v) == nil {
				texts = slackTexts(v)
			}
		} else if parts := strings.SplitN(b, " ", 3); len(parts) == 3 { // a form body (the Web API)
			if q, err := url.ParseQuery(parts[2]); err == nil {
				if q.Has("text") {
					texts = append(texts, slackText{"fallback", q.Get("text")})
				}
				var v any
				if json.Unmarshal([]byte(q.Get("blocks")), &v) == nil {
					texts = append(texts, slackTexts(v)...)
				}
			}
		}
		for _, tx := range texts {
			if tx.kind != "plain_text" && strings.Contains(tx.text, "<!channel>") {
				t.Errorf("live <!channel> in Slack %s text: %q", tx.kind, tx.text)
			}
			if tx.kind == "plain_text" && strings.Contains(tx.text, hostile) {
				sawName = true
			}
		}
	}
	if !sawName {
		t.Error("the hostile name never reached Slack as plain text; the check above proves nothing")
	}

	cancel()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("morbot run did not stop")
	}
	everything := strings.ToLower(stdout.String() + "\n" + stderr.String() + "\n" + discordAPI.all() + "\n" + slackAPI.all())
	if !strings.Contains(everything, `"level":"debug","msg":"broadcasting"`) || !strings.Contains(everything, `"level":"info"`) {
		t.Fatalf("the debug and info logs were not captured; the test would prove nothing:\n%s", stderr.String())
	}
	for name, secret := range map[string]string{"private key": strings.TrimPrefix(wellKnownKey, "0x"), "keyring passphrase": keyringSecret,
		"discord token": discordToken, "slack bot token": slackBot, "slack signing secret": slackSigning} {
		if strings.Contains(everything, strings.ToLower(secret)) {
			t.Errorf("the %s appeared in a log line or a chat message", name)
		}
	}
}

// An RPC URL with an API key in its path and in its query never shows whole: not in the start-up
// refusal, not in /readyz, not in any log line, whatever fails.
func TestRPCURLKeysNeverLeak(t *testing.T) {
	const pathKey, queryKey = "PATHKEY0123456789abcdef", "QUERYKEY9876543210fedcba"
	key, _ := crypto.HexToECDSA(strings.TrimPrefix(wellKnownKey, "0x"))
	sim, err := chaintest.NewSim(context.Background(), chaintest.Options{Keys: []*ecdsa.PrivateKey{key}})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	proxy := chaintest.NewFaultProxy(sim.RPC())
	defer proxy.Close()
	dir := t.TempDir()
	t.Setenv("MORBOT_KEYRING_PASSPHRASE", passphrase)
	if code, _, errOut := runApp(t, wellKnownKey, "keys", "import", "--name", "operator", "--keyring-backend", "file", "--keyring-dir", filepath.Join(dir, "kr")); code != 0 {
		t.Fatal(errOut)
	}
	n := sim.Network()
	mAddr := freeAddr(t)
	config := func(rpcURL string) string {
		p := filepath.Join(dir, "morbot.yaml")
		cfg := fmt.Sprintf(`network: {name: custom, chain_id: 1337, diamond: %q, mor_token: %q, multicall3: %q, rpc_urls: [%q], rpc_timeout: 500ms}
provider: {address: %q}
signer: {backends: [file], key: operator, file_dir: %s}
approval:
  quorum: 1
  approvers:
    console: {users: [alice, bob]}
store: {path: %s}
metrics: {listen: %s}
log: {level: debug, format: json}
`, n.Diamond.Hex(), n.MOR.Hex(), n.Multicall3.Hex(), rpcURL, wellKnownAddr, filepath.Join(dir, "kr"), filepath.Join(dir, "m.db"), mAddr)
		if err := os.WriteFile(p, []byte(cfg), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	leaks := func(where, s string) {
		t.Helper()
		if strings.Contains(s, pathKey) || strings.Contains(s, queryKey) {
			t.Errorf("the RPC URL's key appeared in %s:\n%s", where, s)
		}
	}

	// 1. The start-up refusal: nothing listens there.
	dead := "http://" + freeAddr(t) + "/v2/" + pathKey + "?apikey=" + queryKey
	code, out, errOut := runApp(t, "", "run", "--config", config(dead), "--console")
	if code != 1 || !strings.Contains(errOut, "RPC http://127.0.0.1:") || !strings.Contains(errOut, "cannot read the chain ID") {
		t.Fatalf("start-up refusal: exit %d\n%s", code, errOut)
	}
	leaks("the start-up refusal", out+errOut)

	// 2. /readyz and the logs, when the endpoint fails after start.
	cfgPath := config(proxy.URL() + "/v2/" + pathKey + "?apikey=" + queryKey)
	in, feed := io.Pipe()
	defer feed.Close()
	var stdout, stderr syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		a := &app{stdin: in, stdout: &stdout, stderr: &stderr, getenv: os.Getenv}
		done <- a.main(ctx, []string{"run", "--config", cfgPath, "--console"})
	}()
	ready := func() (int, string) {
		resp, err := http.Get("http://" + mAddr + "/readyz")
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if c, _ := ready(); c == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("never ready:\n%s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	proxy.Set(chaintest.FaultDrop)
	status, body := ready()
	if status != 503 || !strings.Contains(body, "rpc "+proxy.URL()) {
		t.Fatalf("readyz with the endpoint down: %d %s", status, body)
	}
	leaks("/readyz", body)
	if _, err := io.WriteString(feed, "/mor minimums\n"); err != nil {
		t.Fatal(err)
	}
	for !strings.Contains(stdout.String(), "the chain cannot be reached right now") {
		if time.Now().After(deadline.Add(30 * time.Second)) {
			t.Fatalf("no answer:\n%s", stdout.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	_ = feed.Close()
	<-done
	logs := stderr.String()
	if !strings.Contains(logs, `"msg":"rpc endpoint failed, trying the next"`) || !strings.Contains(logs, `"level":"ERROR","msg":"rpc unreachable"`) {
		t.Fatalf("the failure was not logged; the test would prove nothing:\n%s", logs)
	}
	leaks("the logs", logs)
	leaks("the console", stdout.String())
}

type slackText struct{ kind, text string }

// slackTexts finds every text object (plain_text or mrkdwn) and the top-level "text" fallback in a
// Slack API body.
func slackTexts(v any) []slackText {
	var out []slackText
	var walk func(v any, top bool)
	walk = func(v any, top bool) {
		switch x := v.(type) {
		case map[string]any:
			if k, ok := x["type"].(string); ok && (k == "plain_text" || k == "mrkdwn") {
				if t, ok := x["text"].(string); ok {
					out = append(out, slackText{k, t})
				}
			} else if t, ok := x["text"].(string); ok && top {
				out = append(out, slackText{"fallback", t})
			}
			for _, y := range x {
				walk(y, false)
			}
		case []any:
			for _, y := range x {
				walk(y, false)
			}
		}
	}
	walk(v, true)
	return out
}

// An RPC provider that echoes its URL's path and query in its error replies (an "invalid api key …"
// JSON-RPC error, an HTML 404 page naming the path) leaves no trace of either in the start-up refusal,
// config check --online, chat, the store, /readyz or the logs: every secret part of a configured URL
// is scrubbed from all error text, and an upstream body is quoted only as a bounded, scrubbed excerpt
// with its status code.
func TestEchoedRPCKeysNeverLeak(t *testing.T) {
	const pathKey, queryKey = "PATHKEYecho0123456789", "QUERYKEYecho987654321"
	key, _ := crypto.HexToECDSA(strings.TrimPrefix(wellKnownKey, "0x"))
	sim, err := chaintest.NewSim(context.Background(), chaintest.Options{Keys: []*ecdsa.PrivateKey{key}})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	proxy := chaintest.NewFaultProxy(sim.RPC())
	defer proxy.Close()
	dir := t.TempDir()
	t.Setenv("MORBOT_KEYRING_PASSPHRASE", passphrase)
	if code, _, errOut := runApp(t, wellKnownKey, "keys", "import", "--name", "operator", "--keyring-backend", "file", "--keyring-dir", filepath.Join(dir, "kr")); code != 0 {
		t.Fatal(errOut)
	}
	n := sim.Network()
	mAddr := freeAddr(t)
	dbPath := filepath.Join(dir, "m.db")
	rpcURL := proxy.URL() + "/v3/" + pathKey + "?apikey=" + queryKey
	cfgPath := filepath.Join(dir, "morbot.yaml")
	cfg := fmt.Sprintf(`network: {name: custom, chain_id: 1337, diamond: %q, mor_token: %q, multicall3: %q, rpc_urls: [%q], rpc_timeout: 500ms, receipt_timeout: 2s, reconcile_interval: 200ms}
provider: {address: %q}
signer: {backends: [file], key: operator, file_dir: %s}
approval:
  quorum: 1
  approvers:
    console: {users: [alice, bob]}
store: {path: %s}
metrics: {listen: %s}
log: {level: debug, format: json}
`, n.Diamond.Hex(), n.MOR.Hex(), n.Multicall3.Hex(), rpcURL, wellKnownAddr, filepath.Join(dir, "kr"), dbPath, mAddr)
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	leaks := func(where, s string) {
		t.Helper()
		if strings.Contains(s, pathKey) || strings.Contains(s, queryKey) {
			t.Errorf("the RPC URL's key appeared in %s:\n%s", where, s)
		}
	}

	// 1. The start-up refusal, against a page, an RPC error and revert data that echo the key.
	for _, f := range []chaintest.Fault{chaintest.FaultEchoPage, chaintest.FaultEchoRPC, chaintest.FaultEchoRevert} {
		proxy.Set(f)
		code, out, errOut := runApp(t, "", "run", "--config", cfgPath, "--console")
		if code != 1 || !strings.Contains(errOut, "RPC "+proxy.URL()) {
			t.Fatalf("start-up refusal: exit %d\n%s", code, errOut)
		}
		if f == chaintest.FaultEchoPage && !strings.Contains(errOut, "HTTP 404") {
			t.Fatalf("the refusal does not say the status code:\n%s", errOut)
		}
		leaks("the start-up refusal", out+errOut)
		// 2. config check --online.
		_, out, errOut = runApp(t, "", "config", "check", "--online", "--config", cfgPath)
		leaks("config check --online", out+errOut)
	}
	proxy.Set(chaintest.FaultNone)

	// 3. A transaction whose broadcast the provider refuses with its key echoed: chat, the store, the logs.
	in, feed := io.Pipe()
	defer feed.Close()
	var stdout, stderr syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		a := &app{stdin: in, stdout: &stdout, stderr: &stderr, getenv: os.Getenv}
		done <- a.main(ctx, []string{"run", "--config", cfgPath, "--console", "--as", "alice"})
	}()
	waitOut := func(s string) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for !strings.Contains(stdout.String(), s) {
			if time.Now().After(deadline) {
				t.Fatalf("no %q in:\n%s\n%s", s, stdout.String(), stderr.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	_, _ = io.WriteString(feed, "/mor approve 1\n")
	waitOut("P-1 · approve · PENDING")
	proxy.Set(chaintest.FaultEchoRPC, "eth_sendRawTransaction")
	_, _ = io.WriteString(feed, "/as bob\napprove P-1\n")
	waitOut("outcome unknown")
	_, _ = io.WriteString(feed, "/mor audit 20\n")
	waitOut("Audit log (latest")
	// A simulation whose revert data (Error(string)) echoes the key, and a read that reverts the same way.
	proxy.Set(chaintest.FaultEchoRevert, "eth_simulateV1", "eth_call")
	_, _ = io.WriteString(feed, "/as alice\n/mor approve 2\n")
	waitOut("Simulation failed, nothing proposed")
	_, _ = io.WriteString(feed, "/mor minimums\n")
	waitOut("The chain refused the read")
	proxy.Set(chaintest.FaultNone)
	// 4. /readyz while the endpoint answers 404 pages naming the key.
	proxy.Set(chaintest.FaultEchoPage)
	resp, err := http.Get("http://" + mAddr + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	if resp.StatusCode != 503 || !strings.Contains(string(body), "HTTP 404") {
		t.Fatalf("readyz: %d %s", resp.StatusCode, body)
	}
	leaks("/readyz", string(body))
	proxy.Set(chaintest.FaultNone)
	cancel()
	_ = feed.Close()
	<-done
	leaks("chat (the console)", stdout.String())
	leaks("the logs", stderr.String())
	if !strings.Contains(stdout.String(), "invalid api key") {
		t.Fatalf("the provider's reply was not shown; the test would prove nothing:\n%s", stdout.String())
	}
	// 5. The store: reasons, step errors and audit rows.
	raw, err := os.ReadFile(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	wal, _ := os.ReadFile(dbPath + "-wal")
	leaks("the store", string(raw)+string(wal))
	if !strings.Contains(string(raw)+string(wal), "invalid api key") {
		t.Fatal("the provider's reply was not stored; the test would prove nothing")
	}
}
