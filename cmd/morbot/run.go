package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/morbotlabs/morbot/internal/alerts"
	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/bot/botkit"
	"github.com/morbotlabs/morbot/internal/bot/console"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chainwatch"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/config"
	"github.com/morbotlabs/morbot/internal/discovery"
	"github.com/morbotlabs/morbot/internal/executor"
	"github.com/morbotlabs/morbot/internal/keys"
	"github.com/morbotlabs/morbot/internal/logging"
	"github.com/morbotlabs/morbot/internal/metrics"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/probe"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/redact"
	"github.com/morbotlabs/morbot/internal/report"
	"github.com/morbotlabs/morbot/internal/serving"
	"github.com/morbotlabs/morbot/internal/sessionindex"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// bot is a wired morbot: chain client, store, approval engine and command handler.
type bot struct {
	log     *slog.Logger
	client  *chain.Client
	db      *store.DB
	engine  *approval.Engine         // proposals: policy, votes, expiry
	exec    *executor.Executor       // signs and sends approved plans (the leader's)
	adopted *approval.PolicyAdoption // what start-up did to the team's policy, posted once the chats are up
	domain  *wiring.Core
	handler *commands.Handler
	fanout  *approval.Fanout
	posts   *chat.Fanout
	reports *report.Reporter
	alerts  *alerts.Alerter
	metrics *metrics.Metrics
	rpcs    *chain.Failover
	lease   *store.Lease
	watcher *discovery.Watcher  // the network's view (nil: off)
	watch   *chainwatch.Watcher // the chain, block by block (started by the leader)
	stops   []func()            // background work to stop and wait for before anything closes (schedules, checks)
	onLead  []func() error      // what starts only once this replica leads (the Discord gateway)
	prober  *probe.Prober       // the probe (nil: no probe section)
	cleanup []func()
}

// warnMissingRights reads, in operator mode, which rights the operator key holds from the provider,
// and warns about the missing ones: commands that need them will be refused (nothing is refused at
// start, since a grant may be on its way).
func (b *bot) warnMissingRights(ctx context.Context, cfg *config.Config) {
	provider, err := chain.ParseAddress(cfg.Provider.Address)
	signer := b.engine.SignerAddress()
	if err != nil || signer == provider {
		return
	}
	r, err := b.client.Rights(ctx, signer, provider)
	if err != nil {
		b.log.Warn("operator mode: the operator key's rights could not be read", "err", err)
		return
	}
	if missing := r.Lacking(); len(missing) > 0 {
		b.log.Warn("operator mode: the operator key lacks rights from the provider; commands that need them are refused until the provider wallet grants them (/mor delegation lists the transactions)",
			"operator", signer.Hex(), "provider", provider.Hex(), "missing", strings.Join(missing, ", "))
	}
}

func (b *bot) close() {
	for i := len(b.stops) - 1; i >= 0; i-- {
		b.stops[i]()
	}
	b.stops = nil
	if b.exec != nil {
		b.exec.Close()
	}
	if b.lease != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		if err := b.lease.Release(ctx); err != nil {
			b.log.Warn("release the executor lease", "err", err)
		}
		cancel()
	}
	if b.db != nil {
		_ = b.db.Close()
	}
	for i := len(b.cleanup) - 1; i >= 0; i-- {
		b.cleanup[i]()
	}
}

type consoleFlags struct {
	script      *string
	failOnError *bool
}

func addConsoleFlags(fs *flag.FlagSet) consoleFlags {
	return consoleFlags{
		script:      fs.String("script", "", "read console lines from this file instead of standard input; wait for executions between lines"),
		failOnError: fs.Bool("fail-on-error", false, "with --script: exit 1 at the first error reply"),
	}
}

// startDiscovery reads the network's view every discovery.interval until ctx ends (every replica
// reads it: each serves chat).
func (b *bot) startDiscovery(ctx context.Context) {
	if b.watcher == nil {
		return
	}
	done := make(chan struct{})
	go func() { defer close(done); b.watcher.Run(ctx) }()
	b.stops = append(b.stops, func() { <-done })
}

