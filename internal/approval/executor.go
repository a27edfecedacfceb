package approval

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/store"
)

// errStopped means the executor stopped on purpose (shutdown, a lost lease, a cancelled proposal or
// an injected crash); the proposal's state stays as recorded for the next drive.
var errStopped = errors.New("executor stopped")

// errNonceTaken means the step's nonce was used by a transaction that is not one of morbot's.
var errNonceTaken = errors.New("nonce used by another transaction")

// claim marks a proposal as driven by this process; false when a drive is already running.
func (e *Engine) claim(id int64) bool {
	e.drivingMu.Lock()
	defer e.drivingMu.Unlock()
	if e.driving[id] {
		return false
	}
	e.driving[id] = true
	return true
}

func (e *Engine) release(id int64) {
	e.drivingMu.Lock()
	defer e.drivingMu.Unlock()
	delete(e.driving, id)
}

// drive runs fn for a proposal in the background, at most one drive per proposal in this process.
func (e *Engine) drive(id int64, fn func(ctx context.Context)) {
	if !e.claim(id) {
		return
	}
	e.inflight.Add(1)
	go func() {
		defer e.inflight.Done()
		defer e.release(id)
		defer func() {
			if r := recover(); r != nil {
				e.log.Error("executor panic", "proposal", id, "panic", r)
			}
		}()
		fn(e.baseCtx)
	}()
}

// startExecution drives an approved proposal, on the executing replica only: on any other, the
// lease holder's watch (StartApprovedWatch) picks it up from the store.
func (e *Engine) startExecution(id int64) {
	if !e.Leader() {
		return
	}
	e.drive(id, func(ctx context.Context) { e.execute(ctx, id) })
}

// StartApprovedWatch looks for approved proposals every interval and starts them: a quorum reached on
// another replica (or a plan approved by the policy there) is executed here within that interval.
// Only the lease holder starts anything. Stopped by Close.
func (e *Engine) StartApprovedWatch(every time.Duration) {
	if every <= 0 {
		every = 200 * time.Millisecond
	}
	e.loops.Add(1)
	go func() {
		defer e.loops.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		// On PostgreSQL a replica's quorum is announced (NOTIFY): start it at once, not at the next tick.
		wake := e.db.Listen(e.baseCtx, store.Approved, func(err error) { e.log.Warn("listen for approved proposals", "err", err) })
		var failing bool // a failure is logged once, not on every tick
		for {
			select {
			case <-e.baseCtx.Done():
				return
			case <-t.C:
			case <-wake:
			}
			if !e.Leader() {
				continue
			}
			ids, err := e.approvedIDs(e.baseCtx)
			if err != nil {
				if e.baseCtx.Err() == nil && !failing {
					e.log.Warn("watch approved proposals", "err", err)
				}
				failing = true
				continue
			}
			failing = false
			for _, id := range ids {
				e.startExecution(id)
			}
		}
	}()
}

// approvedIDs lists the approved proposals no drive in this process is working on, oldest first.
func (e *Engine) approvedIDs(ctx context.Context) ([]int64, error) {
	rows, err := e.db.QueryContext(ctx, `SELECT id FROM proposals WHERE status = ? ORDER BY id`, string(Approved))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		e.drivingMu.Lock()
		busy := e.driving[id]
		e.drivingMu.Unlock()
		if !busy {
			ids = append(ids, id)
		}
	}
	return ids, rows.Err()
}

// laneFree reports whether a kind runs outside the signer's lane: a speed-up or a gap filler reuses
// or fills a nonce that a stuck plan is waiting on, so it must not queue behind that plan.
func laneFree(kind Kind) bool { return kind == KindSpeedup || kind == KindFillNonce }

// inFlight returns the oldest other proposal of this signer with transactions in flight (being sent,
// sent, or of unknown outcome), or nil.
func (e *Engine) inFlight(ctx context.Context, except int64) (*Proposal, error) {
	var id int64
	err := e.db.QueryRowContext(ctx, `SELECT id FROM proposals WHERE signer = ? AND id <> ? AND status IN (?,?,?) ORDER BY id LIMIT 1`,
		e.signer.Address().Hex(), except, string(Submitting), string(Submitted), string(Unknown)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read in-flight proposals: %w", err)
	}
	return e.Get(ctx, id)
}

