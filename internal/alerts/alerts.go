// Package alerts watches the team's position and the marketplace and tells the team what needs its
// attention: a registry of rules (each a function of the position, or of the Diamond's events)
// returning alerts with stable IDs, and Alertmanager's stages around them: stored state, a repeat
// interval, one resolved message, silences, and delivery through a poster.
package alerts

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/config"
	"github.com/morbotlabs/morbot/internal/discovery"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/rating"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// Chain is what the alert checks read beyond the position (*chain.Client implements it).
type Chain interface {
	BlockNumber(ctx context.Context) (uint64, error)
	Nonce(ctx context.Context, a common.Address) (uint64, error)
	PendingNonce(ctx context.Context, a common.Address) (uint64, error)
	FilterLogs(ctx context.Context, from, to uint64, addr common.Address, topics [][]common.Hash) ([]types.Log, error)
	Network() chain.Network
	Market(ctx context.Context, model common.Hash) (*chain.Market, error)
}

// Options configure an Alerter.
type Options struct {
	Domain             *wiring.Core // the read model, and the serve defaults for fixes
	Chain              Chain
	Store              *store.DB
	Poster             chat.Poster
	RepeatInterval     time.Duration // re-post a still-firing alert after this long (default 4h)
	MinETH             *big.Int      // eth-low threshold (nil: 0.002 ETH)
	EarningsCapPercent int           // earnings-near-cap threshold (0: 80)
	MinClaim           *big.Int      // reports.thresholds.min_claim: the claimable-waiting threshold
	Confirmations      uint64        // events are read up to head − confirmations + 1
	ChunkSize          uint64        // blocks per eth_getLogs (default 2000)
	StuckTxBlocks      uint64        // a sent transaction not mined after this many blocks alerts (default 20)
	Now                func() time.Time
	Logger             *slog.Logger
	OnAlert            func(event string) // "fired" or "resolved", for metrics
	// OnPosition is handed every position a check reads (the report keeps the earnings history).
	OnPosition func(ctx context.Context, pos *position.Position) error
	// Watched says the chain watch hands this alerter every block's events (HandleLogs), so the
	// scheduled check does not scan for them again.
	Watched bool
	// Sessions reads the sessions the watch reports opened or closed (nil: no session notices).
	Sessions Sessions
	// After runs fn after d (default time.AfterFunc): when batched session notices go out.
	After func(d time.Duration, fn func())
	// NetworkHold is how long a network alert's condition must hold before it fires, and be gone
	// before it resolves (as Alertmanager's for): a flapping feed posts nothing. 0: none.
	NetworkHold time.Duration
	// RankBelow is alerts.rank_below: rank-dropped fires when consumers' nodes rank one of our bids
	// below this place on its model (0: 1, first).
	RankBelow int
	// ProbeFailures is probe.failures_to_alert: probe-failed fires after this many scheduled probes of
	// a bid failed in a row (0: the probe is not scheduled here, so the rule is off).
	ProbeFailures int
}

// Alerter runs alert checks.
type Alerter struct {
	o        Options
	provider common.Address
	log      *slog.Logger
	mu       sync.Mutex                     // one check at a time
	covered  map[string]bool                // conditions announced by this check's notifications
	sessions sessionGroups                  // session notices batched per model
	ranks    map[common.Hash][]rating.Rated // each model's market as the last check rated it
}

