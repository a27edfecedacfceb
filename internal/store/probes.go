package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Probe run states: recorded before the session is opened, open once the node named the session,
// closed once it is closed (or found closed, or never opened).
const (
	ProbeOpening = "opening"
	ProbeOpen    = "open"
	ProbeClosed  = "closed"
)

// The steps a probe fails at (ProbeData.Step); ProbeStopped is a run a stopped process left.
const (
	ProbeStepOpen   = "open"
	ProbeStepPrompt = "prompt"
	ProbeStepClose  = "close"
	ProbeStopped    = "stopped"
)

// Probe results.
const (
	ProbeOK     = "ok"
	ProbeFailed = "failed"
)

// ProbeRun is one probe of one bid: the session it opened, where it stands, and what it measured.
type ProbeRun struct {
	ID         int64
	Bid, Model string // 0x hex, lower case
	Scheduled  bool
	FromBlock  uint64 // the head before the open: the closer looks for the session from here
	StartedAt  time.Time
	State      string
	Session    string
	Result     string // "" while running, ProbeOK or ProbeFailed
	FinishedAt time.Time
	Data       ProbeData
}

// ProbeData is what a probe measured, or where it failed.
type ProbeData struct {
	Step       string `json:"step,omitempty"` // the step that failed: open, prompt, close
	Message    string `json:"message,omitempty"`
	OpenMS     int64  `json:"open_ms,omitempty"`
	OpenBlock  uint64 `json:"open_block,omitempty"`
	FirstMS    int64  `json:"first_token_ms,omitempty"`
	TotalMS    int64  `json:"total_ms,omitempty"`
	TPSMilli   uint64 `json:"tps_milli,omitempty"`
	Excerpt    string `json:"excerpt,omitempty"`
	CloseBlock uint64 `json:"close_block,omitempty"`
	GasWei     string `json:"gas_wei,omitempty"`
	PaidWei    string `json:"paid_wei,omitempty"`
	OwnUS      int64  `json:"own_us,omitempty"` // morbot's own time in µs: the run less the waits for the node's answers
}

// ProbeBegin records a probe before its session is opened and returns its ID.
func (s *DB) ProbeBegin(ctx context.Context, r ProbeRun) (int64, error) {
	var id int64
	err := s.QueryRowContext(ctx, `INSERT INTO probe_runs (bid_id, model_id, scheduled, from_block, started_at, state) VALUES (?,?,?,?,?,?) RETURNING id`,
		r.Bid, r.Model, boolInt(r.Scheduled), r.FromBlock, r.StartedAt.UnixMilli(), ProbeOpening).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("record probe: %w", err)
	}
	return id, nil
}

// ProbeBudgetError says a probe was not recorded because the day's budget is spent.
type ProbeBudgetError struct{ Ran, Max int }

func (e *ProbeBudgetError) Error() string {
	return fmt.Sprintf("the probe budget is spent: %d of %d probes ran today", e.Ran, e.Max)
}

