package proxyrouter

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"github.com/morbotlabs/morbot/internal/redact"
)

// RestartResult is what the restart command did.
type RestartResult struct {
	ExitCode int
	Tail     []string // the last lines of its output, scrubbed and cut short: what chat shows
	Output   string   // what it printed this time (its last 64 KiB), scrubbed: for the log only
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

// outputLimit is how much of a restart command's output is read back (its last bytes).
const outputLimit = 64 << 10

// lastLines are the last n lines of text, each cut to width runes.
func lastLines(text string, n, width int) []string {
	all := strings.Split(strings.TrimRight(text, "\n"), "\n")
	if len(all) == 1 && all[0] == "" {
		return nil
	}
	if len(all) > n {
		all = all[len(all)-n:]
	}
	for i, l := range all {
		if r := []rune(l); len(r) > width {
			all[i] = string(r[:width]) + "…"
		}
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
// and a minimal environment (ChildEnv with extra), in its own process group. Its output goes to the
// file output (appended, mode 0600; "" is a temporary file removed afterwards), never to a pipe: a
// command that starts the node in the background (nohup … &) leaves the node holding the file, and
// nothing it holds is ever closed under it. Only the command itself is waited for; exit 0 is success.
// The result carries what it printed this time (the last 64 KiB), with every URL and registered
// secret scrubbed (a node that prints its ETH_NODE_ADDRESS at start names its RPC key): a bounded
// excerpt of it is what chat shows. A non-zero exit or a timeout (which stops its process group) is an
// error that carries the result.
func Restart(ctx context.Context, argv []string, timeout time.Duration, output string, extra ...string) (RestartResult, error) {
	if len(argv) == 0 || argv[0] == "" {
		return RestartResult{}, errors.New("no restart command configured")
	}
	if output == "" {
		f, err := os.CreateTemp("", "morbot-restart-*.log")
		if err != nil {
			return RestartResult{}, fmt.Errorf("restart output: %w", err)
		}
		output = f.Name()
		_ = f.Close()
		defer os.Remove(output)
	}
	out, err := os.OpenFile(output, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return RestartResult{}, fmt.Errorf("restart output %s: %w", output, err)
	}
	defer out.Close()
	_ = os.Chmod(output, 0o600)
	var from int64
	if st, err := out.Stat(); err == nil {
		from = st.Size()
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = ChildEnv(os.LookupEnv, extra)
	cmd.Stdin = nil
	cmd.Stdout, cmd.Stderr = out, out                     // a file: the child writes to it directly, no pipe to close
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // its own process group: a timeout stops its children too
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM) }
	start := time.Now()
	runErr := cmd.Run()
	res := RestartResult{Duration: time.Since(start), ExitCode: -1}
	if cmd.ProcessState != nil {
		res.ExitCode = cmd.ProcessState.ExitCode()
	}
	res.Output = readFrom(output, from)
	res.Tail = lastLines(res.Output, 5, 200)
	if ctx.Err() == context.DeadlineExceeded {
		res.TimedOut = true
		return res, fmt.Errorf("restart command %s: %s", argv[0], res.Summary())
	}
	if runErr != nil {
		return res, fmt.Errorf("restart command %s: %s", argv[0], res.Summary())
	}
	return res, nil
}

// readFrom reads what was appended to a file since offset (its last outputLimit bytes), scrubbed.
func readFrom(path string, offset int64) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.Size() <= offset {
		return ""
	}
	if st.Size()-offset > outputLimit {
		offset = st.Size() - outputLimit
	}
	b := make([]byte, st.Size()-offset)
	n, _ := f.ReadAt(b, offset)
	return redact.Scrub(string(b[:n]))
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
