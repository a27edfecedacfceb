package pay_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/pay"
)

// A provider with stake on one bid at 1e13 wei/s, a consumer who opens sessions on it. The double's
// stipend is one MOR per MOR staked, so a session of A wei lasts A / 1e13 seconds.
type sessionFixture struct {
	t        *testing.T
	ctx      context.Context
	sim      *chaintest.Sim
	c        *chain.Client
	prov     chaintest.KeySigner
	consumer *ecdsa.PrivateKey
	bid      common.Hash
	price    *big.Int
}

func newSessionFixture(t *testing.T, stake string) *sessionFixture {
	t.Helper()
	return newSessionFixturePrice(t, stake, big.NewInt(1e13))
}

func newSessionFixturePrice(t *testing.T, stake string, price *big.Int) *sessionFixture {
	t.Helper()
	ctx := context.Background()
	sim := newSim(t, chaintest.Options{Accounts: 2})
	f := &sessionFixture{t: t, ctx: ctx, sim: sim, c: sim.Client(chain.Options{PollInterval: 10 * time.Millisecond}),
		prov: chaintest.KeySigner{Key: sim.Accounts[0].Key}, consumer: sim.Accounts[1].Key, price: price}
	p := f.prov.Address()
	base := common.HexToHash("0x01")
	model := chain.ModelID(p, base)
	for _, r := range []chain.TxRequest{
		f.c.ApproveTx(mor("50")),
		f.c.ProviderRegisterTx(p, mor(stake), "127.0.0.1:3333"),
		f.c.ModelRegisterTx(p, base, common.Hash{}, big.NewInt(0), mor("0.1"), "m", []string{"LLM"}),
		f.c.PostModelBidTx(p, model, f.price),
	} {
		f.send(r)
	}
	f.bid = chain.BidID(p, model, big.NewInt(0))
	return f
}

func (f *sessionFixture) send(r chain.TxRequest) {
	f.t.Helper()
	if _, err := f.c.Send(f.ctx, f.prov, r); err != nil {
		f.t.Fatalf("send %s: %v", r.Kind, err)
	}
}

func (f *sessionFixture) open(amount string, direct bool) chain.Session {
	f.t.Helper()
	id, err := f.sim.OpenSession(f.ctx, f.consumer, chaintest.KeyMessageSigner(f.prov.Key), f.bid, mor(amount), direct)
	if err != nil {
		f.t.Fatalf("open session: %v", err)
	}
	return f.session(id)
}

func (f *sessionFixture) session(id common.Hash) chain.Session {
	f.t.Helper()
	s, err := f.c.Session(f.ctx, id)
	if err != nil || !s.Exists() {
		f.t.Fatalf("read session %s: %+v %v", id.Hex(), s, err)
	}
	return s
}

func (f *sessionFixture) advance(d time.Duration) {
	f.t.Helper()
	if err := f.sim.Advance(d); err != nil {
		f.t.Fatalf("advance %s: %v", d, err)
	}
}

func (f *sessionFixture) balance(a common.Address) *big.Int {
	f.t.Helper()
	b, err := f.c.MORBalance(f.ctx, a)
	if err != nil {
		f.t.Fatal(err)
	}
	return b
}

func (f *sessionFixture) provider() chain.Provider {
	f.t.Helper()
	p, err := f.c.Provider(f.ctx, f.prov.Address())
	if err != nil {
		f.t.Fatal(err)
	}
	return p
}

// claim sends claimForProvider and returns what the provider received, to the wei.
func (f *sessionFixture) claim(id common.Hash) *big.Int {
	f.t.Helper()
	before := f.balance(f.prov.Address())
	f.send(f.c.ClaimForProviderTx(id))
	return new(big.Int).Sub(f.balance(f.prov.Address()), before)
}

// estimate reads the earnings at the latest block and returns the estimate for one session.
func (f *sessionFixture) estimate(id common.Hash) (pay.ClaimEstimate, *chain.Earnings) {
	f.t.Helper()
	e, err := f.c.Earnings(f.ctx, f.prov.Address())
	if err != nil {
		f.t.Fatalf("earnings: %v", err)
	}
	for _, est := range pay.Estimate(e) {
		if est.Session.ID == id {
			return est, e
		}
	}
	f.t.Fatalf("no estimate for session %s among %d sessions", id.Hex(), len(e.Sessions))
	return pay.ClaimEstimate{}, nil
}

