package executor

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
)

// sendStep builds (simulating this step against current state), signs, records and broadcasts one
// step, and fills in the step's nonce, hash and bytes. A nil error means the step is signed and
// recorded; whether the broadcast reached the network is settled by settle.
func (x *Executor) sendStep(ctx context.Context, p *approval.Proposal, s *approval.Step) error {
	if x.beforeSign != nil {
		if err := x.beforeSign(p, s.Index); err != nil {
			return errStopped
		}
	}
	from := x.signer.Address()
	var (
		nonce uint64
		tx    *types.Transaction
		err   error
	)
	switch par := p.Params.(type) {
	case approval.SpeedupParams:
		r := par.Replaces
		nonce = par.Nonce
		tx, err = x.chain.BuildReplacement(ctx, from, s.Tx, par.Nonce, r.Gas, r.Tip, r.FeeCap)
	case approval.FillParams:
		nonce = par.Nonce
		latest, err := x.chain.Nonce(ctx, from)
		if err != nil {
			x.fail(ctx, p, s.Index, fmt.Sprintf("gap filler not sent: could not read the nonce: %v", err))
			return err
		}
		if latest > nonce {
			x.fail(ctx, p, s.Index, fmt.Sprintf("gap filler not sent: nonce %d is already used on-chain (the account's next nonce is %d), so there is no gap to fill", nonce, latest))
			return errNonceTaken
		}
		tx, err = x.chain.Build(ctx, from, s.Tx, nonce, 21_000)
	default:
		if p.Kind == approval.KindSpeedup || p.Kind == approval.KindFillNonce {
			x.fail(ctx, p, s.Index, "not sent: its parameters (the nonce it is sent with) are missing")
			return errors.New("speed-up or gap filler without its parameters")
		}
		nonce, err = x.chain.PendingNonce(ctx, from)
		if err != nil {
			x.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) not sent: could not read the nonce: %v", s.Index+1, s.Name(), err))
			return err
		}
		tx, err = x.chain.Build(ctx, from, s.Tx, nonce, 0)
	}
	if err != nil {
		var rv *chain.RevertError
		if errors.As(err, &rv) {
			x.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) would fail, so it was not sent: %s", s.Index+1, s.Name(), rv.Reason))
		} else {
			x.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) not sent: %v", s.Index+1, s.Name(), err))
		}
		return err
	}
	signed, err := x.signer.SignTx(ctx, tx, x.chain.ChainID())
	if err != nil {
		x.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) not sent: signing failed: %v", s.Index+1, s.Name(), err))
		return err
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		x.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) not sent: %v", s.Index+1, s.Name(), err))
		return err
	}
	hash := signed.Hash()
	head, err := x.chain.BlockNumber(ctx)
	if err != nil {
		head = 0 // only used to notice a transaction that is not mined
	}
	// Record the hash and the signed bytes before broadcasting: after a crash, the next drive finds them
	// and re-sends these exact bytes (the same hash), never a second transaction. The write is fenced,
	// happens only while the proposal is still executing (not cancelled), and is retried while the
	// store fails: nothing was broadcast, so waiting costs nothing but time.
	err = x.persist(ctx, "record a signed step", func(w *approval.Writer) error {
		ok, err := w.RecordSigned(ctx, p.ID, s.Index, nonce, hash, raw, head, true)
		if err != nil {
			return err
		}
		if !ok {
			return errStopped
		}
		if sp, isSpeedup := p.Params.(approval.SpeedupParams); isSpeedup {
			// Either transaction settles both steps: the original's and this replacement's.
			if err := w.AddAlternative(ctx, sp.Replaces.Proposal, sp.Replaces.Step, hash); err != nil {
				return err
			}
			if err := w.AddAlternative(ctx, p.ID, s.Index, sp.Replaces.Hash); err != nil {
				return err
			}
		}
		if err := w.Audit(ctx, nil, "signed", p.ID, fmt.Sprintf("step %d (%s) nonce %d", s.Index+1, s.Name(), nonce), hash.Hex()); err != nil {
			return err
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvStepSigned, Proposal: p.ID, Step: s.Index, Hash: hash})
	})
	if err != nil {
		if errors.Is(err, errStopped) {
			x.log.Info("proposal no longer executing; step not sent", "proposal", p.HumanID(), "step", s.Index+1)
		}
		return errStopped
	}
	s.Status, s.Nonce, s.Hash, s.Raw, s.Attempted = approval.StepSigned, &nonce, &hash, raw, true
	x.log.Debug("broadcasting", "proposal", p.HumanID(), "step", s.Index+1, "kind", s.Name(), "nonce", nonce, "tx", hash.Hex(), "signer", x.signer)
	if err := x.checkLease(ctx); err != nil {
		x.log.Error("executor lease lost before broadcast; the next holder reconciles the recorded transaction", "proposal", p.HumanID(), "step", s.Index+1)
		return errStopped
	}
	if err := x.chain.Broadcast(ctx, signed); err != nil {
		if !errors.Is(err, chain.ErrNonceTooLow) {
			x.markUnknown(ctx, p, s.Index, fmt.Sprintf("step %d (%s) broadcast of %s failed: %v; it may or may not have reached the network, morbot reconciles it by hash and nonce", s.Index+1, s.Name(), hash.Hex(), err))
		}
		return nil // settle finds out what happened: mined, pending, lost (re-sent as the same bytes) or nonce taken
	}
	if x.afterBroadcast != nil {
		if err := x.afterBroadcast(p, s.Index); err != nil {
			return errStopped
		}
	}
	return x.markSent(ctx, p, s, hash)
}

