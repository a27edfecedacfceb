//go:build e2e

package chain_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chain/chaintest/anviltest"
	"github.com/morbotlabs/morbot/internal/sessionindex"
	"github.com/morbotlabs/morbot/internal/store/testdb"
)

// Issue 37's acceptance on anvil, over JSON-RPC: 150 sessions on a provider at the minimum stake, 148
// of them closed late with receipts, so the earnings cap pays 16 and more than half wait for pay. Once
// the session index holds them, a warm /mor earnings read and a /mor status snapshot each read at most
// 5 sessions in at most 4 round trips, with every session in the figures.
func TestCappedSessionsReadOnceAgainstAnvil(t *testing.T) {
	owner, c, f, advance := anviltest.World(t)
	ctx := context.Background()
	key, _ := crypto.HexToECDSA(anviltest.Key0)
	net := owner.Network("anvil")
	prov := chaintest.KeySigner{Key: key}
	if err := owner.MintMOR(ctx, prov.Address(), mor("1")); err != nil {
		t.Fatal(err)
	}
	base := common.HexToHash("0x01")
	model := chain.ModelID(prov.Address(), base)
	for _, r := range []chain.TxRequest{c.ApproveTx(mor("1")), c.ProviderRegisterTx(prov.Address(), mor("0.1"), "127.0.0.1:3333"),
		c.ModelRegisterTx(prov.Address(), base, common.Hash{}, big.NewInt(0), mor("0.1"), "m", []string{"LLM"}), c.PostModelBidTx(prov.Address(), model, big.NewInt(1e13))} {
		if _, err := c.Send(ctx, prov, r); err != nil {
			t.Fatalf("%s: %v", r.Kind, err)
		}
	}
	consumer, err := owner.NewConsumer(ctx, mor("2"))
	if err != nil {
		t.Fatal(err)
	}
	ids, err := consumer.Open(ctx, chaintest.KeyMessageSigner(key), chain.BidID(prov.Address(), model, big.NewInt(0)), mor("0.006"), false, 150)
	if err != nil {
		t.Fatal(err)
	}
	if err := advance(700 * time.Second); err != nil {
		t.Fatal(err)
	}
	if err := consumer.Close(ctx, chaintest.KeyMessageSigner(key), ids[:148]); err != nil {
		t.Fatal(err)
	}
	full, err := c.Earnings(ctx, prov.Address())
	if err != nil {
		t.Fatal(err)
	}
	capped := 0
	for _, s := range full.Sessions {
		if s.Closed() && !s.Settled(full.Prices[s.BidID]) {
			capped++
		}
	}
	if len(full.Sessions) != 150 || capped <= 75 {
		t.Fatalf("%d sessions, %d closed and waiting for pay: the history needs more than half", len(full.Sessions), capped)
	}
	db, err := testdb.Open(t, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	counter := &chaintest.Counter{Inner: f}
	indexed := chain.NewClient(counter, net, chain.Options{SessionIndex: sessionindex.New(db)})
	if cold, err := indexed.Earnings(ctx, prov.Address()); err != nil || cold.Reads.Read != 150 {
		t.Fatalf("cold read: %+v %v", cold.Reads, err)
	}
	for name, read := range map[string]func() (*chain.Earnings, error){
		"earnings": func() (*chain.Earnings, error) { return indexed.Earnings(ctx, prov.Address()) },
		"status": func() (*chain.Earnings, error) {
			s, err := indexed.Snapshot(ctx, prov.Address(), model)
			if err != nil {
				return nil, err
			}
			return s.Earnings, nil
		},
	} {
		counter.Reset()
		e, err := read()
		if err != nil {
			t.Fatal(err)
		}
		if rt := counter.Count(); e.Reads.Read > 5 || rt > 4 || e.Count() != 150 || e.Reads.Held < capped {
			t.Fatalf("warm %s: %+v, %d sessions, %d round trips (want ≤ 5 read, ≤ 4 round trips, the %d capped from the index)", name, e.Reads, e.Count(), rt, capped)
		}
		t.Logf("warm %s on anvil: %d getSession reads, %d round trips, %d held from the index", name, e.Reads.Read, counter.Count(), e.Reads.Held)
	}
}
