// Package redact removes what must not leave the process from text: the path, query, fragment and
// credentials of URLs (RPC URLs often carry an API key in any of them), and every registered secret
// string wherever it appears, such as the key an RPC provider echoes back in its error reply.
package redact

import (
	"encoding/hex"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// MinSecret is the shortest string registered as a secret: shorter path segments ("v3", "rpc") are
// names, not keys, and scrubbing them would garble ordinary text.
const MinSecret = 6

var secrets struct {
	sync.RWMutex
	list []string // longest first, so a secret containing another is replaced whole
}

// AddSecret registers a secret string: from now on it is scrubbed from every text this package
// cleans (errors, log lines, stored reasons, chat).
func AddSecret(s string) {
	if len(s) < MinSecret {
		return
	}
	secrets.Lock()
	defer secrets.Unlock()
	for _, x := range secrets.list {
		if x == s {
			return
		}
	}
	// The secret's bytes as hex too: revert data and calldata are shown as hex, and a provider's
	// echoed key inside them would otherwise pass.
	secrets.list = append(secrets.list, s, hex.EncodeToString([]byte(s)), strings.ToUpper(hex.EncodeToString([]byte(s))))
	sort.Slice(secrets.list, func(i, j int) bool { return len(secrets.list[i]) > len(secrets.list[j]) })
}

// AddURLSecrets registers every secret part of a configured URL: the user and password, each path
// segment, each query value, and the fragment (a provider may put the key in any of them).
func AddURLSecrets(raw string) {
	u, err := url.Parse(raw)
	if err != nil {
		AddSecret(raw)
		return
	}
	if u.User != nil {
		AddSecret(u.User.Username())
		if p, ok := u.User.Password(); ok {
			AddSecret(p)
		}
	}
	for _, seg := range strings.Split(u.Path, "/") {
		AddSecret(seg)
		if un, err := url.PathUnescape(seg); err == nil {
			AddSecret(un)
		}
	}
	for _, vs := range u.Query() {
		for _, v := range vs {
			AddSecret(v)
			AddSecret(url.QueryEscape(v))
		}
	}
	AddSecret(u.Fragment)
}

// Secrets removes every registered secret from s.
func Secrets(s string) string {
	secrets.RLock()
	defer secrets.RUnlock()
	for _, x := range secrets.list {
		if strings.Contains(s, x) {
			s = strings.ReplaceAll(s, x, "<secret>")
		}
	}
	return s
}

// Scrub is Text and Secrets: URLs reduced to scheme and host, and every registered secret removed.
func Scrub(s string) string { return Secrets(Text(s)) }

// Excerpt is a bounded, scrubbed, one-line quote of text from outside (an upstream reply body): at
// most n characters, never the text verbatim.
func Excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(Scrub(s)), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

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

// Error returns an error whose message has every URL reduced to scheme and host and every registered
// secret removed. It wraps err, so errors.Is and errors.As still see what it wraps; nil stays nil, and
// an error with nothing to remove is returned as it is.
func Error(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	red := Scrub(msg)
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
