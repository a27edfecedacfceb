package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Signer signs transactions for one address. internal/keys implements it over a keyring.
type Signer interface {
	Address() common.Address
	SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error)
}

// TxRequest is one transaction to propose: where it goes, its calldata, and a sentence for people.
type TxRequest struct {
	Kind    Kind // what it calls: approve, providerRegister, … (the Kind constants)
	To      common.Address
	Data    []byte
	Value   *big.Int
	Summary string
}

func (r TxRequest) value() *big.Int {
	if r.Value == nil {
		return new(big.Int)
	}
	return r.Value
}

// Kind is what a transaction calls: the contract function, or selfTransfer for a plain transfer.
type Kind string

// Transaction kinds.
const (
	KindApprove            Kind = "approve"
	KindProviderRegister   Kind = "providerRegister"
	KindProviderDeregister Kind = "providerDeregister"
	KindModelRegister      Kind = "modelRegister"
	KindModelDeregister    Kind = "modelDeregister"
	KindPostModelBid       Kind = "postModelBid"
	KindDeleteModelBid     Kind = "deleteModelBid"
	KindDelegate           Kind = "delegateContract"
	KindSelfTransfer       Kind = "selfTransfer"
)

// ApproveTx sets the MOR allowance of the Diamond (approve replaces, it does not add).
func (c *Client) ApproveTx(amount *big.Int) TxRequest {
	return TxRequest{Kind: KindApprove, To: c.net.MOR, Data: pack(erc20ABI, "approve", c.net.Diamond, amount),
		Summary: fmt.Sprintf("approve the Diamond to pull up to %s", FormatMOR(amount))}
}

// ProviderRegisterTx registers a provider or adds stake and updates its endpoint.
func (c *Client) ProviderRegisterTx(provider common.Address, amount *big.Int, endpoint string) TxRequest {
	return TxRequest{Kind: KindProviderRegister, To: c.net.Diamond, Data: pack(diamondABI, "providerRegister", provider, amount, endpoint),
		Summary: fmt.Sprintf("register provider %s with %s more stake at endpoint %s", provider.Hex(), FormatMOR(amount), endpoint)}
}

// ProviderDeregisterTx deregisters a provider (its bids must be deleted first).
func (c *Client) ProviderDeregisterTx(provider common.Address) TxRequest {
	return TxRequest{Kind: KindProviderDeregister, To: c.net.Diamond, Data: pack(diamondABI, "providerDeregister", provider),
		Summary: fmt.Sprintf("deregister provider %s and withdraw its stake", provider.Hex())}
}

// ModelRegisterTx registers a model (or updates it and adds stake). The on-chain ID is ModelID(owner, base).
func (c *Client) ModelRegisterTx(owner common.Address, base, ipfsCID common.Hash, fee, amount *big.Int, name string, tags []string) TxRequest {
	if tags == nil {
		tags = []string{}
	}
	return TxRequest{Kind: KindModelRegister, To: c.net.Diamond,
		Data:    pack(diamondABI, "modelRegister", owner, [32]byte(base), [32]byte(ipfsCID), fee, amount, name, tags),
		Summary: fmt.Sprintf("register model %q (ID %s) with %s stake", name, ModelID(owner, base).Hex(), FormatMOR(amount))}
}

// ModelDeregisterTx deregisters a model and returns its stake to the owner.
func (c *Client) ModelDeregisterTx(id common.Hash) TxRequest {
	return TxRequest{Kind: KindModelDeregister, To: c.net.Diamond, Data: pack(diamondABI, "modelDeregister", [32]byte(id)),
		Summary: fmt.Sprintf("deregister model %s", id.Hex())}
}

// PostModelBidTx posts (or re-prices) the provider's bid on a model; the bid fee is charged every time.
func (c *Client) PostModelBidTx(provider common.Address, model common.Hash, pricePerSecond *big.Int) TxRequest {
	return TxRequest{Kind: KindPostModelBid, To: c.net.Diamond, Data: pack(diamondABI, "postModelBid", provider, [32]byte(model), pricePerSecond),
		Summary: fmt.Sprintf("bid on model %s at %s", model.Hex(), FormatPrice(pricePerSecond))}
}

// DeleteModelBidTx deletes an active bid (the fee is not refunded).
func (c *Client) DeleteModelBidTx(bid common.Hash) TxRequest {
	return TxRequest{Kind: KindDeleteModelBid, To: c.net.Diamond, Data: pack(diamondABI, "deleteModelBid", [32]byte(bid)),
		Summary: fmt.Sprintf("delete bid %s", bid.Hex())}
}

