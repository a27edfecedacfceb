package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
)

// Market is every active bid on one model, from all providers, read at one block.
type Market struct {
	Block uint64
	Model Model
	Bids  []Bid // cheapest first (ties by bid ID)
	// What consumers rate the bids by (reference §16): the model's stats, the provider minimum stake
	// (with the other minimums: the price range bounds what a re-price can do), and each bidding
	// provider's stake and stats on this model.
	Stats    ModelStats
	Minimums Minimums
	Bidders  map[common.Address]Bidder
}

// Rank is where a price would stand among the market's bids: 1 + the number of bids strictly
// cheaper (consumers pick cheap bids first), out of the bids plus this one when exclude is not among
// them.
func (m *Market) Rank(price *big.Int, exclude common.Hash) (rank, of int) {
	rank, of = 1, 1
	for _, b := range m.Bids {
		if b.ID == exclude {
			continue
		}
		of++
		if b.PricePerSecond.Cmp(price) < 0 {
			rank++
		}
	}
	return rank, of
}

// Prices are the bids' prices, cheapest first.
func (m *Market) Prices() []*big.Int {
	out := make([]*big.Int, len(m.Bids))
	for i, b := range m.Bids {
		out[i] = b.PricePerSecond
	}
	return out
}

// Market reads a model, all its active bids and what consumers rate them by at one block: with
// Multicall3, one round trip for the model, its stats, the minimum stake and the first page of bid
// IDs, one for every further page at once (past 200 bids), one per 500 bids, and one per 250 bidding
// providers (their stakes and stats).
func (c *Client) Market(ctx context.Context, model common.Hash) (*Market, error) {
	m := &Market{}
	defer func() { m.Minimums.Block = m.Block }()
	var (
		ids   []common.Hash
		total *big.Int
	)
	page := func(offset uint64) callReq {
		return c.diamondReq("getModelActiveBids", func(out []byte) error {
			p, t, err := decodeIDPage("getModelActiveBids", out)
			ids, total = append(ids, p...), t
			return err
		}, [32]byte(model), new(big.Int).SetUint64(offset), c.pageSize())
	}
	reqs := []callReq{c.diamondReq("getModel", func(out []byte) (err error) { m.Model, err = decodeModel(model, out); return }, [32]byte(model)), page(0),
		c.modelStatsReq(model, &m.Stats)}
	reqs = append(reqs, c.minimumsReqs(&m.Minimums)...)
	if c.net.HasMulticall() {
		reqs = append(reqs, callReq{to: c.net.Multicall3, data: pack(multicallABI, "getBlockNumber"), decode: func(out []byte) error {
			v, err := uintResult(multicallABI, "getBlockNumber", out)
			m.Block = u64(v)
			return err
		}})
		if err := c.multi(ctx, 0, reqs); err != nil {
			return nil, fmt.Errorf("market of %s: %w", model.Hex(), err)
		}
	} else {
		b, err := c.BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		m.Block = b
		if err := c.multi(ctx, b, reqs); err != nil {
			return nil, fmt.Errorf("market of %s: %w", model.Hex(), err)
		}
	}
	// Every further page of IDs in one round, at the same block.
	if have, all := uint64(len(ids)), u64(total); have < all {
		pages := make([][]common.Hash, (all-have+c.opts.Page-1)/c.opts.Page)
		reqs := make([]callReq, len(pages))
		for i := range pages {
			reqs[i] = c.diamondReq("getModelActiveBids", func(out []byte) (err error) {
				pages[i], _, err = decodeIDPage("getModelActiveBids", out)
				return
			}, [32]byte(model), new(big.Int).SetUint64(have+uint64(i)*c.opts.Page), c.pageSize())
		}
		if err := c.multiChunked(ctx, m.Block, reqs); err != nil {
			return nil, fmt.Errorf("market of %s: bids pages: %w", model.Hex(), err)
		}
		for _, p := range pages {
			ids = append(ids, p...)
		}
	}
	m.Bids = make([]Bid, len(ids))
	bidReqs := make([]callReq, len(ids))
	for i, id := range ids {
		bidReqs[i] = c.diamondReq("getBid", func(out []byte) (err error) { m.Bids[i], err = decodeBid(id, out); return }, id)
	}
	if err := c.multiChunked(ctx, m.Block, bidReqs); err != nil {
		return nil, fmt.Errorf("market of %s: bids: %w", model.Hex(), err)
	}
	var providers []common.Address
	m.Bidders = map[common.Address]Bidder{}
	for _, b := range m.Bids {
		if _, ok := m.Bidders[b.Provider]; !ok {
			m.Bidders[b.Provider] = Bidder{}
			providers = append(providers, b.Provider)
		}
	}
	bidders := make([]Bidder, len(providers))
	var stakeReqs []callReq
	for i, p := range providers {
		stakeReqs = append(stakeReqs, c.bidderReqs(model, p, &bidders[i])...)
	}
	if err := c.multiChunked(ctx, m.Block, stakeReqs); err != nil {
		return nil, fmt.Errorf("market of %s: providers: %w", model.Hex(), err)
	}
	for i, p := range providers {
		m.Bidders[p] = bidders[i]
	}
	sort.SliceStable(m.Bids, func(i, j int) bool {
		if c := m.Bids[i].PricePerSecond.Cmp(m.Bids[j].PricePerSecond); c != 0 {
			return c < 0
		}
		return bytes.Compare(m.Bids[i].ID[:], m.Bids[j].ID[:]) < 0
	})
	return m, nil
}
