package proxyrouter

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/morbotlabs/morbot/internal/redact"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	if string(want) != string(got) {
		t.Fatalf("%s differs:\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

const newID = "0x53bc6efc94ac0644484bd147b2cdbcfe2eb8f8ec51a76d27d1f4fcf8cfea42db"

func TestEditGolden(t *testing.T) {
	in, _ := os.ReadFile("testdata/models.json")
	add, action, err := Edit(in, Entry{ModelID: strings.ToUpper(newID[:2]) + strings.ToUpper(newID[2:]), ModelName: "qwen", APIType: "openai", APIURL: "http://10.0.0.5:9000/v1/chat/completions", ConcurrentSlots: 2})
	if err != nil || action != "added" {
		t.Fatalf("%s %v", action, err)
	}
	golden(t, "add.golden", add)
	rep, action, err := Edit(in, Entry{ModelID: "0x2408a6e0b95a9051f841a87788bdf639c26214774e8c8df1db1330bc7c6a562e", ModelName: "llama-3.1-70b", APIType: "openai", APIURL: "http://127.0.0.1:8002/v1/chat/completions", CapacityPolicy: "idle_timeout"})
	if err != nil || action != "replaced" {
		t.Fatalf("%s %v", action, err)
	}
	golden(t, "replace.golden", rep)
	// Unknown fields and order survive; the ID is written lower case.
	for _, want := range []string{`"x-owner": "team-a"`, `"temperature": "0.2"`, `"comment": "kept as is"`, `"trailer": [`, `"modelId": "0x2408a6e0b95a9051f841a87788bdf639c26214774e8c8df1db1330bc7c6a562e"`} {
		if !strings.Contains(string(rep), want) {
			t.Errorf("replace lost %s", want)
		}
	}
	if strings.Index(string(rep), `"$schema"`) > strings.Index(string(rep), `"models"`) {
		t.Error("key order changed")
	}
	var v map[string]any
	if err := json.Unmarshal(rep, &v); err != nil {
		t.Fatal("output is not JSON")
	}
	legacy, _ := os.ReadFile("testdata/legacy.json")
	lrep, action, err := Edit(legacy, Entry{ModelID: "0x2408a6e0b95a9051f841a87788bdf639c26214774e8c8df1db1330bc7c6a562e", ModelName: "new", APIType: "openai", APIURL: "http://127.0.0.1:8000/v1/chat/completions"})
	if err != nil || action != "replaced" {
		t.Fatalf("legacy: %s %v", action, err)
	}
	golden(t, "legacy_replace.golden", lrep)
}

func TestEditRefusesAndChangesNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "models-config.json")
	bad := []byte(`{"models": [ {"modelId": "0x1"}, ]`)
	if err := os.WriteFile(p, bad, 0o600); err != nil {
		t.Fatal(err)
	}
	good := Entry{ModelID: newID, ModelName: "m", APIType: "openai", APIURL: "http://127.0.0.1:1/v1/chat/completions"}
	if _, _, err := EditFile(p, good, time.Now()); err == nil || !strings.Contains(err.Error(), "not valid JSON") {
		t.Fatalf("invalid file: %v", err)
	}
	if got, _ := os.ReadFile(p); string(got) != string(bad) {
		t.Fatal("invalid file was changed")
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Fatalf("left files behind: %v", es)
	}
	for want, e := range map[string]Entry{
		`model ID "0x1234" must be 0x followed by 64 hex digits`: {ModelID: "0x1234", ModelName: "m", APIType: "openai", APIURL: "http://h/v1/chat/completions"},
		"model name is empty":                                             {ModelID: newID, ModelName: "", APIType: "openai", APIURL: "http://h/v1/chat/completions"},
		`api type "chat" is not one of openai`:                            {ModelID: newID, ModelName: "m", APIType: "chat", APIURL: "http://h/v1/chat/completions"},
		`api url "ftp://h/x" is not an http(s) URL`:                       {ModelID: newID, ModelName: "m", APIType: "openai", APIURL: "ftp://h/x"},
		"api url ends in /v1: the proxy-router posts to the URL as given": {ModelID: newID, ModelName: "m", APIType: "openai", APIURL: "http://h/v1"},
		`capacity policy "greedy" is not simple or idle_timeout`:          {ModelID: newID, ModelName: "m", APIType: "openai", APIURL: "http://h/v1/chat/completions", CapacityPolicy: "greedy"},
	} {
		if _, _, err := Edit([]byte(`{"models": []}`), e); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("entry %+v: %v, want an error with %q", e, err, want)
		}
	}
}

