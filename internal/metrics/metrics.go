// Package metrics exposes morbot's Prometheus metrics and its /healthz and /readyz endpoints.
package metrics

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
)

// Metrics holds every collector, registered on its own registry.
type Metrics struct {
	Registry   *prometheus.Registry
	commands   *prometheus.CounterVec
	proposals  *prometheus.CounterVec
	txs        *prometheus.CounterVec
	rpcLatency *prometheus.HistogramVec
	rpcErrors  *prometheus.CounterVec
	alerts     *prometheus.CounterVec
	platform   *prometheus.GaugeVec
	leader     prometheus.Gauge
	watchMode  *prometheus.GaugeVec
	watchLag   prometheus.Gauge
	probeTime  *prometheus.HistogramVec
	probes     *prometheus.CounterVec
}

// Leader records whether this process holds the executor lease.
func (m *Metrics) Leader(on bool) {
	if on {
		m.leader.Set(1)
	} else {
		m.leader.Set(0)
	}
}

// New registers morbot's metrics (and the Go and process collectors).
func New() *Metrics {
	r := prometheus.NewRegistry()
	m := &Metrics{Registry: r,
		commands:   prometheus.NewCounterVec(prometheus.CounterOpts{Name: "morbot_commands_total", Help: "Commands handled, by command and outcome."}, []string{"command", "outcome"}),
		proposals:  prometheus.NewCounterVec(prometheus.CounterOpts{Name: "morbot_proposal_transitions_total", Help: "Proposal state changes, by new state."}, []string{"state"}),
		txs:        prometheus.NewCounterVec(prometheus.CounterOpts{Name: "morbot_transactions_total", Help: "Transactions, by result (sent, confirmed, failed)."}, []string{"result"}),
		rpcLatency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "morbot_rpc_duration_seconds", Help: "JSON-RPC latency, by endpoint (scheme and host only).", Buckets: prometheus.ExponentialBuckets(0.005, 2, 12)}, []string{"endpoint"}),
		rpcErrors:  prometheus.NewCounterVec(prometheus.CounterOpts{Name: "morbot_rpc_errors_total", Help: "JSON-RPC transport errors, by endpoint."}, []string{"endpoint"}),
		alerts:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "morbot_alerts_total", Help: "Alerts, by event (fired, resolved)."}, []string{"event"}),
		platform:   prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "morbot_platform_connected", Help: "1 when the platform adapter is connected."}, []string{"platform"}),
		leader:     prometheus.NewGauge(prometheus.GaugeOpts{Name: "morbot_executor_leader", Help: "1 when this process holds the store's executor lease, 0 as a hot standby."}),
		watchMode:  prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "morbot_chain_watch_mode", Help: "1 for the chain watch's current mode (subscribed: WebSocket heads; polling), 0 for the other."}, []string{"mode"}),
		watchLag:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "morbot_chain_watch_lag_blocks", Help: "Blocks between the chain's head and the last block the chain watch handled."}),
		probeTime: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "morbot_probe_seconds", Help: "Probe phases as a consumer sees them: the session open, the first token, the whole answer.",
			Buckets: prometheus.ExponentialBuckets(0.05, 2, 12)}, []string{"phase"}),
		probes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "morbot_probe_total", Help: "Probes of our own bids, by result (ok, failed_open, failed_prompt, failed_close)."}, []string{"result"}),
	}
	r.MustRegister(m.commands, m.proposals, m.txs, m.rpcLatency, m.rpcErrors, m.alerts, m.platform, m.leader, m.watchMode, m.watchLag, m.probeTime, m.probes,
		prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	return m
}

// Probe records one probe: its result, and the phases it reached (0: not reached).
func (m *Metrics) Probe(result string, open, firstToken, total time.Duration) {
	m.probes.WithLabelValues(result).Inc()
	for _, ph := range []struct {
		name string
		d    time.Duration
	}{{"open", open}, {"first_token", firstToken}, {"total", total}} {
		if ph.d > 0 {
			m.probeTime.WithLabelValues(ph.name).Observe(ph.d.Seconds())
		}
	}
}

// Watch records the chain watch's mode and lag.
func (m *Metrics) Watch(mode string, lag uint64) {
	for _, x := range []string{"subscribed", "polling"} {
		v := 0.0
		if x == mode {
			v = 1
		}
		m.watchMode.WithLabelValues(x).Set(v)
	}
	m.watchLag.Set(float64(lag))
}