// settle waits until the step's transaction, or an alternative recorded for it (a speed-up, or the
// original a speed-up replaced), is mined with the configured confirmations, and returns the receipt
// and which transaction it was. While it waits it reconciles by nonce: a transaction the node no
// longer has is re-sent as the recorded bytes, and a nonce used by someone else's transaction ends
// the wait with errNonceTaken. After the receipt timeout it returns a *chain.TimeoutError; the
// reconciler drives the proposal again later.
func (x *Executor) settle(ctx context.Context, p *approval.Proposal, s *approval.Step) (*types.Receipt, common.Hash, error) {
	hash := *s.Hash
	wctx, cancel := context.WithTimeout(ctx, x.waitMax)
	defer cancel()
	t := time.NewTicker(x.poll)
	defer t.Stop()
	from := x.signer.Address()
	mined := func() (*types.Receipt, common.Hash, bool) {
		alts, _ := x.repo.Alternatives(wctx, p.ID, s.Index)
		for _, h := range append([]common.Hash{hash}, alts...) {
			if rc, err := x.chain.Receipt(wctx, h); err == nil && rc != nil {
				return rc, h, true
			}
		}
		return nil, common.Hash{}, false
	}
	for poll := 0; ; poll++ {
		if _, h, ok := mined(); ok {
			rc, err := x.chain.WaitReceipt(wctx, h) // confirmations
			if err != nil && wctx.Err() != nil && ctx.Err() == nil {
				err = &chain.TimeoutError{Hash: h, Wait: x.waitMax}
			}
			return rc, h, err
		}
		if s.Nonce != nil && poll%x.nonceEvery == 0 {
			if err := x.reconcileNonce(wctx, p, s, from, mined); err != nil {
				return nil, hash, err
			}
		}
		select {
		case <-ctx.Done():
			return nil, hash, ctx.Err()
		case <-wctx.Done():
			return nil, hash, &chain.TimeoutError{Hash: hash, Wait: x.waitMax}
		case <-t.C:
		}
	}
}

