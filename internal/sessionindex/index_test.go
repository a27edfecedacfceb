package sessionindex_test

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/pay"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/sessionindex"
	"github.com/morbotlabs/morbot/internal/store"
	"github.com/morbotlabs/morbot/internal/store/testdb"
)

func mor(s string) *big.Int {
	v, err := chain.ParseMOR(s)
	if err != nil {
		panic(err)
	}
	return v
}

// world is a provider with one bid at 1e13 wei/s and a bulk consumer, read by two clients: one that
// reads every session (the reference) and one with the session index (under test), through a round
// trip counter.
type world struct {
	t        testing.TB
	ctx      context.Context
	sim      *chaintest.Sim
	plain    *chain.Client
	counter  *chaintest.Counter
	indexed  *chain.Client
	index    *sessionindex.Index
	db       *store.DB
	dbPath   string
	prov     chaintest.KeySigner
	consumer *chaintest.Consumer
	bid      common.Hash
	model    common.Hash
}

func newWorld(t testing.TB, stake string, consumerMOR string) *world {
	t.Helper()
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	w := &world{t: t, ctx: ctx, sim: sim, plain: sim.Client(chain.Options{PollInterval: 5 * time.Millisecond}), prov: chaintest.KeySigner{Key: sim.Accounts[0].Key},
		dbPath: filepath.Join(t.TempDir(), "m.db")}
	p := w.prov.Address()
	base := common.HexToHash("0x01")
	w.model = chain.ModelID(p, base)
	if err := sim.MintMOR(ctx, p, mor(stake)); err != nil {
		t.Fatal(err)
	}
	for _, r := range []chain.TxRequest{
		w.plain.ApproveTx(new(big.Int).Add(mor(stake), mor("1"))),
		w.plain.ProviderRegisterTx(p, mor(stake), "127.0.0.1:3333"),
		w.plain.ModelRegisterTx(p, base, common.Hash{}, big.NewInt(0), mor("0.1"), "m", []string{"LLM"}),
		w.plain.PostModelBidTx(p, w.model, big.NewInt(1e13)),
	} {
		w.send(r)
	}
	w.bid = chain.BidID(p, w.model, big.NewInt(0))
	if w.consumer, err = sim.NewConsumer(ctx, mor(consumerMOR)); err != nil {
		t.Fatal(err)
	}
	w.open()
	return w
}

// open opens the store and a client on it with the index, as a process starting would.
func (w *world) open() {
	w.t.Helper()
	db, err := testdb.Open(w.t, w.dbPath)
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { _ = db.Close() })
	w.db = db
	w.counter = &chaintest.Counter{Inner: w.sim.RPC()}
	w.index = sessionindex.New(db)
	w.indexed = chain.NewClient(w.counter, w.sim.Network(), chain.Options{SessionIndex: w.index})
}

func (w *world) send(r chain.TxRequest) {
	w.t.Helper()
	if _, err := w.plain.Send(w.ctx, w.prov, r); err != nil {
		w.t.Fatalf("send %s: %v", r.Kind, err)
	}
}

func (w *world) openSessions(n int, amount string, direct bool) []common.Hash {
	w.t.Helper()
	ids, err := w.consumer.Open(w.ctx, chaintest.KeyMessageSigner(w.prov.Key), w.bid, mor(amount), direct, n)
	if err != nil {
		w.t.Fatal(err)
	}
	return ids
}

func (w *world) close(disputed bool, ids ...common.Hash) {
	w.t.Helper()
	signer := chaintest.KeyMessageSigner(w.prov.Key)
	if disputed {
		signer = nil
	}
	if err := w.consumer.Close(w.ctx, signer, ids); err != nil {
		w.t.Fatal(err)
	}
}

func (w *world) advance(d time.Duration) {
	w.t.Helper()
	if err := w.sim.Advance(d); err != nil {
		w.t.Fatal(err)
	}
}

