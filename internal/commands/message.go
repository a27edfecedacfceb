// Package commands is the platform-neutral /mor grammar: parsing, validation against live chain
// state, help, read-only answers and building proposals. Adapters translate platform events into a
// Request and render the Message that comes back; nothing here knows a chat platform.
package commands

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

// Response is the result of one command: a message, and the proposal it created, if any.
type Response struct {
	Message    Message
	ProposalID int64 // 0 when no proposal was created
}
