// Package probe buys one answer from each of the team's own bids, as a paying consumer would: it
// drives a consumer's proxy-router (cnode) to open a session on exactly that bid, send a prompt
// and read the streamed answer, and close the session, and measures each step. The session's pay
// goes to ourselves; it costs the gas and, for a day, the part of the stake held after an early
// close.
//
// A probe never leaves a session open: each is recorded in the store before it is opened, marked
// once the node names the session, and closed on every path. CloseLeftovers (run by the leader at
// start-up and before every probe) closes whatever a stopped process left open, finding a session
// whose open was sent but never answered by its SessionOpened event.
package probe

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/cnode"
	"github.com/morbotlabs/morbot/internal/outside"
	"github.com/morbotlabs/morbot/internal/store"
)

// DefaultPrompt is what a probe asks unless probe.prompt says otherwise.
const DefaultPrompt = "Reply with the single word: ok"

// gasPerProbe is what one probe's transactions take, with room: the consumer node's MOR approve,
// openSession and closeSession (about 50k, 250k and 150k gas on the real contracts).
const gasPerProbe = 500_000

// Chain is what a probe reads (*chain.Client implements it).
type Chain interface {
	Network() chain.Network
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number uint64) (*types.Header, error)
	Session(ctx context.Context, id common.Hash) (chain.Session, error)
	MinSessionDuration(ctx context.Context) (uint64, error)
	SessionStake(ctx context.Context, perSecond *big.Int, seconds, now uint64) (*big.Int, error)
	Receipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	FilterLogs(ctx context.Context, from, to uint64, addr common.Address, topics [][]common.Hash) ([]types.Log, error)
	Fees(ctx context.Context) (tip, feeCap *big.Int, err error)
}

// Options configure a Prober.
type Options struct {
	Node     *cnode.Client
	Chain    Chain
	Store    *store.DB
	Provider common.Address // our provider: the bids probed are its own
	Seconds  uint64         // session length (0: the contract's minimum)
	Prompt   string
	// MaxPerDay bounds the probes started per UTC day (default 24); MaxLocked the MOR one session
	// stakes (default 1 MOR).
	MaxPerDay   int
	MaxLocked   *big.Int
	StepTimeout time.Duration // each step's bound (default 2m)
	Now         func() time.Time
	Log         *slog.Logger
	// Observe, when set, is told every finished probe (metrics).
	Observe func(Result)
}

// Prober runs probes.
type Prober struct {
	o Options
}

