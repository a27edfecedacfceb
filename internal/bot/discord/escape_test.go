package discord

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/morbotlabs/morbot/internal/chat"
)

func TestEscapeMakesMarkupInert(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"[approve 0.1 MOR](http://evil.example)": `\[approve 0.1 MOR\]\(http://evil.example\)`,
		"||with 2 MOR stake||":                   `\|\|with 2 MOR stake\|\|`,
		"@everyone @here":                        "@\u200beveryone @\u200bhere",
		"<@123456789012345678> <#1> <@&2>":       `\<@` + "\u200b" + `123456789012345678\> \<#1\> \<@` + "\u200b" + `&2\>`,
		"**bold** __u__ ~~s~~ `code` *i* _i_":    `\*\*bold\*\* \_\_u\_\_ \~\~s\~\~ \` + "`" + `code\` + "`" + ` \*i\* \_i\_`,
		"# heading\n-# subtext\n> quote\n- item": "\\# heading\n\\-# subtext\n\\> quote\n\\- item",
		"P-1 tx-stuck-p1 #3":                     "P-1 tx-stuck-p1 #3",
		`back\slash`:                             `back\\slash`,
	} {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}

// A hostile model name in a proposal is inert in every part of the embed, and the message says
// allowed_mentions is empty.
func TestEmbedEscapesEveryPart(t *testing.T) {
	t.Parallel()
	hostile := "[approve 0.1 MOR](http://evil.example) ||hidden|| @everyone"
	e := Embed(chat.Message{Title: hostile, Text: hostile, Footer: hostile, Channel: "111111111111111111",
		Fields: []chat.Field{{Name: hostile, Value: hostile}}})
	parts := []string{e.Title, strings.TrimSuffix(e.Description, "\n<#111111111111111111>"), e.Footer.Text}
	for _, f := range e.Fields {
		parts = append(parts, f.Name, f.Value)
	}
	for _, p := range parts {
		if l := live(p); l != "" {
			t.Errorf("%q holds live markup at %q", p, l)
		}
		if strings.Contains(p, "@everyone") {
			t.Errorf("%q holds a live @everyone", p)
		}
	}
	if !strings.HasSuffix(e.Description, "\n<#111111111111111111>") {
		t.Errorf("the channel link is missing or escaped: %q", e.Description)
	}
	if m := noMentions(); m.Parse == nil || len(m.Parse) != 0 {
		t.Fatal("allowed_mentions must be an empty list, not absent")
	}
	if b, _ := json.Marshal(noMentions()); !strings.Contains(string(b), `"parse":[]`) {
		t.Fatalf("allowed_mentions JSON %s", b)
	}
}

// live returns the first markdown character in s that is not escaped with a backslash, or "".
func live(s string) string {
	escaped := false
	for i, r := range s {
		switch {
		case escaped:
			escaped = false
		case r == '\\':
			escaped = true
		case strings.ContainsRune("*_~`|[]()<>", r):
			return s[i:]
		}
	}
	return ""
}
