// Package executor signs and sends the plans the team approved, exactly once: the lease and its
// fence, nonces, signing, broadcast, pipelining, reconciliation by hash and nonce, and recovery after
// a crash. Before anything of a plan is signed it checks, at one block, that the plan still stands:
// the team's policy as it is now, the caps, the payload, the facts the plan's text relied on, and a
// simulation. It depends on approval (proposals and their store), never the reverse.
package executor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/store"
)

// Chain is what the executor needs from the chain client (*chain.Client implements it).
type Chain interface {
	ChainID() *big.Int
	Network() chain.Network
	SimulatePlanAt(ctx context.Context, from common.Address, steps []chain.TxRequest, block uint64) (*chain.PlanResult, error)
	PendingNonce(ctx context.Context, a common.Address) (uint64, error)
	Nonce(ctx context.Context, a common.Address) (uint64, error)
	Build(ctx context.Context, from common.Address, r chain.TxRequest, nonce, gas uint64) (*types.Transaction, error)
	Broadcast(ctx context.Context, tx *types.Transaction) error
	WaitReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	Receipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	BlockNumber(ctx context.Context) (uint64, error)
	BuildReplacement(ctx context.Context, from common.Address, r chain.TxRequest, nonce, gas uint64, tip, feeCap *big.Int) (*types.Transaction, error)
	FailureReason(ctx context.Context, from common.Address, r chain.TxRequest, rc *types.Receipt) *chain.RevertError
	FailureReasonAfter(ctx context.Context, from common.Address, prior []chain.TxRequest, r chain.TxRequest, rc *types.Receipt) *chain.RevertError
	Host() string // the endpoint that answered the last call (scheme and host)
}

// Fence is the store lease as the executor sees it (*store.Lease implements it).
type Fence interface {
	CheckTx(ctx context.Context, tx *store.Tx) error
	Check(ctx context.Context) error
	Lapsed() bool
}

// Runner runs one approved off-chain step and says what it did (*proxyrouter.Runner implements it).
type Runner interface {
	Run(ctx context.Context, step proxyrouter.Step) (note string, err error)
}

// Facts reads a plan's preconditions again at a block and returns those that changed.
type Facts interface {
	Changed(ctx context.Context, block uint64, pre []approval.Precondition) ([]approval.Change, error)
}

// Replanner re-plans the allowance step of a plan that waited behind another (nil: no change).
type Replanner interface {
	ReplanAllowance(ctx context.Context, p *approval.Proposal) (*approval.Replan, error)
}

// Options configure an Executor.
type Options struct {
	Repo      *approval.Repo
	Proposals *approval.Engine // the team's policy (Recheck) and expiry (Sweep)
	Chain     Chain
	Signer    chain.Signer
	Notifier  approval.Notifier
	Logger    *slog.Logger
	Now       func() time.Time
	Runner    Runner    // runs off-chain steps; nil fails a plan that has them
	Facts     Facts     // nil: preconditions are not re-read (a plan with some is refused)
	Replan    Replanner // nil: a queued plan's allowance step runs as approved
	// ReceiptTimeout bounds one wait for a step's receipt (default 5m; network.receipt_timeout) before
	// the step is reported as unknown (reconciliation goes on); PollInterval is how often receipts are
	// polled (default 1s).
	ReceiptTimeout time.Duration
	PollInterval   time.Duration
	// Lease fences every write and every broadcast: nil runs without one (a single process on a
	// private store, as morbot dev and tests do).
	Lease Fence
	// Standby starts the executor as a hot standby: it executes nothing until SetLeader(true).
	Standby bool
	// Patience bounds how long a store write that keeps failing is retried without a lease (default:
	// until the executor is closed); with a lease, until the lease lapses.
	Patience time.Duration
}

