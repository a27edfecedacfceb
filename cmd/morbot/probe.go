package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/robfig/cron/v3"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/cnode"
	"github.com/morbotlabs/morbot/internal/config"
	"github.com/morbotlabs/morbot/internal/metrics"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/probe"
	"github.com/morbotlabs/morbot/internal/view"
)

// defaultFailuresToAlert is probe.failures_to_alert's default.
const defaultFailuresToAlert = 2

// newProber builds the probe from probe.* (nil without a probe section).
func newProber(b *bot, pc *config.Probe, provider common.Address) (*probe.Prober, error) {
	if pc == nil {
		return nil, nil
	}
	node, err := cnode.New(pc.ConsumerAPIURL, pc.CookieFile)
	if err != nil {
		return nil, err
	}
	o := probe.Options{Node: node, Chain: b.client, Store: b.db, Provider: provider, Seconds: pc.SessionSeconds, Prompt: pc.Prompt,
		MaxPerDay: pc.MaxPerDay, StepTimeout: pc.StepTimeout.D, Log: b.log}
	if pc.MaxMORLocked.Set() {
		if o.MaxLocked, err = chain.ParseMOR(pc.MaxMORLocked.Raw); err != nil {
			return nil, fmt.Errorf("probe.max_mor_locked: %w", err)
		}
	}
	if b.metrics != nil {
		o.Observe = probeObserver(b.metrics)
	}
	return probe.New(o), nil
}

// probeObserver counts each finished probe in the metrics: its result (ok, failed_open,
// failed_prompt, failed_close) and the phases it reached.
func probeObserver(m *metrics.Metrics) func(probe.Result) {
	return func(r probe.Result) {
		res := "ok"
		if !r.OK() {
			res = "failed_" + r.Run.Data.Step
		}
		d := r.Run.Data
		m.Probe(res, time.Duration(d.OpenMS)*time.Millisecond, time.Duration(d.FirstMS)*time.Millisecond, time.Duration(d.TotalMS)*time.Millisecond)
	}
}

// probeFailures is how many failed scheduled probes raise probe-failed (0: no schedule, no rule).
func probeFailures(pc *config.Probe) int {
	if pc == nil || pc.Schedule == "" {
		return 0
	}
	if pc.FailuresToAlert > 0 {
		return pc.FailuresToAlert
	}
	return defaultFailuresToAlert
}

// startProbes is the leader's part of the probe: close what a stopped process left open, then
// probe every bid on probe.schedule, checking the alerts after each round so probe-failed fires
// (or resolves) at once.
func (b *bot) startProbes(ctx context.Context, pc *config.Probe) error {
	if b.prober == nil {
		return nil
	}
	cctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	n, err := b.prober.CloseLeftovers(cctx)
	cancel()
	switch {
	case err != nil && !errors.Is(ctx.Err(), context.Canceled):
		b.log.Warn("probe: closing sessions left open by an earlier run", "err", err, "closed", n)
	case n > 0:
		b.log.Info("probe: closed sessions left open by an earlier run", "closed", n)
	}
	b.log.Info("probe: ready", "schedule", pc.Schedule, "left_open_closed", n)
	if pc.Schedule == "" {
		return nil
	}
	c := cron.New(cron.WithParser(config.CronParser), cron.WithChain(cron.SkipIfStillRunning(cron.DiscardLogger)))
	if _, err := c.AddFunc(pc.Schedule, func() { b.probeRound(ctx) }); err != nil {
		return fmt.Errorf("probe.schedule: %w", err)
	}
	c.Start()
	b.stops = append(b.stops, func() { <-c.Stop().Done() })
	return nil
}

// probeRound probes every active bid of ours once (a scheduled round).
func (b *bot) probeRound(ctx context.Context) {
	if ctx.Err() != nil || !b.exec.Leader() {
		return
	}
	s, err := b.domain.Read.Snapshot(ctx)
	if err != nil {
		b.log.Warn("probe: read the bids", "err", err)
		return
	}
	names, _ := b.domain.Read.Models(ctx)
	ts := probe.Targets(s.ActiveBids, b.domain.Provider, nil, func(id common.Hash) string { return position.ModelNameIn(names, id, s.Models[id].Name) })
	if len(ts) == 0 {
		return
	}
	round, err := b.prober.Run(ctx, ts, true)
	var ref *probe.Refusal
	switch {
	case errors.As(err, &ref):
		b.log.Warn("probe: scheduled round refused", "reason", ref.Msg)
	case err != nil:
		b.log.Warn("probe: scheduled round", "err", err)
	}
	if round != nil {
		for _, r := range round.Results {
			b.log.Info("probe", "line", view.ProbeLine(r.Name, r.Run))
		}
	}
	if b.alerts != nil {
		if err := b.alerts.Check(ctx); err != nil && ctx.Err() == nil {
			b.log.Warn("probe: alert check after the round", "err", err)
		}
	}
}
