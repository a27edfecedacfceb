package store

import (
	"context"
	"fmt"
	"math/big"
	"time"
)

// AlertRow is one alert's stored state: firing, resolved, or event (a one-shot notification, kept so
// it is posted once).
type AlertRow struct {
	ID, Kind, State, Title, Fix                                     string
	FiringSince, LastNotified, ResolvedAt, SilencedUntil, UpdatedAt int64 // Unix milliseconds
	// UnknownSince is when the alert's source stopped being readable (0: it is read); the alert keeps
	// its state meanwhile.
	UnknownSince int64
	// ClearSince is when a firing alert with a hold was first not seen (0: seen at the last check); it
	// resolves once that has lasted the hold.
	ClearSince int64
}

// Alert states.
const (
	AlertFiring   = "firing"
	AlertPending  = "pending" // seen, but not yet for its hold: nothing posted
	AlertResolved = "resolved"
	AlertEvent    = "event"
)

// Alerts returns every stored alert by ID.
func (s *DB) Alerts(ctx context.Context) (map[string]AlertRow, error) {
	rs, err := s.QueryContext(ctx, `SELECT id, kind, state, title, fix, firing_since, last_notified, resolved_at, silenced_until, updated_at, unknown_since, clear_since FROM alerts`)
	if err != nil {
		return nil, fmt.Errorf("read alerts: %w", err)
	}
	defer rs.Close()
	out := map[string]AlertRow{}
	for rs.Next() {
		var x AlertRow
		if err := rs.Scan(&x.ID, &x.Kind, &x.State, &x.Title, &x.Fix, &x.FiringSince, &x.LastNotified, &x.ResolvedAt, &x.SilencedUntil, &x.UpdatedAt, &x.UnknownSince, &x.ClearSince); err != nil {
			return nil, err
		}
		out[x.ID] = x
	}
	return out, rs.Err()
}

// Alert returns one stored alert; false when there is none.
func (s *DB) Alert(ctx context.Context, id string) (AlertRow, bool, error) {
	x := AlertRow{ID: id}
	err := s.QueryRowContext(ctx, `SELECT kind, state, title, fix, firing_since, last_notified, resolved_at, silenced_until, updated_at, unknown_since, clear_since FROM alerts WHERE id = ?`, id).
		Scan(&x.Kind, &x.State, &x.Title, &x.Fix, &x.FiringSince, &x.LastNotified, &x.ResolvedAt, &x.SilencedUntil, &x.UpdatedAt, &x.UnknownSince, &x.ClearSince)
	if IsNoRows(err) {
		return x, false, nil
	}
	if err != nil {
		return x, false, fmt.Errorf("read alert %s: %w", id, err)
	}
	return x, true, nil
}

// PutAlert stores an alert's state.
func (s *DB) PutAlert(ctx context.Context, x AlertRow) error {
	_, err := s.ExecContext(ctx, `INSERT INTO alerts (id, kind, state, title, fix, firing_since, last_notified, resolved_at, silenced_until, updated_at, unknown_since, clear_since)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, state=excluded.state, title=excluded.title, fix=excluded.fix,
		firing_since=excluded.firing_since, last_notified=excluded.last_notified, resolved_at=excluded.resolved_at,
		silenced_until=excluded.silenced_until, updated_at=excluded.updated_at, unknown_since=excluded.unknown_since, clear_since=excluded.clear_since`,
		x.ID, x.Kind, x.State, x.Title, x.Fix, x.FiringSince, x.LastNotified, x.ResolvedAt, x.SilencedUntil, x.UpdatedAt, x.UnknownSince, x.ClearSince)
	if err != nil {
		return fmt.Errorf("store alert %s: %w", x.ID, err)
	}
	return nil
}

// Checkpoint is the last block a named scan processed; false before the first.
func (s *DB) Checkpoint(ctx context.Context, name string) (uint64, bool, error) {
	var b uint64
	err := s.QueryRowContext(ctx, `SELECT block FROM checkpoints WHERE name = ?`, name).Scan(&b)
	if IsNoRows(err) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("read checkpoint %s: %w", name, err)
	}
	return b, true, nil
}

