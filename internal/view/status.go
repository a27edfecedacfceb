package view

import (
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/pay"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/serving"
)

// BidPostGas is a generous estimate of the gas one bid post (re-price) uses, for the gas runway.
const BidPostGas = 300_000

// GasRunway is how many bid posts an ETH balance pays for at a fee cap per gas.
func GasRunway(eth, feeCap *big.Int) *big.Int {
	per := new(big.Int).Mul(big.NewInt(BidPostGas), feeCap)
	if per.Sign() == 0 {
		return nil
	}
	return new(big.Int).Quo(eth, per)
}

// Status is the provider's whole position (/mor status, and the scheduled report): stake, earnings
// cap, models, bids, balances, allowance, rights, minimums, open proposals, pay, the endpoint's
// reachability and one serving line per model.
func Status(pos *position.Position, n chain.Network) chat.Message {
	s := pos.Snapshot
	// Gas runway at twice the snapshot's base fee: no extra round trip for the fee.
	m := chainStatus(pos, n, new(big.Int).Mul(s.BaseFee, big.NewInt(2)))
	if es := pos.Earnings; es != nil {
		for _, f := range EarningsFields(es) {
			if f.Name != "earnings cap" { // already shown from the snapshot
				m.Fields = append(m.Fields, f)
			}
		}
	}
	if pos.Reach != "" {
		m.Fields = append(m.Fields, chat.Field{Name: "endpoint reachability", Value: pos.Reach})
	}
	if pos.Network != nil && (len(pos.Network.Bids) > 0 || pos.Snapshot.Provider.Active()) {
		m.Fields = append(m.Fields, NetworkField(pos.Network, pos.ModelName))
		if sev := NetworkSeverity(pos.Network); sev > m.Severity {
			m.Severity = sev
		}
	}
	if pos.Replica != "" {
		m.Fields = append(m.Fields, chat.Field{Name: "replicas", Value: pos.Replica})
	}
	if pos.Node != nil {
		lines := []string{"proxy-router: " + NodeLine(pos.Node)}
		for _, md := range pos.Serving {
			lines = append(lines, md.Line())
			if l := md.AttestLine(pos.At); l != "" {
				lines = append(lines, "  "+l)
			}
		}
		m.Fields = append(m.Fields, chat.Field{Name: "serving (/mor health)", Value: strings.Join(lines, "\n")})
	}
	return m
}

func chainStatus(pos *position.Position, n chain.Network, feeCap *big.Int) chat.Message {
	s := pos.Snapshot
	m := chat.Message{Title: "Provider " + pos.Provider.Hex()}
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
		m.Fields = append(m.Fields, chat.Field{Name: "stake", Value: stake, Inline: true}, chat.Field{Name: "endpoint", Value: p.EndpointText(), Inline: true})
		m.Fields = append(m.Fields, chat.Field{Name: "earnings cap", Value: CapLine(p, s.Time)})
	}
	var models []string
	for _, mdl := range s.Models {
		if mdl.Owner != pos.Provider || mdl.CreatedAt == 0 {
			continue
		}
		state := ""
		if mdl.IsDeleted {
			state = ", deregistered"
		}
		models = append(models, fmt.Sprintf("%s %s — stake %s, fee %s%s", pos.ModelName(mdl.ID, mdl.Name), strings.ToLower(mdl.ID.Hex()), chain.FormatMOR(mdl.Stake), chain.FormatMOR(mdl.Fee), state))
	}
	if len(models) == 0 {
		models = append(models, "none")
	}
	sort.Strings(models)
	m.Fields = append(m.Fields, chat.Field{Name: "models", Value: strings.Join(models, "\n")})
	var bids []string
	for _, b := range s.ActiveBids {
		name := pos.ModelName(b.ModelID, s.Models[b.ModelID].Name)
		line := fmt.Sprintf("%s (%s): %s — bid %s", name, strings.ToLower(b.ModelID.Hex()), chain.FormatRates(b.PricePerSecond), b.ID.Hex())
		if !s.Minimums.PriceInRange(b.PricePerSecond) {
			line += " — OUTSIDE the current price range (a re-post must fit it)"
			m.Severity = chat.Warning
		}
		if p, ok := pos.Probes[b.ID]; ok {
			line += "\n  " + ProbeSummary(p, pos.At)
		}
		bids = append(bids, line)
	}
	if len(bids) == 0 {
		bids = append(bids, "none")
	}
	m.Fields = append(m.Fields, chat.Field{Name: fmt.Sprintf("active bids (%d)", len(s.ActiveBids)), Value: strings.Join(bids, "\n")})
	m.Fields = append(m.Fields,
		chat.Field{Name: "MOR balance", Value: chain.FormatMOR(s.MORBalance), Inline: true},
		chat.Field{Name: "allowance to the Diamond", Value: chain.FormatAllowance(s.Allowance), Inline: true},
	)
	if s.Operator() {
		m.Fields = append(m.Fields,
			chat.Field{Name: "ETH of the operator key " + s.Signer.Hex() + " (pays the gas)", Value: ethWithRunway(s.SignerETH, feeCap), Inline: true},
			chat.Field{Name: "ETH of the provider wallet (signs nothing here)", Value: chain.FormatETH(s.ETHBalance), Inline: true})
		if s.Rights != nil {
			m.Fields = append(m.Fields, chat.Field{Name: "operator rights", Value: RightsLine(s.Rights)})
		}
	} else {
		m.Fields = append(m.Fields, chat.Field{Name: "ETH balance", Value: ethWithRunway(s.ETHBalance, feeCap), Inline: true})
	}
	m.Fields = append(m.Fields, MinimumFields(s.Minimums)...)
	var open []string
	for _, pr := range pos.Pending {
		open = append(open, fmt.Sprintf("%s %s — %s", pr.HumanID(), pr.Kind, pr.Status))
	}
	if len(open) == 0 {
		open = append(open, "none")
	}
	m.Fields = append(m.Fields, chat.Field{Name: "open proposals", Value: strings.Join(open, "\n")})
	m.Footer = fmt.Sprintf("read at block %d on %s (chain %d)", s.Block, n.Name, n.ChainID)
	return m
}

