package chart

import (
	"bytes"
	"encoding/json"
	"flag"
	"image/png"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var (
	us    = common.HexToAddress("0x1111111111111111111111111111111111111111")
	other = common.HexToAddress("0x2222222222222222222222222222222222222222")
)

func sample() Data {
	mk := &chain.Market{Bids: []chain.Bid{
		{ID: common.HexToHash("0x01"), Provider: other, PricePerSecond: big.NewInt(1e13)},
		{ID: common.HexToHash("0x02"), Provider: us, PricePerSecond: big.NewInt(2e13)},
		{ID: common.HexToHash("0x03"), Provider: other, PricePerSecond: big.NewInt(5e13)},
	}}
	d := Data{Markets: []Market{FromMarket("llama-3.1-8b", mk, big.NewInt(2e13), us)}}
	start := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	for i, e := range []int64{0, 1e17, 25e16, 4e17} {
		d.Earnings = append(d.Earnings, Point{At: start.Add(time.Duration(i) * 7 * 24 * time.Hour), Earned: big.NewInt(e), Cap: big.NewInt(5e17)})
	}
	return d
}

// The chart's data for a fixed market and earnings history is the golden file.
func TestChartDataGolden(t *testing.T) {
	d := sample()
	got, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join("testdata", "chart-data.golden.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("chart data differs from %s:\n%s", golden, got)
	}
	lines := strings.Join(Lines(d), "\n")
	for _, w := range []string{"llama-3.1-8b: 3 bid(s), 0.036 MOR … 0.18 MOR per hour, median 0.072 MOR; ours 0.072 MOR per hour, ranks 2 of 3",
		"earnings: 0.4 MOR of the 0.5 MOR cap on 2026-11-23 (4 reading(s) since 2026-11-02)"} {
		if !strings.Contains(lines, w) {
			t.Errorf("text fallback lacks %q:\n%s", w, lines)
		}
	}
}

// The PNG decodes and has the size the data calls for: one panel per model, one for earnings once
// there are any.
func TestChartPNGDecodesAtItsSize(t *testing.T) {
	d := sample()
	b, err := PNG(d)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("the chart is not a PNG: %v", err)
	}
	if w, h := img.Bounds().Dx(), img.Bounds().Dy(); w != Width || h != 2*PanelHeight {
		t.Fatalf("chart is %d×%d, want %d×%d", w, h, Width, 2*PanelHeight)
	}
	if len(b) > 1<<20 {
		t.Fatalf("chart is %d bytes, over 1 MiB", len(b))
	}
	// Without earnings above zero, only the market panel.
	d.Earnings = d.Earnings[:1]
	b, _ = PNG(d)
	if img, err := png.Decode(bytes.NewReader(b)); err != nil || img.Bounds().Dy() != PanelHeight {
		t.Fatalf("market-only chart: %v %v", err, img.Bounds())
	}
	if _, err := PNG(Data{}); err == nil {
		t.Fatal("an empty chart was drawn")
	}
}

// readable is what a weekly report showed unreadably: one earnings reading of 0.1 of a 0.1 MOR cap,
// and three bids, the dearest ours.
func readable() Data {
	mk := &chain.Market{Bids: []chain.Bid{
		{ID: common.HexToHash("0x01"), Provider: other, PricePerSecond: big.NewInt(1e13)},
		{ID: common.HexToHash("0x02"), Provider: other, PricePerSecond: big.NewInt(2e13)},
		{ID: common.HexToHash("0x03"), Provider: us, PricePerSecond: big.NewInt(9e13)},
	}}
	return Data{Markets: []Market{FromMarket("m1", mk, big.NewInt(2e13), us)},
		Earnings: []Point{{At: time.Date(2026, 12, 3, 14, 0, 0, 0, time.UTC), Earned: big.NewInt(1e17), Cap: big.NewInt(1e17)}}}
}