// inFlightStep describes a proposal's step in flight for people.
func inFlightStep(p *Proposal) string {
	for _, s := range p.Steps {
		if (s.Status == StepSigned || s.Status == StepSent) && s.Hash != nil {
			return fmt.Sprintf("step %d (%s, tx %s) is %s", s.Index+1, s.Request.Kind, s.Hash.Hex(), map[string]string{StepSigned: "signed, broadcast not confirmed", StepSent: "sent, not mined"}[s.Status])
		}
	}
	return "it is being sent"
}

// execute runs an approved proposal: waits its turn in the signer's lane, checks the policy and the
// payload again, re-simulates the plan on current state, then signs and sends each step in order.
func (e *Engine) execute(ctx context.Context, id int64) {
	kind, err := e.kindOf(ctx, id)
	if err != nil {
		e.log.Error("start execution", "proposal", id, "err", err)
		return
	}
	if !laneFree(kind) {
		e.lane.Lock()
		defer e.lane.Unlock()
		// Another plan of this signer still has transactions in flight (stuck, or of unknown outcome):
		// this one waits, approved, and the reconciler starts it once the other has settled.
		other, err := e.inFlight(ctx, id)
		if err != nil {
			e.log.Error("start execution", "proposal", id, "err", err)
			return
		}
		if other != nil {
			if e.noteQueued(id) {
				if behind, _ := e.queuedNote(ctx, id); behind == "" { // the vote did not say so already
					_ = e.auditNow(ctx, nil, "queued", id, "behind "+other.HumanID(), "")
				}
				e.publish(ctx, "queued", id, nil, fmt.Sprintf("waiting for %s to settle (%s); it starts on its own after that", other.HumanID(), inFlightStep(other)))
			}
			return
		}
	}
	// A plan that was told it waits is told when it really starts; its allowance step, decided
	// before the plan ahead ran, is re-planned first.
	note := ""
	if behind, err := e.queuedNote(ctx, id); err != nil {
		e.log.Warn("read the queue note", "proposal", id, "err", err)
	} else if behind != "" {
		note = "sending now (was queued " + behind + ")"
		p, err := e.Get(ctx, id)
		if err != nil {
			e.log.Error("load approved proposal", "proposal", id, "err", err)
			return
		}
		if back, err := e.replanAllowance(ctx, p); err != nil {
			e.log.Error("re-plan a queued proposal", "proposal", id, "err", err)
			return
		} else if back {
			return // back for approval with the new payload
		}
	}
	ok, err := e.cas(ctx, id, []State{Approved}, Submitting, note, -1)
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
	e.publish(ctx, "submitting", id, nil, note)
	if pipelined(p) {
		gas, ok := e.verifyGas(ctx, p, 0)
		if !ok {
			return
		}
		e.runPipelined(ctx, p, gas)
		return
	}
	if !e.verify(ctx, p, 0) {
		return
	}
	e.runSteps(ctx, p, true)
}

// queuedNote is what the last "queued" audit row of a proposal says it waited behind ("behind P-1"),
// or "" when it never waited.
func (e *Engine) queuedNote(ctx context.Context, id int64) (string, error) {
	var detail string
	err := e.db.QueryRowContext(ctx, `SELECT detail FROM audit WHERE proposal_id = ? AND action = ? ORDER BY id DESC LIMIT 1`, id, "queued").Scan(&detail)
	if store.IsNoRows(err) {
		return "", nil
	}
	return detail, err
}

func (e *Engine) noteQueued(id int64) bool {
	e.drivingMu.Lock()
	defer e.drivingMu.Unlock()
	if e.queued[id] {
		return false
	}
	e.queued[id] = true
	return true
}

// verify runs the checks a fresh execution runs before anything unsent is signed: the caps, the
// payload against what was approved, and a re-simulation of the unsent on-chain steps from step
// `from` on current state. A failure fails the proposal with the decoded reason; nothing is sent.
func (e *Engine) verify(ctx context.Context, p *Proposal, from int) bool {
	_, ok := e.verifyGas(ctx, p, from)
	return ok
}