// compare reads the earnings with both clients at the same block and fails on any difference in
// the figures people see; it returns how the indexed read was served.
func (w *world) compare(step string) chain.SessionReads {
	w.t.Helper()
	full, err := w.plain.Earnings(w.ctx, w.prov.Address())
	if err != nil {
		w.t.Fatal(err)
	}
	ix, err := w.indexed.Earnings(w.ctx, w.prov.Address())
	if err != nil {
		w.t.Fatal(err)
	}
	if full.Block != ix.Block {
		w.t.Fatalf("%s: read at blocks %d and %d", step, full.Block, ix.Block)
	}
	if d := diff(full, ix); d != "" {
		w.t.Fatalf("%s: the indexed read differs from a full read: %s", step, d)
	}
	if full.Reads.Indexed != 0 || full.Reads.Read != len(full.Sessions) {
		w.t.Fatalf("%s: the plain client used an index: %+v", step, full.Reads)
	}
	return ix.Reads
}

func diff(a, b *chain.Earnings) string {
	sa, sb := position.Summarize(a), position.Summarize(b)
	for _, f := range []struct {
		name string
		x, y *big.Int
	}{{"claimable", sa.Claimable, sb.Claimable}, {"cap cut", sa.CapCut, sb.CapCut}, {"held", sa.Held, sb.Held}, {"due", sa.Due, sb.Due},
		{"short", sa.Short, sb.Short}, {"funding need", sa.FundingNeed, sb.FundingNeed},
		{"earned", pay.CapAt(a.Provider, a.Time).Earned, pay.CapAt(b.Provider, b.Time).Earned},
		{"headroom", pay.CapAt(a.Provider, a.Time).Left(), pay.CapAt(b.Provider, b.Time).Left()}} {
		if f.x.Cmp(f.y) != 0 {
			return fmt.Sprintf("%s %s ≠ %s", f.name, f.x, f.y)
		}
	}
	if sa.HeldUntil != sb.HeldUntil {
		return fmt.Sprintf("held until %d ≠ %d", sa.HeldUntil, sb.HeldUntil)
	}
	if fmt.Sprint(sa.Counts) != fmt.Sprint(sb.Counts) {
		return fmt.Sprintf("counts %v ≠ %v", sa.Counts, sb.Counts)
	}
	as, bs := every(a), every(b)
	if len(as) != len(bs) {
		return fmt.Sprintf("%d ≠ %d sessions", len(as), len(bs))
	}
	if ca, cb := stateCounts(a, sa), stateCounts(b, sb); ca != cb {
		return fmt.Sprintf("state counts %s ≠ %s", ca, cb)
	}
	for i := range as {
		x, y := as[i], bs[i]
		if x.ID != y.ID || x.User != y.User || x.BidID != y.BidID || x.Stake.Cmp(y.Stake) != 0 || x.CloseoutType != y.CloseoutType ||
			x.ProviderWithdrawn.Cmp(y.ProviderWithdrawn) != 0 || x.OpenedAt != y.OpenedAt || x.EndsAt != y.EndsAt || x.ClosedAt != y.ClosedAt ||
			x.IsActive != y.IsActive || x.Direct != y.Direct {
			return fmt.Sprintf("session %d: %+v ≠ %+v", i, x, y)
		}
		if a.Prices[x.BidID].Cmp(b.Prices[y.BidID]) != 0 {
			return fmt.Sprintf("session %d price %s ≠ %s", i, a.Prices[x.BidID], b.Prices[y.BidID])
		}
		if state(a, sa, x.ID) != state(b, sb, y.ID) {
			return fmt.Sprintf("session %d state %s ≠ %s", i, state(a, sa, x.ID), state(b, sb, y.ID))
		}
	}
	return ""
}

// every is a read's sessions with its settled part, oldest end first (ties by ID), as a read
// without the index lists them.
func every(e *chain.Earnings) []chain.Session {
	out := append(append([]chain.Session(nil), e.Sessions...), e.Settled.Sessions...)
	slices.SortStableFunc(out, func(x, y chain.Session) int {
		if x.End() != y.End() {
			return cmp.Compare(x.End(), y.End())
		}
		return bytes.Compare(x.ID[:], y.ID[:])
	})
	return out
}