// SetCheckpoint records the last block a named scan processed.
func (s *DB) SetCheckpoint(ctx context.Context, name string, block uint64) error {
	_, err := s.ExecContext(ctx, `INSERT INTO checkpoints (name, block) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET block = excluded.block`, name, block)
	if err != nil {
		return fmt.Errorf("store checkpoint %s: %w", name, err)
	}
	return nil
}

// SeenMinimums are the marketplace minimums last announced, by name.
func (s *DB) SeenMinimums(ctx context.Context) (map[string]*big.Int, error) {
	rows, err := s.QueryContext(ctx, `SELECT name, value FROM minimums_seen`)
	if err != nil {
		return nil, fmt.Errorf("read minimums: %w", err)
	}
	defer rows.Close()
	out := map[string]*big.Int{}
	for rows.Next() {
		var n, v string
		if err := rows.Scan(&n, &v); err != nil {
			return nil, err
		}
		out[n], _ = new(big.Int).SetString(v, 10)
	}
	return out, rows.Err()
}

// SetSeenMinimum records an announced minimum.
func (s *DB) SetSeenMinimum(ctx context.Context, name string, v *big.Int) error {
	_, err := s.ExecContext(ctx, `INSERT INTO minimums_seen (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value`, name, v.String())
	if err != nil {
		return fmt.Errorf("store minimum %s: %w", name, err)
	}
	return nil
}

// WatchedBid is the team's last seen active bid on a model.
type WatchedBid struct {
	Model, Bid string // lower-case model ID, bid ID
	Price      *big.Int
}

// WatchBid remembers a model's active bid.
func (s *DB) WatchBid(ctx context.Context, w WatchedBid, at time.Time) error {
	_, err := s.ExecContext(ctx, `INSERT INTO watched_bids (model_id, bid_id, price, updated_at) VALUES (?,?,?,?)
		ON CONFLICT(model_id) DO UPDATE SET bid_id = excluded.bid_id, price = excluded.price, updated_at = excluded.updated_at`,
		w.Model, w.Bid, w.Price.String(), at.UnixMilli())
	if err != nil {
		return fmt.Errorf("watch bid: %w", err)
	}
	return nil
}

// WatchedBids lists the remembered bids.
func (s *DB) WatchedBids(ctx context.Context) ([]WatchedBid, error) {
	rows, err := s.QueryContext(ctx, `SELECT model_id, bid_id, price FROM watched_bids`)
	if err != nil {
		return nil, fmt.Errorf("read watched bids: %w", err)
	}
	defer rows.Close()
	var out []WatchedBid
	for rows.Next() {
		var (
			x     WatchedBid
			price string
		)
		if err := rows.Scan(&x.Model, &x.Bid, &price); err != nil {
			return nil, err
		}
		x.Price, _ = new(big.Int).SetString(price, 10)
		out = append(out, x)
	}
	return out, rows.Err()
}

// WatchedBidPrice is the team's last bid price on a model; nil when none is remembered.
func (s *DB) WatchedBidPrice(ctx context.Context, model string) (*big.Int, error) {
	var last string
	err := s.QueryRowContext(ctx, `SELECT price FROM watched_bids WHERE model_id = ?`, model).Scan(&last)
	if IsNoRows(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the last bid: %w", err)
	}
	p, ok := new(big.Int).SetString(last, 10)
	if !ok {
		return nil, nil
	}
	return p, nil
}

// UnwatchBid forgets a model's bid.
func (s *DB) UnwatchBid(ctx context.Context, model string) error {
	if _, err := s.ExecContext(ctx, `DELETE FROM watched_bids WHERE model_id = ?`, model); err != nil {
		return fmt.Errorf("unwatch bid: %w", err)
	}
	return nil
}

// EarningsReading is the earnings counted against the cap at one time.
type EarningsReading struct {
	At          time.Time
	Earned, Cap *big.Int
}

