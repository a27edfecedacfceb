package plans

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
)

// A plan states the facts its text relies on ("replaces the active bid 0x94d6… at 0.00001"), each
// written by one function below from what was read when it was proposed. The executor reads them
// again with the same functions just before it signs, at the block it simulates at: a different
// string is a changed world, and the plan ends stale instead of being sent.

// BidFact is the provider's active bid on a model: "none", or its ID and price.
func BidFact(bids []chain.Bid, model common.Hash) string {
	for _, b := range bids {
		if b.ModelID == model && b.Active() {
			return fmt.Sprintf("bid %s at %s", b.ID.Hex(), chain.FormatPrice(b.PricePerSecond))
		}
	}
	return "no active bid"
}

// ProviderFact is the provider record: not registered, deregistered, or its stake and endpoint.
func ProviderFact(p chain.Provider) string {
	switch {
	case !p.Exists():
		return "not registered"
	case p.IsDeleted:
		return fmt.Sprintf("deregistered (%s staked)", chain.FormatMOR(p.Stake))
	}
	return fmt.Sprintf("registered with %s staked at %s", chain.FormatMOR(p.Stake), p.EndpointText())
}

// ModelFact is a model record: not registered, deregistered, or registered with its stake.
func ModelFact(m chain.Model) string {
	switch {
	case m.CreatedAt == 0:
		return "not registered"
	case m.IsDeleted:
		return "deregistered"
	}
	return fmt.Sprintf("registered with %s staked", chain.FormatMOR(m.Stake))
}

// AllowanceFact is the Diamond's MOR allowance.
func AllowanceFact(a *big.Int) string { return chain.FormatAllowance(a) }

// CoversFact says whether the allowance covers what a plan pulls.
func CoversFact(a, need *big.Int) string {
	if a.Cmp(need) >= 0 {
		return fmt.Sprintf("enough for the %s this plan pulls", chain.FormatMOR(need))
	}
	return fmt.Sprintf("%s, short of the %s this plan pulls", chain.FormatAllowance(a), chain.FormatMOR(need))
}

// ServedFact is a model's models-config.json entry: none, or what it serves from where.
func ServedFact(e *proxyrouter.Entry) string {
	if e == nil {
		return "no entry"
	}
	return fmt.Sprintf("%s backend %s as %q", e.APIType, e.APIURL, e.ModelName)
}

