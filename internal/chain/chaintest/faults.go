package chaintest

import (
	"bytes"
	"encoding/json"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"time"

	"github.com/morbotlabs/morbot/internal/chain"
)

// Fault is what the fault-injecting proxy does to a request.
type Fault int

// Faults.
const (
	FaultNone        Fault = iota
	FaultDrop              // close the connection without an answer
	FaultHTTP500           // answer 500
	FaultDelay             // wait past the client's timeout, then answer
	FaultWrongChain        // eth_chainId answers mainnet (0x1)
	FaultStaleBlock        // eth_blockNumber answers the block it first saw, forever
	FaultForwardDrop       // forward the request (it takes effect), then close the connection
	FaultEchoPage          // answer 404 with an HTML page naming the request's path and query (as some providers do)
	FaultEchoRPC           // answer a JSON-RPC error whose message echoes the request's path and query (an "invalid api key" reply)
	FaultEchoRevert        // answer an execution revert whose data is Error(string) echoing the request's path and query
)

// FaultProxy is a JSON-RPC proxy on 127.0.0.1 in front of a chain that injects faults per method.
type FaultProxy struct {
	srv     *httptest.Server
	backend chain.RPC
	Delay   time.Duration

	mu       sync.Mutex
	faults   map[string]Fault // method -> fault; "*" for every method
	counted  map[string]*countedFault
	stale    json.RawMessage
	hits     atomic.Int64
	injected atomic.Int64
	waited   atomic.Int64
	watches  map[string][]chan struct{}
}

// Waited counts delayed requests whose client waited the whole delay (it is counted before the
// answer goes out, so a client that got an answer after the delay has been counted).
func (p *FaultProxy) Waited() int64 { return p.waited.Load() }

// Watch returns a channel that receives once for every request of a method the proxy forwards with
// no fault from now on (buffered; a test waits on it instead of sleeping).
func (p *FaultProxy) Watch(method string) <-chan struct{} {
	ch := make(chan struct{}, 64)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.watches == nil {
		p.watches = map[string][]chan struct{}{}
	}
	p.watches[method] = append(p.watches[method], ch)
	return ch
}

func (p *FaultProxy) forwarded(methods []string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, m := range methods {
		for _, ch := range p.watches[m] {
			select {
			case ch <- struct{}{}:
			default:
			}
		}
	}
}

// countedFault hits a method's requests after the first skip of them, times times.
type countedFault struct {
	fault       Fault
	skip, times int
}

// NewFaultProxy starts a proxy in front of backend.
func NewFaultProxy(backend chain.RPC) *FaultProxy {
	p := &FaultProxy{backend: backend, faults: map[string]Fault{}, counted: map[string]*countedFault{}, Delay: 2 * time.Second}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	return p
}

// URL is the proxy's address.
func (p *FaultProxy) URL() string { return p.srv.URL }

// Close stops the proxy.
func (p *FaultProxy) Close() { p.srv.CloseClientConnections(); p.srv.Close() }

// Hits counts requests that reached the proxy.
func (p *FaultProxy) Hits() int64 { return p.hits.Load() }

// Set injects a fault for the given methods (none: every method); FaultNone clears them (with no
// methods: every fault, whatever method it was set for).
func (p *FaultProxy) Set(f Fault, methods ...string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if f == FaultNone && len(methods) == 0 {
		p.faults = map[string]Fault{}
		p.counted = map[string]*countedFault{}
		p.stale = nil
		return
	}
	if len(methods) == 0 {
		methods = []string{"*"}
	}
	for _, m := range methods {
		if f == FaultNone {
			delete(p.faults, m)
		} else {
			p.faults[m] = f
		}
	}
	if f == FaultNone && len(p.faults) == 0 {
		p.stale = nil
	}
}

// Inject makes the fault hit one method's requests after letting the first skip of them through, for
// times requests; then the method is served normally again. Injected counts the hits.
func (p *FaultProxy) Inject(f Fault, method string, skip, times int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.counted[method] = &countedFault{fault: f, skip: skip, times: times}
}

// Injected counts the requests a fault set with Inject hit.
func (p *FaultProxy) Injected() int64 { return p.injected.Load() }

