package approval

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/store"
)

// Chain is what the executor needs from the chain client (*chain.Client implements it).
type Chain interface {
	ChainID() *big.Int
	Network() chain.Network
	SimulatePlan(ctx context.Context, from common.Address, steps []chain.TxRequest) (*chain.PlanResult, error)
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
	Allowance(ctx context.Context, owner common.Address) (*big.Int, error)
	ApproveTx(amount *big.Int) chain.TxRequest
}

// Event is one state change of a proposal, published to adapters so they edit the original message.
type Event struct {
	Kind     string // created, voted, approved, rejected, expired, cancelled, submitting, submitted, confirmed, failed, unknown
	Proposal *Proposal
	Actor    *User
	Note     string
}

// Notifier receives every state change.
type Notifier interface {
	Notify(ctx context.Context, ev Event)
}

// NotifierFunc adapts a function to Notifier.
type NotifierFunc func(ctx context.Context, ev Event)

// Notify calls f.
func (f NotifierFunc) Notify(ctx context.Context, ev Event) { f(ctx, ev) }

// Denial is a refusal a person should read as a normal answer ("you are not an approver of P-3"),
// not an internal error. Nothing changed when a Denial is returned.
type Denial struct{ Reason string }

func (d *Denial) Error() string { return d.Reason }

// IsDenial reports whether err is (or wraps) a Denial.
func IsDenial(err error) bool {
	var d *Denial
	return errors.As(err, &d)
}

func deny(format string, args ...any) *Denial { return &Denial{Reason: fmt.Sprintf(format, args...)} }

// Options configure an Engine.
type Options struct {
	Store    *store.DB
	Policy   Policy
	Chain    Chain
	Signer   chain.Signer
	Notifier Notifier
	Logger   *slog.Logger
	Now      func() time.Time
	Offchain OffchainRunner // runs off-chain steps; nil refuses proposals that have them
	// ReceiptTimeout bounds one wait for a step's receipt (default 5m; network.receipt_timeout) before
	// the step is reported as unknown (reconciliation goes on); PollInterval is how often receipts are
	// polled (default 1s).
	ReceiptTimeout time.Duration
	PollInterval   time.Duration
	// Lease fences every executor write and every broadcast: nil runs without one (a single process
	// on a private store, as morbot dev and tests do).
	Lease Fence
	// Standby starts the engine as a hot standby: it answers reads, refuses proposals and votes, and
	// executes nothing until SetLeader(true).
	Standby bool
	// Pipelined signs every transaction of a plan with consecutive nonces and sends them together
	// (network.execution: pipelined); otherwise each is sent once the previous one is confirmed.
	Pipelined bool
}

// Execution modes, recorded on each proposal when it is made (params["execution"]).
const (
	ExecPipelined  = "pipelined"
	ExecSequential = "sequential"
)

// Fence is the store lease as the executor sees it (*store.Lease implements it).
type Fence interface {
	CheckTx(ctx context.Context, tx *store.Tx) error
	Check(ctx context.Context) error
}

// OffchainRunner runs one approved off-chain step and says what it did.
type OffchainRunner interface {
	Run(ctx context.Context, step chain.TxRequest) (note string, err error)
}

// Engine runs the approval flow and the executor.
type Engine struct {
	db       *store.DB
	policy   Policy
	chain    Chain
	signer   chain.Signer
	notify   Notifier
	log      *slog.Logger
	now      func() time.Time
	offchain OffchainRunner
	waitMax  time.Duration
	poll     time.Duration

	lease      Fence
	pipelined  bool
	leader     atomic.Bool
	nonceEvery int // settle compares nonces every this many receipt polls

	lane      sync.Mutex // one in-flight plan per signer: nonces are a single sequence
	drivingMu sync.Mutex
	driving   map[int64]bool // proposals a drive in this process is working on
	queued    map[int64]bool // approved proposals already told they wait for another
	inflight  sync.WaitGroup // drives
	loops     sync.WaitGroup // the reconciler
	baseCtx   context.Context
	stop      context.CancelFunc

	// Fault-injection points for tests: an error stops the executor right before a step is signed or
	// right after it is broadcast, as a crash would.
	beforeSign     func(p *Proposal, step int) error
	afterBroadcast func(p *Proposal, step int) error
}

