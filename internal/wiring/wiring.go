// Package wiring wires the team's domain core once: the read model (position), the plan builders
// (plans) and the proposal renderer (view), for one provider signed by one signer, over one chain,
// store and approval engine. Chat commands, alerts and reports are built on the same Core, side by
// side, so they read the same position and propose through the same plans.
package wiring

import (
	"context"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
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
}

// Options wire a Core.
type Options struct {
	Chain    Chain
	Engine   *approval.Engine
	Store    *store.DB
	Provider common.Address // the provider wallet the team operates
	Proxy    *Proxy         // nil: no proxy-router configured
	// Discovery is the network's view (nil: off).
	Discovery *position.Discovery
	Logger    *slog.Logger
	// Replica says which replica this is and which one leads (nil: a single process, nothing to say).
	Replica func(ctx context.Context) (string, error)
}

// Core is the domain for one provider: what the team owns (Read) and what it can do (Plans), shown
// the same way everywhere (Proposals).
type Core struct {
	Chain     Chain
	Engine    *approval.Engine
	Read      *position.Reader
	Plans     *plans.Builder
	Proposals view.Proposals
	Proxy     *Proxy // nil when not configured
	Provider  common.Address
	Signer    common.Address
}

// New wires the domain core.
func New(o Options) *Core {
	signer := o.Engine.SignerAddress()
	var node *position.Node
	var serve *plans.Serve
	if p := o.Proxy; p != nil {
		node = &position.Node{Client: p.Client, ModelsConfig: p.ModelsConfig, Probe: p.ProbeBackends}
		serve = &plans.Serve{ModelsConfig: p.ModelsConfig, RestartCommand: p.RestartCommand, DefaultAPIType: p.DefaultAPIType, DefaultAPIURL: p.DefaultAPIURL, APIKeyEnvs: p.APIKeyEnvs}
	}
	read := position.New(position.Options{Chain: o.Chain, Store: o.Store, Engine: o.Engine, Provider: o.Provider, Signer: signer, Node: node, Discovery: o.Discovery,
		Logger: o.Logger, Replica: o.Replica})
	n := o.Chain.Network()
	props := view.Proposals{Network: n, Labels: view.Labels(n, o.Provider, signer)}
	if o.Proxy != nil {
		props.DefaultAPIType, props.DefaultAPIURL = o.Proxy.DefaultAPIType, o.Proxy.DefaultAPIURL
	}
	return &Core{Chain: o.Chain, Engine: o.Engine, Read: read, Proxy: o.Proxy, Provider: o.Provider, Signer: signer,
		Plans:     plans.NewBuilder(plans.Options{Chain: o.Chain, Engine: o.Engine, Store: o.Store, Read: read, Serve: serve}),
		Proposals: props}
}

// ServeDefaults are proxy_router.default_api_type and default_api_url ("" when not set).
func (c *Core) ServeDefaults() (apiType, apiURL string) {
	if c.Proxy == nil {
		return "", ""
	}
	return c.Proxy.DefaultAPIType, c.Proxy.DefaultAPIURL
}
