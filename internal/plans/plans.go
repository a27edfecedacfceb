// Package plans holds every intent the team can propose as a typed builder: onboard, provider
// create/update/deregister, model create/deregister/serve, bid create/delete, approve, claim,
// speed-up and fill. Each turns values into the steps that realise it, checks them against the chain
// (rights, balance, allowance, gas, a full simulation) and proposes them. It knows no chat grammar
// or rendering: chat commands, alert fix buttons, the claim sweep and morbot dev all build plans
// from values.
package plans

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/store"
)

// Chain is what plans read and build on (*chain.Client implements it).
type Chain interface {
	Network() chain.Network
	SimulatePlan(ctx context.Context, from common.Address, steps []chain.TxRequest) (*chain.PlanResult, error)
	Fees(ctx context.Context) (tip, feeCap *big.Int, err error)
	FeeCaps() (maxFee, maxTip *big.Int)
	ETHBalance(ctx context.Context, a common.Address) (*big.Int, error)
	Rights(ctx context.Context, operator, provider common.Address) (*chain.Rights, error)
	Earnings(ctx context.Context, provider common.Address) (*chain.Earnings, error)
	Model(ctx context.Context, id common.Hash) (chain.Model, error)
	Bid(ctx context.Context, id common.Hash) (chain.Bid, error)
	Market(ctx context.Context, model common.Hash) (*chain.Market, error)
	StateAt(ctx context.Context, block uint64, provider common.Address, models ...common.Hash) (*chain.State, error)
	Allowance(ctx context.Context, owner common.Address) (*big.Int, error)
	ModelActiveBids(ctx context.Context, model common.Hash, offset, limit uint64) ([]common.Hash, uint64, error)
	Receipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	Nonce(ctx context.Context, a common.Address) (uint64, error)
	PendingNonce(ctx context.Context, a common.Address) (uint64, error)

	ApproveTx(amount *big.Int) chain.TxRequest
	DelegateTx(registry, operator common.Address, right string, enable bool) chain.TxRequest
	ProviderRegisterTx(provider common.Address, amount *big.Int, endpoint string) chain.TxRequest
	ProviderDeregisterTx(provider common.Address) chain.TxRequest
	ModelRegisterTx(owner common.Address, base, ipfsCID common.Hash, fee, amount *big.Int, name string, tags []string) chain.TxRequest
	ModelDeregisterTx(id common.Hash) chain.TxRequest
	PostModelBidTx(provider common.Address, model common.Hash, pricePerSecond *big.Int) chain.TxRequest
	DeleteModelBidTx(bid common.Hash) chain.TxRequest
	ClaimForProviderTx(session common.Hash) chain.TxRequest
}

// Plan is a proposal being assembled: one summary line per step or note, the steps, the MOR it pulls
// from the provider wallet, the amounts checked against the team's caps, the parameters recorded with
// it, the facts its text relies on and the things it changes.
type Plan struct {
	Kind    approval.Kind
	Lines   []string
	Steps   []approval.Planned
	Need    *big.Int
	Amounts approval.Amounts
	Params  approval.Params
	Pre     []approval.Precondition
	Res     []approval.Resource
	// Gas, when set, is each step's gas as given (a speed-up keeps the original's); Simulation then
	// says how the plan was checked instead of the simulation's own line.
	Gas        []uint64
	Simulation string
	// model is a model the plan registers, remembered by name once the plan is proposed.
	model *store.TeamModel
}

// New starts an empty plan of a kind.
func New(kind approval.Kind) *Plan {
	return &Plan{Kind: kind, Need: new(big.Int)}
}

// Add appends a transaction with its summary line.
func (p *Plan) Add(r chain.TxRequest, line string) {
	p.Steps = append(p.Steps, approval.TxStep(r))
	p.Lines = append(p.Lines, line)
}

// AddAction appends an off-chain step (its summary is its own line).
func (p *Plan) AddAction(a proxyrouter.Step) {
	p.Steps = append(p.Steps, approval.ActionStep(a))
	p.Lines = append(p.Lines, a.Summary)
}

