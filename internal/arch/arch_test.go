// Package arch holds the test that keeps morbot's layers one way (ARCHITECTURE.md): a package imports
// only packages of its own layer or below, and the uses (commands, alerts, report) never import each
// other.
package arch

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/morbotlabs/morbot/"

// layer of each package (by path under the module); a sub-package takes its parent's layer.
var layers = map[string]int{
	"internal/chain": 0, "internal/pay": 0, "internal/store": 0, "internal/keys": 0, "internal/proxyrouter": 0, "internal/config": 0,
	"internal/redact": 0, "internal/discovery": 0, "internal/sessionindex": 0, "internal/chainwatch": 0, "internal/txexport": 0, "internal/chat": 0, "internal/logging": 0, "internal/chart": 0,
	"internal/outside": 0, "internal/rating": 0, "internal/cnode": 0,
	"internal/approval": 1,
	"internal/executor": 2,
	"internal/serving":  3, "internal/position": 3, "internal/plans": 3, "internal/probe": 3,
	"internal/view":     4,
	"internal/wiring":   5,
	"internal/commands": 6, "internal/alerts": 6, "internal/report": 6,
	"internal/bot": 7, "internal/metrics": 7,
	"cmd/morbot": 8,
}

var names = []string{"base", "core (approval)", "core (executor)", "domain", "view", "domain wiring", "uses", "fronts", "entry"}

const uses = 6

// baseImports are the only imports allowed among base packages: each adapter of the outside world
// stands on its own, and these few share a type or a scrubber.
var baseImports = map[string][]string{
	"internal/chain":        {"internal/redact", "internal/outside"},
	"internal/pay":          {"internal/chain"},
	"internal/rating":       {"internal/chain"},
	"internal/store":        {"internal/redact"},
	"internal/keys":         {"internal/config"},
	"internal/config":       {"internal/chain", "internal/discovery", "internal/redact"},
	"internal/discovery":    {"internal/chain", "internal/outside"},
	"internal/sessionindex": {"internal/chain", "internal/store"},
	"internal/chainwatch":   {"internal/chain", "internal/store"},
	"internal/logging":      {"internal/redact"},
	"internal/chart":        {"internal/chain"},
	"internal/proxyrouter":  {"internal/redact", "internal/outside"},
	"internal/cnode":        {"internal/redact", "internal/outside"},
}

// testSupport are the test doubles and helpers: not part of any layer. Production code may not
// import them, but for morbot dev's simulated world in cmd/morbot (dev*.go, left out of the slim build).
var testSupport = []string{"internal/chain/chaintest", "internal/discovery/discoverytest", "internal/approval/approvaltest", "internal/store/storetest",
	"internal/store/testdb", "internal/bot/botkit/acktest", "internal/netfault", "internal/proxyrouter/pingtest", "internal/proxyrouter/teetest", "internal/cnode/cnodetest"}

func isTestSupport(pkg string) bool {
	for _, t := range testSupport {
		if pkg == t || strings.HasPrefix(pkg, t+"/") {
			return true
		}
	}
	return false
}

func layerOf(pkg string) (int, string, bool) {
	for p := pkg; p != "." && p != ""; p = filepath.Dir(p) {
		if l, ok := layers[p]; ok {
			return l, p, true
		}
	}
	return 0, "", false
}

func TestImportsRunOneWay(t *testing.T) {
	root := "../.."
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); n == "node_modules" || strings.HasPrefix(n, ".") && path != root {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		if isTestSupport(rel) {
			return nil // a test double may stand on anything
		}
		devWorld := rel == "cmd/morbot" && strings.HasPrefix(filepath.Base(path), "dev")
		from, fromRoot, ok := layerOf(rel)
		if !ok {
			if strings.HasPrefix(rel, "internal") || strings.HasPrefix(rel, "cmd") {
				t.Errorf("%s: package %s has no layer; add it to the table (and to ARCHITECTURE.md)", path, rel)
			}
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, im := range f.Imports {
			p := strings.Trim(im.Path.Value, `"`)
			if !strings.HasPrefix(p, module) {
				continue
			}
			target := strings.TrimPrefix(p, module)
			if isTestSupport(target) {
				if !devWorld {
					t.Errorf("%s imports the test double %s: only tests and morbot dev's world (cmd/morbot/dev*.go) may", path, p)
				}
				continue
			}
			to, toRoot, ok := layerOf(target)
			switch {
			case !ok:
				t.Errorf("%s imports %s, which has no layer", path, p)
			case to > from:
				t.Errorf("%s (%s) imports %s (%s): imports must run down the layers", path, names[from], p, names[to])
			case to == from && from == uses && toRoot != fromRoot:
				t.Errorf("%s imports %s: commands, alerts and report sit side by side and never import each other", path, p)
			case to == 0 && from == 0 && toRoot != fromRoot && !slices.Contains(baseImports[fromRoot], toRoot):
				t.Errorf("%s imports %s: base packages stand on their own; add the edge to baseImports (and ARCHITECTURE.md) if it is one", path, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
