package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/chain/chaintest"
)

// morbot run against a node reached over HTTP JSON-RPC on 127.0.0.1, with a file keyring, the
// console adapter and a script: the production wiring end to end.
func TestRunWithConfigOverHTTP(t *testing.T) {
	key, _ := crypto.HexToECDSA(strings.TrimPrefix(wellKnownKey, "0x"))
	sim, err := chaintest.NewSim(context.Background(), chaintest.Options{Keys: []*ecdsaKey{key}})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	srv := sim.ServeHTTP()
	defer srv.Close()

	dir := t.TempDir()
	t.Setenv("MORBOT_KEYRING_PASSPHRASE", passphrase)
	if code, _, errOut := runApp(t, wellKnownKey, "keys", "import", "--name", "operator", "--keyring-backend", "file", "--keyring-dir", filepath.Join(dir, "keyring")); code != 0 {
		t.Fatal(errOut)
	}
	n := sim.Network()
	cfg := fmt.Sprintf(`network:
  name: custom
  chain_id: 1337
  diamond: "%s"
  mor_token: "%s"
  multicall3: "%s"
  rpc_urls: ["%s"]
  confirmations: 1
%sstore:
  path: %s
log:
  level: warn
`, n.Diamond.Hex(), n.MOR.Hex(), n.Multicall3.Hex(), srv.URL, teamYAML(filepath.Join(dir, "keyring")), filepath.Join(dir, "morbot.db"))
	cfgPath := filepath.Join(dir, "morbot.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	script := writeScript(t, "/mor provider create 0.2 node.example.com:3333", "/as bob", "approve P-1", "/as carol", "approve P-1", "/mor provider show")
	code, out, errOut := runApp(t, "", "run", "--config", cfgPath, "--console", "--script", script, "--fail-on-error")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{"P-1 · provider create · CONFIRMED", "stake: 0.2 MOR", "endpoint: `node.example.com:3333`"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q\n%s", want, out)
		}
	}
	// A wrong chain ID is refused at start, naming the endpoint.
	bad := strings.Replace(cfg, "chain_id: 1337", "chain_id: 8453", 1)
	if err := os.WriteFile(cfgPath, []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runApp(t, "", "run", "--config", cfgPath, "--console", "--script", script)
	if code == 0 || !strings.Contains(errOut, "serves chain ID 1337 but the configured network custom is chain ID 8453") || !strings.Contains(errOut, "http://127.0.0.1:") {
		t.Fatalf("wrong chain: exit %d %s", code, errOut)
	}
	if strings.Contains(out+errOut, passphrase) || strings.Contains(strings.ToLower(out+errOut), strings.TrimPrefix(wellKnownKey, "0x")) {
		t.Fatal("a secret appeared in the output")
	}
}
