package view

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/discovery"
)

// NetworkField is the network's view of the team's bids: the view's age (or since when it is
// unavailable) and one line per active bid. names are model names by ID.
func NetworkField(j *discovery.Judgement, names func(id common.Hash, onchain string) string) chat.Field {
	lines := []string{j.Line}
	for _, bv := range SortedBids(j) {
		lines = append(lines, NetworkLine(bv, names(bv.Bid.ModelID, "")))
	}
	if len(j.Bids) == 0 {
		lines = append(lines, "no active bid to look for")
	}
	return chat.Field{Name: "seen from the network (/mor verify)", Value: strings.Join(lines, "\n")}
}

// NetworkLine is one bid as the network sees it.
func NetworkLine(bv discovery.BidView, name string) string {
	if name == "" {
		name = strings.ToLower(bv.Bid.ModelID.Hex())[:10] + "…"
	}
	return fmt.Sprintf("%s (bid %s): %s — %s", name, ShortID(bv.Bid.ID), bv.State, bv.Detail)
}

// SortedBids are a judgement's bids in a stable order (by model, then bid ID).
func SortedBids(j *discovery.Judgement) []discovery.BidView {
	out := make([]discovery.BidView, 0, len(j.Bids))
	for _, bv := range j.Bids {
		out = append(out, bv)
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Bid.ModelID != out[b].Bid.ModelID {
			return out[a].Bid.ModelID.Hex() < out[b].Bid.ModelID.Hex()
		}
		return out[a].Bid.ID.Hex() < out[b].Bid.ID.Hex()
	})
	return out
}

// NetworkSeverity is how bad the network's view is: Error when a bid is undiscovered, Warning when
// one is unhealthy, Info otherwise.
func NetworkSeverity(j *discovery.Judgement) chat.Severity {
	sev := chat.Info
	for _, bv := range j.Bids {
		switch bv.State {
		case discovery.Undiscovered:
			return chat.Error
		case discovery.NetworkUnhealthy:
			sev = chat.Warning
		}
	}
	return sev
}

// ShortID is a 32-byte ID shortened for a line (0x1234abcd…).
func ShortID(h common.Hash) string { return strings.ToLower(h.Hex())[:10] + "…" }
