package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/bot/botkit"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/config"
)

// Config is what the adapter needs from the slack section of the configuration.
type Config struct {
	Mode             string // socket (default) or http
	Teams            []string
	ProposalsChannel string
	ReportsChannel   string
	AlertsChannel    string
	Listen           string   // http mode
	APIURL           string   // Web API base, default Slack's own
	Groups           []string // user-group IDs that grant approval, resolved with usergroups.users.list
	GroupTTL         time.Duration
	MaxSkew          time.Duration
	OnConnected      func(bool)        // told when the connection goes up or down (metrics)
	Replay           botkit.Persistent // keeps replay keys across restarts (the store); nil: in memory only
}

// Secrets are the adapter's tokens.
type Secrets struct {
	BotToken      config.Secret // xoxb-
	AppToken      config.Secret // xapp- (socket mode)
	SigningSecret config.Secret // http mode
}

// Adapter connects Slack to the command handler and the approval engine.
type Adapter struct {
	cfg      Config
	sec      Secrets
	teams    map[string]bool
	api      *slack.Client
	h        *commands.Handler
	engine   *approval.Engine
	net      chain.Network
	log      *slog.Logger
	http     *http.Client
	seen     *botkit.Dedup
	groups   *groupCache
	jobs     *botkit.Pool
	httpSrv  *botkit.Server
	link     botkit.Link
	now      func() time.Time
	versions atomic.Int64
	life     *botkit.Lifecycle
}

