package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/redact"
)

// RPC is the JSON-RPC transport the client uses. *rpc.Client satisfies it; tests wrap it to count
// round trips or inject faults.
type RPC interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
	BatchCallContext(ctx context.Context, b []rpc.BatchElem) error
}

// Endpoint is one RPC URL and its connection.
type Endpoint struct {
	URL string
	RPC RPC
}

// Redacted returns the URL without path, query or credentials (RPC URLs often embed API keys).
func (e Endpoint) Redacted() string { return RedactURL(e.URL) }

// RedactURL keeps only the scheme and host of a URL.
func RedactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return "rpc"
	}
	return u.Scheme + "://" + u.Host
}

// Failover sends each call to the endpoints in order, moving on when an endpoint cannot be reached
// or does not answer in time. A JSON-RPC error (including a revert) is an answer and is returned as is.
// Every call has a timeout.
type Failover struct {
	eps     []Endpoint
	timeout time.Duration
	log     *slog.Logger
	// Retries is how many more rounds over every endpoint an idempotent call gets when no endpoint
	// answered (default 2); Backoff is the first pause between rounds (default 250ms), doubled each
	// round, with up to half of it added at random so that many clients do not retry in step.
	Retries int
	Backoff time.Duration

	mu      sync.Mutex
	next    int          // index of the endpoint that answered last
	last    atomic.Value // its redacted URL (string)
	closers []*rpc.Client
}

// NewFailover builds a failover transport. timeout bounds each attempt.
func NewFailover(eps []Endpoint, timeout time.Duration, log *slog.Logger) *Failover {
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Failover{eps: eps, timeout: timeout, log: log, Retries: 2, Backoff: 250 * time.Millisecond}
}

// Dial connects to every URL (lazily for HTTP) and returns a failover transport over them.
func Dial(ctx context.Context, urls []string, timeout time.Duration, log *slog.Logger) (*Failover, error) {
	if len(urls) == 0 {
		return nil, errors.New("no RPC URLs configured")
	}
	eps := make([]Endpoint, 0, len(urls))
	var closers []*rpc.Client
	for _, u := range urls {
		redact.AddURLSecrets(u) // a provider may echo its key back in an error reply
		c, err := rpc.DialContext(ctx, u)
		if err != nil {
			for _, c := range closers {
				c.Close()
			}
			return nil, fmt.Errorf("dial RPC %s: %w", RedactURL(u), redact.Error(err))
		}
		closers = append(closers, c)
		eps = append(eps, Endpoint{URL: u, RPC: Redacting(c)})
	}
	f := NewFailover(eps, timeout, log)
	f.closers = closers
	return f, nil
}

// Redacting wraps a transport so that every error it returns names URLs by scheme and host only:
// net/http's and go-ethereum's errors quote the whole URL, path and query included, and RPC URLs
// often carry an API key there. Everything above the transport (logs, /readyz, start-up refusals,
// chat) sees only the redacted text.
func Redacting(r RPC) RPC { return redactingRPC{r} }

type redactingRPC struct{ inner RPC }

func (r redactingRPC) CallContext(ctx context.Context, result any, method string, args ...any) error {
	return cleanRPCError(r.inner.CallContext(ctx, result, method, args...))
}

func (r redactingRPC) BatchCallContext(ctx context.Context, b []rpc.BatchElem) error {
	err := r.inner.BatchCallContext(ctx, b)
	for i := range b {
		b[i].Error = cleanRPCError(b[i].Error)
	}
	return cleanRPCError(err)
}

// cleanRPCError makes a transport error safe to log, store, show and serve: an HTTP error reply is
// reduced to its status and a bounded, scrubbed excerpt of its body (a provider's 404 page may name
// the path, and so the key), and every URL and registered secret is removed from the rest.
func cleanRPCError(err error) error {
	if err == nil {
		return nil
	}
	var he rpc.HTTPError
	if errors.As(err, &he) {
		msg := fmt.Sprintf("HTTP %d", he.StatusCode)
		if len(he.Body) > 0 {
			msg += ": " + redact.Excerpt(string(he.Body), 120)
		}
		return &httpStatusError{Code: he.StatusCode, msg: msg}
	}
	return redact.Error(err)
}

// httpStatusError is an RPC endpoint's HTTP error reply, its body bounded and scrubbed; it does not
// wrap the original, whose body is verbatim.
type httpStatusError struct {
	Code int
	msg  string
}

func (e *httpStatusError) Error() string { return e.msg }

