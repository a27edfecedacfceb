package commands

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/discovery"
	"github.com/morbotlabs/morbot/internal/outside"
	"github.com/morbotlabs/morbot/internal/plans"
	"github.com/morbotlabs/morbot/internal/serving"
	"github.com/morbotlabs/morbot/internal/view"
)

// marketListMax is how many bids /mor market lists (cheapest first).
const marketListMax = 25

func (h *Handler) market(ctx context.Context, c *Call) (*Response, error) {
	byPrice := false
	if by, ok := c.Flag("by"); ok {
		switch strings.ToLower(by) {
		case "price":
			byPrice = true
		case "rating":
		default:
			return nil, usage(c, "--by %q is not an order; use --by rating (as consumers' nodes rank bids, the default) or --by price (cheapest first)", by)
		}
	}
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
	// The network's view, when fresh: how its verifier finds each bid.
	var net *discovery.Snapshot
	if d := h.read.Discovery(); d != nil && d.Watcher != nil {
		if v := d.Watcher.View(); v.Fresh() {
			net = v.Snap
			if nm, ok := net.Models[id]; ok && name == "" {
				name = nm.Name
			}
		}
	}
	if !byPrice {
		return h.ratedMarket(mk, name, id, net), nil
	}
	m := view.Facts(fmt.Sprintf("Market for %q (%s)", name, strings.ToLower(id.Hex())), nil, fmt.Sprintf("read at block %d; rank 1 is the cheapest bid (consumers' nodes rank by rating: /mor market without --by price)", mk.Block))
	if net != nil {
		m.Footer += fmt.Sprintf("; network view read %s", net.Fetched.UTC().Format("15:04 UTC"))
	}
	if len(mk.Bids) == 0 {
		m.Text = "no active bids on this model"
		return &Response{Message: m}, nil
	}
	med := serving.Median(mk.Prices())
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
		line := fmt.Sprintf("#%d %s — %s, bid %s", rank, chain.FormatRates(b.PricePerSecond), who, b.ID.Hex())
		if net != nil {
			line += " · network: " + networkVerdict(net, b.ID, b.Provider)
		}
		lines = append(lines, line)
	}
	m.Text = summary
	m.Fields = []chat.Field{{Name: "bids, cheapest first", Value: strings.Join(lines, "\n")}}
	return &Response{Message: m}, nil
}

// networkVerdict is how the network's view lists a bid: its health and latency, or not at all.
func networkVerdict(s *discovery.Snapshot, id common.Hash, provider common.Address) string {
	e, ok := s.Bid(id, provider)
	switch {
	case s.Conflict(id, provider) != "":
		return "contradictory (the view lists it more than once with different verdicts)"
	case !ok:
		return "not listed (consumers cannot find it)"
	case e.Health == nil || !discovery.Reported(e.Health.Status):
		return "listed, no health verdict"
	}
	out := "healthy"
	if !discovery.Healthy(e.Health.Status) {
		out = outside.Says("its verifier", e.Health.Status) // its words, quoted: never passed off as ours
	}
	if e.Health.LatencyMs != nil {
		out += fmt.Sprintf(", %.0f ms", *e.Health.LatencyMs)
	}
	return out
}