// RecordEarnings keeps one reading per hour (the latest of the hour wins).
func (s *DB) RecordEarnings(ctx context.Context, r EarningsReading) error {
	if _, err := s.ExecContext(ctx, `INSERT INTO earnings_history (at, earned, cap) VALUES (?,?,?)
		ON CONFLICT(at) DO UPDATE SET earned = excluded.earned, cap = excluded.cap`, r.At.Truncate(time.Hour).UnixMilli(), r.Earned.String(), r.Cap.String()); err != nil {
		return fmt.Errorf("record earnings: %w", err)
	}
	return nil
}

// EarningsSince returns the readings from a time on, oldest first.
func (s *DB) EarningsSince(ctx context.Context, from time.Time) ([]EarningsReading, error) {
	rows, err := s.QueryContext(ctx, `SELECT at, earned, cap FROM earnings_history WHERE at >= ? ORDER BY at`, from.UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("read earnings history: %w", err)
	}
	defer rows.Close()
	var out []EarningsReading
	for rows.Next() {
		var (
			at         int64
			earned, cp string
		)
		if err := rows.Scan(&at, &earned, &cp); err != nil {
			return nil, err
		}
		e, _ := new(big.Int).SetString(earned, 10)
		c, _ := new(big.Int).SetString(cp, 10)
		out = append(out, EarningsReading{At: time.UnixMilli(at).UTC(), Earned: e, Cap: c})
	}
	return out, rows.Err()
}

// Silence mutes every alert its matcher matches until Until (Unix milliseconds).
type Silence struct {
	ID        int64
	Matcher   string
	Until     int64
	SetBy     string
	CreatedAt int64
}

// AddSilence records a silence.
func (s *DB) AddSilence(ctx context.Context, x Silence) error {
	if _, err := s.ExecContext(ctx, `INSERT INTO silences (matcher, until, set_by, created_at) VALUES (?, ?, ?, ?)`, x.Matcher, x.Until, x.SetBy, x.CreatedAt); err != nil {
		return fmt.Errorf("add silence: %w", err)
	}
	return nil
}

// Silences are the silences in force at now (Unix milliseconds), soonest expiry first.
func (s *DB) Silences(ctx context.Context, now int64) ([]Silence, error) {
	rs, err := s.QueryContext(ctx, `SELECT id, matcher, until, set_by, created_at FROM silences WHERE until > ? ORDER BY until, id`, now)
	if err != nil {
		return nil, fmt.Errorf("read silences: %w", err)
	}
	defer rs.Close()
	var out []Silence
	for rs.Next() {
		var x Silence
		if err := rs.Scan(&x.ID, &x.Matcher, &x.Until, &x.SetBy, &x.CreatedAt); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rs.Err()
}

// RankReading is our bid's rated rank on a model at one time (0: the score is not a number).
type RankReading struct {
	Model    string
	At       time.Time
	Rank, Of int
}

// RecordRank keeps one rated-rank reading per model and hour (the latest of the hour wins).
func (s *DB) RecordRank(ctx context.Context, r RankReading) error {
	if _, err := s.ExecContext(ctx, `INSERT INTO rank_history (model_id, at, place, bids) VALUES (?,?,?,?)
		ON CONFLICT(model_id, at) DO UPDATE SET place = excluded.place, bids = excluded.bids`, r.Model, r.At.Truncate(time.Hour).UnixMilli(), r.Rank, r.Of); err != nil {
		return fmt.Errorf("record rated rank: %w", err)
	}
	return nil
}

// RanksSince returns a model's rated-rank readings from a time on, oldest first.
func (s *DB) RanksSince(ctx context.Context, model string, from time.Time) ([]RankReading, error) {
	rows, err := s.QueryContext(ctx, `SELECT at, place, bids FROM rank_history WHERE model_id = ? AND at >= ? ORDER BY at`, model, from.UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("read rated ranks: %w", err)
	}
	defer rows.Close()
	var out []RankReading
	for rows.Next() {
		var (
			at       int64
			rank, of int
		)
		if err := rows.Scan(&at, &rank, &of); err != nil {
			return nil, err
		}
		out = append(out, RankReading{Model: model, At: time.UnixMilli(at).UTC(), Rank: rank, Of: of})
	}
	return out, rows.Err()
}
