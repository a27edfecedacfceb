package chain

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// Call is what a transaction does, decoded from the exact bytes that will be signed: the contract
// it calls, the function and every argument. Approvers read this, not the command that built it.
type Call struct {
	Contract string         // "MOR token", "Diamond (marketplace)", "the signer itself", or "unknown contract"
	To       common.Address // where the transaction goes
	Function string         // e.g. "approve"; "" for a plain transfer; "unknown function 0x…" when not decodable
	Args     []CallArg
	Value    *big.Int // ETH sent with it
	Data     []byte   // the calldata, as signed
}

// CallArg is one decoded argument.
type CallArg struct {
	Name  string // from the ABI, without the trailing underscore
	Type  string // Solidity type
	Value string // for people: amounts in MOR and in wei, addresses with their role, strings quoted
}

// MOR-denominated arguments, by function and argument name: their values are shown in MOR and wei.
var morArgs = map[string]map[string]string{
	"approve":                    {"amount": "MOR"},
	"increaseAllowance":          {"addedValue": "MOR"},
	"transfer":                   {"amount": "MOR"},
	"providerRegister":           {"amount_": "MOR"},
	"modelRegister":              {"fee_": "MOR", "amount_": "MOR"},
	"postModelBid":               {"pricePerSecond_": "MOR/s"},
	"providerSetMinStake":        {"providerMinimumStake_": "MOR"},
	"modelSetMinStake":           {"modelMinimumStake_": "MOR"},
	"setMarketplaceBidFee":       {"bidFee_": "MOR"},
	"setMinMaxBidPricePerSecond": {"bidMinPricePerSecond_": "MOR/s", "bidMaxPricePerSecond_": "MOR/s"},
}

// DescribeCall decodes a transaction request against the network's contracts. labels name known
// addresses (the provider wallet, the signer) wherever they appear as the target or an argument.
func (n Network) DescribeCall(r TxRequest, labels map[common.Address]string) Call {
	c := Call{To: r.To, Value: r.value(), Data: r.Data}
	var a *abi.ABI
	switch r.To {
	case n.MOR:
		c.Contract, a = "MOR token", &erc20ABI
	case n.Diamond:
		c.Contract, a = "Diamond (marketplace)", &diamondABI
	default:
		c.Contract = "unknown contract"
		if l, ok := labels[r.To]; ok {
			c.Contract = l
		}
	}
	if len(r.Data) == 0 {
		return c // a plain transfer
	}
	if a == nil || len(r.Data) < 4 {
		c.Function = "unknown function " + hexPrefix(r.Data)
		return c
	}
	m, err := a.MethodById(r.Data[:4])
	if err != nil {
		c.Function = "unknown function " + hexPrefix(r.Data)
		return c
	}
	vals, err := m.Inputs.Unpack(r.Data[4:])
	if err != nil || len(vals) != len(m.Inputs) {
		c.Function = m.Name + " (calldata does not decode: " + hexPrefix(r.Data) + ")"
		return c
	}
	// The bytes must be exactly what packing the decoded values gives: nothing hidden after them.
	if again, err := m.Inputs.Pack(vals...); err != nil || !bytes.Equal(again, r.Data[4:]) {
		c.Function = m.Name + " (calldata is not in canonical form: " + hexPrefix(r.Data) + ")"
		return c
	}
	c.Function = m.Name
	for i, in := range m.Inputs {
		c.Args = append(c.Args, CallArg{Name: strings.TrimSuffix(in.Name, "_"), Type: in.Type.String(),
			Value: formatArg(vals[i], morArgs[m.Name][in.Name], labels)})
	}
	return c
}

func hexPrefix(b []byte) string {
	if len(b) > 4 {
		b = b[:4]
	}
	return "0x" + hex.EncodeToString(b)
}

func formatArg(v any, unit string, labels map[common.Address]string) string {
	switch x := v.(type) {
	case *big.Int:
		switch unit {
		case "MOR":
			return fmt.Sprintf("%s (%s wei)", FormatMOR(x), x)
		case "MOR/s":
			return FormatPrice(x)
		}
		return x.String()
	case common.Address:
		if l, ok := labels[x]; ok {
			return x.Hex() + " (" + l + ")"
		}
		return x.Hex()
	case [32]byte:
		return "0x" + hex.EncodeToString(x[:])
	case string:
		return strconv.Quote(x)
	case []string:
		q := make([]string, len(x))
		for i, s := range x {
			q[i] = strconv.Quote(s)
		}
		return "[" + strings.Join(q, ", ") + "]"
	case bool:
		return strconv.FormatBool(x)
	}
	return fmt.Sprint(v)
}

// String is the call on one line: contract and address, function and arguments, and any ETH sent.
func (c Call) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", c.Contract, c.To.Hex())
	if c.Function == "" {
		b.WriteString(": plain transfer, no calldata")
	} else {
		b.WriteString(" · " + c.Function + "(")
		for i, a := range c.Args {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(a.Name + " = " + a.Value)
		}
		b.WriteString(")")
	}
	if c.Value.Sign() > 0 {
		fmt.Fprintf(&b, " · sends %s (%s wei)", FormatETH(c.Value), c.Value)
	} else {
		b.WriteString(" · sends 0 ETH")
	}
	return b.String()
}