func TestConcurrentEditsBothApplied(t *testing.T) {
	p := filepath.Join(t.TempDir(), "models-config.json")
	in, _ := os.ReadFile("testdata/models.json")
	if err := os.WriteFile(p, in, 0o640); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	ids := []string{newID, "0x32c003c4acee0c689b5541a6e3e6895fc53964ca6425890448eec56ca06c56fc"}
	for i, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, _, err := EditFile(p, Entry{ModelID: id, ModelName: fmt.Sprintf("m%d", i), APIType: "openai", APIURL: "http://127.0.0.1:1/v1/chat/completions"}, time.Now()); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	got, _ := os.ReadFile(p)
	for _, id := range ids {
		if !strings.Contains(string(got), id) {
			t.Fatalf("edit for %s lost:\n%s", id, got)
		}
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o640 {
		t.Fatalf("mode changed to %v", st.Mode().Perm())
	}
	backups, _ := filepath.Glob(p + ".bak-*")
	if len(backups) != 2 {
		t.Fatalf("%d backups, want one per edit", len(backups))
	}
}

func script(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "restart.sh")
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

// fakeNode is an httptest proxy-router with basic auth.
func fakeNode(t *testing.T, served *[]string, mu *sync.Mutex) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/healthcheck":
			fmt.Fprint(w, `{"status":"healthy","version":"v5","uptime":"1s"}`)
		case "/v1/models":
			if u, p, ok := r.BasicAuth(); !ok || u != "admin" || p != "s3cret" {
				w.WriteHeader(http.StatusUnauthorized)
				return
			}
			mu.Lock()
			defer mu.Unlock()
			var out []map[string]string
			for _, id := range *served {
				out = append(out, map[string]string{"Id": id, "Name": "m", "ApiType": "openai"})
			}
			_ = json.NewEncoder(w).Encode(out)
		default:
			w.WriteHeader(404)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestAddRestartVerify(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "models-config.json")
	if err := os.WriteFile(cfg, []byte(`{"models": []}`), 0o600); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var served []string
	node := fakeNode(t, &served, &mu)
	cookie := filepath.Join(dir, ".cookie")
	_ = os.WriteFile(cookie, []byte("admin:s3cret\n"), 0o600)
	c, err := NewClient(node.URL, cookie)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, _, err := EditFile(cfg, Entry{ModelID: newID, ModelName: "m", APIType: "openai", APIURL: "http://127.0.0.1:1/v1/chat/completions"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	// The "restart" loads the file the way the node would: the test script marks the ID as served.
	marker := filepath.Join(dir, "restarted")
	res, err := Restart(ctx, []string{script(t, "echo restarting proxy-router; touch "+marker+"; echo done")}, 5*time.Second, "")
	if err != nil || res.ExitCode != 0 || strings.Join(res.Tail, "|") != "restarting proxy-router|done" {
		t.Fatalf("restart: %+v %v", res, err)
	}
	if _, err := os.Stat(marker); err == nil {
		mu.Lock()
		served = append(served, strings.ToUpper(newID)) // the node normalises IDs; the check is case-insensitive
		mu.Unlock()
	}
	if h, err := c.Health(ctx); err != nil || h.Status != "healthy" {
		t.Fatalf("health: %+v %v", h, err)
	}
	if ok, err := c.Serves(ctx, newID); err != nil || !ok {
		t.Fatalf("the node does not list the model: %v %v", ok, err)
	}
	bad, _ := NewClient(node.URL, "")
	if _, err := bad.Models(ctx); err == nil || !strings.Contains(err.Error(), "refused the credentials") {
		t.Fatalf("no credentials: %v", err)
	}
}

func TestRestartFailureAndTimeoutReported(t *testing.T) {
	ctx := context.Background()
	res, err := Restart(ctx, []string{script(t, "echo cannot restart >&2; exit 3")}, 5*time.Second, "")
	if err == nil || res.ExitCode != 3 || !strings.Contains(err.Error(), "exit code 3") || !strings.Contains(err.Error(), "cannot restart") {
		t.Fatalf("failure: %+v %v", res, err)
	}
	start := time.Now()
	res, err = Restart(ctx, []string{script(t, "echo starting; sleep 30")}, 300*time.Millisecond, "")
	if err == nil || !res.TimedOut || !strings.Contains(err.Error(), "timed out") || time.Since(start) > 10*time.Second {
		t.Fatalf("timeout: %+v %v (%s)", res, err, time.Since(start))
	}
	if _, err := Restart(ctx, nil, time.Second, ""); err == nil || err.Error() != "no restart command configured" {
		t.Fatalf("empty command: %v", err)
	}
}

func TestEndpointReachability(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	open := l.Addr().String()
	if err := CheckEndpoint(context.Background(), open, time.Second); err != nil {
		t.Fatalf("open listener: %v", err)
	}
	l.Close()
	if err := CheckEndpoint(context.Background(), open, time.Second); err == nil || !strings.Contains(err.Error(), "not reachable") {
		t.Fatalf("closed port: %v", err)
	}
}

// The restart command (and the proxy-router it starts) sees only PATH, HOME, LANG and the variables
// listed in proxy_router.restart_env: none of morbot's secrets.
func TestRestartCommandGetsAMinimalEnvironment(t *testing.T) {
	t.Setenv("MORBOT_KEYRING_PASSPHRASE", "kr-pass-5e1")
	t.Setenv("DISCORD_TOKEN", "disc-tok-77a")
	t.Setenv("PROXY_ROUTER_WALLET", "allowed-value")
	out := filepath.Join(t.TempDir(), "env")
	res, err := Restart(context.Background(), []string{"/bin/sh", "-c", "env > " + out}, 10*time.Second, "", "PROXY_ROUTER_WALLET")
	if err != nil {
		t.Fatalf("restart: %v %+v", err, res)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	env := string(b)
	for _, secret := range []string{"kr-pass-5e1", "disc-tok-77a", "MORBOT_KEYRING_PASSPHRASE", "DISCORD_TOKEN"} {
		if strings.Contains(env, secret) {
			t.Fatalf("the restart command's environment holds %q:\n%s", secret, env)
		}
	}
	if !strings.Contains(env, "PROXY_ROUTER_WALLET=allowed-value") || !strings.Contains(env, "PATH=") {
		t.Fatalf("the restart command lacks the listed variables:\n%s", env)
	}
}

// A restart command that prints the node's RPC URL (a node logging its ETH_NODE_ADDRESS at start):
// the excerpt chat shows and the output for the log hold no part of the key, and the excerpt is short.
func TestRestartOutputIsScrubbedAndBounded(t *testing.T) {
	const key = "RPCKEYrestart0123456789"
	redact.AddURLSecrets("https://base.example/v2/" + key)
	long := strings.Repeat("x", 500)
	res, err := Restart(context.Background(), []string{script(t, "echo ETH_NODE_ADDRESS=https://base.example/v2/"+key+"; echo "+long+"; echo node up")}, 10*time.Second, filepath.Join(t.TempDir(), "restart.log"))
	if err != nil {
		t.Fatal(err)
	}
	sum := res.Summary()
	if strings.Contains(sum, key) || strings.Contains(res.Output, key) || !strings.Contains(sum, "ETH_NODE_ADDRESS=https://base.example") || !strings.Contains(sum, "node up") {
		t.Fatalf("summary %q, output %q", sum, res.Output)
	}
	for _, l := range res.Tail {
		if len([]rune(l)) > 201 {
			t.Fatalf("an excerpt line of %d characters", len([]rune(l)))
		}
	}
}

// A restart command that starts the node in the background (nohup … &), as many do: it succeeds when
// it exits 0, and the node it started keeps running and writing its output long after, because its
// output goes to a file and nothing it holds is closed under it.
func TestRestartLeavesABackgroundNodeRunning(t *testing.T) {
	dir := t.TempDir()
	out, pidFile := filepath.Join(dir, "restart.log"), filepath.Join(dir, "node.pid")
	start := time.Now()
	res, err := Restart(context.Background(), []string{script(t, `nohup sh -c 'while true; do echo tick; sleep 0.2; done' &
echo $! > `+pidFile+`
echo started the node`)}, 30*time.Second, out)
	if err != nil || res.ExitCode != 0 || !strings.Contains(res.Summary(), "started the node") {
		t.Fatalf("restart: %+v %v", res, err)
	}
	if took := time.Since(start); took > 4*time.Second {
		t.Fatalf("the restart waited %s for the node it started in the background", took)
	}
	b, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = syscall.Kill(pid, syscall.SIGKILL) }) // the node this test's command started, by its PID
	// Past the 5 s an exec pipe would have been closed after, the node is still alive and writing.
	deadline := time.Now().Add(60 * time.Second)
	for {
		text, _ := os.ReadFile(out)
		if strings.Count(string(text), "tick") >= 40 { // 8 s of ticks
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the node stopped writing:\n%s", text)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err := syscall.Kill(pid, 0); err != nil {
		t.Fatalf("the node started in the background died: %v", err)
	}
	if st, err := os.Stat(out); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("the output file: %v %v", st.Mode(), err)
	}
}

// A restart command that exits 0 without restarting the node: the verify step says so, instead of
// sending the team to the node's model-loader log.
func TestVerifySaysTheNodeWasNotRestarted(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthcheck" {
			fmt.Fprint(w, `{"status":"healthy","version":"v7","uptime":"1h0m0s"}`)
			return
		}
		_ = json.NewEncoder(w).Encode([]map[string]string{})
	}))
	defer srv.Close()
	c, err := NewClient(srv.URL, "")
	if err != nil {
		t.Fatal(err)
	}
	r := &Runner{RestartCommand: []string{script(t, "echo nothing restarted")}, Client: c, VerifyTimeout: 5 * time.Second}
	ctx := context.Background()
	if _, err := r.Run(ctx, Step{Kind: KindRestart}); err != nil {
		t.Fatal(err)
	}
	_, err = r.Run(ctx, Step{Kind: KindVerify, Data: []byte(newID)})
	if err == nil || !strings.Contains(err.Error(), "the proxy-router was not restarted: it has been up 1h0m0s, since before the restart command ran") || strings.Contains(err.Error(), "MODEL_LOADER") {
		t.Fatalf("verify after a restart that restarted nothing: %v", err)
	}
}

