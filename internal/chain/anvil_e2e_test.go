//go:build e2e

package chain_test

import (
	"context"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chain/chaintest/anviltest"
)

const anvilKey = anviltest.Key0

func startAnvil(t *testing.T) string { return anviltest.Start(t, 8453) }

func TestOnboardingAgainstAnvil(t *testing.T) {
	url := startAnvil(t)
	ctx := context.Background()
	key, err := crypto.HexToECDSA(anvilKey)
	if err != nil {
		t.Fatal(err)
	}
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	owner, err := chaintest.Deploy(ctx, ec, key, big.NewInt(8453), nil)
	if err != nil {
		t.Fatalf("deploy doubles on anvil: %v", err)
	}
	signer := chaintest.KeySigner{Key: key}
	if err := owner.MintMOR(ctx, signer.Address(), mor("10")); err != nil {
		t.Fatal(err)
	}
	net := owner.Network("anvil")
	f, err := chain.Dial(ctx, []string{url}, 5*time.Second, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := chain.Verify(ctx, f.Endpoints()[0], net, 5*time.Second); err != nil {
		t.Fatalf("verify anvil: %v", err)
	}
	c := chain.NewClient(f, net, chain.Options{PollInterval: 100 * time.Millisecond, ReceiptTimeout: 30 * time.Second})
	mode := chain.PlanSimulatedAll
	if os.Getenv("ANVIL_NO_SIMULATEV1") != "" {
		mode = chain.PlanSimulatedFirst
	}
	onboard(t, ctx, c, signer, mode)
}

// anvilWorld is a fresh anvil with the doubles deployed by anvil's first key: the owner, the node's
// URL, a client over JSON-RPC (the failover morbot dials), and a clock mover (evm_increaseTime, then
// evm_mine). Everything is closed when the test ends.
func anvilWorld(t *testing.T) (*chaintest.Owner, *chain.Client, *chain.Failover, func(time.Duration) error) {
	t.Helper()
	url := startAnvil(t)
	ctx := context.Background()
	key, err := crypto.HexToECDSA(anviltest.Key0)
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
