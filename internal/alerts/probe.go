package alerts

import (
	"context"
	"fmt"
	"strings"

	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/store"
)

// kindProbe is the alert kind of what a consumer meets when it buys from our bids.
const kindProbe = "probe"

// probeFailed raises probe-failed-… (critical) for each of our active bids whose last
// probe.failures_to_alert scheduled probes all failed: a paying consumer gets no answer, whatever
// the other checks say. The next successful scheduled probe resolves it.
func probeFailed(ctx context.Context, r *Alerter, pos *position.Position) ([]Alert, error) {
	n := r.o.ProbeFailures
	if n <= 0 {
		return nil, nil
	}
	var out []Alert
	for _, b := range pos.Snapshot.ActiveBids {
		if b.Provider != r.provider {
			continue
		}
		rs, err := r.o.Store.RecentProbes(ctx, strings.ToLower(b.ID.Hex()), true, n)
		if err != nil {
			return nil, err
		}
		if len(rs) < n {
			continue
		}
		failed := true
		for _, p := range rs {
			failed = failed && p.Result == store.ProbeFailed
		}
		if !failed {
			continue
		}
		last := rs[0]
		name := pos.ModelName(b.ModelID, pos.Snapshot.Models[b.ModelID].Name)
		out = append(out, Alert{ID: "probe-failed-" + short(b.ModelID), Kind: kindProbe, Severity: chat.Error,
			Title: "A consumer gets no answer from our bid",
			Text: fmt.Sprintf("Model %q: the last %d scheduled probes of bid %s failed, the latest at the %s step: %s. Consumers who open a session on this bid pay and get nothing. /mor verify %s checks what is behind it; /mor probe %s tries again now.",
				name, n, b.ID.Hex(), last.Data.Step, last.Data.Message, strings.ToLower(b.ModelID.Hex()), strings.ToLower(b.ModelID.Hex()))})
	}
	return out, nil
}
