package chaintest

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain/chaintest/contracts"
)

// Consumer is a consumer contract (SessionBatcher) that opens and closes sessions in bulk through the
// marketplace's own openSession and closeSession, with the provider's signed approvals and receipts:
// a provider with thousands of sessions in a few hundred transactions.
type Consumer struct {
	o     *Owner
	Addr  common.Address
	b     *contracts.SessionBatcher
	stamp uint64 // the last approval timestamp used (each approval must differ)
}

// batchSessions is how many sessions one transaction opens or closes: an openSession costs about
// 900k gas in the double, and a transaction may use at most 2^24 (EIP-7825).
const batchSessions = 15

// NewConsumer deploys a bulk consumer, mints it mor MOR and approves the Diamond to pull it.
func (o *Owner) NewConsumer(ctx context.Context, mor *big.Int) (*Consumer, error) {
	c := &Consumer{o: o, b: contracts.NewSessionBatcher()}
	var err error
	if c.Addr, err = o.deploy(ctx, contracts.SessionBatcherMetaData.Bin, nil); err != nil {
		return nil, fmt.Errorf("deploy the bulk consumer: %w", err)
	}
	if err := o.MintMOR(ctx, c.Addr, mor); err != nil {
		return nil, err
	}
	if err := o.transact(ctx, c.Addr, c.b.PackApproveToken(o.C.MOR, o.C.Diamond, mor)); err != nil {
		return nil, fmt.Errorf("bulk consumer approve: %w", err)
	}
	return c, nil
}

// Open opens n sessions of amount MOR each on bidID, signed by the provider, and returns their IDs in
// order. Approvals carry distinct timestamps from now on (the contract accepts each once).
func (c *Consumer) Open(ctx context.Context, provider MessageSigner, bidID common.Hash, amount *big.Int, direct bool, n int) ([]common.Hash, error) {
	now, err := c.o.Now(ctx)
	if err != nil {
		return nil, err
	}
	if c.stamp < now {
		c.stamp = now
	}
	var ids []common.Hash
	for done := 0; done < n; {
		k := min(batchSessions, n-done)
		approvals, sigs := make([][]byte, k), make([][]byte, k)
		for i := range k {
			c.stamp++
			if approvals[i], err = approvalArgs.Pack(bidID, c.o.chainID, c.Addr, new(big.Int).SetUint64(c.stamp)); err != nil {
				return nil, err
			}
			if sigs[i], err = provider(approvals[i]); err != nil {
				return nil, fmt.Errorf("provider approval: %w", err)
			}
		}
		rc, err := c.o.transactReceipt(ctx, c.o.key, c.Addr, c.b.PackOpen(c.o.C.Diamond, amount, direct, approvals, sigs))
		if err != nil {
			return nil, fmt.Errorf("open %d sessions: %w", k, err)
		}
		for _, l := range rc.Logs {
			if len(l.Topics) == 4 && l.Topics[0] == sessionOpenedTopic {
				ids = append(ids, l.Topics[2])
			}
		}
		done += k
	}
	if len(ids) != n {
		return ids, fmt.Errorf("opened %d sessions, want %d", len(ids), n)
	}
	return ids, nil
}

// Close closes sessions with the provider's signed receipts (provider nil: no valid signature, which
// the contract treats as a dispute).
func (c *Consumer) Close(ctx context.Context, provider MessageSigner, ids []common.Hash) error {
	return c.CloseWith(ctx, provider, ids, DefaultReceipt)
}

// CloseWith closes sessions as Close does, each receipt reporting st.
func (c *Consumer) CloseWith(ctx context.Context, provider MessageSigner, ids []common.Hash, st ReceiptStats) error {
	for done := 0; done < len(ids); {
		now, err := c.o.Now(ctx) // each block moves the clock: a receipt is valid for 10 minutes
		if err != nil {
			return err
		}
		k := min(batchSessions, len(ids)-done)
		receipts, sigs := make([][]byte, k), make([][]byte, k)
		for i := range k {
			if receipts[i], err = receiptArgs.Pack(ids[done+i], c.o.chainID, new(big.Int).SetUint64(now), st.TPS, st.TTFT); err != nil {
				return err
			}
			sigs[i] = make([]byte, 65)
			if provider != nil {
				if sigs[i], err = provider(receipts[i]); err != nil {
					return fmt.Errorf("provider receipt: %w", err)
				}
			}
		}
		if err := c.o.transact(ctx, c.Addr, c.b.PackClose(c.o.C.Diamond, receipts, sigs)); err != nil {
			return fmt.Errorf("close %d sessions: %w", k, err)
		}
		done += k
	}
	return nil
}