// Wrap replaces each endpoint's transport (e.g. to instrument it); call it before use.
func (f *Failover) Wrap(fn func(Endpoint) Endpoint) {
	for i, e := range f.eps {
		f.eps[i] = fn(e)
	}
}

// Endpoints returns the configured endpoints in order.
func (f *Failover) Endpoints() []Endpoint { return f.eps }

// LastHost is the endpoint (scheme and host) that answered the last call, or "".
func (f *Failover) LastHost() string {
	if v, ok := f.last.Load().(string); ok {
		return v
	}
	return ""
}

// Close closes every endpoint that can be closed.
func (f *Failover) Close() {
	for _, c := range f.closers {
		c.Close()
	}
}

// CallContext implements RPC with failover.
func (f *Failover) CallContext(ctx context.Context, result any, method string, args ...any) error {
	return f.do(ctx, method, func(ctx context.Context, r RPC) error { return r.CallContext(ctx, result, method, args...) })
}

// BatchCallContext implements RPC with failover. Per-element errors are answers, not failures.
func (f *Failover) BatchCallContext(ctx context.Context, b []rpc.BatchElem) error {
	return f.do(ctx, "batch", func(ctx context.Context, r RPC) error {
		for i := range b {
			b[i].Error = nil
		}
		return r.BatchCallContext(ctx, b)
	})
}

func (f *Failover) do(ctx context.Context, method string, call func(context.Context, RPC) error) error {
	var errs []error
	rounds := 1
	if idempotent(method) {
		rounds += f.Retries
	}
	for round := 0; round < rounds; round++ {
		if round > 0 {
			if err := sleepBackoff(ctx, f.Backoff, round); err != nil {
				return fmt.Errorf("%s: %w", method, err)
			}
			f.log.Warn("no rpc endpoint answered, retrying", "method", method, "round", round+1, "of", rounds)
		}
		f.mu.Lock()
		start := f.next
		f.mu.Unlock()
		for i := 0; i < len(f.eps); i++ {
			idx := (start + i) % len(f.eps)
			ep := f.eps[idx]
			actx, cancel := context.WithTimeout(ctx, f.timeout)
			err := call(actx, ep.RPC)
			cancel()
			if err == nil || !transient(err) {
				f.mu.Lock()
				f.next = idx
				f.mu.Unlock()
				f.last.Store(ep.Redacted())
				return err
			}
			if ctx.Err() != nil {
				return fmt.Errorf("%s: %w", method, ctx.Err())
			}
			f.log.Warn("rpc endpoint failed, trying the next", "endpoint", ep.Redacted(), "method", method, "err", err)
			errs = append(errs, fmt.Errorf("%s: %w", ep.Redacted(), err))
		}
	}
	return &UnreachableError{Method: method, Errs: errs}
}

// idempotent reports whether a method may be sent again when no answer came: every read, and
// eth_sendRawTransaction, which morbot only ever calls with bytes it recorded (the same bytes are the
// same transaction; a node that has it answers "already known"). Signing happens before, once.
func idempotent(method string) bool {
	switch method {
	case "eth_sendTransaction", "eth_sign", "eth_signTransaction":
		return false
	}
	return true
}

// sleepBackoff waits base·2^(round-1) plus up to half of that at random, or until ctx ends.
func sleepBackoff(ctx context.Context, base time.Duration, round int) error {
	if base <= 0 {
		return ctx.Err()
	}
	d := base << (round - 1)
	d += time.Duration(rand.Int64N(int64(d)/2 + 1))
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// UnreachableError says no configured RPC endpoint answered.
type UnreachableError struct {
	Method string
	Errs   []error
}

func (e *UnreachableError) Error() string {
	return fmt.Sprintf("no RPC endpoint answered %s: %v", e.Method, errors.Join(e.Errs...))
}

func (e *UnreachableError) Unwrap() []error { return e.Errs }

// transient reports whether an error means "this endpoint did not answer" (try the next) rather than
// a JSON-RPC answer.
func transient(err error) bool {
	var re rpc.Error
	if errors.As(err, &re) {
		return false // the node answered with a JSON-RPC error
	}
	code := 0
	var he rpc.HTTPError
	var hs *httpStatusError
	switch {
	case errors.As(err, &hs):
		code = hs.Code
	case errors.As(err, &he):
		code = he.StatusCode
	}
	if code != 0 {
		return code >= 500 || code == 429 || code == 408
	}
	return true // connection refused, reset, timeout, malformed response
}
