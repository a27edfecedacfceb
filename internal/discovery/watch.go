package discovery

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/outside"
)

// DefaultInterval and DefaultGrace are discovery.interval and discovery.grace when not set.
const (
	DefaultInterval = 5 * time.Minute
	DefaultGrace    = 15 * time.Minute
)

// Seen remembers when the network last listed each of the team's bids (the store implements it), so
// "last seen" survives restarts and is shared by replicas.
type Seen interface {
	RecordDiscoverySeen(ctx context.Context, at time.Time, bids []common.Hash) error
	DiscoverySeen(ctx context.Context) (map[common.Hash]time.Time, error)
}

// Watcher keeps the network's view fresh: it fetches the feed every interval and keeps the last good
// snapshot while the feed fails.
type Watcher struct {
	Feed     *Feed
	Interval time.Duration
	Grace    time.Duration
	Provider common.Address // whose bids' sightings are remembered
	Seen     Seen
	Now      func() time.Time
	Log      *slog.Logger
	// OnDemand is how old the view may be before a person's request (/mor verify) fetches it again;
	// 0: the caller's default. morbot dev sets it tiny, so a changed stand-in shows at once.
	OnDemand time.Duration

	mu           sync.Mutex
	last         *Snapshot
	err          string
	failingSince time.Time
	attempted    time.Time
}

// View is what the watcher knows now.
type View struct {
	URL          string    // the feed's base URL
	Snap         *Snapshot // the last good snapshot (nil: none yet)
	Err          string    // why the latest fetch failed ("" when it worked)
	FailingSince time.Time // the first failed fetch of the current outage
	Attempted    time.Time // the latest fetch
	At           time.Time // when this view was taken (the watcher's clock, which ages are measured on)
}

// Fresh reports whether the latest fetch worked: the view can be judged.
func (v View) Fresh() bool { return v.Snap != nil && v.Err == "" }

func (w *Watcher) now() time.Time {
	if w.Now != nil {
		return w.Now()
	}
	return time.Now()
}

func (w *Watcher) log() *slog.Logger {
	if w.Log != nil {
		return w.Log
	}
	return slog.New(slog.DiscardHandler)
}

// View returns the current view.
func (w *Watcher) View() View {
	w.mu.Lock()
	defer w.mu.Unlock()
	return View{URL: w.Feed.Base.String(), Snap: w.last, Err: w.err, FailingSince: w.failingSince, Attempted: w.attempted, At: w.now()}
}

// Refresh fetches the feed now. A failure keeps the last good snapshot and is returned.
func (w *Watcher) Refresh(ctx context.Context) error {
	at := w.now()
	s, err := w.Feed.Fetch(ctx, at)
	w.mu.Lock()
	w.attempted = at
	if err != nil {
		if w.err == "" {
			w.failingSince = at
		}
		w.err = outside.Clip(err.Error(), 300) // it may quote the feed's answer
		w.mu.Unlock()
		w.log().Warn("discovery: fetch failed; keeping the last good view", "err", err)
		return err
	}
	w.last, w.err, w.failingSince = s, "", time.Time{}
	w.mu.Unlock()
	if w.Seen != nil {
		var ours []common.Hash
		for k := range s.Bids {
			if k.Provider == w.Provider {
				ours = append(ours, k.ID)
			}
		}
		if len(ours) > 0 {
			if err := w.Seen.RecordDiscoverySeen(ctx, at, ours); err != nil {
				w.log().Warn("discovery: record sightings", "err", err)
			}
		}
	}
	return nil
}

// Run refreshes now and then every interval until ctx ends.
func (w *Watcher) Run(ctx context.Context) {
	every := w.Interval
	if every <= 0 {
		every = DefaultInterval
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		_ = w.Refresh(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// RefreshAfter is how old the view may be before a request fetches it again (OnDemand, else def).
func (w *Watcher) RefreshAfter(def time.Duration) time.Duration {
	if w.OnDemand > 0 {
		return w.OnDemand
	}
	return def
}
