// Package config loads and validates morbot's one YAML configuration file. Loading rejects unknown
// fields and syntax errors with line and column; validation returns one error listing every problem
// with its field path. Secrets are never inline: only *_env (a variable name) or *_file (a path).
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/goccy/go-yaml"

	"github.com/morbotlabs/morbot/internal/chain"
)

// Config is the whole file.
type Config struct {
	Network     Network      `yaml:"network"`
	Provider    Provider     `yaml:"provider"`
	Signer      Signer       `yaml:"signer"`
	Approval    Approval     `yaml:"approval"`
	Discord     *Discord     `yaml:"discord"`
	Slack       *Slack       `yaml:"slack"`
	Console     *Console     `yaml:"console"`
	Reports     Reports      `yaml:"reports"`
	Alerts      Alerts       `yaml:"alerts"`
	ProxyRouter *ProxyRouter `yaml:"proxy_router"`
	Probe       *Probe       `yaml:"probe"`
	Discovery   Discovery    `yaml:"discovery"`
	Store       Store        `yaml:"store"`
	Metrics     Metrics      `yaml:"metrics"`
	Log         Log          `yaml:"log"`

	net chain.Network // resolved by Validate
}

// Network selects the chain and how to reach it.
type Network struct {
	Name          string   `yaml:"name"`
	ChainID       uint64   `yaml:"chain_id"`
	Diamond       string   `yaml:"diamond"`
	MORToken      string   `yaml:"mor_token"`
	Multicall3    string   `yaml:"multicall3"`
	ExplorerTxURL string   `yaml:"explorer_tx_url"`
	RPCURLs       []string `yaml:"rpc_urls"`
	// RPCURLsEnv names an environment variable holding RPC URLs (comma or space separated), for URLs
	// that embed an API key. They are tried after rpc_urls.
	RPCURLsEnv string `yaml:"rpc_urls_env"`
	// WSURLs are WebSocket endpoints (secret like RPC URLs) for new heads: with one up, events are
	// seen within a block of being mined; without, morbot polls the block number every poll_interval.
	WSURLs    []string `yaml:"ws_urls"`
	WSURLsEnv string   `yaml:"ws_urls_env"`
	// PollInterval is how often the block number is asked while no WebSocket is up (default 500ms).
	PollInterval   Duration `yaml:"poll_interval"`
	Confirmations  uint64   `yaml:"confirmations"`
	RPCTimeout     Duration `yaml:"rpc_timeout"`
	ReceiptTimeout Duration `yaml:"receipt_timeout"`
	// ReconcileInterval is how often transactions in flight are reconciled with the chain (default 5s).
	ReconcileInterval Duration `yaml:"reconcile_interval"`
	// Execution is pipelined (default: a plan's transactions signed with consecutive nonces and sent
	// together) or sequential (each sent once the previous one is confirmed).
	Execution string `yaml:"execution"`
	// Fee caps in gwei (exact decimals). A send whose fees would exceed a cap is refused.
	MaxFeePerGasGwei         Decimal `yaml:"max_fee_per_gas_gwei"`
	MaxPriorityFeePerGasGwei Decimal `yaml:"max_priority_fee_per_gas_gwei"`
	// GasHeadroomPercent is added to every gas estimate.
	GasHeadroomPercent uint64 `yaml:"gas_headroom_percent"`
}

// Discovery is the network's discovery view: the feed that lists the bids whose provider the
// network's verifier could reach from outside (active_models.json, active_bids.json).
type Discovery struct {
	// URL is the feed's base URL. Empty: the network's built-in feed (https://active.mor.org on base;
	// none elsewhere). "off" turns the network's view off.
	URL string `yaml:"url"`
	// Interval is how often the feed is read (default 5m).
	Interval Duration `yaml:"interval"`
	// Grace is how long a new bid may be missing from the feed before it counts as undiscovered, and
	// how long the feed may fail before health says the view is unavailable (default 15m).
	Grace Duration `yaml:"grace"`
	// Hold is how long what the network's view shows of a bid must last before its alert fires, and be
	// gone before it resolves (default twice the interval: three reads in a row), so a flapping feed
	// posts nothing.
	Hold Duration `yaml:"hold"`
	// RedirectHosts are the hosts (host or host:port) the feed may redirect to besides its own scheme
	// and host (none by default).
	RedirectHosts []string `yaml:"redirect_hosts"`
}