// SimResult is what a simulation found.
type SimResult struct {
	Gas    uint64 // estimate including the configured headroom
	Return []byte
}

// Simulate runs the transaction as from with eth_call at the latest block, then estimates its gas.
// A revert comes back as *RevertError.
func (c *Client) Simulate(ctx context.Context, from common.Address, r TxRequest) (*SimResult, error) {
	args := callArgs{From: &from, To: &r.To, Data: r.Data, Value: (*hexutil.Big)(r.value())}
	var ret hexutil.Bytes
	if err := c.rpc.CallContext(ctx, &ret, "eth_call", args, "latest"); err != nil {
		if rv := revertFrom(err); rv != nil {
			return nil, fmt.Errorf("simulate %s: %w", r.Kind, inContext(rv, r.Kind))
		}
		return nil, fmt.Errorf("simulate %s: %w", r.Kind, err)
	}
	var gas hexutil.Uint64
	if err := c.rpc.CallContext(ctx, &gas, "eth_estimateGas", args, "latest"); err != nil {
		if rv := revertFrom(err); rv != nil {
			return nil, fmt.Errorf("estimate gas for %s: %w", r.Kind, rv)
		}
		return nil, fmt.Errorf("estimate gas for %s: %w", r.Kind, err)
	}
	return &SimResult{Gas: c.withHeadroom(uint64(gas)), Return: ret}, nil
}

func (c *Client) withHeadroom(g uint64) uint64 { return g + g*c.opts.GasHeadroomPercent/100 }

// Plan simulation modes.
const (
	PlanSimulatedAll   = "eth_simulateV1" // every step simulated in order with state carried over
	PlanSimulatedFirst = "first-step"     // the node lacks eth_simulateV1: only the first step was simulated
)

// PlanResult is the outcome of SimulatePlan.
type PlanResult struct {
	Mode string
	Gas  []uint64 // per step, with headroom; 0 for a step that was not simulated
}

// TotalGas sums the steps' gas.
func (p *PlanResult) TotalGas() uint64 {
	var t uint64
	for _, g := range p.Gas {
		t += g
	}
	return t
}

// PlanStepError says which step of a plan would fail and why.
type PlanStepError struct {
	Step   int // 0-based
	Kind   Kind
	Revert *RevertError
}

func (e *PlanStepError) Error() string {
	return fmt.Sprintf("step %d (%s) would fail: %s", e.Step+1, e.Kind, e.Revert.Reason)
}

func (e *PlanStepError) Unwrap() error { return e.Revert }

type simCallResult struct {
	ReturnData hexutil.Bytes  `json:"returnData"`
	GasUsed    hexutil.Uint64 `json:"gasUsed"`
	Status     hexutil.Uint64 `json:"status"`
	Error      *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Data    string `json:"data"`
	} `json:"error"`
}

// SimulatePlan simulates an ordered list of transactions from one sender with state carried from one
// step to the next (eth_simulateV1). Nodes without eth_simulateV1 get the first step simulated and
// the result says so (Mode); the caller checks later steps against read state.
func (c *Client) SimulatePlan(ctx context.Context, from common.Address, steps []TxRequest) (*PlanResult, error) {
	return c.simulatePlanAt(ctx, from, steps, "latest")
}

// SimulatePlanAt is SimulatePlan on the state at a block (0: the latest): the executor simulates a
// plan at the block it read the plan's preconditions at.
func (c *Client) SimulatePlanAt(ctx context.Context, from common.Address, steps []TxRequest, block uint64) (*PlanResult, error) {
	return c.simulatePlanAt(ctx, from, steps, blockArg(block))
}

