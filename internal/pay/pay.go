// Package pay is the marketplace's pay arithmetic as the contract computes it (reference §11): what a
// session earns, what claimForProvider holds back until the next UTC day, the provider's yearly
// earnings cap, and what a run of claims would pay. It reads nothing: the records come from chain,
// and the tests check every figure against the contract double on the simulated chain.
package pay

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
)

// Earned is what the provider has earned against the cap at time now (zero once the period ended).
func Earned(p chain.Provider, now uint64) *big.Int {
	if now > p.LimitPeriodEnd {
		return new(big.Int)
	}
	return new(big.Int).Set(p.LimitPeriodEarned)
}

// Headroom is what the provider may still earn this period: the stake once the period ended,
// otherwise stake − earned (never negative).
func Headroom(p chain.Provider, now uint64) *big.Int {
	h := new(big.Int).Sub(p.Stake, Earned(p, now))
	if h.Sign() < 0 {
		return new(big.Int)
	}
	return h
}

// Total is everything a session earns the provider at price: (End − openedAt) × price.
func Total(s chain.Session, price *big.Int) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(s.End()-s.OpenedAt), price)
}

// Rewards is the contract's _getProviderRewards(session, bid, true) at time now: nothing before
// End, then Total − providerWithdrawnAmount.
func Rewards(s chain.Session, price *big.Int, now uint64) *big.Int {
	if now < s.End() {
		return new(big.Int)
	}
	r := new(big.Int).Sub(Total(s, price), s.ProviderWithdrawn)
	if r.Sign() < 0 { // cannot happen on a consistent chain; the contract would revert
		return new(big.Int)
	}
	return r
}

// OnHold is the contract's _getProviderOnHoldAmount at now, with the time it is released:
// (closedAt − max(startOfDay(closedAt), openedAt)) × price until the UTC day after closedAt. Note
// that claimForProvider subtracts it for every closed session, disputed or not; closeSession only
// for a disputed early close.
func OnHold(s chain.Session, price *big.Int, now uint64) (amount *big.Int, until uint64) {
	sod := StartOfDay(s.ClosedAt)
	until = sod + Day
	if now >= until {
		return new(big.Int), until
	}
	from := s.OpenedAt
	if sod > from {
		from = sod
	}
	return new(big.Int).Mul(new(big.Int).SetUint64(s.ClosedAt-from), price), until
}

// Day is one UTC day in seconds; LimitPeriod is the provider earnings cap period (365 days).
const (
	Day         = 86400
	LimitPeriod = 365 * Day
)

// StartOfDay is the contract's startOfTheDay: the UTC midnight at or before t.
func StartOfDay(t uint64) uint64 { return t - t%Day }

// Claim outcomes, as claimForProvider would end for one session.
const (
	ClaimPays         = "pays"          // moves Pays to the provider
	ClaimNothingDue   = "nothing due"   // the session has not ended, or everything was paid
	ClaimHeld         = "held"          // what is left is held until HeldUntil (the call pays nothing, or reverts when the hold exceeds it)
	ClaimCapped       = "capped"        // the earnings cap leaves nothing this period
	ClaimFundingShort = "funding short" // the funding account cannot pay it: the call reverts
)

// ClaimEstimate is what claimForProvider(session) would do at Time, after the claims estimated
// before it in the same run.
type ClaimEstimate struct {
	Session   chain.Session
	Price     *big.Int
	Rewards   *big.Int // unclaimed rewards (zero before the session ends)
	OnHold    *big.Int // subtracted by the contract until HeldUntil
	HeldUntil uint64
	Due       *big.Int // Rewards − OnHold: what the claim asks for before the cap
	Pays      *big.Int // what it moves to the provider
	Outcome   string
	Reverts   bool // the call would revert (a hold larger than what is left, or funding short)
}

// CapCut is what the cap withholds from this claim (Due − Pays).
func (c ClaimEstimate) CapCut() *big.Int {
	if c.Outcome == ClaimHeld || c.Outcome == ClaimFundingShort {
		return new(big.Int)
	}
	return new(big.Int).Sub(c.Due, c.Pays)
}