// HoldOr is discovery.hold, or twice the interval.
func (d Discovery) HoldOr(interval time.Duration) time.Duration {
	return d.Hold.Or(2 * d.Interval.Or(interval))
}

// Provider is the on-chain identity the team operates.
type Provider struct {
	Address string `yaml:"address"`
}

// Signer selects the keyring that holds the signing key.
type Signer struct {
	Backends       []string `yaml:"backends"`
	Service        string   `yaml:"service"`
	Key            string   `yaml:"key"`
	FileDir        string   `yaml:"file_dir"`
	PassDir        string   `yaml:"pass_dir"`
	PassphraseEnv  string   `yaml:"passphrase_env"`
	PassphraseFile string   `yaml:"passphrase_file"`
	// Refused when set: secrets are never inline.
	Passphrase string `yaml:"passphrase"`
	PrivateKey string `yaml:"private_key"`
}

// Approval is the team policy for proposals.
type Approval struct {
	Quorum    int      `yaml:"quorum"`
	Approvers Members  `yaml:"approvers"`
	Proposers *Members `yaml:"proposers"`
	// Viewers may run the read commands (status, proposals, audit, …); leave out for approvers plus
	// proposers. Anyone else gets a polite refusal.
	Viewers            *Members `yaml:"viewers"`
	ProposerMayApprove bool     `yaml:"proposer_may_approve"`
	AnyRejectEnds      *bool    `yaml:"any_reject_ends"`
	Expiry             Duration `yaml:"expiry"`
	Caps               Caps     `yaml:"caps"`
	// AutoApprove lists the kinds of plan that execute without votes. Only "claim" is accepted:
	// claimForProvider moves MOR from the marketplace to the provider wallet and nowhere else. The
	// plan is still simulated twice, audited and posted.
	AutoApprove []string `yaml:"auto_approve"`
	// Members name the people behind platform identities: one person with a Discord and a Slack
	// identity is one member, so the quorum counts them once and their own proposal is theirs on
	// every platform. The per-platform lists above still say who may do what.
	Members []Member `yaml:"members"`
}

// Member is one person and their identities: at most one ID per platform.
type Member struct {
	Name    string `yaml:"name"`
	Discord string `yaml:"discord"`
	Slack   string `yaml:"slack"`
	Console string `yaml:"console"`
}

// AutoApprovable are the plan kinds approval.auto_approve may name.
var AutoApprovable = []string{"claim"}

// Members lists people and groups per platform. IDs are immutable platform IDs, never display names.
type Members struct {
	Discord *DiscordMembers `yaml:"discord"`
	Slack   *SlackMembers   `yaml:"slack"`
	Console *ConsoleMembers `yaml:"console"`
}

// DiscordMembers are Discord user and role IDs (snowflakes).
type DiscordMembers struct {
	Users []string `yaml:"users"`
	Roles []string `yaml:"roles"`
}

// SlackMembers are Slack user and user-group IDs.
type SlackMembers struct {
	Users  []string `yaml:"users"`
	Groups []string `yaml:"groups"`
}

// ConsoleMembers are console identities (local names used by `run --console`).
type ConsoleMembers struct {
	Users []string `yaml:"users"`
}

// Caps bound what one proposal may do, checked at propose time and again before sending.
type Caps struct {
	MaxApprove        Decimal `yaml:"max_approve"`
	MaxStake          Decimal `yaml:"max_stake"`
	MaxPricePerSecond Decimal `yaml:"max_price_per_second"`
}

