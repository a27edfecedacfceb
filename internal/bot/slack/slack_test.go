package slack

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/approval/approvaltest"
	"github.com/morbotlabs/morbot/internal/bot/botkit/acktest"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/config"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/wiring"
)

const (
	team    = "T0123ABCD"
	channel = "C0123ABCD"
	alice   = "U0000ALICE"
	bob     = "U00000BOB"
	carol   = "U000CAROL"
	mallory = "U0MALLORY"
	ops     = "S0000OPS"
	secret  = "8f742231b10e8888abcd99yyyzzz85a5"
)

type call struct {
	Path string
	Form url.Values
	JSON map[string]any
	Auth string
}

type fakeSlack struct {
	mu    sync.Mutex
	calls []call
	srv   *httptest.Server
	ts    atomic.Int64
	ws    func(w http.ResponseWriter, r *http.Request)
	// groupDelay makes usergroups.users.list slow, as it is when Slack is.
	groupDelay time.Duration
}

func newFake(t testing.TB) *fakeSlack {
	f := &fakeSlack{}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/sm" && f.ws != nil {
			f.ws(w, r)
			return
		}
		if strings.HasPrefix(r.URL.Path, "/upload/") { // the upload URL files.getUploadURLExternal handed out
			if err := r.ParseMultipartForm(32 << 20); err != nil {
				http.Error(w, "bad upload", http.StatusBadRequest)
				return
			}
			fh := r.MultipartForm.File["file"]
			c := call{Path: r.URL.Path, Form: url.Values{}}
			if len(fh) == 1 {
				c.Form.Set("filename", fh[0].Filename)
				c.Form.Set("size", fmt.Sprint(fh[0].Size))
			}
			f.mu.Lock()
			f.calls = append(f.calls, c)
			f.mu.Unlock()
			fmt.Fprint(w, "OK")
			return
		}
		b, _ := io.ReadAll(r.Body)
		c := call{Path: r.URL.Path, Auth: r.Header.Get("Authorization")}
		if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			_ = json.Unmarshal(b, &c.JSON)
		} else {
			c.Form, _ = url.ParseQuery(string(b))
		}
		f.mu.Lock()
		f.calls = append(f.calls, c)
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/chat.postMessage":
			fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000000.%06d"}`, c.Form.Get("channel"), f.ts.Add(1))
		case "/chat.update":
			fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":%q,"text":""}`, c.Form.Get("channel"), c.Form.Get("ts"))
		case "/chat.postEphemeral":
			fmt.Fprint(w, `{"ok":true,"message_ts":"1700000000.999999"}`)
		case "/usergroups.users.list":
			select {
			case <-time.After(f.groupDelay):
			case <-r.Context().Done():
				return
			}
			fmt.Fprintf(w, `{"ok":true,"users":[%q]}`, carol)
		case "/files.getUploadURLExternal":
			if c.Form.Get("filename") == "" || c.Form.Get("length") == "" || c.Form.Get("length") == "0" {
				fmt.Fprint(w, `{"ok":false,"error":"invalid_arguments"}`)
				return
			}
			if n, _ := strconv.Atoi(c.Form.Get("length")); n > 1<<30 {
				fmt.Fprint(w, `{"ok":false,"error":"file_too_large"}`)
				return
			}
			fmt.Fprintf(w, `{"ok":true,"upload_url":"%s/upload/F0001","file_id":"F0001"}`, f.srv.URL)
		case "/files.completeUploadExternal":
			var files []map[string]string
			_ = json.Unmarshal([]byte(c.Form.Get("files")), &files)
			if len(files) != 1 || files[0]["id"] != "F0001" {
				fmt.Fprint(w, `{"ok":false,"error":"invalid_arguments"}`)
				return
			}
			fmt.Fprintf(w, `{"ok":true,"files":[{"id":"F0001","title":%q}]}`, files[0]["title"])
		case "/apps.connections.open":
			fmt.Fprintf(w, `{"ok":true,"url":"ws://%s/sm"}`, f.srv.Listener.Addr())
		default:
			fmt.Fprint(w, `{"ok":true}`)
		}
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeSlack) find(pred func(call) bool) []call {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []call
	for _, c := range f.calls {
		if pred(c) {
			out = append(out, c)
		}
	}
	return out
}

