package commands

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
)

func (h *Handler) modelServe(ctx context.Context, c *Call) (*Response, error) {
	if h.proxy == nil || h.proxy.ModelsConfig == "" {
		return nil, invalid("no proxy-router is configured (proxy_router.models_config); add the model to models-config.json by hand")
	}
	id, err := h.resolveModel(ctx, c, c.Arg("model"))
	if err != nil {
		return nil, err
	}
	apiType, ok := c.Flag("api-type")
	if !ok && h.proxy.DefaultAPIType != "" {
		apiType, ok = h.proxy.DefaultAPIType, true
	}
	if !ok {
		return nil, usage(c, "--api-type is required (or set proxy_router.default_api_type): %s", strings.Join(proxyrouter.APITypes, ", "))
	}
	apiURL, ok := c.Flag("api-url")
	if !ok && h.proxy.DefaultAPIURL != "" {
		apiURL, ok = h.proxy.DefaultAPIURL, true
	}
	if !ok {
		return nil, usage(c, "--api-url is required (or set proxy_router.default_api_url): the backend's full endpoint URL")
	}
	cm, err := h.chain.Model(ctx, id)
	if err != nil {
		return nil, err
	}
	if !cm.Active() {
		return nil, invalid("model %s is not active on-chain; register it first (/mor model create) — the proxy-router only serves registered models", id.Hex())
	}
	p := proxyrouter.ServePayload{ModelID: strings.ToLower(id.Hex()), ModelName: h.modelName(ctx, id, cm.Name), APIType: apiType, APIURL: apiURL}
	if v, ok := c.Flag("model-name"); ok {
		p.ModelName = v
	}
	if v, ok := c.Flag("slots"); ok {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1000 {
			return nil, usage(c, "--slots: %q is not a number from 1 to 1000", v)
		}
		p.ConcurrentSlots = n
	}
	if v, ok := c.Flag("api-key-env"); ok {
		if !slices.Contains(h.proxy.APIKeyEnvs, v) {
			allowed := "none are listed, so no API key can be set from chat (add the variable's name to proxy_router.api_key_envs)"
			if len(h.proxy.APIKeyEnvs) > 0 {
				allowed = "the allowed ones are " + strings.Join(h.proxy.APIKeyEnvs, ", ") + " (proxy_router.api_key_envs)"
			}
			return nil, usage(c, "--api-key-env: %q is not a variable morbot may hand to the proxy-router; %s", v, allowed)
		}
		p.APIKeyEnv = v
	}
	e := p.Entry()
	if err := e.Validate(); err != nil {
		return nil, usage(c, "%v", err)
	}
	if p.APIKeyEnv != "" {
		e.APIKey = "(set)" // only whether a key comes with the entry matters for the preview
	}
	action, err := proxyrouter.Preview(h.proxy.ModelsConfig, e)
	if err != nil {
		return nil, invalid("%v; fix %s first", err, h.proxy.ModelsConfig)
	}
	steps := proxyrouter.Steps(p, h.proxy.ModelsConfig, h.proxy.RestartCommand)
	key := "no API key"
	if p.APIKeyEnv != "" {
		key = "the API key from morbot's environment variable " + p.APIKeyEnv + " (never shown)"
	}
	lines := []string{fmt.Sprintf("serve model %q (%s) from %s backend %s with %s; the entry will be %s", p.ModelName, p.ModelID, p.APIType, p.APIURL, key, action)}
	for _, s := range steps {
		lines = append(lines, s.Summary)
	}
	if len(h.proxy.RestartCommand) == 0 {
		lines = append(lines, "then restart the proxy-router yourself — it has no hot reload — e.g. `systemctl restart proxy-router` or `docker restart proxy-router`, and check with /mor proxy status")
	}
	prop, err := h.engine.Propose(ctx, c.User, approval.ProposeRequest{Kind: "model serve", Summary: strings.Join(lines, "\n"), Steps: steps,
		Params: map[string]string{"model_id": p.ModelID}, Simulation: "off-chain steps only: nothing is sent to the chain"})
	if err != nil {
		return nil, err
	}
	return &Response{Message: h.Render(prop), ProposalID: prop.ID}, nil
}

func (h *Handler) proxyStatus(ctx context.Context, _ *Call) (*Response, error) {
	m := chat.Message{Title: "Proxy-router"}
	if h.proxy == nil {
		m.Text = "no proxy-router is configured (proxy_router in the configuration)"
	} else if h.proxy.Client != nil {
		if hl, err := h.proxy.Client.Health(ctx); err != nil {
			m.Severity = chat.Warning
			m.Fields = append(m.Fields, chat.Field{Name: "health", Value: "unreachable: " + err.Error()})
		} else {
			if hl.Status != "healthy" {
				m.Severity = chat.Warning
			}
			m.Fields = append(m.Fields, chat.Field{Name: "health", Value: fmt.Sprintf("%s (version %s, up %s)", hl.Status, hl.Version, hl.Uptime)})
		}
		if ms, err := h.proxy.Client.Models(ctx); err != nil {
			m.Fields = append(m.Fields, chat.Field{Name: "models served", Value: "unknown: " + err.Error()})
		} else {
			var names []string
			for _, x := range ms {
				names = append(names, fmt.Sprintf("%s %s (%s)", x.Name, strings.ToLower(x.ID), x.APIType))
			}
			if len(names) == 0 {
				names = []string{"none"}
			}
			m.Fields = append(m.Fields, chat.Field{Name: "models served", Value: strings.Join(names, "\n")})
		}
	}
	p, err := h.chain.Provider(ctx, h.provider)
	if err != nil {
		return nil, err
	}
	if p.Active() {
		m.Fields = append(m.Fields, chat.Field{Name: "endpoint " + p.Endpoint, Value: h.reachability(ctx, p.Endpoint)})
	}
	return &Response{Message: m}, nil
}

// reachability says whether the provider's own endpoint accepts TCP connections from here. It is the
// only target morbot dials on a person's behalf, and at most once per reachabilityEvery, so that it
// cannot be used to probe other hosts or ports; the answer does not say why a connection failed.
func (h *Handler) reachability(ctx context.Context, ep string) string {
	h.probeMu.Lock()
	now := time.Now()
	if !h.lastProbe.IsZero() && now.Sub(h.lastProbe) < reachabilityEvery {
		h.probeMu.Unlock()
		return fmt.Sprintf("not checked now (morbot checks it at most once every %s)", reachabilityEvery)
	}
	h.lastProbe = now
	h.probeMu.Unlock()
	if err := proxyrouter.CheckEndpoint(ctx, ep, 2*time.Second); err != nil {
		return "NOT reachable from morbot's host within 2 s; consumers must reach it from the internet: check the proxy-router and the firewall"
	}
	return "reachable from morbot's host"
}

// reachabilityEvery spaces out endpoint checks.
const reachabilityEvery = 10 * time.Second
