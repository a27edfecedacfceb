package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/bot/botkit"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/config"
)

// Config is what the adapter needs from the discord section of the configuration.
type Config struct {
	Mode             string // gateway (default) or http
	AppID            string
	PublicKey        ed25519.PublicKey // http mode
	Guilds           []string
	ProposalsChannel string
	ReportsChannel   string
	AlertsChannel    string
	Listen           string // http mode
	APIURL           string // REST base, default Discord's own (https://discord.com/api/v9/)
	MaxSkew          time.Duration
	OnConnected      func(bool)        // told when the connection goes up or down (metrics)
	Replay           botkit.Persistent // keeps replay keys across restarts (the store); nil: in memory only
}

// Adapter connects Discord to the command handler and the approval engine.
type Adapter struct {
	cfg     Config
	guilds  map[string]bool
	s       *discordgo.Session
	h       *commands.Handler
	engine  *approval.Engine
	net     chain.Network
	log     *slog.Logger
	now     func() time.Time
	seen    *botkit.Dedup
	jobs    *botkit.Pool
	httpSrv *botkit.Server
	link    botkit.Link
	life    *botkit.Lifecycle
}

// New builds the adapter. The bot token is used for REST calls (and the gateway in gateway mode).
func New(cfg Config, token config.Secret, h *commands.Handler, engine *approval.Engine, net chain.Network, log *slog.Logger) (*Adapter, error) {
	if cfg.Mode == "" {
		cfg.Mode = "gateway"
	}
	if cfg.MaxSkew <= 0 {
		cfg.MaxSkew = 5 * time.Minute
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s, err := discordgo.New("Bot " + token.Reveal())
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	rt, err := apiTransport(cfg.APIURL)
	if err != nil {
		return nil, err
	}
	s.Client = &http.Client{Transport: rt, Timeout: 20 * time.Second}
	s.Identify.Intents = discordgo.IntentsGuilds
	// The interaction token lives 15 minutes: background work must finish before.
	a := &Adapter{cfg: cfg, guilds: map[string]bool{}, s: s, h: h, engine: engine, net: net, log: log, now: time.Now,
		seen: botkit.NewDedup(15 * time.Minute), jobs: botkit.NewPool(8, 14*time.Minute, log)}
	a.link.OnChange = cfg.OnConnected
	a.life = &botkit.Lifecycle{Platform: "discord", Channel: cfg.ProposalsChannel, Engine: engine, Render: h.Render, Line: h.EventLine, Out: a, Log: log,
		PostFailed: func(error) string { return "; check the bot's permissions there" }}
	if cfg.Replay != nil {
		a.seen.Persist(cfg.Replay, "discord:", log)
	}
	for _, g := range cfg.Guilds {
		a.guilds[g] = true
	}
	s.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		defer a.jobs.Acking()()
		// Over the gateway the response is a REST call that has completed when respond returns, so
		// follow-up work can start at once.
		a.dispatch(ic.Interaction, func(r *discordgo.InteractionResponse) error {
			endpoint := discordgo.EndpointInteractionResponse(ic.ID, ic.Token)
			_, err := s.RequestWithBucketID(http.MethodPost, endpoint, wire(r), endpoint)
			return err
		}, a.jobs.Go)
	})
	s.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) {
		a.link.Set(false)
		log.Warn("discord gateway disconnected; discordgo reconnects")
	})
	s.AddHandler(func(*discordgo.Session, *discordgo.Ready) {
		a.link.Set(true)
		log.Info("discord gateway ready")
	})
	// A routine resume (after opcode 7 Reconnect, or a dropped socket) ends with RESUMED, not READY.
	s.AddHandler(func(*discordgo.Session, *discordgo.Resumed) {
		a.link.Set(true)
		log.Info("discord gateway resumed")
	})
	return a, nil
}

// apiTransport sends REST calls to base instead of Discord's own API (a rate-limit proxy, or a test fake).
func apiTransport(base string) (http.RoundTripper, error) {
	if base == "" || base == discordgo.EndpointAPI {
		return http.DefaultTransport, nil
	}
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	if _, err := url.Parse(base); err != nil {
		return nil, fmt.Errorf("discord.api_url: %w", err)
	}
	return rewrite{from: discordgo.EndpointAPI, to: base}, nil
}