// newWatcher builds the network view's watcher from the configuration (nil when it is off).
func newWatcher(cfg *config.Config, db *store.DB, provider common.Address, log *slog.Logger) (*discovery.Watcher, *position.Discovery, error) {
	u := cfg.DiscoveryURL()
	if u == "" {
		return nil, nil, nil
	}
	f, err := discovery.NewFeed(u)
	if err != nil {
		return nil, nil, fmt.Errorf("discovery.url: %w", err)
	}
	f.RedirectHosts = cfg.Discovery.RedirectHosts
	w := &discovery.Watcher{Feed: f, Interval: cfg.Discovery.Interval.Or(discovery.DefaultInterval), Provider: provider, Seen: db, Log: log}
	return w, &position.Discovery{Watcher: w, Grace: cfg.Discovery.Grace.Or(discovery.DefaultGrace)}, nil
}

// startSweeper closes expired proposals every minute until ctx ends (on the leader).
func (b *bot) startSweeper(ctx context.Context) {
	go func() {
		t := time.NewTicker(time.Minute)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if !b.exec.Leader() {
					continue
				}
				if _, err := b.engine.Sweep(ctx); err != nil {
					b.log.Error("sweep expired proposals", "err", err)
				}
			}
		}
	}()
}

// serveConsole runs the console until its input ends.
func (b *bot) serveConsole(ctx context.Context, a *app, cf consoleFlags, user string) int {
	in := a.stdin
	if *cf.script != "" {
		f, err := os.Open(*cf.script)
		if err != nil {
			fmt.Fprintf(a.stderr, "morbot: script: %v\n", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	con := console.New(console.Options{Handler: b.handler, Idle: b.exec.Idle, In: in, Out: a.stdout, User: user,
		Script: *cf.script != "", FailOnError: *cf.failOnError})
	b.fanout.Add(con.Notifier(b.handler.Render, b.handler.EventLine))
	b.posts.Add(con)
	b.sayAdopted(ctx)

	err := con.Run(ctx)
	if *cf.script != "" {
		ictx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		_ = b.exec.Idle(ictx)
		cancel()
	}
	switch {
	case errors.Is(err, console.ErrScriptFailed):
		fmt.Fprintln(a.stderr, "morbot: stopped at the first error reply (--fail-on-error)")
		return 1
	case err != nil:
		fmt.Fprintf(a.stderr, "morbot: %v\n", err)
		return 1
	}
	return 0
}

// cmdRun runs morbot against a real network from a configuration file.
func cmdRun(ctx context.Context, a *app, args []string) (code int) {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	path := fs.String("config", "", "configuration file (YAML)")
	withConsole := fs.Bool("console", false, "run the console adapter (identities from approval.approvers.console)")
	as := fs.String("as", "", "console identity to start as (default: console.user or the first console approver)")
	standby := fs.Bool("standby", false, "when another morbot holds this store's executor lease, run as a hot standby (reads only) and take over when it stops")
	adopt := fs.Bool("adopt-policy", false, "make this configuration's approval policy the team's for every replica sharing the store (audited and posted); without it, a replica whose policy differs refuses to start")
	cf := addConsoleFlags(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *path == "" || fs.NArg() > 0 {
		fmt.Fprintln(a.stderr, "usage: morbot run --config FILE [--standby] [--adopt-policy] [--console [--as USER]] [--script FILE] [--fail-on-error]")
		return 2
	}
	cfg, err := config.Load(*path)
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot: %v\n", err)
		return 1
	}
	if !*withConsole && cfg.Discord == nil && cfg.Slack == nil {
		fmt.Fprintln(a.stderr, "morbot: nothing to run: configure discord or slack, or pass --console")
		return 1
	}
	user := ""
	if *withConsole {
		if user = consoleUser(cfg, *as); user == "" {
			fmt.Fprintln(a.stderr, "morbot: --console needs an identity: list console users in approval.approvers.console or pass --as")
			return 1
		}
	}
	b, err := buildRun(ctx, a, cfg, *standby, *adopt)
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot: %v\n", err)
		return 1
	}
	defer b.close()
	ctx, cancelRun := context.WithCancelCause(ctx)
	defer cancelRun(nil)
	b.log.Info("morbot running", "network", cfg.ChainNetwork().Name, "chain_id", cfg.ChainNetwork().ChainID, "signer", b.engine.SignerAddress().Hex(), "leader", b.exec.Leader())
	b.warnMissingRights(ctx, cfg)
	sctx, stopSweeper := context.WithCancel(ctx)
	defer stopSweeper()
	b.startSweeper(sctx)
	b.startDiscovery(sctx)
	defer func() {
		if cause := context.Cause(ctx); errors.Is(cause, store.ErrLeaseLost) {
			fmt.Fprintf(a.stderr, "morbot: %v; stopped so that only one morbot executes (start it again to run as a replica)\n", cause)
			code = 1
		}
	}()
	var (
		readiness []metrics.Check
		closers   []func()
	)
	defer func() {
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i]()
		}
	}()
	start := func(name string, ad platform, err error) bool {
		if err == nil {
			var check metrics.Check
			if check, err = b.startPlatform(ctx, name, ad); err == nil {
				closers = append(closers, ad.Close)
				readiness = append(readiness, check)
				return true
			}
		}
		fmt.Fprintf(a.stderr, "morbot: %v\n", err)
		return false
	}
	if cfg.Discord != nil {
		ad, err := discordAdapter(cfg.Discord, b.handler, b.engine, b.client.Network(), b.log, func(up bool) { b.metrics.Platform("discord", up) }, b.db)
		switch {
		case err == nil && cfg.Discord.Mode != "http" && !b.exec.Leader():
			// One gateway connection per bot: only the leader holds it; a replica connects when it takes over.
			b.fanout.Add(ad)
			b.posts.Add(ad)
			closers = append(closers, ad.Close)
			readiness = append(readiness, metrics.Check{Name: "discord", Fn: func(context.Context) error {
				if b.exec.Leader() && !ad.Connected() {
					return errors.New("not connected")
				}
				return nil
			}})
			b.onLead = append(b.onLead, func() error { return ad.Start(ctx) })
		case !start("discord", ad, err):
			return 1
		}
	}
	if cfg.Slack != nil {
		var groups []string
		if s := cfg.Approval.Approvers.Slack; s != nil {
			groups = append(groups, s.Groups...)
		}
		if p := cfg.Approval.Proposers; p != nil && p.Slack != nil {
			groups = append(groups, p.Slack.Groups...)
		}
		ad, err := slackAdapter(cfg.Slack, groups, b.handler, b.engine, b.client.Network(), b.log, func(up bool) { b.metrics.Platform("slack", up) }, b.db)
		if !start("slack", ad, err) {
			return 1
		}
	}
	if !*withConsole {
		b.sayAdopted(ctx) // the console says it once it is up
	}
	go b.engine.Follow(ctx, followEvery) // what other replicas record reaches this one's chats
	lead := func() error {
		return b.lead(ctx, cfg, cancelRun)
	}
	if b.exec.Leader() {
		if err := lead(); err != nil {
			fmt.Fprintf(a.stderr, "morbot: %v\n", err)
			return 1
		}
	} else {
		info, _, _ := b.lease.Info(ctx)
		fmt.Fprintf(a.stderr, "morbot: replica: %s holds this store's executor lease; this one serves chat (reads, proposals, votes) and executes nothing until it takes over when that one stops\n", info.Holder)
		go b.awaitLease(ctx, lead)
	}
	if cfg.Metrics.Listen != "" {
		if err := b.serveMetrics(cfg.Metrics.Listen, readiness); err != nil {
			fmt.Fprintf(a.stderr, "morbot: %v\n", err)
			return 1
		}
	}
	if !*withConsole {
		<-ctx.Done()
		return 0
	}
	return b.serveConsole(ctx, a, cf, user)
}

