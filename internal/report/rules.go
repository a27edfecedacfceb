package report

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/store"
)

const eventsCheckpoint = "diamond-events"

var watchedTopics = []common.Hash{chain.TopicProviderMinStakeUpdated, chain.TopicModelMinStakeUpdated, chain.TopicBidFeeUpdated,
	chain.TopicBidPriceBoundsUpdated, chain.TopicDiamondCut}

func (r *Reporter) checkpoint(ctx context.Context) (uint64, bool, error) {
	var b uint64
	err := r.o.Store.QueryRowContext(ctx, `SELECT block FROM checkpoints WHERE name = ?`, eventsCheckpoint).Scan(&b)
	if store.IsNoRows(err) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("read checkpoint: %w", err)
	}
	return b, true, nil
}

func (r *Reporter) setCheckpoint(ctx context.Context, b uint64) error {
	_, err := r.o.Store.ExecContext(ctx, `INSERT INTO checkpoints (name, block) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET block = excluded.block`, eventsCheckpoint, b)
	if err != nil {
		return fmt.Errorf("store checkpoint: %w", err)
	}
	return nil
}

// scanEvents reads the Diamond's minimum-change and DiamondCut events from the block after the stored
// checkpoint up to head − confirmations + 1, in chunks, handing each chunk to fn and then storing the
// checkpoint, so a restart resumes without skipping or repeating blocks (repeats are harmless anyway:
// events are remembered by transaction and log index). The first run starts watching at the head.
func (r *Reporter) scanEvents(ctx context.Context, fn func([]types.Log) error) error {
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

func (r *Reporter) seenMinimums(ctx context.Context) (map[string]*big.Int, error) {
	rows, err := r.o.Store.QueryContext(ctx, `SELECT name, value FROM minimums_seen`)
	if err != nil {
		return nil, fmt.Errorf("read minimums: %w", err)
	}
	defer rows.Close()
	out := map[string]*big.Int{}
	for rows.Next() {
		var n, v string
		if err := rows.Scan(&n, &v); err != nil {
			return nil, err
		}
		out[n], _ = new(big.Int).SetString(v, 10)
	}
	return out, rows.Err()
}

func (r *Reporter) setSeen(ctx context.Context, name string, v *big.Int) error {
	_, err := r.o.Store.ExecContext(ctx, `INSERT INTO minimums_seen (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value`, name, v.String())
	return err
}

func currentMinimums(m chain.Minimums) map[string]*big.Int {
	return map[string]*big.Int{minProvider: m.ProviderStake, minModel: m.ModelStake, minFee: m.BidFee, minPriceLo: m.MinPricePerSecond, minPriceHi: m.MaxPricePerSecond}
}

// eventAlerts turns a chunk of Diamond logs into one-shot notifications, updating the announced minimums.
func (r *Reporter) eventAlerts(ctx context.Context, logs []types.Log, snap *chain.Snapshot) ([]alert, error) {
	seen, err := r.seenMinimums(ctx)
	if err != nil {
		return nil, err
	}
	var out []alert
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
			out = append(out, alert{ID: id, Kind: "diamond-cut", Severity: chat.Warning, Event: true,
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
			out = append(out, alert{ID: id, Kind: "minimum-changed", Severity: chat.Warning, Event: true, Fix: fix, FixFor: covers, Covers: covers,
				Title: "A marketplace minimum changed", Text: strings.Join(texts, "\n") + fmt.Sprintf("\n(block %d, tx %s)", l.BlockNumber, l.TxHash.Hex())})
		}
	}
	return out, nil
}

// backstop compares the getters with the announced values: a change whose event was missed is still announced.
func (r *Reporter) backstop(ctx context.Context, snap *chain.Snapshot) ([]alert, error) {
	seen, err := r.seenMinimums(ctx)
	if err != nil {
		return nil, err
	}
	var out []alert
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
		out = append(out, alert{ID: fmt.Sprintf("getter-%s-%s-%d", name, v, snap.Block), Kind: "minimum-changed", Severity: chat.Warning, Event: true,
			Fix: fix, FixFor: covers, Covers: covers,
			Title: "A marketplace minimum changed",
			Text:  r.describeChange(name, old, v, snap) + fmt.Sprintf("\n(read from the getter at block %d; the change event was not seen yet)", snap.Block)})
	}
	return out, nil
}

