package logging

import (
	"bytes"
	"strings"
	"testing"
)

func TestSecretAttributesRedacted(t *testing.T) {
	t.Parallel()
	for _, format := range []string{"text", "json"} {
		var b bytes.Buffer
		l := New(&b, "debug", format)
		l.Info("hello", "bot_token", "xoxb-123", "signing_secret", "abc", "keyring_passphrase", "pw", "user", "alice")
		l.WithGroup("g").Warn("x", "Authorization", "Bearer zzz")
		out := b.String()
		for _, s := range []string{"xoxb-123", "abc\"", "=abc", "pw", "zzz"} {
			if strings.Contains(out, s) {
				t.Fatalf("%s: %q leaked: %s", format, s, out)
			}
		}
		if !strings.Contains(out, "alice") || !strings.Contains(out, "<secret>") {
			t.Fatalf("%s: %s", format, out)
		}
	}
}
