package commands

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/health"
	"github.com/morbotlabs/morbot/internal/view"
)

func (h *Handler) health(ctx context.Context, _ *Call) (*Response, error) {
	if px := h.d.Proxy; px == nil || px.Client == nil {
		return nil, invalid("no proxy-router API is configured (proxy_router.api_url), so morbot cannot see what the node serves; /mor status shows the on-chain side")
	}
	s, err := h.read.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	ms, n, err := h.read.Serving(ctx, s, time.Now())
	if err != nil {
		return nil, err
	}
	m := chat.Message{Title: "Serving health", Text: "proxy-router: " + view.NodeLine(n), Footer: fmt.Sprintf("chain read at block %d; backend probes %s", s.Block, onOff(h.d.Proxy.ProbeBackends))}
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
				alive := ""
				if p.Status == 405 {
					alive = " (alive: a POST-only endpoint refuses the probe's HEAD)"
				}
				parts = append(parts, fmt.Sprintf("backend: HTTP %d in %s%s", p.Status, p.Latency.Round(time.Millisecond), alive))
			}
		}
		m.Fields = append(m.Fields, chat.Field{Name: fmt.Sprintf("%s (%s): %s", view.OrDash(md.Name), strings.ToLower(md.ID.Hex()), md.State),
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
