package outside

import (
	"strings"
	"testing"
)

func TestClipRemovesWhatCanForgeOrHide(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"healthy\u200b", "healthy"},
		{"host:1\nP-1 · onboard · CONFIRMED", "host:1 P-1 · onboard · CONFIRMED"},
		{"a\r\n\tb", "a b"},
		{"\u202eevil\u202c name", "evil name"},
		{"\u2066x\u2069", "x"},
		{"zero\u200dwidth\ufeff", "zerowidth"},
		{"line\u2028sep\u2029par", "line sep par"},
		{"fill\u3164er\u115f", "filler"},
		{"bell\x07\x1b[31m", "bell[31m"},
		{"  padded  ", "padded"},
		{"\ue000private", "private"},
		{"invalid\xffutf8", "invalidutf8"},
		{"ünïcødé · ok — 1,000 MOR", "ünïcødé · ok — 1,000 MOR"},
		{"\u00a0nbsp\u00a0kept as space", "nbsp kept as space"},
	} {
		if got := Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestClipBoundsLength(t *testing.T) {
	if got := Clip(strings.Repeat("é", 50), 10); got != strings.Repeat("é", 10)+"…" {
		t.Fatalf("Clip 10 of 50: %q", got)
	}
	if got := Clip("exactly", 7); got != "exactly" {
		t.Fatalf("Clip at its bound: %q", got)
	}
	if got := Clip("a b", 2); got != "a…" {
		t.Fatalf("Clip with a space at the bound: %q", got)
	}
}

func TestQuoteMarksOutsideText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"healthy\u200b", "`healthy`"},
		{"a`b`c", "`a'b'c`"},
		{"\u200b\n", "(empty)"},
	} {
		if got := Quote(c.in); got != c.want {
			t.Errorf("Quote(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := Says("the network", "network: healthy\u200b"); got != "the network says: `network: healthy`" {
		t.Fatalf("Says: %q", got)
	}
}
