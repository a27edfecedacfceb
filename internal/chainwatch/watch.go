// Package chainwatch follows the chain block by block and hands each new block's logs of interest to
// a handler: from new heads pushed over a WebSocket subscription when one is up, and by asking for
// the block number once per poll interval otherwise. It records each block it handled, with its hash
// and logs, in the store, so a restart or a take-over resumes after the last one (backfilling in
// bounded chunks), and a block whose hash changed at a height already handled (a reorg) gives its
// logs back to the handler as removed before the new branch is read. A block is recorded only after
// its logs were handed on; the handler keys what it posts, so a crash in between repeats nothing.
package chainwatch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/store"
)

// Chain is what the watcher reads (*chain.Client implements it).
type Chain interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number uint64) (*types.Header, error)
	FilterLogsBatch(ctx context.Context, from, to uint64, filters []chain.LogFilter) ([]types.Log, error)
}

// Handler is told each block's logs in order, once; removed logs are those of a block a reorg took.
type Handler func(ctx context.Context, logs []types.Log) error

// Modes the watcher reports.
const (
	ModeSubscribed = "subscribed" // new heads pushed over a WebSocket
	ModePolling    = "polling"    // eth_blockNumber once per poll interval
)

// Options configure a watcher.
type Options struct {
	Chain         Chain
	Store         *store.DB
	Filters       func() []chain.LogFilter // what to read (asked each round: the provider may change)
	Handle        Handler
	Heads         *Heads        // nil: polling only
	Poll          time.Duration // how often the block number is asked while no subscription is up (default 1s)
	Confirmations uint64        // blocks a log must be buried under (1 = the head)
	Chunk         uint64        // blocks per backfill request (default 500)
	Depth         uint64        // blocks remembered for reorgs (default 128)
	Logger        *slog.Logger
	// OnRound is told the status after every round (metrics).
	OnRound func(Status)
}

// Watcher follows the chain.
type Watcher struct {
	o    Options
	log  *slog.Logger
	kick chan struct{}

	mu        sync.Mutex
	head      uint64
	processed uint64
	mode      string
	lastErr   string
	started   bool // said where it starts
}

