// Package chart draws the weekly report's picture with gonum/plot: our bid price against every
// bid on the model, and earnings against the cap over time once there are earnings. The figures
// are also given as text (Lines), and amounts stay exact there; the pixels use float64.
package chart

import (
	"bytes"
	"fmt"
	"image/color"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/morbotlabs/morbot/internal/chain"
)

// Width and PanelHeight are the picture's size in pixels: one panel per model, one for earnings.
const (
	Width       = 900
	PanelHeight = 320
	dpi         = 96
)

// Market is one model's bids for the chart.
type Market struct {
	Model  string     `json:"model"`
	Prices []*big.Int `json:"prices_wei_per_second"` // every active bid, cheapest first
	Ours   int        `json:"ours"`                  // index of our bid in Prices, -1 for none
	Median *big.Int   `json:"median_wei_per_second"`
	// Where consumers' nodes rate our bid (reference §16), when known: rank of how many rated bids.
	RatedRank int `json:"rated_rank,omitempty"`
	RatedOf   int `json:"rated_of,omitempty"`
	// RatedWeek is our bid's rated rank at each alert check of the last week, oldest first.
	RatedWeek []RankPoint `json:"rated_week,omitempty"`
	// ProbeWeek is each probe of our bids on the model over the last week, oldest first.
	ProbeWeek []ProbePoint `json:"probe_week,omitempty"`
}

// ProbePoint is one probe: when, whether a consumer got an answer, and its time to first token.
type ProbePoint struct {
	At      time.Time `json:"at"`
	OK      bool      `json:"ok"`
	FirstMS int64     `json:"first_token_ms"`
}

// RankPoint is our bid's rated rank at one time (Rank 0: the score was not a number).
type RankPoint struct {
	At   time.Time `json:"at"`
	Rank int       `json:"rank"`
	Of   int       `json:"of"`
}

// Rank is the competition rank of the i-th price (1 = cheapest; equal prices share a rank), as
// /mor market ranks bids.
func (m Market) Rank(i int) int {
	r := 1
	for _, p := range m.Prices {
		if p.Cmp(m.Prices[i]) < 0 {
			r++
		}
	}
	return r
}

// Point is the earnings counted against the cap at one time.
type Point struct {
	At     time.Time `json:"at"`
	Earned *big.Int  `json:"earned_wei"`
	Cap    *big.Int  `json:"cap_wei"`
}

// Data is everything the picture shows.
type Data struct {
	Markets  []Market `json:"markets"`
	Earnings []Point  `json:"earnings,omitempty"` // oldest first; the panel is drawn once any is above zero
	// LeftOut names the models with our active bid that are not drawn, and why.
	LeftOut []string `json:"left_out,omitempty"`
}

// FromMarket builds a model's chart data from a market read.
func FromMarket(name string, mk *chain.Market, median *big.Int, ours common.Address) Market {
	m := Market{Model: name, Ours: -1, Median: median}
	for i, b := range mk.Bids {
		m.Prices = append(m.Prices, new(big.Int).Set(b.PricePerSecond))
		if b.Provider == ours {
			m.Ours = i
		}
	}
	return m
}

// HasEarnings reports whether the earnings panel is drawn.
func (d Data) HasEarnings() bool {
	for _, p := range d.Earnings {
		if p.Earned.Sign() > 0 {
			return true
		}
	}
	return false
}

// Size is the picture's size in pixels.
func (d Data) Size() (w, h int) {
	n := len(d.Markets)
	if d.HasEarnings() {
		n++
	}
	return Width, PanelHeight * max(n, 1)
}

// mor converts wei to MOR for drawing (display only).
func mor(wei *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18)).Float64()
	return f
}

var (
	grey  = color.RGBA{R: 140, G: 140, B: 140, A: 255}
	blue  = color.RGBA{R: 30, G: 100, B: 200, A: 255}
	red   = color.RGBA{R: 200, G: 40, B: 40, A: 255}
	green = color.RGBA{R: 30, G: 150, B: 70, A: 255}
)

