package approval

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/chain"
)

// errStopped means the executor stopped on purpose (shutdown or an injected crash); the proposal's
// state stays as recorded for Recover.
var errStopped = errors.New("executor stopped")

func (e *Engine) startExecution(id int64) {
	e.inflight.Add(1)
	go func() {
		defer e.inflight.Done()
		defer func() {
			if r := recover(); r != nil {
				e.log.Error("executor panic", "proposal", id, "panic", r)
			}
		}()
		e.execute(e.baseCtx, id)
	}()
}

// execute runs an approved proposal: checks the policy and the payload again, re-simulates the plan
// on current state, then signs and sends each step in order.
func (e *Engine) execute(ctx context.Context, id int64) {
	// A speed-up reuses a nonce already taken, so it must not wait behind the plan it speeds up.
	if kind, err := e.kindOf(ctx, id); err != nil || kind != KindSpeedup {
		e.lane.Lock()
		defer e.lane.Unlock()
	}
	ok, err := casStatus(ctx, e.db, id, []State{Approved}, Submitting, "", -1, e.now())
	if err != nil || !ok {
		if err != nil {
			e.log.Error("start execution", "proposal", id, "err", err)
		}
		return
	}
	p, err := e.Get(ctx, id)
	if err != nil {
		e.log.Error("load approved proposal", "proposal", id, "err", err)
		return
	}
	e.publish(ctx, "submitting", id, nil, "")
	if msg := e.policy.CheckCaps(p.Amounts); msg != "" {
		e.fail(ctx, p, -1, "refused before sending: "+msg)
		return
	}
	reqs := make([]chain.TxRequest, len(p.Steps))
	var onchain []chain.TxRequest
	var index []int // onchain[i] is step index[i]
	for i, s := range p.Steps {
		reqs[i] = s.Request
		if !IsOffchain(s.Request) {
			onchain = append(onchain, s.Request)
			index = append(index, i)
		}
	}
	if PayloadHash(e.chain.ChainID().Uint64(), e.signer.Address(), reqs) != p.PayloadHash || p.Signer != e.signer.Address() {
		e.fail(ctx, p, -1, "refused before sending: the stored plan no longer matches what was approved (chain, signer or payload changed)")
		return
	}
	if len(onchain) > 0 {
		if _, err := e.chain.SimulatePlan(ctx, e.signer.Address(), onchain); err != nil {
			var se *chain.PlanStepError
			if errors.As(err, &se) {
				step := index[se.Step]
				e.fail(ctx, p, step, fmt.Sprintf("step %d (%s) would now fail, so nothing was sent: %s", step+1, se.Kind, se.Revert.Reason))
				return
			}
			e.fail(ctx, p, -1, "could not re-simulate the plan before sending, so nothing was sent: "+err.Error())
			return
		}
	}
	e.runSteps(ctx, p)
}

// runSteps sends (or, after a restart, reconciles) each step in order and stops at the first failure.
func (e *Engine) runSteps(ctx context.Context, p *Proposal) {
	from := e.signer.Address()
	for i := range p.Steps {
		s := &p.Steps[i]
		switch s.Status {
		case StepConfirmed:
			continue
		case StepFailed:
			e.fail(ctx, p, i, s.Error)
			return
		}
		if IsOffchain(s.Request) {
			if !e.runOffchain(ctx, p, s) {
				return
			}
			continue
		}
		var hash common.Hash
		if s.Hash == nil {
			h, err := e.sendStep(ctx, p, s)
			if err != nil {
				return
			}
			hash = h
		} else {
			h, err := e.reconcileStep(ctx, p, s)
			if err != nil {
				return
			}
			hash = h
		}
		rc, mined, err := e.waitStep(ctx, p.ID, i, hash)
		if err == nil && mined != hash {
			note := "mined as " + mined.Hex() + " (a same-nonce replacement)"
			if p.Kind == KindSpeedup {
				note = "the original transaction " + mined.Hex() + " was mined first; nothing was replaced"
			}
			_, _ = e.db.ExecContext(ctx, `UPDATE proposal_txs SET note = ? WHERE proposal_id = ? AND step = ?`, note, p.ID, i)
			hash = mined
		}
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			e.markUnknown(ctx, p, i, fmt.Sprintf("step %d (%s) was sent as %s but no receipt came: %v; morbot will reconcile it with the chain", i+1, s.Request.Kind, hash.Hex(), err))
			return
		}
		if rc.Status != types.ReceiptStatusSuccessful {
			rv := e.chain.FailureReason(ctx, from, s.Request, rc)
			reason := fmt.Sprintf("step %d (%s) reverted on-chain in %s: %s", i+1, s.Request.Kind, hash.Hex(), rv.Reason)
			_ = e.setStep(ctx, p.ID, i, StepFailed, rc.BlockNumber.Uint64(), reason)
			e.fail(ctx, p, i, reason)
			return
		}
		if err := e.setStep(ctx, p.ID, i, StepConfirmed, rc.BlockNumber.Uint64(), ""); err != nil {
			e.log.Error("record confirmation", "proposal", p.ID, "step", i, "err", err)
			return
		}
		_ = e.auditNow(ctx, nil, "confirmed", p.ID, fmt.Sprintf("step %d (%s) in block %d", i+1, s.Request.Kind, rc.BlockNumber.Uint64()), hash.Hex())
		s.Status = StepConfirmed
	}
	ok, err := casStatus(ctx, e.db, p.ID, []State{Submitting, Submitted, Unknown}, Confirmed, "", -1, e.now())
	if err != nil {
		e.log.Error("record confirmed proposal", "proposal", p.ID, "err", err)
		return
	}
	if ok {
		e.publish(ctx, "confirmed", p.ID, nil, "")
	}
}

