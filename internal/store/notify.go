package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/stdlib"
)

// Approved is the channel a replica notifies when a plan reaches its quorum, so the leader starts it
// at once instead of at its next look.
const Approved = "morbot_approved"

// NotifyTx announces on a channel when the transaction commits (PostgreSQL's NOTIFY is transactional);
// on SQLite, one host, it does nothing: the leader's periodic look finds the change.
func (t *Tx) NotifyTx(ctx context.Context, channel string) error {
	if t.db.driver != Postgres {
		return nil
	}
	if _, err := t.ExecContext(ctx, `SELECT pg_notify(?, '')`, channel); err != nil {
		return fmt.Errorf("notify %s: %w", channel, err)
	}
	return nil
}

// Listen delivers a value on the returned channel for every notification on a channel (coalesced:
// one pending value at most), until ctx ends. It holds one connection of its own and reconnects with
// backoff when it drops. On SQLite it returns nil: there is nothing to listen to.
func (s *DB) Listen(ctx context.Context, channel string, onErr func(error)) <-chan struct{} {
	if s.driver != Postgres {
		return nil
	}
	out := make(chan struct{}, 1)
	go func() {
		delay := 100 * time.Millisecond
		for ctx.Err() == nil {
			err := s.listenOnce(ctx, channel, out)
			if ctx.Err() != nil {
				return
			}
			if onErr != nil {
				onErr(s.Scrub(err))
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(delay):
			}
			delay = min(2*delay, 5*time.Second)
			select { // anything may have happened meanwhile: wake the listener once
			case out <- struct{}{}:
			default:
			}
		}
	}()
	return out
}

func (s *DB) listenOnce(ctx context.Context, channel string, out chan<- struct{}) error {
	conn, err := s.DB.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		c := dc.(*stdlib.Conn).Conn()
		if _, err := c.Exec(ctx, "LISTEN "+channel); err != nil {
			return err
		}
		for {
			if _, err := c.WaitForNotification(ctx); err != nil {
				return err
			}
			select {
			case out <- struct{}{}:
			default:
			}
		}
	})
}