// headroom is how far above the highest point the Y axis reaches, so no point sits on the top edge.
const headroom = 1.15

// Legends are in each panel's title, above the data: they never hide a point.
const (
	marketKey   = "key: ● ours (red)   ○ other providers (grey)   - - median (blue)"
	earningsKey = "key: ── earned (green)   - - cap (red)"
)

// topOf is the Y axis's top for values: the highest with headroom, and at least a small positive
// span so an all-zero panel still has an axis.
func topOf(vals ...float64) float64 {
	hi := 0.0
	for _, v := range vals {
		hi = max(hi, v)
	}
	if hi <= 0 {
		return 1
	}
	return hi * headroom
}

func marketPlot(m Market) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = fmt.Sprintf("%s: bids by price (%d)\n%s", m.Model, len(m.Prices), marketKey)
	p.X.Label.Text = "rank (1 = cheapest)"
	p.Y.Label.Text = "MOR per hour"
	var others, ours plotter.XYs
	var ys []float64
	for i, price := range m.Prices {
		pt := plotter.XY{X: float64(m.Rank(i)), Y: mor(chain.PerHour(price))}
		ys = append(ys, pt.Y)
		if i == m.Ours {
			ours = append(ours, pt)
		} else {
			others = append(others, pt)
		}
	}
	if len(others) > 0 {
		s, err := plotter.NewScatter(others)
		if err != nil {
			return nil, err
		}
		s.GlyphStyle.Color, s.GlyphStyle.Radius, s.GlyphStyle.Shape = grey, vg.Points(3), draw.RingGlyph{} // hollow, as the key says
		p.Add(s)
	}
	if len(ours) > 0 {
		s, err := plotter.NewScatter(ours)
		if err != nil {
			return nil, err
		}
		s.GlyphStyle.Color, s.GlyphStyle.Radius, s.GlyphStyle.Shape = red, vg.Points(5), draw.CircleGlyph{}
		p.Add(s)
	}
	if m.Median != nil && len(m.Prices) > 0 {
		y := mor(chain.PerHour(m.Median))
		l, err := plotter.NewLine(plotter.XYs{{X: 0.5, Y: y}, {X: float64(len(m.Prices)) + 0.5, Y: y}})
		if err != nil {
			return nil, err
		}
		l.LineStyle.Color, l.LineStyle.Dashes = blue, []vg.Length{vg.Points(4), vg.Points(3)}
		p.Add(l)
	}
	p.Add(plotter.NewGrid())
	// Fixed after adding the plotters (adding one widens the axes to its data).
	p.Y.Min, p.Y.Max = 0, topOf(ys...)
	p.X.Min, p.X.Max = 0.5, float64(len(m.Prices))+0.5
	p.X.Tick.Marker = plot.TickerFunc(func(lo, hi float64) []plot.Tick {
		var ts []plot.Tick
		step := max(1, len(m.Prices)/10)
		for r := 1; r <= len(m.Prices); r += step {
			ts = append(ts, plot.Tick{Value: float64(r), Label: fmt.Sprint(r)})
		}
		return ts
	})
	return p, nil
}

// timeSpan is the X range of the earnings panel: every reading inside, with a margin, and at least a
// day wide (one reading alone still gets an axis).
func timeSpan(pts []Point) (lo, hi float64) {
	first, last := pts[0].At, pts[len(pts)-1].At
	span := last.Sub(first)
	margin := max(span/20, 12*time.Hour)
	return float64(first.Add(-margin).Unix()), float64(last.Add(margin).Unix())
}

