package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/config"
	"github.com/morbotlabs/morbot/internal/discovery"
	"github.com/morbotlabs/morbot/internal/keys"
	"github.com/morbotlabs/morbot/internal/redact"
)

func cmdConfig(ctx context.Context, a *app, args []string) int {
	const use = "usage: morbot config check --config FILE [--strict] [--online]"
	if len(args) == 0 || args[0] != "check" {
		fmt.Fprintln(a.stderr, use)
		return 2
	}
	fs := flag.NewFlagSet("config check", flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	path := fs.String("config", "", "configuration file (YAML)")
	strict := fs.Bool("strict", false, "exit 1 when there are warnings")
	online := fs.Bool("online", false, "also reach the chain: in operator mode, read which delegate.xyz rights the operator key holds")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if *path == "" || fs.NArg() > 0 {
		fmt.Fprintln(a.stderr, use)
		return 2
	}
	cfg, err := config.Load(*path)
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot: %v\n", err)
		return 1
	}
	fmt.Fprint(a.stdout, summary(cfg))
	signer, code := checkKeyring(a, cfg)
	if code == 0 && *online {
		code = checkOnline(ctx, a, cfg, signer)
	}
	warnings := cfg.Warnings()
	for _, w := range warnings {
		fmt.Fprintf(a.stdout, "warning: %s\n", w)
	}
	if code == 0 && *strict && len(warnings) > 0 {
		fmt.Fprintf(a.stderr, "morbot: %d warning(s) and --strict\n", len(warnings))
		return 1
	}
	return code
}

// checkKeyring opens the configured keyring and says whether the signing key exists and whether it
// is the provider wallet or a separate operator wallet. A keyring that is not set up on this machine
// yet (no directory, no passphrase) is reported, not failed: the file itself is valid.
func checkKeyring(a *app, cfg *config.Config) (common.Address, int) {
	s := cfg.Signer
	backends := orDefault(s.Backends, []string{"file"})
	if backends[0] == "file" {
		if s.FileDir == "" {
			fmt.Fprintln(a.stdout, "  key         not checked: signer.file_dir is not set")
			return common.Address{}, 0
		}
		if _, err := os.Stat(s.FileDir); err != nil {
			fmt.Fprintf(a.stdout, "  key         not checked: keyring directory %s does not exist here (create the key with `morbot keys import --config FILE --name %s`)\n", s.FileDir, s.Key)
			return common.Address{}, 0
		}
		if _, err := s.PassphraseSource().Load(); err != nil {
			fmt.Fprintf(a.stdout, "  key         not checked: %v\n", err)
			return common.Address{}, 0
		}
	}
	st, err := keys.Open(keys.FromConfig(s))
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot: keyring: %v\n", err)
		return common.Address{}, 1
	}
	addr, err := st.Address(s.Key)
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot: keyring: %v\n", err)
		return common.Address{}, 1
	}
	provider, _ := chain.ParseAddress(cfg.Provider.Address)
	if addr == provider {
		fmt.Fprintf(a.stdout, "  key         %q = %s, the provider wallet itself\n", s.Key, addr.Hex())
	} else {
		fmt.Fprintf(a.stdout, "  key         %q = %s, an operator wallet separate from the provider %s (it needs delegate.xyz rights; approve must still come from the provider)\n", s.Key, addr.Hex(), provider.Hex())
	}
	return addr, 0
}

