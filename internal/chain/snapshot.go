package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
)

// defaultPage is how many IDs one paged read asks for unless Options.Page says otherwise; a provider
// rarely has more active bids.
const defaultPage = 200

// Snapshot is a provider's whole position read at one block.
type Snapshot struct {
	Block      uint64
	Time       uint64 // block timestamp
	Minimums   Minimums
	Provider   Provider
	ActiveBids []Bid                 // ordered by model name, then bid ID
	Models     map[common.Hash]Model // the requested models and the models of the active bids
	MORBalance *big.Int
	Allowance  *big.Int // MOR the Diamond may pull
	ETHBalance *big.Int
	BaseFee    *big.Int  // of the block read, for gas estimates
	Earnings   *Earnings // the provider's sessions and pay at the same block
	// Signer is the account that signs and pays gas: the provider wallet itself, or an operator key
	// holding delegated rights. SignerETH is its ETH (the provider's ETHBalance when they are the
	// same); Rights are the operator's grants (nil when the signer is the provider).
	Signer    common.Address
	SignerETH *big.Int
	Rights    *Rights
}

// Operator reports whether a delegated operator key signs for the provider.
func (s *Snapshot) Operator() bool { return s.Signer != s.Provider.Address }

// Snapshot gathers a provider's status in a bounded number of round trips: with Multicall3, one
// aggregate3 for minimums, provider, first page of bids, balances, allowance and the given models,
// and one more for the bids (plus one for any bid's model not given). Without Multicall3 the same
// reads go as JSON-RPC batches.
func (c *Client) Snapshot(ctx context.Context, provider common.Address, models ...common.Hash) (*Snapshot, error) {
	return c.SnapshotFor(ctx, provider, provider, models...)
}