// lead makes this process the executor: the lease is kept alive (losing it ends the run), plans a
// previous holder left are recovered, approved plans (from any replica) are started, transactions in
// flight are reconciled continuously, the report and alert schedules start, and what only the leader
// runs (the Discord gateway) is started.
func (b *bot) lead(ctx context.Context, cfg *config.Config, stop context.CancelCauseFunc) error {
	b.exec.SetLeader(true)
	b.keepLease(ctx, stop)
	b.exec.StartRecovery()
	b.exec.StartApprovedWatch(approvedWatch)
	b.exec.StartReconciler(cfg.Network.ReconcileInterval.Or(config.DefaultReconcile))
	b.metrics.Leader(true)
	for _, f := range b.onLead {
		if err := f(); err != nil {
			return err
		}
	}
	b.onLead = nil
	b.startChainWatch(ctx)
	if err := b.schedule(cfg.Reports.StatusCron, cfg.Reports.AlertsCron, cfg.Reports.Timezone); err != nil {
		return err
	}
	return b.startProbes(ctx, cfg.Probe)
}

// approvedWatch is how often the leader looks for plans approved on another replica.
const approvedWatch = 200 * time.Millisecond

// followEvery is how often a replica reads the events the others record.
const followEvery = 500 * time.Millisecond

