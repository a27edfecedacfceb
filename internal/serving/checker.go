package serving

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/redact"
	"github.com/morbotlabs/morbot/internal/store"
)

// Checker reads the proxy-router for one health check.
type Checker struct {
	Client       *proxyrouter.Client
	ModelsConfig string       // models-config.json path ("" when morbot does not manage it)
	Probe        bool         // also probe each backend (proxy_router.probe_backends)
	HTTP         *http.Client // for probes (default: 5 s timeout)
	Store        *store.DB    // uptime history for restart-loop detection
	Now          func() time.Time
	Window       time.Duration // restart-loop window (default 30m)
	LoopResets   int           // resets in the window that make a loop (default 3)
	StaleAfter   time.Duration // a passing TEE attestation counts this long (default 1h)
	// Attest reads the node's attestation list: only when the chain tags one of the models tee, so a
	// provider without TEE models costs its node no request (and a node before v7 no 404) per check.
	Attest bool
}

// Read gathers the node's state and records the uptime for restart detection.
func (c *Checker) Read(ctx context.Context) (Node, error) {
	now := time.Now
	if c.Now != nil {
		now = c.Now
	}
	n := Node{Window: c.Window, LoopResets: c.LoopResets, Served: map[string]bool{}, ConfigManaged: c.ModelsConfig != "", StaleAfter: c.StaleAfter}
	if n.Window <= 0 {
		n.Window = 30 * time.Minute
	}
	if n.LoopResets <= 0 {
		n.LoopResets = 3
	}
	sent := now()
	h, err := c.Client.Health(ctx)
	received := now()
	if err != nil {
		n.HealthErr = redact.Error(err).Error()
		if c.Store != nil {
			if n.DownChecks, n.DownFor, err = c.Store.RecordDown(ctx, received); err != nil {
				return n, err
			}
		}
	} else {
		n.Health = h
		if up, ok := h.UptimeDuration(); ok && c.Store != nil {
			if n.Resets, err = c.Store.RecordUptime(ctx, store.Reading{Sent: sent, Received: received, Up: up}, n.Window); err != nil {
				return n, err
			}
		}
		ms, err := c.Client.Models(ctx)
		if err != nil {
			n.ModelsErr = redact.Error(err).Error()
		}
		for _, m := range ms {
			id := strings.ToLower(m.ID)
			if !strings.HasPrefix(id, "0x") {
				id = "0x" + id
			}
			n.Served[id] = true
		}
		// TEE attestations (v7): a node before v7 answers 404, which matters only for a tee model.
		if c.Attest {
			switch as, err := c.Client.Attestations(ctx); {
			case errors.Is(err, proxyrouter.ErrNoAttestation):
				n.NoAttest = true
			case err != nil:
				n.AttestErr = redact.Error(err).Error()
			default:
				n.Attest = as
			}
		}
	}
	n.At = now()
	if c.ModelsConfig != "" {
		if n.Config, err = proxyrouter.ReadEntries(c.ModelsConfig); err != nil {
			n.ConfigErr = err.Error()
		}
	}
	if c.Probe && n.HealthErr == "" {
		// All at once: a status read waits for the slowest backend, not for the sum of them.
		n.Probes = map[string]Probe{}
		var (
			mu sync.Mutex
			wg sync.WaitGroup
		)
		for id, e := range n.Config {
			wg.Go(func() {
				p := c.probe(ctx, e)
				mu.Lock()
				n.Probes[id] = p
				mu.Unlock()
			})
		}
		wg.Wait()
	}
	return n, nil
}

// probeClient is the probes' default client: one for all checks, so connections are reused.
var probeClient = &http.Client{Timeout: 5 * time.Second}

// probe sends one HEAD to a backend URL: never a completion, so it costs nothing. It carries no API
// key (morbot does not read keys back out of models-config.json), so a backend that wants one answers
// 401, which counts as answering. Errors name the URL's scheme and host only.
func (c *Checker) probe(ctx context.Context, e proxyrouter.Entry) Probe {
	hc := c.HTTP
	if hc == nil {
		hc = probeClient
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, e.APIURL, nil)
	if err != nil {
		return Probe{Err: redact.Error(err).Error()}
	}
	start := time.Now()
	resp, err := hc.Do(req)
	lat := time.Since(start)
	if err != nil {
		return Probe{Latency: lat, Err: redact.Error(err).Error()}
	}
	_ = resp.Body.Close()
	return Probe{Status: resp.StatusCode, Latency: lat}
}
