//go:build !slim

package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/keys"
	"github.com/morbotlabs/morbot/internal/pay"
)

// devChain is what morbot dev adds to the simulated chain: a consumer that opens sessions on the
// provider's bids (with approvals signed by the dev key, as the provider's proxy-router would) and
// a clock that can be moved forward.
type devChain struct {
	sim      *chaintest.Sim
	signer   *keys.Signer
	consumer chaintest.Account
	cold     *chaintest.Account // operator mode: the provider wallet, whose key morbot does not hold
	nodeKey  *ecdsa.PrivateKey  // the provider node's key (WALLET_PRIVATE_KEY): the stand-in node answers pings with it
	client   *chain.Client
	log      *slog.Logger
	node     *devProxy        // the stand-in proxy-router
	network  *devNetwork      // the stand-in network view and endpoint
	probes   *devConsumerNode // the stand-in consumer node the probe drives

	mu    sync.Mutex // one dev action on the chain at a time
	next  int        // which active bid the next session goes to
	stats devStats   // under mu: the consumer's receipt profiles, and the rival provider
}

// devSessionDefault is what the timer's sessions stake: at the minimum price, about 83 minutes.
var devSessionDefault = big.NewInt(5e16)

// provider is the provider wallet: the dev key itself, or the cold wallet in operator mode.
func (d *devChain) provider() common.Address {
	if d.cold != nil {
		return d.cold.Address
	}
	return d.signer.Address()
}

// providerSign signs session approvals as the provider's node would, with the provider's own key.
func (d *devChain) providerSign(data []byte) ([]byte, error) {
	if d.cold != nil {
		return chaintest.KeyMessageSigner(d.cold.Key)(data)
	}
	return d.signer.SignSessionMessage(context.Background(), data)
}

// openSession opens a session as the consumer on the provider's active bids in turn.
func (d *devChain) openSession(ctx context.Context, amount *big.Int, direct bool) (common.Hash, chain.Bid, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	snap, err := d.client.Snapshot(ctx, d.provider())
	if err != nil {
		return common.Hash{}, chain.Bid{}, err
	}
	if len(snap.ActiveBids) == 0 {
		return common.Hash{}, chain.Bid{}, errNoBids
	}
	bid := snap.ActiveBids[d.next%len(snap.ActiveBids)]
	d.next++
	if secs := new(big.Int).Quo(amount, bid.PricePerSecond); secs.Cmp(big.NewInt(300)) < 0 {
		least := new(big.Int).Mul(bid.PricePerSecond, big.NewInt(300))
		return common.Hash{}, bid, fmt.Errorf("%w: at %s a session needs at least %s (5 minutes)", errTooShort, chain.FormatPrice(bid.PricePerSecond), chain.FormatMOR(least))
	}
	id, err := d.sim.OpenSession(ctx, d.consumer.Key, d.providerSign, bid.ID, amount, direct)
	return id, bid, err
}

var (
	errNoBids   = errors.New("the provider has no active bid yet; onboard first (/mor onboard …)")
	errTooShort = errors.New("too small a session")
)

// openSessionsEvery opens a session every interval while fewer than three are running.
func (d *devChain) openSessionsEvery(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		e, err := d.client.Earnings(ctx, d.provider())
		if err != nil || !e.Provider.Active() {
			continue
		}
		running := 0
		for _, s := range e.Sessions {
			if pay.State(s, e.Prices[s.BidID], e.Time) == pay.SessionActive {
				running++
			}
		}
		if running >= 3 {
			// The consumer is done with its oldest session: it closes it with a receipt, as a consumer's
			// node does, and the receipt's stats count in the model's rating.
			if _, err := d.closeRunning(ctx, true); err != nil {
				d.log.Warn("dev consumer: close session", "err", err)
			}
			continue
		}
		if _, _, err := d.openSession(ctx, devSessionDefault, false); err != nil && !errors.Is(err, errNoBids) {
			d.log.Warn("dev consumer: open session", "err", err)
		}
	}
}

// advance moves the chain's clock (Sim.Advance waits out a transaction on its way into a block).
func (d *devChain) advance(dur time.Duration) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.sim.Advance(dur)
}