func (p *FaultProxy) fault(method string) Fault {
	p.mu.Lock()
	defer p.mu.Unlock()
	if c := p.counted[method]; c != nil {
		switch {
		case c.skip > 0:
			c.skip--
		case c.times > 0:
			c.times--
			p.injected.Add(1)
			return c.fault
		}
	}
	if f, ok := p.faults[method]; ok {
		return f
	}
	return p.faults["*"]
}

func (p *FaultProxy) serve(w http.ResponseWriter, r *http.Request) {
	p.hits.Add(1)
	body, _ := io.ReadAll(r.Body)
	var methods []string
	if t := bytes.TrimSpace(body); len(t) > 0 && t[0] == '[' {
		var reqs []rpcRequest
		_ = json.Unmarshal(t, &reqs)
		for _, q := range reqs {
			methods = append(methods, q.Method)
		}
	} else {
		var q rpcRequest
		_ = json.Unmarshal(t, &q)
		methods = append(methods, q.Method)
	}
	f := FaultNone
	for _, m := range methods {
		if x := p.fault(m); x != FaultNone {
			f = x
			break
		}
	}
	drop := func() {
		if hj, ok := w.(http.Hijacker); ok {
			if c, _, err := hj.Hijack(); err == nil {
				_ = c.Close()
				return
			}
		}
		w.WriteHeader(http.StatusBadGateway)
	}
	switch f {
	case FaultDrop:
		drop()
		return
	case FaultHTTP500:
		http.Error(w, "injected failure", http.StatusInternalServerError)
		return
	case FaultDelay:
		select {
		case <-time.After(p.Delay):
			p.waited.Add(1)
		case <-r.Context().Done():
			return
		}
	case FaultWrongChain:
		if len(methods) == 1 && methods[0] == "eth_chainId" {
			var q rpcRequest
			_ = json.Unmarshal(body, &q)
			_ = json.NewEncoder(w).Encode(rpcResponse{JSONRPC: "2.0", ID: q.ID, Result: json.RawMessage(`"0x1"`)})
			return
		}
	case FaultStaleBlock:
		if len(methods) == 1 && methods[0] == "eth_blockNumber" {
			var q rpcRequest
			_ = json.Unmarshal(body, &q)
			p.mu.Lock()
			if p.stale == nil {
				resp := call(r.Context(), p.backend, q)
				p.stale = resp.Result
			}
			stale := p.stale
			p.mu.Unlock()
			_ = json.NewEncoder(w).Encode(rpcResponse{JSONRPC: "2.0", ID: q.ID, Result: stale})
			return
		}
	case FaultForwardDrop:
		forwardBody(p.backend, body, r)
		drop()
		return
	case FaultEchoPage:
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusNotFound)
		_, _ = io.WriteString(w, "<html><body><h1>404 Not Found</h1><p>No route for "+r.URL.RequestURI()+" on this server.</p></body></html>")
		return
	case FaultEchoRPC:
		var q rpcRequest
		_ = json.Unmarshal(body, &q)
		w.Header().Set("Content-Type", "application/json")
		msg, _ := json.Marshal("invalid api key " + r.URL.Path + " at " + r.URL.RequestURI())
		_, _ = io.WriteString(w, `{"jsonrpc":"2.0","id":`+string(q.ID)+`,"error":{"code":-32000,"message":`+string(msg)+`}}`)
		return
	case FaultEchoRevert:
		var q rpcRequest
		_ = json.Unmarshal(body, &q)
		w.Header().Set("Content-Type", "application/json")
		str, _ := abi.NewType("string", "", nil)
		enc, _ := abi.Arguments{{Type: str}}.Pack("invalid api key " + r.URL.Path + " at " + r.URL.RequestURI())
		data := hexutil.Encode(append([]byte{0x08, 0xc3, 0x79, 0xa0}, enc...))
		_, _ = io.WriteString(w, `{"jsonrpc":"2.0","id":`+string(q.ID)+`,"error":{"code":3,"message":"execution reverted","data":"`+data+`"}}`)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	HTTPHandler(p.backend).ServeHTTP(w, r)
	p.forwarded(methods)
}

// forwardBody executes a request against the backend, discarding the answer.
func forwardBody(backend chain.RPC, body []byte, r *http.Request) {
	req := r.Clone(r.Context())
	req.Body = io.NopCloser(bytes.NewReader(body))
	HTTPHandler(backend).ServeHTTP(httptest.NewRecorder(), req)
}
