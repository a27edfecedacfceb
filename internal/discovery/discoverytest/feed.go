// Package discoverytest serves a stand-in of the network's discovery feed (active_models.json and
// active_bids.json, reference §12) on 127.0.0.1, for tests and for morbot dev. It writes the
// documented fields the way the real feed does: checksummed addresses, IDs in mixed case, numbers as
// the public clients read them, and fields morbot does not know.
package discoverytest

import (
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Bid is a bid the stand-in lists.
type Bid struct {
	ID        common.Hash
	Provider  common.Address
	Model     common.Hash
	ModelName string
	Price     *big.Int
	Health    string   // "" leaves the health object out
	LatencyMs *float64 // nil writes null
}

// Model is a model the stand-in lists.
type Model struct {
	ID     common.Hash
	Name   string
	Owner  common.Address
	Health string // "" leaves the health object out
}

// Broken is how the feed fails.
type Broken string

// Ways to fail.
const (
	OK       Broken = ""
	HTML     Broken = "html"     // a 200 with an HTML page (a captive portal, a CDN error page)
	Status   Broken = "500"      // HTTP 500
	BadJSON  Broken = "badjson"  // a truncated body
	NoList   Broken = "nolist"   // JSON without the list
	Huge     Broken = "huge"     // a body over any sane cap
	Slow     Broken = "slow"     // no answer until the client gives up
	Mixed    Broken = "mixed"    // (not a failure) IDs upper-cased, addresses lower-cased
	NoHealth Broken = "nohealth" // (not a failure) health objects left out
)

// Feed is the stand-in.
type Feed struct {
	URL string
	srv *http.Server
	ln  net.Listener

	mu     sync.Mutex
	bids   []Bid
	models []Model
	broken Broken
	hits   int
	stop   chan struct{}
	// Source, when set, gives what the feed lists at each request instead of Set's lists (morbot dev
	// lists what is on its simulated chain).
	Source func() ([]Model, []Bid)
}

// Start serves the stand-in on a free 127.0.0.1 port.
func Start() (*Feed, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("discovery stand-in: %w", err)
	}
	f := &Feed{URL: "http://" + ln.Addr().String(), ln: ln, stop: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("/active_models.json", f.serveModels)
	mux.HandleFunc("/active_bids.json", f.serveBids)
	f.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = f.srv.Serve(ln) }()
	return f, nil
}

// Close stops the stand-in.
func (f *Feed) Close() {
	close(f.stop)
	_ = f.srv.Close()
}

// Set replaces what the feed lists.
func (f *Feed) Set(models []Model, bids []Bid) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.models, f.bids = append([]Model(nil), models...), append([]Bid(nil), bids...)
}

// Break makes the feed fail (or change its spelling) as b says; OK mends it.
func (f *Feed) Break(b Broken) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.broken = b
}

// Hits counts the requests served.
func (f *Feed) Hits() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.hits
}

func (f *Feed) state() ([]Model, []Bid, Broken) {
	f.mu.Lock()
	f.hits++
	models, bids, broken, src := f.models, f.bids, f.broken, f.Source
	f.mu.Unlock()
	if src != nil && broken != HTML && broken != Status && broken != BadJSON && broken != NoList && broken != Huge && broken != Slow {
		models, bids = src()
	}
	return models, bids, broken
}

// fail answers a broken feed; it reports whether it did.
func (f *Feed) fail(w http.ResponseWriter, r *http.Request, b Broken) bool {
	switch b {
	case HTML:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"))
	case Status:
		http.Error(w, "internal error", http.StatusInternalServerError)
	case BadJSON:
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"bids": [{"Id": "0x`))
	case NoList:
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"updatedAt": "2026-12-04T00:00:00Z"}`))
	case Huge:
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"bids": [], "padding": "`))
		chunk := []byte(strings.Repeat("x", 64<<10))
		for i := 0; i < 256; i++ { // 16 MiB
			if _, err := w.Write(chunk); err != nil {
				return true
			}
		}
		_, _ = w.Write([]byte(`"}`))
	case Slow:
		select {
		case <-r.Context().Done():
		case <-f.stop:
		}
	default:
		return false
	}
	return true
}

func hexID(h common.Hash, b Broken) string {
	if b == Mixed {
		return "0x" + strings.ToUpper(strings.TrimPrefix(h.Hex(), "0x"))
	}
	return h.Hex()
}

func hexAddr(a common.Address, b Broken) string {
	if b == Mixed {
		return strings.ToLower(a.Hex())
	}
	return a.Hex() // EIP-55 checksummed, as the feed writes them
}

func (f *Feed) serveModels(w http.ResponseWriter, r *http.Request) {
	models, bids, b := f.state()
	if f.fail(w, r, b) {
		return
	}
	out := make([]map[string]any, 0, len(models))
	for _, m := range models {
		e := map[string]any{"Id": hexID(m.ID, b), "Name": m.Name, "Tags": []string{"LLM"}, "Owner": hexAddr(m.Owner, b),
			"ModelType": "LLM", "IpfsCID": "0x" + strings.Repeat("0", 64), "CreatedAt": "1733000000", "IsDeleted": false}
		if m.Health != "" && b != NoHealth {
			healthy, providers := 0, map[common.Address]bool{}
			var detail []map[string]any
			for _, x := range bids {
				if x.Model != m.ID {
					continue
				}
				providers[x.Provider] = true
				if strings.EqualFold(x.Health, "healthy") {
					healthy++
				}
				detail = append(detail, map[string]any{"bidId": hexID(x.ID, b), "providerId": hexAddr(x.Provider, b), "pricePerSecond": x.Price.String(), "status": x.Health})
			}
			e["health"] = map[string]any{"status": m.Health, "healthyBids": healthy, "providers": len(providers), "checkedAt": "2026-12-04T00:00:00Z"}
			e["bidDetail"] = detail
		}
		out = append(out, e)
	}
	writeJSON(w, map[string]any{"models": out, "generatedAt": time.Now().UTC().Format(time.RFC3339)})
}

func (f *Feed) serveBids(w http.ResponseWriter, r *http.Request) {
	_, bids, b := f.state()
	if f.fail(w, r, b) {
		return
	}
	out := make([]map[string]any, 0, len(bids))
	for _, x := range bids {
		e := map[string]any{"Id": hexID(x.ID, b), "Provider": hexAddr(x.Provider, b), "ModelAgentId": hexID(x.Model, b),
			"PricePerSecond": x.Price.String(), "ModelName": x.ModelName, "Nonce": "0", "CreatedAt": "1733000000", "DeletedAt": "0"}
		if x.Health != "" && b != NoHealth {
			h := map[string]any{"status": x.Health, "latencyMs": nil}
			if x.LatencyMs != nil {
				h["latencyMs"] = *x.LatencyMs
			}
			e["health"] = h
		}
		out = append(out, e)
	}
	writeJSON(w, map[string]any{"bids": out})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// Ms is a latency for Bid.LatencyMs.
func Ms(v float64) *float64 { return &v }
