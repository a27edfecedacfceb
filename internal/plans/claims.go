package plans

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/pay"
	"github.com/morbotlabs/morbot/internal/position"
)

// MaxClaims is how many sessions one claim proposal claims (its message stays readable and its
// gas bounded); the rest wait for the next.
const MaxClaims = 30

// ClaimRequest selects what to claim.
type ClaimRequest struct {
	Sessions []common.Hash // nil: every session with something to claim
	Min      *big.Int      // leave out claims that pay less than this (nil or 0: none)
	// ModelName names a bid's model in the summary ("" when unknown).
	ModelName func(model common.Hash) string
}

// Skip is a session left out of a claim plan, and why.
type Skip struct {
	Session common.Hash
	Reason  string
}

// ClaimPlan is a built claim plan: the plan (nil when nothing can be claimed), the estimates of the
// claims in it, and the sessions left out with the reason.
type ClaimPlan struct {
	Plan     *Plan
	Claims   []pay.ClaimEstimate
	Skipped  []Skip
	Total    *big.Int // what the plan pays the provider
	Earnings *chain.Earnings
}

// BuildClaims turns earnings into one claimForProvider per session that pays something now, in the
// order the cap is shared (oldest end first). open lists sessions already in an open claim proposal
// (by session, the proposal's human ID); they are skipped.
func BuildClaims(c Chain, e *chain.Earnings, r ClaimRequest, open map[common.Hash]string) *ClaimPlan {
	out := &ClaimPlan{Total: new(big.Int), Earnings: e}
	want := map[common.Hash]bool{}
	for _, id := range r.Sessions {
		want[id] = true
	}
	known := map[common.Hash]bool{}
	cp := pay.CapAt(e.Provider, e.Time)
	pl := New(approval.KindClaim)
	fromFunding := new(big.Int)
	var sessions []common.Hash
	for _, est := range pay.Estimate(e) {
		s := est.Session
		known[s.ID] = true
		if r.Sessions != nil && !want[s.ID] {
			continue
		}
		explicit := r.Sessions != nil
		if p, ok := open[s.ID]; ok {
			if explicit || est.Outcome == pay.ClaimPays {
				out.Skipped = append(out.Skipped, Skip{s.ID, "already in " + p + ", which is not settled yet"})
			}
			continue
		}
		switch est.Outcome {
		case pay.ClaimPays:
			if len(pl.Steps) == MaxClaims {
				out.Skipped = append(out.Skipped, Skip{s.ID, fmt.Sprintf("left for the next claim: one proposal claims at most %d sessions", MaxClaims)})
				continue
			}
			if r.Min != nil && est.Pays.Cmp(r.Min) < 0 {
				out.Skipped = append(out.Skipped, Skip{s.ID, fmt.Sprintf("pays %s, below the %s minimum claim", chain.FormatMOR(est.Pays), chain.FormatMOR(r.Min))})
				continue
			}
			pl.Add(c.ClaimForProviderTx(s.ID), claimLine(est, e, r.ModelName))
			out.Claims = append(out.Claims, est)
			out.Total.Add(out.Total, est.Pays)
			if !s.Direct {
				fromFunding.Add(fromFunding, est.Pays)
			}
			sessions = append(sessions, s.ID)
			pl.Changes(approval.ResSession, s.ID.Hex())
		case pay.ClaimNothingDue:
			if explicit {
				out.Skipped = append(out.Skipped, Skip{s.ID, nothingDue(s, e.Time)})
			}
		case pay.ClaimHeld:
			how := "closed it"
			if s.Disputed() {
				how = "closed it early with a dispute"
			}
			out.Skipped = append(out.Skipped, Skip{s.ID, fmt.Sprintf("%s is held until %s: the consumer %s on %s, and the contract holds the part earned that day until the next UTC day",
				chain.FormatMOR(est.OnHold), chain.When(est.HeldUntil), how, chain.When(s.ClosedAt))})
		case pay.ClaimCapped:
			// The headroom left after this plan's own claims, which come first and use it up.
			earned := new(big.Int).Add(cp.Earned, out.Total)
			counting := ""
			if out.Total.Sign() > 0 {
				counting = fmt.Sprintf(", counting the %s this claim takes first,", chain.FormatMOR(out.Total))
			}
			out.Skipped = append(out.Skipped, Skip{s.ID, fmt.Sprintf("the earnings cap leaves nothing this period: %s earned of the %s cap (the stake)%s until %s; its %s waits for the next period, or for more stake",
				chain.FormatMOR(position.MinBig(earned, cp.Stake)), chain.FormatMOR(cp.Stake), counting, chain.When(cp.PeriodEnd), chain.FormatMOR(est.Due))})
		case pay.ClaimFundingShort:
			out.Skipped = append(out.Skipped, Skip{s.ID, fmt.Sprintf("the marketplace funding account %s can pay only %s now (balance %s, allowance to the Diamond %s) and this claim needs %s; the claim would revert",
				e.FundingAccount.Hex(), chain.FormatMOR(new(big.Int).Sub(e.Funding(), fromFunding)), chain.FormatMOR(e.FundingBalance), chain.FormatAllowance(e.FundingAllowance), chain.FormatMOR(est.Due))})
		}
	}
	for _, id := range r.Sessions {
		switch {
		case known[id]:
		case e.Settled.Has(id):
			out.Skipped = append(out.Skipped, Skip{id, nothingDue(e.Settled.Of[id].Session, e.Time)})
		default:
			out.Skipped = append(out.Skipped, Skip{id, fmt.Sprintf("not a session of provider %s (read at block %d)", e.Provider.Address.Hex(), e.Block)})
		}
	}
	if len(pl.Steps) == 0 {
		return out
	}
	total := fmt.Sprintf("pays %s to the provider wallet %s in total", chain.FormatMOR(out.Total), e.Provider.Address.Hex())
	if fromFunding.Sign() > 0 {
		total += fmt.Sprintf("; %s of it from the marketplace funding account %s", chain.FormatMOR(fromFunding), e.FundingAccount.Hex())
	}
	if direct := new(big.Int).Sub(out.Total, fromFunding); direct.Sign() > 0 {
		total += fmt.Sprintf("; %s from consumers' direct-payment stakes held by the Diamond", chain.FormatMOR(direct))
	}
	pl.Lines = append(pl.Lines, total, fmt.Sprintf("amounts as the contract computes them at block %d (%s), cap included; a claim never sends MOR anywhere but the provider wallet", e.Block, chain.When(e.Time)))
	pl.Params = approval.ClaimParams{Sessions: sessions, Total: new(big.Int).Set(out.Total)}
	out.Plan = pl
	return out
}