// Command counts a handled command.
func (m *Metrics) Command(name, outcome string) { m.commands.WithLabelValues(name, outcome).Inc() }

// Alert counts an alert event.
func (m *Metrics) Alert(event string) { m.alerts.WithLabelValues(event).Inc() }

// Platform records a platform's connection state.
func (m *Metrics) Platform(name string, connected bool) {
	v := 0.0
	if connected {
		v = 1
	}
	m.platform.WithLabelValues(name).Set(v)
}

// Notify implements approval.Notifier: proposal transitions and transaction results, each counted
// once, by the replica that made it (another replica's events are only shown here).
func (m *Metrics) Notify(_ context.Context, ev approval.Event) {
	if ev.Remote {
		return
	}
	if ev.Kind.Transition() {
		m.proposals.WithLabelValues(string(ev.Proposal.Status)).Inc()
	}
	switch ev.Kind {
	case approval.EvStepSent:
		m.txs.WithLabelValues("sent").Inc()
	case approval.EvStepConfirmed:
		m.txs.WithLabelValues("confirmed").Inc()
	case approval.EvStepReverted:
		m.txs.WithLabelValues("reverted").Inc()
	case approval.EvStepFailed:
		m.txs.WithLabelValues("failed").Inc()
	}
}

// InstrumentRPC wraps an endpoint's transport to record latency and transport errors.
func (m *Metrics) InstrumentRPC(ep chain.Endpoint) chain.Endpoint {
	return chain.Endpoint{URL: ep.URL, RPC: &timedRPC{inner: ep.RPC, label: ep.Redacted(), m: m}}
}

type timedRPC struct {
	inner chain.RPC
	label string
	m     *Metrics
}

func (t *timedRPC) observe(start time.Time, err error) {
	t.m.rpcLatency.WithLabelValues(t.label).Observe(time.Since(start).Seconds())
	var re rpc.Error
	if err != nil && !errors.As(err, &re) {
		t.m.rpcErrors.WithLabelValues(t.label).Inc()
	}
}

func (t *timedRPC) CallContext(ctx context.Context, result any, method string, args ...any) error {
	start := time.Now()
	err := t.inner.CallContext(ctx, result, method, args...)
	t.observe(start, err)
	return err
}

func (t *timedRPC) BatchCallContext(ctx context.Context, b []rpc.BatchElem) error {
	start := time.Now()
	err := t.inner.BatchCallContext(ctx, b)
	t.observe(start, err)
	return err
}

// Check is one readiness condition.
type Check struct {
	Name string
	Fn   func(ctx context.Context) error
	// Info, instead of Fn, only describes (which replica this is, which one leads): it never makes
	// the process unready.
	Info func(ctx context.Context) string
}

// Handler serves /metrics, /healthz (the process answers) and /readyz (every check passes).
func (m *Metrics) Handler(checks []Check) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"status":"ok"}` + "\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		res := map[string]string{}
		var mu sync.Mutex
		var wg sync.WaitGroup
		ready := true
		for _, c := range checks {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if c.Info != nil {
					v := c.Info(ctx)
					mu.Lock()
					res[c.Name] = v
					mu.Unlock()
					return
				}
				err := c.Fn(ctx)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					ready = false
					res[c.Name] = err.Error()
				} else {
					res[c.Name] = "ok"
				}
			}()
		}
		wg.Wait()
		w.Header().Set("Content-Type", "application/json")
		if !ready {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		_ = json.NewEncoder(w).Encode(res)
	})
	return mux
}

// ChainIDCheck is ready when an endpoint answers eth_chainId with the configured chain.
func ChainIDCheck(ep chain.Endpoint, n chain.Network) Check {
	return Check{Name: "rpc " + ep.Redacted(), Fn: func(ctx context.Context) error {
		var id hexutil.Big
		if err := ep.RPC.CallContext(ctx, &id, "eth_chainId"); err != nil {
			return err
		}
		if got := (*big.Int)(&id); !got.IsUint64() || got.Uint64() != n.ChainID {
			return fmt.Errorf("serves chain ID %s, configured %d", got, n.ChainID)
		}
		return nil
	}}
}
