package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// State is the part of a provider's position that plans are built on, read at one block: its
// record, its active bids, the Diamond's MOR allowance and some models. The executor reads it again
// just before it signs, to see whether what a plan was approved against still holds.
type State struct {
	Block      uint64
	Provider   Provider
	ActiveBids []Bid
	Allowance  *big.Int
	Models     map[common.Hash]Model
}

// State is the snapshot's part that plans are built on.
func (s *Snapshot) State() *State {
	return &State{Block: s.Block, Provider: s.Provider, ActiveBids: s.ActiveBids, Allowance: s.Allowance, Models: s.Models}
}

// StateAt reads a provider's State at a block (0: the latest), with the given models, in two
// rounds: the records, the first page of bid IDs and the allowance, then the bids.
func (c *Client) StateAt(ctx context.Context, block uint64, provider common.Address, models ...common.Hash) (*State, error) {
	if block == 0 {
		b, err := c.BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		block = b
	}
	st := &State{Block: block, Models: map[common.Hash]Model{}}
	var (
		ids   []common.Hash
		total *big.Int
	)
	reqs := []callReq{
		c.diamondReq("getProvider", func(out []byte) (err error) { st.Provider, err = decodeProvider(provider, out); return }, provider),
		c.diamondReq("getProviderActiveBids", func(out []byte) (err error) {
			ids, total, err = decodeIDPage("getProviderActiveBids", out)
			return
		}, provider, big.NewInt(0), c.pageSize()),
		{to: c.net.MOR, data: pack(erc20ABI, "allowance", provider, c.net.Diamond), decode: func(out []byte) (err error) {
			st.Allowance, err = uintResult(erc20ABI, "allowance", out)
			return
		}},
	}
	for _, id := range models {
		reqs = append(reqs, c.diamondReq("getModel", func(out []byte) error {
			m, err := decodeModel(id, out)
			st.Models[id] = m
			return err
		}, id))
	}
	if err := c.multi(ctx, block, reqs); err != nil {
		return nil, fmt.Errorf("state of %s at block %d: %w", provider.Hex(), block, err)
	}
	for all := u64(total); uint64(len(ids)) < all; {
		var page []common.Hash
		if err := c.multi(ctx, block, []callReq{c.diamondReq("getProviderActiveBids", func(out []byte) (err error) {
			page, _, err = decodeIDPage("getProviderActiveBids", out)
			return
		}, provider, new(big.Int).SetUint64(uint64(len(ids))), c.pageSize())}); err != nil {
			return nil, fmt.Errorf("state of %s at block %d: bids page: %w", provider.Hex(), block, err)
		}
		if len(page) == 0 {
			break
		}
		ids = append(ids, page...)
	}
	st.ActiveBids = make([]Bid, len(ids))
	bidReqs := make([]callReq, len(ids))
	for i, id := range ids {
		bidReqs[i] = c.diamondReq("getBid", func(out []byte) (err error) { st.ActiveBids[i], err = decodeBid(id, out); return }, id)
	}
	if err := c.multiChunked(ctx, block, bidReqs); err != nil {
		return nil, fmt.Errorf("state of %s at block %d: bids: %w", provider.Hex(), block, err)
	}
	return st, nil
}
