//go:build !slim

package main

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/pay"
)

// devProfiles are what the dev consumer's receipts report for a model's sessions: a fast backend or
// a slow one (tokens per second ×1000, time to first token in ms). A failing backend gives no answer,
// so the provider's node signs no receipt and the consumer closes the session without one (a dispute:
// it counts against the success rate).
var devProfiles = map[string]chaintest.ReceiptStats{
	"good":    {TPS: 40_000, TTFT: 400},
	"poor":    {TPS: 6_000, TTFT: 2_500},
	"failing": {},
}

// devProfileNames are the profiles as the commands list them.
const devProfileNames = "good, poor or failing"

// devStats is the dev consumer's receipt profile per model and the dev rival provider.
type devStats struct {
	profile map[common.Hash]string // model → "good" or "poor" (default good)
	closes  int                    // receipts written so far: each varies a little from its profile
	rival   *chaintest.Account     // another provider on the dev chain, once /mor dev rival made it
}

// receipt is the next receipt's stats for a model: its profile, varied by −10 % … +10 % in turn, as
// real sessions vary. Called under d.mu.
func (d *devChain) receipt(model common.Hash) chaintest.ReceiptStats {
	p, ok := devProfiles[d.stats.profile[model]]
	if !ok {
		p = devProfiles["good"]
	}
	pct := uint32(100 + (d.stats.closes%5-2)*5)
	d.stats.closes++
	return chaintest.ReceiptStats{TPS: p.TPS * pct / 100, TTFT: p.TTFT * pct / 100}
}

// closeRunning has the dev consumer close every session it is running on the provider's bids, each
// with a receipt the provider signs carrying its model's stats. It returns one line per session.
func (d *devChain) closeRunning(ctx context.Context, oldestOnly bool) ([]string, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	e, err := d.client.Earnings(ctx, d.provider())
	if err != nil {
		return nil, err
	}
	var out []string
	for _, s := range e.Sessions {
		if s.User != d.consumer.Address || pay.State(s, e.Prices[s.BidID], e.Time) != pay.SessionActive {
			continue
		}
		model := e.Bids[s.BidID].ModelID
		st := d.receipt(model)
		var sign chaintest.MessageSigner = d.providerSign
		if st.TPS == 0 {
			sign = nil // failing: no receipt from the provider's node
		}
		if err := d.sim.CloseSessionWith(ctx, d.consumer.Key, sign, s.ID, st); err != nil {
			return out, fmt.Errorf("close session %s: %w", strings.ToLower(s.ID.Hex()), err)
		}
		out = append(out, fmt.Sprintf("session %s…: %s", strings.ToLower(s.ID.Hex())[:12], statsWords(st)))
		if oldestOnly {
			break
		}
	}
	return out, nil
}

func statsWords(st chaintest.ReceiptStats) string {
	if st.TPS == 0 {
		return "no answer, so no receipt from the provider's node: closed as a dispute, a failed session in the success rate"
	}
	return fmt.Sprintf("%s tokens/s, first token in %d ms", new(big.Rat).SetFrac64(int64(st.TPS), 1000).FloatString(1), st.TTFT)
}

func (d *devChain) closeSpec() *commands.Spec {
	return commands.NewSpec(commands.Spec{Path: []string{"dev", "close"}, Dev: true,
		Summary: "(dev only) the simulated consumer closes its running sessions with receipts the provider signs (their stats count in the consumers' rating)",
		Example: "/mor dev close"},
		func(_ *commands.Handler, ctx context.Context, c *commands.Call) (*commands.Response, error) {
			lines, err := d.closeRunning(ctx, false)
			if err != nil {
				return nil, err
			}
			if len(lines) == 0 {
				return nil, &commands.UsageError{Spec: c.Spec, Msg: "the consumer runs no session on the provider's bids; /mor dev session opens one"}
			}
			return &commands.Response{Message: chat.Message{Severity: chat.Success, Title: fmt.Sprintf("%d session(s) closed", len(lines)),
				Text: strings.Join(lines, "\n") + "\nEach receipt's stats now count in the model's rating: /mor market shows the rank, /mor status our stats."}}, nil
		})
}

