//go:build !slim

package main

// The embedded default (morbot dev) needs go-ethereum's simulated backend, which doubles the binary
// and its memory; a production build can leave it out with -tags slim.

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/alerts"
	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/config"
	"github.com/morbotlabs/morbot/internal/executor"
	"github.com/morbotlabs/morbot/internal/keys"
	"github.com/morbotlabs/morbot/internal/logging"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/report"
	"github.com/morbotlabs/morbot/internal/sessionindex"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/wiring"
)

func init() {
	devCommand = &command{"run the embedded default: simulated chain, console chat, no tokens, no funds", cmdDev}
}

// cmdDev runs the embedded default: a simulated chain with the marketplace double, a funded dev key
// in a temporary file keyring, SQLite in a temporary directory, and the console with alice, bob and
// carol (quorum 2). Nothing leaves the process.
func cmdDev(ctx context.Context, a *app, args []string) int {
	fs := flag.NewFlagSet("dev", flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	cf := addConsoleFlags(fs)
	level := fs.String("log-level", "warn", "log level on standard error: debug, info, warn, error")
	autoClaims := fs.Bool("auto-approve-claims", false, "approve claim plans without votes (approval.auto_approve: [claim])")
	operator := fs.Bool("operator", false, "operator mode: a cold provider wallet morbot does not hold, and the dev key signing as its delegate")
	endpoint := fs.String("endpoint", "", "where the stand-in provider node listens for MOR-RPC pings (its public endpoint; 127.0.0.1 only; default 127.0.0.1:3333, or a free port when that is taken)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(a.stderr, "usage: morbot dev [--script FILE] [--fail-on-error] [--auto-approve-claims] [--operator] [--endpoint 127.0.0.1:PORT] [--log-level L]")
		return 2
	}
	b, dev, err := buildDev(ctx, a, *level, devOptions{autoClaims: *autoClaims, operator: *operator, watch: *cf.script == "", endpoint: *endpoint})
	if err != nil {
		fmt.Fprintf(a.stderr, "morbot dev: %v\n", err)
		return 1
	}
	defer b.close()
	sctx, stopSweeper := context.WithCancel(ctx)
	defer stopSweeper()
	b.startSweeper(sctx)
	b.startDiscovery(sctx)
	if *cf.script == "" {
		// Interactive: the report every minute, the alert check every 10 seconds.
		if err := b.schedule("0 * * * * *", "*/10 * * * * *", "UTC"); err != nil {
			fmt.Fprintf(a.stderr, "morbot dev: %v\n", err)
			return 1
		}
		// A consumer opens sessions on the provider's bids now and then, so earnings and claims can be
		// tried live (/mor dev advance moves the chain's clock past their end).
		go dev.openSessionsEvery(sctx, 30*time.Second)
		b.startChainWatch(sctx)
	}
	n := b.client.Network()
	if dev.cold != nil {
		coldMOR, err := b.client.MORBalance(ctx, dev.provider())
		if err != nil {
			fmt.Fprintf(a.stderr, "morbot dev: %v\n", err)
			return 1
		}
		fmt.Fprintf(a.stdout, "morbot dev --operator: simulated chain %d with the Morpheus marketplace double; the cold provider wallet %s holds %s and 100 ETH and morbot does not hold its key; morbot signs with the operator key %s (ETH only, no MOR); users alice, bob, carol (quorum 2). Nothing leaves this process.\n",
			n.ChainID, dev.provider().Hex(), chain.FormatMOR(coldMOR), b.engine.SignerAddress().Hex())
		fmt.Fprintln(a.stdout, "/mor delegation lists what the provider wallet must send; /mor dev grant all and /mor dev provider-approve 1 send it as that wallet.")
	} else {
		fmt.Fprintf(a.stdout, "morbot dev: simulated chain %d with the Morpheus marketplace double; provider %s holds 100 MOR and 100 ETH; users alice, bob, carol (quorum 2). Nothing leaves this process.\n", n.ChainID, b.engine.SignerAddress().Hex())
	}
	fmt.Fprintf(a.stdout, "A stand-in proxy-router answers at %s: /mor model serve <model> adds a model to its models-config.json and restarts it, /mor health shows serving health, /mor dev backend 402 makes its backend fail.\n", dev.node.url)
	fmt.Fprintf(a.stdout, "It is a v7 node: a model tagged tee is served from the https backend %s and attested; /mor dev attestation fail <model> makes that fail.\n", dev.node.tlsBackendURL())
	fmt.Fprintf(a.stdout, "The provider's dev endpoint %s answers MOR-RPC pings, and a stand-in network view lists its bids: /mor onboard %s test-model 0.00001, then /mor verify; /mor dev discovery hide shows what an unreachable endpoint looks like.\n", dev.network.endpoint, dev.network.endpoint)
	fmt.Fprintf(a.stdout, "A stand-in consumer node (wallet %s) answers /mor probe: it opens a real session on your bid, asks one prompt through the dev backend and closes it; /mor dev probe fail open|prompt|close shows each failure.\n", dev.probes.node.Address().Hex())
	fmt.Fprintln(a.stdout, "Type /mor help. Vote with \"approve P-1\" or \"reject P-1\", switch user with \"/as bob\", leave with /quit.")
	fmt.Fprintf(a.stdout, "A consumer (%s) opens sessions on your bids every 30 s; /mor dev session opens one now and says how far /mor dev advance must move the chain's clock past its end.\n", dev.consumer.Address.Hex())
	return b.serveConsole(ctx, a, cf, "alice")
}

// devOptions are morbot dev's switches.
type devOptions struct {
	autoClaims bool // approval.auto_approve: [claim]
	operator   bool // a cold provider wallet, the dev key as its delegate
	watch      bool // follow the chain block by block (interactive)
	endpoint   string
}

func buildDev(ctx context.Context, a *app, level string, o devOptions) (*bot, *devChain, error) {
	b := &bot{log: logging.New(a.stderr, level, "text"), fanout: &approval.Fanout{}, posts: &chat.Fanout{}}
	fail := func(err error) (*bot, *devChain, error) { b.close(); return nil, nil, err }
	dir, err := os.MkdirTemp("", "morbot-dev-")
	if err != nil {
		return nil, nil, err
	}
	b.cleanup = append(b.cleanup, func() { _ = os.RemoveAll(dir) })
	pass, err := randomHex(16)
	if err != nil {
		return fail(err)
	}
	ks, err := keys.Open(keys.Options{Backends: []string{"file"}, FileDir: filepath.Join(dir, "keyring"),
		Passphrase: func() (config.Secret, error) { return config.NewSecret(pass), nil }})
	if err != nil {
		return fail(err)
	}
	// The dev key is made here and imported, so the stand-in provider node can answer pings with it
	// as the real node answers with its WALLET_PRIVATE_KEY; it lives only in this temporary keyring.
	devKey, err := crypto.GenerateKey()
	if err != nil {
		return fail(err)
	}
	if _, err := ks.Import("dev", []byte(hex.EncodeToString(crypto.FromECDSA(devKey))), false); err != nil {
		return fail(err)
	}
	signer, err := ks.Signer("dev")
	if err != nil {
		return fail(err)
	}
	// Account 0 is the simulated consumer, account 1 the rival provider (/mor dev rival); with
	// --operator, account 2 is the cold provider wallet.
	accounts := 2
	if o.operator {
		accounts = 3
	}
	// The stand-in consumer node's wallet (the probe's consumer), funded like the dev key.
	probeKey, err := crypto.GenerateKey()
	if err != nil {
		return fail(err)
	}
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: accounts, Fund: []common.Address{signer.Address(), crypto.PubkeyToAddress(probeKey.PublicKey)}})
	if err != nil {
		return fail(fmt.Errorf("simulated chain: %w", err))
	}
	b.cleanup = append(b.cleanup, func() { _ = sim.Close() })
	// morbot's transactions are mined per burst, so a pipelined plan lands in one block as on a real
	// node (the window is far above the milliseconds between a plan's broadcasts).
	mineCtx, stopMining := context.WithCancel(context.Background())
	sim.MineBursts(mineCtx, devBlockWindow)
	b.cleanup = append(b.cleanup, stopMining)
	if b.db, err = store.Open(ctx, filepath.Join(dir, "morbot.db")); err != nil {
		return fail(err)
	}
	b.client = sim.Client(chain.Options{PollInterval: 10 * time.Millisecond, Logger: b.log, SessionIndex: sessionindex.New(b.db)})
	members := approval.Members{Users: map[string]bool{"alice": true, "bob": true, "carol": true}}
	policy := approval.Policy{Quorum: 2, Approvers: map[string]approval.Members{"console": members}, AnyRejectEnds: true, Expiry: 24 * time.Hour,
		Caps: approval.Caps{MaxApprove: mustMOR("50"), MaxStake: mustMOR("20"), MaxPricePerSecond: mustMOR("0.01")}}
	if o.autoClaims {
		policy.AutoApprove = map[approval.Kind]bool{approval.KindClaim: true}
	}
	dev := &devChain{sim: sim, signer: signer, consumer: sim.Accounts[0], client: b.client, log: b.log, nodeKey: devKey,
		stats: devStats{profile: map[common.Hash]string{}, rival: &sim.Accounts[1]}}
	if o.operator {
		cold := sim.Accounts[2]
		dev.cold, dev.nodeKey = &cold, cold.Key
		// The operator key starts with ETH only: every MOR comes from the cold wallet.
		if err := dev.moveMOR(ctx); err != nil {
			return fail(err)
		}
	}
	// The provider's proxy-router: a stand-in on 127.0.0.1 with its models-config.json in the temporary
	// directory, restarted by a real command, and a dev backend probed on every health check.
	node, err := startDevProxy(dir)
	if err != nil {
		return fail(err)
	}
	b.cleanup = append(b.cleanup, node.close)
	restart, stopRestart := node.restartOnSignal()
	b.cleanup = append(b.cleanup, stopRestart)
	probes := node.tls.Client()
	probes.Timeout = 5 * time.Second
	proxy := &wiring.Proxy{ModelsConfig: node.config, RestartCommand: restart, DefaultAPIType: "openai", DefaultAPIURL: node.backendURL(), ProbeBackends: true, ProbeHTTP: probes,
		DefaultTEEAPIURL: node.tlsBackendURL()}
	if proxy.Client, err = proxyrouter.NewClient(node.url, ""); err != nil {
		return fail(err)
	}
	runner := &proxyrouter.Runner{ModelsConfig: node.config, RestartCommand: restart, RestartTimeout: 10 * time.Second, Client: proxy.Client, VerifyTimeout: 10 * time.Second, OnRestart: b.plannedRestart,
		Output: filepath.Join(dir, "proxy-router-restart.log"), Logger: b.log}
	dev.node = node
	netw, disc, err := startDevNetwork(ctx, dev, b.db, o.endpoint)
	if err != nil {
		return fail(err)
	}
	b.cleanup = append(b.cleanup, netw.close)
	b.watcher, dev.network = netw.watcher, netw
	// The stand-in node attests the backends of models the chain tags tee, as a v7 node does.
	node.mu.Lock()
	node.isTEE = func(id string) bool {
		m, err := b.client.Model(context.Background(), common.HexToHash(id))
		return err == nil && proxyrouter.IsTEE(m.Tags)
	}
	node.mu.Unlock()
	cnode, cookie, err := startDevConsumerNode(dir, dev, probeKey)
	if err != nil {
		return fail(err)
	}
	b.cleanup = append(b.cleanup, cnode.close)
	dev.probes = cnode
	extra := []*commands.Spec{cnode.probeSpec(), devSetMinimum(sim), dev.sessionSpec(), dev.closeSpec(), dev.statsSpec(), dev.rivalSpec(), dev.advanceSpec(), node.backendSpec(), node.attestationSpec(), netw.spec()}
	if o.operator {
		extra = append(extra, dev.grantSpec(), dev.providerApproveSpec())
	}
	b.wireCore(wiring.Options{Signer: signer, Policy: policy, Origin: "morbot dev", Provider: dev.provider(), Proxy: proxy, Discovery: disc, Pipelined: true, Probing: true,
		Exec: executor.Options{Runner: runner}})
	if b.prober, err = newDevProber(b, dev, cnode, cookie); err != nil {
		return fail(err)
	}
	if _, err := b.engine.SyncPolicy(ctx, false, "morbot dev"); err != nil {
		return fail(err)
	}
	// Interactive, the chain watch follows the simulated chain (every second) and hands the alerter
	// each block's events; a script runs its checks on demand and reads events the scheduled way.
	b.wireUses(report.Options{Domain: b.domain, Chain: b.client, Store: b.db, Poster: b.posts, Logger: b.log},
		alerts.Options{Domain: b.domain, Chain: b.client, Store: b.db, Poster: b.posts, RepeatInterval: 10 * time.Minute, Logger: b.log,
			Watched: o.watch, Sessions: b.client}, extra, nil) // no network hold: the dev feed changes only when asked
	if o.watch {
		b.watch = newChainWatch(b, nil, config.DefaultPollInterval, 1, o.operator)
	}
	return b, dev, nil
}

