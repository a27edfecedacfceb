package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runApp runs the CLI in-process and returns exit code, stdout and stderr.
func runApp(t *testing.T, stdin string, args ...string) (int, string, string) {
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
	for _, want := range []string{"base-sepolia (chain ID 84532)", "quorum      2", "discord (gateway)", "slack (socket)", "0x9e26feA97f7D644bAf62D0E20e4d4b8F836C166c"} {
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
