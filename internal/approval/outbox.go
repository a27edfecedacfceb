package approval

import (
	"context"
	"log/slog"
	"time"
)

// Publisher tells the notifiers of events a committed write recorded, each with the proposal as it
// is after the write.
type Publisher struct {
	repo *Repo
	out  Notifier
	log  *slog.Logger
}

// NewPublisher publishes to out (nil: nowhere).
func NewPublisher(repo *Repo, out Notifier, log *slog.Logger) *Publisher {
	if out == nil {
		out = NotifierFunc(func(context.Context, Event) {})
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Publisher{repo: repo, out: out, log: log}
}

// Publish tells the notifiers of recorded events, in order. A shutdown does not stop it: the events
// were committed, so the people who watch the proposal hear of them.
func (p *Publisher) Publish(ctx context.Context, recs []Record) {
	p.publish(ctx, recs, false, nil)
}

func (p *Publisher) publish(ctx context.Context, recs []Record, remote bool, served []string) {
	ctx = context.WithoutCancel(ctx)
	loaded := map[int64]*Proposal{} // one write's events are mostly about one proposal: read it once
	for _, r := range recs {
		pr, ok := loaded[r.Proposal]
		if !ok {
			var err error
			if pr, err = p.repo.Get(ctx, r.Proposal); err != nil {
				p.log.Error("load proposal for notification", "proposal", r.Proposal, "err", err)
				continue
			}
			loaded[r.Proposal] = pr
		}
		p.out.Notify(ctx, Event{Kind: r.Kind, Proposal: pr, Actor: r.Actor, Note: r.Note, Step: r.Step, Hash: r.Hash, Block: r.Block, Remote: remote, Served: served})
	}
}

// Follow shows, every interval, the events other replicas record (a vote taken here and executed by
// the leader reaches this replica's chats), until ctx ends. It starts after the newest event at the
// time it is called, and forgets events older than a week as it goes. IDs are taken when a write
// inserts, not when it commits, so an event can appear below one already shown: each read looks back
// a window of IDs and skips the ones it showed.
func (p *Publisher) Follow(ctx context.Context, every time.Duration) {
	if every <= 0 {
		every = 500 * time.Millisecond
	}
	last, err := p.repo.LastEventID(ctx)
	if err != nil {
		p.log.Warn("read the newest event; following from the start", "err", err)
	}
	floor, shown := last, map[int64]bool{} // nothing recorded before the start is shown
	t := time.NewTicker(every)
	defer t.Stop()
	pruned := time.Time{}
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := p.catchUp(ctx, &last, floor, shown); err != nil && ctx.Err() == nil {
			p.log.Warn("read other replicas' events", "err", err)
		}
		if time.Since(pruned) > time.Hour {
			pruned = time.Now()
			if err := p.repo.PruneEvents(ctx, time.Now().Add(-7*24*time.Hour)); err != nil && ctx.Err() == nil {
				p.log.Warn("prune old events", "err", err)
			}
		}
	}
}

// followWindow is how far below the newest event shown a read looks for events committed late.
const followWindow = 256

func (p *Publisher) catchUp(ctx context.Context, last *int64, floor int64, shown map[int64]bool) error {
	from := max(*last-followWindow, floor)
	for {
		evs, err := p.repo.EventsAfter(ctx, from, 200)
		if err != nil {
			return err
		}
		for _, ev := range evs {
			from = ev.ID
			if shown[ev.ID] {
				continue
			}
			shown[ev.ID] = true
			p.publish(ctx, []Record{ev.Record}, true, ev.Served)
			*last = max(*last, ev.ID)
		}
		if len(evs) < 200 {
			break
		}
	}
	for id := range shown {
		if id <= *last-followWindow {
			delete(shown, id)
		}
	}
	return nil
}

// Follow shows the events other replicas record on this engine's notifier until ctx ends (see
// Publisher.Follow), and reads the team's policy again as often, so another replica's
// --adopt-policy reaches this one's read-only checks within that time.
func (e *Engine) Follow(ctx context.Context, every time.Duration) {
	go func() {
		if every <= 0 {
			every = 500 * time.Millisecond
		}
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if err := e.RefreshPolicy(ctx); err != nil && ctx.Err() == nil {
					e.log.Warn("read the team's policy", "err", err)
				}
			}
		}
	}()
	e.pub.Follow(ctx, every)
}
