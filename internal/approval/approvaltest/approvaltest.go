// Package approvaltest has helpers for tests that drive the approval engine. Imported only by tests.
package approvaltest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/executor"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// Events is a Notifier that keeps every event the engine publishes, so a test waits for an event
// (a signal) instead of sleeping.
type Events struct {
	mu      sync.Mutex
	events  []approval.Event
	changed chan struct{} // closed and replaced on every event
}

// Notify records an event.
func (r *Events) Notify(_ context.Context, ev approval.Event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, ev)
	if r.changed != nil {
		close(r.changed)
		r.changed = nil
	}
}

// Wait returns the first event of a kind for a proposal, waiting up to 30 s for it to be published.
func (r *Events) Wait(t testing.TB, id int64, kind approval.EventKind) approval.Event {
	t.Helper()
	deadline := time.After(30 * time.Second)
	for {
		r.mu.Lock()
		for _, ev := range r.events {
			if ev.Proposal.ID == id && ev.Kind == kind {
				r.mu.Unlock()
				return ev
			}
		}
		if r.changed == nil {
			r.changed = make(chan struct{})
		}
		ch := r.changed
		r.mu.Unlock()
		select {
		case <-ch:
		case <-deadline:
			t.Fatalf("P-%d: no %q event within 30s", id, kind.String())
		}
	}
}

// Core is a proposal engine with the executor that runs what it approves, as tests drive them: the
// engine's methods (Propose, Vote, Get, …) and the executor's (Idle, Close, Recover, …) side by side.
type Core struct {
	*approval.Engine
	*executor.Executor
}

// CoreOf is the engine and the executor of a wired core.
func CoreOf(d *wiring.Core) Core { return Core{Engine: d.Engine, Executor: d.Exec} }
