package report

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/chart"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/rating"
	"github.com/morbotlabs/morbot/internal/serving"
	"github.com/morbotlabs/morbot/internal/store"
)

// chartModels is how many models (those with our active bid) the weekly picture draws; the others are
// named as left out.
const chartModels = 6

// ChartData assembles the weekly picture's data: each model we bid on (up to chartModels, the others
// named in LeftOut) with every bid on it, and the earnings readings of the last 90 days.
func (r *Reporter) ChartData(ctx context.Context, pos *position.Position) (chart.Data, error) {
	var (
		d      chart.Data
		probes []store.ProbeRun // the week's probes, read once
	)
	for i, b := range pos.Snapshot.ActiveBids {
		name := pos.ModelName(b.ModelID, pos.Snapshot.Models[b.ModelID].Name)
		if name == "" {
			name = strings.ToLower(b.ModelID.Hex())[:10] + "…"
		}
		if i >= chartModels {
			d.LeftOut = append(d.LeftOut, fmt.Sprintf("%s (the picture shows %d models at most; /mor market %s shows it)", name, chartModels, strings.ToLower(b.ModelID.Hex())))
			continue
		}
		mk, err := r.o.Chain.Market(ctx, b.ModelID)
		if err != nil {
			return d, err
		}
		cm := chart.FromMarket(name, mk, serving.Median(mk.Prices()), r.o.Domain.Provider)
		if cm.Ours >= 0 {
			cm.RatedRank, cm.RatedOf = rating.Place(rating.Market(mk), b.ID)
			week, err := r.o.Store.RanksSince(ctx, strings.ToLower(b.ModelID.Hex()), r.o.Now().Add(-7*24*time.Hour))
			if err != nil {
				return d, err
			}
			for _, w := range week {
				cm.RatedWeek = append(cm.RatedWeek, chart.RankPoint{At: w.At, Rank: w.Rank, Of: w.Of})
			}
			if probes == nil {
				if probes, err = r.o.Store.ProbesSince(ctx, r.o.Now().Add(-7*24*time.Hour)); err != nil {
					return d, err
				}
			}
			for _, p := range probes {
				if p.Model == strings.ToLower(b.ModelID.Hex()) {
					cm.ProbeWeek = append(cm.ProbeWeek, chart.ProbePoint{At: p.StartedAt, OK: p.Result == store.ProbeOK, FirstMS: p.Data.FirstMS})
				}
			}
		}
		d.Markets = append(d.Markets, cm)
	}
	hist, err := r.o.Store.EarningsSince(ctx, r.o.Now().Add(-90*24*time.Hour))
	if err != nil {
		return d, err
	}
	for _, h := range hist {
		d.Earnings = append(d.Earnings, chart.Point{At: h.At, Earned: h.Earned, Cap: h.Cap})
	}
	return d, nil
}

// attachChart draws the picture onto the report and adds its figures as text.
func (r *Reporter) attachChart(ctx context.Context, m *chat.Message, pos *position.Position) error {
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