// seconds × price, the contract's unit of pay.
func wei(seconds uint64, price *big.Int) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(seconds), price)
}

func wantWei(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %s wei, want %s wei", what, got, want)
	}
}

func TestClaimEndedSession(t *testing.T) {
	t.Parallel()
	f := newSessionFixture(t, "1")
	s := f.open("0.5", false)
	// The stipend rate is one MOR per MOR and the price 1e13 wei/s: 0.5 MOR lasts 50,000 s.
	if s.EndsAt-s.OpenedAt != 50_000 || !s.IsActive || s.Direct {
		t.Fatalf("session %+v", s)
	}
	if est, _ := f.estimate(s.ID); est.Outcome != pay.ClaimNothingDue || est.Pays.Sign() != 0 {
		t.Fatalf("before the end: %+v", est)
	}
	// claimForProvider before the end is not an error: it pays nothing.
	wantWei(t, "claim before the end", f.claim(s.ID), new(big.Int))

	f.advance(50_000 * time.Second)
	want := wei(s.EndsAt-s.OpenedAt, f.price) // (end − openedAt) × price − withdrawn(0)
	est, e := f.estimate(s.ID)
	if est.Outcome != pay.ClaimPays {
		t.Fatalf("after the end: %+v", est)
	}
	wantWei(t, "estimate", est.Pays, want)
	if e.FundingAccount != f.sim.Address() {
		t.Fatalf("funding account %s, want the owner %s", e.FundingAccount.Hex(), f.sim.Address().Hex())
	}
	fundingBefore := f.balance(f.sim.Address())
	wantWei(t, "claimed", f.claim(s.ID), want)
	wantWei(t, "funding account paid", new(big.Int).Sub(fundingBefore, f.balance(f.sim.Address())), want)
	after := f.session(s.ID)
	wantWei(t, "providerWithdrawnAmount", after.ProviderWithdrawn, want)
	wantWei(t, "limitPeriodEarned", f.provider().LimitPeriodEarned, want)
	// Nothing is left: a second claim pays nothing and the estimate says so.
	if est, _ := f.estimate(s.ID); est.Outcome != pay.ClaimNothingDue {
		t.Fatalf("after the claim: %+v", est)
	}
	wantWei(t, "second claim", f.claim(s.ID), new(big.Int))
}

func TestClaimLimitedByCapThenRenewed(t *testing.T) {
	t.Parallel()
	f := newSessionFixture(t, "1")
	s := f.open("3", false) // 300,000 s, earns 3 MOR; the cap is the 1 MOR stake
	f.advance(300_000 * time.Second)
	total := wei(s.EndsAt-s.OpenedAt, f.price)
	wantWei(t, "total", total, mor("3"))
	p := f.provider()
	capLeft := new(big.Int).Sub(p.Stake, p.LimitPeriodEarned) // stake − limitPeriodEarned

	est, _ := f.estimate(s.ID)
	wantWei(t, "estimate pays", est.Pays, capLeft)
	wantWei(t, "estimate cut by the cap", est.CapCut(), new(big.Int).Sub(total, capLeft))
	wantWei(t, "partial claim", f.claim(s.ID), capLeft)
	wantWei(t, "withdrawn", f.session(s.ID).ProviderWithdrawn, capLeft)

	// The cap is used up: the estimate says so and a claim pays nothing (no revert, no event).
	if est, _ := f.estimate(s.ID); est.Outcome != pay.ClaimCapped || est.Due.Cmp(new(big.Int).Sub(total, capLeft)) != 0 {
		t.Fatalf("capped: %+v", est)
	}
	wantWei(t, "claim at the cap", f.claim(s.ID), new(big.Int))

	// A year later the period has ended: the next claim renews it and pays up to the stake again.
	periodEnd := f.provider().LimitPeriodEnd
	f.advance(366 * 24 * time.Hour)
	est, e := f.estimate(s.ID)
	if c := pay.CapAt(e.Provider, e.Time); !c.Renews || c.Earned.Sign() != 0 {
		t.Fatalf("cap after the period: %+v", c)
	}
	if pay.Earned(e.Provider, e.Time).Sign() != 0 {
		t.Fatalf("stale limitPeriodEarned shown as earned: %s", pay.Earned(e.Provider, e.Time))
	}
	wantWei(t, "estimate after renewal", est.Pays, p.Stake)
	wantWei(t, "claim after renewal", f.claim(s.ID), p.Stake)
	p2 := f.provider()
	wantWei(t, "earned in the new period", p2.LimitPeriodEarned, p.Stake)
	if p2.LimitPeriodEnd <= periodEnd+pay.LimitPeriod {
		t.Fatalf("period end %d not renewed past %d", p2.LimitPeriodEnd, periodEnd+pay.LimitPeriod)
	}
	head, err := f.sim.Now(f.ctx)
	if err != nil || p2.LimitPeriodEnd != head+pay.LimitPeriod {
		t.Fatalf("new period end %d, want the claim block's time %d + 365 days (%v)", p2.LimitPeriodEnd, head, err)
	}
}

