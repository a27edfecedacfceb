// Package botkit holds what the platform adapters share: deduplication of redelivered requests and a
// bounded pool for the work done after a request is acknowledged.
package botkit

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"io"
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
	mu  sync.Mutex
	ttl time.Duration
	m   map[string]time.Time
	// sweepAt is when the map may next be swept for expired keys: a sweep walks every key, so a
	// map full of live keys is not walked again at each request.
	sweepAt time.Time
	sweeps  int // sweeps done (tests)
	keep    Persistent
	ns      string
	log     *slog.Logger

	// Group commit of the persistent log: keys wait in queue while one writer commits a batch.
	qmu     sync.Mutex
	queue   []pendingKey
	writing bool
}

// pendingKey is a key waiting for the persistent log, and where its answer goes.
type pendingKey struct {
	key  string
	now  time.Time
	done chan recorded
}

type recorded struct {
	seen bool
	err  error
}

// BatchPersistent records many keys in one transaction (*store.DB implements it): a burst of
// requests costs one commit, not one each.
type BatchPersistent interface {
	SeenKeys(ctx context.Context, keys []string, now time.Time, ttl time.Duration) ([]bool, error)
}

// Persistent stores replay keys beyond the process (*store.DB implements it).
type Persistent interface {
	SeenKey(ctx context.Context, key string, now time.Time, ttl time.Duration) (bool, error)
}

// sweepAbove is the number of remembered keys above which Seen sweeps out the expired ones.
const sweepAbove = 10000

// NewDedup remembers keys for ttl.
func NewDedup(ttl time.Duration) *Dedup { return &Dedup{ttl: ttl, m: map[string]time.Time{}} }

// Persist makes the keys outlive the process; namespace (e.g. "discord:") keeps platforms apart in
// the shared log.
func (d *Dedup) Persist(p Persistent, namespace string, log *slog.Logger) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.keep, d.ns, d.log = p, namespace, log
}

// Seen records key in memory and reports whether it was already there within the TTL. It touches
// nothing but memory, so it is cheap enough to run before the acknowledgement; the persistent log is
// consulted by Guard, before the work.
func (d *Dedup) Seen(key string, now time.Time) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if t, ok := d.m[key]; ok && now.Sub(t) < d.ttl {
		return true
	}
	if len(d.m) > sweepAbove && !now.Before(d.sweepAt) {
		d.sweepAt = now.Add(d.ttl / 8)
		d.sweeps++
		for k, t := range d.m {
			if now.Sub(t) >= d.ttl {
				delete(d.m, k)
			}
		}
	}
	d.m[key] = now
	return false
}

