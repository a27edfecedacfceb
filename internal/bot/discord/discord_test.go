package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/bwmarrin/discordgo"
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
	appID   = "123456789012345678"
	guildID = "998877665544332211"
	chanID  = "111111111111111111"
	alice   = "100000000000000001"
	bob     = "100000000000000002"
	carol   = "100000000000000003"
	mallory = "100000000000000009"
	opsRole = "200000000000000001"
)

// fakeDiscord is an httptest stand-in for Discord's REST API that records every call and enforces
// what the real API enforces where morbot could get it wrong:
//   - embeds within their limits, 6,000 characters in all (400, code 50035, otherwise);
//   - a webhook (an interaction's token) exists only once the interaction's response reached Discord
//     (the HTTP reply flushed, or the callback received), and for lag more calls after that it still
//     answers 404 "Unknown Webhook" (code 10015), as Discord does for a few seconds after a deferral.
type fakeDiscord struct {
	mu        sync.Mutex
	calls     []call
	srv       *httptest.Server
	msgID     atomic.Int64
	delivered map[string]bool // interaction tokens whose response reached Discord
	open      bool            // every token counts as delivered (the ack benchmark)
	lag       int             // 404/10015 answers per token after delivery
	lagLeft   map[string]int
	unknown   int   // 404/10015 answers given
	early     int   // webhook calls before the response was delivered
	oversized int   // embeds refused for their size
	lastArray []any // the last array body (a bulk overwrite)
}

// deliver records that the response to the interaction with this token reached Discord.
func (f *fakeDiscord) deliver(token string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.delivered[token] {
		f.delivered[token] = true
		f.lagLeft[token] = f.lag
	}
}

// embedProblem says why Discord would refuse an embed, or "".
func embedProblem(e map[string]any) string {
	str := func(v any) int { s, _ := v.(string); return utf8.RuneCountInString(s) }
	total := str(e["title"]) + str(e["description"])
	if str(e["title"]) > 256 || str(e["description"]) > 4096 {
		return "title or description too long"
	}
	if ft, ok := e["footer"].(map[string]any); ok {
		if str(ft["text"]) > 2048 {
			return "footer too long"
		}
		total += str(ft["text"])
	}
	if au, ok := e["author"].(map[string]any); ok {
		total += str(au["name"])
	}
	fields, _ := e["fields"].([]any)
	if len(fields) > 25 {
		return "more than 25 fields"
	}
	for _, x := range fields {
		f, _ := x.(map[string]any)
		if str(f["name"]) > 256 || str(f["value"]) > 1024 || str(f["name"]) == 0 || str(f["value"]) == 0 {
			return "a field name or value out of bounds"
		}
		total += str(f["name"]) + str(f["value"])
	}
	if total > 6000 {
		return fmt.Sprintf("embed total %d over 6000", total)
	}
	return ""
}

type call struct {
	Method, Path string
	Body         map[string]any
	Auth         string
	Files        []upload // multipart attachments (files[n] parts)
}

type upload struct {
	Field, Name, ContentType string
	Size                     int
}

// maxUpload is Discord's default attachment limit for a message (10 MiB).
const maxUpload = 10 << 20

