package executor

import (
	"context"
	"log/slog"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/store"
)

// stack is the proposal engine and the executor wired as morbot wires them, for tests that drive a
// plan from proposal to receipt: the engine's methods and the executor's are both at hand.
type stack struct {
	*approval.Engine
	*Executor
	pipelined bool
}

// testOptions are the options of both halves.
type testOptions struct {
	Store          *store.DB
	Policy         approval.Policy
	Chain          *chain.Client
	Signer         chain.Signer
	Notifier       approval.Notifier
	Logger         *slog.Logger
	Now            func() time.Time
	Lease          Fence
	Standby        bool
	ReceiptTimeout time.Duration
	PollInterval   time.Duration
	Pipelined      bool
	Runner         Runner
	Facts          Facts
	Replan         Replanner
	Origin         string
}

func newStack(o testOptions) *stack {
	fan := &approval.Fanout{}
	if o.Notifier != nil {
		fan.Add(o.Notifier)
	}
	repo := approval.NewRepo(o.Store, o.Origin)
	n := o.Chain.Network()
	eng := approval.New(approval.Options{Repo: repo, Policy: o.Policy, ChainID: n.ChainID, Network: n, Signer: o.Signer.Address(), Notifier: fan, Logger: o.Logger, Now: o.Now})
	x := New(Options{Repo: repo, Proposals: eng, Chain: o.Chain, Signer: o.Signer, Notifier: fan, Logger: o.Logger, Now: o.Now, Runner: o.Runner,
		Facts: o.Facts, Replan: o.Replan, ReceiptTimeout: o.ReceiptTimeout, PollInterval: o.PollInterval, Lease: o.Lease, Standby: o.Standby})
	fan.Add(x)
	return &stack{Engine: eng, Executor: x, pipelined: o.Pipelined}
}

// Propose proposes as the engine does, in the stack's execution mode unless the request names one.
func (s *stack) Propose(ctx context.Context, u approval.User, r approval.ProposeRequest) (*approval.Proposal, error) {
	if r.Execution == "" && s.pipelined {
		r.Execution = approval.ExecPipelined
	}
	return s.Engine.Propose(ctx, u, r)
}

// txs are transactions as plan steps.
func txs(rs ...chain.TxRequest) []approval.Planned {
	out := make([]approval.Planned, len(rs))
	for i, r := range rs {
		out[i] = approval.TxStep(r)
	}
	return out
}