// Recorded writes key to the persistent log and reports whether it was there already: a request
// replayed after a restart, or one another replica took. Without a log (or when it fails, which is
// logged) it reports false: memory has deduplicated already.
func (d *Dedup) Recorded(ctx context.Context, key string, now time.Time) bool {
	d.mu.Lock()
	keep, ns, log := d.keep, d.ns, d.log
	d.mu.Unlock()
	if keep == nil || key == "" {
		return false
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	var (
		seen bool
		err  error
	)
	if b, ok := keep.(BatchPersistent); ok {
		seen, err = d.groupCommit(ctx, b, ns+key, now)
	} else {
		seen, err = keep.SeenKey(ctx, ns+key, now, d.ttl)
	}
	if err != nil {
		if log != nil {
			log.Warn("replay log unavailable; deduplicating in memory only", "err", err)
		}
		return false
	}
	return seen
}

// groupCommit queues key for the persistent log and waits for its answer. The first caller with no
// writer at work becomes the writer: it commits everything queued in one transaction, answers each,
// and goes on while more is queued; the others only wait.
func (d *Dedup) groupCommit(ctx context.Context, b BatchPersistent, key string, now time.Time) (bool, error) {
	done := make(chan recorded, 1)
	d.qmu.Lock()
	d.queue = append(d.queue, pendingKey{key: key, now: now, done: done})
	lead := !d.writing
	d.writing = true
	d.qmu.Unlock()
	if lead {
		for {
			d.qmu.Lock()
			batch := d.queue
			d.queue = nil
			if len(batch) == 0 {
				d.writing = false
				d.qmu.Unlock()
				break
			}
			d.qmu.Unlock()
			keys := make([]string, len(batch))
			for i, p := range batch {
				keys[i] = p.key
			}
			// The batch is written under the leader's deadline, at the newest request's time.
			seen, err := b.SeenKeys(ctx, keys, batch[len(batch)-1].now, d.ttl)
			for i, p := range batch {
				r := recorded{err: err}
				if err == nil {
					r.seen = seen[i]
				}
				p.done <- r
			}
		}
	}
	select {
	case r := <-done:
		return r.seen, r.err
	case <-ctx.Done():
		return false, ctx.Err()
	}
}

// Guard wraps the work a request starts after its acknowledgement: it runs only when key was not in
// the persistent log (see Recorded), so a replay after a restart runs nothing twice.
func (d *Dedup) Guard(key string, now time.Time, job func(context.Context)) func(context.Context) {
	return func(ctx context.Context) {
		if d.Recorded(ctx, key, now) {
			d.mu.Lock()
			log := d.log
			d.mu.Unlock()
			if log != nil {
				log.Warn("a request replayed after a restart was acknowledged and not run", "key", key)
			}
			return
		}
		job(ctx)
	}
}

// Pool runs work after an acknowledgement, a few at a time, so acknowledgements keep the CPU; each
// job gets a timeout and a panic in one is logged, not fatal. Acknowledgements come first: a job
// starts only once no request is between its arrival and its ack (Acking), or after AckFirst.
type Pool struct {
	base    context.Context
	cancel  context.CancelFunc
	slots   chan struct{}
	wg      sync.WaitGroup
	timeout time.Duration
	log     *slog.Logger

	mu     sync.Mutex
	acking int                         // requests whose ack is being prepared
	quiet  chan struct{}               // closed once acking has stayed 0 for settle
	closed bool                        // quiet is closed
	epoch  uint64                      // moves at every request's arrival, so a settle timer armed before it does nothing
	settle time.Duration               // how long acking stays 0 before jobs start
	gated  func()                      // tests: called when a job waits for the acks
	after  func(time.Duration, func()) // time.AfterFunc; tests fire it themselves
}

// AckFirst is how long a job waits at most for the acks in flight: a burst of requests is answered
// before the work it starts competes for the CPU, and a steady stream delays work by no more than this.
const AckFirst = 250 * time.Millisecond

// AckSettle is how long no request may be between its arrival and its ack before jobs start. Within
// a burst the requests in flight drop to none between one ack and the next request's arrival; work
// started in those gaps took the CPU from the rest of the burst (the ack p99 was 1.6-1.9× a bare
// handler's with it, 1.1-1.2× without any work). A lone request's work starts this much later.
const AckSettle = 3 * time.Millisecond

// NewPool runs at most n jobs at once, each for at most timeout.
func NewPool(n int, timeout time.Duration, log *slog.Logger) *Pool {
	ctx, cancel := context.WithCancel(context.Background())
	quiet := make(chan struct{})
	close(quiet)
	return &Pool{base: ctx, cancel: cancel, slots: make(chan struct{}, n), timeout: timeout, log: log, quiet: quiet, closed: true, settle: AckSettle,
		after: func(d time.Duration, f func()) { time.AfterFunc(d, f) }}
}

// Acking marks a request from its arrival until its ack is written; the returned func (idempotent)
// ends the mark. Jobs wait to start while any request is marked.
func (p *Pool) Acking() (done func()) {
	p.mu.Lock()
	if p.closed {
		p.quiet, p.closed = make(chan struct{}), false
	}
	p.acking++
	p.epoch++ // a settle timer running since the last ack no longer opens the gate
	p.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			p.mu.Lock()
			defer p.mu.Unlock()
			if p.acking--; p.acking > 0 {
				return
			}
			epoch := p.epoch
			p.after(p.settle, func() {
				p.mu.Lock()
				defer p.mu.Unlock()
				if p.epoch == epoch && !p.closed {
					close(p.quiet)
					p.closed = true
				}
			})
		})
	}
}

