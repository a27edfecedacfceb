//go:build e2e

package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chain/chaintest/anviltest"
	"github.com/morbotlabs/morbot/internal/rating"
)

// On anvil, over JSON-RPC: two providers on one model, ours cheaper with no sessions, theirs dearer
// with three sessions closed on valid receipts. Consumers' nodes rate theirs first; after our re-price
// below the price the rating names, ours.
func TestRatingAgainstAnvil(t *testing.T) {
	owner, c, _, advance := anviltest.World(t)
	ctx := context.Background()
	key0, _ := crypto.HexToECDSA(anviltest.Key0)
	key1, _ := crypto.HexToECDSA(anviltest.Key1)
	ours, theirs := chaintest.KeySigner{Key: key0}, chaintest.KeySigner{Key: key1}
	model := chain.ModelID(ours.Address(), common.HexToHash("0x01"))
	send := func(s chaintest.KeySigner, r chain.TxRequest) {
		t.Helper()
		if _, err := c.Send(ctx, s, r); err != nil {
			t.Fatalf("%s: %v", r.Kind, err)
		}
	}
	for _, s := range []chaintest.KeySigner{ours, theirs} {
		if err := owner.MintMOR(ctx, s.Address(), mor("2")); err != nil {
			t.Fatal(err)
		}
		send(s, c.ApproveTx(mor("2")))
	}
	send(ours, c.ProviderRegisterTx(ours.Address(), mor("0.1"), "127.0.0.1:3333"))
	send(ours, c.ModelRegisterTx(ours.Address(), common.HexToHash("0x01"), common.Hash{}, big.NewInt(0), mor("0.1"), "m", []string{"LLM"}))
	send(ours, c.PostModelBidTx(ours.Address(), model, big.NewInt(3e13)))
	theirBid, err := chaintest.NewRival(ctx, c, theirs, model, mor("0.2"), big.NewInt(4e13), "127.0.0.1:4444")
	if err != nil {
		t.Fatal(err)
	}
	if err := owner.ClosedSessions(ctx, theirs, theirBid, 3, chaintest.DefaultReceipt, advance); err != nil {
		t.Fatal(err)
	}

	place := func() (int, int, *chain.Market) {
		t.Helper()
		mk, err := c.Market(ctx, model)
		if err != nil {
			t.Fatal(err)
		}
		b := ourBid(mk, ours.Address())
		rank, of := rating.Place(rating.Market(mk), b)
		return rank, of, mk
	}
	rank, of, mk := place()
	if st := mk.Bidders[theirs.Address()].Stats; st.Success != 3 || st.Total != 3 || mk.Stats.Count != 1 || st.TPS.Mean != 10_000 || st.TTFT.Mean != 250 {
		t.Fatalf("their stats on chain: %+v, model %+v", st, mk.Stats)
	}
	if rank != 2 || of != 2 {
		t.Fatalf("ours ranks %d of %d as consumers rate it, want 2 of 2", rank, of)
	}
	if pr, pof := mk.Rank(big.NewInt(3e13), common.Hash{}); pr != 1 || pof != 3 {
		t.Fatalf("by price: %d of %d", pr, pof-1)
	}
	send(ours, c.PostModelBidTx(ours.Address(), model, big.NewInt(18e12)))
	if rank, of, _ := place(); rank != 1 || of != 2 {
		t.Fatalf("after the re-price ours ranks %d of %d, want 1 of 2", rank, of)
	}
}

func ourBid(mk *chain.Market, p common.Address) common.Hash {
	for _, b := range mk.Bids {
		if b.Provider == p {
			return b.ID
		}
	}
	return common.Hash{}
}
