package chaintest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"reflect"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/chain"
)

// Account is a funded test account.
type Account struct {
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// Options for a simulated chain.
type Options struct {
	Accounts    int                 // funded accounts besides the owner (default 3)
	ETH         *big.Int            // ETH per account (default 100 ETH)
	MOR         *big.Int            // MOR minted per account (default 100 MOR)
	Keys        []*ecdsa.PrivateKey // accounts whose keys the caller holds
	Fund        []common.Address    // more addresses to fund with ETH and MOR (keys held elsewhere, e.g. a keyring)
	NoMulticall bool                // describe the network without Multicall3 (plain-call fallback)
}

// Sim is an in-process chain (go-ethereum's simulated backend, chain ID 1337) with the doubles deployed.
type Sim struct {
	*Owner
	Backend  *simulated.Backend
	Raw      *rpc.Client // the node's own JSON-RPC client
	Accounts []Account
	net      chain.Network

	mineMu   sync.Mutex
	closed   bool // under mineMu: no block is mined once the chain is closed
	autoMine atomic.Bool

	sendsMu sync.Mutex
	sends   []chan struct{}
}

// WatchSends returns a channel that receives once for every transaction the node accepts through
// RPC() from now on (buffered; a test waits on it instead of sleeping).
func (s *Sim) WatchSends() <-chan struct{} {
	ch := make(chan struct{}, 64)
	s.sendsMu.Lock()
	s.sends = append(s.sends, ch)
	s.sendsMu.Unlock()
	return ch
}

func (s *Sim) sent() {
	s.sendsMu.Lock()
	defer s.sendsMu.Unlock()
	for _, ch := range s.sends {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// ChainID of the simulated backend.
const ChainID = 1337

// NewSim starts a simulated chain, deploys the doubles and funds the accounts with ETH and MOR.
func NewSim(ctx context.Context, o Options) (*Sim, error) {
	if o.Accounts == 0 && len(o.Keys) == 0 && len(o.Fund) == 0 {
		o.Accounts = 3
	}
	if o.ETH == nil {
		o.ETH = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	}
	if o.MOR == nil {
		o.MOR = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	}
	ownerKey, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	keys := append([]*ecdsa.PrivateKey(nil), o.Keys...)
	for i := 0; i < o.Accounts; i++ {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		keys = append(keys, k)
	}
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(ownerKey.PublicKey): {Balance: new(big.Int).Mul(o.ETH, big.NewInt(10))}}
	accts := make([]Account, len(keys))
	for i, k := range keys {
		accts[i] = Account{Key: k, Address: crypto.PubkeyToAddress(k.PublicKey)}
		alloc[accts[i].Address] = types.Account{Balance: o.ETH}
	}
	for _, a := range o.Fund {
		alloc[a] = types.Account{Balance: o.ETH}
	}
	be := simulated.NewBackend(alloc)
	raw, err := rawRPC(be)
	if err != nil {
		_ = be.Close()
		return nil, err
	}
	s := &Sim{Backend: be, Raw: raw, Accounts: accts}
	s.autoMine.Store(true)
	s.Owner, err = Deploy(ctx, be.Client(), ownerKey, big.NewInt(ChainID), s.Commit)
	if err != nil {
		_ = be.Close()
		return nil, err
	}
	fund := append([]common.Address(nil), o.Fund...)
	for _, a := range accts {
		fund = append(fund, a.Address)
	}
	for _, a := range fund {
		if err := s.MintMOR(ctx, a, o.MOR); err != nil {
			_ = be.Close()
			return nil, err
		}
	}
	s.net = s.Owner.Network("simulated")
	if o.NoMulticall {
		s.net.Multicall3 = common.Address{}
	}
	return s, nil
}

// rawRPC digests the node's *rpc.Client out of the simulated backend. The backend wraps an
// *ethclient.Client in an unexported struct whose embedded field shadows ethclient's Client()
// method, so the field is read by reflection; morbot's client needs raw JSON-RPC (eth_simulateV1,
// batches) exactly as it uses over HTTP.
func rawRPC(be *simulated.Backend) (*rpc.Client, error) {
	v := reflect.ValueOf(be.Client())
	if v.Kind() == reflect.Struct {
		if f := v.FieldByName("Client"); f.IsValid() && f.CanInterface() {
			if ec, ok := f.Interface().(*ethclient.Client); ok {
				return ec.Client(), nil
			}
		}
	}
	return nil, fmt.Errorf("simulated backend does not expose its RPC client (go-ethereum changed?)")
}

// Commit mines a block.
func (s *Sim) Commit() {
	s.mineMu.Lock()
	defer s.mineMu.Unlock()
	if !s.closed {
		s.Backend.Commit()
	}
}

// MineBursts replaces mining after every transaction with mining once per burst: a block is mined
// window after the first transaction sent through RPC() that no block has taken yet, so transactions
// broadcast together (a pipelined plan's steps, milliseconds apart) are mined in one block, as a real
// node mines its pool. It runs until ctx ends. morbot dev uses it; tests keep the per-transaction
// mining, which needs no clock.
func (s *Sim) MineBursts(ctx context.Context, window time.Duration) {
	s.autoMine.Store(false)
	sends := s.WatchSends()
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-sends:
			}
			t := time.NewTimer(window)
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
			for drained := false; !drained; { // the burst's other sends are in this block
				select {
				case <-sends:
				default:
					drained = true
				}
			}
			s.Commit()
		}
	}()
}

