package config

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
)

// Secret holds a token, signing secret or passphrase. It never prints itself: String, GoString,
// MarshalText and LogValue all give "<secret>". Use Reveal only where the value is handed to the
// library that needs it.
type Secret struct{ v string }

// NewSecret wraps a secret value.
func NewSecret(v string) Secret { return Secret{v: v} }

const redacted = "<secret>"

// Reveal returns the secret value.
func (s Secret) Reveal() string { return s.v }

// Empty reports whether no value is held.
func (s Secret) Empty() bool { return s.v == "" }

func (s Secret) String() string               { return redacted }
func (s Secret) GoString() string             { return redacted }
func (s Secret) MarshalText() ([]byte, error) { return []byte(redacted), nil }
func (s Secret) LogValue() slog.Value         { return slog.StringValue(redacted) }
func (s Secret) Format(f fmt.State, _ rune)   { _, _ = f.Write([]byte(redacted)) }

// SecretSource names where a secret comes from: an environment variable or a file. Inline values
// are refused by validation.
type SecretSource struct {
	Env  string
	File string
}

// Set reports whether a source is configured.
func (s SecretSource) Set() bool { return s.Env != "" || s.File != "" }

// Describe says where the secret is read from, without its value.
func (s SecretSource) Describe() string {
	switch {
	case s.Env != "":
		return "env " + s.Env
	case s.File != "":
		return "file " + s.File
	default:
		return "not set"
	}
}

// Load reads the secret. Errors name the source, never the value.
func (s SecretSource) Load() (Secret, error) {
	switch {
	case s.Env != "":
		v, ok := os.LookupEnv(s.Env)
		if !ok || v == "" {
			return Secret{}, fmt.Errorf("environment variable %s is not set", s.Env)
		}
		return Secret{v: v}, nil
	case s.File != "":
		b, err := os.ReadFile(s.File)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				return Secret{}, fmt.Errorf("read secret file %s: %w", s.File, pe.Err)
			}
			return Secret{}, fmt.Errorf("read secret file %s: %w", s.File, err)
		}
		v := strings.TrimRight(string(b), "\r\n")
		if v == "" {
			return Secret{}, fmt.Errorf("secret file %s is empty", s.File)
		}
		return Secret{v: v}, nil
	default:
		return Secret{}, errors.New("no secret source configured")
	}
}

// PassphraseSource returns where the keyring passphrase is read from (default: $MORBOT_KEYRING_PASSPHRASE).
func (s Signer) PassphraseSource() SecretSource {
	if s.PassphraseEnv == "" && s.PassphraseFile == "" {
		return SecretSource{Env: DefaultPassphraseEnv}
	}
	return SecretSource{Env: s.PassphraseEnv, File: s.PassphraseFile}
}

// TokenSource is where the Discord bot token comes from.
func (d *Discord) TokenSource() SecretSource { return SecretSource{Env: d.TokenEnv, File: d.TokenFile} }

// BotTokenSource is where the Slack bot token (xoxb-) comes from.
func (s *Slack) BotTokenSource() SecretSource {
	return SecretSource{Env: s.BotTokenEnv, File: s.BotTokenFile}
}

// AppTokenSource is where the Slack app-level token (xapp-, Socket Mode) comes from.
func (s *Slack) AppTokenSource() SecretSource {
	return SecretSource{Env: s.AppTokenEnv, File: s.AppTokenFile}
}

// SigningSecretSource is where the Slack signing secret (HTTP mode) comes from.
func (s *Slack) SigningSecretSource() SecretSource {
	return SecretSource{Env: s.SigningSecretEnv, File: s.SigningSecretFile}
}
