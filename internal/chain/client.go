package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Options tune a Client. Zero values take the defaults.
type Options struct {
	Confirmations        uint64        // blocks a receipt must be buried under (1 = mined)
	ReceiptTimeout       time.Duration // how long Send waits for a receipt
	PollInterval         time.Duration // receipt polling interval
	MaxFeePerGas         *big.Int      // cap in wei; nil = no cap
	MaxPriorityFeePerGas *big.Int      // cap in wei; nil = no cap
	GasHeadroomPercent   uint64        // added to gas estimates
	Logger               *slog.Logger
	// SessionIndex keeps settled sessions between reads, so earnings reads fetch only what can still
	// change (nil: every read reads every session).
	SessionIndex SessionIndex
	// Page is how many IDs (bids, sessions) one paged read asks for (default 200, what the contract's
	// list getters serve comfortably); tests page at small sizes.
	Page uint64
}

// Client reads and writes the Morpheus marketplace through one RPC transport.
type Client struct {
	rpc  RPC
	net  Network
	opts Options
	log  *slog.Logger
}

// NewClient builds a client for a network over a transport (a *Failover in production).
func NewClient(r RPC, n Network, o Options) *Client {
	if o.Confirmations == 0 {
		o.Confirmations = 1
	}
	if o.ReceiptTimeout <= 0 {
		o.ReceiptTimeout = 5 * time.Minute
	}
	if o.Page == 0 {
		o.Page = defaultPage
	}
	if o.PollInterval <= 0 {
		o.PollInterval = time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return &Client{rpc: r, net: n, opts: o, log: o.Logger}
}

// Network returns the network the client is bound to.
func (c *Client) Network() Network { return c.net }

// ChainID returns the configured chain ID as a big.Int.
func (c *Client) ChainID() *big.Int { return new(big.Int).SetUint64(c.net.ChainID) }

// StartupError says why an RPC endpoint does not serve the configured network.
type StartupError struct {
	Endpoint string
	Problem  string
}

func (e *StartupError) Error() string {
	return fmt.Sprintf("RPC %s: %s", e.Endpoint, e.Problem)
}

// Verify checks one endpoint: chain ID equals the configured one, Diamond and MOR hold code, and the
// Diamond's getToken() is the configured MOR. Call it for every endpoint at start.
func Verify(ctx context.Context, ep Endpoint, n Network, timeout time.Duration) error {
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var id hexutil.Big
	if err := ep.RPC.CallContext(ctx, &id, "eth_chainId"); err != nil {
		return &StartupError{Endpoint: ep.Redacted(), Problem: fmt.Sprintf("cannot read the chain ID: %v", err)}
	}
	if got := (*big.Int)(&id); got.Cmp(new(big.Int).SetUint64(n.ChainID)) != 0 {
		return &StartupError{Endpoint: ep.Redacted(), Problem: fmt.Sprintf("serves chain ID %s but the configured network %s is chain ID %d", got, n.Name, n.ChainID)}
	}
	for _, a := range []struct {
		what string
		addr common.Address
	}{{"Diamond (marketplace)", n.Diamond}, {"MOR token", n.MOR}} {
		var code hexutil.Bytes
		if err := ep.RPC.CallContext(ctx, &code, "eth_getCode", a.addr, "latest"); err != nil {
			return &StartupError{Endpoint: ep.Redacted(), Problem: fmt.Sprintf("cannot read code at the %s %s: %v", a.what, a.addr.Hex(), err)}
		}
		if len(code) == 0 {
			return &StartupError{Endpoint: ep.Redacted(), Problem: fmt.Sprintf("no contract code at the %s address %s on chain %d: wrong network or address", a.what, a.addr.Hex(), n.ChainID)}
		}
	}
	c := NewClient(ep.RPC, n, Options{})
	tok, err := c.Token(ctx)
	if err != nil {
		return &StartupError{Endpoint: ep.Redacted(), Problem: fmt.Sprintf("getToken() on the Diamond failed: %v", err)}
	}
	if tok != n.MOR {
		return &StartupError{Endpoint: ep.Redacted(), Problem: fmt.Sprintf("the Diamond's token is %s, not the configured MOR %s", tok.Hex(), n.MOR.Hex())}
	}
	return nil
}

type callArgs struct {
	From  *common.Address `json:"from,omitempty"`
	To    *common.Address `json:"to"`
	Data  hexutil.Bytes   `json:"input"`
	Value *hexutil.Big    `json:"value,omitempty"`
	Gas   *hexutil.Uint64 `json:"gas,omitempty"`
}

func blockArg(block uint64) string {
	if block == 0 {
		return "latest"
	}
	return hexutil.EncodeUint64(block)
}

// call runs eth_call at a block (0 = latest).
func (c *Client) call(ctx context.Context, to common.Address, data []byte, block uint64) ([]byte, error) {
	var out hexutil.Bytes
	err := c.rpc.CallContext(ctx, &out, "eth_call", callArgs{To: &to, Data: data}, blockArg(block))
	if err != nil {
		if rv := revertFrom(err); rv != nil {
			return nil, rv
		}
		return nil, err
	}
	return out, nil
}

// BlockNumber returns the latest block number.
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	var n hexutil.Uint64
	if err := c.rpc.CallContext(ctx, &n, "eth_blockNumber"); err != nil {
		return 0, fmt.Errorf("block number: %w", err)
	}
	return uint64(n), nil
}

