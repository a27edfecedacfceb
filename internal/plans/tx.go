package plans

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
)

func bump(v *big.Int) *big.Int { // +25%, and at least +1 wei (nodes want ≥ 10% to replace)
	return new(big.Int).Add(new(big.Int).Quo(new(big.Int).Mul(v, big.NewInt(125)), big.NewInt(100)), big.NewInt(1))
}

// Speedup proposes replacing a proposal's sent but unmined transaction with the same call, the same
// nonce and higher fees. Approved like any transaction; whichever of the two is mined settles the step.
func (b *Builder) Speedup(ctx context.Context, u approval.User, id int64) (*approval.Proposal, error) {
	p, err := b.Engine.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if p.Status != approval.Submitted && p.Status != approval.Unknown {
		return nil, Refuse("%s is %s; only a proposal with a sent, unmined transaction can be sped up", p.HumanID(), p.Status)
	}
	var step *approval.Step
	for i := range p.Steps {
		if s := &p.Steps[i]; s.OnChain() && (s.Status == approval.StepSent || s.Status == approval.StepSigned) && s.Hash != nil && len(s.Raw) > 0 {
			step = s
			break
		}
	}
	if step == nil {
		return nil, Refuse("%s has no transaction waiting to be mined", p.HumanID())
	}
	if rc, err := b.Chain.Receipt(ctx, *step.Hash); err != nil {
		return nil, err
	} else if rc != nil {
		return nil, Refuse("%s step %d is already mined in block %d", p.HumanID(), step.Index+1, rc.BlockNumber.Uint64())
	}
	var orig types.Transaction
	if err := orig.UnmarshalBinary(step.Raw); err != nil {
		return nil, fmt.Errorf("decode %s step %d: %w", p.HumanID(), step.Index+1, err)
	}
	curTip, curCap, err := b.Chain.Fees(ctx)
	if err != nil {
		return nil, err
	}
	tip := MaxBig(bump(orig.GasTipCap()), curTip)
	feeCap := MaxBig(MaxBig(bump(orig.GasFeeCap()), curCap), tip)
	if maxFee, _ := b.Chain.FeeCaps(); maxFee != nil && feeCap.Cmp(maxFee) > 0 {
		return nil, Refuse("replacing needs a max fee of %s gwei, above network.max_fee_per_gas_gwei (%s gwei); raise the cap first", chain.FormatUnits(feeCap, 9), chain.FormatUnits(maxFee, 9))
	}
	// The replacement makes the same call (in operator mode it needs the same right, which Propose
	// checks), with the same nonce and gas.
	req := step.Tx
	line := fmt.Sprintf("replace %s step %d (%s, tx %s, nonce %d): tip %s → %s gwei, max fee %s → %s gwei; whichever is mined settles the step",
		p.HumanID(), step.Index+1, step.Name(), step.Hash.Hex(), orig.Nonce(), chain.FormatUnits(orig.GasTipCap(), 9), chain.FormatUnits(tip, 9),
		chain.FormatUnits(orig.GasFeeCap(), 9), chain.FormatUnits(feeCap, 9))
	req.Summary = line
	pl := New(approval.KindSpeedup)
	pl.Add(req, line)
	pl.Gas = []uint64{orig.Gas()}
	pl.Simulation = "the same call as the original, simulated now; checked with eth_call again when sent"
	pl.Params = approval.SpeedupParams{Nonce: orig.Nonce(), Replaces: approval.Replacement{Proposal: p.ID, Step: step.Index, Hash: *step.Hash, Gas: orig.Gas(), Tip: tip, FeeCap: feeCap}}
	pl.Changes(approval.ResNonce, fmt.Sprint(orig.Nonce()))
	return b.Propose(ctx, &u, Funds{}, pl)
}

// Fill proposes a zero-value transfer from the signer to itself at a nonce nothing is pending for:
// the node mines an account's transactions in nonce order, so one missing nonce holds back every
// later one (morbot's included) whatever their fees.
func (b *Builder) Fill(ctx context.Context, u approval.User, nonce uint64) (*approval.Proposal, error) {
	latest, err := b.Chain.Nonce(ctx, b.Signer)
	if err != nil {
		return nil, err
	}
	pending, err := b.Chain.PendingNonce(ctx, b.Signer)
	if err != nil {
		return nil, err
	}
	behind, err := b.Engine.List(ctx, 100, approval.Submitted, approval.Unknown)
	if err != nil {
		return nil, err
	}
	// waiting are morbot's signed or sent steps at nonces above n: what filling n would let through.
	waiting := func(n uint64) []string {
		var out []string
		for _, p := range behind {
			for _, s := range p.Steps {
				if s.Nonce != nil && *s.Nonce > n && (s.Status == approval.StepSigned || s.Status == approval.StepSent) {
					out = append(out, fmt.Sprintf("%s step %d (nonce %d)", p.HumanID(), s.Index+1, *s.Nonce))
				}
			}
		}
		return out
	}
	switch {
	case nonce < latest:
		return nil, Refuse("nonce %d is already used on-chain (the signer's next nonce is %d); there is no gap there", nonce, latest)
	case nonce < pending:
		return nil, Refuse("a transaction is already pending at nonce %d, so there is no gap there; if it is morbot's and stuck, use /mor tx speedup", nonce)
	case nonce > pending && len(waiting(pending)) > 0:
		// Advice only where following it works: filling the first free nonce lets something through.
		return nil, Refuse("nonce %d is beyond the first free nonce %d; fill %d first (/mor tx fill %d)", nonce, pending, pending, pending)
	case nonce > pending:
		return nil, Refuse("nonce %d is beyond the first free nonce %d, and no morbot transaction waits behind either; nothing to unblock", nonce, pending)
	}
	w := waiting(nonce)
	if len(w) == 0 {
		return nil, Refuse("no morbot transaction waits behind nonce %d; nothing to unblock", nonce)
	}
	req := chain.TxRequest{Kind: chain.KindSelfTransfer, To: b.Signer, Value: new(big.Int),
		Summary: fmt.Sprintf("send 0 ETH from the signer %s to itself at nonce %d", b.Signer.Hex(), nonce)}
	pl := New(approval.KindFillNonce)
	pl.Add(req, fmt.Sprintf("%s (21000 gas, no MOR, no contract call); fills the nonce gap so that %s can be mined", req.Summary, strings.Join(w, ", ")))
	pl.Gas = []uint64{21_000}
	pl.Simulation = fmt.Sprintf("a plain transfer, simulated now; sent with nonce %d exactly, checked to be still free when sent", nonce)
	pl.Params = approval.FillParams{Nonce: nonce}
	pl.Changes(approval.ResNonce, fmt.Sprint(nonce))
	return b.Propose(ctx, &u, Funds{}, pl)
}