func ethWithRunway(eth, feeCap *big.Int) string {
	v := chain.FormatETH(eth)
	if r := GasRunway(eth, feeCap); r != nil {
		v += fmt.Sprintf(" (≈ %s bid posts at current fees)", r)
	}
	return v
}

// MinimumFields are the marketplace's minimums.
func MinimumFields(m chain.Minimums) []chat.Field {
	return []chat.Field{
		{Name: "provider minimum stake", Value: WithWei(m.ProviderStake), Inline: true},
		{Name: "model minimum stake", Value: WithWei(m.ModelStake), Inline: true},
		{Name: "bid fee (every post)", Value: WithWei(m.BidFee), Inline: true},
		{Name: "price per second", Value: fmt.Sprintf("%s … %s", chain.FormatPrice(m.MinPricePerSecond), chain.FormatPrice(m.MaxPricePerSecond))},
	}
}

// WithWei is an amount in MOR with its exact wei.
func WithWei(v *big.Int) string { return fmt.Sprintf("%s (%s wei)", chain.FormatMOR(v), v) }

// RightsLine is the operator's grants in one line: ✓ held, ✗ missing.
func RightsLine(r *chain.Rights) string {
	var parts []string
	for _, n := range chain.RightNames {
		mark := "✗"
		if r.Held[n] {
			mark = "✓"
		}
		parts = append(parts, mark+" "+n)
	}
	return strings.Join(parts, " · ")
}

// CapLine describes the earnings cap: earned this period against the stake, or, once the stored
// period has ended, that it renews at the next claim (the stored earned figure is stale then).
func CapLine(p chain.Provider, now uint64) string {
	c := pay.CapAt(p, now)
	if c.Renews {
		return fmt.Sprintf("0 earned of the %s cap: the period ended on %s and renews at the next claim", chain.FormatMOR(c.Stake), chain.When(c.PeriodEnd))
	}
	return fmt.Sprintf("%s earned of the %s cap (the stake); headroom %s; period ends %s", chain.FormatMOR(c.Earned), chain.FormatMOR(c.Stake), chain.FormatMOR(c.Left()), chain.When(c.PeriodEnd))
}

// EarningsFields are the pay figures for /mor earnings, /mor status and the scheduled report.
func EarningsFields(s *position.Earnings) []chat.Field {
	e := s.E
	claim := fmt.Sprintf("%s from %d session(s), exactly as claimForProvider computes it at block %d", chain.FormatMOR(s.Claimable), s.ClaimableCount(), e.Block)
	if s.CapCut.Sign() > 0 {
		claim += fmt.Sprintf("; the cap withholds another %s until the next period", chain.FormatMOR(s.CapCut))
	}
	if s.Short.Sign() > 0 {
		claim += fmt.Sprintf("; %s cannot be paid until the funding account is topped up", chain.FormatMOR(s.Short))
	}
	fs := []chat.Field{
		{Name: "claimable now", Value: claim},
		{Name: "earnings cap", Value: CapLine(e.Provider, e.Time)},
	}
	if s.Held.Sign() > 0 {
		fs = append(fs, chat.Field{Name: "held", Value: fmt.Sprintf("%s until %s (the part earned on the day a session was closed early)", chain.FormatMOR(s.Held), chain.When(s.HeldUntil))})
	}
	fs = append(fs,
		chat.Field{Name: "sessions", Value: fmt.Sprintf("%d active, %d ended-unclaimed, %d closed with pay left, %d claimed",
			s.Counts[pay.SessionActive], s.Counts[pay.SessionEndedUnclaimed], s.Counts[pay.SessionClosed], s.Counts[pay.SessionClaimed])},
		chat.Field{Name: "funding account", Value: fmt.Sprintf("%s holds %s and lets the Diamond pull %s (it pays every session that is not direct-payment)",
			e.FundingAccount.Hex(), chain.FormatMOR(e.FundingBalance), chain.FormatAllowance(e.FundingAllowance))})
	return fs
}

// NodeLine describes the proxy-router in one line.
func NodeLine(n *serving.Node) string {
	if n.HealthErr != "" {
		return "DOWN: " + n.HealthErr
	}
	status := n.Health.Status
	if !strings.EqualFold(status, "healthy") && len(n.Health.Components) > 0 {
		status += " (" + serving.Unhealthy(n.Health.Components) + ")"
	}
	line := fmt.Sprintf("%s, version %s, up %s", status, OrDash(n.Health.Version), OrDash(n.Health.Uptime))
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

// OrDash is s, or a dash when it is empty.
func OrDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