// describeChange says old → new and whether the team still meets the new value.
func (r *Reporter) describeChange(name string, old, nv *big.Int, snap *chain.Snapshot) string {
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
			if m.Active() && m.Owner == r.o.Provider && m.Stake.Cmp(nv) < 0 {
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
func (r *Reporter) consequence(name string, nv *big.Int, snap *chain.Snapshot) (fix, alertID string) {
	p := snap.Provider
	if name == minProvider && p.Active() && p.Stake.Cmp(nv) < 0 && snap.Minimums.ProviderStake.Cmp(nv) == 0 {
		return "/mor provider update --add-stake " + new(big.Int).Sub(nv, p.Stake).String() + "wei", "provider-stake-below-min"
	}
	return "", ""
}

func short(h common.Hash) string { return strings.ToLower(h.Hex())[:12] }

// conditions are the alerts that fire while the team's position is wrong.
func (r *Reporter) conditions(ctx context.Context, pos *commands.Position) ([]alert, error) {
	snap, es := pos.Snapshot, pos.Earnings
	var out []alert
	m, p := snap.Minimums, snap.Provider
	if p.Active() && p.Stake.Cmp(m.ProviderStake) < 0 {
		add := new(big.Int).Sub(m.ProviderStake, p.Stake)
		out = append(out, alert{ID: "provider-stake-below-min", Kind: "position", Severity: chat.Error, Title: "Provider stake below the minimum",
			Text: fmt.Sprintf("Your stake %s is below the minimum %s (block %d): any provider update reverts until you add at least %s.", chain.FormatMOR(p.Stake), chain.FormatMOR(m.ProviderStake), snap.Block, chain.FormatMOR(add)),
			Fix:  "/mor provider update --add-stake " + add.String() + "wei"})
	}
	for _, md := range snap.Models {
		if md.Active() && md.Owner == r.o.Provider && md.Stake.Cmp(m.ModelStake) < 0 {
			out = append(out, alert{ID: "model-stake-below-min-" + short(md.ID), Kind: "position", Severity: chat.Warning, Title: fmt.Sprintf("Model %q (%s) stake below the minimum", md.Name, strings.ToLower(md.ID.Hex())),
				Text: fmt.Sprintf("Model %s has %s staked, below the minimum %s (block %d): updating it reverts until it is topped up.", strings.ToLower(md.ID.Hex()), chain.FormatMOR(md.Stake), chain.FormatMOR(m.ModelStake), snap.Block)})
		}
	}
	active := map[common.Hash]chain.Bid{}
	for _, b := range snap.ActiveBids {
		active[b.ModelID] = b
		if !m.PriceInRange(b.PricePerSecond) {
			target := new(big.Int).Set(b.PricePerSecond)
			if target.Cmp(m.MinPricePerSecond) < 0 {
				target.Set(m.MinPricePerSecond)
			} else {
				target.Set(m.MaxPricePerSecond)
			}
			out = append(out, alert{ID: "bid-price-out-of-range-" + short(b.ModelID), Kind: "position", Severity: chat.Warning, Title: "Bid price outside the allowed range",
				Text: fmt.Sprintf("Bid %s prices %s, outside %s … %s (block %d). It stays active, but a re-post must fit the range.", b.ID.Hex(), chain.FormatPrice(b.PricePerSecond), chain.FormatPrice(m.MinPricePerSecond), chain.FormatPrice(m.MaxPricePerSecond), snap.Block),
				Fix:  fmt.Sprintf("/mor bid create %s %swei", strings.ToLower(b.ModelID.Hex()), target)})
		}
	}
	missing, err := r.watchBids(ctx, active)
	if err != nil {
		return nil, err
	}
	out = append(out, missing...)
	stuck, err := r.stuckTxs(ctx, snap.Block)
	if err != nil {
		return nil, err
	}
	out = append(out, stuck...)
	// The signer pays the gas: the provider wallet itself, or in operator mode the operator key.
	if snap.SignerETH != nil && snap.SignerETH.Cmp(r.o.MinETH) < 0 {
		who := "The provider wallet " + snap.Signer.Hex()
		if snap.Operator() {
			who = "The operator key " + snap.Signer.Hex() + ", which signs and pays the gas,"
		}
		out = append(out, alert{ID: "eth-low", Kind: "funds", Severity: chat.Warning, Title: "Little ETH left for gas",
			Text: fmt.Sprintf("%s holds %s, below the %s threshold; transactions will fail without gas.", who, chain.FormatETH(snap.SignerETH), chain.FormatETH(r.o.MinETH))})
	}
	need, err := r.pendingNeed(ctx)
	if err != nil {
		return nil, err
	}
	if need.Cmp(snap.Allowance) > 0 {
		out = append(out, alert{ID: "allowance-short", Kind: "funds", Severity: chat.Warning, Title: "MOR allowance below what open proposals need",
			Text: fmt.Sprintf("Open proposals without their own approve step need %s, but the Diamond may pull only %s.", chain.FormatMOR(need), chain.FormatMOR(snap.Allowance)),
			Fix:  "/mor approve auto"})
	}
	out = append(out, r.earningsAlerts(es)...)
	serving, err := r.servingAlerts(ctx, pos)
	if err != nil {
		return nil, err
	}
	out = append(out, serving...)
	return out, nil
}

// stuckTxs finds signed or broadcast transactions still without a receipt after StuckTxBlocks blocks
// and says why they are stuck (see Diagnose).
func (r *Reporter) stuckTxs(ctx context.Context, head uint64) ([]alert, error) {
	rows, err := r.o.Store.QueryContext(ctx, `SELECT t.proposal_id, t.step, t.kind, t.hash, t.nonce, t.sent_block, p.signer FROM proposal_txs t
		JOIN proposals p ON p.id = t.proposal_id WHERE t.status IN ('signed', 'sent') AND t.hash IS NOT NULL AND t.sent_block > 0
		AND p.status IN ('submitting', 'submitted', 'unknown')`)
	if err != nil {
		return nil, fmt.Errorf("read in-flight transactions: %w", err)
	}
	type tx struct {
		proposal, step     int64
		nonce              uint64
		kind, hash, signer string
		sent               uint64
	}
	var txs []tx
	for rows.Next() {
		var x tx
		if err := rows.Scan(&x.proposal, &x.step, &x.kind, &x.hash, &x.nonce, &x.sent, &x.signer); err != nil {
			_ = rows.Close()
			return nil, err
		}
		txs = append(txs, x)
	}
	_ = rows.Close()
	type nonces struct{ latest, pending uint64 }
	read := map[string]nonces{}
	var out []alert
	for _, x := range txs {
		if head < x.sent+r.o.StuckTxBlocks {
			continue
		}
		n, ok := read[x.signer]
		if !ok {
			a := common.HexToAddress(x.signer)
			if n.latest, err = r.o.Chain.Nonce(ctx, a); err != nil {
				return nil, err
			}
			if n.pending, err = r.o.Chain.PendingNonce(ctx, a); err != nil {
				return nil, err
			}
			read[x.signer] = n
		}
		if n.latest > x.nonce {
			continue // its nonce is used: the executor settles the step (mined, or taken by another transaction)
		}
		d := Diagnose(x.nonce, n.latest, n.pending)
		a := alert{ID: fmt.Sprintf("tx-stuck-p%d-s%d", x.proposal, x.step+1), Kind: "tx", Severity: chat.Error,
			Title: fmt.Sprintf("P-%d step %d is not mined", x.proposal, x.step+1),
			Text: fmt.Sprintf("Transaction %s (%s, nonce %d) was signed at block %d and has no receipt %d blocks later. %s "+
				"morbot will not sign another transaction for this step on its own; it keeps reconciling by hash and nonce.",
				x.hash, x.kind, x.nonce, x.sent, head-x.sent, d.Why),
			Fix: fmt.Sprintf("/mor tx speedup P-%d", x.proposal)}
		if d.Gap {
			a.Title = fmt.Sprintf("P-%d step %d is blocked behind a nonce gap", x.proposal, x.step+1)
			a.Fix = fmt.Sprintf("/mor tx fill %d", d.GapNonce)
		}
		out = append(out, a)
	}
	return out, nil
}

// Diagnosis says why a transaction at a nonce is not mined.
type Diagnosis struct {
	Gap      bool   // a lower nonce has nothing pending: no fee can help until it is filled
	GapNonce uint64 // the lowest nonce nothing is pending for
	Why      string // one or two sentences for people
}

// Diagnose tells a stuck transaction's cause from the account's nonce at the latest block and counting
// pending transactions: a gap below it (nothing pending at a lower nonce), fees too low (something is
// pending at its nonce, most likely itself), or the node not holding it at all.
func Diagnose(nonce, latest, pending uint64) Diagnosis {
	switch {
	case pending < nonce:
		return Diagnosis{Gap: true, GapNonce: pending, Why: fmt.Sprintf("It is blocked behind nonce %d, which nothing is pending for: the node mines this account's transactions in nonce order, "+
			"so higher fees cannot help. A zero-value transfer to itself at nonce %d fills the gap (another sender of this wallet signed nonce %d and it was dropped, or never sent).",
			pending, pending, pending)}
	case pending > nonce:
		return Diagnosis{Why: fmt.Sprintf("It is pending at nonce %d with nothing missing before it, so its fees are likely too low for the network now: a same-nonce replacement with higher fees "+
			"(or raising network.max_fee_per_gas_gwei, if the cap holds it back) gets it mined.", nonce)}
	}
	return Diagnosis{Why: fmt.Sprintf("The node has nothing pending at nonce %d: it dropped the transaction or never accepted it. morbot broadcasts the recorded bytes again; "+
		"if it keeps vanishing, the node may be refusing it as underpriced, and a same-nonce replacement with higher fees helps.", nonce)}
}

// pendingNeed sums the MOR that open proposals without their own approve step will pull.
func (r *Reporter) pendingNeed(ctx context.Context) (*big.Int, error) {
	ps, err := r.o.Engine.List(ctx, 1000, approval.Pending, approval.Approved)
	if err != nil {
		return nil, err
	}
	need := new(big.Int)
	for _, p := range ps {
		if len(p.Steps) > 0 && p.Steps[0].Request.Kind == "approve" {
			continue
		}
		if v, ok := new(big.Int).SetString(p.Params["mor_needed"], 10); ok {
			need.Add(need, v)
		}
	}
	return need, nil
}

// watchBids remembers each model's active bid; a model whose bid vanished without a morbot proposal
// deleting it fires bid-missing until a bid is active again.
func (r *Reporter) watchBids(ctx context.Context, active map[common.Hash]chain.Bid) ([]alert, error) {
	now := r.o.Now().UnixMilli()
	for model, b := range active {
		if _, err := r.o.Store.ExecContext(ctx, `INSERT INTO watched_bids (model_id, bid_id, price, updated_at) VALUES (?,?,?,?)
			ON CONFLICT(model_id) DO UPDATE SET bid_id = excluded.bid_id, price = excluded.price, updated_at = excluded.updated_at`,
			strings.ToLower(model.Hex()), b.ID.Hex(), b.PricePerSecond.String(), now); err != nil {
			return nil, fmt.Errorf("watch bid: %w", err)
		}
	}
	rows, err := r.o.Store.QueryContext(ctx, `SELECT model_id, bid_id, price FROM watched_bids`)
	if err != nil {
		return nil, fmt.Errorf("read watched bids: %w", err)
	}
	type w struct{ model, bid, price string }
	var gone []w
	for rows.Next() {
		var x w
		if err := rows.Scan(&x.model, &x.bid, &x.price); err != nil {
			_ = rows.Close()
			return nil, err
		}
		if _, ok := active[common.HexToHash(x.model)]; !ok {
			gone = append(gone, x)
		}
	}
	_ = rows.Close()
	if len(gone) == 0 {
		return nil, nil
	}
	deliberate, err := r.deletedByMorbot(ctx)
	if err != nil {
		return nil, err
	}
	var out []alert
	for _, x := range gone {
		if deliberate[x.model] {
			if _, err := r.o.Store.ExecContext(ctx, `DELETE FROM watched_bids WHERE model_id = ?`, x.model); err != nil {
				return nil, err
			}
			continue
		}
		price, _ := new(big.Int).SetString(x.price, 10)
		out = append(out, alert{ID: "bid-missing-" + x.model[:12], Kind: "bid", Severity: chat.Error, Title: "An active bid disappeared",
			Text: fmt.Sprintf("Bid %s on model %s (%s) is no longer active and no morbot proposal deleted it.", x.bid, x.model, chain.FormatPrice(price)),
			Fix:  fmt.Sprintf("/mor bid create %s %swei", x.model, x.price)})
	}
	return out, nil
}

// deletedByMorbot returns the models whose bid a confirmed morbot proposal deleted.
func (r *Reporter) deletedByMorbot(ctx context.Context) (map[string]bool, error) {
	ps, err := r.o.Engine.List(ctx, 500, approval.Confirmed)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, p := range ps {
		if p.Kind == "bid delete" && p.Params["bid_model_id"] != "" {
			out[p.Params["bid_model_id"]] = true
		}
	}
	return out, nil
}
