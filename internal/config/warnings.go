package config

import (
	"fmt"
	"net"
	"net/url"
	"os"
	"strings"

	"github.com/morbotlabs/morbot/internal/redact"
)

// Warnings are things a valid configuration allows but an operator should know: `config check`
// prints them (exit 0) and fails on them with --strict.
func (c *Config) Warnings() []string {
	var w []string
	// Secret files others can read.
	files := []struct{ path, file string }{{"signer.passphrase_file", c.Signer.PassphraseFile}}
	if d := c.Discord; d != nil {
		files = append(files, struct{ path, file string }{"discord.token_file", d.TokenFile})
	}
	if s := c.Slack; s != nil {
		files = append(files, struct{ path, file string }{"slack.bot_token_file", s.BotTokenFile},
			struct{ path, file string }{"slack.app_token_file", s.AppTokenFile}, struct{ path, file string }{"slack.signing_secret_file", s.SigningSecretFile})
	}
	if p := c.ProxyRouter; p != nil {
		files = append(files, struct{ path, file string }{"proxy_router.cookie_file", p.CookieFile})
	}
	if p := c.Probe; p != nil {
		files = append(files, struct{ path, file string }{"probe.cookie_file", p.CookieFile})
	}
	for _, f := range files {
		if f.file == "" {
			continue
		}
		st, err := os.Stat(f.file)
		if err != nil {
			continue // a file not on this machine yet is not a warning
		}
		if perm := st.Mode().Perm(); perm&0o077 != 0 {
			w = append(w, fmt.Sprintf("%s: %s has mode %04o, readable by its group or others; chmod 600 it", f.path, f.file, perm))
		}
	}
	// Plain-text RPC to a public network.
	if c.Network.Name != "custom" {
		for i, u := range c.RPCEndpoints() {
			pu, err := url.Parse(u)
			if err != nil || (pu.Scheme != "http" && pu.Scheme != "ws") || loopbackHost(pu.Hostname()) {
				continue
			}
			w = append(w, fmt.Sprintf("network.rpc_urls[%d]: %s is plain %s to %s: anyone on the path can read and change what morbot reads; use https or wss", i, redact.URL(u), pu.Scheme, c.Network.Name))
		}
		for i, u := range c.WSEndpoints() {
			pu, err := url.Parse(u)
			if err != nil || pu.Scheme != "ws" || loopbackHost(pu.Hostname()) {
				continue
			}
			w = append(w, fmt.Sprintf("network.ws_urls[%d]: %s is plain ws to %s: anyone on the path can read and change the heads morbot follows; use wss", i, redact.URL(u), c.Network.Name))
		}
	}
	// One person can propose and approve alone.
	if c.Approval.Quorum == 1 && c.Approval.ProposerMayApprove {
		w = append(w, "approval: quorum 1 with proposer_may_approve lets one person propose and approve a transaction alone")
	}
	// Listeners reachable from other machines.
	listeners := []struct{ path, addr, note string }{{"metrics.listen", c.Metrics.Listen, c.Metrics.ListenNote}}
	if d := c.Discord; d != nil && d.Mode == "http" {
		listeners = append(listeners, struct{ path, addr, note string }{"discord.listen", d.Listen, d.ListenNote})
	}
	if s := c.Slack; s != nil && s.Mode == "http" {
		listeners = append(listeners, struct{ path, addr, note string }{"slack.listen", s.Listen, s.ListenNote})
	}
	for _, l := range listeners {
		if l.addr == "" || l.note != "" {
			continue
		}
		host, _, err := net.SplitHostPort(l.addr)
		if err == nil && loopbackHost(host) {
			continue
		}
		w = append(w, fmt.Sprintf("%s: %s is reachable from other machines; bind it to 127.0.0.1 behind a TLS proxy, or say why in %s_note", l.path, l.addr, strings.TrimSuffix(l.path, ".listen")+".listen"))
	}
	return w
}

func loopbackHost(h string) bool {
	if strings.EqualFold(h, "localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}