// keepLease renews the lease until ctx ends. When a renewal finds it taken, or the database stops
// answering until the lease's deadline (the executor stops signing then), this replica stops
// executing and waits for the database: when it answers and nobody else took the lease, it takes the
// lease back and finishes what it was executing, without a restart; when another replica leads, it
// says so and this process ends (start it again to rejoin as a replica). Either way one message says
// what happened.
func (b *bot) keepLease(ctx context.Context, stop context.CancelCauseFunc) {
	go b.lease.Keep(ctx, func(err error) {
		b.exec.SetLeader(false)
		at := time.Now()
		b.log.Error("the executor lease lapsed or was lost; this replica stopped signing", "err", err)
		if b.retake(ctx, at, err) {
			b.exec.SetLeader(true)
			b.keepLease(ctx, stop)
			b.exec.StartRecovery()
			return
		}
		stop(err)
	})
}

// retake waits for the database and tries to take the lease back; true when it did. It posts the one
// message that says what happened.
func (b *bot) retake(ctx context.Context, at time.Time, cause error) bool {
	for ctx.Err() == nil {
		pctx, cancel := context.WithTimeout(ctx, 3*time.Second)
		err := b.db.PingContext(pctx)
		cancel()
		if err == nil {
			break
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(time.Second):
		}
	}
	if ctx.Err() != nil {
		return false
	}
	what := "could not renew its executor lease before its deadline, because the database did not answer"
	if !errors.Is(cause, store.ErrLeaseUnrenewed) {
		what = "found at a renewal that its executor lease was no longer its own: the database answered, but its session had been ended or another replica had taken the lease"
	}
	err := b.lease.TryAcquire(ctx)
	var held *store.HeldError
	msg := chat.Message{Severity: chat.Warning, Title: "A morbot replica stopped executing"}
	switch {
	case err == nil:
		msg.Text = fmt.Sprintf("%s stopped signing and broadcasting at %s: it %s. The database answered again and no other replica had taken over, so at %s it took the lease back and goes on with what it was executing; nothing was sent twice.",
			b.lease.Holder(), at.UTC().Format(time.RFC3339), what, time.Now().UTC().Format(time.RFC3339))
	case errors.As(err, &held):
		msg.Text = fmt.Sprintf("%s stopped signing and broadcasting at %s: it %s. %s leads now (epoch %d) and finishes what is approved. This process exits; restart it to rejoin as a replica.",
			b.lease.Holder(), at.UTC().Format(time.RFC3339), what, held.Info.Holder, held.Info.Epoch)
	default:
		msg.Text = fmt.Sprintf("%s stopped signing and broadcasting at %s: it %s, and taking the lease back failed (%v). No replica holds the lease now: start one (or restart this one) to finish what is approved. This process exits.",
			b.lease.Holder(), at.UTC().Format(time.RFC3339), what, redact.Error(err))
	}
	if perr := b.posts.Post(ctx, chat.ChannelAlerts, msg); perr != nil {
		b.log.Error("post the lapsed lease", "err", perr)
	}
	return err == nil
}

// sayAdopted tells the team, once the chats are up, that this start made its policy the team's.
func (b *bot) sayAdopted(ctx context.Context) {
	if b.adopted == nil || !b.adopted.Adopted {
		return
	}
	msg := chat.Message{Severity: chat.Warning, Title: "The team's approval policy changed",
		Text: fmt.Sprintf("%s started with --adopt-policy: its configured approval policy is now the team's for every replica (it replaces %s). What changed:\n%s\nApproved plans are checked against it before they are signed.",
			b.lease.Holder(), b.adopted.From, strings.Join(b.adopted.Diff, "\n"))}
	if err := b.posts.Post(ctx, chat.ChannelAlerts, msg); err != nil {
		b.log.Error("post the adopted policy", "err", err)
	}
}

