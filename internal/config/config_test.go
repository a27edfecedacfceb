package config

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const validYAML = `
network:
  name: base-sepolia
  rpc_urls: [http://127.0.0.1:8545]
  max_fee_per_gas_gwei: "2"
provider:
  address: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
signer:
  backends: [file]
  key: operator
approval:
  quorum: 2
  approvers:
    discord:
      users: ["112233445566778899", "223344556677889900"]
  expiry: 24h
  caps:
    max_stake: "2.5"
discord:
  application_id: "123456789012345678"
  token_env: DISCORD_TOKEN
  guilds: ["998877665544332211"]
  channels:
    proposals: "111111111111111111"
reports:
  status_cron: "0 9 * * 1-5"
  alerts_cron: "*/10 * * * * *"
`

func TestValidConfig(t *testing.T) {
	t.Parallel()
	c, err := Parse("valid.yaml", []byte(validYAML))
	if err != nil {
		t.Fatalf("valid config refused: %v", err)
	}
	n := c.ChainNetwork()
	if n.ChainID != 84532 || n.Diamond.Hex() != "0x6e4d0B775E3C3b02683A6F277Ac80240C4aFF930" {
		t.Fatalf("base-sepolia resolved wrongly: %+v", n)
	}
	if c.Approval.Expiry.D.Hours() != 24 {
		t.Fatalf("expiry = %v", c.Approval.Expiry.D)
	}
	if c.Approval.Caps.MaxStake.Raw != "2.5" {
		t.Fatalf("cap kept as %q, want exact text 2.5", c.Approval.Caps.MaxStake.Raw)
	}
}

func TestExampleConfigIsValid(t *testing.T) {
	t.Parallel()
	if _, err := Load(filepath.Join("..", "..", "configs", "morbot.example.yaml")); err != nil {
		t.Fatalf("example config: %v", err)
	}
}

