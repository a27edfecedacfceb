// Package slack is the Slack adapter: /mor as a slash command, proposals as Block Kit messages with
// Approve / Reject buttons, over Socket Mode or signed HTTP requests. It translates Slack payloads to
// commands.Request and renders commands.Message; nothing else in morbot knows Slack.
package slack

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/slack-go/slack"

	"github.com/morbotlabs/morbot/internal/bot/botkit"
	"github.com/morbotlabs/morbot/internal/chat"
)

// Block Kit limits (docs.slack.dev/reference/block-kit).
const (
	maxBlocks        = 50
	maxHeader        = 150
	maxSectionText   = 3000
	maxFieldText     = 2000
	maxFieldsPerSect = 10
	maxButtonText    = 75
	maxActionID      = 255
	maxValue         = 2000
	maxFallback      = 3000
)

// marks are the severity signs, as Unicode (plain text shows them; shortcodes would need mrkdwn).
var marks = map[chat.Severity]string{
	chat.Info: "🔵", chat.Success: "✅", chat.Warning: "⚠️", chat.Error: "❌",
}

func truncate(s string, n int) string { return botkit.Truncate(s, n) }

// escape makes text safe for mrkdwn's control characters (&, <, >): no link, mention or
// <!channel> can be formed.
func escape(s string) string { return mrkdwnEscaper.Replace(s) }

// mrkdwnEscaper is built once: a Replacer builds its tables on first use, which cost more than the
// replacing (a third of an ack's own CPU when built per call).
var mrkdwnEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// plain is a plain_text object: Slack shows it literally, with no formatting, links, mentions or
// emoji shortcodes, so every value in a message (model names, endpoints, reasons) stays inert.
func plain(s string, n int) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, truncate(s, n), false, false)
}

// channelRe is a Slack conversation ID, the only markup a message carries (Message.Channel).
var channelRe = regexp.MustCompile(`^[CGD][A-Z0-9]{2,20}$`)

// Action IDs carry a version and the action; the button value carries the proposal's opaque token.
const (
	actionApprove = "mor1:approve"
	actionReject  = "mor1:reject"
	actionFix     = "mor1:fix"
	actionSilence = "mor1:silence"
)

var actionIDs = map[chat.Action]string{chat.ActionApprove: actionApprove, chat.ActionReject: actionReject,
	chat.ActionFix: actionFix, chat.ActionSilence: actionSilence, chat.ActionServe: "mor1:serve", chat.ActionDetails: "mor1:details", chat.ActionProposeAgain: "mor1:again"}

// Blocks renders a message as Block Kit within Slack's limits. All text is plain_text; the one
// mrkdwn element is the channel link the message may carry, built from a checked channel ID.
func Blocks(m chat.Message, withButtons bool) []slack.Block {
	var blocks []slack.Block
	if m.Title != "" {
		blocks = append(blocks, slack.NewHeaderBlock(plain(marks[m.Severity]+" "+m.Title, maxHeader)))
	}
	if m.Text != "" {
		t := m.Text
		if m.Title == "" {
			t = marks[m.Severity] + " " + t
		}
		blocks = append(blocks, slack.NewSectionBlock(plain(t, maxSectionText), nil, nil))
	}
	if channelRe.MatchString(m.Channel) {
		blocks = append(blocks, slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, "<#"+m.Channel+">", false, false), nil, nil))
	}
	var fields []*slack.TextBlockObject
	flush := func() {
		if len(fields) > 0 {
			blocks = append(blocks, slack.NewSectionBlock(nil, fields, nil))
			fields = nil
		}
	}
	for _, f := range m.Fields {
		if !f.Inline {
			flush()
			blocks = append(blocks, slack.NewSectionBlock(plain(fieldText(f), maxSectionText), nil, nil))
			continue
		}
		fields = append(fields, plain(fieldText(f), maxFieldText))
		if len(fields) == maxFieldsPerSect {
			flush()
		}
	}
	flush()
	reserve := 1 // footer
	if withButtons && len(m.Buttons) > 0 {
		reserve++
	}
	if len(blocks) > maxBlocks-reserve {
		blocks = append(blocks[:maxBlocks-reserve-1], slack.NewSectionBlock(plain("(truncated: Slack's 50-block limit)", maxSectionText), nil, nil))
	}
	if m.Footer != "" {
		blocks = append(blocks, slack.NewContextBlock("", plain(m.Footer, maxSectionText)))
	}
	if withButtons {
		var els []slack.BlockElement
		for _, b := range m.Buttons {
			if b.Disabled {
				continue // Slack has no disabled buttons: closed votes are simply gone
			}
			id := actionIDs[b.Action]
			style := slack.StyleDefault
			switch b.Action {
			case chat.ActionApprove:
				style = slack.StylePrimary
			case chat.ActionReject:
				style = slack.StyleDanger
			}
			btn := slack.NewButtonBlockElement(id, truncate(b.Token, maxValue), plain(b.Label+" "+b.Ref, maxButtonText))
			btn.Style = style
			els = append(els, btn)
		}
		if len(els) > 0 { // an actions block needs at least one element
			blocks = append(blocks, slack.NewActionBlock("mor-actions", els...))
		}
	}
	return blocks
}

// Versioned gives every block an ID ending in version: "mor-<n>-<version>", unique in the message and
// new on every update.
func Versioned(blocks []slack.Block, version string) []slack.Block {
	for i, b := range blocks {
		id := fmt.Sprintf("mor-%d-%s", i, version)
		switch x := b.(type) {
		case *slack.HeaderBlock:
			x.BlockID = id
		case *slack.SectionBlock:
			x.BlockID = id
		case *slack.ContextBlock:
			x.BlockID = id
		case *slack.ActionBlock:
			x.BlockID = id
		}
	}
	return blocks
}

// fieldText is a field as plain text: "name: value" on one line, or the name above a longer value.
func fieldText(f chat.Field) string {
	if strings.Contains(f.Value, "\n") {
		return f.Name + ":\n" + f.Value
	}
	return f.Name + ": " + f.Value
}

// Fallback is the notification text (chat.postMessage's text): the title or the text, escaped for
// mrkdwn, and the channel link the message carries. It is sent as is (no second escaping).
func Fallback(m chat.Message) string {
	t := m.Title
	if t == "" {
		t = m.Text
	}
	t = truncate(escape(t), maxFallback-40)
	if channelRe.MatchString(m.Channel) {
		t += " <#" + m.Channel + ">"
	}
	return t
}

// decodeAction maps a button's action_id and value to a vote; ok is false for anything not ours.
func decodeAction(actionID, value string) (token string, a chat.Action, ok bool) {
	if value == "" || len(value) > maxValue || strings.ContainsAny(value, " :") {
		return "", "", false
	}
	for a, id := range actionIDs {
		if actionID == id {
			return value, a, true
		}
	}
	return "", "", false
}