// In env mode the models config is the MODELS_CONFIG_CONTENT line of an env file: serving a model
// rewrites that line (one line of JSON that upstream's schema accepts), keeps every other line,
// writes the file at 0600, and reads back as entries.
func TestEnvFileHoldsTheModelsConfig(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "proxy-router.env")
	e := Entry{ModelID: "0x" + strings.Repeat("ab", 32), ModelName: "secure", APIType: "openai", APIURL: "https://gpu.example/v1/chat/completions"}
	if a, err := Preview(path, e); err != nil || a != "added (the file is created, mode 0600)" {
		t.Fatalf("preview of a new env file: %q %v", a, err)
	}
	if _, _, err := EditFile(path, e, time.Unix(1, 0)); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v %v, want 0600", st.Mode().Perm(), err)
	}
	// The deployment's other variables stay as they are.
	b, _ := os.ReadFile(path)
	if err := os.WriteFile(path, []byte("WEB_PUBLIC_URL=https://node.example\n"+string(b)+"COOKIE_CONTENT=admin:pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e2 := e
	e2.ModelID, e2.ModelName = "0x"+strings.Repeat("cd", 32), "second"
	if a, _, err := EditFile(path, e2, time.Unix(2, 0)); err != nil || a != "added" {
		t.Fatalf("second entry: %q %v", a, err)
	}
	b, _ = os.ReadFile(path)
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(lines) != 3 || lines[0] != "WEB_PUBLIC_URL=https://node.example" || lines[2] != "COOKIE_CONTENT=admin:pw" || !strings.HasPrefix(lines[1], EnvVar+"={") {
		t.Fatalf("env file:\n%s", b)
	}
	// The value is one line of JSON with exactly upstream's fields.
	var doc struct {
		Schema string `json:"$schema"`
		Models []struct {
			ModelID         string `json:"modelId"`
			ModelName       string `json:"modelName"`
			APIType         string `json:"apiType"`
			APIURL          string `json:"apiUrl"`
			APIKey          string `json:"apiKey"`
			ConcurrentSlots int    `json:"concurrentSlots"`
			CapacityPolicy  string `json:"capacityPolicy"`
		} `json:"models"`
	}
	dec := json.NewDecoder(strings.NewReader(strings.TrimPrefix(lines[1], EnvVar+"=")))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil || len(doc.Models) != 2 {
		t.Fatalf("MODELS_CONFIG_CONTENT does not parse as models-config: %v (%d models)", err, len(doc.Models))
	}
	for _, m := range doc.Models {
		ent := Entry{ModelID: m.ModelID, ModelName: m.ModelName, APIType: m.APIType, APIURL: m.APIURL}
		if err := ent.Validate(); err != nil {
			t.Fatalf("entry %s: %v", m.ModelID, err)
		}
	}
	es, err := ReadEntries(path)
	if err != nil || len(es) != 2 || es[e.ModelID].APIURL != e.APIURL {
		t.Fatalf("read back: %v %v", es, err)
	}
	if backups, _ := filepath.Glob(path + ".bak-*"); len(backups) != 1 { // the first write created the file
		t.Fatalf("backups %v", backups)
	}
}

// A write stopped halfway (a crash, a full disk) leaves the old env file whole and no temporary file.
func TestEnvFileWriteStoppedHalfwayKeepsTheOld(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "proxy-router.env")
	e := Entry{ModelID: "0x" + strings.Repeat("ab", 32), ModelName: "secure", APIType: "openai", APIURL: "https://gpu.example/v1/chat/completions"}
	if _, _, err := EditFile(path, e, time.Unix(1, 0)); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	orig := writeData
	t.Cleanup(func() { writeData = orig })
	writeData = func(f *os.File, data []byte) error {
		if _, err := f.Write(data[:len(data)/2]); err != nil {
			return err
		}
		return errors.New("killed halfway")
	}
	e.APIURL = "https://other.example/v1/chat/completions"
	if _, _, err := EditFile(path, e, time.Unix(2, 0)); err == nil || !strings.Contains(err.Error(), "killed halfway") {
		t.Fatalf("the stopped write reported %v", err)
	}
	after, _ := os.ReadFile(path)
	if string(after) != string(before) {
		t.Fatalf("the env file changed:\n%s\nwas\n%s", after, before)
	}
	if tmp, _ := filepath.Glob(filepath.Join(dir, ".proxy-router.env.tmp-*")); len(tmp) != 0 {
		t.Fatalf("temporary files left: %v", tmp)
	}
}