func TestBrokenConfigs(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		old, new string
		want     string
	}{
		{"inline secret", `token_env: DISCORD_TOKEN`, `token: abc.def.ghi`, "discord.token: inline secrets are not allowed"},
		{"inline passphrase", `key: operator`, "key: operator\n  passphrase: hunter2", "signer.passphrase: inline secrets are not allowed"},
		{"quorum above approvers", `quorum: 2`, `quorum: 3`, "approval.quorum: 3 exceeds the 2 approvers listed"},
		{"quorum zero", `quorum: 2`, `quorum: 0`, "approval.quorum: must be at least 1"},
		{"unknown network", `name: base-sepolia`, `name: optimism`, `network.name: unknown network "optimism"`},
		{"malformed address", `"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"`, `"0x1234"`, "provider.address: \"0x1234\" is not an address: it has 4 hex digits"},
		{"bad checksum", `"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"`, `"0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"`, "provider.address: \"0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266\" has a bad EIP-55 checksum"},
		{"unknown field", `confirmations_x: 1`, `confirmations_x: 1`, ""}, // placeholder replaced below
		{"bad cron", `"0 9 * * 1-5"`, `"0 9 * *"`, `reports.status_cron: "0 9 * *" is not a cron spec`},
		{"negative cap", `max_stake: "2.5"`, `max_stake: "-1"`, `approval.caps.max_stake: "-1" is not an exact non-negative decimal`},
		{"non-decimal cap", `max_stake: "2.5"`, `max_stake: 1e18`, `approval.caps.max_stake: "1e18" is not an exact non-negative decimal`},
		{"too many decimals in cap", `max_stake: "2.5"`, `max_stake: "0.1234567890123456789"`, "it has 19 decimals; at most 18"},
		{"duplicate approver", `users: ["112233445566778899", "223344556677889900"]`, `users: ["112233445566778899", "112233445566778899"]`, `approval.approvers.discord.users[1]: duplicate approver "112233445566778899"`},
		{"custom network missing diamond", "name: base-sepolia", "name: custom\n  chain_id: 31337\n  mor_token: \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"", "network.diamond: the Diamond (marketplace) contract is required"},
		{"empty rpc_urls", `rpc_urls: [http://127.0.0.1:8545]`, `rpc_urls: []`, "network.rpc_urls: at least one RPC URL is required"},
		{"built-in chain id override", "name: base-sepolia", "name: base-sepolia\n  chain_id: 1", "network.chain_id: 1 does not match base-sepolia (chain ID 84532)"},
		{"built-in diamond override", "name: base-sepolia", "name: base-sepolia\n  diamond: \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"", "network.diamond: set only for network custom"},
		{"unknown backend", `backends: [file]`, `backends: [vault]`, `signer.backends[0]: unknown keyring backend "vault"; known backends are file,`},
		{"bad duration", `expiry: 24h`, `expiry: tomorrow`, `approval.expiry: "tomorrow" is not a positive duration`},
		{"bad rpc scheme", `rpc_urls: [http://127.0.0.1:8545]`, `rpc_urls: [ftp://127.0.0.1]`, "network.rpc_urls[0]: not a URL with scheme http, https, ws, wss"},
		{"discord http without key", `token_env: DISCORD_TOKEN`, "token_env: DISCORD_TOKEN\n  mode: http\n  listen: 127.0.0.1:8081", "discord.public_key: required in http mode"},
		{"private key in config", `key: operator`, "key: operator\n  private_key: \"0xabc\"", "signer.private_key: private keys never go in the config"},
		{"api key env is the passphrase", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nproxy_router:\n  models_config: /tmp/m.json\n  api_key_envs: [OPENAI_KEY, MORBOT_KEYRING_PASSPHRASE]",
			"proxy_router.api_key_envs[1]: MORBOT_KEYRING_PASSPHRASE holds one of morbot's own secrets"},
		{"api key env is the bot token", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nproxy_router:\n  models_config: /tmp/m.json\n  api_key_envs: [DISCORD_TOKEN]",
			"proxy_router.api_key_envs[0]: DISCORD_TOKEN holds one of morbot's own secrets"},
		{"api key env in morbot's namespace", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nproxy_router:\n  models_config: /tmp/m.json\n  api_key_envs: [MORBOT_ANYTHING]",
			"proxy_router.api_key_envs[0]: MORBOT_ANYTHING holds one of morbot's own secrets (or is in morbot's MORBOT_ namespace)"},
		{"env mode without its file", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nproxy_router:\n  models_config_mode: env",
			"proxy_router.models_config_env_file: is required with models_config_mode: env"},
		{"env mode with a file not named .env", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nproxy_router:\n  models_config_mode: env\n  models_config_env_file: /opt/pr/config.json",
			`proxy_router.models_config_env_file: "/opt/pr/config.json" must be a file whose name ends in .env`},
		{"env mode beside a models_config", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nproxy_router:\n  models_config: /tmp/m.json\n  models_config_mode: env\n  models_config_env_file: /opt/pr/pr.env",
			"proxy_router.models_config: is not used with models_config_mode: env"},
		{"an env file in file mode", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nproxy_router:\n  models_config: /tmp/m.json\n  models_config_env_file: /opt/pr/pr.env",
			"proxy_router.models_config_env_file: is read only with models_config_mode: env"},
		{"an unknown mode", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nproxy_router:\n  models_config_mode: yaml",
			`proxy_router.models_config_mode: "yaml" is not file or env`},
		{"a TEE default backend over http", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nproxy_router:\n  models_config: /tmp/m.json\n  default_tee_api_url: http://gpu.example/v1",
			"proxy_router.default_tee_api_url: not a URL with scheme https and a host"},
		{"rank_below negative", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nalerts:\n  rank_below: -1",
			"alerts.rank_below: -1 is not a place"},
		{"probe without its node", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nprobe:\n  schedule: \"@hourly\"",
			"probe.consumer_api_url: the probe needs the consumer node's API URL"},
		{"probe node not a URL", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nprobe:\n  consumer_api_url: 127.0.0.1:8082",
			"probe.consumer_api_url: not a URL with scheme http, https"},
		{"probe bad cron", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nprobe:\n  consumer_api_url: http://127.0.0.1:8082\n  schedule: \"every hour\"",
			`probe.schedule: "every hour" is not a cron spec`},
		{"probe negative budget", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nprobe:\n  consumer_api_url: http://127.0.0.1:8082\n  max_per_day: -1",
			"probe.max_per_day: -1 is not a number of probes"},
		{"probe negative failures", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nprobe:\n  consumer_api_url: http://127.0.0.1:8082\n  failures_to_alert: -2",
			"probe.failures_to_alert: -2 is not a number of probes"},
		{"probe cap not a decimal", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nprobe:\n  consumer_api_url: http://127.0.0.1:8082\n  max_mor_locked: 1e18",
			`probe.max_mor_locked: "1e18" is not an exact non-negative decimal`},
		{"probe bad step timeout", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nprobe:\n  consumer_api_url: http://127.0.0.1:8082\n  step_timeout: soon",
			`probe.step_timeout: "soon" is not a positive duration`},
		{"probe prompt too long", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nprobe:\n  consumer_api_url: http://127.0.0.1:8082\n  prompt: \"" + strings.Repeat("a", 2001) + "\"",
			"probe.prompt: is 2001 bytes; keep a probe's prompt under 2000 bytes"},
		{"api key env not a name", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nproxy_router:\n  models_config: /tmp/m.json\n  api_key_envs: [\"A B\"]",
			`proxy_router.api_key_envs[0]: "A B" is not an environment variable name`},
		{"auto-approve beyond claims", `expiry: 24h`, "expiry: 24h\n  auto_approve: [claim, bid]", `approval.auto_approve[1]: "bid" cannot be auto-approved; only claim can`},
		{"auto-approve twice", `expiry: 24h`, "expiry: 24h\n  auto_approve: [claim, claim]", `approval.auto_approve[1]: "claim" is listed twice`},
		{"bad claim cron", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\n  claim_cron: \"daily\"", `reports.claim_cron: "daily" is not a cron spec`},
		{"bad min claim", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\n  thresholds:\n    min_claim: \"-1\"", `reports.thresholds.min_claim: "-1" is not an exact non-negative decimal`},
		{"lease ttl too short", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nstore:\n  lease_ttl: 100ms", "store.lease_ttl: 100ms is outside 1s … 10m"},
		{"postgres without dsn_env", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nstore:\n  driver: postgres", "store.dsn_env: store.driver postgres needs the name of the environment variable holding the DSN"},
		{"postgres dsn_env not a name", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nstore:\n  driver: postgres\n  dsn_env: \"A B\"", `store.dsn_env: "A B" is not an environment variable name`},
		{"postgres with a path", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nstore:\n  driver: postgres\n  dsn_env: MORBOT_PG_DSN\n  path: /tmp/x.db", "store.path: is for store.driver: sqlite"},
		{"sqlite with a dsn_env", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nstore:\n  dsn_env: MORBOT_PG_DSN", "store.dsn_env: is for store.driver: postgres"},
		{"inline dsn", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nstore:\n  driver: postgres\n  dsn_env: MORBOT_PG_DSN\n  dsn: \"postgres://u:hunter2@db/m\"", "store.dsn: inline DSNs are not allowed"},
		{"restart env is the passphrase", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nproxy_router:\n  models_config: /tmp/m.json\n  restart_env: [WALLET, MORBOT_KEYRING_PASSPHRASE]", "proxy_router.restart_env[1]: MORBOT_KEYRING_PASSPHRASE holds one of morbot's own secrets"},
		{"restart env is the WebSocket URLs' variable", `max_fee_per_gas_gwei: "2"`, "max_fee_per_gas_gwei: \"2\"\n  ws_urls_env: NODE_WS\nproxy_router:\n  models_config: /tmp/m.json\n  restart_env: [NODE_WS]",
			"proxy_router.restart_env[0]: NODE_WS holds one of morbot's own secrets"},
		{"api key env is the WebSocket URLs' variable", `max_fee_per_gas_gwei: "2"`, "max_fee_per_gas_gwei: \"2\"\n  ws_urls_env: NODE_WS\nproxy_router:\n  models_config: /tmp/m.json\n  api_key_envs: [NODE_WS]",
			"proxy_router.api_key_envs[0]: NODE_WS holds one of morbot's own secrets"},
		{"restart env is the RPC URLs' variable", `max_fee_per_gas_gwei: "2"`, "max_fee_per_gas_gwei: \"2\"\n  rpc_urls_env: NODE_RPC\nproxy_router:\n  models_config: /tmp/m.json\n  restart_env: [NODE_RPC]",
			"proxy_router.restart_env[0]: NODE_RPC holds one of morbot's own secrets"},
		{"restart env is the bot token", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nproxy_router:\n  models_config: /tmp/m.json\n  restart_env: [DISCORD_TOKEN]", "proxy_router.restart_env[0]: DISCORD_TOKEN holds one of morbot's own secrets"},
		{"restart env not a name", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nproxy_router:\n  models_config: /tmp/m.json\n  restart_env: [\"A=B\"]", `proxy_router.restart_env[0]: "A=B" is not an environment variable name`},
		{"an ID under two members", `expiry: 24h`, "expiry: 24h\n  members:\n    - {name: alice, console: alice}\n    - {name: bob, console: alice}", `approval.members[1].console: console ID alice is already listed under member "alice"`},
		{"quorum above the people", `users: ["112233445566778899", "223344556677889900"]`, "users: [\"112233445566778899\"]\n    console:\n      users: [alice]\n  members:\n    - {name: alice, discord: \"112233445566778899\", console: alice}",
			"approval.quorum: 2 exceeds the 1 people who can approve (2 approver IDs, but approval.members puts some of them under one person, who votes once)"},
		{"an approver outside the members", `expiry: 24h`, "expiry: 24h\n  members:\n    - {name: alice, discord: \"112233445566778899\"}",
			"approval.approvers.discord.users[1]: discord ID 223344556677889900 belongs to no approval.members entry"},
		{"a member without a name", `expiry: 24h`, "expiry: 24h\n  members:\n    - {console: alice}", "approval.members[0].name: every member needs a name"},
		{"a member named twice", `expiry: 24h`, "expiry: 24h\n  members:\n    - {name: alice, console: alice}\n    - {name: Alice, console: bob}", `approval.members[1].name: "Alice" is already the name of approval.members[0]`},
		{"a member without identities", `expiry: 24h`, "expiry: 24h\n  members:\n    - {name: alice}", "approval.members[0]: list at least one identity"},
		{"a member's bad discord id", `expiry: 24h`, "expiry: 24h\n  members:\n    - {name: alice, discord: alice}", `approval.members[0].discord: "alice" is not a Discord user ID`},
		{"a member's bad slack id", `expiry: 24h`, "expiry: 24h\n  members:\n    - {name: alice, slack: alice}", `approval.members[0].slack: "alice" is not a Slack user ID`},
		{"unknown store driver", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nstore:\n  driver: mysql", `store.driver: "mysql" is not a driver; use sqlite (the default) or postgres`},
		{"discovery url not a url", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\ndiscovery:\n  url: active.mor.org", "discovery.url: not a feed base URL: give an http or https URL"},
		{"discovery url with credentials", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\ndiscovery:\n  url: https://u:p@active.mor.org", "discovery.url: not a feed base URL"},
		{"discovery interval too short", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\ndiscovery:\n  interval: 1s", "discovery.interval: 1s is outside 5s … 24h"},
		{"discovery grace under the interval", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\ndiscovery:\n  interval: 10m\n  grace: 5m", "discovery.grace: 5m0s is shorter than discovery.interval (10m0s)"},
		{"discovery grace not a duration", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\ndiscovery:\n  grace: soon", `discovery.grace: "soon" is not a positive duration`},
		{"ws url not a websocket", `max_fee_per_gas_gwei: "2"`, "max_fee_per_gas_gwei: \"2\"\n  ws_urls: [\"http://127.0.0.1:8546\"]", "network.ws_urls[0]: not a URL with scheme ws, wss and a host"},
		{"ws env not a name", `max_fee_per_gas_gwei: "2"`, "max_fee_per_gas_gwei: \"2\"\n  ws_urls_env: \"A B\"", `network.ws_urls_env: "A B" is not an environment variable name`},
		{"poll interval too short", `max_fee_per_gas_gwei: "2"`, "max_fee_per_gas_gwei: \"2\"\n  poll_interval: 10ms", "network.poll_interval: 10ms is outside 100ms … 1m"},
		{"dsn env as an api key", `alerts_cron: "*/10 * * * * *"`, "alerts_cron: \"*/10 * * * * *\"\nstore:\n  driver: postgres\n  dsn_env: PG_DSN\nproxy_router:\n  models_config: /tmp/m.json\n  api_key_envs: [PG_DSN]", "proxy_router.api_key_envs[0]: PG_DSN holds one of morbot's own secrets"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var src string
			if tc.name == "unknown field" {
				src = strings.Replace(validYAML, "  max_fee_per_gas_gwei:", "  max_fee_per_gass_gwei: \"1\"\n  max_fee_per_gas_gwei:", 1)
				tc.want = `unknown field "max_fee_per_gass_gwei"`
			} else {
				if !strings.Contains(validYAML, tc.old) {
					t.Fatalf("test bug: %q not in base config", tc.old)
				}
				src = strings.Replace(validYAML, tc.old, tc.new, 1)
			}
			_, err := Parse("broken.yaml", []byte(src))
			if err == nil {
				t.Fatalf("config accepted; want error containing %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error does not name the problem\n got: %v\nwant: %s", err, tc.want)
			}
		})
	}
}

func TestAllProblemsListedAtOnce(t *testing.T) {
	t.Parallel()
	src := strings.Replace(validYAML, `quorum: 2`, `quorum: 0`, 1)
	src = strings.Replace(src, `name: base-sepolia`, `name: nowhere`, 1)
	src = strings.Replace(src, `"0 9 * * 1-5"`, `"bad"`, 1)
	_, err := Parse("x.yaml", []byte(src))
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("want *ValidationError, got %v", err)
	}
	if len(ve.Problems) != 3 {
		t.Fatalf("want 3 problems, got %d: %v", len(ve.Problems), err)
	}
}

func TestSyntaxErrorHasLineAndColumn(t *testing.T) {
	t.Parallel()
	_, err := Parse("bad.yaml", []byte("network:\n  name: base\n   rpc_urls: [x\n"))
	if err == nil {
		t.Fatal("syntax error accepted")
	}
	if !regexp.MustCompile(`^bad\.yaml:\d+:\d+: `).MatchString(err.Error()) {
		t.Fatalf("want file:line:col prefix, got %v", err)
	}
}

func TestMissingFileNamesPathAndReason(t *testing.T) {
	t.Parallel()
	p := filepath.Join(t.TempDir(), "nope.yaml")
	_, err := Load(p)
	if err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "no such file or directory") {
		t.Fatalf("got %v", err)
	}
}

func TestSecretNeverPrints(t *testing.T) {
	t.Setenv("MORBOT_TEST_SECRET", "s3cr3t-value")
	s, err := SecretSource{Env: "MORBOT_TEST_SECRET"}.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{s.String(), s.GoString(), sprintf("%v %+v %#v %s %q", s, s, s, s, s)} {
		if strings.Contains(out, "s3cr3t") {
			t.Fatalf("secret leaked: %s", out)
		}
	}
	if s.Reveal() != "s3cr3t-value" {
		t.Fatal("Reveal lost the value")
	}
	f := filepath.Join(t.TempDir(), "tok")
	if err := os.WriteFile(f, []byte("from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	fs, err := SecretSource{File: f}.Load()
	if err != nil || fs.Reveal() != "from-file" {
		t.Fatalf("file secret: %v %q", err, fs.Reveal())
	}
	if _, err := (SecretSource{Env: "MORBOT_UNSET_VAR_X"}).Load(); err == nil || !strings.Contains(err.Error(), "MORBOT_UNSET_VAR_X is not set") {
		t.Fatalf("unset env: %v", err)
	}
}

func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(validYAML))
	f.Add([]byte("network: {name: base}\n"))
	f.Add([]byte("approval:\n  quorum: -1\n  caps: {max_stake: 1e18}\n"))
	f.Add([]byte("{{{"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("fuzz.yaml", data)
		if err == nil && c == nil {
			t.Fatal("no config and no error")
		}
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		// A config that loaded validates again with the same result: validation is deterministic and
		// does not depend on its own side effects.
		net := c.ChainNetwork()
		if err := c.Validate(); err != nil {
			t.Fatalf("a loaded config fails a second validation: %v", err)
		}
		if again := c.ChainNetwork(); again != net {
			t.Fatalf("the resolved network changed on a second validation: %+v vs %+v", net, again)
		}
	})
}

// The network's view: base has a built-in feed, other networks none; discovery.url overrides it, and
// off turns it off.
func TestDiscoveryURL(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ network, url, want string }{
		{"base", "", "https://active.mor.org"},
		{"base", "off", ""},
		{"base", "http://127.0.0.1:9/feed", "http://127.0.0.1:9/feed"},
		{"base-sepolia", "", ""},
		{"arbitrum", "", ""},
		{"base-sepolia", "https://feed.example.org", "https://feed.example.org"},
	} {
		src := strings.Replace(validYAML, "name: base-sepolia", "name: "+c.network, 1)
		if c.url != "" {
			src += "discovery:\n  url: " + c.url + "\n"
		}
		cfg, err := Parse("d.yaml", []byte(src))
		if err != nil {
			t.Fatalf("%s %q: %v", c.network, c.url, err)
		}
		if got := cfg.DiscoveryURL(); got != c.want {
			t.Errorf("%s %q: %q, want %q", c.network, c.url, got, c.want)
		}
	}
}
