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
	"github.com/morbotlabs/morbot/internal/chat"
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

var colors = map[chat.Severity]int{
	chat.Info: 0x5865F2, chat.Success: 0x57F287, chat.Warning: 0xFEE75C, chat.Error: 0xED4245,
}

func truncate(s string, n int) string { return botkit.Truncate(s, n) }

// Embed renders a message within Discord's embed limits: each part, and the 6,000 characters of
// title, description, field names and values and footer together (Discord answers 400 above it).
// Room for the notice that says what was left out is reserved before any field is placed. Every
// string is escaped (Escape): nothing in a message is markup, except the channel link it may carry.
func Embed(m chat.Message) *discordgo.MessageEmbed {
	title, text := m.Title, m.Text
	if title == "" && len(m.Fields) > 0 {
		title = firstLine(m.Text)
	}
	e := &discordgo.MessageEmbed{Title: truncate(Escape(title), maxTitle), Color: colors[m.Severity]}
	link := ""
	if snowflake(m.Channel) {
		link = "<#" + m.Channel + ">"
	}
	budget := maxEmbedTotal - runes(e.Title)
	if m.Footer != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: truncate(Escape(m.Footer), min(maxFooter, budget/4))}
		budget -= runes(e.Footer.Text)
	}
	// The description gets at most half of what is left, so the fields keep room.
	if desc := Escape(text); desc != "" {
		room := min(maxDescription, budget/2) - runes(link) - 1
		e.Description = truncate(desc, max(room, 1))
	}
	if link != "" {
		e.Description = strings.TrimSpace(e.Description + "\n" + link)
	}
	budget -= runes(e.Description)
	const noticeName = "…"
	notice := func(left int) string {
		return fmt.Sprintf("%d more field(s) not shown (Discord's embed limits)", left)
	}
	type field struct {
		name, value string
		inline      bool
	}
	fields := make([]field, len(m.Fields))
	need := 0
	for i, f := range m.Fields {
		fields[i] = field{truncate(Escape(orDash(f.Name)), maxFieldName), truncate(Escape(orDash(f.Value)), maxFieldValue), f.Inline}
		need += runes(fields[i].name) + runes(fields[i].value)
	}
	if need > budget || len(fields) > maxFields {
		// Not everything fits: keep room for the notice that says what was left out.
		budget -= runes(noticeName) + runes(notice(len(fields)))
	}
	for i, f := range fields {
		left := len(fields) - i
		cost := runes(f.name) + runes(f.value)
		if (len(e.Fields) == maxFields-1 && left > 1) || cost > budget {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: noticeName, Value: notice(left)})
			return e
		}
		budget -= cost
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: f.name, Value: f.value, Inline: f.inline})
	}
	return e
}

// EmbedLength is what Discord counts against the 6,000-character embed total.
func EmbedLength(e *discordgo.MessageEmbed) int {
	n := runes(e.Title) + runes(e.Description)
	if e.Footer != nil {
		n += runes(e.Footer.Text)
	}
	if e.Author != nil {
		n += runes(e.Author.Name)
	}
	for _, f := range e.Fields {
		n += runes(f.Name) + runes(f.Value)
	}
	return n
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// snowflake reports whether s is a Discord ID (only digits).
func snowflake(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
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
func Components(m chat.Message) []discordgo.MessageComponent {
	if len(m.Buttons) == 0 {
		return []discordgo.MessageComponent{}
	}
	var row discordgo.ActionsRow
	for _, b := range m.Buttons {
		style := discordgo.SecondaryButton
		switch b.Action {
		case chat.ActionApprove:
			style = discordgo.SuccessButton
		case chat.ActionReject:
			style = discordgo.DangerButton
		}
		row.Components = append(row.Components, discordgo.Button{Label: truncate(b.Label+" "+b.Ref, 80), Style: style,
			CustomID: EncodeCustomID(b.Token, b.Action), Disabled: b.Disabled})
	}
	return []discordgo.MessageComponent{row}
}

// customIDPrefix versions the button ID format.
const customIDPrefix = "mor1"

var actionCodes = map[chat.Action]string{chat.ActionApprove: "a", chat.ActionReject: "r", chat.ActionFix: "f", chat.ActionSilence: "s",
	chat.ActionServe: "v", chat.ActionDetails: "d", chat.ActionProposeAgain: "g"}

// EncodeCustomID builds a button's custom_id: version, the opaque token (a proposal's, or an alert ID)
// and the action.
func EncodeCustomID(token string, a chat.Action) string {
	return customIDPrefix + ":" + token + ":" + actionCodes[a]
}

// DecodeCustomID parses a custom_id; ok is false for anything that is not ours.
func DecodeCustomID(id string) (token string, a chat.Action, ok bool) {
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