// Versions as nodes report them, the TEE tag in any case, and the attestation URL a v7 node derives
// from a backend (port 29343 of its host, https only).
func TestTEEHelpers(t *testing.T) {
	for v, want := range map[string][2]bool{"v7.0.0": {true, true}, "7.1.2-tee": {true, true}, "v10.0.1": {true, true}, "v6.9.9": {false, true},
		"v5": {false, true}, "morbot-dev": {false, false}, "": {false, false}} {
		if at, ok := AtLeastV7(v); at != want[0] || ok != want[1] {
			t.Errorf("AtLeastV7(%q) = %v, %v; want %v, %v", v, at, ok, want[0], want[1])
		}
	}
	if !IsTEE([]string{"LLM", " TEE "}) || IsTEE([]string{"LLM", "tee-ish"}) || IsTEE(nil) {
		t.Error("IsTEE")
	}
	if u, err := AttestationURL("https://gpu.example:8443/v1/chat/completions"); err != nil || u != "https://gpu.example:29343" {
		t.Errorf("https backend: %q %v", u, err)
	}
	if u, err := AttestationURL("https://[::1]/v1"); err != nil || u != "https://[::1]:29343" {
		t.Errorf("IPv6 backend: %q %v", u, err)
	}
	if _, err := AttestationURL("http://gpu.example/v1"); err == nil || !strings.Contains(err.Error(), "must be https") {
		t.Errorf("http backend: %v", err)
	}
}

