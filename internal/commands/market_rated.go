package commands

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/discovery"
	"github.com/morbotlabs/morbot/internal/plans"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/rating"
	"github.com/morbotlabs/morbot/internal/serving"
	"github.com/morbotlabs/morbot/internal/view"
)

// ratedMarket is /mor market as consumers' nodes rank the bids (reference §16): score order, each
// bid's score and price rank, our place in words and what would move it.
func (h *Handler) ratedMarket(mk *chain.Market, name string, id common.Hash, net *discovery.Snapshot) *Response {
	m := view.Facts(fmt.Sprintf("Market for %q (%s)", name, strings.ToLower(id.Hex())), nil,
		fmt.Sprintf("read at block %d; ranked as consumers' nodes rate bids: score = points from session stats and stake ÷ price in MOR/s (--by price: cheapest first)", mk.Block))
	if net != nil {
		m.Footer += fmt.Sprintf("; network view read %s", net.Fetched.UTC().Format("15:04 UTC"))
	}
	if len(mk.Bids) == 0 {
		m.Text = "no active bids on this model"
		return &Response{Message: m}
	}
	rated := rating.Market(mk)
	summary := fmt.Sprintf("%d active bid(s); median %s", len(mk.Bids), chain.FormatPrice(serving.Median(mk.Prices())))
	ours := plans.OurBid(mk, h.provider)
	if ours != nil {
		rank, of := rating.Place(rated, ours.ID)
		prank, pof := mk.Rank(ours.PricePerSecond, common.Hash{})
		summary += fmt.Sprintf("; our bid ranks %s as consumers rate it (by price: %d of %d)", rankWords(rank, of), prank, pof-1)
	} else {
		summary += "; the provider has no bid on it"
	}
	var lines []string
	for i, r := range rated {
		if i == marketListMax {
			lines = append(lines, fmt.Sprintf("… and %d more", len(rated)-marketListMax))
			break
		}
		prank, _ := mk.Rank(r.Price, r.Bid)
		who := r.Provider.Hex()
		if r.Provider == h.provider {
			who += " (ours)"
		}
		place := "unranked (its score is not a number; consumers skip it)"
		if r.Score.Valid {
			place = fmt.Sprintf("#%d score %s", r.Rank, rating.FormatScore(r.Score.Value))
		}
		line := fmt.Sprintf("%s · %s (by price #%d) — %s, bid %s", place, chain.FormatPrice(r.Price), prank, who, r.Bid.Hex())
		if net != nil {
			line += " · network: " + networkVerdict(net, r.Bid, r.Provider)
		}
		lines = append(lines, line)
	}
	m.Text = summary
	m.Fields = []chat.Field{{Name: "bids as consumers rate them, best first", Value: strings.Join(lines, "\n")}}
	if ours != nil {
		m.Fields = append(m.Fields, chat.Field{Name: "what moves our rank", Value: strings.Join(movers(mk, rated, *ours), "\n")})
	}
	return &Response{Message: m}
}

// ratedBidsMax is how many of our bids /mor status rates (a market read each).
const ratedBidsMax = 6

// ratedBids are /mor status's lines for our bids as consumers' nodes rate them: the rated rank beside
// the price rank, and our session stats on the model from the chain. A market that cannot be read
// says so on its line; the rest of the status stands.
func (h *Handler) ratedBids(ctx context.Context, pos *position.Position) []string {
	var out []string
	for i, b := range pos.Snapshot.ActiveBids {
		name := pos.ModelName(b.ModelID, pos.Snapshot.Models[b.ModelID].Name)
		if name == "" {
			name = strings.ToLower(b.ModelID.Hex())[:10] + "…"
		}
		if i == ratedBidsMax {
			out = append(out, fmt.Sprintf("… and %d more: /mor market <model> rates each", len(pos.Snapshot.ActiveBids)-ratedBidsMax))
			break
		}
		mk, err := h.chain.Market(ctx, b.ModelID)
		if err != nil {
			out = append(out, fmt.Sprintf("%s: unknown (the market could not be read: %v)", name, err))
			continue
		}
		rank, of := rating.Place(rating.Market(mk), b.ID)
		prank, pof := mk.Rank(b.PricePerSecond, common.Hash{})
		line := fmt.Sprintf("%s: ranks %s as consumers rate it (by price: %d of %d)", name, rankWords(rank, of), prank, pof-1)
		st := mk.Bidders[b.Provider].Stats
		if st.Total == 0 {
			line += "; no closed sessions yet"
		} else {
			line += fmt.Sprintf("; our sessions: %d of %d closed with a valid receipt, %s tokens/s (model mean %s), first token %d ms (mean %d ms)",
				st.Success, st.Total, tps(st.TPS.Mean), tps(mk.Stats.TPS.Mean), st.TTFT.Mean, mk.Stats.TTFT.Mean)
		}
		out = append(out, line)
	}
	return out
}

