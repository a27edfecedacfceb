package commands

import (
	"context"
	"fmt"
	"math/big"

	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/health"
)

func (h *Handler) help(_ context.Context, c *Call) (*Response, error) {
	if name := c.Arg("command"); name != "" {
		name = strings.TrimPrefix(strings.TrimSpace(name), "/mor ")
		s := h.grammar.Lookup(name)
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
			return &Response{Message: chat.Message{Title: "/mor " + name + " …", Text: b.String() + "/mor help <command> shows units and an example."}}, nil
		}
		return &Response{Message: chat.Message{Title: "/mor " + s.Name(), Text: s.HelpFor(c.User.Platform)}}, nil
	}
	var b strings.Builder
	for _, s := range h.grammar.Specs {
		fmt.Fprintf(&b, "%s\n    %s\n", s.UsageFor(c.User.Platform), s.Summary)
	}
	b.WriteString("/mor help <command> shows units and an example.")
	return &Response{Message: chat.Message{Title: "morbot commands", Text: b.String()}}, nil
}

func (h *Handler) minimums(ctx context.Context, _ *Call) (*Response, error) {
	m, err := h.chain.Minimums(ctx)
	if err != nil {
		return nil, err
	}
	return &Response{Message: chat.Message{Title: "Marketplace minimums", Fields: minimumFields(m), Footer: fmt.Sprintf("read at block %d", m.Block)}}, nil
}

func minimumFields(m chain.Minimums) []chat.Field {
	return []chat.Field{
		{Name: "provider minimum stake", Value: withWei(m.ProviderStake), Inline: true},
		{Name: "model minimum stake", Value: withWei(m.ModelStake), Inline: true},
		{Name: "bid fee (every post)", Value: withWei(m.BidFee), Inline: true},
		{Name: "price per second", Value: fmt.Sprintf("%s … %s", chain.FormatPrice(m.MinPricePerSecond), chain.FormatPrice(m.MaxPricePerSecond))},
	}
}

func withWei(v *big.Int) string { return fmt.Sprintf("%s (%s wei)", chain.FormatMOR(v), v) }

func (h *Handler) snapshot(ctx context.Context) (*chain.Snapshot, error) {
	ids, err := h.teamModelIDs(ctx)
	if err != nil {
		return nil, err
	}
	return h.chain.SnapshotFor(ctx, h.provider, h.signer, ids...)
}

func (h *Handler) status(ctx context.Context, _ *Call) (*Response, error) {
	m, _, err := h.Status(ctx)
	if err != nil {
		return nil, err
	}
	return &Response{Message: m}, nil
}

// BidPostGas is a generous estimate of the gas one bid post (re-price) uses, for the gas runway.
const BidPostGas = 300_000

// Status reads the provider's whole position (one batched snapshot, plus the sessions) and renders
// it; the scheduled report is the same message.
func (h *Handler) Status(ctx context.Context) (chat.Message, *chain.Snapshot, error) {
	m, p, err := h.StatusAt(ctx, time.Now())
	if err != nil {
		return chat.Message{}, nil, err
	}
	return m, p.Snapshot, nil
}

// Position is everything one status read found.
type Position struct {
	Snapshot *chain.Snapshot
	Earnings *EarningsSummary // nil when the provider does not exist
	Serving  []health.Model   // nil without a proxy-router API
	Node     *health.Node     // nil without a proxy-router API, or when it could not be read
}

