package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
)

const (
	wellKnownKey  = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	wellKnownAddr = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
	passphrase    = "tr0ub4dor-and-3"
)

// Not parallel: the passphrase comes from the environment.
func TestKeysCLI(t *testing.T) {
	t.Setenv("MORBOT_KEYRING_PASSPHRASE", passphrase)
	dir := t.TempDir()
	kr := []string{"--keyring-backend", "file", "--keyring-dir", dir}
	var transcript strings.Builder
	run := func(stdin string, args ...string) (int, string, string) {
		code, out, errOut := runApp(t, stdin, args...)
		transcript.WriteString(out + errOut)
		return code, out, errOut
	}

	code, out, errOut := run(wellKnownKey+"\n", append([]string{"keys", "import", "--name", "k"}, kr...)...)
	if code != 0 || strings.TrimSpace(out) != wellKnownAddr {
		t.Fatalf("import: code %d out %q err %q", code, out, errOut)
	}
	code, out, _ = run("", append([]string{"keys", "address", "--name", "k"}, kr...)...)
	if code != 0 || out != wellKnownAddr+"\n" {
		t.Fatalf("address: code %d out %q", code, out)
	}
	// Overwrite refused without --force; the keyring keeps the old key.
	code, _, errOut = run(strings.Repeat("1", 64), append([]string{"keys", "import", "--name", "k"}, kr...)...)
	if code == 0 || !strings.Contains(errOut, "--force") {
		t.Fatalf("overwrite: code %d err %q", code, errOut)
	}
	// Import from a file.
	kf := filepath.Join(t.TempDir(), "key.hex")
	if err := os.WriteFile(kf, []byte(strings.TrimPrefix(wellKnownKey, "0x")), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, _ = run("", append([]string{"keys", "import", "--name", "k2", "--from-file", kf}, kr...)...)
	if code != 0 || strings.TrimSpace(out) != wellKnownAddr {
		t.Fatalf("import from file: %d %q", code, out)
	}
	// A key as an argument is refused.
	code, _, errOut = run("", append([]string{"keys", "import", "--name", "k3", wellKnownKey}, kr...)...)
	if code == 0 || !strings.Contains(errOut, "never taken as arguments") {
		t.Fatalf("key as argument: %d %q", code, errOut)
	}
	// Malformed hex and wrong length: specific, not echoed.
	for _, bad := range []string{"0x1234", strings.Replace(wellKnownKey, "ac09", "zz09", 1)} {
		code, _, errOut = run(bad, append([]string{"keys", "import", "--name", "bad"}, kr...)...)
		if code == 0 || !strings.Contains(errOut, "invalid private key") {
			t.Fatalf("malformed %q: %d %q", bad, code, errOut)
		}
	}
	code, out, _ = run("", append([]string{"keys", "list"}, kr...)...)
	if code != 0 || !strings.Contains(out, "k ") || !strings.Contains(out, "k2") || strings.Contains(out, "bad") {
		t.Fatalf("list: %d %q", code, out)
	}
	// Missing key: says how to import one.
	code, _, errOut = run("", append([]string{"keys", "address", "--name", "nope"}, kr...)...)
	if code == 0 || !strings.Contains(errOut, "morbot keys import --name nope") {
		t.Fatalf("missing key: %d %q", code, errOut)
	}
	// Unknown backend lists the available ones.
	code, _, errOut = run("", "keys", "list", "--keyring-backend", "vault", "--keyring-dir", dir)
	if code == 0 || !strings.Contains(errOut, "available on this system") {
		t.Fatalf("unknown backend: %d %q", code, errOut)
	}
	// Delete needs --yes.
	code, _, errOut = run("", append([]string{"keys", "delete", "--name", "k2"}, kr...)...)
	if code == 0 || !strings.Contains(errOut, "--yes") {
		t.Fatalf("delete without --yes: %d %q", code, errOut)
	}
	code, _, _ = run("", append([]string{"keys", "delete", "--name", "k2", "--yes"}, kr...)...)
	if code != 0 {
		t.Fatal("delete failed")
	}
	before := dirState(t, dir)
	// Wrong passphrase: clear error, non-zero, keyring unchanged.
	t.Setenv("MORBOT_KEYRING_PASSPHRASE", "not-the-passphrase")
	code, _, errOut = run(strings.Repeat("2", 64), append([]string{"keys", "import", "--name", "k4"}, kr...)...)
	if code == 0 || !strings.Contains(errOut, "wrong keyring passphrase") {
		t.Fatalf("wrong passphrase: %d %q", code, errOut)
	}
	if dirState(t, dir) != before {
		t.Fatal("a failed command changed the keyring")
	}
	// No secret in anything printed.
	all := transcript.String()
	for _, secret := range []string{strings.TrimPrefix(wellKnownKey, "0x"), "ac0974bec39a17e3", passphrase, "not-the-passphrase", strings.Repeat("1", 64)} {
		if strings.Contains(strings.ToLower(all), strings.ToLower(secret)) {
			t.Fatalf("secret %q appeared in CLI output", secret)
		}
	}
}

func TestConfigCheckReportsKey(t *testing.T) {
	t.Setenv("MORBOT_KEYRING_PASSPHRASE", passphrase)
	dir := t.TempDir()
	if code, _, errOut := runApp(t, wellKnownKey, "keys", "import", "--name", "operator", "--keyring-backend", "file", "--keyring-dir", dir); code != 0 {
		t.Fatal(errOut)
	}
	example, err := os.ReadFile(filepath.Join("..", "..", "configs", "morbot.example.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Replace(string(example), "/var/lib/morbot/keyring", dir, 1)
	p := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(p, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runApp(t, "", "config", "check", "--config", p)
	if code != 0 || !strings.Contains(out, `"operator" = `+wellKnownAddr+", an operator wallet separate from the provider") {
		t.Fatalf("config check: %d %q %q", code, out, errOut)
	}
	provSrc := strings.Replace(src, "0x9e26feA97f7D644bAf62D0E20e4d4b8F836C166c", wellKnownAddr, 1)
	if err := os.WriteFile(p, []byte(provSrc), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runApp(t, "", "config", "check", "--config", p)
	if code != 0 || !strings.Contains(out, "the provider wallet itself") {
		t.Fatalf("config check as provider: %d %q", code, out)
	}
	t.Setenv("MORBOT_KEYRING_PASSPHRASE", "wrong")
	code, _, errOut = runApp(t, "", "config", "check", "--config", p)
	if code == 0 || !strings.Contains(errOut, "wrong keyring passphrase") {
		t.Fatalf("config check, wrong passphrase: %d %q", code, errOut)
	}
}

func dirState(t *testing.T, dir string) string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range es {
		info, _ := e.Info()
		b.WriteString(e.Name() + info.ModTime().String() + ";")
	}
	return b.String()
}

// config check --online in operator mode reaches the chain and says which rights the operator key
// holds from the provider, with a warning for the missing ones.
func TestConfigCheckOnlineOperatorRights(t *testing.T) {
	t.Setenv("MORBOT_KEYRING_PASSPHRASE", passphrase)
	dir := t.TempDir()
	if code, _, errOut := runApp(t, wellKnownKey, "keys", "import", "--name", "operator", "--keyring-backend", "file", "--keyring-dir", filepath.Join(dir, "keyring")); code != 0 {
		t.Fatal(errOut)
	}
	key, _ := crypto.HexToECDSA(strings.TrimPrefix(wellKnownKey, "0x"))
	sim, err := chaintest.NewSim(context.Background(), chaintest.Options{Keys: []*ecdsaKey{key}, Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	srv := sim.ServeHTTP()
	t.Cleanup(srv.Close)
	cold := sim.Accounts[1]
	if err := sim.Delegate(context.Background(), cold.Key, common.HexToAddress(wellKnownAddr), chain.RightHash("provider"), true); err != nil {
		t.Fatal(err)
	}
	n := sim.Network()
	cfg := fmt.Sprintf("network: {name: custom, chain_id: 1337, diamond: %q, mor_token: %q, multicall3: %q, rpc_urls: [%q]}\n"+
		"provider: {address: %q}\nsigner: {backends: [file], key: operator, file_dir: %s}\n"+
		"approval: {quorum: 1, approvers: {console: {users: [alice, bob]}}}\nstore: {path: %s}\n",
		n.Diamond.Hex(), n.MOR.Hex(), n.Multicall3.Hex(), srv.URL, cold.Address.Hex(), filepath.Join(dir, "keyring"), filepath.Join(dir, "m.db"))
	p := filepath.Join(dir, "morbot.yaml")
	if err := os.WriteFile(p, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runApp(t, "", "config", "check", "--config", p, "--online")
	if code != 0 {
		t.Fatalf("config check --online: %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{
		"an operator wallet separate from the provider " + cold.Address.Hex(),
		"chain       custom (chain 1337) reached through 1 endpoint(s)",
		"rights      provider granted, model missing, marketplace missing, session missing (registry " + sim.C.Registry.Hex(),
		"warning: the operator key lacks the model, marketplace, session right(s)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("config check --online lacks %q:\n%s", want, out)
		}
	}
	// morbot run warns at start about the missing rights, and runs.
	script := writeScript(t, "/mor minimums")
	code, out, errOut = runApp(t, "", "run", "--config", p, "--console", "--script", script, "--fail-on-error")
	if code != 0 || !strings.Contains(out, "Marketplace minimums") {
		t.Fatalf("run in operator mode: %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "operator mode: the operator key lacks rights from the provider") || !strings.Contains(errOut, "missing=\"model, marketplace, session\"") {
		t.Errorf("run did not warn about the missing rights:\n%s", errOut)
	}
	// Without --online nothing reaches the chain.
	if _, out, _ := runApp(t, "", "config", "check", "--config", p); strings.Contains(out, "rights ") {
		t.Errorf("config check without --online read the rights:\n%s", out)
	}
}
