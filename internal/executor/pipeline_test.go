package executor

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
)

// onboardSteps is a 4-step onboarding: approve, register the provider, register a model, bid on it.
func onboardSteps(c *chain.Client, p common.Address, base byte, stake string) []chain.TxRequest {
	b := common.BytesToHash([]byte{base})
	return []chain.TxRequest{
		c.ApproveTx(new(big.Int).Add(mor(stake), mor("0.2"))),
		c.ProviderRegisterTx(p, mor(stake), "127.0.0.1:3333"),
		c.ModelRegisterTx(p, b, common.Hash{}, big.NewInt(0), mor("0.1"), "m", []string{"LLM"}),
		c.PostModelBidTx(p, chain.ModelID(p, b), big.NewInt(1e13)),
	}
}

func (f *fixture) proposeSteps(by string, steps []chain.TxRequest) *approval.Proposal {
	f.t.Helper()
	p, err := f.eng.Propose(context.Background(), user(by), approval.ProposeRequest{Kind: approval.KindOnboard, Summary: "onboard", Steps: txs(steps...)})
	if err != nil {
		f.t.Fatalf("propose: %v", err)
	}
	return p
}

// pipelineFixture runs the engine pipelined over a client with the given confirmations.
func pipelineFixture(t testing.TB, confirmations uint64, rpcWrap func(chain.RPC) chain.RPC) *fixture {
	t.Helper()
	f := newFixture(t, quorum1())
	f.close()
	var r chain.RPC = f.sim.RPC()
	if rpcWrap != nil {
		r = rpcWrap(r)
	}
	f.client = chain.NewClient(r, f.sim.Network(), chain.Options{PollInterval: 5 * time.Millisecond, Confirmations: confirmations})
	f.opts = func(o *testOptions) { o.Pipelined = true; o.PollInterval = 5 * time.Millisecond }
	f.open()
	return f
}

// mineEvery commits a block on an interval until the test ends (blocks on a timer, like a real chain).
func mineEvery(t testing.TB, f *fixture, d time.Duration) {
	f.sim.SetAutoMine(false)
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		tk := time.NewTicker(d)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				f.sim.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })
}

