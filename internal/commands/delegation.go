package commands

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/txexport"
	"github.com/morbotlabs/morbot/internal/view"
)

// rightUse says which commands need each right.
var rightUse = map[string]string{
	"provider":    "provider create, update and deregister",
	"model":       "model create and deregister",
	"marketplace": "bid create and delete",
	"session":     "claim",
}

// ProviderCalls are the provider wallet's transactions that let the operator run everything: one
// delegateContract per missing right, and an approve when the allowance is below approve (nil: no
// approve).
func (h *Handler) providerCalls(r *chain.Rights, allowance, approve *big.Int) []txexport.Call {
	var out []txexport.Call
	for _, n := range r.Lacking() {
		tx := h.chain.DelegateTx(r.Registry, r.Operator, n, true)
		out = append(out, txexport.Call{To: tx.To, Value: tx.Value, Data: tx.Data, ABI: chain.DelegateRegistryABI(),
			Note: fmt.Sprintf("grant the operator %s the %s right (delegation.rules.%s) on the Diamond %s", r.Operator.Hex(), n, n, h.chain.Network().Diamond.Hex())})
	}
	if approve != nil && approve.Sign() > 0 && allowance.Cmp(approve) < 0 {
		tx := h.chain.ApproveTx(approve)
		out = append(out, txexport.Call{To: tx.To, Value: tx.Value, Data: tx.Data, ABI: chain.ERC20ABI(),
			Note: fmt.Sprintf("let the Diamond %s pull up to %s of the provider's MOR (approve replaces the allowance)", h.chain.Network().Diamond.Hex(), chain.FormatMOR(approve))})
	}
	return out
}

// delegationNow is the batch's creation time (a test may pin it).
var delegationNow = time.Now

func (h *Handler) delegation(ctx context.Context, c *Call) (*Response, error) {
	var approve *big.Int
	if v, ok := c.Flag("approve"); ok {
		var err error
		if approve, err = parseMOR(c, "--approve", v); err != nil {
			return nil, err
		}
	}
	if h.signer == h.provider {
		return &Response{Message: view.Answer("Delegation", fmt.Sprintf("morbot signs as the provider wallet %s itself, so nothing is delegated. To keep that wallet cold, set signer.key to another (hot) key: /mor delegation then lists the grants and the approve the provider wallet must send.", h.provider.Hex()))}, nil
	}
	s, err := h.read.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	r := s.Rights
	if approve == nil {
		if approve, err = h.read.Reserved(ctx, false); err != nil {
			return nil, err
		}
	}
	net := h.chain.Network()
	m := view.Answer(fmt.Sprintf("Delegation: operator %s for provider %s", h.signer.Hex(), h.provider.Hex()), "")
	var held []string
	for _, n := range chain.RightNames {
		state := "missing"
		if r.Held[n] {
			state = "held"
		}
		held = append(held, fmt.Sprintf("%s (delegation.rules.%s): %s — %s", n, n, state, rightUse[n]))
	}
	m.Fields = append(m.Fields,
		chat.Field{Name: "rights on the Diamond " + net.Diamond.Hex() + " (registry " + r.Registry.Hex() + ")", Value: strings.Join(held, "\n")},
		chat.Field{Name: "provider wallet's allowance to the Diamond", Value: fmt.Sprintf("%s (stakes and bid fees are pulled from the provider wallet; only it can approve)", chain.FormatAllowance(s.Allowance)), Inline: true},
		chat.Field{Name: "operator's ETH (pays the gas)", Value: chain.FormatETH(s.SignerETH), Inline: true},
	)
	calls := h.providerCalls(r, s.Allowance, approve)
	if len(calls) == 0 {
		m.Severity = chat.Success
		m.Text = "the operator holds every right"
		if approve.Sign() > 0 {
			m.Text += fmt.Sprintf(" and the allowance covers the %s open proposals need", chain.FormatMOR(approve))
		}
		m.Text += "; nothing for the provider wallet to send"
		return &Response{Message: m}, nil
	}
	m.Severity = chat.Warning
	if _, ok := c.Flag("safe"); ok {
		b, err := txexport.SafeBatch(net.ChainID, h.provider, "morbot: set up operator "+h.signer.Hex(), delegationNow().UnixMilli(), calls)
		if err != nil {
			return nil, err
		}
		js, err := b.JSON()
		if err != nil {
			return nil, err
		}
		m.Text = fmt.Sprintf("Import this into the Safe Transaction Builder of the provider wallet %s on chain %d (save it as a .json file), check each call, then sign:\n%s", h.provider.Hex(), net.ChainID, js)
		return &Response{Message: m}, nil
	}
	m.Text = fmt.Sprintf("The provider wallet %s must send these %d transaction(s); morbot never signs them. Keep allowances tight: a delegate can stake approved MOR and spend it on bid fees.", h.provider.Hex(), len(calls))
	for i, call := range calls {
		uri, err := txexport.EIP681(net.ChainID, call)
		if err != nil {
			return nil, err
		}
		m.Fields = append(m.Fields, chat.Field{Name: fmt.Sprintf("%d. %s", i+1, call.Note), Value: txexport.Line(call) + "\nEIP-681: " + uri})
	}
	m.Footer = "/mor delegation --safe gives them as one Safe Transaction Builder batch; --approve X sets the allowance to ask for"
	return &Response{Message: m}, nil
}
