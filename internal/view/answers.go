package view

import (
	"fmt"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chat"
)

// The shapes of every answer a command gives, the same on every platform: a read (title, text or
// fields, the block it was read at), a short private note, a refusal, a usage error, a failure and an
// internal error. Commands return one of these or a rendering of the domain; none builds a message.

// Refusal titles: what was refused.
const (
	TitleNotProposed = "Not proposed" // a write command proposed nothing
	TitleNotFound    = "Not found"    // what the command names does not exist
	TitleRefused     = "Refused"      // the person may not do this, or the proposal is past it
	TitleNotDone     = "Not done"     // another action was refused as asked
)

// Answer is a read's answer: a title and its text.
func Answer(title, text string) chat.Message { return chat.Message{Title: title, Text: text} }

// Facts is a read's answer as labelled values, with where they were read.
func Facts(title string, fields []chat.Field, footer string) chat.Message {
	return chat.Message{Title: title, Fields: fields, Footer: footer}
}

// ReadAnswer is a read's answer as text, with the block it was read at.
func ReadAnswer(title, text string, block uint64) chat.Message {
	return chat.Message{Title: title, Text: text, Footer: ReadAt(block)}
}

// ReadAt is the footer of a read made at one block.
func ReadAt(block uint64) string { return fmt.Sprintf("read at block %d", block) }

// Done says privately that an action took effect.
func Done(text string) chat.Message {
	return chat.Message{Severity: chat.Success, Text: text, Ephemeral: true}
}

// Note says privately what happened when nothing changed (a repeated vote, nothing to do).
func Note(text string) chat.Message {
	return chat.Message{Severity: chat.Info, Text: text, Ephemeral: true}
}

// Refused is every refusal, in one shape: a title saying what was refused, the reason (what was
// wrong and what would work), private, nothing else; nothing changed. The title is one of the Title
// constants. What the command asked for was refused (not proposed, not found, not done) is an error,
// and a script that stops at the first error stops there; a person refused for who they are or what
// state a proposal is in ("you proposed P-1, so you cannot approve it") is a warning.
func Refused(title, reason string) chat.Message {
	sev := chat.Error
	if title == TitleRefused {
		sev = chat.Warning
	}
	return chat.Message{Severity: sev, Title: title, Text: reason, Ephemeral: true}
}

// IsRefusal reports whether a message is a refusal (Refused).
func IsRefusal(m chat.Message) bool {
	switch m.Title {
	case TitleNotProposed, TitleNotFound, TitleNotDone:
		return m.Severity == chat.Error && len(m.Fields) == 0
	case TitleRefused:
		return m.Severity == chat.Warning && len(m.Fields) == 0
	}
	return false
}

// CannotRun is a command that does not parse: what was wrong, and how it is written.
func CannotRun(msg, usage, example, units string) chat.Message {
	m := chat.Message{Severity: chat.Error, Title: "Cannot run that", Text: msg, Ephemeral: true}
	for _, f := range []chat.Field{{Name: "usage", Value: usage}, {Name: "example", Value: example}, {Name: "units", Value: units}} {
		if f.Value != "" {
			m.Fields = append(m.Fields, f)
		}
	}
	return m
}

// Failed is a command that could not do its job for a reason outside the team's control (the chain
// refused a simulation, an endpoint does not answer): the title says which.
func Failed(title, text string) chat.Message {
	return chat.Message{Severity: chat.Error, Title: title, Text: text, Ephemeral: true}
}

// InternalError is a failure the operators must look at; ref finds it in the log.
func InternalError(ref string) chat.Message {
	return Failed("Internal error", "the operators can find the details in the log under ref "+ref)
}

// ProposalList is one line per proposal, newest first: ID, kind, what it does in a few words, state,
// votes and age, and, when other open proposals change the same thing, a flag naming them (the
// proposal itself says what they share).
func ProposalList(ps []*approval.Proposal, now time.Time) chat.Message {
	if len(ps) == 0 {
		return Answer("Proposals", "none yet")
	}
	lines := make([]string, 0, len(ps))
	for _, p := range ps {
		l := fmt.Sprintf("%s · %s · %s · %s · %d/%d · %s", p.HumanID(), p.Kind, Gist(p), p.Status, p.Approvals(), p.Quorum, Age(now.Sub(p.CreatedAt)))
		var others, what []string
		seen, seenWhat := map[int64]bool{}, map[string]bool{}
		for _, o := range p.Overlaps {
			if !seen[o.Proposal] {
				seen[o.Proposal] = true
				others = append(others, approval.HumanID(o.Proposal))
			}
			if w := o.Resource.What(); !seenWhat[w] {
				seenWhat[w] = true
				what = append(what, w)
			}
		}
		switch len(others) {
		case 0:
		case 1:
			l += fmt.Sprintf(" · ⚠ %s also changes %s", others[0], strings.Join(what, " and "))
		default:
			l += fmt.Sprintf(" · ⚠ %s also change %s", strings.Join(others, ", "), strings.Join(what, " and "))
		}
		lines = append(lines, l)
	}
	return Answer("Proposals (newest first; /mor proposals show P-N for the rest)", strings.Join(lines, "\n"))
}

// Gist is what a proposal does in a few words: its main step's line, cut at the first clause.
func Gist(p *approval.Proposal) string {
	lines := strings.Split(p.Summary, "\n")
	main := lines[0]
	if len(lines) > 1 && strings.HasPrefix(main, "approve the Diamond to pull") {
		main = lines[1] // the approve step is the means; the next line is the intent
	}
	if i := strings.IndexAny(main, ";("); i > 0 {
		main = main[:i]
	}
	main = strings.TrimSpace(main)
	if r := []rune(main); len(r) > 60 {
		main = string(r[:59]) + "…"
	}
	return main
}

// Age is a duration as people say it: "just now", "4m", "3h", "2d".
func Age(d time.Duration) string {
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%dm ago", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh ago", int(d/time.Hour))
	}
	return fmt.Sprintf("%dd ago", int(d/(24*time.Hour)))
}

// AuditList is the latest audit entries, newest first, one per line.
func AuditList(es []approval.AuditEntry) chat.Message {
	var lines []string
	for _, e := range es {
		who := e.User.Name
		if who == "" {
			who = e.User.ID
		}
		if who == "" {
			who = "morbot"
		}
		line := fmt.Sprintf("%s %s %s", e.At.UTC().Format("2006-01-02 15:04:05"), who, e.Action)
		if e.ProposalID > 0 {
			line += " " + approval.HumanID(e.ProposalID)
		}
		if e.Detail != "" {
			line += " — " + e.Detail
		}
		if e.TxHash != "" {
			line += " " + e.TxHash
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		lines = append(lines, "empty")
	}
	return Answer(fmt.Sprintf("Audit log (latest %d)", len(es)), strings.Join(lines, "\n"))
}
