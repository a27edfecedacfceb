package commands

import (
	"context"
	"fmt"

	"strconv"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/view"
)

func (h *Handler) help(_ context.Context, c *Call) (*Response, error) {
	if name := c.Arg("command"); name != "" {
		name = strings.TrimPrefix(strings.TrimSpace(name), "/mor ")
		s := h.grammar.Lookup(name)
		if s != nil && s.Name() != name {
			s = nil // an alias of a group's command ("alerts" for "alerts list"): show the whole group
		}
		if s == nil {
			// A group ("bid", "dev"): its commands.
			var b strings.Builder
			for _, g := range h.grammar.Specs {
				if strings.HasPrefix(g.Name()+" ", name+" ") {
					fmt.Fprintf(&b, "%s\n    %s\n", g.UsageFor(c.User.Platform), g.Summary)
				}
			}
			if b.Len() == 0 {
				return nil, usage(c, "no command %q; /mor help lists them", name)
			}
			return &Response{Message: view.Answer("/mor "+name+" …", b.String()+"/mor help <command> shows units and an example.")}, nil
		}
		return &Response{Message: view.Answer("/mor "+s.Name(), s.HelpFor(c.User.Platform))}, nil
	}
	var b strings.Builder
	for _, s := range h.grammar.Specs {
		fmt.Fprintf(&b, "%s\n    %s\n", s.UsageFor(c.User.Platform), s.Summary)
	}
	b.WriteString("/mor help <command> shows units and an example.")
	return &Response{Message: view.Answer("morbot commands", b.String())}, nil
}

func (h *Handler) minimums(ctx context.Context, _ *Call) (*Response, error) {
	m, err := h.chain.Minimums(ctx)
	if err != nil {
		return nil, err
	}
	return &Response{Message: view.Facts("Marketplace minimums", view.MinimumFields(m), view.ReadAt(m.Block))}, nil
}

func (h *Handler) status(ctx context.Context, _ *Call) (*Response, error) {
	pos, err := h.read.Read(ctx, time.Now())
	if err != nil {
		return nil, err
	}
	m := view.Status(pos, h.chain.Network())
	if lines := h.ratedBids(ctx, pos); len(lines) > 0 {
		m.Fields = append(m.Fields, chat.Field{Name: "as consumers' nodes rate our bids", Value: strings.Join(lines, "\n")})
	}
	return &Response{Message: m}, nil
}

func (h *Handler) providerShow(ctx context.Context, c *Call) (*Response, error) {
	addr := h.provider
	if a := c.Arg("address"); a != "" {
		var err error
		if addr, err = parseAddress(c, "address", a); err != nil {
			return nil, err
		}
	}
	p, err := h.chain.Provider(ctx, addr)
	if err != nil {
		return nil, err
	}
	if !p.Exists() {
		return &Response{Message: view.Answer("Provider "+addr.Hex(), "not registered")}, nil
	}
	_, total, err := h.chain.ProviderActiveBids(ctx, addr, 0, 1)
	if err != nil {
		return nil, err
	}
	head, err := h.chain.HeaderByNumber(ctx, 0)
	if err != nil {
		return nil, err
	}
	state := "active"
	if p.IsDeleted {
		state = "deregistered"
	}
	return &Response{Message: view.Facts("Provider "+addr.Hex(), []chat.Field{
		{Name: "state", Value: state, Inline: true},
		{Name: "stake", Value: chain.FormatMOR(p.Stake), Inline: true},
		{Name: "endpoint", Value: p.EndpointText(), Inline: true},
		{Name: "active bids", Value: strconv.FormatUint(total, 10), Inline: true},
		{Name: "registered", Value: time.Unix(int64(p.CreatedAt), 0).UTC().Format(time.RFC3339), Inline: true},
		{Name: "earnings cap", Value: view.CapLine(p, head.Time)},
	}, "")}, nil
}

func (h *Handler) modelList(ctx context.Context, _ *Call) (*Response, error) {
	ms, err := h.read.Models(ctx)
	if err != nil {
		return nil, err
	}
	if len(ms) == 0 {
		return &Response{Message: view.Answer("Team models", "none yet; /mor model create or /mor onboard registers one")}, nil
	}
	var lines []string
	for _, tm := range ms {
		cm, err := h.chain.Model(ctx, tm.ID)
		if err != nil {
			return nil, err
		}
		state := "not registered (proposal not executed)"
		switch {
		case cm.Active():
			state = "active, stake " + chain.FormatMOR(cm.Stake)
		case cm.CreatedAt != 0:
			state = "deregistered"
		}
		lines = append(lines, fmt.Sprintf("%s %s — %s", tm.Name, strings.ToLower(tm.ID.Hex()), state))
	}
	return &Response{Message: view.Answer("Team models", strings.Join(lines, "\n"))}, nil
}