// HeaderByNumber returns a block header (0 = latest). Only headers are read: full OP-stack blocks
// carry deposit transactions go-ethereum cannot decode.
func (c *Client) HeaderByNumber(ctx context.Context, number uint64) (*types.Header, error) {
	var h *types.Header
	if err := c.rpc.CallContext(ctx, &h, "eth_getBlockByNumber", blockArg(number), false); err != nil {
		return nil, fmt.Errorf("header %s: %w", blockArg(number), err)
	}
	if h == nil {
		return nil, fmt.Errorf("header %s: not found", blockArg(number))
	}
	return h, nil
}

// ETHBalance returns an account's ETH balance.
func (c *Client) ETHBalance(ctx context.Context, a common.Address) (*big.Int, error) {
	return c.ethBalanceAt(ctx, a, 0)
}

func (c *Client) ethBalanceAt(ctx context.Context, a common.Address, block uint64) (*big.Int, error) {
	var b hexutil.Big
	if err := c.rpc.CallContext(ctx, &b, "eth_getBalance", a, blockArg(block)); err != nil {
		return nil, fmt.Errorf("ETH balance of %s: %w", a.Hex(), err)
	}
	return (*big.Int)(&b), nil
}

// FilterLogs returns logs matching a query (block ranges are the caller's to chunk).
func (c *Client) FilterLogs(ctx context.Context, from, to uint64, addr common.Address, topics [][]common.Hash) ([]types.Log, error) {
	arg := map[string]any{"fromBlock": hexutil.EncodeUint64(from), "toBlock": hexutil.EncodeUint64(to), "address": addr}
	if len(topics) > 0 {
		arg["topics"] = topics
	}
	var logs []types.Log
	if err := c.rpc.CallContext(ctx, &logs, "eth_getLogs", arg); err != nil {
		return nil, fmt.Errorf("logs %d-%d: %w", from, to, err)
	}
	return logs, nil
}

// LogFilter is one eth_getLogs filter: an address and topic positions (nil matches any).
type LogFilter struct {
	Address common.Address
	Topics  [][]common.Hash
}

// FilterLogsBatch reads the logs of several filters over the same blocks in one round trip (a
// JSON-RPC batch), ordered by block and log index.
func (c *Client) FilterLogsBatch(ctx context.Context, from, to uint64, filters []LogFilter) ([]types.Log, error) {
	if len(filters) == 0 {
		return nil, nil
	}
	outs := make([][]types.Log, len(filters))
	elems := make([]rpc.BatchElem, len(filters))
	for i, f := range filters {
		arg := map[string]any{"fromBlock": hexutil.EncodeUint64(from), "toBlock": hexutil.EncodeUint64(to), "address": f.Address}
		if len(f.Topics) > 0 {
			arg["topics"] = f.Topics
		}
		elems[i] = rpc.BatchElem{Method: "eth_getLogs", Args: []any{arg}, Result: &outs[i]}
	}
	if err := c.rpc.BatchCallContext(ctx, elems); err != nil {
		return nil, fmt.Errorf("logs %d-%d: %w", from, to, err)
	}
	var all []types.Log
	seen := map[[2]any]bool{}
	for i, e := range elems {
		if e.Error != nil {
			return nil, fmt.Errorf("logs %d-%d: %w", from, to, e.Error)
		}
		for _, l := range outs[i] {
			k := [2]any{l.BlockHash, l.Index}
			if !seen[k] { // two filters may match one log
				seen[k] = true
				all = append(all, l)
			}
		}
	}
	sort.Slice(all, func(a, b int) bool {
		if all[a].BlockNumber != all[b].BlockNumber {
			return all[a].BlockNumber < all[b].BlockNumber
		}
		return all[a].Index < all[b].Index
	})
	return all, nil
}

func unpack[T any](method string, out []byte, convert func([]any) (T, error)) (T, error) {
	var zero T
	vals, err := diamondABI.Unpack(method, out)
	if err != nil {
		return zero, fmt.Errorf("decode %s: %w", method, err)
	}
	return convert(vals)
}

func one[T any](vals []any) (T, error) {
	var zero T
	if len(vals) != 1 {
		return zero, errors.New("unexpected number of return values")
	}
	v, ok := vals[0].(T)
	if !ok {
		return zero, fmt.Errorf("unexpected return type %T", vals[0])
	}
	return v, nil
}

func (c *Client) readDiamond(ctx context.Context, method string, block uint64, args ...any) ([]byte, error) {
	out, err := c.call(ctx, c.net.Diamond, pack(diamondABI, method, args...), block)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	return out, nil
}

// Token returns the Diamond's MOR token (getToken()).
func (c *Client) Token(ctx context.Context) (common.Address, error) {
	out, err := c.readDiamond(ctx, "getToken", 0)
	if err != nil {
		return common.Address{}, err
	}
	return unpack("getToken", out, one[common.Address])
}

// Owner returns the Diamond's owner (admin).
func (c *Client) Owner(ctx context.Context) (common.Address, error) {
	out, err := c.readDiamond(ctx, "owner", 0)
	if err != nil {
		return common.Address{}, err
	}
	return unpack("owner", out, one[common.Address])
}

// Host is the RPC endpoint (scheme and host) that answered the last call, or "the node" when the
// transport does not say (a single in-process backend).
func (c *Client) Host() string {
	if f, ok := c.rpc.(interface{ LastHost() string }); ok {
		if h := f.LastHost(); h != "" {
			return h
		}
	}
	return "the node"
}
