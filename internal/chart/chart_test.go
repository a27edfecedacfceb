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
	for _, w := range []string{"llama-3.1-8b: 3 bid(s), 0.036 MOR … 0.18 MOR per hour, median 0.072 MOR; ours 0.072 MOR per hour, rank 2",
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
