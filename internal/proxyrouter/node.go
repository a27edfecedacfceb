package proxyrouter

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
)

// RestartResult is what the restart command did.
type RestartResult struct {
	ExitCode int
	Tail     []string // last lines of its output
	Duration time.Duration
	TimedOut bool
}

// Summary is one line for a chat message.
func (r RestartResult) Summary() string {
	s := fmt.Sprintf("exit code %d after %s", r.ExitCode, r.Duration.Round(time.Millisecond))
	if r.TimedOut {
		s = fmt.Sprintf("timed out after %s and was stopped", r.Duration.Round(time.Millisecond))
	}
	if len(r.Tail) > 0 {
		s += "; output: " + strings.Join(r.Tail, " ⏎ ")
	}
	return s
}

// tailBuffer keeps the last n lines written to it.
type tailBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.buf.Len() < 1<<20 {
		t.buf.Write(p)
	}
	return len(p), nil
}

func (t *tailBuffer) lines(n int) []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	all := strings.Split(strings.TrimRight(t.buf.String(), "\n"), "\n")
	if len(all) == 1 && all[0] == "" {
		return nil
	}
	if len(all) > n {
		all = all[len(all)-n:]
	}
	return all
}

// BaseEnv are the variables every child process gets from morbot's environment; anything else only
// when listed in proxy_router.restart_env.
var BaseEnv = []string{"PATH", "HOME", "LANG"}

// ChildEnv is the environment of a child process (the restart command): BaseEnv and the variables
// named in extra, from morbot's environment; never the rest of it (the keyring passphrase, tokens,
// DSNs live there).
func ChildEnv(lookup func(string) (string, bool), extra []string) []string {
	var out []string
	for _, k := range append(append([]string(nil), BaseEnv...), extra...) {
		if v, ok := lookup(k); ok {
			out = append(out, k+"="+v)
		}
	}
	return out
}

// Restart runs the configured restart command (an argument list, never a shell string) with a timeout
// and a minimal environment (ChildEnv with extra). A non-zero exit or a timeout is an error that
// carries the result.
func Restart(ctx context.Context, argv []string, timeout time.Duration, extra ...string) (RestartResult, error) {
	if len(argv) == 0 || argv[0] == "" {
		return RestartResult{}, errors.New("no restart command configured")
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = ChildEnv(os.LookupEnv, extra)
	var out tailBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // its own process group: a timeout stops its children too
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM) }
	cmd.WaitDelay = 5 * time.Second
	start := time.Now()
	err := cmd.Run()
	res := RestartResult{Duration: time.Since(start), Tail: out.lines(5), ExitCode: -1}
	if cmd.ProcessState != nil {
		res.ExitCode = cmd.ProcessState.ExitCode()
	}
	if ctx.Err() == context.DeadlineExceeded {
		res.TimedOut = true
		return res, fmt.Errorf("restart command %s: %s", argv[0], res.Summary())
	}
	if err != nil {
		return res, fmt.Errorf("restart command %s: %s", argv[0], res.Summary())
	}
	return res, nil
}

// Client talks to the proxy-router's HTTP API (basic auth from its cookie file, "user:password").
type Client struct {
	base   string
	cookie string
	http   *http.Client
}

// NewClient reads the cookie file (if given) and returns an API client.
func NewClient(apiURL, cookieFile string) (*Client, error) {
	c := &Client{base: strings.TrimRight(apiURL, "/"), http: &http.Client{Timeout: 10 * time.Second}}
	if cookieFile != "" {
		b, err := os.ReadFile(cookieFile)
		if err != nil {
			return nil, fmt.Errorf("proxy-router cookie file: %w", err)
		}
		c.cookie = strings.TrimSpace(string(b))
	}
	return c, nil
}

func (c *Client) get(ctx context.Context, path string, out any) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return 0, err
	}
	if user, pass, ok := strings.Cut(c.cookie, ":"); ok {
		req.SetBasicAuth(user, pass)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, fmt.Errorf("proxy-router %s: %w", path, err)
	}
	defer resp.Body.Close()
	if out != nil && resp.StatusCode < 300 {
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			return resp.StatusCode, fmt.Errorf("proxy-router %s: %w", path, err)
		}
	} else if out != nil && resp.StatusCode == http.StatusServiceUnavailable {
		_ = json.NewDecoder(resp.Body).Decode(out) // a degraded healthcheck still says which part is down
	}
	return resp.StatusCode, nil
}

// Health is GET /healthcheck.
type Health struct {
	Status  string `json:"status"`
	Version string `json:"version"`
	Uptime  string `json:"uptime"`
	// Components is each part's health ("healthy, …" or "unhealthy: …"); versions that check models
	// report them here by model ID.
	Components map[string]string `json:"components,omitempty"`
}

// UptimeDuration parses Uptime (a Go duration such as "1h2m3s"); ok is false when it does not parse.
func (h Health) UptimeDuration() (time.Duration, bool) {
	d, err := time.ParseDuration(h.Uptime)
	return d, err == nil
}

// Health checks the node; a 503 reads as degraded.
func (c *Client) Health(ctx context.Context) (Health, error) {
	var h Health
	code, err := c.get(ctx, "/healthcheck", &h)
	if err != nil {
		return h, err
	}
	if code == http.StatusServiceUnavailable {
		h.Status = "degraded"
		return h, nil
	}
	if code >= 300 {
		return h, fmt.Errorf("proxy-router /healthcheck answered %d", code)
	}
	return h, nil
}

// LocalModel is one entry of GET /v1/models (PascalCase keys, as the proxy-router sends them).
type LocalModel struct {
	ID      string `json:"Id"`
	Name    string `json:"Name"`
	APIType string `json:"ApiType"`
}

// Models lists the models the node serves.
func (c *Client) Models(ctx context.Context) ([]LocalModel, error) {
	var ms []LocalModel
	code, err := c.get(ctx, "/v1/models", &ms)
	if err != nil {
		return nil, err
	}
	if code == http.StatusUnauthorized || code == http.StatusForbidden {
		return nil, fmt.Errorf("proxy-router /v1/models refused the credentials (HTTP %d): check proxy_router.cookie_file and the user's get_local_models permission", code)
	}
	if code >= 300 {
		return nil, fmt.Errorf("proxy-router /v1/models answered %d", code)
	}
	return ms, nil
}

// Serves reports whether the node lists the model ID.
func (c *Client) Serves(ctx context.Context, modelID string) (bool, error) {
	ms, err := c.Models(ctx)
	if err != nil {
		return false, err
	}
	for _, m := range ms {
		if strings.TrimPrefix(strings.ToLower(m.ID), "0x") == strings.TrimPrefix(strings.ToLower(modelID), "0x") {
			return true, nil
		}
	}
	return false, nil
}

// CheckEndpoint tries a TCP connection to a provider endpoint (host:port).
func CheckEndpoint(ctx context.Context, hostport string, timeout time.Duration) error {
	d := net.Dialer{Timeout: timeout}
	c, err := d.DialContext(ctx, "tcp", hostport)
	if err != nil {
		return fmt.Errorf("endpoint %s is not reachable: %w", hostport, err)
	}
	return c.Close()
}
