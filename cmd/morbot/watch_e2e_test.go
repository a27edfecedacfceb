//go:build e2e

package main

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chain/chaintest/anviltest"
	"github.com/morbotlabs/morbot/internal/netfault"
)

// within runs fn (which returns once its transaction has a receipt) and waits until p prints want,
// failing past limit.
func within(t *testing.T, p *proc, limit time.Duration, want string, n int, fn func() error) {
	t.Helper()
	start := time.Now()
	if err := fn(); err != nil {
		t.Fatal(err)
	}
	mined := time.Now()
	p.waitFor(want, n)
	if d := time.Since(mined); d > limit {
		t.Fatalf("%q printed %s after the receipt (%s after the send), want within %s", want, d.Round(time.Millisecond), time.Since(start).Round(time.Millisecond), limit)
	}
	t.Logf("%q printed %s after the receipt", want, time.Since(mined).Round(time.Millisecond))
}

// With network.ws_urls and the alert schedule hourly, on anvil: a real providerSetMinStake is
// announced, and a session opened on the provider's bid posted, within 2.5 s of the receipt. The
// WebSocket is then cut (a proxy drops it) while two more events happen: both are posted once, and
// the watch subscribes again when the endpoint is back.
func TestRunFollowsAnvilOverAWebSocket(t *testing.T) {
	url, owner, n, bids := anvilProvider(t)
	ctx := context.Background()
	proxy, err := netfault.New(strings.TrimPrefix(url, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(proxy.Close)
	cfg := watchConfig(t, n, url, []string{"ws://" + proxy.Addr()}, "500ms")
	p := startMorbot(t, "ws", nil, "run", "--config", cfg, "--console")
	p.waitFor("chain watch: subscribed to new heads", 1)
	p.waitFor("chain watch: following the chain from block", 1)
	consumer, _ := crypto.HexToECDSA(anviltest.Key1)
	provSigner := chaintest.KeyMessageSigner(mustKey(t, wellKnownKey))

	within(t, p, 2500*time.Millisecond, "provider minimum stake: 0.1 MOR → 0.5 MOR", 1, func() error {
		return owner.SetProviderMinStake(ctx, mustMOR("0.5"))
	})
	within(t, p, 2500*time.Millisecond, "new session 0x", 1, func() error {
		_, err := owner.OpenSession(ctx, consumer, provSigner, bids[0], mustMOR("0.036"), false)
		return err
	})

	proxy.Cut()
	nextSecond(t, url) // a new approval timestamp: the contract takes each approval once
	if err := owner.SetProviderMinStake(ctx, mustMOR("0.6")); err != nil {
		t.Fatal(err)
	}
	// On the other model: its notice is not held back by the first model's minute.
	second, err := owner.OpenSession(ctx, consumer, provSigner, bids[1], mustMOR("0.036"), false)
	if err != nil {
		t.Fatal(err)
	}
	proxy.Restore()
	p.waitFor("chain watch: subscribed to new heads", 2)
	p.waitFor("provider minimum stake: 0.5 MOR → 0.6 MOR", 1)
	p.waitFor("new session "+strings.ToLower(second.Hex())+` on "m2"`, 1)
	// One more block with nothing of interest, and a status read to flush the output.
	if err := owner.MintMOR(ctx, owner.Address(), big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	p.send("/mor status")
	p.waitFor("Provider "+common.HexToAddress(wellKnownAddr).Hex(), 1)
	out := p.output()
	for want, n := range map[string]int{"provider minimum stake: 0.1 MOR → 0.5 MOR": 1, "provider minimum stake: 0.5 MOR → 0.6 MOR": 1} {
		if got := strings.Count(out, want); got != n {
			t.Fatalf("%q printed %d times, want %d", want, got, n)
		}
	}
	if got := strings.Count(out, "new session 0x"); got != 2 {
		t.Fatalf("%d session notices, want 2", got)
	}
}

// Without network.ws_urls, the same two events are posted within one block time plus 1 s (anvil
// mines at once, so within a second).
func TestRunPollsAnvilWithoutAWebSocket(t *testing.T) {
	url, owner, n, bids := anvilProvider(t)
	ctx := context.Background()
	cfg := watchConfig(t, n, url, nil, "500ms")
	p := startMorbot(t, "poll", nil, "run", "--config", cfg, "--console")
	p.waitFor("chain watch: following the chain from block", 1)
	consumer, _ := crypto.HexToECDSA(anviltest.Key1)
	within(t, p, time.Second, "provider minimum stake: 0.1 MOR → 0.5 MOR", 1, func() error {
		return owner.SetProviderMinStake(ctx, mustMOR("0.5"))
	})
	within(t, p, time.Second, "new session 0x", 1, func() error {
		_, err := owner.OpenSession(ctx, consumer, chaintest.KeyMessageSigner(mustKey(t, wellKnownKey)), bids[0], mustMOR("0.036"), false)
		return err
	})
}
