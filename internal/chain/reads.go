package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/outside"
)

// Minimums are the marketplace's live limits, read at Block.
type Minimums struct {
	ProviderStake     *big.Int
	ModelStake        *big.Int
	BidFee            *big.Int
	MinPricePerSecond *big.Int
	MaxPricePerSecond *big.Int
	Block             uint64
}

// PriceInRange reports whether a price per second is within the inclusive bounds.
func (m Minimums) PriceInRange(p *big.Int) bool {
	return p.Cmp(m.MinPricePerSecond) >= 0 && p.Cmp(m.MaxPricePerSecond) <= 0
}

// Provider is a provider record. Unknown providers read as zero (CreatedAt == 0).
type Provider struct {
	Address common.Address
	// Endpoint is exactly what the chain holds (compared, dialled); show it with EndpointText.
	Endpoint          string
	Stake             *big.Int
	CreatedAt         uint64
	LimitPeriodEnd    uint64
	LimitPeriodEarned *big.Int
	IsDeleted         bool
}

// EndpointText is the endpoint to show: anyone can register one, so it is outside text, quoted.
func (p Provider) EndpointText() string { return outside.Quote(p.Endpoint) }

// Exists reports whether the provider was ever registered.
func (p Provider) Exists() bool { return p.CreatedAt != 0 }

// Active reports whether the provider is registered and not deregistered.
func (p Provider) Active() bool { return p.CreatedAt != 0 && !p.IsDeleted }

// Model is a model record. Unknown IDs read as zero (CreatedAt == 0).
type Model struct {
	ID        common.Hash
	IPFSCID   common.Hash
	Fee       *big.Int
	Stake     *big.Int
	Owner     common.Address
	Name      string   // a label anyone chose: cleaned of control, format and bidi characters, one line
	Tags      []string // cleaned as Name
	CreatedAt uint64
	IsDeleted bool
}

// Active reports whether the model exists and is not deregistered.
func (m Model) Active() bool { return m.CreatedAt != 0 && !m.IsDeleted }

// Bid is a bid record.
type Bid struct {
	ID             common.Hash
	Provider       common.Address
	ModelID        common.Hash
	PricePerSecond *big.Int
	Nonce          *big.Int
	CreatedAt      uint64
	DeletedAt      uint64
}

// Active reports whether the bid exists and is not deleted.
func (b Bid) Active() bool { return b.CreatedAt != 0 && b.DeletedAt == 0 }

type rawProvider struct {
	Endpoint          string
	Stake             *big.Int
	CreatedAt         *big.Int
	LimitPeriodEnd    *big.Int
	LimitPeriodEarned *big.Int
	IsDeleted         bool
}

type rawModel struct {
	IpfsCID   [32]byte
	Fee       *big.Int
	Stake     *big.Int
	Owner     common.Address
	Name      string   // a label anyone chose: cleaned of control, format and bidi characters, one line
	Tags      []string // cleaned as Name
	CreatedAt *big.Int
	IsDeleted bool
}

type rawBid struct {
	Provider       common.Address
	ModelId        [32]byte //nolint:revive // field name must match the ABI component
	PricePerSecond *big.Int
	Nonce          *big.Int
	CreatedAt      *big.Int
	DeletedAt      *big.Int
}

func u64(b *big.Int) uint64 {
	if b == nil || !b.IsUint64() {
		return 0
	}
	return b.Uint64()
}

func decodeProvider(addr common.Address, out []byte) (Provider, error) {
	vals, err := diamondABI.Unpack("getProvider", out)
	if err != nil || len(vals) != 1 {
		return Provider{}, fmt.Errorf("decode getProvider: %w", errOr(err))
	}
	r := *abi.ConvertType(vals[0], new(rawProvider)).(*rawProvider)
	return Provider{Address: addr, Endpoint: r.Endpoint, Stake: r.Stake, CreatedAt: u64(r.CreatedAt),
		LimitPeriodEnd: u64(r.LimitPeriodEnd), LimitPeriodEarned: r.LimitPeriodEarned, IsDeleted: r.IsDeleted}, nil
}

func decodeModel(id common.Hash, out []byte) (Model, error) {
	vals, err := diamondABI.Unpack("getModel", out)
	if err != nil || len(vals) != 1 {
		return Model{}, fmt.Errorf("decode getModel: %w", errOr(err))
	}
	r := *abi.ConvertType(vals[0], new(rawModel)).(*rawModel)
	return Model{ID: id, IPFSCID: r.IpfsCID, Fee: r.Fee, Stake: r.Stake, Owner: r.Owner, Name: outside.Clip(r.Name, 100), Tags: cleanTags(r.Tags),
		CreatedAt: u64(r.CreatedAt), IsDeleted: r.IsDeleted}, nil
}