// runOffchain runs an off-chain step (idempotent: after a crash it simply runs again) and records
// what it did; false stops the plan.
func (e *Engine) runOffchain(ctx context.Context, p *Proposal, s *Step) bool {
	if e.offchain == nil {
		e.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) cannot run: no proxy-router is configured", s.Index+1, s.Request.Kind))
		return false
	}
	if _, err := e.db.ExecContext(ctx, `UPDATE proposal_txs SET status = ? WHERE proposal_id = ? AND step = ?`, StepSent, p.ID, s.Index); err != nil {
		e.log.Error("record off-chain step", "proposal", p.ID, "err", err)
		return false
	}
	_, _ = casStatus(ctx, e.db, p.ID, []State{Submitting, Unknown}, Submitted, "", -1, e.now())
	note, err := e.offchain.Run(ctx, s.Request)
	if err != nil {
		reason := fmt.Sprintf("step %d (%s) failed: %v", s.Index+1, strings.TrimPrefix(s.Request.Kind, OffchainPrefix), err)
		if _, dberr := e.db.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, error = ?, note = ? WHERE proposal_id = ? AND step = ?`,
			StepFailed, reason, note, p.ID, s.Index); dberr != nil {
			e.log.Error("record off-chain failure", "proposal", p.ID, "err", dberr)
		}
		e.fail(ctx, p, s.Index, reason)
		return false
	}
	if _, err := e.db.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, note = ? WHERE proposal_id = ? AND step = ?`, StepConfirmed, note, p.ID, s.Index); err != nil {
		e.log.Error("record off-chain result", "proposal", p.ID, "err", err)
		return false
	}
	_ = e.auditNow(ctx, nil, "ran", p.ID, fmt.Sprintf("step %d (%s): %s", s.Index+1, s.Request.Kind, note), "")
	e.publish(ctx, "submitted", p.ID, nil, fmt.Sprintf("step %d (%s): %s", s.Index+1, strings.TrimPrefix(s.Request.Kind, OffchainPrefix), note))
	s.Status = StepConfirmed
	return true
}