func (d *devChain) sessionSpec() *commands.Spec {
	return commands.NewSpec(commands.Spec{Path: []string{"dev", "session"}, Dev: true,
		Summary: "(dev only) the simulated consumer opens a session on one of the provider's active bids",
		Args:    []commands.Arg{{Name: "amount", Help: "MOR the consumer stakes (default 0.05); one MOR buys one MOR of stipend in the double", Optional: true}},
		Flags:   []commands.Flag{{Name: "direct", Help: "the consumer pays the provider directly from its stake", Bool: true}},
		Example: "/mor dev session 0.5"},
		func(_ *commands.Handler, ctx context.Context, c *commands.Call) (*commands.Response, error) {
			amount := devSessionDefault
			if v := c.Arg("amount"); v != "" {
				var err error
				if amount, err = chain.ParseMOR(v); err != nil || amount.Sign() == 0 {
					return nil, &commands.UsageError{Spec: c.Spec, Msg: fmt.Sprintf("amount: %q is not a positive MOR amount", v)}
				}
			}
			_, direct := c.Flag("direct")
			id, bid, err := d.openSession(ctx, amount, direct)
			if errors.Is(err, errNoBids) || errors.Is(err, errTooShort) {
				return nil, &commands.UsageError{Spec: c.Spec, Msg: err.Error()}
			}
			if err != nil {
				return nil, err
			}
			s, err := d.client.Session(ctx, id)
			if err != nil {
				return nil, err
			}
			now, err := d.sim.Now(ctx)
			if err != nil {
				return nil, err
			}
			return &commands.Response{Message: chat.Message{Severity: chat.Success, Title: "Session opened",
				Text: fmt.Sprintf("the consumer %s opened session %s on bid %s with %s; it runs until %s (%s from now: /mor dev advance %s moves the clock past its end) and earns the provider %s",
					d.consumer.Address.Hex(), strings.ToLower(id.Hex()), strings.ToLower(bid.ID.Hex()), chain.FormatMOR(amount), chain.When(s.EndsAt),
					time.Duration(s.EndsAt-now)*time.Second, pastEnd(s.EndsAt-now), chain.FormatMOR(pay.Total(s, bid.PricePerSecond)))}}, nil
		})
}

// pastEnd is the /mor dev advance argument that moves the clock past something secs from now: whole
// hours (or minutes under an hour), rounded up.
func pastEnd(secs uint64) string {
	if secs < 3600 {
		return strconv.FormatUint(secs/60+1, 10) + "m"
	}
	return strconv.FormatUint(secs/3600+1, 10) + "h"
}