func newFake(t testing.TB) *fakeDiscord {
	f := &fakeDiscord{delivered: map[string]bool{}, lagLeft: map[string]int{}}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var (
			b     []byte
			body  map[string]any
			files []upload
		)
		if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
			// A message with attachments: the JSON in payload_json, each file in files[n].
			if err := r.ParseMultipartForm(32 << 20); err != nil {
				w.WriteHeader(http.StatusBadRequest)
				fmt.Fprint(w, `{"message": "Invalid Form Body", "code": 50035}`)
				return
			}
			b = []byte(r.FormValue("payload_json"))
			total := 0
			for field, fhs := range r.MultipartForm.File {
				for _, fh := range fhs {
					files = append(files, upload{Field: field, Name: fh.Filename, ContentType: fh.Header.Get("Content-Type"), Size: int(fh.Size)})
					total += int(fh.Size)
				}
			}
			if total > maxUpload {
				w.WriteHeader(http.StatusRequestEntityTooLarge)
				fmt.Fprint(w, `{"message": "Request entity too large", "code": 40005}`)
				return
			}
		} else {
			b, _ = io.ReadAll(r.Body)
		}
		_ = json.Unmarshal(b, &body)
		f.mu.Lock()
		f.calls = append(f.calls, call{Method: r.Method, Path: r.URL.Path, Body: body, Auth: r.Header.Get("Authorization"), Files: files})
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		parts := strings.Split(r.URL.Path, "/") // /api/v9/...
		if len(parts) > 5 && parts[3] == "interactions" && parts[len(parts)-1] == "callback" {
			f.deliver(parts[5])
		}
		if len(parts) > 5 && parts[3] == "webhooks" {
			token := parts[5]
			f.mu.Lock()
			refuse := !(f.open || f.delivered[token]) || f.lagLeft[token] > 0
			if !f.open && !f.delivered[token] {
				f.early++
			} else if refuse {
				f.lagLeft[token]--
			}
			if refuse {
				f.unknown++
			}
			f.mu.Unlock()
			if refuse {
				w.WriteHeader(http.StatusNotFound)
				fmt.Fprint(w, `{"message": "Unknown Webhook", "code": 10015}`)
				return
			}
		}
		var embeds []any
		if d, ok := body["data"].(map[string]any); ok {
			embeds, _ = d["embeds"].([]any)
		} else {
			embeds, _ = body["embeds"].([]any)
		}
		for _, e := range embeds {
			if m, ok := e.(map[string]any); ok {
				if why := embedProblem(m); why != "" {
					f.mu.Lock()
					f.oversized++
					f.mu.Unlock()
					w.WriteHeader(http.StatusBadRequest)
					fmt.Fprintf(w, `{"message": "Invalid Form Body (%s)", "code": 50035}`, why)
					return
				}
			}
		}
		switch {
		case r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/messages") && strings.Contains(r.URL.Path, "/channels/"):
			fmt.Fprintf(w, `{"id":"%d","channel_id":%q}`, 500000000000000000+f.msgID.Add(1), strings.Split(r.URL.Path, "/")[4])
		case r.Method == http.MethodPut && strings.Contains(r.URL.Path, "/commands"):
			var arr []any
			_ = json.Unmarshal(b, &arr)
			f.mu.Lock()
			f.lastArray = arr
			f.mu.Unlock()
			var cmds []map[string]any
			_ = json.Unmarshal(b, &cmds)
			for _, c := range cmds {
				c["id"] = "300000000000000001"
			}
			_ = json.NewEncoder(w).Encode(cmds)
		default:
			fmt.Fprint(w, `{"id":"400000000000000001"}`)
		}
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeDiscord) find(pred func(call) bool) []call {
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

func (f *fakeDiscord) waitFor(t testing.TB, what string, pred func(call) bool) call {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if cs := f.find(pred); len(cs) > 0 {
			return cs[len(cs)-1]
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("Discord never received %s; calls: %+v", what, f.find(func(call) bool { return true }))
	return call{}
}

type fixture struct {
	t      testing.TB
	fake   *fakeDiscord
	a      *Adapter
	ep     *httptest.Server
	served sync.WaitGroup // requests whose handler has not returned yet (added as each starts)
	priv   ed25519.PrivateKey
	engine approvaltest.Core
	seq    atomic.Int64
	// restart builds a new adapter on the same store, engine and keys, as a restarted process would.
	restart func() *Adapter
	mu      sync.Mutex
	current http.Handler
}

func newFixture(t testing.TB) *fixture {
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
		"discord": {Users: map[string]bool{alice: true, bob: true}, Groups: map[string]bool{opsRole: true}}}}
	engCore := wiring.New(wiring.Options{Store: db, Policy: policy, Chain: cl, Signer: signer, Notifier: fan, Provider: signer.Address()})
	eng := approvaltest.CoreOf(engCore)
	h := commands.New(commands.Options{Domain: engCore})
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	fake := newFake(t)
	build := func() *Adapter {
		a, err := New(Config{Mode: "http", AppID: appID, PublicKey: pub, Guilds: []string{guildID}, ProposalsChannel: chanID, APIURL: fake.srv.URL + "/api/v9/", Replay: db},
			config.NewSecret("test-bot-token"), h, eng.Engine, cl.Network(), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(a.Close)
		return a
	}
	a := build()
	fan.Add(a)
	f := &fixture{t: t, fake: fake, a: a, priv: priv, engine: eng, restart: build}
	handler := a.Handler()
	f.ep = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.served.Add(1) // before the response is written, so a client that read it can Wait
		defer f.served.Done()
		b, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(b))
		var in struct{ Token string }
		_ = json.Unmarshal(b, &in)
		dw := &deliveringWriter{ResponseWriter: w, deliver: func() { fake.deliver(in.Token) }}
		defer dw.deliver() // a response the handler did not flush is delivered when it returns
		f.handlerOf().ServeHTTP(dw, r)
	}))
	f.current = handler
	t.Cleanup(func() { f.ep.Close(); a.Close(); eng.Close(); _ = db.Close() })
	return f
}

// deliveringWriter tells the fake Discord that the interaction's response reached it when the
// adapter flushes it (Discord has the whole reply).
type deliveringWriter struct {
	http.ResponseWriter
	deliver func()
}

func (d *deliveringWriter) Flush() {
	if f, ok := d.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
	d.deliver()
}

// handlerOf is the endpoint's adapter handler (replaced when a test restarts the adapter).
func (f *fixture) handlerOf() http.Handler {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.current
}

// post signs and sends an interaction to the endpoint.
func (f *fixture) post(body any, mutate func(r *http.Request)) (*http.Response, map[string]any) {
	f.t.Helper()
	b, _ := json.Marshal(body)
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	sig := ed25519.Sign(f.priv, append([]byte(ts), b...))
	r, _ := http.NewRequest(http.MethodPost, f.ep.URL, bytes.NewReader(b))
	r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	r.Header.Set("X-Signature-Timestamp", ts)
	if mutate != nil {
		mutate(r)
	}
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	f.served.Wait() // the handler has returned: the work it started is running
	return resp, out
}

func member(id string, roles ...string) map[string]any {
	return map[string]any{"user": map[string]any{"id": id, "username": "u" + id[len(id)-1:]}, "roles": roles}
}

func (f *fixture) slash(user string, sub string, opts map[string]string, group string) map[string]any {
	var o []map[string]any
	names := make([]string, 0, len(opts))
	for k := range opts {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		o = append(o, map[string]any{"name": k, "type": 3, "value": opts[k]})
	}
	opt := map[string]any{"name": sub, "type": 1, "options": o}
	if group != "" {
		opt = map[string]any{"name": group, "type": 2, "options": []any{opt}}
	}
	n := f.seq.Add(1)
	return map[string]any{"id": fmt.Sprintf("%d", 700000000000000000+n), "application_id": appID, "type": 2, "token": fmt.Sprintf("tok%d", n),
		"guild_id": guildID, "channel_id": chanID, "member": member(user),
		"data": map[string]any{"id": "300000000000000001", "name": "mor", "type": 1, "options": []any{opt}}}
}

