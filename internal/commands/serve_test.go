package commands_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/approval/approvaltest"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/executor"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/store/testdb"
	"github.com/morbotlabs/morbot/internal/view"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// model serve through the approval flow: edit models-config.json, run the restart command (a test
// script that makes the fake node serve what the file lists), verify through the node's API.
func TestModelServeThroughApproval(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "models-config.json")
	if err := os.WriteFile(cfgPath, []byte(`{"models": []}`), 0o600); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	loaded := false
	node := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/healthcheck":
			fmt.Fprint(w, `{"status":"healthy","version":"v5.0.0"}`)
		case "/v1/models":
			mu.Lock()
			defer mu.Unlock()
			var out []map[string]string
			if loaded { // what the "restarted" node read from the file
				b, _ := os.ReadFile(cfgPath)
				var f struct {
					Models []struct{ ModelID, ModelName, APIType string }
				}
				_ = json.Unmarshal(b, &f)
				for _, m := range f.Models {
					out = append(out, map[string]string{"Id": m.ModelID, "Name": m.ModelName, "ApiType": m.APIType})
				}
			}
			_ = json.NewEncoder(w).Encode(out)
		}
	}))
	defer node.Close()
	marker := filepath.Join(dir, "restarted")
	restart := filepath.Join(dir, "restart.sh")
	_ = os.WriteFile(restart, []byte("#!/bin/sh\necho restarting\ntouch "+marker+"\n"), 0o755)
	go func() { // the node "restarts" when the script ran
		for i := 0; i < 2000; i++ {
			if _, err := os.Stat(marker); err == nil {
				mu.Lock()
				loaded = true
				mu.Unlock()
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()

	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	db, err := testdb.Open(t, filepath.Join(dir, "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cl := sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	signer := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	client, _ := proxyrouter.NewClient(node.URL, "")
	runner := &proxyrouter.Runner{ModelsConfig: cfgPath, RestartCommand: []string{restart}, RestartTimeout: 5 * time.Second, Client: client, VerifyTimeout: 10 * time.Second}
	members := approval.Members{Users: map[string]bool{"alice": true, "bob": true, "carol": true}}
	engCore := wiring.New(wiring.Options{Store: db, Chain: cl, Signer: signer, Policy: approval.Policy{Quorum: 2, Approvers: map[string]approval.Members{"console": members}, AnyRejectEnds: true, Expiry: time.Hour}, Provider: signer.Address(), Proxy: &wiring.Proxy{ModelsConfig: cfgPath, RestartCommand: []string{restart}, Client: client,
		DefaultAPIType: "openai", DefaultAPIURL: "http://127.0.0.1:8000/v1/chat/completions"}, Exec: executor.Options{Runner: runner}})
	eng := approvaltest.CoreOf(engCore)
	defer eng.Close()
	h := commands.New(commands.Options{Domain: engCore})
	e := &env{t: t, sim: sim, eng: eng, h: h, cl: cl}

	r := e.run("alice", "/mor model create llama 0.1")
	p := e.approveAndWait(r.ProposalID)
	if !strings.Contains(flatten(view.Proposal(p, cl.Network(), nil)), "/mor model serve 0x") {
		t.Fatal("the confirmed model create does not offer the proxy-router step")
	}
	// With default backends configured, the confirmed message carries an "Add to proxy-router" button
	// that proposes the serve plan for the clicker.
	var serve *chat.Button
	for _, b := range h.Render(p).Buttons {
		if b.Action == chat.ActionServe {
			serve = &b
		}
	}
	if model, ok := p.RegisteredModel(); serve == nil || !ok || serve.Token != strings.ToLower(model.Hex()) {
		t.Fatalf("no serve button on the confirmed model create: %+v", h.Render(p).Buttons)
	}
	// ...and its "next" line is the command for the configured backend, not a placeholder.
	want := "/mor model serve " + serve.Token + " (the default backend: openai at http://127.0.0.1:8000/v1/chat/completions; add --api-type and --api-url for another)"
	if next := flatten(h.Render(p)); !strings.Contains(next, want) || strings.Contains(next, "<backend URL") {
		t.Fatalf("the next line ignores the default backend:\n%s", next)
	}
	viaButton := h.Click(context.Background(), u("bob"), serve.Token, chat.ActionServe)
	if viaButton.ProposalID == 0 || !strings.Contains(flatten(viaButton.Message), "model serve") {
		t.Fatalf("serve button: %s", flatten(viaButton.Message))
	}
	if _, err := e.eng.Cancel(context.Background(), u("bob"), viaButton.ProposalID); err != nil {
		t.Fatal(err)
	}
	// No flags: the configured defaults.
	byDefault := e.run("alice", "/mor model serve llama")
	if dt := flatten(byDefault.Message); byDefault.ProposalID == 0 || !strings.Contains(dt, `apiType "openai", apiUrl "http://127.0.0.1:8000/v1/chat/completions"`) {
		t.Fatalf("serve with the defaults: %s", dt)
	}
	if _, err := e.eng.Cancel(context.Background(), u("alice"), byDefault.ProposalID); err != nil {
		t.Fatal(err)
	}
	bad := e.run("alice", "/mor model serve llama --api-type openai --api-url http://127.0.0.1:8000/v1")
	if bad.ProposalID != 0 || !strings.Contains(flatten(bad.Message), "use the full endpoint") {
		t.Fatalf("bare /v1 URL: %+v", bad.Message)
	}
	r = e.run("alice", "/mor model serve llama --api-type openai --api-url http://127.0.0.1:8000/v1/chat/completions --slots 2")
	if r.ProposalID == 0 {
		t.Fatalf("no proposal: %s", flatten(r.Message))
	}
	if got, _ := os.ReadFile(cfgPath); string(got) != `{"models": []}` {
		t.Fatal("models-config.json changed before approval")
	}
	p = e.approveAndWait(r.ProposalID)
	text := flatten(view.Proposal(p, cl.Network(), nil))
	for _, want := range []string{"added model 0x", "restarted: exit code 0", "restarting", "is healthy and lists model"} {
		if !strings.Contains(text, want) {
			t.Errorf("proposal lacks %q:\n%s", want, text)
		}
	}
	got, _ := os.ReadFile(cfgPath)
	if !strings.Contains(string(got), `"concurrentSlots": 2`) || !strings.Contains(string(got), strings.ToLower(p.Params.(approval.ModelServeParams).Model.Hex())) {
		t.Fatalf("models-config.json:\n%s", got)
	}
	st := flatten(e.run("alice", "/mor proxy status").Message)
	if !strings.Contains(st, "healthy (version v5.0.0") || !strings.Contains(st, "llama 0x") {
		t.Fatalf("proxy status:\n%s", st)
	}
}

func TestModelServeRestartFailureReported(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "models-config.json")
	_ = os.WriteFile(cfgPath, []byte(`{"models": []}`), 0o600)
	restart := filepath.Join(dir, "restart.sh")
	_ = os.WriteFile(restart, []byte("#!/bin/sh\necho permission denied >&2\nexit 4\n"), 0o755)
	sim, _ := chaintest.NewSim(ctx, chaintest.Options{Accounts: 1})
	defer sim.Close()
	db, _ := testdb.Open(t, filepath.Join(dir, "m.db"))
	defer db.Close()
	cl := sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	signer := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	runner := &proxyrouter.Runner{ModelsConfig: cfgPath, RestartCommand: []string{restart}, RestartTimeout: 5 * time.Second}
	members := approval.Members{Users: map[string]bool{"alice": true, "bob": true, "carol": true}}
	engCore := wiring.New(wiring.Options{Store: db, Chain: cl, Signer: signer, Policy: approval.Policy{Quorum: 2, Approvers: map[string]approval.Members{"console": members}, AnyRejectEnds: true, Expiry: time.Hour}, Provider: signer.Address(), Proxy: &wiring.Proxy{ModelsConfig: cfgPath, RestartCommand: []string{restart}}, Exec: executor.Options{Runner: runner}})
	eng := approvaltest.CoreOf(engCore)
	defer eng.Close()
	h := commands.New(commands.Options{Domain: engCore})
	e := &env{t: t, sim: sim, eng: eng, h: h, cl: cl}
	e.approveAndWait(e.run("alice", "/mor model create llama 0.1").ProposalID)
	// No defaults configured: both flags are required, each with what is accepted.
	if r := e.run("alice", "/mor model serve llama"); r.ProposalID != 0 || !strings.Contains(flatten(r.Message), "--api-type is required (or set proxy_router.default_api_type): openai, prodia-v2") {
		t.Fatalf("no api type: %s", flatten(r.Message))
	}
	if r := e.run("alice", "/mor model serve llama --api-type openai"); r.ProposalID != 0 || !strings.Contains(flatten(r.Message), "--api-url is required (or set proxy_router.default_api_url)") {
		t.Fatalf("no api url: %s", flatten(r.Message))
	}
	r := e.run("alice", "/mor model serve llama --api-type openai --api-url http://127.0.0.1:8000/v1/chat/completions")
	for _, who := range []string{"bob", "carol"} {
		e.h.ClickByID(ctx, u(who), fmt.Sprintf("P-%d", r.ProposalID), chat.ActionApprove)
	}
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	_ = e.eng.Idle(wctx)
	p, _ := e.eng.Get(ctx, r.ProposalID)
	if p.Status != approval.Failed || p.FailedStep != 1 || !strings.Contains(p.Reason, "exit code 4") || !strings.Contains(p.Reason, "permission denied") || !strings.Contains(p.Reason, "keeps the new entry and its backup") {
		t.Fatalf("%s step %d: %s", p.Status, p.FailedStep, p.Reason)
	}
	if backups, _ := filepath.Glob(cfgPath + ".bak-*"); len(backups) != 1 {
		t.Fatalf("backups: %v", backups)
	}
}

// An API key reaches models-config.json only from a variable listed in proxy_router.api_key_envs;
// the proposal names the variable, never its value; the file and its backups keep the existing
// file's mode; and a later serve that moves the backend to another host drops the kept key.
func TestModelServeAPIKeys(t *testing.T) {
	t.Setenv("MORBOT_T_PASSPHRASE", "the-keyring-passphrase-SECRET")
	t.Setenv("OPENAI_KEY", "sk-backend-key-SECRET")
	ctx := context.Background()
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "models-config.json")
	if err := os.WriteFile(cfgPath, []byte(`{"models": []}`), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(cfgPath, 0o640); err != nil {
		t.Fatal(err)
	}
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	db, err := testdb.Open(t, filepath.Join(dir, "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cl := sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	signer := chaintest.KeySigner{Key: sim.Accounts[0].Key}
	envs := []string{"OPENAI_KEY"}
	runner := &proxyrouter.Runner{ModelsConfig: cfgPath, APIKeyEnvs: envs}
	members := approval.Members{Users: map[string]bool{"alice": true, "bob": true, "carol": true}}
	engCore := wiring.New(wiring.Options{Store: db, Chain: cl, Signer: signer, Policy: approval.Policy{Quorum: 2, Approvers: map[string]approval.Members{"console": members}, AnyRejectEnds: true, Expiry: time.Hour}, Provider: signer.Address(), Proxy: &wiring.Proxy{ModelsConfig: cfgPath, APIKeyEnvs: envs}, Exec: executor.Options{Runner: runner}})
	eng := approvaltest.CoreOf(engCore)
	defer eng.Close()
	h := commands.New(commands.Options{Domain: engCore})
	e := &env{t: t, sim: sim, eng: eng, h: h, cl: cl}
	e.approveAndWait(e.run("alice", "/mor model create llama 0.1").ProposalID)

	for _, name := range []string{"MORBOT_T_PASSPHRASE", "HOME", "PATH"} {
		r := e.run("alice", "/mor model serve llama --api-type openai --api-url http://127.0.0.1:8000/v1/chat/completions --api-key-env "+name)
		if r.ProposalID != 0 || !strings.Contains(flatten(r.Message), fmt.Sprintf(`--api-key-env: %q is not a variable morbot may hand to the proxy-router; the allowed ones are OPENAI_KEY`, name)) {
			t.Fatalf("%s: %s", name, flatten(r.Message))
		}
	}
	r := e.run("alice", "/mor model serve llama --api-type openai --api-url http://127.0.0.1:8000/v1/chat/completions --api-key-env OPENAI_KEY")
	text := flatten(r.Message)
	if r.ProposalID == 0 || !strings.Contains(text, "with the API key from morbot's environment variable OPENAI_KEY (never shown); the entry will be added") ||
		!strings.Contains(text, "the API key from morbot's environment variable OPENAI_KEY (its value is never shown)") || strings.Contains(text, "SECRET") {
		t.Fatalf("serve with a key: %s", text)
	}
	if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
		t.Fatal(p.Reason)
	}
	got, _ := os.ReadFile(cfgPath)
	if !strings.Contains(string(got), `"apiKey": "sk-backend-key-SECRET"`) {
		t.Fatalf("models-config.json lacks the key:\n%s", got)
	}
	modes := func() map[string]os.FileMode {
		out := map[string]os.FileMode{}
		matches, _ := filepath.Glob(cfgPath + "*")
		for _, m := range matches {
			st, _ := os.Stat(m)
			out[filepath.Base(m)] = st.Mode().Perm()
		}
		return out
	}
	for name, mode := range modes() {
		if mode != 0o640 {
			t.Errorf("%s has mode %o, want the original 0640", name, mode)
		}
	}
	// Another host, no key named: the kept key is dropped, and the proposal says so first.
	r = e.run("alice", "/mor model serve llama --api-type openai --api-url https://elsewhere.example/v1/chat/completions")
	if r.ProposalID == 0 || !strings.Contains(flatten(r.Message), "its API key was for another host and was dropped") {
		t.Fatalf("host change: %s", flatten(r.Message))
	}
	if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
		t.Fatal(p.Reason)
	}
	got, _ = os.ReadFile(cfgPath)
	if strings.Contains(string(got), "SECRET") || strings.Contains(string(got), "apiKey") {
		t.Fatalf("the old backend's key went to the new host:\n%s", got)
	}
	// A new file is created 0600.
	fresh := filepath.Join(dir, "new-models-config.json")
	if _, _, err := proxyrouter.EditFile(fresh, proxyrouter.Entry{ModelID: "0x" + strings.Repeat("ab", 32), ModelName: "m", APIType: "openai", APIURL: "http://127.0.0.1:1/v1/chat/completions"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(fresh); st.Mode().Perm() != 0o600 {
		t.Fatalf("a new models-config.json has mode %o", st.Mode().Perm())
	}
	// The runner checks the list again when the step runs.
	if _, err := (&proxyrouter.Runner{ModelsConfig: fresh}).Run(ctx, proxyrouter.Steps(proxyrouter.ServePayload{ModelID: "0x" + strings.Repeat("ab", 32), ModelName: "m", APIType: "openai",
		APIURL: "http://127.0.0.1:1/v1/chat/completions", APIKeyEnv: "MORBOT_T_PASSPHRASE"}, fresh, nil)[0]); err == nil || !strings.Contains(err.Error(), "MORBOT_T_PASSPHRASE is not in proxy_router.api_key_envs") {
		t.Fatalf("runner: %v", err)
	}
	if b, _ := os.ReadFile(fresh); strings.Contains(string(b), "SECRET") {
		t.Fatal("the passphrase reached models-config.json")
	}
}

// A model the provider owns on chain that this store did not register (another morbot, the Swagger
// page) is found by its on-chain name, as /mor health names it: model serve and market take it.
func TestModelsOnChainResolveByName(t *testing.T) {
	t.Parallel()
	cfgPath := filepath.Join(t.TempDir(), "models-config.json")
	if err := os.WriteFile(cfgPath, []byte(`{"models": []}`), 0o600); err != nil {
		t.Fatal(err)
	}
	e := newEnvFull(t, 2, nil, &wiring.Proxy{ModelsConfig: cfgPath})
	ctx := context.Background()
	me := e.eng.SignerAddress()
	signer := chaintest.KeySigner{Key: e.sim.Accounts[0].Key}
	if r := e.run("alice", "/mor provider create 0.2 127.0.0.1:3333"); r.ProposalID == 0 {
		t.Fatal(flatten(r.Message))
	} else if p := e.approveAndWait(r.ProposalID); p.Status != approval.Confirmed {
		t.Fatal(p.Reason)
	}
	base := common.HexToHash("0xe7")
	id := chain.ModelID(me, base)
	for _, tx := range []chain.TxRequest{e.cl.ApproveTx(mor("1")), e.cl.ModelRegisterTx(me, base, common.Hash{}, big.NewInt(0), mor("0.1"), "ext-model", []string{"LLM"}),
		e.cl.PostModelBidTx(me, id, big.NewInt(1e13))} {
		if _, err := e.cl.Send(ctx, signer, tx); err != nil {
			t.Fatal(err)
		}
	}
	if m := e.run("alice", "/mor market ext-model").Message; !strings.Contains(m.Title, `Market for "ext-model" (`+strings.ToLower(id.Hex())+")") {
		t.Fatalf("market by the on-chain name: %s", flatten(m))
	}
	r := e.run("alice", "/mor model serve ext-model --api-type openai --api-url http://127.0.0.1:8000/v1/chat/completions")
	if r.ProposalID == 0 || !strings.Contains(flatten(r.Message), strings.ToLower(id.Hex())) {
		t.Fatalf("model serve by the on-chain name: %s", flatten(r.Message))
	}
	// A model someone else owns is not the team's by name, even with the team's bid on it: its name is
	// theirs to choose, and may copy one of ours.
	them := chaintest.KeySigner{Key: e.sim.Accounts[1].Key}
	theirs := chain.ModelID(them.Address(), base)
	if _, err := e.cl.Send(ctx, them, e.cl.ApproveTx(mor("1"))); err != nil {
		t.Fatal(err)
	}
	if _, err := e.cl.Send(ctx, them, e.cl.ModelRegisterTx(them.Address(), base, common.Hash{}, big.NewInt(0), mor("0.1"), "their-model", []string{"LLM"})); err != nil {
		t.Fatal(err)
	}
	if _, err := e.cl.Send(ctx, signer, e.cl.PostModelBidTx(me, theirs, big.NewInt(1e13))); err != nil {
		t.Fatal(err)
	}
	if m := e.run("alice", "/mor market their-model").Message; m.Title != "Not found" || !strings.Contains(m.Text, `no active model named "their-model"`) {
		t.Fatalf("another owner's model resolved by name: %s", flatten(m))
	}
	if m := e.run("alice", "/mor market "+strings.ToLower(theirs.Hex())).Message; !strings.Contains(m.Title, `Market for "their-model"`) {
		t.Fatalf("by its ID: %s", flatten(m))
	}
}