func (f *fakeSlack) waitFor(t testing.TB, what string, pred func(call) bool) call {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if cs := f.find(pred); len(cs) > 0 {
			return cs[len(cs)-1]
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("Slack never received %s; calls: %+v", what, f.find(func(call) bool { return true }))
	return call{}
}

func (c call) text() string { return fmt.Sprint(c.Form) + fmt.Sprint(c.JSON) }

type fixture struct {
	t      testing.TB
	fake   *fakeSlack
	a      *Adapter
	ep     *httptest.Server
	engine approvaltest.Core
	seq    atomic.Int64
}

func newFixture(t testing.TB, mode string) *fixture {
	t.Helper()
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	cl := sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	signer := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	fan := &approval.Fanout{}
	policy := approval.Policy{Quorum: 2, AnyRejectEnds: true, Expiry: time.Hour, Approvers: map[string]approval.Members{
		"slack": {Users: map[string]bool{alice: true, bob: true}, Groups: map[string]bool{ops: true}}}}
	engCore := wiring.New(wiring.Options{Store: db, Policy: policy, Chain: cl, Signer: signer, Notifier: fan, Provider: signer.Address()})
	eng := approvaltest.CoreOf(engCore)
	h := commands.New(commands.Options{Domain: engCore})
	fake := newFake(t)
	a := New(Config{Mode: mode, Teams: []string{team}, ProposalsChannel: channel, APIURL: fake.srv.URL + "/", Groups: []string{ops}},
		Secrets{BotToken: config.NewSecret("xoxb-test"), AppToken: config.NewSecret("xapp-1-test"), SigningSecret: config.NewSecret(secret)},
		h, eng.Engine, cl.Network(), nil)
	fan.Add(a)
	ep := httptest.NewServer(a.Handler())
	t.Cleanup(func() { ep.Close(); a.Close(); eng.Close(); _ = db.Close() })
	return &fixture{t: t, fake: fake, a: a, ep: ep, engine: eng}
}

func sign(ts, body string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte("v0:" + ts + ":" + body))
	return "v0=" + hex.EncodeToString(m.Sum(nil))
}