// SnapshotFor is Snapshot for a provider whose transactions signer signs: it also reads the
// signer's ETH and, when the signer is an operator, the rights it holds, in the same round trips.
func (c *Client) SnapshotFor(ctx context.Context, provider, signer common.Address, models ...common.Hash) (*Snapshot, error) {
	s := &Snapshot{Models: map[common.Hash]Model{}, Signer: signer}
	var (
		bidIDs   []common.Hash
		bidTotal *big.Int
		block    uint64
	)
	reqs := c.minimumsReqs(&s.Minimums)
	reqs = append(reqs,
		c.diamondReq("getProvider", func(out []byte) (err error) { s.Provider, err = decodeProvider(provider, out); return }, provider),
		c.diamondReq("getProviderActiveBids", func(out []byte) (err error) {
			bidIDs, bidTotal, err = decodeIDPage("getProviderActiveBids", out)
			return
		}, provider, big.NewInt(0), c.pageSize()),
		callReq{to: c.net.MOR, data: pack(erc20ABI, "balanceOf", provider), decode: func(out []byte) (err error) {
			s.MORBalance, err = uintResult(erc20ABI, "balanceOf", out)
			return
		}},
		callReq{to: c.net.MOR, data: pack(erc20ABI, "allowance", provider, c.net.Diamond), decode: func(out []byte) (err error) {
			s.Allowance, err = uintResult(erc20ABI, "allowance", out)
			return
		}},
	)
	reqs = append(reqs, c.modelReqs(s, models)...)
	er := c.newEarningsRead(ctx, newEarnings(0, 0), provider)
	reqs = append(reqs, er.first()...)
	if signer != provider {
		s.Rights = &Rights{Operator: signer, Provider: provider}
		reqs = append(reqs, c.rightsReqs(s.Rights)...)
	}

	if c.net.HasMulticall() {
		mc := func(method string, dst *uint64, args ...any) callReq {
			return callReq{to: c.net.Multicall3, data: pack(multicallABI, method, args...), decode: func(out []byte) error {
				v, err := uintResult(multicallABI, method, out)
				*dst = u64(v)
				return err
			}}
		}
		var baseFee uint64
		reqs = append(reqs, mc("getBlockNumber", &block), mc("getCurrentBlockTimestamp", &s.Time), mc("getBasefee", &baseFee),
			callReq{to: c.net.Multicall3, data: pack(multicallABI, "getEthBalance", provider), decode: func(out []byte) (err error) {
				s.ETHBalance, err = uintResult(multicallABI, "getEthBalance", out)
				return
			}})
		if signer != provider {
			reqs = append(reqs, callReq{to: c.net.Multicall3, data: pack(multicallABI, "getEthBalance", signer), decode: func(out []byte) (err error) {
				s.SignerETH, err = uintResult(multicallABI, "getEthBalance", out)
				return
			}})
		}
		if err := c.multi(ctx, 0, reqs); err != nil {
			return nil, fmt.Errorf("snapshot of %s: %w", provider.Hex(), err)
		}
		s.BaseFee = new(big.Int).SetUint64(baseFee)
	} else {
		h, err := c.HeaderByNumber(ctx, 0)
		if err != nil {
			return nil, fmt.Errorf("snapshot of %s: %w", provider.Hex(), err)
		}
		block, s.Time, s.BaseFee = h.Number.Uint64(), h.Time, h.BaseFee
		if s.BaseFee == nil {
			s.BaseFee = new(big.Int)
		}
		if err := c.multi(ctx, block, reqs); err != nil {
			return nil, fmt.Errorf("snapshot of %s: %w", provider.Hex(), err)
		}
		if s.ETHBalance, err = c.ethBalanceAt(ctx, provider, block); err != nil {
			return nil, fmt.Errorf("snapshot of %s: %w", provider.Hex(), err)
		}
		if signer != provider {
			if s.SignerETH, err = c.ethBalanceAt(ctx, signer, block); err != nil {
				return nil, fmt.Errorf("snapshot of %s: %w", provider.Hex(), err)
			}
		}
	}
	s.Block, s.Minimums.Block = block, block
	if signer == provider {
		s.SignerETH = s.ETHBalance
	}
	er.e.Block, er.e.Time, er.e.Provider = block, s.Time, s.Provider
	if err := er.pages(ctx); err != nil {
		return nil, err
	}

	// Further pages of bid IDs, then the bids themselves and any model not yet read, at the same block.
	for total := u64(bidTotal); uint64(len(bidIDs)) < total; {
		var page []common.Hash
		err := c.multi(ctx, block, []callReq{c.diamondReq("getProviderActiveBids", func(out []byte) (err error) {
			page, _, err = decodeIDPage("getProviderActiveBids", out)
			return
		}, provider, new(big.Int).SetUint64(uint64(len(bidIDs))), c.pageSize())})
		if err != nil {
			return nil, fmt.Errorf("snapshot of %s: bids page: %w", provider.Hex(), err)
		}
		if len(page) == 0 {
			break
		}
		bidIDs = append(bidIDs, page...)
	}
	s.ActiveBids = make([]Bid, len(bidIDs))
	bidReqs := make([]callReq, len(bidIDs))
	for i, id := range bidIDs {
		bidReqs[i] = c.diamondReq("getBid", func(out []byte) (err error) { s.ActiveBids[i], err = decodeBid(id, out); return }, id)
	}
	if err := c.multiChunked(ctx, block, append(bidReqs, er.second()...)); err != nil {
		return nil, fmt.Errorf("snapshot of %s: bids and sessions: %w", provider.Hex(), err)
	}
	if err := er.finish(ctx, s.ActiveBids); err != nil {
		return nil, err
	}
	s.Earnings = er.e
	var missing []common.Hash
	seen := map[common.Hash]bool{}
	for _, b := range s.ActiveBids {
		if _, ok := s.Models[b.ModelID]; !ok && !seen[b.ModelID] {
			missing = append(missing, b.ModelID)
			seen[b.ModelID] = true
		}
	}
	if err := c.multi(ctx, block, c.modelReqs(s, missing)); err != nil {
		return nil, fmt.Errorf("snapshot of %s: models: %w", provider.Hex(), err)
	}
	sort.SliceStable(s.ActiveBids, func(i, j int) bool {
		ni, nj := s.Models[s.ActiveBids[i].ModelID].Name, s.Models[s.ActiveBids[j].ModelID].Name
		if ni != nj {
			return ni < nj
		}
		return bytes.Compare(s.ActiveBids[i].ID[:], s.ActiveBids[j].ID[:]) < 0
	})
	return s, nil
}

func (c *Client) modelReqs(s *Snapshot, ids []common.Hash) []callReq {
	reqs := make([]callReq, 0, len(ids))
	for _, id := range ids {
		reqs = append(reqs, c.diamondReq("getModel", func(out []byte) error {
			m, err := decodeModel(id, out)
			s.Models[id] = m
			return err
		}, id))
	}
	return reqs
}

// pageSize is Options.Page as a call argument.
func (c *Client) pageSize() *big.Int { return new(big.Int).SetUint64(c.opts.Page) }
