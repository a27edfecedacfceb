package sessionindex_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/position"
)

// BenchmarkSessionReads: what one earnings read (/mor earnings) and one status snapshot (/mor status,
// the status report, the alert check) cost after N settled sessions, cold (an empty index: it is
// built by this read) and warm: getSession reads and RPC round trips, and the warm time of the read
// with the summary (states, claims, holds) the commands compute from it. capped=1000 is N sessions
// closed on a provider at the minimum stake, of which all but 16 wait for pay beyond the earnings cap.
func BenchmarkSessionReads(b *testing.B) {
	type world struct {
		name         string
		n            int
		stake, funds string
	}
	var worlds []world
	for _, n := range []int{100, 1000, 10000} {
		worlds = append(worlds, world{fmt.Sprintf("sessions=%d", n), n, fmt.Sprint(n/100 + 1), fmt.Sprint(n/100 + 1)})
	}
	worlds = append(worlds, world{"capped=1000", 1000, "0.1", "7"})
	for _, wd := range worlds {
		n := wd.n
		b.Run(wd.name, func(b *testing.B) {
			w := newWorld(b, wd.stake, wd.funds)
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
					if err == nil {
						_ = position.Summarize(e) // what /mor earnings and /mor status compute from the read
					}
					warmTime += time.Since(start)
					if err != nil {
						b.Fatal(err)
					}
					if e.Reads.Indexed+e.Reads.Held != n {
						b.Fatalf("warm %s: %d from the index (%d settled, %d held), want %d", name, e.Reads.Indexed+e.Reads.Held, e.Reads.Indexed, e.Reads.Held, n)
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
