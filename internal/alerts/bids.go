package alerts

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/store"
)

// watchBids remembers each model's active bid; a model whose bid vanished without a morbot proposal
// deleting it fires bid-missing until a bid is active again.
func missingBids(ctx context.Context, r *Alerter, pos *position.Position) ([]Alert, error) {
	active := map[common.Hash]chain.Bid{}
	for _, b := range pos.Snapshot.ActiveBids {
		active[b.ModelID] = b
	}
	now := r.o.Now()
	for model, b := range active {
		if err := r.o.Store.WatchBid(ctx, store.WatchedBid{Model: strings.ToLower(model.Hex()), Bid: b.ID.Hex(), Price: b.PricePerSecond}, now); err != nil {
			return nil, err
		}
	}
	watched, err := r.o.Store.WatchedBids(ctx)
	if err != nil {
		return nil, err
	}
	var gone []store.WatchedBid
	for _, x := range watched {
		if _, ok := active[common.HexToHash(x.Model)]; !ok {
			gone = append(gone, x)
		}
	}
	if len(gone) == 0 {
		return nil, nil
	}
	deliberate, err := r.deletedByMorbot(ctx)
	if err != nil {
		return nil, err
	}
	var out []Alert
	for _, x := range gone {
		if deliberate[x.Model] {
			if err := r.o.Store.UnwatchBid(ctx, x.Model); err != nil {
				return nil, err
			}
			continue
		}
		out = append(out, Alert{ID: "bid-missing-" + x.Model[:12], Kind: "bid", Severity: chat.Error, Title: "An active bid disappeared",
			Text: fmt.Sprintf("Bid %s on model %s (%s) is no longer active and no morbot proposal deleted it.", x.Bid, x.Model, chain.FormatPrice(x.Price)),
			Fix:  fmt.Sprintf("/mor bid create %s %swei", x.Model, x.Price)})
	}
	return out, nil
}

// deletedByMorbot returns the models whose bid a confirmed morbot proposal deleted.
func (r *Alerter) deletedByMorbot(ctx context.Context) (map[string]bool, error) {
	ps, err := r.o.Domain.Engine.List(ctx, 500, approval.Confirmed)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, p := range ps {
		if d, ok := p.Params.(approval.BidDeleteParams); ok {
			out[strings.ToLower(d.Model.Hex())] = true
		}
	}
	return out, nil
}
