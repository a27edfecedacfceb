package alerts

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
)

const eventsCheckpoint = "diamond-events"

var watchedTopics = []common.Hash{chain.TopicProviderMinStakeUpdated, chain.TopicModelMinStakeUpdated, chain.TopicBidFeeUpdated,
	chain.TopicBidPriceBoundsUpdated, chain.TopicDiamondCut}

func (r *Alerter) checkpoint(ctx context.Context) (uint64, bool, error) {
	return r.o.Store.Checkpoint(ctx, eventsCheckpoint)
}

func (r *Alerter) setCheckpoint(ctx context.Context, b uint64) error {
	return r.o.Store.SetCheckpoint(ctx, eventsCheckpoint, b)
}

// scanEvents reads the Diamond's minimum-change and DiamondCut events from the block after the stored
// checkpoint up to head − confirmations + 1, in chunks, handing each chunk to fn and then storing the
// checkpoint, so a restart resumes without skipping or repeating blocks (repeats are harmless anyway:
// events are remembered by transaction and log index). The first run starts watching at the head.
func (r *Alerter) scanEvents(ctx context.Context, fn func([]types.Log) error) error {
	head, err := r.o.Chain.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("alert check: %w", err)
	}
	conf := r.o.Confirmations
	if conf == 0 {
		conf = 1
	}
	if head+1 < conf {
		return nil
	}
	safe := head + 1 - conf
	cp, ok, err := r.checkpoint(ctx)
	if err != nil {
		return err
	}
	if !ok {
		return r.setCheckpoint(ctx, safe)
	}
	diamond := r.o.Chain.Network().Diamond
	for from := cp + 1; from <= safe; {
		to := min(from+r.o.ChunkSize-1, safe)
		logs, err := r.o.Chain.FilterLogs(ctx, from, to, diamond, [][]common.Hash{watchedTopics})
		if err != nil {
			return fmt.Errorf("scan events %d–%d: %w", from, to, err)
		}
		if err := fn(logs); err != nil {
			return err
		}
		if err := r.setCheckpoint(ctx, to); err != nil {
			return err
		}
		from = to + 1
	}
	return nil
}

// minimum names as stored.
const (
	minProvider = "provider_stake"
	minModel    = "model_stake"
	minFee      = "bid_fee"
	minPriceLo  = "price_min"
	minPriceHi  = "price_max"
)

var minLabels = map[string]string{minProvider: "provider minimum stake", minModel: "model minimum stake", minFee: "bid fee",
	minPriceLo: "minimum price per second", minPriceHi: "maximum price per second"}

func (r *Alerter) seenMinimums(ctx context.Context) (map[string]*big.Int, error) {
	return r.o.Store.SeenMinimums(ctx)
}

func (r *Alerter) setSeen(ctx context.Context, name string, v *big.Int) error {
	return r.o.Store.SetSeenMinimum(ctx, name, v)
}

func currentMinimums(m chain.Minimums) map[string]*big.Int {
	return map[string]*big.Int{minProvider: m.ProviderStake, minModel: m.ModelStake, minFee: m.BidFee, minPriceLo: m.MinPricePerSecond, minPriceHi: m.MaxPricePerSecond}
}

// eventAlerts turns a chunk of Diamond logs into one-shot notifications, updating the announced minimums.
func (r *Alerter) eventAlerts(ctx context.Context, logs []types.Log, snap *chain.Snapshot) ([]Alert, error) {
	seen, err := r.seenMinimums(ctx)
	if err != nil {
		return nil, err
	}
	var out []Alert
	for _, l := range logs {
		if len(l.Topics) == 0 || l.Removed {
			continue
		}
		id := fmt.Sprintf("event-%s-%d", strings.ToLower(l.TxHash.Hex()), l.Index)
		word := func(i int) *big.Int {
			if len(l.Data) < 32*(i+1) {
				return nil
			}
			return new(big.Int).SetBytes(l.Data[32*i : 32*(i+1)])
		}
		var changes [][2]any // name, new value
		switch l.Topics[0] {
		case chain.TopicProviderMinStakeUpdated:
			changes = append(changes, [2]any{minProvider, word(0)})
		case chain.TopicModelMinStakeUpdated:
			changes = append(changes, [2]any{minModel, word(0)})
		case chain.TopicBidFeeUpdated:
			changes = append(changes, [2]any{minFee, word(0)})
		case chain.TopicBidPriceBoundsUpdated:
			changes = append(changes, [2]any{minPriceLo, word(0)}, [2]any{minPriceHi, word(1)})
		case chain.TopicDiamondCut:
			out = append(out, Alert{ID: id, Kind: KindDiamondCut, Severity: chat.Warning, Event: true,
				Title: "The marketplace Diamond was upgraded",
				Text: fmt.Sprintf("DiamondCut in block %d, tx %s: facets may behave differently. morbot simulates every transaction again before sending, but review the upgrade before approving new proposals.",
					l.BlockNumber, l.TxHash.Hex())})
			continue
		}
		var (
			texts       []string
			fix, covers string
		)
		for _, c := range changes {
			name, nv := c[0].(string), c[1].(*big.Int)
			if nv == nil {
				continue
			}
			old := seen[name]
			if old != nil && old.Cmp(nv) == 0 {
				continue // already announced (the getter backstop saw it first)
			}
			texts = append(texts, r.describeChange(name, old, nv, snap))
			if f, id := r.consequence(name, nv, snap); f != "" || id != "" {
				fix, covers = f, id
			}
			seen[name] = nv
			if err := r.setSeen(ctx, name, nv); err != nil {
				return nil, err
			}
		}
		if len(texts) > 0 {
			out = append(out, Alert{ID: id, Kind: KindMinimumChanged, Severity: chat.Warning, Event: true, Fix: fix, FixFor: covers, Covers: covers,
				Title: "A marketplace minimum changed", Text: strings.Join(texts, "\n") + fmt.Sprintf("\n(block %d, tx %s)", l.BlockNumber, l.TxHash.Hex())})
		}
	}
	return out, nil
}

