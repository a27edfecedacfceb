package wiring_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/plans"
)

// intentsRun proposes n intents in rounds of five, each round proposed concurrently and then
// approved in a random order, on one provider with one model: re-prices, allowance changes and stake
// top-ups, so that plans built on the same state race each other. It returns the proposals by final
// state and checks the invariants that make an approval bind to its world:
//   - a STALE proposal sent nothing (every step still pending) and says what changed;
//   - the bid's price at the end is the price of the last confirmed re-price;
//   - every MOR spent on fees is one confirmed re-price's fee.
func intentsRun(t testing.TB, n int, seed uint64) (map[approval.State][]*approval.Proposal, int) {
	w := newWorldTB(t, quorum1())
	model := w.onboarded()
	r := rand.New(rand.NewPCG(seed, seed))
	ctx := context.Background()
	fees, err := w.client.Minimums(ctx)
	if err != nil {
		t.Fatal(err)
	}
	before := w.mor()
	var (
		mu       sync.Mutex
		made     []*approval.Proposal
		refused  int
		lastBid  *big.Int
		repriced = map[int64]*big.Int{}
	)
	for len(made)+refused < n {
		var wg sync.WaitGroup
		for k := 0; k < 5 && len(made)+refused+k < n; k++ {
			kind, price := r.IntN(3), big.NewInt(int64(1+r.IntN(6))*1e13)
			amount := big.NewInt(int64(1+r.IntN(4)) * 1e17)
			wg.Add(1)
			go func() {
				defer wg.Done()
				var (
					p   *approval.Proposal
					err error
				)
				switch kind {
				case 0:
					p, err = w.core.Plans.BidCreate(ctx, user("alice"), model, price)
				case 1:
					p, err = w.core.Plans.Approve(ctx, user("alice"), amount)
				default:
					p, err = w.core.Plans.ProviderUpdate(ctx, user("alice"), amount, nil)
				}
				mu.Lock()
				defer mu.Unlock()
				var d *approval.Denial
				var ref *plans.Refusal
				switch {
				case errors.As(err, &d), errors.As(err, &ref):
					refused++ // the same payload is open, or the plan is refused as asked (the same price)
				case err != nil:
					t.Errorf("propose: %v", err)
				default:
					made = append(made, p)
					if kind == 0 {
						repriced[p.ID] = price
					}
				}
			}()
		}
		wg.Wait()
		round := made[len(made)-min(len(made), 5):]
		for _, i := range r.Perm(len(round)) {
			p := round[i]
			if cur := w.get(p.ID); cur.Status != approval.Pending {
				continue
			}
			if _, err := w.core.Engine.Vote(ctx, user("bob"), p.Token, true); err != nil {
				t.Fatalf("vote %s: %v", p.HumanID(), err)
			}
			if err := w.core.Exec.Idle(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}
	byState := map[approval.State][]*approval.Proposal{}
	confirmedBids := 0
	for _, p := range made {
		cur := w.get(p.ID)
		byState[cur.Status] = append(byState[cur.Status], cur)
		switch cur.Status {
		case approval.Stale:
			for _, s := range cur.Steps {
				if s.Status != approval.StepPending || s.Hash != nil {
					t.Errorf("%s is STALE but step %d is %s", cur.HumanID(), s.Index+1, s.Status)
				}
			}
			if !strings.Contains(cur.Reason, " → now ") {
				t.Errorf("%s is STALE without saying what changed: %q", cur.HumanID(), cur.Reason)
			}
		case approval.Confirmed:
			if price, ok := repriced[cur.ID]; ok {
				confirmedBids++
				lastBid = price
			}
		}
	}
	if lastBid != nil {
		if got := w.ourBid(model).PricePerSecond; got.Cmp(lastBid) != 0 {
			t.Errorf("the bid's price is %s, but the last confirmed re-price set %s", got, lastBid)
		}
	}
	spent := new(big.Int).Sub(before, w.mor())
	stakes := new(big.Int)
	for _, p := range byState[approval.Confirmed] {
		if p.Kind == approval.KindProviderUpdate {
			stakes.Add(stakes, p.Amounts.Stake)
		}
	}
	if fee := new(big.Int).Mul(fees.BidFee, big.NewInt(int64(confirmedBids))); new(big.Int).Sub(spent, stakes).Cmp(fee) != 0 {
		t.Errorf("spent %s wei beyond the stakes added (%s), want %d bid fee(s) = %s", new(big.Int).Sub(spent, stakes), stakes, confirmedBids, fee)
	}
	return byState, refused
}

// A randomized run of concurrent intents keeps every invariant of a bound approval.
func TestConcurrentIntentsBindToTheirWorld(t *testing.T) {
	t.Parallel()
	byState, refused := intentsRun(t, 30, 7)
	if len(byState[approval.Stale]) == 0 || len(byState[approval.Confirmed]) == 0 {
		t.Fatalf("the run raced nothing: %d stale, %d confirmed, %d refused", len(byState[approval.Stale]), len(byState[approval.Confirmed]), refused)
	}
}

// BenchmarkConcurrentIntents runs 100 concurrent intents and reports how they ended; with
// MORBOT_INTENTS_SAMPLES=file it writes the first 10 stale proposals (reason and steps) there, to be
// checked by hand against the chain's history.
func BenchmarkConcurrentIntents(b *testing.B) {
	for b.Loop() {
		byState, refused := intentsRun(b, 100, 42)
		b.ReportMetric(float64(len(byState[approval.Stale])), "stale")
		b.ReportMetric(float64(len(byState[approval.Confirmed])), "confirmed")
		b.ReportMetric(float64(len(byState[approval.Failed])), "failed")
		b.ReportMetric(float64(refused), "refused")
		if path := os.Getenv("MORBOT_INTENTS_SAMPLES"); path != "" {
			var sb strings.Builder
			for i, p := range byState[approval.Stale] {
				if i == 10 {
					break
				}
				fmt.Fprintf(&sb, "%s %s: %s\n  summary: %s\n  reason: %s\n\n", p.HumanID(), p.Kind, strings.ReplaceAll(p.ShortHash(), "\n", " "), strings.ReplaceAll(p.Summary, "\n", " | "), p.Reason)
			}
			if err := os.WriteFile(path, []byte(sb.String()), 0o600); err != nil {
				b.Fatal(err)
			}
		}
	}
}
