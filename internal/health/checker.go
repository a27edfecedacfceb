package health

import (
	"context"
	"fmt"
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
}

// Read gathers the node's state and records the uptime for restart detection.
func (c *Checker) Read(ctx context.Context) (Node, error) {
	now := time.Now
	if c.Now != nil {
		now = c.Now
	}
	n := Node{Window: c.Window, LoopResets: c.LoopResets, Served: map[string]bool{}, ConfigManaged: c.ModelsConfig != ""}
	if n.Window <= 0 {
		n.Window = 30 * time.Minute
	}
	if n.LoopResets <= 0 {
		n.LoopResets = 3
	}
	h, err := c.Client.Health(ctx)
	if err != nil {
		n.HealthErr = redact.Error(err).Error()
		if c.Store != nil {
			if n.DownChecks, n.DownFor, err = c.recordDown(ctx, now()); err != nil {
				return n, err
			}
		}
	} else {
		n.Health = h
		if up, ok := h.UptimeDuration(); ok && c.Store != nil {
			if n.Resets, err = c.recordUptime(ctx, now(), up, n.Window); err != nil {
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
	}
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

// recordUptime stores this check's uptime and returns how many resets (uptime going down) were seen
// within the window.
func (c *Checker) recordUptime(ctx context.Context, at time.Time, up time.Duration, window time.Duration) (int, error) {
	var prevAt, prevUp int64
	err := c.Store.QueryRowContext(ctx, `SELECT seen_at, uptime_ms FROM proxy_uptime WHERE uptime_ms >= 0 ORDER BY seen_at DESC, rowid DESC LIMIT 1`).Scan(&prevAt, &prevUp)
	reset := false
	switch {
	case store.IsNoRows(err):
	case err != nil:
		return 0, fmt.Errorf("read proxy-router uptime: %w", err)
	default:
		// Up since before the last check means no restart in between (a second of slack for rounding).
		reset = up.Milliseconds()+1000 < prevUp+(at.UnixMilli()-prevAt)
	}
	from := at.Add(-window).UnixMilli()
	if _, err := c.Store.ExecContext(ctx, `INSERT INTO proxy_uptime (seen_at, uptime_ms, reset) VALUES (?,?,?)`, at.UnixMilli(), up.Milliseconds(), reset); err != nil {
		return 0, fmt.Errorf("record proxy-router uptime: %w", err)
	}
	if _, err := c.Store.ExecContext(ctx, `DELETE FROM proxy_uptime WHERE seen_at < ?`, at.Add(-24*time.Hour).UnixMilli()); err != nil {
		return 0, fmt.Errorf("prune proxy-router uptime: %w", err)
	}
	var n int
	if err := c.Store.QueryRowContext(ctx, `SELECT COUNT(*) FROM proxy_uptime WHERE reset = 1 AND seen_at >= ?`, from).Scan(&n); err != nil {
		return 0, fmt.Errorf("count proxy-router restarts: %w", err)
	}
	return n, nil
}

// recordDown stores a check that found the proxy-router unreachable and returns how many checks in a
// row have, and since when (a planned restart is caught by one check at most, and lasts seconds).
func (c *Checker) recordDown(ctx context.Context, at time.Time) (int, time.Duration, error) {
	if _, err := c.Store.ExecContext(ctx, `INSERT INTO proxy_uptime (seen_at, uptime_ms, reset) VALUES (?,-1,0)`, at.UnixMilli()); err != nil {
		return 0, 0, fmt.Errorf("record proxy-router down: %w", err)
	}
	rows, err := c.Store.QueryContext(ctx, `SELECT uptime_ms, seen_at FROM proxy_uptime ORDER BY seen_at DESC, rowid DESC LIMIT 100`)
	if err != nil {
		return 0, 0, fmt.Errorf("read proxy-router checks: %w", err)
	}
	defer rows.Close()
	n, first := 0, at.UnixMilli()
	for rows.Next() {
		var up, seen int64
		if err := rows.Scan(&up, &seen); err != nil {
			return 0, 0, err
		}
		if up >= 0 {
			break
		}
		n, first = n+1, seen
	}
	return n, at.Sub(time.UnixMilli(first)), rows.Err()
}
