package alerts

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/pay"
	"github.com/morbotlabs/morbot/internal/store"
)

// Sessions is what the session notices read (*chain.Client implements it).
type Sessions interface {
	Session(ctx context.Context, id common.Hash) (chain.Session, error)
	Bid(ctx context.Context, id common.Hash) (chain.Bid, error)
}

// WatchFilters are the logs the chain watch reads for the team, block by block: the minimum and fee
// changes and Diamond upgrades; the provider's own provider, model and bid events; sessions opened
// and closed on its bids; and, with an operator key, the provider's grants in the delegation registry.
func (r *Alerter) WatchFilters(registry common.Address) []chain.LogFilter {
	diamond := r.o.Chain.Network().Diamond
	p := common.BytesToHash(r.provider.Bytes())
	fs := []chain.LogFilter{
		{Address: diamond, Topics: [][]common.Hash{watchedTopics}},
		{Address: diamond, Topics: [][]common.Hash{{chain.TopicProviderRegistered, chain.TopicProviderDeregistered, chain.TopicModelRegisteredUpdated,
			chain.TopicModelDeregistered, chain.TopicBidPosted, chain.TopicBidDeleted}, {p}}},
		{Address: diamond, Topics: [][]common.Hash{{chain.TopicSessionOpened, chain.TopicSessionClosed}, nil, nil, {p}}},
	}
	if registry != (common.Address{}) {
		fs = append(fs, chain.LogFilter{Address: registry, Topics: [][]common.Hash{{chain.TopicDelegateAll, chain.TopicDelegateContract}, {p}}})
	}
	return fs
}

// HandleLogs is the chain watch's handler: each block's logs, as they are mined. A session opened or
// closed on the team's bids is posted (at most one message a minute per model, with a count); a
// minimum change, a Diamond upgrade or any change to the team's own records runs the alert check now
// rather than at its next scheduled time, and the check announces the changes (or withdraws those a
// reorg removed) in the same pass as the conditions they put the team in, so each is said once.
func (r *Alerter) HandleLogs(ctx context.Context, logs []types.Log) error {
	var events, sessions []types.Log
	ours := false
	for _, l := range logs {
		if len(l.Topics) == 0 {
			continue
		}
		switch t := l.Topics[0]; {
		case isWatched(t):
			events = append(events, l) // removed ones too: a reorg took them
		case (t == chain.TopicSessionOpened || t == chain.TopicSessionClosed) && !l.Removed:
			sessions = append(sessions, l)
		case !l.Removed:
			ours = true
		}
	}
	for _, l := range sessions {
		if err := r.sessionLog(ctx, l); err != nil {
			return err
		}
	}
	if ours || len(events) > 0 {
		return r.check(ctx, events)
	}
	return nil
}

func isWatched(t common.Hash) bool {
	for _, w := range watchedTopics {
		if t == w {
			return true
		}
	}
	return false
}

// watchedEvents hands the minimum changes and Diamond upgrades the watch saw to notify, and withdraws
// those a reorg removed (in check, under its lock).
func (r *Alerter) watchedEvents(ctx context.Context, logs []types.Log, snap *chain.Snapshot, notify func([]types.Log) error) error {
	var mined, removed []types.Log
	for _, l := range logs {
		if l.Removed {
			removed = append(removed, l)
		} else {
			mined = append(mined, l)
		}
	}
	if len(mined) > 0 {
		if err := notify(mined); err != nil {
			return err
		}
	}
	if len(removed) == 0 {
		return nil
	}
	rows, err := r.rows(ctx)
	if err != nil {
		return err
	}
	for _, l := range removed {
		id := fmt.Sprintf("event-%s-%d", strings.ToLower(l.TxHash.Hex()), l.Index)
		x, ok := rows[id]
		if !ok || x.State != store.AlertEvent {
			continue
		}
		now := r.o.Now().UnixMilli()
		x.State, x.ResolvedAt, x.UpdatedAt = store.AlertResolved, now, now
		if err := r.upsert(ctx, x); err != nil {
			return err
		}
		r.post(ctx, chat.Message{Severity: chat.Success, Title: "WITHDRAWN · " + x.Title,
			Text:   fmt.Sprintf("The change announced by %s was reorged out of the chain (block %d): it did not happen. The minimums now read %s.", id, l.BlockNumber, minimumsLine(snap.Minimums)),
			Footer: "alert " + id})
	}
	// What was announced is what the chain now says, so neither the backstop nor a later event
	// announces a change against a value that never stood.
	for name, v := range currentMinimums(snap.Minimums) {
		if err := r.setSeen(ctx, name, v); err != nil {
			return err
		}
	}
	return nil
}

