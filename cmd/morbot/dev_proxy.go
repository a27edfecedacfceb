//go:build !slim

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/proxyrouter/teetest"
)

// devProxy is morbot dev's stand-in for the provider's proxy-router, on 127.0.0.1: it serves
// /healthcheck (with its uptime) and /v1/models from models-config.json as it was at its last
// start, as the real one does (it has no hot reload), plus a dev backend whose answer
// `/mor dev backend` sets. Restarting it is a real command (see restartOnSignal), so `model serve`
// runs the same steps as against a real node.
type devProxy struct {
	url    string
	config string // models-config.json
	srv    *http.Server
	tls    *httptest.Server  // the dev backend over https (a TEE model's backend must be https)
	tee    *teetest.Attester // GET /v1/models/attestation: the TEE models it attested at its last start
	// isTEE says whether the chain tags a model tee (set once the dev chain is up); attest is what
	// `/mor dev attestation` set per model: "", "fail: reason" or "mismatch".
	isTEE  func(id string) bool
	attest map[string]string

	mu      sync.Mutex
	started time.Time
	loaded  []proxyrouter.LocalModel
	backend int // what the dev backend answers: an HTTP status, or 0 for no answer
}

func startDevProxy(dir string) (*devProxy, error) {
	d := &devProxy{config: filepath.Join(dir, "models-config.json"), backend: http.StatusMethodNotAllowed, tee: &teetest.Attester{}, attest: map[string]string{}}
	if err := os.WriteFile(d.config, []byte("{\n  \"models\": []\n}\n"), 0o600); err != nil {
		return nil, fmt.Errorf("dev proxy-router: %w", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("dev proxy-router: %w", err)
	}
	d.url = "http://" + ln.Addr().String()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthcheck", d.health)
	mux.HandleFunc("GET /v1/models", d.models)
	mux.Handle("/v1/models/attestation", d.tee)
	mux.HandleFunc("/backend/", d.serveBackend)
	d.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	d.tls = httptest.NewUnstartedServer(http.HandlerFunc(d.serveBackend))
	d.tls.StartTLS()
	d.load()
	go func() { _ = d.srv.Serve(ln) }()
	return d, nil
}

// load is a (re)start: read models-config.json, reset the uptime, and attest each TEE model's
// backend as a v7 node does at start-up (as `/mor dev attestation` last set it: passing by default).
func (d *devProxy) load() {
	ms := d.read()
	entries, _ := proxyrouter.ReadEntries(d.config)
	d.mu.Lock()
	d.loaded, d.started = ms, time.Now()
	isTEE := d.isTEE
	d.mu.Unlock()
	for _, m := range ms {
		id := strings.ToLower(m.ID)
		d.tee.Forget(id)
		if isTEE != nil && isTEE(id) {
			d.attestNow(id, entries[id].APIURL)
		}
	}
}

// attestNow records a model's attestation as /mor dev attestation set it.
func (d *devProxy) attestNow(id, apiURL string) {
	url, err := proxyrouter.AttestationURL(apiURL)
	d.mu.Lock()
	state := d.attest[id]
	d.mu.Unlock()
	switch {
	case strings.HasPrefix(state, "fail: "):
		d.tee.Fail(id, url, strings.TrimPrefix(state, "fail: "))
	case err != nil:
		d.tee.Fail(id, "", "backend TLS: "+err.Error())
	case state == "mismatch":
		d.tee.Mismatch(id, url)
	default:
		d.tee.Pass(id, url)
	}
}

// read lists models-config.json's entries as the node would serve them.
func (d *devProxy) read() []proxyrouter.LocalModel {
	entries, err := proxyrouter.ReadEntries(d.config)
	var ms []proxyrouter.LocalModel
	if err == nil {
		for id, e := range entries {
			ms = append(ms, proxyrouter.LocalModel{ID: id, Name: e.ModelName, APIType: e.APIType})
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].ID < ms[j].ID })
	return ms
}

func (d *devProxy) health(w http.ResponseWriter, _ *http.Request) {
	d.mu.Lock()
	up := time.Since(d.started).Round(time.Second)
	d.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(proxyrouter.Health{Status: "healthy", Version: devNodeVersion, Uptime: up.String()})
}

func (d *devProxy) models(w http.ResponseWriter, _ *http.Request) {
	d.mu.Lock()
	ms := append([]proxyrouter.LocalModel{}, d.loaded...)
	d.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(ms)
}

