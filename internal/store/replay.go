package store

import (
	"context"
	"fmt"
	"time"
)

// SeenKey records a request's replay key (a Discord interaction ID, a Slack trigger or envelope ID)
// for ttl and reports whether it was already recorded and not yet expired. Keys outlive a restart,
// so a signed request replayed after one is still recognised. Expired keys are swept as it goes.
func (s *DB) SeenKey(ctx context.Context, key string, now time.Time, ttl time.Duration) (bool, error) {
	seen := false
	err := s.InTx(ctx, func(tx *Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM replay_keys WHERE expires_at <= ?`, now.UnixMilli()); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO replay_keys (key, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING`, key, now.Add(ttl).UnixMilli())
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		seen = n == 0
		return err
	})
	if err != nil {
		return false, fmt.Errorf("replay key: %w", err)
	}
	return seen, nil
}

// SeenKeys records several replay keys in one transaction (a group commit: one WAL commit for a
// burst of requests) and reports for each whether it was there already.
func (s *DB) SeenKeys(ctx context.Context, keys []string, now time.Time, ttl time.Duration) ([]bool, error) {
	seen := make([]bool, len(keys))
	err := s.InTx(ctx, func(tx *Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM replay_keys WHERE expires_at <= ?`, now.UnixMilli()); err != nil {
			return err
		}
		for i, key := range keys {
			res, err := tx.ExecContext(ctx, `INSERT INTO replay_keys (key, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING`, key, now.Add(ttl).UnixMilli())
			if err != nil {
				return err
			}
			n, err := res.RowsAffected()
			if err != nil {
				return err
			}
			seen[i] = n == 0
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("replay keys: %w", err)
	}
	return seen, nil
}