func (f *fixture) click(user, customID string, roles ...string) map[string]any {
	n := f.seq.Add(1)
	return map[string]any{"id": fmt.Sprintf("%d", 800000000000000000+n), "application_id": appID, "type": 3, "token": fmt.Sprintf("ctok%d", n),
		"guild_id": guildID, "channel_id": chanID, "member": member(user, roles...),
		"message": map[string]any{"id": "500000000000000001", "channel_id": chanID},
		"data":    map[string]any{"custom_id": customID, "component_type": 2}}
}

func buttonIDs(c call) []string {
	var ids []string
	comps, _ := c.Body["components"].([]any)
	for _, row := range comps {
		r, _ := row.(map[string]any)
		bs, _ := r["components"].([]any)
		for _, b := range bs {
			bm, _ := b.(map[string]any)
			ids = append(ids, fmt.Sprint(bm["custom_id"]))
		}
	}
	return ids
}

func TestFullFlowOverSignedHTTPInteractions(t *testing.T) {
	f := newFixture(t)
	resp, out := f.post(f.slash(alice, "onboard", map[string]string{"endpoint": "127.0.0.1:3333", "model-name": "test-model", "price": "0.00001"}, ""), nil)
	if resp.StatusCode != 200 || out["type"] != float64(5) {
		t.Fatalf("slash command not deferred: %d %v", resp.StatusCode, out)
	}
	posted := f.fake.waitFor(t, "the proposal message", func(c call) bool {
		return c.Method == http.MethodPost && c.Path == "/api/v9/channels/"+chanID+"/messages"
	})
	if posted.Auth != "Bot test-bot-token" {
		t.Fatalf("REST auth header %q", posted.Auth)
	}
	ids := buttonIDs(posted)
	if len(ids) != 3 || !strings.HasPrefix(ids[0], "mor1:") || !strings.HasSuffix(ids[2], ":d") || len(ids[0]) > 100 {
		t.Fatalf("buttons %v", ids)
	}
	f.fake.waitFor(t, "the deferred response edit", func(c call) bool {
		return c.Method == http.MethodPatch && strings.HasSuffix(c.Path, "/messages/@original") && strings.Contains(fmt.Sprint(c.Body), "P-1 proposed")
	})
	// bob by user ID, carol through the ops role: two approvals reach the quorum.
	for _, cl := range []map[string]any{f.click(bob, ids[0]), f.click(carol, ids[0], opsRole)} {
		resp, out := f.post(cl, nil)
		if resp.StatusCode != 200 || out["type"] != float64(6) {
			t.Fatalf("click not acked with a deferred update: %d %v", resp.StatusCode, out)
		}
	}
	final := f.fake.waitFor(t, "the proposal edited to confirmed", func(c call) bool {
		return c.Method == http.MethodPatch && strings.Contains(c.Path, "/channels/"+chanID+"/messages/") && strings.Contains(fmt.Sprint(c.Body), "CONFIRMED")
	})
	body := fmt.Sprint(final.Body)
	if strings.Count(body, "confirmed in block") != 4 || !strings.Contains(body, "tx 0x") {
		t.Fatalf("final edit lacks the four confirmed steps with transactions: %s", body)
	}
	comps := final.Body["components"].([]any)[0].(map[string]any)["components"].([]any)
	for _, b := range comps {
		if b.(map[string]any)["disabled"] != true {
			t.Fatal("buttons not disabled on the closed proposal")
		}
	}
	p, _ := f.engine.Get(context.Background(), 1)
	if p.Status != approval.Confirmed || len(p.Votes) != 2 {
		t.Fatalf("proposal %s with %d votes", p.Status, len(p.Votes))
	}
}

