package config

import (
	"strings"
	"time"
)

// Decimal is an exact decimal amount kept as written in the file (never a float); validation
// parses it with the chain's exact parsers.
type Decimal struct{ Raw string }

// UnmarshalYAML keeps the scalar text exactly as written.
func (d *Decimal) UnmarshalYAML(b []byte) error {
	d.Raw = unquote(strings.TrimSpace(string(b)))
	return nil
}

// Set reports whether a value was given.
func (d Decimal) Set() bool { return d.Raw != "" }

// Duration is a Go duration such as 90s, 15m or 24h.
type Duration struct {
	Raw string
	D   time.Duration
}

// UnmarshalYAML keeps the text; validation parses it so every problem is reported at once.
func (d *Duration) UnmarshalYAML(b []byte) error {
	d.Raw = unquote(strings.TrimSpace(string(b)))
	return nil
}

// Or returns the parsed duration, or def when none was given.
func (d Duration) Or(def time.Duration) time.Duration {
	if d.Raw == "" || d.D <= 0 {
		return def
	}
	return d.D
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	if s == "null" || s == "~" {
		return ""
	}
	return s
}
