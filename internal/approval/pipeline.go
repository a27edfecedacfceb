package approval

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/chain"
)

// pipelined reports whether a proposal runs pipelined: recorded so when it was made, several
// transactions, all on-chain (an off-chain step waits for the chain steps before it to be
// confirmed), and not a speed-up or a gap filler (those reuse one given nonce).
func pipelined(p *Proposal) bool {
	if p.Params.Execution != ExecPipelined || laneFree(p.Kind) || len(p.Steps) < 2 {
		return false
	}
	for _, s := range p.Steps {
		if IsOffchain(s.Request) {
			return false
		}
	}
	return true
}

// runPipelined executes a plan in one go: every unsigned step is signed with consecutive nonces and
// recorded (hash and bytes) before anything is broadcast; the steps are broadcast in order (a failed
// broadcast holds back the ones after it); then each step is settled by its own receipt, so a later
// step is never reported confirmed because an earlier one was. gas holds the steps' gas from the
// re-simulation a fresh execution just ran; nil means the plan is resumed and is checked again here
// before anything unsigned is signed.
func (e *Engine) runPipelined(ctx context.Context, p *Proposal, gas map[int]uint64) {
	var unsigned []int
	for i, s := range p.Steps {
		if s.Status == StepPending {
			unsigned = append(unsigned, i)
		}
	}
	if len(unsigned) > 0 {
		if gas == nil {
			var ok bool
			if gas, ok = e.verifyGas(ctx, p, unsigned[0]); !ok {
				return
			}
		}
		if gas == nil { // the node cannot simulate the whole plan: no gas for later steps, so one at a time
			e.log.Info("plan not pipelined: the node has no eth_simulateV1, so later steps' gas is unknown", "proposal", p.HumanID())
			e.runSteps(ctx, p, true)
			return
		}
		if err := e.signAll(ctx, p, unsigned, gas); err != nil {
			return
		}
	}
	// Broadcast in order every signed step whose broadcast was never attempted; a failure stops here,
	// and settling below broadcasts the rest once the failed one is resolved.
	for i := range p.Steps {
		s := &p.Steps[i]
		if s.Status != StepSigned || s.Attempted {
			continue
		}
		if err := e.broadcast(ctx, p, s); err != nil {
			if errors.Is(err, errStopped) {
				return // the lease is gone, the proposal was cancelled, or a crash was injected
			}
			break
		}
	}
	// Settle each step on its own receipt, in nonce order.
	from := e.signer.Address()
	var (
		firstFailed = -1
		failReason  string
		outcomes    []string
	)
	for i := range p.Steps {
		s := &p.Steps[i]
		switch s.Status {
		case StepConfirmed:
			continue
		case StepFailed, StepDropped:
			if firstFailed < 0 && s.Status == StepFailed {
				firstFailed, failReason = i, s.Error
			}
			continue
		}
		if firstFailed >= 0 && s.Status == StepSigned && !s.Attempted {
			// Signed but never broadcast: these bytes exist only in the store, so once the plan has failed
			// they are given up and their nonces stay free.
			note := fmt.Sprintf("signed as %s (nonce %d) but never broadcast; dropped because step %d failed first, so its nonce stays free", s.Hash.Hex(), *s.Nonce, firstFailed+1)
			if err := e.write(ctx, func(q querier) error {
				_, err := q.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, error = ? WHERE proposal_id = ? AND step = ? AND status = ? AND attempted = FALSE`,
					StepDropped, note, p.ID, i, StepSigned)
				return err
			}); err != nil {
				e.stopped(err)
				return
			}
			s.Status = StepDropped
			outcomes = append(outcomes, fmt.Sprintf("step %d (%s) %s", i+1, s.Request.Kind, note))
			continue
		}
		hash := *s.Hash
		rc, mined, err := e.settle(ctx, p, s)
		switch {
		case errors.Is(err, errNonceTaken):
			reason := fmt.Sprintf("step %d (%s) %s was never mined: its nonce %d was used by another transaction of this wallet, so the step did not happen", i+1, s.Request.Kind, hash.Hex(), *s.Nonce)
			_ = e.setStep(ctx, p.ID, i, StepFailed, 0, reason)
			s.Status = StepFailed
			if firstFailed < 0 {
				firstFailed, failReason = i, reason
			} else {
				outcomes = append(outcomes, reason)
			}
			continue
		case err != nil:
			if ctx.Err() != nil || errors.Is(err, errStopped) {
				return
			}
			e.markUnknown(ctx, p, i, fmt.Sprintf("step %d (%s) was sent as %s but is not mined yet: %v; morbot keeps reconciling it and the steps after it with the chain (by hash and nonce) and never signs them again", i+1, s.Request.Kind, hash.Hex(), err))
			return
		}
		e.noteMined(ctx, p, i, hash, mined)
		if rc.Status != types.ReceiptStatusSuccessful {
			// Replay it after the plan's earlier steps mined in the same block, to find the reason.
			var prior []chain.TxRequest
			for j := 0; j < i; j++ {
				if b := p.Steps[j].Block; b != 0 && b == rc.BlockNumber.Uint64() {
					prior = append(prior, p.Steps[j].Request)
				}
			}
			rv := e.chain.FailureReasonAfter(ctx, from, prior, s.Request, rc)
			reason := fmt.Sprintf("step %d (%s) reverted on-chain in %s: %s", i+1, s.Request.Kind, mined.Hex(), rv.Reason)
			_ = e.setStep(ctx, p.ID, i, StepFailed, rc.BlockNumber.Uint64(), reason)
			s.Status, s.Block = StepFailed, rc.BlockNumber.Uint64()
			if firstFailed < 0 {
				firstFailed, failReason = i, reason
			} else {
				outcomes = append(outcomes, reason)
			}
			e.publish(ctx, "submitted", p.ID, nil, reason)
			continue
		}
		if err := e.setStep(ctx, p.ID, i, StepConfirmed, rc.BlockNumber.Uint64(), ""); err != nil {
			e.log.Error("record confirmation", "proposal", p.ID, "step", i, "err", err)
			return
		}
		s.Status, s.Block = StepConfirmed, rc.BlockNumber.Uint64()
		_ = e.auditNow(ctx, nil, "confirmed", p.ID, fmt.Sprintf("step %d (%s) in block %d", i+1, s.Request.Kind, rc.BlockNumber.Uint64()), mined.Hex())
		if firstFailed >= 0 {
			outcomes = append(outcomes, fmt.Sprintf("step %d (%s) was already sent and was mined successfully in block %d", i+1, s.Request.Kind, rc.BlockNumber.Uint64()))
		}
		e.publish(ctx, "submitted", p.ID, nil, fmt.Sprintf("step %d (%s) confirmed in block %d", i+1, s.Request.Kind, rc.BlockNumber.Uint64()))
	}
	if firstFailed >= 0 {
		reason := failReason
		if len(outcomes) > 0 {
			reason += "; after it: " + strings.Join(outcomes, "; ")
		}
		e.fail(ctx, p, firstFailed, reason)
		return
	}
	e.confirm(ctx, p)
}

// signAll signs the given steps with consecutive nonces from the account's next one and records all
// of them (nonce, hash, bytes) in one fenced store transaction, before any is broadcast. Either every
// step is recorded or none is.
func (e *Engine) signAll(ctx context.Context, p *Proposal, idx []int, gas map[int]uint64) error {
	if e.beforeSign != nil {
		if err := e.beforeSign(p, idx[0]); err != nil {
			return errStopped
		}
	}
	from := e.signer.Address()
	first, err := e.chain.PendingNonce(ctx, from)
	if err != nil {
		e.fail(ctx, p, idx[0], fmt.Sprintf("step %d (%s) not sent: could not read the nonce: %v", idx[0]+1, p.Steps[idx[0]].Request.Kind, err))
		return err
	}
	head, err := e.chain.BlockNumber(ctx)
	if err != nil {
		head = 0
	}
	type signedStep struct {
		i     int
		nonce uint64
		hash  common.Hash
		raw   []byte
	}
	var out []signedStep
	for k, i := range idx {
		s := p.Steps[i]
		nonce := first + uint64(k)
		tx, err := e.chain.Build(ctx, from, s.Request, nonce, gas[i])
		if err != nil {
			e.fail(ctx, p, i, fmt.Sprintf("step %d (%s) not sent, nor any step: %v", i+1, s.Request.Kind, err))
			return err
		}
		signed, err := e.signer.SignTx(ctx, tx, e.chain.ChainID())
		if err != nil {
			e.fail(ctx, p, i, fmt.Sprintf("step %d (%s) not sent, nor any step: signing failed: %v", i+1, s.Request.Kind, err))
			return err
		}
		raw, err := signed.MarshalBinary()
		if err != nil {
			e.fail(ctx, p, i, fmt.Sprintf("step %d (%s) not sent: %v", i+1, s.Request.Kind, err))
			return err
		}
		out = append(out, signedStep{i: i, nonce: nonce, hash: signed.Hash(), raw: raw})
	}
	err = e.write(ctx, func(q querier) error {
		for _, x := range out {
			res, err := q.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, nonce = ?, hash = ?, raw = ?, sent_block = ?, attempted = FALSE WHERE proposal_id = ? AND step = ? AND status = ?
				AND EXISTS (SELECT 1 FROM proposals WHERE id = ? AND status IN (?,?,?))`,
				StepSigned, x.nonce, x.hash.Hex(), x.raw, head, p.ID, x.i, StepPending, p.ID, string(Submitting), string(Submitted), string(Unknown))
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n != 1 {
				return errStopped
			}
		}
		return nil
	})
	if err != nil {
		if !e.stopped(err) && !errors.Is(err, errStopped) {
			e.fail(ctx, p, idx[0], fmt.Sprintf("not sent: could not record the signed steps: %v", err))
		}
		return errStopped
	}
	for _, x := range out {
		s := &p.Steps[x.i]
		nonce, hash := x.nonce, x.hash
		s.Status, s.Nonce, s.Hash, s.Raw = StepSigned, &nonce, &hash, x.raw
		_ = e.auditNow(ctx, nil, "signed", p.ID, fmt.Sprintf("step %d (%s) nonce %d", x.i+1, s.Request.Kind, nonce), hash.Hex())
	}
	return nil
}