// verifyGas is verify that also returns each unsent on-chain step's gas from the plan simulation
// (by step index); nil when the node could not simulate the whole plan (no eth_simulateV1).
func (e *Engine) verifyGas(ctx context.Context, p *Proposal, from int) (map[int]uint64, bool) {
	if msg := e.policy.CheckCaps(p.Amounts); msg != "" {
		e.fail(ctx, p, -1, "refused before sending: "+msg)
		return nil, false
	}
	reqs := make([]chain.TxRequest, len(p.Steps))
	for i, s := range p.Steps {
		reqs[i] = s.Request
	}
	if PayloadHash(e.chain.ChainID().Uint64(), e.signer.Address(), reqs) != p.PayloadHash || p.Signer != e.signer.Address() {
		e.fail(ctx, p, -1, "refused before sending: the stored plan no longer matches what was approved (chain, signer or payload changed)")
		return nil, false
	}
	if p.Kind == KindSpeedup {
		return nil, true // the replacement is checked with eth_call when it is built
	}
	var (
		onchain []chain.TxRequest
		index   []int // onchain[i] is step index[i]
	)
	for i := from; i < len(p.Steps); i++ {
		s := p.Steps[i]
		if !IsOffchain(s.Request) && s.Status == StepPending {
			onchain = append(onchain, s.Request)
			index = append(index, i)
		}
	}
	if len(onchain) == 0 {
		return map[int]uint64{}, true
	}
	res, err := e.chain.SimulatePlan(ctx, e.signer.Address(), onchain)
	if err != nil {
		var se *chain.PlanStepError
		if errors.As(err, &se) {
			step := index[se.Step]
			e.fail(ctx, p, step, fmt.Sprintf("step %d (%s) would now fail, so nothing more was sent: %s", step+1, se.Kind, se.Revert.Reason))
			return nil, false
		}
		e.fail(ctx, p, -1, "could not re-simulate the plan before sending, so nothing more was sent: "+err.Error())
		return nil, false
	}
	if res.Mode != chain.PlanSimulatedAll {
		return nil, true
	}
	gas := map[int]uint64{}
	for k, i := range index {
		gas[i] = res.Gas[k]
	}
	return gas, true
}

// resume drives a proposal a previous drive or process left in flight: settled steps are skipped,
// signed steps are reconciled by hash and nonce (re-sent only as the recorded bytes), and before any
// unsent step is signed the plan goes through the same checks as a fresh execution.
func (e *Engine) resume(ctx context.Context, id int64) {
	p, err := e.Get(ctx, id)
	if err != nil {
		e.log.Error("load proposal to reconcile", "proposal", id, "err", err)
		return
	}
	if !laneFree(p.Kind) {
		e.lane.Lock()
		defer e.lane.Unlock()
	}
	if p, err = e.Get(ctx, id); err != nil || p.Status.Final() || p.Status == Pending || p.Status == Approved {
		return // settled meanwhile
	}
	e.runSteps(ctx, p, false)
}

// runSteps sends (or reconciles) each step in order and stops at the first failure. verified says
// the remaining steps were just checked (a fresh execution); otherwise they are checked before the
// first unsent step is signed.
func (e *Engine) runSteps(ctx context.Context, p *Proposal, verified bool) {
	if !verified && pipelined(p) {
		e.runPipelined(ctx, p, nil)
		return
	}
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
		if s.Hash == nil && !verified {
			if !e.verify(ctx, p, i) {
				return
			}
			verified = true
		}
		if IsOffchain(s.Request) {
			if !e.runOffchain(ctx, p, s) {
				return
			}
			continue
		}
		if s.Hash == nil {
			if err := e.sendStep(ctx, p, s); err != nil {
				return
			}
		}
		hash := *s.Hash
		rc, mined, err := e.settle(ctx, p, s)
		if errors.Is(err, errNonceTaken) {
			reason := fmt.Sprintf("step %d (%s) %s was never mined: its nonce %d was used by another transaction of this wallet, so the step did not happen", i+1, s.Request.Kind, hash.Hex(), *s.Nonce)
			_ = e.setStep(ctx, p.ID, i, StepFailed, 0, reason)
			e.fail(ctx, p, i, reason)
			return
		}
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, errStopped) {
				return
			}
			e.markUnknown(ctx, p, i, fmt.Sprintf("step %d (%s) was sent as %s but is not mined yet: %v; morbot keeps reconciling it with the chain (by hash and nonce) and never signs it again", i+1, s.Request.Kind, hash.Hex(), err))
			return
		}
		e.noteMined(ctx, p, i, hash, mined)
		hash = mined
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
	e.confirm(ctx, p)
}

