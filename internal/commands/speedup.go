package commands

import (
	"context"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
)

func bump(v *big.Int) *big.Int { // +25%, and at least +1 wei (nodes want ≥ 10% to replace)
	return new(big.Int).Add(new(big.Int).Quo(new(big.Int).Mul(v, big.NewInt(125)), big.NewInt(100)), big.NewInt(1))
}

// txSpeedup proposes replacing a proposal's sent but unmined transaction with the same call, the same
// nonce and higher fees. Approved like any transaction; whichever of the two is mined settles the step.
func (h *Handler) txSpeedup(ctx context.Context, c *Call) (*Response, error) {
	id, err := approval.ParseID(c.Arg("id"))
	if err != nil {
		return nil, err
	}
	p, err := h.engine.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if p.Status != approval.Submitted && p.Status != approval.Unknown {
		return nil, invalid("%s is %s; only a proposal with a sent, unmined transaction can be sped up", p.HumanID(), p.Status)
	}
	var step *approval.Step
	for i := range p.Steps {
		if s := &p.Steps[i]; s.Status == approval.StepSent && s.Hash != nil && len(s.Raw) > 0 {
			step = s
			break
		}
	}
	if step == nil {
		return nil, invalid("%s has no transaction waiting to be mined", p.HumanID())
	}
	if rc, err := h.chain.Receipt(ctx, *step.Hash); err != nil {
		return nil, err
	} else if rc != nil {
		return nil, invalid("%s step %d is already mined in block %d", p.HumanID(), step.Index+1, rc.BlockNumber.Uint64())
	}
	var orig types.Transaction
	if err := orig.UnmarshalBinary(step.Raw); err != nil {
		return nil, fmt.Errorf("decode %s step %d: %w", p.HumanID(), step.Index+1, err)
	}
	curTip, curCap, err := h.chain.Fees(ctx)
	if err != nil {
		return nil, err
	}
	tip := maxBig(bump(orig.GasTipCap()), curTip)
	feeCap := maxBig(maxBig(bump(orig.GasFeeCap()), curCap), tip)
	if maxFee, _ := h.chain.FeeCaps(); maxFee != nil && feeCap.Cmp(maxFee) > 0 {
		return nil, invalid("replacing needs a max fee of %s gwei, above network.max_fee_per_gas_gwei (%s gwei); raise the cap first", chain.FormatUnits(feeCap, 9), chain.FormatUnits(maxFee, 9))
	}
	line := fmt.Sprintf("replace %s step %d (%s, tx %s, nonce %d): tip %s → %s gwei, max fee %s → %s gwei; whichever is mined settles the step",
		p.HumanID(), step.Index+1, step.Request.Kind, step.Hash.Hex(), orig.Nonce(), chain.FormatUnits(orig.GasTipCap(), 9), chain.FormatUnits(tip, 9),
		chain.FormatUnits(orig.GasFeeCap(), 9), chain.FormatUnits(feeCap, 9))
	req := step.Request
	req.Summary = line
	prop, err := h.engine.Propose(ctx, c.User, approval.ProposeRequest{Kind: approval.KindSpeedup, Summary: line, Steps: []chain.TxRequest{req},
		Gas: []uint64{orig.Gas()}, Simulation: "the same call as the original; checked with eth_call again when sent",
		Params: map[string]string{"replaces_proposal": strconv.FormatInt(p.ID, 10), "replaces_step": strconv.Itoa(step.Index), "replaces_hash": step.Hash.Hex(),
			"nonce": strconv.FormatUint(orig.Nonce(), 10), "gas": strconv.FormatUint(orig.Gas(), 10), "tip": tip.String(), "fee_cap": feeCap.String()}})
	if err != nil {
		return nil, err
	}
	return &Response{Message: h.Render(prop), ProposalID: prop.ID}, nil
}
