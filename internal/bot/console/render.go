// Package console is the terminal adapter: /mor lines on standard input, messages as text, buttons
// typed as "approve P-1" / "reject P-1", and "/as <user>" to switch identity so one person can show
// a quorum from one terminal.
package console

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/morbotlabs/morbot/internal/chat"
)

var marks = map[chat.Severity]string{
	chat.Info: "•", chat.Success: "✓", chat.Warning: "!", chat.Error: "✗",
}

// Render formats a message for a terminal. Control and invisible formatting characters in it (which
// could move the cursor, recolour or reorder what follows) are shown as escapes, e.g. \x1b or \u202e.
func Render(m chat.Message) string {
	return inert(render(m))
}

func inert(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case unicode.IsControl(r) || unicode.In(r, unicode.Cf):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func render(m chat.Message) string {
	var b strings.Builder
	head := m.Title
	if head == "" {
		head = m.Text
	}
	fmt.Fprintf(&b, "%s %s\n", marks[m.Severity], head)
	if m.Title != "" && m.Text != "" {
		for _, l := range strings.Split(m.Text, "\n") {
			fmt.Fprintf(&b, "  %s\n", l)
		}
	}
	for _, f := range m.Fields {
		lines := strings.Split(f.Value, "\n")
		fmt.Fprintf(&b, "  %s: %s\n", f.Name, lines[0])
		for _, l := range lines[1:] {
			fmt.Fprintf(&b, "    %s\n", l)
		}
	}
	if m.Channel != "" {
		fmt.Fprintf(&b, "  #%s\n", m.Channel)
	}
	if m.Footer != "" {
		fmt.Fprintf(&b, "  (%s)\n", m.Footer)
	}
	if len(m.Buttons) > 0 {
		var bs []string
		for _, btn := range m.Buttons {
			bs = append(bs, fmt.Sprintf("[%s %s]", btn.Action, btn.Ref))
		}
		fmt.Fprintf(&b, "  %s\n", strings.Join(bs, " "))
	}
	return b.String()
}
