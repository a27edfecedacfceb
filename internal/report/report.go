// Package report posts the scheduled status report and runs the alert checks: minimum changes found
// from the Diamond's events (with the getters as a backstop), the team's position against the
// minimums, vanished bids, gas and allowance, earnings against the cap, and Diamond upgrades. Alerts
// are deduplicated like Alertmanager's: stored state, a repeat interval, one resolved message, silences.
package report

import (
	"context"
	"database/sql"
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
	"github.com/robfig/cron/v3"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/config"
	"github.com/morbotlabs/morbot/internal/store"
)

// Poster sends a message to a platform's reports or alerts channel.
type Poster interface {
	Post(ctx context.Context, channel string, m chat.Message) error
}

// Channels.
const (
	ChannelReports = "reports"
	ChannelAlerts  = "alerts"
)

// Fanout posts to every registered poster.
type Fanout struct {
	mu  sync.RWMutex
	out []Poster
}

// Add registers a poster.
func (f *Fanout) Add(p Poster) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.out = append(f.out, p)
}

// Post sends to every poster; it returns the first error after trying them all.
func (f *Fanout) Post(ctx context.Context, channel string, m chat.Message) error {
	f.mu.RLock()
	out := append([]Poster(nil), f.out...)
	f.mu.RUnlock()
	var first error
	for _, p := range out {
		if err := p.Post(ctx, channel, m); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Chain is what the reporter reads (*chain.Client implements it).
type Chain interface {
	BlockNumber(ctx context.Context) (uint64, error)
	Nonce(ctx context.Context, a common.Address) (uint64, error)
	PendingNonce(ctx context.Context, a common.Address) (uint64, error)
	FilterLogs(ctx context.Context, from, to uint64, addr common.Address, topics [][]common.Hash) ([]types.Log, error)
	Network() chain.Network
	Market(ctx context.Context, model common.Hash) (*chain.Market, error)
}

// Options configure a Reporter.
type Options struct {
	Chain              Chain
	Store              *store.DB
	Engine             *approval.Engine
	Handler            *commands.Handler
	Provider           common.Address
	Poster             Poster
	RepeatInterval     time.Duration // re-post a still-firing alert after this long (default 4h)
	MinETH             *big.Int      // eth-low threshold (nil: 0.002 ETH)
	EarningsCapPercent int           // earnings-near-cap threshold (0: 80)
	MinClaim           *big.Int      // reports.thresholds.min_claim: the claim sweep's minimum and the claimable-waiting threshold
	ClaimCron          string        // reports.claim_cron: when Schedule runs the claim sweep ("" = never)
	ChartCron          string        // reports.chart_cron: when Schedule posts the report with the chart ("" = never)
	Confirmations      uint64        // events are read up to head − confirmations + 1
	ChunkSize          uint64        // blocks per eth_getLogs (default 2000)
	StuckTxBlocks      uint64        // a sent transaction not mined after this many blocks alerts (default 20)
	Now                func() time.Time
	Logger             *slog.Logger
	OnAlert            func(event string) // "fired" or "resolved", for metrics
}

// Reporter runs reports and alert checks.
type Reporter struct {
	o       Options
	log     *slog.Logger
	mu      sync.Mutex      // one check at a time
	covered map[string]bool // conditions announced by this check's notifications
}

// New builds a reporter.
func New(o Options) *Reporter {
	if o.RepeatInterval <= 0 {
		o.RepeatInterval = config.DefaultRepeatInterval
	}
	if o.MinETH == nil {
		o.MinETH, _ = chain.ParseETH("0.002")
	}
	if o.EarningsCapPercent <= 0 {
		o.EarningsCapPercent = 80
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
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return &Reporter{o: o, log: o.Logger}
}

// ReportNow builds the status report and posts it to the reports channel; with chart, the weekly
// picture (our prices against each model's bids, earnings against the cap) is attached and its
// figures are added as text.
func (r *Reporter) ReportNow(ctx context.Context, chart bool) (chat.Message, error) {
	m, pos, err := r.o.Handler.StatusAt(ctx, r.o.Now())
	if err != nil {
		return chat.Message{}, fmt.Errorf("status report: %w", err)
	}
	if err := r.recordEarnings(ctx, pos); err != nil {
		return chat.Message{}, err
	}
	m.Title = "Status report · " + m.Title
	if chart {
		if err := r.attachChart(ctx, &m, pos); err != nil {
			r.log.Error("weekly chart", "err", err)
			m.Fields = append(m.Fields, chat.Field{Name: "chart", Value: "could not be drawn this time; the figures above stand"})
		}
	}
	if err := r.o.Poster.Post(ctx, ChannelReports, m); err != nil {
		r.log.Error("post status report", "err", err)
	}
	return chat.Message{Severity: chat.Success, Text: "status report posted to the reports channel", Ephemeral: true}, nil
}

// Schedule starts the cron schedules (optional seconds field; time zone) for the report and the alert check.
func (r *Reporter) Schedule(statusSpec, alertsSpec string, loc *time.Location) (*cron.Cron, error) {
	if loc == nil {
		loc = time.UTC
	}
	c := cron.New(cron.WithParser(config.CronParser), cron.WithLocation(loc))
	run := func(name string, fn func(context.Context) error) func() {
		return func() {
			defer func() {
				if p := recover(); p != nil {
					r.log.Error("scheduled job panicked", "job", name, "panic", p)
				}
			}()
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			if err := fn(ctx); err != nil {
				r.log.Error("scheduled job failed", "job", name, "err", err)
			}
		}
	}
	if statusSpec != "" {
		if _, err := c.AddFunc(statusSpec, run("status report", func(ctx context.Context) error { _, err := r.ReportNow(ctx, false); return err })); err != nil {
			return nil, fmt.Errorf("status schedule %q: %w", statusSpec, err)
		}
	}
	if alertsSpec != "" {
		if _, err := c.AddFunc(alertsSpec, run("alert check", r.Check)); err != nil {
			return nil, fmt.Errorf("alert schedule %q: %w", alertsSpec, err)
		}
	}
	if r.o.ChartCron != "" {
		if _, err := c.AddFunc(r.o.ChartCron, run("weekly chart report", func(ctx context.Context) error { _, err := r.ReportNow(ctx, true); return err })); err != nil {
			return nil, fmt.Errorf("chart schedule %q: %w", r.o.ChartCron, err)
		}
	}
	if r.o.ClaimCron != "" {
		if _, err := c.AddFunc(r.o.ClaimCron, run("claim sweep", r.ClaimSweep)); err != nil {
			return nil, fmt.Errorf("claim sweep schedule %q: %w", r.o.ClaimCron, err)
		}
	}
	c.Start()
	return c, nil
}

// alert is one condition or event found by a check.
type alert struct {
	ID       string
	Kind     string
	Severity chat.Severity
	Title    string
	Text     string
	Fix      string      // command line proposing the fix
	Fixes    []fixOption // several fixes, each with its own button (instead of Fix)
	FixFor   string      // the firing alert whose fix the button proposes (default: this one)
	Event    bool        // a one-shot notification (no resolve)
	Covers   string      // a condition this notification already announces (posted once, not twice)
}

// fixOption is one of several fixes an alert offers.
type fixOption struct {
	Label string
	Cmd   string
}

// fixes are the alert's fixes, one or several.
func (a alert) fixes() []fixOption {
	if len(a.Fixes) > 0 {
		return a.Fixes
	}
	if a.Fix != "" {
		return []fixOption{{Label: "Propose fix", Cmd: a.Fix}}
	}
	return nil
}

// storedFix is what the alerts table keeps: the commands, one per line, in button order.
func (a alert) storedFix() string {
	var cmds []string
	for _, f := range a.fixes() {
		cmds = append(cmds, f.Cmd)
	}
	return strings.Join(cmds, "\n")
}

// Check runs one alert pass: collect (events since the checkpoint, then the current position), diff
// against the stored state, and send what is new, due again or resolved.
func (r *Reporter) Check(ctx context.Context) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.covered = map[string]bool{}
	_, pos, err := r.o.Handler.StatusAt(ctx, r.o.Now())
	if err != nil {
		return fmt.Errorf("alert check: %w", err)
	}
	if err := r.recordEarnings(ctx, pos); err != nil {
		return err
	}
	snap := pos.Snapshot
	err = r.scanEvents(ctx, func(logs []types.Log) error {
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
	})
	if err != nil {
		return err
	}
	backstop, err := r.backstop(ctx, snap)
	if err != nil {
		return err
	}
	for _, a := range backstop {
		if err := r.sendEvent(ctx, a); err != nil {
			return err
		}
	}
	conds, err := r.conditions(ctx, pos)
	if err != nil {
		return err
	}
	return r.reconcile(ctx, conds)
}

// ---- state

type row struct {
	ID, Kind, State, Title, Fix                                     string
	FiringSince, LastNotified, ResolvedAt, SilencedUntil, UpdatedAt int64
}

func (r *Reporter) rows(ctx context.Context) (map[string]row, error) {
	rs, err := r.o.Store.QueryContext(ctx, `SELECT id, kind, state, title, fix, firing_since, last_notified, resolved_at, silenced_until, updated_at FROM alerts`)
	if err != nil {
		return nil, fmt.Errorf("read alerts: %w", err)
	}
	defer rs.Close()
	out := map[string]row{}
	for rs.Next() {
		var x row
		if err := rs.Scan(&x.ID, &x.Kind, &x.State, &x.Title, &x.Fix, &x.FiringSince, &x.LastNotified, &x.ResolvedAt, &x.SilencedUntil, &x.UpdatedAt); err != nil {
			return nil, err
		}
		out[x.ID] = x
	}
	return out, rs.Err()
}

func (r *Reporter) upsert(ctx context.Context, x row) error {
	_, err := r.o.Store.ExecContext(ctx, `INSERT INTO alerts (id, kind, state, title, fix, firing_since, last_notified, resolved_at, silenced_until, updated_at)
		VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, state=excluded.state, title=excluded.title, fix=excluded.fix,
		firing_since=excluded.firing_since, last_notified=excluded.last_notified, resolved_at=excluded.resolved_at,
		silenced_until=excluded.silenced_until, updated_at=excluded.updated_at`,
		x.ID, x.Kind, x.State, x.Title, x.Fix, x.FiringSince, x.LastNotified, x.ResolvedAt, x.SilencedUntil, x.UpdatedAt)
	if err != nil {
		return fmt.Errorf("store alert %s: %w", x.ID, err)
	}
	return nil
}

// sendEvent posts a one-shot notification once (its ID is remembered).
func (r *Reporter) sendEvent(ctx context.Context, a alert) error {
	rows, err := r.rows(ctx)
	if err != nil {
		return err
	}
	if _, done := rows[a.ID]; done {
		return nil
	}
	now := r.o.Now().UnixMilli()
	if err := r.upsert(ctx, row{ID: a.ID, Kind: a.Kind, State: "event", Title: a.Title, LastNotified: now, UpdatedAt: now}); err != nil {
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
func (r *Reporter) reconcile(ctx context.Context, conds []alert) error {
	rows, err := r.rows(ctx)
	if err != nil {
		return err
	}
	now := r.o.Now()
	ms := now.UnixMilli()
	firing := map[string]bool{}
	for _, a := range conds {
		firing[a.ID] = true
		x, ok := rows[a.ID]
		silenced := ok && x.SilencedUntil > ms
		switch {
		case !ok || x.State != "firing":
			x = row{ID: a.ID, Kind: a.Kind, State: "firing", Title: a.Title, Fix: a.storedFix(), FiringSince: ms, SilencedUntil: x.SilencedUntil, UpdatedAt: ms}
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
		if x.State != "firing" || firing[id] {
			continue
		}
		notified := x.LastNotified > 0
		x.State, x.ResolvedAt, x.UpdatedAt, x.Fix = "resolved", ms, ms, ""
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

func (r *Reporter) count(event string) {
	if r.o.OnAlert != nil {
		r.o.OnAlert(event)
	}
}

func (r *Reporter) post(ctx context.Context, m chat.Message) {
	if err := r.o.Poster.Post(ctx, ChannelAlerts, m); err != nil {
		r.log.Error("post alert", "err", err)
	}
}

func (r *Reporter) alertMessage(a alert, repeat bool) chat.Message {
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

// Alerts runs an alert check now (posting what it finds to the alerts channel) and lists firing and
// recently resolved alerts.
func (r *Reporter) Alerts(ctx context.Context) (chat.Message, error) {
	if err := r.Check(ctx); err != nil {
		return chat.Message{}, err
	}
	rows, err := r.rows(ctx)
	if err != nil {
		return chat.Message{}, err
	}
	now := r.o.Now().UnixMilli()
	var lines []string
	for _, x := range rows {
		switch {
		case x.State == "firing":
			l := fmt.Sprintf("FIRING %s — %s (since %s)", x.ID, x.Title, time.UnixMilli(x.FiringSince).UTC().Format(time.RFC3339))
			if x.SilencedUntil > now {
				l += fmt.Sprintf(", silenced until %s", time.UnixMilli(x.SilencedUntil).UTC().Format(time.RFC3339))
			}
			lines = append(lines, l)
		case x.State == "resolved" && now-x.ResolvedAt < int64(24*time.Hour/time.Millisecond):
			lines = append(lines, fmt.Sprintf("resolved %s — %s (%s)", x.ID, x.Title, time.UnixMilli(x.ResolvedAt).UTC().Format(time.RFC3339)))
		}
	}
	sort.Strings(lines)
	if len(lines) == 0 {
		lines = []string{"no alert is firing"}
	}
	return chat.Message{Title: "Alerts", Text: strings.Join(lines, "\n")}, nil
}

// Silence mutes one alert until now+d (audited).
func (r *Reporter) Silence(ctx context.Context, u approval.User, id string, d time.Duration) (chat.Message, error) {
	rows, err := r.rows(ctx)
	if err != nil {
		return chat.Message{}, err
	}
	x, ok := rows[id]
	if !ok || x.State == "event" {
		return chat.Message{}, &approval.Denial{Reason: fmt.Sprintf("there is no alert %q; /mor alerts lists them", id)}
	}
	until := r.o.Now().Add(d)
	x.SilencedUntil, x.UpdatedAt = until.UnixMilli(), r.o.Now().UnixMilli()
	if err := r.upsert(ctx, x); err != nil {
		return chat.Message{}, err
	}
	if _, err := r.o.Store.ExecContext(ctx, `INSERT INTO audit (at, platform, user_id, user_name, action, detail) VALUES (?,?,?,?,?,?)`,
		r.o.Now().UnixMilli(), u.Platform, u.ID, u.Name, "silenced", fmt.Sprintf("alert %s until %s", id, until.UTC().Format(time.RFC3339))); err != nil {
		return chat.Message{}, fmt.Errorf("audit silence: %w", err)
	}
	return chat.Message{Severity: chat.Success, Text: fmt.Sprintf("alert %s silenced until %s", id, until.UTC().Format(time.RFC3339))}, nil
}

// FixCommand returns the fix of a firing alert.
func (r *Reporter) FixCommand(ctx context.Context, id string) (string, error) {
	nth := 1
	if base, n, ok := strings.Cut(id, "#"); ok {
		v, err := strconv.Atoi(n)
		if err != nil || v < 1 {
			return "", &approval.Denial{Reason: fmt.Sprintf("there is no alert %q", id)}
		}
		id, nth = base, v
	}
	var fix, state string
	err := r.o.Store.QueryRowContext(ctx, `SELECT fix, state FROM alerts WHERE id = ?`, id).Scan(&fix, &state)
	if err == sql.ErrNoRows {
		return "", &approval.Denial{Reason: fmt.Sprintf("there is no alert %q", id)}
	}
	if err != nil {
		return "", err
	}
	if state != "firing" {
		return "", nil
	}
	cmds := strings.Split(fix, "\n")
	if nth > len(cmds) || fix == "" {
		return "", nil
	}
	return cmds[nth-1], nil
}
