package plans

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/outside"
	"github.com/morbotlabs/morbot/internal/pay"
	"github.com/morbotlabs/morbot/internal/position"
)

// BelowMin refuses a stake below a minimum, naming both and the block they were read at.
func BelowMin(what string, amount, min *big.Int, block uint64) error {
	return Refuse("%s is below the %s %s (read at block %d); stake at least %s", chain.FormatMOR(amount), what, chain.FormatMOR(min), block, chain.FormatMOR(min))
}

// ProviderCreate registers the provider wallet with a stake at a public endpoint.
func (b *Builder) ProviderCreate(ctx context.Context, u approval.User, stake *big.Int, ep string) (*approval.Proposal, error) {
	s, err := b.Read.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	p := s.Provider
	if p.Active() {
		return nil, Refuse("provider %s is already registered with %s staked at %s; use /mor provider update to add stake or change the endpoint", b.Provider.Hex(), chain.FormatMOR(p.Stake), p.EndpointText())
	}
	newStake := new(big.Int).Add(p.Stake, stake)
	if newStake.Cmp(s.Minimums.ProviderStake) < 0 {
		return nil, BelowMin("provider minimum stake", newStake, s.Minimums.ProviderStake, s.Block)
	}
	pl := New(approval.KindProviderCreate)
	pl.reliesOnProvider(p)
	pl.Changes(approval.ResProvider, b.Provider.Hex())
	pl.Add(b.Chain.ProviderRegisterTx(b.Provider, stake, ep), fmt.Sprintf("register provider %s with %s stake at endpoint %s", b.Provider.Hex(), chain.FormatMOR(stake), ep))
	if r := b.Read.Reachability(ctx, ep); !strings.HasPrefix(r, position.Reachable) {
		pl.Lines = append(pl.Lines, "warning: endpoint "+ep+" "+r)
	}
	pl.Need.Set(stake)
	pl.Amounts.Stake = stake
	return b.Propose(ctx, &u, FundsOf(s), pl)
}

// ProviderUpdate adds stake to the registered provider and/or moves its endpoint (ep nil: keep it).
func (b *Builder) ProviderUpdate(ctx context.Context, u approval.User, add *big.Int, endpoint *string) (*approval.Proposal, error) {
	s, err := b.Read.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	p := s.Provider
	switch {
	case !p.Exists():
		return nil, Refuse("no provider is registered for %s; use /mor provider create", b.Provider.Hex())
	case p.IsDeleted:
		return nil, Refuse("provider %s is deregistered; /mor provider create reactivates it", b.Provider.Hex())
	}
	ep := p.Endpoint
	if endpoint != nil {
		ep = *endpoint
	}
	if add.Sign() == 0 && ep == p.Endpoint {
		return nil, Refuse("nothing to change: the endpoint is already %s and no stake is added", outside.Quote(ep))
	}
	newStake := new(big.Int).Add(p.Stake, add)
	if newStake.Cmp(s.Minimums.ProviderStake) < 0 {
		short := new(big.Int).Sub(s.Minimums.ProviderStake, newStake)
		return nil, Refuse("the stake would be %s, below the provider minimum %s (read at block %d); any update reverts until the stake is topped up, so add at least %s with --add-stake",
			chain.FormatMOR(newStake), chain.FormatMOR(s.Minimums.ProviderStake), s.Block, chain.FormatMOR(short))
	}
	pl := New(approval.KindProviderUpdate)
	pl.reliesOnProvider(p)
	pl.Changes(approval.ResProvider, b.Provider.Hex())
	line := fmt.Sprintf("update provider %s: stake %s → %s, endpoint %s", b.Provider.Hex(), chain.FormatMOR(p.Stake), chain.FormatMOR(newStake), outside.Quote(ep))
	pl.Add(b.Chain.ProviderRegisterTx(b.Provider, add, ep), line)
	pl.Need.Set(add)
	pl.Amounts.Stake = add
	return b.Propose(ctx, &u, FundsOf(s), pl)
}

// ProviderDeregister deregisters the provider and withdraws what of its stake the contract returns.
func (b *Builder) ProviderDeregister(ctx context.Context, u approval.User) (*approval.Proposal, error) {
	s, err := b.Read.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	p := s.Provider
	switch {
	case !p.Exists():
		return nil, Refuse("no provider is registered for %s", b.Provider.Hex())
	case p.IsDeleted:
		return nil, Refuse("provider %s is already deregistered", b.Provider.Hex())
	case len(s.ActiveBids) > 0:
		return nil, Refuse("the provider has %d active bid(s); delete them first with /mor bid delete <bid-id> (see /mor bid list)", len(s.ActiveBids))
	}
	back := pay.Headroom(p, s.Time)
	line := fmt.Sprintf("deregister provider %s; returns %s now", b.Provider.Hex(), chain.FormatMOR(back))
	if kept := new(big.Int).Sub(p.Stake, back); kept.Sign() > 0 {
		line += fmt.Sprintf(" (the stake minus the %s earned this period). The other %s stays in the contract as the deregistered provider's stake, and nothing releases it on its own: after the earnings period ends (%s), register again (/mor provider create) and deregister again to withdraw it",
			chain.FormatMOR(pay.Earned(p, s.Time)), chain.FormatMOR(kept), chain.When(p.LimitPeriodEnd))
	}
	pl := New(approval.KindProviderDeregister)
	pl.reliesOnProvider(p)
	pl.Changes(approval.ResProvider, b.Provider.Hex())
	pl.Add(b.Chain.ProviderDeregisterTx(b.Provider), line)
	return b.Propose(ctx, &u, FundsOf(s), pl)
}
