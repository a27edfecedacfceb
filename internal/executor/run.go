package executor

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/approval"
)

// execute runs an approved proposal: it waits its turn in the signer's lane, re-plans an allowance
// step decided before the plan ahead ran, runs the pre-send checks at one block, then signs and sends.
func (x *Executor) execute(ctx context.Context, id int64) {
	kind, err := x.repo.KindOf(ctx, id)
	if err != nil {
		x.log.Error("start execution", "proposal", id, "err", err)
		return
	}
	if !kind.LaneFree() {
		x.lane.Lock()
		defer x.lane.Unlock()
		// Another plan of this signer still has transactions in flight (stuck, or of unknown outcome):
		// this one waits, approved, and the reconciler starts it once the other has settled.
		other, err := x.repo.InFlight(ctx, x.signer.Address(), id)
		if err != nil {
			x.log.Error("start execution", "proposal", id, "err", err)
			return
		}
		if other != 0 {
			x.tellQueued(ctx, id, other)
			return
		}
	}
	p, err := x.repo.Get(ctx, id)
	if err != nil {
		x.log.Error("load approved proposal", "proposal", id, "err", err)
		return
	}
	if p.Status != approval.Approved {
		return // settled meanwhile (cancelled, or started by another drive)
	}
	// A plan that was told it waits is told when it really starts.
	note := ""
	if behind, err := x.repo.QueuedNote(ctx, id); err != nil {
		x.log.Warn("read the queue note", "proposal", id, "err", err)
	} else if behind != "" {
		note = "sending now (was queued " + behind + ")"
		if back, err := x.replanQueued(ctx, p); err != nil {
			x.log.Error("re-plan a queued proposal", "proposal", id, "err", err)
			return
		} else if back {
			return // back for approval with the new payload
		}
	}
	if pipelined(p) {
		gas, ok := x.presend(ctx, p, 0)
		if !ok || !x.begin(ctx, p, note) {
			return
		}
		x.runPipelined(ctx, p, gas)
		return
	}
	if _, ok := x.presend(ctx, p, 0); !ok || !x.begin(ctx, p, note) {
		return
	}
	x.runSteps(ctx, p, true)
}

// begin moves a checked plan from approved to submitting and says it is being sent.
func (x *Executor) begin(ctx context.Context, p *approval.Proposal, note string) bool {
	var moved bool
	err := x.persist(ctx, "start", func(w *approval.Writer) error {
		var err error
		if moved, err = w.CAS(ctx, p.ID, []approval.State{approval.Approved}, approval.Submitting, note, -1); err != nil || !moved {
			return err
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvExecuting, Proposal: p.ID, Note: note, Step: -1})
	})
	if err != nil || !moved {
		return false
	}
	p.Status = approval.Submitting
	return true
}

// tellQueued says, once per proposal, that an approved plan waits for another of the same signer.
func (x *Executor) tellQueued(ctx context.Context, id, other int64) {
	x.drivingMu.Lock()
	first := !x.queued[id]
	x.queued[id] = true
	x.drivingMu.Unlock()
	if !first {
		return
	}
	o, err := x.repo.Get(ctx, other)
	if err != nil {
		return
	}
	behind, _ := x.repo.QueuedNote(ctx, id)
	note := fmt.Sprintf("waiting for %s to settle (%s); it starts on its own after that", o.HumanID(), approval.InFlightStep(o))
	_ = x.persist(ctx, "queue", func(w *approval.Writer) error {
		if behind == "" { // the vote did not say so already
			if err := w.Audit(ctx, nil, "queued", id, "behind "+o.HumanID(), ""); err != nil {
				return err
			}
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvQueued, Proposal: id, Note: note, Step: -1})
	})
}

// resume drives a proposal a previous drive or process left in flight: settled steps are skipped,
// signed steps are reconciled by hash and nonce (re-sent only as the recorded bytes), and before any
// unsent step is signed the plan goes through the same checks as a fresh execution.
func (x *Executor) resume(ctx context.Context, id int64, why string) {
	p, err := x.repo.Get(ctx, id)
	if err != nil {
		x.log.Error("load proposal to reconcile", "proposal", id, "err", err)
		return
	}
	if !p.Kind.LaneFree() {
		x.lane.Lock()
		defer x.lane.Unlock()
	}
	if p, err = x.repo.Get(ctx, id); err != nil || p.Status.Final() || p.Status == approval.Pending || p.Status == approval.Approved {
		return // settled meanwhile
	}
	if why != "" {
		if err := x.persist(ctx, "reconcile", func(w *approval.Writer) error {
			return w.Audit(ctx, nil, "reconciling", id, why, "")
		}); err != nil {
			return
		}
	}
	x.runSteps(ctx, p, false)
}

