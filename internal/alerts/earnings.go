package alerts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/pay"
	"github.com/morbotlabs/morbot/internal/position"
)

// The conditions on the provider's pay: earnings near the cap, pay left unclaimed for over a day, a
// funding account that cannot pay what is due, and sessions that ended without being closed or
// claimed. Each reads the position's earnings (nil when the provider does not exist).

func earningsNearCap(_ context.Context, r *Alerter, pos *position.Position) ([]Alert, error) {
	es := pos.Earnings
	if es == nil {
		return nil, nil
	}
	e := es.E
	p := e.Provider
	cp := pay.CapAt(p, e.Time)
	pct := big.NewInt(int64(r.o.EarningsCapPercent))
	near := new(big.Int).Mul(cp.Earned, big.NewInt(100)).Cmp(new(big.Int).Mul(p.Stake, pct)) >= 0
	if !p.Active() || p.Stake.Sign() <= 0 || !near && es.CapCut.Sign() == 0 {
		return nil, nil
	}
	// Say what fires it: the earned share at the threshold, or pay the cap withholds below it.
	share := new(big.Int).Div(new(big.Int).Mul(cp.Earned, big.NewInt(100)), p.Stake)
	title, why := "Earnings near the yearly cap", fmt.Sprintf("%s%%, at or above the %d%% threshold", share, r.o.EarningsCapPercent)
	if !near {
		title = "The earnings cap withholds pay"
		why = fmt.Sprintf("%s%%, under the %d%% threshold: this fires because the cap withholds %s of what ended sessions earned", share, r.o.EarningsCapPercent, chain.FormatMOR(es.CapCut))
	}
	a := Alert{ID: "earnings-near-cap", Kind: "earnings", Severity: chat.Warning, Title: title,
		Text: fmt.Sprintf("Earned %s of the %s cap this period (%s); headroom %s. The period ends %s; the first claim after that starts a new one. The cap is the stake, so added stake raises it one for one",
			chain.FormatMOR(cp.Earned), chain.FormatMOR(cp.Stake), why, chain.FormatMOR(cp.Left()), chain.When(cp.PeriodEnd))}
	if es.CapCut.Sign() > 0 {
		a.Text += fmt.Sprintf(": adding %s would let the %s withheld now be claimed this period.", chain.FormatMOR(es.CapCut), chain.FormatMOR(es.CapCut))
		if n, owed := cappedSessions(es); n > 0 {
			a.Text += fmt.Sprintf(" %d session(s) ended and wait for the cap (%s): nothing can be claimed for them this period; the cap renews at the first claim after %s, or a stake top-up releases them now.",
				n, chain.FormatMOR(owed), chain.When(cp.PeriodEnd))
		}
		a.Fix = "/mor provider update --add-stake " + es.CapCut.String() + "wei"
	} else {
		// The top-up that brings the earned share back below the threshold, rounded up to 0.001 MOR.
		want := new(big.Int).Div(new(big.Int).Mul(cp.Earned, big.NewInt(100)), pct)
		add := new(big.Int).Sub(want.Add(want, big.NewInt(1)), p.Stake)
		step := big.NewInt(1e15)
		add.Add(add, new(big.Int).Sub(step, big.NewInt(1))).Div(add, step).Mul(add, step)
		a.Text += fmt.Sprintf(": adding %s brings the earned share back under %d%%.", chain.FormatMOR(add), r.o.EarningsCapPercent)
	}
	return []Alert{a}, nil
}

func claimableWaiting(_ context.Context, r *Alerter, pos *position.Position) ([]Alert, error) {
	es := pos.Earnings
	if es == nil {
		return nil, nil
	}
	e := es.E
	waiting, waitingN := new(big.Int), 0
	for _, est := range es.Estimates {
		if est.Outcome == pay.ClaimPays && e.Time >= est.Session.End()+pay.Day {
			waiting.Add(waiting, est.Pays)
			waitingN++
		}
	}
	threshold := r.o.MinClaim
	if threshold == nil {
		threshold = new(big.Int)
	}
	if waiting.Sign() <= 0 || waiting.Cmp(threshold) <= 0 {
		return nil, nil
	}
	return []Alert{{ID: "claimable-waiting", Kind: "earnings", Severity: chat.Warning, Title: "Earnings left unclaimed for over a day",
		Text: fmt.Sprintf("%s from %d session(s) has been claimable for more than a day (above the %s threshold). The proxy-router never claims on its own; unclaimed pay also waits on the funding account and the cap.",
			chain.FormatMOR(waiting), waitingN, chain.FormatMOR(threshold)),
		Fix: "/mor claim all"}}, nil
}

