package chain_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chain/chaintest/contracts"
)

// The Multicall3 double answers aggregate and tryAggregate, as the proxy-router calls them, over
// JSON-RPC on the simulated chain: the results equal the direct reads, aggregate reverts when a call
// fails, and tryAggregate reports the failure unless it is asked to require success.
func TestMulticall3AggregateOnTheSimulatedChain(t *testing.T) {
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	srv := sim.ServeHTTP()
	defer srv.Close()
	ec, err := ethclient.DialContext(ctx, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	n := sim.Network()
	who := sim.Accounts[0].Address
	erc20, _ := abi.JSON(strings.NewReader(`[{"name":"balanceOf","type":"function","stateMutability":"view","inputs":[{"name":"a","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
		{"name":"transfer","type":"function","inputs":[{"name":"to","type":"address"},{"name":"v","type":"uint256"}],"outputs":[{"name":"","type":"bool"}]}]`))
	balanceOf, _ := erc20.Pack("balanceOf", who)
	// A transfer from the Multicall3 contract, which holds no MOR: it reverts.
	failing, _ := erc20.Pack("transfer", who, big.NewInt(1))
	mc := contracts.NewMulticall3Double()
	call := func(data []byte) ([]byte, error) {
		return ec.CallContract(ctx, ethereum.CallMsg{To: &n.Multicall3, Data: data}, nil)
	}
	want, err := sim.Client(chain.Options{}).MORBalance(ctx, who)
	if err != nil {
		t.Fatal(err)
	}
	head, err := ec.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}

	calls := []contracts.Multicall3DoubleCall{{Target: n.MOR, CallData: balanceOf}, {Target: n.Multicall3, CallData: mc.PackGetBlockNumber()}}
	out, err := call(mc.PackAggregate(calls))
	if err != nil {
		t.Fatalf("aggregate: %v", err)
	}
	agg, err := mc.UnpackAggregate(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).SetBytes(agg.ReturnData[0]); got.Cmp(want) != 0 || agg.BlockNumber.Uint64() != head || len(agg.ReturnData) != 2 {
		t.Fatalf("aggregate: balance %s (want %s), block %s (want %d)", got, want, agg.BlockNumber, head)
	}
	if _, err := call(mc.PackAggregate(append(calls, contracts.Multicall3DoubleCall{Target: n.MOR, CallData: failing}))); err == nil || !strings.Contains(err.Error(), "Multicall3: call failed") {
		t.Fatalf("aggregate with a failing call: %v", err)
	}

	tried := append(calls, contracts.Multicall3DoubleCall{Target: n.MOR, CallData: failing})
	out, err = call(mc.PackTryAggregate(false, tried))
	if err != nil {
		t.Fatalf("tryAggregate(false): %v", err)
	}
	res, err := mc.UnpackTryAggregate(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 3 || !res[0].Success || new(big.Int).SetBytes(res[0].ReturnData).Cmp(want) != 0 || !res[1].Success || res[2].Success {
		t.Fatalf("tryAggregate(false): %+v", res)
	}
	if _, err := call(mc.PackTryAggregate(true, tried)); err == nil || !strings.Contains(err.Error(), "Multicall3: call failed") {
		t.Fatalf("tryAggregate(true) with a failing call: %v", err)
	}
}