// StatusAt is Status with everything it read; now is the check's time (proxy-router restarts are
// told from uptimes across checks).
func (h *Handler) StatusAt(ctx context.Context, now time.Time) (chat.Message, *Position, error) {
	s, err := h.snapshot(ctx)
	if err != nil {
		return chat.Message{}, nil, err
	}
	pending, err := h.engine.List(ctx, 50, approval.Pending, approval.Approved, approval.Submitting, approval.Submitted, approval.Unknown)
	if err != nil {
		return chat.Message{}, nil, err
	}
	pos := &Position{Snapshot: s}
	// Gas runway at twice the snapshot's base fee: no extra round trip for the fee.
	m := h.RenderStatus(ctx, s, pending, new(big.Int).Mul(s.BaseFee, big.NewInt(2)))
	if s.Provider.Exists() && s.Earnings != nil {
		pos.Earnings = Summarize(s.Earnings)
		for _, f := range pos.Earnings.Fields() {
			if f.Name != "earnings cap" { // already shown from the snapshot
				m.Fields = append(m.Fields, f)
			}
		}
	}
	if s.Provider.Active() && h.proxy != nil {
		m.Fields = append(m.Fields, chat.Field{Name: "endpoint reachability", Value: h.reachability(ctx, s.Provider.Endpoint)})
	}
	if ms, n, err := h.ServingHealth(ctx, s, now); err != nil {
		if ctx.Err() == nil { // not a shutdown
			h.log.Warn("status: serving health unreadable", "err", err)
		}
	} else if n != nil {
		pos.Serving, pos.Node = ms, n
		lines := []string{"proxy-router: " + NodeLine(n)}
		for _, md := range ms {
			lines = append(lines, md.Line())
		}
		m.Fields = append(m.Fields, chat.Field{Name: "serving (/mor health)", Value: strings.Join(lines, "\n")})
	}
	return m, pos, nil
}

// TeamModelIDs returns the IDs of the models the team registered through morbot.
func (h *Handler) TeamModelIDs(ctx context.Context) ([]common.Hash, error) {
	return h.teamModelIDs(ctx)
}

// GasRunway is how many bid posts an ETH balance pays for at a fee cap per gas.
func GasRunway(eth, feeCap *big.Int) *big.Int {
	per := new(big.Int).Mul(big.NewInt(BidPostGas), feeCap)
	if per.Sign() == 0 {
		return nil
	}
	return new(big.Int).Quo(eth, per)
}