// New builds an engine. Call Recover once at start, and Close at the end.
func New(o Options) *Engine {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Notifier == nil {
		o.Notifier = NotifierFunc(func(context.Context, Event) {})
	}
	ctx, cancel := context.WithCancel(context.Background())
	if o.ReceiptTimeout <= 0 {
		o.ReceiptTimeout = 5 * time.Minute
	}
	if o.PollInterval <= 0 {
		o.PollInterval = time.Second
	}
	e := &Engine{db: o.Store, policy: o.Policy, chain: o.Chain, signer: o.Signer, notify: o.Notifier, log: o.Logger, now: o.Now, baseCtx: ctx, stop: cancel,
		offchain: o.Offchain, waitMax: o.ReceiptTimeout, poll: o.PollInterval, lease: o.Lease, nonceEvery: 5, pipelined: o.Pipelined,
		driving: map[int64]bool{}, queued: map[int64]bool{}}
	e.leader.Store(!o.Standby)
	return e
}

// Execution is the mode new proposals are executed in.
func (e *Engine) Execution() string {
	if e.pipelined {
		return ExecPipelined
	}
	return ExecSequential
}

// Leader reports whether this engine executes (it holds the store's lease, or runs without one).
func (e *Engine) Leader() bool { return e.leader.Load() }

// SetLeader turns execution on (the lease was taken) or off (it was lost).
func (e *Engine) SetLeader(on bool) { e.leader.Store(on) }

// write runs fn in one store transaction, fenced by the lease: when this process no longer holds it,
// nothing is written and the error wraps the fence's.
func (e *Engine) write(ctx context.Context, fn func(q querier) error) error {
	return e.db.InTx(ctx, func(tx *store.Tx) error {
		if e.lease != nil {
			if err := e.lease.CheckTx(ctx, tx); err != nil {
				return fmt.Errorf("%w: %w", errFenced, err)
			}
		}
		return fn(tx)
	})
}

// errFenced marks a write refused by the lease.
var errFenced = errors.New("fenced")

// stopped reports whether an error means the executor must stop: the lease is gone.
func (e *Engine) stopped(err error) bool {
	if errors.Is(err, errFenced) {
		e.leader.Store(false)
		return true
	}
	return false
}

// checkLease is the fence before a broadcast.
func (e *Engine) checkLease(ctx context.Context) error {
	if e.lease == nil {
		return nil
	}
	if err := e.lease.Check(ctx); err != nil {
		if errors.Is(err, store.ErrLeaseLost) {
			e.leader.Store(false) // a store error is not a lost lease: the reconciler retries later
		}
		return err
	}
	return nil
}

// cas moves a proposal between states in a fenced write.
func (e *Engine) cas(ctx context.Context, id int64, from []State, to State, reason string, failedStep int) (bool, error) {
	var ok bool
	err := e.write(ctx, func(q querier) error {
		var err error
		ok, err = casStatus(ctx, q, id, from, to, reason, failedStep, e.now())
		return err
	})
	if err != nil {
		e.stopped(err)
	}
	return ok, err
}

// Policy returns the engine's policy.
func (e *Engine) Policy() Policy { return e.policy }

// SignerAddress is the address that signs every transaction.
func (e *Engine) SignerAddress() common.Address { return e.signer.Address() }

// Close stops in-flight executions (their state stays in the store for Recover) and the reconciler,
// and waits for them.
func (e *Engine) Close() {
	e.stop()
	e.loops.Wait()
	e.inflight.Wait()
}

// Idle waits until no proposal is being executed, or ctx ends.
func (e *Engine) Idle(ctx context.Context) error {
	done := make(chan struct{})
	go func() { e.inflight.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// ProposeRequest is a plan a command built, simulated and wants the team to approve.
type ProposeRequest struct {
	Kind       Kind
	Params     Params
	Summary    string
	Steps      []chain.TxRequest
	Gas        []uint64 // per step, from the simulation
	Simulation string   // what the simulation showed, for people
	Amounts    Amounts  // checked against the caps
}

func newToken() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("proposal token: %w", err)
	}
	return hex.EncodeToString(b), nil
}

// Scheduler is the proposer of plans morbot makes on its own (the claim sweep). It is never a chat
// identity: no adapter produces the platform "morbot".
var Scheduler = User{Platform: "morbot", ID: "scheduler", Name: "morbot scheduler"}