// sendStep builds (simulating this step against current state), signs, records and broadcasts one step.
func (e *Engine) sendStep(ctx context.Context, p *Proposal, s *Step) (common.Hash, error) {
	from := e.signer.Address()
	var (
		nonce uint64
		tx    *types.Transaction
		err   error
		r     speedup
	)
	if p.Kind == KindSpeedup {
		if r, err = speedupOf(p); err != nil {
			e.fail(ctx, p, s.Index, "speed-up not sent: "+err.Error())
			return common.Hash{}, err
		}
		nonce = r.nonce
		tx, err = e.chain.BuildReplacement(ctx, from, s.Request, r.nonce, r.gas, r.tip, r.feeCap)
	} else {
		nonce, err = e.chain.PendingNonce(ctx, from)
		if err != nil {
			e.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) not sent: could not read the nonce: %v", s.Index+1, s.Request.Kind, err))
			return common.Hash{}, err
		}
		tx, err = e.chain.Build(ctx, from, s.Request, nonce, 0)
	}
	if err != nil {
		var rv *chain.RevertError
		if errors.As(err, &rv) {
			e.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) would fail, so it was not sent: %s", s.Index+1, s.Request.Kind, rv.Reason))
		} else {
			e.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) not sent: %v", s.Index+1, s.Request.Kind, err))
		}
		return common.Hash{}, err
	}
	signed, err := e.signer.SignTx(ctx, tx, e.chain.ChainID())
	if err != nil {
		e.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) not sent: signing failed: %v", s.Index+1, s.Request.Kind, err))
		return common.Hash{}, err
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		e.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) not sent: %v", s.Index+1, s.Request.Kind, err))
		return common.Hash{}, err
	}
	hash := signed.Hash()
	// Record the hash and the signed bytes before broadcasting: after a crash, Recover finds them and
	// re-sends these exact bytes (the same hash), never a second transaction.
	if _, err := e.db.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, nonce = ?, hash = ?, raw = ? WHERE proposal_id = ? AND step = ?`,
		StepSigned, nonce, hash.Hex(), raw, p.ID, s.Index); err != nil {
		e.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) not sent: could not record it: %v", s.Index+1, s.Request.Kind, err))
		return common.Hash{}, err
	}
	if p.Kind == KindSpeedup {
		// Either transaction settles both steps: the original's and this replacement's.
		err := e.addAlternative(ctx, r.proposal, r.step, hash)
		if err == nil {
			err = e.addAlternative(ctx, p.ID, s.Index, r.replaces)
		}
		if err != nil {
			e.fail(ctx, p, s.Index, "speed-up not sent: "+err.Error())
			return common.Hash{}, err
		}
	}
	_ = e.auditNow(ctx, nil, "signed", p.ID, fmt.Sprintf("step %d (%s) nonce %d", s.Index+1, s.Request.Kind, nonce), hash.Hex())
	e.log.Debug("broadcasting", "proposal", p.HumanID(), "step", s.Index+1, "kind", s.Request.Kind, "nonce", nonce, "tx", hash.Hex(), "signer", e.signer)
	if err := e.chain.Broadcast(ctx, signed); err != nil {
		if errors.Is(err, chain.ErrNonceTooLow) {
			if rc, _ := e.chain.Receipt(ctx, hash); rc != nil {
				return hash, e.markSent(ctx, p, s, hash)
			}
			if p.Kind == KindSpeedup { // the original was mined meanwhile: waiting finds it
				return hash, e.markSent(ctx, p, s, hash)
			}
		}
		e.markUnknown(ctx, p, s.Index, fmt.Sprintf("step %d (%s) broadcast of %s failed: %v; it may or may not have reached the network, morbot will reconcile it", s.Index+1, s.Request.Kind, hash.Hex(), err))
		return common.Hash{}, err
	}
	if e.afterBroadcast != nil {
		if err := e.afterBroadcast(p, s.Index); err != nil {
			return common.Hash{}, errStopped
		}
	}
	return hash, e.markSent(ctx, p, s, hash)
}

// reconcileStep resolves a step that was signed before a restart: mined, still pending, never
// broadcast (the same bytes are sent again), or its nonce taken by another transaction.
func (e *Engine) reconcileStep(ctx context.Context, p *Proposal, s *Step) (common.Hash, error) {
	hash := *s.Hash
	alts, _ := e.alternatives(ctx, p.ID, s.Index)
	for _, h := range alts { // a replacement (or the original it replaced) that was mined settles the step
		if rc, err := e.chain.Receipt(ctx, h); err == nil && rc != nil {
			return hash, e.markSent(ctx, p, s, hash)
		}
	}
	if rc, err := e.chain.Receipt(ctx, hash); err == nil && rc != nil {
		return hash, e.markSent(ctx, p, s, hash)
	} else if err != nil {
		e.markUnknown(ctx, p, s.Index, fmt.Sprintf("step %d (%s) %s: cannot read its receipt: %v", s.Index+1, s.Request.Kind, hash.Hex(), err))
		return common.Hash{}, err
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(s.Raw); err != nil || tx.Hash() != hash {
		e.markUnknown(ctx, p, s.Index, fmt.Sprintf("step %d (%s) %s: the recorded transaction is unreadable; check it on the explorer", s.Index+1, s.Request.Kind, hash.Hex()))
		return common.Hash{}, errStopped
	}
	if err := e.chain.Broadcast(ctx, &tx); err != nil {
		if errors.Is(err, chain.ErrNonceTooLow) {
			if rc, _ := e.chain.Receipt(ctx, hash); rc != nil {
				return hash, e.markSent(ctx, p, s, hash)
			}
			reason := fmt.Sprintf("step %d (%s) %s was never mined and its nonce was used by another transaction", s.Index+1, s.Request.Kind, hash.Hex())
			_ = e.setStep(ctx, p.ID, s.Index, StepFailed, 0, reason)
			e.fail(ctx, p, s.Index, reason)
			return common.Hash{}, err
		}
		e.markUnknown(ctx, p, s.Index, fmt.Sprintf("step %d (%s) %s: re-sending failed: %v", s.Index+1, s.Request.Kind, hash.Hex(), err))
		return common.Hash{}, err
	}
	_ = e.auditNow(ctx, nil, "re-sent after restart", p.ID, fmt.Sprintf("step %d (%s)", s.Index+1, s.Request.Kind), hash.Hex())
	return hash, e.markSent(ctx, p, s, hash)
}

func (e *Engine) markSent(ctx context.Context, p *Proposal, s *Step, hash common.Hash) error {
	head, err := e.chain.BlockNumber(ctx)
	if err != nil {
		head = 0 // only used to notice a transaction that is not mined
	}
	if _, err := e.db.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, sent_block = CASE WHEN sent_block = 0 THEN ? ELSE sent_block END
		WHERE proposal_id = ? AND step = ? AND status IN (?, ?)`, StepSent, head, p.ID, s.Index, StepSigned, StepSent); err != nil {
		return fmt.Errorf("record sent step: %w", err)
	}
	if _, err := casStatus(ctx, e.db, p.ID, []State{Submitting, Submitted, Unknown}, Submitted, "", -1, e.now()); err != nil {
		return err
	}
	_ = e.auditNow(ctx, nil, "submitted", p.ID, fmt.Sprintf("step %d (%s)", s.Index+1, s.Request.Kind), hash.Hex())
	note := e.chain.Network().TxURL(hash)
	if note == "" {
		note = "tx " + hash.Hex()
	}
	e.publish(ctx, "submitted", p.ID, nil, fmt.Sprintf("step %d (%s): %s", s.Index+1, s.Request.Kind, note))
	return nil
}

