//go:build e2e

package chain_test

import (
	"bufio"
	"context"
	"io"
	"math/big"
	"os"
	"os/exec"
	"regexp"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
)

// anvil's well-known first dev account.
const anvilKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// startAnvil starts anvil on 127.0.0.1 with a free port and stops it (by its PID) when the test ends.
func startAnvil(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("ANVIL_BIN")
	if bin == "" {
		t.Fatal("ANVIL_BIN is not set (run `npm ci`, then `make e2e`)")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "--host", "127.0.0.1", "--port", "0", "--chain-id", "8453")
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	t.Cleanup(func() {
		cancel()
		_ = cmd.Wait()
	})
	re := regexp.MustCompile(`Listening on (127\.0\.0\.1:\d+)`)
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
				break
			}
		}
		close(found)
		_, _ = io.Copy(io.Discard, out)
	}()
	select {
	case addr, ok := <-found:
		if !ok {
			t.Fatal("anvil exited before listening")
		}
		return "http://" + addr
	case <-time.After(20 * time.Second):
		t.Fatal("anvil did not start listening within 20s")
	}
	return ""
}

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