func (c *Client) simulatePlanAt(ctx context.Context, from common.Address, steps []TxRequest, block string) (*PlanResult, error) {
	if len(steps) == 0 {
		return &PlanResult{Mode: PlanSimulatedAll}, nil
	}
	calls := make([]callArgs, len(steps))
	for i, s := range steps {
		to := s.To
		calls[i] = callArgs{From: &from, To: &to, Data: s.Data, Value: (*hexutil.Big)(s.value())}
	}
	opts := map[string]any{"blockStateCalls": []any{map[string]any{"calls": calls}}, "validation": false}
	var blocks []struct {
		Calls []simCallResult `json:"calls"`
	}
	err := c.rpc.CallContext(ctx, &blocks, "eth_simulateV1", opts, block)
	if err != nil && unsupported(err) {
		res, serr := c.Simulate(ctx, from, steps[0])
		if serr != nil {
			var rv *RevertError
			if errors.As(serr, &rv) {
				return nil, &PlanStepError{Step: 0, Kind: steps[0].Kind, Revert: inContext(rv, steps[0].Kind)}
			}
			return nil, serr
		}
		gas := make([]uint64, len(steps))
		gas[0] = res.Gas
		return &PlanResult{Mode: PlanSimulatedFirst, Gas: gas}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("simulate plan: %w", err)
	}
	if len(blocks) != 1 || len(blocks[0].Calls) != len(steps) {
		return nil, fmt.Errorf("simulate plan: node returned %d blocks for 1", len(blocks))
	}
	res := &PlanResult{Mode: PlanSimulatedAll, Gas: make([]uint64, len(steps))}
	for i, cr := range blocks[0].Calls {
		if cr.Status != 1 {
			var data []byte
			if cr.Error != nil && cr.Error.Data != "" {
				data, _ = hexutil.Decode(cr.Error.Data)
			}
			if data == nil && len(cr.ReturnData) > 0 {
				data = cr.ReturnData
			}
			return nil, &PlanStepError{Step: i, Kind: steps[i].Kind, Revert: inContext(DecodeRevert(data), steps[i].Kind)}
		}
		res.Gas[i] = planGas(c, uint64(cr.GasUsed))
	}
	return res, nil
}

// planGas is a gas limit for a step from the gas it used in a plan simulation. gasUsed is what the
// call cost after refunds, which a limit must not count on (a refund is at most a fifth of the gas
// used), and a call into another contract is given only 63/64 of what is left; so half again, plus a
// fixed margin, plus the configured headroom. Only the gas used is paid: a high limit costs nothing
// unless the fee cap check (gas × max fee) counts it, which errs on the safe side. These limits are
// what pipelined plans sign with, since later steps cannot be estimated alone.
func planGas(c *Client, gasUsed uint64) uint64 { return c.withHeadroom(gasUsed*3/2) + 25_000 }

func unsupported(err error) bool {
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == -32601 {
		return true
	}
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "method not found") || strings.Contains(msg, "does not exist") || strings.Contains(msg, "not supported") || strings.Contains(msg, "not available")
}

// FeeCapError says the network's fees are above the configured caps.
type FeeCapError struct {
	What string
	Need *big.Int
	Cap  *big.Int
}

func (e *FeeCapError) Error() string {
	return fmt.Sprintf("%s %s gwei exceeds the configured cap of %s gwei; wait for lower fees or raise the cap", e.What, FormatUnits(e.Need, 9), FormatUnits(e.Cap, 9))
}

// Fees returns an EIP-1559 tip and fee cap: tip from the node (capped), fee cap = 2 × base fee + tip,
// lowered to the configured cap when base fee + tip still fit under it.
func (c *Client) Fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	h, err := c.HeaderByNumber(ctx, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("fees: %w", err)
	}
	var t hexutil.Big
	if err := c.rpc.CallContext(ctx, &t, "eth_maxPriorityFeePerGas"); err != nil {
		return nil, nil, fmt.Errorf("fees: priority fee: %w", err)
	}
	tip = (*big.Int)(&t)
	if mp := c.opts.MaxPriorityFeePerGas; mp != nil && tip.Cmp(mp) > 0 {
		tip = new(big.Int).Set(mp)
	}
	base := h.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if mf := c.opts.MaxFeePerGas; mf != nil && feeCap.Cmp(mf) > 0 {
		need := new(big.Int).Add(base, tip)
		if need.Cmp(mf) > 0 {
			return nil, nil, &FeeCapError{What: "base fee + tip", Need: need, Cap: mf}
		}
		feeCap = new(big.Int).Set(mf)
	}
	return tip, feeCap, nil
}

// PendingNonce returns the next nonce of an account, counting pending transactions.
func (c *Client) PendingNonce(ctx context.Context, a common.Address) (uint64, error) {
	var n hexutil.Uint64
	if err := c.rpc.CallContext(ctx, &n, "eth_getTransactionCount", a, "pending"); err != nil {
		return 0, fmt.Errorf("nonce of %s: %w", a.Hex(), err)
	}
	return uint64(n), nil
}

// Nonce returns the account's nonce at the latest block: the next nonce not yet used on-chain.
func (c *Client) Nonce(ctx context.Context, a common.Address) (uint64, error) {
	var n hexutil.Uint64
	if err := c.rpc.CallContext(ctx, &n, "eth_getTransactionCount", a, "latest"); err != nil {
		return 0, fmt.Errorf("nonce of %s: %w", a.Hex(), err)
	}
	return uint64(n), nil
}