// New builds the adapter.
func New(cfg Config, sec Secrets, h *commands.Handler, engine *approval.Engine, net chain.Network, log *slog.Logger) *Adapter {
	if cfg.Mode == "" {
		cfg.Mode = "socket"
	}
	if cfg.GroupTTL <= 0 {
		cfg.GroupTTL = 5 * time.Minute
	}
	if cfg.MaxSkew <= 0 {
		cfg.MaxSkew = 5 * time.Minute
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opts := []slack.Option{}
	if cfg.APIURL != "" {
		opts = append(opts, slack.OptionAPIURL(cfg.APIURL))
	}
	if !sec.AppToken.Empty() {
		opts = append(opts, slack.OptionAppLevelToken(sec.AppToken.Reveal()))
	}
	// Every outgoing Web API call has a timeout.
	opts = append(opts, slack.OptionHTTPClient(&http.Client{Timeout: 10 * time.Second}))
	api := slack.New(sec.BotToken.Reveal(), opts...)
	a := &Adapter{cfg: cfg, sec: sec, teams: map[string]bool{}, api: api, h: h, engine: engine, net: net, log: log,
		http: &http.Client{Timeout: 10 * time.Second}, seen: botkit.NewDedup(30 * time.Minute),
		jobs: botkit.NewPool(8, 10*time.Minute, log), now: time.Now}
	a.link.OnChange = cfg.OnConnected
	a.life = &botkit.Lifecycle{Platform: "slack", Channel: cfg.ProposalsChannel, Engine: engine, Render: h.Render, Line: h.EventLine, Out: a, Log: log,
		PostFailed: func(err error) string { return fmt.Sprintf(" (%v); invite the bot to the channel", err) }}
	if cfg.Replay != nil {
		a.seen.Persist(cfg.Replay, "slack:", log)
	}
	a.groups = &groupCache{api: api, ids: cfg.Groups, ttl: cfg.GroupTTL, now: time.Now}
	for _, t := range cfg.Teams {
		a.teams[t] = true
	}
	return a
}

// Start connects: Socket Mode, or the HTTP endpoints on the listen address.
func (a *Adapter) Start(ctx context.Context) error {
	if a.cfg.Mode == "http" {
		srv, err := botkit.Serve(a.cfg.Listen, a.Handler(), a.log, "slack endpoints", &a.link)
		a.httpSrv = srv
		return err
	}
	client := socketmode.New(a.api)
	go a.socketLoop(client)
	go func() {
		if err := client.RunContext(a.jobs.Context()); err != nil && a.jobs.Context().Err() == nil {
			a.log.Error("slack socket mode stopped", "err", err)
		}
	}()
	return nil
}

// Connected reports whether the adapter can receive: the gateway or socket is up, or the HTTP
// endpoint is listening.
func (a *Adapter) Connected() bool { return a.link.Up() }

// Close stops receiving and waits for in-flight work.
func (a *Adapter) Close() {
	botkit.Shutdown(a.httpSrv)
	a.jobs.Close()
}

func (a *Adapter) idle(ctx context.Context) { a.jobs.Idle(ctx) }

// Handler serves POST /slack/commands and POST /slack/interactions. Every request is verified with the
// signing secret over the raw body (v0 HMAC-SHA256, 5-minute window, constant-time compare) before
// anything is parsed; retries are deduplicated.
func (a *Adapter) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /slack/commands", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		// Slack's certificate probe (ssl_check=1) expects 200 and nothing else; it does nothing here.
		if sslCheck(body) {
			w.WriteHeader(http.StatusOK)
			return
		}
		if !a.verify(w, r.Header, body) {
			return
		}
		form, err := url.ParseQuery(string(body))
		if err != nil || form.Get("command") == "" {
			http.Error(w, "malformed slash command", http.StatusBadRequest)
			return
		}
		sc := slack.SlashCommand{Command: form.Get("command"), Text: form.Get("text"), UserID: form.Get("user_id"), UserName: form.Get("user_name"),
			ChannelID: form.Get("channel_id"), TeamID: form.Get("team_id"), ResponseURL: form.Get("response_url"), TriggerID: form.Get("trigger_id")}
		if sc.TriggerID != "" && a.seen.Seen("cmd:"+sc.TriggerID, a.now()) {
			w.WriteHeader(http.StatusOK)
			return
		}
		ack, work := a.slash(sc, "cmd:"+sc.TriggerID)
		writeJSON(w, ack)
		if work != nil {
			if f, ok := w.(http.Flusher); ok {
				f.Flush() // the ack is on the wire before the work competes for the CPU
			}
			a.jobs.Go(work)
		}
	})
	mux.HandleFunc("POST /slack/interactions", func(w http.ResponseWriter, r *http.Request) {
		body, ok := a.verified(w, r)
		if !ok {
			return
		}
		form, err := url.ParseQuery(string(body))
		if err != nil {
			http.Error(w, "malformed interaction", http.StatusBadRequest)
			return
		}
		var cb slack.InteractionCallback
		if err := json.Unmarshal([]byte(form.Get("payload")), &cb); err != nil || cb.Type == "" {
			http.Error(w, "malformed interaction payload", http.StatusBadRequest)
			return
		}
		if cb.TriggerID != "" && a.seen.Seen("act:"+cb.TriggerID, a.now()) {
			w.WriteHeader(http.StatusOK)
			return
		}
		w.WriteHeader(http.StatusOK) // ack at once; the answer goes to response_url
		a.interaction(cb, "act:"+cb.TriggerID)
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer a.jobs.Acking()() // the work this and concurrent requests start waits for their acks
		mux.ServeHTTP(w, r)
	})
}

// sslCheck tells Slack's certificate probe (ssl_check=1, no command) from a slash command; a command's
// form is not parsed twice before its ack.
func sslCheck(body []byte) bool {
	if !bytes.Contains(body, []byte("ssl_check=")) {
		return false
	}
	q, err := url.ParseQuery(string(body))
	return err == nil && q.Get("ssl_check") == "1" && q.Get("command") == ""
}

// writeJSON answers v with its length set, so a flushed answer is complete on the wire at once (not
// chunked, with its last chunk only when the handler returns).
func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	_, _ = w.Write(b)
}

func (a *Adapter) verified(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return nil, false
	}
	return body, a.verify(w, r.Header, body)
}

// verify checks body's signature, answering 401 when it fails.
func (a *Adapter) verify(w http.ResponseWriter, h http.Header, body []byte) bool {
	sv, err := slack.NewSecretsVerifier(h, a.sec.SigningSecret.Reveal())
	if err != nil {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return false
	}
	if _, err := sv.Write(body); err != nil || sv.Ensure() != nil {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return false
	}
	return true
}

// ackMessage is the immediate answer to a slash command (shown only to the user).
type ackMessage struct {
	ResponseType string `json:"response_type"`
	Text         string `json:"text"`
}

// check authorises from the payload alone, at once: the team allowlist and a user ID. Group
// membership, which needs the Web API, is resolved later, in the job (resolve).
func (a *Adapter) check(team, id string) string {
	if !a.teams[team] {
		return "morbot is not enabled in this workspace"
	}
	if id == "" {
		return "no user in the request"
	}
	return ""
}

