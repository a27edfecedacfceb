package commands

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/pay"
	"github.com/morbotlabs/morbot/internal/plans"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/view"
)

// sessionListMax is how many sessions /mor sessions lists (the newest first).
const sessionListMax = 20

func (h *Handler) earningsSummary(ctx context.Context) (*position.Earnings, error) {
	return h.read.Earnings(ctx)
}

func (h *Handler) earnings(ctx context.Context, _ *Call) (*Response, error) {
	s, err := h.earningsSummary(ctx)
	if err != nil {
		return nil, err
	}
	m := view.Facts("Earnings of provider "+h.provider.Hex(), view.EarningsFields(s), "")
	if s.E.Count() == 0 {
		m.Text = "no sessions yet: consumers open sessions on the provider's active bids"
		return &Response{Message: m}, nil
	}
	type group struct {
		name     string
		counts   map[string]int
		due      *big.Int
		paid     *big.Int
		firstEnd uint64      // the oldest end among its sessions: groups are listed in that order
		firstID  common.Hash // and that session's ID
	}
	groups := map[common.Hash]*group{}
	var order []common.Hash
	get := func(bid common.Hash, end uint64, first common.Hash) *group {
		g, ok := groups[bid]
		if !ok {
			name := "bid " + shortHash(bid)
			if b, ok := s.E.Bids[bid]; ok {
				if n := h.modelName(ctx, b.ModelID, ""); n != "" {
					name = fmt.Sprintf("%s, bid %s", n, shortHash(bid))
				} else {
					name = fmt.Sprintf("model %s, bid %s", shortHash(b.ModelID), shortHash(bid))
				}
			}
			g = &group{name: name, counts: map[string]int{}, due: new(big.Int), paid: new(big.Int), firstEnd: end, firstID: first}
			groups[bid] = g
			order = append(order, bid)
		} else if end < g.firstEnd || (end == g.firstEnd && bytes.Compare(first[:], g.firstID[:]) < 0) {
			g.firstEnd, g.firstID = end, first
		}
		return g
	}
	// The settled part comes as running totals per bid (all claimed), the rest session by session.
	for bid, t := range s.E.Settled.ByBid {
		g := get(bid, t.FirstEnd, t.FirstID)
		g.counts[pay.SessionClaimed] += t.Count
		g.paid.Add(g.paid, t.Paid)
	}
	for _, sess := range s.E.Sessions {
		g := get(sess.BidID, sess.End(), sess.ID)
		g.counts[s.States[sess.ID]]++
		if est, ok := s.Estimates[sess.ID]; ok {
			g.due.Add(g.due, est.Pays)
		}
		g.paid.Add(g.paid, sess.ProviderWithdrawn)
	}
	slices.SortFunc(order, func(a, b common.Hash) int {
		x, y := groups[a], groups[b]
		if x.firstEnd != y.firstEnd {
			return cmp.Compare(x.firstEnd, y.firstEnd)
		}
		return bytes.Compare(x.firstID[:], y.firstID[:])
	})
	var lines []string
	for _, id := range order {
		g := groups[id]
		lines = append(lines, fmt.Sprintf("%s — %d active, %d ended-unclaimed, %d closed, %d claimed; paid %s, claimable now %s",
			g.name, g.counts[pay.SessionActive], g.counts[pay.SessionEndedUnclaimed], g.counts[pay.SessionClosed], g.counts[pay.SessionClaimed],
			chain.FormatMOR(g.paid), chain.FormatMOR(g.due)))
	}
	m.Fields = append(m.Fields, chat.Field{Name: "by model and bid", Value: strings.Join(lines, "\n")})
	if s.Claimable.Sign() > 0 {
		m.Footer = "/mor claim proposes the claims; /mor sessions claimable lists them"
	}
	return &Response{Message: m}, nil
}

func shortHash(h common.Hash) string {
	x := strings.ToLower(h.Hex())
	return x[:10] + "…" + x[len(x)-4:]
}

func (h *Handler) sessions(ctx context.Context, c *Call) (*Response, error) {
	filter := strings.ToLower(c.Arg("filter"))
	if filter != "" && filter != "active" && filter != "claimable" {
		return nil, &UsageError{Spec: c.Spec, Msg: fmt.Sprintf("filter: %q is not one of active, claimable (or leave it out for every session)", c.Arg("filter"))}
	}
	s, err := h.earningsSummary(ctx)
	if err != nil {
		return nil, err
	}
	var lines []string
	total := 0
	if filter == "" {
		// Settled sessions (from the index) are listed too, merged by end, newest first; they count
		// without being walked.
		total = s.E.Settled.Count
	}
	settled := s.E.Settled.Sessions
	j := len(settled) - 1
	for i := len(s.E.Sessions) - 1; i >= 0 || (filter == "" && j >= 0 && len(lines) < sessionListMax); { // newest end first
		if filter == "" && j >= 0 && len(lines) < sessionListMax && (i < 0 || s.E.Sessions[i].End() < settled[j].End() ||
			(s.E.Sessions[i].End() == settled[j].End() && bytes.Compare(s.E.Sessions[i].ID[:], settled[j].ID[:]) < 0)) {
			sess := settled[j]
			lines = append(lines, sessionLine(sess, pay.ClaimEstimate{Session: sess, Price: s.E.Prices[sess.BidID], Outcome: pay.ClaimNothingDue}, pay.SessionClaimed, s.E.Time))
			j--
			continue
		}
		if i < 0 {
			break
		}
		sess := s.E.Sessions[i]
		i--
		est := s.Estimates[sess.ID]
		st := s.States[sess.ID]
		switch {
		case filter == "active" && st != pay.SessionActive:
			continue
		case filter == "claimable" && est.Outcome != pay.ClaimPays:
			continue
		}
		total++
		if len(lines) >= sessionListMax {
			continue
		}
		lines = append(lines, sessionLine(sess, est, st, s.E.Time))
	}
	title := "Sessions of provider " + h.provider.Hex()
	if filter != "" {
		title = fmt.Sprintf("%s sessions of provider %s", strings.ToUpper(filter[:1])+filter[1:], h.provider.Hex())
	}
	m := view.Facts(title, nil, fmt.Sprintf("read at block %d (%s)", s.E.Block, chain.When(s.E.Time)))
	switch {
	case total == 0 && filter != "":
		m.Text = "none"
	case total == 0:
		m.Text = "no sessions yet: consumers open sessions on the provider's active bids"
	default:
		m.Text = strings.Join(lines, "\n")
		if total > len(lines) {
			m.Text += fmt.Sprintf("\n… and %d more", total-len(lines))
		}
	}
	return &Response{Message: m}, nil
}

