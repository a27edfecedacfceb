package commands_test

import (
	"context"
	"strings"
	"testing"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/commands"
)

// /mor help of a group shows every command of the group, also when the group's name alone is an
// alias of one of them (alerts is alerts list, proposals is proposals list).
func TestHelpOfAGroupShowsEverySubcommand(t *testing.T) {
	h := commands.NewGrammarOnly()
	for group, want := range map[string][]string{"alerts": {"alerts list", "alerts silence"}, "proposals": {"proposals list", "proposals show", "proposals cancel"}, "bid": {"bid create", "bid delete", "bid list"}} {
		got := h.Handle(context.Background(), commands.Request{User: approval.User{Platform: "console", ID: "x"}, Text: "/mor help " + group}).Message
		for _, w := range want {
			if !strings.Contains(got.Text, "/mor "+w) {
				t.Errorf("/mor help %s lacks %s:\n%s", group, w, got.Text)
			}
		}
	}
}
