package commands

import (
	"os"
	"strings"
	"testing"
)

// Every command is in the README's command table: a command nobody can find is a command nobody runs.
func TestReadmeListsEveryCommand(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	start := strings.Index(readme, "## Commands")
	end := strings.Index(readme[start+1:], "\n## ")
	if start < 0 || end < 0 {
		t.Fatal("README has no Commands section")
	}
	table := readme[start : start+1+end]
	for _, s := range specs() {
		name := strings.Join(s.Path, " ")
		// Subcommands share a row: "provider create" shows as `provider create …`, "tx fill" as `tx fill …`,
		// "alerts list" inside `alerts [list|silence …]`.
		if strings.Contains(table, "`"+name) {
			continue
		}
		if len(s.Path) == 2 && strings.Contains(table, "`"+s.Path[0]+" [") && strings.Contains(table, s.Path[1]) {
			continue
		}
		if len(s.Path) == 2 && strings.Contains(table, "`"+s.Path[0]+" ") && strings.Contains(table, s.Path[1]+" <") {
			continue
		}
		t.Errorf("README's command table does not list %q", name)
	}
}
