package config

import (
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/robfig/cron/v3"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/discovery"
)

// Problem is one validation finding at a field path.
type Problem struct {
	Path string
	Msg  string
}

// ValidationError lists every problem found in a configuration.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "config has %d problem(s):", len(e.Problems))
	for _, p := range e.Problems {
		fmt.Fprintf(&b, "\n  %s: %s", p.Path, p.Msg)
	}
	return b.String()
}

type checker struct{ probs []Problem }

func (c *checker) add(path, format string, args ...any) {
	c.probs = append(c.probs, Problem{Path: path, Msg: fmt.Sprintf(format, args...)})
}

// KnownBackends are the keyring backend names of github.com/99designs/keyring.
var KnownBackends = []string{"file", "secret-service", "pass", "keychain", "kwallet", "wincred", "keyctl"}

// CronParser parses schedules: standard five fields, an optional leading seconds field, or descriptors like @hourly.
var CronParser = cron.NewParser(cron.SecondOptional | cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

var (
	snowflakeRe   = regexp.MustCompile(`^[0-9]{15,21}$`)
	slackUserRe   = regexp.MustCompile(`^[UW][A-Z0-9]{2,}$`)
	slackGroupRe  = regexp.MustCompile(`^S[A-Z0-9]{2,}$`)
	slackTeamRe   = regexp.MustCompile(`^[TE][A-Z0-9]{2,}$`)
	slackChanRe   = regexp.MustCompile(`^[CGD][A-Z0-9]{2,}$`)
	consoleUserRe = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,31}$`)
	envNameRe     = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// Validate checks the whole configuration and returns one *ValidationError listing every problem.
func (c *Config) Validate() error {
	v := &checker{}
	c.validateNetwork(v)
	c.validateProvider(v)
	c.validateSigner(v)
	c.validateApproval(v)
	c.validateDiscord(v)
	c.validateSlack(v)
	c.validateReports(v)
	c.validateProxyRouter(v)
	c.validateProbe(v)
	c.validateDiscovery(v)
	if c.Metrics.Listen != "" {
		checkListen(v, "metrics.listen", c.Metrics.Listen)
	}
	if c.Store.DSN != "" {
		v.add("store.dsn", "inline DSNs are not allowed (a DSN can hold a password); name the environment variable holding it in store.dsn_env")
	}
	switch c.Store.Driver {
	case "", "sqlite":
		if c.Store.DSNEnv != "" {
			v.add("store.dsn_env", "is for store.driver: postgres; the sqlite store takes store.path")
		}
	case "postgres":
		switch {
		case c.Store.DSNEnv == "":
			v.add("store.dsn_env", "store.driver postgres needs the name of the environment variable holding the DSN (the DSN can hold a password, so it is never written here)")
		case !envNameRe.MatchString(c.Store.DSNEnv):
			v.add("store.dsn_env", "%q is not an environment variable name", c.Store.DSNEnv)
		}
		if c.Store.Path != "" {
			v.add("store.path", "is for store.driver: sqlite; a postgres store takes its DSN from store.dsn_env")
		}
	default:
		v.add("store.driver", "%q is not a driver; use sqlite (the default) or postgres", c.Store.Driver)
	}
	checkDuration(v, "store.lease_ttl", &c.Store.LeaseTTL)
	if d := c.Store.LeaseTTL.D; d > 0 && (d < time.Second || d > 10*time.Minute) {
		v.add("store.lease_ttl", "%s is outside 1s … 10m", c.Store.LeaseTTL.Raw)
	}
	switch c.Log.Level {
	case "", "debug", "info", "warn", "error":
	default:
		v.add("log.level", "%q is not a level; use debug, info, warn or error", c.Log.Level)
	}
	switch c.Log.Format {
	case "", "text", "json":
	default:
		v.add("log.format", "%q is not a format; use text or json", c.Log.Format)
	}
	if len(v.probs) > 0 {
		return &ValidationError{Problems: v.probs}
	}
	return nil
}

func (c *Config) validateNetwork(v *checker) {
	n := &c.Network
	switch n.Name {
	case "":
		v.add("network.name", "required: one of %s, or custom", strings.Join(chain.BuiltinNetworkNames(), ", "))
	case "custom":
		net := chain.Network{Name: "custom", ChainID: n.ChainID, ExplorerTx: n.ExplorerTxURL}
		if n.ChainID == 0 {
			v.add("network.chain_id", "required for a custom network")
		}
		net.Diamond = requiredAddress(v, "network.diamond", n.Diamond, "the Diamond (marketplace) contract is required for a custom network")
		net.MOR = requiredAddress(v, "network.mor_token", n.MORToken, "the MOR token is required for a custom network")
		if n.Multicall3 != "" {
			net.Multicall3 = parseAddress(v, "network.multicall3", n.Multicall3)
		}
		if n.ExplorerTxURL != "" {
			checkExplorer(v, n.ExplorerTxURL)
		}
		c.net = net
	default:
		b, err := chain.BuiltinNetwork(n.Name)
		if err != nil {
			v.add("network.name", "%v", err)
			break
		}
		if n.ChainID != 0 && n.ChainID != b.ChainID {
			v.add("network.chain_id", "%d does not match %s (chain ID %d); a built-in network's chain ID cannot be overridden (use network.name: custom)", n.ChainID, n.Name, b.ChainID)
		}
		for _, f := range []struct{ path, val string }{
			{"network.diamond", n.Diamond}, {"network.mor_token", n.MORToken},
			{"network.multicall3", n.Multicall3}, {"network.explorer_tx_url", n.ExplorerTxURL},
		} {
			if f.val != "" {
				v.add(f.path, "set only for network custom; %s has its published value built in", n.Name)
			}
		}
		c.net = b
	}
	if len(n.RPCURLs) == 0 && n.RPCURLsEnv == "" {
		v.add("network.rpc_urls", "at least one RPC URL is required (or name a variable in network.rpc_urls_env)")
	}
	for i, u := range n.RPCURLs {
		checkURL(v, fmt.Sprintf("network.rpc_urls[%d]", i), u, "http", "https", "ws", "wss")
	}
	if n.RPCURLsEnv != "" && !envNameRe.MatchString(n.RPCURLsEnv) {
		v.add("network.rpc_urls_env", "%q is not an environment variable name", n.RPCURLsEnv)
	}
	for i, u := range n.WSURLs {
		checkURL(v, fmt.Sprintf("network.ws_urls[%d]", i), u, "ws", "wss")
	}
	if n.WSURLsEnv != "" && !envNameRe.MatchString(n.WSURLsEnv) {
		v.add("network.ws_urls_env", "%q is not an environment variable name", n.WSURLsEnv)
	}
	checkDuration(v, "network.poll_interval", &n.PollInterval)
	if d := n.PollInterval.D; d > 0 && (d < 100*time.Millisecond || d > time.Minute) {
		v.add("network.poll_interval", "%s is outside 100ms … 1m", n.PollInterval.Raw)
	}
	checkDuration(v, "network.rpc_timeout", &n.RPCTimeout)
	checkDuration(v, "network.receipt_timeout", &n.ReceiptTimeout)
	checkDuration(v, "network.reconcile_interval", &n.ReconcileInterval)
	switch n.Execution {
	case "", "pipelined", "sequential":
	default:
		v.add("network.execution", "%q is not pipelined or sequential", n.Execution)
	}
	if n.Confirmations > 64 {
		v.add("network.confirmations", "%d is more than 64; that wait is longer than any reorg morbot should plan for", n.Confirmations)
	}
	checkDecimal(v, "network.max_fee_per_gas_gwei", n.MaxFeePerGasGwei, 9)
	checkDecimal(v, "network.max_priority_fee_per_gas_gwei", n.MaxPriorityFeePerGasGwei, 9)
	if n.GasHeadroomPercent > 200 {
		v.add("network.gas_headroom_percent", "%d is more than 200", n.GasHeadroomPercent)
	}
}

func (c *Config) validateProvider(v *checker) {
	requiredAddress(v, "provider.address", c.Provider.Address, "the provider (owner) address is required")
}

func (c *Config) validateSigner(v *checker) {
	s := &c.Signer
	if s.Passphrase != "" {
		v.add("signer.passphrase", "inline secrets are not allowed; name an environment variable in signer.passphrase_env or a file in signer.passphrase_file")
	}
	if s.PrivateKey != "" {
		v.add("signer.private_key", "private keys never go in the config; import the key with `morbot keys import --name NAME` (it reads standard input)")
	}
	if s.Key == "" {
		v.add("signer.key", "required: the name of the key in the keyring (see `morbot keys list`)")
	}
	seen := map[string]bool{}
	for i, b := range s.Backends {
		p := fmt.Sprintf("signer.backends[%d]", i)
		if !contains(KnownBackends, b) {
			v.add(p, "unknown keyring backend %q; known backends are %s", b, strings.Join(KnownBackends, ", "))
		}
		if seen[b] {
			v.add(p, "backend %q is listed twice", b)
		}
		seen[b] = true
	}
	if s.PassphraseEnv != "" && s.PassphraseFile != "" {
		v.add("signer.passphrase_env", "set either passphrase_env or passphrase_file, not both")
	}
	if s.PassphraseEnv != "" && !envNameRe.MatchString(s.PassphraseEnv) {
		v.add("signer.passphrase_env", "%q is not an environment variable name", s.PassphraseEnv)
	}
}

func (c *Config) validateApproval(v *checker) {
	a := &c.Approval
	if a.Quorum <= 0 {
		v.add("approval.quorum", "must be at least 1 (got %d)", a.Quorum)
	}
	users, groups := checkMembers(v, "approval.approvers", &a.Approvers, true, c)
	people := c.approverPeople(v)
	switch {
	case users == 0 && groups == 0:
		v.add("approval.approvers", "no approvers are listed; list user IDs (and role or group IDs) per platform")
	case groups == 0 && a.Quorum > people && people < users:
		v.add("approval.quorum", "%d exceeds the %d people who can approve (%d approver IDs, but approval.members puts some of them under one person, who votes once)", a.Quorum, people, users)
	case groups == 0 && a.Quorum > users:
		v.add("approval.quorum", "%d exceeds the %d approvers listed", a.Quorum, users)
	}
	if a.Proposers != nil {
		checkMembers(v, "approval.proposers", a.Proposers, false, c)
	}
	if a.Viewers != nil {
		checkMembers(v, "approval.viewers", a.Viewers, false, c)
	}
	checkTeamMembers(v, a.Members)
	checkDuration(v, "approval.expiry", &a.Expiry)
	checkDecimal(v, "approval.caps.max_approve", a.Caps.MaxApprove, chain.Decimals)
	checkDecimal(v, "approval.caps.max_stake", a.Caps.MaxStake, chain.Decimals)
	checkDecimal(v, "approval.caps.max_price_per_second", a.Caps.MaxPricePerSecond, chain.Decimals)
	seen := map[string]bool{}
	for i, k := range a.AutoApprove {
		p := fmt.Sprintf("approval.auto_approve[%d]", i)
		switch {
		case !slices.Contains(AutoApprovable, k):
			v.add(p, "%q cannot be auto-approved; only %s can (it only moves MOR from the marketplace to the provider wallet)", k, strings.Join(AutoApprovable, ", "))
		case seen[k]:
			v.add(p, "%q is listed twice", k)
		}
		seen[k] = true
	}
}

// approverPeople counts the people behind the approver IDs: a member's identities on several
// platforms are one person. With members listed, every approver ID must belong to one of them: an ID
// outside them could be a member's second identity, which would vote twice or approve its own
// proposal; each such ID is named.
func (c *Config) approverPeople(v *checker) int {
	a := &c.Approval
	person := map[string]string{} // platform:id → member
	for _, m := range a.Members {
		for _, id := range []struct{ platform, id string }{{"discord", m.Discord}, {"slack", m.Slack}, {"console", m.Console}} {
			if id.id != "" {
				person[id.platform+":"+id.id] = m.Name
			}
		}
	}
	seen := map[string]bool{}
	check := func(path, platform string, ids []string) {
		for i, id := range ids {
			key := platform + ":" + id
			name, ok := person[key]
			if !ok {
				if len(a.Members) > 0 {
					v.add(fmt.Sprintf("%s[%d]", path, i), "%s ID %s belongs to no approval.members entry; with members listed every approver must be under one (add it to its person, or remove it)", platform, id)
				}
				name = "id " + key
			}
			seen[name] = true
		}
	}
	if d := a.Approvers.Discord; d != nil {
		check("approval.approvers.discord.users", "discord", d.Users)
	}
	if s := a.Approvers.Slack; s != nil {
		check("approval.approvers.slack.users", "slack", s.Users)
	}
	if s := a.Approvers.Console; s != nil {
		check("approval.approvers.console.users", "console", s.Users)
	}
	return len(seen)
}

// checkTeamMembers validates approval.members: a name each, once; IDs in their platform's format; and
// no identity under two members (it would let one person count twice, or vote on their own proposal).
func checkTeamMembers(v *checker, ms []Member) {
	names := map[string]int{}
	owner := map[string]string{} // platform:id → member
	for i, m := range ms {
		path := fmt.Sprintf("approval.members[%d]", i)
		switch {
		case strings.TrimSpace(m.Name) == "":
			v.add(path+".name", "every member needs a name (how votes and the audit log show them)")
		default:
			if j, ok := names[strings.ToLower(m.Name)]; ok {
				v.add(path+".name", "%q is already the name of approval.members[%d]", m.Name, j)
			}
			names[strings.ToLower(m.Name)] = i
		}
		if m.Discord == "" && m.Slack == "" && m.Console == "" {
			v.add(path, "list at least one identity (discord, slack or console)")
		}
		for _, id := range []struct{ platform, id string }{{"discord", m.Discord}, {"slack", m.Slack}, {"console", m.Console}} {
			if id.id == "" {
				continue
			}
			switch {
			case id.platform == "discord" && !snowflakeRe.MatchString(id.id):
				v.add(path+".discord", "%q is not a Discord user ID (a 15–21 digit snowflake)", id.id)
			case id.platform == "slack" && !slackUserRe.MatchString(id.id):
				v.add(path+".slack", "%q is not a Slack user ID (U… or W…)", id.id)
			}
			key := id.platform + ":" + id.id
			if other, ok := owner[key]; ok {
				v.add(path+"."+id.platform, "%s ID %s is already listed under member %q; one identity belongs to one person", id.platform, id.id, other)
				continue
			}
			owner[key] = m.Name
		}
	}
}

// checkMembers validates ID formats and duplicates; it returns the count of distinct users and of groups.
func checkMembers(v *checker, path string, m *Members, approvers bool, c *Config) (users, groups int) {
	what := "member"
	if approvers {
		what = "approver"
	}
	list := func(p string, ids []string, re *regexp.Regexp, kind string) int {
		seen := map[string]bool{}
		n := 0
		for i, id := range ids {
			ip := fmt.Sprintf("%s[%d]", p, i)
			if !re.MatchString(id) {
				v.add(ip, "%q is not a %s", id, kind)
				continue
			}
			if seen[id] {
				v.add(ip, "duplicate %s %q", what, id)
				continue
			}
			seen[id] = true
			n++
		}
		return n
	}
	if d := m.Discord; d != nil {
		users += list(path+".discord.users", d.Users, snowflakeRe, "Discord user ID (a 15–21 digit snowflake)")
		groups += list(path+".discord.roles", d.Roles, snowflakeRe, "Discord role ID (a 15–21 digit snowflake)")
		if approvers && c.Discord == nil {
			v.add(path+".discord", "Discord approvers are listed but the discord section is missing")
		}
	}
	if s := m.Slack; s != nil {
		users += list(path+".slack.users", s.Users, slackUserRe, "Slack user ID (U… or W…)")
		groups += list(path+".slack.groups", s.Groups, slackGroupRe, "Slack user-group ID (S…)")
		if approvers && c.Slack == nil {
			v.add(path+".slack", "Slack approvers are listed but the slack section is missing")
		}
	}
	if s := m.Console; s != nil {
		users += list(path+".console.users", s.Users, consoleUserRe, "console user name (lower case letters, digits, _ or -, starting with a letter)")
	}
	return users, groups
}

func (c *Config) validateDiscord(v *checker) {
	d := c.Discord
	if d == nil {
		return
	}
	if d.Token != "" {
		v.add("discord.token", "inline secrets are not allowed; name an environment variable in discord.token_env or a file in discord.token_file")
	}
	switch d.Mode {
	case "", "gateway":
	case "http":
		if d.Listen == "" {
			v.add("discord.listen", "required in http mode: the address the interactions endpoint listens on")
		}
		if b, err := hexBytes(d.PublicKey); err != nil || len(b) != 32 {
			v.add("discord.public_key", "required in http mode: the application's Ed25519 public key, 64 hex digits (from the developer portal)")
		}
	default:
		v.add("discord.mode", "%q is not a mode; use gateway or http", d.Mode)
	}
	if !snowflakeRe.MatchString(d.ApplicationID) {
		v.add("discord.application_id", "required: the application ID (a 15–21 digit snowflake)")
	}
	checkSecretSource(v, "discord.token", d.TokenEnv, d.TokenFile, true)
	if len(d.Guilds) == 0 {
		v.add("discord.guilds", "list at least one guild (server) ID the bot may act in")
	}
	for i, g := range d.Guilds {
		if !snowflakeRe.MatchString(g) {
			v.add(fmt.Sprintf("discord.guilds[%d]", i), "%q is not a guild ID", g)
		}
	}
	checkChannels(v, "discord.channels", d.Channels, snowflakeRe, "Discord channel ID")
	if d.Listen != "" {
		checkListen(v, "discord.listen", d.Listen)
	}
	if d.APIURL != "" {
		checkURL(v, "discord.api_url", d.APIURL, "http", "https")
	}
}

func (c *Config) validateSlack(v *checker) {
	s := c.Slack
	if s == nil {
		return
	}
	for _, f := range []struct{ name, val string }{{"bot_token", s.BotToken}, {"app_token", s.AppToken}, {"signing_secret", s.SigningSecret}} {
		if f.val != "" {
			v.add("slack."+f.name, "inline secrets are not allowed; name an environment variable in slack.%s_env or a file in slack.%s_file", f.name, f.name)
		}
	}
	checkSecretSource(v, "slack.bot_token", s.BotTokenEnv, s.BotTokenFile, true)
	switch s.Mode {
	case "", "socket":
		checkSecretSource(v, "slack.app_token", s.AppTokenEnv, s.AppTokenFile, true)
	case "http":
		checkSecretSource(v, "slack.signing_secret", s.SigningSecretEnv, s.SigningSecretFile, true)
		if s.Listen == "" {
			v.add("slack.listen", "required in http mode: the address the command and interactivity endpoints listen on")
		}
	default:
		v.add("slack.mode", "%q is not a mode; use socket or http", s.Mode)
	}
	if len(s.Teams) == 0 {
		v.add("slack.teams", "list at least one workspace (team) ID the bot may act in")
	}
	for i, t := range s.Teams {
		if !slackTeamRe.MatchString(t) {
			v.add(fmt.Sprintf("slack.teams[%d]", i), "%q is not a Slack team ID (T…)", t)
		}
	}
	checkChannels(v, "slack.channels", s.Channels, slackChanRe, "Slack channel ID (C…)")
	if s.Listen != "" {
		checkListen(v, "slack.listen", s.Listen)
	}
	if s.APIURL != "" {
		checkURL(v, "slack.api_url", s.APIURL, "http", "https")
		if !strings.HasSuffix(s.APIURL, "/") {
			v.add("slack.api_url", "must end with / (slack-go appends method names)")
		}
	}
}

func (c *Config) validateProbe(v *checker) {
	p := c.Probe
	if p == nil {
		return
	}
	if p.ConsumerAPIURL == "" {
		v.add("probe.consumer_api_url", "the probe needs the consumer node's API URL, e.g. http://127.0.0.1:8082")
	} else {
		checkURL(v, "probe.consumer_api_url", p.ConsumerAPIURL, "http", "https")
	}
	if p.Schedule != "" {
		if _, err := CronParser.Parse(p.Schedule); err != nil {
			v.add("probe.schedule", "%q is not a cron spec (%v); use five fields like \"0 */6 * * *\", six with seconds, or @hourly", p.Schedule, err)
		}
	}
	if p.MaxPerDay < 0 {
		v.add("probe.max_per_day", "%d is not a number of probes; use 1 or more (default 24)", p.MaxPerDay)
	}
	if p.FailuresToAlert < 0 {
		v.add("probe.failures_to_alert", "%d is not a number of probes; use 1 or more (default 2)", p.FailuresToAlert)
	}
	checkDecimal(v, "probe.max_mor_locked", p.MaxMORLocked, chain.Decimals)
	checkDuration(v, "probe.step_timeout", &p.StepTimeout)
	if len(p.Prompt) > 2000 {
		v.add("probe.prompt", "is %d bytes; keep a probe's prompt under 2000 bytes (it is paid for)", len(p.Prompt))
	}
}

func (c *Config) validateReports(v *checker) {
	r := &c.Reports
	if r.Timezone != "" {
		if _, err := time.LoadLocation(r.Timezone); err != nil {
			v.add("reports.timezone", "%q is not a time zone (use an IANA name such as UTC or Europe/Berlin)", r.Timezone)
		}
	}
	for _, f := range []struct{ path, spec string }{{"reports.status_cron", r.StatusCron}, {"reports.alerts_cron", r.AlertsCron}, {"reports.claim_cron", r.ClaimCron}, {"reports.chart_cron", r.ChartCron}} {
		if f.spec == "" {
			continue
		}
		if _, err := CronParser.Parse(f.spec); err != nil {
			v.add(f.path, "%q is not a cron spec (%v); use five fields like \"0 9 * * 1-5\", six with seconds, or @hourly", f.spec, err)
		}
	}
	checkDuration(v, "reports.repeat_interval", &r.RepeatInterval)
	checkDecimal(v, "reports.thresholds.min_eth", r.Thresholds.MinETH, chain.Decimals)
	checkDecimal(v, "reports.thresholds.min_claim", r.Thresholds.MinClaim, chain.Decimals)
	if n := c.Alerts.RankBelow; n < 0 {
		v.add("alerts.rank_below", "%d is not a place: use 1 (alert when any bid is rated above ours) or more", n)
	}
	if p := r.Thresholds.EarningsCapPercent; p < 0 || p > 100 {
		v.add("reports.thresholds.earnings_cap_percent", "%d is not a percentage between 0 and 100", p)
	}
}

func (c *Config) validateProxyRouter(v *checker) {
	p := c.ProxyRouter
	if p == nil {
		return
	}
	if p.APIURL != "" {
		checkURL(v, "proxy_router.api_url", p.APIURL, "http", "https")
	}
	switch p.ModelsConfigMode {
	case "", "file":
		if p.ModelsConfigEnvFile != "" {
			v.add("proxy_router.models_config_env_file", "is read only with models_config_mode: env (the node takes MODELS_CONFIG_CONTENT from it)")
		}
	case "env":
		switch f := p.ModelsConfigEnvFile; {
		case f == "":
			v.add("proxy_router.models_config_env_file", "is required with models_config_mode: env: the env file the deployment reads MODELS_CONFIG_CONTENT from")
		case !strings.HasSuffix(filepath.Base(f), ".env"):
			v.add("proxy_router.models_config_env_file", "%q must be a file whose name ends in .env (lines of NAME=value)", f)
		}
		if p.ModelsConfig != "" {
			v.add("proxy_router.models_config", "is not used with models_config_mode: env; remove it (the env file holds the config)")
		}
	default:
		v.add("proxy_router.models_config_mode", "%q is not file or env", p.ModelsConfigMode)
	}
	if len(p.RestartCommand) > 0 && strings.TrimSpace(p.RestartCommand[0]) == "" {
		v.add("proxy_router.restart_command[0]", "the program to run is empty")
	}
	if len(p.RestartCommand) == 1 && strings.ContainsAny(p.RestartCommand[0], " \t") {
		v.add("proxy_router.restart_command", "give the command as a list of arguments, e.g. [systemctl, restart, proxy-router], not one shell string")
	}
	checkDuration(v, "proxy_router.restart_timeout", &p.RestartTimeout)
	checkDuration(v, "proxy_router.attestation_stale_after", &p.AttestationStaleAfter)
	if p.DefaultTEEAPIURL != "" {
		checkURL(v, "proxy_router.default_tee_api_url", p.DefaultTEEAPIURL, "https")
	}
	if p.DefaultAPIURL != "" {
		checkURL(v, "proxy_router.default_api_url", p.DefaultAPIURL, "http", "https")
	}
	if (p.DefaultAPIType == "") != (p.DefaultAPIURL == "") {
		v.add("proxy_router.default_api_type", "set default_api_type and default_api_url together")
	}
	own := map[string]bool{}
	for _, e := range c.OwnEnvs() {
		own[e] = true
	}
	for i, e := range p.APIKeyEnvs {
		path := fmt.Sprintf("proxy_router.api_key_envs[%d]", i)
		switch {
		case !envNameRe.MatchString(e):
			v.add(path, "%q is not an environment variable name", e)
		case own[e] || strings.HasPrefix(e, "MORBOT_"):
			v.add(path, "%s holds one of morbot's own secrets (or is in morbot's MORBOT_ namespace); its value would be written into models-config.json and sent to a backend, so it cannot be an API key source", e)
		}
	}
	for i, e := range p.RestartEnv {
		path := fmt.Sprintf("proxy_router.restart_env[%d]", i)
		switch {
		case !envNameRe.MatchString(e):
			v.add(path, "%q is not an environment variable name", e)
		case own[e] || strings.HasPrefix(e, "MORBOT_"):
			v.add(path, "%s holds one of morbot's own secrets (or is in morbot's MORBOT_ namespace); the restart command and the proxy-router it starts must never see it", e)
		}
	}
}

func checkSecretSource(v *checker, path, env, file string, required bool) {
	switch {
	case env != "" && file != "":
		v.add(path+"_env", "set either %s_env or %s_file, not both", path, path)
	case env != "":
		if !envNameRe.MatchString(env) {
			v.add(path+"_env", "%q is not an environment variable name", env)
		}
	case file != "":
	case required:
		v.add(path+"_env", "required: name the environment variable (or set %s_file to a file) that holds it", path)
	}
}

func checkChannels(v *checker, path string, ch Channels, re *regexp.Regexp, kind string) {
	if ch.Proposals == "" {
		v.add(path+".proposals", "required: the channel where proposals are posted")
	}
	for _, f := range []struct{ name, val string }{{"proposals", ch.Proposals}, {"reports", ch.Reports}, {"alerts", ch.Alerts}} {
		if f.val != "" && !re.MatchString(f.val) {
			v.add(path+"."+f.name, "%q is not a %s", f.val, kind)
		}
	}
}

func requiredAddress(v *checker, path, s, missing string) common.Address {
	if strings.TrimSpace(s) == "" {
		v.add(path, "%s", missing)
		return common.Address{}
	}
	return parseAddress(v, path, s)
}

func parseAddress(v *checker, path, s string) common.Address {
	a, err := chain.ParseAddress(s)
	if err != nil {
		v.add(path, "%v", err)
	}
	return a
}

func checkDecimal(v *checker, path string, d Decimal, decimals int) {
	if !d.Set() {
		return
	}
	if _, err := chain.ParseUnits(d.Raw, decimals); err != nil {
		v.add(path, "%q is not an exact non-negative decimal with at most %d decimals (%s)", d.Raw, decimals, reason(err))
	}
}

func reason(err error) string {
	if ae, ok := err.(*chain.AmountError); ok {
		return ae.Reason
	}
	return err.Error()
}

func checkDuration(v *checker, path string, d *Duration) {
	if d.Raw == "" {
		return
	}
	x, err := time.ParseDuration(d.Raw)
	if err != nil || x <= 0 {
		v.add(path, "%q is not a positive duration such as 90s, 15m or 24h", d.Raw)
		return
	}
	d.D = x
}

func checkURL(v *checker, path, s string, schemes ...string) {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || !contains(schemes, u.Scheme) {
		v.add(path, "not a URL with scheme %s and a host", strings.Join(schemes, ", "))
	}
}

func checkExplorer(v *checker, s string) {
	checkURL(v, "network.explorer_tx_url", s, "http", "https")
	if !strings.Contains(s, "{hash}") {
		v.add("network.explorer_tx_url", "must contain {hash} where the transaction hash goes")
	}
}

func checkListen(v *checker, path, s string) {
	_, port, err := net.SplitHostPort(s)
	if err != nil {
		v.add(path, "%q is not host:port", s)
		return
	}
	if p, err := strconv.Atoi(port); err != nil || p < 0 || p > 65535 {
		v.add(path, "port %q is not between 0 and 65535", port)
	}
}

func hexBytes(s string) ([]byte, error) {
	return hex.DecodeString(strings.TrimPrefix(s, "0x"))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// DiscoveryOff is the discovery.url that turns the network's view off.
const DiscoveryOff = "off"

func (c *Config) validateDiscovery(v *checker) {
	d := &c.Discovery
	if d.URL != "" && d.URL != DiscoveryOff {
		if _, err := discovery.NewFeed(d.URL); err != nil {
			v.add("discovery.url", "%v; or off to turn the network's view off", err)
		}
	}
	checkDuration(v, "discovery.interval", &d.Interval)
	checkDuration(v, "discovery.grace", &d.Grace)
	checkDuration(v, "discovery.hold", &d.Hold)
	if d.Hold.D > 24*time.Hour {
		v.add("discovery.hold", "%s is longer than 24h: a network alert would wait a day to fire", d.Hold.Raw)
	}
	for _, h := range d.RedirectHosts {
		if h == "" || strings.ContainsAny(h, "/?#@ \t") || strings.Contains(h, "://") {
			v.add("discovery.redirect_hosts", "%q is not a host: give a host name or host:port, such as cdn.example.org", h)
		}
	}
	if x := d.Interval.D; x > 0 && (x < 5*time.Second || x > 24*time.Hour) {
		v.add("discovery.interval", "%s is outside 5s … 24h", d.Interval.Raw)
	}
	iv, gr := d.Interval.Or(discovery.DefaultInterval), d.Grace.Or(discovery.DefaultGrace)
	if gr < iv {
		v.add("discovery.grace", "%s is shorter than discovery.interval (%s): a new bid would be missed before the feed was read once", gr, iv)
	}
}

// DiscoveryURL is the network view's feed: discovery.url, else the network's built-in feed; "" when
// it is off or the network has none.
func (c *Config) DiscoveryURL() string {
	switch c.Discovery.URL {
	case DiscoveryOff:
		return ""
	case "":
		return c.net.Discovery
	}
	return c.Discovery.URL
}

// ChainNetwork returns the resolved network (built-in parameters or the custom ones). Valid only after Validate.
func (c *Config) ChainNetwork() chain.Network { return c.net }

// WSEndpoints returns the WebSocket URLs to try in order: ws_urls, then those in ws_urls_env.
func (c *Config) WSEndpoints() []string {
	out := append([]string(nil), c.Network.WSURLs...)
	if c.Network.WSURLsEnv != "" {
		out = append(out, strings.FieldsFunc(os.Getenv(c.Network.WSURLsEnv), func(r rune) bool { return r == ',' || r == ' ' || r == '\n' })...)
	}
	return out
}

// RPCEndpoints returns the RPC URLs to try in order: rpc_urls, then those in rpc_urls_env.
func (c *Config) RPCEndpoints() []string {
	out := append([]string(nil), c.Network.RPCURLs...)
	if c.Network.RPCURLsEnv != "" {
		out = append(out, strings.FieldsFunc(os.Getenv(c.Network.RPCURLsEnv), func(r rune) bool { return r == ',' || r == ' ' || r == '\n' })...)
	}
	return out
}
