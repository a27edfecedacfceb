package approval

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/morbotlabs/morbot/internal/chain"
)

// replanAllowance re-plans the allowance step of a plan that waited behind another, before it runs:
// what it approved was decided against the allowance when it was proposed, and the plan ahead may
// have set another since (the team's intent, which a stale approve would undo). The step is dropped
// when the allowance already covers what this plan pulls, or set to what it pulls plus what the other
// open plans have reserved; it never lowers an allowance below what it is now. When the payload
// changes, the plan goes back for approval with both payloads named, and true is returned: nothing
// runs now.
func (e *Engine) replanAllowance(ctx context.Context, p *Proposal) (bool, error) {
	if p.Kind == KindApprove || len(p.Steps) == 0 || p.Steps[0].Request.Kind != chain.KindApprove || p.Steps[0].Status != StepPending || p.Params.MORNeeded == nil {
		return false, nil // an approve the team asked for as such, or nothing to re-plan
	}
	owner := e.signer.Address()
	allowance, err := e.chain.Allowance(ctx, owner)
	if err != nil {
		return false, fmt.Errorf("read the allowance: %w", err)
	}
	need := p.Params.MORNeeded
	reserved, err := e.reservedBy(ctx, p.ID)
	if err != nil {
		return false, err
	}
	steps := make([]chain.TxRequest, 0, len(p.Steps))
	gas := make([]uint64, 0, len(p.Steps))
	lines := strings.Split(p.Summary, "\n")
	var line string
	if allowance.Cmp(need) >= 0 {
		line = fmt.Sprintf("no approve step: the allowance is now %s, which covers the %s this plan pulls (re-planned when it came to run)", chain.FormatMOR(allowance), chain.FormatMOR(need))
	} else {
		amount := new(big.Int).Add(need, reserved)
		if amount.Cmp(allowance) < 0 {
			amount.Set(allowance) // never lower an allowance another plan set
		}
		steps = append(steps, e.chain.ApproveTx(amount))
		gas = append(gas, p.Steps[0].Gas)
		line = fmt.Sprintf("approve the Diamond to pull %s (re-planned when it came to run: the allowance is now %s, this plan pulls %s and other open plans reserve %s)",
			chain.FormatMOR(amount), chain.FormatMOR(allowance), chain.FormatMOR(need), chain.FormatMOR(reserved))
	}
	for _, s := range p.Steps[1:] {
		steps = append(steps, s.Request)
		gas = append(gas, s.Gas)
	}
	hash := PayloadHash(p.ChainID, p.Signer, steps)
	if hash == p.PayloadHash {
		return false, nil // the same approve as before: run as approved
	}
	if len(lines) > 0 {
		lines[0] = line
	}
	reason := fmt.Sprintf("re-planned when it came to run: the allowance changed after it was approved (it is now %s), so its approve step changed. It was approved as payload %s; the new payload is %s. Approve it again to run it",
		chain.FormatMOR(allowance), p.PayloadHash.Hex(), hash.Hex())
	now := e.now()
	err = e.write(ctx, func(q querier) error {
		ok, err := casStatus(ctx, q, p.ID, []State{Approved}, Pending, reason, -1, now)
		if err != nil || !ok {
			return err
		}
		if _, err := q.ExecContext(ctx, `DELETE FROM votes WHERE proposal_id = ?`, p.ID); err != nil {
			return err
		}
		if _, err := q.ExecContext(ctx, `DELETE FROM proposal_txs WHERE proposal_id = ?`, p.ID); err != nil {
			return err
		}
		for i, s := range steps {
			if s.Data == nil {
				s.Data = []byte{}
			}
			if _, err := q.ExecContext(ctx, `INSERT INTO proposal_txs (proposal_id, step, kind, to_addr, data, value, summary, gas, status) VALUES (?,?,?,?,?,?,?,?,?)`,
				p.ID, i, s.Kind, s.To.Hex(), s.Data, bigStr(valueOf(s)), s.Summary, gas[i], StepPending); err != nil {
				return err
			}
		}
		if _, err := q.ExecContext(ctx, `UPDATE proposals SET payload_hash = ?, summary = ?, expires_at = ? WHERE id = ?`,
			hash.Hex(), strings.Join(lines, "\n"), now.Add(e.policy.Expiry).UnixMilli(), p.ID); err != nil {
			return err
		}
		return auditLog(ctx, q, now, nil, "re-planned", p.ID, fmt.Sprintf("approve step: payload %s → %s; back for approval", p.PayloadHash.Hex()[:10], hash.Hex()[:10]), "")
	})
	if err != nil {
		return false, fmt.Errorf("re-plan %s: %w", p.HumanID(), err)
	}
	e.publish(ctx, "replanned", p.ID, nil, reason)
	return true, nil
}

// reservedBy is the MOR that the other open plans (pending or approved) will pull.
func (e *Engine) reservedBy(ctx context.Context, except int64) (*big.Int, error) {
	ps, err := e.List(ctx, 1000, Pending, Approved)
	if err != nil {
		return nil, err
	}
	sum := new(big.Int)
	for _, o := range ps {
		if o.ID != except && o.Params.MORNeeded != nil {
			sum.Add(sum, o.Params.MORNeeded)
		}
	}
	return sum, nil
}
