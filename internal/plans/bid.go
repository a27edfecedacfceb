package plans

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/rating"
	"github.com/morbotlabs/morbot/internal/serving"
)

// BidCreate posts (or re-prices) the provider's bid on a model and says where the price ranks.
func (b *Builder) BidCreate(ctx context.Context, u approval.User, id common.Hash, price *big.Int) (*approval.Proposal, error) {
	s, err := b.Read.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	if !s.Provider.Active() {
		return nil, Refuse("provider %s is not an active provider; register it first (/mor provider create or /mor onboard)", b.Provider.Hex())
	}
	mk, err := b.Chain.Market(ctx, id)
	if err != nil {
		return nil, err
	}
	cm := mk.Model
	if !cm.Active() {
		return nil, Refuse("model %s is not active on-chain; use the derived model ID (see /mor model list)", id.Hex())
	}
	pl := New(approval.KindBidCreate)
	pl.Params = approval.BidCreateParams{Model: id}
	if err := b.planBid(s, id, b.Read.ModelName(ctx, id, cm.Name), price, pl); err != nil {
		return nil, err
	}
	pl.Lines = append(pl.Lines, RankLine(mk, price, b.Provider, s.Provider.Stake))
	return b.Propose(ctx, &u, FundsOf(s), pl)
}

// planBid adds a postModelBid step (shared by bid create and onboard): it relies on the active bid it
// replaces (or on there being none) and changes the model's bid.
func (b *Builder) planBid(s *chain.Snapshot, id common.Hash, name string, price *big.Int, pl *Plan) error {
	m := s.Minimums
	if !m.PriceInRange(price) {
		return Refuse("the price %s is outside the allowed range %s … %s (read at block %d)", chain.FormatPrice(price), chain.FormatPrice(m.MinPricePerSecond), chain.FormatPrice(m.MaxPricePerSecond), s.Block)
	}
	line := fmt.Sprintf("bid on model %q (%s) at %s; pays the %s bid fee (not refunded)", name, strings.ToLower(id.Hex()), chain.FormatPrice(price), chain.FormatMOR(m.BidFee))
	for _, bid := range s.ActiveBids {
		if bid.ModelID != id {
			continue
		}
		if bid.PricePerSecond.Cmp(price) == 0 {
			return Refuse("the active bid %s on this model already has the price %s; posting again would only cost the %s fee", bid.ID.Hex(), chain.FormatPrice(price), chain.FormatMOR(m.BidFee))
		}
		line += fmt.Sprintf("; replaces the active bid %s at %s", bid.ID.Hex(), chain.FormatPrice(bid.PricePerSecond))
	}
	pl.Add(b.Chain.PostModelBidTx(b.Provider, id, price), line)
	pl.Need.Add(pl.Need, m.BidFee)
	pl.Amounts.PricePerSecond = price
	pl.reliesOnBid(s, id, name)
	pl.Changes(approval.ResBid, id.Hex())
	return nil
}

// BidDelete deletes one of the provider's active bids.
func (b *Builder) BidDelete(ctx context.Context, u approval.User, id common.Hash) (*approval.Proposal, error) {
	s, err := b.Read.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	bid, err := b.Chain.Bid(ctx, id)
	if err != nil {
		return nil, err
	}
	switch {
	case bid.CreatedAt == 0:
		return nil, Missing("there is no bid %s (see /mor bid list)", id.Hex())
	case bid.Provider != b.Provider:
		return nil, Refuse("bid %s belongs to provider %s, not to ours", id.Hex(), bid.Provider.Hex())
	case !bid.Active():
		return nil, Refuse("bid %s is already deleted or replaced", id.Hex())
	}
	pl := New(approval.KindBidDelete)
	pl.Params = approval.BidDeleteParams{Model: bid.ModelID}
	pl.reliesOnBid(s, bid.ModelID, b.Read.ModelName(ctx, bid.ModelID, ""))
	pl.Changes(approval.ResBid, bid.ModelID.Hex())
	pl.Add(b.Chain.DeleteModelBidTx(id), fmt.Sprintf("delete bid %s on model %s at %s (the fee is not refunded)", id.Hex(), strings.ToLower(bid.ModelID.Hex()), chain.FormatPrice(bid.PricePerSecond)))
	return b.Propose(ctx, &u, FundsOf(s), pl)
}

// OurBid is the provider's active bid in a market, or nil.
func OurBid(mk *chain.Market, provider common.Address) *chain.Bid {
	for i := range mk.Bids {
		if mk.Bids[i].Provider == provider {
			return &mk.Bids[i]
		}
	}
	return nil
}

// RankLine says where a price would stand on the model before the bid is approved: by price, and as
// consumers' nodes rate bids (our stats and stake as they are now, the new price).
func RankLine(mk *chain.Market, price *big.Int, provider common.Address, stake *big.Int) string {
	var exclude common.Hash
	in := rating.Input{Provider: provider, Stake: stake, MinStake: mk.Minimums.ProviderStake, Price: price}
	if b := OurBid(mk, provider); b != nil {
		exclude = b.ID // a re-post replaces it
		in.Bid = b.ID
	}
	rank, of := mk.Rank(price, exclude)
	in.Model = rating.ModelOf(mk)
	bidder, bidding := mk.Bidders[provider]
	if bidding {
		in.Stats = rating.StatsOf(bidder.Stats)
	}
	rrank, rof := rating.Place(rating.With(mk, in), in.Bid)
	var others []*big.Int
	for _, b := range mk.Bids {
		if b.ID != exclude {
			others = append(others, b.PricePerSecond)
		}
	}
	line := fmt.Sprintf("market: at this price the bid ranks %d of %d on this model (cheapest first)", rank, of)
	switch {
	case rrank == 0:
		line += "; consumers' nodes could not rate it (its score is not a number)"
	case bidding:
		line += fmt.Sprintf(" and %d of %d as consumers' nodes rate bids (our stats and stake as now)", rrank, rof)
	default:
		line += fmt.Sprintf(" and %d of %d as consumers' nodes rate bids (our stake as now; stats of an earlier bid on this model are not counted)", rrank, rof)
	}
	if med := serving.Median(others); med != nil {
		line += fmt.Sprintf("; the median of the other %d bid(s) is %s", len(others), chain.FormatPrice(med))
	} else {
		line += "; no other provider bids on it"
	}
	return line + fmt.Sprintf(" (read at block %d)", mk.Block)
}
