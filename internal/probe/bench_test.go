package probe_test

import (
	"context"
	"sort"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/probe"
)

// BenchmarkProbe runs whole probes (budget, funds, record, open, prompt, close, receipts) against the
// stand-in consumer node on the simulated chain and reports morbot's own time per probe: the run
// less the time spent waiting for the consumer node's answers (open, prompt, close).
func BenchmarkProbe(b *testing.B) {
	w := newWorld(b)
	ctx := context.Background()
	p := w.prober(func(o *probe.Options) { o.MaxPerDay = 1 << 30 })
	var own, wall []float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		round, err := p.Run(ctx, w.target(), false)
		if err != nil || !round.Results[0].OK() {
			b.Fatalf("probe %d: %v", i, err)
		}
		wall = append(wall, float64(time.Since(start).Microseconds())/1000)
		own = append(own, float64(round.Results[0].Run.Data.OwnUS)/1000)
	}
	b.StopTimer()
	q := func(xs []float64, f float64) float64 {
		s := append([]float64(nil), xs...)
		sort.Float64s(s)
		return s[int(f*float64(len(s)-1))]
	}
	b.ReportMetric(q(own, 0.5), "own-p50-ms")
	b.ReportMetric(q(own, 0.99), "own-p99-ms")
	b.ReportMetric(q(wall, 0.5), "wall-p50-ms")
}