// Channels name where proposals, reports and alerts are posted.
type Channels struct {
	Proposals string `yaml:"proposals"`
	Reports   string `yaml:"reports"`
	Alerts    string `yaml:"alerts"`
}

// Discord configures the Discord adapter.
type Discord struct {
	Mode          string   `yaml:"mode"`
	ApplicationID string   `yaml:"application_id"`
	PublicKey     string   `yaml:"public_key"`
	TokenEnv      string   `yaml:"token_env"`
	TokenFile     string   `yaml:"token_file"`
	Guilds        []string `yaml:"guilds"`
	Channels      Channels `yaml:"channels"`
	Listen        string   `yaml:"listen"`
	ListenNote    string   `yaml:"listen_note"` // why listen is not a loopback address (silences config check's warning)
	APIURL        string   `yaml:"api_url"`
	Token         string   `yaml:"token"` // refused: inline secret
}

// Slack configures the Slack adapter.
type Slack struct {
	Mode              string   `yaml:"mode"`
	BotTokenEnv       string   `yaml:"bot_token_env"`
	BotTokenFile      string   `yaml:"bot_token_file"`
	AppTokenEnv       string   `yaml:"app_token_env"`
	AppTokenFile      string   `yaml:"app_token_file"`
	SigningSecretEnv  string   `yaml:"signing_secret_env"`
	SigningSecretFile string   `yaml:"signing_secret_file"`
	Teams             []string `yaml:"teams"`
	Channels          Channels `yaml:"channels"`
	Listen            string   `yaml:"listen"`
	ListenNote        string   `yaml:"listen_note"` // why listen is not a loopback address (silences config check's warning)
	APIURL            string   `yaml:"api_url"`
	BotToken          string   `yaml:"bot_token"`      // refused: inline secret
	AppToken          string   `yaml:"app_token"`      // refused: inline secret
	SigningSecret     string   `yaml:"signing_secret"` // refused: inline secret
}

// Console configures the terminal adapter of `morbot run --console`.
type Console struct {
	// User is the identity the console starts as (switch with /as).
	User string `yaml:"user"`
}

// Reports configures the schedules and alert thresholds.
type Reports struct {
	Timezone   string `yaml:"timezone"`
	StatusCron string `yaml:"status_cron"`
	AlertsCron string `yaml:"alerts_cron"`
	// ClaimCron runs the claim sweep: it proposes claimForProvider for every session paying at least
	// thresholds.min_claim (executed at once with approval.auto_approve: [claim]). Empty: never.
	ClaimCron string `yaml:"claim_cron"`
	// ChartCron posts the status report with the weekly picture attached (e.g. "0 9 * * 1"). Empty: never.
	ChartCron      string     `yaml:"chart_cron"`
	RepeatInterval Duration   `yaml:"repeat_interval"`
	Thresholds     Thresholds `yaml:"thresholds"`
}

// Alerts holds the alerts' settings that are not thresholds of the team's own position.
type Alerts struct {
	// RankBelow: rank-dropped fires when consumers' nodes rank one of our bids below this place on its
	// model (default 1: any other bid rated above ours).
	RankBelow int `yaml:"rank_below"`
}

// Thresholds for alerts.
type Thresholds struct {
	MinETH             Decimal `yaml:"min_eth"`
	EarningsCapPercent int     `yaml:"earnings_cap_percent"`
	StuckTxBlocks      uint64  `yaml:"stuck_tx_blocks"`
	// MinClaim (MOR) is the smallest claim the sweep proposes, and what must have waited over a day
	// before the claimable-waiting alert fires (default 0).
	MinClaim Decimal `yaml:"min_claim"`
}

// ConfigPath is the file morbot edits to serve a model: models_config, or in env mode the env file.
func (p *ProxyRouter) ConfigPath() string {
	if p.ModelsConfigMode == "env" {
		return p.ModelsConfigEnvFile
	}
	return p.ModelsConfig
}

