// Package position is the read model: the team's position at one block, assembled once and read by
// every front. /mor status, the scheduled report, the alert rules and the chart all read the same
// Position: the chain snapshot (minimums, provider, models, bids, balances, allowance, rights), the
// provider's pay, the open proposals, the team's models by name and the serving health joined from
// the proxy-router. It holds no chat text and knows no platform.
package position

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/discovery"
	"github.com/morbotlabs/morbot/internal/outside"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/serving"
	"github.com/morbotlabs/morbot/internal/store"
)

// Chain is what the read model reads (*chain.Client implements it).
type Chain interface {
	Network() chain.Network
	SnapshotFor(ctx context.Context, provider, signer common.Address, models ...common.Hash) (*chain.Snapshot, error)
	Earnings(ctx context.Context, provider common.Address) (*chain.Earnings, error)
	Model(ctx context.Context, id common.Hash) (chain.Model, error)
}

// Node is the proxy-router integration the read model checks (nil: not configured).
type Node struct {
	Client       *proxyrouter.Client // its API (nil: not configured, so serving health is not read)
	ModelsConfig string              // models-config.json ("" when morbot does not manage it)
	Probe        bool                // probe each backend (proxy_router.probe_backends)
	StaleAfter   time.Duration       // a passing TEE attestation counts this long (0: 1h)
	HTTP         *http.Client        // sends the backend probes (nil: the default)
}

// Discovery is the network's view the read model judges the team's bids by (nil: off).
type Discovery struct {
	Watcher *discovery.Watcher
	Grace   time.Duration
}

// Options wire a Reader.
type Options struct {
	Chain     Chain
	Store     *store.DB
	Engine    *approval.Engine
	Provider  common.Address // the provider wallet the team operates
	Signer    common.Address // the key morbot signs with (the provider, or an operator)
	Node      *Node
	Discovery *Discovery
	Logger    *slog.Logger
	// Replica says which replica this is and which one leads (nil: a single process).
	Replica func(ctx context.Context) (string, error)
	// Probing says the probe is configured: /mor verify then checks each bid's last probe.
	Probing bool
}

// Reader reads the team's position.
type Reader struct {
	o   Options
	log *slog.Logger

	probeMu      sync.Mutex
	lastProbe    time.Time // the last endpoint reachability check (rate-limited)
	lastEndpoint string    // the endpoint it pinged
	lastReach    reach     // and what answered
}

// New builds a reader.
func New(o Options) *Reader {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return &Reader{o: o, log: o.Logger}
}

// Provider is the provider wallet the team operates.
func (r *Reader) Provider() common.Address { return r.o.Provider }

// Signer is the key morbot signs with.
func (r *Reader) Signer() common.Address { return r.o.Signer }

// Network is the chain's network.
func (r *Reader) Network() chain.Network { return r.o.Chain.Network() }

// Node is the proxy-router integration (nil when not configured).
func (r *Reader) Node() *Node { return r.o.Node }

// Position is everything one read found, at one block.
type Position struct {
	At       time.Time // when it was read (proxy-router restarts are told from uptimes across reads)
	Provider common.Address
	Snapshot *chain.Snapshot
	Earnings *Earnings            // nil when the provider does not exist
	Pending  []*approval.Proposal // open proposals, newest first
	Models   []store.TeamModel    // the team's models by name
	Serving  []serving.Model      // nil without a proxy-router API, or when it could not be read
	Node     *serving.Node        // nil without a proxy-router API, or when it could not be read
	// Network is the network's view of the team's bids (nil when discovery is off).
	Network *discovery.Judgement
	// Reach is the provider endpoint's reachability from morbot's host ("" when not checked: no
	// proxy-router configured, or no active provider).
	Reach string
	// Replica says which replica read this and which one leads ("" for a single process).
	Replica string
	// Probes are the last probe of each of our bids, by bid ID (empty when none ran).
	Probes map[common.Hash]store.ProbeRun
}

// ModelName is the team's name for a model, else its on-chain name.
func (p *Position) ModelName(id common.Hash, onchain string) string {
	return ModelNameIn(p.Models, id, onchain)
}

// ModelNameIn is the team's name for a model among its models, else its on-chain name.
func ModelNameIn(ms []store.TeamModel, id common.Hash, onchain string) string {
	for _, m := range ms {
		if m.ID == id {
			return m.Name
		}
	}
	return onchain
}

// OpenStates are the proposal states that are not settled.
var OpenStates = []approval.State{approval.Pending, approval.Approved, approval.Submitting, approval.Submitted, approval.Unknown}

