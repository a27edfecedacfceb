package chaintest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"runtime"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MessageSigner signs data as the provider's node signs session approvals and receipts: an EIP-191
// personal message over keccak256(data), 65 bytes with v in {27, 28}.
type MessageSigner func(data []byte) ([]byte, error)

// KeyMessageSigner signs messages with an in-memory key.
func KeyMessageSigner(key *ecdsa.PrivateKey) MessageSigner {
	return func(data []byte) ([]byte, error) {
		sig, err := crypto.Sign(accounts.TextHash(crypto.Keccak256(data)), key)
		if err != nil {
			return nil, err
		}
		sig[64] += 27
		return sig, nil
	}
}

var (
	tBytes32, _ = abi.NewType("bytes32", "", nil)
	tUint256, _ = abi.NewType("uint256", "", nil)
	tUint128, _ = abi.NewType("uint128", "", nil)
	tUint32, _  = abi.NewType("uint32", "", nil)
	tAddress, _ = abi.NewType("address", "", nil)

	approvalArgs = abi.Arguments{{Type: tBytes32}, {Type: tUint256}, {Type: tAddress}, {Type: tUint128}}
	receiptArgs  = abi.Arguments{{Type: tBytes32}, {Type: tUint256}, {Type: tUint128}, {Type: tUint32}, {Type: tUint32}}

	sessionOpenedTopic = crypto.Keccak256Hash([]byte("SessionOpened(address,bytes32,address)"))
)

// Now is the timestamp of the latest block: the chain's clock, which Advance moves.
func (o *Owner) Now(ctx context.Context) (uint64, error) {
	h, err := o.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}

// OpenSession opens a session on bidID as the consumer user: it approves amount MOR to the Diamond,
// has the provider sign the approval abi.encode(bidId, chainId, user, timestamp) and calls
// openSession. It returns the session ID from the SessionOpened event.
func (o *Owner) OpenSession(ctx context.Context, user *ecdsa.PrivateKey, provider MessageSigner, bidID common.Hash, amount *big.Int, direct bool) (common.Hash, error) {
	addr := crypto.PubkeyToAddress(user.PublicKey)
	if err := o.transactAs(ctx, user, o.C.MOR, o.token.PackApprove(o.C.Diamond, amount)); err != nil {
		return common.Hash{}, fmt.Errorf("consumer approve: %w", err)
	}
	now, err := o.Now(ctx)
	if err != nil {
		return common.Hash{}, err
	}
	approval, err := approvalArgs.Pack(bidID, o.chainID, addr, new(big.Int).SetUint64(now))
	if err != nil {
		return common.Hash{}, err
	}
	sig, err := provider(approval)
	if err != nil {
		return common.Hash{}, fmt.Errorf("provider approval: %w", err)
	}
	rc, err := o.transactReceipt(ctx, user, o.C.Diamond, o.market.PackOpenSession(addr, amount, direct, approval, sig))
	if err != nil {
		return common.Hash{}, fmt.Errorf("open session: %w", err)
	}
	for _, l := range rc.Logs {
		if len(l.Topics) == 4 && l.Topics[0] == sessionOpenedTopic {
			return l.Topics[2], nil
		}
	}
	return common.Hash{}, fmt.Errorf("open session: no SessionOpened event in %s", rc.TxHash.Hex())
}

// ReceiptStats are what a closing receipt reports of the session: tokens per second ×1000 and the
// time to first token in ms (the contract folds them into the provider's and the model's stats).
type ReceiptStats struct {
	TPS, TTFT uint32
}

// DefaultReceipt is what receipts report unless a test says otherwise: 10 tokens/s, 250 ms.
var DefaultReceipt = ReceiptStats{TPS: 10_000, TTFT: 250}

// CloseSession closes a session as its consumer with the default receipt stats. With provider nil the
// receipt carries no valid provider signature, which the contract treats as a dispute.
func (o *Owner) CloseSession(ctx context.Context, user *ecdsa.PrivateKey, provider MessageSigner, sessionID common.Hash) error {
	return o.CloseSessionWith(ctx, user, provider, sessionID, DefaultReceipt)
}

// CloseSessionWith closes a session as its consumer with a receipt reporting st.
func (o *Owner) CloseSessionWith(ctx context.Context, user *ecdsa.PrivateKey, provider MessageSigner, sessionID common.Hash, st ReceiptStats) error {
	_, err := o.CloseSessionTx(ctx, user, provider, sessionID, st)
	return err
}

// CloseSessionTx closes a session as its consumer with a receipt reporting st, and returns the
// close transaction's hash.
func (o *Owner) CloseSessionTx(ctx context.Context, user *ecdsa.PrivateKey, provider MessageSigner, sessionID common.Hash, st ReceiptStats) (common.Hash, error) {
	now, err := o.Now(ctx)
	if err != nil {
		return common.Hash{}, err
	}
	receipt, err := receiptArgs.Pack(sessionID, o.chainID, new(big.Int).SetUint64(now), st.TPS, st.TTFT)
	if err != nil {
		return common.Hash{}, err
	}
	sig := make([]byte, 65)
	if provider != nil {
		if sig, err = provider(receipt); err != nil {
			return common.Hash{}, fmt.Errorf("provider receipt: %w", err)
		}
	}
	rc, err := o.transactReceipt(ctx, user, o.C.Diamond, o.market.PackCloseSession(receipt, sig))
	if err != nil {
		return common.Hash{}, fmt.Errorf("close session: %w", err)
	}
	return rc.TxHash, nil
}

// Advance moves the chain's clock: it mines one empty block d after the latest one. The transaction
// pool drops mined transactions asynchronously after each block, so while it still lists one the
// adjustment is retried (for up to 5 s); a transaction really waiting to be mined stays an error.
func (s *Sim) Advance(d time.Duration) error {
	deadline := time.Now().Add(5 * time.Second)
	for {
		s.mineMu.Lock()
		err := s.Backend.AdjustTime(d)
		s.mineMu.Unlock()
		if err == nil || !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			return err
		}
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
}

// TransferMORAs sends amount MOR from key's account to another.
func (o *Owner) TransferMORAs(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, amount *big.Int) error {
	return o.transactAs(ctx, key, o.C.MOR, o.token.PackTransfer(to, amount))
}
