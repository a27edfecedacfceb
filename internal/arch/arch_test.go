// Package arch holds the test that keeps morbot's layers one way (ARCHITECTURE.md): a package imports
// only packages of its own layer or below, and the uses (commands, alerts, report) never import each
// other.
package arch

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/morbotlabs/morbot/"

// layer of each package (by path under the module); a sub-package takes its parent's layer.
var layers = map[string]int{
	"internal/chain": 0, "internal/pay": 0, "internal/store": 0, "internal/keys": 0, "internal/proxyrouter": 0, "internal/config": 0,
	"internal/redact": 0, "internal/discovery": 0, "internal/sessionindex": 0, "internal/chainwatch": 0, "internal/txexport": 0, "internal/chat": 0, "internal/logging": 0, "internal/chart": 0, "internal/netfault": 0, "internal/store/storetest/probe": 0,
	"internal/approval": 1,
	"internal/serving":  2, "internal/position": 2, "internal/plans": 2,
	"internal/view":     3,
	"internal/wiring":   4,
	"internal/commands": 5, "internal/alerts": 5, "internal/report": 5,
	"internal/bot": 6, "internal/metrics": 6,
	"cmd/morbot": 7,
}

var names = []string{"base", "core (approval)", "domain", "view", "domain wiring", "uses", "fronts", "entry"}

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
			to, toRoot, ok := layerOf(strings.TrimPrefix(p, module))
			switch {
			case !ok:
				t.Errorf("%s imports %s, which has no layer", path, p)
			case to > from:
				t.Errorf("%s (%s) imports %s (%s): imports must run down the layers", path, names[from], p, names[to])
			case to == from && from == 5 && toRoot != fromRoot:
				t.Errorf("%s imports %s: commands, alerts and report sit side by side and never import each other", path, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