func (f *fixture) send(path string, form url.Values, mutate func(*http.Request)) (*http.Response, string) {
	f.t.Helper()
	body := form.Encode()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	r, _ := http.NewRequest(http.MethodPost, f.ep.URL+path, strings.NewReader(body))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("X-Slack-Request-Timestamp", ts)
	r.Header.Set("X-Slack-Signature", sign(ts, body))
	if mutate != nil {
		mutate(r)
	}
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func (f *fixture) slash(user, text string) url.Values {
	n := f.seq.Add(1)
	return url.Values{"command": {"/mor"}, "text": {text}, "user_id": {user}, "user_name": {"u" + user[len(user)-3:]}, "channel_id": {channel},
		"team_id": {team}, "response_url": {fmt.Sprintf("%s/response/%d", f.fake.srv.URL, n)}, "trigger_id": {fmt.Sprintf("trig.%d", n)}}
}

func (f *fixture) click(user, actionID, value string) url.Values {
	n := f.seq.Add(1)
	payload := map[string]any{"type": "block_actions", "trigger_id": fmt.Sprintf("act.%d", n), "user": map[string]any{"id": user, "name": "u"},
		"team": map[string]any{"id": team}, "channel": map[string]any{"id": channel}, "container": map[string]any{"message_ts": "1700000000.000001"},
		"response_url": fmt.Sprintf("%s/response/c%d", f.fake.srv.URL, n),
		"actions":      []any{map[string]any{"action_id": actionID, "block_id": "mor-actions", "value": value, "type": "button"}}}
	b, _ := json.Marshal(payload)
	return url.Values{"payload": {string(b)}}
}

func postedButtons(c call) (approveValue string, ok bool) {
	var blocks []map[string]any
	_ = json.Unmarshal([]byte(c.Form.Get("blocks")), &blocks)
	for _, b := range blocks {
		if b["type"] != "actions" {
			continue
		}
		for _, e := range b["elements"].([]any) {
			el := e.(map[string]any)
			if el["action_id"] == actionApprove {
				return el["value"].(string), true
			}
		}
	}
	return "", false
}

func TestFullFlowOverSignedHTTP(t *testing.T) {
	f := newFixture(t, "http")
	resp, body := f.send("/slack/commands", f.slash(alice, "onboard 127.0.0.1:3333 test-model 0.00001"), nil)
	if resp.StatusCode != 200 || !strings.Contains(body, `"response_type":"ephemeral"`) {
		t.Fatalf("slash ack: %d %s", resp.StatusCode, body)
	}
	// The ack goes out whole, with its length: flushed before the work starts, it is not a chunked
	// stream whose end waits for the handler to return.
	if resp.ContentLength != int64(len(body)) || len(resp.TransferEncoding) != 0 {
		t.Fatalf("slash ack: length %d for %d bytes, transfer encoding %v", resp.ContentLength, len(body), resp.TransferEncoding)
	}
	posted := f.fake.waitFor(t, "the proposal message", func(c call) bool { return c.Path == "/chat.postMessage" })
	if (posted.Auth != "Bearer xoxb-test" && posted.Form.Get("token") != "xoxb-test") || posted.Form.Get("channel") != channel {
		t.Fatalf("post: auth %q channel %q", posted.Auth, posted.Form.Get("channel"))
	}
	token, ok := postedButtons(posted)
	if !ok || len(token) != 32 {
		t.Fatalf("no approve button with the proposal token: %s", posted.Form.Get("blocks"))
	}
	f.fake.waitFor(t, "the proposer's private answer", func(c call) bool {
		return strings.HasPrefix(c.Path, "/response/") && strings.Contains(c.text(), "P-1 proposed")
	})
	// bob by user ID, carol through the ops user group.
	for _, u := range []string{bob, carol} {
		if resp, _ := f.send("/slack/interactions", f.click(u, actionApprove, token), nil); resp.StatusCode != 200 {
			t.Fatalf("click ack %d", resp.StatusCode)
		}
	}
	final := f.fake.waitFor(t, "chat.update to confirmed", func(c call) bool {
		return c.Path == "/chat.update" && strings.Contains(c.Form.Get("blocks"), "CONFIRMED")
	})
	blocks := final.Form.Get("blocks")
	if strings.Count(blocks, "confirmed in block") != 4 || !strings.Contains(blocks, "tx 0x") || strings.Contains(blocks, `"type":"actions"`) {
		t.Fatalf("final update must show four confirmed steps with transactions and no buttons: %s", blocks)
	}
	if n := len(f.fake.find(func(c call) bool { return c.Path == "/usergroups.users.list" })); n != 1 {
		t.Fatalf("usergroups.users.list called %d times; membership must be cached", n)
	}
	// Every post and update of the proposal uses block IDs it never used before.
	seen := map[string]bool{}
	updates := f.fake.find(func(c call) bool { return c.Path == "/chat.postMessage" || c.Path == "/chat.update" })
	if len(updates) < 3 {
		t.Fatalf("%d posts and updates", len(updates))
	}
	for _, c := range updates {
		var blocks []map[string]any
		if err := json.Unmarshal([]byte(c.Form.Get("blocks")), &blocks); err != nil {
			t.Fatal(err)
		}
		for _, b := range blocks {
			id, _ := b["block_id"].(string)
			if id == "" || seen[id] {
				t.Fatalf("block_id %q missing or reused across updates", id)
			}
			seen[id] = true
		}
	}
}

// Slack's certificate probe gets 200 and an empty body, with no signature needed and nothing run.
func TestSSLCheck(t *testing.T) {
	f := newFixture(t, "http")
	r, _ := http.NewRequest(http.MethodPost, f.ep.URL+"/slack/commands", strings.NewReader("ssl_check=1&token=x"))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || len(b) != 0 {
		t.Fatalf("ssl_check: %d %q", resp.StatusCode, b)
	}
	// Anything else unsigned is still refused.
	r, _ = http.NewRequest(http.MethodPost, f.ep.URL+"/slack/commands", strings.NewReader("ssl_check=1&command=/mor&text=status"))
	resp, err = http.DefaultClient.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("an unsigned command passed as a probe: %d", resp.StatusCode)
	}
}