// state is a session's state in a read: claimed for the settled part.
func state(e *chain.Earnings, s *position.Earnings, id common.Hash) string {
	if e.Settled.Has(id) {
		return pay.SessionClaimed
	}
	return s.States[id]
}

func stateCounts(e *chain.Earnings, s *position.Earnings) string {
	n := map[string]int{}
	for _, x := range every(e) {
		n[state(e, s, x.ID)]++
	}
	return fmt.Sprint(n)
}

// unsettled counts the sessions a full read finds that can still change, and of them the closed ones
// (waiting for pay: they change only with a payment).
func (w *world) unsettled() (n, closed int) {
	w.t.Helper()
	e, err := w.plain.Earnings(w.ctx, w.prov.Address())
	if err != nil {
		w.t.Fatal(err)
	}
	for _, s := range e.Sessions {
		if !s.Settled(e.Prices[s.BidID]) {
			n++
			if s.Closed() {
				closed++
			}
		}
	}
	return n, closed
}

// The index gives the figures a full read gives after every step of a history: opens (direct and
// not), the end, late closes, claims of ended sessions, a disputed early close and its hold, the cap
// withholding pay, the period reset; across a restart and a wiped index. Warm, it reads only the
// sessions that can still change.
func TestIndexMatchesAFullReadThroughAHistory(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "0.1", "5")
	check := func(step string) chain.SessionReads {
		t.Helper()
		r := w.compare(step)
		again := w.compare(step + " (warm)")
		if live, held := w.unsettled(); again.Read != live-held || again.Held != held || again.New != 0 {
			t.Fatalf("%s, warm: read %d sessions (%d new, %d held from the index), want only the %d not closed of the %d that can still change",
				step, again.Read, again.New, again.Held, live-held, live)
		}
		if r.New > 0 && again.Indexed < r.Indexed {
			t.Fatalf("%s: the index lost sessions: %+v then %+v", step, r, again)
		}
		return again
	}
	first := w.openSessions(4, "0.006", false) // 600 s each
	direct := w.openSessions(2, "0.006", true)
	if r := w.compare("opened"); r.New != 6 || r.Read != 6 || r.Indexed != 0 {
		t.Fatalf("cold: %+v", r)
	}
	check("opened")
	w.advance(700 * time.Second)
	check("ended, none closed")
	w.close(false, first[0], direct[0]) // late closes with the provider's receipt: paid in the close
	check("two late closes, held until the next UTC day")
	w.send(w.plain.ClaimForProviderTx(first[1])) // ended, not closed, claimed in full: can still be closed
	check("an ended session claimed")
	w.close(false, first[1]) // and closed late after its claim: its record changes
	check("a claimed session closed late")
	late := w.openSessions(2, "0.006", false)
	w.advance(100 * time.Second)
	w.close(true, late[0]) // a disputed early close: today's part is held
	check("a disputed early close")
	w.advance(24 * time.Hour)
	r := check("the next day: holds released")
	if r.Indexed == 0 {
		t.Fatalf("nothing settled yet after the holds were released: %+v", r)
	}
	w.send(w.plain.ClaimForProviderTx(late[0]))
	check("the disputed session claimed")
	// The cap: 0.1 MOR of stake; ten more sessions of 0.012 MOR earn more than is left.
	capped := w.openSessions(10, "0.012", false)
	w.advance(1300 * time.Second)
	w.close(false, capped...)
	check("late closes beyond the cap")
	w.advance(366 * 24 * time.Hour)
	for _, id := range capped {
		w.send(w.plain.ClaimForProviderTx(id))
	}
	final := check("the period renewed and the capped sessions claimed")
	if final.Indexed < 12 {
		t.Fatalf("at the end only %d sessions come from the index: %+v", final.Indexed, final)
	}

	// A restart keeps the index.
	_ = w.db.Close()
	w.open()
	if r := w.compare("after a restart"); r.Indexed != final.Indexed || r.New != 0 {
		t.Fatalf("after a restart: %+v, want %d from the index", r, final.Indexed)
	}
	// A wiped index is rebuilt with the same figures: wiped in the store, then a process starts.
	if err := w.db.ForgetSessions(w.ctx, w.prov.Address().Hex()); err != nil {
		t.Fatal(err)
	}
	_ = w.db.Close()
	w.open()
	if r := w.compare("wiped"); r.Indexed != 0 || r.New != 18 {
		t.Fatalf("wiped: %+v", r)
	}
	if r := w.compare("rebuilt"); r.Indexed != final.Indexed || r.New != 0 {
		t.Fatalf("rebuilt: %+v", r)
	}
}

