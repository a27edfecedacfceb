// Command morbot is a ChatOps bot that runs a Morpheus compute provider from Discord, Slack or a terminal.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"syscall"
)

// Set at build time with -ldflags "-X main.version=… -X main.commit=…".
var (
	version = "dev"
	commit  = ""
)

// app carries the process's streams so every subcommand can be tested without a real terminal.
type app struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

type command struct {
	summary string
	run     func(ctx context.Context, a *app, args []string) int
}

// devCommand is `morbot dev`; it is absent from slim builds (-tags slim).
var devCommand *command

func subcommands() map[string]command {
	cmds := map[string]command{
		"version": {"print version, commit and Go version", cmdVersion},
		"config":  {"config check --config FILE: validate a configuration and summarise it", cmdConfig},
		"keys":    {"manage signing keys in the keyring (new, import, list, address, delete)", cmdKeys},
		"run":     {"run --config FILE [--console]: the real thing", cmdRun},
		"discord": {"discord register --config FILE [--guild ID]: register the /mor slash command", cmdDiscord},
		"store":   {"store migrate --from sqlite:PATH --config FILE: copy a SQLite store into PostgreSQL", cmdStore},
	}
	if devCommand != nil {
		cmds["dev"] = *devCommand
	}
	return cmds
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := (&app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}).main(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

func (a *app) main(ctx context.Context, args []string) int {
	cmds := subcommands()
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		a.usage(cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(a.stderr, "morbot: unknown command %q\n\n", args[0])
		a.usage(cmds)
		return 2
	}
	return c.run(ctx, a, args[1:])
}

func (a *app) usage(cmds map[string]command) {
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintln(a.stderr, "usage: morbot <command> [flags]")
	fmt.Fprintln(a.stderr, "\ncommands:")
	for _, n := range names {
		fmt.Fprintf(a.stderr, "  %-8s %s\n", n, cmds[n].summary)
	}
}

func cmdVersion(_ context.Context, a *app, args []string) int {
	if len(args) > 0 {
		fmt.Fprintf(a.stderr, "morbot version: takes no arguments\n")
		return 2
	}
	fmt.Fprintf(a.stdout, "morbot %s\ncommit %s\n%s %s/%s\n", version, buildCommit(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return 0
}

func buildCommit() string {
	if commit != "" {
		return commit
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		rev, dirty := "", false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if rev != "" {
			if dirty {
				rev += "-dirty"
			}
			return rev
		}
	}
	return "unknown"
}

// joinNonEmpty joins the non-empty parts with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
