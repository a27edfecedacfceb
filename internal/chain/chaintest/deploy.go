// Package chaintest stands up the Morpheus marketplace test doubles on a real EVM: go-ethereum's
// simulated backend in-process (tests and `morbot dev`), or any node reached over JSON-RPC (the anvil
// e2e test). It can act as the marketplace owner to change minimums.
package chaintest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest/contracts"
)

// Backend is what deploying and owner actions need from a chain.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Contracts are the deployed doubles.
type Contracts struct {
	Diamond   common.Address
	MOR       common.Address
	Multicall common.Address
	Registry  common.Address // the delegate.xyz v2 registry double the Diamond checks rights against
}

// Owner acts as the marketplace owner and MOR minter on a deployed set of doubles.
type Owner struct {
	b       Backend
	key     *ecdsa.PrivateKey
	chainID *big.Int
	mine    func() // produces a block on chains that do not mine on their own; may be nil
	C       Contracts
	market  *contracts.MarketplaceDouble
	token   *contracts.MORTokenDouble
	reg     *contracts.DelegateRegistryDouble
}

// FundingMOR is what the owner, the marketplace's initial funding account, holds and approves to
// the Diamond after Deploy, so provider claims are paid until a test empties it.
var FundingMOR = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

// Deploy deploys the MOR double, the delegation registry double, the marketplace double and the
// Multicall3 double with key as owner. The owner is the funding account, funded with FundingMOR and
// approved to the Diamond.
func Deploy(ctx context.Context, b Backend, key *ecdsa.PrivateKey, chainID *big.Int, mine func()) (*Owner, error) {
	o := &Owner{b: b, key: key, chainID: chainID, mine: mine, market: contracts.NewMarketplaceDouble(),
		token: contracts.NewMORTokenDouble(), reg: contracts.NewDelegateRegistryDouble()}
	var err error
	if o.C.MOR, err = o.deploy(ctx, contracts.MORTokenDoubleMetaData.Bin, nil); err != nil {
		return nil, fmt.Errorf("deploy MOR double: %w", err)
	}
	if o.C.Registry, err = o.deploy(ctx, contracts.DelegateRegistryDoubleMetaData.Bin, nil); err != nil {
		return nil, fmt.Errorf("deploy delegation registry double: %w", err)
	}
	if o.C.Diamond, err = o.deploy(ctx, contracts.MarketplaceDoubleMetaData.Bin, o.market.PackConstructor(o.C.MOR, o.C.Registry)); err != nil {
		return nil, fmt.Errorf("deploy marketplace double: %w", err)
	}
	if o.C.Multicall, err = o.deploy(ctx, contracts.Multicall3DoubleMetaData.Bin, nil); err != nil {
		return nil, fmt.Errorf("deploy multicall double: %w", err)
	}
	if err := o.MintMOR(ctx, o.Address(), FundingMOR); err != nil {
		return nil, err
	}
	if err := o.FundingApprove(ctx, FundingMOR); err != nil {
		return nil, err
	}
	return o, nil
}

func (o *Owner) opts(ctx context.Context) *bind.TransactOpts {
	t := bind.NewKeyedTransactor(o.key, o.chainID)
	t.Context = ctx
	return t
}

func (o *Owner) deploy(ctx context.Context, bin string, ctor []byte) (common.Address, error) {
	addr, tx, err := bind.DeployContract(o.opts(ctx), common.FromHex(bin), o.b, ctor)
	if err != nil {
		return common.Address{}, err
	}
	if _, err := o.wait(ctx, tx); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

func (o *Owner) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	if o.mine != nil {
		o.mine()
	}
	rc, err := bind.WaitMined(ctx, o.b, tx.Hash())
	if err != nil {
		return nil, err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return rc, fmt.Errorf("owner transaction %s reverted%s", tx.Hash().Hex(), o.why(ctx, tx, rc))
	}
	return rc, nil
}

