package chainwatch

import (
	"context"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/chain"
)

// Heads pushes new block numbers from WebSocket endpoints (eth_subscribe newHeads), failing over
// between them and backing off while none answers. The URLs are secrets like RPC URLs: only their
// redacted form is logged.
type Heads struct {
	URLs    []string
	Backoff time.Duration // the first wait after every endpoint failed (default 500ms; doubles to 30s)
	Dial    time.Duration // how long a connection and subscription may take (default 5s)
	Log     *slog.Logger
}

// Run subscribes until ctx ends, sending each new head's number to out and telling mode whether a
// subscription is up (ModeSubscribed) or not (ModePolling).
func (h *Heads) Run(ctx context.Context, out chan<- uint64, mode func(string)) {
	log := h.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	backoff := h.Backoff
	if backoff <= 0 {
		backoff = 500 * time.Millisecond
	}
	wait := backoff
	for ctx.Err() == nil {
		for _, u := range h.URLs {
			if h.follow(ctx, u, out, mode, log) {
				wait = backoff // it was up: start the backoff again
			}
			if ctx.Err() != nil {
				return
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = min(2*wait, 30*time.Second)
	}
}

// follow subscribes to one endpoint and forwards heads until the subscription ends; it reports
// whether the subscription came up.
func (h *Heads) follow(ctx context.Context, u string, out chan<- uint64, mode func(string), log *slog.Logger) bool {
	dial := h.Dial
	if dial <= 0 {
		dial = 5 * time.Second
	}
	dctx, cancel := context.WithTimeout(ctx, dial)
	c, err := rpc.DialContext(dctx, u)
	if err != nil {
		cancel()
		log.Warn("chain watch: WebSocket endpoint unreachable; polling meanwhile", "endpoint", chain.RedactURL(u))
		return false
	}
	defer c.Close()
	heads := make(chan struct {
		Number *hexutil.Big `json:"number"`
	}, 16)
	sub, err := c.EthSubscribe(dctx, heads, "newHeads")
	cancel()
	if err != nil {
		log.Warn("chain watch: newHeads subscription refused; polling meanwhile", "endpoint", chain.RedactURL(u))
		return false
	}
	defer sub.Unsubscribe()
	log.Info("chain watch: subscribed to new heads", "endpoint", chain.RedactURL(u))
	mode(ModeSubscribed)
	defer mode(ModePolling)
	for {
		select {
		case <-ctx.Done():
			return true
		case <-sub.Err():
			log.Warn("chain watch: WebSocket subscription ended; reconnecting", "endpoint", chain.RedactURL(u))
			return true
		case hd := <-heads:
			if hd.Number == nil {
				continue
			}
			select {
			case out <- hd.Number.ToInt().Uint64():
			default: // a round is already due
			}
		}
	}
}