// The axes hold every point: the earnings axis starts at 0 and reaches above the cap, the time ticks
// all differ, and every bid sits below the top of the market panel (the key is in the title, above
// the data). The picture itself is the golden image.
func TestChartIsReadable(t *testing.T) {
	d := readable()
	ep, err := earningsPlot(d.Earnings)
	if err != nil {
		t.Fatal(err)
	}
	if ep.Y.Min != 0 || ep.Y.Max < 0.1 || ep.Y.Max > 0.2 {
		t.Fatalf("earnings axis %v … %v MOR for 0.1 of 0.1 MOR", ep.Y.Min, ep.Y.Max)
	}
	ticks := ep.X.Tick.Marker.Ticks(ep.X.Min, ep.X.Max)
	labels := map[string]bool{}
	for _, tk := range ticks {
		if tk.Label != "" {
			if labels[tk.Label] {
				t.Fatalf("two time ticks read %q: %+v", tk.Label, ticks)
			}
			labels[tk.Label] = true
		}
	}
	if len(labels) < 3 {
		t.Fatalf("only %d time tick(s): %+v", len(labels), ticks)
	}
	mp, err := marketPlot(d.Markets[0])
	if err != nil {
		t.Fatal(err)
	}
	if top := mor(chain.PerHour(big.NewInt(9e13))); mp.Y.Min != 0 || mp.Y.Max <= top*1.1 {
		t.Fatalf("market axis %v … %v, the dearest bid is %v MOR/h", mp.Y.Min, mp.Y.Max, top)
	}
	if !strings.Contains(mp.Title.Text, "● ours (red)") || !strings.Contains(ep.Title.Text, "earned (green)") {
		t.Fatal("a legend is drawn over the data instead of the key in the title")
	}
	png, err := PNG(d)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "chart.golden.png")
	if *update {
		if err := os.WriteFile(golden, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(png, want) {
		_ = os.WriteFile(filepath.Join(t.TempDir(), "chart.png"), png, 0o644)
		t.Fatalf("the chart differs from %s (run go test ./internal/chart -run TestChartIsReadable -update after checking it)", golden)
	}
}

// On a price tie the chart ranks as /mor market does (competition rank: equal prices share the
// better rank), and models not drawn are named.
func TestChartRanksTiesAsTheMarketAndNamesWhatIsLeftOut(t *testing.T) {
	p := func(v int64) *big.Int { return big.NewInt(v) }
	m := Market{Model: "m", Prices: []*big.Int{p(1e13), p(1e13), p(2e13)}, Ours: 1, Median: p(1e13)}
	if m.Rank(1) != 1 || m.Rank(0) != 1 || m.Rank(2) != 3 {
		t.Fatalf("ranks %d %d %d, want 1 1 3", m.Rank(0), m.Rank(1), m.Rank(2))
	}
	lines := strings.Join(Lines(Data{Markets: []Market{m}, LeftOut: []string{"m7 (the picture shows 6 models at most)"}}), "\n")
	for _, want := range []string{"ours 0.036 MOR per hour, ranks 1 of 3", "not drawn: m7 (the picture shows 6 models at most)",
		"earnings: nothing earned yet, so no earnings panel (it is drawn once the provider has earned this period)"} {
		if !strings.Contains(lines, want) {
			t.Errorf("lines lack %q:\n%s", want, lines)
		}
	}
}

// The week's probes in words: how many answered, and the time to first token of those that did.
func TestProbeWeekLine(t *testing.T) {
	at := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	m := Market{Model: "m", Prices: []*big.Int{big.NewInt(1e13)}, Ours: 0, Median: big.NewInt(1e13), ProbeWeek: []ProbePoint{
		{At: at, OK: true, FirstMS: 640}, {At: at.Add(time.Hour), OK: false}, {At: at.Add(2 * time.Hour), OK: true, FirstMS: 900}, {At: at.Add(3 * time.Hour), OK: true, FirstMS: 500}}}
	lines := strings.Join(Lines(Data{Markets: []Market{m}}), "\n")
	if want := "probes over the week: 3 of 4 answered, time to first token 640 ms → 500 ms (median 640 ms, best 500 ms, worst 900 ms)"; !strings.Contains(lines, want) {
		t.Fatalf("lines lack %q:\n%s", want, lines)
	}
	m.ProbeWeek = []ProbePoint{{At: at}}
	if lines := strings.Join(Lines(Data{Markets: []Market{m}}), "\n"); !strings.Contains(lines, "probes over the week: 0 of 1 answered") || strings.Contains(lines, "time to first token") {
		t.Fatalf("all failed:\n%s", lines)
	}
}