func TestRefusals(t *testing.T) {
	f := newFixture(t)
	f.post(f.slash(alice, "approve", map[string]string{"amount": "1"}, ""), nil)
	posted := f.fake.waitFor(t, "the proposal", func(c call) bool { return c.Method == http.MethodPost && strings.HasSuffix(c.Path, "/messages") })
	good := buttonIDs(posted)[0]
	token := strings.Split(good, ":")[1]

	cases := []struct {
		name   string
		body   any
		mutate func(*http.Request)
		status int
		text   string
	}{
		{"forged signature", f.click(bob, good), func(r *http.Request) { r.Header.Set("X-Signature-Ed25519", strings.Repeat("ab", 64)) }, 401, ""},
		{"missing signature", f.click(bob, good), func(r *http.Request) { r.Header.Del("X-Signature-Ed25519") }, 401, ""},
		{"stale timestamp", f.click(bob, good), func(r *http.Request) {
			b, _ := io.ReadAll(r.Body)
			ts := strconv.FormatInt(time.Now().Add(-6*time.Minute).Unix(), 10)
			r.Header.Set("X-Signature-Timestamp", ts)
			r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(f.priv, append([]byte(ts), b...))))
			r.Body = io.NopCloser(bytes.NewReader(b))
		}, 401, ""},
		{"wrong key", f.click(bob, good), func(r *http.Request) {
			_, other, _ := ed25519.GenerateKey(rand.Reader)
			b, _ := io.ReadAll(r.Body)
			ts := r.Header.Get("X-Signature-Timestamp")
			r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(other, append([]byte(ts), b...))))
			r.Body = io.NopCloser(bytes.NewReader(b))
		}, 401, ""},
		{"malformed JSON", json.RawMessage(`{"id":`), nil, 400, ""},
		{"unknown custom_id", f.click(bob, "other-bot:xyz"), nil, 200, "not one of morbot's"},
		{"DM", func() map[string]any {
			m := f.click(bob, good)
			delete(m, "member")
			m["user"] = map[string]any{"id": bob}
			m["guild_id"] = ""
			return m
		}(), nil, 200, "not in direct messages"},
		{"other guild", func() map[string]any { m := f.click(bob, good); m["guild_id"] = "123123123123123123"; return m }(), nil, 200, "not enabled in this server"},
	}
	for _, c := range cases {
		var resp *http.Response
		var out map[string]any
		if raw, ok := c.body.(json.RawMessage); ok {
			ts := strconv.FormatInt(time.Now().Unix(), 10)
			r, _ := http.NewRequest(http.MethodPost, f.ep.URL, bytes.NewReader(raw))
			r.Header.Set("X-Signature-Timestamp", ts)
			r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(f.priv, append([]byte(ts), raw...))))
			var err error
			if resp, err = http.DefaultClient.Do(r); err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			f.served.Wait()
		} else {
			resp, out = f.post(c.body, c.mutate)
		}
		if resp.StatusCode != c.status {
			t.Errorf("%s: status %d, want %d", c.name, resp.StatusCode, c.status)
		}
		if c.text != "" && !strings.Contains(fmt.Sprint(out), c.text) {
			t.Errorf("%s: answer %v lacks %q", c.name, out, c.text)
		}
	}
	// Tampered token and an unauthorised member: acked, then refused in an ephemeral follow-up.
	tampered := "mor1:" + strings.Repeat("0", len(token)) + ":a"
	for _, cl := range []map[string]any{f.click(bob, tampered), f.click(mallory, good), f.click(alice, good)} {
		f.post(cl, nil)
	}
	f.fake.waitFor(t, "the refusal for the tampered token", func(c call) bool { return strings.Contains(fmt.Sprint(c.Body), "does not belong to any proposal") })
	f.fake.waitFor(t, "the refusal for mallory", func(c call) bool { return strings.Contains(fmt.Sprint(c.Body), "only the team's approvers may vote") })
	f.fake.waitFor(t, "the refusal for the proposer", func(c call) bool { return strings.Contains(fmt.Sprint(c.Body), "you proposed P-1") })
	p, _ := f.engine.Get(context.Background(), 1)
	if len(p.Votes) != 0 || p.Status != approval.Pending {
		t.Fatalf("refused clicks changed the proposal: %s %+v", p.Status, p.Votes)
	}
	// A redelivered interaction (same ID) is a no-op.
	cl := f.click(bob, good)
	f.post(cl, nil)
	f.post(cl, nil)
	f.a.jobs.Idle(context.Background()) // every job either delivery started has finished
	p, _ = f.engine.Get(context.Background(), 1)
	if len(p.Votes) != 1 {
		t.Fatalf("a redelivered click voted %d times", len(p.Votes))
	}
	// PING is answered with PONG.
	if _, out := f.post(map[string]any{"id": "1", "type": 1, "application_id": appID}, nil); out["type"] != float64(1) {
		t.Fatalf("ping: %v", out)
	}
}

func TestRegistrationMatchesGrammar(t *testing.T) {
	g := commands.DefaultGrammar()
	cmd := Command(g)
	got := map[string]*discordgo.ApplicationCommandOption{}
	for _, o := range cmd.Options {
		if o.Type == discordgo.ApplicationCommandOptionSubCommandGroup {
			for _, s := range o.Options {
				got[o.Name+" "+s.Name] = s
			}
		} else {
			got[o.Name] = o
		}
	}
	for _, s := range g.Specs {
		o, ok := got[s.Name()]
		if !ok {
			t.Errorf("%s is in the grammar but not in the Discord command", s.Name())
			continue
		}
		delete(got, s.Name())
		if len(o.Options) != len(s.Args)+len(s.Flags) {
			t.Errorf("%s: %d options, grammar has %d", s.Name(), len(o.Options), len(s.Args)+len(s.Flags))
		}
		seenOptional := false
		switches := map[string]bool{}
		for _, f := range s.Flags {
			switches[f.Name] = f.Bool
		}
		for _, opt := range o.Options {
			want := discordgo.ApplicationCommandOptionString
			if switches[opt.Name] {
				want = discordgo.ApplicationCommandOptionBoolean
			}
			if opt.Type != want {
				t.Errorf("%s %s: option type %d, want %d", s.Name(), opt.Name, opt.Type, want)
			}
			if opt.Required && seenOptional {
				t.Errorf("%s: required option %s after an optional one", s.Name(), opt.Name)
			}
			seenOptional = seenOptional || !opt.Required
			if len(opt.Description) > 100 || len(opt.Name) > 32 {
				t.Errorf("%s %s: name or description too long", s.Name(), opt.Name)
			}
		}
	}
	for name := range got {
		t.Errorf("%s is in the Discord command but not in the grammar", name)
	}
	if *cmd.DefaultMemberPermissions != 0 || cmd.DMPermission != nil || cmd.Contexts == nil || fmt.Sprint(*cmd.Contexts) != "[0]" ||
		cmd.IntegrationTypes == nil || fmt.Sprint(*cmd.IntegrationTypes) != "[0]" {
		t.Error("the command must be hidden by default, guild-only (contexts [0], not the deprecated dm_permission) and guild-installed (integration_types [0])")
	}
	// Registration goes to the guild endpoint as a bulk overwrite, and what it sends validates against
	// Discord's published schema.
	f := newFixture(t)
	if _, err := f.a.Register(guildID); err != nil {
		t.Fatal(err)
	}
	put := f.fake.waitFor(t, "the bulk overwrite", func(c call) bool {
		return c.Method == http.MethodPut && c.Path == "/api/v9/applications/"+appID+"/guilds/"+guildID+"/commands"
	})
	_ = put
	var sent []any
	f.fake.mu.Lock()
	sent = f.fake.lastArray
	f.fake.mu.Unlock()
	if len(sent) != 1 {
		t.Fatalf("bulk overwrite body: %v", sent)
	}
	validateCommand(t, sent[0])
}