// groupWait bounds how long a job waits for usergroups.users.list before it goes on with the cached
// membership (or none): approvals by user ID never wait on it.
const groupWait = 3 * time.Second

// resolve builds the user with the configured user groups they are in.
func (a *Adapter) resolve(ctx context.Context, id, name string) approval.User {
	gctx, cancel := context.WithTimeout(ctx, groupWait)
	defer cancel()
	roles, err := a.groups.groupsOf(gctx, id)
	if err != nil {
		a.log.Warn("slack user groups unavailable; authorising by user ID and cached groups", "err", err)
	}
	return approval.User{Platform: "slack", ID: id, Name: name, Roles: roles}
}

// unescapeText decodes the three entities Slack escapes in slash-command text (&amp; &lt; &gt;), so
// the command sees what the person typed and "&lt;" never reaches the chain.
func unescapeText(s string) string { return slackUnescaper.Replace(s) }

var slackUnescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

// slash handles /mor text: a quick ack now (after the team and user checks only), the answer through
// response_url or a channel message later. key is the request's replay key: the work runs only if
// the replay log did not hold it (a replay after a restart runs nothing).
//
// The work is returned, not started: the caller starts it once the ack is on its way, so a burst of
// commands does not make later acks wait behind earlier work.
func (a *Adapter) slash(sc slack.SlashCommand, key string) (ackMessage, func(context.Context)) {
	if refusal := a.check(sc.TeamID, sc.UserID); refusal != "" {
		return ackMessage{ResponseType: "ephemeral", Text: escape(refusal)}, nil
	}
	text := unescapeText(sc.Text)
	return ackMessage{ResponseType: "ephemeral", Text: escape("working on /mor " + truncate(text, 200) + " …")}, a.seen.Guard(replayKey(key), a.now(), func(ctx context.Context) {
		u := a.resolve(ctx, sc.UserID, sc.UserName)
		resp := a.h.Handle(ctx, commands.Request{User: u, Channel: sc.ChannelID, Text: text})
		msg := resp.Message
		if resp.ProposalID != 0 {
			msg = a.postProposal(ctx, resp.ProposalID, sc.ChannelID)
		}
		a.respond(ctx, sc.ResponseURL, sc.ChannelID, sc.UserID, msg)
	})
}

// respond sends a private answer: to response_url when it is Slack's (or the configured API's host),
// otherwise with chat.postEphemeral.
func (a *Adapter) respond(ctx context.Context, responseURL, channel, user string, m chat.Message) {
	if a.trustedResponseURL(responseURL) {
		body, _ := json.Marshal(map[string]any{"response_type": "ephemeral", "replace_original": false, "text": Fallback(m), "blocks": Blocks(m, false)})
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, responseURL, bytes.NewReader(body))
		if err == nil {
			req.Header.Set("Content-Type", "application/json")
			resp, err := a.http.Do(req)
			if err == nil {
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode < 300 {
					return
				}
				err = fmt.Errorf("status %d", resp.StatusCode)
			}
			a.log.Warn("slack response_url failed; trying chat.postEphemeral", "err", err)
		}
	}
	if _, err := a.api.PostEphemeralContext(ctx, channel, user, slack.MsgOptionText(Fallback(m), false), slack.MsgOptionBlocks(Blocks(m, false)...)); err != nil {
		a.log.Error("slack ephemeral answer failed", "err", err)
	}
}

func (a *Adapter) trustedResponseURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil || s == "" {
		return false
	}
	if u.Scheme == "https" && (u.Host == "hooks.slack.com" || strings.HasSuffix(u.Host, ".slack.com")) {
		return true
	}
	if a.cfg.APIURL != "" {
		if api, err := url.Parse(a.cfg.APIURL); err == nil && api.Host == u.Host && api.Scheme == u.Scheme {
			return true
		}
	}
	return false
}

// postProposal posts the proposal to the proposals channel and records the message for later updates.
func (a *Adapter) postProposal(ctx context.Context, id int64, fallbackChannel string) chat.Message {
	return a.life.Post(ctx, id, fallbackChannel)
}

