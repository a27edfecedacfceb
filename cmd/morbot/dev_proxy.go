//go:build !slim

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
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

	mu      sync.Mutex
	started time.Time
	loaded  []proxyrouter.LocalModel
	backend int // what the dev backend answers: an HTTP status, or 0 for no answer
}

func startDevProxy(dir string) (*devProxy, error) {
	d := &devProxy{config: filepath.Join(dir, "models-config.json"), backend: http.StatusMethodNotAllowed}
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
	mux.HandleFunc("/backend/", d.serveBackend)
	d.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	d.load()
	go func() { _ = d.srv.Serve(ln) }()
	return d, nil
}

// load is a (re)start: read models-config.json, reset the uptime.
func (d *devProxy) load() {
	ms := d.read()
	d.mu.Lock()
	d.loaded, d.started = ms, time.Now()
	d.mu.Unlock()
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
	_ = json.NewEncoder(w).Encode(proxyrouter.Health{Status: "healthy", Version: "morbot-dev", Uptime: up.String()})
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
