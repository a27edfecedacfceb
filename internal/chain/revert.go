package chain

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/redact"
)

// RevertError is a decoded revert: the error's name, its arguments and a sentence a chat user understands.
type RevertError struct {
	Name   string         // e.g. "ProviderStakeTooLow", "Error" for a revert string, "Panic", or "" when unknown
	Args   map[string]any // decoded arguments by name
	Reason string         // plain English
	Data   []byte         // the raw revert data
}

func (e *RevertError) Error() string {
	if e.Name == "" {
		return "transaction would revert: " + e.Reason
	}
	return fmt.Sprintf("transaction would revert with %s: %s", e.Name, e.Reason)
}

var (
	errorStringSelector = []byte{0x08, 0xc3, 0x79, 0xa0}
	panicSelector       = []byte{0x4e, 0x48, 0x7b, 0x71}
)

// errorsBySelector indexes every custom error of the Diamond and the ERC-20 ABIs.
var errorsBySelector = func() map[[4]byte]abi.Error {
	m := map[[4]byte]abi.Error{}
	for _, a := range []abi.ABI{diamondABI, erc20ABI} {
		for _, e := range a.Errors {
			var k [4]byte
			copy(k[:], e.ID[:4])
			m[k] = e
		}
	}
	return m
}()

// revertData extracts revert data from an RPC error (go-ethereum's rpc.DataError), if any.
func revertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, derr := hexutil.Decode(d)
		if derr != nil {
			return nil, false
		}
		return b, true
	case []byte:
		return d, true
	}
	return nil, false
}

// isRevert reports whether an RPC error is an execution revert (as opposed to a transport failure).
func isRevert(err error) bool {
	if _, ok := revertData(err); ok {
		return true
	}
	return err != nil && strings.Contains(err.Error(), "execution reverted")
}

// DecodeRevert turns revert data into a *RevertError with a plain-English reason. An unknown selector
// is kept and shown as hex, never swallowed. Revert data comes from outside (a node, or a provider in
// front of it that may echo the API key it was called with), so every text of the result is scrubbed
// of registered secrets and URLs before anything reads it.
func DecodeRevert(data []byte) *RevertError {
	rv := decodeRevert(data)
	rv.Reason = redact.Scrub(rv.Reason)
	for k, v := range rv.Args {
		if s, ok := v.(string); ok {
			rv.Args[k] = redact.Scrub(s)
		}
	}
	return rv
}

func decodeRevert(data []byte) *RevertError {
	if len(data) == 0 {
		return &RevertError{Reason: "the contract reverted without a reason (out of gas, a failed require with no message, or a call to an address with no code)"}
	}
	if len(data) < 4 {
		return &RevertError{Reason: "the contract reverted with malformed data 0x" + hex.EncodeToString(data), Data: data}
	}
	sel := data[:4]
	switch {
	case string(sel) == string(errorStringSelector):
		vals, err := abi.Arguments{{Type: mustType("string")}}.Unpack(data[4:])
		if err != nil || len(vals) != 1 {
			break
		}
		msg, _ := vals[0].(string)
		return &RevertError{Name: "Error", Args: map[string]any{"message": msg}, Reason: explainString(msg), Data: data}
	case string(sel) == string(panicSelector):
		vals, err := abi.Arguments{{Type: mustType("uint256")}}.Unpack(data[4:])
		if err != nil || len(vals) != 1 {
			break
		}
		code, _ := vals[0].(*big.Int)
		return &RevertError{Name: "Panic", Args: map[string]any{"code": code}, Reason: explainPanic(code), Data: data}
	}
	var k [4]byte
	copy(k[:], sel)
	if e, ok := errorsBySelector[k]; ok {
		args := map[string]any{}
		if vals, err := e.Inputs.Unpack(data[4:]); err == nil {
			for i, in := range e.Inputs {
				args[in.Name] = vals[i]
			}
		}
		return &RevertError{Name: e.Name, Args: args, Reason: explainCustom(e.Name, args), Data: data}
	}
	return &RevertError{Reason: fmt.Sprintf("the contract reverted with an error morbot does not know (selector 0x%x, data 0x%x)", sel, data), Data: data}
}

func mustType(t string) abi.Type {
	ty, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return ty
}

func argBig(args map[string]any, name string) *big.Int {
	if v, ok := args[name].(*big.Int); ok {
		return v
	}
	return new(big.Int)
}

func argAddr(args map[string]any, name string) string {
	if v, ok := args[name].(common.Address); ok {
		return v.Hex()
	}
	return "?"
}

