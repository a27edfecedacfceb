package discord

import "strings"

// Escape makes text inert in Discord markdown: every character that starts formatting, a masked
// link, a spoiler, a code span, a quote or a mention is preceded by a backslash (Discord shows the
// character itself), "#" and "-" are escaped at the start of a line (headings, subtext, lists), and
// "@" is followed by a zero-width space so that @everyone and @here stay text even where a client
// would highlight them. Messages also go out with allowed_mentions empty, so nothing pings.
func Escape(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	lineStart := true
	for _, r := range s {
		switch r {
		case '\\', '*', '_', '~', '`', '|', '[', ']', '(', ')', '<', '>':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '#', '-':
			if lineStart {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		case '@':
			b.WriteString("@\u200b")
		default:
			b.WriteRune(r)
		}
		switch r {
		case '\n':
			lineStart = true
		case ' ', '\t':
			// indentation keeps a line start
		default:
			lineStart = false
		}
	}
	return b.String()
}