// acksAnswered is closed once no ack has been in flight for the settle time.
func (p *Pool) acksAnswered() (quiet <-chan struct{}, waiting bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.quiet, !p.closed
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
		if quiet, waiting := p.acksAnswered(); waiting {
			if p.gated != nil {
				p.gated()
			}
			t := time.NewTimer(AckFirst)
			select {
			case <-quiet:
			case <-t.C:
			case <-ctx.Done():
				t.Stop()
				return
			}
			t.Stop()
		}
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
	Read       time.Duration // the whole request, body included (default 3s): a half-sent body is cut off
	Write      time.Duration // the response (default 10s)
	Idle       time.Duration // a kept-alive connection with no request (default 30s)
	// Held bounds the connections that hold the endpoint without being served (still sending their
	// request, or idle between requests), over all clients (default 512) and per client address
	// (PerClient, default 64). Past the per-client bound that client's oldest is closed; past the
	// overall bound, the oldest of the client holding the most. A connection is accepted at once
	// whatever the others do, so a platform's signed request, which arrives whole in one write, is
	// never held behind clients that send a byte a second, nor pushed out by them.
	Held      int
	PerClient int
	MaxHeader int // header bytes (default 16 KiB)
}

func (l Limits) orDefaults() Limits {
	or := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	or(&l.ReadHeader, 2*time.Second)
	or(&l.Read, 3*time.Second)
	or(&l.Write, 10*time.Second)
	or(&l.Idle, 30*time.Second)
	if l.Held <= 0 {
		l.Held = 512
	}
	if l.PerClient <= 0 {
		l.PerClient = 64
	}
	if l.MaxHeader <= 0 {
		l.MaxHeader = 16 << 10
	}
	return l
}

// Listen serves h on addr (an adapter's HTTP endpoint) until the returned server is shut down, with
// the default Limits: a slow client is cut off before any of its body is parsed or verified, and
// cannot hold more than its share of the connections still sending.
func Listen(addr string, h http.Handler, log *slog.Logger, what string) (*Server, error) {
	return ListenLimited(addr, h, log, what, Limits{})
}

// Server is a running endpoint and the address it listens on.
type Server struct {
	*http.Server
	Addr  net.Addr
	guard *guard
}

// ListenLimited is Listen with explicit limits.
func ListenLimited(addr string, h http.Handler, log *slog.Logger, what string, lim Limits) (*Server, error) {
	lim = lim.orDefaults()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	g := newGuard(ln, lim.Held, lim.PerClient)
	srv := &http.Server{Handler: g.handler(h), ReadHeaderTimeout: lim.ReadHeader, ReadTimeout: lim.Read, WriteTimeout: lim.Write,
		IdleTimeout: lim.Idle, MaxHeaderBytes: lim.MaxHeader, ConnState: g.state,
		ConnContext: func(ctx context.Context, c net.Conn) context.Context { return context.WithValue(ctx, guardKey{}, c) }}
	go func() {
		if err := srv.Serve(g); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error(what+" stopped", "err", err)
		}
	}()
	log.Info(what+" listening", "addr", ln.Addr().String())
	return &Server{Server: srv, Addr: ln.Addr(), guard: g}, nil
}

// guard is a listener that accepts every connection at once and keeps the ones not being served (still
// sending their request, or idle between requests) within bounds, per client address and over all, by
// closing the oldest of the client over its bound, or of the client holding the most places. A connection is being served from the moment
// its handler has read the body to the end until it goes idle.
type guard struct {
	net.Listener
	max, perClient int

	mu     sync.Mutex
	seq    uint64                // order of taking a place
	byAddr map[string]*list.List // client address → its connections holding a place, oldest first
	at     map[*guardConn]*list.Element
}

