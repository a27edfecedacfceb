package main

import (
	"context"
	"math/big"
	"sort"
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
)

// anvilProvider starts anvil (automine, or as flags say), deploys the doubles and registers the provider (the
// well-known key) with a model and a bid on it; it returns the node's URL, the owner (the marketplace
// admin and a funded consumer) and the bid.
func anvilProvider(t testing.TB, flags ...string) (string, *chaintest.Owner, chain.Network, [2]common.Hash) {
	t.Helper()
	const chainID = 31337
	url := anviltest.Start(t, chainID, flags...)
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

// nextSecond moves anvil's clock on and mines a block.
func nextSecond(t testing.TB, url string) {
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

func mustKey(t testing.TB, hex string) *ecdsaKey {
	t.Helper()
	k, err := crypto.HexToECDSA(strings.TrimPrefix(hex, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// BenchmarkEventToChat: on anvil mining every 2 s, 50 providerSetMinStake calls one after another;
// for each, the time from its receipt (seen by polling every 10 ms) to the notice on morbot's console,
// with the chain watch subscribed to new heads over a WebSocket and polling the block number (500 ms).
func BenchmarkEventToChat(b *testing.B) {
	for _, mode := range []string{"subscription", "polling"} {
		b.Run(mode, func(b *testing.B) {
			url, owner, n, _ := anvilProvider(b, "--block-time", "2")
			var ws []string
			if mode == "subscription" {
				ws = []string{"ws" + strings.TrimPrefix(url, "http")}
			}
			p := startMorbot(b, mode, nil, "run", "--config", watchConfig(b, n, url, ws, "500ms"), "--console")
			p.waitFor("chain watch: following the chain from block", 1)
			if len(ws) > 0 {
				p.waitFor("chain watch: subscribed to new heads", 1)
			}
			ctx := context.Background()
			ec, err := ethclient.DialContext(ctx, url)
			if err != nil {
				b.Fatal(err)
			}
			defer ec.Close()
			var lat []time.Duration
			for b.Loop() {
				lat = lat[:0]
				for i := range 50 {
					v := new(big.Int).Add(mustMOR("0.1"), big.NewInt(int64(i+1)*1e15))
					h, err := owner.SendSetProviderMinStake(ctx, v)
					if err != nil {
						b.Fatal(err)
					}
					tick := time.NewTicker(10 * time.Millisecond)
					for {
						if _, err := ec.TransactionReceipt(ctx, h); err == nil {
							break
						}
						<-tick.C
					}
					tick.Stop()
					mined := time.Now()
					p.waitFor("→ "+chain.FormatMOR(v)+". ", 1)
					lat = append(lat, time.Since(mined))
				}
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[(len(lat)*99+99)/100-1].Microseconds())/1000, "p99-ms")
		})
	}
}