// RenderStatus is the provider's whole position (also the scheduled report).
func (h *Handler) RenderStatus(ctx context.Context, s *chain.Snapshot, pending []*approval.Proposal, feeCap *big.Int) chat.Message {
	m := chat.Message{Title: "Provider " + h.provider.Hex()}
	p := s.Provider
	switch {
	case !p.Exists():
		m.Fields = append(m.Fields, chat.Field{Name: "provider", Value: "not registered (/mor onboard or /mor provider create)"})
	default:
		state := "active"
		if p.IsDeleted {
			state = "deregistered"
		}
		stake := fmt.Sprintf("%s (%s)", chain.FormatMOR(p.Stake), state)
		if p.Stake.Cmp(s.Minimums.ProviderStake) < 0 {
			stake += fmt.Sprintf(" — BELOW the minimum %s", chain.FormatMOR(s.Minimums.ProviderStake))
			m.Severity = chat.Warning
		}
		m.Fields = append(m.Fields, chat.Field{Name: "stake", Value: stake, Inline: true}, chat.Field{Name: "endpoint", Value: p.Endpoint, Inline: true})
		m.Fields = append(m.Fields, chat.Field{Name: "earnings cap", Value: CapLine(p, s.Time)})
	}
	var models []string
	for _, mdl := range s.Models {
		if mdl.Owner != h.provider || mdl.CreatedAt == 0 {
			continue
		}
		state := ""
		if mdl.IsDeleted {
			state = ", deregistered"
		}
		models = append(models, fmt.Sprintf("%s %s — stake %s, fee %s%s", h.modelName(ctx, mdl.ID, mdl.Name), strings.ToLower(mdl.ID.Hex()), chain.FormatMOR(mdl.Stake), chain.FormatMOR(mdl.Fee), state))
	}
	if len(models) == 0 {
		models = append(models, "none")
	}
	sortStrings(models)
	m.Fields = append(m.Fields, chat.Field{Name: "models", Value: strings.Join(models, "\n")})
	var bids []string
	for _, b := range s.ActiveBids {
		name := h.modelName(ctx, b.ModelID, s.Models[b.ModelID].Name)
		line := fmt.Sprintf("%s (%s): %s — bid %s", name, strings.ToLower(b.ModelID.Hex()), chain.FormatRates(b.PricePerSecond), b.ID.Hex())
		if !s.Minimums.PriceInRange(b.PricePerSecond) {
			line += " — OUTSIDE the current price range (a re-post must fit it)"
			m.Severity = chat.Warning
		}
		bids = append(bids, line)
	}
	if len(bids) == 0 {
		bids = append(bids, "none")
	}
	m.Fields = append(m.Fields, chat.Field{Name: fmt.Sprintf("active bids (%d)", len(s.ActiveBids)), Value: strings.Join(bids, "\n")})
	m.Fields = append(m.Fields,
		chat.Field{Name: "MOR balance", Value: chain.FormatMOR(s.MORBalance), Inline: true},
		chat.Field{Name: "allowance to the Diamond", Value: chain.FormatMOR(s.Allowance), Inline: true},
	)
	if s.Operator() {
		m.Fields = append(m.Fields,
			chat.Field{Name: "ETH of the operator key " + s.Signer.Hex() + " (pays the gas)", Value: ethWithRunway(s.SignerETH, feeCap), Inline: true},
			chat.Field{Name: "ETH of the provider wallet (signs nothing here)", Value: chain.FormatETH(s.ETHBalance), Inline: true})
		if s.Rights != nil {
			m.Fields = append(m.Fields, chat.Field{Name: "operator rights", Value: rightsLine(s.Rights)})
		}
	} else {
		m.Fields = append(m.Fields, chat.Field{Name: "ETH balance", Value: ethWithRunway(s.ETHBalance, feeCap), Inline: true})
	}
	m.Fields = append(m.Fields, minimumFields(s.Minimums)...)
	var open []string
	for _, pr := range pending {
		open = append(open, fmt.Sprintf("%s %s — %s", pr.HumanID(), pr.Kind, pr.Status))
	}
	if len(open) == 0 {
		open = append(open, "none")
	}
	m.Fields = append(m.Fields, chat.Field{Name: "open proposals", Value: strings.Join(open, "\n")})
	m.Footer = fmt.Sprintf("read at block %d on %s (chain %d)", s.Block, h.chain.Network().Name, h.chain.Network().ChainID)
	return m
}

func ethWithRunway(eth, feeCap *big.Int) string {
	v := chain.FormatETH(eth)
	if r := GasRunway(eth, feeCap); r != nil {
		v += fmt.Sprintf(" (≈ %s bid posts at current fees)", r)
	}
	return v
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
		return &Response{Message: chat.Message{Title: "Provider " + addr.Hex(), Text: "not registered"}}, nil
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
	return &Response{Message: chat.Message{Title: "Provider " + addr.Hex(), Fields: []chat.Field{
		{Name: "state", Value: state, Inline: true},
		{Name: "stake", Value: chain.FormatMOR(p.Stake), Inline: true},
		{Name: "endpoint", Value: p.Endpoint, Inline: true},
		{Name: "active bids", Value: strconv.FormatUint(total, 10), Inline: true},
		{Name: "registered", Value: time.Unix(int64(p.CreatedAt), 0).UTC().Format(time.RFC3339), Inline: true},
		{Name: "earnings cap", Value: CapLine(p, head.Time)},
	}}}, nil
}

