package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runApp runs the CLI in-process and returns exit code, stdout and stderr.
func runApp(t testing.TB, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	a := &app{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: os.Getenv}
	code := a.main(context.Background(), args)
	return code, out.String(), errb.String()
}

func TestVersion(t *testing.T) {
	code, out, _ := runApp(t, "", "version")
	if code != 0 || !strings.Contains(out, "morbot ") || !strings.Contains(out, "go1.") || !strings.Contains(out, "commit ") {
		t.Fatalf("version: code %d out %q", code, out)
	}
}

func TestUnknownCommand(t *testing.T) {
	code, _, errOut := runApp(t, "", "frobnicate")
	if code != 2 || !strings.Contains(errOut, `unknown command "frobnicate"`) {
		t.Fatalf("code %d err %q", code, errOut)
	}
}

func TestConfigCheckExample(t *testing.T) {
	code, out, errOut := runApp(t, "", "config", "check", "--config", filepath.Join("..", "..", "configs", "morbot.example.yaml"))
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	for _, want := range []string{"base-sepolia (chain ID 84532)", "quorum      2", "discord (gateway)", "slack (socket)", "0x9e26feA97f7D644bAf62D0E20e4d4b8F836C166c",
		`schedules   status "0 9 * * 1-5", alerts "*/5 * * * *", claims "0 6 * * *", chart "0 9 * * 1" (UTC)`,
		`proxy       API http://127.0.0.1:8082; models-config /opt/proxy-router/models-config.json; restart ["systemctl" "restart" "proxy-router"]; backend probes off`} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}

func TestConfigCheckBrokenExitsNonZero(t *testing.T) {
	example, err := os.ReadFile(filepath.Join("..", "..", "configs", "morbot.example.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	broken := map[string][2]string{
		"inline secret":   {"token_env: MORBOT_DISCORD_TOKEN", "token: abc"},
		"quorum 0":        {"quorum: 2", "quorum: 0"},
		"unknown network": {"name: base-sepolia", "name: mars"},
		"unknown field":   {"confirmations: 2", "confirmationz: 2"},
		"bad cron":        {`status_cron: "0 9 * * 1-5"`, `status_cron: "61 * * * *"`},
		"empty rpc":       {"    - https://sepolia.base.org\n", ""},
	}
	for name, r := range broken {
		t.Run(name, func(t *testing.T) {
			src := strings.Replace(string(example), r[0], r[1], 1)
			if src == string(example) {
				t.Fatalf("test bug: %q not found", r[0])
			}
			p := filepath.Join(t.TempDir(), "c.yaml")
			if err := os.WriteFile(p, []byte(src), 0o600); err != nil {
				t.Fatal(err)
			}
			code, out, errOut := runApp(t, "", "config", "check", "--config", p)
			if code == 0 || errOut == "" || strings.Contains(out, "config OK") {
				t.Fatalf("broken config passed: code %d out %q err %q", code, out, errOut)
			}
		})
	}
	code, _, errOut := runApp(t, "", "config", "check", "--config", filepath.Join(t.TempDir(), "missing.yaml"))
	if code == 0 || !strings.Contains(errOut, "missing.yaml") || !strings.Contains(errOut, "no such file") {
		t.Fatalf("missing file: code %d err %q", code, errOut)
	}
}

// config check warns (exit 0), and --strict fails, on what a valid file allows but an operator should
// know: a readable passphrase file, plain-http RPC to a public network, one person able to propose
// and approve alone, a listener reachable from other machines without a note.
func TestConfigCheckWarnings(t *testing.T) {
	dir := t.TempDir()
	pass := filepath.Join(dir, "passphrase")
	if err := os.WriteFile(pass, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(pass, 0o644); err != nil {
		t.Fatal(err)
	}
	write := func(body string) string {
		p := filepath.Join(dir, "c.yaml")
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	risky := fmt.Sprintf(`network: {name: base-sepolia, rpc_urls: ["http://rpc.example.org/v2/KEY", "http://127.0.0.1:8545"], ws_urls: ["ws://ws.example.org/v2/WSKEY", "ws://127.0.0.1:8546"]}
provider: {address: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"}
signer: {backends: [file], key: operator, passphrase_file: %s}
approval:
  quorum: 1
  proposer_may_approve: true
  approvers: {console: {users: [alice]}}
metrics: {listen: "0.0.0.0:9464"}
`, pass)
	p := write(risky)
	code, out, _ := runApp(t, "", "config", "check", "--config", p)
	if code != 0 {
		t.Fatalf("warnings must not fail without --strict (exit %d)\n%s", code, out)
	}
	for _, want := range []string{
		"warning: signer.passphrase_file: " + pass + " has mode 0644, readable by its group or others; chmod 600 it",
		"warning: network.rpc_urls[0]: http://rpc.example.org is plain http to base-sepolia",
		"warning: network.ws_urls[0]: ws://ws.example.org is plain ws to base-sepolia",
		"warning: approval: quorum 1 with proposer_may_approve lets one person propose and approve a transaction alone",
		"warning: metrics.listen: 0.0.0.0:9464 is reachable from other machines; bind it to 127.0.0.1 behind a TLS proxy, or say why in metrics.listen_note",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("config check lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "KEY") || strings.Contains(out, "rpc_urls[1]") || strings.Contains(out, "ws_urls[1]") {
		t.Errorf("a key-bearing URL or the loopback node was reported:\n%s", out)
	}
	if code, _, errOut := runApp(t, "", "config", "check", "--config", p, "--strict"); code != 1 || !strings.Contains(errOut, "5 warning(s) and --strict") {
		t.Fatalf("--strict: exit %d %s", code, errOut)
	}
	if err := os.Chmod(pass, 0o600); err != nil {
		t.Fatal(err)
	}
	safe := strings.NewReplacer(`"http://rpc.example.org/v2/KEY", `, ``, `"ws://ws.example.org/v2/WSKEY", `, ``, "proposer_may_approve: true", "proposer_may_approve: false",
		`metrics: {listen: "0.0.0.0:9464"}`, `metrics: {listen: "0.0.0.0:9464", listen_note: "scraped over the private VPC only"}`).Replace(risky)
	code, out, _ = runApp(t, "", "config", "check", "--config", write(safe), "--strict")
	if code != 0 || strings.Contains(out, "warning:") {
		t.Fatalf("a clean config warned: exit %d\n%s", code, out)
	}
}