// reconcileNonce compares the step's nonce with the account's: a nonce already used on-chain with no
// receipt for any of the step's transactions means another transaction took it; a nonce the node has
// nothing pending for means the transaction was lost (or sits behind a gap), and the recorded bytes
// are broadcast again (the node answers "already known" when it still has them).
func (x *Executor) reconcileNonce(ctx context.Context, p *approval.Proposal, s *approval.Step, from common.Address, mined func() (*types.Receipt, common.Hash, bool)) error {
	n := *s.Nonce
	latest, err := x.chain.Nonce(ctx, from)
	if err != nil {
		return nil // a read failed: try again at the next check
	}
	if latest > n {
		if _, _, ok := mined(); ok {
			return nil // mined between the two reads: the next poll settles it
		}
		return errNonceTaken
	}
	pending, err := x.chain.PendingNonce(ctx, from)
	if err != nil || pending > n {
		return nil // something is pending at our nonce (ours, most likely): keep waiting
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(s.Raw); err != nil || tx.Hash() != *s.Hash {
		return nil
	}
	if err := x.checkLease(ctx); err != nil {
		return errStopped
	}
	if pipelined(p) {
		// Every later recorded step of the plan was lost with this one: send them all again now, in
		// nonce order, so the plan is still mined in about one block.
		return x.resendFrom(ctx, p, s.Index)
	}
	return x.resend(ctx, p, s, &tx)
}

// resend broadcasts a step's recorded bytes again because the node no longer had them (a dropped
// mempool, a restarted node, another endpoint), audits it (step, hash, nonce, endpoint, reason) and
// says so in the proposal's thread.
func (x *Executor) resend(ctx context.Context, p *approval.Proposal, s *approval.Step, tx *types.Transaction) error {
	if !s.Attempted {
		if err := x.attempt(ctx, p, s); err != nil {
			return err
		}
	}
	if err := x.chain.Broadcast(ctx, tx); err != nil {
		return nil // nonce too low is decided at the next check; other errors are retried then
	}
	why := "the node no longer had it"
	if s.Status == approval.StepSigned {
		why = "the node had not received it"
	}
	if err := x.persist(ctx, "record a re-send", func(w *approval.Writer) error {
		if err := w.Audit(ctx, nil, "re-sent", p.ID, fmt.Sprintf("step %d (%s), nonce %d, via %s: %s; broadcast the recorded bytes again", s.Index+1, s.Name(), tx.Nonce(), x.chain.Host(), why), s.Hash.Hex()); err != nil {
			return err
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvStepResent, Proposal: p.ID, Step: s.Index, Hash: *s.Hash, Note: why})
	}); err != nil {
		return errStopped
	}
	if s.Status == approval.StepSigned {
		return x.markSent(ctx, p, s, *s.Hash)
	}
	return nil
}

// resendFrom re-sends the recorded bytes of step from and of every later step of a pipelined plan that
// was broadcast and is not settled, in nonce order, at once.
func (x *Executor) resendFrom(ctx context.Context, p *approval.Proposal, from int) error {
	cur, err := x.repo.Get(ctx, p.ID)
	if err != nil {
		return nil
	}
	for i := from; i < len(cur.Steps); i++ {
		s := &cur.Steps[i]
		if s.Hash == nil || len(s.Raw) == 0 || s.Nonce == nil || !(s.Status == approval.StepSent || s.Status == approval.StepSigned && s.Attempted || i == from) {
			continue
		}
		var tx types.Transaction
		if err := tx.UnmarshalBinary(s.Raw); err != nil || tx.Hash() != *s.Hash {
			continue
		}
		if err := x.resend(ctx, cur, s, &tx); err != nil {
			return err
		}
	}
	return nil
}

// markSent records a broadcast step as sent and the proposal as submitted, and tells of it once.
func (x *Executor) markSent(ctx context.Context, p *approval.Proposal, s *approval.Step, hash common.Hash) error {
	head, err := x.chain.BlockNumber(ctx)
	if err != nil {
		head = 0 // only used to notice a transaction that is not mined
	}
	err = x.persist(ctx, "record a sent step", func(w *approval.Writer) error {
		moved, err := w.MarkSent(ctx, p.ID, s.Index, head)
		if err != nil {
			return err
		}
		if _, err := w.CAS(ctx, p.ID, []approval.State{approval.Submitting, approval.Submitted, approval.Unknown}, approval.Submitted, "", -1); err != nil {
			return err
		}
		if !moved {
			return nil
		}
		if err := w.Audit(ctx, nil, "submitted", p.ID, fmt.Sprintf("step %d (%s)", s.Index+1, s.Name()), hash.Hex()); err != nil {
			return err
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvStepSent, Proposal: p.ID, Step: s.Index, Hash: hash})
	})
	if err != nil {
		return errStopped
	}
	s.Status = approval.StepSent
	return nil
}

