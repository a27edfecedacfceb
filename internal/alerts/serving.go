package alerts

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/serving"
)

// servingAlerts turn the serving-health join into alerts: the node down (two checks in a row, so a
// planned restart does not page anyone) or restarting in a loop, and per model a bid nobody serves,
// a served model without a bid, an entry the node cannot use, and a backend that is down, out of
// credit or rate limited.
func proxyNode(_ context.Context, _ *Alerter, pos *position.Position) ([]Alert, error) {
	n := pos.Node
	if n == nil {
		return nil, nil
	}
	var out []Alert
	if n.HealthErr != "" {
		// Two checks in a row, a minute apart at least: a planned restart (seconds) or a /mor status run
		// right after a failed check does not page anyone.
		if n.DownChecks >= 2 && n.DownFor >= time.Minute {
			out = append(out, Alert{ID: "proxy-down", Kind: kindServing, Severity: chat.Error, Title: "The proxy-router does not answer",
				Text: fmt.Sprintf("%d health checks in a row over %s could not reach the proxy-router (%s). Every active bid is failing the consumers who open a session on it.", n.DownChecks, n.DownFor.Round(time.Second), n.HealthErr)})
		}
		return out, nil
	}
	if strings.EqualFold(n.Health.Status, "degraded") {
		out = append(out, Alert{ID: "proxy-degraded", Kind: kindServing, Severity: chat.Warning, Title: "The proxy-router reports itself degraded",
			Text: "Its healthcheck answers 503 degraded: " + serving.Unhealthy(n.Health.Components) + ". Sessions it keeps in that storage may fail; check its logs and disk."})
	}
	if n.Looping() {
		out = append(out, Alert{ID: "proxy-restart-loop", Kind: kindServing, Severity: chat.Error, Title: "The proxy-router is restarting in a loop",
			Text: fmt.Sprintf("Its uptime went back to zero %d times in the last %s (now %s). Upstream does this when its RPC endpoint rate-limits it at start: check its logs and ETH_NODE_ADDRESS.", n.Resets, n.Window, n.Health.Uptime)})
	}
	return out, nil
}