type rewrite struct{ from, to string }

func (rw rewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	u := r.URL.String()
	if strings.HasPrefix(u, rw.from) {
		nu, err := url.Parse(rw.to + strings.TrimPrefix(u, rw.from))
		if err != nil {
			return nil, err
		}
		r = r.Clone(r.Context())
		r.URL, r.Host = nu, nu.Host
	}
	return http.DefaultTransport.RoundTrip(r)
}

// Start connects: opens the gateway, or serves the interactions endpoint on the listen address.
func (a *Adapter) Start(ctx context.Context) error {
	if a.cfg.Mode == "http" {
		srv, err := botkit.Serve(a.cfg.Listen, a.Handler(), a.log, "discord interactions endpoint", &a.link)
		a.httpSrv = srv
		return err
	}
	if err := a.s.Open(); err != nil {
		return fmt.Errorf("discord gateway: %w", err)
	}
	return nil
}

func (a *Adapter) idle(ctx context.Context) { a.jobs.Idle(ctx) }

// Connected reports whether the adapter can receive: the gateway or socket is up, or the HTTP
// endpoint is listening.
func (a *Adapter) Connected() bool { return a.link.Up() }

// Close stops receiving and waits for in-flight work.
func (a *Adapter) Close() {
	if a.httpSrv != nil {
		botkit.Shutdown(a.httpSrv)
	} else {
		_ = a.s.Close()
	}
	a.jobs.Close()
}

// Register bulk-overwrites the /mor command, in one guild (instant, for iteration) or globally.
func (a *Adapter) Register(guild string) (*discordgo.ApplicationCommand, error) {
	payload, err := Payload(Command(a.h.Grammar()))
	if err != nil {
		return nil, fmt.Errorf("register /mor: %w", err)
	}
	endpoint := discordgo.EndpointApplicationGlobalCommands(a.cfg.AppID)
	if guild != "" {
		endpoint = discordgo.EndpointApplicationGuildCommands(a.cfg.AppID, guild)
	}
	body, err := a.s.RequestWithBucketID(http.MethodPut, endpoint, []any{payload}, endpoint)
	if err != nil {
		return nil, fmt.Errorf("register /mor: %w", err)
	}
	// Discord answers default_member_permissions as a string, the fake and the schema as an integer:
	// drop it before decoding (it is not used from the answer).
	var raw []map[string]any
	if err := json.Unmarshal(body, &raw); err != nil {
		return nil, fmt.Errorf("register /mor: %w", err)
	}
	for _, c := range raw {
		delete(c, "default_member_permissions")
	}
	body, _ = json.Marshal(raw)
	var out []*discordgo.ApplicationCommand
	if err := json.Unmarshal(body, &out); err != nil {
		return nil, fmt.Errorf("register /mor: %w", err)
	}
	if len(out) != 1 {
		return nil, fmt.Errorf("register /mor: Discord returned %d commands", len(out))
	}
	return out[0], nil
}

// Handler is the HTTP interactions endpoint: Ed25519 verification over timestamp+body with the
// application's public key, a 5-minute staleness window (ours; Discord documents none), PING → PONG,
// and deduplication of interaction IDs.
func (a *Adapter) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer a.jobs.Acking()() // the work this and concurrent requests start waits for their acks
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		if !a.verify(r.Header, body) {
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		var i discordgo.Interaction
		if err := json.Unmarshal(body, &i); err != nil || i.ID == "" {
			http.Error(w, "malformed interaction", http.StatusBadRequest)
			return
		}
		var (
			once      sync.Once
			responded bool
			later     []func(context.Context)
		)
		a.dispatch(&i, func(resp *discordgo.InteractionResponse) error {
			var err error
			once.Do(func() {
				responded = true
				var b []byte
				if b, err = json.Marshal(wire(resp)); err != nil {
					return
				}
				w.Header().Set("Content-Type", "application/json")
				w.Header().Set("Content-Length", strconv.Itoa(len(b)))
				_, err = w.Write(b)
			})
			return err
		}, func(job func(context.Context)) { later = append(later, job) })
		if !responded {
			http.Error(w, "no response", http.StatusInternalServerError)
			return
		}
		// Follow-up work (which edits this response through the webhook) starts only once the whole
		// response is on the wire: an edit before it meets "Unknown Webhook".
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
		for _, job := range later {
			a.jobs.Go(job)
		}
	})
}