// checkOnline reaches the configured chain (every RPC endpoint is verified) and, in operator mode,
// reads which rights the operator key holds, the provider's allowance and the operator's ETH.
func checkOnline(ctx context.Context, a *app, cfg *config.Config, signer common.Address) int {
	n := cfg.ChainNetwork()
	timeout := cfg.Network.RPCTimeout.Or(config.DefaultRPCTimeout)
	rpcs, err := chain.Dial(ctx, cfg.RPCEndpoints(), timeout, nil)
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot: %v\n", err)
		return 1
	}
	defer rpcs.Close()
	for _, ep := range rpcs.Endpoints() {
		if err := chain.Verify(ctx, ep, n, timeout); err != nil {
			fmt.Fprintf(a.stderr, "morbot: %v\n", err)
			return 1
		}
	}
	c := chain.NewClient(rpcs, n, chain.Options{})
	provider, _ := chain.ParseAddress(cfg.Provider.Address)
	fmt.Fprintf(a.stdout, "  chain       %s (chain %d) reached through %d endpoint(s)\n", n.Name, n.ChainID, len(rpcs.Endpoints()))
	if signer == (common.Address{}) || signer == provider {
		return 0
	}
	s, err := c.SnapshotFor(ctx, provider, signer)
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot: %v\n", err)
		return 1
	}
	missing := s.Rights.Lacking()
	fmt.Fprintf(a.stdout, "  rights      %s (registry %s, read at block %d)\n", rightsSummary(s.Rights), s.Rights.Registry.Hex(), s.Block)
	fmt.Fprintf(a.stdout, "  allowance   %s from the provider wallet to the Diamond; operator ETH %s\n", chain.FormatMOR(s.Allowance), chain.FormatETH(s.SignerETH))
	if len(missing) > 0 {
		fmt.Fprintf(a.stdout, "warning: the operator key lacks the %s right(s); commands that need them are refused until the provider wallet grants them (/mor delegation lists the transactions)\n", strings.Join(missing, ", "))
	}
	return 0
}

func rightsSummary(r *chain.Rights) string {
	var parts []string
	for _, n := range chain.RightNames {
		mark := "missing"
		if r.Held[n] {
			mark = "granted"
		}
		parts = append(parts, n+" "+mark)
	}
	return strings.Join(parts, ", ")
}

// summary is the one-screen overview printed by `config check`.
func summary(c *config.Config) string {
	var b strings.Builder
	n := c.ChainNetwork()
	fmt.Fprintf(&b, "config OK\n")
	fmt.Fprintf(&b, "  network     %s (chain ID %d)\n", n.Name, n.ChainID)
	fmt.Fprintf(&b, "  diamond     %s\n", n.Diamond.Hex())
	fmt.Fprintf(&b, "  MOR token   %s\n", n.MOR.Hex())
	mc := "none (plain calls)"
	if n.HasMulticall() {
		mc = n.Multicall3.Hex()
	}
	fmt.Fprintf(&b, "  multicall3  %s\n", mc)
	fmt.Fprintf(&b, "  rpc         %d endpoint(s)%s\n", len(c.Network.RPCURLs), ifStr(c.Network.RPCURLsEnv != "", " + $"+c.Network.RPCURLsEnv))
	fmt.Fprintf(&b, "  provider    %s\n", c.Provider.Address)
	fmt.Fprintf(&b, "  signer      key %q in %s keyring\n", c.Signer.Key, strings.Join(orDefault(c.Signer.Backends, []string{"file"}), ", "))
	fmt.Fprintf(&b, "  quorum      %d\n", c.Approval.Quorum)
	fmt.Fprintf(&b, "  approvers   %s\n", approvers(c.Approval.Approvers))
	fmt.Fprintf(&b, "  members     %s\n", teamMembers(c))
	var platforms []string
	if c.Discord != nil {
		platforms = append(platforms, "discord ("+orStr(c.Discord.Mode, "gateway")+")")
	}
	if c.Slack != nil {
		platforms = append(platforms, "slack ("+orStr(c.Slack.Mode, "socket")+")")
	}
	if len(platforms) == 0 {
		platforms = append(platforms, "none (console only)")
	}
	fmt.Fprintf(&b, "  platforms   %s\n", strings.Join(platforms, ", "))
	if u := c.DiscoveryURL(); u != "" {
		fmt.Fprintf(&b, "  discovery   %s every %s; a bid unlisted %s after it was posted is undiscovered; a network alert fires (or resolves) once what it shows has held %s\n",
			u, c.Discovery.Interval.Or(discovery.DefaultInterval), c.Discovery.Grace.Or(discovery.DefaultGrace), c.Discovery.HoldOr(discovery.DefaultInterval))
	} else {
		why := "the network has no built-in feed; set discovery.url"
		if c.Discovery.URL == config.DiscoveryOff {
			why = "discovery.url: off"
		}
		fmt.Fprintf(&b, "  discovery   off (%s)\n", why)
	}
	if c.Store.Driver == "postgres" {
		// The DSN itself is never shown: it can hold a password.
		fmt.Fprintf(&b, "  store       postgres (DSN from $%s, not shown); lease TTL %s\n", c.Store.DSNEnv, c.Store.LeaseTTL.Or(config.DefaultLeaseTTL))
	} else {
		fmt.Fprintf(&b, "  store       sqlite %s; lease TTL %s\n", orStr(c.Store.Path, config.DefaultStorePath), c.Store.LeaseTTL.Or(config.DefaultLeaseTTL))
	}
	r := c.Reports
	var sched []string
	for _, x := range [][2]string{{"status", r.StatusCron}, {"alerts", r.AlertsCron}, {"claims", r.ClaimCron}, {"chart", r.ChartCron}} {
		if x[1] != "" {
			sched = append(sched, fmt.Sprintf("%s %q", x[0], x[1]))
		}
	}
	if len(sched) == 0 {
		sched = append(sched, "none")
	}
	fmt.Fprintf(&b, "  schedules   %s%s\n", strings.Join(sched, ", "), ifStr(r.Timezone != "", " ("+r.Timezone+")"))
	if pr := c.ProxyRouter; pr != nil {
		api := "no API (nothing checks what it serves)"
		if pr.APIURL != "" {
			api = "API " + redact.URL(pr.APIURL)
		}
		restart := "no restart command (proposals say what to run)"
		if len(pr.RestartCommand) > 0 {
			restart = fmt.Sprintf("restart %q", pr.RestartCommand)
		}
		probe := "backend probes off"
		if pr.ProbeBackends {
			probe = "backend probes on (one HEAD per backend per check)"
		}
		fmt.Fprintf(&b, "  proxy       %s; models-config %s; %s; %s\n", api, orStr(pr.ModelsConfig, "not managed"), restart, probe)
	}
	return b.String()
}

