package chain

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Network names the contracts and explorer of one chain. Built-in networks carry the published
// addresses (see the Morpheus reference); a custom network is given whole in configuration.
type Network struct {
	Name       string
	ChainID    uint64
	Diamond    common.Address
	MOR        common.Address
	Multicall3 common.Address // zero when the network has none: reads fall back to plain calls
	ExplorerTx string         // URL template with {hash}
	// Discovery is the base URL of the network's discovery feed (active_models.json and
	// active_bids.json), "" when the network has none.
	Discovery string
}

// TxURL returns the explorer link of a transaction, or "" when no explorer is configured.
func (n Network) TxURL(hash common.Hash) string {
	if n.ExplorerTx == "" {
		return ""
	}
	return strings.ReplaceAll(n.ExplorerTx, "{hash}", hash.Hex())
}

// HasMulticall reports whether batched reads through Multicall3 are available.
func (n Network) HasMulticall() bool { return n.Multicall3 != (common.Address{}) }

var multicall3 = common.HexToAddress("0xcA11bde05977b3631167028862bE2a173976CA11")

var builtin = map[string]Network{
	"base": {Name: "base", ChainID: 8453,
		Diamond: common.HexToAddress("0x6aBE1d282f72B474E54527D93b979A4f64d3030a"), MOR: common.HexToAddress("0x7431aDa8a591C955a994a21710752EF9b882b8e3"),
		Multicall3: multicall3, ExplorerTx: "https://basescan.org/tx/{hash}", Discovery: "https://active.mor.org"},
	"base-sepolia": {Name: "base-sepolia", ChainID: 84532,
		Diamond: common.HexToAddress("0x6e4d0B775E3C3b02683A6F277Ac80240C4aFF930"), MOR: common.HexToAddress("0x5C80Ddd187054E1E4aBBfFCD750498e81d34FfA3"),
		Multicall3: multicall3, ExplorerTx: "https://sepolia.basescan.org/tx/{hash}"},
	"arbitrum": {Name: "arbitrum", ChainID: 42161,
		Diamond: common.HexToAddress("0xDE819AaEE474626E3f34Ef0263373357e5a6C71b"), MOR: common.HexToAddress("0x092bAaDB7DEf4C3981454dD9c0A0D7FF07bCFc86"),
		Multicall3: multicall3, ExplorerTx: "https://arbiscan.io/tx/{hash}"},
	"arbitrum-sepolia": {Name: "arbitrum-sepolia", ChainID: 421614,
		Diamond: common.HexToAddress("0xb8C55cD613af947E73E262F0d3C54b7211Af16CF"), MOR: common.HexToAddress("0x34a285a1b1c166420df5b6630132542923b5b27e"),
		Multicall3: multicall3, ExplorerTx: "https://sepolia.arbiscan.io/tx/{hash}"},
}

// BuiltinNetwork returns the published parameters of a built-in network.
func BuiltinNetwork(name string) (Network, error) {
	n, ok := builtin[name]
	if !ok {
		return Network{}, fmt.Errorf("unknown network %q; built-in networks are %s, or use custom", name, strings.Join(BuiltinNetworkNames(), ", "))
	}
	return n, nil
}

// BuiltinNetworkNames lists the built-in network names in order.
func BuiltinNetworkNames() []string {
	names := make([]string, 0, len(builtin))
	for k := range builtin {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}
