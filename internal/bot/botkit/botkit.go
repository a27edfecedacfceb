// Package botkit holds what the platform adapters share: deduplication of redelivered requests and a
// bounded pool for the work done after a request is acknowledged.
package botkit

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// Dedup remembers keys for a while, so retries and redeliveries are no-ops. With a Persistent log
// set, keys also outlive the process: a request replayed after a restart is still a redelivery.
type Dedup struct {
	mu   sync.Mutex
	ttl  time.Duration
	m    map[string]time.Time
	keep Persistent
	ns   string
	log  *slog.Logger
}

// Persistent stores replay keys beyond the process (*store.DB implements it).
type Persistent interface {
	SeenKey(ctx context.Context, key string, now time.Time, ttl time.Duration) (bool, error)
}

// NewDedup remembers keys for ttl.
func NewDedup(ttl time.Duration) *Dedup { return &Dedup{ttl: ttl, m: map[string]time.Time{}} }

// Persist makes the keys outlive the process; namespace (e.g. "discord:") keeps platforms apart in
// the shared log.
func (d *Dedup) Persist(p Persistent, namespace string, log *slog.Logger) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.keep, d.ns, d.log = p, namespace, log
}

// Seen records key and reports whether it was already recorded within the TTL.
func (d *Dedup) Seen(key string, now time.Time) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if t, ok := d.m[key]; ok && now.Sub(t) < d.ttl {
		return true
	}
	if d.keep != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		seen, err := d.keep.SeenKey(ctx, d.ns+key, now, d.ttl)
		cancel()
		switch {
		case err != nil && d.log != nil:
			d.log.Warn("replay log unavailable; deduplicating in memory only", "err", err)
		case seen:
			d.m[key] = now
			return true
		}
	}
	if len(d.m) > 10000 {
		for k, t := range d.m {
			if now.Sub(t) >= d.ttl {
				delete(d.m, k)
			}
		}
	}
	d.m[key] = now
	return false
}

// Pool runs work after an acknowledgement, a few at a time, so acknowledgements keep the CPU; each
// job gets a timeout and a panic in one is logged, not fatal.
type Pool struct {
	base    context.Context
	cancel  context.CancelFunc
	slots   chan struct{}
	wg      sync.WaitGroup
	timeout time.Duration
	log     *slog.Logger
}

// NewPool runs at most n jobs at once, each for at most timeout.
func NewPool(n int, timeout time.Duration, log *slog.Logger) *Pool {
	ctx, cancel := context.WithCancel(context.Background())
	return &Pool{base: ctx, cancel: cancel, slots: make(chan struct{}, n), timeout: timeout, log: log}
}

// Context is cancelled by Close.
func (p *Pool) Context() context.Context { return p.base }

// Go queues a job.
func (p *Pool) Go(fn func(ctx context.Context)) {
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		defer func() {
			if r := recover(); r != nil {
				p.log.Error("adapter job panicked", "panic", r)
			}
		}()
		ctx, cancel := context.WithTimeout(p.base, p.timeout)
		defer cancel()
		select {
		case p.slots <- struct{}{}:
			defer func() { <-p.slots }()
		case <-ctx.Done():
			return
		}
		fn(ctx)
	}()
}

// Idle waits until every queued job is done, or ctx ends.
func (p *Pool) Idle(ctx context.Context) {
	done := make(chan struct{})
	go func() { p.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
	}
}

// Close cancels running jobs and waits for them.
func (p *Pool) Close() {
	p.cancel()
	p.wg.Wait()
}

// Truncate cuts s to at most n runes, marking the cut with an ellipsis.
func Truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// Limits bound what one client can hold of an HTTP endpoint. Zero fields take the defaults.
type Limits struct {
	ReadHeader time.Duration // headers must arrive within this (default 2s)
	Read       time.Duration // the whole request, body included (default 5s): a half-sent body is cut off
	Write      time.Duration // the response (default 10s)
	Idle       time.Duration // a kept-alive connection with no request (default 30s)
	MaxConns   int           // connections open at once (default 512); more wait to be accepted
	MaxHeader  int           // header bytes (default 16 KiB)
}

func (l Limits) orDefaults() Limits {
	or := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	or(&l.ReadHeader, 2*time.Second)
	or(&l.Read, 5*time.Second)
	or(&l.Write, 10*time.Second)
	or(&l.Idle, 30*time.Second)
	if l.MaxConns <= 0 {
		l.MaxConns = 512
	}
	if l.MaxHeader <= 0 {
		l.MaxHeader = 16 << 10
	}
	return l
}

// Listen serves h on addr (an adapter's HTTP endpoint) until the returned server is shut down, with
// the default Limits: a slow client is cut off before any of its body is parsed or verified, and
// cannot hold more than its share of connections.
func Listen(addr string, h http.Handler, log *slog.Logger, what string) (*Server, error) {
	return ListenLimited(addr, h, log, what, Limits{})
}

// Server is a running endpoint and the address it listens on.
type Server struct {
	*http.Server
	Addr net.Addr
}

// ListenLimited is Listen with explicit limits.
func ListenLimited(addr string, h http.Handler, log *slog.Logger, what string, lim Limits) (*Server, error) {
	lim = lim.orDefaults()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: lim.ReadHeader, ReadTimeout: lim.Read, WriteTimeout: lim.Write,
		IdleTimeout: lim.Idle, MaxHeaderBytes: lim.MaxHeader}
	capped := newCapped(ln, lim.MaxConns)
	go func() {
		if err := srv.Serve(capped); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error(what+" stopped", "err", err)
		}
	}()
	log.Info(what+" listening", "addr", ln.Addr().String())
	return &Server{Server: srv, Addr: ln.Addr()}, nil
}

// capped accepts at most n connections at once; the next waits until one closes.
type capped struct {
	net.Listener
	slots chan struct{}
	done  chan struct{}
	once  sync.Once
}

func newCapped(ln net.Listener, n int) *capped {
	return &capped{Listener: ln, slots: make(chan struct{}, n), done: make(chan struct{})}
}

func (l *capped) Accept() (net.Conn, error) {
	select {
	case l.slots <- struct{}{}:
	case <-l.done:
		return nil, net.ErrClosed
	}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.slots
		return nil, err
	}
	return &slotConn{Conn: c, release: sync.OnceFunc(func() { <-l.slots })}, nil
}

func (l *capped) Close() error {
	l.once.Do(func() { close(l.done) })
	return l.Listener.Close()
}

type slotConn struct {
	net.Conn
	release func()
}

func (c *slotConn) Close() error {
	err := c.Conn.Close()
	c.release()
	return err
}

// Shutdown stops a server started by Listen, waiting at most five seconds for requests in flight.
func Shutdown(srv *Server) {
	if srv == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
}

// Link tracks whether an adapter can receive (gateway or socket up, or HTTP endpoint listening) and
// tells an observer (metrics) on every change.
type Link struct {
	up       atomic.Bool
	OnChange func(bool)
}

// Set records the state and tells the observer.
func (l *Link) Set(v bool) {
	l.up.Store(v)
	if l.OnChange != nil {
		l.OnChange(v)
	}
}

// Up reports the last state set.
func (l *Link) Up() bool { return l.up.Load() }

// Serve starts an adapter's HTTP endpoint (Listen) and marks its link up once it listens.
func Serve(addr string, h http.Handler, log *slog.Logger, what string, link *Link) (*Server, error) {
	srv, err := Listen(addr, h, log, what)
	if err != nil {
		return nil, err
	}
	link.Set(true)
	return srv, nil
}