// wireCore builds the domain core (the proposal engine, the plans and the executor on them) and
// keeps its engine and executor at hand.
func (b *bot) wireCore(o wiring.Options) {
	o.Chain, o.Store, o.Notifier, o.Logger = b.client, b.db, b.fanout, b.log
	b.domain = wiring.New(o)
	b.engine, b.exec = b.domain.Engine, b.domain.Exec
}

// awaitLease tries to take the executor lease every tenth of its TTL (at least 100 ms) and leads once
// it has it: a take-over comes at most that long after the lease expires.
func (b *bot) awaitLease(ctx context.Context, lead func() error) {
	t := time.NewTicker(max(b.lease.TTL()/10, 100*time.Millisecond))
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		err := b.lease.TryAcquire(ctx)
		var held *store.HeldError
		if errors.As(err, &held) {
			continue
		}
		if err != nil {
			b.log.Warn("standby: lease check failed", "err", err)
			continue
		}
		b.log.Warn("standby: took over the executor lease", "holder", b.lease.Holder())
		if err := lead(); err != nil {
			b.log.Error("standby: start leading", "err", err)
		}
		return
	}
}

// platform is what morbot run needs from a chat adapter.
type platform interface {
	approval.Notifier
	chat.Poster
	Start(ctx context.Context) error
	Close()
	Connected() bool
}

// startPlatform registers an adapter for proposal updates, reports and alerts, starts it, and returns
// its readiness check.
func (b *bot) startPlatform(ctx context.Context, name string, ad platform) (metrics.Check, error) {
	b.fanout.Add(ad)
	b.posts.Add(ad)
	if err := ad.Start(ctx); err != nil {
		return metrics.Check{}, err
	}
	return connectedCheck(name, ad.Connected), nil
}

func connectedCheck(name string, up func() bool) metrics.Check {
	return metrics.Check{Name: name, Fn: func(context.Context) error {
		if !up() {
			return errors.New("not connected")
		}
		return nil
	}}
}

// serveMetrics serves /metrics, /healthz and /readyz (RPC with the right chain ID, store writable,
// platforms connected).
func (b *bot) serveMetrics(addr string, platforms []metrics.Check) error {
	checks := []metrics.Check{{Name: "store", Fn: b.db.Ping}, {Name: "replica", Info: func(ctx context.Context) string {
		line, err := b.replicaLine(ctx)
		if err != nil {
			return "unknown: " + b.db.Scrub(err).Error()
		}
		return line
	}}, {Name: "chain-watch", Info: b.watchLine}}
	for _, ep := range b.rpcs.Endpoints() {
		checks = append(checks, metrics.ChainIDCheck(ep, b.client.Network()))
	}
	checks = append(checks, platforms...)
	srv, err := botkit.Listen(addr, b.metrics.Handler(checks), b.log, "metrics")
	if err != nil {
		return err
	}
	b.cleanup = append(b.cleanup, func() { _ = srv.Close() })
	return nil
}

// consoleUser picks the console identity: --as, then console.user, then the first console approver.
func consoleUser(cfg *config.Config, as string) string {
	if as != "" {
		return as
	}
	if cfg.Console != nil && cfg.Console.User != "" {
		return cfg.Console.User
	}
	if c := cfg.Approval.Approvers.Console; c != nil && len(c.Users) > 0 {
		return c.Users[0]
	}
	return ""
}

