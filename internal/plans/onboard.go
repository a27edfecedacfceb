package plans

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
)

// OnboardSpec is a provider's whole onboarding: its endpoint, a model and the bid on it.
type OnboardSpec struct {
	Endpoint      string
	ModelName     string
	Price         *big.Int
	ProviderStake *big.Int // nil: what the minimum asks for
	ModelStake    *big.Int // nil: the minimum
}

// Onboarded is an onboarding with nothing left to do: what was already in place, at which block.
type Onboarded struct {
	Done  []string
	Block uint64
}

// Onboard plans only the missing steps at once (allowance, provider, model, bid). With nothing
// missing it proposes nothing and says what is already in place.
func (b *Builder) Onboard(ctx context.Context, u approval.User, o OnboardSpec) (*approval.Proposal, *Onboarded, error) {
	s, err := b.Read.Snapshot(ctx)
	if err != nil {
		return nil, nil, err
	}
	m := s.Minimums
	if !m.PriceInRange(o.Price) {
		return nil, nil, Refuse("the price %s is outside the allowed range %s … %s (read at block %d)", chain.FormatPrice(o.Price), chain.FormatPrice(m.MinPricePerSecond), chain.FormatPrice(m.MaxPricePerSecond), s.Block)
	}
	pl := New(approval.KindOnboard)
	var done []string

	// Provider: register, or top up to the stake asked for, or move the endpoint. --provider-stake is
	// the stake the provider ends with, whether it is registered or not; each change is its own line.
	p, ep := s.Provider, o.Endpoint
	target := o.ProviderStake
	if target == nil {
		target = MaxBig(m.ProviderStake, p.Stake)
	}
	if target.Cmp(m.ProviderStake) < 0 {
		return nil, nil, BelowMin("provider minimum stake", target, m.ProviderStake, s.Block)
	}
	add := new(big.Int).Sub(target, p.Stake)
	if add.Sign() < 0 {
		return nil, nil, Refuse("--provider-stake %s is below the provider's stake of %s (read at block %d): it is the stake the provider ends with, and a stake is never lowered here (it comes back when the provider deregisters); leave it out to keep %s",
			chain.FormatMOR(target), chain.FormatMOR(p.Stake), s.Block, chain.FormatMOR(p.Stake))
	}
	pl.reliesOnProvider(p)
	switch {
	case !p.Active():
		line := fmt.Sprintf("register provider %s with %s stake at endpoint %s", b.Provider.Hex(), chain.FormatMOR(target), ep)
		if p.Stake.Sign() > 0 {
			line += fmt.Sprintf(" (adds %s to the %s it still holds from before)", chain.FormatMOR(add), chain.FormatMOR(p.Stake))
		}
		pl.Add(b.Chain.ProviderRegisterTx(b.Provider, add, ep), line)
	case add.Sign() > 0 || p.Endpoint != ep:
		var what []string
		if add.Sign() > 0 {
			what = append(what, fmt.Sprintf("adds %s stake (%s → %s)", chain.FormatMOR(add), chain.FormatMOR(p.Stake), chain.FormatMOR(target)))
		}
		if p.Endpoint != ep {
			what = append(what, fmt.Sprintf("changes the endpoint from %s to %s", p.EndpointText(), ep))
		}
		pl.Add(b.Chain.ProviderRegisterTx(b.Provider, add, ep), fmt.Sprintf("update provider %s: %s", b.Provider.Hex(), strings.Join(what, "; and ")))
	default:
		done = append(done, fmt.Sprintf("provider already registered with %s at %s", chain.FormatMOR(p.Stake), p.EndpointText()))
	}
	if len(pl.Steps) > 0 {
		pl.Need.Add(pl.Need, add)
		pl.Amounts.Stake = MaxBig(pl.Amounts.Stake, add)
		pl.Changes(approval.ResProvider, b.Provider.Hex())
	}

	// Model: reuse the team's active model of that name, or register one.
	var modelID common.Hash
	name := o.ModelName
	tm, _, err := b.Read.ModelByName(ctx, name)
	if err != nil {
		return nil, nil, err
	}
	var registers *common.Hash
	if tm != nil {
		modelID = tm.ID
		cm, err := b.Chain.Model(ctx, modelID)
		if err != nil {
			return nil, nil, err
		}
		pl.reliesOnModel(modelID, name, cm)
		done = append(done, fmt.Sprintf("model %q already registered (%s)", name, strings.ToLower(tm.ID.Hex())))
	} else if err := b.NameTaken(ctx, name); err != nil {
		return nil, nil, err
	} else {
		stake := o.ModelStake
		if stake == nil {
			stake = m.ModelStake
		}
		base, err := chain.RandomBaseID()
		if err != nil {
			return nil, nil, err
		}
		if modelID, err = b.planModel(ctx, s, ModelSpec{Name: name, Stake: stake, Fee: new(big.Int), Tags: []string{"LLM"}, Base: base}, pl); err != nil {
			return nil, nil, err
		}
		registers = &modelID
	}

	// Bid: post unless the same price is already active.
	sameBid := false
	for _, bid := range s.ActiveBids {
		if bid.ModelID == modelID && bid.PricePerSecond.Cmp(o.Price) == 0 {
			sameBid = true
			done = append(done, fmt.Sprintf("bid %s already active at %s", bid.ID.Hex(), chain.FormatPrice(o.Price)))
		}
	}
	var bidOn *common.Hash
	if !sameBid {
		if err := b.planBid(s, modelID, name, o.Price, pl); err != nil {
			return nil, nil, err
		}
		bidOn = &modelID
	}
	pl.Params = approval.OnboardParams{Model: registers, ModelName: name, BidModel: bidOn}
	if len(pl.Steps) == 0 {
		return nil, &Onboarded{Done: done, Block: s.Block}, nil
	}
	for _, d := range done {
		pl.Lines = append(pl.Lines, "already done: "+d)
	}
	prop, err := b.Propose(ctx, &u, FundsOf(s), pl)
	return prop, nil, err
}
