package rating

import (
	"math"
	"strconv"
	"strings"
)

// FormatScore is a score rounded to a whole number with thousands separators.
func FormatScore(v float64) string {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return "not a number"
	}
	s := strconv.FormatFloat(math.Round(v), 'f', 0, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// FormatPoints is a weighted component or sum, to two decimals.
func FormatPoints(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