// servedEntry is a model's entry in models-config.json (nil: none, or no file yet).
func servedEntry(path, model string) (*proxyrouter.Entry, error) {
	es, err := proxyrouter.ReadEntries(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if e, ok := es[strings.ToLower(model)]; ok {
		return &e, nil
	}
	return nil, nil
}

func subjectHash(s string) (common.Hash, error) {
	h, err := chain.ParseHash32(s)
	if err != nil {
		return common.Hash{}, fmt.Errorf("precondition subject %q: %w", s, err)
	}
	return h, nil
}

// Changed reads the preconditions again at a block and returns those that changed (the executor's
// Facts). The chain facts are read in one State read at that block; a models-config entry is read
// from the file as it is now.
func (b *Builder) Changed(ctx context.Context, block uint64, pre []approval.Precondition) ([]approval.Change, error) {
	var models []common.Hash
	for _, p := range pre {
		if p.Fact == approval.FactModel {
			h, err := subjectHash(p.Subject)
			if err != nil {
				return nil, err
			}
			models = append(models, h)
		}
	}
	st, err := b.Chain.StateAt(ctx, block, b.Provider, models...)
	if err != nil {
		return nil, err
	}
	var out []approval.Change
	for _, p := range pre {
		now, err := b.factNow(st, p)
		if err != nil {
			return nil, err
		}
		if now != p.Want {
			out = append(out, approval.Change{Precondition: p, Now: now})
		}
	}
	return out, nil
}

func (b *Builder) factNow(st *chain.State, p approval.Precondition) (string, error) {
	switch p.Fact {
	case approval.FactActiveBid:
		h, err := subjectHash(p.Subject)
		if err != nil {
			return "", err
		}
		return BidFact(st.ActiveBids, h), nil
	case approval.FactProvider:
		return ProviderFact(st.Provider), nil
	case approval.FactModel:
		h, err := subjectHash(p.Subject)
		if err != nil {
			return "", err
		}
		return ModelFact(st.Models[h]), nil
	case approval.FactAllowance:
		return AllowanceFact(st.Allowance), nil
	case approval.FactAllowanceCovers:
		need, ok := new(big.Int).SetString(p.Subject, 10)
		if !ok {
			return "", fmt.Errorf("precondition subject %q is not an amount", p.Subject)
		}
		return CoversFact(st.Allowance, need), nil
	case approval.FactServed:
		if b.Serve == nil || b.Serve.ModelsConfig == "" {
			return "", fmt.Errorf("no models-config.json is configured to read %s from", p.Label)
		}
		e, err := servedEntry(b.Serve.ModelsConfig, p.Subject)
		if err != nil {
			return "", err
		}
		return ServedFact(e), nil
	}
	return "", fmt.Errorf("precondition of an unknown kind %q", p.Fact)
}

// reliesOnBid records the provider's active bid on a model as the plan saw it.
func (pl *Plan) reliesOnBid(s *chain.Snapshot, model common.Hash, name string) {
	pl.Relies(approval.FactActiveBid, strings.ToLower(model.Hex()), fmt.Sprintf("our active bid on %q", name), BidFact(s.ActiveBids, model))
}

// reliesOnProvider records the provider record as the plan saw it.
func (pl *Plan) reliesOnProvider(p chain.Provider) {
	pl.Relies(approval.FactProvider, strings.ToLower(p.Address.Hex()), "provider "+p.Address.Hex(), ProviderFact(p))
}

// reliesOnModel records a model record as the plan saw it.
func (pl *Plan) reliesOnModel(id common.Hash, name string, m chain.Model) {
	pl.Relies(approval.FactModel, strings.ToLower(id.Hex()), fmt.Sprintf("model %q (%s)", name, strings.ToLower(id.Hex())), ModelFact(m))
}

// ReplanAllowance re-plans the allowance step of a plan that waited behind another, before it runs
// (the executor's Replanner): what it approved was decided against the allowance when it was
// proposed, and the plan ahead may have set another since (the team's intent, which a stale approve
// would undo). The step is dropped when the allowance already covers what this plan pulls, or set to
// what it pulls plus what the other open plans have reserved; it never lowers an allowance below what
// it is now. nil when the payload stays the same.
func (b *Builder) ReplanAllowance(ctx context.Context, p *approval.Proposal) (*approval.Replan, error) {
	if p.Kind == approval.KindApprove || len(p.Steps) == 0 || !p.Steps[0].OnChain() || p.Steps[0].Tx.Kind != chain.KindApprove ||
		p.Steps[0].Status != approval.StepPending || p.MORNeeded == nil {
		return nil, nil // an approve the team asked for as such, or nothing to re-plan
	}
	allowance, err := b.Chain.Allowance(ctx, b.Provider)
	if err != nil {
		return nil, fmt.Errorf("read the allowance: %w", err)
	}
	need := p.MORNeeded
	reserved, err := b.Read.ReservedExcept(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	var (
		steps []approval.Planned
		gas   []uint64
		line  string
	)
	if allowance.Cmp(need) >= 0 {
		line = fmt.Sprintf("no approve step: the allowance is now %s, which covers the %s this plan pulls (re-planned when it came to run)", chain.FormatMOR(allowance), chain.FormatMOR(need))
	} else {
		amount := new(big.Int).Add(need, reserved)
		if amount.Cmp(allowance) < 0 {
			amount.Set(allowance) // never lower an allowance another plan set
		}
		steps = append(steps, approval.TxStep(b.Chain.ApproveTx(amount)))
		gas = append(gas, p.Steps[0].Gas)
		line = fmt.Sprintf("approve the Diamond to pull %s (re-planned when it came to run: the allowance is now %s, this plan pulls %s and other open plans reserve %s)",
			chain.FormatMOR(amount), chain.FormatMOR(allowance), chain.FormatMOR(need), chain.FormatMOR(reserved))
	}
	for _, s := range p.Steps[1:] {
		steps = append(steps, s.Planned)
		gas = append(gas, s.Gas)
	}
	if approval.PayloadHash(p.ChainID, p.Signer, steps) == p.PayloadHash {
		return nil, nil // the same approve as before: run as approved
	}
	lines := strings.Split(p.Summary, "\n")
	lines[0] = line
	return &approval.Replan{Steps: steps, Gas: gas, Summary: strings.Join(lines, "\n"),
		Reason: fmt.Sprintf("re-planned when it came to run: the allowance changed after it was approved (it is now %s), so its approve step changed", chain.FormatMOR(allowance))}, nil
}
