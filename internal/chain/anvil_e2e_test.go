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
