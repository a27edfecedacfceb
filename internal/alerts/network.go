package alerts

import (
	"context"
	"fmt"
	"strings"

	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/discovery"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/view"
)

// kindNetwork is the alert kind of what the network's view shows.
const kindNetwork = "network"

// kindServing groups the alerts about what the proxy-router serves.
const kindServing = "serving"

// networkBids raises what the network's view shows of the team's bids: a bid it does not list past
// the grace (consumers cannot find it: critical) and one it reports unhealthy. While the view cannot
// be read, every bid is network_unknown, so nothing is raised and what was raised keeps its state
// (darkSource).
func networkBids(_ context.Context, _ *Alerter, pos *position.Position) ([]Alert, error) {
	j := pos.Network
	if j == nil {
		return nil, nil
	}
	var out []Alert
	for _, bv := range view.SortedBids(j) {
		short := strings.ToLower(bv.Bid.ID.Hex())[:12]
		name := pos.ModelName(bv.Bid.ModelID, pos.Snapshot.Models[bv.Bid.ModelID].Name)
		what := fmt.Sprintf("Model %q", name)
		switch bv.State {
		case discovery.Undiscovered:
			out = append(out, Alert{ID: "undiscovered-" + short, Kind: kindNetwork, Severity: chat.Error, Title: "The network cannot find our bid",
				Text: fmt.Sprintf("%s: %s Consumers find providers through this view, so the bid earns nothing until it is listed. /mor verify runs the support checklist.", what, bv.Detail)})
		case discovery.NetworkUnhealthy:
			out = append(out, Alert{ID: "network-unhealthy-" + short, Kind: kindNetwork, Severity: chat.Warning, Title: "The network reports our bid unhealthy",
				Text: fmt.Sprintf("%s: %s. /mor verify runs the support checklist.", what, bv.Detail)})
		}
	}
	return out, nil
}