// New builds a prober.
func New(o Options) *Prober {
	if o.Prompt == "" {
		o.Prompt = DefaultPrompt
	}
	if o.MaxPerDay <= 0 {
		o.MaxPerDay = 24
	}
	if o.MaxLocked == nil {
		o.MaxLocked = new(big.Int).Exp(big.NewInt(10), big.NewInt(chain.Decimals), nil)
	}
	if o.StepTimeout <= 0 {
		o.StepTimeout = 2 * time.Minute
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return &Prober{o: o}
}

// Target is one bid to probe and the name the team knows its model by.
type Target struct {
	Bid  chain.Bid
	Name string
}

// Result is one probe's outcome as recorded.
type Result struct {
	Target
	Run store.ProbeRun
}

// OK reports whether the probe got an answer and closed its session.
func (r Result) OK() bool { return r.Run.Result == store.ProbeOK }

// Refusal is a probe refused before anything was opened: the budget, or the consumer's funds.
type Refusal struct{ Msg string }

func (r *Refusal) Error() string { return r.Msg }

// plan is what the probes of one run will stake.
type plan struct {
	seconds uint64
	stakes  []*big.Int
}

// Round is what one run did: each probe, and the sessions earlier probes left open that it closed
// first.
type Round struct {
	Results   []Result
	Leftovers int
}

// Run probes each target in turn (scheduled: started by probe.schedule), after closing what earlier
// probes left open. It refuses the whole run, opening nothing, when the day's budget, the
// per-session cap or the consumer's funds fall short.
func (p *Prober) Run(ctx context.Context, targets []Target, scheduled bool) (*Round, error) {
	if len(targets) == 0 {
		return nil, &Refusal{Msg: "there is no active bid of ours to probe"}
	}
	round := &Round{}
	var err error
	if round.Leftovers, err = p.CloseLeftovers(ctx); err != nil {
		p.o.Log.Warn("probe: closing earlier probe sessions", "err", err)
	}
	pl, err := p.check(ctx, targets)
	if err != nil {
		return round, err
	}
	for i, t := range targets {
		r, err := p.one(ctx, t, pl.seconds, pl.stakes[i], scheduled)
		if err != nil {
			return round, err
		}
		round.Results = append(round.Results, r)
		if p.o.Observe != nil {
			p.o.Observe(r)
		}
	}
	return round, nil
}

// dayStart is the start of the UTC day of t: the budget's day.
func dayStart(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// check applies the budget and the funds before anything is opened.
func (p *Prober) check(ctx context.Context, targets []Target) (*plan, error) {
	now := p.o.Now()
	ran, err := p.o.Store.ProbesStarted(ctx, dayStart(now))
	if err != nil {
		return nil, err
	}
	if ran+len(targets) > p.o.MaxPerDay {
		return nil, &Refusal{Msg: fmt.Sprintf("the probe budget is spent: probe.max_per_day allows %d probes a UTC day, %d ran today, and this asks for %d more. The budget renews at %s",
			p.o.MaxPerDay, ran, len(targets), dayStart(now).Add(24*time.Hour).Format("2006-01-02 15:04 MST"))}
	}
	secs := p.o.Seconds
	if secs == 0 {
		if secs, err = p.o.Chain.MinSessionDuration(ctx); err != nil {
			return nil, fmt.Errorf("probe: minimum session duration: %w", err)
		}
	}
	head, err := p.o.Chain.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("probe: %w", err)
	}
	h, err := p.o.Chain.HeaderByNumber(ctx, head)
	if err != nil {
		return nil, fmt.Errorf("probe: %w", err)
	}
	pl := &plan{seconds: secs}
	total := new(big.Int)
	for _, t := range targets {
		stake, err := p.o.Chain.SessionStake(ctx, t.Bid.PricePerSecond, secs, h.Time)
		if err != nil {
			return nil, fmt.Errorf("probe: session stake: %w", err)
		}
		if stake.Cmp(p.o.MaxLocked) > 0 {
			return nil, &Refusal{Msg: fmt.Sprintf("a %d s probe session on %q (bid %s, %s) stakes %s, above probe.max_mor_locked (%s)",
				secs, t.Name, t.Bid.ID.Hex(), chain.FormatPrice(t.Bid.PricePerSecond), chain.FormatMOR(stake), chain.FormatMOR(p.o.MaxLocked))}
		}
		pl.stakes = append(pl.stakes, stake)
		total.Add(total, stake)
	}
	wallet, err := p.o.Node.Wallet(ctx)
	if err != nil {
		return nil, fmt.Errorf("probe: the consumer node's wallet: %w", err)
	}
	eth, mor, err := p.o.Node.Balance(ctx)
	if err != nil {
		return nil, fmt.Errorf("probe: the consumer node's balance: %w", err)
	}
	_, feeCap, err := p.o.Chain.Fees(ctx)
	if err != nil {
		return nil, fmt.Errorf("probe: gas price: %w", err)
	}
	gas := new(big.Int).Mul(feeCap, big.NewInt(int64(gasPerProbe*len(targets))))
	if mor.Cmp(total) < 0 || eth.Cmp(gas) < 0 {
		return nil, &Refusal{Msg: fmt.Sprintf("the consumer node's wallet %s cannot fund the probe: it holds %s and %s; %d probe session(s) of %d s stake %s and need about %s of gas (%d gas at %s per gas). Send it what is short",
			wallet.Hex(), chain.FormatMOR(mor), chain.FormatETH(eth), len(targets), secs, chain.FormatMOR(total), chain.FormatETH(gas), gasPerProbe*len(targets), chain.FormatETH(feeCap))}
	}
	return pl, nil
}

// step runs one node call under the step timeout and adds its time to wait.
func (p *Prober) step(ctx context.Context, wait *time.Duration, f func(context.Context) error) error {
	sctx, cancel := context.WithTimeout(ctx, p.o.StepTimeout)
	defer cancel()
	start := p.o.Now()
	err := f(sctx)
	*wait += p.o.Now().Sub(start)
	if err != nil && sctx.Err() == context.DeadlineExceeded && ctx.Err() == nil {
		return fmt.Errorf("%w: no answer within probe.step_timeout (%s)", errTimeout, p.o.StepTimeout)
	}
	return err
}

var errTimeout = errors.New("timed out")

// one probes one bid: record, open, prompt, close, measure. A failure of a step ends the probe as
// failed with that step named; the session is closed whatever happened after it was opened.
func (p *Prober) one(ctx context.Context, t Target, secs uint64, stake *big.Int, scheduled bool) (Result, error) {
	start := p.o.Now()
	head, err := p.o.Chain.BlockNumber(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("probe: %w", err)
	}
	run := store.ProbeRun{Bid: lower(t.Bid.ID), Model: lower(t.Bid.ModelID), Scheduled: scheduled, FromBlock: head, StartedAt: start, State: store.ProbeOpening}
	// The budget again, with the record: another replica may have probed since the round's check.
	if run.ID, err = p.o.Store.ProbeBeginWithin(ctx, run, dayStart(start), p.o.MaxPerDay); err != nil {
		var be *store.ProbeBudgetError
		if errors.As(err, &be) {
			return Result{}, &Refusal{Msg: fmt.Sprintf("the probe budget ran out during this round: probe.max_per_day allows %d probes a UTC day and %d ran today (another replica probed meanwhile); %q was not probed",
				be.Max, be.Ran, t.Name)}
		}
		return Result{}, err
	}
	var (
		wait time.Duration
		d    store.ProbeData
		sid  common.Hash
	)
	failed := func(step string, err error) {
		if d.Step == "" {
			d.Step, d.Message = step, cause(step, err)
		}
	}
	err = p.step(ctx, &wait, func(ctx context.Context) error {
		var err error
		sid, err = p.o.Node.OpenSession(ctx, t.Bid.ID, secs)
		return err
	})
	d.OpenMS = wait.Milliseconds()
	if err != nil {
		failed(store.ProbeStepOpen, err)
		// The open may have reached the chain before the node failed or went quiet: look for it.
		if _, found, cerr := p.closeRun(ctx, run, true); cerr != nil {
			p.o.Log.Warn("probe: close after a failed open", "probe", run.ID, "err", cerr)
		} else {
			run.State = store.ProbeClosed
			if len(found) == 1 {
				run.Session = found[0].Hex()
			}
		}
	} else {
		run.Session, run.State = sid.Hex(), store.ProbeOpen
		if err := p.o.Store.ProbeOpened(ctx, run.ID, run.Session); err != nil {
			return Result{}, err
		}
		gas := new(big.Int)
		if blk, g, ok := p.openedIn(ctx, head, sid); ok {
			d.OpenBlock = blk
			gas.Add(gas, g)
		}
		var a cnode.Answer
		perr := p.step(ctx, &wait, func(ctx context.Context) error {
			var err error
			a, err = p.o.Node.Prompt(ctx, sid, p.o.Prompt, p.o.Now)
			return err
		})
		if perr != nil {
			failed(store.ProbeStepPrompt, perr)
		} else {
			d.FirstMS, d.TotalMS, d.TPSMilli = a.FirstToken.Milliseconds(), a.Total.Milliseconds(), a.TokensPerSecond()
			d.Excerpt = outside.Clip(a.Text, 60)
		}
		var tx common.Hash
		cerr := p.step(ctx, &wait, func(ctx context.Context) error {
			var err error
			tx, err = p.o.Node.CloseSession(ctx, sid)
			return err
		})
		if cerr != nil {
			failed(store.ProbeStepClose, cerr)
			// The node may have closed it anyway, or it was closed already: the chain says.
			if _, _, err := p.closeRun(ctx, run, false); err != nil {
				p.o.Log.Warn("probe: session left open; start-up or the next probe closes it", "probe", run.ID, "session", run.Session, "err", err)
			} else {
				run.State = store.ProbeClosed
			}
		} else {
			if err := p.o.Store.ProbeClosed(ctx, run.ID); err != nil {
				return Result{}, err
			}
			run.State = store.ProbeClosed
			if rc, err := p.o.Chain.Receipt(ctx, tx); err == nil && rc != nil {
				d.CloseBlock = rc.BlockNumber.Uint64()
				gas.Add(gas, fee(rc))
			}
		}
		if gas.Sign() > 0 {
			d.GasWei = gas.String()
		}
		if s, err := p.o.Chain.Session(ctx, sid); err == nil && s.ProviderWithdrawn != nil {
			d.PaidWei = s.ProviderWithdrawn.String()
		}
	}
	end := p.o.Now()
	d.OwnUS = (end.Sub(start) - wait).Microseconds()
	run.Result = store.ProbeOK
	if d.Step != "" {
		run.Result = store.ProbeFailed
	}
	run.FinishedAt, run.Data = end, d
	if err := p.o.Store.ProbeFinish(ctx, run.ID, run.Result, end, d); err != nil {
		return Result{}, err
	}
	return Result{Target: t, Run: run}, nil
}

// fee is what a transaction paid for gas.
func fee(rc *types.Receipt) *big.Int {
	if rc.EffectiveGasPrice == nil {
		return new(big.Int)
	}
	return new(big.Int).Mul(rc.EffectiveGasPrice, new(big.Int).SetUint64(rc.GasUsed))
}

// openedIn finds the block and the gas of a session's open from its SessionOpened event.
func (p *Prober) openedIn(ctx context.Context, from uint64, sid common.Hash) (uint64, *big.Int, bool) {
	head, err := p.o.Chain.BlockNumber(ctx)
	if err != nil {
		return 0, nil, false
	}
	logs, err := p.o.Chain.FilterLogs(ctx, from, head, p.o.Chain.Network().Diamond, [][]common.Hash{{chain.TopicSessionOpened}, nil, {sid}})
	if err != nil || len(logs) == 0 {
		return 0, nil, false
	}
	rc, err := p.o.Chain.Receipt(ctx, logs[0].TxHash)
	if err != nil || rc == nil {
		return logs[0].BlockNumber, new(big.Int), true
	}
	return logs[0].BlockNumber, fee(rc), true
}

func lower(h common.Hash) string { return strings.ToLower(h.Hex()) }

// cause says what a failed step most likely means, from what the consumer node said.
func cause(step string, err error) string {
	var ne *cnode.NodeError
	said := err.Error()
	if errors.As(err, &ne) {
		said = outside.Says("the consumer node", ne.Message)
		if ne.Auth() {
			return err.Error()
		}
	}
	low := strings.ToLower(said)
	switch step {
	case store.ProbeStepOpen:
		switch {
		case errors.Is(err, errTimeout):
			return "no session: " + err.Error() + ". The open transaction may still be waiting for a block, or the provider's node did not answer the approval"
		case strings.Contains(low, "signature") || strings.Contains(low, "approv") || strings.Contains(low, "provider"):
			return "the provider's node refused the session (it signs each session's approval: check its wallet key, its clock and that its endpoint answers MOR-RPC). " + said
		case strings.Contains(low, "insufficient") || strings.Contains(low, "allowance") || strings.Contains(low, "balance"):
			return "the consumer node could not fund the session. " + said
		}
		return "the session did not open. " + said
	case store.ProbeStepPrompt:
		switch {
		case errors.Is(err, errTimeout):
			return "no answer: " + err.Error() + ". The backend may be overloaded or down"
		case strings.Contains(low, "tee") || strings.Contains(low, "attestation"):
			return "consumers' nodes refuse this provider's answers: the TEE attestation failed. " + said
		}
		return "the prompt failed: the provider's node or its backend gave no answer. " + said
	}
	if errors.Is(err, errTimeout) {
		return "the close did not finish: " + err.Error() + "; morbot closes the session at start-up or before the next probe"
	}
	return "the close failed; morbot closes the session at start-up or before the next probe, or the consumer node's closer does when it ends. " + said
}

// CloseLeftovers closes every probe session a stopped process or a failed close left open, and
// returns how many it closed.
func (p *Prober) CloseLeftovers(ctx context.Context) (int, error) {
	runs, err := p.o.Store.ProbesUnclosed(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, r := range runs {
		closed, _, err := p.closeRun(ctx, r, false)
		if err != nil {
			return n, fmt.Errorf("close probe %d: %w", r.ID, err)
		}
		n += closed
		if r.Result == "" {
			if err := p.o.Store.ProbeFinish(ctx, r.ID, store.ProbeFailed, p.o.Now(), store.ProbeData{Step: store.ProbeStopped,
				Message: "morbot stopped during this probe; its session was closed afterwards"}); err != nil {
				return n, err
			}
		}
	}
	return n, nil
}

// closeRun closes a probe's session if it is open on chain and marks the run closed. Without a
// session ID it looks for one opened by the consumer node's wallet on the run's bid since the run
// began. justFailed says the open just failed: then a run with nothing on chain is done.
func (p *Prober) closeRun(ctx context.Context, r store.ProbeRun, justFailed bool) (int, []common.Hash, error) {
	var ids []common.Hash
	if r.Session != "" {
		ids = append(ids, common.HexToHash(r.Session))
	} else {
		found, err := p.findOpened(ctx, r)
		if err != nil {
			return 0, nil, err
		}
		ids = found
		if len(ids) == 0 && !justFailed && p.o.Now().Sub(r.StartedAt) < p.o.StepTimeout {
			return 0, nil, nil // its open may still be on its way; the next pass looks again
		}
	}
	n := 0
	for _, id := range ids {
		s, err := p.o.Chain.Session(ctx, id)
		if err != nil {
			return n, ids, err
		}
		if !s.Exists() || s.Closed() {
			continue
		}
		sctx, cancel := context.WithTimeout(ctx, p.o.StepTimeout)
		_, err = p.o.Node.CloseSession(sctx, id)
		cancel()
		if err != nil {
			if s2, rerr := p.o.Chain.Session(ctx, id); rerr == nil && s2.Closed() {
				continue // closed by the node's own closer meanwhile
			}
			return n, ids, err
		}
		n++
		p.o.Log.Info("probe: closed a probe session left open", "probe", r.ID, "session", id.Hex())
	}
	if r.Session == "" && len(ids) == 1 {
		if err := p.o.Store.ProbeOpened(ctx, r.ID, ids[0].Hex()); err != nil {
			return n, ids, err
		}
	}
	return n, ids, p.o.Store.ProbeClosed(ctx, r.ID)
}

// findOpened finds sessions the consumer node's wallet opened on the run's bid from the run's
// first block on (SessionOpened: user, sessionId, providerId, all indexed).
func (p *Prober) findOpened(ctx context.Context, r store.ProbeRun) ([]common.Hash, error) {
	wallet, err := p.o.Node.Wallet(ctx)
	if err != nil {
		return nil, err
	}
	head, err := p.o.Chain.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	logs, err := p.o.Chain.FilterLogs(ctx, r.FromBlock, head, p.o.Chain.Network().Diamond,
		[][]common.Hash{{chain.TopicSessionOpened}, {common.BytesToHash(wallet.Bytes())}, nil, {common.BytesToHash(p.o.Provider.Bytes())}})
	if err != nil {
		return nil, err
	}
	var out []common.Hash
	for _, l := range logs {
		if len(l.Topics) < 3 {
			continue
		}
		s, err := p.o.Chain.Session(ctx, l.Topics[2])
		if err != nil {
			return nil, err
		}
		if lower(s.BidID) == r.Bid {
			out = append(out, l.Topics[2])
		}
	}
	return out, nil
}

// Targets are our active bids among bids (only model's, when given), each with the name the team
// knows its model by.
func Targets(bids []chain.Bid, provider common.Address, model *common.Hash, name func(common.Hash) string) []Target {
	var out []Target
	for _, b := range bids {
		if b.Provider == provider && (model == nil || b.ModelID == *model) {
			out = append(out, Target{Bid: b, Name: name(b.ModelID)})
		}
	}
	return out
}