// servingModels raises, per model, a bid nobody serves, a served model without a bid, an entry the
// node cannot use, and a backend that is down, out of credit or rate limited.
func servingModels(ctx context.Context, r *Alerter, pos *position.Position) ([]Alert, error) {
	n := pos.Node
	if n == nil || n.HealthErr != "" {
		return nil, nil
	}
	var out []Alert
	for _, m := range pos.Serving {
		short := strings.ToLower(m.ID.Hex())[:12]
		name := fmt.Sprintf("%q (%s)", m.Name, strings.ToLower(m.ID.Hex()))
		switch m.State {
		case serving.BidWithoutConfig:
			a := Alert{ID: "bid-without-config-" + short, Kind: kindServing, Severity: chat.Error, Title: "A bid the proxy-router does not serve",
				Text: fmt.Sprintf("Model %s: %s. Bid %s at %s.", name, m.Detail, m.Bid.ID.Hex(), chain.FormatPrice(m.Bid.PricePerSecond))}
			if serve := r.serveCommand(m); serve != "" {
				a.Fixes = append(a.Fixes, Fix{Label: "Serve it", Cmd: serve})
			} else {
				a.Text += fmt.Sprintf(" To serve it: /mor model serve %s --api-type <type> --api-url <backend URL> (set proxy_router.default_api_type and default_api_url for a button).", strings.ToLower(m.ID.Hex()))
			}
			a.Fixes = append(a.Fixes, Fix{Label: "Delete the bid", Cmd: "/mor bid delete " + m.Bid.ID.Hex()})
			out = append(out, a)
		case serving.ConfigWithoutBid:
			price, from, err := r.bidPrice(ctx, m, pos.Snapshot)
			if err != nil {
				return nil, err
			}
			out = append(out, Alert{ID: "config-without-bid-" + short, Kind: kindServing, Severity: chat.Warning, Title: "A served model without a bid",
				Text:  fmt.Sprintf("Model %s: %s. A bid at %s (%s) costs the %s bid fee.", name, m.Detail, chain.FormatPrice(price), from, chain.FormatMOR(pos.Snapshot.Minimums.BidFee)),
				Fixes: []Fix{{Label: "Post a bid", Cmd: fmt.Sprintf("/mor bid create %s %swei", strings.ToLower(m.ID.Hex()), price)}}})
		case serving.ConfigInvalid:
			out = append(out, Alert{ID: "config-invalid-" + short, Kind: kindServing, Severity: chat.Error, Title: "A models-config entry the proxy-router cannot use",
				Text: fmt.Sprintf("Model %s: %s. Serve it again with the right values (/mor model serve).", name, m.Detail)})
		case serving.BackendDown, serving.BackendBilling, serving.BackendRateLimited:
			kind := map[serving.State]string{serving.BackendDown: "down", serving.BackendBilling: "billing", serving.BackendRateLimited: "rate-limited"}[m.State]
			title := map[serving.State]string{serving.BackendDown: "A model's backend is down", serving.BackendBilling: "A model's backend is out of credit",
				serving.BackendRateLimited: "A model's backend is rate limited"}[m.State]
			out = append(out, Alert{ID: "backend-" + kind + "-" + short, Kind: kindServing, Severity: chat.Error, Title: title,
				Text: fmt.Sprintf("Model %s: %s. Consumers' sessions on it fail until the backend answers.", name, m.Detail)})
		case serving.AttestationFailed:
			out = append(out, Alert{ID: "attestation-failed-" + short, Kind: kindServing, Severity: chat.Error, Title: "A TEE model's attestation fails",
				Text: fmt.Sprintf("Model %s: %s. The chain, the healthcheck and /v1/models all look fine meanwhile. Check the backend's TEE (its attestation service on port 29343, its docker-compose against the attested one); /mor verify lists the checks.", name, m.Detail)})
		case serving.AttestationStale:
			out = append(out, Alert{ID: "attestation-stale-" + short, Kind: kindServing, Severity: chat.Warning, Title: "No recent passing attestation for a TEE model",
				Text: fmt.Sprintf("Model %s: %s. The node attests at start-up and before every prompt; /mor verify lists the checks.", name, m.Detail)})
		case serving.TEEUnsupported:
			out = append(out, Alert{ID: "tee-unsupported-" + short, Kind: kindServing, Severity: chat.Error, Title: "A TEE model on a node that cannot attest it",
				Text: fmt.Sprintf("Model %s: %s.", name, m.Detail)})
		}
	}
	return out, nil
}

// serveCommand proposes serving a model with the configured defaults ("" when none are set).
func (r *Alerter) serveCommand(m serving.Model) string {
	t, u := r.o.Domain.ServeDefaults()
	if t == "" || u == "" {
		return ""
	}
	return fmt.Sprintf("/mor model serve %s --api-type %s --api-url %s", strings.ToLower(m.ID.Hex()), t, u)
}

// bidPrice is the price to offer for a served model without a bid: the team's last bid on it, else
// the median of the model's active bids, else the marketplace minimum.
func (r *Alerter) bidPrice(ctx context.Context, m serving.Model, snap *chain.Snapshot) (*big.Int, string, error) {
	last, err := r.o.Store.WatchedBidPrice(ctx, strings.ToLower(m.ID.Hex()))
	if err != nil {
		return nil, "", err
	}
	if last != nil {
		return last, "the team's last bid on it", nil
	}
	mk, err := r.o.Chain.Market(ctx, m.ID)
	if err != nil {
		return nil, "", err
	}
	if med := serving.Median(mk.Prices()); med != nil {
		return med, fmt.Sprintf("the median of its %d active bid(s)", len(mk.Bids)), nil
	}
	return snap.Minimums.MinPricePerSecond, "the marketplace minimum: nobody bids on it", nil
}
