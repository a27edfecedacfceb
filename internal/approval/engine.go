// Package approval holds proposals: the team's approval policy (shared by every replica through the
// store), votes, the proposal state machine and expiry, and the proposal store. It knows no chat
// platform and sends nothing: the executor (internal/executor) signs and sends approved plans.
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
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/store"
)

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
	Repo     *Repo
	Policy   Policy // this replica's configured policy (the team's once SyncPolicy made it so)
	ChainID  uint64
	Network  chain.Network // auto-approval recognises claims on its Diamond
	Signer   common.Address
	Notifier Notifier
	Logger   *slog.Logger
	Now      func() time.Time
}

// Engine runs the approval flow: proposals, votes, cancels and expiry.
type Engine struct {
	repo      *Repo
	local     Policy
	localHash string
	chainID   uint64
	network   chain.Network
	signer    common.Address
	pub       *Publisher
	log       *slog.Logger
	now       func() time.Time

	polMu   sync.Mutex
	pol     Policy
	polHash string // "" until the team's policy was read
}

// New builds an engine.
func New(o Options) *Engine {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return &Engine{repo: o.Repo, local: o.Policy, localHash: o.Policy.Hash(), chainID: o.ChainID, network: o.Network, signer: o.Signer,
		pub: NewPublisher(o.Repo, o.Notifier, o.Logger), log: o.Logger, now: o.Now}
}

// Repo is the proposal store.
func (e *Engine) Repo() *Repo { return e.repo }

// SignerAddress is the address that signs every transaction.
func (e *Engine) SignerAddress() common.Address { return e.signer }

// ChainID is the chain the proposals are for.
func (e *Engine) ChainID() uint64 { return e.chainID }