// Relies records a fact the plan's text relies on, as it was read.
func (p *Plan) Relies(f approval.Fact, subject, label, want string) {
	for _, x := range p.Pre {
		if x.Fact == f && x.Subject == subject {
			return
		}
	}
	p.Pre = append(p.Pre, approval.Precondition{Fact: f, Subject: subject, Label: label, Want: want})
}

// Changes records a thing the plan changes.
func (p *Plan) Changes(k approval.ResourceKind, id string) {
	r := approval.Resource{Kind: k, ID: strings.ToLower(id)}
	for _, x := range p.Res {
		if x == r {
			return
		}
	}
	p.Res = append(p.Res, r)
}

func (p *Plan) txs() []chain.TxRequest {
	var out []chain.TxRequest
	for _, s := range p.Steps {
		if s.OnChain() {
			out = append(out, s.Tx)
		}
	}
	return out
}

// Refusal is a plan that cannot be proposed as asked; the message names the numbers, the block they
// were read at and what would fix it. Nothing changed.
type Refusal struct {
	Msg      string
	NotFound bool // what was asked about does not exist (a model ID, a name): not a refusal to act
}

func (e *Refusal) Error() string { return e.Msg }

// Refuse builds a Refusal.
func Refuse(format string, args ...any) error { return &Refusal{Msg: fmt.Sprintf(format, args...)} }

// Missing builds a Refusal for something that does not exist.
func Missing(format string, args ...any) error {
	return &Refusal{Msg: fmt.Sprintf(format, args...), NotFound: true}
}

// BadInput is a value that parsed but is not usable as given (an entry the proxy-router would
// refuse); chat answers it with the command's usage.
type BadInput struct{ Msg string }

func (e *BadInput) Error() string { return e.Msg }

// Options wire a Builder.
type Options struct {
	Chain  Chain
	Engine *approval.Engine
	Store  *store.DB
	Read   *position.Reader
	Serve  *Serve // the proxy-router step (nil: not configured)
	// Pipelined plans of several transactions are signed with consecutive nonces and sent together
	// (network.execution: pipelined); otherwise each is sent once the previous one is confirmed.
	Pipelined bool
}

// Serve is what the proxy-router step needs: where models-config.json is, how to restart the node,
// and the backend defaults.
type Serve struct {
	ModelsConfig   string
	RestartCommand []string
	DefaultAPIType string
	DefaultAPIURL  string
	APIKeyEnvs     []string // the environment variables a serve may name for the backend's API key
	// DefaultTEEAPIURL is the default backend of models tagged tee (https; "": DefaultAPIURL).
	DefaultTEEAPIURL string
	// Client is the node's API (nil: none): a model created with the tee tag is checked against it.
	Client *proxyrouter.Client
}

// Builder checks and proposes plans for one provider, signed by one signer.
type Builder struct {
	Chain    Chain
	Engine   *approval.Engine
	Store    *store.DB
	Read     *position.Reader
	Serve    *Serve
	Provider common.Address
	Signer   common.Address
	// Pipelined is the execution mode of plans of several transactions.
	Pipelined string
}

// NewBuilder builds plans for the reader's provider and signer.
func NewBuilder(o Options) *Builder {
	mode := approval.ExecSequential
	if o.Pipelined {
		mode = approval.ExecPipelined
	}
	return &Builder{Chain: o.Chain, Engine: o.Engine, Store: o.Store, Read: o.Read, Serve: o.Serve, Provider: o.Read.Provider(), Signer: o.Read.Signer(), Pipelined: mode}
}

// FundsOf is what a plan is checked against, from a snapshot.
func FundsOf(s *chain.Snapshot) Funds {
	return Funds{Block: s.Block, MOR: s.MORBalance, Allowance: s.Allowance, SignerETH: s.SignerETH, Rights: s.Rights}
}

// Funds are the balances and grants a plan is checked against (from a snapshot).
type Funds struct {
	Block     uint64
	MOR       *big.Int      // the provider wallet's
	Allowance *big.Int      // the provider wallet's to the Diamond
	SignerETH *big.Int      // nil: read it
	Rights    *chain.Rights // the operator's grants; nil: read them (operator mode only)
}