func (e *Engine) setStep(ctx context.Context, id int64, step int, status string, block uint64, errText string) error {
	_, err := e.db.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, block = ?, error = ? WHERE proposal_id = ? AND step = ?`,
		status, block, errText, id, step)
	return err
}

func (e *Engine) fail(ctx context.Context, p *Proposal, step int, reason string) {
	ok, err := casStatus(ctx, e.db, p.ID, []State{Approved, Submitting, Submitted, Unknown}, Failed, reason, step, e.now())
	if err != nil {
		e.log.Error("record failure", "proposal", p.ID, "err", err)
		return
	}
	if ok {
		_ = e.auditNow(ctx, nil, "failed", p.ID, reason, "")
		e.publish(ctx, "failed", p.ID, nil, reason)
	}
}

func (e *Engine) markUnknown(ctx context.Context, p *Proposal, step int, reason string) {
	if ctx.Err() != nil {
		return // shutting down: the recorded state is reconciled on the next start
	}
	ok, err := casStatus(ctx, e.db, p.ID, []State{Submitting, Submitted, Unknown}, Unknown, reason, step, e.now())
	if err != nil {
		e.log.Error("record unknown outcome", "proposal", p.ID, "err", err)
		return
	}
	if ok {
		_ = e.auditNow(ctx, nil, "outcome unknown", p.ID, reason, "")
		e.publish(ctx, "unknown", p.ID, nil, reason)
	}
}

// KindSpeedup is the kind of a proposal that replaces a stuck transaction (same nonce, higher fees).
const KindSpeedup = "tx speedup"

func (e *Engine) kindOf(ctx context.Context, id int64) (string, error) {
	var k string
	err := e.db.QueryRowContext(ctx, `SELECT kind FROM proposals WHERE id = ?`, id).Scan(&k)
	return k, err
}

// speedup is what a speed-up proposal replaces and with which fees (from its parameters).
type speedup struct {
	proposal    int64
	step        int
	nonce, gas  uint64
	tip, feeCap *big.Int
	replaces    common.Hash
}

func speedupOf(p *Proposal) (speedup, error) {
	var s speedup
	var err error
	get := func(k string) string { return p.Params[k] }
	if s.proposal, err = strconv.ParseInt(get("replaces_proposal"), 10, 64); err != nil {
		return s, fmt.Errorf("bad replaces_proposal")
	}
	step, err := strconv.Atoi(get("replaces_step"))
	if err != nil {
		return s, fmt.Errorf("bad replaces_step")
	}
	s.step = step
	if s.nonce, err = strconv.ParseUint(get("nonce"), 10, 64); err != nil {
		return s, fmt.Errorf("bad nonce")
	}
	if s.gas, err = strconv.ParseUint(get("gas"), 10, 64); err != nil {
		return s, fmt.Errorf("bad gas")
	}
	var ok1, ok2 bool
	s.tip, ok1 = new(big.Int).SetString(get("tip"), 10)
	s.feeCap, ok2 = new(big.Int).SetString(get("fee_cap"), 10)
	if !ok1 || !ok2 {
		return s, fmt.Errorf("bad fees")
	}
	s.replaces = common.HexToHash(get("replaces_hash"))
	return s, nil
}

func (e *Engine) addAlternative(ctx context.Context, id int64, step int, h common.Hash) error {
	_, err := e.db.ExecContext(ctx, `INSERT OR IGNORE INTO tx_alternatives (proposal_id, step, hash, created_at) VALUES (?,?,?,?)`, id, step, h.Hex(), e.now().UnixMilli())
	if err != nil {
		return fmt.Errorf("record replacement: %w", err)
	}
	return nil
}

func (e *Engine) alternatives(ctx context.Context, id int64, step int) ([]common.Hash, error) {
	rows, err := e.db.QueryContext(ctx, `SELECT hash FROM tx_alternatives WHERE proposal_id = ? AND step = ? ORDER BY created_at`, id, step)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []common.Hash
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			return nil, err
		}
		out = append(out, common.HexToHash(h))
	}
	return out, rows.Err()
}

// waitStep waits until the step's transaction, or an alternative recorded for it (a speed-up, or the
// original a speed-up replaced), is mined with the configured confirmations; it returns the receipt
// and which transaction it was.
func (e *Engine) waitStep(ctx context.Context, id int64, step int, hash common.Hash) (*types.Receipt, common.Hash, error) {
	wctx, cancel := context.WithTimeout(ctx, e.waitMax)
	defer cancel()
	t := time.NewTicker(e.poll)
	defer t.Stop()
	for {
		alts, _ := e.alternatives(wctx, id, step)
		for _, h := range append([]common.Hash{hash}, alts...) {
			if rc, err := e.chain.Receipt(wctx, h); err == nil && rc != nil {
				rc, err = e.chain.WaitReceipt(wctx, h) // confirmations
				return rc, h, err
			}
		}
		select {
		case <-wctx.Done():
			return nil, hash, &chain.TimeoutError{Hash: hash, Wait: e.waitMax}
		case <-t.C:
		}
	}
}

// StartRecovery runs Recover in the background (tracked like an execution, stopped by Close), so a
// start-up is not held up by receipts a previous run was waiting for.
func (e *Engine) StartRecovery() {
	e.inflight.Add(1)
	go func() {
		defer e.inflight.Done()
		if err := e.Recover(e.baseCtx); err != nil && e.baseCtx.Err() == nil {
			e.log.Error("recovery failed", "err", err)
		}
	}()
}

// Recover resolves what a previous run left behind: approved proposals are executed, proposals that
// were sending are reconciled by recorded hash and nonce (never sent twice), and expired ones closed.
// It runs synchronously.
func (e *Engine) Recover(ctx context.Context) error {
	if _, err := e.Sweep(ctx); err != nil {
		return err
	}
	ps, err := e.List(ctx, 1000, Approved, Submitting, Submitted, Unknown)
	if err != nil {
		return fmt.Errorf("recover: %w", err)
	}
	for i := len(ps) - 1; i >= 0; i-- { // oldest first: nonces were used in that order
		p := ps[i]
		if p.Status == Approved {
			e.execute(ctx, p.ID)
			continue
		}
		e.lane.Lock()
		_ = e.auditNow(ctx, nil, "reconciling", p.ID, "state "+string(p.Status)+" at start", "")
		e.runSteps(ctx, p)
		e.lane.Unlock()
	}
	return nil
}