// devSetMinimum is `/mor dev set-minimum <name> <value>`: the marketplace owner changes a minimum on
// the simulated chain, to show an alert live. Only in morbot dev.
func devSetMinimum(sim *chaintest.Sim) *commands.Spec {
	names := "provider-stake, model-stake, bid-fee, price-min, price-max"
	return commands.NewSpec(commands.Spec{Path: []string{"dev", "set-minimum"}, Dev: true,
		Summary: "(dev only) act as the marketplace owner and change a minimum: " + names,
		Args:    []commands.Arg{{Name: "name", Help: names}, {Name: "value", Help: "MOR (or MOR per second for prices)"}},
		Example: "/mor dev set-minimum provider-stake 0.5"},
		func(_ *commands.Handler, ctx context.Context, c *commands.Call) (*commands.Response, error) {
			v, err := chain.ParseMOR(c.Arg("value"))
			if err != nil {
				return nil, &commands.UsageError{Spec: c.Spec, Msg: "value: " + err.Error()}
			}
			m, err := sim.Client(chain.Options{}).Minimums(ctx)
			if err != nil {
				return nil, err
			}
			switch c.Arg("name") {
			case "provider-stake":
				err = sim.SetProviderMinStake(ctx, v)
			case "model-stake":
				err = sim.SetModelMinStake(ctx, v)
			case "bid-fee":
				err = sim.SetBidFee(ctx, v)
			case "price-min":
				err = sim.SetPriceBounds(ctx, v, m.MaxPricePerSecond)
			case "price-max":
				err = sim.SetPriceBounds(ctx, m.MinPricePerSecond, v)
			default:
				return nil, &commands.UsageError{Spec: c.Spec, Msg: fmt.Sprintf("name: %q is not one of %s", c.Arg("name"), names)}
			}
			if err != nil {
				return nil, err
			}
			return &commands.Response{Message: chat.Message{Severity: chat.Success,
				Text: fmt.Sprintf("the marketplace owner set %s to %s; the next alert check (every 10 s) reports it", c.Arg("name"), c.Arg("value"))}}, nil
		})
}

func mustMOR(s string) *big.Int {
	v, err := chain.ParseMOR(s)
	if err != nil {
		panic(err)
	}
	return v
}

func randomHex(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// devBlockWindow is how long the dev chain waits after a transaction before mining its block: long
// enough for a pipelined plan's broadcasts (milliseconds apart, even on a loaded machine) to share it.
const devBlockWindow = 300 * time.Millisecond
