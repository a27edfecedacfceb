package executor

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
)

// pipelined reports whether a proposal runs pipelined: recorded so when it was made, several
// transactions, all on-chain (an off-chain step waits for the chain steps before it to be
// confirmed), and not a speed-up or a gap filler (those reuse one given nonce).
func pipelined(p *approval.Proposal) bool {
	if p.Execution != approval.ExecPipelined || p.Kind.LaneFree() || len(p.Steps) < 2 {
		return false
	}
	for _, s := range p.Steps {
		if !s.OnChain() {
			return false
		}
	}
	return true
}

// runPipelined executes a plan in one go: every unsigned step is signed with consecutive nonces and
// recorded (hash and bytes) before anything is broadcast; the steps are broadcast in order (a failed
// broadcast holds back the ones after it); then each step is settled by its own receipt, so a later
// step is never reported confirmed because an earlier one was. gas holds the steps' gas from the
// pre-send check a fresh execution just ran; nil means the plan is resumed and is checked again here
// before anything unsigned is signed.
func (x *Executor) runPipelined(ctx context.Context, p *approval.Proposal, gas map[int]uint64) {
	var unsigned []int
	for i, s := range p.Steps {
		if s.Status == approval.StepPending {
			unsigned = append(unsigned, i)
		}
	}
	if len(unsigned) > 0 {
		if gas == nil {
			var ok bool
			if gas, ok = x.presend(ctx, p, unsigned[0]); !ok {
				return
			}
		}
		if gas == nil { // the node cannot simulate the whole plan: no gas for later steps, so one at a time
			x.log.Info("plan not pipelined: the node has no eth_simulateV1, so later steps' gas is unknown", "proposal", p.HumanID())
			x.runSteps(ctx, p, true)
			return
		}
		if err := x.signAll(ctx, p, unsigned, gas); err != nil {
			return
		}
	}
	// Broadcast in order every signed step whose broadcast was never attempted; a failure stops here,
	// and settling below broadcasts the rest once the failed one is resolved.
	for i := range p.Steps {
		s := &p.Steps[i]
		if s.Status != approval.StepSigned || s.Attempted {
			continue
		}
		if err := x.broadcast(ctx, p, s); err != nil {
			if errors.Is(err, errStopped) {
				return // the lease is gone, the proposal was cancelled, or a crash was injected
			}
			break
		}
	}
	// Settle each step on its own receipt, in nonce order.
	from := x.signer.Address()
	var (
		firstFailed = -1
		failReason  string
		outcomes    []string
	)
	for i := range p.Steps {
		s := &p.Steps[i]
		switch s.Status {
		case approval.StepConfirmed:
			continue
		case approval.StepFailed, approval.StepDropped:
			if firstFailed < 0 && s.Status == approval.StepFailed {
				firstFailed, failReason = i, s.Error
			}
			continue
		}
		if firstFailed >= 0 && s.Status == approval.StepSigned && !s.Attempted {
			// Signed but never broadcast: these bytes exist only in the store, so once the plan has failed
			// they are given up and their nonces stay free.
			note := fmt.Sprintf("signed as %s (nonce %d) but never broadcast; dropped because step %d failed first, so its nonce stays free", s.Hash.Hex(), *s.Nonce, firstFailed+1)
			if err := x.persist(ctx, "drop an unsent step", func(w *approval.Writer) error { return w.DropSigned(ctx, p.ID, i, note) }); err != nil {
				return
			}
			s.Status = approval.StepDropped
			outcomes = append(outcomes, fmt.Sprintf("step %d (%s) %s", i+1, s.Name(), note))
			continue
		}
		hash := *s.Hash
		rc, mined, err := x.settle(ctx, p, s)
		switch {
		case errors.Is(err, errNonceTaken):
			x.nonceTaken(ctx, p, s, hash)
			if firstFailed < 0 {
				firstFailed, failReason = i, s.Error
			} else {
				outcomes = append(outcomes, s.Error)
			}
			continue
		case err != nil:
			if ctx.Err() != nil || errors.Is(err, errStopped) {
				return
			}
			x.markUnknown(ctx, p, i, fmt.Sprintf("step %d (%s) was sent as %s but is not mined yet: %v; morbot keeps reconciling it and the steps after it with the chain (by hash and nonce) and never signs them again", i+1, s.Name(), hash.Hex(), err))
			return
		}
		x.noteMined(ctx, p, i, hash, mined)
		if rc.Status != types.ReceiptStatusSuccessful {
			// Replay it after the plan's earlier steps mined in the same block, to find the reason.
			var prior []chain.TxRequest
			for j := 0; j < i; j++ {
				if b := p.Steps[j].Block; b != 0 && b == rc.BlockNumber.Uint64() {
					prior = append(prior, p.Steps[j].Tx)
				}
			}
			rv := x.chain.FailureReasonAfter(ctx, from, prior, s.Tx, rc)
			reason := fmt.Sprintf("step %d (%s) reverted on-chain in %s: %s", i+1, s.Name(), mined.Hex(), rv.Reason)
			x.reverted(ctx, p, s, mined, rc.BlockNumber.Uint64(), reason)
			if firstFailed < 0 {
				firstFailed, failReason = i, reason
			} else {
				outcomes = append(outcomes, reason)
			}
			continue
		}
		if !x.confirmedStep(ctx, p, s, mined, rc.BlockNumber.Uint64()) {
			return
		}
		if firstFailed >= 0 {
			outcomes = append(outcomes, fmt.Sprintf("step %d (%s) was already sent and was mined successfully in block %d", i+1, s.Name(), rc.BlockNumber.Uint64()))
		}
	}
	if firstFailed >= 0 {
		reason := failReason
		if len(outcomes) > 0 {
			reason += "; after it: " + strings.Join(outcomes, "; ")
		}
		x.fail(ctx, p, firstFailed, reason)
		return
	}
	x.confirm(ctx, p)
}