// Scheduled reports whether morbot made the proposal on its own (no chat command posted it, so the
// adapters post it when it is created).
func (p *Proposal) Scheduled() bool { return p.Proposer.Platform == Scheduler.Platform }

// Propose stores a new pending proposal. A person who may not propose, or a plan over a cap, gets a
// Denial. A plan of a kind the policy auto-approves, made only of claims, is approved at once and
// starts executing.
func (e *Engine) Propose(ctx context.Context, u User, r ProposeRequest) (*Proposal, error) {
	u = e.policy.Named(u)
	if !e.policy.CanPropose(u) {
		_ = e.auditNow(ctx, &u, "propose refused", 0, "not a proposer: "+string(r.Kind), "")
		return nil, deny("you are not allowed to propose transactions (ask a team admin to add your %s ID %s to approval.proposers)", u.Platform, u.ID)
	}
	return e.propose(ctx, u, r)
}

// ProposeScheduled stores a plan morbot made on its own (a scheduled claim sweep), proposed by
// Scheduler: approvers vote on it as on any other, unless the policy auto-approves its kind.
func (e *Engine) ProposeScheduled(ctx context.Context, r ProposeRequest) (*Proposal, error) {
	return e.propose(ctx, Scheduler, r)
}

// autoApproved reports whether a plan executes without votes: its kind is in approval.auto_approve
// and every step is a plain claimForProvider on this network's Diamond.
func (e *Engine) autoApproved(r ProposeRequest) bool {
	if !e.policy.AutoApprove[r.Kind] {
		return false
	}
	n := e.chain.Network()
	for _, s := range r.Steps {
		if !n.IsClaim(s) {
			return false
		}
	}
	return true
}

func (e *Engine) propose(ctx context.Context, u User, r ProposeRequest) (*Proposal, error) {
	if len(r.Steps) == 0 {
		return nil, errors.New("propose: a plan needs at least one transaction")
	}
	if !laneFree(r.Kind) {
		other, err := e.inFlight(ctx, 0)
		if err != nil {
			return nil, err
		}
		if other != nil {
			_ = e.auditNow(ctx, &u, "propose refused", 0, string(r.Kind)+": "+other.HumanID()+" in flight", "")
			return nil, deny("%s has transactions in flight (%s), so no new plan is taken for this signer until it settles: wait for it, speed it up with /mor tx speedup %s, or cancel it once it has settled (/mor proposals cancel %s)",
				other.HumanID(), inFlightStep(other), other.HumanID(), other.HumanID())
		}
	}
	for _, s := range r.Steps {
		if IsOffchain(s) && e.offchain == nil {
			return nil, deny("this morbot has no proxy-router configured, so it cannot run %s", strings.TrimPrefix(s.Kind, OffchainPrefix))
		}
	}
	if msg := e.policy.CheckCaps(r.Amounts); msg != "" {
		_ = e.auditNow(ctx, &u, "propose refused", 0, msg, "")
		return nil, deny("refused: %s", msg)
	}
	tok, err := newToken()
	if err != nil {
		return nil, err
	}
	now := e.now()
	p := &Proposal{Token: tok, Kind: r.Kind, Params: r.Params, Summary: r.Summary, Simulation: r.Simulation,
		ChainID: e.chain.ChainID().Uint64(), Signer: e.signer.Address(), Proposer: u, Quorum: e.policy.Quorum,
		Status: Pending, FailedStep: -1, Amounts: r.Amounts, CreatedAt: now, UpdatedAt: now, ExpiresAt: now.Add(e.policy.Expiry)}
	if p.Params.Execution == "" {
		p.Params.Execution = e.Execution()
	}
	p.PayloadHash = PayloadHash(p.ChainID, p.Signer, r.Steps)
	for i, s := range r.Steps {
		var gas uint64
		if i < len(r.Gas) {
			gas = r.Gas[i]
		}
		p.Steps = append(p.Steps, Step{Index: i, Request: s, Gas: gas, Status: StepPending})
	}
	auto := e.autoApproved(r)
	err = e.db.InTx(ctx, func(tx *store.Tx) error {
		id, err := insertProposal(ctx, tx, p)
		if err != nil {
			return err
		}
		p.ID = id
		if err := auditLog(ctx, tx, now, &u, "proposed", id, string(r.Kind)+": "+r.Summary+" (payload "+p.ShortHash()+")", ""); err != nil {
			return err
		}
		if !auto {
			return nil
		}
		if _, err := casStatus(ctx, tx, id, []State{Pending}, Approved, "", -1, now); err != nil {
			return err
		}
		if err := tx.NotifyTx(ctx, store.Approved); err != nil {
			return err
		}
		return auditLog(ctx, tx, now, nil, "auto-approved", id, AutoApproveNote(r.Kind)+" (payload "+p.ShortHash()+")", "")
	})
	if err != nil {
		return nil, fmt.Errorf("propose %s: %w", r.Kind, err)
	}
	e.publish(ctx, "created", p.ID, &u, "")
	if auto {
		e.publish(ctx, "approved", p.ID, nil, AutoApproveNote(r.Kind))
		e.startExecution(p.ID)
	}
	return e.Get(ctx, p.ID)
}