func minimumsLine(m chain.Minimums) string {
	return fmt.Sprintf("provider stake %s, model stake %s, bid fee %s, price %s … %s", chain.FormatMOR(m.ProviderStake), chain.FormatMOR(m.ModelStake),
		chain.FormatMOR(m.BidFee), chain.FormatPrice(m.MinPricePerSecond), chain.FormatPrice(m.MaxPricePerSecond))
}

// sessionNoticeEvery is how often one model's session notices are posted at most.
const sessionNoticeEvery = time.Minute

// sessionGroups batches session notices per model: the first in a minute is posted at once, the
// rest when the minute ends, with their count.
type sessionGroups struct {
	mu      sync.Mutex
	last    map[common.Hash]time.Time
	pending map[common.Hash][]string
}

// sessionLog posts (or batches) the notice of a session opened or closed on the team's bid.
func (r *Alerter) sessionLog(ctx context.Context, l types.Log) error {
	if len(l.Topics) < 4 {
		return nil
	}
	id := l.Topics[2]
	opened := l.Topics[0] == chain.TopicSessionOpened
	key := "session-notice:closed:" + strings.ToLower(id.Hex())
	if opened {
		key = "session-notice:opened:" + strings.ToLower(id.Hex())
	}
	if seen, err := r.o.Store.SeenKey(ctx, key, r.o.Now(), 7*24*time.Hour); err != nil || seen {
		return err // posted before (a reorg put it in another block, or a take-over replayed it)
	}
	if r.o.Sessions == nil {
		return nil
	}
	s, err := r.o.Sessions.Session(ctx, id)
	if err != nil {
		return err
	}
	b, err := r.o.Sessions.Bid(ctx, s.BidID)
	if err != nil {
		return err
	}
	name := r.modelName(ctx, b.ModelID)
	var line string
	if opened {
		line = fmt.Sprintf("new session %s on %s: %s at %s, ends %s", strings.ToLower(id.Hex()), name,
			(time.Duration(s.EndsAt-s.OpenedAt) * time.Second).String(), chain.FormatRates(b.PricePerSecond), chain.When(s.EndsAt))
	} else {
		line = fmt.Sprintf("session %s on %s closed: it earned %s, %s paid at the close", strings.ToLower(id.Hex()), name,
			chain.FormatMOR(pay.Total(s, b.PricePerSecond)), chain.FormatMOR(s.ProviderWithdrawn))
		if s.Disputed() {
			line += " (disputed: the consumer's receipt did not carry the provider's signature)"
		}
	}
	r.noticeSession(ctx, b.ModelID, name, line)
	return nil
}

func (r *Alerter) modelName(ctx context.Context, id common.Hash) string {
	ms, err := r.o.Domain.Read.Models(ctx)
	if err == nil {
		for _, m := range ms {
			if m.ID == id {
				return fmt.Sprintf("%q", m.Name)
			}
		}
	}
	if m, err := r.o.Domain.Read.ModelOnChain(ctx, id); err == nil && m.Name != "" {
		return fmt.Sprintf("%q", m.Name)
	}
	return strings.ToLower(id.Hex())
}

// noticeSession posts a session line now if the model had none this minute, else holds it for the
// minute's end, when the held lines go out together with their count.
func (r *Alerter) noticeSession(ctx context.Context, model common.Hash, name, line string) {
	g := &r.sessions
	g.mu.Lock()
	now := r.o.Now()
	last, ok := g.last[model]
	if !ok || now.Sub(last) >= sessionNoticeEvery {
		g.last[model] = now
		g.mu.Unlock()
		r.post(ctx, chat.Message{Severity: chat.Info, Title: "Sessions on " + name, Text: line, Footer: "sessions"})
		return
	}
	first := len(g.pending[model]) == 0
	g.pending[model] = append(g.pending[model], line)
	g.mu.Unlock()
	if first {
		r.o.After(sessionNoticeEvery-now.Sub(last), func() { r.flushSessions(model, name) })
	}
}

func (r *Alerter) flushSessions(model common.Hash, name string) {
	g := &r.sessions
	g.mu.Lock()
	lines := g.pending[model]
	delete(g.pending, model)
	g.last[model] = r.o.Now()
	g.mu.Unlock()
	if len(lines) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r.post(ctx, chat.Message{Severity: chat.Info, Title: fmt.Sprintf("Sessions on %s: %d more", name, len(lines)), Text: strings.Join(lines, "\n"), Footer: "sessions"})
}