func TestRefusals(t *testing.T) {
	f := newFixture(t, "http")
	f.send("/slack/commands", f.slash(alice, "approve 1"), nil)
	posted := f.fake.waitFor(t, "the proposal", func(c call) bool { return c.Path == "/chat.postMessage" })
	token, _ := postedButtons(posted)

	cases := []struct {
		name   string
		path   string
		form   url.Values
		mutate func(*http.Request)
		status int
	}{
		{"bad signature", "/slack/interactions", f.click(bob, actionApprove, token), func(r *http.Request) { r.Header.Set("X-Slack-Signature", "v0="+strings.Repeat("0", 64)) }, 401},
		{"missing headers", "/slack/commands", f.slash(bob, "status"), func(r *http.Request) { r.Header.Del("X-Slack-Signature"); r.Header.Del("X-Slack-Request-Timestamp") }, 401},
		{"replay older than 5 minutes", "/slack/interactions", f.click(bob, actionApprove, token), func(r *http.Request) {
			b, _ := io.ReadAll(r.Body)
			ts := strconv.FormatInt(time.Now().Add(-6*time.Minute).Unix(), 10)
			r.Header.Set("X-Slack-Request-Timestamp", ts)
			r.Header.Set("X-Slack-Signature", sign(ts, string(b)))
			r.Body = io.NopCloser(strings.NewReader(string(b)))
		}, 401},
		{"malformed payload", "/slack/interactions", url.Values{"payload": {"{not json"}}, nil, 400},
		{"malformed command", "/slack/commands", url.Values{"text": {"status"}}, nil, 400},
	}
	for _, c := range cases {
		resp, _ := f.send(c.path, c.form, c.mutate)
		if resp.StatusCode != c.status {
			t.Errorf("%s: status %d, want %d", c.name, resp.StatusCode, c.status)
		}
	}
	// Acked, then refused privately: unknown action, tampered value, unauthorised user, the proposer.
	f.send("/slack/interactions", f.click(bob, "other-app:approve", token), nil)
	f.send("/slack/interactions", f.click(bob, actionApprove, strings.Repeat("0", 32)), nil)
	f.send("/slack/interactions", f.click(mallory, actionApprove, token), nil)
	f.send("/slack/interactions", f.click(alice, actionApprove, token), nil)
	for _, want := range []string{"not one of morbot's", "does not belong to any proposal", "only the team's approvers may vote", "you proposed P-1"} {
		f.fake.waitFor(t, want, func(c call) bool { return strings.HasPrefix(c.Path, "/response/") && strings.Contains(c.text(), want) })
	}
	// Another workspace is refused at once.
	other := f.slash(bob, "status")
	other.Set("team_id", "T9999OTHER")
	if _, body := f.send("/slack/commands", other, nil); !strings.Contains(body, "not enabled in this workspace") {
		t.Fatalf("foreign team: %s", body)
	}
	p, _ := f.engine.Get(context.Background(), 1)
	if p.Status != approval.Pending || len(p.Votes) != 0 {
		t.Fatalf("refused requests changed the proposal: %s %+v", p.Status, p.Votes)
	}
	// A retried delivery (same trigger) is a no-op.
	cl := f.click(bob, actionApprove, token)
	f.send("/slack/interactions", cl, func(r *http.Request) { r.Header.Set("X-Slack-Retry-Num", "0") })
	f.send("/slack/interactions", cl, func(r *http.Request) { r.Header.Set("X-Slack-Retry-Num", "1") })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	f.a.idle(ctx)
	cancel()
	p, _ = f.engine.Get(context.Background(), 1)
	if len(p.Votes) != 1 {
		t.Fatalf("a retried click voted %d times", len(p.Votes))
	}
}

