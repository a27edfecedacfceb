// Package slack is the Slack adapter: /mor as a slash command, proposals as Block Kit messages with
// Approve / Reject buttons, over Socket Mode or signed HTTP requests. It translates Slack payloads to
// commands.Request and renders commands.Message; nothing else in morbot knows Slack.
package slack

import (
	"fmt"
	"strings"

	"github.com/slack-go/slack"

	"github.com/morbotlabs/morbot/internal/bot/botkit"
	"github.com/morbotlabs/morbot/internal/commands"
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

var emoji = map[commands.Severity]string{
	commands.Info: ":large_blue_circle:", commands.Success: ":white_check_mark:", commands.Warning: ":warning:", commands.Error: ":x:",
}

func truncate(s string, n int) string { return botkit.Truncate(s, n) }

// escape makes text safe for mrkdwn (Slack's three control characters).
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// Action IDs carry a version and the action; the button value carries the proposal's opaque token.
const (
	actionApprove = "mor1:approve"
	actionReject  = "mor1:reject"
	actionFix     = "mor1:fix"
	actionSilence = "mor1:silence"
)

var actionIDs = map[commands.Action]string{commands.ActionApprove: actionApprove, commands.ActionReject: actionReject,
	commands.ActionFix: actionFix, commands.ActionSilence: actionSilence, commands.ActionServe: "mor1:serve"}

// Blocks renders a message as Block Kit within Slack's limits.
func Blocks(m commands.Message, withButtons bool) []slack.Block {
	var blocks []slack.Block
	if m.Title != "" {
		blocks = append(blocks, slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, truncate(m.Title, maxHeader), true, false)))
	}
	if m.Text != "" {
		blocks = append(blocks, slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, truncate(emoji[m.Severity]+" "+escape(m.Text), maxSectionText), false, false), nil, nil))
	}
	var fields []*slack.TextBlockObject
	flush := func() {
		if len(fields) > 0 {
			blocks = append(blocks, slack.NewSectionBlock(nil, fields, nil))
			fields = nil
		}
	}
	for _, f := range m.Fields {
		text := truncate(fmt.Sprintf("*%s*\n%s", escape(f.Name), escape(f.Value)), maxFieldText)
		if !f.Inline {
			flush()
			blocks = append(blocks, slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, truncate(text, maxSectionText), false, false), nil, nil))
			continue
		}
		fields = append(fields, slack.NewTextBlockObject(slack.MarkdownType, text, false, false))
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
		blocks = append(blocks[:maxBlocks-reserve-1], slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, "_(truncated: Slack's 50-block limit)_", false, false), nil, nil))
	}
	if m.Footer != "" {
		blocks = append(blocks, slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, truncate(escape(m.Footer), maxSectionText), false, false)))
	}
	if withButtons && len(m.Buttons) > 0 {
		var els []slack.BlockElement
		for _, b := range m.Buttons {
			if b.Disabled {
				continue // Slack has no disabled buttons: closed votes are simply gone
			}
			id := actionIDs[b.Action]
			style := slack.StyleDefault
			switch b.Action {
			case commands.ActionApprove:
				style = slack.StylePrimary
			case commands.ActionReject:
				style = slack.StyleDanger
			}
			btn := slack.NewButtonBlockElement(id, truncate(b.Token, maxValue), slack.NewTextBlockObject(slack.PlainTextType, truncate(b.Label+" "+b.Ref, maxButtonText), false, false))
			btn.Style = style
			els = append(els, btn)
		}
		blocks = append(blocks, slack.NewActionBlock("mor-actions", els...))
	}
	return blocks
}

// Fallback is the plain text shown in notifications.
func Fallback(m commands.Message) string {
	t := m.Title
	if t == "" {
		t = m.Text
	}
	return truncate(t, maxFallback)
}

// decodeAction maps a button's action_id and value to a vote; ok is false for anything not ours.
func decodeAction(actionID, value string) (token string, a commands.Action, ok bool) {
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