// why replays a reverted transaction at its block's parent and names the custom error, if the
// contracts' ABI knows it.
func (o *Owner) why(ctx context.Context, tx *types.Transaction, rc *types.Receipt) string {
	from, err := types.Sender(types.LatestSignerForChainID(o.chainID), tx)
	if err != nil || rc.BlockNumber == nil || rc.BlockNumber.Sign() == 0 {
		return ""
	}
	_, err = o.b.CallContract(ctx, ethereum.CallMsg{From: from, To: tx.To(), Data: tx.Data(), Value: tx.Value(), Gas: tx.Gas()}, new(big.Int).Sub(rc.BlockNumber, big.NewInt(1)))
	var de rpc.DataError
	if !errors.As(err, &de) {
		if err != nil {
			return ": " + err.Error()
		}
		return ""
	}
	data, ok := de.ErrorData().(string)
	if !ok {
		return ""
	}
	raw := common.FromHex(data)
	for name, e := range o.market.GetABI().Errors {
		if len(raw) >= 4 && bytes.Equal(raw[:4], e.ID[:4]) {
			return ": " + name + "()"
		}
	}
	return ": " + data
}

func (o *Owner) transact(ctx context.Context, to common.Address, data []byte) error {
	return o.transactAs(ctx, o.key, to, data)
}

// transactAs sends data to a contract from key's account and waits for it.
func (o *Owner) transactAs(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, data []byte) error {
	_, err := o.transactReceipt(ctx, key, to, data)
	return err
}

// txGasCap is the most gas one transaction may ask for (EIP-7825, 2^24).
const txGasCap = 1 << 24

func (o *Owner) transactReceipt(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, data []byte) (*types.Receipt, error) {
	inst := bind.NewBoundContract(to, o.market.GetABI(), o.b, o.b, o.b)
	opts := bind.NewKeyedTransactor(key, o.chainID)
	opts.Context = ctx
	// The estimate runs at the head's time, the transaction a block later: a session closed in the
	// second it opened moves no tokens at the estimate but pays both sides when mined. Headroom, as
	// a real consumer's node keeps, covers that.
	gas, err := o.b.EstimateGas(ctx, ethereum.CallMsg{From: crypto.PubkeyToAddress(key.PublicKey), To: &to, Data: data})
	if err != nil {
		return nil, err
	}
	opts.GasLimit = min(gas+gas/2, max(gas, txGasCap))
	tx, err := bind.Transact(inst, opts, data)
	if err != nil {
		return nil, err
	}
	return o.wait(ctx, tx)
}

// SendSetProviderMinStake sends providerSetMinStake without waiting for it to be mined.
func (o *Owner) SendSetProviderMinStake(ctx context.Context, v *big.Int) (common.Hash, error) {
	inst := bind.NewBoundContract(o.C.Diamond, o.market.GetABI(), o.b, o.b, o.b)
	tx, err := bind.Transact(inst, o.opts(ctx), o.market.PackProviderSetMinStake(v))
	if err != nil {
		return common.Hash{}, err
	}
	return tx.Hash(), nil
}

// Address is the owner's address.
func (o *Owner) Address() common.Address { return crypto.PubkeyToAddress(o.key.PublicKey) }

// MintMOR mints MOR to an account.
func (o *Owner) MintMOR(ctx context.Context, to common.Address, amount *big.Int) error {
	if err := o.transact(ctx, o.C.MOR, o.token.PackMint(to, amount)); err != nil {
		return fmt.Errorf("mint MOR: %w", err)
	}
	return nil
}

// SetProviderMinStake changes the provider minimum stake (emits ProviderMinimumStakeUpdated).
func (o *Owner) SetProviderMinStake(ctx context.Context, v *big.Int) error {
	return o.transact(ctx, o.C.Diamond, o.market.PackProviderSetMinStake(v))
}

// SetProviderMinStakeUnmined sends the provider-minimum change with a high tip and returns without
// mining it: the next block carries it ahead of other senders' transactions (to change a minimum
// "in the same block" as a plan's transactions).
func (o *Owner) SetProviderMinStakeUnmined(ctx context.Context, v *big.Int) error {
	inst := bind.NewBoundContract(o.C.Diamond, o.market.GetABI(), o.b, o.b, o.b)
	opts := o.opts(ctx)
	opts.GasTipCap = big.NewInt(100e9)
	opts.GasFeeCap = big.NewInt(1000e9)
	opts.GasLimit = 200_000
	_, err := bind.Transact(inst, opts, o.market.PackProviderSetMinStake(v))
	return err
}

