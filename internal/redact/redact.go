// Package redact removes what must not leave the process from text: the path, query, fragment and
// credentials of URLs (RPC URLs often carry an API key in any of them).
package redact

import (
	"net/url"
	"regexp"
)

// URL keeps only a URL's scheme and host; "<url>" when it has no host.
func URL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return "<url>"
	}
	return u.Scheme + "://" + u.Host
}

// urlRe finds URLs in running text: a scheme, "://", and everything up to a space, a quote or an
// angle bracket (how net/http, go-ethereum and people quote them).
var urlRe = regexp.MustCompile(`(?i)\b[a-z][a-z0-9+.-]*://[^\s"'<>]+`)

// Text replaces every URL in s by its scheme and host.
func Text(s string) string { return urlRe.ReplaceAllStringFunc(s, URL) }

// Error returns an error whose message has every URL reduced to scheme and host. It wraps err, so
// errors.Is and errors.As still see what it wraps; nil stays nil, and an error with no URL in its
// message is returned as it is.
func Error(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	red := Text(msg)
	if red == msg {
		return err
	}
	return &redacted{msg: red, err: err}
}

type redacted struct {
	msg string
	err error
}

func (e *redacted) Error() string { return e.msg }
func (e *redacted) Unwrap() error { return e.err }