// ProbeBeginWithin records a probe before its session is opened unless max probes started from
// `from` on already: the count and the insert are one transaction under a lock (BEGIN IMMEDIATE on
// SQLite, an advisory lock on PostgreSQL), so replicas sharing the store cannot go over the budget
// together. A spent budget is a *ProbeBudgetError.
func (s *DB) ProbeBeginWithin(ctx context.Context, r ProbeRun, from time.Time, max int) (int64, error) {
	var id int64
	err := s.InTx(ctx, func(tx *Tx) error {
		if err := tx.LockKey(ctx, "probe budget"); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM probe_runs WHERE started_at >= ?`, from.UnixMilli()).Scan(&n); err != nil {
			return fmt.Errorf("count probes: %w", err)
		}
		if n >= max {
			return &ProbeBudgetError{Ran: n, Max: max}
		}
		return tx.QueryRowContext(ctx, `INSERT INTO probe_runs (bid_id, model_id, scheduled, from_block, started_at, state) VALUES (?,?,?,?,?,?) RETURNING id`,
			r.Bid, r.Model, boolInt(r.Scheduled), r.FromBlock, r.StartedAt.UnixMilli(), ProbeOpening).Scan(&id)
	})
	if err != nil {
		var be *ProbeBudgetError
		if errors.As(err, &be) {
			return 0, be
		}
		return 0, fmt.Errorf("record probe: %w", err)
	}
	return id, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ProbeOpened records the session a probe opened.
func (s *DB) ProbeOpened(ctx context.Context, id int64, session string) error {
	if _, err := s.ExecContext(ctx, `UPDATE probe_runs SET state = ?, session_id = ? WHERE id = ?`, ProbeOpen, session, id); err != nil {
		return fmt.Errorf("record probe session: %w", err)
	}
	return nil
}

// ProbeClosed records that a probe's session is closed (or was never opened).
func (s *DB) ProbeClosed(ctx context.Context, id int64) error {
	if _, err := s.ExecContext(ctx, `UPDATE probe_runs SET state = ? WHERE id = ?`, ProbeClosed, id); err != nil {
		return fmt.Errorf("record probe closed: %w", err)
	}
	return nil
}

// ProbeFinish records a probe's result.
func (s *DB) ProbeFinish(ctx context.Context, id int64, result string, at time.Time, d ProbeData) error {
	b, err := json.Marshal(d)
	if err != nil {
		return err
	}
	if _, err := s.ExecContext(ctx, `UPDATE probe_runs SET result = ?, finished_at = ?, data = ? WHERE id = ?`, result, at.UnixMilli(), string(b), id); err != nil {
		return fmt.Errorf("record probe result: %w", err)
	}
	return nil
}

const probeCols = `id, bid_id, model_id, scheduled, from_block, started_at, state, session_id, result, finished_at, data`

func (s *DB) probes(ctx context.Context, q string, args ...any) ([]ProbeRun, error) {
	rows, err := s.QueryContext(ctx, `SELECT `+probeCols+` FROM probe_runs `+q, args...)
	if err != nil {
		return nil, fmt.Errorf("read probes: %w", err)
	}
	defer rows.Close()
	var out []ProbeRun
	for rows.Next() {
		var (
			r                 ProbeRun
			sched             int
			started, finished int64
			data              string
		)
		if err := rows.Scan(&r.ID, &r.Bid, &r.Model, &sched, &r.FromBlock, &started, &r.State, &r.Session, &r.Result, &finished, &data); err != nil {
			return nil, err
		}
		r.Scheduled = sched != 0
		r.StartedAt = time.UnixMilli(started).UTC()
		if finished != 0 {
			r.FinishedAt = time.UnixMilli(finished).UTC()
		}
		if err := json.Unmarshal([]byte(data), &r.Data); err != nil {
			return nil, fmt.Errorf("read probe %d: %w", r.ID, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ProbesUnclosed are the probes whose session may still be open, oldest first.
func (s *DB) ProbesUnclosed(ctx context.Context) ([]ProbeRun, error) {
	return s.probes(ctx, `WHERE state <> ? ORDER BY id`, ProbeClosed)
}

// ProbesStarted counts the probes started from a time on (the daily budget).
func (s *DB) ProbesStarted(ctx context.Context, from time.Time) (int, error) {
	var n int
	if err := s.QueryRowContext(ctx, `SELECT COUNT(*) FROM probe_runs WHERE started_at >= ?`, from.UnixMilli()).Scan(&n); err != nil {
		return 0, fmt.Errorf("count probes: %w", err)
	}
	return n, nil
}

// LatestProbes are the last finished probe of each bid, newest first.
func (s *DB) LatestProbes(ctx context.Context) ([]ProbeRun, error) {
	return s.probes(ctx, `WHERE id IN (SELECT MAX(id) FROM probe_runs WHERE result <> '' GROUP BY bid_id) ORDER BY id DESC`)
}

// RecentProbes are a bid's last n finished probes (scheduled ones only, when asked), newest first.
func (s *DB) RecentProbes(ctx context.Context, bid string, scheduledOnly bool, n int) ([]ProbeRun, error) {
	if scheduledOnly {
		return s.probes(ctx, `WHERE bid_id = ? AND result <> '' AND scheduled = 1 ORDER BY id DESC LIMIT ?`, bid, n)
	}
	return s.probes(ctx, `WHERE bid_id = ? AND result <> '' ORDER BY id DESC LIMIT ?`, bid, n)
}

// ProbesSince are the finished probes from a time on, oldest first (the report's week).
func (s *DB) ProbesSince(ctx context.Context, from time.Time) ([]ProbeRun, error) {
	return s.probes(ctx, `WHERE result <> '' AND started_at >= ? ORDER BY id`, from.UnixMilli())
}
