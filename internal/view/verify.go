package view

import (
	"fmt"
	"strings"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/position"
)

// Mark is a check's outcome as one character: ✓ passed, ✗ to fix, – not checked here or unknown now.
func Mark(o position.Outcome) string {
	switch o {
	case position.Pass:
		return "✓"
	case position.Fail:
		return "✗"
	}
	return "–"
}

// Verify is /mor verify: one line per check with what was found and, for each ✗, the fix; then the
// block a person pastes into a support channel (the provider, model and bid IDs and checks 1, 3, 4).
func Verify(cl *position.Checklist) chat.Message {
	m := chat.Message{Title: "Setup check for provider " + cl.Provider.Hex(), Severity: chat.Success,
		Footer: fmt.Sprintf("chain read at block %d (%s)", cl.Block, chain.When(cl.Time))}
	passed := 0
	for _, c := range cl.Checks {
		v := strings.Join(c.Lines, "\n")
		switch c.Outcome {
		case position.Pass:
			passed++
		case position.Fail:
			m.Severity = chat.Error
			v += "\nfix: " + c.Fix
		case position.Skipped:
			if m.Severity != chat.Error {
				m.Severity = chat.Warning
			}
			v += "\nto check it: " + c.Fix
		case position.Unknown:
			if m.Severity != chat.Error {
				m.Severity = chat.Warning
			}
			v += "\n" + c.Fix
		}
		m.Fields = append(m.Fields, chat.Field{Name: fmt.Sprintf("%s %d. %s", Mark(c.Outcome), c.N, c.Name), Value: v})
	}
	m.Text = fmt.Sprintf("%d of %d checks pass", passed, len(cl.Checks))
	m.Fields = append(m.Fields, chat.Field{Name: "for support (copy and paste)", Value: Paste(cl)})
	return m
}

// Paste is what support asks for: the provider address, each model and bid ID, and the outcome of
// checks 1, 3 and 4.
func Paste(cl *position.Checklist) string {
	lines := []string{fmt.Sprintf("morbot verify at block %d (%s)", cl.Block, chain.When(cl.Time)), "provider " + cl.Provider.Hex()}
	for _, b := range cl.Bids {
		lines = append(lines, fmt.Sprintf("model %s bid %s", strings.ToLower(b.ModelID.Hex()), strings.ToLower(b.ID.Hex())))
	}
	if len(cl.Bids) == 0 {
		lines = append(lines, "no active bid")
	}
	for _, c := range cl.Checks {
		if c.N == 1 || c.N == 3 || c.N == 4 {
			lines = append(lines, fmt.Sprintf("check %d %s: %s %s", c.N, c.Name, Mark(c.Outcome), strings.Join(c.Lines, "; ")))
		}
	}
	return strings.Join(lines, "\n")
}