// Executor signs and sends approved plans.
type Executor struct {
	repo     *approval.Repo
	props    *approval.Engine
	chain    Chain
	signer   chain.Signer
	pub      *approval.Publisher
	log      *slog.Logger
	now      func() time.Time
	runner   Runner
	facts    Facts
	replan   Replanner
	waitMax  time.Duration
	poll     time.Duration
	patience time.Duration

	lease      Fence
	leader     atomic.Bool
	nonceEvery int // settle compares nonces every this many receipt polls

	lane      sync.Mutex // one in-flight plan per signer: nonces are a single sequence
	drivingMu sync.Mutex
	driving   map[int64]bool // proposals a drive in this process is working on
	queued    map[int64]bool // approved proposals already told they wait for another
	inflight  sync.WaitGroup // drives
	loops     sync.WaitGroup // the watch and the reconciler
	baseCtx   context.Context
	stop      context.CancelFunc

	// Fault-injection points for tests: an error stops the executor right before a step is signed or
	// right after it is broadcast, as a crash would.
	beforeSign     func(p *approval.Proposal, step int) error
	afterBroadcast func(p *approval.Proposal, step int) error
}

// New builds an executor. Start its loops (StartRecovery, StartApprovedWatch, StartReconciler) on the
// leader, and Close it at the end.
func New(o Options) *Executor {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.ReceiptTimeout <= 0 {
		o.ReceiptTimeout = 5 * time.Minute
	}
	if o.PollInterval <= 0 {
		o.PollInterval = time.Second
	}
	ctx, cancel := context.WithCancel(context.Background())
	x := &Executor{repo: o.Repo, props: o.Proposals, chain: o.Chain, signer: o.Signer, pub: approval.NewPublisher(o.Repo, o.Notifier, o.Logger),
		log: o.Logger, now: o.Now, runner: o.Runner, facts: o.Facts, replan: o.Replan, waitMax: o.ReceiptTimeout, poll: o.PollInterval,
		patience: o.Patience, lease: o.Lease, nonceEvery: 5, driving: map[int64]bool{}, queued: map[int64]bool{}, baseCtx: ctx, stop: cancel}
	x.leader.Store(!o.Standby)
	return x
}

// Leader reports whether this executor executes (it holds the store's lease, or runs without one).
func (x *Executor) Leader() bool { return x.leader.Load() }

// SetLeader turns execution on (the lease was taken) or off (it was lost).
func (x *Executor) SetLeader(on bool) { x.leader.Store(on) }

// Notify starts a plan as soon as it is approved, here or on another replica (an approval.Notifier).
func (x *Executor) Notify(_ context.Context, ev approval.Event) {
	if ev.Kind == approval.EvApproved && ev.Proposal != nil {
		x.startExecution(ev.Proposal.ID)
	}
}

// Close stops in-flight executions (their state stays in the store for recovery) and the loops, and
// waits for them.
func (x *Executor) Close() {
	x.stop()
	x.loops.Wait()
	x.inflight.Wait()
}