// runSteps sends (or reconciles) each step in order and stops at the first failure. verified says
// the remaining steps were just checked (a fresh execution); otherwise they are checked before the
// first unsent step is signed.
func (x *Executor) runSteps(ctx context.Context, p *approval.Proposal, verified bool) {
	if !verified && pipelined(p) {
		x.runPipelined(ctx, p, nil)
		return
	}
	from := x.signer.Address()
	for i := range p.Steps {
		s := &p.Steps[i]
		switch s.Status {
		case approval.StepConfirmed:
			continue
		case approval.StepFailed:
			x.fail(ctx, p, i, s.Error)
			return
		}
		if s.Hash == nil && !verified {
			if _, ok := x.presend(ctx, p, i); !ok {
				return
			}
			verified = true
		}
		if !s.OnChain() {
			if !x.runOffchain(ctx, p, s) {
				return
			}
			continue
		}
		if s.Hash == nil {
			if err := x.sendStep(ctx, p, s); err != nil {
				return
			}
		}
		hash := *s.Hash
		rc, mined, err := x.settle(ctx, p, s)
		if errors.Is(err, errNonceTaken) {
			x.nonceTaken(ctx, p, s, hash)
			x.fail(ctx, p, i, s.Error)
			return
		}
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, errStopped) {
				return
			}
			x.markUnknown(ctx, p, i, fmt.Sprintf("step %d (%s) was sent as %s but is not mined yet: %v; morbot keeps reconciling it with the chain (by hash and nonce) and never signs it again", i+1, s.Name(), hash.Hex(), err))
			return
		}
		x.noteMined(ctx, p, i, hash, mined)
		if rc.Status != types.ReceiptStatusSuccessful {
			rv := x.chain.FailureReason(ctx, from, s.Tx, rc)
			reason := fmt.Sprintf("step %d (%s) reverted on-chain in %s: %s", i+1, s.Name(), mined.Hex(), rv.Reason)
			x.reverted(ctx, p, s, mined, rc.BlockNumber.Uint64(), reason)
			x.fail(ctx, p, i, reason)
			return
		}
		if !x.confirmedStep(ctx, p, s, mined, rc.BlockNumber.Uint64()) {
			return
		}
	}
	x.confirm(ctx, p)
}

// runOffchain runs an off-chain step (idempotent: after a crash it simply runs again) and records
// what it did; false stops the plan.
func (x *Executor) runOffchain(ctx context.Context, p *approval.Proposal, s *approval.Step) bool {
	if x.runner == nil {
		x.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) cannot run: no proxy-router is configured", s.Index+1, s.Name()))
		return false
	}
	if err := x.persist(ctx, "start an off-chain step", func(w *approval.Writer) error {
		if err := w.SetStepRun(ctx, p.ID, s.Index, approval.StepSent, "", ""); err != nil {
			return err
		}
		_, err := w.CAS(ctx, p.ID, []approval.State{approval.Submitting, approval.Unknown}, approval.Submitted, "", -1)
		return err
	}); err != nil {
		return false
	}
	note, err := x.runner.Run(ctx, *s.Action)
	if err != nil {
		reason := fmt.Sprintf("step %d (%s) failed: %v", s.Index+1, s.Name(), err)
		if x.persist(ctx, "record an off-chain failure", func(w *approval.Writer) error {
			if err := w.SetStepRun(ctx, p.ID, s.Index, approval.StepFailed, reason, note); err != nil {
				return err
			}
			return w.Emit(ctx, approval.Record{Kind: approval.EvStepFailed, Proposal: p.ID, Step: s.Index, Note: reason})
		}) != nil {
			return false
		}
		x.fail(ctx, p, s.Index, reason)
		return false
	}
	if x.persist(ctx, "record an off-chain result", func(w *approval.Writer) error {
		if err := w.SetStepRun(ctx, p.ID, s.Index, approval.StepConfirmed, "", note); err != nil {
			return err
		}
		if err := w.Audit(ctx, nil, "ran", p.ID, fmt.Sprintf("step %d (%s): %s", s.Index+1, s.Name(), note), ""); err != nil {
			return err
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvStepRan, Proposal: p.ID, Step: s.Index, Note: note})
	}) != nil {
		return false
	}
	s.Status = approval.StepConfirmed
	return true
}

// fail ends a plan with a failure. Only the chain (or a step that could not be made) fails a plan;
// the store's failures are retried, never recorded as the plan's.
func (x *Executor) fail(ctx context.Context, p *approval.Proposal, step int, reason string) {
	_ = x.persist(ctx, "record a failure", func(w *approval.Writer) error {
		ok, err := w.CAS(ctx, p.ID, []approval.State{approval.Approved, approval.Submitting, approval.Submitted, approval.Unknown}, approval.Failed, reason, step)
		if err != nil || !ok {
			return err
		}
		if err := w.Audit(ctx, nil, "failed", p.ID, reason, ""); err != nil {
			return err
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvFailed, Proposal: p.ID, Note: reason, Step: step})
	})
}

// markUnknown records that a step's outcome is not known yet. The first time it is told; later
// reconciliation rounds only refresh the reason.
func (x *Executor) markUnknown(ctx context.Context, p *approval.Proposal, step int, reason string) {
	if ctx.Err() != nil {
		return // shutting down: the recorded state is reconciled on the next start
	}
	_ = x.persist(ctx, "record an unknown outcome", func(w *approval.Writer) error {
		ok, err := w.CAS(ctx, p.ID, []approval.State{approval.Submitting, approval.Submitted}, approval.Unknown, reason, step)
		if err != nil {
			return err
		}
		if !ok {
			_, err = w.CAS(ctx, p.ID, []approval.State{approval.Unknown}, approval.Unknown, reason, step)
			return err
		}
		if err := w.Audit(ctx, nil, "outcome unknown", p.ID, reason, ""); err != nil {
			return err
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvUnknown, Proposal: p.ID, Note: reason, Step: step})
	})
}

// confirm moves a proposal whose every step is settled to Confirmed.
func (x *Executor) confirm(ctx context.Context, p *approval.Proposal) {
	_ = x.persist(ctx, "record a confirmed plan", func(w *approval.Writer) error {
		ok, err := w.CAS(ctx, p.ID, []approval.State{approval.Submitting, approval.Submitted, approval.Unknown}, approval.Confirmed, "", -1)
		if err != nil || !ok {
			return err
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvConfirmed, Proposal: p.ID, Step: -1})
	})
}