func fundingShort(_ context.Context, _ *Alerter, pos *position.Position) ([]Alert, error) {
	es := pos.Earnings
	if es == nil {
		return nil, nil
	}
	e := es.E
	if funding := e.Funding(); es.FundingNeed.Cmp(funding) <= 0 {
		return nil, nil
	}
	return []Alert{{ID: "funding-short", Kind: "earnings", Severity: chat.Error, Title: "The marketplace funding account cannot pay what is due",
		Text: fmt.Sprintf("Claims due now need %s from the funding account %s, which holds %s and lets the Diamond pull %s. Claims on sessions that are not direct-payment revert until the marketplace operators top it up or raise its allowance; direct-payment sessions still pay.",
			chain.FormatMOR(es.FundingNeed), e.FundingAccount.Hex(), chain.FormatMOR(e.FundingBalance), chain.FormatAllowance(e.FundingAllowance))}}, nil
}

// claimableWords says how much of what was earned a claim would pay now.
func claimableWords(claimable, earned *big.Int) string {
	switch {
	case claimable.Cmp(earned) >= 0:
		return "all of it claimable now"
	case claimable.Sign() == 0:
		return "none of it claimable now"
	}
	return fmt.Sprintf("%s of it claimable now (the cap, the hold until the next UTC day or the funding account keeps the rest: /mor earnings says which)", chain.FormatMOR(claimable))
}

func sessionsEndedUnclaimed(_ context.Context, _ *Alerter, pos *position.Position) ([]Alert, error) {
	es := pos.Earnings
	if es == nil {
		return nil, nil
	}
	e := es.E
	ended, owed, claimable, pays := 0, new(big.Int), new(big.Int), false
	for _, s := range e.Sessions {
		if s.Closed() || e.Time < s.EndsAt || s.ProviderWithdrawn.Sign() != 0 {
			continue
		}
		switch es.Estimates[s.ID].Outcome {
		case pay.ClaimCapped:
			continue // the cap, not a missing claim, holds these: earnings-near-cap says so
		case pay.ClaimPays:
			pays = true
			claimable.Add(claimable, es.Estimates[s.ID].Pays)
		}
		ended++
		owed.Add(owed, pay.Total(s, e.Prices[s.BidID]))
	}
	if ended == 0 {
		return nil, nil
	}
	a := Alert{ID: "sessions-ended-unclaimed", Kind: "earnings", Severity: chat.Warning, Title: "Sessions ended without a close or a claim",
		Text: fmt.Sprintf("%d session(s) passed their end without the consumer closing them, and nothing was claimed from them: %s earned in all, %s. Nobody is paid until someone claims.",
			ended, chain.FormatMOR(owed), claimableWords(claimable, owed))}
	if pays {
		a.Fix = "/mor claim all"
	} else {
		// No fix button that cannot work: say why none is offered.
		a.Text += " None of them can be claimed right now (held until the next UTC day, or the funding account cannot pay): /mor earnings says why for each."
	}
	return []Alert{a}, nil
}

// cappedSessions counts the sessions that ended unclaimed and wait only for the cap, with what they owe.
func cappedSessions(es *position.Earnings) (int, *big.Int) {
	e := es.E
	n, owed := 0, new(big.Int)
	for _, s := range e.Sessions {
		if !s.Closed() && e.Time >= s.EndsAt && es.Estimates[s.ID].Outcome == pay.ClaimCapped {
			n++
			owed.Add(owed, es.Estimates[s.ID].Due)
		}
	}
	return n, owed
}