// AutoApproveNote says why a plan ran without votes.
func AutoApproveNote(kind Kind) string {
	return "approved without votes by the team's policy (approval.auto_approve: " + string(kind) + "): every step is a claimForProvider, which only pays the provider wallet"
}

// VoteResult says what a click did.
type VoteResult struct {
	Proposal *Proposal
	Message  string // the answer for the voter
	Changed  bool   // false when the vote was a repeat
}

// Vote records an approve or reject by token (the opaque value carried by buttons). Refusals come back
// as *Denial and change nothing (they are audited). Reaching the quorum starts the executor exactly once.
func (e *Engine) Vote(ctx context.Context, u User, token string, approve bool) (*VoteResult, error) {
	u = e.policy.Named(u) // a listed member votes under their name
	if !validToken(token) {
		_ = e.auditNow(ctx, &u, "vote refused", 0, "malformed proposal token", "")
		return nil, deny("that button does not belong to any proposal (it may be from another deployment or tampered with)")
	}
	var (
		res      VoteResult
		event    string
		execute  bool
		denial   *Denial
		proposal int64
	)
	// A vote is a row in the shared store: any replica records it. The executing replica (the lease
	// holder) starts the plan once it sees the quorum.
	err := e.db.InTx(ctx, func(tx *store.Tx) error {
		now := e.now()
		p, err := loadProposal(ctx, tx, "token = ?", token)
		if store.IsNoRows(err) {
			denial = deny("that button does not belong to any proposal (it may be from another deployment or tampered with)")
			return auditLog(ctx, tx, now, &u, "vote refused", 0, "unknown proposal token", "")
		}
		if err != nil {
			return err
		}
		proposal = p.ID
		if p.Status == Pending && !now.Before(p.ExpiresAt) {
			if _, err := casStatus(ctx, tx, p.ID, []State{Pending}, Expired, "expired before reaching quorum", -1, now); err != nil {
				return err
			}
			event = "expired"
			denial = deny("%s expired at %s before reaching its quorum; propose it again", p.HumanID(), p.ExpiresAt.UTC().Format(time.RFC3339))
			return auditLog(ctx, tx, now, &u, "vote refused", p.ID, "expired", "")
		}
		if p.Status != Pending {
			denial = deny("%s is already %s; votes are closed", p.HumanID(), p.Status)
			return auditLog(ctx, tx, now, &u, "vote refused", p.ID, "closed: "+string(p.Status), "")
		}
		if !e.policy.CanApprove(u) {
			denial = deny("you are not an approver of %s", p.HumanID())
			return auditLog(ctx, tx, now, &u, "vote refused", p.ID, "not an approver", "")
		}
		if approve && e.policy.SamePerson(u, p.Proposer) && !e.policy.ProposerMayApprove {
			how := ""
			if !u.Same(p.Proposer) {
				how = fmt.Sprintf(" (as %s on %s)", p.Proposer.Name, p.Proposer.Platform)
			}
			denial = deny("you proposed %s%s, so you cannot approve it; %d other approver(s) must", p.HumanID(), how, p.Quorum)
			return auditLog(ctx, tx, now, &u, "vote refused", p.ID, "self-approval", "")
		}
		for _, v := range p.Votes {
			if e.policy.SamePerson(v.User, u) {
				how := ""
				if !v.User.Same(u) {
					how = " (from " + v.User.Platform + ")"
				}
				res = VoteResult{Proposal: p, Message: fmt.Sprintf("you already voted to %s %s%s; one person has one vote, so nothing changed", verb(v.Approve), p.HumanID(), how)}
				return nil
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO votes (proposal_id, platform, user_id, user_name, approve, created_at) VALUES (?,?,?,?,?,?)`,
			p.ID, u.Platform, u.ID, u.Name, approve, now.UnixMilli()); err != nil {
			return fmt.Errorf("record vote: %w", err)
		}
		if err := auditLog(ctx, tx, now, &u, past(approve), p.ID, "payload "+p.ShortHash(), ""); err != nil {
			return err
		}
		res.Changed = true
		event = "voted"
		approvals := p.Approvals()
		if approve {
			approvals++
		}
		switch {
		case !approve && e.policy.AnyRejectEnds:
			if _, err := casStatus(ctx, tx, p.ID, []State{Pending}, Rejected, "rejected by "+u.String(), -1, now); err != nil {
				return err
			}
			event = "rejected"
			res.Message = fmt.Sprintf("you rejected %s; it is closed and nothing will be sent", p.HumanID())
		case approvals >= p.Quorum:
			ok, err := casStatus(ctx, tx, p.ID, []State{Pending}, Approved, "", -1, now)
			if err != nil {
				return err
			}
			if ok {
				if err := tx.NotifyTx(ctx, store.Approved); err != nil {
					return err
				}
				event, execute = "approved", true
				res.Message = fmt.Sprintf("you approved %s; quorum %d/%d reached, sending now", p.HumanID(), approvals, p.Quorum)
				// Say what really happens: a plan behind another of the same signer waits its turn.
				if !laneFree(p.Kind) {
					ahead, why, err := queuedBehind(ctx, tx, p)
					if err != nil {
						return err
					}
					if ahead != "" {
						res.Message = fmt.Sprintf("you approved %s; quorum %d/%d; queued behind %s, which %s; it starts on its own after that", p.HumanID(), approvals, p.Quorum, ahead, why)
						if err := auditLog(ctx, tx, now, nil, "queued", p.ID, "behind "+ahead, ""); err != nil {
							return err
						}
					}
				}
			}
		default:
			res.Message = fmt.Sprintf("you %s %s (%d/%d approvals)", past(approve), p.HumanID(), approvals, p.Quorum)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("vote: %w", err)
	}
	if event != "" {
		e.publish(ctx, event, proposal, &u, "")
	}
	if denial != nil {
		return nil, denial
	}
	if execute {
		e.startExecution(proposal)
	}
	p, err := e.Get(ctx, proposal)
	if err != nil {
		return nil, err
	}
	res.Proposal = p
	return &res, nil
}

// queuedBehind names the plan of the same signer that a plan approved now waits for, and why: one
// with transactions in flight, or one approved before it (votes are serialised) and not started yet;
// "" when none.
func queuedBehind(ctx context.Context, q querier, p *Proposal) (string, string, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, kind, status FROM proposals WHERE signer = ? AND id <> ? AND status IN (?,?,?,?) ORDER BY id`,
		p.Signer.Hex(), p.ID, string(Approved), string(Submitting), string(Submitted), string(Unknown))
	if err != nil {
		return "", "", fmt.Errorf("read plans ahead: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id           int64
			kind, status string
		)
		if err := rows.Scan(&id, &kind, &status); err != nil {
			return "", "", err
		}
		if laneFree(Kind(kind)) {
			continue
		}
		if State(status) != Approved {
			return fmt.Sprintf("P-%d", id), "has transactions in flight", nil
		}
		return fmt.Sprintf("P-%d", id), "was approved first and goes first", nil
	}
	return "", "", rows.Err()
}

func verb(approve bool) string {
	if approve {
		return "approve"
	}
	return "reject"
}

func past(approve bool) string {
	if approve {
		return "approved"
	}
	return "rejected"
}

func validToken(t string) bool {
	if len(t) != 32 {
		return false
	}
	_, err := hex.DecodeString(t)
	return err == nil
}

// Cancel closes a proposal that is pending, approved and waiting for its turn, or executing with
// nothing in flight: its steps not yet signed are dropped, settled steps stay as they are on-chain. A
// proposal with a signed or sent transaction that is not settled cannot be cancelled, since that
// transaction may still be mined. Its proposer or any approver may cancel.
func (e *Engine) Cancel(ctx context.Context, u User, id int64) (*Proposal, error) {
	p, err := e.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	u = e.policy.Named(u)
	if !e.policy.SamePerson(u, p.Proposer) && !e.policy.CanApprove(u) {
		_ = e.auditNow(ctx, &u, "cancel refused", id, "not proposer or approver", "")
		return nil, deny("only the proposer or an approver can cancel %s", p.HumanID())
	}
	var (
		denial  *Denial
		dropped []string
	)
	// A cancel is a row change in the shared store, taken by any replica; the executor records each
	// step only while its proposal is still executing, in the same serialised transaction.
	err = e.db.InTx(ctx, func(q *store.Tx) error {
		dropped = nil
		cur, err := loadProposal(ctx, q, "id = ?", id)
		if err != nil {
			return err
		}
		switch cur.Status {
		case Pending, Approved:
		case Submitting, Submitted, Unknown:
			var unsent []int
			for _, s := range cur.Steps {
				switch {
				case s.Status == StepSent || s.Status == StepSigned && s.Attempted:
					denial = deny("%s cannot be cancelled now: %s and may still be mined. Wait until it is mined or its nonce is used, or speed it up with /mor tx speedup %s",
						cur.HumanID(), inFlightStep(cur), cur.HumanID())
					return nil
				case s.Status == StepPending:
					dropped = append(dropped, fmt.Sprintf("step %d (%s)", s.Index+1, s.Request.Kind))
				case s.Status == StepSigned: // signed for a pipelined plan, never broadcast: the bytes exist only here
					dropped = append(dropped, fmt.Sprintf("step %d (%s, signed but never broadcast)", s.Index+1, s.Request.Kind))
					unsent = append(unsent, s.Index)
				}
			}
			for _, i := range unsent {
				if _, err := q.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, error = ? WHERE proposal_id = ? AND step = ? AND status = ? AND attempted = FALSE`,
					StepDropped, "signed but never broadcast; dropped when the proposal was cancelled", id, i, StepSigned); err != nil {
					return err
				}
			}
		default:
			denial = deny("%s is already %s and cannot be cancelled", cur.HumanID(), cur.Status)
			return nil
		}
		reason := "cancelled by " + u.String()
		if cur.Status != Pending && cur.Status != Approved && len(dropped) > 0 {
			reason += "; never signed and dropped: " + strings.Join(dropped, ", ")
		}
		ok, err := casStatus(ctx, q, id, []State{cur.Status}, Cancelled, reason, -1, e.now())
		if err != nil {
			return err
		}
		if !ok {
			denial = deny("%s changed while cancelling; look at it again", cur.HumanID())
			return nil
		}
		return auditLog(ctx, q, e.now(), &u, "cancelled", id, reason, "")
	})
	if err != nil {
		return nil, fmt.Errorf("cancel %s: %w", p.HumanID(), err)
	}
	if denial != nil {
		_ = e.auditNow(ctx, &u, "cancel refused", id, denial.Reason, "")
		return nil, denial
	}
	e.publish(ctx, "cancelled", id, &u, "")
	return e.Get(ctx, id)
}

// Sweep closes pending proposals past their expiry.
func (e *Engine) Sweep(ctx context.Context) (int, error) {
	if !e.Leader() {
		return 0, nil // the lease holder sweeps
	}
	now := e.now()
	rows, err := e.db.QueryContext(ctx, `SELECT id FROM proposals WHERE status = ? AND expires_at <= ?`, string(Pending), now.UnixMilli())
	if err != nil {
		return 0, fmt.Errorf("sweep: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			_ = rows.Close()
			return 0, err
		}
		ids = append(ids, id)
	}
	_ = rows.Close()
	n := 0
	for _, id := range ids {
		ok, err := e.cas(ctx, id, []State{Pending}, Expired, "expired before reaching quorum", -1)
		if err != nil {
			return n, err
		}
		if ok {
			n++
			_ = e.auditNow(ctx, nil, "expired", id, "", "")
			e.publish(ctx, "expired", id, nil, "")
		}
	}
	return n, nil
}

// Get loads a proposal by numeric ID.
func (e *Engine) Get(ctx context.Context, id int64) (*Proposal, error) {
	p, err := loadProposal(ctx, e.db, "id = ?", id)
	if store.IsNoRows(err) {
		return nil, deny("there is no proposal P-%d", id)
	}
	if err != nil {
		return nil, fmt.Errorf("load proposal %d: %w", id, err)
	}
	return p, nil
}

// ByToken loads a proposal by its button token; an unknown or malformed token is a Denial.
func (e *Engine) ByToken(ctx context.Context, token string) (*Proposal, error) {
	if !validToken(token) {
		return nil, deny("that button does not belong to any proposal (it may be from another deployment or tampered with)")
	}
	p, err := loadProposal(ctx, e.db, "token = ?", token)
	if store.IsNoRows(err) {
		return nil, deny("that button does not belong to any proposal (it may be from another deployment or tampered with)")
	}
	if err != nil {
		return nil, fmt.Errorf("load proposal: %w", err)
	}
	return p, nil
}

// ParseID accepts "P-17", "p-17" or "17".
func ParseID(s string) (int64, error) {
	t := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "P-"), "p-")
	id, err := strconv.ParseInt(t, 10, 64)
	if err != nil || id <= 0 {
		return 0, deny("%q is not a proposal ID; proposal IDs look like P-17", s)
	}
	return id, nil
}

// List returns proposals, newest first; with no states, every proposal.
func (e *Engine) List(ctx context.Context, limit int, states ...State) ([]*Proposal, error) {
	q := `SELECT ` + proposalCols + ` FROM proposals`
	var args []any
	if len(states) > 0 {
		q += ` WHERE status IN (` + strings.TrimSuffix(strings.Repeat("?,", len(states)), ",") + `)`
		for _, s := range states {
			args = append(args, string(s))
		}
	}
	q += ` ORDER BY id DESC LIMIT ?`
	args = append(args, limit)
	rows, err := e.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list proposals: %w", err)
	}
	var out []*Proposal
	for rows.Next() {
		p, err := scanProposal(rows)
		if err != nil {
			_ = rows.Close()
			return nil, err
		}
		out = append(out, p)
	}
	_ = rows.Close()
	for _, p := range out {
		if err := loadChildren(ctx, e.db, p); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// AttachMessage records where a proposal is shown on a platform, so later states edit that message.
func (e *Engine) AttachMessage(ctx context.Context, id int64, m MessageRef) error {
	_, err := e.db.ExecContext(ctx, `INSERT INTO messages (proposal_id, platform, channel, message_id) VALUES (?,?,?,?)
		ON CONFLICT(proposal_id, platform, channel) DO UPDATE SET message_id = excluded.message_id`, id, m.Platform, m.Channel, m.MessageID)
	if err != nil {
		return fmt.Errorf("attach message to P-%d: %w", id, err)
	}
	return nil
}

// Audit returns the latest audit entries, newest first.
func (e *Engine) Audit(ctx context.Context, limit int) ([]AuditEntry, error) {
	return readAudit(ctx, e.db, limit)
}

// Record writes an audit row for what a person did outside a proposal (silencing an alert).
func (e *Engine) Record(ctx context.Context, u User, action, detail string) error {
	return auditLog(ctx, e.db, e.now(), &u, action, 0, detail, "")
}

func (e *Engine) auditNow(ctx context.Context, u *User, action string, id int64, detail, txHash string) error {
	err := auditLog(ctx, e.db, e.now(), u, action, id, detail, txHash)
	if err != nil {
		e.log.Error("audit write failed", "action", action, "proposal", id, "err", err)
	}
	return err
}

func (e *Engine) publish(ctx context.Context, kind string, id int64, actor *User, note string) {
	p, err := e.Get(context.WithoutCancel(ctx), id)
	if err != nil {
		e.log.Error("load proposal for notification", "proposal", id, "err", err)
		return
	}
	e.notify.Notify(context.WithoutCancel(ctx), Event{Kind: kind, Proposal: p, Actor: actor, Note: note})
}

// Fanout is a Notifier that forwards every event to the notifiers added to it. Adapters are built
// after the engine, so they register here once they exist.
type Fanout struct {
	mu  sync.RWMutex
	out []Notifier
}

// Add registers a notifier.
func (f *Fanout) Add(n Notifier) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.out = append(f.out, n)
}

// Notify forwards the event to every registered notifier.
func (f *Fanout) Notify(ctx context.Context, ev Event) {
	f.mu.RLock()
	out := append([]Notifier(nil), f.out...)
	f.mu.RUnlock()
	for _, n := range out {
		n.Notify(ctx, ev)
	}
}
