package commands

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/health"
	"github.com/morbotlabs/morbot/internal/plans"
)

// marketListMax is how many bids /mor market lists (cheapest first).
const marketListMax = 25

func (h *Handler) market(ctx context.Context, c *Call) (*Response, error) {
	id, err := h.resolveModel(ctx, c, c.Arg("model"))
	if err != nil {
		return nil, err
	}
	mk, err := h.chain.Market(ctx, id)
	if err != nil {
		return nil, err
	}
	if !mk.Model.Active() {
		return nil, notFound("model %s is not active on-chain; use the derived model ID (see /mor model list)", id.Hex())
	}
	name := h.modelName(ctx, id, mk.Model.Name)
	m := chat.Message{Title: fmt.Sprintf("Market for %q (%s)", name, strings.ToLower(id.Hex())), Footer: fmt.Sprintf("read at block %d; rank 1 is the cheapest bid", mk.Block)}
	if len(mk.Bids) == 0 {
		m.Text = "no active bids on this model"
		return &Response{Message: m}, nil
	}
	med := health.Median(mk.Prices())
	summary := fmt.Sprintf("%d active bid(s); median %s", len(mk.Bids), chain.FormatPrice(med))
	if b := plans.OurBid(mk, h.provider); b != nil {
		rank, of := mk.Rank(b.PricePerSecond, common.Hash{})
		summary += fmt.Sprintf("; ours ranks %d of %d (%s)", rank, of-1, chain.FormatPrice(b.PricePerSecond))
	} else {
		summary += "; the provider has no bid on it"
	}
	var lines []string
	for i, b := range mk.Bids {
		if i == marketListMax {
			lines = append(lines, fmt.Sprintf("… and %d more", len(mk.Bids)-marketListMax))
			break
		}
		rank, _ := mk.Rank(b.PricePerSecond, b.ID)
		who := b.Provider.Hex()
		if b.Provider == h.provider {
			who += " (ours)"
		}
		lines = append(lines, fmt.Sprintf("#%d %s — %s, bid %s", rank, chain.FormatRates(b.PricePerSecond), who, b.ID.Hex()))
	}
	m.Text = summary
	m.Fields = []chat.Field{{Name: "bids, cheapest first", Value: strings.Join(lines, "\n")}}
	return &Response{Message: m}, nil
}
