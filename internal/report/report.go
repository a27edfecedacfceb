// Package report posts the scheduled status report (with the weekly chart when asked), keeps the
// earnings history the chart draws, runs the schedules (the report, the chart, the alert check and
// the claim sweep) and proposes the claim sweep. It reads the position through the read model and
// proposes through plans, like every other front.
package report

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/robfig/cron/v3"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/config"
	"github.com/morbotlabs/morbot/internal/pay"
	"github.com/morbotlabs/morbot/internal/plans"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/view"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// Chain is what the report reads beyond the position (*chain.Client implements it).
type Chain interface {
	Network() chain.Network
	Market(ctx context.Context, model common.Hash) (*chain.Market, error)
}

// Options configure a Reporter.
type Options struct {
	Domain    *wiring.Core
	Chain     Chain
	Store     *store.DB
	Poster    chat.Poster
	MinClaim  *big.Int // reports.thresholds.min_claim: the claim sweep's minimum
	ClaimCron string   // reports.claim_cron: when Schedule runs the claim sweep ("" = never)
	ChartCron string   // reports.chart_cron: when Schedule posts the report with the chart ("" = never)
	Now       func() time.Time
	Logger    *slog.Logger
}

// Reporter posts reports and runs the schedules.
type Reporter struct {
	o   Options
	log *slog.Logger
}

// New builds a reporter.
func New(o Options) *Reporter {
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
	pos, err := r.o.Domain.Read.Read(ctx, r.o.Now())
	if err != nil {
		return chat.Message{}, fmt.Errorf("status report: %w", err)
	}
	if err := r.RecordEarnings(ctx, pos); err != nil {
		return chat.Message{}, err
	}
	m := view.Status(pos, r.o.Chain.Network())
	m.Title = "Status report · " + m.Title
	if chart {
		if err := r.attachChart(ctx, &m, pos); err != nil {
			r.log.Error("weekly chart", "err", err)
			m.Fields = append(m.Fields, chat.Field{Name: "chart", Value: "could not be drawn this time; the figures above stand"})
		}
	}
	if err := r.o.Poster.Post(ctx, chat.ChannelReports, m); err != nil {
		r.log.Error("post status report", "err", err)
	}
	return chat.Message{Severity: chat.Success, Text: "status report posted to the reports channel", Ephemeral: true}, nil
}

// Schedule starts the cron schedules (optional seconds field; time zone): the report, the alert check
// (check), the weekly chart and the claim sweep.
func (r *Reporter) Schedule(statusSpec, alertsSpec string, loc *time.Location, check func(context.Context) error) (*cron.Cron, error) {
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
	if alertsSpec != "" && check != nil {
		if _, err := c.AddFunc(alertsSpec, run("alert check", check)); err != nil {
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

// ClaimSweep proposes the claims that pay at least reports.thresholds.min_claim (executed at once when
// the policy auto-approves claims). The proposal is posted by the adapters like any other; the
// reports channel gets one line about it.
func (r *Reporter) ClaimSweep(ctx context.Context) error {
	cp, p, err := r.o.Domain.Plans.ProposeClaims(ctx, nil, plans.ClaimRequest{Min: r.o.MinClaim})
	var ref *plans.Refusal
	switch {
	case errors.As(err, &ref):
		r.post(ctx, chat.Message{Severity: chat.Warning, Title: "Claim sweep: nothing proposed", Text: ref.Msg})
		return nil
	case err != nil:
		return fmt.Errorf("claim sweep: %w", err)
	case p == nil:
		r.log.Info("claim sweep: nothing to claim", "skipped", len(cp.Skipped))
		return nil
	}
	how := fmt.Sprintf("waiting for %d approval(s)", p.Quorum)
	if p.Status != approval.Pending {
		how = "approved by the team's policy (approval.auto_approve: claim) and executing"
	}
	if err := r.o.Poster.Post(ctx, chat.ChannelReports, chat.Message{Severity: chat.Info, Title: "Claim sweep",
		Text: fmt.Sprintf("%s claims %s from %d session(s), %s.", p.HumanID(), chain.FormatMOR(cp.Total), len(cp.Claims), how)}); err != nil {
		r.log.Error("post claim sweep", "err", err)
	}
	return nil
}

func (r *Reporter) post(ctx context.Context, m chat.Message) {
	if err := r.o.Poster.Post(ctx, chat.ChannelAlerts, m); err != nil {
		r.log.Error("post alert", "err", err)
	}
}

// RecordEarnings keeps one reading an hour of the earnings counted against the cap (the alert check
// hands it every position it reads, too).
func (r *Reporter) RecordEarnings(ctx context.Context, pos *position.Position) error {
	p := pos.Snapshot.Provider
	if !p.Exists() {
		return nil
	}
	cp := pay.CapAt(p, pos.Snapshot.Time)
	return r.o.Store.RecordEarnings(ctx, store.EarningsReading{At: r.o.Now(), Earned: cp.Earned, Cap: cp.Stake})
}