// Cap is a provider's earnings cap as _claimForProvider applies it at time now: when the period has
// ended the first claim renews it (earned 0, a new end a year later); the limit is stake − earned.
type Cap struct {
	Stake     *big.Int
	Earned    *big.Int // counted this period (0 once the stored period ended)
	PeriodEnd uint64   // as stored; renews at the first claim after it
	Renews    bool     // the stored period has ended: the next claim starts a new one
}

// CapAt is the provider's cap at time now.
func CapAt(p chain.Provider, now uint64) Cap {
	c := Cap{Stake: new(big.Int).Set(p.Stake), Earned: new(big.Int).Set(p.LimitPeriodEarned), PeriodEnd: p.LimitPeriodEnd}
	if now > p.LimitPeriodEnd {
		c.Earned, c.Renews = new(big.Int), true
	}
	return c
}

// Left is what the cap still lets the provider claim (never negative).
func (c Cap) Left() *big.Int {
	l := new(big.Int).Sub(c.Stake, c.Earned)
	if l.Sign() < 0 {
		return new(big.Int)
	}
	return l
}

// EstimateClaims runs claimForProvider's arithmetic over sessions in the given order, as
// consecutive claims at time now: each payout lowers the cap left for the next, and non-direct
// payouts draw on funding (the funding account's balance and allowance to the Diamond, whichever is
// lower; nil skips that check). A session whose bid price is unknown is skipped.
func EstimateClaims(p chain.Provider, now uint64, sessions []chain.Session, prices map[common.Hash]*big.Int, funding *big.Int) []ClaimEstimate {
	cp := CapAt(p, now)
	left := cp.Left()
	var fund *big.Int
	if funding != nil {
		fund = new(big.Int).Set(funding)
	}
	out := make([]ClaimEstimate, 0, len(sessions))
	for _, s := range sessions {
		price, ok := prices[s.BidID]
		if !ok || price == nil {
			continue
		}
		e := ClaimEstimate{Session: s, Price: price, Rewards: Rewards(s, price, now), Due: new(big.Int), Pays: new(big.Int)}
		e.OnHold, e.HeldUntil = OnHold(s, price, now)
		switch {
		case e.Rewards.Sign() == 0:
			// Everything was paid (or the session has not ended). A claim the same UTC day as a close
			// would even revert on the hold; either way there is nothing to claim.
			e.Outcome, e.Reverts = ClaimNothingDue, e.OnHold.Sign() > 0
		case e.Rewards.Cmp(e.OnHold) < 0:
			e.Outcome, e.Reverts = ClaimHeld, true
		default:
			e.Due.Sub(e.Rewards, e.OnHold)
			e.Pays = minBig(e.Due, left)
			switch {
			case e.Due.Sign() == 0 && e.OnHold.Sign() > 0:
				e.Outcome = ClaimHeld
			case e.Due.Sign() == 0:
				e.Outcome = ClaimNothingDue
			case e.Pays.Sign() == 0:
				e.Outcome = ClaimCapped
			case fund != nil && !s.Direct && fund.Cmp(e.Pays) < 0:
				e.Outcome, e.Pays, e.Reverts = ClaimFundingShort, new(big.Int), true
			default:
				e.Outcome = ClaimPays
				left.Sub(left, e.Pays)
				if fund != nil && !s.Direct {
					fund.Sub(fund, e.Pays)
				}
			}
		}
		out = append(out, e)
	}
	return out
}

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

// Estimate runs the claim arithmetic over every session of a read (oldest end first).
func Estimate(e *chain.Earnings) []ClaimEstimate {
	return EstimateClaims(e.Provider, e.Time, e.Sessions, e.Prices, e.Funding())
}

// Session states, as /mor earnings groups them.
const (
	SessionActive         = "active"          // running: not closed, before endsAt
	SessionEndedUnclaimed = "ended-unclaimed" // past endsAt, never closed, pay left to claim
	SessionClosed         = "closed"          // closed by the consumer, pay left to claim (held or beyond the cap)
	SessionClaimed        = "claimed"         // ended or closed, everything it earned was paid
)

// State is where the session stands at time now for the provider's pay.
func State(s chain.Session, price *big.Int, now uint64) string {
	switch {
	case !s.Closed() && now < s.EndsAt:
		return SessionActive
	case Rewards(s, price, now).Sign() == 0:
		return SessionClaimed
	case s.Closed():
		return SessionClosed
	}
	return SessionEndedUnclaimed
}
