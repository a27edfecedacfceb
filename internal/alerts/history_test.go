package alerts

import (
	"bytes"
	"context"
	"image/png"
	"strings"
	"testing"
	"time"

	"github.com/morbotlabs/morbot/internal/chart"
)

// The weekly report carries the chart as a PNG attachment with its figures as text; earnings
// readings are kept once an hour.
func TestWeeklyReportAttachesChart(t *testing.T) {
	e := newEnv(t, nil)
	ctx := context.Background()
	e.do("/mor onboard 127.0.0.1:3333 m1 0.00001 --provider-stake 1")
	e.clock.Add(e.clock.Now().Truncate(time.Hour).Add(time.Hour).Sub(e.clock.Now())) // the top of an hour
	for i := 0; i < 3; i++ {                                                         // three checks in one hour: one reading
		e.check()
		e.clock.Add(10 * time.Minute)
	}
	if err := e.sim.SetEarned(ctx, e.signer.Address(), mor("0.25")); err != nil {
		t.Fatal(err)
	}
	e.clock.Add(time.Hour)
	e.check()
	var n int
	if err := e.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM earnings_history`).Scan(&n); err != nil || n != 2 {
		t.Fatalf("%d earnings readings (%v), want 2", n, err)
	}
	if _, err := e.rep.ReportNow(ctx, true); err != nil {
		t.Fatal(err)
	}
	rep := e.posts.reports[len(e.posts.reports)-1]
	if len(rep.Files) != 1 || rep.Files[0].Name != "morbot-weekly.png" || rep.Files[0].ContentType != "image/png" {
		t.Fatalf("report files: %+v", rep.Files)
	}
	img, err := png.Decode(bytes.NewReader(rep.Files[0].Data))
	if err != nil {
		t.Fatal(err)
	}
	if w, h := img.Bounds().Dx(), img.Bounds().Dy(); w != chart.Width || h != 2*chart.PanelHeight {
		t.Fatalf("chart %d×%d, want one market panel and one earnings panel", w, h)
	}
	got := text(rep)
	for _, want := range []string{"m1: 1 bid(s), 0.036 MOR … 0.036 MOR per hour, median 0.036 MOR; ours 0.036 MOR per hour, ranks 1 of 1 by price, 1 of 1 as consumers' nodes rate bids", "earnings: 0.25 MOR of the 1 MOR cap"} {
		if !strings.Contains(got, want) {
			t.Errorf("report text lacks %q:\n%s", want, got)
		}
	}
	// Three models with our bids: every one is drawn (a panel each), none left out.
	e.do("/mor onboard 127.0.0.1:3333 m2 0.00002")
	e.do("/mor onboard 127.0.0.1:3333 m3 0.00003")
	if _, err := e.rep.ReportNow(ctx, true); err != nil {
		t.Fatal(err)
	}
	rep = e.posts.reports[len(e.posts.reports)-1]
	if img, err = png.Decode(bytes.NewReader(rep.Files[0].Data)); err != nil {
		t.Fatal(err)
	}
	if h := img.Bounds().Dy(); h != 4*chart.PanelHeight {
		t.Fatalf("chart height %d, want three market panels and one earnings panel", h)
	}
	got = text(rep)
	for _, want := range []string{"m1: 1 bid(s)", "m2: 1 bid(s)", "m3: 1 bid(s)"} {
		if !strings.Contains(got, want) {
			t.Errorf("report text lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "not drawn") {
		t.Errorf("a model was left out of three:\n%s", got)
	}
	// Without --chart, no attachment.
	if _, err := e.rep.ReportNow(ctx, false); err != nil {
		t.Fatal(err)
	}
	if rep := e.posts.reports[len(e.posts.reports)-1]; len(rep.Files) != 0 {
		t.Fatal("a plain report carried an attachment")
	}
}
