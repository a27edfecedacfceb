package store

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// RecordDiscoverySeen notes that the network's view listed these bids at a time (never moving a
// sighting back).
func (s *DB) RecordDiscoverySeen(ctx context.Context, at time.Time, bids []common.Hash) error {
	return s.InTx(ctx, func(tx *Tx) error {
		for _, id := range bids {
			if _, err := tx.ExecContext(ctx, `INSERT INTO discovery_seen (bid_id, last_seen) VALUES (?, ?)
				ON CONFLICT (bid_id) DO UPDATE SET last_seen = excluded.last_seen WHERE excluded.last_seen > discovery_seen.last_seen`,
				id.Hex(), at.UnixMilli()); err != nil {
				return fmt.Errorf("record a discovery sighting: %w", err)
			}
		}
		return nil
	})
}

// DiscoverySeen is when the network's view last listed each bid it listed.
func (s *DB) DiscoverySeen(ctx context.Context) (map[common.Hash]time.Time, error) {
	rows, err := s.QueryContext(ctx, `SELECT bid_id, last_seen FROM discovery_seen`)
	if err != nil {
		return nil, fmt.Errorf("read discovery sightings: %w", err)
	}
	defer rows.Close()
	out := map[common.Hash]time.Time{}
	for rows.Next() {
		var id string
		var at int64
		if err := rows.Scan(&id, &at); err != nil {
			return nil, err
		}
		out[common.HexToHash(id)] = time.UnixMilli(at)
	}
	return out, rows.Err()
}
