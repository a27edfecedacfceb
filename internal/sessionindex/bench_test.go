package sessionindex_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/chain"
)

// BenchmarkSessionReads: what one earnings read (/mor earnings) and one status snapshot (/mor status,
// the status report, the alert check) cost after N settled sessions, cold (an empty index: it is
// built by this read) and warm: getSession reads and RPC round trips.
func BenchmarkSessionReads(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		b.Run(fmt.Sprintf("sessions=%d", n), func(b *testing.B) {
			w := newWorld(b, fmt.Sprint(n/100+1), fmt.Sprint(n/100+1))
			ids := w.openSessions(n, "0.006", false)
			w.advance(700 * time.Second)
			w.close(false, ids...)
			w.advance(24 * time.Hour)
			w.openSessions(2, "0.006", false) // two that can still change
			reads := map[string]func() (*chain.Earnings, error){
				"earnings": func() (*chain.Earnings, error) { return w.indexed.Earnings(w.ctx, w.prov.Address()) },
				"status": func() (*chain.Earnings, error) {
					s, err := w.indexed.Snapshot(w.ctx, w.prov.Address(), w.model)
					if err != nil {
						return nil, err
					}
					return s.Earnings, nil
				},
			}
			for _, name := range []string{"earnings", "status"} {
				if err := w.index.ForgetSessions(w.ctx, w.prov.Address()); err != nil {
					b.Fatal(err)
				}
				var coldReads, coldRT, warmReads, warmRT float64
				var warmTime time.Duration
				for i := 0; i < b.N; i++ {
					w.counter.Reset()
					e, err := reads[name]()
					if err != nil {
						b.Fatal(err)
					}
					if i == 0 {
						coldReads, coldRT = float64(e.Reads.Read), float64(w.counter.Count())
					}
					w.counter.Reset()
					start := time.Now()
					e, err = reads[name]()
					warmTime += time.Since(start)
					if err != nil {
						b.Fatal(err)
					}
					if e.Reads.Indexed != n {
						b.Fatalf("warm %s: %d from the index, want %d", name, e.Reads.Indexed, n)
					}
					warmReads, warmRT = float64(e.Reads.Read), float64(w.counter.Count())
				}
				b.ReportMetric(coldReads, name+"-cold-getSession")
				b.ReportMetric(coldRT, name+"-cold-roundtrips")
				b.ReportMetric(warmReads, name+"-warm-getSession")
				b.ReportMetric(warmRT, name+"-warm-roundtrips")
				b.ReportMetric(float64(warmTime.Microseconds())/1000/float64(b.N), name+"-warm-ms")
			}
		})
	}
}