func approvers(m config.Members) string {
	var parts []string
	if d := m.Discord; d != nil {
		parts = append(parts, fmt.Sprintf("discord %d user(s) %d role(s)", len(d.Users), len(d.Roles)))
	}
	if s := m.Slack; s != nil {
		parts = append(parts, fmt.Sprintf("slack %d user(s) %d group(s)", len(s.Users), len(s.Groups)))
	}
	if c := m.Console; c != nil {
		parts = append(parts, fmt.Sprintf("console %s", strings.Join(c.Users, ", ")))
	}
	return joinNonEmpty("; ", parts...)
}

func ifStr(ok bool, s string) string {
	if ok {
		return s
	}
	return ""
}

func orStr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func orDefault(s, def []string) []string {
	if len(s) == 0 {
		return def
	}
	return s
}

// teamMembers lists approval.members, or says how to migrate to them when identities on several
// platforms are listed without them.
func teamMembers(c *config.Config) string {
	if len(c.Approval.Members) > 0 {
		var out []string
		for _, m := range c.Approval.Members {
			var on []string
			for _, p := range []struct{ name, id string }{{"discord", m.Discord}, {"slack", m.Slack}, {"console", m.Console}} {
				if p.id != "" {
					on = append(on, p.name)
				}
			}
			out = append(out, m.Name+" ("+strings.Join(on, ", ")+")")
		}
		return strings.Join(out, ", ") + "; each counts once toward the quorum, whatever platform they vote from"
	}
	platforms := 0
	a := c.Approval.Approvers
	for _, set := range []bool{a.Discord != nil, a.Slack != nil, a.Console != nil} {
		if set {
			platforms++
		}
	}
	if platforms < 2 {
		return "none listed (one platform: each identity is one person)"
	}
	return "none listed: a person with an identity on two platforms counts twice toward the quorum and may approve their own proposal from the other. " +
		"To migrate, list each person once under approval.members with their IDs (name, discord, slack, console); the per-platform lists keep saying who may do what"
}
