package proxyrouter

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"sync"
	"time"
)

// StepKind is what an off-chain step does on the team's node.
type StepKind string

// Off-chain step kinds, run by Runner once a proposal is approved (the stored names keep their
// "offchain:" prefix, as stores written before they were typed have them).
const (
	KindModelsConfig StepKind = "offchain:models-config"
	KindRestart      StepKind = "offchain:restart"
	KindVerify       StepKind = "offchain:verify"
)

// StepKinds lists every off-chain step kind.
var StepKinds = []StepKind{KindModelsConfig, KindRestart, KindVerify}

// Title is what a step of this kind does, as a step line says it.
func (k StepKind) Title() string {
	switch k {
	case KindModelsConfig:
		return "edit models-config.json"
	case KindRestart:
		return "restart the proxy-router"
	case KindVerify:
		return "check the proxy-router serves it"
	}
	return "an unknown off-chain step"
}

// Step is an action on the team's node that a proposal runs once approved: its kind, the payload
// bound into the proposal's hash, and the line approvers read.
type Step struct {
	Kind    StepKind
	Data    []byte
	Summary string
}

// ServePayload is the models-config step's payload (bound into the proposal's payload hash).
type ServePayload struct {
	ModelID         string `json:"model_id"`
	ModelName       string `json:"model_name"`
	APIType         string `json:"api_type"`
	APIURL          string `json:"api_url"`
	APIKeyEnv       string `json:"api_key_env,omitempty"` // the key itself is read from morbot's environment when the step runs
	ConcurrentSlots int    `json:"concurrent_slots,omitempty"`
}

// Entry is the models-config entry the payload describes (without the key).
func (p ServePayload) Entry() Entry {
	return Entry{ModelID: p.ModelID, ModelName: p.ModelName, APIType: p.APIType, APIURL: p.APIURL, ConcurrentSlots: p.ConcurrentSlots}
}

// Steps builds the off-chain steps that put a model on the node: edit, restart, verify (the last two
// only when a restart command is configured).
func Steps(p ServePayload, path string, restart []string) []Step {
	data, _ := json.Marshal(p)
	steps := []Step{{Kind: KindModelsConfig, Data: data, Summary: fmt.Sprintf("add model %s to %s", p.ModelID, path)}}
	if len(restart) > 0 {
		steps = append(steps,
			Step{Kind: KindRestart, Data: []byte(fmt.Sprintf("%q", restart)), Summary: fmt.Sprintf("restart the proxy-router: %q", restart)},
			Step{Kind: KindVerify, Data: []byte(p.ModelID), Summary: "check the proxy-router is healthy and lists the model"})
	}
	return steps
}

// DescribeStep says what an off-chain step will do, from its payload (bound into the proposal's hash).
func DescribeStep(step Step) string {
	switch step.Kind {
	case KindModelsConfig:
		var p ServePayload
		if err := json.Unmarshal(step.Data, &p); err != nil {
			return "an unreadable models-config payload; do not approve"
		}
		key := "no API key"
		if p.APIKeyEnv != "" {
			key = fmt.Sprintf("the API key from morbot's environment variable %s (its value is never shown)", p.APIKeyEnv)
		}
		slots := ""
		if p.ConcurrentSlots > 0 {
			slots = fmt.Sprintf(", %d concurrent slot(s)", p.ConcurrentSlots)
		}
		return fmt.Sprintf("writes models-config.json entry: modelId %s, modelName %q, apiType %q, apiUrl %q%s, %s", p.ModelID, p.ModelName, p.APIType, p.APIURL, slots, key)
	case KindRestart:
		return "runs the restart command " + string(step.Data)
	case KindVerify:
		return "asks the proxy-router API whether it is healthy and lists model " + string(step.Data)
	}
	return "an unknown off-chain step; do not approve"
}

// restartSlack is how much longer than the time since the restart command ran a node's uptime may be
// and still count as restarted (whole-second uptimes, the request's own time).
const restartSlack = 3 * time.Second

