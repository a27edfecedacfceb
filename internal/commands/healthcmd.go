package commands

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/health"
)

// ServingHealth joins the snapshot with the proxy-router for every model the team sells or serves.
// It returns nil, nil when no proxy-router API is configured. now is the check's time (restart
// detection compares uptimes across checks).
func (h *Handler) ServingHealth(ctx context.Context, s *chain.Snapshot, now time.Time) ([]health.Model, *health.Node, error) {
	if h.proxy == nil || h.proxy.Client == nil {
		return nil, nil, nil
	}
	ck := &health.Checker{Client: h.proxy.Client, ModelsConfig: h.proxy.ModelsConfig, Probe: h.proxy.ProbeBackends, Store: h.db,
		Now: func() time.Time { return now }}
	n, err := ck.Read(ctx)
	if err != nil {
		return nil, nil, err
	}
	tms, err := h.teamModels(ctx)
	if err != nil {
		return nil, nil, err
	}
	names := map[common.Hash]string{}
	for _, m := range tms {
		if mdl, ok := s.Models[m.ID]; ok && mdl.Active() {
			names[m.ID] = m.Name
		}
	}
	return health.Join(names, s, n), &n, nil
}

// NodeLine describes the proxy-router in one line.
func NodeLine(n *health.Node) string {
	if n.HealthErr != "" {
		return "DOWN: " + n.HealthErr
	}
	status := n.Health.Status
	if !strings.EqualFold(status, "healthy") && len(n.Health.Components) > 0 {
		status += " (" + health.Unhealthy(n.Health.Components) + ")"
	}
	line := fmt.Sprintf("%s, version %s, up %s", status, orDash(n.Health.Version), orDash(n.Health.Uptime))
	if n.Resets > 0 {
		line += fmt.Sprintf("; %d restart(s) in the last %s", n.Resets, n.Window)
	}
	if n.ModelsErr != "" {
		line += "; its model list could not be read: " + n.ModelsErr
	}
	if n.ConfigErr != "" {
		line += "; models-config.json could not be read: " + n.ConfigErr
	}
	return line
}

func (h *Handler) health(ctx context.Context, _ *Call) (*Response, error) {
	if h.proxy == nil || h.proxy.Client == nil {
		return nil, invalid("no proxy-router API is configured (proxy_router.api_url), so morbot cannot see what the node serves; /mor status shows the on-chain side")
	}
	s, err := h.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	ms, n, err := h.ServingHealth(ctx, s, time.Now())
	if err != nil {
		return nil, err
	}
	m := chat.Message{Title: "Serving health", Text: "proxy-router: " + NodeLine(n), Footer: fmt.Sprintf("chain read at block %d; backend probes %s", s.Block, onOff(h.proxy.ProbeBackends))}
	if len(ms) == 0 {
		m.Fields = []chat.Field{{Name: "models", Value: "none: the provider has no active bid and models-config.json has no entry"}}
		return &Response{Message: m}, nil
	}
	for _, md := range ms {
		if md.State != health.Serving && md.State != health.ConfigWithoutBid {
			m.Severity = chat.Error
		} else if md.State == health.ConfigWithoutBid && m.Severity != chat.Error {
			m.Severity = chat.Warning
		}
		var parts []string
		if md.Bid != nil {
			parts = append(parts, "bid "+chain.FormatPrice(md.Bid.PricePerSecond))
		} else {
			parts = append(parts, "no bid")
		}
		parts = append(parts, "listed by the proxy-router: "+yesNo(md.Served))
		if md.Entry != nil {
			parts = append(parts, fmt.Sprintf("models-config: %s %s", md.Entry.APIType, md.Entry.APIURL))
		} else {
			parts = append(parts, "models-config: no entry")
		}
		if p := md.Probe; p != nil {
			if p.Status == 0 {
				parts = append(parts, "backend: no answer")
			} else {
				parts = append(parts, fmt.Sprintf("backend: HTTP %d in %s", p.Status, p.Latency.Round(time.Millisecond)))
			}
		}
		m.Fields = append(m.Fields, chat.Field{Name: fmt.Sprintf("%s (%s): %s", orDash(md.Name), strings.ToLower(md.ID.Hex()), md.State),
			Value: md.Detail + "\n" + strings.Join(parts, " · ")})
	}
	return &Response{Message: m}, nil
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off (proxy_router.probe_backends)"
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// ServeDefaults are proxy_router.default_api_type and default_api_url ("" when not set).
func (h *Handler) ServeDefaults() (apiType, apiURL string) {
	if h.proxy == nil {
		return "", ""
	}
	return h.proxy.DefaultAPIType, h.proxy.DefaultAPIURL
}