// wire is an interaction response as it goes to Discord. An autocomplete result always carries a
// choices list, empty when there is nothing to suggest (discordgo would leave an empty list out).
func wire(r *discordgo.InteractionResponse) any {
	if r.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
		return r
	}
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	if r.Data != nil && r.Data.Choices != nil {
		choices = r.Data.Choices
	}
	return map[string]any{"type": r.Type, "data": map[string]any{"choices": choices}}
}

// unknownWebhookWait is how long edits keep retrying Discord's 404 "Unknown Webhook" (code 10015),
// which it answers for a few seconds after a deferred response.
const unknownWebhookWait = 5 * time.Second

// retryUnknownWebhook runs a webhook call, retrying 404/10015 with backoff for about 5 s.
func (a *Adapter) retryUnknownWebhook(ctx context.Context, what string, call func() error) error {
	deadline := a.now().Add(unknownWebhookWait)
	wait := 100 * time.Millisecond
	for {
		err := call()
		var re *discordgo.RESTError
		if err == nil || !errors.As(err, &re) || re.Response == nil || re.Response.StatusCode != http.StatusNotFound ||
			re.Message == nil || re.Message.Code != discordgo.ErrCodeUnknownWebhook || !a.now().Add(wait).Before(deadline) {
			return err
		}
		a.log.Debug("discord webhook not ready yet; retrying", "what", what, "in", wait)
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Second)
	}
}

func (a *Adapter) verify(h http.Header, body []byte) bool {
	sig, err := hex.DecodeString(h.Get("X-Signature-Ed25519"))
	if err != nil || len(sig) != ed25519.SignatureSize || len(a.cfg.PublicKey) != ed25519.PublicKeySize {
		return false
	}
	ts := h.Get("X-Signature-Timestamp")
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	if d := a.now().Sub(time.Unix(sec, 0)); d > a.cfg.MaxSkew || d < -a.cfg.MaxSkew {
		return false
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	return ed25519.Verify(a.cfg.PublicKey, msg, sig)
}

// noMentions is allowed_mentions with nothing allowed: no message morbot sends pings anyone, whatever
// text it carries.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

func ephemeral(text string) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: truncate(Escape(text), maxContent), Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()}}
}

func ephemeralEmbed(m chat.Message) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{Embed(m)}, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()}}
}

// dispatch handles one interaction. respond must be called exactly once, synchronously (within
// Discord's 3 seconds); slow work is handed to start, which runs it once the response is delivered,
// and edits the response.
func (a *Adapter) dispatch(i *discordgo.Interaction, respond func(*discordgo.InteractionResponse) error, start func(func(context.Context))) {
	if i.Type == discordgo.InteractionPing {
		_ = respond(&discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	// Autocomplete is answered with choices (type 8), never with a message: a refusal is no choices.
	noChoices := &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}}}
	if a.seen.Seen(i.ID, a.now()) {
		switch i.Type {
		case discordgo.InteractionMessageComponent:
			_ = respond(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate})
		case discordgo.InteractionApplicationCommandAutocomplete:
			_ = respond(noChoices)
		default:
			_ = respond(ephemeral("this interaction was already handled"))
		}
		return
	}
	// The ack checks memory only; the work it starts first records the ID in the replay log and runs
	// only if it was not there (a replay after a restart).
	now, startWork := a.now(), start
	start = func(job func(context.Context)) { startWork(a.seen.Guard(i.ID, now, job)) }
	u, refusal := a.user(i)
	if refusal != "" {
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			_ = respond(noChoices)
			return
		}
		_ = respond(ephemeral(refusal))
		return
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		a.command(i, u, respond, start)
	case discordgo.InteractionMessageComponent:
		a.click(i, u, respond, start)
	case discordgo.InteractionApplicationCommandAutocomplete:
		a.autocomplete(i, u, respond)
	default:
		_ = respond(ephemeral("morbot does not handle this kind of interaction"))
	}
}

