package store

import (
	"context"
	"fmt"
	"time"
)

// Reading is one health check's answer about the proxy-router's uptime: when the request was sent,
// when the answer came, and the uptime it gave (whole seconds, as the node reports it).
type Reading struct {
	Sent, Received time.Time
	Up             time.Duration
}

// Started is the node's start time as this reading places it (received − uptime: the latest it can be).
func (r Reading) Started() time.Time { return r.Received.Add(-r.Up) }

// Latency is how long the answer took.
func (r Reading) Latency() time.Duration { return max(r.Received.Sub(r.Sent), 0) }

// uptimeRounding is how far a reported uptime may be from the true one: the node gives whole seconds
// (cut or rounded).
const uptimeRounding = time.Second

// Restarted reports whether the node restarted between two readings: its start time moved later by
// more than both readings' uncertainty (each reading's rounding and latency). A node left running
// keeps its start time however late its answers come; a restart moves it by the old uptime.
func Restarted(prevStarted time.Time, prevLatency time.Duration, r Reading) bool {
	tolerance := 2*uptimeRounding + prevLatency + r.Latency()
	return r.Started().Sub(prevStarted) > tolerance
}

// RecordUptime stores a health check's reading of the proxy-router's uptime (with the start time it
// implies and its latency) and returns how many restarts were seen within the window.
func (s *DB) RecordUptime(ctx context.Context, r Reading, window time.Duration) (int, error) {
	var prevAt, prevStarted, prevLatency int64
	err := s.QueryRowContext(ctx, `SELECT seen_at, started_at, latency_ms FROM proxy_uptime WHERE uptime_ms >= 0 ORDER BY seen_at DESC, rowid DESC LIMIT 1`).Scan(&prevAt, &prevStarted, &prevLatency)
	at := r.Received
	reset := false
	switch {
	case IsNoRows(err):
	case err != nil:
		return 0, fmt.Errorf("read proxy-router uptime: %w", err)
	default:
		reset = Restarted(time.UnixMilli(prevStarted), time.Duration(prevLatency)*time.Millisecond, r)
	}
	if reset {
		// A restart morbot ran itself (model serve) since the last check is not part of a loop; each
		// planned restart explains one reset.
		res, err := s.ExecContext(ctx, `DELETE FROM planned_restarts WHERE at = (SELECT MIN(at) FROM planned_restarts WHERE at > ? AND at <= ?)`,
			prevAt-plannedSlack.Milliseconds(), at.UnixMilli())
		if err != nil {
			return 0, fmt.Errorf("read planned restarts: %w", err)
		}
		if n, _ := res.RowsAffected(); n > 0 {
			reset = false
		}
	}
	from := at.Add(-window).UnixMilli()
	if _, err := s.ExecContext(ctx, `INSERT INTO proxy_uptime (seen_at, uptime_ms, reset, started_at, latency_ms) VALUES (?,?,?,?,?)`,
		at.UnixMilli(), r.Up.Milliseconds(), reset, r.Started().UnixMilli(), r.Latency().Milliseconds()); err != nil {
		return 0, fmt.Errorf("record proxy-router uptime: %w", err)
	}
	if _, err := s.ExecContext(ctx, `DELETE FROM proxy_uptime WHERE seen_at < ?`, at.Add(-24*time.Hour).UnixMilli()); err != nil {
		return 0, fmt.Errorf("prune proxy-router uptime: %w", err)
	}
	var n int
	if err := s.QueryRowContext(ctx, `SELECT COUNT(*) FROM proxy_uptime WHERE reset = TRUE AND seen_at >= ?`, from).Scan(&n); err != nil {
		return 0, fmt.Errorf("count proxy-router restarts: %w", err)
	}
	return n, nil
}

// plannedSlack is how long before the last check a planned restart may have begun (its command runs
// for a while before the node's uptime starts again).
const plannedSlack = time.Minute

// RecordPlannedRestart notes that morbot restarts the proxy-router itself now (model serve), so the
// uptime reset the next check sees is not counted toward a restart loop.
func (s *DB) RecordPlannedRestart(ctx context.Context, at time.Time) error {
	if _, err := s.ExecContext(ctx, `INSERT INTO planned_restarts (at) VALUES (?)`, at.UnixMilli()); err != nil {
		return fmt.Errorf("record a planned restart: %w", err)
	}
	if _, err := s.ExecContext(ctx, `DELETE FROM planned_restarts WHERE at < ?`, at.Add(-24*time.Hour).UnixMilli()); err != nil {
		return fmt.Errorf("prune planned restarts: %w", err)
	}
	return nil
}

// RecordDown stores a check that found the proxy-router unreachable and returns how many checks in a
// row have, and since when.
func (s *DB) RecordDown(ctx context.Context, at time.Time) (int, time.Duration, error) {
	if _, err := s.ExecContext(ctx, `INSERT INTO proxy_uptime (seen_at, uptime_ms, reset) VALUES (?,-1,FALSE)`, at.UnixMilli()); err != nil {
		return 0, 0, fmt.Errorf("record proxy-router down: %w", err)
	}
	rows, err := s.QueryContext(ctx, `SELECT uptime_ms, seen_at FROM proxy_uptime ORDER BY seen_at DESC, rowid DESC LIMIT 100`)
	if err != nil {
		return 0, 0, fmt.Errorf("read proxy-router checks: %w", err)
	}
	defer rows.Close()
	n, first := 0, at.UnixMilli()
	for rows.Next() {
		var up, seen int64
		if err := rows.Scan(&up, &seen); err != nil {
			return 0, 0, err
		}
		if up >= 0 {
			break
		}
		n, first = n+1, seen
	}
	return n, at.Sub(time.UnixMilli(first)), rows.Err()
}