// Warm, after N settled sessions, an earnings read and a status snapshot each read at most the
// sessions that can still change plus 5, in at most 4 round trips, whatever N is.
func TestWarmReadsStayFlat(t *testing.T) {
	t.Parallel()
	sizes := []int{20, 1000}
	if chaintest.Race {
		sizes = []int{20, 300} // make e2e runs 1,000 without -race
	}
	for _, n := range sizes {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			t.Parallel()
			w := newWorld(t, fmt.Sprint(n/100+1), fmt.Sprint(n/100+1))
			ids := w.openSessions(n, "0.006", n > 250)
			w.advance(700 * time.Second)
			w.close(false, ids...)
			w.advance(24 * time.Hour)
			open := w.openSessions(2, "0.006", false) // two that can still change
			_ = open
			w.compare("cold") // builds the index
			for _, read := range []struct {
				name string
				fn   func() (*chain.Earnings, error)
			}{
				{"earnings", func() (*chain.Earnings, error) { return w.indexed.Earnings(w.ctx, w.prov.Address()) }},
				{"status", func() (*chain.Earnings, error) {
					s, err := w.indexed.Snapshot(w.ctx, w.prov.Address(), w.model)
					if err != nil {
						return nil, err
					}
					return s.Earnings, nil
				}},
			} {
				w.counter.Reset()
				e, err := read.fn()
				if err != nil {
					t.Fatal(err)
				}
				rt := w.counter.Count()
				if e.Reads.Read > 2+5 || e.Reads.Indexed != n || e.Count() != n+2 || e.Settled.Count != n || len(e.Sessions) != 2 || rt > 4 {
					t.Fatalf("warm %s at N=%d: %+v, %d sessions (%d one by one), %d round trips", read.name, n, e.Reads, e.Count(), len(e.Sessions), rt)
				}
				t.Logf("warm %s at N=%d: %d getSession reads, %d round trips", read.name, n, e.Reads.Read, rt)
			}
		})
	}
}

