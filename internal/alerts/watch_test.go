package alerts

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chainwatch"
	"github.com/morbotlabs/morbot/internal/chat"
)

// timers holds the batched session notices' timers, to fire them when the test says.
type timers struct {
	mu  sync.Mutex
	fns []func()
}

func (tm *timers) after(_ time.Duration, fn func()) {
	tm.mu.Lock()
	tm.fns = append(tm.fns, fn)
	tm.mu.Unlock()
}
func (tm *timers) fire() {
	tm.mu.Lock()
	fns := tm.fns
	tm.fns = nil
	tm.mu.Unlock()
	for _, f := range fns {
		f()
	}
}

func watchedEnv(t *testing.T) (*env, *timers, func() *chainwatch.Watcher) {
	tm := &timers{}
	e := newEnv(t, func(o *Options) {
		o.Watched, o.After = true, tm.after
		o.Sessions, _ = o.Chain.(Sessions) // the chain client reads sessions and bids
	})
	e.do("/mor onboard 127.0.0.1:3333 m1 0.00001 --provider-stake 0.2")
	e.check()
	watcher := func() *chainwatch.Watcher {
		return chainwatch.New(chainwatch.Options{Chain: e.cl, Store: e.db, Handle: func(ctx context.Context, logs []types.Log) error { return e.r.HandleLogs(ctx, logs) },
			Filters: func() []chain.LogFilter { return e.r.WatchFilters(common.Address{}) }})
	}
	return e, tm, watcher
}

func round(t *testing.T, w *chainwatch.Watcher) {
	t.Helper()
	if err := w.Round(context.Background()); err != nil {
		t.Fatalf("watch round: %v", err)
	}
}

// The chain watch announces a minimum change in the round after its block, once: the scheduled check
// does not announce it again, and a restarted watch does not repeat it.
func TestWatchAnnouncesAMinimumChangeOnce(t *testing.T) {
	e, _, watcher := watchedEnv(t)
	w := watcher()
	round(t, w) // the baseline: watching starts at the head
	if got := e.posts.take(); len(got) != 0 {
		t.Fatalf("the first round posted: %v", got)
	}
	e.fc.mu.Lock()
	e.fc.ranges = nil
	e.fc.mu.Unlock()
	if err := e.sim.SetProviderMinStake(context.Background(), mor("0.5")); err != nil {
		t.Fatal(err)
	}
	round(t, w)
	got := e.posts.take()
	var notice *chat.Message
	for i := range got {
		if got[i].Title == "A marketplace minimum changed" {
			notice = &got[i]
		}
	}
	if notice == nil || !strings.Contains(notice.Text, "provider minimum stake: 0.1 MOR → 0.5 MOR") || !strings.Contains(notice.Text, "add at least 0.3 MOR") {
		t.Fatalf("no notice in the round after the block: %v", got)
	}
	// One message, as in a scheduled check: the notice carries the fix of the condition it puts the
	// team in, which is not posted again beside it.
	if len(got) != 1 || !strings.Contains(text(*notice), "[fix provider-stake-below-min]") {
		t.Fatalf("%d messages, want the notice alone with its fix: %v", len(got), got)
	}
	if st := w.Status(); st.Mode != chainwatch.ModePolling || st.Lag() != 0 {
		t.Fatalf("status %+v", st)
	}
	// The scheduled check: no second notice (the backstop agrees with what was announced), and no
	// scan of the logs of its own (neither the check the watch ran nor this one).
	for _, m := range e.check() {
		if m.Title == "A marketplace minimum changed" {
			t.Fatalf("the scheduled check announced it again: %s", text(m))
		}
	}
	if len(e.fc.ranges) != 0 {
		t.Fatalf("the scheduled check scanned logs itself: %v", e.fc.ranges)
	}
	// A new process on the same store: nothing again.
	round(t, watcher())
	if got := e.posts.take(); len(got) != 0 {
		t.Fatalf("a restarted watch posted: %v", got)
	}
}

