package report

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chart"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/health"
)

// chartModels is how many models (those with our active bid) the weekly picture shows.
const chartModels = 2

// recordEarnings keeps one reading an hour of the earnings counted against the cap.
func (r *Reporter) recordEarnings(ctx context.Context, pos *commands.Position) error {
	p := pos.Snapshot.Provider
	if !p.Exists() {
		return nil
	}
	cp := chain.CapAt(p, pos.Snapshot.Time)
	at := r.o.Now().Truncate(time.Hour).UnixMilli()
	if _, err := r.o.Store.ExecContext(ctx, `INSERT INTO earnings_history (at, earned, cap) VALUES (?,?,?)
		ON CONFLICT(at) DO UPDATE SET earned = excluded.earned, cap = excluded.cap`, at, cp.Earned.String(), cp.Stake.String()); err != nil {
		return fmt.Errorf("record earnings: %w", err)
	}
	return nil
}

// ChartData assembles the weekly picture's data: each model we bid on (up to chartModels) with every
// bid on it, and the earnings readings of the last 90 days.
func (r *Reporter) ChartData(ctx context.Context, pos *commands.Position) (chart.Data, error) {
	var d chart.Data
	for i, b := range pos.Snapshot.ActiveBids {
		if i == chartModels {
			break
		}
		mk, err := r.o.Chain.Market(ctx, b.ModelID)
		if err != nil {
			return d, err
		}
		name := pos.Snapshot.Models[b.ModelID].Name
		if name == "" {
			name = strings.ToLower(b.ModelID.Hex())[:10] + "…"
		}
		d.Markets = append(d.Markets, chart.FromMarket(name, mk, health.Median(mk.Prices()), r.o.Provider))
	}
	rows, err := r.o.Store.QueryContext(ctx, `SELECT at, earned, cap FROM earnings_history WHERE at >= ? ORDER BY at`, r.o.Now().Add(-90*24*time.Hour).UnixMilli())
	if err != nil {
		return d, fmt.Errorf("read earnings history: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var at int64
		var earned, cp string
		if err := rows.Scan(&at, &earned, &cp); err != nil {
			return d, err
		}
		e, _ := new(big.Int).SetString(earned, 10)
		c, _ := new(big.Int).SetString(cp, 10)
		d.Earnings = append(d.Earnings, chart.Point{At: time.UnixMilli(at).UTC(), Earned: e, Cap: c})
	}
	return d, rows.Err()
}

// attachChart draws the picture onto the report and adds its figures as text.
func (r *Reporter) attachChart(ctx context.Context, m *chat.Message, pos *commands.Position) error {
	d, err := r.ChartData(ctx, pos)
	if err != nil {
		return err
	}
	if len(d.Markets) == 0 && !d.HasEarnings() {
		m.Fields = append(m.Fields, chat.Field{Name: "chart", Value: "nothing to draw yet: no active bid and no earnings"})
		return nil
	}
	png, err := chart.PNG(d)
	if err != nil {
		return err
	}
	m.Files = append(m.Files, chat.File{Name: "morbot-weekly.png", ContentType: "image/png", Data: png})
	m.Fields = append(m.Fields, chat.Field{Name: "chart (morbot-weekly.png)", Value: strings.Join(chart.Lines(d), "\n")})
	return nil
}