func newGuard(ln net.Listener, max, perClient int) *guard {
	return &guard{Listener: ln, max: max, perClient: perClient, byAddr: map[string]*list.List{}, at: map[*guardConn]*list.Element{}}
}

type guardKey struct{}

type guardConn struct {
	net.Conn
	g    *guard
	addr string
	seq  uint64 // when it took its place (g.seq)
}

func (g *guard) Accept() (net.Conn, error) {
	c, err := g.Listener.Accept()
	if err != nil {
		return nil, err
	}
	addr := c.RemoteAddr().String()
	if host, _, err := net.SplitHostPort(addr); err == nil {
		addr = host
	}
	gc := &guardConn{Conn: c, g: g, addr: addr}
	g.hold(gc)
	return gc, nil
}

// hold counts a connection as holding a place, and closes the ones that have held theirs the longest
// past the bounds.
func (g *guard) hold(c *guardConn) {
	var evict []*guardConn
	g.mu.Lock()
	if _, ok := g.at[c]; !ok {
		per := g.byAddr[c.addr]
		if per == nil {
			per = list.New()
			g.byAddr[c.addr] = per
		}
		g.seq++
		c.seq = g.seq
		g.at[c] = per.PushBack(c)
		for per.Len() > g.perClient {
			evict = append(evict, g.drop(per.Front().Value.(*guardConn)))
		}
		for len(g.at) > g.max {
			evict = append(evict, g.drop(g.heaviest().Front().Value.(*guardConn)))
		}
	}
	g.mu.Unlock()
	for _, e := range evict {
		_ = e.Conn.Close()
	}
}

// heaviest is the connections of the client holding the most places (of those, the one holding its
// oldest place the longest), g.mu held. Over the overall bound that client gives up its oldest: a
// client with a connection or two, as a platform is, keeps its place while others hold hundreds.
func (g *guard) heaviest() *list.List {
	var top *list.List
	for _, per := range g.byAddr {
		if top == nil || per.Len() > top.Len() ||
			(per.Len() == top.Len() && per.Front().Value.(*guardConn).seq < top.Front().Value.(*guardConn).seq) {
			top = per
		}
	}
	return top
}

// drop forgets a connection's place (g.mu held) and returns it.
func (g *guard) drop(c *guardConn) *guardConn {
	el, ok := g.at[c]
	if !ok {
		return c
	}
	if per := g.byAddr[c.addr]; per != nil {
		per.Remove(el)
		if per.Len() == 0 {
			delete(g.byAddr, c.addr)
		}
	}
	delete(g.at, c)
	return c
}

// holding is how many places a client address holds.
func (g *guard) holding(addr string) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	if per := g.byAddr[addr]; per != nil {
		return per.Len()
	}
	return 0
}

func (g *guard) release(c *guardConn) {
	g.mu.Lock()
	g.drop(c)
	g.mu.Unlock()
}

// state follows the server's connection states: a kept-alive connection going idle holds a place
// again, at the back; a closed or hijacked one holds none.
func (g *guard) state(c net.Conn, s http.ConnState) {
	gc, ok := c.(*guardConn)
	if !ok {
		return
	}
	switch s {
	case http.StateIdle:
		g.release(gc)
		g.hold(gc)
	case http.StateHijacked, http.StateClosed:
		g.release(gc)
	}
}

// handler marks a connection as being served once its handler has read the body to the end (at once
// for a request without a body).
func (g *guard) handler(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, ok := r.Context().Value(guardKey{}).(*guardConn); ok {
			if r.ContentLength == 0 {
				g.release(c)
			} else {
				r.Body = &eofBody{ReadCloser: r.Body, done: sync.OnceFunc(func() { g.release(c) })}
			}
		}
		h.ServeHTTP(w, r)
	})
}

type eofBody struct {
	io.ReadCloser
	done func()
}

func (b *eofBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil {
		b.done()
	}
	return n, err
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