// validateCommand checks a registered command against ApplicationCommandCreateRequest from
// discord/discord-api-spec (testdata/application-command-create.schema.json says which commit).
func validateCommand(t *testing.T, cmd any) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "application-command-create.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("application-command-create.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("application-command-create.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(cmd)
	inst, _ := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("the registered command does not validate against Discord's schema:\n%v", err)
	}
}

// Every description fits Discord's 100 characters as written (nothing is cut with "…").
func TestDescriptionsFitWithoutCutting(t *testing.T) {
	for _, s := range commands.DefaultGrammar().Specs {
		texts := map[string]string{s.Name(): s.Description()}
		for _, a := range s.Args {
			texts[s.Name()+" "+a.Name] = a.Help
		}
		for _, fl := range s.Flags {
			texts[s.Name()+" --"+fl.Name] = fl.Help
		}
		for what, d := range texts {
			if n := utf8.RuneCountInString(desc(d)); n > 100 || strings.HasSuffix(desc(d), "…") {
				t.Errorf("%s: description of %d characters: %q", what, n, d)
			}
		}
	}
}

func TestStructuredOptionsKeepEachValueWhole(t *testing.T) {
	g := commands.DefaultGrammar()
	opts := func(stake string) discordgo.ApplicationCommandInteractionData {
		return discordgo.ApplicationCommandInteractionData{Name: "mor", Options: []*discordgo.ApplicationCommandInteractionDataOption{{
			Name: "model", Type: discordgo.ApplicationCommandOptionSubCommandGroup, Options: []*discordgo.ApplicationCommandInteractionDataOption{{
				Name: "create", Type: discordgo.ApplicationCommandOptionSubCommand, Options: []*discordgo.ApplicationCommandInteractionDataOption{
					{Name: "tags", Type: 3, Value: "LLM"}, {Name: "stake", Type: 3, Value: stake}, {Name: "name", Type: 3, Value: "my model --fee 9"}}}}}}}
	}
	s, err := Structured(opts("0.1"))
	if err != nil {
		t.Fatal(err)
	}
	call, err := g.ParseStructured(*s)
	if err != nil || call.Arg("name") != "my model --fee 9" || call.Arg("stake") != "0.1" || call.Flags["tags"] != "LLM" || len(call.Flags) != 1 {
		t.Fatalf("parse: %v %+v", err, call)
	}
	// A newline inside one option's value is never re-split into flags: the value is refused.
	s, err = Structured(opts("0.1\n--tags\nLLM,injected"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = g.ParseStructured(*s)
	var ue *commands.UsageError
	if !errors.As(err, &ue) || !strings.Contains(ue.Msg, "<stake> holds the invisible or control character U+000A") {
		t.Fatalf("newline in a value: %v", err)
	}
	// A switch arrives as a boolean option.
	data := discordgo.ApplicationCommandInteractionData{Name: "mor", Options: []*discordgo.ApplicationCommandInteractionDataOption{{
		Name: "proposals", Type: discordgo.ApplicationCommandOptionSubCommandGroup, Options: []*discordgo.ApplicationCommandInteractionDataOption{{
			Name: "show", Type: discordgo.ApplicationCommandOptionSubCommand, Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "id", Type: 3, Value: "P-1"}, {Name: "raw", Type: 5, Value: true}}}}}}}
	if s, err = Structured(data); err != nil {
		t.Fatal(err)
	}
	if call, err = g.ParseStructured(*s); err != nil || call.Flags["raw"] != "true" {
		t.Fatalf("boolean option: %v %+v", err, call)
	}
}

func TestEmbedLimits(t *testing.T) {
	m := chat.Message{Title: strings.Repeat("t", 300), Text: strings.Repeat("d", 5000), Footer: strings.Repeat("f", 3000)}
	for i := 0; i < 40; i++ {
		m.Fields = append(m.Fields, chat.Field{Name: strings.Repeat("n", 300), Value: strings.Repeat("v", 2000)})
	}
	e := Embed(m)
	total := len([]rune(e.Title)) + len([]rune(e.Description)) + len([]rune(e.Footer.Text))
	for _, f := range e.Fields {
		total += len([]rune(f.Name)) + len([]rune(f.Value))
		if len([]rune(f.Name)) > maxFieldName || len([]rune(f.Value)) > maxFieldValue {
			t.Fatal("field over its limit")
		}
	}
	if len([]rune(e.Title)) > maxTitle || len([]rune(e.Description)) > maxDescription || len(e.Fields) > maxFields || total > maxEmbedTotal {
		t.Fatalf("embed over the limits: title %d desc %d fields %d total %d", len(e.Title), len(e.Description), len(e.Fields), total)
	}
	if tok, a, ok := DecodeCustomID(EncodeCustomID("00112233445566778899aabbccddeeff", chat.ActionReject)); !ok || a != chat.ActionReject || tok != "00112233445566778899aabbccddeeff" {
		t.Fatal("custom_id round trip")
	}
	for _, bad := range []string{"", "mor1", "mor2:abc:a", "mor1::a", "mor1:abc:x", "mor1:a:b:c"} {
		if _, _, ok := DecodeCustomID(bad); ok {
			t.Errorf("%q accepted", bad)
		}
	}
}

