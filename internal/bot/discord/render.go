// Package discord is the Discord adapter: /mor slash commands and Approve / Reject buttons, over the
// gateway or an HTTP interactions endpoint (Ed25519-verified). It translates Discord interactions to
// commands.Request and renders commands.Message as embeds; nothing else in morbot knows Discord.
package discord

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/morbotlabs/morbot/internal/bot/botkit"
	"github.com/morbotlabs/morbot/internal/commands"
)

// Embed limits (resources/message.mdx).
const (
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxEmbedTotal  = 6000
	maxContent     = 2000
)

var colors = map[commands.Severity]int{
	commands.Info: 0x5865F2, commands.Success: 0x57F287, commands.Warning: 0xFEE75C, commands.Error: 0xED4245,
}

func truncate(s string, n int) string { return botkit.Truncate(s, n) }

// Embed renders a message within Discord's embed limits (each part and the 6000-character total).
func Embed(m commands.Message) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: truncate(m.Title, maxTitle), Description: truncate(m.Text, maxDescription), Color: colors[m.Severity]}
	if e.Title == "" && len(m.Fields) > 0 {
		e.Title = truncate(firstLine(m.Text), maxTitle)
		e.Description = truncate(m.Text, maxDescription)
	}
	budget := maxEmbedTotal - utf8.RuneCountInString(e.Title)
	if m.Footer != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: truncate(m.Footer, min(maxFooter, budget/4))}
		budget -= utf8.RuneCountInString(e.Footer.Text)
	}
	// The description gets what is left after title and footer, keeping room for the fields.
	if n := utf8.RuneCountInString(e.Description); n > budget/2 {
		e.Description = truncate(e.Description, budget/2)
	}
	budget -= utf8.RuneCountInString(e.Description)
	for i, f := range m.Fields {
		if i == maxFields-1 && len(m.Fields) > maxFields {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "…", Value: fmt.Sprintf("%d more field(s) not shown", len(m.Fields)-i)})
			break
		}
		name, value := truncate(orDash(f.Name), maxFieldName), truncate(orDash(f.Value), maxFieldValue)
		cost := utf8.RuneCountInString(name) + utf8.RuneCountInString(value)
		if cost > budget {
			if budget > 40 {
				e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "…", Value: "(truncated: Discord's 6000-character embed limit)"})
			}
			break
		}
		budget -= cost
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: name, Value: value, Inline: f.Inline})
	}
	return e
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// Components renders the buttons as one action row (disabled ones greyed out).
func Components(m commands.Message) []discordgo.MessageComponent {
	if len(m.Buttons) == 0 {
		return []discordgo.MessageComponent{}
	}
	var row discordgo.ActionsRow
	for _, b := range m.Buttons {
		style := discordgo.SecondaryButton
		switch b.Action {
		case commands.ActionApprove:
			style = discordgo.SuccessButton
		case commands.ActionReject:
			style = discordgo.DangerButton
		}
		row.Components = append(row.Components, discordgo.Button{Label: truncate(b.Label+" "+b.Ref, 80), Style: style,
			CustomID: EncodeCustomID(b.Token, b.Action), Disabled: b.Disabled})
	}
	return []discordgo.MessageComponent{row}
}

// customIDPrefix versions the button ID format.
const customIDPrefix = "mor1"

var actionCodes = map[commands.Action]string{commands.ActionApprove: "a", commands.ActionReject: "r", commands.ActionFix: "f", commands.ActionSilence: "s", commands.ActionServe: "v"}

// EncodeCustomID builds a button's custom_id: version, the opaque token (a proposal's, or an alert ID)
// and the action.
func EncodeCustomID(token string, a commands.Action) string {
	return customIDPrefix + ":" + token + ":" + actionCodes[a]
}

// DecodeCustomID parses a custom_id; ok is false for anything that is not ours.
func DecodeCustomID(id string) (token string, a commands.Action, ok bool) {
	if len(id) > 100 {
		return "", "", false
	}
	parts := strings.Split(id, ":")
	if len(parts) != 3 || parts[0] != customIDPrefix || parts[1] == "" {
		return "", "", false
	}
	for a, code := range actionCodes {
		if parts[2] == code {
			return parts[1], a, true
		}
	}
	return "", "", false
}
