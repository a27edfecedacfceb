package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"flag"
	"fmt"
	"log/slog"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/bot/botkit"
	"github.com/morbotlabs/morbot/internal/bot/discord"
	slackbot "github.com/morbotlabs/morbot/internal/bot/slack"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/config"
)

// discordAdapter builds the Discord adapter from the configuration.
func discordAdapter(cfg *config.Discord, h *commands.Handler, engine *approval.Engine, net chain.Network, log *slog.Logger, onConnected func(bool), replay botkit.Persistent) (*discord.Adapter, error) {
	token, err := cfg.TokenSource().Load()
	if err != nil {
		return nil, fmt.Errorf("discord token: %w", err)
	}
	dc := discord.Config{Mode: cfg.Mode, AppID: cfg.ApplicationID, Guilds: cfg.Guilds, ProposalsChannel: cfg.Channels.Proposals,
		ReportsChannel: cfg.Channels.Reports, AlertsChannel: cfg.Channels.Alerts, Listen: cfg.Listen, APIURL: cfg.APIURL, OnConnected: onConnected, Replay: replay}
	if cfg.PublicKey != "" {
		pk, err := hex.DecodeString(cfg.PublicKey)
		if err != nil || len(pk) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("discord.public_key is not an Ed25519 public key")
		}
		dc.PublicKey = pk
	}
	return discord.New(dc, token, h, engine, net, log)
}

// cmdDiscord: `morbot discord register --config FILE [--guild ID]`.
func cmdDiscord(ctx context.Context, a *app, args []string) int {
	if len(args) == 0 || args[0] != "register" {
		fmt.Fprintln(a.stderr, "usage: morbot discord register --config FILE [--guild ID]")
		return 2
	}
	fs := flag.NewFlagSet("discord register", flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	path := fs.String("config", "", "configuration file")
	guild := fs.String("guild", "", "register in this guild only (instant; for iteration); default global")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if *path == "" || fs.NArg() > 0 {
		fmt.Fprintln(a.stderr, "usage: morbot discord register --config FILE [--guild ID]")
		return 2
	}
	cfg, err := config.Load(*path)
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot: %v\n", err)
		return 1
	}
	if cfg.Discord == nil {
		fmt.Fprintln(a.stderr, "morbot: the configuration has no discord section")
		return 1
	}
	// Registration needs only the grammar and the REST client: no chain, keyring or store.
	h := commands.NewGrammarOnly()
	ad, err := discordAdapter(cfg.Discord, h, nil, cfg.ChainNetwork(), nil, nil, nil)
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot: %v\n", err)
		return 1
	}
	cmd, err := ad.Register(*guild)
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot: %v\n", err)
		return 1
	}
	where := "globally (may take up to an hour to appear)"
	if *guild != "" {
		where = "in guild " + *guild
	}
	fmt.Fprintf(a.stdout, "registered /%s with %d subcommand groups and commands %s\n", cmd.Name, len(cmd.Options), where)
	return 0
}

// slackAdapter builds the Slack adapter from the configuration.
func slackAdapter(cfg *config.Slack, groups []string, h *commands.Handler, engine *approval.Engine, net chain.Network, log *slog.Logger, onConnected func(bool), replay botkit.Persistent) (*slackbot.Adapter, error) {
	var sec slackbot.Secrets
	var err error
	if sec.BotToken, err = cfg.BotTokenSource().Load(); err != nil {
		return nil, fmt.Errorf("slack bot token: %w", err)
	}
	if cfg.Mode == "http" {
		if sec.SigningSecret, err = cfg.SigningSecretSource().Load(); err != nil {
			return nil, fmt.Errorf("slack signing secret: %w", err)
		}
	} else if sec.AppToken, err = cfg.AppTokenSource().Load(); err != nil {
		return nil, fmt.Errorf("slack app token: %w", err)
	}
	sc := slackbot.Config{Mode: cfg.Mode, Teams: cfg.Teams, ProposalsChannel: cfg.Channels.Proposals,
		ReportsChannel: cfg.Channels.Reports, AlertsChannel: cfg.Channels.Alerts, Listen: cfg.Listen, APIURL: cfg.APIURL, Groups: groups, OnConnected: onConnected, Replay: replay}
	return slackbot.New(sc, sec, h, engine, net, log), nil
}