// timeTicks are about five ticks across [lo, hi] whose labels all differ: dates when the span is
// days or more, dates with hours when it is shorter.
func timeTicks(lo, hi float64) []plot.Tick {
	span := time.Duration(hi-lo) * time.Second
	format := "2006-01-02"
	if span < 4*24*time.Hour {
		format = "01-02 15:04"
	}
	var ts []plot.Tick
	seen := map[string]bool{}
	for i := 0; i <= 4; i++ {
		v := lo + (hi-lo)*float64(i)/4
		label := time.Unix(int64(v), 0).UTC().Format(format)
		if seen[label] {
			continue
		}
		seen[label] = true
		ts = append(ts, plot.Tick{Value: v, Label: label})
	}
	return ts
}

func earningsPlot(pts []Point) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = "Earnings this period against the cap (the stake)\n" + earningsKey
	p.X.Label.Text = "date (UTC)"
	p.Y.Label.Text = "MOR"
	var earned, capped plotter.XYs
	var ys []float64
	for _, pt := range pts {
		x := float64(pt.At.Unix())
		earned = append(earned, plotter.XY{X: x, Y: mor(pt.Earned)})
		capped = append(capped, plotter.XY{X: x, Y: mor(pt.Cap)})
		ys = append(ys, mor(pt.Earned), mor(pt.Cap))
	}
	le, pe, err := plotter.NewLinePoints(earned)
	if err != nil {
		return nil, err
	}
	le.LineStyle.Color, le.LineStyle.Width = green, vg.Points(2)
	pe.GlyphStyle.Color, pe.GlyphStyle.Radius, pe.GlyphStyle.Shape = green, vg.Points(3), draw.CircleGlyph{} // a single reading still shows
	lo, hi := timeSpan(pts)
	if len(capped) == 1 { // one reading: the cap is still a line across the panel
		capped = plotter.XYs{{X: lo, Y: capped[0].Y}, {X: hi, Y: capped[0].Y}}
	}
	lc, err := plotter.NewLine(capped)
	if err != nil {
		return nil, err
	}
	lc.LineStyle.Color, lc.LineStyle.Dashes = red, []vg.Length{vg.Points(4), vg.Points(3)}
	p.Add(plotter.NewGrid(), lc, le, pe)
	p.Y.Min, p.Y.Max = 0, topOf(ys...)
	p.X.Min, p.X.Max = lo, hi
	p.X.Tick.Marker = plot.TickerFunc(timeTicks)
	return p, nil
}

// PNG renders the picture.
func PNG(d Data) ([]byte, error) {
	var plots []*plot.Plot
	for _, m := range d.Markets {
		p, err := marketPlot(m)
		if err != nil {
			return nil, fmt.Errorf("chart %s: %w", m.Model, err)
		}
		plots = append(plots, p)
	}
	if d.HasEarnings() {
		p, err := earningsPlot(d.Earnings)
		if err != nil {
			return nil, fmt.Errorf("chart earnings: %w", err)
		}
		plots = append(plots, p)
	}
	if len(plots) == 0 {
		return nil, fmt.Errorf("chart: nothing to draw")
	}
	w, h := d.Size()
	c := vgimg.NewWith(vgimg.UseWH(vg.Length(w)*vg.Inch/dpi, vg.Length(h)*vg.Inch/dpi), vgimg.UseDPI(dpi))
	dc := draw.New(c)
	tiles := draw.Tiles{Rows: len(plots), Cols: 1, PadX: vg.Millimeter, PadY: vg.Millimeter * 2, PadTop: vg.Millimeter, PadBottom: vg.Millimeter,
		PadLeft: vg.Millimeter, PadRight: vg.Millimeter * 2}
	grid := make([][]*plot.Plot, len(plots))
	for i, p := range plots {
		grid[i] = []*plot.Plot{p}
	}
	canvases := plot.Align(grid, tiles, dc)
	for i, p := range plots {
		p.Draw(canvases[i][0])
	}
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("chart png: %w", err)
	}
	return buf.Bytes(), nil
}

