package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/morbotlabs/morbot/internal/config"
	"github.com/morbotlabs/morbot/internal/keys"
)

const keysUsage = `usage: morbot keys <command> [flags]

commands:
  new      --name NAME               generate a key (crypto/rand), store it, print its address
  import   --name NAME [--from-file PATH] [--force]
                                     store a hex private key read from standard input (or a file)
  list                               names and addresses
  address  --name NAME               the address alone
  delete   --name NAME --yes         remove a key

keyring flags (every command):
  --config FILE                      use the signer section of a configuration, or
  --keyring-backend file --keyring-dir DIR [--keyring-service morbot]
the file keyring's passphrase comes from $MORBOT_KEYRING_PASSPHRASE (or signer.passphrase_env/_file).
private keys are never accepted as arguments.`

type keyFlags struct {
	fs       *flag.FlagSet
	cfgPath  *string
	backend  *string
	dir      *string
	service  *string
	name     *string
	fromFile *string
	force    *bool
	yes      *bool
}

func newKeyFlags(cmd string, a *app) *keyFlags {
	fs := flag.NewFlagSet("keys "+cmd, flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	k := &keyFlags{fs: fs,
		cfgPath: fs.String("config", "", "configuration file"),
		backend: fs.String("keyring-backend", "", "keyring backend (without --config): "+strings.Join(keys.Available(), ", ")),
		dir:     fs.String("keyring-dir", "", "file keyring directory (without --config)"),
		service: fs.String("keyring-service", config.DefaultService, "keyring service name (without --config)"),
	}
	switch cmd {
	case "new", "address", "delete", "import":
		k.name = fs.String("name", "", "key name")
	}
	if cmd == "import" {
		k.fromFile = fs.String("from-file", "", "read the hex key from this file instead of standard input")
		k.force = fs.Bool("force", false, "replace an existing key of the same name")
	}
	if cmd == "delete" {
		k.yes = fs.Bool("yes", false, "confirm the deletion")
	}
	return k
}

func (k *keyFlags) open() (*keys.Store, error) {
	if *k.cfgPath != "" {
		if *k.backend != "" || *k.dir != "" {
			return nil, errors.New("use either --config or --keyring-backend/--keyring-dir, not both")
		}
		cfg, err := config.Load(*k.cfgPath)
		if err != nil {
			return nil, err
		}
		return keys.Open(keys.FromConfig(cfg.Signer))
	}
	if *k.backend == "" {
		return nil, errors.New("say which keyring: --config FILE, or --keyring-backend file --keyring-dir DIR")
	}
	src := config.SecretSource{Env: config.DefaultPassphraseEnv}
	return keys.Open(keys.Options{Backends: []string{*k.backend}, Service: *k.service, FileDir: *k.dir, Passphrase: src.Load})
}

func cmdKeys(_ context.Context, a *app, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(a.stderr, keysUsage)
		return 2
	}
	cmd := args[0]
	switch cmd {
	case "new", "import", "list", "address", "delete":
	default:
		fmt.Fprintf(a.stderr, "morbot keys: unknown command %q\n\n%s\n", cmd, keysUsage)
		return 2
	}
	k := newKeyFlags(cmd, a)
	if err := k.fs.Parse(args[1:]); err != nil {
		return 2
	}
	if k.fs.NArg() > 0 {
		fmt.Fprintf(a.stderr, "morbot keys %s: unexpected argument(s); private keys are never taken as arguments (use standard input or --from-file)\n", cmd)
		return 2
	}
	if k.name != nil && *k.name == "" {
		fmt.Fprintf(a.stderr, "morbot keys %s: --name is required\n", cmd)
		return 2
	}
	if cmd == "delete" && !*k.yes {
		fmt.Fprintln(a.stderr, "morbot keys delete: this removes the key for good; pass --yes to confirm")
		return 2
	}
	if err := a.keys(cmd, k); err != nil {
		fmt.Fprintf(a.stderr, "morbot keys %s: %v\n", cmd, err)
		return 1
	}
	return 0
}

func (a *app) keys(cmd string, k *keyFlags) error {
	// Read the key before opening the keyring, so a prompt never interleaves with keyring errors.
	var keyHex []byte
	if cmd == "import" {
		var err error
		if keyHex, err = a.readKeyInput(*k.fromFile); err != nil {
			return err
		}
	}
	st, err := k.open()
	if err != nil {
		zeroBytes(keyHex)
		return err
	}
	switch cmd {
	case "new":
		addr, err := st.Generate(*k.name)
		if err != nil {
			return err
		}
		fmt.Fprintln(a.stdout, addr.Hex())
	case "import":
		addr, err := st.Import(*k.name, keyHex, *k.force)
		if err != nil {
			return err
		}
		fmt.Fprintln(a.stdout, addr.Hex())
	case "address":
		addr, err := st.Address(*k.name)
		if err != nil {
			return err
		}
		fmt.Fprintln(a.stdout, addr.Hex())
	case "list":
		names, err := st.Names()
		if err != nil {
			return err
		}
		if len(names) == 0 {
			fmt.Fprintf(a.stdout, "no keys in the %s\n", st.Where())
		}
		for _, n := range names {
			addr, err := st.Address(n)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%-20s %s\n", n, addr.Hex())
		}
	case "delete":
		if err := st.Delete(*k.name); err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "deleted key %q\n", *k.name)
	}
	return nil
}

// readKeyInput reads one hex key from a file or standard input, without echo on a terminal.
func (a *app) readKeyInput(path string) ([]byte, error) {
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("read key file %s: %w", path, pe.Err)
			}
			return nil, fmt.Errorf("read key file %s: %w", path, err)
		}
		return b, nil
	}
	if f, ok := a.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(a.stderr, "private key (hex, input hidden): ")
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(a.stderr)
		if err != nil {
			return nil, fmt.Errorf("read key from terminal: %w", err)
		}
		return b, nil
	}
	b, err := io.ReadAll(io.LimitReader(a.stdin, 4096))
	if err != nil {
		return nil, fmt.Errorf("read key from standard input: %w", err)
	}
	if len(strings.TrimSpace(string(b))) == 0 {
		return nil, errors.New("no key on standard input; pipe the hex key in, e.g. `morbot keys import --name NAME < keyfile`, or use --from-file")
	}
	return b, nil
}

func zeroBytes(b []byte) {
	for i := range b {
		b[i] = 0
	}
}