// A session opened on the team's bid is posted in the round after its block; the next ones on the
// same model within the minute wait for its end and go out together with their count; a close says
// what the session earned.
func TestWatchPostsSessions(t *testing.T) {
	e, tm, watcher := watchedEnv(t)
	w := watcher()
	round(t, w)
	ctx := context.Background()
	snap, _ := e.cl.Snapshot(ctx, e.signer.Address())
	bid := snap.ActiveBids[0].ID
	consumer := e.sim.Accounts[1].Key
	prov := chaintest.KeyMessageSigner(e.sim.Accounts[0].Key)
	first, err := e.sim.OpenSession(ctx, consumer, prov, bid, mor("0.036"), false)
	if err != nil {
		t.Fatal(err)
	}
	round(t, w)
	got := e.posts.take()
	if len(got) != 1 || got[0].Title != `Sessions on "m1"` || !strings.HasPrefix(got[0].Text, "new session "+strings.ToLower(first.Hex())+` on "m1": 1h0m0s at 0.00001 MOR/s = 0.036 MOR/h`) {
		t.Fatalf("the first session: %v", got)
	}
	second, err := e.sim.OpenSession(ctx, consumer, prov, bid, mor("0.018"), false)
	if err != nil {
		t.Fatal(err)
	}
	third, err := e.sim.OpenSession(ctx, consumer, prov, bid, mor("0.018"), false)
	if err != nil {
		t.Fatal(err)
	}
	round(t, w)
	if got := e.posts.take(); len(got) != 0 {
		t.Fatalf("a second notice within the minute: %v", got)
	}
	tm.fire()
	got = e.posts.take()
	if len(got) != 1 || got[0].Title != `Sessions on "m1": 2 more` || !strings.Contains(got[0].Text, strings.ToLower(second.Hex())) || !strings.Contains(got[0].Text, strings.ToLower(third.Hex())) {
		t.Fatalf("the batched notices: %v", got)
	}
	if err := e.sim.CloseSession(ctx, consumer, prov, second); err != nil {
		t.Fatal(err)
	}
	e.clock.Add(time.Minute)
	round(t, w)
	got = e.posts.take()
	if len(got) != 1 || !strings.Contains(got[0].Text, "session "+strings.ToLower(second.Hex())+` on "m1" closed: it earned `) {
		t.Fatalf("the close: %v", got)
	}
	// Handed again (a take-over replaying a block): nothing twice.
	round(t, watcher())
	if got := e.posts.take(); len(got) != 0 {
		t.Fatalf("replayed: %v", got)
	}
	// The same event in another block (a reorg that mined it again): not posted twice either.
	head, _ := e.cl.BlockNumber(ctx)
	logs, err := e.cl.FilterLogs(ctx, 0, head, e.cl.Network().Diamond, [][]common.Hash{{chain.TopicSessionOpened}})
	if err != nil || len(logs) == 0 {
		t.Fatal(err)
	}
	l := logs[0]
	l.BlockHash = common.HexToHash("0xfeed")
	e.clock.Add(time.Hour)
	if err := e.r.HandleLogs(ctx, []types.Log{l}); err != nil {
		t.Fatal(err)
	}
	for _, m := range e.posts.take() {
		if strings.Contains(m.Text, "new session") {
			t.Fatalf("the same session posted again from another block: %s", text(m))
		}
	}
}

