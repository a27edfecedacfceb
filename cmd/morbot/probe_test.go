package main

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/morbotlabs/morbot/internal/metrics"
	"github.com/morbotlabs/morbot/internal/probe"
	"github.com/morbotlabs/morbot/internal/store"
)

// Each finished probe is counted by result, and the phases it reached are timed.
func TestProbeMetrics(t *testing.T) {
	m := metrics.New()
	obs := probeObserver(m)
	obs(probe.Result{Run: store.ProbeRun{Result: store.ProbeOK, Data: store.ProbeData{OpenMS: 2100, FirstMS: 640, TotalMS: 900}}})
	obs(probe.Result{Run: store.ProbeRun{Result: store.ProbeFailed, Data: store.ProbeData{Step: "prompt", OpenMS: 1500}}})
	rec := httptest.NewRecorder()
	m.Handler(nil).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body := rec.Body.String()
	for _, want := range []string{`morbot_probe_total{result="ok"} 1`, `morbot_probe_total{result="failed_prompt"} 1`,
		`morbot_probe_seconds_count{phase="open"} 2`, `morbot_probe_seconds_sum{phase="open"} 3.6`,
		`morbot_probe_seconds_count{phase="first_token"} 1`, `morbot_probe_seconds_sum{phase="first_token"} 0.64`, `morbot_probe_seconds_count{phase="total"} 1`} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}