// ProposeRequest is a plan a builder made, checked and simulated, for the team to approve.
type ProposeRequest struct {
	Kind       Kind
	Params     Params
	Execution  string   // ExecPipelined or ExecSequential ("": sequential)
	MORNeeded  *big.Int // what the plan pulls from the provider wallet
	Summary    string
	Steps      []Planned
	Gas        []uint64 // per step, from the simulation
	Simulation string   // what the simulation showed, for people
	Amounts    Amounts  // checked against the caps
	// Preconditions are the facts the plan's text relies on; Resources what it changes.
	Preconditions []Precondition
	Resources     []Resource
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

type originKey struct{}

// WithOrigin marks ctx as a command's: a plan proposed under it records the command line, so a stale
// plan can offer to run it again.
func WithOrigin(ctx context.Context, line string) context.Context {
	return context.WithValue(ctx, originKey{}, line)
}

func originOf(ctx context.Context) string {
	s, _ := ctx.Value(originKey{}).(string)
	return s
}

// Propose stores a new pending proposal. A person who may not propose, a plan over a cap, or a
// payload an open proposal already has gets a Denial. A plan of a kind the policy auto-approves,
// made only of claims, is approved at once.
func (e *Engine) Propose(ctx context.Context, u User, r ProposeRequest) (*Proposal, error) {
	return e.propose(ctx, u, r, true)
}

// ProposeScheduled stores a plan morbot made on its own (a scheduled claim sweep), proposed by
// Scheduler: approvers vote on it as on any other, unless the policy auto-approves its kind.
func (e *Engine) ProposeScheduled(ctx context.Context, r ProposeRequest) (*Proposal, error) {
	return e.propose(ctx, Scheduler, r, false)
}

func (e *Engine) propose(ctx context.Context, u User, r ProposeRequest, person bool) (*Proposal, error) {
	if len(r.Steps) == 0 {
		return nil, errors.New("propose: a plan needs at least one step")
	}
	pol, polHash, err := e.teamPolicy(ctx, e.repo.db)
	if err != nil {
		return nil, err
	}
	if person {
		u = pol.Named(u)
		if !pol.CanPropose(u) {
			e.audit(ctx, &u, "propose refused", 0, "not a proposer: "+string(r.Kind))
			return nil, deny("you are not allowed to propose transactions (ask a team admin to add your %s ID %s to approval.proposers)", u.Platform, u.ID)
		}
	}
	if !r.Kind.LaneFree() {
		other, err := e.repo.InFlight(ctx, e.signer, 0)
		if err != nil {
			return nil, err
		}
		if other != 0 {
			o, err := e.Get(ctx, other)
			if err != nil {
				return nil, err
			}
			e.audit(ctx, &u, "propose refused", 0, string(r.Kind)+": "+o.HumanID()+" in flight")
			return nil, deny("%s has transactions in flight (%s), so no new plan is taken for this signer until it settles: wait for it, speed it up with /mor tx speedup %s, or cancel it once it has settled (/mor proposals cancel %s)",
				o.HumanID(), InFlightStep(o), o.HumanID(), o.HumanID())
		}
	}
	if msg := pol.CheckCaps(r.Amounts); msg != "" {
		e.audit(ctx, &u, "propose refused", 0, msg)
		return nil, deny("refused: %s", msg)
	}
	tok, err := newToken()
	if err != nil {
		return nil, err
	}
	now := e.now()
	p := &Proposal{Token: tok, Kind: r.Kind, Params: r.Params, Execution: r.Execution, MORNeeded: r.MORNeeded, Summary: r.Summary, Simulation: r.Simulation,
		ChainID: e.chainID, Signer: e.signer, Proposer: u, Quorum: pol.Quorum, PolicyHash: polHash, Status: Pending, FailedStep: -1,
		Amounts: r.Amounts, Preconditions: r.Preconditions, Resources: r.Resources, Origin: originOf(ctx),
		CreatedAt: now, UpdatedAt: now, ExpiresAt: now.Add(pol.Expiry)}
	if p.Execution == "" {
		p.Execution = ExecSequential
	}
	p.PayloadHash = PayloadHash(p.ChainID, p.Signer, r.Steps)
	for i, s := range r.Steps {
		var gas uint64
		if i < len(r.Gas) {
			gas = r.Gas[i]
		}
		p.Steps = append(p.Steps, Step{Planned: s, Index: i, Gas: gas, Status: StepPending})
	}
	auto := autoApproved(pol, e.network, r.Kind, r.Steps)
	var denial *Denial
	recs, err := e.repo.Write(ctx, now, func(w *Writer) error {
		denial = nil
		// One proposal at a time per signer decides "does an open proposal already do this?". A
		// speed-up or a gap filler repeats a call on purpose (it is checked by its nonce instead).
		if err := w.tx.LockKey(ctx, "propose "+e.signer.Hex()); err != nil {
			return err
		}
		if dup, err := openWithPayload(ctx, w.tx, r.Kind, p.PayloadHash); err != nil {
			return err
		} else if dup != 0 && !r.Kind.LaneFree() {
			denial = deny("%s already proposes this (the same transactions, payload %s); approve or reject that one instead (/mor proposals show %s)", HumanID(dup), p.ShortHash(), HumanID(dup))
			return nil
		}
		id, err := insertProposal(ctx, w.tx, p)
		if err != nil {
			return err
		}
		p.ID = id
		if err := w.Audit(ctx, &u, "proposed", id, string(r.Kind)+": "+r.Summary+" (payload "+p.ShortHash()+")", ""); err != nil {
			return err
		}
		if err := w.Emit(ctx, Record{Kind: EvCreated, Proposal: id, Actor: &u, Step: -1}); err != nil {
			return err
		}
		overlaps, err := overlapsOf(ctx, w.tx, id)
		if err != nil {
			return err
		}
		for _, line := range OverlapNotes(id, overlaps) {
			if err := w.Emit(ctx, Record{Kind: EvFlagged, Proposal: line.Proposal, Step: -1, Note: line.Note}); err != nil {
				return err
			}
		}
		if !auto {
			return nil
		}
		if _, err := w.CAS(ctx, id, []State{Pending}, Approved, "", -1); err != nil {
			return err
		}
		if err := w.tx.NotifyTx(ctx, store.Approved); err != nil {
			return err
		}
		if err := w.Audit(ctx, nil, "auto-approved", id, AutoApproveNote(r.Kind)+" (payload "+p.ShortHash()+")", ""); err != nil {
			return err
		}
		return w.Emit(ctx, Record{Kind: EvApproved, Proposal: id, Note: AutoApproveNote(r.Kind), Step: -1})
	})
	if err != nil {
		return nil, fmt.Errorf("propose %s: %w", r.Kind, err)
	}
	if denial != nil {
		e.audit(ctx, &u, "propose refused", 0, denial.Reason)
		return nil, denial
	}
	e.pub.Publish(ctx, recs)
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
// as *Denial and change nothing (they are audited). The vote locks only its proposal's row, and is
// judged by the team's policy as the store holds it now.
func (e *Engine) Vote(ctx context.Context, u User, token string, approve bool) (*VoteResult, error) {
	if !validToken(token) {
		e.audit(ctx, &u, "vote refused", 0, "malformed proposal token")
		return nil, deny("that button does not belong to any proposal (it may be from another deployment or tampered with)")
	}
	var (
		res    VoteResult
		denial *Denial
		id     int64
	)
	now := e.now()
	recs, err := e.repo.Write(ctx, now, func(w *Writer) error {
		res, denial, id = VoteResult{}, nil, 0
		pol, hash, err := e.teamPolicy(ctx, w.tx)
		if err != nil {
			return err
		}
		u := pol.Named(u) // a listed member votes under their name
		p, err := w.Lock(ctx, "token = ?", token)
		if store.IsNoRows(err) {
			denial = deny("that button does not belong to any proposal (it may be from another deployment or tampered with)")
			return w.Audit(ctx, &u, "vote refused", 0, "unknown proposal token", "")
		}
		if err != nil {
			return err
		}
		id = p.ID
		if p.Status == Pending && !now.Before(p.ExpiresAt) {
			if _, err := w.CAS(ctx, p.ID, []State{Pending}, Expired, "expired before reaching quorum", -1); err != nil {
				return err
			}
			if err := w.Emit(ctx, Record{Kind: EvExpired, Proposal: p.ID, Step: -1}); err != nil {
				return err
			}
			denial = deny("%s expired at %s before reaching its quorum; propose it again", p.HumanID(), p.ExpiresAt.UTC().Format(time.RFC3339))
			return w.Audit(ctx, &u, "vote refused", p.ID, "expired", "")
		}
		if p.Status != Pending {
			denial = deny("%s is already %s; votes are closed", p.HumanID(), p.Status)
			return w.Audit(ctx, &u, "vote refused", p.ID, "closed: "+string(p.Status), "")
		}
		if !pol.CanApprove(u) {
			denial = deny("you are not an approver of %s", p.HumanID())
			return w.Audit(ctx, &u, "vote refused", p.ID, "not an approver", "")
		}
		if approve && pol.SamePerson(u, p.Proposer) && !pol.ProposerMayApprove {
			how := ""
			if !u.Same(p.Proposer) {
				how = fmt.Sprintf(" (as %s on %s)", p.Proposer.Name, p.Proposer.Platform)
			}
			denial = deny("you proposed %s%s, so you cannot approve it; %d other approver(s) must", p.HumanID(), how, pol.Quorum)
			return w.Audit(ctx, &u, "vote refused", p.ID, "self-approval", "")
		}
		for _, v := range p.Votes {
			if pol.SamePerson(v.User, u) {
				how := ""
				if !v.User.Same(u) {
					how = " (from " + v.User.Platform + ")"
				}
				res = VoteResult{Message: fmt.Sprintf("you already voted to %s %s%s; one person has one vote, so nothing changed", verb(v.Approve), p.HumanID(), how)}
				return nil
			}
		}
		if err := w.AddVote(ctx, p.ID, u, approve); err != nil {
			return err
		}
		if err := w.Audit(ctx, &u, past(approve), p.ID, "payload "+p.ShortHash(), ""); err != nil {
			return err
		}
		if p.Quorum != pol.Quorum || p.PolicyHash != hash {
			if err := w.SetQuorum(ctx, p.ID, pol.Quorum, hash); err != nil {
				return err
			}
		}
		res.Changed = true
		p.Votes = append(p.Votes, Vote{User: u, Approve: approve, At: now})
		approvals, _ := countedApprovals(pol, p)
		event := Record{Kind: EvVoted, Proposal: p.ID, Actor: &u, Step: -1}
		switch {
		case !approve && pol.AnyRejectEnds:
			if _, err := w.CAS(ctx, p.ID, []State{Pending}, Rejected, "rejected by "+u.String(), -1); err != nil {
				return err
			}
			event.Kind = EvRejected
			res.Message = fmt.Sprintf("you rejected %s; it is closed and nothing will be sent", p.HumanID())
		case approvals >= pol.Quorum:
			// Quorums of one signer's plans are serialised (on PostgreSQL an advisory lock; SQLite
			// serialises every write), so each one sees the plans approved before it and says truly
			// whether it is sending now or queued behind one of them.
			if !p.Kind.LaneFree() {
				if err := w.tx.LockKey(ctx, "quorum "+p.Signer.Hex()); err != nil {
					return err
				}
			}
			ok, err := w.CAS(ctx, p.ID, []State{Pending}, Approved, "", -1)
			if err != nil {
				return err
			}
			if ok {
				if err := w.tx.NotifyTx(ctx, store.Approved); err != nil {
					return err
				}
				event.Kind = EvApproved
				res.Message = fmt.Sprintf("you approved %s; quorum %d/%d reached, sending now", p.HumanID(), approvals, pol.Quorum)
				// Say what really happens: a plan behind another of the same signer waits its turn.
				if !p.Kind.LaneFree() {
					ahead, why, err := queuedBehind(ctx, w.tx, p)
					if err != nil {
						return err
					}
					if ahead != "" {
						res.Message = fmt.Sprintf("you approved %s; quorum %d/%d; queued behind %s, which %s; it starts on its own after that", p.HumanID(), approvals, pol.Quorum, ahead, why)
						if err := w.Audit(ctx, nil, "queued", p.ID, "behind "+ahead, ""); err != nil {
							return err
						}
					}
				}
			}
		default:
			res.Message = fmt.Sprintf("you %s %s (%d/%d approvals)", past(approve), p.HumanID(), approvals, pol.Quorum)
		}
		return w.Emit(ctx, event)
	})
	if err != nil {
		return nil, fmt.Errorf("vote: %w", err)
	}
	e.pub.Publish(ctx, recs)
	if denial != nil {
		return nil, denial
	}
	p, err := e.Get(ctx, id)
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
		if Kind(kind).LaneFree() {
			continue
		}
		if State(status) != Approved {
			return HumanID(id), "has transactions in flight", nil
		}
		return HumanID(id), "was approved first and goes first", nil
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

// InFlightStep describes a proposal's step in flight for people.
func InFlightStep(p *Proposal) string {
	for _, s := range p.Steps {
		if (s.Status == StepSigned || s.Status == StepSent) && s.Hash != nil {
			state := "signed, broadcast not confirmed"
			if s.Status == StepSent {
				state = "sent, not mined"
			}
			return fmt.Sprintf("step %d (%s, tx %s) is %s", s.Index+1, s.Name(), s.Hash.Hex(), state)
		}
	}
	return "it is being sent"
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
	pol := e.Policy()
	u = pol.Named(u)
	if !pol.SamePerson(u, p.Proposer) && !pol.CanApprove(u) {
		e.audit(ctx, &u, "cancel refused", id, "not proposer or approver")
		return nil, deny("only the proposer or an approver can cancel %s", p.HumanID())
	}
	var denial *Denial
	recs, err := e.repo.Write(ctx, e.now(), func(w *Writer) error {
		denial = nil
		var dropped []string
		cur, err := w.Lock(ctx, "id = ?", id)
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
						cur.HumanID(), InFlightStep(cur), cur.HumanID())
					return nil
				case s.Status == StepPending:
					dropped = append(dropped, fmt.Sprintf("step %d (%s)", s.Index+1, s.Name()))
				case s.Status == StepSigned: // signed for a pipelined plan, never broadcast: the bytes exist only here
					dropped = append(dropped, fmt.Sprintf("step %d (%s, signed but never broadcast)", s.Index+1, s.Name()))
					unsent = append(unsent, s.Index)
				}
			}
			for _, i := range unsent {
				if err := w.DropSigned(ctx, id, i, "signed but never broadcast; dropped when the proposal was cancelled"); err != nil {
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
		ok, err := w.CAS(ctx, id, []State{cur.Status}, Cancelled, reason, -1)
		if err != nil {
			return err
		}
		if !ok {
			denial = deny("%s changed while cancelling; look at it again", cur.HumanID())
			return nil
		}
		if err := w.Audit(ctx, &u, "cancelled", id, reason, ""); err != nil {
			return err
		}
		return w.Emit(ctx, Record{Kind: EvCancelled, Proposal: id, Actor: &u, Step: -1})
	})
	if err != nil {
		return nil, fmt.Errorf("cancel %s: %w", p.HumanID(), err)
	}
	if denial != nil {
		e.audit(ctx, &u, "cancel refused", id, denial.Reason)
		return nil, denial
	}
	e.pub.Publish(ctx, recs)
	return e.Get(ctx, id)
}

// Sweep closes pending proposals past their expiry (the leader runs it).
func (e *Engine) Sweep(ctx context.Context) (int, error) {
	ids, err := e.repo.ExpiredIDs(ctx, e.now())
	if err != nil {
		return 0, fmt.Errorf("sweep: %w", err)
	}
	n := 0
	for _, id := range ids {
		ok := false
		recs, err := e.repo.Write(ctx, e.now(), func(w *Writer) error {
			var err error
			if ok, err = w.CAS(ctx, id, []State{Pending}, Expired, "expired before reaching quorum", -1); err != nil || !ok {
				return err
			}
			if err := w.Audit(ctx, nil, "expired", id, "", ""); err != nil {
				return err
			}
			return w.Emit(ctx, Record{Kind: EvExpired, Proposal: id, Step: -1})
		})
		if err != nil {
			return n, fmt.Errorf("sweep: %w", err)
		}
		if ok {
			n++
		}
		e.pub.Publish(ctx, recs)
	}
	return n, nil
}

// Get loads a proposal by numeric ID.
func (e *Engine) Get(ctx context.Context, id int64) (*Proposal, error) {
	p, err := e.repo.Get(ctx, id)
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
	p, err := e.repo.ByToken(ctx, token)
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
	return e.repo.List(ctx, limit, states...)
}

// AttachMessage records where a proposal is shown on a platform, so later states edit that message.
func (e *Engine) AttachMessage(ctx context.Context, id int64, m MessageRef) error {
	return e.repo.AttachMessage(ctx, id, m)
}

// Audit returns the latest audit entries, newest first.
func (e *Engine) Audit(ctx context.Context, limit int) ([]AuditEntry, error) {
	return e.repo.Audit(ctx, limit)
}

// InFlightTxs lists the transactions that were broadcast (or may have been) and have no outcome yet.
func (e *Engine) InFlightTxs(ctx context.Context) ([]InFlightTx, error) {
	return e.repo.InFlightTxs(ctx)
}

// Record writes an audit row for what a person did outside a proposal (silencing an alert).
func (e *Engine) Record(ctx context.Context, u User, action, detail string) error {
	return e.repo.AuditNow(ctx, e.now(), &u, action, 0, detail, "")
}

func (e *Engine) audit(ctx context.Context, u *User, action string, id int64, detail string) {
	if err := e.repo.AuditNow(ctx, e.now(), u, action, id, detail, ""); err != nil {
		e.log.Error("audit write failed", "action", action, "proposal", id, "err", err)
	}
}