// Closed sessions the cap keeps unpaid are read again only after a payment: 150 sessions, most of
// them closed beyond the cap, cost a warm earnings read and a status snapshot at most 5 getSession
// reads and 4 round trips; the figures equal a full read after every step of a history in which the
// cap is reached, the stake is raised, a claim is made, a process restarts and the period resets.
func TestCappedSessionsAreReadAgainOnlyAfterAPayment(t *testing.T) {
	t.Parallel()
	n := 150
	if chaintest.Race {
		n = 50 // the same history on fewer sessions; make e2e runs it at 150 without -race
	}
	w := newWorld(t, "0.1", "2")
	ids := w.openSessions(n, "0.006", false) // 0.006 MOR each: the 0.1 MOR cap pays 16 and a part
	w.advance(700 * time.Second)
	w.close(false, ids[:n-2]...) // late closes with receipts: each is paid in its close, within the cap
	reads := []struct {
		name string
		fn   func() (*chain.Earnings, error)
	}{
		{"earnings", func() (*chain.Earnings, error) { return w.indexed.Earnings(w.ctx, w.prov.Address()) }},
		{"status", func() (*chain.Earnings, error) {
			s, err := w.indexed.Snapshot(w.ctx, w.prov.Address(), w.model)
			if err != nil {
				return nil, err
			}
			return s.Earnings, nil
		}},
	}
	// warm: both reads, with the figures of a full read, within the bounds.
	warm := func(step string) {
		t.Helper()
		r := w.compare(step + " (warm)")
		_, held := w.unsettled()
		if r.Read > 5 || r.Held != held || r.New != 0 {
			t.Fatalf("%s, warm: %+v, want at most 5 read and the %d held from the index", step, r, held)
		}
		for _, read := range reads {
			w.counter.Reset()
			e, err := read.fn()
			if err != nil {
				t.Fatal(err)
			}
			if rt := w.counter.Count(); e.Reads.Read > 5 || rt > 4 || e.Count() != n {
				t.Fatalf("%s, warm %s: %+v, %d sessions, %d round trips", step, read.name, e.Reads, e.Count(), rt)
			}
		}
	}
	if r := w.compare("capped, cold"); r.Read != n {
		t.Fatalf("cold: %+v", r)
	}
	if _, held := w.unsettled(); held <= n/2 {
		t.Fatalf("only %d of %d sessions are closed and unpaid; the history needs more than half", held, n)
	}
	warm("the cap reached")

	// More stake lifts the cap but pays nothing: the held records stand.
	p := w.prov.Address()
	if err := w.sim.MintMOR(w.ctx, p, mor("0.05")); err != nil {
		t.Fatal(err)
	}
	w.send(w.plain.ApproveTx(mor("0.05")))
	w.send(w.plain.ProviderRegisterTx(p, mor("0.05"), "127.0.0.1:3333"))
	warm("the stake raised")

	// The next day (a close's day holds a claim back), a claim pays one held session up to the new
	// headroom: every held session is read again once.
	w.advance(24 * time.Hour)
	warm("the next day")
	w.send(w.plain.ClaimForProviderTx(ids[n*2/3]))
	if r := w.compare("a claim after the raise"); r.Held != 0 || r.Read <= n/2 {
		t.Fatalf("after a payment the held sessions were not read again: %+v", r)
	}
	warm("a claim after the raise")

	// A restart keeps them.
	_ = w.db.Close()
	w.open()
	warm("after a restart")

	// The next period: the claims pay, and what is paid in full settles.
	w.advance(366 * 24 * time.Hour)
	w.send(w.plain.ClaimForProviderTx(ids[n*4/5]))
	if r := w.compare("the period reset"); r.Held != 0 {
		t.Fatalf("after the period reset the held sessions were not read again: %+v", r)
	}
	warm("the period reset")
	for _, id := range ids[:n-2] {
		w.send(w.plain.ClaimForProviderTx(id))
	}
	w.compare("all claimed in the new period")
	warm("all claimed in the new period")
	// Paid in full, so settled: 16 in the closes (0.096 of the 0.1 MOR cap, 0.004 to the 17th), the
	// first claim after the raise (0.006 of the 0.05 more), then in the new period's 0.15: the second
	// claim, the 17th's remaining 0.002 and 23 more of 0.006 (0.004 to the next). 42 in all.
	if r := w.compare("all claimed, warm"); r.Indexed != 42 || r.Indexed+r.Held+r.Read != n {
		t.Fatalf("after every claim: %+v, want 42 settled", r)
	}
}

// A settled session comes from the index only once it has been settled for network.confirmations
// blocks; until then it is read again.
func TestSettledSessionsWaitForConfirmations(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1", "1")
	ids := w.openSessions(3, "0.006", false)
	w.advance(700 * time.Second)
	w.close(false, ids...)
	w.indexed = chain.NewClient(w.counter, w.sim.Network(), chain.Options{SessionIndex: w.index, Confirmations: 3})
	if r := w.compare("cold"); r.Read != 3 || r.New != 3 {
		t.Fatalf("cold: %+v", r)
	}
	if r := w.compare("settled 1 block ago"); r.Indexed != 0 || r.Read != 3 {
		t.Fatalf("settled this block, 3 confirmations: %+v", r)
	}
	w.advance(time.Second)
	w.advance(time.Second)
	if r := w.compare("settled 3 blocks ago"); r.Indexed != 3 || r.Read != 0 {
		t.Fatalf("after 3 confirmations: %+v", r)
	}
}