// Socket Mode against a local websocket fake: a slash command envelope is acked and handled.
func TestSocketModeSlashCommand(t *testing.T) {
	f := newFixture(t, "socket")
	acks := make(chan map[string]any, 4)
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	f.fake.ws = func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer c.Close()
		_ = c.WriteJSON(map[string]any{"type": "hello", "num_connections": 1, "connection_info": map[string]any{"app_id": "A1"}})
		env := map[string]any{"envelope_id": "env-1", "type": "slash_commands", "accepts_response_payload": true,
			"payload": map[string]any{"command": "/mor", "text": "minimums", "user_id": alice, "user_name": "alice", "channel_id": channel, "team_id": team,
				"response_url": f.fake.srv.URL + "/response/sm", "trigger_id": "sm.1"}}
		_ = c.WriteJSON(env)
		_ = c.WriteJSON(env) // a redelivery of the same envelope
		for i := 0; i < 2; i++ {
			var m map[string]any
			if err := c.ReadJSON(&m); err != nil {
				return
			}
			acks <- m
		}
		<-r.Context().Done()
	}
	if err := f.a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		select {
		case m := <-acks:
			if m["envelope_id"] != "env-1" {
				t.Fatalf("ack %v", m)
			}
		case <-time.After(20 * time.Second):
			t.Fatal("the envelope was never acked")
		}
	}
	f.fake.waitFor(t, "the minimums answer", func(c call) bool {
		return c.Path == "/response/sm" && strings.Contains(c.text(), "provider minimum stake")
	})
	f.a.jobs.Idle(context.Background()) // every job either envelope started has finished
	if n := len(f.fake.find(func(c call) bool { return c.Path == "/response/sm" })); n != 1 {
		t.Fatalf("the redelivered envelope was handled %d times", n)
	}
}

func TestBlockLimits(t *testing.T) {
	m := chat.Message{Title: strings.Repeat("t", 300), Text: strings.Repeat("x", 5000), Footer: "f",
		Buttons: []chat.Button{{Label: "Approve", Action: chat.ActionApprove, Token: strings.Repeat("a", 32), Ref: "P-1"}}}
	for i := 0; i < 80; i++ {
		m.Fields = append(m.Fields, chat.Field{Name: "n", Value: strings.Repeat("v", 3000), Inline: i%2 == 0})
	}
	bs := Blocks(m, true)
	if len(bs) > maxBlocks {
		t.Fatalf("%d blocks", len(bs))
	}
	raw, _ := json.Marshal(bs)
	var decoded []map[string]any
	_ = json.Unmarshal(raw, &decoded)
	if decoded[len(decoded)-1]["type"] != "actions" {
		t.Fatal("the buttons were cut by truncation")
	}
	for _, b := range decoded {
		if t2, ok := b["text"].(map[string]any); ok && len([]rune(t2["text"].(string))) > maxSectionText {
			t.Fatal("section text over 3000")
		}
	}
	if _, _, ok := decodeAction(actionApprove, "has space"); ok {
		t.Fatal("bad value accepted")
	}
}

// BenchmarkSlashAck sends 200 concurrent signed slash commands and reports the time to the HTTP ack
// (Slack's deadline is 3 s); requests and connections are prepared before the clock starts (acktest).
// Each round also sends the same burst to a bare handler that only reads the body, verifies the HMAC
// signature and acks: the floor, on the same machine at the same moment.
func BenchmarkSlashAck(b *testing.B) {
	f := newFixture(b, "http")
	bare := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		want := sign(r.Header.Get("X-Slack-Request-Timestamp"), string(body))
		if !hmac.Equal([]byte(want), []byte(r.Header.Get("X-Slack-Signature"))) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		w.WriteHeader(http.StatusOK)
	}))
	defer bare.Close()
	acktest.Versus(b, f.ep.URL, bare.URL, func(host string) []byte {
		body := f.slash(alice, "minimums").Encode()
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		h := http.Header{"Content-Type": {"application/x-www-form-urlencoded"}, "X-Slack-Request-Timestamp": {ts}, "X-Slack-Signature": {sign(ts, body)}}
		return acktest.Raw(host, "/slack/commands", h, []byte(body))
	}, f.a.idle)
}

func FuzzDecodeAction(f *testing.F) {
	f.Add(actionApprove, "00112233445566778899aabbccddeeff")
	f.Add(actionFix, "eth-low")
	f.Add("mor1:other", "x y")
	f.Fuzz(func(t *testing.T, id, value string) {
		tok, a, ok := decodeAction(id, value)
		if ok && (tok != value || actionIDs[a] != id || strings.ContainsAny(tok, " :")) {
			t.Fatalf("decodeAction(%q, %q) = %q %q", id, value, tok, a)
		}
	})
}