// Runner runs the proxy-router steps of approved proposals.
type Runner struct {
	ModelsConfig   string
	APIKeyEnvs     []string // the only variables an entry's API key may come from (checked again when the step runs)
	RestartCommand []string
	RestartTimeout time.Duration
	RestartEnv     []string // variables the restart command gets beyond PATH, HOME and LANG (proxy_router.restart_env)
	// OnRestart is told, before the restart command runs, that morbot restarts the node itself (a
	// planned restart is not part of a restart loop).
	OnRestart     func(at time.Time)
	Client        *Client // nil: verification is skipped
	VerifyTimeout time.Duration
	Now           func() time.Time
	// Output is the file the restart command's output goes to (appended; "" a temporary file): the
	// node it starts in the background may keep writing there (proxy_router.restart_output).
	Output string
	// Logger gets the restart command's whole output, scrubbed (chat gets a short excerpt).
	Logger *slog.Logger

	mu        sync.Mutex
	restarted time.Time // when the last restart command ran (the verify step checks the node's uptime against it)
}

// Run runs one approved step and says what it did (the executor's off-chain runner).
func (r *Runner) Run(ctx context.Context, step Step) (string, error) {
	switch step.Kind {
	case KindModelsConfig:
		var p ServePayload
		if err := json.Unmarshal(step.Data, &p); err != nil {
			return "", fmt.Errorf("bad payload: %w", err)
		}
		e := p.Entry()
		if p.APIKeyEnv != "" {
			if !slices.Contains(r.APIKeyEnvs, p.APIKeyEnv) {
				return "", fmt.Errorf("environment variable %s is not in proxy_router.api_key_envs (any more); nothing was written", p.APIKeyEnv)
			}
			e.APIKey = os.Getenv(p.APIKeyEnv)
			if e.APIKey == "" {
				return "", fmt.Errorf("environment variable %s (the backend's API key) is not set for morbot", p.APIKeyEnv)
			}
		}
		now := time.Now
		if r.Now != nil {
			now = r.Now
		}
		action, backup, err := EditFile(r.ModelsConfig, e, now())
		if err != nil {
			return "", err
		}
		note := fmt.Sprintf("%s model %s in %s", action, e.ModelID, r.ModelsConfig)
		if backup != "" {
			note += " (backup " + backup + ")"
		}
		return note, nil
	case KindRestart:
		timeout := r.RestartTimeout
		if timeout <= 0 {
			timeout = 2 * time.Minute
		}
		if r.OnRestart != nil {
			r.OnRestart(time.Now())
		}
		r.mu.Lock()
		r.restarted = time.Now()
		r.mu.Unlock()
		res, err := Restart(ctx, r.RestartCommand, timeout, r.Output, r.RestartEnv...)
		if r.Logger != nil && res.Output != "" {
			r.Logger.Info("restart command output", "exit_code", res.ExitCode, "output", res.Output)
		}
		if err != nil {
			return res.Summary(), fmt.Errorf("%w; models-config.json keeps the new entry and its backup", err)
		}
		return "restarted: " + res.Summary(), nil
	case KindVerify:
		if r.Client == nil {
			return "not verified: proxy_router.api_url is not configured", nil
		}
		return r.verify(ctx, string(step.Data))
	}
	return "", fmt.Errorf("unknown off-chain step %q", step.Kind)
}

func (r *Runner) verify(ctx context.Context, modelID string) (string, error) {
	timeout := r.VerifyTimeout
	if timeout <= 0 {
		timeout = time.Minute
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	r.mu.Lock()
	restarted := r.restarted
	r.mu.Unlock()
	var last error
	for {
		h, err := r.Client.Health(ctx)
		if up, ok := h.UptimeDuration(); err == nil && ok && !restarted.IsZero() && up > time.Since(restarted)+restartSlack {
			// Up since before the restart command ran: the command exited without restarting the node,
			// which still runs the entries it loaded before.
			return "", fmt.Errorf("the proxy-router was not restarted: it has been up %s, since before the restart command ran %s ago; the command exited without restarting it, so the node does not load the new entry until it is restarted",
				up.Round(time.Second), time.Since(restarted).Round(time.Second))
		}
		if err == nil && h.Status == "healthy" {
			ok, err := r.Client.Serves(ctx, modelID)
			if err == nil && ok {
				return fmt.Sprintf("proxy-router %s is healthy and lists model %s", h.Version, modelID), nil
			}
			last = err
			if err == nil {
				last = fmt.Errorf("it does not list model %s (check its MODEL_LOADER log line)", modelID)
			}
		} else if err != nil {
			last = err
		} else {
			last = fmt.Errorf("healthcheck says %q", h.Status)
		}
		select {
		case <-ctx.Done():
			return "", fmt.Errorf("not verified within %s: %v", timeout, last)
		case <-time.After(250 * time.Millisecond):
		}
	}
}