func (d *devChain) statsSpec() *commands.Spec {
	return commands.NewSpec(commands.Spec{Path: []string{"dev", "stats"}, Dev: true,
		Summary: "(dev only) how the model's sessions go from now on, as the consumer's closing receipts report them: good (40 tokens/s, 400 ms to the first token), poor (6 tokens/s, 2,500 ms) or failing (no answer: closed without a receipt, a dispute)",
		Args:    []commands.Arg{{Name: "model", Help: "the team's model name or its 0x ID"}, {Name: "profile", Help: devProfileNames}},
		Example: "/mor dev stats my-model poor"},
		func(h *commands.Handler, ctx context.Context, c *commands.Call) (*commands.Response, error) {
			prof := strings.ToLower(c.Arg("profile"))
			st, ok := devProfiles[prof]
			if !ok {
				return nil, &commands.UsageError{Spec: c.Spec, Msg: fmt.Sprintf("profile: %q is not %s", c.Arg("profile"), devProfileNames)}
			}
			model, err := h.ResolveModel(ctx, c, c.Arg("model"))
			if err != nil {
				return nil, err
			}
			d.mu.Lock()
			d.stats.profile[model] = prof
			d.mu.Unlock()
			return &commands.Response{Message: chat.Message{Severity: chat.Success,
				Text: fmt.Sprintf("from now on the consumer's sessions on %s end with %s; /mor dev close closes its running sessions that way", strings.ToLower(model.Hex()), statsWords(st))}}, nil
		})
}

// rivalSpec is `/mor dev rival <model> <price> [good|poor]`: another provider bids on the model at
// the price, and three of its sessions close with receipts of the profile, so the consumers' rating
// has someone to rank us against.
func (d *devChain) rivalSpec() *commands.Spec {
	return commands.NewSpec(commands.Spec{Path: []string{"dev", "rival"}, Dev: true,
		Summary: "(dev only) another provider bids on a model at a price (MOR per second), and three of its sessions close with good or poor stats",
		Args: []commands.Arg{{Name: "model", Help: "the team's model name or its 0x ID"}, {Name: "price", Help: "MOR per second, e.g. 0.00002"},
			{Name: "profile", Help: "good (default) or poor", Optional: true}},
		Example: "/mor dev rival my-model 0.00002 good"},
		func(h *commands.Handler, ctx context.Context, c *commands.Call) (*commands.Response, error) {
			prof := strings.ToLower(c.Arg("profile"))
			if prof == "" {
				prof = "good"
			}
			st, ok := devProfiles[prof]
			if !ok || st.TPS == 0 {
				return nil, &commands.UsageError{Spec: c.Spec, Msg: fmt.Sprintf("profile: %q is not good or poor", c.Arg("profile"))}
			}
			price, err := chain.ParsePricePerSecond(c.Arg("price"))
			if err != nil {
				return nil, &commands.UsageError{Spec: c.Spec, Msg: "price: " + err.Error()}
			}
			model, err := h.ResolveModel(ctx, c, c.Arg("model"))
			if err != nil {
				return nil, err
			}
			d.mu.Lock()
			defer d.mu.Unlock()
			key := chaintest.KeySigner{Key: d.stats.rival.Key}
			snap, err := d.client.Snapshot(ctx, key.Address())
			if err != nil {
				return nil, err
			}
			var bid common.Hash
			if !snap.Provider.Active() {
				if bid, err = chaintest.NewRival(ctx, d.client, key, model, mustMOR("0.2"), price, "127.0.0.1:4444"); err != nil {
					return nil, err
				}
			} else {
				if _, err := d.client.Send(ctx, key, d.client.PostModelBidTx(key.Address(), model, price)); err != nil {
					return nil, fmt.Errorf("rival re-price: %w", err)
				}
				mk, err := d.client.Market(ctx, model)
				if err != nil {
					return nil, err
				}
				for _, b := range mk.Bids {
					if b.Provider == key.Address() {
						bid = b.ID
					}
				}
			}
			if err := d.sim.ClosedSessions(ctx, key, bid, 3, st, d.sim.Advance); err != nil {
				return nil, err
			}
			return &commands.Response{Message: chat.Message{Severity: chat.Success,
				Text: fmt.Sprintf("provider %s bids %s on %s, and three of its sessions closed at about %s; /mor market %s ranks the bids as consumers' nodes do",
					key.Address().Hex(), chain.FormatPrice(price), strings.ToLower(model.Hex()), statsWords(st), c.Arg("model"))}}, nil
		})
}