// Idle waits until no proposal is being executed, or ctx ends.
func (x *Executor) Idle(ctx context.Context) error {
	done := make(chan struct{})
	go func() { x.inflight.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// errStopped means the executor stopped on purpose (shutdown, a lost lease, a cancelled proposal or
// an injected crash); the proposal's state stays as recorded for the next drive.
var errStopped = errors.New("executor stopped")

// errFenced marks a write refused by the lease.
var errFenced = errors.New("fenced")

// errNonceTaken means the step's nonce was used by a transaction that is not one of morbot's.
var errNonceTaken = errors.New("nonce used by another transaction")

// stopped reports whether an error means the executor must stop: the lease is gone.
func (x *Executor) stopped(err error) bool {
	if errors.Is(err, errFenced) {
		x.leader.Store(false)
		return true
	}
	return false
}

// commit runs fn in one store transaction fenced by the lease, and publishes the events it recorded
// once it committed: what the executor says in chat and in the audit log is written only while it
// holds the lease, in the same transaction as the change it tells of.
func (x *Executor) commit(ctx context.Context, fn func(w *approval.Writer) error) error {
	recs, err := x.repo.Write(ctx, x.now(), func(w *approval.Writer) error {
		if x.lease != nil {
			if err := x.lease.CheckTx(ctx, w.Tx()); err != nil {
				return fmt.Errorf("%w: %w", errFenced, err)
			}
		}
		return fn(w)
	})
	if err != nil {
		return err
	}
	x.pub.Publish(ctx, recs)
	return nil
}

// persist is commit retried with backoff while the store fails (a lock held elsewhere, a failover, an
// outage): an approved plan is never failed because its progress could not be recorded. It gives up
// only when fn refuses (errStopped), the lease is lost or lapses (errFenced: stop signing), or the
// executor stops.
func (x *Executor) persist(ctx context.Context, what string, fn func(w *approval.Writer) error) error {
	delay := 50 * time.Millisecond
	start, warned := time.Now(), false
	for {
		err := x.commit(ctx, fn)
		switch {
		case err == nil:
			if warned {
				x.log.Info("store write went through after retries", "what", what, "after", time.Since(start).Round(time.Millisecond))
			}
			return nil
		case errors.Is(err, errStopped):
			return err
		case x.stopped(err):
			x.log.Error("executor lease lost; stopping", "what", what, "err", err)
			return err
		case ctx.Err() != nil:
			return errStopped
		case x.lease != nil && x.lease.Lapsed():
			x.leader.Store(false)
			x.log.Error("executor lease lapsed while the store failed; stopping", "what", what, "err", err)
			return fmt.Errorf("%w: %w", errFenced, store.ErrLeaseUnrenewed)
		case x.lease == nil && x.patience > 0 && time.Since(start) > x.patience:
			return err
		}
		if !warned {
			x.log.Warn("store write failed; retrying until it goes through", "what", what, "err", err)
			warned = true
		}
		select {
		case <-ctx.Done():
			return errStopped
		case <-time.After(delay):
		}
		delay = min(2*delay, 2*time.Second)
	}
}

// checkLease is the fence before a broadcast.
func (x *Executor) checkLease(ctx context.Context) error {
	if x.lease == nil {
		return nil
	}
	if err := x.lease.Check(ctx); err != nil {
		if errors.Is(err, store.ErrLeaseLost) {
			x.leader.Store(false) // a store error is not a lost lease: the reconciler retries later
		}
		return err
	}
	return nil
}

// claim marks a proposal as driven by this process; false when a drive is already running.
func (x *Executor) claim(id int64) bool {
	x.drivingMu.Lock()
	defer x.drivingMu.Unlock()
	if x.driving[id] {
		return false
	}
	x.driving[id] = true
	return true
}

func (x *Executor) release(id int64) {
	x.drivingMu.Lock()
	defer x.drivingMu.Unlock()
	delete(x.driving, id)
}

func (x *Executor) busy(id int64) bool {
	x.drivingMu.Lock()
	defer x.drivingMu.Unlock()
	return x.driving[id]
}

// drive runs fn for a proposal in the background, at most one drive per proposal in this process.
func (x *Executor) drive(id int64, fn func(ctx context.Context)) {
	if !x.claim(id) {
		return
	}
	x.inflight.Add(1)
	go func() {
		defer x.inflight.Done()
		defer x.release(id)
		defer func() {
			if r := recover(); r != nil {
				x.log.Error("executor panic", "proposal", id, "panic", r)
			}
		}()
		fn(x.baseCtx)
	}()
}

// startExecution drives an approved proposal, on the executing replica only: on any other, the
// lease holder's watch picks it up from the store.
func (x *Executor) startExecution(id int64) {
	if !x.Leader() {
		return
	}
	x.drive(id, func(ctx context.Context) { x.execute(ctx, id) })
}

// StartApprovedWatch looks for approved proposals every interval and starts them: a quorum reached on
// another replica is executed here within that interval (at once on PostgreSQL, which announces it).
// Only the lease holder starts anything. Stopped by Close.
func (x *Executor) StartApprovedWatch(every time.Duration) {
	if every <= 0 {
		every = 200 * time.Millisecond
	}
	x.loops.Add(1)
	go func() {
		defer x.loops.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		wake := x.repo.DB().Listen(x.baseCtx, store.Approved, func(err error) { x.log.Warn("listen for approved proposals", "err", err) })
		var failing bool // a failure is logged once, not on every tick
		for {
			select {
			case <-x.baseCtx.Done():
				return
			case <-t.C:
			case <-wake:
			}
			if !x.Leader() {
				continue
			}
			ids, err := x.repo.IDs(x.baseCtx, approval.Approved)
			if err != nil {
				if x.baseCtx.Err() == nil && !failing {
					x.log.Warn("watch approved proposals", "err", err)
				}
				failing = true
				continue
			}
			failing = false
			for _, id := range ids {
				if !x.busy(id) {
					x.startExecution(id)
				}
			}
		}
	}()
}

// StartRecovery runs Recover in the background (tracked like an execution, stopped by Close), so a
// start-up is not held up by receipts a previous run was waiting for.
func (x *Executor) StartRecovery() {
	x.inflight.Add(1)
	go func() {
		defer x.inflight.Done()
		if err := x.Recover(x.baseCtx); err != nil && x.baseCtx.Err() == nil {
			x.log.Error("recovery failed", "err", err)
		}
	}()
}

// Recover resolves what a previous run left behind, synchronously: expired proposals are closed,
// approved ones executed, and proposals that were executing are reconciled by recorded hash and
// nonce (never signed twice) and re-checked before any unsent step is signed.
func (x *Executor) Recover(ctx context.Context) error {
	ps, err := x.toDrive(ctx)
	if err != nil {
		return fmt.Errorf("recover: %w", err)
	}
	for _, p := range ps {
		if !x.claim(p.ID) {
			continue
		}
		if p.Status == approval.Approved {
			x.execute(ctx, p.ID)
		} else {
			x.resume(ctx, p.ID, "state "+string(p.Status)+" at start")
		}
		x.release(p.ID)
	}
	return nil
}

// StartReconciler drives, every interval, each proposal with transactions in flight that no drive in
// this process is working on (a step of unknown outcome, a plan left by a previous leader) and each
// approved proposal waiting for its turn. It never waits for a restart. Stopped by Close.
func (x *Executor) StartReconciler(every time.Duration) {
	if every <= 0 {
		every = 5 * time.Second
	}
	x.loops.Add(1)
	go func() {
		defer x.loops.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-x.baseCtx.Done():
				return
			case <-t.C:
				if err := x.ReconcileOnce(x.baseCtx); err != nil && x.baseCtx.Err() == nil {
					x.log.Warn("reconcile", "err", err)
				}
			}
		}
	}()
}

// ReconcileOnce starts a background drive for every proposal that needs one; it does not wait for them.
func (x *Executor) ReconcileOnce(ctx context.Context) error {
	ps, err := x.toDrive(ctx)
	if err != nil {
		return fmt.Errorf("reconcile: %w", err)
	}
	for _, p := range ps {
		id := p.ID
		if p.Status == approval.Approved {
			x.startExecution(id)
		} else {
			x.drive(id, func(ctx context.Context) { x.resume(ctx, id, "") })
		}
	}
	return nil
}

// toDrive closes expired proposals and returns, oldest first (nonces were used in that order), the
// approved and executing proposals; nothing when this executor is not the leader.
func (x *Executor) toDrive(ctx context.Context) ([]*approval.Proposal, error) {
	if !x.Leader() {
		return nil, nil
	}
	if _, err := x.props.Sweep(ctx); err != nil {
		return nil, err
	}
	ids, err := x.repo.IDs(ctx, approval.Approved, approval.Submitting, approval.Submitted, approval.Unknown)
	if err != nil {
		return nil, err
	}
	var out []*approval.Proposal
	for _, id := range ids {
		p, err := x.repo.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}
