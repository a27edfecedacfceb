// Package logging builds morbot's slog logger: text or JSON, with a last line of defence that
// redacts any attribute whose name says it is a secret, and the path and query of any URL in an error.
package logging

import (
	"io"
	"log/slog"
	"strings"

	"github.com/morbotlabs/morbot/internal/redact"
)

var secretKeys = []string{"token", "secret", "passphrase", "password", "private", "privkey", "cookie", "authorization"}

// IsSecretKey reports whether an attribute name looks like it carries a secret.
func IsSecretKey(k string) bool {
	k = strings.ToLower(k)
	for _, s := range secretKeys {
		if strings.Contains(k, s) {
			return true
		}
	}
	return false
}

// New returns a logger writing to w. level is debug, info, warn or error (default info); format is
// text or json (default text).
func New(w io.Writer, level, format string) *slog.Logger {
	var lv slog.Level
	switch strings.ToLower(level) {
	case "debug":
		lv = slog.LevelDebug
	case "warn":
		lv = slog.LevelWarn
	case "error":
		lv = slog.LevelError
	default:
		lv = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: lv, ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if IsSecretKey(a.Key) {
			return slog.String(a.Key, "<secret>")
		}
		// Errors quote URLs whole (an RPC URL's path or query may hold an API key), and an upstream may
		// echo a key back: keep scheme and host, and remove every registered secret, from every text.
		switch a.Value.Kind() {
		case slog.KindAny:
			if err, ok := a.Value.Any().(error); ok {
				return slog.String(a.Key, redact.Scrub(err.Error()))
			}
		case slog.KindString:
			if v := a.Value.String(); v != redact.Scrub(v) {
				return slog.String(a.Key, redact.Scrub(v))
			}
		}
		if a.Key == slog.MessageKey {
			return slog.String(a.Key, redact.Scrub(a.Value.String()))
		}
		return a
	}}
	if strings.EqualFold(format, "json") {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