// PostProposal sends a proposal's Block Kit message (botkit.ProposalOut).
func (a *Adapter) PostProposal(ctx context.Context, channel string, _ *approval.Proposal, m chat.Message) (string, string, error) {
	return a.api.PostMessageContext(ctx, channel, slack.MsgOptionText(Fallback(m), false), slack.MsgOptionBlocks(Versioned(Blocks(m, true), a.version())...))
}

// ReplyProposal posts one line in a proposal message's thread (botkit.ProposalOut).
func (a *Adapter) ReplyProposal(ctx context.Context, ref approval.MessageRef, line string) error {
	m := chat.Message{Text: line}
	_, _, err := a.api.PostMessageContext(ctx, ref.Channel, slack.MsgOptionText(Fallback(m), false), slack.MsgOptionBlocks(Blocks(m, false)...), slack.MsgOptionTS(ref.MessageID))
	return err
}

// EditProposal replaces a posted proposal message with chat.update (botkit.ProposalOut); its buttons
// are gone once votes are closed.
func (a *Adapter) EditProposal(ctx context.Context, ref approval.MessageRef, _ *approval.Proposal, m chat.Message) error {
	_, _, _, err := a.api.UpdateMessageContext(ctx, ref.Channel, ref.MessageID, slack.MsgOptionText(Fallback(m), false),
		slack.MsgOptionBlocks(Versioned(Blocks(m, true), a.version())...))
	return err
}

// replayKey is "" for a request without an ID (nothing to deduplicate by).
func replayKey(key string) string {
	if strings.HasSuffix(key, ":") {
		return ""
	}
	return key
}

// interaction handles a button click (already acked); key as for slash.
func (a *Adapter) interaction(cb slack.InteractionCallback, key string) {
	if cb.Type != slack.InteractionTypeBlockActions || len(cb.ActionCallback.BlockActions) != 1 {
		return
	}
	act := cb.ActionCallback.BlockActions[0]
	a.jobs.Go(a.seen.Guard(replayKey(key), a.now(), func(ctx context.Context) {
		refusal := a.check(cb.Team.ID, cb.User.ID)
		var msg chat.Message
		token, action, ok := decodeAction(act.ActionID, act.Value)
		switch {
		case refusal != "":
			msg = chat.Message{Severity: chat.Warning, Text: refusal}
		case !ok:
			msg = chat.Message{Severity: chat.Warning, Text: "that button is not one of morbot's, or it is from an older version; nothing was recorded"}
		default:
			resp := a.h.Click(ctx, a.resolve(ctx, cb.User.ID, cb.User.Name), token, action)
			msg = resp.Message
			if resp.ProposalID != 0 {
				msg = a.postProposal(ctx, resp.ProposalID, cb.Channel.ID)
			}
		}
		a.respond(ctx, cb.ResponseURL, cb.Channel.ID, cb.User.ID, msg)
	}))
}

// Post sends a report or an alert to the configured reports or alerts channel.
func (a *Adapter) Post(ctx context.Context, channel string, m chat.Message) error {
	ch := botkit.Channels{Proposals: a.cfg.ProposalsChannel, Reports: a.cfg.ReportsChannel, Alerts: a.cfg.AlertsChannel}.For(channel)
	if _, _, err := a.api.PostMessageContext(ctx, ch, slack.MsgOptionText(Fallback(m), false), slack.MsgOptionBlocks(Blocks(m, true)...)); err != nil {
		return fmt.Errorf("slack post %s: %w", channel, err)
	}
	for _, f := range m.Files {
		if !botkit.Attachable(a.log, "slack", f, maxFileBytes) {
			continue
		}
		// files.getUploadURLExternal, the upload, then files.completeUploadExternal to share it.
		if _, err := a.api.UploadFileContext(ctx, slack.UploadFileParameters{Reader: bytes.NewReader(f.Data), FileSize: len(f.Data), Filename: f.Name,
			Title: truncate(m.Title, 250), Channel: ch}); err != nil {
			return fmt.Errorf("slack upload %s: %w", f.Name, err)
		}
	}
	return nil
}

// maxFileBytes is the largest attachment morbot uploads to Slack (Slack allows 1 GB; a chart is ~50 KB).
const maxFileBytes = 50 << 20

