package alerts

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/position"
)

// stuckTxs finds signed or broadcast transactions still without a receipt after StuckTxBlocks blocks
// and says why they are stuck (see Diagnose).
func stuckTxs(ctx context.Context, r *Alerter, pos *position.Position) ([]Alert, error) {
	head := pos.Snapshot.Block
	txs, err := r.o.Domain.Engine.InFlightTxs(ctx)
	if err != nil {
		return nil, err
	}
	type nonces struct{ latest, pending uint64 }
	read := map[common.Address]nonces{}
	var out []Alert
	for _, x := range txs {
		if head < x.SentBlock+r.o.StuckTxBlocks {
			continue
		}
		n, ok := read[x.Signer]
		if !ok {
			if n.latest, err = r.o.Chain.Nonce(ctx, x.Signer); err != nil {
				return nil, err
			}
			if n.pending, err = r.o.Chain.PendingNonce(ctx, x.Signer); err != nil {
				return nil, err
			}
			read[x.Signer] = n
		}
		if n.latest > x.Nonce {
			continue // its nonce is used: the executor settles the step (mined, or taken by another transaction)
		}
		d := Diagnose(x.Nonce, n.latest, n.pending)
		a := Alert{ID: fmt.Sprintf("tx-stuck-p%d-s%d", x.Proposal, x.Step+1), Kind: "tx", Severity: chat.Error,
			Title: fmt.Sprintf("P-%d step %d is not mined", x.Proposal, x.Step+1),
			Text: fmt.Sprintf("Transaction %s (%s, nonce %d) was signed at block %d and has no receipt %d blocks later. %s "+
				"morbot will not sign another transaction for this step on its own; it keeps reconciling by hash and nonce.",
				x.Hash.Hex(), x.Kind, x.Nonce, x.SentBlock, head-x.SentBlock, d.Why),
			Fix: fmt.Sprintf("/mor tx speedup P-%d", x.Proposal)}
		if d.Gap {
			a.Title = fmt.Sprintf("P-%d step %d is blocked behind a nonce gap", x.Proposal, x.Step+1)
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
