package chaintest

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
)

// oneMOR is 1 MOR in wei.
var oneMOR = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// NewRival registers key as another provider on a model (the rating tests' competitor): it approves
// 1 MOR to the Diamond (the stake and the bid fee in the doubles' defaults), registers with stake at
// endpoint and bids price on model. It returns the bid's ID.
func NewRival(ctx context.Context, c *chain.Client, key KeySigner, model common.Hash, stake, price *big.Int, endpoint string) (common.Hash, error) {
	for _, tx := range []chain.TxRequest{c.ApproveTx(oneMOR), c.ProviderRegisterTx(key.Address(), stake, endpoint), c.PostModelBidTx(key.Address(), model, price)} {
		if _, err := c.Send(ctx, key, tx); err != nil {
			return common.Hash{}, fmt.Errorf("rival %s: %w", tx.Kind, err)
		}
	}
	return chain.BidID(key.Address(), model, big.NewInt(0)), nil
}

// NewProvider registers key as a provider (0.2 MOR stake at endpoint) with a model of its own
// (0.1 MOR stake, a random base ID) and a bid on it at price, approving 1 MOR to the Diamond for the
// stakes and the bid fee. It returns the bid.
func NewProvider(ctx context.Context, c *chain.Client, key KeySigner, model string, price *big.Int, endpoint string) (chain.Bid, error) {
	base, err := chain.RandomBaseID()
	if err != nil {
		return chain.Bid{}, err
	}
	id := chain.ModelID(key.Address(), base)
	stake := new(big.Int).Div(oneMOR, big.NewInt(5))
	for _, tx := range []chain.TxRequest{c.ApproveTx(oneMOR), c.ProviderRegisterTx(key.Address(), stake, endpoint),
		c.ModelRegisterTx(key.Address(), base, common.Hash{}, big.NewInt(0), new(big.Int).Div(oneMOR, big.NewInt(10)), model, []string{"LLM"}),
		c.PostModelBidTx(key.Address(), id, price)} {
		if _, err := c.Send(ctx, key, tx); err != nil {
			return chain.Bid{}, fmt.Errorf("provider %s: %w", tx.Kind, err)
		}
	}
	return c.Bid(ctx, chain.BidID(key.Address(), id, big.NewInt(0)))
}

// ClosedSessions has a fresh bulk consumer open n sessions of 0.024 MOR each on bid, moves time on
// 700 s with advance, and closes them with the provider's receipts reporting st: n successful sessions
// in the provider's and the model's stats.
func (o *Owner) ClosedSessions(ctx context.Context, provider KeySigner, bid common.Hash, n int, st ReceiptStats, advance func(time.Duration) error) error {
	consumer, err := o.NewConsumer(ctx, oneMOR)
	if err != nil {
		return err
	}
	amount := new(big.Int).Mul(big.NewInt(24), new(big.Int).Exp(big.NewInt(10), big.NewInt(15), nil))
	ids, err := consumer.Open(ctx, KeyMessageSigner(provider.Key), bid, amount, false, n)
	if err != nil {
		return err
	}
	if err := advance(700 * time.Second); err != nil {
		return err
	}
	return consumer.CloseWith(ctx, KeyMessageSigner(provider.Key), ids, st)
}