// New builds a watcher.
func New(o Options) *Watcher {
	if o.Poll <= 0 {
		o.Poll = time.Second
	}
	if o.Confirmations == 0 {
		o.Confirmations = 1
	}
	if o.Chunk == 0 {
		o.Chunk = 500
	}
	if o.Depth == 0 {
		o.Depth = 128
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return &Watcher{o: o, log: o.Logger, kick: make(chan struct{}, 1), mode: ModePolling}
}

// Status is what /readyz and the metrics show.
type Status struct {
	Mode      string // subscribed or polling
	Head      uint64 // the latest head seen
	Processed uint64 // the last block handled
	Err       string // the last round's error ("" when it worked)
}

// Lag is how many blocks the handled ones are behind the head.
func (s Status) Lag() uint64 {
	if s.Head > s.Processed {
		return s.Head - s.Processed
	}
	return 0
}

// Status reports the watcher's state.
func (w *Watcher) Status() Status {
	w.mu.Lock()
	defer w.mu.Unlock()
	return Status{Mode: w.mode, Head: w.head, Processed: w.processed, Err: w.lastErr}
}

// Run follows the chain until ctx ends: a round on every new head pushed, and on every poll tick
// while no subscription is up (and every tenth tick while one is, in case a head went missing).
func (w *Watcher) Run(ctx context.Context) {
	heads := make(chan uint64, 16)
	if w.o.Heads != nil {
		go w.o.Heads.Run(ctx, heads, func(mode string) {
			w.mu.Lock()
			w.mode = mode
			w.mu.Unlock()
			w.Kick() // a (re)connection backfills at once
		})
	}
	t := time.NewTicker(w.o.Poll)
	defer t.Stop()
	ticks := 0
	for {
		if err := w.Round(ctx); err != nil && ctx.Err() == nil {
			w.log.Warn("chain watch", "err", err)
		}
	wait:
		for {
			select {
			case <-ctx.Done():
				return
			case <-heads:
				break wait
			case <-w.kick:
				break wait
			case <-t.C:
				ticks++
				w.mu.Lock()
				polling := w.mode != ModeSubscribed
				w.mu.Unlock()
				if polling || ticks%10 == 0 {
					break wait
				}
			}
		}
	}
}

// Kick asks for a round now.
func (w *Watcher) Kick() {
	select {
	case w.kick <- struct{}{}:
	default:
	}
}

const cursor = "chain-watch"

// Round reads the chain up to the head (less confirmations): it undoes what a reorg took, then hands
// each new block's logs to the handler, block by block, and records each block as processed. The
// first round on an empty store starts at the head.
func (w *Watcher) Round(ctx context.Context) error {
	err := w.round(ctx)
	w.mu.Lock()
	w.lastErr = ""
	if err != nil {
		w.lastErr = err.Error()
	}
	w.mu.Unlock()
	if w.o.OnRound != nil {
		w.o.OnRound(w.Status())
	}
	return err
}

func (w *Watcher) round(ctx context.Context) error {
	head, err := w.o.Chain.BlockNumber(ctx)
	if err != nil {
		return err
	}
	w.mu.Lock()
	w.head = head
	w.mu.Unlock()
	if head+1 < w.o.Confirmations {
		return nil
	}
	safe := head + 1 - w.o.Confirmations
	lb, ok, err := w.o.Store.WatchLast(ctx, cursor)
	if err != nil {
		return err
	}
	if !ok {
		// The first round starts at the head: what happened before morbot watched is not news.
		h, err := w.o.Chain.HeaderByNumber(ctx, safe)
		if err != nil {
			return err
		}
		w.setProcessed(safe)
		w.log.Info("chain watch: following the chain from block " + fmt.Sprint(safe))
		return w.o.Store.WatchRecord(ctx, cursor, store.WatchedBlock{Number: safe, Hash: h.Hash().Hex()}, nil, w.o.Depth)
	}
	if !w.started {
		w.started = true
		w.log.Info("chain watch: following the chain from block " + fmt.Sprint(lb.Number+1))
	}
	last := lb.Number
	w.setProcessed(last)
	// A reorg: the block recorded at the last height is no longer on the chain.
	if last <= safe {
		h, err := w.o.Chain.HeaderByNumber(ctx, last)
		if err != nil {
			return err
		}
		if h.Hash().Hex() != lb.Hash {
			if last, err = w.unwind(ctx, last); err != nil {
				return err
			}
		}
	}
	for from := last + 1; from <= safe; {
		to := min(from+w.o.Chunk-1, safe)
		if err := w.chunk(ctx, from, to); err != nil {
			return err
		}
		from = to + 1
	}
	return nil
}

// chunk handles blocks from..to: their logs block by block, each block recorded as handled (with its
// hash and logs) once its logs were handed on, then records to as processed.
func (w *Watcher) chunk(ctx context.Context, from, to uint64) error {
	logs, err := w.o.Chain.FilterLogsBatch(ctx, from, to, w.o.Filters())
	if err != nil {
		return err
	}
	h, err := w.o.Chain.HeaderByNumber(ctx, to)
	if err != nil {
		return err
	}
	byBlock := map[uint64][]types.Log{}
	var blocks []uint64
	for _, l := range logs {
		if _, ok := byBlock[l.BlockNumber]; !ok {
			blocks = append(blocks, l.BlockNumber)
		}
		byBlock[l.BlockNumber] = append(byBlock[l.BlockNumber], l)
	}
	for _, n := range blocks { // FilterLogsBatch orders by block
		ls := byBlock[n]
		if n == to && ls[0].BlockHash != h.Hash() {
			return errors.New("the chain changed while it was read (a reorg); the next round reads it again")
		}
		rec := make([]store.WatchedLog, 0, len(ls))
		for _, l := range ls {
			data, err := json.Marshal(l)
			if err != nil {
				return err
			}
			rec = append(rec, store.WatchedLog{Key: logKey(l), Data: string(data)})
		}
		// Handed on, then recorded with its block: the cursor never passes a block whose logs were
		// not handed on. A crash between the two hands them on again, and the handler's own keys
		// (a notice's ID, a session's) make that a no-op.
		if err := w.o.Handle(ctx, ls); err != nil {
			return fmt.Errorf("handle block %d: %w", n, err)
		}
		if err := w.o.Store.WatchRecord(ctx, cursor, store.WatchedBlock{Number: n, Hash: ls[0].BlockHash.Hex()}, rec, w.o.Depth); err != nil {
			return err
		}
	}
	if err := w.o.Store.WatchRecord(ctx, cursor, store.WatchedBlock{Number: to, Hash: h.Hash().Hex()}, nil, w.o.Depth); err != nil {
		return err
	}
	w.setProcessed(to)
	return nil
}

// logKey identifies a log on its branch: its block's hash and its index.
func logKey(l types.Log) string { return fmt.Sprintf("%s:%06d", l.BlockHash.Hex(), l.Index) }

// unwind walks back from last to the highest remembered block still on the chain, hands the handler
// the logs of every remembered block above it as removed, forgets those blocks, and returns the fork
// point.
func (w *Watcher) unwind(ctx context.Context, last uint64) (uint64, error) {
	blocks, err := w.o.Store.WatchBlocks(ctx, cursor)
	if err != nil {
		return 0, err
	}
	var fork uint64
	found := false
	for i := len(blocks) - 1; i >= 0; i-- {
		h, err := w.o.Chain.HeaderByNumber(ctx, blocks[i].Number)
		if err != nil {
			return 0, err
		}
		if h.Hash().Hex() == blocks[i].Hash {
			fork, found = blocks[i].Number, true
			break
		}
	}
	if !found && len(blocks) > 0 && blocks[0].Number > 0 {
		fork = blocks[0].Number - 1 // deeper than remembered: read again from below the oldest
	}
	rows, err := w.o.Store.WatchLogsAbove(ctx, cursor, fork)
	if err != nil {
		return 0, err
	}
	removed := make([]types.Log, 0, len(rows))
	for _, r := range rows {
		var l types.Log
		if err := json.Unmarshal([]byte(r.Data), &l); err != nil {
			return 0, fmt.Errorf("a watched log: %w", err)
		}
		l.Removed = true
		removed = append(removed, l)
	}
	w.log.Warn("chain watch: a reorg replaced blocks", "from", fork+1, "to", last, "removed_logs", len(removed))
	if len(removed) > 0 {
		if err := w.o.Handle(ctx, removed); err != nil {
			return 0, fmt.Errorf("undo reorged logs: %w", err)
		}
	}
	if err := w.o.Store.WatchForgetAbove(ctx, cursor, fork); err != nil {
		return 0, err
	}
	w.setProcessed(fork)
	return fork, nil
}

func (w *Watcher) setProcessed(n uint64) {
	w.mu.Lock()
	w.processed = n
	w.mu.Unlock()
}