// rankWords is "2 of 3", or "unranked of 3" when the score is not valid.
func rankWords(rank, of int) string {
	if rank == 0 {
		return fmt.Sprintf("nowhere (its score is not a number) of %d", of)
	}
	return fmt.Sprintf("%d of %d", rank, of)
}

// movers says, with numbers, what would move our bid's rank: the price, the stake, the stats.
func movers(mk *chain.Market, rated []rating.Rated, ours chain.Bid) []string {
	var me rating.Rated
	best := 0.0 // the best score of any other bid
	for _, r := range rated {
		if r.Bid == ours.ID {
			me = r
		} else if r.Score.Valid && r.Score.Value > best {
			best = r.Score.Value
		}
	}
	s, w := me.Score, rating.Default
	var out []string
	switch p := rating.PriceToLead(s.Points, best); {
	case best == 0:
		out = append(out, "price: ours is the only bid rated")
	case p == nil:
		out = append(out, "price: no price puts us first while our points are 0")
	case mk.Minimums.MinPricePerSecond != nil && p.Cmp(mk.Minimums.MinPricePerSecond) < 0:
		low := mk.Minimums.MinPricePerSecond
		out = append(out, fmt.Sprintf("price: no allowed price puts us first: it would take %s, below the minimum %s, which scores %s against the best other bid's %s; the stake and the stats below can",
			chain.FormatPrice(p), chain.FormatPrice(low), rating.FormatScore(s.At(low)), rating.FormatScore(best)))
	case me.Rank == 1:
		out = append(out, fmt.Sprintf("price: we rank first; we stay first up to %s, all else equal", chain.FormatPrice(p)))
	default:
		out = append(out, fmt.Sprintf("price: at %s or less we would rank first, all else equal (now %s; the best other bid scores %s)",
			chain.FormatPrice(p), chain.FormatPrice(ours.PricePerSecond), rating.FormatScore(best)))
	}
	// The stake, up to ten times the minimum.
	if min := mk.Minimums.ProviderStake; min != nil && min.Sign() > 0 {
		top := new(big.Int).Mul(min, big.NewInt(10))
		gain := w.Stake * (1 - s.Stake)
		line := fmt.Sprintf("stake: %s counts %s of %s points (full at %s, 10× the minimum)",
			chain.FormatMOR(me.Stake), rating.FormatPoints(w.Stake*s.Stake), rating.FormatPoints(w.Stake), chain.FormatMOR(top))
		if gain > 0 {
			in := me.Input
			in.Stake = top
			after := rating.With(mk, in)
			rank, of := rating.Place(after, ours.ID)
			line += fmt.Sprintf("; at %s: +%s points, score %s, rank %s", chain.FormatMOR(top), rating.FormatPoints(gain), rating.FormatScore(rating.Rate(in, w).Value), rankWords(rank, of))
		}
		if s.StakeMisread {
			line += "; note: consumers' nodes read a stake above about 9.22 MOR wrongly (as a 64-bit number of wei), so their stake part is not what the formula intends"
		}
		out = append(out, line)
	}
	// The stats the sessions report.
	st := me.Stats
	if st.Total == 0 {
		out = append(out, fmt.Sprintf("success: no closed sessions yet: 0 of %s points", rating.FormatPoints(w.Success)))
	} else {
		out = append(out, fmt.Sprintf("success: %d of %d closed sessions with a valid receipt (%s): %s of %s points",
			st.Success, st.Total, percent(st.Success, st.Total), rating.FormatPoints(w.Success*s.Success), rating.FormatPoints(w.Success)))
	}
	ms := me.Model
	out = append(out,
		fmt.Sprintf("tokens/s: ours %s, the model's mean %s: %s of %s points", tps(st.TPS.Mean), tps(ms.TPS.Mean), rating.FormatPoints(w.TPS*s.TPS), rating.FormatPoints(w.TPS)),
		fmt.Sprintf("time to first token: ours %d ms, the model's mean %d ms: %s of %s points", st.TTFT.Mean, ms.TTFT.Mean, rating.FormatPoints(w.TTFT*s.TTFT), rating.FormatPoints(w.TTFT)),
		fmt.Sprintf("session time: ours %d s in all, the model's mean %d s: %s of %s points", st.Duration, ms.Duration.Mean, rating.FormatPoints(w.Duration*s.Duration), rating.FormatPoints(w.Duration)))
	if ms.Count <= 1 {
		out = append(out, fmt.Sprintf("(with %d provider(s) reporting stats on this model, tokens/s, first token and session time count half for everyone)", ms.Count))
	}
	return out
}

func tps(scaled int64) string { return strconv.FormatFloat(float64(scaled)/1000, 'f', 1, 64) }

func percent(a, b uint32) string {
	return strconv.FormatFloat(100*float64(a)/float64(b), 'f', 0, 64) + "%"
}
