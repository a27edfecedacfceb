package slack

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/morbotlabs/morbot/internal/chat"
)

// Every piece of a message is plain_text (shown literally by Slack); the only mrkdwn is a channel
// link built from a checked channel ID; the notification text is escaped once.
func TestBlocksAreInert(t *testing.T) {
	t.Parallel()
	hostile := "<!channel> <https://evil.example|approve 0.1 MOR> *bold* ~strike~ `code` &amp;"
	m := chat.Message{Title: hostile, Text: hostile, Footer: hostile, Channel: "C0123ABCD",
		Fields:  []chat.Field{{Name: hostile, Value: hostile}, {Name: "inline", Value: hostile, Inline: true}},
		Buttons: []chat.Button{{Label: "Approve", Action: chat.ActionApprove, Token: "00112233445566778899aabbccddeeff", Ref: "P-1"}}}
	b, _ := json.Marshal(Blocks(m, true))
	var blocks any
	_ = json.Unmarshal(b, &blocks)
	var mrkdwn []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if x["type"] == "mrkdwn" {
				mrkdwn = append(mrkdwn, x["text"].(string))
			}
			for _, y := range x {
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(blocks)
	if len(mrkdwn) != 1 || mrkdwn[0] != "<#C0123ABCD>" {
		t.Fatalf("mrkdwn text objects %q; want only the channel link", mrkdwn)
	}
	if !strings.Contains(string(b), `"type":"plain_text","text":"`) {
		t.Fatal("no plain_text in the blocks")
	}
	fb := Fallback(m)
	if strings.Contains(fb, "<!channel>") || strings.Contains(fb, "<https://") || !strings.Contains(fb, "&lt;!channel&gt;") || !strings.HasSuffix(fb, " <#C0123ABCD>") {
		t.Fatalf("fallback %q", fb)
	}
	if !strings.Contains(fb, "&amp;amp;") {
		t.Fatalf("the fallback must escape & once: %q", fb)
	}
	// A channel value that is not a channel ID never becomes markup.
	if bad := Fallback(chat.Message{Text: "x", Channel: "<!channel>"}); strings.Contains(bad, "<!") {
		t.Fatalf("fallback with a bad channel: %q", bad)
	}
	// No actions block without buttons.
	for _, blk := range Blocks(chat.Message{Text: "x", Buttons: []chat.Button{{Label: "Approve", Action: chat.ActionApprove, Token: "t", Disabled: true}}}, true) {
		if string(blk.BlockType()) == "actions" {
			t.Fatal("an actions block with no elements was rendered")
		}
	}
}

func TestSlashTextEntitiesDecoded(t *testing.T) {
	t.Parallel()
	if got := unescapeText("model create &lt;x&gt; 0.1 --tags a&amp;b"); got != "model create <x> 0.1 --tags a&b" {
		t.Fatalf("decoded %q", got)
	}
	if got := unescapeText("&amp;lt;"); got != "&lt;" {
		t.Fatalf("double decoding: %q", got)
	}
}