// New builds an alerter.
func New(o Options) *Alerter {
	if o.RepeatInterval <= 0 {
		o.RepeatInterval = config.DefaultRepeatInterval
	}
	if o.MinETH == nil {
		o.MinETH, _ = chain.ParseETH("0.002")
	}
	if o.EarningsCapPercent <= 0 {
		o.EarningsCapPercent = 80
	}
	if o.RankBelow <= 0 {
		o.RankBelow = 1
	}
	if o.ChunkSize == 0 {
		o.ChunkSize = 2000
	}
	if o.StuckTxBlocks == 0 {
		o.StuckTxBlocks = 20
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.After == nil {
		o.After = func(d time.Duration, fn func()) { time.AfterFunc(d, fn) }
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return &Alerter{o: o, provider: o.Domain.Provider, log: o.Logger,
		sessions: sessionGroups{last: map[common.Hash]time.Time{}, pending: map[common.Hash][]string{}},
		ranks:    map[common.Hash][]rating.Rated{}}
}

// Alert is one condition or event found by a check.
type Alert struct {
	ID       string
	Kind     string
	Severity chat.Severity
	Title    string
	Text     string
	Fix      string // command line proposing the fix
	Fixes    []Fix  // several fixes, each with its own button (instead of Fix)
	FixFor   string // the firing alert whose fix the button proposes (default: this one)
	Event    bool   // a one-shot notification (no resolve)
	Covers   string // a condition this notification already announces (posted once, not twice)
}

// Fix is one of several fixes an alert offers.
type Fix struct {
	Label string
	Cmd   string
}

// fixes are the alert's fixes, one or several.
func (a Alert) fixes() []Fix {
	if len(a.Fixes) > 0 {
		return a.Fixes
	}
	if a.Fix != "" {
		return []Fix{{Label: "Propose fix", Cmd: a.Fix}}
	}
	return nil
}

// storedFix is what the alerts table keeps: the commands, one per line, in button order.
func (a Alert) storedFix() string {
	var cmds []string
	for _, f := range a.fixes() {
		cmds = append(cmds, f.Cmd)
	}
	return strings.Join(cmds, "\n")
}

// Check runs one alert pass: collect (events since the checkpoint, then the current position), diff
// against the stored state, and send what is new, due again or resolved.
func (r *Alerter) Check(ctx context.Context) error { return r.check(ctx, nil) }

// check is one alert pass. With the chain watch on, the events are those it hands over (logs, which
// may be none) instead of a scan from the checkpoint; they go through the same notices, in the same
// pass as the conditions they may announce, and a reorged-out change is withdrawn.
func (r *Alerter) check(ctx context.Context, logs []types.Log) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.covered = map[string]bool{}
	pos, err := r.o.Domain.Read.Read(ctx, r.o.Now())
	if err != nil {
		return fmt.Errorf("alert check: %w", err)
	}
	if r.o.OnPosition != nil {
		if err := r.o.OnPosition(ctx, pos); err != nil {
			return err
		}
	}
	snap := pos.Snapshot
	notify := func(logs []types.Log) error {
		as, err := r.eventAlerts(ctx, logs, snap)
		if err != nil {
			return err
		}
		for _, a := range as {
			if err := r.sendEvent(ctx, a); err != nil {
				return err
			}
		}
		return nil
	}
	if r.o.Watched {
		err = r.watchedEvents(ctx, logs, snap, notify)
	} else {
		err = r.scanEvents(ctx, notify)
	}
	if err != nil {
		return err
	}
	changes, err := r.backstop(ctx, snap)
	if err != nil {
		return err
	}
	for _, a := range changes {
		if err := r.sendEvent(ctx, a); err != nil {
			return err
		}
	}
	conds, err := r.conditions(ctx, pos)
	if err != nil {
		return err
	}
	return r.reconcile(ctx, conds, r.darkSource(pos))
}

// darkSource says which stored alerts could not be judged by this check because their source could
// not be read: while the proxy-router does not answer (or its state could not be read), the serving
// alerts keep their state, marked unknown, instead of resolving because nothing was seen (proxy-down
// itself is judged every check); while the network's discovery feed fails, so do the network alerts.
func (r *Alerter) darkSource(pos *position.Position) func(store.AlertRow) (string, bool) {
	proxy := r.o.Domain.Proxy
	proxyDark := proxy != nil && proxy.Client != nil && (pos.Node == nil || pos.Node.HealthErr != "")
	netDark := pos.Network.Dark()
	attestDark := pos.Node != nil && pos.Node.AttestErr != "" // a TEE attestation cannot be judged now
	unjudged := map[string]bool{}                             // the alerts of bids the view cannot judge now (it contradicts itself)
	if j := pos.Network; j != nil {
		for id, bv := range j.Bids {
			if bv.State == discovery.Unknown {
				short := strings.ToLower(id.Hex())[:12]
				unjudged["undiscovered-"+short], unjudged["network-unhealthy-"+short] = true, true
			}
		}
	}
	return func(x store.AlertRow) (string, bool) {
		switch {
		case proxyDark && x.Kind == kindServing && x.ID != "proxy-down":
			return "the proxy-router cannot be read", true
		case attestDark && (strings.HasPrefix(x.ID, "attestation-") || strings.HasPrefix(x.ID, "tee-unsupported-")):
			return "the node's attestation list cannot be read", true
		case netDark && x.Kind == kindNetwork:
			return "the network's view cannot be read", true
		case unjudged[x.ID]:
			return "the network's view contradicts itself about the bid", true
		}
		return "", false
	}
}

// ---- state

type row = store.AlertRow

func (r *Alerter) rows(ctx context.Context) (map[string]row, error) { return r.o.Store.Alerts(ctx) }

func (r *Alerter) upsert(ctx context.Context, x row) error { return r.o.Store.PutAlert(ctx, x) }

// sendEvent posts a one-shot notification once (its ID is remembered).
func (r *Alerter) sendEvent(ctx context.Context, a Alert) error {
	rows, err := r.rows(ctx)
	if err != nil {
		return err
	}
	if x, done := rows[a.ID]; done && x.State != store.AlertResolved {
		return nil // posted before (a notice a reorg withdrew may be posted again when it is mined again)
	}
	now := r.o.Now().UnixMilli()
	if err := r.upsert(ctx, row{ID: a.ID, Kind: a.Kind, State: store.AlertEvent, Title: a.Title, LastNotified: now, UpdatedAt: now}); err != nil {
		return err
	}
	if a.Covers != "" {
		r.covered[a.Covers] = true
	}
	r.post(ctx, r.alertMessage(a, false))
	return nil
}

// reconcile compares the firing conditions with the stored state: new or due-again alerts are posted
// (unless silenced), alerts that stopped firing post one resolved message.
func (r *Alerter) reconcile(ctx context.Context, conds []Alert, dark func(store.AlertRow) (string, bool)) error {
	rows, err := r.rows(ctx)
	if err != nil {
		return err
	}
	now := r.o.Now()
	ms := now.UnixMilli()
	sil, err := r.o.Store.Silences(ctx, ms)
	if err != nil {
		return err
	}
	firing := map[string]bool{}
	for _, a := range conds {
		firing[a.ID] = true
		x, ok := rows[a.ID]
		silenced := (ok && x.SilencedUntil > ms) || silencedBy(sil, a.ID) > ms
		x.UnknownSince, x.ClearSince = 0, 0 // seen again
		hold := r.hold(a.Kind)
		switch {
		case hold > 0 && (!ok || x.State == store.AlertResolved || x.State == store.AlertEvent):
			// Seen for the first time: pending until it has held for the hold.
			x = row{ID: a.ID, Kind: a.Kind, State: store.AlertPending, Title: a.Title, Fix: a.storedFix(), FiringSince: ms, SilencedUntil: x.SilencedUntil, UpdatedAt: ms}
		case x.State == store.AlertPending && now.Sub(time.UnixMilli(x.FiringSince)) < hold:
			x.Title, x.Fix, x.UpdatedAt = a.Title, a.storedFix(), ms
		case !ok || x.State != store.AlertFiring:
			since := ms
			if x.State == store.AlertPending {
				since = x.FiringSince // it has held since then
			}
			x = row{ID: a.ID, Kind: a.Kind, State: store.AlertFiring, Title: a.Title, Fix: a.storedFix(), FiringSince: since, SilencedUntil: x.SilencedUntil, UpdatedAt: ms}
			if !silenced {
				x.LastNotified = ms
				if !r.covered[a.ID] { // a change notice in this check already said it
					r.post(ctx, r.alertMessage(a, false))
				}
				r.count("fired")
			}
		case !silenced && now.Sub(time.UnixMilli(x.LastNotified)) >= r.o.RepeatInterval:
			x.LastNotified, x.Fix, x.Title, x.UpdatedAt = ms, a.storedFix(), a.Title, ms
			r.post(ctx, r.alertMessage(a, true))
		default:
			x.Fix, x.Title, x.UpdatedAt = a.storedFix(), a.Title, ms
		}
		if err := r.upsert(ctx, x); err != nil {
			return err
		}
	}
	for id, x := range rows {
		if (x.State != store.AlertFiring && x.State != store.AlertPending) || firing[id] {
			continue
		}
		if _, unknown := dark(x); unknown {
			// Not seen because its source went dark, not because it is gone: it keeps firing, unknown
			// since the first check that could not read it.
			if x.UnknownSince == 0 {
				x.UnknownSince, x.UpdatedAt = ms, ms
				if err := r.upsert(ctx, x); err != nil {
					return err
				}
			}
			continue
		}
		if hold := r.hold(x.Kind); x.State == store.AlertFiring && hold > 0 {
			// Gone, but not yet for the hold: it keeps firing, and resolves once gone that long.
			if x.ClearSince == 0 {
				x.ClearSince, x.UpdatedAt = ms, ms
				if err := r.upsert(ctx, x); err != nil {
					return err
				}
			}
			if now.Sub(time.UnixMilli(x.ClearSince)) < hold {
				continue
			}
		}
		if x.State == store.AlertPending {
			// Gone before it held: it never fired, so nothing resolves (and nothing is listed).
			x.State, x.UpdatedAt, x.ClearSince = store.AlertResolved, ms, 0
			if err := r.upsert(ctx, x); err != nil {
				return err
			}
			continue
		}
		notified := x.LastNotified > 0
		x.State, x.ResolvedAt, x.UpdatedAt, x.Fix, x.ClearSince = store.AlertResolved, ms, ms, "", 0
		if err := r.upsert(ctx, x); err != nil {
			return err
		}
		r.count("resolved")
		if notified {
			r.post(ctx, chat.Message{Severity: chat.Success, Title: "RESOLVED · " + x.Title,
				Text: fmt.Sprintf("%s no longer fires (it fired since %s)", id, time.UnixMilli(x.FiringSince).UTC().Format(time.RFC3339)), Footer: "alert " + id})
		}
	}
	return nil
}

// hold is how long an alert of kind must hold before it fires or resolves (0: at once).
func (r *Alerter) hold(kind string) time.Duration {
	if kind == kindNetwork {
		return r.o.NetworkHold
	}
	return 0
}

func (r *Alerter) count(event string) {
	if r.o.OnAlert != nil {
		r.o.OnAlert(event)
	}
}

func (r *Alerter) post(ctx context.Context, m chat.Message) {
	if err := r.o.Poster.Post(ctx, chat.ChannelAlerts, m); err != nil {
		r.log.Error("post alert", "err", err)
	}
}

func (r *Alerter) alertMessage(a Alert, repeat bool) chat.Message {
	title := "ALERT · " + a.Title
	if a.Event {
		title = a.Title
	}
	if repeat {
		title += " (still firing)"
	}
	m := chat.Message{Severity: a.Severity, Title: title, Text: a.Text, Footer: "alert " + a.ID}
	target := a.ID
	if a.FixFor != "" {
		target = a.FixFor
	}
	for i, f := range a.fixes() {
		token := target
		if i > 0 {
			token = fmt.Sprintf("%s#%d", target, i+1)
		}
		name := "fix"
		if len(a.fixes()) > 1 {
			name = "fix: " + f.Label
		}
		m.Fields = append(m.Fields, chat.Field{Name: name, Value: f.Cmd + " (proposes it for approval)"})
		m.Buttons = append(m.Buttons, chat.Button{Label: f.Label, Action: chat.ActionFix, Token: token, Ref: token})
	}
	if !a.Event {
		m.Buttons = append(m.Buttons, chat.Button{Label: "Silence 1h", Action: chat.ActionSilence, Token: a.ID, Ref: a.ID})
	}
	return m
}

// List runs an alert check now (posting what it finds to the alerts channel) and lists firing and
// recently resolved alerts.
func (r *Alerter) List(ctx context.Context) (chat.Message, error) {
	if err := r.Check(ctx); err != nil {
		return chat.Message{}, err
	}
	rows, err := r.rows(ctx)
	if err != nil {
		return chat.Message{}, err
	}
	now := r.o.Now().UnixMilli()
	sil, err := r.o.Store.Silences(ctx, now)
	if err != nil {
		return chat.Message{}, err
	}
	var lines []string
	for _, x := range rows {
		x.SilencedUntil = max(x.SilencedUntil, silencedBy(sil, x.ID))
		switch {
		case x.State == store.AlertFiring:
			l := fmt.Sprintf("FIRING %s — %s (since %s)", x.ID, x.Title, time.UnixMilli(x.FiringSince).UTC().Format(time.RFC3339))
			if x.UnknownSince > 0 {
				l += fmt.Sprintf(", unknown since %s (its source cannot be read; it resolves only when it is seen to be gone)", time.UnixMilli(x.UnknownSince).UTC().Format(time.RFC3339))
			}
			if x.SilencedUntil > now {
				l += fmt.Sprintf(", silenced until %s", time.UnixMilli(x.SilencedUntil).UTC().Format(time.RFC3339))
			}
			lines = append(lines, l)
		case x.State == store.AlertPending:
			lines = append(lines, fmt.Sprintf("PENDING %s — %s (seen since %s; it fires once it has held for %s)", x.ID, x.Title,
				time.UnixMilli(x.FiringSince).UTC().Format(time.RFC3339), r.hold(x.Kind)))
		case x.State == store.AlertResolved && now-x.ResolvedAt < int64(24*time.Hour/time.Millisecond):
			lines = append(lines, fmt.Sprintf("resolved %s — %s (%s)", x.ID, x.Title, time.UnixMilli(x.ResolvedAt).UTC().Format(time.RFC3339)))
		}
	}
	sort.Strings(lines)
	if len(lines) == 0 {
		lines = []string{"no alert is firing"}
	}
	return chat.Message{Title: "Alerts", Text: strings.Join(lines, "\n")}, nil
}

// FixCommand returns the fix of a firing alert.
func (r *Alerter) FixCommand(ctx context.Context, id string) (string, error) {
	nth := 1
	if base, n, ok := strings.Cut(id, "#"); ok {
		v, err := strconv.Atoi(n)
		if err != nil || v < 1 {
			return "", &approval.Denial{Reason: fmt.Sprintf("there is no alert %q", id)}
		}
		id, nth = base, v
	}
	x, ok, err := r.o.Store.Alert(ctx, id)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", &approval.Denial{Reason: fmt.Sprintf("there is no alert %q", id)}
	}
	fix := x.Fix
	if x.State != store.AlertFiring {
		return "", nil
	}
	cmds := strings.Split(fix, "\n")
	if nth > len(cmds) || fix == "" {
		return "", nil
	}
	return cmds[nth-1], nil
}
