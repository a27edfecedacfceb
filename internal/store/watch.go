package store

import (
	"context"
	"fmt"
)

// WatchedBlock is a block the chain watch processed.
type WatchedBlock struct {
	Number uint64
	Hash   string
}

// WatchedLog is a log the chain watch handed on: its key (block hash and log index) and its encoding.
type WatchedLog struct {
	Key  string
	Data string
}

// WatchLast is the highest block the watch named name processed.
func (s *DB) WatchLast(ctx context.Context, name string) (WatchedBlock, bool, error) {
	var b WatchedBlock
	var n int64
	err := s.QueryRowContext(ctx, `SELECT number, hash FROM watch_blocks WHERE name = ? ORDER BY number DESC LIMIT 1`, name).Scan(&n, &b.Hash)
	switch {
	case IsNoRows(err):
		return b, false, nil
	case err != nil:
		return b, false, fmt.Errorf("read the chain watch: %w", err)
	}
	b.Number = uint64(n)
	return b, true, nil
}

// WatchBlocks are the blocks the watch remembers, lowest first.
func (s *DB) WatchBlocks(ctx context.Context, name string) ([]WatchedBlock, error) {
	rows, err := s.QueryContext(ctx, `SELECT number, hash FROM watch_blocks WHERE name = ? ORDER BY number`, name)
	if err != nil {
		return nil, fmt.Errorf("read the chain watch: %w", err)
	}
	defer rows.Close()
	var out []WatchedBlock
	for rows.Next() {
		var b WatchedBlock
		var n int64
		if err := rows.Scan(&n, &b.Hash); err != nil {
			return nil, err
		}
		b.Number = uint64(n)
		out = append(out, b)
	}
	return out, rows.Err()
}

// WatchRecord records a processed block and the logs handed on from it, in one transaction, and
// forgets blocks (and their logs) more than depth below it.
func (s *DB) WatchRecord(ctx context.Context, name string, b WatchedBlock, logs []WatchedLog, depth uint64) error {
	return s.InTx(ctx, func(tx *Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO watch_blocks (name, number, hash) VALUES (?, ?, ?) ON CONFLICT (name, number) DO UPDATE SET hash = excluded.hash`,
			name, int64(b.Number), b.Hash); err != nil {
			return fmt.Errorf("record a watched block: %w", err)
		}
		for _, l := range logs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO watch_logs (name, block_number, log_key, data) VALUES (?, ?, ?, ?) ON CONFLICT (name, log_key) DO NOTHING`,
				name, int64(b.Number), l.Key, l.Data); err != nil {
				return fmt.Errorf("record a watched log: %w", err)
			}
		}
		if b.Number > depth {
			floor := int64(b.Number - depth)
			if _, err := tx.ExecContext(ctx, `DELETE FROM watch_blocks WHERE name = ? AND number < ?`, name, floor); err != nil {
				return fmt.Errorf("prune watched blocks: %w", err)
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM watch_logs WHERE name = ? AND block_number < ?`, name, floor); err != nil {
				return fmt.Errorf("prune watched logs: %w", err)
			}
		}
		return nil
	})
}

// WatchLogsAbove are the logs handed on from blocks above number, oldest first.
func (s *DB) WatchLogsAbove(ctx context.Context, name string, number uint64) ([]WatchedLog, error) {
	rows, err := s.QueryContext(ctx, `SELECT log_key, data FROM watch_logs WHERE name = ? AND block_number > ? ORDER BY block_number, log_key`, name, int64(number))
	if err != nil {
		return nil, fmt.Errorf("read watched logs: %w", err)
	}
	defer rows.Close()
	var out []WatchedLog
	for rows.Next() {
		var l WatchedLog
		if err := rows.Scan(&l.Key, &l.Data); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// WatchForgetAbove forgets the blocks above number and their logs (a reorg took them).
func (s *DB) WatchForgetAbove(ctx context.Context, name string, number uint64) error {
	return s.InTx(ctx, func(tx *Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM watch_blocks WHERE name = ? AND number > ?`, name, int64(number)); err != nil {
			return fmt.Errorf("forget watched blocks: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM watch_logs WHERE name = ? AND block_number > ?`, name, int64(number)); err != nil {
			return fmt.Errorf("forget watched logs: %w", err)
		}
		return nil
	})
}
