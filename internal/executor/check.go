package executor

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
)

// presend runs the checks before anything unsent of a plan is signed, from step from on:
//
//   - before the plan's first signature, the team's policy as the store holds it now (votes that
//     count, caps): a plan that falls short goes back for approval;
//   - the payload against what was approved (chain, signer, steps);
//   - before the first signature, the facts the plan's text relies on, read again at the head block:
//     a plan whose world changed ends Stale, saying what changed;
//   - a simulation of the unsent on-chain steps at that same block.
//
// ok false means nothing may be sent: the plan was returned, marked stale or failed (recorded and
// told), or the executor stopped. gas holds each unsent on-chain step's gas from the simulation (nil
// when the node could not simulate the whole plan).
func (x *Executor) presend(ctx context.Context, p *approval.Proposal, from int) (gas map[int]uint64, ok bool) {
	fresh := !p.Started()
	if fresh {
		good, reason, quorum, hash, err := x.props.Recheck(ctx, p)
		if err != nil {
			x.log.Warn("read the team's policy before signing; trying again later", "proposal", p.HumanID(), "err", err)
			return nil, false
		}
		if !good {
			x.giveBack(ctx, p, reason, quorum, hash)
			return nil, false
		}
	}
	if approval.PayloadHash(x.chain.ChainID().Uint64(), x.signer.Address(), p.Planned()) != p.PayloadHash || p.Signer != x.signer.Address() {
		x.fail(ctx, p, -1, "refused before sending: the stored plan no longer matches what was approved (chain, signer or payload changed)")
		return nil, false
	}
	if p.Kind == approval.KindSpeedup {
		return nil, true // the replacement is checked with eth_call when it is built
	}
	block, err := x.chain.BlockNumber(ctx)
	if err != nil {
		x.fail(ctx, p, -1, "could not read the chain before sending, so nothing was sent: "+err.Error())
		return nil, false
	}
	if fresh && len(p.Preconditions) > 0 {
		if x.facts == nil {
			x.fail(ctx, p, -1, "refused before sending: this morbot cannot read the facts the plan was approved against")
			return nil, false
		}
		changes, err := x.facts.Changed(ctx, block, p.Preconditions)
		if err != nil {
			x.fail(ctx, p, -1, fmt.Sprintf("could not read again what the plan was approved against (at block %d), so nothing was sent: %v", block, err))
			return nil, false
		}
		if len(changes) > 0 {
			x.markStale(ctx, p, block, changes)
			return nil, false
		}
	}
	var (
		onchain []chain.TxRequest
		index   []int // onchain[i] is step index[i]
	)
	for i := from; i < len(p.Steps); i++ {
		s := p.Steps[i]
		if s.OnChain() && s.Status == approval.StepPending {
			onchain = append(onchain, s.Tx)
			index = append(index, i)
		}
	}
	if len(onchain) == 0 {
		return map[int]uint64{}, true
	}
	res, err := x.chain.SimulatePlanAt(ctx, x.signer.Address(), onchain, block)
	if err != nil {
		var se *chain.PlanStepError
		if errors.As(err, &se) {
			step := index[se.Step]
			x.fail(ctx, p, step, fmt.Sprintf("step %d (%s) would now fail, so nothing more was sent: %s", step+1, se.Kind, se.Revert.Reason))
			return nil, false
		}
		x.fail(ctx, p, -1, "could not re-simulate the plan before sending, so nothing more was sent: "+err.Error())
		return nil, false
	}
	if res.Mode != chain.PlanSimulatedAll {
		return nil, true
	}
	gas = map[int]uint64{}
	for k, i := range index {
		gas[i] = res.Gas[k]
	}
	return gas, true
}

// markStale ends a plan whose world changed before anything of it was signed: nothing is sent, and
// the message says what changed (was → now), so the team can propose again on the chain as it is.
func (x *Executor) markStale(ctx context.Context, p *approval.Proposal, block uint64, changes []approval.Change) {
	lines := make([]string, len(changes))
	for i, c := range changes {
		lines[i] = c.String()
	}
	reason := fmt.Sprintf("not sent: what it was approved against changed (read at block %d): %s. Propose it again to plan it on the chain as it is now",
		block, strings.Join(lines, "; "))
	_ = x.persist(ctx, "mark stale", func(w *approval.Writer) error {
		ok, err := w.CAS(ctx, p.ID, []approval.State{approval.Approved, approval.Submitting}, approval.Stale, reason, -1)
		if err != nil || !ok {
			return err
		}
		if err := w.Audit(ctx, nil, "stale", p.ID, reason, ""); err != nil {
			return err
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvStale, Proposal: p.ID, Note: reason, Step: -1})
	})
}

// giveBack returns an approved plan whose votes no longer meet the team's policy to approval: its
// votes stay, and it runs once enough of the right people approve.
func (x *Executor) giveBack(ctx context.Context, p *approval.Proposal, reason string, quorum int, hash string) {
	reason = "not sent: " + reason + "; it is back for approval"
	_ = x.persist(ctx, "return for approval", func(w *approval.Writer) error {
		ok, err := w.CAS(ctx, p.ID, []approval.State{approval.Approved, approval.Submitting}, approval.Pending, reason, -1)
		if err != nil || !ok {
			return err
		}
		if err := w.SetQuorum(ctx, p.ID, quorum, hash); err != nil {
			return err
		}
		if err := w.Audit(ctx, nil, "returned", p.ID, reason, ""); err != nil {
			return err
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvReturned, Proposal: p.ID, Note: reason, Step: -1})
	})
}

// replanQueued re-plans the allowance step of a plan that waited behind another, before it runs: the
// plan ahead may have set another allowance since (the team's intent, which a stale approve would
// undo). When the payload changes, the plan goes back for approval and true is returned.
func (x *Executor) replanQueued(ctx context.Context, p *approval.Proposal) (bool, error) {
	if x.replan == nil {
		return false, nil
	}
	r, err := x.replan.ReplanAllowance(ctx, p)
	if err != nil || r == nil {
		return false, err
	}
	newHash := approval.PayloadHash(p.ChainID, p.Signer, r.Steps)
	reason := fmt.Sprintf("%s. It was approved as payload %s; the new payload is %s. Approve it again to run it", r.Reason, p.PayloadHash.Hex(), newHash.Hex())
	var back bool
	err = x.persist(ctx, "re-plan", func(w *approval.Writer) error {
		var err error
		back, err = w.Replan(ctx, p, r.Steps, r.Gas, r.Summary, reason, w.Now().Add(x.props.Policy().Expiry))
		if err != nil || !back {
			return err
		}
		if err := w.Audit(ctx, nil, "re-planned", p.ID, fmt.Sprintf("approve step: payload %s → %s; back for approval", p.PayloadHash.Hex()[:10], newHash.Hex()[:10]), ""); err != nil {
			return err
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvReturned, Proposal: p.ID, Note: reason, Step: -1})
	})
	return back, err
}