// RestartOutputPath is where the restart command's output goes.
func (p *ProxyRouter) RestartOutputPath() string {
	if p.RestartOutput != "" {
		return p.RestartOutput
	}
	if p.ConfigPath() == "" {
		return ""
	}
	return filepath.Join(filepath.Dir(p.ConfigPath()), "proxy-router-restart.log")
}

// ProxyRouter configures the provider node integration.
type ProxyRouter struct {
	APIURL       string `yaml:"api_url"`
	CookieFile   string `yaml:"cookie_file"`
	ModelsConfig string `yaml:"models_config"`
	// ModelsConfigMode is where the node reads its models config: file (models_config, the default) or
	// env (the -tee image and Akash: MODELS_CONFIG_CONTENT, written to models_config_env_file, which
	// the team's deployment reads; the restart command redeploys).
	ModelsConfigMode    string   `yaml:"models_config_mode"`
	ModelsConfigEnvFile string   `yaml:"models_config_env_file"`
	RestartCommand      []string `yaml:"restart_command"`
	RestartTimeout      Duration `yaml:"restart_timeout"`
	// RestartOutput is the file the restart command's output goes to (appended, mode 0600; default
	// proxy-router-restart.log beside models_config): a node started in the background keeps writing
	// there. Chat shows a short, scrubbed excerpt.
	RestartOutput string `yaml:"restart_output"`
	// RestartEnv are the environment variables the restart command gets beyond PATH, HOME and LANG
	// (it runs with nothing else of morbot's environment). None of morbot's own secrets may be listed.
	RestartEnv []string `yaml:"restart_env"`
	// Defaults for serving a newly registered model; with both set, a confirmed model create offers
	// an "Add to proxy-router" button.
	DefaultAPIType string `yaml:"default_api_type"`
	DefaultAPIURL  string `yaml:"default_api_url"`
	// DefaultTEEAPIURL is the default backend of models tagged tee: https, as the node pins the
	// backend's certificate ("": default_api_url).
	DefaultTEEAPIURL string `yaml:"default_tee_api_url"`
	// APIKeyEnvs are the environment variables `model serve --api-key-env` may name: their values go
	// into models-config.json for the proxy-router to send to the backend. None of morbot's own
	// secrets may be listed.
	APIKeyEnvs []string `yaml:"api_key_envs"`
	// ProbeBackends sends each backend one HEAD per health check (never a completion) to tell a
	// backend that is down, out of credit (402) or rate limited (429). Off by default.
	ProbeBackends bool `yaml:"probe_backends"`
	// AttestationStaleAfter: a TEE model (tagged tee) whose node reports no passing attestation for
	// this long raises attestation-stale (default 1h).
	AttestationStaleAfter Duration `yaml:"attestation_stale_after"`
}

// Probe configures the probe: a consumer's proxy-router (C-node) that morbot drives to buy one
// answer from each of the team's own bids, as a paying consumer would. The C-node's wallet is the
// consumer; morbot never holds its key.
type Probe struct {
	ConsumerAPIURL string `yaml:"consumer_api_url"` // the C-node's HTTP API
	CookieFile     string `yaml:"cookie_file"`      // its basic auth, "user:password"
	// Schedule is a cron spec for scheduled probes ("": off, the default).
	Schedule string `yaml:"schedule"`
	// SessionSeconds is each probe session's length (default: the contract's minimum, read on chain).
	SessionSeconds uint64 `yaml:"session_seconds"`
	Prompt         string `yaml:"prompt"` // default "Reply with the single word: ok"
	// MaxPerDay bounds the probes started per UTC day, scheduled or asked for (default 24).
	MaxPerDay int `yaml:"max_per_day"`
	// MaxMORLocked bounds the MOR one probe session stakes (default 1 MOR).
	MaxMORLocked Decimal `yaml:"max_mor_locked"`
	// StepTimeout bounds each step: the open, the prompt, the close (default 2m).
	StepTimeout Duration `yaml:"step_timeout"`
	// FailuresToAlert: probe-failed fires after this many scheduled probes of a bid failed in a row
	// (default 2).
	FailuresToAlert int `yaml:"failures_to_alert"`
}