// Propose is the one way a plan reaches the team: it checks the operator's rights, balance and
// allowance, puts an approve step first when the allowance is short (or relies on the allowance
// covering what the plan pulls when it is not), simulates the whole plan with state carried between
// steps, checks the gas against the signer's ETH, and proposes it as u (nil: the scheduler). A plan
// of off-chain steps only is not simulated: nothing of it goes to the chain.
func (b *Builder) Propose(ctx context.Context, u *approval.User, f Funds, pl *Plan) (*approval.Proposal, error) {
	if b.Signer != b.Provider {
		if err := b.checkRights(ctx, f.Rights, pl.txs()); err != nil {
			return nil, err
		}
	}
	if pl.Need.Sign() > 0 {
		if f.MOR.Cmp(pl.Need) < 0 {
			return nil, Refuse("the provider wallet holds %s but this plan pulls %s (read at block %d); top up the wallet with at least %s first",
				chain.FormatMOR(f.MOR), chain.FormatMOR(pl.Need), f.Block, chain.FormatMOR(new(big.Int).Sub(pl.Need, f.MOR)))
		}
		owner := strings.ToLower(b.Provider.Hex())
		if f.Allowance.Cmp(pl.Need) < 0 {
			if b.Signer != b.Provider {
				approve := b.Chain.ApproveTx(pl.Need)
				return nil, Refuse("the Diamond may pull %s of the provider's MOR but this plan needs %s (read at block %d); the approve must be sent by the provider wallet %s itself, and morbot signs as the operator %s. The provider wallet must send: %s (approve(%s, %s)); /mor delegation shows it as an EIP-681 link and a Safe batch too",
					chain.FormatAllowance(f.Allowance), chain.FormatMOR(pl.Need), f.Block, b.Provider.Hex(), b.Signer.Hex(), CallLine(approve), b.Chain.Network().Diamond.Hex(), pl.Need)
			}
			approve := b.Chain.ApproveTx(pl.Need)
			pl.Steps = append([]approval.Planned{approval.TxStep(approve)}, pl.Steps...)
			pl.Lines = append([]string{fmt.Sprintf("approve the Diamond to pull %s (allowance now %s)", chain.FormatMOR(pl.Need), chain.FormatAllowance(f.Allowance))}, pl.Lines...)
			pl.Amounts.Approve = MaxBig(pl.Amounts.Approve, pl.Need)
			pl.Changes(approval.ResAllowance, owner)
		} else {
			pl.Relies(approval.FactAllowanceCovers, pl.Need.String(), "the Diamond's MOR allowance", CoversFact(f.Allowance, pl.Need))
		}
	}
	txs := pl.txs()
	var (
		gas  = pl.Gas
		mode = approval.ExecSequential
		sim  = pl.Simulation
	)
	if len(txs) > 0 {
		res, err := b.Chain.SimulatePlan(ctx, b.Signer, txs)
		if err != nil {
			return nil, err
		}
		_, feeCap, err := b.Chain.Fees(ctx)
		if err != nil {
			return nil, err
		}
		if gas == nil {
			gas = res.Gas
		}
		var total uint64
		for _, g := range gas {
			total += g
		}
		gasCost := new(big.Int).Mul(new(big.Int).SetUint64(total), feeCap)
		eth := f.SignerETH
		if eth == nil {
			if eth, err = b.Chain.ETHBalance(ctx, b.Signer); err != nil {
				return nil, err
			}
		}
		if eth.Cmp(gasCost) < 0 {
			return nil, Refuse("the signer %s holds %s but this plan may cost up to %s in gas at current fees; send it some ETH first", b.Signer.Hex(), chain.FormatETH(eth), chain.FormatETH(gasCost))
		}
		if sim == "" {
			sim = fmt.Sprintf("eth_simulateV1 from %s on the state at block %d: all %d step(s) succeed", b.Signer.Hex(), f.Block, len(txs))
			if res.Mode == chain.PlanSimulatedFirst {
				sim = fmt.Sprintf("step 1 simulated from %s (the node has no eth_simulateV1); later steps checked against balance, allowance and minimums read at block %d", b.Signer.Hex(), f.Block)
			}
			sim += fmt.Sprintf("; gas ≈ %d, at most %s at current fees", total, chain.FormatETH(gasCost))
		}
		if len(txs) > 1 {
			mode = b.Pipelined
			if res.Mode != chain.PlanSimulatedAll {
				mode = approval.ExecSequential // later steps' gas is unknown without eth_simulateV1
			}
		}
	} else if sim == "" {
		sim = "off-chain steps only: nothing is sent to the chain"
	}
	if pl.Need.Sign() > 0 {
		pl.Lines = append(pl.Lines, fmt.Sprintf("pulls %s from the provider wallet in total", chain.FormatMOR(pl.Need)))
	}
	if len(txs) > 1 {
		pl.Lines = append(pl.Lines, ExecutionLine(mode, len(txs)))
	}
	req := approval.ProposeRequest{Kind: pl.Kind, Params: pl.Params, Execution: mode, MORNeeded: new(big.Int).Set(pl.Need), Summary: strings.Join(pl.Lines, "\n"),
		Steps: pl.Steps, Gas: gas, Simulation: sim, Amounts: pl.Amounts, Preconditions: pl.Pre, Resources: pl.Res}
	p, err := b.submit(ctx, u, req)
	if err != nil {
		return nil, err
	}
	if pl.model != nil {
		if err := b.Store.RememberModel(ctx, b.Provider, *pl.model, p.ID, time.Now()); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// submit hands a checked plan to the approval engine, as u (nil: the scheduler).
func (b *Builder) submit(ctx context.Context, u *approval.User, req approval.ProposeRequest) (*approval.Proposal, error) {
	if u == nil {
		return b.Engine.ProposeScheduled(ctx, req)
	}
	return b.Engine.Propose(ctx, *u, req)
}

// ExecutionLine states how a plan will be sent and what that trades, in one line, before approval.
func ExecutionLine(mode string, n int) string {
	if mode == approval.ExecPipelined {
		return fmt.Sprintf("execution: pipelined — all %d transactions are signed with consecutive nonces and sent together, confirmed in about one block; if one reverts, the ones after it were already sent and run anyway (a revert costs only gas)", n)
	}
	return fmt.Sprintf("execution: sequential — each of the %d transactions is sent once the previous one is confirmed (about %d× slower), and nothing after a failure is sent", n, n)
}

// MaxBig is the larger of two amounts; a nil one counts as absent.
func MaxBig(a, b *big.Int) *big.Int {
	if a == nil {
		return b
	}
	if b == nil || a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// checkRights refuses a plan whose steps need a right the operator does not hold, naming each
// right and the exact grant the provider wallet must send.
func (b *Builder) checkRights(ctx context.Context, r *chain.Rights, steps []chain.TxRequest) error {
	var err error
	if r == nil {
		if r, err = b.Chain.Rights(ctx, b.Signer, b.Provider); err != nil {
			return err
		}
	}
	kinds := make([]chain.Kind, len(steps))
	for i, s := range steps {
		kinds[i] = s.Kind
	}
	missing := r.Missing(kinds...)
	if len(missing) == 0 {
		return nil
	}
	var grants []string
	for _, n := range missing {
		var users []string
		for _, k := range kinds {
			if chain.RightFor(k) == n && !slices.Contains(users, string(k)) {
				users = append(users, string(k))
			}
		}
		grants = append(grants, fmt.Sprintf("the %s right (delegation.rules.%s), which %s needs: the provider wallet must send %s (delegateContract(%s, %s, %s, true))",
			n, n, strings.Join(users, " and "), CallLine(b.Chain.DelegateTx(r.Registry, b.Signer, n, true)), b.Signer.Hex(), b.Chain.Network().Diamond.Hex(), chain.RightHash(n).Hex()))
	}
	return Refuse("the operator key %s does not hold %s from provider %s on the Diamond %s; /mor delegation shows every missing grant, also as EIP-681 links and a Safe Transaction Builder batch",
		b.Signer.Hex(), strings.Join(grants, "; and "), b.Provider.Hex(), b.Chain.Network().Diamond.Hex())
}

// CallLine is an unsigned call for another wallet to send, as to/value/data.
func CallLine(r chain.TxRequest) string {
	v := r.Value
	if v == nil {
		v = new(big.Int)
	}
	return fmt.Sprintf("to %s, value %s, data 0x%x", r.To.Hex(), v, r.Data)
}
