package botkit

import (
	"context"
	"fmt"
	"log/slog"
	"slices"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chat"
)

// ProposalOut is what an adapter supplies to the proposal-message lifecycle: how to post a
// proposal's message to a channel and how to edit a posted one, in its platform's terms.
type ProposalOut interface {
	// PostProposal posts m to channel and returns where it landed (the channel ID the platform
	// reports, and the message ID).
	PostProposal(ctx context.Context, channel string, p *approval.Proposal, m chat.Message) (channelID, messageID string, err error)
	// EditProposal replaces a posted proposal message with m.
	EditProposal(ctx context.Context, ref approval.MessageRef, p *approval.Proposal, m chat.Message) error
	// ReplyProposal posts one line in the proposal message's thread (a reply to it).
	ReplyProposal(ctx context.Context, ref approval.MessageRef, line string) error
}

// Engine is what the lifecycle needs from the approval engine.
type Engine interface {
	Get(ctx context.Context, id int64) (*approval.Proposal, error)
	AttachMessage(ctx context.Context, id int64, m approval.MessageRef) error
}

// Lifecycle is a proposal's chat message from birth to outcome, the same on every platform: posted
// once to the proposals channel and recorded, then edited in place on every state change (votes,
// transactions, outcome). Proposals morbot makes on its own (the claim sweep) are posted when they
// are created, since no command reply posts them.
type Lifecycle struct {
	Platform string // the MessageRef platform ("discord", "slack")
	Channel  string // the proposals channel ("": the channel the command came from)
	Engine   Engine
	Render   func(*approval.Proposal) chat.Message
	// Line is an event's one line (view.EventLine); a re-send is said in the proposal's thread.
	Line func(approval.Event) string
	Out  ProposalOut
	// PostFailed says what to do when posting failed ("; check the bot's permissions there").
	PostFailed func(err error) string
	Log        *slog.Logger
}

// Post posts a proposal to the proposals channel and records the message for later edits; it returns
// the short answer for the proposer.
func (l *Lifecycle) Post(ctx context.Context, id int64, fallbackChannel string) chat.Message {
	p, err := l.Engine.Get(ctx, id)
	if err != nil {
		return chat.Message{Severity: chat.Error, Text: err.Error()}
	}
	ch := l.Channel
	if ch == "" {
		ch = fallbackChannel
	}
	channel, msgID, err := l.Out.PostProposal(ctx, ch, p, l.Render(p))
	if err != nil {
		l.Log.Error(l.Platform+" post proposal failed", "proposal", p.HumanID(), "err", err)
		return chat.Message{Severity: chat.Error, Channel: ch, Text: fmt.Sprintf("%s was created but posting it to the proposals channel (below) failed%s (/mor proposals show %s)", p.HumanID(), l.PostFailed(err), p.HumanID())}
	}
	if err := l.Engine.AttachMessage(ctx, id, approval.MessageRef{Platform: l.Platform, Channel: channel, MessageID: msgID}); err != nil {
		l.Log.Error("attach "+l.Platform+" message", "proposal", p.HumanID(), "err", err)
	}
	return chat.Message{Severity: chat.Success, Title: p.HumanID() + " proposed", Channel: channel, Text: fmt.Sprintf("posted for approval (%d needed) in", p.Quorum)}
}

// Notify edits the proposal's messages on this platform on every change (an approval.Notifier). An
// event another replica recorded is shown only when that replica does not serve this platform itself.
func (l *Lifecycle) Notify(ctx context.Context, ev approval.Event) {
	p := ev.Proposal
	if ev.Remote && slices.Contains(ev.Served, l.Platform) {
		return
	}
	switch ev.Kind {
	case approval.EvCreated:
		if p.Scheduled() { // no command reply posts it
			l.Post(ctx, p.ID, "")
		}
		return
	case approval.EvStepSigned:
		return // the send follows at once; one edit for both
	}
	m := l.Render(p)
	for _, ref := range p.Messages {
		if ref.Platform != l.Platform {
			continue
		}
		if ev.Kind == approval.EvStepResent { // one line in the thread, the message itself is unchanged
			if err := l.Out.ReplyProposal(ctx, ref, l.Line(ev)); err != nil {
				l.Log.Error(l.Platform+" reply to proposal failed", "proposal", p.HumanID(), "err", err)
			}
			continue
		}
		if err := l.Out.EditProposal(ctx, ref, p, m); err != nil {
			l.Log.Error(l.Platform+" edit proposal failed", "proposal", p.HumanID(), "err", err)
		}
	}
}

// Channels are an adapter's configured channels.
type Channels struct {
	Proposals, Reports, Alerts string
}

// For is where a report or an alert goes: its own channel, else the proposals channel.
func (c Channels) For(channel string) string {
	ch := c.Reports
	if channel == chat.ChannelAlerts {
		ch = c.Alerts
	}
	if ch == "" {
		ch = c.Proposals
	}
	return ch
}

// Attachable reports whether a file may be sent on a platform that takes at most max bytes; a file
// that may not is logged and left out.
func Attachable(log *slog.Logger, platform string, f chat.File, max int) bool {
	if len(f.Data) == 0 || len(f.Data) > max {
		log.Warn(platform+" attachment not uploaded", "file", f.Name, "bytes", len(f.Data), "limit", max)
		return false
	}
	return true
}