// Read assembles the position: one batched snapshot with the sessions, the open proposals, the
// team's models, the endpoint's reachability and the serving health. now is the read's time.
func (r *Reader) Read(ctx context.Context, now time.Time) (*Position, error) {
	ms, err := r.Models(ctx)
	if err != nil {
		return nil, err
	}
	s, err := r.snapshot(ctx, ms)
	if err != nil {
		return nil, err
	}
	pending, err := r.o.Engine.List(ctx, 50, OpenStates...)
	if err != nil {
		return nil, err
	}
	pos := &Position{At: now, Provider: r.o.Provider, Snapshot: s, Pending: pending, Models: ms}
	if s.Provider.Exists() && s.Earnings != nil {
		pos.Earnings = Summarize(s.Earnings)
	}
	if s.Provider.Active() && r.o.Node != nil {
		pos.Reach = r.Reachability(ctx, s.Provider.Endpoint)
	}
	if r.o.Replica != nil {
		if pos.Replica, err = r.o.Replica(ctx); err != nil {
			pos.Replica = "unknown: the lease could not be read"
		}
	}
	if pos.Network, err = r.network(ctx, s, ms, now); err != nil {
		return nil, err
	}
	if pos.Probes, err = r.Probes(ctx); err != nil {
		return nil, err
	}
	if models, n, err := r.serving(ctx, s, ms, now); err != nil {
		if ctx.Err() == nil { // not a shutdown
			r.log.Warn("position: serving health unreadable", "err", err)
		}
	} else if n != nil {
		serving.JoinNetwork(models, pos.Network)
		pos.Serving, pos.Node = models, n
	}
	return pos, nil
}

// Probes are the last probe of each bid, by bid ID.
func (r *Reader) Probes(ctx context.Context) (map[common.Hash]store.ProbeRun, error) {
	rs, err := r.o.Store.LatestProbes(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[common.Hash]store.ProbeRun, len(rs))
	for _, p := range rs {
		out[common.HexToHash(p.Bid)] = p
	}
	return out, nil
}

// Discovery is the network's view (nil when off).
func (r *Reader) Discovery() *Discovery { return r.o.Discovery }

// NetworkView judges the team's active bids in a snapshot against the network's view (nil when
// discovery is off). now is the read's time.
func (r *Reader) NetworkView(ctx context.Context, s *chain.Snapshot, now time.Time) (*discovery.Judgement, error) {
	ms, err := r.Models(ctx)
	if err != nil {
		return nil, err
	}
	return r.network(ctx, s, ms, now)
}

func (r *Reader) network(ctx context.Context, s *chain.Snapshot, ms []store.TeamModel, now time.Time) (*discovery.Judgement, error) {
	d := r.o.Discovery
	if d == nil || d.Watcher == nil {
		return nil, nil
	}
	seen, err := r.o.Store.DiscoverySeen(ctx)
	if err != nil {
		return nil, err
	}
	names := map[common.Hash]string{}
	for id, m := range s.Models {
		names[id] = m.Name
	}
	for _, m := range ms {
		names[m.ID] = m.Name
	}
	return discovery.Judge(discovery.Input{View: d.Watcher.View(), Bids: s.ActiveBids, ChainNow: s.Time, Grace: d.Grace,
		Endpoint: s.Provider.Endpoint, Seen: seen, Names: names, Now: now}), nil
}

// Snapshot reads the chain side of the position at one block (the team's models included).
func (r *Reader) Snapshot(ctx context.Context) (*chain.Snapshot, error) {
	ms, err := r.Models(ctx)
	if err != nil {
		return nil, err
	}
	return r.snapshot(ctx, ms)
}