// Build makes an unsigned EIP-1559 transaction for a request with a given nonce and gas limit
// (gas 0 = estimate now).
func (c *Client) Build(ctx context.Context, from common.Address, r TxRequest, nonce, gas uint64) (*types.Transaction, error) {
	if gas == 0 {
		sim, err := c.Simulate(ctx, from, r)
		if err != nil {
			return nil, err
		}
		gas = sim.Gas
	}
	tip, feeCap, err := c.Fees(ctx)
	if err != nil {
		return nil, err
	}
	to := r.To
	return types.NewTx(&types.DynamicFeeTx{ChainID: c.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: r.value(), Data: r.Data}), nil
}

// FeeCaps returns the configured fee caps in wei (nil: no cap).
func (c *Client) FeeCaps() (maxFee, maxTip *big.Int) {
	return c.opts.MaxFeePerGas, c.opts.MaxPriorityFeePerGas
}

// BuildReplacement makes a same-nonce replacement with the given fees and gas (a speed-up), after an
// eth_call of the request on current state.
func (c *Client) BuildReplacement(ctx context.Context, from common.Address, r TxRequest, nonce, gas uint64, tip, feeCap *big.Int) (*types.Transaction, error) {
	args := callArgs{From: &from, To: &r.To, Data: r.Data, Value: (*hexutil.Big)(r.value())}
	var ret hexutil.Bytes
	if err := c.rpc.CallContext(ctx, &ret, "eth_call", args, "latest"); err != nil {
		if rv := revertFrom(err); rv != nil {
			return nil, fmt.Errorf("simulate %s: %w", r.Kind, inContext(rv, r.Kind))
		}
		return nil, fmt.Errorf("simulate %s: %w", r.Kind, err)
	}
	if mf := c.opts.MaxFeePerGas; mf != nil && feeCap.Cmp(mf) > 0 {
		return nil, &FeeCapError{What: "the replacement's max fee", Need: feeCap, Cap: mf}
	}
	to := r.To
	return types.NewTx(&types.DynamicFeeTx{ChainID: c.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: r.value(), Data: r.Data}), nil
}

// ErrNonceTooLow means the nonce was already used: for our own hash it means the transaction was sent.
var ErrNonceTooLow = errors.New("nonce too low")

// Broadcast sends a signed transaction. "already known" is success (the node has it). "nonce too low"
// is returned as ErrNonceTooLow for the caller to reconcile by hash.
func (c *Client) Broadcast(ctx context.Context, tx *types.Transaction) error {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return fmt.Errorf("encode transaction: %w", err)
	}
	var h common.Hash
	err = c.rpc.CallContext(ctx, &h, "eth_sendRawTransaction", hexutil.Bytes(raw))
	if err == nil {
		return nil
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "already known") || strings.Contains(msg, "known transaction") || strings.Contains(msg, "already imported"):
		return nil
	case strings.Contains(msg, "nonce too low"):
		return fmt.Errorf("broadcast %s: %w", tx.Hash().Hex(), ErrNonceTooLow)
	}
	return fmt.Errorf("broadcast %s: %w", tx.Hash().Hex(), err)
}

// Receipt returns a transaction's receipt, or nil when it is not mined (yet).
func (c *Client) Receipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	var r *types.Receipt
	if err := c.rpc.CallContext(ctx, &r, "eth_getTransactionReceipt", hash); err != nil {
		return nil, fmt.Errorf("receipt %s: %w", hash.Hex(), err)
	}
	return r, nil
}

// TimeoutError says a transaction was not confirmed in time; its outcome is unknown.
type TimeoutError struct {
	Hash common.Hash
	Wait time.Duration
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("transaction %s not confirmed within %s; its outcome is unknown", e.Hash.Hex(), e.Wait)
}

// WaitReceipt polls for a receipt until it has the configured confirmations or the receipt timeout passes.
func (c *Client) WaitReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.ReceiptTimeout)
	defer cancel()
	t := time.NewTicker(c.opts.PollInterval)
	defer t.Stop()
	for {
		r, err := c.Receipt(ctx, hash)
		if err == nil && r != nil {
			if c.opts.Confirmations <= 1 {
				return r, nil
			}
			head, herr := c.BlockNumber(ctx)
			if herr == nil && head+1 >= r.BlockNumber.Uint64()+c.opts.Confirmations {
				// Re-read: a reorg may have moved or dropped it.
				if r2, err := c.Receipt(ctx, hash); err == nil && r2 != nil {
					return r2, nil
				}
			}
		} else if err != nil {
			c.log.Debug("receipt poll failed", "tx", hash.Hex(), "err", err)
		}
		select {
		case <-ctx.Done():
			return nil, &TimeoutError{Hash: hash, Wait: c.opts.ReceiptTimeout}
		case <-t.C:
		}
	}
}