// user authorises from the interaction itself: guild allowlist, no DMs, user ID and member role IDs.
func (a *Adapter) user(i *discordgo.Interaction) (approval.User, string) {
	if i.Member == nil || i.Member.User == nil || i.GuildID == "" {
		return approval.User{}, "morbot works only in the team's server, not in direct messages"
	}
	if !a.guilds[i.GuildID] {
		return approval.User{}, "morbot is not enabled in this server"
	}
	name := i.Member.User.GlobalName
	if name == "" {
		name = i.Member.User.Username
	}
	return approval.User{Platform: "discord", ID: i.Member.User.ID, Name: name, Roles: i.Member.Roles}, ""
}

func (a *Adapter) command(i *discordgo.Interaction, u approval.User, respond func(*discordgo.InteractionResponse) error, start func(func(context.Context))) {
	opts, err := Structured(i.ApplicationCommandData())
	if err != nil {
		_ = respond(ephemeral(err.Error()))
		return
	}
	req := commands.Request{User: u, Channel: i.ChannelID, Structured: opts}
	call, perr := a.h.Parse(req)
	if perr != nil || call.Spec.Name() == "help" {
		// No chain read: answer at once.
		resp := a.h.Handle(a.jobs.Context(), req)
		_ = respond(ephemeralEmbed(resp.Message))
		return
	}
	private := call.Spec.Private || call.Spec.Writes
	var flags discordgo.MessageFlags
	if private {
		flags = discordgo.MessageFlagsEphemeral
	}
	if err := respond(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: flags, AllowedMentions: noMentions()}}); err != nil {
		a.log.Error("discord defer failed", "err", err)
		return
	}
	start(func(ctx context.Context) {
		resp := a.h.Handle(ctx, req)
		msg := resp.Message
		if resp.ProposalID != 0 {
			msg = a.postProposal(ctx, resp.ProposalID, i.ChannelID)
		}
		if err := a.retryUnknownWebhook(ctx, "edit the response", func() error {
			_, err := a.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{Embeds: &[]*discordgo.MessageEmbed{Embed(msg)}, AllowedMentions: noMentions()}, discordgo.WithContext(ctx))
			return err
		}); err != nil {
			a.log.Error("discord edit response failed", "err", err)
		}
	})
}

// postProposal posts the proposal message (embed + buttons) in the proposals channel and records it
// so every later state edits it; it returns the short answer for the proposer.
func (a *Adapter) postProposal(ctx context.Context, id int64, fallbackChannel string) chat.Message {
	return a.life.Post(ctx, id, fallbackChannel)
}

// PostProposal sends a proposal's message (botkit.ProposalOut).
func (a *Adapter) PostProposal(ctx context.Context, channel string, _ *approval.Proposal, m chat.Message) (string, string, error) {
	posted, err := a.s.ChannelMessageSendComplex(channel, &discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{Embed(m)}, Components: Components(m), AllowedMentions: noMentions()},
		discordgo.WithContext(ctx))
	if err != nil {
		return "", "", err
	}
	return channel, posted.ID, nil
}

// ReplyProposal posts one line as a reply to a proposal's message (botkit.ProposalOut).
func (a *Adapter) ReplyProposal(ctx context.Context, ref approval.MessageRef, line string) error {
	_, err := a.s.ChannelMessageSendComplex(ref.Channel, &discordgo.MessageSend{Content: truncate(Escape(line), maxContent), AllowedMentions: noMentions(),
		Reference: &discordgo.MessageReference{MessageID: ref.MessageID, ChannelID: ref.Channel}}, discordgo.WithContext(ctx))
	return err
}