func (r *Reader) snapshot(ctx context.Context, ms []store.TeamModel) (*chain.Snapshot, error) {
	ids := make([]common.Hash, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	return r.o.Chain.SnapshotFor(ctx, r.o.Provider, r.o.Signer, ids...)
}

// Earnings reads and summarises the provider's sessions.
func (r *Reader) Earnings(ctx context.Context) (*Earnings, error) {
	e, err := r.o.Chain.Earnings(ctx, r.o.Provider)
	if err != nil {
		return nil, err
	}
	return Summarize(e), nil
}

// Serving joins a snapshot with the proxy-router for every model the team sells or serves. It returns
// nil, nil when no proxy-router API is configured. now is the check's time.
func (r *Reader) Serving(ctx context.Context, s *chain.Snapshot, now time.Time) ([]serving.Model, *serving.Node, error) {
	ms, err := r.Models(ctx)
	if err != nil {
		return nil, nil, err
	}
	out, n, err := r.serving(ctx, s, ms, now)
	if err != nil || n == nil {
		return out, n, err
	}
	j, err := r.network(ctx, s, ms, now)
	if err != nil {
		return nil, nil, err
	}
	serving.JoinNetwork(out, j)
	return out, n, nil
}

func (r *Reader) serving(ctx context.Context, s *chain.Snapshot, ms []store.TeamModel, now time.Time) ([]serving.Model, *serving.Node, error) {
	nd := r.o.Node
	if nd == nil || nd.Client == nil {
		return nil, nil, nil
	}
	ck := &serving.Checker{Client: nd.Client, ModelsConfig: nd.ModelsConfig, Probe: nd.Probe, StaleAfter: nd.StaleAfter, HTTP: nd.HTTP, Store: r.o.Store, Attest: anyTEE(s), Now: func() time.Time { return now }}
	n, err := ck.Read(ctx)
	if err != nil {
		return nil, nil, err
	}
	names := map[common.Hash]string{}
	for _, m := range ms {
		if mdl, ok := s.Models[m.ID]; ok && mdl.Active() {
			names[m.ID] = m.Name
		}
	}
	return serving.Join(names, s, n), &n, nil
}

// Reachability says whether the provider's own node answers on its endpoint: morbot sends it a MOR-RPC
// ping (reference §13), as a consumer's node does, and checks that the answer is signed by the
// provider, which proves the endpoint is our node and not something else on the port. It is the only
// target morbot contacts on a person's behalf, and at most once per ReachabilityEvery, so that it
// cannot be used to probe other hosts or ports; a check within the interval answers the last result
// for the same endpoint, with its age.
func (r *Reader) Reachability(ctx context.Context, ep string) string {
	rc := r.reach(ctx, ep)
	if !rc.known {
		return "not checked now (morbot contacts at most one endpoint every " + ReachabilityEvery.String() + ")"
	}
	out := rc.words(r.o.Provider)
	if rc.age > 0 {
		out += fmt.Sprintf(" (checked %s ago; morbot contacts it at most once every %s)", rc.age.Round(time.Second), ReachabilityEvery)
	}
	return out
}

// reach is one reachability check of an endpoint.
type reach struct {
	known bool          // false: another endpoint was checked within the interval
	age   time.Duration // 0: checked now
	pong  proxyrouter.Pong
	err   error // nil: the ping was answered (see pong.Signer)
}

// ours reports whether the provider's node answered.
func (rc reach) ours(provider common.Address) bool {
	return rc.err == nil && rc.pong.Signer == provider
}

// words says what answered, in the shape Reachability and the checklist share.
func (rc reach) words(provider common.Address) string {
	switch {
	case rc.ours(provider):
		return fmt.Sprintf("%s: the provider's node answered a MOR-RPC ping in %s (version %s, signed by the provider)",
			Reachable, rc.pong.Latency.Round(time.Millisecond), outside.Quote(rc.pong.Version))
	case rc.err == nil:
		return fmt.Sprintf("something else answers on this endpoint: its answer to the MOR-RPC ping is signed by %s, not by the provider %s",
			rc.pong.Signer.Hex(), provider.Hex())
	case errors.Is(rc.err, proxyrouter.ErrNoConnection):
		return Unreachable
	}
	return "something else answers on this endpoint: it accepts TCP connections (a plain dial), but gives no MOR-RPC answer to a ping (" +
		strings.TrimPrefix(rc.err.Error(), proxyrouter.ErrNotMORRPC.Error()+": ") + "); a proxy-router answers pings on its public port"
}

// Unreachable is what Reachability says of an endpoint that did not accept a connection.
const Unreachable = "NOT reachable from morbot's host within 2 s; consumers must reach it from the internet: check the proxy-router and the firewall"

// reach pings the endpoint, or answers the last result for it within ReachabilityEvery (age > 0);
// known is false for another endpoint within the interval.
func (r *Reader) reach(ctx context.Context, ep string) reach {
	r.probeMu.Lock()
	now := time.Now()
	if !r.lastProbe.IsZero() && now.Sub(r.lastProbe) < ReachabilityEvery {
		defer r.probeMu.Unlock()
		if r.lastEndpoint != ep {
			return reach{}
		}
		rc := r.lastReach
		rc.age = max(now.Sub(r.lastProbe), time.Millisecond)
		return rc
	}
	r.lastProbe = now
	r.probeMu.Unlock()
	pong, err := proxyrouter.Ping(ctx, ep, 2*time.Second)
	rc := reach{known: true, pong: pong, err: err}
	r.probeMu.Lock()
	r.lastEndpoint, r.lastReach = ep, rc
	r.probeMu.Unlock()
	return rc
}

// Reachable begins what Reachability says when the provider's node answered.
const Reachable = "reachable from morbot's host"

// ReachabilityEvery spaces out endpoint checks.
const ReachabilityEvery = 10 * time.Second

// ModelOnChain reads one model's on-chain record.
func (r *Reader) ModelOnChain(ctx context.Context, id common.Hash) (chain.Model, error) {
	return r.o.Chain.Model(ctx, id)
}

// Models lists the models the team registered through morbot.
func (r *Reader) Models(ctx context.Context) ([]store.TeamModel, error) {
	return r.o.Store.TeamModels(ctx, r.o.Provider)
}

// ModelName is the team's name for a model, else the on-chain name given.
func (r *Reader) ModelName(ctx context.Context, id common.Hash, onchain string) string {
	ms, err := r.Models(ctx)
	if err != nil {
		return onchain
	}
	return ModelNameIn(ms, id, onchain)
}

// ModelByName finds the team's model with a name whose on-chain record is active (a name proposed
// but never registered does not count); nil when there is none.
func (r *Reader) ModelByName(ctx context.Context, name string) (*store.TeamModel, *chain.Model, error) {
	ms, err := r.Models(ctx)
	if err != nil {
		return nil, nil, err
	}
	for _, m := range ms {
		if !strings.EqualFold(m.Name, name) {
			continue
		}
		cm, err := r.o.Chain.Model(ctx, m.ID)
		if err != nil {
			return nil, nil, err
		}
		if cm.Active() {
			tm := m
			return &tm, &cm, nil
		}
	}
	// A model the provider owns on chain that this store did not register (another morbot, the
	// Swagger page, an earlier store) still has its on-chain name: the snapshot holds the models the
	// provider bids on.
	snap, err := r.snapshot(ctx, ms)
	if err != nil {
		return nil, nil, err
	}
	for id, cm := range snap.Models {
		if cm.Owner == r.o.Provider && cm.Active() && strings.EqualFold(cm.Name, name) {
			c := cm
			return &store.TeamModel{ID: id, Name: cm.Name}, &c, nil
		}
	}
	return nil, nil, nil
}

// ModelProposal is the proposal that registered (or is registering) a team model, or nil.
func (r *Reader) ModelProposal(ctx context.Context, id common.Hash) (*approval.Proposal, error) {
	pid, ok, err := r.o.Store.ModelProposal(ctx, id)
	if err != nil || !ok {
		return nil, err
	}
	p, err := r.o.Engine.Get(ctx, pid)
	if approval.IsDenial(err) {
		return nil, nil
	}
	return p, err
}

// Reserved is the MOR the open proposals (pending or approved) will pull from the provider wallet;
// withoutApprove leaves out those that set the allowance themselves (their first step is an approve).
func (r *Reader) Reserved(ctx context.Context, withoutApprove bool) (*big.Int, error) {
	return r.reserved(ctx, withoutApprove, 0)
}

// ReservedExcept is the MOR the open proposals (pending or approved) other than one will pull.
func (r *Reader) ReservedExcept(ctx context.Context, except int64) (*big.Int, error) {
	return r.reserved(ctx, false, except)
}

func (r *Reader) reserved(ctx context.Context, withoutApprove bool, except int64) (*big.Int, error) {
	ps, err := r.o.Engine.List(ctx, 1000, approval.Pending, approval.Approved)
	if err != nil {
		return nil, err
	}
	amount := new(big.Int)
	for _, p := range ps {
		if p.ID == except || withoutApprove && len(p.Steps) > 0 && p.Steps[0].OnChain() && p.Steps[0].Tx.Kind == chain.KindApprove {
			continue
		}
		if p.MORNeeded != nil {
			amount.Add(amount, p.MORNeeded)
		}
	}
	return amount, nil
}

// anyTEE says whether the chain tags one of the snapshot's models tee (its node's attestations matter).
func anyTEE(s *chain.Snapshot) bool {
	for _, m := range s.Models {
		if proxyrouter.IsTEE(m.Tags) {
			return true
		}
	}
	return false
}
