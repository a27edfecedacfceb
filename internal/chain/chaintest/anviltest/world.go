package anviltest

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
)

// World is a fresh anvil (chain 8453) with the doubles deployed by its first key: the owner, a client
// over JSON-RPC (the failover morbot dials), and a clock mover (evm_increaseTime, then evm_mine).
// Everything is closed when the test ends.
func World(t *testing.T) (*chaintest.Owner, *chain.Client, *chain.Failover, func(time.Duration) error) {
	t.Helper()
	url := Start(t, 8453)
	ctx := context.Background()
	key, err := crypto.HexToECDSA(Key0)
	if err != nil {
		t.Fatal(err)
	}
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)
	owner, err := chaintest.Deploy(ctx, ec, key, big.NewInt(8453), nil)
	if err != nil {
		t.Fatalf("deploy doubles on anvil: %v", err)
	}
	f, err := chain.Dial(ctx, []string{url}, 5*time.Second, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.Close)
	raw, err := rpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(raw.Close)
	advance := func(d time.Duration) error {
		if err := raw.CallContext(ctx, nil, "evm_increaseTime", int64(d/time.Second)); err != nil {
			return err
		}
		return raw.CallContext(ctx, nil, "evm_mine")
	}
	c := chain.NewClient(f, owner.Network("anvil"), chain.Options{PollInterval: 20 * time.Millisecond, ReceiptTimeout: 30 * time.Second})
	return owner, c, f, advance
}