// Notify replaces the proposal's Slack message with chat.update on every state change; the buttons
// are removed once it is closed.
func (a *Adapter) Notify(ctx context.Context, ev approval.Event) { a.life.Notify(ctx, ev) }

// version is a fresh suffix for block IDs on every post and update (Slack keeps a client's state,
// such as a clicked button, per block_id; a new ID makes it show the new blocks).
func (a *Adapter) version() string {
	return strconv.FormatInt(a.versions.Add(1), 36) + "." + strconv.FormatInt(a.now().UnixMilli(), 36)
}

// socketLoop handles Socket Mode envelopes: acknowledged at once, deduplicated by envelope ID.
func (a *Adapter) socketLoop(client *socketmode.Client) {
	for {
		select {
		case <-a.jobs.Context().Done():
			return
		case evt, ok := <-client.Events:
			if !ok {
				return
			}
			a.socketEvent(client, evt)
		}
	}
}

func (a *Adapter) socketEvent(client *socketmode.Client, evt socketmode.Event) {
	defer a.jobs.Acking()() // the work events start waits for the acks in flight
	switch evt.Type {
	case socketmode.EventTypeSlashCommand:
		sc, ok := evt.Data.(slack.SlashCommand)
		if !ok || evt.Request == nil {
			return
		}
		if a.seen.Seen("env:"+evt.Request.EnvelopeID, a.now()) {
			_ = client.Ack(*evt.Request)
			return
		}
		ack, work := a.slash(sc, "env:"+evt.Request.EnvelopeID)
		_ = client.Ack(*evt.Request, ack)
		if work != nil {
			a.jobs.Go(work)
		}
	case socketmode.EventTypeInteractive:
		cb, ok := evt.Data.(slack.InteractionCallback)
		if !ok || evt.Request == nil {
			return
		}
		_ = client.Ack(*evt.Request)
		if a.seen.Seen("env:"+evt.Request.EnvelopeID, a.now()) {
			return
		}
		a.interaction(cb, "env:"+evt.Request.EnvelopeID)
	case socketmode.EventTypeConnected:
		a.link.Set(true)
		a.log.Info("slack socket mode connected")
	case socketmode.EventTypeConnectionError, socketmode.EventTypeInvalidAuth, socketmode.EventTypeDisconnect:
		a.link.Set(false)
		a.log.Warn("slack socket mode connection problem", "type", evt.Type)
	}
}

// groupCache resolves which configured user groups a user is in (usergroups.users.list), cached.
// One refresh runs at a time, in the background with its own timeout and outside the lock: a caller
// waits for it only as long as its own context allows, and then goes on with the last membership.
type groupCache struct {
	api     *slack.Client
	ids     []string
	ttl     time.Duration
	now     func() time.Time
	timeout time.Duration // one refresh (every group) at most; default 10s

	mu         sync.Mutex
	fetched    time.Time
	members    map[string][]string // user -> groups
	lastErr    error
	refreshing chan struct{} // closed when the running refresh ends
}

func (g *groupCache) groupsOf(ctx context.Context, user string) ([]string, error) {
	if len(g.ids) == 0 {
		return nil, nil
	}
	g.mu.Lock()
	if g.members != nil && g.now().Sub(g.fetched) <= g.ttl {
		defer g.mu.Unlock()
		return g.members[user], nil
	}
	done := g.refreshing
	if done == nil {
		done = make(chan struct{})
		g.refreshing = done
		go g.refresh(done)
	}
	g.mu.Unlock()
	var waitErr error
	select {
	case <-done:
	case <-ctx.Done():
		waitErr = fmt.Errorf("usergroups.users.list is slow: %w", ctx.Err())
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if waitErr == nil {
		waitErr = g.lastErr
	}
	return g.members[user], waitErr
}

func (g *groupCache) refresh(done chan struct{}) {
	timeout := g.timeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	m := map[string][]string{}
	var err error
	for _, id := range g.ids {
		var users []string
		if users, err = g.api.GetUserGroupMembersContext(ctx, id); err != nil {
			err = fmt.Errorf("usergroups.users.list %s: %w", id, err)
			break
		}
		for _, u := range users {
			m[u] = append(m[u], id)
		}
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if err == nil {
		g.members, g.fetched = m, g.now()
	}
	g.lastErr = err
	g.refreshing = nil
	close(done)
}
