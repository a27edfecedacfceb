package position

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/pay"
)

// Earnings is a provider's pay at one block: what each state holds and what can be claimed now, as
// the contract computes it.
type Earnings struct {
	E         *chain.Earnings
	Estimates map[common.Hash]pay.ClaimEstimate
	Counts    map[string]int // sessions by state
	Claimable *big.Int       // what claims would pay now, cap and funding included
	CapCut    *big.Int       // due but withheld by the cap
	Held      *big.Int       // held until the UTC day after a close
	HeldUntil uint64         // the latest release time of what is held
	Due       *big.Int       // due now before the cap (claimable + cut)
	Short     *big.Int       // due from the funding account beyond what it can pay
	States    map[common.Hash]string
	// FundingNeed is what the claims due now would draw from the funding account, cap included
	// (non-direct sessions only), whatever the account holds.
	FundingNeed *big.Int
}

// Summarize groups the sessions and adds up the claim estimates.
func Summarize(e *chain.Earnings) *Earnings {
	s := &Earnings{E: e, Estimates: map[common.Hash]pay.ClaimEstimate{}, Counts: map[string]int{}, States: map[common.Hash]string{},
		Claimable: new(big.Int), CapCut: new(big.Int), Held: new(big.Int), Due: new(big.Int), Short: new(big.Int), FundingNeed: new(big.Int)}
	for _, est := range pay.EstimateClaims(e.Provider, e.Time, e.Sessions, e.Prices, nil) {
		if !est.Session.Direct {
			s.FundingNeed.Add(s.FundingNeed, est.Pays)
		}
	}
	// The settled part (from the session index) is paid in full: claimed, nothing due or held.
	s.Counts[pay.SessionClaimed] += e.Settled.Count
	for _, est := range pay.Estimate(e) {
		s.Estimates[est.Session.ID] = est
		st := pay.State(est.Session, est.Price, e.Time)
		s.States[est.Session.ID], s.Counts[st] = st, s.Counts[st]+1
		s.Claimable.Add(s.Claimable, est.Pays)
		s.CapCut.Add(s.CapCut, est.CapCut())
		s.Due.Add(s.Due, est.Due)
		if est.Outcome == pay.ClaimFundingShort {
			s.Short.Add(s.Short, est.Due)
		}
		if held := MinBig(est.OnHold, est.Rewards); held.Sign() > 0 {
			// What a session holds is what it still has to pay and the hold covers: a session paid in
			// full holds nothing, whatever the hold's arithmetic says.
			s.Held.Add(s.Held, held)
			s.HeldUntil = max(s.HeldUntil, est.HeldUntil)
		}
	}
	return s
}

// ClaimableCount is how many sessions a claim would pay now.
func (s *Earnings) ClaimableCount() int {
	n := 0
	for _, est := range s.Estimates {
		if est.Outcome == pay.ClaimPays {
			n++
		}
	}
	return n
}

// MinBig is the smaller of two amounts.
func MinBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return a
	}
	return b
}
