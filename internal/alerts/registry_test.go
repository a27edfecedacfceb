package alerts

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The README's alert table and the registered rules name the same alerts: a rule without a row, or a
// row without a rule, fails.
func TestReadmeAlertTableMatchesRules(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	start := strings.Index(text, "| alert | fires when |")
	if start < 0 {
		t.Fatal("README has no alert table")
	}
	tick := regexp.MustCompile("`([^`]+)`")
	var documented []string
	for _, line := range strings.Split(text[start:], "\n")[2:] {
		if !strings.HasPrefix(line, "|") {
			break
		}
		first := strings.Split(line, "|")[1]
		for _, m := range tick.FindAllStringSubmatch(first, -1) {
			documented = append(documented, m[1])
		}
	}
	var registered []string
	for _, r := range Rules {
		registered = append(registered, r.IDs...)
	}
	registered = append(registered, EventKinds...)
	slices.Sort(documented)
	slices.Sort(registered)
	if !slices.Equal(documented, registered) {
		t.Fatalf("README alert table names\n  %v\nthe registered rules\n  %v", documented, registered)
	}
}
