package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The four rights a provider can delegate through the delegate.xyz v2 registry (reference §7), in the
// order morbot lists them.
var RightNames = []string{"provider", "model", "marketplace", "session"}

// RightHash is keccak256("delegation.rules.<name>"), the value of the Diamond's DELEGATION_RULES_*().
func RightHash(name string) common.Hash {
	return crypto.Keccak256Hash([]byte("delegation.rules." + name))
}

// RightFor is the right a delegate needs to send a transaction kind; "" when no right lets a delegate
// send it (approve is a call on the MOR token, which only the provider wallet can make).
func RightFor(kind Kind) string {
	switch kind {
	case KindProviderRegister, KindProviderDeregister:
		return "provider"
	case KindModelRegister, KindModelDeregister:
		return "model"
	case KindPostModelBid, KindDeleteModelBid:
		return "marketplace"
	case KindClaim:
		return "session"
	}
	return ""
}

// Rights are the grants an operator holds from a provider on this network's Diamond.
type Rights struct {
	Registry common.Address // the Diamond's getRegistry()
	Operator common.Address
	Provider common.Address
	Held     map[string]bool // by right name
}

// Lacking lists every right not held, in RightNames order.
func (r *Rights) Lacking() []string {
	var out []string
	for _, n := range RightNames {
		if !r.Held[n] {
			out = append(out, n)
		}
	}
	return out
}

// Missing lists the rights the kinds need that are not held, in RightNames order, each once.
func (r *Rights) Missing(kinds ...Kind) []string {
	need := map[string]bool{}
	for _, k := range kinds {
		if n := RightFor(k); n != "" && !r.Held[n] {
			need[n] = true
		}
	}
	var out []string
	for _, n := range RightNames {
		if need[n] {
			out = append(out, n)
		}
	}
	return out
}

var delegateABI = mustABI("abi/delegateregistry.json")

// rightsReqs read the registry address and whether operator holds each right from provider.
func (c *Client) rightsReqs(r *Rights) []callReq {
	r.Held = map[string]bool{}
	reqs := []callReq{c.diamondReq("getRegistry", func(out []byte) error {
		vals, err := diamondABI.Unpack("getRegistry", out)
		if err != nil || len(vals) != 1 {
			return fmt.Errorf("decode getRegistry: %w", errOr(err))
		}
		r.Registry, _ = vals[0].(common.Address)
		return nil
	})}
	for _, n := range RightNames {
		reqs = append(reqs, c.diamondReq("isRightsDelegated", func(out []byte) error {
			vals, err := diamondABI.Unpack("isRightsDelegated", out)
			if err != nil || len(vals) != 1 {
				return fmt.Errorf("decode isRightsDelegated: %w", errOr(err))
			}
			r.Held[n], _ = vals[0].(bool)
			return nil
		}, r.Operator, r.Provider, [32]byte(RightHash(n))))
	}
	return reqs
}

// Rights reads which rights operator holds from provider on the Diamond (one batched read).
func (c *Client) Rights(ctx context.Context, operator, provider common.Address) (*Rights, error) {
	r := &Rights{Operator: operator, Provider: provider}
	if err := c.multi(ctx, 0, c.rightsReqs(r)); err != nil {
		return nil, fmt.Errorf("rights of %s for %s: %w", operator.Hex(), provider.Hex(), err)
	}
	return r, nil
}

// DelegateTx is the provider wallet's registry call granting (or revoking) one right on this
// network's Diamond to operator: delegateContract(operator, diamond, rights, enable). morbot never
// signs it; it is shown for the provider wallet to send.
func (c *Client) DelegateTx(registry, operator common.Address, right string, enable bool) TxRequest {
	verb := "grant"
	if !enable {
		verb = "revoke"
	}
	return TxRequest{Kind: KindDelegate, To: registry, Data: pack(delegateABI, "delegateContract", operator, c.net.Diamond, [32]byte(RightHash(right)), enable), Value: new(big.Int),
		Summary: fmt.Sprintf("%s %s the %s right (delegation.rules.%s) on the Diamond %s", verb, operator.Hex(), right, right, c.net.Diamond.Hex())}
}

// DelegateRegistryABI returns the delegate.xyz v2 registry subset morbot encodes.
func DelegateRegistryABI() abi.ABI { return delegateABI }