// backstop compares the getters with the announced values: a change whose event was missed is still announced.
func (r *Alerter) backstop(ctx context.Context, snap *chain.Snapshot) ([]Alert, error) {
	seen, err := r.seenMinimums(ctx)
	if err != nil {
		return nil, err
	}
	var out []Alert
	cur := currentMinimums(snap.Minimums)
	for _, name := range []string{minProvider, minModel, minFee, minPriceLo, minPriceHi} {
		v := cur[name]
		old, ok := seen[name]
		if err := r.setSeen(ctx, name, v); err != nil {
			return nil, err
		}
		if !ok || old.Cmp(v) == 0 {
			continue // first sight is the baseline
		}
		fix, covers := r.consequence(name, v, snap)
		out = append(out, Alert{ID: fmt.Sprintf("getter-%s-%s-%d", name, v, snap.Block), Kind: KindMinimumChanged, Severity: chat.Warning, Event: true,
			Fix: fix, FixFor: covers, Covers: covers,
			Title: "A marketplace minimum changed",
			Text:  r.describeChange(name, old, v, snap) + fmt.Sprintf("\n(read from the getter at block %d; the change event was not seen yet)", snap.Block)})
	}
	return out, nil
}

// describeChange says old → new and whether the team still meets the new value.
func (r *Alerter) describeChange(name string, old, nv *big.Int, snap *chain.Snapshot) string {
	label := minLabels[name]
	format := chain.FormatMOR
	if name == minPriceLo || name == minPriceHi {
		format = chain.FormatPrice
	}
	oldS := "unknown"
	if old != nil {
		oldS = format(old)
	}
	line := fmt.Sprintf("%s: %s → %s. ", label, oldS, format(nv))
	p := snap.Provider
	switch name {
	case minProvider:
		switch {
		case !p.Active():
			line += "The team has no active provider."
		case p.Stake.Cmp(nv) < 0:
			line += fmt.Sprintf("Your stake %s is now below the minimum %s; any provider update reverts until you add at least %s.", chain.FormatMOR(p.Stake), chain.FormatMOR(nv), chain.FormatMOR(new(big.Int).Sub(nv, p.Stake)))
		default:
			line += fmt.Sprintf("Your stake %s still meets it.", chain.FormatMOR(p.Stake))
		}
	case minModel:
		below := 0
		for _, m := range snap.Models {
			if m.Active() && m.Owner == r.provider && m.Stake.Cmp(nv) < 0 {
				below++
			}
		}
		if below > 0 {
			line += fmt.Sprintf("%d of your models are now below it; updating them reverts until topped up.", below)
		} else {
			line += "Your models still meet it."
		}
	case minFee:
		line += fmt.Sprintf("The next bid post (or re-price) costs %s.", chain.FormatMOR(nv))
	case minPriceLo, minPriceHi:
		out := 0
		for _, b := range snap.ActiveBids {
			if !snap.Minimums.PriceInRange(b.PricePerSecond) {
				out++
			}
		}
		if out > 0 {
			line += fmt.Sprintf("%d of your active bids are outside the new range: they stay active, but a re-post must fit it.", out)
		} else {
			line += "Your active bids are within it."
		}
	}
	return line
}

// consequence names the condition a new minimum puts the team in, and its fix, so one notice says it all.
func (r *Alerter) consequence(name string, nv *big.Int, snap *chain.Snapshot) (fix, alertID string) {
	p := snap.Provider
	if name == minProvider && p.Active() && p.Stake.Cmp(nv) < 0 && snap.Minimums.ProviderStake.Cmp(nv) == 0 {
		return "/mor provider update --add-stake " + new(big.Int).Sub(nv, p.Stake).String() + "wei", "provider-stake-below-min"
	}
	return "", ""
}