// SetAutoMine turns mining a block after each eth_sendRawTransaction on or off (on by default).
func (s *Sim) SetAutoMine(on bool) { s.autoMine.Store(on) }

// Network is the simulated chain as a custom network.
func (s *Sim) Network() chain.Network { return s.net }

// RPC is the transport morbot's client uses: the node's JSON-RPC, mining a block after every
// accepted transaction while auto-mining is on, so confirmations are instant.
func (s *Sim) RPC() chain.RPC { return &autoMineRPC{s: s} }

// Client returns a chain client over RPC().
func (s *Sim) Client(o chain.Options) *chain.Client { return chain.NewClient(s.RPC(), s.net, o) }

// Close stops the chain.
func (s *Sim) Close() error {
	s.mineMu.Lock()
	defer s.mineMu.Unlock()
	s.closed = true
	return s.Backend.Close()
}

type autoMineRPC struct{ s *Sim }

func (a *autoMineRPC) CallContext(ctx context.Context, result any, method string, args ...any) error {
	err := a.s.Raw.CallContext(ctx, result, method, args...)
	if err == nil && method == "eth_sendRawTransaction" {
		if a.s.autoMine.Load() {
			a.s.Commit()
		}
		a.s.sent()
	}
	return err
}

func (a *autoMineRPC) BatchCallContext(ctx context.Context, b []rpc.BatchElem) error {
	return a.s.Raw.BatchCallContext(ctx, b)
}

// Counter wraps an RPC and counts round trips (one per call or batch), for tests and benchmarks.
type Counter struct {
	Inner chain.RPC
	n     atomic.Int64
}

// CallContext counts one round trip.
func (c *Counter) CallContext(ctx context.Context, result any, method string, args ...any) error {
	c.n.Add(1)
	return c.Inner.CallContext(ctx, result, method, args...)
}

// BatchCallContext counts one round trip for the whole batch.
func (c *Counter) BatchCallContext(ctx context.Context, b []rpc.BatchElem) error {
	c.n.Add(1)
	return c.Inner.BatchCallContext(ctx, b)
}

// Count returns the round trips so far; Reset sets it to zero.
func (c *Counter) Count() int64 { return c.n.Load() }

// Reset sets the count to zero.
func (c *Counter) Reset() { c.n.Store(0) }

// KeySigner signs with an in-memory key. It exists for tests of the chain layer; morbot itself signs
// through internal/keys.
type KeySigner struct{ Key *ecdsa.PrivateKey }

// Address returns the key's address.
func (k KeySigner) Address() common.Address { return crypto.PubkeyToAddress(k.Key.PublicKey) }

// SignTx signs with the latest signer for the chain ID.
func (k KeySigner) SignTx(_ context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), k.Key)
}

// Reorg replaces the chain above parent with n empty blocks: the transactions of the blocks it
// replaces are dropped (as if they never reached this node) and their logs are gone.
func (s *Sim) Reorg(parent common.Hash, n int) error {
	s.mineMu.Lock()
	defer s.mineMu.Unlock()
	if err := s.Backend.Fork(parent); err != nil {
		return fmt.Errorf("fork at %s: %w", parent.Hex(), err)
	}
	for range n {
		s.Backend.Rollback() // the pool takes the replaced blocks' transactions back: drop them
		s.Backend.Commit()
	}
	return nil
}