func buildRun(ctx context.Context, a *app, cfg *config.Config, standby, adopt bool) (*bot, error) {
	b := &bot{log: logging.New(a.stderr, cfg.Log.Level, cfg.Log.Format), fanout: &approval.Fanout{}, posts: &chat.Fanout{}, metrics: metrics.New()}
	b.fanout.Add(b.metrics)
	fail := func(err error) (*bot, error) { b.close(); return nil, err }
	n := cfg.ChainNetwork()
	timeout := cfg.Network.RPCTimeout.Or(config.DefaultRPCTimeout)
	rpcs, err := chain.Dial(ctx, cfg.RPCEndpoints(), timeout, b.log)
	if err != nil {
		return fail(err)
	}
	b.cleanup = append(b.cleanup, rpcs.Close)
	rpcs.Wrap(b.metrics.InstrumentRPC)
	b.rpcs = rpcs
	for _, ep := range rpcs.Endpoints() {
		if err := chain.Verify(ctx, ep, n, timeout); err != nil {
			return fail(err)
		}
	}
	opts := chain.Options{Confirmations: cfg.Network.Confirmations, ReceiptTimeout: cfg.Network.ReceiptTimeout.Or(config.DefaultReceiptTimeout),
		GasHeadroomPercent: cfg.Network.GasHeadroomPercent, Logger: b.log}
	if d := cfg.Network.MaxFeePerGasGwei; d.Set() {
		if opts.MaxFeePerGas, err = chain.ParseUnits(d.Raw, 9); err != nil {
			return fail(err)
		}
	}
	if d := cfg.Network.MaxPriorityFeePerGasGwei; d.Set() {
		if opts.MaxPriorityFeePerGas, err = chain.ParseUnits(d.Raw, 9); err != nil {
			return fail(err)
		}
	}
	ttl := cfg.Store.LeaseTTL.Or(config.DefaultLeaseTTL)
	if b.db, err = openStore(ctx, cfg, a.getenv, ttl); err != nil {
		return fail(err)
	}
	opts.SessionIndex = sessionindex.New(b.db)
	b.client = chain.NewClient(rpcs, n, opts)
	ks, err := keys.Open(keys.FromConfig(cfg.Signer))
	if err != nil {
		return fail(err)
	}
	signer, err := ks.Signer(cfg.Signer.Key)
	if err != nil {
		return fail(err)
	}
	path := b.db.Path()
	// One writer per store: the lease holder executes; another process refuses, or joins as a replica.
	holder := store.NewHolderID()
	b.lease = b.db.NewLease("executor", holder, ttl, nil)
	leader := true
	if err := b.lease.TryAcquire(ctx); err != nil {
		var held *store.HeldError
		if !errors.As(err, &held) {
			return fail(err)
		}
		if !standby {
			return fail(fmt.Errorf("%w (store %s); stop that morbot first, or start this one as a replica with --standby", err, path))
		}
		leader = false
	}
	policy, err := approval.PolicyFromConfig(cfg.Approval)
	if err != nil {
		return fail(err)
	}
	provider, err := chain.ParseAddress(cfg.Provider.Address)
	if err != nil {
		return fail(err)
	}
	var (
		proxy  *wiring.Proxy
		runner executor.Runner
	)
	if pr := cfg.ProxyRouter; pr != nil {
		proxy = &wiring.Proxy{ModelsConfig: pr.ConfigPath(), RestartCommand: pr.RestartCommand, DefaultAPIType: pr.DefaultAPIType, DefaultAPIURL: pr.DefaultAPIURL,
			APIKeyEnvs: pr.APIKeyEnvs, ProbeBackends: pr.ProbeBackends, DefaultTEEAPIURL: pr.DefaultTEEAPIURL, AttestationStaleAfter: pr.AttestationStaleAfter.Or(serving.DefaultStaleAfter)}
		if pr.APIURL != "" {
			if proxy.Client, err = proxyrouter.NewClient(pr.APIURL, pr.CookieFile); err != nil {
				return fail(err)
			}
		}
		runner = &proxyrouter.Runner{ModelsConfig: pr.ConfigPath(), RestartCommand: pr.RestartCommand, APIKeyEnvs: pr.APIKeyEnvs, RestartEnv: pr.RestartEnv, OnRestart: b.plannedRestart,
			RestartTimeout: pr.RestartTimeout.Or(config.DefaultRestartTimeout), Client: proxy.Client, Output: pr.RestartOutputPath(), Logger: b.log}
	}
	var disc *position.Discovery
	if b.watcher, disc, err = newWatcher(cfg, b.db, provider, b.log); err != nil {
		return fail(err)
	}
	var served []string
	if cfg.Discord != nil {
		served = append(served, "discord")
	}
	if cfg.Slack != nil {
		served = append(served, "slack")
	}
	b.wireCore(wiring.Options{Signer: signer, Policy: policy, Origin: holder, Served: served, Provider: provider, Proxy: proxy, Discovery: disc, Replica: b.replicaLine, Probing: cfg.Probe != nil,
		Pipelined: cfg.Network.Execution != "sequential",
		Exec:      executor.Options{Runner: runner, ReceiptTimeout: cfg.Network.ReceiptTimeout.Or(config.DefaultReceiptTimeout), Lease: b.lease, Standby: !leader}})
	adoption, err := b.engine.SyncPolicy(ctx, adopt, holder)
	if err != nil {
		return fail(err)
	}
	b.adopted = &adoption
	ro := report.Options{Domain: b.domain, Chain: b.client, Store: b.db, Poster: b.posts, Logger: b.log, ClaimCron: cfg.Reports.ClaimCron, ChartCron: cfg.Reports.ChartCron}
	ao := alerts.Options{Domain: b.domain, OnAlert: b.metrics.Alert, Chain: b.client, Store: b.db, Poster: b.posts,
		RepeatInterval: cfg.Reports.RepeatInterval.Or(config.DefaultRepeatInterval), EarningsCapPercent: cfg.Reports.Thresholds.EarningsCapPercent,
		Confirmations: cfg.Network.Confirmations, StuckTxBlocks: cfg.Reports.Thresholds.StuckTxBlocks, Logger: b.log,
		NetworkHold: cfg.Discovery.HoldOr(discovery.DefaultInterval), RankBelow: cfg.Alerts.RankBelow, ProbeFailures: probeFailures(cfg.Probe)}
	if b.prober, err = newProber(b, cfg.Probe, provider); err != nil {
		return fail(err)
	}
	if d := cfg.Reports.Thresholds.MinETH; d.Set() {
		if ao.MinETH, err = chain.ParseETH(d.Raw); err != nil {
			return fail(err)
		}
	}
	if d := cfg.Reports.Thresholds.MinClaim; d.Set() {
		if ro.MinClaim, err = chain.ParseMOR(d.Raw); err != nil {
			return fail(err)
		}
		ao.MinClaim = ro.MinClaim
	}
	ao.Watched, ao.Sessions = true, b.client
	b.wireUses(ro, ao, nil, b.metrics.Command)
	b.watch = newChainWatch(b, cfg.WSEndpoints(), cfg.Network.PollInterval.Or(config.DefaultPollInterval), cfg.Network.Confirmations, provider != signer.Address())
	return b, nil
}