// cleanTags cleans each tag as outside text (at most 20, of 40 runes each), dropping empty ones.
func cleanTags(tags []string) []string {
	var out []string
	for _, t := range tags {
		if len(out) == 20 {
			out = append(out, "…")
			break
		}
		if c := outside.Clip(t, 40); c != "" {
			out = append(out, c)
		}
	}
	return out
}

func decodeBid(id common.Hash, out []byte) (Bid, error) {
	vals, err := diamondABI.Unpack("getBid", out)
	if err != nil || len(vals) != 1 {
		return Bid{}, fmt.Errorf("decode getBid: %w", errOr(err))
	}
	r := *abi.ConvertType(vals[0], new(rawBid)).(*rawBid)
	return Bid{ID: id, Provider: r.Provider, ModelID: r.ModelId, PricePerSecond: r.PricePerSecond, Nonce: r.Nonce,
		CreatedAt: u64(r.CreatedAt), DeletedAt: u64(r.DeletedAt)}, nil
}

func errOr(err error) error {
	if err == nil {
		return errors.New("unexpected return values")
	}
	return err
}

func decodeUint(method string) func([]byte) (*big.Int, error) {
	return func(out []byte) (*big.Int, error) { return uintResult(diamondABI, method, out) }
}

// uintResult decodes the single uint256 a method of ABI a returns.
func uintResult(a abi.ABI, method string, out []byte) (*big.Int, error) {
	vals, err := a.Unpack(method, out)
	if err != nil || len(vals) != 1 {
		return nil, fmt.Errorf("decode %s: %w", method, errOr(err))
	}
	v, ok := vals[0].(*big.Int)
	if !ok {
		return nil, fmt.Errorf("decode %s: not a uint256", method)
	}
	return v, nil
}

func decodeIDPage(method string, out []byte) ([]common.Hash, *big.Int, error) {
	vals, err := diamondABI.Unpack(method, out)
	if err != nil || len(vals) != 2 {
		return nil, nil, fmt.Errorf("decode %s: %w", method, errOr(err))
	}
	ids, _ := vals[0].([][32]byte)
	total, _ := vals[1].(*big.Int)
	hs := make([]common.Hash, len(ids))
	for i, id := range ids {
		hs[i] = id
	}
	return hs, total, nil
}

// ---- batched calls

// callReq is one read in a batch: the target, calldata, and what to do with the answer.
type callReq struct {
	to     common.Address
	data   []byte
	decode func(out []byte) error
}

// multi runs reads at one block in a single round trip: through Multicall3 aggregate3 when the
// network has it, otherwise as one JSON-RPC batch of eth_call. A revert in any read is returned decoded.
func (c *Client) multi(ctx context.Context, block uint64, reqs []callReq) error {
	if len(reqs) == 0 {
		return nil
	}
	if c.net.HasMulticall() {
		return c.multicall(ctx, block, reqs)
	}
	elems := make([]rpc.BatchElem, len(reqs))
	outs := make([]hexutil.Bytes, len(reqs))
	for i, r := range reqs {
		to := r.to
		elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{callArgs{To: &to, Data: r.data}, blockArg(block)}, Result: &outs[i]}
	}
	if err := c.rpc.BatchCallContext(ctx, elems); err != nil {
		return fmt.Errorf("batched reads: %w", err)
	}
	for i, r := range reqs {
		if err := elems[i].Error; err != nil {
			if rv := revertFrom(err); rv != nil {
				return rv
			}
			return fmt.Errorf("batched read %d: %w", i, err)
		}
		if err := r.decode(outs[i]); err != nil {
			return err
		}
	}
	return nil
}

type call3 struct {
	Target       common.Address
	AllowFailure bool
	CallData     []byte
}

type result3 struct {
	Success    bool
	ReturnData []byte
}

func (c *Client) multicall(ctx context.Context, block uint64, reqs []callReq) error {
	calls := make([]call3, len(reqs))
	for i, r := range reqs {
		calls[i] = call3{Target: r.to, AllowFailure: true, CallData: r.data}
	}
	out, err := c.call(ctx, c.net.Multicall3, pack(multicallABI, "aggregate3", calls), block)
	if err != nil {
		return fmt.Errorf("multicall aggregate3: %w", err)
	}
	vals, err := multicallABI.Unpack("aggregate3", out)
	if err != nil || len(vals) != 1 {
		return fmt.Errorf("decode aggregate3: %w", errOr(err))
	}
	res := *abi.ConvertType(vals[0], new([]result3)).(*[]result3)
	if len(res) != len(reqs) {
		return fmt.Errorf("aggregate3 returned %d results for %d calls", len(res), len(reqs))
	}
	for i, r := range reqs {
		if !res[i].Success {
			return DecodeRevert(res[i].ReturnData)
		}
		if err := r.decode(res[i].ReturnData); err != nil {
			return err
		}
	}
	return nil
}