// explainCustom gives the reference's plain-English meaning of each custom error.
func explainCustom(name string, args map[string]any) string {
	switch name {
	case "ProviderStakeTooLow":
		amt, min := argBig(args, "amount"), argBig(args, "minAmount")
		short := new(big.Int).Sub(min, amt)
		return fmt.Sprintf("your provider stake would be %s but the minimum is %s; add at least %s", FormatMOR(amt), FormatMOR(min), FormatMOR(short))
	case "ModelStakeTooLow":
		return fmt.Sprintf("the model stake would be %s; the minimum is %s", FormatMOR(argBig(args, "amount")), FormatMOR(argBig(args, "minAmount")))
	case "MarketplaceBidPricePerSecondInvalid":
		return "that price is outside the allowed range of the marketplace (check /mor minimums for the live bounds)"
	case "MarketplaceProviderNotFound":
		return "this wallet is not an active provider; register it first"
	case "MarketplaceModelNotFound":
		return "that model ID is not active on-chain; did you use the derived model ID, or is the model deregistered?"
	case "MarketplaceActiveBidNotFound":
		return "that bid is already deleted or replaced"
	case "InsufficientRightsForOperation":
		return fmt.Sprintf("%s may not act for %s; use the provider wallet or add a delegate.xyz grant (this also happens for an unknown bid or model ID, whose owner reads as 0x0)", argAddr(args, "delegatee"), argAddr(args, "delegator"))
	case "ProviderHasActiveBids":
		return "delete all your active bids before deregistering the provider"
	case "ProviderNotFound":
		return "no provider is registered for this wallet"
	case "ProviderHasAlreadyDeregistered":
		return "this provider is already deregistered"
	case "ModelHasActiveBids":
		return "the model still has active bids, possibly from other providers"
	case "ModelHasAlreadyDeregistered":
		return "this model is already deregistered"
	case "ModelNotFound":
		return "that model does not exist"
	case "OwnableUnauthorizedAccount":
		return "only the marketplace owner can do that"
	case "MarketplaceBidMinPricePerSecondIsZero":
		return "the minimum price per second cannot be zero"
	case "MarketplaceBidMinPricePerSecondIsInvalid":
		return "the minimum price per second is above the maximum"
	case "MarketplaceFeeAmountIsZero":
		return "there are no collected bid fees to withdraw"
	case "ERC20InsufficientAllowance":
		return fmt.Sprintf("the Diamond is not approved for enough MOR: allowance %s, needed %s; approve at least %s from the provider wallet", FormatMOR(argBig(args, "allowance")), FormatMOR(argBig(args, "needed")), FormatMOR(argBig(args, "needed")))
	case "ERC20InsufficientBalance":
		return fmt.Sprintf("the provider wallet does not hold enough MOR: balance %s, needed %s", FormatMOR(argBig(args, "balance")), FormatMOR(argBig(args, "needed")))
	case "ERC20InvalidSpender", "ERC20InvalidApprover", "ERC20InvalidSender", "ERC20InvalidReceiver":
		return "bad address in the request"
	}
	if strings.HasPrefix(name, "Session") || strings.HasPrefix(name, "Sesssion") {
		return "a session rule of the marketplace refused the call (" + name + ")"
	}
	return "the marketplace refused the call (" + name + ")"
}

func explainString(msg string) string {
	switch {
	case strings.Contains(msg, "insufficient allowance"):
		return "the Diamond is not approved for enough MOR; approve more MOR from the provider wallet (" + msg + ")"
	case strings.Contains(msg, "transfer amount exceeds balance"):
		return "the provider wallet does not hold enough MOR (" + msg + ")"
	case strings.Contains(msg, "zero address"):
		return "bad address in the request (" + msg + ")"
	case strings.Contains(msg, "SafeERC20") || strings.Contains(msg, "call to non-contract"):
		return "the token call failed; check the MOR address and getToken() (" + msg + ")"
	case strings.Contains(msg, "selector is not registered"):
		return "this contract does not have that function: wrong network, wrong address, or an upgrade? (" + msg + ")"
	}
	return "the contract said: " + msg
}

func explainPanic(code *big.Int) string {
	switch code.Uint64() {
	case 0x11:
		return "arithmetic underflow or overflow (for example, nothing claimable yet)"
	case 0x12:
		return "division by zero"
	case 0x32:
		return "array index out of bounds"
	case 0x01:
		return "an internal assertion failed"
	}
	return fmt.Sprintf("the contract panicked with code 0x%x", code)
}

// revertFrom converts an RPC error into a *RevertError when it is a revert, else returns nil.
func revertFrom(err error) *RevertError {
	if data, ok := revertData(err); ok {
		return DecodeRevert(data)
	}
	if err != nil && strings.Contains(err.Error(), "execution reverted") {
		return &RevertError{Reason: "the contract reverted: " + err.Error()}
	}
	return nil
}

// inContext rewords a revert for the kind of call that hit it. For a claim, an ERC-20 balance or
// allowance failure is the marketplace funding account's, not the provider wallet's, and an
// arithmetic underflow is the held part of a closed session exceeding what is left.
func inContext(rv *RevertError, kind Kind) *RevertError {
	if rv == nil || kind != KindClaim {
		return rv
	}
	msg, _ := rv.Args["message"].(string)
	switch {
	case rv.Name == "Panic":
		rv.Reason = "part of this session's pay is held until the UTC day after it was closed, and the hold is larger than what is left to claim; claim it after that day (" + rv.Reason + ")"
	case rv.Name == "ERC20InsufficientBalance" || rv.Name == "ERC20InsufficientAllowance" ||
		(rv.Name == "Error" && (strings.Contains(msg, "insufficient allowance") || strings.Contains(msg, "exceeds balance"))):
		rv.Reason = "the marketplace's funding account cannot pay this claim: its MOR balance or its allowance to the Diamond is too low (only the marketplace operators can top it up; direct-payment sessions are not affected)"
		if msg != "" {
			rv.Reason += " (" + msg + ")"
		}
	}
	return rv
}