// BenchmarkInteractionAck sends 200 concurrent signed interactions and reports the time to the
// initial HTTP response (Discord's deadline is 3 s). Requests are signed and connections opened before
// the clock starts (acktest). Each round also sends the same burst to a bare handler that only reads
// the body, verifies the Ed25519 signature and acks: the floor, on the same machine at the same moment.
// The adapter's handler is served directly, as morbot serves it; the fake Discord takes webhook edits
// at once, since the test harness that tells it when a response was delivered is not morbot's cost.
func BenchmarkInteractionAck(b *testing.B) {
	f := newFixture(b)
	f.fake.mu.Lock()
	f.fake.open = true
	f.fake.mu.Unlock()
	ep := httptest.NewServer(f.a.Handler())
	defer ep.Close()
	pub := f.priv.Public().(ed25519.PublicKey)
	bare := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		sig, err := hex.DecodeString(r.Header.Get("X-Signature-Ed25519"))
		if err != nil || !ed25519.Verify(pub, append([]byte(r.Header.Get("X-Signature-Timestamp")), body...), sig) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"type":5}`))
	}))
	defer bare.Close()
	acktest.Versus(b, ep.URL, bare.URL, func(host string) []byte {
		body, _ := json.Marshal(f.slash(alice, "minimums", nil, ""))
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		h := http.Header{"Content-Type": {"application/json"}, "X-Signature-Timestamp": {ts},
			"X-Signature-Ed25519": {hex.EncodeToString(ed25519.Sign(f.priv, append([]byte(ts), body...)))}}
		return acktest.Raw(host, "/", h, body)
	}, f.a.idle)
	if f.fake.unknown != 0 {
		b.Fatalf("%d edits met Unknown Webhook", f.fake.unknown)
	}
}

func FuzzDecodeCustomID(f *testing.F) {
	for _, s := range []string{"mor1:00112233445566778899aabbccddeeff:a", "mor1:x:r", "mor1:eth-low:s", "", "mor1:::", "mor2:a:a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tok, a, ok := DecodeCustomID(s)
		if !ok {
			return
		}
		if tok == "" || len(s) > 100 {
			t.Fatalf("%q decoded to an empty token or from an over-long ID", s)
		}
		if EncodeCustomID(tok, a) != s {
			t.Fatalf("%q does not round-trip", s)
		}
	})
}

// A button ID copied from one proposal's message onto a click on another message votes only on the
// proposal its token names: the message a click arrives on is never trusted.
func TestButtonFromOneProposalUsedOnAnother(t *testing.T) {
	f := newFixture(t)
	f.post(f.slash(alice, "approve", map[string]string{"amount": "1"}, ""), nil)
	first := f.fake.waitFor(t, "P-1", func(c call) bool { return c.Method == http.MethodPost && strings.HasSuffix(c.Path, "/messages") })
	f.post(f.slash(alice, "approve", map[string]string{"amount": "2"}, ""), nil)
	f.fake.waitFor(t, "P-2", func(c call) bool {
		return c.Method == http.MethodPost && strings.HasSuffix(c.Path, "/messages") && strings.Contains(fmt.Sprint(c.Body), "P-2")
	})
	cl := f.click(bob, buttonIDs(first)[0])
	cl["message"] = map[string]any{"id": "500000000000000002", "channel_id": chanID} // P-2's message
	f.post(cl, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	f.a.idle(ctx)
	cancel()
	p1, _ := f.engine.Get(context.Background(), 1)
	p2, _ := f.engine.Get(context.Background(), 2)
	if len(p1.Votes) != 1 || len(p2.Votes) != 0 {
		t.Fatalf("votes: P-1 %d, P-2 %d", len(p1.Votes), len(p2.Votes))
	}
}

// Gateway mode against a local fake gateway: interactions arrive over the websocket and are answered
// through REST (deferred, then the original response edited).
func TestGatewayMode(t *testing.T) {
	f := newFixture(t)
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	identified := make(chan map[string]any, 1)
	resumed := make(chan map[string]any, 1)
	reconnect := make(chan struct{})
	gw := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer c.Close()
		_ = c.WriteJSON(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}})
		var first map[string]any
		if err := c.ReadJSON(&first); err != nil {
			return
		}
		if first["op"] == float64(6) { // RESUME: answer RESUMED, as Discord does after a reconnect
			resumed <- first
			_ = c.WriteJSON(map[string]any{"op": 0, "s": 3, "t": "RESUMED", "d": map[string]any{}})
		} else {
			identified <- first
			_ = c.WriteJSON(map[string]any{"op": 0, "s": 1, "t": "READY", "d": map[string]any{"v": 9, "session_id": "s", "user": map[string]any{"id": "1", "username": "morbot"}, "guilds": []any{}}})
			ic := f.slash(alice, "minimums", nil, "")
			_ = c.WriteJSON(map[string]any{"op": 0, "s": 2, "t": "INTERACTION_CREATE", "d": ic})
			go func() {
				<-reconnect
				_ = c.WriteJSON(map[string]any{"op": 7, "d": nil}) // Reconnect: resume on a new socket
			}()
		}
		for {
			if _, _, err := c.ReadMessage(); err != nil {
				return
			}
		}
	}))
	defer gw.Close()
	// The fake REST API tells discordgo where the gateway is.
	gwURL := "ws" + strings.TrimPrefix(gw.URL, "http")
	f.fake.srv.Config.Handler = wrapGateway(f.fake.srv.Config.Handler, gwURL)
	states := make(chan bool, 16)
	gwa, err := New(Config{Mode: "gateway", AppID: appID, Guilds: []string{guildID}, ProposalsChannel: chanID, APIURL: f.fake.srv.URL + "/api/v9/",
		OnConnected: func(up bool) { states <- up }}, config.NewSecret("test-bot-token"), f.a.h, f.engine.Engine, f.a.net, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := gwa.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer gwa.Close()
	select {
	case id := <-identified:
		if id["op"] != float64(2) || !strings.Contains(fmt.Sprint(id["d"]), "test-bot-token") {
			t.Fatalf("identify: %v", id["op"])
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the adapter never identified on the gateway")
	}
	next := func(want bool, what string) {
		t.Helper()
		select {
		case got := <-states:
			if got != want {
				t.Fatalf("%s: connection state %v, want %v", what, got, want)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: no connection state change", what)
		}
	}
	next(true, "after READY")
	cb := f.fake.waitFor(t, "the deferred response over REST", func(c call) bool {
		return c.Method == http.MethodPost && strings.HasSuffix(c.Path, "/callback")
	})
	if cb.Body["type"] != float64(5) {
		t.Fatalf("callback %v", cb.Body)
	}
	f.fake.waitFor(t, "the edited response", func(c call) bool {
		return c.Method == http.MethodPatch && strings.HasSuffix(c.Path, "/messages/@original") && strings.Contains(fmt.Sprint(c.Body), "provider minimum stake")
	})
	// A routine Reconnect: the adapter goes down, resumes on a new socket, and is up again on RESUMED
	// (no READY comes after a resume).
	close(reconnect)
	next(false, "after Reconnect")
	select {
	case r := <-resumed:
		if d, _ := r["d"].(map[string]any); d["session_id"] != "s" {
			t.Fatalf("resume: %v", r)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the adapter never resumed")
	}
	next(true, "after RESUMED")
	if !gwa.Connected() {
		t.Fatal("the adapter does not report the gateway as connected after a resume")
	}
}

func wrapGateway(next http.Handler, gwURL string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/v9/gateway" || r.URL.Path == "/api/v9/gateway/bot" {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"url":%q,"shards":1,"session_start_limit":{"total":1000,"remaining":1000,"reset_after":0,"max_concurrency":1}}`, gwURL)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// A signed interaction replayed after a restart (a new adapter, an empty memory) is acknowledged from
// memory, then recognised from the store's replay log before any work: it creates nothing and calls
// nothing.
func TestReplayAfterRestartIsIgnored(t *testing.T) {
	f := newFixture(t)
	body := f.slash(alice, "approve", map[string]string{"amount": "1"}, "")
	if resp, _ := f.post(body, nil); resp.StatusCode != 200 {
		t.Fatalf("first delivery: %d", resp.StatusCode)
	}
	f.fake.waitFor(t, "the proposal message", func(c call) bool {
		return c.Method == http.MethodPost && c.Path == "/api/v9/channels/"+chanID+"/messages"
	})
	f.a.jobs.Idle(context.Background())
	calls := len(f.fake.find(func(call) bool { return true }))
	// The process restarts: a new adapter with nothing in memory serves the endpoint.
	again := f.restart()
	f.mu.Lock()
	f.current = again.Handler()
	f.mu.Unlock()
	resp, out := f.post(body, nil)
	if resp.StatusCode != 200 {
		t.Fatalf("replay: %d %v", resp.StatusCode, out)
	}
	again.jobs.Idle(context.Background())
	ps, err := f.engine.List(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 {
		t.Fatalf("%d proposals after a replay, want 1", len(ps))
	}
	// Acknowledged, and no work run: no edit, no message, no refusal posted for the replay.
	if after := f.fake.find(func(call) bool { return true }); len(after) != calls {
		t.Fatalf("the replay made %d REST call(s): %+v", len(after)-calls, after[calls:])
	}
}

// The response edit of a deferred command is sent only after the deferral reached Discord, and it
// outlasts Discord's "Unknown Webhook" window: two 404/10015 answers, then success.
func TestEditAfterDeferralRetriesUnknownWebhook(t *testing.T) {
	f := newFixture(t)
	f.fake.mu.Lock()
	f.fake.lag = 2
	f.fake.mu.Unlock()
	resp, out := f.post(f.slash(alice, "minimums", nil, ""), nil)
	if resp.StatusCode != 200 || out["type"] != float64(5) {
		t.Fatalf("not deferred: %d %v", resp.StatusCode, out)
	}
	f.fake.waitFor(t, "the edited response", func(c call) bool {
		return c.Method == http.MethodPatch && strings.HasSuffix(c.Path, "/messages/@original") && strings.Contains(fmt.Sprint(c.Body), "provider minimum stake")
	})
	f.a.jobs.Idle(context.Background())
	f.fake.mu.Lock()
	early, unknown := f.fake.early, f.fake.unknown
	f.fake.mu.Unlock()
	if early != 0 {
		t.Fatalf("%d webhook call(s) before the deferral reached Discord", early)
	}
	if unknown != 2 {
		t.Fatalf("%d Unknown Webhook answers, want the 2 of the window", unknown)
	}
	if n := len(f.fake.find(func(c call) bool { return c.Method == http.MethodPatch })); n != 3 {
		t.Fatalf("%d edit attempts, want 3", n)
	}
}

// Autocomplete is always answered with type 8: a repeat or a refused user gets no choices, never a
// message (Discord rejects any other type for autocomplete).
func TestAutocompleteAlwaysType8(t *testing.T) {
	f := newFixture(t)
	ac := func(user, guild string) map[string]any {
		m := f.slash(user, "show", map[string]string{"model": "ll"}, "model")
		m["type"] = 4
		m["guild_id"] = guild
		opt := m["data"].(map[string]any)["options"].([]any)[0].(map[string]any)["options"].([]any)[0].(map[string]any)
		opt["options"].([]map[string]any)[0]["focused"] = true
		return m
	}
	first := ac(alice, guildID)
	for _, c := range []struct {
		name string
		body map[string]any
	}{{"first", first}, {"repeat", first}, {"other guild", ac(alice, "123123123123123123")}} {
		resp, out := f.post(c.body, nil)
		if resp.StatusCode != 200 || out["type"] != float64(8) {
			t.Fatalf("%s: %d %v", c.name, resp.StatusCode, out)
		}
		d, _ := out["data"].(map[string]any)
		if ch, ok := d["choices"].([]any); !ok || ch == nil {
			t.Fatalf("%s: choices %v, want a list", c.name, d["choices"])
		}
	}
}

// An embed is never more than Discord's 6,000 characters, however long the message, and one of
// exactly 6,000 is accepted by the (strict) fake.
func TestEmbedTotalNeverOver6000(t *testing.T) {
	f := newFixture(t)
	rnd := mrand.New(mrand.NewPCG(1, 2))
	for i := 0; i < 500; i++ {
		m := chat.Message{Title: strings.Repeat("t", rnd.IntN(400)), Text: strings.Repeat("d*", rnd.IntN(3000)), Footer: strings.Repeat("f", rnd.IntN(3000))}
		for j := rnd.IntN(40); j > 0; j-- {
			m.Fields = append(m.Fields, chat.Field{Name: strings.Repeat("n_", rnd.IntN(200)), Value: strings.Repeat("v", rnd.IntN(1500))})
		}
		if n := EmbedLength(Embed(m)); n > 6000 {
			t.Fatalf("message %d rendered to %d characters", i, n)
		}
		if problem := embedProblem(asMap(t, Embed(m))); problem != "" {
			t.Fatalf("message %d: %s", i, problem)
		}
	}
	// Exactly 6,000: title 100, description 2,000, four fields of 200 + 775.
	m := chat.Message{Title: strings.Repeat("t", 100), Text: strings.Repeat("d", 2000)}
	for i := 0; i < 4; i++ {
		m.Fields = append(m.Fields, chat.Field{Name: strings.Repeat("n", 200), Value: strings.Repeat("v", 775)})
	}
	e := Embed(m)
	if n := EmbedLength(e); n != 6000 || len(e.Fields) != 4 {
		t.Fatalf("exactly 6000: rendered %d characters, %d fields", n, len(e.Fields))
	}
	if err := f.a.Post(context.Background(), "reports", m); err != nil {
		t.Fatalf("an embed of 6000 was refused: %v", err)
	}
	// One more character: something is left out with a notice, and the total stays within 6,000.
	m.Fields[3].Value += "v"
	e = Embed(m)
	if n := EmbedLength(e); n > 6000 || e.Fields[len(e.Fields)-1].Name != "…" {
		t.Fatalf("6001 wanted: rendered %d characters, last field %q", n, e.Fields[len(e.Fields)-1].Name)
	}
	if err := f.a.Post(context.Background(), "reports", m); err != nil {
		t.Fatalf("the truncated embed was refused: %v", err)
	}
}

func asMap(t *testing.T, v any) map[string]any {
	t.Helper()
	b, _ := json.Marshal(v)
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// The weekly chart goes up as an attachment shown in the embed; an attachment over Discord's limit
// is left out and the message still goes.
func TestPostWithAttachment(t *testing.T) {
	f := newFixture(t)
	png := bytes.Repeat([]byte{0x89}, 45_000)
	m := chat.Message{Title: "Status report", Text: "weekly", Files: []chat.File{{Name: "morbot-weekly.png", ContentType: "image/png", Data: png}}}
	if err := f.a.Post(context.Background(), "reports", m); err != nil {
		t.Fatal(err)
	}
	c := f.fake.waitFor(t, "the report with its attachment", func(c call) bool { return len(c.Files) > 0 })
	if c.Method != http.MethodPost || !strings.HasSuffix(c.Path, "/messages") || len(c.Files) != 1 || c.Files[0].Name != "morbot-weekly.png" ||
		c.Files[0].Size != len(png) || c.Files[0].ContentType != "image/png" {
		t.Fatalf("upload: %+v", c)
	}
	embeds, _ := c.Body["embeds"].([]any)
	img, _ := embeds[0].(map[string]any)["image"].(map[string]any)
	if img["url"] != "attachment://morbot-weekly.png" {
		t.Fatalf("the embed does not show the attachment: %v", c.Body)
	}
	before := len(f.fake.find(func(c call) bool { return strings.HasSuffix(c.Path, "/messages") }))
	big := chat.Message{Title: "too big", Files: []chat.File{{Name: "huge.png", ContentType: "image/png", Data: make([]byte, maxUpload+1)}}}
	if err := f.a.Post(context.Background(), "reports", big); err != nil {
		t.Fatalf("an oversized attachment failed the post: %v", err)
	}
	posts := f.fake.find(func(c call) bool { return strings.HasSuffix(c.Path, "/messages") })
	if len(posts) != before+1 || len(posts[len(posts)-1].Files) != 0 {
		t.Fatalf("oversized attachment: %d posts, last %+v", len(posts)-before, posts[len(posts)-1])
	}
}
