package botkit

import (
	"context"
	"fmt"
	"log/slog"
	"testing"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chat"
)

// out records what the lifecycle asks a platform to do.
type out struct{ posts, edits, replies []string }

func (o *out) PostProposal(_ context.Context, ch string, p *approval.Proposal, m chat.Message) (string, string, error) {
	o.posts = append(o.posts, ch+" "+m.Title)
	return ch, "m1", nil
}

func (o *out) EditProposal(_ context.Context, ref approval.MessageRef, p *approval.Proposal, m chat.Message) error {
	o.edits = append(o.edits, ref.MessageID+" "+m.Title)
	return nil
}

func (o *out) ReplyProposal(_ context.Context, ref approval.MessageRef, line string) error {
	o.replies = append(o.replies, ref.MessageID+" "+line)
	return nil
}

// Every state change edits the proposal's message on this platform; a re-broadcast is one line in
// its thread instead; other platforms' messages are left to their adapters.
func TestLifecycleEditsAndReplies(t *testing.T) {
	o := &out{}
	l := &Lifecycle{Platform: "discord", Render: func(p *approval.Proposal) chat.Message {
		return chat.Message{Title: p.HumanID() + " " + string(p.Status)}
	},
		Line: func(ev approval.Event) string {
			return fmt.Sprintf("%s step %d re-sent: %s", ev.Proposal.HumanID(), ev.Step+1, ev.Note)
		},
		Out: o, Log: slog.New(slog.DiscardHandler)}
	p := &approval.Proposal{ID: 3, Status: approval.Submitted, Messages: []approval.MessageRef{{Platform: "discord", Channel: "c", MessageID: "m9"}, {Platform: "slack", Channel: "C", MessageID: "1.2"}}}
	l.Notify(context.Background(), approval.Event{Kind: approval.EvStepSent, Proposal: p, Step: 1})
	l.Notify(context.Background(), approval.Event{Kind: approval.EvStepSigned, Proposal: p, Step: 1}) // no edit: the send follows
	l.Notify(context.Background(), approval.Event{Kind: approval.EvStepResent, Proposal: p, Step: 1, Note: "the node no longer had it"})
	// Another replica that serves Discord itself edited its message already; one that does not is shown here.
	l.Notify(context.Background(), approval.Event{Kind: approval.EvConfirmed, Proposal: p, Step: -1, Remote: true, Served: []string{"discord"}})
	if len(o.edits) != 1 || o.edits[0] != "m9 P-3 submitted" {
		t.Fatalf("edits %v", o.edits)
	}
	if len(o.replies) != 1 || o.replies[0] != "m9 P-3 step 2 re-sent: the node no longer had it" {
		t.Fatalf("replies %v", o.replies)
	}
	if len(o.posts) != 0 {
		t.Fatalf("posted %v", o.posts)
	}
}