// signAll signs the given steps with consecutive nonces from the account's next one and records all
// of them (nonce, hash, bytes) in one fenced store transaction, before any is broadcast. Either every
// step is recorded or none is.
func (x *Executor) signAll(ctx context.Context, p *approval.Proposal, idx []int, gas map[int]uint64) error {
	if x.beforeSign != nil {
		if err := x.beforeSign(p, idx[0]); err != nil {
			return errStopped
		}
	}
	from := x.signer.Address()
	first, err := x.chain.PendingNonce(ctx, from)
	if err != nil {
		x.fail(ctx, p, idx[0], fmt.Sprintf("step %d (%s) not sent: could not read the nonce: %v", idx[0]+1, p.Steps[idx[0]].Name(), err))
		return err
	}
	head, err := x.chain.BlockNumber(ctx)
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
		tx, err := x.chain.Build(ctx, from, s.Tx, nonce, gas[i])
		if err != nil {
			x.fail(ctx, p, i, fmt.Sprintf("step %d (%s) not sent, nor any step: %v", i+1, s.Name(), err))
			return err
		}
		signed, err := x.signer.SignTx(ctx, tx, x.chain.ChainID())
		if err != nil {
			x.fail(ctx, p, i, fmt.Sprintf("step %d (%s) not sent, nor any step: signing failed: %v", i+1, s.Name(), err))
			return err
		}
		raw, err := signed.MarshalBinary()
		if err != nil {
			x.fail(ctx, p, i, fmt.Sprintf("step %d (%s) not sent: %v", i+1, s.Name(), err))
			return err
		}
		out = append(out, signedStep{i: i, nonce: nonce, hash: signed.Hash(), raw: raw})
	}
	err = x.persist(ctx, "record the signed steps", func(w *approval.Writer) error {
		for _, st := range out {
			ok, err := w.RecordSigned(ctx, p.ID, st.i, st.nonce, st.hash, st.raw, head, false)
			if err != nil {
				return err
			}
			if !ok {
				return errStopped
			}
			if err := w.Audit(ctx, nil, "signed", p.ID, fmt.Sprintf("step %d (%s) nonce %d", st.i+1, p.Steps[st.i].Name(), st.nonce), st.hash.Hex()); err != nil {
				return err
			}
			if err := w.Emit(ctx, approval.Record{Kind: approval.EvStepSigned, Proposal: p.ID, Step: st.i, Hash: st.hash}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return errStopped
	}
	for _, st := range out {
		s := &p.Steps[st.i]
		nonce, hash := st.nonce, st.hash
		s.Status, s.Nonce, s.Hash, s.Raw = approval.StepSigned, &nonce, &hash, st.raw
	}
	return nil
}

// broadcast sends one recorded step's bytes, after recording that it is being attempted and checking
// the lease. An error means later steps must wait (they are broadcast once this one is resolved).
func (x *Executor) broadcast(ctx context.Context, p *approval.Proposal, s *approval.Step) error {
	if err := x.attempt(ctx, p, s); err != nil {
		return err
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(s.Raw); err != nil {
		return err
	}
	x.log.Debug("broadcasting", "proposal", p.HumanID(), "step", s.Index+1, "kind", s.Name(), "nonce", tx.Nonce(), "tx", tx.Hash().Hex(), "signer", x.signer)
	if err := x.checkLease(ctx); err != nil {
		return errStopped
	}
	if err := x.chain.Broadcast(ctx, &tx); err != nil {
		if errors.Is(err, chain.ErrNonceTooLow) {
			return nil // settled by its receipt, or found taken
		}
		x.markUnknown(ctx, p, s.Index, fmt.Sprintf("step %d (%s) broadcast of %s failed: %v; it may or may not have reached the network; the steps after it wait, and morbot reconciles by hash and nonce", s.Index+1, s.Name(), tx.Hash().Hex(), err))
		return err
	}
	if x.afterBroadcast != nil {
		if err := x.afterBroadcast(p, s.Index); err != nil {
			return errStopped
		}
	}
	return x.markSent(ctx, p, s, tx.Hash())
}