func (h *Handler) modelShow(ctx context.Context, c *Call) (*Response, error) {
	id, err := h.resolveModel(ctx, c, c.Arg("model"))
	if err != nil {
		return nil, err
	}
	m, err := h.chain.Model(ctx, id)
	if err != nil {
		return nil, err
	}
	if m.CreatedAt == 0 {
		return nil, notFound("model %s does not exist on-chain (is it the derived model ID, not the base ID?)", id.Hex())
	}
	_, bids, err := h.chain.ModelActiveBids(ctx, id, 0, 1)
	if err != nil {
		return nil, err
	}
	state := "active"
	if m.IsDeleted {
		state = "deregistered"
	}
	return &Response{Message: view.Facts(fmt.Sprintf("Model %q (%s)", h.modelName(ctx, id, m.Name), strings.ToLower(id.Hex())), []chat.Field{
		{Name: "model ID (models-config.json)", Value: strings.ToLower(id.Hex())},
		{Name: "state", Value: state, Inline: true},
		{Name: "owner", Value: m.Owner.Hex(), Inline: true},
		{Name: "stake", Value: chain.FormatMOR(m.Stake), Inline: true},
		{Name: "fee", Value: chain.FormatMOR(m.Fee), Inline: true},
		{Name: "tags", Value: strings.Join(m.Tags, ", "), Inline: true},
		{Name: "active bids (all providers)", Value: strconv.FormatUint(bids, 10), Inline: true},
	}, "")}, nil
}

func (h *Handler) bidList(ctx context.Context, _ *Call) (*Response, error) {
	s, err := h.read.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	if len(s.ActiveBids) == 0 {
		return &Response{Message: view.ReadAnswer("Active bids", "none", s.Block)}, nil
	}
	var lines []string
	for _, b := range s.ActiveBids {
		lines = append(lines, fmt.Sprintf("%s on %s (%s): %s", b.ID.Hex(), h.modelName(ctx, b.ModelID, s.Models[b.ModelID].Name), strings.ToLower(b.ModelID.Hex()), chain.FormatPrice(b.PricePerSecond)))
	}
	return &Response{Message: view.ReadAnswer(fmt.Sprintf("Active bids (%d)", len(s.ActiveBids)), strings.Join(lines, "\n"), s.Block)}, nil
}

func (h *Handler) proposalsList(ctx context.Context, _ *Call) (*Response, error) {
	ps, err := h.engine.List(ctx, 20)
	if err != nil {
		return nil, err
	}
	return &Response{Message: view.ProposalList(ps, time.Now())}, nil
}

func (h *Handler) proposal(ctx context.Context, c *Call) (*approval.Proposal, error) {
	id, err := approval.ParseID(c.Arg("id"))
	if err != nil {
		return nil, err
	}
	return h.engine.Get(ctx, id)
}

func (h *Handler) proposalsShow(ctx context.Context, c *Call) (*Response, error) {
	p, err := h.proposal(ctx, c)
	if err != nil {
		return nil, err
	}
	if _, raw := c.Flag("raw"); raw {
		return &Response{Message: h.d.Proposals.Raw(p)}, nil
	}
	m := h.d.Proposals.Render(p)
	m.Buttons = nil // the live buttons stay on the original message
	return &Response{Message: m}, nil
}

func (h *Handler) proposalsCancel(ctx context.Context, c *Call) (*Response, error) {
	id, err := approval.ParseID(c.Arg("id"))
	if err != nil {
		return nil, err
	}
	p, err := h.engine.Cancel(ctx, c.User, id)
	if err != nil {
		return nil, err
	}
	text := fmt.Sprintf("%s cancelled; nothing will be sent", p.HumanID())
	if _, dropped, ok := strings.Cut(p.Reason, "never signed and dropped: "); ok {
		text = fmt.Sprintf("%s cancelled; its settled steps stay as they are on-chain, and these were never signed and will not be sent: %s", p.HumanID(), dropped)
	}
	return &Response{Message: view.Done(text)}, nil
}

func (h *Handler) audit(ctx context.Context, c *Call) (*Response, error) {
	n := 10
	if a := c.Arg("n"); a != "" {
		v, err := strconv.Atoi(a)
		if err != nil || v < 1 || v > 50 {
			return nil, usage(c, "n: %q is not a number from 1 to 50", a)
		}
		n = v
	}
	es, err := h.engine.Audit(ctx, n)
	if err != nil {
		return nil, err
	}
	return &Response{Message: view.AuditList(es)}, nil
}

func (h *Handler) proxyStatus(ctx context.Context, _ *Call) (*Response, error) {
	m := view.Answer("Proxy-router", "")
	if px := h.d.Proxy; px == nil {
		m.Text = "no proxy-router is configured (proxy_router in the configuration)"
	} else if px.Client != nil {
		if hl, err := px.Client.Health(ctx); err != nil {
			m.Severity = chat.Warning
			m.Fields = append(m.Fields, chat.Field{Name: "health", Value: "unreachable: " + err.Error()})
		} else {
			if hl.Status != "healthy" {
				m.Severity = chat.Warning
			}
			m.Fields = append(m.Fields, chat.Field{Name: "health", Value: fmt.Sprintf("%s (version %s, up %s)", hl.Status, hl.Version, hl.Uptime)})
		}
		if ms, err := px.Client.Models(ctx); err != nil {
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
		m.Fields = append(m.Fields, chat.Field{Name: "endpoint " + p.EndpointText(), Value: h.read.Reachability(ctx, p.Endpoint)})
	}
	return &Response{Message: m}, nil
}
