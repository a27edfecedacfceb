package store

import (
	"context"
	"fmt"
	"strings"
)

// SettledRow is a session that can no longer change, as the index keeps it: the block it was read at
// and its encoded record (the session and its bid).
type SettledRow struct {
	SessionID string
	Block     uint64
	Data      string
}

// SessionIDs are a provider's session IDs in the contract's order (getProviderSessions), as far as the
// index knows them.
func (s *DB) SessionIDs(ctx context.Context, provider string) ([]string, error) {
	rows, err := s.QueryContext(ctx, `SELECT seq, session_id FROM session_ids WHERE provider = ? ORDER BY seq`, strings.ToLower(provider))
	if err != nil {
		return nil, fmt.Errorf("read the session index: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var seq int64
		var id string
		if err := rows.Scan(&seq, &id); err != nil {
			return nil, err
		}
		if seq != int64(len(out)) { // a hole: trust only the run from 0
			break
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// SettledSessions are the provider's sessions the index holds as settled.
func (s *DB) SettledSessions(ctx context.Context, provider string) ([]SettledRow, error) {
	rows, err := s.QueryContext(ctx, `SELECT session_id, block, data FROM settled_sessions WHERE provider = ?`, strings.ToLower(provider))
	if err != nil {
		return nil, fmt.Errorf("read settled sessions: %w", err)
	}
	defer rows.Close()
	var out []SettledRow
	for rows.Next() {
		var r SettledRow
		var b int64
		if err := rows.Scan(&r.SessionID, &b, &r.Data); err != nil {
			return nil, err
		}
		r.Block = uint64(b)
		out = append(out, r)
	}
	return out, rows.Err()
}

// HeldRow is a closed session not yet paid in full, as the index keeps it: the block it was read at,
// the provider's pay period at that block (end, and earned as a decimal string) and its encoded record.
type HeldRow struct {
	SessionID    string
	Block        uint64
	PeriodEnd    uint64
	PeriodEarned string
	Data         string
}

// HeldSessions are the provider's closed sessions the index holds as waiting for pay.
func (s *DB) HeldSessions(ctx context.Context, provider string) ([]HeldRow, error) {
	rows, err := s.QueryContext(ctx, `SELECT session_id, block, period_end, period_earned, data FROM held_sessions WHERE provider = ?`, strings.ToLower(provider))
	if err != nil {
		return nil, fmt.Errorf("read held sessions: %w", err)
	}
	defer rows.Close()
	var out []HeldRow
	for rows.Next() {
		var r HeldRow
		var b, end int64
		if err := rows.Scan(&r.SessionID, &b, &end, &r.PeriodEarned, &r.Data); err != nil {
			return nil, err
		}
		r.Block, r.PeriodEnd = uint64(b), uint64(end)
		out = append(out, r)
	}
	return out, rows.Err()
}

// IndexSessions records what one read learnt, in one transaction: session IDs from position from on
// (the contract's order), sessions that settled (a row already there is kept: a replica may have
// recorded it first), and closed sessions waiting for pay (a row is replaced only by a later read, and
// a session that settled leaves them).
func (s *DB) IndexSessions(ctx context.Context, provider string, from int, ids []string, settled []SettledRow, held []HeldRow) error {
	p := strings.ToLower(provider)
	return s.InTx(ctx, func(tx *Tx) error {
		for lo := 0; lo < len(ids); lo += indexBatch {
			hi := min(lo+indexBatch, len(ids))
			args := make([]any, 0, 3*(hi-lo))
			for i := lo; i < hi; i++ {
				args = append(args, p, from+i, ids[i])
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO session_ids (provider, seq, session_id) VALUES `+values(hi-lo, 3)+` ON CONFLICT (provider, seq) DO NOTHING`, args...); err != nil {
				return fmt.Errorf("index session IDs: %w", err)
			}
		}
		for lo := 0; lo < len(settled); lo += indexBatch {
			hi := min(lo+indexBatch, len(settled))
			args := make([]any, 0, 4*(hi-lo))
			for _, r := range settled[lo:hi] {
				args = append(args, p, r.SessionID, int64(r.Block), r.Data)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO settled_sessions (provider, session_id, block, data) VALUES `+values(hi-lo, 4)+` ON CONFLICT (provider, session_id) DO NOTHING`, args...); err != nil {
				return fmt.Errorf("index settled sessions: %w", err)
			}
			del := make([]any, 0, 1+hi-lo)
			del = append(del, p)
			for _, r := range settled[lo:hi] {
				del = append(del, r.SessionID)
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM held_sessions WHERE provider = ? AND session_id IN (`+strings.TrimSuffix(strings.Repeat("?,", hi-lo), ",")+`)`, del...); err != nil {
				return fmt.Errorf("index settled sessions: %w", err)
			}
		}
		for lo := 0; lo < len(held); lo += indexBatch {
			hi := min(lo+indexBatch, len(held))
			args := make([]any, 0, 6*(hi-lo))
			for _, r := range held[lo:hi] {
				args = append(args, p, r.SessionID, int64(r.Block), int64(r.PeriodEnd), r.PeriodEarned, r.Data)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO held_sessions (provider, session_id, block, period_end, period_earned, data) VALUES `+values(hi-lo, 6)+
				` ON CONFLICT (provider, session_id) DO UPDATE SET block = excluded.block, period_end = excluded.period_end, period_earned = excluded.period_earned, data = excluded.data`+
				` WHERE excluded.block >= held_sessions.block`, args...); err != nil {
				return fmt.Errorf("index held sessions: %w", err)
			}
		}
		return nil
	})
}

// indexBatch is how many rows one INSERT of the index writes.
const indexBatch = 500

// values is "(?,?,…),(?,?,…)…": rows groups of cols placeholders.
func values(rows, cols int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?,", cols), ",") + ")"
	return strings.TrimSuffix(strings.Repeat(one+",", rows), ",")
}

// ForgetSessions empties a provider's index (it is rebuilt at the next read).
func (s *DB) ForgetSessions(ctx context.Context, provider string) error {
	p := strings.ToLower(provider)
	return s.InTx(ctx, func(tx *Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM session_ids WHERE provider = ?`, p); err != nil {
			return fmt.Errorf("forget the session index: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM settled_sessions WHERE provider = ?`, p); err != nil {
			return fmt.Errorf("forget the session index: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM held_sessions WHERE provider = ?`, p); err != nil {
			return fmt.Errorf("forget the session index: %w", err)
		}
		return nil
	})
}