func claimLine(est pay.ClaimEstimate, e *chain.Earnings, name func(common.Hash) string) string {
	s := est.Session
	what := "bid " + s.BidID.Hex()
	if b, ok := e.Bids[s.BidID]; ok && name != nil {
		if n := name(b.ModelID); n != "" {
			what = fmt.Sprintf("model %q, bid %s", n, s.BidID.Hex())
		}
	}
	line := fmt.Sprintf("claim session %s (%s): pays %s", s.ID.Hex(), what, chain.FormatMOR(est.Pays))
	if cut := est.CapCut(); cut.Sign() > 0 {
		line += fmt.Sprintf(" of %s due; the earnings cap withholds %s until the next period", chain.FormatMOR(est.Due), chain.FormatMOR(cut))
	}
	return line
}

func nothingDue(s chain.Session, now uint64) string {
	if now < s.End() {
		return "still running until " + chain.When(s.End()) + "; it can be claimed after that"
	}
	return "nothing left to claim: everything it earned was paid"
}

// OpenClaims maps each session in an unsettled claim proposal to that proposal's human ID.
func OpenClaims(ctx context.Context, eng *approval.Engine) (map[common.Hash]string, error) {
	ps, err := eng.List(ctx, 200, approval.Pending, approval.Approved, approval.Submitting, approval.Submitted, approval.Unknown)
	if err != nil {
		return nil, err
	}
	out := map[common.Hash]string{}
	for _, p := range ps {
		c, ok := p.Params.(approval.ClaimParams)
		if !ok {
			continue
		}
		for _, h := range c.Sessions {
			out[h] = p.HumanID()
		}
	}
	return out, nil
}

// ProposeClaims reads the provider's earnings, builds the claim plan and proposes it as u (nil: the
// scheduler). With nothing to claim it returns the built plan with a nil proposal and no error.
func (b *Builder) ProposeClaims(ctx context.Context, u *approval.User, r ClaimRequest) (*ClaimPlan, *approval.Proposal, error) {
	e, err := b.Chain.Earnings(ctx, b.Provider)
	if err != nil {
		return nil, nil, err
	}
	if r.ModelName == nil && b.Read != nil {
		r.ModelName = func(id common.Hash) string { return b.Read.ModelName(ctx, id, "") }
	}
	open, err := OpenClaims(ctx, b.Engine)
	if err != nil {
		return nil, nil, err
	}
	cp := BuildClaims(b.Chain, e, r, open)
	if cp.Plan == nil {
		return cp, nil, nil
	}
	p, err := b.Propose(ctx, u, Funds{Block: e.Block, MOR: new(big.Int), Allowance: new(big.Int)}, cp.Plan)
	if err != nil {
		return cp, nil, err
	}
	return cp, p, nil
}