// The approved model serve's own step, run by the executor's runner against an env file (models_config_mode:
// env), writes the MODELS_CONFIG_CONTENT line and says so.
func TestServeStepWritesTheEnvFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "proxy-router.env")
	if err := os.WriteFile(path, []byte("WEB_PUBLIC_URL=https://node.example\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	p := ServePayload{ModelID: "0x" + strings.Repeat("ef", 32), ModelName: "secure", APIType: "openai", APIURL: "https://gpu.example/v1/chat/completions"}
	steps := Steps(p, path, nil)
	if len(steps) != 1 || steps[0].Kind != KindModelsConfig || !strings.Contains(steps[0].Summary, path) {
		t.Fatalf("steps %+v", steps)
	}
	note, err := (&Runner{ModelsConfig: path, Now: func() time.Time { return time.Unix(5, 0) }}).Run(context.Background(), steps[0])
	if err != nil || !strings.HasPrefix(note, "added model "+p.ModelID+" in "+path) {
		t.Fatalf("run: %q %v", note, err)
	}
	b, _ := os.ReadFile(path)
	want := "WEB_PUBLIC_URL=https://node.example\n" + EnvVar + `={"models":[{"modelId":"` + p.ModelID + `","modelName":"secure","apiType":"openai","apiUrl":"https://gpu.example/v1/chat/completions"}]}` + "\n"
	if string(b) != want {
		t.Fatalf("env file:\n%s\nwant\n%s", b, want)
	}
}
