package alerts

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/rating"
	"github.com/morbotlabs/morbot/internal/store"
)

// kindMarket is the alert kind of where the market puts our bids.
const kindMarket = "market"

// rankDropped raises rank-dropped-… for each of our active bids that consumers' nodes rank below
// alerts.rank_below on its model, naming what moved since the last check (or, on the first check
// after a start, what puts the bid ahead of ours). Every reading is kept for the report's week.
func rankDropped(ctx context.Context, r *Alerter, pos *position.Position) ([]Alert, error) {
	var out []Alert
	seen := map[common.Hash]bool{}
	for _, b := range pos.Snapshot.ActiveBids {
		if b.Provider != r.provider || seen[b.ModelID] {
			continue
		}
		seen[b.ModelID] = true
		mk, err := r.o.Chain.Market(ctx, b.ModelID)
		if err != nil {
			return nil, fmt.Errorf("rated rank of model %s: %w", strings.ToLower(b.ModelID.Hex()), err)
		}
		rated := rating.Market(mk)
		rank, of := rating.Place(rated, b.ID)
		if err := r.o.Store.RecordRank(ctx, store.RankReading{Model: strings.ToLower(b.ModelID.Hex()), At: pos.At, Rank: rank, Of: of}); err != nil {
			return nil, err
		}
		prev := r.ranks[b.ModelID]
		r.ranks[b.ModelID] = rated
		if rank != 0 && rank <= r.o.RankBelow {
			continue
		}
		name := pos.ModelName(b.ModelID, pos.Snapshot.Models[b.ModelID].Name)
		where := fmt.Sprintf("nowhere (its score is not a number) of %d", of)
		if rank != 0 {
			where = fmt.Sprintf("%d of %d", rank, of)
		}
		out = append(out, Alert{ID: "rank-dropped-" + short(b.ModelID), Kind: kindMarket, Severity: chat.Warning,
			Title: "Our bid dropped in the consumers' rating",
			Text: fmt.Sprintf("Model %q: our bid %s ranks %s as consumers' nodes rate bids (alerts.rank_below: %d), so sessions opened by model go to the bids above it first. %s. /mor market %s says what would move it back.",
				name, b.ID.Hex(), where, r.o.RankBelow, whatMoved(rated, prev, r.provider, r.o.RankBelow), strings.ToLower(b.ModelID.Hex()))})
	}
	return out, nil
}

// components are a score's weighted parts, by name, as a provider would say them.
var components = []struct {
	name string
	part func(rating.Score) float64
	w    func(rating.Weights) float64
}{
	{"tokens per second", func(s rating.Score) float64 { return s.TPS }, func(w rating.Weights) float64 { return w.TPS }},
	{"time to first token", func(s rating.Score) float64 { return s.TTFT }, func(w rating.Weights) float64 { return w.TTFT }},
	{"session time", func(s rating.Score) float64 { return s.Duration }, func(w rating.Weights) float64 { return w.Duration }},
	{"success rate", func(s rating.Score) float64 { return s.Success }, func(w rating.Weights) float64 { return w.Success }},
	{"stake", func(s rating.Score) float64 { return s.Stake }, func(w rating.Weights) float64 { return w.Stake }},
}

// whatMoved names the one change that cost our bid the most score against the bid now at the
// threshold's place: a component of ours that fell, one of theirs that rose, a price, or a new bid.
// Without an earlier reading of both bids it names the largest gap between them instead. Bids are
// matched by provider across readings (one bid per provider and model; a re-price is a new bid ID).
func whatMoved(now, prev []rating.Rated, ours common.Address, threshold int) string {
	me, ok := find(now, ours)
	if !ok {
		return "Our bid is not in the market's list"
	}
	var ahead rating.Rated
	for _, x := range now {
		if x.Rank != 0 && x.Rank <= threshold && x.Provider != ours { // the last bid that holds a place we want
			ahead = x
		}
	}
	if ahead.Bid == (common.Hash{}) {
		return fmt.Sprintf("Our score is %s", rating.FormatScore(me.Score.Value))
	}
	them := fmt.Sprintf("bid %s by %s", ahead.Bid.Hex()[:10]+"…", ahead.Provider.Hex())
	w := rating.Default
	meBefore, had := find(prev, ours)
	themBefore, theyHad := find(prev, ahead.Provider)
	switch {
	case had && !theyHad:
		return fmt.Sprintf("What moved: a new %s at %s scores %s, ours %s", them, chain.FormatPrice(ahead.Price), rating.FormatScore(ahead.Score.Value), rating.FormatScore(me.Score.Value))
	case had && theyHad:
		best, what := 0.0, ""
		consider := func(cost float64, text string) {
			if cost > best {
				best, what = cost, text
			}
		}
		for _, c := range components {
			consider(perPrice(c.w(w)*(c.part(meBefore.Score)-c.part(me.Score)), me.Price),
				fmt.Sprintf("our %s fell from %s to %s of %s points", c.name, rating.FormatPoints(c.w(w)*c.part(meBefore.Score)), rating.FormatPoints(c.w(w)*c.part(me.Score)), rating.FormatPoints(c.w(w))))
			consider(perPrice(c.w(w)*(c.part(ahead.Score)-c.part(themBefore.Score)), ahead.Price),
				fmt.Sprintf("the %s of %s rose from %s to %s of %s points", c.name, them, rating.FormatPoints(c.w(w)*c.part(themBefore.Score)), rating.FormatPoints(c.w(w)*c.part(ahead.Score)), rating.FormatPoints(c.w(w))))
		}
		if meBefore.Price.Cmp(me.Price) != 0 {
			consider(meBefore.Score.Value-meBefore.Score.At(me.Price),
				fmt.Sprintf("our price moved from %s to %s", chain.FormatPrice(meBefore.Price), chain.FormatPrice(me.Price)))
		}
		if themBefore.Price.Cmp(ahead.Price) != 0 {
			consider(themBefore.Score.At(ahead.Price)-themBefore.Score.Value,
				fmt.Sprintf("the price of %s moved from %s to %s", them, chain.FormatPrice(themBefore.Price), chain.FormatPrice(ahead.Price)))
		}
		if what != "" {
			return fmt.Sprintf("What moved since the last check: %s (it scores %s, ours %s)", what, rating.FormatScore(ahead.Score.Value), rating.FormatScore(me.Score.Value))
		}
	}
	// No earlier reading (or nothing of these two moved): the largest gap.
	best, what := 0.0, ""
	for _, c := range components {
		if gap := c.w(w) * (c.part(ahead.Score) - c.part(me.Score)); gap > best {
			best, what = gap, fmt.Sprintf("%s: theirs counts %s points, ours %s", c.name, rating.FormatPoints(c.w(w)*c.part(ahead.Score)), rating.FormatPoints(c.w(w)*c.part(me.Score)))
		}
	}
	if what == "" {
		what = fmt.Sprintf("price: ours %s, theirs %s, with as many points or more", chain.FormatPrice(me.Price), chain.FormatPrice(ahead.Price))
	}
	return fmt.Sprintf("What puts %s (score %s) ahead of ours (%s): %s", them, rating.FormatScore(ahead.Score.Value), rating.FormatScore(me.Score.Value), what)
}

func find(r []rating.Rated, provider common.Address) (rating.Rated, bool) {
	for _, x := range r {
		if x.Provider == provider {
			return x, true
		}
	}
	return rating.Rated{}, false
}

// perPrice is v divided by a price per second in MOR, as the score divides its points.
func perPrice(v float64, p *big.Int) float64 { return rating.Score{Points: v}.At(p) }