func TestDisputedEarlyCloseHoldsTodaysPart(t *testing.T) {
	t.Parallel()
	f := newSessionFixture(t, "5")
	// Open 500 s before a UTC midnight and close (disputed) 700 s later: the 200 s after midnight are
	// held until the next midnight, the 500 s before it are paid at the close.
	now, err := f.sim.Now(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	midnight := pay.StartOfDay(now) + pay.Day
	f.advance(time.Duration(midnight-500-now) * time.Second)
	s := f.open("3", false)
	f.advance(time.Duration(s.OpenedAt+700-mustNow(t, f)) * time.Second)
	before := f.balance(f.prov.Address())
	if err := f.sim.CloseSession(f.ctx, f.consumer, nil, s.ID); err != nil { // no provider signature: a dispute
		t.Fatal(err)
	}
	closed := f.session(s.ID)
	if !closed.Disputed() || closed.IsActive || closed.ClosedAt >= closed.EndsAt {
		t.Fatalf("closed session %+v", closed)
	}
	sod := closed.ClosedAt - closed.ClosedAt%86400
	if sod <= closed.OpenedAt {
		t.Fatalf("the session did not straddle midnight: opened %d, closed %d", closed.OpenedAt, closed.ClosedAt)
	}
	held := wei(closed.ClosedAt-sod, f.price)        // (closedAt − max(startOfDay, openedAt)) × price
	paidAtClose := wei(sod-closed.OpenedAt, f.price) // rewards − held
	wantWei(t, "paid at close", new(big.Int).Sub(f.balance(f.prov.Address()), before), paidAtClose)
	wantWei(t, "withdrawn at close", closed.ProviderWithdrawn, paidAtClose)

	est, _ := f.estimate(s.ID)
	if est.Outcome != pay.ClaimHeld || est.HeldUntil != sod+pay.Day {
		t.Fatalf("same day: %+v", est)
	}
	wantWei(t, "held", est.OnHold, held)
	wantWei(t, "claim the same day", f.claim(s.ID), new(big.Int))

	f.advance(time.Duration(sod+pay.Day-mustNow(t, f)) * time.Second)
	est, _ = f.estimate(s.ID)
	if est.Outcome != pay.ClaimPays || est.OnHold.Sign() != 0 {
		t.Fatalf("next day: %+v", est)
	}
	wantWei(t, "estimate next day", est.Pays, held)
	wantWei(t, "released next day", f.claim(s.ID), held)
	wantWei(t, "withdrawn in total", f.session(s.ID).ProviderWithdrawn, wei(closed.ClosedAt-closed.OpenedAt, f.price))
}

func mustNow(t *testing.T, f *sessionFixture) uint64 {
	t.Helper()
	n, err := f.sim.Now(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestClaimFundingAccountShort(t *testing.T) {
	t.Parallel()
	f := newSessionFixture(t, "5")
	s := f.open("1", false)
	f.advance(100_000 * time.Second)
	due := wei(s.EndsAt-s.OpenedAt, f.price)
	short := new(big.Int).Sub(due, big.NewInt(1))
	if err := f.sim.FundingApprove(f.ctx, short); err != nil { // one wei too little allowance
		t.Fatal(err)
	}
	est, e := f.estimate(s.ID)
	if est.Outcome != pay.ClaimFundingShort || est.Pays.Sign() != 0 {
		t.Fatalf("estimate with the funding allowance short: %+v", est)
	}
	wantWei(t, "funding can pay", e.Funding(), short)
	_, err := f.c.SimulatePlan(f.ctx, f.prov.Address(), []chain.TxRequest{f.c.ClaimForProviderTx(s.ID)})
	if err == nil || !strings.Contains(err.Error(), "funding account cannot pay this claim") {
		t.Fatalf("simulated claim with the funding account short: %v", err)
	}
	// An empty funding account: balance, not allowance, is short.
	empty := common.HexToAddress("0x000000000000000000000000000000000000f00d")
	if err := f.sim.SetFundingAccount(f.ctx, empty); err != nil {
		t.Fatal(err)
	}
	if est, e := f.estimate(s.ID); est.Outcome != pay.ClaimFundingShort || e.FundingAccount != empty || e.FundingBalance.Sign() != 0 {
		t.Fatalf("empty funding account: %+v %s", est, e.FundingAccount.Hex())
	}
	// Back to the owner with enough allowance: the claim pays to the wei.
	if err := f.sim.SetFundingAccount(f.ctx, f.sim.Address()); err != nil {
		t.Fatal(err)
	}
	if err := f.sim.FundingApprove(f.ctx, due); err != nil {
		t.Fatal(err)
	}
	wantWei(t, "claimed once funded", f.claim(s.ID), due)
}

func TestClaimDirectPaymentSession(t *testing.T) {
	t.Parallel()
	f := newSessionFixture(t, "5")
	s := f.open("1", true)
	if !s.Direct {
		t.Fatalf("session not direct: %+v", s)
	}
	// Direct payment never touches the funding account: take its allowance away.
	if err := f.sim.FundingApprove(f.ctx, big.NewInt(0)); err != nil {
		t.Fatal(err)
	}
	f.advance(100_000 * time.Second)
	due := wei(s.EndsAt-s.OpenedAt, f.price)
	est, _ := f.estimate(s.ID)
	if est.Outcome != pay.ClaimPays {
		t.Fatalf("direct session estimate: %+v", est)
	}
	wantWei(t, "estimate", est.Pays, due)
	funding := f.balance(f.sim.Address())
	diamond := f.balance(f.sim.C.Diamond)
	wantWei(t, "claimed", f.claim(s.ID), due)
	wantWei(t, "paid from the Diamond", new(big.Int).Sub(diamond, f.balance(f.sim.C.Diamond)), due)
	wantWei(t, "funding account untouched", f.balance(f.sim.Address()), funding)
}

func TestEstimateClaimsSharesTheCapInOrder(t *testing.T) {
	t.Parallel()
	price := big.NewInt(1e13)
	bid := common.HexToHash("0xb1")
	p := chain.Provider{Stake: mor("1"), LimitPeriodEarned: mor("0.25"), LimitPeriodEnd: 10_000_000}
	mk := func(id byte, opened, ends uint64) chain.Session {
		return chain.Session{ID: common.BytesToHash([]byte{id}), BidID: bid, OpenedAt: opened, EndsAt: ends, ProviderWithdrawn: new(big.Int), IsActive: true}
	}
	ss := []chain.Session{mk(1, 1000, 51_000), mk(2, 1000, 41_000), mk(3, 1000, 11_000)} // 0.5, 0.4, 0.1 MOR
	est := pay.EstimateClaims(p, 9_000_000, ss, map[common.Hash]*big.Int{bid: price}, nil)
	// Cap left 0.75: the first pays 0.5, the second 0.25 of its 0.4, the third nothing.
	want := []struct {
		pays    string
		outcome string
	}{{"0.5", pay.ClaimPays}, {"0.25", pay.ClaimPays}, {"0", pay.ClaimCapped}}
	for i, w := range want {
		if est[i].Pays.Cmp(mor(w.pays)) != 0 || est[i].Outcome != w.outcome {
			t.Fatalf("claim %d: pays %s (%s), want %s (%s)", i, est[i].Pays, est[i].Outcome, mor(w.pays), w.outcome)
		}
	}
	// After the period end the cap is the whole stake again.
	est = pay.EstimateClaims(p, 10_000_001, ss, map[common.Hash]*big.Int{bid: price}, mor("0.6"))
	// Funding 0.6: the first pays 0.5; the second (0.4) is more than the 0.1 left, so it would revert;
	// the third (0.1) still fits.
	if est[0].Pays.Cmp(mor("0.5")) != 0 || est[1].Outcome != pay.ClaimFundingShort || est[2].Pays.Cmp(mor("0.1")) != 0 {
		t.Fatalf("after the period with funding 0.6: %+v", est)
	}
	// A session whose bid price is unknown is left out rather than guessed.
	if got := pay.EstimateClaims(p, 9_000_000, ss, map[common.Hash]*big.Int{}, nil); len(got) != 0 {
		t.Fatalf("unknown price estimated: %+v", got)
	}
}

// A session closed early without a dispute, with part of its pay held back by the cap at the close:
// the same UTC day, claimForProvider subtracts the day's part (the whole session) from what is left,
// which underflows, so the claim reverts until the next day; a late close leaves nothing to claim.
func TestClaimSameDayHoldLargerThanWhatIsLeft(t *testing.T) {
	t.Parallel()
	f := newSessionFixturePrice(t, "1", big.NewInt(1e15)) // 0.001 MOR/s: 3 MOR lasts 3,000 s
	now := mustNow(t, f)
	f.advance(time.Duration(pay.StartOfDay(now)+pay.Day+60-now) * time.Second)
	s := f.open("3", false)
	f.advance(2000 * time.Second)
	if err := f.sim.CloseSession(f.ctx, f.consumer, chaintest.KeyMessageSigner(f.prov.Key), s.ID); err != nil {
		t.Fatal(err)
	}
	closed := f.session(s.ID)
	total := wei(closed.ClosedAt-closed.OpenedAt, f.price)
	if closed.Disputed() {
		t.Fatal("a receipt signed by the provider counted as a dispute")
	}
	wantWei(t, "paid at close (the cap)", closed.ProviderWithdrawn, mor("1"))
	est, _ := f.estimate(s.ID)
	if est.Outcome != pay.ClaimHeld || !est.Reverts || est.HeldUntil != pay.StartOfDay(closed.ClosedAt)+pay.Day {
		t.Fatalf("same day: %+v", est)
	}
	wantWei(t, "left", est.Rewards, new(big.Int).Sub(total, mor("1")))
	wantWei(t, "held", est.OnHold, total)
	_, err := f.c.SimulatePlan(f.ctx, f.prov.Address(), []chain.TxRequest{f.c.ClaimForProviderTx(s.ID)})
	if err == nil || !strings.Contains(err.Error(), "held until the UTC day after it was closed") {
		t.Fatalf("same-day claim: %v", err)
	}
	// The next day the hold is gone, but the cap (1 MOR, all earned) leaves nothing this period.
	f.advance(time.Duration(est.HeldUntil-mustNow(t, f)) * time.Second)
	if est, _ := f.estimate(s.ID); est.Outcome != pay.ClaimCapped || est.Due.Cmp(new(big.Int).Sub(total, mor("1"))) != 0 {
		t.Fatalf("next day: %+v", est)
	}

	// A late close (after endsAt) pays everything at the close; a claim the same day would revert on
	// the hold, and the estimate says there is nothing to claim.
	g := newSessionFixturePrice(t, "10", big.NewInt(1e15))
	now = mustNow(t, g)
	g.advance(time.Duration(pay.StartOfDay(now)+pay.Day+60-now) * time.Second)
	late := g.open("1", false) // 1,000 s
	g.advance(1500 * time.Second)
	if err := g.sim.CloseSession(g.ctx, g.consumer, chaintest.KeyMessageSigner(g.prov.Key), late.ID); err != nil {
		t.Fatal(err)
	}
	wantWei(t, "paid at a late close", g.session(late.ID).ProviderWithdrawn, mor("1"))
	if est, _ := g.estimate(late.ID); est.Outcome != pay.ClaimNothingDue || !est.Reverts || est.Pays.Sign() != 0 {
		t.Fatalf("late close: %+v", est)
	}
}

func newSim(t testing.TB, o chaintest.Options) *chaintest.Sim {
	t.Helper()
	sim, err := chaintest.NewSim(context.Background(), o)
	if err != nil {
		t.Fatalf("simulated chain: %v", err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	return sim
}

func mor(s string) *big.Int {
	v, err := chain.ParseMOR(s)
	if err != nil {
		panic(err)
	}
	return v
}