// EditProposal edits a posted proposal message (botkit.ProposalOut); once votes are closed the vote
// buttons stay, greyed out.
func (a *Adapter) EditProposal(ctx context.Context, ref approval.MessageRef, p *approval.Proposal, m chat.Message) error {
	if p.Status != approval.Pending {
		m.Buttons = append([]chat.Button{{Label: "Approve", Action: chat.ActionApprove, Token: p.Token, Ref: p.HumanID(), Disabled: true},
			{Label: "Reject", Action: chat.ActionReject, Token: p.Token, Ref: p.HumanID(), Disabled: true}}, m.Buttons...)
	}
	comps := Components(m)
	embeds := []*discordgo.MessageEmbed{Embed(m)}
	_, err := a.s.ChannelMessageEditComplex(&discordgo.MessageEdit{Channel: ref.Channel, ID: ref.MessageID, Embeds: &embeds, Components: &comps, AllowedMentions: noMentions()},
		discordgo.WithContext(ctx))
	return err
}

func (a *Adapter) click(i *discordgo.Interaction, u approval.User, respond func(*discordgo.InteractionResponse) error, start func(func(context.Context))) {
	token, action, ok := DecodeCustomID(i.MessageComponentData().CustomID)
	if !ok {
		_ = respond(ephemeral("that button is not one of morbot's, or it is from an older version; nothing was recorded"))
		return
	}
	if err := respond(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}); err != nil {
		a.log.Error("discord click ack failed", "err", err)
		return
	}
	start(func(ctx context.Context) {
		resp := a.h.Click(ctx, u, token, action)
		msg := resp.Message
		if resp.ProposalID != 0 {
			msg = a.postProposal(ctx, resp.ProposalID, i.ChannelID)
		}
		params := &discordgo.WebhookParams{Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()}
		if len(msg.Fields) > 0 || msg.Channel != "" {
			params.Embeds = []*discordgo.MessageEmbed{Embed(msg)}
		} else {
			params.Content = truncate(Escape(strings.TrimSpace(msg.Title+"\n"+msg.Text)), maxContent)
		}
		if err := a.retryUnknownWebhook(ctx, "answer a click", func() error {
			_, err := a.s.FollowupMessageCreate(i, false, params, discordgo.WithContext(ctx))
			return err
		}); err != nil {
			a.log.Error("discord click answer failed", "err", err)
		}
	})
}

func (a *Adapter) autocomplete(i *discordgo.Interaction, u approval.User, respond func(*discordgo.InteractionResponse) error) {
	choices := []*discordgo.ApplicationCommandOptionChoice{} // a list, even when empty
	if f := focused(i.ApplicationCommandData().Options); f != nil {
		ctx, cancel := context.WithTimeout(a.jobs.Context(), 2*time.Second)
		for _, c := range a.h.Suggest(ctx, u, f.Name, fmt.Sprint(f.Value)) {
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: truncate(c.Name, 100), Value: c.Value})
		}
		cancel()
	}
	_ = respond(&discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices}})
}

// Post sends a report or an alert to the configured reports or alerts channel.
func (a *Adapter) Post(ctx context.Context, channel string, m chat.Message) error {
	ch := botkit.Channels{Proposals: a.cfg.ProposalsChannel, Reports: a.cfg.ReportsChannel, Alerts: a.cfg.AlertsChannel}.For(channel)
	send := &discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{Embed(m)}, Components: Components(m), AllowedMentions: noMentions()}
	for _, f := range m.Files {
		if !botkit.Attachable(a.log, "discord", f, maxFileBytes) {
			continue
		}
		send.Files = append(send.Files, &discordgo.File{Name: f.Name, ContentType: f.ContentType, Reader: bytes.NewReader(f.Data)})
		if send.Embeds[0].Image == nil && strings.HasPrefix(f.ContentType, "image/") {
			send.Embeds[0].Image = &discordgo.MessageEmbedImage{URL: "attachment://" + f.Name} // shown inside the embed
		}
	}
	_, err := a.s.ChannelMessageSendComplex(ch, send, discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("discord post %s: %w", channel, err)
	}
	return nil
}

// maxFileBytes is the largest attachment morbot sends to Discord (its default upload limit is 10 MiB).
const maxFileBytes = 10 << 20

// Notify edits the proposal's Discord message on every state change: votes, transactions with
// explorer links, the final state with its reason; buttons disabled once it is closed.
func (a *Adapter) Notify(ctx context.Context, ev approval.Event) { a.life.Notify(ctx, ev) }