// Lines are the picture's figures as text, exact, for the message beside it (and for people who
// cannot see the picture).
func Lines(d Data) []string {
	var out []string
	for _, m := range d.Markets {
		line := fmt.Sprintf("%s: %d bid(s)", m.Model, len(m.Prices))
		if len(m.Prices) > 0 {
			line += fmt.Sprintf(", %s … %s per hour, median %s", chain.FormatMOR(chain.PerHour(m.Prices[0])), chain.FormatMOR(chain.PerHour(m.Prices[len(m.Prices)-1])), chain.FormatMOR(chain.PerHour(m.Median)))
		}
		if m.Ours >= 0 {
			line += fmt.Sprintf("; ours %s per hour, ranks %d of %d", chain.FormatMOR(chain.PerHour(m.Prices[m.Ours])), m.Rank(m.Ours), len(m.Prices))
			if m.RatedOf > 0 {
				line += fmt.Sprintf(" by price, %d of %d as consumers' nodes rate bids", m.RatedRank, m.RatedOf)
			}
			if w := weekLine(m.RatedWeek); w != "" {
				line += "; " + w
			}
			if w := probeWeekLine(m.ProbeWeek); w != "" {
				line += "; " + w
			}
		}
		out = append(out, line)
	}
	if len(d.LeftOut) > 0 {
		out = append(out, "not drawn: "+strings.Join(d.LeftOut, "; "))
	}
	if !d.HasEarnings() {
		out = append(out, "earnings: nothing earned yet, so no earnings panel (it is drawn once the provider has earned this period)")
	}
	if d.HasEarnings() {
		last := d.Earnings[len(d.Earnings)-1]
		out = append(out, fmt.Sprintf("earnings: %s of the %s cap on %s (%d reading(s) since %s)", chain.FormatMOR(last.Earned), chain.FormatMOR(last.Cap),
			last.At.UTC().Format("2006-01-02"), len(d.Earnings), d.Earnings[0].At.UTC().Format("2006-01-02")))
	}
	return out
}

// probeWeekLine says how the probes of the week went: how many answered, and the time to first
// token of those that did (first, last, median, best, worst).
func probeWeekLine(ps []ProbePoint) string {
	if len(ps) == 0 {
		return ""
	}
	var ttft []int64
	for _, p := range ps {
		if p.OK {
			ttft = append(ttft, p.FirstMS)
		}
	}
	line := fmt.Sprintf("probes over the week: %d of %d answered", len(ttft), len(ps))
	if len(ttft) == 0 {
		return line
	}
	first, last := ttft[0], ttft[len(ttft)-1]
	sorted := append([]int64(nil), ttft...)
	slices.Sort(sorted)
	return line + fmt.Sprintf(", time to first token %d ms → %d ms (median %d ms, best %d ms, worst %d ms)", first, last, sorted[len(sorted)/2], sorted[0], sorted[len(sorted)-1])
}

// weekLine says how our rated rank went over the week: first and last reading, best and worst.
func weekLine(ps []RankPoint) string {
	if len(ps) == 0 {
		return ""
	}
	place := func(p RankPoint) string {
		if p.Rank == 0 {
			return fmt.Sprintf("unrated of %d", p.Of)
		}
		return fmt.Sprintf("%d of %d", p.Rank, p.Of)
	}
	best, worst := ps[0], ps[0]
	for _, p := range ps {
		if p.Rank != 0 && (best.Rank == 0 || p.Rank < best.Rank) {
			best = p
		}
		if worst.Rank != 0 && (p.Rank == 0 || p.Rank > worst.Rank) {
			worst = p
		}
	}
	first, last := ps[0], ps[len(ps)-1]
	return fmt.Sprintf("rated rank over the week: %s on %s → %s on %s (best %s, worst %s; %d hourly reading(s))",
		place(first), first.At.UTC().Format("Jan 2"), place(last), last.At.UTC().Format("Jan 2"), place(best), place(worst), len(ps))
}
