package approval

import (
	"context"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// EventKind is what happened to a proposal. Consumers switch on it; nothing compares it as a string.
type EventKind int

// Event kinds: the proposal's own state changes, then its steps as the executor sends them.
const (
	EvCreated       EventKind = iota + 1 // proposed
	EvFlagged                            // another open proposal changes one of the same things
	EvVoted                              // a vote that did not decide it
	EvApproved                           // the quorum was reached (or the policy approved it)
	EvRejected                           // a reject ended it
	EvExpired                            // no quorum before its expiry
	EvCancelled                          // cancelled by a person
	EvReturned                           // back for approval: its payload was re-planned, or its votes no longer meet the team's policy
	EvQueued                             // approved, waiting for a plan of the same signer to settle
	EvStale                              // not sent: what it was approved against changed
	EvExecuting                          // the executor started it
	EvStepSigned                         // a transaction was signed and recorded
	EvStepSent                           // a transaction was broadcast
	EvStepResent                         // a transaction's recorded bytes were broadcast again
	EvStepConfirmed                      // a transaction was mined successfully
	EvStepReverted                       // a transaction was mined and reverted
	EvStepFailed                         // a step did not happen (not sent, its nonce taken, an off-chain step failed)
	EvStepRan                            // an off-chain step ran
	EvUnknown                            // a step's outcome is not known yet (reconciling)
	EvConfirmed                          // every step settled successfully
	EvFailed                             // the plan ended with a failure
)

var eventNames = map[EventKind]string{EvCreated: "created", EvFlagged: "flagged", EvVoted: "voted", EvApproved: "approved",
	EvRejected: "rejected", EvExpired: "expired", EvCancelled: "cancelled", EvReturned: "returned", EvQueued: "queued", EvStale: "stale",
	EvExecuting: "executing", EvStepSigned: "step signed", EvStepSent: "step sent", EvStepResent: "step re-sent",
	EvStepConfirmed: "step confirmed", EvStepReverted: "step reverted", EvStepFailed: "step failed", EvStepRan: "step ran",
	EvUnknown: "outcome unknown", EvConfirmed: "confirmed", EvFailed: "failed"}

// String names the kind (logs, and the stored form of the events other replicas read).
func (k EventKind) String() string {
	if n, ok := eventNames[k]; ok {
		return n
	}
	return "unknown event"
}

// eventKindOf reads a stored kind back; false for a name this version does not know.
func eventKindOf(name string) (EventKind, bool) {
	for k, n := range eventNames {
		if n == name {
			return k, true
		}
	}
	return 0, false
}

// Transition reports whether the event moves the proposal to a new state (the step events do not).
func (k EventKind) Transition() bool {
	switch k {
	case EvCreated, EvApproved, EvRejected, EvExpired, EvCancelled, EvReturned, EvStale, EvExecuting, EvUnknown, EvConfirmed, EvFailed:
		return true
	}
	return false
}

// Event is one thing that happened to a proposal, with the proposal as it is after it. Step events
// name the step (Step ≥ 0), and the transaction and block where there is one.
type Event struct {
	Kind     EventKind
	Proposal *Proposal
	Actor    *User
	Note     string
	Step     int // -1: not about one step
	Hash     common.Hash
	Block    uint64
	// Remote is set on an event another replica recorded: this replica only shows it (its consoles,
	// and the platforms the other replica does not serve).
	Remote bool
	// Served are the chat platforms the recording replica shows events on itself (set on remote events).
	Served []string
}

// StepOf is the step an event is about, or nil.
func (ev Event) StepOf() *Step {
	if ev.Step < 0 || ev.Proposal == nil || ev.Step >= len(ev.Proposal.Steps) {
		return nil
	}
	return &ev.Proposal.Steps[ev.Step]
}

// Notifier receives every event.
type Notifier interface {
	Notify(ctx context.Context, ev Event)
}

// NotifierFunc adapts a function to Notifier.
type NotifierFunc func(ctx context.Context, ev Event)

// Notify calls f.
func (f NotifierFunc) Notify(ctx context.Context, ev Event) { f(ctx, ev) }

// Fanout is a Notifier that forwards every event to the notifiers added to it. Adapters are built
// after the engine, so they register here once they exist.
type Fanout struct {
	mu  sync.RWMutex
	out []Notifier
}

// Add registers a notifier.
func (f *Fanout) Add(n Notifier) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.out = append(f.out, n)
}

// Notify forwards the event to every registered notifier.
func (f *Fanout) Notify(ctx context.Context, ev Event) {
	f.mu.RLock()
	out := append([]Notifier(nil), f.out...)
	f.mu.RUnlock()
	for _, n := range out {
		n.Notify(ctx, ev)
	}
}
