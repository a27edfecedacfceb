package commands

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/discovery"
	"github.com/morbotlabs/morbot/internal/probe"
	"github.com/morbotlabs/morbot/internal/serving"
	"github.com/morbotlabs/morbot/internal/view"
)

func (h *Handler) health(ctx context.Context, _ *Call) (*Response, error) {
	px := h.d.Proxy
	proxied := px != nil && px.Client != nil
	if !proxied && h.read.Discovery() == nil {
		return nil, invalid("no proxy-router API is configured (proxy_router.api_url) and the network's view is off (discovery.url), so morbot cannot see what the node serves or what the network finds; /mor status shows the on-chain side")
	}
	s, err := h.read.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	if !proxied {
		// The network's view alone: what consumers can find.
		j, err := h.read.NetworkView(ctx, s, now)
		if err != nil {
			return nil, err
		}
		m := view.Facts("Serving health", []chat.Field{view.NetworkField(j, func(id common.Hash, onchain string) string { return h.modelName(ctx, id, s.Models[id].Name) })},
			fmt.Sprintf("chain read at block %d", s.Block))
		m.Severity = view.NetworkSeverity(j)
		m.Text = "proxy-router: not configured (proxy_router.api_url), so morbot cannot see what the node serves; below is what the network finds"
		return &Response{Message: m}, nil
	}
	ms, n, err := h.read.Serving(ctx, s, now)
	if err != nil {
		return nil, err
	}
	m := view.Facts("Serving health", nil, fmt.Sprintf("chain read at block %d; backend probes %s", s.Block, onOff(px.ProbeBackends)))
	m.Text = "proxy-router: " + view.NodeLine(n)
	if h.read.Discovery() != nil {
		j, err := h.read.NetworkView(ctx, s, now)
		if err != nil {
			return nil, err
		}
		m.Text += "\n" + j.Line
	} else {
		m.Text += "\nnetwork view: off (discovery.url)"
	}
	if len(ms) == 0 {
		m.Fields = []chat.Field{{Name: "models", Value: "none: the provider has no active bid and models-config.json has no entry"}}
		return &Response{Message: m}, nil
	}
	probes, err := h.read.Probes(ctx)
	if err != nil {
		return nil, err
	}
	for _, md := range ms {
		switch md.State {
		case serving.Serving:
		case serving.ConfigWithoutBid, serving.NetworkUnhealthy, serving.AttestationStale:
			if m.Severity != chat.Error {
				m.Severity = chat.Warning
			}
		default:
			m.Severity = chat.Error
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
		if l := md.AttestLine(now); l != "" {
			parts = append(parts, l)
		}
		if md.Bid != nil {
			if p, ok := probes[md.Bid.ID]; ok {
				parts = append(parts, view.ProbeSummary(p, now))
			}
		}
		if bv := md.Net; bv != nil {
			net := "network: " + string(bv.State)
			if l := bv.Latency(); l != "" {
				net += ", verifier latency " + l
			}
			if p := md.Probe; p != nil && p.Status != 0 {
				net += fmt.Sprintf(" (our probe: %s)", p.Latency.Round(time.Millisecond))
			}
			if bv.State != discovery.Listed && string(bv.State) != string(md.State) {
				net += " — " + bv.Detail
			}
			parts = append(parts, net)
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

func (h *Handler) verify(ctx context.Context, c *Call) (*Response, error) {
	var model *common.Hash
	if ref := c.Arg("model"); ref != "" {
		id, err := h.resolveModel(ctx, c, ref)
		if err != nil {
			return nil, err
		}
		model = &id
	}
	cl, err := h.read.Verify(ctx, model, time.Now())
	if err != nil {
		return nil, err
	}
	return &Response{Message: view.Verify(cl)}, nil
}

func (h *Handler) probe(ctx context.Context, c *Call) (*Response, error) {
	if h.prober == nil {
		return nil, invalid("no probe is configured: set probe.consumer_api_url (a consumer's proxy-router, whose wallet pays for the session) and probe.cookie_file, then restart morbot")
	}
	var model *common.Hash
	if ref := c.Arg("model"); ref != "" {
		id, err := h.resolveModel(ctx, c, ref)
		if err != nil {
			return nil, err
		}
		model = &id
	}
	s, err := h.read.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	ts := probe.Targets(s.ActiveBids, h.provider, model, func(id common.Hash) string { return h.modelName(ctx, id, s.Models[id].Name) })
	if len(ts) == 0 {
		if model != nil {
			return nil, notFound("we have no active bid on model %s at block %d; /mor status lists our bids", strings.ToLower(model.Hex()), s.Block)
		}
		return nil, notFound("we have no active bid to probe at block %d; post one with /mor bid create", s.Block)
	}
	round, err := h.prober.Run(ctx, ts, false)
	var ref *probe.Refusal
	if err != nil && (round == nil || len(round.Results) == 0) {
		if errors.As(err, &ref) {
			return nil, invalid("%s", ref.Msg)
		}
		return nil, err
	}
	m := view.Probes(round)
	if err != nil {
		m.Text += "\nthe probe stopped early: " + err.Error()
	}
	return &Response{Message: m}, nil
}