// newChainWatch follows the chain for the alerter: new heads from the WebSocket endpoints when any
// is up, the block number every poll otherwise; with an operator key, the provider's grants too.
func newChainWatch(b *bot, ws []string, poll time.Duration, conf uint64, operator bool) *chainwatch.Watcher {
	for _, u := range ws {
		redact.AddURLSecrets(u) // a key in the URL never reaches a log line or chat
	}
	var heads *chainwatch.Heads
	if len(ws) > 0 {
		heads = &chainwatch.Heads{URLs: ws, Log: b.log}
	}
	var (
		regMu    sync.Mutex
		registry common.Address
	)
	filters := func() []chain.LogFilter {
		regMu.Lock()
		defer regMu.Unlock()
		if operator && registry == (common.Address{}) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			if r, err := b.client.Rights(ctx, b.engine.SignerAddress(), b.domain.Provider); err == nil {
				registry = r.Registry
			}
			cancel()
		}
		return b.alerts.WatchFilters(registry)
	}
	o := chainwatch.Options{Chain: b.client, Store: b.db, Filters: filters, Handle: b.alerts.HandleLogs, Heads: heads, Poll: poll, Confirmations: conf, Logger: b.log}
	if b.metrics != nil {
		o.OnRound = func(st chainwatch.Status) { b.metrics.Watch(st.Mode, st.Lag()) }
	}
	return chainwatch.New(o)
}

// watchLine says how the chain watch follows the chain, for /readyz.
func (b *bot) watchLine(context.Context) string {
	if b.watch == nil || !b.exec.Leader() {
		return "not here: the leader follows the chain"
	}
	st := b.watch.Status()
	how := "polling the block number"
	if st.Mode == chainwatch.ModeSubscribed {
		how = "subscribed to new heads over a WebSocket"
	}
	line := fmt.Sprintf("%s; %d block(s) behind the head (head %d, handled %d)", how, st.Lag(), st.Head, st.Processed)
	if st.Err != "" {
		line += "; last round failed: " + redact.Scrub(st.Err)
	}
	return line
}