// A minimum change a reorg removes is withdrawn, not left standing: the notice is marked resolved and
// a withdrawal is posted, and the announced value goes back to what the chain says.
func TestWatchWithdrawsAReorgedMinimumChange(t *testing.T) {
	e, _, watcher := watchedEnv(t)
	w := watcher()
	round(t, w)
	ctx := context.Background()
	before, err := e.cl.HeaderByNumber(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.sim.SetProviderMinStake(ctx, mor("0.5")); err != nil {
		t.Fatal(err)
	}
	round(t, w)
	if got := e.posts.take(); len(got) == 0 {
		t.Fatal("no notice")
	}
	if err := e.sim.Reorg(before.Hash(), 3); err != nil {
		t.Fatal(err)
	}
	if m, _ := e.cl.Minimums(ctx); m.ProviderStake.Cmp(mor("0.1")) != 0 {
		t.Fatalf("the reorg did not take the change: %s", m.ProviderStake)
	}
	round(t, w)
	got := e.posts.take()
	var withdrawn *chat.Message
	for i := range got {
		if strings.HasPrefix(got[i].Title, "WITHDRAWN · A marketplace minimum changed") {
			withdrawn = &got[i]
		}
	}
	if withdrawn == nil || !strings.Contains(withdrawn.Text, "was reorged out of the chain") || !strings.Contains(withdrawn.Text, "provider stake 0.1 MOR") {
		t.Fatalf("no withdrawal: %v", got)
	}
	for _, m := range got {
		if m.Title == "A marketplace minimum changed" {
			t.Fatalf("the withdrawal came with a change notice back to the old value: %s", text(m))
		}
	}
	seen, _ := e.db.SeenMinimums(ctx)
	if seen["provider_stake"].Cmp(mor("0.1")) != 0 {
		t.Fatalf("the announced minimum stayed %s", seen["provider_stake"])
	}
	for _, m := range e.check() {
		if strings.Contains(m.Title, "minimum") {
			t.Fatalf("the scheduled check after the reorg: %s", text(m))
		}
	}
	// Mined again on the new branch (the same transaction, another block): announced again.
	again := withdrawnLog(t, e)
	if err := e.r.HandleLogs(ctx, []types.Log{again}); err != nil {
		t.Fatal(err)
	}
	var renewed bool
	for _, m := range e.posts.take() {
		renewed = renewed || m.Title == "A marketplace minimum changed" && strings.Contains(m.Text, "provider minimum stake: 0.1 MOR → 0.5 MOR")
	}
	if !renewed {
		t.Fatal("a change mined again after its withdrawal was not announced")
	}
}

// withdrawnLog is the minimum change the reorg took, as if mined again in another block: rebuilt from
// its withdrawn notice's ID (event-<tx>-<log index>).
func withdrawnLog(t *testing.T, e *env) types.Log {
	t.Helper()
	xs, _ := e.db.Alerts(context.Background())
	for id, x := range xs {
		if strings.HasPrefix(id, "event-") && x.State == "resolved" {
			parts := strings.Split(strings.TrimPrefix(id, "event-"), "-")
			idx, _ := strconv.Atoi(parts[1])
			return types.Log{Address: e.cl.Network().Diamond, Topics: []common.Hash{chain.TopicProviderMinStakeUpdated},
				Data: common.LeftPadBytes(mor("0.5").Bytes(), 32), TxHash: common.HexToHash(parts[0]), Index: uint(idx),
				BlockHash: common.HexToHash("0xbeef"), BlockNumber: 99}
		}
	}
	t.Fatal("no withdrawn notice")
	return types.Log{}
}

// A change to the team's own records (here its bid deleted outside morbot) runs the alert check in
// the round after its block, not at the next scheduled check.
func TestWatchChecksOnTheTeamsOwnEvents(t *testing.T) {
	e, _, watcher := watchedEnv(t)
	w := watcher()
	round(t, w)
	ctx := context.Background()
	snap, _ := e.cl.Snapshot(ctx, e.signer.Address())
	if _, err := e.cl.Send(ctx, e.signer, e.cl.DeleteModelBidTx(snap.ActiveBids[0].ID)); err != nil {
		t.Fatal(err)
	}
	round(t, w)
	if m := firing(e.posts.take(), "bid-missing-"+strings.ToLower(snap.ActiveBids[0].ModelID.Hex())[:12]); m == nil {
		t.Fatal("the bid deleted outside morbot was not alerted in the round after its block")
	}
}