// runOffchain runs an off-chain step (idempotent: after a crash it simply runs again) and records
// what it did; false stops the plan.
func (e *Engine) runOffchain(ctx context.Context, p *Proposal, s *Step) bool {
	if e.offchain == nil {
		e.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) cannot run: no proxy-router is configured", s.Index+1, s.Request.Kind))
		return false
	}
	err := e.write(ctx, func(q querier) error {
		if _, err := q.ExecContext(ctx, `UPDATE proposal_txs SET status = ? WHERE proposal_id = ? AND step = ?`, StepSent, p.ID, s.Index); err != nil {
			return err
		}
		_, err := casStatus(ctx, q, p.ID, []State{Submitting, Unknown}, Submitted, "", -1, e.now())
		return err
	})
	if err != nil {
		e.log.Error("record off-chain step", "proposal", p.ID, "err", err)
		return false
	}
	note, err := e.offchain.Run(ctx, s.Request)
	if err != nil {
		reason := fmt.Sprintf("step %d (%s) failed: %v", s.Index+1, strings.TrimPrefix(s.Request.Kind, OffchainPrefix), err)
		if dberr := e.write(ctx, func(q querier) error {
			_, err := q.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, error = ?, note = ? WHERE proposal_id = ? AND step = ?`,
				StepFailed, reason, note, p.ID, s.Index)
			return err
		}); dberr != nil {
			e.log.Error("record off-chain failure", "proposal", p.ID, "err", dberr)
		}
		e.fail(ctx, p, s.Index, reason)
		return false
	}
	if err := e.write(ctx, func(q querier) error {
		_, err := q.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, note = ? WHERE proposal_id = ? AND step = ?`, StepConfirmed, note, p.ID, s.Index)
		return err
	}); err != nil {
		e.log.Error("record off-chain result", "proposal", p.ID, "err", err)
		return false
	}
	_ = e.auditNow(ctx, nil, "ran", p.ID, fmt.Sprintf("step %d (%s): %s", s.Index+1, s.Request.Kind, note), "")
	e.publish(ctx, "submitted", p.ID, nil, fmt.Sprintf("step %d (%s): %s", s.Index+1, strings.TrimPrefix(s.Request.Kind, OffchainPrefix), note))
	s.Status = StepConfirmed
	return true
}