// A held session too comes from the index only once it has been read under the same pay period for
// network.confirmations blocks. A held record that a later read finds different under the same period
// (a reorg moved the close) is replaced, so the one used in the end is the chain's.
func TestHeldSessionsWaitForConfirmations(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "0.1", "1")
	ids := w.openSessions(18, "0.006", false) // the 0.1 MOR cap pays 16 and a part
	w.advance(700 * time.Second)
	w.close(false, ids...)
	w.indexed = chain.NewClient(w.counter, w.sim.Network(), chain.Options{SessionIndex: w.index, Confirmations: 3})
	if r := w.compare("cold"); r.Read != 18 || r.Held != 0 {
		t.Fatalf("cold: %+v", r)
	}
	if r := w.compare("held 1 block ago"); r.Held != 0 || r.Read != 18 {
		t.Fatalf("held this block, 3 confirmations: %+v", r)
	}
	// A record unlike the chain's, at this block, under the current period: the next read finds it
	// different and records the chain's.
	k, err := w.index.KnownSessions(w.ctx, w.prov.Address())
	if err != nil {
		t.Fatal(err)
	}
	h, ok := k.Held[ids[17]]
	if !ok {
		t.Fatalf("the index holds no record of the held session: %+v", k.Held)
	}
	bogus := h
	bogus.Session.ClosedAt -= 100
	bogus.Block = h.Block + 1
	if err := w.index.RecordSessions(w.ctx, w.prov.Address(), chain.IndexUpdate{From: len(k.IDs), Held: []chain.HeldSession{bogus}}); err != nil {
		t.Fatal(err)
	}
	w.advance(time.Second)
	if r := w.compare("a record unlike the chain's"); r.Held != 0 {
		t.Fatalf("a record 1 block old was used: %+v", r)
	}
	w.advance(time.Second)
	w.advance(time.Second)
	w.advance(time.Second)
	if r := w.compare("held 4 blocks ago"); r.Held != 2 || r.Indexed != 16 || r.Read != 0 {
		t.Fatalf("after 3 confirmations: %+v", r)
	}
}

