// Package anviltest starts anvil (Foundry's local node, installed by `npm ci`) on 127.0.0.1 for e2e
// tests. It is imported only by tests.
package anviltest

import (
	"bufio"
	"context"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// Well-known anvil dev keys: accounts 0 and 1 of its default mnemonic, funded with 10,000 ETH.
const (
	Key0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	Key1 = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
)

// Start starts anvil on 127.0.0.1 with a free port and the given chain ID, and stops it (SIGTERM, by
// its PID) when the test ends. It returns the node's URL. ANVIL_BIN names the binary (`make e2e` sets it).
// extra are more anvil flags (--block-time 2 mines every 2 s instead of at once).
func Start(t testing.TB, chainID uint64, extra ...string) string {
	t.Helper()
	bin := os.Getenv("ANVIL_BIN")
	if bin == "" {
		t.Fatal("ANVIL_BIN is not set (run `npm ci`, then `make e2e`)")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, append([]string{"--host", "127.0.0.1", "--port", "0", "--chain-id", strconv.FormatUint(chainID, 10)}, extra...)...)
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
