package chain

import (
	"bytes"
	"embed"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// The ABIs morbot speaks: the Morpheus Diamond and ERC-20 from the reference, and Multicall3.
// abi/sessions.json adds the SessionRouter functions the reference's diamond.json lacks (getSession,
// getFundingAccount, …), written from the signatures in reference §11; reference_test pins their
// selectors.
//
//go:embed abi/*.json
var abiFS embed.FS

var (
	diamondABI   = mergeABI(mustABI("abi/diamond.json"), mustABI("abi/sessions.json"))
	erc20ABI     = mustABI("abi/erc20.json")
	multicallABI = mustABI("abi/multicall3.json")
)

func mustABI(name string) abi.ABI {
	b, err := abiFS.ReadFile(name)
	if err != nil {
		panic(fmt.Sprintf("embedded ABI %s: %v", name, err))
	}
	a, err := abi.JSON(bytes.NewReader(b))
	if err != nil {
		panic(fmt.Sprintf("embedded ABI %s: %v", name, err))
	}
	return a
}

// mergeABI adds the functions of extra that base does not have.
func mergeABI(base, extra abi.ABI) abi.ABI {
	for name, m := range extra.Methods {
		if _, ok := base.Methods[name]; !ok {
			base.Methods[name] = m
		}
	}
	return base
}

// DiamondABI returns the Diamond's ABI (facet functions, events and errors).
func DiamondABI() abi.ABI { return diamondABI }

// ERC20ABI returns the MOR token's ABI.
func ERC20ABI() abi.ABI { return erc20ABI }

// pack encodes a call; the method names are constants in this package, so a failure is a bug.
func pack(a abi.ABI, method string, args ...any) []byte {
	b, err := a.Pack(method, args...)
	if err != nil {
		panic(fmt.Sprintf("pack %s: %v", method, err))
	}
	return b
}
