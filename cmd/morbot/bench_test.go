package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/chain/chaintest"
)

// BenchmarkRunStartup starts the built binary (MORBOT_BIN, e.g. bin/morbot) as `morbot run --config
// FILE --console` against the simulated chain over HTTP JSON-RPC on 127.0.0.1, and reports the time
// until it is ready for input and its resident memory after two idle seconds.
func BenchmarkRunStartup(b *testing.B) {
	bin := os.Getenv("MORBOT_BIN")
	if bin == "" {
		b.Skip("set MORBOT_BIN to the built binary (make bench does)")
	}
	key, _ := crypto.HexToECDSA(strings.TrimPrefix(wellKnownKey, "0x"))
	sim, err := chaintest.NewSim(context.Background(), chaintest.Options{Keys: []*ecdsa.PrivateKey{key}})
	if err != nil {
		b.Fatal(err)
	}
	defer sim.Close()
	srv := sim.ServeHTTP()
	defer srv.Close()
	dir := b.TempDir()
	b.Setenv("MORBOT_KEYRING_PASSPHRASE", passphrase)
	imp := exec.Command(bin, "keys", "import", "--name", "operator", "--keyring-backend", "file", "--keyring-dir", filepath.Join(dir, "keyring"))
	imp.Stdin = strings.NewReader(wellKnownKey)
	if out, err := imp.CombinedOutput(); err != nil {
		b.Fatalf("import: %v %s", err, out)
	}
	n := sim.Network()
	cfg := fmt.Sprintf("network: {name: custom, chain_id: 1337, diamond: %q, mor_token: %q, multicall3: %q, rpc_urls: [%q]}\n"+
		"provider: {address: %q}\nsigner: {backends: [file], key: operator, file_dir: %s}\n"+
		"approval: {quorum: 1, approvers: {console: {users: [alice, bob]}}}\nstore: {path: %s}\nlog: {level: warn}\n",
		n.Diamond.Hex(), n.MOR.Hex(), n.Multicall3.Hex(), srv.URL, wellKnownAddr, filepath.Join(dir, "keyring"), filepath.Join(dir, "m.db"))
	cfgPath := filepath.Join(dir, "morbot.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		b.Fatal(err)
	}
	var startup, rss float64
	for i := 0; b.Loop(); i++ {
		cmd := exec.Command(bin, "run", "--config", cfgPath, "--console")
		stdin, _ := cmd.StdinPipe()
		stdout, _ := cmd.StdoutPipe()
		start := time.Now()
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		ready := make(chan struct{})
		go func() {
			r := bufio.NewReader(stdout)
			buf := make([]byte, 64)
			for {
				n, err := r.Read(buf)
				if strings.Contains(string(buf[:n]), "alice> ") {
					close(ready)
					_, _ = io.Copy(io.Discard, r)
					return
				}
				if err != nil {
					return
				}
			}
		}()
		select {
		case <-ready:
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
			b.Fatal("morbot run did not become ready")
		}
		startup += float64(time.Since(start).Microseconds()) / 1000
		time.Sleep(2 * time.Second)
		rss += rssMB(cmd.Process.Pid)
		_ = stdin.Close() // end of input: the console returns and morbot exits
		_ = cmd.Wait()
	}
	b.ReportMetric(startup/float64(b.N), "startup-ms")
	b.ReportMetric(rss/float64(b.N), "idle-rss-MB")
}

func rssMB(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			f := strings.Fields(l)
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}
