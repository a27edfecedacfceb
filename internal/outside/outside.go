// Package outside makes text that came from outside morbot (the chain, the network's feed, a node's
// answer) safe to show beside morbot's own words: no control, format or bidirectional characters, no
// line breaks, a bounded length. Adapters still escape it for their platform; this keeps it from
// forging lines or hiding characters in plain text, where escaping cannot help.
package outside

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Max is the longest outside text shown, in runes, unless a caller says otherwise.
const Max = 200

// Text cleans s to at most Max runes (see Clip).
func Text(s string) string { return Clip(s, Max) }

// Clip drops control, format (zero-width, bidirectional), private-use, surrogate, unassigned and
// invisible filler characters from s, folds every run of white space (line breaks included) into one
// space, trims it, and cuts it to max runes with "…".
func Clip(s string, max int) string {
	var b strings.Builder
	b.Grow(min(len(s), 4*max+4))
	space, n := false, 0
	for _, r := range s {
		switch {
		case r == utf8.RuneError, invisible(r):
			continue
		case unicode.IsSpace(r) || unicode.In(r, unicode.Zl, unicode.Zp):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Co, unicode.Cs) || !unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Zs):
			continue
		}
		if n >= max || (space && n+1 >= max) {
			return b.String() + "…"
		}
		if space {
			b.WriteByte(' ')
			space = false
			n++
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// invisible are letters and marks that draw nothing (Hangul fillers, the combining grapheme joiner,
// the Mongolian vowel separator), used to make two strings look alike.
func invisible(r rune) bool {
	switch r {
	case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x034F, 0x180E, 0x2800:
		return true
	}
	return false
}

// Quote shows cleaned outside text as a quotation: between backticks (a backtick inside becomes an
// apostrophe), so it cannot pass as morbot's own words; "(empty)" when nothing is left.
func Quote(s string) string {
	t := Text(strings.ReplaceAll(s, "`", "'"))
	if t == "" {
		return "(empty)"
	}
	return "`" + t + "`"
}

// Says attributes cleaned outside text to its source: "the network says: `healthy`".
func Says(who, s string) string { return who + " says: " + Quote(s) }