// startChainWatch runs the chain watch until ctx ends (the leader's).
func (b *bot) startChainWatch(ctx context.Context) {
	if b.watch == nil {
		return
	}
	done := make(chan struct{})
	go func() { defer close(done); b.watch.Run(ctx) }()
	b.stops = append(b.stops, func() { <-done })
}

// wireUses builds the fronts' uses on the domain core: the report, the alerts (handing each position
// they read to the report's earnings history) and the chat commands on top of both.
func (b *bot) wireUses(ro report.Options, ao alerts.Options, extra []*commands.Spec, observe func(string, string)) {
	b.reports = report.New(ro)
	ao.OnPosition = b.reports.RecordEarnings
	b.alerts = alerts.New(ao)
	co := commands.Options{Domain: b.domain, Logger: b.log, Extra: extra, Report: b.reports, Alerts: b.alerts, Observe: observe}
	if b.prober != nil {
		co.Probe = b.prober
	}
	b.handler = commands.New(co)
}

// schedule starts the report and alert schedules.
func (b *bot) schedule(status, alerts, tz string) error {
	loc := time.UTC
	if tz != "" {
		l, err := time.LoadLocation(tz)
		if err != nil {
			return fmt.Errorf("reports.timezone: %w", err)
		}
		loc = l
	}
	c, err := b.reports.Schedule(status, alerts, loc, b.alerts.Check)
	if err != nil {
		return err
	}
	b.stops = append(b.stops, func() { <-c.Stop().Done() })
	if alerts != "" {
		// A first check now sets the baseline (checkpoint, minimums), so later changes are announced as changes.
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		done := make(chan struct{})
		go func() {
			defer close(done)
			if err := b.alerts.Check(ctx); err != nil && !errors.Is(ctx.Err(), context.Canceled) {
				b.log.Warn("first alert check", "err", err)
			}
		}()
		b.stops = append(b.stops, func() { cancel(); <-done })
	}
	return nil
}

// openStore opens the configured store: the SQLite file, or the PostgreSQL database whose DSN is in
// the environment variable store.dsn_env (never in the configuration, a flag or an error).
func openStore(ctx context.Context, cfg *config.Config, getenv func(string) string, ttl time.Duration) (*store.DB, error) {
	if cfg.Store.Driver != store.Postgres {
		path := cfg.Store.Path
		if path == "" {
			path = config.DefaultStorePath
		}
		return store.Open(ctx, path)
	}
	dsn := getenv(cfg.Store.DSNEnv)
	if dsn == "" {
		return nil, fmt.Errorf("store.dsn_env: environment variable %s is not set (it holds the PostgreSQL DSN)", cfg.Store.DSNEnv)
	}
	return store.OpenPostgres(ctx, dsn, store.PostgresOptions{IdleInTx: ttl / 3, LockTimeout: ttl / 5})
}

// replicaLine says which replica this is, which one leads, the lease's epoch and its age.
func (b *bot) replicaLine(ctx context.Context) (string, error) {
	st, ok, err := b.lease.Status(ctx)
	if err != nil {
		return "", err
	}
	if !ok {
		return fmt.Sprintf("this replica is %s; no replica holds the executor lease yet", b.lease.Holder()), nil
	}
	age := st.Age().Round(time.Millisecond)
	switch {
	case st.Mine:
		return fmt.Sprintf("this replica (%s) leads: epoch %d, lease renewed %s ago", st.Holder, st.Epoch, age), nil
	case st.Live():
		return fmt.Sprintf("this replica is %s; %s leads: epoch %d, lease renewed %s ago", b.lease.Holder(), st.Holder, st.Epoch, age), nil
	}
	return fmt.Sprintf("this replica is %s; the lease of %s (epoch %d) expired %s ago, and a replica takes it over within a tenth of its TTL",
		b.lease.Holder(), st.Holder, st.Epoch, st.Now.Sub(st.Expires).Round(time.Millisecond)), nil
}

// plannedRestart records that morbot restarts the proxy-router itself (model serve), so the uptime
// reset it causes is not counted toward a restart loop.
func (b *bot) plannedRestart(at time.Time) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := b.db.RecordPlannedRestart(ctx, at); err != nil {
		b.log.Warn("record a planned proxy-router restart", "err", err)
	}
}