// A slow usergroups.users.list (4 s) never holds an acknowledgement: the slash command is acked at
// once (Slack's deadline is 3 s), and the answer follows once the job has resolved the groups within
// its own deadline.
func TestAckNotBlockedBySlowGroupLookup(t *testing.T) {
	f := newFixture(t, "socket")
	f.fake.groupDelay = 4 * time.Second
	sent := make(chan time.Time, 1)
	acked := make(chan time.Time, 1)
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	f.fake.ws = func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer c.Close()
		_ = c.WriteJSON(map[string]any{"type": "hello", "num_connections": 1, "connection_info": map[string]any{"app_id": "A1"}})
		env := map[string]any{"envelope_id": "env-slow", "type": "slash_commands", "accepts_response_payload": true,
			"payload": map[string]any{"command": "/mor", "text": "minimums", "user_id": alice, "user_name": "alice", "channel_id": channel, "team_id": team,
				"response_url": f.fake.srv.URL + "/response/slow", "trigger_id": "slow.1"}}
		sent <- time.Now()
		_ = c.WriteJSON(env)
		var m map[string]any
		if err := c.ReadJSON(&m); err == nil && m["envelope_id"] == "env-slow" {
			acked <- time.Now()
		}
		<-r.Context().Done()
	}
	if err := f.a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	start := <-sent
	select {
	case at := <-acked:
		if d := at.Sub(start); d >= time.Second {
			t.Fatalf("the ack took %s behind a 4 s group lookup", d)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the envelope was never acked")
	}
	f.fake.waitFor(t, "the answer", func(c call) bool {
		return c.Path == "/response/slow" && strings.Contains(c.text(), "provider minimum stake")
	})
}

// carol is a team member only through the ops user group: her slash command is authorised by the
// groups the job resolves, and a user in no group is refused.
func TestSlashCommandAuthorisedByUserGroup(t *testing.T) {
	f := newFixture(t, "http")
	f.send("/slack/commands", f.slash(carol, "minimums"), nil)
	f.fake.waitFor(t, "carol's answer", func(c call) bool {
		return strings.HasPrefix(c.Path, "/response/") && strings.Contains(c.text(), "provider minimum stake")
	})
	f.send("/slack/commands", f.slash("U0STRANGER", "minimums"), nil)
	f.fake.waitFor(t, "the stranger's refusal", func(c call) bool {
		return strings.HasPrefix(c.Path, "/response/") && strings.Contains(c.text(), "not one of this team's viewers")
	})
}

// The weekly chart is uploaded the way Slack requires now: an upload URL, the bytes, then
// files.completeUploadExternal sharing it to the reports channel, after the report message.
func TestPostUploadsAttachment(t *testing.T) {
	f := newFixture(t, "http")
	png := bytes.Repeat([]byte{0x89}, 45_000)
	m := chat.Message{Title: "Status report", Text: "weekly", Files: []chat.File{{Name: "morbot-weekly.png", ContentType: "image/png", Data: png}}}
	if err := f.a.Post(context.Background(), "reports", m); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, c := range f.fake.find(func(c call) bool { return c.Path != "/usergroups.users.list" }) {
		paths = append(paths, c.Path)
	}
	if strings.Join(paths, " ") != "/chat.postMessage /files.getUploadURLExternal /upload/F0001 /files.completeUploadExternal" {
		t.Fatalf("calls: %v", paths)
	}
	get := f.fake.find(func(c call) bool { return c.Path == "/files.getUploadURLExternal" })[0]
	up := f.fake.find(func(c call) bool { return c.Path == "/upload/F0001" })[0]
	done := f.fake.find(func(c call) bool { return c.Path == "/files.completeUploadExternal" })[0]
	if get.Form.Get("filename") != "morbot-weekly.png" || get.Form.Get("length") != fmt.Sprint(len(png)) || up.Form.Get("size") != fmt.Sprint(len(png)) ||
		done.Form.Get("channel_id") != channel {
		t.Fatalf("upload: %v / %v / %v", get.Form, up.Form, done.Form)
	}
}