// broadcast sends one recorded step's bytes, after recording that it is being attempted and checking
// the lease. An error means later steps must wait (they are broadcast once this one is resolved).
func (e *Engine) broadcast(ctx context.Context, p *Proposal, s *Step) error {
	if err := e.attempt(ctx, p, s); err != nil {
		return err
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(s.Raw); err != nil {
		return err
	}
	e.log.Debug("broadcasting", "proposal", p.HumanID(), "step", s.Index+1, "kind", s.Request.Kind, "nonce", tx.Nonce(), "tx", tx.Hash().Hex(), "signer", e.signer)
	if err := e.checkLease(ctx); err != nil {
		return errStopped
	}
	if err := e.chain.Broadcast(ctx, &tx); err != nil {
		if errors.Is(err, chain.ErrNonceTooLow) {
			return nil // settled by its receipt, or found taken
		}
		e.markUnknown(ctx, p, s.Index, fmt.Sprintf("step %d (%s) broadcast of %s failed: %v; it may or may not have reached the network; the steps after it wait, and morbot reconciles by hash and nonce", s.Index+1, s.Request.Kind, tx.Hash().Hex(), err))
		return err
	}
	if e.afterBroadcast != nil {
		if err := e.afterBroadcast(p, s.Index); err != nil {
			return errStopped
		}
	}
	return e.markSent(ctx, p, s, tx.Hash())
}

// noteMined records which transaction settled a step when it was not the step's own (a replacement,
// or the original a speed-up replaced).
func (e *Engine) noteMined(ctx context.Context, p *Proposal, i int, hash, mined common.Hash) {
	if mined == hash {
		return
	}
	note := "mined as " + mined.Hex() + " (a same-nonce replacement)"
	if p.Kind == KindSpeedup {
		note = "the original transaction " + mined.Hex() + " was mined first; nothing was replaced"
	}
	_ = e.write(ctx, func(q querier) error {
		_, err := q.ExecContext(ctx, `UPDATE proposal_txs SET note = ? WHERE proposal_id = ? AND step = ?`, note, p.ID, i)
		return err
	})
}

// markAttempted records that a step's bytes are about to be broadcast, only while its proposal is
// still executing (a cancellation that dropped the step wins); errStopped otherwise.
// attempt records, fenced, that a step's recorded bytes are about to be broadcast (errStopped when
// the lease or the proposal's state no longer allows it).
func (e *Engine) attempt(ctx context.Context, p *Proposal, s *Step) error {
	if err := e.write(ctx, func(q querier) error {
		return markAttempted(ctx, q, p.ID, s.Index)
	}); err != nil {
		e.stopped(err)
		return errStopped
	}
	s.Attempted = true
	return nil
}

// confirm moves a proposal whose every step is settled to Confirmed and tells the adapters.
func (e *Engine) confirm(ctx context.Context, p *Proposal) {
	ok, err := e.cas(ctx, p.ID, []State{Submitting, Submitted, Unknown}, Confirmed, "", -1)
	if err != nil {
		e.log.Error("record confirmed proposal", "proposal", p.ID, "err", err)
		return
	}
	if ok {
		e.publish(ctx, "confirmed", p.ID, nil, "")
	}
}

func markAttempted(ctx context.Context, q querier, id int64, step int) error {
	res, err := q.ExecContext(ctx, `UPDATE proposal_txs SET attempted = TRUE WHERE proposal_id = ? AND step = ? AND status IN (?, ?)
		AND EXISTS (SELECT 1 FROM proposals WHERE id = ? AND status IN (?,?,?))`, id, step, StepSigned, StepSent, id, string(Submitting), string(Submitted), string(Unknown))
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return errStopped
	}
	return nil
}
