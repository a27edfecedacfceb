package txexport

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var (
	registry = common.HexToAddress("0x00000000000000447e69651d841bD8D104Bed493")
	diamond  = common.HexToAddress("0x6aBE1d282f72B474E54527D93b979A4f64d3030a")
	mor      = common.HexToAddress("0x7431aDa8a591C955a994a21710752EF9b882b8e3")
	operator = common.HexToAddress("0x1111111111111111111111111111111111111111")
	provider = common.HexToAddress("0x2222222222222222222222222222222222222222")
)

func calls(t *testing.T) []Call {
	t.Helper()
	reg, erc := chain.DelegateRegistryABI(), chain.ERC20ABI()
	var out []Call
	for _, n := range []string{"provider", "marketplace"} {
		data, err := reg.Pack("delegateContract", operator, diamond, [32]byte(chain.RightHash(n)), true)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, Call{To: registry, Data: data, ABI: reg, Note: "grant the " + n + " right"})
	}
	data, err := erc.Pack("approve", diamond, big.NewInt(1e18))
	if err != nil {
		t.Fatal(err)
	}
	return append(out, Call{To: mor, Data: data, ABI: erc, Note: "approve 1 MOR"})
}

// The batch file for a fixed set of calls is byte-for-byte the golden file, and its checksum is
// the one recomputed from the parsed file.
func TestSafeBatchGolden(t *testing.T) {
	b, err := SafeBatch(8453, provider, "morbot: set up operator", 1_800_000_000_000, calls(t))
	if err != nil {
		t.Fatal(err)
	}
	js, err := b.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, js, "", "  "); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "safe-batch.golden.json")
	if *update {
		if err := os.WriteFile(golden, append(pretty.Bytes(), '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(append(pretty.Bytes(), '\n'), want) {
		t.Fatalf("batch differs from %s:\n%s", golden, pretty.String())
	}
	var parsed Batch
	if err := json.Unmarshal(want, &parsed); err != nil {
		t.Fatal(err)
	}
	if sum, err := Checksum(&parsed); err != nil || sum != parsed.Meta.Checksum {
		t.Fatalf("checksum of the golden file %s, file says %s (%v)", sum, parsed.Meta.Checksum, err)
	}
	// The checksum covers the calls: changing one byte of data changes it; the name does not.
	parsed.Transactions[0].Data = parsed.Transactions[0].Data[:len(parsed.Transactions[0].Data)-1] + "0"
	if sum, _ := Checksum(&parsed); sum == b.Meta.Checksum {
		t.Fatal("the checksum does not cover the call data")
	}
	renamed := *b
	renamed.Meta.Name = "another name"
	if sum, _ := Checksum(&renamed); sum != b.Meta.Checksum {
		t.Fatal("the checksum covers the name (the Safe app leaves it out)")
	}
}

func TestCanonicalSerialization(t *testing.T) {
	var sb strings.Builder
	if err := canonical(&sb, map[string]any{"b": []any{json.Number("1"), "x"}, "a": nil, "c": map[string]any{"z": true}}); err != nil {
		t.Fatal(err)
	}
	// Keys sorted and listed first, then each value followed by a comma; arrays as JSON arrays.
	if got, want := sb.String(), `{["a","b","c"]null,[1,"x"],{["z"]true,},}`; got != want {
		t.Fatalf("canonical = %s, want %s", got, want)
	}
}

func TestEIP681(t *testing.T) {
	cs := calls(t)
	got, err := EIP681(8453, cs[0])
	if err != nil {
		t.Fatal(err)
	}
	want := "ethereum:0x00000000000000447e69651d841bD8D104Bed493@8453/delegateContract?address=0x1111111111111111111111111111111111111111&address=0x6aBE1d282f72B474E54527D93b979A4f64d3030a&bytes32=" +
		chain.RightHash("provider").Hex() + "&bool=true"
	if got != want {
		t.Fatalf("EIP-681 = %s\nwant      %s", got, want)
	}
	got, _ = EIP681(8453, cs[2])
	if got != "ethereum:0x7431aDa8a591C955a994a21710752EF9b882b8e3@8453/approve?address=0x6aBE1d282f72B474E54527D93b979A4f64d3030a&uint256=1000000000000000000" {
		t.Fatalf("approve EIP-681 = %s", got)
	}
	withValue := cs[0]
	withValue.Value = big.NewInt(5)
	if got, _ := EIP681(1, withValue); got[:len("ethereum:0x00000000000000447e69651d841bD8D104Bed493@1/delegateContract?value=5&")] != "ethereum:0x00000000000000447e69651d841bD8D104Bed493@1/delegateContract?value=5&" {
		t.Fatalf("value not first: %s", got)
	}
	if _, err := EIP681(1, Call{To: mor, Data: []byte{1, 2}, ABI: chain.ERC20ABI()}); err == nil {
		t.Fatal("call data without a selector accepted")
	}
	if _, err := EIP681(1, Call{To: mor, Data: []byte{0xde, 0xad, 0xbe, 0xef}, ABI: chain.ERC20ABI()}); err == nil {
		t.Fatal("unknown selector accepted")
	}
}