// SetModelMinStake changes the model minimum stake (emits ModelMinimumStakeUpdated).
func (o *Owner) SetModelMinStake(ctx context.Context, v *big.Int) error {
	return o.transact(ctx, o.C.Diamond, o.market.PackModelSetMinStake(v))
}

// SetBidFee changes the bid fee (emits MaretplaceFeeUpdated).
func (o *Owner) SetBidFee(ctx context.Context, v *big.Int) error {
	return o.transact(ctx, o.C.Diamond, o.market.PackSetMarketplaceBidFee(v))
}

// SetPriceBounds changes the bid price bounds (emits MarketplaceBidMinMaxPriceUpdated).
func (o *Owner) SetPriceBounds(ctx context.Context, lo, hi *big.Int) error {
	return o.transact(ctx, o.C.Diamond, o.market.PackSetMinMaxBidPricePerSecond(lo, hi))
}

// SetEarned records a provider's earnings against its yearly cap.
func (o *Owner) SetEarned(ctx context.Context, provider common.Address, v *big.Int) error {
	return o.transact(ctx, o.C.Diamond, o.market.PackTestSetLimitPeriodEarned(provider, v))
}

// DiamondCut emits the Diamond's upgrade event.
func (o *Owner) DiamondCut(ctx context.Context, facet common.Address, selectors [][4]byte) error {
	return o.transact(ctx, o.C.Diamond, o.market.PackTestDiamondCut(facet, selectors))
}

// SendETH transfers ETH from the owner.
func (o *Owner) SendETH(ctx context.Context, to common.Address, amount *big.Int) error {
	from := o.Address()
	nonce, err := o.b.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	tip, err := o.b.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	head, err := o.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: o.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: amount}),
		types.LatestSignerForChainID(o.chainID), o.key)
	if err != nil {
		return err
	}
	if err := o.b.SendTransaction(ctx, tx); err != nil {
		return err
	}
	_, err = o.wait(ctx, tx)
	return err
}

// Network describes the deployed doubles as a custom network.
func (o *Owner) Network(name string) chain.Network {
	return chain.Network{Name: name, ChainID: o.chainID.Uint64(), Diamond: o.C.Diamond, MOR: o.C.MOR, Multicall3: o.C.Multicall}
}

// FundingApprove sets the owner's (the default funding account's) MOR allowance to the Diamond.
func (o *Owner) FundingApprove(ctx context.Context, amount *big.Int) error {
	if err := o.transact(ctx, o.C.MOR, o.token.PackApprove(o.C.Diamond, amount)); err != nil {
		return fmt.Errorf("approve funding MOR: %w", err)
	}
	return nil
}

// FundPayouts mints amount MOR to the owner (the default funding account) and lets the Diamond pull
// it, so providers are paid for sessions that are not direct-payment.
func (o *Owner) FundPayouts(ctx context.Context, amount *big.Int) error {
	if err := o.MintMOR(ctx, o.Address(), amount); err != nil {
		return err
	}
	return o.FundingApprove(ctx, amount)
}

// SetFundingAccount changes the account provider payouts are pulled from.
func (o *Owner) SetFundingAccount(ctx context.Context, account common.Address) error {
	return o.transact(ctx, o.C.Diamond, o.market.PackTestSetFundingAccount(account))
}

// Delegate grants (or revokes) rights on the Diamond from the key's account to another account in
// the registry double, as a provider does for an operator wallet.
func (o *Owner) Delegate(ctx context.Context, from *ecdsa.PrivateKey, to common.Address, rights [32]byte, enable bool) error {
	if err := o.transactAs(ctx, from, o.C.Registry, o.reg.PackDelegateContract(to, o.C.Diamond, rights, enable)); err != nil {
		return fmt.Errorf("delegate: %w", err)
	}
	return nil
}
