package commands

import (
	"context"
	"strings"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/position"
)

// Choice is one autocomplete suggestion.
type Choice struct {
	Name  string // shown
	Value string // submitted
}

// Suggest returns at most 25 suggestions for an argument being typed (platform autocomplete). They
// are hints only: whatever is finally submitted goes through the normal validation.
func (h *Handler) Suggest(ctx context.Context, u approval.User, arg, partial string) []Choice {
	if h.engine != nil && !h.engine.Policy().CanView(u) {
		return nil // no model names or proposal IDs for people outside the team
	}
	partial = strings.ToLower(strings.TrimSpace(partial))
	var all []Choice
	switch arg {
	case "model", "model-name":
		ms, err := h.read.Models(ctx)
		if err != nil {
			h.log.Warn("autocomplete models", "err", err)
			return nil
		}
		for _, m := range ms {
			all = append(all, Choice{Name: m.Name + " (" + strings.ToLower(m.ID.Hex())[:10] + "…)", Value: m.Name})
		}
	case "bid":
		ids, _, err := h.chain.ProviderActiveBids(ctx, h.provider, 0, 25)
		if err != nil {
			h.log.Warn("autocomplete bids", "err", err)
			return nil
		}
		for _, id := range ids {
			all = append(all, Choice{Name: id.Hex(), Value: id.Hex()})
		}
	case "id":
		ps, err := h.engine.List(ctx, 25, position.OpenStates...)
		if err != nil {
			h.log.Warn("autocomplete proposals", "err", err)
			return nil
		}
		for _, p := range ps {
			all = append(all, Choice{Name: p.HumanID() + " " + string(p.Kind) + " (" + string(p.Status) + ")", Value: p.HumanID()})
		}
	}
	var out []Choice
	for _, c := range all {
		if partial == "" || strings.Contains(strings.ToLower(c.Name), partial) {
			out = append(out, c)
		}
		if len(out) == 25 {
			break
		}
	}
	return out
}
