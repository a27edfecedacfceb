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

	// Provider: register, top up to the minimum, or update the endpoint.
	p, ep := s.Provider, o.Endpoint
	switch {
	case !p.Active():
		stake := o.ProviderStake
		if stake == nil {
			stake = new(big.Int).Sub(m.ProviderStake, p.Stake)
			if stake.Sign() < 0 {
				stake.SetInt64(0)
			}
		}
		if total := new(big.Int).Add(p.Stake, stake); total.Cmp(m.ProviderStake) < 0 {
			return nil, nil, BelowMin("provider minimum stake", total, m.ProviderStake, s.Block)
		}
		pl.Add(b.Chain.ProviderRegisterTx(b.Provider, stake, ep), fmt.Sprintf("register provider %s with %s stake at endpoint %s", b.Provider.Hex(), chain.FormatMOR(stake), ep))
		pl.Need.Add(pl.Need, stake)
		pl.Amounts.Stake = MaxBig(pl.Amounts.Stake, stake)
	case p.Stake.Cmp(m.ProviderStake) < 0 || p.Endpoint != ep || o.ProviderStake != nil:
		add := new(big.Int)
		if o.ProviderStake != nil {
			add.Set(o.ProviderStake)
		} else if p.Stake.Cmp(m.ProviderStake) < 0 {
			add.Sub(m.ProviderStake, p.Stake)
		}
		if total := new(big.Int).Add(p.Stake, add); total.Cmp(m.ProviderStake) < 0 {
			return nil, nil, BelowMin("provider minimum stake", total, m.ProviderStake, s.Block)
		}
		pl.Add(b.Chain.ProviderRegisterTx(b.Provider, add, ep), fmt.Sprintf("update provider %s: add %s stake, endpoint %s", b.Provider.Hex(), chain.FormatMOR(add), ep))
		pl.Need.Add(pl.Need, add)
		pl.Amounts.Stake = MaxBig(pl.Amounts.Stake, add)
	default:
		done = append(done, fmt.Sprintf("provider already registered with %s at %s", chain.FormatMOR(p.Stake), p.Endpoint))
	}

	// Model: reuse the team's active model of that name, or register one.
	var modelID common.Hash
	name := o.ModelName
	tm, _, err := b.Read.ModelByName(ctx, name)
	if err != nil {
		return nil, nil, err
	}
	if tm != nil {
		modelID = tm.ID
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
		if err := b.planModel(ctx, s, ModelSpec{Name: name, Stake: stake, Fee: new(big.Int), Tags: []string{"LLM"}, Base: base}, pl); err != nil {
			return nil, nil, err
		}
		modelID = pl.model.ID
	}

	// Bid: post unless the same price is already active.
	sameBid := false
	for _, bid := range s.ActiveBids {
		if bid.ModelID == modelID && bid.PricePerSecond.Cmp(o.Price) == 0 {
			sameBid = true
			done = append(done, fmt.Sprintf("bid %s already active at %s", bid.ID.Hex(), chain.FormatPrice(o.Price)))
		}
	}
	if !sameBid {
		if err := b.planBid(s, modelID, name, o.Price, pl); err != nil {
			return nil, nil, err
		}
	}
	if len(pl.Steps) == 0 {
		return nil, &Onboarded{Done: done, Block: s.Block}, nil
	}
	for _, d := range done {
		pl.Lines = append(pl.Lines, "already done: "+d)
	}
	prop, err := b.Propose(ctx, &u, FundsOf(s), pl)
	return prop, nil, err
}