func sessionLine(s chain.Session, est pay.ClaimEstimate, state string, now uint64) string {
	line := fmt.Sprintf("%s — %s; consumer %s; opened %s, ", strings.ToLower(s.ID.Hex()), state, s.User.Hex(), chain.When(s.OpenedAt))
	if s.Closed() {
		line += "closed " + chain.When(s.ClosedAt)
		if s.Disputed() {
			line += " (disputed)"
		}
	} else if now < s.EndsAt {
		line += "ends " + chain.When(s.EndsAt)
	} else {
		line += "ended " + chain.When(s.EndsAt)
	}
	if s.Direct {
		line += "; direct payment"
	}
	line += fmt.Sprintf("; earns %s in all, paid %s", chain.FormatMOR(pay.Total(s, est.Price)), chain.FormatMOR(s.ProviderWithdrawn))
	switch est.Outcome {
	case pay.ClaimPays:
		line += "; claimable now " + chain.FormatMOR(est.Pays)
		if cut := est.CapCut(); cut.Sign() > 0 {
			line += fmt.Sprintf(" (the cap withholds %s)", chain.FormatMOR(cut))
		}
	case pay.ClaimHeld:
		line += fmt.Sprintf("; %s held until %s", chain.FormatMOR(position.MinBig(est.OnHold, est.Rewards)), chain.When(est.HeldUntil))
	case pay.ClaimCapped:
		line += fmt.Sprintf("; %s waits for the next cap period", chain.FormatMOR(est.Due))
	case pay.ClaimFundingShort:
		line += fmt.Sprintf("; %s due but the funding account cannot pay it", chain.FormatMOR(est.Due))
	}
	return line
}

var sessionIDRe = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)

// maxClaimSessions bounds the session IDs one /mor claim names.
const maxClaimSessions = 50

func (h *Handler) claim(ctx context.Context, c *Call) (*Response, error) {
	req := plans.ClaimRequest{ModelName: func(id common.Hash) string { return h.modelName(ctx, id, "") }}
	arg := strings.TrimSpace(c.Arg("sessions"))
	if arg != "" && !strings.EqualFold(arg, "all") {
		words := strings.FieldsFunc(arg, func(r rune) bool { return r == ' ' || r == ',' })
		if len(words) > maxClaimSessions {
			return nil, &UsageError{Spec: c.Spec, Msg: fmt.Sprintf("%d session IDs given; at most %d at a time (or use all)", len(words), maxClaimSessions)}
		}
		seen := map[common.Hash]bool{}
		for _, w := range words {
			if !sessionIDRe.MatchString(w) {
				return nil, &UsageError{Spec: c.Spec, Msg: fmt.Sprintf("sessions: %q is not a session ID; give all, or session IDs as 0x + 64 hex digits (see /mor sessions claimable)", w)}
			}
			id := common.HexToHash(w)
			if !seen[id] {
				seen[id] = true
				req.Sessions = append(req.Sessions, id)
			}
		}
	}
	cp, p, err := h.plans.ProposeClaims(ctx, &c.User, req)
	if err != nil {
		return nil, err
	}
	skipped := skipLines(cp.Skipped)
	if p == nil {
		msg := "nothing to claim now"
		if len(skipped) == 0 && req.Sessions == nil {
			msg += fmt.Sprintf(": no session has pay left that can be claimed at block %d (see /mor earnings)", cp.Earnings.Block)
		}
		m := view.Refused(view.TitleNotProposed, msg)
		if len(skipped) > 0 {
			m.Fields = []chat.Field{{Name: "left out", Value: strings.Join(skipped, "\n")}}
		}
		return &Response{Message: m}, nil
	}
	m := h.Render(p)
	if len(skipped) > 0 {
		m.Fields = append(m.Fields, chat.Field{Name: "left out of this claim", Value: strings.Join(skipped, "\n")})
	}
	return &Response{Message: m, ProposalID: p.ID}, nil
}

func skipLines(ss []plans.Skip) []string {
	var out []string
	for i, s := range ss {
		if i == 10 {
			out = append(out, fmt.Sprintf("… and %d more", len(ss)-10))
			break
		}
		out = append(out, strings.ToLower(s.Session.Hex())+": "+s.Reason)
	}
	return out
}
