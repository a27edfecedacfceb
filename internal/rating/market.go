package rating

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
)

// ModelOf is a market's model stats as the scorer takes them.
func ModelOf(m *chain.Market) ModelStats {
	return ModelStats{TPS: SD(m.Stats.TPS), TTFT: SD(m.Stats.TTFT), Duration: SD(m.Stats.Duration), Count: m.Stats.Count}
}

// StatsOf is a provider's stats on a model as the scorer takes them.
func StatsOf(s chain.ProviderModelStats) ProviderStats {
	return ProviderStats{TPS: SD(s.TPS), TTFT: SD(s.TTFT), Duration: s.Duration, Success: s.Success, Total: s.Total}
}

// Inputs are a market's bids as the scorer takes them.
func Inputs(m *chain.Market) []Input {
	ms := ModelOf(m)
	out := make([]Input, len(m.Bids))
	for i, b := range m.Bids {
		bd := m.Bidders[b.Provider]
		out[i] = Input{Bid: b.ID, Provider: b.Provider, Model: ms, Stats: StatsOf(bd.Stats), Stake: bd.Stake, MinStake: m.Minimums.ProviderStake, Price: b.PricePerSecond}
	}
	return out
}

// Market ranks a market's bids as consumers do.
func Market(m *chain.Market) []Rated { return Rank(Inputs(m), Default) }

// Place is where a bid ranks: its rank among the valid scores (0 when not found or not valid), of
// how many.
func Place(r []Rated, bid common.Hash) (rank, of int) {
	for _, x := range r {
		if x.Bid == bid {
			rank = x.Rank
		}
	}
	return rank, Valid(r)
}

// With ranks the market with one bid replaced by in (or added, when the market has no bid with its ID).
func With(m *chain.Market, in Input) []Rated {
	ins := Inputs(m)
	found := false
	for i := range ins {
		if ins[i].Bid == in.Bid {
			ins[i], found = in, true
		}
	}
	if !found {
		ins = append(ins, in)
	}
	return Rank(ins, Default)
}