// Store configures the database: the embedded SQLite file (the default), or a PostgreSQL server shared
// by replicas on several hosts.
type Store struct {
	Driver string `yaml:"driver"` // sqlite (default) or postgres
	Path   string `yaml:"path"`   // sqlite: the database file
	// DSNEnv names the environment variable holding the PostgreSQL DSN (postgres): it can hold a
	// password, so it is never written in this file.
	DSNEnv string `yaml:"dsn_env"`
	DSN    string `yaml:"dsn"` // refused: an inline DSN can hold a password
	// LeaseTTL is how long the executor lease outlives its holder's last heartbeat (default 15s): a
	// standby takes over that long after the holder stops.
	LeaseTTL Duration `yaml:"lease_ttl"`
}

// Metrics configures the Prometheus and health endpoint.
type Metrics struct {
	Listen     string `yaml:"listen"`
	ListenNote string `yaml:"listen_note"` // why listen is not a loopback address (silences config check's warning)
}

// Log configures logging.
type Log struct {
	Level  string `yaml:"level"`
	Format string `yaml:"format"`
}

// OwnEnvs are the environment variables morbot reads its own secrets from: every setting named
// "…_env" of every section (the keyring passphrase's default included), found by walking the
// configuration, so that a setting added later is one too. None of them may be handed to the restart
// command or written into models-config.json.
func (c *Config) OwnEnvs() []string {
	pass := c.Signer.PassphraseEnv
	if pass == "" {
		pass = DefaultPassphraseEnv
	}
	own := []string{pass}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			t := v.Type()
			for i := 0; i < t.NumField(); i++ {
				f := t.Field(i)
				if !f.IsExported() {
					continue
				}
				tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
				if strings.HasSuffix(tag, "_env") && f.Type.Kind() == reflect.String {
					if s := v.Field(i).String(); s != "" && !slices.Contains(own, s) {
						own = append(own, s)
					}
					continue
				}
				walk(v.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(c).Elem())
	return own
}

// Load reads, decodes and validates a configuration file.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("read config %s: %w", path, pe.Err)
		}
		return nil, fmt.Errorf("read config %s: %w", path, err)
	}
	return Parse(path, data)
}

// Parse decodes and validates configuration bytes; name is used in messages.
func Parse(name string, data []byte) (*Config, error) {
	var c Config
	if err := yaml.UnmarshalWithOptions(data, &c, yaml.Strict(), yaml.DisallowUnknownField()); err != nil {
		return nil, decodeError(name, err)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// decodeError turns a YAML error into "file:line:col: message".
func decodeError(name string, err error) error {
	var ye yaml.Error
	if errors.As(err, &ye) {
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			return fmt.Errorf("%s:%d:%d: %s", name, tk.Position.Line, tk.Position.Column, ye.GetMessage())
		}
		return fmt.Errorf("%s: %s", name, ye.GetMessage())
	}
	return fmt.Errorf("%s: %w", name, err)
}

// Defaults applied when a field is left out.
const (
	DefaultPassphraseEnv  = "MORBOT_KEYRING_PASSPHRASE"
	DefaultService        = "morbot"
	DefaultStorePath      = "morbot.db"
	DefaultRPCTimeout     = 10 * time.Second
	DefaultReceiptTimeout = 5 * time.Minute
	DefaultReconcile      = 5 * time.Second
	DefaultPollInterval   = 500 * time.Millisecond // network.poll_interval: the block number, while no WebSocket is up
	DefaultLeaseTTL       = 15 * time.Second
	DefaultExpiry         = 24 * time.Hour
	DefaultRepeatInterval = 4 * time.Hour
	DefaultRestartTimeout = 2 * time.Minute
)