// The store keeps the latest read of a held session: a row from an older block does not replace it.
func TestAnOlderReadDoesNotReplaceAHeldRecord(t *testing.T) {
	t.Parallel()
	db, err := testdb.Open(t, filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	p := common.HexToAddress("0x1")
	id := common.HexToHash("0xa")
	held := func(block, closedAt uint64) chain.HeldSession {
		return chain.HeldSession{SettledSession: chain.SettledSession{Block: block,
			Session: chain.Session{ID: id, Stake: big.NewInt(1), ProviderWithdrawn: big.NewInt(0), OpenedAt: 1, EndsAt: 700, ClosedAt: closedAt},
			Bid:     chain.Bid{ID: common.HexToHash("0xb"), PricePerSecond: big.NewInt(1), Nonce: big.NewInt(0)}},
			PeriodEnd: 9, PeriodEarned: big.NewInt(5)}
	}
	x := sessionindex.New(db)
	for _, h := range []chain.HeldSession{held(10, 800), held(5, 750)} {
		if err := x.RecordSessions(ctx, p, chain.IndexUpdate{IDs: nil, Held: []chain.HeldSession{h}}); err != nil {
			t.Fatal(err)
		}
	}
	k, err := sessionindex.New(db).KnownSessions(ctx, p) // a new process reads the store
	if err != nil {
		t.Fatal(err)
	}
	if got := k.Held[id]; got.Block != 10 || got.Session.ClosedAt != 800 || got.PeriodEnd != 9 || got.PeriodEarned.Cmp(big.NewInt(5)) != 0 {
		t.Fatalf("stored held record: %+v", got)
	}
}

// An index that does not match the chain is set aside: one that knows more sessions than the node is
// ignored for that read, and one that holds a session the chain does not have is emptied and rebuilt.
// The figures stay those of a full read.
func TestAnIndexThatDoesNotMatchTheChainIsSetAside(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1", "1")
	ids := w.openSessions(3, "0.006", false)
	w.advance(700 * time.Second)
	w.close(false, ids[0])
	w.compare("cold")
	p := w.prov.Address().Hex()
	bogus := common.HexToHash("0xdead").Hex()
	// Ahead of the node: a fourth ID the chain does not have yet.
	if err := w.db.IndexSessions(w.ctx, p, 3, []string{bogus}, nil, nil); err != nil {
		t.Fatal(err)
	}
	_ = w.db.Close()
	w.open()
	if r := w.compare("index ahead of the node"); r.Indexed != 0 || r.Read != 3 {
		t.Fatalf("ahead: %+v", r)
	}
	// A node behind the index is not proof the index is wrong: it is kept.
	if got, _ := w.db.SessionIDs(w.ctx, p); len(got) != 4 {
		t.Fatalf("the index ahead of the node was changed: %d IDs", len(got))
	}
	// A session the chain does not have in the middle (as after a reorg): the read reads it, finds it
	// never opened, and empties the index; the next read rebuilds it.
	if err := w.db.ForgetSessions(w.ctx, p); err != nil {
		t.Fatal(err)
	}
	if err := w.db.IndexSessions(w.ctx, p, 0, []string{ids[0].Hex(), bogus}, nil, nil); err != nil {
		t.Fatal(err)
	}
	_ = w.db.Close()
	w.open()
	if r := w.compare("a session vanished"); r.New != 3 || r.Indexed != 0 {
		t.Fatalf("the read that found the mismatch: %+v", r)
	}
	got, _ := w.db.SessionIDs(w.ctx, p)
	if len(got) != 3 || got[1] != strings.ToLower(ids[1].Hex()) && got[1] != ids[1].Hex() {
		t.Fatalf("the index was not rebuilt from the chain: %v", got)
	}
	if r := w.compare("warm"); r.Indexed != 1 || r.Read != 2 {
		t.Fatalf("warm after the rebuild: %+v", r)
	}
}

// The copy in memory grows only in order: IDs recorded past what it holds (another replica's read it
// has not seen) are left to the store, and the next process reads them from there.
func TestCachedIDsGrowOnlyInOrder(t *testing.T) {
	t.Parallel()
	db, err := testdb.Open(t, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	x := sessionindex.New(db)
	p := common.HexToAddress("0x1")
	a, b, c := common.HexToHash("0xa"), common.HexToHash("0xb"), common.HexToHash("0xc")
	if k, err := x.KnownSessions(ctx, p); err != nil || len(k.IDs) != 0 {
		t.Fatalf("%+v %v", k, err)
	}
	if err := x.RecordSessions(ctx, p, chain.IndexUpdate{From: 0, IDs: []common.Hash{a}}); err != nil {
		t.Fatal(err)
	}
	if err := x.RecordSessions(ctx, p, chain.IndexUpdate{From: 2, IDs: []common.Hash{c}}); err != nil { // a gap at 1
		t.Fatal(err)
	}
	if k, _ := x.KnownSessions(ctx, p); len(k.IDs) != 1 || k.IDs[0] != a {
		t.Fatalf("cached IDs after a gap: %v", k.IDs)
	}
	if err := x.RecordSessions(ctx, p, chain.IndexUpdate{From: 1, IDs: []common.Hash{b}}); err != nil {
		t.Fatal(err)
	}
	if k, _ := x.KnownSessions(ctx, p); len(k.IDs) != 2 || k.IDs[1] != b {
		t.Fatalf("cached IDs in order: %v", k.IDs)
	}
	// A new process reads the store: all three, in order.
	if k, _ := sessionindex.New(db).KnownSessions(ctx, p); len(k.IDs) != 3 || k.IDs[2] != c {
		t.Fatalf("stored IDs: %v", k.IDs)
	}
}
