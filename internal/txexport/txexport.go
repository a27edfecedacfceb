// Package txexport writes unsigned transactions for another wallet to send: as to/value/data, as
// EIP-681 payment-request URIs, and as a Safe Transaction Builder batch file (the JSON the Safe
// "Transaction Builder" app imports), so a provider wallet — a hardware wallet or a multisig — can
// send what morbot may not sign itself.
package txexport

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"net/url"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Call is one unsigned transaction.
type Call struct {
	To    common.Address
	Value *big.Int // nil: 0
	Data  []byte
	ABI   abi.ABI // decodes Data (its method is found by selector)
	Note  string  // what it does, in words
}

func (c Call) value() *big.Int {
	if c.Value == nil {
		return new(big.Int)
	}
	return c.Value
}

// method finds the call's method and its decoded arguments.
func (c Call) method() (*abi.Method, []any, error) {
	if len(c.Data) < 4 {
		return nil, nil, fmt.Errorf("call data of %d bytes has no selector", len(c.Data))
	}
	m, err := c.ABI.MethodById(c.Data[:4])
	if err != nil {
		return nil, nil, err
	}
	args, err := m.Inputs.Unpack(c.Data[4:])
	if err != nil {
		return nil, nil, fmt.Errorf("decode %s: %w", m.Name, err)
	}
	return m, args, nil
}

// formatArg prints an ABI value the way EIP-681 and the Safe builder expect it.
func formatArg(t abi.Type, v any) (string, error) {
	switch t.T {
	case abi.AddressTy:
		a, ok := v.(common.Address)
		if !ok {
			return "", fmt.Errorf("address argument is %T", v)
		}
		return a.Hex(), nil
	case abi.FixedBytesTy:
		b, ok := v.([32]byte)
		if !ok || t.Size != 32 {
			return "", fmt.Errorf("only bytes32 is supported, got %s", t.String())
		}
		return common.Hash(b).Hex(), nil
	case abi.BoolTy:
		b, ok := v.(bool)
		if !ok {
			return "", fmt.Errorf("bool argument is %T", v)
		}
		return fmt.Sprint(b), nil
	case abi.UintTy, abi.IntTy:
		n, ok := v.(*big.Int)
		if !ok {
			return "", fmt.Errorf("integer argument is %T", v)
		}
		return n.String(), nil
	}
	return "", fmt.Errorf("argument type %s is not supported", t.String())
}

// EIP681 is the call as an EIP-681 URI: ethereum:<to>@<chain>/<function>?<type>=<value>&…
func EIP681(chainID uint64, c Call) (string, error) {
	m, args, err := c.method()
	if err != nil {
		return "", err
	}
	var q []string
	if c.value().Sign() > 0 {
		q = append(q, "value="+c.value().String())
	}
	for i, in := range m.Inputs {
		s, err := formatArg(in.Type, args[i])
		if err != nil {
			return "", fmt.Errorf("%s %s: %w", m.Name, in.Name, err)
		}
		q = append(q, url.QueryEscape(in.Type.String())+"="+url.QueryEscape(s))
	}
	return fmt.Sprintf("ethereum:%s@%d/%s?%s", c.To.Hex(), chainID, m.Name, strings.Join(q, "&")), nil
}

// Line is the call as to/value/data, for any wallet that takes raw call data.
func Line(c Call) string {
	return fmt.Sprintf("to %s · value %s · data 0x%x", c.To.Hex(), c.value(), c.Data)
}

// Batch is a Safe Transaction Builder batch file.
type Batch struct {
	Version      string        `json:"version"`
	ChainID      string        `json:"chainId"`
	CreatedAt    int64         `json:"createdAt"`
	Meta         BatchMeta     `json:"meta"`
	Transactions []BatchTxJSON `json:"transactions"`
}

// BatchMeta is the batch's header; Checksum lets the app tell an edited file.
type BatchMeta struct {
	Name                    string `json:"name"`
	Description             string `json:"description"`
	TxBuilderVersion        string `json:"txBuilderVersion"`
	CreatedFromSafeAddress  string `json:"createdFromSafeAddress"`
	CreatedFromOwnerAddress string `json:"createdFromOwnerAddress"`
	Checksum                string `json:"checksum,omitempty"`
}

// BatchTxJSON is one transaction of a batch, given by its exact call data.
type BatchTxJSON struct {
	To    string `json:"to"`
	Value string `json:"value"`
	Data  string `json:"data"`
}

// SafeBatch builds the batch for the Safe at safe (or any wallet the app is opened for) on chainID,
// created at createdAtMillis (Unix milliseconds), with its checksum.
func SafeBatch(chainID uint64, safe common.Address, name string, createdAtMillis int64, calls []Call) (*Batch, error) {
	b := &Batch{Version: "1.0", ChainID: fmt.Sprint(chainID), CreatedAt: createdAtMillis,
		Meta: BatchMeta{Name: name, TxBuilderVersion: "1.18.0", CreatedFromSafeAddress: safe.Hex()}}
	var desc []string
	for i, c := range calls {
		m, _, err := c.method()
		if err != nil {
			return nil, fmt.Errorf("transaction %d: %w", i+1, err)
		}
		b.Transactions = append(b.Transactions, BatchTxJSON{To: c.To.Hex(), Value: c.value().String(), Data: fmt.Sprintf("0x%x", c.Data)})
		note := c.Note
		if note == "" {
			note = m.Sig
		}
		desc = append(desc, fmt.Sprintf("%d. %s", i+1, note))
	}
	b.Meta.Description = strings.Join(desc, "; ")
	sum, err := Checksum(b)
	if err != nil {
		return nil, err
	}
	b.Meta.Checksum = sum
	return b, nil
}

// JSON is the batch as the file the Safe app imports (compact).
func (b *Batch) JSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// Checksum is the Safe Transaction Builder's batch checksum: keccak256 of a canonical serialization
// (object keys sorted, each object written as the JSON array of its keys followed by each value and
// a comma) of the batch with meta.name set to null and without meta.checksum.
func Checksum(b *Batch) (string, error) {
	raw, err := json.Marshal(b)
	if err != nil {
		return "", err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v map[string]any
	if err := dec.Decode(&v); err != nil {
		return "", err
	}
	meta, _ := v["meta"].(map[string]any)
	if meta == nil {
		return "", fmt.Errorf("batch without meta")
	}
	delete(meta, "checksum")
	meta["name"] = nil
	var sb strings.Builder
	if err := canonical(&sb, v); err != nil {
		return "", err
	}
	return crypto.Keccak256Hash([]byte(sb.String())).Hex(), nil
}

func canonical(sb *strings.Builder, v any) error {
	switch x := v.(type) {
	case []any:
		sb.WriteByte('[')
		for i, el := range x {
			if i > 0 {
				sb.WriteByte(',')
			}
			if err := canonical(sb, el); err != nil {
				return err
			}
		}
		sb.WriteByte(']')
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteByte('{')
		if err := jsonValue(sb, keys); err != nil {
			return err
		}
		for _, k := range keys {
			if err := canonical(sb, x[k]); err != nil {
				return err
			}
			sb.WriteByte(',')
		}
		sb.WriteByte('}')
	default:
		return jsonValue(sb, x)
	}
	return nil
}

func jsonValue(sb *strings.Builder, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	sb.Write(bytes.TrimRight(buf.Bytes(), "\n"))
	return nil
}