// serveBackend answers as an OpenAI-compatible backend does: completions by POST, and 405 Method
// Not Allowed (with Allow: POST) for anything else, the health probe's HEAD included; or, as set by
// /mor dev backend, an error status or no answer at all.
func (d *devProxy) serveBackend(w http.ResponseWriter, r *http.Request) {
	d.mu.Lock()
	code := d.backend
	d.mu.Unlock()
	switch {
	case code == 0: // no answer: drop the connection
		if hj, ok := w.(http.Hijacker); ok {
			if c, _, err := hj.Hijack(); err == nil {
				_ = c.Close()
				return
			}
		}
		w.WriteHeader(http.StatusBadGateway)
	case code != http.StatusOK:
		w.WriteHeader(code)
	case r.Method != http.MethodPost:
		w.Header().Set("Allow", http.MethodPost)
		w.WriteHeader(http.StatusMethodNotAllowed)
	default:
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"object":"chat.completion","model":"dev","choices":[{"index":0,"message":{"role":"assistant","content":"hello from the morbot dev backend"},"finish_reason":"stop"}]}`)
	}
}

func (d *devProxy) close() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_ = d.srv.Shutdown(ctx)
	d.tls.Close()
}

// devNodeVersion is what the stand-in node reports: a v7 node (it serves the attestation list).
const devNodeVersion = "v7.0.0-morbot-dev"

// tlsBackendURL is the dev backend's completions URL over https, for TEE models.
func (d *devProxy) tlsBackendURL() string { return d.tls.URL + "/backend/v1/chat/completions" }

// attestationSpec is `/mor dev attestation pass|fail|mismatch MODEL [reason]`: how the stand-in node's
// attestation of a TEE model's backend comes out, now and at its next start.
func (d *devProxy) attestationSpec() *commands.Spec {
	return commands.NewSpec(commands.Spec{Path: []string{"dev", "attestation"}, Dev: true,
		Summary: "(dev only) how the dev node's attestation of a TEE model's backend comes out: pass, fail (with a reason) or mismatch (the workload is not the attested one)",
		Args: []commands.Arg{{Name: "state", Help: "pass, fail or mismatch"}, {Name: "model", Help: "the team's model name or its 0x ID (tagged tee)"},
			{Name: "reason", Help: "what the node says for fail (default: a TDX quote error)", Optional: true, Variadic: true}},
		Example: "/mor dev attestation fail my-tee-model nras: GPU evidence rejected"},
		func(h *commands.Handler, ctx context.Context, c *commands.Call) (*commands.Response, error) {
			state := strings.ToLower(c.Arg("state"))
			if state != "pass" && state != "fail" && state != "mismatch" {
				return nil, &commands.UsageError{Spec: c.Spec, Msg: fmt.Sprintf("state: %q is not pass, fail or mismatch", c.Arg("state"))}
			}
			model, err := h.ResolveModel(ctx, c, c.Arg("model"))
			if err != nil {
				return nil, err
			}
			id := strings.ToLower(model.Hex())
			if d.isTEE == nil || !d.isTEE(id) {
				return nil, &commands.UsageError{Spec: c.Spec, Msg: fmt.Sprintf("model %s is not tagged tee on chain, so the node does not attest it; register one with /mor model create NAME STAKE --tags LLM,tee", id)}
			}
			what := ""
			switch state {
			case "fail":
				reason := c.Arg("reason")
				if reason == "" {
					reason = "tdx quote: RTMR3 does not match the attested docker-compose"
				}
				what = "fail: " + reason
			case "mismatch":
				what = "mismatch"
			}
			d.mu.Lock()
			d.attest[id] = what
			loaded := false
			for _, m := range d.loaded {
				loaded = loaded || strings.EqualFold(m.ID, id)
			}
			d.mu.Unlock()
			if !loaded {
				return &commands.Response{Message: chat.Message{Severity: chat.Success,
					Text: "the dev node does not serve " + id + " yet; its attestation comes out that way once it does (/mor model serve)"}}, nil
			}
			entries, _ := proxyrouter.ReadEntries(d.config)
			d.attestNow(id, entries[id].APIURL)
			return &commands.Response{Message: chat.Message{Severity: chat.Success,
				Text: "the dev node's attestation of " + id + " now comes out " + state + "; /mor health, /mor verify and the next alert check (every 10 s) show it"}}, nil
		})
}

// backendURL is the dev backend's completions URL, the default for `model serve`.
func (d *devProxy) backendURL() string { return d.url + "/backend/v1/chat/completions" }

// backendSpec is `/mor dev backend <ok|402|429|500|down>`: how the dev backend answers the health
// probe, to show the backend alerts live.
func (d *devProxy) backendSpec() *commands.Spec {
	states := map[string]int{"ok": http.StatusOK, "402": http.StatusPaymentRequired, "429": http.StatusTooManyRequests, "500": http.StatusInternalServerError, "down": 0}
	return commands.NewSpec(commands.Spec{Path: []string{"dev", "backend"}, Dev: true,
		Summary: "(dev only) how the dev backend answers the health probe: ok, 402 (out of credit), 429 (rate limited), 500 or down",
		Args:    []commands.Arg{{Name: "state", Help: "ok, 402, 429, 500 or down"}},
		Example: "/mor dev backend 402"},
		func(_ *commands.Handler, _ context.Context, c *commands.Call) (*commands.Response, error) {
			code, ok := states[strings.ToLower(c.Arg("state"))]
			if !ok {
				return nil, &commands.UsageError{Spec: c.Spec, Msg: fmt.Sprintf("state: %q is not one of ok, 402, 429, 500, down", c.Arg("state"))}
			}
			d.mu.Lock()
			d.backend = code
			d.mu.Unlock()
			what := "answers " + strconv.Itoa(code) + " to everything"
			switch code {
			case 0:
				what = "does not answer"
			case http.StatusOK:
				what = "answers as a working backend does: completions by POST, and 405 Method Not Allowed to the health probe's HEAD (a POST-only endpoint), which counts as alive"
			}
			return &commands.Response{Message: chat.Message{Severity: chat.Success,
				Text: "the dev backend now " + what + "; /mor health shows it, and the next alert check (every 10 s) reports it"}}, nil
		})
}

// restartOnSignal makes SIGUSR1 to this process restart the dev proxy-router, and returns the command
// that sends it: morbot's proxy-router step runs it like any configured restart_command.
func (d *devProxy) restartOnSignal() (argv []string, stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGUSR1)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
				d.load()
			case <-done:
				return
			}
		}
	}()
	// The shell's own kill: /bin/sh is on every machine, a kill binary is not.
	return []string{"/bin/sh", "-c", "kill -USR1 " + strconv.Itoa(os.Getpid())}, func() { signal.Stop(ch); close(done) }
}
