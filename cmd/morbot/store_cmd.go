package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/morbotlabs/morbot/internal/config"
	"github.com/morbotlabs/morbot/internal/store"
)

// cmdStore: `morbot store migrate --from sqlite:PATH --config FILE` copies an existing SQLite store
// into the PostgreSQL store the configuration names (store.driver: postgres, DSN from store.dsn_env).
func cmdStore(ctx context.Context, a *app, args []string) int {
	usage := "usage: morbot store migrate --from sqlite:PATH --config FILE"
	if len(args) == 0 || args[0] != "migrate" {
		fmt.Fprintln(a.stderr, usage)
		return 2
	}
	fs := flag.NewFlagSet("store migrate", flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	from := fs.String("from", "", "the store to copy: sqlite:PATH")
	path := fs.String("config", "", "configuration file naming the PostgreSQL store (store.driver: postgres, store.dsn_env)")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	src, ok := strings.CutPrefix(*from, "sqlite:")
	if !ok || src == "" || *path == "" || fs.NArg() > 0 {
		fmt.Fprintln(a.stderr, usage)
		return 2
	}
	cfg, err := config.Load(*path)
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot: %v\n", err)
		return 1
	}
	if cfg.Store.Driver != store.Postgres {
		fmt.Fprintf(a.stderr, "morbot: %s does not name a PostgreSQL store (store.driver: postgres with store.dsn_env)\n", *path)
		return 1
	}
	if _, err := os.Stat(src); err != nil {
		fmt.Fprintf(a.stderr, "morbot: the SQLite store %s: %v\n", src, err)
		return 1
	}
	sdb, err := store.Open(ctx, src)
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot: %v\n", err)
		return 1
	}
	defer sdb.Close()
	ddb, err := openStore(ctx, cfg, a.getenv, cfg.Store.LeaseTTL.Or(config.DefaultLeaseTTL))
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot: %v\n", err)
		return 1
	}
	defer ddb.Close()
	counts, err := sdb.CopyInto(ctx, ddb)
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot: %v\n", err)
		return 1
	}
	total := 0
	for _, c := range counts {
		fmt.Fprintf(a.stdout, "%-17s %6d rows copied, %6d in the target\n", c.Table, c.Source, c.Target)
		total += c.Source
	}
	fmt.Fprintf(a.stdout, "copied %d rows from %s into %s; the row counts match. Start the replicas on PostgreSQL; keep the SQLite file as a backup.\n", total, src, ddb.Path())
	return 0
}
