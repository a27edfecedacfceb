// Package acktest measures how fast an adapter's HTTP endpoint acknowledges a burst of requests. The
// requests are prepared and their connections opened before the clock starts, and raw HTTP/1.1 is
// written on them, so what is measured is the endpoint, not the load generator.
package acktest

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Burst sends every request at once, each on its own connection, and returns the sorted times to the
// complete response. Each request must be a full HTTP/1.1 request (see Raw).
func Burst(addr string, reqs [][]byte) ([]time.Duration, error) {
	conns := make([]net.Conn, len(reqs))
	for i := range conns {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return nil, err
		}
		defer c.Close()
		conns[i] = c
	}
	lat := make([]time.Duration, len(reqs))
	errs := make([]error, len(reqs))
	var ready, done sync.WaitGroup
	start := make(chan struct{})
	for i := range reqs {
		ready.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			br := bufio.NewReader(conns[i])
			ready.Done()
			<-start
			t0 := time.Now()
			if _, err := conns[i].Write(reqs[i]); err != nil {
				errs[i] = err
				return
			}
			resp, err := http.ReadResponse(br, nil)
			if err != nil {
				errs[i] = err
				return
			}
			buf := make([]byte, 4096)
			for {
				if _, err := resp.Body.Read(buf); err != nil {
					break
				}
			}
			resp.Body.Close()
			lat[i] = time.Since(t0)
			if resp.StatusCode != http.StatusOK {
				errs[i] = fmt.Errorf("status %d", resp.StatusCode)
			}
		}()
	}
	ready.Wait()
	close(start)
	done.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return lat, nil
}

// Versus measures an endpoint against its floor (a bare handler) in the same rounds: each round sends
// a burst of 200 requests to each, the order alternating, so both meet the same machine at the same
// moment. request renders one request for a host, signed afresh, before the clock starts; after waits
// for the work the endpoint's burst started. It reports p50-ms and p99-ms for the endpoint,
// bare-p50-ms and bare-p99-ms for the floor, and p99-ratio between them.
//
// It runs twice, as sub-benchmarks: gc=as-it-falls leaves the collector alone, so a collection the
// work's garbage starts may overlap either side's burst; gc=collected collects before every burst, so
// both sides start from the same heap and what differs is the ack path itself.
func Versus(b *testing.B, endpoint, bare string, request func(host string) []byte, after func(context.Context)) {
	for _, collect := range []bool{false, true} {
		name := "gc=as-it-falls"
		if collect {
			name = "gc=collected"
		}
		b.Run(name, func(b *testing.B) { versus(b, endpoint, bare, request, after, collect) })
	}
}

func versus(b *testing.B, endpoint, bare string, request func(host string) []byte, after func(context.Context), collect bool) {
	var lat [2][]time.Duration
	urls := [2]string{endpoint, bare}
	round := 0
	for b.Loop() {
		for k := range 2 {
			i := (round + k) % 2
			host := strings.TrimPrefix(urls[i], "http://")
			reqs := make([][]byte, 200)
			for j := range reqs {
				reqs[j] = request(host)
			}
			if collect {
				runtime.GC()
			}
			l, err := Burst(host, reqs)
			if err != nil {
				b.Fatal(err)
			}
			lat[i] = append(lat[i], l...)
			if i == 0 {
				ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
				after(ctx)
				cancel()
			}
		}
		round++
	}
	for i := range lat {
		sort.Slice(lat[i], func(x, y int) bool { return lat[i][x] < lat[i][y] })
	}
	b.ReportMetric(Percentile(lat[0], 50), "p50-ms")
	b.ReportMetric(Percentile(lat[0], 99), "p99-ms")
	b.ReportMetric(Percentile(lat[1], 50), "bare-p50-ms")
	b.ReportMetric(Percentile(lat[1], 99), "bare-p99-ms")
	if floor := Percentile(lat[1], 99); floor > 0 {
		b.ReportMetric(Percentile(lat[0], 99)/floor, "p99-ratio")
	}
}

// Raw renders a POST as HTTP/1.1 bytes.
func Raw(host, path string, header http.Header, body []byte) []byte {
	b := fmt.Appendf(nil, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\n", path, host, len(body))
	for k, vs := range header {
		for _, v := range vs {
			b = fmt.Appendf(b, "%s: %s\r\n", k, v)
		}
	}
	b = append(b, "\r\n"...)
	return append(b, body...)
}

// Percentile returns the p-th percentile (0–100) of sorted durations, in milliseconds.
func Percentile(sorted []time.Duration, p int) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := len(sorted) * p / 100
	if i >= len(sorted) {
		i = len(sorted) - 1
	}
	return float64(sorted[i].Microseconds()) / 1000
}

// Slow is a slow-client attack on an endpoint: n connections spread over the loopback addresses in
// from, each sending its headers and then one body byte a second, and connecting again as soon as a
// write shows the server closed it (as slowloris does). Started counts the connections opened;
// Ready is closed once every one of the n has connected at least once.
type Slow struct {
	Started atomic.Int64
	Ready   chan struct{}
	stop    chan struct{}
	wg      sync.WaitGroup
}

// StartSlow begins the attack on addr. Stop ends it and closes every connection.
func StartSlow(addr string, n int, from []string) *Slow {
	s := &Slow{Ready: make(chan struct{}), stop: make(chan struct{})}
	var first sync.WaitGroup
	first.Add(n)
	for i := 0; i < n; i++ {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from[i%len(from)])}, Timeout: 5 * time.Second}
			once := sync.OnceFunc(first.Done)
			defer once()
			tick := time.NewTicker(time.Second)
			defer tick.Stop()
			var c net.Conn
			defer func() {
				if c != nil {
					c.Close()
				}
			}()
			for {
				if c == nil {
					nc, err := d.Dial("tcp", addr)
					if err == nil {
						_, err = fmt.Fprintf(nc, "POST / HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{", addr)
					}
					if err == nil {
						c = nc
						s.Started.Add(1)
						once()
					} else if nc != nil {
						nc.Close()
					}
				} else if _, err := c.Write([]byte{' '}); err != nil {
					c.Close()
					c = nil
					continue // reconnect at once
				}
				select {
				case <-s.stop:
					return
				case <-tick.C:
				}
			}
		}()
	}
	go func() { first.Wait(); close(s.Ready) }()
	return s
}

// Stop ends the attack and waits for its connections to close.
func (s *Slow) Stop() {
	close(s.stop)
	s.wg.Wait()
}

// One sends one request on a new connection and returns the response's status line and body and the
// time from the write to the end of the response.
func One(addr string, req []byte) (status int, body string, took time.Duration, err error) {
	c, err := net.DialTimeout("tcp", addr, 10*time.Second)
	if err != nil {
		return 0, "", 0, err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	t0 := time.Now()
	if _, err := c.Write(req); err != nil {
		return 0, "", 0, err
	}
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		return 0, "", 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), time.Since(t0), err
}