// sendStep builds (simulating this step against current state), signs, records and broadcasts one
// step, and fills in the step's nonce, hash and bytes. A nil error means the step is signed and
// recorded; whether the broadcast reached the network is settled by settle.
func (e *Engine) sendStep(ctx context.Context, p *Proposal, s *Step) error {
	if e.beforeSign != nil {
		if err := e.beforeSign(p, s.Index); err != nil {
			return errStopped
		}
	}
	from := e.signer.Address()
	var (
		nonce uint64
		tx    *types.Transaction
		err   error
		r     speedup
	)
	switch p.Kind {
	case KindSpeedup:
		if r, err = speedupOf(p); err != nil {
			e.fail(ctx, p, s.Index, "speed-up not sent: "+err.Error())
			return err
		}
		nonce = r.nonce
		tx, err = e.chain.BuildReplacement(ctx, from, s.Request, r.nonce, r.gas, r.tip, r.feeCap)
	case KindFillNonce:
		if p.Params.Nonce == nil {
			e.fail(ctx, p, s.Index, "gap filler not sent: bad nonce")
			return errors.New("gap filler without a nonce")
		}
		nonce = *p.Params.Nonce
		latest, err := e.chain.Nonce(ctx, from)
		if err != nil {
			e.fail(ctx, p, s.Index, fmt.Sprintf("gap filler not sent: could not read the nonce: %v", err))
			return err
		}
		if latest > nonce {
			e.fail(ctx, p, s.Index, fmt.Sprintf("gap filler not sent: nonce %d is already used on-chain (the account's next nonce is %d), so there is no gap to fill", nonce, latest))
			return errNonceTaken
		}
		tx, err = e.chain.Build(ctx, from, s.Request, nonce, 21_000)
	default:
		nonce, err = e.chain.PendingNonce(ctx, from)
		if err != nil {
			e.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) not sent: could not read the nonce: %v", s.Index+1, s.Request.Kind, err))
			return err
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
		return err
	}
	signed, err := e.signer.SignTx(ctx, tx, e.chain.ChainID())
	if err != nil {
		e.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) not sent: signing failed: %v", s.Index+1, s.Request.Kind, err))
		return err
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		e.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) not sent: %v", s.Index+1, s.Request.Kind, err))
		return err
	}
	hash := signed.Hash()
	head, err := e.chain.BlockNumber(ctx)
	if err != nil {
		head = 0 // only used to notice a transaction that is not mined
	}
	// Record the hash and the signed bytes before broadcasting: after a crash, the next drive finds them
	// and re-sends these exact bytes (the same hash), never a second transaction. The write is fenced
	// and happens only while the proposal is still executing (not cancelled).
	err = e.write(ctx, func(q querier) error {
		res, err := q.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, nonce = ?, hash = ?, raw = ?, sent_block = ?, attempted = TRUE WHERE proposal_id = ? AND step = ? AND status = ?
			AND EXISTS (SELECT 1 FROM proposals WHERE id = ? AND status IN (?,?,?))`,
			StepSigned, nonce, hash.Hex(), raw, head, p.ID, s.Index, StepPending, p.ID, string(Submitting), string(Submitted), string(Unknown))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return errStopped
		}
		if p.Kind == KindSpeedup {
			// Either transaction settles both steps: the original's and this replacement's.
			if err := addAlternative(ctx, q, r.proposal, r.step, hash, e.now()); err != nil {
				return err
			}
			return addAlternative(ctx, q, p.ID, s.Index, r.replaces, e.now())
		}
		return nil
	})
	if err != nil {
		if errors.Is(err, errStopped) {
			e.log.Info("proposal no longer executing; step not sent", "proposal", p.HumanID(), "step", s.Index+1)
		} else if e.stopped(err) {
			e.log.Error("executor lease lost; step not sent", "proposal", p.HumanID(), "step", s.Index+1)
		} else {
			e.fail(ctx, p, s.Index, fmt.Sprintf("step %d (%s) not sent: could not record it: %v", s.Index+1, s.Request.Kind, err))
		}
		return errStopped
	}
	s.Status, s.Nonce, s.Hash, s.Raw, s.Attempted = StepSigned, &nonce, &hash, raw, true
	_ = e.auditNow(ctx, nil, "signed", p.ID, fmt.Sprintf("step %d (%s) nonce %d", s.Index+1, s.Request.Kind, nonce), hash.Hex())
	e.log.Debug("broadcasting", "proposal", p.HumanID(), "step", s.Index+1, "kind", s.Request.Kind, "nonce", nonce, "tx", hash.Hex(), "signer", e.signer)
	if err := e.checkLease(ctx); err != nil {
		e.log.Error("executor lease lost before broadcast; the next holder reconciles the recorded transaction", "proposal", p.HumanID(), "step", s.Index+1)
		return errStopped
	}
	if err := e.chain.Broadcast(ctx, signed); err != nil {
		if !errors.Is(err, chain.ErrNonceTooLow) {
			e.markUnknown(ctx, p, s.Index, fmt.Sprintf("step %d (%s) broadcast of %s failed: %v; it may or may not have reached the network, morbot reconciles it by hash and nonce", s.Index+1, s.Request.Kind, hash.Hex(), err))
		}
		return nil // settle finds out what happened: mined, pending, lost (re-sent as the same bytes) or nonce taken
	}
	if e.afterBroadcast != nil {
		if err := e.afterBroadcast(p, s.Index); err != nil {
			return errStopped
		}
	}
	return e.markSent(ctx, p, s, hash)
}

// settle waits until the step's transaction, or an alternative recorded for it (a speed-up, or the
// original a speed-up replaced), is mined with the configured confirmations, and returns the receipt
// and which transaction it was. While it waits it reconciles by nonce: a transaction the node no
// longer has is re-sent as the recorded bytes, and a nonce used by someone else's transaction ends
// the wait with errNonceTaken. After the receipt timeout it returns a *chain.TimeoutError; the
// reconciler drives the proposal again later.
func (e *Engine) settle(ctx context.Context, p *Proposal, s *Step) (*types.Receipt, common.Hash, error) {
	hash := *s.Hash
	wctx, cancel := context.WithTimeout(ctx, e.waitMax)
	defer cancel()
	t := time.NewTicker(e.poll)
	defer t.Stop()
	from := e.signer.Address()
	mined := func() (*types.Receipt, common.Hash, bool) {
		alts, _ := e.alternatives(wctx, p.ID, s.Index)
		for _, h := range append([]common.Hash{hash}, alts...) {
			if rc, err := e.chain.Receipt(wctx, h); err == nil && rc != nil {
				return rc, h, true
			}
		}
		return nil, common.Hash{}, false
	}
	for poll := 0; ; poll++ {
		if _, h, ok := mined(); ok {
			rc, err := e.chain.WaitReceipt(wctx, h) // confirmations
			if err != nil && wctx.Err() != nil && ctx.Err() == nil {
				err = &chain.TimeoutError{Hash: h, Wait: e.waitMax}
			}
			return rc, h, err
		}
		if s.Nonce != nil && poll%e.nonceEvery == 0 {
			if err := e.reconcileNonce(wctx, p, s, from, mined); err != nil {
				return nil, hash, err
			}
		}
		select {
		case <-ctx.Done():
			return nil, hash, ctx.Err()
		case <-wctx.Done():
			return nil, hash, &chain.TimeoutError{Hash: hash, Wait: e.waitMax}
		case <-t.C:
		}
	}
}

// reconcileNonce compares the step's nonce with the account's: a nonce already used on-chain with no
// receipt for any of the step's transactions means another transaction took it; a nonce the node has
// nothing pending for means the transaction was lost (or sits behind a gap), and the recorded bytes
// are broadcast again (the node answers "already known" when it still has them).
func (e *Engine) reconcileNonce(ctx context.Context, p *Proposal, s *Step, from common.Address, mined func() (*types.Receipt, common.Hash, bool)) error {
	n := *s.Nonce
	latest, err := e.chain.Nonce(ctx, from)

	if err != nil {
		return nil // a read failed: try again at the next check
	}
	if latest > n {
		if _, _, ok := mined(); ok {
			return nil // mined between the two reads: the next poll settles it
		}
		return errNonceTaken
	}
	pending, err := e.chain.PendingNonce(ctx, from)
	if err != nil || pending > n {
		return nil // something is pending at our nonce (ours, most likely): keep waiting
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(s.Raw); err != nil || tx.Hash() != *s.Hash {
		return nil
	}
	if err := e.checkLease(ctx); err != nil {
		return errStopped
	}
	if pipelined(p) {
		// Every later recorded step of the plan was lost with this one: send them all again now, in
		// nonce order, so the plan is still mined in about one block.
		return e.resendFrom(ctx, p, s.Index)
	}
	return e.resend(ctx, p, s, &tx)
}

// resend broadcasts a step's recorded bytes again because the node no longer had them (a dropped
// mempool, a restarted node, another endpoint), audits it (step, hash, nonce, endpoint, reason) and
// says so in the proposal's thread.
func (e *Engine) resend(ctx context.Context, p *Proposal, s *Step, tx *types.Transaction) error {
	if !s.Attempted {
		if err := e.attempt(ctx, p, s); err != nil {
			return err
		}
	}
	if err := e.chain.Broadcast(ctx, tx); err != nil {
		return nil // nonce too low is decided at the next check; other errors are retried then
	}
	why := "the node no longer had it"
	if s.Status == StepSigned {
		why = "the node had not received it"
	}
	_ = e.auditNow(ctx, nil, "re-sent", p.ID, fmt.Sprintf("step %d (%s), nonce %d, via %s: %s; broadcast the recorded bytes again", s.Index+1, s.Request.Kind, tx.Nonce(), e.chain.Host(), why), s.Hash.Hex())
	e.publish(ctx, "resent", p.ID, nil, fmt.Sprintf("%s step %d re-sent: %s", p.HumanID(), s.Index+1, why))
	if s.Status == StepSigned {
		return e.markSent(ctx, p, s, *s.Hash)
	}
	return nil
}

// resendFrom re-sends the recorded bytes of step from and of every later step of a pipelined plan that
// was broadcast and is not settled, in nonce order, at once.
func (e *Engine) resendFrom(ctx context.Context, p *Proposal, from int) error {
	cur, err := e.Get(ctx, p.ID)
	if err != nil {
		return nil
	}
	for i := from; i < len(cur.Steps); i++ {
		s := &cur.Steps[i]
		if s.Hash == nil || len(s.Raw) == 0 || s.Nonce == nil || !(s.Status == StepSent || s.Status == StepSigned && s.Attempted || i == from) {
			continue
		}
		var tx types.Transaction
		if err := tx.UnmarshalBinary(s.Raw); err != nil || tx.Hash() != *s.Hash {
			continue
		}
		if err := e.resend(ctx, cur, s, &tx); err != nil {
			return err
		}
	}
	return nil
}

func (e *Engine) markSent(ctx context.Context, p *Proposal, s *Step, hash common.Hash) error {
	head, err := e.chain.BlockNumber(ctx)
	if err != nil {
		head = 0 // only used to notice a transaction that is not mined
	}
	var moved bool
	err = e.write(ctx, func(q querier) error {
		res, err := q.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, sent_block = CASE WHEN sent_block = 0 THEN ? ELSE sent_block END
			WHERE proposal_id = ? AND step = ? AND status IN (?, ?)`, StepSent, head, p.ID, s.Index, StepSigned, StepSent)
		if err != nil {
			return fmt.Errorf("record sent step: %w", err)
		}
		n, _ := res.RowsAffected()
		moved = n == 1 && s.Status == StepSigned
		_, err = casStatus(ctx, q, p.ID, []State{Submitting, Submitted, Unknown}, Submitted, "", -1, e.now())
		return err
	})
	if err != nil {
		if e.stopped(err) {
			return errStopped
		}
		return err
	}
	s.Status = StepSent
	if !moved {
		return nil
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
	return e.write(ctx, func(q querier) error {
		_, err := q.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, block = ?, error = ? WHERE proposal_id = ? AND step = ?`,
			status, block, errText, id, step)
		return err
	})
}

func (e *Engine) fail(ctx context.Context, p *Proposal, step int, reason string) {
	ok, err := e.cas(ctx, p.ID, []State{Approved, Submitting, Submitted, Unknown}, Failed, reason, step)
	if err != nil {
		e.log.Error("record failure", "proposal", p.ID, "err", err)
		return
	}
	if ok {
		_ = e.auditNow(ctx, nil, "failed", p.ID, reason, "")
		e.publish(ctx, "failed", p.ID, nil, reason)
	}
}

// markUnknown records that a step's outcome is not known yet. The first time it is published; later
// reconciliation rounds only refresh the reason.
func (e *Engine) markUnknown(ctx context.Context, p *Proposal, step int, reason string) {
	if ctx.Err() != nil {
		return // shutting down: the recorded state is reconciled on the next start
	}
	ok, err := e.cas(ctx, p.ID, []State{Submitting, Submitted}, Unknown, reason, step)
	if err != nil {
		e.log.Error("record unknown outcome", "proposal", p.ID, "err", err)
		return
	}
	if !ok {
		_, _ = e.cas(ctx, p.ID, []State{Unknown}, Unknown, reason, step)
		return
	}
	_ = e.auditNow(ctx, nil, "outcome unknown", p.ID, reason, "")
	e.publish(ctx, "unknown", p.ID, nil, reason)
}

func (e *Engine) kindOf(ctx context.Context, id int64) (Kind, error) {
	var k string
	err := e.db.QueryRowContext(ctx, `SELECT kind FROM proposals WHERE id = ?`, id).Scan(&k)
	return Kind(k), err
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
	r := p.Params.Replaces
	switch {
	case r == nil:
		return speedup{}, fmt.Errorf("it names no transaction to replace")
	case p.Params.Nonce == nil:
		return speedup{}, fmt.Errorf("bad nonce")
	}
	return speedup{proposal: r.Proposal, step: r.Step, nonce: *p.Params.Nonce, gas: r.Gas, tip: r.Tip, feeCap: r.FeeCap, replaces: r.Hash}, nil
}

func addAlternative(ctx context.Context, q querier, id int64, step int, h common.Hash, now time.Time) error {
	_, err := q.ExecContext(ctx, `INSERT INTO tx_alternatives (proposal_id, step, hash, created_at) VALUES (?,?,?,?) ON CONFLICT DO NOTHING`, id, step, h.Hex(), now.UnixMilli())
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

// Recover resolves what a previous run left behind, synchronously: expired proposals are closed,
// approved ones executed, and proposals that were executing are reconciled by recorded hash and
// nonce (never signed twice) and re-checked before any unsent step is signed.
func (e *Engine) Recover(ctx context.Context) error {
	ps, err := e.toDrive(ctx)
	if err != nil {
		return fmt.Errorf("recover: %w", err)
	}
	for _, p := range ps {
		if !e.claim(p.ID) {
			continue
		}
		if p.Status == Approved {
			e.execute(ctx, p.ID)
		} else {
			_ = e.auditNow(ctx, nil, "reconciling", p.ID, "state "+string(p.Status)+" at start", "")
			e.resume(ctx, p.ID)
		}
		e.release(p.ID)
	}
	return nil
}

// StartReconciler drives, every interval, each proposal with transactions in flight that no drive in
// this process is working on (a step of unknown outcome, a plan left by a previous leader) and each
// approved proposal waiting for its turn. It never waits for a restart. Stopped by Close.
func (e *Engine) StartReconciler(every time.Duration) {
	if every <= 0 {
		every = 5 * time.Second
	}
	e.loops.Add(1)
	go func() {
		defer e.loops.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-e.baseCtx.Done():
				return
			case <-t.C:
				if err := e.ReconcileOnce(e.baseCtx); err != nil && e.baseCtx.Err() == nil {
					e.log.Warn("reconcile", "err", err)
				}
			}
		}
	}()
}

// ReconcileOnce starts a background drive for every proposal that needs one; it does not wait for them.
func (e *Engine) ReconcileOnce(ctx context.Context) error {
	ps, err := e.toDrive(ctx)
	if err != nil {
		return fmt.Errorf("reconcile: %w", err)
	}
	for _, p := range ps {
		id := p.ID
		if p.Status == Approved {
			e.startExecution(id)
		} else {
			e.drive(id, func(ctx context.Context) { e.resume(ctx, id) })
		}
	}
	return nil
}

// toDrive closes expired proposals and returns, oldest first (nonces were used in that order), the
// approved and executing proposals; nothing when this engine is not the leader.
func (e *Engine) toDrive(ctx context.Context) ([]*Proposal, error) {
	if !e.Leader() {
		return nil, nil
	}
	if _, err := e.Sweep(ctx); err != nil {
		return nil, err
	}
	ps, err := e.List(ctx, 1000, Approved, Submitting, Submitted, Unknown)
	if err != nil {
		return nil, err
	}
	slices.Reverse(ps)
	return ps, nil
}
