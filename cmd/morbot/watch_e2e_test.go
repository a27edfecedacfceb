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
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chain/chaintest/anviltest"
	"github.com/morbotlabs/morbot/internal/netfault"
)

// anvilProvider starts anvil (automine), deploys the doubles and registers the provider (the
// well-known key) with a model and a bid on it; it returns the node's URL, the owner (the marketplace
// admin and a funded consumer) and the bid.
func anvilProvider(t *testing.T) (string, *chaintest.Owner, chain.Network, [2]common.Hash) {
	t.Helper()
	const chainID = 31337
	url := anviltest.Start(t, chainID)
	ctx := context.Background()
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)
	ownerKey, _ := crypto.HexToECDSA(anviltest.Key1)
	owner, err := chaintest.Deploy(ctx, ec, ownerKey, big.NewInt(chainID), nil)
	if err != nil {
		t.Fatalf("deploy doubles on anvil: %v", err)
	}
	provider := common.HexToAddress(wellKnownAddr)
	if err := owner.MintMOR(ctx, provider, mustMOR("10")); err != nil {
		t.Fatal(err)
	}
	n := owner.Network("anvil")
	rpcCl, err := chain.Dial(ctx, []string{url}, 10*time.Second, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rpcCl.Close)
	c := chain.NewClient(rpcCl, n, chain.Options{PollInterval: 20 * time.Millisecond})
	key, _ := crypto.HexToECDSA(strings.TrimPrefix(wellKnownKey, "0x"))
	prov := chaintest.KeySigner{Key: key}
	b1, b2 := common.HexToHash("0x0b"), common.HexToHash("0x0c")
	m1, m2 := chain.ModelID(provider, b1), chain.ModelID(provider, b2)
	for _, r := range []chain.TxRequest{c.ApproveTx(mustMOR("5")), c.ProviderRegisterTx(provider, mustMOR("0.2"), "127.0.0.1:3333"),
		c.ModelRegisterTx(provider, b1, common.Hash{}, big.NewInt(0), mustMOR("0.1"), "m1", []string{"LLM"}), c.PostModelBidTx(provider, m1, big.NewInt(1e13)),
		c.ModelRegisterTx(provider, b2, common.Hash{}, big.NewInt(0), mustMOR("0.1"), "m2", []string{"LLM"}), c.PostModelBidTx(provider, m2, big.NewInt(1e13))} {
		if _, err := c.Send(ctx, prov, r); err != nil {
			t.Fatalf("%s: %v", r.Kind, err)
		}
	}
	return url, owner, n, [2]common.Hash{chain.BidID(provider, m1, big.NewInt(0)), chain.BidID(provider, m2, big.NewInt(0))}
}

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

// nextSecond moves anvil's clock on and mines a block.
func nextSecond(t *testing.T, url string) {
	t.Helper()
	c, err := rpc.DialContext(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.CallContext(context.Background(), nil, "evm_increaseTime", 2); err != nil {
		t.Fatal(err)
	}
	if err := c.CallContext(context.Background(), nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
}

func mustKey(t *testing.T, hex string) *ecdsaKey {
	t.Helper()
	k, err := crypto.HexToECDSA(strings.TrimPrefix(hex, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	return k
}
