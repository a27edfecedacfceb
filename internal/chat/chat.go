// Package chat is the platform-neutral message model: what commands answer, what alerts and reports
// post, and what every adapter renders. It knows no platform and no domain: a Message is plain text
// plus buttons, and adapters escape all of it for their platform.
package chat

import (
	"context"
	"sync"
)

// Severity colours a message.
type Severity int

// Severities.
const (
	Info Severity = iota
	Success
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Success:
		return "success"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "info"
}

// Field is a labelled value.
type Field struct {
	Name   string
	Value  string
	Inline bool
}

// Action names a button's effect.
type Action string

// Button actions.
const (
	ActionApprove Action = "approve" // Token is a proposal token
	ActionReject  Action = "reject"  // Token is a proposal token
	ActionFix     Action = "fix"     // Token is an alert ID: propose the alert's fix
	ActionSilence Action = "silence" // Token is an alert ID: silence it for an hour
	ActionServe   Action = "serve"   // Token is a model ID: propose adding it to the proxy-router
	ActionDetails Action = "details" // Token is a proposal token: show its exact payload to the clicker
	// ActionProposeAgain: Token is a stale proposal's token: run the command that built it again.
	ActionProposeAgain Action = "again"
)

// Button is an interactive control. Token is the proposal's opaque token (or an alert ID for fix and
// silence); adapters encode action and token into their button IDs. Label is what people see; Ref is
// the human ID shown beside it (P-3, or the alert ID).
type Button struct {
	Label    string
	Action   Action
	Token    string
	Ref      string
	Disabled bool // shown greyed out where the platform can (Discord); left out elsewhere
}

// Message is what any adapter renders. Every string in it is plain text: it may hold values people
// or the chain supplied (model names, endpoints, reasons), so adapters escape all of it for their
// platform and no markup in it ever takes effect. A link to a chat channel is the one piece of markup
// a message carries, as Channel, for the adapter to render.
type Message struct {
	Title     string
	Text      string
	Fields    []Field
	Severity  Severity
	Buttons   []Button
	Footer    string
	Channel   string // a platform channel ID the message points to (shown as a channel link), or ""
	Ephemeral bool   // only the requester sees it (errors, help, private reads)
	Files     []File // attachments (the weekly chart); adapters upload them with the message
}

// File is an attachment: a name such as chart.png, its content type and its bytes.
type File struct {
	Name        string
	ContentType string
	Data        []byte
}

// Channels a Poster posts to.
const (
	ChannelReports = "reports"
	ChannelAlerts  = "alerts"
)

// Poster sends a message to a platform's reports or alerts channel.
type Poster interface {
	Post(ctx context.Context, channel string, m Message) error
}

// Fanout posts to every registered poster.
type Fanout struct {
	mu  sync.RWMutex
	out []Poster
}

// Add registers a poster.
func (f *Fanout) Add(p Poster) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.out = append(f.out, p)
}

// Post sends to every poster; it returns the first error after trying them all.
func (f *Fanout) Post(ctx context.Context, channel string, m Message) error {
	f.mu.RLock()
	out := append([]Poster(nil), f.out...)
	f.mu.RUnlock()
	var first error
	for _, p := range out {
		if err := p.Post(ctx, channel, m); err != nil && first == nil {
			first = err
		}
	}
	return first
}