// confirmedStep records a step mined successfully; false stops the plan (the executor stopped).
func (x *Executor) confirmedStep(ctx context.Context, p *approval.Proposal, s *approval.Step, mined common.Hash, block uint64) bool {
	if err := x.persist(ctx, "record a confirmation", func(w *approval.Writer) error {
		if err := w.SetStep(ctx, p.ID, s.Index, approval.StepConfirmed, block, ""); err != nil {
			return err
		}
		if err := w.Audit(ctx, nil, "confirmed", p.ID, fmt.Sprintf("step %d (%s) in block %d", s.Index+1, s.Name(), block), mined.Hex()); err != nil {
			return err
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvStepConfirmed, Proposal: p.ID, Step: s.Index, Hash: mined, Block: block})
	}); err != nil {
		return false
	}
	s.Status, s.Block = approval.StepConfirmed, block
	return true
}

// reverted records a step mined and reverted.
func (x *Executor) reverted(ctx context.Context, p *approval.Proposal, s *approval.Step, mined common.Hash, block uint64, reason string) {
	_ = x.persist(ctx, "record a revert", func(w *approval.Writer) error {
		if err := w.SetStep(ctx, p.ID, s.Index, approval.StepFailed, block, reason); err != nil {
			return err
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvStepReverted, Proposal: p.ID, Step: s.Index, Hash: mined, Block: block, Note: reason})
	})
	s.Status, s.Block, s.Error = approval.StepFailed, block, reason
}

// nonceTaken records a step whose nonce another transaction of the wallet used: it did not happen.
func (x *Executor) nonceTaken(ctx context.Context, p *approval.Proposal, s *approval.Step, hash common.Hash) {
	reason := fmt.Sprintf("step %d (%s) %s was never mined: its nonce %d was used by another transaction of this wallet, so the step did not happen", s.Index+1, s.Name(), hash.Hex(), *s.Nonce)
	_ = x.persist(ctx, "record a taken nonce", func(w *approval.Writer) error {
		if err := w.SetStep(ctx, p.ID, s.Index, approval.StepFailed, 0, reason); err != nil {
			return err
		}
		return w.Emit(ctx, approval.Record{Kind: approval.EvStepFailed, Proposal: p.ID, Step: s.Index, Hash: hash, Note: reason})
	})
	s.Status, s.Error = approval.StepFailed, reason
}

// noteMined records which transaction settled a step when it was not the step's own (a replacement,
// or the original a speed-up replaced).
func (x *Executor) noteMined(ctx context.Context, p *approval.Proposal, i int, hash, mined common.Hash) {
	if mined == hash {
		return
	}
	note := "mined as " + mined.Hex() + " (a same-nonce replacement)"
	if p.Kind == approval.KindSpeedup {
		note = "the original transaction " + mined.Hex() + " was mined first; nothing was replaced"
	}
	_ = x.persist(ctx, "note the mined transaction", func(w *approval.Writer) error { return w.SetStepNote(ctx, p.ID, i, note) })
}

// attempt records, fenced, that a step's recorded bytes are about to be broadcast (errStopped when
// the lease or the proposal's state no longer allows it).
func (x *Executor) attempt(ctx context.Context, p *approval.Proposal, s *approval.Step) error {
	if err := x.persist(ctx, "record a broadcast attempt", func(w *approval.Writer) error {
		ok, err := w.MarkAttempted(ctx, p.ID, s.Index)
		if err != nil {
			return err
		}
		if !ok {
			return errStopped
		}
		return nil
	}); err != nil {
		return errStopped
	}
	s.Attempted = true
	return nil
}
