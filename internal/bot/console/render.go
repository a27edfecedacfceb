// Package console is the terminal adapter: /mor lines on standard input, messages as text, buttons
// typed as "approve P-1" / "reject P-1", and "/as <user>" to switch identity so one person can show
// a quorum from one terminal.
package console

import (
	"fmt"
	"strings"

	"github.com/morbotlabs/morbot/internal/commands"
)

var marks = map[commands.Severity]string{
	commands.Info: "•", commands.Success: "✓", commands.Warning: "!", commands.Error: "✗",
}

// Render formats a message for a terminal.
func Render(m commands.Message) string {
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