func (c *Client) diamondReq(method string, decode func([]byte) error, args ...any) callReq {
	return callReq{to: c.net.Diamond, data: pack(diamondABI, method, args...), decode: decode}
}

func (c *Client) minimumsReqs(m *Minimums) []callReq {
	set := func(dst **big.Int, method string) callReq {
		return c.diamondReq(method, func(out []byte) error {
			v, err := decodeUint(method)(out)
			*dst = v
			return err
		})
	}
	return []callReq{
		set(&m.ProviderStake, "getProviderMinimumStake"),
		set(&m.ModelStake, "getModelMinimumStake"),
		set(&m.BidFee, "getBidFee"),
		c.diamondReq("getMinMaxBidPricePerSecond", func(out []byte) error {
			vals, err := diamondABI.Unpack("getMinMaxBidPricePerSecond", out)
			if err != nil || len(vals) != 2 {
				return fmt.Errorf("decode getMinMaxBidPricePerSecond: %w", errOr(err))
			}
			m.MinPricePerSecond, _ = vals[0].(*big.Int)
			m.MaxPricePerSecond, _ = vals[1].(*big.Int)
			return nil
		}),
	}
}

// pinBlock returns the latest block number, so a batch of reads sees one consistent state.
func (c *Client) pinBlock(ctx context.Context) (uint64, error) { return c.BlockNumber(ctx) }

// Minimums reads every live minimum at one block.
func (c *Client) Minimums(ctx context.Context) (Minimums, error) {
	block, err := c.pinBlock(ctx)
	if err != nil {
		return Minimums{}, err
	}
	m := Minimums{Block: block}
	if err := c.multi(ctx, block, c.minimumsReqs(&m)); err != nil {
		return Minimums{}, fmt.Errorf("read minimums: %w", err)
	}
	return m, nil
}

// Provider reads a provider record.
func (c *Client) Provider(ctx context.Context, addr common.Address) (Provider, error) {
	out, err := c.readDiamond(ctx, "getProvider", 0, addr)
	if err != nil {
		return Provider{}, err
	}
	return decodeProvider(addr, out)
}

// Model reads a model record by its (derived) ID.
func (c *Client) Model(ctx context.Context, id common.Hash) (Model, error) {
	out, err := c.readDiamond(ctx, "getModel", 0, id)
	if err != nil {
		return Model{}, err
	}
	return decodeModel(id, out)
}

// Bid reads a bid by ID.
func (c *Client) Bid(ctx context.Context, id common.Hash) (Bid, error) {
	out, err := c.readDiamond(ctx, "getBid", 0, id)
	if err != nil {
		return Bid{}, err
	}
	return decodeBid(id, out)
}

// ProviderActiveBids returns one page of a provider's active bid IDs and the total.
func (c *Client) ProviderActiveBids(ctx context.Context, provider common.Address, offset, limit uint64) ([]common.Hash, uint64, error) {
	out, err := c.readDiamond(ctx, "getProviderActiveBids", 0, provider, new(big.Int).SetUint64(offset), new(big.Int).SetUint64(limit))
	if err != nil {
		return nil, 0, err
	}
	ids, total, err := decodeIDPage("getProviderActiveBids", out)
	return ids, u64(total), err
}

// ModelActiveBids returns one page of a model's active bid IDs (any provider) and the total.
func (c *Client) ModelActiveBids(ctx context.Context, model common.Hash, offset, limit uint64) ([]common.Hash, uint64, error) {
	out, err := c.readDiamond(ctx, "getModelActiveBids", 0, model, new(big.Int).SetUint64(offset), new(big.Int).SetUint64(limit))
	if err != nil {
		return nil, 0, err
	}
	ids, total, err := decodeIDPage("getModelActiveBids", out)
	return ids, u64(total), err
}

// MORBalance returns an account's MOR balance.
func (c *Client) MORBalance(ctx context.Context, a common.Address) (*big.Int, error) {
	out, err := c.call(ctx, c.net.MOR, pack(erc20ABI, "balanceOf", a), 0)
	if err != nil {
		return nil, fmt.Errorf("MOR balance of %s: %w", a.Hex(), err)
	}
	return uintResult(erc20ABI, "balanceOf", out)
}

// Allowance returns the MOR the Diamond may pull from owner.
func (c *Client) Allowance(ctx context.Context, owner common.Address) (*big.Int, error) {
	out, err := c.call(ctx, c.net.MOR, pack(erc20ABI, "allowance", owner, c.net.Diamond), 0)
	if err != nil {
		return nil, fmt.Errorf("MOR allowance of %s to the Diamond: %w", owner.Hex(), err)
	}
	return uintResult(erc20ABI, "allowance", out)
}
