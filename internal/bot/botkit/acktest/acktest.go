// Package acktest measures how fast an adapter's HTTP endpoint acknowledges a burst of requests. The
// requests are prepared and their connections opened before the clock starts, and raw HTTP/1.1 is
// written on them, so what is measured is the endpoint, not the load generator.
package acktest

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"sort"
	"sync"
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
