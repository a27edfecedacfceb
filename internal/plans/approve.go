package plans

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
)

// Approve sets the Diamond's MOR allowance; a nil amount is what the open proposals need.
func (b *Builder) Approve(ctx context.Context, u approval.User, amount *big.Int) (*approval.Proposal, error) {
	if amount == nil {
		var err error
		if amount, err = b.Read.Reserved(ctx, false); err != nil {
			return nil, err
		}
		if amount.Sign() == 0 {
			return nil, Refuse("no open proposal needs MOR; give an amount, e.g. /mor approve 0.6")
		}
	}
	if b.Signer != b.Provider {
		return nil, Refuse("approve must be sent by the provider wallet %s itself; morbot signs as the operator %s. The provider wallet must send %s; /mor delegation --approve %s shows it as an EIP-681 link and a Safe batch",
			b.Provider.Hex(), b.Signer.Hex(), CallLine(b.Chain.ApproveTx(amount)), chain.FormatUnits(amount, chain.Decimals))
	}
	s, err := b.Read.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	if amount.Cmp(s.Allowance) == 0 {
		return nil, Refuse("the allowance is already %s (read at block %d)", chain.FormatMOR(amount), s.Block)
	}
	pl := New(approval.KindApprove)
	pl.Relies(approval.FactAllowance, strings.ToLower(b.Provider.Hex()), "the Diamond's MOR allowance", AllowanceFact(s.Allowance))
	pl.Changes(approval.ResAllowance, b.Provider.Hex())
	pl.Add(b.Chain.ApproveTx(amount), fmt.Sprintf("set the Diamond's MOR allowance to %s (now %s; approve replaces, it does not add)", chain.FormatMOR(amount), chain.FormatAllowance(s.Allowance)))
	pl.Amounts.Approve = amount
	return b.Propose(ctx, &u, FundsOf(s), pl)
}
