// Package wiring wires the team's domain core once: the proposal engine (approval), the read model
// (position), the plan builders (plans), the proposal renderer (view) and the executor, for one
// provider signed by one signer, over one chain and store. Chat commands, alerts and reports are built on the same Core, side by
// side, so they read the same position and propose through the same plans.
package wiring

import (
	"context"
	"log/slog"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/executor"
	"github.com/morbotlabs/morbot/internal/plans"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/view"
)

// Chain is everything the domain reads and builds on the marketplace (*chain.Client implements it).
type Chain interface {
	plans.Chain
	SnapshotFor(ctx context.Context, provider, signer common.Address, models ...common.Hash) (*chain.Snapshot, error)
	Minimums(ctx context.Context) (chain.Minimums, error)
	Provider(ctx context.Context, addr common.Address) (chain.Provider, error)
	ProviderActiveBids(ctx context.Context, provider common.Address, offset, limit uint64) ([]common.Hash, uint64, error)
	MORBalance(ctx context.Context, a common.Address) (*big.Int, error)
	Allowance(ctx context.Context, owner common.Address) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number uint64) (*types.Header, error)
	executor.Chain
}

// Proxy is the proxy-router integration: where models-config.json is, how to restart the node, and
// its API (Client nil when no API is configured).
type Proxy struct {
	ModelsConfig   string
	RestartCommand []string
	Client         *proxyrouter.Client
	DefaultAPIType string // with DefaultAPIURL: a confirmed model create offers a button to serve it
	DefaultAPIURL  string
	APIKeyEnvs     []string // the environment variables --api-key-env may name
	ProbeBackends  bool     // health checks send each backend one HEAD (proxy_router.probe_backends)
	// AttestationStaleAfter: a TEE model's passing attestation counts this long (0: 1h).
	AttestationStaleAfter time.Duration
	// DefaultTEEAPIURL is the default backend of models tagged tee (proxy_router.default_tee_api_url).
	DefaultTEEAPIURL string
	// ProbeHTTP sends the backend probes (nil: a default client); morbot dev's trusts its https backend.
	ProbeHTTP *http.Client
}

// Options wire a Core.
type Options struct {
	Chain    Chain
	Store    *store.DB
	Signer   chain.Signer
	Policy   approval.Policy // this replica's configured policy (the team's once it is synced)
	Notifier approval.Notifier
	// Origin names this process in the events it records (its lease holder ID); Served are the chat
	// platforms it shows events on itself.
	Origin   string
	Served   []string
	Provider common.Address // the provider wallet the team operates
	Proxy    *Proxy         // nil: no proxy-router configured
	// Discovery is the network's view (nil: off).
	Discovery *position.Discovery
	Logger    *slog.Logger
	Now       func() time.Time
	// Replica says which replica this is and which one leads (nil: a single process, nothing to say).
	Replica func(ctx context.Context) (string, error)
	// Probing says the probe is configured (/mor verify checks the last probe of each bid).
	Probing bool
	// Pipelined plans of several transactions are signed with consecutive nonces and sent together
	// (network.execution: pipelined).
	Pipelined bool
	// Exec configures the executor: its runner of off-chain steps, timeouts, lease and standby. The
	// rest of its options come from here.
	Exec executor.Options
}

// Core is the domain for one provider: what the team owns (Read), what it can do (Plans), shown the
// same way everywhere (Proposals), the proposals the team votes on (Engine) and what runs the
// approved ones (Exec).
type Core struct {
	Chain     Chain
	Engine    *approval.Engine
	Exec      *executor.Executor
	Read      *position.Reader
	Plans     *plans.Builder
	Proposals view.Proposals
	Proxy     *Proxy // nil when not configured
	Provider  common.Address
	Signer    common.Address
}

// New wires the domain core: the proposal engine on the store, the read model and the plans on it,
// and the executor, which re-reads plans' facts and re-plans allowance steps through the plans and
// starts a plan as soon as the engine says it is approved.
func New(o Options) *Core {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	fan := &approval.Fanout{}
	if o.Notifier != nil {
		fan.Add(o.Notifier)
	}
	repo := approval.NewRepo(o.Store, o.Origin)
	repo.Serve(o.Served...)
	n := o.Chain.Network()
	signer := o.Signer.Address()
	eng := approval.New(approval.Options{Repo: repo, Policy: o.Policy, ChainID: n.ChainID, Network: n, Signer: signer, Notifier: fan, Logger: o.Logger, Now: o.Now})
	var node *position.Node
	var serve *plans.Serve
	if p := o.Proxy; p != nil {
		node = &position.Node{Client: p.Client, ModelsConfig: p.ModelsConfig, Probe: p.ProbeBackends, StaleAfter: p.AttestationStaleAfter, HTTP: p.ProbeHTTP}
		serve = &plans.Serve{ModelsConfig: p.ModelsConfig, RestartCommand: p.RestartCommand, DefaultAPIType: p.DefaultAPIType, DefaultAPIURL: p.DefaultAPIURL, APIKeyEnvs: p.APIKeyEnvs, Client: p.Client, DefaultTEEAPIURL: p.DefaultTEEAPIURL}
	}
	read := position.New(position.Options{Chain: o.Chain, Store: o.Store, Engine: eng, Provider: o.Provider, Signer: signer, Node: node, Discovery: o.Discovery,
		Logger: o.Logger, Replica: o.Replica, Probing: o.Probing})
	props := view.Proposals{Network: n, Labels: view.Labels(n, o.Provider, signer)}
	if o.Proxy != nil {
		props.DefaultAPIType, props.DefaultAPIURL = o.Proxy.DefaultAPIType, o.Proxy.DefaultAPIURL
	}
	pl := plans.NewBuilder(plans.Options{Chain: o.Chain, Engine: eng, Store: o.Store, Read: read, Serve: serve, Pipelined: o.Pipelined})
	xo := o.Exec
	xo.Repo, xo.Proposals, xo.Chain, xo.Signer, xo.Notifier, xo.Logger, xo.Facts, xo.Replan = repo, eng, o.Chain, o.Signer, fan, o.Logger, pl, pl
	if xo.Now == nil {
		xo.Now = o.Now
	}
	x := executor.New(xo)
	fan.Add(x)
	return &Core{Chain: o.Chain, Engine: eng, Exec: x, Read: read, Proxy: o.Proxy, Provider: o.Provider, Signer: signer, Plans: pl, Proposals: props}
}

// ServeDefaults are proxy_router.default_api_type and default_api_url ("" when not set).
func (c *Core) ServeDefaults() (apiType, apiURL string) {
	if c.Proxy == nil {
		return "", ""
	}
	return c.Proxy.DefaultAPIType, c.Proxy.DefaultAPIURL
}
