package alerts

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/rating"
	"github.com/morbotlabs/morbot/internal/store"
)

// Scores (reference §16, default weights): ours is 0.28 points for the three stats at half (no
// provider with stats yet, or only one) plus 0.12·(0.2 − 0.1)/0.9 for the stake: 0.29333 at
// 0.00001 MOR/s = 29,333. Theirs, with three sessions closed by receipt, adds 0.32 for success:
// 0.61333 points, 15,333 at 0.00004 MOR/s and 30,667 at 0.00002 MOR/s.
func TestRankDroppedNamesWhatMovedAndResolves(t *testing.T) {
	e := onboarded(t)
	ctx := context.Background()
	snap, _ := e.cl.Snapshot(ctx, e.signer.Address())
	model := snap.ActiveBids[0].ModelID
	modelHex := strings.ToLower(model.Hex())
	them := chaintest.KeySigner{Key: e.sim.Accounts[1].Key}
	hour := func() { e.clock.Add(time.Hour) }
	theirFirst, err := chaintest.NewRival(ctx, e.cl, them, model, mor("0.2"), big.NewInt(4e13), "127.0.0.1:4444")
	if err != nil {
		t.Fatal(err)
	}
	hour()
	if got := e.check(); len(got) != 0 {
		t.Fatalf("a dearer rival without sessions posted %v", got)
	}
	if err := e.sim.ClosedSessions(ctx, them, theirFirst, 3, chaintest.DefaultReceipt, e.sim.Advance); err != nil {
		t.Fatal(err)
	}
	hour()
	for _, m := range e.check() {
		if strings.Contains(m.Footer, "rank-dropped") {
			t.Fatalf("15,333 against our 29,333 fired: %s", text(m))
		}
	}
	// They halve their price (a new bid ID): 30,667 against our 29,333.
	if _, err := e.cl.Send(ctx, them, e.cl.PostModelBidTx(them.Address(), model, big.NewInt(2e13))); err != nil {
		t.Fatal(err)
	}
	hour()
	got := e.check()
	if len(got) != 1 || !strings.Contains(got[0].Footer, "alert rank-dropped-"+modelHex[:12]) || got[0].Severity != chat.Warning {
		t.Fatalf("want one rank-dropped warning, got %v", got)
	}
	theirBid := chain.BidID(them.Address(), model, big.NewInt(1))
	for _, want := range []string{
		`Model "m1": our bid ` + snap.ActiveBids[0].ID.Hex() + " ranks 2 of 2 as consumers' nodes rate bids (alerts.rank_below: 1)",
		"What moved since the last check: the price of bid " + theirBid.Hex()[:10] + "… by " + them.Address().Hex() + " moved from 0.00004 MOR/s",
		"to 0.00002 MOR/s",
		"(it scores 30,667, ours 29,333)",
		"/mor market " + modelHex + " says what would move it back",
	} {
		if !strings.Contains(text(got[0]), want) {
			t.Errorf("the alert lacks %q:\n%s", want, text(got[0]))
		}
	}
	// A restart forgets the last reading but not the alert: nothing is posted twice.
	e.restart()
	if again := e.check(); len(again) != 0 {
		t.Fatalf("after a restart the check posted %v", again)
	}
	// With rank_below 2, second place is no alert.
	loose := e.opts
	loose.RankBelow = 2
	loose.Poster = &posts{}
	if as, err := rankDropped(ctx, New(loose), e.position()); err != nil || len(as) != 0 {
		t.Fatalf("rank_below 2 at rank 2: %v %v", as, err)
	}
	// More stake: 0.12 more points, 40,000: first again, resolved once.
	e.do("/mor provider update --add-stake 0.8")
	hour()
	res := e.check()
	if len(res) != 1 || !strings.HasPrefix(res[0].Title, "RESOLVED") || !strings.Contains(res[0].Footer, "rank-dropped-") {
		t.Fatalf("resolution: %v", res)
	}
	// Every check's rank is kept, one per hour, and the weekly report says how the week went.
	ranks, err := e.db.RanksSince(ctx, modelHex, time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	var seq []string
	for _, r := range ranks {
		seq = append(seq, rankWords(r))
	}
	if want := "1/1 1/2 1/2 2/2 1/2"; strings.Join(seq, " ") != want {
		t.Fatalf("rank history %q, want %q", strings.Join(seq, " "), want)
	}
	if _, err := e.rep.ReportNow(ctx, true); err != nil {
		t.Fatal(err)
	}
	e.posts.mu.Lock()
	m := e.posts.reports[len(e.posts.reports)-1]
	e.posts.mu.Unlock()
	day := e.clock.Now().UTC().Format("Jan 2")
	if want := "rated rank over the week: 1 of 1 on " + day; !strings.Contains(text(m), want) || !strings.Contains(text(m), "best 1 of 1, worst 2 of 2; 5 hourly reading(s))") {
		t.Fatalf("the weekly report lacks the week of ranks:\n%s", text(m))
	}
}

func (e *env) position() *position.Position {
	e.t.Helper()
	pos, err := e.d.Read.Read(context.Background(), e.clock.Now())
	if err != nil {
		e.t.Fatal(err)
	}
	return pos
}

func rankWords(r store.RankReading) string { return strings.TrimSpace(itoa(r.Rank) + "/" + itoa(r.Of)) }

func itoa(n int) string { return big.NewInt(int64(n)).String() }

// Without an earlier reading (the first check after a start), the alert names the largest gap
// between our bid and the one ahead; a provider not in the earlier reading is a new bid.
func TestWhatMovedWithoutAnEarlierReading(t *testing.T) {
	us, them, other := common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x03")
	ms := rating.ModelStats{Count: 1}
	in := func(p common.Address, bid byte, price int64, success uint32) rating.Input {
		return rating.Input{Bid: common.Hash{bid}, Provider: p, Model: ms, Stats: rating.ProviderStats{Success: success, Total: 3},
			Stake: mor("0.2"), MinStake: mor("0.1"), Price: big.NewInt(price)}
	}
	now := rating.Rank([]rating.Input{in(us, 1, 1e13, 0), in(them, 2, 2e13, 3)}, rating.Default)
	want := "What puts bid 0x02000000… by " + them.Hex() + " (score 30,667) ahead of ours (29,333): success rate: theirs counts 0.32 points, ours 0.00"
	if got := whatMoved(now, nil, us, 1); got != want {
		t.Fatalf("got  %q\nwant %q", got, want)
	}
	// The same price and points: the price is named.
	tie := rating.Rank([]rating.Input{in(us, 1, 2e13, 3), in(them, 2, 1e13, 3)}, rating.Default)
	if got := whatMoved(tie, nil, us, 1); !strings.Contains(got, "price: ours 0.00002 MOR/s") {
		t.Fatalf("equal points, dearer: %q", got)
	}
	// A provider the last reading did not have.
	prev := rating.Rank([]rating.Input{in(us, 1, 1e13, 0), in(other, 3, 9e13, 0)}, rating.Default)
	if got := whatMoved(now, prev, us, 1); !strings.HasPrefix(got, "What moved: a new bid 0x02000000… by "+them.Hex()+" at 0.00002 MOR/s") {
		t.Fatalf("a new bid: %q", got)
	}
	// Our success fell between readings: named, with its points before and after.
	before := rating.Rank([]rating.Input{in(us, 1, 1e13, 3), in(them, 2, 2e13, 3)}, rating.Default)
	if got := whatMoved(now, before, us, 1); !strings.Contains(got, "What moved since the last check: our success rate fell from 0.32 to 0.00 of 0.32 points") {
		t.Fatalf("our success fell: %q", got)
	}
}