// TxFailedError says a mined transaction reverted.
type TxFailedError struct {
	Hash   common.Hash
	Revert *RevertError
}

func (e *TxFailedError) Error() string {
	return fmt.Sprintf("transaction %s reverted: %s", e.Hash.Hex(), e.Revert.Reason)
}

func (e *TxFailedError) Unwrap() error { return e.Revert }

// FailureReason replays a reverted transaction at the state before its block to decode the reason.
func (c *Client) FailureReason(ctx context.Context, from common.Address, r TxRequest, rc *types.Receipt) *RevertError {
	args := callArgs{From: &from, To: &r.To, Data: r.Data, Value: (*hexutil.Big)(r.value())}
	parent := rc.BlockNumber.Uint64() - 1
	var ret hexutil.Bytes
	err := c.rpc.CallContext(ctx, &ret, "eth_call", args, blockArg(parent))
	if rv := revertFrom(err); rv != nil {
		return inContext(rv, r.Kind)
	}
	return &RevertError{Reason: "the transaction reverted on-chain (replaying it did not reproduce the reason; it may have run out of gas)"}
}

// FailureReasonAfter finds why a transaction reverted when other transactions of the same sender
// (prior, in order) were mined before it in the same block: it replays prior and then the
// transaction on the state before the block. When that does not revert (another sender's
// transaction earlier in the block made the difference), it replays the transaction on the state
// after the block, which holds that change.
func (c *Client) FailureReasonAfter(ctx context.Context, from common.Address, prior []TxRequest, r TxRequest, rc *types.Receipt) *RevertError {
	if len(prior) == 0 {
		if rv := c.replay(ctx, from, r, rc.BlockNumber.Uint64()-1); rv != nil {
			return rv
		}
	} else if _, err := c.simulatePlanAt(ctx, from, append(append([]TxRequest(nil), prior...), r), blockArg(rc.BlockNumber.Uint64()-1)); err != nil {
		var se *PlanStepError
		if errors.As(err, &se) && se.Step == len(prior) {
			return se.Revert
		}
	}
	if rv := c.replay(ctx, from, r, rc.BlockNumber.Uint64()); rv != nil {
		rv.Reason += " (replayed on the state after its block: another transaction in the block changed what it depends on)"
		return rv
	}
	return &RevertError{Reason: "the transaction reverted on-chain (replaying it did not reproduce the reason; it may have run out of gas)"}
}

// replay runs a request with eth_call at a block; the revert, or nil when it does not revert there.
func (c *Client) replay(ctx context.Context, from common.Address, r TxRequest, block uint64) *RevertError {
	args := callArgs{From: &from, To: &r.To, Data: r.Data, Value: (*hexutil.Big)(r.value())}
	var ret hexutil.Bytes
	return inContext(revertFrom(c.rpc.CallContext(ctx, &ret, "eth_call", args, blockArg(block))), r.Kind)
}

// Sent is a confirmed transaction and what its logs say.
type Sent struct {
	Hash    common.Hash
	URL     string
	Receipt *types.Receipt
	Events  Events
}

// Send simulates, builds with the pending nonce, signs, broadcasts and waits for the receipt. The
// executor uses the finer steps (Build, Broadcast, WaitReceipt) to record state between them.
func (c *Client) Send(ctx context.Context, s Signer, r TxRequest) (*Sent, error) {
	from := s.Address()
	nonce, err := c.PendingNonce(ctx, from)
	if err != nil {
		return nil, err
	}
	tx, err := c.Build(ctx, from, r, nonce, 0)
	if err != nil {
		return nil, err
	}
	signed, err := s.SignTx(ctx, tx, c.ChainID())
	if err != nil {
		return nil, fmt.Errorf("sign %s: %w", r.Kind, err)
	}
	if err := c.Broadcast(ctx, signed); err != nil {
		return nil, err
	}
	return c.Confirm(ctx, from, r, signed.Hash())
}

// Confirm waits for a sent transaction and decodes its outcome.
func (c *Client) Confirm(ctx context.Context, from common.Address, r TxRequest, hash common.Hash) (*Sent, error) {
	rc, err := c.WaitReceipt(ctx, hash)
	if err != nil {
		return nil, err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return nil, &TxFailedError{Hash: hash, Revert: c.FailureReason(ctx, from, r, rc)}
	}
	return &Sent{Hash: hash, URL: c.net.TxURL(hash), Receipt: rc, Events: DecodeEvents(c.net, rc.Logs)}, nil
}