// parseDevDuration reads 90s, 45m, 2h or 3d.
func parseDevDuration(s string) (time.Duration, error) {
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.ParseUint(n, 10, 16)
		if err != nil {
			return 0, err
		}
		return time.Duration(days) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

func (d *devChain) advanceSpec() *commands.Spec {
	return commands.NewSpec(commands.Spec{Path: []string{"dev", "advance"}, Dev: true,
		Summary: "(dev only) move the simulated chain's clock forward, so sessions end and earnings periods pass",
		Args:    []commands.Arg{{Name: "duration", Help: "how far: 90s, 45m, 2h or 3d (at most 400d)"}},
		Example: "/mor dev advance 2h"},
		func(_ *commands.Handler, ctx context.Context, c *commands.Call) (*commands.Response, error) {
			dur, err := parseDevDuration(c.Arg("duration"))
			if err != nil || dur < time.Second || dur > 400*24*time.Hour {
				return nil, &commands.UsageError{Spec: c.Spec, Msg: fmt.Sprintf("duration: %q is not a duration between 1s and 400d (such as 90s, 45m, 2h or 3d)", c.Arg("duration"))}
			}
			if err := d.advance(dur); err != nil {
				return nil, fmt.Errorf("advance the clock: %w", err)
			}
			now, err := d.sim.Now(ctx)
			if err != nil {
				return nil, err
			}
			return &commands.Response{Message: chat.Message{Severity: chat.Success,
				Text: fmt.Sprintf("the chain's clock moved forward %s; the latest block is now at %s", dur, chain.When(now))}}, nil
		})
}

// moveMOR sends the operator key's MOR to the cold wallet, so MOR can only come from the cold wallet.
func (d *devChain) moveMOR(ctx context.Context) error {
	bal, err := d.client.MORBalance(ctx, d.signer.Address())
	if err != nil || bal.Sign() == 0 {
		return err
	}
	tx := chain.TxRequest{Kind: "transfer", To: d.client.Network().MOR, Data: mustPack(chain.ERC20ABI(), "transfer", d.cold.Address, bal)}
	if _, err := d.client.Send(ctx, d.signer, tx); err != nil {
		return fmt.Errorf("move the operator's MOR to the cold wallet: %w", err)
	}
	return nil
}

func mustPack(a abi.ABI, method string, args ...any) []byte {
	b, err := a.Pack(method, args...)
	if err != nil {
		panic(err)
	}
	return b
}

// grantSpec is `/mor dev grant <right|all> [--revoke]`: the cold provider wallet grants (or revokes)
// rights to the operator key in the delegation registry.
func (d *devChain) grantSpec() *commands.Spec {
	names := strings.Join(chain.RightNames, ", ")
	return commands.NewSpec(commands.Spec{Path: []string{"dev", "grant"}, Dev: true,
		Summary: "(dev --operator only) act as the cold provider wallet and grant a right to the operator key: " + names + " or all",
		Args:    []commands.Arg{{Name: "right", Help: names + " or all"}},
		Flags:   []commands.Flag{{Name: "revoke", Help: "revoke instead of grant", Bool: true}},
		Example: "/mor dev grant all"},
		func(_ *commands.Handler, ctx context.Context, c *commands.Call) (*commands.Response, error) {
			rights := []string{strings.ToLower(c.Arg("right"))}
			if rights[0] == "all" {
				rights = chain.RightNames
			} else if !slices.Contains(chain.RightNames, rights[0]) {
				return nil, &commands.UsageError{Spec: c.Spec, Msg: fmt.Sprintf("right: %q is not one of %s, all", c.Arg("right"), names)}
			}
			_, revoke := c.Flag("revoke")
			d.mu.Lock()
			defer d.mu.Unlock()
			for _, r := range rights {
				if err := d.sim.Delegate(ctx, d.cold.Key, d.signer.Address(), chain.RightHash(r), !revoke); err != nil {
					return nil, err
				}
			}
			verb := "granted"
			if revoke {
				verb = "revoked"
			}
			return &commands.Response{Message: chat.Message{Severity: chat.Success,
				Text: fmt.Sprintf("the cold provider wallet %s %s the %s right(s) to the operator key %s", d.cold.Address.Hex(), verb, strings.Join(rights, ", "), d.signer.Address().Hex())}}, nil
		})
}

// providerApproveSpec is `/mor dev provider-approve <amount>`: the cold provider wallet sets its MOR
// allowance to the Diamond (approve cannot be delegated).
func (d *devChain) providerApproveSpec() *commands.Spec {
	return commands.NewSpec(commands.Spec{Path: []string{"dev", "provider-approve"}, Dev: true,
		Summary: "(dev --operator only) act as the cold provider wallet and set its MOR allowance to the Diamond",
		Args:    []commands.Arg{{Name: "amount", Help: "MOR"}},
		Example: "/mor dev provider-approve 1"},
		func(_ *commands.Handler, ctx context.Context, c *commands.Call) (*commands.Response, error) {
			amount, err := chain.ParseMOR(c.Arg("amount"))
			if err != nil {
				return nil, &commands.UsageError{Spec: c.Spec, Msg: "amount: " + err.Error()}
			}
			d.mu.Lock()
			defer d.mu.Unlock()
			if _, err := d.client.Send(ctx, chaintest.KeySigner{Key: d.cold.Key}, d.client.ApproveTx(amount)); err != nil {
				return nil, err
			}
			return &commands.Response{Message: chat.Message{Severity: chat.Success,
				Text: fmt.Sprintf("the cold provider wallet %s lets the Diamond pull up to %s of its MOR", d.cold.Address.Hex(), chain.FormatMOR(amount))}}, nil
		})
}
