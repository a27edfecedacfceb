package alerts

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/position"
)

// Rule raises the alerts of one condition of the team's position. IDs are the alert IDs it can
// raise as the README's alert table names them (a trailing "…" stands for the model, bid or step).
type Rule struct {
	IDs  []string
	Eval func(ctx context.Context, r *Alerter, pos *position.Position) ([]Alert, error)
}

// Rules are the conditions every check evaluates, in the order their alerts are posted. A new alert
// is one function and one entry here (and its README row).
var Rules = []Rule{
	{IDs: []string{"provider-stake-below-min"}, Eval: providerStakeBelowMin},
	{IDs: []string{"model-stake-below-min-…"}, Eval: modelStakeBelowMin},
	{IDs: []string{"bid-price-out-of-range-…"}, Eval: bidPriceOutOfRange},
	{IDs: []string{"bid-missing-…"}, Eval: missingBids},
	{IDs: []string{"tx-stuck-p…-s…"}, Eval: stuckTxs},
	{IDs: []string{"eth-low"}, Eval: ethLow},
	{IDs: []string{"allowance-short"}, Eval: allowanceShort},
	{IDs: []string{"earnings-near-cap"}, Eval: earningsNearCap},
	{IDs: []string{"claimable-waiting"}, Eval: claimableWaiting},
	{IDs: []string{"funding-short"}, Eval: fundingShort},
	{IDs: []string{"sessions-ended-unclaimed"}, Eval: sessionsEndedUnclaimed},
	{IDs: []string{"proxy-down", "proxy-degraded", "proxy-restart-loop"}, Eval: proxyNode},
	{IDs: []string{"bid-without-config-…", "config-without-bid-…", "config-invalid-…", "backend-down-…", "backend-billing-…", "backend-rate-limited-…",
		"attestation-failed-…", "attestation-stale-…", "tee-unsupported-…"}, Eval: servingModels},
	{IDs: []string{"undiscovered-…", "network-unhealthy-…"}, Eval: networkBids},
	{IDs: []string{"rank-dropped-…"}, Eval: rankDropped},
	{IDs: []string{"probe-failed-…"}, Eval: probeFailed},
}

// Event kinds: one-shot notifications found in the Diamond's events (and the getters' backstop).
const (
	KindMinimumChanged = "minimum-changed"
	KindDiamondCut     = "diamond-cut"
)

// EventKinds are the kinds of one-shot notifications, as the README's alert table names them.
var EventKinds = []string{KindMinimumChanged, KindDiamondCut}

// conditions are the alerts that fire while the team's position is wrong: every rule, in order.
func (r *Alerter) conditions(ctx context.Context, pos *position.Position) ([]Alert, error) {
	var out []Alert
	for _, rule := range Rules {
		as, err := rule.Eval(ctx, r, pos)
		if err != nil {
			return nil, err
		}
		out = append(out, as...)
	}
	return out, nil
}

func short(h common.Hash) string { return strings.ToLower(h.Hex())[:12] }

func providerStakeBelowMin(_ context.Context, _ *Alerter, pos *position.Position) ([]Alert, error) {
	snap := pos.Snapshot
	m, p := snap.Minimums, snap.Provider
	if !p.Active() || p.Stake.Cmp(m.ProviderStake) >= 0 {
		return nil, nil
	}
	add := new(big.Int).Sub(m.ProviderStake, p.Stake)
	return []Alert{{ID: "provider-stake-below-min", Kind: "position", Severity: chat.Error, Title: "Provider stake below the minimum",
		Text: fmt.Sprintf("Your stake %s is below the minimum %s (block %d): any provider update reverts until you add at least %s.", chain.FormatMOR(p.Stake), chain.FormatMOR(m.ProviderStake), snap.Block, chain.FormatMOR(add)),
		Fix:  "/mor provider update --add-stake " + add.String() + "wei"}}, nil
}

func modelStakeBelowMin(_ context.Context, r *Alerter, pos *position.Position) ([]Alert, error) {
	snap := pos.Snapshot
	m := snap.Minimums
	var out []Alert
	for _, md := range snap.Models {
		if md.Active() && md.Owner == r.provider && md.Stake.Cmp(m.ModelStake) < 0 {
			out = append(out, Alert{ID: "model-stake-below-min-" + short(md.ID), Kind: "position", Severity: chat.Warning, Title: fmt.Sprintf("Model %q (%s) stake below the minimum", md.Name, strings.ToLower(md.ID.Hex())),
				Text: fmt.Sprintf("Model %s has %s staked, below the minimum %s (block %d): updating it reverts until it is topped up.", strings.ToLower(md.ID.Hex()), chain.FormatMOR(md.Stake), chain.FormatMOR(m.ModelStake), snap.Block)})
		}
	}
	return out, nil
}

func bidPriceOutOfRange(_ context.Context, _ *Alerter, pos *position.Position) ([]Alert, error) {
	snap := pos.Snapshot
	m := snap.Minimums
	var out []Alert
	for _, b := range snap.ActiveBids {
		if m.PriceInRange(b.PricePerSecond) {
			continue
		}
		target := new(big.Int).Set(b.PricePerSecond)
		if target.Cmp(m.MinPricePerSecond) < 0 {
			target.Set(m.MinPricePerSecond)
		} else {
			target.Set(m.MaxPricePerSecond)
		}
		out = append(out, Alert{ID: "bid-price-out-of-range-" + short(b.ModelID), Kind: "position", Severity: chat.Warning, Title: "Bid price outside the allowed range",
			Text: fmt.Sprintf("Bid %s prices %s, outside %s … %s (block %d). It stays active, but a re-post must fit the range.", b.ID.Hex(), chain.FormatPrice(b.PricePerSecond), chain.FormatPrice(m.MinPricePerSecond), chain.FormatPrice(m.MaxPricePerSecond), snap.Block),
			Fix:  fmt.Sprintf("/mor bid create %s %swei", strings.ToLower(b.ModelID.Hex()), target)})
	}
	return out, nil
}

// ethLow watches the signer, who pays the gas: the provider wallet itself, or in operator mode the
// operator key.
func ethLow(_ context.Context, r *Alerter, pos *position.Position) ([]Alert, error) {
	snap := pos.Snapshot
	if snap.SignerETH == nil || snap.SignerETH.Cmp(r.o.MinETH) >= 0 {
		return nil, nil
	}
	who := "The provider wallet " + snap.Signer.Hex()
	if snap.Operator() {
		who = "The operator key " + snap.Signer.Hex() + ", which signs and pays the gas,"
	}
	return []Alert{{ID: "eth-low", Kind: "funds", Severity: chat.Warning, Title: "Little ETH left for gas",
		Text: fmt.Sprintf("%s holds %s, below the %s threshold; transactions will fail without gas.", who, chain.FormatETH(snap.SignerETH), chain.FormatETH(r.o.MinETH))}}, nil
}

func allowanceShort(ctx context.Context, r *Alerter, pos *position.Position) ([]Alert, error) {
	need, err := r.o.Domain.Read.Reserved(ctx, true)
	if err != nil {
		return nil, err
	}
	if need.Cmp(pos.Snapshot.Allowance) <= 0 {
		return nil, nil
	}
	return []Alert{{ID: "allowance-short", Kind: "funds", Severity: chat.Warning, Title: "MOR allowance below what open proposals need",
		Text: fmt.Sprintf("Open proposals without their own approve step need %s, but the Diamond may pull only %s.", chain.FormatMOR(need), chain.FormatAllowance(pos.Snapshot.Allowance)),
		Fix:  "/mor approve auto"}}, nil
}