// blocksToConfirm runs a proposal to confirmation and returns how many blocks passed from the quorum
// to the block that gave its last step its confirmations.
func (f *fixture) blocksToConfirm(p *approval.Proposal, confirmations uint64, nth int) uint64 {
	f.t.Helper()
	ctx := context.Background()
	quorum, err := f.client.BlockNumber(ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.eng.Vote(ctx, user("bob"), p.Token, true); err != nil {
		f.t.Fatal(err)
	}
	f.rec.waitEvent(f.t, approval.EvConfirmed, nth)
	got, _ := f.eng.Get(ctx, p.ID)
	if got.Status != approval.Confirmed {
		f.t.Fatalf("%s %s", got.Status, got.Reason)
	}
	last := got.Steps[len(got.Steps)-1].Block
	return last + confirmations - 1 - quorum
}

// On a chain that mines every 300 ms, with 2 confirmations: a pipelined 4-step onboarding is
// confirmed within confirmations + 1 blocks of the quorum; the same plan sent sequentially takes
// about four times as many blocks.
func TestPipelinedConfirmsInOneBlock(t *testing.T) {
	t.Parallel()
	const confirmations = 2
	f := pipelineFixture(t, confirmations, nil)
	mineEvery(t, f, 300*time.Millisecond)
	me := f.signer.Address()
	before := f.latest()

	pipe := f.proposeSteps("alice", onboardSteps(f.client, me, 1, "0.1"))
	if pipe.Execution != approval.ExecPipelined {
		t.Fatalf("execution %q", pipe.Execution)
	}
	pb := f.blocksToConfirm(pipe, confirmations, 1)
	got, _ := f.eng.Get(context.Background(), pipe.ID)
	// All four are sent in one burst: one block holds them, or two when the 300 ms miner happens to
	// seal a block in the middle of the burst (a loaded machine).
	straddle := uint64(0)
	for i := 1; i < 4; i++ {
		d := got.Steps[i].Block - got.Steps[0].Block
		if got.Steps[i].Block < got.Steps[0].Block || d > 1 || *got.Steps[i].Nonce != *got.Steps[0].Nonce+uint64(i) {
			t.Fatalf("step %d: block %d nonce %d; step 1: block %d nonce %d", i+1, got.Steps[i].Block, *got.Steps[i].Nonce, got.Steps[0].Block, *got.Steps[0].Nonce)
		}
		straddle = max(straddle, d)
	}
	// From the block that included the first step to the one that confirmed the last: the steps share
	// a block (or two), so the plan needs no more blocks than its confirmations. How long the quorum
	// waits for its first inclusion depends on the machine's speed against the 300 ms miner, and is a
	// benchmark's (BenchmarkPipelinedVsSequential), not this test's: a loaded machine took a block more.
	first, last := got.Steps[0].Block, got.Steps[3].Block
	if span := last + confirmations - first; span > confirmations+straddle {
		t.Fatalf("pipelined: %d blocks from the first step's inclusion to confirmed, want at most %d", span, confirmations+straddle)
	}

	// The same plan, sequential, in the same run.
	f.close()
	f.opts = func(o *testOptions) { o.PollInterval = 5 * time.Millisecond }
	f.open()
	seq := f.proposeSteps("alice", onboardSteps(f.client, me, 2, "0.05"))
	if seq.Execution != approval.ExecSequential {
		t.Fatalf("execution %q", seq.Execution)
	}
	sb := f.blocksToConfirm(seq, confirmations, 1)
	t.Logf("quorum → confirmed, 4 steps, %d confirmations: pipelined %d blocks, sequential %d blocks", confirmations, pb, sb)
	// Sequential, each step waits for the one before to be confirmed: at least a block per step and
	// the confirmations of each but the last, however the blocks fall around the quorum (a ratio
	// to the pipelined count failed on a loaded machine, where the pipelined plan can take one block
	// more without being any less pipelined).
	if minSeq := uint64(4 + 3*(confirmations-1)); sb < minSeq || sb <= pb {
		t.Fatalf("sequential took %d blocks, pipelined %d: want at least %d and more than pipelined", sb, pb, minSeq)
	}
	if n := f.latest() - before; n != 8 {
		t.Fatalf("%d transactions for two 4-step plans", n)
	}
}

// The owner raises the provider minimum in the same block: step 2 reverts, and the steps after it,
// already sent, are reported as they really went (step 3 mined fine, step 4 reverted); none is
// reported confirmed because an earlier one was.
func TestPipelinedRevertReportsEachStepTruly(t *testing.T) {
	t.Parallel()
	f := pipelineFixture(t, 1, nil)
	ctx := context.Background()
	f.sim.SetAutoMine(false)
	sends := f.sim.WatchSends()
	me := f.signer.Address()
	before := f.latest()
	p := f.proposeSteps("alice", onboardSteps(f.client, me, 1, "0.1"))
	if _, err := f.eng.Vote(ctx, user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		f.waitSend(sends)
	}
	if err := f.sim.SetProviderMinStakeUnmined(ctx, mor("0.5")); err != nil {
		t.Fatal(err)
	}
	f.sim.Commit() // one block: the owner's change first (higher tip), then the plan
	f.rec.waitEvent(t, approval.EvFailed, 1)
	got, _ := f.eng.Get(ctx, p.ID)
	want := []approval.StepStatus{approval.StepConfirmed, approval.StepFailed, approval.StepConfirmed, approval.StepFailed}
	for i, s := range got.Steps {
		if s.Status != want[i] {
			t.Fatalf("step %d is %s, want %s (%s)", i+1, s.Status, want[i], got.Reason)
		}
	}
	if got.FailedStep != 1 || !strings.Contains(got.Reason, "step 2 (providerRegister) reverted on-chain") ||
		!strings.Contains(got.Reason, "would be 0.1 MOR but the minimum is 0.5 MOR") ||
		!strings.Contains(got.Reason, "step 3 (modelRegister) was already sent and was mined successfully") ||
		!strings.Contains(got.Reason, "step 4 (postModelBid) reverted on-chain") {
		t.Fatalf("reason: %q", got.Reason)
	}
	if n := f.latest() - before; n != 4 {
		t.Fatalf("%d of the plan's transactions on-chain, want all 4 (sent together)", n)
	}
}

// sendGate fails chosen eth_sendRawTransaction calls before they reach the node.
type sendGate struct {
	inner chain.RPC
	n     atomic.Int64
	fail  func(n int64) bool
}

func (g *sendGate) CallContext(ctx context.Context, result any, method string, args ...any) error {
	if method == "eth_sendRawTransaction" && g.fail(g.n.Add(1)) {
		return errors.New("connection reset by peer (test)")
	}
	return g.inner.CallContext(ctx, result, method, args...)
}

func (g *sendGate) BatchCallContext(ctx context.Context, b []rpc.BatchElem) error {
	return g.inner.BatchCallContext(ctx, b)
}

// approval.Step 3's broadcast fails: step 4 is not broadcast before step 3 is resolved; once the node takes
// step 3 (the same bytes again), step 4 follows, and the plan completes with exactly 4 transactions.
func TestPipelinedBroadcastFailureHoldsBackLaterSteps(t *testing.T) {
	t.Parallel()
	var gate *sendGate
	f := pipelineFixture(t, 1, func(r chain.RPC) chain.RPC {
		gate = &sendGate{inner: r, fail: func(n int64) bool { return n == 3 }}
		return gate
	})
	ctx := context.Background()
	var mu sync.Mutex
	var order []string
	f.eng.afterBroadcast = func(_ *approval.Proposal, step int) error {
		mu.Lock()
		order = append(order, string(rune('1'+step)))
		mu.Unlock()
		return nil
	}
	before := f.latest()
	p := f.proposeSteps("alice", onboardSteps(f.client, f.signer.Address(), 1, "0.1"))
	hashes := map[int]common.Hash{}
	if _, err := f.eng.Vote(ctx, user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	f.rec.waitEvent(t, approval.EvUnknown, 1)
	f.rec.waitEvent(t, approval.EvConfirmed, 1)
	got, _ := f.eng.Get(ctx, p.ID)
	for i, s := range got.Steps {
		if s.Status != approval.StepConfirmed {
			t.Fatalf("step %d: %s", i+1, s.Status)
		}
		hashes[i] = *s.Hash
	}
	mu.Lock()
	defer mu.Unlock()
	if strings.Join(order, "") != "12" {
		t.Fatalf("broadcast order in the first pass %q: step 4 must not go out after step 3 failed", strings.Join(order, ""))
	}
	if n := f.latest() - before; n != 4 {
		t.Fatalf("%d transactions, want 4", n)
	}
	// approval.Step 4 was broadcast only after step 3 (re-sent as the same bytes) was mined.
	if got.Steps[3].Block < got.Steps[2].Block {
		t.Fatalf("step 4 mined in block %d before step 3 in %d", got.Steps[3].Block, got.Steps[2].Block)
	}
}

// approval.Step 3's broadcast fails and another transaction of the wallet takes its nonce: step 3 failed,
// step 4 (signed, never broadcast) is dropped and its nonce left free, and the proposal says so.
func TestPipelinedNonceTakenDropsUnsentSteps(t *testing.T) {
	t.Parallel()
	var gate *sendGate
	var blocked atomic.Bool
	blocked.Store(true)
	f := pipelineFixture(t, 1, func(r chain.RPC) chain.RPC {
		gate = &sendGate{inner: r, fail: func(n int64) bool { return n >= 3 && blocked.Load() }}
		return gate
	})
	ctx := context.Background()
	before := f.latest()
	p := f.proposeSteps("alice", onboardSteps(f.client, f.signer.Address(), 1, "0.1"))
	if _, err := f.eng.Vote(ctx, user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	f.rec.waitEvent(t, approval.EvUnknown, 1)
	// Another sender of the wallet uses step 3's nonce.
	got, _ := f.eng.Get(ctx, p.ID)
	nonce := *got.Steps[2].Nonce
	other := types.NewTx(&types.DynamicFeeTx{ChainID: f.client.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e10), Gas: 21000, To: &f.sim.Accounts[0].Address, Value: big.NewInt(0)})
	signed, _ := f.signer.SignTx(ctx, other, f.client.ChainID())
	raw, _ := signed.MarshalBinary()
	if err := f.sim.Raw.CallContext(ctx, nil, "eth_sendRawTransaction", hexBytes(raw)); err != nil {
		t.Fatal(err)
	}
	f.sim.Commit()
	f.rec.waitEvent(t, approval.EvFailed, 1)
	blocked.Store(false)
	got, _ = f.eng.Get(ctx, p.ID)
	if got.Steps[2].Status != approval.StepFailed || got.Steps[3].Status != approval.StepDropped || got.FailedStep != 2 {
		t.Fatalf("steps 3 and 4: %s, %s (failed step %d)", got.Steps[2].Status, got.Steps[3].Status, got.FailedStep)
	}
	if !strings.Contains(got.Reason, "its nonce "+big.NewInt(int64(nonce)).String()+" was used by another transaction") ||
		!strings.Contains(got.Reason, "step 4 (postModelBid) signed as") || !strings.Contains(got.Reason, "never broadcast; dropped because step 3 failed first, so its nonce stays free") {
		t.Fatalf("reason: %q", got.Reason)
	}
	// Nothing more goes out, even when the reconciler looks again.
	if err := f.eng.ReconcileOnce(ctx); err != nil {
		t.Fatal(err)
	}
	f.idle()
	if n := f.latest() - before; n != 3 {
		t.Fatalf("%d transactions, want 3 (steps 1 and 2, and the other sender's)", n)
	}
}

// A crash after 2 of 4 steps were broadcast: the restart sends steps 3 and 4 as exactly the bytes
// recorded before the crash, and the plan completes with 4 transactions.
func TestPipelinedCrashAfterTwoBroadcastResumesWithRecordedBytes(t *testing.T) {
	t.Parallel()
	f := pipelineFixture(t, 1, nil)
	ctx := context.Background()
	f.eng.afterBroadcast = func(_ *approval.Proposal, step int) error {
		if step == 1 {
			return errCrash
		}
		return nil
	}
	before := f.latest()
	p := f.proposeSteps("alice", onboardSteps(f.client, f.signer.Address(), 1, "0.1"))
	if _, err := f.eng.Vote(ctx, user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	f.idle()
	crashed, _ := f.eng.Get(ctx, p.ID)
	recorded := make([]common.Hash, 4)
	for i, s := range crashed.Steps {
		if s.Hash == nil || s.Status == approval.StepPending {
			t.Fatalf("step %d not signed before the first broadcast: %s", i+1, s.Status)
		}
		recorded[i] = *s.Hash
	}
	if crashed.Steps[2].Attempted || crashed.Steps[3].Attempted {
		t.Fatal("steps 3 and 4 were broadcast before the crash")
	}
	f.close()
	f.open()
	if err := f.eng.Recover(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := f.eng.Get(ctx, p.ID)
	if got.Status != approval.Confirmed {
		t.Fatalf("after recovery: %s %q", got.Status, got.Reason)
	}
	for i, s := range got.Steps {
		if *s.Hash != recorded[i] {
			t.Fatalf("step %d was re-signed: %s, recorded %s", i+1, s.Hash.Hex(), recorded[i].Hex())
		}
	}
	if n := f.latest() - before; n != 4 {
		t.Fatalf("%d transactions, want 4", n)
	}
}

type hexBytes []byte

func (b hexBytes) MarshalText() ([]byte, error) {
	const digits = "0123456789abcdef"
	out := make([]byte, 2+2*len(b))
	out[0], out[1] = '0', 'x'
	for i, c := range b {
		out[2+2*i], out[3+2*i] = digits[c>>4], digits[c&15]
	}
	return out, nil
}

// BenchmarkPipelinedVsSequential: quorum → plan confirmed, 4 steps, 1 s blocks, 2 confirmations, in
// both modes on the same chain; reports blocks and seconds for each and the ratio.
func BenchmarkPipelinedVsSequential(b *testing.B) {
	const confirmations = 2
	f := pipelineFixture(b, confirmations, nil)
	mineEvery(b, f, time.Second)
	me := f.signer.Address()
	var pBlocks, sBlocks, pSec, sSec float64
	n := 0
	for b.Loop() {
		n++
		f.close()
		f.opts = func(o *testOptions) { o.Pipelined = true; o.PollInterval = 5 * time.Millisecond }
		f.open()
		start := time.Now()
		pBlocks += float64(f.blocksToConfirm(f.proposeSteps("alice", onboardSteps(f.client, me, byte(2*n), "0.1")), confirmations, 1))
		pSec += time.Since(start).Seconds()
		f.close()
		f.opts = func(o *testOptions) { o.PollInterval = 5 * time.Millisecond }
		f.open()
		start = time.Now()
		sBlocks += float64(f.blocksToConfirm(f.proposeSteps("alice", onboardSteps(f.client, me, byte(2*n+1), "0.1")), confirmations, 1))
		sSec += time.Since(start).Seconds()
	}
	b.ReportMetric(pBlocks/float64(n), "pipelined-blocks")
	b.ReportMetric(sBlocks/float64(n), "sequential-blocks")
	b.ReportMetric(pSec/float64(n), "pipelined-s")
	b.ReportMetric(sSec/float64(n), "sequential-s")
	b.ReportMetric(sBlocks/pBlocks, "ratio")
}

// The node drops the mempool with all four steps of a pipelined plan in it: recovery re-sends every
// lost step at once, in nonce order, so the plan is still mined in one block (on a chain that mines
// every 300 ms); each re-broadcast is audited (step, nonce, endpoint, reason) and said in the
// proposal's thread.
func TestPipelinedRecoveryResendsAllLostStepsInOneBlock(t *testing.T) {
	t.Parallel()
	f := pipelineFixture(t, 1, nil)
	ctx := context.Background()
	f.sim.SetAutoMine(false)
	sends := f.sim.WatchSends()
	before := f.latest()
	p := f.proposeSteps("alice", onboardSteps(f.client, f.signer.Address(), 1, "0.1"))
	if _, err := f.eng.Vote(ctx, user("bob"), p.Token, true); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		select {
		case <-sends:
		case <-time.After(30 * time.Second):
			t.Fatal("the plan was not broadcast")
		}
	}
	f.sim.Backend.Rollback() // the node loses all four, as a dropped mempool or a restarted node would
	mineEvery(t, f, 300*time.Millisecond)
	f.rec.waitEvent(t, approval.EvConfirmed, 1)
	got, _ := f.eng.Get(ctx, p.ID)
	if n := f.latest() - before; n != 4 {
		t.Fatalf("%d transactions, want 4", n)
	}
	for i, s := range got.Steps {
		if s.Status != approval.StepConfirmed || s.Block != got.Steps[0].Block {
			t.Fatalf("step %d %s in block %d, step 1 in block %d: the lost steps were not re-sent together", i+1, s.Status, s.Block, got.Steps[0].Block)
		}
	}
	es, err := f.eng.Audit(ctx, 50)
	if err != nil {
		t.Fatal(err)
	}
	resent := 0
	for _, e := range es {
		if e.Action == "re-sent" && e.ProposalID == p.ID && strings.Contains(e.Detail, "the node no longer had it") && strings.Contains(e.Detail, ", nonce ") && strings.Contains(e.Detail, "via ") {
			resent++
		}
	}
	if resent != 4 {
		t.Fatalf("%d re-broadcasts audited, want 4: %+v", resent, es)
	}
	for i := 1; i <= 4; i++ {
		want := fmt.Sprintf("P-%d step %d re-sent: the node no longer had it", p.ID, i)
		found := false
		f.rec.mu.Lock()
		for _, ev := range f.rec.events {
			found = found || ev.Kind == approval.EvStepResent && ev.Proposal.ID == p.ID && ev.Step == i-1 && ev.Note == "the node no longer had it"
		}
		f.rec.mu.Unlock()
		if !found {
			t.Fatalf("no thread line %q", want)
		}
	}
}