func (h *Handler) modelList(ctx context.Context, _ *Call) (*Response, error) {
	ms, err := h.teamModels(ctx)
	if err != nil {
		return nil, err
	}
	if len(ms) == 0 {
		return &Response{Message: chat.Message{Title: "Team models", Text: "none yet; /mor model create or /mor onboard registers one"}}, nil
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
	return &Response{Message: chat.Message{Title: "Team models", Text: strings.Join(lines, "\n")}}, nil
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
		return nil, invalid("model %s does not exist on-chain (is it the derived model ID, not the base ID?)", id.Hex())
	}
	_, bids, err := h.chain.ModelActiveBids(ctx, id, 0, 1)
	if err != nil {
		return nil, err
	}
	state := "active"
	if m.IsDeleted {
		state = "deregistered"
	}
	return &Response{Message: chat.Message{Title: fmt.Sprintf("Model %q (%s)", h.modelName(ctx, id, m.Name), strings.ToLower(id.Hex())), Fields: []chat.Field{
		{Name: "model ID (models-config.json)", Value: strings.ToLower(id.Hex())},
		{Name: "state", Value: state, Inline: true},
		{Name: "owner", Value: m.Owner.Hex(), Inline: true},
		{Name: "stake", Value: chain.FormatMOR(m.Stake), Inline: true},
		{Name: "fee", Value: chain.FormatMOR(m.Fee), Inline: true},
		{Name: "tags", Value: strings.Join(m.Tags, ", "), Inline: true},
		{Name: "active bids (all providers)", Value: strconv.FormatUint(bids, 10), Inline: true},
	}}}, nil
}

func (h *Handler) bidList(ctx context.Context, _ *Call) (*Response, error) {
	s, err := h.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	if len(s.ActiveBids) == 0 {
		return &Response{Message: chat.Message{Title: "Active bids", Text: "none", Footer: fmt.Sprintf("read at block %d", s.Block)}}, nil
	}
	var lines []string
	for _, b := range s.ActiveBids {
		lines = append(lines, fmt.Sprintf("%s on %s (%s): %s", b.ID.Hex(), h.modelName(ctx, b.ModelID, s.Models[b.ModelID].Name), strings.ToLower(b.ModelID.Hex()), chain.FormatPrice(b.PricePerSecond)))
	}
	return &Response{Message: chat.Message{Title: fmt.Sprintf("Active bids (%d)", len(s.ActiveBids)), Text: strings.Join(lines, "\n"), Footer: fmt.Sprintf("read at block %d", s.Block)}}, nil
}

func (h *Handler) proposalsList(ctx context.Context, _ *Call) (*Response, error) {
	ps, err := h.engine.List(ctx, 20)
	if err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		return &Response{Message: chat.Message{Title: "Proposals", Text: "none yet"}}, nil
	}
	var lines []string
	for _, p := range ps {
		lines = append(lines, fmt.Sprintf("%s %-10s %s — %s (%d/%d)", p.HumanID(), p.Status, p.Kind, p.Summary, p.Approvals(), p.Quorum))
	}
	return &Response{Message: chat.Message{Title: "Proposals (newest first)", Text: strings.Join(lines, "\n")}}, nil
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
		return &Response{Message: RenderRaw(p, h.chain.Network(), h.Labels())}, nil
	}
	m := RenderProposal(p, h.chain.Network(), h.Labels())
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
	return &Response{Message: chat.Message{Severity: chat.Success, Text: text, Ephemeral: true}}, nil
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
	var lines []string
	for _, e := range es {
		who := e.User.Name
		if who == "" {
			who = e.User.ID
		}
		if who == "" {
			who = "morbot"
		}
		line := fmt.Sprintf("%s %s %s", e.At.UTC().Format("2006-01-02 15:04:05"), who, e.Action)
		if e.ProposalID > 0 {
			line += fmt.Sprintf(" P-%d", e.ProposalID)
		}
		if e.Detail != "" {
			line += " — " + e.Detail
		}
		if e.TxHash != "" {
			line += " " + e.TxHash
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		lines = append(lines, "empty")
	}
	return &Response{Message: chat.Message{Title: fmt.Sprintf("Audit log (latest %d)", len(es)), Text: strings.Join(lines, "\n")}}, nil
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
